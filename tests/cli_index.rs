//! End-to-end tests of the `legacylens` binary on the bundled sample estate
//! (`sample_repos/benefits`): `index`, `symbols` and `graph calls` in every output format.
//!
//! Expected values are computed from the files on disk wherever possible (file lists, sizes,
//! line counts, the line a symbol or call sits on) so that the tests check real behaviour, not
//! a snapshot of it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
/// Path of the sample project folder, relative to the crate root (the tests' working folder).
const SAMPLE: &str = "sample_repos";
/// The Java part of the estate, as given to `graph calls`.
const SAMPLE_JAVA: &str = "sample_repos/benefits/java";

// ----- helpers ---------------------------------------------------------------------------

fn sample_root() -> PathBuf {
    Path::new(MANIFEST_DIR).join(SAMPLE)
}

/// Runs `legacylens ARGS` from the crate root.
fn legacylens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .current_dir(MANIFEST_DIR)
        .stdin(Stdio::null())
        .output()
        .expect("run legacylens")
}

/// Runs `legacylens ARGS`, asserts exit code 0 and empty stderr, returns stdout.
fn stdout_of(args: &[&str]) -> String {
    let out = legacylens(args);
    assert!(
        out.status.success(),
        "legacylens {args:?} failed with {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "legacylens {args:?} wrote to stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

fn json_of(args: &[&str]) -> Value {
    let text = stdout_of(args);
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("legacylens {args:?} printed invalid JSON ({e}):\n{text}"))
}

/// `legacylens index sample_repos --format json`, run once.
fn sample_index_json() -> &'static Value {
    static CELL: OnceLock<Value> = OnceLock::new();
    CELL.get_or_init(|| json_of(&["index", SAMPLE, "--format", "json"]))
}

/// `legacylens symbols sample_repos --format tsv` as rows of 4 columns, run once.
fn sample_symbols_tsv() -> &'static Vec<[String; 4]> {
    static CELL: OnceLock<Vec<[String; 4]>> = OnceLock::new();
    CELL.get_or_init(|| {
        stdout_of(&["symbols", SAMPLE, "--format", "tsv"])
            .lines()
            .map(|line| {
                let cols: Vec<&str> = line.split('\t').collect();
                assert_eq!(cols.len(), 5, "symbols TSV row without 5 columns: {line:?}");
                [
                    cols[0].to_string(),
                    cols[1].to_string(),
                    cols[2].to_string(),
                    cols[3].to_string(),
                ]
            })
            .collect()
    })
}

/// `legacylens graph calls sample_repos/benefits/java --format tsv`, run once.
fn sample_calls_tsv() -> &'static str {
    static CELL: OnceLock<String> = OnceLock::new();
    CELL.get_or_init(|| stdout_of(&["graph", "calls", SAMPLE_JAVA, "--format", "tsv"]))
}

/// Every file under `root` (following no links), as `/`-separated paths relative to `root`.
fn files_on_disk(root: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.expect("walk the sample"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(root)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_str().unwrap().to_string())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect()
}

/// Lines the way the indexer counts them: `\r\n`, `\n` and a lone `\r` end a line; a last line
/// without a line end counts too.
fn count_lines(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut lines = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                lines += 1;
                i += 1;
            }
            b'\r' | b'\n' => lines += 1,
            _ => {}
        }
        i += 1;
    }
    if !text.is_empty() && !text.ends_with(['\r', '\n']) {
        lines += 1;
    }
    lines
}

/// 1-based number of the first line of `relative` containing `needle` after the first line
/// containing `anchor`.
fn find_line_after(root: &Path, relative: &str, anchor: &str, needle: &str) -> usize {
    let start = find_line(root, relative, anchor);
    let text = std::fs::read_to_string(root.join(relative)).unwrap();
    text.lines()
        .enumerate()
        .skip(start)
        .find(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("no {needle:?} after {anchor:?} in {relative}"))
}

/// 1-based number of the only line of `relative` containing `needle`.
fn find_line(root: &Path, relative: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(root.join(relative)).unwrap();
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "expected exactly one line with {needle:?} in {relative}, found {hits:?}"
    );
    hits[0]
}

fn files_by_path(index: &Value) -> BTreeMap<String, &Value> {
    index["files"]
        .as_array()
        .expect("`files` is an array")
        .iter()
        .map(|f| (f["path"].as_str().expect("path is a string").to_string(), f))
        .collect()
}

fn table<'a>(index: &'a Value, name: &str) -> &'a Value {
    index["summary"]["tables"]
        .as_array()
        .expect("summary.tables is an array")
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("no table {name} in {}", index["summary"]["tables"]))
}

fn as_u64(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a number: {v}"))
}

// ----- index -----------------------------------------------------------------------------

