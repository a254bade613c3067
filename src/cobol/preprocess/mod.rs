//! The COBOL preprocessor: turns one COBOL source file (fixed, free or variable reference
//! format, with COPY / REPLACE / `-INC` / `++INCLUDE` / `EXEC SQL INCLUDE`) into the single
//! expanded text our tree-sitter COBOL grammar parses, plus a [`SourceMap`] from every byte
//! of that text back to its original file and byte offset.
//!
//! Stages, one module each:
//! 1. `format` (per file): reference format → normalized text. Fixed format keeps columns
//!    8–72 (Area A at column 0), variable format 8–end, free format whole lines; tabs are
//!    expanded (fixed/variable); comment lines and compiler directives become `*>` comments
//!    on the same line; continuation lines are joined onto the line they continue (the
//!    continuation line stays as an empty line). `>>SOURCE FORMAT` switches mid-file.
//! 2. `copy`: `COPY`, `EXEC SQL INCLUDE`, `-INC`, `++INCLUDE` are replaced by the member's
//!    own (recursively preprocessed, then REPLACING-ed) text; members that cannot be expanded
//!    (missing, cycle, deeper than [`MAX_DEPTH`], past the size budget) are blanked out —
//!    spaces, newlines kept — and reported once per name.
//! 3. `replacing`: the REPLACE pass over the result (only when a REPLACE statement exists).
//!    A REPLACE statement becomes a `*>` comment (blanked instead when code follows its
//!    period on the same line); a match spanning lines keeps its line breaks after the
//!    replacement text.
//!
//! Invariants of [`Expanded`]:
//! - Line N of the main file is line N of the expanded text until the first expanded COPY; a
//!   COPY's expansion takes the place of the statement (the text before it on the line, then
//!   the member's lines, then the rest of the line after the statement's period). Every file's
//!   text ends with a newline.
//! - Every byte of the text has an [`Origin`]; bytes copied verbatim are equal to the original
//!   byte ([`SourceMap::verify`]); replacement text maps onto the text it replaced.
//! - [`preprocess`] never panics and always terminates, in time linear in the input and the
//!   expanded text (nesting, inclusion count, total expansion and REPLACING growth are
//!   bounded).

mod copy;
mod format;
mod lexer;
mod replacing;
mod source_map;

#[cfg(test)]
mod tests;

use std::sync::Arc;

pub use copy::{MAX_DEPTH, MAX_INCLUSIONS, is_system_copybook};
pub use format::detect_format;
pub use source_map::{Origin, Segment, SegmentKind, SourceMap};

use copy::Expander;
use format::{line_of, normalize};

/// Identifies a file of the project (assigned by the caller).
pub type FileKey = u32;

/// COBOL reference format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// Columns 1–6 sequence, 7 indicator, 8–72 code, 73–80 identification.
    Fixed,
    /// Code anywhere on the line, `*>` comments.
    Free,
    /// Like fixed, but the code area runs to the end of the line.
    Variable,
}

/// Options of [`preprocess`].
#[derive(Debug, Clone, Default)]
pub struct PreprocessOptions {
    /// Reference format of every file; `None` detects it per file (copybooks may differ).
    pub format: Option<SourceFormat>,
    /// Treat `D`/`d` debugging lines (and `>>D`) as code instead of comments.
    pub debugging_lines_as_code: bool,
    /// Leave the text of full-line comments (indicator `*` or `/`) out of the expanded text:
    /// the line stays, empty. Indexing sets it (the parser has less to read; comments are read
    /// from the original file through spans); `legacylens parse` keeps them.
    pub drop_comment_lines: bool,
    /// Tab stops every this many columns, counted from column 1 (default 8).
    pub tab_width: Option<u8>,
}

/// A copybook found by a [`CopybookLibrary`].
#[derive(Debug, Clone)]
pub struct Copybook {
    pub file: FileKey,
    pub text: Arc<str>,
}

