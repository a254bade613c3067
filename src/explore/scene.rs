//! What the graph view draws, without GUI types: the neighbourhood of a symbol (or an impact
//! result) in one project graph, filtered, bundled and laid out by [`crate::explore::layout`].
//! Node kinds have one shape and colour here, so the painter, the legend and the SVG and DOT
//! exports agree.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use petgraph::Direction as Dir;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::layout::{self, Direction};
use super::workspace::{GraphKind, Workspace};
use crate::graphs::export::{dot_quote, xml_escape};
use crate::graphs::graph::{NodeKey, ProjectGraph};
use crate::graphs::impact::ImpactReport;
use crate::model::SymbolId;

/// The most nodes a scene lays out; beyond it the farthest are left out with a note.
pub const MAX_NODES: usize = 2500;

/// What to show.
#[derive(Debug, Clone, PartialEq)]
pub struct SceneRequest {
    pub graph: GraphKind,
    /// Start nodes (usually the active symbol).
    pub focus: Vec<NodeKey>,
    /// Walk edges backward (who calls / performs / flows into the focus).
    pub callers: bool,
    /// Walk edges forward.
    pub callees: bool,
    /// Edges away from the focus, at least 1.
    pub depth: u32,
    pub hidden: BTreeSet<NodeKey>,
    /// Shown whatever the filters and depth (when in the graph).
    pub pinned: BTreeSet<NodeKey>,
    pub hidden_node_kinds: BTreeSet<String>,
    pub hidden_edge_kinds: BTreeSet<String>,
    /// A node with more than this many neighbours of one kind shows them as one bundle.
    pub bundle_threshold: usize,
    /// Bundles opened by the user: (the node they hang off, their kind).
    pub expanded: BTreeSet<(NodeKey, String)>,
    pub direction: Direction,
    pub max_nodes: usize,
}

impl Default for SceneRequest {
    fn default() -> Self {
        SceneRequest {
            graph: GraphKind::Calls,
            focus: Vec::new(),
            callers: true,
            callees: true,
            depth: 2,
            hidden: BTreeSet::new(),
            pinned: BTreeSet::new(),
            hidden_node_kinds: BTreeSet::new(),
            hidden_edge_kinds: BTreeSet::new(),
            bundle_threshold: 12,
            expanded: BTreeSet::new(),
            direction: Direction::LeftToRight,
            max_nodes: MAX_NODES,
        }
    }
}

impl SceneRequest {
    /// The neighbourhood of a symbol in a graph, with default options.
    pub fn for_symbol(graph: GraphKind, symbol: SymbolId) -> SceneRequest {
        SceneRequest {
            graph,
            focus: vec![NodeKey::Symbol(symbol)],
            ..SceneRequest::default()
        }
    }
}

/// How a node is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeShape {
    Rect,
    Rounded,
    Ellipse,
    /// DB tables and views.
    Cylinder,
    /// A sheet with a folded corner: files, datasets, maps, copybooks.
    Document,
    Diamond,
    Hexagon,
    Parallelogram,
    Octagon,
    /// System services: IBM run-time routines and utilities.
    Trapezoid,
    Circle,
    /// Several sheets: a bundle of nodes.
    Stack,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeStyle {
    pub shape: NodeShape,
    /// Fill colour, RGB.
    pub fill: [u8; 3],
}

/// The style of a node kind (labels of [`NodeKey::kind`]).
pub fn style_of(kind: &str) -> NodeStyle {
    use NodeShape::*;
    let (shape, fill) = match kind {
        "program" => (Rect, 0x9dc3e6),
        "section" => (Rect, 0xc5e0b4),
        "paragraph" => (Rounded, 0xe2f0d9),
        "data-item" => (Ellipse, 0xfff2cc),
        "condition-name" => (Ellipse, 0xffe699),
        "index-name" => (Ellipse, 0xfbe5d6),
        "file" => (Document, 0xf8cbad),
        "copybook" => (Document, 0xededed),
        "dataset" => (Document, 0xf4b183),
        "db-table" => (Cylinder, 0xb4a7d6),
        "db-view" => (Cylinder, 0xd9d2e9),
        "db-column" => (Ellipse, 0xe4dfec),
        "jcl-job" => (Hexagon, 0xbdd7ee),
        "jcl-step" => (Rounded, 0xddebf7),
        "jcl-proc" => (Hexagon, 0xdeebf7),
        "jcl-dd" => (Parallelogram, 0xdae3f3),
        "cics-transaction" => (Diamond, 0xf9cb9c),
        "cics-map" => (Document, 0xfce4d6),
        "cics-mapset" => (Document, 0xf8d5c0),
        "screen-field" => (Ellipse, 0xfdeee4),
        "package" => (Rect, 0xd9d9d9),
        "class" | "record" => (Rect, 0xc9daf8),
        "interface" | "annotation" => (Rect, 0xcfe2f3),
        "enum" => (Rect, 0xd0e0e3),
        "method" | "constructor" | "initializer" => (Rounded, 0xa4c2f4),
        "field" | "enum-constant" => (Ellipse, 0xd9ead3),
        "local" => (Ellipse, 0xeeeeee),
        "system" => (Trapezoid, 0xc6d9c0),
        "external" => (Octagon, 0xd9d9d9),
        "unresolved" => (Octagon, 0xf4a6a6),
        "end" => (Circle, 0xbfbfbf),
        _ => (Rect, 0xffffff),
    };
    NodeStyle {
        shape,
        fill: [(fill >> 16) as u8, (fill >> 8) as u8, fill as u8],
    }
}

