//! Crash-safe saves: a child process (this test binary, re-run on its ignored `child_…` test)
//! saves an annotation file and the project settings over and over through the real save
//! functions (`annotations::save`, `ProjectSettings::save`, both on `atomic_write`); the parent
//! kills it with SIGKILL at random moments, 200 times. After every kill the annotation file
//! and the settings load, each equals one complete version the child wrote (the last one or
//! an earlier one, never a mix), and the `.bak` loads and is a complete earlier version.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use legacylens::explore::project_settings::ProjectSettings;
use legacylens::rules::annotations::{self, backup_path, to_json};
use legacylens::rules::record::AnnotationFile;
use serde_json::json;

const DIR_VAR: &str = "LEGACYLENS_CRASH_CHILD_DIR";
const START_VAR: &str = "LEGACYLENS_CRASH_CHILD_START";

/// Version `n` of the annotation file: 40 rules (~60 KB, so kills land inside writes too),
/// every one carrying `n`.
fn version(n: u64) -> AnnotationFile {
    let rules: Vec<_> = (0..40)
        .map(|i| {
            json!({
                "id": format!("BR-{i:04}"),
                "name": format!("Rule {i} at version {n}"),
                "business_description": format!("version {n} ").repeat(60),
                "technical_description": "",
                "classification": "validation",
                "status": "draft",
                "business_functions": [], "rule_sets": [], "tags": [],
                "inputs": [], "outputs": [], "conditions": [],
                "anchors": [{
                    "symbol": "PROG.PARA",
                    "path": "cbl/PROG.cbl",
                    "quote": format!("           MOVE {n} TO X"),
                    "before": "", "after": "",
                    "fingerprint": "0000000000000000",
                    "line_hint": 10
                }],
                "reviews": [],
                "audit": {"created_by": "crash-test", "created_at": "2026-01-01T00:00:00Z", "updated_by": "crash-test", "updated_at": "2026-01-01T00:00:00Z"}
            })
        })
        .collect();
    let text = serde_json::to_vec(&json!({"schema_version": 1, "rules": rules})).unwrap();
    annotations::parse(Path::new("version.json"), &text).expect("a valid file")
}

/// The version number a loaded file says it is, checking it is exactly that version.
fn version_of(file: &AnnotationFile, what: &str) -> u64 {
    let name = &file.rules[0].name;
    let n: u64 = name
        .rsplit(' ')
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{what}: odd name {name}"));
    assert_eq!(
        to_json(file),
        to_json(&version(n)),
        "{what}: whole version {n}"
    );
    n
}

/// The settings of version `n`.
fn settings(n: u64) -> ProjectSettings {
    ProjectSettings {
        copybook_folders: (0..50).map(|i| format!("copy/{n}/{i}")).collect(),
        excluded: vec![format!("version-{n}")],
        ..Default::default()
    }
}

/// The child: saves versions `start, start+1, …` of both files until it is killed, saying
/// `ready` before the first save.
#[test]
#[ignore = "run by crash_safe_saves as a child process"]
fn child_saves_until_killed() {
    let Some(dir) = std::env::var_os(DIR_VAR) else {
        return;
    };
    let dir = PathBuf::from(dir);
    let start: u64 = std::env::var(START_VAR).unwrap().parse().unwrap();
    let path = dir.join("rules.json");
    let mut file = version(start);
    println!("ready");
    for n in start.. {
        annotations::save(&path, &file).unwrap();
        settings(n).save(&dir).unwrap();
        file = version(n + 1);
    }
}

/// A small deterministic generator for kill delays.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn saves_survive_200_kills() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    annotations::save(&path, &version(0)).unwrap();
    annotations::save(&path, &version(1)).unwrap();
    settings(1).save(dir.path()).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut last = 1u64;
    let mut last_sn = 1u64;
    // Where the kills landed: (saves completed, .bak behind, settings behind).
    let mut outcomes = std::collections::BTreeSet::new();
    for round in 0..200 {
        let mut child = Command::new(&exe)
            .args([
                "child_saves_until_killed",
                "--exact",
                "--ignored",
                "--nocapture",
            ])
            .env(DIR_VAR, dir.path())
            .env(START_VAR, (last + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child saves, then kill it at a random moment.
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("ready") {
            line.clear();
            if out.read_line(&mut line).unwrap() == 0 {
                panic!("round {round}: the child ended: {:?}", child.wait());
            }
        }
        std::thread::sleep(Duration::from_micros(next(&mut seed) % 60_000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let file = annotations::load(&path)
            .unwrap_or_else(|e| panic!("round {round}: the file does not load: {e}"));
        let now = version_of(&file, "rules.json");
        assert!(now >= last, "round {round}: never an older version");
        let bak = annotations::load(&backup_path(&path))
            .unwrap_or_else(|e| panic!("round {round}: the .bak does not load: {e}"));
        let before = version_of(&bak, "rules.json.bak");
        assert!(
            before == now || before + 1 == now,
            "round {round}: .bak {before} is the version before {now} (or the same when killed between the two writes)"
        );
        let s = ProjectSettings::load(dir.path())
            .unwrap_or_else(|e| panic!("round {round}: settings do not load: {e}"));
        let sn: u64 = s.excluded[0]
            .strip_prefix("version-")
            .and_then(|v| v.parse().ok())
            .unwrap();
        assert_eq!(s, settings(sn), "round {round}: whole settings {sn}");
        // The settings are saved after the rules of the same version (a round killed between
        // the two leaves them behind until a later round saves them again).
        assert!(
            last_sn <= sn && sn <= now,
            "round {round}: settings {sn} (before {last_sn}), rules {now}"
        );
        last_sn = sn;
        outcomes.insert(((now - last).min(3), now - before, (now - sn).min(2)));
        last = now;
    }
    // No temp file is mistaken for the real one; leftovers of killed writes are only temps.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            ["rules.json", "rules.json.bak", ".legacylens"].contains(&name.as_str())
                || (name.starts_with(".rules.json") && name.ends_with(".tmp")),
            "{name}"
        );
    }
    // Kills landed at different points of the save sequence (before the .bak was written,
    // between .bak and file, between the annotation file and the settings).
    assert!(
        outcomes.len() >= 3,
        "kills landed at several points: {outcomes:?}"
    );
    // About 40 s on a busy 2-core machine (each save fsyncs three times).
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "{:?}",
        started.elapsed()
    );
    eprintln!("outcomes {outcomes:?}");
    eprintln!("200 kills in {:?}; last version {last}", started.elapsed());
}
