//! Reference-format handling: turns one file's text (fixed, free or variable format) into
//! *normalized* text — the code area only, comments and compiler directives rendered as `*>`
//! comments, continuation lines joined — plus the `-INC` / `++INCLUDE` lines found on the way.
//! Also format detection ([`detect_format`]).
//!
//! Invariants:
//! - Line N of the file is line N of the normalized text: every original line (LF, CR LF or
//!   lone CR terminated) becomes exactly one `\n`-terminated line; a continuation line's text
//!   moves to the line it continues and the continuation line itself stays as an empty line.
//! - Every normalized byte is mapped ([`MappedText`]); bytes copied from the file are
//!   `Verbatim` (equal to the original byte), tab expansion, `*>` markers, literal padding and
//!   the `\n` of a lone CR are `Synthetic`.
//! - Never panics on any input; linear in the size of the text (plus, for a continued line,
//!   the length of the line it continues).

use memchr::{memchr, memchr2};

use super::lexer::is_word_byte;
use super::source_map::{MappedText, SegmentKind};
use super::{
    FileKey, IncludeKind, PreprocessOptions, PreprocessProblem, ProblemSeverity, SourceFormat,
};

/// Column (0-based) where the fixed-format code area starts (column 8).
const AREA_A: usize = 7;
/// First column of Area B (column 12), 0-based.
const AREA_B: usize = 11;
/// Column (0-based) of the indicator (column 7).
const INDICATOR: usize = 6;
/// Columns of the fixed-format code area (8–72).
const FIXED_CODE_COLS: usize = 65;
/// Right margin of the fixed format (column 72 is the last code column).
const FIXED_MARGIN: usize = 72;

/// A `-INC` / `++INCLUDE` line: `start..end` is the directive's text in the normalized text.
#[derive(Debug, Clone)]
pub(crate) struct LineInclude {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub kind: IncludeKind,
    pub line: u32,
}

/// One file after format handling.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    pub text: MappedText,
    pub includes: Vec<LineInclude>,
    /// Original byte offset of the start of every line (line 1 at index 0).
    pub line_starts: Vec<usize>,
    pub problems: Vec<PreprocessProblem>,
    /// The format the file starts in.
    pub format: SourceFormat,
}

impl Normalized {
    /// 1-based line of an original byte offset.
    pub fn line_of_orig(&self, offset: usize) -> u32 {
        line_of(&self.line_starts, offset)
    }

    /// 1-based original line of a byte of the normalized text.
    pub fn line_of_normalized(&self, pos: usize) -> u32 {
        match self.text.origin_at(pos) {
            Some((_, o, _)) => self.line_of_orig(o),
            None => self.line_starts.len().max(1) as u32,
        }
    }
}

/// 1-based line containing `offset`, given the line start offsets.
pub(crate) fn line_of(line_starts: &[usize], offset: usize) -> u32 {
    line_starts.partition_point(|&s| s <= offset).max(1) as u32
}

/// Detects the reference format of a COBOL source (see the module docs of `preprocess`).
pub fn detect_format(text: &str) -> SourceFormat {
    detect_with_tab(text, 8)
}

/// Characters accepted in the sequence area when voting for fixed format.
fn seq_ok(c: u8) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            b' ' | b'.' | b'#' | b'@' | b'$' | b'*' | b'-' | b'/' | b'_' | b'+' | b'&'
        )
}

const FREE_STARTERS: &[&str] = &[
    "IDENTIFICATION",
    "ID",
    "ENVIRONMENT",
    "DATA",
    "PROCEDURE",
    "PROGRAM-ID",
    "AUTHOR",
    "CONFIGURATION",
    "INPUT-OUTPUT",
    "FILE-CONTROL",
    "FILE",
    "WORKING-STORAGE",
    "LOCAL-STORAGE",
    "LINKAGE",
    "FD",
    "SD",
    "SELECT",
    "COPY",
    "MOVE",
    "PERFORM",
    "IF",
    "ELSE",
    "END-IF",
    "EVALUATE",
    "WHEN",
    "DISPLAY",
    "CALL",
    "COMPUTE",
    "STOP",
    "GOBACK",
    "EXIT",
    "EXEC",
    "END-EXEC",
    "END-PERFORM",
    "INITIALIZE",
    "READ",
    "WRITE",
    "REWRITE",
    "DELETE",
    "START",
    "OPEN",
    "CLOSE",
    "ACCEPT",
    "ADD",
    "SUBTRACT",
    "MULTIPLY",
    "DIVIDE",
    "STRING",
    "UNSTRING",
    "INSPECT",
    "SEARCH",
    "SET",
    "GO",
    "CONTINUE",
    "END-EVALUATE",
    "END-READ",
];

