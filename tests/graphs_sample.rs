//! The graphs and analyses on the sample estate, checked against the facts written by hand in
//! `sample_repos/benefits/cobol/EXPECTED.md` before the code existed: the dead paragraphs,
//! PERFORM THRU ranges, GO TO DEPENDING ON, the payment-amount lineage across CALL USING /
//! LINKAGE, files, JCL and the PAYMENT table, the CRUD matrix and the batch flow.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use legacylens::graphs::graph::{NodeKey, ProjectGraph};
use legacylens::graphs::{batch, build, crud, deadcode, impact};
use legacylens::model::Model;
use petgraph::visit::EdgeRef;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| legacylens::index::index_path(sample()).expect("sample indexes"))
}

/// (source id, target id, kind, line) of every edge.
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

fn out_edges(model: &Model, g: &ProjectGraph, from: &str) -> BTreeSet<(String, String, u32)> {
    edges(model, g)
        .into_iter()
        .filter(|(a, ..)| a == from)
        .map(|(_, b, k, l)| (b, k, l))
        .collect()
}

#[test]
fn exactly_the_two_known_paragraphs_are_dead_and_only_benleg87_is_never_started() {
    let m = model();
    let dead = deadcode::dead_code(m, &build::control(m), &build::calls(m));
    let names: Vec<&str> = dead
        .procedures
        .iter()
        .map(|&id| m.symbol(id).qualified_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "BENPAY01.8500-ORDER-BOOK-ROUTE",
            "ELIGCHK.9900-OLD-HRT-CHECK"
        ]
    );
    let programs: Vec<&str> = dead
        .programs
        .iter()
        .map(|&id| m.symbol(id).qualified_name.as_str())
        .filter(|q| !q.contains('.'))
        .collect();
    assert_eq!(programs, ["BENLEG87"]);
    // A field no program touches, and one that is used, in the same copybook record.
    let unused: BTreeSet<&str> = dead
        .data_items
        .iter()
        .map(|&id| m.symbol(id).qualified_name.as_str())
        .collect();
    assert!(unused.contains("BENBACS1.PY-PAYMENT-RECORD.PY-TRAILER.PY-TRL-TOTAL-NET"));
    assert!(!unused.contains("BENBACS1.PY-PAYMENT-RECORD.PY-DETAIL.PY-NET-AMOUNT"));
}

