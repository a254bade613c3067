//! The graph view: the neighbourhood of the active symbol in a chosen project graph (or the
//! last impact/lineage result), laid out once per request by [`crate::explore::scene`] and
//! painted with pan, zoom, culling and cached labels. Clicking a node activates it,
//! double-clicking opens its code; its context menu hides, pins, expands bundles and starts
//! impact or lineage. The visible graph exports as SVG or DOT.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui;
use egui::{
    Color32, CornerRadius, FontId, Galley, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2,
};

use super::cx::{Action, Cx};
use crate::explore::GraphKind;
use crate::explore::layout::Direction;
use crate::explore::scene::{self, NodeShape, Scene, SceneNode, SceneRequest};
use crate::graphs::graph::NodeKey;
use crate::graphs::impact::ImpactReport;

/// More nodes than this on screen: clicks are hit-tested on the canvas instead of one
/// widget per node (AccessKit then lists the canvas only).
const NODE_WIDGETS_MAX: usize = 1500;
/// More edges and nodes than this on screen: drawn as two plain meshes.
const DENSE_SHAPES: usize = 2000;
/// Below this zoom labels are not drawn.
const LABEL_ZOOM_MIN: f32 = 0.4;
/// Font size of labels at zoom 1 (the scene sizes nodes for it).
const LABEL_SIZE: f32 = 12.0;

/// What the scene was built from; a different key rebuilds it.
#[derive(Debug, Clone, PartialEq)]
struct SceneKey {
    request: SceneRequest,
    /// (starts, backward, depth, reached) of the impact report shown, if any.
    impact: Option<(Vec<usize>, bool, Option<u32>, usize)>,
    /// The workspace (address and size), so a re-index rebuilds.
    workspace: (usize, usize, u64),
}

/// The built scene with per-frame helpers computed once.
struct Cached {
    /// `None` for a scene given with [`GraphView::with_scene`] (never rebuilt).
    key: Option<SceneKey>,
    scene: Scene,
    /// Bounding box of each edge polyline, for culling.
    edge_boxes: Vec<Rect>,
    build_ms: f64,
}

/// Label galleys for one font size.
#[derive(Default)]
struct Labels {
    /// Font size in tenths of a point.
    size: i32,
    dark: bool,
    galleys: Vec<Option<Arc<Galley>>>,
}

/// What a node's menu or a click asked for, applied after drawing.
enum NodeCommand {
    Hide(NodeKey),
    TogglePin(NodeKey),
    Expand(NodeKey, String),
}

pub struct GraphView {
    pub graph: GraphKind,
    pub callers: bool,
    pub callees: bool,
    /// 1–6.
    pub depth: u32,
    /// Batch graph: every job's flow (on), or the neighbourhood of the active symbol.
    pub whole_flow: bool,
    pub bundle_threshold: usize,
    pub direction: Direction,
    pub hidden: BTreeSet<NodeKey>,
    pub pinned: BTreeSet<NodeKey>,
    pub hidden_node_kinds: BTreeSet<String>,
    pub hidden_edge_kinds: BTreeSet<String>,
    pub expanded: BTreeSet<(NodeKey, String)>,
    /// Ask for a save path with the system dialog (when one can be shown).
    pub file_dialogs: bool,
    /// Where exports go without a dialog; `<project root>/.legacylens/exports` when `None`.
    pub export_dir: Option<PathBuf>,
    /// Pan: screen offset of the scene origin from the canvas corner.
    offset: Vec2,
    zoom: f32,
    fit_pending: bool,
    /// Focus and graph of the last scene, to fit again when they change.
    last_focus: Option<(GraphKind, Vec<NodeKey>)>,
    /// The impact report last seen, to switch to it when a new one arrives.
    last_impact: Option<(Vec<usize>, bool, Option<u32>, usize)>,
    /// The active symbol the graph choice was last adjusted for.
    followed: Option<crate::model::SymbolId>,
    cache: Option<Cached>,
    labels: Labels,
    /// Node whose context menu is open when nodes are hit-tested on the canvas.
    menu_node: Option<usize>,
    /// Frame time of the last [`Self::ui`] call, in milliseconds.
    pub last_frame_ms: f64,
}

impl Default for GraphView {
    fn default() -> Self {
        let defaults = SceneRequest::default();
        GraphView {
            graph: GraphKind::Calls,
            callers: defaults.callers,
            callees: defaults.callees,
            depth: defaults.depth,
            whole_flow: true,
            bundle_threshold: defaults.bundle_threshold,
            direction: defaults.direction,
            hidden: BTreeSet::new(),
            pinned: BTreeSet::new(),
            hidden_node_kinds: BTreeSet::new(),
            hidden_edge_kinds: BTreeSet::new(),
            expanded: BTreeSet::new(),
            file_dialogs: true,
            export_dir: None,
            offset: Vec2::ZERO,
            zoom: 1.0,
            fit_pending: true,
            last_focus: None,
            last_impact: None,
            followed: None,
            cache: None,
            labels: Labels::default(),
            menu_node: None,
            last_frame_ms: 0.0,
        }
    }
}