/// Code that can only start in columns 1–7 in free format.
fn strong_free(first_col: usize, rest: &[u8]) -> bool {
    if first_col > INDICATOR {
        return false;
    }
    if first_col < INDICATOR && rest.starts_with(b"*>") {
        return true;
    }
    // Level number followed by a name: `01 WS-A`, `5 X`.
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits)
        && rest.get(digits) == Some(&b' ')
        && rest
            .get(digits + 1)
            .is_some_and(|c| c.is_ascii_alphabetic())
    {
        return true;
    }
    FREE_STARTERS
        .iter()
        .any(|k| starts_with_kw(rest, k.as_bytes()))
}

/// Format detection with an explicit tab width.
pub(crate) fn detect_with_tab(text: &str, tab: usize) -> SourceFormat {
    let tab = tab.max(1);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let (mut fixed, mut free, mut long) = (0usize, 0usize, 0usize);
    let mut seen_code = false;
    let mut buf: Vec<u8> = Vec::with_capacity(256);
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut lines = 0;
    while pos < bytes.len() && lines < 5000 {
        lines += 1;
        let le = memchr2(b'\n', b'\r', &bytes[pos..]).map_or(bytes.len(), |k| pos + k);
        let line = &text[pos..le];
        pos = le + 1;
        // Column view of the first 256 columns: tabs expanded, non-ASCII as one column.
        buf.clear();
        for ch in line.chars() {
            if buf.len() >= 256 {
                break;
            }
            if ch == '\t' {
                let w = tab - buf.len() % tab;
                buf.extend(std::iter::repeat_n(b' ', w));
            } else {
                buf.push(if ch.is_ascii() { ch as u8 } else { b'x' });
            }
        }
        let Some(f) = buf.iter().position(|&c| c != b' ') else {
            continue;
        };
        let rest = &buf[f..];
        let fixed_looking = buf.len() > INDICATOR
            && buf[..INDICATOR].iter().all(|&c| seq_ok(c))
            && b" *-/dD$".contains(&buf[INDICATOR]);
        let code_area: &[u8] = if fixed_looking {
            let a = &buf[AREA_A.min(buf.len())..];
            let k = a.iter().position(|&c| c != b' ').unwrap_or(a.len());
            &a[k..]
        } else {
            &[]
        };
        let directive = [rest, code_area]
            .into_iter()
            .find(|r| r.starts_with(b">>") || (r.first() == Some(&b'$') && r.len() > 1));
        if let Some(d) = directive {
            if let Some(fm) = parse_source_format(d) {
                if !seen_code {
                    return fm;
                }
                break;
            }
            continue;
        }
        let comment = rest.starts_with(b"*>")
            || (f < INDICATOR && (rest[0] == b'*' || rest[0] == b'/'))
            || (fixed_looking && matches!(buf[INDICATOR], b'*' | b'/'));
        if !comment {
            seen_code = true;
        }
        if strong_free(f, rest) {
            free += 1;
        } else if fixed_looking {
            fixed += 1;
            if matches!(buf[INDICATOR], b' ' | b'-' | b'd' | b'D')
                && buf.len() > 80
                && buf[80..].iter().any(|&c| c != b' ')
            {
                long += 1;
            }
        } else if buf.len() > INDICATOR {
            free += 1;
        }
    }
    if free > fixed {
        SourceFormat::Free
    } else if long > 0 {
        SourceFormat::Variable
    } else {
        SourceFormat::Fixed
    }
}

/// `>>SOURCE [FORMAT] [IS] FREE|FIXED|VARIABLE` or `$SET SOURCEFORMAT"FREE"` → the format.
pub(crate) fn parse_source_format(s: &[u8]) -> Option<SourceFormat> {
    let up: Vec<u8> = s.iter().take(400).map(|c| c.to_ascii_uppercase()).collect();
    let after = if up.starts_with(b">>") {
        let r = &up[2..];
        let k = r.iter().position(|&c| c != b' ').unwrap_or(r.len());
        if !starts_with_kw(&r[k..], b"SOURCE") {
            return None;
        }
        2 + k + 6
    } else {
        let k = up.windows(12).position(|w| w == b"SOURCEFORMAT")?;
        k + 12
    };
    for word in up[after..].split(|c| !c.is_ascii_alphabetic()) {
        match word {
            b"" | b"FORMAT" | b"IS" => continue,
            b"FREE" => return Some(SourceFormat::Free),
            b"FIXED" => return Some(SourceFormat::Fixed),
            b"VARIABLE" => return Some(SourceFormat::Variable),
            _ => return None,
        }
    }
    None
}