#[test]
fn index_json_lists_every_file_with_relative_path_size_and_lines() {
    let root = sample_root();
    let index = sample_index_json();
    let files = files_by_path(index);
    let on_disk = files_on_disk(&root);
    assert_eq!(
        files.keys().cloned().collect::<BTreeSet<_>>(),
        on_disk,
        "`files` must list exactly the files of the sample"
    );
    assert_eq!(index["files"].as_array().unwrap().len(), on_disk.len());

    for (path, f) in &files {
        assert!(
            !path.starts_with('/') && !path.contains('\\') && !path.contains("//"),
            "path must be relative and /-separated: {path}"
        );
        assert!(!path.split('/').any(|p| p == "." || p == ".."), "{path}");
        let meta = std::fs::metadata(root.join(path)).unwrap();
        assert_eq!(as_u64(&f["bytes"]), meta.len(), "bytes of {path}");
        assert!(f["diagnostics"].is_array(), "diagnostics of {path}");
        if !path.starts_with("benefits/java/") && !path.starts_with("benefits/sql/") {
            continue; // the COBOL side and other estates have their own tests: only the basics.
        }
        // The Java side of the benefits estate is clean UTF-8 Java and DDL.
        let text = std::fs::read_to_string(root.join(path)).unwrap();
        assert_eq!(as_u64(&f["lines"]), count_lines(&text), "lines of {path}");
        assert_eq!(f["error_nodes"], 0, "error_nodes of {path}");
        assert_eq!(
            f["diagnostics"],
            Value::Array(Vec::new()),
            "diagnostics of {path}"
        );
        assert_eq!(f["encoding"], "utf-8", "encoding of {path}");
        let expected_kind = match path.rsplit('.').next() {
            Some("java") => "java",
            Some("sql") => "sql-ddl",
            // The portal's message bundle and permissions file.
            Some("properties" | "xml") => "other",
            other => panic!("unexpected file type {other:?} in the benefits sample"),
        };
        assert_eq!(f["kind"], expected_kind, "kind of {path}");
    }

    let claim_dao = files
        .get("benefits/java/src/com/acme/benefits/dao/ClaimDao.java")
        .expect("ClaimDao.java is listed");
    assert_eq!(claim_dao["kind"], "java");
    assert_eq!(
        files["benefits/sql/benefits_schema.sql"]["kind"], "sql-ddl",
        "the DDL script"
    );
    assert_eq!(index["diagnostics"], Value::Array(Vec::new()));
}

#[test]
fn index_json_summary_matches_the_files_on_disk() {
    let root = sample_root();
    let index = sample_index_json();
    let summary = &index["summary"];
    let on_disk = files_on_disk(&root);
    let java: Vec<_> = on_disk.iter().filter(|p| p.ends_with(".java")).collect();
    let sql: Vec<_> = on_disk.iter().filter(|p| p.ends_with(".sql")).collect();
    assert!(java.len() > 50, "the sample has many Java files");

    let by_kind = &summary["files_by_kind"];
    assert_eq!(as_u64(&by_kind["java"]["files"]), java.len() as u64);
    assert_eq!(as_u64(&by_kind["sql-ddl"]["files"]), sql.len() as u64);

    let java_lines: u64 = java
        .iter()
        .map(|p| count_lines(&std::fs::read_to_string(root.join(p)).unwrap()))
        .sum();
    assert_eq!(as_u64(&by_kind["java"]["lines"]), java_lines);
    let java_bytes: u64 = java
        .iter()
        .map(|p| std::fs::metadata(root.join(p)).unwrap().len())
        .sum();
    assert_eq!(as_u64(&by_kind["java"]["bytes"]), java_bytes);

    let total_bytes: u64 = on_disk
        .iter()
        .map(|p| std::fs::metadata(root.join(p)).unwrap().len())
        .sum();
    assert_eq!(as_u64(&summary["total"]["files"]), on_disk.len() as u64);
    assert_eq!(as_u64(&summary["total"]["bytes"]), total_bytes);
    // The summary's error and diagnostic counts agree with the per-file lists (the benefits
    // files themselves are checked to be clean above).
    let files = index["files"].as_array().unwrap();
    let with_errors = files
        .iter()
        .filter(|f| as_u64(&f["error_nodes"]) > 0)
        .count();
    assert_eq!(as_u64(&summary["files_with_errors"]), with_errors as u64);
    let listed: usize = files
        .iter()
        .map(|f| f["diagnostics"].as_array().unwrap().len())
        .sum::<usize>()
        + index["diagnostics"].as_array().unwrap().len();
    let counted: u64 = summary["diagnostics_by_severity"]
        .as_object()
        .unwrap()
        .values()
        .map(as_u64)
        .sum();
    assert_eq!(counted, listed as u64);

    // DB tables and views: one per CREATE TABLE / CREATE VIEW of the DDL.
    let ddl = std::fs::read_to_string(root.join("benefits/sql/benefits_schema.sql")).unwrap();
    let creates = |what: &str| {
        ddl.lines()
            .filter(|l| l.trim_start().starts_with(what))
            .count() as u64
    };
    let defined_in_ddl = |kind: &str| {
        summary["tables"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| {
                t["kind"] == kind
                    && t["defined_at"]
                        .as_str()
                        .is_some_and(|d| d.starts_with("benefits/sql/benefits_schema.sql:"))
            })
            .count() as u64
    };
    assert_eq!(defined_in_ddl("db-table"), creates("CREATE TABLE "));
    assert_eq!(defined_in_ddl("db-view"), creates("CREATE VIEW "));
    let symbols = &summary["symbols_by_kind"];
    assert!(as_u64(&symbols["db-table"]) >= creates("CREATE TABLE "));
    for kind in [
        "class",
        "interface",
        "enum",
        "method",
        "constructor",
        "field",
    ] {
        assert!(as_u64(&symbols[kind]) > 0, "no {kind} symbols: {symbols}");
    }
    // Every symbol kind counted here is a real kind, and the counts add up to the symbols listed.
    let total_symbols: u64 = symbols
        .as_object()
        .unwrap()
        .values()
        .map(as_u64)
        .sum::<u64>();
    assert_eq!(total_symbols, sample_symbols_tsv().len() as u64);
}

