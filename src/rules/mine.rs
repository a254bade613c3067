//! Candidate business rules, outcomes first (PRODUCT.md §4, §6).
//!
//! The miner finds the outcomes a rule decides (`outcome.rs`), walks back to the guards that
//! control each one (`conditions.rs`, across PERFORM chains), picks the guard that really
//! decides (the innermost one that is not technical), and follows flags: when that guard only
//! tests a switch or reason code set elsewhere by literals, the outcome belongs to the guards
//! that set it, so "the reject record is written" is attached to `earnings > limit`, not to
//! `WS-REJECT-REASON > 0`. Outcomes that share a deciding guard make one candidate (one per
//! IF, per EVALUATE or SEARCH, per INVALID KEY phrase); the same decision repeated for screen
//! rows collapses into one. Candidates are named and worded for a business reader, classed,
//! scored (business conditions and outcomes high, technical ones at the bottom and marked
//! `technical`), and prefilled as rule records in status `candidate` with ids that stay the
//! same from run to run.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use super::anchor::fnv1a64;
use super::classify::{DataClass, DataClassification, classify, is_flag_name};
use super::conditions::{
    Guard, GuardClass, GuardPath, PathMemo, enclosing, guard_class, guard_paths, is_phrase,
    paths_into,
};
use super::facts::{Facts, container_of, program_of, within};
use super::outcome::{Outcome, OutcomeKind, find_outcomes};
use super::record::{
    AnnotationFile, Audit, Classification, RuleCondition, RuleRecord, SCHEMA_VERSION, Status,
    TermRecord,
};
use super::terms::Glossary;
use super::words::{
    data_words, formula, negated_condition, plain_condition, plain_when, procedure_words,
};
use crate::model::{FileKind, Model, Namespace, Span, SymbolId, SymbolKind};

/// Who mined a candidate, in its audit.
pub const MINER: &str = "legacylens rules mine";

/// The kinds of outcome a candidate decides (the name the app and tests use).
pub type EffectKind = OutcomeKind;

/// One outcome of a candidate, as shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Effect {
    pub kind: EffectKind,
    /// What is written, set, computed or called (qualified name).
    pub target: String,
    /// The statement that does it.
    pub line: u32,
    /// The paragraph it happens in when reached through a PERFORM, or the flag it was
    /// followed through (`flag WS-REJECT-REASON`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// The literal, message, formula or transfer verb.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A candidate rule: the prefilled record, its score and what made it one.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub rule: RuleRecord,
    pub score: f64,
    pub effects: Vec<Effect>,
    /// Only technical conditions or outcomes (screen, paging, file status …): hidden by
    /// default in the queue, ranked last.
    pub technical: bool,
    /// The COBOL program or Java class the rule is in.
    pub program: String,
    /// The business function guessed from program and procedure names.
    pub business_function: String,
    /// The conditions in plain words, on one line.
    pub condition_words: String,
    /// The outcome in plain words, on one line.
    pub outcome_words: String,
}

/// The candidates of a project as an annotation file (rules sorted by id).
pub fn candidates_file(cands: &[Candidate]) -> AnnotationFile {
    let mut rules: Vec<RuleRecord> = cands.iter().map(|c| c.rule.clone()).collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    AnnotationFile {
        schema_version: SCHEMA_VERSION,
        rules,
        terms: Vec::new(),
        extra: Default::default(),
    }
}

/// Whether a file kind is one the miner reads.
pub fn is_mined_kind(kind: FileKind) -> bool {
    matches!(
        kind,
        FileKind::CobolProgram | FileKind::CobolCopybook | FileKind::Java
    )
}

/// Counts of candidates by their site kind (`if`, `evaluate`, `search`, `switch`, phrases,
/// `calculation`).
pub fn counts_by_kind(cands: &[Candidate]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
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

// ----- decisions ---------------------------------------------------------------------------

/// What identifies a decision: its symbol and anchor span.
type DecisionKey = (SymbolId, u32, u32, u32);

/// A deciding guard (or a procedure's unconditional calculations) with what it decides.
struct Decision {
    owner: SymbolId,
    anchor: Span,
    /// The guard that decides; None for unconditional calculations.
    decisive: Option<Guard>,
    /// The guards on the path, outermost first, the decisive one last.
    path: Vec<Guard>,
    /// Outcomes with how they were reached (`via`).
    outcomes: Vec<(usize, Option<String>)>,
    technical_guard: bool,
    guard_class: Option<GuardClass>,
    /// Outcomes reached when the decisive IF does not hold (its ELSE branch), read as
    /// "otherwise …".
    otherwise: Vec<usize>,
}

fn key_of(owner: SymbolId, span: Span) -> DecisionKey {
    (owner, span.file.0, span.start, span.end)
}

/// The decisive guard of a path: the innermost guard that is not technical.
fn decisive_index(classes_of: &[GuardClass]) -> Option<usize> {
    classes_of.iter().rposition(|c| *c != GuardClass::Technical)
}

/// An outcome under a flag test, waiting for the decisions that set the flag.
struct FlaggedOutcome {
    outcome: usize,
    /// The flags the test reads.
    vars: Vec<SymbolId>,
    guards: Vec<Guard>,
    /// Index of the flag test in `guards`.
    decisive: usize,
    via: Option<String>,
}

struct Miner<'a> {
    facts: Facts<'a>,
    classes: &'a DataClassification,
    outcomes: Vec<Outcome>,
    decisions: BTreeMap<DecisionKey, Decision>,
    guard_classes: HashMap<usize, GuardClass>,
}

impl<'a> Miner<'a> {
    fn class_of(&mut self, g: &Guard) -> GuardClass {
        if let Some(c) = self.guard_classes.get(&g.site) {
            return *c;
        }
        let c = guard_class(&self.facts, self.classes, g);
        self.guard_classes.insert(g.site, c);
        c
    }

    fn attach(&mut self, path: &[Guard], decisive: usize, outcome: usize, via: Option<String>) {
        let (key, fresh) = self.decision_of(path, decisive);
        let d = self.decisions.entry(key).or_insert(fresh);
        let g = path[decisive];
        if d.decisive
            .is_some_and(|dg| dg.site == g.site && dg.negated != g.negated)
            && !d.otherwise.contains(&outcome)
        {
            d.otherwise.push(outcome);
        }
        if !d.outcomes.iter().any(|(o, v)| *o == outcome && *v == via) {
            d.outcomes.push((outcome, via));
        }
    }

    /// The key and a new, outcome-less decision for the guard `path[decisive]`.
    fn decision_of(&mut self, path: &[Guard], decisive: usize) -> (DecisionKey, Decision) {
        let g = path[decisive];
        let owner = self.facts.site(g.site).owner;
        let anchor = g.decision_span(&self.facts);
        let class = self.class_of(&g);
        let fresh = Decision {
            owner,
            anchor,
            decisive: Some(g),
            path: path[..=decisive].to_vec(),
            outcomes: Vec::new(),
            technical_guard: class == GuardClass::Technical,
            guard_class: Some(class),
            otherwise: Vec::new(),
        };
        (key_of(owner, anchor), fresh)
    }

    fn via_words(&self, path: &GuardPath) -> Option<String> {
        path.via
            .last()
            .map(|&p| self.facts.model.symbol(p).name.clone())
    }
}

/// What mining covers beyond the defaults.
#[derive(Debug, Clone, Copy, Default)]
pub struct MineOptions {
    /// Mine vendored third-party files too (left out by default).
    pub include_vendored: bool,
}

/// Mines candidate rules from `model`; `now` (RFC 3339) is the audit time, so the output is
/// deterministic. Sorted by score (highest first), then id.
pub fn mine(model: &Model, now: &str) -> Vec<Candidate> {
    mine_configured(model, None, now, MineOptions::default())
}

/// `mine` with the data classes already computed (the app keeps them for hover).
pub fn mine_classified(model: &Model, classes: &DataClassification, now: &str) -> Vec<Candidate> {
    mine_configured(model, Some(classes), now, MineOptions::default())
}

/// `mine` with options, and with the data classes when the caller has them.
pub fn mine_configured(
    model: &Model,
    classes: Option<&DataClassification>,
    now: &str,
    options: MineOptions,
) -> Vec<Candidate> {
    mine_with_terms(model, classes, now, options, &[])
}

