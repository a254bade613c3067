//! The rule book: the annotation file open in the app, with the candidates still to triage,
//! the anchor state of every rule (resolved once per change, not per frame), a reviewer's
//! file loaded for review, merge conflicts to resolve, export, and the guarantees that no
//! annotation is ever lost: atomic saves with a `.bak`, a recovery file written a couple of
//! seconds after each change, and a file that failed to load is never overwritten.
//! No GUI types here; `app::rules_view` draws it.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use crate::model::{FileId, Span, SymbolId, SymbolKind};
use crate::rules::anchor::{self, AnchorState};
use crate::rules::annotations;
use crate::rules::merge::{self, CONFLICTS_KEY, Conflict, RULE_FIELD};
use crate::rules::mine::Candidate;
use crate::rules::record::{
    Anchor, AnnotationFile, Audit, Classification, Review, RuleRecord, Status, TermRecord, Verdict,
};
use crate::rules::terms::{self, Glossary, TermScope};
use crate::rules::{export, html};

use super::Workspace;

/// The annotation file of a project unless the user picks another.
pub const DEFAULT_FILE_NAME: &str = "legacylens-rules.json";
/// How long after a change the recovery file is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);
/// Title of exported catalogues.
pub const EXPORT_TITLE: &str = "Business rule catalogue";

/// `<project root>/legacylens-rules.json`.
pub fn default_path(root: &Path) -> PathBuf {
    root.join(DEFAULT_FILE_NAME)
}

/// `<annotation file>.recovery.json`, next to the annotation file.
pub fn recovery_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".recovery.json");
    path.with_file_name(name)
}

/// A rule anchored on a line, for the code view's gutter.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleMark {
    pub line: u32,
    pub rule_id: String,
    pub name: String,
    pub status: Status,
}

/// The formats of the exported catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ExportFormat {
    #[default]
    Markdown,
    Html,
    Csv,
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Csv,
        ExportFormat::Json,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Html => "HTML",
            ExportFormat::Csv => "CSV",
            ExportFormat::Json => "JSON",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }

    /// `rules-catalogue.<extension>`.
    pub fn default_file_name(self) -> String {
        format!("rules-catalogue.{}", self.extension())
    }
}

/// An anchor's state without its place, for filters and badges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnchorHealth {
    Anchored,
    Shifted,
    Moved,
    Changed,
    Orphaned,
}

impl AnchorHealth {
    pub const ALL: [AnchorHealth; 5] = [
        AnchorHealth::Anchored,
        AnchorHealth::Shifted,
        AnchorHealth::Moved,
        AnchorHealth::Changed,
        AnchorHealth::Orphaned,
    ];

    pub fn of(state: &AnchorState) -> AnchorHealth {
        match state {
            AnchorState::Anchored { .. } => AnchorHealth::Anchored,
            AnchorState::Shifted { .. } => AnchorHealth::Shifted,
            AnchorState::Moved { .. } => AnchorHealth::Moved,
            AnchorState::Changed { .. } => AnchorHealth::Changed,
            AnchorState::Orphaned => AnchorHealth::Orphaned,
        }
    }

    /// The worst state of a rule's anchors; a rule without anchors is orphaned.
    pub fn worst(states: &[AnchorState]) -> AnchorHealth {
        states
            .iter()
            .map(AnchorHealth::of)
            .max()
            .unwrap_or(AnchorHealth::Orphaned)
    }

    pub fn label(self) -> &'static str {
        match self {
            AnchorHealth::Anchored => "anchored",
            AnchorHealth::Shifted => "shifted",
            AnchorHealth::Moved => "moved",
            AnchorHealth::Changed => "changed",
            AnchorHealth::Orphaned => "orphaned",
        }
    }
}

/// The program an anchor is in: its file name without folder and extension (`PAYCALC`,
/// `AgeRule`).
pub fn program_of(anchor: &Anchor) -> String {
    let name = anchor.path.rsplit('/').next().unwrap_or(&anchor.path);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name.to_string(),
    }
}

/// `a, b ,, c` → `["a", "b", "c"]`.
pub fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// `["a", "b"]` → `a, b`.
pub fn join_list(items: &[String]) -> String {
    items.join(", ")
}

/// The name of a classification as in files (`decision`).
pub fn classification_label(c: Classification) -> &'static str {
    match c {
        Classification::Validation => "validation",
        Classification::Calculation => "calculation",
        Classification::Decision => "decision",
        Classification::Routing => "routing",
        Classification::Transformation => "transformation",
        Classification::Constraint => "constraint",
    }
}

/// Every classification, in declaration order.
pub const CLASSIFICATIONS: [Classification; 6] = [
    Classification::Validation,
    Classification::Calculation,
    Classification::Decision,
    Classification::Routing,
    Classification::Transformation,
    Classification::Constraint,
];

/// Which rules the rules list shows. Empty fields match everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleFilter {
    pub status: Option<Status>,
    pub classification: Option<Classification>,
    pub business_function: Option<String>,
    pub program: Option<String>,
    /// Matches when any anchor of the rule is in this state (a rule without anchors counts
    /// as orphaned).
    pub anchor: Option<AnchorHealth>,
    /// Case-insensitive words looked for in id, name, descriptions, tags, inputs, outputs,
    /// conditions, owner.
    pub text: String,
}

impl RuleFilter {
    pub fn matches(&self, rule: &RuleRecord, states: &[AnchorState]) -> bool {
        if self.status.is_some_and(|s| s != rule.status) {
            return false;
        }
        if self.classification.is_some() && self.classification != rule.classification {
            return false;
        }
        if let Some(f) = &self.business_function
            && !rule.business_functions.iter().any(|b| b == f)
        {
            return false;
        }
        if let Some(p) = &self.program
            && !rule.anchors.iter().any(|a| &program_of(a) == p)
        {
            return false;
        }
        if let Some(want) = self.anchor {
            let any = if states.is_empty() {
                want == AnchorHealth::Orphaned
            } else {
                states.iter().any(|s| AnchorHealth::of(s) == want)
            };
            if !any {
                return false;
            }
        }
        let text = self.text.trim().to_lowercase();
        if text.is_empty() {
            return true;
        }
        let mut hay = vec![
            rule.id.as_str(),
            rule.name.as_str(),
            rule.business_description.as_str(),
            rule.technical_description.as_str(),
            rule.owner.as_deref().unwrap_or(""),
        ];
        for list in [&rule.tags, &rule.inputs, &rule.outputs] {
            hay.extend(list.iter().map(String::as_str));
        }
        for c in &rule.conditions {
            hay.push(&c.code);
            hay.push(&c.plain);
        }
        let hay = hay.join("\n").to_lowercase();
        text.split_whitespace().all(|w| hay.contains(w))
    }
}

/// Another annotation file loaded next to the book (a reviewer's or a colleague's).
#[derive(Debug, Clone)]
pub struct LoadedFile {
    pub path: PathBuf,
    pub file: AnnotationFile,
}

