//! The source map from preprocessed ("expanded") text back to the original files.
//!
//! The map is a sorted list of [`Segment`]s, not one entry per byte. A segment covers the
//! expanded bytes from its `expanded_start` up to the next segment's start (or the end of the
//! text) and says where they came from:
//!
//! - [`SegmentKind::Verbatim`]: the bytes were copied unchanged; expanded byte `start + d` is
//!   original byte `orig_start + d` of `file`, and the two bytes are equal.
//! - [`SegmentKind::Blanked`]: same linear mapping, but the bytes were overwritten with spaces
//!   (an unexpandable COPY statement, a REPLACE statement followed by code).
//! - [`SegmentKind::Synthetic`]: bytes the preprocessor made up (tab expansion, the `*>` put in
//!   front of comments and directives, padding of a continued literal, a `\n` for a lone CR);
//!   every byte maps into the original span `orig_start .. orig_start + orig_len`, clamped to
//!   its last byte.
//! - [`SegmentKind::Replaced`]: text produced by `REPLACING`/`REPLACE`; mapped like
//!   `Synthetic` onto the original text it replaced, and reported with `replaced: true`.
//!
//! Invariants (checked by [`SourceMap::verify`]): segments are strictly increasing, the first
//! starts at 0 when the text is not empty, every non-empty text is fully covered, and every
//! origin lies inside its file (`offset <= file length`). [`MappedText`] is the builder every
//! preprocessing stage uses; it keeps these invariants by construction and merges adjacent
//! compatible segments so the map stays small.

use super::FileKey;

/// Where one byte of the expanded text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// The file the byte comes from.
    pub file: FileKey,
    /// Byte offset in the ORIGINAL text of `file`.
    pub offset: usize,
    /// The byte was produced by REPLACING/REPLACE; `offset` points into the replaced text.
    pub replaced: bool,
}

/// How the bytes of a [`Segment`] relate to the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    /// Copied unchanged (byte-for-byte equal, linear mapping).
    Verbatim,
    /// Overwritten with spaces (newlines kept), linear mapping.
    Blanked,
    /// Made up by the preprocessor; clamped mapping onto a short original span.
    Synthetic,
    /// Produced by REPLACING/REPLACE; clamped mapping onto the replaced text.
    Replaced,
}

impl SegmentKind {
    /// Linear kinds map expanded byte `d` to original byte `orig_start + d`.
    pub fn is_linear(self) -> bool {
        matches!(self, SegmentKind::Verbatim | SegmentKind::Blanked)
    }

    fn code(self) -> u32 {
        match self {
            SegmentKind::Verbatim => 0,
            SegmentKind::Blanked => 1,
            SegmentKind::Synthetic => 2,
            SegmentKind::Replaced => 3,
        }
    }

    fn from_code(code: u32) -> Self {
        match code {
            0 => SegmentKind::Verbatim,
            1 => SegmentKind::Blanked,
            2 => SegmentKind::Synthetic,
            _ => SegmentKind::Replaced,
        }
    }
}

const KIND_SHIFT: u32 = 30;
const LEN_MASK: u32 = (1 << KIND_SHIFT) - 1;

/// One run of expanded bytes with a common origin rule (24 bytes on 64-bit targets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    expanded_start: usize,
    orig_start: usize,
    file: FileKey,
    /// Kind in the top two bits, original span length (clamped kinds only) below.
    meta: u32,
}

impl Segment {
    fn new(
        expanded_start: usize,
        file: FileKey,
        kind: SegmentKind,
        orig_start: usize,
        orig_len: usize,
    ) -> Self {
        let len = if kind.is_linear() {
            0
        } else {
            orig_len.min(LEN_MASK as usize) as u32
        };
        Segment {
            expanded_start,
            orig_start,
            file,
            meta: (kind.code() << KIND_SHIFT) | len,
        }
    }

    /// First expanded byte covered by this segment.
    pub fn expanded_start(&self) -> usize {
        self.expanded_start
    }

    /// The file the bytes come from.
    pub fn file(&self) -> FileKey {
        self.file
    }

    /// Original offset of the segment's first byte.
    pub fn orig_start(&self) -> usize {
        self.orig_start
    }

    /// Length of the original span (clamped kinds only; 0 for linear kinds).
    pub fn orig_len(&self) -> usize {
        (self.meta & LEN_MASK) as usize
    }

    /// How the bytes relate to the original.
    pub fn kind(&self) -> SegmentKind {
        SegmentKind::from_code(self.meta >> KIND_SHIFT)
    }