/// [`mine_configured`] reading data through business terms (an annotation file's `terms`):
/// conditions, outcomes and names use a named item's term ("the claimant's weekly earnings
/// are more than the earnings limit"). Ids, order and scores do not depend on the terms.
pub fn mine_with_terms(
    model: &Model,
    classes: Option<&DataClassification>,
    now: &str,
    options: MineOptions,
    terms: &[TermRecord],
) -> Vec<Candidate> {
    let words = if terms.is_empty() {
        HashMap::new()
    } else {
        Glossary::resolve(model, terms).words_by_item()
    };
    match classes {
        Some(classes) => mine_with(Facts::new(model).with_terms(words), classes, now, options),
        None => {
            let (facts, classes) = rayon::join(|| Facts::new(model), || classify(model));
            mine_with(facts.with_terms(words), &classes, now, options)
        }
    }
}

fn mine_with(
    facts: Facts<'_>,
    classes: &DataClassification,
    now: &str,
    options: MineOptions,
) -> Vec<Candidate> {
    let mut outcomes = find_outcomes(&facts, classes).all;
    if !options.include_vendored {
        let model = facts.model;
        outcomes.retain(|o| model.file(o.span.file).vendored.is_none());
    }
    let mut m = Miner {
        facts,
        classes,
        outcomes,
        decisions: BTreeMap::new(),
        guard_classes: HashMap::new(),
    };
    // Outcomes under a flag test wait for the decisions of the statements that set the flag.
    let mut flagged: Vec<FlaggedOutcome> = Vec::new();
    // Decisions each outcome joined (to follow flags to their setters).
    let mut joined: HashMap<usize, Vec<DecisionKey>> = HashMap::new();
    let mut unconditional: BTreeMap<SymbolId, Vec<usize>> = BTreeMap::new();
    // COBOL writes made only while a flag test holds: (write, the test, its flags).
    let mut blocked: Vec<(usize, Guard, Vec<SymbolId>)> = Vec::new();
    let mut memo = PathMemo::default();
    // Formulas reached through PERFORM from a guard: (their procedure, the guard's site and
    // branch) → (the formulas, the guards down to the decisive one).
    type PerformedKey = (SymbolId, usize, bool);
    let mut performed: BTreeMap<PerformedKey, (Vec<usize>, Vec<Guard>)> = BTreeMap::new();
    for k in 0..m.outcomes.len() {
        let (owner, span) = (m.outcomes[k].owner, m.outcomes[k].span);
        let paths = guard_paths(&m.facts, owner, span, 3, &mut memo);
        // The flag tests a COBOL write waits for, in its procedure or in the PERFORMs of it.
        if m.outcomes[k].kind == OutcomeKind::Persist && m.facts.is_cobol(owner) {
            let callers = if paths
                .iter()
                .any(|p| p.via.is_empty() && !p.guards.is_empty())
            {
                paths_into(&m.facts, owner, 3, &mut memo)
            } else {
                Vec::new()
            };
            for g in paths.iter().chain(&callers).flat_map(|p| &p.guards) {
                if m.class_of(g) != GuardClass::Flag {
                    continue;
                }
                let vars: Vec<SymbolId> = m
                    .facts
                    .condition_reads(m.facts.site(g.site))
                    .into_iter()
                    .map(|r| m.facts.variable(r))
                    .filter(|&v| m.classes.is_flag(v))
                    .collect();
                if !vars.is_empty() {
                    blocked.push((k, *g, vars));
                }
            }
        }
        for path in &paths {
            let via = m.via_words(path);
            let classes_of: Vec<GuardClass> = path.guards.iter().map(|g| m.class_of(g)).collect();
            let Some(d) = decisive_index(&classes_of).or_else(|| path.guards.len().checked_sub(1))
            else {
                let o = &m.outcomes[k];
                // An unconditional value moved (`MOVE ZERO TO WS-ARREARS-RATE`, a total copied
                // to a trailer) sets data up; only arithmetic is a calculation rule by itself.
                if o.kind == OutcomeKind::Calculation && is_arithmetic(o) {
                    unconditional.entry(owner).or_default().push(k);
                }
                if o.kind == OutcomeKind::Selection {
                    let anchor = o.span;
                    m.decisions.insert(
                        key_of(owner, anchor),
                        Decision {
                            owner,
                            anchor,
                            decisive: None,
                            path: Vec::new(),
                            outcomes: vec![(k, None)],
                            technical_guard: false,
                            guard_class: None,
                            otherwise: Vec::new(),
                        },
                    );
                }
                continue;
            };
            if classes_of[d] == GuardClass::Flag {
                let c = m.facts.site(path.guards[d].site);
                let vars: Vec<SymbolId> = m
                    .facts
                    .condition_reads(c)
                    .into_iter()
                    .map(|r| m.facts.variable(r))
                    .filter(|&v| m.classes.is_flag(v))
                    .collect();
                flagged.push(FlaggedOutcome {
                    outcome: k,
                    vars,
                    guards: path.guards.clone(),
                    decisive: d,
                    via,
                });
                continue;
            }
            let via = via.or_else(|| m.outcomes[k].via.clone());
            m.attach(&path.guards, d, k, via);
            let g = path.guards[d];
            // A formula in a procedure PERFORMed under the guard is a rule of its own too,
            // anchored where the formula is written.
            if !path.via.is_empty()
                && m.outcomes[k].kind == OutcomeKind::Calculation
                && is_arithmetic(&m.outcomes[k])
                && !is_accumulation(&m.facts, &m.outcomes[k])
            {
                let e = performed
                    .entry((owner, g.site, g.negated))
                    .or_insert_with(|| (Vec::new(), path.guards[..=d].to_vec()));
                if !e.0.contains(&k) {
                    e.0.push(k);
                }
            }
            let key = key_of(m.facts.site(g.site).owner, g.decision_span(&m.facts));
            joined.entry(k).or_default().push(key);
        }
    }
    // The statements that set each flag (or reason code, or status).
    let mut setters_of: HashMap<SymbolId, Vec<usize>> = HashMap::new();
    for (s, o) in m.outcomes.iter().enumerate() {
        if matches!(
            o.kind,
            OutcomeKind::Flag | OutcomeKind::ReasonCode | OutcomeKind::Status
        ) && let Some(t) = o.target_id
        {
            setters_of.entry(m.facts.variable(t)).or_default().push(s);
        }
    }
    // Flags: the outcome joins the decisions that set the flag (to a value that makes the
    // test true), else stays with the flag test.
    for FlaggedOutcome {
        outcome: k,
        vars,
        guards,
        decisive: d,
        via,
    } in flagged
    {
        let program = program_of(m.facts.model, m.outcomes[k].owner);
        let mut setters: Vec<usize> = vars
            .iter()
            .flat_map(|v| setters_of.get(v).into_iter().flatten().copied())
            .filter(|&s| {
                program_of(m.facts.model, m.outcomes[s].owner) == program && joined.contains_key(&s)
            })
            .collect();
        setters.sort_unstable();
        setters.dedup();
        let guard = guards[d];
        let setters: Vec<usize> = setters
            .into_iter()
            .filter(
                |&s| match setter_makes_true(&m.facts, guard.site, &m.outcomes[s]) {
                    Some(t) => t != guard.negated,
                    None => !guard.negated,
                },
            )
            .collect();
        let test_line = m.facts.site(guards[d].site).span.line;
        let flag_name = vars
            .first()
            .map(|&v| m.facts.model.symbol(v).name.clone())
            .unwrap_or_default();
        let mut attached = false;
        for s in setters {
            for key in joined.get(&s).cloned().unwrap_or_default() {
                if let Some(dec) = m.decisions.get_mut(&key) {
                    let via = Some(format!(
                        "{} (flag {flag_name} tested at line {test_line})",
                        via.clone().unwrap_or_else(|| m
                            .facts
                            .model
                            .symbol(m.outcomes[k].owner)
                            .name
                            .clone())
                    ));
                    if !dec.outcomes.iter().any(|(o, _)| *o == k) {
                        dec.outcomes.push((k, via));
                    }
                    attached = true;
                }
            }
        }
        // A test of a code with named values (a user's role, a claim's type) decides by
        // itself too; a test of a switch or reason code only carries earlier decisions.
        let named_code = !vars.is_empty()
            && vars
                .iter()
                .all(|&v| !is_flag_name(&m.facts.model.symbol(v).name));
        if !attached || named_code {
            m.attach(&guards, d, k, via);
        }
    }
    // A write made only while the flag says "no error" is refused by every check that raises
    // the error (`SET INPUT-ERROR` … `IF INPUT-OK PERFORM SAVE-MEMBER`).
    let mut refusal_of: HashMap<usize, usize> = HashMap::new();
    for (k, guard, vars) in blocked {
        let program = program_of(m.facts.model, m.outcomes[k].owner);
        let mut blockers: Vec<usize> = vars
            .iter()
            .flat_map(|v| setters_of.get(v).into_iter().flatten().copied())
            .filter(|&s| {
                program_of(m.facts.model, m.outcomes[s].owner) == program
                    && joined.contains_key(&s)
                    && setter_makes_true(&m.facts, guard.site, &m.outcomes[s])
                        .is_some_and(|t| t == guard.negated)
            })
            .collect();
        blockers.sort_unstable();
        blockers.dedup();
        if blockers.is_empty() {
            continue;
        }
        let test_line = m.facts.site(guard.site).span.line;
        let flag_name = m.facts.model.symbol(vars[0]).name.clone();
        let refusal = *refusal_of.entry(k).or_insert_with(|| {
            let o = &m.outcomes[k];
            let action = procedure_words(&m.facts.model.symbol(o.owner).name).to_lowercase();
            let refusal = Outcome {
                kind: OutcomeKind::Refusal,
                owner: o.owner,
                span: o.span,
                line: o.line,
                target: m.facts.model.symbol(o.owner).qualified_name.clone(),
                target_id: Some(o.owner),
                value: Some(action),
                via: None,
            };
            m.outcomes.push(refusal);
            m.outcomes.len() - 1
        });
        let via = Some(format!(
            "{} (flag {flag_name} tested at line {test_line})",
            m.facts.model.symbol(m.outcomes[k].owner).name
        ));
        for s in blockers {
            for key in joined.get(&s).cloned().unwrap_or_default() {
                // A decision that already rejects or gives a reason says it better.
                if let Some(dec) = m.decisions.get_mut(&key)
                    && !dec.outcomes.iter().any(|(o, _)| {
                        *o == refusal
                            || matches!(
                                m.outcomes[*o].kind,
                                OutcomeKind::Reject | OutcomeKind::ReasonCode
                            )
                    })
                {
                    dec.outcomes.push((refusal, via.clone()));
                }
            }
        }
    }
    // Unconditional calculations: one decision per procedure, anchored on its calculations.
    for (owner, ks) in unconditional {
        let Some(anchor) = spanning(ks.iter().map(|&k| m.outcomes[k].span)) else {
            continue;
        };
        m.decisions.insert(
            key_of(owner, anchor),
            Decision {
                owner,
                anchor,
                decisive: None,
                path: Vec::new(),
                outcomes: ks.into_iter().map(|k| (k, None)).collect(),
                technical_guard: false,
                guard_class: None,
                otherwise: Vec::new(),
            },
        );
    }
    for ((owner, _, _), (ks, path)) in performed {
        let Some(anchor) = spanning(ks.iter().map(|&k| m.outcomes[k].span)) else {
            continue;
        };
        let Some(&g) = path.last() else {
            continue;
        };
        let class = m.class_of(&g);
        m.decisions
            .entry(key_of(owner, anchor))
            .or_insert_with(|| Decision {
                owner,
                anchor,
                decisive: Some(g),
                path,
                outcomes: ks.into_iter().map(|k| (k, None)).collect(),
                technical_guard: class == GuardClass::Technical,
                guard_class: Some(class),
                otherwise: Vec::new(),
            });
    }
    let mut out = assemble(&m, now);
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.rule.id.cmp(&b.rule.id))
    });
    out
}

