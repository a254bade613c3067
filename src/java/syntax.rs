//! Small helpers over tree-sitter-java nodes: text, fields, type syntax, string literals.
//!
//! Only this module and the two Java passes touch tree-sitter nodes; what they return is plain
//! data (`String`, [`TypeSyntax`]) that may outlive the tree.

use tree_sitter::Node;

/// A Java type as written in source, before name resolution: `Map.Entry<String, Claim>[]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct TypeSyntax {
    /// Dotted name as written (`Claim`, `Map.Entry`, `java.util.List`) or a primitive (`int`).
    pub name: String,
    pub args: Vec<TypeSyntax>,
    pub dims: u8,
}

impl TypeSyntax {
    pub fn named(name: &str) -> TypeSyntax {
        TypeSyntax {
            name: name.to_string(),
            args: Vec::new(),
            dims: 0,
        }
    }

    /// Erased form used in method signatures: `Map.Entry[]`, `int`, `String...`.
    pub fn erased(&self) -> String {
        let mut s = self
            .name
            .rsplit('.')
            .next()
            .unwrap_or(&self.name)
            .to_string();
        for _ in 0..self.dims {
            s.push_str("[]");
        }
        s
    }

    pub fn is_primitive(&self) -> bool {
        self.dims == 0 && is_primitive_name(&self.name)
    }
}

pub fn is_primitive_name(name: &str) -> bool {
    matches!(
        name,
        "int" | "long" | "short" | "byte" | "char" | "boolean" | "float" | "double" | "void"
    )
}

/// The text of a node (empty for invalid UTF-8 boundaries, which cannot happen on `&str` input).
pub fn text<'a>(node: Node, src: &'a str) -> &'a str {
    src.get(node.start_byte()..node.end_byte()).unwrap_or("")
}

pub fn field<'t>(node: Node<'t>, name: &str) -> Option<Node<'t>> {
    node.child_by_field_name(name)
}

/// Named children of a node, collected (tree-sitter iterators borrow a cursor).
pub fn named_children(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// Whether a declaration's `modifiers` child contains the given keyword.
pub fn has_modifier(node: Node, src: &str, keyword: &str) -> bool {
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if child.kind() == "modifiers" {
            let mut c2 = child.walk();
            for m in child.children(&mut c2) {
                if text(m, src) == keyword {
                    return true;
                }
            }
        }
    }
    false
}

/// Reads a type node (`type_identifier`, `generic_type`, `array_type`, `scoped_type_identifier`,
/// primitive types, `annotated_type`) into [`TypeSyntax`].
pub fn type_syntax(node: Node, src: &str) -> TypeSyntax {
    match node.kind() {
        "array_type" => {
            let mut inner = field(node, "element")
                .map(|e| type_syntax(e, src))
                .unwrap_or_default();
            let dims = field(node, "dimensions")
                .map(|d| text(d, src).matches('[').count())
                .unwrap_or(1);
            inner.dims = inner.dims.saturating_add(dims as u8);
            inner
        }
        "generic_type" => {
            let mut base = TypeSyntax::default();
            let mut args = Vec::new();
            for child in named_children(node) {
                match child.kind() {
                    "type_arguments" => {
                        for arg in named_children(child) {
                            args.push(type_syntax(arg, src));
                        }
                    }
                    _ => base = type_syntax(child, src),
                }
            }
            base.args = args;
            base
        }
        "scoped_type_identifier" => {
            // `Outer.Inner`, possibly with generic parts: keep the dotted name, args of the last.
            let mut parts = Vec::new();
            let mut args = Vec::new();
            for child in named_children(node) {
                match child.kind() {
                    "type_identifier" | "identifier" => parts.push(text(child, src).to_string()),
                    "scoped_type_identifier" | "generic_type" => {
                        let t = type_syntax(child, src);
                        parts.push(t.name);
                        args = t.args;
                    }
                    _ => {}
                }
            }
            TypeSyntax {
                name: parts.join("."),
                args,
                dims: 0,
            }
        }
        "annotated_type" => named_children(node)
            .into_iter()
            .rev()
            .find(|c| !matches!(c.kind(), "annotation" | "marker_annotation"))
            .map(|c| type_syntax(c, src))
            .unwrap_or_default(),
        "wildcard" => {
            // `? extends Claim` reads as Claim; a bare `?` as Object.
            named_children(node)
                .into_iter()
                .rev()
                .find(|c| !matches!(c.kind(), "annotation" | "marker_annotation"))
                .map(|c| type_syntax(c, src))
                .unwrap_or_else(|| TypeSyntax::named("Object"))
        }
        _ => TypeSyntax::named(text(node, src).trim()),
    }
}

/// The value of a string literal node, with escapes decoded.
pub fn string_literal_value(node: Node, src: &str) -> String {
    let raw = text(node, src);
    let inner = if let Some(s) = raw.strip_prefix("\"\"\"") {
        s.strip_suffix("\"\"\"").unwrap_or(s)
    } else {
        let s = raw.strip_prefix('"').unwrap_or(raw);
        s.strip_suffix('"').unwrap_or(s)
    };
    unescape(inner)
}

fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') | Some('f') => out.push(' '),
            Some('u') => {
                let hex: String = (0..4).filter_map(|_| chars.next()).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_java_strings() {
        assert_eq!(unescape(r#"a\"b\n\u0041"#), "a\"b\nA");
        assert_eq!(unescape("plain"), "plain");
    }

    #[test]
    fn erased_signature_types() {
        let t = TypeSyntax {
            name: "java.util.Map.Entry".into(),
            args: vec![TypeSyntax::named("String")],
            dims: 2,
        };
        assert_eq!(t.erased(), "Entry[][]");
        assert!(TypeSyntax::named("int").is_primitive());
    }
}