#[test]
fn index_text_prints_kinds_and_db_tables() {
    let text = stdout_of(&["index", SAMPLE]);
    let explicit = stdout_of(&["index", SAMPLE, "--format", "text"]);
    // The timing in the first line differs between runs; the rest must not.
    assert_eq!(
        text.lines().skip(1).collect::<Vec<_>>(),
        explicit.lines().skip(1).collect::<Vec<_>>(),
        "text is the default format"
    );
    let java_files = files_on_disk(&sample_root())
        .iter()
        .filter(|p| p.ends_with(".java"))
        .count();

    assert!(text.starts_with("Indexed sample_repos in "), "{text}");
    assert!(text.contains("Files by kind:"), "{text}");
    assert!(text.contains("Symbols by kind:"), "{text}");
    assert!(text.contains("DB tables:"), "{text}");
    let java_row = text
        .lines()
        .find(|l| l.split_whitespace().next() == Some("java"))
        .unwrap_or_else(|| panic!("no java row in:\n{text}"));
    let words: Vec<&str> = java_row.split_whitespace().collect();
    assert_eq!(words[1], java_files.to_string(), "{java_row}");
    assert_eq!(words[2], "files", "{java_row}");

    let tables_section = text
        .split("DB tables:")
        .nth(1)
        .expect("DB tables section")
        .split("\nDiagnostics:")
        .next()
        .unwrap();
    let root = sample_root();
    for name in ["CLAIM", "PAYMENT", "CLAIMANT", "AUDIT_LOG"] {
        let row = tables_section
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("table {name} not listed under DB tables:\n{text}"));
        let line = find_line(
            &root,
            "benefits/sql/benefits_schema.sql",
            &format!("CREATE TABLE {name} ("),
        );
        assert!(
            row.ends_with(&format!("benefits/sql/benefits_schema.sql:{line}")),
            "{row}"
        );
        assert!(row.contains(" reads ") && row.contains(" writes "), "{row}");
    }
    // The diagnostics line agrees with the JSON summary.
    let summary = &sample_index_json()["summary"];
    let severity = |s: &str| summary["diagnostics_by_severity"][s].as_u64().unwrap_or(0);
    let expected = format!(
        "Diagnostics: {} errors, {} warnings, {} notes; {} files with unparsed regions",
        severity("error"),
        severity("warning"),
        severity("info"),
        as_u64(&summary["files_with_errors"])
    );
    assert!(text.contains(&expected), "no {expected:?} in:\n{text}");
}

#[test]
fn index_of_a_missing_folder_fails_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-estate");
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .arg("index")
        .arg(&missing)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(missing.to_str().unwrap()),
        "stderr must name the path: {stderr}"
    );
    assert!(stderr.starts_with("legacylens: "), "{stderr}");
}

#[test]
fn index_of_a_file_instead_of_a_folder_fails() {
    let out = legacylens(&["index", "Cargo.toml", "--format", "json"]);
    assert!(!out.status.success());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Cargo.toml") && stderr.contains("not a folder"),
        "{stderr}"
    );
}

// ----- symbols ---------------------------------------------------------------------------

/// Java (binary) name parts of a qualified symbol name, parameters dropped:
/// `a.b.Outer$1Local.<init>(int)` -> ["a", "b", "Outer", "1Local", "<init>"].
fn name_parts(qualified: &str) -> Vec<&str> {
    qualified
        .split('(')
        .next()
        .unwrap()
        .split(['.', '$'])
        .collect()
}

