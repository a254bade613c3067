//! Fuzzy symbol search as the user types (Ctrl+P): the query's characters must appear in
//! order in a symbol's name (or, failing that, its qualified name); matches are scored so that
//! word starts (`2000-CALC` after `-`, `calcPay` at `P`), runs of consecutive characters and
//! prefixes win, and the matched character positions come back for highlighting.

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
}

/// A search index over every symbol of a model, built once per index.
#[derive(Debug, Default)]
pub struct SymbolSearch {
    /// Simple and qualified names, by symbol index.
    names: Vec<(Box<str>, Box<str>)>,
    kinds: Vec<SymbolKind>,
}

impl SymbolSearch {
    pub fn new(model: &Model) -> SymbolSearch {
        SymbolSearch {
            names: model
                .symbols
                .iter()
                .map(|s| (s.name.as_str().into(), s.qualified_name.as_str().into()))
                .collect(),
            kinds: model.symbols.iter().map(|s| s.kind).collect(),
        }
    }

    /// The best `limit` matches of `query` among symbols whose kind `keep` accepts, best first.
    /// An empty query matches nothing.
    pub fn search(&self, query: &str, keep: &dyn Fn(SymbolKind) -> bool, limit: usize) -> Vec<Hit> {
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
            let hit = match score(&query, name.as_bytes()) {
                Some((score, positions)) => Hit {
                    symbol,
                    score,
                    in_qualified: false,
                    positions,
                },
                None => match score(&query, qualified.as_bytes()) {
                    // A match spread over the qualified name ranks below name matches.
                    Some((score, positions)) => Hit {
                        symbol,
                        score: score - 40,
                        in_qualified: true,
                        positions,
                    },
                    None => continue,
                },
            };
            hits.push(hit);
        }
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
}
