//! Assembler statements from the lines of a BMS macro source.
//!
//! A statement is a name field (from column 1), an operation and an operand field, up to
//! column 71. A non-blank column 72 continues the statement on the next line, whose text starts
//! in column 16; outside quotes the operand field of each line ends at its first blank (the
//! rest is remarks), inside quotes it runs to column 71. Columns 73–80 are sequence numbers.
//! Lines starting with `*` or `.*` are comments. Nothing here fails: odd input becomes
//! [`SourceProblem`]s with their line.

/// One assembler statement, continuation lines joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The name field (column 1), upper-cased; `None` when column 1 is blank.
    pub label: Option<String>,
    /// Byte offset of the label (or of the operation when there is no label) in the text.
    pub offset: usize,
    /// Byte length of the label.
    pub label_len: usize,
    /// The operation, upper-cased (`DFHMDF`, `TITLE`, `PRINT`, …).
    pub operation: String,
    /// The operand field, continuations joined, as written (case kept for quoted text).
    pub operands: String,
    /// 1-based line of the first line of the statement.
    pub line: u32,
    /// 1-based line of the last continuation line.
    pub end_line: u32,
}

/// Something odd about the layout of the source, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceProblem {
    pub line: u32,
    pub message: String,
}

/// The column (1-based) where continuation text starts.
const CONTINUE_COLUMN: usize = 16;
/// The last column of statement text; column 72 is the continuation column.
const LAST_COLUMN: usize = 71;

/// One source line as characters with their byte offsets (tabs expanded to columns of 8).
struct Line {
    chars: Vec<char>,
    /// Byte offset in the text of each char (tabs: the tab's offset for every column).
    offsets: Vec<usize>,
    number: u32,
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0usize;
    let mut number = 0u32;
    let bytes = text.as_bytes();
    while start < text.len() {
        number += 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        let mut chars = Vec::new();
        let mut offsets = Vec::new();
        for (i, c) in text[start..end].char_indices() {
            if c == '\t' {
                let next = (chars.len() / 8 + 1) * 8;
                while chars.len() < next {
                    chars.push(' ');
                    offsets.push(start + i);
                }
            } else {
                chars.push(c);
                offsets.push(start + i);
            }
        }
        lines.push(Line {
            chars,
            offsets,
            number,
        });
        // CRLF, LF and lone CR are each one break.
        start = if bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
    lines
}

impl Line {
    fn is_comment(&self) -> bool {
        matches!(self.chars.first(), Some('*'))
            || (self.chars.first() == Some(&'.') && self.chars.get(1) == Some(&'*'))
    }

    fn is_blank(&self) -> bool {
        self.chars
            .iter()
            .take(LAST_COLUMN)
            .all(|c| c.is_whitespace())
    }

    /// Whether column 72 is non-blank.
    fn continues(&self) -> bool {
        self.chars
            .get(LAST_COLUMN)
            .is_some_and(|c| !c.is_whitespace())
    }

    /// Columns `from..=71` (1-based `from`), as a string.
    fn text_from(&self, from: usize) -> String {
        let end = self.chars.len().min(LAST_COLUMN);
        if from > end {
            return String::new();
        }
        self.chars[from - 1..end].iter().collect()
    }
}

/// Reads the statements of a BMS (assembler) source.
pub fn statements(text: &str) -> (Vec<Statement>, Vec<SourceProblem>) {
    let lines = split_lines(text);
    let mut statements = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        i += 1;
        if line.is_comment() || line.is_blank() {
            continue;
        }
        let text = line.text_from(1);
        let label_chars = text.chars().take_while(|c| !c.is_whitespace()).count();
        let (label, label_len, offset) = if label_chars > 0 {
            let label: String = text.chars().take(label_chars).collect();
            let offset = line.offsets[0];
            let len = label.len();
            (Some(label.to_ascii_uppercase()), len, offset)
        } else {
            let first = text.chars().position(|c| !c.is_whitespace()).unwrap_or(0);
            (None, 0, line.offsets.get(first).copied().unwrap_or(0))
        };
        let rest: String = text.chars().skip(label_chars).collect();
        let rest = rest.trim_start();
        let operation: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let after_op = rest[rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(rest.len(), |(i, _)| i)..]
            .trim_start();
        let mut operands = String::new();
        let mut in_quote = read_operand_field(after_op, false, &mut operands);
        let mut continues = line.continues();
        let mut end_line = line.number;
        // A comment statement ends the operand field at the first blank; remarks follow.
        while continues {
            let Some(next) = lines.get(i) else {
                problems.push(SourceProblem {
                    line: end_line,
                    message: "continuation mark in column 72 but the file ends".into(),
                });
                break;
            };
            i += 1;
            end_line = next.number;
            let lead: String = next.chars.iter().take(CONTINUE_COLUMN - 1).collect();
            let text = if lead.trim().is_empty() {
                next.text_from(CONTINUE_COLUMN)
            } else {
                problems.push(SourceProblem {
                    line: next.number,
                    message: format!(
                        "continuation line should start in column {CONTINUE_COLUMN} \
                         (columns 1–15 blank)"
                    ),
                });
                next.text_from(1).trim_start().to_string()
            };
            let text = if in_quote {
                text.as_str()
            } else {
                text.trim_start()
            };
            in_quote = read_operand_field(text, in_quote, &mut operands);
            continues = next.continues();
        }
        if in_quote {
            problems.push(SourceProblem {
                line: end_line,
                message: "quoted string not closed at the end of the statement".into(),
            });
        }
        statements.push(Statement {
            label,
            offset,
            label_len,
            operation,
            operands,
            line: line.number,
            end_line,
        });
    }
    (statements, problems)
}

