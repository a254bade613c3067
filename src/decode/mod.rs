//! Decode stage: turns the raw bytes of a file into text, and maps byte
//! offsets in that text to lines and columns ([`LineIndex`]).
//!
//! Detection order: empty file; UTF-8 BOM; UTF-16 BOM; known binary file
//! signatures; NUL bytes in the first 8 KiB; valid UTF-8; EBCDIC (code page
//! 037 / 1140) by byte statistics; otherwise Windows-1252. Every text path
//! then rejects files with more than 10% control characters as binary.
//!
//! Invariants:
//! * [`decode`] never panics, whatever the input, and a 0-byte file decodes
//!   to `""` (it is not binary).
//! * Text is returned as it is: CRLF, lone CR, tabs and trailing spaces are
//!   kept; only a BOM is removed. EBCDIC is the one exception: NL (0x15) and
//!   LF (0x25) become `'\n'`, and fixed-length records without line ends
//!   get a `'\n'` after each record.
//! * Valid UTF-8 is validated once and copied once.
//! * [`LineIndex`] counts `"\r\n"`, `"\n"` and lone `"\r"` as one line break
//!   each; line and column numbers are 1-based, columns count chars.

pub mod ebcdic;
mod line_index;

use std::fmt;

use memchr::{memchr, memchr3};

pub use line_index::{LineIndex, count_line_breaks};

/// What encoding a file turned out to be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "utf-8-bom")]
    Utf8Bom,
    #[serde(rename = "utf-16le")]
    Utf16Le,
    #[serde(rename = "utf-16be")]
    Utf16Be,
    #[serde(rename = "windows-1252")]
    Windows1252,
    #[serde(rename = "ebcdic-037")]
    Ebcdic037,
    #[serde(rename = "ebcdic-1140")]
    Ebcdic1140,
}

impl Encoding {
    /// Short lower-case name for display: "utf-8", "utf-8-bom", "utf-16le",
    /// "utf-16be", "windows-1252", "ebcdic-037", "ebcdic-1140".
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Ebcdic037 => "ebcdic-037",
            Encoding::Ebcdic1140 => "ebcdic-1140",
        }
    }

    /// True for the EBCDIC code pages.
    pub fn is_ebcdic(self) -> bool {
        matches!(self, Encoding::Ebcdic037 | Encoding::Ebcdic1140)
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A note about decoding worth showing to the user (becomes a diagnostic
/// with file + line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeNote {
    /// 1-based line in the decoded text, when the note is about one line.
    pub line: Option<u32>,
    pub message: String,
}

/// A decoded file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without BOM.
    pub text: String,
    pub encoding: Encoding,
    pub notes: Vec<DecodeNote>,
}

/// Why a file could not be decoded as text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("binary file ({reason}); not indexed")]
    Binary { reason: String },
}

/// NUL bytes within this many leading bytes make a file binary (unless it
/// has a UTF-16 BOM).
pub const NUL_SCAN_LEN: usize = 8 * 1024;

/// A file whose control characters make up more than this percentage of its
/// bytes (chars for UTF-16) is binary. Control characters are C0 controls
/// other than `\t \n \r \f`, and DEL (for UTF-16 also C1 controls); for
/// EBCDIC see [`ebcdic::is_control`]. One trailing DOS
/// end-of-file byte (0x1A) is not counted. 10% leaves room for the odd
/// escape sequence or packed-decimal field while rejecting real binaries.
pub const MAX_CONTROL_PERCENT: usize = 10;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decode bytes read from a file. Never panics, whatever the input.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Ok(decoded(String::new(), Encoding::Utf8, Vec::new()));
    }
    if let Some(body) = bytes.strip_prefix(UTF8_BOM) {
        return decode_utf8_bom(body);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(body, encoding_rs::UTF_16LE, Encoding::Utf16Le);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(body, encoding_rs::UTF_16BE, Encoding::Utf16Be);
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(binary(kind));
    }
    check_nul(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            check_controls(ascii_controls(bytes), bytes.len())?;
            Ok(decoded(text.to_owned(), Encoding::Utf8, Vec::new()))
        }
        Err(_) if ebcdic::looks_like_ebcdic(bytes) => decode_ebcdic(bytes),
        Err(err) => decode_windows_1252(bytes, err.valid_up_to()),
    }
}

