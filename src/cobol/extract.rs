//! Reads a parsed COBOL tree into plain facts: programs, sections, paragraphs, data items,
//! condition-names, files, and the statements the graphs need (PERFORM, GO TO, CALL, CICS,
//! SQL, literal MOVEs for dynamic CALL targets).
//!
//! Works on the preprocessed text; every position is handed to a `locate` function that maps it
//! back to an original-file [`Span`] (through the preprocessor's source map), so the facts never
//! carry expanded-text offsets. Names are upper-cased (COBOL is case-insensitive).

use tree_sitter::Node;

use super::cics::{self, CicsArg};
use super::dli;
use super::metrics::{self, ProcedureMeasure, ProgramMeasure};
use crate::model::Span;

/// Maps a byte range of the preprocessed text to a span of an original file.
pub type Locate<'a> = dyn Fn(usize, usize) -> Option<Span> + 'a;

#[derive(Debug, Default)]
pub struct CobolFacts {
    pub programs: Vec<ProgramFacts>,
}

#[derive(Debug, Default)]
pub struct ProgramFacts {
    pub name: String,
    pub span: Option<Span>,
    pub name_span: Option<Span>,
    /// Index of the enclosing program for nested programs.
    pub parent: Option<usize>,
    pub procedures: Vec<ProcedureFacts>,
    pub data_items: Vec<DataItemFacts>,
    pub files: Vec<FileFacts>,
    pub statements: Vec<StatementFacts>,
    /// `PROCEDURE DIVISION USING` parameters, in order.
    pub using: Vec<String>,
    /// Sentences before the first paragraph or section.
    pub has_preamble: bool,
    /// Control runs off the end of those sentences into the first procedure.
    pub preamble_falls_through: bool,
    /// `MOVE 'LITERAL' TO name`: candidate values of data names used as dynamic targets
    /// (name, value, the MOVE's span).
    pub literal_moves: Vec<(String, String, Option<Span>)>,
    /// Data items each statement reads and writes.
    pub accesses: Vec<DataAccess>,
    /// Every IF / EVALUATE / WHEN / UNTIL / SEARCH WHEN condition and every conditional phrase
    /// (AT END, INVALID KEY, ON SIZE ERROR …), where business rules hide.
    pub conditions: Vec<ConditionFacts>,
    /// Every EVALUATE as a decision table.
    pub decisions: Vec<DecisionFacts>,
    pub measure: ProgramMeasure,
    /// `PROGRAM-ID. name IS COMMON INITIAL RECURSIVE`: the attributes written, upper-cased.
    pub attributes: Vec<String>,
    /// `ENTRY 'name' USING …`: each entry point with its parameters, in order.
    pub entries: Vec<(String, Vec<String>)>,
    /// Constructs the grammar recognises but the model does not represent (ENTER, RERUN,
    /// USE FOR DEBUGGING …): each becomes a warning naming the construct and its line.
    pub unmodelled: Vec<Unmodelled>,
}

/// A recognised construct the model does not represent.
#[derive(Debug, Clone)]
pub struct Unmodelled {
    /// The construct as a reader would name it (`ENTER`, `RERUN`, `MEMORY SIZE` …).
    pub construct: String,
    pub span: Option<Span>,
}

/// A data name as the code wrote it: `WS-AMT OF WS-REC` → name `WS-AMT`, qualifiers `[WS-REC]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRef {
    pub name: String,
    pub qualifiers: Vec<String>,
}

/// What one statement reads and writes.
#[derive(Debug, Clone)]
pub struct DataAccess {
    pub procedure: Option<usize>,
    pub span: Option<Span>,
    /// The statement's verb (`MOVE`, `COMPUTE`, `CALL`, `EXEC SQL` …).
    pub verb: String,
    pub reads: Vec<DataRef>,
    pub writes: Vec<DataRef>,
    /// The reads that only select a record (READ … KEY IS, START … KEY): also in `reads`.
    pub keys: Vec<DataRef>,
    /// READ / RETURN: the file read; WRITE / REWRITE / RELEASE: the record written.
    pub file: Option<String>,
}

/// One argument of `CALL … USING`, by position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallArgument {
    /// The data item passed; `None` for literals, expressions and OMITTED.
    pub data: Option<DataRef>,
    /// BY REFERENCE (the default): the called program may change it.
    pub by_reference: bool,
}

/// An EVALUATE statement: subjects, WHEN groups with their objects and actions.
#[derive(Debug, Clone)]
pub struct DecisionFacts {
    pub procedure: Option<usize>,
    pub span: Option<Span>,
    pub subjects: Vec<String>,
    /// (alternatives, each with one object per subject; WHEN OTHER; actions).
    pub rows: Vec<(Vec<Vec<String>>, bool, Vec<String>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionKind {
    If,
    EvaluateSubject,
    When,
    Until,
    SearchWhen,
    /// A conditional phrase of an I/O, arithmetic, CALL … statement.
    Phrase(PhraseKind),
}

impl ConditionKind {
    /// The model's name of the kind (`if`, `when`, `not-invalid-key` …).
    pub fn name(self) -> &'static str {
        match self {
            ConditionKind::If => "if",
            ConditionKind::EvaluateSubject => "evaluate",
            ConditionKind::When => "when",
            ConditionKind::Until => "until",
            ConditionKind::SearchWhen => "search-when",
            ConditionKind::Phrase(p) => p.name(),
        }
    }
}

/// A conditional phrase: `AT END`, `NOT INVALID KEY`, `ON SIZE ERROR` …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseKind {
    pub phrase: Phrase,
    /// Written with `NOT`.
    pub negated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    AtEnd,
    InvalidKey,
    SizeError,
    Exception,
    Overflow,
    EndOfPage,
    /// RECEIVE's `NO DATA` (negated: `WITH DATA`).
    NoData,
}

impl PhraseKind {
    /// Reads a `conditional_phrase` as written (any case, any spacing).
    fn parse(text: &str) -> Option<PhraseKind> {
        let words: Vec<String> = text
            .split_whitespace()
            .map(|w| w.to_ascii_uppercase())
            .collect();
        if words.last().is_some_and(|w| w == "DATA") {
            let negated = words.first().is_some_and(|w| w == "WITH");
            return Some(PhraseKind {
                phrase: Phrase::NoData,
                negated,
            });
        }
        let negated = words.first().is_some_and(|w| w == "NOT");
        let phrase = if words.iter().any(|w| w == "END-OF-PAGE" || w == "EOP") {
            Phrase::EndOfPage
        } else if words.iter().any(|w| w == "END") {
            Phrase::AtEnd
        } else if words.iter().any(|w| w == "INVALID") {
            Phrase::InvalidKey
        } else if words.iter().any(|w| w == "SIZE") {
            Phrase::SizeError
        } else if words.iter().any(|w| w == "EXCEPTION") {
            Phrase::Exception
        } else if words.iter().any(|w| w == "OVERFLOW") {
            Phrase::Overflow
        } else {
            return None;
        };
        Some(PhraseKind { phrase, negated })
    }

    pub fn name(self) -> &'static str {
        match (self.phrase, self.negated) {
            (Phrase::AtEnd, false) => "at-end",
            (Phrase::AtEnd, true) => "not-at-end",
            (Phrase::InvalidKey, false) => "invalid-key",
            (Phrase::InvalidKey, true) => "not-invalid-key",
            (Phrase::SizeError, false) => "size-error",
            (Phrase::SizeError, true) => "not-size-error",
            (Phrase::Exception, false) => "exception",
            (Phrase::Exception, true) => "not-exception",
            (Phrase::Overflow, false) => "overflow",
            (Phrase::Overflow, true) => "not-overflow",
            (Phrase::EndOfPage, false) => "end-of-page",
            (Phrase::EndOfPage, true) => "not-end-of-page",
            (Phrase::NoData, false) => "no-data",
            (Phrase::NoData, true) => "with-data",
        }
    }
}

/// Whether a statement (tree node kind) takes a conditional phrase. DISPLAY and ACCEPT take
/// ON EXCEPTION only in some dialects (screens): they get a phrase only when no other open
/// statement takes it, so `CALL … ON EXCEPTION DISPLAY … NOT ON EXCEPTION` pairs with the CALL.
fn takes_phrase(statement: &str, phrase: Phrase) -> bool {
    match phrase {
        Phrase::AtEnd => matches!(statement, "read_statement" | "return_statement"),
        Phrase::InvalidKey => matches!(
            statement,
            "read_statement"
                | "write_statement"
                | "rewrite_statement"
                | "delete_statement"
                | "start_statement"
        ),
        Phrase::EndOfPage => statement == "write_statement",
        Phrase::SizeError => matches!(statement, "compute_statement" | "arithmetic_statement"),
        Phrase::Exception => matches!(statement, "call_statement" | "json_xml_statement"),
        Phrase::NoData => statement == "receive_statement",
        Phrase::Overflow => matches!(
            statement,
            "call_statement" | "string_statement" | "unstring_statement"
        ),
    }
}

/// DISPLAY / ACCEPT … ON EXCEPTION (see [`takes_phrase`]).
fn may_take_phrase(statement: &str, phrase: Phrase) -> bool {
    phrase == Phrase::Exception && matches!(statement, "accept_statement" | "display_statement")
}

/// The statement lists of the tree: a sentence, IF branches, WHEN and inline PERFORM bodies.
fn is_statement_list(kind: &str) -> bool {
    matches!(
        kind,
        "sentence" | "then_branch" | "else_branch" | "when_body" | "perform_body" | "ERROR"
    )
}

