//! Outcomes: the statements a business rule decides (PRODUCT.md §6). A rule always ends in one:
//! a record written or refused, a reason code or message, an amount, a next step, a new
//! status. Rule discovery starts here and works back to the conditions that control them
//! (`conditions.rs`).
//!
//! COBOL: records written to files and tables (reject / error / audit files named as such),
//! literal reason codes and messages moved into their fields, calculations stored into
//! business data, programs called or transferred to, status codes of persistent or returned
//! data set by `SET … TO TRUE` or a literal MOVE, and switches set (followed later to what they
//! control). Java: SQL writes and calls of methods that write, exceptions thrown with a
//! message, literal or computed values stored into domain fields, values returned.
//! Plumbing is never an outcome: abend and error-reporting calls, counters, screen fields.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::classify::{DataClassification, is_flag_name, name_tokens, picture};
use super::facts::Facts;
use super::java_refusal;
use crate::model::{
    DisplayStatement, FlowEnd, FlowKind, RefKind, RefTarget, Span, SymbolId, SymbolKind,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// A record written to a reject, error or suspense file.
    Reject,
    /// A record or row written, updated or deleted (also a DAO method that writes).
    Persist,
    /// A record written to an audit, history or report file.
    Audit,
    /// A reason or error code assigned.
    ReasonCode,
    /// A message assigned, or an exception thrown with one.
    Message,
    /// A money, rate, date or quantity calculation stored into business data.
    Calculation,
    /// Another program called or transferred to.
    Routing,
    /// A status or result code of persistent or returned data set.
    Status,
    /// A switch or flag set (what it controls is found later).
    Flag,
    /// A value returned to the caller.
    Result,
    /// Rows chosen for processing or changed by an SQL predicate (`WHERE STATUS = 'W' AND …`).
    Selection,
    /// The action a Java method performs is refused: a guard clause at its start returns or
    /// throws before the action, or a refusal page is chosen.
    Refusal,
}

impl OutcomeKind {
    /// How strongly the outcome marks a business rule.
    pub fn weight(self) -> f64 {
        match self {
            OutcomeKind::Reject => 10.0,
            OutcomeKind::ReasonCode => 8.5,
            OutcomeKind::Persist => 8.0,
            OutcomeKind::Calculation => 8.0,
            OutcomeKind::Message => 7.5,
            OutcomeKind::Status => 7.0,
            OutcomeKind::Routing => 6.0,
            OutcomeKind::Result => 5.0,
            OutcomeKind::Audit => 4.0,
            OutcomeKind::Flag => 2.0,
            OutcomeKind::Selection => 8.5,
            OutcomeKind::Refusal => 9.0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::Reject => "reject",
            OutcomeKind::Persist => "persist",
            OutcomeKind::Audit => "audit",
            OutcomeKind::ReasonCode => "reason-code",
            OutcomeKind::Message => "message",
            OutcomeKind::Calculation => "calculation",
            OutcomeKind::Routing => "routing",
            OutcomeKind::Status => "status",
            OutcomeKind::Flag => "flag",
            OutcomeKind::Result => "result",
            OutcomeKind::Selection => "selection",
            OutcomeKind::Refusal => "refusal",
        }
    }
}

/// One outcome statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub kind: OutcomeKind,
    /// The paragraph, section or method holding the statement.
    #[serde(skip)]
    pub owner: SymbolId,
    #[serde(skip)]
    pub span: Span,
    pub line: u32,
    /// What is written, set, computed or called (qualified name, or the name the code used).
    pub target: String,
    #[serde(skip)]
    pub target_id: Option<SymbolId>,
    /// The literal assigned, the message, the verb of a transfer (`XCTL`), the formula.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// How the outcome is reached when it happens later than its guard: a Java refusal given
    /// by a later test of the error collection the guard added to.
    #[serde(skip)]
    pub via: Option<String>,
}

/// Programs that are system services, never a business routing (IBM LE, DB2, IMS, MQ, abend).
pub fn is_system_service(name: &str) -> bool {
    let n = name.trim_matches(['\'', '"']).to_ascii_uppercase();
    crate::cobol::system_services::is_system_service(&n)
        || n.contains("ABEND")
        || n.contains("ABND")
        || n.contains("DUMP")
}

fn file_role(name: &str) -> OutcomeKind {
    let t = name_tokens(name);
    let upper = name.to_ascii_uppercase();
    if upper.contains("REJ")
        || upper.contains("ERR")
        || upper.contains("EXCEPT")
        || upper.contains("SUSP")
        || t.iter().any(|t| t == "EXC" || t == "FAIL")
    {
        OutcomeKind::Reject
    } else if upper.contains("AUDIT")
        || upper.contains("HIST")
        || upper.contains("JOURNAL")
        || upper.contains("REPORT")
        || upper.contains("PRINT")
        || t.iter()
            .any(|t| matches!(t.as_str(), "LOG" | "RPT" | "PRT" | "LIST" | "SYSOUT" | "MI"))
    {
        OutcomeKind::Audit
    } else {
        OutcomeKind::Persist
    }
}

