//! The conditions that reach an outcome, collected along the control path: the IF branches
//! (true or ELSE), EVALUATE WHENs (and WHEN OTHER), SEARCH WHENs and the conditional phrases
//! (`INVALID KEY`, `NOT INVALID KEY`, `AT END`, `ON SIZE ERROR` …) around the statement, then,
//! when the statement's own procedure decides nothing, the guards around each PERFORM of that
//! procedure, up a PERFORM chain. Each guard is classed business, technical or flag from the
//! data it reads (`classify.rs`), so the miner can pick the guard that really decides.

use serde::Serialize;

use super::classify::{DataClass, DataClassification, technical_name};
use super::facts::{Facts, within};
use crate::model::{RefKind, RefTarget, Span, SymbolId};

/// How a guard reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuardClass {
    /// Reads business data (or is a record-existence test).
    Business,
    /// Reads nothing business and nothing technical.
    Neutral,
    /// Reads only switches or codes set elsewhere by literals.
    Flag,
    /// Reads only technical data (screen, paging, EOF, file status, SQLCODE, RESP …).
    Technical,
}

/// One condition on the path to a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guard {
    /// Index into `model.conditions`: the IF, WHEN, SEARCH WHEN or phrase.
    pub site: usize,
    /// The statement runs when the condition is false (ELSE branch).
    pub negated: bool,
    /// The statement is under WHEN OTHER of the EVALUATE `site` belongs to.
    pub other: bool,
    /// The whole statement the guard belongs to (IF, EVALUATE, SEARCH, READ …).
    pub statement: Span,
}

impl Guard {
    /// What identifies the decision this guard makes: an IF or a phrase by itself, every WHEN
    /// of one EVALUATE or SEARCH together.
    pub fn decision_span(&self, facts: &Facts) -> Span {
        let c = facts.site(self.site);
        match c.kind {
            "when" | "search-when" | "evaluate" => self.statement,
            "if" | "switch" => self.statement,
            // A phrase: the I/O statement up to the end of what the phrase guards.
            _ => {
                let end = c.guarded.unwrap_or(c.span);
                Span {
                    end: end.end,
                    end_line: end.end_line,
                    end_col: end.end_col,
                    ..self.statement
                }
            }
        }
    }
}

/// The guards of a statement in its own procedure, outermost first.
pub fn enclosing(facts: &Facts, owner: SymbolId, span: Span) -> Vec<Guard> {
    let mut out: Vec<(u32, Guard)> = Vec::new();
    let sites = facts.sites_of.get(&owner).map_or(&[][..], Vec::as_slice);
    // WHENs of each EVALUATE / SEARCH, to tell WHEN OTHER.
    let mut evaluates: Vec<(Span, Vec<usize>)> = Vec::new();
    for &i in sites {
        let c = facts.site(i);
        let statement = c.statement.or(c.guarded).unwrap_or(c.span);
        match c.kind {
            "if" | "switch" => {
                if within(&span, &statement) && !within(&span, &c.span) {
                    let negated = c.alternative.is_some_and(|a| within(&span, &a));
                    out.push((
                        statement.end - statement.start,
                        Guard {
                            site: i,
                            negated,
                            other: false,
                            statement,
                        },
                    ));
                }
            }
            "when" | "search-when" | "evaluate" => {
                if !within(&span, &statement) {
                    continue;
                }
                match evaluates.iter_mut().find(|(s, _)| *s == statement) {
                    Some((_, v)) => v.push(i),
                    None => evaluates.push((statement, vec![i])),
                }
            }
            "until" => {}
            // Conditional phrases.
            _ => {
                if let Some(g) = c.guarded
                    && within(&span, &g)
                    && !within(&span, &c.span)
                {
                    out.push((
                        g.end - g.start,
                        Guard {
                            site: i,
                            negated: false,
                            other: false,
                            statement,
                        },
                    ));
                }
            }
        }
    }
    for (statement, members) in evaluates {
        let whens: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| facts.site(i).kind != "evaluate")
            .collect();
        let hit = whens.iter().copied().find(|&i| {
            let c = facts.site(i);
            c.guarded.is_some_and(|g| within(&span, &g))
        });
        let (site, other) = match hit {
            Some(i) => (i, false),
            None => match whens.first().or(members.first()) {
                Some(&i) => (i, true),
                None => continue,
            },
        };
        out.push((
            statement.end - statement.start,
            Guard {
                site,
                negated: false,
                other,
                statement,
            },
        ));
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.site.cmp(&b.1.site)));
    out.into_iter().map(|(_, g)| g).collect()
}