/// The statement (tree node kind) an `END-…` scope terminator closes.
fn terminated_by(terminator: &str) -> Option<&'static str> {
    Some(match terminator {
        "END-READ" => "read_statement",
        "END-WRITE" => "write_statement",
        "END-REWRITE" => "rewrite_statement",
        "END-DELETE" => "delete_statement",
        "END-START" => "start_statement",
        "END-RETURN" => "return_statement",
        "END-COMPUTE" => "compute_statement",
        "END-ADD" | "END-SUBTRACT" | "END-MULTIPLY" | "END-DIVIDE" => "arithmetic_statement",
        "END-CALL" => "call_statement",
        "END-STRING" => "string_statement",
        "END-UNSTRING" => "unstring_statement",
        "END-ACCEPT" => "accept_statement",
        "END-DISPLAY" => "display_statement",
        "END-RECEIVE" => "receive_statement",
        "END-JSON" | "END-XML" => "json_xml_statement",
        _ => return None,
    })
}

#[derive(Debug, Clone)]
pub struct ConditionFacts {
    pub kind: ConditionKind,
    pub procedure: Option<usize>,
    pub span: Option<Span>,
    /// The condition as written, whitespace collapsed.
    pub text: String,
    /// The whole statement the condition belongs to (IF, EVALUATE, PERFORM, SEARCH).
    pub statement: Option<Span>,
    /// The code the condition guards: the IF with its branches, the WHEN clause, the SEARCH
    /// WHEN; for an EVALUATE subject or an UNTIL, the whole statement; for a conditional
    /// phrase, the phrase and its statements.
    pub guarded: Option<Span>,
    /// The THEN branch of an IF, the body of a WHEN / SEARCH WHEN, the statements of a
    /// conditional phrase.
    pub consequence: Option<Span>,
    /// The ELSE branch of an IF.
    pub alternative: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcedureKind {
    Section,
    Paragraph,
}

#[derive(Debug)]
pub struct ProcedureFacts {
    pub kind: ProcedureKind,
    pub name: String,
    pub span: Option<Span>,
    pub name_span: Option<Span>,
    /// Index of the enclosing section (for paragraphs inside a section).
    pub section: Option<usize>,
    /// Control can run off the end of the procedure's own sentences into the next procedure.
    pub falls_through: bool,
    pub measure: ProcedureMeasure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StorageSection {
    File,
    #[default]
    WorkingStorage,
    LocalStorage,
    Linkage,
    Other,
}

#[derive(Debug)]
pub struct DataItemFacts {
    pub level: u8,
    /// Upper-cased name, `FILLER` for unnamed items.
    pub name: String,
    pub span: Option<Span>,
    pub name_span: Option<Span>,
    pub parent: Option<usize>,
    pub section: StorageSection,
    pub picture: Option<String>,
    pub usage: Option<String>,
    pub occurs: Option<String>,
    pub redefines: Option<String>,
    /// VALUE literals as written; for 88-levels `A THRU B` ranges are kept as such.
    pub values: Vec<String>,
    /// The FD/SD this record belongs to (File Section records).
    pub file: Option<String>,
    /// `INDEXED BY` index-names of an OCCURS table.
    pub indexes: Vec<(String, Option<Span>)>,
    /// `IS GLOBAL`: nested programs see the item (and the items under it).
    pub global: bool,
    /// `IS EXTERNAL`: shared by every program of the run unit that declares it.
    pub external: bool,
    /// The clauses that shape storage, for record layouts (`crate::records`).
    pub storage: crate::model::StorageClauses,
}

#[derive(Debug)]
pub struct FileFacts {
    pub name: String,
    pub assign: Option<String>,
    /// The data item named by `FILE STATUS IS …`.
    pub status: Option<String>,
    /// What the entry is when it is not a SELECT'ed file: `report (RD)`,
    /// `communication description (CD FOR INPUT)`.
    pub description: Option<String>,
    /// `FD f IS GLOBAL`: nested programs use the file (and its records) too.
    pub global: bool,
    pub span: Option<Span>,
    pub name_span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallTarget {
    Literal(String),
    /// A data name: resolved later through its VALUE or literal MOVEs.
    DataName(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatementKind {
    Perform {
        target: String,
        thru: Option<String>,
    },
    GoTo {
        targets: Vec<String>,
        depending_on: Option<String>,
    },
    Call {
        target: CallTarget,
        arguments: Vec<CallArgument>,
    },
    CicsTransfer {
        verb: String,
        program: CallTarget,
        /// `COMMAREA(data-name)`.
        commarea: Option<DataRef>,
    },
    /// `ALTER p TO PROCEED TO q`: (p, q) pairs.
    Alter {
        pairs: Vec<(String, String)>,
    },
    /// Labels control may jump to from anywhere after this statement: `EXEC SQL WHENEVER …
    /// GO TO label`, `EXEC CICS HANDLE CONDITION/AID/ABEND … (label)`.
    Handler {
        verb: String,
        targets: Vec<String>,
    },
    CicsTransaction {
        verb: String,
        transaction: String,
    },
    CicsFile {
        verb: String,
        file: String,
        /// `INTO(x)` / `FROM(x)`: the record read or written.
        data: Option<DataRef>,
    },
    /// A CICS file named by a data item, or a TS/TD queue: `READ FILE(ws-file)`,
    /// `WRITEQ TS QUEUE(…)` (see `dynamic_targets`).
    CicsNamedResource {
        verb: String,
        name: CallTarget,
        data: Option<DataRef>,
    },
    CicsMap {
        verb: String,
        map: String,
        mapset: Option<String>,
        /// `INTO(x)` / `FROM(x)`; without it CICS uses the symbolic map `<map>I` / `<map>O`.
        data: Option<DataRef>,
    },
    Sql {
        text: String,
    },
    /// `EXEC DLI verb … SEGMENT(s) INTO/FROM(x)`: one per segment named.
    DliSegment {
        verb: String,
        segment: String,
        /// `INTO(x)` / `FROM(x)`: the I/O area read into or written from.
        data: Option<DataRef>,
    },
    FileIo {
        verb: String,
        file: String,
    },
    End {
        verb: String,
    },
    /// `DISPLAY operands [UPON device]`: the literals shown (quotes removed) and how many
    /// other operands.
    Display {
        literals: Vec<String>,
        data_operands: u32,
        upon: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub struct StatementFacts {
    pub kind: StatementKind,
    /// Index into `procedures` of the paragraph/section holding the statement; `None` for
    /// statements before the first paragraph.
    pub procedure: Option<usize>,
    pub span: Option<Span>,
}

/// Extracts facts from a parsed COBOL tree over `text` (the preprocessed text).
pub fn extract(root: Node, text: &str, locate: &Locate) -> CobolFacts {
    let mut x = Extractor {
        text,
        locate,
        facts: CobolFacts::default(),
    };
    x.walk_top(root, None);
    x.facts
}

struct Extractor<'a> {
    text: &'a str,
    locate: &'a Locate<'a>,
    facts: CobolFacts,
}

fn field<'t>(node: Node<'t>, name: &str) -> Option<Node<'t>> {
    node.child_by_field_name(name)
}

fn children(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

impl<'a> Extractor<'a> {
    fn text_of(&self, node: Node) -> &'a str {
        self.text
            .get(node.start_byte()..node.end_byte())
            .unwrap_or("")
    }

    fn upper(&self, node: Node) -> String {
        self.text_of(node).to_ascii_uppercase()
    }

    fn span(&self, node: Node) -> Option<Span> {
        (self.locate)(node.start_byte(), node.end_byte())
    }

    /// A program name or a literal, without quotes, upper-cased.
    fn name_value(&self, node: Node) -> String {
        unquote(self.text_of(node)).to_ascii_uppercase()
    }

    fn walk_top(&mut self, node: Node, parent: Option<usize>) {
        for child in children(node) {
            match child.kind() {
                "program" => self.program(child, parent),
                "copybook" => {
                    // A copybook on its own: collect what it holds under an unnamed program.
                    let idx = self.facts.programs.len();
                    self.facts.programs.push(ProgramFacts::default());
                    self.copybook(child, idx);
                }
                "ERROR" => self.walk_top(child, parent),
                _ => {}
            }
        }
    }

    fn copybook(&mut self, node: Node, idx: usize) {
        let mut ctx = DataContext::default();
        let mut current: Option<usize> = None;
        for child in children(node) {
            match child.kind() {
                "data_entry" => self.data_entry(child, idx, &mut ctx),
                "file_description" => self.file_description(child, idx, &mut ctx),
                "select_entry" => self.select_entry(child, idx),
                "section_header" | "paragraph_header" => {
                    current = Some(self.procedure_header(child, idx, None));
                }
                "sentence" => self.statements(child, idx, current),
                _ => {}
            }
        }
    }

    fn program(&mut self, node: Node, parent: Option<usize>) {
        let idx = self.facts.programs.len();
        let mut program = ProgramFacts {
            parent,
            span: self.span(node),
            ..Default::default()
        };
        let program_id = children(node)
            .into_iter()
            .find(|c| c.kind() == "identification_division")
            .and_then(|d| children(d).into_iter().find(|c| c.kind() == "program_id"));
        if let Some(id) = program_id.and_then(|p| field(p, "name")) {
            program.name = self.name_value(id);
            program.name_span = self.span(id);
        }
        if let Some(p) = program_id {
            program.attributes = self
                .tokens(p)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|w| matches!(w.as_str(), "COMMON" | "INITIAL" | "RECURSIVE"))
                .collect();
        }
        self.facts.programs.push(program);
        for child in children(node) {
            match child.kind() {
                "environment_division" => self.environment(child, idx),
                "data_division" => self.data_division(child, idx),
                "procedure_division" => self.procedure_division(child, idx),
                "program" => self.program(child, Some(idx)),
                _ => {}
            }
        }
    }

    fn environment(&mut self, node: Node, idx: usize) {
        self.obsolete_clauses(node, idx);
        for section in children(node) {
            if section.kind() == "input_output_section" {
                for entry in children(section) {
                    if entry.kind() == "select_entry" {
                        self.select_entry(entry, idx);
                    }
                }
            }
        }
    }

    /// MEMORY SIZE, SEGMENT-LIMIT, RERUN, MULTIPLE FILE TAPE: read as generic tokens by the
    /// grammar and not modelled, so each is reported.
    fn obsolete_clauses(&mut self, node: Node, idx: usize) {
        let mut words: Vec<Node> = Vec::new();
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if n.kind() == "identifier" {
                words.push(n);
            } else if n.kind() != "select_entry" {
                let mut cursor = n.walk();
                stack.extend(n.named_children(&mut cursor));
            }
        }
        words.sort_by_key(|n| n.start_byte());
        for (i, w) in words.iter().enumerate() {
            let next = words.get(i + 1).map(|n| self.upper(*n));
            let construct = match (self.upper(*w).as_str(), next.as_deref()) {
                ("MEMORY", Some("SIZE")) => "MEMORY SIZE",
                ("SEGMENT-LIMIT", _) => "SEGMENT-LIMIT",
                ("RERUN", _) => "RERUN",
                ("MULTIPLE", Some("FILE")) => "MULTIPLE FILE TAPE",
                _ => continue,
            };
            self.unmodelled(idx, construct, *w);
        }
    }