#[test]
fn perform_thru_covers_every_paragraph_of_the_range() {
    let m = model();
    let g = build::control(m);
    // cbl/BENBACS1.cbl:140 PERFORM 1000-INITIALISE THRU 1000-EXIT.
    let from_main: BTreeSet<(String, String)> = out_edges(m, &g, "BENBACS1.0000-MAINLINE")
        .into_iter()
        .filter(|(_, _, line)| *line == 140)
        .map(|(b, k, _)| (b, k))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("BENBACS1.1000-INITIALISE", "perform"),
        ("BENBACS1.1010-WRITE-LABELS", "perform-thru"),
        ("BENBACS1.1020-FIRST-READ", "perform-thru"),
        ("BENBACS1.1000-EXIT", "perform-thru"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(from_main, expected);
    // cbl/BENPAY01.cbl:202 2000-PROCESS-CLAIM THRU 2099-EXIT stops at 2099-EXIT.
    let range: BTreeSet<String> = out_edges(m, &g, "BENPAY01.0000-MAINLINE")
        .into_iter()
        .filter(|(_, _, line)| *line == 202)
        .map(|(b, ..)| b)
        .collect();
    assert_eq!(
        range,
        BTreeSet::from([
            "BENPAY01.2000-PROCESS-CLAIM".to_string(),
            "BENPAY01.2090-NEXT".to_string(),
            "BENPAY01.2099-EXIT".to_string()
        ])
    );
}

#[test]
fn go_to_depending_on_reaches_every_target_and_falls_through() {
    let m = model();
    let g = build::control(m);
    let got = out_edges(m, &g, "DATEUTL.0000-DISPATCH");
    let mut expected: BTreeSet<(String, String, u32)> = [
        "1000-VALIDATE",
        "2000-AGE",
        "3000-ADD-DAYS",
        "4000-DAYS-BETWEEN",
        "5000-DAY-OF-WEEK",
    ]
    .iter()
    .map(|t| (format!("DATEUTL.{t}"), "go-to".to_string(), 62))
    .collect();
    expected.insert((
        "DATEUTL.0100-BAD-FUNCTION".into(),
        "fall-through".into(),
        68,
    ));
    assert_eq!(got, expected);
    // 9990-ABEND ends with GOBACK: no fall-through into the dead paragraph after it.
    let abend = out_edges(m, &g, "BENPAY01.9990-ABEND");
    assert!(
        abend
            .iter()
            .any(|(b, k, _)| b == "BENPAY01.(end)" && k == "goback")
    );
    assert!(!abend.iter().any(|(_, k, _)| k == "fall-through"));
    // EXEC SQL WHENEVER SQLERROR GO TO 9800-DB2-ERROR (cbl/BENPAY01.cbl:211).
    assert!(out_edges(m, &g, "BENPAY01.1000-INITIALISE").contains(&(
        "BENPAY01.9800-DB2-ERROR".into(),
        "go-to".into(),
        211
    )));
}

fn lineage_ids(start: &str, backward: bool) -> BTreeSet<String> {
    let m = model();
    let g = impact::impact_graph(m, &build::dataflow(m), &build::calls(m));
    let report = impact::impact(m, &g, start, backward, None).expect("start found");
    report.ids(m, &g).into_iter().collect()
}

#[test]
fn payment_amount_lineage_crosses_linkage_files_jcl_and_tables() {
    // EXPECTED.md §8, compact path, walked backward from the PAYMENT table column.
    let back = lineage_ids("PAYMENT.AMOUNT", true);
    for id in [
        "BENPAY01.DCLPAYMENT.PAY-AMOUNT",
        "BENPAY01.PC-CALC-AREA.PC-OUTPUT.PC-PAYMENT-AMOUNT",
        "PAYCALC.PC-CALC-AREA.PC-OUTPUT.PC-PAYMENT-AMOUNT",
        "PAYCALC.PC-CALC-AREA.PC-OUTPUT.PC-GROSS-WEEKLY-AMOUNT",
        "PAYCALC.WS-CALC-WORK.WS-GROSS-4DP",
        "PAYCALC.LK-CLAIM-RECORD.LK-RECORD-BODY.LK-HOUSEHOLD.LK-WEEKLY-EARNINGS",
        "PAYRND.RP-ROUNDING-AREA.RP-AMOUNT-OUT",
        // The claim record is read whole; the value is its weekly-earnings field.
        "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS",
        "BENPAY01.CLAIM-FILE",
        "BENPAYJ.STEP010.PAYCALC.CLAIMIN",
        "BEN.PROD.CLAIMS.DAILY",
        "BENEXTJ.STEP010.DB2RUN.CLAIMOUT",
        "BENEXT01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS",
        "BENEXT01.DCLCLAIMANT.CLT-WEEKLY-EARNINGS",
        "CLAIMANT.WEEKLY_EARNINGS",
    ] {
        assert!(back.contains(id), "lineage of PAYMENT.AMOUNT lacks {id}");
    }
    // Forward from the input field: the output file, the table, and the programs downstream
    // of the payment file (EXPECTED.md §8 "Downstream").
    let forward = lineage_ids(
        "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS",
        false,
    );
    for id in [
        "PAYCALC.PC-CALC-AREA.PC-OUTPUT.PC-NET-PAYMENT-AMOUNT",
        "BENPAY01.PY-PAYMENT-RECORD.PY-DETAIL.PY-NET-AMOUNT",
        "BEN.PROD.PAYMENTS.DAILY",
        "PAYMENT.AMOUNT",
        "CLAIM.WEEKLY_AMOUNT",
        "BENBACS1.BR-DETAIL-RECORD.BR-AMOUNT-PENCE",
        "BENRPT01.DTL-LINE.DTL-NET",
    ] {
        assert!(
            forward.contains(id),
            "impact of CL-WEEKLY-EARNINGS lacks {id}"
        );
    }
    // Lineage stays data-only: no paragraphs.
    assert!(!back.iter().any(|id| id.ends_with("2540-INSERT-PAYMENT")));
    // Values, not records: the claim record's other fields (the claimant's name, the NINO)
    // do not feed the payment amount, nor does the group holding them.
    for sibling in [
        "BENPAY01.CL-CLAIM-RECORD",
        "BENEXT01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-NINO",
        "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-NINO",
    ] {
        assert!(
            !back.contains(sibling),
            "lineage of PAYMENT.AMOUNT has {sibling}"
        );
    }
}

#[test]
fn call_using_pairs_arguments_with_linkage_by_position() {
    let m = model();
    let g = build::dataflow(m);
    let e = edges(m, &g);
    let has =
        |a: &str, b: &str, k: &str, line: u32| e.contains(&(a.into(), b.into(), k.into(), line));
    // CALL 'PAYCALC' USING BY REFERENCE CL-CLAIM-RECORD WS-RATE-TABLE PC-CALC-AREA (:468)
    // → PROCEDURE DIVISION USING LK-CLAIM-RECORD LK-RATE-TABLE PC-CALC-AREA.
    assert!(has(
        "BENPAY01.CL-CLAIM-RECORD",
        "PAYCALC.LK-CLAIM-RECORD",
        "call-using",
        468
    ));
    assert!(has(
        "BENPAY01.WS-RATE-TABLE",
        "PAYCALC.LK-RATE-TABLE",
        "call-using",
        468
    ));
    assert!(has(
        "PAYCALC.PC-CALC-AREA",
        "BENPAY01.PC-CALC-AREA",
        "call-return",
        468
    ));
    // BY CONTENT goes in only (cbl/BENVSUP1.cbl:217 BY CONTENT CT-NINO).
    let into_ninochk: Vec<_> = e
        .iter()
        .filter(|(a, b, _, l)| a.starts_with("NINOCHK.") && b.starts_with("BENVSUP1.") && *l == 217)
        .collect();
    assert!(
        !into_ninochk.iter().any(|(_, b, ..)| b.contains("CT-NINO")),
        "{into_ninochk:?}"
    );
    // CICS: RECEIVE MAP INTO the symbolic map, SEND MAP FROM it; READ FILE INTO a record.
    assert!(has("BENMS01.PAY1MAP", "BENONL1.PAY1MAPI", "read", 161));
    assert!(has("BENONL1.PAY1MAPO", "BENMS01.PAY1MAP", "write", 452));
    assert!(has("CLMMAST", "BENONL1.CM-CLAIMANT-RECORD", "read", 263));
    // The program's file meets the step's DD, which meets the dataset.
    assert!(
        e.iter()
            .any(|(a, b, k, _)| a == "BENPAYJ.STEP010.PAYCALC.CLAIMIN"
                && b == "BENPAY01.CLAIM-FILE"
                && k == "dd-assign")
    );
    assert!(e.iter().any(|(a, b, k, _)| a == "BEN.PROD.CLAIMS.DAILY"
        && b == "BENPAYJ.STEP010.PAYCALC.CLAIMIN"
        && k == "dd-dataset"));
}

#[test]
fn crud_matrix_of_the_cobol_programs_matches_expected() {
    let m = crud::crud_matrix(model());
    let mut got: BTreeMap<(String, String), String> = BTreeMap::new();
    for (&(i, j), ops) in &m.cells {
        let (column, kind) = &m.columns[j];
        if matches!(*kind, "db-table" | "db-view") && !m.rows[i].contains('.') {
            got.insert((m.rows[i].clone(), column.clone()), ops.clone());
        }
    }
    // EXPECTED.md §9.1.
    let expected = [
        ("BENEXT01", "ADDRESS", "R"),
        ("BENEXT01", "CLAIM", "R"),
        ("BENEXT01", "CLAIMANT", "R"),
        ("BENEXT01", "DEPENDANT", "R"),
        ("BENEXT01", "OVERPAYMENT", "R"),
        ("BENPAY01", "AUDIT_LOG", "C"),
        ("BENPAY01", "BENEFIT_RATE", "R"),
        ("BENPAY01", "CLAIM", "U"),
        ("BENPAY01", "PAYMENT", "C"),
        ("BENOVP01", "AUDIT_LOG", "C"),
        ("BENOVP01", "CLAIM", "R"),
        ("BENOVP01", "OVERPAYMENT", "RUD"),
        ("BENMI01", "CLAIM_HISTORY", "R"),
        ("BENMI01", "V_LIVE_CASELOAD", "R"),
        ("BENRTN01", "AUDIT_LOG", "C"),
        ("BENRTN01", "CLAIM", "RU"),
        ("BENRTN01", "CLAIMANT", "U"),
        ("BENRTN01", "PAYMENT", "RU"),
        ("BENONL1", "CLAIM", "R"),
        ("BENONL1", "CLAIMANT", "R"),
        ("BENONL1", "OVERPAYMENT", "R"),
        ("BENONL1", "PAYMENT", "R"),
        ("BENUPD1", "ADDRESS", "U"),
        ("BENUPD1", "AUDIT_LOG", "C"),
        ("BENUPD1", "CLAIMANT", "RU"),
    ];
    let expected: BTreeMap<(String, String), String> = expected
        .iter()
        .map(|(p, t, o)| ((p.to_string(), t.to_string()), o.to_string()))
        .collect();
    assert_eq!(got, expected);
    // Files resolve to the datasets of the JCL that runs the program (EXPECTED.md §9.2).
    let cell = |row: &str, col: &str| {
        let i = m.rows.iter().position(|r| r == row)?;
        let j = m.columns.iter().position(|(c, _)| c == col)?;
        m.cells.get(&(i, j)).cloned()
    };
    assert_eq!(
        cell("BENPAY01", "BEN.PROD.CLAIMS.DAILY").as_deref(),
        Some("R")
    );
    assert_eq!(
        cell("BENPAY01", "BEN.PROD.PAYMENTS.DAILY").as_deref(),
        Some("C")
    );
    assert_eq!(
        cell("BENVSUP1", "BEN.PROD.CLAIMANT.MASTER").as_deref(),
        Some("CRUD")
    );
    // BENADJ01 reads the award master by key and rewrites it (EXPECTED.md §9.2).
    assert_eq!(
        cell("BENADJ01", "BEN.PROD.CLAIM.AWARD.MASTER").as_deref(),
        Some("RU")
    );
}

#[test]
fn batch_flow_shows_which_jobs_feed_which() {
    let flow = batch::batch_flow(model());
    let feeds: BTreeSet<(&str, &str, &str)> = flow
        .feeds
        .iter()
        .map(|(a, b, d)| (a.as_str(), b.as_str(), d.as_str()))
        .collect();
    // EXPECTED.md §10: BENEXTJ -> BENPAYJ -> {BENOVPJ, BENBACSJ, BENRPTJ}.
    assert_eq!(
        feeds,
        BTreeSet::from([
            ("BENEXTJ", "BENPAYJ", "BEN.PROD.CLAIMS.DAILY"),
            ("BENPAYJ", "BENBACSJ", "BEN.PROD.PAYMENTS.DAILY"),
            ("BENPAYJ", "BENOVPJ", "BEN.PROD.PAYMENTS.DAILY"),
            ("BENPAYJ", "BENRPTJ", "BEN.PROD.PAYMENTS.DAILY"),
        ])
    );
    let bacs = flow
        .jobs
        .iter()
        .find(|j| j.name == "BENBACSJ")
        .expect("job");
    let step = bacs
        .steps
        .iter()
        .find(|s| s.name == "STEP020")
        .expect("step");
    assert_eq!(step.programs, ["BENBACS1"]);
    assert!(step.writes.contains(&"BEN.PROD.BACS.SUBMIT".to_string()));
    // PROG=BENOVP01 with SYSTSIN from PARMLIB(BENOVP01).
    let ovp = flow.jobs.iter().find(|j| j.name == "BENOVPJ").expect("job");
    assert!(
        ovp.steps
            .iter()
            .any(|s| s.programs.contains(&"BENOVP01".to_string()))
    );
}

#[test]
fn call_graph_has_transactions_jcl_steps_and_unresolved_targets() {
    let m = model();
    let g = build::calls(m);
    let e = edges(m, &g);
    let has = |a: &str, b: &str, k: &str| e.iter().any(|(x, y, z, _)| x == a && y == b && z == k);
    assert!(has("PAY1", "BENONL1", "transid"));
    assert!(has("PAY2", "BENUPD1", "transid"));
    assert!(has("BENUPD1", "PAYL", "cics-start"));
    assert!(has("BENONL1", "BENVAL1", "cics-link"));
    assert!(has("BENONL1", "BENUPD1", "cics-xctl"));
    assert!(has("PAYCALC", "PAYRND", "call-dynamic"));
    assert!(has("BENBACS1", "ADDRFMT", "call-dynamic"));
    assert!(has("BENPAYJ.STEP010.PAYCALC", "BENPAY01", "executes"));
    assert!(has("BENPAY01", "DSNTIAR", "call"));
    let dsntiar = g.find(&NodeKey::Missing {
        name: "DSNTIAR".into(),
        external: true,
    });
    assert!(dsntiar.is_some(), "DSNTIAR kept as an external node");
    // XCTL back and forth is a cycle.
    let cycles: Vec<BTreeSet<String>> = g
        .cycles()
        .into_iter()
        .map(|c| c.into_iter().map(|n| g.node_id(m, n)).collect())
        .collect();
    assert!(cycles.contains(&BTreeSet::from([
        "BENONL1".to_string(),
        "BENUPD1".to_string()
    ])));
}

fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn ibm_system_services_are_external_not_unresolved() {
    let m = model();
    let g = build::calls(m);
    let e = edges(m, &g);
    for (caller, service) in [("BENADJ01", "CEE3ABD"), ("BENPAY01", "DSNTIAR")] {
        assert!(
            e.iter()
                .any(|(a, b, k, _)| a == caller && b == service && k == "call")
        );
        let external = NodeKey::Missing {
            name: service.into(),
            external: true,
        };
        assert!(g.find(&external).is_some(), "{service} is an external node");
        let unresolved = NodeKey::Missing {
            name: service.into(),
            external: false,
        };
        assert!(g.find(&unresolved).is_none(), "{service} is not unresolved");
    }
    let dir = sample();
    let dir = dir.to_str().unwrap();
    // `refs`: from, to, kind, state, file:line.
    let refs = cli(&["refs", dir]);
    let states: BTreeSet<&str> = refs
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c[1] == "CEE3ABD" || c[1] == "DSNTIAR")
        .map(|c| c[3])
        .collect();
    assert_eq!(states, BTreeSet::from(["external"]));
    // `graph calls --format json`: the services are nodes of their own kind, `system`.
    let json: serde_json::Value =
        serde_json::from_str(&cli(&["graph", "calls", dir, "--format", "json"])).unwrap();
    for service in ["CEE3ABD", "DSNTIAR"] {
        let node = json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == service)
            .unwrap_or_else(|| panic!("{service} node"));
        assert_eq!(node["kind"], "system", "{service}");
    }
}