/// A path of guards to a statement: the guards around the PERFORMs that lead to its
/// procedure (outermost caller first), then its own.
#[derive(Debug, Clone, Default)]
pub struct GuardPath {
    pub guards: Vec<Guard>,
    /// The procedures the path went through by PERFORM (outermost first).
    pub via: Vec<SymbolId>,
}

/// The guard paths to a statement: its own guards, and when it has none, the paths to each
/// PERFORM of its procedure, `depth` levels up.
pub fn guard_paths(
    facts: &Facts,
    owner: SymbolId,
    span: Span,
    depth: u32,
    memo: &mut PathMemo,
) -> Vec<GuardPath> {
    let own = enclosing(facts, owner, span);
    // A statement under technical guards only (AT END of a table search, a file-status
    // check) is decided by those guards; only a statement with no guard of its own takes the
    // guards of the PERFORMs that reach its procedure.
    if !own.is_empty() || depth == 0 || !facts.is_cobol(owner) {
        return vec![GuardPath {
            guards: own,
            via: Vec::new(),
        }];
    }
    let into = paths_into(facts, owner, depth, memo);
    if into.is_empty() {
        return vec![GuardPath::default()];
    }
    into
}

/// The guard paths of every PERFORM of `owner` (each ending in `owner`), remembered: every
/// unguarded statement of a procedure shares them.
pub(crate) fn paths_into(
    facts: &Facts,
    owner: SymbolId,
    depth: u32,
    memo: &mut PathMemo,
) -> Vec<GuardPath> {
    if let Some(p) = memo.0.get(&(owner, depth)) {
        return p.clone();
    }
    // Recursion through PERFORM cycles stops here.
    memo.0.insert((owner, depth), Vec::new());
    let mut out: Vec<GuardPath> = Vec::new();
    'refs: for &i in facts.refs_into.get(&owner).into_iter().flatten() {
        let r = &facts.model.references[i];
        if !matches!(r.kind, RefKind::Perform | RefKind::PerformThru) {
            continue;
        }
        if !matches!(r.target, RefTarget::Symbol { id } if id == owner) || r.from == owner {
            continue;
        }
        for mut p in guard_paths(facts, r.from, r.span, depth - 1, memo) {
            if p.guards.is_empty() {
                continue;
            }
            p.via.push(owner);
            out.push(p);
            if out.len() >= 6 {
                break 'refs;
            }
        }
    }
    memo.0.insert((owner, depth), out.clone());
    out
}

/// Remembered guard paths into procedures (see `guard_paths`).
#[derive(Default)]
pub struct PathMemo(std::collections::HashMap<(SymbolId, u32), Vec<GuardPath>>);

/// Is this the kind of a conditional phrase?
pub fn is_phrase(kind: &str) -> bool {
    !matches!(
        kind,
        "if" | "switch" | "when" | "search-when" | "evaluate" | "until"
    )
}

/// How a guard reads: business, neutral, flag or technical.
pub fn guard_class(facts: &Facts, classes: &DataClassification, g: &Guard) -> GuardClass {
    let c = facts.site(g.site);
    match c.kind {
        "invalid-key" | "not-invalid-key" => return GuardClass::Business,
        "size-error" | "not-size-error" => return GuardClass::Neutral,
        "at-end" | "not-at-end" | "end-of-page" | "not-end-of-page" | "exception"
        | "not-exception" | "overflow" | "not-overflow" | "no-data" | "with-data" => {
            return GuardClass::Technical;
        }
        _ => {}
    }
    if !facts.is_cobol(c.owner) {
        let class = java_guard_class(&c.text);
        // A call of the project's boolean helper (`canAmend(claim, user)`) reads what the
        // helper's body reads.
        if class == GuardClass::Neutral
            && helper_bodies(facts, c).any(|b| java_guard_class(b) == GuardClass::Business)
        {
            return GuardClass::Business;
        }
        return class;
    }
    let mut reads = facts.condition_reads(c);
    // A WHEN also reads its EVALUATE's subjects.
    if matches!(c.kind, "when" | "evaluate") {
        for &i in facts.sites_of.get(&c.owner).into_iter().flatten() {
            let s = facts.site(i);
            if s.kind == "evaluate" && s.statement == c.statement {
                reads.extend(facts.condition_reads(s));
            }
        }
    }
    class_of_reads(facts, classes, c.owner, &reads, &c.text)
}

/// The bodies of the project's boolean methods a Java condition calls.
fn helper_bodies<'a>(
    facts: &'a Facts,
    c: &'a crate::model::ConditionSite,
) -> impl Iterator<Item = &'a str> + 'a {
    let model = facts.model;
    facts
        .refs_from
        .get(&c.owner)
        .into_iter()
        .flatten()
        .map(move |&i| &model.references[i])
        .filter(move |r| r.kind == RefKind::Call && within(&r.span, &c.span))
        .filter_map(move |r| match r.target {
            RefTarget::Symbol { id } => Some(model.symbol(id)),
            _ => None,
        })
        .filter(|s| s.detail.as_deref() == Some("boolean"))
        .filter_map(move |s| {
            let text = facts.text(s.span?);
            text.find('{').map(|k| &text[k..])
        })
}

