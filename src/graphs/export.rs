//! Writes a [`GraphView`] in every output format of `legacylens graph`: TSV, JSON, Graphviz DOT,
//! GraphML and Neo4j bulk-import CSV. `docs/graph-formats.md` describes each format.
//!
//! Writers print nodes and edges in the view's order (call [`GraphView::sort`] first for
//! byte-stable output) and escape every id and label for their format, so any name the model
//! holds (`Outer$1.<init>()`, `A && B`, quotes, newlines, control characters) survives the round
//! trip through Graphviz, XML parsers and CSV readers.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::json;

use super::view::{GraphView, ViewEdge};
use crate::atomic_write::write_atomic;
use crate::csv_cell;

/// `file:line` of a node or edge; just `file` when the line is unknown, `None` without a file.
fn site(file: Option<&str>, line: Option<u32>) -> Option<String> {
    match (file, line) {
        (Some(f), Some(l)) => Some(format!("{f}:{l}")),
        (Some(f), None) => Some(f.to_string()),
        (None, _) => None,
    }
}

fn edge_site(e: &ViewEdge) -> Option<String> {
    site(e.file.as_deref(), e.line)
}

/// The printable stand-in for a C0 control character other than tab, line feed and carriage
/// return: its Unicode "control picture" (U+2400 + code), so distinct names stay distinct.
fn control_picture(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// TSV

/// Escapes a TSV field: backslash, tab, line feed and carriage return become `\\`, `\t`, `\n`,
/// `\r`, so every edge stays on one line with exactly five columns.
fn tsv_field(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out
}

/// One line per edge: source id, target id, kind, `file:line` of the statement (empty when
/// unknown), number of statements. This column order is a public contract.
pub fn to_tsv(view: &GraphView) -> String {
    let mut out = String::new();
    for e in &view.edges {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            tsv_field(&view.nodes[e.source].id),
            tsv_field(&view.nodes[e.target].id),
            tsv_field(&e.kind),
            tsv_field(&edge_site(e).unwrap_or_default()),
            e.count
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------
// JSON

/// `{"graph", "nodes": [{id, label, kind, path, line}], "edges": [{from, to, kind, site, count}]}`;
/// `from`/`to` are node ids, absent values are `null`.
pub fn to_json(view: &GraphView) -> serde_json::Value {
    let nodes: Vec<_> = view
        .nodes
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "label": n.label,
                "kind": n.kind,
                "path": n.file,
                "line": n.line,
            })
        })
        .collect();
    let edges: Vec<_> = view
        .edges
        .iter()
        .map(|e| {
            json!({
                "from": view.nodes[e.source].id,
                "to": view.nodes[e.target].id,
                "kind": e.kind,
                "site": edge_site(e),
                "count": e.count,
            })
        })
        .collect();
    json!({ "graph": view.name, "nodes": nodes, "edges": edges })
}

// ---------------------------------------------------------------------------------------------
// DOT

/// Quotes a string as a DOT double-quoted string (usable as id and as attribute value).
/// `"` and `\` are backslash-escaped (so label escapes such as `\N` or `\l` never trigger), a
/// line feed becomes the `\n` line break, a carriage return `\r`, other C0 control characters
/// their control pictures (Graphviz would pass them into SVG, where XML forbids them).
/// Graphviz undoes every escape in labels; in node names it undoes only `\"`, so a name with a
/// backslash keeps it doubled there (DOT cannot write a lone backslash before a closing quote).
pub fn dot_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(control_picture(c).unwrap_or(c)),
        }
    }
    out.push('"');
    out
}

