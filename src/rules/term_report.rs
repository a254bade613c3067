//! The glossary as documents: the data-dictionary chapter of the rule catalogue (every term
//! with the layout of the fields it names: record, offset, size, usage, picture, occurs, from
//! `records`), and the `legacylens terms` listing of terms and suggestions as TSV, JSON or
//! Markdown.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value, json};

use super::export::status_label;
use super::html::esc;
use super::record::TermRecord;
use super::term_suggest::TermSuggestion;
use super::terms::{Glossary, target_label};
use crate::model::Model;
use crate::records::{self, LayoutOptions};

/// One layout of a named field; copies with the same layout (a copybook field in several
/// programs) share a row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DictionaryField {
    /// The programs (or copybooks) whose records hold the field.
    pub programs: Vec<String>,
    /// The 01/77 record, without its program.
    pub record: String,
    /// The field's name.
    pub field: String,
    pub level: u8,
    pub offset: Option<u32>,
    pub size: Option<u32>,
    pub usage: String,
    pub picture: Option<String>,
    pub occurs: String,
    /// Where it is defined: `path:line`.
    pub defined_at: String,
}

/// A term of the data dictionary with its fields' layouts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DictionaryEntry {
    pub id: String,
    pub term: String,
    pub description: String,
    /// What the term names (`copybook CLAIMREC CL-WEEKLY-EARNINGS`, or a qualified name).
    pub names: String,
    pub status: String,
    /// The anchor's state now (`anchored`, `shifted` …), empty without an anchor.
    pub anchor: String,
    pub fields: Vec<DictionaryField>,
}