    fn select_entry(&mut self, node: Node, idx: usize) {
        let Some(name) = field(node, "name") else {
            return;
        };
        let assign = children(node)
            .into_iter()
            .find(|c| c.kind() == "assign_clause")
            .and_then(|a| field(a, "target"))
            .map(|t| {
                let value = self.name_value(t);
                // `UT-S-CLAIMIN`, `S-CLAIMIN`: the DD name is the last part.
                value.rsplit('-').next().unwrap_or(&value).to_string()
            });
        // `FILE STATUS IS ws-fs` (and the VSAM extended form `FILE STATUS IS ws-fs ws-fs2`).
        let mut status = None;
        let mut after_status = false;
        for c in children(node) {
            let word = self.upper(c);
            if after_status && word != "IS" {
                if c.kind() == "identifier" {
                    status = Some(word);
                }
                break;
            }
            after_status = word == "STATUS";
        }
        let file = FileFacts {
            name: self.upper(name),
            assign,
            status,
            description: None,
            global: false,
            span: self.span(node),
            name_span: self.span(name),
        };
        self.facts.programs[idx].files.push(file);
    }

    fn data_division(&mut self, node: Node, idx: usize) {
        let mut ctx = DataContext::default();
        for child in children(node) {
            match child.kind() {
                "data_section_header" => {
                    ctx.section = match field(child, "name").map(|n| self.upper(n)).as_deref() {
                        Some("FILE") => StorageSection::File,
                        Some("WORKING-STORAGE") => StorageSection::WorkingStorage,
                        Some("LOCAL-STORAGE") => StorageSection::LocalStorage,
                        Some("LINKAGE") => StorageSection::Linkage,
                        _ => StorageSection::Other,
                    };
                    ctx.stack.clear();
                    ctx.file = None;
                    ctx.file_global = false;
                }
                "file_description" => {
                    self.file_description(child, idx, &mut ctx);
                    self.report_description(child, idx);
                }
                "communication_description" => {
                    self.communication_description(child, idx);
                    ctx.stack.clear();
                    ctx.file = None;
                }
                "data_entry" => self.data_entry(child, idx, &mut ctx),
                "exec_statement" => self.exec(child, idx, None),
                _ => {}
            }
        }
    }

    fn file_description(&mut self, node: Node, idx: usize, ctx: &mut DataContext) {
        ctx.file = field(node, "name").map(|n| self.upper(n));
        ctx.stack.clear();
        // `IS GLOBAL` among the FD's clauses (read as plain words by the grammar).
        ctx.file_global = children(node)
            .into_iter()
            .any(|c| c.kind() == "identifier" && self.upper(c) == "GLOBAL");
        if ctx.file_global
            && let Some(name) = &ctx.file
            && let Some(f) = self.facts.programs[idx]
                .files
                .iter_mut()
                .find(|f| &f.name == name)
        {
            f.global = true;
        }
    }

    /// `RD report`: the report becomes a file-like symbol; its report groups are its records
    /// (so `GENERATE group` reaches the report).
    fn report_description(&mut self, node: Node, idx: usize) {
        let is_report = field(node, "type").is_some_and(|t| self.upper(t) == "RD");
        let Some(name) = field(node, "name").filter(|_| is_report) else {
            return;
        };
        let file = FileFacts {
            name: self.upper(name),
            assign: None,
            status: None,
            description: Some("report (RD)".into()),
            global: false,
            span: self.span(node),
            name_span: self.span(name),
        };
        self.facts.programs[idx].files.push(file);
    }

    /// `CD name FOR INPUT|OUTPUT|I-O`: a file-like symbol, and a data item for every data name
    /// the entry declares (queue, status key, text length …).
    fn communication_description(&mut self, node: Node, idx: usize) {
        let Some(name) = field(node, "name") else {
            return;
        };
        let mode = field(node, "mode").map_or_else(String::new, |m| self.upper(m));
        let file = FileFacts {
            name: self.upper(name),
            assign: None,
            status: None,
            description: Some(format!("communication description (CD FOR {mode})")),
            global: false,
            span: self.span(node),
            name_span: self.span(name),
        };
        self.facts.programs[idx].files.push(file);
        let mut cursor = node.walk();
        let fields: Vec<Node> = node.children_by_field_name("field", &mut cursor).collect();
        for f in fields {
            let item = DataItemFacts {
                level: 2,
                name: self.upper(f),
                span: self.span(f),
                name_span: self.span(f),
                parent: None,
                section: StorageSection::Other,
                picture: None,
                usage: None,
                occurs: None,
                redefines: None,
                values: Vec::new(),
                file: None,
                indexes: Vec::new(),
                global: false,
                external: false,
                storage: crate::model::StorageClauses::default(),
            };
            self.facts.programs[idx].data_items.push(item);
        }
    }

    fn unmodelled(&mut self, idx: usize, construct: &str, node: Node) {
        let span = self.span(node);
        self.facts.programs[idx].unmodelled.push(Unmodelled {
            construct: construct.to_string(),
            span,
        });
    }

    fn data_entry(&mut self, node: Node, idx: usize, ctx: &mut DataContext) {
        let level: u8 = field(node, "level")
            .and_then(|l| self.text_of(l).parse().ok())
            .unwrap_or(1);
        let name_node = field(node, "name");
        let name = name_node.map_or_else(|| "FILLER".to_string(), |n| self.upper(n));
        // Parent: nearest open item with a lower level (66/77 are top level; 88 under the last).
        let parent = match level {
            1 | 77 | 66 => {
                ctx.stack.clear();
                None
            }
            88 => ctx.stack.last().map(|(_, i)| *i),
            _ => {
                while ctx.stack.last().is_some_and(|(l, _)| *l >= level) {
                    ctx.stack.pop();
                }
                ctx.stack.last().map(|(_, i)| *i)
            }
        };
        let mut item = DataItemFacts {
            level,
            name,
            span: self.span(node),
            name_span: name_node.and_then(|n| self.span(n)),
            parent,
            section: ctx.section,
            picture: None,
            usage: None,
            occurs: None,
            redefines: None,
            values: Vec::new(),
            indexes: Vec::new(),
            global: level == 1 && ctx.file_global,
            external: false,
            storage: crate::model::StorageClauses::default(),
            // Report groups (REPORT SECTION) belong to their RD as records to their FD.
            file: if ctx.section == StorageSection::File || ctx.file.is_some() {
                ctx.file.clone()
            } else {
                None
            },
        };
        for clause in children(node) {
            match clause.kind() {
                "picture_clause" => {
                    item.picture = field(clause, "picture").map(|p| self.upper(p));
                }
                "usage_clause" => {
                    item.usage = field(clause, "usage").map(|u| self.upper(u));
                }
                "occurs_clause" => {
                    item.occurs = Some(squash(self.text_of(clause)));
                    let mut cursor = clause.walk();
                    let indexes: Vec<(String, Option<Span>)> = clause
                        .children_by_field_name("index", &mut cursor)
                        .map(|i| (self.upper(i), self.span(i)))
                        .collect();
                    item.indexes = indexes;
                    let number = |name: &str| {
                        field(clause, name).and_then(|n| self.text_of(n).parse::<u32>().ok())
                    };
                    item.storage.occurs_min = number("min");
                    item.storage.occurs_max = number("max").or(item.storage.occurs_min);
                    item.storage.depending_on =
                        field(clause, "depending_on").map(|d| squash(&self.upper(d)));
                }
                "sign_clause" => {
                    let text = squash(self.text_of(clause)).to_ascii_uppercase();
                    item.storage.sign_leading = Some(text.contains("LEADING"));
                    item.storage.sign_separate = text.contains("SEPARATE");
                }
                "synchronized_clause" => item.storage.sync = true,
                "blank_when_zero_clause" => item.storage.blank_when_zero = true,
                "justified_clause" => item.storage.justified = true,
                "renames_clause" => {
                    item.storage.renames = field(clause, "from").map(|f| squash(&self.upper(f)));
                    item.storage.renames_thru = field(clause, "to").map(|t| squash(&self.upper(t)));
                    // `66 A RENAMES B`: A has B's picture (a THRU range is a group, without one).
                    let renamed = field(clause, "from")
                        .filter(|_| field(clause, "to").is_none())
                        .and_then(|f| field(f, "name"));
                    if let Some(renamed) = renamed.map(|r| self.upper(r)) {
                        item.picture = self.facts.programs[idx]
                            .data_items
                            .iter()
                            .rev()
                            .find(|i| i.name == renamed)
                            .and_then(|i| i.picture.clone());
                    }
                }
                "global_clause" => item.global = true,
                "external_clause" => item.external = true,
                "redefines_clause" => {
                    item.redefines = field(clause, "target").map(|t| self.upper(t));
                }
                "value_clause" => {
                    for v in children(clause) {
                        if v.kind() == "value_item" {
                            item.values.push(squash(self.text_of(v)));
                        }
                    }
                }
                _ => {}
            }
        }
        let programs = &mut self.facts.programs[idx];
        programs.data_items.push(item);
        let item_idx = programs.data_items.len() - 1;
        if level != 88 && level != 66 {
            ctx.stack.push((level, item_idx));
        }
    }

