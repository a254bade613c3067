//! Reading and writing annotation files (PRODUCT.md §4): UTF-8 JSON, pretty-printed with two
//! spaces and a trailing newline, rules and terms sorted by id, unknown fields kept where they
//! were.
//!
//! * [`load`] checks the text, the schema version and every anchor path before it hands a file
//!   out; a failed load only reads the file.
//! * [`save`] refuses invalid files, keeps the previous content as `<name>.bak` and replaces the
//!   file atomically (temp file in the same folder, fsync, rename).
//! * `to_json(load(x)) == x` byte for byte for every file [`save`] / [`to_json`] wrote.
//!
//! Also the small editing helpers every front end needs: [`set_status`], [`add_review`],
//! [`now_rfc3339`].

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::atomic_write::write_atomic_with_permissions as write_atomic;

use super::record::{AnnotationFile, Review, RuleRecord, SCHEMA_VERSION, Status};

/// Why an annotation file could not be loaded or saved. Every message names the file (when
/// there is one) and the place in it, and says whether the file was changed.
#[derive(Debug, thiserror::Error)]
pub enum AnnotationError {
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        path: PathBuf,
        /// What was being done: "read", "write", "replace", "back up".
        action: &'static str,
        #[source]
        source: io::Error,
    },
    #[error(
        "{}: not UTF-8 text (invalid byte at line {line}:{column}); annotation files are UTF-8 JSON — the file was not changed",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}: the file is empty — it looks half-written; it was not changed", path.display())]
    Empty { path: PathBuf },
    #[error(
        "{}: ends unexpectedly at line {line} — the file looks half-written; it was not changed",
        path.display()
    )]
    Truncated { path: PathBuf, line: usize },
    #[error(
        "{}: invalid JSON at line {line}:{column}: {message} — the file was not changed",
        path.display()
    )]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{}: written by a newer LegacyLens (schema version {found}, this one reads up to {SCHEMA_VERSION}); upgrade LegacyLens — the file was not changed",
        path.display()
    )]
    NewerSchema { path: PathBuf, found: u64 },
    #[error("{}: {problem} — the file was not changed", path.display())]
    SchemaVersion { path: PathBuf, problem: String },
    /// Valid JSON of the wrong shape (a missing field, a string where a list belongs…).
    #[error(
        "{}: not a valid annotation file at line {line}:{column}: {message} — the file was not changed",
        path.display()
    )]
    Shape {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{}rule {rule_id}: anchor path {anchor_path:?} {reason}",
        file_prefix(path.as_deref())
    )]
    UnsafePath {
        /// The annotation file, when the check ran on a file being loaded or saved.
        path: Option<PathBuf>,
        rule_id: String,
        anchor_path: String,
        reason: &'static str,
    },
    #[error("{}{problem}", file_prefix(path.as_deref()))]
    InvalidRules {
        path: Option<PathBuf>,
        problem: String,
    },
}

fn file_prefix(path: Option<&Path>) -> String {
    match path {
        Some(p) => format!("{}: ", p.display()),
        None => String::new(),
    }
}

impl AnnotationError {
    /// The same error, naming `file` (for errors from [`validate`], which has no file).
    fn in_file(self, file: &Path) -> Self {
        match self {
            AnnotationError::UnsafePath {
                rule_id,
                anchor_path,
                reason,
                ..
            } => AnnotationError::UnsafePath {
                path: Some(file.to_path_buf()),
                rule_id,
                anchor_path,
                reason,
            },
            AnnotationError::InvalidRules { problem, .. } => AnnotationError::InvalidRules {
                path: Some(file.to_path_buf()),
                problem,
            },
            other => other,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/// Reads an annotation file. Refuses (and never changes) files that are not UTF-8, not JSON,
/// half-written, of a newer schema version, of the wrong shape, or with an anchor path that
/// leaves the project root.
pub fn load(path: &Path) -> Result<AnnotationFile, AnnotationError> {
    let bytes = fs::read(path).map_err(|source| AnnotationError::Io {
        path: path.to_path_buf(),
        action: "read",
        source,
    })?;
    parse(path, &bytes)
}

/// Parses the bytes of an annotation file; `path` only names the file in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<AnnotationFile, AnnotationError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, column) = line_column(&bytes[..e.valid_up_to()]);
            return Err(AnnotationError::NotUtf8 {
                path: path.to_path_buf(),
                line,
                column,
            });
        }
    };
    // Tolerate a byte-order mark some editors add; it is not written back.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(AnnotationError::Empty {
            path: path.to_path_buf(),
        });
    }

    // First as plain JSON: syntax and the schema version are checked before the shape, so a
    // file of a newer schema is reported as such even if its shape changed.
    let value: Value = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    check_schema_version(path, &value)?;

    let file: AnnotationFile = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    validate(&file).map_err(|e| e.in_file(path))?;
    Ok(file)
}