/// The simple source name: `1PartWeek` -> `PartWeek`, `1` (anonymous) -> ``.
fn source_name(part: &str) -> &str {
    part.trim_start_matches(|c: char| c.is_ascii_digit())
}

#[test]
fn symbols_tsv_lists_real_symbols_at_real_lines() {
    let rows = sample_symbols_tsv();
    let root = sample_root();
    let find = |kind: &str, qualified: &str| {
        rows.iter()
            .find(|r| r[0] == kind && r[1] == qualified)
            .unwrap_or_else(|| panic!("no {kind} {qualified} in the symbols TSV"))
    };
    let dao = "benefits/java/src/com/acme/benefits/dao/ClaimDao.java";
    let engine = "benefits/java/src/com/acme/benefits/rules/RuleEngine.java";
    let calc = "benefits/java/src/com/acme/benefits/rules/AmountCalculator.java";
    let status = "benefits/java/src/com/acme/benefits/model/ClaimStatus.java";
    let ddl = "benefits/sql/benefits_schema.sql";
    // (kind, qualified name, path, text that must be on the symbol's line)
    let expected = [
        (
            "class",
            "com.acme.benefits.dao.ClaimDao",
            dao,
            "public class ClaimDao extends BaseClaimDao",
        ),
        (
            "constructor",
            "com.acme.benefits.dao.ClaimDao.<init>()",
            dao,
            "public ClaimDao() {",
        ),
        (
            "method",
            "com.acme.benefits.dao.ClaimDao.findById(long)",
            dao,
            "public Claim findById(long claimId)",
        ),
        (
            "field",
            "com.acme.benefits.dao.ClaimDao.INSERT_CLAIM",
            dao,
            "INSERT_CLAIM =",
        ),
        (
            "class",
            "com.acme.benefits.rules.RuleEngine$1",
            engine,
            "engine.addRule(new AbstractEligibilityRule(\"R-BKD-01\"",
        ),
        (
            "class",
            "com.acme.benefits.rules.RuleEngine$2$1",
            engine,
            "new Comparator() {",
        ),
        (
            "class",
            "com.acme.benefits.rules.AmountCalculator$1PartWeek",
            calc,
            "class PartWeek {",
        ),
        (
            "constructor",
            "com.acme.benefits.rules.AmountCalculator$1PartWeek.<init>(Date,Date)",
            calc,
            "PartWeek(Date from, Date to) {",
        ),
        (
            "enum-constant",
            "com.acme.benefits.model.ClaimStatus.REFUSED",
            status,
            "REFUSED(\"F\", \"Refused\")",
        ),
        ("db-table", "CLAIM", ddl, "CREATE TABLE CLAIM ("),
    ];
    for (kind, qualified, path, needle) in expected {
        let row = find(kind, qualified);
        assert_eq!(row[2], path, "path of {qualified}");
        let line: usize = row[3].parse().expect("line is a number");
        let expected_line = find_line(&root, path, needle);
        assert_eq!(line, expected_line, "line of {kind} {qualified}");
    }
    // A column: the first `CLAIMANT_ID` after `CREATE TABLE CLAIM (`, not one in CLAIMANT.
    let column = find("db-column", "CLAIM.CLAIMANT_ID");
    assert_eq!(column[2], ddl);
    let expected_line = find_line_after(&root, ddl, "CREATE TABLE CLAIM (", "CLAIMANT_ID");
    assert_eq!(
        column[3],
        expected_line.to_string(),
        "line of CLAIM.CLAIMANT_ID"
    );
}

