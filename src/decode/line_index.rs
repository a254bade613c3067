//! Byte offset <-> line/column mapping for decoded text.
//!
//! A line break is `"\r\n"`, `"\n"` or a lone `"\r"`, each counted once. A
//! line is the text from a line start up to and including its break; the
//! last line may have no break. Text that ends with a break has no empty
//! line after it: `"a\n"` has one line, `""` has none.

use memchr::memchr2_iter;

/// Maps byte offsets in a decoded text to 1-based line and column, and back.
///
/// Invariants: `starts` is strictly increasing, starts with 0 when the text
/// is not empty, and every entry is `< text.len()`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Index the line starts of `text` (one memchr pass).
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let len = bytes.len();
        if len == 0 {
            return Self::default();
        }
        let mut starts = Vec::with_capacity(len / 48 + 1);
        starts.push(0);
        for pos in memchr2_iter(b'\n', b'\r', bytes) {
            // A '\r' directly followed by '\n' is half of one "\r\n" break:
            // the '\n' will end the line.
            if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                continue;
            }
            let next = pos + 1;
            if next < len {
                starts.push(next);
            }
        }
        Self { starts, len }
    }

    /// Number of lines: `""` -> 0, `"a"` -> 1, `"a\n"` -> 1, `"a\nb"` -> 2.
    /// Saturates at `u32::MAX`.
    pub fn line_count(&self) -> u32 {
        to_u32(self.starts.len())
    }

    /// Length in bytes of the indexed text.
    pub fn text_len(&self) -> usize {
        self.len
    }

    /// 1-based line containing byte `offset` (binary search).
    ///
    /// An offset inside a line break belongs to the line it ends. Offsets at
    /// or past the end of the text belong to the last line; for empty text
    /// every offset is on line 1. So the result is always in
    /// `1..=max(1, line_count())`.
    pub fn line_of(&self, offset: usize) -> u32 {
        let after = self.starts.partition_point(|&start| start <= offset);
        to_u32(after.max(1))
    }

    /// 1-based line and 1-based column (counted in chars) of byte `offset`.
    ///
    /// `text` must be the text the index was built from. The offset is
    /// clamped to the text and moved back to a char boundary. A position
    /// inside the line break, or at the end of the text after a final break,
    /// reports the column just past the line's last char. Never panics, even
    /// when given some other text.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_of(offset);
        let start = floor_char_boundary(text, self.line_start(line).unwrap_or(0)).min(offset);
        // Stop at the end of the line's content, so positions inside the
        // line break count as just past the last char.
        let end = match self.line_text(text, line) {
            Some(content) => offset.min(start + content.len()),
            None => offset,
        };
        let end = floor_char_boundary(text, end.max(start));
        let col = text[start..end].chars().count();
        (line, to_u32(col).saturating_add(1))
    }

    /// Byte offset of the start of 1-based `line`, or `None` when there is no
    /// such line.
    pub fn line_start(&self, line: u32) -> Option<usize> {
        let idx = (line as usize).checked_sub(1)?;
        self.starts.get(idx).copied()
    }

    /// Byte range of 1-based `line` including its line break.
    pub fn line_range(&self, line: u32) -> Option<std::ops::Range<usize>> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(idx)?;
        let end = self.starts.get(idx + 1).copied().unwrap_or(self.len);
        Some(start..end)
    }

    /// Text of 1-based `line` without its line break. `None` when there is
    /// no such line (or `text` is not the indexed text and the range does not
    /// fit it).
    pub fn line_text<'a>(&self, text: &'a str, line: u32) -> Option<&'a str> {
        let line_text = text.get(self.line_range(line)?)?;
        let line_text = line_text
            .strip_suffix("\r\n")
            .or_else(|| line_text.strip_suffix('\n'))
            .or_else(|| line_text.strip_suffix('\r'))
            .unwrap_or(line_text);
        Some(line_text)
    }
}

/// Number of line breaks in `bytes` by the rules of this module, for callers
/// that only need a line number (`1 + count_line_breaks(prefix)`).
pub fn count_line_breaks(bytes: &[u8]) -> usize {
    memchr2_iter(b'\n', b'\r', bytes)
        .filter(|&pos| !(bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n')))
        .count()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Largest char boundary `<= offset` in `text` (offset clamped to the end).
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}
