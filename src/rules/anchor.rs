//! Code anchors that survive edits (PRODUCT.md §4): a rule points at a symbol, a quote of whole
//! lines with context, and a fingerprint of the quote with whitespace removed (and, in COBOL,
//! the sequence area, the identification area, comment lines and letter case ignored). The line
//! is only a hint that breaks ties.
//!
//! [`resolve`] looks for the quote again in a (re-indexed) model: in the anchored symbol
//! (anchored when at the hinted line, shifted elsewhere in it), else in the same file, else in
//! other files of the same language (moved, with the symbol now holding it). When the text is
//! not found as it was, an edited version of it is looked for (`anchor_fuzzy`): in the anchored
//! symbol, or near the line hint when that symbol is gone; at least 80 % of its tokens alike
//! and its context still around it make it changed, with a word diff of the old quote against
//! the code now. Otherwise it is orphaned: the code is really gone. The order: the exact text
//! in the anchored symbol, an edit of it there, the exact text elsewhere, an edit near the hint.
//! It never panics, whatever the anchor holds.

use std::sync::Arc;

use serde::Serialize;

use crate::cobol::preprocess::{SourceFormat, detect_format};
use crate::decode::LineIndex;
use crate::model::{FileId, FileKind, Model, SourceFile, Span, SymbolId};

use super::anchor_fuzzy::{self, DiffPart};
use super::record::Anchor;

/// Lines of context kept before and after a quote.
const CONTEXT_LINES: u32 = 2;

/// Where an anchor's text is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum AnchorState {
    /// Same text, same symbol, at the hinted line.
    Anchored { span: Span },
    /// Same text in the same symbol, at another line.
    Shifted { span: Span },
    /// Same text in another symbol (a renamed paragraph, code moved elsewhere); confirm.
    Moved { symbol: String, span: Span },
    /// The code is still at its place but edited: the best fuzzy match, its token similarity
    /// (percent) and the word diff of the old quote against the code now; confirm (the quote
    /// and fingerprint become the code now) or re-link.
    Changed {
        symbol: String,
        span: Span,
        similarity: u32,
        diff: Vec<DiffPart>,
    },
    /// The text is nowhere; re-link.
    Orphaned,
}

impl AnchorState {
    /// `anchored`, `shifted`, `moved`, `changed`, `orphaned`.
    pub fn label(&self) -> &'static str {
        match self {
            AnchorState::Anchored { .. } => "anchored",
            AnchorState::Shifted { .. } => "shifted",
            AnchorState::Moved { .. } => "moved",
            AnchorState::Changed { .. } => "changed",
            AnchorState::Orphaned => "orphaned",
        }
    }

    /// Where the text is now, unless orphaned.
    pub fn span(&self) -> Option<Span> {
        match self {
            AnchorState::Anchored { span }
            | AnchorState::Shifted { span }
            | AnchorState::Moved { span, .. }
            | AnchorState::Changed { span, .. } => Some(*span),
            AnchorState::Orphaned => None,
        }
    }

    /// The symbol holding the code now when it moved or changed.
    pub fn new_symbol(&self) -> Option<&str> {
        match self {
            AnchorState::Moved { symbol, .. } | AnchorState::Changed { symbol, .. } => Some(symbol),
            _ => None,
        }
    }

    /// The word diff of a changed anchor (`[-old-]{+new+}`), if changed.
    pub fn diff_text(&self) -> Option<String> {
        match self {
            AnchorState::Changed { diff, .. } => Some(super::anchor_fuzzy::diff_text(diff)),
            _ => None,
        }
    }

    /// Whether a reviewer has to act (confirm or re-link): moved, changed or orphaned.
    pub fn needs_attention(&self) -> bool {
        matches!(
            self,
            AnchorState::Moved { .. } | AnchorState::Changed { .. } | AnchorState::Orphaned
        )
    }
}

/// How a file's text is normalized for fingerprints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NormalStyle {
    /// COBOL: code area only (by reference format), comment lines left out, upper-cased.
    Cobol(SourceFormat),
    /// Everything else (Java, JCL, SQL): whitespace removed, case kept.
    Plain,
}

impl NormalStyle {
    /// The style of a file, from its kind and (COBOL) its reference format, detected from
    /// the first lines only: anchors are made and resolved by the thousand, and reading the
    /// whole file each time made mining quadratic in file size.
    pub fn of(kind: FileKind, text: &str) -> NormalStyle {
        match kind {
            FileKind::CobolProgram | FileKind::CobolCopybook => {
                NormalStyle::Cobol(detect_format(head_lines(text, 400)))
            }
            _ => NormalStyle::Plain,
        }
    }
}

