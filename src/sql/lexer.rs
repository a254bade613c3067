//! Hand-written SQL tokenizer for the SQL analyzer.
//!
//! Turns SQL text into byte-offset tokens (words, quoted identifiers, string
//! literals, numbers, host variables, punctuation). It never fails: an
//! unterminated string, quoted identifier or block comment simply runs to the
//! end of the input, and any byte it does not know becomes punctuation.
//! Comments and whitespace are skipped. Token boundaries always fall on ASCII
//! bytes or the end of the text, so slicing the source with them never splits a
//! UTF-8 character.
//!
//! In *splitting* mode (used by `split_statements`) the lexer also reports the
//! statement terminator (`;` by default) as its own token and honours DB2 CLP
//! `--#SET TERMINATOR x` comment directives.
//!
//! [`Toks`] wraps a token vector with the small look-ahead helpers that the
//! statement scanner and the DDL parser share.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Identifier or keyword, including the Java placeholder `__EXPR__`.
    Word,
    /// `"quoted"` or `` `quoted` `` identifier (token spans the quotes).
    Quoted,
    /// String literal, including prefixed forms such as `X'00'`.
    Str,
    /// Numeric literal.
    Num,
    /// `:NAME` host variable (token spans the colon).
    HostVar,
    /// Any other single ASCII character.
    Punct(u8),
    /// `::` (PostgreSQL cast), never a host variable.
    DoubleColon,
    /// Statement terminator; only produced in splitting mode.
    Terminator,
}

/// One token: kind plus byte range in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
}

/// Placeholder that the Java extractor puts where a runtime value was concatenated.
pub(crate) const EXPR: &str = "__EXPR__";

fn is_word_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, b'_' | b'$' | b'#' | b'@') || b >= 0x80
}

fn is_word_byte(b: u8) -> bool {
    is_word_start(b) || b.is_ascii_digit()
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

/// Streaming tokenizer.
pub(crate) struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    terminator: Option<Vec<u8>>,
}