#[test]
fn symbols_tsv_rows_are_plausible_sorted_and_unique() {
    let rows = sample_symbols_tsv();
    let root = sample_root();
    assert!(rows.len() > 1000, "{} symbols", rows.len());
    // Every label of `SymbolKind` (src/model/kinds.rs).
    let known_kinds = [
        "program",
        "section",
        "paragraph",
        "data-item",
        "condition-name",
        "file",
        "copybook",
        "jcl-job",
        "jcl-step",
        "jcl-proc",
        "dataset",
        "db-table",
        "db-view",
        "db-column",
        "cics-transaction",
        "cics-map",
        "cics-mapset",
        "screen-field",
        "package",
        "class",
        "interface",
        "enum",
        "record",
        "annotation",
        "method",
        "constructor",
        "initializer",
        "field",
        "enum-constant",
        "index-name",
        "jcl-dd",
    ];
    let mut texts: HashMap<&str, Vec<String>> = HashMap::new();
    let mut seen = BTreeSet::new();
    for [kind, qualified, path, line] in rows {
        assert!(known_kinds.contains(&kind.as_str()), "kind {kind}");
        if kind == "package" {
            assert!(path.is_empty() && line.is_empty(), "package {qualified}");
        }
        if path.is_empty() {
            // Packages, and tables known only from SQL text, have no file.
            assert!(line.is_empty(), "{qualified} has a line but no file");
            continue;
        }
        assert!(!path.starts_with('/'), "{qualified}: {path}");
        if !path.starts_with("benefits/") {
            continue; // another estate added to sample_repos later
        }
        assert!(
            seen.insert((kind.clone(), qualified.clone())),
            "duplicate {kind} {qualified}"
        );
        let line: usize = line
            .parse()
            .unwrap_or_else(|_| panic!("line of {qualified}"));
        let lines = texts.entry(path.as_str()).or_insert_with(|| {
            std::fs::read_to_string(root.join(path))
                .unwrap()
                .lines()
                .map(str::to_string)
                .collect()
        });
        assert!(
            line >= 1 && line <= lines.len(),
            "{qualified} at {path}:{line}"
        );
        let text = &lines[line - 1];
        if !kind.starts_with("db-") && !path.starts_with("benefits/java/") {
            // COBOL, JCL and copybook symbols have their own tests (names from COPY REPLACING
            // differ from the copybook text their span points at).
            continue;
        }
        // The symbol's own name, or for implicit members (default constructors, `values()`,
        // `<clinit>`) the enclosing type's name, is on the line; anonymous classes and their
        // members sit on the line whose `{` opens the class body.
        let plausible = if kind.starts_with("db-") {
            let own = qualified.rsplit('.').next().unwrap();
            text.to_ascii_uppercase().contains(own)
        } else {
            let parts = name_parts(qualified);
            let own = source_name(parts[parts.len() - 1]);
            let owner = source_name(parts[parts.len() - 2]);
            let candidates: Vec<&str> = [own, owner]
                .into_iter()
                .filter(|n| !n.starts_with('<'))
                .collect();
            candidates.iter().any(|n| !n.is_empty() && text.contains(n))
                || (candidates.contains(&"") && text.contains('{'))
        };
        assert!(
            plausible,
            "{kind} {qualified} at {path}:{line}, but that line is {text:?}"
        );
    }
    // Sorted by path, line, qualified name (packages, without a file, first).
    let keys: Vec<(&str, Option<u32>, &str)> = rows
        .iter()
        .map(|r| (r[2].as_str(), r[3].parse().ok(), r[1].as_str()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert!(
        keys == sorted,
        "symbols TSV is not sorted by path, line, name"
    );
}

#[test]
fn symbols_json_matches_tsv() {
    let rows = sample_symbols_tsv();
    let json = json_of(&["symbols", SAMPLE, "--format", "json"]);
    let symbols = json["symbols"].as_array().expect("`symbols` array");
    assert_eq!(symbols.len(), rows.len());
    for (s, row) in symbols.iter().zip(rows) {
        assert_eq!(s["kind"], row[0].as_str());
        assert_eq!(s["qualified_name"], row[1].as_str());
        match (&s["path"], &s["line"]) {
            (Value::Null, Value::Null) => assert!(row[2].is_empty() && row[3].is_empty()),
            (path, line) => {
                assert_eq!(path, row[2].as_str());
                assert_eq!(line.to_string(), row[3]);
            }
        }
        assert!(s["name"].is_string(), "{s}");
    }
    let find = |q: &str| {
        symbols
            .iter()
            .find(|s| s["qualified_name"] == q)
            .unwrap_or_else(|| panic!("{q} not in JSON"))
    };
    let part_week = find("com.acme.benefits.rules.AmountCalculator$1PartWeek");
    assert_eq!(part_week["name"], "PartWeek");
    assert_eq!(
        part_week["parent"],
        "com.acme.benefits.rules.AmountCalculator"
    );
    let ctor = find("com.acme.benefits.dao.ClaimDao.<init>()");
    assert_eq!(ctor["parent"], "com.acme.benefits.dao.ClaimDao");
    assert_eq!(find("CLAIM.STATUS")["parent"], "CLAIM");
}

// ----- graph calls -----------------------------------------------------------------------

struct Edge {
    from: String,
    to: String,
    kind: String,
    site: String,
    count: u64,
}

fn parse_calls_tsv(text: &str) -> Vec<Edge> {
    text.lines()
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() >= 3, "call graph row with < 3 columns: {line:?}");
            assert_eq!(cols.len(), 5, "caller, callee, kind, site, count: {line:?}");
            Edge {
                from: cols[0].to_string(),
                to: cols[1].to_string(),
                kind: cols[2].to_string(),
                site: cols[3].to_string(),
                count: cols[4].parse().expect("count is a number"),
            }
        })
        .collect()
}

