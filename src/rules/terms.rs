//! The glossary: business terms on data items, kept in the annotation file beside the rules
//! (`terms`, see `docs/annotation-format.md`). A term names one item by its qualified name, or
//! a copybook field (copybook + field name), which every program including the copybook
//! shares. Like a rule, a term is anchored to code: the line that defines the item.
//!
//! [`Glossary::resolve`] finds, for every term, the data items it names in a model (by name,
//! and through its anchor, so a copybook field copied under another name by `REPLACING`, or a
//! definition that moved, keeps its term); rule wording reads the terms through
//! [`Glossary::words_by_item`].

use std::collections::HashMap;

use super::anchor::{self, AnchorState, fnv1a64};
use super::annotations;
use super::record::{AnnotationFile, Audit, Review, Status, TermRecord, Verdict};
use crate::model::{FileId, FileKind, Model, Span, SymbolId, SymbolKind};

/// What a new term names: the one item, or the copybook field the item is a copy of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermScope {
    Item,
    CopybookField,
}

/// The copybook an item is defined in (its name as COPY names it: the file name without
/// extension, upper-cased) and the item's name; `None` when the item is not in a copybook.
pub fn copybook_field(model: &Model, item: SymbolId) -> Option<(String, String)> {
    let s = model.symbol(item);
    let span = s.name_span.or(s.span)?;
    let file = model.files.get(span.file.index())?;
    if file.kind != FileKind::CobolCopybook {
        return None;
    }
    Some((copybook_name(&file.path), s.name.to_ascii_uppercase()))
}

/// `benefits/cobol/cpy/CLAIMREC.cpy` → `CLAIMREC`.
pub fn copybook_name(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    file.split('.').next().unwrap_or(file).to_ascii_uppercase()
}

/// The id of a term naming `item` or `copybook`/`field`: `TERM-` and a short hash, so two
/// people naming the same field get the same id and their files merge field by field.
pub fn term_id(item: Option<&str>, copybook: Option<&str>, field: Option<&str>) -> String {
    let key = match (item, copybook, field) {
        (_, Some(c), Some(f)) => format!("copybook\u{0}{}\u{0}{}", c.to_ascii_uppercase(), f),
        (Some(i), _, _) => format!("item\u{0}{i}"),
        _ => String::new(),
    };
    format!(
        "TERM-{}",
        &format!("{:016x}", fnv1a64(key.as_bytes()))[..10]
    )
}

/// The span of the line that defines `item` (its name's line).
fn definition_line(model: &Model, item: SymbolId) -> Option<Span> {
    let s = model.symbol(item);
    s.name_span.or(s.span)
}

/// A new term record for `item`, anchored to its definition line, status draft.
pub fn new_term(
    model: &Model,
    item: SymbolId,
    scope: TermScope,
    term: &str,
    description: &str,
    who: &str,
    now: &str,
) -> TermRecord {
    let s = model.symbol(item);
    let (item_name, copybook, field) = match (scope, copybook_field(model, item)) {
        (TermScope::CopybookField, Some((c, f))) => (None, Some(c), Some(f)),
        _ => (Some(s.qualified_name.clone()), None, None),
    };
    let anchors = definition_line(model, item)
        .map(|span| vec![anchor::make_anchor(model, item, span)])
        .unwrap_or_default();
    TermRecord {
        id: term_id(item_name.as_deref(), copybook.as_deref(), field.as_deref()),
        term: term.trim().to_string(),
        description: description.trim().to_string(),
        item: item_name,
        copybook,
        field,
        status: Status::Draft,
        tags: Vec::new(),
        anchors,
        reviews: Vec::new(),
        audit: Audit {
            created_by: who.to_string(),
            created_at: now.to_string(),
            updated_by: who.to_string(),
            updated_at: now.to_string(),
            extra: Default::default(),
        },
        extra: Default::default(),
    }
}

