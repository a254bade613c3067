//! Fuzzy symbol search as the user types (Ctrl+P): the query's characters must appear in
//! order in a symbol's name (or, failing that, its qualified name); matches are scored so that
//! word starts (`2000-CALC` after `-`, `calcPay` at `P`), runs of consecutive characters and
//! prefixes win, and the matched character positions come back for highlighting.
//!
//! A phrase ("account update") first matches names by words: every word of the query is a
//! word of the name, its start, or its abbreviation (`ACCT`, `UPD`); those hits come before
//! every fuzzy one, programs and paragraphs before data items. One definition included by
//! many programs (a copybook field) is one hit listing its copies.

use crate::model::{Model, SymbolId, SymbolKind};

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub symbol: SymbolId,
    pub score: i32,
    /// Whether the query matched the qualified name rather than the simple name.
    pub in_qualified: bool,
    /// Byte offsets of the matched characters in the matched text.
    pub positions: Vec<usize>,
    /// Whether every word of a phrase matched a word of the name.
    pub by_words: bool,
    /// The other symbols of the same definition (a copybook item in every program that
    /// includes it), by qualified name; empty for a definition made once.
    pub copies: Vec<SymbolId>,
}

/// A search index over every symbol of a model, built once per index.
#[derive(Debug, Default)]
pub struct SymbolSearch {
    /// Simple and qualified names, by symbol index.
    names: Vec<(Box<str>, Box<str>)>,
    kinds: Vec<SymbolKind>,
    /// Where each symbol is defined (file, offset), `u64::MAX` when nowhere: symbols of one
    /// kind and name defined at one place are copies of one definition.
    origins: Vec<u64>,
}

/// Hits matching a phrase by words score above this; fuzzy hits stay far below.
const WORD_TIER: i32 = 100_000;

impl SymbolSearch {
    pub fn new(model: &Model) -> SymbolSearch {
        SymbolSearch {
            names: model
                .symbols
                .iter()
                .map(|s| (s.name.as_str().into(), s.qualified_name.as_str().into()))
                .collect(),
            kinds: model.symbols.iter().map(|s| s.kind).collect(),
            origins: model
                .symbols
                .iter()
                .map(|s| {
                    s.name_span.or(s.span).map_or(u64::MAX, |sp| {
                        (u64::from(sp.file.0) << 32) | u64::from(sp.start)
                    })
                })
                .collect(),
        }
    }

