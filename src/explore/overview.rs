//! The start page of a project: what is there (counts by kind), where it starts (CICS
//! transactions with their first program, batch jobs in run order, menu programs, programs
//! nobody calls and why), where the data lives (busiest tables and datasets), what is big
//! or complex, what could not be read (parse errors, missing copybooks) and how far rule
//! triage has come. Computed from the model and the graphs, without GUI types, so the app
//! draws it and `legacylens overview` prints it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use petgraph::Direction;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::graphs::batch::BatchFlow;
use crate::graphs::graph::{NodeKey, ProjectGraph};
use crate::model::{Model, RefKind, RefTarget, Severity, SymbolId, SymbolKind};
use crate::rules::record::{RuleRecord, Status};

/// How many rows the ranked lists keep.
pub const TOP: usize = 8;

/// A row that names a symbol: the app opens it, the CLI prints the name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub name: String,
    #[serde(skip)]
    pub symbol: Option<SymbolId>,
}

impl Link {
    fn of(model: &Model, id: SymbolId) -> Link {
        Link {
            name: model.symbol(id).qualified_name.clone(),
            symbol: Some(id),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindCount {
    pub kind: String,
    pub count: usize,
    /// Lines, for file kinds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TransactionEntry {
    pub transaction: Link,
    /// The program the CSD (or a RETURN TRANSID) starts.
    pub program: Option<Link>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobEntry {
    pub job: Link,
    pub steps: usize,
    /// Project programs the job runs (utilities left out).
    pub programs: Vec<String>,
    /// Jobs writing a dataset this one reads.
    pub after: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MenuEntry {
    pub program: Link,
    /// Programs it transfers control to (XCTL, static or resolved through values).
    pub targets: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UncalledEntry {
    pub program: Link,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResourceEntry {
    pub resource: Link,
    /// Programs, methods and JCL steps reading or writing it.
    pub users: usize,
    pub reads: usize,
    pub writes: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramSize {
    pub program: Link,
    pub code_lines: u32,
    pub cyclomatic: u32,
    pub max_nesting: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileProblem {
    pub path: String,
    /// First line with an error, when known.
    pub line: Option<u32>,
    pub errors: usize,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissingCopybook {
    pub name: String,
    /// Files that include it.
    pub included_by: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Problems {
    pub errors: usize,
    pub warnings: usize,
    /// Errors and warnings by diagnostic code (`cobol.unmodelled` → 1).
    pub by_code: BTreeMap<String, usize>,
    /// Files with parse errors, most errors first.
    pub parse_errors: Vec<FileProblem>,
    pub missing_copybooks: Vec<MissingCopybook>,
}

/// Rule triage: candidates not yet decided and rules by status.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Triage {
    pub pending_candidates: usize,
    /// Status label → rules in the annotation file.
    pub by_status: BTreeMap<String, usize>,
}

impl Triage {
    pub fn of(rules: &[RuleRecord], pending_candidates: usize) -> Triage {
        let mut by_status = BTreeMap::new();
        for r in rules {
            *by_status
                .entry(status_label(r.status).to_string())
                .or_insert(0) += 1;
        }
        Triage {
            pending_candidates,
            by_status,
        }
    }

    /// Rules decided (anything but `candidate`) out of all known (file + pending).
    pub fn decided(&self) -> (usize, usize) {
        let in_file: usize = self.by_status.values().sum();
        let candidates = self.by_status.get("candidate").copied().unwrap_or(0);
        (in_file - candidates, in_file + self.pending_candidates)
    }
}

fn status_label(s: Status) -> &'static str {
    match s {
        Status::Candidate => "candidate",
        Status::Draft => "draft",
        Status::InReview => "in-review",
        Status::Approved => "approved",
        Status::Rejected => "rejected",
        Status::Obsolete => "obsolete",
    }
}

/// The start page.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Overview {
    pub files: Vec<KindCount>,
    pub symbols: Vec<KindCount>,
    pub transactions: Vec<TransactionEntry>,
    /// In run order.
    pub jobs: Vec<JobEntry>,
    pub menus: Vec<MenuEntry>,
    pub uncalled: Vec<UncalledEntry>,
    pub tables: Vec<ResourceEntry>,
    pub datasets: Vec<ResourceEntry>,
    pub biggest: Vec<ProgramSize>,
    pub most_complex: Vec<ProgramSize>,
    pub problems: Problems,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triage: Option<Triage>,
}

/// A program that XCTLs to this many programs or more is a menu (or names itself one).
const MENU_TARGETS: usize = 4;

impl Overview {
    /// Computes the start page from the model, the call graph and the batch flow.
    pub fn of(model: &Model, calls: &ProjectGraph, batch: &BatchFlow) -> Overview {
        let mut o = Overview::default();
        o.counts(model);
        o.transactions(model);
        o.jobs(model, batch);
        o.menus(model, calls);
        o.uncalled(model, calls);
        o.resources(model);
        o.sizes(model);
        o.problems(model);
        o
    }

    fn counts(&mut self, model: &Model) {
        let mut files: BTreeMap<&str, (usize, u64)> = BTreeMap::new();
        for f in &model.files {
            let e = files.entry(f.kind.label()).or_default();
            e.0 += 1;
            e.1 += u64::from(f.lines);
        }
        self.files = files
            .into_iter()
            .map(|(kind, (count, lines))| KindCount {
                kind: kind.to_string(),
                count,
                lines: Some(lines),
            })
            .collect();
        self.symbols = model
            .symbol_counts()
            .into_iter()
            .map(|(kind, count)| KindCount {
                kind: kind.label().to_string(),
                count,
                lines: None,
            })
            .collect();
    }

    fn transactions(&mut self, model: &Model) {
        let mut first: HashMap<SymbolId, (u8, Link)> = HashMap::new();
        for r in &model.references {
            let rank = match r.kind {
                RefKind::CsdTransaction => 0,
                RefKind::CicsReturnTransid => 1,
                _ => continue,
            };
            // CSD: transaction → program; RETURN TRANSID: program → transaction.
            let (transaction, program) = match (&r.target, r.kind) {
                (RefTarget::Symbol { id }, RefKind::CsdTransaction) => {
                    (r.from, Link::of(model, *id))
                }
                (RefTarget::Unresolved { name } | RefTarget::External { name }, _)
                    if r.kind == RefKind::CsdTransaction =>
                {
                    (
                        r.from,
                        Link {
                            name: name.clone(),
                            symbol: None,
                        },
                    )
                }
                (RefTarget::Symbol { id }, RefKind::CicsReturnTransid) => {
                    let Some(program) = program_of(model, r.from) else {
                        continue;
                    };
                    (*id, Link::of(model, program))
                }
                _ => continue,
            };
            let better = first.get(&transaction).is_none_or(|(k, _)| rank < *k);
            if better {
                first.insert(transaction, (rank, program));
            }
        }
        let mut rows: Vec<TransactionEntry> = model
            .symbols
            .iter()
            .filter(|s| s.kind == SymbolKind::CicsTransaction)
            .map(|s| TransactionEntry {
                transaction: Link::of(model, s.id),
                program: first.remove(&s.id).map(|(_, p)| p),
            })
            .collect();
        rows.sort_by(|a, b| a.transaction.name.cmp(&b.transaction.name));
        self.transactions = rows;
    }

    fn jobs(&mut self, model: &Model, batch: &BatchFlow) {
        self.jobs = batch
            .jobs
            .iter()
            .filter_map(|j| {
                let id = crate::graphs::batch::job_symbol(model, &j.name)?;
                let mut programs: Vec<String> = Vec::new();
                for p in j.steps.iter().flat_map(|s| &s.programs) {
                    let own = model
                        .lookup(crate::model::Namespace::Cobol, p)
                        .is_some_and(|id| model.symbol(id).kind == SymbolKind::Program);
                    if own && !programs.contains(p) {
                        programs.push(p.clone());
                    }
                }
                let after: BTreeSet<String> = batch
                    .feeds
                    .iter()
                    .filter(|(_, r, _)| *r == j.name)
                    .map(|(w, _, _)| w.clone())
                    .collect();
                Some(JobEntry {
                    job: Link::of(model, id),
                    steps: j.steps.len(),
                    programs,
                    after: after.into_iter().collect(),
                })
            })
            .collect();
    }

    fn menus(&mut self, model: &Model, calls: &ProjectGraph) {
        let mut rows = Vec::new();
        for s in &model.symbols {
            if s.kind != SymbolKind::Program {
                continue;
            }
            let Some(n) = calls.find(&NodeKey::Symbol(s.id)) else {
                continue;
            };
            let targets: BTreeSet<String> = calls
                .graph
                .edges_directed(n, Direction::Outgoing)
                .filter(|e| matches!(e.weight().kind, "cics-xctl" | "cics-xctl-dynamic"))
                .filter_map(|e| calls.key(e.target()).symbol())
                .map(|t| model.symbol(t).name.clone())
                .collect();
            let upper = s.name.to_ascii_uppercase();
            let named = upper.contains("MENU") || upper.contains("MNU");
            if targets.len() >= MENU_TARGETS || (named && !targets.is_empty()) {
                rows.push(MenuEntry {
                    program: Link::of(model, s.id),
                    targets: targets.into_iter().collect(),
                });
            }
        }
        rows.sort_by(|a, b| {
            b.targets
                .len()
                .cmp(&a.targets.len())
                .then_with(|| a.program.name.cmp(&b.program.name))
        });
        self.menus = rows;
    }

    fn uncalled(&mut self, model: &Model, calls: &ProjectGraph) {
        // Names a CSD defines as programs, and names that appear in some CALL/LINK/XCTL that
        // did not resolve to them (a different spelling, a dynamic call left open).
        let open_dynamic = model.dynamic_targets.iter().any(|d| d.open.is_some());
        for s in &model.symbols {
            if s.kind != SymbolKind::Program || s.parent.is_some() {
                continue;
            }
            if s.file().is_some_and(|f| model.file(f).vendored.is_some()) {
                continue;
            }
            let started = calls.find(&NodeKey::Symbol(s.id)).is_some_and(|n| {
                calls
                    .graph
                    .edges_directed(n, Direction::Incoming)
                    .next()
                    .is_some()
            });
            if started {
                continue;
            }
            let mut reason = String::from(
                "no CALL, LINK, XCTL, JCL step or CICS transaction in the project names it",
            );
            if open_dynamic {
                reason.push_str("; a dynamic call whose target stays open might still reach it");
            }
            self.uncalled.push(UncalledEntry {
                program: Link::of(model, s.id),
                reason,
            });
        }
        self.uncalled
            .sort_by(|a, b| a.program.name.cmp(&b.program.name));
    }

    fn resources(&mut self, model: &Model) {
        #[derive(Default)]
        struct Use {
            users: BTreeSet<SymbolId>,
            reads: usize,
            writes: usize,
        }
        let mut uses: HashMap<SymbolId, Use> = HashMap::new();
        // Load libraries are where programs come from, not data.
        let libraries = crate::graphs::batch::library_datasets(model);
        for r in &model.references {
            let RefTarget::Symbol { id } = r.target else {
                continue;
            };
            if libraries.contains(&model.symbol(id).name) {
                continue;
            }
            let kind = model.symbol(id).kind;
            if !matches!(
                kind,
                SymbolKind::DbTable | SymbolKind::DbView | SymbolKind::Dataset
            ) {
                continue;
            }
            let read = matches!(r.kind, RefKind::Read | RefKind::SqlSelect);
            let write = matches!(
                r.kind,
                RefKind::Write
                    | RefKind::Update
                    | RefKind::Delete
                    | RefKind::SqlInsert
                    | RefKind::SqlUpdate
                    | RefKind::SqlDelete
            );
            if !read && !write {
                continue;
            }
            let u = uses.entry(id).or_default();
            u.users.insert(program_of(model, r.from).unwrap_or(r.from));
            if read {
                u.reads += 1;
            } else {
                u.writes += 1;
            }
        }
        let mut tables = Vec::new();
        let mut datasets = Vec::new();
        for (id, u) in uses {
            let row = ResourceEntry {
                resource: Link::of(model, id),
                users: u.users.len(),
                reads: u.reads,
                writes: u.writes,
            };
            if model.symbol(id).kind == SymbolKind::Dataset {
                datasets.push(row);
            } else {
                tables.push(row);
            }
        }
        for rows in [&mut tables, &mut datasets] {
            rows.sort_by(|a, b| {
                (b.users, b.reads + b.writes)
                    .cmp(&(a.users, a.reads + a.writes))
                    .then_with(|| a.resource.name.cmp(&b.resource.name))
            });
            rows.truncate(TOP);
        }
        self.tables = tables;
        self.datasets = datasets;
    }

    fn sizes(&mut self, model: &Model) {
        let programs: Vec<ProgramSize> = model
            .metrics
            .iter()
            .filter(|m| model.symbol(m.symbol).kind == SymbolKind::Program)
            .map(|m| ProgramSize {
                program: Link::of(model, m.symbol),
                code_lines: m.code_lines,
                cyclomatic: m.cyclomatic,
                max_nesting: m.max_nesting,
            })
            .collect();
        let mut biggest = programs.clone();
        biggest.sort_by(|a, b| {
            b.code_lines
                .cmp(&a.code_lines)
                .then_with(|| a.program.name.cmp(&b.program.name))
        });
        biggest.truncate(TOP);
        let mut complex = programs;
        complex.sort_by(|a, b| {
            (b.cyclomatic, b.max_nesting)
                .cmp(&(a.cyclomatic, a.max_nesting))
                .then_with(|| a.program.name.cmp(&b.program.name))
        });
        complex.truncate(TOP);
        self.biggest = biggest;
        self.most_complex = complex;
    }

    fn problems(&mut self, model: &Model) {
        let p = &mut self.problems;
        for d in &model.diagnostics {
            match d.severity {
                Severity::Error => p.errors += 1,
                Severity::Warning => p.warnings += 1,
                Severity::Info => continue,
            }
            *p.by_code.entry(d.code.to_string()).or_insert(0) += 1;
        }
        for f in &model.files {
            let errors: Vec<_> = model
                .diagnostics_of(f.id)
                .filter(|d| d.severity == Severity::Error)
                .collect();
            if f.error_nodes == 0 && errors.is_empty() {
                continue;
            }
            let message = errors.first().map_or_else(
                || format!("{} syntax error regions", f.error_nodes),
                |d| d.message.clone(),
            );
            p.parse_errors.push(FileProblem {
                path: f.path.clone(),
                line: errors.first().and_then(|d| d.line),
                errors: errors.len().max(f.error_nodes as usize),
                message,
            });
        }
        p.parse_errors
            .sort_by(|a, b| b.errors.cmp(&a.errors).then_with(|| a.path.cmp(&b.path)));
        let mut missing: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &model.files {
            for m in &f.missing_copybooks {
                *missing.entry(m.as_str()).or_default() += 1;
            }
        }
        p.missing_copybooks = missing
            .into_iter()
            .map(|(name, n)| MissingCopybook {
                name: name.to_string(),
                included_by: n,
            })
            .collect();
        p.missing_copybooks
            .sort_by(|a, b| b.included_by.cmp(&a.included_by).then(a.name.cmp(&b.name)));
    }

    /// The start page as text (what `legacylens overview` prints).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Files by kind");
        for k in &self.files {
            let _ = writeln!(
                out,
                "  {:<18} {:>6} files {:>9} lines",
                k.kind,
                k.count,
                k.lines.unwrap_or(0)
            );
        }
        let _ = writeln!(out, "Symbols by kind");
        for k in &self.symbols {
            let _ = writeln!(out, "  {:<18} {:>6}", k.kind, k.count);
        }
        let _ = writeln!(out, "\nCICS transactions ({})", self.transactions.len());
        for t in &self.transactions {
            let program = t.program.as_ref().map_or("-", |p| p.name.as_str());
            let _ = writeln!(out, "  {:<10} -> {program}", t.transaction.name);
        }
        let _ = writeln!(out, "\nBatch jobs in run order ({})", self.jobs.len());
        for (i, j) in self.jobs.iter().enumerate() {
            let after = if j.after.is_empty() {
                String::new()
            } else {
                format!("  after {}", j.after.join(", "))
            };
            let _ = writeln!(
                out,
                "  {:>2}. {:<10} {} steps  runs {}{after}",
                i + 1,
                j.job.name,
                j.steps,
                if j.programs.is_empty() {
                    "utilities only".to_string()
                } else {
                    j.programs.join(", ")
                }
            );
        }
        let _ = writeln!(out, "\nMenu programs ({})", self.menus.len());
        for m in &self.menus {
            let _ = writeln!(
                out,
                "  {:<10} XCTL to {}",
                m.program.name,
                m.targets.join(", ")
            );
        }
        let _ = writeln!(out, "\nPrograms nobody calls ({})", self.uncalled.len());
        for u in &self.uncalled {
            let _ = writeln!(out, "  {:<10} {}", u.program.name, u.reason);
        }
        for (title, rows) in [
            ("Busiest tables", &self.tables),
            ("Busiest datasets", &self.datasets),
        ] {
            let _ = writeln!(out, "\n{title}");
            for r in rows {
                let _ = writeln!(
                    out,
                    "  {:<36} {:>3} users {:>4} reads {:>4} writes",
                    r.resource.name, r.users, r.reads, r.writes
                );
            }
        }
        for (title, rows) in [
            ("Biggest programs", &self.biggest),
            ("Most complex programs", &self.most_complex),
        ] {
            let _ = writeln!(out, "\n{title}");
            for r in rows {
                let _ = writeln!(
                    out,
                    "  {:<10} {:>6} lines  complexity {:>4}  nesting {:>2}",
                    r.program.name, r.code_lines, r.cyclomatic, r.max_nesting
                );
            }
        }
        let p = &self.problems;
        let _ = writeln!(
            out,
            "\nProblems: {} errors, {} warnings",
            p.errors, p.warnings
        );
        for (code, n) in &p.by_code {
            let _ = writeln!(out, "  {n:>4} {code}");
        }
        for f in &p.parse_errors {
            let line = f.line.map(|l| format!(":{l}")).unwrap_or_default();
            let _ = writeln!(out, "  parse errors  {}{line}  {}", f.path, f.message);
        }
        for m in &p.missing_copybooks {
            let _ = writeln!(
                out,
                "  missing copybook  {:<10} included by {} files",
                m.name, m.included_by
            );
        }
        if let Some(t) = &self.triage {
            let (decided, total) = t.decided();
            let statuses: Vec<String> = t
                .by_status
                .iter()
                .map(|(s, n)| format!("{n} {s}"))
                .collect();
            let _ = writeln!(
                out,
                "\nRule triage: {decided} of {total} decided ({}); {} candidates not triaged",
                if statuses.is_empty() {
                    "no annotation file yet".to_string()
                } else {
                    statuses.join(", ")
                },
                t.pending_candidates
            );
        }
        out
    }
}

/// The program a symbol belongs to (itself when it is one).
fn program_of(model: &Model, id: SymbolId) -> Option<SymbolId> {
    std::iter::once(model.symbol(id))
        .chain(model.ancestors(id))
        .find(|s| s.kind == SymbolKind::Program)
        .map(|s| s.id)
}
