//! Size and complexity of COBOL programs, sections and paragraphs ([`CodeMetrics`]).
//!
//! Three steps, each where its input is at hand:
//! - extraction ([`measure_procedure`], [`measure_prologue`]) walks each paragraph's and
//!   section's own sentences once on the tree of the preprocessed text: decision points and
//!   nesting;
//! - analysis ([`count_lines`]) counts code and comment lines of every program and procedure
//!   span in its ORIGINAL file (one pass per file, then constant time per span);
//! - registration ([`register`]) adds up sections and programs and pushes the metrics.
//!
//! What counts:
//! - **cyclomatic** of a paragraph: 1 + decision points in it. Decision points: `IF`; each `WHEN`
//!   of an `EVALUATE` (not `WHEN OTHER`); each `UNTIL` of a `PERFORM` (inline or not,
//!   `VARYING … AFTER …` has one per phrase); each `WHEN` of a `SEARCH` (its `AT END` is the
//!   fall-through, like `WHEN OTHER`); each conditional phrase (`AT END`, `INVALID KEY`,
//!   `ON SIZE ERROR`, `ON EXCEPTION`, `ON OVERFLOW` and their `NOT` forms); the targets of
//!   `GO TO … DEPENDING ON`; every `AND`/`OR` of a condition (not the `OR` of `>= `'s
//!   `GREATER OR EQUAL`). `PERFORM … TIMES` is not a decision.
//!   A section is one module entered at its header and falling through its paragraphs:
//!   1 + all decision points in it. A program is the sum over its parts: the sentences before
//!   the first section or paragraph (if any, 1 + their decisions), plus each section and each
//!   paragraph outside sections; 0 without procedure code. Nested programs count on their own.
//! - **max_nesting**: deepest nesting of `IF`, `EVALUATE`, inline `PERFORM` and `SEARCH` (an
//!   `IF` in an `ELSE` is one level deeper: COBOL needs its own `END-IF`). Conditional phrases
//!   do not nest (the tree keeps them beside their statement).
//! - **lines**: every line of the symbol's span in its own file. A comment line has `*` or `/`
//!   in column 7 (fixed and variable format) or starts with `*>`; a blank line has nothing in
//!   columns 8–72 (fixed; sequence numbers and identification area ignored); debugging lines
//!   (`D` in column 7) hold code. `>>SOURCE FORMAT` directives switch the format as they do for
//!   the compiler. Copybook lines are not counted into a program: its span is in its own file.

use tree_sitter::{Node, TreeCursor};

use super::extract::{CobolFacts, ProgramFacts};
use super::preprocess::{PreprocessOptions, SourceFormat, SourceMap, detect_format};
use crate::model::{
    CodeMetrics, FileId, LineKind, LineTally, Model, SourceFile, Span, SymbolId, for_each_line,
};

/// Decision points and deepest nesting of a stretch of code.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Complexity {
    pub decisions: u32,
    pub max_nesting: u32,
}

impl Complexity {
    fn add(&mut self, other: Complexity) {
        self.decisions += other.decisions;
        self.max_nesting = self.max_nesting.max(other.max_nesting);
    }
}

/// What is measured of one paragraph or section.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ProcedureMeasure {
    /// Its own sentences, up to the next header (a section's paragraphs are measured on
    /// their own and added at registration).
    pub own: Complexity,
    /// Code and comment lines of its span (filled by [`count_lines`]).
    pub code_lines: u32,
    pub comment_lines: u32,
}

/// What is measured of one program.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ProgramMeasure {
    /// Sentences of the PROCEDURE DIVISION before its first section or paragraph.
    pub prologue: Option<Complexity>,
    /// The program's byte range in the preprocessed text (to find where it ends in its own
    /// file when its last lines come from a copybook).
    pub extent: Option<(usize, usize)>,
    pub code_lines: u32,
    pub comment_lines: u32,
}

