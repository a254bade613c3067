//! `legacylens index` on a project folder full of things that break naive tools: binary files
//! (one named `.java`), an empty file, a 20 MB generated Java file, Java with syntax errors,
//! invalid UTF-8, an EBCDIC COBOL program, a symbolic link loop, a dangling link, a named pipe
//! and an unreadable file. Indexing must finish (a timeout guard kills a hung run), exit 0, and
//! say something useful about each of them.
//!
//! One fixture builder is shared; the fixture is indexed once (see [`default_run`]) and each
//! test checks one kind of bad input, so that a failure names the input that broke.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

/// A run that takes longer than this is taken as hung.
const TIMEOUT: Duration = Duration::from_secs(120);

/// Size of the generated Java file: above the default 16 MB parse limit.
const HUGE_BYTES: usize = 20_000_000;

// ----- fixture -----------------------------------------------------------------------------

/// A syntax error in the middle of a method (garbage, a missing `)`), braces balanced; a valid
/// method follows.
const BROKEN_JAVA: &str = r#"package broken;

public class Broken {

    public int before(int x) {
        return x + 1;
    }

    public void mangled(int a) {
        a = a + 1;
        a = a * ;;; @@ #garbage# %% <<< ;
        while (a > 0 {
            a--;
        }
    }

    public int afterTheError(int y) {
        return y * 2;
    }
}
"#;

/// One `}` too many inside a method: it closes the class early.
const STRAY_BRACE_JAVA: &str = r#"package broken;

public class StrayBrace {

    public void mangled(int a) {
        a = a * ;;; @@ #garbage# %% <<< ;
        }}
    }

    public int afterTheStrayBrace(int y) {
        return y * 2;
    }
}
"#;

/// A method without its closing `}`.
const MISSING_BRACE_JAVA: &str = r#"package broken;

public class MissingBrace {

    public void mangled(int a) {
        a = a * ;;; @@ #garbage# %% <<< ;
        if (a > 0) {
            a--;
        }

    public int afterTheMissingBrace(int y) {
        return y * 2;
    }
}
"#;

/// An `else` block left in a class body (the `if` it belonged to ended one brace early).
const STRAY_ELSE_JAVA: &str = r#"package broken;

public class StrayElse {
    private int total;

    public void add(int amount) {
        if (amount > 0) {
            total += amount;
        }
    }
        else {
            total -= amount;
        }