fn impact_key(report: &ImpactReport) -> (Vec<usize>, bool, Option<u32>, usize) {
    (
        report.starts.iter().map(|n| n.index()).collect(),
        report.backward,
        report.depth,
        report.nodes.len(),
    )
}

fn color(rgb: [u8; 3]) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

fn pos(p: [f32; 2]) -> Pos2 {
    Pos2::new(p[0], p[1])
}

impl GraphView {
    /// The scene on screen, if any (built by the last frame).
    pub fn scene(&self) -> Option<&Scene> {
        self.cache.as_ref().map(|c| &c.scene)
    }

    /// Milliseconds the last scene build (walk, bundling and layout) took.
    pub fn last_build_ms(&self) -> Option<f64> {
        self.cache.as_ref().map(|c| c.build_ms)
    }

    /// Shows the impact report of the context (when there is one).
    pub fn show_impact(&mut self) {
        self.graph = GraphKind::Impact;
        self.fit_pending = true;
    }

    /// Sets the zoom (1 = scene units are points) and the screen offset of the scene origin
    /// from the canvas corner.
    pub fn set_view(&mut self, zoom: f32, offset: [f32; 2]) {
        self.zoom = zoom.clamp(0.02, 4.0);
        self.offset = Vec2::new(offset[0], offset[1]);
        self.fit_pending = false;
    }

    /// The zoom in use.
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Fits the scene to the canvas on the next frame.
    pub fn fit(&mut self) {
        self.fit_pending = true;
    }

