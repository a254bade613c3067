//! Terms LegacyLens proposes for data items nobody has named yet:
//! * an item with 88-levels, named from its own words and what its condition-names have in
//!   common, described by its coded values (`'O' open; 'C' closed`);
//! * a host variable that meets a DB column (through an SQL data flow), named from the column,
//!   described by the column's DDL comment (`COMMENT ON COLUMN`, a `--` comment on or above
//!   the column's line, or a `TABLE.COLUMN  text` line in a comment block of the DDL file);
//! * the other copies of a copybook field one program's copy was named in: the same term for
//!   the copybook field, so every program including it shares it.
//!
//! Screen labels (the text left of a BMS input field) are a source of their own
//! ([`SuggestionSource::ScreenLabel`]); the BMS front end adds them through
//! [`suggest_with`]'s `extra` list.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::classify::DataClassification;
use super::terms::{Glossary, TermScope, copybook_field};
use super::words::{data_words, values_words};
use crate::model::{FileKind, FlowEnd, Model, SymbolId, SymbolKind};

/// Where a suggested term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuggestionSource {
    /// The item's 88-level condition-names.
    ConditionNames,
    /// The DB column the item is read from or written to.
    DbColumn,
    /// The DB column, with a DDL comment describing it.
    DdlComment,
    /// Another copy of the same copybook field already has a term.
    CopybookCopy,
    /// The label beside the field on a screen map.
    ScreenLabel,
}

impl SuggestionSource {
    pub fn label(self) -> &'static str {
        match self {
            SuggestionSource::ConditionNames => "88-levels",
            SuggestionSource::DbColumn => "DB column",
            SuggestionSource::DdlComment => "DDL comment",
            SuggestionSource::CopybookCopy => "copybook copy",
            SuggestionSource::ScreenLabel => "screen label",
        }
    }
}

/// A term proposed for a data item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermSuggestion {
    /// The item to name (one copy, for a copybook field).
    #[serde(skip)]
    pub item: SymbolId,
    /// Qualified name of the item.
    pub item_name: String,
    /// Whether accepting it names the copybook field (every copy) or the item only.
    #[serde(serialize_with = "scope_text")]
    pub scope: TermScope,
    pub term: String,
    pub description: String,
    pub source: SuggestionSource,
    /// What the suggestion was read from: condition-names, a column, a term's id.
    pub from: String,
}

fn scope_text<S: serde::Serializer>(scope: &TermScope, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match scope {
        TermScope::Item => "item",
        TermScope::CopybookField => "copybook-field",
    })
}

/// Every suggestion for items the glossary does not name, one per item (a copybook field
/// once), in a stable order: by source, then item name. Technical items (switches, file
/// status, counters … as `classes` says) get none.
pub fn suggest(
    model: &Model,
    glossary: &Glossary,
    classes: &DataClassification,
) -> Vec<TermSuggestion> {
    suggest_with(model, glossary, classes, Vec::new())
}

/// [`suggest`] with suggestions from other sources (screen labels) added before the
/// duplicates of an item are dropped; the first source in [`SuggestionSource`] order wins.
pub fn suggest_with(
    model: &Model,
    glossary: &Glossary,
    classes: &DataClassification,
    extra: Vec<TermSuggestion>,
) -> Vec<TermSuggestion> {
    let mut all = Vec::new();
    all.extend(from_copies(model, glossary));
    all.extend(from_columns(model));
    all.extend(from_condition_names(model));
    all.extend(from_screen_labels(model));
    all.extend(extra);
    all.sort_by(|a, b| {
        (source_rank(a.source), &a.item_name).cmp(&(source_rank(b.source), &b.item_name))
    });
    let mut seen: HashSet<(String, String)> = HashSet::new();
    all.retain(|s| {
        if glossary.term_of(s.item).is_some()
            || (s.source != SuggestionSource::CopybookCopy && classes.is_technical(s.item))
        {
            return false;
        }
        // One suggestion per item, and per copybook field across its copies.
        let key = match copybook_field(model, s.item) {
            Some(cf) => cf,
            None => (String::new(), s.item_name.clone()),
        };
        seen.insert(key)
    });
    all.sort_by(|a, b| (a.source, &a.item_name).cmp(&(b.source, &b.item_name)));
    all
}

