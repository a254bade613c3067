//! Decides what a file is from its name *and* its content.
//!
//! Extensions in legacy estates lie (`.txt` programs, `.cbl` copybooks, members with no extension
//! at all), so content wins whenever it is clear; the extension breaks ties.

use crate::model::FileKind;

/// How many leading lines of a file are looked at for content clues.
const SNIFF_LINES: usize = 400;

/// Classifies a decoded file. `path` is only used for its extension.
pub fn classify(path: &str, text: &str) -> FileKind {
    let ext = extension(path);
    if NEVER_CODE.contains(&ext.as_str()) {
        return FileKind::Other;
    }
    let clues = Clues::gather(text);
    let by_ext = kind_by_extension(&ext);

    if by_ext == Some(FileKind::Java) && !clues.cobol_program && !clues.jcl {
        return FileKind::Java;
    }
    // A DFHMSD/DFHMDI/DFHMDF statement is a map source, whatever its comments mention.
    if clues.bms_macro && !clues.identification {
        return FileKind::BmsMap;
    }
    if clues.cobol_program {
        return FileKind::CobolProgram;
    }
    if clues.bms {
        return FileKind::BmsMap;
    }
    if clues.jcl {
        return FileKind::Jcl;
    }
    // DFHCSDUP input: `DEFINE TRANSACTION(…)` lines, whatever the extension.
    if !clues.java && crate::cics::csd::looks_like_csd(text) {
        return FileKind::CicsCsd;
    }
    if clues.java {
        return FileKind::Java;
    }
    if clues.sql_ddl && !matches!(by_ext, Some(FileKind::CobolCopybook)) {
        return FileKind::SqlDdl;
    }
    match by_ext {
        // A `.cbl` holding only data entries or procedure fragments is a copybook.
        Some(FileKind::CobolProgram) | Some(FileKind::CobolCopybook) => FileKind::CobolCopybook,
        Some(kind) => kind,
        None if clues.cobol_fragment => FileKind::CobolCopybook,
        None => FileKind::Other,
    }
}

/// Extensions of documents and other languages: whatever they quote, they are not COBOL, JCL,
/// Java or DDL to index.
const NEVER_CODE: &[&str] = &[
    "md",
    "markdown",
    "rst",
    "adoc",
    "html",
    "htm",
    "xml",
    "xsd",
    "json",
    "yaml",
    "yml",
    "csv",
    "properties",
    "pdf",
    "png",
    "jpg",
    "jpeg",
    "gif",
    "svg",
    "css",
    "js",
    "ts",
    "py",
    "sh",
    "bat",
    "cmd",
    "ps1",
    "gradle",
    "mf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "zip",
    "jar",
    "class",
    "war",
    "ear",
    "log",
];

fn extension(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rfind('.') {
        Some(i) if i > 0 => name[i + 1..].to_ascii_lowercase(),
        _ => String::new(),
    }
}

fn kind_by_extension(ext: &str) -> Option<FileKind> {
    Some(match ext {
        "cbl" | "cob" | "cobol" | "ccp" | "pco" | "sqb" => FileKind::CobolProgram,
        "cpy" | "copy" | "cpb" | "inc" => FileKind::CobolCopybook,
        "jcl" | "job" | "proc" | "prc" => FileKind::Jcl,
        "java" => FileKind::Java,
        "sql" | "ddl" | "db2" => FileKind::SqlDdl,
        "bms" => FileKind::BmsMap,
        _ => return None,
    })
}

/// Content clues found in the first lines of a file.
#[derive(Debug, Default)]
struct Clues {
    cobol_program: bool,
    cobol_fragment: bool,
    jcl: bool,
    java: bool,
    sql_ddl: bool,
    bms: bool,
    /// A BMS macro as the operation of an assembler statement (not in a comment).
    bms_macro: bool,
    /// An IDENTIFICATION DIVISION header.
    identification: bool,
}