    fn procedure_division(&mut self, node: Node, idx: usize) {
        self.facts.programs[idx].measure = metrics::measure_program(node);
        if let Some(using) = children(node)
            .into_iter()
            .find(|c| c.kind() == "procedure_using")
        {
            let mut cursor = using.walk();
            let params: Vec<String> = using
                .children_by_field_name("parameter", &mut cursor)
                .map(|p| self.qualified(p))
                .collect();
            self.facts.programs[idx].using = params;
        }
        let mut preamble_end: Option<Node> = None;
        for child in children(node) {
            match child.kind() {
                "sentence" => {
                    preamble_end = Some(child);
                    self.statements(child, idx, None)
                }
                "section" => self.section(child, idx),
                "paragraph" => self.paragraph(child, idx, None),
                "declaratives" => {
                    for d in children(child) {
                        match d.kind() {
                            "section" => self.section(d, idx),
                            "paragraph" => self.paragraph(d, idx, None),
                            _ => {}
                        }
                    }
                }
                "ERROR" => self.statements(child, idx, None),
                _ => {}
            }
        }
        let falls_through = !preamble_end.is_some_and(|s| self.ends_control(s));
        let program = &mut self.facts.programs[idx];
        program.has_preamble = preamble_end.is_some();
        program.preamble_falls_through = falls_through;
    }

    /// Whether a sentence ends with a statement after which control never reaches the next
    /// sentence: an unconditional GO TO, GOBACK, STOP RUN, EXIT PROGRAM, CICS RETURN/XCTL.
    fn ends_control(&self, sentence: Node) -> bool {
        let Some(last) = children(sentence)
            .into_iter()
            .rfind(|c| !c.is_extra() && c.kind() != "comment")
        else {
            return false;
        };
        match last.kind() {
            "go_to_statement" => {
                field(last, "depending_on").is_none() && field(last, "target").is_some()
            }
            "goback_statement" => true,
            "stop_statement" => squash(self.text_of(last))
                .to_ascii_uppercase()
                .ends_with("RUN"),
            "exit_statement" => {
                let t = squash(self.text_of(last)).to_ascii_uppercase();
                t == "EXIT PROGRAM" || t == "EXIT METHOD"
            }
            "exec_statement" => {
                let language = field(last, "language").map(|l| self.upper(l));
                let body = field(last, "body").map_or("", |b| self.text_of(b));
                language.as_deref() == Some("CICS")
                    && matches!(
                        cics::parse_command(body).verb.as_str(),
                        "RETURN" | "XCTL" | "ABEND"
                    )
            }
            _ => false,
        }
    }

    fn procedure_header(&mut self, header: Node, idx: usize, section: Option<usize>) -> usize {
        let kind = if header.kind() == "section_header" {
            ProcedureKind::Section
        } else {
            ProcedureKind::Paragraph
        };
        let name_node = field(header, "name");
        let name = name_node.map(|n| self.upper(n)).unwrap_or_default();
        let facts = ProcedureFacts {
            kind,
            name,
            span: self.span(header.parent().unwrap_or(header)),
            name_span: name_node.and_then(|n| self.span(n)),
            section,
            falls_through: true,
            measure: ProcedureMeasure {
                own: metrics::measure_procedure(header),
                ..Default::default()
            },
        };
        let procedures = &mut self.facts.programs[idx].procedures;
        procedures.push(facts);
        procedures.len() - 1
    }

    fn section(&mut self, node: Node, idx: usize) {
        let mut section = None;
        let mut last_sentence = None;
        for child in children(node) {
            match child.kind() {
                "section_header" => section = Some(self.procedure_header(child, idx, None)),
                "sentence" => {
                    last_sentence = Some(child);
                    self.statements(child, idx, section)
                }
                "paragraph" => self.paragraph(child, idx, section),
                _ => {}
            }
        }
        self.set_falls_through(idx, section, last_sentence);
    }

    fn paragraph(&mut self, node: Node, idx: usize, section: Option<usize>) {
        let mut current = section;
        let mut own = None;
        let mut last_sentence = None;
        for child in children(node) {
            match child.kind() {
                "paragraph_header" => {
                    own = Some(self.procedure_header(child, idx, section));
                    current = own;
                }
                "sentence" => {
                    last_sentence = Some(child);
                    self.statements(child, idx, current)
                }
                "ERROR" => {
                    last_sentence = None;
                    self.statements(child, idx, current)
                }
                _ => {}
            }
        }
        self.set_falls_through(idx, own, last_sentence);
    }

    fn set_falls_through(&mut self, idx: usize, procedure: Option<usize>, last: Option<Node>) {
        if let Some(p) = procedure {
            let ends = last.is_some_and(|s| self.ends_control(s));
            self.facts.programs[idx].procedures[p].falls_through = !ends;
        }
    }

    /// Walks statements (nested ones too) under `node`.
    fn statements(&mut self, node: Node, idx: usize, procedure: Option<usize>) {
        // Depth-first in source order with one cursor (no allocation per node); only named
        // nodes matter, and leaves (identifiers, literals) hold no statements.
        let mut cursor = node.walk();
        loop {
            let n = cursor.node();
            if n.is_named() && n.child_count() > 0 {
                self.statement(n, idx, procedure);
                if cursor.goto_first_child() {
                    continue;
                }
            }
            loop {
                if cursor.node() == node {
                    return;
                }
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
            }
        }
    }

    fn push(&mut self, idx: usize, procedure: Option<usize>, node: Node, kind: StatementKind) {
        let span = self.span(node);
        self.facts.programs[idx].statements.push(StatementFacts {
            kind,
            procedure,
            span,
        });
    }

    /// A procedure as referenced: `PARA`, or `SECT.PARA` for `PARA IN/OF SECT` (the form of
    /// the qualified names of paragraphs that need their section).
    fn procedure_ref(&self, node: Node) -> String {
        match (
            node.kind(),
            field(node, "paragraph"),
            field(node, "section"),
        ) {
            ("qualified_procedure_name", Some(p), Some(s)) => {
                format!("{}.{}", self.upper(s), self.upper(p))
            }
            _ => self.upper(node),
        }
    }

    fn qualified(&self, node: Node) -> String {
        field(node, "name")
            .map(|n| self.upper(n))
            .unwrap_or_else(|| self.upper(node))
    }

