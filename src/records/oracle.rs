//! The GnuCOBOL oracle for record layouts: `cobc -fsyntax-only -std=ibm -t LISTING -ftsymbols`
//! prints the size of every data item of a program it accepts; this module runs it on a
//! project's programs and compares those sizes with [`super::all_records`] under
//! [`LayoutOptions::gnucobol`] (offsets follow from sizes: a group's size is the sum of its
//! items', slack and REDEFINES included).
//!
//! Items are matched by level and name in declaration order; cobc's own items (the
//! `DEBUG-ITEM` special register) are skipped. A program cobc rejects as written (EXEC SQL or
//! CICS it does not know, `CBL` cards, copybooks outside the project) is tried again as its
//! DATA DIVISION alone ([`data_division_only`]); if cobc still rejects it, the program is
//! reported as skipped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use super::{LayoutOptions, RecordLayout, all_records};
use crate::model::{FileKind, Model, SymbolKind};

/// One item of cobc's symbol listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedItem {
    pub level: u8,
    pub name: String,
    pub size: u32,
}

/// Reads the `SIZE TYPE LVL NAME PICTURE` lines of a cobc listing (88-levels have no size and
/// are left out).
pub fn parse_listing(text: &str) -> Vec<ListedItem> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let (Some(size), Some(_kind), Some(level), Some(name)) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            continue;
        };
        if size.len() != 5 || !size.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if level.len() != 2 || !level.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let (Ok(size), Ok(level)) = (size.parse(), level.parse()) else {
            continue;
        };
        out.push(ListedItem {
            level,
            name: name.trim_end_matches(',').to_ascii_uppercase(),
            size,
        });
    }
    out
}

static RUN: AtomicU64 = AtomicU64::new(0);

/// Runs cobc on one source file; the listed items, or cobc's first error line.
pub fn run_cobc(
    source: &Path,
    includes: &[PathBuf],
    free: bool,
) -> Result<Vec<ListedItem>, String> {
    let listing = std::env::temp_dir().join(format!(
        "legacylens-cobc-{}-{}.lst",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let mut cmd = Command::new("cobc");
    cmd.args(["-fsyntax-only", "-std=ibm", "-ftsymbols", "-t"])
        .arg(&listing);
    if free {
        cmd.arg("-free");
    }
    for dir in includes {
        cmd.arg("-I").arg(dir);
    }
    cmd.arg(source);
    let output = cmd.output().map_err(|e| format!("cannot run cobc: {e}"));
    let text = std::fs::read_to_string(&listing).unwrap_or_default();
    let _ = std::fs::remove_file(&listing);
    let output = output?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr
            .lines()
            .find(|l| l.contains("error"))
            .unwrap_or("cobc failed")
            .to_string();
        return Err(first);
    }
    Ok(parse_listing(&text))
}

/// Whether cobc can be run here.
pub fn cobc_available() -> bool {
    Command::new("cobc")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// One item whose sizes differ, or that only one side has.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    pub path: String,
    pub name: String,
    pub ours: Option<u32>,
    pub cobc: Option<u32>,
}

/// The score of one oracle run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct OracleReport {
    /// Programs cobc listed (as written, or as their DATA DIVISION alone).
    pub programs: Vec<String>,
    /// Of those, the ones compared through their DATA DIVISION alone.
    pub data_division_only: Vec<String>,
    /// Programs cobc rejected even so, with its first error.
    pub skipped: Vec<(String, String)>,
    /// Items both sides have.
    pub compared: usize,
    /// Of those, items of the same size.
    pub agreed: usize,
    /// Our items cobc did not list (they are not in `compared`).
    pub ours_only: usize,
    /// cobc items we do not have.
    pub cobc_only: usize,
    pub mismatches: Vec<Mismatch>,
}

impl OracleReport {
    pub fn summary(&self) -> String {
        let pct = if self.compared == 0 {
            0.0
        } else {
            100.0 * self.agreed as f64 / self.compared as f64
        };
        format!(
            "cobc oracle: {} programs ({} as DATA DIVISION only), {} skipped; items compared {}, agreed {} ({pct:.2} %); ours only {}, cobc only {}",
            self.programs.len(),
            self.data_division_only.len(),
            self.skipped.len(),
            self.compared,
            self.agreed,
            self.ours_only,
            self.cobc_only
        )
    }
}

/// Our items of one file's programs, in declaration order: (level, simple name, size,
/// qualified name).
/// cobc lists one occurrence of an elementary item but every occurrence of a group (and of a
/// POINTER, PROCEDURE-POINTER or INDEX table).
fn our_items(records: &[&RecordLayout]) -> Vec<(u8, String, Option<u32>, String)> {
    records
        .iter()
        .flat_map(|r| r.fields.iter())
        .map(|f| {
            use super::StorageKind as K;
            let size = if matches!(
                f.kind,
                K::Group | K::Pointer | K::ProcedurePointer | K::Index
            ) {
                f.total_size
            } else {
                f.size
            };
            (f.level, f.simple_name.clone(), size, f.name.clone())
        })
        .collect()
}

