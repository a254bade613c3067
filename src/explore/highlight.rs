//! Syntax highlighting for the code view, in byte offsets of a file's original decoded text.
//!
//! COBOL runs through our preprocessor (the file alone, no copybooks), our tree-sitter grammar
//! and `grammars/cobol/queries/highlights.scm`; captures are mapped back through the source
//! map, keeping only bytes copied verbatim from the file, and comment lines are recognised by
//! their indicator column. Java uses tree-sitter-java's highlight query. JCL and SQL DDL get a
//! small lexical highlighter. Whatever the text, the result is sorted, non-overlapping and on
//! char boundaries; highlighting never panics.

use std::sync::OnceLock;

use tree_sitter::{Language, Query, QueryCursor, StreamingIterator, Tree};

use crate::cobol::grammar;
use crate::cobol::preprocess::{
    self, Copybook, CopybookLibrary, PreprocessOptions, SegmentKind, SourceFormat, detect_format,
};
use crate::model::{FileId, FileKind, Model};

/// What a highlighted piece of code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HighlightClass {
    Keyword,
    Comment,
    String,
    Number,
    /// Paragraph, section, program, method and procedure names; JCL statement names.
    Function,
    Variable,
    /// Types, COBOL PIC strings and USAGE.
    Type,
    Constant,
    Operator,
    /// The body of an `EXEC … END-EXEC` block.
    Embedded,
    /// Java annotations.
    Attribute,
}

impl HighlightClass {
    const ALL: [HighlightClass; 11] = [
        HighlightClass::Keyword,
        HighlightClass::Comment,
        HighlightClass::String,
        HighlightClass::Number,
        HighlightClass::Function,
        HighlightClass::Variable,
        HighlightClass::Type,
        HighlightClass::Constant,
        HighlightClass::Operator,
        HighlightClass::Embedded,
        HighlightClass::Attribute,
    ];

    /// Non-zero code of the class in a paint buffer (0 is "plain").
    fn code(self) -> u8 {
        Self::ALL.iter().position(|&c| c == self).unwrap_or(0) as u8 + 1
    }

    fn from_code(code: u8) -> Option<HighlightClass> {
        Self::ALL.get((code as usize).checked_sub(1)?).copied()
    }

    /// The class of a tree-sitter capture name (`function.method` → Function).
    pub fn from_capture_name(name: &str) -> Option<HighlightClass> {
        let class = match name {
            "string.special" => HighlightClass::Type,
            "variable.builtin" => HighlightClass::Keyword,
            "embedded" => HighlightClass::Embedded,
            _ => match name.split('.').next().unwrap_or(name) {
                "keyword" => HighlightClass::Keyword,
                "comment" => HighlightClass::Comment,
                "string" => HighlightClass::String,
                "number" => HighlightClass::Number,
                "function" | "constructor" => HighlightClass::Function,
                "variable" | "property" => HighlightClass::Variable,
                "type" => HighlightClass::Type,
                "constant" => HighlightClass::Constant,
                "operator" => HighlightClass::Operator,
                "attribute" => HighlightClass::Attribute,
                _ => return None,
            },
        };
        Some(class)
    }
}

/// One highlighted range of the original text (byte offsets, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HighlightSpan {
    pub start: u32,
    pub end: u32,
    pub class: HighlightClass,
}

/// The highlighting of one file of the model (empty for unreadable files).
pub fn highlight(model: &Model, file: FileId) -> Vec<HighlightSpan> {
    let Some(source) = model.files.get(file.index()) else {
        return Vec::new();
    };
    match &source.text {
        Some(text) => highlight_text(source.kind, text),
        None => Vec::new(),
    }
}

/// The highlighting of `text` as a file of `kind`.
pub fn highlight_text(kind: FileKind, text: &str) -> Vec<HighlightSpan> {
    let mut paint = Paint::new(text.len());
    match kind {
        FileKind::CobolProgram | FileKind::CobolCopybook => paint_cobol(&mut paint, text),
        FileKind::Java => paint_java(&mut paint, text),
        FileKind::Jcl => paint_jcl(&mut paint, text),
        FileKind::SqlDdl => paint_sql(&mut paint, text),
        FileKind::BmsMap => paint_bms(&mut paint, text),
        FileKind::CicsCsd | FileKind::Other => {}
    }
    paint.spans(text)
}