/// Shape and fill colour of a node kind; unknown kinds get a plain white box.
fn node_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "program" => ("component", "#9dc3e6"),
        "section" => ("folder", "#c5e0b4"),
        "paragraph" => ("box", "#e2f0d9"),
        "data-item" => ("ellipse", "#fff2cc"),
        "condition-name" => ("ellipse", "#ffe699"),
        "index-name" => ("ellipse", "#fbe5d6"),
        "file" => ("note", "#f8cbad"),
        "copybook" => ("note", "#ededed"),
        "dataset" => ("cylinder", "#f4b183"),
        "db-table" => ("cylinder", "#b4a7d6"),
        "db-view" => ("cylinder", "#d9d2e9"),
        "db-column" => ("ellipse", "#e4dfec"),
        "jcl-job" => ("tab", "#bdd7ee"),
        "jcl-step" => ("box", "#ddebf7"),
        "jcl-proc" => ("tab", "#deebf7"),
        "jcl-dd" => ("parallelogram", "#dae3f3"),
        "cics-transaction" => ("hexagon", "#f9cb9c"),
        "cics-map" => ("note", "#fce4d6"),
        "package" => ("folder", "#d9d9d9"),
        "class" | "record" => ("box", "#c9daf8"),
        "interface" | "annotation" => ("box", "#cfe2f3"),
        "enum" => ("box", "#d0e0e3"),
        "method" | "constructor" | "initializer" => ("box", "#a4c2f4"),
        "field" | "enum-constant" => ("ellipse", "#d9ead3"),
        "end" => ("doublecircle", "#bfbfbf"),
        "system" => ("trapezium", "#c6d9c0"),
        "external" => ("octagon", "#d9d9d9"),
        "unresolved" => ("octagon", "#f4a6a6"),
        _ => ("box", "#ffffff"),
    }
}

/// Line style and colour of an edge kind; unknown kinds are solid black.
fn edge_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "fall-through" => ("dashed", "#7f7f7f"),
        "contains" => ("dotted", "#7f7f7f"),
        "call" | "executes" => ("solid", "#1f4e79"),
        "instantiate" => ("dashed", "#1f4e79"),
        "perform" => ("solid", "#38761d"),
        "go-to" => ("bold", "#c00000"),
        "alter" => ("bold", "#7030a0"),
        "include" | "type-use" | "extends" | "implements" => ("dotted", "#404040"),
        "read" | "sql-select" => ("solid", "#2f5597"),
        "write" | "update" | "delete" | "sql-insert" | "sql-update" | "sql-delete" => {
            ("solid", "#c55a11")
        }
        "move" => ("solid", "#7030a0"),
        "first-step" | "next-step" => ("bold", "#7f7f7f"),
        "writes" => ("solid", "#c55a11"),
        "read-by" => ("solid", "#2f5597"),
        "feeds" => ("bold", "#2f5597"),
        k if k.ends_with("-dynamic") => ("dashed", "#0b7a75"),
        k if k.starts_with("cics-") => ("solid", "#0b7a75"),
        _ => ("solid", "#000000"),
    }
}