/// Compares sizes item by item; fills `report`.
pub fn compare(
    path: &str,
    ours: &[(u8, String, Option<u32>, String)],
    listed: &[ListedItem],
    report: &mut OracleReport,
) {
    let mut j = 0;
    let mut skip_level: Option<u8> = None;
    for item in listed {
        // cobc's DEBUG-ITEM special register and its items.
        if let Some(l) = skip_level {
            if item.level > l && item.level != 77 && item.level != 66 {
                continue;
            }
            skip_level = None;
        }
        if item.level == 1 && item.name == "DEBUG-ITEM" {
            skip_level = Some(1);
            continue;
        }
        let found = ours[j..]
            .iter()
            .take(200)
            .position(|(level, name, _, _)| *level == item.level && *name == item.name);
        match found {
            Some(k) => {
                report.ours_only += k;
                let (_, _, size, qualified) = &ours[j + k];
                report.compared += 1;
                if *size == Some(item.size) {
                    report.agreed += 1;
                } else {
                    report.mismatches.push(Mismatch {
                        path: path.to_string(),
                        name: qualified.clone(),
                        ours: *size,
                        cobc: Some(item.size),
                    });
                }
                j += k + 1;
            }
            None => {
                report.cobc_only += 1;
                report.mismatches.push(Mismatch {
                    path: path.to_string(),
                    name: item.name.clone(),
                    ours: None,
                    cobc: Some(item.size),
                });
            }
        }
    }
    report.ours_only += ours.len() - j;
}

/// The DATA DIVISION of a program alone, for cobc: everything before PROCEDURE DIVISION,
/// `CBL` / `PROCESS` cards dropped, EXEC blocks dropped, `EXEC SQL INCLUDE m`, `-INC m` and
/// `++INCLUDE m` turned into `COPY m.`, COPY of a member the project lacks dropped (our model
/// lacks it too), and a member holding EXEC blocks itself (a DCLGEN with its `DECLARE TABLE`)
/// copied in without them; then an empty PROCEDURE DIVISION. Fixed format. `member` gives a
/// member's text by name.
pub fn data_division_only(text: &str, member: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    filter_data(text, member, &mut out, 0);
    out.push_str("       PROCEDURE DIVISION.\n           GOBACK.\n");
    out
}