    public int getTotal() {
        return total;
    }
}
"#;

const PAYCALC_COBOL: &str = "\
000100 IDENTIFICATION DIVISION.
000200 PROGRAM-ID. PAYCALC.
000300* WEEKLY BENEFIT PAYMENT CALCULATION.
000400 DATA DIVISION.
000500 WORKING-STORAGE SECTION.
000600 01  WS-WEEKLY-AMOUNT    PIC S9(7)V99 COMP-3.
000700 01  WS-DAYS             PIC 9(1).
000800 PROCEDURE DIVISION.
000900 MAIN-PARA.
001000     COMPUTE WS-WEEKLY-AMOUNT = WS-WEEKLY-AMOUNT * WS-DAYS / 7.
001100     DISPLAY 'PAYCALC DONE'.
001200     GOBACK.
";

/// Deterministic pseudo-random bytes (xorshift64).
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// The generated Java file: `methods` methods, `lines` lines, at least [`HUGE_BYTES`] bytes.
struct Huge {
    text: String,
    methods: usize,
    lines: u64,
}

fn generate_huge_java() -> Huge {
    let mut text = String::with_capacity(HUGE_BYTES + 4096);
    text.push_str("package gen;\n\n/** Generated code: one method per tariff cell. */\npublic class Huge {\n\n");
    let mut methods: usize = 0;
    while text.len() < HUGE_BYTES {
        let i = methods;
        let _ = write!(
            text,
            "    /**\n     * Tariff cell {i}: generated from the rate table, do not edit by hand.\n     * Returns the amount in pence for the given number of days.\n     */\n    public int tariff{i}(int days) {{\n        int pence = days * {} + {};\n        return pence > 10000 ? pence : tariff{}(pence);\n    }}\n\n",
            i % 97 + 1,
            i % 13,
            i.saturating_sub(1),
        );
        methods += 1;
    }
    text.push_str("}\n");
    let lines = text.bytes().filter(|&b| b == b'\n').count() as u64;
    Huge {
        text,
        methods,
        lines,
    }
}

/// The bad-input project folder. Dropping it removes it.
struct Fixture {
    dir: tempfile::TempDir,
    huge_methods: usize,
    huge_lines: u64,
}

impl Fixture {
    fn root(&self) -> &Path {
        self.dir.path()
    }
}

fn build_fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |name: &str, bytes: &[u8]| std::fs::write(root.join(name), bytes).unwrap();

    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(1, 4096));
    write("logo.png", &png);
    let mut class_like = noise(2, 16 * 1024);
    class_like[1] = 0; // NUL bytes, but no known signature.
    class_like[0] = b'x';
    write("Data.java", &class_like);
    write("Empty.java", b"");

    let huge = generate_huge_java();
    write("Huge.java", huge.text.as_bytes());

    write("Broken.java", BROKEN_JAVA.as_bytes());
    write("StrayBrace.java", STRAY_BRACE_JAVA.as_bytes());
    write("MissingBrace.java", MISSING_BRACE_JAVA.as_bytes());
    write("StrayElse.java", STRAY_ELSE_JAVA.as_bytes());

    // Latin-1 `é` (0xE9) in a comment on line 3: not UTF-8.
    write(
        "Latin1.java",
        b"package enc;\n\n// Calcul\xe9 par le service des prestations.\npublic class Latin1 {\n    public String label() {\n        return \"ok\";\n    }\n}\n",
    );

    let ebcdic = legacylens::decode::ebcdic::encode(PAYCALC_COBOL, false)
        .expect("the COBOL text is in code page 037");
    assert!(
        std::str::from_utf8(&ebcdic).is_err(),
        "EBCDIC bytes are not UTF-8"
    );
    write("PAYCALC.cbl", &ebcdic);

    std::fs::create_dir(root.join("a")).unwrap();
    write("a/Inside.java", b"package a;\n\npublic class Inside {\n}\n");
    std::os::unix::fs::symlink(root.join("a"), root.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("missing/Gone.java"), root.join("Gone.java")).unwrap();

    let mkfifo = Command::new("mkfifo")
        .arg(root.join("pipe"))
        .status()
        .expect("run mkfifo");
    assert!(mkfifo.success(), "mkfifo failed");

    write(
        "Locked.java",
        b"package locked;\n\npublic class Locked {\n}\n",
    );
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(
        root.join("Locked.java"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();

    Fixture {
        dir,
        huge_methods: huge.methods,
        huge_lines: huge.lines,
    }
}

// ----- running legacylens ------------------------------------------------------------------

struct Run {
    status: std::process::ExitStatus,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs `legacylens ARGS`; kills it and fails the test if it takes longer than [`TIMEOUT`].
fn legacylens(args: &[&str]) -> Run {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start legacylens");
    // Drain both pipes while waiting, so a large output cannot block the child.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        out_pipe.read_to_end(&mut buf).map(|_| buf)
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        err_pipe.read_to_end(&mut buf).map(|_| buf)
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll legacylens") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("legacylens {args:?} still running after {TIMEOUT:?}: killed (hang?)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    let stdout = out_reader.join().unwrap().expect("read stdout");
    let stderr = err_reader.join().unwrap().expect("read stderr");
    Run {
        status,
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        elapsed,
    }
}

fn succeed(args: &[&str]) -> Run {
    let run = legacylens(args);
    assert_eq!(
        run.status.code(),
        Some(0),
        "legacylens {args:?} failed: {}",
        run.stderr
    );
    run
}

fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().expect("run id -u");
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

/// What the default run of every command on the fixture printed.
struct DefaultRun {
    /// `index --format json`
    index: Value,
    /// `index` (text)
    text: String,
    /// `symbols --format tsv`, as (kind, qualified name, path, line).
    symbols: Vec<(String, String, String, String)>,
    huge_lines: u64,
}

/// Builds the fixture once, runs `index` (JSON and text) and `symbols` on it with the default
/// options, and removes it again.
fn default_run() -> &'static DefaultRun {
    static CELL: OnceLock<DefaultRun> = OnceLock::new();
    CELL.get_or_init(|| {
        let fixture = build_fixture();
        let dir = fixture.root().to_str().unwrap();
        let run = succeed(&["index", dir, "--format", "json"]);
        eprintln!("index --format json took {:?}", run.elapsed);
        let index: Value = serde_json::from_str(&run.stdout).expect("index JSON parses");
        let text = succeed(&["index", dir]).stdout;
        let symbols = succeed(&["symbols", dir, "--format", "tsv"])
            .stdout
            .lines()
            .map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                assert_eq!(c.len(), 5, "kind, name, path, line, detail: {l:?}");
                (
                    c[0].to_string(),
                    c[1].to_string(),
                    c[2].to_string(),
                    c[3].to_string(),
                )
            })
            .collect();
        DefaultRun {
            index,
            text,
            symbols,
            huge_lines: fixture.huge_lines,
        }
    })
}

