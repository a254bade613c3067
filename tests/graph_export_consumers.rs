//! The graph export formats read by the programs users feed them to: Graphviz `dot` renders the
//! DOT, networkx reads the GraphML back with its attributes and int types, and Python's csv
//! module reads the Neo4j import files. The tools are required (CI installs them): a missing
//! tool fails the test with what to install.

use std::collections::{HashMap, HashSet};
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use legacylens::csv_cell::neutralise;
use legacylens::graphs::export::{self, NEO4J_NODES_HEADER, NEO4J_RELATIONSHIPS_HEADER};
use legacylens::graphs::view::{GraphView, ViewEdge, ViewNode};
use legacylens::model::{Model, RefKind, RefTarget, SymbolId, SymbolKind};
use serde_json::Value;

fn sample_model() -> Model {
    legacylens::index::index_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos"))
        .expect("index sample_repos")
}

/// COBOL programs, sections and paragraphs, with one edge per PERFORM or CALL between them.
fn cobol_view(model: &Model) -> GraphView {
    let mut view = GraphView::new("calls");
    let mut index: HashMap<SymbolId, usize> = HashMap::new();
    for sym in &model.symbols {
        if matches!(
            sym.kind,
            SymbolKind::Program | SymbolKind::Paragraph | SymbolKind::Section
        ) {
            index.insert(sym.id, view.nodes.len());
            view.nodes.push(ViewNode {
                id: sym.qualified_name.clone(),
                label: sym.name.clone(),
                kind: sym.kind.label().to_string(),
                file: sym.file().map(|f| model.file(f).path.clone()),
                line: sym.line(),
                symbol: Some(sym.id),
            });
        }
    }
    for r in &model.references {
        if !matches!(r.kind, RefKind::Perform | RefKind::Call) {
            continue;
        }
        let RefTarget::Symbol { id } = &r.target else {
            continue;
        };
        // Java calls (method to method) are references of kind Call too; they are not nodes.
        let (Some(&source), Some(&target)) = (index.get(&r.from), index.get(id)) else {
            continue;
        };
        view.edges.push(ViewEdge {
            source,
            target,
            kind: r.kind.label().to_string(),
            file: Some(model.file(r.span.file).path.clone()),
            line: Some(r.span.line),
            count: 1,
        });
    }
    view.sort();
    view
}

/// A view whose names need every kind of escaping.
fn awkward_view() -> GraphView {
    let node =
        |id: &str, label: &str, kind: &str, file: Option<&str>, line: Option<u32>| ViewNode {
            id: id.into(),
            label: label.into(),
            kind: kind.into(),
            file: file.map(Into::into),
            line,
            symbol: None,
        };
    let mut view = GraphView::new("awkward");
    view.nodes = vec![
        node(
            "com.acme.Outer$1.<init>(int,String)",
            "<init>",
            "constructor",
            Some("src/a,b \"q\".java"),
            Some(7),
        ),
        node("A && \"B\"\n\\N 'x'", "x<y>&z", "weird kind", None, None),
        node("node", "edge", "graph", Some("x\ty"), None),
        node("ctl\u{1}", "ctl\u{1}", "end", None, Some(3)),
        node("back\\", "back\\", "paragraph", None, None),
    ];
    let edge = |source, target, kind: &str, file: Option<&str>, line, count| ViewEdge {
        source,
        target,
        kind: kind.into(),
        file: file.map(Into::into),
        line,
        count,
    };
    view.edges = vec![
        edge(0, 1, "sql-insert", Some("a,\"b\"\n.cbl"), Some(1), 1),
        edge(1, 2, "fall-through", None, None, 2),
        edge(1, 2, "fall-through", Some("f"), Some(9), 1), // parallel to the one before
        edge(2, 3, "-> \"odd\"", None, Some(4), 1),
        edge(3, 4, "contains", None, None, 1),
        edge(4, 0, "call", Some("z"), None, 1),
    ];
    view
}

/// Fails with what to install when a required tool is missing.
fn require(ok: bool, what: &str) {
    assert!(
        ok,
        "{what} (CI installs it through .ci/run; this test does not skip)"
    );
}

fn run_with_stdin(cmd: &str, args: &[&str], input: &str) -> std::process::Output {
    let mut child = Command::new(cmd)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("start {cmd}: {e}"));
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("run");
    writer.join().unwrap().expect("feed stdin");
    out
}

fn have_dot() {
    let ok = Command::new("dot")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    require(
        ok,
        "Graphviz `dot` is not installed: install graphviz (Debian: apt-get install graphviz)",
    );
}

