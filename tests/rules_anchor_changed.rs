//! Anchors survive edits inside them: the sample is copied, mined into an annotation file
//! through the CLI, and then 50 anchored sites are edited (one token each), deleted, or a
//! paragraph they perform is renamed; `rules check` must tell changed, orphaned and moved apart.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_legacylens"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A copy of the sample estate and the candidates mined from it (`rules mine -o`).
fn mined() -> (tempfile::TempDir, PathBuf, Value) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("benefits");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos/benefits"),
        &root,
    );
    let ann = dir.path().join("mined.json");
    let out = bin()
        .args(["rules", "mine"])
        .arg(&root)
        .arg("-o")
        .arg(&ann)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file: Value = serde_json::from_str(&fs::read_to_string(&ann).unwrap()).unwrap();
    (dir, root, file)
}

/// `rules check` on `ann`: (exit code, state by rule id, the place column by rule id).
fn check(root: &Path, ann: &Path) -> (i32, BTreeMap<String, String>, BTreeMap<String, String>) {
    let out = bin()
        .args(["rules", "check", "--strict"])
        .arg(root)
        .arg("--annotations")
        .arg(ann)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut states = BTreeMap::new();
    let mut places = BTreeMap::new();
    for line in stdout.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        states.insert(cols[0].to_string(), cols[1].to_string());
        places.insert(cols[0].to_string(), cols.get(4).unwrap_or(&"").to_string());
    }
    (out.status.code().unwrap_or(-1), states, places)
}

const JAVA_KEYWORDS: &[&str] = &[
    "if",
    "else",
    "null",
    "true",
    "false",
    "this",
    "super",
    "return",
    "throw",
    "throws",
    "new",
    "for",
    "while",
    "instanceof",
    "final",
    "int",
    "long",
    "boolean",
    "char",
    "double",
    "void",
    "try",
    "catch",
    "finally",
    "switch",
    "case",
    "default",
    "break",
    "continue",
    "static",
];

/// A token on `line` that can be edited without breaking the program: the byte range of a
/// word inside a hyphenated COBOL name (code area only), or a Java identifier.
fn editable(line: &str, cobol: bool) -> Option<std::ops::Range<usize>> {
    if cobol {
        if line.len() < 8 || matches!(line.as_bytes()[6], b'*' | b'/') {
            return None;
        }
        let area = &line[..line.len().min(72)];
        let mut at = 7;
        for word in area[7..].split(' ') {
            let start = at;
            at += word.len() + 1;
            let w = word.trim_end_matches(['.', ',']);
            if !w.contains('-') || w.starts_with("END-") || w.starts_with('\'') {
                continue;
            }
            // The last part of the hyphenated name.
            let last = w.rsplit('-').next()?;
            if last.len() >= 2 && last.chars().all(|c| c.is_ascii_alphanumeric()) {
                let end = start + w.len();
                return Some(end - last.len()..end);
            }
        }
        None
    } else {
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_lowercase() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let w = &line[start..i];
                let call_or_field = bytes.get(start.wrapping_sub(1)) != Some(&b'"');
                if w.len() >= 3 && !JAVA_KEYWORDS.contains(&w) && call_or_field {
                    return Some(start..i);
                }
            } else {
                i += 1;
            }
        }
        None
    }
}

/// The same token with its last character changed (same length, so fixed-format columns stay).
fn edit_token(tok: &str) -> String {
    let mut chars: Vec<char> = tok.chars().collect();
    let last = chars.last_mut().unwrap();
    *last = match *last {
        '9' => '8',
        c if c.is_ascii_digit() => (c as u8 + 1) as char,
        'Z' => 'Y',
        'z' => 'y',
        c => (c as u8 + 1) as char,
    };
    chars.into_iter().collect()
}

/// One chosen anchored site: rule id, file, its first and last quoted line, the edited line.
struct Site {
    id: String,
    path: String,
    first: usize,
    last: usize,
    edit_line: usize,
    range: std::ops::Range<usize>,
}

