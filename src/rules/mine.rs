//! Candidate business rules mined from the conditions of the code (PRODUCT.md §1, §4).
//!
//! Every IF, EVALUATE (with its WHENs), SEARCH (with its WHENs) and Java `if` / `switch` is a
//! site. A site guards the statements of its whole statement; its *effects* are what those
//! statements do that matters outside the procedure: write a file or table, set an output field
//! (FILE SECTION record, LINKAGE item, host variable of an SQL write, screen field, Java field),
//! compute, call another program, take an error path. PERFORMed paragraphs count with what they
//! do (two levels deep). Loop control (UNTIL), end-of-file / end-of-cursor / first-time switch
//! tests and guards with no effect are dropped. Candidates are scored and prefilled as rule
//! records in status `candidate`, with ids that stay the same from run to run.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;

use super::anchor::{fnv1a64, make_anchor};
use super::record::{
    AnnotationFile, Audit, Classification, RuleCondition, RuleRecord, SCHEMA_VERSION, Status,
};
use crate::model::{
    ConditionSite, FileKind, FlowEnd, FlowKind, Model, RefKind, RefTarget, Span, SymbolId,
    SymbolKind,
};

/// Who mined a candidate, in its audit.
pub const MINER: &str = "legacylens rules mine";

/// What a guarded statement does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EffectKind {
    /// A file record or DB table written (WRITE/REWRITE/DELETE, SQL INSERT/UPDATE/DELETE).
    Persist,
    /// A value moved into an output: FILE SECTION record, LINKAGE item, host variable of an
    /// SQL write, screen field, Java field or return value.
    Output,
    /// A computation (COMPUTE, ADD, SUBTRACT, MULTIPLY, DIVIDE).
    Compute,
    /// A call of another program (CALL, CICS LINK/XCTL) or method.
    Call,
    /// An error path: an error/message/return-code field set, an *-INVALID / *-ERROR switch
    /// set, a GO TO or PERFORM of an error or abend paragraph.
    ErrorPath,
}

impl EffectKind {
    /// Weight in the score: table/file write > output > compute > call > error path.
    pub fn weight(self) -> f64 {
        match self {
            EffectKind::Persist => 5.0,
            EffectKind::Output => 4.0,
            EffectKind::Compute => 3.0,
            EffectKind::Call => 2.0,
            EffectKind::ErrorPath => 1.0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EffectKind::Persist => "persist",
            EffectKind::Output => "output",
            EffectKind::Compute => "compute",
            EffectKind::Call => "call",
            EffectKind::ErrorPath => "error-path",
        }
    }
}

/// One effect of a guarded statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Effect {
    pub kind: EffectKind,
    /// What is written, computed or called (qualified name, or the name the code used).
    pub target: String,
    /// The statement that does it.
    pub line: u32,
    /// The paragraph it happens in when reached through a PERFORM.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// A candidate rule: the prefilled record, its score and the effects that made it one.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub rule: RuleRecord,
    pub score: f64,
    pub effects: Vec<Effect>,
}

/// The candidates of a project as an annotation file (rules sorted by id).
pub fn candidates_file(cands: &[Candidate]) -> AnnotationFile {
    let mut rules: Vec<RuleRecord> = cands.iter().map(|c| c.rule.clone()).collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    AnnotationFile {
        schema_version: SCHEMA_VERSION,
        rules,
        extra: Default::default(),
    }
}

/// One site: an IF, a whole EVALUATE or SEARCH, a Java if/switch.
struct Site<'a> {
    owner: SymbolId,
    /// `if`, `evaluate`, `search`, `switch`.
    kind: &'static str,
    guarded: Span,
    /// EVALUATE subjects (none for EVALUATE TRUE).
    subjects: Vec<&'a ConditionSite>,
    /// IF condition, WHENs, Java condition.
    conditions: Vec<&'a ConditionSite>,
}

fn within(inner: &Span, outer: &Span) -> bool {
    inner.file == outer.file && outer.start <= inner.start && inner.end <= outer.end
}

fn sites(model: &Model) -> Vec<Site<'_>> {
    let mut out: Vec<Site> = Vec::new();
    let mut grouped: HashMap<(SymbolId, u32, u32, u32), usize> = HashMap::new();
    for c in &model.conditions {
        match c.kind {
            "if" | "switch" => out.push(Site {
                owner: c.owner,
                kind: c.kind,
                guarded: c.statement.or(c.guarded).unwrap_or(c.span),
                subjects: Vec::new(),
                conditions: vec![c],
            }),
            "evaluate" | "when" | "search-when" => {
                let Some(statement) = c.statement else {
                    continue;
                };
                let key = (c.owner, statement.file.0, statement.start, statement.end);
                let at = *grouped.entry(key).or_insert_with(|| {
                    out.push(Site {
                        owner: c.owner,
                        kind: if c.kind == "search-when" {
                            "search"
                        } else {
                            "evaluate"
                        },
                        guarded: statement,
                        subjects: Vec::new(),
                        conditions: Vec::new(),
                    });
                    out.len() - 1
                });
                if c.kind == "evaluate" {
                    out[at].subjects.push(c);
                } else {
                    out[at].conditions.push(c);
                }
            }
            // UNTIL is loop control.
            _ => {}
        }
    }
    out.retain(|s| !s.conditions.is_empty() || !s.subjects.is_empty());
    out
}

