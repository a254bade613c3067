//! The rule workflow end to end through the CLI: mine the sample into an annotation file,
//! check its anchors, merge two reviewers' edits, export the catalogue; and the decision
//! table of every EVALUATE form on a small program written for it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_legacylens"))
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn mine_check_merge_export_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let sample = sample();
    let sample = sample.to_str().unwrap();
    let mined = dir.path().join("mined.json");
    let (code, out, err) = run(&["rules", "mine", sample, "-o", mined.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("candidate rules"), "{out}");

    // Every anchor of freshly mined rules is anchored; --strict passes.
    let (code, out, err) = run(&[
        "rules",
        "check",
        sample,
        "--annotations",
        mined.to_str().unwrap(),
        "--strict",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines()
            .all(|l| l.split('\t').nth(1) == Some("anchored"))
    );

    // Two reviewers edit different fields of the same rule: a clean merge.
    let text = std::fs::read_to_string(&mined).unwrap();
    let mut a: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut b = a.clone();
    a["rules"][0]["owner"] = "Benefits policy team".into();
    b["rules"][0]["business_description"] = "Claims failing the check are rejected.".into();
    let (fa, fb) = (dir.path().join("a.json"), dir.path().join("b.json"));
    std::fs::write(&fa, serde_json::to_string_pretty(&a).unwrap()).unwrap();
    std::fs::write(&fb, serde_json::to_string_pretty(&b).unwrap()).unwrap();
    let merged = dir.path().join("merged.json");
    let (code, _, err) = run(&[
        "rules",
        "merge",
        fa.to_str().unwrap(),
        fb.to_str().unwrap(),
        "--base",
        mined.to_str().unwrap(),
        "-o",
        merged.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    let id = a["rules"][0]["id"].as_str().unwrap();
    let rule = m["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    assert_eq!(rule["owner"], "Benefits policy team");
    assert_eq!(
        rule["business_description"],
        "Claims failing the check are rejected."
    );

    // The same field changed differently: a conflict, both values kept, exit code 1.
    b["rules"][0]["owner"] = "Payments team".into();
    std::fs::write(&fb, serde_json::to_string_pretty(&b).unwrap()).unwrap();
    let (code, _, err) = run(&[
        "rules",
        "merge",
        fa.to_str().unwrap(),
        fb.to_str().unwrap(),
        "-o",
        merged.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Benefits policy team") && err.contains("Payments team"),
        "{err}"
    );
    let kept = std::fs::read_to_string(&merged).unwrap();
    assert!(kept.contains("Benefits policy team") && kept.contains("Payments team"));

    // Export: Markdown with code excerpts and decision tables, CSV one row per rule, JSON.
    let md = dir.path().join("catalogue.md");
    let (code, _, err) = run(&[
        "export",
        sample,
        "--annotations",
        mined.to_str().unwrap(),
        "--format",
        "md",
        "-o",
        md.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let md = std::fs::read_to_string(md).unwrap();
    assert!(
        md.contains("| WS-AGE | WS-RES-CLASS | then |"),
        "ELIGCHK decision table"
    );
    assert!(md.contains("benefits/cobol/cbl/ELIGCHK.cbl:"));
    let rules = m["rules"].as_array().unwrap().len();
    let (_, csv, _) = run(&[
        "export",
        sample,
        "--annotations",
        mined.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(csv.starts_with("id,name,status,"));
    let (_, json, _) = run(&[
        "export",
        sample,
        "--annotations",
        mined.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let html = dir.path().join("catalogue.html");
    let (code, _, err) = run(&[
        "export",
        sample,
        "--annotations",
        mined.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..60]);
    assert_eq!(html.matches("<script").count(), 1);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["rules"].as_array().unwrap().len(), rules);
    assert!(json["rules"][0]["code"][0]["text"].as_str().unwrap().len() > 5);
}

#[test]
fn decision_tables_of_every_evaluate_form() {
    let dir = tempfile::tempdir().unwrap();
    let body = "IDENTIFICATION DIVISION.
PROGRAM-ID. DT1.
DATA DIVISION.
WORKING-STORAGE SECTION.
01 WS-TYPE PIC X(2).
   88 TYPE-A VALUE 'A1'.
01 WS-AGE PIC 999.
01 WS-OUT PIC X.
PROCEDURE DIVISION.
A-SUBJECT.
    EVALUATE WS-TYPE
        WHEN 'A1'
        WHEN 'A2'
            MOVE 'A' TO WS-OUT
        WHEN 'B1'
            MOVE 'B' TO WS-OUT
        WHEN OTHER
            MOVE 'X' TO WS-OUT
    END-EVALUATE.
B-ALSO.
    EVALUATE WS-TYPE ALSO WS-AGE
        WHEN 'A1' ALSO 0 THRU 17
            MOVE 'C' TO WS-OUT
        WHEN ANY ALSO 18 THRU 65
            MOVE 'W' TO WS-OUT
    END-EVALUATE.
C-TRUE.
    EVALUATE TRUE
        WHEN TYPE-A AND WS-AGE > 65
            MOVE 'P' TO WS-OUT
        WHEN WS-AGE < 18
            MOVE 'Y' TO WS-OUT
    END-EVALUATE
    GOBACK.
";
    let text: String = body.lines().map(|l| format!("       {l}\n")).collect();
    std::fs::write(dir.path().join("DT1.cbl"), text).unwrap();
    let (code, md, err) = run(&["decisions", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // One subject; WHEN 'A1' WHEN 'A2' share their action; WHEN OTHER last.
    assert!(md.contains("| WS-TYPE | then |"), "{md}");
    assert!(md.contains("| 'A1' | MOVE 'A' TO WS-OUT |"), "{md}");
    assert!(md.contains("| 'A2' | MOVE 'A' TO WS-OUT |"), "{md}");
    assert!(md.contains("| (other) | MOVE 'X' TO WS-OUT |"), "{md}");
    // ALSO with THRU and ANY.
    assert!(md.contains("| WS-TYPE | WS-AGE | then |"), "{md}");
    assert!(
        md.contains("| 'A1' | 0 THRU 17 | MOVE 'C' TO WS-OUT |"),
        "{md}"
    );
    assert!(
        md.contains("| ANY | 18 THRU 65 | MOVE 'W' TO WS-OUT |"),
        "{md}"
    );
    // EVALUATE TRUE: the WHENs are conditions.
    assert!(md.contains("| condition | then |"), "{md}");
    assert!(
        md.contains("| TYPE-A AND WS-AGE > 65 | MOVE 'P' TO WS-OUT |"),
        "{md}"
    );
}

/// Reads RFC 4180 CSV (quoted cells may hold commas, quotes, CR and LF) into rows of cells.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, '"') => panic!("stray quote in an unquoted cell: {cell:?}"),
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted cell");
    assert!(row.is_empty() && cell.is_empty(), "last line not ended");
    rows
}

#[test]
fn csv_export_neutralises_cells_a_spreadsheet_would_run_as_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    std::fs::create_dir(&project).unwrap();
    std::fs::write(
        project.join("PAY.cbl"),
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. PAY.\n       PROCEDURE DIVISION.\n           GOBACK.\n",
    )
    .unwrap();
    let audit = serde_json::json!({
        "created_by": "mallory", "created_at": "2026-01-05T09:00:00Z",
        "updated_by": "mallory", "updated_at": "2026-01-05T09:00:00Z",
    });
    let annotations = serde_json::json!({
        "schema_version": 1,
        "rules": [
            {
                "id": "rule-1",
                "name": "=HYPERLINK(\"http://x\",\"click\")",
                "business_description": "+1 to the pension",
                "technical_description": "-1 from WS-AGE",
                "status": "candidate",
                "business_functions": ["benefits", "=not-first"],
                "owner": "@SUM(A1:A2)",
                "tags": ["\tTAB=1"],
                "inputs": ["\r=1+1"],
                "conditions": [{ "code": "=A1", "plain": "-x, then more" }],
                "audit": audit,
            },
            {
                "id": "rule-2",
                "name": "Plain rule",
                "business_description": "Age 66 or over; WS-A = -1",
                "status": "draft",
                "owner": "Payments team",
                "audit": audit,
            },
        ],
    });
    let file = dir.path().join("hostile.json");
    std::fs::write(&file, serde_json::to_string_pretty(&annotations).unwrap()).unwrap();

    let (code, csv, err) = run(&[
        "export",
        project.to_str().unwrap(),
        "--annotations",
        file.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        csv.contains(r#","'=HYPERLINK(""http://x"",""click"")","#),
        "{csv}"
    );
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let header = &rows[0];
    assert!(rows.iter().all(|r| r.len() == header.len()), "{rows:?}");
    let cell = |row: usize, column: &str| {
        let i = header.iter().position(|h| h == column).unwrap();
        rows[row][i].as_str()
    };
    assert_eq!(cell(1, "id"), "rule-1");
    assert_eq!(cell(1, "name"), "'=HYPERLINK(\"http://x\",\"click\")");
    assert_eq!(cell(1, "business_description"), "'+1 to the pension");
    assert_eq!(cell(1, "technical_description"), "'-1 from WS-AGE");
    assert_eq!(cell(1, "owner"), "'@SUM(A1:A2)");
    assert_eq!(cell(1, "tags"), "'\tTAB=1");
    assert_eq!(cell(1, "inputs"), "'\r=1+1");
    assert_eq!(cell(1, "conditions"), "'=A1");
    assert_eq!(cell(1, "plain_conditions"), "'-x, then more");
    // Only a cell's first character counts; ordinary cells are left as they are.
    assert_eq!(cell(1, "business_functions"), "benefits; =not-first");
    assert_eq!(cell(1, "reviews"), "0");
    assert_eq!(cell(2, "name"), "Plain rule");
    assert_eq!(cell(2, "business_description"), "Age 66 or over; WS-A = -1");
    assert_eq!(cell(2, "owner"), "Payments team");
    for row in &rows {
        for c in row {
            assert!(
                !c.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "live cell {c:?}"
            );
        }
    }
}
