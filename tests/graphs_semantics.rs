//! Focused checks of the graph semantics on small programs written for each rule: PERFORM
//! returns (no fall-through), GO TO continues in sequence, performed sections run their
//! paragraphs, ALTER targets are reached, containment is followed one way at a time, and
//! BY CONTENT arguments do not come back.

use legacylens::graphs::{build, deadcode, impact};
use legacylens::model::Model;

/// Writes `files` (name, fixed-format body lines starting in column 8) and indexes them.
fn index(files: &[(&str, &str)]) -> Model {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in files {
        let text: String = body.lines().map(|l| format!("       {l}\n")).collect();
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    legacylens::index::index_path(dir.path()).unwrap()
}

fn dead(model: &Model) -> Vec<String> {
    let d = deadcode::dead_code(model, &build::control(model), &build::calls(model));
    d.procedures
        .iter()
        .map(|&id| model.symbol(id).qualified_name.clone())
        .collect()
}

const HEADER: &str = "IDENTIFICATION DIVISION.\nPROGRAM-ID. P1.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n01 WS-X PIC 9.\n";

#[test]
fn performed_paragraphs_return_and_go_to_continues_in_sequence() {
    let m = index(&[(
        "P1.cbl",
        &format!(
            "{HEADER}PROCEDURE DIVISION.\nA-MAIN.\n    PERFORM B-WORK.\n    GOBACK.\nB-WORK.\n    DISPLAY 'B'.\nC-AFTER-B.\n    DISPLAY 'C'.\nD-JUMPED.\n    DISPLAY 'D'.\nE-AFTER-D.\n    DISPLAY 'E'.\n    GOBACK.\nF-LAST.\n    GO TO D-JUMPED.\n"
        ),
    )]);
    // C-AFTER-B follows a paragraph reached only by PERFORM; F-LAST follows a GOBACK and is
    // the only way into D-JUMPED, so D and E are dead too.
    assert_eq!(
        dead(&m),
        ["P1.C-AFTER-B", "P1.D-JUMPED", "P1.E-AFTER-D", "P1.F-LAST"]
    );

    let m = index(&[(
        "P1.cbl",
        &format!(
            "{HEADER}PROCEDURE DIVISION.\nA-MAIN.\n    IF WS-X = 1\n        GO TO D-JUMPED\n    END-IF\n    GOBACK.\nC-NEVER.\n    DISPLAY 'C'.\nD-JUMPED.\n    DISPLAY 'D'.\nE-AFTER-D.\n    STOP RUN.\n"
        ),
    )]);
    // A conditional GO TO does not end A-MAIN... but GOBACK does; D falls into E.
    assert_eq!(dead(&m), ["P1.C-NEVER"]);
}

#[test]
fn performed_sections_run_their_paragraphs_and_alter_targets_are_reached() {
    let m = index(&[(
        "P1.cbl",
        &format!(
            "{HEADER}PROCEDURE DIVISION.\nMAIN SECTION.\nM-1.\n    PERFORM WORK-S.\n    ALTER SWITCH-P TO PROCEED TO LATE-P.\n    PERFORM SWITCH-P.\n    GOBACK.\nWORK-S SECTION.\nW-1.\n    DISPLAY 'W1'.\nW-2.\n    DISPLAY 'W2'.\nOTHER-S SECTION.\nSWITCH-P.\n    GO TO EARLY-P.\nEARLY-P.\n    DISPLAY 'EARLY'.\nLATE-P.\n    DISPLAY 'LATE'.\nORPHAN-P.\n    GOBACK.\n"
        ),
    )]);
    let d = dead(&m);
    assert!(!d.iter().any(|p| p.ends_with("W-2")), "{d:?}");
    assert!(!d.iter().any(|p| p.ends_with("LATE-P")), "{d:?}");
    // OTHER-S itself is never entered: only SWITCH-P is performed and control falls from
    // EARLY-P and LATE-P into ORPHAN-P, which is therefore reached.
    assert!(d.iter().any(|p| p.ends_with("OTHER-S")), "{d:?}");
}

#[test]
fn containment_is_followed_one_way_and_by_content_does_not_return() {
    let m = index(&[
        (
            "P1.cbl",
            "IDENTIFICATION DIVISION.\nPROGRAM-ID. P1.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n01 WS-IN PIC X(5).\n01 WS-GROUP.\n   05 WS-A PIC X(5).\n   05 WS-B PIC X(5).\n01 WS-OUT PIC X(10).\n01 WS-KEEP PIC X(5).\n01 WS-PAIR.\n   05 WS-C PIC X(5).\n   05 WS-D PIC X(5).\n01 WS-PAIR-OUT PIC X(10).\nPROCEDURE DIVISION.\nA-MAIN.\n    MOVE WS-IN TO WS-A.\n    MOVE WS-IN TO WS-C.\n    MOVE WS-PAIR TO WS-PAIR-OUT.\n    MOVE WS-GROUP TO WS-OUT.\n    CALL 'P2' USING BY CONTENT WS-KEEP BY REFERENCE WS-GROUP.\n    GOBACK.\n",
        ),
        (
            "P2.cbl",
            "IDENTIFICATION DIVISION.\nPROGRAM-ID. P2.\nDATA DIVISION.\nLINKAGE SECTION.\n01 LK-KEEP PIC X(5).\n01 LK-GROUP PIC X(10).\nPROCEDURE DIVISION USING LK-KEEP LK-GROUP.\nA-MAIN.\n    MOVE LK-KEEP TO LK-GROUP.\n    GOBACK.\n",
        ),
    ]);
    let graph = impact::impact_graph(&m, &build::dataflow(&m), &build::calls(&m));
    let lineage = |name: &str| {
        let r = impact::impact(&m, &graph, name, true, None).unwrap();
        r.ids(&m, &graph)
    };
    // WS-OUT comes from the whole group, so from WS-IN through WS-A.
    let out = lineage("P1.WS-OUT");
    assert!(out.contains(&"P1.WS-IN".to_string()), "{out:?}");
    // WS-D is a sibling of WS-C: going up to the group and back down is not a flow.
    let d = lineage("P1.WS-PAIR.WS-D");
    assert!(!d.contains(&"P1.WS-IN".to_string()), "{d:?}");
    assert!(lineage("P1.WS-PAIR-OUT").contains(&"P1.WS-IN".to_string()));
    // WS-B's group goes to P2 BY REFERENCE and comes back: WS-B's bytes are what P2 left in
    // the same bytes of LK-GROUP, which it filled from LK-KEEP (so from WS-KEEP). WS-IN went
    // into WS-A, other bytes of the group: lineage follows values by position (issue 15), so
    // it is not a source of WS-B.
    let b = lineage("P1.WS-GROUP.WS-B");
    assert!(b.contains(&"P2.LK-KEEP".to_string()), "{b:?}");
    assert!(b.contains(&"P1.WS-KEEP".to_string()), "{b:?}");
    assert!(!b.contains(&"P1.WS-IN".to_string()), "{b:?}");
    // LK-GROUP is changed from LK-KEEP and returned BY REFERENCE into WS-GROUP...
    let group = lineage("P1.WS-GROUP");
    assert!(group.contains(&"P2.LK-KEEP".to_string()), "{group:?}");
    assert!(group.contains(&"P1.WS-KEEP".to_string()), "{group:?}");
    // ...while WS-KEEP, passed BY CONTENT, cannot be changed by P2.
    let keep = lineage("P1.WS-KEEP");
    assert_eq!(keep, ["P1.WS-KEEP"], "{keep:?}");
}
