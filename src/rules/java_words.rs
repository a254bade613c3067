//! Java conditions in words a business reader understands.
//!
//! A small expression reader (no re-parsing of files: it reads the condition text the model
//! keeps) turns `!(claim.getCaseworkerId() == user.getId() || permissions.canDo(Permissions.
//! CLAIM_SUPERVISE))` into "the claim's caseworker id is not the user's id and the user does
//! not have permission CLAIM_SUPERVISE". It reads getters as possessives, predicates
//! (`isClosedForChanges()`) as clauses, negations through De Morgan, `null` as missing,
//! permission checks (`isUserInRole`, `hasPermission`, `canDo`, `isAdmin`) and values read from
//! configuration ("the configured username max length (USERNAME_MAX_LENGTH)"). A call of a
//! project's boolean helper (`canAmend(claim, user)`) is read through the helper's body, with
//! its parameters replaced by the caller's arguments. A field with a business term (the
//! glossary) reads as its term: `claim.getWeeklyEarnings()` → "the claimant's weekly
//! earnings" (see [`with_terms`]).

use std::cell::RefCell;
use std::collections::HashMap;

use super::terms::with_article;
use super::words::data_words;

thread_local! {
    /// Business terms of Java fields in effect on this thread (field name, lower-case → term).
    static FIELD_TERMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Runs `f` with the business terms of Java fields (field name, lower-case → term) read in
/// place of the fields' own names; the previous terms come back afterwards, also if `f`
/// panics.
pub fn with_terms<T>(terms: &HashMap<String, String>, f: impl FnOnce() -> T) -> T {
    if terms.is_empty() {
        return f();
    }
    struct Restore(Option<HashMap<String, String>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            if let Some(old) = self.0.take() {
                FIELD_TERMS.with(|t| *t.borrow_mut() = old);
            }
        }
    }
    let old = FIELD_TERMS.with(|t| std::mem::replace(&mut *t.borrow_mut(), terms.clone()));
    let _restore = Restore(Some(old));
    f()
}

/// Whether `noun` is a plural business term as [`field_term`] words it.
fn is_plural_term(noun: &str) -> bool {
    FIELD_TERMS.with(|t| {
        t.borrow()
            .values()
            .any(|term| super::terms::is_plural(term) && with_article(term) == noun)
    })
}

/// The business term of the field `name` (a field name, or a getter's property), if any.
fn field_term(name: &str) -> Option<String> {
    FIELD_TERMS.with(|t| {
        let t = t.borrow();
        if t.is_empty() {
            return None;
        }
        t.get(&name.to_ascii_lowercase()).cloned()
    })
}

/// A condition expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Not(Box<Expr>),
    Compare(Box<Expr>, String, Box<Expr>),
    InstanceOf(Box<Expr>, String),
    /// Arithmetic, kept as written.
    Arith(Vec<Expr>, Vec<String>),
    /// `a.b().c(x)`: a receiver chain.
    Chain(Vec<Segment>),
    Literal(String),
    Null,
    Bool(bool),
}

/// One step of a chain: a name, with arguments when it is a call.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub name: String,
    pub args: Option<Vec<Expr>>,
}

/// A boolean helper the reader may expand: its parameter names and its returned expression.
pub struct Helper {
    pub params: Vec<String>,
    pub body: Expr,
}

// ----- reading ------------------------------------------------------------------------------

fn lex(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' || c == '\'' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c {
                if chars[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            out.push(chars[i..end].iter().collect());
            i = end;
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_alphanumeric()
                    || chars[j] == '_'
                    || chars[j] == '$'
                    || (chars[j] == '.'
                        && c.is_ascii_digit()
                        && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                j += 1;
            }
            out.push(chars[i..j].iter().collect());
            i = j;
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            if ["&&", "||", "==", "!=", "<=", ">="].contains(&two.as_str()) {
                out.push(two);
                i += 2;
            } else {
                out.push(c.to_string());
                i += 1;
            }
        }
    }
    out
}

struct Reader {
    toks: Vec<String>,
    at: usize,
    depth: u32,
}