/// Which source wins when several suggest a term for one item: a term already given, then a
/// screen label, then the DDL, then 88-levels.
fn source_rank(source: SuggestionSource) -> u8 {
    match source {
        SuggestionSource::CopybookCopy => 0,
        SuggestionSource::ScreenLabel => 1,
        SuggestionSource::DdlComment => 2,
        SuggestionSource::DbColumn => 3,
        SuggestionSource::ConditionNames => 4,
    }
}

fn scope_of(model: &Model, item: SymbolId) -> TermScope {
    if copybook_field(model, item).is_some() {
        TermScope::CopybookField
    } else {
        TermScope::Item
    }
}

/// Terms given to one copy of a copybook field, proposed for the whole copybook field.
fn from_copies(model: &Model, glossary: &Glossary) -> Vec<TermSuggestion> {
    let mut out = Vec::new();
    for r in &glossary.resolved {
        let t = &glossary.terms[r.index];
        if t.item.is_none() || t.term.trim().is_empty() {
            continue;
        }
        let Some(&named) = r.items.first() else {
            continue;
        };
        let Some(place) = model.symbol(named).name_span.or(model.symbol(named).span) else {
            continue;
        };
        if copybook_field(model, named).is_none() {
            continue;
        }
        // The other copies: items defined at the same copybook line.
        for s in &model.symbols {
            if s.id == named || !matches!(s.kind, SymbolKind::DataItem) {
                continue;
            }
            let Some(span) = s.name_span.or(s.span) else {
                continue;
            };
            if span.file == place.file && span.line == place.line {
                out.push(TermSuggestion {
                    item: s.id,
                    item_name: s.qualified_name.clone(),
                    scope: TermScope::CopybookField,
                    term: t.term.clone(),
                    description: t.description.clone(),
                    source: SuggestionSource::CopybookCopy,
                    from: t.id.clone(),
                });
            }
        }
    }
    out
}

/// Host variables named after the DB columns they meet.
/// The label left of a field on a BMS map names the data the program moves into or out of
/// that field: `NI NUMBER:` before `NINO` suggests "NI number" for the item `MOVE NINOI TO
/// WS-NINO` fills (or the one `MOVE … TO NINOO` shows).
fn from_screen_labels(model: &Model) -> Vec<TermSuggestion> {
    use crate::model::FlowKind;
    // Screen field symbol → its label (the nearest constant ending left of it on its row).
    let mut labels: HashMap<SymbolId, (String, String)> = HashMap::new();
    for screen in &model.screens {
        for f in &screen.fields {
            let Some(symbol) = f.symbol else { continue };
            let label = screen
                .fields
                .iter()
                .filter(|c| c.name.is_none() && c.row == f.row)
                .filter(|c| {
                    c.column + c.length <= f.column && f.column - (c.column + c.length) <= 3
                })
                .max_by_key(|c| c.column)
                .and_then(|c| c.initial.as_deref())
                .map(|t| {
                    t.trim()
                        .trim_end_matches([':', '.', '=', '>', ' '])
                        .trim()
                        .to_string()
                })
                .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 2);
            if let Some(label) = label {
                labels.insert(
                    symbol,
                    (label, format!("{}.{}", screen.mapset, screen.name)),
                );
            }
        }
    }
    if labels.is_empty() {
        return Vec::new();
    }
    // Symbolic-map item → screen field, from the screen flows.
    let mut map_item: HashMap<SymbolId, SymbolId> = HashMap::new();
    for f in &model.flows {
        let (FlowEnd::Symbol { id: a }, FlowEnd::Symbol { id: b }) = (&f.source, &f.target) else {
            continue;
        };
        match f.kind {
            FlowKind::ScreenInput if labels.contains_key(a) => {
                map_item.insert(*b, *a);
            }
            FlowKind::ScreenOutput if labels.contains_key(b) => {
                map_item.insert(*a, *b);
            }
            _ => {}
        }
    }
    // The program's own items moved from or into those symbolic-map items.
    let mut out = Vec::new();
    let mut seen: HashSet<SymbolId> = HashSet::new();
    for f in &model.flows {
        if f.kind != FlowKind::Move {
            continue;
        }
        let (FlowEnd::Symbol { id: a }, FlowEnd::Symbol { id: b }) = (&f.source, &f.target) else {
            continue;
        };
        let (item, field) = match (map_item.get(a), map_item.get(b)) {
            (Some(field), None) => (*b, *field),
            (None, Some(field)) => (*a, *field),
            _ => continue,
        };
        if model.symbol(item).kind != SymbolKind::DataItem || !seen.insert(item) {
            continue;
        }
        let (label, map) = &labels[&field];
        // `OR CLAIM NO:` beside a second way in: the conjunction is not the name.
        let label = label
            .strip_prefix("OR ")
            .or_else(|| label.strip_prefix("AND "))
            .unwrap_or(label);
        let mut term = label.to_ascii_lowercase();
        // Abbreviations written in capitals on the screen stay so ("NI number").
        for word in label.split_whitespace() {
            let common = matches!(
                word,
                "NO" | "BY"
                    | "OF"
                    | "TO"
                    | "AT"
                    | "ON"
                    | "IN"
                    | "IS"
                    | "OR"
                    | "AN"
                    | "AS"
                    | "IF"
                    | "UP"
                    | "THE"
                    | "AND"
                    | "FOR"
                    | "PER"
                    | "NEW"
                    | "OLD"
                    | "DUE"
                    | "PAY"
            );
            if !common && word.len() <= 3 && word.chars().all(|c| c.is_ascii_uppercase()) {
                term = term.replacen(&word.to_ascii_lowercase(), word, 1);
            }
        }
        out.push(TermSuggestion {
            item,
            item_name: model.symbol(item).qualified_name.clone(),
            scope: scope_of(model, item),
            term,
            description: format!("Labelled \"{label}\" on screen {map}"),
            source: SuggestionSource::ScreenLabel,
            from: format!("{map}.{}", model.symbol(field).name),
        });
    }
    out
}