/// The reference format of a COBOL file of the model; `None` for other kinds of file.
pub fn cobol_format(model: &Model, file: FileId) -> Option<SourceFormat> {
    let source = model.files.get(file.index())?;
    if !matches!(
        source.kind,
        FileKind::CobolProgram | FileKind::CobolCopybook
    ) {
        return None;
    }
    Some(detect_format(source.text.as_deref()?))
}

/// Whether the file is fixed-format COBOL, whose columns 1–6 (sequence) and 73–80
/// (identification) are not code.
pub fn fixed_format(model: &Model, file: FileId) -> bool {
    cobol_format(model, file) == Some(SourceFormat::Fixed)
}

/// One class code per byte; later paints win.
struct Paint {
    codes: Vec<u8>,
}

impl Paint {
    fn new(len: usize) -> Paint {
        Paint {
            codes: vec![0; len],
        }
    }

    fn fill(&mut self, start: usize, end: usize, class: HighlightClass) {
        let end = end.min(self.codes.len());
        if start < end {
            self.codes[start..end].fill(class.code());
        }
    }

    /// Runs of equal classes, cut at char boundaries (a char takes its first byte's class).
    fn spans(&self, text: &str) -> Vec<HighlightSpan> {
        let mut spans = Vec::new();
        let mut current: Option<(usize, u8)> = None;
        let flush = |spans: &mut Vec<HighlightSpan>, run: Option<(usize, u8)>, end: usize| {
            if let Some((start, code)) = run
                && let Some(class) = HighlightClass::from_code(code)
                && start < end
            {
                spans.push(HighlightSpan {
                    start: start as u32,
                    end: end as u32,
                    class,
                });
            }
        };
        for (i, _) in text.char_indices() {
            let code = self.codes.get(i).copied().unwrap_or(0);
            if current.is_none_or(|(_, c)| c != code) {
                flush(&mut spans, current, i);
                current = Some((i, code));
            }
        }
        flush(&mut spans, current, text.len());
        spans
    }
}

/// A capture of a query run: byte range, pattern index (later patterns win on equal ranges).
struct Capture {
    start: usize,
    end: usize,
    pattern: usize,
    class: HighlightClass,
}

/// A compiled highlight query with the class of each of its capture names.
struct Highlighter {
    query: Query,
    classes: Vec<Option<HighlightClass>>,
}

impl Highlighter {
    fn new(language: &Language, source: &str) -> Option<Highlighter> {
        let query = Query::new(language, source).ok()?;
        let classes = query
            .capture_names()
            .iter()
            .map(|name| HighlightClass::from_capture_name(name))
            .collect();
        Some(Highlighter { query, classes })
    }

    /// The captures of the query over `tree`, outer before inner, earlier pattern first.
    fn captures(&self, tree: &Tree, text: &str) -> Vec<Capture> {
        let mut cursor = QueryCursor::new();
        let mut out = Vec::new();
        let mut matches = cursor.matches(&self.query, tree.root_node(), text.as_bytes());
        while let Some(m) = matches.next() {
            for capture in m.captures() {
                let Some(Some(class)) = self.classes.get(capture.index as usize) else {
                    continue;
                };
                let node = capture.node;
                out.push(Capture {
                    start: node.start_byte(),
                    end: node.end_byte(),
                    pattern: m.pattern_index,
                    class: *class,
                });
            }
        }
        out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.pattern));
        out
    }
}

fn cobol_highlighter() -> Option<&'static Highlighter> {
    static CELL: OnceLock<Option<Highlighter>> = OnceLock::new();
    CELL.get_or_init(|| Highlighter::new(&grammar::language(), grammar::HIGHLIGHTS_QUERY))
        .as_ref()
}

fn java_language() -> Language {
    tree_sitter_java::LANGUAGE.into()
}

fn java_highlighter() -> Option<&'static Highlighter> {
    static CELL: OnceLock<Option<Highlighter>> = OnceLock::new();
    CELL.get_or_init(|| Highlighter::new(&java_language(), tree_sitter_java::HIGHLIGHTS_QUERY))
        .as_ref()
}

/// A copybook library that finds nothing: the file is highlighted on its own.
struct NoCopybooks;

impl CopybookLibrary for NoCopybooks {
    fn find(&self, _name: &str, _library: Option<&str>, _including_file: u32) -> Option<Copybook> {
        None
    }
}

