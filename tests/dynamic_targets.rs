//! Dynamic targets and CICS resource definitions on the sample estate, end to end through the
//! CLI and the engine: every way a program name reaches `CALL var` / `XCTL PROGRAM(var)` (a
//! VALUE, an 88-level SET, a menu table REDEFINing FILLERs, EVALUATE branches, the COMMAREA a
//! caller fills, a MOVE chain), a target read from a file that stays open with its reason, a
//! CICS file named by a data item in the CRUD matrix, the CSD's transactions and DSN joins,
//! dead code without online programs, and diagnostics for bad CSD lines.

use std::collections::BTreeSet;
use std::process::Command;
use std::sync::OnceLock;

use legacylens::graphs::{build, deadcode, graph::ProjectGraph};
use legacylens::model::{Model, SymbolKind};
use petgraph::visit::EdgeRef;
use serde_json::Value;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos");
const COBOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos/benefits/cobol");

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| legacylens::index::index_path(std::path::Path::new(COBOL)).unwrap())
}

/// (source, target, kind, line) of every edge.
fn edges(model: &Model, g: &ProjectGraph) -> BTreeSet<(String, String, String, u32)> {
    g.graph
        .edge_references()
        .map(|e| {
            (
                g.node_id(model, e.source()),
                g.node_id(model, e.target()),
                e.weight().kind.to_string(),
                e.weight().span.map_or(0, |s| s.line),
            )
        })
        .collect()
}

/// The dynamic target at `file:line`: its literals as (value, origin, file:line) and why open.
fn target(at: &str) -> (Vec<(String, String, String)>, Option<String>) {
    let m = model();
    let t = m
        .dynamic_targets
        .iter()
        .find(|t| format!("{}:{}", m.file(t.span.file).path, t.span.line) == at)
        .unwrap_or_else(|| panic!("no dynamic target at {at}"));
    let literals = t
        .literals
        .iter()
        .map(|l| {
            let site = l
                .span
                .map(|s| format!("{}:{}", m.file(s.file).path, s.line))
                .unwrap_or_default();
            (l.value.clone(), l.origin.to_string(), site)
        })
        .collect();
    (literals, t.open.clone())
}

fn lit(value: &str, origin: &str, site: &str) -> (String, String, String) {
    (value.into(), origin.into(), site.into())
}

#[test]
fn every_source_of_a_program_name_resolves() {
    // A VALUE constant: CALL WS-DATE-ROUTINE.
    let (l, open) = target("cbl/BENSGN1.cbl:35");
    assert_eq!(l, [lit("DATEUTL", "value", "cbl/BENSGN1.cbl:23")]);
    assert_eq!(open, None);
    // A VALUE constant reaching EXEC CICS LINK PROGRAM(WS-VALIDATOR).
    let (l, _) = target("cbl/BENADR1.cbl:73");
    assert_eq!(l, [lit("BENVAL1", "value", "cbl/BENADR1.cbl:29")]);
    // An 88-level VALUE, by SET … TO TRUE.
    let (l, open) = target("cbl/BENMNU1.cbl:109");
    assert_eq!(l, [lit("BENSGN1", "88-level", "cbl/BENMNU1.cbl:55")]);
    assert_eq!(open, None);
    // The menu table: an OCCURS REDEFINing FILLERs, indexed by the option, then MOVEd on.
    let (l, open) = target("cbl/BENMNU1.cbl:98");
    assert_eq!(
        l,
        [
            lit("BENADR1", "table", "cbl/BENMNU1.cbl:42"),
            lit("BENHLP1", "table", "cbl/BENMNU1.cbl:43"),
            lit("BENLST1", "table", "cbl/BENMNU1.cbl:41"),
            lit("BENONL1", "table", "cbl/BENMNU1.cbl:40"),
        ]
    );
    assert_eq!(open, None);
    // EVALUATE branches, one MOVE each.
    let (l, _) = target("cbl/BENHLP1.cbl:53");
    let values: Vec<&str> = l.iter().map(|(v, _, _)| v.as_str()).collect();
    assert_eq!(values, ["BENADR1", "BENMNU1", "BENONL1"]);
    assert!(l.iter().all(|(_, o, _)| o == "move"));
    // The COMMAREA: each caller MOVEs its own name into CA-CALLING-PROGRAM before XCTL; the
    // literal's site is in the caller (BENMNU1 through a MOVE chain from its VALUE constant).
    let (l, open) = target("cbl/BENADR1.cbl:118");
    assert_eq!(
        l,
        [
            lit("BENHLP1", "move", "cbl/BENHLP1.cbl:52"),
            lit("BENMNU1", "move", "cbl/BENADR1.cbl:50"),
            lit("BENMNU1", "value", "cbl/BENMNU1.cbl:35"),
        ]
    );
    assert_eq!(open, None);
}

