//! Physical lines and logical statements of a JCL stream.
//!
//! [`split_lines`] cuts the text into lines (LF or CRLF) and keeps, for each
//! line, its byte range and its *statement field*: columns 1–71. Column 72 is
//! the comment-continuation column and columns 73–80 hold sequence numbers;
//! neither is ever part of a statement. Columns are counted in characters, so
//! text decoded from EBCDIC with a few non-ASCII characters still lines up.
//!
//! [`read_statement`] assembles one logical statement from its first line and
//! its continuation lines: name, operation and the operand field as a single
//! string with the comments dropped. It knows the three continuation forms:
//! a trailing comma (continue in columns 4–16 of a `//` line), a quoted
//! string running to column 71 (resumes in column 16, or earlier where the
//! text starts), and a non-blank column 72 that continues a comment. `IF`
//! statements are special: their expression contains blanks and runs up to
//! the keyword `THEN`.

/// One physical line of the input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// The whole line without its terminator.
    pub full: &'a str,
    /// Columns 1–71.
    pub field: &'a str,
    /// Number of characters in `field` (at most 71).
    pub field_chars: usize,
    /// Column 72 holds a non-blank character.
    pub col72: bool,
    /// The line is longer than a card (80 columns): column 72 means nothing.
    pub over80: bool,
    /// Byte offset of the first character of the line.
    pub start: usize,
    /// Byte offset just past the last character (terminator excluded).
    pub end: usize,
}

/// What a line is, judged from its first columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// `//*` in columns 1–3 (also JES3 `//*MAIN` and the like).
    Comment,
    /// `/*` in columns 1–2: delimiter or JES2 control statement.
    Delimiter,
    /// `//` followed by blanks only: the null statement.
    Null,
    /// `//` followed by something: a JCL statement or continuation line.
    Statement,
    /// Nothing but blanks in columns 1–71.
    Blank,
    /// Anything else (in-stream data outside `DD *`, stray text).
    Other,
}

pub(crate) fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

impl<'a> Line<'a> {
    fn new(full: &'a str, start: usize) -> Line<'a> {
        let mut chars = 0usize;
        let mut field_end = full.len();
        let mut col72 = false;
        let mut over80 = false;
        for (b, c) in full.char_indices() {
            if chars == 71 {
                field_end = b;
                col72 = !is_blank(c);
                over80 = full[b..].chars().nth(9).is_some();
                break;
            }
            chars += 1;
        }
        Line {
            full,
            field: &full[..field_end],
            field_chars: chars,
            col72,
            over80,
            start,
            end: start + full.len(),
        }
    }

    pub fn kind(&self) -> LineKind {
        let f = self.field.as_bytes();
        if f.starts_with(b"//*") {
            LineKind::Comment
        } else if f.starts_with(b"//") {
            if self.field[2..].chars().all(char::is_whitespace) {
                LineKind::Null
            } else {
                LineKind::Statement
            }
        } else if f.starts_with(b"/*") {
            LineKind::Delimiter
        } else if self.field.chars().all(char::is_whitespace) {
            LineKind::Blank
        } else {
            LineKind::Other
        }
    }

    /// A `//` line whose column 3 is blank: the only kind of line that can
    /// continue a statement.
    pub fn is_continuation(&self) -> bool {
        self.kind() == LineKind::Statement && self.field[2..].starts_with(is_blank)
    }
}

/// Splits `text` into lines. A final line without terminator counts; the
/// empty remainder after a final newline does not.
pub(crate) fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < text.len() {
        let (line_end, next) = match text[start..].find('\n') {
            Some(p) => (start + p, start + p + 1),
            None => (text.len(), text.len()),
        };
        let mut content_end = line_end;
        if content_end > start && bytes[content_end - 1] == b'\r' {
            content_end -= 1;
        }
        lines.push(Line::new(&text[start..content_end], start));
        start = next;
    }
    lines
}