/// Is a calculation outcome arithmetic (not only a value moved, `MOVE ZERO TO WS-RATE`)?
/// Names with hyphens are not subtractions: the operators are whole tokens.
fn is_arithmetic(o: &Outcome) -> bool {
    !o.value.as_deref().is_some_and(|v| {
        v.contains(" = ")
            && !super::words::tokens(v)
                .iter()
                .any(|t| matches!(t.as_str(), "+" | "-" | "*" | "/" | "**"))
    })
}

/// `ADD x TO total` (no GIVING): a running total, not a formula.
fn is_accumulation(facts: &Facts, o: &Outcome) -> bool {
    let code = facts.code(o.span);
    let toks = super::words::tokens(&code);
    toks.first().is_some_and(|t| t.eq_ignore_ascii_case("ADD"))
        && toks.iter().any(|t| t.eq_ignore_ascii_case("TO"))
        && !toks.iter().any(|t| t.eq_ignore_ascii_case("GIVING"))
}

/// The span from the first to the last of some spans (of one file).
fn spanning(spans: impl Iterator<Item = Span>) -> Option<Span> {
    let spans: Vec<Span> = spans.collect();
    let first = spans.iter().min_by_key(|s| s.start)?;
    let last = spans.iter().max_by_key(|s| s.end)?;
    Some(Span {
        end: last.end,
        end_line: last.end_line,
        end_col: last.end_col,
        ..*first
    })
}

/// Does the value a setter gives a flag make the flag test true? `None` when the test is not
/// a simple one (a condition-name, or the flag compared with a literal).
fn setter_makes_true(facts: &Facts, site: usize, setter: &Outcome) -> Option<bool> {
    let model = facts.model;
    let c = facts.site(site);
    let toks = super::words::tokens(&c.text);
    let upper: Vec<String> = toks.iter().map(|t| t.to_ascii_uppercase()).collect();
    let (negated, rest) = match upper.first().map(String::as_str) {
        Some("NOT") => (true, &upper[1..]),
        _ => (false, &upper[..]),
    };
    let target = setter.target_id?;
    let target_sym = model.symbol(target);
    // The setter's value: the condition-name it SETs, or the literal it MOVEs.
    let set_name = (target_sym.kind == SymbolKind::ConditionName).then_some(target);
    let literal = setter.value.clone().filter(|_| set_name.is_none());
    let value_of = |name: SymbolId| -> Vec<String> {
        model
            .symbol(name)
            .detail
            .as_deref()
            .and_then(|d| d.find("VALUE ").map(|at| d[at + 6..].to_string()))
            .map(|v| super::words::tokens(&v))
            .unwrap_or_default()
            .into_iter()
            .filter(|t| !t.eq_ignore_ascii_case("THRU"))
            .collect()
    };
    let norm = |v: &str| -> String {
        let t = v.trim_matches(['\'', '"']).trim().to_ascii_uppercase();
        match t.as_str() {
            "ZERO" | "ZEROS" | "ZEROES" => "0".into(),
            "SPACE" | "SPACES" => String::new(),
            _ => t.trim_start_matches('0').to_string(),
        }
    };
    let result = if rest.len() == 1 {
        let cn = facts.lookup_data(c.owner, &rest[0])?;
        if model.symbol(cn).kind != SymbolKind::ConditionName {
            return None;
        }
        match (set_name, &literal) {
            (Some(s), _) => s == cn,
            (None, Some(lit)) => value_of(cn).iter().any(|v| norm(v) == norm(lit)),
            _ => return None,
        }
    } else {
        // FLAG op LITERAL
        let lit = literal
            .clone()
            .or_else(|| set_name.and_then(|s| value_of(s).first().cloned()))?;
        let mut k = 1;
        let mut not = false;
        if rest.get(k).map(String::as_str) == Some("IS") {
            k += 1;
        }
        if rest.get(k).map(String::as_str) == Some("NOT") {
            not = true;
            k += 1;
        }
        let op = rest.get(k)?.clone();
        let other = rest.last()?.clone();
        let (a, b) = (norm(&lit), norm(&other));
        let num = |x: &str| {
            x.parse::<f64>()
                .ok()
                .or(if x.is_empty() { Some(0.0) } else { None })
        };
        let r = match op.as_str() {
            "=" | "EQUAL" | "EQUALS" => a == b,
            "<>" => a != b,
            ">" | "GREATER" => num(&a)? > num(&b)?,
            "<" | "LESS" => num(&a)? < num(&b)?,
            ">=" => num(&a)? >= num(&b)?,
            "<=" => num(&a)? <= num(&b)?,
            _ => return None,
        };
        r != not
    };
    Some(result != negated)
}

