//! The one graph type every analysis runs on: a petgraph `DiGraph` whose nodes are model
//! symbols (or Java locals, or the exit of a COBOL program) and whose edges carry a kind, the
//! first statement that made them and how many statements did. The call, control, data-flow
//! and resource graphs are all built as a [`ProjectGraph`]; queries (reachability with a depth,
//! paths, strongly connected components) and printing are written once, here.

use std::collections::{HashMap, HashSet, VecDeque};

use rustc_hash::{FxHashMap, FxHashSet};

use petgraph::Direction;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use super::view::{GraphView, ViewEdge, ViewNode};
use crate::model::{FlowEnd, Model, Span, SymbolId};

/// A node of a project graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeKey {
    Symbol(SymbolId),
    /// A Java parameter or local variable of a method.
    Local {
        owner: SymbolId,
        name: String,
    },
    /// Where a COBOL program's run ends (GOBACK, STOP RUN, EXIT PROGRAM, CICS RETURN).
    End {
        program: SymbolId,
    },
    /// A program the code calls or runs that is not in the project (`external`: known system
    /// routine or utility; `unresolved`: not found), by the name the code used.
    Missing {
        name: String,
        external: bool,
    },
}

impl From<&FlowEnd> for NodeKey {
    fn from(end: &FlowEnd) -> NodeKey {
        match end {
            FlowEnd::Symbol { id } => NodeKey::Symbol(*id),
            FlowEnd::Local { owner, name } => NodeKey::Local {
                owner: *owner,
                name: name.clone(),
            },
        }
    }
}

impl NodeKey {
    pub fn symbol(&self) -> Option<SymbolId> {
        match self {
            NodeKey::Symbol(id) => Some(*id),
            _ => None,
        }
    }

    /// Unique name users know: the symbol's qualified name (Java overloads without their
    /// parameter list when `collapse` is on), `method#local`, `PROGRAM.(end)`.
    pub fn id(&self, model: &Model) -> String {
        match self {
            NodeKey::Symbol(id) => model.symbol(*id).qualified_name.clone(),
            NodeKey::Local { owner, name } => {
                format!("{}#{name}", model.symbol(*owner).qualified_name)
            }
            NodeKey::End { program } => format!("{}.(end)", model.symbol(*program).qualified_name),
            NodeKey::Missing { name, .. } => name.clone(),
        }
    }

    pub fn label(&self, model: &Model) -> String {
        match self {
            NodeKey::Symbol(id) => model.symbol(*id).name.clone(),
            NodeKey::Local { name, .. } => name.clone(),
            NodeKey::End { .. } => "(end)".into(),
            NodeKey::Missing { name, .. } => name.clone(),
        }
    }

    pub fn kind(&self, model: &Model) -> &'static str {
        match self {
            NodeKey::Symbol(id) => model.symbol(*id).kind.label(),
            NodeKey::Local { .. } => "local",
            NodeKey::End { .. } => "end",
            NodeKey::Missing { external: true, .. } => "external",
            NodeKey::Missing {
                external: false, ..
            } => "unresolved",
        }
    }
}

/// An edge: its kind, the first statement making it (in file order), and how many do.
#[derive(Debug, Clone)]
pub struct EdgeInfo {
    pub kind: &'static str,
    pub span: Option<Span>,
    pub count: u32,
}

#[derive(Debug, Default)]
pub struct ProjectGraph {
    pub name: &'static str,
    pub graph: DiGraph<NodeKey, EdgeInfo>,
    /// Nodes of symbols, by symbol index (`u32::MAX`: none yet); the common case, kept
    /// out of the hash map.
    symbol_nodes: Vec<u32>,
    /// Every other node.
    nodes: FxHashMap<NodeKey, NodeIndex>,
    edges: FxHashMap<(NodeIndex, NodeIndex, &'static str), EdgeIndex>,
    /// Display names overriding `NodeKey::id` (call graphs name Java methods without their
    /// parameter lists).
    pub names: HashMap<NodeIndex, String>,
}

/// One node reached by a walk: how far, and the edge it was first reached by.
#[derive(Debug, Clone)]
pub struct Reached {
    pub node: NodeIndex,
    pub depth: u32,
    /// (previous node, edge) on a shortest path from the start; `None` for the start.
    pub via: Option<(NodeIndex, EdgeIndex)>,
}

impl ProjectGraph {
    pub fn new(name: &'static str) -> ProjectGraph {
        ProjectGraph {
            name,
            ..ProjectGraph::default()
        }
    }

    /// An empty graph with room for about `nodes` nodes and `edges` edges.
    pub fn with_capacity(name: &'static str, nodes: usize, edges: usize) -> ProjectGraph {
        let mut g = ProjectGraph::new(name);
        g.graph.reserve_nodes(nodes);
        g.graph.reserve_edges(edges);
        g.nodes.reserve(nodes);
        g.edges.reserve(edges);
        g
    }

