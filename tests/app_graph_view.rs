//! The graph view over the sample estate: scenes (neighbourhoods, control graphs, bundling,
//! filters, hide and pin, impact), their SVG and DOT exports (DOT through Graphviz when
//! installed), and `GraphView` driven with egui_kittest (nodes shown, click, double-click,
//! graph switch, export).

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use legacylens::app::cx::{Action, Cx};
use legacylens::app::graph_view::GraphView;
use legacylens::explore::rulebook::RuleBook;
use legacylens::explore::scene::{self, Scene, SceneRequest};
use legacylens::explore::{GraphKind, Workspace};
use legacylens::graphs::graph::NodeKey;
use legacylens::graphs::impact::{self, ImpactReport};
use legacylens::model::SymbolId;
use petgraph::Direction;
use petgraph::visit::EdgeRef;

fn ws() -> &'static Workspace {
    static WS: OnceLock<Workspace> = OnceLock::new();
    WS.get_or_init(|| {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
        let model = legacylens::index::index_path(sample).expect("sample indexes");
        Workspace::build(model)
    })
}

/// The symbol of a node of the calls graph, by name.
fn symbol(name: &str) -> SymbolId {
    let ws = ws();
    let n = ws.graphs.calls.lookup(&ws.model, name).expect(name);
    ws.graphs.calls.key(n).symbol().expect("a symbol")
}

fn labels(scene: &Scene) -> BTreeSet<&str> {
    scene.nodes.iter().map(|n| n.label.as_str()).collect()
}

fn edge_between(scene: &Scene, from: &str, to: &str) -> bool {
    scene
        .edges
        .iter()
        .any(|e| scene.nodes[e.from].label == from && scene.nodes[e.to].label == to)
}

#[test]
fn calls_neighbourhood_of_paycalc() {
    let ws = ws();
    let req = SceneRequest::for_symbol(GraphKind::Calls, symbol("PAYCALC"));
    let scene = Scene::build(ws, &req);
    let names = labels(&scene);
    assert!(names.contains("PAYRND"), "{names:?}");
    assert!(edge_between(&scene, "PAYCALC", "PAYRND"));
    let focus: Vec<_> = scene.nodes.iter().filter(|n| n.is_focus).collect();
    assert_eq!(focus.len(), 1);
    assert_eq!(focus[0].label, "PAYCALC");
    // Callers only: PAYRND (a callee) goes, the caller stays.
    let callers = Scene::build(
        ws,
        &SceneRequest {
            callees: false,
            ..req.clone()
        },
    );
    assert!(!labels(&callers).contains("PAYRND"));
    assert!(
        callers
            .edges
            .iter()
            .all(|e| callers.nodes[e.to].label != "PAYRND")
    );
    assert!(
        callers
            .edges
            .iter()
            .any(|e| callers.nodes[e.to].label == "PAYCALC"),
        "PAYCALC has callers"
    );
    // Laid out: nodes do not overlap, edges are polylines.
    for (i, a) in scene.nodes.iter().enumerate() {
        for b in &scene.nodes[i + 1..] {
            let apart_x = (a.pos[0] - b.pos[0]).abs() >= (a.size[0] + b.size[0]) / 2.0 - 0.01;
            let apart_y = (a.pos[1] - b.pos[1]).abs() >= (a.size[1] + b.size[1]) / 2.0 - 0.01;
            assert!(apart_x || apart_y, "{} overlaps {}", a.id, b.id);
        }
    }
    assert!(scene.edges.iter().all(|e| e.points.len() >= 2));
    assert!(scene.legend().iter().any(|(k, _)| *k == "program"));
}

#[test]
fn control_graph_of_a_program() {
    let ws = ws();
    let req = SceneRequest {
        depth: 6,
        ..SceneRequest::for_symbol(GraphKind::Control, symbol("PAYCALC"))
    };
    let scene = Scene::build(ws, &req);
    assert!(!scene.focus_missing);
    let names = labels(&scene);
    assert!(names.contains("8000-CALL-ROUNDING"), "{names:?}");
    assert!(scene.nodes.iter().any(|n| n.kind == "paragraph"));
    assert!(scene.edges.iter().any(|e| e.kind == "perform"));
    // Not every symbol is in every graph: a DB table has no control flow.
    let table = ws
        .model
        .symbols
        .iter()
        .find(|s| s.kind.label() == "db-table")
        .expect("a table");
    let missing = Scene::build(ws, &SceneRequest::for_symbol(GraphKind::Control, table.id));
    assert!(missing.focus_missing && missing.nodes.is_empty());
    let containing = scene::graphs_containing(ws, table.id);
    assert!(!containing.contains(&GraphKind::Control));
    assert!(containing.contains(&GraphKind::Resources), "{containing:?}");
}