fn from_columns(model: &Model) -> Vec<TermSuggestion> {
    let comments = ddl_comments(model);
    // (item, column), each pair once, in flow order.
    let mut pairs: Vec<(SymbolId, SymbolId)> = Vec::new();
    let mut seen: HashSet<(SymbolId, SymbolId)> = HashSet::new();
    for f in &model.flows {
        let (FlowEnd::Symbol { id: a }, FlowEnd::Symbol { id: b }) = (&f.source, &f.target) else {
            continue;
        };
        let (item, column) = match (model.symbol(*a).kind, model.symbol(*b).kind) {
            (SymbolKind::DbColumn, SymbolKind::DataItem) => (*b, *a),
            (SymbolKind::DataItem, SymbolKind::DbColumn) => (*a, *b),
            _ => continue,
        };
        if seen.insert((item, column)) {
            pairs.push((item, column));
        }
    }
    pairs
        .into_iter()
        .map(|(item, column)| {
            let c = model.symbol(column);
            let comment = comments.get(&c.qualified_name.to_ascii_uppercase());
            TermSuggestion {
                item,
                item_name: model.symbol(item).qualified_name.clone(),
                scope: scope_of(model, item),
                term: column_term(&c.qualified_name),
                description: comment.cloned().unwrap_or_else(|| match &c.detail {
                    Some(t) => format!("Column {} ({t})", c.qualified_name),
                    None => format!("Column {}", c.qualified_name),
                }),
                source: if comment.is_some() {
                    SuggestionSource::DdlComment
                } else {
                    SuggestionSource::DbColumn
                },
                from: c.qualified_name.clone(),
            }
        })
        .collect()
}

/// A column's words, with its table's when the column's name is one word:
/// `CLAIMANT.WEEKLY_EARNINGS` → "weekly earnings", `CLAIM.STATUS` → "claim status".
fn column_term(qualified: &str) -> String {
    let words = |s: &str| s.replace('_', " ").to_lowercase();
    match qualified.rsplit_once('.') {
        Some((table, column)) if !column.contains('_') => {
            let table = table.rsplit('.').next().unwrap_or(table);
            format!("{} {}", words(table), words(column))
        }
        Some((_, column)) => words(column),
        None => words(qualified),
    }
}

