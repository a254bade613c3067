//! GnuCOBOL as an oracle for the COBOL front end.
//!
//! 1. Every batch program of the sample without EXEC blocks compiles with
//!    `cobc -fsyntax-only -std=ibm`
//!    (IBM dialect; the sample is real COBOL, not just text our grammar likes).
//! 2. For those programs, the data items (level, name, PIC) and paragraph/section names that
//!    `legacylens symbols` reports agree with cobc's own symbol listing (`-t -ftsymbols`) on at
//!    least 99.5 % of entries.
//! 3. Every program of the conformance folder (`tests/conformance/cobol`, one small program per
//!    COBOL-85 / IBM / Micro Focus construct) parses without error nodes, and its symbols agree
//!    exactly with cobc's; a program cobc does not accept (communication section, EXEC DLI, JSON
//!    PARSE …) has a `NAME.expected` file of hand-written symbols instead.
//!
//! Needs GnuCOBOL (`cobc`; Debian package `gnucobol`), which CI installs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const SAMPLE_COBOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos/benefits/cobol");
const CONFORMANCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance/cobol");

/// Batch programs of the sample: COBOL programs with no EXEC SQL/CICS/DLI block.
fn batch_programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(Path::new(SAMPLE_COBOL).join("cbl")).unwrap() {
        let path = entry.unwrap().path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_ascii_uppercase();
        let has_exec = text.lines().any(|l| {
            l.get(6..7) != Some("*") && l.contains("EXEC ") && !l.trim_start().starts_with("*>")
        });
        if !has_exec && (text.contains("PROGRAM-ID")) {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn cobc_listing(program: &Path, listing: &Path, copybooks: &Path) -> Result<String, String> {
    // cobc 3.1 in the IBM dialect does not act on a leading `>>SOURCE FORMAT FREE`.
    let text = String::from_utf8_lossy(&std::fs::read(program).unwrap()).to_ascii_uppercase();
    let free = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.contains(">>SOURCE") && l.contains("FREE"));
    let out = Command::new("cobc")
        .args(["-fsyntax-only", "-std=ibm", "-ftsymbols", "-Xref"])
        .args(if free { &["-free"][..] } else { &[][..] })
        .arg("-I")
        .arg(copybooks)
        .arg("-t")
        .arg(listing)
        .arg(program)
        .output()
        .map_err(|e| format!("cannot run cobc ({e}); install GnuCOBOL (Debian: gnucobol)"))?;
    if !out.status.success() {
        return Err(format!(
            "cobc rejects {}:\n{}{}",
            program.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    std::fs::read_to_string(listing).map_err(|e| e.to_string())
}

/// Data items as (level, NAME, PICTURE) with their counts.
type Items = BTreeMap<(u8, String, String), usize>;

/// Data items and procedure names from a cobc listing.
fn parse_listing(listing: &str) -> (Items, BTreeSet<String>) {
    let mut items = BTreeMap::new();
    let mut labels = BTreeSet::new();
    let mut columns: Option<(usize, usize, usize)> = None;
    let mut in_labels = false;
    for line in listing.lines() {
        if line.starts_with("GnuCOBOL ") {
            columns = None;
            in_labels = false;
            continue;
        }
        if line.starts_with("SIZE  TYPE") {
            let lvl = line.find("LVL").unwrap();
            let name = line.find("NAME").unwrap();
            let pic = line.find("PICTURE").unwrap_or(line.len());
            columns = Some((lvl, name, pic));
            continue;
        }
        if line.starts_with("LABEL ") {
            in_labels = true;
            continue;
        }
        if in_labels {
            let mut words = line.split_whitespace();
            // `L$0` and `EXIT SECTION 3` (the end of a declarative section) are cobc's own
            // labels.
            if let (Some(kind), Some(name)) = (words.next(), words.next())
                && matches!(kind, "P" | "S")
                && !name.contains('$')
                && !(name == "EXIT" && words.next() == Some("SECTION"))
            {
                labels.insert(name.to_ascii_uppercase());
            }
            continue;
        }
        if let Some((lvl, name, pic)) = columns {
            if line.trim().is_empty() || line.trim_start().ends_with("SECTION") {
                continue;
            }
            let level = line.get(lvl..name).unwrap_or("").trim();
            let Ok(level) = level.parse::<u8>() else {
                continue;
            };
            // `NAME, REDEFINES OTHER` may run into the PICTURE column; the name ends at ','.
            let item_name = line
                .get(name..)
                .unwrap_or("")
                .split([',', ' '])
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_uppercase();
            // `X(40), OCCURS 4`: the picture is the first word when there is one; a REDEFINES
            // spilling over from the NAME column means there is none.
            let spilled = line
                .get(name..pic.min(line.len()))
                .unwrap_or("")
                .contains(',');
            let picture = line
                .get(pic..)
                .unwrap_or("")
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(',')
                .to_ascii_uppercase();
            let picture = if spilled || matches!(picture.as_str(), "OCCURS" | "REDEFINES" | "VALUE")
            {
                String::new()
            } else {
                picture
            };
            // DEBUG-ITEM and its fields are the special register cobc adds for
            // `WITH DEBUGGING MODE`; they are not in the source.
            let special = matches!(
                item_name.as_str(),
                "DEBUG-ITEM" | "DEBUG-LINE" | "DEBUG-NAME" | "DEBUG-CONTENTS"
            ) || item_name.starts_with("DEBUG-SUB-");
            if item_name.is_empty() || item_name == "FILLER" || special {
                continue;
            }
            *items.entry((level, item_name, picture)).or_insert(0) += 1;
        }
    }
    (items, labels)
}

/// legacylens's view: per program, data items (level, NAME, PIC) and procedure names; and the
/// programs each file defines (nested programs included).
type Ours = BTreeMap<String, (Items, BTreeSet<String>)>;

fn programs_by_file(dir: &str) -> BTreeMap<String, Vec<String>> {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["symbols", dir, "--format", "tsv"])
        .output()
        .unwrap();
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols[0] == "program" {
            map.entry(cols[2].to_string())
                .or_default()
                .push(cols[1].to_string());
        }
    }
    map
}

fn legacylens_symbols(dir: &str) -> Ours {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["symbols", dir, "--format", "tsv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut ours: Ours = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let (kind, qualified, detail) = (cols[0], cols[1], cols.get(4).copied().unwrap_or(""));
        let Some((program, rest)) = qualified.split_once('.') else {
            continue;
        };
        let entry = ours.entry(program.to_string()).or_default();
        match kind {
            "data-item" | "condition-name" => {
                let name = rest.rsplit('.').next().unwrap_or(rest).to_string();
                if name.starts_with("FILLER") {
                    continue;
                }
                let mut words = detail.split_whitespace();
                let level: u8 = words.next().and_then(|l| l.parse().ok()).unwrap_or(0);
                let pic = detail
                    .split_whitespace()
                    .skip_while(|w| *w != "PIC")
                    .nth(1)
                    .unwrap_or("")
                    .to_string();
                *entry.0.entry((level, name, pic)).or_insert(0) += 1;
            }
            "paragraph" | "section" => {
                entry
                    .1
                    .insert(rest.rsplit('.').next().unwrap_or(rest).to_string());
            }
            _ => {}
        }
    }
    ours
}

fn program_id(path: &Path) -> String {
    let text = std::fs::read_to_string(path)
        .unwrap_or_default()
        .to_ascii_uppercase();
    let after = text.split("PROGRAM-ID").nth(1).unwrap_or("");
    after
        .trim_start_matches(['.', ' '])
        .split(|c: char| c == '.' || c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_matches(['\'', '"'])
        .to_string()
}

#[test]
fn batch_programs_compile_and_symbols_agree_with_gnucobol() {
    let programs = batch_programs();
    assert!(programs.len() >= 8, "batch programs found: {programs:?}");
    let dir = tempfile::tempdir().unwrap();
    let ours = legacylens_symbols(SAMPLE_COBOL);
    let file_programs = programs_by_file(SAMPLE_COBOL);
    let (mut agree, mut total) = (0usize, 0usize);
    let mut differences = Vec::new();
    for program in &programs {
        let listing = dir.path().join("listing.lst");
        let copybooks = Path::new(SAMPLE_COBOL).join("cpy");
        let text = cobc_listing(program, &listing, &copybooks).unwrap_or_else(|e| panic!("{e}"));
        let (cobc_items, cobc_labels) = parse_listing(&text);
        let id = program_id(program);
        let relative = program
            .strip_prefix(SAMPLE_COBOL)
            .unwrap()
            .to_string_lossy()
            .trim_start_matches('/')
            .to_string();
        let mut our_items = Items::new();
        let mut our_labels = BTreeSet::new();
        for p in file_programs
            .get(&relative)
            .cloned()
            .unwrap_or_else(|| vec![id.clone()])
        {
            if let Some((items, labels)) = ours.get(&p) {
                for (k, n) in items {
                    *our_items.entry(k.clone()).or_insert(0) += n;
                }
                our_labels.extend(labels.iter().cloned());
            }
        }
        for (key, n) in &cobc_items {
            let ours_n = our_items.get(key).copied().unwrap_or(0);
            agree += ours_n.min(*n);
            total += n;
            if ours_n != *n {
                differences.push(format!("{id}: cobc {key:?} x{n}, legacylens x{ours_n}"));
            }
        }
        for (key, n) in &our_items {
            if !cobc_items.contains_key(key) {
                total += n;
                differences.push(format!("{id}: legacylens only {key:?} x{n}"));
            }
        }
        for label in cobc_labels.union(&our_labels) {
            total += 1;
            if cobc_labels.contains(label) && our_labels.contains(label) {
                agree += 1;
            } else {
                differences.push(format!(
                    "{id}: label {label} cobc={} legacylens={}",
                    cobc_labels.contains(label),
                    our_labels.contains(label)
                ));
            }
        }
    }
    let rate = agree as f64 / total.max(1) as f64;
    println!(
        "GnuCOBOL agreement over {} programs: {agree}/{total} = {:.2} %",
        programs.len(),
        rate * 100.0
    );
    for d in differences.iter().take(40) {
        println!("  {d}");
    }
    assert!(total > 300, "too few symbols compared: {total}");
    assert!(
        rate >= 0.995,
        "agreement {:.2} % below 99.5 %",
        rate * 100.0
    );
}

/// Whether `legacylens parse` finds no error and no missing node in a file.
fn parses_cleanly(program: &Path) -> bool {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .arg("parse")
        .arg(program)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("errors: 0 error nodes, 0 missing nodes"))
}

/// Our symbols of one file as `kind qualified-name` lines (copybooks and datasets left out:
/// they are project-wide), sorted.
fn symbol_lines(dir: &str, file: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["symbols", dir, "--format", "tsv"])
        .output()
        .unwrap();
    let mut lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|c| c.get(2) == Some(&file))
        .map(|c| format!("{} {}", c[0], c[1]))
        .collect();
    lines.sort();
    lines
}