/// The dataflow node with the most data-item neighbours along outgoing edges, with them.
fn busiest_data_node() -> (NodeKey, usize) {
    let ws = ws();
    let g = &ws.graphs.dataflow;
    g.graph
        .node_indices()
        .map(|n| {
            let mut targets: Vec<_> = g
                .graph
                .edges_directed(n, Direction::Outgoing)
                .map(|e| e.target())
                .filter(|&t| t != n && g.key(t).kind(&ws.model) == "data-item")
                .collect();
            targets.sort();
            targets.dedup();
            (targets.len(), std::cmp::Reverse(n.index()), n)
        })
        .max()
        .map(|(count, _, n)| (g.key(n).clone(), count))
        .expect("a dataflow graph")
}

#[test]
fn bundling_collapses_many_data_items() {
    let ws = ws();
    let (key, count) = busiest_data_node();
    assert!(
        count > 4,
        "the sample has a group with several items ({count})"
    );
    let req = SceneRequest {
        graph: GraphKind::DataFlow,
        focus: vec![key.clone()],
        callers: false,
        callees: true,
        depth: 1,
        bundle_threshold: 3,
        ..SceneRequest::default()
    };
    let scene = Scene::build(ws, &req);
    let bundle = scene
        .nodes
        .iter()
        .find(|n| n.bundle.as_ref().is_some_and(|b| b.kind == "data-item"))
        .expect("a bundle of data items");
    let b = bundle.bundle.as_ref().unwrap();
    assert_eq!(b.count, count);
    assert_eq!(bundle.label, format!("+{count} data-items"));
    assert!(
        scene
            .edges
            .iter()
            .any(|e| scene.nodes[e.to].label == bundle.label && e.count as usize == count)
    );
    assert!(
        !scene
            .nodes
            .iter()
            .any(|n| n.kind == "data-item" && !n.is_focus)
    );
    // Expanding the bundle shows the items.
    let mut expanded = req.clone();
    expanded
        .expanded
        .insert((b.parent.clone(), "data-item".into()));
    let open = Scene::build(ws, &expanded);
    assert!(open.nodes.iter().all(|n| n.bundle.is_none()));
    assert_eq!(
        open.nodes.iter().filter(|n| n.kind == "data-item").count(),
        count + usize::from(key_is_item(&key))
    );
    // A pinned item stays out of the bundle.
    let pinned_key = open
        .nodes
        .iter()
        .find(|n| n.kind == "data-item" && !n.is_focus)
        .and_then(|n| n.key.clone())
        .unwrap();
    let mut pinned = req.clone();
    pinned.pinned.insert(pinned_key.clone());
    let with_pin = Scene::build(ws, &pinned);
    let pin = with_pin.find(&pinned_key).expect("pinned node shown");
    assert!(with_pin.nodes[pin].pinned);
    let b = with_pin
        .nodes
        .iter()
        .find_map(|n| n.bundle.as_ref())
        .unwrap();
    assert_eq!(b.count, count - 1);
}

fn key_is_item(key: &NodeKey) -> bool {
    key.kind(&ws().model) == "data-item"
}

