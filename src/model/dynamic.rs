//! Dynamic targets: a CALL, CICS LINK/XCTL, CICS file command or TS/TD queue command that names
//! its program, file or queue through a data item, with every literal that can reach that item
//! (found by `cobol::dynamic_targets`) and, when the value may also come from outside the
//! project's literals (a file, the database, a screen, a caller outside the project), why it
//! stays open.

use serde::Serialize;

use super::{Span, SymbolId};

/// One literal that can reach a dynamic target's data item, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DynamicLiteral {
    /// Upper-cased, without quotes.
    pub value: String,
    /// The literal's own site: the VALUE clause, the MOVE, the 88-level or the FILLER entry.
    pub span: Option<Span>,
    /// `value`, `move`, `88-level`, `table` (an OCCURS entry filled by VALUE, also through
    /// REDEFINES of FILLERs).
    pub origin: &'static str,
}

/// A statement whose target is named by a data item.
#[derive(Debug, Clone, Serialize)]
pub struct DynamicTarget {
    /// The procedure (or program) holding the statement.
    pub owner: SymbolId,
    pub span: Span,
    /// `CALL`, `XCTL`, `LINK`, `READ`, `WRITEQ TS` …
    pub verb: String,
    /// The data name as written (upper case).
    pub variable: String,
    /// Every literal that can reach the data item, sorted by value.
    pub literals: Vec<DynamicLiteral>,
    /// Why the value is not only those literals (`read from file CLMIN`, `received from screen
    /// map BENMS04.MNUMAP` …); `None` when the literals are all it can hold.
    pub open: Option<String>,
}

impl DynamicTarget {
    /// The node name of the open part of the target: `(VAR)`.
    pub fn open_name(&self) -> String {
        format!("({})", self.variable)
    }

    /// Is this a program transfer (CALL, LINK, XCTL) rather than a file or queue access?
    pub fn is_call(&self) -> bool {
        matches!(self.verb.as_str(), "CALL" | "LINK" | "XCTL" | "LOAD")
    }
}