#[test]
fn graph_calls_tsv_is_sorted_unique_and_has_known_edges() {
    let edges = parse_calls_tsv(sample_calls_tsv());
    assert!(edges.len() > 500, "{} edges", edges.len());
    let pairs: Vec<(&str, &str)> = edges
        .iter()
        .map(|e| (e.from.as_str(), e.to.as_str()))
        .collect();
    assert!(
        pairs.windows(2).all(|w| w[0] < w[1]),
        "edges must be sorted by (caller, callee) without duplicates"
    );
    let java_root = Path::new(MANIFEST_DIR).join(SAMPLE_JAVA);
    for e in &edges {
        for end in [&e.from, &e.to] {
            assert!(!end.starts_with("java."), "JDK method in the graph: {end}");
            assert!(
                // The project, the servlet API stubs and a vendored template library.
                end.starts_with("com.acme.")
                    || end.starts_with("javax.")
                    || end.starts_with("org.quillstone."),
                "edge endpoint outside the project: {end}"
            );
        }
        assert!(
            e.kind == "call" || e.kind == "instantiate",
            "kind {}",
            e.kind
        );
        assert!(e.count >= 1);
        let (path, line) = e.site.rsplit_once(':').expect("site is path:line");
        assert!(path.starts_with("src/"), "site {}", e.site);
        let line: usize = line.parse().unwrap();
        assert!(line >= 1);
        assert!(java_root.join(path).is_file(), "site {}", e.site);
    }

    let src = "src/com/acme/benefits";
    // (caller, callee, kind, file of the first call site, the caller's declaration, text of
    // the first call site after it)
    let known = [
        // Servlet -> service -> DAO.
        (
            "com.acme.benefits.web.ClaimServlet.doGet",
            "com.acme.benefits.service.ClaimService.getClaim",
            "call",
            format!("{src}/web/ClaimServlet.java"),
            "protected void doGet(",
            "services.getClaimService().getClaim(claimId)",
        ),
        (
            "com.acme.benefits.service.ClaimService.getClaim",
            "com.acme.benefits.dao.ClaimDao.findById",
            "call",
            format!("{src}/service/ClaimService.java"),
            "public Claim getClaim(long claimId)",
            "claimDao.findById(claimId)",
        ),
        // `super()` in a constructor calls the superclass constructor.
        (
            "com.acme.benefits.dao.ClaimDao.<init>",
            "com.acme.benefits.dao.BaseClaimDao.<init>",
            "call",
            format!("{src}/dao/ClaimDao.java"),
            "public ClaimDao() {",
            "super();",
        ),
        // Unqualified call of a method inherited from two levels up (ClaimServlet extends
        // SecureServlet extends BaseServlet): bound to the declaring class.
        (
            "com.acme.benefits.web.ClaimServlet.doGet",
            "com.acme.benefits.web.BaseServlet.getLongParameter",
            "call",
            format!("{src}/web/ClaimServlet.java"),
            "protected void doGet(",
            "getLongParameter(request, \"claimId\")",
        ),
        // `import static com.acme.benefits.util.MoneyUtil.roundToPence;`
        (
            "com.acme.benefits.rules.AmountCalculator$Breakdown.build",
            "com.acme.benefits.util.MoneyUtil.roundToPence",
            "call",
            format!("{src}/rules/AmountCalculator.java"),
            "void build() {",
            "roundToPence(",
        ),
        // `import static com.acme.benefits.util.DateUtil.*;`
        (
            "com.acme.benefits.batch.NightlyPaymentRun.main",
            "com.acme.benefits.util.DateUtil.today",
            "call",
            format!("{src}/batch/NightlyPaymentRun.java"),
            "public static void main(String[] args)",
            "today()",
        ),
        // `new ClaimDao()`.
        (
            "com.acme.benefits.dao.DaoFactory.getClaimDao",
            "com.acme.benefits.dao.ClaimDao.<init>",
            "instantiate",
            format!("{src}/dao/DaoFactory.java"),
            "public ClaimDao getClaimDao()",
            "new ClaimDao()",
        ),
    ];
    for (from, to, kind, path, anchor, needle) in known {
        let edge = edges
            .iter()
            .find(|e| e.from == from && e.to == to)
            .unwrap_or_else(|| panic!("missing edge {from} -> {to}"));
        assert_eq!(edge.kind, kind, "{from} -> {to}");
        let line = find_line_after(&java_root, &path, anchor, needle);
        assert_eq!(edge.site, format!("{path}:{line}"), "{from} -> {to}");
    }
}