/// `s` starts with keyword `kw` (case-insensitive) not followed by a word character.
pub(crate) fn starts_with_kw(s: &[u8], kw: &[u8]) -> bool {
    s.len() >= kw.len()
        && s[..kw.len()].eq_ignore_ascii_case(kw)
        && s.get(kw.len()).is_none_or(|&c| !is_word_byte(c))
}

/// Nothing but spaces and an optional period after a keyword (`EJECT.`).
fn blank_or_period(s: &[u8]) -> bool {
    s.iter().all(|&c| c == b' ' || c == b'\t' || c == b'.')
}

/// Name after `-INC` / `++INCLUDE`.
fn include_name(s: &[u8]) -> Option<String> {
    let k = s.iter().position(|&c| c != b' ' && c != b'\t')?;
    let s = &s[k..];
    let e = s
        .iter()
        .position(|&c| c == b' ' || c == b'\t' || c == b'.')
        .unwrap_or(s.len());
    let name = String::from_utf8_lossy(&s[..e]);
    let name = name.trim_matches(|c| c == '\'' || c == '"');
    (!name.is_empty()).then(|| name.to_string())
}

/// What a line starting (at its first non-blank) with some text is.
#[derive(Debug)]
enum Class {
    /// Ordinary code or comment handling.
    None,
    /// A compiler directive, possibly switching the format.
    Directive(Option<SourceFormat>),
    /// `-INC` / `++INCLUDE`.
    Include(IncludeKind, String),
    /// `>>D` floating debugging indicator.
    DebugFloat,
}

/// A line seen as columns (tabs expanded to tab stops counted from column 1).
struct ColLine<'a> {
    s: &'a str,
    base: usize,
    tab: usize,
    simple: bool,
}

impl<'a> ColLine<'a> {
    fn new(s: &'a str, base: usize, tab: usize) -> Self {
        let simple = s.is_ascii() && memchr(b'\t', s.as_bytes()).is_none();
        ColLine {
            s,
            base,
            tab,
            simple,
        }
    }

    fn width(&self, col: usize, ch: char) -> usize {
        if ch == '\t' {
            self.tab - col % self.tab
        } else {
            1
        }
    }

    /// The column just after the last non-blank character before `limit` (at least `from`):
    /// code lines are emitted without their trailing blanks, which the parser would only skip.
    fn code_end(&self, from: usize, limit: usize) -> usize {
        if self.simple {
            let b = self.s.as_bytes();
            let end = limit.min(b.len());
            if from >= end {
                return from;
            }
            let trimmed = b[from..end]
                .iter()
                .rposition(|&c| c != b' ')
                .map_or(from, |k| from + k + 1);
            return trimmed;
        }
        let mut c = 0;
        let mut last = from;
        for ch in self.s.chars() {
            if c >= limit {
                break;
            }
            let w = self.width(c, ch);
            if c >= from && ch != ' ' && ch != '\t' {
                last = (c + w).min(limit);
            }
            c += w;
        }
        last
    }

    /// Number of columns, capped at `limit`.
    fn ncols_upto(&self, limit: usize) -> usize {
        if self.simple {
            return self.s.len().min(limit);
        }
        let mut col = 0;
        for ch in self.s.chars() {
            if col >= limit {
                break;
            }
            col += self.width(col, ch);
        }
        col.min(limit)
    }

    /// Byte offset (in the line) of the character covering `col`.
    fn byte_of(&self, col: usize) -> Option<usize> {
        if self.simple {
            return (col < self.s.len()).then_some(col);
        }
        let mut c = 0;
        for (i, ch) in self.s.char_indices() {
            let w = self.width(c, ch);
            if col < c + w {
                return Some(i);
            }
            c += w;
        }
        None
    }

