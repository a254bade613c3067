//! The one graph type every analysis runs on: a petgraph `DiGraph` whose nodes are model
//! symbols (or Java locals, or the exit of a COBOL program) and whose edges carry a kind, the
//! first statement that made them and how many statements did. The call, control, data-flow
//! and resource graphs are all built as a [`ProjectGraph`]; queries (reachability with a depth,
//! paths, strongly connected components) and printing are written once, here.

use std::collections::{HashMap, HashSet, VecDeque};

use rustc_hash::FxHashMap;

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
    /// A program the code calls or runs that is not in the project (`external`: outside the
    /// project, shown as `system` when it is in the model's system-service table;
    /// `unresolved`: not found), by the name the code used.
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
                // Parameters are named `#0:amount` already.
                let sep = if name.starts_with('#') { "" } else { "#" };
                format!("{}{sep}{name}", model.symbol(*owner).qualified_name)
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
            NodeKey::Missing {
                name,
                external: true,
            } if model.system_services.contains(name) => "system",
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
    /// [`edge_class`] of `kind`, computed once so walks compare small integers.
    pub class: u8,
    /// What the edge is to lineage and impact: value flow, structure, keys or control.
    pub flow: super::classes::EdgeClass,
    /// For an edge between one item of a group and something holding the whole record:
    /// [`part::GATHER`] (item → record, buffer, file) or [`part::SCATTER`] (record → item);
    /// [`part::NONE`] otherwise. Lineage and impact use it not to come back out of a record
    /// into every item of it.
    pub part: u8,
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
    /// Compact adjacency (outgoing, incoming) for fast walks, built by [`Self::freeze`].
    frozen: Option<[Adjacency; 2]>,
}

/// Edges of every node in one contiguous array: node `n`'s are `edges[start[n]..start[n+1]]`
/// as (neighbour, edge index, edge class).
#[derive(Debug, Default)]
struct Adjacency {
    start: Vec<u32>,
    edges: Vec<(u32, u32, u8)>,
}