/// Graphviz DOT, left to right: nodes shaped and filled by kind, edges styled by kind, a `kind`
/// attribute on every node and edge, and a legend cluster with one sample node per node kind.
pub fn to_dot(view: &GraphView) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", dot_quote(&view.name));
    out.push_str("  rankdir=LR;\n");
    out.push_str("  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=8];\n");

    let kinds: BTreeSet<&str> = view.nodes.iter().map(|n| n.kind.as_str()).collect();
    if !kinds.is_empty() {
        // Legend node ids must not collide with the graph's: lengthen the prefix until no node
        // id starts with it.
        let mut prefix = String::from("legend:");
        while view.nodes.iter().any(|n| n.id.starts_with(&prefix)) {
            prefix.insert(0, '_');
        }
        out.push_str("  subgraph \"cluster_legend\" {\n");
        out.push_str(
            "    label=\"Legend\"; style=dashed; color=\"#7f7f7f\"; fontname=\"Helvetica\";\n",
        );
        for kind in &kinds {
            let (shape, fill) = node_style(kind);
            let _ = writeln!(
                out,
                "    {} [label={}, kind=\"legend\", shape={shape}, fillcolor=\"{fill}\"];",
                dot_quote(&format!("{prefix}{kind}")),
                dot_quote(kind),
            );
        }
        out.push_str("  }\n");
    }

    for n in &view.nodes {
        let (shape, fill) = node_style(&n.kind);
        let _ = write!(
            out,
            "  {} [label={}, kind={}, shape={shape}, fillcolor=\"{fill}\"",
            dot_quote(&n.id),
            dot_quote(&n.label),
            dot_quote(&n.kind),
        );
        if let Some(s) = site(n.file.as_deref(), n.line) {
            let _ = write!(out, ", tooltip={}", dot_quote(&s));
        }
        out.push_str("];\n");
    }
    for e in &view.edges {
        let (style, color) = edge_style(&e.kind);
        let label = if e.count > 1 {
            format!("{} ×{}", e.kind, e.count)
        } else {
            e.kind.clone()
        };
        let _ = write!(
            out,
            "  {} -> {} [kind={}, label={}, style={style}, color=\"{color}\", fontcolor=\"{color}\", count={}",
            dot_quote(&view.nodes[e.source].id),
            dot_quote(&view.nodes[e.target].id),
            dot_quote(&e.kind),
            dot_quote(&label),
            e.count,
        );
        if let Some(s) = edge_site(e) {
            let _ = write!(out, ", tooltip={}", dot_quote(&s));
        }
        out.push_str("];\n");
    }
    out.push_str("}\n");
    out
}

// ---------------------------------------------------------------------------------------------
// GraphML

/// Escapes text for XML 1.0 attribute values and character data. The five markup characters
/// become entities; tab, line feed and carriage return become character references (so
/// attribute-value normalisation keeps them); characters XML 1.0 forbids (other C0 controls,
/// U+FFFE, U+FFFF) are replaced: controls by their control pictures, the others by U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            _ => out.push(control_picture(c).unwrap_or(c)),
        }
    }
    out
}

/// Standard GraphML (directed): string attributes `label`, `kind`, `file` and int `line` on
/// nodes; `kind`, `file` and int `line`, `count` on edges. Absent values have no `<data>`.
/// Edge ids are `e0`, `e1`, … in view order (multigraph readers use them as edge keys).
pub fn to_graphml(view: &GraphView) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns",
        " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        "  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"n_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
        "  <key id=\"n_file\" for=\"node\" attr.name=\"file\" attr.type=\"string\"/>\n",
        "  <key id=\"n_line\" for=\"node\" attr.name=\"line\" attr.type=\"int\"/>\n",
        "  <key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n",
        "  <key id=\"e_file\" for=\"edge\" attr.name=\"file\" attr.type=\"string\"/>\n",
        "  <key id=\"e_line\" for=\"edge\" attr.name=\"line\" attr.type=\"int\"/>\n",
        "  <key id=\"e_count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>\n",
    ));
    let _ = writeln!(
        out,
        "  <graph id=\"{}\" edgedefault=\"directed\">",
        xml_escape(&view.name)
    );
    for n in &view.nodes {
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&n.id));
        let _ = writeln!(
            out,
            "      <data key=\"n_label\">{}</data>",
            xml_escape(&n.label)
        );
        let _ = writeln!(
            out,
            "      <data key=\"n_kind\">{}</data>",
            xml_escape(&n.kind)
        );
        if let Some(file) = &n.file {
            let _ = writeln!(
                out,
                "      <data key=\"n_file\">{}</data>",
                xml_escape(file)
            );
        }
        if let Some(line) = n.line {
            let _ = writeln!(out, "      <data key=\"n_line\">{line}</data>");
        }
        out.push_str("    </node>\n");
    }
    for (i, e) in view.edges.iter().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            xml_escape(&view.nodes[e.source].id),
            xml_escape(&view.nodes[e.target].id),
        );
        let _ = writeln!(
            out,
            "      <data key=\"e_kind\">{}</data>",
            xml_escape(&e.kind)
        );
        if let Some(file) = &e.file {
            let _ = writeln!(
                out,
                "      <data key=\"e_file\">{}</data>",
                xml_escape(file)
            );
        }
        if let Some(line) = e.line {
            let _ = writeln!(out, "      <data key=\"e_line\">{line}</data>");
        }
        let _ = writeln!(out, "      <data key=\"e_count\">{}</data>", e.count);
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