impl Clues {
    fn gather(text: &str) -> Clues {
        let mut clues = Clues::default();
        let mut identification = false;
        let mut program_id = false;
        let mut jcl_lines = 0usize;
        let mut code_lines = 0usize;
        let mut level_lines = 0usize;
        let mut java_lines = 0usize;
        for raw in text.lines().take(SNIFF_LINES) {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            code_lines += 1;
            let upper = line.to_ascii_uppercase();
            let cobol_area = cobol_code_area(&upper);
            // Fixed format reads columns 8–72; free format the whole line.
            for area in [cobol_area, upper.as_str()] {
                let area = area.trim_start();
                if area.starts_with("IDENTIFICATION DIVISION") || area.starts_with("ID DIVISION") {
                    identification = true;
                }
                if area.starts_with("PROGRAM-ID") {
                    program_id = true;
                }
            }
            if starts_with_level_number(cobol_area) {
                level_lines += 1;
            }
            if is_jcl_statement(&upper) {
                jcl_lines += 1;
            }
            let trimmed = upper.trim_start();
            if trimmed.starts_with("PACKAGE ") && trimmed.trim_end().ends_with(';')
                || trimmed.starts_with("IMPORT ") && trimmed.trim_end().ends_with(';')
                || is_java_type_header(trimmed)
            {
                java_lines += 1;
            }
            if (trimmed.starts_with("CREATE ") || trimmed.starts_with("ALTER TABLE"))
                && (upper.contains(" TABLE ")
                    || upper.contains(" VIEW ")
                    || upper.contains(" INDEX "))
            {
                clues.sql_ddl = true;
            }
            if upper.contains("DFHMSD") || upper.contains("DFHMDI") {
                clues.bms = true;
                if is_bms_macro_statement(&upper) {
                    clues.bms_macro = true;
                }
            }
        }
        clues.cobol_program = program_id || identification;
        clues.identification = identification;
        clues.cobol_fragment = level_lines > 0 && level_lines * 2 >= code_lines.min(40);
        clues.jcl = jcl_lines > 0 && text.trim_start().starts_with("//");
        clues.java = java_lines > 0 && !clues.cobol_program;
        clues
    }
}

/// The part of a line a fixed-format COBOL compiler reads (columns 8–72), or the whole line when
/// it is too short to be fixed format.
fn cobol_code_area(line: &str) -> &str {
    let bytes = line.as_bytes();
    if bytes.len() > 7 && line.is_char_boundary(7) && bytes[6] != b'*' && bytes[6] != b'/' {
        let end = bytes.len().min(72);
        if line.is_char_boundary(end) {
            return &line[7..end];
        }
        return &line[7..];
    }
    line
}

fn starts_with_level_number(area: &str) -> bool {
    let t = area.trim_start();
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 2 {
        return false;
    }
    let level: u32 = digits.parse().unwrap_or(0);
    let rest = &t[digits.len()..];
    ((1..=49).contains(&level) || matches!(level, 66 | 77 | 88)) && rest.starts_with(' ')
}

/// An assembler statement whose operation is a BMS macro: `NAME     DFHMSD …` or, with column
/// 1 blank, `         DFHMDI …`.
fn is_bms_macro_statement(upper: &str) -> bool {
    if upper.starts_with('*') || upper.starts_with(".*") {
        return false;
    }
    let mut words = upper.split_whitespace();
    let op = if upper.starts_with(|c: char| c.is_whitespace()) {
        words.next()
    } else {
        words.nth(1)
    };
    matches!(op, Some("DFHMSD" | "DFHMDI" | "DFHMDF"))
}

fn is_jcl_statement(upper: &str) -> bool {
    if !upper.starts_with("//") || upper.starts_with("//*") {
        return false;
    }
    let mut words = upper[2..].split_whitespace();
    let first = words.next().unwrap_or("");
    let op = if upper.as_bytes().get(2) == Some(&b' ') {
        first
    } else {
        words.next().unwrap_or("")
    };
    matches!(
        op,
        "JOB" | "EXEC" | "DD" | "PROC" | "PEND" | "SET" | "INCLUDE" | "JCLLIB" | "IF" | "ENDIF"
    )
}