    pub fn node(&mut self, key: NodeKey) -> NodeIndex {
        if let NodeKey::Symbol(id) = key {
            let i = id.index();
            if i >= self.symbol_nodes.len() {
                self.symbol_nodes.resize(i + 1, u32::MAX);
            }
            if self.symbol_nodes[i] != u32::MAX {
                return NodeIndex::new(self.symbol_nodes[i] as usize);
            }
            let n = self.graph.add_node(key);
            self.symbol_nodes[i] = n.index() as u32;
            return n;
        }
        if let Some(&n) = self.nodes.get(&key) {
            return n;
        }
        let n = self.graph.add_node(key.clone());
        self.nodes.insert(key, n);
        n
    }

    pub fn find(&self, key: &NodeKey) -> Option<NodeIndex> {
        match key {
            NodeKey::Symbol(id) => self
                .symbol_nodes
                .get(id.index())
                .filter(|&&n| n != u32::MAX)
                .map(|&n| NodeIndex::new(n as usize)),
            _ => self.nodes.get(key).copied(),
        }
    }

    /// Adds an edge, or counts one more statement for an existing (a, b, kind) edge, keeping
    /// the first statement in file order as its site.
    pub fn edge(&mut self, a: NodeIndex, b: NodeIndex, kind: &'static str, span: Option<Span>) {
        let key = (a, b, kind);
        if let Some(&e) = self.edges.get(&key) {
            let info = &mut self.graph[e];
            info.count += 1;
            let earlier = match (span, info.span) {
                (Some(s), Some(t)) => (s.file, s.start) < (t.file, t.start),
                (Some(_), None) => true,
                _ => false,
            };
            if earlier {
                info.span = span;
            }
            return;
        }
        let e = self.graph.add_edge(
            a,
            b,
            EdgeInfo {
                kind,
                span,
                count: 1,
            },
        );
        self.edges.insert(key, e);
    }

    pub fn key(&self, n: NodeIndex) -> &NodeKey {
        &self.graph[n]
    }

    /// The display id of a node.
    pub fn node_id(&self, model: &Model, n: NodeIndex) -> String {
        self.node_id_str(model, n).into_owned()
    }

    /// The display id of a node, borrowed when it is a symbol's qualified name.
    pub fn node_id_str<'m>(&'m self, model: &'m Model, n: NodeIndex) -> std::borrow::Cow<'m, str> {
        if let Some(name) = self.names.get(&n) {
            return std::borrow::Cow::Borrowed(name);
        }
        match &self.graph[n] {
            NodeKey::Symbol(id) => std::borrow::Cow::Borrowed(&model.symbol(*id).qualified_name),
            NodeKey::Missing { name, .. } => std::borrow::Cow::Borrowed(name),
            key => std::borrow::Cow::Owned(key.id(model)),
        }
    }

    /// A node's short label, borrowed when possible.
    pub fn label_str<'m>(&'m self, model: &'m Model, n: NodeIndex) -> std::borrow::Cow<'m, str> {
        match &self.graph[n] {
            NodeKey::Symbol(id) => std::borrow::Cow::Borrowed(&model.symbol(*id).name),
            NodeKey::Local { name, .. } | NodeKey::Missing { name, .. } => {
                std::borrow::Cow::Borrowed(name)
            }
            NodeKey::End { .. } => std::borrow::Cow::Borrowed("(end)"),
        }
    }

    /// Finds a node by what a user typed: its display id or qualified name (exact, then
    /// case-insensitive), else a unique node whose simple name matches.
    pub fn lookup(&self, model: &Model, text: &str) -> Result<NodeIndex, String> {
        // An exact symbol name: straight from the model's index.
        if let Some(id) = model.symbol_named(text)
            && let Some(n) = self.find(&NodeKey::Symbol(id))
        {
            return Ok(n);
        }
        let mut by_name = Vec::new();
        for n in self.graph.node_indices() {
            let id = self.node_id_str(model, n);
            if id == text {
                return Ok(n);
            }
            if id.eq_ignore_ascii_case(text) || self.label_str(model, n).eq_ignore_ascii_case(text)
            {
                by_name.push((id.into_owned(), n));
            }
        }
        match by_name.len() {
            0 => Err(format!("no node named `{text}` in the {} graph", self.name)),
            1 => Ok(by_name[0].1),
            _ => {
                if let Some((_, n)) = by_name.iter().find(|(id, _)| id.eq_ignore_ascii_case(text)) {
                    return Ok(*n);
                }
                by_name.sort();
                let names: Vec<_> = by_name.iter().take(10).map(|(id, _)| id.as_str()).collect();
                Err(format!(
                    "`{text}` is ambiguous in the {} graph; use one of: {}",
                    self.name,
                    names.join(", ")
                ))
            }
        }
    }