fn python(script: &str, args: &[&str]) -> Value {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output();
    let out = match out {
        Ok(out) => out,
        Err(e) => panic!("python3 cannot be started ({e}): install python3 (CI installs it)"),
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "python3 failed: {stderr}");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("python3 output: {e}"))
}

fn have_networkx() {
    let ok = Command::new("python3")
        .args(["-c", "import networkx"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    require(
        ok,
        "python3 with networkx is needed: install it with `python3 -m pip install networkx` \
         (or Debian: apt-get install python3-networkx)",
    );
}

/// Parses SVG as XML and lists the text of every `<text>` and `<title>` element.
const SVG_TEXTS: &str = r#"
import json, sys
import xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
ns = "{http://www.w3.org/2000/svg}"
print(json.dumps({
    "texts": [t.text or "" for t in root.iter(ns + "text")],
    "titles": [t.text or "" for t in root.iter(ns + "title")],
}))
"#;

/// Renders DOT to SVG with Graphviz and reads the SVG back as XML: the labels drawn and the
/// titles (node ids, `a->b` for edges).
fn render_svg(dot: &str) -> (Vec<String>, Vec<String>) {
    have_dot();
    let out = run_with_stdin("dot", &["-Tsvg"], dot);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot -Tsvg failed: {stderr}\n{dot}");
    assert!(
        !stderr.contains("Warning") && !stderr.contains("Error"),
        "dot complained: {stderr}"
    );
    let svg = String::from_utf8(out.stdout).expect("SVG is UTF-8");
    assert!(svg.contains("<svg"), "no SVG from dot");
    let out = run_with_stdin("python3", &["-c", SVG_TEXTS], &svg);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the SVG is not well-formed XML: {stderr}"
    );
    let parsed: Value = serde_json::from_slice(&out.stdout).unwrap();
    (strings(&parsed["texts"]), strings(&parsed["titles"]))
}

/// Reads GraphML with networkx: whether it is a multigraph, every node and every edge with
/// their attributes, and the Python type of each attribute.
const READ_GRAPHML: &str = r#"
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
types = lambda d: {k: type(v).__name__ for k, v in d.items()}
print(json.dumps({
    "directed": g.is_directed(),
    "multigraph": g.is_multigraph(),
    "number_of_nodes": g.number_of_nodes(),
    "number_of_edges": g.number_of_edges(),
    "nodes": [[n, d, types(d)] for n, d in g.nodes(data=True)],
    "edges": [[u, v, {k: x for k, x in d.items() if k != "id"}, types(d)]
              for u, v, d in g.edges(data=True)],
}))
"#;

fn read_graphml(view: &GraphView) -> Value {
    have_networkx();
    let mut file = tempfile::Builder::new()
        .suffix(".graphml")
        .tempfile()
        .unwrap();
    file.write_all(export::to_graphml(view).as_bytes()).unwrap();
    file.flush().unwrap();
    python(READ_GRAPHML, &[file.path().to_str().unwrap()])
}

/// The attributes the GraphML of a node must carry.
fn node_attrs(n: &ViewNode) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("label".into(), n.label.clone().into());
    m.insert("kind".into(), n.kind.clone().into());
    if let Some(f) = &n.file {
        m.insert("file".into(), f.clone().into());
    }
    if let Some(l) = n.line {
        m.insert("line".into(), l.into());
    }
    Value::Object(m)
}

fn edge_attrs(e: &ViewEdge) -> Value {
    let mut m = serde_json::Map::new();
    m.insert("kind".into(), e.kind.clone().into());
    if let Some(f) = &e.file {
        m.insert("file".into(), f.clone().into());
    }
    if let Some(l) = e.line {
        m.insert("line".into(), l.into());
    }
    m.insert("count".into(), e.count.into());
    Value::Object(m)
}

/// What networkx must read back: XML cannot hold C0 control characters other than tab, line
/// feed and carriage return, so those come back as their control pictures.
fn xml_safe(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap(),
            _ => c,
        })
        .collect()
}

fn xml_safe_view(view: &GraphView) -> GraphView {
    let mut v = view.clone();
    for n in &mut v.nodes {
        n.id = xml_safe(&n.id);
        n.label = xml_safe(&n.label);
    }
    v
}

