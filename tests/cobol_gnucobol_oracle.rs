//! GnuCOBOL as an oracle for the COBOL front end.
//!
//! 1. Every batch program of the sample without EXEC blocks compiles with `cobc -fsyntax-only`
//!    (the sample is real COBOL, not just text our grammar likes).
//! 2. For those programs, the data items (level, name, PIC) and paragraph/section names that
//!    `legacylens symbols` reports agree with cobc's own symbol listing (`-t -ftsymbols`) on at
//!    least 99.5 % of entries.
//!
//! Needs GnuCOBOL (`cobc`; Debian package `gnucobol`), which CI installs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const SAMPLE_COBOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos/benefits/cobol");

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

fn cobc_listing(program: &Path, listing: &Path) -> Result<String, String> {
    let out = Command::new("cobc")
        .args(["-fsyntax-only", "-ftsymbols", "-I"])
        .arg(Path::new(SAMPLE_COBOL).join("cpy"))
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

/// Data items as (level, NAME, PICTURE) and procedure names from a cobc listing.
fn parse_listing(listing: &str) -> (BTreeMap<(u8, String, String), usize>, BTreeSet<String>) {
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
            if let (Some(kind), Some(name)) = (words.next(), words.next())
                && matches!(kind, "P" | "S")
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
            let item_name = line
                .get(name..pic.min(line.len()))
                .unwrap_or("")
                .trim()
                .to_ascii_uppercase();
            let picture = line
                .get(pic..)
                .unwrap_or("")
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            if item_name.is_empty() || item_name == "FILLER" {
                continue;
            }
            *items.entry((level, item_name, picture)).or_insert(0) += 1;
        }
    }
    (items, labels)
}

/// legacylens's view: per program, data items (level, NAME, PIC) and procedure names.
type Ours = BTreeMap<String, (BTreeMap<(u8, String, String), usize>, BTreeSet<String>)>;

fn legacylens_symbols() -> Ours {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["symbols", SAMPLE_COBOL, "--format", "tsv"])
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
    let ours = legacylens_symbols();
    let (mut agree, mut total) = (0usize, 0usize);
    let mut differences = Vec::new();
    for program in &programs {
        let listing = dir.path().join("listing.lst");
        let text = cobc_listing(program, &listing).unwrap_or_else(|e| panic!("{e}"));
        let (cobc_items, cobc_labels) = parse_listing(&text);
        let id = program_id(program);
        let (our_items, our_labels) = ours.get(&id).cloned().unwrap_or_default();
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