#[test]
fn filters_hide_and_pin() {
    let ws = ws();
    let req = SceneRequest::for_symbol(GraphKind::Calls, symbol("PAYCALC"));
    let payrnd = NodeKey::Symbol(symbol("PAYRND"));
    let payrnd_kind = payrnd.kind(&ws.model);
    let shown = |req: &SceneRequest| labels(&Scene::build(ws, req)).contains("PAYRND");
    assert!(shown(&req));

    let mut hidden = req.clone();
    hidden.hidden.insert(payrnd.clone());
    assert!(!shown(&hidden));
    // Pinned beats hidden, kind filters and depth.
    let mut pinned = hidden.clone();
    pinned.pinned.insert(payrnd.clone());
    assert!(shown(&pinned));

    let mut by_kind = req.clone();
    by_kind.hidden_node_kinds.insert(payrnd_kind.to_string());
    let scene = Scene::build(ws, &by_kind);
    assert!(!labels(&scene).contains("PAYRND"));
    assert!(labels(&scene).contains("PAYCALC"), "the focus always shows");
    assert!(
        scene.node_kinds.contains(&payrnd_kind),
        "filter menus list it"
    );
    let mut by_kind_pinned = by_kind.clone();
    by_kind_pinned.pinned.insert(payrnd.clone());
    assert!(shown(&by_kind_pinned));

    let mut by_edge = req.clone();
    let kind = Scene::build(ws, &req)
        .edges
        .iter()
        .find(|e| e.to != e.from)
        .map(|e| e.kind)
        .unwrap();
    by_edge.hidden_edge_kinds.insert(kind.to_string());
    let scene = Scene::build(ws, &by_edge);
    assert!(scene.edges.iter().all(|e| e.kind != kind));
    assert!(scene.edge_kinds.contains(&kind));

    // Depth 1 of a far node: pinned shows although out of reach.
    let far = SceneRequest {
        depth: 1,
        callers: false,
        callees: false,
        pinned: [payrnd.clone()].into(),
        ..req.clone()
    };
    assert!(shown(&far));
}

fn impact_of(name: &str, backward: bool) -> ImpactReport {
    let ws = ws();
    impact::impact(&ws.model, &ws.graphs.impact, name, backward, Some(4)).expect(name)
}

#[test]
fn impact_scene_from_a_report() {
    let ws = ws();
    let report = impact_of("PAYCALC", false);
    let req = SceneRequest {
        bundle_threshold: 100_000,
        ..SceneRequest::default()
    };
    let scene = Scene::from_impact(ws, &report, &req);
    assert_eq!(scene.graph, Some(GraphKind::Impact));
    let reached: BTreeSet<String> = report
        .ids(&ws.model, &ws.graphs.impact)
        .into_iter()
        .collect();
    let shown: BTreeSet<String> = scene.nodes.iter().map(|n| n.id.clone()).collect();
    assert_eq!(shown, reached);
    let focus: Vec<_> = scene.nodes.iter().filter(|n| n.is_focus).collect();
    assert_eq!(focus.len(), report.starts.len());
    // Every walk step is an edge of the scene.
    for entry in &report.nodes {
        if let Some((prev, _)) = entry.via {
            let a = scene.find(ws.graphs.impact.key(prev)).unwrap();
            let b = scene.find(ws.graphs.impact.key(entry.node)).unwrap();
            assert!(
                scene.edges.iter().any(|e| e.from == a && e.to == b),
                "{} -> {}",
                scene.nodes[a].id,
                scene.nodes[b].id
            );
        }
    }
    // Bundling applies to impact scenes too.
    let bundled = Scene::from_impact(
        ws,
        &report,
        &SceneRequest {
            bundle_threshold: 2,
            ..SceneRequest::default()
        },
    );
    if scene.nodes.len() > 10 {
        assert!(bundled.nodes.len() < scene.nodes.len());
    }
}

/// Checks XML well-formedness the simple way: balanced tags, quoted attributes, no raw `<`
/// or stray `&` in text.
fn assert_well_formed(xml: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    let check_text = |text: &str| {
        let mut s = text;
        while let Some(i) = s.find('&') {
            let after = &s[i + 1..];
            let end = after.find(';').expect("entity ends with ;");
            let name = &after[..end];
            assert!(
                matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                    || name.starts_with('#') && name[1..].chars().all(|c| c.is_ascii_digit()),
                "bad entity &{name};"
            );
            s = &after[end + 1..];
        }
    };
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open]);
        let close = rest[open..].find('>').expect("tag closes") + open;
        let tag = &rest[open + 1..close];
        assert!(!tag.contains('<'), "raw < in tag {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.trim()), "closing {name}");
        } else if !tag.starts_with('?') && !tag.starts_with('!') {
            let name: String = tag
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/')
                .collect();
            // Attribute values: quotes balanced, values escaped.
            assert_eq!(tag.matches('"').count() % 2, 0, "quotes in {tag}");
            for value in tag.split('"').skip(1).step_by(2) {
                check_text(value);
            }
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
        rest = &rest[close + 1..];
    }
    check_text(rest);
    assert!(stack.is_empty(), "unclosed {stack:?}");
}