#[test]
fn conformance_programs_parse_cleanly_and_symbols_agree_with_gnucobol_or_expectations() {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(CONFORMANCE)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cbl"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 20, "conformance programs: {programs:?}");
    let dir = tempfile::tempdir().unwrap();
    let ours = legacylens_symbols(CONFORMANCE);
    let file_programs = programs_by_file(CONFORMANCE);
    let mut unclean = Vec::new();
    let mut differences = Vec::new();
    let (mut by_cobc, mut by_hand) = (0, 0);
    for program in &programs {
        let file = program.file_name().unwrap().to_string_lossy().into_owned();
        if !parses_cleanly(program) {
            unclean.push(file.clone());
        }
        let expected = program.with_extension("expected");
        if expected.exists() {
            // GnuCOBOL does not accept the construct: hand-written symbols instead.
            by_hand += 1;
            let mut want: Vec<String> = std::fs::read_to_string(&expected)
                .unwrap()
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            want.sort();
            let got = symbol_lines(CONFORMANCE, &file);
            if got != want {
                differences.push(format!("{file}: expected {want:#?}\n  legacylens {got:#?}"));
            }
            continue;
        }
        by_cobc += 1;
        let listing = dir.path().join("listing.lst");
        let text = cobc_listing(program, &listing, Path::new(CONFORMANCE)).unwrap_or_else(|e| {
            panic!("{e}\n(add {file}'s .expected file if cobc cannot accept it)")
        });
        let (cobc_items, cobc_labels) = parse_listing(&text);
        let mut our_items = Items::new();
        let mut our_labels = BTreeSet::new();
        for p in file_programs.get(&file).cloned().unwrap_or_default() {
            if let Some((items, labels)) = ours.get(&p) {
                // Level-78 constants are names, not storage: cobc's field table leaves them
                // out, we keep them as data items.
                for (k, n) in items.iter().filter(|((level, _, _), _)| *level != 78) {
                    *our_items.entry(k.clone()).or_insert(0) += n;
                }
                our_labels.extend(labels.iter().cloned());
            }
        }
        if cobc_items != our_items || cobc_labels != our_labels {
            differences.push(format!(
                "{file}: cobc {cobc_items:?} {cobc_labels:?}\n  legacylens {our_items:?} {our_labels:?}"
            ));
        }
    }
    println!(
        "conformance programs parsing cleanly: {}/{} ({by_cobc} compared with cobc, {by_hand} with \
         hand-written expectations)",
        programs.len() - unclean.len(),
        programs.len()
    );
    assert!(unclean.is_empty(), "not parsed cleanly: {unclean:?}");
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