    /// The best `limit` matches of `query` among symbols whose kind `keep` accepts, best first.
    /// An empty query matches nothing.
    pub fn search(&self, query: &str, keep: &dyn Fn(SymbolKind) -> bool, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = query
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let phrase = query.trim().contains(char::is_whitespace) && words.len() > 1;
        let query: Vec<u8> = query
            .trim()
            .bytes()
            .filter(|b| !b.is_ascii_whitespace())
            .map(|b| b.to_ascii_lowercase())
            .collect();
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = Vec::new();
        for (i, (name, qualified)) in self.names.iter().enumerate() {
            if !keep(self.kinds[i]) {
                continue;
            }
            let symbol = SymbolId(i as u32);
            if phrase {
                let by_name = word_match(&words, name);
                let by_qualified = || word_match(&words, qualified);
                if let Some((extra, positions, in_qualified)) = by_name
                    .map(|(e, p)| (e, p, false))
                    .or_else(|| by_qualified().map(|(e, p)| (e - 20, p, true)))
                {
                    hits.push(Hit {
                        symbol,
                        score: WORD_TIER - 1000 * i32::from(phrase_rank(self.kinds[i])) + extra,
                        in_qualified,
                        positions,
                        by_words: true,
                        copies: Vec::new(),
                    });
                    continue;
                }
            }
            let hit = match score(&query, name.as_bytes()) {
                Some((score, positions)) => Hit {
                    symbol,
                    score,
                    in_qualified: false,
                    positions,
                    by_words: false,
                    copies: Vec::new(),
                },
                None => match score(&query, qualified.as_bytes()) {
                    // A match spread over the qualified name ranks below name matches.
                    Some((score, positions)) => Hit {
                        symbol,
                        score: score - 40,
                        in_qualified: true,
                        positions,
                        by_words: false,
                        copies: Vec::new(),
                    },
                    None => continue,
                },
            };
            hits.push(hit);
        }
        let mut hits = self.merge_copies(hits);
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| {
                    kind_rank(self.kinds[a.symbol.index()])
                        .cmp(&kind_rank(self.kinds[b.symbol.index()]))
                })
                .then_with(|| {
                    self.names[a.symbol.index()]
                        .1
                        .len()
                        .cmp(&self.names[b.symbol.index()].1.len())
                })
                .then_with(|| {
                    self.names[a.symbol.index()]
                        .1
                        .cmp(&self.names[b.symbol.index()].1)
                })
        });
        hits.truncate(limit);
        hits
    }

    /// One hit per definition: the symbols of one kind and name defined at one place (a
    /// copybook item in each program including it) become the best of them with the others
    /// as its copies.
    fn merge_copies(&self, hits: Vec<Hit>) -> Vec<Hit> {
        let mut first: std::collections::HashMap<(u64, SymbolKind, &str), usize> =
            std::collections::HashMap::new();
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
        for hit in hits {
            let i = hit.symbol.index();
            let origin = self.origins[i];
            if origin == u64::MAX {
                out.push(hit);
                continue;
            }
            let key = (origin, self.kinds[i], &*self.names[i].0);
            match first.get(&key) {
                Some(&k) => {
                    let kept = &mut out[k];
                    let better = (hit.score, std::cmp::Reverse(&self.names[i].1))
                        > (
                            kept.score,
                            std::cmp::Reverse(&self.names[kept.symbol.index()].1),
                        );
                    if better {
                        let old = std::mem::replace(kept, hit);
                        kept.copies = old.copies;
                        kept.copies.push(old.symbol);
                    } else {
                        kept.copies.push(hit.symbol);
                    }
                }
                None => {
                    first.insert(key, out.len());
                    out.push(hit);
                }
            }
        }
        for hit in &mut out {
            hit.copies
                .sort_by(|a, b| self.names[a.index()].1.cmp(&self.names[b.index()].1));
        }
        out
    }
}

/// Which kinds come first among hits matching a phrase by words: programs and paragraphs
/// (what a phrase names), then files and tables, then data.
fn phrase_rank(kind: SymbolKind) -> u8 {
    use SymbolKind::*;
    match kind {
        Program | Paragraph | Section | Method | Constructor | Class | Interface | Enum
        | Record | Copybook | JclJob | CicsTransaction => 0,
        File | Dataset | DbTable | DbView | CicsMap | JclStep | JclProc | Package => 1,
        _ => 2,
    }
}

/// The words of a name with their byte ranges: split at separators, lower-to-upper case
/// changes and letter/digit changes.
fn name_words(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (j, &b) in bytes.iter().enumerate() {
        if !b.is_ascii_alphanumeric() {
            if let Some(s) = start.take() {
                out.push((s, j));
            }
            continue;
        }
        if let Some(s) = start
            && j > s
        {
            let prev = bytes[j - 1];
            let hump = prev.is_ascii_lowercase() && b.is_ascii_uppercase();
            let digits = prev.is_ascii_digit() != b.is_ascii_digit();
            if hump || digits {
                out.push((s, j));
                start = Some(j);
            }
        }
        if start.is_none() {
            start = Some(j);
        }
    }
    if let Some(s) = start {
        out.push((s, bytes.len()));
    }
    out
}