fn decoded(text: String, encoding: Encoding, notes: Vec<DecodeNote>) -> Decoded {
    Decoded {
        text,
        encoding,
        notes,
    }
}

fn binary(reason: &str) -> DecodeError {
    DecodeError::Binary {
        reason: reason.to_owned(),
    }
}

/// Well-known binary formats recognised by their first bytes. Only
/// signatures that contain non-text bytes are listed (plus `%PDF-`), so no
/// text file can start with one.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1A\n", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"PK\x03\x04", "zip archive"),
        (b"PK\x05\x06", "zip archive"),
        (b"\x1F\x8B\x08", "gzip data"),
        (b"\x7FELF", "ELF executable"),
        (b"\xCA\xFE\xBA\xBE", "Java class file"),
        (b"%PDF-", "PDF document"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

fn check_nul(bytes: &[u8]) -> Result<(), DecodeError> {
    let head = &bytes[..bytes.len().min(NUL_SCAN_LEN)];
    match memchr(0, head) {
        Some(_) => Err(binary("contains NUL bytes")),
        None => Ok(()),
    }
}

fn check_controls(controls: usize, total: usize) -> Result<(), DecodeError> {
    if (controls as u128) * 100 > (total as u128) * (MAX_CONTROL_PERCENT as u128) {
        Err(binary("mostly control characters"))
    } else {
        Ok(())
    }
}

/// Count ASCII control bytes other than `\t \n \r \f`, plus DEL; a single
/// trailing 0x1A (DOS end of file) is not counted.
fn ascii_controls(bytes: &[u8]) -> usize {
    let count = count_bytes(bytes, |b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0C | b'\r')) | (b == 0x7F)
    });
    count - usize::from(bytes.last() == Some(&0x1A))
}

/// Number of bytes for which `pred` holds. Counts into `u8` lanes over
/// blocks of 255 bytes so that the compiler can vectorise the loop (several
/// GB/s for a predicate made of comparisons).
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            let in_block: u8 = block.iter().map(|&b| u8::from(pred(b))).sum();
            usize::from(in_block)
        })
        .sum()
}

fn decode_utf8_bom(body: &[u8]) -> Result<Decoded, DecodeError> {
    check_nul(body)?;
    check_controls(ascii_controls(body), body.len())?;
    match std::str::from_utf8(body) {
        Ok(text) => Ok(decoded(text.to_owned(), Encoding::Utf8Bom, Vec::new())),
        Err(err) => {
            // The BOM says UTF-8, so keep the valid parts rather than guess
            // another encoding.
            let line = line_number(&body[..err.valid_up_to()]);
            let text = String::from_utf8_lossy(body).into_owned();
            let note = DecodeNote {
                line: Some(line),
                message: format!(
                    "invalid UTF-8 on line {line} despite a UTF-8 BOM; invalid bytes replaced with U+FFFD"
                ),
            };
            Ok(decoded(text, Encoding::Utf8Bom, vec![note]))
        }
    }
}

fn decode_utf16(
    body: &[u8],
    codec: &'static encoding_rs::Encoding,
    encoding: Encoding,
) -> Result<Decoded, DecodeError> {
    let (text, had_errors) = codec.decode_without_bom_handling(body);
    let text = text.into_owned();
    let mut chars = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        chars += 1;
        controls += usize::from(c.is_control() && !matches!(c, '\t' | '\n' | '\u{0C}' | '\r'));
    }
    controls -= usize::from(text.ends_with('\u{1A}'));
    check_controls(controls, chars)?;
    let mut notes = Vec::new();
    if had_errors {
        let bad = text.find('\u{FFFD}').unwrap_or(text.len());
        let line = line_number(&text.as_bytes()[..bad]);
        notes.push(DecodeNote {
            line: Some(line),
            message: format!(
                "invalid UTF-16 on line {line}; invalid code units replaced with U+FFFD"
            ),
        });
    }
    Ok(decoded(text, encoding, notes))
}