/// The annotation file being edited in the app, with what the views need about it.
#[derive(Debug, Default)]
pub struct RuleBook {
    path: Option<PathBuf>,
    file: AnnotationFile,
    /// Candidates whose id is not in the file: index into `ws.candidates()` and id (a stale
    /// entry, after a re-index without [`RuleBook::refresh`], is skipped, never mistaken).
    pending: Vec<(usize, String)>,
    dirty: bool,
    /// When the first change not yet in the recovery file was made.
    changed_at: Option<Instant>,
    /// Why the file could not be loaded; while set, it is never overwritten.
    load_error: Option<String>,
    /// A recovery file from an earlier session is waiting for restore or discard.
    recovery_pending: bool,
    /// Anchor states by rule id, in anchor order.
    states: BTreeMap<String, Vec<AnchorState>>,
    user: String,
    review: Option<LoadedFile>,
    /// The file's terms resolved against the workspace (rebuilt when terms change).
    glossary: Glossary,
    /// Counts changes of the terms, so views and re-mining know when to catch up.
    terms_version: u64,
}

fn default_user() -> String {
    crate::rules::author::os_user().unwrap_or_else(|| "unknown".to_string())
}

impl RuleBook {
    /// Opens the annotation file at `path` over `ws`. A missing file is an empty book; a file
    /// that does not load gives an empty book with [`RuleBook::load_error`] set, and that
    /// file is never overwritten (use [`RuleBook::save_as`]).
    pub fn open(ws: &Workspace, path: PathBuf) -> RuleBook {
        let mut book = RuleBook {
            user: crate::rules::author::default_author(&ws.model.root).unwrap_or_else(default_user),
            ..RuleBook::default()
        };
        if path.exists() {
            match annotations::load(&path) {
                Ok(file) => book.file = file,
                Err(e) => book.load_error = Some(e.to_string()),
            }
        }
        book.recovery_pending = recovery_path(&path).is_file();
        book.path = Some(path);
        book.refresh(ws);
        book
    }

    /// Opens `<project root>/legacylens-rules.json`.
    pub fn open_default(ws: &Workspace) -> RuleBook {
        RuleBook::open(ws, default_path(&ws.model.root))
    }

    /// Resolves every anchor again and recomputes the pending candidates: after a re-index.
    pub fn refresh(&mut self, ws: &Workspace) {
        self.states = self
            .file
            .rules
            .iter()
            .map(|r| (r.id.clone(), resolve_all(ws, r)))
            .collect();
        self.refresh_pending(ws);
        self.refresh_glossary(ws);
    }

    fn refresh_glossary(&mut self, ws: &Workspace) {
        self.glossary = Glossary::resolve(&ws.model, &self.file.terms);
        self.terms_version += 1;
    }

    // -----------------------------------------------------------------------------------------
    // Terms (the glossary)
    // -----------------------------------------------------------------------------------------

    /// The file's terms, resolved against the workspace.
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// Goes up whenever the terms may have changed (an edit, a merge, a re-index).
    pub fn terms_version(&self) -> u64 {
        self.terms_version
    }

    /// Records the user's verdict on a term (its status follows: approve → approved).
    pub fn review_term(
        &mut self,
        ws: &Workspace,
        id: &str,
        verdict: Verdict,
        comment: &str,
    ) -> Result<(), String> {
        let review = Review {
            reviewer: self.user.clone(),
            verdict,
            comment: comment.to_string(),
            at: annotations::now_rfc3339(),
            extra: Default::default(),
        };
        let term = self
            .file
            .terms
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or_else(|| format!("no term {id}"))?;
        if terms::review(term, review) {
            self.touch();
            self.refresh_glossary(ws);
        }
        Ok(())
    }

    /// Names a data item (or, with [`TermScope::CopybookField`], the copybook field it is a
    /// copy of): adds the term or updates its words. Saved with the rest of the book.
    pub fn name_field(
        &mut self,
        ws: &Workspace,
        item: SymbolId,
        scope: TermScope,
        term: &str,
        description: &str,
    ) -> Result<(), String> {
        if term.trim().is_empty() {
            return Err("a term needs some words".to_string());
        }
        let kind = ws.model.symbol(item).kind;
        if !matches!(
            kind,
            SymbolKind::DataItem | SymbolKind::ConditionName | SymbolKind::Field
        ) {
            return Err(format!(
                "{} is not a data item",
                ws.model.symbol(item).qualified_name
            ));
        }
        let now = annotations::now_rfc3339();
        let record = terms::new_term(&ws.model, item, scope, term, description, &self.user, &now);
        if terms::upsert(&mut self.file, record) {
            self.touch();
            self.refresh_glossary(ws);
        }
        Ok(())
    }

    /// Recomputes the pending candidates (when mining finishes after the workspace is shown).
    pub fn refresh_pending(&mut self, ws: &Workspace) {
        let ids: HashSet<&str> = self.file.rules.iter().map(|r| r.id.as_str()).collect();
        self.pending = ws
            .candidates()
            .iter()
            .enumerate()
            .filter(|(_, c)| !ids.contains(c.rule.id.as_str()))
            .map(|(i, c)| (i, c.rule.id.clone()))
            .collect();
    }

    fn resolve_rule(&mut self, ws: &Workspace, id: &str) {
        match self.file.rules.iter().find(|r| r.id == id) {
            Some(rule) => {
                let states = resolve_all(ws, rule);
                self.states.insert(id.to_string(), states);
            }
            None => {
                self.states.remove(id);
            }
        }
    }

    fn touch(&mut self) {
        self.dirty = true;
        if self.changed_at.is_none() {
            self.changed_at = Some(Instant::now());
        }
    }

    // -----------------------------------------------------------------------------------------
    // Reading
    // -----------------------------------------------------------------------------------------