/// Where copybooks come from (the project's copybook folders, an in-memory map in tests).
pub trait CopybookLibrary {
    /// `name` as written (unquoted, any case), `library` from `OF/IN lib`.
    fn find(&self, name: &str, library: Option<&str>, including_file: FileKey) -> Option<Copybook>;
}

/// The statement that included a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncludeKind {
    /// `COPY name.`
    Copy,
    /// `EXEC SQL INCLUDE name END-EXEC`
    SqlInclude,
    /// Panvalet `-INC name`
    PanvaletInc,
    /// Librarian / Endevor `++INCLUDE name`
    PlusInclude,
}

/// One inclusion (nested ones too).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Inclusion {
    /// Member name, upper-cased.
    pub name: String,
    /// Library from `OF/IN`, upper-cased.
    pub library: Option<String>,
    pub kind: IncludeKind,
    /// The file containing the statement.
    pub from_file: FileKey,
    /// 1-based line of the statement in `from_file`.
    pub line: u32,
    /// The member's file, when the library found it.
    pub resolved: Option<FileKey>,
    /// IBM-supplied member (SQLCA, SQLDA, DFH*, CMQ*, …).
    pub system: bool,
    /// 1 for a statement in the main file, 2 for one in a copybook it includes, …
    pub depth: u32,
}

/// Something the preprocessor could not do as written.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PreprocessProblem {
    pub file: FileKey,
    /// 1-based line in `file`.
    pub line: u32,
    pub message: String,
    pub severity: ProblemSeverity,
}

/// How bad a [`PreprocessProblem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum ProblemSeverity {
    Error,
    Warning,
    Info,
}

/// The result of [`preprocess`].
#[derive(Debug, Clone)]
pub struct Expanded {
    /// The text the grammar parses.
    pub text: String,
    /// Origin of every byte of `text`.
    pub map: SourceMap,
    /// The format the main file starts in.
    pub format: SourceFormat,
    pub inclusions: Vec<Inclusion>,
    pub problems: Vec<PreprocessProblem>,
}

/// Budget for the bytes that copybook expansion and replacement may add.
fn expansion_budget(main_len: usize) -> usize {
    (64usize << 20).saturating_add(main_len.saturating_mul(4))
}

/// Preprocesses `text` (the contents of `file`), taking copybooks from `library`.
pub fn preprocess(
    file: FileKey,
    text: &str,
    options: &PreprocessOptions,
    library: &dyn CopybookLibrary,
) -> Expanded {
    preprocess_with_budget(file, text, options, library, expansion_budget(text.len()))
}

/// [`preprocess`] with an explicit bound on the bytes expansion may add.
fn preprocess_with_budget(
    file: FileKey,
    text: &str,
    options: &PreprocessOptions,
    library: &dyn CopybookLibrary,
    budget: usize,
) -> Expanded {
    let norm = normalize(file, text, options);
    let format = norm.format;
    let mut ex = Expander::new(library, options, file, budget);
    let mut problems = norm.problems.clone();
    let expanded = ex.expand(file, &norm, 0);
    let main_lines = norm.line_starts.clone();
    let mut mt = match expanded {
        Some(m) => m,
        None => norm.text,
    };
    if ex.saw_replace {
        let (replaced, pass_problems) = replacing::replace_pass(&mt, mt.len() + budget);
        for (pos, message) in pass_problems {
            let (pfile, line) = match mt.origin_at(pos) {
                Some((f, o, _)) => {
                    let starts = if f == file {
                        Some(main_lines.as_slice())
                    } else {
                        ex.line_starts(f)
                    };
                    (f, starts.map_or(1, |s| line_of(s, o)))
                }
                None => (file, 1),
            };
            ex.problems.push(PreprocessProblem {
                file: pfile,
                line,
                message,
                severity: ProblemSeverity::Warning,
            });
        }
        mt = replaced;
    }
    problems.append(&mut ex.problems);
    let (text, map) = mt.into_parts();
    Expanded {
        text,
        map,
        format,
        inclusions: ex.inclusions,
        problems,
    }
}