/// The data dictionary of a glossary: terms in alphabetical order, each with the layouts of
/// the items it names in the model.
pub fn data_dictionary(model: &Model, glossary: &Glossary) -> Vec<DictionaryEntry> {
    let options = LayoutOptions::ibm();
    let mut entries: Vec<DictionaryEntry> = glossary
        .resolved
        .iter()
        .map(|r| {
            let t = &glossary.terms[r.index];
            // (defined at, record, field, layout) → programs.
            let mut rows: BTreeMap<(String, String, String, String), DictionaryField> =
                BTreeMap::new();
            for &item in &r.items {
                let Some(layout) = records::record_of(model, item, &options) else {
                    continue;
                };
                let Some(f) = layout.fields.iter().find(|f| f.symbol == item) else {
                    continue;
                };
                let s = model.symbol(item);
                let defined_at = s
                    .name_span
                    .or(s.span)
                    .map(|sp| format!("{}:{}", model.file(sp.file).path, sp.line))
                    .unwrap_or_default();
                let record = layout
                    .fields
                    .first()
                    .map(|r| r.simple_name.clone())
                    .unwrap_or_default();
                let shape = format!(
                    "{:?}/{:?}/{}/{:?}/{}",
                    f.offset,
                    f.size,
                    f.usage,
                    f.picture,
                    f.occurs_text()
                );
                let row = rows
                    .entry((
                        defined_at.clone(),
                        record.clone(),
                        f.simple_name.clone(),
                        shape,
                    ))
                    .or_insert_with(|| DictionaryField {
                        programs: Vec::new(),
                        record,
                        field: f.simple_name.clone(),
                        level: f.level,
                        offset: f.offset,
                        size: f.size,
                        usage: if f.usage.is_empty() {
                            f.kind.as_str().to_string()
                        } else {
                            f.usage.clone()
                        },
                        picture: f.picture.clone(),
                        occurs: f.occurs_text(),
                        defined_at,
                    });
                if !row.programs.contains(&layout.owner) {
                    row.programs.push(layout.owner.clone());
                }
            }
            DictionaryEntry {
                id: t.id.clone(),
                term: t.term.clone(),
                description: t.description.clone(),
                names: target_label(t),
                status: status_label(t.status).to_string(),
                anchor: r
                    .state
                    .as_ref()
                    .map(|s| s.label().to_string())
                    .unwrap_or_default(),
                fields: rows.into_values().collect(),
            }
        })
        .collect();
    entries.sort_by(|a, b| (a.term.to_lowercase(), &a.id).cmp(&(b.term.to_lowercase(), &b.id)));
    entries
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn layout_cells(f: &DictionaryField) -> [String; 7] {
    let n = |v: Option<u32>| v.map_or("?".to_string(), |v| v.to_string());
    [
        format!("{} {}", f.record, f.field),
        f.programs.join(", "),
        n(f.offset),
        n(f.size),
        f.usage.clone(),
        f.picture.clone().unwrap_or_default(),
        f.defined_at.clone(),
    ]
}

/// The data-dictionary chapter in Markdown (empty when there are no terms).
pub fn markdown_chapter(entries: &[DictionaryEntry]) -> String {
    if entries.is_empty() {
        return String::new();
    }
    let mut out = String::from("## Data dictionary\n\n");
    out.push_str("Business terms on data items, with the layout of each field they name (offsets from the start of the record, IBM Enterprise COBOL rules).\n\n");
    for e in entries {
        let _ = writeln!(out, "### {}\n", md_cell(&e.term));
        if !e.description.is_empty() {
            let _ = writeln!(out, "{}\n", md_cell(&e.description));
        }
        let anchor = if e.anchor.is_empty() {
            String::new()
        } else {
            format!(" · {}", e.anchor)
        };
        let _ = writeln!(
            out,
            "*{}* · {} · `{}`{anchor}\n",
            md_cell(&e.names),
            e.status,
            e.id
        );
        if e.fields.is_empty() {
            out.push_str("No field of the code has this term now.\n\n");
            continue;
        }
        out.push_str(
            "| Field | Programs | Offset | Size | Usage | Picture | Defined at |\n|---|---|---|---|---|---|---|\n",
        );
        for f in &e.fields {
            let cells: Vec<String> = layout_cells(f).iter().map(|c| md_cell(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        out.push('\n');
    }
    out
}

/// The data-dictionary chapter as an HTML section (empty when there are no terms).
pub fn html_chapter(entries: &[DictionaryEntry]) -> String {
    if entries.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        "<section class=\"dictionary\" id=\"data-dictionary\">\n<h2>Data dictionary</h2>\n",
    );
    out.push_str("<p class=\"lead\">Business terms on data items, with the layout of each field they name (offsets from the start of the record, IBM Enterprise COBOL rules).</p>\n");
    for e in entries {
        let _ = writeln!(
            out,
            "<article class=\"term\" id=\"{}\">\n<h3>{}</h3>",
            esc(&e.id),
            esc(&e.term)
        );
        if !e.description.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(&e.description));
        }
        let _ = writeln!(
            out,
            "<p class=\"term-meta\"><code>{}</code> · {} · {}{}</p>",
            esc(&e.names),
            esc(&e.status),
            esc(&e.id),
            if e.anchor.is_empty() {
                String::new()
            } else {
                format!(" · {}", esc(&e.anchor))
            }
        );
        if e.fields.is_empty() {
            out.push_str("<p class=\"empty\">No field of the code has this term now.</p>\n");
        } else {
            out.push_str("<table class=\"decision\">\n<thead><tr><th>Field</th><th>Programs</th><th>Offset</th><th>Size</th><th>Usage</th><th>Picture</th><th>Defined at</th></tr></thead>\n<tbody>\n");
            for f in &e.fields {
                out.push_str("<tr>");
                for c in layout_cells(f) {
                    let _ = write!(out, "<td>{}</td>", esc(&c));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("</article>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The data dictionary as JSON.
pub fn json_chapter(entries: &[DictionaryEntry]) -> Value {
    serde_json::to_value(entries).unwrap_or(Value::Null)
}

/// `legacylens terms`: terms and suggestions, one per line: kind (`term` / `suggestion`),
/// term, what it names, detail (status, anchor state and number of items; or source and
/// what it was read from), description.
pub fn listing_tsv(glossary: &Glossary, suggestions: &[TermSuggestion]) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = String::from("kind\tterm\tnames\tdetail\tdescription\n");
    for r in &glossary.resolved {
        let t = &glossary.terms[r.index];
        let _ = writeln!(
            out,
            "term\t{}\t{}\t{}\t{}",
            clean(&t.term),
            clean(&target_label(t)),
            term_detail(t, r.state.as_ref().map(|s| s.label()), r.items.len()),
            clean(&t.description)
        );
    }
    for s in suggestions {
        let _ = writeln!(
            out,
            "suggestion\t{}\t{}\t{} ({})\t{}",
            clean(&s.term),
            clean(&s.item_name),
            s.source.label(),
            clean(&s.from),
            clean(&s.description)
        );
    }
    out
}

fn term_detail(t: &TermRecord, state: Option<&str>, items: usize) -> String {
    let mut parts = vec![status_label(t.status).to_string()];
    if let Some(s) = state {
        parts.push(s.to_string());
    }
    parts.push(format!("{items} item{}", if items == 1 { "" } else { "s" }));
    parts.join(", ")
}

/// The listing as JSON: `{terms: [{record, anchor, items}], suggestions: [...]}`.
pub fn listing_json(model: &Model, glossary: &Glossary, suggestions: &[TermSuggestion]) -> Value {
    let terms: Vec<Value> = glossary
        .resolved
        .iter()
        .map(|r| {
            json!({
                "term": glossary.terms[r.index],
                "anchor": r.state,
                "items": r.items.iter().map(|&i| model.symbol(i).qualified_name.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "terms": terms, "suggestions": suggestions })
}

/// The listing as Markdown: the data dictionary, then the suggestions as a table.
pub fn listing_markdown(
    model: &Model,
    glossary: &Glossary,
    suggestions: &[TermSuggestion],
) -> String {
    let mut out = String::from("# Glossary\n\n");
    let chapter = markdown_chapter(&data_dictionary(model, glossary));
    if chapter.is_empty() {
        out.push_str("No terms yet.\n\n");
    } else {
        out.push_str(&chapter);
    }
    if !suggestions.is_empty() {
        out.push_str(
            "## Suggested terms\n\n| Term | Item | Source | Description |\n|---|---|---|---|\n",
        );
        for s in suggestions {
            let _ = writeln!(
                out,
                "| {} | `{}` | {} ({}) | {} |",
                md_cell(&s.term),
                md_cell(&s.item_name),
                s.source.label(),
                md_cell(&s.from),
                md_cell(&s.description)
            );
        }
    }
    out
}