/// Items with 88-levels, named from their words and their condition-names' common words.
fn from_condition_names(model: &Model) -> Vec<TermSuggestion> {
    let mut children: BTreeMap<SymbolId, Vec<SymbolId>> = BTreeMap::new();
    for s in &model.symbols {
        if s.kind == SymbolKind::ConditionName
            && let Some(p) = s.parent
        {
            children.entry(p).or_default().push(s.id);
        }
    }
    let mut out = Vec::new();
    for (parent, names) in children {
        let p = model.symbol(parent);
        if p.kind != SymbolKind::DataItem || p.name.eq_ignore_ascii_case("FILLER") {
            continue;
        }
        let words: Vec<Vec<String>> = names
            .iter()
            .map(|&n| {
                data_words(&model.symbol(n).name)
                    .split(' ')
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        let common = common_leading_words(&words);
        let own = data_words(&p.name);
        let term = if own.split(' ').count() == 1 && !common.is_empty() {
            format!("{} {own}", common.join(" "))
        } else {
            own
        };
        let values: Vec<String> = names
            .iter()
            .zip(&words)
            .filter_map(|(&n, w)| {
                let v = values_words(model.symbol(n).detail.as_deref().unwrap_or(""));
                if v.is_empty() {
                    return None;
                }
                let meaning = w[common.len().min(w.len())..].join(" ");
                let meaning = if meaning.is_empty() {
                    w.join(" ")
                } else {
                    meaning
                };
                Some(format!("{v} {meaning}"))
            })
            .collect();
        if values.is_empty() {
            continue;
        }
        let from: Vec<&str> = names
            .iter()
            .map(|&n| model.symbol(n).name.as_str())
            .collect();
        out.push(TermSuggestion {
            item: parent,
            item_name: p.qualified_name.clone(),
            scope: scope_of(model, parent),
            term,
            description: format!("Coded value: {}", values.join("; ")),
            source: SuggestionSource::ConditionNames,
            from: format!("88 {}", from.join(", ")),
        });
    }
    out
}

/// The words every list starts with, when there are two lists or more and each has a word
/// left after them.
fn common_leading_words(lists: &[Vec<String>]) -> Vec<String> {
    if lists.len() < 2 {
        return Vec::new();
    }
    let mut common = Vec::new();
    for (k, w) in lists[0].iter().enumerate() {
        if lists.iter().all(|l| l.len() > k + 1 && &l[k] == w) {
            common.push(w.clone());
        } else {
            break;
        }
    }
    common
}

/// DDL comments by column (`TABLE.COLUMN`, upper-cased): `COMMENT ON COLUMN … IS '…'`, a `--`
/// comment at the end of the column's line or on the lines just above it inside the table,
/// and `TABLE.COLUMN  text` lines of a comment block (with their indented continuation).
pub fn ddl_comments(model: &Model) -> HashMap<String, String> {
    let mut out: HashMap<String, String> = HashMap::new();
    let columns: HashMap<String, SymbolId> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::DbColumn)
        .map(|s| (s.qualified_name.to_ascii_uppercase(), s.id))
        .collect();
    for file in model.files.iter().filter(|f| f.kind == FileKind::SqlDdl) {
        let Some(text) = file.text.as_deref() else {
            continue;
        };
        let lines: Vec<&str> = text.lines().collect();
        comment_on_statements(text, &mut out);
        block_comment_lines(&lines, &columns, &mut out);
        for s in &model.symbols {
            if s.kind != SymbolKind::DbColumn {
                continue;
            }
            let Some(span) = s.name_span.or(s.span) else {
                continue;
            };
            if span.file != file.id {
                continue;
            }
            let key = s.qualified_name.to_ascii_uppercase();
            if out.contains_key(&key) {
                continue;
            }
            if let Some(comment) = column_line_comment(&lines, span.line as usize) {
                out.insert(key, comment);
            }
        }
    }
    out
}

/// `COMMENT ON COLUMN [schema.]T.C IS 'text'` statements.
fn comment_on_statements(text: &str, out: &mut HashMap<String, String>) {
    let upper = text.to_ascii_uppercase();
    let mut from = 0;
    while let Some(at) = upper[from..].find("COMMENT ON COLUMN") {
        let start = from + at + "COMMENT ON COLUMN".len();
        from = start;
        let rest = &text[start..];
        let Some(is_at) = rest.to_ascii_uppercase().find(" IS ") else {
            continue;
        };
        let name: String = rest[..is_at]
            .split_whitespace()
            .collect::<String>()
            .to_ascii_uppercase();
        let parts: Vec<&str> = name.split('.').collect();
        if parts.len() < 2 {
            continue;
        }
        let key = format!("{}.{}", parts[parts.len() - 2], parts[parts.len() - 1]);
        let after = rest[is_at + 4..].trim_start();
        let Some(body) = after.strip_prefix('\'') else {
            continue;
        };
        // '' is a quote inside the literal.
        let mut value = String::new();
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                    value.push('\'');
                    continue;
                }
                break;
            }
            value.push(c);
        }
        out.insert(key, value.trim().to_string());
    }
}

