//! COPY expansion: finds `COPY`, `EXEC SQL INCLUDE`, `-INC` and `++INCLUDE` in a file's
//! normalized text, looks the members up in the [`CopybookLibrary`], and splices their own
//! (recursively expanded, then REPLACING-ed) text in place of the statement.
//!
//! Invariants:
//! - Statements are recognised in code only (the lexer skips comments and literals); the
//!   pseudo-text of REPLACE statements is skipped, so a `COPY` inside it is not expanded.
//! - A statement that cannot be expanded (missing member, cycle, too deep, too large) is
//!   overwritten with spaces, newlines kept, and parsing goes on; every inclusion is recorded.
//! - Recursion is bounded by [`MAX_DEPTH`], the number of inclusions by [`MAX_INCLUSIONS`],
//!   and the total size of expanded members by a budget, so no input makes it hang or run out of memory. Each member is normalized once
//!   per run and each library lookup is made once per (name, library, including file).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::format::{Normalized, normalize};
use super::lexer::{Lexer, Tok, TokKind, is_word, name_text};
use super::replacing::{Pair, apply_pairs, parse_pairs, parse_replace};
use super::source_map::MappedText;
use super::{
    Copybook, CopybookLibrary, FileKey, IncludeKind, Inclusion, PreprocessOptions,
    PreprocessProblem, ProblemSeverity,
};

/// Deepest COPY nesting expanded (a COPY in the main program has depth 1).
pub const MAX_DEPTH: u32 = 32;

/// Most inclusions recorded and expanded for one program (real programs have hundreds).
pub const MAX_INCLUSIONS: usize = 100_000;

/// Is this an IBM-supplied member (DB2, CICS, MQ, IMS, Language Environment)?
pub fn is_system_copybook(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    const EXACT: [&str; 5] = ["SQLCA", "SQLDA", "SQLIMSCA", "SQLIMSDA", "DLIUIB"];
    const PREFIXES: [&str; 5] = ["DFH", "CMQ", "CSQ", "CEE", "IGZ"];
    EXACT.contains(&n.as_str()) || PREFIXES.iter().any(|p| n.starts_with(p))
}

/// A statement to expand.
struct Request<'p> {
    name: String,
    library: Option<String>,
    kind: IncludeKind,
    from_file: FileKey,
    line: u32,
    pairs: &'p [Pair],
    depth: u32,
}

/// A file being expanded, as held on the [`Expander`]'s stack.
struct Open {
    file: FileKey,
    /// The member name it was included as (`None` for the main file).
    name: Option<String>,
    /// The statement that included it, and its line in the file below it on the stack.
    kind: IncludeKind,
    line: u32,
}

/// A parsed COPY / EXEC SQL INCLUDE statement.
struct Statement<'a> {
    name: String,
    library: Option<String>,
    pairs: Vec<Pair>,
    errors: Vec<String>,
    after: Lexer<'a>,
}

/// Runs the COPY expansion of one program (see the module docs).
pub(crate) struct Expander<'a> {
    library: &'a dyn CopybookLibrary,
    options: &'a PreprocessOptions,
    pub inclusions: Vec<Inclusion>,
    pub problems: Vec<PreprocessProblem>,
    reported: HashSet<String>,
    norms: HashMap<FileKey, Rc<Normalized>>,
    finds: HashMap<(String, Option<String>, FileKey), Option<Copybook>>,
    /// Files being expanded (the main file first, with no name).
    stack: Vec<Open>,
    produced: usize,
    pub budget: usize,
    /// A REPLACE statement was seen somewhere (so the REPLACE pass must run).
    pub saw_replace: bool,
}

impl<'a> Expander<'a> {
    pub fn new(
        library: &'a dyn CopybookLibrary,
        options: &'a PreprocessOptions,
        main: FileKey,
        budget: usize,
    ) -> Self {
        Expander {
            library,
            options,
            inclusions: Vec::new(),
            problems: Vec::new(),
            reported: HashSet::new(),
            norms: HashMap::new(),
            finds: HashMap::new(),
            stack: vec![Open {
                file: main,
                name: None,
                kind: IncludeKind::Copy,
                line: 0,
            }],
            produced: 0,
            budget,
            saw_replace: false,
        }
    }

    /// Line tables of the members normalized so far (for mapping later problems to lines).
    pub fn line_starts(&self, file: FileKey) -> Option<&[usize]> {
        self.norms.get(&file).map(|n| n.line_starts.as_slice())
    }