/// Colour (RGB) and dashing of an edge kind.
pub fn edge_style(kind: &str) -> ([u8; 3], bool) {
    let (rgb, dashed) = match kind {
        "fall-through" => (0x7f7f7f, true),
        "contains" | "contained-by" => (0x7f7f7f, true),
        "call" | "executes" | "called-by" => (0x1f4e79, false),
        "instantiate" => (0x1f4e79, true),
        "perform" | "perform-thru" | "performed-by" | "entry" => (0x38761d, false),
        "go-to" => (0xc00000, false),
        "alter" => (0x7030a0, false),
        "read" | "sql-select" | "R" | "read-by" | "receive" => (0x2f5597, false),
        "write" | "update" | "delete" | "sql-insert" | "sql-update" | "sql-delete" | "C" | "U"
        | "D" | "writes" | "send" => (0xc55a11, false),
        "screen-input" | "screen-output" => (0x0b7a75, false),
        "move" => (0x7030a0, false),
        "first-step" | "next-step" => (0x7f7f7f, false),
        "feeds" => (0x2f5597, false),
        // Resolved through the values that reach a data item: the call's colour, dashed.
        k if k.ends_with("-dynamic") => (0x0b7a75, true),
        k if k.starts_with("cics-") => (0x0b7a75, false),
        "transid" | "csd-transaction" => (0x0b7a75, false),
        _ => (0x404040, false),
    };
    ([(rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8], dashed)
}

/// `#rrggbb`.
pub fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// Nodes of one kind collapsed into one.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    pub count: usize,
    /// Kind of the bundled nodes.
    pub kind: &'static str,
    /// The node they hang off.
    pub parent: NodeKey,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SceneNode {
    /// Unique within the scene: the node's display id (`PAYCALC.8000-CALL-ROUNDING`).
    pub id: String,
    /// Short label drawn in the node.
    pub label: String,
    pub kind: &'static str,
    pub style: NodeStyle,
    /// Centre.
    pub pos: [f32; 2],
    pub size: [f32; 2],
    pub symbol: Option<SymbolId>,
    pub node: Option<NodeIndex>,
    pub key: Option<NodeKey>,
    /// `file:line` where it is defined.
    pub site: Option<String>,
    pub is_focus: bool,
    pub pinned: bool,
    pub bundle: Option<Bundle>,
}

impl SceneNode {
    /// Top-left and bottom-right corners.
    pub fn rect(&self) -> [[f32; 2]; 2] {
        let [x, y] = self.pos;
        let [w, h] = self.size;
        [[x - w / 2.0, y - h / 2.0], [x + w / 2.0, y + h / 2.0]]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SceneEdge {
    pub from: usize,
    pub to: usize,
    pub kind: &'static str,
    /// Statements making the edge, or nodes in a bundle.
    pub count: u32,
    pub points: Vec<[f32; 2]>,
}

/// A laid-out subgraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    pub graph: Option<GraphKind>,
    pub nodes: Vec<SceneNode>,
    pub edges: Vec<SceneEdge>,
    pub width: f32,
    pub height: f32,
    /// Shown to the user when something was left out (node limit).
    pub note: Option<String>,
    /// The focus is not a node of the chosen graph.
    pub focus_missing: bool,
    /// Node and edge kinds of the whole neighbourhood before kind filters (for filter menus).
    pub node_kinds: Vec<&'static str>,
    pub edge_kinds: Vec<&'static str>,
}

/// One node reached by the walk.
struct Reach {
    node: NodeIndex,
    parent: Option<NodeIndex>,
    /// Reached along edges (true) or against them.
    forward: bool,
    edge_kind: &'static str,
}

/// The graphs a symbol is a node of.
pub fn graphs_containing(ws: &Workspace, symbol: SymbolId) -> Vec<GraphKind> {
    GraphKind::PICKABLE
        .into_iter()
        .filter(|&k| ws.graphs.get(k).find(&NodeKey::Symbol(symbol)).is_some())
        .collect()
}

/// The symbol with the most edges (in + out) in a graph: a hub whose neighbourhood is large,
/// for benchmarks (callers and callees to depth 6 of it fill the node limit in a big estate).
pub fn busiest_symbol(ws: &Workspace, graph: GraphKind) -> Option<SymbolId> {
    let g = ws.graphs.get(graph);
    g.graph
        .node_indices()
        .filter_map(|n| {
            let id = g.key(n).symbol()?;
            let degree = g.graph.edges_directed(n, Dir::Outgoing).count()
                + g.graph.edges_directed(n, Dir::Incoming).count();
            Some((degree, std::cmp::Reverse(n.index()), id))
        })
        .max()
        .map(|(_, _, id)| id)
}

impl Scene {
    /// The neighbourhood of the request's focus in its graph.
    pub fn build(ws: &Workspace, req: &SceneRequest) -> Scene {
        let g = ws.graphs.get(req.graph);
        let focus: Vec<NodeIndex> = req.focus.iter().filter_map(|k| g.find(k)).collect();
        if focus.is_empty() {
            return Scene {
                graph: Some(req.graph),
                focus_missing: !req.focus.is_empty(),
                ..Scene::default()
            };
        }
        let filter = Filter::new(g, ws, req, &focus);
        let mut reached: Vec<Reach> = focus
            .iter()
            .map(|&n| Reach {
                node: n,
                parent: None,
                forward: true,
                edge_kind: "",
            })
            .collect();
        let mut seen: HashMap<NodeIndex, ()> = focus.iter().map(|&n| (n, ())).collect();
        let mut kinds = KindsSeen::default();
        for &n in &focus {
            kinds.node(g.key(n).kind(&ws.model));
        }
        for (on, dir) in [(req.callees, Dir::Outgoing), (req.callers, Dir::Incoming)] {
            if !on {
                continue;
            }
            let mut here: HashMap<NodeIndex, ()> = focus.iter().map(|&n| (n, ())).collect();
            let mut frontier = focus.clone();
            for _ in 0..req.depth.max(1) {
                let mut next = Vec::new();
                for &n in &frontier {
                    for e in g.graph.edges_directed(n, dir) {
                        let other = if dir == Dir::Outgoing {
                            e.target()
                        } else {
                            e.source()
                        };
                        let kind = e.weight().kind;
                        kinds.edge(kind);
                        kinds.node(g.key(other).kind(&ws.model));
                        if !filter.edge_ok(kind) || !filter.node_ok(other) {
                            continue;
                        }
                        if here.insert(other, ()).is_some() {
                            continue;
                        }
                        next.push(other);
                        if seen.insert(other, ()).is_none() {
                            reached.push(Reach {
                                node: other,
                                parent: Some(n),
                                forward: dir == Dir::Outgoing,
                                edge_kind: kind,
                            });
                        }
                    }
                }
                frontier = next;
            }
        }
        finish(ws, g, req, &focus, reached, &filter, kinds)
    }

    /// The nodes an impact or lineage walk reached on `ws.graphs.impact`, with the edges
    /// between them; the starts are the focus. The request's filters, hidden and pinned
    /// nodes and bundling apply; its focus, direction toggles and depth do not.
    pub fn from_impact(ws: &Workspace, report: &ImpactReport, req: &SceneRequest) -> Scene {
        let g = &ws.graphs.impact;
        let focus = report.starts.clone();
        let filter = Filter::new(g, ws, req, &focus);
        let mut kinds = KindsSeen::default();
        let mut reached: Vec<Reach> = Vec::new();
        let mut seen: HashMap<NodeIndex, ()> = HashMap::new();
        for &s in &focus {
            if seen.insert(s, ()).is_none() {
                reached.push(Reach {
                    node: s,
                    parent: None,
                    forward: true,
                    edge_kind: "",
                });
            }
        }
        for entry in &report.nodes {
            kinds.node(g.key(entry.node).kind(&ws.model));
            let Some((prev, e)) = entry.via else {
                continue;
            };
            let kind = g.graph[e].kind;
            kinds.edge(kind);
            if !filter.edge_ok(kind) || !filter.node_ok(entry.node) {
                continue;
            }
            if seen.insert(entry.node, ()).is_none() {
                reached.push(Reach {
                    node: entry.node,
                    parent: Some(prev),
                    forward: !report.backward,
                    edge_kind: kind,
                });
            }
        }
        let mut scene = finish(ws, g, req, &focus, reached, &filter, kinds);
        scene.graph = Some(GraphKind::Impact);
        scene
    }

    /// Index of the node for a graph node.
    pub fn find(&self, key: &NodeKey) -> Option<usize> {
        self.nodes.iter().position(|n| n.key.as_ref() == Some(key))
    }

    /// Index of the node with this label (first one).
    pub fn find_label(&self, label: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.label == label)
    }

    /// The node kinds shown, in name order, with their styles.
    pub fn legend(&self) -> Vec<(&'static str, NodeStyle)> {
        let kinds: BTreeSet<&'static str> = self
            .nodes
            .iter()
            .map(|n| n.bundle.as_ref().map_or(n.kind, |b| b.kind))
            .collect();
        kinds.into_iter().map(|k| (k, style_of(k))).collect()
    }

    /// Graphviz DOT of the scene (Graphviz re-lays it out), shapes and colours by kind.
    pub fn to_dot(&self) -> String {
        let name = self.graph.map_or("graph", GraphKind::label);
        let mut out = String::new();
        let _ = writeln!(out, "digraph {} {{", dot_quote(name));
        let rankdir = if self.is_left_to_right() { "LR" } else { "TB" };
        let _ = writeln!(out, "  rankdir={rankdir};");
        out.push_str("  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
        out.push_str("  edge [fontname=\"Helvetica\", fontsize=8];\n");
        for n in &self.nodes {
            let (shape, extra) = match n.style.shape {
                NodeShape::Rect => ("box", ""),
                NodeShape::Rounded => ("box", ", style=\"filled,rounded\""),
                NodeShape::Ellipse => ("ellipse", ""),
                NodeShape::Cylinder => ("cylinder", ""),
                NodeShape::Document => ("note", ""),
                NodeShape::Diamond => ("diamond", ""),
                NodeShape::Hexagon => ("hexagon", ""),
                NodeShape::Parallelogram => ("parallelogram", ""),
                NodeShape::Octagon => ("octagon", ""),
                NodeShape::Trapezoid => ("trapezium", ""),
                NodeShape::Circle => ("doublecircle", ""),
                NodeShape::Stack => ("box3d", ""),
            };
            let pen = if n.is_focus { ", penwidth=3" } else { "" };
            let _ = writeln!(
                out,
                "  {} [label={}, kind={}, shape={shape}, fillcolor=\"{}\"{extra}{pen}];",
                dot_quote(&n.id),
                dot_quote(&n.label),
                dot_quote(n.kind),
                hex(n.style.fill)
            );
        }
        for e in &self.edges {
            let (rgb, dashed) = edge_style(e.kind);
            let mut attrs = format!("kind={}, color=\"{}\"", dot_quote(e.kind), hex(rgb));
            if dashed {
                attrs.push_str(", style=dashed");
            }
            if e.count > 1 {
                let _ = write!(attrs, ", label=\"{}\"", e.count);
            }
            let _ = writeln!(
                out,
                "  {} -> {} [{attrs}];",
                dot_quote(&self.nodes[e.from].id),
                dot_quote(&self.nodes[e.to].id)
            );
        }
        out.push_str("}\n");
        out
    }

    fn is_left_to_right(&self) -> bool {
        // Edges of a left-to-right drawing mostly advance in x.
        let (mut dx, mut dy) = (0.0f32, 0.0f32);
        for e in &self.edges {
            let (a, b) = (self.nodes[e.from].pos, self.nodes[e.to].pos);
            dx += (b[0] - a[0]).abs();
            dy += (b[1] - a[1]).abs();
        }
        dx >= dy
    }

    /// A self-contained SVG drawing with the same shapes, colours and positions as the view,
    /// and the legend below it.
    pub fn to_svg(&self) -> String {
        let margin = 20.0;
        let legend = self.legend();
        let legend_height = if legend.is_empty() {
            0.0
        } else {
            24.0 + 22.0 * legend.len() as f32
        };
        let width = self.width + 2.0 * margin;
        let height = self.height + 2.0 * margin + legend_height;
        let mut out = String::with_capacity(200 + 400 * self.nodes.len());
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"{:.1} {:.1} {width:.1} {height:.1}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
            -margin, -margin
        );
        // One arrowhead marker per edge colour (SVG 1.1 has no `context-stroke`).
        let colours: BTreeSet<String> = self
            .edges
            .iter()
            .map(|e| hex(edge_style(e.kind).0))
            .collect();
        out.push_str("<defs>");
        for c in &colours {
            let _ = write!(
                out,
                "<marker id=\"arrow-{}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{c}\"/></marker>",
                &c[1..]
            );
        }
        out.push_str("</defs>\n");
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" fill=\"#ffffff\"/>",
            -margin, -margin
        );
        let _ = writeln!(
            out,
            "<title>{}</title>",
            xml_escape(self.graph.map_or("graph", GraphKind::label))
        );
        out.push_str("<g class=\"edges\">\n");
        for e in &self.edges {
            let (rgb, dashed) = edge_style(e.kind);
            let colour = hex(rgb);
            let points: Vec<String> = e
                .points
                .iter()
                .map(|p| format!("{:.1},{:.1}", p[0], p[1]))
                .collect();
            let dash = if dashed {
                " stroke-dasharray=\"5,3\""
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.2\"{dash} marker-end=\"url(#arrow-{})\"><title>{}</title></polyline>",
                points.join(" "),
                &colour[1..],
                xml_escape(e.kind)
            );
            if e.count > 1
                && let Some(m) = midpoint(&e.points)
            {
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">{}</text>",
                    m[0],
                    m[1] - 3.0,
                    e.count
                );
            }
        }
        out.push_str("</g>\n<g class=\"nodes\">\n");
        for n in &self.nodes {
            let stroke = if n.is_focus { 3.0 } else { 1.0 };
            let _ = writeln!(out, "<g><title>{}</title>", xml_escape(&n.id));
            svg_shape(&mut out, n.style, n.pos, n.size, stroke);
            let _ = writeln!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"#000000\">{}</text></g>",
                n.pos[0],
                n.pos[1],
                xml_escape(&n.label)
            );
        }
        out.push_str("</g>\n");
        if !legend.is_empty() {
            let top = self.height + 10.0;
            out.push_str("<g class=\"legend\">\n");
            let _ = writeln!(
                out,
                "<text x=\"0\" y=\"{:.1}\" font-weight=\"bold\">Legend</text>",
                top + 6.0
            );
            for (i, (kind, style)) in legend.iter().enumerate() {
                let y = top + 26.0 + 22.0 * i as f32;
                svg_shape(&mut out, *style, [20.0, y], [36.0, 16.0], 1.0);
                let _ = writeln!(
                    out,
                    "<text x=\"46\" y=\"{y:.1}\" dominant-baseline=\"central\">{}</text>",
                    xml_escape(kind)
                );
            }
            out.push_str("</g>\n");
        }
        out.push_str("</svg>\n");
        out
    }
}

