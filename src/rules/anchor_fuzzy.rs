//! Fuzzy anchor matching: finds where an anchor's quote is now when its code was edited in
//! place (a token renamed, a literal changed, a line added), and the word diff of the old quote
//! against the current code.
//!
//! Text is cut into tokens the way the fingerprint sees it (COBOL: code area only, comment
//! lines left out, letters compared upper-cased): runs of letters and digits, and every other
//! non-blank character on its own (so `WS-AGE` is three tokens and renaming half of a
//! hyphenated name costs only part of it). Similarity is the Dice coefficient over the longest
//! common token subsequence: `2·LCS / (old + new)`. A window of whole lines matches when its
//! similarity is at least [`MIN_SIMILARITY`] and, when the anchor kept context, the lines
//! around the window still look like that context (so code that was deleted next to similar
//! code stays orphaned).

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{SourceFile, Span};

use super::anchor::{NormalStyle, code_columns};

/// Least token similarity (percent) for an edited quote to count as the same code.
pub const MIN_SIMILARITY: u32 = 80;

/// Least similarity (percent) of the context around a fuzzy match to the anchor's context.
const MIN_CONTEXT_SIMILARITY: u32 = 50;

/// How far (lines) from the hint a fuzzy search looks when the anchored symbol is gone,
/// and at most how many lines of a symbol it reads around the hint.
const SEARCH_RADIUS: u32 = 400;

/// Quotes longer than this many tokens are not looked for fuzzily (the cost is quadratic in
/// the quote's length; anchors are statements, not whole programs).
const MAX_QUOTE_TOKENS: usize = 3000;

/// At most this many windows, the best by token counts, get the exact similarity.
const MAX_EXACT_CHECKS: usize = 32;

/// One token: its comparison key and its text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub key: String,
    pub text: String,
}

/// What a run of a word diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiffOp {
    /// In the old quote and in the code now.
    Same,
    /// In the old quote only.
    Removed,
    /// In the code now only.
    Added,
}

/// A run of tokens of one kind, joined by single spaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffPart {
    pub op: DiffOp,
    pub text: String,
}

/// The tokens of one line of `style`.
fn line_tokens(line: &str, style: NormalStyle, out: &mut Vec<Token>) {
    let Some((first, last, upper)) = code_columns(line, style) else {
        return;
    };
    let mut word = String::new();
    let mut op = String::new();
    let flush = |word: &mut String, out: &mut Vec<Token>| {
        if !word.is_empty() {
            let key = if upper {
                word.to_ascii_uppercase()
            } else {
                word.clone()
            };
            out.push(Token {
                key,
                text: std::mem::take(word),
            });
        }
    };
    for (col, c) in line.chars().enumerate() {
        if col < first {
            continue;
        }
        if col >= last {
            break;
        }
        if c.is_alphanumeric() || c == '_' || c == '$' || c == '#' || c == '@' {
            flush(&mut op, out);
            word.push(c);
            continue;
        }
        flush(&mut word, out);
        // Operators written with several characters (`==`, `>=`, `&&`) stay one token.
        if matches!(c, '=' | '<' | '>' | '!' | '&' | '|') {
            op.push(c);
            continue;
        }
        flush(&mut op, out);
        if !c.is_whitespace() {
            let text = c.to_string();
            out.push(Token {
                key: text.clone(),
                text,
            });
        }
    }
    flush(&mut word, out);
    flush(&mut op, out);
}

/// The tokens of `text` (every line), in order.
pub fn tokens(text: &str, style: NormalStyle) -> Vec<Token> {
    let mut out = Vec::new();
    for line in split_lines(text) {
        line_tokens(line, style, &mut out);
    }
    out
}

/// Lines of `text` split at CR LF, LF or lone CR (the line index's rule).
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let s = rest?;
        match s.find(['\n', '\r']) {
            Some(i) => {
                let skip = if s[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&s[i + skip..]);
                Some(&s[..i])
            }
            None => {
                rest = None;
                if s.is_empty() { None } else { Some(s) }
            }
        }
    })
}

/// Length of the longest common subsequence of two key lists (two-row DP).
fn lcs_len(a: &[&str], b: &[&str]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] as usize
}

/// Dice similarity in percent (0–100) of two key lists; two empty lists are 100.
pub fn similarity(a: &[&str], b: &[&str]) -> u32 {
    let total = a.len() + b.len();
    if total == 0 {
        return 100;
    }
    (200 * lcs_len(a, b) / total) as u32
}