fn is_reason_name(name: &str) -> bool {
    let t = name_tokens(name);
    let last = t.last().map(String::as_str).unwrap_or("");
    t.iter().any(|t| matches!(t.as_str(), "REASON" | "RSN"))
        || (t
            .iter()
            .any(|t| matches!(t.as_str(), "REJECT" | "REJ" | "ERROR" | "ERR" | "DECLINE"))
            && matches!(last, "CODE" | "CD" | "NO" | "NUM" | "ID" | "TYPE"))
}

fn is_message_name(name: &str) -> bool {
    let t = name_tokens(name);
    t.iter().any(|t| {
        matches!(
            t.as_str(),
            "MSG" | "MESSAGE" | "MSGO" | "TEXT" | "TXT" | "ERRMSG" | "REASONTXT"
        )
    }) || name.to_ascii_uppercase().ends_with("MSGO")
}

fn is_switch_name(name: &str) -> bool {
    is_flag_name(name) && !is_reason_name(name)
}

fn is_literal(tok: &str) -> bool {
    let u = tok.to_ascii_uppercase();
    tok.starts_with(['\'', '"'])
        || tok.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-')
        || matches!(
            u.as_str(),
            "ZERO"
                | "ZEROS"
                | "ZEROES"
                | "SPACE"
                | "SPACES"
                | "HIGH-VALUE"
                | "HIGH-VALUES"
                | "LOW-VALUE"
                | "LOW-VALUES"
                | "TRUE"
                | "FALSE"
                | "NULL"
        )
}

/// Is the literal a "nothing" value (zero, spaces), as a reset assigns?
pub fn is_reset_value(v: &str) -> bool {
    let u = v.trim_matches(['\'', '"']).trim().to_ascii_uppercase();
    u.is_empty()
        || u.chars().all(|c| c == '0')
        || matches!(
            u.as_str(),
            "ZERO" | "ZEROS" | "ZEROES" | "SPACE" | "SPACES" | "LOW-VALUE" | "LOW-VALUES"
        )
}

/// The source operand of `MOVE x TO …` (None for MOVE CORRESPONDING).
fn move_source(text: &str) -> Option<String> {
    let toks = super::words::tokens(text);
    if !toks.first()?.eq_ignore_ascii_case("MOVE") {
        return None;
    }
    let src = toks.get(1)?;
    if src.eq_ignore_ascii_case("CORR") || src.eq_ignore_ascii_case("CORRESPONDING") {
        return None;
    }
    if src.eq_ignore_ascii_case("ALL") {
        return toks.get(2).cloned();
    }
    Some(src.clone())
}

/// The message of a Java statement: its string literals in order, joined by "…" where the
/// code puts values between them (`"Claimant is aged " + age + "; the minimum"` →
/// `'Claimant is aged …; the minimum'`). The first literal alone when it is a message key.
pub fn message_text(text: &str) -> Option<String> {
    let mut parts = java_refusal::string_literals(text);
    // A leading field name (`addError("nino", "is already registered")`) is not the message.
    if parts.len() >= 2 && !parts[0].contains(' ') && parts[1].contains(' ') {
        parts.remove(0);
    }
    let longest = parts.iter().map(|p| p.trim().len()).max()?;
    if longest == 0 {
        return None;
    }
    let joined = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" … ");
    Some(format!("'{joined}'"))
}

/// Java methods that refuse: `fail(…)`, `reject(…)`, `addError(…)`, `addActionError(…)`.
fn is_refusal_method(method: &str) -> bool {
    let m = method.to_ascii_lowercase();
    matches!(
        m.as_str(),
        "fail"
            | "reject"
            | "refuse"
            | "deny"
            | "adderror"
            | "addactionerror"
            | "addfielderror"
            | "rejectvalue"
            | "error"
            | "failure"
    ) || m.starts_with("fail")
        || m.starts_with("reject")
        || m.starts_with("refuse")
}

/// Every outcome of the project, by owner.
pub struct Outcomes {
    pub all: Vec<Outcome>,
}