/// Adds `record` to the file, or updates the term of the same id (its term and description,
/// and the audit's updated fields; reviews, status and unknown fields stay). Returns whether
/// the file changed.
pub fn upsert(file: &mut AnnotationFile, record: TermRecord) -> bool {
    match file.terms.iter_mut().find(|t| t.id == record.id) {
        Some(old) => {
            if old.term == record.term && old.description == record.description {
                return false;
            }
            old.term = record.term;
            old.description = record.description;
            if old.anchors.is_empty() {
                old.anchors = record.anchors;
            }
            old.audit.updated_by = record.audit.updated_by;
            old.audit.updated_at = record.audit.updated_at;
            true
        }
        None => {
            let at = file
                .terms
                .partition_point(|t| t.id.as_str() < record.id.as_str());
            file.terms.insert(at, record);
            true
        }
    }
}

/// Moves a term along the status path rules follow (candidate → draft → in review →
/// approved | rejected | obsolete), recording who and when in its audit.
pub fn set_status(term: &mut TermRecord, next: Status, who: &str, at: &str) -> Result<(), String> {
    if term.status == next {
        return Err(format!("term {} is already {next}", term.id));
    }
    if !term.status.can_become(next) {
        return Err(format!(
            "term {} cannot go from {} to {next}",
            term.id, term.status
        ));
    }
    term.status = next;
    term.audit.updated_by = who.to_string();
    term.audit.updated_at = at.to_string();
    Ok(())
}

/// Adds a reviewer's verdict (ordered by time then reviewer, an identical one once), and
/// moves the status as the verdict says: approve → in review, then approved; reject →
/// rejected; needs change → back to draft. Returns whether the review was added.
pub fn review(term: &mut TermRecord, review: Review) -> bool {
    if term.reviews.contains(&review) {
        return false;
    }
    let (who, at) = (review.reviewer.clone(), review.at.clone());
    let path: &[Status] = match (review.verdict, term.status) {
        (Verdict::Approve, Status::Candidate) => {
            &[Status::Draft, Status::InReview, Status::Approved]
        }
        (Verdict::Approve, Status::Draft) => &[Status::InReview, Status::Approved],
        (Verdict::Approve, Status::InReview) => &[Status::Approved],
        (Verdict::Reject, s) if s != Status::Rejected => &[Status::Rejected],
        (Verdict::NeedsChange, Status::InReview) => &[Status::Draft],
        _ => &[],
    };
    for &next in path {
        // Each step is allowed from the one before.
        let _ = set_status(term, next, &who, &at);
    }
    term.audit.updated_by = who;
    term.audit.updated_at = at;
    term.reviews.push(review);
    term.reviews
        .sort_by(|a, b| (&a.at, &a.reviewer).cmp(&(&b.at, &b.reviewer)));
    true
}

/// Who edits terms from a front end without a user setting.
pub fn current_user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "legacylens".to_string())
}

/// [`upsert`] of a [`new_term`] made now by the current user.
pub fn name_field(
    model: &Model,
    file: &mut AnnotationFile,
    item: SymbolId,
    scope: TermScope,
    term: &str,
    description: &str,
) -> bool {
    let record = new_term(
        model,
        item,
        scope,
        term,
        description,
        &current_user(),
        &annotations::now_rfc3339(),
    );
    upsert(file, record)
}

/// One term as found in a model.
#[derive(Debug, Clone)]
pub struct ResolvedTerm {
    /// Index into the terms the glossary was resolved from.
    pub index: usize,
    /// Where its anchor is now (`None` without an anchor).
    pub state: Option<AnchorState>,
    /// The data items it names, in symbol order.
    pub items: Vec<SymbolId>,
}

/// The terms of an annotation file resolved against a model.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub terms: Vec<TermRecord>,
    pub resolved: Vec<ResolvedTerm>,
    by_item: HashMap<SymbolId, usize>,
}