fn json_error(path: &Path, e: &serde_json::Error) -> AnnotationError {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    // serde_json's message ends with " at line L column C"; we say that our own way.
    let full = e.to_string();
    let message = full
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&full)
        .to_string();
    let path = path.to_path_buf();
    match e.classify() {
        Category::Eof => AnnotationError::Truncated { path, line },
        Category::Syntax => AnnotationError::Syntax {
            path,
            line,
            column,
            message,
        },
        Category::Data | Category::Io => AnnotationError::Shape {
            path,
            line,
            column,
            message,
        },
    }
}

fn check_schema_version(path: &Path, value: &Value) -> Result<(), AnnotationError> {
    let problem = |problem: String| AnnotationError::SchemaVersion {
        path: path.to_path_buf(),
        problem,
    };
    let Some(object) = value.as_object() else {
        return Err(problem(
            "not an annotation file: the top level is not a JSON object".to_string(),
        ));
    };
    let Some(version) = object.get("schema_version") else {
        return Err(problem(
            "not an annotation file: `schema_version` is missing".to_string(),
        ));
    };
    match version.as_u64() {
        Some(n) if n > u64::from(SCHEMA_VERSION) => Err(AnnotationError::NewerSchema {
            path: path.to_path_buf(),
            found: n,
        }),
        Some(n) if n >= 1 => Ok(()),
        _ => Err(problem(format!(
            "`schema_version` is {version}, expected a whole number from 1 to {SCHEMA_VERSION}"
        ))),
    }
}

/// 1-based line and column (in characters) just after `prefix`.
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = 1 + prefix.iter().filter(|&&b| b == b'\n').count();
    let last = match prefix.iter().rposition(|&b| b == b'\n') {
        Some(i) => &prefix[i + 1..],
        None => prefix,
    };
    let column = 1 + String::from_utf8_lossy(last).chars().count();
    (line, column)
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/// Checks what a well-formed file promises beyond its JSON shape: rule and term ids are
/// non-empty and unique, and every anchor path is relative, `/`-separated and stays inside the
/// project root.
pub fn validate(file: &AnnotationFile) -> Result<(), AnnotationError> {
    validate_records(
        "rule",
        file.rules.iter().map(|r| {
            (
                r.id.as_str(),
                format!("rule named {:?}", r.name),
                &r.anchors[..],
            )
        }),
    )?;
    validate_records(
        "term",
        file.terms
            .iter()
            .map(|t| (t.id.as_str(), format!("term {:?}", t.term), &t.anchors[..])),
    )
}

/// The promises for one kind of record (`what`: "rule" or "term"), given as (id, how the
/// record is called in a message, anchors).
fn validate_records<'a>(
    what: &str,
    records: impl Iterator<Item = (&'a str, String, &'a [super::record::Anchor])>,
) -> Result<(), AnnotationError> {
    let mut ids: Vec<&str> = Vec::new();
    for (id, called, anchors) in records {
        if id.trim().is_empty() {
            return Err(AnnotationError::InvalidRules {
                path: None,
                problem: format!("a {what} has an empty id ({called})"),
            });
        }
        ids.push(id);
        for anchor in anchors {
            if let Err(reason) = check_anchor_path(&anchor.path) {
                return Err(AnnotationError::UnsafePath {
                    path: None,
                    rule_id: id.to_string(),
                    anchor_path: anchor.path.clone(),
                    reason,
                });
            }
        }
    }
    ids.sort_unstable();
    if let Some(pair) = ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(AnnotationError::InvalidRules {
            path: None,
            problem: format!(
                "{what} id {} is used by more than one {what}; ids are never reused",
                pair[0]
            ),
        });
    }
    Ok(())
}