// ----- assembling candidates ---------------------------------------------------------------

/// Does a COBOL condition read nothing but input fields of screen maps (and literals)? Their
/// lengths, attributes and flags (`…L`, `…A`, `…F`), the AID key and paging are not input.
fn reads_only_screen_input(
    facts: &Facts,
    classes: &DataClassification,
    c: &crate::model::ConditionSite,
) -> bool {
    let text = c.text.to_ascii_uppercase();
    if [
        "EIBAID", "DFHPF", "DFHENTER", "DFHCLEAR", "EIBCALEN", "RESP",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        return false;
    }
    let reads = facts.condition_reads(c);
    !reads.is_empty()
        && reads.iter().all(|&r| {
            let v = facts.variable(r);
            let name = facts.model.symbol(v).name.to_ascii_uppercase();
            classes.of(v).reason == "screen map field" && name.ends_with('I')
        })
}

/// A message that reports a technical failure, not a business refusal.
fn technical_message(text: &str) -> bool {
    super::outcome::is_technical_message(text)
}

/// A name from a message whose values were cut out: no empty `( … )`, no `…` or dangling
/// word at the end ("Earnings of … a week exceed the limit of" → "Earnings of … a week exceed
/// the limit").
fn tidy_name(name: &str) -> String {
    let mut t = name.replace(" … ;", ";").replace(" … :", ":");
    // A short bracketed group of cut values (`(limit … )`) says nothing.
    while let Some(open) = t.rfind('(') {
        let Some(close) = t[open..].find(')').map(|k| open + k) else {
            break;
        };
        let inner = &t[open + 1..close];
        if !(inner.contains('…') && inner.split_whitespace().count() <= 3) {
            break;
        }
        t = format!("{}{}", t[..open].trim_end(), &t[close + 1..]);
    }
    loop {
        let trimmed = t
            .trim_end()
            .trim_end_matches(['…', ':', ';', ',', '-', '(', '/'])
            .trim_end()
            .to_string();
        let dangling = [
            "of", "for", "in", "on", "to", "at", "than", "before", "after", "is", "the", "a", "an",
            "with", "by", "from", "and", "or",
        ];
        let cut = trimmed
            .rsplit_once(' ')
            .filter(|(_, last)| dangling.contains(last))
            .map(|(head, _)| head.to_string());
        match cut {
            Some(head) => t = head,
            None if trimmed == t => return if t.is_empty() { name.to_string() } else { t },
            None => t = trimmed,
        }
    }
}