    /// The request for the current options and focus.
    pub fn request(&self, focus: Vec<NodeKey>) -> SceneRequest {
        SceneRequest {
            graph: self.graph,
            focus,
            callers: self.callers,
            callees: self.callees,
            depth: self.depth.clamp(1, 6),
            hidden: self.hidden.clone(),
            pinned: self.pinned.clone(),
            hidden_node_kinds: self.hidden_node_kinds.clone(),
            hidden_edge_kinds: self.hidden_edge_kinds.clone(),
            bundle_threshold: self.bundle_threshold,
            expanded: self.expanded.clone(),
            direction: self.direction,
            max_nodes: scene::MAX_NODES,
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let started = Instant::now();
        // A new impact result switches the view to it.
        let impact_now = cx.impact.map(impact_key);
        if impact_now.is_some() && impact_now != self.last_impact {
            self.show_impact();
        }
        self.last_impact = impact_now;
        if self.graph == GraphKind::Impact && cx.impact.is_none() {
            self.graph = GraphKind::Calls;
        }
        // Following a new active symbol: when the chosen graph does not hold it, show the
        // first graph that does (a paragraph opens on Control, a data item on Data flow).
        // Choosing a graph by hand afterwards is respected until the active symbol changes.
        if cx.active != self.followed {
            self.followed = cx.active;
            if let Some(active) = cx.active
                && self.graph != GraphKind::Impact
            {
                let containing = scene::graphs_containing(cx.ws, active);
                if !containing.contains(&self.graph)
                    && let Some(&first) = containing.first()
                {
                    self.graph = first;
                }
            }
        }

        self.toolbar(ui, cx);
        if self.cache.as_ref().is_none_or(|c| c.key.is_some()) {
            self.refresh(cx);
        }

        let Some(cached) = &self.cache else {
            self.empty_state(ui);
            self.last_frame_ms = started.elapsed().as_secs_f64() * 1e3;
            return;
        };
        if cached.scene.focus_missing {
            self.not_in_graph(ui, cx);
            self.last_frame_ms = started.elapsed().as_secs_f64() * 1e3;
            return;
        }
        if let Some(note) = &cached.scene.note {
            ui.colored_label(ui.visuals().warn_fg_color, note.as_str());
        }
        if self.graph == GraphKind::Batch {
            dataset_users(ui, cx);
        }
        self.canvas(ui, cx);
        self.last_frame_ms = started.elapsed().as_secs_f64() * 1e3;
    }

    /// Rebuilds the scene when the focus, options or workspace changed.
    fn refresh(&mut self, cx: &Cx) {
        let workspace = (
            cx.ws as *const _ as usize,
            cx.ws.model.symbols.len(),
            cx.ws.build_ms.to_bits(),
        );
        let (request, impact) = if self.graph == GraphKind::Impact {
            let Some(report) = cx.impact else {
                self.cache = None;
                return;
            };
            let focus = report
                .starts
                .iter()
                .map(|&n| cx.ws.graphs.impact.key(n).clone())
                .collect();
            (self.request(focus), Some((report, impact_key(report))))
        } else if self.graph == GraphKind::Batch
            && (self.whole_flow
                || cx
                    .active
                    .is_none_or(|a| cx.ws.graphs.batch.find(&NodeKey::Symbol(a)).is_none()))
        {
            // Every job, forward to the end of the flow.
            let g = &cx.ws.graphs.batch;
            let jobs: Vec<NodeKey> = g
                .graph
                .node_indices()
                .map(|n| g.key(n))
                .filter(|k| {
                    k.symbol().is_some_and(|id| {
                        cx.ws.model.symbol(id).kind == crate::model::SymbolKind::JclJob
                    })
                })
                .cloned()
                .collect();
            let mut request = self.request(jobs);
            request.callers = false;
            request.callees = true;
            request.depth = g.graph.node_count().max(1) as u32;
            (request, None)
        } else {
            let Some(active) = cx.active else {
                self.cache = None;
                return;
            };
            (self.request(vec![NodeKey::Symbol(active)]), None)
        };
        let key = SceneKey {
            request,
            impact: impact.as_ref().map(|(_, k)| k.clone()),
            workspace,
        };
        if self
            .cache
            .as_ref()
            .is_some_and(|c| c.key.is_none() || c.key.as_ref() == Some(&key))
        {
            return;
        }
        let focus = (key.request.graph, key.request.focus.clone());
        if self.last_focus.as_ref() != Some(&focus) {
            self.fit_pending = true;
            self.last_focus = Some(focus);
        }
        let started = Instant::now();
        let scene = match impact {
            Some((report, _)) => Scene::from_impact(cx.ws, report, &key.request),
            None => Scene::build(cx.ws, &key.request),
        };
        let build_ms = started.elapsed().as_secs_f64() * 1e3;
        self.install(Some(key), scene, build_ms);
    }

    fn install(&mut self, key: Option<SceneKey>, scene: Scene, build_ms: f64) {
        let edge_boxes = scene
            .edges
            .iter()
            .map(|e| Rect::from_points(&e.points.iter().map(|&p| pos(p)).collect::<Vec<_>>()))
            .collect();
        self.labels = Labels::default();
        self.menu_node = None;
        self.cache = Some(Cached {
            key,
            scene,
            edge_boxes,
            build_ms,
        });
    }

    /// A view that always shows `scene` (whatever the active symbol), fitted to the canvas:
    /// for frame-time benchmarks, e.g. with [`scene::synthetic`]`(2000, 4000)`.
    pub fn with_scene(scene: Scene) -> GraphView {
        let mut view = GraphView::default();
        view.install(None, scene, 0.0);
        view
    }

    fn toolbar(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        ui.horizontal_wrapped(|ui| {
            let mut kinds: Vec<GraphKind> = GraphKind::PICKABLE.to_vec();
            if cx.impact.is_some() {
                kinds.push(GraphKind::Impact);
            }
            for kind in kinds {
                if ui
                    .selectable_label(self.graph == kind, kind.label())
                    .clicked()
                    && self.graph != kind
                {
                    self.graph = kind;
                    self.fit_pending = true;
                }
            }
            ui.separator();
            if self.graph == GraphKind::Batch {
                ui.checkbox(&mut self.whole_flow, "Whole flow")
                    .on_hover_text("Every job in run order; off: around the active symbol");
            }
            let walk = self.graph != GraphKind::Impact
                && !(self.graph == GraphKind::Batch && self.whole_flow);
            ui.add_enabled_ui(walk, |ui| {
                ui.checkbox(&mut self.callers, "Callers");
                ui.checkbox(&mut self.callees, "Callees");
                ui.add(egui::Slider::new(&mut self.depth, 1..=6).text("Depth"));
            });
            ui.separator();
            let scene = self.cache.as_ref().map(|c| &c.scene);
            let node_kinds: Vec<&'static str> =
                scene.map(|s| s.node_kinds.clone()).unwrap_or_default();
            let edge_kinds: Vec<&'static str> =
                scene.map(|s| s.edge_kinds.clone()).unwrap_or_default();
            ui.menu_button("Filters", |ui| {
                ui.strong("Node kinds");
                for kind in &node_kinds {
                    toggle_kind(ui, &mut self.hidden_node_kinds, kind);
                }
                for kind in self.hidden_node_kinds.clone() {
                    if !node_kinds.contains(&kind.as_str()) {
                        toggle_kind(ui, &mut self.hidden_node_kinds, &kind);
                    }
                }
                ui.separator();
                ui.strong("Edge kinds");
                for kind in &edge_kinds {
                    toggle_kind(ui, &mut self.hidden_edge_kinds, kind);
                }
                for kind in self.hidden_edge_kinds.clone() {
                    if !edge_kinds.contains(&kind.as_str()) {
                        toggle_kind(ui, &mut self.hidden_edge_kinds, &kind);
                    }
                }
            });
            ui.add(
                egui::DragValue::new(&mut self.bundle_threshold)
                    .range(2..=500)
                    .prefix("Bundle over "),
            )
            .on_hover_text("A node with more neighbours of one kind shows them as one bundle");
            let flip = match self.direction {
                Direction::LeftToRight => "Left to right",
                Direction::TopToBottom => "Top to bottom",
            };
            if ui.button(flip).clicked() {
                self.direction = match self.direction {
                    Direction::LeftToRight => Direction::TopToBottom,
                    Direction::TopToBottom => Direction::LeftToRight,
                };
                self.fit_pending = true;
            }
            ui.separator();
            let hidden =
                self.hidden.len() + self.hidden_node_kinds.len() + self.hidden_edge_kinds.len();
            if ui
                .add_enabled(
                    hidden > 0 || !self.expanded.is_empty(),
                    egui::Button::new("Reset"),
                )
                .on_hover_text("Show hidden nodes and kinds again and close bundles")
                .clicked()
            {
                self.hidden.clear();
                self.hidden_node_kinds.clear();
                self.hidden_edge_kinds.clear();
                self.expanded.clear();
            }
            if ui.button("Fit").clicked() {
                self.fit_pending = true;
            }
            let has_scene = self
                .cache
                .as_ref()
                .is_some_and(|c| !c.scene.nodes.is_empty());
            if ui
                .add_enabled(has_scene, egui::Button::new("Export SVG…"))
                .clicked()
            {
                self.export(cx, "svg");
            }
            if ui
                .add_enabled(has_scene, egui::Button::new("Export DOT…"))
                .clicked()
            {
                self.export(cx, "dot");
            }
        });
    }

    /// Writes the visible graph as SVG or DOT: to the path the save dialog gives, or without a
    /// dialog into the export folder; reports the path on the status bar.
    fn export(&mut self, cx: &mut Cx, ext: &str) {
        let Some(cached) = &self.cache else {
            return;
        };
        let scene = &cached.scene;
        let focus = scene
            .nodes
            .iter()
            .find(|n| n.is_focus)
            .map_or("graph", |n| n.label.as_str());
        let graph = scene.graph.map_or("graph", GraphKind::label);
        let name: String = format!("{graph}-{focus}.{ext}")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let contents = if ext == "svg" {
            scene.to_svg()
        } else {
            scene.to_dot()
        };
        let path = if self.file_dialogs && self.export_dir.is_none() && dialog_available() {
            let filter = if ext == "svg" { "SVG" } else { "Graphviz DOT" };
            match rfd::FileDialog::new()
                .set_file_name(&name)
                .add_filter(filter, &[ext])
                .save_file()
            {
                Some(path) => path,
                None => return,
            }
        } else {
            let dir = self
                .export_dir
                .clone()
                .unwrap_or_else(|| cx.ws.model.root.join(".legacylens").join("exports"));
            if let Err(e) = std::fs::create_dir_all(&dir) {
                cx.push(Action::Status(format!(
                    "Export failed: cannot create {}: {e}",
                    dir.display()
                )));
                return;
            }
            dir.join(&name)
        };
        match crate::atomic_write::write_atomic(&path, contents.as_bytes()) {
            Ok(()) => {
                cx.push(Action::Status(format!("Exported {}", path.display())));
                cx.push(Action::Wrote(path));
            }
            Err(e) => cx.push(Action::Status(format!(
                "Export failed: {}: {e}",
                path.display()
            ))),
        }
    }

    fn empty_state(&self, ui: &mut egui::Ui) {
        ui.centered_and_justified(|ui| {
            ui.label(
                "No symbol chosen. Find one with Ctrl+P or pick it in the Explorer: its \
                 callers and callees, control flow, data flow or resources appear here.",
            );
        });
    }

    fn not_in_graph(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let Some(active) = cx.active else {
            return;
        };
        let name = &cx.ws.model.symbol(active).qualified_name;
        let containing = scene::graphs_containing(cx.ws, active);
        ui.add_space(12.0);
        ui.label(format!(
            "{name} is not in the {} graph.",
            self.graph.label()
        ));
        if containing.is_empty() {
            ui.label("It takes part in no call, control, data flow, resource or batch edge.");
            return;
        }
        ui.horizontal(|ui| {
            ui.label("It is in:");
            for kind in containing {
                if ui.button(kind.label()).clicked() {
                    self.graph = kind;
                    self.fit_pending = true;
                }
            }
        });
    }

    fn canvas(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let (rect, canvas) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        canvas.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Graph"));
        let Some(cached) = &self.cache else {
            return;
        };
        let scene = &cached.scene;
        if self.fit_pending && rect.width() > 1.0 {
            let margin = 30.0;
            let zoom = ((rect.width() - 2.0 * margin) / scene.width.max(1.0))
                .min((rect.height() - 2.0 * margin) / scene.height.max(1.0))
                .clamp(0.02, 1.5);
            self.zoom = zoom;
            self.offset = rect.size() / 2.0 - Vec2::new(scene.width, scene.height) * zoom / 2.0;
            self.fit_pending = false;
        }
        // Pan and zoom (about the pointer).
        if canvas.dragged() {
            self.offset += canvas.drag_delta();
        }
        if canvas.hovered() {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll * 0.0025).exp();
            if factor != 1.0
                && let Some(pointer) = ui.input(|i| i.pointer.hover_pos())
            {
                let new_zoom = (self.zoom * factor).clamp(0.02, 4.0);
                let at = (pointer - rect.min - self.offset) / self.zoom;
                self.offset = pointer - rect.min - at * new_zoom;
                self.zoom = new_zoom;
            }
        }
        let zoom = self.zoom;
        let origin = rect.min + self.offset;
        let to_screen = |p: [f32; 2]| origin + Vec2::new(p[0], p[1]) * zoom;
        let visible = Rect::from_min_max(
            Pos2::ZERO + (rect.min - origin) / zoom,
            Pos2::ZERO + (rect.max - origin) / zoom,
        );
        let painter = ui.painter_at(rect);
        let dark = ui.visuals().dark_mode;
        // The canvas keeps the panel's background (painted by the window's clear) and only
        // outlines itself: a filled canvas is a second pass over most of the window, which
        // software GL pays for on every frame.
        painter.rect_stroke(
            rect,
            0.0,
            ui.visuals().widgets.noninteractive.bg_stroke,
            egui::StrokeKind::Inside,
        );

        // What is on screen.
        let edges_on_screen: Vec<usize> = (0..scene.edges.len())
            .filter(|&k| visible.intersects(cached.edge_boxes[k].expand(4.0)))
            .collect();
        let on_screen: Vec<usize> = (0..scene.nodes.len())
            .filter(|&i| {
                let [a, b] = scene.nodes[i].rect();
                visible.intersects(Rect::from_min_max(pos(a), pos(b)))
            })
            .collect();
        // Many shapes on screen (zoomed far out): edges and nodes go into two plain meshes
        // (no anti-aliasing, nodes as boxes), which tessellate at almost no cost.
        let dense = edges_on_screen.len() + on_screen.len() > DENSE_SHAPES;

        // Edges.
        let width = (1.2 * zoom).clamp(0.5, 2.5);
        let mut shapes: Vec<Shape> =
            Vec::with_capacity(if dense { 2 } else { 2 * edges_on_screen.len() });
        let mut mesh = egui::Mesh::default();
        for &k in &edges_on_screen {
            let e = &scene.edges[k];
            let (rgb, dashed) = scene::edge_style(e.kind);
            let mut c = color(rgb);
            if dark {
                c = c.lerp_to_gamma(Color32::WHITE, 0.45);
            }
            let n = e.points.len();
            if n < 2 {
                continue;
            }
            let (tip, before) = (to_screen(e.points[n - 1]), to_screen(e.points[n - 2]));
            let dir = (tip - before).normalized();
            let arrow = zoom > 0.15 && dir.is_finite();
            let size = (8.0 * zoom).clamp(3.0, 12.0);
            let side = Vec2::new(-dir.y, dir.x) * size * 0.45;
            let back = tip - dir * size;
            if dense {
                for w in e.points.windows(2) {
                    mesh_segment(&mut mesh, to_screen(w[0]), to_screen(w[1]), width, c);
                }
                if arrow {
                    let i = mesh.vertices.len() as u32;
                    mesh.colored_vertex(tip, c);
                    mesh.colored_vertex(back + side, c);
                    mesh.colored_vertex(back - side, c);
                    mesh.add_triangle(i, i + 1, i + 2);
                }
                continue;
            }
            let stroke = Stroke::new(width, c);
            let points: Vec<Pos2> = e.points.iter().map(|&p| to_screen(p)).collect();
            if dashed && zoom > 0.3 {
                shapes.extend(Shape::dashed_line(&points, stroke, 5.0, 3.0));
            } else {
                shapes.push(Shape::line(points, stroke));
            }
            if arrow {
                shapes.push(Shape::convex_polygon(
                    vec![tip, back + side, back - side],
                    c,
                    Stroke::NONE,
                ));
            }
            if e.count > 1
                && zoom >= LABEL_ZOOM_MIN
                && let Some(m) = scene::midpoint(&e.points)
            {
                let text_color = ui.visuals().text_color();
                shapes.push(ui.fonts_mut(|f| {
                    Shape::text(
                        f,
                        to_screen(m) - Vec2::new(0.0, 6.0 * zoom),
                        egui::Align2::CENTER_CENTER,
                        e.count,
                        FontId::proportional(10.0 * zoom.min(1.5)),
                        text_color,
                    )
                }));
            }
        }
        if dense {
            shapes.push(Shape::mesh(std::mem::take(&mut mesh)));
        }
        painter.extend(shapes);

        // Nodes.
        let label_size = (LABEL_SIZE * zoom).min(24.0);
        let show_labels = zoom >= LABEL_ZOOM_MIN;
        let size_key = (label_size * 10.0).round() as i32;
        if self.labels.size != size_key
            || self.labels.dark != dark
            || self.labels.galleys.len() != scene.nodes.len()
        {
            self.labels = Labels {
                size: size_key,
                dark,
                galleys: vec![None; scene.nodes.len()],
            };
        }
        let outline = if dark {
            Color32::from_gray(20)
        } else {
            Color32::from_gray(60)
        };
        let mut shapes: Vec<Shape> = Vec::with_capacity(on_screen.len() * 2);
        for &i in &on_screen {
            let n = &scene.nodes[i];
            let centre = to_screen(n.pos);
            let size = Vec2::new(n.size[0], n.size[1]) * zoom;
            let r = Rect::from_center_size(centre, size);
            if dense {
                if n.is_focus || n.pinned {
                    let ring = if n.is_focus {
                        ui.visuals().selection.bg_fill
                    } else {
                        Color32::from_rgb(200, 120, 0)
                    };
                    mesh.add_colored_rect(r.expand(2.0), ring);
                }
                mesh.add_colored_rect(r, color(n.style.fill));
                if !show_labels {
                    continue;
                }
            }
            let stroke = if n.is_focus {
                Stroke::new((3.0 * zoom).clamp(1.5, 4.0), ui.visuals().selection.bg_fill)
            } else if n.pinned {
                Stroke::new((2.0 * zoom).clamp(1.0, 3.0), Color32::from_rgb(200, 120, 0))
            } else {
                Stroke::new((1.0 * zoom).clamp(0.5, 1.5), outline)
            };
            if !dense {
                node_shapes(&mut shapes, n, r, stroke, zoom);
            }
            if show_labels {
                let galley = self.labels.galleys[i].get_or_insert_with(|| {
                    painter.layout_no_wrap(
                        n.label.clone(),
                        FontId::proportional(label_size),
                        Color32::BLACK,
                    )
                });
                let at = centre - galley.size() / 2.0;
                shapes.push(Shape::galley(at, galley.clone(), Color32::BLACK));
            }
        }
        if dense {
            shapes.insert(0, Shape::mesh(mesh));
        }
        painter.extend(shapes);

        // Interaction: one widget per visible node (clicks, menus, tooltips, AccessKit), or
        // canvas hit-testing when too many are visible.
        let mut commands: Vec<NodeCommand> = Vec::new();
        if on_screen.len() <= NODE_WIDGETS_MAX {
            for &i in &on_screen {
                let n = &scene.nodes[i];
                let r = Rect::from_center_size(
                    to_screen(n.pos),
                    Vec2::new(n.size[0], n.size[1]) * zoom,
                )
                .intersect(rect);
                let id = ui.scope_id().with(("graph-node", i));
                let response = ui.interact(r, id, Sense::click());
                let label = n.label.clone();
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                node_response(response, n, cx, &mut commands);
            }
        } else {
            let hit = canvas
                .interact_pointer_pos()
                .or(canvas.hover_pos())
                .and_then(|p| {
                    let at = (p - origin) / zoom;
                    on_screen.iter().rev().copied().find(|&i| {
                        let [a, b] = scene.nodes[i].rect();
                        Rect::from_min_max(pos(a), pos(b)).contains(Pos2::ZERO + at)
                    })
                });
            if canvas.secondary_clicked() {
                self.menu_node = hit;
            }
            if let Some(i) = hit {
                let n = &scene.nodes[i];
                if canvas.double_clicked() {
                    if let Some(s) = n.symbol {
                        cx.push(Action::Open(s));
                    }
                } else if canvas.clicked() {
                    click(n, cx, &mut commands);
                }
            }
            let menu_node = self.menu_node;
            let canvas = if let Some(i) = hit {
                let n = &scene.nodes[i];
                canvas.on_hover_ui_at_pointer(|ui| tooltip(ui, n))
            } else {
                canvas
            };
            if let Some(i) = menu_node {
                let n = &scene.nodes[i];
                canvas.context_menu(|ui| node_menu(ui, n, cx, &mut commands));
            }
        }

        self.legend(ui, rect, scene);

        for command in commands {
            match command {
                NodeCommand::Hide(key) => {
                    self.pinned.remove(&key);
                    self.hidden.insert(key);
                }
                NodeCommand::TogglePin(key) => {
                    if !self.pinned.remove(&key) {
                        self.hidden.remove(&key);
                        self.pinned.insert(key);
                    }
                }
                NodeCommand::Expand(key, kind) => {
                    self.expanded.insert((key, kind));
                }
            }
        }
    }