/// Whether a query word names a word of a name: the word starts with it (`upd` → UPDATE), it
/// starts with the word (`updates` → UPDATE), or the word abbreviates it (ACCT, UPDT: the
/// word's letters in order in the query word, same first letter, at least three).
fn word_names(query: &str, word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    if word.starts_with(query) || (word.len() >= 3 && query.starts_with(&word)) {
        return true;
    }
    if word.len() < 3 || word.as_bytes()[0] != query.as_bytes()[0] {
        return false;
    }
    let mut q = query.bytes();
    word.bytes().all(|c| q.any(|x| x == c))
}

/// Every query word naming a word of `text`: a bonus (fewer other words and the query's
/// order rank higher) and the positions of the matched words, for highlighting.
fn word_match(query: &[String], text: &str) -> Option<(i32, Vec<usize>)> {
    let words = name_words(text);
    let mut used: Vec<usize> = Vec::new();
    for q in query {
        let k = (0..words.len())
            .find(|k| !used.contains(k) && word_names(q, &text[words[*k].0..words[*k].1]))?;
        used.push(k);
    }
    let in_order = used.windows(2).all(|w| w[0] < w[1]);
    let alphabetic = words
        .iter()
        .filter(|(s, e)| text[*s..*e].bytes().any(|b| b.is_ascii_alphabetic()))
        .count();
    let extra = 10 * i32::from(in_order) - 5 * (alphabetic.saturating_sub(used.len()) as i32);
    let mut positions: Vec<usize> = used.iter().flat_map(|&k| words[k].0..words[k].1).collect();
    positions.sort_unstable();
    Some((extra, positions))
}

/// Which kinds come first among equal scores: the things people look for by name.
fn kind_rank(kind: SymbolKind) -> u8 {
    use SymbolKind::*;
    match kind {
        Program | Class | Interface | Enum | Record | JclJob | DbTable | DbView => 0,
        Paragraph | Section | Method | Constructor | Copybook | CicsTransaction => 1,
        File | Dataset | CicsMap | CicsMapset | JclStep | JclProc | Package => 2,
        DataItem | ConditionName | Field | EnumConstant | DbColumn | ScreenField => 3,
        _ => 4,
    }
}

const MATCH: i32 = 16;
const CONSECUTIVE: i32 = 18;
const WORD_START: i32 = 18;
const TEXT_START: i32 = 24;
const GAP_OPEN: i32 = 5;
const GAP_EXTEND: i32 = 1;

/// The bonus for matching at position `j` of `text`: the first character, a character after a
/// separator, an upper-case letter after a lower-case one (camel humps), or a change between
/// digits and letters.
fn boundary_bonus(text: &[u8], j: usize) -> i32 {
    if j == 0 {
        return TEXT_START;
    }
    let prev = text[j - 1];
    let cur = text[j];
    let separator = matches!(
        prev,
        b'-' | b'_' | b'.' | b'$' | b'#' | b'/' | b' ' | b'(' | b','
    );
    let camel_hump = prev.is_ascii_lowercase() && cur.is_ascii_uppercase();
    if separator || camel_hump {
        WORD_START
    } else if prev.is_ascii_digit() != cur.is_ascii_digit() {
        WORD_START / 2
    } else {
        0
    }
}