#[test]
fn svg_is_well_formed_and_escaped() {
    let ws = ws();
    let req = SceneRequest {
        depth: 3,
        ..SceneRequest::for_symbol(GraphKind::Control, symbol("PAYCALC"))
    };
    let mut scene = Scene::build(ws, &req);
    let svg = scene.to_svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_well_formed(&svg);
    assert!(svg.contains("8000-CALL-ROUNDING"));
    assert!(svg.contains("Legend"));
    // Names with markup characters come out escaped.
    scene.nodes[0].label = "A<&>\"B'".into();
    scene.nodes[0].id = "x</title><script>".into();
    let svg = scene.to_svg();
    assert_well_formed(&svg);
    assert!(svg.contains("A&lt;&amp;&gt;&quot;B&apos;"));
    assert!(!svg.contains("<script>"));
    // A bad SVG would fail the checker.
    let broken = std::panic::catch_unwind(|| assert_well_formed("<svg><g></svg>"));
    assert!(broken.is_err());
}

/// Runs Graphviz on DOT text; `None` (with a note) when `dot` is not installed.
fn graphviz(dot: &str) -> Option<String> {
    use std::io::Write;
    let child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        println!("note: Graphviz `dot` not installed; DOT not checked by Graphviz");
        return None;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected the graph: {}\n{dot}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn dot_is_accepted_by_graphviz() {
    let ws = ws();
    let mut scene = Scene::build(
        ws,
        &SceneRequest::for_symbol(GraphKind::Calls, symbol("PAYCALC")),
    );
    let dot = scene.to_dot();
    assert!(dot.starts_with("digraph \"Calls\" {"));
    assert!(dot.contains("\"PAYCALC\" -> \"PAYRND\""), "{dot}");
    // Awkward ids survive quoting.
    scene.nodes[0].id = "Outer$1.<init>() \"q\" \\ x\ny".into();
    scene.nodes[0].label = "a{b}[c];d".into();
    let dot = scene.to_dot();
    if let Some(svg) = graphviz(&dot) {
        assert!(svg.contains("PAYRND"));
    }
    // Graphviz does reject broken input (the check can fail).
    if std::process::Command::new("dot").arg("-V").output().is_ok() {
        let bad = std::panic::catch_unwind(|| graphviz("digraph { \"a -> b }"));
        assert!(bad.is_err());
    }
}

#[test]
fn node_limit_truncates_with_a_note() {
    let ws = ws();
    let req = SceneRequest {
        depth: 6,
        max_nodes: 5,
        bundle_threshold: 100_000,
        ..SceneRequest::for_symbol(GraphKind::Control, symbol("PAYCALC"))
    };
    let scene = Scene::build(ws, &req);
    assert!(scene.nodes.len() <= 5);
    assert!(scene.note.as_deref().is_some_and(|n| n.contains("limit 5")));
    assert!(scene.nodes.iter().any(|n| n.is_focus));
}

// ---- The view, driven with egui_kittest ----

struct State {
    view: GraphView,
    rules: RuleBook,
    active: Option<SymbolId>,
    impact: Option<ImpactReport>,
    actions: Vec<Action>,
}

fn harness(active: Option<SymbolId>) -> Harness<'static, State> {
    let state = State {
        view: GraphView::default(),
        rules: RuleBook::default(),
        active,
        impact: None,
        actions: Vec::new(),
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, state: &mut State| {
                let mut cx = Cx {
                    ws: ws(),
                    rules: &mut state.rules,
                    active: state.active,
                    place: None,
                    impact: state.impact.as_ref(),
                    actions: &mut state.actions,
                };
                state.view.ui(ui, &mut cx);
            },
            state,
        );
    h.run();
    h
}

