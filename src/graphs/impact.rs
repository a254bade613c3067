//! Impact (forward) and lineage (backward) from a data item, file, dataset, table, column,
//! paragraph, program or method.
//!
//! Both walk one combined graph: the data flows, plus `read-by` (item → the procedure whose
//! statement reads it), `writes` (procedure → item), `performed-by` / `called-by` (procedure or
//! program → who performs or calls it). Impact follows them forward: a changed item reaches
//! what its value flows into and the procedures that use it; a changed paragraph reaches what
//! it writes and who performs it. Lineage follows data flows backward only: where a value comes
//! from, across programs (CALL USING ↔ LINKAGE), files, JCL DDs, datasets and tables.
//! Containment is followed one way at a time: from a group into its items or from an item
//! out to its group, never out and back in (which would make every sibling related).

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::graph::NodeIndex;
use serde::Serialize;

use super::graph::{EdgeInfo, NodeKey, ProjectGraph, site};
use crate::model::{Model, RefKind, RefTarget, SymbolKind};

/// One node reached, with how it was reached.
#[derive(Debug, Clone, Serialize)]
pub struct ImpactEntry {
    pub id: String,
    pub kind: &'static str,
    pub depth: u32,
    /// The node it was reached from (`None` for a start).
    pub from: Option<String>,
    /// The edge kind it was reached by.
    pub edge: Option<&'static str>,
    /// `file:line` of the statement making that edge.
    pub site: Option<String>,
    #[serde(skip)]
    pub parent: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImpactReport {
    pub start: Vec<String>,
    pub direction: &'static str,
    pub depth: Option<u32>,
    pub nodes: Vec<ImpactEntry>,
}

/// The combined graph impact and lineage walk.
pub fn impact_graph(model: &Model, dataflow: &ProjectGraph, calls: &ProjectGraph) -> ProjectGraph {
    let mut g = ProjectGraph::new("impact");
    for e in dataflow.graph.edge_indices() {
        let (a, b) = dataflow.graph.edge_endpoints(e).expect("edge");
        let w = &dataflow.graph[e];
        let (a, b) = (
            g.node(dataflow.key(a).clone()),
            g.node(dataflow.key(b).clone()),
        );
        g.edge(a, b, w.kind, w.span);
    }
    for r in &model.references {
        let RefTarget::Symbol { id } = r.target else {
            continue;
        };
        let target_kind = model.symbol(id).kind;
        let data = matches!(
            target_kind,
            SymbolKind::DataItem
                | SymbolKind::ConditionName
                | SymbolKind::IndexName
                | SymbolKind::File
                | SymbolKind::Dataset
                | SymbolKind::DbTable
                | SymbolKind::DbView
                | SymbolKind::CicsMap
                | SymbolKind::Field
        );
        let (from, to, kind) = match r.kind {
            RefKind::Read | RefKind::SqlSelect if data => {
                (NodeKey::Symbol(id), NodeKey::Symbol(r.from), "read-by")
            }
            RefKind::Write
            | RefKind::Update
            | RefKind::Delete
            | RefKind::SqlInsert
            | RefKind::SqlUpdate
            | RefKind::SqlDelete
                if data =>
            {
                (NodeKey::Symbol(r.from), NodeKey::Symbol(id), "writes")
            }
            RefKind::Perform | RefKind::PerformThru | RefKind::GoTo => {
                (NodeKey::Symbol(id), NodeKey::Symbol(r.from), "performed-by")
            }
            _ => continue,
        };
        let (a, b) = (g.node(from), g.node(to));
        g.edge(a, b, kind, Some(r.span));
    }
    for e in calls.graph.edge_indices() {
        let (a, b) = calls.graph.edge_endpoints(e).expect("edge");
        let w = &calls.graph[e];
        if w.kind == "transid" {
            continue;
        }
        let (a, b) = (g.node(calls.key(b).clone()), g.node(calls.key(a).clone()));
        g.edge(a, b, "called-by", w.span);
    }
    g
}

const DATA_ONLY: &[&str] = &["read-by", "writes", "performed-by", "called-by"];

/// Whether a walk may take `edge` after arriving by `arrived` (forward walks and paths use
/// `backward = false`).
pub fn may_follow(edge: &EdgeInfo, arrived: Option<&EdgeInfo>, backward: bool) -> bool {
    if backward && DATA_ONLY.contains(&edge.kind) {
        return false;
    }
    match (arrived.map(|a| a.kind), edge.kind) {
        (Some("contains"), "contained-by") | (Some("contained-by"), "contains") => false,
        // Reached a procedure because it reads the item: what it writes is impacted, but
        // not who performs it (that would reach most of the program).
        (Some("read-by"), "performed-by" | "called-by") => false,
        (Some("read-by"), "read-by") => false,
        _ => true,
    }
}

/// Finds the start nodes for a symbol name: exact qualified name, or every symbol whose
/// simple name matches (a copybook field has one symbol per including program).
pub fn find_starts(model: &Model, graph: &ProjectGraph, text: &str) -> Vec<NodeIndex> {
    if let Ok(n) = graph.lookup(model, text)
        && graph.key(n).id(model).eq_ignore_ascii_case(text)
    {
        return vec![n];
    }
    let mut out: Vec<(String, NodeIndex)> = graph
        .graph
        .node_indices()
        .filter(|&n| graph.key(n).label(model).eq_ignore_ascii_case(text))
        .map(|n| (graph.key(n).id(model), n))
        .collect();
    out.sort();
    out.into_iter().map(|(_, n)| n).collect()
}

/// Impact (forward) or lineage (backward) from `start`.
pub fn impact(
    model: &Model,
    graph: &ProjectGraph,
    start: &str,
    backward: bool,
    depth: Option<u32>,
) -> Result<ImpactReport, String> {
    let starts = find_starts(model, graph, start);
    if starts.is_empty() {
        return Err(format!(
            "no data item, file, table, paragraph or program named `{start}` takes part in any data flow or call"
        ));
    }
    let direction = if backward {
        Direction::Incoming
    } else {
        Direction::Outgoing
    };
    let mut nodes: Vec<ImpactEntry> = Vec::new();
    let mut index: HashMap<NodeIndex, usize> = HashMap::new();
    for &s in &starts {
        let reached = graph.walk(s, direction, depth, &|e, a| may_follow(e, a, backward));
        for r in reached {
            if index.contains_key(&r.node) {
                continue;
            }
            let (from, edge, site_text, parent) = match r.via {
                Some((prev, e)) => {
                    let w = &graph.graph[e];
                    (
                        Some(graph.key(prev).id(model)),
                        Some(w.kind),
                        Some(site(model, w.span)).filter(|s| !s.is_empty()),
                        index.get(&prev).copied(),
                    )
                }
                None => (None, None, None, None),
            };
            index.insert(r.node, nodes.len());
            nodes.push(ImpactEntry {
                id: graph.key(r.node).id(model),
                kind: graph.key(r.node).kind(model),
                depth: r.depth,
                from,
                edge,
                site: site_text,
                parent,
            });
        }
    }
    Ok(ImpactReport {
        start: starts.iter().map(|&s| graph.key(s).id(model)).collect(),
        direction: if backward { "backward" } else { "forward" },
        depth,
        nodes,
    })
}

/// The report as an indented tree, children under the node that reached them.
pub fn impact_text(report: &ImpactReport) -> String {
    let mut children: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    for (i, n) in report.nodes.iter().enumerate() {
        children.entry(n.parent).or_default().push(i);
    }
    let mut out = String::new();
    let arrow = if report.direction == "backward" {
        "<-"
    } else {
        "->"
    };
    let mut stack: Vec<usize> = children.get(&None).cloned().unwrap_or_default();
    stack.reverse();
    while let Some(i) = stack.pop() {
        let n = &report.nodes[i];
        let indent = "  ".repeat(n.depth as usize);
        match n.edge {
            None => out.push_str(&format!("{} ({})\n", n.id, n.kind)),
            Some(edge) => out.push_str(&format!(
                "{indent}{arrow} {edge} {} ({}){}\n",
                n.id,
                n.kind,
                n.site
                    .as_ref()
                    .map(|s| format!("  {s}"))
                    .unwrap_or_default()
            )),
        }
        if let Some(c) = children.get(&Some(i)) {
            stack.extend(c.iter().rev());
        }
    }
    let reached = report.nodes.len() - report.start.len();
    out.push_str(&format!(
        "{reached} nodes reached {} from {} start node(s)\n",
        report.direction,
        report.start.len()
    ));
    out
}