/// The best alignment of `query` (lower-case) in `text` (any case): its score and the
/// matched byte positions, or `None` when the query is not a subsequence of the text.
///
/// Dynamic programming over (query char, text position): `best[i][j]` is the best score with
/// query char `i` matched at text position `j`. Consecutive matches and word starts earn
/// bonuses; gaps between matches cost. Text longer than 256 bytes is matched greedily.
pub fn score(query: &[u8], text: &[u8]) -> Option<(i32, Vec<usize>)> {
    // Cheap subsequence check first: most symbols fail here.
    let mut qi = 0;
    for &c in text {
        if qi < query.len() && c.to_ascii_lowercase() == query[qi] {
            qi += 1;
        }
    }
    if qi < query.len() {
        return None;
    }
    let (n, m) = (query.len(), text.len());
    if m > 256 || n > 64 {
        return Some(greedy(query, text));
    }
    const NONE: i32 = i32::MIN / 2;
    let mut best = vec![NONE; n * m];
    let mut from = vec![usize::MAX; n * m];
    for i in 0..n {
        // Best score of row i-1 ending strictly before j, with its position, kept running.
        let mut run_best = NONE;
        let mut run_pos = usize::MAX;
        for j in 0..m {
            if i > 0 && j > 0 {
                let prev = best[(i - 1) * m + j - 1];
                // The previous row's best ending at j-1 becomes a gap candidate for later j.
                if prev > NONE {
                    let gap_score = prev - GAP_OPEN;
                    if gap_score > run_best {
                        run_best = gap_score;
                        run_pos = j - 1;
                    }
                }
            }
            if text[j].to_ascii_lowercase() != query[i] {
                if run_best > NONE {
                    run_best -= GAP_EXTEND;
                }
                continue;
            }
            let bonus = MATCH + boundary_bonus(text, j);
            let (value, origin) = if i == 0 {
                // Characters skipped before the first match cost a little.
                (bonus - (j as i32).min(12), usize::MAX)
            } else {
                let consecutive = if j > 0 && best[(i - 1) * m + j - 1] > NONE {
                    best[(i - 1) * m + j - 1] + CONSECUTIVE
                } else {
                    NONE
                };
                if consecutive <= NONE && run_best <= NONE {
                    // Query char i-1 cannot be matched before j.
                    continue;
                } else if consecutive >= run_best {
                    (consecutive + bonus, j - 1)
                } else {
                    (run_best + bonus, run_pos)
                }
            };
            if value > NONE / 2 {
                best[i * m + j] = value;
                from[i * m + j] = origin;
            }
            if run_best > NONE {
                run_best -= GAP_EXTEND;
            }
        }
    }
    let last = n - 1;
    let (mut j, &top) = best[last * m..]
        .iter()
        .enumerate()
        .max_by_key(|&(j, s)| (*s, std::cmp::Reverse(j)))?;
    if top <= NONE / 2 {
        return Some(greedy(query, text));
    }
    let mut positions = vec![0; n];
    for i in (0..n).rev() {
        positions[i] = j;
        j = from[i * m + j];
    }
    // Shorter texts rank higher for the same matches; an exact match tops everything.
    let mut total = top - (m as i32 - n as i32) / 4;
    if m == n {
        total += 50;
    }
    Some((total, positions))
}