impl<'a> Lexer<'a> {
    /// Plain lexer: `;` is ordinary punctuation.
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            terminator: None,
        }
    }

    /// Lexer that reports statement terminators (`;` until a
    /// `--#SET TERMINATOR` directive changes it).
    pub fn splitting(src: &'a str) -> Self {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            terminator: Some(b";".to_vec()),
        }
    }

    /// True when the current terminator is the default `;`.
    pub fn terminator_is_semicolon(&self) -> bool {
        self.terminator.as_deref() == Some(b";".as_slice())
    }

    fn at_terminator(&self, pos: usize) -> bool {
        let Some(t) = self.terminator.as_deref() else {
            return false;
        };
        let (Some(&first), Some(&last)) = (t.first(), t.last()) else {
            return false;
        };
        if !self.bytes[pos.min(self.bytes.len())..].starts_with(t) {
            return false;
        }
        // A terminator made of letters/digits must stand alone as a word.
        let alnum = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        if alnum(last)
            && self
                .bytes
                .get(pos + t.len())
                .is_some_and(|&b| is_word_byte(b))
        {
            return false;
        }
        if alnum(first) && pos > 0 && is_word_byte(self.bytes[pos - 1]) {
            return false;
        }
        true
    }

    /// Length of the Unicode whitespace character starting at `pos` (NBSP,
    /// EM SPACE, ...), or 0. ASCII whitespace is handled separately.
    fn unicode_space_len(&self, pos: usize) -> usize {
        match self.src.get(pos..).and_then(|s| s.chars().next()) {
            Some(c) if !c.is_ascii() && c.is_whitespace() => c.len_utf8(),
            _ => 0,
        }
    }

    /// Whether the byte at `pos` continues a word / name / number.
    fn word_continues(&self, pos: usize) -> bool {
        let Some(&b) = self.bytes.get(pos) else {
            return false;
        };
        if !is_word_byte(b) {
            return false;
        }
        if b >= 0x80 && self.unicode_space_len(pos) > 0 {
            return false;
        }
        // Terminators such as `@` or `#` are word bytes: they must still end a word.
        match self.terminator.as_deref().and_then(|t| t.first()) {
            Some(&f) if !(f.is_ascii_alphanumeric() || f == b'_') => !self.at_terminator(pos),
            _ => true,
        }
    }

    fn apply_directive(&mut self, line: &[u8]) {
        let s = trim_start(line);
        if !starts_with_ci(s, b"#SET") {
            return;
        }
        let s = trim_start(&s[4..]);
        if !starts_with_ci(s, b"TERMINATOR") {
            return;
        }
        let s = trim_start(&s[10..]);
        let end = s
            .iter()
            .position(|b| b.is_ascii_whitespace())
            .unwrap_or(s.len());
        let t = &s[..end];
        self.terminator = Some(if t.is_empty() {
            b";".to_vec()
        } else {
            t.to_vec()
        });
    }

    fn skip_trivia(&mut self) {
        let b = self.bytes;
        let n = b.len();
        loop {
            while self.pos < n {
                if b[self.pos].is_ascii_whitespace() {
                    self.pos += 1;
                } else if b[self.pos] >= 0x80 {
                    match self.unicode_space_len(self.pos) {
                        0 => break,
                        len => self.pos += len,
                    }
                } else {
                    break;
                }
            }
            if self.pos + 1 < n && b[self.pos] == b'-' && b[self.pos + 1] == b'-' {
                let eol = b[self.pos..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(n, |p| self.pos + p);
                if self.terminator.is_some() {
                    self.apply_directive(&b[self.pos + 2..eol]);
                }
                self.pos = eol;
                continue;
            }
            if self.pos + 1 < n && b[self.pos] == b'/' && b[self.pos + 1] == b'*' {
                let body = self.pos + 2;
                self.pos = b[body..]
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(n, |p| body + p + 2);
                continue;
            }
            break;
        }
    }

    /// End of a quoted run starting at `open` (the quote byte); doubled quotes
    /// are escapes. Unterminated runs end at the end of the input.
    fn scan_quoted(&self, open: usize, q: u8) -> usize {
        let b = self.bytes;
        let mut j = open + 1;
        while j < b.len() {
            if b[j] == q {
                if b.get(j + 1) == Some(&q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j += 1;
        }
        b.len()
    }

    fn scan_host_var(&self, colon: usize) -> usize {
        let b = self.bytes;
        let mut j = colon + 1;
        loop {
            if self.word_continues(j) {
                j += 1;
            } else if j + 1 < b.len()
                && b[j] == b'-'
                && is_word_byte(b[j + 1])
                && self.word_continues(j + 1)
            {
                // COBOL names: :WS-CLAIM-ID
                j += 1;
            } else if j + 1 < b.len() && b[j] == b'.' && is_word_start(b[j + 1]) {
                // qualified host variable: :STRUCT.FIELD
                j += 1;
            } else {
                return j;
            }
        }
    }

    fn scan_number(&self, start: usize) -> usize {
        let b = self.bytes;
        let digits = |mut j: usize| {
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            j
        };
        let mut j = digits(start);
        if j < b.len() && b[j] == b'.' {
            j = digits(j + 1);
        }
        if j < b.len() && (b[j] == b'e' || b[j] == b'E') {
            let mut k = j + 1;
            if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
                k += 1;
            }
            if k < b.len() && b[k].is_ascii_digit() {
                j = digits(k);
            }
        }
        while self.word_continues(j) {
            j += 1;
        }
        j
    }

    /// Next token, or `None` at the end of the input.
    pub fn next_token(&mut self) -> Option<Token> {
        self.skip_trivia();
        let b = self.bytes;
        let start = self.pos;
        if start >= b.len() {
            return None;
        }
        let c = b[start];
        let (kind, end) = if self.at_terminator(start) {
            let len = self.terminator.as_ref().map_or(1, Vec::len);
            (TokKind::Terminator, start + len)
        } else {
            match c {
                b'\'' => (TokKind::Str, self.scan_quoted(start, b'\'')),
                b'"' => (TokKind::Quoted, self.scan_quoted(start, b'"')),
                b'`' => (TokKind::Quoted, self.scan_quoted(start, b'`')),
                b':' => {
                    let next = b.get(start + 1).copied();
                    let prev_digit = start > 0 && b[start - 1].is_ascii_digit();
                    match next {
                        Some(b':') => (TokKind::DoubleColon, start + 2),
                        Some(nb)
                            if is_word_byte(nb)
                                && !(prev_digit && nb.is_ascii_digit())
                                && self.word_continues(start + 1) =>
                        {
                            (TokKind::HostVar, self.scan_host_var(start))
                        }
                        _ => (TokKind::Punct(b':'), start + 1),
                    }
                }
                _ if c.is_ascii_digit() => (TokKind::Num, self.scan_number(start)),
                _ if is_word_start(c) => {
                    let mut j = start + 1;
                    while self.word_continues(j) {
                        j += 1;
                    }
                    // X'00', N'text', G'..', B'0101', UX'..'
                    if j - start <= 2
                        && b[start..j].iter().all(u8::is_ascii_alphabetic)
                        && b.get(j) == Some(&b'\'')
                    {
                        (TokKind::Str, self.scan_quoted(j, b'\''))
                    } else {
                        (TokKind::Word, j)
                    }
                }
                _ => (TokKind::Punct(c), start + 1),
            }
        };
        // `end` is always > start, so the lexer always advances.
        self.pos = end.max(start + 1).min(b.len());
        Some(Token {
            kind,
            start,
            end: self.pos,
        })
    }
}

/// All tokens of `src` (plain mode).
pub(crate) fn tokenize(src: &str) -> Vec<Token> {
    let mut lx = Lexer::new(src);
    let mut out = Vec::new();
    while let Some(t) = lx.next_token() {
        out.push(t);
    }
    out
}

/// Words that never name a table in a table position and never are a plain
/// select-list column or alias.
pub(crate) fn is_reserved(upper: &str) -> bool {
    matches!(
        upper,
        "SELECT"
            | "FROM"
            | "WHERE"
            | "GROUP"
            | "HAVING"
            | "ORDER"
            | "UNION"
            | "EXCEPT"
            | "INTERSECT"
            | "MINUS"
            | "JOIN"
            | "INNER"
            | "LEFT"
            | "RIGHT"
            | "FULL"
            | "OUTER"
            | "CROSS"
            | "NATURAL"
            | "ON"
            | "USING"
            | "SET"
            | "VALUES"
            | "INTO"
            | "WITH"
            | "FOR"
            | "FETCH"
            | "LIMIT"
            | "OFFSET"
            | "WHEN"
            | "THEN"
            | "ELSE"
            | "END"
            | "CASE"
            | "AND"
            | "OR"
            | "NOT"
            | "IN"
            | "EXISTS"
            | "IS"
            | "NULL"
            | "LIKE"
            | "BETWEEN"
            | "AS"
            | "BY"
            | "ALL"
            | "DISTINCT"
            | "OF"
            | "CURRENT"
            | "INSERT"
            | "UPDATE"
            | "DELETE"
            | "MERGE"
            | "CASCADE"
            | "RESTRICT"
            | "NO"
            | "DEFAULT"
            | "QUERYNO"
            | "OPTIMIZE"
            | "SKIP"
            | "WINDOW"
            | "RETURNING"
            | "QUALIFY"
            | "ESCAPE"
            | "ANY"
            | "SOME"
            | "MATCHED"
            | "INDICATOR"
    )
}

/// Joins upper-cased name parts, dropping `__EXPR__` qualifiers. Returns
/// `None` for names that are dynamic (last part is `__EXPR__`, or a part has the
/// placeholder glued into it) or empty.
pub(crate) fn join_name(parts: &[String]) -> Option<String> {
    if parts.iter().any(|p| p != EXPR && p.contains(EXPR)) {
        return None;
    }
    if parts.last()? == EXPR {
        return None;
    }
    let kept: Vec<&str> = parts
        .iter()
        .filter(|p| *p != EXPR)
        .map(String::as_str)
        .collect();
    if kept.is_empty() || kept.iter().any(|p| p.trim().is_empty()) {
        return None;
    }
    Some(kept.join("."))
}

/// Token vector plus look-ahead helpers. Every accessor is bounds-checked and
/// answers "no" past the end.
pub(crate) struct Toks<'a> {
    pub src: &'a str,
    pub t: Vec<Token>,
    /// For a `(` token, the index of its matching `)` (or `t.len()` when it is
    /// never closed); for other tokens, their own index.
    pub close: Vec<usize>,
}