    /// Node kinds (shape and colour) and edge kinds (colour), bottom left of the canvas.
    fn legend(&self, ui: &egui::Ui, canvas: Rect, scene: &Scene) {
        let kinds = scene.legend();
        let mut edge_kinds: Vec<&'static str> = scene.edges.iter().map(|e| e.kind).collect();
        edge_kinds.sort_unstable();
        edge_kinds.dedup();
        let rows = kinds.len() + edge_kinds.len();
        if rows == 0 {
            return;
        }
        let row = 18.0;
        let size = Vec2::new(170.0, 8.0 + row * rows as f32);
        let r = Rect::from_min_size(
            Pos2::new(canvas.min.x + 8.0, canvas.max.y - size.y - 8.0),
            size,
        );
        if r.min.y < canvas.min.y {
            return;
        }
        let painter = ui.painter_at(canvas);
        let visuals = ui.visuals();
        painter.rect(
            r,
            4.0,
            visuals.window_fill.gamma_multiply(0.92),
            visuals.window_stroke,
            StrokeKind::Inside,
        );
        let text = visuals.text_color();
        let mut y = r.min.y + 4.0 + row / 2.0;
        let mut shapes = Vec::new();
        for (kind, style) in kinds {
            let swatch =
                Rect::from_center_size(Pos2::new(r.min.x + 22.0, y), Vec2::new(28.0, 13.0));
            let fake = SceneNode {
                id: String::new(),
                label: String::new(),
                kind,
                style,
                pos: [0.0; 2],
                size: [28.0, 13.0],
                symbol: None,
                node: None,
                key: None,
                site: None,
                is_focus: false,
                pinned: false,
                bundle: None,
            };
            node_shapes(
                &mut shapes,
                &fake,
                swatch,
                Stroke::new(1.0, Color32::from_gray(60)),
                1.0,
            );
            painter.extend(shapes.drain(..));
            painter.text(
                Pos2::new(r.min.x + 44.0, y),
                egui::Align2::LEFT_CENTER,
                kind,
                FontId::proportional(12.0),
                text,
            );
            y += row;
        }
        for kind in edge_kinds {
            let (rgb, _) = scene::edge_style(kind);
            painter.line_segment(
                [Pos2::new(r.min.x + 8.0, y), Pos2::new(r.min.x + 36.0, y)],
                Stroke::new(2.0, color(rgb)),
            );
            painter.text(
                Pos2::new(r.min.x + 44.0, y),
                egui::Align2::LEFT_CENTER,
                format!("{kind} (edge)"),
                FontId::proportional(12.0),
                text,
            );
            y += row;
        }
    }
}

