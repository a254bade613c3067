//! Conditions, data names and formulae in words a business reader understands: comparisons
//! (`>=` → "is at least"), figurative constants, condition-names read through their values
//! ("EP-BENEFIT-TYPE is 'SP '"), EVALUATE WHENs paired with their subjects, data names
//! without their program prefixes ("CM-TOTAL-PAID" → "total paid"), and arithmetic with × and ÷.
//! A data item with a business term (the glossary, `terms.rs`) reads as its term: "the
//! claimant's weekly earnings are more than the earnings limit".

use super::facts::Facts;
use super::terms::{is_plural, with_article};
use crate::model::{SymbolId, SymbolKind};

/// Words of a condition (data names and keywords), literals left out.
pub fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|t| {
            t.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || (c.is_ascii_digit() && t.contains('-')))
        })
        .collect()
}

/// Tokens of a condition: words, literals (quotes kept), numbers, operators, parentheses.
pub(crate) fn tokens(text: &str) -> Vec<String> {
    tokens_keeping(text, false)
}

/// Tokens, with commas kept as tokens of their own when `commas` (they separate the
/// arguments of an intrinsic function).
fn tokens_keeping(text: &str, commas: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ',' && commas {
            out.push(",".to_string());
            i += 1;
        } else if c.is_whitespace() || c == ',' {
            i += 1;
        } else if c == '\'' || c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c {
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            out.push(chars[i..end].iter().collect());
            i = end;
        } else if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '$' | '+') {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_alphanumeric() || matches!(chars[j], '-' | '_' | '.' | '$' | '+'))
            {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            // A trailing period ends a sentence.
            out.push(word.trim_end_matches('.').to_string());
            i = j;
        } else if matches!(c, '>' | '<' | '=' | '!' | '&' | '|') {
            let mut j = i + 1;
            if j < chars.len() && matches!(chars[j], '=' | '>' | '&' | '|') {
                j += 1;
            }
            out.push(chars[i..j].iter().collect());
            i = j;
        } else if c == '*' && chars.get(i + 1) == Some(&'*') {
            // COBOL's power operator.
            out.push("**".to_string());
            i += 2;
        } else {
            out.push(c.to_string());
            i += 1;
        }
    }
    out.retain(|t| !t.is_empty());
    out
}

/// Words of a comparison, and of its negation.
pub(crate) fn comparator(toks: &[String], i: usize) -> Option<(&'static str, &'static str, usize)> {
    let t = |k: usize| toks.get(i + k).map(|s| s.to_ascii_uppercase());
    let mut k = 0;
    if t(0).as_deref() == Some("IS") {
        k = 1;
    }
    let word = t(k)?;
    let (pos, neg, mut len) = match word.as_str() {
        ">=" => ("is at least", "is less than", 1),
        "<=" => ("is at most", "is more than", 1),
        ">" => ("is more than", "is at most", 1),
        "<" => ("is less than", "is at least", 1),
        "=" | "==" => ("is", "is not", 1),
        "<>" | "!=" => ("is not", "is", 1),
        "GREATER" => ("is more than", "is at most", 1),
        "LESS" => ("is less than", "is at least", 1),
        "EQUAL" | "EQUALS" => ("is", "is not", 1),
        _ => return None,
    };
    let (mut pos, mut neg) = (pos, neg);
    if matches!(word.as_str(), "GREATER" | "LESS") {
        if t(k + len).as_deref() == Some("THAN") {
            len += 1;
        }
        if t(k + len).as_deref() == Some("OR") && t(k + len + 1).as_deref() == Some("EQUAL") {
            len += 2;
            if word == "GREATER" {
                (pos, neg) = ("is at least", "is less than");
            } else {
                (pos, neg) = ("is at most", "is more than");
            }
        }
    }
    if matches!(word.as_str(), "EQUAL" | "GREATER" | "LESS") && t(k + len).as_deref() == Some("TO")
    {
        len += 1;
    }
    Some((pos, neg, k + len))
}

pub(crate) fn literal_words(tok: &str) -> String {
    match tok.to_ascii_uppercase().as_str() {
        "ZERO" | "ZEROS" | "ZEROES" => "zero".into(),
        "SPACE" | "SPACES" => "blank".into(),
        "HIGH-VALUE" | "HIGH-VALUES" => "high-values".into(),
        "LOW-VALUE" | "LOW-VALUES" => "low-values".into(),
        "THRU" | "THROUGH" => "to".into(),
        _ => tok.to_string(),
    }
}

