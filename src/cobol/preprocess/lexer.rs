//! A small COBOL tokenizer over *normalized* text (the output of [`super::format`]), used to
//! find COPY / REPLACE / EXEC SQL INCLUDE statements and to match REPLACING operands.
//!
//! It knows just enough COBOL to never look inside comments (`*>` to end of line) or
//! literals (`'…'`, `"…"`, doubled quotes, `X'…'`-style prefixes; a literal left open ends at
//! the end of its line), and to tell a separator period (followed by a space, a newline or
//! the end) from a decimal point. Spaces, control characters, commas and semicolons separate
//! tokens.
//!
//! Invariants: every token boundary is an ASCII byte position or the end of the scanned range,
//! so slicing the text at token boundaries is always valid UTF-8; `next_tok` always advances
//! and never reads past the range it was given, so scanning is linear and cannot hang.

use memchr::{memchr, memchr2};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A COBOL word or number (letters, digits, `-`, `_`, non-ASCII; `1.5`).
    Word,
    /// An alphanumeric literal with its quotes (and prefix such as `X`).
    Literal,
    /// The pseudo-text delimiter `==`.
    PseudoDelim,
    /// A separator period.
    Period,
    /// Any other single character (`(`, `)`, `:`, `=`, `+`, a period not followed by space…).
    Punct,
    /// A `*>` comment (only when comments were asked for).
    Comment,
}

/// One token: its kind and byte range in the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
}

const C_WS: u8 = 1;
const C_WORD: u8 = 2;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let mut v = 0;
        if c <= b' ' || c == b',' || c == b';' || c == 0x7f {
            v |= C_WS;
        }
        if c.is_ascii_alphanumeric() || c == b'-' || c == b'_' || c >= 0x80 {
            v |= C_WORD;
        }
        t[i] = v;
        i += 1;
    }
    t
};

#[inline]
fn is_ws(c: u8) -> bool {
    CLASS[c as usize] & C_WS != 0
}

/// True for bytes that may be part of a COBOL word.
#[inline]
pub(crate) fn is_word_byte(c: u8) -> bool {
    CLASS[c as usize] & C_WORD != 0
}

/// Literal prefixes (`X'…'`, `N'…'`, `NX'…'`, …).
fn is_literal_prefix(p: &[u8]) -> bool {
    const PREFIXES: [&[u8]; 9] = [b"X", b"N", b"G", b"Z", b"B", b"U", b"NX", b"BX", b"UX"];
    PREFIXES.iter().any(|x| x.eq_ignore_ascii_case(p))
}