impl Reader {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.at).map(String::as_str)
    }
    fn eat(&mut self, t: &str) -> bool {
        if self.peek() == Some(t) {
            self.at += 1;
            true
        } else {
            false
        }
    }
    fn next(&mut self) -> Option<String> {
        let t = self.toks.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn or(&mut self) -> Option<Expr> {
        self.depth += 1;
        if self.depth > 60 {
            return None;
        }
        let mut parts = vec![self.and()?];
        while self.eat("||") {
            parts.push(self.and()?);
        }
        self.depth -= 1;
        Some(if parts.len() == 1 {
            parts.pop()?
        } else {
            Expr::Or(parts)
        })
    }
    fn and(&mut self) -> Option<Expr> {
        let mut parts = vec![self.compare()?];
        while self.eat("&&") {
            parts.push(self.compare()?);
        }
        Some(if parts.len() == 1 {
            parts.pop()?
        } else {
            Expr::And(parts)
        })
    }
    fn compare(&mut self) -> Option<Expr> {
        let left = self.arith()?;
        match self.peek() {
            Some(op @ ("==" | "!=" | "<" | ">" | "<=" | ">=")) => {
                let op = op.to_string();
                self.at += 1;
                let right = self.arith()?;
                Some(Expr::Compare(Box::new(left), op, Box::new(right)))
            }
            Some("instanceof") => {
                self.at += 1;
                let ty = self.next()?;
                Some(Expr::InstanceOf(Box::new(left), ty))
            }
            _ => Some(left),
        }
    }
    fn arith(&mut self) -> Option<Expr> {
        let first = self.unary()?;
        let mut parts = vec![first];
        let mut ops = Vec::new();
        while let Some(op @ ("+" | "-" | "*" | "/" | "%")) = self.peek() {
            ops.push(op.to_string());
            self.at += 1;
            parts.push(self.unary()?);
        }
        Some(if ops.is_empty() {
            parts.pop()?
        } else {
            Expr::Arith(parts, ops)
        })
    }
    fn unary(&mut self) -> Option<Expr> {
        if self.eat("!") {
            return Some(Expr::Not(Box::new(self.unary()?)));
        }
        if self.eat("-") {
            let e = self.unary()?;
            return Some(match e {
                Expr::Literal(l) => Expr::Literal(format!("-{l}")),
                other => other,
            });
        }
        self.postfix()
    }
    fn args(&mut self) -> Option<Vec<Expr>> {
        let mut args = Vec::new();
        if self.eat(")") {
            return Some(args);
        }
        loop {
            args.push(self.or()?);
            if self.eat(")") {
                return Some(args);
            }
            if !self.eat(",") {
                return None;
            }
        }
    }
    fn postfix(&mut self) -> Option<Expr> {
        let t = self.next()?;
        let mut segs: Vec<Segment> = Vec::new();
        match t.as_str() {
            "(" => {
                // A cast `(Type) x` or a parenthesised expression.
                let save = self.at;
                if let Some(ty) = self.next()
                    && ty.starts_with(|c: char| c.is_ascii_uppercase())
                    && self.eat(")")
                    && self
                        .peek()
                        .is_some_and(|p| p.starts_with(|c: char| c.is_alphanumeric() || c == '('))
                {
                    // `(Award) it.next()` reads as "the award".
                    let inner = self.postfix()?;
                    return Some(match inner {
                        Expr::Chain(segs)
                            if segs.last().is_some_and(|l| {
                                matches!(
                                    l.name.as_str(),
                                    "next" | "get" | "elementAt" | "getAttribute" | "nextElement"
                                )
                            }) =>
                        {
                            let mut name = ty.clone();
                            name[..1].make_ascii_lowercase();
                            Expr::Chain(vec![Segment { name, args: None }])
                        }
                        other => other,
                    });
                }
                self.at = save;
                let e = self.or()?;
                if !self.eat(")") {
                    return None;
                }
                if self.peek() != Some(".") {
                    return Some(e);
                }
                // `(a).b()`: the inner chain goes on.
                match e {
                    Expr::Chain(inner) => segs.extend(inner),
                    other => segs.push(Segment {
                        name: render_noun(&other).replace(' ', "_"),
                        args: None,
                    }),
                }
            }
            "null" => return Some(Expr::Null),
            "true" => return Some(Expr::Bool(true)),
            "false" => return Some(Expr::Bool(false)),
            "new" => {
                let ty = self.next()?;
                if self.eat("(") {
                    let args = self.args()?;
                    segs.push(Segment {
                        name: format!("new {ty}"),
                        args: Some(args),
                    });
                } else {
                    return None;
                }
            }
            _ if t.starts_with(['"', '\'']) || t.starts_with(|c: char| c.is_ascii_digit()) => {
                if self.peek() != Some(".") || !t.starts_with('"') {
                    return Some(Expr::Literal(t));
                }
                segs.push(Segment {
                    name: t,
                    args: None,
                });
            }
            _ if t.starts_with(|c: char| c.is_alphabetic() || c == '_' || c == '$') => {
                let args = if self.eat("(") {
                    Some(self.args()?)
                } else {
                    None
                };
                segs.push(Segment { name: t, args });
            }
            _ => return None,
        }
        while self.eat(".") {
            let name = self.next()?;
            let args = if self.eat("(") {
                Some(self.args()?)
            } else {
                None
            };
            segs.push(Segment { name, args });
        }
        // Array access: `a[i]` reads as `a`.
        while self.eat("[") {
            self.or()?;
            if !self.eat("]") {
                return None;
            }
        }
        Some(Expr::Chain(segs))
    }
}

/// Reads a Java condition; `None` when it is not an expression this reader knows.
pub fn parse(text: &str) -> Option<Expr> {
    let mut r = Reader {
        toks: lex(text),
        at: 0,
        depth: 0,
    };
    let e = r.or()?;
    (r.at == r.toks.len()).then_some(e)
}

// ----- substitution (helpers) ----------------------------------------------------------------