/// Leftmost greedy match for long texts.
fn greedy(query: &[u8], text: &[u8]) -> (i32, Vec<usize>) {
    let mut positions = Vec::with_capacity(query.len());
    let mut score = 0;
    let mut qi = 0;
    for (j, &c) in text.iter().enumerate() {
        if qi < query.len() && c.to_ascii_lowercase() == query[qi] {
            score += MATCH + boundary_bonus(text, j);
            if positions.last().is_some_and(|&p| p + 1 == j) {
                score += CONSECUTIVE;
            }
            positions.push(j);
            qi += 1;
        }
    }
    (score - text.len() as i32 / 4, positions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NewSymbol;

    fn s(q: &str, t: &str) -> Option<(i32, Vec<usize>)> {
        score(q.as_bytes(), t.as_bytes())
    }

    #[test]
    fn requires_the_characters_in_order() {
        assert!(s("pca", "paycalc").is_some());
        assert!(s("xyz", "paycalc").is_none());
        assert!(s("clap", "paycalc").is_none());
    }

    #[test]
    fn prefers_word_starts_and_runs() {
        // `calc` should land on the word `CALC`, not on scattered letters.
        let (_, pos) = s("calc", "2000-CALC-AMOUNT").unwrap();
        assert_eq!(pos, vec![5, 6, 7, 8]);
        // Initials of hyphenated words.
        let (_, pos) = s("clwe", "CL-WEEKLY-EARNINGS").unwrap();
        assert_eq!(pos, vec![0, 1, 3, 4]);
        let (_, pos) = s("pcm", "PAY-CALC-MAX").unwrap();
        assert_eq!(pos, vec![0, 4, 9]);
        // A run beats a scattered match of the same letters.
        let run = s("amount", "PAY-AMOUNT").unwrap().0;
        let scattered = s("amount", "A-MOVE-OUT-NT").unwrap().0;
        assert!(run > scattered, "{run} <= {scattered}");
    }

    #[test]
    fn camel_humps_are_word_starts() {
        let (_, pos) = s("cp", "calcPayment").unwrap();
        assert_eq!(pos, vec![0, 4]);
    }

    #[test]
    fn exact_and_prefix_matches_rank_first() {
        let exact = s("paycalc", "PAYCALC").unwrap().0;
        let prefix = s("paycalc", "PAYCALC-X").unwrap().0;
        let inner = s("paycalc", "X-PAYCALC").unwrap().0;
        assert!(exact > prefix && prefix > inner, "{exact} {prefix} {inner}");
    }

    #[test]
    fn long_texts_fall_back_to_greedy_matching() {
        let long = format!("{}needle", "x".repeat(400));
        let (_, pos) = s("needle", &long).unwrap();
        assert_eq!(pos, (400..406).collect::<Vec<_>>());
    }

    #[test]
    fn searches_a_model_by_kind_with_highlight_positions() {
        let mut model = Model::new(".".into());
        for (kind, name, q) in [
            (SymbolKind::Program, "PAYCALC", "PAYCALC"),
            (
                SymbolKind::Paragraph,
                "2000-CALC-AMOUNT",
                "PAYCALC.2000-CALC-AMOUNT",
            ),
            (SymbolKind::DataItem, "PAY-AMOUNT", "PAYCALC.PAY-AMOUNT"),
            (SymbolKind::Method, "calculate", "com.acme.Pay.calculate()"),
        ] {
            model.add_symbol(NewSymbol::new(kind, name, q));
        }
        let index = SymbolSearch::new(&model);
        let hits = index.search("calc", &|_| true, 10);
        let names: Vec<&str> = hits
            .iter()
            .map(|h| model.symbol(h.symbol).name.as_str())
            .collect();
        // Text start, then a word start, then inside a word.
        assert_eq!(names[..3], ["calculate", "2000-CALC-AMOUNT", "PAYCALC"]);
        // Kind filter.
        let hits = index.search("calc", &|k| k == SymbolKind::Paragraph, 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].positions, vec![5, 6, 7, 8]);
        // A match only through the qualified name.
        let hits = index.search("acmepay", &|_| true, 10);
        assert_eq!(hits.len(), 1);
        assert!(hits[0].in_qualified);
        assert!(index.search("   ", &|_| true, 10).is_empty());
    }

    fn names_of(model: &Model, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| model.symbol(h.symbol).qualified_name.clone())
            .collect()
    }

    #[test]
    fn a_phrase_matches_words_first_programs_and_paragraphs_above_data() {
        let mut model = Model::new(".".into());
        for (kind, name, q) in [
            (
                SymbolKind::DataItem,
                "WS-ACCOUNT-UPDATE-SW",
                "ACCTUPDT.WS-ACCOUNT-UPDATE-SW",
            ),
            (
                SymbolKind::DataItem,
                "ACCOUNT-UPD-COUNT",
                "BENPAY01.ACCOUNT-UPD-COUNT",
            ),
            (
                SymbolKind::DataItem,
                "AC-COUNT-UPDATED",
                "BENPAY01.AC-COUNT-UPDATED",
            ),
            (
                SymbolKind::Paragraph,
                "3200-UPDATE-ACCOUNT",
                "ACCTUPDT.3200-UPDATE-ACCOUNT",
            ),
            (SymbolKind::Program, "ACCT-UPDT", "ACCT-UPDT"),
            (
                SymbolKind::Paragraph,
                "1000-ACCOUNT-ROUTINE",
                "ACCTUPDT.1000-ACCOUNT-ROUTINE",
            ),
        ] {
            model.add_symbol(NewSymbol::new(kind, name, q));
        }
        let index = SymbolSearch::new(&model);
        let hits = index.search("account update", &|_| true, 10);
        let names = names_of(&model, &hits);
        // The program (abbreviated words) and the paragraph (words in another order) first,
        // then the data items whose words match, then fuzzy hits.
        assert_eq!(names[0], "ACCT-UPDT", "{names:?}");
        assert_eq!(names[1], "ACCTUPDT.3200-UPDATE-ACCOUNT", "{names:?}");
        assert!(hits[..4].iter().all(|h| h.by_words), "{names:?}");
        assert_eq!(
            names[2..4],
            [
                "BENPAY01.ACCOUNT-UPD-COUNT",
                "ACCTUPDT.WS-ACCOUNT-UPDATE-SW"
            ],
            "fewer other words first"
        );
        // AC-COUNT-UPDATED and 1000-ACCOUNT-ROUTINE do not have both words: fuzzy, later.
        let fuzzy: Vec<&Hit> = hits.iter().filter(|h| !h.by_words).collect();
        assert!(fuzzy.iter().all(|h| h.score < hits[3].score));
        let routine = names
            .iter()
            .position(|n| n.ends_with("1000-ACCOUNT-ROUTINE"));
        assert!(routine.is_none_or(|k| !hits[k].by_words), "{names:?}");
        // Highlight: the matched words.
        let (_, positions) = word_match(&["update".into()], "3200-UPDATE-ACCOUNT").unwrap();
        assert_eq!(positions, (5..11).collect::<Vec<_>>());
        // A single word stays a fuzzy search.
        assert!(
            index
                .search("account", &|_| true, 10)
                .iter()
                .all(|h| !h.by_words)
        );
    }

    #[test]
    fn one_definition_in_many_programs_is_one_hit_with_its_copies() {
        use crate::model::{FileId, Span};
        let mut model = Model::new(".".into());
        let span = Span {
            file: FileId(3),
            start: 120,
            end: 130,
            line: 5,
            col: 12,
            end_line: 5,
            end_col: 22,
        };
        for program in ["PAYCALC", "BENPAY01", "BENEXT01"] {
            let mut s = NewSymbol::new(
                SymbolKind::DataItem,
                "CL-WEEKLY-EARNINGS",
                format!("{program}.CL-CLAIM-RECORD.CL-WEEKLY-EARNINGS"),
            );
            s.span = Some(span);
            model.add_symbol(s);
        }
        let mut other = NewSymbol::new(
            SymbolKind::DataItem,
            "CL-WEEKLY-EARNINGS",
            "ELIGCHK.WS-CLAIM.CL-WEEKLY-EARNINGS",
        );
        other.span = Some(Span { start: 900, ..span });
        model.add_symbol(other);
        let index = SymbolSearch::new(&model);
        let hits = index.search("weekly earnings", &|_| true, 10);
        assert_eq!(hits.len(), 2, "{:?}", names_of(&model, &hits));
        let copybook = hits.iter().find(|h| !h.copies.is_empty()).unwrap();
        assert_eq!(copybook.copies.len(), 2);
        let mut all: Vec<&str> = std::iter::once(copybook.symbol)
            .chain(copybook.copies.iter().copied())
            .map(|c| model.symbol(c).qualified_name.as_str())
            .collect();
        all.sort();
        assert_eq!(
            all,
            [
                "BENEXT01.CL-CLAIM-RECORD.CL-WEEKLY-EARNINGS",
                "BENPAY01.CL-CLAIM-RECORD.CL-WEEKLY-EARNINGS",
                "PAYCALC.CL-CLAIM-RECORD.CL-WEEKLY-EARNINGS"
            ]
        );
    }
}