/// Facts about the project computed once.
struct Facts<'a> {
    model: &'a Model,
    /// Data items whose writes are outputs (records, parameters, host variables, fields).
    outputs: HashSet<SymbolId>,
    /// References by the symbol they are made from.
    refs_from: HashMap<SymbolId, Vec<usize>>,
    /// Flows by owner (Java).
    flows_of: HashMap<SymbolId, Vec<usize>>,
    /// PERFORM / GO TO / CALL references into each symbol.
    fan_in: HashMap<SymbolId, usize>,
    /// (program, data name) → data item or condition-name.
    data: HashMap<(SymbolId, String), SymbolId>,
    /// Condition-names of each data item.
    conditions_of: HashMap<SymbolId, Vec<SymbolId>>,
}

fn program_of(model: &Model, id: SymbolId) -> Option<SymbolId> {
    std::iter::once(model.symbol(id))
        .chain(model.ancestors(id))
        .find(|s| s.kind == SymbolKind::Program)
        .map(|s| s.id)
}

/// The record (level-01 or top item) a data item belongs to, and every group on the way.
fn data_chain(model: &Model, id: SymbolId) -> impl Iterator<Item = SymbolId> + '_ {
    std::iter::once(id)
        .chain(model.ancestors(id).map(|s| s.id))
        .take_while(|&s| {
            matches!(
                model.symbol(s).kind,
                SymbolKind::DataItem | SymbolKind::ConditionName
            )
        })
}

impl<'a> Facts<'a> {
    fn new(model: &'a Model) -> Self {
        let mut outputs: HashSet<SymbolId> = HashSet::new();
        let sym = |e: &FlowEnd| match e {
            FlowEnd::Symbol { id } => Some(*id),
            FlowEnd::Local { .. } => None,
        };
        let kind_of = |id: SymbolId| model.symbol(id).kind;
        for f in &model.flows {
            let (Some(s), Some(t)) = (sym(&f.source), sym(&f.target)) else {
                if let (FlowKind::Assign, Some(t)) = (f.kind, sym(&f.target))
                    && kind_of(t) == SymbolKind::Field
                {
                    outputs.insert(t);
                }
                continue;
            };
            match f.kind {
                // Record ↔ file: a FILE SECTION record; item → CICS map: a screen field.
                FlowKind::Read | FlowKind::Write => {
                    if matches!(kind_of(s), SymbolKind::File | SymbolKind::CicsMap) {
                        outputs.insert(t);
                    }
                    if matches!(kind_of(t), SymbolKind::File | SymbolKind::CicsMap) {
                        outputs.insert(s);
                    }
                }
                // LINKAGE parameters.
                FlowKind::CallUsing => {
                    outputs.insert(t);
                }
                FlowKind::CallReturn => {
                    outputs.insert(s);
                }
                // Host variables of SQL writes.
                FlowKind::SqlInsert | FlowKind::SqlUpdate => {
                    outputs.insert(s);
                }
                FlowKind::Assign if kind_of(t) == SymbolKind::Field => {
                    outputs.insert(t);
                }
                _ => {}
            }
        }
        // PROCEDURE DIVISION USING items, also of programs nobody calls.
        for p in model
            .symbols
            .iter()
            .filter(|s| s.kind == SymbolKind::Program)
        {
            for item in using_items(model, p.id) {
                outputs.insert(item);
            }
        }
        let mut refs_from: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        let mut fan_in: HashMap<SymbolId, usize> = HashMap::new();
        for (i, r) in model.references.iter().enumerate() {
            refs_from.entry(r.from).or_default().push(i);
            if matches!(
                r.kind,
                RefKind::Perform | RefKind::PerformThru | RefKind::GoTo | RefKind::Call
            ) && let RefTarget::Symbol { id } = r.target
            {
                *fan_in.entry(id).or_default() += 1;
            }
        }
        let mut flows_of: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        for (i, f) in model.flows.iter().enumerate() {
            flows_of.entry(f.owner).or_default().push(i);
        }
        let mut data = HashMap::new();
        let mut conditions_of: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
        for s in &model.symbols {
            if !matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName) {
                continue;
            }
            if let Some(p) = program_of(model, s.id) {
                data.entry((p, s.name.to_ascii_uppercase())).or_insert(s.id);
            }
            if s.kind == SymbolKind::ConditionName
                && let Some(parent) = s.parent
            {
                conditions_of.entry(parent).or_default().push(s.id);
            }
        }
        Facts {
            model,
            outputs,
            refs_from,
            flows_of,
            fan_in,
            data,
            conditions_of,
        }
    }

    fn is_output(&self, id: SymbolId) -> bool {
        data_chain(self.model, id).any(|s| self.outputs.contains(&s))
            || self.model.symbol(id).kind == SymbolKind::Field
    }

    fn lookup_data(&self, owner: SymbolId, name: &str) -> Option<SymbolId> {
        let program = program_of(self.model, owner)?;
        self.data
            .get(&(program, name.to_ascii_uppercase()))
            .copied()
    }
}

