//! Scores mined candidates against an expected-rules file (`docs/expected-rules.md`): recall
//! within the top N and overall, precision within the top N, and the rank at which each
//! expected rule is first found. This is how rule discovery is measured, on the sample and
//! on held-out code.

use serde::Serialize;

use super::mine::Candidate;

/// One rule an analyst documented: where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpectedRule {
    pub id: String,
    /// Relative to the scored project folder, `/`-separated.
    pub file: String,
    pub first_line: u32,
    pub last_line: u32,
    pub class: String,
    pub rule: String,
    pub tags: Vec<String>,
}

/// A problem in an expected-rules file, with the line it is on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ExpectedRulesError {
    pub line: usize,
    pub message: String,
}

/// Splits a Markdown table row into trimmed cells (`\|` is a literal bar).
fn cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if !t.starts_with('|') {
        return None;
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = t[1..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '|' => out.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    Some(out)
}

fn is_separator(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}

fn parse_lines(text: &str) -> Option<(u32, u32)> {
    let t = text.trim().trim_matches('`');
    let (a, b) = match t.split_once(['-', '–']) {
        Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
        None => {
            let n = t.parse().ok()?;
            (n, n)
        }
    };
    (a >= 1 && a <= b).then_some((a, b))
}

/// Reads the rules of an expected-rules file: the rows of every table whose header names the
/// columns `id`, `file`, `lines`, `class` and `rule`.
pub fn parse_expected(text: &str) -> Result<Vec<ExpectedRule>, ExpectedRulesError> {
    let mut out: Vec<ExpectedRule> = Vec::new();
    let mut header: Option<Vec<String>> = None;
    let mut in_table = false;
    let mut seen = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let Some(row) = cells(line) else {
            header = None;
            in_table = false;
            continue;
        };
        if is_separator(&row) {
            continue;
        }
        if !in_table {
            in_table = true;
            let names: Vec<String> = row.iter().map(|c| c.to_ascii_lowercase()).collect();
            let wanted = ["id", "file", "lines", "class", "rule"];
            header = wanted
                .iter()
                .all(|w| names.iter().any(|n| n == w))
                .then_some(names);
            continue;
        }
        let Some(names) = &header else { continue };
        let col = |name: &str| -> String {
            names
                .iter()
                .position(|n| n == name)
                .and_then(|k| row.get(k))
                .map(|s| s.trim_matches('`').to_string())
                .unwrap_or_default()
        };
        let err = |message: String| ExpectedRulesError {
            line: line_no,
            message,
        };
        let id = col("id");
        if id.is_empty() {
            return Err(err("a rule without an id".into()));
        }
        if !seen.insert(id.clone()) {
            return Err(err(format!("rule id {id} is used twice")));
        }
        let file = col("file").replace('\\', "/");
        if file.is_empty() {
            return Err(err(format!("rule {id} names no file")));
        }
        let (first_line, last_line) = parse_lines(&col("lines")).ok_or_else(|| {
            err(format!(
                "rule {id}: lines `{}` is not `N` or `N-M` with N <= M",
                col("lines")
            ))
        })?;
        let tags = col("tags")
            .split(',')
            .map(|t| t.trim().trim_matches('`').to_string())
            .filter(|t| !t.is_empty())
            .collect();
        out.push(ExpectedRule {
            id,
            file,
            first_line,
            last_line,
            class: col("class"),
            rule: col("rule"),
            tags,
        });
    }
    Ok(out)
}

/// The file and line range a candidate claims: its first anchor's quote.
pub fn candidate_lines(c: &Candidate) -> Option<(&str, u32, u32)> {
    let a = c.rule.anchors.first()?;
    let lines = a.quote.lines().count().max(1) as u32;
    Some((a.path.as_str(), a.line_hint, a.line_hint + lines - 1))
}

fn matches(c: &Candidate, e: &ExpectedRule) -> bool {
    candidate_lines(c)
        .is_some_and(|(path, a, b)| path == e.file && a <= e.last_line && e.first_line <= b)
}

/// Where one expected rule was found.
#[derive(Debug, Clone, Serialize)]
pub struct ExpectedRank {
    pub id: String,
    pub file: String,
    pub lines: String,
    pub class: String,
    pub rule: String,
    /// 1-based rank of the first matching candidate, if any.
    pub rank: Option<usize>,
    /// That candidate's id and name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<String>,
}

/// The score of a candidate list against an expected-rules file.
///
/// Recall is measured on the *key* rules (rows tagged `key`: the rules an analyst documents
/// first), or on every row when none is tagged; precision counts a candidate as right when it
/// matches any row, key or not (a real rule is never a false positive).
#[derive(Debug, Clone, Serialize)]
pub struct ScoreReport {
    pub top: usize,
    /// Rules recall is measured on (the key rules, else all).
    pub expected: usize,
    /// Every rule of the file (key or not).
    pub expected_all: usize,
    /// Rules of the whole file matched by any candidate, and their share.
    pub found_all: usize,
    pub recall_all: f64,
    pub candidates: usize,
    /// Expected rules matched within the top N, and their share.
    pub found_in_top: usize,
    pub recall_at_top: f64,
    /// Expected rules matched by any candidate, and their share.
    pub found: usize,
    pub recall: f64,
    /// Top-N candidates that match some expected rule, and their share of the top N.
    pub matching_in_top: usize,
    pub precision_at_top: f64,
    pub ranks: Vec<ExpectedRank>,
    /// Top-N candidates that match no expected rule: rank, id, name, place.
    pub unmatched_in_top: Vec<String>,
}

