//! Java refusals: how web-era Java code tells a user "no".
//!
//! Legacy Java web applications rarely throw at the user. They put an error message into the
//! view model (`context.put("error", …)`, `request.setAttribute("error", …)`,
//! `addActionError(…)`, `errors.add(…, new ActionError("key"))`), look its text up in a message
//! bundle (`Messages.getMessage("claim.amend.denied")`), choose a "cannot" page
//! (`return "cannot_amend";`), redirect, or simply leave the action early with a guard clause
//! (`if (…) { …; return; }`). Each of these is an outcome for the rule miner (`outcome.rs`).

use super::facts::Facts;
use super::outcome::{Outcome, OutcomeKind};
use crate::model::{Span, SymbolId, SymbolKind};

/// View-model keys that carry a refusal or a message to the user.
fn is_message_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "error", "message", "msg", "warning", "denied", "failure", "notice", "alert",
    ]
    .iter()
    .any(|w| k.contains(w))
}

/// The string literals of a Java statement, in order, unescaped only of `\"`.
pub fn string_literals(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (k, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(k);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        parts.push(after[..end].replace("\\\"", "\""));
        rest = &after[end + 1..];
    }
    parts
}

/// A message-bundle key (`claim.amend.notOwner`, `error_name_taken`): no spaces, and dotted
/// or underscored words.
pub fn is_bundle_key(text: &str) -> bool {
    let t = text.trim_matches(['\'', '"']);
    !t.is_empty()
        && !t.contains(' ')
        && t.contains(['.', '_'])
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// A bundle key in words: `claim.amend.notOwner` → "claim amend not owner".
pub fn key_words(key: &str) -> String {
    key.trim_matches(['\'', '"'])
        .split(['.', '_', '-'])
        .filter(|p| !p.is_empty())
        .map(super::words::data_words)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A call that shows the user a message: the message (literal text or bundle key), quoted.
/// `receiver` is the simple name of the called method's class, `method` its name, `text` the
/// call's statement.
pub fn view_model_message(receiver: &str, method: &str, text: &str) -> Option<String> {
    let m = method.to_ascii_lowercase();
    let r = receiver.to_ascii_lowercase();
    let literals = string_literals(text);
    let message = |skip: usize| -> Option<String> {
        let rest: Vec<&String> = literals.iter().skip(skip).collect();
        // A bundle key among the literals is the message (`add("name", new
        // ActionError("register.name.taken"))`).
        if let Some(key) = rest.iter().rev().find(|l| is_bundle_key(l)) {
            return Some(format!("'{key}'"));
        }
        if rest.is_empty() {
            return Some(format!("'{}'", literals.first()?));
        }
        let joined = rest
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" … ");
        (!joined.is_empty()).then(|| format!("'{joined}'"))
    };
    match m.as_str() {
        // A view-model entry under an error or message key.
        "put" | "setattribute" | "addattribute" | "addobject" | "setmessage" | "addmessage"
        | "seterror" => {
            let key = literals.first()?;
            if !is_message_key(key) || key.contains(' ') {
                return None;
            }
            message(1)
        }
        // Struts-style error collections.
        "add" if r.ends_with("errors") || r.ends_with("messages") => message(0),
        // A message-bundle lookup with a literal key.
        "getmessage" | "gettext" | "getstring" | "format"
            if [
                "message", "i18n", "bundle", "resource", "text", "lang", "locali",
            ]
            .iter()
            .any(|w| r.contains(w)) =>
        {
            let key = literals.first()?;
            is_bundle_key(key).then(|| format!("'{key}'"))
        }
        _ => None,
    }
}

/// A page or view name that says the action was refused (`"cannot_amend"`, `"readonly_office"`).
pub fn refusal_page(expr: &str) -> Option<String> {
    let e = expr.trim();
    if !(e.starts_with('"') && e.ends_with('"') && e.len() > 2) {
        return None;
    }
    let page = &e[1..e.len() - 1];
    if page.contains(' ') {
        return None;
    }
    let lower = page.to_ascii_lowercase();
    [
        "cannot",
        "denied",
        "refused",
        "forbidden",
        "error",
        "readonly",
        "read_only",
        "notallowed",
        "not_allowed",
        "invalid",
        "failed",
        "reject",
        "unauthori",
        "noaccess",
        "no_access",
        "locked",
    ]
    .iter()
    .any(|w| lower.contains(w))
    .then(|| page.to_string())
}

/// Redirects and forwards: `sendRedirect(…)`, `forward(…)`.
pub fn navigation_verb(method: &str) -> Option<&'static str> {
    match method {
        "sendRedirect" | "redirect" => Some("REDIRECT"),
        "forward" | "include" => Some("FORWARD"),
        _ => None,
    }
}

