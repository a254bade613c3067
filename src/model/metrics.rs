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

/// What one source line holds, for [`CodeMetrics::code_lines`] and
/// [`CodeMetrics::comment_lines`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    Comment,
    Code,
}

/// Code and comment lines of one file as running totals, so any line range is counted in
/// constant time (a program, its sections and their paragraphs share the same lines).
#[derive(Debug, Default, Clone)]
pub struct LineTally {
    /// `code[n]`: code lines among lines 1..=n (`code[0]` is 0).
    code: Vec<u32>,
    comment: Vec<u32>,
}

impl LineTally {
    /// A tally for `lines` line kinds, pushed in line order with [`LineTally::push`].
    pub fn with_capacity(lines: usize) -> Self {
        let mut code = Vec::with_capacity(lines + 1);
        let mut comment = Vec::with_capacity(lines + 1);
        code.push(0);
        comment.push(0);
        LineTally { code, comment }
    }

    /// Adds the next line.
    pub fn push(&mut self, kind: LineKind) {
        if self.code.is_empty() {
            self.code.push(0);
            self.comment.push(0);
        }
        let (code, comment) = (
            self.code[self.code.len() - 1],
            self.comment[self.comment.len() - 1],
        );
        self.code.push(code + u32::from(kind == LineKind::Code));
        self.comment
            .push(comment + u32::from(kind == LineKind::Comment));
    }

    /// Number of lines tallied.
    pub fn lines(&self) -> u32 {
        self.code.len().saturating_sub(1) as u32
    }

    /// (code lines, comment lines) among the 1-based lines `first..=last`; lines past the end
    /// of the file count as blank.
    pub fn count(&self, first: u32, last: u32) -> (u32, u32) {
        let n = self.lines();
        let last = last.min(n) as usize;
        let first = first.max(1) as usize;
        if first > last {
            return (0, 0);
        }
        (
            self.code[last] - self.code[first - 1],
            self.comment[last] - self.comment[first - 1],
        )
    }
}

/// Calls `f` for every line of `text` (LF, CR LF and lone CR each end a line, as
/// [`crate::decode::LineIndex`] counts them), without the line break.
pub fn for_each_line(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(k) => {
                let end = start + k;
                f(&text[start..end]);
                start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    end + 2
                } else {
                    end + 1
                };
            }
            None => {
                f(&text[start..]);
                break;
            }
        }
    }
}