#[test]
fn dynamic_edges_in_the_call_graph_tsv_keep_the_columns() {
    let out = run(&["graph", "calls", COBOL, "--format", "tsv"]);
    let rows: BTreeSet<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == 5));
    for (from, to, kind, site) in [
        (
            "BENMNU1",
            "BENLST1",
            "cics-xctl-dynamic",
            "benefits/cobol/cbl/BENMNU1.cbl:98",
        ),
        (
            "BENMNU1",
            "BENSGN1",
            "cics-xctl-dynamic",
            "benefits/cobol/cbl/BENMNU1.cbl:109",
        ),
        (
            "BENADR1",
            "BENVAL1",
            "cics-link-dynamic",
            "benefits/cobol/cbl/BENADR1.cbl:73",
        ),
        (
            "BENSGN1",
            "DATEUTL",
            "call-dynamic",
            "benefits/cobol/cbl/BENSGN1.cbl:35",
        ),
    ] {
        let site = site.trim_start_matches("benefits/cobol/");
        assert!(
            rows.contains(&vec![from, to, kind, site, "1"]),
            "{from} -> {to} {kind} {site}\n{out}"
        );
    }
}

#[test]
fn a_name_read_from_a_file_stays_open_with_its_reason_and_literals() {
    let (l, open) = target("cbl/BENRTE1.cbl:43");
    assert_eq!(l, [lit("BENMNU1", "move", "cbl/BENRTE1.cbl:41")]);
    assert_eq!(open.as_deref(), Some("read from CICS file RTECTL"));
    let json: Value =
        serde_json::from_str(&run(&["graph", "calls", COBOL, "--format", "json"])).unwrap();
    let node = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "(RT-TARGET-PROGRAM)")
        .expect("the open target is one node");
    let dynamic = &node["dynamic"][0];
    assert_eq!(dynamic["from"], "BENRTE1");
    assert_eq!(dynamic["verb"], "XCTL");
    assert_eq!(dynamic["open"], "read from CICS file RTECTL");
    assert_eq!(dynamic["literals"][0]["value"], "BENMNU1");
    assert_eq!(dynamic["literals"][0]["site"], "cbl/BENRTE1.cbl:41");
    // Closed targets are listed too, without a node of their own.
    let targets = json["dynamic_targets"].as_array().unwrap();
    assert!(
        targets
            .iter()
            .any(|t| t["variable"] == "WS-EXIT-PROGRAM" && t["open"].is_null())
    );
    assert!(
        !json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "(WS-EXIT-PROGRAM)")
    );
}