fn file<'a>(index: &'a Value, path: &str) -> &'a Value {
    index["files"]
        .as_array()
        .expect("files array")
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("{path} not in files: {:#}", index["files"]))
}

/// Messages of the diagnostics of `f`, with their codes and lines.
fn diagnostics(f: &Value) -> Vec<(String, String, Option<u64>)> {
    f["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
                d["line"].as_u64(),
            )
        })
        .collect()
}

/// 1-based line of `text` holding `needle`.
fn line_with(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the fixture"))
}

fn has_symbol(run: &DefaultRun, kind: &str, qualified: &str) -> bool {
    run.symbols
        .iter()
        .any(|(k, q, _, _)| k == kind && q == qualified)
}

// ----- tests -------------------------------------------------------------------------------

#[test]
fn index_finishes_exits_zero_and_lists_every_bad_input() {
    let run = default_run();
    let index = &run.index;
    let paths: Vec<&str> = index["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    for expected in [
        "logo.png",
        "Data.java",
        "Empty.java",
        "Huge.java",
        "Broken.java",
        "Latin1.java",
        "PAYCALC.cbl",
        "a/Inside.java",
        "a/loop",
        "Gone.java",
        "pipe",
        "Locked.java",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }
    let mut unique = paths.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), paths.len(), "a file listed twice: {paths:?}");
    assert!(
        !paths.iter().any(|p| p.contains("loop/")),
        "walked into the symlink loop: {paths:?}"
    );
    assert_eq!(
        index["summary"]["total"]["files"].as_u64(),
        Some(paths.len() as u64)
    );
    assert!(run.text.contains("Files by kind:"), "{}", run.text);
    assert!(run.text.contains("Diagnostics: "), "{}", run.text);
}

#[test]
fn binary_files_are_listed_but_not_indexed() {
    let run = default_run();
    for (path, reason) in [
        ("logo.png", "PNG image"),
        ("Data.java", "contains NUL bytes"),
    ] {
        let f = file(&run.index, path);
        let d = diagnostics(f);
        assert!(
            d.iter().any(|(code, msg, _)| code == "decode.binary"
                && msg.contains("binary")
                && msg.contains(reason)),
            "{path}: {d:?}"
        );
        assert_eq!(f["lines"], 0, "{path}");
        assert_eq!(f["error_nodes"], 0, "{path}");
        assert_ne!(f["kind"], "java", "{path} is not Java source");
        assert!(
            !run.symbols.iter().any(|(_, _, p, _)| p == path),
            "symbols from binary {path}"
        );
    }
}

#[test]
fn empty_file_is_listed_with_a_note() {
    let run = default_run();
    let f = file(&run.index, "Empty.java");
    assert_eq!(f["kind"], "java");
    assert_eq!(f["bytes"], 0);
    assert_eq!(f["lines"], 0);
    let d = diagnostics(f);
    assert!(
        d.iter()
            .any(|(code, msg, _)| code == "read.empty" && msg.contains("empty")),
        "{d:?}"
    );
}