/// The data items of `PROCEDURE DIVISION USING a b …` of a COBOL program.
fn using_items(model: &Model, program: SymbolId) -> Vec<SymbolId> {
    let p = model.symbol(program);
    let Some(span) = p.span else {
        return Vec::new();
    };
    let Some(text) = model
        .files
        .get(span.file.index())
        .and_then(|f| f.text.clone())
    else {
        return Vec::new();
    };
    let body = text
        .get(span.start as usize..span.end as usize)
        .unwrap_or("");
    let upper = body.to_ascii_uppercase();
    let Some(at) = upper.find("PROCEDURE DIVISION") else {
        return Vec::new();
    };
    let rest = &upper[at + "PROCEDURE DIVISION".len()..];
    let rest = rest.split('.').next().unwrap_or("");
    let mut words = rest.split_whitespace();
    if words.next() != Some("USING") {
        return Vec::new();
    }
    words
        .filter_map(|w| {
            model.lookup(
                crate::model::Namespace::Cobol,
                &format!("{}.{}", p.qualified_name, w),
            )
        })
        .collect()
}

fn is_error_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    n.contains("ERR") || n.contains("MSG") || n.contains("RETURN-CODE")
}

fn is_error_switch(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    n.ends_with("-INVALID") || n.ends_with("-ERROR") || n.ends_with("-ERR")
}

fn is_error_paragraph(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    n.contains("ERROR") || n.contains("ABEND") || n.contains("-ERR")
}

/// Names that only steer loops and one-off logic: end of file or cursor, first-time switches.
fn is_noise_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    n.contains("EOF")
        || n.contains("END-OF")
        || n.contains("FIRST-TIME")
        || n.contains("NO-MORE")
        || n.contains("MORE-RECORDS")
}

fn first_word(model: &Model, span: Span) -> String {
    model
        .files
        .get(span.file.index())
        .and_then(|f| f.text.as_deref())
        .and_then(|t| t.get(span.start as usize..span.end as usize))
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("")
        .to_ascii_uppercase()
}

fn is_callable_target(model: &Model, target: &RefTarget) -> Option<SymbolId> {
    match target {
        RefTarget::Symbol { id } if model.symbol(*id).kind.is_callable() => Some(*id),
        _ => None,
    }
}

fn target_name(model: &Model, target: &RefTarget) -> String {
    match target {
        RefTarget::Symbol { id } => model.symbol(*id).qualified_name.clone(),
        RefTarget::External { name } | RefTarget::Unresolved { name } => name.clone(),
    }
}

