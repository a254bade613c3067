//! Script splitting behind `split_statements`.
//!
//! Splits on the statement terminator outside string literals, quoted
//! identifiers and comments. The terminator is `;` until a DB2 CLP
//! `--#SET TERMINATOR x` comment changes it. With the default `;`, bodies of
//! `CREATE [OR REPLACE] PROCEDURE / FUNCTION / TRIGGER / PACKAGE` statements
//! are kept whole: `;` inside their `BEGIN ... END` (and `CASE ... END`)
//! blocks does not split.

use super::lexer::{Lexer, TokKind};

fn is_routine_header(words: &[String]) -> bool {
    words.first().is_some_and(|w| w == "CREATE")
        && words.iter().skip(1).any(|w| {
            matches!(
                w.as_str(),
                "PROCEDURE" | "FUNCTION" | "TRIGGER" | "PACKAGE" | "TYPE"
            )
        })
}

fn flush<'a>(script: &'a str, cur: &mut Option<(usize, usize)>, out: &mut Vec<(usize, &'a str)>) {
    if let Some((s, e)) = cur.take() {
        if let Some(text) = script.get(s..e) {
            out.push((s, text));
        }
    }
}

/// Splits a SQL script into statements: `(byte offset, statement text)`.
///
/// Each statement runs from its first token to its last token (leading
/// whitespace and comments and the terminator itself are not included;
/// comments inside are kept). Empty statements are dropped. Never panics.
pub fn split_statements(script: &str) -> Vec<(usize, &str)> {
    let mut lx = Lexer::splitting(script);
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut words: Vec<String> = Vec::new();
    let mut routine = false;
    let mut depth: u32 = 0;
    let mut pending_end = false;

    while let Some(tok) = lx.next_token() {
        let up = (tok.kind == TokKind::Word && (routine || words.len() < 8)).then(|| {
            script
                .get(tok.start..tok.end)
                .unwrap_or("")
                .to_ascii_uppercase()
        });
        if pending_end {
            pending_end = false;
            let kw = up.as_deref();
            let block_end = matches!(kw, Some("IF" | "LOOP" | "WHILE" | "REPEAT" | "FOR"));
            if !block_end {
                depth = depth.saturating_sub(1);
            }
            if block_end || kw == Some("CASE") {
                if let Some((_, e)) = cur.as_mut() {
                    *e = tok.end;
                }
                continue;
            }
        }
        if tok.kind == TokKind::Terminator {
            if routine && depth > 0 && lx.terminator_is_semicolon() {
                if let Some((_, e)) = cur.as_mut() {
                    *e = tok.end;
                }
                continue;
            }
            flush(script, &mut cur, &mut out);
            words.clear();
            routine = false;
            depth = 0;
            continue;
        }
        match cur.as_mut() {
            Some((_, e)) => *e = tok.end,
            None => cur = Some((tok.start, tok.end)),
        }
        if let Some(w) = up {
            if words.len() < 8 {
                words.push(w.clone());
                routine = routine || is_routine_header(&words);
            }
            if routine {
                match w.as_str() {
                    "BEGIN" | "CASE" => depth += 1,
                    "END" => pending_end = true,
                    _ => {}
                }
            }
        }
    }
    flush(script, &mut cur, &mut out);
    out
}