/// Measures the sentences after a paragraph or section header, up to the next header (or a
/// section's first paragraph).
pub fn measure_procedure(header: Node) -> Complexity {
    let mut out = Complexity::default();
    let Some(parent) = header.parent() else {
        return out;
    };
    let mut siblings = parent.walk();
    if siblings
        .goto_first_child_for_byte(header.start_byte())
        .is_none()
    {
        return out;
    }
    let mut walker = Walker::new(header);
    while siblings.goto_next_sibling() {
        let node = siblings.node();
        if matches!(
            node.kind(),
            "paragraph_header" | "section_header" | "paragraph" | "section" | "program"
        ) {
            break;
        }
        walker.walk(node, &mut out);
    }
    out
}

/// What extraction measures of a program, given its PROCEDURE DIVISION.
pub fn measure_program(procedure_division: Node) -> ProgramMeasure {
    ProgramMeasure {
        prologue: measure_prologue(procedure_division),
        extent: procedure_division
            .parent()
            .map(|p| (p.start_byte(), p.end_byte())),
        ..Default::default()
    }
}

/// Measures the sentences of a PROCEDURE DIVISION before its first section or paragraph;
/// `None` when there are none.
pub fn measure_prologue(procedure_division: Node) -> Option<Complexity> {
    let mut out = None;
    let mut walker = Walker::new(procedure_division);
    let mut children = procedure_division.walk();
    if !children.goto_first_child() {
        return None;
    }
    loop {
        let node = children.node();
        match node.kind() {
            "sentence" | "ERROR" => walker.walk(node, out.get_or_insert_default()),
            "section" | "paragraph" => break,
            _ => {}
        }
        if !children.goto_next_sibling() {
            break;
        }
    }
    out
}

/// One depth-first walk with a single cursor; the stack holds, for every open node, whether
/// it nests and its kind (the parent kind of the nodes under it).
struct Walker<'t> {
    cursor: TreeCursor<'t>,
    stack: Vec<(bool, &'t str)>,
}

impl<'t> Walker<'t> {
    fn new(any: Node<'t>) -> Self {
        Walker {
            cursor: any.walk(),
            stack: Vec::with_capacity(32),
        }
    }

    fn walk(&mut self, root: Node<'t>, out: &mut Complexity) {
        self.cursor.reset(root);
        self.stack.clear();
        let mut depth = 0u32;
        loop {
            let node = self.cursor.node();
            let kind = node.kind();
            let parent = self.stack.last().map_or("", |e| e.1);
            let nests = visit(node, kind, parent, out);
            if nests {
                depth += 1;
                out.max_nesting = out.max_nesting.max(depth);
            }
            if descend(kind) && self.cursor.goto_first_child() {
                self.stack.push((nests, kind));
                continue;
            }
            if nests {
                depth -= 1;
            }
            loop {
                if self.stack.is_empty() {
                    return;
                }
                if self.cursor.goto_next_sibling() {
                    break;
                }
                self.cursor.goto_parent();
                if let Some((true, _)) = self.stack.pop() {
                    depth -= 1;
                }
            }
        }
    }
}

/// Counts the decision points of one node; returns whether it opens a nesting level.
fn visit(node: Node, kind: &str, parent: &str, out: &mut Complexity) -> bool {
    match kind {
        "if_statement" => {
            out.decisions += 1;
            true
        }
        "evaluate_statement" | "search_statement" => true,
        // Inline PERFORM (out-of-line ones name a procedure).
        "perform_statement" => node.child_by_field_name("procedure").is_none(),
        "when_selection" | "perform_until" | "varying_phrase" | "search_when"
        | "conditional_phrase" => {
            out.decisions += 1;
            false
        }
        "go_to_statement" => {
            if node.child_by_field_name("depending_on").is_some() {
                let mut cursor = node.walk();
                let targets = node.children_by_field_name("target", &mut cursor).count();
                out.decisions += targets as u32;
            }
            false
        }
        "AND" | "OR" if parent == "condition" && !node.is_named() => {
            out.decisions += 1;
            false
        }
        _ => false,
    }
}

/// Nodes that hold no decisions (or hold an `OR` that is not one, as relational operators do).
fn descend(kind: &str) -> bool {
    !matches!(
        kind,
        "qualified_name"
            | "relational_operator"
            | "exec_statement"
            | "string_literal"
            | "numeric_literal"
            | "arithmetic_expression"
    )
}