/// A laid-out scene of `nodes` nodes and about `edges` edges of mixed kinds, with no project
/// behind it: for frame-time and layout benchmarks.
pub fn synthetic(nodes: usize, edges: usize) -> Scene {
    const KINDS: [&str; 6] = [
        "program",
        "paragraph",
        "data-item",
        "db-table",
        "dataset",
        "method",
    ];
    const EDGE_KINDS: [&str; 4] = ["call", "perform", "move", "sql-select"];
    let (_, pairs) = layout::synthetic(nodes, edges, 42);
    let mut scene_nodes: Vec<SceneNode> = (0..nodes)
        .map(|i| {
            let kind = KINDS[i % KINDS.len()];
            let style = style_of(kind);
            let label = format!("{}-{i:05}", kind.to_ascii_uppercase());
            SceneNode {
                id: format!("N.{label}"),
                size: node_size(style.shape, &label),
                label,
                kind,
                style,
                pos: [0.0; 2],
                symbol: None,
                node: None,
                key: None,
                site: None,
                is_focus: i == 0,
                pinned: false,
                bundle: None,
            }
        })
        .collect();
    let mut scene_edges: Vec<SceneEdge> = pairs
        .iter()
        .enumerate()
        .map(|(k, &(from, to))| SceneEdge {
            from,
            to,
            kind: EDGE_KINDS[k % EDGE_KINDS.len()],
            count: 1 + (k % 3) as u32,
            points: Vec::new(),
        })
        .collect();
    let sizes: Vec<[f32; 2]> = scene_nodes.iter().map(|n| n.size).collect();
    let drawing = layout::layered(&sizes, &pairs, &layout::Options::default());
    for (n, p) in scene_nodes.iter_mut().zip(&drawing.positions) {
        n.pos = *p;
    }
    for (e, line) in scene_edges.iter_mut().zip(drawing.edges) {
        e.points = line;
    }
    Scene {
        graph: Some(GraphKind::Calls),
        nodes: scene_nodes,
        edges: scene_edges,
        width: drawing.width,
        height: drawing.height,
        ..Scene::default()
    }
}

