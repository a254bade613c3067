//! Safe exports: nothing taken from an annotation file (rule ids, names, functions, rule sets,
//! anchor paths) decides where an export is written. `export -o` writes exactly the chosen
//! file in every format, whatever the file holds; a file whose anchor paths leave the project
//! root is refused before anything is written.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::json;

const PROGRAM: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. SAFEPGM.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-AGE               PIC 99.
       PROCEDURE DIVISION.
       1000-MAIN.
           IF WS-AGE > 65
               DISPLAY 'OLD'
           END-IF
           GOBACK.
";

/// An annotation file whose text fields are path-like payloads.
fn hostile(anchor_path: &str) -> String {
    let evil = [
        "../../escaped",
        "/tmp/escaped-abs",
        "..\\..\\escaped-win",
        "a/../../b",
    ];
    let rules: Vec<_> = evil
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "id": format!("BR-{i}{e}"),
                "name": e, "business_description": e, "technical_description": e,
                "classification": "validation", "status": "draft",
                "business_functions": [e], "rule_sets": [e], "tags": [e],
                "owner": e, "inputs": [e], "outputs": [e], "conditions": [],
                "anchors": [{
                    "symbol": format!("SAFEPGM.{e}"), "path": anchor_path,
                    "quote": "           IF WS-AGE > 65", "before": "", "after": "",
                    "fingerprint": "0", "line_hint": 8
                }],
                "reviews": [],
                "audit": {"created_by": e, "created_at": "2026-01-01T00:00:00Z",
                          "updated_by": e, "updated_at": "2026-01-01T00:00:00Z"}
            })
        })
        .collect();
    serde_json::to_string_pretty(&json!({"schema_version": 1, "rules": rules})).unwrap()
}

/// Every file under `dir`, relative.
fn tree(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.insert(p.strip_prefix(dir).unwrap().display().to_string());
        }
    }
    out
}

#[test]
fn exports_write_only_the_chosen_file() {
    let base = tempfile::tempdir().unwrap();
    let project = base.path().join("project");
    let out = base.path().join("out/deeper");
    fs::create_dir_all(project.join("cbl")).unwrap();
    fs::create_dir_all(&out).unwrap();
    fs::write(project.join("cbl/SAFEPGM.cbl"), PROGRAM).unwrap();
    let ann = base.path().join("rules.json");
    fs::write(&ann, hostile("cbl/SAFEPGM.cbl")).unwrap();
    let before = tree(base.path());

    for format in ["md", "html", "csv", "json"] {
        let target = out.join(format!("catalogue.{format}"));
        let run = Command::new(env!("CARGO_BIN_EXE_legacylens"))
            .args(["export", "--format", format])
            .arg(&project)
            .arg("--annotations")
            .arg(&ann)
            .arg("-o")
            .arg(&target)
            .current_dir(&out)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let text = fs::read_to_string(&target).unwrap();
        assert!(
            text.contains("escaped"),
            "{format}: the payloads are in the export"
        );
    }
    let after = tree(base.path());
    let added: BTreeSet<_> = after.difference(&before).cloned().collect();
    let expected: BTreeSet<String> = ["md", "html", "csv", "json"]
        .iter()
        .map(|f| format!("out/deeper/catalogue.{f}"))
        .collect();
    assert_eq!(added, expected, "only the chosen files are written");
    assert!(!Path::new("/tmp/escaped-abs").exists());
}

#[test]
fn an_annotation_file_with_escaping_anchor_paths_is_refused_before_writing() {
    let base = tempfile::tempdir().unwrap();
    let project = base.path().join("project");
    fs::create_dir_all(project.join("cbl")).unwrap();
    fs::write(project.join("cbl/SAFEPGM.cbl"), PROGRAM).unwrap();
    for bad in ["../outside.cbl", "/etc/passwd", "cbl/../../outside.cbl"] {
        let ann = base.path().join("rules.json");
        fs::write(&ann, hostile(bad)).unwrap();
        let target = base.path().join("catalogue.md");
        let run = Command::new(env!("CARGO_BIN_EXE_legacylens"))
            .arg("export")
            .arg(&project)
            .arg("--annotations")
            .arg(&ann)
            .arg("-o")
            .arg(&target)
            .output()
            .unwrap();
        assert!(!run.status.success(), "{bad} refused");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(
            err.contains(bad),
            "{bad}: the message names the path: {err}"
        );
        assert!(!target.exists(), "{bad}: nothing written");
    }
}