/// Fills the line counts of every program and procedure of `facts` from the original files.
/// `main_format` is the format the analysed file starts in (`Expanded::format`), `map` the
/// source map of the preprocessed text.
pub fn count_lines(
    facts: &mut CobolFacts,
    files: &[SourceFile],
    main: FileId,
    main_format: SourceFormat,
    map: &SourceMap,
    options: &PreprocessOptions,
) {
    let tab = usize::from(options.tab_width.unwrap_or(8)).max(1);
    // Tallies of the files spans point into: almost always just the analysed file.
    let mut tallies: Vec<(FileId, Option<LineTally>)> = Vec::new();
    let mut count = |span: Option<Span>| -> (u32, u32) {
        let Some(span) = span else {
            return (0, 0);
        };
        let at = match tallies.iter().position(|(f, _)| *f == span.file) {
            Some(i) => i,
            None => {
                let tally = files.get(span.file.index()).and_then(|f| {
                    let text = f.text.as_deref()?;
                    let format = if span.file == main {
                        main_format
                    } else {
                        options.format.unwrap_or_else(|| detect_format(text))
                    };
                    Some(tally_lines(text, format, tab))
                });
                tallies.push((span.file, tally));
                tallies.len() - 1
            }
        };
        tallies[at]
            .1
            .as_ref()
            .map_or((0, 0), |t| t.count(span.line, span.end_line))
    };
    for program in &mut facts.programs {
        if program.name.is_empty() {
            continue;
        }
        // A program whose last lines come from a copybook (`COPY SQLERRP.` at the end) has a
        // span cut at its first line: count up to its last byte in its own file instead.
        let span = program.span.map(|mut span| {
            if let Some((start, end)) = program.measure.extent
                && let Some(own_end) = end_in_file(map, span.file.0, start, end)
                && let Some(file) = files.get(span.file.index())
            {
                let last = file.line_index.line_of(own_end.saturating_sub(1));
                span.end_line = span.end_line.max(last);
            }
            span
        });
        (program.measure.code_lines, program.measure.comment_lines) = count(span);
        for p in &mut program.procedures {
            (p.measure.code_lines, p.measure.comment_lines) = count(p.span);
        }
    }
}

/// Original offset just past the last byte of the expanded range `start..end` that comes from
/// `file`.
fn end_in_file(map: &SourceMap, file: u32, start: usize, end: usize) -> Option<usize> {
    let segments = map.segments();
    let mut i = segments.partition_point(|s| s.expanded_start() < end);
    while i > 0 {
        i -= 1;
        let s = &segments[i];
        if s.file() == file {
            let seg_end = segments
                .get(i + 1)
                .map_or(map.len(), |n| n.expanded_start())
                .min(end);
            if seg_end > s.expanded_start().max(start) {
                return map
                    .origin_range(seg_end - 1, seg_end)
                    .map(|(_, b)| b.offset);
            }
        }
        if s.expanded_start() <= start {
            break;
        }
    }
    None
}

/// Adds the metrics of a registered program and its procedures (`procedure_ids[i]` is the
/// symbol of `program.procedures[i]`). Symbols another declaration already owns (a second
/// program with the same name) are left alone.
pub fn register(
    model: &mut Model,
    program: &ProgramFacts,
    program_id: SymbolId,
    procedure_ids: &[SymbolId],
) {
    // A section: its own sentences plus its paragraphs.
    let mut whole: Vec<Complexity> = program.procedures.iter().map(|p| p.measure.own).collect();
    for p in &program.procedures {
        if let Some(s) = p.section
            && s < whole.len()
        {
            whole[s].add(p.measure.own);
        }
    }
    let mut program_cyclomatic = program.measure.prologue.map_or(0, |c| 1 + c.decisions);
    let mut program_nesting = program.measure.prologue.map_or(0, |c| c.max_nesting);
    for (i, p) in program.procedures.iter().enumerate() {
        let cyclomatic = 1 + whole[i].decisions;
        if p.section.is_none() {
            program_cyclomatic += cyclomatic;
        }
        program_nesting = program_nesting.max(whole[i].max_nesting);
        let Some(&symbol) = procedure_ids.get(i) else {
            continue;
        };
        if model.symbol(symbol).span != p.span {
            continue;
        }
        model.metrics.push(CodeMetrics {
            symbol,
            code_lines: p.measure.code_lines,
            comment_lines: p.measure.comment_lines,
            cyclomatic,
            max_nesting: whole[i].max_nesting,
        });
    }
    if model.symbol(program_id).span == program.span {
        model.metrics.push(CodeMetrics {
            symbol: program_id,
            code_lines: program.measure.code_lines,
            comment_lines: program.measure.comment_lines,
            cyclomatic: program_cyclomatic,
            max_nesting: program_nesting,
        });
    }
}

