//! Hostile BMS sources through the CLI: odd statements become diagnostics naming the file and
//! line, a statement continued over 20,000 lines and a map of 5,000 fields finish quickly, and
//! the good maps beside them still draw.

use std::fmt::Write as _;
use std::process::Command;
use std::time::{Duration, Instant};

fn card(text: &str, mark: char) -> String {
    format!("{text:<71}{mark}\n")
}

fn run(args: &[&str]) -> (i32, String, String) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{args:?} took {:?}",
        started.elapsed()
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

#[test]
fn bad_maps_are_diagnostics_with_lines_and_big_ones_finish() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Line numbers matter: each problem sits on a known line.
    let mut bad = String::new();
    bad.push_str("         DFHMDF POS=(1,1),LENGTH=3\n"); // 1: before any map
    bad.push_str("BADSET   DFHMSD TYPE=MAP,LANG=COBOL\n"); // 2
    bad.push_str("BADMAP   DFHMDI SIZE=(24,80)\n"); // 3
    bad.push_str("F1       DFHMDF POS=(99,1),LENGTH=3\n"); // 4: outside
    bad.push_str("F2       DFHMDF POS=(2,1),LENGTH=5,OCCURS=99999\n"); // 5: OCCURS too big
    bad.push_str("F3       DFHMDF POS=(3,1),LENGTH=4,ATTRB=(UNPROT,GLOWING)\n"); // 6
    bad.push_str(&card(
        "F4       DFHMDF POS=(4,1),LENGTH=9,INITIAL='NEVER",
        'X',
    )); // 7
    bad.push_str(card("               CLOSED", 'X').trim_end_matches('\n')); // 8: ends continued
    std::fs::write(root.join("BAD.bms"), bad).unwrap();

    let mut huge = String::from("BIGSET   DFHMSD TYPE=MAP\nBIGMAP   DFHMDI SIZE=(255,255)\n");
    huge.push_str(&card("LONG     DFHMDF POS=(1,1),LENGTH=200,INITIAL='", 'X'));
    for _ in 0..20_000 {
        huge.push_str(&card("               ABCDEFGHIJ", 'X'));
    }
    huge.push_str("               END'\n");
    for i in 0..5_000 {
        let _ = writeln!(
            huge,
            "F{i:<7} DFHMDF POS={},LENGTH=5,ATTRB=(UNPROT,FSET)",
            (i * 6) % (255 * 255 - 6)
        );
    }
    huge.push_str("         DFHMSD TYPE=FINAL\n");
    std::fs::write(root.join("HUGE.bms"), huge).unwrap();
    std::fs::write(
        root.join("GOOD.bms"),
        "GOODSET  DFHMSD TYPE=MAP\nGOODMAP  DFHMDI SIZE=(2,20)\n\
         NAME     DFHMDF POS=(1,1),LENGTH=8,ATTRB=(UNPROT,IC)\n\
         \x20        DFHMDF POS=(2,1),LENGTH=5,INITIAL='HELLO'\n\
         \x20        DFHMSD TYPE=FINAL\n",
    )
    .unwrap();

    let dir_arg = root.to_str().unwrap();
    let (code, index, _) = run(&["index", dir_arg]);
    assert_eq!(code, 0);
    for (line, needle) in [
        (1, "before any DFHMDI"),
        (4, "POS=(99,1) is outside"),
        (5, "OCCURS=99999"),
        (6, "GLOWING"),
        (7, "longer than LENGTH=9"),
        (8, "continuation mark in column 72 but the file ends"),
        (8, "quoted string not closed"),
    ] {
        let at = format!("BAD.bms:{line}: ");
        assert!(
            index.lines().any(|l| l.contains(&at) && l.contains(needle)),
            "{at}{needle} in\n{index}"
        );
    }
    let (code, pictures, _) = run(&["screens", dir_arg]);
    assert_eq!(code, 0);
    assert!(pictures.contains("GOODSET.GOODMAP  2×20"));
    assert!(pictures.contains(" ________\n HELLO\n"), "{pictures}");
    assert!(pictures.contains("BIGSET.BIGMAP  255×255"));
    assert!(pictures.contains("BADSET.BADMAP  24×80"));
    let (code, svg, _) = run(&["screens", dir_arg, "--map", "BIGMAP", "--format", "svg"]);
    assert_eq!(code, 0);
    assert!(svg.matches("class=\"field\"").count() >= 5_000);
}

#[test]
fn a_mapset_may_share_its_name_with_a_transaction_and_derived_names_link_own_areas() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("PAY1.bms"),
        "PAY1     DFHMSD TYPE=MAP\nPAY1     DFHMDI SIZE=(24,80)\n\
         KEY      DFHMDF POS=(1,1),LENGTH=4,ATTRB=(UNPROT,IC)\n\
         \x20        DFHMSD TYPE=FINAL\n",
    )
    .unwrap();
    std::fs::write(
        root.join("REGION.csd"),
        "DEFINE TRANSACTION(PAY1) GROUP(G) PROGRAM(PAYONL)\n",
    )
    .unwrap();
    // A program that RECEIVEs INTO and SENDs FROM areas of its own with the derived names.
    std::fs::write(
        root.join("PAYONL.cbl"),
        [
            "       IDENTIFICATION DIVISION.",
            "       PROGRAM-ID. PAYONL.",
            "       DATA DIVISION.",
            "       WORKING-STORAGE SECTION.",
            "       01  WS-IN.",
            "           05  KEYL    PIC S9(4) COMP.",
            "           05  KEYF    PIC X.",
            "           05  KEYI    PIC X(4).",
            "       01  WS-OUT.",
            "           05  FILLER  PIC X(3).",
            "           05  KEYO    PIC X(4).",
            "       PROCEDURE DIVISION.",
            "       MAIN-PARA.",
            "           EXEC CICS RECEIVE MAP('PAY1') MAPSET('PAY1')",
            "                INTO(WS-IN) END-EXEC.",
            "           MOVE KEYI TO KEYO.",
            "           EXEC CICS SEND MAP('PAY1') MAPSET('PAY1')",
            "                FROM(WS-OUT) END-EXEC.",
            "           GOBACK.",
            "",
        ]
        .join("\n"),
    )
    .unwrap();
    let (code, dataflow, _) = run(&["graph", "dataflow", root.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        dataflow.contains("PAY1.PAY1.KEY\tPAYONL.WS-IN.KEYI\tscreen-input\t"),
        "{dataflow}"
    );
    assert!(dataflow.contains("PAYONL.WS-OUT.KEYO\tPAY1.PAY1.KEY\tscreen-output\t"));
    let (code, symbols, _) = run(&["symbols", root.to_str().unwrap()]);
    assert_eq!(code, 0);
    for row in [
        "cics-mapset\tPAY1\tPAY1.bms\t1\t",
        "cics-map\tPAY1.PAY1\tPAY1.bms\t2\t",
        "cics-transaction\tPAY1\tREGION.csd\t1\t",
    ] {
        assert!(symbols.contains(row), "{row} in\n{symbols}");
    }
}