/// Checks networkx read every node and edge of `view` with the same attributes and int types.
fn check_graphml(view: &GraphView) -> Value {
    let g = read_graphml(view);
    let expected = xml_safe_view(view);
    assert_eq!(g["directed"], true);
    assert_eq!(g["number_of_nodes"], expected.nodes.len());
    assert_eq!(g["number_of_edges"], expected.edges.len());
    let pairs: HashSet<_> = expected
        .edges
        .iter()
        .map(|e| (e.source, e.target))
        .collect();
    assert_eq!(
        g["multigraph"],
        pairs.len() < expected.edges.len(),
        "networkx reads a MultiDiGraph exactly when there are parallel edges"
    );

    let nodes: HashMap<&str, &Value> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n[0].as_str().unwrap(), n))
        .collect();
    for n in &expected.nodes {
        let got = nodes
            .get(n.id.as_str())
            .unwrap_or_else(|| panic!("networkx lost node {:?}", n.id));
        assert_eq!(got[1], node_attrs(n), "node {:?}", n.id);
        if n.line.is_some() {
            assert_eq!(got[2]["line"], "int", "node line type");
        }
    }

    let mut got: Vec<String> = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            if e[2].get("line").is_some() {
                assert_eq!(e[3]["line"], "int", "{e}");
            }
            assert_eq!(e[3]["count"], "int", "{e}");
            serde_json::to_string(&[&e[0], &e[1], &e[2]]).unwrap()
        })
        .collect();
    let mut want: Vec<String> = expected
        .edges
        .iter()
        .map(|e| {
            serde_json::to_string(&[
                Value::from(expected.nodes[e.source].id.clone()),
                Value::from(expected.nodes[e.target].id.clone()),
                edge_attrs(e),
            ])
            .unwrap()
        })
        .collect();
    got.sort();
    want.sort();
    assert_eq!(got, want, "edges read back by networkx");
    g
}

/// Reads both Neo4j CSV files with Python's csv module: [header, rows…] of each.
const READ_CSV: &str = r#"
import csv, json, sys
def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))
print(json.dumps({"nodes": rows(sys.argv[1]), "relationships": rows(sys.argv[2])}))
"#;

