//! The project call graph: who calls whom among the project's own callables.
//!
//! Nodes are callables named as users and tools know them: Java methods as
//! `binary.class.Name.method` with overloads collapsed (`com.acme.Claim.<init>`), COBOL programs
//! by program name. Edges come only from references resolved to project symbols; calls that
//! leave the codebase stay in the model as external references but are not edges here.

use std::collections::{BTreeMap, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{Model, RefKind, RefTarget, Span, SymbolId, SymbolKind};

#[derive(Debug, Clone)]
pub struct CallNode {
    pub name: String,
    pub kind: SymbolKind,
    /// One symbol standing for the node (the first overload for collapsed Java methods).
    pub symbol: SymbolId,
}

#[derive(Debug, Clone)]
pub struct CallEdge {
    /// Kind of the first call site (call, instantiate, cics-link, …).
    pub kind: RefKind,
    /// First call site, in file order.
    pub site: Span,
    /// Number of call sites.
    pub count: u32,
}

#[derive(Debug, Default)]
pub struct CallGraph {
    pub graph: DiGraph<CallNode, CallEdge>,
    by_name: HashMap<String, NodeIndex>,
}

/// The symbol that stands for `symbol` in the call graph: COBOL paragraphs and sections call
/// on behalf of their program (the graph is program to program); everything else is itself.
pub fn call_node_symbol(model: &Model, symbol: SymbolId) -> SymbolId {
    match model.symbol(symbol).kind {
        SymbolKind::Paragraph | SymbolKind::Section => model
            .ancestors(symbol)
            .find(|s| s.kind == SymbolKind::Program)
            .map_or(symbol, |s| s.id),
        _ => symbol,
    }
}

/// The name of a callable in the call graph: the qualified name without the parameter list
/// (Java overloads collapse), COBOL programs by PROGRAM-ID, JCL steps as `JOB.STEP`.
pub fn call_node_name(model: &Model, symbol: SymbolId) -> &str {
    let q = &model.symbol(call_node_symbol(model, symbol)).qualified_name;
    q.split_once('(').map_or(q.as_str(), |(name, _)| name)
}

impl CallGraph {
    /// Builds the call graph from the model's call references.
    pub fn build(model: &Model) -> CallGraph {
        let mut g = CallGraph::default();
        // Sites grouped per (caller, callee) in a stable order.
        let mut edges: BTreeMap<(String, String), CallEdge> = BTreeMap::new();
        for r in &model.references {
            if !r.kind.is_call_edge() {
                continue;
            }
            let RefTarget::Symbol { id: target } = r.target else {
                continue;
            };
            let caller = model.symbol(r.from).kind;
            if !(caller.is_callable() || caller == SymbolKind::JclStep)
                || !model.symbol(target).kind.is_callable()
            {
                continue;
            }
            g.node(model, r.from);
            g.node(model, target);
            let key = (
                call_node_name(model, r.from).to_string(),
                call_node_name(model, target).to_string(),
            );
            edges
                .entry(key)
                .and_modify(|e| {
                    e.count += 1;
                    if (r.span.file, r.span.start) < (e.site.file, e.site.start) {
                        e.site = r.span;
                        e.kind = r.kind;
                    }
                })
                .or_insert(CallEdge {
                    kind: r.kind,
                    site: r.span,
                    count: 1,
                });
        }
        for ((from, to), edge) in edges {
            let (a, b) = (g.by_name[&from], g.by_name[&to]);
            g.graph.add_edge(a, b, edge);
        }
        g
    }

    fn node(&mut self, model: &Model, symbol: SymbolId) -> NodeIndex {
        let symbol = call_node_symbol(model, symbol);
        let name = call_node_name(model, symbol);
        if let Some(&n) = self.by_name.get(name) {
            return n;
        }
        let n = self.graph.add_node(CallNode {
            name: name.to_string(),
            kind: model.symbol(symbol).kind,
            symbol,
        });
        self.by_name.insert(name.to_string(), n);
        n
    }

    pub fn node_named(&self, name: &str) -> Option<NodeIndex> {
        self.by_name.get(name).copied()
    }

    /// Edges as (caller, callee, edge), sorted by caller then callee.
    pub fn sorted_edges(&self) -> Vec<(&str, &str, &CallEdge)> {
        let mut out: Vec<_> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                Some((
                    self.graph[a].name.as_str(),
                    self.graph[b].name.as_str(),
                    &self.graph[e],
                ))
            })
            .collect();
        out.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
        out
    }
}