/// The values of an 88-level as words: `'SP '`, `'PC ', 'JSA' or 'IS '`, `66 to 150`.
pub(crate) fn values_words(detail: &str) -> String {
    let Some(at) = detail.find("VALUE ") else {
        return String::new();
    };
    let toks = tokens(&detail[at + 6..]);
    let mut items: Vec<String> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let upper = toks[i].to_ascii_uppercase();
        if (upper == "THRU" || upper == "THROUGH") && !items.is_empty() && i + 1 < toks.len() {
            let last = items.pop().unwrap_or_default();
            items.push(format!("{last} to {}", literal_words(&toks[i + 1])));
            i += 2;
            continue;
        }
        items.push(literal_words(&toks[i]));
        i += 1;
    }
    match items.len() {
        0 => String::new(),
        1 => items.remove(0),
        n => format!("{} or {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// A condition-name in words: its own name when it says something ("claim closed"), with the
/// values it stands for (`status is 'C'`); else its variable and values.
pub(crate) fn condition_name_words(facts: &Facts, id: SymbolId, negated: bool) -> String {
    let model = facts.model;
    let s = model.symbol(id);
    let parent_term = s.parent.and_then(|p| facts.term(p));
    let variable = match parent_term {
        Some(term) => with_article(term),
        None => s
            .parent
            .map(|p| data_words(&model.symbol(p).name))
            .unwrap_or_default(),
    };
    let values = values_words(s.detail.as_deref().unwrap_or(""));
    let verb = agree(
        if negated { "is not" } else { "is" },
        parent_term.is_some_and(is_plural),
    );
    let values = if values.contains(" to ") && !values.contains(" or ") {
        format!("between {}", values.replace(" to ", " and "))
    } else {
        values
    };
    let own_term = facts.term(id);
    let own = own_term.map_or_else(|| data_words(&s.name), str::to_string);
    let not = if negated { "not " } else { "" };
    if variable.is_empty() || values.is_empty() {
        return format!("{not}{own}");
    }
    if own_term.is_some() || own.split(' ').count() >= 2 {
        return format!("{not}{own} ({variable} {verb} {values})");
    }
    format!("{variable} {verb} {values}")
}

/// Prefixes that only say which record or program an item belongs to (`WS-`, `CM-`, `LK-`).
fn is_prefix(token: &str) -> bool {
    token.len() <= 3
        && token.chars().all(|c| c.is_ascii_alphanumeric())
        // Short words that say what the item is (`DAY-RATE`, `NET-AMOUNT`, `NEW-STATUS`).
        && !matches!(
            token,
            "DAY"
                | "TAX"
                | "NET"
                | "AGE"
                | "FEE"
                | "MAX"
                | "MIN"
                | "NEW"
                | "OLD"
                | "LOW"
                | "DUE"
                | "SUM"
                | "TOP"
                | "KEY"
                | "ANY"
        )
}

/// A Java arithmetic expression in words: operators as × and ÷, names in words through their
/// getters (`loan.getDueInDays() + RENEWAL_DAYS` → "loan due in days + RENEWAL_DAYS"),
/// constants as written.
pub fn java_expression_words(expr: &str) -> String {
    // `cond ? a : b` at the top reads "a if cond, otherwise b".
    let mut depth = 0i32;
    let (mut question, mut colon) = (None, None);
    for (k, c) in expr.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '?' if depth == 0 && question.is_none() => question = Some(k),
            ':' if depth == 0 && question.is_some() && colon.is_none() => colon = Some(k),
            _ => {}
        }
    }
    if let (Some(q), Some(c)) = (question, colon) {
        return format!(
            "{} if {}, otherwise {}",
            java_expression_words(&expr[q + 1..c]),
            java_expression_words(&expr[..q]),
            java_expression_words(&expr[c + 1..])
        );
    }
    let toks = tokens(expr);
    // BigDecimal and friends: `a.add(b)` reads `a + (b)`.
    let method_op = |m: &str| match m {
        "add" | "plus" => Some("+"),
        "subtract" | "minus" => Some("-"),
        "multiply" | "times" => Some("×"),
        "divide" => Some("÷"),
        _ => None,
    };
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let next = toks.get(k + 1).map(String::as_str);
        // A call's empty argument list goes, and so does a cast to a primitive type.
        if t == "(" && next == Some(")") {
            k += 2;
            continue;
        }
        if t == "("
            && toks.get(k + 2).is_some_and(|c| c == ")")
            && next.is_some_and(|n| {
                matches!(n, "int" | "long" | "double" | "float" | "short" | "byte")
            })
        {
            k += 3;
            continue;
        }
        let constant = t.len() > 1
            && t.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && t.chars().any(|c| c.is_ascii_uppercase())
            && t.rsplit('.')
                .next()
                .is_some_and(|last| !last.chars().any(|c| c.is_ascii_lowercase()));
        let word = if matches!(t.as_str(), "*") {
            "×".to_string()
        } else if t == "/" {
            "÷".to_string()
        } else if constant {
            match t.rsplit('.').next().unwrap_or(t) {
                "ZERO" => "zero".to_string(),
                "ONE" => "one".to_string(),
                c => c.to_string(),
            }
        } else if t.starts_with(|c: char| c.is_ascii_digit()) {
            t.trim_end_matches(['L', 'l', 'd', 'D', 'f', 'F'])
                .to_string()
        } else if t.starts_with(|c: char| c.is_alphabetic() || c == '_' || c == '.') {
            // `weeklyEarnings.add` before `(`: the receiver in words, then the operator.
            let parts: Vec<&str> = t
                .split('.')
                .filter(|p| !p.is_empty() && *p != "this")
                .collect();
            let call = next == Some("(");
            match parts.split_last() {
                Some((last, rest)) if call && method_op(last).is_some() => {
                    let receiver: Vec<String> = rest.iter().map(|p| data_words(p)).collect();
                    let op = method_op(last).unwrap_or_default();
                    if receiver.is_empty() {
                        op.to_string()
                    } else {
                        format!("{} {op}", receiver.join(" "))
                    }
                }
                _ => parts
                    .iter()
                    .map(|p| data_words(p))
                    .collect::<Vec<_>>()
                    .join(" "),
            }
        } else {
            t.clone()
        };
        if !word.is_empty() {
            out.push(word);
        }
        k += 1;
    }
    out.join(" ").replace("( ", "(").replace(" )", ")")
}

/// A value moved or set, in words: a literal as written or named (`85.00`, `'Y'`, `zero`); a
/// data name in its words.
pub fn value_words(token: &str) -> String {
    let t = token.trim();
    let digits = t.trim_start_matches(['+', '-']);
    let number = !digits.is_empty()
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && digits.chars().any(|c| c.is_ascii_digit());
    if number || t.starts_with(['\'', '"']) {
        return t.to_string();
    }
    let named = literal_words(t);
    if named != t {
        return named;
    }
    data_words(t)
}