    /// First byte of the character at `col` (a space for a tab).
    fn byte_at(&self, col: usize) -> Option<u8> {
        let i = self.byte_of(col)?;
        let c = self.s.as_bytes()[i];
        Some(if c == b'\t' { b' ' } else { c })
    }

    /// First non-blank column in `from..to` and its byte offset in the line.
    fn first_nonblank(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        if self.simple {
            let b = self.s.as_bytes();
            let end = to.min(b.len());
            if from >= end {
                return None;
            }
            return b[from..end]
                .iter()
                .position(|&c| c != b' ')
                .map(|k| (from + k, from + k));
        }
        let mut c = 0;
        for (i, ch) in self.s.char_indices() {
            if c >= to {
                break;
            }
            if c >= from && ch != ' ' && ch != '\t' {
                return Some((c, i));
            }
            c += self.width(c, ch);
        }
        None
    }

    /// Emits columns `from..to` (tabs as spaces mapped onto the tab).
    fn emit(&self, out: &mut MappedText, file: FileKey, from: usize, to: usize) {
        if from >= to {
            return;
        }
        if self.simple {
            let n = self.s.len();
            let (a, e) = (from.min(n), to.min(n));
            if a < e {
                out.push_verbatim(file, self.base + a, &self.s[a..e]);
            }
            return;
        }
        let mut c = 0;
        let mut run: Option<(usize, usize)> = None;
        let flush = |out: &mut MappedText, run: &mut Option<(usize, usize)>| {
            if let Some((a, e)) = run.take() {
                out.push_verbatim(file, self.base + a, &self.s[a..e]);
            }
        };
        for (i, ch) in self.s.char_indices() {
            if c >= to {
                break;
            }
            let w = self.width(c, ch);
            if ch == '\t' {
                let lo = c.max(from);
                let hi = (c + w).min(to);
                if hi > lo {
                    flush(out, &mut run);
                    out.push_spaces(hi - lo, file, self.base + i, 1);
                }
            } else if c >= from {
                let e = i + ch.len_utf8();
                match run {
                    Some((a, re)) if re == i => run = Some((a, e)),
                    _ => {
                        flush(out, &mut run);
                        run = Some((i, e));
                    }
                }
            }
            c += w;
        }
        flush(out, &mut run);
    }
}

/// The last code line, kept open for continuation lines.
#[derive(Debug, Clone, Copy)]
struct LastCode {
    /// Normalized range of the (joined) line's content.
    start: usize,
    end: usize,
    /// Code-area columns of the last physical line (for padding a continued literal).
    cols: usize,
    /// Original offset of the end of that physical line.
    line_end: usize,
}

struct State<'a> {
    file: FileKey,
    text: &'a str,
    tab: usize,
    debug_as_code: bool,
    drop_comments: bool,
    format: SourceFormat,
    out: MappedText,
    includes: Vec<LineInclude>,
    line_starts: Vec<usize>,
    problems: Vec<PreprocessProblem>,
    last: Option<LastCode>,
    seen_code: bool,
    warned_indicator: bool,
    line_no: u32,
    /// Inside a PROCEDURE DIVISION (where an Area A word ending in a period is a paragraph).
    in_procedure: bool,
}

/// Normalizes one file (see the module docs).
pub(crate) fn normalize(file: FileKey, text: &str, options: &PreprocessOptions) -> Normalized {
    let tab = options.tab_width.unwrap_or(8).max(1) as usize;
    let format = options.format.unwrap_or_else(|| detect_with_tab(text, tab));
    let mut st = State {
        file,
        text,
        tab,
        debug_as_code: options.debugging_lines_as_code,
        drop_comments: options.drop_comment_lines,
        format,
        out: MappedText::with_capacity(text.len() + text.len() / 8 + 16),
        includes: Vec::new(),
        line_starts: Vec::with_capacity(text.len() / 40 + 1),
        problems: Vec::new(),
        in_procedure: false,
        last: None,
        seen_code: false,
        warned_indicator: false,
        line_no: 0,
    };
    st.run();
    Normalized {
        text: st.out,
        includes: st.includes,
        line_starts: st.line_starts,
        problems: st.problems,
        format,
    }
}