#[test]
fn graph_calls_json_has_nodes_and_the_same_edges_as_tsv() {
    let tsv = parse_calls_tsv(sample_calls_tsv());
    let json = json_of(&["graph", "calls", SAMPLE_JAVA, "--format", "json"]);
    assert_eq!(json["graph"], "calls");
    let nodes = json["nodes"].as_array().expect("`nodes` array");
    let edges = json["edges"].as_array().expect("`edges` array");
    assert_eq!(edges.len(), tsv.len());
    let names: BTreeSet<&str> = nodes
        .iter()
        .map(|n| n["id"].as_str().expect("node id"))
        .collect();
    assert_eq!(names.len(), nodes.len(), "node names are unique");
    for (j, t) in edges.iter().zip(&tsv) {
        assert_eq!(j["from"], t.from.as_str());
        assert_eq!(j["to"], t.to.as_str());
        assert_eq!(j["kind"], t.kind.as_str());
        assert_eq!(j["site"], t.site.as_str());
        assert_eq!(j["count"], t.count);
        assert!(names.contains(t.from.as_str()) && names.contains(t.to.as_str()));
    }
    // Every node is an end of some edge, and only callables are nodes.
    let ends: BTreeSet<&str> = tsv
        .iter()
        .flat_map(|e| [e.from.as_str(), e.to.as_str()])
        .collect();
    assert_eq!(ends, names);
    for n in nodes {
        let kind = n["kind"].as_str().unwrap();
        assert!(
            ["method", "constructor", "initializer"].contains(&kind),
            "node kind {kind}: {n}"
        );
        assert!(n["path"].as_str().unwrap().starts_with("src/"), "{n}");
        assert!(n["line"].as_u64().unwrap() >= 1, "{n}");
    }
}

/// Whether `cmd` can be started.
fn have(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

#[test]
fn graph_calls_dot_is_valid_graphviz() {
    let dot = stdout_of(&["graph", "calls", SAMPLE_JAVA, "--format", "dot"]);
    assert!(dot.starts_with("digraph \"calls\" {"), "{}", &dot[..80]);
    assert!(dot.trim_end().ends_with('}'));
    let edges = dot.lines().filter(|l| l.contains("\" -> \"")).count();
    assert_eq!(edges, sample_calls_tsv().lines().count());

    // Braces outside quoted strings must balance (and never go negative).
    let mut depth = 0i64;
    let mut in_string = false;
    let mut escaped = false;
    for c in dot.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (false, _, '"') => in_string = true,
            (false, _, '{') => depth += 1,
            (false, _, '}') => {
                depth -= 1;
                assert!(depth >= 0, "unbalanced braces");
            }
            _ => {}
        }
    }
    assert!(!in_string, "unterminated string");
    assert_eq!(depth, 0, "unbalanced braces");

    if !have("dot") {
        assert!(
            std::env::var_os("CI").is_none(),
            "Graphviz `dot` is not installed but CI is set: install graphviz"
        );
        eprintln!("note: Graphviz `dot` not installed; only checked the DOT text");
        return;
    }
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dot");
    let mut stdin = child.stdin.take().unwrap();
    let input = dot.clone();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("run dot");
    writer.join().unwrap().expect("feed dot");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot -Tsvg failed: {stderr}");
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg"), "no SVG from dot");
    assert!(
        svg.contains("com.acme.benefits.dao.ClaimDao.findById"),
        "node labels in the SVG"
    );
}

// ----- SQL -------------------------------------------------------------------------------

#[test]
fn sample_tables_show_reads_writes_and_their_ddl() {
    let index = sample_index_json();
    let root = sample_root();
    for name in ["CLAIM", "PAYMENT", "CLAIMANT", "AUDIT_LOG", "OVERPAYMENT"] {
        let t = table(index, name);
        assert_eq!(t["kind"], "db-table");
        assert!(as_u64(&t["reads"]) > 0, "{t}");
        assert!(as_u64(&t["writes"]) > 0, "{t}");
        let line = find_line(
            &root,
            "benefits/sql/benefits_schema.sql",
            &format!("CREATE TABLE {name} ("),
        );
        assert_eq!(
            t["defined_at"],
            format!("benefits/sql/benefits_schema.sql:{line}")
        );
    }
    let view = table(index, "V_LIVE_CASELOAD");
    assert_eq!(view["kind"], "db-view");
    // Tables are sorted by name.
    let names: Vec<&str> = index["summary"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);

    // SQL table references are not call edges: no table is a node of the call graph.
    for line in sample_calls_tsv().lines() {
        let mut cols = line.split('\t');
        for end in [cols.next().unwrap(), cols.next().unwrap()] {
            assert!(!names.contains(&end), "table {end} in the call graph");
            assert!(end.contains('.'), "{end} is not a Java method");
        }
    }
}

