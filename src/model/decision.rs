//! EVALUATE statements as decision tables: the subjects (with ALSO), one row per WHEN group
//! (each alternative WHEN gives the objects per subject: values, `A THRU B`, ANY, TRUE, FALSE,
//! conditions), the actions of the row, and WHEN OTHER. Exports render them as tables.

use serde::Serialize;

use super::{Span, SymbolId};

#[derive(Debug, Clone, Serialize)]
pub struct DecisionTable {
    /// The paragraph, section or program holding the EVALUATE.
    pub owner: SymbolId,
    /// The whole EVALUATE statement.
    pub span: Span,
    /// `EVALUATE x ALSO y`: `["x", "y"]`; `TRUE` when the rows hold conditions.
    pub subjects: Vec<String>,
    pub rows: Vec<DecisionRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionRow {
    /// One entry per `WHEN` of the group (alternatives, any may match); each holds one object
    /// per subject (`ANY`, `'SP '`, `16 THRU 65`, `WS-AGE > 65`). Empty for WHEN OTHER.
    pub when: Vec<Vec<String>>,
    /// `WHEN OTHER`.
    pub other: bool,
    /// The statements of the row, as written (whitespace collapsed).
    pub actions: Vec<String>,
}