fn paint_cobol(paint: &mut Paint, text: &str) {
    const KEY: u32 = 0;
    // Comment lines are coloured from the original text below; leaving their text out of
    // the parse makes it faster (as indexing does).
    let options = PreprocessOptions {
        drop_comment_lines: true,
        ..PreprocessOptions::default()
    };
    let expanded = preprocess::preprocess(KEY, text, &options, &NoCopybooks);
    if let (Some(highlighter), Some(tree)) = (cobol_highlighter(), grammar::parse(&expanded.text)) {
        // Paint in expanded coordinates, then copy the verbatim bytes back to the original.
        let mut in_expanded = Paint::new(expanded.text.len());
        for c in highlighter.captures(&tree, &expanded.text) {
            in_expanded.fill(c.start, c.end, c.class);
        }
        let segments = expanded.map.segments();
        for (i, segment) in segments.iter().enumerate() {
            if segment.file() != KEY || segment.kind() != SegmentKind::Verbatim {
                continue;
            }
            let start = segment.expanded_start();
            let end = segments
                .get(i + 1)
                .map_or(expanded.text.len(), |s| s.expanded_start());
            let orig = segment.orig_start();
            let len = (end - start)
                .min(paint.codes.len().saturating_sub(orig))
                .min(in_expanded.codes.len().saturating_sub(start));
            paint.codes[orig..orig + len].copy_from_slice(&in_expanded.codes[start..start + len]);
        }
    }
    paint_cobol_lines(paint, text, expanded.format);
}

/// Tab stops every 8 columns, as the preprocessor expands them by default.
const TAB_WIDTH: usize = 8;

/// Byte offsets of the lines of `text` without their breaks (CR LF, LF, lone CR).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        pos = end;
        if pos < bytes.len() {
            pos += if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        Some((start, end))
    })
}

/// Byte offset in `line` of the char at 0-based display `column` (tabs expanded), if any.
fn byte_at_column(line: &str, column: usize) -> Option<usize> {
    let mut col = 0;
    for (i, ch) in line.char_indices() {
        if col == column {
            return Some(i);
        }
        if col > column {
            return None;
        }
        col = if ch == '\t' {
            (col / TAB_WIDTH + 1) * TAB_WIDTH
        } else {
            col + 1
        };
    }
    None
}

/// Line-based COBOL facts the tree cannot give: comment lines (indicator `*` or `/`), `*>`
/// comment lines, and COPY statements (blanked by the preprocessor when not expanded).
fn paint_cobol_lines(paint: &mut Paint, text: &str, format: SourceFormat) {
    for (start, end) in lines(text) {
        let line = &text[start..end];
        if format != SourceFormat::Free
            && let Some(i) = byte_at_column(line, 6)
            && matches!(line.as_bytes()[i], b'*' | b'/')
        {
            paint.fill(start + i, end, HighlightClass::Comment);
            continue;
        }
        let code_start = if format == SourceFormat::Free {
            0
        } else {
            byte_at_column(line, 7).unwrap_or(line.len())
        };
        let code = &line[code_start..];
        let trimmed = code.trim_start();
        if trimmed.starts_with("*>") {
            let at = start + code_start + (code.len() - trimmed.len());
            paint.fill(at, end, HighlightClass::Comment);
            continue;
        }
        paint_copy_statement(paint, code, start + code_start);
    }
}

/// `COPY name` on a line: the keyword and the member name.
fn paint_copy_statement(paint: &mut Paint, code: &str, base: usize) {
    let words = cobol_words(code);
    for pair in words.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if code[a.0..a.1].eq_ignore_ascii_case("COPY") {
            paint.fill(base + a.0, base + a.1, HighlightClass::Keyword);
            paint.fill(base + b.0, base + b.1, HighlightClass::Function);
        }
    }
}

/// Byte ranges of the COBOL words of a line, stopping at a `*>` comment or a quote.
fn cobol_words(code: &str) -> Vec<(usize, usize)> {
    let bytes = code.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'*' && bytes.get(i + 1) == Some(&b'>') || b == b'\'' || b == b'"' {
            break;
        }
        if b.is_ascii_alphanumeric() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-') {
                i += 1;
            }
            words.push((start, i));
        } else {
            i += 1;
        }
    }
    words
}

fn paint_java(paint: &mut Paint, text: &str) {
    let Some(highlighter) = java_highlighter() else {
        return;
    };
    let Some(tree) = crate::parsing::parse_with("java", java_language, text) else {
        return;
    };
    for c in highlighter.captures(&tree, text) {
        paint.fill(c.start, c.end, c.class);
    }
}