/// Finds the outcomes of every procedure and method.
pub fn find_outcomes(facts: &Facts, classes: &DataClassification) -> Outcomes {
    let model = facts.model;
    // Java methods that write to the database, and (one level up) those that call them.
    let mut writers: HashSet<SymbolId> = HashSet::new();
    for r in &model.references {
        if matches!(
            r.kind,
            RefKind::SqlInsert | RefKind::SqlUpdate | RefKind::SqlDelete
        ) && !facts.is_cobol(r.from)
        {
            writers.insert(r.from);
        }
    }
    let direct: Vec<SymbolId> = writers.iter().copied().collect();
    for w in direct {
        for &i in facts.refs_into.get(&w).into_iter().flatten() {
            let r = &model.references[i];
            if r.kind == RefKind::Call && !facts.is_cobol(r.from) {
                writers.insert(r.from);
            }
        }
    }

    let mut all = Vec::new();
    sql_selections(facts, &mut all);
    let mut owners: Vec<SymbolId> = facts.refs_from.keys().copied().collect();
    owners.extend(facts.flows_of.keys().copied());
    owners.extend(facts.displays_of.keys().copied());
    owners.sort();
    owners.dedup();
    // Owners one by one in parallel; collected in owner order, so the result is the same on
    // every run.
    use rayon::prelude::*;
    let per_owner: Vec<Vec<Outcome>> = owners
        .par_iter()
        .map(|&owner| {
            let mut out = Vec::new();
            let kind = model.symbol(owner).kind;
            if !matches!(
                kind,
                SymbolKind::Paragraph
                    | SymbolKind::Section
                    | SymbolKind::Program
                    | SymbolKind::Method
                    | SymbolKind::Constructor
            ) {
                return out;
            }
            if facts.is_cobol(owner) {
                cobol_outcomes(facts, classes, owner, &mut out);
            } else {
                java_outcomes(facts, classes, &writers, owner, &mut out);
            }
            out
        })
        .collect();
    all.extend(per_owner.into_iter().flatten());
    Outcomes { all }
}

/// The outcomes of one procedure or method (for a draft rule at a place the miner proposed
/// nothing). Java persistence through other methods is not followed here.
pub fn outcomes_of(facts: &Facts, classes: &DataClassification, owner: SymbolId) -> Vec<Outcome> {
    let mut out = Vec::new();
    if facts.is_cobol(owner) {
        cobol_outcomes(facts, classes, owner, &mut out);
    } else {
        java_outcomes(facts, classes, &HashSet::new(), owner, &mut out);
    }
    out
}

fn push(
    out: &mut Vec<Outcome>,
    kind: OutcomeKind,
    owner: SymbolId,
    span: Span,
    target: String,
    target_id: Option<SymbolId>,
    value: Option<String>,
) {
    out.push(Outcome {
        kind,
        owner,
        span,
        line: span.line,
        target,
        target_id,
        value,
        via: None,
    });
}

fn cobol_outcomes(
    facts: &Facts,
    classes: &DataClassification,
    owner: SymbolId,
    out: &mut Vec<Outcome>,
) {
    let model = facts.model;
    let mut seen_statement: HashSet<(u32, SymbolId)> = HashSet::new();
    for &i in facts.refs_from.get(&owner).into_iter().flatten() {
        let r = &model.references[i];
        match r.kind {
            RefKind::SqlInsert | RefKind::SqlUpdate | RefKind::SqlDelete => {
                let name = target_name(facts, &r.target);
                push(out, file_role(&name), owner, r.span, name, None, None);
            }
            RefKind::Write | RefKind::Update | RefKind::Delete => {
                let RefTarget::Symbol { id } = r.target else {
                    continue;
                };
                let target = model.symbol(id);
                match target.kind {
                    SymbolKind::File | SymbolKind::Dataset | SymbolKind::DbTable => {
                        push(
                            out,
                            file_role(&target.name),
                            owner,
                            r.span,
                            target.qualified_name.clone(),
                            Some(id),
                            None,
                        );
                    }
                    SymbolKind::DataItem | SymbolKind::ConditionName => {
                        let variable = facts.variable(id);
                        if !seen_statement.insert((r.span.start, variable)) {
                            continue;
                        }
                        data_write(facts, classes, owner, r.span, id, variable, out);
                    }
                    _ => {}
                }
            }
            RefKind::Call
            | RefKind::CicsLink
            | RefKind::CicsXctl
            | RefKind::CicsReturnTransid
            | RefKind::CallDynamic
            | RefKind::CicsLinkDynamic
            | RefKind::CicsXctlDynamic => {
                let name = target_name(facts, &r.target);
                if is_system_service(&name) {
                    continue;
                }
                let verb = match r.kind.undynamic() {
                    RefKind::CicsLink => "LINK",
                    RefKind::CicsXctl => "XCTL",
                    RefKind::CicsReturnTransid => "RETURN TRANSID",
                    _ => "CALL",
                };
                let target_id = match r.target {
                    RefTarget::Symbol { id } => Some(id),
                    _ => None,
                };
                push(
                    out,
                    OutcomeKind::Routing,
                    owner,
                    r.span,
                    name,
                    target_id,
                    Some(verb.to_string()),
                );
            }
            _ => {}
        }
    }
    for &i in facts.displays_of.get(&owner).into_iter().flatten() {
        let d = &model.displays[i];
        let program = super::facts::program_of(model, owner).map(|p| model.symbol(p).name.as_str());
        if let Some(message) = displayed_message(d, program) {
            let device = d.upon.clone().unwrap_or_else(|| "CONSOLE".to_string());
            push(
                out,
                OutcomeKind::Message,
                owner,
                d.span,
                device,
                None,
                Some(format!("'{message}'")),
            );
        }
    }
}

