//! Tests of the preprocessor: every format rule, format detection, directives, every COPY
//! form, REPLACE, the include forms, source-map exactness, robustness (adversarial and
//! random inputs) and a release-mode throughput benchmark (ignored by default).
//!
//! Fixtures are realistic COBOL written for these tests; copybooks come from [`Lib`], an
//! in-memory [`CopybookLibrary`] over a `HashMap`. Every run goes through [`run`], which
//! also checks the whole source map with [`SourceMap::verify`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::lexer::{Lexer, TokKind};
use super::*;

const MAIN: FileKey = 0;

/// In-memory copybook library: `NAME` or `LIB/NAME` → (file key, text).
#[derive(Default)]
struct Lib {
    books: HashMap<String, (FileKey, Arc<str>)>,
    by_key: HashMap<FileKey, Arc<str>>,
    calls: RefCell<Vec<(String, Option<String>, FileKey)>>,
}

impl Lib {
    fn new() -> Self {
        Lib::default()
    }

    fn with(mut self, name: &str, key: FileKey, text: &str) -> Self {
        let text: Arc<str> = Arc::from(text);
        self.by_key.insert(key, text.clone());
        self.books.insert(name.to_ascii_uppercase(), (key, text));
        self
    }

    fn text(&self, key: FileKey) -> Option<&str> {
        self.by_key.get(&key).map(|t| &**t)
    }
}

impl CopybookLibrary for Lib {
    fn find(&self, name: &str, library: Option<&str>, including_file: FileKey) -> Option<Copybook> {
        self.calls.borrow_mut().push((
            name.to_string(),
            library.map(str::to_string),
            including_file,
        ));
        let upper = name.to_ascii_uppercase();
        let keyed = library.map(|l| format!("{}/{upper}", l.to_ascii_uppercase()));
        keyed
            .and_then(|k| self.books.get(&k))
            .or_else(|| self.books.get(&upper))
            .map(|(file, text)| Copybook {
                file: *file,
                text: text.clone(),
            })
    }
}

/// Preprocesses `main` (file 0) and verifies the whole map against all texts.
fn run_with(main: &str, lib: &Lib, options: &PreprocessOptions) -> Expanded {
    let e = preprocess(MAIN, main, options, lib);
    e.map
        .verify(
            &e.text,
            |k| if k == MAIN { Some(main) } else { lib.text(k) },
        )
        .unwrap_or_else(|err| panic!("bad map: {err}\n--- expanded ---\n{}", e.text));
    e
}

fn run(main: &str, lib: &Lib) -> Expanded {
    run_with(main, lib, &PreprocessOptions::default())
}

fn fixed_opts() -> PreprocessOptions {
    PreprocessOptions {
        format: Some(SourceFormat::Fixed),
        ..Default::default()
    }
}

/// Fixed-format source: each entry is the indicator (column 7) followed by columns 8–.
fn fixed(lines: &[&str]) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{:06}{l}\n", (i + 1) * 100))
        .collect()
}

fn lines(e: &Expanded) -> Vec<&str> {
    let t = e.text.strip_suffix('\n').unwrap_or(&e.text);
    t.split('\n').collect()
}

/// Origin of the first occurrence of `needle` in the expanded text.
fn origin_of(e: &Expanded, needle: &str) -> Origin {
    let at = e
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in expanded text:\n{}", e.text));
    e.map.origin(at).unwrap()
}

/// 1-based line of a byte offset in an original text.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn messages(e: &Expanded) -> Vec<String> {
    e.problems.iter().map(|p| p.message.clone()).collect()
}

// ---------------------------------------------------------------------------------------
// Fixed format
// ---------------------------------------------------------------------------------------

#[test]
fn fixed_drops_sequence_indicator_and_identification_area() {
    let l1 = format!("{:<72}{}", "000100 IDENTIFICATION DIVISION.", "CLAIMS01");
    let l2 = format!("{:<72}{}", "000200 PROGRAM-ID. CLAIMS.", "CHG-0417");
    let src = format!("{l1}\n{l2}\n000300 AUTHOR. LEGACY TEAM.\n");
    let e = run(&src, &Lib::new());
    assert_eq!(e.format, SourceFormat::Fixed);
    let ls = lines(&e);
    assert_eq!(ls.len(), 3);
    assert_eq!(
        ls[0], "IDENTIFICATION DIVISION.",
        "columns 8-72 only, without trailing blanks"
    );
    assert_eq!(ls[1].trim_end(), "PROGRAM-ID. CLAIMS.");
    assert_eq!(ls[2], "AUTHOR. LEGACY TEAM.");
    assert!(!e.text.contains("CLAIMS01") && !e.text.contains("CHG-0417"));
    assert!(!e.text.contains("000100"));
    let o = origin_of(&e, "IDENTIFICATION");
    assert_eq!((o.file, o.offset, o.replaced), (MAIN, 7, false));
    let o = origin_of(&e, "PROGRAM-ID");
    assert_eq!(o.offset, l1.len() + 1 + 7);
    let o = origin_of(&e, "AUTHOR");
    assert_eq!(&src[o.offset..o.offset + 6], "AUTHOR");
}

