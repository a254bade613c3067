//! The language-neutral semantic model every later stage works on.
//!
//! Front ends (Java, COBOL, JCL, SQL DDL, BMS) turn source files into [`Symbol`]s, [`Reference`]s and
//! [`Diagnostic`]s; graphs, rules and exports read only this model. Invariants:
//! - the model never holds a tree-sitter node or any parser type;
//! - every [`Span`] is in original-file coordinates (the file the user opened, not expanded text);
//! - a reference that could not be tied to a project symbol is kept, with the name the code used.

mod control;
mod decision;
mod dynamic;
mod flow;
mod kinds;
mod metrics;
mod screen;
mod storage;

pub use control::{ProcedureControl, ProgramControl, ProgramEnd};
pub use decision::{DecisionRow, DecisionTable};
pub use dynamic::{DynamicLiteral, DynamicTarget};
pub use flow::{DataFlow, FlowEnd, FlowKind};
pub use kinds::{FileKind, Namespace, RefKind, Severity, SymbolKind};
pub use metrics::{CodeMetrics, LineKind, LineTally, for_each_line};
pub use screen::{FieldAttributes, Intensity, Protection, Screen, ScreenField};
pub use storage::StorageClauses;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::decode::{Encoding, LineIndex};

/// Index of a [`SourceFile`] in [`Model::files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FileId(pub u32);

/// Index of a [`Symbol`] in [`Model::symbols`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SymbolId(pub u32);

impl FileId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl SymbolId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A region of an original source file: byte range plus 1-based line/column of both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    /// Builds a span from byte offsets, computing lines and columns with the file's line index.
    pub fn from_offsets(
        file: FileId,
        text: &str,
        lines: &LineIndex,
        start: usize,
        end: usize,
    ) -> Span {
        let (line, col) = lines.line_col(text, start);
        let (end_line, end_col) = lines.line_col(text, end);
        Span {
            file,
            start: start as u32,
            end: end as u32,
            line,
            col,
            end_line,
            end_col,
        }
    }
}

/// One file found in the project folder, whatever became of it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceFile {
    #[serde(skip)]
    pub id: FileId,
    /// Path relative to the project root, with `/` separators.
    pub path: String,
    pub kind: FileKind,
    pub bytes: u64,
    pub lines: u32,
    pub encoding: Option<Encoding>,
    /// Number of regions the parser could not make sense of (tree-sitter ERROR nodes; for
    /// Java also MISSING nodes and misplaced members).
    pub error_nodes: u32,
    /// Tokens the parser had to assume (tree-sitter MISSING nodes; COBOL).
    pub missing_nodes: u32,
    /// Bytes of the parsed text inside ERROR nodes (COBOL: of the preprocessed text).
    pub error_bytes: u64,
    /// Copybooks this file includes (COBOL), upper-cased, in order of first inclusion.
    pub copybooks: Vec<String>,
    /// Included copybooks not found in the project.
    pub missing_copybooks: Vec<String>,
    /// Why the file is a vendored copy of third-party code (see `java::vendored`); `None` for
    /// the project's own files. Vendored files are left out of rule mining and dead code.
    pub vendored: Option<String>,
    /// Decoded text, kept for code views and anchoring. `None` when the file could not be read.
    #[serde(skip)]
    pub text: Option<Arc<str>>,
    #[serde(skip)]
    pub line_index: Arc<LineIndex>,
}

/// A named thing in the code: program, paragraph, class, method, table, …
#[derive(Debug, Clone, Serialize)]
pub struct Symbol {
    #[serde(skip)]
    pub id: SymbolId,
    pub kind: SymbolKind,
    /// Simple name as written (`lookup`, `CLAIM`, `2000-CALC-AMOUNT`).
    pub name: String,
    /// Unique, stable name: `com.acme.Claim$Line.total(int,String)`, `CLAIM`, `PAYCALC.2000-CALC`.
    pub qualified_name: String,
    /// Where it is defined; `None` for symbols known only from use (a table without DDL,
    /// an implicit default constructor has the class name span instead).
    pub span: Option<Span>,
    /// The name token inside `span`: where a user lands when opening the symbol.
    pub name_span: Option<Span>,
    pub parent: Option<SymbolId>,
    /// Short kind-specific detail: a Java field/return type, a COBOL PIC, a table's column type.
    pub detail: Option<String>,
}

impl Symbol {
    /// The line users know the symbol by: its name's line, else its span's first line.
    pub fn line(&self) -> Option<u32> {
        self.name_span.or(self.span).map(|s| s.line)
    }

    /// The file it is defined in.
    pub fn file(&self) -> Option<FileId> {
        self.name_span.or(self.span).map(|s| s.file)
    }
}

