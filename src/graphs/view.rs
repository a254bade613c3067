//! A graph ready to print: nodes with stable ids and edges with the statement that made them.
//! Every graph of `legacylens graph` (calls, control, dataflow, resources) is turned into a
//! [`GraphView`] and written by `graphs::export` as TSV, JSON, DOT, GraphML or Neo4j CSV.

use serde::Serialize;

use crate::model::SymbolId;

#[derive(Debug, Clone, Default, Serialize)]
pub struct GraphView {
    /// `calls`, `control`, `dataflow`, `resources`.
    pub name: String,
    pub nodes: Vec<ViewNode>,
    pub edges: Vec<ViewEdge>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ViewNode {
    /// Unique within the view: the qualified name users know (`PAYCALC.2000-CALC`,
    /// `com.acme.Claim.total`, `BEN.PROD.CLAIMS.DAILY`).
    pub id: String,
    /// Short label for drawings (`2000-CALC`).
    pub label: String,
    /// Symbol kind label (`paragraph`, `data-item`, `db-table`, …) or a pseudo kind such as
    /// `end` for the exits of a control graph.
    pub kind: String,
    /// Where it is defined, relative to the project root.
    pub file: Option<String>,
    pub line: Option<u32>,
    #[serde(skip)]
    pub symbol: Option<SymbolId>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ViewEdge {
    /// Index into [`GraphView::nodes`].
    pub source: usize,
    pub target: usize,
    /// Edge kind label (`call`, `perform`, `fall-through`, `move`, `sql-insert`, `C`, …).
    pub kind: String,
    /// The first statement that makes the edge (file relative to the project root).
    pub file: Option<String>,
    pub line: Option<u32>,
    /// Number of statements making the same edge.
    pub count: u32,
}

impl GraphView {
    pub fn new(name: impl Into<String>) -> GraphView {
        GraphView {
            name: name.into(),
            ..GraphView::default()
        }
    }

    /// Sorts nodes by id and edges by (source id, target id, kind, file, line), so every
    /// output is byte-for-byte stable across runs.
    pub fn sort(&mut self) {
        let mut order: Vec<usize> = (0..self.nodes.len()).collect();
        order.sort_by(|&a, &b| self.nodes[a].id.cmp(&self.nodes[b].id));
        let mut new_index = vec![0; self.nodes.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut nodes: Vec<Option<ViewNode>> = self.nodes.drain(..).map(Some).collect();
        self.nodes = order.iter().map(|&i| nodes[i].take().unwrap()).collect();
        for e in &mut self.edges {
            e.source = new_index[e.source];
            e.target = new_index[e.target];
        }
        self.edges.sort_by(|a, b| {
            (a.source, a.target, &a.kind, &a.file, a.line)
                .cmp(&(b.source, b.target, &b.kind, &b.file, b.line))
        });
    }
}
