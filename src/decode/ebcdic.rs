//! EBCDIC support for the decode stage: the IBM code page 037 table, the
//! 1140 variant (037 with the euro sign at 0x9F), byte statistics that tell
//! EBCDIC text from ASCII-family bytes, and fixed-length record detection
//! for files that came off a mainframe without line-end bytes.

/// IBM code page 037 (US/Canada EBCDIC), byte -> Unicode scalar value.
///
/// This is the standard IBM mapping: 0x15 (NL) is U+0085 and 0x25 (LF) is
/// U+000A. The decoder turns both into `'\n'` itself (see [`decode`]); the
/// table stays faithful to the code page.
pub const CP037: [char; 256] = [
    // 0x00..=0x0F: NUL SOH STX ETX SEL HT RNL DEL GE SPS RPT VT FF CR SO SI
    '\u{00}', '\u{01}', '\u{02}', '\u{03}', '\u{9C}', '\u{09}', '\u{86}', '\u{7F}', '\u{97}',
    '\u{8D}', '\u{8E}', '\u{0B}', '\u{0C}', '\u{0D}', '\u{0E}', '\u{0F}',
    // 0x10..=0x1F: DLE DC1 DC2 DC3 RES NL BS POC CAN EM UBS CU1 IFS IGS IRS IUS
    '\u{10}', '\u{11}', '\u{12}', '\u{13}', '\u{9D}', '\u{85}', '\u{08}', '\u{87}', '\u{18}',
    '\u{19}', '\u{92}', '\u{8F}', '\u{1C}', '\u{1D}', '\u{1E}', '\u{1F}',
    // 0x20..=0x2F: DS SOS FS WUS BYP LF ETB ESC SA SFE SM CSP MFA ENQ ACK BEL
    '\u{80}', '\u{81}', '\u{82}', '\u{83}', '\u{84}', '\u{0A}', '\u{17}', '\u{1B}', '\u{88}',
    '\u{89}', '\u{8A}', '\u{8B}', '\u{8C}', '\u{05}', '\u{06}', '\u{07}',
    // 0x30..=0x3F: -- -- SYN IR PP TRN NBS EOT SBS IT RFF CU3 DC4 NAK -- SUB
    '\u{90}', '\u{91}', '\u{16}', '\u{93}', '\u{94}', '\u{95}', '\u{96}', '\u{04}', '\u{98}',
    '\u{99}', '\u{9A}', '\u{9B}', '\u{14}', '\u{15}', '\u{9E}', '\u{1A}', // 0x40..=0x4F
    ' ', '\u{A0}', 'â', 'ä', 'à', 'á', 'ã', 'å', 'ç', 'ñ', '¢', '.', '<', '(', '+', '|',
    // 0x50..=0x5F
    '&', 'é', 'ê', 'ë', 'è', 'í', 'î', 'ï', 'ì', 'ß', '!', '$', '*', ')', ';', '¬',
    // 0x60..=0x6F
    '-', '/', 'Â', 'Ä', 'À', 'Á', 'Ã', 'Å', 'Ç', 'Ñ', '¦', ',', '%', '_', '>', '?',
    // 0x70..=0x7F
    'ø', 'É', 'Ê', 'Ë', 'È', 'Í', 'Î', 'Ï', 'Ì', '`', ':', '#', '@', '\'', '=', '"',
    // 0x80..=0x8F
    'Ø', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', '«', '»', 'ð', 'ý', 'þ', '±',
    // 0x90..=0x9F (0x9F is the currency sign; code page 1140 puts '€' there)
    '°', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 'ª', 'º', 'æ', '¸', 'Æ', '¤',
    // 0xA0..=0xAF
    'µ', '~', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '¡', '¿', 'Ð', 'Ý', 'Þ', '®',
    // 0xB0..=0xBF
    '^', '£', '¥', '·', '©', '§', '¶', '¼', '½', '¾', '[', ']', '¯', '¨', '´', '×',
    // 0xC0..=0xCF (0xCA is the soft hyphen)
    '{', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', '\u{AD}', 'ô', 'ö', 'ò', 'ó', 'õ',
    // 0xD0..=0xDF
    '}', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', '¹', 'û', 'ü', 'ù', 'ú', 'ÿ',
    // 0xE0..=0xEF
    '\\', '÷', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '²', 'Ô', 'Ö', 'Ò', 'Ó', 'Õ',
    // 0xF0..=0xFF (0xFF is EO, eight ones)
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '³', 'Û', 'Ü', 'Ù', 'Ú', '\u{9F}',
];