fn is_java_type_header(trimmed_upper: &str) -> bool {
    let mut rest = trimmed_upper;
    for modifier in ["PUBLIC ", "ABSTRACT ", "FINAL ", "STATIC "] {
        if let Some(r) = rest.strip_prefix(modifier) {
            rest = r;
        }
    }
    (rest.starts_with("CLASS ") || rest.starts_with("INTERFACE ") || rest.starts_with("ENUM "))
        && trimmed_upper.contains('{')
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str = "000100 IDENTIFICATION DIVISION.                                         PAYCALC\n\
                           000200 PROGRAM-ID. PAYCALC.\n\
                           000300 PROCEDURE DIVISION.\n\
                           000400     GOBACK.\n";

    const COPYBOOK: &str = "      * CLAIM RECORD LAYOUT\n\
                            \x20      01  CLAIM-REC.\n\
                            \x20          05  CLAIM-ID        PIC X(10).\n\
                            \x20          05  CLAIM-AMT       PIC S9(7)V99 COMP-3.\n";

    #[test]
    fn content_wins_over_extension() {
        assert_eq!(
            classify("legacy/PAYCALC.txt", PROGRAM),
            FileKind::CobolProgram
        );
        assert_eq!(
            classify("src/CLAIMREC.cbl", COPYBOOK),
            FileKind::CobolCopybook
        );
        assert_eq!(classify("copy/CLAIMREC", COPYBOOK), FileKind::CobolCopybook);
        assert_eq!(classify("src/PAYCALC.cpy", PROGRAM), FileKind::CobolProgram);
        let free = ">>SOURCE FORMAT FREE\nIDENTIFICATION DIVISION.\nPROGRAM-ID. FREEPGM.\n";
        assert_eq!(classify("src/FREEPGM.cbl", free), FileKind::CobolProgram);
        let comment_only = "      * PROGRAM-ID IS MENTIONED IN A COMMENT\n       01 X PIC X.\n";
        assert_eq!(classify("src/X.cpy", comment_only), FileKind::CobolCopybook);
    }

    #[test]
    fn jcl_java_sql_bms() {
        let jcl = "//PAYNIGHT JOB (ACCT),'NIGHTLY',CLASS=A\n//STEP01  EXEC PGM=PAYCALC\n//IN DD DSN=X,DISP=SHR\n";
        assert_eq!(classify("jobs/PAYNIGHT", jcl), FileKind::Jcl);
        let java = "package com.acme;\n\npublic class Claim {\n}\n";
        assert_eq!(classify("notes/Claim.txt", java), FileKind::Java);
        assert_eq!(classify("src/Claim.java", "class X {}"), FileKind::Java);
        let ddl = "-- schema\nCREATE TABLE CLAIM (\n  CLAIM_ID CHAR(10) NOT NULL\n);\n";
        assert_eq!(classify("db/schema.txt", ddl), FileKind::SqlDdl);
        let bms = "PAYMAP   DFHMSD TYPE=&SYSPARM,MODE=INOUT,LANG=COBOL\n";
        assert_eq!(classify("maps/PAYMAP.asm", bms), FileKind::BmsMap);
        // Assembler statements and comments before DFHMSD, even one naming a PROGRAM-ID.
        let titled = "         TITLE 'PAYMENT MAPS'\n\
                      *      PROGRAM-ID PAYONL USES THIS MAPSET\n\
                      \x20        PRINT NOGEN\n\
                      PAYSET   DFHMSD TYPE=&SYSPARM,MODE=INOUT,LANG=COBOL\n\
                      PAYMAP   DFHMDI SIZE=(24,80)\n";
        assert_eq!(classify("maps/PAYSET", titled), FileKind::BmsMap);
        assert_eq!(classify("maps/PAYSET.cpy", titled), FileKind::BmsMap);
        // A COBOL program mentioning a map in EXEC CICS stays a program.
        let program = format!(
            "{PROGRAM}000500     EXEC CICS SEND MAP('PAYMAP') MAPSET('DFHMSD') END-EXEC.\n"
        );
        assert_eq!(classify("src/PAYONL.cbl", &program), FileKind::CobolProgram);
    }

    #[test]
    fn documents_are_never_code() {
        assert_eq!(classify("cobol/EXPECTED.md", PROGRAM), FileKind::Other);
        assert_eq!(
            classify("docs/notes.html", "CREATE TABLE X (A INT);"),
            FileKind::Other
        );
    }

    #[test]
    fn unknown_is_other() {
        assert_eq!(
            classify("README", "Nothing to see here.\n"),
            FileKind::Other
        );
        assert_eq!(classify("empty.cbl", ""), FileKind::CobolCopybook);
        assert_eq!(classify("x.bin", ""), FileKind::Other);
    }
}