fn share(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        (n as f64 / of as f64 * 1000.0).round() / 1000.0
    }
}

/// Scores `cands` (in the miner's order) against `expected`, looking at the top `top`.
pub fn score(cands: &[Candidate], all: &[ExpectedRule], top: usize) -> ScoreReport {
    let top_n = top.min(cands.len());
    let keyed: Vec<ExpectedRule> = all
        .iter()
        .filter(|e| e.tags.iter().any(|t| t == "key"))
        .cloned()
        .collect();
    let expected: &[ExpectedRule] = if keyed.is_empty() { all } else { &keyed };
    let found_all = all
        .iter()
        .filter(|e| cands.iter().any(|c| matches(c, e)))
        .count();
    let mut ranks = Vec::new();
    let (mut found, mut found_in_top) = (0, 0);
    for e in expected {
        let hit = cands.iter().position(|c| matches(c, e));
        if let Some(k) = hit {
            found += 1;
            if k < top_n {
                found_in_top += 1;
            }
        }
        ranks.push(ExpectedRank {
            id: e.id.clone(),
            file: e.file.clone(),
            lines: format!("{}-{}", e.first_line, e.last_line),
            class: e.class.clone(),
            rule: e.rule.clone(),
            rank: hit.map(|k| k + 1),
            candidate: hit.map(|k| format!("{} {}", cands[k].rule.id, cands[k].rule.name)),
        });
    }
    let mut matching_in_top = 0;
    let mut unmatched_in_top = Vec::new();
    for (k, c) in cands.iter().take(top_n).enumerate() {
        if all.iter().any(|e| matches(c, e)) {
            matching_in_top += 1;
        } else {
            let place = candidate_lines(c)
                .map(|(p, a, b)| format!("{p}:{a}-{b}"))
                .unwrap_or_default();
            unmatched_in_top.push(format!("{} {} {} ({place})", k + 1, c.rule.id, c.rule.name));
        }
    }
    ScoreReport {
        top,
        expected: expected.len(),
        expected_all: all.len(),
        found_all,
        recall_all: share(found_all, all.len()),
        candidates: cands.len(),
        found_in_top,
        recall_at_top: share(found_in_top, expected.len()),
        found,
        recall: share(found, expected.len()),
        matching_in_top,
        precision_at_top: share(matching_in_top, top_n),
        ranks,
        unmatched_in_top,
    }
}

/// The report as text: the three figures, then every expected rule with its rank.
pub fn to_text(r: &ScoreReport) -> String {
    let pct = |x: f64| format!("{:.1} %", x * 100.0);
    let mut s = format!(
        "expected rules: {} key of {}   candidates: {}\n\
         recall@{top}:    {} ({}/{} key rules)\n\
         recall:       {} ({}/{} key rules; {} ({}/{}) of all rules)\n\
         precision@{top}: {} ({}/{})\n\n",
        r.expected,
        r.expected_all,
        r.candidates,
        pct(r.recall_at_top),
        r.found_in_top,
        r.expected,
        pct(r.recall),
        r.found,
        r.expected,
        pct(r.recall_all),
        r.found_all,
        r.expected_all,
        pct(r.precision_at_top),
        r.matching_in_top,
        r.top.min(r.candidates),
        top = r.top,
    );
    s.push_str("rank  id        file:lines                                  rule\n");
    for e in &r.ranks {
        let rank = e.rank.map_or("-".to_string(), |k| k.to_string());
        s.push_str(&format!(
            "{rank:>4}  {:<9} {:<43} {}\n",
            e.id,
            format!(
                "{}:{}",
                e.file.rsplit('/').next().unwrap_or(&e.file),
                e.lines
            ),
            e.rule
        ));
    }
    if !r.unmatched_in_top.is_empty() {
        s.push_str(&format!(
            "\ntop-{} candidates matching no expected rule ({}):\n",
            r.top,
            r.unmatched_in_top.len()
        ));
        for u in &r.unmatched_in_top {
            s.push_str(&format!("  {u}\n"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# Expected\n\nSome prose | with a bar.\n\n\
| id | file | lines | class | rule | tags |\n\
|---|---|---|---|---|---|\n\
| A-1 | `a/B.cbl` | 10-14 | validation | Over the limit is refused \\| rejected | flag, reason-code |\n\
| A-2 | a/B.cbl | 20 | calculation | Weekly amount | |\n\
\n\
| name | value |\n|---|---|\n| x | y |\n";

    #[test]
    fn reads_rows_of_rule_tables_only() {
        let rules = parse_expected(FILE).unwrap();
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].file, "a/B.cbl");
        assert_eq!((rules[0].first_line, rules[0].last_line), (10, 14));
        assert_eq!(rules[0].rule, "Over the limit is refused | rejected");
        assert_eq!(rules[0].tags, vec!["flag", "reason-code"]);
        assert_eq!((rules[1].first_line, rules[1].last_line), (20, 20));
    }

    #[test]
    fn bad_rows_name_their_line() {
        let bad =
            "| id | file | lines | class | rule |\n|--|--|--|--|--|\n| X | f | 9-3 | v | r |\n";
        let e = parse_expected(bad).unwrap_err();
        assert_eq!(e.line, 3);
        let dup = "| id | file | lines | class | rule |\n|--|--|--|--|--|\n| X | f | 1 | v | r |\n| X | f | 2 | v | r |\n";
        assert!(parse_expected(dup).unwrap_err().message.contains("twice"));
    }
}