/// The point halfway along a polyline.
pub fn midpoint(points: &[[f32; 2]]) -> Option<[f32; 2]> {
    let seg = |a: [f32; 2], b: [f32; 2]| (b[0] - a[0]).hypot(b[1] - a[1]);
    let total: f32 = points.windows(2).map(|w| seg(w[0], w[1])).sum();
    let mut left = total / 2.0;
    for w in points.windows(2) {
        let l = seg(w[0], w[1]);
        if l >= left && l > 0.0 {
            let t = left / l;
            return Some([
                w[0][0] + (w[1][0] - w[0][0]) * t,
                w[0][1] + (w[1][1] - w[0][1]) * t,
            ]);
        }
        left -= l;
    }
    points.first().copied()
}

/// The outline of a polygonal shape (all but rect, rounded, ellipse and circle), convex, as
/// points around `centre`.
pub fn outline(shape: NodeShape, centre: [f32; 2], size: [f32; 2]) -> Vec<[f32; 2]> {
    let [x, y] = centre;
    let (w, h) = (size[0] / 2.0, size[1] / 2.0);
    let pts: Vec<[f32; 2]> = match shape {
        NodeShape::Diamond => vec![[x, y - h], [x + w, y], [x, y + h], [x - w, y]],
        NodeShape::Hexagon => {
            let c = h.min(w / 3.0);
            vec![
                [x - w + c, y - h],
                [x + w - c, y - h],
                [x + w, y],
                [x + w - c, y + h],
                [x - w + c, y + h],
                [x - w, y],
            ]
        }
        NodeShape::Octagon => {
            let c = (h * 0.6).min(w / 3.0);
            vec![
                [x - w + c, y - h],
                [x + w - c, y - h],
                [x + w, y - h + c],
                [x + w, y + h - c],
                [x + w - c, y + h],
                [x - w + c, y + h],
                [x - w, y + h - c],
                [x - w, y - h + c],
            ]
        }
        NodeShape::Trapezoid => {
            let s = h.min(w / 5.0);
            vec![
                [x - w + s, y - h],
                [x + w - s, y - h],
                [x + w, y + h],
                [x - w, y + h],
            ]
        }
        NodeShape::Parallelogram => {
            let s = h.min(w / 4.0);
            vec![
                [x - w + s, y - h],
                [x + w, y - h],
                [x + w - s, y + h],
                [x - w, y + h],
            ]
        }
        NodeShape::Document => {
            let c = (h * 0.7).min(w / 3.0);
            vec![
                [x - w, y - h],
                [x + w - c, y - h],
                [x + w, y - h + c],
                [x + w, y + h],
                [x - w, y + h],
            ]
        }
        NodeShape::Cylinder => {
            // Elliptic caps of height `r` on top and bottom.
            let r = h * 0.3;
            let mut pts = Vec::with_capacity(20);
            for i in 0..=8 {
                let a = std::f32::consts::PI * i as f32 / 8.0;
                pts.push([x - w * a.cos(), y - h + r - r * a.sin()]);
            }
            for i in 0..=8 {
                let a = std::f32::consts::PI * i as f32 / 8.0;
                pts.push([x + w * a.cos(), y + h - r + r * a.sin()]);
            }
            pts
        }
        NodeShape::Rect | NodeShape::Rounded | NodeShape::Stack => vec![
            [x - w, y - h],
            [x + w, y - h],
            [x + w, y + h],
            [x - w, y + h],
        ],
        NodeShape::Ellipse | NodeShape::Circle => (0..24)
            .map(|i| {
                let a = std::f32::consts::TAU * i as f32 / 24.0;
                [x + w * a.cos(), y + h * a.sin()]
            })
            .collect(),
    };
    pts
}