fn toggle_kind(ui: &mut egui::Ui, hidden: &mut BTreeSet<String>, kind: &str) {
    let mut shown = !hidden.contains(kind);
    if ui.checkbox(&mut shown, kind).changed() {
        if shown {
            hidden.remove(kind);
        } else {
            hidden.insert(kind.to_string());
        }
    }
}

/// Shapes of one node drawn in screen rectangle `r`.
fn node_shapes(out: &mut Vec<Shape>, n: &SceneNode, r: Rect, stroke: Stroke, zoom: f32) {
    let fill = color(n.style.fill);
    // Tiny on screen: a plain box is enough.
    if r.width() < 6.0 || r.height() < 4.0 {
        out.push(Shape::rect_filled(r, 0.0, fill));
        return;
    }
    match n.style.shape {
        NodeShape::Rect => {
            out.push(egui::epaint::RectShape::new(r, 0.0, fill, stroke, StrokeKind::Inside).into());
        }
        NodeShape::Rounded => out.push(
            egui::epaint::RectShape::new(
                r,
                CornerRadius::same((6.0 * zoom).clamp(1.0, 10.0) as u8),
                fill,
                stroke,
                StrokeKind::Inside,
            )
            .into(),
        ),
        NodeShape::Stack => {
            for k in [2.0, 0.0] {
                let shifted = r.translate(Vec2::new(4.0 * k, -4.0 * k) * zoom.min(1.0) / 2.0);
                out.push(
                    egui::epaint::RectShape::new(shifted, 3, fill, stroke, StrokeKind::Inside)
                        .into(),
                );
            }
        }
        NodeShape::Ellipse => out.push(Shape::Ellipse(egui::epaint::EllipseShape {
            center: r.center(),
            radius: r.size() / 2.0,
            fill,
            stroke,
            angle: 0.0,
        })),
        NodeShape::Circle => {
            let radius = r.width().min(r.height()) / 2.0;
            out.push(Shape::circle_filled(r.center(), radius, fill));
            out.push(Shape::circle_stroke(r.center(), radius, stroke));
            out.push(Shape::circle_stroke(
                r.center(),
                (radius - 3.0 * zoom).max(1.0),
                stroke,
            ));
        }
        shape => {
            let points =
                scene::outline(shape, [r.center().x, r.center().y], [r.width(), r.height()])
                    .into_iter()
                    .map(pos)
                    .collect();
            out.push(Shape::convex_polygon(points, fill, stroke));
            if shape == NodeShape::Cylinder {
                let rim = r.height() / 2.0 * 0.3;
                let y = r.min.y + rim;
                let rim_points: Vec<Pos2> = (0..=8)
                    .map(|k| {
                        let a = std::f32::consts::PI * k as f32 / 8.0;
                        Pos2::new(r.center().x - r.width() / 2.0 * a.cos(), y + rim * a.sin())
                    })
                    .collect();
                out.push(Shape::line(rim_points, stroke));
            }
        }
    }
}

