//! The tree-sitter language of our own COBOL grammar (`grammars/cobol`), compiled by `build.rs`.

use tree_sitter::{Language, Tree};
use tree_sitter_language::LanguageFn;

unsafe extern "C" {
    fn tree_sitter_cobol() -> *const ();
}

/// The COBOL grammar's language function.
pub const LANGUAGE: LanguageFn = unsafe { LanguageFn::from_raw(tree_sitter_cobol) };

/// The COBOL language for tree-sitter parsers and queries.
pub fn language() -> Language {
    LANGUAGE.into()
}

/// The highlight query of the code view.
pub const HIGHLIGHTS_QUERY: &str = include_str!("../../grammars/cobol/queries/highlights.scm");

/// Parses preprocessed COBOL text. `None` only if tree-sitter gives up.
pub fn parse(text: &str) -> Option<Tree> {
    crate::parsing::parse_with("cobol", language, text)
}

/// The tree as an indented S-expression with positions, like `tree-sitter parse`.
pub fn pretty_sexp(root: &tree_sitter::Node) -> String {
    let mut out = String::new();
    let mut cursor = root.walk();
    let mut depth = 0usize;
    loop {
        let node = cursor.node();
        if node.is_named() || node.is_missing() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&"  ".repeat(depth));
            if let Some(field) = cursor.field_name() {
                out.push_str(field);
                out.push_str(": ");
            }
            let kind = if node.is_missing() {
                format!("MISSING {}", node.kind())
            } else {
                node.kind().to_string()
            };
            let (s, e) = (node.start_position(), node.end_position());
            out.push_str(&format!(
                "({kind} [{}, {}] - [{}, {}]",
                s.row, s.column, e.row, e.column
            ));
        }
        if cursor.goto_first_child() {
            if node.is_named() || node.is_missing() {
                depth += 1;
            }
            continue;
        }
        if node.is_named() || node.is_missing() {
            out.push(')');
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return out;
            }
            let parent = cursor.node();
            if parent.is_named() || parent.is_missing() {
                depth = depth.saturating_sub(1);
                out.push(')');
            }
        }
    }
}

/// Error statistics of a parse: ERROR nodes, MISSING nodes, bytes inside ERROR nodes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ErrorStats {
    pub error_nodes: u32,
    pub missing_nodes: u32,
    pub error_bytes: u64,
}

/// Whether a node is the period missing at the very end of a copybook parsed on its own: a
/// fragment may leave its last period to the program that includes it, so that is no error.
pub fn is_copybook_final_period(node: &tree_sitter::Node) -> bool {
    if !node.is_missing() || node.kind() != "." {
        return false;
    }
    let mut n = *node;
    while let Some(parent) = n.parent() {
        let last = parent
            .child(parent.child_count().saturating_sub(1))
            .is_some_and(|c| c.id() == n.id());
        if !last {
            return false;
        }
        if parent.kind() == "copybook" {
            return true;
        }
        n = parent;
    }
    false
}

/// Counts outermost ERROR nodes, MISSING nodes and the bytes the ERROR nodes cover.
pub fn error_stats(tree: &Tree) -> ErrorStats {
    let mut stats = ErrorStats::default();
    if !tree.root_node().has_error() {
        return stats;
    }
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        let mut descend = node.has_error();
        if node.is_error() {
            stats.error_nodes += 1;
            stats.error_bytes += (node.end_byte() - node.start_byte()) as u64;
            descend = false;
        } else if node.is_missing() && !is_copybook_final_period(&node) {
            stats.missing_nodes += 1;
        }
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return stats;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_small_program_without_errors() {
        let src = "IDENTIFICATION DIVISION.\nPROGRAM-ID. HELLO.\nPROCEDURE DIVISION.\n    DISPLAY 'HI'\n    GOBACK.\n";
        let tree = parse(src).unwrap();
        assert_eq!(
            error_stats(&tree),
            ErrorStats::default(),
            "{}",
            tree.root_node().to_sexp()
        );
    }

    #[test]
    fn counts_errors() {
        let src = "IDENTIFICATION DIVISION.\nPROGRAM-ID. HELLO.\nPROCEDURE DIVISION.\n    MOVE A B C.\n    )))(((.\n    GOBACK.\n";
        let tree = parse(src).unwrap();
        let stats = error_stats(&tree);
        assert!(stats.error_nodes + stats.missing_nodes > 0);
    }

    #[test]
    fn a_copybook_may_leave_its_last_period_to_the_including_program() {
        let fragment = parse("    MOVE 'X' TO WS-MSG\n    DISPLAY WS-MSG\n").unwrap();
        assert_eq!(error_stats(&fragment), ErrorStats::default());
        let entry = parse("05 WS-A PIC X.\n05 WS-B PIC 9(3)\n").unwrap();
        assert_eq!(error_stats(&entry), ErrorStats::default());
        // Only the very last period: one missing inside the text still counts.
        let inside = parse("05 WS-A PIC X\n05 WS-B PIC 9(3).\n").unwrap();
        assert_ne!(error_stats(&inside), ErrorStats::default());
    }
}