    fn problem(&mut self, file: FileKey, line: u32, severity: ProblemSeverity, message: String) {
        self.problems.push(PreprocessProblem {
            file,
            line,
            message,
            severity,
        });
    }

    /// Reports a problem only the first time its key is seen.
    fn problem_once(
        &mut self,
        key: String,
        file: FileKey,
        line: u32,
        severity: ProblemSeverity,
        message: String,
    ) {
        if self.reported.insert(key) {
            self.problem(file, line, severity, message);
        }
    }

    /// Expands the statements of one normalized file; `None` when there is nothing to expand
    /// (the caller uses the normalized text as it is).
    pub fn expand(&mut self, file: FileKey, norm: &Normalized, depth: u32) -> Option<MappedText> {
        let text = norm.text.text.as_str();
        let mut out: Option<MappedText> = None;
        let mut copied = 0;
        let mut chunk_start = 0;
        let mut includes = norm.includes.iter();
        loop {
            let next_inc = includes.next();
            let chunk_end = next_inc.map_or(text.len(), |i| i.start.max(chunk_start));
            let mut lx = Lexer::new(text, chunk_start, chunk_end);
            while let Some(t) = lx.next_tok() {
                if t.kind != TokKind::Word {
                    continue;
                }
                let (stmt, kind) = if is_word(text, t, "COPY") {
                    (parse_copy(text, &lx), IncludeKind::Copy)
                } else if is_word(text, t, "EXEC") {
                    (parse_sql_include(text, &lx), IncludeKind::SqlInclude)
                } else if is_word(text, t, "REPLACE") {
                    let mut p = lx.clone();
                    if parse_replace(text, &mut p).is_some() {
                        self.saw_replace = true;
                        lx = p;
                    }
                    continue;
                } else {
                    continue;
                };
                let Some(stmt) = stmt else { continue };
                let end = stmt.after.pos();
                let line = norm.line_of_normalized(t.start);
                let label = statement_label(kind);
                for e in &stmt.errors {
                    self.problem(
                        file,
                        line,
                        ProblemSeverity::Warning,
                        format!("{label} {}: {e}", stmt.name.to_ascii_uppercase()),
                    );
                }
                let expanded = self.include(Request {
                    name: stmt.name,
                    library: stmt.library,
                    kind,
                    from_file: file,
                    line,
                    pairs: &stmt.pairs,
                    depth,
                });
                let o = out.get_or_insert_with(|| MappedText::with_capacity(text.len() + 1024));
                o.append_range(&norm.text, copied, t.start);
                match expanded {
                    Some(e) => o.append(e),
                    None => o.append_blanked(&norm.text, t.start, end),
                }
                copied = end;
                lx = stmt.after;
            }
            let Some(inc) = next_inc else { break };
            if inc.start < copied {
                // A statement above swallowed this line; nothing left to replace.
                chunk_start = copied.max(inc.end);
                continue;
            }
            let expanded = self.include(Request {
                name: inc.name.clone(),
                library: None,
                kind: inc.kind,
                from_file: file,
                line: inc.line,
                pairs: &[],
                depth,
            });
            let o = out.get_or_insert_with(|| MappedText::with_capacity(text.len() + 1024));
            o.append_range(&norm.text, copied, inc.start);
            match expanded {
                Some(e) => o.append(e),
                None => o.append_blanked(&norm.text, inc.start, inc.end),
            }
            copied = inc.end;
            chunk_start = inc.end;
        }
        out.map(|mut o| {
            o.append_range(&norm.text, copied, text.len());
            o
        })
    }

    fn find(&mut self, name: &str, library: Option<&str>, from: FileKey) -> Option<Copybook> {
        let key = (
            name.to_ascii_uppercase(),
            library.map(str::to_ascii_uppercase),
            from,
        );
        if let Some(hit) = self.finds.get(&key) {
            return hit.clone();
        }
        let found = self.library.find(name, library, from);
        self.finds.insert(key, found.clone());
        found
    }

    fn normalized(&mut self, cb: &Copybook) -> Rc<Normalized> {
        if let Some(n) = self.norms.get(&cb.file) {
            return n.clone();
        }
        let n = Rc::new(normalize(cb.file, &cb.text, self.options));
        self.problems.extend(n.problems.iter().cloned());
        self.norms.insert(cb.file, n.clone());
        n
    }