/// The message a DISPLAY shows the user, when it says something: its literals joined, with
/// `…` where it shows values (`'ACCOUNT ' ACCT-NO ' IS CLOSED'` → `ACCOUNT … IS CLOSED`). None
/// for prompts and labels of values (`'ENTER AMOUNT: '`, `'TOTAL: ' WS-TOTAL`), for text with
/// no words, for technical failures, for job-log lines tagged with the program's own name
/// (`'BENPAY01 TRAILER DOES NOT AGREE'`: operations reads those, not the business), and for
/// DISPLAY UPON anything but an operator device.
pub fn displayed_message(d: &DisplayStatement, program: Option<&str>) -> Option<String> {
    if let Some(upon) = &d.upon
        && !matches!(
            upon.as_str(),
            "CONSOLE" | "SYSOUT" | "SYSERR" | "PRINTER" | "CRT" | "TERMINAL"
        )
    {
        return None;
    }
    let is_label = |l: &str| l.trim_end().ends_with([':', '=', '?', '>']);
    let says = |l: &str| {
        l.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 2)
            .count()
            >= 2
    };
    if !d.literals.iter().any(|l| !is_label(l) && says(l)) {
        return None;
    }
    if let (Some(program), Some(first)) = (program, d.literals.first())
        && first
            .trim_start()
            .to_ascii_uppercase()
            .starts_with(&program.to_ascii_uppercase())
    {
        return None;
    }
    let mut text = d
        .literals
        .iter()
        .map(|l| squash(l))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(if d.data_operands > 0 { " … " } else { " " });
    if d.data_operands > 0 && !d.literals.is_empty() && text.len() < 60 {
        // One value shown after the words: "ACCOUNT CLOSED: …".
        if d.literals.len() == 1 {
            text.push_str(" …");
        }
    }
    (!is_technical_message(&text)).then_some(text)
}

/// A message that reports a technical failure, not a business refusal.
pub fn is_technical_message(text: &str) -> bool {
    let u = text.to_ascii_uppercase();
    [
        "SQL",
        "CICS",
        "ABEND",
        "FILE STATUS",
        "I/O",
        "IO ERROR",
        "SYSTEM ERROR",
        "UNAVAILABLE",
        "CONTACT",
        "DB2",
        "VSAM",
        "PF KEY",
        "PF-KEY",
        "INVALID KEY PRESSED",
        "NO MORE",
        "TOP OF",
        "BOTTOM OF",
        "END OF",
        "FIRST PAGE",
        "LAST PAGE",
        "PRESS",
        "TRANSACTION ENDED",
        "TRAILER",
        "RECONCIL",
        "RECORD TYPE",
    ]
    .iter()
    .any(|w| u.contains(w))
}