/// Checks one anchor path: relative to the project root, `/`-separated, no `..` that leaves
/// the root. On failure says why, in words that follow the quoted path.
pub fn check_anchor_path(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("is empty; anchors need the file they point into");
    }
    if path.contains('\0') {
        return Err("contains a NUL character");
    }
    if path.starts_with('/') {
        return Err("is absolute; anchor paths are relative to the project root");
    }
    let b = path.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':' {
        return Err("starts with a drive letter; anchor paths are relative to the project root");
    }
    if path.contains('\\') {
        return Err("uses `\\`; anchor paths are relative to the project root and use `/`");
    }
    let mut depth: usize = 0;
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                depth = depth
                    .checked_sub(1)
                    .ok_or("leaves the project root through `..`")?;
            }
            _ => depth += 1,
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// The file as saved: pretty-printed with two spaces, a trailing newline, rules sorted by id,
/// fields in the struct's order with unknown fields after the known ones, as they were.
pub fn to_json(file: &AnnotationFile) -> String {
    let sorted;
    let file = if file.rules.is_sorted_by(|a, b| a.id <= b.id)
        && file.terms.is_sorted_by(|a, b| a.id <= b.id)
    {
        file
    } else {
        let mut copy = file.clone();
        copy.rules.sort_by(|a, b| a.id.cmp(&b.id));
        copy.terms.sort_by(|a, b| a.id.cmp(&b.id));
        sorted = copy;
        &sorted
    };
    // Serializing plain data to a String cannot fail: every map key is a string.
    let mut text =
        serde_json::to_string_pretty(file).expect("an annotation file always serializes to JSON");
    text.push('\n');
    text
}

/// Saves `file` to `path` atomically. An existing file's content is kept as `<name>.bak`
/// first. Refuses files that [`validate`] rejects and will not overwrite a file written by a
/// newer LegacyLens; in both cases nothing on disk changes. A symlink is followed, so the file
/// it points to is replaced and the link stays.
pub fn save(path: &Path, file: &AnnotationFile) -> Result<(), AnnotationError> {
    validate(file).map_err(|e| e.in_file(path))?;
    let text = to_json(file);
    // What is written must load back: this catches, e.g., an unknown field added in code under
    // the name of a known one, which would write the key twice.
    if let Err(e) = parse(path, text.as_bytes()) {
        return Err(AnnotationError::InvalidRules {
            path: Some(path.to_path_buf()),
            problem: format!("not saved, the result would not load back: {e}"),
        });
    }

    let target = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|source| AnnotationError::Io {
                path: path.to_path_buf(),
                action: "follow the link",
                source,
            })?
        }
        _ => path.to_path_buf(),
    };

    let mut permissions = None;
    match fs::read(&target) {
        Ok(old) => {
            // Never overwrite what a newer LegacyLens wrote.
            let old_version = serde_json::from_slice::<Value>(&old)
                .ok()
                .and_then(|v| v.get("schema_version").and_then(Value::as_u64));
            if let Some(n) = old_version.filter(|&n| n > u64::from(SCHEMA_VERSION)) {
                return Err(AnnotationError::NewerSchema {
                    path: path.to_path_buf(),
                    found: n,
                });
            }
            permissions = fs::metadata(&target).ok().map(|m| m.permissions());
            let bak = backup_path(&target);
            write_atomic(&bak, &old, permissions.clone()).map_err(|source| {
                AnnotationError::Io {
                    path: bak.clone(),
                    action: "back up the previous file to",
                    source,
                }
            })?;
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(AnnotationError::Io {
                path: path.to_path_buf(),
                action: "read",
                source,
            });
        }
    }

    write_atomic(&target, text.as_bytes(), permissions).map_err(|source| AnnotationError::Io {
        path: path.to_path_buf(),
        action: "write",
        source,
    })
}