/// Replaces a helper's parameters by the caller's arguments.
fn substitute(e: &Expr, params: &[String], args: &[Expr]) -> Expr {
    let sub = |x: &Expr| substitute(x, params, args);
    match e {
        Expr::Or(v) => Expr::Or(v.iter().map(sub).collect()),
        Expr::And(v) => Expr::And(v.iter().map(sub).collect()),
        Expr::Not(x) => Expr::Not(Box::new(sub(x))),
        Expr::Compare(a, op, b) => Expr::Compare(Box::new(sub(a)), op.clone(), Box::new(sub(b))),
        Expr::InstanceOf(a, t) => Expr::InstanceOf(Box::new(sub(a)), t.clone()),
        Expr::Arith(v, ops) => Expr::Arith(v.iter().map(sub).collect(), ops.clone()),
        Expr::Chain(segs) => {
            let mut out: Vec<Segment> = Vec::new();
            for (k, s) in segs.iter().enumerate() {
                if k == 0
                    && s.args.is_none()
                    && let Some(p) = params.iter().position(|p| *p == s.name)
                    && let Some(arg) = args.get(p)
                {
                    match arg {
                        Expr::Chain(head) => out.extend(head.iter().cloned()),
                        other if segs.len() == 1 => return other.clone(),
                        other => out.push(Segment {
                            name: render_noun(other),
                            args: None,
                        }),
                    }
                    continue;
                }
                out.push(Segment {
                    name: s.name.clone(),
                    args: s.args.as_ref().map(|a| a.iter().map(sub).collect()),
                });
            }
            Expr::Chain(out)
        }
        other => other.clone(),
    }
}

// ----- words --------------------------------------------------------------------------------

fn is_constant(name: &str) -> bool {
    name.len() > 1
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
}

fn is_type_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) && !is_constant(name)
}

/// A getter's property: `getCaseworkerId` → `caseworker id`.
fn getter_property(name: &str) -> Option<String> {
    let rest = name.strip_prefix("get")?;
    rest.starts_with(|c: char| c.is_ascii_uppercase())
        .then(|| data_words(rest))
}