    fn statement(&mut self, node: Node, idx: usize, procedure: Option<usize>) {
        self.data_access(node, idx, procedure);
        self.condition(node, idx, procedure);
        if is_statement_list(node.kind()) {
            self.phrases(node, idx, procedure);
        }
        match node.kind() {
            "perform_statement" | "sort_procedure" | "processing_procedure" => {
                if let Some(target) = field(node, "procedure") {
                    let kind = StatementKind::Perform {
                        target: self.procedure_ref(target),
                        thru: field(node, "thru").map(|t| self.procedure_ref(t)),
                    };
                    self.push(idx, procedure, node, kind);
                }
            }
            "report_statement" | "communication_statement" | "receive_statement" => {
                let verb = field(node, "verb").map_or_else(|| "RECEIVE".into(), |v| self.upper(v));
                let mut cursor = node.walk();
                let names: Vec<Node> = node
                    .children_by_field_name("report", &mut cursor)
                    .chain(field(node, "cd"))
                    .collect();
                for n in names {
                    let file = if n.kind() == "qualified_name" {
                        self.qualified(n)
                    } else {
                        self.upper(n)
                    };
                    let kind = StatementKind::FileIo {
                        verb: verb.clone(),
                        file,
                    };
                    self.push(idx, procedure, node, kind);
                }
            }
            "entry_statement" => {
                let name = children(node)
                    .into_iter()
                    .find(|c| c.kind() == "string_literal")
                    .map(|n| self.name_value(n))
                    .unwrap_or_default();
                let parameters = children(node)
                    .into_iter()
                    .filter(|c| c.kind() == "call_using")
                    .flat_map(children)
                    .filter(|c| c.kind() == "qualified_name")
                    .map(|c| self.qualified(c))
                    .collect();
                self.facts.programs[idx].entries.push((name, parameters));
            }
            "enter_statement" => self.unmodelled(idx, "ENTER", node),
            "use_statement" if self.upper(node).contains("DEBUGGING") => {
                self.unmodelled(idx, "USE FOR DEBUGGING", node);
            }
            "use_statement" if field(node, "report_group").is_some() => {
                self.unmodelled(idx, "USE BEFORE REPORTING", node);
            }
            "go_to_statement" => {
                let mut cursor = node.walk();
                let targets: Vec<String> = node
                    .children_by_field_name("target", &mut cursor)
                    .map(|t| self.procedure_ref(t))
                    .collect();
                let depending_on = field(node, "depending_on").map(|d| self.qualified(d));
                self.push(
                    idx,
                    procedure,
                    node,
                    StatementKind::GoTo {
                        targets,
                        depending_on,
                    },
                );
            }
            "call_statement" => {
                let Some(target) = field(node, "target") else {
                    return;
                };
                let target = if target.kind() == "string_literal" {
                    CallTarget::Literal(self.name_value(target))
                } else {
                    CallTarget::DataName(self.qualified(target))
                };
                let mut arguments = Vec::new();
                if let Some(using) = children(node)
                    .into_iter()
                    .find(|c| c.kind() == "call_using")
                {
                    let mut by_reference = true;
                    let mut cursor = using.walk();
                    let mut more = cursor.goto_first_child();
                    while more {
                        let c = cursor.node();
                        if c.kind() == "call_mode" {
                            by_reference = self.upper(c).contains("REFERENCE");
                        } else if cursor.field_name() == Some("argument") {
                            arguments.push(CallArgument {
                                data: self.data_ref(c),
                                by_reference,
                            });
                        }
                        more = cursor.goto_next_sibling();
                    }
                }
                self.push(
                    idx,
                    procedure,
                    node,
                    StatementKind::Call { target, arguments },
                );
            }
            "move_statement" => {
                if let Some(source) = field(node, "source")
                    && source.kind() == "string_literal"
                {
                    let value = self.name_value(source);
                    let span = self.span(node);
                    let mut cursor = node.walk();
                    let targets: Vec<String> = node
                        .children_by_field_name("target", &mut cursor)
                        .filter(|t| t.kind() == "qualified_name")
                        .map(|t| self.qualified(t))
                        .collect();
                    for t in targets {
                        self.facts.programs[idx]
                            .literal_moves
                            .push((t, value.clone(), span));
                    }
                }
            }
            "exec_statement" => self.exec(node, idx, procedure),
            "evaluate_statement" => self.decision(node, idx, procedure),
            "alter_statement" => {
                let mut cursor = node.walk();
                let paragraphs: Vec<String> = node
                    .children_by_field_name("paragraph", &mut cursor)
                    .map(|t| self.procedure_ref(t))
                    .collect();
                let targets: Vec<String> = node
                    .children_by_field_name("target", &mut cursor)
                    .map(|t| self.procedure_ref(t))
                    .collect();
                let pairs = paragraphs.into_iter().zip(targets).collect();
                self.push(idx, procedure, node, StatementKind::Alter { pairs });
            }
            "read_statement" | "write_statement" | "rewrite_statement" | "delete_statement"
            | "start_statement" | "open_statement" | "close_statement" | "return_statement"
            | "release_statement" => {
                let verb = node
                    .kind()
                    .trim_end_matches("_statement")
                    .to_ascii_uppercase();
                let mut cursor = node.walk();
                let files: Vec<Node> = node
                    .children_by_field_name("file", &mut cursor)
                    .chain(field(node, "record"))
                    .collect();
                for f in files {
                    let file = if f.kind() == "qualified_name" {
                        self.qualified(f)
                    } else {
                        self.upper(f)
                    };
                    let kind = StatementKind::FileIo {
                        verb: verb.clone(),
                        file,
                    };
                    self.push(idx, procedure, node, kind);
                }
            }
            "display_statement" => {
                let mut literals = Vec::new();
                let mut data_operands = 0u32;
                let mut upon = None;
                let mut after_upon = false;
                for c in children(node) {
                    if after_upon {
                        upon = Some(self.upper(c));
                        after_upon = false;
                        continue;
                    }
                    match c.kind() {
                        "string_literal" => literals.push(literal_text(self.text_of(c))),
                        "identifier"
                        | "qualified_name"
                        | "function_call"
                        | "numeric_literal"
                        | "figurative_constant" => data_operands += 1,
                        _ if self.upper(c) == "UPON" => after_upon = true,
                        _ => {}
                    }
                }
                let kind = StatementKind::Display {
                    literals,
                    data_operands,
                    upon,
                };
                self.push(idx, procedure, node, kind);
            }
            "goback_statement" | "stop_statement" | "exit_statement" => {
                let verb = squash(self.text_of(node)).to_ascii_uppercase();
                if verb != "EXIT" {
                    self.push(idx, procedure, node, StatementKind::End { verb });
                }
            }
            _ => {}
        }
    }

    fn exec(&mut self, node: Node, idx: usize, procedure: Option<usize>) {
        let language = field(node, "language")
            .map(|l| self.upper(l))
            .unwrap_or_default();
        let body = field(node, "body").map_or("", |b| self.text_of(b));
        match language.as_str() {
            "SQL" => {
                if let Some(label) = whenever_go_to(body) {
                    let kind = StatementKind::Handler {
                        verb: "EXEC SQL WHENEVER".into(),
                        targets: vec![label],
                    };
                    self.push(idx, procedure, node, kind);
                }
                let kind = StatementKind::Sql {
                    text: body.to_string(),
                };
                self.push(idx, procedure, node, kind);
            }
            "CICS" => {
                let command = cics::parse_command(body);
                let verb = command.verb.clone();
                let data = ["INTO", "FROM"]
                    .iter()
                    .find_map(|o| match command.option(o) {
                        Some(CicsArg::DataName(d)) => Some(DataRef {
                            name: d.to_ascii_uppercase(),
                            qualifiers: Vec::new(),
                        }),
                        _ => None,
                    });
                let as_target = |arg: &CicsArg| match arg {
                    CicsArg::Literal(s) => Some(CallTarget::Literal(s.to_ascii_uppercase())),
                    CicsArg::DataName(s) => Some(CallTarget::DataName(s.clone())),
                    // `WS-PGM(WS-I)`, `WS-PGM OF WS-AREA`: the data item.
                    CicsArg::Other(s) => {
                        super::dynamic_targets::subscripted_name(s).map(CallTarget::DataName)
                    }
                };
                let kind =
                    match verb.as_str() {
                        "LINK" | "XCTL" | "LOAD" => command
                            .option("PROGRAM")
                            .and_then(as_target)
                            .map(|program| StatementKind::CicsTransfer {
                                verb,
                                program,
                                commarea: match command.option("COMMAREA") {
                                    Some(CicsArg::DataName(d)) => Some(DataRef {
                                        name: d.to_ascii_uppercase(),
                                        qualifiers: Vec::new(),
                                    }),
                                    _ => None,
                                },
                            }),
                        "RETURN" | "START" => command
                            .option("TRANSID")
                            .and_then(CicsArg::literal)
                            .map(|t| StatementKind::CicsTransaction {
                                verb,
                                transaction: t.to_ascii_uppercase(),
                            }),
                        "READ" | "WRITE" | "REWRITE" | "DELETE" | "STARTBR" | "READNEXT"
                        | "READPREV" => {
                            match command.option("FILE").or_else(|| command.option("DATASET")) {
                                Some(CicsArg::Literal(f)) => Some(StatementKind::CicsFile {
                                    verb,
                                    file: f.to_ascii_uppercase(),
                                    data: data.clone(),
                                }),
                                Some(arg) => {
                                    as_target(arg).map(|name| StatementKind::CicsNamedResource {
                                        verb,
                                        name,
                                        data: data.clone(),
                                    })
                                }
                                None => None,
                            }
                        }
                        v if super::dynamic_targets::is_queue_verb(v) => command
                            .option("QUEUE")
                            .or_else(|| command.option("QNAME"))
                            .and_then(as_target)
                            .map(|name| StatementKind::CicsNamedResource {
                                verb,
                                name,
                                data: data.clone(),
                            }),
                        "SEND MAP" | "RECEIVE MAP" => command
                            .option("MAP")
                            .and_then(CicsArg::literal)
                            .map(|m| StatementKind::CicsMap {
                                verb,
                                map: m.to_ascii_uppercase(),
                                mapset: command
                                    .option("MAPSET")
                                    .and_then(CicsArg::literal)
                                    .map(str::to_ascii_uppercase),
                                data: data.clone(),
                            }),
                        _ => None,
                    };
                if let Some(kind) = kind {
                    self.push(idx, procedure, node, kind);
                }
                let verb = command.verb.as_str();
                if verb.starts_with("HANDLE ") {
                    let targets: Vec<String> = command
                        .options
                        .iter()
                        .filter_map(|(_, a)| match a {
                            Some(CicsArg::DataName(label)) => Some(label.to_ascii_uppercase()),
                            _ => None,
                        })
                        .collect();
                    if !targets.is_empty() {
                        let kind = StatementKind::Handler {
                            verb: format!("EXEC CICS {verb}"),
                            targets,
                        };
                        self.push(idx, procedure, node, kind);
                    }
                }
                if matches!(verb, "RETURN" | "ABEND") {
                    let kind = StatementKind::End {
                        verb: format!("EXEC CICS {verb}"),
                    };
                    self.push(idx, procedure, node, kind);
                }
            }
            "DLI" => {
                let call = dli::parse(body);
                for segment in &call.segments {
                    let kind = StatementKind::DliSegment {
                        verb: call.verb.clone(),
                        segment: segment.name.clone(),
                        data: segment.data.clone().map(|name| DataRef {
                            name,
                            qualifiers: Vec::new(),
                        }),
                    };
                    self.push(idx, procedure, node, kind);
                }
            }
            _ => {}
        }
    }