/// The first `n` lines of `text`.
fn head_lines(text: &str, n: usize) -> &str {
    let end = memchr::memchr_iter(b'\n', text.as_bytes())
        .nth(n)
        .map_or(text.len(), |i| i + 1);
    &text[..end]
}

/// Text normalized for matching, with the original byte offset of every normalized byte.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `offsets[i]`: original byte offset of the char that produced normalized byte `i`.
    pub offsets: Vec<usize>,
}

/// Normalizes `text`: whitespace removed; for COBOL the columns outside the code area
/// (1–6 and, in fixed format, 73–80) and comment lines are left out and letters upper-cased.
pub fn normalize(text: &str, style: NormalStyle) -> Normalized {
    let mut out = Normalized::default();
    let mut line_start = 0usize;
    let bytes = text.as_bytes();
    while line_start < bytes.len() {
        let mut end = line_start;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        let line = &text[line_start..end];
        normalize_line(line, line_start, style, &mut out);
        // Skip the line break (CR LF, LF or lone CR).
        line_start = end;
        if bytes.get(line_start) == Some(&b'\r') {
            line_start += 1;
        }
        if bytes.get(line_start) == Some(&b'\n') {
            line_start += 1;
        }
    }
    out
}

/// The columns of a line that hold code in `style` (first, last exclusive, and whether the
/// text is compared upper-cased); `None` for a comment line.
pub(crate) fn code_columns(line: &str, style: NormalStyle) -> Option<(usize, usize, bool)> {
    Some(match style {
        NormalStyle::Plain => (0usize, usize::MAX, false),
        NormalStyle::Cobol(SourceFormat::Free) => {
            if line.trim_start().starts_with("*>") {
                return None;
            }
            (0, usize::MAX, true)
        }
        NormalStyle::Cobol(format) => {
            if matches!(line.chars().nth(6), Some('*' | '/')) {
                return None;
            }
            let last = if format == SourceFormat::Fixed {
                72
            } else {
                usize::MAX
            };
            (6, last, true)
        }
    })
}

fn normalize_line(line: &str, base: usize, style: NormalStyle, out: &mut Normalized) {
    let Some((first, last, upper)) = code_columns(line, style) else {
        return;
    };
    for (col, (at, c)) in line.char_indices().enumerate() {
        if col < first {
            continue;
        }
        if col >= last {
            break;
        }
        if c.is_whitespace() {
            continue;
        }
        let c = if upper { c.to_ascii_uppercase() } else { c };
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        out.text.push_str(s);
        out.offsets.extend(std::iter::repeat_n(base + at, s.len()));
    }
}

/// FNV-1a, 64 bits: stable across Rust versions and platforms (unlike `DefaultHasher`).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The fingerprint of a quote: 16 hex digits of FNV-1a 64 over the normalized quote.
pub fn fingerprint(quote: &str, style: NormalStyle) -> String {
    format!("{:016x}", fnv1a64(normalize(quote, style).text.as_bytes()))
}

/// The text of lines `first..=last` (whole lines, without the last line's break).
fn lines_text<'a>(text: &'a str, index: &LineIndex, first: u32, last: u32) -> &'a str {
    if first == 0 || last < first {
        return "";
    }
    let Some(start) = index.line_start(first) else {
        return "";
    };
    let Some(last_text) = index.line_text(text, last) else {
        return "";
    };
    let end = index
        .line_start(last)
        .map_or(start, |s| s + last_text.len())
        .max(start);
    text.get(start..end).unwrap_or("")
}

/// An anchor for `span` in `symbol`: the whole lines of the span, two lines of context on
/// each side, the fingerprint of the quote and its first line as hint.
pub fn make_anchor(model: &Model, symbol: SymbolId, span: Span) -> Anchor {
    make_anchor_styled(model, symbol, span, None)
}