/// A straight band from `a` to `b` (two triangles).
fn mesh_segment(mesh: &mut egui::Mesh, a: Pos2, b: Pos2, width: f32, c: Color32) {
    let d = b - a;
    let len = d.length();
    if len < 0.1 {
        return;
    }
    let n = Vec2::new(-d.y, d.x) / len * (width / 2.0);
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(a + n, c);
    mesh.colored_vertex(a - n, c);
    mesh.colored_vertex(b - n, c);
    mesh.colored_vertex(b + n, c);
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i, i + 2, i + 3);
}

/// In the Batch graph, the active dataset's writers and readers across jobs and the CICS
/// files over it (through the CSD `DSNAME`); every name is a link.
fn dataset_users(ui: &mut egui::Ui, cx: &mut Cx) {
    let Some(active) = cx.active else { return };
    let model = &cx.ws.model;
    let Some(usage) = cx.ws.graphs.batch_flow.usage_of(model, active) else {
        return;
    };
    let mut open = None;
    let mut link = |ui: &mut egui::Ui, text: &str, name: &str| {
        if let Some(id) = model.symbol_named(name) {
            if ui.link(text).clicked() {
                open = Some(id);
            }
        } else {
            ui.label(text);
        }
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.strong(&usage.name);
            for (label, uses) in [("written by", &usage.writers), ("read by", &usage.readers)] {
                ui.separator();
                ui.label(label);
                if uses.is_empty() {
                    ui.weak("no job");
                }
                for u in uses {
                    link(ui, &u.step, &u.step);
                    for p in &u.programs {
                        link(ui, &format!("({p})"), p);
                    }
                }
            }
            for c in &usage.cics {
                ui.separator();
                ui.label("CICS file");
                link(ui, &c.file, &c.file);
                if !c.readers.is_empty() {
                    ui.label("read by");
                    for p in &c.readers {
                        link(ui, p, p);
                    }
                }
                if !c.writers.is_empty() {
                    ui.label("written by");
                    for p in &c.writers {
                        link(ui, p, p);
                    }
                }
            }
        });
    });
    if let Some(id) = open {
        cx.push(Action::Activate(id));
    }
}