#[test]
fn view_shows_the_neighbourhood_and_handles_clicks() {
    let paycalc = symbol("PAYCALC");
    let payrnd = symbol("PAYRND");
    let mut h = harness(Some(paycalc));
    // The program and the JCL step running it share the label.
    assert_eq!(h.query_all_by_label("PAYCALC").count(), 2);
    h.get_by_label("PAYRND").click();
    h.run();
    assert!(
        h.state().actions.contains(&Action::Activate(payrnd)),
        "{:?}",
        h.state().actions
    );
    assert!(!h.state().actions.contains(&Action::Open(payrnd)));
    h.state_mut().actions.clear();

    // Double-click opens the code (after the double-click delay since the first click).
    h.run_steps(30);
    h.get_by_label("PAYRND").click();
    h.get_by_label("PAYRND").click();
    h.run();
    assert!(
        h.state().actions.contains(&Action::Open(payrnd)),
        "{:?}",
        h.state().actions
    );

    // The toolbar controls are labelled.
    for label in [
        "Callers",
        "Callees",
        "Filters",
        "Fit",
        "Export SVG…",
        "Export DOT…",
    ] {
        h.get_by_label(label);
    }
    // The view follows the active symbol.
    h.state_mut().active = Some(payrnd);
    h.run();
    let scene = h.state().view.scene().unwrap();
    let focus = scene.nodes.iter().find(|n| n.is_focus).unwrap();
    assert_eq!(focus.label, "PAYRND");
}

#[test]
fn switching_the_graph_kind_changes_the_nodes() {
    let mut h = harness(Some(symbol("PAYCALC")));
    h.get_by_label("PAYRND");
    assert!(h.query_by_label("1000-INITIALISE").is_none());
    h.get_by_label("Control").click();
    h.run();
    assert_eq!(
        h.state().view.scene().unwrap().graph,
        Some(GraphKind::Control)
    );
    h.get_by_label("1000-INITIALISE");
    assert!(h.query_by_label("PAYRND").is_none());
}

#[test]
fn empty_state_and_symbol_not_in_graph() {
    let mut h = harness(None);
    h.get_by_label_contains("Ctrl+P");
    assert!(h.state().view.scene().is_none());
    let table = ws()
        .model
        .symbols
        .iter()
        .find(|s| s.kind.label() == "db-table")
        .unwrap()
        .id;
    h.state_mut().active = Some(table);
    h.run();
    // Following a new active symbol, the view picks a graph that holds it.
    assert_eq!(
        h.state().view.scene().unwrap().graph,
        Some(GraphKind::DataFlow)
    );
    // Choosing one that does not hold it explains and offers the ones that do.
    h.get_by_label("Calls").click();
    h.run();
    h.get_by_label_contains("is not in the Calls graph");
    h.get_by_label("It is in:");
    // Buttons switch to a graph that has it.
    let buttons = h.query_all_by_label("Resources").count();
    assert!(buttons >= 2, "toolbar and suggestion");
}

#[test]
fn impact_result_shows_as_a_graph() {
    let mut h = harness(Some(symbol("PAYCALC")));
    h.state_mut().impact = Some(impact_of("PAYCALC", false));
    h.run();
    let scene = h.state().view.scene().unwrap();
    assert_eq!(scene.graph, Some(GraphKind::Impact));
    h.get_by_label("Impact");
    // Context menu: Impact from here / Lineage to here.
    let paycalc = symbol("PAYCALC");
    let focus = scene.nodes.iter().find(|n| n.is_focus).unwrap();
    assert_eq!(focus.symbol, Some(paycalc));
    // Right-click the focus (the program): where the node sits on screen.
    let programs: Vec<_> = h.query_all_by_label("PAYCALC").collect();
    let rects: Vec<_> = programs.iter().map(|n| n.rect()).collect();
    drop(programs);
    for (k, _) in rects.iter().enumerate() {
        h.get_all_by_label("PAYCALC")
            .nth(k)
            .unwrap()
            .click_secondary();
        h.run();
        h.get_by_label("Lineage to here").click();
        h.run();
    }
    assert!(
        h.state().actions.contains(&Action::Impact {
            symbol: paycalc,
            backward: true
        }),
        "{:?}",
        h.state().actions
    );
}

