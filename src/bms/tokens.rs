//! BMS source as coloured tokens for the code view: comments, labels, macro and assembler
//! operations, operand keywords, quoted strings, numbers, attribute words, remarks, the
//! continuation column and the sequence columns. Lexical only, line by line (a quote left
//! open at column 71 of a continued line goes on in column 16 of the next), and total: any
//! text gives well-formed, ordered, non-overlapping byte ranges.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BmsToken {
    /// `*` / `.*` comment lines, remarks after the operands, columns 73–80.
    Comment,
    /// The name field (column 1): mapset, map and field names.
    Label,
    /// `DFHMSD`, `DFHMDI`, `DFHMDF`.
    Macro,
    /// Other assembler operations (`TITLE`, `PRINT`, `END`).
    Operation,
    /// An operand keyword before `=` (`POS`, `ATTRB`).
    Keyword,
    /// A quoted string (`INITIAL='…'`).
    String,
    Number,
    /// A value word (`ASKIP`, `UNPROT`, `COBOL`, `&SYSPARM`).
    Value,
    /// The continuation mark in column 72.
    Continuation,
}

/// The tokens of a BMS source: (start, end, kind) byte ranges in order.
pub fn tokens(text: &str) -> Vec<(usize, usize, BmsToken)> {
    let mut out = Vec::new();
    let mut continued = false;
    let mut in_quote = false;
    let mut line_start = 0;
    for raw in text.split_inclusive('\n') {
        let start = line_start;
        line_start += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let chars: Vec<(usize, char)> = line.char_indices().map(|(i, c)| (start + i, c)).collect();
        let end_of = |col: usize| chars.get(col).map_or(start + line.len(), |(i, _)| *i);
        let was_continued = continued;
        continued = chars.get(71).is_some_and(|(_, c)| !c.is_whitespace());
        if !was_continued && (line.starts_with('*') || line.starts_with(".*")) {
            out.push((start, start + line.len(), BmsToken::Comment));
            in_quote = false;
            continue;
        }
        let code_end = chars.len().min(71);
        let mut i = 0;
        if was_continued {
            i = 15.min(code_end);
        } else {
            in_quote = false;
            // Name field, then the operation.
            while i < code_end && !chars[i].1.is_whitespace() {
                i += 1;
            }
            if i > 0 {
                out.push((start, end_of(i), BmsToken::Label));
            }
            while i < code_end && chars[i].1.is_whitespace() {
                i += 1;
            }
            let op = i;
            while i < code_end && !chars[i].1.is_whitespace() {
                i += 1;
            }
            if i > op {
                let word: String = chars[op..i].iter().map(|(_, c)| *c).collect();
                let kind = if matches!(
                    word.to_ascii_uppercase().as_str(),
                    "DFHMSD" | "DFHMDI" | "DFHMDF"
                ) {
                    BmsToken::Macro
                } else {
                    BmsToken::Operation
                };
                out.push((end_of(op), end_of(i), kind));
            }
            while i < code_end && chars[i].1.is_whitespace() {
                i += 1;
            }
        }
        if !in_quote {
            while i < code_end && chars[i].1.is_whitespace() {
                i += 1;
            }
        }
        // Operands up to the first blank outside quotes; then remarks.
        while i < code_end {
            let c = chars[i].1;
            if in_quote || c == '\'' {
                let s = i;
                if !in_quote {
                    // The opening quote.
                    in_quote = true;
                    i += 1;
                }
                while i < code_end {
                    if chars[i].1 == '\'' {
                        if chars.get(i + 1).is_some_and(|(_, n)| *n == '\'') && i + 1 < code_end {
                            i += 2;
                            continue;
                        }
                        in_quote = false;
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                out.push((end_of(s), end_of(i), BmsToken::String));
                continue;
            }
            if c.is_whitespace() {
                out.push((end_of(i), end_of(code_end), BmsToken::Comment));
                break;
            }
            if c.is_alphanumeric() || c == '&' || c == '@' || c == '#' || c == '$' {
                let s = i;
                while i < code_end && {
                    let c = chars[i].1;
                    c.is_alphanumeric() || matches!(c, '&' | '@' | '#' | '$' | '-' | '.')
                } {
                    i += 1;
                }
                let word: String = chars[s..i].iter().map(|(_, c)| *c).collect();
                let kind = if chars.get(i).is_some_and(|(_, c)| *c == '=') {
                    BmsToken::Keyword
                } else if word.chars().all(|c| c.is_ascii_digit()) {
                    BmsToken::Number
                } else {
                    BmsToken::Value
                };
                out.push((end_of(s), end_of(i), kind));
                continue;
            }
            i += 1;
        }
        if chars.len() > 71 {
            if continued {
                out.push((end_of(71), end_of(72), BmsToken::Continuation));
            }
            if chars.len() > 72 {
                out.push((end_of(72), start + line.len(), BmsToken::Comment));
            }
        }
    }
    out.retain(|(s, e, _)| s < e);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(text: &str, tokens: &[(usize, usize, BmsToken)], needle: &str) -> BmsToken {
        let at = text.find(needle).unwrap();
        tokens
            .iter()
            .find(|(s, e, _)| *s <= at && at < *e)
            .map(|t| t.2)
            .unwrap_or_else(|| panic!("no token at {needle}"))
    }

    #[test]
    fn macros_labels_keywords_strings_and_comments() {
        let text = format!(
            "* HEADER\n{:<71}X00010000\n{:15}INITIAL='IT''S CONT' remark\n         PRINT NOGEN\n",
            "NINO     DFHMDF POS=(3,14),LENGTH=9,ATTRB=(UNPROT,IC),", ""
        );
        let t = tokens(&text);
        assert_eq!(kind_of(&text, &t, "* HEADER"), BmsToken::Comment);
        assert_eq!(kind_of(&text, &t, "NINO"), BmsToken::Label);
        assert_eq!(kind_of(&text, &t, "DFHMDF"), BmsToken::Macro);
        assert_eq!(kind_of(&text, &t, "POS"), BmsToken::Keyword);
        assert_eq!(kind_of(&text, &t, "14"), BmsToken::Number);
        assert_eq!(kind_of(&text, &t, "UNPROT"), BmsToken::Value);
        assert_eq!(kind_of(&text, &t, "X0001"), BmsToken::Continuation);
        assert_eq!(kind_of(&text, &t, "00010000"), BmsToken::Comment);
        assert_eq!(kind_of(&text, &t, "INITIAL"), BmsToken::Keyword);
        assert_eq!(kind_of(&text, &t, "'IT''S"), BmsToken::String);
        assert_eq!(kind_of(&text, &t, "CONT'"), BmsToken::String);
        assert_eq!(kind_of(&text, &t, "remark"), BmsToken::Comment);
        assert_eq!(kind_of(&text, &t, "PRINT"), BmsToken::Operation);
    }

    #[test]
    fn any_text_gives_ordered_ranges_on_char_boundaries() {
        for text in [
            "",
            "'",
            "X DFHMDF INITIAL='ÉTÉ\n",
            &format!("{:71}X\n", "A DFHMDF INITIAL='open"),
            "\r\n\r\n*\n.*x\n\t\tDFHMSD\tTYPE=FINAL",
        ] {
            let t = tokens(text);
            let mut last = 0;
            for (s, e, _) in t {
                assert!(s >= last && s < e && e <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                last = e;
            }
        }
    }
}