fn svg_shape(out: &mut String, style: NodeStyle, c: [f32; 2], size: [f32; 2], stroke: f32) {
    let fill = hex(style.fill);
    let paint = format!("fill=\"{fill}\" stroke=\"#333333\" stroke-width=\"{stroke}\"");
    let (x, y, w, h) = (c[0] - size[0] / 2.0, c[1] - size[1] / 2.0, size[0], size[1]);
    match style.shape {
        NodeShape::Rect => {
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" {paint}/>"
            );
        }
        NodeShape::Rounded => {
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"6\" {paint}/>"
            );
        }
        NodeShape::Stack => {
            for k in [2.0, 0.0] {
                let _ = writeln!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"3\" {paint}/>",
                    x + 2.0 * k,
                    y - 2.0 * k
                );
            }
        }
        NodeShape::Ellipse => {
            let _ = writeln!(
                out,
                "<ellipse cx=\"{:.1}\" cy=\"{:.1}\" rx=\"{:.1}\" ry=\"{:.1}\" {paint}/>",
                c[0],
                c[1],
                w / 2.0,
                h / 2.0
            );
        }
        NodeShape::Circle => {
            let r = w.min(h) / 2.0;
            for rr in [r, r - 3.0] {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{rr:.1}\" {paint}/>",
                    c[0], c[1]
                );
            }
        }
        shape => {
            let pts: Vec<String> = outline(shape, c, size)
                .iter()
                .map(|p| format!("{:.1},{:.1}", p[0], p[1]))
                .collect();
            let _ = writeln!(out, "<polygon points=\"{}\" {paint}/>", pts.join(" "));
            if shape == NodeShape::Cylinder {
                let r = h / 2.0 * 0.3;
                let _ = writeln!(
                    out,
                    "<path d=\"M{x:.1},{:.1} A{:.1},{r:.1} 0 0 0 {:.1},{:.1}\" fill=\"none\" stroke=\"#333333\"/>",
                    y + r,
                    w / 2.0,
                    x + w,
                    y + r
                );
            }
        }
    }
}

