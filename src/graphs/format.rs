//! Writes graphs as TSV, JSON or Graphviz DOT — the formats of `legacylens graph`.

use std::fmt::Write as _;

use serde_json::json;

use super::calls::CallGraph;
use crate::model::Model;

/// `file:line` of a span, relative to the project root.
pub fn site(model: &Model, span: &crate::model::Span) -> String {
    format!("{}:{}", model.file(span.file).path, span.line)
}

/// One edge per line: caller, callee, kind, first call site, number of sites. Sorted, unique.
pub fn calls_tsv(model: &Model, graph: &CallGraph) -> String {
    let mut out = String::new();
    for (from, to, edge) in graph.sorted_edges() {
        let _ = writeln!(
            out,
            "{from}\t{to}\t{}\t{}\t{}",
            edge.kind,
            site(model, &edge.site),
            edge.count
        );
    }
    out
}

pub fn calls_json(model: &Model, graph: &CallGraph) -> serde_json::Value {
    let mut nodes: Vec<_> = graph
        .graph
        .node_indices()
        .map(|n| {
            let node = &graph.graph[n];
            let symbol = model.symbol(node.symbol);
            json!({
                "name": node.name,
                "kind": node.kind,
                "path": symbol.file().map(|f| model.file(f).path.clone()),
                "line": symbol.line(),
            })
        })
        .collect();
    nodes.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    let edges: Vec<_> = graph
        .sorted_edges()
        .into_iter()
        .map(|(from, to, e)| {
            json!({
                "from": from,
                "to": to,
                "kind": e.kind,
                "site": site(model, &e.site),
                "count": e.count,
            })
        })
        .collect();
    json!({ "graph": "calls", "nodes": nodes, "edges": edges })
}

/// Quotes a string for DOT.
pub fn dot_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn calls_dot(graph: &CallGraph) -> String {
    let mut out = String::from(
        "digraph calls {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n",
    );
    let mut names: Vec<_> = graph
        .graph
        .node_indices()
        .map(|n| (&graph.graph[n].name, graph.graph[n].kind))
        .collect();
    names.sort();
    for (name, kind) in names {
        let _ = writeln!(
            out,
            "  {} [kind={}];",
            dot_quote(name),
            dot_quote(kind.label())
        );
    }
    for (from, to, e) in graph.sorted_edges() {
        let _ = writeln!(
            out,
            "  {} -> {} [kind={}, count={}];",
            dot_quote(from),
            dot_quote(to),
            dot_quote(e.kind.label()),
            e.count
        );
    }
    out.push_str("}\n");
    out
}
