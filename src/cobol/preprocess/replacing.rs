//! Text replacement: the operands of `COPY … REPLACING` and `REPLACE` statements, matching
//! them against text, and the REPLACE pass over the fully expanded text.
//!
//! Matching works on tokens ([`super::lexer`]): whitespace, separator commas/semicolons and
//! comments between tokens are ignored, words compare case-insensitively, literals and other
//! characters exactly. Operands are pseudo-text `==…==` (a token sequence; `:TAG:` and
//! `(TAG)` are tokens too, so the IBM partial-word convention `01 :PFX:-REC` works naturally),
//! words (also `A OF B`, `A(1)`), literals, and `LEADING`/`TRAILING ==x==` partial words.
//! At each token the pairs are tried in order; the first match is replaced and scanning
//! resumes after the matched text (replacement text is never rescanned).
//!
//! Invariants: text between matches is copied with its mapping; replacement text is mapped
//! (`Replaced`) onto the original text it replaces; output growth is bounded by a byte
//! limit so adversarial REPLACING cannot explode; everything is linear in the input times
//! the number of pairs.

use super::lexer::{Lexer, Tok, TokKind, is_word};
use super::source_map::{MappedText, SegmentKind};

/// Longest pseudo-text accepted, in tokens (longer counts as unterminated).
const MAX_PSEUDO_TOKENS: usize = 20_000;

/// Whole-token match or partial-word match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PairKind {
    Full,
    Leading,
    Trailing,
}

/// One token of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatTok {
    /// A word, upper-cased (compared case-insensitively).
    Word(Box<[u8]>),
    /// Anything else, compared exactly.
    Exact(Box<[u8]>),
}

/// One `operand BY operand` pair.
#[derive(Debug, Clone)]
pub(crate) struct Pair {
    pub kind: PairKind,
    pub pattern: Vec<PatTok>,
    pub replacement: String,
}

fn pat_tok(text: &str, t: Tok) -> PatTok {
    let s = &text.as_bytes()[t.start..t.end];
    match t.kind {
        TokKind::Word => PatTok::Word(s.to_ascii_uppercase().into()),
        _ => PatTok::Exact(s.into()),
    }
}

fn tok_matches(text: &str, t: Tok, p: &PatTok) -> bool {
    let s = &text.as_bytes()[t.start..t.end];
    match p {
        PatTok::Word(w) => t.kind == TokKind::Word && s.eq_ignore_ascii_case(w),
        PatTok::Exact(e) => t.kind != TokKind::Word && s == &e[..],
    }
}

/// A parsed operand.
#[derive(Debug)]
struct Operand {
    toks: Vec<Tok>,
    /// Raw text range used as replacement text.
    range: (usize, usize),
    partial: Option<PairKind>,
}

enum OpErr {
    /// The next token does not start an operand (normal end of a list).
    NotOperand,
    /// A malformed operand.
    Bad(String),
}

fn parse_pseudo(lx: &mut Lexer, open: Tok) -> Result<Operand, OpErr> {
    let mut toks = Vec::new();
    loop {
        match lx.next_tok() {
            None => return Err(OpErr::Bad("unterminated pseudo-text".into())),
            Some(t) if t.kind == TokKind::PseudoDelim => {
                return Ok(Operand {
                    toks,
                    range: (open.end, t.start),
                    partial: None,
                });
            }
            Some(t) => {
                toks.push(t);
                if toks.len() > MAX_PSEUDO_TOKENS {
                    return Err(OpErr::Bad("unterminated pseudo-text".into()));
                }
            }
        }
    }
}

const NOT_OPERANDS: [&str; 8] = [
    "BY",
    "REPLACING",
    "SUPPRESS",
    "OF",
    "IN",
    "OFF",
    "ALSO",
    "END-EXEC",
];