#[test]
fn hide_from_the_context_menu_and_reset() {
    let mut h = harness(Some(symbol("PAYCALC")));
    h.get_by_label("PAYRND").click_secondary();
    h.run();
    h.get_by_label("Hide").click();
    h.run();
    assert!(h.query_by_label("PAYRND").is_none());
    h.get_by_label("Reset").click();
    h.run();
    h.get_by_label("PAYRND");
}

#[test]
fn hover_shows_id_kind_and_place() {
    let mut h = harness(Some(symbol("PAYCALC")));
    h.get_by_label("PAYRND").hover();
    h.run_steps(60);
    let payrnd = ws().model.symbol(symbol("PAYRND"));
    let file = &ws().model.file(payrnd.file().unwrap()).path;
    h.get_by_label_contains(&format!("{file}:"));
    h.get_by_label("program");
}

#[test]
fn system_services_are_system_nodes_with_a_hover_saying_so() {
    let mut h = harness(Some(symbol("BENADJ01")));
    let node = h
        .state()
        .view
        .scene()
        .expect("a scene")
        .nodes
        .iter()
        .find(|n| n.label == "CEE3ABD")
        .expect("CEE3ABD is drawn")
        .clone();
    // A kind of its own: not an unresolved name, not an unknown external either.
    assert_eq!(node.kind, "system");
    assert_eq!(node.style, legacylens::explore::scene::style_of("system"));
    for other in ["unresolved", "external"] {
        assert_ne!(node.style, legacylens::explore::scene::style_of(other));
    }
    h.get_by_label("CEE3ABD").hover();
    h.run_steps(60);
    h.get_by_label_contains("system service");
}

#[test]
fn clicking_a_bundle_expands_it() {
    let (key, count) = busiest_data_node();
    let NodeKey::Symbol(id) = key else {
        panic!("the busiest dataflow node is a symbol");
    };
    let mut h = harness(Some(id));
    h.state_mut().view.graph = GraphKind::DataFlow;
    h.state_mut().view.callers = false;
    h.state_mut().view.depth = 1;
    h.state_mut().view.bundle_threshold = 3;
    h.run();
    let label = format!("+{count} data-items");
    h.get_by_label(&label).click();
    h.run();
    assert!(h.query_by_label(&label).is_none());
    let scene = h.state().view.scene().unwrap();
    assert!(scene.nodes.iter().all(|n| n.bundle.is_none()));
    assert!(scene.nodes.iter().filter(|n| n.kind == "data-item").count() >= count);
    // Reset closes bundles again.
    h.get_by_label("Reset").click();
    h.run();
    h.get_by_label(&label);
}

#[test]
fn zoom_about_the_pointer_and_pan_by_dragging() {
    let mut h = harness(Some(symbol("PAYCALC")));
    let canvas = h.get_by_label("Graph").rect();
    let node = h.get_by_label("PAYRND").rect();
    let zoom = h.state().view.zoom();
    // Zoom in about the PAYRND node: it grows and stays under the pointer.
    let at = node.center();
    h.hover_at(at);
    h.event(egui::Event::Zoom(1.5));
    h.run();
    assert!((h.state().view.zoom() - zoom * 1.5).abs() < 1e-3);
    let zoomed = h.get_by_label("PAYRND").rect();
    assert!((zoomed.width() - node.width() * 1.5).abs() < 1.0);
    assert!((zoomed.center().x - node.center().x).abs() < 1.0);
    assert!((zoomed.center().y - node.center().y).abs() < 1.0);
    // Drag an empty corner of the canvas: everything moves with the pointer.
    let from = canvas.min + egui::vec2(6.0, 6.0);
    h.drag_at(from);
    h.hover_at(from + egui::vec2(20.0, 10.0));
    h.hover_at(from + egui::vec2(40.0, 30.0));
    h.drop_at(from + egui::vec2(40.0, 30.0));
    h.run();
    let panned = h.get_by_label("PAYRND").rect();
    assert!(
        (panned.min.x - zoomed.min.x - 40.0).abs() < 1.0,
        "{zoomed:?} {panned:?}"
    );
    assert!((panned.min.y - zoomed.min.y - 30.0).abs() < 1.0);
    // Fit brings the fitted zoom back.
    h.get_by_label("Fit").click();
    h.run();
    assert!((h.state().view.zoom() - zoom).abs() < 1e-3);
}