/// JCL operations (the word after the statement name).
const JCL_OPERATIONS: &[&str] = &[
    "JOB", "EXEC", "DD", "PROC", "PEND", "SET", "IF", "THEN", "ELSE", "ENDIF", "INCLUDE", "JCLLIB",
    "OUTPUT", "CNTL", "ENDCNTL", "XMIT", "COMMAND", "EXPORT", "SCHEDULE",
];

/// BMS macro sources, from the BMS front end's tokens.
fn paint_bms(paint: &mut Paint, text: &str) {
    use crate::bms::tokens::{BmsToken, tokens};
    for (start, end, token) in tokens(text) {
        let class = match token {
            BmsToken::Comment => HighlightClass::Comment,
            BmsToken::Label => HighlightClass::Function,
            BmsToken::Macro | BmsToken::Operation => HighlightClass::Keyword,
            BmsToken::Keyword => HighlightClass::Variable,
            BmsToken::String => HighlightClass::String,
            BmsToken::Number => HighlightClass::Number,
            BmsToken::Value => HighlightClass::Constant,
            BmsToken::Continuation => HighlightClass::Operator,
        };
        paint.fill(start, end, class);
    }
}

fn is_jcl_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'#' | b'@' | b'$' | b'.' | b'-' | b'&' | b'_')
}

fn paint_jcl(paint: &mut Paint, text: &str) {
    for (start, end) in lines(text) {
        let line = &text.as_bytes()[start..end];
        if line.starts_with(b"//*") {
            paint.fill(start, end, HighlightClass::Comment);
            continue;
        }
        if line.starts_with(b"/*") {
            paint.fill(start, end, HighlightClass::Operator);
            continue;
        }
        if !line.starts_with(b"//") {
            continue; // in-stream data
        }
        paint.fill(start, start + 2, HighlightClass::Operator);
        let mut i = 2;
        let name_start = i;
        while i < line.len() && is_jcl_name_byte(line[i]) {
            i += 1;
        }
        if i > name_start {
            paint.fill(start + name_start, start + i, HighlightClass::Function);
        }
        while i < line.len() && line[i] == b' ' {
            i += 1;
        }
        let op_start = i;
        while i < line.len() && is_jcl_name_byte(line[i]) {
            i += 1;
        }
        let word = &line[op_start..i];
        let is_operation = JCL_OPERATIONS
            .iter()
            .any(|op| op.as_bytes().eq_ignore_ascii_case(word));
        if is_operation {
            paint.fill(start + op_start, start + i, HighlightClass::Keyword);
        } else {
            i = op_start; // a continuation: operands right away
        }
        while i < line.len() && line[i] == b' ' {
            i += 1;
        }
        paint_jcl_operands(paint, line, i, start);
    }
}