/// A data name in words: `CM-TOTAL-PAID` → `total paid`, `WS-ARREARS-RATE` → `arrears rate`;
/// Java names are split at humps (`getNetAmount()` → `net amount`).
pub fn data_words(name: &str) -> String {
    let base = name.rsplit('.').next().unwrap_or(name);
    let base = base.split('(').next().unwrap_or(base).trim();
    let base = base
        .strip_prefix("get")
        .or_else(|| base.strip_prefix("is"))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        .unwrap_or(base);
    let tokens = super::classify::name_tokens(base);
    // `CM-TOTAL-PAID` → `total paid`, but `ADJ-IS-INVALID` keeps its subject.
    let skip = usize::from(
        tokens.len() >= 2
            && base.contains('-')
            && is_prefix(&tokens[0])
            && !matches!(tokens[1].as_str(), "IS" | "HAS" | "NOT" | "ARE" | "WAS")
            // `TXN-IN`, `PAY-FILE`: the prefix is the only word that says which.
            && !(tokens.len() == 2
                && !matches!(tokens[0].as_str(), "WS" | "LS" | "LK" | "W" | "L")
                && matches!(
                    tokens[1].as_str(),
                    "IN" | "OUT" | "INPUT" | "OUTPUT" | "FILE" | "REC" | "RECORD"
                )),
    );
    let last = tokens.len().saturating_sub(1);
    let words: Vec<String> = tokens[skip..]
        .iter()
        .enumerate()
        .map(|(k, t)| (k + skip == last, t))
        .map(|(is_last, t)| match t.as_str() {
            // `CLAIM-NO` is a number; `RESIDENCY_NO_RECOURSE` is not.
            "NO" | "NUM" | "NBR" if is_last => "number".to_string(),
            "AMT" => "amount".to_string(),
            "DT" => "date".to_string(),
            "PCT" => "percentage".to_string(),
            "IND" | "SW" => "indicator".to_string(),
            "QTY" => "quantity".to_string(),
            "BAL" => "balance".to_string(),
            "CNT" => "count".to_string(),
            "DEP" => "dependant".to_string(),
            "OVP" => "overpayment".to_string(),
            "TXN" | "TRN" | "TRAN" => "transaction".to_string(),
            "ACCT" => "account".to_string(),
            "CUST" => "customer".to_string(),
            "ADDR" => "address".to_string(),
            "MSG" => "message".to_string(),
            "DESC" => "description".to_string(),
            "INT" => "interest".to_string(),
            _ => t.to_ascii_lowercase(),
        })
        .collect();
    if words.is_empty() {
        name.to_string()
    } else {
        words.join(" ")
    }
}

/// A verb phrase agreeing with a plural subject: "is more than" → "are more than".
fn agree(words: &str, plural: bool) -> String {
    match words.strip_prefix("is") {
        Some(rest) if plural && (rest.is_empty() || rest.starts_with(' ')) => {
            format!("are{rest}")
        }
        _ => words.to_string(),
    }
}

/// The business term of the data item `tok` names in `owner`'s program, if it has one.
fn term_operand<'f>(facts: &'f Facts, owner: SymbolId, tok: &str) -> Option<&'f str> {
    if !facts.is_cobol(owner) {
        return None;
    }
    let id = facts.lookup_data(owner, tok)?;
    if facts.model.symbol(id).kind == SymbolKind::ConditionName {
        return None;
    }
    facts.term(id)
}

/// A token as words: a data name of `owner`'s program → its business term or its words, else
/// a literal's words.
fn operand_words(facts: &Facts, owner: SymbolId, tok: &str) -> String {
    if let Some(term) = term_operand(facts, owner, tok) {
        return term.to_string();
    }
    if facts.is_cobol(owner) {
        if let Some(id) = facts.lookup_data(owner, tok)
            && facts.model.symbol(id).kind != SymbolKind::ConditionName
        {
            // A screen's input field (`SCOREI`, with its length `SCOREL` beside it): what the
            // user entered.
            let upper = tok.to_ascii_uppercase();
            if let Some(stem) = upper.strip_suffix('I')
                && stem.len() >= 2
                && facts.lookup_data(owner, &format!("{stem}L")).is_some()
            {
                return format!("{} entered", data_words(stem));
            }
            return data_words(tok);
        }
    } else if tok.contains('.') && !tok.starts_with(|c: char| c.is_ascii_digit()) {
        // `claim.getWeeklyEarnings` → `claim weekly earnings`
        let parts: Vec<String> = tok
            .split('.')
            .filter(|p| !p.is_empty())
            .map(data_words)
            .collect();
        return parts.join(" ");
    }
    literal_words(tok)
}

/// COBOL intrinsic functions in words, each as one token (`FUNCTION MOD (16 - WS-IDX, 2)` →
/// "the remainder of (16 - idx) ÷ 2"); the commas that separated their arguments go.
fn intrinsic_functions(facts: &Facts, owner: SymbolId, toks: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let is_function = toks[i].eq_ignore_ascii_case("FUNCTION") && i + 1 < toks.len();
        if !is_function {
            if toks[i] != "," {
                out.push(toks[i].clone());
            }
            i += 1;
            continue;
        }
        let name = toks[i + 1].to_ascii_uppercase();
        i += 2;
        // Arguments: `( a , b … )`, split at the commas outside inner parentheses.
        let mut args: Vec<Vec<String>> = Vec::new();
        if toks.get(i).map(String::as_str) == Some("(") {
            let mut depth = 0usize;
            let mut current: Vec<String> = Vec::new();
            while i < toks.len() {
                let t = &toks[i];
                i += 1;
                match t.as_str() {
                    "(" => {
                        depth += 1;
                        if depth > 1 {
                            current.push(t.clone());
                        }
                    }
                    ")" => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                        current.push(t.clone());
                    }
                    "," if depth == 1 => args.push(std::mem::take(&mut current)),
                    _ => current.push(t.clone()),
                }
            }
            if !current.is_empty() {
                args.push(current);
            }
        }
        let words: Vec<String> = args
            .iter()
            .map(|a| {
                let w = a
                    .iter()
                    .map(|t| match t.as_str() {
                        "*" => "×".to_string(),
                        "/" => "÷".to_string(),
                        "(" | ")" | "+" | "-" => t.clone(),
                        _ => operand_words(facts, owner, t),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace("( ", "(")
                    .replace(" )", ")");
                if a.len() > 1 { format!("({w})") } else { w }
            })
            .collect();
        let arg = |k: usize| words.get(k).cloned().unwrap_or_default();
        let all = words.join(", ");
        out.push(match name.as_str() {
            "MOD" | "REM" => format!("the remainder of {} ÷ {}", arg(0), arg(1)),
            "INTEGER" | "INTEGER-PART" => format!("the whole part of {}", arg(0)),
            "INTEGER-OF-DATE" | "INTEGER-OF-DAY" => format!("{} as a day number", arg(0)),
            "DATE-OF-INTEGER" | "DAY-OF-INTEGER" => format!("day number {} as a date", arg(0)),
            "CURRENT-DATE" => "the current date".to_string(),
            "WHEN-COMPILED" => "the compile date".to_string(),
            "LENGTH" | "BYTE-LENGTH" => format!("the length of {}", arg(0)),
            "UPPER-CASE" | "LOWER-CASE" | "TRIM" => arg(0),
            "NUMVAL" | "NUMVAL-C" | "NUMVAL-F" => format!("{} as a number", arg(0)),
            "MAX" => format!("the largest of {all}"),
            "MIN" => format!("the smallest of {all}"),
            "ABS" => format!("the absolute value of {}", arg(0)),
            "SQRT" => format!("the square root of {}", arg(0)),
            "SUM" => format!("the sum of {all}"),
            "RANDOM" => "a random number".to_string(),
            _ if all.is_empty() => name.to_ascii_lowercase(),
            _ => format!("{} of {all}", name.to_ascii_lowercase()),
        });
    }
    out
}