/// Configuration reads: `PortalConfig.getInt(ConfigKeys.X)`, `props.getProperty("x")`,
/// `SystemGlobals.getIntValue(ConfigKeys.X)`. Returns the setting's words and its key.
fn config_setting(segs: &[Segment]) -> Option<(String, String)> {
    let call = segs.last()?;
    let args = call.args.as_ref()?;
    let name = call.name.to_ascii_lowercase();
    let getter = name.starts_with("get")
        && [
            "int", "long", "value", "property", "boolean", "string", "double", "setting", "config",
            "integer", "decimal",
        ]
        .iter()
        .any(|w| name.contains(w));
    if !getter {
        return None;
    }
    let receiver: String = segs[..segs.len() - 1]
        .iter()
        .map(|s| s.name.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(".");
    let key = match args.first()? {
        Expr::Chain(k) => k.last().map(|s| s.name.clone())?,
        Expr::Literal(l) => l.trim_matches(['"', '\'']).to_string(),
        _ => return None,
    };
    let key_class: String = match args.first()? {
        Expr::Chain(k) if k.len() >= 2 => k[k.len() - 2].name.to_ascii_lowercase(),
        _ => String::new(),
    };
    let configured = [
        "config", "setting", "propert", "props", "prefs", "globals", "env",
    ]
    .iter()
    .any(|w| receiver.contains(w) || key_class.contains(w))
        || key_class.ends_with("keys");
    if !configured {
        return None;
    }
    let words = key
        .split(['.', '_'])
        .filter(|p| !p.is_empty())
        .map(data_words)
        .collect::<Vec<_>>()
        .join(" ");
    Some((words, key))
}

/// Permission checks: `isUserInRole("SUPERVISOR")`, `hasPermission(P)`, `canDo(P)`,
/// `isGranted(P)`, `hasRole(R)`. Returns (is a role check, the permission's words).
fn permission_check(seg: &Segment) -> Option<(bool, String)> {
    let args = seg.args.as_ref()?;
    let n = seg.name.as_str();
    let role = matches!(n, "isUserInRole" | "hasRole" | "inRole" | "isInRole");
    let permission = matches!(
        n,
        "hasPermission" | "canDo" | "isGranted" | "checkPermission" | "hasRight" | "isAllowed"
    );
    if !(role || permission) {
        return None;
    }
    let what = args
        .iter()
        .map(|a| match a {
            Expr::Chain(s) => s.last().map_or(String::new(), |x| x.name.clone()),
            Expr::Literal(l) => l.trim_matches(['"', '\'']).to_string(),
            other => render_noun(other),
        })
        .collect::<Vec<_>>()
        .join(", ");
    Some((role, what))
}

/// The subject a receiver chain names ("the claim", "the user's office").
fn subject(segs: &[Segment]) -> String {
    if segs.is_empty() {
        return "it".into();
    }
    render_noun(&Expr::Chain(segs.to_vec()))
}

fn possessive(owner: &str, property: &str) -> String {
    if owner == "it" || owner.is_empty() {
        return format!("the {property}");
    }
    let o = owner.strip_prefix("the ").unwrap_or(owner);
    // Keep at most the last owner: "the claim's claimant's nino" → "the claimant's nino".
    let o = if o.contains('(') {
        o
    } else {
        o.rsplit("'s ").next().unwrap_or(o)
    };
    if o.ends_with('s') {
        format!("the {o}' {property}")
    } else {
        format!("the {o}'s {property}")
    }
}

/// An expression as a noun phrase.
pub fn render_noun(e: &Expr) -> String {
    match e {
        Expr::Null => "nothing".into(),
        Expr::Bool(b) => b.to_string(),
        Expr::Literal(l) => {
            if l.starts_with('"') {
                format!("'{}'", l.trim_matches('"'))
            } else if l.starts_with(|c: char| c.is_ascii_digit()) {
                l.trim_end_matches(['L', 'l', 'd', 'D', 'f', 'F'])
                    .to_string()
            } else {
                l.clone()
            }
        }
        Expr::Arith(parts, ops) => {
            let mut s = render_noun(&parts[0]);
            for (op, p) in ops.iter().zip(&parts[1..]) {
                let op = match op.as_str() {
                    "*" => "×",
                    "/" => "÷",
                    o => o,
                };
                s.push_str(&format!(" {op} {}", render_noun(p)));
            }
            s
        }
        Expr::Chain(segs) => chain_noun(segs),
        other => render_clause(other, false),
    }
}

/// Calls that only convert or tidy a value (`getTime()`, `trim()`, `Money.ofPence(x)`,
/// `DateUtil.truncate(d)`): the value reads as itself.
fn is_transparent(name: &str) -> bool {
    matches!(
        name,
        "getTime"
            | "trim"
            | "toUpperCase"
            | "toLowerCase"
            | "intValue"
            | "longValue"
            | "doubleValue"
            | "truncate"
            | "normalise"
            | "normalize"
            | "valueOf"
            | "ofPence"
            | "of"
            | "toString"
            | "name"
    )
}

fn chain_noun(segs: &[Segment]) -> String {
    let Some(last) = segs.last() else {
        return String::new();
    };
    if is_transparent(&last.name)
        && let Some(args) = &last.args
    {
        let head = &segs[..segs.len() - 1];
        match (args.as_slice(), head) {
            ([], [_, ..]) => return chain_noun(head),
            ([only], []) => return render_noun(only),
            ([only], [h]) if is_type_name(&h.name) => return render_noun(only),
            _ => {}
        }
    }
    if let Some((words, key)) = config_setting(segs) {
        return format!("the configured {words} ({key})");
    }
    let head = &segs[..segs.len() - 1];
    if last.args.is_none() {
        if is_constant(&last.name) {
            return last.name.clone();
        }
        if let Some(term) = field_term(&last.name) {
            return with_article(&term);
        }
        if head.is_empty() || head.iter().all(|s| s.name == "this") {
            return format!("the {}", data_words(&last.name));
        }
        if head.len() == 1 && is_type_name(&head[0].name) {
            return format!("the {}", data_words(&last.name));
        }
        return possessive(&subject(head), &data_words(&last.name));
    }
    let args = last.args.as_deref().unwrap_or(&[]);
    if args.is_empty()
        && let Some(term) = last.name.strip_prefix("get").and_then(field_term)
    {
        return with_article(&term);
    }
    if let Some(p) = getter_property(&last.name)
        && args.is_empty()
    {
        if head.is_empty() || (head.len() == 1 && is_type_name(&head[0].name)) {
            return format!("the {p}");
        }
        return possessive(&subject(head), &p);
    }
    match (last.name.as_str(), args.len()) {
        ("length" | "size", 0) if !head.is_empty() => {
            let what = subject(head);
            return if last.name == "size" {
                format!("the number of {}", what.trim_start_matches("the "))
            } else {
                format!("the length of {what}")
            };
        }
        ("currentTimeMillis" | "now" | "today", 0) => return "now".into(),
        _ => {}
    }
    if last.name.starts_with("new ") {
        let ty = last.name.trim_start_matches("new ");
        return match args.len() {
            0 => format!("a new {}", data_words(ty)),
            _ => format!(
                "{} of {}",
                data_words(ty),
                args.iter().map(render_noun).collect::<Vec<_>>().join(", ")
            ),
        };
    }
    // Any other call: its name in words, then its arguments.
    let verb = data_words(&last.name);
    let recv = if head.is_empty() || (head.len() == 1 && is_type_name(&head[0].name)) {
        String::new()
    } else {
        format!("{} ", subject(head))
    };
    if args.is_empty() {
        format!("{recv}{verb}")
    } else {
        format!(
            "{recv}{verb} ({})",
            args.iter().map(render_noun).collect::<Vec<_>>().join(", ")
        )
    }
}

fn compare_words(op: &str, negated: bool) -> &'static str {
    match (op, negated) {
        ("==", false) | ("!=", true) => "is",
        ("==", true) | ("!=", false) => "is not",
        (">", false) | ("<=", true) => "is more than",
        (">", true) | ("<=", false) => "is at most",
        ("<", false) | (">=", true) => "is less than",
        ("<", true) | (">=", false) => "is at least",
        _ => "is",
    }
}