/// The byte that code page 1140 maps to the euro sign (037: currency sign).
pub const EURO_1140: u8 = 0x9F;
/// EBCDIC space.
pub const SPACE: u8 = 0x40;
/// EBCDIC new line (NL), the usual record separator in mainframe text.
pub const NL: u8 = 0x15;
/// EBCDIC line feed (LF), used by z/OS UNIX files.
pub const LF: u8 = 0x25;
/// EBCDIC carriage return, same value as ASCII.
pub const CR: u8 = 0x0D;

/// True for EBCDIC control bytes that make a file look binary: everything in
/// 0x00..=0x3F plus 0xFF, except HT (0x05), FF (0x0C), CR (0x0D), NL (0x15)
/// and LF (0x25), which plain text uses.
#[inline]
pub fn is_control(b: u8) -> bool {
    (b < 0x40 && !matches!(b, 0x05 | 0x0C | CR | NL | LF)) || b == 0xFF
}

/// True for EBCDIC letters A–Z, a–z and digits 0–9.
#[inline]
fn is_alnum(b: u8) -> bool {
    matches!(b, 0x81..=0x89 | 0x91..=0x99 | 0xA2..=0xA9 | 0xC1..=0xC9 | 0xD1..=0xD9 | 0xE2..=0xE9 | 0xF0..=0xF9)
}

/// True for the bytes that make up ordinary EBCDIC source text (COBOL, JCL,
/// PL/I, assembler): space, letters, digits, the common punctuation and the
/// line-end bytes.
#[inline]
fn is_core(b: u8) -> bool {
    is_alnum(b)
        || matches!(
            b,
            SPACE
                | 0x4A..=0x50 // ¢ . < ( + | &
                | 0x5A..=0x61 // ! $ * ) ; ¬ - /
                | 0x6A..=0x6F // ¦ , % _ > ?
                | 0x79..=0x7F // ` : # @ ' = "
                | 0xA1 // ~
                | 0xB0 // ^
                | 0xBA | 0xBB // [ ]
                | 0xC0 | 0xD0 | 0xE0 // { } \
                | 0x05 | 0x0C | CR | NL | LF
        )
}

/// How many bytes from the start of a file the EBCDIC test looks at.
pub const SAMPLE_LEN: usize = 64 * 1024;

/// Decide from byte statistics whether `bytes` (already known not to be
/// valid UTF-8) is EBCDIC text. Only the first [`SAMPLE_LEN`] bytes are used.
///
/// All of these must hold on the sample (n bytes):
/// * n >= 4;
/// * at least 85% of the bytes are "core" EBCDIC text bytes (space 0x40,
///   letters 0x81–0xA9 / 0xC1–0xE9, digits 0xF0–0xF9, common punctuation
///   such as 0x4B '.', 0x5E ';', 0x7D (apostrophe), and the line ends 0x15, 0x25,
///   0x0D). ASCII text scores far below this, because its space (0x20),
///   digits (0x30–0x39) and half its letters are not core EBCDIC bytes;
/// * at least half of the bytes that are not spaces or line ends are EBCDIC
///   letters or digits;
/// * there is at least one EBCDIC space (0x40) or line end, and EBCDIC
///   spaces outnumber ASCII space (0x20) and ASCII LF (0x0A) bytes four to
///   one. (0x20 and 0x0A are controls in EBCDIC and all but absent from
///   real mainframe text, while they are the commonest bytes in ASCII-family
///   text of any language.)
pub fn looks_like_ebcdic(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SAMPLE_LEN)];
    let n = sample.len();
    if n < 4 {
        return false;
    }
    let mut hist = [0usize; 256];
    for &b in sample {
        hist[b as usize] += 1;
    }
    let mut core = 0usize;
    let mut alnum = 0usize;
    for (b, &count) in hist.iter().enumerate() {
        let b = b as u8;
        if is_core(b) {
            core += count;
        }
        if is_alnum(b) {
            alnum += count;
        }
    }
    let spaces = hist[SPACE as usize];
    let line_ends = hist[NL as usize] + hist[LF as usize] + hist[CR as usize];
    let ascii_marks = hist[0x20] + hist[0x0A];
    let other = n - spaces - line_ends;

    core * 100 >= n * 85
        && alnum * 2 >= other
        && spaces + line_ends > 0
        && ascii_marks * 4 <= spaces
}

