//! One COBOL file end to end: preprocess (with the project's copybooks) → parse → error
//! statistics and diagnostics in original coordinates → facts for the model.

use std::collections::{HashMap, HashSet};

use super::extract::{self, CobolFacts};
use super::grammar::{self, ErrorStats};
use super::metrics;
use super::preprocess::{self, CopybookLibrary, PreprocessOptions, ProblemSeverity};
use super::register::CobolUnit;
use crate::model::{Diagnostic, FileId, Severity, SourceFile, Span};

/// At most this many syntax-error diagnostics per file; the rest are summarised.
const MAX_SYNTAX_DIAGNOSTICS: usize = 10;

/// What analysing one COBOL file produced.
pub struct CobolAnalysis {
    pub stats: ErrorStats,
    /// The same statistics split by the original file the error lies in (the program or one of
    /// its copybooks), so a copybook's own figures need no separate parse.
    pub stats_by_file: HashMap<FileId, ErrorStats>,
    pub copybooks: Vec<String>,
    pub missing_copybooks: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub unit: CobolUnit,
}

/// Maps a byte range of the preprocessed text to an original-file span.
fn locate(
    files: &[SourceFile],
    map: &preprocess::SourceMap,
    start: usize,
    end: usize,
) -> Option<Span> {
    let (a, b) = map.origin_range(start, end.max(start))?;
    let file = files.get(a.file as usize)?;
    let text = file.text.as_ref()?;
    let end_offset = if b.file == a.file && b.offset >= a.offset {
        b.offset
    } else {
        // The range ends in another file (a program whose last lines come from a copybook):
        // end after the last text of the starting file, else at the end of its first line.
        map.end_in_file(start, end, a.file)
            .filter(|&e| e >= a.offset)
            .unwrap_or_else(|| {
                text[a.offset.min(text.len())..]
                    .find('\n')
                    .map_or(text.len(), |i| a.offset + i)
            })
    };
    Some(Span::from_offsets(
        FileId(a.file),
        text,
        &file.line_index,
        a.offset.min(text.len()),
        end_offset.min(text.len()),
    ))
}

/// Preprocesses, parses and reads one COBOL file of the project.
pub fn analyse(
    files: &[SourceFile],
    id: FileId,
    library: &dyn CopybookLibrary,
    options: &PreprocessOptions,
) -> Option<CobolAnalysis> {
    let file = files.get(id.index())?;
    let text = file.text.as_ref()?;
    let expanded = preprocess::preprocess(id.0, text, options, library);
    let tree = grammar::parse(&expanded.text)?;
    let stats = grammar::error_stats(&tree);
    let map = &expanded.map;
    let locate_fn = |s: usize, e: usize| locate(files, map, s, e);
    let mut facts: CobolFacts = extract::extract(tree.root_node(), &expanded.text, &locate_fn);
    metrics::count_lines(&mut facts, files, id, expanded.format, map, options);

    let mut diagnostics = Vec::new();
    for problem in &expanded.problems {
        let severity = match problem.severity {
            ProblemSeverity::Error => Severity::Error,
            ProblemSeverity::Warning => Severity::Warning,
            ProblemSeverity::Info => Severity::Info,
        };
        diagnostics.push(
            Diagnostic::new(severity, "cobol.preprocess", problem.message.clone())
                .in_file(FileId(problem.file))
                .at_line(problem.line),
        );
    }
    let stats_by_file = syntax_diagnostics(&mut diagnostics, &tree, &expanded.text, &locate_fn, id);
    for program in &facts.programs {
        for u in &program.unmodelled {
            let mut d = Diagnostic::new(
                Severity::Warning,
                "cobol.unmodelled",
                format!("{} is recognised but not modelled", u.construct),
            )
            .in_file(u.span.map_or(id, |s| s.file));
            d.line = u.span.map(|s| s.line);
            diagnostics.push(d);
        }
    }

    let mut copybooks = Vec::new();
    let mut missing = Vec::new();
    let mut seen = HashSet::new();
    let mut inclusions = Vec::new();
    for inc in &expanded.inclusions {
        if seen.insert(inc.name.clone()) {
            copybooks.push(inc.name.clone());
            if inc.resolved.is_none() {
                missing.push(inc.name.clone());
            }
        }
        let from = FileId(inc.from_file);
        if let Some(f) = files.get(from.index())
            && let Some(t) = &f.text
        {
            let start = f.line_index.line_start(inc.line).unwrap_or(0);
            let end = f
                .line_index
                .line_text(t, inc.line)
                .map_or(start, |l| start + l.len());
            let span = Span::from_offsets(from, t, &f.line_index, start, end);
            inclusions.push((inc.name.clone(), inc.resolved.map(FileId), span));
        }
    }
    Some(CobolAnalysis {
        stats,
        stats_by_file,
        copybooks,
        missing_copybooks: missing,
        diagnostics,
        unit: CobolUnit {
            file: id,
            facts,
            inclusions,
        },
    })
}

/// One diagnostic per outermost ERROR node (up to a limit), at its original file and line;
/// returns the error statistics per original file.
fn syntax_diagnostics(
    out: &mut Vec<Diagnostic>,
    tree: &tree_sitter::Tree,
    text: &str,
    locate: &dyn Fn(usize, usize) -> Option<Span>,
    file: FileId,
) -> HashMap<FileId, ErrorStats> {
    let mut by_file: HashMap<FileId, ErrorStats> = HashMap::new();
    if !tree.root_node().has_error() {
        return by_file;
    }
    let mut regions = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        if node.is_error() || (node.is_missing() && !grammar::is_copybook_final_period(&node)) {
            regions.push(node);
        } else if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    for node in &regions {
        let origin = locate(node.start_byte(), node.end_byte()).map_or(file, |s| s.file);
        let stats = by_file.entry(origin).or_default();
        if node.is_missing() {
            stats.missing_nodes += 1;
        } else {
            stats.error_nodes += 1;
            stats.error_bytes += (node.end_byte() - node.start_byte()) as u64;
        }
    }
    for node in regions.iter().take(MAX_SYNTAX_DIAGNOSTICS) {
        let snippet: String = text
            .get(node.start_byte()..node.end_byte().min(node.start_byte() + 50))
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let message = if node.is_missing() {
            format!("syntax error: missing {}", node.kind())
        } else {
            format!("syntax error: cannot parse `{snippet}`")
        };
        let span = locate(node.start_byte(), node.end_byte());
        let mut d = Diagnostic::new(Severity::Warning, "cobol.syntax", message)
            .in_file(span.map_or(file, |s| s.file));
        d.line = span.map(|s| s.line);
        out.push(d);
    }
    if regions.len() > MAX_SYNTAX_DIAGNOSTICS {
        out.push(
            Diagnostic::new(
                Severity::Warning,
                "cobol.syntax",
                format!(
                    "{} more syntax errors",
                    regions.len() - MAX_SYNTAX_DIAGNOSTICS
                ),
            )
            .in_file(file),
        );
    }
    by_file
}