// ---------------------------------------------------------------------------------------------
// Neo4j CSV

/// Header of `<name>_nodes.csv`.
pub const NEO4J_NODES_HEADER: &str = "id:ID,label,kind,file,line:int,:LABEL";
/// Header of `<name>_relationships.csv`.
pub const NEO4J_RELATIONSHIPS_HEADER: &str = ":START_ID,:END_ID,:TYPE,kind,file,line:int,count:int";

/// Words of a kind label: runs of ASCII letters and digits, also split where a lower-case
/// letter or digit is followed by an upper-case one (`typeUse` → `type`, `Use`).
fn words(kind: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut prev: Option<char> = None;
    for c in kind.chars() {
        if !c.is_ascii_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            prev = None;
            continue;
        }
        if c.is_ascii_uppercase()
            && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
        {
            words.push(std::mem::take(&mut word));
        }
        word.push(c);
        prev = Some(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// A node kind as a Neo4j label: PascalCase of its words (`data-item` → `DataItem`,
/// `db-table` → `DbTable`); `Node` when nothing is left, `K` before a leading digit.
pub fn neo4j_label(kind: &str) -> String {
    let mut out = String::new();
    for w in words(kind) {
        let mut chars = w.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if out.is_empty() {
        out.push_str("Node");
    } else if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'K');
    }
    out
}

/// An edge kind as a Neo4j relationship type: UPPER_SNAKE_CASE of its words (`sql-insert` →
/// `SQL_INSERT`); `RELATED` when nothing is left, `R_` before a leading digit.
pub fn neo4j_type(kind: &str) -> String {
    let mut out = words(kind)
        .iter()
        .map(|w| w.to_ascii_uppercase())
        .collect::<Vec<_>>()
        .join("_");
    if out.is_empty() {
        out.push_str("RELATED");
    } else if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "R_");
    }
    out
}

/// The graph name as a safe file-name stem: ASCII letters, digits, `-`, `_` and `.` kept,
/// anything else `_`; `graph` when empty.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() || stem.chars().all(|c| c == '.') {
        "graph".to_string()
    } else {
        stem
    }
}

/// The content of `<name>_nodes.csv`.
pub fn neo4j_nodes_csv(view: &GraphView) -> String {
    let mut out = format!("{NEO4J_NODES_HEADER}\n");
    for n in &view.nodes {
        let line = n.line.map(|l| l.to_string()).unwrap_or_default();
        out.push_str(&csv_cell::line(&[
            &n.id,
            &n.label,
            &n.kind,
            n.file.as_deref().unwrap_or(""),
            &line,
            &neo4j_label(&n.kind),
        ]));
    }
    out
}

/// The content of `<name>_relationships.csv`.
pub fn neo4j_relationships_csv(view: &GraphView) -> String {
    let mut out = format!("{NEO4J_RELATIONSHIPS_HEADER}\n");
    for e in &view.edges {
        let line = e.line.map(|l| l.to_string()).unwrap_or_default();
        out.push_str(&csv_cell::line(&[
            &view.nodes[e.source].id,
            &view.nodes[e.target].id,
            &neo4j_type(&e.kind),
            &e.kind,
            e.file.as_deref().unwrap_or(""),
            &line,
            &e.count.to_string(),
        ]));
    }
    out
}

