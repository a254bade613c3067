//! Control facts of COBOL programs that are not references between symbols: procedure order,
//! which procedures fall through into the next one, and the statements that end the run unit
//! or return to the caller. `graphs::control` builds each program's control graph from these
//! plus the PERFORM / GO TO / ALTER references.

use serde::Serialize;

use super::{Span, SymbolId};

/// The control skeleton of one COBOL program.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramControl {
    pub program: SymbolId,
    /// Sections and paragraphs in source order.
    pub procedures: Vec<ProcedureControl>,
    /// Statements before the first paragraph or section (they run first).
    pub has_preamble: bool,
    /// Whether control reaches the end of those statements and enters the first procedure.
    pub preamble_falls_through: bool,
    /// GOBACK, STOP RUN, EXIT PROGRAM, EXEC CICS RETURN: (owner, verb, statement).
    pub ends: Vec<ProgramEnd>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProcedureControl {
    pub id: SymbolId,
    /// Control can run off the end of the procedure's own statements into the next procedure
    /// in source order (false when the last statement is an unconditional GO TO, GOBACK,
    /// STOP RUN, EXIT PROGRAM, CICS RETURN or XCTL).
    pub falls_through: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramEnd {
    pub owner: SymbolId,
    pub verb: String,
    pub span: Span,
}