/// `make_anchor` with the file's normalization style already known (the miner makes
/// thousands of anchors and detects each file's reference format once).
pub fn make_anchor_styled(
    model: &Model,
    symbol: SymbolId,
    span: Span,
    style: Option<NormalStyle>,
) -> Anchor {
    let symbol = model
        .symbols
        .get(symbol.index())
        .map(|s| s.qualified_name.clone())
        .unwrap_or_default();
    let Some(file) = model.files.get(span.file.index()) else {
        return Anchor {
            symbol,
            path: String::new(),
            quote: String::new(),
            before: String::new(),
            after: String::new(),
            fingerprint: fingerprint("", NormalStyle::Plain),
            line_hint: span.line,
            extra: Default::default(),
        };
    };
    let text: Arc<str> = file.text.clone().unwrap_or_else(|| Arc::from(""));
    let index = &file.line_index;
    let first = span.line.max(1);
    // A span ending at the very start of a line does not take that line.
    let last = if span.end_line > first && span.end_col <= 1 {
        span.end_line - 1
    } else {
        span.end_line.max(first)
    };
    let last = last.min(index.line_count().max(first));
    let quote = lines_text(&text, index, first, last).to_string();
    let before = lines_text(
        &text,
        index,
        first.saturating_sub(CONTEXT_LINES).max(1),
        first.saturating_sub(1),
    )
    .to_string();
    let after = lines_text(
        &text,
        index,
        last + 1,
        (last + CONTEXT_LINES).min(index.line_count()),
    )
    .to_string();
    let style = style.unwrap_or_else(|| NormalStyle::of(file.kind, &text));
    Anchor {
        symbol,
        path: file.path.clone(),
        fingerprint: fingerprint(&quote, style),
        quote,
        before,
        after,
        line_hint: first,
        extra: Default::default(),
    }
}

/// Files of the same language family (COBOL programs and copybooks are one family).
fn same_family(a: FileKind, b: FileKind) -> bool {
    let family = |k: FileKind| match k {
        FileKind::CobolProgram | FileKind::CobolCopybook => 0,
        FileKind::Java => 1,
        FileKind::Jcl => 2,
        FileKind::SqlDdl => 3,
        FileKind::BmsMap => 4,
        FileKind::CicsCsd => 6,
        FileKind::Other => 5,
    };
    family(a) == family(b)
}

/// A guess of a file's kind from its path, for an anchor whose file is gone.
fn kind_from_path(path: &str) -> FileKind {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".java") {
        FileKind::Java
    } else if lower.ends_with(".jcl") || lower.ends_with(".proc") {
        FileKind::Jcl
    } else if lower.ends_with(".sql") || lower.ends_with(".ddl") {
        FileKind::SqlDdl
    } else {
        FileKind::CobolProgram
    }
}