#[test]
fn fixed_comment_lines() {
    let src = fixed(&[
        "*================================================",
        "* CLAIMS BATCH - NIGHTLY RUN",
        "/ PAGE EJECT HERE",
        " IDENTIFICATION DIVISION.",
        "*",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls[0], "*>================================================");
    assert_eq!(ls[1], "*> CLAIMS BATCH - NIGHTLY RUN");
    assert_eq!(ls[2], "*> PAGE EJECT HERE");
    assert_eq!(ls[3], "IDENTIFICATION DIVISION.");
    assert_eq!(ls[4], "*>");
    // The comment text maps to the original; the `*>` marker to the indicator.
    let o = e.map.origin(e.text.find("CLAIMS BATCH").unwrap()).unwrap();
    assert_eq!(&src[o.offset..o.offset + 12], "CLAIMS BATCH");
    let star = e.text.find("*> PAGE").unwrap();
    assert_eq!(&src[e.map.origin(star).unwrap().offset..][..1], "/");
}

#[test]
fn debugging_lines_both_ways() {
    let src = fixed(&[
        " PROCEDURE DIVISION.",
        "D    DISPLAY 'CLAIM-ID=' CLAIM-ID.",
        "d    DISPLAY 'AMT=' CLAIM-AMT.",
        "     STOP RUN.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls[1], "*>    DISPLAY 'CLAIM-ID=' CLAIM-ID.");
    assert_eq!(ls[2], "*>    DISPLAY 'AMT=' CLAIM-AMT.");
    let opts = PreprocessOptions {
        debugging_lines_as_code: true,
        ..Default::default()
    };
    let e = run_with(&src, &Lib::new(), &opts);
    let ls = lines(&e);
    assert_eq!(ls[1], "    DISPLAY 'CLAIM-ID=' CLAIM-ID.");
    assert_eq!(ls[2], "    DISPLAY 'AMT=' CLAIM-AMT.");
    assert_eq!(ls[3], "    STOP RUN.");
}

/// Checks every byte of an expanded range against the original bytes it maps to.
fn assert_bytes_map(e: &Expanded, original: &str, exp_start: usize, orig_start: usize, len: usize) {
    for k in 0..len {
        let o = e.map.origin(exp_start + k).unwrap();
        assert_eq!(o.file, MAIN);
        assert_eq!(o.offset, orig_start + k, "byte {k} of range at {exp_start}");
        assert_eq!(
            e.text.as_bytes()[exp_start + k],
            original.as_bytes()[orig_start + k]
        );
    }
}

#[test]
fn literal_continuation_padded_line() {
    // Columns 8-72, the literal running to column 72.
    let code1 = format!(
        "{:<65}",
        "    05  WS-MSG PIC X(90) VALUE 'CLAIM REJECTED: POLICY NOT"
    );
    let src = fixed(&[
        &format!(" {code1}"),
        "-    'IN FORCE ON DATE OF LOSS'.",
        "     05  WS-NEXT PIC X.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls.len(), 3, "line structure kept");
    assert_eq!(ls[0], format!("{code1}IN FORCE ON DATE OF LOSS'."));
    assert_eq!(ls[1], "", "continuation line becomes empty");
    assert_eq!(ls[2], "    05  WS-NEXT PIC X.");
    // Byte-by-byte: the first part maps to line 1 from column 8 (the blanks up to column 72
    // are padding mapped to the line end) ...
    assert_bytes_map(&e, &src, 0, 7, code1.trim_end().len());
    // ... the continued part to line 2 after the quote.
    let line2 = src.find("\n").unwrap() + 1;
    let q = src[line2..].find('\'').unwrap() + line2;
    assert_bytes_map(&e, &src, 65, q + 1, "IN FORCE ON DATE OF LOSS'.".len());
    // The grammar sees a single literal.
    let lit = first_literal(&e.text);
    assert_eq!(
        lit,
        format!(
            "'CLAIM REJECTED: POLICY NOT{}IN FORCE ON DATE OF LOSS'",
            " ".repeat(65 - code1.trim_end().len())
        )
    );
    let (a, b) = e
        .map
        .origin_range(
            e.text.find('\'').unwrap(),
            e.text.find("LOSS'").unwrap() + 5,
        )
        .unwrap();
    assert_eq!(line_at(&src, a.offset), 1);
    assert_eq!(line_at(&src, b.offset), 2);
    assert_eq!(&src[b.offset - 5..b.offset], "LOSS'");
}

fn first_literal(text: &str) -> String {
    let mut lx = Lexer::new(text, 0, text.len());
    while let Some(t) = lx.next_tok() {
        if t.kind == TokKind::Literal {
            return text[t.start..t.end].to_string();
        }
    }
    panic!("no literal in {text:?}");
}

#[test]
fn literal_continuation_short_line_is_padded_to_column_72() {
    let code1 = "    05  WS-TXT PIC X(80) VALUE 'ABC";
    let src = fixed(&[&format!(" {code1}"), "-    'DEF'.", "-   "]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    let pad = 65 - code1.len();
    assert_eq!(ls[0], format!("{code1}{}DEF'.", " ".repeat(pad)));
    assert_eq!(ls[1], "");
    // Padding is synthetic and maps to the end of line 1.
    let o = e.map.origin(code1.len()).unwrap();
    assert_eq!(o.offset, 7 + code1.len());
    assert_bytes_map(&e, &src, 0, 7, code1.len());
    let d = e.text.find("DEF").unwrap();
    assert_eq!(&src[e.map.origin(d).unwrap().offset..][..3], "DEF");
}

#[test]
fn literal_continued_over_three_lines() {
    let l1 = format!("{:<65}", "    05  WS-LONG PIC X(200) VALUE 'PART-ONE");
    let l2 = format!("-    '{:<60}", "PART-TWO");
    let src = fixed(&[
        &format!(" {l1}"),
        &l2,
        "-    'PART-THREE'.",
        "     05  WS-Z PIC X.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls.len(), 4);
    assert!(ls[0].starts_with(&l1));
    assert!(ls[0].ends_with("PART-THREE'."));
    assert_eq!((ls[1], ls[2]), ("", ""));
    let lit = first_literal(&e.text);
    assert!(lit.starts_with("'PART-ONE") && lit.ends_with("PART-THREE'"));
    assert!(lit.contains("PART-TWO"));
    let o = origin_of(&e, "PART-THREE");
    assert_eq!(line_at(&src, o.offset), 3);
}

#[test]
fn word_continuation() {
    let src = fixed(&[
        "     MOVE WS-CUSTOMER-NA    ",
        "-        ME TO WS-OUT-NAME.",
        "     ADD 1 TO WS-COUNT.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls[0], "    MOVE WS-CUSTOMER-NAME TO WS-OUT-NAME.");
    assert_eq!(ls[1], "");
    assert_eq!(ls[2], "    ADD 1 TO WS-COUNT.");
    let o = origin_of(&e, "ME TO");
    assert_eq!(line_at(&src, o.offset), 2);
    assert_eq!(&src[o.offset..o.offset + 5], "ME TO");
}

#[test]
fn continuation_with_comment_line_between() {
    let src = fixed(&[
        "     MOVE 'FIRST PART",
        "* a comment between",
        "-    'SECOND' TO WS-A.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls.len(), 3);
    assert!(ls[0].starts_with("    MOVE 'FIRST PART "));
    assert!(ls[0].ends_with("SECOND' TO WS-A."));
    assert_eq!(ls[1], "*> a comment between");
    assert_eq!(ls[2], "");
}

#[test]
fn tabs_are_expanded_to_tab_stops() {
    let src = "\tIDENTIFICATION DIVISION.\n000200\tPROGRAM-ID. TABS.\n000300     MOVE\tA TO B.\n";
    let e = run_with(src, &Lib::new(), &fixed_opts());
    let ls = lines(&e);
    // Tab in column 1 reaches column 9: column 8 is one space.
    assert_eq!(ls[0], " IDENTIFICATION DIVISION.");
    // Tab in column 7 reaches column 9 too.
    assert_eq!(ls[1], " PROGRAM-ID. TABS.");
    // MOVE in columns 12-15, tab in 16 → one space to column 17.
    assert_eq!(ls[2], "    MOVE A TO B.");
    let o = e.map.origin(0).unwrap();
    assert_eq!((o.offset, o.replaced), (0, false)); // the tab
    let o = origin_of(&e, "IDENTIFICATION");
    assert_eq!(o.offset, 1);
    let opts = PreprocessOptions {
        format: Some(SourceFormat::Fixed),
        tab_width: Some(4),
        ..Default::default()
    };
    let e = run_with("000300     MOVE\tA TO B.\n", &Lib::new(), &opts);
    // Tab in column 16 with stops every 4 (1, 5, 9, 13, 17): one space.
    assert_eq!(lines(&e)[0], "    MOVE A TO B.");
    let e = run_with("\t\tMOVE X TO Y.\n", &Lib::new(), &opts);
    // Two tabs with width 4 reach column 9: column 8 is a space.
    assert_eq!(lines(&e)[0], " MOVE X TO Y.");
}

#[test]
fn short_and_empty_lines() {
    let src = "000100\n0001\n\n000200 \n000300     MOVE A TO B.\n000400*\n      \n";
    let e = run_with(src, &Lib::new(), &fixed_opts());
    assert_eq!(
        lines(&e),
        vec!["", "", "", "", "    MOVE A TO B.", "*>", ""]
    );
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    let src =
        "000100 IDENTIFICATION DIVISION.\r\n000200 PROGRAM-ID. CRLF.\r000300 DATA DIVISION.\r\n";
    let e = run_with(src, &Lib::new(), &fixed_opts());
    assert_eq!(
        e.text,
        "IDENTIFICATION DIVISION.\nPROGRAM-ID. CRLF.\nDATA DIVISION.\n"
    );
    let nl = e.text.find('\n').unwrap();
    let o = e.map.origin(nl).unwrap();
    assert_eq!(&src[o.offset..o.offset + 1], "\n", "LF of the CR LF");
    let nl2 = nl + 1 + e.text[nl + 1..].find('\n').unwrap();
    let o = e.map.origin(nl2).unwrap();
    assert_eq!(&src[o.offset..o.offset + 1], "\r", "lone CR");
    let o = origin_of(&e, "DATA");
    assert_eq!(&src[o.offset..o.offset + 4], "DATA");
}

#[test]
fn non_ascii_counts_columns_by_character() {
    let src = "000100* COMMENTAIRE: RÉSUMÉ DES SINISTRES\n000200     DISPLAY 'ÉCHÉANCE'.\n";
    let e = run_with(src, &Lib::new(), &fixed_opts());
    let ls = lines(&e);
    assert_eq!(ls[0], "*> COMMENTAIRE: RÉSUMÉ DES SINISTRES");
    assert_eq!(ls[1], "    DISPLAY 'ÉCHÉANCE'.");
    let bom = format!("\u{FEFF}{src}");
    let e = run_with(&bom, &Lib::new(), &fixed_opts());
    assert_eq!(lines(&e)[1], "    DISPLAY 'ÉCHÉANCE'.");
    assert!(!e.text.contains('\u{FEFF}'));
}

#[test]
fn floating_comment_in_fixed_code_area() {
    let src = fixed(&["     MOVE 'A*>B' TO WS-A *> keep the literal intact"]);
    let e = run(&src, &Lib::new());
    assert_eq!(
        lines(&e)[0],
        "    MOVE 'A*>B' TO WS-A *> keep the literal intact"
    );
}

// ---------------------------------------------------------------------------------------
// Variable and free format, detection, directives
// ---------------------------------------------------------------------------------------

#[test]
fn variable_format_keeps_code_past_column_72() {
    let long = "000100     MOVE WS-POLICY-HOLDER-NAME TO WS-REPORT-LINE-NAME-FIELD-FOR-PRINTING-OF-THE-CLAIM-SUMMARY.";
    assert!(long.len() > 80);
    let src = format!("000050 IDENTIFICATION DIVISION.\n{long}\n");
    assert_eq!(detect_format(&src), SourceFormat::Variable);
    let e = run(&src, &Lib::new());
    assert_eq!(e.format, SourceFormat::Variable);
    assert_eq!(lines(&e)[1], &long[7..]);
    let e = run_with(&src, &Lib::new(), &fixed_opts());
    assert_eq!(lines(&e)[1], &long[7..72]);
}

#[test]
fn detection_of_each_format() {
    let fixed_seq = fixed(&[
        " IDENTIFICATION DIVISION.",
        " PROGRAM-ID. DETECT.",
        "* comment",
        " PROCEDURE DIVISION.",
        "     STOP RUN.",
    ]);
    assert_eq!(detect_format(&fixed_seq), SourceFormat::Fixed);
    let fixed_blank = "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. X.\n      * note\n       PROCEDURE DIVISION.\n";
    assert_eq!(detect_format(fixed_blank), SourceFormat::Fixed);
    let tagged = "CHG001 IDENTIFICATION DIVISION.\nCHG001 PROGRAM-ID. X.\nAB1234*\n";
    assert_eq!(detect_format(tagged), SourceFormat::Fixed);
    let free = "IDENTIFICATION DIVISION.\nPROGRAM-ID. FREEPROG.\nDATA DIVISION.\nWORKING-STORAGE SECTION.\n01 WS-A PIC X.\nPROCEDURE DIVISION.\n    DISPLAY \"HI\".\n    STOP RUN.\n";
    assert_eq!(detect_format(free), SourceFormat::Free);
    let free_comments = "*> free format program\nIDENTIFICATION DIVISION.\nPROGRAM-ID. X.\n";
    assert_eq!(detect_format(free_comments), SourceFormat::Free);
    let variable = "000100 IDENTIFICATION DIVISION.\n000200     DISPLAY 'A VERY LONG LINE THAT RUNS WELL PAST COLUMN EIGHTY WITH CODE' WS-A.\n";
    assert_eq!(detect_format(variable), SourceFormat::Variable);
    // A >>SOURCE directive in the first lines wins.
    let directive = format!("       >>SOURCE FORMAT IS FREE\n{fixed_seq}");
    assert_eq!(detect_format(&directive), SourceFormat::Free);
    let directive = format!(">>SOURCE FIXED\n{free}");
    assert_eq!(detect_format(&directive), SourceFormat::Fixed);
    let mf = format!("      $SET SOURCEFORMAT\"FREE\"\n{fixed_seq}");
    assert_eq!(detect_format(&mf), SourceFormat::Free);
    assert_eq!(detect_format(""), SourceFormat::Fixed);
    // Tab-indented code reads as fixed.
    assert_eq!(
        detect_format("\tIDENTIFICATION DIVISION.\n\tPROGRAM-ID. T.\n"),
        SourceFormat::Fixed
    );
}

#[test]
fn free_format_program() {
    let src = "IDENTIFICATION DIVISION.\nPROGRAM-ID. FREEPROG.\n*> a full-line comment\n* an old-style comment\n/ page\nPROCEDURE DIVISION.\n    DISPLAY \"HELLO\" *> trailing comment\n    MOVE 'A LITERAL THAT IS LONGER THAN SEVENTY-TWO COLUMNS SO IT WOULD BE CUT IN FIXED FORMAT' TO X\n-   not a continuation\n    STOP RUN.";
    let e = run(src, &Lib::new());
    assert_eq!(e.format, SourceFormat::Free);
    let ls = lines(&e);
    assert_eq!(ls[0], "IDENTIFICATION DIVISION.");
    assert_eq!(ls[2], "*> a full-line comment");
    assert_eq!(ls[3], "*> an old-style comment");
    assert_eq!(ls[4], "*> page");
    assert_eq!(ls[6], "    DISPLAY \"HELLO\" *> trailing comment");
    assert!(ls[7].ends_with("FIXED FORMAT' TO X"));
    assert_eq!(ls[8], "-   not a continuation");
    assert_eq!(ls[9], "    STOP RUN.");
    assert!(e.text.ends_with('\n'));
    let o = origin_of(&e, "STOP");
    assert_eq!(&src[o.offset..o.offset + 4], "STOP");
}

#[test]
fn source_format_switches_mid_file() {
    let mut src = fixed(&[" IDENTIFICATION DIVISION.", " PROGRAM-ID. SWITCH."]);
    src.push_str("       >>SOURCE FORMAT IS FREE\n");
    src.push_str("PROCEDURE DIVISION.\n");
    src.push_str("DISPLAY 'THIS FREE-FORMAT LINE IS DELIBERATELY LONGER THAN SEVENTY-TWO COLUMNS' END-DISPLAY\n");
    src.push_str(">>SOURCE FORMAT FIXED\n");
    src.push_str(
        "000700     STOP RUN.                                                    TAG00700\n",
    );
    let e = run(&src, &Lib::new());
    assert_eq!(e.format, SourceFormat::Fixed);
    let ls = lines(&e);
    assert_eq!(ls[0], "IDENTIFICATION DIVISION.");
    assert_eq!(ls[2], "*>>>SOURCE FORMAT IS FREE");
    assert_eq!(ls[3], "PROCEDURE DIVISION.");
    assert!(ls[4].starts_with("DISPLAY 'THIS") && ls[4].ends_with("END-DISPLAY"));
    assert_eq!(ls[5], "*>>>SOURCE FORMAT FIXED");
    assert_eq!(ls[6].trim_end(), "    STOP RUN.");
    assert!(!e.text.contains("TAG00700"));
}

#[test]
fn compiler_directives_become_comments() {
    let mut src = String::from("CBL LIB,APOST,NOSEQ\n");
    src.push_str(&fixed(&[
        " PROCESS DYNAM",
        "$SET ANS85 MF",
        " IDENTIFICATION DIVISION.",
        "     EJECT",
        "     SKIP1",
        "     SKIP2.",
        "     SKIP3",
        "     TITLE 'CLAIMS NIGHTLY BATCH'.",
        " >>CALL-CONVENTION COBOL",
        " PROCESS-RECORDS.",
        " *CBL NOSOURCE",
    ]));
    src.push_str("      $SET REMOVE\"X\"\n");
    let e = run_with(&src, &Lib::new(), &fixed_opts());
    let ls = lines(&e);
    assert_eq!(ls[0], "*>CBL LIB,APOST,NOSEQ");
    assert_eq!(ls[1], "*>PROCESS DYNAM");
    assert_eq!(ls[2], "*>$SET ANS85 MF");
    assert_eq!(ls[3], "IDENTIFICATION DIVISION.");
    assert_eq!(ls[4], "    *>EJECT");
    assert_eq!(ls[5], "    *>SKIP1");
    assert_eq!(ls[6], "    *>SKIP2.");
    assert_eq!(ls[7], "    *>SKIP3");
    assert_eq!(ls[8], "    *>TITLE 'CLAIMS NIGHTLY BATCH'.");
    assert_eq!(ls[9], "*>>>CALL-CONVENTION COBOL");
    assert_eq!(ls[10], "PROCESS-RECORDS.", "a paragraph, not a directive");
    assert_eq!(ls[11], "*>*CBL NOSOURCE");
    assert_eq!(ls[12], "*>$SET REMOVE\"X\"");
    let o = origin_of(&e, "TITLE");
    assert_eq!(&src[o.offset..o.offset + 5], "TITLE");
    // Free format directives.
    let free = ">>SOURCE FORMAT FREE\n$SET ANS85\nIDENTIFICATION DIVISION.\n  EJECT\n";
    let e = run(free, &Lib::new());
    assert_eq!(
        lines(&e),
        vec![
            "*>>>SOURCE FORMAT FREE",
            "*>$SET ANS85",
            "IDENTIFICATION DIVISION.",
            "  *>EJECT"
        ]
    );
}

#[test]
fn floating_debug_indicator_in_free_format() {
    let src = ">>SOURCE FREE\nPROCEDURE DIVISION.\n>>D DISPLAY 'TRACE'.\nSTOP RUN.\n";
    let e = run(src, &Lib::new());
    assert_eq!(lines(&e)[2], "*>>>D DISPLAY 'TRACE'.");
    let opts = PreprocessOptions {
        debugging_lines_as_code: true,
        ..Default::default()
    };
    let e = run_with(src, &Lib::new(), &opts);
    assert_eq!(lines(&e)[2], "    DISPLAY 'TRACE'.");
}

// ---------------------------------------------------------------------------------------
// COPY
// ---------------------------------------------------------------------------------------

/// A copybook with sequence numbers and its name in columns 73–80.
fn claimrec() -> String {
    [
        "000100* CLAIM RECORD LAYOUT",
        "000200 01  CLAIM-RECORD.",
        "000300     05  CLAIM-ID            PIC X(10).",
        "000400     05  CLAIM-AMT           PIC S9(7)V99 COMP-3.",
        "000500     05  CLAIM-STATUS        PIC X.",
        "000600         88  CLAIM-OPEN      VALUE 'O'.",
    ]
    .iter()
    .map(|l| format!("{l:<72}CLAIMREC\n"))
    .collect()
}

const PROCPARA: &str = concat!(
    "       VALIDATE-CLAIM.\n",
    "           IF CLAIM-AMT > 0\n",
    "               SET CLAIM-OPEN TO TRUE\n",
    "           END-IF.\n",
);

fn claims_program() -> String {
    fixed(&[
        " IDENTIFICATION DIVISION.",
        " PROGRAM-ID. CLAIMS.",
        " DATA DIVISION.",
        " WORKING-STORAGE SECTION.",
        " COPY CLAIMREC.",
        " 01  WS-COUNT PIC 9(5) COMP.",
        " PROCEDURE DIVISION.",
        "     PERFORM VALIDATE-CLAIM.",
        "     GOBACK.",
        "     COPY PROCPARA.",
    ])
}

#[test]
fn plain_copy_expands_in_place_with_exact_map() {
    let lib = Lib::new()
        .with("CLAIMREC", 1, &claimrec())
        .with("PROCPARA", 2, PROCPARA);
    let src = claims_program();
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(
        ls[0..4],
        [
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. CLAIMS.",
            "DATA DIVISION.",
            "WORKING-STORAGE SECTION."
        ]
    );
    // Line 5 held the COPY: the copybook's lines follow, then the rest of the line.
    assert_eq!(ls[4].trim_end(), "*> CLAIM RECORD LAYOUT");
    assert_eq!(ls[5].trim_end(), "01  CLAIM-RECORD.");
    assert_eq!(ls[6].trim_end(), "    05  CLAIM-ID            PIC X(10).");
    assert_eq!(ls[9].trim_end(), "        88  CLAIM-OPEN      VALUE 'O'.");
    assert_eq!(ls[10], "", "rest of the COPY line");
    assert_eq!(ls[11], "01  WS-COUNT PIC 9(5) COMP.");
    assert!(!e.text.contains("COPY"));
    assert!(e.text.contains("VALIDATE-CLAIM.\n"));
    // Tokens from the copybook map to the copybook, on the right line.
    let o = origin_of(&e, "CLAIM-ID");
    assert_eq!(o.file, 1);
    assert_eq!(line_at(&claimrec(), o.offset), 3);
    assert_eq!(&claimrec()[o.offset..o.offset + 8], "CLAIM-ID");
    let o = origin_of(&e, "SET CLAIM-OPEN");
    assert_eq!((o.file, line_at(PROCPARA, o.offset)), (2, 3));
    // Main-file text after the COPY maps back to the main file.
    let o = origin_of(&e, "WS-COUNT");
    assert_eq!((o.file, line_at(&src, o.offset)), (MAIN, 6));
    assert_eq!(
        e.inclusions,
        vec![
            Inclusion {
                name: "CLAIMREC".into(),
                library: None,
                kind: IncludeKind::Copy,
                from_file: MAIN,
                line: 5,
                resolved: Some(1),
                system: false,
                depth: 1,
            },
            Inclusion {
                name: "PROCPARA".into(),
                library: None,
                kind: IncludeKind::Copy,
                from_file: MAIN,
                line: 10,
                resolved: Some(2),
                system: false,
                depth: 1,
            }
        ]
    );
    assert!(e.problems.is_empty(), "{:?}", e.problems);
    // Copybooks are detected per file: PROCPARA has no sequence numbers, still fixed.
    assert!(e.text.contains("\n    VALIDATE-CLAIM.\n"));
}

#[test]
fn copy_mid_line_and_spanning_lines() {
    let lib = Lib::new().with(
        "SMALL",
        1,
        "       05  S-ONE PIC X.\n       05  S-TWO PIC X.\n",
    );
    let src = fixed(&[
        " 01  WS-GROUP.",
        "     05 FILLER PIC X. COPY SMALL. 05 WS-AFTER PIC X.",
        "     COPY",
        "         SMALL",
        "         .  05 WS-LAST PIC X.",
    ]);
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(ls[1], "    05 FILLER PIC X. 05  S-ONE PIC X.");
    assert_eq!(ls[2], "05  S-TWO PIC X.");
    assert_eq!(ls[3], " 05 WS-AFTER PIC X.");
    assert_eq!(ls[4], "    05  S-ONE PIC X.");
    assert_eq!(ls[5], "05  S-TWO PIC X.");
    assert_eq!(ls[6], "  05 WS-LAST PIC X.");
    assert_eq!(e.inclusions.len(), 2);
    assert_eq!(e.inclusions[1].line, 3);
    let o = e.map.origin(e.text.find("WS-AFTER").unwrap()).unwrap();
    assert_eq!((o.file, line_at(&src, o.offset)), (MAIN, 2));
}

#[test]
fn copy_of_in_library_suppress_and_literal_name() {
    let lib = Lib::new()
        .with("PRODLIB/CLAIMREC", 1, "       01  PROD-REC PIC X.\n")
        .with("CLAIMREC", 2, "       01  PLAIN-REC PIC X.\n");
    let src = fixed(&[
        " COPY CLAIMREC OF PRODLIB.",
        " COPY CLAIMREC IN prodlib SUPPRESS.",
        " COPY 'claimrec'.",
        " COPY \"CLAIMREC\" SUPPRESS.",
    ]);
    let e = run(&src, &lib);
    assert_eq!(e.text.matches("PROD-REC").count(), 2);
    assert_eq!(e.text.matches("PLAIN-REC").count(), 2);
    // One lookup per (name, library) in a file, names as written.
    let calls = lib.calls.borrow();
    assert_eq!(
        *calls,
        vec![
            ("CLAIMREC".into(), Some("PRODLIB".into()), MAIN),
            ("claimrec".into(), None, MAIN)
        ]
    );
    let libs: Vec<_> = e.inclusions.iter().map(|i| i.library.clone()).collect();
    assert_eq!(
        libs,
        vec![Some("PRODLIB".into()), Some("PRODLIB".into()), None, None]
    );
    assert!(e.inclusions.iter().all(|i| i.name == "CLAIMREC"));
    assert!(e.problems.is_empty(), "{:?}", e.problems);
}

#[test]
fn copy_in_comments_and_literals_is_not_expanded() {
    let lib = Lib::new().with("X", 1, "       01 X-REC PIC X.\n");
    let src = fixed(&[
        "* COPY X.",
        "     DISPLAY 'COPY X.'.",
        "     MOVE 1 TO A *> COPY X.",
    ]);
    let e = run(&src, &lib);
    assert!(e.inclusions.is_empty());
    assert!(!e.text.contains("X-REC"));
}

const TEMPLATE: &str = "\
000100 01  :PFX:-RECORD.
000200     05  :PFX:-ID        PIC X(10) VALUE ':PFX:'.
000300     05  (PFX)-NAME      PIC X(30).
000400     05  CB-AMOUNT       PIC X(10).
000500     05  CUST-NO         PIC 9(8).
000600     05  WS-STATUS-IN    PIC X VALUE 'OLD'.
000700     05  FILLER          PIC X(10) VALUE SPACES.
";

#[test]
fn replacing_pseudo_text_partial_tags() {
    let lib = Lib::new().with("TEMPLATE", 1, TEMPLATE);
    let src = fixed(&[
        " COPY TEMPLATE REPLACING ==:PFX:== BY ==WS-CLM==",
        "                ==(PFX)== BY ==IN==.",
    ]);
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(ls[0], "01  WS-CLM-RECORD.");
    assert_eq!(ls[1], "    05  WS-CLM-ID        PIC X(10) VALUE ':PFX:'.");
    assert_eq!(ls[2], "    05  IN-NAME      PIC X(30).");
    // Replacement text maps onto the replaced text in the copybook.
    let at = e.text.find("WS-CLM-RECORD").unwrap();
    let o = e.map.origin(at).unwrap();
    assert!(o.replaced);
    assert_eq!(o.file, 1);
    assert_eq!(&TEMPLATE[o.offset..o.offset + 5], ":PFX:");
    // The rest of the word is verbatim copybook text.
    let o = e.map.origin(at + "WS-CLM".len()).unwrap();
    assert!(!o.replaced);
    assert_eq!(&TEMPLATE[o.offset..o.offset + 7], "-RECORD");
    let (a, b) = e.map.origin_range(at, at + 6).unwrap();
    assert_eq!(&TEMPLATE[a.offset..b.offset], ":PFX:");
    // Empty ranges give their position; past the end nothing.
    let (a, b) = e.map.origin_range(at, at).unwrap();
    assert_eq!(
        (a, b),
        (e.map.origin(at).unwrap(), e.map.origin(at).unwrap())
    );
    let n = e.text.len();
    let (a, b) = e.map.origin_range(n, n).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.offset, e.map.origin_range(n - 1, n).unwrap().1.offset);
    assert!(e.map.origin_range(n, n + 1).is_none());
    assert!(e.map.origin_range(5, 4).is_none());
}

#[test]
fn replacing_words_literals_and_multi_token_pseudo_text() {
    let lib = Lib::new().with("TEMPLATE", 1, TEMPLATE);
    let src = fixed(&[
        " COPY TEMPLATE REPLACING cust-no BY ACCT-NO",
        "     'OLD' BY 'NEW'",
        "     ==PIC X(10) VALUE SPACES== BY ==PIC X(20)==",
        "     ==PIC X(30)== BY ====.",
    ]);
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(ls[4], "    05  ACCT-NO         PIC 9(8).");
    assert_eq!(ls[5], "    05  WS-STATUS-IN    PIC X VALUE 'NEW'.");
    assert_eq!(ls[6], "    05  FILLER          PIC X(20).");
    assert_eq!(ls[2], "    05  (PFX)-NAME      .");
    let o = origin_of(&e, "'NEW'");
    assert!(o.replaced);
    assert_eq!(&TEMPLATE[o.offset..o.offset + 5], "'OLD'");
    // A word operand matches whole words only: CB-AMOUNT is untouched by CUST-NO.
    assert!(e.text.contains("CB-AMOUNT"));
}

#[test]
fn replacing_leading_and_trailing() {
    let lib = Lib::new().with("TEMPLATE", 1, TEMPLATE);
    let src = fixed(&[
        " COPY TEMPLATE REPLACING LEADING ==CB-== BY ==WS-CB-==",
        "                         TRAILING ==-IN== BY ==-OUT==.",
    ]);
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(ls[3], "    05  WS-CB-AMOUNT       PIC X(10).");
    assert_eq!(ls[5], "    05  WS-STATUS-OUT    PIC X VALUE 'OLD'.");
    let at = e.text.find("WS-CB-AMOUNT").unwrap();
    let o = e.map.origin(at).unwrap();
    assert!(o.replaced);
    assert_eq!(&TEMPLATE[o.offset..o.offset + 3], "CB-");
    let o = e.map.origin(at + "WS-CB-".len()).unwrap();
    assert!(!o.replaced);
    assert_eq!(&TEMPLATE[o.offset..o.offset + 6], "AMOUNT");
    let o = origin_of(&e, "-OUT");
    assert!(o.replaced);
    assert_eq!(&TEMPLATE[o.offset..o.offset + 3], "-IN");
}

#[test]
fn replacing_applies_to_nested_copybooks_too() {
    let lib = Lib::new()
        .with(
            "OUTER",
            1,
            "       01  :P:-OUTER.\n           COPY INNER.\n",
        )
        .with("INNER", 2, "           05  :P:-INNER PIC X.\n");
    let src = fixed(&[" COPY OUTER REPLACING ==:P:== BY ==AB==."]);
    let e = run(&src, &lib);
    assert!(e.text.contains("01  AB-OUTER."));
    assert!(e.text.contains("05  AB-INNER PIC X."));
    let o = origin_of(&e, "AB-INNER");
    assert_eq!((o.file, o.replaced), (2, true));
}

#[test]
fn nested_copy_records_depth_and_lines() {
    let lib = Lib::new()
        .with(
            "LEVEL1",
            1,
            "      * LEVEL 1\n       01  L1-REC.\n           COPY LEVEL2.\n",
        )
        .with(
            "LEVEL2",
            2,
            "           05  L2-A PIC X.\n\n           COPY LEVEL3.\n",
        )
        .with("LEVEL3", 3, "           05  L3-FIELD PIC 9.\n");
    let src = fixed(&[" WORKING-STORAGE SECTION.", " COPY LEVEL1."]);
    let e = run(&src, &lib);
    let got: Vec<_> = e
        .inclusions
        .iter()
        .map(|i| (i.name.as_str(), i.from_file, i.line, i.resolved, i.depth))
        .collect();
    assert_eq!(
        got,
        vec![
            ("LEVEL1", MAIN, 2, Some(1), 1),
            ("LEVEL2", 1, 3, Some(2), 2),
            ("LEVEL3", 2, 3, Some(3), 3)
        ]
    );
    let o = origin_of(&e, "L3-FIELD");
    assert_eq!((o.file, line_at(lib.text(3).unwrap(), o.offset)), (3, 1));
    let o = origin_of(&e, "L2-A");
    assert_eq!(o.file, 2);
}

#[test]
fn copy_cycle_is_reported_and_stopped() {
    let lib = Lib::new()
        .with("A", 1, "       01  A-REC PIC X.\n       COPY B.\n")
        .with("B", 2, "       01  B-REC PIC X.\n       COPY A.\n");
    let src = fixed(&[" COPY A."]);
    let e = run(&src, &lib);
    assert_eq!(e.text.matches("A-REC").count(), 1);
    assert_eq!(e.text.matches("B-REC").count(), 1);
    let cycles: Vec<_> = e
        .problems
        .iter()
        .filter(|p| p.message.starts_with("COPY cycle"))
        .collect();
    assert_eq!(cycles.len(), 1);
    assert_eq!(cycles[0].message, "COPY cycle: A → B → A");
    assert_eq!((cycles[0].file, cycles[0].line), (2, 2));
    assert_eq!(cycles[0].severity, ProblemSeverity::Error);
    assert_eq!(e.inclusions.len(), 3);
    assert_eq!(e.inclusions[2].resolved, Some(1));
    // The program gets a warning at its COPY that leads into the cycle.
    let into: Vec<_> = e.problems.iter().filter(|p| p.file == MAIN).collect();
    assert_eq!(into.len(), 1, "{:?}", e.problems);
    assert_eq!(
        into[0].message,
        "copybook A included here is in a COPY cycle: A → B → A (closed at line 2 of B); \
         the closing COPY is not expanded"
    );
    assert_eq!(
        (into[0].line, into[0].severity),
        (1, ProblemSeverity::Warning)
    );
}

#[test]
fn a_copybook_including_itself_is_reported_on_it_and_on_the_program() {
    let lib = Lib::new()
        .with("SELF", 1, "       01  S-REC PIC X.\n       COPY SELF.\n")
        .with("OUTER", 2, "       COPY SELF.\n");
    let e = run(
        &fixed(&[" 01  A PIC X.", " COPY SELF.", " COPY OUTER."]),
        &lib,
    );
    assert_eq!(e.text.matches("S-REC").count(), 2);
    let problems: Vec<_> = e
        .problems
        .iter()
        .map(|p| (p.file, p.line, p.severity, p.message.as_str()))
        .collect();
    assert_eq!(
        problems,
        [
            (
                1,
                2,
                ProblemSeverity::Error,
                "copybook SELF includes itself: COPY SELF at line 2 is not expanded"
            ),
            (
                MAIN,
                2,
                ProblemSeverity::Warning,
                "copybook SELF included here includes itself (line 2 of SELF); \
                 it is expanded once, without that COPY"
            ),
            (
                MAIN,
                3,
                ProblemSeverity::Warning,
                "copybook SELF, included here through COPY OUTER, includes itself \
                 (line 2 of SELF); it is expanded once, without that COPY"
            ),
        ]
    );
    assert!(e.inclusions.iter().all(|i| i.resolved.is_some()));
}

#[test]
fn missing_copybooks_application_and_system() {
    let src = fixed(&[
        " WORKING-STORAGE SECTION.",
        " COPY NOSUCH.",
        " COPY DFHAID.",
        " COPY NOSUCH.",
        "     EXEC SQL INCLUDE SQLCA END-EXEC.",
        " COPY CMQV.",
        " COPY DFHBMSCA.",
        " 01 WS-AFTER PIC X.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls.len(), 8, "line structure kept");
    assert_eq!(ls[1].trim(), "");
    assert_eq!(ls[4].trim(), "");
    assert_eq!(ls[7], "01 WS-AFTER PIC X.");
    let got: Vec<_> = e
        .problems
        .iter()
        .map(|p| (p.severity, p.line, p.message.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                ProblemSeverity::Warning,
                2,
                "copybook NOSUCH not found; COPY left unexpanded"
            ),
            (
                ProblemSeverity::Info,
                3,
                "IBM-supplied copybook DFHAID not in the project; not expanded"
            ),
            (
                ProblemSeverity::Info,
                5,
                "IBM-supplied copybook SQLCA not in the project; not expanded"
            ),
            (
                ProblemSeverity::Info,
                6,
                "IBM-supplied copybook CMQV not in the project; not expanded"
            ),
            (
                ProblemSeverity::Info,
                7,
                "IBM-supplied copybook DFHBMSCA not in the project; not expanded"
            ),
        ]
    );
    assert_eq!(e.inclusions.len(), 6);
    assert!(e.inclusions.iter().all(|i| i.resolved.is_none()));
    let system: Vec<_> = e.inclusions.iter().map(|i| i.system).collect();
    assert_eq!(system, vec![false, true, false, true, true, true]);
    assert_eq!(e.inclusions[3].kind, IncludeKind::SqlInclude);
    // Blanked statement text still maps to where it was.
    let o = e.map.origin(e.text.find('\n').unwrap() + 1).unwrap();
    assert_eq!(line_at(&src, o.offset), 2);
}

#[test]
fn replace_statement_and_replace_off() {
    let lib = Lib::new().with(
        "FIELDS",
        1,
        "       05  WS-OLD-AMT PIC 9.\n       05  WS-OLD PIC X.\n",
    );
    let src = fixed(&[
        " REPLACE ==WS-OLD== BY ==WS-NEW==",
        "         ==CLAIM TABLE== BY ==CLAIM-TBL==.",
        " 01  WS-OLD PIC X.",
        " 01  WS-GROUP.",
        " COPY FIELDS.",
        "     MOVE CLAIM",
        "         TABLE TO WS-OLD.",
        " REPLACE OFF.",
        " 01  WS-OLD PIC X.",
    ]);
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(ls[0], "*>REPLACE ==WS-OLD== BY ==WS-NEW==");
    assert_eq!(ls[1], "*>        ==CLAIM TABLE== BY ==CLAIM-TBL==.");
    assert_eq!(ls[2], "01  WS-NEW PIC X.");
    // Words match whole: WS-OLD-AMT is untouched.
    assert_eq!(ls[4], "05  WS-OLD-AMT PIC 9.");
    assert_eq!(ls[5], "05  WS-NEW PIC X.");
    // A match spanning lines keeps the line break after the replacement.
    assert_eq!(ls[6], "", "rest of the COPY line");
    assert_eq!(ls[7], "    MOVE CLAIM-TBL");
    assert_eq!(ls[8], " TO WS-NEW.");
    assert_eq!(ls[9], "*>REPLACE OFF.");
    assert_eq!(ls[10], "01  WS-OLD PIC X.");
    let o = origin_of(&e, "WS-NEW PIC");
    assert!(o.replaced);
    assert_eq!((o.file, line_at(&src, o.offset)), (MAIN, 3));
    let o = origin_of(&e, "05  WS-NEW");
    let at = e.text.find("05  WS-NEW").unwrap() + 4;
    assert!(!o.replaced);
    let o = e.map.origin(at).unwrap();
    assert_eq!((o.file, o.replaced), (1, true));
    let at = e.text.find("MOVE CLAIM-TBL").unwrap() + 5;
    let o = e.map.origin(at).unwrap();
    assert!(o.replaced);
    assert_eq!(&src[o.offset..o.offset + 5], "CLAIM");
}

#[test]
fn replace_followed_by_code_on_the_same_line_is_blanked() {
    let src = fixed(&[
        " REPLACE ==A-X== BY ==B-X==. 01 A-X PIC X.",
        " REPLACE ==B-X== BY ==C-X==.",
        " 01 A-X PIC X. 01 B-X PIC X.",
        " REPLACE ALSO ==D-X== BY ==E-X==.",
        " 01 D-X. 01 B-X.",
        " REPLACE LAST OFF.",
        " 01 D-X. 01 B-X.",
    ]);
    let e = run(&src, &Lib::new());
    let ls = lines(&e);
    assert_eq!(ls[0].trim_start(), "01 B-X PIC X.");
    assert_eq!(ls[2], "01 A-X PIC X. 01 C-X PIC X.");
    assert_eq!(ls[4], "01 E-X. 01 C-X.");
    assert_eq!(ls[6], "01 D-X. 01 C-X.");
}

#[test]
fn panvalet_and_librarian_includes() {
    let lib = Lib::new()
        .with("CLAIMREC", 1, &claimrec())
        .with("PROCPARA", 2, PROCPARA);
    let mut src = String::from("-INC CLAIMREC\n");
    src.push_str(&fixed(&[" ++INCLUDE PROCPARA", " 01 WS-A PIC X."]));
    src.push_str("++INCLUDE MISSINGMB\n");
    let e = run_with(&src, &lib, &fixed_opts());
    assert!(e.text.starts_with("*> CLAIM RECORD LAYOUT"));
    assert_eq!(lines(&e)[1].trim_end(), "01  CLAIM-RECORD.");
    assert!(e.text.contains("VALIDATE-CLAIM."));
    assert!(!e.text.contains("-INC") && !e.text.contains("++INCLUDE"));
    let kinds: Vec<_> = e.inclusions.iter().map(|i| (i.kind, i.line)).collect();
    assert_eq!(
        kinds,
        vec![
            (IncludeKind::PanvaletInc, 1),
            (IncludeKind::PlusInclude, 2),
            (IncludeKind::PlusInclude, 4)
        ]
    );
    assert_eq!(
        messages(&e),
        vec!["copybook MISSINGMB not found; ++INCLUDE left unexpanded"]
    );
    let o = origin_of(&e, "CLAIM-STATUS");
    assert_eq!((o.file, line_at(&claimrec(), o.offset)), (1, 5));
    // In free format too.
    let free = ">>SOURCE FREE\n  -INC PROCPARA\nSTOP RUN.\n";
    let e = run(free, &lib);
    assert!(e.text.contains("VALIDATE-CLAIM."));
    assert_eq!(e.inclusions[0].line, 2);
}

#[test]
fn exec_sql_include_across_lines() {
    let lib = Lib::new().with(
        "CLAIMTAB",
        1,
        "       01  DCL-CLAIM.\n           10 CLAIM-NO   PIC X(10).\n",
    );
    let src = fixed(&[
        " WORKING-STORAGE SECTION.",
        "     EXEC SQL",
        "         INCLUDE CLAIMTAB",
        "     END-EXEC.",
        "     EXEC SQL INCLUDE SQLCA END-EXEC",
        " 01 WS-Z PIC X.",
        "     EXEC SQL SELECT A INTO :B FROM T END-EXEC.",
    ]);
    let e = run(&src, &lib);
    let ls = lines(&e);
    assert_eq!(ls[1], "    01  DCL-CLAIM.");
    assert_eq!(ls[2], "    10 CLAIM-NO   PIC X(10).");
    assert_eq!(ls[3], "");
    assert_eq!(ls[4].trim(), "");
    assert_eq!(ls[5], "01 WS-Z PIC X.");
    assert!(ls[6].contains("EXEC SQL SELECT"));
    assert_eq!(e.inclusions.len(), 2);
    assert_eq!(e.inclusions[0].kind, IncludeKind::SqlInclude);
    assert_eq!(e.inclusions[0].line, 2);
    assert!(e.inclusions[1].system);
    let o = origin_of(&e, "CLAIM-NO");
    assert_eq!((o.file, line_at(lib.text(1).unwrap(), o.offset)), (1, 2));
}

#[test]
fn copybooks_in_other_formats_are_detected_per_file() {
    let lib = Lib::new().with(
        "FREEBOOK",
        1,
        "*> free-format copybook\n01 FB-REC.\n   05 FB-FIELD PIC X(100) VALUE 'A LONG VALUE THAT GOES PAST COLUMN SEVENTY-TWO OF THE LINE'.\n",
    );
    let src = fixed(&[" COPY FREEBOOK."]);
    let e = run(&src, &lib);
    assert!(e.text.contains("01 FB-REC."));
    assert!(e.text.contains("SEVENTY-TWO OF THE LINE'."));
}

// ---------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------

#[test]
fn malformed_statements_do_not_break_the_rest() {
    let lib = Lib::new().with("X", 1, "       01 X-REC PIC X.\n");
    // Unterminated pseudo-text: the COPY ends before it, the text stays.
    let e = run(
        &fixed(&[" COPY X REPLACING ==A BY ==B", " 01 Y PIC X."]),
        &lib,
    );
    assert!(e.text.contains("X-REC"));
    assert!(e.text.contains("01 Y PIC X."));
    assert!(!e.problems.is_empty());
    // COPY without a period at the end of the file.
    let e = run("       COPY X", &lib);
    assert!(e.text.contains("X-REC"));
    assert_eq!(messages(&e), vec!["COPY X: missing period"]);
    // COPY with nothing after it.
    let e = run("       COPY", &lib);
    assert!(e.inclusions.is_empty());
    // Unterminated literal before a COPY on the next line.
    let e = run(&fixed(&["     DISPLAY 'OPEN", " COPY X."]), &lib);
    assert!(e.text.contains("X-REC"));
    // REPLACE without pairs or period.
    let e = run(&fixed(&[" REPLACE ==A== BY", " 01 A PIC X."]), &lib);
    assert!(e.text.contains("01 A PIC X."));
    let e = run(&fixed(&[" REPLACE"]), &lib);
    assert_eq!(lines(&e), vec!["REPLACE"]);
    // An empty pattern is refused, not looped on.
    let e = run(&fixed(&[" COPY X REPLACING ==== BY ==Y==."]), &lib);
    assert!(e.text.contains("X-REC"));
    // Continuation as the first line.
    let e = run(&fixed(&["-    'ABC'."]), &lib);
    assert_eq!(lines(&e), vec!["    'ABC'."]);
}

#[test]
fn deep_and_wide_copy_nesting_is_bounded() {
    // A chain of 10,000 copybooks, each copying the next.
    let mut lib = Lib::new();
    for i in 0..10_000u32 {
        lib = lib.with(
            &format!("C{i}"),
            i + 1,
            &format!("       01 F{i} PIC X.\n       COPY C{}.\n", i + 1),
        );
    }
    let e = run(&fixed(&[" COPY C0."]), &lib);
    assert_eq!(e.inclusions.len() as u32, MAX_DEPTH + 1);
    assert!(e.inclusions.iter().all(|i| i.depth <= MAX_DEPTH + 1));
    assert!(
        messages(&e)
            .iter()
            .any(|m| m.contains("deeper than 32 levels"))
    );
    assert!(e.text.contains("F31 ") && !e.text.contains("F32 "));
    // 10,000 COPY statements of one copybook in one program.
    let lib = Lib::new().with("ONE", 1, "       05 ONE-FIELD PIC X.\n");
    let src = " COPY ONE.\n".repeat(10_000);
    let e = run_with(
        &src,
        &lib,
        &PreprocessOptions {
            format: Some(SourceFormat::Free),
            ..Default::default()
        },
    );
    assert_eq!(e.text.matches("ONE-FIELD").count(), 10_000);
    assert_eq!(lib.calls.borrow().len(), 1, "lookups are cached");
    // A copy bomb (10^8 copies), stopped by the expansion budget (small here to keep the
    // debug-mode test fast; `bench_copy_bomb` runs it with the real budget).
    let lib = copy_bomb();
    let src = fixed(&[" COPY B0."]);
    let e = preprocess_with_budget(MAIN, &src, &PreprocessOptions::default(), &lib, 1 << 20);
    assert!(e.text.len() <= 2 << 20);
    assert!(messages(&e).iter().any(|m| m.contains("larger than")));
    // REPLACING growth is bounded too.
    let lib = Lib::new().with("WORDS", 1, &"       A A A A A A A A A A\n".repeat(1000));
    let big = "X".repeat(10_000);
    let src = fixed(&[&format!(" COPY WORDS REPLACING A BY =={big}==.")]);
    let e = preprocess_with_budget(MAIN, &src, &PreprocessOptions::default(), &lib, 1 << 20);
    assert!(e.text.len() <= 2 << 20);
    assert!(messages(&e).iter().any(|m| m.contains("too large")));
}

/// 8 levels of copybooks, each copying the next 10 times.
fn copy_bomb() -> Lib {
    let mut lib = Lib::new();
    for i in 0..8u32 {
        let body = format!("       01 BOMB-{i} PIC X(100).\n")
            + &format!("       COPY B{}.\n", i + 1).repeat(10);
        lib = lib.with(&format!("B{i}"), i + 1, &body);
    }
    lib
}

#[test]
#[ignore = "benchmark; run in release mode with --ignored --nocapture"]
fn bench_copy_bomb() {
    let lib = copy_bomb();
    let src = fixed(&[" COPY B0."]);
    let t = std::time::Instant::now();
    let e = preprocess(MAIN, &src, &PreprocessOptions::default(), &lib);
    println!(
        "copy bomb: stopped at {} bytes, {} inclusions in {:.3} s",
        e.text.len(),
        e.inclusions.len(),
        t.elapsed().as_secs_f64()
    );
    assert!(messages(&e).iter().any(|m| m.contains("inclusions")));
}

#[test]
fn huge_lines_binary_garbage_and_big_files() {
    let lib = Lib::new().with("X", 1, "       01 X-REC PIC X.\n");
    let huge = format!("{} COPY X.\n", "A".repeat(5_000_000));
    let e = run_with(
        &huge,
        &lib,
        &PreprocessOptions {
            format: Some(SourceFormat::Free),
            ..Default::default()
        },
    );
    assert!(e.text.contains("X-REC"));
    let e = run_with(
        &huge,
        &lib,
        &PreprocessOptions {
            format: Some(SourceFormat::Variable),
            ..Default::default()
        },
    );
    assert!(e.text.contains("X-REC"));
    let e = run_with(&huge, &lib, &fixed_opts());
    assert_eq!(e.text.len(), 66);
    let tabs = format!("000100\t{}'\n-\t'x\n", "\tB\u{e9}".repeat(200_000));
    let _ = run(&tabs, &lib);
    let garbage: String = (0..200_000u32)
        .map(|i| char::from_u32((i.wrapping_mul(2_654_435_761) >> 7) % 0x800).unwrap_or('?'))
        .collect();
    let _ = run(&garbage, &lib);
    let quotes = "'\"=='\"==\n".repeat(10_000);
    let _ = run(&quotes, &lib);
    // A 20 MB program.
    let mut big = String::with_capacity(21 << 20);
    let mut n = 0;
    while big.len() < 20 << 20 {
        n += 1;
        let copy = if n % 4 == 0 { " COPY X." } else { "" };
        let body = format!("     MOVE WS-CLAIM-AMT-{n} TO WS-TOTAL.{copy}");
        big.push_str(&format!(
            "{:06}{body:<66}PROG{:04}\n",
            n % 1_000_000,
            n % 10_000
        ));
    }
    let e = preprocess(MAIN, &big, &PreprocessOptions::default(), &lib);
    assert_eq!(e.inclusions.len(), n / 4);
    assert_eq!(e.format, SourceFormat::Fixed);
    assert!(e.problems.is_empty());
    // Past MAX_INCLUSIONS statements are blanked and reported once.
    let many = " COPY X.\n".repeat(MAX_INCLUSIONS + 10);
    let e = preprocess(MAIN, &many, &PreprocessOptions::default(), &lib);
    assert_eq!(e.inclusions.len(), MAX_INCLUSIONS);
    assert_eq!(messages(&e).len(), 1);
    assert_eq!(e.text.matches('\n').count(), MAX_INCLUSIONS * 2 + 10);
}

use crate::test_rng::Rng;

const FRAGMENTS: &[&str] = &[
    "COPY ",
    "COPY A.",
    "COPY B",
    "COPY C.",
    " REPLACING ",
    "==",
    "==:P:==",
    " BY ",
    "'",
    "\"",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "*>",
    "-",
    "      *",
    "      -",
    "      D",
    "000100",
    "       ",
    " A",
    "B-C",
    ".",
    " . ",
    "REPLACE ",
    "OFF",
    " ALSO ",
    "LAST ",
    "EXEC SQL INCLUDE ",
    "END-EXEC",
    "-INC ",
    "++INCLUDE ",
    ">>SOURCE FORMAT FREE\n",
    ">>SOURCE FIXED\n",
    ">>D ",
    "LEADING ",
    "TRAILING ",
    ":P:",
    "(P)",
    "\u{e9}",
    "\u{FEFF}",
    "X'",
    "1.5",
    "OF ",
    "IN ",
    "SUPPRESS",
    "PIC X(10)",
    "CBL ",
    "EJECT",
    "TITLE 'T'",
    "$SET SOURCEFORMAT\"FREE\"",
    ",",
    ";",
    "\u{0}",
    "\u{7f}",
    "\u{1F600}",
    "====",
    "== ==",
    "'A''B'",
    "         1         2         3",
];

fn random_text(rng: &mut Rng, max: usize) -> String {
    let n = rng.below(max);
    let mut s = String::new();
    for _ in 0..n {
        if rng.below(8) == 0 {
            s.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('#'));
        } else {
            s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        }
    }
    s
}

/// Lines of a text: LF, CR LF and lone CR each end one; a last unterminated line counts.
fn count_lines(s: &str) -> usize {
    let t = s.replace("\r\n", "\n").replace('\r', "\n");
    t.matches('\n').count() + usize::from(!t.is_empty() && !t.ends_with('\n'))
}

#[test]
fn random_inputs_never_panic_and_keep_the_map_exact() {
    // More rounds / another seed: PREPROCESS_FUZZ_ROUNDS, PREPROCESS_FUZZ_SEED.
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let mut rng = Rng(env("PREPROCESS_FUZZ_SEED", 0x9E37_79B9_7F4A_7C15) | 1);
    for round in 0..env("PREPROCESS_FUZZ_ROUNDS", 3000) {
        let lib = Lib::new()
            .with("A", 1, &random_text(&mut rng, 30))
            .with("B", 2, &random_text(&mut rng, 30))
            .with("C", 3, &random_text(&mut rng, 30));
        let main = random_text(&mut rng, 120);
        let options = PreprocessOptions {
            format: match rng.below(4) {
                0 => Some(SourceFormat::Fixed),
                1 => Some(SourceFormat::Free),
                2 => Some(SourceFormat::Variable),
                _ => None,
            },
            debugging_lines_as_code: rng.below(2) == 0,
            drop_comment_lines: rng.below(2) == 0,
            tab_width: [None, Some(0), Some(1), Some(4), Some(255)][rng.below(5)],
        };
        let e = preprocess(MAIN, &main, &options, &lib);
        if let Err(err) = e.map.verify(&e.text, |k| {
            if k == MAIN {
                Some(main.as_str())
            } else {
                lib.text(k)
            }
        }) {
            panic!("round {round}: {err}\ninput: {main:?}\noptions: {options:?}");
        }
        for i in 0..e.text.len() {
            assert!(
                e.map.origin(i).is_some(),
                "round {round}: byte {i} unmapped"
            );
        }
        assert!(e.map.origin(e.text.len()).is_none());
        assert!(e.inclusions.iter().all(|i| i.depth <= MAX_DEPTH + 1));
        assert!(e.problems.iter().all(|p| p.line >= 1));
        if e.inclusions.is_empty() {
            // Without inclusions the line structure is exactly the file's.
            let got = e.text.matches('\n').count();
            assert_eq!(got, count_lines(&main), "round {round}: {main:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Benchmark (release mode): cargo test --release -- --ignored --nocapture bench
// ---------------------------------------------------------------------------------------

/// A generated fixed-format program of `lines` lines (sequence numbers, tags, comments,
/// literals, a few COPYs).
fn generated_program(lines: usize) -> String {
    let mut s = String::with_capacity(lines * 81);
    s.push_str("000001 IDENTIFICATION DIVISION.\n000002 PROGRAM-ID. BIGPROG.\n000003 DATA DIVISION.\n000004 WORKING-STORAGE SECTION.\n");
    for i in 4..lines {
        let body = match i % 10 {
            0 => format!("*    COMPUTATION STEP {i} OF THE NIGHTLY CLAIM RUN"),
            1 => format!("     MOVE 'CLAIM-{i:08}' TO WS-CLAIM-KEY (WS-IDX)"),
            2 => format!("     COMPUTE WS-TOTAL = WS-TOTAL + WS-AMT-{i} * 1.05"),
            3 => "     IF WS-STATUS = 'P' OR WS-STATUS = 'Q'".to_string(),
            4 => "        PERFORM 2000-PROCESS-CLAIM THRU 2000-EXIT".to_string(),
            5 => "     END-IF".to_string(),
            6 => format!("     ADD 1 TO WS-COUNTER-{}", i % 97),
            7 if i % 1000 == 7 => " COPY SMALLCB.".to_string(),
            _ => format!("     DISPLAY \"REC \" WS-REC-{i}"),
        };
        s.push_str(&format!(
            "{:06}{body:<66}CLM{:05}\n",
            i % 1_000_000,
            i % 100_000
        ));
    }
    s
}

#[test]
#[ignore = "benchmark; run in release mode with --ignored --nocapture"]
fn bench_preprocess_1m_lines() {
    let src = generated_program(1_000_000);
    let lib = Lib::new().with("SMALLCB", 1, "       05  SMALL-FIELD PIC X.\n");
    let options = PreprocessOptions::default();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let e = preprocess(MAIN, &src, &options, &lib);
        let secs = t.elapsed().as_secs_f64();
        best = best.min(secs);
        assert_eq!(e.inclusions.len(), 1000);
        std::hint::black_box(&e);
    }
    let mb = src.len() as f64 / 1e6;
    println!(
        "preprocess: {:.1} MB, 1,000,000 lines in {:.3} s = {:.0} MB/s",
        mb,
        best,
        mb / best
    );
    let e = preprocess(MAIN, &src, &options, &lib);
    println!(
        "expanded {} bytes, {} map segments",
        e.text.len(),
        e.map.segments().len()
    );
}

#[test]
fn generated_program_is_mapped_exactly() {
    let src = generated_program(5000);
    let lib = Lib::new().with("SMALLCB", 1, "       05  SMALL-FIELD PIC X.\n");
    let e = run(&src, &lib);
    assert_eq!(e.inclusions.len(), 5);
    assert!(e.problems.is_empty());
}

#[test]
fn public_types_implement_serialize() {
    fn is_serialize<T: serde::Serialize>(_: &T) {}
    let inc = Inclusion {
        name: "X".into(),
        library: None,
        kind: IncludeKind::SqlInclude,
        from_file: 0,
        line: 1,
        resolved: None,
        system: false,
        depth: 1,
    };
    is_serialize(&inc);
    is_serialize(&SourceFormat::Free);
    is_serialize(&PreprocessProblem {
        file: 0,
        line: 1,
        message: String::new(),
        severity: ProblemSeverity::Info,
    });
}

#[test]
fn directives_with_identification_area_tags_are_still_directives() {
    // Columns 73–80 hold a program tag on every line of many shops' sources.
    let src = "000100     EJECT                                                        PAYCALC1\n\
               000200     SKIP2                                                        PAYCALC1\n\
               000300     MOVE 1 TO WS-A.                                              PAYCALC1\n";
    let e = run_with(src, &Lib::new(), &fixed_opts());
    let ls = lines(&e);
    assert_eq!(ls[0].trim_end(), "    *>EJECT");
    assert_eq!(ls[1].trim_end(), "    *>SKIP2");
    assert_eq!(ls[2].trim_end(), "    MOVE 1 TO WS-A.");
}

#[test]
fn comment_lines_can_be_left_out() {
    let src = fixed(&[
        "* A BANNER THE PARSER NEED NOT READ",
        " IDENTIFICATION DIVISION.",
        "/ NEW PAGE",
        " PROGRAM-ID. X.",
    ]);
    let options = PreprocessOptions {
        drop_comment_lines: true,
        ..fixed_opts()
    };
    let e = run_with(&src, &Lib::new(), &options);
    let ls = lines(&e);
    assert_eq!(ls, ["", "IDENTIFICATION DIVISION.", "", "PROGRAM-ID. X."]);
    let o = origin_of(&e, "PROGRAM-ID");
    assert_eq!(&src[o.offset..o.offset + 10], "PROGRAM-ID");
}

#[test]
fn a_period_missing_before_an_area_a_paragraph_is_assumed() {
    let src = fixed(&[
        " IDENTIFICATION DIVISION.",
        " PROGRAM-ID. X.",
        " PROCEDURE DIVISION.",
        " 1000-FIRST.",
        "     IF WS-A = 1",
        "         MOVE 1 TO WS-B",
        "     END-IF",
        " 2000-SECOND.",
        "     EXIT.",
        " 3000-THIRD SECTION.",
        "     GOBACK.",
    ]);
    let e = run_with(&src, &Lib::new(), &fixed_opts());
    let ls = lines(&e);
    assert_eq!(ls[6], "    END-IF.");
    assert_eq!(ls[8], "    EXIT.");
    assert_eq!(messages(&e).len(), 1, "{:?}", messages(&e));
    assert!(messages(&e)[0].contains("period missing before 2000-SECOND"));
    assert_eq!(e.problems[0].line, 8);
    // A header after a complete sentence, and Area B words, are left alone.
    let fine = fixed(&[
        " PROCEDURE DIVISION.",
        " A-PARA.",
        "     DISPLAY 'X'.",
        " B-PARA.",
        "     DISPLAY",
        "         WS-NAME.",
    ]);
    let e = run_with(&fine, &Lib::new(), &fixed_opts());
    assert!(e.problems.is_empty(), "{:?}", messages(&e));
    assert_eq!(lines(&e)[4], "    DISPLAY");
}