/// The effects of the statements of `owner` inside `range` (all of them when `None`),
/// following PERFORMs `depth` levels.
fn effects_in(
    facts: &Facts,
    owner: SymbolId,
    range: Option<Span>,
    via: Option<&str>,
    depth: u32,
    seen: &mut HashSet<SymbolId>,
    out: &mut BTreeSet<Effect>,
) {
    let model = facts.model;
    let inside = |span: &Span| range.is_none_or(|r| within(span, &r));
    let push = |out: &mut BTreeSet<Effect>, kind: EffectKind, target: String, span: Span| {
        out.insert(Effect {
            kind,
            target,
            line: span.line,
            via: via.map(str::to_string),
        });
    };
    for &i in facts.refs_from.get(&owner).into_iter().flatten() {
        let r = &model.references[i];
        if !inside(&r.span) {
            continue;
        }
        let name = target_name(model, &r.target);
        match r.kind {
            RefKind::SqlInsert | RefKind::SqlUpdate | RefKind::SqlDelete => {
                push(out, EffectKind::Persist, name, r.span);
            }
            RefKind::Write | RefKind::Update | RefKind::Delete => {
                let RefTarget::Symbol { id } = r.target else {
                    continue;
                };
                let target = model.symbol(id);
                match target.kind {
                    SymbolKind::File | SymbolKind::Dataset | SymbolKind::DbTable => {
                        push(out, EffectKind::Persist, name, r.span);
                    }
                    SymbolKind::DataItem | SymbolKind::ConditionName => {
                        let verb = first_word(model, r.span);
                        // An 88-level set writes its variable.
                        let variable = if target.kind == SymbolKind::ConditionName {
                            target.parent.unwrap_or(id)
                        } else {
                            id
                        };
                        let variable_name = model.symbol(variable).qualified_name.clone();
                        if matches!(
                            verb.as_str(),
                            "COMPUTE" | "ADD" | "SUBTRACT" | "MULTIPLY" | "DIVIDE"
                        ) {
                            push(out, EffectKind::Compute, variable_name, r.span);
                        } else if is_error_name(&model.symbol(variable).name)
                            || (target.kind == SymbolKind::ConditionName
                                && is_error_switch(&target.name))
                        {
                            push(out, EffectKind::ErrorPath, variable_name, r.span);
                        } else if facts.is_output(variable) {
                            push(out, EffectKind::Output, variable_name, r.span);
                        }
                    }
                    SymbolKind::CicsMap => push(out, EffectKind::Output, name, r.span),
                    _ => {}
                }
            }
            RefKind::Call | RefKind::CicsLink | RefKind::CicsXctl => {
                // Java calls of getters and the JDK are not effects; calls of programs are.
                let program_call = match &r.target {
                    RefTarget::Symbol { id } => model.symbol(*id).kind == SymbolKind::Program,
                    _ => model.symbol(owner).kind.namespace() == crate::model::Namespace::Cobol,
                };
                if program_call {
                    push(out, EffectKind::Call, name, r.span);
                }
            }
            RefKind::GoTo => {
                if let Some(id) = is_callable_target(model, &r.target)
                    && is_error_paragraph(&model.symbol(id).name)
                {
                    push(out, EffectKind::ErrorPath, name, r.span);
                }
            }
            RefKind::Perform | RefKind::PerformThru => {
                let Some(id) = is_callable_target(model, &r.target) else {
                    continue;
                };
                if is_error_paragraph(&model.symbol(id).name) {
                    push(out, EffectKind::ErrorPath, name.clone(), r.span);
                }
                if depth > 0 && seen.insert(id) {
                    let via = via.map_or_else(|| model.symbol(id).name.clone(), str::to_string);
                    effects_in(facts, id, None, Some(&via), depth - 1, seen, out);
                }
            }
            _ => {}
        }
    }
    // Java: field writes and returned values.
    if model.symbol(owner).kind.namespace() == crate::model::Namespace::Java {
        for &i in facts.flows_of.get(&owner).into_iter().flatten() {
            let f = &model.flows[i];
            let Some(span) = f.span else { continue };
            if !inside(&span) {
                continue;
            }
            match (f.kind, &f.target) {
                (FlowKind::Assign, FlowEnd::Symbol { id })
                    if model.symbol(*id).kind == SymbolKind::Field =>
                {
                    push(
                        out,
                        EffectKind::Output,
                        model.symbol(*id).qualified_name.clone(),
                        span,
                    );
                }
                (FlowKind::Return, FlowEnd::Symbol { id }) if *id == owner => {
                    push(
                        out,
                        EffectKind::Output,
                        model.symbol(*id).qualified_name.clone(),
                        span,
                    );
                }
                _ => {}
            }
        }
    }
}

/// Data names a condition reads (COBOL: through the read references inside its span).
fn condition_reads(facts: &Facts, c: &ConditionSite) -> Vec<SymbolId> {
    let model = facts.model;
    let mut out = Vec::new();
    for &i in facts.refs_from.get(&c.owner).into_iter().flatten() {
        let r = &model.references[i];
        if r.kind == RefKind::Read
            && within(&r.span, &c.span)
            && let RefTarget::Symbol { id } = r.target
            && !out.contains(&id)
        {
            out.push(id);
        }
    }
    // The condition's span may be narrower than the statement reference: fall back to words.
    if out.is_empty() {
        for w in words(&c.text) {
            if let Some(id) = facts.lookup_data(c.owner, &w)
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
    }
    out
}

/// Words of a condition (data names and keywords), literals left out.
fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|t| {
            t.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || (c.is_ascii_digit() && t.contains('-')))
        })
        .collect()
}

/// Tokens of a condition: words, literals (quotes kept), numbers, operators, parentheses.
fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == ',' {
            i += 1;
        } else if c == '\'' || c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c {
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            out.push(chars[i..end].iter().collect());
            i = end;
        } else if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '$' | '+') {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_alphanumeric() || matches!(chars[j], '-' | '_' | '.' | '$' | '+'))
            {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            // A trailing period ends a sentence.
            out.push(word.trim_end_matches('.').to_string());
            i = j;
        } else if matches!(c, '>' | '<' | '=' | '!' | '&' | '|') {
            let mut j = i + 1;
            if j < chars.len() && matches!(chars[j], '=' | '>' | '&' | '|') {
                j += 1;
            }
            out.push(chars[i..j].iter().collect());
            i = j;
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out.retain(|t| !t.is_empty());
    out
}

/// Is the condition only about end of file / cursor or a first-time switch?
fn is_noise_condition(facts: &Facts, c: &ConditionSite) -> bool {
    let reads = condition_reads(facts, c);
    let upper = c.text.to_ascii_uppercase();
    if upper.contains("SQLCODE") && (upper.contains("100") || upper.contains("NOT FOUND")) {
        return true;
    }
    !reads.is_empty()
        && reads.iter().all(|&id| {
            data_chain(facts.model, id).any(|s| is_noise_name(&facts.model.symbol(s).name))
        })
}

// ----- plain words --------------------------------------------------------------------------