/// The statement types this parser knows (upper case).
pub(crate) const KNOWN_OPERATIONS: &[&str] = &[
    "JOB",
    "EXEC",
    "DD",
    "PROC",
    "PEND",
    "SET",
    "INCLUDE",
    "JCLLIB",
    "IF",
    "ELSE",
    "ENDIF",
    "OUTPUT",
    "CNTL",
    "ENDCNTL",
    "XMIT",
    "COMMAND",
    "EXPORT",
    "SCHEDULE",
    "NOTIFY",
    "JOBGROUP",
    "ENDGROUP",
    "GJOB",
    "JOBSET",
    "SJOB",
    "ENDSET",
    "AFTER",
    "BEFORE",
    "CONCURRENT",
];

pub(crate) fn is_known_operation(word: &str) -> bool {
    KNOWN_OPERATIONS
        .iter()
        .any(|op| op.eq_ignore_ascii_case(word))
}

/// Operations whose operand field is empty: everything after them is comment.
fn takes_no_operands(op: &str) -> bool {
    ["ELSE", "ENDIF", "PEND", "ENDCNTL"]
        .iter()
        .any(|o| o.eq_ignore_ascii_case(op))
}

/// One logical statement.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    /// Index of the first physical line.
    pub first: usize,
    /// Index of the last physical line that belongs to the statement.
    pub last: usize,
    /// Name field as written (may be `STEP.DDNAME`), empty when absent.
    pub name: String,
    /// Operation as written.
    pub op: String,
    /// Operand field, continuation lines joined, comments removed. For `IF`
    /// the relational expression (blanks collapsed), without `THEN`.
    pub operands: String,
    /// Problems found while assembling: (line index, message).
    pub problems: Vec<(usize, String)>,
}

#[derive(Default)]
struct Scanner {
    buf: String,
    in_quote: bool,
}

enum Stop {
    /// A blank outside quotes ended the operand field.
    Blank,
    /// The end of the statement field was reached.
    End,
}

impl Scanner {
    fn feed(&mut self, seg: &str) -> Stop {
        for c in seg.chars() {
            if self.in_quote {
                self.buf.push(c);
                if c == '\'' {
                    // A doubled apostrophe closes and reopens: net effect nil.
                    self.in_quote = false;
                }
                continue;
            }
            if is_blank(c) {
                return Stop::Blank;
            }
            if c == '\'' {
                self.in_quote = true;
            }
            self.buf.push(c);
        }
        Stop::End
    }
}

/// Splits `s` at its first blank: (word, rest starting at that blank).
fn word(s: &str) -> (&str, &str) {
    match s.find(is_blank) {
        Some(p) => (&s[..p], &s[p..]),
        None => (s, ""),
    }
}

fn first_word(field: &str) -> &str {
    word(field.get(2..).unwrap_or("").trim_start_matches(is_blank)).0
}

/// Byte offset where a quoted string resumes on a continuation line: the
/// first non-blank in columns 4–15, else column 16.
fn quoted_resume(field: &str) -> usize {
    for (col, (b, c)) in field.char_indices().enumerate() {
        if col < 3 {
            continue;
        }
        if col >= 15 || !is_blank(c) {
            return b;
        }
    }
    field.len()
}

/// (0-based column, byte offset) of the first non-blank at or after column 3.
fn first_text(field: &str) -> (usize, usize) {
    for (col, (b, c)) in field.char_indices().enumerate() {
        if col >= 2 && !is_blank(c) {
            return (col, b);
        }
    }
    (field.chars().count(), field.len())
}

