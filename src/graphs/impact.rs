//! Impact (forward) and lineage (backward) from a data item, file, dataset, table, column,
//! paragraph, program or method.
//!
//! Both walk one combined graph: the data flows, plus `read-by` (item → the procedure whose
//! statement reads it), `writes` (procedure → item), `performed-by` / `called-by` (procedure or
//! program → who performs or calls it). Every edge has a class ([`EdgeClass`]): value flow,
//! structure, keys or control. By default a walk follows value flow only — where a value
//! comes from, across programs (CALL USING ↔ LINKAGE), files, JCL DDs, datasets and tables —
//! and a value moved as a group reaches only the items that share its bytes
//! ([`super::group_flow`]), so a field's lineage never lists its siblings. Structure, keys and
//! control are opt-ins ([`EdgeClasses`]); a walk from a procedure, program or method follows
//! control, the only thing it takes part in. A walk still goes down into the parts of its
//! start (a group's lineage is its items' lineage). With structure on, containment is followed
//! one way at a time: from a group into its items or from an item out to its group, never out
//! and back in (which would make every sibling related).

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::graph::{EdgeIndex, NodeIndex};
use serde::Serialize;

use super::classes::{EdgeClass, EdgeClasses};
use super::graph::{EdgeInfo, NodeKey, ProjectGraph, site};
use super::group_flow::GroupParts;
use crate::model::{FlowKind, Model, RefKind, RefTarget, Span, SymbolKind};

/// One node reached, with how it was reached (indices into the walked graph; render with
/// [`ImpactReport::rows`], [`impact_text`] or [`impact_json`]).
#[derive(Debug, Clone)]
pub struct ImpactEntry {
    pub node: NodeIndex,
    pub depth: u32,
    /// The node it was reached from and the edge it was reached by (`None` for a start).
    pub via: Option<(NodeIndex, EdgeIndex)>,
    /// Index in [`ImpactReport::nodes`] of the node it was reached from.
    pub parent: Option<usize>,
    /// Reached only through structure or key edges (no value or control path leads here).
    pub marked: bool,
}

#[derive(Debug, Clone)]
pub struct ImpactReport {
    pub starts: Vec<NodeIndex>,
    pub backward: bool,
    pub depth: Option<u32>,
    /// The classes followed besides value flow.
    pub with: EdgeClasses,
    pub nodes: Vec<ImpactEntry>,
}

/// One reached node as users read it.
#[derive(Debug, Clone, Serialize)]
pub struct ImpactRow {
    pub id: String,
    pub kind: &'static str,
    pub depth: u32,
    pub from: Option<String>,
    pub edge: Option<&'static str>,
    /// `value`, `structure`, `keys` or `control`.
    pub class: Option<&'static str>,
    pub site: Option<String>,
    /// The statement that made the edge (first 100 characters, COBOL code area only).
    pub statement: Option<String>,
    /// Reached only through structure or key edges.
    pub marked: bool,
}

impl ImpactReport {
    pub fn direction(&self) -> &'static str {
        if self.backward { "backward" } else { "forward" }
    }

    /// The display ids of the reached nodes (starts included), in walk order.
    pub fn ids(&self, model: &Model, graph: &ProjectGraph) -> Vec<String> {
        self.nodes
            .iter()
            .map(|n| graph.node_id(model, n.node))
            .collect()
    }

    pub fn row(&self, model: &Model, graph: &ProjectGraph, entry: &ImpactEntry) -> ImpactRow {
        let (from, edge, site_text) = match entry.via {
            Some((prev, e)) => {
                let w = &graph.graph[e];
                (
                    Some(graph.node_id(model, prev)),
                    Some(w),
                    Some(site(model, w.span)).filter(|s| !s.is_empty()),
                )
            }
            None => (None, None, None),
        };
        ImpactRow {
            id: graph.node_id(model, entry.node),
            kind: graph.key(entry.node).kind(model),
            depth: entry.depth,
            from,
            edge: edge.map(|e| e.kind),
            class: edge.map(|e| e.flow.label()),
            site: site_text,
            statement: edge.and_then(|e| e.span).map(|s| statement_text(model, s)),
            marked: entry.marked,
        }
    }

    pub fn rows(&self, model: &Model, graph: &ProjectGraph) -> Vec<ImpactRow> {
        self.nodes
            .iter()
            .map(|e| self.row(model, graph, e))
            .collect()
    }
}

