//! Bad COBOL input is normal: each case below gives a diagnostic naming file and line, indexing
//! finishes, and what can be read around the problem is still read.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

fn index(dir: &Path) -> (Value, String) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["index"])
        .arg(dir)
        .args(["--format", "json", "--max-file-mb", "64"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(started.elapsed() < Duration::from_secs(120));
    let symbols = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["symbols"])
        .arg(dir)
        .args(["--max-file-mb", "64"])
        .output()
        .unwrap();
    assert!(symbols.status.success());
    (
        serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap(),
        String::from_utf8(symbols.stdout).unwrap(),
    )
}

fn file<'a>(index: &'a Value, path: &str) -> &'a Value {
    index["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("{path} not listed"))
}

fn messages(f: &Value) -> Vec<(Option<u64>, String)> {
    f["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["line"].as_u64(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A fixed-format line: sequence number, indicator blank, code from column 8.
fn fixed(lines: &[&str]) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{:06} {l}\n", (i + 1) * 100))
        .collect()
}

#[test]
fn bad_cobol_gives_diagnostics_and_indexing_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let w = |name: &str, bytes: &[u8]| std::fs::write(root.join(name), bytes).unwrap();

    // Latin-1 bytes in a comment and a literal (not UTF-8), tabs in the code.
    let mut latin1 = fixed(&[
        "IDENTIFICATION DIVISION.",
        "PROGRAM-ID. LATIN1.",
        "PROCEDURE DIVISION.",
        "MAIN-PARA.",
        "\tDISPLAY 'RESUME'",
        "    GOBACK.",
    ])
    .into_bytes();
    let pos = latin1.windows(6).position(|w| w == b"RESUME").unwrap();
    latin1[pos + 3] = 0xC9; // É in Latin-1 / Windows-1252
    w("LATIN1.cbl", &latin1);

    // An unterminated literal and a missing period before a paragraph.
    w(
        "BROKEN.cbl",
        fixed(&[
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. BROKEN.",
            "PROCEDURE DIVISION.",
            "1000-FIRST.",
            "    DISPLAY 'NO END QUOTE",
            "    MOVE 1 TO WS-A",
            "2000-SECOND.",
            "    MOVE 2 TO WS-B.",
            "3000-THIRD.",
            "    GOBACK.",
        ])
        .as_bytes(),
    );

    // Copybooks that include each other, and one that is missing.
    w(
        "CYCLE.cbl",
        fixed(&[
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. CYCLE.",
            "DATA DIVISION.",
            "WORKING-STORAGE SECTION.",
            "COPY CYCA.",
            "COPY NOSUCH.",
            "01  WS-AFTER PIC X.",
            "PROCEDURE DIVISION.",
            "    GOBACK.",
        ])
        .as_bytes(),
    );
    w(
        "CYCA.cpy",
        fixed(&["01  A-REC PIC X.", "COPY CYCB."]).as_bytes(),
    );
    w(
        "CYCB.cpy",
        fixed(&["01  B-REC PIC X.", "COPY CYCA."]).as_bytes(),
    );

    // Garbage with a .cbl name.
    w(
        "JUNK.cbl",
        b"%PDF-1.4 this is not cobol {{{ }}} <<>> \n\x01\x02 random words here\n",
    );

    // A 20 MB program.
    let mut big = String::from(
        &fixed(&[
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. BIGPGM.",
            "DATA DIVISION.",
            "WORKING-STORAGE SECTION.",
            "01  WS-A PIC 9(4).",
            "PROCEDURE DIVISION.",
        ])[..],
    );
    let mut n = 0;
    while big.len() < 20_000_000 {
        big.push_str(&format!(
            "000000 P{n:07}.\n000000     ADD 1 TO WS-A\n000000     DISPLAY 'PARAGRAPH {n}'.\n"
        ));
        n += 1;
    }
    w("BIGPGM.cbl", big.as_bytes());

    let (index, symbols) = index(root);

    let latin1 = file(&index, "LATIN1.cbl");
    assert_eq!(latin1["kind"], "cobol-program");
    assert_eq!(latin1["encoding"], "windows-1252");
    assert!(
        messages(latin1)
            .iter()
            .any(|(l, m)| *l == Some(5) && m.contains("Windows-1252"))
    );
    assert_eq!(latin1["error_nodes"], 0, "{latin1}");

    let broken = file(&index, "BROKEN.cbl");
    assert!(broken["error_nodes"].as_u64().unwrap() > 0, "{broken}");
    assert!(
        messages(broken)
            .iter()
            .any(|(l, m)| *l == Some(5) && m.contains("syntax error")),
        "{broken}"
    );
    // What follows the damage is still read; the missing period before 2000-SECOND is
    // assumed, as compilers do, with a warning at the paragraph.
    assert!(symbols.contains("BROKEN.3000-THIRD"), "{symbols}");
    assert!(symbols.contains("BROKEN.2000-SECOND"), "{symbols}");
    assert!(
        messages(broken)
            .iter()
            .any(|(l, m)| *l == Some(7) && m.contains("period missing before 2000-SECOND")),
        "{broken}"
    );

    let cycle = file(&index, "CYCLE.cbl");
    let cycle_messages = messages(cycle);
    // The cycle is reported on the copybook whose COPY closes it, with its line.
    let closing: Vec<_> = ["CYCA.cpy", "CYCB.cpy"]
        .iter()
        .flat_map(|p| messages(file(&index, p)))
        .collect();
    assert!(
        closing
            .iter()
            .any(|(l, m)| *l == Some(2) && m.contains("cycle")),
        "{closing:?}"
    );
    assert!(
        cycle_messages
            .iter()
            .any(|(l, m)| *l == Some(6) && m.contains("NOSUCH")),
        "{cycle_messages:?}"
    );
    assert_eq!(cycle["missing_copybooks"], serde_json::json!(["NOSUCH"]));
    assert!(
        symbols.contains("CYCLE.A-REC") && symbols.contains("CYCLE.WS-AFTER"),
        "{symbols}"
    );

    let junk = file(&index, "JUNK.cbl");
    assert!(
        junk["error_nodes"].as_u64().unwrap_or(0) > 0 || !messages(junk).is_empty(),
        "{junk}"
    );

    let big = file(&index, "BIGPGM.cbl");
    assert_eq!(big["error_nodes"], 0);
    assert!(symbols.contains(&format!("BIGPGM.P{:07}", n - 1)));
}