/// One file's lines for [`data_division_only`]; `depth` counts copied-in members.
fn filter_data(
    text: &str,
    member: &dyn Fn(&str) -> Option<String>,
    out: &mut String,
    depth: usize,
) {
    let copy = |name: &str, out: &mut String| {
        let name = name.trim_end_matches('.');
        match member(name) {
            Some(body) if body.to_ascii_uppercase().contains("EXEC ") && depth < 8 => {
                filter_data(&body, member, out, depth + 1);
            }
            Some(_) => out.push_str(&format!("           COPY {name}.\n")),
            None => {}
        }
    };
    let mut in_exec = false;
    let mut exec = String::new();
    for line in text.lines() {
        let code: String = line.chars().skip(7).take(65).collect();
        let upper = code.to_ascii_uppercase();
        let indicator = line.chars().nth(6).unwrap_or(' ');
        // A process card may follow a sequence number.
        let card = match (line.get(..6), line.get(6..)) {
            (Some(seq), Some(rest)) if seq.bytes().all(|b| b.is_ascii_digit() || b == b' ') => {
                rest.trim_start().to_ascii_uppercase()
            }
            _ => line.trim_start().to_ascii_uppercase(),
        };
        if card.starts_with("CBL ") || card.starts_with("PROCESS ") {
            continue;
        }
        let include = card
            .strip_prefix("-INC ")
            .or_else(|| card.strip_prefix("++INCLUDE "))
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_string);
        if let Some(m) = include {
            copy(&m, out);
            continue;
        }
        if indicator == '*' || indicator == '/' {
            continue;
        }
        if upper.contains("PROCEDURE DIVISION") {
            break;
        }
        let words: Vec<&str> = upper.split_whitespace().collect();
        if !in_exec && words.len() == 2 && words[0] == "COPY" {
            copy(words[1], out);
            continue;
        }
        if !in_exec && upper.contains("EXEC ") {
            in_exec = true;
            exec.clear();
        }
        if in_exec {
            exec.push_str(&upper);
            exec.push(' ');
            if upper.contains("END-EXEC") {
                in_exec = false;
                let words: Vec<&str> = exec.split_whitespace().collect();
                if let Some(at) = words.iter().position(|w| *w == "INCLUDE")
                    && let Some(m) = words.get(at + 1)
                {
                    copy(m, out);
                }
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
}

/// Runs cobc on every COBOL program of the model (`root` is the indexed folder) and scores our
/// sizes against its listing.
pub fn check(model: &Model, root: &Path) -> OracleReport {
    let records = all_records(model, &LayoutOptions::gnucobol());
    let mut report = OracleReport::default();
    // Copybook folders, and member names, for -I and EXEC SQL INCLUDE.
    let mut includes: Vec<PathBuf> = Vec::new();
    let mut members: HashMap<String, PathBuf> = HashMap::new();
    for f in &model.files {
        if f.kind == FileKind::CobolCopybook {
            let path = root.join(&f.path);
            if let Some(dir) = path.parent()
                && !includes.iter().any(|d| d == dir)
            {
                includes.push(dir.to_path_buf());
            }
            if let Some(stem) = path.file_stem() {
                members
                    .entry(stem.to_string_lossy().to_ascii_uppercase())
                    .or_insert(path.clone());
            }
        }
    }
    includes.sort();
    // Records by the file of their program.
    let mut by_file: HashMap<crate::model::FileId, Vec<&RecordLayout>> = HashMap::new();
    for r in &records {
        let owner = model.symbol(r.symbol).parent;
        let program = owner.map(|o| model.symbol(o));
        if let Some(p) = program.filter(|p| p.kind == SymbolKind::Program)
            && let Some(file) = p.file()
        {
            by_file.entry(file).or_default().push(r);
        }
    }
    for file in &model.files {
        if file.kind != FileKind::CobolProgram {
            continue;
        }
        let Some(ours) = by_file.get(&file.id) else {
            continue;
        };
        let path = root.join(&file.path);
        let listed = run_cobc(&path, &includes, false)
            .map(|l| (l, false))
            .or_else(|first| {
                run_cobc(&path, &includes, true)
                    .map(|l| (l, false))
                    .map_err(|_| first)
            })
            .or_else(|first| {
                let text = std::fs::read(&path).map_err(|e| e.to_string())?;
                let text = String::from_utf8_lossy(&text);
                let member = |name: &str| {
                    let path = members.get(&name.to_ascii_uppercase())?;
                    let bytes = std::fs::read(path).ok()?;
                    Some(String::from_utf8_lossy(&bytes).into_owned())
                };
                let data = data_division_only(&text, &member);
                let temp = std::env::temp_dir().join(format!(
                    "legacylens-dd-{}-{}.cbl",
                    std::process::id(),
                    RUN.fetch_add(1, Ordering::Relaxed)
                ));
                std::fs::write(&temp, data).map_err(|e| e.to_string())?;
                let result = run_cobc(&temp, &includes, false);
                if std::env::var_os("LEGACYLENS_KEEP_ORACLE_FILES").is_none() {
                    let _ = std::fs::remove_file(&temp);
                }
                result
                    .map(|l| (l, true))
                    .map_err(|second| format!("{first}; DATA DIVISION alone: {second}"))
            });
        match listed {
            Ok((listed, data_only)) => {
                report.programs.push(file.path.clone());
                if data_only {
                    report.data_division_only.push(file.path.clone());
                }
                compare(&file.path, &our_items(ours), &listed, &mut report);
            }
            Err(message) => report.skipped.push((file.path.clone(), message)),
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_division_only_keeps_data_and_drops_exec() {
        let program = "\
000100 CBL APOST,RENT                                                   X
       IDENTIFICATION DIVISION.
       PROGRAM-ID. P.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
           EXEC SQL INCLUDE SQLCA END-EXEC.
           EXEC SQL INCLUDE DCLT END-EXEC.
       COPY DFHAID.
000100 ++INCLUDE REC
       01 A PIC X.
       PROCEDURE DIVISION.
           EXEC CICS RETURN END-EXEC.
";
        let member = |name: &str| {
            match name {
            "DCLT" => Some(
                "           EXEC SQL DECLARE T TABLE (C INT) END-EXEC.\n       01 DCLT.\n           05 C PIC S9(9) COMP.\n"
                    .to_string(),
            ),
            "REC" => Some("       01 R PIC X.\n".to_string()),
            _ => None,
        }
        };
        let out = data_division_only(program, &member);
        assert!(!out.contains("CBL"), "{out}");
        assert!(!out.contains("EXEC"), "{out}");
        assert!(!out.contains("DFHAID"), "{out}");
        assert!(out.contains("       01 DCLT.\n"), "{out}");
        assert!(out.contains("COPY REC."), "{out}");
        assert!(
            out.ends_with("       PROCEDURE DIVISION.\n           GOBACK.\n"),
            "{out}"
        );
        // Multibyte text where a sequence number would be never panics.
        let _ = data_division_only("é€xyz\n€€€€€€€€\n", &member);
    }

    #[test]
    fn listing_lines_are_read() {
        let text = "SIZE  TYPE           LVL  NAME                           PICTURE\n\n00057 GROUP          01   A\n00003 ALPHANUMERIC   05   B                              X(3)\n      CONDITIONAL    88   B-ON\n00006 ALPHANUMERIC   66   K, REDEFINES B\n";
        let items = parse_listing(text);
        assert_eq!(items.len(), 3);
        assert_eq!(
            items[2],
            ListedItem {
                level: 66,
                name: "K".into(),
                size: 6
            }
        );
    }
}