#[allow(clippy::too_many_arguments)]
fn data_write(
    facts: &Facts,
    classes: &DataClassification,
    owner: SymbolId,
    span: Span,
    id: SymbolId,
    variable: SymbolId,
    out: &mut Vec<Outcome>,
) {
    let model = facts.model;
    let verb = facts.verb(span);
    let code = facts.code(span);
    let text: &str = &code;
    let var = model.symbol(variable);
    let qn = var.qualified_name.clone();
    let technical = classes.is_technical(variable);
    match verb.as_str() {
        "COMPUTE" | "ADD" | "SUBTRACT" | "MULTIPLY" | "DIVIDE" => {
            if technical || !classes.is_business(variable) {
                return;
            }
            // `ADD 1 TO WS-CLAIMS-PAID`: a count, not a calculation.
            let toks = super::words::tokens(text);
            if verb == "ADD" && toks.get(1).is_some_and(|t| t == "1") {
                return;
            }
            let formula = super::words::formula(facts, owner, text).map(|(sym, _)| sym);
            push(
                out,
                OutcomeKind::Calculation,
                owner,
                span,
                qn,
                Some(variable),
                formula,
            );
        }
        "SET" => {
            let s = model.symbol(id);
            if s.kind != SymbolKind::ConditionName {
                return;
            }
            let upper = text.to_ascii_uppercase();
            if upper.contains("TO FALSE") {
                return;
            }
            let value = Some(s.name.clone());
            let kind = if classes.is_flag(variable) {
                if is_reason_name(&var.name) && !is_switch_name(&var.name) {
                    OutcomeKind::ReasonCode
                } else {
                    OutcomeKind::Flag
                }
            } else if technical {
                return;
            } else if is_reason_name(&var.name) {
                OutcomeKind::ReasonCode
            } else {
                OutcomeKind::Status
            };
            push(out, kind, owner, span, qn, Some(id), value);
        }
        "MOVE" => {
            let Some(src) = move_source(text) else {
                return;
            };
            if !is_literal(&src) {
                // A value of business data moved into money or a quantity under a condition
                // (`MOVE BC-DISREGARD-HIGHER TO WS-DISREGARD`): an amount decided.
                let same_name =
                    super::words::data_words(&src) == super::words::data_words(&var.name);
                if classes.is_business(variable)
                    && !technical
                    && !same_name
                    && var.detail.as_deref().is_some_and(is_money_picture)
                    && facts
                        .lookup_data(owner, &src)
                        .is_some_and(|s| !classes.is_technical(facts.variable(s)))
                {
                    amount_set(
                        out,
                        owner,
                        span,
                        variable,
                        &var.qualified_name,
                        &var.name,
                        &src,
                    );
                }
                return;
            }
            // A number set into money or a quantity (`MOVE 91 TO PC-PERIOD-DAYS`; zero only
            // into money: `MOVE ZERO TO RP-AMOUNT-OUT`).
            let reset = is_reset_value(&src);
            if !technical
                && classes.is_business(variable)
                && !classes.is_flag(variable)
                && var.detail.as_deref().is_some_and(if reset {
                    is_money_picture
                } else {
                    is_numeric_picture
                })
                && !src.starts_with(['\'', '"'])
            {
                amount_set(
                    out,
                    owner,
                    span,
                    variable,
                    &var.qualified_name,
                    &var.name,
                    &src,
                );
                return;
            }
            let quoted = src.starts_with(['\'', '"']);
            let words_in_literal = src.split_whitespace().count();
            let t = name_tokens(&var.name);
            if t.iter()
                .any(|t| matches!(t.as_str(), "DESC" | "DESCRIPTION" | "LITERAL"))
            {
                // Decoding a code into its description for display: not a decision.
                return;
            }
            let code_like = quoted
                && t.iter()
                    .any(|t| matches!(t.as_str(), "MSG" | "MESSAGE" | "ERR" | "ERROR"))
                && src.len() <= 10
                && !src.trim_matches(['\'', '"']).contains(' ')
                && src.chars().any(|c| c.is_ascii_digit());
            let kind = if is_message_name(&var.name) && code_like {
                OutcomeKind::ReasonCode
            } else if is_message_name(&var.name) && quoted && !is_reset_value(&src) {
                OutcomeKind::Message
            } else if quoted && words_in_literal >= 3 && !is_reset_value(&src) {
                // A sentence moved anywhere is a message.
                OutcomeKind::Message
            } else if technical {
                return;
            } else if is_reason_name(&var.name) {
                if is_reset_value(&src) {
                    OutcomeKind::Flag
                } else {
                    OutcomeKind::ReasonCode
                }
            } else if classes.is_flag(variable) {
                OutcomeKind::Flag
            } else if classes.is_persistent(variable) || classes.is_business(variable) {
                if is_reset_value(&src) {
                    return;
                }
                let t = name_tokens(&var.name);
                if t.iter().any(|t| {
                    matches!(
                        t.as_str(),
                        "STATUS"
                            | "STAT"
                            | "STATE"
                            | "IND"
                            | "RESULT"
                            | "CODE"
                            | "FLAG"
                            | "TYPE"
                            | "METHOD"
                            | "HOLD"
                            | "ROUTE"
                    )
                }) {
                    OutcomeKind::Status
                } else {
                    return;
                }
            } else {
                return;
            };
            push(out, kind, owner, span, qn, Some(variable), Some(src));
        }
        _ => {}
    }
}

/// An amount decided by a MOVE: a calculation outcome whose formula is the assignment.
fn amount_set(
    out: &mut Vec<Outcome>,
    owner: SymbolId,
    span: Span,
    variable: SymbolId,
    qualified: &str,
    name: &str,
    source: &str,
) {
    push(
        out,
        OutcomeKind::Calculation,
        owner,
        span,
        qualified.to_string(),
        Some(variable),
        Some(format!("{name} = {source}")),
    );
}

fn target_name(facts: &Facts, target: &RefTarget) -> String {
    match target {
        RefTarget::Symbol { id } => facts.model.symbol(*id).qualified_name.clone(),
        RefTarget::External { name } | RefTarget::Unresolved { name } => name.clone(),
    }
}

