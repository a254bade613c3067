//! Data flow facts: one value moving from one place to another, with the statement that moves
//! it. Front ends record them; `graphs::dataflow` turns them into the data-flow graph and the
//! impact / lineage analyses walk it.

use serde::Serialize;

use super::{Span, SymbolId};

/// One end of a data flow.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum FlowEnd {
    /// A model symbol: data item, file, dataset, DB table or column, CICS map, Java field,
    /// Java method (its return value), JCL DD.
    Symbol { id: SymbolId },
    /// A Java parameter or local variable of `owner` (a method or constructor); parameters
    /// are named by position as well as by name (`#0:amount`).
    Local { owner: SymbolId, name: String },
}

impl FlowEnd {
    pub fn symbol(id: SymbolId) -> FlowEnd {
        FlowEnd::Symbol { id }
    }

    /// The symbol this end is (`None` for a Java local).
    pub fn symbol_id(&self) -> Option<SymbolId> {
        match self {
            FlowEnd::Symbol { id } => Some(*id),
            FlowEnd::Local { .. } => None,
        }
    }

    /// The symbol this end is, or belongs to (a local's method).
    pub fn anchor(&self) -> SymbolId {
        match self {
            FlowEnd::Symbol { id } => *id,
            FlowEnd::Local { owner, .. } => *owner,
        }
    }
}

super::kinds::labelled_enum! {
    /// What moved the value. Labels are the edge kinds of the data-flow graph.
    FlowKind {
        Move => "move",
        Compute => "compute",
        StringOp => "string",
        Unstring => "unstring",
        Inspect => "inspect",
        Initialize => "initialize",
        Set => "set",
        Accept => "accept",
        /// File → record, record → INTO item; CICS map → item (RECEIVE MAP).
        Read => "read",
        /// FROM item → record, record → file; item → CICS map (SEND MAP).
        Write => "write",
        SqlSelect => "sql-select",
        SqlInsert => "sql-insert",
        SqlUpdate => "sql-update",
        /// The key that selects a record (READ … KEY IS, START … KEY) → the record read; it
        /// chooses which value arrives but is not part of it.
        RecordKey => "record-key",
        /// A host variable in an SQL WHERE clause → what the statement reads or changes.
        SqlWhere => "sql-where",
        /// CALL USING argument → the called program's LINKAGE parameter (same position);
        /// CICS LINK/XCTL COMMAREA → DFHCOMMAREA.
        CallUsing => "call-using",
        /// LINKAGE parameter → the caller's argument, for BY REFERENCE (the callee may change it).
        CallReturn => "call-return",
        /// Group item → each item directly under it (and back: `contained-by`).
        Contains => "contains",
        ContainedBy => "contained-by",
        /// REDEFINES overlap, both ways.
        Redefines => "redefines",
        /// Program file (SELECT … ASSIGN TO dd) ↔ the JCL DD of a step that runs the program.
        DdAssign => "dd-assign",
        /// JCL DD ↔ the dataset it names.
        DdDataset => "dd-dataset",
        /// Java assignment (`x = e`, `x += e`, field writes).
        Assign => "assign",
        /// Java argument → the parameter of the called method.
        Argument => "argument",
        /// Java: returned expression → method; method → the variable receiving the call.
        Return => "return",
        /// A BMS screen field → its symbolic-map input item `<field>I` in a program that
        /// RECEIVEs the map.
        ScreenInput => "screen-input",
        /// A symbolic-map output item `<field>O` → its BMS screen field, in a program that
        /// SENDs the map.
        ScreenOutput => "screen-output",
        /// Anything else that moves data (CALL RETURNING, SEARCH, …).
        Other => "other",
    }
}

/// One value moving from `source` to `target`.
#[derive(Debug, Clone, Serialize)]
pub struct DataFlow {
    pub source: FlowEnd,
    pub target: FlowEnd,
    pub kind: FlowKind,
    /// The paragraph, section, method or program whose statement moves it; for structural
    /// flows (containment, REDEFINES, DD links) the symbol that declares the link.
    pub owner: SymbolId,
    /// The statement (or declaration) that makes the flow.
    pub span: Option<Span>,
}