fn sentence_case(text: &str) -> String {
    let t = text.trim_matches(['\'', '"']).trim();
    let lower = t.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The business function guessed from program and procedure names.
fn business_function(model: &Model, owner: SymbolId) -> String {
    let names: String = std::iter::once(model.symbol(owner))
        .chain(model.ancestors(owner))
        .map(|s| s.name.to_ascii_uppercase())
        .collect::<Vec<_>>()
        .join(" ");
    const TABLE: &[(&[&str], &str)] = &[
        (&["ELIG", "ENTITLE", "QUALIF"], "Eligibility"),
        (&["ADJ"], "Payment adjustments"),
        (
            &["OVP", "OVERPAY", "RECOVER", "DEBT"],
            "Overpayment recovery",
        ),
        (&["RTN", "RETURN"], "Returned payments"),
        (
            &["BACS", "CHQ", "CHEQUE", "ROUT"],
            "Payment issue and routing",
        ),
        (
            &["PAYCALC", "CALC", "RATE", "TAPER", "AMOUNT", "RND", "ROUND"],
            "Benefit calculation",
        ),
        (&["PAY"], "Payments"),
        (&["NINO", "IDENT"], "Identity checks"),
        (&["VAL", "VALID"], "Validation"),
        (&["ADDR"], "Addresses"),
        (&["UPD", "MAINT", "VSUP", "CHANGE"], "Claim maintenance"),
        (&["EXT", "EXTRACT"], "Claim extract"),
        (&["RPT", "REPORT", "MI"], "Reporting"),
        (&["ONL", "ENQ", "LST", "LIST", "SCREEN"], "Enquiries"),
        (&["DATE"], "Dates"),
        (&["CLAIM", "ASSESS"], "Claims"),
    ];
    for (keys, name) in TABLE {
        if keys.iter().any(|k| names.contains(k)) {
            return (*name).to_string();
        }
    }
    container_of(model, owner)
        .map(|c| model.symbol(c).name.clone())
        .unwrap_or_default()
}

/// A phrase condition in words (`READ CLAIM-MASTER INVALID KEY` → "no claim master record is
/// found for the key").
fn phrase_words(kind: &str, text: &str) -> String {
    let toks: Vec<&str> = text.split_whitespace().collect();
    let verb = toks
        .first()
        .map(|v| v.to_ascii_uppercase())
        .unwrap_or_default();
    let object = toks.get(1).map(|w| data_words(w)).unwrap_or_default();
    // `TXN-IN` → "transaction": which way the file goes says nothing of its records.
    let object = [" in", " out", " input", " output", " file"]
        .iter()
        .find_map(|end| object.strip_suffix(end))
        .map_or(object.clone(), str::to_string);
    let record = if object.ends_with("record") || object.ends_with("rec") {
        object.clone()
    } else {
        format!("{object} record")
    };
    match (kind, verb.as_str()) {
        ("invalid-key", "WRITE") => format!("a {record} with the same key already exists"),
        ("not-invalid-key", "WRITE") => format!("the {record} is new"),
        ("invalid-key", _) => format!("no {record} is found for the key"),
        ("not-invalid-key", _) => format!("the {record} is found"),
        ("at-end", _) => format!("there are no more {object} records"),
        ("not-at-end", _) => format!("a {record} is read"),
        ("size-error", _) => format!("the result for {object} does not fit its field"),
        ("not-size-error", _) => format!("the result for {object} fits its field"),
        _ => text.to_ascii_lowercase(),
    }
}

/// One condition of a path as code and words.
fn guard_condition(facts: &Facts, g: &Guard) -> RuleCondition {
    let c = facts.site(g.site);
    let (code, plain) = if is_phrase(c.kind) {
        (c.text.clone(), phrase_words(c.kind, &c.text))
    } else if g.other {
        (
            "WHEN OTHER".to_string(),
            "none of the listed cases applies".to_string(),
        )
    } else if matches!(c.kind, "when" | "search-when") {
        let subjects = subjects_of(facts, c.owner, c.statement);
        let prefix = if subjects.is_empty() {
            String::new()
        } else {
            format!("EVALUATE {} ", subjects.join(" ALSO "))
        };
        (
            format!("{prefix}WHEN {}", c.text),
            plain_when(facts, c.owner, &subjects, &c.text),
        )
    } else {
        (c.text.clone(), plain_condition(facts, c.owner, &c.text))
    };
    let (code, plain) = if g.negated {
        let opposite =
            (!is_phrase(c.kind) && !g.other && !matches!(c.kind, "when" | "search-when"))
                .then(|| negated_condition(facts, c.owner, &c.text))
                .flatten();
        let plain = opposite.unwrap_or_else(|| format!("not ({plain})"));
        (format!("NOT ({code})"), plain)
    } else {
        (code, plain)
    };
    RuleCondition {
        code,
        plain,
        extra: Default::default(),
    }
}

fn subjects_of(facts: &Facts, owner: SymbolId, statement: Option<Span>) -> Vec<String> {
    facts
        .sites_of
        .get(&owner)
        .into_iter()
        .flatten()
        .map(|&i| facts.site(i))
        .filter(|s| s.kind == "evaluate" && s.statement == statement)
        .map(|s| s.text.clone())
        .collect()
}

fn outcome_phrase(facts: &Facts, o: &Outcome) -> String {
    let target = facts.name_words(&o.target);
    let value = o.value.clone().unwrap_or_default();
    match o.kind {
        OutcomeKind::Reject => format!("it is rejected (written to {target})"),
        OutcomeKind::Persist => {
            let verb = facts.verb(o.span);
            let verb = match verb.as_str() {
                "REWRITE" | "UPDATE" => "updated",
                "DELETE" => "deleted",
                _ => "written",
            };
            format!("{target} is {verb}")
        }
        OutcomeKind::Audit => format!("a record is written to {target}"),
        OutcomeKind::ReasonCode => {
            if facts
                .model
                .symbol_named(&o.target)
                .is_some_and(|_| value.contains(|c: char| c.is_ascii_lowercase()))
            {
                format!("{} is set", data_words(&value))
            } else {
                format!("reason {value}")
            }
        }
        OutcomeKind::Message => format!("message {value}"),
        OutcomeKind::Calculation => {
            match formula(facts, o.owner, &facts.code(o.span)).filter(|_| facts.is_cobol(o.owner)) {
                Some((_, words)) => words,
                None => match o.value.as_deref().and_then(|v| v.split_once(" = ")) {
                    Some((_, rhs)) if facts.is_cobol(o.owner) => {
                        format!("{target} = {}", super::words::value_words(rhs))
                    }
                    Some((_, rhs)) => format!("{target} = {rhs}"),
                    None => match o.value.as_deref().filter(|v| !v.is_empty()) {
                        // A Java expression: `DAILY_FINE_PENCE * daysLate` → "DAILY_FINE_PENCE ×
                        // days late"; a returned value reads "the result is …".
                        Some(expr) if !facts.is_cobol(o.owner) => {
                            let words = super::words::java_expression_words(expr);
                            if o.target_id == Some(o.owner) {
                                format!("the result is {words}")
                            } else {
                                format!("{target} = {words}")
                            }
                        }
                        _ => format!("{target} is computed"),
                    },
                },
            }
        }
        OutcomeKind::Routing => {
            let verb = o.value.as_deref().unwrap_or("CALL");
            let name = o.target.rsplit('.').next().unwrap_or(&o.target);
            match verb {
                "XCTL" => format!("control passes to {name}"),
                "LINK" => format!("{name} is linked to"),
                "RETURN TRANSID" => format!("the next transaction is {name}"),
                "REDIRECT" => format!("the user is sent to {}", o.target),
                "FORWARD" => format!("the request goes on to {}", o.target),
                _ => format!("{name} is called"),
            }
        }
        OutcomeKind::Status => {
            let model = facts.model;
            match o.target_id.map(|t| model.symbol(t)) {
                Some(s) if s.kind == SymbolKind::ConditionName => {
                    facts.name_words(&s.qualified_name)
                }
                _ => format!("{target} is set to {value}"),
            }
        }
        OutcomeKind::Flag => match o.target_id.map(|t| facts.model.symbol(t)) {
            Some(s) if s.kind == SymbolKind::ConditionName => facts.name_words(&s.qualified_name),
            _ => format!("{target} is set to {value}"),
        },
        OutcomeKind::Result => format!("{target} is returned"),
        OutcomeKind::Selection => {
            let verb = value.split_whitespace().next().unwrap_or("selected");
            format!("{} rows are {verb}", o.target)
        }
        OutcomeKind::Refusal => match value.strip_prefix("page:") {
            Some(page) => format!("the '{}' page is shown", data_words(page)),
            None => format!("the {value} action is refused"),
        },
    }
}

/// The outcomes in words, strongest first: "it is rejected (written to reject file) with
/// reason 12, message 'AWARD CAP EXCEEDED'".
fn outcome_words(facts: &Facts, outcomes: &[&Outcome]) -> String {
    let mut sorted: Vec<&Outcome> = outcomes.to_vec();
    sorted.sort_by(|a, b| {
        b.kind
            .weight()
            .total_cmp(&a.kind.weight())
            .then(a.line.cmp(&b.line))
    });
    // `return fail("…")` reads as the refusal alone.
    let refuses = sorted.iter().any(|o| o.kind == OutcomeKind::Message);
    let mut parts: Vec<String> = Vec::new();
    for o in sorted {
        if refuses && o.kind == OutcomeKind::Result {
            continue;
        }
        let p = outcome_phrase(facts, o);
        if !parts.contains(&p) {
            parts.push(p);
        }
        if parts.len() == 4 {
            break;
        }
    }
    parts.join("; ")
}

/// The outcomes of a decision in words, those of its ELSE branch after "otherwise": "message
/// 'DEPOSIT NEEDS A SUPERVISOR'; otherwise account balance = account balance + amount".
fn branch_outcome_words(facts: &Facts, d: &Decision, outcomes: &[&Outcome]) -> String {
    let (mut then, mut other): (Vec<&Outcome>, Vec<&Outcome>) = (Vec::new(), Vec::new());
    for (&o, (k, _)) in outcomes.iter().zip(&d.outcomes) {
        if d.otherwise.contains(k) {
            other.push(o);
        } else {
            then.push(o);
        }
    }
    if then.is_empty() || other.is_empty() {
        return outcome_words(facts, outcomes);
    }
    format!(
        "{}; otherwise {}",
        outcome_words(facts, &then),
        outcome_words(facts, &other)
    )
}

/// The conditions of a decision as code and words: its path of guards (technical and flag
/// guards left out unless they decide), every WHEN of an EVALUATE as its rows, or an SQL
/// predicate.
fn decision_conditions(m: &Miner, d: &Decision, outcomes: &[&Outcome]) -> Vec<RuleCondition> {
    let facts = &m.facts;
    match d.decisive {
        None => outcomes
            .iter()
            .filter(|o| o.kind == OutcomeKind::Selection)
            .filter_map(|o| o.value.as_deref())
            .filter_map(|v| v.split_once("WHERE "))
            .map(|(_, p)| RuleCondition {
                code: format!("WHERE {p}"),
                plain: plain_condition(facts, d.owner, &p.replace(':', "")),
                extra: Default::default(),
            })
            .collect(),
        Some(g) => {
            let c = facts.site(g.site);
            let mut list: Vec<RuleCondition> = d
                .path
                .iter()
                .filter(|p| {
                    p.site == g.site
                        || !matches!(
                            m.guard_classes.get(&p.site),
                            Some(GuardClass::Technical | GuardClass::Flag)
                        )
                })
                .filter(|p| p.statement != g.statement || p.site == g.site)
                .map(|p| guard_condition(facts, p))
                .collect();
            // An EVALUATE lists every WHEN as its rows.
            if matches!(c.kind, "when" | "search-when") && !g.other {
                list.pop();
                let subjects = subjects_of(facts, c.owner, c.statement);
                let prefix = if subjects.is_empty() {
                    String::new()
                } else {
                    format!("EVALUATE {} ", subjects.join(" ALSO "))
                };
                for &i in facts.sites_of.get(&c.owner).into_iter().flatten() {
                    let w = facts.site(i);
                    if matches!(w.kind, "when" | "search-when") && w.statement == c.statement {
                        list.push(RuleCondition {
                            code: format!("{prefix}WHEN {}", w.text),
                            plain: plain_when(facts, w.owner, &subjects, &w.text),
                            extra: Default::default(),
                        });
                    }
                }
            }
            list
        }
    }
}

fn assemble(m: &Miner, now: &str) -> Vec<Candidate> {
    let facts = &m.facts;
    // What each candidate is made of, and how many times its decision repeats.
    type Job<'m> = (&'m Decision, Vec<&'m Outcome>, Vec<RuleCondition>);
    let mut jobs: Vec<Job> = Vec::new();
    let mut repeats: Vec<u32> = Vec::new();
    // Repeated decisions (screen rows 1…N): same owner, same condition shape, same outcome
    // kinds → one candidate.
    let mut shapes: HashMap<(SymbolId, String), usize> = HashMap::new();
    for d in m.decisions.values() {
        let outcomes: Vec<&Outcome> = d.outcomes.iter().map(|(k, _)| &m.outcomes[*k]).collect();
        // Only flags set and never followed anywhere: nothing the business sees, unless an
        // EVALUATE sorts cases into named classes with them.
        if outcomes.iter().all(|o| o.kind == OutcomeKind::Flag)
            && let Some(g) = d.decisive
        {
            let c = facts.site(g.site);
            let distinct: BTreeSet<&str> =
                outcomes.iter().filter_map(|o| o.value.as_deref()).collect();
            let classifying = c.kind == "when" && distinct.len() >= 2;
            if !classifying && (!is_phrase(c.kind) || c.kind.contains("at-end")) {
                continue;
            }
        }
        let conditions = decision_conditions(m, d, &outcomes);
        let shape = {
            let text: String = conditions
                .iter()
                .map(|c| c.code.as_str())
                .collect::<Vec<_>>()
                .join("&")
                .chars()
                .filter(|c| !c.is_ascii_digit())
                .collect();
            let kinds: BTreeSet<&str> = outcomes.iter().map(|o| o.kind.label()).collect();
            format!("{text}|{kinds:?}")
        };
        if d.decisive.is_some() {
            if let Some(&at) = shapes.get(&(d.owner, shape.clone())) {
                repeats[at] += 1;
                continue;
            }
            shapes.insert((d.owner, shape), jobs.len());
        }
        jobs.push((d, outcomes, conditions));
        repeats.push(1);
    }
    // The candidates in parallel (collected in decision order), then their ids in order: a
    // repeat of the same code in the same symbol takes the next occurrence number.
    use rayon::prelude::*;
    let mut out: Vec<Candidate> = jobs
        .into_par_iter()
        .map(|(d, outcomes, conditions)| candidate(m, d, &outcomes, conditions, now))
        .collect();
    let mut used_ids: HashSet<String> = HashSet::new();
    for (c, n) in out.iter_mut().zip(repeats) {
        let anchor = &c.rule.anchors[0];
        let mut k = 0u32;
        c.rule.id = loop {
            let key = if k == 0 {
                format!("{}\u{0}{}", anchor.fingerprint, anchor.symbol)
            } else {
                format!("{}\u{0}{}\u{0}{k}", anchor.fingerprint, anchor.symbol)
            };
            let id = format!("BR-{}", &format!("{:016x}", fnv1a64(key.as_bytes()))[..10]);
            if used_ids.insert(id.clone()) {
                break id;
            }
            k += 1;
        };
        if n > 1 {
            c.rule.tags.push(format!("repeated:{n}"));
        }
    }
    out
}

fn candidate(
    m: &Miner,
    d: &Decision,
    outcomes: &[&Outcome],
    conditions: Vec<RuleCondition>,
    now: &str,
) -> Candidate {
    let facts = &m.facts;
    let model = facts.model;
    let owner = model.symbol(d.owner);
    let anchor = facts.anchor(d.owner, d.anchor);
    // The id is given in order by `assemble`.
    let id = String::new();
    let site_kind = d.decisive.map(|g| facts.site(g.site).kind);
    let selection = outcomes.iter().find(|o| o.kind == OutcomeKind::Selection);
    let mined = match site_kind {
        None if selection.is_some() => "sql",
        None => "calculation",
        Some("when") | Some("evaluate") => "evaluate",
        Some("search-when") => "search",
        Some(k) => k,
    };

    // Inputs: the data the conditions read; outputs: what the outcomes write.
    let mut inputs: BTreeSet<String> = BTreeSet::new();
    let mut business_reads = 0usize;
    let mut reads_condition_name = false;
    for g in &d.path {
        let c = facts.site(g.site);
        let mut reads = facts.condition_reads(c);
        if matches!(c.kind, "when" | "search-when") {
            for &i in facts.sites_of.get(&c.owner).into_iter().flatten() {
                let s = facts.site(i);
                if s.kind == "evaluate" && s.statement == c.statement {
                    reads.extend(facts.condition_reads(s));
                }
            }
        }
        for r in reads {
            if model.symbol(r).kind == SymbolKind::ConditionName {
                reads_condition_name = true;
            }
            let v = facts.variable(r);
            if m.classes.class(v) == DataClass::Business {
                business_reads += 1;
            }
            if !m.classes.is_technical(v) {
                inputs.insert(model.symbol(v).qualified_name.clone());
            }
        }
    }
    if !facts.is_cobol(d.owner)
        && let Some(g) = d.decisive
    {
        let text = &facts.site(g.site).text;
        business_reads += text.matches(".get").count()
            + text.matches(".is").count()
            + text.matches(".has").count()
            + text
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .filter(|w| {
                    w.len() > 2
                        && w.contains('_')
                        && w.chars()
                            .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
                })
                .count();
    }
    let outputs: BTreeSet<String> = outcomes
        .iter()
        .filter(|o| o.kind != OutcomeKind::Routing)
        .map(|o| o.target.clone())
        .collect();

    // Effects as shown.
    let mut effects: Vec<Effect> = d
        .outcomes
        .iter()
        .map(|(k, via)| {
            let o = &m.outcomes[*k];
            Effect {
                kind: o.kind,
                target: o.target.clone(),
                line: o.line,
                via: via.clone(),
                value: o.value.clone(),
            }
        })
        .collect();
    effects.sort();
    effects.dedup_by(|b, a| a.kind == b.kind && a.target == b.target && a.value == b.value);

    // Technical: the deciding guard is technical, or every outcome is plumbing.
    let messages: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.kind == OutcomeKind::Message)
        .filter_map(|o| o.value.as_deref())
        .collect();
    let classifying_table = d
        .decisive
        .is_some_and(|g| matches!(facts.site(g.site).kind, "when") && !g.other)
        && outcomes
            .iter()
            .filter(|o| o.kind == OutcomeKind::Flag)
            .count()
            >= 2;
    let all_plumbing = outcomes.iter().all(|o| match o.kind {
        OutcomeKind::Message => o.value.as_deref().is_some_and(technical_message),
        OutcomeKind::Flag => !classifying_table,
        OutcomeKind::Audit => true,
        _ => false,
    });
    // SQLCODE / RESP tests that say a record does not exist (or already does) can decide a
    // business outcome; end of data, map and length conditions never do.
    let sql_or_resp = d.decisive.is_some_and(|g| {
        let t = facts.site(g.site).text.to_ascii_uppercase();
        (t.contains("SQLCODE") || t.contains("RESP") || t.contains("DFHRESP"))
            && ![
                "ENDFILE", "ENDDATA", "QZERO", "LENGERR", "MAPFAIL", "PGMIDERR", "ITEMERR",
            ]
            .iter()
            .any(|w| t.contains(w))
    });
    let business_outcome = outcomes.iter().any(|o| {
        matches!(
            o.kind,
            OutcomeKind::Reject | OutcomeKind::ReasonCode | OutcomeKind::Persist
        ) || (o.kind == OutcomeKind::Message && !o.value.as_deref().is_some_and(technical_message))
    });
    // A technical test that decides a business outcome (a return code, a tally, SQLCODE
    // leading to a reason code or a status) is not plumbing.
    let strongly_business = outcomes.iter().any(|o| {
        matches!(
            o.kind,
            OutcomeKind::Reject
                | OutcomeKind::ReasonCode
                | OutcomeKind::Status
                | OutcomeKind::Persist
                | OutcomeKind::Calculation
        )
    });
    // Control passed to one program or another: a routing decision.
    let routes: BTreeSet<&str> = outcomes
        .iter()
        .filter(|o| o.kind == OutcomeKind::Routing)
        .map(|o| o.target.as_str())
        .collect();
    // A check of what the user typed into a screen (`SCOREI = SPACES`, `LIMITI NOT NUMERIC`)
    // that answers with a message of its own is the screen's validation rule, not plumbing.
    let screen_validation = facts.is_cobol(d.owner)
        && messages.iter().any(|m| !technical_message(m))
        && d.decisive
            .is_some_and(|g| reads_only_screen_input(facts, m.classes, facts.site(g.site)));
    // What makes a technical guard decide business after all.
    let redeemed = screen_validation || strongly_business || (sql_or_resp && business_outcome);
    let technical_guard = d.technical_guard && !redeemed && routes.len() < 2;
    // A check inside a parser, cache, stream or utility class guards the plumbing, whatever
    // it says.
    let technical = technical_guard
        || all_plumbing
        || super::classify::is_plumbing_owner(model, d.owner)
            && !outcomes
                .iter()
                .any(|o| matches!(o.kind, OutcomeKind::Persist | OutcomeKind::Calculation));

    // Score.
    let mut weights: Vec<f64> = effects
        .iter()
        .map(|e| {
            let w = e.kind.weight();
            match e.kind {
                // A table that sorts cases into named classes (residence class, capital band).
                OutcomeKind::Flag if classifying_table => 6.0,
                // A work field computed on the way to the amount weighs less than the amount.
                OutcomeKind::Calculation
                    if facts.is_cobol(d.owner)
                        && !facts.model.symbol_named(&e.target).is_some_and(|t| {
                            m.classes.is_output(facts.model, t) || m.classes.feeds_output(t)
                        }) =>
                {
                    5.5
                }
                OutcomeKind::Message if e.value.as_deref().is_some_and(technical_message) => 1.0,
                // A Java refusal (`fail(…)`, `throw new …Exception(…)`, `addError(…)`).
                OutcomeKind::Message if !facts.is_cobol(d.owner) => 9.0,
                OutcomeKind::Routing if e.value.as_deref() == Some("CALL") => 4.0,
                _ => w,
            }
        })
        .collect();
    // A refusal with its message is one outcome, not two.
    if effects.iter().any(|e| {
        e.kind == OutcomeKind::Message && !e.value.as_deref().is_some_and(technical_message)
    }) {
        for (w, e) in weights.iter_mut().zip(&effects) {
            if e.kind == OutcomeKind::Refusal {
                *w = 0.0;
            }
        }
    }
    weights.sort_by(|a, b| b.total_cmp(a));
    let outcome_score = weights.first().copied().unwrap_or(0.0)
        + (weights.iter().skip(1).sum::<f64>() * 0.2).min(2.0);
    let factor = match d.guard_class {
        None if mined == "sql" => 1.0,
        None => 0.7,
        Some(GuardClass::Business) => 1.0,
        Some(GuardClass::Neutral) => 0.6,
        Some(GuardClass::Flag) => 0.45,
        Some(GuardClass::Technical) => {
            if technical {
                0.05
            } else {
                0.85
            }
        }
    };
    let followed = effects
        .iter()
        .any(|e| e.via.as_deref().is_some_and(|v| v.contains("(flag ")));
    let mut score = outcome_score * factor
        + (business_reads.min(4) as f64) * 0.5
        + if reads_condition_name { 0.5 } else { 0.0 }
        + if followed { 1.5 } else { 0.0 }
        + if messages.iter().any(|m| !technical_message(m)) {
            1.0
        } else {
            0.0
        };
    if let Some(g) = d.decisive
        && !facts.is_cobol(d.owner)
    {
        let text = &facts.site(g.site).text;
        let configured =
            super::words::java_config_locals(facts, d.owner)
                .iter()
                .any(|(name, _)| {
                    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .any(|w| w == name)
                });
        score += java_rule_strength(text, configured);
    }
    if technical {
        score *= 0.05;
    }
    let score = (score * 1000.0).round() / 1000.0;

    // Classification from the outcome.
    let has = |k: OutcomeKind| outcomes.iter().any(|o| o.kind == k);
    let eligibility = {
        let n = format!(
            "{} {}",
            owner.qualified_name.to_ascii_uppercase(),
            outcomes
                .iter()
                .map(|o| o.target.to_ascii_uppercase())
                .collect::<Vec<_>>()
                .join(" ")
        );
        ["ELIG", "ENTITLE", "QUALIF"].iter().any(|w| n.contains(w))
    };
    let is_range = conditions
        .iter()
        .any(|c| c.plain.contains("between") || c.code.to_ascii_uppercase().contains(" THRU "));
    let classification = if has(OutcomeKind::Calculation)
        && !has(OutcomeKind::Reject)
        && !has(OutcomeKind::ReasonCode)
    {
        Classification::Calculation
    } else if eligibility {
        Classification::Decision
    } else if has(OutcomeKind::Reject) || has(OutcomeKind::ReasonCode) || has(OutcomeKind::Message)
    {
        if is_range {
            Classification::Constraint
        } else {
            Classification::Validation
        }
    } else if has(OutcomeKind::Routing) {
        Classification::Routing
    } else {
        Classification::Decision
    };

    // Words.
    let condition_words = match d.decisive {
        None if !conditions.is_empty() => conditions
            .iter()
            .map(|c| c.plain.as_str())
            .collect::<Vec<_>>()
            .join(" and "),
        None => "always".to_string(),
        Some(g) if matches!(facts.site(g.site).kind, "when" | "search-when") && !g.other => {
            let c = facts.site(g.site);
            let subjects = subjects_of(facts, c.owner, c.statement);
            let head = if subjects.is_empty() {
                "the first case that holds".to_string()
            } else {
                let words: Vec<String> = subjects
                    .iter()
                    .map(|s| plain_condition(facts, c.owner, s))
                    .collect();
                format!("depending on {}", words.join(" and "))
            };
            let outer: Vec<&str> = conditions
                .iter()
                .take_while(|r| !r.code.contains("WHEN "))
                .map(|r| r.plain.as_str())
                .collect();
            if outer.is_empty() {
                head
            } else {
                format!("{} and {head}", outer.join(" and "))
            }
        }
        Some(_) => {
            // A nested test that reads the same as an outer one (a second READ of the same
            // file under INVALID KEY) is said once.
            let mut said: Vec<&str> = Vec::new();
            for c in &conditions {
                if !said.contains(&c.plain.as_str()) {
                    said.push(c.plain.as_str());
                }
            }
            said.join(" and ")
        }
    };
    let outcome_words = branch_outcome_words(facts, d, outcomes);
    let business_description = if d.decisive.is_none() && selection.is_some() {
        format!(
            "{} only when {condition_words}.",
            capitalise(&outcome_words)
        )
    } else if d.decisive.is_none() {
        format!("{}.", capitalise(&outcome_words))
    } else if condition_words.starts_with("depending on")
        || condition_words.starts_with("the first")
    {
        format!(
            "{}, {} (decision table, {} cases).",
            capitalise(&condition_words),
            outcome_words,
            conditions.len()
        )
    } else {
        format!("When {condition_words}, {outcome_words}.")
    };

    // Name: the message, the 88-level, the reason code, the procedure.
    let procedure = match owner.kind.namespace() {
        Namespace::Java => {
            let class = owner
                .parent
                .map(|p| model.symbol(p).name.clone())
                .unwrap_or_default();
            format!("{class} {}", owner.name).trim().to_string()
        }
        _ => procedure_words(&owner.name),
    };
    let direct: HashSet<usize> = d
        .outcomes
        .iter()
        .filter(|(_, via)| via.is_none())
        .map(|(k, _)| *k)
        .collect();
    let mut message_outcomes: Vec<(bool, &Outcome)> = d
        .outcomes
        .iter()
        .map(|(k, _)| (!direct.contains(k), &m.outcomes[*k]))
        .filter(|(_, o)| o.kind == OutcomeKind::Message)
        .collect();
    message_outcomes.sort_by_key(|(indirect, o)| (*indirect, o.line));
    let message = message_outcomes
        .iter()
        .filter_map(|(_, o)| o.value.as_deref())
        .find(|v| !technical_message(v) && v.trim_matches(['\'', '"']).trim().len() > 3);
    let condition_name = d.decisive.and_then(|g| {
        let c = facts.site(g.site);
        facts
            .condition_reads(c)
            .into_iter()
            .find(|&r| model.symbol(r).kind == SymbolKind::ConditionName)
            .map(|r| {
                let words = facts
                    .term(r)
                    .map_or_else(|| data_words(&model.symbol(r).name), str::to_string);
                if g.negated {
                    format!("not {words}")
                } else {
                    words
                }
            })
    });
    let reason = outcomes
        .iter()
        .find(|o| o.kind == OutcomeKind::ReasonCode)
        .and_then(|o| o.value.clone());
    let is_table = d
        .decisive
        .is_some_and(|g| matches!(facts.site(g.site).kind, "when" | "search-when") && !g.other);
    let distinct_values: BTreeSet<&str> = outcomes
        .iter()
        .filter(|o| matches!(o.kind, OutcomeKind::Message | OutcomeKind::ReasonCode))
        .filter_map(|o| o.value.as_deref())
        .collect();
    let name = if is_table && distinct_values.len() >= 2 {
        if procedure.to_ascii_lowercase().contains("table") {
            procedure.clone()
        } else {
            format!("{procedure} decision table")
        }
    } else if let Some(msg) = message {
        if super::java_refusal::is_bundle_key(msg) {
            capitalise(&super::java_refusal::key_words(msg))
        } else {
            tidy_name(&sentence_case(msg))
        }
    } else if let Some(calc) = outcomes.iter().find(|o| o.kind == OutcomeKind::Calculation)
        && classification == Classification::Calculation
    {
        format!("{}: {}", procedure, facts.name_words(&calc.target))
    } else if let Some(cn) = condition_name {
        format!("{procedure}: {cn}")
    } else if let Some(r) = reason {
        format!("{procedure}: reason {r}")
    } else {
        let main = outcomes
            .iter()
            .max_by(|a, b| a.kind.weight().total_cmp(&b.kind.weight()))
            .map(|o| outcome_phrase(facts, o))
            .unwrap_or_default();
        format!("{procedure}: {main}")
    };

    let mut technical_description = format!(
        "{} in {} ({}:{}-{})",
        mined.to_ascii_uppercase(),
        owner.qualified_name,
        anchor.path,
        d.anchor.line,
        d.anchor.end_line,
    );
    let outcome_list: Vec<String> = effects
        .iter()
        .map(|e| {
            let at = match &e.via {
                Some(v) => format!(" line {} via {v}", e.line),
                None => format!(" line {}", e.line),
            };
            format!(
                "{} {}{at}",
                e.kind.label(),
                e.target.rsplit('.').next().unwrap_or(&e.target)
            )
        })
        .collect();
    if !outcome_list.is_empty() {
        technical_description.push_str(": ");
        technical_description.push_str(&outcome_list.join(", "));
    }
    if technical_description.chars().count() > 280 {
        technical_description = technical_description.chars().take(277).collect::<String>() + "…";
    }

    let program = container_of(model, d.owner)
        .map(|c| model.symbol(c).qualified_name.clone())
        .unwrap_or_default();
    let business_function = business_function(model, d.owner);
    let mut tags = vec![format!("mined:{mined}")];
    if technical {
        tags.push("technical".into());
    }
    if followed {
        tags.push("flag-followed".into());
    }
    let rule = RuleRecord {
        id,
        name,
        business_description,
        technical_description,
        classification: Some(classification),
        status: Status::Candidate,
        business_functions: vec![business_function.clone()],
        rule_sets: Vec::new(),
        owner: None,
        tags,
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
        technical,
        program,
        business_function,
        condition_words,
        outcome_words,
    }
}