    /// Records and expands one inclusion; `None` when it cannot be expanded.
    fn include(&mut self, req: Request) -> Option<MappedText> {
        if self.inclusions.len() >= MAX_INCLUSIONS {
            self.problem_once(
                "max-inclusions".into(),
                req.from_file,
                req.line,
                ProblemSeverity::Error,
                format!("more than {MAX_INCLUSIONS} inclusions; the rest are not expanded"),
            );
            return None;
        }
        let upper = req.name.to_ascii_uppercase();
        let system = is_system_copybook(&upper);
        let depth = req.depth + 1;
        let found = self.find(&req.name, req.library.as_deref(), req.from_file);
        self.inclusions.push(Inclusion {
            name: upper.clone(),
            library: req.library.as_deref().map(str::to_ascii_uppercase),
            kind: req.kind,
            from_file: req.from_file,
            line: req.line,
            resolved: found.as_ref().map(|c| c.file),
            system,
            depth,
        });
        let label = statement_label(req.kind);
        let Some(cb) = found else {
            let (severity, message) = if system {
                (
                    ProblemSeverity::Info,
                    format!("IBM-supplied copybook {upper} not in the project; not expanded"),
                )
            } else {
                (
                    ProblemSeverity::Warning,
                    format!("copybook {upper} not found; {label} left unexpanded"),
                )
            };
            self.problem_once(
                format!("missing:{upper}"),
                req.from_file,
                req.line,
                severity,
                message,
            );
            return None;
        };
        if depth > MAX_DEPTH {
            self.problem_once(
                format!("depth:{upper}"),
                req.from_file,
                req.line,
                ProblemSeverity::Error,
                format!("COPY nesting deeper than {MAX_DEPTH} levels; {upper} not expanded"),
            );
            return None;
        }
        if let Some(j) = self.stack.iter().position(|o| o.file == cb.file) {
            self.report_cycle(j, &upper, &req);
            return None;
        }
        let norm = self.normalized(&cb);
        self.produced = self.produced.saturating_add(norm.text.len());
        if self.produced > self.budget {
            self.problem_once(
                "budget".into(),
                req.from_file,
                req.line,
                ProblemSeverity::Error,
                format!(
                    "expanded text larger than {} bytes; {upper} and later copybooks not expanded",
                    self.budget
                ),
            );
            return None;
        }
        self.stack.push(Open {
            file: cb.file,
            name: Some(upper.clone()),
            kind: req.kind,
            line: req.line,
        });
        let expanded = self
            .expand(cb.file, &norm, depth)
            .unwrap_or_else(|| norm.text.clone());
        self.stack.pop();
        if req.pairs.is_empty() {
            return Some(expanded);
        }
        let room = self.budget.saturating_sub(self.produced);
        let (replaced, stopped) = apply_pairs(&expanded, req.pairs, expanded.len() + room);
        if replaced.len() > expanded.len() {
            self.produced = self
                .produced
                .saturating_add(replaced.len() - expanded.len());
        }
        if stopped {
            self.problem_once(
                format!("replacing-budget:{upper}"),
                req.from_file,
                req.line,
                ProblemSeverity::Error,
                format!("REPLACING output of {upper} too large; replacing stopped"),
            );
        }
        Some(replaced)
    }