#[test]
fn export_dot_writes_a_file_graphviz_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Some(symbol("PAYCALC")));
    h.state_mut().view.export_dir = Some(dir.path().to_path_buf());
    h.get_by_label("Export DOT…").click();
    h.run();
    let path = dir.path().join("Calls-PAYCALC.dot");
    let dot = std::fs::read_to_string(&path).expect("exported");
    assert!(
        h.state()
            .actions
            .iter()
            .any(|a| matches!(a, Action::Status(s) if s.contains("Calls-PAYCALC.dot")))
    );
    assert!(dot.contains("PAYRND"));
    graphviz(&dot);
    h.get_by_label("Export SVG…").click();
    h.run();
    let svg = std::fs::read_to_string(dir.path().join("Calls-PAYCALC.svg")).unwrap();
    assert_well_formed(&svg);
}

fn synthetic_harness() -> Harness<'static, State> {
    let scene = scene::synthetic(2000, 4000);
    assert_eq!(scene.nodes.len(), 2000);
    let state = State {
        view: GraphView::with_scene(scene),
        rules: RuleBook::default(),
        active: None,
        impact: None,
        actions: Vec::new(),
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, state: &mut State| {
                let mut cx = Cx {
                    ws: ws(),
                    rules: &mut state.rules,
                    active: state.active,
                    place: None,
                    impact: None,
                    actions: &mut state.actions,
                };
                state.view.ui(ui, &mut cx);
            },
            state,
        );
    h.run();
    h
}

#[test]
fn a_large_synthetic_scene_draws() {
    let mut h = synthetic_harness();
    let mut times = Vec::new();
    for _ in 0..20 {
        h.step();
        times.push(h.state().view.last_frame_ms);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "graph view ui() with 2000 nodes: median {:.2} ms, max {:.2} ms",
        times[10], times[19]
    );
    assert_eq!(h.state().view.scene().unwrap().nodes.len(), 2000);
}

/// Frame cost with 2,000 nodes and 4,000 edges: `ui()` alone, and `ui()` plus egui's
/// tessellation, fitted (everything visible) and at zoom 1 (labels drawn).
/// `cargo test --release --test app_graph_view frame_time -- --ignored --nocapture`
#[test]
#[ignore]
fn frame_time_2000_nodes() {
    let mut h = synthetic_harness();
    let ppp = h.ctx.pixels_per_point();
    for (name, view) in [
        ("fit", None),
        ("zoom 1", Some(1.0)),
        ("zoom 0.5", Some(0.5)),
    ] {
        if let Some(zoom) = view {
            h.state_mut().view.set_view(zoom, [-2000.0, -1000.0]);
        }
        let (mut ui_ms, mut total_ms) = (Vec::new(), Vec::new());
        let (mut tess_ms, mut step_ms, mut shape_count) = (Vec::new(), Vec::new(), 0);
        for _ in 0..60 {
            let started = std::time::Instant::now();
            h.step();
            let stepped = started.elapsed();
            let shapes = h.output().shapes.clone();
            let count = shapes.len();
            let t = std::time::Instant::now();
            let meshes = h.ctx.tessellate(shapes, ppp);
            tess_ms.push(t.elapsed().as_secs_f64() * 1e3);
            step_ms.push(stepped.as_secs_f64() * 1e3);
            shape_count = count;
            std::hint::black_box(&meshes);
            total_ms.push(started.elapsed().as_secs_f64() * 1e3);
            ui_ms.push(h.state().view.last_frame_ms);
        }
        for v in [&mut ui_ms, &mut total_ms, &mut tess_ms, &mut step_ms] {
            v.sort_by(f64::total_cmp);
        }
        let p95 = |v: &[f64]| v[v.len() * 95 / 100];
        println!(
            "{name} (zoom {:.3}): ui() p50 {:.2} ms p95 {:.2} ms; frame+tessellate p50 {:.2} ms p95 {:.2} ms",
            h.state().view.zoom(),
            ui_ms[30],
            p95(&ui_ms),
            total_ms[30],
            p95(&total_ms)
        );
        println!(
            "    step p50 {:.2} p95 {:.2}; tessellate p50 {:.2} p95 {:.2}; {shape_count} clipped shapes",
            step_ms[30],
            p95(&step_ms),
            tess_ms[30],
            p95(&tess_ms)
        );
    }
}