impl Adjacency {
    fn build(graph: &DiGraph<NodeKey, EdgeInfo>, direction: Direction) -> Adjacency {
        let n = graph.node_count();
        let mut start = vec![0u32; n + 1];
        for e in graph.edge_references() {
            let from = match direction {
                Direction::Outgoing => e.source(),
                Direction::Incoming => e.target(),
            };
            start[from.index() + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut edges = vec![(0u32, 0u32, 0u8); graph.edge_count()];
        for e in graph.edge_references() {
            let (from, to) = match direction {
                Direction::Outgoing => (e.source(), e.target()),
                Direction::Incoming => (e.target(), e.source()),
            };
            let slot = &mut fill[from.index()];
            edges[*slot as usize] = (to.index() as u32, e.id().index() as u32, e.weight().class);
            *slot += 1;
        }
        Adjacency { start, edges }
    }

    fn of(&self, n: NodeIndex) -> &[(u32, u32, u8)] {
        let i = n.index();
        &self.edges[self.start[i] as usize..self.start[i + 1] as usize]
    }
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

    /// Builds the compact adjacency walks use; call after the last node and edge are added
    /// (adding more drops it).
    pub fn freeze(&mut self) {
        self.frozen = Some([
            Adjacency::build(&self.graph, Direction::Outgoing),
            Adjacency::build(&self.graph, Direction::Incoming),
        ]);
    }

    pub fn node(&mut self, key: NodeKey) -> NodeIndex {
        self.frozen = None;
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
        self.part_edge(a, b, kind, span, part::NONE);
    }

    /// [`Self::edge`] for an edge between an item of a group and a whole record ([`part`]);
    /// where the same edge is also a plain one, it stays plain.
    pub fn part_edge(
        &mut self,
        a: NodeIndex,
        b: NodeIndex,
        kind: &'static str,
        span: Option<Span>,
        part: u8,
    ) {
        self.frozen = None;
        let key = (a, b, kind);
        if let Some(&e) = self.edges.get(&key) {
            let info = &mut self.graph[e];
            info.count += 1;
            if part == part::NONE {
                info.part = part::NONE;
            }
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
                class: edge_class(kind),
                flow: super::classes::EdgeClass::of(kind),
                part,
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
    /// by a shortest accepted path. `follow` sees the edge a node was reached by; a node is
    /// explored again when reached by an edge of another [`edge_class`], so `follow` may
    /// depend on the class of the edge a node was reached by.
    pub fn walk(
        &self,
        start: NodeIndex,
        direction: Direction,
        max_depth: Option<u32>,
        follow: &dyn Fn(&EdgeInfo, Option<&EdgeInfo>) -> bool,
    ) -> Vec<Reached> {
        // Per node: bit 7 = reported; bits 0-3 = arrival classes already explored.
        let mut seen = vec![0u8; self.graph.node_count()];
        seen[start.index()] = 0x80 | 1;
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
            let mut visit = |next: NodeIndex, e: EdgeIndex, class: u8| {
                if !follow(&self.graph[e], arrived_by) {
                    return;
                }
                let bit = 1u8 << class;
                let state = &mut seen[next.index()];
                if *state & bit != 0 {
                    return;
                }
                let first = *state & 0x80 == 0;
                *state |= bit | 0x80;
                if first {
                    out.push(Reached {
                        node: next,
                        depth: depth + 1,
                        via: Some((node, e)),
                    });
                }
                queue.push_back((next, depth + 1, Some(e)));
            };
            match &self.frozen {
                Some(adjacency) => {
                    let side = &adjacency[usize::from(direction == Direction::Incoming)];
                    for &(next, e, class) in side.of(node) {
                        visit(
                            NodeIndex::new(next as usize),
                            EdgeIndex::new(e as usize),
                            class,
                        );
                    }
                }
                None => {
                    for e in self.graph.edges_directed(node, direction) {
                        let next = match direction {
                            Direction::Outgoing => e.target(),
                            Direction::Incoming => e.source(),
                        };
                        visit(next, e.id(), e.weight().class);
                    }
                }
            }
        }
        out
    }

    /// Breadth-first walk like [`Self::walk`], where what may be taken depends on a small
    /// state (below 16) carried along the path: `step` gets the edge and the state the node
    /// was reached in, and gives the state the next node is reached in, or `None` not to
    /// take the edge. The start is in state 0; a node is explored once per state.
    pub fn walk_states(
        &self,
        start: NodeIndex,
        direction: Direction,
        max_depth: Option<u32>,
        step: &dyn Fn(&EdgeInfo, u8) -> Option<u8>,
    ) -> Vec<Reached> {
        let mut seen = vec![0u16; self.graph.node_count()];
        let mut reported = vec![false; self.graph.node_count()];
        seen[start.index()] = 1;
        reported[start.index()] = true;
        let mut out = vec![Reached {
            node: start,
            depth: 0,
            via: None,
        }];
        let mut queue: VecDeque<(NodeIndex, u32, u8)> = VecDeque::from([(start, 0, 0)]);
        while let Some((node, depth, state)) = queue.pop_front() {
            if max_depth.is_some_and(|d| depth >= d) {
                continue;
            }
            let mut visit = |next: NodeIndex, e: EdgeIndex| {
                let Some(next_state) = step(&self.graph[e], state) else {
                    return;
                };
                let bit = 1u16 << (next_state & 15);
                if seen[next.index()] & bit != 0 {
                    return;
                }
                seen[next.index()] |= bit;
                if !reported[next.index()] {
                    reported[next.index()] = true;
                    out.push(Reached {
                        node: next,
                        depth: depth + 1,
                        via: Some((node, e)),
                    });
                }
                queue.push_back((next, depth + 1, next_state & 15));
            };
            match &self.frozen {
                Some(adjacency) => {
                    let side = &adjacency[usize::from(direction == Direction::Incoming)];
                    for &(next, e, _) in side.of(node) {
                        visit(NodeIndex::new(next as usize), EdgeIndex::new(e as usize));
                    }
                }
                None => {
                    for e in self.graph.edges_directed(node, direction) {
                        let next = match direction {
                            Direction::Outgoing => e.target(),
                            Direction::Incoming => e.source(),
                        };
                        visit(next, e.id());
                    }
                }
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

/// Edge classes walks tell apart (see [`ProjectGraph::walk`]); 0 stands for the start.
pub mod class {
    pub const CONTAINS: u8 = 1;
    pub const CONTAINED_BY: u8 = 2;
    /// Data item → the procedure whose statement reads it.
    pub const READ_BY: u8 = 3;
    /// Procedure → the item it writes.
    pub const WRITES: u8 = 4;
    /// Procedure or program → who performs or calls it.
    pub const DEPENDED_ON_BY: u8 = 5;
    pub const OTHER: u8 = 6;
}

/// What an edge is between an item of a group and a whole record ([`EdgeInfo::part`]).
pub mod part {
    pub const NONE: u8 = 0;
    /// An item of a group → something holding the record whole (an elementary buffer, a file,
    /// a table): where in the record it was is lost.
    pub const GATHER: u8 = 1;
    /// Something holding a record whole → one item of a group.
    pub const SCATTER: u8 = 2;
}

/// The class of an edge kind label.
pub fn edge_class(kind: &str) -> u8 {
    match kind {
        "contains" => class::CONTAINS,
        "contained-by" => class::CONTAINED_BY,
        "read-by" => class::READ_BY,
        "writes" => class::WRITES,
        "performed-by" | "called-by" => class::DEPENDED_ON_BY,
        _ => class::OTHER,
    }
}

/// `file:line` of a span, relative to the project root.
pub fn site(model: &Model, span: Option<Span>) -> String {
    span.map(|s| format!("{}:{}", model.file(s.file).path, s.line))
        .unwrap_or_default()
}