/// The diagnostics of one file as (line, code, message).
fn diagnostics(f: &Value) -> Vec<(Option<u64>, String, String)> {
    f["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["line"].as_u64(),
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn self_including_copybooks_and_copy_cycles_are_named_as_such_on_both_ends() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let w = |name: &str, lines: &[&str]| std::fs::write(root.join(name), fixed(lines)).unwrap();
    let program = |id: &str, copy: &str| {
        w(
            &format!("{id}.cbl"),
            &[
                "IDENTIFICATION DIVISION.",
                &format!("PROGRAM-ID. {id}."),
                "DATA DIVISION.",
                "WORKING-STORAGE SECTION.",
                "01  WS-BEFORE PIC X.",
                &format!("COPY {copy}."),
                "01  WS-AFTER PIC X.",
                "PROCEDURE DIVISION.",
                "MAIN-PARA.",
                "    MOVE 'Y' TO WS-AFTER",
                "    GOBACK.",
            ],
        )
    };
    // A copybook that copies itself, and two that copy each other.
    program("SELFPGM", "SELFCPY");
    w("SELFCPY.cpy", &["01  S-REC PIC X.", "COPY SELFCPY."]);
    program("CYCPGM", "CYCA");
    w("CYCA.cpy", &["01  A-REC PIC X.", "COPY CYCB."]);
    w("CYCB.cpy", &["01  B-REC PIC X.", "COPY CYCA."]);
    // One that copies itself and that no program includes (read on its own).
    w("LONELY.cpy", &["01  L-REC PIC X.", "", "COPY LONELY."]);
    // A healthy program beside them.
    program("GOODPGM", "GOODCPY");
    w("GOODCPY.cpy", &["01  G-REC PIC X."]);

    let (index, symbols) = index(root);
    let diag = |path: &str| diagnostics(file(&index, path));
    let pre = |line: u64, message: &str| {
        (
            Some(line),
            "cobol.preprocess".to_string(),
            message.to_string(),
        )
    };

    // The copybook says it includes itself, at the line of its COPY; not "not found".
    assert_eq!(
        diag("SELFCPY.cpy"),
        [pre(
            2,
            "copybook SELFCPY includes itself: COPY SELFCPY at line 2 is not expanded"
        )]
    );
    // The program including it is told too, at its own COPY.
    assert_eq!(
        diag("SELFPGM.cbl"),
        [pre(
            6,
            "copybook SELFCPY included here includes itself (line 2 of SELFCPY); \
             it is expanded once, without that COPY"
        )]
    );
    assert_eq!(file(&index, "SELFPGM.cbl")["missing_copybooks"], json!([]));
    assert_eq!(file(&index, "SELFCPY.cpy")["missing_copybooks"], json!([]));

    // A two-copybook cycle is called a cycle where it closes and where it is entered.
    assert_eq!(diag("CYCA.cpy"), []);
    assert_eq!(diag("CYCB.cpy"), [pre(2, "COPY cycle: CYCA → CYCB → CYCA")]);
    assert_eq!(
        diag("CYCPGM.cbl"),
        [pre(
            6,
            "copybook CYCA included here is in a COPY cycle: CYCA → CYCB → CYCA \
             (closed at line 2 of CYCB); the closing COPY is not expanded"
        )]
    );
    assert_eq!(
        diag("LONELY.cpy"),
        [pre(
            3,
            "copybook LONELY includes itself: COPY LONELY at line 3 is not expanded"
        )]
    );
    assert_eq!(diag("GOODPGM.cbl"), []);
    assert!(
        index["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| { !d["message"].as_str().unwrap().contains("not found") }),
        "{}",
        index["diagnostics"]
    );

    // Everything around the loops is read: the copybooks' records once, what follows the COPY.
    for name in [
        "SELFPGM.S-REC",
        "SELFPGM.WS-AFTER",
        "SELFPGM.MAIN-PARA",
        "CYCPGM.A-REC",
        "CYCPGM.B-REC",
        "CYCPGM.WS-AFTER",
        "GOODPGM.G-REC",
        "GOODPGM.WS-AFTER",
    ] {
        assert!(symbols.contains(name), "{name} missing:\n{symbols}");
    }
    for f in index["files"].as_array().unwrap() {
        assert_eq!(f["error_nodes"], 0, "{f}");
    }
}
