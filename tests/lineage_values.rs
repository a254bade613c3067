//! Lineage and impact follow values: a record read whole into a group and one field worked
//! out again (the sample's BENBAL01, run by BENBALJ) has exactly its real sources; a group
//! MOVE reaches only the field at the same offset; structure, keys and control are opt-ins
//! (`--with`), and nodes reached only through structure or keys are marked. Small programs
//! check the record key, SQL WHERE, MOVE CORRESPONDING and index-name subscripts.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use legacylens::graphs::classes::EdgeClasses;
use legacylens::graphs::graph::ProjectGraph;
use legacylens::graphs::{build, impact};
use legacylens::model::Model;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")
}

fn sample_model() -> &'static (Model, ProjectGraph) {
    static MODEL: OnceLock<(Model, ProjectGraph)> = OnceLock::new();
    MODEL.get_or_init(|| {
        let m = legacylens::index::index_path(sample()).expect("sample indexes");
        let g = impact::impact_graph(&m, &build::dataflow(&m), &build::calls(&m));
        (m, g)
    })
}

fn reached(
    (m, g): &(Model, ProjectGraph),
    start: &str,
    backward: bool,
    with: EdgeClasses,
) -> BTreeSet<String> {
    let report = impact::impact_with(m, g, start, backward, None, with).expect(start);
    report.ids(m, g).into_iter().collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

const BALANCE: &str = "BENBAL01.WS-BALANCE-REC.WS-OUTSTANDING-BAL";

#[test]
fn recomputed_field_of_a_record_read_whole_has_exactly_its_real_sources() {
    let lineage = reached(sample_model(), BALANCE, true, EdgeClasses::VALUE);
    assert_eq!(
        lineage,
        set(&[
            BALANCE,
            // COMPUTE WS-OUTSTANDING-BAL = WS-OPENING-BAL - WS-RECOVERED - WS-WRITE-OFF
            "BENBAL01.WS-BALANCE-REC.WS-OPENING-BAL",
            "BENBAL01.WS-BALANCE-REC.WS-RECOVERED",
            "BENBAL01.WS-WRITE-OFF",
            // READ BAL-IN INTO WS-BALANCE-REC, and where BAL-IN comes from in the job.
            "BENBAL01.BAL-IN",
            "BENBALJ.STEP010.BALIN",
            "BEN.PROD.OVP.BALANCE",
        ])
    );
}

#[test]
fn group_move_reaches_only_the_field_at_the_same_offset() {
    let impact = reached(
        sample_model(),
        "BENBAL01.WS-BALANCE-REC.WS-POSTCODE",
        false,
        EdgeClasses::VALUE,
    );
    assert!(
        impact.contains("BENBAL01.WS-BALANCE-LINE.BL-POSTCODE"),
        "{impact:?}"
    );
    // The output record and the file it is written to.
    assert!(impact.contains("BENBAL01.BAL-OUT"), "{impact:?}");
    let siblings: Vec<&String> = impact
        .iter()
        .filter(|id| id.starts_with("BENBAL01.WS-BALANCE-LINE.") && !id.ends_with("BL-POSTCODE"))
        .collect();
    assert!(siblings.is_empty(), "siblings reached: {siblings:?}");
    assert!(!impact.contains("BENBAL01.WS-BALANCE-LINE"), "{impact:?}");
    // The balance line's postcode comes from the postcode only.
    let back = reached(
        sample_model(),
        "BENBAL01.WS-BALANCE-LINE.BL-POSTCODE",
        true,
        EdgeClasses::VALUE,
    );
    assert!(back.contains("BENBAL01.WS-BALANCE-REC.WS-POSTCODE"));
    assert!(
        !back.contains("BENBAL01.WS-BALANCE-REC.WS-CLAIM-ID"),
        "{back:?}"
    );
}

#[test]
fn structure_is_an_opt_in_and_what_only_it_reaches_is_marked() {
    let s = sample_model();
    let (m, g) = s;
    let with = EdgeClasses::parse("structure").unwrap();
    let report = impact::impact_with(m, g, BALANCE, true, None, with).unwrap();
    let rows = report.rows(m, g);
    let group = rows
        .iter()
        .find(|r| r.id == "BENBAL01.WS-BALANCE-REC")
        .expect("the group, through structure");
    assert_eq!(group.class, Some("structure"));
    assert!(group.marked, "reached only through structure: {group:?}");
    // Still one way at a time: up to the group, never back down into the siblings.
    assert!(!rows.iter().any(|r| r.id.ends_with("WS-POSTCODE")));
    // Value rows are not marked, and every row names its class and statement.
    let opening = rows
        .iter()
        .find(|r| r.id == "BENBAL01.WS-BALANCE-REC.WS-OPENING-BAL")
        .unwrap();
    assert!(!opening.marked);
    assert_eq!(opening.class, Some("value"));
    assert_eq!(opening.edge, Some("compute"));
    assert_eq!(
        opening.statement.as_deref(),
        Some("COMPUTE WS-OUTSTANDING-BAL = WS-OPENING-BAL - WS-RECOVERED - WS-WRITE-OFF")
    );
}

/// Writes `files` (name, fixed-format body lines starting in column 8) and indexes them.
fn index(files: &[(&str, &str)]) -> (Model, ProjectGraph) {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in files {
        let text: String = body.lines().map(|l| format!("       {l}\n")).collect();
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let m = legacylens::index::index_path(dir.path()).unwrap();
    let g = impact::impact_graph(&m, &build::dataflow(&m), &build::calls(&m));
    (m, g)
}

const CLAIMS: &str = "IDENTIFICATION DIVISION.
PROGRAM-ID. CLMKEY.
ENVIRONMENT DIVISION.
INPUT-OUTPUT SECTION.
FILE-CONTROL.
    SELECT CLAIM-MASTER ASSIGN TO CLMMAST
        ORGANIZATION IS INDEXED ACCESS MODE IS RANDOM
        RECORD KEY IS CM-CLAIM-ID.
DATA DIVISION.
FILE SECTION.
FD  CLAIM-MASTER.
01  CM-RECORD.
    05 CM-CLAIM-ID        PIC 9(9).
    05 CM-AWARD           PIC 9(5)V99.
WORKING-STORAGE SECTION.
01  WS-WANTED-ID          PIC 9(9).
01  WS-CLAIM.
    05 WS-CLAIM-ID        PIC 9(9).
    05 WS-AWARD           PIC 9(5)V99.
01  WS-COPY.
    05 WS-AWARD           PIC 9(5)V99.
    05 WS-CLAIM-ID        PIC 9(9).
01  WS-CHOSEN-RATE        PIC 9(3).
01  WS-TABLE-AWARD        PIC 9(5)V99.
01  WS-RATES.
    05 WS-RATE PIC 9(3) OCCURS 5 INDEXED BY WS-RATE-IX.
PROCEDURE DIVISION.
MAIN-PARA.
    ACCEPT WS-WANTED-ID
    MOVE WS-WANTED-ID TO CM-CLAIM-ID
    READ CLAIM-MASTER INTO WS-CLAIM KEY IS CM-CLAIM-ID
    MOVE CORRESPONDING WS-CLAIM TO WS-COPY
    SET WS-RATE-IX TO 2
    MOVE WS-RATE (WS-RATE-IX) TO WS-CHOSEN-RATE
    EXEC SQL
        SELECT AWARD INTO :WS-TABLE-AWARD FROM CLAIM_AWARD
        WHERE CLAIM_ID = :WS-WANTED-ID
    END-EXEC
    GOBACK.
";

#[test]
fn record_keys_sql_where_and_subscripts_are_keys_not_values() {
    let s = index(&[("CLMKEY.cbl", CLAIMS)]);
    let award = "CLMKEY.WS-CLAIM.WS-AWARD";
    let plain = reached(&s, award, true, EdgeClasses::VALUE);
    assert!(plain.contains("CLMKEY.CLAIM-MASTER"), "{plain:?}");
    assert!(!plain.contains("CLMKEY.CM-RECORD.CM-CLAIM-ID"), "{plain:?}");
    assert!(!plain.contains("CLMKEY.WS-WANTED-ID"), "{plain:?}");
    // With keys: the key that chose the record, marked as reached only that way.
    let (m, g) = &s;
    let keys = EdgeClasses::parse("keys").unwrap();
    let report = impact::impact_with(m, g, award, true, None, keys).unwrap();
    let rows = report.rows(m, g);
    let key = rows
        .iter()
        .find(|r| r.id == "CLMKEY.CM-RECORD.CM-CLAIM-ID")
        .unwrap_or_else(|| panic!("the key with --with keys: {rows:#?}"));
    assert_eq!(
        (key.edge, key.class, key.marked),
        (Some("record-key"), Some("keys"), true)
    );
    assert!(rows.iter().any(|r| r.id == "CLMKEY.WS-WANTED-ID"));
    // SQL: the WHERE host variable chooses the row; the table (no DDL here) gives the value.
    let sql = reached(&s, "CLMKEY.WS-TABLE-AWARD", true, EdgeClasses::VALUE);
    assert!(sql.contains("CLAIM_AWARD"), "{sql:?}");
    assert!(!sql.contains("CLMKEY.WS-WANTED-ID"), "{sql:?}");
    let sql_keys = reached(&s, "CLMKEY.WS-TABLE-AWARD", true, keys);
    assert!(sql_keys.contains("CLMKEY.WS-WANTED-ID"), "{sql_keys:?}");
    // An index-name subscript chooses the table entry; the entry is the value.
    let rate = reached(&s, "CLMKEY.WS-CHOSEN-RATE", true, EdgeClasses::VALUE);
    assert!(rate.contains("CLMKEY.WS-RATES.WS-RATE"), "{rate:?}");
    assert!(
        !rate.contains("CLMKEY.WS-RATES.WS-RATE.WS-RATE-IX"),
        "{rate:?}"
    );
    assert!(
        !rate.iter().any(|id| id.ends_with("WS-RATE-IX")),
        "{rate:?}"
    );
}

#[test]
fn move_corresponding_pairs_fields_by_name_not_by_offset() {
    let s = index(&[("CLMKEY.cbl", CLAIMS)]);
    // WS-COPY has the same names in another order: by offset WS-AWARD would meet the claim id.
    let back = reached(&s, "CLMKEY.WS-COPY.WS-AWARD", true, EdgeClasses::VALUE);
    assert!(back.contains("CLMKEY.WS-CLAIM.WS-AWARD"), "{back:?}");
    assert!(!back.contains("CLMKEY.WS-CLAIM.WS-CLAIM-ID"), "{back:?}");
}

#[test]
fn a_paragraph_is_traced_through_control() {
    let s = index(&[("CLMKEY.cbl", CLAIMS)]);
    // A paragraph takes part only in control: tracing it follows control without `--with`.
    let (m, g) = &s;
    let report = impact::impact(m, g, "CLMKEY.MAIN-PARA", false, None).unwrap();
    assert!(report.with.control);
    let ids: BTreeSet<String> = report.ids(m, g).into_iter().collect();
    assert!(
        ids.contains("CLMKEY.WS-CHOSEN-RATE"),
        "what it writes: {ids:?}"
    );
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .expect("legacylens runs")
}

#[test]
fn cli_impact_follows_values_and_takes_with() {
    let dir = sample();
    let dir = dir.to_str().unwrap();
    let out = cli(&["impact", dir, BALANCE, "--backward", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: BTreeSet<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 7, "{ids:?}");
    assert!(
        !ids.iter()
            .any(|id| id.contains("POSTCODE") || id.contains("GROUP-ID"))
    );
    assert_eq!(json["with"], serde_json::json!([]));
    let read = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "BENBAL01.BAL-IN")
        .unwrap();
    assert_eq!(read["class"], "value");
    assert_eq!(read["statement"], "READ BAL-IN INTO WS-BALANCE-REC");

    let text = cli(&[
        "impact",
        dir,
        BALANCE,
        "--backward",
        "--with",
        "structure,keys,control",
    ]);
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains(
            "<- contains [structure] BENBAL01.WS-BALANCE-REC (data-item)  (only via structure/keys)"
        ),
        "{text}"
    );

    let bad = cli(&["impact", dir, BALANCE, "--with", "structure,colour"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown edge class `colour`"));
}

#[test]
fn redefines_aliases_count_as_references_of_the_field() {
    let (m, _) = sample_model();
    let nino = m
        .symbol_named("BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-NINO")
        .unwrap();
    let aliases = legacylens::records::aliases_of(m, nino);
    let names: BTreeSet<&str> = aliases.iter().map(|&a| m.symbol(a).name.as_str()).collect();
    // CL-NINO-PARTS REDEFINES CL-NINO (and its parts); the trailer body redefines the record
    // body, so its hash field shares CL-NINO's bytes too. Neighbours never do.
    assert!(names.contains("CL-NINO-PARTS"), "{names:?}");
    assert!(names.contains("CL-NINO-PAYDAY-DIGITS"), "{names:?}");
    assert!(!names.contains("CL-CLAIMANT-ID"), "{names:?}");
    assert!(
        !names.contains("CL-RECORD-BODY"),
        "its group is not an alias: {names:?}"
    );
    let refs = legacylens::explore::resolve::references_of(m, nino);
    let line = |r: &legacylens::explore::resolve::ReferenceOf| m.references[r.index].span.line;
    assert!(refs.iter().any(|r| r.alias.is_none() && line(r) == 413));
    let through = refs
        .iter()
        .find(|r| line(r) == 372)
        .expect("the payday check reads the NINO through its alias");
    assert_eq!(
        m.symbol(through.alias.expect("marked as alias")).name,
        "CL-NINO-PAYDAY-DIGITS"
    );
    // In file order.
    let order: Vec<(u32, u32)> = refs
        .iter()
        .map(|r| {
            let s = m.references[r.index].span;
            (s.file.0, s.start)
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]));

    let dir = sample();
    let out = cli(&[
        "refs",
        dir.to_str().unwrap(),
        "--to",
        "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-NINO",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().any(|l| l.contains("BENPAY01.cbl:372") && l.ends_with("\talias CL-NINO-PAYDAY-DIGITS")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("BENPAY01.cbl:413") && l.ends_with('\t'))
    );
}