fn click(n: &SceneNode, cx: &mut Cx, commands: &mut Vec<NodeCommand>) {
    if let Some(b) = &n.bundle {
        commands.push(NodeCommand::Expand(b.parent.clone(), b.kind.to_string()));
    } else if let Some(s) = n.symbol {
        cx.push(Action::Activate(s));
    }
}

fn node_response(
    response: egui::Response,
    n: &SceneNode,
    cx: &mut Cx,
    commands: &mut Vec<NodeCommand>,
) {
    if response.double_clicked() {
        if let Some(s) = n.symbol {
            cx.push(Action::Open(s));
        }
    } else if response.clicked() {
        click(n, cx, commands);
    }
    let response = response.on_hover_ui(|ui| tooltip(ui, n));
    response.context_menu(|ui| node_menu(ui, n, cx, commands));
}

fn tooltip(ui: &mut egui::Ui, n: &SceneNode) {
    if let Some(b) = &n.bundle {
        ui.label(format!("{} {} nodes (click to expand)", b.count, b.kind));
        return;
    }
    ui.strong(n.id.as_str());
    match n.kind {
        "system" => {
            ui.label("system service (IBM run time, subsystem or utility, outside the project)");
        }
        kind => {
            ui.label(kind);
        }
    }
    if let Some(site) = &n.site {
        ui.monospace(site.as_str());
    }
}