#[test]
fn cli_graphs_load_into_graphviz_and_networkx() {
    let dir = sample();
    let dir = dir.to_str().unwrap();
    let tsv = cli(&[
        "graph",
        "control",
        dir,
        "--from",
        "BENPAY01.0000-MAINLINE",
        "--depth",
        "2",
    ]);
    for line in tsv.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            5,
            "source, target, kind, file:line, count: {line}"
        );
        assert!(
            cols[3].contains(".cbl:") || cols[3].contains(".cpy:"),
            "{line}"
        );
    }
    assert!(tsv.contains("BENPAY01.0000-MAINLINE\tBENPAY01.1000-INITIALISE\tperform\t"));
    let dot = cli(&[
        "graph",
        "dataflow",
        dir,
        "--from",
        "PAYMENT.AMOUNT",
        "--backward",
        "--depth",
        "3",
        "--format",
        "dot",
    ]);
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` is installed (apt install graphviz)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    // Graphviz writes `-` in SVG text as `&#45;`.
    let svg = String::from_utf8_lossy(&out.stdout).replace("&#45;", "-");
    assert!(svg.contains("PAY-AMOUNT"), "{svg}");

    let graphml = cli(&["graph", "calls", dir, "--format", "graphml"]);
    let json: serde_json::Value =
        serde_json::from_str(&cli(&["graph", "calls", dir, "--format", "json"])).unwrap();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), graphml).unwrap();
    let py = Command::new("python3")
        .args([
            "-c",
            "import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())",
        ])
        .arg(file.path())
        .output()
        .expect("python3 with networkx (pip install networkx)");
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let counts = String::from_utf8(py.stdout).unwrap();
    assert_eq!(
        counts.trim(),
        format!(
            "{} {}",
            json["nodes"].as_array().unwrap().len(),
            json["edges"].as_array().unwrap().len()
        )
    );
}

#[test]
fn program_spans_end_at_their_last_line_even_after_a_final_copy() {
    let m = model();
    // BENEXT01 ends with `COPY SQLERRP.` on its last line (538); PAYCALC has no final COPY.
    for (program, first, last) in [
        ("BENEXT01", 1, 538),
        ("BENPAY01", 1, 742),
        ("PAYCALC", 1, 432),
    ] {
        let id = m.symbol_named(program).expect("program");
        let span = m.symbol(id).span.expect("span");
        assert!(
            span.line >= first && span.line < 60,
            "{program} starts at {}",
            span.line
        );
        assert_eq!(span.end_line, last, "{program}");
    }
}