fn java_outcomes(
    facts: &Facts,
    classes: &DataClassification,
    writers: &HashSet<SymbolId>,
    owner: SymbolId,
    out: &mut Vec<Outcome>,
) {
    let model = facts.model;
    let method = model.symbol(owner);
    let setter = method.name.starts_with("set") || method.kind == SymbolKind::Constructor;
    for &i in facts.refs_from.get(&owner).into_iter().flatten() {
        let r = &model.references[i];
        match r.kind {
            RefKind::SqlInsert | RefKind::SqlUpdate | RefKind::SqlDelete => {
                let name = target_name(facts, &r.target);
                push(out, file_role(&name), owner, r.span, name, None, None);
            }
            RefKind::Call => {
                let name = target_name(facts, &r.target);
                let method = name
                    .split('(')
                    .next()
                    .unwrap_or(&name)
                    .rsplit(['.', '$'])
                    .next()
                    .unwrap_or("");
                let receiver = name
                    .split('(')
                    .next()
                    .unwrap_or(&name)
                    .rsplit_once(['.', '$'])
                    .map_or("", |(c, _)| c)
                    .rsplit(['.', '$'])
                    .next()
                    .unwrap_or("");
                let statement = statement_rest(facts, r.span);
                if let Some(message) = java_refusal::view_model_message(receiver, method, statement)
                {
                    push(
                        out,
                        OutcomeKind::Message,
                        owner,
                        r.span,
                        name.clone(),
                        None,
                        Some(message),
                    );
                    continue;
                }
                if let Some(verb) = java_refusal::navigation_verb(method) {
                    let whole = statement_line(facts, r.span);
                    let page =
                        java_refusal::navigation_target(&whole).unwrap_or_else(|| name.clone());
                    push(
                        out,
                        OutcomeKind::Routing,
                        owner,
                        r.span,
                        page,
                        None,
                        Some(verb.to_string()),
                    );
                    continue;
                }
                // `awardService.reject(award, user)` is a business action, not a refusal
                // message: a refusal call on a service or DAO with no message text.
                let business_action = ["Service", "Dao", "DAO", "Manager", "Repository", "Bean"]
                    .iter()
                    .any(|s| receiver.ends_with(s))
                    && message_text(facts.text(r.span)).is_none();
                if is_refusal_method(method) && !business_action {
                    let text = facts.text(r.span);
                    push(
                        out,
                        OutcomeKind::Message,
                        owner,
                        r.span,
                        name.clone(),
                        None,
                        Some(message_text(text).unwrap_or_else(|| method.to_string())),
                    );
                    continue;
                }
                // `loan.setDueInDays(loan.getDueInDays() + RENEWAL_DAYS)`: a domain value
                // computed into an object through its setter.
                if method.len() > 3
                    && method.starts_with("set")
                    && method[3..].starts_with(|c: char| c.is_ascii_uppercase())
                    && !setter
                    && !classes.is_technical_owner(model, owner)
                    && let Some(argument) = call_argument(&statement_line(facts, r.span), method)
                    && is_arithmetic(&argument)
                {
                    let field = &method[3..];
                    let target = match receiver {
                        "" | "this" => field.to_string(),
                        r => format!("{r}.{field}"),
                    };
                    push(
                        out,
                        OutcomeKind::Calculation,
                        owner,
                        r.span,
                        target,
                        None,
                        Some(argument),
                    );
                    continue;
                }
                if let RefTarget::Symbol { id } = r.target
                    && writers.contains(&id)
                    && id != owner
                {
                    let s = model.symbol(id);
                    push(
                        out,
                        OutcomeKind::Persist,
                        owner,
                        r.span,
                        s.qualified_name.clone(),
                        Some(id),
                        None,
                    );
                }
            }
            RefKind::Instantiate => {
                let name = target_name(facts, &r.target);
                let class = name.split(".<init>").next().unwrap_or(&name);
                let simple = class.rsplit(['.', '$']).next().unwrap_or(class);
                if !(simple.ends_with("Exception") || simple.ends_with("Error")) {
                    continue;
                }
                let text = facts.text(r.span);
                let before = statement_start(facts, r.span);
                let before = before.trim_end_matches("new").trim_end();
                if !(text.trim_start().starts_with("throw") || before.ends_with("throw")) {
                    continue;
                }
                let text = statement_rest(facts, r.span);
                if false {
                    continue;
                }
                push(
                    out,
                    OutcomeKind::Message,
                    owner,
                    r.span,
                    class.to_string(),
                    None,
                    message_text(text).or(Some(simple.to_string())),
                );
            }
            _ => {}
        }
    }
    if !super::classify::is_plumbing_owner(model, owner) {
        java_refusal::guard_clauses(facts, owner, out);
    }
    java_refusal::drop_nested_messages(out);
    if setter {
        return;
    }
    let business_class = !classes.is_technical_owner(model, owner);
    if business_class {
        early_results(facts, owner, out);
    }
    let mut seen: HashMap<(u32, SymbolId), ()> = HashMap::new();
    let mut seen_local: HashSet<u32> = HashSet::new();
    for &i in facts.flows_of.get(&owner).into_iter().flatten() {
        let f = &model.flows[i];
        let Some(span) = f.span else { continue };
        match (f.kind, &f.target) {
            (FlowKind::Return, FlowEnd::Symbol { id }) if *id == owner => {
                let text = facts.text(span);
                let expr = text
                    .trim()
                    .trim_start_matches("return")
                    .trim()
                    .trim_end_matches(';')
                    .trim();
                if expr.is_empty() || !seen_local.insert(span.start) {
                    continue;
                }
                if let Some(page) = java_refusal::refusal_page(expr) {
                    push(
                        out,
                        OutcomeKind::Refusal,
                        owner,
                        span,
                        method.qualified_name.clone(),
                        Some(owner),
                        Some(format!("page:{page}")),
                    );
                    continue;
                }

                let kind = if is_arithmetic(expr) && business_class {
                    OutcomeKind::Calculation
                } else {
                    OutcomeKind::Result
                };
                push(
                    out,
                    kind,
                    owner,
                    span,
                    method.qualified_name.clone(),
                    Some(owner),
                    Some(expr.to_string()),
                );
            }
            (FlowKind::Assign, FlowEnd::Local { name, .. }) if business_class => {
                let text = facts.text(span);
                let rhs = text.split_once('=').map_or("", |(_, r)| r);
                // A named limit put in place (`fine = MAX_FINE_PENCE;`) decides an amount as
                // much as arithmetic does.
                let rhs_value = rhs.trim().trim_end_matches(';').trim();
                let named_limit = rhs_value.rsplit('.').next().is_some_and(|c| {
                    c.len() > 2
                        && !matches!(
                            c,
                            "ZERO" | "ONE" | "TEN" | "NULL" | "EMPTY" | "NONE" | "TRUE" | "FALSE"
                        )
                        && c.starts_with(|ch: char| ch.is_ascii_uppercase())
                        && c.chars()
                            .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_')
                });
                if !(is_arithmetic(rhs) || named_limit) || !seen_local.insert(span.start) {
                    continue;
                }
                let local = name
                    .trim_start_matches(|c: char| c == '#' || c.is_ascii_digit() || c == ':')
                    .to_string();
                // A limit put in place is a value set (`x = LIMIT`), a rule only under a
                // condition; arithmetic keeps its expression alone.
                let value = if is_arithmetic(rhs) {
                    rhs_value.to_string()
                } else {
                    format!("{local} = {rhs_value}")
                };
                push(
                    out,
                    OutcomeKind::Calculation,
                    owner,
                    span,
                    local,
                    None,
                    Some(value),
                );
            }
            (FlowKind::Assign, FlowEnd::Symbol { id })
                if model.symbol(*id).kind == SymbolKind::Field
                    && !classes.is_technical(*id)
                    && seen.insert((span.start, *id), ()).is_none() =>
            {
                let text = facts.text(span);
                let rhs = text.split_once('=').map_or("", |(_, r)| r);
                let kind = if is_arithmetic(rhs) {
                    OutcomeKind::Calculation
                } else {
                    OutcomeKind::Status
                };
                push(
                    out,
                    kind,
                    owner,
                    span,
                    model.symbol(*id).qualified_name.clone(),
                    Some(*id),
                    Some(rhs.trim().trim_end_matches(';').to_string()),
                );
            }
            _ => {}
        }
    }
}

