//! CICS resource definitions in DFHCSDUP input form (a CSD file):
//! `DEFINE TRANSACTION(t) GROUP(g) PROGRAM(p)`, `DEFINE PROGRAM(p)`, `DEFINE FILE(f)
//! DSNAME(d)`, `DEFINE MAPSET(m)` and the other DFHCSDUP commands (`ADD`, `LIST`, …, read and
//! otherwise left alone).
//!
//! Input rules as DFHCSDUP reads them: `*` in column 1 is a comment line; columns 73–80 of a
//! longer record are a sequence area and ignored; a command runs on over the following lines
//! until the next line that starts with a command word; a value in parentheses may run over a
//! line break; command and keyword words may be abbreviated (`DEF TRANS(…) PROG(…)`). A line
//! that cannot be read becomes a [`CsdProblem`] naming its line, never a panic.
//!
//! [`register`] adds the definitions to the model: a transaction symbol at its definition with
//! a `csd-transaction` reference to its program (so the call graph and dead code see it), and
//! for a file its DSNAME dataset, joined both ways to the CICS file by `dd-dataset` flows: the
//! CICS file then meets the batch jobs that read and write the same dataset.

use crate::cobol::register::ProgramIndex;
use crate::model::{
    DataFlow, Diagnostic, FileId, FlowEnd, FlowKind, Model, NewSymbol, RefKind, RefTarget,
    Reference, Severity, Span, SymbolKind,
};

/// DFHCSDUP commands.
const COMMANDS: &[&str] = &[
    "ADD",
    "ALTER",
    "APPEND",
    "CHECK",
    "COPY",
    "DEFINE",
    "DELETE",
    "EXTRACT",
    "INITIALIZE",
    "LIST",
    "LOCK",
    "MIGRATE",
    "PROCESS",
    "REMOVE",
    "SCAN",
    "SERVICE",
    "UNLOCK",
    "UPGRADE",
    "USERDEFINE",
    "VERIFY",
];

/// Resource types of DEFINE this reader knows by name, with the shortest abbreviation accepted.
const RESOURCES: &[(&str, usize)] = &[
    ("TRANSACTION", 5),
    ("PROGRAM", 4),
    ("FILE", 4),
    ("MAPSET", 4),
    ("TDQUEUE", 3),
    ("TSMODEL", 3),
    ("LIBRARY", 3),
    ("PROFILE", 5),
    ("TERMINAL", 4),
    ("TYPETERM", 5),
    ("CONNECTION", 4),
    ("DB2ENTRY", 4),
    ("DB2TRAN", 5),
];

/// Attribute keywords read here, with the shortest abbreviation accepted.
const ATTRIBUTES: &[(&str, usize)] = &[
    ("PROGRAM", 4),
    ("DSNAME", 3),
    ("GROUP", 2),
    ("DESCRIPTION", 4),
];

/// One DEFINE.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsdDefinition {
    /// `TRANSACTION`, `PROGRAM`, `FILE`, `MAPSET`, … (full word, upper case).
    pub resource: String,
    /// Upper case.
    pub name: String,
    /// Other keywords with their values (`PROGRAM`, `DSNAME`, `GROUP` in full), upper case
    /// except `DESCRIPTION`.
    pub attributes: Vec<(String, String)>,
    /// 1-based first and last line, and byte range of the command.
    pub line: u32,
    pub end_line: u32,
    pub start: usize,
    pub end: usize,
}

impl CsdDefinition {
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// A line DFHCSDUP would reject or a definition that cannot work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsdProblem {
    pub line: u32,
    pub severity: Severity,
    pub message: String,
}

/// A parsed CSD file.
#[derive(Debug, Clone, Default)]
pub struct CsdFile {
    pub definitions: Vec<CsdDefinition>,
    pub problems: Vec<CsdProblem>,
}

/// The full word a possibly abbreviated `word` stands for, among `(word, shortest)` pairs.
fn expand(word: &str, table: &'static [(&'static str, usize)]) -> Option<&'static str> {
    table
        .iter()
        .find(|(full, min)| word.len() >= *min && full.starts_with(word))
        .map(|(full, _)| *full)
}

/// The DFHCSDUP command a word stands for (`DEF` → `DEFINE`).
fn command(word: &str) -> Option<&'static str> {
    if let Some(&c) = COMMANDS.iter().find(|c| **c == word) {
        return Some(c);
    }
    (word.len() >= 3)
        .then(|| COMMANDS.iter().copied().find(|c| c.starts_with(word)))
        .flatten()
}