/// Classifies every line of a COBOL source file.
pub fn tally_lines(text: &str, format: SourceFormat, tab: usize) -> LineTally {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut tally = LineTally::with_capacity(text.len() / 60 + 1);
    let mut format = format;
    let mut columns: Vec<u8> = Vec::new();
    for_each_line(text, |line| {
        let bytes = line.as_bytes();
        // Column view: tabs expanded, a non-ASCII char is one column.
        let cols: &[u8] = if bytes.iter().all(|&b| b != b'\t' && b < 0x80) {
            bytes
        } else {
            columns.clear();
            for ch in line.chars() {
                match ch {
                    '\t' => {
                        let w = tab - columns.len() % tab;
                        columns.extend(std::iter::repeat_n(b' ', w));
                    }
                    '\u{FEFF}' => columns.push(b' '),
                    c if c.is_ascii() => columns.push(c as u8),
                    _ => columns.push(b'x'),
                }
            }
            &columns
        };
        let kind = classify(cols, format);
        if kind == LineKind::Code
            && let Some(switch) = source_format_directive(cols)
        {
            format = switch;
        }
        tally.push(kind);
    });
    tally
}

/// What a line (in columns) holds in the given format.
fn classify(cols: &[u8], format: SourceFormat) -> LineKind {
    let area = match format {
        SourceFormat::Free => cols,
        SourceFormat::Fixed | SourceFormat::Variable => {
            if cols.len() <= 6 {
                return LineKind::Blank;
            }
            if matches!(cols[6], b'*' | b'/') {
                return LineKind::Comment;
            }
            let end = if format == SourceFormat::Fixed {
                cols.len().min(72)
            } else {
                cols.len()
            };
            &cols[7.min(end)..end]
        }
    };
    let Some(first) = area.iter().position(|c| !c.is_ascii_whitespace()) else {
        return LineKind::Blank;
    };
    if area[first..].starts_with(b"*>") {
        LineKind::Comment
    } else {
        LineKind::Code
    }
}