/// A Java statement from the start of a span to its `;` (at most 600 bytes): the whole
/// `new X("…" + y + "…")` when the reference is only the type name.
fn statement_rest<'a>(facts: &Facts<'a>, span: Span) -> &'a str {
    let Some(text) = facts
        .model
        .files
        .get(span.file.index())
        .and_then(|f| f.text.as_deref())
    else {
        return "";
    };
    let start = span.start as usize;
    let limit = (start + 600).min(text.len());
    let limit = (start..=limit)
        .rev()
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(start);
    let rest = text.get(start..limit).unwrap_or("");
    match rest.find(';') {
        Some(k) => &rest[..k],
        None => rest,
    }
}

/// The whole statement a span is in, from the start of its line to its `;`.
fn statement_line(facts: &Facts, span: Span) -> String {
    let Some(text) = facts
        .model
        .files
        .get(span.file.index())
        .and_then(|f| f.text.as_deref())
    else {
        return String::new();
    };
    let start = text[..(span.start as usize).min(text.len())]
        .rfind('\n')
        .map_or(0, |k| k + 1);
    format!(
        "{}{}",
        text.get(start..span.start as usize).unwrap_or(""),
        statement_rest(facts, span)
    )
}

/// The few characters before a span on its line (to see `throw` before `new X(…)`).
fn statement_start<'a>(facts: &Facts<'a>, span: Span) -> &'a str {
    let Some(text) = facts
        .model
        .files
        .get(span.file.index())
        .and_then(|f| f.text.as_deref())
    else {
        return "";
    };
    let end = span.start as usize;
    let start = end.saturating_sub(40);
    let start = (start..=end)
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(end);
    text.get(start..end).unwrap_or("").trim_end()
}

