//! Rule documentation export: the catalogue as Markdown, CSV (one row per rule) and JSON
//! (everything), plus the pieces every format shares — grouping by business function and rule
//! set, the code excerpt of each anchor as the code reads now, and the decision tables of the
//! EVALUATEs a rule covers. HTML lives in `html.rs` and uses the same pieces. A file with
//! terms gets a data-dictionary chapter (`term_report.rs`) in Markdown, HTML and JSON.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::anchor::{self, AnchorState};
use super::decision_table;
use super::record::{AnnotationFile, RuleRecord, Status};
use super::term_report;
use super::terms::Glossary;
use crate::csv_cell;
use crate::model::{DecisionTable, Model};

/// Group label for rules without a business function or rule set.
pub const UNASSIGNED: &str = "(unassigned)";

/// Rules grouped by business function, then rule set, each group sorted by rule id. A rule
/// in several functions or sets appears in each.
pub fn grouped(rules: &[RuleRecord]) -> BTreeMap<String, BTreeMap<String, Vec<&RuleRecord>>> {
    let mut out: BTreeMap<String, BTreeMap<String, Vec<&RuleRecord>>> = BTreeMap::new();
    let one = |v: &[String]| -> Vec<String> {
        if v.is_empty() {
            vec![UNASSIGNED.to_string()]
        } else {
            v.to_vec()
        }
    };
    for rule in rules {
        for function in one(&rule.business_functions) {
            for set in one(&rule.rule_sets) {
                out.entry(function.clone())
                    .or_default()
                    .entry(set)
                    .or_default()
                    .push(rule);
            }
        }
    }
    for sets in out.values_mut() {
        for rules in sets.values_mut() {
            rules.sort_by(|a, b| a.id.cmp(&b.id));
            rules.dedup_by(|a, b| a.id == b.id);
        }
    }
    out
}

/// One anchor as the code reads now.
#[derive(Debug, Clone)]
pub struct Excerpt {
    /// `anchored`, `shifted`, `moved`, `changed`, `orphaned`.
    pub state: &'static str,
    pub symbol: String,
    /// File relative to the project root and the first line, as the code is now (the
    /// anchor's own place when orphaned).
    pub path: String,
    pub line: u32,
    /// The code: the current text of the anchored lines, or the quote kept in the anchor
    /// when the code is gone.
    pub text: String,
    /// A changed anchor's word diff of the old quote against the code now
    /// (`[-old-]{+new+}`), its runs, and its token similarity in percent.
    pub diff: Option<String>,
    pub diff_parts: Vec<super::anchor_fuzzy::DiffPart>,
    pub similarity: Option<u32>,
}

/// The excerpts of a rule's anchors.
pub fn excerpts(model: &Model, rule: &RuleRecord) -> Vec<Excerpt> {
    rule.anchors
        .iter()
        .map(|a| {
            let state = anchor::resolve(model, a);
            let (symbol, span) = match &state {
                AnchorState::Moved { symbol, span } | AnchorState::Changed { symbol, span, .. } => {
                    (symbol.clone(), Some(*span))
                }
                other => (a.symbol.clone(), other.span()),
            };
            let current = span.and_then(|s| {
                let file = model.file(s.file);
                let text = file.text.as_ref()?;
                let lines: Vec<&str> = text
                    .lines()
                    .skip(s.line.saturating_sub(1) as usize)
                    .take((s.end_line.max(s.line) - s.line + 1) as usize)
                    .collect();
                Some((file.path.clone(), s.line, lines.join("\n")))
            });
            let (path, line, text) =
                current.unwrap_or_else(|| (a.path.clone(), a.line_hint, a.quote.clone()));
            let (diff_parts, similarity) = match &state {
                AnchorState::Changed {
                    diff, similarity, ..
                } => (diff.clone(), Some(*similarity)),
                _ => (Vec::new(), None),
            };
            Excerpt {
                state: state.label(),
                diff: state.diff_text(),
                diff_parts,
                similarity,
                symbol,
                path,
                line,
                text,
            }
        })
        .collect()
}