    /// Breadth-first walk from `start` along edges in `direction` accepted by `follow`, up to
    /// `max_depth` edges away. The start is included at depth 0; each node is reported once,
    /// by a shortest accepted path. Since `follow` may depend on the edge a node was reached
    /// by, a node is explored again when reached by a different kind of edge.
    pub fn walk(
        &self,
        start: NodeIndex,
        direction: Direction,
        max_depth: Option<u32>,
        follow: &dyn Fn(&EdgeInfo, Option<&EdgeInfo>) -> bool,
    ) -> Vec<Reached> {
        let mut states: FxHashSet<(NodeIndex, usize)> = FxHashSet::default();
        states.insert((start, 0));
        let mut reported = vec![false; self.graph.node_count()];
        reported[start.index()] = true;
        let mut out = vec![Reached {
            node: start,
            depth: 0,
            via: None,
        }];
        let mut queue: VecDeque<(NodeIndex, u32, Option<EdgeIndex>)> =
            VecDeque::from([(start, 0, None)]);
        while let Some((node, depth, arrived)) = queue.pop_front() {
            if max_depth.is_some_and(|d| depth >= d) {
                continue;
            }
            let arrived_by = arrived.map(|e| &self.graph[e]);
            for e in self.graph.edges_directed(node, direction) {
                if !follow(e.weight(), arrived_by) {
                    continue;
                }
                let next = match direction {
                    Direction::Outgoing => e.target(),
                    Direction::Incoming => e.source(),
                };
                if !states.insert((next, kind_key(e.weight().kind))) {
                    continue;
                }
                if !reported[next.index()] {
                    reported[next.index()] = true;
                    out.push(Reached {
                        node: next,
                        depth: depth + 1,
                        via: Some((node, e.id())),
                    });
                }
                queue.push_back((next, depth + 1, Some(e.id())));
            }
        }
        out
    }

    /// A shortest path of edges from `from` to `to` (following edge direction) along edges
    /// `follow` accepts.
    pub fn path(
        &self,
        from: NodeIndex,
        to: NodeIndex,
        follow: &dyn Fn(&EdgeInfo, Option<&EdgeInfo>) -> bool,
    ) -> Option<Vec<EdgeIndex>> {
        let reached = self.walk(from, Direction::Outgoing, None, follow);
        let by_node: HashMap<NodeIndex, &Reached> = reached.iter().map(|r| (r.node, r)).collect();
        let mut edges = Vec::new();
        let mut at = *by_node.get(&to)?;
        while let Some((prev, e)) = at.via {
            edges.push(e);
            at = by_node[&prev];
        }
        edges.reverse();
        Some(edges)
    }

    /// Strongly connected components with more than one node, or one node calling itself.
    pub fn cycles(&self) -> Vec<Vec<NodeIndex>> {
        petgraph::algo::tarjan_scc(&self.graph)
            .into_iter()
            .filter(|c| c.len() > 1 || self.graph.contains_edge(c[0], c[0]))
            .collect()
    }

    /// The subgraph induced by `keep` (all of it when `None`) as a printable view.
    pub fn view(&self, model: &Model, keep: Option<&HashSet<NodeIndex>>) -> GraphView {
        let mut view = GraphView::new(self.name);
        let mut index: HashMap<NodeIndex, usize> = HashMap::new();
        for n in self.graph.node_indices() {
            if keep.is_some_and(|k| !k.contains(&n)) {
                continue;
            }
            let key = &self.graph[n];
            let symbol = key.symbol().map(|id| model.symbol(id));
            let site = symbol.and_then(|s| s.name_span.or(s.span));
            index.insert(n, view.nodes.len());
            view.nodes.push(ViewNode {
                id: self.node_id(model, n),
                label: key.label(model),
                kind: key.kind(model).to_string(),
                file: site.map(|s| model.file(s.file).path.clone()),
                line: site.map(|s| s.line),
                symbol: key.symbol(),
            });
        }
        for e in self.graph.edge_references() {
            let (Some(&a), Some(&b)) = (index.get(&e.source()), index.get(&e.target())) else {
                continue;
            };
            let w = e.weight();
            view.edges.push(ViewEdge {
                source: a,
                target: b,
                kind: w.kind.to_string(),
                file: w.span.map(|s| model.file(s.file).path.clone()),
                line: w.span.map(|s| s.line),
                count: w.count,
            });
        }
        view.sort();
        view
    }

    /// Nodes within `depth` of `start` in the given directions.
    pub fn neighbourhood(
        &self,
        start: NodeIndex,
        forward: bool,
        backward: bool,
        depth: Option<u32>,
    ) -> HashSet<NodeIndex> {
        let mut keep = HashSet::new();
        for (on, direction) in [
            (forward, Direction::Outgoing),
            (backward, Direction::Incoming),
        ] {
            if on {
                keep.extend(
                    self.walk(start, direction, depth, &|_, _| true)
                        .into_iter()
                        .map(|r| r.node),
                );
            }
        }
        keep
    }
}

/// A cheap identity for an edge kind label. Labels are `&'static str` constants; two equal
/// labels at different addresses only make the key finer, never wrong.
fn kind_key(kind: &'static str) -> usize {
    kind.as_ptr() as usize ^ (kind.len() << 48)
}

/// `file:line` of a span, relative to the project root.
pub fn site(model: &Model, span: Option<Span>) -> String {
    span.map(|s| format!("{}:{}", model.file(s.file).path, s.line))
        .unwrap_or_default()
}