#[test]
fn cics_file_and_queue_named_by_a_data_item_are_in_the_crud_matrix() {
    let csv = run(&["crud", COBOL, "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines
        .find(|l| l.starts_with("BENADR1,"))
        .expect("BENADR1 row")
        .split(',')
        .collect();
    let cell = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(cell("CLMMAST"), "RU");
    assert_eq!(cell("BAUD"), "C");
    let m = model();
    let g = build::resources(m);
    let e = edges(m, &g);
    assert!(e.contains(&("BENADR1".into(), "CLMMAST".into(), "U".into(), 101)));
    // The resource graph's JSON says where the file name comes from.
    let json: Value =
        serde_json::from_str(&run(&["graph", "resources", COBOL, "--format", "json"])).unwrap();
    let rewrite = json["dynamic_targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["verb"] == "REWRITE")
        .unwrap();
    assert_eq!(rewrite["variable"], "WS-MASTER-FILE");
    assert_eq!(rewrite["literals"][0]["value"], "CLMMAST");
    assert_eq!(rewrite["literals"][0]["site"], "cbl/BENADR1.cbl:28");
}

#[test]
fn csd_transactions_run_their_programs_and_files_meet_batch_datasets() {
    let m = model();
    let calls = edges(m, &build::calls(m));
    let csd = |t: &str, p: &str, line: u32| {
        calls.contains(&(t.into(), p.into(), "csd-transaction".into(), line))
    };
    assert!(csd("BMNU", "BENMNU1", 23));
    assert!(csd("BRTE", "BENRTE1", 28));
    assert!(csd("PAY1", "BENONL1", 16));
    // The transaction symbol is placed at its definition.
    let bmnu = m
        .symbols
        .iter()
        .find(|s| s.kind == SymbolKind::CicsTransaction && s.name == "BRTE")
        .unwrap();
    let span = bmnu.span.unwrap();
    assert_eq!(
        (m.file(span.file).path.as_str(), span.line),
        ("csd/BENCSD.csd", 28)
    );
    assert_eq!(bmnu.detail.as_deref(), Some("PROGRAM(BENRTE1)"));
    // CICS file CLMMAST is the claimant master the batch job BENMSTJ rewrites.
    let resources = edges(m, &build::resources(m));
    assert!(resources.contains(&(
        "CLMMAST".into(),
        "BEN.PROD.CLAIMANT.MASTER".into(),
        "dsn".into(),
        54
    )));
    let lineage = run(&["impact", COBOL, "CLMMAST", "--backward", "--depth", "3"]);
    assert!(
        lineage.contains("BEN.PROD.CLAIMANT.MASTER") && lineage.contains("BENMSTJ.STEP030"),
        "{lineage}"
    );
}

#[test]
fn no_online_program_is_dead() {
    let m = model();
    let dead = deadcode::dead_code(m, &build::control(m), &build::calls(m));
    let names: Vec<&str> = dead
        .programs
        .iter()
        .map(|&id| m.symbol(id).name.as_str())
        .collect();
    assert_eq!(names, ["BENLEG87"]);
    let text = run(&["deadcode", SAMPLE]);
    let programs: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Programs never called"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(programs.len(), 1, "{programs:?}");
    assert!(programs[0].contains("BENLEG87"));
}

#[test]
fn bad_csd_lines_are_diagnostics_naming_file_and_line() {
    let dir = std::env::temp_dir().join(format!("legacylens-csd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("region.txt"),
        "* TEST REGION\n\
         DEFINE TRANSACTION(MENU) GROUP(G) PROGRAM(MENUPGM)\n\
         DEFINE TRANSACTION(TOOLONG) PROGRAM(X)\n\
         DEFINE FILE(F1) DSNAME(A.B\n\
         FROBNICATE GROUP(G)\n\
         DEFINE TRANSACTION(NOPG) GROUP(G)\n",
    )
    .unwrap();
    let json: Value =
        serde_json::from_str(&run(&["index", dir.to_str().unwrap(), "--format", "json"])).unwrap();
    let file = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "region.txt")
        .unwrap();
    assert_eq!(file["kind"], "cics-csd");
    let lines: Vec<(u64, String)> = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let at: Vec<u64> = lines.iter().map(|(l, _)| *l).collect();
    assert_eq!(at, [3, 4, 5, 6], "{lines:?}");
    assert!(lines[0].1.contains("TOOLONG"));
    assert!(lines[2].1.contains("FROBNICATE"));
    // The good definition is in the call graph, its program outside the project.
    let calls = run(&["graph", "calls", dir.to_str().unwrap(), "--format", "tsv"]);
    assert!(
        calls.contains("MENU\tMENUPGM\tcsd-transaction\tregion.txt:2\t1"),
        "{calls}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Writes a fixed-format COBOL program: `lines` start at column 8.
fn fixed(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("       {l}\n")).collect()
}

#[test]
fn call_using_carries_a_name_to_the_callee_and_accept_stays_open() {
    let dir = std::env::temp_dir().join(format!("legacylens-dyn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("CALLER.cbl"),
        fixed(&[
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. CALLER.",
            "DATA DIVISION.",
            "WORKING-STORAGE SECTION.",
            "01  WS-PARMS.",
            "    05  WS-HANDLER   PIC X(8).",
            "    05  WS-AMOUNT    PIC 9(5).",
            "01  WS-OPERATOR-PGM  PIC X(8).",
            "PROCEDURE DIVISION.",
            "    MOVE 'HANDLER1' TO WS-HANDLER",
            "    CALL 'DISPATCH' USING WS-PARMS",
            "    ACCEPT WS-OPERATOR-PGM",
            "    CALL WS-OPERATOR-PGM",
            "    GOBACK.",
        ]),
    )
    .unwrap();
    std::fs::write(
        dir.join("DISPATCH.cbl"),
        fixed(&[
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. DISPATCH.",
            "DATA DIVISION.",
            "LINKAGE SECTION.",
            "01  LK-PARMS.",
            "    05  LK-HANDLER   PIC X(8).",
            "    05  LK-AMOUNT    PIC 9(5).",
            "PROCEDURE DIVISION USING LK-PARMS.",
            "    CALL LK-HANDLER",
            "    GOBACK.",
        ]),
    )
    .unwrap();
    std::fs::write(
        dir.join("HANDLER1.cbl"),
        fixed(&[
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. HANDLER1.",
            "PROCEDURE DIVISION.",
            "    GOBACK.",
        ]),
    )
    .unwrap();
    let m = legacylens::index::index_path(&dir).unwrap();
    let calls = edges(&m, &build::calls(&m));
    let kinds: BTreeSet<(String, String, String)> =
        calls.into_iter().map(|(a, b, k, _)| (a, b, k)).collect();
    // The caller's field, matched by position in the USING record, names the callee's target.
    assert!(kinds.contains(&("DISPATCH".into(), "HANDLER1".into(), "call-dynamic".into())));
    // A name the operator types in stays open.
    assert!(kinds.contains(&(
        "CALLER".into(),
        "(WS-OPERATOR-PGM)".into(),
        "call-dynamic".into()
    )));
    let open = m
        .dynamic_targets
        .iter()
        .find(|t| t.variable == "WS-OPERATOR-PGM")
        .and_then(|t| t.open.clone())
        .unwrap();
    assert!(open.contains("ACCEPT"), "{open}");
    std::fs::remove_dir_all(&dir).ok();
}