/// Where a redirect or forward goes: its first string literal, else what the dispatcher was
/// asked for (`request.getRequestDispatcher(LOGIN_JSP).forward(…)` → `LOGIN_JSP`).
pub fn navigation_target(statement: &str) -> Option<String> {
    if let Some(first) = string_literals(statement).into_iter().next() {
        return Some(first);
    }
    let at = statement.find("getRequestDispatcher(")? + "getRequestDispatcher(".len();
    let arg: String = statement[at..].chars().take_while(|&c| c != ')').collect();
    let arg = arg.trim();
    (!arg.is_empty()).then(|| arg.to_string())
}

/// Methods that only answer a yes/no question (`isClosedForChanges`, `canAmend`): their
/// `return false` is an answer, not a refusal.
pub fn is_predicate_name(name: &str) -> bool {
    [
        "is", "can", "has", "should", "may", "allows", "must", "needs",
    ]
    .iter()
    .any(|p| {
        name.strip_prefix(p)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// What a method does, in words, for "… is refused": the method name (`amendClaim` → "amend
/// claim"), or the class for the generic entry points (`ClaimNoteAction.execute` → "claim
/// note").
pub fn action_words(facts: &Facts, owner: SymbolId) -> String {
    let model = facts.model;
    let method = model.symbol(owner);
    let generic = matches!(
        method.name.as_str(),
        "execute"
            | "perform"
            | "doPost"
            | "doGet"
            | "service"
            | "handle"
            | "handleRequest"
            | "process"
            | "run"
            | "doExecute"
            | "submit"
            | "action"
            | "list"
            | "save"
            | "insertSave"
            | "editSave"
    ) || method.kind == SymbolKind::Constructor;
    if generic && let Some(parent) = method.parent {
        let class = &model.symbol(parent).name;
        let mut base = class.as_str();
        for suffix in [
            "Action",
            "Servlet",
            "Controller",
            "Handler",
            "Command",
            "Bean",
            "ServiceImpl",
            "Service",
            "Impl",
        ] {
            if let Some(b) = base.strip_suffix(suffix)
                && !b.is_empty()
            {
                base = b;
                break;
            }
        }
        let words = super::words::data_words(base);
        if method.name.starts_with("do") || method.name.len() <= 4 {
            return words;
        }
        return format!("{} ({})", words, super::words::data_words(&method.name));
    }
    super::words::data_words(&method.name)
}

/// The statements of a block's text (braces stripped), split at top-level `;`.
pub(crate) fn last_statement(block: &str) -> Option<&str> {
    let t = block.trim();
    let t = t
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(t)
        .trim();
    let t = t.strip_suffix(';').unwrap_or(t);
    // The last statement starts after the last top-level `;` or `}`.
    let mut depth = 0i32;
    let mut start = 0;
    let mut in_string = false;
    let mut prev = ' ';
    for (k, c) in t.char_indices() {
        if in_string {
            if c == '"' && prev != '\\' {
                in_string = false;
            }
        } else {
            match c {
                '"' => in_string = true,
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                ';' | '}' | '{' if depth == 0 => start = k + 1,
                _ => {}
            }
        }
        prev = c;
    }
    let last = t[start..].trim();
    (!last.is_empty()).then_some(last)
}

/// Does real code follow `span` inside the method `body`?
fn code_follows(text: &str, after: usize, method_end: usize) -> bool {
    let Some(rest) = text.get(after..method_end.min(text.len())) else {
        return false;
    };
    let mut in_line_comment = false;
    let mut in_block_comment = false;
    let chars: Vec<char> = rest.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        let next = chars.get(k + 1).copied().unwrap_or(' ');
        if in_line_comment {
            in_line_comment = c != '\n';
        } else if in_block_comment {
            if c == '*' && next == '/' {
                in_block_comment = false;
                k += 1;
            }
        } else if c == '/' && next == '/' {
            in_line_comment = true;
        } else if c == '/' && next == '*' {
            in_block_comment = true;
        } else if !(c.is_whitespace() || c == '}') {
            return true;
        }
        k += 1;
    }
    false
}

/// Guard clauses of a Java method: an `if` without `else` whose branch ends in `return` or
/// `throw`, followed by more of the method. Each refuses the method's action. Null and
/// technical checks are left to the miner's classes (they are not refusals of an action).
pub fn guard_clauses(facts: &Facts, owner: SymbolId, out: &mut Vec<Outcome>) {
    let model = facts.model;
    let method = model.symbol(owner);
    if is_predicate_name(&method.name) {
        return;
    }
    let Some(method_span) = method.span else {
        return;
    };
    let Some(text) = model.file(method_span.file).text.as_deref() else {
        return;
    };
    let mut action: Option<String> = None;
    for &i in facts.sites_of.get(&owner).into_iter().flatten() {
        let c = facts.site(i);
        if c.kind != "if" || c.alternative.is_some() {
            continue;
        }
        let (Some(cons), Some(statement)) = (c.consequence, c.statement) else {
            continue;
        };
        let Some(last) = last_statement(facts.text(cons)) else {
            continue;
        };
        let collection = error_collection(&c.text);
        let leaves = last.starts_with("throw ")
            || last
                .strip_prefix("return")
                .is_some_and(|value| collection.is_some() || refuses_by_returning(value.trim()));
        if !leaves || !code_follows(text, statement.end as usize, method_span.end as usize) {
            continue;
        }
        // `if (!errors.isEmpty()) { …; return "form"; }`: the checks that added to the
        // collection refuse the action, each with its own message.
        if let Some(errors) = collection {
            let action = action
                .get_or_insert_with(|| action_words(facts, owner))
                .clone();
            let adders: Vec<Span> = out
                .iter()
                .filter(|o| o.kind == OutcomeKind::Message && o.span.end <= statement.start)
                .filter(|o| {
                    // The call's span may start at the method name: look just before it too.
                    let start = o.span.start as usize;
                    let from = (start.saturating_sub(errors.len() + 8)..=start)
                        .find(|&k| text.is_char_boundary(k))
                        .unwrap_or(start);
                    let around = text
                        .get(from..(o.span.end as usize).min(text.len()))
                        .unwrap_or("");
                    let needle = format!("{errors}.");
                    around.contains(&needle)
                        && around.find(&needle).is_some_and(|k| k + from <= start)
                })
                .map(|o| o.span)
                .collect();
            let via = format!("{errors} (flag {errors} tested at line {})", c.span.line);
            for span in adders {
                out.push(Outcome {
                    kind: OutcomeKind::Refusal,
                    owner,
                    span,
                    line: c.span.line,
                    target: method.qualified_name.clone(),
                    target_id: Some(owner),
                    value: Some(action.clone()),
                    via: Some(via.clone()),
                });
            }
            continue;
        }
        if only_presence_checks(&c.text) {
            continue;
        }
        let action = action.get_or_insert_with(|| action_words(facts, owner));
        out.push(Outcome {
            kind: OutcomeKind::Refusal,
            owner,
            span: cons,
            line: cons.line,
            target: method.qualified_name.clone(),
            target_id: Some(owner),
            value: Some(action.clone()),
            via: None,
        });
    }
}

/// The error collection a condition tests (`!errors.isEmpty()`, `errors.size() > 0`,
/// `messages.hasErrors()`), if that is all it tests.
fn error_collection(condition: &str) -> Option<&str> {
    let t = condition.trim().trim_start_matches('!').trim();
    let (name, rest) = t.split_once('.')?;
    let lower = name.to_ascii_lowercase();
    let is_collection = lower.contains("error") || lower.contains("message") || lower == "problems";
    let test = [
        "isEmpty()",
        "size()",
        "hasErrors()",
        "isValid()",
        "hasMessages()",
    ]
    .iter()
    .any(|m| rest.starts_with(m));
    (is_collection && test && name.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(name)
}

/// A returned value that says "nothing done": none, `false`, `null`, `-1`, a refusal page or
/// an error constant. A computed result (`return route;`, `return fail(…)`) is an answer, not
/// a refusal of the action.
fn refuses_by_returning(value: &str) -> bool {
    let v = value.trim_start_matches('(').trim_end_matches(')').trim();
    if v.is_empty() || matches!(v, "false" | "null" | "-1" | "Boolean.FALSE") {
        return true;
    }
    if refusal_page(v).is_some() {
        return true;
    }
    let upper = v.rsplit('.').next().unwrap_or(v);
    upper
        .chars()
        .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        && [
            "ERROR",
            "FAIL",
            "DENIED",
            "REFUSED",
            "INVALID",
            "REJECT",
            "FORBIDDEN",
        ]
        .iter()
        .any(|w| upper.contains(w))
}

/// A condition that only tests for missing values (`x == null`, `id <= 0 || name == null`):
/// a parameter check, not a business refusal.
fn only_presence_checks(text: &str) -> bool {
    text.split("&&")
        .flat_map(|p| p.split("||"))
        .map(|p| p.trim().trim_matches(['(', ')', '!']).trim())
        .filter(|p| !p.is_empty())
        .all(|p| p.contains("null"))
}

/// Drops messages nested in another message of the same statement (`put("error",
/// getMessage("key"))` is one message).
pub fn drop_nested_messages(out: &mut Vec<Outcome>) {
    let spans: Vec<Span> = out
        .iter()
        .filter(|o| o.kind == OutcomeKind::Message)
        .map(|o| o.span)
        .collect();
    out.retain(|o| {
        o.kind != OutcomeKind::Message
            || !spans.iter().any(|s| {
                *s != o.span
                    && s.file == o.span.file
                    && s.start <= o.span.start
                    && o.span.end <= s.end
            })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_model_messages_are_found_by_key() {
        assert_eq!(
            view_model_message(
                "Context",
                "put",
                r#"context.put("error", Messages.getMessage("claim.amend.notOwner"))"#
            )
            .as_deref(),
            Some("'claim.amend.notOwner'")
        );
        assert_eq!(
            view_model_message(
                "HttpServletRequest",
                "setAttribute",
                r#"request.setAttribute("errorMessage", "The office is read only")"#
            )
            .as_deref(),
            Some("'The office is read only'")
        );
        assert_eq!(
            view_model_message("Context", "put", r#"context.put("claims", list)"#),
            None
        );
        assert_eq!(
            view_model_message(
                "ActionErrors",
                "add",
                r#"errors.add("name", new ActionError("register.name.taken"))"#
            )
            .as_deref(),
            Some("'register.name.taken'")
        );
        assert_eq!(
            view_model_message("Messages", "getMessage", r#"Messages.getMessage("a.b")"#)
                .as_deref(),
            Some("'a.b'")
        );
        assert_eq!(
            view_model_message("Exception", "getMessage", "e.getMessage()"),
            None
        );
    }

    #[test]
    fn refusal_pages_and_keys_read_as_words() {
        assert_eq!(
            refusal_page("\"cannot_amend\"").as_deref(),
            Some("cannot_amend")
        );
        assert_eq!(refusal_page("\"claim_list\""), None);
        assert_eq!(refusal_page("name"), None);
        assert_eq!(key_words("claim.amend.notOwner"), "claim amend not owner");
        assert!(is_bundle_key("'register.email.inUse'"));
        assert!(!is_bundle_key("'Email already registered'"));
    }

    #[test]
    fn the_last_statement_of_a_branch_is_found() {
        assert_eq!(
            last_statement("{ context.put(\"error\", \"a;b\"); return \"cannot\"; }"),
            Some("return \"cannot\"")
        );
        assert_eq!(last_statement("return;"), Some("return"));
        assert_eq!(
            last_statement("{ if (x) { y(); } throw new E(\"no\"); }"),
            Some("throw new E(\"no\")")
        );
        assert!(only_presence_checks("claim == null || user == null"));
        assert!(!only_presence_checks("claim == null || claim.isClosed()"));
        assert!(is_predicate_name("isClosedForChanges"));
        assert!(!is_predicate_name("issue"));
    }
}