/// What a Java condition says about the rule's weight: permission checks and limits named by
/// a constant or a setting are what an analyst documents first; a format check of one field
/// (`isValidSortCode`, `matches(…)`) belongs to the data dictionary more than to the rules.
fn java_rule_strength(text: &str, reads_configured_local: bool) -> f64 {
    use super::conditions::{is_config_read, is_permission_check};
    let lower = text.to_ascii_lowercase();
    let mut strength = 0.0;
    if is_permission_check(&lower) {
        strength += 1.5;
    }
    let compares = text.contains(['<', '>']);
    let named_limit = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|w| {
            w.len() > 2
                && w.contains('_')
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        });
    if compares && (named_limit || is_config_read(&lower) || reads_configured_local) {
        strength += 1.0;
    }
    let format_only = [
        "isvalid",
        "valid",
        "matches(",
        "passesmodulus",
        "isnumeric",
        "isdigits",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && !named_limit
        && !reads_configured_local
        && !is_config_read(&lower);
    if format_only {
        strength -= 1.5;
    }
    strength
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A draft rule for the decision at `line` of `path` when no candidate covers it ("New rule
/// here" on an IF, EVALUATE or READ … INVALID KEY the miner did not propose): the innermost
/// condition around the line, with its guards, the outcomes it controls and their words,
/// built the way mining builds a candidate. `None` when no condition covers the line.
pub fn draft_at(
    model: &Model,
    classes: &DataClassification,
    path: &str,
    line: u32,
    now: &str,
) -> Option<Candidate> {
    draft_at_with_terms(model, classes, path, line, now, &[])
}

/// [`draft_at`] worded with business terms (see [`mine_with_terms`]).
pub fn draft_at_with_terms(
    model: &Model,
    classes: &DataClassification,
    path: &str,
    line: u32,
    now: &str,
    terms: &[TermRecord],
) -> Option<Candidate> {
    let words = if terms.is_empty() {
        HashMap::new()
    } else {
        Glossary::resolve(model, terms).words_by_item()
    };
    let facts = Facts::new(model).with_terms(words);
    let file = model.files.iter().find(|f| f.path == path)?.id;
    let (site, c) = model
        .conditions
        .iter()
        .enumerate()
        .filter(|(_, c)| c.span.file == file && !matches!(c.kind, "until" | "evaluate"))
        .filter_map(|(i, c)| {
            let whole = c.guarded.or(c.statement)?;
            (whole.line <= line && line <= whole.end_line).then_some((i, c, whole))
        })
        .min_by_key(|(_, _, whole)| whole.end - whole.start)
        .map(|(i, c, _)| (i, c))?;
    let owner = c.owner;
    let probe = c.consequence.or(c.guarded).unwrap_or(c.span);
    let guards = enclosing(&facts, owner, probe);
    let decisive = guards.iter().position(|g| g.site == site)?;
    let region = guards[decisive].statement;
    let outcomes: Vec<Outcome> = super::outcome::outcomes_of(&facts, classes, owner)
        .into_iter()
        .filter(|o| within(&o.span, &region))
        .collect();
    let mut m = Miner {
        facts,
        classes,
        outcomes,
        decisions: BTreeMap::new(),
        guard_classes: HashMap::new(),
    };
    for k in 0..m.outcomes.len() {
        m.attach(&guards, decisive, k, None);
    }
    let (key, fresh) = m.decision_of(&guards, decisive);
    let d = m.decisions.remove(&key).unwrap_or(fresh);
    let outcomes: Vec<&Outcome> = d.outcomes.iter().map(|(k, _)| &m.outcomes[*k]).collect();
    let conditions = decision_conditions(&m, &d, &outcomes);
    let mut cand = candidate(&m, &d, &outcomes, conditions, now);
    let a = &cand.rule.anchors[0];
    let key = format!("{}\u{0}{}", a.fingerprint, a.symbol);
    cand.rule.id = format!("BR-{}", &format!("{:016x}", fnv1a64(key.as_bytes()))[..10]);
    cand.rule.tags.push("draft".into());
    Some(cand)
}

/// The candidate whose anchor is the tightest around `line` of `path` (for "New rule here").
pub fn candidate_at<'c>(cands: &'c [Candidate], path: &str, line: u32) -> Option<&'c Candidate> {
    cands
        .iter()
        .filter_map(|c| {
            let (p, a, b) = super::score::candidate_lines(c)?;
            (p == path && a <= line && line <= b).then_some((c, b - a))
        })
        .min_by_key(|(_, size)| *size)
        .map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::tidy_name;

    #[test]
    fn names_from_cut_messages_end_cleanly() {
        assert_eq!(
            tidy_name("Earnings of … a week exceed the limit of"),
            "Earnings of … a week exceed the limit"
        );
        assert_eq!(
            tidy_name("Partner works … hours a week (limit … )"),
            "Partner works … hours a week"
        );
        assert_eq!(
            tidy_name("Dependant recorded more than once:"),
            "Dependant recorded more than once"
        );
        assert_eq!(
            tidy_name("Claim received more than … months before state pension age ( … )"),
            "Claim received more than … months before state pension age"
        );
        assert_eq!(tidy_name("Award cap exceeded"), "Award cap exceeded");
    }
}