/// The EVALUATE decision tables inside the rule's anchored code.
pub fn decision_tables<'m>(model: &'m Model, excerpts: &[Excerpt]) -> Vec<&'m DecisionTable> {
    let mut out: Vec<&DecisionTable> = Vec::new();
    for e in excerpts {
        let end = e.line + e.text.lines().count().max(1) as u32 - 1;
        for t in &model.decisions {
            if model.file(t.span.file).path == e.path
                && t.span.line >= e.line
                && t.span.line <= end
                && !out.iter().any(|o| std::ptr::eq(*o, t))
            {
                out.push(t);
            }
        }
    }
    out
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Candidate => "candidate",
        Status::Draft => "draft",
        Status::InReview => "in review",
        Status::Approved => "approved",
        Status::Rejected => "rejected",
        Status::Obsolete => "obsolete",
    }
}

fn classification_label(rule: &RuleRecord) -> String {
    rule.classification
        .map(|c| {
            serde_json::to_value(c)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// Markdown catalogue: business function → rule set → rules, each with descriptions, status,
/// inputs/outputs, conditions (code and plain words), code excerpts with `file:line` and the
/// decision tables of its EVALUATEs.
pub fn to_markdown(model: &Model, file: &AnnotationFile, title: &str) -> String {
    let mut out = format!("# {title}\n\n{} rules.\n", file.rules.len());
    let fence = |text: &str| {
        let mut ticks = "```".to_string();
        while text.contains(&ticks) {
            ticks.push('`');
        }
        ticks
    };
    for (function, sets) in grouped(&file.rules) {
        out.push_str(&format!("\n## {function}\n"));
        for (set, rules) in sets {
            out.push_str(&format!("\n### {set}\n"));
            for rule in rules {
                out.push_str(&format!("\n#### {} — {}\n\n", rule.id, rule.name));
                out.push_str(&format!("*Status:* {}", status_label(rule.status)));
                let class = classification_label(rule);
                if !class.is_empty() {
                    out.push_str(&format!(" · *Classification:* {class}"));
                }
                if let Some(owner) = &rule.owner {
                    out.push_str(&format!(" · *Owner:* {owner}"));
                }
                if !rule.tags.is_empty() {
                    out.push_str(&format!(" · *Tags:* {}", rule.tags.join(", ")));
                }
                out.push_str("\n\n");
                if !rule.business_description.is_empty() {
                    out.push_str(&format!("{}\n\n", rule.business_description));
                }
                if !rule.technical_description.is_empty() {
                    out.push_str(&format!("*Technical:* {}\n\n", rule.technical_description));
                }
                if !rule.conditions.is_empty() {
                    out.push_str("**Conditions**\n\n");
                    for c in &rule.conditions {
                        let plain = if c.plain.is_empty() {
                            &c.code
                        } else {
                            &c.plain
                        };
                        out.push_str(&format!("- {plain}  \n  `{}`\n", c.code.replace('`', "'")));
                    }
                    out.push('\n');
                }
                if !rule.inputs.is_empty() {
                    out.push_str(&format!("*Inputs:* {}\n\n", rule.inputs.join(", ")));
                }
                if !rule.outputs.is_empty() {
                    out.push_str(&format!("*Outputs:* {}\n\n", rule.outputs.join(", ")));
                }
                let excerpts = excerpts(model, rule);
                for e in &excerpts {
                    let note = match (&e.diff, e.similarity) {
                        _ if e.state == "anchored" => String::new(),
                        (Some(d), Some(sim)) => format!(
                            " — anchor changed ({sim} % alike), word diff: `{}`",
                            d.replace('`', "'")
                        ),
                        _ => format!(" — anchor {}", e.state),
                    };
                    let f = fence(&e.text);
                    out.push_str(&format!(
                        "`{}` in `{}:{}`{note}\n\n{f}\n{}\n{f}\n\n",
                        e.symbol, e.path, e.line, e.text
                    ));
                }
                for t in decision_tables(model, &excerpts) {
                    out.push_str(&decision_table::to_markdown(model, t));
                    out.push('\n');
                }
                for r in &rule.reviews {
                    out.push_str(&format!(
                        "> Review by {} ({}): **{:?}** {}\n",
                        r.reviewer, r.at, r.verdict, r.comment
                    ));
                }
            }
        }
    }
    let dictionary = dictionary(model, file);
    if !dictionary.is_empty() {
        out.push('\n');
        out.push_str(&term_report::markdown_chapter(&dictionary));
    }
    out
}

/// The data dictionary of the file's terms (empty without terms).
pub fn dictionary(model: &Model, file: &AnnotationFile) -> Vec<term_report::DictionaryEntry> {
    if file.terms.is_empty() {
        return Vec::new();
    }
    term_report::data_dictionary(model, &Glossary::resolve(model, &file.terms))
}

/// CSV, one row per rule, lists joined with `; ` (spreadsheet-friendly; every cell through
/// [`csv_cell::text`], so none runs as a formula).
pub fn to_csv(model: &Model, file: &AnnotationFile) -> String {
    let mut out = String::from(
        "id,name,status,classification,business_functions,rule_sets,owner,tags,inputs,outputs,conditions,plain_conditions,anchors,anchor_states,business_description,technical_description,reviews,last_verdict\n",
    );
    for rule in &file.rules {
        let excerpts = excerpts(model, rule);
        let cells = [
            rule.id.clone(),
            rule.name.clone(),
            status_label(rule.status).to_string(),
            classification_label(rule),
            rule.business_functions.join("; "),
            rule.rule_sets.join("; "),
            rule.owner.clone().unwrap_or_default(),
            rule.tags.join("; "),
            rule.inputs.join("; "),
            rule.outputs.join("; "),
            rule.conditions
                .iter()
                .map(|c| c.code.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            rule.conditions
                .iter()
                .map(|c| c.plain.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            excerpts
                .iter()
                .map(|e| format!("{}:{}", e.path, e.line))
                .collect::<Vec<_>>()
                .join("; "),
            excerpts
                .iter()
                .map(|e| match &e.diff {
                    Some(d) => format!("{} {d}", e.state),
                    None => e.state.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; "),
            rule.business_description.clone(),
            rule.technical_description.clone(),
            rule.reviews.len().to_string(),
            rule.reviews
                .last()
                .map(|r| format!("{:?}", r.verdict))
                .unwrap_or_default(),
        ];
        out.push_str(&csv_cell::line(&cells));
    }
    out
}

/// JSON: the annotation file's rules with, for each, its anchors as the code reads now and
/// its decision tables.
pub fn to_json(model: &Model, file: &AnnotationFile) -> Value {
    let rules: Vec<Value> = file
        .rules
        .iter()
        .map(|rule| {
            let excerpts = excerpts(model, rule);
            let tables: Vec<Value> = decision_tables(model, &excerpts)
                .into_iter()
                .map(|t| {
                    json!({
                        "owner": model.symbol(t.owner).qualified_name,
                        "site": format!("{}:{}", model.file(t.span.file).path, t.span.line),
                        "subjects": decision_table::headers(t),
                        "rows": decision_table::rows(t).into_iter().map(|r| json!({
                            "objects": r.objects, "actions": r.actions
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "rule": rule,
                "code": excerpts.iter().map(|e| json!({
                    "state": e.state, "symbol": e.symbol, "path": e.path,
                    "line": e.line, "text": e.text,
                    "similarity": e.similarity, "diff": e.diff_parts,
                })).collect::<Vec<_>>(),
                "decision_tables": tables,
            })
        })
        .collect();
    let mut out = json!({ "schema_version": file.schema_version, "rules": rules });
    let dictionary = dictionary(model, file);
    if !dictionary.is_empty() {
        out["data_dictionary"] = term_report::json_chapter(&dictionary);
    }
    out
}
