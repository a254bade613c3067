//! String values recovered from Java source, for finding the SQL a program runs.
//!
//! A value is the text the code would build, with every part that is only known at run time
//! replaced by [`UNKNOWN_PART`]. [`StrExpr`] keeps a field initializer in a form that outlives the
//! syntax tree, so constants can be evaluated across files once every type is known.

use tree_sitter::Node;

use super::syntax::{field, named_children, string_literal_value, text};

/// Stands for a part of a string known only at run time. The SQL analyzer treats it as an
/// opaque identifier.
pub const UNKNOWN_PART: &str = "__EXPR__";

/// A string-valued expression kept from a field initializer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrExpr {
    Literal(String),
    /// A (possibly dotted) name: another constant.
    Name(String),
    Concat(Vec<StrExpr>),
    /// Anything else: a call, a conditional, a number.
    Opaque,
}

impl StrExpr {
    pub fn from_node(node: Node, src: &str) -> StrExpr {
        Self::from_node_at(node, src, 0)
    }

    fn from_node_at(node: Node, src: &str, depth: u32) -> StrExpr {
        if depth > 1_000 {
            return StrExpr::Opaque;
        }
        let depth = depth + 1;
        match node.kind() {
            "string_literal" => StrExpr::Literal(string_literal_value(node, src)),
            "parenthesized_expression" => named_children(node)
                .first()
                .map_or(StrExpr::Opaque, |n| StrExpr::from_node_at(*n, src, depth)),
            "binary_expression" if is_plus(node, src) => {
                let mut parts = Vec::new();
                for side in ["left", "right"] {
                    match field(node, side).map(|n| StrExpr::from_node_at(n, src, depth)) {
                        Some(StrExpr::Concat(inner)) => parts.extend(inner),
                        Some(other) => parts.push(other),
                        None => parts.push(StrExpr::Opaque),
                    }
                }
                StrExpr::Concat(parts)
            }
            "identifier" => StrExpr::Name(text(node, src).to_string()),
            "field_access" => {
                let dotted: String = text(node, src).split_whitespace().collect();
                if dotted
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$')
                {
                    StrExpr::Name(dotted)
                } else {
                    StrExpr::Opaque
                }
            }
            "character_literal" => StrExpr::Literal(
                text(node, src)
                    .trim_matches('\'')
                    .replace("\\'", "'")
                    .to_string(),
            ),
            "decimal_integer_literal" | "decimal_floating_point_literal" => {
                StrExpr::Literal(text(node, src).to_string())
            }
            _ => StrExpr::Opaque,
        }
    }

    /// Evaluates the expression; `lookup` gives the value of a named constant.
    pub fn evaluate(&self, lookup: &mut dyn FnMut(&str) -> Option<String>) -> String {
        match self {
            StrExpr::Literal(s) => s.clone(),
            StrExpr::Name(n) => lookup(n).unwrap_or_else(|| UNKNOWN_PART.to_string()),
            StrExpr::Concat(parts) => {
                let mut out = String::new();
                for p in parts {
                    out.push_str(&p.evaluate(lookup));
                }
                out
            }
            StrExpr::Opaque => UNKNOWN_PART.to_string(),
        }
    }
}

pub fn is_plus(node: Node, src: &str) -> bool {
    field(node, "operator").is_some_and(|op| text(op, src) == "+")
}

/// Whether a string looks like a SQL statement (for deciding what to analyse).
pub fn looks_like_sql(value: &str) -> bool {
    let trimmed = value.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '{');
    let first: String = trimmed
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_uppercase();
    matches!(
        first.as_str(),
        "SELECT"
            | "INSERT"
            | "UPDATE"
            | "DELETE"
            | "MERGE"
            | "WITH"
            | "CALL"
            | "CREATE"
            | "ALTER"
            | "DROP"
            | "TRUNCATE"
            | "LOCK"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_constants_with_lookup() {
        let e = StrExpr::Concat(vec![
            StrExpr::Literal("SELECT * FROM ".into()),
            StrExpr::Name("TABLE".into()),
            StrExpr::Literal(" WHERE ID = ".into()),
            StrExpr::Opaque,
        ]);
        let v = e.evaluate(&mut |n| (n == "TABLE").then(|| "CLAIM".to_string()));
        assert_eq!(v, "SELECT * FROM CLAIM WHERE ID = __EXPR__");
    }

    #[test]
    fn recognises_sql() {
        assert!(looks_like_sql("  select x from y"));
        assert!(looks_like_sql("{call PAY_PROC(?)}"));
        assert!(!looks_like_sql("Selected claim"));
        assert!(!looks_like_sql("hello"));
    }
}