/// Comment-block lines naming a column: `--   CLAIM.STATUS   R received, E awaiting …`, with
/// the lines after it indented further and naming nothing.
fn block_comment_lines(
    lines: &[&str],
    columns: &HashMap<String, SymbolId>,
    out: &mut HashMap<String, String>,
) {
    let mut k = 0;
    while k < lines.len() {
        let Some(body) = lines[k].trim_start().strip_prefix("--") else {
            k += 1;
            continue;
        };
        let trimmed = body.trim_start();
        let indent = body.len() - trimmed.len();
        let first = trimmed.split_whitespace().next().unwrap_or("");
        let key = first.to_ascii_uppercase();
        if !key.contains('.') || !columns.contains_key(&key) {
            k += 1;
            continue;
        }
        let mut text = trimmed[first.len()..].trim().to_string();
        k += 1;
        while k < lines.len() {
            let Some(next) = lines[k].trim_start().strip_prefix("--") else {
                break;
            };
            let next_trimmed = next.trim_start();
            let next_indent = next.len() - next_trimmed.len();
            if next_trimmed.is_empty() || next_indent <= indent {
                break;
            }
            text.push(' ');
            text.push_str(next_trimmed.trim_end());
            k += 1;
        }
        if !text.is_empty() {
            out.entry(key).or_insert(text);
        }
    }
}

/// The `--` comment on a column's line (1-based `line`), else the comment lines right above
/// it when the line above them is inside the table (ends with `,` or `(`).
fn column_line_comment(lines: &[&str], line: usize) -> Option<String> {
    let own = lines.get(line.checked_sub(1)?)?;
    if let Some(at) = own.find("--") {
        let c = own[at + 2..].trim();
        if !c.is_empty() {
            return Some(c.to_string());
        }
    }
    let mut above = Vec::new();
    let mut k = line.checked_sub(2)?;
    loop {
        let l = lines.get(k)?.trim();
        match l.strip_prefix("--") {
            Some(c) => above.push(c.trim().to_string()),
            None => {
                let code = l.split("--").next().unwrap_or(l).trim_end();
                if above.is_empty() || !(code.ends_with(',') || code.ends_with('(')) {
                    return None;
                }
                break;
            }
        }
        k = k.checked_sub(1)?;
    }
    above.reverse();
    Some(above.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_on_column_reads_the_literal() {
        let mut out = HashMap::new();
        comment_on_statements(
            "COMMENT ON COLUMN BEN.CLAIM.STATUS IS 'Where the claim''s case is';\n",
            &mut out,
        );
        assert_eq!(
            out.get("CLAIM.STATUS").map(String::as_str),
            Some("Where the claim's case is")
        );
    }

    #[test]
    fn column_comments_on_and_above_the_line() {
        let lines = [
            "CREATE TABLE T (",
            "    A INTEGER NOT NULL, -- the a",
            "    -- weekly pay before deductions",
            "    B DECIMAL(9,2),",
        ];
        assert_eq!(column_line_comment(&lines, 2).as_deref(), Some("the a"));
        assert_eq!(
            column_line_comment(&lines, 4).as_deref(),
            Some("weekly pay before deductions")
        );
        assert_eq!(column_line_comment(&lines, 1), None);
    }

    #[test]
    fn columns_read_as_words() {
        assert_eq!(column_term("CLAIMANT.WEEKLY_EARNINGS"), "weekly earnings");
        assert_eq!(column_term("CLAIM.STATUS"), "claim status");
        assert_eq!(
            column_term("BEN.CLAIM_HISTORY.STATUS"),
            "claim history status"
        );
    }

    #[test]
    fn common_words_leave_a_meaning() {
        let w = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            common_leading_words(&[w("claim open"), w("claim closed")]),
            vec!["claim"]
        );
        assert!(common_leading_words(&[w("claim"), w("claim closed")]).is_empty());
        assert!(common_leading_words(&[w("open")]).is_empty());
    }
}
