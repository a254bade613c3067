//! The metrics table: the front ends' size and complexity measures per program, section,
//! paragraph, class and method, with fan-in and fan-out from the graphs (call graph for
//! programs and methods, control graph for paragraphs and sections, calls between classes
//! for classes).

use std::collections::{HashMap, HashSet};

use petgraph::Direction;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::graph::{NodeKey, ProjectGraph, site};
use crate::csv_cell;
use crate::model::{CodeMetrics, Model, SymbolId, SymbolKind};

#[derive(Debug, Clone, Serialize)]
pub struct MetricsRow {
    pub name: String,
    pub kind: &'static str,
    pub site: String,
    pub code_lines: Option<u32>,
    pub comment_lines: Option<u32>,
    pub cyclomatic: Option<u32>,
    pub max_nesting: Option<u32>,
    /// Distinct callers / performers (classes: other classes calling into it).
    pub fan_in: u32,
    /// Distinct callees / performed procedures (classes: other classes it calls).
    pub fan_out: u32,
}

fn distinct(graph: &ProjectGraph, symbol: SymbolId, direction: Direction) -> u32 {
    let Some(n) = graph.find(&NodeKey::Symbol(symbol)) else {
        return 0;
    };
    let others: HashSet<_> = graph
        .graph
        .edges_directed(n, direction)
        .filter(|e| e.weight().kind != "fall-through")
        .map(|e| match direction {
            Direction::Outgoing => e.target(),
            Direction::Incoming => e.source(),
        })
        .filter(|&m| m != n)
        .collect();
    others.len() as u32
}

pub fn metrics_table(
    model: &Model,
    calls: &ProjectGraph,
    control: &ProjectGraph,
) -> Vec<MetricsRow> {
    let measured: HashMap<SymbolId, &CodeMetrics> =
        model.metrics.iter().map(|m| (m.symbol, m)).collect();
    // Calls between classes: the class owning each call graph node.
    let class_of = |id: SymbolId| {
        std::iter::once(model.symbol(id))
            .chain(model.ancestors(id))
            .find(|s| s.kind.is_java_type())
            .map(|s| s.id)
    };
    let mut class_in: HashMap<SymbolId, HashSet<SymbolId>> = HashMap::new();
    let mut class_out: HashMap<SymbolId, HashSet<SymbolId>> = HashMap::new();
    for e in calls.graph.edge_references() {
        let (Some(a), Some(b)) = (
            calls.key(e.source()).symbol(),
            calls.key(e.target()).symbol(),
        ) else {
            continue;
        };
        if let (Some(ca), Some(cb)) = (class_of(a), class_of(b))
            && ca != cb
        {
            class_out.entry(ca).or_default().insert(cb);
            class_in.entry(cb).or_default().insert(ca);
        }
    }
    let mut rows = Vec::new();
    for s in &model.symbols {
        let (fan_in, fan_out) = match s.kind {
            SymbolKind::Program
            | SymbolKind::Method
            | SymbolKind::Constructor
            | SymbolKind::Initializer => (
                distinct(calls, s.id, Direction::Incoming),
                distinct(calls, s.id, Direction::Outgoing),
            ),
            SymbolKind::Paragraph | SymbolKind::Section => (
                distinct(control, s.id, Direction::Incoming),
                distinct(control, s.id, Direction::Outgoing),
            ),
            k if k.is_java_type() => (
                class_in.get(&s.id).map_or(0, |c| c.len() as u32),
                class_out.get(&s.id).map_or(0, |c| c.len() as u32),
            ),
            _ => continue,
        };
        let m = measured.get(&s.id);
        rows.push(MetricsRow {
            name: s.qualified_name.clone(),
            kind: s.kind.label(),
            site: site(model, s.name_span.or(s.span)),
            code_lines: m.map(|m| m.code_lines),
            comment_lines: m.map(|m| m.comment_lines),
            cyclomatic: m.map(|m| m.cyclomatic),
            max_nesting: m.map(|m| m.max_nesting),
            fan_in,
            fan_out,
        });
    }
    rows.sort_by(|a, b| a.name.cmp(&b.name).then(a.kind.cmp(b.kind)));
    rows
}

/// CSV, one row per measured symbol: name and site through [`csv_cell::text`], the measures
/// as plain numbers.
pub fn to_csv(rows: &[MetricsRow]) -> String {
    let mut out = String::from(
        "name,kind,site,code_lines,comment_lines,cyclomatic,max_nesting,fan_in,fan_out\n",
    );
    let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            csv_cell::text(&r.name),
            r.kind,
            csv_cell::text(&r.site),
            opt(r.code_lines),
            opt(r.comment_lines),
            opt(r.cyclomatic),
            opt(r.max_nesting),
            r.fan_in,
            r.fan_out
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_neutralises_names_and_keeps_numbers_numeric() {
        let row = |name: &str, site: &str| MetricsRow {
            name: name.into(),
            kind: "method",
            site: site.into(),
            code_lines: Some(12),
            comment_lines: None,
            cyclomatic: Some(3),
            max_nesting: Some(0),
            fan_in: 0,
            fan_out: 7,
        };
        let csv = to_csv(&[
            row("=cmd()", "-x.java:4"),
            row("a.B.run(int,String)", "B.java:9"),
        ]);
        let lines: Vec<_> = csv.lines().collect();
        assert_eq!(lines[1], "'=cmd(),method,'-x.java:4,12,,3,0,0,7");
        assert_eq!(
            lines[2],
            "\"a.B.run(int,String)\",method,B.java:9,12,,3,0,0,7"
        );
    }
}