    /// The annotation file's path (none before a project is opened).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn file(&self) -> &AnnotationFile {
        &self.file
    }

    /// Rules of the file, sorted by id.
    pub fn rules(&self) -> &[RuleRecord] {
        &self.file.rules
    }

    pub fn rule(&self, id: &str) -> Option<&RuleRecord> {
        self.file.rules.iter().find(|r| r.id == id)
    }

    /// The cached anchor states of a rule, in anchor order.
    pub fn states(&self, id: &str) -> &[AnchorState] {
        self.states.get(id).map_or(&[], Vec::as_slice)
    }

    /// Candidates not in the file yet, best first.
    pub fn pending<'w>(&self, ws: &'w Workspace) -> Vec<&'w Candidate> {
        self.pending
            .iter()
            .filter_map(|(i, id)| ws.candidates().get(*i).filter(|c| &c.rule.id == id))
            .collect()
    }

    /// Whether there are changes not yet saved to the annotation file.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Why the annotation file could not be loaded (it is then never overwritten).
    pub fn load_error(&self) -> Option<&str> {
        self.load_error.as_deref()
    }

    /// Who is recorded in audits and reviews.
    pub fn user(&self) -> String {
        if self.user.trim().is_empty() {
            default_user()
        } else {
            self.user.clone()
        }
    }

    pub fn set_user(&mut self, user: &str) {
        self.user = user.trim().to_string();
    }

    /// The file loaded for review mode.
    pub fn review_file(&self) -> Option<&LoadedFile> {
        self.review.as_ref()
    }

    /// Rules of the file with `filter` applied, in id order.
    pub fn filtered(&self, filter: &RuleFilter) -> Vec<&RuleRecord> {
        self.file
            .rules
            .iter()
            .filter(|r| filter.matches(r, self.states(&r.id)))
            .collect()
    }

    /// Every business function used, sorted.
    pub fn business_functions(&self) -> Vec<String> {
        let set: BTreeSet<&String> = self
            .file
            .rules
            .iter()
            .flat_map(|r| &r.business_functions)
            .collect();
        set.into_iter().cloned().collect()
    }

    /// Every program anchored in, sorted.
    pub fn programs(&self) -> Vec<String> {
        let set: BTreeSet<String> = self
            .file
            .rules
            .iter()
            .flat_map(|r| r.anchors.iter().map(program_of))
            .collect();
        set.into_iter().collect()
    }

    /// Rules anchored in `file`, by line (orphaned anchors have no line).
    pub fn marks(&self, _ws: &Workspace, file: FileId) -> Vec<RuleMark> {
        let mut out = Vec::new();
        for rule in &self.file.rules {
            for state in self.states(&rule.id) {
                if let Some(span) = state.span().filter(|s| s.file == file) {
                    out.push(RuleMark {
                        line: span.line,
                        rule_id: rule.id.clone(),
                        name: rule.name.clone(),
                        status: rule.status,
                    });
                }
            }
        }
        out.sort_by(|a, b| (a.line, &a.rule_id).cmp(&(b.line, &b.rule_id)));
        out.dedup();
        out
    }

    // -----------------------------------------------------------------------------------------
    // Editing
    // -----------------------------------------------------------------------------------------

    fn insert(&mut self, rule: RuleRecord) {
        match self.file.rules.binary_search_by(|r| r.id.cmp(&rule.id)) {
            Ok(i) => self.file.rules[i] = rule,
            Err(i) => self.file.rules.insert(i, rule),
        }
    }

    fn triage(&mut self, ws: &Workspace, id: &str, next: Status) -> Result<(), String> {
        let user = self.user();
        let now = annotations::now_rfc3339();
        if let Some(rule) = self.file.rules.iter_mut().find(|r| r.id == id) {
            if rule.status != Status::Candidate {
                return Err(format!("rule {id} is already {}", rule.status));
            }
            annotations::set_status(rule, next, &user, &now)?;
        } else {
            let candidate = ws
                .candidates()
                .iter()
                .find(|c| c.rule.id == id)
                .ok_or_else(|| format!("no candidate {id}"))?;
            let mut rule = candidate.rule.clone();
            if rule.status != next {
                annotations::set_status(&mut rule, next, &user, &now)?;
            }
            self.insert(rule);
        }
        self.resolve_rule(ws, id);
        self.refresh_pending(ws);
        self.touch();
        Ok(())
    }

    /// The candidate becomes a draft rule in the file.
    pub fn accept(&mut self, ws: &Workspace, id: &str) -> Result<(), String> {
        self.triage(ws, id, Status::Draft)
    }

    /// The candidate is recorded as rejected, so it is not proposed again.
    pub fn reject(&mut self, ws: &Workspace, id: &str) -> Result<(), String> {
        self.triage(ws, id, Status::Rejected)
    }

    /// Records a new draft rule by hand, anchored at `span` in `symbol` (the code the user
    /// selected); its id is the next free `BR-0001`-style sequence number. Returns the id.
    pub fn create(
        &mut self,
        ws: &Workspace,
        symbol: SymbolId,
        span: Span,
    ) -> Result<String, String> {
        let anchor = anchor::make_anchor(&ws.model, symbol, span);
        if anchor.path.is_empty() {
            return Err("that place is not in a file of the project".to_string());
        }
        let name = ws
            .model
            .symbols
            .get(symbol.index())
            .map_or("code", |s| s.name.as_str());
        let rule = RuleRecord {
            name: format!("New rule in {name}"),
            anchors: vec![anchor],
            ..self.new_draft()
        };
        Ok(self.add_draft(ws, rule))
    }

    /// Records a new draft rule by hand at a mined candidate's place, prefilled with what the
    /// miner found: name, descriptions, classification, business function, conditions,
    /// inputs, outputs and anchor. Its id is a new sequence number, as for
    /// [`RuleBook::create`]; the candidate stays in the queue. Returns the id.
    pub fn create_from_candidate(
        &mut self,
        ws: &Workspace,
        candidate: &Candidate,
    ) -> Result<String, String> {
        let found = &candidate.rule;
        if found.anchors.iter().all(|a| a.path.is_empty()) {
            return Err("that candidate is not in a file of the project".to_string());
        }
        let rule = RuleRecord {
            name: found.name.clone(),
            business_description: found.business_description.clone(),
            technical_description: found.technical_description.clone(),
            classification: found.classification,
            business_functions: found.business_functions.clone(),
            inputs: found.inputs.clone(),
            outputs: found.outputs.clone(),
            conditions: found.conditions.clone(),
            anchors: found.anchors.clone(),
            ..self.new_draft()
        };
        Ok(self.add_draft(ws, rule))
    }

    /// An empty draft with the next free `BR-0001`-style id and the user's audit.
    fn new_draft(&self) -> RuleRecord {
        let used: HashSet<&str> = self.file.rules.iter().map(|r| r.id.as_str()).collect();
        let id = (1..)
            .map(|n| format!("BR-{n:04}"))
            .find(|id| !used.contains(id.as_str()))
            .expect("a free sequence number");
        let user = self.user();
        let now = annotations::now_rfc3339();
        RuleRecord {
            id,
            name: String::new(),
            business_description: String::new(),
            technical_description: String::new(),
            classification: None,
            status: Status::Draft,
            business_functions: Vec::new(),
            rule_sets: Vec::new(),
            owner: None,
            tags: Vec::new(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            conditions: Vec::new(),
            anchors: Vec::new(),
            reviews: Vec::new(),
            audit: Audit {
                created_by: user.clone(),
                created_at: now.clone(),
                updated_by: user,
                updated_at: now,
                extra: Map::new(),
            },
            extra: Map::new(),
        }
    }

    fn add_draft(&mut self, ws: &Workspace, rule: RuleRecord) -> String {
        let id = rule.id.clone();
        self.insert(rule);
        self.resolve_rule(ws, &id);
        self.refresh_pending(ws);
        self.touch();
        id
    }

    /// Replaces the rule with the same id by `rule` (an edit). A status change must be an
    /// allowed transition. The audit records the user and time.
    pub fn update(&mut self, ws: &Workspace, mut rule: RuleRecord) -> Result<(), String> {
        let old = self
            .rule(&rule.id)
            .ok_or_else(|| format!("no rule {} in the book", rule.id))?;
        if *old == rule {
            return Ok(());
        }
        if old.status != rule.status && !old.status.can_become(rule.status) {
            return Err(format!(
                "rule {} cannot go from {} to {}",
                rule.id, old.status, rule.status
            ));
        }
        let anchors_changed = old.anchors != rule.anchors;
        rule.audit.updated_by = self.user();
        rule.audit.updated_at = annotations::now_rfc3339();
        let id = rule.id.clone();
        self.insert(rule);
        if anchors_changed {
            self.resolve_rule(ws, &id);
        }
        self.touch();
        Ok(())
    }

    /// Moves a rule to another status ([`Status::can_become`]), recording who and when.
    pub fn set_status(&mut self, id: &str, next: Status) -> Result<(), String> {
        let user = self.user();
        let rule = self
            .file
            .rules
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or_else(|| format!("no rule {id} in the book"))?;
        annotations::set_status(rule, next, &user, &annotations::now_rfc3339())?;
        self.touch();
        Ok(())
    }

    /// Adds the user's review to the book's rule `id` and applies the status change the
    /// verdict implies where the life cycle allows it: approve → approved (from in review),
    /// reject → rejected, needs change → draft (from in review or approved). A rule only in
    /// the loaded review file is first copied into the book. Returns the status afterwards.
    pub fn add_review(
        &mut self,
        ws: &Workspace,
        id: &str,
        verdict: Verdict,
        comment: &str,
    ) -> Result<Status, String> {
        if self.rule(id).is_none() {
            let from_review = self
                .review
                .as_ref()
                .and_then(|f| f.file.rules.iter().find(|r| r.id == id))
                .cloned()
                .ok_or_else(|| format!("no rule {id} in the book"))?;
            self.insert(from_review);
            self.resolve_rule(ws, id);
            self.refresh_pending(ws);
        }
        let user = self.user();
        let now = annotations::now_rfc3339();
        let rule = self
            .file
            .rules
            .iter_mut()
            .find(|r| r.id == id)
            .expect("inserted above");
        annotations::add_review(
            rule,
            Review {
                reviewer: user.clone(),
                verdict,
                comment: comment.trim().to_string(),
                at: now.clone(),
                extra: Map::new(),
            },
        );
        let next = match verdict {
            Verdict::Approve => Status::Approved,
            Verdict::Reject => Status::Rejected,
            Verdict::NeedsChange => Status::Draft,
        };
        let applies = match verdict {
            Verdict::NeedsChange => matches!(rule.status, Status::InReview | Status::Approved),
            _ => rule.status.can_become(next),
        };
        if applies {
            annotations::set_status(rule, next, &user, &now)?;
        }
        let status = rule.status;
        self.touch();
        Ok(status)
    }

    /// Points anchor `index` of rule `id` at `span` in `symbol` (re-link an orphaned anchor,
    /// confirm a moved one).
    pub fn relink(
        &mut self,
        ws: &Workspace,
        id: &str,
        index: usize,
        symbol: SymbolId,
        span: Span,
    ) -> Result<(), String> {
        let mut rule = self
            .rule(id)
            .cloned()
            .ok_or_else(|| format!("no rule {id} in the book"))?;
        let new = anchor::make_anchor(&ws.model, symbol, span);
        if new.path.is_empty() {
            return Err("that place is not in a file of the project".to_string());
        }
        let count = rule.anchors.len();
        if index < count {
            rule.anchors[index] = new;
        } else if index == count {
            rule.anchors.push(new);
        } else {
            return Err(format!("rule {id} has no anchor {}", index + 1));
        }
        self.update(ws, rule)
    }

    /// Confirms a moved anchor at its new place (its new symbol and span), or a changed one as
    /// the code reads now (its quote and fingerprint become the edited code).
    pub fn confirm_move(&mut self, ws: &Workspace, id: &str, index: usize) -> Result<(), String> {
        let (symbol, span) = match self.states(id).get(index).cloned() {
            Some(
                AnchorState::Moved { symbol, span } | AnchorState::Changed { symbol, span, .. },
            ) => (symbol, span),
            _ => return Err("that anchor has not moved or changed".to_string()),
        };
        let symbol = ws
            .model
            .symbol_named(&symbol)
            .or_else(|| ws.symbol_at(span.file, span.line))
            .ok_or_else(|| format!("{symbol} is not in the index"))?;
        self.relink(ws, id, index, symbol, span)
    }

    // -----------------------------------------------------------------------------------------
    // Review and merge
    // -----------------------------------------------------------------------------------------

    /// Loads another annotation file for review mode (it is only read).
    pub fn load_review_file(&mut self, path: &Path) -> Result<usize, String> {
        let file = annotations::load(path).map_err(|e| e.to_string())?;
        let n = file.rules.len();
        self.review = Some(LoadedFile {
            path: path.to_path_buf(),
            file,
        });
        Ok(n)
    }

    pub fn close_review_file(&mut self) {
        self.review = None;
    }

    /// Merges the annotation file at `path` into the book (two-way, field by field). Conflicts
    /// keep the book's value and are recorded in the rule (see [`RuleBook::conflicts`]).
    /// Returns the number of conflicts found.
    pub fn merge_with(&mut self, ws: &Workspace, path: &Path) -> Result<usize, String> {
        let other = annotations::load(path).map_err(|e| e.to_string())?;
        let mine = self
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map_or("this book".to_string(), |n| {
                n.to_string_lossy().into_owned()
            });
        let mut theirs = path.file_name().map_or("other file".to_string(), |n| {
            n.to_string_lossy().into_owned()
        });
        if theirs == mine {
            theirs = path.display().to_string();
        }
        Ok(self.merge_files(ws, &mine, vec![(theirs, other)]))
    }

    /// Merges already loaded files (source label, file) into the book, which is labelled
    /// `mine`. Returns the number of conflicts found.
    pub fn merge_files(
        &mut self,
        ws: &Workspace,
        mine: &str,
        others: Vec<(String, AnnotationFile)>,
    ) -> usize {
        let mut inputs = vec![(mine.to_string(), self.file.clone())];
        inputs.extend(others);
        let result = merge::merge(&inputs, None);
        if result.file != self.file {
            self.file = result.file;
            self.touch();
        }
        self.refresh(ws);
        result.conflicts.len()
    }

    /// Unresolved conflicts recorded in the file (by this or an earlier merge), by rule id
    /// then field; a conflict of the file's own fields has an empty rule id.
    pub fn conflicts(&self) -> Vec<Conflict> {
        let mut out = Vec::new();
        let mut add = |rule_id: &str, extra: &Map<String, Value>| {
            let Some(Value::Array(entries)) = extra.get(CONFLICTS_KEY) else {
                return;
            };
            for e in entries {
                let values = e
                    .get("values")
                    .and_then(Value::as_array)
                    .map(|vs| {
                        vs.iter()
                            .map(|v| {
                                let source = v.get("source").and_then(Value::as_str).unwrap_or("?");
                                let value = v.get("value").cloned().unwrap_or(Value::Null);
                                (source.to_string(), value)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                out.push(Conflict {
                    rule_id: rule_id.to_string(),
                    field: e
                        .get("field")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    values,
                    base: e.get("base").filter(|b| !b.is_null()).cloned(),
                });
            }
        };
        add("", &self.file.extra);
        for rule in &self.file.rules {
            add(&rule.id, &rule.extra);
        }
        for term in &self.file.terms {
            add(&term.id, &term.extra);
        }
        out
    }

    /// Settles a conflict: `field` of rule `rule_id` (empty: of the file) takes `chosen`
    /// and the conflict is removed. For [`RULE_FIELD`], `"deleted"` deletes the rule and
    /// anything else keeps it.
    pub fn resolve_conflict(
        &mut self,
        ws: &Workspace,
        rule_id: &str,
        field: &str,
        chosen: &Value,
    ) -> Result<(), String> {
        if rule_id.is_empty() {
            remove_conflict(&mut self.file.extra, field);
            if field != CONFLICTS_KEY {
                set_field(&mut self.file.extra, field, chosen);
            }
            self.touch();
            return Ok(());
        }
        if self.rule(rule_id).is_none() && self.file.terms.iter().any(|t| t.id == rule_id) {
            return self.resolve_term_conflict(ws, rule_id, field, chosen);
        }
        let rule = self
            .rule(rule_id)
            .ok_or_else(|| format!("no rule {rule_id} in the book"))?;
        let Ok(Value::Object(mut map)) = serde_json::to_value(rule) else {
            return Err(format!("rule {rule_id} cannot be edited as JSON"));
        };
        remove_conflict(&mut map, field);
        if field == RULE_FIELD {
            if chosen.as_str() == Some("deleted") {
                self.file.rules.retain(|r| r.id != rule_id);
                self.resolve_rule(ws, rule_id);
                self.refresh_pending(ws);
                self.touch();
                return Ok(());
            }
        } else {
            set_field(&mut map, field, chosen);
        }
        let updated: RuleRecord = serde_json::from_value(Value::Object(map))
            .map_err(|e| format!("that value does not fit {field}: {e}"))?;
        if updated.id != rule_id {
            return Err("the rule id cannot change".to_string());
        }
        self.insert(updated);
        self.resolve_rule(ws, rule_id);
        self.touch();
        Ok(())
    }

    /// [`RuleBook::resolve_conflict`] for a term (the glossary merges as rules do).
    fn resolve_term_conflict(
        &mut self,
        ws: &Workspace,
        id: &str,
        field: &str,
        chosen: &Value,
    ) -> Result<(), String> {
        let Some(at) = self.file.terms.iter().position(|t| t.id == id) else {
            return Err(format!("no term {id} in the book"));
        };
        let Ok(Value::Object(mut map)) = serde_json::to_value(&self.file.terms[at]) else {
            return Err(format!("term {id} cannot be edited as JSON"));
        };
        remove_conflict(&mut map, field);
        if field == RULE_FIELD {
            if chosen.as_str() == Some("deleted") {
                self.file.terms.remove(at);
                self.touch();
                self.refresh_glossary(ws);
                return Ok(());
            }
        } else {
            set_field(&mut map, field, chosen);
        }
        let updated: TermRecord = serde_json::from_value(Value::Object(map))
            .map_err(|e| format!("that value does not fit {field}: {e}"))?;
        if updated.id != id {
            return Err("the term id cannot change".to_string());
        }
        self.file.terms[at] = updated;
        self.touch();
        self.refresh_glossary(ws);
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Saving, recovery, export
    // -----------------------------------------------------------------------------------------

    /// Saves the book atomically (keeping the previous file as `.bak`) and removes the
    /// recovery file. On failure the book stays dirty and nothing in memory changes.
    pub fn save(&mut self) -> Result<PathBuf, String> {
        if let Some(e) = &self.load_error {
            return Err(format!(
                "not saved: the annotation file could not be loaded, so it is left as it is ({e}). Use Save as… to write your changes to another file."
            ));
        }
        let path = self
            .path
            .clone()
            .ok_or_else(|| "no annotation file is open".to_string())?;
        annotations::save(&path, &self.file).map_err(|e| format!("not saved: {e}"))?;
        self.dirty = false;
        self.changed_at = None;
        if !self.recovery_pending {
            let _ = std::fs::remove_file(recovery_path(&path));
        }
        Ok(path)
    }

    /// Saves to another file, which becomes the book's file. On failure the book keeps its
    /// file and stays dirty.
    pub fn save_as(&mut self, path: PathBuf) -> Result<PathBuf, String> {
        let old_path = self.path.replace(path);
        let old_error = self.load_error.take();
        let old_pending = std::mem::replace(&mut self.recovery_pending, false);
        match self.save() {
            Ok(p) => {
                if let Some(old) = &old_path
                    && !old_pending
                {
                    let _ = std::fs::remove_file(recovery_path(old));
                }
                Ok(p)
            }
            Err(e) => {
                self.path = old_path;
                self.load_error = old_error;
                self.recovery_pending = old_pending;
                Err(e)
            }
        }
    }

    /// Whether the recovery file should be written now: there are changes older than
    /// [`AUTOSAVE_DELAY`] not yet in it. Never while an older recovery waits for a decision.
    pub fn autosave_due(&self, now: Instant) -> bool {
        !self.recovery_pending
            && self.path.is_some()
            && self
                .changed_at
                .is_some_and(|t| now.saturating_duration_since(t) >= AUTOSAVE_DELAY)
    }

    /// How long until the recovery file is due, when changes wait for it (for a repaint).
    pub fn next_autosave_in(&self, now: Instant) -> Option<Duration> {
        if self.recovery_pending || self.path.is_none() {
            return None;
        }
        self.changed_at
            .map(|t| AUTOSAVE_DELAY.saturating_sub(now.saturating_duration_since(t)))
    }

    /// Writes the book to the recovery file atomically.
    pub fn write_recovery(&mut self) -> Result<PathBuf, String> {
        if self.recovery_pending {
            return Err(
                "a recovery file from an earlier session waits: restore or discard it first".into(),
            );
        }
        let path = recovery_path(
            self.path
                .as_deref()
                .ok_or_else(|| "no annotation file is open".to_string())?,
        );
        crate::atomic_write::write_atomic(&path, annotations::to_json(&self.file).as_bytes())
            .map_err(|e| format!("cannot write the recovery file {}: {e}", path.display()))?;
        self.changed_at = None;
        Ok(path)
    }

    /// Writes the recovery file now if changes are not in it yet (closing without saving:
    /// the changes stay recoverable). Does nothing while an older recovery waits.
    pub fn flush_recovery(&mut self) -> Result<(), String> {
        if self.changed_at.is_none() || self.recovery_pending || self.path.is_none() {
            return Ok(());
        }
        self.write_recovery().map(|_| ())
    }

    /// The per-frame autosave: writes the recovery file when due. On failure it tries again
    /// after another delay and returns the message.
    pub fn tick(&mut self, now: Instant) -> Option<String> {
        if !self.autosave_due(now) {
            return None;
        }
        match self.write_recovery() {
            Ok(_) => None,
            Err(e) => {
                self.changed_at = Some(now);
                Some(e)
            }
        }
    }

    /// A recovery file from an earlier session (unsaved changes) waits to be restored or
    /// discarded.
    pub fn recovery_available(&self) -> bool {
        self.recovery_pending
    }

    /// Replaces the book by the recovery file's content; the book is then dirty (save to
    /// keep it). The recovery file stays until the next save.
    pub fn restore_recovery(&mut self, ws: &Workspace) -> Result<usize, String> {
        let path = recovery_path(
            self.path
                .as_deref()
                .ok_or_else(|| "no annotation file is open".to_string())?,
        );
        let file = annotations::load(&path).map_err(|e| e.to_string())?;
        let n = file.rules.len();
        self.file = file;
        self.recovery_pending = false;
        self.touch();
        self.refresh(ws);
        Ok(n)
    }

    /// Deletes the recovery file from an earlier session.
    pub fn discard_recovery(&mut self) -> Result<(), String> {
        if let Some(path) = self.path.as_deref() {
            let rec = recovery_path(path);
            match std::fs::remove_file(&rec) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("cannot delete {}: {e}", rec.display())),
            }
        }
        self.recovery_pending = false;
        Ok(())
    }

    /// The catalogue in `format`: every rule of the book except rejected ones.
    pub fn render(&self, ws: &Workspace, format: ExportFormat) -> String {
        let mut file = self.file.clone();
        file.rules.retain(|r| r.status != Status::Rejected);
        match format {
            ExportFormat::Markdown => export::to_markdown(&ws.model, &file, EXPORT_TITLE),
            ExportFormat::Html => {
                let today = annotations::now_rfc3339();
                html::to_html_with(
                    &ws.model,
                    &file,
                    EXPORT_TITLE,
                    &html::HtmlOptions {
                        project: None,
                        generated: today.get(..10),
                    },
                )
            }
            ExportFormat::Csv => export::to_csv(&ws.model, &file),
            ExportFormat::Json => {
                let mut s = serde_json::to_string_pretty(&export::to_json(&ws.model, &file))
                    .unwrap_or_default();
                s.push('\n');
                s
            }
        }
    }

    /// Writes the catalogue to `path` atomically; returns the path written.
    pub fn export(
        &self,
        ws: &Workspace,
        format: ExportFormat,
        path: &Path,
    ) -> Result<PathBuf, String> {
        let text = self.render(ws, format);
        crate::atomic_write::write_atomic(path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path.to_path_buf())
    }
}

fn resolve_all(ws: &Workspace, rule: &RuleRecord) -> Vec<AnchorState> {
    rule.anchors
        .iter()
        .map(|a| anchor::resolve(&ws.model, a))
        .collect()
}

fn set_field(map: &mut Map<String, Value>, field: &str, value: &Value) {
    if value.is_null() {
        map.remove(field);
    } else {
        map.insert(field.to_string(), value.clone());
    }
}

/// Removes the recorded conflicts on `field` from `map[CONFLICTS_KEY]` (and the key when no
/// conflict is left).
fn remove_conflict(map: &mut Map<String, Value>, field: &str) {
    let empty = match map.get_mut(CONFLICTS_KEY) {
        Some(Value::Array(entries)) => {
            entries.retain(|e| e.get("field").and_then(Value::as_str) != Some(field));
            entries.is_empty()
        }
        _ => false,
    };
    if empty {
        map.remove(CONFLICTS_KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn ws() -> &'static Workspace {
        static WS: OnceLock<Workspace> = OnceLock::new();
        WS.get_or_init(|| {
            let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
            Workspace::build(crate::index::index_path(sample).expect("sample indexes"))
        })
    }

    fn book_in(dir: &Path) -> RuleBook {
        let mut book = RuleBook::open(ws(), dir.join("rules.json"));
        book.set_user("alice");
        book
    }

    fn first_id() -> String {
        ws().candidates()[0].rule.id.clone()
    }

    #[test]
    fn accept_makes_a_draft_rule_that_is_saved_and_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let total = ws().candidates().len();
        assert!(total > 3, "the sample has candidates");
        assert_eq!(book.pending(ws()).len(), total);
        assert!(!book.is_dirty());

        let id = first_id();
        book.accept(ws(), &id).unwrap();
        assert!(book.is_dirty());
        assert_eq!(book.pending(ws()).len(), total - 1);
        assert!(book.pending(ws()).iter().all(|c| c.rule.id != id));
        let rule = book.rule(&id).unwrap();
        assert_eq!(rule.status, Status::Draft);
        assert_eq!(rule.audit.updated_by, "alice");
        assert!(book.accept(ws(), &id).is_err(), "accepted twice");

        let path = book.save().unwrap();
        assert!(!book.is_dirty());
        let loaded = annotations::load(&path).unwrap();
        assert_eq!(loaded.rules.len(), 1);
        assert_eq!(loaded.rules[0].id, id);
        assert_eq!(loaded.rules[0].status, Status::Draft);

        // Reopened, the accepted candidate is not proposed again.
        let again = book_in(dir.path());
        assert_eq!(again.rules().len(), 1);
        assert_eq!(again.pending(ws()).len(), total - 1);
        // A second save keeps the previous content as .bak.
        let mut again = again;
        again.set_status(&id, Status::InReview).unwrap();
        again.save().unwrap();
        assert!(annotations::backup_path(&path).is_file());
    }

    #[test]
    fn a_rejected_candidate_is_kept_and_not_proposed_again_nor_exported() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let id = ws().candidates()[1].rule.id.clone();
        let name = ws().candidates()[1].rule.name.clone();
        book.reject(ws(), &id).unwrap();
        assert_eq!(book.rule(&id).unwrap().status, Status::Rejected);
        book.save().unwrap();
        let again = book_in(dir.path());
        assert_eq!(again.rule(&id).unwrap().status, Status::Rejected);
        assert!(again.pending(ws()).iter().all(|c| c.rule.id != id));
        assert!(!again.render(ws(), ExportFormat::Markdown).contains(&name));
    }

    #[test]
    fn autosave_writes_the_recovery_file_and_restore_brings_the_edits_back() {
        let dir = tempfile::tempdir().unwrap();
        let id = first_id();
        let recovery = recovery_path(&dir.path().join("rules.json"));
        {
            let mut book = book_in(dir.path());
            book.accept(ws(), &id).unwrap();
            let mut rule = book.rule(&id).unwrap().clone();
            rule.name = "Pensioners get the higher allowance".into();
            book.update(ws(), rule).unwrap();
            let now = Instant::now();
            assert!(!book.autosave_due(now), "not right after the change");
            assert!(book.next_autosave_in(now).is_some());
            let later = now + AUTOSAVE_DELAY + Duration::from_millis(10);
            assert!(book.autosave_due(later));
            assert_eq!(book.tick(later), None);
            assert!(recovery.is_file());
            assert!(!book.autosave_due(later), "written");
            assert!(book.is_dirty(), "the recovery file is not a save");
            // The app dies here without saving.
        }
        assert!(!dir.path().join("rules.json").exists());
        let mut book = book_in(dir.path());
        assert!(book.recovery_available());
        assert!(book.rules().is_empty());
        assert!(book.write_recovery().is_err(), "the old recovery is kept");
        assert!(!book.autosave_due(Instant::now() + Duration::from_secs(60)));
        assert_eq!(book.restore_recovery(ws()).unwrap(), 1);
        assert_eq!(
            book.rule(&id).unwrap().name,
            "Pensioners get the higher allowance"
        );
        assert!(book.is_dirty());
        book.save().unwrap();
        assert!(!recovery.exists(), "a save removes the recovery file");
        book.flush_recovery().unwrap();
        assert!(!recovery.exists(), "nothing to flush after a save");

        // Discard deletes it.
        let mut rule = book.rule(&id).unwrap().clone();
        rule.owner = Some("benefits team".into());
        book.update(ws(), rule).unwrap();
        // Closing without saving flushes the change to the recovery file at once.
        book.flush_recovery().unwrap();
        assert!(recovery.is_file());
        drop(book);
        let mut book = book_in(dir.path());
        assert!(book.recovery_available());
        book.discard_recovery().unwrap();
        assert!(!recovery.exists());
        assert_eq!(book.rule(&id).unwrap().owner, None);
    }

    #[test]
    fn a_failed_save_keeps_the_book_dirty_and_the_edits_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = RuleBook::open(ws(), dir.path().join("no/such/folder/rules.json"));
        let id = first_id();
        book.accept(ws(), &id).unwrap();
        let err = book.save().unwrap_err();
        assert!(err.contains("not saved"), "{err}");
        assert!(book.is_dirty());
        assert_eq!(book.rule(&id).unwrap().status, Status::Draft);
        // Save as… elsewhere works and the book follows it.
        let other = dir.path().join("elsewhere.json");
        book.save_as(other.clone()).unwrap();
        assert!(!book.is_dirty());
        assert_eq!(book.path(), Some(other.as_path()));
    }

    #[test]
    fn a_file_that_does_not_load_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.json");
        std::fs::write(&path, "{\"schema_version\": 1, \"rules\": [").unwrap();
        let mut book = book_in(dir.path());
        assert!(book.load_error().is_some());
        book.accept(ws(), &first_id()).unwrap();
        assert!(book.save().is_err());
        assert!(book.is_dirty());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"schema_version\": 1, \"rules\": ["
        );
        // The edits are still protected by the recovery file.
        book.write_recovery().unwrap();
        assert!(recovery_path(&path).is_file());
    }

    #[test]
    fn a_review_is_added_and_moves_the_status_where_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let id = first_id();
        book.accept(ws(), &id).unwrap();
        // Needs change on a draft: stays a draft.
        let s = book
            .add_review(ws(), &id, Verdict::NeedsChange, "name the age limit")
            .unwrap();
        assert_eq!(s, Status::Draft);
        book.set_status(&id, Status::InReview).unwrap();
        book.save().unwrap();

        // The reviewer's copy is loaded for review mode.
        let theirs = dir.path().join("theirs.json");
        std::fs::copy(dir.path().join("rules.json"), &theirs).unwrap();
        assert_eq!(book.load_review_file(&theirs).unwrap(), 1);
        book.set_user("bob");
        let s = book
            .add_review(ws(), &id, Verdict::Approve, "matches the policy")
            .unwrap();
        assert_eq!(s, Status::Approved);
        let rule = book.rule(&id).unwrap();
        assert_eq!(rule.reviews.len(), 2);
        let last = rule.reviews.iter().find(|r| r.reviewer == "bob").unwrap();
        assert_eq!(last.verdict, Verdict::Approve);
        assert_eq!(last.comment, "matches the policy");
        assert!(book.is_dirty());

        // A rule only in the review file is brought into the book.
        let other = ws().candidates()[2].rule.clone();
        book.review.as_mut().unwrap().file.rules.push(other.clone());
        book.add_review(ws(), &other.id, Verdict::Reject, "not a rule")
            .unwrap();
        assert_eq!(book.rule(&other.id).unwrap().status, Status::Rejected);
        assert!(
            book.add_review(ws(), "BR-nope", Verdict::Approve, "")
                .is_err()
        );
    }

    #[test]
    fn named_fields_are_in_the_glossary_and_term_conflicts_are_resolved_like_rules() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let item = ws()
            .model
            .symbol_named("ELIGCHK.BEN-CONSTANTS.BC-CARER-EARNINGS-LIMIT")
            .unwrap();
        let version = book.terms_version();
        assert!(
            book.name_field(ws(), item, TermScope::CopybookField, " ", "")
                .is_err(),
            "a term needs words"
        );
        book.name_field(ws(), item, TermScope::CopybookField, "earnings limit", "")
            .unwrap();
        assert!(book.is_dirty());
        assert!(book.terms_version() > version);
        assert_eq!(
            book.glossary().term_of(item).map(|t| t.term.as_str()),
            Some("earnings limit")
        );
        let id = book.file().terms[0].id.clone();
        book.save().unwrap();

        let mut theirs = annotations::load(&dir.path().join("rules.json")).unwrap();
        theirs.terms[0].term = "carer's earnings limit".into();
        let theirs_path = dir.path().join("theirs.json");
        annotations::save(&theirs_path, &theirs).unwrap();
        book.name_field(ws(), item, TermScope::CopybookField, "weekly limit", "")
            .unwrap();
        assert_eq!(book.merge_with(ws(), &theirs_path).unwrap(), 1);
        let conflicts = book.conflicts();
        let c = conflicts
            .iter()
            .find(|c| c.rule_id == id)
            .expect("a term conflict");
        assert_eq!(c.field, "term");
        book.resolve_conflict(ws(), &id, "term", &c.values[1].1)
            .unwrap();
        assert!(book.conflicts().is_empty());
        assert_eq!(book.file().terms[0].term, "carer's earnings limit");
        assert_eq!(
            book.glossary().term_of(item).map(|t| t.term.as_str()),
            Some("carer's earnings limit")
        );
        book.review_term(ws(), &id, Verdict::Approve, "fine")
            .unwrap();
        assert_eq!(book.file().terms[0].status, Status::Approved);
        assert_eq!(book.file().terms[0].reviews[0].reviewer, "alice");
    }

    #[test]
    fn a_merge_lists_the_conflict_and_resolving_it_applies_the_value() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let id = first_id();
        book.accept(ws(), &id).unwrap();
        book.save().unwrap();
        let mut theirs = annotations::load(&dir.path().join("rules.json")).unwrap();
        theirs.rules[0].name = "Their name".into();
        let theirs_path = dir.path().join("theirs.json");
        annotations::save(&theirs_path, &theirs).unwrap();
        let mut rule = book.rule(&id).unwrap().clone();
        rule.name = "My name".into();
        rule.audit = theirs.rules[0].audit.clone();
        book.insert(rule);

        assert_eq!(book.merge_with(ws(), &theirs_path).unwrap(), 1);
        let conflicts = book.conflicts();
        assert_eq!(conflicts.len(), 1);
        let c = &conflicts[0];
        assert_eq!(
            (c.rule_id.as_str(), c.field.as_str()),
            (id.as_str(), "name")
        );
        assert_eq!(c.values[0].1, Value::from("My name"));
        assert_eq!(c.values[1].1, Value::from("Their name"));
        assert_eq!(
            book.rule(&id).unwrap().name,
            "My name",
            "A is kept meanwhile"
        );
        // The conflict survives a save.
        book.save().unwrap();
        assert_eq!(book_in(dir.path()).conflicts().len(), 1);

        book.resolve_conflict(ws(), &id, "name", &c.values[1].1)
            .unwrap();
        assert!(book.conflicts().is_empty());
        let rule = book.rule(&id).unwrap();
        assert_eq!(rule.name, "Their name");
        assert!(!rule.extra.contains_key(CONFLICTS_KEY));
        assert!(book.is_dirty());
    }

    #[test]
    fn export_writes_every_format() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let id = first_id();
        book.accept(ws(), &id).unwrap();
        let mut rule = book.rule(&id).unwrap().clone();
        rule.name = "Zebra crossing allowance".into();
        book.update(ws(), rule).unwrap();
        for format in ExportFormat::ALL {
            let path = dir.path().join(format.default_file_name());
            assert_eq!(book.export(ws(), format, &path).unwrap(), path);
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(text.contains("Zebra crossing allowance"), "{format:?}");
            assert!(text.contains(&id), "{format:?}");
        }
        assert!(
            std::fs::read_to_string(dir.path().join("rules-catalogue.html"))
                .unwrap()
                .starts_with("<!DOCTYPE html>")
        );
        assert!(
            book.export(ws(), ExportFormat::Csv, &dir.path().join("no/x.csv"))
                .is_err()
        );
    }

    #[test]
    fn marks_give_the_anchor_line_and_relink_moves_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let cand = &ws().candidates()[0];
        let id = cand.rule.id.clone();
        book.accept(ws(), &id).unwrap();
        let states = book.states(&id).to_vec();
        assert_eq!(states.len(), cand.rule.anchors.len());
        let AnchorState::Anchored { span } = states[0] else {
            panic!("a fresh candidate is anchored: {:?}", states[0]);
        };
        assert_eq!(span.line, cand.rule.anchors[0].line_hint);
        let marks = book.marks(ws(), span.file);
        assert!(
            marks
                .iter()
                .any(|m| m.line == span.line && m.rule_id == id && m.status == Status::Draft)
        );

        // Re-link to another symbol of the same file.
        let other = ws()
            .symbols_in(span.file)
            .iter()
            .copied()
            .find(|&s| {
                ws().model
                    .symbol(s)
                    .span
                    .is_some_and(|sp| sp.line != span.line && sp.end_line == sp.line)
            })
            .expect("another one-line symbol");
        let other_span = ws().model.symbol(other).span.unwrap();
        book.relink(ws(), &id, 0, other, other_span).unwrap();
        let rule = book.rule(&id).unwrap();
        assert_eq!(
            rule.anchors[0].symbol,
            ws().model.symbol(other).qualified_name
        );
        assert_eq!(book.states(&id)[0].span().unwrap().line, other_span.line);
        assert!(
            book.marks(ws(), span.file)
                .iter()
                .any(|m| m.line == other_span.line && m.rule_id == id)
        );
        assert!(book.relink(ws(), &id, 9, other, other_span).is_err());
    }

    #[test]
    fn a_rule_recorded_by_hand_gets_a_sequence_id_and_an_anchor() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let anchor_of_first = &ws().candidates()[0].rule.anchors[0];
        let symbol = ws().model.symbol_named(&anchor_of_first.symbol).unwrap();
        let span = ws().model.symbol(symbol).span.unwrap();
        let id = book.create(ws(), symbol, span).unwrap();
        assert_eq!(id, "BR-0001");
        assert_eq!(book.create(ws(), symbol, span).unwrap(), "BR-0002");
        let rule = book.rule(&id).unwrap();
        assert_eq!(rule.status, Status::Draft);
        assert_eq!(rule.audit.created_by, "alice");
        assert_eq!(rule.anchors[0].symbol, anchor_of_first.symbol);
        assert!(matches!(book.states(&id)[0], AnchorState::Anchored { .. }));
        book.save().unwrap();
        assert_eq!(book_in(dir.path()).rules().len(), 2);
    }

    #[test]
    fn a_rule_recorded_at_a_candidate_is_prefilled_from_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let candidate = &ws().candidates()[0];
        let id = book.create_from_candidate(ws(), candidate).unwrap();
        assert_eq!(id, "BR-0001");
        let rule = book.rule(&id).unwrap();
        let found = &candidate.rule;
        assert_eq!(rule.status, Status::Draft);
        assert_eq!(rule.audit.created_by, "alice");
        assert_eq!(rule.name, found.name);
        assert_eq!(rule.business_description, found.business_description);
        assert_eq!(rule.technical_description, found.technical_description);
        assert_eq!(rule.classification, found.classification);
        assert_eq!(rule.business_functions, found.business_functions);
        assert_eq!(rule.conditions, found.conditions);
        assert_eq!(rule.inputs, found.inputs);
        assert_eq!(rule.outputs, found.outputs);
        assert_eq!(rule.anchors, found.anchors);
        assert!(
            rule.tags.is_empty(),
            "the miner's tags stay with the candidate"
        );
        assert!(matches!(book.states(&id)[0], AnchorState::Anchored { .. }));
        assert!(
            book.pending(ws()).iter().any(|c| c.rule.id == found.id),
            "the candidate is still to triage"
        );
    }

    #[test]
    fn filters_select_by_status_text_program_and_anchor_state() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = book_in(dir.path());
        let a = ws().candidates()[0].rule.clone();
        let b = ws().candidates()[1].rule.clone();
        book.accept(ws(), &a.id).unwrap();
        book.reject(ws(), &b.id).unwrap();
        let all = RuleFilter::default();
        assert_eq!(book.filtered(&all).len(), 2);
        let drafts = RuleFilter {
            status: Some(Status::Draft),
            ..RuleFilter::default()
        };
        assert_eq!(book.filtered(&drafts)[0].id, a.id);
        assert_eq!(book.filtered(&drafts).len(), 1);
        let text = RuleFilter {
            text: a.id.to_lowercase(),
            ..RuleFilter::default()
        };
        assert_eq!(book.filtered(&text).len(), 1);
        let program = program_of(&a.anchors[0]);
        assert!(book.programs().contains(&program));
        let by_program = RuleFilter {
            program: Some(program),
            ..RuleFilter::default()
        };
        assert!(book.filtered(&by_program).iter().any(|r| r.id == a.id));
        let orphaned = RuleFilter {
            anchor: Some(AnchorHealth::Orphaned),
            ..RuleFilter::default()
        };
        assert!(book.filtered(&orphaned).is_empty());
        let anchored = RuleFilter {
            anchor: Some(AnchorHealth::Anchored),
            ..RuleFilter::default()
        };
        assert_eq!(book.filtered(&anchored).len(), 2);
        assert_eq!(split_list(" a, b ,, c "), vec!["a", "b", "c"]);
        assert_eq!(join_list(&split_list("a,b")), "a, b");
    }
}