    /// The PCB an `EXEC DLI … USING PCB(n)` names: the n-th parameter of the `DLITCBL` entry
    /// (or of PROCEDURE DIVISION USING when there is no such entry).
    fn dli_pcb(&self, idx: usize, n: usize) -> Option<String> {
        let program = &self.facts.programs[idx];
        let parameters = program
            .entries
            .iter()
            .rev()
            .find(|(name, _)| name == "DLITCBL")
            .map_or(&program.using, |(_, p)| p);
        parameters.get(n.checked_sub(1)?).cloned()
    }
}

impl<'a> Extractor<'a> {
    /// The data name a `qualified_name` node stands for.
    fn data_ref(&self, node: Node) -> Option<DataRef> {
        if node.kind() != "qualified_name" {
            return None;
        }
        let name = field(node, "name").map(|n| self.upper(n))?;
        let mut cursor = node.walk();
        let qualifiers = node
            .children_by_field_name("qualifier", &mut cursor)
            .map(|q| self.upper(q))
            .collect();
        Some(DataRef { name, qualifiers })
    }

    /// Every data name used anywhere under `node` (subscripts included).
    fn names_in(&self, node: Node) -> Vec<DataRef> {
        let mut out = Vec::new();
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if let Some(r) = self.data_ref(n) {
                // `DFHRESP(NORMAL)`, `DFHVALUE(...)`: CICS built-ins whose argument is a
                // condition name of CICS, not a data item.
                let builtin = r.name == "DFHRESP" || r.name == "DFHVALUE";
                out.push(r);
                if builtin {
                    continue;
                }
            }
            if matches!(n.kind(), "function_call") {
                // Function names are not data; their arguments are.
                for c in children(n) {
                    if c.kind() == "subscript" {
                        stack.push(c);
                    }
                }
                continue;
            }
            let mut kids = children(n);
            kids.reverse();
            stack.extend(kids);
        }
        out
    }

    /// A target operand: the item is written, its subscripts are read.
    fn target(&self, node: Node, reads: &mut Vec<DataRef>, writes: &mut Vec<DataRef>) {
        if let Some(r) = self.data_ref(node) {
            writes.push(r);
            for sub in children(node)
                .into_iter()
                .filter(|c| c.kind() == "subscript")
            {
                reads.extend(self.names_in(sub));
            }
        } else {
            reads.extend(self.names_in(node));
        }
    }