/// Words of a comparison, and of its negation.
fn comparator(toks: &[String], i: usize) -> Option<(&'static str, &'static str, usize)> {
    let t = |k: usize| toks.get(i + k).map(|s| s.to_ascii_uppercase());
    let mut k = 0;
    if t(0).as_deref() == Some("IS") {
        k = 1;
    }
    let word = t(k)?;
    let (pos, neg, mut len) = match word.as_str() {
        ">=" => ("is at least", "is less than", 1),
        "<=" => ("is at most", "is more than", 1),
        ">" => ("is more than", "is at most", 1),
        "<" => ("is less than", "is at least", 1),
        "=" | "==" => ("is", "is not", 1),
        "<>" | "!=" => ("is not", "is", 1),
        "GREATER" => ("is more than", "is at most", 1),
        "LESS" => ("is less than", "is at least", 1),
        "EQUAL" | "EQUALS" => ("is", "is not", 1),
        _ => return None,
    };
    let (mut pos, mut neg) = (pos, neg);
    if matches!(word.as_str(), "GREATER" | "LESS") {
        if t(k + len).as_deref() == Some("THAN") {
            len += 1;
        }
        if t(k + len).as_deref() == Some("OR") && t(k + len + 1).as_deref() == Some("EQUAL") {
            len += 2;
            if word == "GREATER" {
                (pos, neg) = ("is at least", "is less than");
            } else {
                (pos, neg) = ("is at most", "is more than");
            }
        }
    }
    if matches!(word.as_str(), "EQUAL" | "GREATER" | "LESS") && t(k + len).as_deref() == Some("TO")
    {
        len += 1;
    }
    Some((pos, neg, k + len))
}

fn literal_words(tok: &str) -> String {
    match tok.to_ascii_uppercase().as_str() {
        "ZERO" | "ZEROS" | "ZEROES" => "zero".into(),
        "SPACE" | "SPACES" => "blank".into(),
        "HIGH-VALUE" | "HIGH-VALUES" => "high-values".into(),
        "LOW-VALUE" | "LOW-VALUES" => "low-values".into(),
        "THRU" | "THROUGH" => "to".into(),
        _ => tok.to_string(),
    }
}

/// The values of an 88-level as words: `'SP '`, `'PC ', 'JSA' or 'IS '`, `66 to 150`.
fn values_words(detail: &str) -> String {
    let Some(at) = detail.find("VALUE ") else {
        return String::new();
    };
    let toks = tokens(&detail[at + 6..]);
    let mut items: Vec<String> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let upper = toks[i].to_ascii_uppercase();
        if (upper == "THRU" || upper == "THROUGH") && !items.is_empty() && i + 1 < toks.len() {
            let last = items.pop().unwrap_or_default();
            items.push(format!("{last} to {}", literal_words(&toks[i + 1])));
            i += 2;
            continue;
        }
        items.push(literal_words(&toks[i]));
        i += 1;
    }
    match items.len() {
        0 => String::new(),
        1 => items.remove(0),
        n => format!("{} or {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// A condition-name read through its variable: `EP-BENEFIT-TYPE is 'SP '`.
fn condition_name_words(facts: &Facts, id: SymbolId, negated: bool) -> String {
    let model = facts.model;
    let s = model.symbol(id);
    let variable = s
        .parent
        .map(|p| model.symbol(p).name.clone())
        .unwrap_or_default();
    let values = values_words(s.detail.as_deref().unwrap_or(""));
    let verb = if negated { "is not" } else { "is" };
    let values = if values.contains(" to ") && !values.contains(" or ") {
        format!("between {}", values.replace(" to ", " and "))
    } else {
        values
    };
    if variable.is_empty() || values.is_empty() {
        let not = if negated { "not " } else { "" };
        return format!("{not}{}", s.name);
    }
    format!("{variable} {verb} {values}")
}

/// A COBOL or Java condition in plain words.
fn plain_condition(facts: &Facts, owner: SymbolId, text: &str) -> String {
    let toks = tokens(text);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let upper = toks[i].to_ascii_uppercase();
        let negated = upper == "NOT" || upper == "!";
        let j = if negated { i + 1 } else { i };
        if let Some((pos, neg, len)) = comparator(&toks, j) {
            out.push(if negated { neg } else { pos }.to_string());
            i = j + len;
            continue;
        }
        if negated
            && let Some(next) = toks.get(j)
            && let Some(id) = facts.lookup_data(owner, next)
            && facts.model.symbol(id).kind == SymbolKind::ConditionName
        {
            out.push(condition_name_words(facts, id, true));
            i = j + 1;
            continue;
        }
        match upper.as_str() {
            "AND" | "&&" => out.push("and".into()),
            "OR" | "||" => out.push("or".into()),
            "NOT" | "!" => out.push("not".into()),
            "IS" => {}
            _ => match facts.lookup_data(owner, &toks[i]) {
                Some(id) if facts.model.symbol(id).kind == SymbolKind::ConditionName => {
                    out.push(condition_name_words(facts, id, false));
                }
                _ => out.push(literal_words(&toks[i])),
            },
        }
        i += 1;
    }
    out.join(" ")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" ()", "()")
        .replace(") .", ").")
}