/// Record lengths tried for EBCDIC files that have no line-end bytes.
pub const RECORD_LEN_RANGE: std::ops::RangeInclusive<usize> = 72..=256;

/// The classic card-image record length.
pub const CARD_LEN: usize = 80;

/// For an EBCDIC file without line-end bytes, guess its fixed record length.
///
/// * A length that is a multiple of 80 (with at least two records) is taken
///   as 80-byte card images.
/// * Otherwise each record length `L` in 72..=256 that divides the length
///   (with at least three records) is scored by how often a non-space byte
///   equals the byte `L` positions later: in fixed records, sequence
///   numbers, `//` and indented keywords line up from one record to the
///   next. `L` qualifies when its score is at least 0.10 and at least 1.3
///   times the score at the neighbouring lags `L - 1` and `L + 1`. The
///   qualifying `L` with the best ratio wins, except that a smaller
///   qualifying length dividing it is preferred (two records are also
///   aligned). Otherwise the file is left as one line.
pub fn detect_record_len(bytes: &[u8]) -> Option<usize> {
    let n = bytes.len();
    if n % CARD_LEN == 0 && n >= 2 * CARD_LEN {
        return Some(CARD_LEN);
    }
    let sample = &bytes[..n.min(SAMPLE_LEN)];
    let mut qualifying: Vec<(usize, f64)> = Vec::new();
    for len in RECORD_LEN_RANGE {
        if n % len != 0 || n / len < 3 {
            continue;
        }
        let at = aligned_rate(sample, len);
        let around = aligned_rate(sample, len - 1).max(aligned_rate(sample, len + 1));
        if at >= 0.10 && at >= 1.3 * around {
            qualifying.push((len, at / around.max(1e-9)));
        }
    }
    let &(best, _) = qualifying
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    qualifying
        .iter()
        .map(|&(len, _)| len)
        .find(|&len| best % len == 0)
}

/// Share of non-space bytes `s[i]` with `s[i] == s[i + lag]`.
fn aligned_rate(s: &[u8], lag: usize) -> f64 {
    if lag == 0 || s.len() <= lag {
        return 0.0;
    }
    let (mut same, mut total) = (0usize, 0usize);
    for (&a, &b) in s.iter().zip(&s[lag..]) {
        let counted = a != SPACE;
        total += usize::from(counted);
        same += usize::from(counted && a == b);
    }
    if total == 0 {
        0.0
    } else {
        same as f64 / total as f64
    }
}

/// Result of [`decode`].
pub struct EbcdicText {
    pub text: String,
    /// Number of bytes for which [`is_control`] is true.
    pub controls: usize,
}

/// Marks bytes in [`TO_ASCII`] whose character is not ASCII.
const NOT_ASCII: u8 = 0xFF;

/// Code page 037 for the bytes that decode to ASCII (NL as `'\n'`), with
/// [`NOT_ASCII`] for the others: the decoder's fast path.
static TO_ASCII: [u8; 256] = {
    let mut table = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 256 {
        let c = CP037[b] as u32;
        if c < 0x80 {
            table[b] = c as u8;
        }
        b += 1;
    }
    table[NL as usize] = b'\n';
    table
};