/// 50 sites from distinct rules, in COBOL and Java, whose quotes (with their context) do not
/// overlap, each with a token that can be edited; and the annotation file of those rules (one
/// anchor each).
fn choose_sites(root: &Path, file: &Value) -> (Vec<Site>, Value) {
    let mut sites: Vec<Site> = Vec::new();
    let mut rules = Vec::new();
    let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for rule in file["rules"].as_array().unwrap() {
        if sites.len() == 50 {
            break;
        }
        let Some(a) = rule["anchors"].as_array().and_then(|a| a.first()) else {
            continue;
        };
        let path = a["path"].as_str().unwrap().to_string();
        let cobol = !path.ends_with(".java");
        let first = a["line_hint"].as_u64().unwrap() as usize;
        let n = a["quote"].as_str().unwrap().lines().count().max(1);
        let last = first + n - 1;
        if n < 2
            || sites
                .iter()
                .any(|s| s.path == path && first <= s.last + 3 && s.first <= last + 3)
        {
            continue;
        }
        let lines = texts.entry(path.clone()).or_insert_with(|| {
            fs::read_to_string(root.join(&path))
                .unwrap()
                .lines()
                .map(str::to_string)
                .collect()
        });
        // An editable token, looking from the middle of the quote outwards.
        let mid = first + (n - 1) / 2;
        let found = (0..n).find_map(|d| {
            let l = if d % 2 == 0 {
                mid + d / 2
            } else {
                mid.checked_sub(d / 2 + 1)?
            };
            if l < first || l > last {
                return None;
            }
            editable(&lines[l - 1], cobol).map(|r| (l, r))
        });
        let Some((edit_line, range)) = found else {
            continue;
        };
        let mut one = rule.clone();
        one["anchors"] = Value::Array(vec![a.clone()]);
        rules.push(one);
        sites.push(Site {
            id: rule["id"].as_str().unwrap().to_string(),
            path,
            first,
            last,
            edit_line,
            range,
        });
    }
    assert_eq!(sites.len(), 50, "the sample has 50 separate anchored sites");
    let mut chosen = file.clone();
    chosen["rules"] = Value::Array(rules);
    (sites, chosen)
}

/// Applies `f` to the lines of every file holding a site.
fn rewrite(root: &Path, sites: &[Site], f: impl Fn(&Site, &mut Vec<Option<String>>)) {
    let mut by_file: BTreeMap<&str, Vec<&Site>> = BTreeMap::new();
    for s in sites {
        by_file.entry(&s.path).or_default().push(s);
    }
    for (path, sites) in by_file {
        let full = root.join(path);
        let text = fs::read_to_string(&full).unwrap();
        let mut lines: Vec<Option<String>> = text.lines().map(|l| Some(l.to_string())).collect();
        for s in sites {
            f(s, &mut lines);
        }
        let mut out = lines.into_iter().flatten().collect::<Vec<_>>().join("\n");
        out.push('\n');
        fs::write(&full, out).unwrap();
    }
}

#[test]
fn fifty_edited_sites_are_changed_and_deleted_ones_orphaned() {
    let (dir, root, file) = mined();
    let (sites, chosen) = choose_sites(&root, &file);
    let ann = dir.path().join("chosen.json");
    fs::write(&ann, serde_json::to_string_pretty(&chosen).unwrap()).unwrap();

    // Before any edit every chosen anchor is anchored and --strict passes.
    let (code, states, _) = check(&root, &ann);
    assert_eq!(code, 0);
    assert_eq!(states.len(), 50);
    assert!(states.values().all(|s| s == "anchored"), "{states:?}");

    // One token edited inside each site.
    let original = dir.path().join("original");
    copy_dir(&root, &original);
    rewrite(&root, &sites, |s, lines| {
        let line = lines[s.edit_line - 1].as_mut().unwrap();
        let new = edit_token(&line[s.range.clone()]);
        line.replace_range(s.range.clone(), &new);
    });
    let (code, states, places) = check(&root, &ann);
    let wrong: Vec<_> = states.iter().filter(|(_, s)| *s != "changed").collect();
    assert!(wrong.is_empty(), "not changed: {wrong:?}");
    assert_eq!(code, 1, "--strict fails on changed anchors");
    for s in &sites {
        let place = &places[&s.id];
        assert!(
            place.contains("[-") && place.contains("{+"),
            "{}: the word diff is printed: {place}",
            s.id
        );
    }

    // The quoted code deleted: orphaned, never changed.
    fs::remove_dir_all(&root).unwrap();
    copy_dir(&original, &root);
    rewrite(&root, &sites, |s, lines| {
        for l in s.first..=s.last {
            lines[l - 1] = None;
        }
    });
    let (code, states, places) = check(&root, &ann);
    let quotes: BTreeMap<String, String> = chosen["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let q = r["anchors"][0]["quote"].as_str().unwrap();
            (r["id"].as_str().unwrap().to_string(), q.to_string())
        })
        .collect();
    let mut orphaned = 0;
    for s in &sites {
        match states[&s.id].as_str() {
            "orphaned" => orphaned += 1,
            // The same code, word for word, is elsewhere (a repeated check): moved is right.
            "moved" => {
                let place = &places[&s.id];
                let (path, line) = place.rsplit_once(' ').unwrap().1.rsplit_once(':').unwrap();
                let line: usize = line.parse().unwrap();
                let quote = &quotes[&s.id];
                let text = fs::read_to_string(root.join(path)).unwrap();
                let found: Vec<&str> = text
                    .lines()
                    .skip(line - 1)
                    .take(quote.lines().count())
                    .collect();
                let cobol = !path.ends_with(".java");
                assert_eq!(
                    squeeze(&found.join("\n"), cobol),
                    squeeze(quote, cobol),
                    "{} moved to {place}",
                    s.id
                );
            }
            other => panic!("{}: deleted code is {other}", s.id),
        }
    }
    assert!(orphaned >= 40, "{orphaned} of 50 orphaned");
    assert_eq!(code, 1);
}

