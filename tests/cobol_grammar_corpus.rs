//! Runs the COBOL grammar's tree-sitter corpus (`grammars/cobol/test/corpus/*.txt`) under
//! `cargo test`: each case's input must parse to exactly the expected tree (field names
//! ignored, as `tree-sitter test` does), and `:error` cases must contain an ERROR node.

use std::path::Path;

struct Case {
    file: String,
    name: String,
    input: String,
    expected: String,
    expects_error: bool,
}

fn normalise(sexp: &str) -> String {
    let mut out = String::new();
    for token in sexp.split_whitespace() {
        // Drop field labels (`name:`), keep nodes and parentheses.
        if token.ends_with(':') && !token.starts_with('(') {
            continue;
        }
        if !out.is_empty() && !token.starts_with(')') {
            out.push(' ');
        }
        out.push_str(token);
    }
    out
}

/// Reads tree-sitter corpus files: a header between two lines of `=` (name, then optional
/// attributes such as `:error`), the input, a line of `-`, the expected tree.
fn read_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammars/cobol/test/corpus");
    let mut cases = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let rule = |l: &str, c: char| l.len() >= 3 && l.chars().all(|x| x == c);
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            if !rule(lines[i], '=') {
                i += 1;
                continue;
            }
            let mut header = Vec::new();
            i += 1;
            while i < lines.len() && !rule(lines[i], '=') {
                header.push(lines[i].trim());
                i += 1;
            }
            i += 1;
            let mut input = Vec::new();
            while i < lines.len() && !rule(lines[i], '-') {
                input.push(lines[i]);
                i += 1;
            }
            i += 1;
            let mut expected = Vec::new();
            while i < lines.len() && !rule(lines[i], '=') {
                expected.push(lines[i]);
                i += 1;
            }
            let input = input
                .join("\n")
                .trim_start_matches('\n')
                .trim_end()
                .to_string()
                + "\n";
            cases.push(Case {
                file: file.clone(),
                name: header.first().copied().unwrap_or("").to_string(),
                input,
                expected: expected.join("\n").trim().to_string(),
                expects_error: header.contains(&":error"),
            });
        }
    }
    cases
}

#[test]
fn corpus_trees_match() {
    let cases = read_cases();
    assert!(cases.len() >= 7, "corpus cases found: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let tree = legacylens::cobol::grammar::parse(&case.input).expect("parses");
        let actual = tree.root_node().to_sexp();
        if case.expects_error {
            if !actual.contains("ERROR") && !actual.contains("MISSING") {
                failures.push(format!(
                    "{} / {}: expected an error, got {actual}",
                    case.file, case.name
                ));
            }
            continue;
        }
        if normalise(&actual) != normalise(&case.expected) {
            failures.push(format!(
                "{} / {}:\nexpected: {}\nactual:   {}",
                case.file,
                case.name,
                normalise(&case.expected),
                normalise(&actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