    /// Original offset of the byte `d` bytes into the segment.
    fn origin_offset(&self, d: usize) -> usize {
        if self.kind().is_linear() {
            self.orig_start + d
        } else {
            self.orig_start + d.min(self.orig_len().saturating_sub(1))
        }
    }

    /// The same mapping for the bytes from `d` on, re-based at `new_start`.
    fn tail(&self, d: usize, new_start: usize) -> Segment {
        let kind = self.kind();
        if kind.is_linear() {
            Segment::new(new_start, self.file, kind, self.orig_start + d, 0)
        } else {
            let olen = self.orig_len();
            let k = d.min(olen.saturating_sub(1));
            Segment::new(new_start, self.file, kind, self.orig_start + k, olen - k)
        }
    }

    /// Can `next` (starting at `next.expanded_start`) be folded into `self`?
    fn absorbs(&self, next: &Segment) -> bool {
        if self.file != next.file || self.meta != next.meta {
            return false;
        }
        if self.kind().is_linear() {
            self.orig_start + (next.expanded_start - self.expanded_start) == next.orig_start
        } else {
            self.orig_start == next.orig_start
        }
    }
}

/// Maps every byte of an [`super::Expanded`] text back to its original file and offset.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    segments: Vec<Segment>,
    len: usize,
}

impl SourceMap {
    /// Length of the expanded text this map describes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the expanded text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The segments, sorted by expanded offset (for inspection and debugging).
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    fn index(&self, offset: usize) -> Option<usize> {
        if offset >= self.len {
            return None;
        }
        self.segments
            .partition_point(|s| s.expanded_start <= offset)
            .checked_sub(1)
    }

    fn seg_end(&self, i: usize) -> usize {
        self.segments
            .get(i + 1)
            .map_or(self.len, |s| s.expanded_start)
    }

    /// Origin of the expanded byte at `expanded_offset`; `None` past the end.
    pub fn origin(&self, expanded_offset: usize) -> Option<Origin> {
        let i = self.index(expanded_offset)?;
        let s = &self.segments[i];
        Some(Origin {
            file: s.file,
            offset: s.origin_offset(expanded_offset - s.expanded_start),
            replaced: s.kind() == SegmentKind::Replaced,
        })
    }

    /// Origins of the expanded range `start..end` (end exclusive): the origin of its first
    /// byte and the *exclusive end* of its last byte in the original (one past the last
    /// original byte for copied text, the end of the replaced span for replacement text).
    /// The two may lie in different files when the range crosses a copybook boundary.
    /// An empty range gives its position twice (at the end of the text: the end of the last
    /// byte). `None` when `start > end` or the range runs past the end of the text.
    pub fn origin_range(&self, start: usize, end: usize) -> Option<(Origin, Origin)> {
        if start > end || end > self.len || self.len == 0 {
            return None;
        }
        if start == end {
            if let Some(o) = self.origin(start) {
                return Some((o, o));
            }
            let (_, e) = self.origin_range(self.len - 1, self.len)?;
            return Some((e, e));
        }
        let first = self.origin(start)?;
        let i = self.index(end - 1)?;
        let s = &self.segments[i];
        let d = end - 1 - s.expanded_start;
        let offset = if s.kind().is_linear() {
            s.orig_start + d + 1
        } else if end == self.seg_end(i) {
            s.orig_start + s.orig_len()
        } else {
            s.orig_start + (d + 1).min(s.orig_len())
        };
        Some((
            first,
            Origin {
                file: s.file,
                offset,
                replaced: s.kind() == SegmentKind::Replaced,
            },
        ))
    }

    /// The original exclusive end, in `file`, of the last bytes of `start..end` that come
    /// from `file`: where a range that ends inside a copybook ends in the file it started in
    /// (just after the COPY statement that brought the copybook in).
    pub fn end_in_file(&self, start: usize, end: usize, file: FileKey) -> Option<usize> {
        if start >= end || end > self.len {
            return None;
        }
        let first = self.index(start)?;
        let mut i = self.index(end - 1)?;
        loop {
            let s = &self.segments[i];
            if s.file == file {
                let seg_end = self.seg_end(i).min(end);
                return self
                    .origin_range(s.expanded_start.max(start), seg_end)
                    .map(|(_, e)| e.offset);
            }
            if i == first {
                return None;
            }
            i -= 1;
        }
    }