#[test]
fn file_over_the_parse_limit_is_listed_but_not_parsed() {
    let run = default_run();
    let f = file(&run.index, "Huge.java");
    assert_eq!(f["kind"], "java");
    assert!(f["bytes"].as_u64().unwrap() >= HUGE_BYTES as u64);
    assert_eq!(f["lines"].as_u64(), Some(run.huge_lines));
    assert_eq!(f["error_nodes"], 0);
    let d = diagnostics(f);
    assert!(
        d.iter().any(|(code, msg, _)| code == "read.too-large"
            && msg.contains("parse limit")
            && msg.contains("20.0 MB")
            && msg.contains("--max-file-mb")),
        "{d:?}"
    );
    assert!(
        !run.symbols.iter().any(|(_, _, p, _)| p == "Huge.java"),
        "Huge.java must not be parsed under the default limit"
    );
}

#[test]
fn file_over_the_parse_limit_is_parsed_with_a_higher_max_file_mb() {
    let fixture = build_fixture();
    let dir = fixture.root().to_str().unwrap();
    let run = succeed(&["index", dir, "--format", "json", "--max-file-mb", "64"]);
    eprintln!(
        "index --max-file-mb 64 with a {} MB file of {} methods took {:?}",
        HUGE_BYTES / 1_000_000,
        fixture.huge_methods,
        run.elapsed
    );
    let index: Value = serde_json::from_str(&run.stdout).unwrap();
    let f = file(&index, "Huge.java");
    assert_eq!(f["kind"], "java");
    assert_eq!(f["error_nodes"], 0);
    assert_eq!(f["lines"].as_u64(), Some(fixture.huge_lines));
    assert_eq!(
        diagnostics(f),
        Vec::new(),
        "no diagnostic for a parsed file"
    );
    let methods = index["summary"]["symbols_by_kind"]["method"]
        .as_u64()
        .unwrap_or(0);
    assert!(
        methods >= fixture.huge_methods as u64,
        "{methods} methods, expected the {} of Huge.java",
        fixture.huge_methods
    );
    // The other bad inputs are unaffected by the limit.
    assert!(
        diagnostics(file(&index, "Empty.java"))
            .iter()
            .any(|(code, _, _)| code == "read.empty")
    );
}

#[test]
fn syntax_errors_are_reported_at_their_line_and_later_methods_survive() {
    let run = default_run();
    let f = file(&run.index, "Broken.java");
    assert_eq!(f["kind"], "java");
    assert!(f["error_nodes"].as_u64().unwrap() > 0, "{f}");
    let d = diagnostics(f);
    let garbage_line = line_with(BROKEN_JAVA, "#garbage#");
    let while_line = line_with(BROKEN_JAVA, "while (a > 0 {");
    assert!(
        d.iter().any(|(code, msg, line)| code == "java.syntax"
            && msg.contains("syntax error")
            && *line == Some(garbage_line)),
        "no syntax error at line {garbage_line}: {d:?}"
    );
    assert!(
        d.iter()
            .any(|(code, _, line)| code == "java.syntax" && *line == Some(while_line)),
        "no syntax error at line {while_line}: {d:?}"
    );
    assert!(
        d.iter().all(|(code, _, line)| code == "java.syntax"
            && line.is_some_and(|l| (garbage_line..=while_line).contains(&l))),
        "diagnostics outside the broken lines: {d:?}"
    );
    assert!(run.index["summary"]["files_with_errors"].as_u64().unwrap() >= 1);

    for method in [
        "broken.Broken.before(int)",
        "broken.Broken.mangled(int)",
        "broken.Broken.afterTheError(int)",
    ] {
        assert!(
            has_symbol(run, "method", method),
            "{method} not listed by `symbols`"
        );
    }
    let (_, _, path, line) = run
        .symbols
        .iter()
        .find(|(_, q, _, _)| q == "broken.Broken.afterTheError(int)")
        .unwrap();
    assert_eq!(path, "Broken.java");
    assert_eq!(
        line.parse::<u64>().unwrap(),
        line_with(BROKEN_JAVA, "public int afterTheError(int y)")
    );
}

#[test]
fn method_after_a_stray_closing_brace_is_still_listed() {
    let run = default_run();
    let f = file(&run.index, "StrayBrace.java");
    assert!(f["error_nodes"].as_u64().unwrap() > 0, "{f}");
    assert!(
        has_symbol(run, "method", "broken.StrayBrace.afterTheStrayBrace(int)"),
        "{:?}",
        run.symbols
            .iter()
            .filter(|s| s.2 == "StrayBrace.java")
            .collect::<Vec<_>>()
    );
}