impl Glossary {
    /// Finds the items of every term. When two terms name the same item, the one naming the
    /// item itself wins over a copybook-wide one, then the first by id.
    pub fn resolve(model: &Model, terms: &[TermRecord]) -> Glossary {
        let mut glossary = Glossary {
            terms: terms.to_vec(),
            ..Glossary::default()
        };
        if terms.is_empty() {
            return glossary;
        }
        let index = DefinitionIndex::new(model);
        for (k, t) in terms.iter().enumerate() {
            let state = t.anchors.first().map(|a| anchor::resolve(model, a));
            let mut items: Vec<SymbolId> = Vec::new();
            let at_anchor: Vec<SymbolId> = state
                .as_ref()
                .and_then(AnchorState::span)
                .map(|span| index.defined_at(span.file, span.line))
                .unwrap_or_default();
            match (&t.item, &t.copybook, &t.field) {
                (_, Some(c), Some(f)) => {
                    items.extend(index.copies(c, f));
                    items.extend(at_anchor);
                }
                (Some(name), _, _) => match model.symbol_named(name) {
                    Some(id) => items.push(id),
                    // The item was renamed or moved: the item now defined where the anchor is,
                    // in the same program.
                    None => {
                        let program = name.split('.').next().unwrap_or("");
                        items.extend(at_anchor.into_iter().find(|&id| {
                            model.symbol(id).qualified_name.split('.').next() == Some(program)
                        }));
                    }
                },
                _ => {}
            }
            items.sort();
            items.dedup();
            glossary.resolved.push(ResolvedTerm {
                index: k,
                state,
                items,
            });
        }
        // Item terms first, so they win over copybook-wide ones.
        let mut order: Vec<usize> = (0..terms.len()).collect();
        order.sort_by_key(|&k| (terms[k].item.is_none(), terms[k].id.clone()));
        for k in order {
            for &id in &glossary.resolved[k].items {
                glossary.by_item.entry(id).or_insert(k);
            }
        }
        glossary
    }

    /// The term naming `item`, if any.
    pub fn term_of(&self, item: SymbolId) -> Option<&TermRecord> {
        self.by_item.get(&item).map(|&k| &self.terms[k])
    }

    /// Every named item with its term's words (what rule wording reads).
    pub fn words_by_item(&self) -> HashMap<SymbolId, String> {
        self.by_item
            .iter()
            .filter(|(_, k)| !self.terms[**k].term.trim().is_empty())
            .map(|(&id, &k)| (id, self.terms[k].term.trim().to_string()))
            .collect()
    }

    /// Whether no term names anything.
    pub fn is_empty(&self) -> bool {
        self.by_item.is_empty()
    }
}

/// What a term names, for lists: `PAYCALC.WS-EARN-LIMIT` or `CLAIMREC CL-WEEKLY-EARNINGS`.
pub fn target_label(t: &TermRecord) -> String {
    match (&t.item, &t.copybook, &t.field) {
        (_, Some(c), Some(f)) => format!("copybook {c} {f}"),
        (Some(i), _, _) => i.clone(),
        _ => String::new(),
    }
}

/// Data items by where they are defined and by copybook field.
struct DefinitionIndex {
    at: HashMap<(FileId, u32), Vec<SymbolId>>,
    copies: HashMap<(String, String), Vec<SymbolId>>,
}

impl DefinitionIndex {
    fn new(model: &Model) -> Self {
        let mut at: HashMap<(FileId, u32), Vec<SymbolId>> = HashMap::new();
        let mut copies: HashMap<(String, String), Vec<SymbolId>> = HashMap::new();
        for s in &model.symbols {
            if !matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName) {
                continue;
            }
            let Some(span) = s.name_span.or(s.span) else {
                continue;
            };
            at.entry((span.file, span.line)).or_default().push(s.id);
            if let Some(key) = copybook_field(model, s.id) {
                copies.entry(key).or_default().push(s.id);
            }
        }
        DefinitionIndex { at, copies }
    }

    fn defined_at(&self, file: FileId, line: u32) -> Vec<SymbolId> {
        self.at.get(&(file, line)).cloned().unwrap_or_default()
    }

    fn copies(&self, copybook: &str, field: &str) -> Vec<SymbolId> {
        self.copies
            .get(&(copybook.to_ascii_uppercase(), field.to_ascii_uppercase()))
            .cloned()
            .unwrap_or_default()
    }
}