/// `>>SOURCE [FORMAT] [IS] FREE|FIXED|VARIABLE` (anywhere on the line) → the new format.
fn source_format_directive(cols: &[u8]) -> Option<SourceFormat> {
    let at = cols.windows(2).position(|w| w == b">>")?;
    let rest = &cols[at + 2..];
    let mut words = rest
        .split(|c| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    if !words.next()?.eq_ignore_ascii_case(b"SOURCE") {
        return None;
    }
    for word in words {
        if word.eq_ignore_ascii_case(b"FORMAT") || word.eq_ignore_ascii_case(b"IS") {
            continue;
        }
        if word.eq_ignore_ascii_case(b"FREE") {
            return Some(SourceFormat::Free);
        }
        if word.eq_ignore_ascii_case(b"FIXED") {
            return Some(SourceFormat::Fixed);
        }
        if word.eq_ignore_ascii_case(b"VARIABLE") {
            return Some(SourceFormat::Variable);
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CodeMetrics, Model};

    fn index(files: &[(&str, &str)]) -> Model {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        crate::index::index_path(dir.path()).unwrap()
    }

    fn metrics(model: &Model, qualified: &str) -> (u32, u32, u32, u32) {
        let id = model
            .symbol_named(qualified)
            .unwrap_or_else(|| panic!("no symbol {qualified}"));
        let found: Vec<&CodeMetrics> = model.metrics.iter().filter(|m| m.symbol == id).collect();
        assert_eq!(found.len(), 1, "{qualified}: {found:?}");
        let m = found[0];
        (m.code_lines, m.comment_lines, m.cyclomatic, m.max_nesting)
    }

    /// Fixed format with sequence numbers (columns 1–6) and an identification area.
    const FIXED: &str = "\
000100 IDENTIFICATION DIVISION.                                         METRIC1
000200 PROGRAM-ID. METRIC1.                                             METRIC1
000300 PROCEDURE DIVISION.                                              METRIC1
000400 MAIN-PARA.                                                       METRIC1
000500*    A COMMENT LINE WITH SEQUENCE NUMBERS                         METRIC1
000600     EVALUATE TRUE                                                METRIC1
000700         WHEN A = 1                                               METRIC1
000800             IF B = 2 AND C = 3                                   METRIC1
000900                 DISPLAY 'X'                                      METRIC1
001000             END-IF                                               METRIC1
001100         WHEN A = 2                                               METRIC1
001200         WHEN A = 3 OR A = 4                                      METRIC1
001300             CONTINUE                                             METRIC1
001400         WHEN OTHER                                               METRIC1
001500             CONTINUE                                             METRIC1
001600     END-EVALUATE                                                 METRIC1
001700                                                                  METRIC1
001800     PERFORM VARYING I FROM 1 BY 1 UNTIL I > 10                   METRIC1
001900         READ F1                                                  METRIC1
002000             AT END                                               METRIC1
002100                 MOVE 'Y' TO EOF                                  METRIC1
002200             NOT AT END                                           METRIC1
002300                 ADD 1 TO N                                       METRIC1
002400         END-READ                                                 METRIC1
002500     END-PERFORM                                                  METRIC1
002600     PERFORM LOOP-PARA UNTIL EOF = 'Y'                            METRIC1
002700     IF A GREATER THAN OR EQUAL TO B                              METRIC1
002800         CONTINUE                                                 METRIC1
002900     END-IF.                                                      METRIC1
003000/    PAGE EJECT COMMENT BETWEEN PARAGRAPHS                        METRIC1
003100 LOOP-PARA.                                                       METRIC1
003200     GO TO P1 P2 P3 DEPENDING ON N.                               METRIC1
";

    #[test]
    fn fixed_format_paragraphs_and_program() {
        let model = index(&[("METRIC1.cbl", FIXED)]);
        // MAIN-PARA, lines 4–29 (26 lines): line 5 is a comment, line 17 holds only a sequence
        // number and an identification area (blank) → 24 code, 1 comment.
        // Decisions: WHEN A = 1, IF, AND, WHEN A = 2, WHEN A = 3, OR (WHEN OTHER is not one),
        // VARYING … UNTIL, AT END, NOT AT END, PERFORM LOOP-PARA UNTIL, IF (the OR of
        // GREATER THAN OR EQUAL is an operator, not a decision) = 11 → 12.
        // Nesting: EVALUATE > IF = 2 (PERFORM > READ: AT END does not nest).
        assert_eq!(metrics(&model, "METRIC1.MAIN-PARA"), (24, 1, 12, 2));
        // LOOP-PARA, lines 31–32: GO TO three targets DEPENDING ON → 1 + 3.
        assert_eq!(metrics(&model, "METRIC1.LOOP-PARA"), (2, 0, 4, 0));
        // Program, lines 1–32: comments on lines 5 and 30, blank line 17 → 29 code, 2 comment.
        // Cyclomatic: sum of the paragraphs 12 + 4.
        assert_eq!(metrics(&model, "METRIC1"), (29, 2, 16, 2));
    }

    const SECTIONS: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. METRIC2.
       PROCEDURE DIVISION.
           IF X = 1 DISPLAY 'A' END-IF.
       S1 SECTION.
           IF Y = 1 DISPLAY 'B' END-IF.
       P1.
           SEARCH T AT END DISPLAY 'N'
               WHEN K(I) = 1
                   IF Z = 1 DISPLAY 'C' END-IF
           END-SEARCH.
       P2.
           DISPLAY 'D'.
       S2 SECTION.
           DISPLAY 'E'.
";

    #[test]
    fn sections_add_up_their_paragraphs_and_programs_add_up_their_parts() {
        let model = index(&[("METRIC2.cbl", SECTIONS)]);
        // P1: SEARCH WHEN + IF = 2 decisions (AT END is the fall-through) → 3; SEARCH > IF = 2.
        assert_eq!(metrics(&model, "METRIC2.P1"), (5, 0, 3, 2));
        assert_eq!(metrics(&model, "METRIC2.P2"), (2, 0, 1, 0));
        // S1 is one module: its IF + P1's 2 + P2's 0 → 1 + 3 = 4; lines 5–13.
        assert_eq!(metrics(&model, "METRIC2.S1"), (9, 0, 4, 2));
        assert_eq!(metrics(&model, "METRIC2.S2"), (2, 0, 1, 0));
        // Program: the sentence before S1 (1 + IF = 2) + S1 (4) + S2 (1) = 7.
        assert_eq!(metrics(&model, "METRIC2"), (15, 0, 7, 2));
    }

    const FREE: &str = "\
>>SOURCE FORMAT FREE
IDENTIFICATION DIVISION.
PROGRAM-ID. METRIC3.
PROCEDURE DIVISION.
MAIN.
  *> a free-format comment
  IF A = 1 OR B = 2 *> a trailing comment: still a code line
     DISPLAY 'X'
  END-IF

  STOP RUN.
";

    #[test]
    fn free_format_comments() {
        let model = index(&[("METRIC3.cbl", FREE)]);
        // MAIN, lines 5–11: comment line 6, blank line 10 → 5 code; IF + OR → 3.
        assert_eq!(metrics(&model, "METRIC3.MAIN"), (5, 1, 3, 1));
        // Lines 2–11 (the directive on line 1 is before the program's span): comment line 6,
        // blank line 10 → 8 code.
        assert_eq!(metrics(&model, "METRIC3"), (8, 1, 3, 1));
    }

    #[test]
    fn program_ending_in_a_copybook_counts_to_its_last_own_line() {
        let program = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. METRIC4.
       PROCEDURE DIVISION.
       MAIN.
           PERFORM ERR-PARA.
           GOBACK.
      * THE COPYBOOK ADDS A PARAGRAPH
           COPY ENDPARA.
";
        let copybook = "       ERR-PARA.
           IF X = 1 DISPLAY 'E' END-IF.
";
        let model = index(&[("METRIC4.cbl", program), ("ENDPARA.cpy", copybook)]);
        // The copied paragraph is counted in the copybook: 2 lines, IF → 2.
        assert_eq!(metrics(&model, "METRIC4.ERR-PARA"), (2, 0, 2, 1));
        // The program: lines 1–8 of its own file (comment line 7); MAIN 1 + ERR-PARA 2.
        assert_eq!(metrics(&model, "METRIC4"), (7, 1, 3, 1));
    }

    #[test]
    fn line_kinds_by_format() {
        let lines = [
            "000100* COMMENT",
            "000200/ EJECT",
            "000300",
            "       MOVE A TO B.",
            "000500    *> FLOATING COMMENT",
            "000600D    DISPLAY X",
            "      -    'CONTINUED'",
            // Only an identification area (columns 73–80): blank.
            &format!("{}ONLYIDNT", " ".repeat(72)),
            // A tab after the sequence number reaches column 9: code.
            "000900\tMOVE C TO D.",
            ">>SOURCE FORMAT IS FREE",
            "*> now free",
            "MOVE 1 TO A.",
        ];
        // Every kind of line break.
        let fixed = format!(
            "{}\r\n{}\r{}",
            lines[..6].join("\n"),
            lines[6..9].join("\n"),
            lines[9..].join("\n")
        );
        let t = tally_lines(&fixed, SourceFormat::Fixed, 8);
        assert_eq!(t.lines(), 12);
        let kinds: Vec<(u32, u32)> = (1..=12).map(|l| t.count(l, l)).collect();
        let (code, comment, blank) = ((1, 0), (0, 1), (0, 0));
        assert_eq!(
            kinds,
            [
                comment, comment, blank, code, comment, code, code, blank, code, code, comment,
                code
            ]
        );
        assert_eq!(t.count(1, 12), (6, 4));
        assert_eq!(t.count(11, 40), (1, 1));
    }
}
