//! Size and complexity measures of programs, paragraphs, sections, classes and methods,
//! computed by the front ends while the syntax tree is at hand.

use serde::Serialize;

use super::SymbolId;

/// Measures of one symbol's own code. Fan-in and fan-out are not stored: they come from the
/// graphs (`graphs::metrics`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CodeMetrics {
    pub symbol: SymbolId,
    /// Lines holding code (not blank, not only comment).
    pub code_lines: u32,
    /// Lines holding only a comment.
    pub comment_lines: u32,
    /// McCabe: 1 + decision points (IF, WHEN, loop conditions, `&&`/`||`, catch, …).
    pub cyclomatic: u32,
    /// Deepest nesting of decisions and loops (0 for straight-line code).
    pub max_nesting: u32,
}