fn node_menu(ui: &mut egui::Ui, n: &SceneNode, cx: &mut Cx, commands: &mut Vec<NodeCommand>) {
    if let Some(b) = &n.bundle {
        if ui.button("Expand bundle").clicked() {
            commands.push(NodeCommand::Expand(b.parent.clone(), b.kind.to_string()));
            ui.close();
        }
        return;
    }
    if let Some(key) = &n.key {
        if !n.is_focus && ui.button("Hide").clicked() {
            commands.push(NodeCommand::Hide(key.clone()));
            ui.close();
        }
        let pin = if n.pinned { "Unpin" } else { "Pin" };
        if ui.button(pin).clicked() {
            commands.push(NodeCommand::TogglePin(key.clone()));
            ui.close();
        }
    }
    if let Some(s) = n.symbol {
        ui.separator();
        if ui.button("Impact from here").clicked() {
            cx.push(Action::Impact {
                symbol: s,
                backward: false,
            });
            ui.close();
        }
        if ui.button("Lineage to here").clicked() {
            cx.push(Action::Impact {
                symbol: s,
                backward: true,
            });
            ui.close();
        }
        if ui.button("Open code").clicked() {
            cx.push(Action::Open(s));
            ui.close();
        }
    }
}

/// Whether a save dialog can be shown (a desktop session bus on Linux).
fn dialog_available() -> bool {
    cfg!(any(target_os = "windows", target_os = "macos"))
        || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
}