/// Whether a term reads as plural ("weekly earnings are …"): its last word ends in `s` but
/// not in `ss`, `us`, `is` or `'s`.
pub fn is_plural(term: &str) -> bool {
    let last = term
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_ascii_lowercase();
    last.len() > 2
        && last.ends_with('s')
        && !["ss", "us", "is", "'s", "’s"]
            .iter()
            .any(|end| last.ends_with(end))
}

/// A term as the subject or object of a sentence: "the" in front unless it starts with a
/// determiner of its own.
pub fn with_article(term: &str) -> String {
    let first = term
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    const DETERMINERS: [&str; 14] = [
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "each",
        "every", "any",
    ];
    if DETERMINERS.contains(&first.as_str()) {
        term.to_string()
    } else {
        format!("the {term}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_articles() {
        assert!(is_plural("claimant's weekly earnings"));
        assert!(!is_plural("earnings limit"));
        assert!(!is_plural("claim status"));
        assert!(!is_plural("address"));
        assert!(!is_plural("basis"));
        assert_eq!(with_article("earnings limit"), "the earnings limit");
        assert_eq!(with_article("their award"), "their award");
    }

    fn term() -> TermRecord {
        TermRecord {
            id: "TERM-x".into(),
            term: "earnings limit".into(),
            description: String::new(),
            item: Some("P.X".into()),
            copybook: None,
            field: None,
            status: Status::Draft,
            tags: Vec::new(),
            anchors: Vec::new(),
            reviews: Vec::new(),
            audit: Audit {
                created_by: "a".into(),
                created_at: "t0".into(),
                updated_by: "a".into(),
                updated_at: "t0".into(),
                extra: Default::default(),
            },
            extra: Default::default(),
        }
    }

    fn verdict(v: Verdict, at: &str) -> Review {
        Review {
            reviewer: "bob".into(),
            verdict: v,
            comment: String::new(),
            at: at.into(),
            extra: Default::default(),
        }
    }

    #[test]
    fn reviews_move_a_term_along_the_status_path_and_are_audited() {
        let mut t = term();
        assert!(review(&mut t, verdict(Verdict::Approve, "t2")));
        assert_eq!(t.status, Status::Approved);
        assert_eq!(
            (t.audit.updated_by.as_str(), t.audit.updated_at.as_str()),
            ("bob", "t2")
        );
        assert!(!review(&mut t, verdict(Verdict::Approve, "t2")), "once");
        // An approved term is not rejected by a late verdict (approved → obsolete | draft
        // only), but the verdict is kept, in time order.
        assert!(review(&mut t, verdict(Verdict::Reject, "t1")));
        assert_eq!(t.status, Status::Approved);
        assert_eq!(t.reviews[0].at, "t1", "ordered by time");
        assert!(set_status(&mut t, Status::Rejected, "a", "t3").is_err());
        assert!(set_status(&mut t, Status::Draft, "a", "t3").is_ok());
        assert!(review(&mut t, verdict(Verdict::Reject, "t4")));
        assert_eq!(t.status, Status::Rejected);
    }

    #[test]
    fn ids_depend_on_what_is_named_only() {
        let a = term_id(Some("P.A"), None, None);
        assert_eq!(a, term_id(Some("P.A"), None, None));
        assert_ne!(a, term_id(Some("P.B"), None, None));
        let c = term_id(None, Some("claimrec"), Some("CL-X"));
        assert_eq!(c, term_id(None, Some("CLAIMREC"), Some("CL-X")));
        assert!(c.starts_with("TERM-") && c.len() == 15);
        assert_eq!(copybook_name("a/cpy/CLAIMREC.cpy"), "CLAIMREC");
        assert_eq!(copybook_name("BENCONST"), "BENCONST");
    }
}