impl State<'_> {
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut pos = 0;
        while pos < n {
            let cs = if pos == 0 && self.text.starts_with('\u{FEFF}') {
                3
            } else {
                pos
            };
            let (le, next, nl_orig, nl_verbatim) = match memchr2(b'\n', b'\r', &bytes[cs..]) {
                Some(k) => {
                    let le = cs + k;
                    if bytes[le] == b'\n' {
                        (le, le + 1, le, true)
                    } else if le + 1 < n && bytes[le + 1] == b'\n' {
                        (le, le + 2, le + 1, true)
                    } else {
                        (le, le + 1, le, false)
                    }
                }
                None => (n, n, n, false),
            };
            self.line_starts.push(pos);
            self.line_no += 1;
            let line = &self.text[cs..le];
            match self.format {
                SourceFormat::Free => self.free_line(cs, line),
                SourceFormat::Fixed => self.fixed_line(cs, line, FIXED_MARGIN),
                SourceFormat::Variable => self.fixed_line(cs, line, usize::MAX),
            }
            if nl_verbatim {
                self.out.push_verbatim(self.file, nl_orig, "\n");
            } else {
                let olen = usize::from(le < n);
                self.out
                    .push_synth(SegmentKind::Synthetic, self.file, nl_orig, olen, "\n");
            }
            pos = next;
        }
    }

    /// Notes PROCEDURE DIVISION headers (and the IDENTIFICATION DIVISION of a next program).
    fn track_division(&mut self, code: &str) {
        let code = code.trim_start().as_bytes();
        let starts = |prefix: &[u8]| {
            code.len() >= prefix.len() && code[..prefix.len()].eq_ignore_ascii_case(prefix)
        };
        match code.first() {
            Some(b'P' | b'p') if starts(b"PROCEDURE DIVISION") => self.in_procedure = true,
            Some(b'I' | b'i') if starts(b"IDENTIFICATION DIVISION") || starts(b"ID DIVISION") => {
                self.in_procedure = false
            }
            _ => {}
        }
    }

    /// A paragraph or section header in Area A after a sentence without its period: compilers
    /// assume the period (with a warning); so do we, or the header would read as an operand.
    fn assume_missing_period(&mut self, code: &str) {
        let header = code.trim();
        let Some(body) = header.strip_suffix('.') else {
            return;
        };
        let words: Vec<&str> = body.split_whitespace().collect();
        let is_header = match words.as_slice() {
            [name] => is_procedure_name(name),
            [name, section] | [name, section, _] => {
                section.eq_ignore_ascii_case("SECTION") && is_procedure_name(name)
            }
            _ => false,
        };
        if !is_header {
            return;
        }
        let Some(last) = &self.last else {
            return;
        };
        let previous = &self.out.text[last.start..last.end];
        let trimmed = previous.trim_end();
        if trimmed.is_empty() || trimmed.ends_with('.') || trimmed.trim_start().starts_with("*>") {
            return;
        }
        let at = last.start + trimmed.len();
        let line_end = last.line_end;
        let tail = self.out.split_off(at);
        self.out
            .push_synth(SegmentKind::Synthetic, self.file, line_end, 0, ".");
        self.out.append(tail);
        self.last = None;
        self.problem(
            ProblemSeverity::Warning,
            format!(
                "period missing before {}; one is assumed, as compilers do",
                words[0]
            ),
        );
    }

    fn problem(&mut self, severity: ProblemSeverity, message: String) {
        self.problems.push(PreprocessProblem {
            file: self.file,
            line: self.line_no,
            message,
            severity,
        });
    }

    fn classify(&self, s: &[u8]) -> Class {
        let Some(&c0) = s.first() else {
            return Class::None;
        };
        match c0 {
            b'>' if s.starts_with(b">>") => {
                if starts_with_kw(&s[2..], b"D") {
                    Class::DebugFloat
                } else {
                    Class::Directive(parse_source_format(s))
                }
            }
            b'-' if starts_with_kw(s, b"-INC") => match include_name(&s[4..]) {
                Some(n) => Class::Include(IncludeKind::PanvaletInc, n),
                None => Class::Directive(None),
            },
            b'+' if starts_with_kw(s, b"++INCLUDE") => match include_name(&s[9..]) {
                Some(n) => Class::Include(IncludeKind::PlusInclude, n),
                None => Class::Directive(None),
            },
            b'$' if s.get(1).is_some_and(|c| c.is_ascii_alphabetic()) => {
                Class::Directive(parse_source_format(s))
            }
            b'*' if starts_with_kw(s, b"*CBL") || starts_with_kw(s, b"*CONTROL") => {
                Class::Directive(None)
            }
            b'C' | b'c' if !self.seen_code && starts_with_kw(s, b"CBL") => Class::Directive(None),
            b'P' | b'p' if !self.seen_code && starts_with_kw(s, b"PROCESS") => {
                Class::Directive(None)
            }
            b'E' | b'e' if starts_with_kw(s, b"EJECT") && blank_or_period(&s[5..]) => {
                Class::Directive(None)
            }
            b'S' | b's'
                if (starts_with_kw(s, b"SKIP1")
                    || starts_with_kw(s, b"SKIP2")
                    || starts_with_kw(s, b"SKIP3"))
                    && blank_or_period(&s[5..]) =>
            {
                Class::Directive(None)
            }
            b'T' | b't' if starts_with_kw(s, b"TITLE") => {
                let r = &s[5..];
                let k = r.iter().position(|&c| c != b' ' && c != b'\t');
                if k.is_some_and(|k| k > 0 && (r[k] == b'\'' || r[k] == b'"')) {
                    Class::Directive(None)
                } else {
                    Class::None
                }
            }
            _ => Class::None,
        }
    }

    fn switch_format(&mut self, f: Option<SourceFormat>) {
        self.last = None;
        if let Some(f) = f {
            self.format = f;
        }
    }

    fn record_include(&mut self, start: usize, kind: IncludeKind, name: String) {
        self.last = None;
        self.includes.push(LineInclude {
            start,
            end: self.out.len(),
            name,
            kind,
            line: self.line_no,
        });
    }

    fn free_line(&mut self, base: usize, line: &str) {
        let b = line.as_bytes();
        let file = self.file;
        let Some(&c0) = b.first() else { return };
        if (c0 == b'*' && b.get(1) != Some(&b'>')) || c0 == b'/' {
            self.out
                .push_synth(SegmentKind::Synthetic, file, base, 1, "*>");
            self.out.push_verbatim(file, base + 1, &line[1..]);
            return;
        }
        let Some(f) = b.iter().position(|&c| c != b' ' && c != b'\t') else {
            self.out.push_verbatim(file, base, line);
            return;
        };
        let rest = &b[f..];
        if rest.starts_with(b"*>") {
            self.out.push_verbatim(file, base, line);
            return;
        }
        match self.classify(rest) {
            Class::None => {
                self.out.push_verbatim(file, base, line);
                self.seen_code = true;
            }
            Class::Directive(fm) => {
                self.out.push_verbatim(file, base, &line[..f]);
                self.out
                    .push_synth(SegmentKind::Synthetic, file, base + f, 0, "*>");
                self.out.push_verbatim(file, base + f, &line[f..]);
                self.switch_format(fm);
            }
            Class::Include(kind, name) => {
                self.out.push_verbatim(file, base, &line[..f]);
                let start = self.out.len();
                self.out.push_verbatim(file, base + f, &line[f..]);
                self.record_include(start, kind, name);
            }
            Class::DebugFloat => {
                self.out.push_verbatim(file, base, &line[..f]);
                if self.debug_as_code {
                    self.out.push_spaces(3, file, base + f, 3);
                    self.out.push_verbatim(file, base + f + 3, &line[f + 3..]);
                    self.seen_code = true;
                } else {
                    self.out
                        .push_synth(SegmentKind::Synthetic, file, base + f, 0, "*>");
                    self.out.push_verbatim(file, base + f, &line[f..]);
                }
            }
        }
    }

    /// Fixed (`margin` 72) or variable (no margin) format line.
    fn fixed_line(&mut self, base: usize, line: &str, margin: usize) {
        let cl = ColLine::new(line, base, self.tab);
        let file = self.file;
        // Directives and includes written in columns 1–8.
        if let Some((c, b)) = cl.first_nonblank(0, AREA_A + 1) {
            let end = cl.byte_of(margin).unwrap_or(line.len()).max(b);
            match self.classify(&line.as_bytes()[b..end]) {
                Class::None | Class::DebugFloat => {}
                Class::Directive(fm) => {
                    self.out
                        .push_synth(SegmentKind::Synthetic, file, base + b, 0, "*>");
                    cl.emit(&mut self.out, file, c, margin);
                    self.switch_format(fm);
                    return;
                }
                Class::Include(kind, name) => {
                    let start = self.out.len();
                    cl.emit(&mut self.out, file, c, margin);
                    self.record_include(start, kind, name);
                    return;
                }
            }
        }
        let Some(indicator) = cl.byte_at(INDICATOR) else {
            return; // sequence area only
        };
        match indicator {
            b' ' => self.code_area(&cl, margin),
            b'*' | b'/' => self.comment(&cl, margin),
            b'D' | b'd' => {
                if self.debug_as_code {
                    self.code_area(&cl, margin)
                } else {
                    self.comment(&cl, margin)
                }
            }
            b'-' => self.continuation(&cl, margin),
            b'$' => {
                let b = cl.byte_of(INDICATOR).unwrap_or(0);
                self.out
                    .push_synth(SegmentKind::Synthetic, file, base + b, 0, "*>");
                cl.emit(&mut self.out, file, INDICATOR, margin);
                let fm = parse_source_format(&line.as_bytes()[b..]);
                self.switch_format(fm);
            }
            other => {
                if !self.warned_indicator {
                    self.warned_indicator = true;
                    let shown = if other.is_ascii_graphic() {
                        format!("'{}'", other as char)
                    } else {
                        format!("byte 0x{other:02X}")
                    };
                    self.problem(
                        ProblemSeverity::Warning,
                        format!(
                            "invalid indicator {shown} in column 7; line treated as code \
                             (reported once per file)"
                        ),
                    );
                }
                self.code_area(&cl, margin)
            }
        }
    }

    fn comment(&mut self, cl: &ColLine, margin: usize) {
        if self.drop_comments {
            return;
        }
        let b = cl.byte_of(INDICATOR).unwrap_or(0);
        self.out
            .push_synth(SegmentKind::Synthetic, self.file, cl.base + b, 1, "*>");
        cl.emit(
            &mut self.out,
            self.file,
            AREA_A,
            cl.code_end(AREA_A, margin),
        );
    }

    fn code_area(&mut self, cl: &ColLine, margin: usize) {
        let file = self.file;
        let Some((c, b)) = cl.first_nonblank(AREA_A, margin) else {
            cl.emit(&mut self.out, file, AREA_A, margin);
            return;
        };
        // Columns 73+ (identification area) never take part in recognising a directive.
        let end = cl.byte_of(margin).unwrap_or(cl.s.len()).max(b);
        match self.classify(&cl.s.as_bytes()[b..end]) {
            Class::None => {
                let end_col = cl.code_end(AREA_A, margin);
                let code = &cl.s[b..cl.byte_of(end_col).unwrap_or(cl.s.len()).max(b)];
                self.track_division(code);
                if c < AREA_B && self.in_procedure {
                    self.assume_missing_period(code);
                }
                let start = self.out.len();
                // Without trailing blanks; a literal continued on the next line gets them back
                // as padding (the literal runs to column 72).
                cl.emit(&mut self.out, file, AREA_A, end_col);
                self.last = Some(LastCode {
                    start,
                    end: self.out.len(),
                    cols: end_col.saturating_sub(AREA_A),
                    line_end: cl.base + cl.s.len(),
                });
                self.seen_code = true;
            }
            Class::Directive(fm) => {
                cl.emit(&mut self.out, file, AREA_A, c);
                self.out
                    .push_synth(SegmentKind::Synthetic, file, cl.base + b, 0, "*>");
                cl.emit(&mut self.out, file, c, margin);
                self.switch_format(fm);
            }
            Class::Include(kind, name) => {
                cl.emit(&mut self.out, file, AREA_A, c);
                let start = self.out.len();
                cl.emit(&mut self.out, file, c, margin);
                self.record_include(start, kind, name);
            }
            Class::DebugFloat => {
                cl.emit(&mut self.out, file, AREA_A, c);
                if self.debug_as_code {
                    let start = self.out.len();
                    self.out.push_spaces(3, file, cl.base + b, 3);
                    cl.emit(&mut self.out, file, c + 3, margin);
                    self.last = Some(LastCode {
                        start,
                        end: self.out.len(),
                        cols: cl.ncols_upto(margin).saturating_sub(AREA_A),
                        line_end: cl.base + cl.s.len(),
                    });
                    self.seen_code = true;
                } else {
                    self.out
                        .push_synth(SegmentKind::Synthetic, file, cl.base + b, 0, "*>");
                    cl.emit(&mut self.out, file, c, margin);
                }
            }
        }
    }

    /// A `-` line: joins its text to the last code line (see the module docs of `preprocess`).
    fn continuation(&mut self, cl: &ColLine, margin: usize) {
        let file = self.file;
        let Some(last) = self.last.take() else {
            self.problem(
                ProblemSeverity::Warning,
                "continuation line without a line to continue; treated as code".into(),
            );
            self.code_area(cl, margin);
            return;
        };
        let tail = self.out.split_off(last.end);
        let open = open_quote(&self.out.text.as_bytes()[last.start..last.end]);
        let first = cl.first_nonblank(AREA_A, margin);
        if open.is_some() {
            // The literal runs to column 72, including the spaces a short line leaves out.
            if margin == FIXED_MARGIN && last.cols < FIXED_CODE_COLS {
                self.out
                    .push_spaces(FIXED_CODE_COLS - last.cols, file, last.line_end, 0);
            }
            match first {
                Some((c, b)) if matches!(cl.s.as_bytes()[b], b'\'' | b'"') => {
                    let end_col = cl.code_end(c + 1, margin);
                    cl.emit(&mut self.out, file, c + 1, end_col);
                }
                Some((c, _)) => {
                    self.problem(
                        ProblemSeverity::Warning,
                        "continuation of a literal does not start with a quote".into(),
                    );
                    cl.emit(&mut self.out, file, c, margin);
                }
                None => {}
            }
        } else {
            let prev = &self.out.text[last.start..last.end];
            let keep = prev.trim_end_matches([' ', '\t']).len();
            self.out.truncate(last.start + keep);
            if let Some((c, _)) = first {
                cl.emit(&mut self.out, file, c, margin);
            }
        }
        let end = self.out.len();
        self.out.append(tail);
        // Emitted columns of this physical line (trailing blanks left out above).
        let cols = match first {
            Some((c, b)) if open.is_some() && matches!(cl.s.as_bytes()[b], b'\'' | b'"') => {
                cl.code_end(c + 1, margin)
            }
            _ => cl.ncols_upto(margin),
        };
        self.last = Some(LastCode {
            start: last.start,
            end,
            cols: cols.saturating_sub(AREA_A),
            line_end: cl.base + cl.s.len(),
        });
        self.seen_code = true;
    }
}