/// An upper bound of [`similarity`] from token counts alone (multiset intersection).
fn similarity_bound(a: &HashMap<&str, u32>, a_len: usize, b: &[&str]) -> u32 {
    let total = a_len + b.len();
    if total == 0 {
        return 100;
    }
    let mut left = a.clone();
    let mut common = 0usize;
    for k in b {
        if let Some(n) = left.get_mut(k)
            && *n > 0
        {
            *n -= 1;
            common += 1;
        }
    }
    (200 * common / total) as u32
}

/// The word diff of `old` against `new`: runs of same, removed and added tokens.
pub fn word_diff(old: &[Token], new: &[Token]) -> Vec<DiffPart> {
    let (n, m) = (old.len(), new.len());
    // Full table (quotes are short: a few hundred tokens at most on the fuzzy path).
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[at(i, j)] = if old[i].key == new[j].key {
                t[at(i + 1, j + 1)] + 1
            } else {
                t[at(i + 1, j)].max(t[at(i, j + 1)])
            };
        }
    }
    let mut parts: Vec<DiffPart> = Vec::new();
    let mut push = |op: DiffOp, text: &str| match parts.last_mut() {
        Some(last) if last.op == op => {
            last.text.push(' ');
            last.text.push_str(text);
        }
        _ => parts.push(DiffPart {
            op,
            text: text.to_string(),
        }),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && old[i].key == new[j].key {
            push(DiffOp::Same, &new[j].text);
            i += 1;
            j += 1;
        } else if i < n && (j == m || t[at(i + 1, j)] >= t[at(i, j + 1)]) {
            push(DiffOp::Removed, &old[i].text);
            i += 1;
        } else {
            push(DiffOp::Added, &new[j].text);
            j += 1;
        }
    }
    parts
}