#[test]
#[ignore = "bug: a method missing its closing `}` swallows the next method: tree-sitter parses \
            `public int afterTheMissingBrace(int y)` as a statement of the unclosed method, so it \
            is missing from `symbols` (the diagnostic only says `cannot parse (int y) {`)"]
fn method_after_a_missing_closing_brace_is_still_listed() {
    let run = default_run();
    let f = file(&run.index, "MissingBrace.java");
    assert!(f["error_nodes"].as_u64().unwrap() > 0, "{f}");
    assert!(
        has_symbol(
            run,
            "method",
            "broken.MissingBrace.afterTheMissingBrace(int)"
        ),
        "{:?}",
        run.symbols
            .iter()
            .filter(|s| s.2 == "MissingBrace.java")
            .collect::<Vec<_>>()
    );
}

#[test]
fn else_block_in_a_class_body_is_a_syntax_error_not_a_constructor() {
    let run = default_run();
    let f = file(&run.index, "StrayElse.java");
    let else_line = line_with(STRAY_ELSE_JAVA, "else {");
    let d = diagnostics(f);
    assert!(
        d.iter()
            .any(|(code, _, line)| code == "java.syntax" && *line == Some(else_line)),
        "no syntax error at the `else` on line {else_line}: {d:?}"
    );
    assert!(f["error_nodes"].as_u64().unwrap() > 0, "{f}");
    let class_line = line_with(STRAY_ELSE_JAVA, "public class StrayElse");
    let ctor = run
        .symbols
        .iter()
        .find(|(k, q, _, _)| k == "constructor" && q == "broken.StrayElse.<init>()");
    if let Some((_, _, _, line)) = ctor {
        assert_eq!(
            line.parse::<u64>().unwrap(),
            class_line,
            "the only constructor is the implicit one, at the class"
        );
    }
    assert!(has_symbol(run, "method", "broken.StrayElse.getTotal()"));
}

#[test]
fn invalid_utf8_is_decoded_as_windows_1252_naming_the_line() {
    let run = default_run();
    let f = file(&run.index, "Latin1.java");
    assert_eq!(f["kind"], "java");
    assert_eq!(f["encoding"], "windows-1252");
    assert_eq!(f["error_nodes"], 0);
    let d = diagnostics(f);
    assert!(
        d.iter().any(|(code, msg, line)| code == "decode.encoding"
            && msg.contains("Windows-1252")
            && msg.contains("line 3")
            && *line == Some(3)),
        "{d:?}"
    );
    assert!(has_symbol(run, "method", "enc.Latin1.label()"));
}

#[test]
fn ebcdic_cobol_is_decoded_and_classified() {
    let run = default_run();
    let f = file(&run.index, "PAYCALC.cbl");
    assert_eq!(f["kind"], "cobol-program");
    assert_eq!(f["encoding"], "ebcdic-037");
    assert_eq!(
        f["lines"].as_u64(),
        Some(PAYCALC_COBOL.lines().count() as u64)
    );
    let d = diagnostics(f);
    assert!(d.iter().any(|(_, msg, _)| msg.contains("EBCDIC")), "{d:?}");
}

#[test]
fn symlink_loop_and_dangling_link_are_diagnosed() {
    let run = default_run();
    let d = diagnostics(file(&run.index, "a/loop"));
    assert!(
        d.iter().any(|(_, msg, _)| msg.contains("loop")),
        "a/loop: {d:?}"
    );
    let d = diagnostics(file(&run.index, "Gone.java"));
    assert!(
        d.iter()
            .any(|(_, msg, _)| msg.contains("broken symbolic link")),
        "Gone.java: {d:?}"
    );
    // The folder behind the loop is indexed once.
    assert_eq!(file(&run.index, "a/Inside.java")["kind"], "java");
    assert!(has_symbol(run, "class", "a.Inside"));
}