/// Tokenizer over `text[start..end]`. Cheap to clone (used for lookahead).
#[derive(Debug, Clone)]
pub(crate) struct Lexer<'a> {
    b: &'a [u8],
    pos: usize,
    end: usize,
    comments: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str, start: usize, end: usize) -> Self {
        let end = end.min(text.len());
        Lexer {
            b: text.as_bytes(),
            pos: start.min(end),
            end,
            comments: false,
        }
    }

    /// Also return `*>` comments as [`TokKind::Comment`] tokens.
    pub fn with_comments(mut self) -> Self {
        self.comments = true;
        self
    }

    /// Current position (the end of the last token returned).
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// End of a literal whose opening quote is at `i`.
    fn literal_end(&self, i: usize) -> usize {
        let q = self.b[i];
        let mut j = i + 1;
        loop {
            match memchr2(q, b'\n', &self.b[j..self.end]) {
                None => return self.end,
                Some(k) => {
                    let p = j + k;
                    if self.b[p] == b'\n' {
                        return p;
                    }
                    if p + 1 < self.end && self.b[p + 1] == q {
                        j = p + 2;
                        continue;
                    }
                    return p + 1;
                }
            }
        }
    }

    fn word_end(&self, i: usize) -> usize {
        let b = self.b;
        let mut j = i;
        loop {
            while j < self.end && is_word_byte(b[j]) {
                j += 1;
            }
            // Decimal point or comma inside a number: `1.5`, `ZZ9.99`, `1,5`.
            if j > i
                && j + 1 < self.end
                && (b[j] == b'.' || b[j] == b',')
                && b[j + 1].is_ascii_digit()
                && b[j - 1].is_ascii_alphanumeric()
            {
                j += 1;
                continue;
            }
            return j;
        }
    }

    /// The next token, or `None` at the end of the range.
    pub fn next_tok(&mut self) -> Option<Tok> {
        let b = self.b;
        loop {
            let mut i = self.pos;
            while i < self.end && is_ws(b[i]) {
                i += 1;
            }
            if i >= self.end {
                self.pos = self.end;
                return None;
            }
            let start = i;
            let c = b[i];
            let next = if i + 1 < self.end { b[i + 1] } else { b' ' };
            let kind;
            match c {
                b'*' if next == b'>' => {
                    let e = memchr(b'\n', &b[i..self.end]).map_or(self.end, |k| i + k);
                    self.pos = e;
                    if self.comments {
                        return Some(Tok {
                            kind: TokKind::Comment,
                            start,
                            end: e,
                        });
                    }
                    continue;
                }
                b'\'' | b'"' => {
                    i = self.literal_end(i);
                    kind = TokKind::Literal;
                }
                b'=' if next == b'=' => {
                    i += 2;
                    kind = TokKind::PseudoDelim;
                }
                b'.' => {
                    if next.is_ascii_digit() {
                        i = self.word_end(i + 1);
                        kind = TokKind::Word;
                    } else {
                        let after = if i + 2 < self.end { b[i + 2] } else { b' ' };
                        i += 1;
                        kind = if is_ws(next) || (next == b'*' && after == b'>') {
                            TokKind::Period
                        } else {
                            TokKind::Punct
                        };
                    }
                }
                _ if is_word_byte(c) => {
                    i = self.word_end(i);
                    if i < self.end
                        && (b[i] == b'\'' || b[i] == b'"')
                        && is_literal_prefix(&b[start..i])
                    {
                        i = self.literal_end(i);
                        kind = TokKind::Literal;
                    } else {
                        kind = TokKind::Word;
                    }
                }
                _ => {
                    i += 1;
                    kind = TokKind::Punct;
                }
            }
            self.pos = i;
            return Some(Tok {
                kind,
                start,
                end: i,
            });
        }
    }
}

/// Is `t` the word `kw` (ASCII case-insensitive)?
pub(crate) fn is_word(text: &str, t: Tok, kw: &str) -> bool {
    t.kind == TokKind::Word
        && t.end - t.start == kw.len()
        && text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(kw.as_bytes())
}

/// The text of a name operand: a word as written, or a literal without its quotes.
pub(crate) fn name_text(text: &str, t: Tok) -> String {
    let s = &text[t.start..t.end];
    if t.kind != TokKind::Literal {
        return s.to_string();
    }
    let Some(q) = s.find(['\'', '"']) else {
        return s.to_string();
    };
    let quote = &s[q..q + 1];
    let inner = &s[q + 1..];
    let inner = inner.strip_suffix(quote).unwrap_or(inner);
    inner.replace(&format!("{quote}{quote}"), quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(TokKind, &str)> {
        let mut lx = Lexer::new(s, 0, s.len()).with_comments();
        let mut v = Vec::new();
        while let Some(t) = lx.next_tok() {
            v.push((t.kind, &s[t.start..t.end]));
        }
        v
    }

    #[test]
    fn tokens() {
        use TokKind::*;
        assert_eq!(
            kinds("MOVE 'A''B' TO X-1. *> c\n==:P:== 1.5 X'FF',"),
            vec![
                (Word, "MOVE"),
                (Literal, "'A''B'"),
                (Word, "TO"),
                (Word, "X-1"),
                (Period, "."),
                (Comment, "*> c"),
                (PseudoDelim, "=="),
                (Punct, ":"),
                (Word, "P"),
                (Punct, ":"),
                (PseudoDelim, "=="),
                (Word, "1.5"),
                (Literal, "X'FF'"),
            ]
        );
        assert_eq!(
            kinds("'open\nNEXT"),
            vec![(Literal, "'open"), (Word, "NEXT")]
        );
        assert_eq!(kinds("A.B"), vec![(Word, "A"), (Punct, "."), (Word, "B")]);
        assert_eq!(kinds("X."), vec![(Word, "X"), (Period, ".")]);
    }

    #[test]
    fn names() {
        let s = "'CLAIM''S' CLAIMREC";
        let mut lx = Lexer::new(s, 0, s.len());
        let a = lx.next_tok().unwrap();
        let b = lx.next_tok().unwrap();
        assert_eq!(name_text(s, a), "CLAIM'S");
        assert_eq!(name_text(s, b), "CLAIMREC");
    }
}