/// The word diff in one line of text: `[-removed-]{+added+}` around the same words.
pub fn diff_text(parts: &[DiffPart]) -> String {
    parts
        .iter()
        .map(|p| match p.op {
            DiffOp::Same => p.text.clone(),
            DiffOp::Removed => format!("[-{}-]", p.text),
            DiffOp::Added => format!("{{+{}+}}", p.text),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fuzzy match: the whole lines now holding the edited code.
#[derive(Debug, Clone)]
pub struct FuzzyMatch {
    pub span: Span,
    /// Token similarity in percent.
    pub similarity: u32,
    pub diff: Vec<DiffPart>,
}

/// Where the edited quote is now in `file`, looking at lines `lines` (1-based, inclusive)
/// and preferring lines near `hint`; `None` when nothing is similar enough.
pub fn find(
    file: &SourceFile,
    style: NormalStyle,
    quote: &str,
    before: &str,
    after: &str,
    lines: (u32, u32),
    hint: u32,
) -> Option<FuzzyMatch> {
    let text = file.text.as_deref()?;
    let index = &file.line_index;
    let count = index.line_count();
    let old = tokens(quote, style);
    if old.is_empty() || old.len() > MAX_QUOTE_TOKENS || count == 0 {
        return None;
    }
    let old_keys: Vec<&str> = old.iter().map(|t| t.key.as_str()).collect();
    let mut old_bag: HashMap<&str, u32> = HashMap::new();
    for k in &old_keys {
        *old_bag.entry(k).or_default() += 1;
    }
    let before_tokens = tokens(before, style);
    let after_tokens = tokens(after, style);
    let before_keys: Vec<&str> = before_tokens.iter().map(|t| t.key.as_str()).collect();
    let after_keys: Vec<&str> = after_tokens.iter().map(|t| t.key.as_str()).collect();
    let before_lines = split_lines(before).count() as u32;
    let after_lines = split_lines(after).count() as u32;
    let quote_lines = split_lines(quote).count().max(1) as u32;

    let hint = hint.clamp(1, count);
    let lo = lines.0.max(1).max(hint.saturating_sub(SEARCH_RADIUS));
    let hi = lines.1.min(count).min(hint.saturating_add(SEARCH_RADIUS));
    if lo > hi {
        return None;
    }
    // Tokens of every line the windows and their context may touch.
    let ctx_lo = lo.saturating_sub(before_lines).max(1);
    let ctx_hi = (hi + quote_lines + 3 + after_lines).min(count);
    let mut per_line: Vec<Vec<Token>> = Vec::new();
    for l in ctx_lo..=ctx_hi {
        let mut v = Vec::new();
        if let Some(t) = index.line_text(text, l) {
            line_tokens(t, style, &mut v);
        }
        per_line.push(v);
    }
    let line_keys = |from: u32, to: u32| -> Vec<&str> {
        if to < from {
            return Vec::new();
        }
        (from.max(ctx_lo)..=to.min(ctx_hi))
            .flat_map(|l| {
                per_line[(l - ctx_lo) as usize]
                    .iter()
                    .map(|t| t.key.as_str())
            })
            .collect()
    };

    // (similarity, context similarity, -distance, -start) — higher is better.
    type Rank = (u32, u32, i64, i64);
    let mut best: Option<(Rank, u32, u32)> = None;
    let min_k = quote_lines.saturating_sub(3).max(1);
    let max_k = quote_lines + 3;
    // First the cheap bound (token counts) for every window, then the exact similarity for
    // the most promising few only: a long quote in a long symbol stays fast.
    let mut promising: Vec<(u32, i64, u32, u32)> = Vec::new();
    for start in lo..=hi {
        for k in min_k..=max_k {
            let end = start + k - 1;
            if end > hi.max(start) || end > count {
                break;
            }
            let keys = line_keys(start, end);
            if keys.is_empty() {
                continue;
            }
            let bound = similarity_bound(&old_bag, old_keys.len(), &keys);
            if bound >= MIN_SIMILARITY {
                promising.push((bound, -i64::from(start.abs_diff(hint)), start, end));
            }
        }
    }
    promising.sort_by(|a, b| b.cmp(a));
    for &(_, _, start, end) in promising.iter().take(MAX_EXACT_CHECKS) {
        let keys = line_keys(start, end);
        let sim = similarity(&old_keys, &keys);
        if sim < MIN_SIMILARITY {
            continue;
        }
        let ctx = if before_keys.is_empty() && after_keys.is_empty() {
            100
        } else {
            let b = line_keys(start.saturating_sub(before_lines), start.saturating_sub(1));
            let a = line_keys(end + 1, end + after_lines);
            let mut both_old = before_keys.clone();
            both_old.extend(&after_keys);
            let mut both_new = b;
            both_new.extend(a);
            similarity(&both_old, &both_new)
        };
        if ctx < MIN_CONTEXT_SIMILARITY {
            continue;
        }
        let key = (
            sim,
            ctx,
            -(i64::from(start.abs_diff(hint))),
            -i64::from(start),
        );
        if best.is_none_or(|(b, _, _)| key > b) {
            best = Some((key, start, end));
        }
    }
    let ((sim, ..), start, end) = best?;
    let start_off = index.line_start(start)?;
    let end_off = index.line_start(end)? + index.line_text(text, end)?.len();
    let span = Span::from_offsets(file.id, text, index, start_off, end_off.max(start_off));
    let new: Vec<Token> = (start..=end)
        .flat_map(|l| per_line[(l - ctx_lo) as usize].iter().cloned())
        .collect();
    Some(FuzzyMatch {
        span,
        similarity: sim,
        diff: word_diff(&old, &new),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(ts: &[Token]) -> Vec<&str> {
        ts.iter().map(|t| t.key.as_str()).collect()
    }

    #[test]
    fn cobol_tokens_skip_sequence_area_and_comments_and_split_hyphens() {
        let style = NormalStyle::Cobol(crate::cobol::preprocess::SourceFormat::Fixed);
        let text = format!(
            "000100* NOTE\n{:<72}SEQ12345\n",
            "000200     if ws-age >= 65"
        );
        let t = tokens(&text, style);
        assert_eq!(keys(&t), ["IF", "WS", "-", "AGE", ">=", "65"]);
        assert_eq!(t[1].text, "ws");
    }

    #[test]
    fn one_edited_token_gives_a_word_diff() {
        let style = NormalStyle::Plain;
        let old = tokens("if (claim == null) {\n  throw x;\n}", style);
        let new = tokens("if (claimX == null) {\n  throw x;\n}", style);
        let sim = similarity(&keys(&old), &keys(&new));
        assert!((80..100).contains(&sim), "{sim}");
        let d = diff_text(&word_diff(&old, &new));
        assert_eq!(d, "if ( [-claim-] {+claimX+} == null ) { throw x ; }");
    }

    #[test]
    fn similarity_is_symmetric_and_bounded() {
        assert_eq!(similarity(&["A", "B"], &["A", "B"]), 100);
        assert_eq!(similarity(&["A"], &["B"]), 0);
        assert_eq!(similarity(&[], &[]), 100);
    }
}
