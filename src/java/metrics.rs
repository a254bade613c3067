//! Size and complexity of Java types, methods, constructors and static initializers
//! ([`CodeMetrics`]).
//!
//! The declarations pass measures each method body once ([`measure`]) and tallies the file's
//! lines once ([`tally_lines`]); registration, where symbol ids are assigned, pushes the metrics
//! ([`push_method`], [`push_type`]).
//!
//! What counts:
//! - **cyclomatic** of a method, constructor or static initializer: 1 + decision points:
//!   `if`, `for`, enhanced `for`, `while`, `do`, each `case` label (not `default`; `case A, B`
//!   is one label), `catch`, `?:`, `&&`, `||`. Lambdas are part of the method they are written
//!   in; the methods of anonymous and local classes belong to those classes. A type's
//!   cyclomatic is the sum over its own methods, constructors and static initializer blocks
//!   (not those of its nested types, nor field initializers; 0 for a type without code).
//! - **max_nesting**: deepest nesting of `if`, `for`, `while`, `do`, `switch` and `try`;
//!   `else if` continues a chain and stays at its `if`'s level. A type's is the deepest of
//!   its own methods.
//! - **lines**: every line of the declaration's span (a type's span includes its nested types).
//!   A line holding any code is code, even with a trailing comment; a line holding only
//!   `//` or `/* */` comment text is a comment; whitespace-only lines (also inside a block
//!   comment) are blank.
//!
//! Implicit members (default constructor, an enum's `values`/`valueOf`) have no source and
//! get no metrics; `<clinit>` gets them when the type has `static { }` blocks (their lines and
//! decisions).

use tree_sitter::{Node, TreeCursor};

use super::JavaUnit;
use super::declarations::{ByteSpan, MethodDecl, TypeDecl};
use crate::model::{CodeMetrics, LineKind, LineTally, Model, Span, SymbolId, for_each_line};

/// Decision points and deepest nesting of a body.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Complexity {
    pub decisions: u32,
    pub max_nesting: u32,
}

/// Measures a method, constructor or initializer body (`None` for abstract methods).
pub fn measure(body: Option<Node>) -> Complexity {
    let mut out = Complexity::default();
    let Some(root) = body else {
        return out;
    };
    let mut cursor: TreeCursor = root.walk();
    // Whether each open node (below the cursor) opened a nesting level.
    let mut stack: Vec<bool> = Vec::with_capacity(32);
    let mut depth = 0u32;
    loop {
        let node = cursor.node();
        let kind = node.kind();
        let nests = match kind {
            "if_statement" => {
                out.decisions += 1;
                cursor.field_name() != Some("alternative")
            }
            "for_statement" | "enhanced_for_statement" | "while_statement" | "do_statement" => {
                out.decisions += 1;
                true
            }
            "switch_expression"
            | "switch_statement"
            | "try_statement"
            | "try_with_resources_statement" => true,
            "catch_clause" | "ternary_expression" | "&&" | "||" => {
                out.decisions += 1;
                false
            }
            "switch_label" => {
                if node.child(0).is_some_and(|c| c.kind() == "case") {
                    out.decisions += 1;
                }
                false
            }
            _ => false,
        };
        if nests {
            depth += 1;
            out.max_nesting = out.max_nesting.max(depth);
        }
        // Anonymous and local classes are measured as classes of their own; literals, types,
        // modifiers and parameter lists hold no decisions (not walking them saves time).
        let own_code = !matches!(
            kind,
            "class_body"
                | "class_declaration"
                | "interface_declaration"
                | "enum_declaration"
                | "record_declaration"
                | "annotation_type_declaration"
                | "string_literal"
                | "generic_type"
                | "scoped_type_identifier"
                | "array_type"
                | "type_arguments"
                | "modifiers"
                | "formal_parameters"
                | "dimensions"
        );
        if own_code && cursor.goto_first_child() {
            stack.push(nests);
            continue;
        }
        if nests {
            depth -= 1;
        }
        loop {
            if stack.is_empty() {
                return out;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            cursor.goto_parent();
            if stack.pop() == Some(true) {
                depth -= 1;
            }
        }
    }
}

/// Classifies every line of a Java file: a small lexer that knows comments, string and char
/// literals and text blocks (so `"/*"` in a string is code).
pub fn tally_lines(src: &str) -> LineTally {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Code,
        BlockComment,
        TextBlock,
    }
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let mut tally = LineTally::with_capacity(src.len() / 30 + 1);
    let mut state = State::Code;
    for_each_line(src, |line| {
        let b = line.as_bytes();
        let (mut code, mut comment) = (false, false);
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            match state {
                State::BlockComment => {
                    if c == b'*' && b.get(i + 1) == Some(&b'/') {
                        state = State::Code;
                        comment = true;
                        i += 2;
                        continue;
                    }
                    comment |= !c.is_ascii_whitespace();
                }
                State::TextBlock => {
                    if c == b'\\' {
                        i += 1;
                    } else if b[i..].starts_with(b"\"\"\"") {
                        state = State::Code;
                        i += 3;
                        code = true;
                        continue;
                    }
                    code |= !c.is_ascii_whitespace();
                }
                State::Code => match c {
                    b'/' if b.get(i + 1) == Some(&b'/') => {
                        comment = true;
                        break;
                    }
                    b'/' if b.get(i + 1) == Some(&b'*') => {
                        comment = true;
                        state = State::BlockComment;
                        i += 2;
                        continue;
                    }
                    b'"' if b[i..].starts_with(b"\"\"\"") => {
                        code = true;
                        state = State::TextBlock;
                        i += 3;
                        continue;
                    }
                    b'"' | b'\'' => {
                        // A string or char literal ends on its line.
                        code = true;
                        i += 1;
                        while i < b.len() && b[i] != c {
                            i += if b[i] == b'\\' { 2 } else { 1 };
                        }
                    }
                    c if c.is_ascii_whitespace() => {}
                    _ if code => {
                        // The line is code already: only what changes the state matters.
                        match memchr::memchr3(b'/', b'"', b'\'', &b[i..]) {
                            Some(k) if k > 0 => {
                                i += k;
                                continue;
                            }
                            Some(_) => {}
                            None => break,
                        }
                    }
                    _ => code = true,
                },
            }
            i += 1;
        }
        tally.push(if code {
            LineKind::Code
        } else if comment {
            LineKind::Comment
        } else {
            LineKind::Blank
        });
    });
    tally
}

