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

fn read_cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammars/cobol/test/corpus");
    let mut cases = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("==================\n") {
            let after = &rest[start + 19..];
            let header_end = after
                .find("==================\n")
                .expect("closing header line");
            let header = &after[..header_end];
            let body = &after[header_end + 19..];
            let sep = body.find("\n---\n").expect("--- separator");
            let input = body[..sep].trim_start_matches('\n').to_string();
            let tail = &body[sep + 5..];
            let next = tail.find("==================\n").unwrap_or(tail.len());
            let expected = tail[..next].trim().to_string();
            let mut lines = header.lines();
            let name = lines.next().unwrap_or("").trim().to_string();
            let expects_error = lines.any(|l| l.trim() == ":error");
            cases.push(Case {
                file: file.clone(),
                name,
                input,
                expected,
                expects_error,
            });
            rest = &tail[next..];
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
