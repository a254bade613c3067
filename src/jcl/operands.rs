//! Operand-field syntax: parameters, sublists, apostrophes, names.
//!
//! The operand field of a statement is a comma-separated list of positional
//! and keyword parameters. Commas inside parentheses or apostrophes do not
//! separate parameters, so `DCB=(RECFM=FB,LRECL=80)` and `PARM='A,B'` are one
//! parameter each. [`split_params`] returns `(KEY, value)` pairs: keywords are
//! upper-cased (`DSNAME`, `PARM.STEP1`), positional parameters have the empty
//! key, and values are kept exactly as written (apostrophes included).

/// Splits an operand field into parameters. Also returns syntax problems
/// (unclosed apostrophes or parentheses) as messages.
pub(crate) fn split_params(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut problems = Vec::new();
    let mut params = Vec::new();
    if text.is_empty() {
        return (params, problems);
    }
    let mut items: Vec<(usize, usize, Option<usize>)> = Vec::new();
    let mut item_start = 0;
    let mut eq: Option<usize> = None;
    let mut depth = 0usize;
    let mut in_quote = false;
    let mut stray_close = false;
    for (b, c) in text.char_indices() {
        if in_quote {
            if c == '\'' {
                in_quote = false;
            }
            continue;
        }
        match c {
            '\'' => in_quote = true,
            '(' => depth += 1,
            ')' => {
                if depth == 0 {
                    stray_close = true;
                } else {
                    depth -= 1;
                }
            }
            '=' if depth == 0 && eq.is_none() => eq = Some(b),
            ',' if depth == 0 => {
                items.push((item_start, b, eq));
                item_start = b + 1;
                eq = None;
            }
            _ => {}
        }
    }
    if item_start < text.len() {
        items.push((item_start, text.len(), eq));
    }
    if in_quote {
        problems.push("a quoted string is not closed (missing apostrophe)".to_string());
    }
    if depth > 0 {
        problems.push("a parenthesis is not closed (missing ')')".to_string());
    }
    if stray_close {
        problems.push("there is a ')' without a matching '('".to_string());
    }
    for (s, e, eq) in items {
        let item = &text[s..e];
        match eq {
            Some(q) if is_keyword(&text[s..q]) => {
                params.push((text[s..q].to_ascii_uppercase(), text[q + 1..e].to_string()));
            }
            _ => params.push((String::new(), item.to_string())),
        }
    }
    (params, problems)
}

/// A keyword: letters, digits, national characters, with `.` for
/// `PARM.STEP1`-style step qualifiers.
fn is_keyword(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '#' | '$' | '.'))
        && !s.starts_with('.')
}

/// True when the `(` at the start of `v` is closed by the `)` at its end.
fn enclosed_in_parens(v: &str) -> bool {
    if !(v.len() >= 2 && v.starts_with('(') && v.ends_with(')')) {
        return false;
    }
    let mut depth = 0usize;
    let mut in_quote = false;
    let last = v.len() - 1;
    for (b, c) in v.char_indices() {
        if in_quote {
            in_quote = c != '\'';
            continue;
        }
        match c {
            '\'' => in_quote = true,
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return b == last;
                }
            }
            _ => {}
        }
    }
    false
}

/// The subparameters of a value: `(NEW,CATLG,DELETE)` gives three items,
/// `(CYL,(5,1),RLSE)` gives `CYL`, `(5,1)`, `RLSE`; a value that is not a
/// parenthesised list is its own single item.
pub(crate) fn sublist(v: &str) -> Vec<&str> {
    if !enclosed_in_parens(v) {
        return vec![v];
    }
    let inner = &v[1..v.len() - 1];
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut in_quote = false;
    let mut start = 0;
    for (b, c) in inner.char_indices() {
        if in_quote {
            in_quote = c != '\'';
            continue;
        }
        match c {
            '\'' => in_quote = true,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                out.push(&inner[start..b]);
                start = b + 1;
            }
            _ => {}
        }
    }
    out.push(&inner[start..]);
    out
}

/// True when `v` is one string in apostrophes, e.g. `'A,B'` or `'O''DAY'`.
pub(crate) fn is_fully_quoted(v: &str) -> bool {
    if v.len() < 2 || !v.starts_with('\'') {
        return false;
    }
    let b = v.as_bytes();
    let mut i = 1;
    while i < b.len() {
        if b[i] == b'\'' {
            if i + 1 < b.len() && b[i + 1] == b'\'' {
                i += 2;
                continue;
            }
            return i == b.len() - 1;
        }
        i += 1;
    }
    false
}

/// Removes enclosing apostrophes and undoubles `''`; other values unchanged.
pub fn unquote(v: &str) -> String {
    if is_fully_quoted(v) {
        v[1..v.len() - 1].replace("''", "'")
    } else {
        v.to_string()
    }
}

/// The substitution text a symbol gets from `NAME=value` on a PROC, SET or
/// EXEC statement: enclosing apostrophes are dropped and `''` undoubled
/// (`&&` kept); without apostrophes `&&` becomes `&`.
pub(crate) fn symbol_value(raw: &str) -> String {
    if is_fully_quoted(raw) {
        unquote(raw)
    } else {
        raw.replace("&&", "&")
    }
}

/// A JCL name: 1–8 letters, digits or national characters (`@ # $`), not
/// starting with a digit.
pub(crate) fn is_valid_name(s: &str) -> bool {
    let mut n = 0;
    for (i, c) in s.chars().enumerate() {
        let ok = if i == 0 {
            c.is_ascii_alphabetic() || matches!(c, '@' | '#' | '$')
        } else {
            c.is_ascii_alphanumeric() || matches!(c, '@' | '#' | '$')
        };
        if !ok {
            return false;
        }
        n += 1;
    }
    (1..=8).contains(&n)
}

/// First value of keyword `key` (already upper case) in `params`.
pub(crate) fn get<'p>(params: &'p [(String, String)], key: &str) -> Option<&'p str> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Positional values (non-empty) of `params`.
pub(crate) fn positionals(params: &[(String, String)]) -> impl Iterator<Item = &str> {
    params
        .iter()
        .filter(|(k, v)| k.is_empty() && !v.is_empty())
        .map(|(_, v)| v.as_str())
}

/// Joins parameters back into an operand field.
pub(crate) fn join_params(params: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in params.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if !k.is_empty() {
            out.push_str(k);
            out.push('=');
        }
        out.push_str(v);
    }
    out
}