/// Writes `<name>_nodes.csv` and `<name>_relationships.csv` into `dir` (which must exist) in the
/// format of `neo4j-admin database import`, each atomically. Returns the two paths, nodes first.
pub fn write_neo4j(view: &GraphView, dir: &Path) -> io::Result<Vec<PathBuf>> {
    let stem = file_stem(&view.name);
    let nodes = dir.join(format!("{stem}_nodes.csv"));
    let relationships = dir.join(format!("{stem}_relationships.csv"));
    write_atomic(&nodes, neo4j_nodes_csv(view).as_bytes())?;
    write_atomic(&relationships, neo4j_relationships_csv(view).as_bytes())?;
    Ok(vec![nodes, relationships])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphs::view::ViewNode;
    use std::fs;

    fn node(id: &str, label: &str, kind: &str, file: Option<&str>, line: Option<u32>) -> ViewNode {
        ViewNode {
            id: id.into(),
            label: label.into(),
            kind: kind.into(),
            file: file.map(Into::into),
            line,
            symbol: None,
        }
    }

    fn edge(source: usize, target: usize, kind: &str, site: Option<(&str, u32)>) -> ViewEdge {
        ViewEdge {
            source,
            target,
            kind: kind.into(),
            file: site.map(|s| s.0.into()),
            line: site.map(|s| s.1),
            count: 1,
        }
    }

    /// A small view with awkward names.
    fn sample() -> GraphView {
        let mut v = GraphView::new("calls");
        v.nodes.push(node(
            "PAYCALC.2000-CALC",
            "2000-CALC",
            "paragraph",
            Some("cbl/PAYCALC.cbl"),
            Some(42),
        ));
        v.nodes.push(node(
            "com.acme.Outer$1.<init>(int,String)",
            "<init>",
            "constructor",
            Some("src/a,b \"q\".java"),
            Some(7),
        ));
        v.nodes.push(node(
            "A && \"B\"\n\\N",
            "x<y>&'z'",
            "weird kind",
            None,
            None,
        ));
        v.nodes
            .push(node("ctl\u{1}\u{7f}\u{ffff}", "ctl", "end", None, None));
        v.edges
            .push(edge(0, 1, "call", Some(("cbl/PAYCALC.cbl", 50))));
        v.edges.push(edge(1, 2, "sql-insert", None));
        let mut e = edge(2, 3, "fall-through", Some(("x\ty.cbl", 3)));
        e.count = 3;
        v.edges.push(e);
        v
    }

    #[test]
    fn tsv_columns_and_escaping() {
        let tsv = to_tsv(&sample());
        let lines: Vec<_> = tsv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[0],
            "PAYCALC.2000-CALC\tcom.acme.Outer$1.<init>(int,String)\tcall\tcbl/PAYCALC.cbl:50\t1"
        );
        assert_eq!(
            lines[1],
            "com.acme.Outer$1.<init>(int,String)\tA && \"B\"\\n\\\\N\tsql-insert\t\t1"
        );
        assert!(lines.iter().all(|l| l.split('\t').count() == 5));
        assert!(lines[2].ends_with("\tfall-through\tx\\ty.cbl:3\t3"));
    }

    #[test]
    fn json_uses_ids_and_nulls() {
        let j = to_json(&sample());
        assert_eq!(j["graph"], "calls");
        assert_eq!(j["nodes"].as_array().unwrap().len(), 4);
        assert_eq!(
            j["nodes"][0],
            json!({"id": "PAYCALC.2000-CALC", "label": "2000-CALC", "kind": "paragraph",
                   "path": "cbl/PAYCALC.cbl", "line": 42})
        );
        assert_eq!(j["nodes"][2]["path"], serde_json::Value::Null);
        assert_eq!(j["nodes"][2]["line"], serde_json::Value::Null);
        assert_eq!(
            j["edges"][0],
            json!({"from": "PAYCALC.2000-CALC", "to": "com.acme.Outer$1.<init>(int,String)",
                   "kind": "call", "site": "cbl/PAYCALC.cbl:50", "count": 1})
        );
        assert_eq!(j["edges"][1]["site"], serde_json::Value::Null);
        // Key order is part of the output.
        let text = serde_json::to_string(&j["edges"][0]).unwrap();
        assert!(text.starts_with("{\"from\":"), "{text}");
    }

    #[test]
    fn dot_quoting() {
        assert_eq!(dot_quote("a.b-c$d"), "\"a.b-c$d\"");
        assert_eq!(dot_quote("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(dot_quote("back\\"), "\"back\\\\\"");
        assert_eq!(dot_quote("\\N"), "\"\\\\N\"");
        assert_eq!(dot_quote("a\nb\rc\td"), "\"a\\nb\\rc\td\"");
        assert_eq!(dot_quote("<init>&&()"), "\"<init>&&()\"");
        assert_eq!(dot_quote("x\u{0}\u{1b}"), "\"x\u{2400}\u{241b}\"");
        assert_eq!(dot_quote(""), "\"\"");
    }

    #[test]
    fn dot_styles_legend_and_kinds() {
        let dot = to_dot(&sample());
        assert!(dot.starts_with("digraph \"calls\" {\n  rankdir=LR;\n"));
        assert!(dot.ends_with("}\n"));
        assert!(dot.contains(
            "  \"PAYCALC.2000-CALC\" [label=\"2000-CALC\", kind=\"paragraph\", shape=box, \
             fillcolor=\"#e2f0d9\", tooltip=\"cbl/PAYCALC.cbl:42\"];\n"
        ));
        // Unknown kind: default style, still a kind attribute; no tooltip without a file.
        assert!(dot.contains(
            "  \"A && \\\"B\\\"\\n\\\\N\" [label=\"x<y>&'z'\", kind=\"weird kind\", shape=box, \
             fillcolor=\"#ffffff\"];\n"
        ));
        assert!(dot.contains("kind=\"fall-through\", label=\"fall-through ×3\", style=dashed"));
        // Legend: one node per kind present, sorted.
        let legend: Vec<_> = dot
            .lines()
            .filter(|l| l.contains("kind=\"legend\""))
            .collect();
        assert_eq!(legend.len(), 4);
        assert!(legend[0].contains("label=\"constructor\""));
        assert!(legend[3].contains("label=\"weird kind\""));
        // Every node and edge statement carries a kind.
        let statements: Vec<_> = dot
            .lines()
            .filter(|l| l.trim_start().starts_with('"'))
            .collect();
        assert_eq!(statements.len(), 4 + 4 + 3);
        for l in statements {
            assert!(l.contains("kind="), "{l}");
        }
    }

    #[test]
    fn dot_legend_ids_never_collide() {
        let mut v = GraphView::new("g");
        v.nodes
            .push(node("legend:program", "p", "program", None, None));
        let dot = to_dot(&v);
        assert!(dot.contains("\"_legend:program\" [label=\"program\", kind=\"legend\""));
    }

    #[test]
    fn xml_escaping() {
        assert_eq!(
            xml_escape("a<b>&\"c\"'d'"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;"
        );
        assert_eq!(xml_escape("t\tn\nr\r"), "t&#9;n&#10;r&#13;");
        assert_eq!(
            xml_escape("\u{0}\u{8}\u{1f}\u{7f}\u{fffe}\u{ffff}é"),
            "\u{2400}\u{2408}\u{241f}\u{7f}\u{fffd}\u{fffd}é"
        );
        assert_eq!(xml_escape("$<init>"), "$&lt;init&gt;");
    }

    #[test]
    fn graphml_structure() {
        let g = to_graphml(&sample());
        assert!(g.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
        assert!(
            g.contains("<key id=\"n_line\" for=\"node\" attr.name=\"line\" attr.type=\"int\"/>")
        );
        assert!(
            g.contains("<key id=\"e_count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>")
        );
        assert!(g.contains("<graph id=\"calls\" edgedefault=\"directed\">"));
        assert!(g.contains("<node id=\"com.acme.Outer$1.&lt;init&gt;(int,String)\">"));
        assert!(g.contains("<node id=\"A &amp;&amp; &quot;B&quot;&#10;\\N\">"));
        assert!(g.contains("<node id=\"ctl\u{2401}\u{7f}\u{fffd}\">"));
        assert!(g.contains("<data key=\"n_label\">x&lt;y&gt;&amp;&apos;z&apos;</data>"));
        // A node without file/line has no data for them.
        let weird = g.split("<node id=\"A ").nth(1).unwrap();
        let weird = &weird[..weird.find("</node>").unwrap()];
        assert!(!weird.contains("n_file") && !weird.contains("n_line"));
        // An edge without a site has no file/line data, but kind and count.
        let e1 = g.split("<edge id=\"e1\"").nth(1).unwrap();
        let e1 = &e1[..e1.find("</edge>").unwrap()];
        assert!(e1.contains("e_kind") && e1.contains("<data key=\"e_count\">1</data>"));
        assert!(!e1.contains("e_file") && !e1.contains("e_line"));
        // No raw control characters except the line feeds between elements.
        assert!(
            !g.chars()
                .any(|c| c.is_control() && c != '\n' && c != '\u{7f}')
        );
        assert!(g.ends_with("  </graph>\n</graphml>\n"));
    }

    #[test]
    fn neo4j_names() {
        assert_eq!(neo4j_label("data-item"), "DataItem");
        assert_eq!(neo4j_label("db-table"), "DbTable");
        assert_eq!(neo4j_label("cics-transaction"), "CicsTransaction");
        assert_eq!(neo4j_label("program"), "Program");
        assert_eq!(neo4j_label("end"), "End");
        assert_eq!(neo4j_label("weird kind;x"), "WeirdKindX");
        assert_eq!(neo4j_label("enumConstant"), "EnumConstant");
        assert_eq!(neo4j_label("--"), "Node");
        assert_eq!(neo4j_label("3d"), "K3d");
        assert_eq!(neo4j_type("sql-insert"), "SQL_INSERT");
        assert_eq!(neo4j_type("fall-through"), "FALL_THROUGH");
        assert_eq!(neo4j_type("call"), "CALL");
        assert_eq!(neo4j_type("C"), "C");
        assert_eq!(neo4j_type("cics-return-transid"), "CICS_RETURN_TRANSID");
        assert_eq!(neo4j_type("typeUse"), "TYPE_USE");
        assert_eq!(neo4j_type(""), "RELATED");
        assert_eq!(neo4j_type("1st"), "R_1ST");
    }

    #[test]
    fn neo4j_csv_content() {
        let v = sample();
        let nodes = neo4j_nodes_csv(&v);
        let mut lines = nodes.lines();
        assert_eq!(lines.next(), Some(NEO4J_NODES_HEADER));
        assert_eq!(
            lines.next(),
            Some("PAYCALC.2000-CALC,2000-CALC,paragraph,cbl/PAYCALC.cbl,42,Paragraph")
        );
        assert_eq!(
            lines.next(),
            Some(
                "\"com.acme.Outer$1.<init>(int,String)\",<init>,constructor,\
                 \"src/a,b \"\"q\"\".java\",7,Constructor"
            )
        );
        // Quoted newline inside the id; empty file and line for a node without them.
        assert!(nodes.contains("\"A && \"\"B\"\"\n\\N\",x<y>&'z',weird kind,,,WeirdKind\n"));
        let rels = neo4j_relationships_csv(&v);
        let mut lines = rels.lines();
        assert_eq!(lines.next(), Some(NEO4J_RELATIONSHIPS_HEADER));
        assert_eq!(
            lines.next(),
            Some(
                "PAYCALC.2000-CALC,\"com.acme.Outer$1.<init>(int,String)\",CALL,call,\
                 cbl/PAYCALC.cbl,50,1"
            )
        );
        assert!(rels.contains(",SQL_INSERT,sql-insert,,,1\n"));
        assert!(rels.ends_with(",FALL_THROUGH,fall-through,x\ty.cbl,3,3\n"));
    }

    #[test]
    fn neo4j_csv_cells_never_start_a_formula() {
        let mut v = GraphView::new("calls");
        v.nodes.push(node(
            "=cmd|' /C calc'!A0",
            "@SUM(1)",
            "paragraph",
            Some("-x.cbl"),
            Some(1),
        ));
        v.nodes.push(node("+B", "B", "paragraph", None, None));
        v.edges.push(edge(0, 1, "perform", Some(("-x.cbl", 2))));
        let nodes = neo4j_nodes_csv(&v);
        assert!(nodes.contains("\n'=cmd|' /C calc'!A0,'@SUM(1),paragraph,'-x.cbl,1,Paragraph\n"));
        // Ids are changed alike in both files, so relationships still find their nodes.
        let rels = neo4j_relationships_csv(&v);
        assert!(rels.ends_with("\n'=cmd|' /C calc'!A0,'+B,PERFORM,perform,'-x.cbl,2,1\n"));
    }

    #[test]
    fn neo4j_files_written_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = sample();
        v.name = "calls/../x y".into();
        let paths = write_neo4j(&v, dir.path()).unwrap();
        assert_eq!(
            paths,
            vec![
                dir.path().join("calls_.._x_y_nodes.csv"),
                dir.path().join("calls_.._x_y_relationships.csv"),
            ]
        );
        assert_eq!(fs::read_to_string(&paths[0]).unwrap(), neo4j_nodes_csv(&v));
        assert_eq!(
            fs::read_to_string(&paths[1]).unwrap(),
            neo4j_relationships_csv(&v)
        );
        // Overwrites, and leaves no temporary files behind.
        v.edges.clear();
        write_neo4j(&v, dir.path()).unwrap();
        assert_eq!(
            fs::read_to_string(&paths[1]).unwrap(),
            format!("{NEO4J_RELATIONSHIPS_HEADER}\n")
        );
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
        // A missing folder is an error, not a panic.
        assert!(write_neo4j(&v, &dir.path().join("missing")).is_err());
    }

    #[test]
    fn empty_graph() {
        let v = GraphView::new("empty");
        assert_eq!(to_tsv(&v), "");
        assert_eq!(
            to_json(&v),
            json!({"graph": "empty", "nodes": [], "edges": []})
        );
        let dot = to_dot(&v);
        assert!(!dot.contains("cluster_legend"));
        assert!(dot.starts_with("digraph \"empty\" {"));
        let g = to_graphml(&v);
        assert!(g.contains("<graph id=\"empty\" edgedefault=\"directed\">\n  </graph>"));
        assert_eq!(neo4j_nodes_csv(&v), format!("{NEO4J_NODES_HEADER}\n"));
        assert_eq!(
            neo4j_relationships_csv(&v),
            format!("{NEO4J_RELATIONSHIPS_HEADER}\n")
        );
        assert_eq!(file_stem(""), "graph");
        assert_eq!(file_stem(".."), "graph");
    }

    #[test]
    fn output_is_stable() {
        let mut a = sample();
        let mut b = sample();
        b.nodes.reverse();
        let n = b.nodes.len();
        for e in &mut b.edges {
            e.source = n - 1 - e.source;
            e.target = n - 1 - e.target;
        }
        b.edges.reverse();
        a.sort();
        b.sort();
        assert_eq!(to_tsv(&a), to_tsv(&b));
        assert_eq!(to_json(&a), to_json(&b));
        assert_eq!(to_dot(&a), to_dot(&b));
        assert_eq!(to_graphml(&a), to_graphml(&b));
        assert_eq!(neo4j_nodes_csv(&a), neo4j_nodes_csv(&b));
        assert_eq!(neo4j_relationships_csv(&a), neo4j_relationships_csv(&b));
        assert_eq!(to_dot(&a), to_dot(&a.clone()));
    }
}