/// Decode EBCDIC bytes with code page 037, or 1140 when `euro` is set.
///
/// NL (0x15) and LF (0x25) both become `'\n'`, CR (0x0D) becomes `'\r'`, so
/// CR NL / CR LF pairs come out as `"\r\n"`. When `record_len` is given the
/// input is cut into records of that length, each followed by `'\n'`; the
/// record contents (trailing spaces included) are kept as they are, so
/// columns stay intact.
pub fn decode(bytes: &[u8], euro: bool, record_len: Option<usize>) -> EbcdicText {
    // Most EBCDIC text maps to ASCII, so `len` (+ one byte per record) is a
    // good first guess; the buffer grows if accented letters need more.
    let records = record_len.map_or(0, |l| bytes.len().div_ceil(l.max(1)));
    let mut out = Vec::with_capacity(bytes.len() + records);
    match record_len {
        Some(len) if len > 0 => {
            for record in bytes.chunks(len) {
                decode_into(record, euro, &mut out);
                out.push(b'\n');
            }
        }
        _ => decode_into(bytes, euro, &mut out),
    }
    // `decode_into` only writes whole UTF-8 sequences, so this cannot fail;
    // the lossy branch is there so that no input can panic.
    let text = String::from_utf8(out)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned());
    let controls = super::count_bytes(bytes, is_control);
    EbcdicText { text, controls }
}

/// Append the UTF-8 of `bytes` to `out`, ASCII runs in bulk.
fn decode_into(mut bytes: &[u8], euro: bool, out: &mut Vec<u8>) {
    while !bytes.is_empty() {
        let run = bytes
            .iter()
            .position(|&b| TO_ASCII[b as usize] == NOT_ASCII)
            .unwrap_or(bytes.len());
        out.extend(bytes[..run].iter().map(|&b| TO_ASCII[b as usize]));
        let Some((&b, rest)) = bytes[run..].split_first() else {
            break;
        };
        let c = if euro && b == EURO_1140 {
            '€'
        } else {
            CP037[b as usize]
        };
        out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        bytes = rest;
    }
}

/// Encode text to code page 037 (1140 when `euro` is set). Characters the
/// code page lacks become `None`. Used by tests and by tools that want to
/// produce EBCDIC fixtures; `'\n'` becomes NL (0x15).
pub fn encode(text: &str, euro: bool) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| match c {
            '\n' => Some(NL),
            '€' if euro => Some(EURO_1140),
            '¤' if euro => None,
            _ => CP037.iter().position(|&t| t == c).map(|p| p as u8),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_a_bijection_and_controls_match_unicode() {
        let mut seen = std::collections::HashSet::new();
        for (b, &c) in CP037.iter().enumerate() {
            assert!(seen.insert(c), "duplicate {c:?} at {b:#04x}");
            let b = b as u8;
            let text_control = matches!(b, 0x05 | 0x0C | CR | NL | LF);
            assert_eq!(is_control(b), c.is_control() && !text_control, "{b:#04x}");
        }
        assert_eq!(CP037[0xC1], 'A');
        assert_eq!(CP037[0x81], 'a');
        assert_eq!(CP037[0xF0], '0');
        assert_eq!(CP037[0x4B], '.');
        assert_eq!(CP037[0x5E], ';');
        assert_eq!(CP037[EURO_1140 as usize], '¤');
    }

    #[test]
    fn every_byte_round_trips() {
        let all: Vec<u8> = (0..=255).collect();
        for euro in [false, true] {
            let text = decode(&all, euro, None).text;
            // NL decodes to '\n', which encodes back as NL; LF (0x25) too.
            let back = encode(&text, euro).unwrap();
            let expected: Vec<u8> = all.iter().map(|&b| if b == LF { NL } else { b }).collect();
            assert_eq!(back, expected);
        }
        assert_eq!(decode(&[EURO_1140], true, None).text, "€");
        assert_eq!(decode(&[EURO_1140], false, None).text, "¤");
    }

    #[test]
    fn unaligned_text_is_not_split_into_records() {
        // One long line of pseudo-random words whose length has divisors in
        // 72..=256 but is not a multiple of 80.
        let words = [
            "MOVE", "A", "TO", "B", "PERFORM", "UNTIL", "X", "=", "1", "ADD", "WS-TOTAL",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut line = String::new();
        while line.len() < 2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            line.push_str(words[(seed % words.len() as u64) as usize]);
            line.push(' ');
        }
        let bytes = encode(&line, false).unwrap();
        let n = bytes.len();
        let mut cut = n;
        while cut % 80 == 0 || !(72..=256).any(|l| cut % l == 0 && cut / l >= 2) {
            cut -= 1;
        }
        assert_eq!(detect_record_len(&bytes[..cut]), None, "length {cut}");
    }
}