fn decode_ebcdic(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let euro = memchr(ebcdic::EURO_1140, bytes).is_some();
    let has_line_ends = memchr3(ebcdic::NL, ebcdic::LF, ebcdic::CR, bytes).is_some();
    let record_len = if has_line_ends {
        None
    } else {
        ebcdic::detect_record_len(bytes)
    };
    let out = ebcdic::decode(bytes, euro, record_len);
    check_controls(out.controls, bytes.len())?;
    let (encoding, page) = if euro {
        (Encoding::Ebcdic1140, "1140")
    } else {
        (Encoding::Ebcdic037, "037")
    };
    let mut notes = vec![DecodeNote {
        line: None,
        message: format!("decoded as EBCDIC (code page {page})"),
    }];
    if let Some(len) = record_len {
        notes.push(DecodeNote {
            line: None,
            message: format!("no line-end bytes; split into fixed {len}-byte records"),
        });
    }
    Ok(decoded(out.text, encoding, notes))
}

fn decode_windows_1252(bytes: &[u8], valid_up_to: usize) -> Result<Decoded, DecodeError> {
    // Only ASCII controls count: the five bytes Windows-1252 leaves
    // undefined (0x81 0x8D 0x8F 0x90 0x9D) are ordinary text bytes in the
    // Shift-JIS, GBK or other code pages that also land here.
    check_controls(ascii_controls(bytes), bytes.len())?;
    let line = line_number(&bytes[..valid_up_to.min(bytes.len())]);
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    let note = DecodeNote {
        line: Some(line),
        message: format!("invalid UTF-8 on line {line}; decoded as Windows-1252"),
    };
    Ok(decoded(
        text.into_owned(),
        Encoding::Windows1252,
        vec![note],
    ))
}