/// The first word of a line: letters up to a blank or `(`.
fn first_word(line: &str) -> String {
    line.trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Does the text look like DFHCSDUP input? (A `DEFINE` of a known resource type, and no line
/// that is neither a comment nor a command or its continuation's typical shape.)
pub fn looks_like_csd(text: &str) -> bool {
    let mut defines = 0;
    for raw in text.lines().take(400) {
        let line = raw.trim_end();
        if line.is_empty() || line.starts_with('*') {
            continue;
        }
        let word = first_word(line);
        if command(&word) == Some("DEFINE") {
            let rest = line.trim_start()[word.len()..].trim_start();
            let resource: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_uppercase();
            if expand(&resource, RESOURCES).is_some()
                && rest[resource.len()..].trim_start().starts_with('(')
            {
                defines += 1;
            }
        }
    }
    defines > 0
}

/// One command's text, joined from its lines.
struct Command {
    text: String,
    line: u32,
    end_line: u32,
    start: usize,
    end: usize,
    /// The last line ran to column 72 (a value may be cut there).
    full: bool,
}

/// Parses DFHCSDUP input.
pub fn parse(text: &str) -> CsdFile {
    let mut out = CsdFile::default();
    let mut commands: Vec<Command> = Vec::new();
    let mut offset = 0usize;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line_no = i as u32 + 1;
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.starts_with('*') || line.trim().is_empty() {
            continue;
        }
        // Columns 73–80: sequence area.
        let code = match line.char_indices().nth(72) {
            Some((k, _)) => &line[..k],
            None => line,
        };
        let code = code.trim_end();
        if code.trim().is_empty() {
            continue;
        }
        let word = first_word(code);
        let at_margin = !code.starts_with(char::is_whitespace);
        let starts_command = command(&word).is_some()
            && (at_margin || !code.trim_start()[word.len()..].starts_with('('));
        // A value left open runs on into an indented line, or into any line when the
        // previous one was cut at column 72.
        let open = commands.last().is_some_and(|c| {
            depth(&c.text) > 0 && c.end_line + 1 == line_no && (c.full || !at_margin)
        }) && !(at_margin && starts_command);
        if !open && starts_command {
            commands.push(Command {
                text: code.trim().to_string(),
                line: line_no,
                end_line: line_no,
                start,
                end: start + code.len(),
                full: line.chars().count() >= 72,
            });
            continue;
        }
        match commands.last_mut() {
            Some(c) if open || !at_margin || code[word.len()..].trim_start().starts_with('(') => {
                // A value running over the break continues without a blank when the line
                // was filled to column 72.
                if !(open && c.full) {
                    c.text.push(' ');
                }
                c.full = line.chars().count() >= 72;
                c.text.push_str(code.trim());
                c.end_line = line_no;
                c.end = start + code.len();
            }
            _ => out.problems.push(CsdProblem {
                line: line_no,
                severity: Severity::Error,
                message: format!(
                    "'{}' is not a DFHCSDUP command",
                    if word.is_empty() { code.trim() } else { &word }
                ),
            }),
        }
    }
    for c in commands {
        read_command(&c, &mut out);
    }
    out.problems.sort_by_key(|p| p.line);
    out
}

/// Parenthesis depth at the end of a text, outside quotes.
fn depth(text: &str) -> i32 {
    let mut d = 0;
    let mut quoted = false;
    for ch in text.chars() {
        match ch {
            '\'' => quoted = !quoted,
            '(' if !quoted => d += 1,
            ')' if !quoted => d -= 1,
            _ => {}
        }
    }
    d
}

/// Splits `WORD(value) WORD WORD(value)` into (word, value) pairs.
fn keywords(text: &str) -> Result<Vec<(String, Option<String>)>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == ',' {
            i += 1;
            continue;
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, '#' | '@' | '$')) {
            return Err(format!("unexpected '{c}'"));
        }
        let s = i;
        while i < chars.len() && (chars[i].is_ascii_alphanumeric() || "#@$-".contains(chars[i])) {
            i += 1;
        }
        let word: String = chars[s..i].iter().collect::<String>().to_ascii_uppercase();
        let mut j = i;
        while j < chars.len() && chars[j] == ' ' {
            j += 1;
        }
        if j < chars.len() && chars[j] == '(' {
            let mut d = 0;
            let mut quoted = false;
            let vs = j + 1;
            let mut k = j;
            let mut closed = None;
            while k < chars.len() {
                match chars[k] {
                    '\'' => quoted = !quoted,
                    '(' if !quoted => d += 1,
                    ')' if !quoted => {
                        d -= 1;
                        if d == 0 {
                            closed = Some(k);
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            let Some(k) = closed else {
                return Err(format!("{word}( has no closing parenthesis"));
            };
            let value: String = chars[vs..k].iter().collect();
            out.push((word, Some(value.trim().to_string())));
            i = k + 1;
        } else {
            out.push((word, None));
        }
    }
    Ok(out)
}

fn read_command(c: &Command, out: &mut CsdFile) {
    let problem = |out: &mut CsdFile, severity, message: String| {
        out.problems.push(CsdProblem {
            line: c.line,
            severity,
            message,
        })
    };
    let words = match keywords(&c.text) {
        Ok(w) => w,
        Err(e) => return problem(out, Severity::Error, e),
    };
    let Some((first, _)) = words.first() else {
        return;
    };
    if command(first) != Some("DEFINE") {
        return;
    }
    let Some((resource_word, Some(name))) = words.get(1) else {
        return problem(
            out,
            Severity::Error,
            "DEFINE without a resource type and name, e.g. TRANSACTION(name)".into(),
        );
    };
    let resource = expand(resource_word, RESOURCES)
        .map(str::to_string)
        .unwrap_or_else(|| resource_word.clone());
    let name = name.to_ascii_uppercase();
    let limit = if resource == "TRANSACTION" { 4 } else { 8 };
    if name.is_empty() || name.chars().count() > limit || name.contains(char::is_whitespace) {
        return problem(
            out,
            Severity::Error,
            format!("{resource} name '{name}' is not 1 to {limit} characters"),
        );
    }
    let mut attributes = Vec::new();
    for (word, value) in &words[2..] {
        let Some(value) = value else {
            continue;
        };
        let key = expand(word, ATTRIBUTES)
            .map(str::to_string)
            .unwrap_or_else(|| word.clone());
        let value = if key == "DESCRIPTION" {
            value.clone()
        } else {
            value.trim_matches('\'').to_ascii_uppercase()
        };
        attributes.push((key, value));
    }
    let definition = CsdDefinition {
        resource,
        name,
        attributes,
        line: c.line,
        end_line: c.end_line,
        start: c.start,
        end: c.end,
    };
    match definition.resource.as_str() {
        "TRANSACTION" if definition.attribute("PROGRAM").is_none() => problem(
            out,
            Severity::Warning,
            format!(
                "transaction {} names no PROGRAM; it is left out of the call graph",
                definition.name
            ),
        ),
        "FILE"
            if definition
                .attribute("DSNAME")
                .is_some_and(|d| d.is_empty() || d.len() > 44) =>
        {
            return problem(
                out,
                Severity::Error,
                format!("file {}: DSNAME is not 1 to 44 characters", definition.name),
            );
        }
        _ => {}
    }
    out.definitions.push(definition);
}

/// A CSD file ready to register.
pub struct CsdUnit {
    pub file: FileId,
    pub csd: CsdFile,
}

/// The diagnostics of a parsed CSD file.
pub fn diagnostics(file: FileId, csd: &CsdFile) -> Vec<Diagnostic> {
    csd.problems
        .iter()
        .map(|p| {
            Diagnostic::new(p.severity, "csd.syntax", p.message.clone())
                .in_file(file)
                .at_line(p.line)
        })
        .collect()
}

/// Adds the definitions to the model (see the module comment). Runs after COBOL and JCL are
/// registered, so programs and batch datasets are there to meet.
pub fn register(model: &mut Model, units: &[CsdUnit], programs: &ProgramIndex) {
    for unit in units {
        for d in &unit.csd.definitions {
            let span = Span {
                file: unit.file,
                start: d.start as u32,
                end: d.end as u32,
                line: d.line,
                col: 1,
                end_line: d.end_line,
                end_col: 1,
            };
            match d.resource.as_str() {
                "TRANSACTION" => {
                    let detail = d.attribute("PROGRAM").map(|p| format!("PROGRAM({p})"));
                    let id = model.add_symbol(NewSymbol {
                        kind: SymbolKind::CicsTransaction,
                        name: d.name.clone(),
                        qualified_name: d.name.clone(),
                        span: Some(span),
                        name_span: Some(span),
                        parent: None,
                        detail: detail.clone(),
                    });
                    place(model, id, span, detail);
                    let Some(program) = d.attribute("PROGRAM") else {
                        continue;
                    };
                    let target = match programs.get(program) {
                        Some(&p) => RefTarget::Symbol { id: p },
                        None => RefTarget::Unresolved {
                            name: program.to_string(),
                        },
                    };
                    model.references.push(Reference {
                        from: id,
                        target,
                        kind: RefKind::CsdTransaction,
                        span,
                    });
                }
                "FILE" | "TDQUEUE" => {
                    let dsn = d.attribute("DSNAME");
                    let what = if d.resource == "FILE" {
                        "CICS file"
                    } else {
                        "CICS TD queue"
                    };
                    let detail = Some(match dsn {
                        Some(dsn) => format!("{what} DSNAME({dsn})"),
                        None => what.to_string(),
                    });
                    let file = model.add_symbol(NewSymbol {
                        detail: detail.clone(),
                        span: Some(span),
                        name_span: Some(span),
                        ..NewSymbol::new(SymbolKind::Dataset, d.name.clone(), d.name.clone())
                    });
                    place(model, file, span, detail);
                    let Some(dsn) = dsn else {
                        continue;
                    };
                    let dataset = model.add_symbol(NewSymbol::new(SymbolKind::Dataset, dsn, dsn));
                    for (source, target) in [(file, dataset), (dataset, file)] {
                        model.flows.push(DataFlow {
                            source: FlowEnd::symbol(source),
                            target: FlowEnd::symbol(target),
                            kind: FlowKind::DdDataset,
                            owner: file,
                            span: Some(span),
                        });
                    }
                }
                _ => {}
            }
        }
    }
}

/// Gives a symbol first made without a place (a transaction named by RETURN TRANSID, a CICS
/// file named by a command) its definition's span and detail.
fn place(model: &mut Model, id: crate::model::SymbolId, span: Span, detail: Option<String>) {
    let s = &mut model.symbols[id.index()];
    if s.span.is_none() {
        s.span = Some(span);
        s.name_span = Some(span);
    }
    if detail.is_some() && s.detail.as_deref() != detail.as_deref() {
        s.detail = detail;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
* BPS ONLINE GROUP
DEFINE TRANSACTION(BMNU) GROUP(BPSONL)
       PROGRAM(BENMNU1) DESCRIPTION(MAIN MENU (BPS))
DEF TRANS(PAY1) PROG(benonl1) GROUP(BPSONL)
DEFINE FILE(CLMMAST) GROUP(BPSFILE) DSNAME(BEN.PROD.CLAIMANT.MASTER)
       READ(YES) UPDATE(YES)                                           00000500
DEFINE MAPSET(BENMS01) GROUP(BPSONL)
ADD GROUP(BPSONL) LIST(BPSLIST)
";

    #[test]
    fn reads_definitions_with_continuations_and_abbreviations() {
        let csd = parse(SAMPLE);
        assert!(csd.problems.is_empty(), "{:?}", csd.problems);
        let names: Vec<(&str, &str)> = csd
            .definitions
            .iter()
            .map(|d| (d.resource.as_str(), d.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("TRANSACTION", "BMNU"),
                ("TRANSACTION", "PAY1"),
                ("FILE", "CLMMAST"),
                ("MAPSET", "BENMS01")
            ]
        );
        let menu = &csd.definitions[0];
        assert_eq!(menu.attribute("PROGRAM"), Some("BENMNU1"));
        assert_eq!(menu.attribute("DESCRIPTION"), Some("MAIN MENU (BPS)"));
        assert_eq!((menu.line, menu.end_line), (2, 3));
        assert_eq!(csd.definitions[1].attribute("PROGRAM"), Some("BENONL1"));
        assert_eq!(
            csd.definitions[2].attribute("DSNAME"),
            Some("BEN.PROD.CLAIMANT.MASTER")
        );
        assert!(looks_like_csd(SAMPLE));
    }

    #[test]
    fn bad_lines_are_problems_with_their_line() {
        let text = "\
DEFINE TRANSACTION(TOOLONG) PROGRAM(X)
DEFINE TRANSACTION(AB01)
FROBNICATE GROUP(X)
DEFINE FILE(F1) DSNAME(A.B
DEFINE
";
        let csd = parse(text);
        let lines: Vec<u32> = csd.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 2, 3, 4, 5], "{:?}", csd.problems);
        assert!(csd.problems[0].message.contains("TOOLONG"));
        assert_eq!(csd.problems[1].severity, Severity::Warning);
        assert!(csd.problems[2].message.contains("FROBNICATE"));
        // The good definition still counts.
        assert_eq!(csd.definitions.len(), 1);
    }

    #[test]
    fn not_csd() {
        assert!(!looks_like_csd("       IDENTIFICATION DIVISION.\n"));
        assert!(!looks_like_csd("DEFINE CLUSTER (NAME(A.B) INDEXED)\n"));
        assert!(!looks_like_csd(""));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "(",
            ")",
            "DEFINE (",
            "DEF T(",
            "\u{feff}DEFINE FILE(é) DSN('')",
            "*",
        ] {
            let _ = parse(text);
        }
    }
}
