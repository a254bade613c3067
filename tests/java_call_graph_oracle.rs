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

/// Compiles `dir`, builds both graphs, prints the score and the differences.
fn compare(dir: &Path) -> (BTreeSet<(String, String)>, f64) {
    let classes = tempfile::tempdir().unwrap();
    bytecode::compile(dir, classes.path()).expect("javac compiles the sources");
    let expected = bytecode::call_graph(classes.path()).expect("javap reads the classes");
    let found = legacylens_call_graph(dir);
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
    (expected, f1)
}

#[test]
fn sample_call_graph_matches_bytecode() {
    let (expected, f1) = compare(Path::new(SAMPLE_JAVA));
    assert!(
        expected.len() > 500,
        "the sample should have a rich call graph"
    );
    assert!(f1 >= 0.97, "F1 {f1:.4} below 0.97");
}

/// Hand-written edge cases: generic supertypes, default and static interface methods, inner
/// classes of generic classes, `outer.new Inner()`, `Outer.this`, anonymous subclasses with
/// constructor arguments, local classes, lambdas over typed collections, try-with-resources
/// and for-each over project types, class-literal inference, enum constant bodies.
#[test]
fn tricky_java_call_graph_matches_bytecode() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/java_tricky");
    let (expected, f1) = compare(&dir);
    assert!(expected.len() > 40);
    assert!(f1 >= 0.99, "F1 {f1:.4} below 0.99");
}
