//! The start page, the job flow and system services through the CLI, as CI sees them:
//! `overview`, `batch --format dot|json`, a project's own system services, and `--author`
//! on the commands that write annotations.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(args: &[&str]) -> String {
    let (success, out, err) = run(args);
    assert!(success, "{args:?}: {err}");
    out
}

fn names(v: &Value, list: &str, field: &str) -> Vec<String> {
    v[list]
        .as_array()
        .unwrap_or_else(|| panic!("{list} is a list"))
        .iter()
        .map(|e| e[field]["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn overview_lists_entry_points_resources_sizes_problems_and_triage() {
    let dir = sample();
    let json: Value = serde_json::from_str(&ok(&[
        "overview",
        dir.to_str().unwrap(),
        "--format",
        "json",
    ]))
    .expect("json");
    // CICS transactions with their first program (from the CSD).
    let tx = json["transactions"].as_array().unwrap();
    let program_of = |t: &str| {
        tx.iter()
            .find(|e| e["transaction"]["name"] == t)
            .and_then(|e| e["program"]["name"].as_str())
            .map(String::from)
    };
    assert_eq!(program_of("BMNU").as_deref(), Some("BENMNU1"));
    assert_eq!(program_of("PAY1").as_deref(), Some("BENONL1"));
    // Jobs in run order: the extract before the payment run before what reads its output.
    let jobs = names(&json, "jobs", "job");
    let at = |j: &str| jobs.iter().position(|x| x == j).unwrap();
    assert!(at("BENEXTJ") < at("BENPAYJ"));
    assert!(at("BENPAYJ") < at("BENBACSJ"));
    assert_eq!(jobs.len(), 10);
    assert_eq!(names(&json, "menus", "program"), ["BENMNU1"]);
    let uncalled = json["uncalled"].as_array().unwrap();
    assert_eq!(uncalled.len(), 1);
    assert_eq!(uncalled[0]["program"]["name"], "BENLEG87");
    assert!(uncalled[0]["reason"].as_str().unwrap().contains("no CALL"));
    // Busiest tables and datasets; load libraries are not data.
    assert_eq!(names(&json, "tables", "resource")[0], "CLAIM");
    let datasets = names(&json, "datasets", "resource");
    assert!(datasets.contains(&"BEN.PROD.PAYMENTS.DAILY".to_string()));
    assert!(!datasets.iter().any(|d| d.ends_with("LOADLIB")));
    assert_eq!(names(&json, "biggest", "program")[0], "BENPAY01");
    assert!(!json["most_complex"].as_array().unwrap().is_empty());
    // Problems: the IBM copybooks the sample leaves out, no parse errors.
    let missing: Vec<&str> = json["problems"]["missing_copybooks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert!(missing.contains(&"SQLCA"));
    assert!(
        json["problems"]["parse_errors"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(json["triage"]["pending_candidates"].as_u64().unwrap() > 100);
    // The text form says the same.
    let text = ok(&["overview", dir.to_str().unwrap()]);
    assert!(text.contains("Batch jobs in run order (10)"));
    assert!(text.contains("BMNU       -> BENMNU1"));
    assert!(text.contains("Rule triage: 0 of"));
}

#[test]
fn batch_gives_the_job_flow_as_dot_and_json() {
    let dir = sample();
    let dir = dir.to_str().unwrap();
    let dot = ok(&["batch", dir, "--format", "dot"]);
    assert!(dot.starts_with("digraph \"batch\""));
    assert!(dot.contains("rankdir=LR"));
    // GDG generations (+1)/(0) are one dataset node, which feeds the next job.
    assert!(dot.contains("\"BEN.PROD.CLAIMS.DAILY\" -> \"BENPAYJ\" [kind=\"feeds\""));
    assert!(!dot.contains("CLAIMS.DAILY(+1)"));
    assert!(dot.contains("\"BENEXTJ\" -> \"BENEXTJ.STEP010.DB2RUN\" [kind=\"first-step\""));
    // Utilities run by many jobs are not drawn as hubs; project programs are.
    assert!(!dot.contains("\"SORT\" ["));
    assert!(dot.contains("\"BENEXTJ.STEP010.DB2RUN\" -> \"BENEXT01\" [kind=\"executes\""));
    let json: Value = serde_json::from_str(&ok(&["batch", dir, "--format", "json"])).unwrap();
    let order: Vec<&str> = json["run_order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j.as_str().unwrap())
        .collect();
    assert!(
        order.iter().position(|j| *j == "BENEXTJ") < order.iter().position(|j| *j == "BENPAYJ")
    );
    let master = json["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "BEN.PROD.CLAIMANT.MASTER")
        .expect("the claimant master");
    assert_eq!(master["writers"][0]["step"], "BENMSTJ.STEP030");
    assert_eq!(master["cics"][0]["file"], "CLMMAST");
    let readers = master["cics"][0]["readers"].as_array().unwrap();
    assert!(readers.iter().any(|r| r == "BENONL1"));
    // Steps run in the order they are written; the text form is kept.
    let text = ok(&["batch", dir]);
    assert!(text.contains("FEEDS (writer job -> reader job via dataset)"));
}

const CALLER: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. CALLER.
       PROCEDURE DIVISION.
           CALL 'XYZLOG'
           CALL 'CEEDAYS'
           GOBACK.
";

#[test]
fn a_project_extends_the_system_services_table() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("CALLER.cbl"), CALLER).unwrap();
    let root = dir.path().to_str().unwrap();
    let state = |refs: &str, name: &str| {
        refs.lines()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|c| c.get(1) == Some(&name))
            .map(|c| c[3].to_string())
    };
    let refs = ok(&["refs", root]);
    assert_eq!(state(&refs, "XYZLOG").as_deref(), Some("unresolved"));
    assert_eq!(state(&refs, "CEEDAYS").as_deref(), Some("external"));
    std::fs::create_dir_all(dir.path().join(".legacylens")).unwrap();
    std::fs::write(
        dir.path().join(".legacylens/project.json"),
        r#"{"system_services": ["XYZ*"]}"#,
    )
    .unwrap();
    let refs = ok(&["refs", root]);
    assert_eq!(state(&refs, "XYZLOG").as_deref(), Some("external"));
    let graph: Value =
        serde_json::from_str(&ok(&["graph", "calls", root, "--format", "json"])).unwrap();
    let kinds: Vec<(String, String)> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_string(),
                n["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for name in ["XYZLOG", "CEEDAYS"] {
        assert!(
            kinds.contains(&(name.to_string(), "system".to_string())),
            "{name} is a system node: {kinds:?}"
        );
    }
    // Never a problem on the start page.
    let overview: Value =
        serde_json::from_str(&ok(&["overview", root, "--format", "json"])).unwrap();
    assert_eq!(overview["problems"]["errors"], 0);
}

#[test]
fn author_is_recorded_by_mine_and_merge() {
    let dir = tempfile::tempdir().unwrap();
    let sample = sample();
    let a = dir.path().join("a.json");
    ok(&[
        "rules",
        "mine",
        sample.to_str().unwrap(),
        "-o",
        a.to_str().unwrap(),
        "--author",
        "Ada Analyst",
    ]);
    let mut file: Value = serde_json::from_str(&std::fs::read_to_string(&a).unwrap()).unwrap();
    let first = &file["rules"][0]["audit"];
    assert_eq!(first["created_by"], "Ada Analyst");
    assert_eq!(first["updated_by"], "Ada Analyst");
    // A colleague renames one rule; merging it (three-way, from the mined file) records who
    // merged on that rule only.
    file["rules"][0]["name"] = Value::from("Renamed by a colleague");
    let b = dir.path().join("b.json");
    std::fs::write(&b, serde_json::to_string_pretty(&file).unwrap()).unwrap();
    let out = dir.path().join("merged.json");
    ok(&[
        "rules",
        "merge",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--base",
        a.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--author",
        "Bo Reviewer",
    ]);
    let merged: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let rules = merged["rules"].as_array().unwrap();
    let renamed = rules
        .iter()
        .find(|r| r["name"] == "Renamed by a colleague")
        .expect("the rename merged");
    assert_eq!(renamed["audit"]["updated_by"], "Bo Reviewer");
    assert!(
        rules
            .iter()
            .filter(|r| r["name"] != "Renamed by a colleague")
            .all(|r| r["audit"]["updated_by"] == "Ada Analyst")
    );
}