/// A COBOL or Java condition in plain words.
pub(crate) fn plain_condition(facts: &Facts, owner: SymbolId, text: &str) -> String {
    if !facts.is_cobol(owner)
        && let Some(words) = super::java_words::with_terms(facts.java_terms(), || {
            super::java_words::condition_words(
                text,
                &|name, argc| java_helper(facts, owner, name, argc),
                &java_reading_locals(facts, owner),
            )
        })
    {
        return words;
    }
    let mut toks = if facts.is_cobol(owner) {
        intrinsic_functions(facts, owner, tokens_keeping(text, true))
    } else {
        tokens(text)
    };
    if !facts.is_cobol(owner) {
        // Calls read as their names: `a.getAge()` → `a age`.
        let mut k = 0;
        while k + 1 < toks.len() {
            if toks[k] == "(" && toks[k + 1] == ")" {
                toks.drain(k..k + 2);
            } else {
                k += 1;
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    // Whether the last operand is a plural business term (the verb after it agrees).
    let mut plural = false;
    let mut i = 0;
    while i < toks.len() {
        let subject_plural = std::mem::take(&mut plural);
        if let Some(words) = reference_modification(&toks[i..]) {
            out.push(words);
            i += 5;
            continue;
        }
        let upper = toks[i].to_ascii_uppercase();
        let negated = upper == "NOT" || upper == "!";
        let j = if negated { i + 1 } else { i };
        if let Some((pos, neg, len)) = comparator(&toks, j) {
            out.push(agree(if negated { neg } else { pos }, subject_plural));
            i = j + len;
            continue;
        }
        if let Some(class) = toks.get(j).and_then(|t| class_words(t)) {
            let verb = agree(if negated { "is not" } else { "is" }, subject_plural);
            out.push(format!("{verb} {class}"));
            i = j + 1;
            continue;
        }
        if negated
            && let Some(next) = toks.get(j)
            && let Some(id) = facts.lookup_data(owner, next)
            && facts.model.symbol(id).kind == SymbolKind::ConditionName
        {
            out.push(condition_name_words(facts, id, true));
            i = j + 1;
            continue;
        }
        match upper.as_str() {
            "AND" | "&&" => out.push("and".into()),
            "OR" | "||" => out.push("or".into()),
            "NOT" | "!" => out.push("not".into()),
            // `A IS NUMERIC`: the verb after IS still agrees with A.
            "IS" => plural = subject_plural,
            _ => match facts.lookup_data(owner, &toks[i]) {
                Some(id) if facts.model.symbol(id).kind == SymbolKind::ConditionName => {
                    out.push(condition_name_words(facts, id, false));
                }
                _ => match term_operand(facts, owner, &toks[i]) {
                    Some(term) => {
                        out.push(with_article(term));
                        plural = is_plural(term);
                    }
                    None => out.push(operand_words(facts, owner, &toks[i])),
                },
            },
        }
        i += 1;
    }
    out.join(" ")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" ()", "()")
        .replace(") .", ").")
}

/// The negation of a condition in plain words, read as the opposite test rather than
/// "not (…)": `LIMIT >= NEW-BAL` → "limit is less than new balance", an 88-level → "not …",
/// `A NOT = B` → "A is B". Java goes through the expression reader (De Morgan). `None` when
/// the COBOL condition has ANDs or ORs, or a shape without a plain opposite.
pub(crate) fn negated_condition(facts: &Facts, owner: SymbolId, text: &str) -> Option<String> {
    if !facts.is_cobol(owner) {
        let words = super::java_words::with_terms(facts.java_terms(), || {
            super::java_words::condition_words(
                &format!("!({text})"),
                &|name, argc| java_helper(facts, owner, name, argc),
                &java_reading_locals(facts, owner),
            )
        })?;
        return (!words.starts_with("not (")).then_some(words);
    }
    let toks = unwrap_parens(tokens(text));
    let upper: Vec<String> = toks.iter().map(|t| t.to_ascii_uppercase()).collect();
    let depth_zero = |k: usize| {
        toks[..k].iter().filter(|t| *t == "(").count()
            == toks[..k].iter().filter(|t| *t == ")").count()
    };
    // De Morgan over one kind of connective at the top: every part must have its own
    // opposite, so abbreviated parts (`A = 1 OR 2`) keep "not (…)".
    let joins: Vec<usize> = (0..upper.len())
        .filter(|&k| (upper[k] == "AND" || upper[k] == "OR") && depth_zero(k))
        .collect();
    if let Some(&first) = joins.first() {
        if joins.iter().any(|&k| upper[k] != upper[first]) {
            return None;
        }
        let opposite_join = if upper[first] == "AND" {
            " or "
        } else {
            " and "
        };
        let mut parts = Vec::new();
        let mut start = 0;
        for &k in joins.iter().chain(std::iter::once(&toks.len())) {
            let piece = toks[start..k].join(" ");
            parts.push(negated_condition(facts, owner, &piece)?);
            start = k + 1;
        }
        let joined = parts.join(opposite_join);
        // "(A or B)" keeps its meaning when the caller ANDs it with other conditions.
        return Some(if opposite_join == " or " {
            format!("({joined})")
        } else {
            joined
        });
    }
    let nots: Vec<usize> = (0..upper.len()).filter(|&k| upper[k] == "NOT").collect();
    if nots.iter().any(|&k| !depth_zero(k)) {
        return None;
    }
    match nots.as_slice() {
        // `A NOT = B`, `NOT WS-FLAG`, `X NOT NUMERIC`: the opposite drops the one NOT.
        [k] => {
            let mut rest = toks.clone();
            rest.remove(*k);
            let rest = unwrap_parens(rest);
            if rest.is_empty() {
                return None;
            }
            let words = plain_condition(facts, owner, &rest.join(" "));
            let has_or = rest.iter().any(|t| t.eq_ignore_ascii_case("OR"));
            return Some(if has_or { format!("({words})") } else { words });
        }
        [] => {}
        _ => return None,
    }
    if let [only] = toks.as_slice()
        && let Some(id) = facts.lookup_data(owner, only)
        && facts.model.symbol(id).kind == SymbolKind::ConditionName
    {
        return Some(condition_name_words(facts, id, true));
    }
    for k in 0..toks.len() {
        if !depth_zero(k) {
            continue;
        }
        if let Some((_, neg, len)) = comparator(&toks, k) {
            let left = toks[..k].join(" ");
            let right = toks[k + len..].join(" ");
            if left.is_empty() || right.is_empty() {
                return None;
            }
            let phrase = plain_condition(facts, owner, &format!("{left} = {right}"));
            let left_words = plain_condition(facts, owner, &left);
            let (tail, plural) = match phrase.strip_prefix(&format!("{left_words} is ")) {
                Some(tail) => (tail, false),
                None => (phrase.strip_prefix(&format!("{left_words} are "))?, true),
            };
            return Some(format!("{left_words} {} {tail}", agree(neg, plural)));
        }
    }
    // Class and sign conditions: `X NUMERIC`, `X IS POSITIVE`.
    let class = toks.iter().position(|t| class_words(t).is_some())?;
    let mut flipped = toks.clone();
    flipped.insert(class, "NOT".to_string());
    Some(plain_condition(facts, owner, &flipped.join(" ")))
}

/// `( A = B )` → `A = B`: one pair of parentheses around the whole condition goes.
fn unwrap_parens(mut toks: Vec<String>) -> Vec<String> {
    while toks.first().is_some_and(|t| t == "(") && toks.last().is_some_and(|t| t == ")") {
        let mut depth = 0;
        let closes_at_end = toks.iter().enumerate().all(|(k, t)| {
            if t == "(" {
                depth += 1;
            } else if t == ")" {
                depth -= 1;
            }
            depth > 0 || k == toks.len() - 1
        });
        if !closes_at_end {
            break;
        }
        toks.remove(0);
        toks.pop();
    }
    toks
}

/// `( 1 : 10 )` after a data name → "(first 10 characters)"; `( 5 : 2 )` → "(characters 5 to 6)".
fn reference_modification(toks: &[String]) -> Option<String> {
    let [open, start, colon, length, close, ..] = toks else {
        return None;
    };
    if open != "(" || colon != ":" || close != ")" {
        return None;
    }
    let start: u32 = start.parse().ok()?;
    let length: u32 = length.parse().ok()?;
    if start == 0 || length == 0 {
        return None;
    }
    Some(if start == 1 {
        format!("(first {length} characters)")
    } else {
        format!("(characters {start} to {})", start + length - 1)
    })
}

/// COBOL class and sign conditions in words: `NUMERIC` → "numeric".
fn class_words(tok: &str) -> Option<&'static str> {
    Some(match tok.to_ascii_uppercase().as_str() {
        "NUMERIC" => "numeric",
        "ALPHABETIC" => "alphabetic",
        "ALPHABETIC-LOWER" => "lower-case letters",
        "ALPHABETIC-UPPER" => "upper-case letters",
        "POSITIVE" => "positive",
        "NEGATIVE" => "negative",
        _ => return None,
    })
}

/// The locals of a Java method that hold values read from configuration.
pub(crate) fn java_config_locals(facts: &Facts, owner: SymbolId) -> Vec<(String, String)> {
    let Some(span) = facts.model.symbol(owner).span else {
        return Vec::new();
    };
    let text = facts.text(span);
    if !text.to_ascii_lowercase().contains("config") && !text.contains("getProperty") {
        return Vec::new();
    }
    super::java_words::config_locals(text)
}

/// The locals of a Java method a condition reads better through: values read from
/// configuration, and short names (`c`) by their declared type.
fn java_reading_locals(facts: &Facts, owner: SymbolId) -> Vec<(String, String)> {
    let Some(span) = facts.model.symbol(owner).span else {
        return Vec::new();
    };
    let mut out = super::java_words::short_name_types(facts.text(span));
    out.extend(java_config_locals(facts, owner));
    out
}

/// A boolean helper `owner` calls by `name` with `argc` arguments: a project method returning
/// `boolean` whose body returns one expression.
fn java_helper(
    facts: &Facts,
    owner: SymbolId,
    name: &str,
    argc: usize,
) -> Option<super::java_words::Helper> {
    let model = facts.model;
    facts
        .refs_from
        .get(&owner)
        .into_iter()
        .flatten()
        .filter_map(|&i| match model.references[i].target {
            crate::model::RefTarget::Symbol { id } => Some(id),
            _ => None,
        })
        .filter(|&id| {
            let s = model.symbol(id);
            s.kind == SymbolKind::Method && s.name == name && s.detail.as_deref() == Some("boolean")
        })
        .find_map(|id| {
            let span = model.symbol(id).span?;
            let helper = super::java_words::helper_of(facts.text(span))?;
            (helper.params.len() == argc).then_some(helper)
        })
}

/// Splits a WHEN's objects at ALSO.
pub(crate) fn split_also(text: &str) -> Vec<String> {
    let mut parts = vec![Vec::new()];
    for t in tokens(text) {
        if t.eq_ignore_ascii_case("ALSO") {
            parts.push(Vec::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(t);
        }
    }
    parts.into_iter().map(|p| p.join(" ")).collect()
}

/// A WHEN of an EVALUATE in plain words, pairing its objects with the subjects.
pub(crate) fn plain_when(
    facts: &Facts,
    owner: SymbolId,
    subjects: &[String],
    when: &str,
) -> String {
    if subjects.is_empty() {
        return plain_condition(facts, owner, when);
    }
    let objects = split_also(when);
    let mut parts = Vec::new();
    for (k, object) in objects.iter().enumerate() {
        let subject = subjects.get(k).map_or("TRUE", String::as_str);
        let obj_upper = object.to_ascii_uppercase();
        if obj_upper == "ANY" {
            continue;
        }
        if subject.eq_ignore_ascii_case("TRUE") {
            parts.push(plain_condition(facts, owner, object));
            continue;
        }
        if subject.eq_ignore_ascii_case("FALSE") {
            parts.push(format!("not ({})", plain_condition(facts, owner, object)));
            continue;
        }
        let subject_term = term_operand(facts, owner, subject);
        let subject_words = match subject_term {
            Some(term) => with_article(term),
            None => operand_words(facts, owner, subject),
        };
        let plural = subject_term.is_some_and(is_plural);
        let (negated, value) = match obj_upper.strip_prefix("NOT ") {
            Some(_) => (true, object[4..].trim().to_string()),
            None => (false, object.clone()),
        };
        let toks = tokens(&value);
        let words: Vec<String> = toks.iter().map(|t| literal_words(t)).collect();
        let is_range = toks
            .iter()
            .any(|t| t.eq_ignore_ascii_case("THRU") || t.eq_ignore_ascii_case("THROUGH"));
        let mut phrase = if is_range {
            let joined = words.join(" ");
            let verb = agree(
                if negated {
                    "is not between"
                } else {
                    "is between"
                },
                plural,
            );
            format!(
                "{subject_words} {verb} {}",
                joined.replacen(" to ", " and ", 1)
            )
        } else {
            let verb = agree(if negated { "is not" } else { "is" }, plural);
            format!("{subject_words} {verb} {}", words.join(" "))
        };
        // Name the value through a condition-name of the subject when one has exactly it.
        if !is_range
            && let Some(var) = facts.lookup_data(owner, subject)
            && let Some(names) = facts.conditions_of.get(&var)
        {
            let want = format!("VALUE {value}");
            if let Some(&n) = names.iter().find(|&&n| {
                facts.model.symbol(n).detail.as_deref().is_some_and(|d| {
                    d.ends_with(&want) && d.matches(' ').count() == want.matches(' ').count() + 1
                })
            }) {
                let name = facts
                    .term(n)
                    .map_or_else(|| data_words(&facts.model.symbol(n).name), str::to_string);
                phrase.push_str(&format!(" ({name})"));
            }
        }
        parts.push(phrase);
    }
    if parts.is_empty() {
        return "always".into();
    }
    parts.join(" and ")
}

/// `4000-INCOME-RULE` → `Income rule`; `evaluate` → `Evaluate`.
pub(crate) fn procedure_words(name: &str) -> String {
    let trimmed = name.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    let trimmed = if trimmed.is_empty() { name } else { trimmed };
    let lower = trimmed.replace(['-', '_'], " ").to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A calculation statement as a formula, in symbols and in words:
/// `COMPUTE WS-INT ROUNDED = AT-AMOUNT * WS-RATE / 100` →
/// (`WS-INT = AT-AMOUNT * WS-RATE / 100, rounded`, `int = amount × rate ÷ 100, rounded`).
/// `ADD`, `SUBTRACT`, `MULTIPLY` and `DIVIDE` (with or without GIVING) read the same way.
pub fn formula(facts: &Facts, owner: SymbolId, statement: &str) -> Option<(String, String)> {
    let toks = tokens(statement);
    let upper: Vec<String> = toks.iter().map(|t| t.to_ascii_uppercase()).collect();
    let stop = upper
        .iter()
        .position(|t| {
            matches!(
                t.as_str(),
                "ON" | "SIZE"
                    | "NOT"
                    | "END-COMPUTE"
                    | "END-ADD"
                    | "END-SUBTRACT"
                    | "END-MULTIPLY"
                    | "END-DIVIDE"
            )
        })
        .unwrap_or(toks.len());
    let toks = &toks[..stop];
    let upper = &upper[..stop];
    let rounded = upper.iter().any(|t| t == "ROUNDED");
    let pos = |w: &str| upper.iter().position(|t| t == w);
    // Operands between two positions; a subscript or reference modification stays with its
    // item (`WS-DIGIT (WS-IDX)` is one operand).
    let list = |a: usize, b: usize| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut depth = 0usize;
        for t in toks[a.min(b)..b]
            .iter()
            .filter(|t| !t.eq_ignore_ascii_case("ROUNDED"))
        {
            match (t.as_str(), out.last_mut()) {
                ("(", Some(last)) => {
                    depth += 1;
                    last.push('(');
                }
                (")", Some(last)) if depth > 0 => {
                    depth -= 1;
                    last.push(')');
                }
                (_, Some(last)) if depth > 0 => {
                    if !last.ends_with('(') {
                        last.push(' ');
                    }
                    last.push_str(t);
                }
                _ => out.push(t.clone()),
            }
        }
        out
    };
    let verb = upper.first()?.as_str();
    let (target, expr): (String, Vec<String>) = match verb {
        "COMPUTE" => {
            let eq = toks
                .iter()
                .position(|t| t == "=" || t.eq_ignore_ascii_case("EQUAL"))?;
            let target = list(1, eq).join(" ");
            (target, toks[eq + 1..].to_vec())
        }
        "ADD" | "SUBTRACT" | "MULTIPLY" | "DIVIDE" => {
            let giving = pos("GIVING");
            let remainder = pos("REMAINDER");
            let end_ops = giving.or(remainder).unwrap_or(toks.len());
            let (link, op) = match verb {
                "ADD" => ("TO", "+"),
                "SUBTRACT" => ("FROM", "-"),
                "MULTIPLY" => ("BY", "*"),
                _ => (if pos("INTO").is_some() { "INTO" } else { "BY" }, "/"),
            };
            let at = pos(link);
            let (left, right) = match at {
                Some(k) if k < end_ops => (list(1, k), list(k + 1, end_ops)),
                _ => (list(1, end_ops), Vec::new()),
            };
            let join = |xs: &[String]| xs.join(&format!(" {op} "));
            let target = match giving {
                Some(g) => list(g + 1, remainder.unwrap_or(toks.len()))
                    .first()
                    .cloned()?,
                None => right.last().cloned().or_else(|| left.last().cloned())?,
            };
            let expr = match (verb, at.is_some()) {
                ("ADD", _) => {
                    let mut all = right.clone();
                    if giving.is_none() {
                        all.retain(|t| *t == target);
                    }
                    all.extend(left.iter().cloned());
                    join(&all)
                }
                ("SUBTRACT", true) => format!("{} - {}", right.first()?, left.join(" - ")),
                ("MULTIPLY", true) => format!("{} * {}", left.first()?, right.first()?),
                ("DIVIDE", true) if link == "INTO" => {
                    format!("{} / {}", right.first()?, left.first()?)
                }
                ("DIVIDE", true) => format!("{} / {}", left.first()?, right.first()?),
                _ => join(&left),
            };
            (target, tokens(&expr))
        }
        _ => return None,
    };
    if target.is_empty() || expr.is_empty() {
        return None;
    }
    let sym = |t: &String| match t.as_str() {
        "*" => "×".to_string(),
        "/" => "÷".to_string(),
        "**" => "^".to_string(),
        _ => t.clone(),
    };
    let mut symbols = format!(
        "{target} = {}",
        expr.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let target_words = match term_operand(facts, owner, &target) {
        Some(term) if !target.contains(' ') => term.to_string(),
        _ => data_words(&target),
    };
    let mut words = format!(
        "{} = {}",
        target_words,
        expr.iter()
            .map(|t| {
                let w = sym(t);
                if w != *t {
                    w
                } else {
                    operand_words(facts, owner, t)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    );
    for s in [&mut symbols, &mut words] {
        *s = s.replace("( ", "(").replace(" )", ")");
        if rounded {
            s.push_str(", rounded");
        }
    }
    Some((symbols, words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Model, NewSymbol};

    #[test]
    fn tokens_keep_literals_and_operators() {
        assert_eq!(
            tokens("EP-AGE >= 66 AND NOT EP-X = 'A B'"),
            vec!["EP-AGE", ">=", "66", "AND", "NOT", "EP-X", "=", "'A B'"]
        );
        assert_eq!(
            tokens("a.getAge() >= 18 && !x"),
            vec!["a.getAge", "(", ")", ">=", "18", "&&", "!", "x"]
        );
    }

    #[test]
    fn comparisons_read_as_words() {
        let mut model = Model::default();
        let owner = model.add_symbol(NewSymbol::new(SymbolKind::Program, "P", "P"));
        let facts = Facts::new(&model);
        let plain = |t: &str| plain_condition(&facts, owner, t);
        assert_eq!(plain("A >= 1"), "A is at least 1");
        assert_eq!(plain("A IS GREATER THAN OR EQUAL TO B"), "A is at least B");
        assert_eq!(
            plain("A NOT < B AND C LESS THAN 2"),
            "A is at least B and C is less than 2"
        );
        assert_eq!(plain("A NOT = ZERO OR B"), "A is not zero or B");
    }

    #[test]
    fn negations_read_as_the_opposite_test() {
        let mut model = Model::default();
        let owner = model.add_symbol(NewSymbol::new(SymbolKind::Program, "P", "P"));
        let facts = Facts::new(&model);
        let not = |t: &str| negated_condition(&facts, owner, t);
        // `IF LIMIT >= BAL CONTINUE ELSE reject`: the reject holds when the limit is short.
        assert_eq!(
            not("LIMIT >= BAL").as_deref(),
            Some("LIMIT is less than BAL")
        );
        assert_eq!(not("A GREATER THAN B").as_deref(), Some("A is at most B"));
        assert_eq!(not("A NOT = ZERO").as_deref(), Some("A is zero"));
        assert_eq!(not("(A = 'X')").as_deref(), Some("A is not 'X'"));
        assert_eq!(not("A IS NUMERIC").as_deref(), Some("A is not numeric"));
        assert_eq!(not("A NOT NUMERIC").as_deref(), Some("A is numeric"));
        // De Morgan when every part has its own opposite; abbreviated parts keep "not (…)".
        assert_eq!(
            not("A = 1 OR B > 2").as_deref(),
            Some("A is not 1 and B is at most 2")
        );
        assert_eq!(
            not("A = 1 AND B NUMERIC").as_deref(),
            Some("(A is not 1 or B is not numeric)")
        );
        assert_eq!(not("A = SPACES OR LOW-VALUES"), None);
        assert_eq!(not("A = 1 AND B = 2 OR C = 3"), None);
        assert_eq!(
            not("NOT (A = 1 OR B = 2)").as_deref(),
            Some("(A is 1 or B is 2)")
        );
        assert_eq!(
            not("A (1 : 10) < B").as_deref(),
            Some("A (first 10 characters) is at least B")
        );
        assert_eq!(
            not("A (5:2) = 'XY'").as_deref(),
            Some("A (characters 5 to 6) is not 'XY'")
        );
    }

    /// A program with the data items of the glossary example, terms on two of them.
    fn earnings_model() -> (Model, SymbolId, Vec<SymbolId>) {
        let mut model = Model::default();
        let owner = model.add_symbol(NewSymbol::new(SymbolKind::Program, "P", "P"));
        let mut item = |name: &str, parent: SymbolId, kind: SymbolKind, detail: Option<&str>| {
            let mut s = NewSymbol::new(kind, name, format!("P.{name}"));
            s.parent = Some(parent);
            s.detail = detail.map(str::to_string);
            model.add_symbol(s)
        };
        let earnings = item("CL-WEEKLY-EARNINGS", owner, SymbolKind::DataItem, None);
        let limit = item("WS-EARN-LIMIT", owner, SymbolKind::DataItem, None);
        let status = item("CL-STAT", owner, SymbolKind::DataItem, None);
        let open = item(
            "CL-OPEN",
            status,
            SymbolKind::ConditionName,
            Some("88 VALUE 'O'"),
        );
        (model, owner, vec![earnings, limit, status, open])
    }

    #[test]
    fn terms_change_the_wording_of_conditions() {
        let (model, owner, ids) = earnings_model();
        let plain_facts = Facts::new(&model);
        assert_eq!(
            plain_condition(&plain_facts, owner, "CL-WEEKLY-EARNINGS > WS-EARN-LIMIT"),
            "weekly earnings is more than earn limit"
        );
        let terms = std::collections::HashMap::from([
            (ids[0], "claimant's weekly earnings".to_string()),
            (ids[1], "earnings limit".to_string()),
            (ids[2], "claim status".to_string()),
        ]);
        let facts = Facts::new(&model).with_terms(terms);
        let plain = |t: &str| plain_condition(&facts, owner, t);
        assert_eq!(
            plain("CL-WEEKLY-EARNINGS > WS-EARN-LIMIT"),
            "the claimant's weekly earnings are more than the earnings limit"
        );
        assert_eq!(
            plain("WS-EARN-LIMIT < CL-WEEKLY-EARNINGS"),
            "the earnings limit is less than the claimant's weekly earnings"
        );
        assert_eq!(
            plain("CL-WEEKLY-EARNINGS IS NUMERIC"),
            "the claimant's weekly earnings are numeric"
        );
        // The ELSE branch reads as the opposite test, agreeing too.
        assert_eq!(
            negated_condition(&facts, owner, "CL-WEEKLY-EARNINGS > WS-EARN-LIMIT").as_deref(),
            Some("the claimant's weekly earnings are at most the earnings limit")
        );
        // An 88-level reads through its item's term.
        assert_eq!(plain("CL-OPEN"), "the claim status is 'O'");
        // Formulae use the terms without articles.
        assert_eq!(
            formula(
                &facts,
                owner,
                "COMPUTE WS-EARN-LIMIT = CL-WEEKLY-EARNINGS * 2"
            )
            .unwrap()
            .1,
            "earnings limit = claimant's weekly earnings × 2"
        );
        // EVALUATE subjects too.
        assert_eq!(
            plain_when(&facts, owner, &["CL-WEEKLY-EARNINGS".to_string()], "ZERO"),
            "the claimant's weekly earnings are zero"
        );
    }

    #[test]
    fn values_of_condition_names_read_as_words() {
        assert_eq!(values_words("88 VALUE 'SP '"), "'SP '");
        assert_eq!(
            values_words("88 VALUE 'PC ' 'JSA' 'IS '"),
            "'PC ', 'JSA' or 'IS '"
        );
        assert_eq!(values_words("88 VALUE 66 THRU 150"), "66 to 150");
    }

    #[test]
    fn names_read_as_words() {
        assert_eq!(procedure_words("4000-INCOME-RULE"), "Income rule");
        assert_eq!(procedure_words("0000-MAIN"), "Main");
        assert_eq!(data_words("CM-TOTAL-PAID"), "total paid");
        assert_eq!(data_words("WS-ARREARS-AMT"), "arrears amount");
        assert_eq!(data_words("ADJ-IS-INVALID"), "adj is invalid");
        assert_eq!(data_words("getNetAmount()"), "net amount");
        assert_eq!(data_words("BENADJ01.AW-AWARD-CAP"), "award cap");
        assert_eq!(data_words("TXN-IN"), "transaction in");
        assert_eq!(data_words("WS-IN"), "in");
        assert_eq!(data_words("CUST-ACCT-ID"), "customer account id");
    }

    #[test]
    fn arithmetic_reads_as_formulae() {
        let mut model = Model::default();
        let owner = model.add_symbol(NewSymbol::new(SymbolKind::Program, "P", "P"));
        let facts = Facts::new(&model);
        let f = |t: &str| formula(&facts, owner, t).unwrap();
        assert_eq!(
            f("COMPUTE WS-INT ROUNDED = AT-AMOUNT * WS-RATE / 100 ON SIZE ERROR MOVE 1 TO X"),
            (
                "WS-INT = AT-AMOUNT * WS-RATE / 100, rounded".to_string(),
                "interest = AT-AMOUNT × WS-RATE ÷ 100, rounded".to_string()
            )
        );
        assert_eq!(
            f("ADD AT-AMOUNT TO AW-TOTAL-PAID").0,
            "AW-TOTAL-PAID = AW-TOTAL-PAID + AT-AMOUNT"
        );
        assert_eq!(
            f("SUBTRACT WS-DEDUCTION FROM WS-GROSS GIVING WS-NET").0,
            "WS-NET = WS-GROSS - WS-DEDUCTION"
        );
        assert_eq!(
            f("DIVIDE WS-PENCE BY 100 GIVING WS-POUNDS").0,
            "WS-POUNDS = WS-PENCE / 100"
        );
        assert_eq!(
            f("MULTIPLY WS-RATE BY WS-WEEKS GIVING WS-TOTAL").0,
            "WS-TOTAL = WS-RATE * WS-WEEKS"
        );
    }
}
