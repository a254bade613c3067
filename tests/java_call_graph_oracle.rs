//! Oracle test: the Java call graph from source matches the one javac's bytecode shows.
//!
//! Compiles the sample estate with `javac`, reads its invoke instructions with `javap`, and
//! compares with `legacylens graph calls`. Needs a JDK (CI installs `default-jdk-headless`).

mod support;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use support::bytecode;

const SAMPLE_JAVA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos/benefits/java");

fn legacylens_call_graph(dir: &Path) -> BTreeSet<(String, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["graph", "calls"])
        .arg(dir)
        .args(["--format", "tsv"])
        .output()
        .expect("run legacylens");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let mut cols = l.split('\t');
            (
                cols.next().unwrap().to_string(),
                cols.next().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn sample_call_graph_matches_bytecode() {
    let classes = tempfile::tempdir().unwrap();
    bytecode::compile(Path::new(SAMPLE_JAVA), classes.path()).expect("javac compiles the sample");
    let expected = bytecode::call_graph(classes.path()).expect("javap reads the classes");
    let found = legacylens_call_graph(Path::new(SAMPLE_JAVA));
    let (precision, recall, f1) = bytecode::score(&expected, &found);
    println!(
        "bytecode edges: {}, legacylens edges: {}, precision {:.4}, recall {:.4}, F1 {:.4}",
        expected.len(),
        found.len(),
        precision,
        recall,
        f1
    );
    for (a, b) in expected.difference(&found).take(40) {
        println!("missing: {a} -> {b}");
    }
    for (a, b) in found.difference(&expected).take(40) {
        println!("extra:   {a} -> {b}");
    }
    assert!(
        expected.len() > 500,
        "the sample should have a rich call graph"
    );
    assert!(f1 >= 0.97, "F1 {f1:.4} below 0.97");
}
