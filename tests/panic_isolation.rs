//! Panic isolation: a panic while processing one file (forced through the debug-build hook in
//! `panic_guard`) becomes an error diagnostic naming that file, and the rest of the project is
//! indexed; the app's background job reports a failure in the status bar instead of dying.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use legacylens::app::{LegacyLensApp, Settings};
use legacylens::index::index_path;
use legacylens::panic_guard::force_panic;

const COBOL: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. NAME.
       PROCEDURE DIVISION.
       0000-MAIN.
           DISPLAY 'HELLO'
           GOBACK.
";

const JAVA: &str = "package p;
public class NAME {
    int twice(int x) { return helper(x) * 2; }
    int helper(int x) { return x; }
}
";

const JCL: &str = "//NAME JOB (ACCT),'X'
//STEP1 EXEC PGM=GOODA
//IN DD DSN=A.B.C,DISP=SHR
";

/// A project of programs, classes and jobs; the names carry `tag` so tests do not meet.
fn project(dir: &Path, tag: &str) {
    fs::create_dir_all(dir.join("cbl")).unwrap();
    fs::create_dir_all(dir.join("src/p")).unwrap();
    fs::create_dir_all(dir.join("jcl")).unwrap();
    for name in ["GOODA", "GOODB", &format!("PC{tag}")] {
        fs::write(
            dir.join(format!("cbl/{name}.cbl")),
            COBOL.replace("NAME", name),
        )
        .unwrap();
    }
    for name in ["Good", &format!("Pj{tag}")] {
        fs::write(
            dir.join(format!("src/p/{name}.java")),
            JAVA.replace("NAME", name),
        )
        .unwrap();
    }
    for name in ["GOODJOB", &format!("PL{tag}")] {
        fs::write(
            dir.join(format!("jcl/{name}.jcl")),
            JCL.replace("NAME", name),
        )
        .unwrap();
    }
}

#[test]
fn a_panic_in_one_file_is_a_diagnostic_and_the_rest_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), "ENG");
    force_panic("cobol", "PCENG.cbl");
    force_panic("resolve", "PjENG.java");
    force_panic("load", "PLENG.jcl");

    for round in 0..2 {
        let started = Instant::now();
        let model = index_path(dir.path()).expect("indexing goes on");
        assert!(started.elapsed() < Duration::from_secs(30));
        let panics: Vec<_> = model
            .diagnostics
            .iter()
            .filter(|d| d.code == "internal.panic")
            .collect();
        let named = |path: &str| {
            panics.iter().any(|d| {
                d.file.map(|f| model.file(f).path.as_str()) == Some(path)
                    && d.message.contains(path)
                    && d.message.contains("forced test panic")
            })
        };
        assert_eq!(panics.len(), 3, "round {round}: {panics:?}");
        assert!(named("cbl/PCENG.cbl"));
        assert!(named("src/p/PjENG.java"));
        assert!(named("jcl/PLENG.jcl"));
        // Everything else is there: the other programs, classes (resolved) and the job.
        for name in ["GOODA", "GOODB", "p.Good", "p.Good.twice(int)", "GOODJOB"] {
            assert!(model.symbol_named(name).is_some(), "{name} indexed");
        }
        assert!(
            model
                .references
                .iter()
                .any(|r| model.symbol(r.from).qualified_name == "p.Good.twice(int)"),
            "Good's bodies are resolved"
        );
        // The failed COBOL program is not half-registered.
        assert!(model.symbol_named("PCENG").is_none());
        // The file list is whole and in path order (no file lost or duplicated).
        assert_eq!(model.files.len(), 7);
    }
}

#[test]
fn the_cli_reports_the_panicking_file_and_still_answers() {
    let dir = tempfile::tempdir().unwrap();
    project(dir.path(), "CLI");
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .arg("index")
        .arg(dir.path())
        .env(
            "LEGACYLENS_DEBUG_PANIC",
            "cobol:PCCLI.cbl,resolve:PjCLI.java",
        )
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("an internal error"), "{stdout}");
    assert!(stdout.contains("cbl/PCCLI.cbl"), "{stdout}");
    assert!(stdout.contains("src/p/PjCLI.java"), "{stdout}");
}

#[test]
fn the_app_shows_a_failed_index_job_in_the_status_bar() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("panicking-project");
    project(&root, "APP");
    force_panic("workspace", "panicking-project");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_eframe(move |cc| LegacyLensApp::new(root, Settings::default(), &cc.egui_ctx));
    let started = Instant::now();
    while h.state().is_indexing() {
        h.step();
        assert!(started.elapsed() < Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
    h.get_by_label_contains("indexing failed with an internal error");
    h.get_by_label_contains("forced test panic in workspace");
}

#[test]
fn the_app_shows_failed_rule_mining_and_keeps_the_project_open() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("mining-panics");
    project(&root, "MIN");
    force_panic("mine", "mining-panics");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_eframe(move |cc| LegacyLensApp::new(root, Settings::default(), &cc.egui_ctx));
    let started = Instant::now();
    while h.state().is_indexing() || h.state().workspace().is_some_and(|ws| !ws.rules_mined()) {
        h.step();
        assert!(started.elapsed() < Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
    h.get_by_label_contains("Rule mining failed with an internal error");
    assert!(
        h.state()
            .model()
            .is_some_and(|m| m.symbol_named("GOODA").is_some())
    );
}