/// Splits a WHEN's objects at ALSO.
fn split_also(text: &str) -> Vec<String> {
    let mut parts = vec![Vec::new()];
    for t in tokens(text) {
        if t.eq_ignore_ascii_case("ALSO") {
            parts.push(Vec::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(t);
        }
    }
    parts.into_iter().map(|p| p.join(" ")).collect()
}

/// A WHEN of an EVALUATE in plain words, pairing its objects with the subjects.
fn plain_when(facts: &Facts, owner: SymbolId, subjects: &[String], when: &str) -> String {
    if subjects.is_empty() {
        return plain_condition(facts, owner, when);
    }
    let objects = split_also(when);
    let mut parts = Vec::new();
    for (k, object) in objects.iter().enumerate() {
        let subject = subjects.get(k).map_or("TRUE", String::as_str);
        let obj_upper = object.to_ascii_uppercase();
        if obj_upper == "ANY" {
            continue;
        }
        if subject.eq_ignore_ascii_case("TRUE") {
            parts.push(plain_condition(facts, owner, object));
            continue;
        }
        if subject.eq_ignore_ascii_case("FALSE") {
            parts.push(format!("not ({})", plain_condition(facts, owner, object)));
            continue;
        }
        let (negated, value) = match obj_upper.strip_prefix("NOT ") {
            Some(_) => (true, object[4..].trim().to_string()),
            None => (false, object.clone()),
        };
        let toks = tokens(&value);
        let words: Vec<String> = toks.iter().map(|t| literal_words(t)).collect();
        let is_range = toks
            .iter()
            .any(|t| t.eq_ignore_ascii_case("THRU") || t.eq_ignore_ascii_case("THROUGH"));
        let mut phrase = if is_range {
            let joined = words.join(" ");
            let verb = if negated {
                "is not between"
            } else {
                "is between"
            };
            format!("{subject} {verb} {}", joined.replacen(" to ", " and ", 1))
        } else {
            let verb = if negated { "is not" } else { "is" };
            format!("{subject} {verb} {}", words.join(" "))
        };
        // Name the value through a condition-name of the subject when one has exactly it.
        if !is_range
            && let Some(var) = facts.lookup_data(owner, subject)
            && let Some(names) = facts.conditions_of.get(&var)
        {
            let want = format!("VALUE {value}");
            if let Some(&n) = names.iter().find(|&&n| {
                facts.model.symbol(n).detail.as_deref().is_some_and(|d| {
                    d.ends_with(&want) && d.matches(' ').count() == want.matches(' ').count() + 1
                })
            }) {
                phrase.push_str(&format!(" ({})", facts.model.symbol(n).name));
            }
        }
        parts.push(phrase);
    }
    if parts.is_empty() {
        return "always".into();
    }
    parts.join(" and ")
}

// ----- naming -------------------------------------------------------------------------------

/// `4000-INCOME-RULE` → `Income rule`; `evaluate` → `Evaluate`.
fn procedure_words(name: &str) -> String {
    let trimmed = name.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    let trimmed = if trimmed.is_empty() { name } else { trimmed };
    let lower = trimmed.replace(['-', '_'], " ").to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn short_name(qualified: &str) -> &str {
    qualified.rsplit('.').next().unwrap_or(qualified)
}

fn effect_phrase(effects: &[Effect]) -> String {
    let Some(main) = effects.iter().min_by(|a, b| {
        b.kind
            .weight()
            .total_cmp(&a.kind.weight())
            .then_with(|| a.via.is_some().cmp(&b.via.is_some()))
            .then_with(|| a.line.cmp(&b.line))
    }) else {
        return String::new();
    };
    let target = short_name(&main.target);
    match main.kind {
        EffectKind::Persist => format!("write {target}"),
        EffectKind::Output if main.target.contains('(') => "return a value".to_string(),
        EffectKind::Output => format!("set {target}"),
        EffectKind::Compute => format!("compute {target}"),
        EffectKind::Call => format!("call {target}"),
        EffectKind::ErrorPath => format!("error {target}"),
    }
}

// ----- mining -------------------------------------------------------------------------------

/// Mines candidate rules from `model`; `now` (RFC 3339) is the audit time, so the output is
/// deterministic. Sorted by score (highest first), then id.
pub fn mine(model: &Model, now: &str) -> Vec<Candidate> {
    let facts = Facts::new(model);
    let mut out: Vec<Candidate> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    for site in sites(model) {
        let owner = site.owner;
        // Noise: every condition only tests an end-of-file / first-time switch.
        let all: Vec<&ConditionSite> = site
            .subjects
            .iter()
            .chain(&site.conditions)
            .copied()
            .collect();
        if model.symbol(owner).kind.namespace() == crate::model::Namespace::Cobol
            && all.iter().all(|c| is_noise_condition(&facts, c))
        {
            continue;
        }
        let mut effects: BTreeSet<Effect> = BTreeSet::new();
        let mut seen = HashSet::from([owner]);
        effects_in(
            &facts,
            owner,
            Some(site.guarded),
            None,
            2,
            &mut seen,
            &mut effects,
        );
        if effects.is_empty() {
            continue;
        }
        // One effect per (kind, target): a direct one before one reached through a PERFORM,
        // then the first line.
        let mut effects: Vec<Effect> = effects.into_iter().collect();
        effects.sort_by(|a, b| {
            (a.kind, &a.target, a.via.is_some(), a.line, &a.via).cmp(&(
                b.kind,
                &b.target,
                b.via.is_some(),
                b.line,
                &b.via,
            ))
        });
        effects.dedup_by(|b, a| a.kind == b.kind && a.target == b.target);
        out.push(candidate(&facts, &site, effects, now, &mut used_ids));
    }
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.rule.id.cmp(&b.rule.id))
    });
    out
}