/// Operands `KEY=value,…`: keywords, strings, numbers, symbols; after the first blank outside
/// quotes the rest of the line is a comment.
fn paint_jcl_operands(paint: &mut Paint, line: &[u8], mut i: usize, base: usize) {
    while i < line.len() {
        let b = line[i];
        if b == b' ' {
            paint.fill(base + i, base + line.len(), HighlightClass::Comment);
            return;
        }
        if b == b'\'' {
            let start = i;
            i += 1;
            while i < line.len() {
                if line[i] == b'\'' {
                    if line.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            paint.fill(base + start, base + i, HighlightClass::String);
            continue;
        }
        if b == b'&' {
            let start = i;
            i += 1;
            while i < line.len() && (line[i].is_ascii_alphanumeric() || line[i] == b'&') {
                i += 1;
            }
            paint.fill(base + start, base + i, HighlightClass::Constant);
            continue;
        }
        if is_jcl_name_byte(b) {
            let start = i;
            while i < line.len() && is_jcl_name_byte(line[i]) {
                i += 1;
            }
            let class = if line.get(i) == Some(&b'=') {
                Some(HighlightClass::Variable)
            } else if line[start..i].iter().all(u8::is_ascii_digit) {
                Some(HighlightClass::Number)
            } else {
                None
            };
            if let Some(class) = class {
                paint.fill(base + start, base + i, class);
            }
            continue;
        }
        i += 1;
    }
}

/// SQL keywords highlighted in DDL files.
const SQL_KEYWORDS: &[&str] = &[
    "ADD",
    "ALL",
    "ALTER",
    "AND",
    "AS",
    "ASC",
    "BY",
    "CASCADE",
    "CHECK",
    "COLUMN",
    "COMMENT",
    "CONSTRAINT",
    "CREATE",
    "DATABASE",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DISTINCT",
    "DROP",
    "EXISTS",
    "FOR",
    "FOREIGN",
    "FROM",
    "GRANT",
    "GROUP",
    "IN",
    "INDEX",
    "INSERT",
    "INTO",
    "IS",
    "JOIN",
    "KEY",
    "LIKE",
    "NOT",
    "NULL",
    "ON",
    "OR",
    "ORDER",
    "PRIMARY",
    "REFERENCES",
    "RESTRICT",
    "SCHEMA",
    "SELECT",
    "SET",
    "TABLE",
    "TABLESPACE",
    "UNIQUE",
    "UPDATE",
    "USING",
    "VALUES",
    "VIEW",
    "WHERE",
    "WITH",
    "IF",
    "REPLACE",
    "TRIGGER",
    "PROCEDURE",
    "SEQUENCE",
    "ALIAS",
    "SYNONYM",
    "LABEL",
    "STOGROUP",
    "BUFFERPOOL",
    "CCSID",
    "EBCDIC",
    "ASCII",
    "UNICODE",
];

/// SQL column types.
const SQL_TYPES: &[&str] = &[
    "CHAR",
    "CHARACTER",
    "VARCHAR",
    "VARCHAR2",
    "DECIMAL",
    "DEC",
    "NUMERIC",
    "NUMBER",
    "INTEGER",
    "INT",
    "SMALLINT",
    "BIGINT",
    "DATE",
    "TIME",
    "TIMESTAMP",
    "FLOAT",
    "REAL",
    "DOUBLE",
    "PRECISION",
    "BLOB",
    "CLOB",
    "BOOLEAN",
    "TEXT",
    "GRAPHIC",
    "VARGRAPHIC",
    "BINARY",
];

fn paint_sql(paint: &mut Paint, text: &str) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'-' && bytes.get(i + 1) == Some(&b'-') {
            let end = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map_or(bytes.len(), |e| i + e);
            paint.fill(i, end, HighlightClass::Comment);
            i = end;
        } else if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
            let end =
                memchr::memmem::find(&bytes[i + 2..], b"*/").map_or(bytes.len(), |e| i + e + 4);
            paint.fill(i, end, HighlightClass::Comment);
            i = end;
        } else if b == b'\'' || b == b'"' {
            let start = i;
            i += 1;
            while i < bytes.len() {
                if bytes[i] == b {
                    if bytes.get(i + 1) == Some(&b) {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            let class = if b == b'\'' {
                HighlightClass::String
            } else {
                HighlightClass::Variable
            };
            paint.fill(start, i, class);
        } else if b.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            paint.fill(start, i, HighlightClass::Number);
        } else if b.is_ascii_alphabetic() || b == b'_' {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric()
                    || matches!(bytes[i], b'_' | b'$' | b'#' | b'@'))
            {
                i += 1;
            }
            let word = &text[start..i];
            if SQL_KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word)) {
                paint.fill(start, i, HighlightClass::Keyword);
            } else if SQL_TYPES.iter().any(|k| k.eq_ignore_ascii_case(word)) {
                paint.fill(start, i, HighlightClass::Type);
            }
        } else if matches!(b, b'=' | b'<' | b'>' | b'+' | b'*' | b'/' | b'-' | b'|') {
            paint.fill(i, i + 1, HighlightClass::Operator);
            i += 1;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAYCALC: &str = include_str!("../../sample_repos/benefits/cobol/cbl/PAYCALC.cbl");
    const ELIGCHK: &str = include_str!("../../sample_repos/benefits/cobol/cbl/ELIGCHK.cbl");
    const AMOUNT_CALCULATOR: &str = include_str!(
        "../../sample_repos/benefits/java/src/com/acme/benefits/rules/AmountCalculator.java"
    );
    const BENPAYJ: &str = include_str!("../../sample_repos/benefits/cobol/jcl/BENPAYJ.jcl");
    const SCHEMA: &str = include_str!("../../sample_repos/benefits/sql/benefits_schema.sql");

    /// The class covering byte `offset`, if any.
    fn class_at(spans: &[HighlightSpan], offset: usize) -> Option<HighlightClass> {
        let offset = offset as u32;
        spans
            .iter()
            .find(|s| s.start <= offset && offset < s.end)
            .map(|s| s.class)
    }

    /// Offset of the `nth` (0-based) occurrence of `needle` in `text`.
    fn find_nth(text: &str, needle: &str, nth: usize) -> usize {
        text.match_indices(needle)
            .nth(nth)
            .unwrap_or_else(|| panic!("{needle:?} #{nth} not in text"))
            .0
    }

    /// The class of every byte of the first occurrence of `needle` after `after`.
    fn class_of(text: &str, spans: &[HighlightSpan], after: &str, needle: &str) -> HighlightClass {
        let base = find_nth(text, after, 0);
        let at = base + text[base..].find(needle).expect("needle after anchor");
        let class = class_at(spans, at).unwrap_or_else(|| panic!("{needle:?} not highlighted"));
        for i in at..at + needle.len() {
            assert_eq!(
                class_at(spans, i),
                Some(class),
                "{needle:?} split at byte {i}"
            );
        }
        class
    }

    fn assert_well_formed(text: &str, spans: &[HighlightSpan]) {
        let mut last_end = 0;
        for s in spans {
            assert!(s.start < s.end, "empty span {s:?}");
            assert!(s.start >= last_end, "overlap or unsorted at {s:?}");
            assert!((s.end as usize) <= text.len());
            assert!(text.is_char_boundary(s.start as usize));
            assert!(text.is_char_boundary(s.end as usize));
            last_end = s.end;
        }
    }

    #[test]
    fn cobol_keywords_names_literals_and_comments() {
        let spans = highlight_text(FileKind::CobolProgram, PAYCALC);
        assert_well_formed(PAYCALC, &spans);
        use HighlightClass::*;
        // A full comment line from the indicator on; the sequence number is not code.
        let header = find_nth(PAYCALC, "*  PROGRAM     PAYCALC", 0);
        assert_eq!(class_at(&spans, header), Some(Comment));
        assert_eq!(class_at(&spans, header + 20), Some(Comment));
        assert_eq!(class_at(&spans, header - 3), None, "sequence area");
        assert_eq!(
            class_of(PAYCALC, &spans, "004000", "IDENTIFICATION"),
            Keyword
        );
        assert_eq!(class_of(PAYCALC, &spans, "004000", "DIVISION"), Keyword);
        assert_eq!(class_of(PAYCALC, &spans, "004100", "PAYCALC"), Function);
        assert_eq!(class_of(PAYCALC, &spans, "005000", "01"), Number);
        assert_eq!(class_of(PAYCALC, &spans, "005000", "WS-PGM-NAME"), Variable);
        assert_eq!(class_of(PAYCALC, &spans, "005000", "'PAYRND'"), String);
        assert_eq!(class_of(PAYCALC, &spans, "005000", "VALUE"), Keyword);
        assert_eq!(class_of(PAYCALC, &spans, "005700", "COMP-3"), Type);
        assert_eq!(class_of(PAYCALC, &spans, "009700", "PERFORM"), Keyword);
        assert_eq!(
            class_of(PAYCALC, &spans, "009700", "1000-INITIALISE"),
            Function
        );
        assert_eq!(
            class_of(PAYCALC, &spans, "011700", "1000-INITIALISE"),
            Function
        );
        assert_eq!(class_of(PAYCALC, &spans, "013000", "'SP_BASIC'"), String);
        // COPY statements are blanked by the preprocessor without copybooks: still coloured.
        assert_eq!(class_of(PAYCALC, &spans, "005100", "COPY"), Keyword);
        assert_eq!(class_of(PAYCALC, &spans, "005100", "BENCONST"), Function);
        // The identification area is never coloured as code.
        let ident = find_nth(PAYCALC, "004000", 0) + 72;
        assert_eq!(&PAYCALC[ident..ident + 7], "PAYCALC");
        assert_eq!(class_at(&spans, ident), None);
    }

    #[test]
    fn cobol_eligchk_performs_and_copies() {
        let spans = highlight_text(FileKind::CobolProgram, ELIGCHK);
        assert_well_formed(ELIGCHK, &spans);
        use HighlightClass::*;
        assert_eq!(
            class_of(ELIGCHK, &spans, "008900", "2000-DERIVE-FACTS"),
            Function
        );
        assert_eq!(class_of(ELIGCHK, &spans, "008900", "THRU"), Keyword);
        assert_eq!(class_of(ELIGCHK, &spans, "008900", "2000-EXIT"), Function);
        assert_eq!(class_of(ELIGCHK, &spans, "004600", "BENCONST"), Function);
    }

    #[test]
    fn cobol_crlf_tabs_and_free_format() {
        let crlf = PAYCALC.replace('\n', "\r\n");
        let spans = highlight_text(FileKind::CobolProgram, &crlf);
        assert_well_formed(&crlf, &spans);
        assert_eq!(
            class_of(&crlf, &spans, "009700", "1000-INITIALISE"),
            HighlightClass::Function
        );
        assert_eq!(
            class_of(&crlf, &spans, "012200", "-----"),
            HighlightClass::Comment
        );

        let tabbed = "\t*> a comment line\n\tMOVE 'X' TO Y.\n";
        let spans = highlight_text(FileKind::CobolProgram, tabbed);
        assert_well_formed(tabbed, &spans);
        assert_eq!(class_at(&spans, 1), Some(HighlightClass::Comment));

        let free = "IDENTIFICATION DIVISION.\nPROGRAM-ID. FREEPROG.\n*> note\nPROCEDURE DIVISION.\n    DISPLAY \"HI\" *> inline\n    STOP RUN.\n";
        let spans = highlight_text(FileKind::CobolProgram, free);
        assert_well_formed(free, &spans);
        assert_eq!(
            class_of(free, &spans, "", "FREEPROG"),
            HighlightClass::Function
        );
        assert_eq!(
            class_of(free, &spans, "", "*> note"),
            HighlightClass::Comment
        );
        assert_eq!(class_of(free, &spans, "", "\"HI\""), HighlightClass::String);
        assert_eq!(
            class_of(free, &spans, "", "*> inline"),
            HighlightClass::Comment
        );
    }

    #[test]
    fn java_with_tree_sitter_java_query() {
        let spans = highlight_text(FileKind::Java, AMOUNT_CALCULATOR);
        assert_well_formed(AMOUNT_CALCULATOR, &spans);
        use HighlightClass::*;
        assert_eq!(class_of(AMOUNT_CALCULATOR, &spans, "", "package"), Keyword);
        assert_eq!(class_of(AMOUNT_CALCULATOR, &spans, "", "/**"), Comment);
        assert_eq!(
            class_of(AMOUNT_CALCULATOR, &spans, "public class", "public"),
            Keyword
        );
        assert_eq!(
            class_of(
                AMOUNT_CALCULATOR,
                &spans,
                "public class ",
                "AmountCalculator"
            ),
            Type
        );
        assert_eq!(
            class_of(AMOUNT_CALCULATOR, &spans, "", "\"No rate held for \""),
            String
        );
        assert_eq!(
            class_of(AMOUNT_CALCULATOR, &spans, "addLine(\"Personal", "addLine"),
            Function
        );
    }

    #[test]
    fn jcl_lexical() {
        let spans = highlight_text(FileKind::Jcl, BENPAYJ);
        assert_well_formed(BENPAYJ, &spans);
        use HighlightClass::*;
        assert_eq!(class_of(BENPAYJ, &spans, "", "BENPAYJ"), Function);
        assert_eq!(class_of(BENPAYJ, &spans, "//BENPAYJ", "JOB"), Keyword);
        assert_eq!(class_of(BENPAYJ, &spans, "", "'BPS PAYMENT CALC'"), String);
        assert_eq!(class_of(BENPAYJ, &spans, "", "CLASS"), Variable);
        assert_eq!(
            class_of(BENPAYJ, &spans, "", "//* BENPAYJ  - NIGHTLY"),
            Comment
        );
        assert_eq!(class_of(BENPAYJ, &spans, "//STEP010", "EXEC"), Keyword);
        assert_eq!(class_of(BENPAYJ, &spans, "//STEP010", "&RUNDATE"), Constant);
        assert_eq!(
            class_of(BENPAYJ, &spans, "SET RUNDATE", "<== CONTROL-M"),
            Comment
        );
        // In-stream data stays plain.
        let data = find_nth(BENPAYJ, "DSN SYSTEM(DB2P)", 0);
        assert_eq!(class_at(&spans, data), None);
    }

    #[test]
    fn bms_lexical() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sample_repos/benefits/cobol/bms/BENMS01.bms"
        ))
        .unwrap();
        let spans = highlight_text(FileKind::BmsMap, &text);
        assert_well_formed(&text, &spans);
        use HighlightClass::*;
        assert_eq!(class_of(&text, &spans, "", "* BENMS01  MAPSET"), Comment);
        assert_eq!(class_of(&text, &spans, "TERM=3270-2", "PAY1MAP"), Function);
        assert_eq!(class_of(&text, &spans, "PAY1MAP  ", "DFHMDI"), Keyword);
        assert_eq!(class_of(&text, &spans, "NINO     DFHMDF ", "POS"), Variable);
        assert_eq!(
            class_of(&text, &spans, "NINO     DFHMDF ", "UNPROT"),
            Constant
        );
        assert_eq!(
            class_of(&text, &spans, "", "'BENEFITS PAYMENT ENQUIRY'"),
            String
        );
        assert_eq!(class_of(&text, &spans, "", "PRINT"), Keyword);
    }

    #[test]
    fn sql_lexical() {
        let spans = highlight_text(FileKind::SqlDdl, SCHEMA);
        assert_well_formed(SCHEMA, &spans);
        use HighlightClass::*;
        assert_eq!(class_of(SCHEMA, &spans, "", "-- BENEFITS CASE"), Comment);
        assert_eq!(
            class_of(SCHEMA, &spans, "CREATE TABLE ADDRESS", "CREATE"),
            Keyword
        );
        assert_eq!(
            class_of(SCHEMA, &spans, "CREATE TABLE ADDRESS", "TABLE"),
            Keyword
        );
        assert_eq!(class_at(&spans, find_nth(SCHEMA, "ADDRESS (", 0)), None);
        let sql = "CREATE TABLE T1 (A CHAR(3) DEFAULT 'x''y', B DECIMAL(9,2)); /* end */";
        let spans = highlight_text(FileKind::SqlDdl, sql);
        assert_eq!(class_of(sql, &spans, "", "CHAR"), Type);
        assert_eq!(class_of(sql, &spans, "", "'x''y'"), String);
        assert_eq!(class_of(sql, &spans, "", "9"), Number);
        assert_eq!(class_of(sql, &spans, "", "/* end */"), Comment);
    }

    #[test]
    fn any_text_gives_well_formed_spans() {
        let mut rng = crate::test_rng::Rng(0x5eed);
        let pieces = [
            "",
            "\r",
            "\n",
            "\r\n",
            "\t",
            "*",
            "*>",
            "'",
            "\"",
            "//",
            "//*",
            " COPY ",
            "PERFORM",
            "EXEC SQL",
            "END-EXEC",
            ".",
            "é",
            "€",
            "\u{0}",
            "\u{fffd}",
            "000100",
            "--",
            "/*",
            "      *",
            "A-B-",
            "-",
            "==",
            "  01  X PIC 9.",
        ];
        for round in 0..300 {
            let mut text = String::new();
            for _ in 0..rng.below(60) {
                text.push_str(pieces[rng.below(pieces.len())]);
                if rng.below(3) == 0 {
                    text.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('x'));
                }
            }
            for kind in FileKind::ALL {
                let spans = highlight_text(*kind, &text);
                assert_well_formed(&text, &spans);
            }
            if round % 50 == 0 {
                // Chunks of a real program, cut anywhere.
                let cut = rng.below(PAYCALC.len());
                let mut end = (cut + rng.below(4000)).min(PAYCALC.len());
                while !PAYCALC.is_char_boundary(end) {
                    end -= 1;
                }
                let chunk = &PAYCALC[cut.min(end)..end];
                assert_well_formed(chunk, &highlight_text(FileKind::CobolProgram, chunk));
            }
        }
    }

    #[test]
    fn ten_thousand_lines_quickly() {
        let mut text = String::new();
        while text.lines().count() < 10_000 {
            text.push_str(PAYCALC);
        }
        // Compile the query and warm the parser first: that happens once per run.
        highlight_text(FileKind::CobolProgram, &PAYCALC[..2000]);
        let started = std::time::Instant::now();
        let spans = highlight_text(FileKind::CobolProgram, &text);
        let elapsed = started.elapsed();
        eprintln!("highlighted {} lines in {elapsed:?}", text.lines().count());
        assert_well_formed(&text, &spans);
        // Generous for debug builds; release runs well under 100 ms.
        assert!(elapsed.as_secs_f64() < 5.0, "took {elapsed:?}");
    }
}