impl<'a> Toks<'a> {
    /// Tokens of one SQL statement, without a leading `EXEC SQL` and without
    /// anything from `END-EXEC` on.
    pub fn sql(src: &'a str) -> Self {
        let mut t = tokenize(src);
        let word = |tok: &Token, kw: &str| {
            tok.kind == TokKind::Word
                && src
                    .get(tok.start..tok.end)
                    .is_some_and(|s| s.eq_ignore_ascii_case(kw))
        };
        let end_exec = t.windows(3).position(|w| {
            word(&w[0], "END")
                && w[1].kind == TokKind::Punct(b'-')
                && w[1].start == w[0].end
                && word(&w[2], "EXEC")
                && w[2].start == w[1].end
        });
        if let Some(p) = end_exec {
            t.truncate(p);
        }
        if t.len() >= 2 && word(&t[0], "EXEC") && word(&t[1], "SQL") {
            t.drain(..2);
        }
        Self::new(src, t)
    }

    fn new(src: &'a str, t: Vec<Token>) -> Self {
        let n = t.len();
        let mut close: Vec<usize> = (0..n).collect();
        let mut stack = Vec::new();
        for (i, tok) in t.iter().enumerate() {
            match tok.kind {
                TokKind::Punct(b'(') => stack.push(i),
                TokKind::Punct(b')') => {
                    if let Some(o) = stack.pop() {
                        close[o] = i;
                    }
                }
                _ => {}
            }
        }
        for o in stack {
            close[o] = n;
        }
        Toks { src, t, close }
    }