#[test]
fn named_pipe_is_reported_as_not_a_regular_file() {
    let run = default_run();
    let f = file(&run.index, "pipe");
    assert_eq!(f["bytes"], 0);
    let d = diagnostics(f);
    assert!(
        d.iter()
            .any(|(_, msg, _)| msg.contains("not a regular file")),
        "pipe: {d:?}"
    );
}

#[test]
fn unreadable_file_is_diagnosed() {
    let run = default_run();
    let f = file(&run.index, "Locked.java");
    let d = diagnostics(f);
    if is_root() {
        // Root reads it despite mode 000: it is indexed like any other file.
        eprintln!("note: running as root; mode 000 does not stop reading Locked.java");
        assert_eq!(f["kind"], "java", "{f}");
        assert_eq!(d, Vec::new());
        assert!(has_symbol(run, "class", "locked.Locked"));
    } else {
        assert!(
            d.iter()
                .any(|(code, msg, _)| code == "read.failed" && msg.contains("permission denied")),
            "Locked.java: {d:?}"
        );
        assert!(!has_symbol(run, "class", "locked.Locked"));
    }
}

/// Each bad input yields at least one diagnostic on its own file, and the inventory counts them.
#[test]
fn every_bad_input_has_its_own_diagnostic() {
    let run = default_run();
    let mut by_path: BTreeMap<&str, usize> = BTreeMap::new();
    for f in run.index["files"].as_array().unwrap() {
        by_path.insert(
            f["path"].as_str().unwrap(),
            f["diagnostics"].as_array().unwrap().len(),
        );
    }
    for path in [
        "logo.png",
        "Data.java",
        "Empty.java",
        "Huge.java",
        "Broken.java",
        "Latin1.java",
        "PAYCALC.cbl",
        "a/loop",
        "Gone.java",
        "pipe",
    ] {
        assert!(by_path[path] > 0, "{path} has no diagnostic");
    }
    assert_eq!(by_path["a/Inside.java"], 0);
    let total: usize = by_path.values().sum();
    let counted: u64 = run.index["summary"]["diagnostics_by_severity"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(
        counted as usize,
        total + run.index["diagnostics"].as_array().unwrap().len()
    );
}

/// Generated code nests deeply: a 20,000-term string concatenation (a syntax tree 20,000 levels
/// deep) next to another file, and a COBOL program with 10,000 nested IFs. Indexing finishes,
/// says the Java construct was too deep to analyse fully, and still lists what is around it.
#[test]
fn deeply_nested_code_does_not_overflow_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut java =
        String::from("package gen;\npublic class Strings {\n    static final String ALL = \"a\"");
    for i in 0..20_000 {
        java.push_str(&format!(" + \"s{i}\""));
    }
    java.push_str(";\n    public int after() { return 1; }\n}\n");
    std::fs::write(root.join("Strings.java"), java).unwrap();
    std::fs::write(
        root.join("Other.java"),
        "package gen;\nclass Other { void m() {} }\n",
    )
    .unwrap();
    let mut cobol = String::from(
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. DEEPIF.\n       PROCEDURE DIVISION.\n       0000-MAIN.\n",
    );
    for _ in 0..10_000 {
        cobol.push_str("           IF WS-A = 1\n");
    }
    cobol.push_str("           MOVE 1 TO WS-B\n");
    for _ in 0..10_000 {
        cobol.push_str("           END-IF\n");
    }
    cobol.push_str("           GOBACK.\n       9000-AFTER.\n           EXIT.\n");
    std::fs::write(root.join("DEEPIF.cbl"), cobol).unwrap();

    let dir_arg = root.to_str().unwrap();
    let run = succeed(&["index", dir_arg, "--format", "json"]);
    let index: Value = serde_json::from_str(&run.stdout).unwrap();
    let strings = file(&index, "Strings.java");
    assert!(
        diagnostics(strings)
            .iter()
            .any(|(code, message, _)| code == "java.syntax" && message.contains("nested more than")),
        "{strings}"
    );
    let symbols = succeed(&["symbols", dir_arg, "--format", "tsv"]).stdout;
    assert!(symbols.contains("gen.Strings.after()"), "{symbols}");
    assert!(symbols.contains("gen.Other.m()"), "{symbols}");
    assert!(symbols.contains("DEEPIF.9000-AFTER"), "{symbols}");
}