/// A 2,000-node neighbourhood of a real estate on screen: set `LEGACYLENS_ESTATE` to a big
/// project folder (e.g. the 1 M-line estate) and run
/// `cargo test --release --test app_graph_view estate_frame_time -- --ignored --nocapture`.
#[test]
#[ignore]
fn estate_frame_time() {
    let Some(root) = std::env::var_os("LEGACYLENS_ESTATE") else {
        println!("note: LEGACYLENS_ESTATE not set; skipped");
        return;
    };
    let started = std::time::Instant::now();
    let model = legacylens::index::index_path(std::path::PathBuf::from(root)).unwrap();
    let ws: &'static Workspace = Box::leak(Box::new(Workspace::build(model)));
    println!(
        "indexed {} files in {:.1} s",
        ws.model.files.len(),
        started.elapsed().as_secs_f64()
    );
    for kind in [GraphKind::Calls, GraphKind::DataFlow, GraphKind::Control] {
        let Some(hub) = scene::busiest_symbol(ws, kind) else {
            continue;
        };
        let mut view = GraphView::default();
        view.graph = kind;
        view.depth = 6;
        view.bundle_threshold = 100_000;
        let state = State {
            view,
            rules: RuleBook::default(),
            active: Some(hub),
            impact: None,
            actions: Vec::new(),
        };
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .with_step_dt(1.0 / 60.0)
            .build_ui_state(
                move |ui, state: &mut State| {
                    let mut cx = Cx {
                        ws,
                        rules: &mut state.rules,
                        active: state.active,
                        place: None,
                        impact: None,
                        actions: &mut state.actions,
                    };
                    state.view.ui(ui, &mut cx);
                },
                state,
            );
        h.step();
        let ppp = h.ctx.pixels_per_point();
        let mut frame = Vec::new();
        for _ in 0..60 {
            let t = std::time::Instant::now();
            h.step();
            let meshes = h.ctx.tessellate(h.output().shapes.clone(), ppp);
            std::hint::black_box(meshes);
            frame.push(t.elapsed().as_secs_f64() * 1e3);
        }
        frame.sort_by(f64::total_cmp);
        let view = &h.state().view;
        let scene = view.scene().unwrap();
        println!(
            "{}: hub {} -> {} nodes, {} edges, {:.0} x {:.0} at zoom {:.3}, built in {:.1} ms; frame+tessellate p50 {:.2} ms p95 {:.2} ms{}",
            kind.label(),
            ws.model.symbol(hub).qualified_name,
            scene.nodes.len(),
            scene.edges.len(),
            scene.width,
            scene.height,
            view.zoom(),
            view.last_build_ms().unwrap(),
            frame[30],
            frame[57],
            scene
                .note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        );
    }
}

#[test]
fn dynamic_transfers_of_the_main_menu_are_drawn_dashed() {
    let ws = ws();
    let req = SceneRequest::for_symbol(GraphKind::Calls, symbol("BENMNU1"));
    let scene = Scene::build(ws, &req);
    // Menu table, 88-level and the transaction that starts it.
    for to in ["BENONL1", "BENLST1", "BENADR1", "BENHLP1", "BENSGN1"] {
        assert!(edge_between(&scene, "BENMNU1", to), "BENMNU1 -> {to}");
    }
    assert!(edge_between(&scene, "BMNU", "BENMNU1"));
    assert!(scene.edge_kinds.contains(&"cics-xctl-dynamic"));
    let kind = scene
        .edges
        .iter()
        .find(|e| scene.nodes[e.from].label == "BENMNU1" && scene.nodes[e.to].label == "BENSGN1")
        .map(|e| e.kind)
        .unwrap();
    assert_eq!(kind, "cics-xctl-dynamic");
    // Same colour as a static XCTL, dashed.
    let (dynamic, static_) = (scene::edge_style(kind), scene::edge_style("cics-xctl"));
    assert_eq!(dynamic.0, static_.0);
    assert!(dynamic.1 && !static_.1);
}