/// Text without blanks (COBOL: code area only), for comparing quotes.
fn squeeze(text: &str, cobol: bool) -> String {
    text.lines()
        .map(|l| {
            if cobol && l.len() > 6 {
                l.chars().take(72).skip(6).collect::<String>()
            } else {
                l.to_string()
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect()
}

/// The real-code pattern: a paragraph is renamed (header and PERFORMs). The rules inside it
/// are moved (same code, other symbol); the rules whose quoted code PERFORMs it are changed.
#[test]
fn renaming_a_paragraph_moves_its_rules_and_changes_the_performing_ones() {
    let (dir, root, file) = mined();
    let rules = file["rules"].as_array().unwrap();
    let anchors: Vec<(&Value, &Value)> = rules
        .iter()
        .flat_map(|r| r["anchors"].as_array().unwrap().iter().map(move |a| (r, a)))
        .collect();
    // A paragraph that holds anchored rules and is performed from another anchored quote.
    let (program, para, path) = anchors
        .iter()
        .filter_map(|(_, a)| {
            let path = a["path"].as_str()?;
            if path.ends_with(".java") {
                return None;
            }
            let (prog, para) = a["symbol"].as_str()?.split_once('.')?;
            let performed = anchors.iter().any(|(_, b)| {
                b["path"].as_str() == Some(path)
                    && b["symbol"].as_str() != a["symbol"].as_str()
                    && b["quote"]
                        .as_str()
                        .unwrap()
                        .contains(&format!("PERFORM {para}"))
            });
            performed.then(|| (prog.to_string(), para.to_string(), path.to_string()))
        })
        .next()
        .expect("a performed paragraph with rules in the sample");
    let symbol = format!("{program}.{para}");
    let inside: Vec<String> = anchors
        .iter()
        .filter(|(_, a)| a["symbol"].as_str() == Some(&symbol))
        .map(|(r, _)| r["id"].as_str().unwrap().to_string())
        .collect();
    let performing: Vec<String> = anchors
        .iter()
        .filter(|(_, a)| {
            a["path"].as_str() == Some(&path)
                && a["symbol"].as_str() != Some(&symbol)
                && a["quote"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("PERFORM {para}"))
        })
        .map(|(r, _)| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!inside.is_empty() && !performing.is_empty());
    let ann = dir.path().join("all.json");
    fs::write(&ann, serde_json::to_string(&file).unwrap()).unwrap();

    // Same length, so fixed-format columns stay where they were.
    let renamed = edit_token(&para);
    let full = root.join(&path);
    let text = fs::read_to_string(&full).unwrap();
    let edited = text.replace(&para, &renamed);
    assert_ne!(edited, text);
    fs::write(&full, edited).unwrap();

    let (code, states, _) = check(&root, &ann);
    assert_eq!(code, 1);
    for id in &inside {
        // A rule inside the paragraph that also performs it (recursion) would be changed.
        assert_eq!(states[id], "moved", "{id} inside {symbol}");
    }
    for id in &performing {
        if inside.contains(id) {
            continue;
        }
        assert_eq!(states[id], "changed", "{id} performs {symbol}");
    }
    let orphaned: Vec<_> = states.iter().filter(|(_, s)| *s == "orphaned").collect();
    assert!(orphaned.is_empty(), "{orphaned:?}");
}