    pub fn n(&self) -> usize {
        self.t.len()
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.t.get(i).map(|t| t.kind)
    }

    pub fn start(&self, i: usize) -> usize {
        self.t.get(i).map_or(self.src.len(), |t| t.start)
    }

    /// Matching `)` for the `(` at `i` (clamped to the token count).
    pub fn close_of(&self, i: usize) -> usize {
        self.close.get(i).copied().unwrap_or(i).min(self.n())
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.t
            .get(i)
            .and_then(|t| self.src.get(t.start..t.end))
            .unwrap_or("")
    }

    pub fn word_is(&self, i: usize, kw: &str) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.text(i).eq_ignore_ascii_case(kw)
    }

    /// ASCII-upper-cased text of a word token (for keyword dispatch).
    pub fn word_upper(&self, i: usize) -> Option<String> {
        (self.kind(i) == Some(TokKind::Word)).then(|| self.text(i).to_ascii_uppercase())
    }

    pub fn is_punct(&self, i: usize, c: u8) -> bool {
        self.kind(i) == Some(TokKind::Punct(c))
    }

    /// A word that is not a reserved keyword, or a quoted identifier.
    pub fn is_name(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokKind::Word) => !is_reserved(&self.text(i).to_ascii_uppercase()),
            Some(TokKind::Quoted) => true,
            _ => false,
        }
    }

    /// Upper-cased identifier value of a word or quoted identifier.
    pub fn ident(&self, i: usize) -> Option<String> {
        match self.kind(i)? {
            TokKind::Word => Some(self.text(i).to_uppercase()),
            TokKind::Quoted => {
                let raw = self.text(i);
                let q = raw.chars().next()?;
                let inner = &raw[q.len_utf8()..];
                let inner = if !inner.is_empty() && inner.ends_with(q) {
                    &inner[..inner.len() - q.len_utf8()]
                } else {
                    inner
                };
                let doubled: String = [q, q].iter().collect();
                Some(inner.replace(&doubled, &q.to_string()).to_uppercase())
            }
            _ => None,
        }
    }

    /// `ident (. ident)*` starting at `i`: (parts, index after the name, index
    /// of the last part).
    pub fn qualified(&self, i: usize) -> Option<(Vec<String>, usize, usize)> {
        let mut parts = vec![self.ident(i)?];
        let mut j = i + 1;
        let mut last = i;
        while self.is_punct(j, b'.') {
            match self.ident(j + 1) {
                Some(p) => {
                    parts.push(p);
                    last = j + 1;
                    j += 2;
                }
                None => break,
            }
        }
        Some((parts, j, last))
    }

    /// Upper-cased host-variable name without the colon.
    pub fn host_name(&self, i: usize) -> String {
        self.text(i).get(1..).unwrap_or("").to_uppercase()
    }

    /// A name that may contain hyphens written without spaces (COBOL-style
    /// cursor or member names): `C-CLAIM-1`. Returns the name and the index after it.
    pub fn dashed_name(&self, i: usize) -> Option<(String, usize)> {
        let mut name = self.ident(i)?;
        let mut j = i + 1;
        while self.is_punct(j, b'-')
            && matches!(self.kind(j + 1), Some(TokKind::Word | TokKind::Num))
            && self.t[j].start == self.t[j - 1].end
            && self.t[j + 1].start == self.t[j].end
        {
            name.push('-');
            name.push_str(&self.text(j + 1).to_uppercase());
            j += 2;
        }
        Some((name, j))
    }
}