/// A COBOL word usable as a paragraph or section name (letters, digits, hyphens; not a
/// statement verb that stands alone, such as `EXIT.` or `GOBACK.`).
fn is_procedure_name(word: &str) -> bool {
    let upper = word.to_ascii_uppercase();
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !matches!(
            upper.as_str(),
            "EXIT"
                | "GOBACK"
                | "CONTINUE"
                | "STOP"
                | "END-IF"
                | "END-PERFORM"
                | "END-EVALUATE"
                | "END-READ"
                | "END-EXEC"
                | "ELSE"
                | "DECLARATIVES"
                | "EJECT"
                | "SKIP1"
                | "SKIP2"
                | "SKIP3"
        )
        && !upper.starts_with("END-")
}

/// The quote of a literal still open at the end of `s` (outside `*>` comments), if any.
fn open_quote(s: &[u8]) -> Option<u8> {
    let mut q: Option<u8> = None;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match q {
            None => {
                if c == b'\'' || c == b'"' {
                    q = Some(c);
                } else if c == b'*' && s.get(i + 1) == Some(&b'>') {
                    return None;
                }
            }
            Some(qc) => {
                if c == qc {
                    if s.get(i + 1) == Some(&qc) {
                        i += 1;
                    } else {
                        q = None;
                    }
                }
            }
        }
        i += 1;
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_format_directives() {
        assert_eq!(
            parse_source_format(b">>SOURCE FORMAT IS FREE"),
            Some(SourceFormat::Free)
        );
        assert_eq!(
            parse_source_format(b">>source fixed"),
            Some(SourceFormat::Fixed)
        );
        assert_eq!(
            parse_source_format(b"$SET SOURCEFORMAT\"VARIABLE\""),
            Some(SourceFormat::Variable)
        );
        assert_eq!(parse_source_format(b">>IF X DEFINED"), None);
        assert_eq!(parse_source_format(b"$SET ANS85"), None);
    }

    #[test]
    fn open_quotes() {
        assert_eq!(open_quote(b"VALUE 'ABC"), Some(b'\''));
        assert_eq!(open_quote(b"VALUE 'AB''C'"), None);
        assert_eq!(open_quote(b"VALUE \"AB'C"), Some(b'"'));
        assert_eq!(open_quote(b"X *> 'comment"), None);
    }
}