    /// Reports a statement that would include `stack[j]` again: on the file holding it (a
    /// copybook that includes itself, or the COPY closing a cycle), and, when that is not the
    /// main file, on the main file at its statement that led there.
    fn report_cycle(&mut self, j: usize, upper: &str, req: &Request) {
        let label = statement_label(req.kind);
        let closer = self.stack.last().and_then(|o| o.name.clone());
        let self_include = j + 1 == self.stack.len();
        let message = if self_include {
            format!(
                "copybook {upper} includes itself: {label} {upper} at line {} is not expanded",
                req.line
            )
        } else {
            let mut chain: Vec<String> = vec![
                self.stack[j]
                    .name
                    .clone()
                    .unwrap_or_else(|| upper.to_string()),
            ];
            chain.extend(self.stack[j + 1..].iter().filter_map(|o| o.name.clone()));
            chain.push(upper.to_string());
            format!("COPY cycle: {}", chain.join(" → "))
        };
        self.problem_once(
            message.clone(),
            req.from_file,
            req.line,
            ProblemSeverity::Error,
            message.clone(),
        );
        let (Some(closer), Some(entry)) = (closer, self.stack.get(1)) else {
            return;
        };
        // The copybook whose inclusion from the main file enters the loop, and the main file's
        // statement that brought it in (directly or through other copybooks).
        let into = self.stack[j.max(1)].name.clone().unwrap_or_default();
        let via = if j > 1 {
            format!(
                "copybook {into}, included here through {} {},",
                statement_label(entry.kind),
                entry.name.as_deref().unwrap_or_default()
            )
        } else {
            format!("copybook {into} included here")
        };
        let main_message = if self_include {
            format!(
                "{via} includes itself (line {} of {closer}); it is expanded once, without that {label}",
                req.line
            )
        } else {
            format!(
                "{via} is in a {message} (closed at line {} of {closer}); the closing {label} is not expanded",
                req.line
            )
        };
        let (main, line) = (self.stack[0].file, entry.line);
        self.problem_once(
            format!("{main_message}@{line}"),
            main,
            line,
            ProblemSeverity::Warning,
            main_message,
        );
    }
}

fn statement_label(kind: IncludeKind) -> &'static str {
    match kind {
        IncludeKind::Copy => "COPY",
        IncludeKind::SqlInclude => "EXEC SQL INCLUDE",
        IncludeKind::PanvaletInc => "-INC",
        IncludeKind::PlusInclude => "++INCLUDE",
    }
}

fn next_if<'a>(
    text: &str,
    lx: &Lexer<'a>,
    pred: impl Fn(&str, Tok) -> bool,
) -> Option<(Tok, Lexer<'a>)> {
    let mut p = lx.clone();
    let t = p.next_tok()?;
    pred(text, t).then_some((t, p))
}

fn is_name(_: &str, t: Tok) -> bool {
    matches!(t.kind, TokKind::Word | TokKind::Literal)
}

/// `COPY name [OF|IN lib] [SUPPRESS] [REPLACING …] .` after the word COPY.
fn parse_copy<'a>(text: &'a str, lx: &Lexer<'a>) -> Option<Statement<'a>> {
    let (name_tok, mut p) = next_if(text, lx, |s, t| {
        is_name(s, t) && !is_word(s, t, "REPLACING") && !is_word(s, t, "SUPPRESS")
    })?;
    let name = name_text(text, name_tok);
    let mut library = None;
    let mut errors = Vec::new();
    if let Some((_, q)) = next_if(text, &p, |s, t| is_word(s, t, "OF") || is_word(s, t, "IN")) {
        if let Some((lib, q2)) = next_if(text, &q, is_name) {
            library = Some(name_text(text, lib));
            p = q2;
        }
    }
    if let Some((_, q)) = next_if(text, &p, |s, t| is_word(s, t, "SUPPRESS")) {
        p = q;
    }
    let mut pairs = Vec::new();
    if let Some((_, q)) = next_if(text, &p, |s, t| is_word(s, t, "REPLACING")) {
        p = q;
        let (prs, errs) = parse_pairs(text, &mut p, false);
        pairs = prs;
        errors.extend(errs);
    }
    match next_if(text, &p, |_, t| t.kind == TokKind::Period) {
        Some((_, q)) => p = q,
        None => errors.push("missing period".into()),
    }
    Some(Statement {
        name,
        library,
        pairs,
        errors,
        after: p,
    })
}

/// `EXEC SQL INCLUDE name END-EXEC [.]` after the word EXEC.
fn parse_sql_include<'a>(text: &'a str, lx: &Lexer<'a>) -> Option<Statement<'a>> {
    let (_, p) = next_if(text, lx, |s, t| is_word(s, t, "SQL"))?;
    let (_, p) = next_if(text, &p, |s, t| is_word(s, t, "INCLUDE"))?;
    let (name_tok, mut p) = next_if(text, &p, is_name)?;
    let name = name_text(text, name_tok);
    let mut errors = Vec::new();
    match next_if(text, &p, |s, t| is_word(s, t, "END-EXEC")) {
        Some((_, q)) => {
            p = q;
            if let Some((_, q)) = next_if(text, &p, |_, t| t.kind == TokKind::Period) {
                p = q;
            }
        }
        None => errors.push("missing END-EXEC".into()),
    }
    Some(Statement {
        name,
        library: None,
        pairs: Vec::new(),
        errors,
        after: p,
    })
}