/// Every place the anchor's quote occurs in `file` (spans of the matched text).
fn matches_in(file: &SourceFile, anchor: &Anchor) -> Vec<Span> {
    let Some(text) = file.text.as_deref() else {
        return Vec::new();
    };
    let style = NormalStyle::of(file.kind, text);
    let needle = normalize(&anchor.quote, style).text;
    if needle.is_empty() {
        return Vec::new();
    }
    let hay = normalize(text, style);
    let mut out = Vec::new();
    let mut from = 0usize;
    while let Some(pos) = hay.text.get(from..).and_then(|h| h.find(&needle)) {
        let at = from + pos;
        let end_byte = at + needle.len() - 1;
        let start = hay.offsets[at];
        let last = hay.offsets[end_byte];
        let last_len = text[last..].chars().next().map_or(1, char::len_utf8);
        out.push(Span::from_offsets(
            file.id,
            text,
            &file.line_index,
            start,
            last + last_len,
        ));
        // Next char boundary after the match start.
        from = at + hay.text[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// The innermost procedure, method or program holding `span`.
fn enclosing_symbol(model: &Model, span: Span) -> Option<SymbolId> {
    model
        .symbols
        .iter()
        .filter(|s| s.kind.is_callable())
        .filter_map(|s| s.span.map(|sp| (s.id, sp)))
        .filter(|(_, sp)| sp.file == span.file && sp.start <= span.start && span.end <= sp.end)
        .min_by_key(|(id, sp)| (sp.end - sp.start, *id))
        .map(|(id, _)| id)
}

fn distance(span: &Span, hint: u32) -> u32 {
    span.line.abs_diff(hint)
}

fn file_index(model: &Model, id: FileId) -> Option<&SourceFile> {
    model.files.get(id.index())
}

/// Where the anchor's text is in `model` now (see the module docs).
pub fn resolve(model: &Model, anchor: &Anchor) -> AnchorState {
    let hint = anchor.line_hint;
    let symbol_place = model.symbol_named(&anchor.symbol).and_then(|id| {
        let sym_span = model.symbol(id).span?;
        Some((sym_span, file_index(model, sym_span.file)?))
    });
    // 1. In the anchored symbol.
    if let Some((sym_span, file)) = symbol_place {
        let best = matches_in(file, anchor)
            .into_iter()
            .filter(|m| sym_span.start <= m.start && m.end <= sym_span.end)
            .min_by_key(|m| (distance(m, hint), m.start));
        if let Some(span) = best {
            return if span.line == hint {
                AnchorState::Anchored { span }
            } else {
                AnchorState::Shifted { span }
            };
        }
    }
    let holder = |span: Span| {
        enclosing_symbol(model, span)
            .map(|s| model.symbol(s).qualified_name.clone())
            .unwrap_or_else(|| anchor.path.clone())
    };
    let changed = |file: &SourceFile, lines: (u32, u32)| {
        let text = file.text.as_deref()?;
        let style = NormalStyle::of(file.kind, text);
        let m = anchor_fuzzy::find(
            file,
            style,
            &anchor.quote,
            &anchor.before,
            &anchor.after,
            lines,
            hint,
        )?;
        Some(AnchorState::Changed {
            symbol: holder(m.span),
            span: m.span,
            similarity: m.similarity,
            diff: m.diff,
        })
    };
    // 2. Edited in place, in the anchored symbol.
    if let Some((sym_span, file)) = symbol_place
        && let Some(state) = changed(file, (sym_span.line, sym_span.end_line))
    {
        return state;
    }
    let moved = |span: Span| AnchorState::Moved {
        symbol: holder(span),
        span,
    };
    // 3. Elsewhere in the same file.
    let same_file = model.files.iter().find(|f| f.path == anchor.path);
    if let Some(file) = same_file
        && let Some(span) = matches_in(file, anchor)
            .into_iter()
            .min_by_key(|m| (distance(m, hint), m.start))
    {
        return moved(span);
    }
    // 4. Other files of the same language.
    let kind = same_file.map_or_else(|| kind_from_path(&anchor.path), |f| f.kind);
    let best = model
        .files
        .iter()
        .filter(|f| f.path != anchor.path && same_family(f.kind, kind))
        .flat_map(|f| matches_in(f, anchor))
        .min_by_key(|m| (distance(m, hint), m.file, m.start));
    if let Some(span) = best {
        return moved(span);
    }
    // 5. Edited, near the hint, when the anchored symbol is gone (renamed and edited).
    if symbol_place.is_none()
        && let Some(file) = same_file
        && let Some(state) = changed(file, (1, u32::MAX))
    {
        return state;
    }
    AnchorState::Orphaned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_format_ignores_sequence_and_tag_areas_whitespace_and_case() {
        let a = format!("{:<72}{}\n", "001000     IF WS-AGE > 65", "PAYCALC");
        let b = format!("{:<72}{}\n", "999999  if   ws-age>65", "XXXXXXXX");
        let style = NormalStyle::Cobol(SourceFormat::Fixed);
        assert_eq!(normalize(&a, style).text, "IFWS-AGE>65");
        assert_eq!(fingerprint(&a, style), fingerprint(&b, style));
    }

    #[test]
    fn comment_lines_are_left_out_and_offsets_point_into_the_original() {
        let text = "000100* A COMMENT\n000200     MOVE A TO B.\n";
        let n = normalize(text, NormalStyle::Cobol(SourceFormat::Fixed));
        assert_eq!(n.text, "MOVEATOB.");
        assert_eq!(&text[n.offsets[0]..n.offsets[0] + 4], "MOVE");
    }

    #[test]
    fn plain_style_keeps_case() {
        let n = normalize("if (a >= B) {\r\n  x = 1;\r}", NormalStyle::Plain);
        assert_eq!(n.text, "if(a>=B){x=1;}");
        assert_eq!(n.offsets.len(), n.text.len());
    }

    #[test]
    fn fnv_is_the_published_function() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn odd_anchors_never_panic() {
        let model = Model::default();
        let anchor = Anchor {
            symbol: "GONE.PARA".into(),
            path: "gone.cbl".into(),
            quote: String::new(),
            before: String::new(),
            after: String::new(),
            fingerprint: String::new(),
            line_hint: 0,
            extra: Default::default(),
        };
        assert_eq!(resolve(&model, &anchor), AnchorState::Orphaned);
        let anchor = Anchor {
            quote: "  IF X\n".into(),
            ..anchor
        };
        assert_eq!(resolve(&model, &anchor), AnchorState::Orphaned);
    }
}