/// `<file name>.bak` next to `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

// ---------------------------------------------------------------------------------------------
// Editing helpers
// ---------------------------------------------------------------------------------------------

impl Status {
    /// Every status, in life-cycle order.
    pub const ALL: [Status; 6] = [
        Status::Candidate,
        Status::Draft,
        Status::InReview,
        Status::Approved,
        Status::Rejected,
        Status::Obsolete,
    ];

    /// The name used in files and messages (`in-review`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Candidate => "candidate",
            Status::Draft => "draft",
            Status::InReview => "in-review",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Obsolete => "obsolete",
        }
    }

    /// The statuses this one may become.
    pub fn next_allowed(self) -> Vec<Status> {
        Status::ALL
            .into_iter()
            .filter(|&n| self.can_become(n))
            .collect()
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Moves `rule` to `next` if [`Status::can_become`] allows it and records who did it and when
/// in `audit.updated_*`. On refusal the rule is unchanged and the message says what is allowed.
pub fn set_status(rule: &mut RuleRecord, next: Status, who: &str, at: &str) -> Result<(), String> {
    let current = rule.status;
    if current == next {
        return Err(format!("rule {} is already {current}", rule.id));
    }
    if !current.can_become(next) {
        let allowed: Vec<&str> = current
            .next_allowed()
            .into_iter()
            .map(Status::as_str)
            .collect();
        return Err(format!(
            "rule {} cannot go from {current} to {next}; from {current} it can become {}",
            rule.id,
            allowed.join(", ")
        ));
    }
    rule.status = next;
    rule.audit.updated_by = who.to_string();
    rule.audit.updated_at = at.to_string();
    Ok(())
}

/// Adds a review to `rule`, keeping reviews ordered by time then reviewer (the order merge
/// uses), and records the reviewer and time in `audit.updated_*`. An identical review already
/// present is not added twice; returns whether the review was added.
pub fn add_review(rule: &mut RuleRecord, review: Review) -> bool {
    if rule.reviews.contains(&review) {
        return false;
    }
    rule.audit.updated_by = review.reviewer.clone();
    rule.audit.updated_at = review.at.clone();
    rule.reviews.push(review);
    rule.reviews
        .sort_by(|a, b| (&a.at, &a.reviewer).cmp(&(&b.at, &b.reviewer)));
    true
}

/// The current time as RFC 3339 UTC to the second: `2026-11-21T14:03:00Z`.
pub fn now_rfc3339() -> String {
    let secs = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => {
            let d = e.duration();
            let whole = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
            -whole - i64::from(d.subsec_nanos() > 0)
        }
    };
    rfc3339_from_unix(secs)
}