fn span(unit: &JavaUnit, (start, end): ByteSpan) -> Span {
    Span::from_offsets(unit.file, &unit.text, &unit.lines, start, end)
}

/// Adds the metrics of a declared method or constructor, unless its symbol belongs to another
/// declaration (the same class in two files).
pub fn push_method(model: &mut Model, unit: &JavaUnit, m: &MethodDecl, symbol: SymbolId) {
    let s = span(unit, m.span);
    if model.symbol(symbol).span != Some(s) {
        return;
    }
    let (code_lines, comment_lines) = unit.decls.lines.count(s.line, s.end_line);
    model.metrics.push(CodeMetrics {
        symbol,
        code_lines,
        comment_lines,
        cyclomatic: 1 + m.complexity.decisions,
        max_nesting: m.complexity.max_nesting,
    });
}

/// Adds the metrics of a type and of its `<clinit>` (when it has static blocks).
pub fn push_type(
    model: &mut Model,
    unit: &JavaUnit,
    decl: &TypeDecl,
    symbol: SymbolId,
    clinit: Option<SymbolId>,
) {
    let s = span(unit, decl.span);
    if model.symbol(symbol).span != Some(s) {
        return;
    }
    let lines = &unit.decls.lines;
    let mut cyclomatic = 0;
    let mut max_nesting = 0;
    for m in &decl.methods {
        cyclomatic += 1 + m.complexity.decisions;
        max_nesting = max_nesting.max(m.complexity.max_nesting);
    }
    if let Some(clinit) = clinit
        && !decl.static_blocks.is_empty()
    {
        let mut metrics = CodeMetrics {
            symbol: clinit,
            code_lines: 0,
            comment_lines: 0,
            cyclomatic: 1,
            max_nesting: 0,
        };
        for (block, c) in &decl.static_blocks {
            let b = span(unit, *block);
            let (code, comment) = lines.count(b.line, b.end_line);
            metrics.code_lines += code;
            metrics.comment_lines += comment;
            metrics.cyclomatic += c.decisions;
            metrics.max_nesting = metrics.max_nesting.max(c.max_nesting);
        }
        cyclomatic += metrics.cyclomatic;
        max_nesting = max_nesting.max(metrics.max_nesting);
        model.metrics.push(metrics);
    }
    let (code_lines, comment_lines) = lines.count(s.line, s.end_line);
    model.metrics.push(CodeMetrics {
        symbol,
        code_lines,
        comment_lines,
        cyclomatic,
        max_nesting,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;

    const OUTER: &str = r#"package t;

public class Outer {
    // a line comment
    int pick(int a, boolean b, boolean c) { // a trailing comment: still code
        int r = b && c || a > 3 ? 1 : 2;
        /* a block
           comment */
        switch (a) {
            case 1:
            case 2:
                r++;
                break;
            default:
                r--;
        }

        for (int i = 0; i < a; i++) {
            if (i % 2 == 0) {
                while (r > 0) { r--; }
            } else if (i == 3) {
                r += 2;
            }
        }
        Runnable run = () -> { if (b) { System.out.println("/* not a comment"); } };
        try {
            run.run();
        } catch (RuntimeException e) {
            r = 0;
        }
        return r;
    }

    static int x;
    static {
        x = Boolean.getBoolean("x") ? 1 : 0;
    }

    static class Inner {
        int twice(int x) {
            return x > 0 ? x * 2 : 0;
        }
    }

    Object anon() {
        return new Object() {
            public String toString() { return a() && b() ? "x" : "y"; }
        };
    }
}
"#;

    fn index(files: &[(&str, &str)]) -> Model {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        crate::index::index_path(dir.path()).unwrap()
    }

    fn metrics(model: &Model, qualified: &str) -> Option<(u32, u32, u32, u32)> {
        let id = model
            .symbol_named(qualified)
            .unwrap_or_else(|| panic!("no symbol {qualified}"));
        let found: Vec<&CodeMetrics> = model.metrics.iter().filter(|m| m.symbol == id).collect();
        assert!(found.len() <= 1, "{qualified}: {found:?}");
        found
            .first()
            .map(|m| (m.code_lines, m.comment_lines, m.cyclomatic, m.max_nesting))
    }

    #[test]
    fn methods_nested_and_anonymous_classes() {
        let model = index(&[("Outer.java", OUTER)]);
        // pick, lines 5–32 (28 lines): comment lines 7–8, blank line 17 → 25 code, 2 comment
        // (line 5 has code and a trailing comment; the string on line 25 holds `/*`).
        // Decisions: &&, ||, ?:, case 1, case 2 (not default), for, if, while, else if,
        // the lambda's if, catch = 11 → 12.
        // Nesting: for > if > while = 3 (`else if` stays at the if's level; switch, try = 1).
        assert_eq!(
            metrics(&model, "t.Outer.pick(int,boolean,boolean)"),
            Some((25, 2, 12, 3))
        );
        // <clinit>: the static block, lines 35–37, one ?: → 2.
        assert_eq!(metrics(&model, "t.Outer.<clinit>()"), Some((3, 0, 2, 0)));
        // anon(): the anonymous class's && and ?: are its toString's, not anon's.
        assert_eq!(metrics(&model, "t.Outer.anon()"), Some((5, 0, 1, 0)));
        assert_eq!(metrics(&model, "t.Outer$1.toString()"), Some((1, 0, 3, 0)));
        assert_eq!(metrics(&model, "t.Outer$1"), Some((3, 0, 3, 0)));
        assert_eq!(
            metrics(&model, "t.Outer$Inner.twice(int)"),
            Some((3, 0, 2, 0))
        );
        // Inner: its one method (the implicit constructor has no source and no metrics).
        assert_eq!(metrics(&model, "t.Outer$Inner"), Some((5, 0, 2, 0)));
        assert_eq!(metrics(&model, "t.Outer$Inner.<init>()"), None);
        // Outer, lines 3–50 (48 lines): comment lines 4, 7, 8; blank lines 17, 33, 38, 44
        // → 41 code. Cyclomatic: pick 12 + <clinit> 2 + anon 1 = 15 (Inner's and the
        // anonymous class's methods are theirs).
        assert_eq!(metrics(&model, "t.Outer"), Some((41, 3, 15, 3)));
    }

    #[test]
    fn switch_rules_text_blocks_and_comments() {
        let src = r#"class S {
    String g() {
        String t = """
            // text, not a comment
            """;
        /*

         * javadoc-like
         */ return t; // done
    }

    int f(String s, int k) {
        return switch (k) {
            case 1, 2 -> 10;
            case 3 -> { yield k > 0 || s == null ? 1 : 2; }
            default -> 0;
        };
    }
}
"#;
        let model = index(&[("S.java", src)]);
        // g, lines 2–10: lines 3–5 are a text block (code, `//` in it too); line 6 opens a
        // block comment, line 7 inside it is blank, line 8 is comment, line 9 has code after
        // `*/` → 6 code, 2 comment.
        assert_eq!(metrics(&model, "S.g()"), Some((6, 2, 1, 0)));
        // f, lines 12–18: `case 1, 2` (one label), `case 3`, `||`, `?:` = 4 → 5 (default is
        // not a decision); the switch nests 1.
        assert_eq!(metrics(&model, "S.f(String,int)"), Some((7, 0, 5, 1)));
        // S, lines 1–19: blank 7 and 11, comment 6 and 8 → 15 code; 1 + 5.
        assert_eq!(metrics(&model, "S"), Some((15, 2, 6, 1)));
    }

    #[test]
    fn line_tally_knows_strings_and_chars() {
        let t = tally_lines("a = '\"'; // x\n/* y */\nb = \"//\" ;\n  \n// z\r\nc = '\\'';\r");
        let kinds: Vec<(u32, u32)> = (1..=6).map(|l| t.count(l, l)).collect();
        assert_eq!(kinds, [(1, 0), (0, 1), (1, 0), (0, 0), (0, 1), (1, 0)]);
    }
}