/// The fields of a symbol to add with [`Model::add_symbol`].
#[derive(Debug, Clone)]
pub struct NewSymbol {
    pub kind: SymbolKind,
    pub name: String,
    pub qualified_name: String,
    pub span: Option<Span>,
    pub name_span: Option<Span>,
    pub parent: Option<SymbolId>,
    pub detail: Option<String>,
}

impl NewSymbol {
    pub fn new(
        kind: SymbolKind,
        name: impl Into<String>,
        qualified_name: impl Into<String>,
    ) -> Self {
        NewSymbol {
            kind,
            name: name.into(),
            qualified_name: qualified_name.into(),
            span: None,
            name_span: None,
            parent: None,
            detail: None,
        }
    }
}

/// What a reference points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum RefTarget {
    /// A symbol of this project.
    Symbol { id: SymbolId },
    /// Known to be outside the project (JDK method, system copybook), with its best name.
    External { name: String },
    /// Could not be resolved; the name the code used.
    Unresolved { name: String },
}

/// A use of one symbol by another: a call, a PERFORM, a read of a table, …
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub from: SymbolId,
    pub target: RefTarget,
    pub kind: RefKind,
    /// The statement or expression that makes the reference.
    pub span: Span,
}

/// A problem found in the user's code or files, shown to the user as is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    #[serde(skip)]
    pub file: Option<FileId>,
    /// 1-based line where it applies, if any.
    pub line: Option<u32>,
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `decode.windows-1252`, `java.syntax`.
    pub code: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            file: None,
            line: None,
            severity,
            code,
            message: message.into(),
        }
    }

    pub fn in_file(mut self, file: FileId) -> Self {
        self.file = Some(file);
        self
    }

    pub fn at_line(mut self, line: u32) -> Self {
        self.line = Some(line);
        self
    }
}

/// A condition in the code (IF, EVALUATE subject, WHEN, UNTIL, SEARCH WHEN, the conditional
/// phrases of COBOL I/O, arithmetic and CALL statements, Java `if` / `switch`): where the rule
/// miner starts looking for business rules.
#[derive(Debug, Clone, Serialize)]
pub struct ConditionSite {
    /// The paragraph, section, method or program holding it.
    pub owner: SymbolId,
    /// `if`, `evaluate`, `when`, `until`, `search-when`, `switch`; COBOL conditional phrases:
    /// `at-end`, `not-at-end`, `invalid-key`, `not-invalid-key`, `size-error`,
    /// `not-size-error`, `exception`, `not-exception`, `overflow`, `not-overflow`,
    /// `end-of-page`, `not-end-of-page`, `no-data`, `with-data` (RECEIVE).
    pub kind: &'static str,
    /// The condition; for a conditional phrase, the phrase itself (`NOT INVALID KEY`).
    pub span: Span,
    /// The condition as written, whitespace collapsed. A conditional phrase is prefixed by its
    /// statement's verb and first operand: `READ CLAIMANT-MASTER INVALID KEY`.
    pub text: String,
    /// The whole statement the condition belongs to: the IF with its branches, the EVALUATE,
    /// the PERFORM of an UNTIL, the SEARCH; Java's `if` / `switch`; for a conditional phrase,
    /// its statement with all its phrases and their statements, up to its END- terminator if
    /// written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<Span>,
    /// The code the condition guards: the IF with its branches, the WHEN clause (selections and
    /// body), the SEARCH WHEN; for an EVALUATE subject, an UNTIL or a Java `switch`, the whole
    /// statement; for a conditional phrase, the phrase and its statements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guarded: Option<Span>,
    /// The code run when the condition holds: the THEN branch of an IF (Java: the
    /// consequence), the body of a WHEN or SEARCH WHEN, the statements of a conditional
    /// phrase (none when it has none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consequence: Option<Span>,
    /// The code run when an IF's condition does not hold: its ELSE branch (Java: the statement
    /// after `else`). None for every other kind and for an IF without ELSE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<Span>,
}

/// A COBOL `DISPLAY`: text shown on the console or written to the job log. In small and
/// interactive programs it is how a decision reaches the user ("INSUFFICIENT FUNDS"), so rule
/// discovery reads its literal message; its data operands are values shown to the user.
#[derive(Debug, Clone, Serialize)]
pub struct DisplayStatement {
    /// The paragraph, section or program holding it.
    pub owner: SymbolId,
    pub span: Span,
    /// The literals displayed, in order, without their quotes (`'BAND: ' X` → `["BAND: "]`).
    pub literals: Vec<String>,
    /// How many data items (or other non-literal operands) it shows.
    pub data_operands: u32,
    /// `UPON` device or mnemonic (`CONSOLE`, `SYSOUT`), upper-cased; None for the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upon: Option<String>,
}