/// A predicate call as a clause: `office.isReadOnly()` → "the office is read only".
fn predicate_clause(segs: &[Segment], negated: bool) -> Option<String> {
    let last = segs.last()?;
    let args = last.args.as_deref()?;
    let head = &segs[..segs.len() - 1];
    if let Some((role, what)) = permission_check(last) {
        let who = if head.is_empty()
            || head
                .iter()
                .any(|s| s.name.to_ascii_lowercase().contains("request"))
            || (head.len() == 1 && is_type_name(&head[0].name))
            || head
                .last()
                .is_some_and(|s| s.name.to_ascii_lowercase().contains("permission"))
        {
            "the user".to_string()
        } else {
            subject(head)
        };
        let verb = if negated { "does not have" } else { "has" };
        return Some(if role {
            format!("{who} {verb} the role {what}")
        } else {
            format!("{who} {verb} permission {what}")
        });
    }
    let name = last.name.as_str();
    let (prefix, rest) = [
        "is", "has", "can", "should", "may", "must", "was", "are", "needs",
    ]
    .iter()
    .find_map(|p| {
        name.strip_prefix(p)
            .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
            .map(|r| (*p, r))
    })?;
    let words = match data_words(rest).as_str() {
        "greater than" => "more than".to_string(),
        "greater than or equal to" => "at least".to_string(),
        "less than or equal to" => "at most".to_string(),
        other => other.to_string(),
    };
    let static_call = head.is_empty() || (head.len() == 1 && is_type_name(&head[0].name));
    let who = if static_call {
        match args.first() {
            Some(a) => render_noun(a),
            None => "it".into(),
        }
    } else {
        subject(head)
    };
    let who = if who == "it" && static_call && args.is_empty() {
        "it".to_string()
    } else {
        who
    };
    let verb = match (prefix, negated) {
        ("is", false) => "is",
        ("is", true) => "is not",
        ("has", false) => "has",
        ("has", true) => "does not have",
        ("can", false) => "can",
        ("can", true) => "cannot",
        ("was", false) => "was",
        ("was", true) => "was not",
        ("are", false) => "are",
        ("are", true) => "are not",
        (p, false) => p,
        (p, true) => return Some(format!("{who} {p} not {words}")),
    };
    let extra = if static_call && args.len() > 1 {
        format!(
            " {}",
            args[1..]
                .iter()
                .map(render_noun)
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else if !static_call && !args.is_empty() {
        format!(
            " {}",
            args.iter().map(render_noun).collect::<Vec<_>>().join(", ")
        )
    } else {
        String::new()
    };
    Some(format!("{who} {verb} {words}{extra}"))
}

/// An expression as a clause, negated or not.
pub fn render_clause(e: &Expr, negated: bool) -> String {
    match e {
        Expr::Or(parts) | Expr::And(parts) => {
            let is_or = matches!(e, Expr::Or(_));
            // De Morgan: not (a or b) = not a and not b.
            let joiner = if is_or != negated { " or " } else { " and " };
            parts
                .iter()
                .map(|p| {
                    let inner = render_clause(p, negated);
                    if matches!(p, Expr::Or(_) | Expr::And(_)) {
                        format!("({inner})")
                    } else {
                        inner
                    }
                })
                .collect::<Vec<_>>()
                .join(joiner)
        }
        Expr::Not(inner) => render_clause(inner, !negated),
        Expr::Compare(a, op, b) => {
            if matches!(**b, Expr::Null) || matches!(**a, Expr::Null) {
                let x = if matches!(**b, Expr::Null) { a } else { b };
                let missing = (op == "==") != negated;
                return format!(
                    "{} {}",
                    render_noun(x),
                    if missing { "is missing" } else { "is present" }
                );
            }
            if let Expr::Bool(v) = **b {
                return render_clause(a, negated != ((op == "==") == v));
            }
            let left = render_noun(a);
            let verb = compare_words(op, negated);
            // "the claimant's weekly earnings are more than …": a plural term agrees.
            let verb = match verb.strip_prefix("is") {
                Some(rest) if is_plural_term(&left) => format!("are{rest}"),
                _ => verb.to_string(),
            };
            format!("{left} {verb} {}", render_noun(b))
        }
        Expr::InstanceOf(a, ty) => format!(
            "{} {} a {}",
            render_noun(a),
            if negated { "is not" } else { "is" },
            data_words(ty)
        ),
        Expr::Chain(segs) => {
            let last = segs.last();
            if let Some(l) = last
                && let Some(args) = &l.args
                && matches!(l.name.as_str(), "equals" | "equalsIgnoreCase")
                && args.len() == 1
            {
                let head = &segs[..segs.len() - 1];
                // `"create".equals(action)` reads with the variable first.
                let (a, b) = match head {
                    [Segment { name, args: None }] if name.starts_with('"') => (
                        render_noun(&args[0]),
                        format!("'{}'", name.trim_matches('"')),
                    ),
                    _ if head
                        .last()
                        .is_some_and(|s| s.args.is_none() && is_constant(&s.name)) =>
                    {
                        (render_noun(&args[0]), subject(head))
                    }
                    _ => (subject(head), render_noun(&args[0])),
                };
                return format!("{a} {} {b}", if negated { "is not" } else { "is" });
            }
            if let Some(l) = last
                && matches!(l.name.as_str(), "before" | "after")
                && let Some(args) = &l.args
            {
                let head = &segs[..segs.len() - 1];
                let static_call =
                    head.is_empty() || (head.len() == 1 && is_type_name(&head[0].name));
                let (a, b) = match (static_call, args.as_slice()) {
                    (true, [a, b]) => (render_noun(a), render_noun(b)),
                    (false, [b]) => (subject(head), render_noun(b)),
                    _ => (String::new(), String::new()),
                };
                if !a.is_empty() {
                    let not = if negated { "not " } else { "" };
                    return format!("{a} is {not}{} {b}", l.name);
                }
            }
            if let Some(c) = predicate_clause(segs, negated) {
                return c;
            }
            let noun = render_noun(e);
            if negated {
                format!("not {}", noun.trim_start_matches("the "))
            } else {
                noun.trim_start_matches("the ").to_string()
            }
        }
        Expr::Bool(b) => (b != &negated).to_string(),
        other => {
            let noun = render_noun(other);
            if negated {
                format!("not ({noun})")
            } else {
                noun
            }
        }
    }
}

/// A Java condition in words, with boolean helpers (`lookup(name, args)`) read through their
/// bodies. `None` when the condition is not an expression this reader knows.
pub fn condition_words(
    text: &str,
    lookup: &dyn Fn(&str, usize) -> Option<Helper>,
    locals: &[(String, String)],
) -> Option<String> {
    let e = parse(text.trim())?;
    let e = replace_locals(&e, locals);
    let e = expand_helpers(&e, lookup, 2);
    Some(render_clause(&e, false))
}

/// Replaces locals by the expressions they were given (`minPoints` →
/// `PortalConfig.getInt(ConfigKeys.AWARD_POINTS_MIN)`), so a limit read from configuration
/// into a local reads as the setting.
fn replace_locals(e: &Expr, locals: &[(String, String)]) -> Expr {
    if locals.is_empty() {
        return e.clone();
    }
    let again = |x: &Expr| replace_locals(x, locals);
    match e {
        Expr::Or(v) => Expr::Or(v.iter().map(again).collect()),
        Expr::And(v) => Expr::And(v.iter().map(again).collect()),
        Expr::Not(x) => Expr::Not(Box::new(again(x))),
        Expr::Compare(a, op, b) => {
            Expr::Compare(Box::new(again(a)), op.clone(), Box::new(again(b)))
        }
        Expr::Arith(v, ops) => Expr::Arith(v.iter().map(again).collect(), ops.clone()),
        Expr::Chain(segs) => {
            // Arguments first (`a.equals(c.getNino())`), then the head.
            let segs: Vec<Segment> = segs
                .iter()
                .map(|s| Segment {
                    name: s.name.clone(),
                    args: s.args.as_ref().map(|a| a.iter().map(again).collect()),
                })
                .collect();
            let replacement = locals
                .iter()
                .find(|(name, _)| segs[0].args.is_none() && *name == segs[0].name)
                .and_then(|(_, init)| parse(init));
            match replacement {
                Some(Expr::Chain(mut head)) => {
                    head.extend(segs[1..].iter().cloned());
                    Expr::Chain(head)
                }
                Some(other) if segs.len() == 1 => other,
                _ => Expr::Chain(segs),
            }
        }
        other => other.clone(),
    }
}

/// Short local names (`c`, `cl`) and the types they were declared with, as names a reader
/// understands: `Claim c` → (`c`, `claim`).
pub fn short_name_types(body: &str) -> Vec<(String, String)> {
    let idents: Vec<&str> = body
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '<' || c == '>'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<(String, String)> = Vec::new();
    for pair in idents.windows(2) {
        let (ty, name) = (pair[0], pair[1]);
        let ty = ty.split('<').next().unwrap_or(ty);
        if name.len() <= 2
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric())
            && ty.starts_with(|c: char| c.is_ascii_uppercase())
            && ty.len() > 2
            && !is_constant(ty)
            && !out.iter().any(|(n, _)| n == name)
        {
            let mut readable = ty.to_string();
            readable[..1].make_ascii_lowercase();
            out.push((name.to_string(), readable));
        }
    }
    out
}

/// Locals of a method body that hold a value read from configuration: `(name, initializer)`
/// for each `[type] name = <config read>;`.
pub fn config_locals(body: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for statement in body.split([';', '{', '}']) {
        let Some((left, right)) = statement.split_once('=') else {
            continue;
        };
        if right.starts_with('=') || left.ends_with(['!', '<', '>', '=']) {
            continue;
        }
        let Some(name) = left.split_whitespace().last() else {
            continue;
        };
        if !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let init = right.trim();
        if let Some(Expr::Chain(segs)) = parse(init)
            && config_setting(&segs).is_some()
        {
            out.push((name.to_string(), init.to_string()));
        }
    }
    out
}

/// Replaces calls of boolean helpers by their bodies, `depth` levels deep.
pub fn expand_helpers(
    e: &Expr,
    lookup: &dyn Fn(&str, usize) -> Option<Helper>,
    depth: u32,
) -> Expr {
    if depth == 0 {
        return e.clone();
    }
    let again = |x: &Expr| expand_helpers(x, lookup, depth);
    match e {
        Expr::Or(v) => Expr::Or(v.iter().map(again).collect()),
        Expr::And(v) => Expr::And(v.iter().map(again).collect()),
        Expr::Not(x) => Expr::Not(Box::new(again(x))),
        Expr::Compare(a, op, b) => {
            Expr::Compare(Box::new(again(a)), op.clone(), Box::new(again(b)))
        }
        Expr::Chain(segs) => {
            let Some(last) = segs.last() else {
                return e.clone();
            };
            let Some(args) = &last.args else {
                return e.clone();
            };
            if permission_check(last).is_some() {
                return e.clone();
            }
            match lookup(&last.name, args.len()).filter(|h| {
                // A single test reads better by the helper's name ("the user is anonymous").
                matches!(h.body, Expr::Or(_) | Expr::And(_)) && !is_value_comparison(&last.name)
            }) {
                Some(h) => {
                    let body = if segs.len() > 1 && !is_type_name(&segs[0].name) {
                        // `claim.isClosedForChanges()`: the body's fields belong to the receiver.
                        qualify_with_receiver(&h.body, &segs[..segs.len() - 1])
                    } else {
                        h.body.clone()
                    };
                    let body = substitute(&body, &h.params, args);
                    expand_helpers(&body, lookup, depth - 1)
                }
                None => e.clone(),
            }
        }
        other => other.clone(),
    }
}

/// Comparisons of value types (`isGreaterThan`, `isBefore`, `isZero`): they read better as
/// themselves than through their bodies.
fn is_value_comparison(name: &str) -> bool {
    [
        "isGreater",
        "isLess",
        "isBefore",
        "isAfter",
        "isEqual",
        "isZero",
        "isPositive",
        "isNegative",
        "isEmpty",
        "isBlank",
        "isNull",
        "isSame",
        "equals",
        "compare",
    ]
    .iter()
    .any(|p| name.starts_with(p))
}

/// Prefixes unqualified names and calls of a helper's body with the receiver it was called on.
fn qualify_with_receiver(e: &Expr, receiver: &[Segment]) -> Expr {
    let q = |x: &Expr| qualify_with_receiver(x, receiver);
    match e {
        Expr::Or(v) => Expr::Or(v.iter().map(q).collect()),
        Expr::And(v) => Expr::And(v.iter().map(q).collect()),
        Expr::Not(x) => Expr::Not(Box::new(q(x))),
        Expr::Compare(a, op, b) => Expr::Compare(Box::new(q(a)), op.clone(), Box::new(q(b))),
        Expr::Chain(segs) => {
            let first = &segs[0];
            let rest: &[Segment] = if first.name == "this" {
                &segs[1..]
            } else {
                segs
            };
            if rest.is_empty() {
                return Expr::Chain(receiver.to_vec());
            }
            if is_type_name(&rest[0].name) || is_constant(&rest[0].name) {
                return e.clone().qualify_arguments(receiver);
            }
            let mut out = receiver.to_vec();
            out.extend(rest.iter().cloned());
            Expr::Chain(out)
        }
        other => other.clone(),
    }
}

impl Expr {
    /// Qualifies the arguments of the calls in a chain (`STATUS_FROZEN.equals(status)`).
    fn qualify_arguments(self, receiver: &[Segment]) -> Expr {
        match self {
            Expr::Chain(segs) => Expr::Chain(
                segs.into_iter()
                    .map(|s| Segment {
                        args: s.args.map(|a| {
                            a.iter()
                                .map(|x| match x {
                                    Expr::Chain(_) => qualify_with_receiver(x, receiver),
                                    other => other.clone(),
                                })
                                .collect()
                        }),
                        name: s.name,
                    })
                    .collect(),
            ),
            other => other,
        }
    }
}

/// Reads a boolean helper's declaration text: its parameter names and its single returned
/// expression (`None` when the body does more than return one expression).
pub fn helper_of(declaration: &str) -> Option<Helper> {
    let open = declaration.find('(')?;
    let mut depth = 0i32;
    let mut close = None;
    for (k, c) in declaration[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + k);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let params: Vec<String> = declaration[open + 1..close]
        .split(',')
        .filter_map(|p| p.split_whitespace().last())
        .map(|p| p.trim_start_matches(['.', '[', ']']).to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let body_start = declaration[close..].find('{')? + close;
    let body = declaration[body_start + 1..].trim();
    let body = body.strip_suffix('}')?.trim();
    // Comments out.
    let lines: Vec<&str> = body
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .filter(|l| !l.trim().is_empty())
        .collect();
    let body = lines.join(" ");
    let body = body.trim();
    let expr = body.strip_prefix("return")?.trim().strip_suffix(';')?;
    if expr.contains(';') || expr.contains("return") {
        return None;
    }
    Some(Helper {
        params,
        body: parse(expr)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> String {
        condition_words(text, &|_, _| None, &[]).unwrap()
    }

    #[test]
    fn fields_with_terms_read_as_their_terms() {
        let text = "claim.getWeeklyEarnings() > limits.earningsLimit";
        let plain = words(text);
        assert!(
            plain.starts_with("the claim's weekly earnings is more than "),
            "{plain}"
        );
        let terms = HashMap::from([
            (
                "weeklyearnings".to_string(),
                "claimant's weekly earnings".to_string(),
            ),
            ("earningslimit".to_string(), "earnings limit".to_string()),
        ]);
        assert_eq!(
            with_terms(&terms, || words(text)),
            "the claimant's weekly earnings are more than the earnings limit"
        );
        // The terms are gone afterwards.
        assert_eq!(words(text), plain);
    }

    #[test]
    fn getters_read_as_possessives_and_negations_distribute() {
        assert_eq!(
            words(
                "!(claim.getCaseworkerId() == user.getId() || permissions.canDo(Permissions.CLAIM_SUPERVISE))"
            ),
            "the claim's caseworker id is not the user's id and the user does not have permission CLAIM_SUPERVISE"
        );
        assert_eq!(
            words("claim.isClosedForChanges() && !request.isUserInRole(\"SUPERVISOR\")"),
            "the claim is closed for changes and the user does not have the role SUPERVISOR"
        );
        assert_eq!(words("office.isReadOnly()"), "the office is read only");
        assert_eq!(words("user == null"), "the user is missing");
        assert_eq!(words("!c.hasPartner()"), "the c does not have partner");
    }

    #[test]
    fn configured_limits_name_their_setting() {
        assert_eq!(
            words("name.length() > PortalConfig.getInt(ConfigKeys.USERNAME_MAX_LENGTH)"),
            "the length of the name is more than the configured username max length (USERNAME_MAX_LENGTH)"
        );
        assert_eq!(
            words("points < config.getIntValue(\"award.points.min\")"),
            "the points is less than the configured award points min (award.points.min)"
        );
        assert_eq!(
            words("amount.getPence() > MINIMUM_PAYMENT_PENCE"),
            "the amount's pence is more than MINIMUM_PAYMENT_PENCE"
        );
    }

    #[test]
    fn equals_and_dates_read_naturally() {
        assert_eq!(words("\"create\".equals(action)"), "the action is 'create'");
        assert_eq!(
            words("!ClaimStatus.RETURNED.equals(payment.getStatus())"),
            "the payment's status is not RETURNED"
        );
        assert_eq!(
            words("DateUtil.before(claim.getDateReceived(), earliest)"),
            "the claim's date received is before the earliest"
        );
        assert_eq!(
            words("StringUtil.isBlank(surname) && dateOfBirth == null"),
            "the surname is blank and the date of birth is missing"
        );
    }

    #[test]
    fn helpers_are_read_through_their_bodies() {
        let helper = helper_of(
            "public static boolean canAmend(Claim claim, PortalUser user) {\n  // owner or supervisor\n  return claim.getCaseworkerId() == user.getId() || user.isSupervisor();\n}",
        )
        .unwrap();
        assert_eq!(helper.params, vec!["claim", "user"]);
        let lookup = |name: &str, _: usize| -> Option<Helper> {
            match name {
                "canAmend" => helper_of(
                    "boolean canAmend(Claim claim, PortalUser user) { return claim.getCaseworkerId() == user.getId() || user.isSupervisor(); }",
                ),
                "isClosedForChanges" => helper_of(
                    "boolean isClosedForChanges() { return status == ClaimStatus.CLOSED || status == ClaimStatus.ARCHIVED; }",
                ),
                _ => None,
            }
        };
        assert_eq!(
            condition_words(
                "!PortalPermissions.canAmend(note.getClaim(), currentUser)",
                &lookup,
                &[]
            )
            .unwrap(),
            "the claim's caseworker id is not the current user's id and the current user is not supervisor"
        );
        assert_eq!(
            condition_words("claim.isClosedForChanges()", &lookup, &[]).unwrap(),
            "the claim's status is CLOSED or the claim's status is ARCHIVED"
        );
        assert!(helper_of("boolean x() { if (a) return b; return c; }").is_none());
    }

    #[test]
    fn limits_read_into_locals_name_their_setting() {
        let body = "int points = request.getInt(\"points\", 0);\n int minPoints = PortalConfig.getInt(ConfigKeys.AWARD_POINTS_MIN);\n if (points < minPoints) {}";
        let locals = config_locals(body);
        assert_eq!(locals.len(), 1, "{locals:?}");
        assert_eq!(
            condition_words("points < minPoints", &|_, _| None, &locals).unwrap(),
            "the points is less than the configured award points min (AWARD_POINTS_MIN)"
        );
    }

    #[test]
    fn short_names_read_as_their_types() {
        let body = "for (Iterator it = list.iterator(); it.hasNext();) { Claim c = (Claim) it.next(); if (c.getStatus() == ClaimStatus.CLOSED) {} }";
        let names = short_name_types(body);
        assert!(
            names.contains(&("c".to_string(), "claim".to_string())),
            "{names:?}"
        );
        assert_eq!(
            condition_words("c.getStatus() == ClaimStatus.CLOSED", &|_, _| None, &names).unwrap(),
            "the claim's status is CLOSED"
        );
    }

    #[test]
    fn unknown_shapes_are_refused_not_garbled() {
        assert!(parse("a ? b : c").is_none());
        assert!(parse("x -> y").is_none());
        assert!(parse("((((").is_none());
    }
}