/// Node and edge kinds met in the neighbourhood (before kind filters).
#[derive(Default)]
struct KindsSeen {
    nodes: BTreeSet<&'static str>,
    edges: BTreeSet<&'static str>,
}

impl KindsSeen {
    fn node(&mut self, k: &'static str) {
        self.nodes.insert(k);
    }
    fn edge(&mut self, k: &'static str) {
        self.edges.insert(k);
    }
}

/// Which nodes and edges the request lets through.
struct Filter<'a> {
    g: &'a ProjectGraph,
    ws: &'a Workspace,
    req: &'a SceneRequest,
    always: BTreeSet<NodeIndex>,
}

impl<'a> Filter<'a> {
    fn new(
        g: &'a ProjectGraph,
        ws: &'a Workspace,
        req: &'a SceneRequest,
        focus: &[NodeIndex],
    ) -> Self {
        let mut always: BTreeSet<NodeIndex> = focus.iter().copied().collect();
        always.extend(req.pinned.iter().filter_map(|k| g.find(k)));
        Filter { g, ws, req, always }
    }

    fn node_ok(&self, n: NodeIndex) -> bool {
        if self.always.contains(&n) {
            return true;
        }
        let key = self.g.key(n);
        !self.req.hidden.contains(key)
            && !self
                .req
                .hidden_node_kinds
                .contains(key.kind(&self.ws.model))
    }

    fn edge_ok(&self, kind: &str) -> bool {
        !self.req.hidden_edge_kinds.contains(kind)
    }
}