    /// Children with the keyword tokens between them (upper-cased keyword text, or the node).
    fn tokens<'t>(&self, node: Node<'t>) -> Vec<Result<String, Node<'t>>> {
        let mut cursor = node.walk();
        node.children(&mut cursor)
            .filter(|c| !c.is_extra())
            .map(|c| {
                if c.is_named() {
                    Err(c)
                } else {
                    Ok(self.upper(c))
                }
            })
            .collect()
    }

    fn data_access(&mut self, node: Node, idx: usize, procedure: Option<usize>) {
        let mut reads = Vec::new();
        let mut writes = Vec::new();
        let mut keys = Vec::new();
        let kind = node.kind();
        match kind {
            "move_statement" => {
                if let Some(src) = field(node, "source") {
                    reads.extend(self.names_in(src));
                }
                let mut cursor = node.walk();
                let targets: Vec<Node> =
                    node.children_by_field_name("target", &mut cursor).collect();
                for t in targets {
                    self.target(t, &mut reads, &mut writes);
                }
            }
            "compute_statement" => {
                if let Some(e) = field(node, "expression") {
                    reads.extend(self.names_in(e));
                }
                let mut cursor = node.walk();
                let targets: Vec<Node> =
                    node.children_by_field_name("target", &mut cursor).collect();
                for t in targets {
                    self.target(t, &mut reads, &mut writes);
                }
            }
            "arithmetic_statement" => {
                // Operands before GIVING are read; after GIVING/REMAINDER written; without
                // GIVING the operands after TO/FROM/BY/INTO are read and written.
                let tokens = self.tokens(node);
                let giving = tokens.iter().any(|t| matches!(t, Ok(k) if k == "GIVING"));
                let mut phase = 0; // 0: before the keyword, 1: after TO/FROM/BY/INTO, 2: after GIVING
                for t in tokens {
                    match t {
                        Ok(k) if k == "GIVING" || k == "REMAINDER" => phase = 2,
                        Ok(k) if matches!(k.as_str(), "TO" | "FROM" | "BY" | "INTO") => {
                            phase = phase.max(1)
                        }
                        Ok(_) => {}
                        Err(n) if n.kind() == "rounded" => {}
                        Err(n) => match phase {
                            2 => self.target(n, &mut reads, &mut writes),
                            1 if !giving => {
                                reads.extend(self.names_in(n));
                                self.target(n, &mut reads, &mut writes);
                            }
                            _ => reads.extend(self.names_in(n)),
                        },
                    }
                }
            }
            "initialize_statement" => {
                let mut cursor = node.walk();
                let targets: Vec<Node> =
                    node.children_by_field_name("target", &mut cursor).collect();
                for t in targets {
                    self.target(t, &mut reads, &mut writes);
                }
            }
            "set_statement" => {
                let mut before_to = true;
                let mut up_down = false;
                for t in self.tokens(node) {
                    match t {
                        Ok(k) if k == "TO" => before_to = false,
                        Ok(k) if k == "UP" || k == "DOWN" => {
                            before_to = false;
                            up_down = true;
                        }
                        Ok(_) => {}
                        Err(n) if before_to => {
                            self.target(n, &mut reads, &mut writes);
                        }
                        Err(n) => reads.extend(self.names_in(n)),
                    }
                }
                if up_down {
                    reads.extend(writes.iter().cloned());
                }
            }
            "read_statement" | "return_statement" => {
                if let Some(into) = field(node, "into") {
                    self.target(into, &mut reads, &mut writes);
                }
                if let Some(key) = field(node, "key") {
                    keys.extend(self.names_in(key));
                    reads.extend(self.names_in(key));
                }
            }
            "write_statement" | "rewrite_statement" | "release_statement" => {
                if let Some(from) = field(node, "from") {
                    reads.extend(self.names_in(from));
                }
                if let Some(record) = field(node, "record") {
                    self.target(record, &mut reads, &mut writes);
                }
            }
            "start_statement" => {
                if let Some(key) = field(node, "key") {
                    keys.extend(self.names_in(key));
                    reads.extend(self.names_in(key));
                }
            }
            "string_statement" | "unstring_statement" => {
                // STRING: sources before INTO; UNSTRING: the first operand is the source.
                let mut after_into = false;
                let mut first = true;
                for t in self.tokens(node) {
                    match t {
                        Ok(k) if k == "INTO" => after_into = true,
                        Ok(k)
                            if matches!(
                                k.as_str(),
                                "DELIMITER" | "COUNT" | "POINTER" | "TALLYING"
                            ) =>
                        {
                            after_into = true
                        }
                        Ok(_) => {}
                        Err(n) if n.kind() == "conditional_phrase" => {}
                        Err(n) => {
                            let source = if kind == "string_statement" {
                                !after_into
                            } else {
                                first
                            };
                            if source || !after_into {
                                reads.extend(self.names_in(n));
                            } else {
                                self.target(n, &mut reads, &mut writes);
                            }
                            first = false;
                        }
                    }
                }
            }
            "inspect_statement" => {
                let target = field(node, "target");
                if let Some(t) = target {
                    reads.extend(self.names_in(t));
                }
                let tokens = self.tokens(node);
                let mut after_tallying = false;
                for t in &tokens {
                    match t {
                        Ok(k) if k == "TALLYING" => after_tallying = true,
                        Ok(k) if k == "REPLACING" || k == "CONVERTING" => {
                            after_tallying = false;
                            if let Some(t) = target {
                                self.target(t, &mut reads, &mut writes);
                            }
                        }
                        Ok(k) if k == "FOR" => after_tallying = false,
                        Ok(_) => {}
                        Err(n) if Some(n.id()) == target.map(|t| t.id()) => {}
                        Err(n) if after_tallying => self.target(*n, &mut reads, &mut writes),
                        Err(n) => reads.extend(self.names_in(*n)),
                    }
                }
            }
            // `ACCEPT cd MESSAGE COUNT` sets the CD's own count field, not a data item.
            "accept_statement"
                if self
                    .tokens(node)
                    .iter()
                    .any(|t| matches!(t, Ok(k) if k == "MESSAGE")) =>
            {
                return;
            }
            "accept_statement" => {
                if let Some(t) = field(node, "target") {
                    self.target(t, &mut reads, &mut writes);
                }
            }
            "display_statement" | "search_statement" | "cancel_statement" => {
                for c in children(node) {
                    if !matches!(c.kind(), "search_when") {
                        reads.extend(self.names_in(c));
                    }
                }
            }
            "call_statement" => {
                if let Some(target) = field(node, "target") {
                    reads.extend(self.names_in(target));
                }
                if let Some(using) = children(node)
                    .into_iter()
                    .find(|c| c.kind() == "call_using")
                {
                    // BY REFERENCE (the default) lets the called program change the argument.
                    let mut by_reference = true;
                    for c in children(using) {
                        if c.kind() == "call_mode" {
                            by_reference = self.upper(c).contains("REFERENCE");
                        } else if by_reference {
                            reads.extend(self.names_in(c));
                            self.target(c, &mut reads, &mut writes);
                        } else {
                            reads.extend(self.names_in(c));
                        }
                    }
                }
                if let Some(r) = field(node, "returning") {
                    self.target(r, &mut reads, &mut writes);
                }
            }
            "varying_phrase" => {
                if let Some(v) = field(node, "variable") {
                    reads.extend(self.names_in(v));
                    self.target(v, &mut reads, &mut writes);
                }
                for f in ["from", "by"] {
                    if let Some(n) = field(node, f) {
                        reads.extend(self.names_in(n));
                    }
                }
            }
            "condition" => {
                // Conditions of IF/EVALUATE/WHEN/UNTIL read their operands; nested conditions
                // (parenthesised) are part of the outer one.
                if node.parent().is_some_and(|p| p.kind() == "condition") {
                    return;
                }
                reads.extend(self.names_in(node));
            }
            "json_xml_statement" => self.json_xml_access(node, &mut reads, &mut writes),
            "communication_statement" => {
                for f in ["from", "key", "indicator"] {
                    if let Some(n) = field(node, f) {
                        reads.extend(self.names_in(n));
                    }
                }
            }
            "receive_statement" => {
                if let Some(t) = field(node, "into") {
                    self.target(t, &mut reads, &mut writes);
                }
            }
            "exec_statement" => {
                let language = field(node, "language")
                    .map(|l| self.upper(l))
                    .unwrap_or_default();
                if language == "DLI" {
                    let body = field(node, "body").map_or("", |b| self.text_of(b));
                    let call = dli::parse(body);
                    let as_ref = |name: &str| DataRef {
                        name: name.to_string(),
                        qualifiers: Vec::new(),
                    };
                    if let Some(pcb) = call.pcb.and_then(|n| self.dli_pcb(idx, n)) {
                        reads.push(as_ref(&pcb));
                    }
                    for segment in &call.segments {
                        if let Some(d) = &segment.data {
                            if call.reads_segments() {
                                writes.push(as_ref(d));
                            } else {
                                reads.push(as_ref(d));
                            }
                        }
                    }
                    reads.extend(call.where_names.iter().map(|n| as_ref(n)));
                }
                if language == "SQL" {
                    let body = field(node, "body").map_or("", |b| self.text_of(b));
                    for hv in crate::sql::analyze(body).host_variables {
                        let name = hv.name.rsplit('.').next().unwrap_or(&hv.name).to_string();
                        let r = DataRef {
                            name,
                            qualifiers: Vec::new(),
                        };
                        match hv.direction {
                            crate::sql::HostVarDirection::Output => writes.push(r),
                            crate::sql::HostVarDirection::Input => reads.push(r),
                        }
                        if let Some(ind) = hv.indicator {
                            let r = DataRef {
                                name: ind,
                                qualifiers: Vec::new(),
                            };
                            match hv.direction {
                                crate::sql::HostVarDirection::Output => writes.push(r),
                                crate::sql::HostVarDirection::Input => reads.push(r),
                            }
                        }
                    }
                }
            }
            _ => return,
        }
        let file = match kind {
            "read_statement" | "return_statement" => field(node, "file"),
            "write_statement" | "rewrite_statement" | "release_statement" => field(node, "record"),
            _ => None,
        }
        .map(|f| self.qualified(f));
        if reads.is_empty() && writes.is_empty() && file.is_none() {
            return;
        }
        let verb = match kind {
            "exec_statement" => format!(
                "EXEC {}",
                field(node, "language").map_or_else(String::new, |l| self.upper(l))
            ),
            "json_xml_statement" => squash(
                self.text_of(node)
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            )
            .to_ascii_uppercase(),
            "condition" => "CONDITION".to_string(),
            "varying_phrase" => "PERFORM VARYING".to_string(),
            "arithmetic_statement" => field(node, "verb")
                .map(|v| self.upper(v))
                .unwrap_or_default(),
            k => k.trim_end_matches("_statement").to_ascii_uppercase(),
        };
        let span = self.span(node);
        self.facts.programs[idx].accesses.push(DataAccess {
            procedure,
            span,
            verb,
            reads,
            writes,
            keys,
            file,
        });
    }

    /// JSON/XML GENERATE writes the document (its first operand) and COUNT IN, reading FROM;
    /// JSON PARSE reads the document and writes INTO; XML PARSE reads the document.
    fn json_xml_access(&self, node: Node, reads: &mut Vec<DataRef>, writes: &mut Vec<DataRef>) {
        let generate = field(node, "verb").is_some_and(|v| self.upper(v) == "GENERATE");
        let mut first = true;
        let mut keyword = String::new();
        for t in self.tokens(node) {
            match t {
                Ok(k) => keyword = k,
                Err(n) if n.kind() == "processing_procedure" => {}
                Err(n) => {
                    let written = if first {
                        generate
                    } else {
                        matches!(keyword.as_str(), "INTO" | "IN" | "COUNT")
                    };
                    if written {
                        self.target(n, reads, writes);
                    } else if !matches!(keyword.as_str(), "NAME" | "OF" | "SUPPRESS" | "IS") {
                        reads.extend(self.names_in(n));
                    }
                    first = false;
                }
            }
        }
    }

    /// Text of a node with whitespace collapsed, cut at `max` characters.
    fn brief(&self, node: Node, max: usize) -> String {
        let text = squash(self.text_of(node));
        if text.chars().count() <= max {
            return text;
        }
        let mut cut: String = text.chars().take(max).collect();
        cut.push('…');
        cut
    }

    fn decision(&mut self, node: Node, idx: usize, procedure: Option<usize>) {
        let mut cursor = node.walk();
        let subjects: Vec<String> = node
            .children_by_field_name("subject", &mut cursor)
            .map(|s| self.brief(s, 200))
            .collect();
        let mut rows = Vec::new();
        for child in children(node) {
            let (when, other) = match child.kind() {
                "when_clause" => {
                    let alternatives = children(child)
                        .into_iter()
                        .filter(|c| c.kind() == "when_selection")
                        .map(|sel| {
                            let mut c = sel.walk();
                            sel.children_by_field_name("object", &mut c)
                                .map(|o| self.brief(o, 200))
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>();
                    (alternatives, false)
                }
                "when_other" => (Vec::new(), true),
                _ => continue,
            };
            let actions = field(child, "body")
                .map(|b| {
                    children(b)
                        .into_iter()
                        .filter(|s| !s.is_extra())
                        .map(|s| self.brief(s, 300))
                        .collect()
                })
                .unwrap_or_default();
            rows.push((when, other, actions));
        }
        let span = self.span(node);
        self.facts.programs[idx].decisions.push(DecisionFacts {
            procedure,
            span,
            subjects,
            rows,
        });
    }

    fn condition(&mut self, node: Node, idx: usize, procedure: Option<usize>) {
        let (kind, cond) = match node.kind() {
            "if_statement" => (ConditionKind::If, field(node, "condition")),
            "evaluate_subject" => (ConditionKind::EvaluateSubject, Some(node)),
            "when_selection" => (ConditionKind::When, Some(node)),
            "perform_until" | "varying_phrase" => (ConditionKind::Until, field(node, "condition")),
            "search_when" => (ConditionKind::SearchWhen, field(node, "condition")),
            _ => return,
        };
        let Some(cond) = cond else {
            return;
        };
        // A WHEN's condition is its objects (`WHEN A ALSO B` → `A ALSO B`).
        let start = match kind {
            ConditionKind::When => {
                field(cond, "object").map_or(cond.start_byte(), |o| o.start_byte())
            }
            _ => cond.start_byte(),
        };
        let text = squash(self.text.get(start..cond.end_byte()).unwrap_or(""));
        if text.is_empty() || text.eq_ignore_ascii_case("TRUE") {
            return;
        }
        let span = (self.locate)(start, cond.end_byte());
        // The statement holding the condition, and the part of it the condition guards.
        let statement_node = match kind {
            ConditionKind::If => Some(node),
            ConditionKind::EvaluateSubject | ConditionKind::SearchWhen => node.parent(),
            ConditionKind::When => node.parent().and_then(|clause| clause.parent()),
            ConditionKind::Until => std::iter::successors(node.parent(), |n| n.parent())
                .find(|n| n.kind().ends_with("_statement") || n.kind() == "sort_procedure"),
            // Conditional phrases are read by `phrases`.
            ConditionKind::Phrase(_) => None,
        };
        let guarded_node = match kind {
            ConditionKind::If | ConditionKind::SearchWhen => Some(node),
            ConditionKind::When => node.parent(),
            ConditionKind::EvaluateSubject | ConditionKind::Until => statement_node,
            ConditionKind::Phrase(_) => None,
        };
        let statement = statement_node.and_then(|n| self.span(n));
        let guarded = guarded_node.and_then(|n| self.span(n));
        // What runs when the condition holds, and (IF) when it does not.
        let consequence = match kind {
            ConditionKind::If => field(node, "consequence"),
            ConditionKind::When => node.parent().and_then(|clause| field(clause, "body")),
            ConditionKind::SearchWhen => field(node, "body"),
            _ => None,
        };
        let alternative = match kind {
            ConditionKind::If => field(node, "alternative"),
            _ => None,
        };
        let consequence = consequence.and_then(|n| self.span(n));
        let alternative = alternative.and_then(|n| self.span(n));
        self.facts.programs[idx].conditions.push(ConditionFacts {
            kind,
            procedure,
            span,
            text,
            statement,
            guarded,
            consequence,
            alternative,
        });
    }

    /// The conditional phrases (AT END, INVALID KEY, ON SIZE ERROR …) among the statements of
    /// one list: a sentence, a branch, a WHEN or inline PERFORM body. The tree keeps a phrase
    /// beside its statement, followed by the statements it guards; they run up to the next
    /// phrase of that statement, its END- terminator or the end of the list. Statements nest
    /// (`READ … NOT INVALID KEY … DELETE … INVALID KEY … END-DELETE END-READ`): a phrase
    /// belongs to the nearest open statement that takes it (as the compiler pairs them), an
    /// END- terminator closes the nearest open statement of its verb.
    fn phrases(&mut self, list: Node, idx: usize, procedure: Option<usize>) {
        struct Owner<'t> {
            /// `None` for a phrase with no statement before it in the list.
            node: Option<Node<'t>>,
            /// End of its END- terminator.
            terminator: Option<usize>,
            /// Its last phrase so far (index into `found`).
            current: Option<usize>,
        }
        struct Found<'t> {
            node: Node<'t>,
            kind: PhraseKind,
            owner: usize,
            /// Byte range of the statements it guards.
            body: Option<(usize, usize)>,
        }
        let mut cursor = list.walk();
        if !list
            .named_children(&mut cursor)
            .any(|c| c.kind() == "conditional_phrase")
        {
            return;
        }
        let items: Vec<Node> = children(list)
            .into_iter()
            .filter(|c| !c.is_extra() && c.kind() != "comment")
            .collect();
        let mut owners: Vec<Owner> = Vec::new();
        let mut found: Vec<Found> = Vec::new();
        // Open statements with phrases, innermost last.
        let mut stack: Vec<usize> = Vec::new();
        // The last statement, while no phrase followed it yet.
        let mut pending: Option<Node> = None;
        /// `node` is one more statement (or phrase, or terminator) guarded by the current
        /// phrase of each of the first `depth` open statements.
        fn extend(
            found: &mut [Found<'_>],
            owners: &[Owner<'_>],
            stack: &[usize],
            depth: usize,
            node: Node<'_>,
        ) {
            for &o in &stack[..depth] {
                if let Some(f) = owners[o].current {
                    let body = &mut found[f].body;
                    let start = body.map_or(node.start_byte(), |(s, _)| s);
                    *body = Some((start, node.end_byte()));
                }
            }
        }
        for item in items {
            match item.kind() {
                "conditional_phrase" => {
                    let Some(kind) = PhraseKind::parse(self.text_of(item)) else {
                        continue;
                    };
                    let has = |o: usize| found.iter().any(|f| f.owner == o && f.kind == kind);
                    let takes = |o: usize| {
                        owners[o]
                            .node
                            .is_some_and(|n| takes_phrase(n.kind(), kind.phrase))
                    };
                    let open = stack.iter().rposition(|&o| takes(o) && !has(o));
                    // The statement the phrase belongs to: one already open (`Ok`), or a new
                    // one (`Err`: the statement just before, one before the IF / EVALUATE /
                    // PERFORM holding this list, or none).
                    let owner = match (pending, open) {
                        (Some(p), _) if takes_phrase(p.kind(), kind.phrase) => Err(Some(p)),
                        (_, Some(at)) => Ok(at),
                        (Some(p), None) if may_take_phrase(p.kind(), kind.phrase) => Err(Some(p)),
                        _ => match self.enclosing_owner(list, kind.phrase) {
                            Some(outer) => Err(Some(outer)),
                            None if pending.is_none() && !stack.is_empty() => Ok(stack.len() - 1),
                            None => Err(pending),
                        },
                    };
                    let o = match owner {
                        // A phrase of an open statement: statements opened after it are done.
                        Ok(at) => {
                            stack.truncate(at + 1);
                            extend(&mut found, &owners, &stack, at, item);
                            stack[at]
                        }
                        Err(node) => {
                            extend(&mut found, &owners, &stack, stack.len(), item);
                            owners.push(Owner {
                                node,
                                terminator: None,
                                current: None,
                            });
                            stack.push(owners.len() - 1);
                            owners.len() - 1
                        }
                    };
                    found.push(Found {
                        node: item,
                        kind,
                        owner: o,
                        body: None,
                    });
                    owners[o].current = Some(found.len() - 1);
                    pending = None;
                }
                "scope_terminator" => {
                    let closes = terminated_by(self.upper(item).trim());
                    if pending.is_some_and(|p| Some(p.kind()) == closes) {
                        // `READ F END-READ`: the statement had no phrase.
                        extend(&mut found, &owners, &stack, stack.len(), item);
                    } else if let Some(at) = stack
                        .iter()
                        .rposition(|&o| owners[o].node.is_none_or(|n| Some(n.kind()) == closes))
                    {
                        owners[stack[at]].terminator = Some(item.end_byte());
                        stack.truncate(at);
                        extend(&mut found, &owners, &stack, at, item);
                    }
                    pending = None;
                }
                _ => {
                    extend(&mut found, &owners, &stack, stack.len(), item);
                    pending = Some(item);
                }
            }
        }
        for f in &found {
            let owner = &owners[f.owner];
            let start = owner.node.map_or_else(
                || {
                    found
                        .iter()
                        .find(|g| g.owner == f.owner)
                        .map_or(f.node.start_byte(), |g| g.node.start_byte())
                },
                |n| n.start_byte(),
            );
            let end = owner.terminator.unwrap_or_else(|| {
                found
                    .iter()
                    .filter(|g| g.owner == f.owner)
                    .map(|g| g.body.map_or(g.node.end_byte(), |(_, e)| e))
                    .max()
                    .unwrap_or(f.node.end_byte())
            });
            let phrase = squash(self.text_of(f.node));
            let text = match owner.node {
                Some(n) => format!("{} {phrase}", self.lead(n)),
                None => phrase,
            };
            let guarded_end = f.body.map_or(f.node.end_byte(), |(_, e)| e);
            let facts = ConditionFacts {
                kind: ConditionKind::Phrase(f.kind),
                procedure,
                span: self.span(f.node),
                text,
                statement: (self.locate)(start, end),
                guarded: (self.locate)(f.node.start_byte(), guarded_end),
                consequence: f.body.and_then(|(s, e)| (self.locate)(s, e)),
                alternative: None,
            };
            self.facts.programs[idx].conditions.push(facts);
        }
    }

    /// For a phrase that no statement of its own list takes (`READ F AT END IF … NOT AT END`
    /// without END-IF: the tree puts NOT AT END in the IF's branch): the nearest statement
    /// before the IF / EVALUATE / PERFORM holding the list that takes it and was not closed by
    /// its END- terminator, looking outwards.
    fn enclosing_owner<'t>(&self, list: Node<'t>, phrase: Phrase) -> Option<Node<'t>> {
        let mut list = list;
        while list.kind() != "sentence" {
            // The statement holding the list, and the list holding that statement.
            let holder = std::iter::successors(list.parent(), |n| n.parent())
                .find(|n| n.parent().is_some_and(|p| is_statement_list(p.kind())))?;
            list = holder.parent()?;
            let mut closed: Vec<&'static str> = Vec::new();
            let mut at = holder.prev_named_sibling();
            while let Some(n) = at {
                at = n.prev_named_sibling();
                match n.kind() {
                    "scope_terminator" => closed.extend(terminated_by(self.upper(n).trim())),
                    "conditional_phrase" => {}
                    k => {
                        if let Some(i) = closed.iter().position(|&c| c == k) {
                            closed.remove(i);
                        } else if takes_phrase(k, phrase) {
                            return Some(n);
                        }
                    }
                }
            }
        }
        None
    }

    /// A statement's verb and first operand, as written: `READ CLAIMANT-MASTER`,
    /// `COMPUTE WS-INTEREST`, `CALL 'DATEUTL'`.
    fn lead(&self, statement: Node) -> String {
        // `JSON GENERATE`, `XML PARSE`: the verb is two words.
        let words = if statement.kind() == "json_xml_statement" {
            2
        } else {
            1
        };
        let verb = self
            .text_of(statement)
            .split_whitespace()
            .take(words)
            .collect::<Vec<_>>()
            .join(" ");
        let operand = children(statement)
            .into_iter()
            .find(|c| !c.is_extra() && c.kind() != "comment")
            .map(|c| self.brief(c, 60));
        match operand {
            Some(o) if !o.is_empty() => format!("{verb} {o}"),
            _ => verb,
        }
    }
}