fn candidate(
    facts: &Facts,
    site: &Site,
    effects: Vec<Effect>,
    now: &str,
    used_ids: &mut HashSet<String>,
) -> Candidate {
    let model = facts.model;
    let owner = model.symbol(site.owner);
    let anchor = make_anchor(model, site.owner, site.guarded);
    // Stable id: the anchor's fingerprint with the symbol; a repeat in the same symbol
    // (identical code twice) takes the next occurrence number.
    let mut n = 0u32;
    let id = loop {
        let key = if n == 0 {
            format!("{}\u{0}{}", anchor.fingerprint, anchor.symbol)
        } else {
            format!("{}\u{0}{}\u{0}{n}", anchor.fingerprint, anchor.symbol)
        };
        let id = format!("BR-{}", &format!("{:016x}", fnv1a64(key.as_bytes()))[..10]);
        if used_ids.insert(id.clone()) {
            break id;
        }
        n += 1;
    };

    // Conditions as written and in plain words.
    let subjects: Vec<String> = site.subjects.iter().map(|c| c.text.clone()).collect();
    let conditions: Vec<RuleCondition> = match site.kind {
        "evaluate" | "search" => {
            let prefix = if subjects.is_empty() {
                String::new()
            } else {
                format!("EVALUATE {} ", subjects.join(" ALSO "))
            };
            let mut out: Vec<RuleCondition> = site
                .conditions
                .iter()
                .map(|c| RuleCondition {
                    code: format!("{prefix}WHEN {}", c.text),
                    plain: plain_when(facts, site.owner, &subjects, &c.text),
                    extra: Default::default(),
                })
                .collect();
            if out.is_empty() {
                out = site
                    .subjects
                    .iter()
                    .map(|c| RuleCondition {
                        code: format!("EVALUATE {}", c.text),
                        plain: plain_condition(facts, site.owner, &c.text),
                        extra: Default::default(),
                    })
                    .collect();
            }
            out
        }
        _ => site
            .conditions
            .iter()
            .map(|c| RuleCondition {
                code: c.text.clone(),
                plain: plain_condition(facts, site.owner, &c.text),
                extra: Default::default(),
            })
            .collect(),
    };

    // Inputs: what the conditions and the guarded statements read; outputs: what is written.
    let mut inputs: BTreeSet<String> = BTreeSet::new();
    for c in site.subjects.iter().chain(&site.conditions) {
        for id in condition_reads(facts, c) {
            let s = model.symbol(id);
            let id = if s.kind == SymbolKind::ConditionName {
                s.parent.unwrap_or(id)
            } else {
                id
            };
            inputs.insert(model.symbol(id).qualified_name.clone());
        }
    }
    for &i in facts.refs_from.get(&site.owner).into_iter().flatten() {
        let r = &model.references[i];
        if r.kind == RefKind::Read
            && within(&r.span, &site.guarded)
            && let RefTarget::Symbol { id } = r.target
            && matches!(
                model.symbol(id).kind,
                SymbolKind::DataItem | SymbolKind::ConditionName | SymbolKind::DbColumn
            )
        {
            inputs.insert(model.symbol(id).qualified_name.clone());
        }
    }
    let outputs: BTreeSet<String> = effects
        .iter()
        .filter(|e| e.kind != EffectKind::Call)
        .filter(|e| {
            !(e.kind == EffectKind::ErrorPath
                && model
                    .symbol_named(&e.target)
                    .is_some_and(|s| model.symbol(s).kind.is_callable()))
        })
        .map(|e| e.target.clone())
        .collect();

    // Classification.
    let lower_names = owner.name.to_ascii_uppercase();
    let has = |k: EffectKind| effects.iter().any(|e| e.kind == k);
    let classification = if ["ELIG", "ENTITLE", "QUALIF"]
        .iter()
        .any(|w| lower_names.contains(w))
        || site.kind == "evaluate"
    {
        Classification::Decision
    } else if has(EffectKind::Compute) {
        Classification::Calculation
    } else if has(EffectKind::Persist) || has(EffectKind::Output) {
        Classification::Decision
    } else if has(EffectKind::ErrorPath) {
        Classification::Validation
    } else {
        Classification::Routing
    };

    // Name.
    let base = match owner.kind.namespace() {
        crate::model::Namespace::Java => {
            let class = owner
                .parent
                .map(|p| model.symbol(p).name.clone())
                .unwrap_or_default();
            if class.is_empty() {
                procedure_words(&owner.name)
            } else {
                format!("{class} {}", owner.name)
            }
        }
        _ => procedure_words(&owner.name),
    };
    let phrase = effect_phrase(&effects);
    let name = if phrase.is_empty() {
        base
    } else {
        format!("{base}: {phrase}")
    };

    // Score: effects (direct ones count fully, PERFORMed ones less), size, fan-in.
    let lines = f64::from(site.guarded.end_line.saturating_sub(site.guarded.line) + 1);
    let fan_in = facts.fan_in.get(&site.owner).copied().unwrap_or(0) as f64;
    let effect_score: f64 = effects
        .iter()
        .map(|e| e.kind.weight() * if e.via.is_some() { 0.5 } else { 1.0 })
        .sum();
    let score = effect_score + (1.0 + lines).ln() + 0.5 * (1.0 + fan_in).ln();
    let score = (score * 1000.0).round() / 1000.0;

    let technical_description = format!(
        "{} in {} ({}:{}-{}): {}",
        site.kind.to_ascii_uppercase(),
        owner.qualified_name,
        anchor.path,
        site.guarded.line,
        site.guarded.end_line,
        effects
            .iter()
            .map(|e| format!("{} {}", e.kind.label(), short_name(&e.target)))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let rule = RuleRecord {
        id,
        name,
        business_description: String::new(),
        technical_description,
        classification: Some(classification),
        status: Status::Candidate,
        business_functions: Vec::new(),
        rule_sets: Vec::new(),
        owner: None,
        tags: vec![format!("mined:{}", site.kind)],
        inputs: inputs.into_iter().collect(),
        outputs: outputs.into_iter().collect(),
        conditions,
        anchors: vec![anchor],
        reviews: Vec::new(),
        audit: Audit {
            created_by: MINER.into(),
            created_at: now.into(),
            updated_by: MINER.into(),
            updated_at: now.into(),
            extra: Default::default(),
        },
        extra: Default::default(),
    };
    Candidate {
        rule,
        score,
        effects,
    }
}

/// Counts of candidates by their site kind (`if`, `evaluate`, `search`, `switch`).
pub fn counts_by_kind(cands: &[Candidate]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for c in cands {
        let kind = c
            .rule
            .tags
            .iter()
            .find_map(|t| t.strip_prefix("mined:"))
            .unwrap_or("?")
            .to_string();
        *counts.entry(kind).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// Whether a file kind is one the miner reads.
pub fn is_mined_kind(kind: FileKind) -> bool {
    matches!(
        kind,
        FileKind::CobolProgram | FileKind::CobolCopybook | FileKind::Java
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_literals_and_operators() {
        assert_eq!(
            tokens("EP-AGE >= 66 AND NOT EP-X = 'A B'"),
            vec!["EP-AGE", ">=", "66", "AND", "NOT", "EP-X", "=", "'A B'"]
        );
        assert_eq!(
            tokens("a.getAge() >= 18 && !x"),
            vec!["a.getAge", "(", ")", ">=", "18", "&&", "!", "x"]
        );
    }

    #[test]
    fn comparisons_read_as_words() {
        let mut model = Model::default();
        let owner = model.add_symbol(crate::model::NewSymbol::new(SymbolKind::Program, "P", "P"));
        let facts = Facts::new(&model);
        let plain = |t: &str| plain_condition(&facts, owner, t);
        assert_eq!(plain("A >= 1"), "A is at least 1");
        assert_eq!(plain("A IS GREATER THAN OR EQUAL TO B"), "A is at least B");
        assert_eq!(
            plain("A NOT < B AND C LESS THAN 2"),
            "A is at least B and C is less than 2"
        );
        assert_eq!(plain("A NOT = ZERO OR B"), "A is not zero or B");
        assert_eq!(
            plain("a.getAge() >= 18 && !x"),
            "a.getAge() is at least 18 and not x"
        );
    }

    #[test]
    fn values_of_condition_names_read_as_words() {
        assert_eq!(values_words("88 VALUE 'SP '"), "'SP '");
        assert_eq!(
            values_words("88 VALUE 'PC ' 'JSA' 'IS '"),
            "'PC ', 'JSA' or 'IS '"
        );
        assert_eq!(values_words("88 VALUE 66 THRU 150"), "66 to 150");
    }

    #[test]
    fn procedure_names_read_as_words() {
        assert_eq!(procedure_words("4000-INCOME-RULE"), "Income rule");
        assert_eq!(procedure_words("evaluate"), "Evaluate");
        assert_eq!(procedure_words("0000-MAIN"), "Main");
    }

    #[test]
    fn noise_names() {
        assert!(is_noise_name("WS-END-OF-CLAIMS"));
        assert!(is_noise_name("WS-CLAIM-EOF"));
        assert!(is_noise_name("WS-FIRST-TIME-SW"));
        assert!(!is_noise_name("EP-ELIGIBLE"));
    }
}