fn strings(row: &Value) -> Vec<String> {
    row.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Writes the Neo4j files, reads them back with Python's csv module and checks every row.
fn check_neo4j(view: &GraphView) {
    let dir = tempfile::tempdir().unwrap();
    let paths = export::write_neo4j(view, dir.path()).expect("write Neo4j CSV");
    assert_eq!(
        paths,
        vec![
            dir.path().join(format!("{}_nodes.csv", view.name)),
            dir.path().join(format!("{}_relationships.csv", view.name)),
        ]
    );
    let csv = python(
        READ_CSV,
        &[paths[0].to_str().unwrap(), paths[1].to_str().unwrap()],
    );
    let nodes: Vec<Vec<String>> = csv["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(strings)
        .collect();
    let rels: Vec<Vec<String>> = csv["relationships"]
        .as_array()
        .unwrap()
        .iter()
        .map(strings)
        .collect();
    assert_eq!(nodes[0].join(","), NEO4J_NODES_HEADER);
    assert_eq!(
        nodes[0],
        ["id:ID", "label", "kind", "file", "line:int", ":LABEL"]
    );
    assert_eq!(rels[0].join(","), NEO4J_RELATIONSHIPS_HEADER);
    assert_eq!(
        rels[0],
        [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "kind",
            "file",
            "line:int",
            "count:int"
        ]
    );
    assert_eq!(nodes.len(), view.nodes.len() + 1, "node rows");
    assert_eq!(rels.len(), view.edges.len() + 1, "relationship rows");

    let opt = |v: Option<u32>| v.map(|l| l.to_string()).unwrap_or_default();
    // Text fields come back with a `'` before a leading `=`, `+`, `-`, `@`, TAB or CR.
    let text = |s: &str| neutralise(s).into_owned();
    for (row, n) in nodes[1..].iter().zip(&view.nodes) {
        assert_eq!(
            row,
            &[
                text(&n.id),
                text(&n.label),
                text(&n.kind),
                text(n.file.as_deref().unwrap_or_default()),
                opt(n.line),
                export::neo4j_label(&n.kind),
            ]
        );
        let label = &row[5];
        assert!(
            label.starts_with(|c: char| c.is_ascii_uppercase())
                && label.chars().all(|c| c.is_ascii_alphanumeric()),
            "label {label:?}"
        );
    }
    let ids: HashSet<&str> = nodes[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.len(), view.nodes.len(), "node ids are unique");
    for (row, e) in rels[1..].iter().zip(&view.edges) {
        assert!(ids.contains(row[0].as_str()), ":START_ID {:?}", row[0]);
        assert!(ids.contains(row[1].as_str()), ":END_ID {:?}", row[1]);
        assert_eq!(
            row,
            &[
                text(&view.nodes[e.source].id),
                text(&view.nodes[e.target].id),
                export::neo4j_type(&e.kind),
                text(&e.kind),
                text(e.file.as_deref().unwrap_or_default()),
                opt(e.line),
                e.count.to_string(),
            ]
        );
        let ty = &row[2];
        assert!(
            ty.starts_with(|c: char| c.is_ascii_uppercase())
                && ty
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'),
            "type {ty:?}"
        );
    }
}

#[test]
fn sample_cobol_graph_in_every_consumer() {
    let model = sample_model();
    let view = cobol_view(&model);
    assert!(view.nodes.len() > 20, "{} nodes", view.nodes.len());
    assert!(view.edges.len() > 20, "{} edges", view.edges.len());
    let claim = view
        .nodes
        .iter()
        .position(|n| n.id == "BENPAY01.2000-PROCESS-CLAIM")
        .expect("BENPAY01.2000-PROCESS-CLAIM in the view");
    let known_edge = view
        .edges
        .iter()
        .find(|e| e.target == claim && e.kind == "perform")
        .expect("a PERFORM of 2000-PROCESS-CLAIM");

    // Graphviz renders the DOT.
    let (texts, titles) = render_svg(&export::to_dot(&view));
    assert!(
        texts.iter().any(|t| t == "2000-PROCESS-CLAIM"),
        "node label in the SVG"
    );
    assert!(
        titles.iter().any(|t| t == "BENPAY01.2000-PROCESS-CLAIM"),
        "node id in the SVG"
    );
    assert!(texts.iter().any(|t| t == "Legend"), "legend in the SVG");
    for kind in ["program", "paragraph", "section"] {
        assert!(texts.iter().any(|t| t == kind), "legend entry {kind}");
    }
    for n in &view.nodes {
        assert!(titles.contains(&n.id), "node {:?} drawn", n.id);
    }

    // networkx reads the GraphML with every attribute, lines and counts as ints.
    let g = check_graphml(&view);
    let node = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n[0] == "BENPAY01.2000-PROCESS-CLAIM")
        .unwrap();
    assert_eq!(node[1]["label"], "2000-PROCESS-CLAIM");
    assert_eq!(node[1]["kind"], "paragraph");
    assert_eq!(node[1]["file"], "benefits/cobol/cbl/BENPAY01.cbl");
    assert_eq!(node[1]["line"], 315);
    assert_eq!(node[2]["line"], "int");
    let edge = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e[1] == "BENPAY01.2000-PROCESS-CLAIM"
                && e[2]["kind"] == "perform"
                && e[2]["line"] == known_edge.line.unwrap()
        })
        .expect("the PERFORM of 2000-PROCESS-CLAIM in networkx");
    assert_eq!(edge[0], view.nodes[known_edge.source].id.as_str());
    assert_eq!(edge[2]["file"], "benefits/cobol/cbl/BENPAY01.cbl");
    assert_eq!(edge[2]["count"], 1);
    assert_eq!(edge[3]["line"], "int");

    // Python's csv module reads the Neo4j import files.
    check_neo4j(&view);
}

#[test]
fn awkward_names_in_every_consumer() {
    let view = awkward_view();

    let (texts, titles) = render_svg(&export::to_dot(&view));
    for label in [
        "<init>",
        "x<y>&z",
        "edge",
        "ctl\u{2401}",
        "back\\",
        "-> \"odd\"",
    ] {
        assert!(
            texts.iter().any(|t| t == label),
            "label {label:?} in {texts:?}"
        );
    }
    // In node names Graphviz undoes only `\"` (the DOT language has no other escape there), so
    // a backslash stays doubled and a line feed stays `\n`; labels undo every escape.
    for id in [
        "com.acme.Outer$1.<init>(int,String)",
        "node",
        "ctl\u{2401}",
        "back\\\\",
        "A && \"B\"\\n\\\\N 'x'",
    ] {
        assert!(
            titles.iter().any(|t| t == id),
            "node id {id:?} in {titles:?}"
        );
    }

    check_graphml(&view);
    // Without parallel edges networkx reads a plain DiGraph; attributes are the same.
    let mut simple = view.clone();
    simple.edges.remove(2);
    check_graphml(&simple);
    check_neo4j(&view);

    // JSON is plain serde_json; it round-trips through Python too.
    let json = export::to_json(&view);
    let out = run_with_stdin(
        "python3",
        &[
            "-c",
            "import json,sys; print(json.dumps(json.load(sys.stdin)))",
        ],
        &json.to_string(),
    );
    assert!(out.status.success());
    let back: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(back, json);
}