/// The class of a condition from the data it reads (and, for names outside the model such
/// as `EIBAID` or `SQLCODE`, from its words).
pub fn class_of_reads(
    facts: &Facts,
    classes: &DataClassification,
    owner: SymbolId,
    reads: &[SymbolId],
    text: &str,
) -> GuardClass {
    let lexical_technical = super::words::words(text)
        .iter()
        .any(|w| technical_name(w).is_some() && facts.lookup_data(owner, w).is_none());
    if reads.is_empty() {
        return if lexical_technical {
            GuardClass::Technical
        } else {
            GuardClass::Neutral
        };
    }
    let vars: Vec<SymbolId> = reads.iter().map(|&r| facts.variable(r)).collect();
    if vars
        .iter()
        .any(|&v| classes.class(v) == DataClass::Business && !classes.is_flag(v))
    {
        return GuardClass::Business;
    }
    if vars.iter().all(|&v| classes.is_technical(v)) {
        // A tally or work field computed from business data tests that data.
        if vars.iter().any(|&v| classes.is_from_business(v)) {
            return GuardClass::Neutral;
        }
        return GuardClass::Technical;
    }
    if vars
        .iter()
        .all(|&v| classes.is_technical(v) || classes.is_flag(v))
    {
        return GuardClass::Flag;
    }
    if lexical_technical
        && vars
            .iter()
            .all(|&v| classes.class(v) != DataClass::Business)
    {
        return GuardClass::Technical;
    }
    GuardClass::Neutral
}

/// Calls of a security API: roles, permissions, administrator or anonymous tests.
pub fn is_permission_check(lower: &str) -> bool {
    [
        "isuserinrole(",
        "hasrole(",
        "haspermission(",
        "cando(",
        "isgranted(",
        "checkpermission(",
        "isallowed(",
        "isadmin(",
        "isadministrator(",
        "ismoderator(",
        "issupervisor(",
        "isanonymous(",
        "isloggedin(",
        "isguest(",
        "anonymous",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Values read from configuration (`Config.getInt(Keys.X)`, `props.getProperty("x")`).
pub fn is_config_read(lower: &str) -> bool {
    (lower.contains("config") || lower.contains("setting") || lower.contains("globals"))
        && lower.contains(".get")
        || lower.contains("getproperty(")
        || lower.contains("configkeys.")
}

/// A record looked up through a DAO or repository (`userDao.findByEmail(e) != null`).
pub fn is_record_lookup(lower: &str) -> bool {
    ["dao.", "dao().", "repository.", "finder."]
        .iter()
        .any(|w| lower.contains(w))
        && [
            ".find", ".get", ".exists", ".count", ".load", ".lookup", ".select",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// A Java condition's class from its words: null checks, logging, iteration and reflection are
/// technical; getters, predicates and constants of the domain are business.
pub fn java_guard_class(text: &str) -> GuardClass {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    // The HTTP method or a request parameter's presence is servlet plumbing.
    if lower.contains("getmethod()")
        || lower.contains("\"get\".equals")
        || lower.contains("\"post\".equals")
    {
        return GuardClass::Technical;
    }
    // Permission checks, configured limits and record lookups decide business outcomes even
    // when they read through a length, a size or a null test.
    if is_permission_check(&lower) || is_config_read(&lower) || is_record_lookup(&lower) {
        return GuardClass::Business;
    }
    if [
        "isdebugenabled",
        "isinfoenabled",
        "istraceenabled",
        "log.",
        "logger.",
        "hasnext",
        "instanceof",
        "getclass",
        ".size()",
        ".length",
        "isempty()",
        "cache",
        "stream",
        "reader",
        "writer",
        "conn",
        "rs.next",
        "resultset",
        "statement",
        "thread",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return GuardClass::Technical;
    }
    let only_null = t
        .split(['&', '|'])
        .filter(|p| !p.trim().is_empty())
        .all(|p| p.contains("null"));
    if only_null {
        return GuardClass::Neutral;
    }
    let constant = t
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|w| {
            w.len() > 2
                && w.contains('_')
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        });
    if lower.contains(".get")
        || lower.contains(".is")
        || lower.contains(".has")
        || constant
        || t.contains(['<', '>'])
    {
        return GuardClass::Business;
    }
    GuardClass::Neutral
}