/// Everything the engine knows about one project folder.
#[derive(Debug, Default)]
pub struct Model {
    pub root: PathBuf,
    pub files: Vec<SourceFile>,
    pub symbols: Vec<Symbol>,
    pub references: Vec<Reference>,
    pub diagnostics: Vec<Diagnostic>,
    pub conditions: Vec<ConditionSite>,
    /// Values moving between data items, files, tables, fields, … (statement by statement).
    pub flows: Vec<DataFlow>,
    /// The control skeleton of every COBOL program.
    pub control: Vec<ProgramControl>,
    /// Every COBOL EVALUATE as a decision table.
    pub decisions: Vec<DecisionTable>,
    /// Size and complexity of programs, procedures, classes and methods.
    pub metrics: Vec<CodeMetrics>,
    /// Every COBOL DISPLAY statement, with its literal message.
    pub displays: Vec<DisplayStatement>,
    /// CALLs, LINKs, XCTLs, CICS file and queue commands naming their target through a data
    /// item, with the literals that reach it.
    pub dynamic_targets: Vec<DynamicTarget>,
    /// Storage clauses of every COBOL data item and condition-name, for record layouts.
    pub storage: HashMap<SymbolId, StorageClauses>,
    /// IBM run-time routines and utilities (built in, plus the project's own entries): calls
    /// to them are `system` references, never unresolved.
    pub system_services: crate::cobol::system_services::SystemServices,
    /// Every BMS map as a 3270 screen, in file and source order.
    pub screens: Vec<Screen>,
    by_qualified_name: HashMap<(Namespace, String), SymbolId>,
    /// Time spent in each stage of the last indexing run.
    pub stats: IndexStats,
}

/// How long each stage of indexing took, for `bench` and the status bar.
#[derive(Debug, Default, Clone, Serialize)]
pub struct IndexStats {
    pub scan_ms: f64,
    pub load_ms: f64,
    pub cobol_ms: f64,
    pub register_ms: f64,
    pub resolve_ms: f64,
    pub total_ms: f64,
}

impl Model {
    pub fn new(root: PathBuf) -> Self {
        Model {
            root,
            ..Default::default()
        }
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.index()]
    }

    pub fn symbol(&self, id: SymbolId) -> &Symbol {
        &self.symbols[id.index()]
    }

    /// Adds a symbol and returns its id. Qualified names are unique: adding a second symbol with
    /// a name already present returns the existing symbol's id and leaves the model unchanged.
    pub fn add_symbol(&mut self, new: NewSymbol) -> SymbolId {
        let key = (new.kind.namespace(), new.qualified_name.clone());
        if let Some(&id) = self.by_qualified_name.get(&key) {
            return id;
        }
        let id = SymbolId(self.symbols.len() as u32);
        self.by_qualified_name.insert(key, id);
        self.symbols.push(Symbol {
            id,
            kind: new.kind,
            name: new.name,
            qualified_name: new.qualified_name,
            span: new.span,
            name_span: new.name_span,
            parent: new.parent,
            detail: new.detail,
        });
        id
    }

    /// Looks a symbol up by namespace and exact qualified name.
    pub fn lookup(&self, namespace: Namespace, qualified_name: &str) -> Option<SymbolId> {
        self.by_qualified_name
            .get(&(namespace, qualified_name.to_string()))
            .copied()
    }

    /// Looks a symbol up by its exact qualified name in any namespace.
    pub fn symbol_named(&self, qualified_name: &str) -> Option<SymbolId> {
        Namespace::ALL
            .iter()
            .find_map(|ns| self.lookup(*ns, qualified_name))
    }

    /// The chain of parents of a symbol, nearest first.
    pub fn ancestors(&self, id: SymbolId) -> impl Iterator<Item = &Symbol> {
        std::iter::successors(self.symbol(id).parent, |&p| self.symbol(p).parent)
            .map(|p| self.symbol(p))
    }

    /// Diagnostics of one file, in line order.
    pub fn diagnostics_of(&self, file: FileId) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(move |d| d.file == Some(file))
    }

    /// Number of symbols of each kind, in kind order.
    pub fn symbol_counts(&self) -> Vec<(SymbolKind, usize)> {
        let mut counts: HashMap<SymbolKind, usize> = HashMap::new();
        for s in &self.symbols {
            *counts.entry(s.kind).or_default() += 1;
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort();
        counts
    }

    /// Sorts diagnostics by file, line and message so outputs are stable across runs.
    pub fn sort_diagnostics(&mut self) {
        self.diagnostics
            .sort_by(|a, b| (a.file, a.line, &a.message).cmp(&(b.file, b.line, &b.message)));
        self.diagnostics.dedup();
    }

    /// Path of a file relative to the project root, `?` for project-level diagnostics.
    pub fn path_of(&self, file: Option<FileId>) -> &str {
        file.map_or("?", |f| self.file(f).path.as_str())
    }
}