#[derive(Default)]
struct DataContext {
    section: StorageSection,
    /// Open group items: (level, index in data_items).
    stack: Vec<(u8, usize)>,
    file: Option<String>,
    /// The current FD is GLOBAL: so are its records.
    file_global: bool,
}

/// A literal's text without its quotes.
/// `WHENEVER SQLERROR GO TO label` / `GOTO :label`: the label, upper-cased.
fn whenever_go_to(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    if !words.first()?.eq_ignore_ascii_case("WHENEVER") {
        return None;
    }
    let at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("GOTO") || w.eq_ignore_ascii_case("GO"))?;
    let mut next = at + 1;
    if words[at].eq_ignore_ascii_case("GO") {
        next += 1; // GO TO
    }
    let label = words
        .get(next)?
        .trim_start_matches(':')
        .trim_end_matches('.');
    (!label.is_empty()).then(|| label.to_ascii_uppercase())
}

pub(crate) fn unquote(s: &str) -> &str {
    let t = s.trim();
    for q in ['\'', '"'] {
        if t.len() >= 2 && t.starts_with(q) && t.ends_with(q) {
            return &t[1..t.len() - 1];
        }
    }
    t
}

/// The characters of an alphanumeric literal: quotes removed, doubled quotes undone
/// (`'IT''S DUE'` → `IT'S DUE`). Hexadecimal and other prefixed literals keep their text.
fn literal_text(raw: &str) -> String {
    let t = raw.trim();
    let Some(q) = t.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
        return t.to_string();
    };
    let inner = unquote(t);
    let doubled: String = [q, q].iter().collect();
    inner.replace(&doubled, &q.to_string())
}

/// Collapses runs of whitespace to one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