/// The combined graph impact and lineage walk.
pub fn impact_graph(model: &Model, dataflow: &ProjectGraph, calls: &ProjectGraph) -> ProjectGraph {
    let mut g = ProjectGraph::with_capacity(
        "impact",
        dataflow.graph.node_count() + calls.graph.node_count(),
        dataflow.graph.edge_count() + model.references.len() + calls.graph.edge_count(),
    );
    for e in dataflow.graph.edge_indices() {
        let (a, b) = dataflow.graph.edge_endpoints(e).expect("edge");
        let w = &dataflow.graph[e];
        // `MOVE T (IDX) TO X`: an index-name only chooses the entry (you cannot MOVE an index).
        let subscript = w.kind == "move"
            && dataflow
                .key(a)
                .symbol()
                .is_some_and(|id| model.symbol(id).kind == SymbolKind::IndexName);
        let (a, b) = (
            g.node(dataflow.key(a).clone()),
            g.node(dataflow.key(b).clone()),
        );
        g.edge(a, b, if subscript { "subscript" } else { w.kind }, w.span);
    }
    // Values moved as a group: also between the items that share bytes.
    let parts = GroupParts::new(model);
    for f in &model.flows {
        // Values, and keys (a key chooses the whole record, so every item of it).
        let class = EdgeClass::of(f.kind.label());
        if !matches!(class, EdgeClass::Value | EdgeClass::Keys) || f.kind == FlowKind::Other {
            continue;
        }
        let (pairs, part) = parts.project(model, f);
        for (s, t) in pairs {
            let (a, b) = (g.node(NodeKey::Symbol(s)), g.node(NodeKey::Symbol(t)));
            g.part_edge(a, b, f.kind.label(), f.span, part);
        }
    }
    // Items written into a whole record and read out of it into another group: item by item.
    for (w, r, kind, span) in parts.across_records(model) {
        let (a, b) = (g.node(NodeKey::Symbol(w)), g.node(NodeKey::Symbol(r)));
        g.edge(a, b, kind.label(), span);
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
    g.freeze();
    g
}

/// One step of a lineage or impact walk following `with`: whether `edge` may be taken from a
/// node reached in `state`, and the state the next node is reached in. The state holds the
/// class of the edge the node was reached by ([`may_follow`]'s rules) and whether the position
/// inside a record was lost on the way: after an item went into a whole record (a buffer, a
/// file, a dataset), that record does not give the value back to every item of another group
/// (the item-by-item edges between the two groups do). Structure, keys and control edges are
/// taken when `with` has them, and the walk always goes down into the parts of its start
/// (`contains` forward, `contained-by` backward, from the start or along that chain).
pub fn step(edge: &EdgeInfo, state: u8, backward: bool, with: EdgeClasses) -> Option<u8> {
    use super::graph::class::{CONTAINED_BY, CONTAINS};
    use super::graph::part::{GATHER, NONE, SCATTER};
    let arrived = state & 7;
    let lost = state & 8 != 0;
    if !may_follow_class(edge.class, arrived, backward) {
        return None;
    }
    if !with.follows(edge.flow) {
        let down = if backward { CONTAINED_BY } else { CONTAINS };
        if !(edge.class == down && (arrived == 0 || arrived == down)) {
            return None;
        }
    }
    let (enter, leave) = if backward {
        (SCATTER, GATHER)
    } else {
        (GATHER, SCATTER)
    };
    if lost && edge.part == leave {
        return None;
    }
    // The position stays lost along flows that carry the record as it is.
    let carries = matches!(
        edge.kind,
        "move"
            | "read"
            | "write"
            | "call-using"
            | "call-return"
            | "dd-assign"
            | "dd-dataset"
            | "other"
            | "sql-select"
            | "sql-insert"
            | "sql-update"
    );
    let lost = edge.part == enter || (lost && edge.part == NONE && carries);
    Some(edge.class.min(7) | if lost { 8 } else { 0 })
}

/// Whether a walk over every class may take `edge` after arriving by `arrived` (forward walks
/// and paths use `backward = false`).
pub fn may_follow(edge: &EdgeInfo, arrived: Option<&EdgeInfo>, backward: bool) -> bool {
    may_follow_class(edge.class, arrived.map_or(0, |a| a.class), backward)
}

/// [`may_follow`] on edge classes (`arrived` 0 for the start).
fn may_follow_class(e: u8, a: u8, backward: bool) -> bool {
    use super::graph::class::*;
    if backward && matches!(e, READ_BY | WRITES | DEPENDED_ON_BY) {
        return false;
    }
    !matches!(
        (a, e),
        (CONTAINS, CONTAINED_BY)
            | (CONTAINED_BY, CONTAINS)
            // Reached a procedure because it reads the item: what it writes is impacted,
            // but not who performs it (that would reach most of the program).
            | (READ_BY, DEPENDED_ON_BY)
            | (READ_BY, READ_BY)
    )
}

/// Finds the start nodes for a symbol name: exact qualified name, or every symbol whose
/// simple name matches (a copybook field has one symbol per including program).
pub fn find_starts(model: &Model, graph: &ProjectGraph, text: &str) -> Vec<NodeIndex> {
    if let Ok(n) = graph.lookup(model, text)
        && graph.node_id_str(model, n).eq_ignore_ascii_case(text)
    {
        return vec![n];
    }
    let mut out: Vec<(String, NodeIndex)> = graph
        .graph
        .node_indices()
        .filter(|&n| graph.label_str(model, n).eq_ignore_ascii_case(text))
        .map(|n| (graph.node_id(model, n), n))
        .collect();
    out.sort();
    out.into_iter().map(|(_, n)| n).collect()
}

/// Impact (forward) or lineage (backward) from `start`, following value flow only.
pub fn impact(
    model: &Model,
    graph: &ProjectGraph,
    start: &str,
    backward: bool,
    depth: Option<u32>,
) -> Result<ImpactReport, String> {
    impact_with(model, graph, start, backward, depth, EdgeClasses::VALUE)
}

/// Impact or lineage from `start`, following value flow and the classes in `with`.
pub fn impact_with(
    model: &Model,
    graph: &ProjectGraph,
    start: &str,
    backward: bool,
    depth: Option<u32>,
    with: EdgeClasses,
) -> Result<ImpactReport, String> {
    let starts = find_starts(model, graph, start);
    if starts.is_empty() {
        return Err(format!(
            "no data item, file, table, paragraph or program named `{start}` takes part in any data flow or call"
        ));
    }
    Ok(impact_from(model, graph, &starts, backward, depth, with))
}

/// Whether a node holds a value (a data item, file, table, local …) rather than being code
/// (a procedure, program, method, step), whose impact is control.
fn holds_value(model: &Model, key: &NodeKey) -> bool {
    match key {
        NodeKey::Symbol(id) => !matches!(
            model.symbol(*id).kind,
            SymbolKind::Program
                | SymbolKind::Section
                | SymbolKind::Paragraph
                | SymbolKind::Method
                | SymbolKind::Constructor
                | SymbolKind::Initializer
                | SymbolKind::Class
                | SymbolKind::Interface
                | SymbolKind::Enum
                | SymbolKind::JclJob
                | SymbolKind::JclStep
                | SymbolKind::JclProc
                | SymbolKind::CicsTransaction
        ),
        NodeKey::Local { .. } => true,
        NodeKey::End { .. } | NodeKey::Missing { .. } => false,
    }
}

/// Impact or lineage from known start nodes, following value flow and the classes in `with`
/// (control too when a start is code: a paragraph's impact is who performs it).
pub fn impact_from(
    model: &Model,
    graph: &ProjectGraph,
    starts: &[NodeIndex],
    backward: bool,
    depth: Option<u32>,
    with: EdgeClasses,
) -> ImpactReport {
    let direction = if backward {
        Direction::Incoming
    } else {
        Direction::Outgoing
    };
    let mut walk_with = with;
    if starts.iter().any(|&s| !holds_value(model, graph.key(s))) {
        walk_with.control = true;
    }
    // Nodes a walk without structure and keys reaches too are not marked.
    let plain = EdgeClasses {
        structure: false,
        keys: false,
        ..walk_with
    };
    let mut unmarked: Vec<bool> = Vec::new();
    if plain != walk_with {
        unmarked = vec![false; graph.graph.node_count()];
        for &s in starts {
            for r in graph.walk_states(s, direction, depth, &|e, st| step(e, st, backward, plain)) {
                unmarked[r.node.index()] = true;
            }
        }
    }
    let mut nodes: Vec<ImpactEntry> = Vec::new();
    let mut index: Vec<u32> = vec![u32::MAX; graph.graph.node_count()];
    for &s in starts {
        let reached = graph.walk_states(s, direction, depth, &|e, st| {
            step(e, st, backward, walk_with)
        });
        for r in reached {
            if index[r.node.index()] != u32::MAX {
                continue;
            }
            let parent = r
                .via
                .map(|(prev, _)| index[prev.index()])
                .filter(|&p| p != u32::MAX)
                .map(|p| p as usize);
            index[r.node.index()] = nodes.len() as u32;
            nodes.push(ImpactEntry {
                node: r.node,
                depth: r.depth,
                via: r.via,
                parent,
                marked: !unmarked.is_empty() && !unmarked[r.node.index()],
            });
        }
    }
    ImpactReport {
        starts: starts.to_vec(),
        backward,
        depth,
        with: walk_with,
        nodes,
    }
}

/// The report as JSON: start ids, direction, depth limit and one row per reached node.
pub fn impact_json(
    model: &Model,
    graph: &ProjectGraph,
    report: &ImpactReport,
) -> serde_json::Value {
    serde_json::json!({
        "start": report.starts.iter().map(|&s| graph.node_id(model, s)).collect::<Vec<_>>(),
        "direction": report.direction(),
        "depth": report.depth,
        "with": report.with.names(),
        "nodes": report.rows(model, graph),
    })
}

/// The report as an indented tree, children under the node that reached them.
pub fn impact_text(model: &Model, graph: &ProjectGraph, report: &ImpactReport) -> String {
    let mut children: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    for (i, n) in report.nodes.iter().enumerate() {
        children.entry(n.parent).or_default().push(i);
    }
    let mut out = String::new();
    let arrow = if report.backward { "<-" } else { "->" };
    let mut stack: Vec<usize> = children.get(&None).cloned().unwrap_or_default();
    stack.reverse();
    while let Some(i) = stack.pop() {
        let n = report.row(model, graph, &report.nodes[i]);
        let indent = "  ".repeat(n.depth as usize);
        match n.edge {
            None => out.push_str(&format!("{} ({})\n", n.id, n.kind)),
            Some(edge) => out.push_str(&format!(
                "{indent}{arrow} {edge} [{}] {} ({}){}{}{}\n",
                n.class.unwrap_or("value"),
                n.id,
                n.kind,
                if n.marked {
                    "  (only via structure/keys)"
                } else {
                    ""
                },
                n.site
                    .as_ref()
                    .map(|s| format!("  {s}"))
                    .unwrap_or_default(),
                n.statement
                    .as_ref()
                    .filter(|s| !s.is_empty())
                    .map(|s| format!("  | {s}"))
                    .unwrap_or_default()
            )),
        }
        if let Some(c) = children.get(&Some(i)) {
            stack.extend(c.iter().rev());
        }
    }
    let reached = report.nodes.len() - report.starts.len();
    out.push_str(&format!(
        "{reached} nodes reached {} from {} start node(s)\n",
        report.direction(),
        report.starts.len()
    ));
    out
}

/// The statement under a span as one short line: COBOL continuation lines without their
/// sequence and identification areas, blanks squeezed, at most 100 characters.
pub fn statement_text(model: &Model, span: Span) -> String {
    let Some(file) = model.files.get(span.file.index()) else {
        return String::new();
    };
    let Some(text) = file.text.as_deref() else {
        return String::new();
    };
    let (start, end) = (span.start as usize, (span.end as usize).min(text.len()));
    let Some(raw) = text.get(start..end.max(start)) else {
        return String::new();
    };
    let cobol = matches!(
        file.kind,
        crate::model::FileKind::CobolProgram | crate::model::FileKind::CobolCopybook
    );
    let before = text.get(..start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    let first_col = before[line_start..].chars().count();
    let mut out = String::new();
    // JCL: the statement's first card says what it is.
    let lines = if file.kind == crate::model::FileKind::Jcl {
        1
    } else {
        usize::MAX
    };
    for (i, line) in raw.split('\n').take(lines).enumerate() {
        let line = line.trim_end_matches('\r');
        let chars: Vec<char> = line.chars().collect();
        let part: String = if cobol && i > 0 {
            if matches!(chars.get(6), Some('*' | '/')) {
                continue;
            }
            chars.iter().skip(7).take(65).collect()
        } else if cobol && first_col + chars.len() > 72 && first_col < 72 {
            chars.iter().take(72 - first_col).collect()
        } else {
            line.to_string()
        };
        for word in part.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        if out.chars().count() > 100 {
            break;
        }
    }
    if out.chars().count() > 100 {
        out = out.chars().take(99).collect::<String>() + "…";
    }
    out
}
