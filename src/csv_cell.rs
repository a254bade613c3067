//! CSV cells for every CSV the tool writes (rule export, metrics, CRUD matrix, Neo4j import
//! files): RFC 4180 quoting, and neutralising of cells a spreadsheet would run as a formula.

use std::borrow::Cow;

/// First characters that make Excel or LibreOffice read a cell as a formula (`=`, `+`, `-`,
/// `@`), or that they skip before looking for one (TAB, CR).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell, ready to write: when it starts with `=`, `+`, `-`, `@`, TAB or CR it gets a
/// leading `'`, so a spreadsheet shows it as text instead of running it (CSV/formula
/// injection: a rule named `=HYPERLINK(…)` in a shared annotation file); then, as RFC 4180
/// says, a cell holding a comma, quote, CR or LF is wrapped in quotes with inner quotes doubled.
///
/// Use it for every cell whose text comes from code, annotation files or paths. Numeric
/// columns (line numbers, counts, metrics) are written as the number's digits instead and are
/// never prefixed, so spreadsheets keep reading them as numbers; all of them are unsigned, so
/// none starts with `-`.
pub fn text(s: &str) -> String {
    let neutral = neutralise(s);
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral.into_owned()
    }
}

/// `s` with a leading `'` when it starts with `=`, `+`, `-`, `@`, TAB or CR, else as it is: the
/// value a CSV reader gets back from [`text`].
pub fn neutralise(s: &str) -> Cow<'_, str> {
    if s.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// One line of text cells (each through [`text`]), comma-separated and ended by LF.
pub fn line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = cells
        .iter()
        .map(|c| text(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_as_rfc_4180() {
        assert_eq!(text("plain.id_$x"), "plain.id_$x");
        assert_eq!(text("a,b"), "\"a,b\"");
        assert_eq!(text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text("two\nlines"), "\"two\nlines\"");
        assert_eq!(text("cr\r"), "\"cr\r\"");
        assert_eq!(text(""), "");
        assert_eq!(text("<init>&&"), "<init>&&");
    }

    #[test]
    fn neutralises_cells_a_spreadsheet_would_run() {
        assert_eq!(
            text("=HYPERLINK(\"http://x\",\"click\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""
        );
        assert_eq!(text("=1+1"), "'=1+1");
        assert_eq!(text("+1"), "'+1");
        assert_eq!(text("-1"), "'-1");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("\t=1"), "'\t=1");
        assert_eq!(text("\r=1"), "\"'\r=1\"");
        // Only the first character counts.
        assert_eq!(text("a=b-c"), "a=b-c");
        assert_eq!(text("WS-A = -1"), "WS-A = -1");
        assert_eq!(text(" =1"), " =1");
        assert_eq!(text("12"), "12");
        assert_eq!(neutralise("-> x"), "'-> x");
        assert_eq!(neutralise("x"), "x");
    }

    #[test]
    fn a_line_joins_neutralised_cells() {
        assert_eq!(line(&["a", "-b", "c,d", ""]), "a,'-b,\"c,d\",\n");
        assert_eq!(line::<String>(&[]), "\n");
    }
}