/// Assembles the statement that starts on line `i`, which must be of kind
/// [`LineKind::Statement`].
pub(crate) fn read_statement(lines: &[Line<'_>], i: usize) -> Statement {
    let field = lines[i].field;
    let rest = &field[2..];
    let (name, after_name) = if rest.starts_with(is_blank) {
        ("", rest)
    } else {
        word(rest)
    };
    let (op, after_op) = word(after_name.trim_start_matches(is_blank));
    let operand_text = after_op.trim_start_matches(is_blank);
    let mut st = Statement {
        first: i,
        last: i,
        name: name.to_string(),
        op: op.to_string(),
        operands: String::new(),
        problems: Vec::new(),
    };
    if op.eq_ignore_ascii_case("IF") {
        read_if(lines, &mut st, operand_text);
    } else if !takes_no_operands(op) {
        read_operands(lines, &mut st, operand_text);
    }
    // A non-blank column 72 continues the comment onto the next line.
    while lines[st.last].col72 && !lines[st.last].over80 {
        let j = st.last + 1;
        if j < lines.len()
            && lines[j].is_continuation()
            && !is_known_operation(first_word(lines[j].field))
        {
            st.last = j;
        } else {
            break;
        }
    }
    if st.problems.iter().all(|(_, m)| !m.starts_with(RUNS_PAST)) {
        let long =
            (st.first..=st.last).find(|&j| lines[j].over80 && lines[j].kind() != LineKind::Comment);
        if let Some(j) = long {
            st.problems.push((
                j,
                "line is longer than 80 columns; only columns 1-71 hold the statement, the rest \
                 is ignored"
                    .to_string(),
            ));
        }
    }
    st
}

const RUNS_PAST: &str = "the operands run past column 71";

fn read_operands(lines: &[Line<'_>], st: &mut Statement, first: &str) {
    let mut scan = Scanner::default();
    let mut stop = scan.feed(first);
    let mut warned_column = false;
    loop {
        let quote_cont = scan.in_quote && matches!(stop, Stop::End);
        let comma_cont = !scan.in_quote && scan.buf.ends_with(',');
        if !quote_cont && !comma_cont {
            let line = &lines[st.last];
            // Operands filling column 71 leave no room for a comment, so a
            // mark in column 72 means the text ran past the statement field.
            if matches!(stop, Stop::End) && line.field_chars == 71 && line.col72 {
                st.problems.push((
                    st.last,
                    format!(
                        "{RUNS_PAST}; columns 72-80 are not part of the statement (continue on \
                         a new line after a comma)"
                    ),
                ));
            }
            break;
        }
        let mut j = st.last + 1;
        if comma_cont {
            // Comment statements may sit between continued lines.
            while j < lines.len() && lines[j].kind() == LineKind::Comment {
                j += 1;
            }
        }
        if j >= lines.len() || !lines[j].is_continuation() {
            if quote_cont {
                st.problems.push((
                    st.last,
                    "a quoted string is not closed (a string continued past column 71 needs a \
                     continuation line starting with '//' and a blank)"
                        .to_string(),
                ));
            } else {
                st.problems.push((
                    st.last,
                    "the operands end with a comma but the next line is not a continuation line \
                     ('//' followed by blanks, text in columns 4-16)"
                        .to_string(),
                ));
                scan.buf.pop();
            }
            break;
        }
        let cf = lines[j].field;
        if quote_cont {
            // The string ran to column 71; trailing blanks may have been
            // trimmed from the file, so restore them.
            let pad = 71usize.saturating_sub(lines[st.last].field_chars);
            scan.buf.extend(std::iter::repeat_n(' ', pad));
            stop = scan.feed(&cf[quoted_resume(cf)..]);
        } else {
            let (col, b) = first_text(cf);
            if col > 15 && !warned_column {
                st.problems.push((
                    j,
                    format!(
                        "continuation text starts in column {}; it should start between columns \
                         4 and 16",
                        col + 1
                    ),
                ));
                warned_column = true;
            }
            stop = scan.feed(&cf[b..]);
        }
        st.last = j;
    }
    st.operands = scan.buf;
}

fn read_if(lines: &[Line<'_>], st: &mut Statement, first: &str) {
    let mut expr = String::new();
    let mut found = take_if_words(first, &mut expr);
    while !found {
        let j = st.last + 1;
        if j < lines.len()
            && lines[j].is_continuation()
            && !is_known_operation(first_word(lines[j].field))
        {
            st.last = j;
            found = take_if_words(&lines[j].field[2..], &mut expr);
        } else {
            break;
        }
    }
    if !found {
        st.problems.push((
            st.first,
            "IF statement has no THEN (the condition must be followed by THEN)".to_string(),
        ));
    }
    st.operands = expr;
}

/// Appends the words of `seg` to `expr` up to `THEN`; true when `THEN` was seen.
fn take_if_words(seg: &str, expr: &mut String) -> bool {
    for w in seg.split_whitespace() {
        if w.eq_ignore_ascii_case("THEN") {
            return true;
        }
        if !expr.is_empty() {
            expr.push(' ');
        }
        expr.push_str(w);
    }
    false
}