fn parse_operand(
    text: &str,
    lx: &mut Lexer,
    first: bool,
    pseudo_only: bool,
) -> Result<Operand, OpErr> {
    let mut probe = lx.clone();
    let t = probe.next_tok().ok_or(OpErr::NotOperand)?;
    match t.kind {
        TokKind::Literal | TokKind::Word
            if pseudo_only
                && !(first && (is_word(text, t, "LEADING") || is_word(text, t, "TRAILING"))) =>
        {
            Err(OpErr::NotOperand)
        }
        TokKind::PseudoDelim => {
            let op = parse_pseudo(&mut probe, t)?;
            *lx = probe;
            Ok(op)
        }
        TokKind::Literal => {
            *lx = probe;
            Ok(Operand {
                toks: vec![t],
                range: (t.start, t.end),
                partial: None,
            })
        }
        TokKind::Word => {
            if first && (is_word(text, t, "LEADING") || is_word(text, t, "TRAILING")) {
                let mut p2 = probe.clone();
                if let Some(open) = p2.next_tok().filter(|o| o.kind == TokKind::PseudoDelim) {
                    let mut op = parse_pseudo(&mut p2, open)?;
                    *lx = p2;
                    if op.toks.len() != 1 || op.toks[0].kind != TokKind::Word {
                        return Err(OpErr::Bad(
                            "LEADING/TRAILING needs pseudo-text with exactly one word".into(),
                        ));
                    }
                    op.partial = Some(if is_word(text, t, "LEADING") {
                        PairKind::Leading
                    } else {
                        PairKind::Trailing
                    });
                    return Ok(op);
                }
            }
            if NOT_OPERANDS.iter().any(|k| is_word(text, t, k)) {
                return Err(OpErr::NotOperand);
            }
            let mut toks = vec![t];
            // Qualification: A OF B IN C.
            loop {
                let mut p2 = probe.clone();
                match (p2.next_tok(), p2.next_tok()) {
                    (Some(a), Some(b))
                        if (is_word(text, a, "OF") || is_word(text, a, "IN"))
                            && b.kind == TokKind::Word =>
                    {
                        toks.push(a);
                        toks.push(b);
                        probe = p2;
                    }
                    _ => break,
                }
            }
            // Subscripts / reference modification: A(1), A(I, J), A(1:2).
            let mut p2 = probe.clone();
            if let Some(open) = p2.next_tok().filter(|o| is_punct(text, *o, b'(')) {
                let mut sub = vec![open];
                let mut depth = 1;
                while depth > 0 && sub.len() < 64 {
                    match p2.next_tok() {
                        Some(x) if x.kind == TokKind::Period => break,
                        Some(x) => {
                            if is_punct(text, x, b'(') {
                                depth += 1;
                            } else if is_punct(text, x, b')') {
                                depth -= 1;
                            }
                            sub.push(x);
                        }
                        None => break,
                    }
                }
                if depth == 0 {
                    toks.extend(sub);
                    probe = p2;
                }
            }
            let range = (toks[0].start, toks[toks.len() - 1].end);
            *lx = probe;
            Ok(Operand {
                toks,
                range,
                partial: None,
            })
        }
        _ => Err(OpErr::NotOperand),
    }
}

fn is_punct(text: &str, t: Tok, c: u8) -> bool {
    t.kind == TokKind::Punct && text.as_bytes()[t.start] == c
}

/// Replacement text of an operand: its raw text, trimmed, still ending a trailing comment.
fn replacement_text(text: &str, op: &Operand) -> String {
    let raw = &text[op.range.0..op.range.1];
    let trimmed = raw.trim_matches([' ', '\t', '\n', '\r']);
    let mut s = trimmed.to_string();
    let mut lx = Lexer::new(trimmed, 0, trimmed.len()).with_comments();
    let mut last = None;
    while let Some(t) = lx.next_tok() {
        last = Some(t.kind);
    }
    if last == Some(TokKind::Comment) {
        s.push('\n');
    }
    s
}

/// Parses `operand BY operand …` pairs from `lx` (advanced past what was consumed).
/// Stops before the first token that does not fit; malformed input yields messages.
/// `pseudo_only` (REPLACE statements) accepts pseudo-text operands only.
pub(crate) fn parse_pairs(
    text: &str,
    lx: &mut Lexer,
    pseudo_only: bool,
) -> (Vec<Pair>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    loop {
        let mut probe = lx.clone();
        let op1 = match parse_operand(text, &mut probe, true, pseudo_only) {
            Ok(o) => o,
            Err(OpErr::NotOperand) => break,
            Err(OpErr::Bad(m)) => {
                errors.push(m);
                break;
            }
        };
        match probe.next_tok() {
            Some(t) if is_word(text, t, "BY") => {}
            _ => {
                errors.push("expected BY after a replacing operand".into());
                break;
            }
        }
        let op2 = match parse_operand(text, &mut probe, false, pseudo_only) {
            Ok(o) => o,
            Err(OpErr::NotOperand) => {
                errors.push("expected an operand after BY".into());
                break;
            }
            Err(OpErr::Bad(m)) => {
                errors.push(m);
                break;
            }
        };
        *lx = probe;
        if op1.toks.is_empty() {
            errors.push("empty pseudo-text cannot be replaced; pair ignored".into());
            continue;
        }
        pairs.push(Pair {
            kind: op1.partial.unwrap_or(PairKind::Full),
            pattern: op1.toks.iter().map(|t| pat_tok(text, *t)).collect(),
            replacement: replacement_text(text, &op2),
        });
    }
    (pairs, errors)
}