/// Does a Java expression compute (operators, or BigDecimal / Money arithmetic)?
/// A calculation method that answers a fixed amount before it computes
/// (`if (daysLate <= 0) { return 0; }`, `return BigDecimal.ZERO;`, `return MAX_AWARD;`): the
/// amount is the rule's outcome.
fn early_results(facts: &Facts, owner: SymbolId, out: &mut Vec<Outcome>) {
    let method = facts.model.symbol(owner);
    let numeric = method.detail.as_deref().is_some_and(|t| {
        matches!(
            t.trim(),
            "int"
                | "long"
                | "double"
                | "float"
                | "short"
                | "Integer"
                | "Long"
                | "Double"
                | "BigDecimal"
                | "Money"
        )
    });
    if !numeric {
        return;
    }
    for &i in facts.sites_of.get(&owner).into_iter().flatten() {
        let c = facts.site(i);
        if c.kind != "if" || c.alternative.is_some() {
            continue;
        }
        let Some(cons) = c.consequence else { continue };
        let Some(last) = java_refusal::last_statement(facts.text(cons)) else {
            continue;
        };
        let Some(value) = last.strip_prefix("return ").map(str::trim) else {
            continue;
        };
        let name = value.rsplit('.').next().unwrap_or(value);
        let fixed = value.parse::<f64>().is_ok()
            || value
                .trim_end_matches(['L', 'l', 'd', 'D'])
                .parse::<f64>()
                .is_ok()
            || (name.len() > 2
                && name.starts_with(|ch: char| ch.is_ascii_uppercase())
                && name
                    .chars()
                    .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'));
        if fixed {
            push(
                out,
                OutcomeKind::Calculation,
                owner,
                cons,
                method.qualified_name.clone(),
                Some(owner),
                Some(value.to_string()),
            );
        }
    }
}

/// The one argument of a call of `method` in a statement: the text between the parentheses
/// after the method's name (None when they do not close on the line).
fn call_argument(statement: &str, method: &str) -> Option<String> {
    let at = statement.find(&format!("{method}("))? + method.len();
    let mut depth = 0usize;
    for (k, c) in statement[at..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    let inner = statement[at + 1..at + k].trim();
                    return (!inner.is_empty()).then(|| inner.to_string());
                }
            }
            _ => {}
        }
    }
    None
}

fn is_arithmetic(expr: &str) -> bool {
    let e = expr.trim();
    if e.starts_with('"') {
        return false;
    }
    let ops = e.contains(['*', '/']) || e.contains(" + ") || e.contains(" - ");
    let calls = [
        ".add(",
        ".subtract(",
        ".multiply(",
        ".divide(",
        ".max(",
        ".min(",
        ".percent",
        ".times(",
        ".minus(",
        ".plus(",
        ".setScale(",
        ".negate(",
    ]
    .iter()
    .any(|m| e.contains(m));
    (ops && !e.contains('"')) || calls
}

/// A numeric picture (`9(5)V99`, `S9(7) COMP-3`), not alphanumeric or edited.
fn is_numeric_picture(detail: &str) -> bool {
    picture(detail).is_some_and(|p| {
        p.contains('9') && !p.contains(['X', 'A', 'Z', '*', ',', '-', '+', 'B', '/'])
    })
}

/// SQL statements whose WHERE clause decides which rows are processed or changed with a
/// literal condition (`WHERE CLAIM_STATUS = 'W' AND DATE_OF_DEATH IS NULL`): one outcome per
/// statement, its value the predicate.
fn sql_selections(facts: &Facts, out: &mut Vec<Outcome>) {
    let model = facts.model;
    let mut seen: HashSet<(u32, u32)> = HashSet::new();
    for r in &model.references {
        if !matches!(
            r.kind,
            RefKind::SqlSelect | RefKind::SqlUpdate | RefKind::SqlDelete
        ) || !seen.insert((r.span.file.0, r.span.start))
        {
            continue;
        }
        let code = facts.code(r.span);
        let text: &str = &code;
        let upper = text.to_ascii_uppercase();
        let Some(at) = upper.find("WHERE") else {
            continue;
        };
        let end = [
            "ORDER BY",
            "GROUP BY",
            "FOR UPDATE",
            "FOR FETCH",
            "END-EXEC",
            "WITH UR",
            "FETCH FIRST",
        ]
        .iter()
        .filter_map(|k| upper[at..].find(k).map(|e| at + e))
        .min()
        .unwrap_or(upper.len());
        let predicate = squash(&text[at + 5..end]);
        let literal = predicate.contains('\'')
            || predicate.to_ascii_uppercase().contains("IS NULL")
            || predicate.to_ascii_uppercase().contains("IS NOT NULL")
            || predicate.contains(['<', '>']);
        if !literal || predicate.is_empty() {
            continue;
        }
        let kind_word = match r.kind {
            RefKind::SqlUpdate => "updated",
            RefKind::SqlDelete => "deleted",
            _ => "selected",
        };
        push(
            out,
            OutcomeKind::Selection,
            r.from,
            r.span,
            target_name(facts, &r.target),
            None,
            Some(format!("{kind_word} WHERE {predicate}")),
        );
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['"', '+', ';'])
        .trim()
        .to_string()
}

/// A signed decimal or decimal picture (`S9(5)V99`, `9(3)V99`): money, rates, percentages.
fn is_money_picture(detail: &str) -> bool {
    is_numeric_picture(detail) && picture(detail).is_some_and(|p| p.contains('V'))
}