/// Estimated label width in scene units (the painter draws 12 px text at zoom 1).
fn label_width(label: &str) -> f32 {
    label
        .chars()
        .map(|c| match c {
            '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'j' | 'l' | 'I' | '(' | ')' | ' ' => {
                3.5
            }
            'f' | 't' | 'r' | '1' | '-' => 5.0,
            'm' | 'w' | 'M' | 'W' => 10.8,
            c if c.is_ascii_lowercase() => 6.4,
            c if c.is_ascii_digit() => 7.0,
            _ => 7.8,
        })
        .sum()
}

fn short_label(label: &str) -> String {
    const MAX: usize = 36;
    if label.chars().count() <= MAX {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(MAX - 1).collect();
        s.push('…');
        s
    }
}

fn node_size(shape: NodeShape, label: &str) -> [f32; 2] {
    let text = label_width(label) + 16.0;
    match shape {
        NodeShape::Ellipse => [(text * 1.2).max(50.0), 28.0],
        NodeShape::Diamond => [(text * 1.5).max(50.0), 36.0],
        NodeShape::Hexagon
        | NodeShape::Octagon
        | NodeShape::Parallelogram
        | NodeShape::Trapezoid => [(text + 20.0).max(50.0), 28.0],
        NodeShape::Cylinder => [text.max(50.0), 36.0],
        NodeShape::Circle => [text.max(34.0), text.max(34.0)],
        _ => [text.max(40.0), 26.0],
    }
}