/// 1-based number of the line on which the byte after `prefix` sits.
fn line_number(prefix: &[u8]) -> u32 {
    u32::try_from(count_line_breaks(prefix))
        .unwrap_or(u32::MAX)
        .saturating_add(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COBOL: &str = "\
000100 IDENTIFICATION DIVISION.
000200 PROGRAM-ID. PAYROLL.
000300*    Computes the monthly payroll; see spec #42 (rev. 3).
000400 DATA DIVISION.
000500 WORKING-STORAGE SECTION.
000600 01  WS-EMPLOYEE.
000700     05  WS-NAME        PIC X(30).
000800     05  WS-SALARY      PIC S9(7)V99 COMP-3.
000900     05  WS-RATE        PIC 9(3)V9(4) VALUE 0.0125.
001000 PROCEDURE DIVISION.
001100 MAIN-PARA.
001200     MOVE 'SMITH' TO WS-NAME.
001300     IF WS-SALARY > 1000 AND WS-RATE < 1
001400         DISPLAY \"HIGH: \" WS-NAME
001500     END-IF.
001600     COMPUTE WS-SALARY = WS-SALARY * (1 + WS-RATE).
001700     STOP RUN.
";

    const JCL: &str = "\
//PAYJOB   JOB (ACCT),'PAYROLL',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//* Monthly payroll run
//STEP1    EXEC PGM=PAYROLL,REGION=0M
//STEPLIB  DD DSN=PROD.LOADLIB,DISP=SHR
//INFILE   DD DSN=PROD.PAY.INPUT(0),DISP=SHR
//OUTFILE  DD DSN=PROD.PAY.OUTPUT,DISP=(NEW,CATLG,DELETE),
//            SPACE=(CYL,(5,1)),DCB=(RECFM=FB,LRECL=80)
//SYSOUT   DD SYSOUT=*
";

    /// Our own EBCDIC encoder for fixtures (`'\n'` -> NL 0x15).
    fn to_ebcdic(text: &str) -> Vec<u8> {
        ebcdic::encode(text, false).expect("fixture text is in code page 037")
    }

    fn note_messages(d: &Decoded) -> Vec<&str> {
        d.notes.iter().map(|n| n.message.as_str()).collect()
    }

    fn is_binary(r: &Result<Decoded, DecodeError>) -> bool {
        matches!(r, Err(DecodeError::Binary { .. }))
    }

    #[test]
    fn labels_and_display() {
        assert_eq!(Encoding::Utf8.label(), "utf-8");
        assert_eq!(Encoding::Utf8Bom.label(), "utf-8-bom");
        assert_eq!(Encoding::Utf16Le.label(), "utf-16le");
        assert_eq!(Encoding::Utf16Be.label(), "utf-16be");
        assert_eq!(Encoding::Windows1252.label(), "windows-1252");
        assert_eq!(Encoding::Ebcdic037.label(), "ebcdic-037");
        assert_eq!(Encoding::Ebcdic1140.to_string(), "ebcdic-1140");
        assert!(Encoding::Ebcdic037.is_ebcdic() && !Encoding::Utf8.is_ebcdic());
    }

    #[test]
    fn utf8_plain() {
        let src = "package a;\n// héllo wörld — ok\r\nclass A {}\n";
        let d = decode(src.as_bytes()).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text, src);
        assert!(d.notes.is_empty());
        let d = decode(COBOL.as_bytes()).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text, COBOL);
        assert_eq!(decode(JCL.as_bytes()).unwrap().encoding, Encoding::Utf8);
    }

    #[test]
    fn utf8_bom_stripped() {
        let mut bytes = UTF8_BOM.to_vec();
        bytes.extend_from_slice("naïve\ntext".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8Bom);
        assert_eq!(d.text, "naïve\ntext");
        assert!(d.notes.is_empty());

        let d = decode(UTF8_BOM).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("", Encoding::Utf8Bom));

        // A BOM followed by broken UTF-8 stays UTF-8, with a note.
        let d = decode(b"\xEF\xBB\xBFa\nb\xFFc\n").unwrap();
        assert_eq!(d.encoding, Encoding::Utf8Bom);
        assert_eq!(d.text, "a\nb\u{FFFD}c\n");
        assert_eq!(d.notes.len(), 1);
        assert_eq!(d.notes[0].line, Some(2));
    }

    #[test]
    fn windows_1252_fallback_names_the_line() {
        let mut src = String::new();
        for i in 1..=11 {
            src.push_str(&format!("      * line {i}\n"));
        }
        let mut bytes = src.into_bytes();
        bytes.extend_from_slice(b"       DISPLAY 'caf\xE9 \x80 5'.\n       STOP RUN.\n");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert!(d.text.contains("DISPLAY 'café € 5'."));
        assert_eq!(
            d.notes,
            vec![DecodeNote {
                line: Some(12),
                message: "invalid UTF-8 on line 12; decoded as Windows-1252".into(),
            }]
        );
        let index = LineIndex::new(&d.text);
        assert_eq!(
            index.line_text(&d.text, 12),
            Some("       DISPLAY 'café € 5'.")
        );
    }

    #[test]
    fn windows_1252_line_counts_crlf_and_lone_cr_like_line_index() {
        let bytes = b"a\r\nb\rc\n\r\nd\xE9\n";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        let index = LineIndex::new(&d.text);
        let offset = d.text.find('é').unwrap();
        assert_eq!(index.line_of(offset), 5);
        assert_eq!(d.notes[0].line, Some(5));
        assert_eq!(d.text, "a\r\nb\rc\n\r\ndé\n");
    }

    #[test]
    fn ascii_cobol_is_never_ebcdic() {
        // Pure ASCII is valid UTF-8.
        assert_eq!(decode(COBOL.as_bytes()).unwrap().encoding, Encoding::Utf8);
        // ASCII with a stray Latin-1 byte goes to Windows-1252, not EBCDIC.
        for text in [COBOL, JCL, "       STOP RUN.\n", "IDENTIFICATION DIVISION."] {
            let mut bytes = text.as_bytes().to_vec();
            bytes.push(0xA7);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.encoding, Encoding::Windows1252, "{text}");
            // Upper-case only, no spaces, CRLF: still not EBCDIC.
            let squeezed: Vec<u8> = bytes.iter().copied().filter(|&b| b != b' ').collect();
            assert_eq!(decode(&squeezed).unwrap().encoding, Encoding::Windows1252);
        }
    }

    #[test]
    fn other_8bit_and_cjk_encodings_are_not_ebcdic() {
        let samples: &[(&'static encoding_rs::Encoding, &str)] = &[
            (
                encoding_rs::WINDOWS_1252,
                "Größe der Datei: 12 Kilobyte. Déjà vu, señor!\n",
            ),
            (
                encoding_rs::WINDOWS_1251,
                "Программа расчёта заработной платы\nЗАРПЛАТА\n",
            ),
            (encoding_rs::WINDOWS_1251, "ПРОГРАММАРАСЧЁТАЗАРАБОТНОЙПЛАТЫ"),
            (
                encoding_rs::ISO_8859_7,
                "Υπολογισμός μισθοδοσίας για τον μήνα\n",
            ),
            (
                encoding_rs::SHIFT_JIS,
                "給与計算プログラム\n月次処理を行います。\n",
            ),
            (
                encoding_rs::SHIFT_JIS,
                "給与計算プログラム　月次処理を行います。東京都",
            ),
            (encoding_rs::GBK, "工资计算程序，每月运行一次。\n"),
            (encoding_rs::EUC_KR, "급여 계산 프로그램\n"),
        ];
        for (codec, text) in samples {
            let (bytes, _, _) = codec.encode(text);
            assert!(std::str::from_utf8(&bytes).is_err(), "{text}");
            match decode(&bytes) {
                Ok(d) => assert_eq!(d.encoding, Encoding::Windows1252, "{text}"),
                Err(e) => panic!("{text}: {e}"),
            }
        }
    }

    #[test]
    fn ebcdic_037_cobol_with_nl_line_ends() {
        let bytes = to_ebcdic(COBOL);
        assert!(bytes.contains(&0x15) && !bytes.contains(&0x0A));
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(d.text, COBOL);
        assert_eq!(
            d.notes,
            vec![DecodeNote {
                line: None,
                message: "decoded as EBCDIC (code page 037)".into(),
            }]
        );
        let index = LineIndex::new(&d.text);
        assert_eq!(index.line_count(), 17);
        assert_eq!(
            index.line_text(&d.text, 2),
            Some("000200 PROGRAM-ID. PAYROLL.")
        );

        let d = decode(&to_ebcdic(JCL)).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(d.text, JCL);
    }

    #[test]
    fn ebcdic_lf_and_crlf_line_ends() {
        let nl = to_ebcdic(JCL);
        let lf: Vec<u8> = nl
            .iter()
            .map(|&b| if b == 0x15 { 0x25 } else { b })
            .collect();
        let d = decode(&lf).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(d.text, JCL);

        let crlf: Vec<u8> = lf
            .iter()
            .flat_map(|&b| if b == 0x25 { vec![0x0D, 0x25] } else { vec![b] })
            .collect();
        let d = decode(&crlf).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(d.text, JCL.replace('\n', "\r\n"));
        assert_eq!(LineIndex::new(&d.text).line_count(), 8);
    }

    #[test]
    fn short_ebcdic_files_are_detected() {
        for text in [
            "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. HELLO.\n",
            "       STOP RUN.",
            "//HELLO JOB\n",
            "       DISPLAY 'HI'.\n",
            "PROGRAM-ID. X.",
        ] {
            let d = decode(&to_ebcdic(text)).unwrap();
            assert_eq!(d.encoding, Encoding::Ebcdic037, "{text:?}");
            assert_eq!(d.text, text);
        }
    }

    #[test]
    fn ebcdic_lower_case_and_national_characters_round_trip() {
        let text = "      * Übersicht: Größe, Café, Ñandú, 100% [ok] {x} a\\b ~ ^ ¬ ¢ £ ¥\n       MOVE 'x' TO y.\n";
        let bytes = to_ebcdic(text);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(d.text, text);
    }

    #[test]
    fn ebcdic_fixed_80_byte_records_without_line_ends() {
        let lines: Vec<String> = COBOL
            .lines()
            .enumerate()
            .map(|(i, l)| {
                // Columns 73-80 hold an identification field on some cards.
                let id = if i % 3 == 0 { "PAYROLL1" } else { "" };
                format!("{l:<72}{id:<8}")
            })
            .collect();
        let mut bytes = Vec::new();
        for line in &lines {
            assert_eq!(line.len(), 80);
            bytes.extend(ebcdic::encode(line, false).unwrap());
        }
        assert_eq!(bytes.len(), 80 * lines.len());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(
            note_messages(&d),
            [
                "decoded as EBCDIC (code page 037)",
                "no line-end bytes; split into fixed 80-byte records"
            ]
        );
        let index = LineIndex::new(&d.text);
        assert_eq!(index.line_count() as usize, lines.len());
        for (i, line) in lines.iter().enumerate() {
            // Columns are intact, trailing spaces included.
            assert_eq!(index.line_text(&d.text, i as u32 + 1), Some(line.as_str()));
        }
    }

    #[test]
    fn ebcdic_fixed_records_of_other_lengths() {
        let lines: Vec<String> = JCL.lines().map(|l| format!("{l:<100}")).collect();
        let bytes: Vec<u8> = lines.iter().flat_map(|l| to_ebcdic(l)).collect();
        assert_eq!(bytes.len(), 800);
        // 800 is a multiple of 80 as well: card images win.
        let d = decode(&bytes).unwrap();
        assert_eq!(LineIndex::new(&d.text).line_count(), 10);

        let seven: Vec<u8> = bytes[..700].to_vec();
        let d = decode(&seven).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        let index = LineIndex::new(&d.text);
        assert_eq!(index.line_count(), 7);
        assert_eq!(index.line_text(&d.text, 3), Some(lines[2].as_str()));
        assert!(
            note_messages(&d).contains(&"no line-end bytes; split into fixed 100-byte records")
        );

        // A single short record stays one line.
        let d = decode(&to_ebcdic(&format!("{:<80}", "       STOP RUN."))).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
        assert_eq!(d.notes.len(), 1);
        assert_eq!(LineIndex::new(&d.text).line_count(), 1);
    }

    #[test]
    fn ebcdic_1140_euro() {
        let text = "       01  WS-PRICE PIC X(10) VALUE '€ 100,00'.\n";
        let bytes = ebcdic::encode(text, true).unwrap();
        assert!(bytes.contains(&0x9F));
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic1140);
        assert_eq!(d.text, text);
        assert_eq!(note_messages(&d), ["decoded as EBCDIC (code page 1140)"]);
        // Without 0x9F the same page is reported as 037.
        let plain = decode(&to_ebcdic("       01  WS-PRICE PIC X(10).\n")).unwrap();
        assert_eq!(plain.encoding, Encoding::Ebcdic037);
    }

    #[test]
    fn ebcdic_with_a_few_packed_decimal_bytes_is_still_text() {
        let mut bytes = to_ebcdic("       01  WS-AMOUNT VALUE ");
        bytes.extend_from_slice(&[0x12, 0x34, 0x5C]); // packed +12345
        bytes.extend(to_ebcdic(
            ".\n       01  WS-NAME PIC X(20) VALUE 'JONES'.\n",
        ));
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, Encoding::Ebcdic037);
    }

    #[test]
    fn binary_files() {
        assert_eq!(
            decode(b"abc\0def").unwrap_err(),
            DecodeError::Binary {
                reason: "contains NUL bytes".into()
            }
        );
        let png: &[u8] = b"\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
        assert!(is_binary(&decode(png)));
        assert!(is_binary(&decode(&png[..8])));
        assert_eq!(
            decode(&png[..8]).unwrap_err().to_string(),
            "binary file (PNG image); not indexed"
        );
        assert!(is_binary(&decode(b"PK\x03\x04\x14\0\0\0")));
        assert!(is_binary(&decode(b"\xCA\xFE\xBA\xBE\0\0\0\x34")));
        assert!(is_binary(&decode(b"\x7FELF\x02\x01\x01")));

        // NUL only counts in the first 8 KiB...
        let mut late_nul = vec![b'a'; NUL_SCAN_LEN];
        late_nul.push(0);
        assert!(decode(&late_nul).is_ok());
        late_nul.insert(10, 0);
        assert!(is_binary(&decode(&late_nul)));

        // ...and control characters over 10% make a file binary.
        let controls = b"\x01\x02\x03\x04abcdef\x05\x06\x07\x08";
        assert_eq!(
            decode(controls).unwrap_err(),
            DecodeError::Binary {
                reason: "mostly control characters".into()
            }
        );
        let mut few = b"x".repeat(90);
        few.extend_from_slice(&[0x1b; 10]);
        assert!(decode(&few).is_ok());
        few.push(0x1b);
        assert!(is_binary(&decode(&few)));
        // Tabs, form feeds and all line ends are text.
        assert!(decode(b"\t\t\x0c\r\n\r\n\t").is_ok());
        // A trailing DOS end-of-file byte is tolerated.
        assert_eq!(decode(b"AB\x1a").unwrap().text, "AB\u{1a}");
        // Invalid UTF-8 full of controls is binary too.
        assert!(is_binary(&decode(b"\x81\x8d\x8f\x90\x9d\x01\x02\xffabc")));
        assert!(is_binary(&decode(b"\x01\x02\x03\xe9\x04\x05abcdefgh")));
    }

    #[test]
    fn empty_file_is_empty_text() {
        let d = decode(b"").unwrap();
        assert_eq!(d.text, "");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.notes.is_empty());
        assert_eq!(LineIndex::new(&d.text).line_count(), 0);
    }

    #[test]
    fn utf16_with_bom() {
        let text = "class Ä {}\r\n// ünïcode 😀\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Utf16Le));
        assert!(d.notes.is_empty());
        let d = decode(&be).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Utf16Be));

        // Unpaired surrogate on line 2 and an odd trailing byte.
        let mut bad = vec![0xFF, 0xFE];
        for unit in [u16::from(b'a'), u16::from(b'\n'), 0xD800, u16::from(b'b')] {
            bad.extend(unit.to_le_bytes());
        }
        bad.push(b'x');
        let d = decode(&bad).unwrap();
        assert_eq!(d.encoding, Encoding::Utf16Le);
        assert_eq!(d.notes[0].line, Some(2));

        // UTF-16 full of NULs is binary; without a BOM it is binary at once.
        assert!(is_binary(&decode(b"\xFF\xFE\0\0\0\0\0\0a\0")));
        assert!(is_binary(&decode(b"a\0b\0c\0")));
    }

    #[test]
    fn line_index_basics() {
        let cases: &[(&str, u32)] = &[
            ("", 0),
            ("a", 1),
            ("a\n", 1),
            ("a\nb", 2),
            ("\n", 1),
            ("\n\n", 2),
            ("a\r\nb", 2),
            ("a\rb", 2),
            ("a\r\n\r\n", 2),
            ("\r\r\n\n", 3),
        ];
        for &(text, count) in cases {
            assert_eq!(LineIndex::new(text).line_count(), count, "{text:?}");
        }
        let text = "ab\r\ncd\ref\n\ngh";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 5);
        let lines: Vec<_> = (1..=5).map(|l| index.line_text(text, l).unwrap()).collect();
        assert_eq!(lines, ["ab", "cd", "ef", "", "gh"]);
        assert_eq!(index.line_start(1), Some(0));
        assert_eq!(index.line_start(2), Some(4));
        assert_eq!(index.line_start(3), Some(7));
        assert_eq!(index.line_start(0), None);
        assert_eq!(index.line_start(6), None);
        assert_eq!(index.line_text(text, 0), None);
        assert_eq!(index.line_text(text, 6), None);
        // '\r' and '\n' of a CRLF belong to the line they end.
        assert_eq!(index.line_of(2), 1);
        assert_eq!(index.line_of(3), 1);
        assert_eq!(index.line_of(4), 2);
        assert_eq!(index.line_of(6), 2);
        assert_eq!(index.line_of(text.len()), 5);
        assert_eq!(index.line_of(usize::MAX), 5);
        assert_eq!(index.line_col(text, 5), (2, 2));
        assert_eq!(index.line_col(text, 3), (1, 3));
        assert_eq!(index.line_col(text, text.len()), (5, 3));

        let empty = LineIndex::new("");
        assert_eq!(empty.line_of(0), 1);
        assert_eq!(empty.line_col("", 0), (1, 1));
        assert_eq!(empty.line_text("", 1), None);

        // End of text after a final break: last line, just past its end.
        let index = LineIndex::new("abc\n");
        assert_eq!(index.line_col("abc\n", 4), (1, 4));
    }

    #[test]
    fn line_col_counts_chars() {
        let text = "héllo\nwörld 😀!\r\nñ";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), (1, 1));
        let o = text.find('l').unwrap();
        assert_eq!(index.line_col(text, o), (1, 3));
        let o = text.find('!').unwrap();
        assert_eq!(index.line_col(text, o), (2, 8));
        let o = text.find('😀').unwrap();
        assert_eq!(index.line_col(text, o), (2, 7));
        // Inside a multi-byte char: treated as the start of that char.
        assert_eq!(index.line_col(text, o + 2), (2, 7));
        assert_eq!(index.line_col(text, text.len()), (3, 2));
        assert_eq!(index.line_col(text, text.len() - 1), (3, 1));
        // Given the wrong text it does not panic.
        let _ = index.line_col("x", 10);
        let _ = index.line_text("x", 2);
    }

    // ----- randomized robustness test -----

    use crate::test_rng::Rng as XorShift;

    /// Reference line splitting, one char at a time.
    fn reference_lines(text: &str) -> Vec<(usize, &str)> {
        let mut lines = Vec::new();
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let brk = match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
                b'\r' | b'\n' => 1,
                _ => 0,
            };
            if brk > 0 {
                lines.push((start, &text[start..i]));
                i += brk;
                start = i;
            } else {
                i += 1;
            }
        }
        if start < bytes.len() {
            lines.push((start, &text[start..]));
        }
        lines
    }

    fn check_line_index(text: &str) {
        let index = LineIndex::new(text);
        let reference = reference_lines(text);
        let count = index.line_count();
        assert_eq!(count as usize, reference.len(), "{text:?}");
        assert_eq!(count_line_breaks(text.as_bytes()), {
            let ends_open = !text.is_empty() && !text.ends_with(['\r', '\n']);
            reference.len() - usize::from(ends_open)
        });
        for (i, &(start, content)) in reference.iter().enumerate() {
            let line = i as u32 + 1;
            assert_eq!(index.line_start(line), Some(start));
            assert_eq!(index.line_text(text, line), Some(content));
            assert_eq!(index.line_of(start), line);
            assert_eq!(index.line_col(text, start), (line, 1));
            let end = start + content.len();
            let chars = content.chars().count() as u32;
            assert_eq!(index.line_col(text, end), (line, chars + 1));
        }
        assert_eq!(index.line_start(0), None);
        assert_eq!(index.line_start(count + 1), None);
        assert_eq!(index.line_text(text, count + 1), None);
        let mut previous = 1;
        for offset in 0..=text.len() + 1 {
            let line = index.line_of(offset);
            assert!(line >= previous && line >= 1 && line <= count.max(1));
            previous = line;
            if count > 0 {
                assert!(index.line_start(line).unwrap() <= offset);
            }
            let (l, col) = index.line_col(text, offset);
            assert!(col >= 1);
            if text.is_char_boundary(offset) {
                assert_eq!(l, line);
            }
        }
    }

    fn random_input(rng: &mut XorShift) -> Vec<u8> {
        let len = match rng.below(10) {
            0 => 0,
            1..=6 => rng.below(64),
            7 | 8 => rng.below(400),
            _ => 80 * (1 + rng.below(4)),
        };
        let ascii: &[u8] = b"ABCZabcz019 .,;'()-*/\r\n\t";
        let ebcdic: &[u8] = &[
            0x40, 0x40, 0x40, 0xC1, 0xC9, 0xD1, 0xE9, 0x81, 0x89, 0x91, 0xA9, 0xF0, 0xF9, 0x4B,
            0x5E, 0x7D, 0x60, 0x15, 0x25, 0x0D, 0x9F,
        ];
        let mut bytes = match rng.below(6) {
            0 => b"\xEF\xBB\xBF".to_vec(),
            1 => b"\xFF\xFE".to_vec(),
            2 => b"\xFE\xFF".to_vec(),
            _ => Vec::new(),
        };
        let mode = rng.below(4);
        for _ in 0..len {
            let b = match mode {
                0 => rng.next() as u8,
                1 => *rng.pick(ascii),
                2 => *rng.pick(ebcdic),
                _ => match rng.below(20) {
                    0 => rng.next() as u8,
                    1..=9 => *rng.pick(ascii),
                    _ => *rng.pick(ebcdic),
                },
            };
            bytes.push(b);
        }
        if mode == 1 && rng.below(2) == 0 {
            // Valid UTF-8 with multi-byte chars, sometimes cut mid-char.
            bytes.extend_from_slice("é😀\r\nñ".as_bytes());
            if rng.below(2) == 0 {
                bytes.pop();
            }
        }
        bytes
    }

    #[test]
    fn random_bytes_never_panic_and_keep_line_index_invariants() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let mut outcomes = [0usize; 8];
        for _ in 0..10_000 {
            let bytes = random_input(&mut rng);
            match decode(&bytes) {
                Ok(d) => {
                    outcomes[d.encoding as usize] += 1;
                    if bytes.is_empty() {
                        assert_eq!(d.text, "");
                    }
                    for note in &d.notes {
                        if let Some(line) = note.line {
                            let index = LineIndex::new(&d.text);
                            assert!(line >= 1 && line <= index.line_count().max(1));
                        }
                    }
                    check_line_index(&d.text);
                }
                Err(DecodeError::Binary { reason }) => {
                    assert!(!reason.is_empty());
                    outcomes[7] += 1;
                }
            }
            // The index must also cope with any text, e.g. lossy-decoded.
            check_line_index(&String::from_utf8_lossy(&bytes));
        }
        // Every path was exercised.
        assert!(outcomes.iter().all(|&n| n > 0), "{outcomes:?}");
    }
}