/// A match: the replaced byte range, the pair, and where scanning resumes.
struct Hit<'a> {
    pair: usize,
    start: usize,
    end: usize,
    after: Option<Lexer<'a>>,
}

/// Tries the pairs in order at token `t0` (`after` is the lexer just past `t0`).
fn find_match<'a>(text: &'a str, t0: Tok, after: &Lexer<'a>, pairs: &[Pair]) -> Option<Hit<'a>> {
    for (i, p) in pairs.iter().enumerate() {
        let Some(first) = p.pattern.first() else {
            continue;
        };
        match p.kind {
            PairKind::Full => {
                if !tok_matches(text, t0, first) {
                    continue;
                }
                let mut lx = after.clone();
                let mut last = t0;
                let mut ok = true;
                for pt in &p.pattern[1..] {
                    match lx.next_tok() {
                        Some(t) if tok_matches(text, t, pt) => last = t,
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok {
                    return Some(Hit {
                        pair: i,
                        start: t0.start,
                        end: last.end,
                        after: Some(lx),
                    });
                }
            }
            PairKind::Leading | PairKind::Trailing => {
                let PatTok::Word(w) = first else { continue };
                if t0.kind != TokKind::Word || t0.end - t0.start < w.len() {
                    continue;
                }
                let word = &text.as_bytes()[t0.start..t0.end];
                if p.kind == PairKind::Leading {
                    if word[..w.len()].eq_ignore_ascii_case(w) {
                        return Some(Hit {
                            pair: i,
                            start: t0.start,
                            end: t0.start + w.len(),
                            after: None,
                        });
                    }
                } else if word[word.len() - w.len()..].eq_ignore_ascii_case(w) {
                    return Some(Hit {
                        pair: i,
                        start: t0.end - w.len(),
                        end: t0.end,
                        after: None,
                    });
                }
            }
        }
    }
    None
}

/// Emits replacement text mapped onto `src[a..b]`, followed by the newlines of the replaced
/// text (so a match spanning lines does not pull the following lines up).
fn emit_replacement(out: &mut MappedText, src: &MappedText, replacement: &str, a: usize, b: usize) {
    if !replacement.is_empty() {
        if let Some((file, orig, len)) = src.origin_span(a, b) {
            out.push_synth(SegmentKind::Replaced, file, orig, len, replacement);
        }
    }
    for k in memchr::memchr_iter(b'\n', &src.text.as_bytes()[a..b]) {
        out.append_range(src, a + k, a + k + 1);
    }
}

/// Applies `pairs` to the whole of `src` (COPY … REPLACING). Returns the new text and
/// whether replacing stopped early because the output would pass `limit` bytes.
pub(crate) fn apply_pairs(src: &MappedText, pairs: &[Pair], limit: usize) -> (MappedText, bool) {
    let text = src.text.as_str();
    let mut out = MappedText::with_capacity(src.len() + 64);
    let mut lx = Lexer::new(text, 0, text.len());
    let mut copied = 0;
    let mut stopped = false;
    while let Some(t) = lx.next_tok() {
        if let Some(hit) = find_match(text, t, &lx, pairs) {
            let repl = &pairs[hit.pair].replacement;
            if out.len() + (hit.start - copied) + repl.len() > limit {
                stopped = true;
                break;
            }
            out.append_range(src, copied, hit.start);
            emit_replacement(&mut out, src, repl, hit.start, hit.end);
            copied = hit.end;
            if let Some(a) = hit.after {
                lx = a;
            }
        }
    }
    out.append_range(src, copied, text.len());
    (out, stopped)
}

/// What a REPLACE statement does.
#[derive(Debug)]
pub(crate) enum ReplaceAction {
    /// `REPLACE pairs.`: replaces the active set.
    Set(Vec<Pair>),
    /// `REPLACE ALSO pairs.`: pushes onto the active set.
    Also(Vec<Pair>),
    /// `REPLACE OFF.`
    Off,
    /// `REPLACE LAST OFF.`: pops the last `ALSO`.
    LastOff,
}

/// A parsed REPLACE statement (from just after the word REPLACE).
#[derive(Debug)]
pub(crate) struct ReplaceStmt {
    pub action: ReplaceAction,
    pub errors: Vec<String>,
}

/// Parses a REPLACE statement after the word `REPLACE`; `None` when what follows is not one.
/// On success `lx` is advanced past the statement (its period when present).
pub(crate) fn parse_replace(text: &str, lx: &mut Lexer) -> Option<ReplaceStmt> {
    let mut p = lx.clone();
    let t = p.next_tok()?;
    let mut errors = Vec::new();
    let action = if is_word(text, t, "OFF") {
        ReplaceAction::Off
    } else if is_word(text, t, "LAST") {
        let t2 = p.next_tok()?;
        if !is_word(text, t2, "OFF") {
            return None;
        }
        ReplaceAction::LastOff
    } else {
        let also = is_word(text, t, "ALSO");
        if !also {
            p = lx.clone();
        }
        let mut q = p.clone();
        let first = q.next_tok()?;
        if first.kind != TokKind::PseudoDelim
            && !is_word(text, first, "LEADING")
            && !is_word(text, first, "TRAILING")
        {
            return None;
        }
        let (pairs, errs) = parse_pairs(text, &mut p, true);
        errors.extend(errs);
        if also {
            ReplaceAction::Also(pairs)
        } else {
            ReplaceAction::Set(pairs)
        }
    };
    let mut q = p.clone();
    match q.next_tok() {
        Some(t) if t.kind == TokKind::Period => p = q,
        _ => errors.push("REPLACE statement without a period".into()),
    }
    *lx = p;
    Some(ReplaceStmt { action, errors })
}

/// Does code (not blanks, not a comment) follow `pos` on its line?
fn code_follows(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let mut i = pos;
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    !(i >= b.len() || b[i] == b'\n' || b[i..].starts_with(b"*>"))
}

/// Messages of the REPLACE pass, with the expanded offset they are about.
pub(crate) type PassProblems = Vec<(usize, String)>;

/// The REPLACE pass over fully expanded text: REPLACE statements become comments (or blanks
/// when code follows on their last line) and their pairs apply to the text after them until
/// `REPLACE OFF` or the next REPLACE. Replacement stops once the output would pass `limit`.
pub(crate) fn replace_pass(src: &MappedText, limit: usize) -> (MappedText, PassProblems) {
    let text = src.text.as_str();
    let mut out = MappedText::with_capacity(src.len() + src.len() / 16);
    let mut problems = Vec::new();
    let mut lx = Lexer::new(text, 0, text.len());
    let mut copied = 0;
    let mut stack: Vec<Vec<Pair>> = Vec::new();
    let mut active: Vec<Pair> = Vec::new();
    let mut stopped = false;
    while let Some(t) = lx.next_tok() {
        if is_word(text, t, "REPLACE") {
            let mut p = lx.clone();
            if let Some(stmt) = parse_replace(text, &mut p) {
                for e in stmt.errors {
                    problems.push((t.start, e));
                }
                let end = p.pos();
                out.append_range(src, copied, t.start);
                if code_follows(text, end) {
                    out.append_blanked(src, t.start, end);
                } else {
                    out.append_commented(src, t.start, end);
                }
                copied = end;
                lx = p;
                match stmt.action {
                    ReplaceAction::Set(pairs) => stack = vec![pairs],
                    ReplaceAction::Also(pairs) => stack.push(pairs),
                    ReplaceAction::Off => stack.clear(),
                    ReplaceAction::LastOff => {
                        stack.pop();
                    }
                }
                active = stack.iter().rev().flatten().cloned().collect();
                continue;
            }
        }
        if active.is_empty() || stopped {
            continue;
        }
        if let Some(hit) = find_match(text, t, &lx, &active) {
            let repl = &active[hit.pair].replacement;
            if out.len() + (hit.start - copied) + repl.len() > limit {
                stopped = true;
                problems.push((
                    t.start,
                    "REPLACE output too large; replacing stopped here".into(),
                ));
                continue;
            }
            out.append_range(src, copied, hit.start);
            emit_replacement(&mut out, src, repl, hit.start, hit.end);
            copied = hit.end;
            if let Some(a) = hit.after {
                lx = a;
            }
        }
    }
    out.append_range(src, copied, text.len());
    (out, problems)
}