fn finish(
    ws: &Workspace,
    g: &ProjectGraph,
    req: &SceneRequest,
    focus: &[NodeIndex],
    mut reached: Vec<Reach>,
    filter: &Filter,
    kinds: KindsSeen,
) -> Scene {
    let model = &ws.model;
    // Pinned nodes of this graph join whatever the walk found.
    {
        let mut present: BTreeSet<NodeIndex> = reached.iter().map(|r| r.node).collect();
        for key in &req.pinned {
            if let Some(n) = g.find(key)
                && present.insert(n)
            {
                reached.push(Reach {
                    node: n,
                    parent: None,
                    forward: true,
                    edge_kind: "",
                });
            }
        }
    }
    let is_focus: BTreeSet<NodeIndex> = focus.iter().copied().collect();

    // Bundles: children of one parent reached the same way, of one kind, beyond the
    // threshold (focus and pinned nodes never bundle).
    let mut groups: BTreeMap<(NodeIndex, bool, &'static str), Vec<usize>> = BTreeMap::new();
    for (i, r) in reached.iter().enumerate() {
        if let Some(p) = r.parent
            && !filter.always.contains(&r.node)
        {
            let kind = g.key(r.node).kind(model);
            groups.entry((p, r.forward, kind)).or_default().push(i);
        }
    }
    let mut bundled_in: Vec<Option<usize>> = vec![None; reached.len()];
    // (parent, forward, kind, members, edge kind)
    let mut bundles: Vec<(NodeIndex, bool, &'static str, usize, &'static str)> = Vec::new();
    for ((p, forward, kind), members) in &groups {
        if members.len() <= req.bundle_threshold {
            continue;
        }
        let parent_key = g.key(*p).clone();
        if req.expanded.contains(&(parent_key, kind.to_string())) {
            continue;
        }
        let b = bundles.len();
        let edge_kind = reached[members[0]].edge_kind;
        bundles.push((*p, *forward, kind, members.len(), edge_kind));
        for &m in members {
            bundled_in[m] = Some(b);
        }
    }
    // Keep a node when its parent is kept and it is not bundled (a bundle hides what was
    // reached through its members).
    let mut kept_set: BTreeSet<NodeIndex> = BTreeSet::new();
    let mut kept: Vec<usize> = Vec::new();
    for (i, r) in reached.iter().enumerate() {
        let keep = filter.always.contains(&r.node)
            || (bundled_in[i].is_none() && r.parent.is_some_and(|p| kept_set.contains(&p)));
        if keep {
            kept_set.insert(r.node);
            kept.push(i);
        }
    }
    let bundles: Vec<_> = bundles
        .into_iter()
        .filter(|b| kept_set.contains(&b.0))
        .collect();

    // Node limit: the first nodes in walk order (nearest first) and every focus/pinned one.
    let mut note = None;
    let limit = req.max_nodes.max(1);
    if kept.len() + bundles.len() > limit {
        let total = kept.len() + bundles.len();
        let mut out = Vec::with_capacity(limit);
        let mut room = limit.saturating_sub(bundles.len());
        for &i in &kept {
            if filter.always.contains(&reached[i].node) || room > 0 {
                out.push(i);
                room = room.saturating_sub(1);
            }
        }
        note = Some(format!(
            "Showing {} of {total} nodes (limit {limit}); lower the depth or the bundle threshold",
            out.len() + bundles.len()
        ));
        kept = out;
    }

    // Scene nodes.
    let mut nodes: Vec<SceneNode> = Vec::with_capacity(kept.len() + bundles.len());
    let mut index: HashMap<NodeIndex, usize> = HashMap::with_capacity(kept.len());
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut unique = |id: String| -> String {
        let n = ids.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n == 1 { id } else { format!("{id}#{n}") }
    };
    for &i in &kept {
        let n = reached[i].node;
        let key = g.key(n);
        let kind = key.kind(model);
        let style = style_of(kind);
        let label = short_label(&g.label_str(model, n));
        let site = key.symbol().and_then(|id| {
            let s = model.symbol(id);
            s.name_span
                .or(s.span)
                .map(|sp| format!("{}:{}", model.file(sp.file).path, sp.line))
        });
        index.insert(n, nodes.len());
        nodes.push(SceneNode {
            id: unique(g.node_id(model, n)),
            size: node_size(style.shape, &label),
            label,
            kind,
            style,
            pos: [0.0; 2],
            symbol: key.symbol(),
            node: Some(n),
            key: Some(key.clone()),
            site,
            is_focus: is_focus.contains(&n),
            pinned: req.pinned.contains(key),
            bundle: None,
        });
    }
    // Edges between kept nodes.
    let mut edges: Vec<SceneEdge> = Vec::new();
    for &i in &kept {
        let n = reached[i].node;
        for e in g.graph.edges_directed(n, Dir::Outgoing) {
            let Some(&to) = index.get(&e.target()) else {
                continue;
            };
            let w = e.weight();
            if !filter.edge_ok(w.kind) {
                continue;
            }
            edges.push(SceneEdge {
                from: index[&n],
                to,
                kind: w.kind,
                count: w.count,
                points: Vec::new(),
            });
        }
    }
    for (p, forward, kind, count, edge_kind) in bundles {
        let Some(&parent) = index.get(&p) else {
            continue;
        };
        let plural = match (count, kind.ends_with('s')) {
            (1, _) => "",
            (_, true) => "es",
            _ => "s",
        };
        let label = format!("+{count} {kind}{plural}");
        let style = NodeStyle {
            shape: NodeShape::Stack,
            fill: style_of(kind).fill,
        };
        let b = nodes.len();
        nodes.push(SceneNode {
            id: unique(format!("{}/+{kind}", nodes[parent].id)),
            size: node_size(NodeShape::Stack, &label),
            label,
            kind: "bundle",
            style,
            pos: [0.0; 2],
            symbol: None,
            node: None,
            key: None,
            site: None,
            is_focus: false,
            pinned: false,
            bundle: Some(Bundle {
                count,
                kind,
                parent: g.key(p).clone(),
            }),
        });
        let (from, to) = if forward { (parent, b) } else { (b, parent) };
        edges.push(SceneEdge {
            from,
            to,
            kind: edge_kind,
            count: count as u32,
            points: Vec::new(),
        });
    }

    // Layout.
    let sizes: Vec<[f32; 2]> = nodes.iter().map(|n| n.size).collect();
    let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (e.from, e.to)).collect();
    let options = layout::Options {
        direction: req.direction,
        ..layout::Options::default()
    };
    let drawing = layout::layered(&sizes, &pairs, &options);
    for (n, p) in nodes.iter_mut().zip(&drawing.positions) {
        n.pos = *p;
    }
    for (e, line) in edges.iter_mut().zip(drawing.edges) {
        e.points = line;
    }
    Scene {
        graph: Some(req.graph),
        nodes,
        edges,
        width: drawing.width,
        height: drawing.height,
        note,
        focus_missing: false,
        node_kinds: kinds.nodes.into_iter().collect(),
        edge_kinds: kinds.edges.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_style_and_bundles_stack() {
        for kind in crate::model::SymbolKind::ALL {
            let s = style_of(kind.label());
            assert_ne!(s.fill, [255, 255, 255], "{kind}");
        }
        assert_eq!(style_of("db-table").shape, NodeShape::Cylinder);
        assert_eq!(style_of("dataset").shape, NodeShape::Document);
        assert_eq!(style_of("end").shape, NodeShape::Circle);
        // System services have a shape and colour of their own, unlike unresolved names.
        assert_eq!(style_of("system").shape, NodeShape::Trapezoid);
        assert_ne!(style_of("system").fill, style_of("unresolved").fill);
        assert_ne!(style_of("system").fill, style_of("external").fill);
    }

    #[test]
    fn outlines_are_closed_and_inside_the_box() {
        for shape in [
            NodeShape::Diamond,
            NodeShape::Hexagon,
            NodeShape::Octagon,
            NodeShape::Trapezoid,
            NodeShape::Parallelogram,
            NodeShape::Document,
            NodeShape::Cylinder,
        ] {
            let pts = outline(shape, [100.0, 50.0], [80.0, 30.0]);
            assert!(pts.len() >= 4);
            for p in pts {
                assert!((59.9..=140.1).contains(&p[0]) && (34.9..=65.1).contains(&p[1]));
            }
        }
    }

    #[test]
    fn midpoint_of_a_polyline() {
        assert_eq!(midpoint(&[[0.0, 0.0], [10.0, 0.0]]), Some([5.0, 0.0]));
        assert_eq!(
            midpoint(&[[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]]),
            Some([10.0, 0.0])
        );
    }
}