    /// Debug check of the map against the texts: structure (sorted, covering, in bounds) and,
    /// for every byte copied verbatim, `original[origin.offset] == expanded byte`.
    /// `original` returns the original text of a file key. Used by the tests.
    pub fn verify<'a>(
        &self,
        expanded: &str,
        original: impl Fn(FileKey) -> Option<&'a str>,
    ) -> Result<(), String> {
        if expanded.len() != self.len {
            return Err(format!(
                "map length {} != text length {}",
                self.len,
                expanded.len()
            ));
        }
        if self.len > 0 && self.segments.first().map(|s| s.expanded_start) != Some(0) {
            return Err("first segment does not start at 0".into());
        }
        let exp = expanded.as_bytes();
        for (i, s) in self.segments.iter().enumerate() {
            let end = self.seg_end(i);
            if end <= s.expanded_start {
                return Err(format!("segment {i} is empty or out of order"));
            }
            let Some(orig) = original(s.file) else {
                return Err(format!("segment {i}: unknown file {}", s.file));
            };
            let orig = orig.as_bytes();
            let len = end - s.expanded_start;
            let last = s.origin_offset(len - 1);
            if last > orig.len() || s.orig_start > orig.len() {
                return Err(format!(
                    "segment {i}: origin {}..={last} outside file {} of {} bytes",
                    s.orig_start,
                    s.file,
                    orig.len()
                ));
            }
            if s.kind() == SegmentKind::Verbatim {
                if s.orig_start + len > orig.len() {
                    return Err(format!("segment {i}: verbatim run past end of file"));
                }
                let a = &exp[s.expanded_start..end];
                let b = &orig[s.orig_start..s.orig_start + len];
                if a != b {
                    let k = a.iter().zip(b).position(|(x, y)| x != y).unwrap_or(0);
                    return Err(format!(
                        "segment {i}: expanded byte {} ({:?}) != original byte {} ({:?}) of file {}",
                        s.expanded_start + k,
                        a[k] as char,
                        s.orig_start + k,
                        b[k] as char,
                        s.file
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Text under construction together with its segments (the builder of every stage).
#[derive(Debug, Clone, Default)]
pub(crate) struct MappedText {
    pub text: String,
    pub segs: Vec<Segment>,
}

impl MappedText {
    pub fn with_capacity(bytes: usize) -> Self {
        MappedText {
            text: String::with_capacity(bytes),
            segs: Vec::with_capacity(bytes / 48 + 4),
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Adds a segment starting at `seg.expanded_start` (which must be >= the last start).
    fn push_seg(&mut self, seg: Segment) {
        if let Some(last) = self.segs.last_mut() {
            if last.expanded_start >= seg.expanded_start {
                *last = seg;
                return;
            }
            if last.absorbs(&seg) {
                return;
            }
        }
        self.segs.push(seg);
    }

    /// Appends `s`, copied from `file` at `orig`.
    pub fn push_verbatim(&mut self, file: FileKey, orig: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        self.push_seg(Segment::new(
            self.text.len(),
            file,
            SegmentKind::Verbatim,
            orig,
            0,
        ));
        self.text.push_str(s);
    }

    /// Appends made-up (or replacement) text mapped onto `orig .. orig + orig_len` of `file`.
    pub fn push_synth(
        &mut self,
        kind: SegmentKind,
        file: FileKey,
        orig: usize,
        orig_len: usize,
        s: &str,
    ) {
        if s.is_empty() {
            return;
        }
        self.push_seg(Segment::new(self.text.len(), file, kind, orig, orig_len));
        self.text.push_str(s);
    }

    /// Appends `n` made-up spaces mapped onto `orig .. orig + orig_len` of `file`.
    pub fn push_spaces(&mut self, n: usize, file: FileKey, orig: usize, orig_len: usize) {
        if n == 0 {
            return;
        }
        self.push_seg(Segment::new(
            self.text.len(),
            file,
            SegmentKind::Synthetic,
            orig,
            orig_len,
        ));
        self.text.extend(std::iter::repeat_n(' ', n));
    }

    fn index(&self, off: usize) -> Option<usize> {
        self.segs
            .partition_point(|s| s.expanded_start <= off)
            .checked_sub(1)
    }

    fn seg_end(&self, i: usize) -> usize {
        self.segs
            .get(i + 1)
            .map_or(self.text.len(), |s| s.expanded_start)
    }

    /// Pushes the segments describing `src[a..b]` as if appended at the current end, with an
    /// optional change of kind for linear segments; returns nothing, text is added by callers.
    fn push_range_segs(&mut self, src: &MappedText, a: usize, b: usize, linear_as: SegmentKind) {
        let Some(mut i) = src.index(a) else { return };
        let base = self.text.len();
        let mut p = a;
        while p < b && i < src.segs.len() {
            let s = src.segs[i];
            let end = src.seg_end(i).min(b);
            if end > p {
                let mut t = s.tail(p - s.expanded_start, base + (p - a));
                if s.kind().is_linear() && linear_as != SegmentKind::Verbatim {
                    t = Segment::new(t.expanded_start, t.file, linear_as, t.orig_start, 0);
                } else if !s.kind().is_linear() && linear_as == SegmentKind::Blanked {
                    t = Segment::new(
                        t.expanded_start,
                        t.file,
                        SegmentKind::Synthetic,
                        t.orig_start,
                        t.orig_len(),
                    );
                }
                self.push_seg(t);
                p = end;
            }
            i += 1;
        }
    }

    /// Appends `src[a..b]` with its mapping (both must be char boundaries).
    pub fn append_range(&mut self, src: &MappedText, a: usize, b: usize) {
        let b = b.min(src.text.len());
        if a >= b {
            return;
        }
        self.push_range_segs(src, a, b, SegmentKind::Verbatim);
        self.text.push_str(&src.text[a..b]);
    }

    /// Appends `src[a..b]` overwritten with spaces (newlines kept), mapping kept.
    pub fn append_blanked(&mut self, src: &MappedText, a: usize, b: usize) {
        let b = b.min(src.text.len());
        if a >= b {
            return;
        }
        self.push_range_segs(src, a, b, SegmentKind::Blanked);
        self.text.extend(
            src.text.as_bytes()[a..b]
                .iter()
                .map(|&c| if c == b'\n' { '\n' } else { ' ' }),
        );
    }

    /// Appends `src[a..b]` turned into comment lines: `*>` before it and after every newline.
    pub fn append_commented(&mut self, src: &MappedText, a: usize, b: usize) {
        let b = b.min(src.text.len());
        let mut p = a;
        while p < b {
            if let Some((file, orig, _)) = src.origin_at(p) {
                self.push_synth(SegmentKind::Synthetic, file, orig, 0, "*>");
            }
            let line_end =
                memchr::memchr(b'\n', &src.text.as_bytes()[p..b]).map_or(b, |k| p + k + 1);
            self.append_range(src, p, line_end);
            p = line_end;
        }
    }

    /// Cuts the text back to `len` bytes (a char boundary).
    pub fn truncate(&mut self, len: usize) {
        if len >= self.text.len() {
            return;
        }
        self.text.truncate(len);
        while self.segs.last().is_some_and(|s| s.expanded_start >= len) {
            self.segs.pop();
        }
    }

    /// Splits off the bytes from `at` (a char boundary) into a new text with its own map.
    pub fn split_off(&mut self, at: usize) -> MappedText {
        if at >= self.text.len() {
            return MappedText::default();
        }
        let mut tail = MappedText {
            text: self.text.split_off(at),
            segs: Vec::new(),
        };
        if let Some(i) = self.index(at) {
            let first = self.segs[i];
            tail.segs.push(first.tail(at - first.expanded_start, 0));
            for s in &self.segs[i + 1..] {
                let mut s = *s;
                s.expanded_start -= at;
                tail.segs.push(s);
            }
            let keep = if first.expanded_start < at { i + 1 } else { i };
            self.segs.truncate(keep);
        }
        tail
    }

    /// Appends another mapped text.
    pub fn append(&mut self, other: MappedText) {
        let base = self.text.len();
        for mut s in other.segs {
            s.expanded_start += base;
            self.push_seg(s);
        }
        self.text.push_str(&other.text);
    }

    /// `(file, original offset, kind)` of the byte at `off`.
    pub fn origin_at(&self, off: usize) -> Option<(FileKey, usize, SegmentKind)> {
        if off >= self.text.len() {
            return None;
        }
        let i = self.index(off)?;
        let s = &self.segs[i];
        Some((s.file, s.origin_offset(off - s.expanded_start), s.kind()))
    }

    /// `(file, original start, original length)` of the expanded range `a..b`, for mapping
    /// replacement text onto the text it replaces.
    pub fn origin_span(&self, a: usize, b: usize) -> Option<(FileKey, usize, usize)> {
        let (file, start, _) = self.origin_at(a)?;
        let i = self.index(b.max(a + 1) - 1)?;
        let s = &self.segs[i];
        let d = b.max(a + 1) - 1 - s.expanded_start;
        let end = if s.kind().is_linear() {
            s.orig_start + d + 1
        } else {
            s.orig_start + s.orig_len()
        };
        let len = if s.file == file && end > start {
            end - start
        } else {
            0
        };
        Some((file, start, len))
    }

    /// Finishes the builder into the text and its public map.
    pub fn into_parts(self) -> (String, SourceMap) {
        let len = self.text.len();
        (
            self.text,
            SourceMap {
                segments: self.segs,
                len,
            },
        )
    }
}