/// Appends the operand-field part of `text` to `out`: up to the first blank outside quotes
/// (or all of it while inside quotes). Returns whether a quote is still open at the end.
fn read_operand_field(text: &str, mut in_quote: bool, out: &mut String) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_quote {
            out.push(c);
            if c == '\'' {
                if chars.get(i + 1) == Some(&'\'') {
                    out.push('\'');
                    i += 2;
                    continue;
                }
                in_quote = false;
            }
        } else {
            if c.is_whitespace() {
                break;
            }
            out.push(c);
            if c == '\'' {
                in_quote = true;
            }
        }
        i += 1;
    }
    in_quote
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line with `text` in columns 1.. and `mark` in column 72.
    fn card(text: &str, mark: char) -> String {
        format!("{text:<71}{mark}")
    }

    #[test]
    fn labels_operations_operands_and_remarks() {
        let text =
            "* a comment\n         PRINT NOGEN\nPAYMAP   DFHMDI SIZE=(24,80),LINE=1 remarks here\n";
        let (st, problems) = statements(text);
        assert!(problems.is_empty());
        assert_eq!(st.len(), 2);
        assert_eq!(st[0].operation, "PRINT");
        assert_eq!(st[0].label, None);
        assert_eq!(st[1].label.as_deref(), Some("PAYMAP"));
        assert_eq!(st[1].operation, "DFHMDI");
        assert_eq!(st[1].operands, "SIZE=(24,80),LINE=1");
        assert_eq!(st[1].line, 3);
        assert_eq!(st[1].offset, text.find("PAYMAP").unwrap());
    }

    #[test]
    fn continuation_after_a_comma_and_inside_quotes() {
        let text = [
            card(
                "NAME     DFHMDF POS=(1,2),LENGTH=40,ATTRB=(ASKIP,BRT),",
                'X',
            ),
            card("               INITIAL='IT''S A TEXT THAT RUNS ON", 'X'),
            "               THE SOURCE'   remarks".to_string(),
            "         DFHMSD TYPE=FINAL".to_string(),
        ]
        .join("\n");
        let (st, problems) = statements(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(st.len(), 2);
        // Inside quotes the text runs to column 71, blanks included.
        let quoted = &card("               INITIAL='IT''S A TEXT THAT RUNS ON", 'X')[15..71];
        assert_eq!(
            st[0].operands,
            format!("POS=(1,2),LENGTH=40,ATTRB=(ASKIP,BRT),{quoted}THE SOURCE'")
        );
        assert_eq!((st[0].line, st[0].end_line), (1, 3));
        assert_eq!(st[1].line, 4);
    }

    #[test]
    fn sequence_columns_are_ignored_and_odd_layouts_reported() {
        let text = format!(
            "{}00010000\n{}\nX  DFHMDF POS=1\n",
            card("A        DFHMDF POS=(1,1),LENGTH=3,", 'X'),
            card("   BAD START", ' '),
        );
        let (st, problems) = statements(&text);
        assert_eq!(st[0].operands, "POS=(1,1),LENGTH=3,BAD");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
        assert_eq!(st[1].label.as_deref(), Some("X"));
    }

    #[test]
    fn unclosed_quote_and_continuation_at_end_of_file() {
        let text = card("         DFHMDF INITIAL='OPEN", 'X');
        let (st, problems) = statements(&text);
        assert_eq!(st.len(), 1);
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.contains("file ends")));
        assert!(messages.iter().any(|m| m.contains("not closed")));
    }

    #[test]
    fn tabs_crlf_and_unicode_do_not_break_columns() {
        let text = "LBL\tDFHMDF POS=(2,3),INITIAL='ÉTÉ'\r\n\tEND\r\n";
        let (st, problems) = statements(text);
        assert!(problems.is_empty());
        assert_eq!(st[0].label.as_deref(), Some("LBL"));
        assert_eq!(st[0].operands, "POS=(2,3),INITIAL='ÉTÉ'");
        assert_eq!(st[1].operation, "END");
    }
}