/// A DAO of the kind legacy estates are full of, with SQL built in three ways.
/// `helper_name` is the name of the private helper that runs SQL passed to it.
fn write_sql_project(root: &Path, helper_name: &str) {
    let dir = root.join("src/com/acme/recovery");
    std::fs::create_dir_all(&dir).unwrap();
    let java = r#"package com.acme.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class OverpaymentDao {

    private static final String OP_COLUMNS = "OVERPAYMENT_ID, CLAIM_ID, AMOUNT, OUTSTANDING";
    private static final String SELECT_OP = "SELECT " + OP_COLUMNS + " FROM OVERPAYMENT";
    private static final String FIND_BY_CLAIM = SELECT_OP + " WHERE CLAIM_ID = ?";

    private Connection conn;

    public ResultSet findByClaim(long claimId) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(FIND_BY_CLAIM);
        ps.setLong(1, claimId);
        return ps.executeQuery();
    }

    public void recordRecovery(long overpaymentId, long pence) throws SQLException {
        StringBuffer sql = new StringBuffer();
        sql.append("UPDATE RECOVERY_PLAN ");
        sql.append("SET RECOVERED = RECOVERED + ? ");
        sql.append("WHERE OVERPAYMENT_ID = ?");
        PreparedStatement ps = conn.prepareStatement(sql.toString());
        ps.setLong(1, pence);
        ps.setLong(2, overpaymentId);
        ps.executeUpdate();
    }

    public void writeOff(long overpaymentId) throws SQLException {
        HELPER("DELETE FROM OVERPAYMENT WHERE OVERPAYMENT_ID = " + overpaymentId);
    }

    public void logWriteOff(long overpaymentId) throws SQLException {
        HELPER("INSERT INTO WRITE_OFF_LOG (OVERPAYMENT_ID) VALUES (" + overpaymentId + ")");
    }

    private int HELPER(String sql) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        try {
            return ps.executeUpdate();
        } finally {
            ps.close();
        }
    }
}
"#
    .replace("HELPER", helper_name);
    std::fs::write(dir.join("OverpaymentDao.java"), java).unwrap();
}

fn index_tables(root: &Path) -> BTreeMap<String, (u64, u64)> {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .arg("index")
        .arg(root)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        index["summary"]["diagnostics_by_severity"],
        serde_json::json!({})
    );
    index["summary"]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            assert_eq!(t["kind"], "db-table");
            assert_eq!(t["defined_at"], Value::Null, "no DDL in this project");
            (
                t["name"].as_str().unwrap().to_string(),
                (as_u64(&t["reads"]), as_u64(&t["writes"])),
            )
        })
        .collect()
}

#[test]
fn sql_from_constants_buffers_and_helpers_reaches_the_tables() {
    let tmp = tempfile::tempdir().unwrap();
    write_sql_project(tmp.path(), "executeUpdate");
    let tables = index_tables(tmp.path());
    let names: Vec<&str> = tables.keys().map(String::as_str).collect();
    assert_eq!(names, ["OVERPAYMENT", "RECOVERY_PLAN", "WRITE_OFF_LOG"]);
    let (reads, writes) = tables["OVERPAYMENT"];
    // SELECT built from two constants, one concatenated from another.
    assert_eq!(reads, 1, "OVERPAYMENT reads");
    // DELETE passed to the helper `executeUpdate(String sql)`.
    assert!(writes >= 1, "OVERPAYMENT writes: {writes}");
    // UPDATE built with StringBuffer appends.
    assert_eq!(tables["RECOVERY_PLAN"].0, 0);
    assert_eq!(tables["RECOVERY_PLAN"].1, 1, "RECOVERY_PLAN writes");
    let (reads, writes) = tables["WRITE_OFF_LOG"];
    assert_eq!(reads, 0);
    assert!(writes >= 1, "WRITE_OFF_LOG writes: {writes}");
}

/// Each statement passed to the helper is counted once, also when the helper has the name of a
/// JDBC method (it is then both a JDBC-looking call and a project helper; both paths find the
/// same SQL at the same call site).
#[test]
fn sql_through_a_helper_is_counted_once_whatever_its_name() {
    for helper in ["runUpdate", "executeUpdate"] {
        let tmp = tempfile::tempdir().unwrap();
        write_sql_project(tmp.path(), helper);
        let tables = index_tables(tmp.path());
        assert_eq!(
            tables["OVERPAYMENT"],
            (1, 1),
            "OVERPAYMENT (reads, writes) with helper {helper}"
        );
        assert_eq!(
            tables["RECOVERY_PLAN"],
            (0, 1),
            "RECOVERY_PLAN (reads, writes) with helper {helper}"
        );
        assert_eq!(
            tables["WRITE_OFF_LOG"],
            (0, 1),
            "WRITE_OFF_LOG (reads, writes) with helper {helper}"
        );
    }
}

#[test]
fn index_leaves_out_the_files_legacylens_writes_into_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("HELLO.cbl"),
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. HELLO.\n       PROCEDURE DIVISION.\n           GOBACK.\n",
    )
    .unwrap();
    std::fs::create_dir(root.join(".legacylens")).unwrap();
    std::fs::write(root.join(".legacylens/project.json"), "{}").unwrap();
    let annotations = legacylens::explore::rulebook::default_path(root);
    for written in [
        legacylens::explore::rulebook::recovery_path(&annotations),
        legacylens::rules::annotations::backup_path(&annotations),
    ] {
        std::fs::write(written, "{}").unwrap();
    }
    let index = json_of(&["index", root.to_str().unwrap(), "--format", "json"]);
    let files: Vec<&str> = index["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["HELLO.cbl"]);
}