/// Seconds since 1970-01-01T00:00:00Z as RFC 3339 UTC (`YYYY-MM-DDTHH:MM:SSZ`).
pub fn rfc3339_from_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rest = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Proleptic Gregorian date of a day number (days since 1970-01-01), after Howard Hinnant's
/// `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March-based
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::record::{Anchor, Audit, Classification, Verdict};
    use serde_json::{Map, json};

    fn rule(id: &str) -> RuleRecord {
        RuleRecord {
            id: id.to_string(),
            name: format!("rule {id}"),
            business_description: "Pensioners get the higher allowance.".into(),
            technical_description: String::new(),
            classification: Some(Classification::Decision),
            status: Status::Candidate,
            business_functions: vec!["benefits".into()],
            rule_sets: vec![],
            owner: None,
            tags: vec!["age".into()],
            inputs: vec!["WS-AGE".into()],
            outputs: vec![],
            conditions: vec![],
            anchors: vec![Anchor {
                symbol: "PAYCALC.2000-PERSONAL-ALLOWANCE".into(),
                path: "cobol/PAYCALC.cbl".into(),
                quote: "IF WS-AGE >= 66".into(),
                before: String::new(),
                after: String::new(),
                fingerprint: "abc".into(),
                line_hint: 120,
                extra: Map::new(),
            }],
            reviews: vec![],
            audit: Audit {
                created_by: "miner".into(),
                created_at: "2026-01-01T00:00:00Z".into(),
                updated_by: "miner".into(),
                updated_at: "2026-01-01T00:00:00Z".into(),
                extra: Map::new(),
            },
            extra: Map::new(),
        }
    }

    fn file_with(rules: Vec<RuleRecord>) -> AnnotationFile {
        AnnotationFile {
            rules,
            ..AnnotationFile::default()
        }
    }

    fn err_text(text: &str) -> String {
        parse(Path::new("rules.json"), text.as_bytes())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn dates_match_known_instants() {
        assert_eq!(rfc3339_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_from_unix(-1), "1969-12-31T23:59:59Z");
        assert_eq!(rfc3339_from_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_from_unix(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339_from_unix(4_107_542_400), "2100-03-01T00:00:00Z");
        assert_eq!(rfc3339_from_unix(253_402_300_799), "9999-12-31T23:59:59Z");
    }

    #[test]
    fn day_numbers_walk_the_calendar_day_by_day() {
        // From 1600-03-01 for a little over 800 years, each day follows the previous one.
        let start = -135_080; // 1600-03-01
        assert_eq!(civil_from_days(start), (1600, 3, 1));
        let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let mut prev = civil_from_days(start);
        for day in start + 1..start + 800 * 366 {
            let (y, m, d) = civil_from_days(day);
            let (py, pm, pd) = prev;
            let month_len = match pm {
                2 if leap(py) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let expected = if pd < month_len {
                (py, pm, pd + 1)
            } else if pm < 12 {
                (py, pm + 1, 1)
            } else {
                (py + 1, 1, 1)
            };
            assert_eq!((y, m, d), expected, "day {day}");
            prev = (y, m, d);
        }
    }

    #[test]
    fn now_has_the_expected_shape() {
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z') && &now[10..11] == "T", "{now}");
        assert!(now.as_str() > "2024-01-01T00:00:00Z");
    }

    #[test]
    fn anchor_paths() {
        for ok in [
            "a.cbl",
            "cobol/PAYCALC.cbl",
            "./a/b.cbl",
            "a/../b.cbl",
            "a/b/../../c",
            "..a/b",
            "a/..b",
        ] {
            assert_eq!(check_anchor_path(ok), Ok(()), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../outside.cbl",
            "a/../../outside",
            "..",
            "C:\\src\\a.cbl",
            "c:/src/a.cbl",
            "C:a.cbl",
            "\\\\server\\share\\a.cbl",
            "src\\a.cbl",
            "a\0b",
        ] {
            assert!(check_anchor_path(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn validate_names_rule_and_path() {
        let mut r = rule("BR-7");
        r.anchors[0].path = "../../etc/passwd".into();
        let msg = validate(&file_with(vec![rule("BR-1"), r]))
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("BR-7") && msg.contains("../../etc/passwd"),
            "{msg}"
        );
        assert!(msg.contains("leaves the project root"), "{msg}");

        let msg = validate(&file_with(vec![rule("BR-1"), rule("BR-1")]))
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("BR-1") && msg.contains("more than one"),
            "{msg}"
        );
        assert!(validate(&file_with(vec![rule(" ")])).is_err());
    }

    #[test]
    fn json_is_pretty_sorted_and_ends_with_newline() {
        let mut f = file_with(vec![rule("BR-2"), rule("BR-1")]);
        f.rules[1].extra.insert("zeta".into(), json!(1));
        f.rules[1]
            .extra
            .insert("alpha".into(), json!({"y": 1, "x": 2}));
        let text = to_json(&f);
        assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
        assert!(text.starts_with(
            "{\n  \"schema_version\": 1,\n  \"rules\": [\n    {\n      \"id\": \"BR-1\""
        ));
        assert!(text.find("\"BR-1\"").unwrap() < text.find("\"BR-2\"").unwrap());
        // Unknown fields after the known ones, in their own order, nested order kept.
        let audit = text.find("\"audit\"").unwrap();
        let zeta = text.find("\"zeta\"").unwrap();
        let alpha = text.find("\"alpha\"").unwrap();
        assert!(audit < zeta && zeta < alpha, "{text}");
        assert!(text.find("\"y\"").unwrap() < text.find("\"x\"").unwrap());

        let back = parse(Path::new("x.json"), text.as_bytes()).unwrap();
        assert_eq!(to_json(&back), text);
    }

    #[test]
    fn unknown_fields_everywhere_survive() {
        let text = r#"{
  "schema_version": 1,
  "rules": [
    {
      "id": "BR-1",
      "name": "n",
      "status": "draft",
      "anchors": [
        {"symbol": "P.A", "path": "p.cbl", "quote": "q", "fingerprint": "f", "line_hint": 3, "anchor_x": [1, 2]}
      ],
      "reviews": [
        {"reviewer": "ann", "verdict": "approve", "at": "2026-01-02T00:00:00Z", "review_x": null}
      ],
      "audit": {"created_by": "a", "created_at": "t", "updated_by": "a", "updated_at": "t", "audit_x": 1.5},
      "rule_x": {"b": 1, "a": 2}
    }
  ],
  "project": "benefits"
}"#;
        let f = parse(Path::new("x.json"), text.as_bytes()).unwrap();
        let out = to_json(&f);
        for key in ["anchor_x", "review_x", "audit_x", "rule_x", "project"] {
            assert!(out.contains(&format!("\"{key}\"")), "{key} lost:\n{out}");
        }
        assert!(out.contains("1.5"));
        let again = parse(Path::new("x.json"), out.as_bytes()).unwrap();
        assert_eq!(again, f);
        assert_eq!(to_json(&again), out);
    }

    #[test]
    fn load_errors_say_what_and_where() {
        let msg = err_text("{\n  \"schema_version\": 1,\n  \"rules\": [}\n");
        assert!(msg.contains("rules.json: invalid JSON at line 3:"), "{msg}");

        let msg = err_text("{\n  \"schema_version\": 1,\n  \"rules\": [\n    {\"id\": \"BR");
        assert!(msg.contains("ends unexpectedly at line 4"), "{msg}");
        assert!(
            msg.contains("half-written") && msg.contains("not changed"),
            "{msg}"
        );

        let msg = err_text("{\"schema_version\": 2, \"rules\": \"whatever\"}");
        assert!(
            msg.contains("newer LegacyLens (schema version 2, this one reads up to 1)"),
            "{msg}"
        );

        assert!(err_text("{\"rules\": []}").contains("`schema_version` is missing"));
        assert!(err_text("{\"schema_version\": \"1\"}").contains("`schema_version` is \"1\""));
        assert!(err_text("{\"schema_version\": 0}").contains("expected a whole number"));
        assert!(err_text("{\"schema_version\": 1.5}").contains("expected a whole number"));
        assert!(err_text("[1]").contains("not a JSON object"));
        assert!(err_text("  \n").contains("is empty"));
        assert!(err_text("{\"schema_version\": 1} x").contains("invalid JSON at line 1:"));

        let msg = err_text("{\"schema_version\": 1,\n\"rules\": [{\"id\": \"BR-1\"}]}");
        assert!(
            msg.contains("at line 2:") && msg.contains("missing field"),
            "{msg}"
        );

        let msg = parse(
            Path::new("r.json"),
            b"{\"schema_version\": 1,\n \"x\": \"\xff\"}",
        )
        .unwrap_err()
        .to_string();
        assert!(
            msg.contains("not UTF-8") && msg.contains("line 2:"),
            "{msg}"
        );

        // A BOM is tolerated.
        assert!(
            parse(
                Path::new("r.json"),
                "\u{feff}{\"schema_version\": 1}".as_bytes()
            )
            .is_ok()
        );
    }

    #[test]
    fn save_is_atomic_keeps_a_backup_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.json");
        let first = file_with(vec![rule("BR-1")]);
        save(&path, &first).unwrap();
        assert!(!backup_path(&path).exists());
        assert_eq!(fs::read_to_string(&path).unwrap(), to_json(&first));

        let second = file_with(vec![rule("BR-1"), rule("BR-2")]);
        save(&path, &second).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), to_json(&second));
        assert_eq!(
            fs::read_to_string(backup_path(&path)).unwrap(),
            to_json(&first)
        );

        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");

        // Invalid files are refused and nothing changes.
        let mut bad = second.clone();
        bad.rules[0].anchors[0].path = "/etc/passwd".into();
        let msg = save(&path, &bad).unwrap_err().to_string();
        assert!(
            msg.contains("rules.json: rule BR-1") && msg.contains("absolute"),
            "{msg}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), to_json(&second));

        // A file that would not load back is refused.
        let mut twice = second.clone();
        twice.rules[0].extra.insert("name".into(), json!("again"));
        let msg = save(&path, &twice).unwrap_err().to_string();
        assert!(
            msg.contains("would not load back") && msg.contains("name"),
            "{msg}"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), to_json(&second));

        // A file written by a newer LegacyLens is not overwritten.
        let newer = "{\"schema_version\": 9, \"rules\": []}\n";
        fs::write(&path, newer).unwrap();
        assert!(matches!(
            save(&path, &second),
            Err(AnnotationError::NewerSchema { found: 9, .. })
        ));
        assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    }

    #[cfg(unix)]
    #[test]
    fn save_follows_symlinks_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        save(&real, &file_with(vec![rule("BR-1")])).unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        save(&link, &file_with(vec![rule("BR-2")])).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert!(fs::read_to_string(&real).unwrap().contains("BR-2"));
        assert_eq!(
            fs::metadata(&real).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }

    #[test]
    fn status_transitions() {
        let mut r = rule("BR-1");
        let msg = set_status(&mut r, Status::Approved, "bob", "2026-02-01T00:00:00Z").unwrap_err();
        assert!(
            msg.contains("candidate to approved") && msg.contains("draft, rejected"),
            "{msg}"
        );
        assert_eq!(r.status, Status::Candidate);
        assert_eq!(r.audit.updated_by, "miner");

        set_status(&mut r, Status::Draft, "bob", "2026-02-01T00:00:00Z").unwrap();
        set_status(&mut r, Status::InReview, "bob", "2026-02-02T00:00:00Z").unwrap();
        set_status(&mut r, Status::Approved, "eve", "2026-02-03T00:00:00Z").unwrap();
        assert_eq!(r.status, Status::Approved);
        assert_eq!(
            (r.audit.updated_by.as_str(), r.audit.updated_at.as_str()),
            ("eve", "2026-02-03T00:00:00Z")
        );
        assert!(set_status(&mut r, Status::Approved, "eve", "x").is_err());

        // as_str agrees with the serde names.
        for s in Status::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), json!(s.as_str()));
        }
    }

    #[test]
    fn reviews_are_ordered_and_not_duplicated() {
        let mut r = rule("BR-1");
        let review = |who: &str, at: &str| Review {
            reviewer: who.into(),
            verdict: Verdict::Approve,
            comment: String::new(),
            at: at.into(),
            extra: Map::new(),
        };
        assert!(add_review(&mut r, review("zed", "2026-03-02T00:00:00Z")));
        assert!(add_review(&mut r, review("bob", "2026-03-02T00:00:00Z")));
        assert!(add_review(&mut r, review("amy", "2026-03-01T00:00:00Z")));
        assert!(!add_review(&mut r, review("bob", "2026-03-02T00:00:00Z")));
        let order: Vec<&str> = r.reviews.iter().map(|x| x.reviewer.as_str()).collect();
        assert_eq!(order, ["amy", "bob", "zed"]);
        assert_eq!(r.audit.updated_by, "amy");
    }
}
