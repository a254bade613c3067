//! Java pass 1: the declarations of one file (package, imports, types and their members).
//!
//! Runs per file, in parallel, before any name can be resolved. Types get their JVM binary
//! names here (`pkg.Outer$Inner`, anonymous `pkg.Outer$1`, local `pkg.Outer$1Helper`), numbered
//! the way javac numbers them: per innermost enclosing class, in source order.

use std::collections::HashMap;

use tree_sitter::Node;

use super::metrics::{self, Complexity};
use super::strings::StrExpr;
use super::syntax::{TypeSyntax, field, has_modifier, named_children, text, type_syntax};
use crate::model::SymbolKind;

/// Byte range in the file's text.
pub type ByteSpan = (usize, usize);

#[derive(Debug, Default)]
pub struct FileDecls {
    pub package: String,
    pub imports: Imports,
    pub types: Vec<TypeDecl>,
    /// Regions the parser could not read (ERROR nodes and MISSING tokens), outermost only.
    pub syntax_errors: Vec<ByteSpan>,
    /// Code that parses but cannot be right, with a message for the user.
    pub misplaced: Vec<(ByteSpan, String)>,
    /// Members found outside any class (an extra `}` closed the class early), by declaration
    /// start byte, with the index of the top-level type they are given back to.
    pub stray_members: Vec<(usize, usize)>,
    /// Code and comment lines of the file, for [`crate::model::CodeMetrics`].
    pub lines: crate::model::LineTally,
}

#[derive(Debug, Default, Clone)]
pub struct Imports {
    /// `import a.b.C;` as (simple name, qualified name).
    pub single: Vec<(String, String)>,
    /// `import a.b.*;` as `a.b` (a package or a type).
    pub on_demand: Vec<String>,
    /// `import static a.b.C.m;` as (member name, type name `a.b.C`).
    pub static_single: Vec<(String, String)>,
    /// `import static a.b.C.*;` as `a.b.C`.
    pub static_on_demand: Vec<String>,
}

#[derive(Debug)]
pub struct TypeDecl {
    pub binary_name: String,
    /// Canonical dotted name for top-level and member types; `None` for local and anonymous.
    pub source_name: Option<String>,
    /// Empty for anonymous classes.
    pub simple_name: String,
    pub kind: SymbolKind,
    /// Index of the enclosing type in [`FileDecls::types`].
    pub outer: Option<usize>,
    pub anonymous: bool,
    pub local: bool,
    pub superclass: Option<TypeSyntax>,
    pub interfaces: Vec<TypeSyntax>,
    /// For anonymous classes: the type after `new` (a class or an interface, decided later).
    pub anonymous_base: Option<TypeSyntax>,
    pub type_params: Vec<String>,
    /// `T extends Bound`: the first bound of each type parameter.
    pub type_param_bounds: Vec<Option<TypeSyntax>>,
    pub fields: Vec<FieldDecl>,
    pub methods: Vec<MethodDecl>,
    pub enum_constants: Vec<EnumConstantDecl>,
    /// Has static initialisation code worth a `<clinit>` (static blocks, computed static fields).
    pub needs_clinit: bool,
    pub span: ByteSpan,
    pub name_span: ByteSpan,
    /// Start byte of the declaring node (the class body for anonymous classes): the key pass 2
    /// uses to find this declaration again.
    pub key: usize,
    /// `static { }` blocks, measured.
    pub static_blocks: Vec<(ByteSpan, Complexity)>,
}

#[derive(Debug)]
pub struct MethodDecl {
    /// `<init>` for constructors.
    pub name: String,
    pub params: Vec<TypeSyntax>,
    pub param_names: Vec<String>,
    pub varargs: bool,
    /// `None` for constructors.
    pub returns: Option<TypeSyntax>,
    pub is_static: bool,
    pub type_params: Vec<String>,
    pub span: ByteSpan,
    pub name_span: ByteSpan,
    /// Start byte of the declaration node.
    pub key: usize,
    /// A constructor whose body starts with `this(...)`: it does not run field initializers.
    pub delegates_to_this: bool,
    /// Decision points and nesting of the body.
    pub complexity: Complexity,
}

impl MethodDecl {
    /// Erased parameter list used in qualified names: `(int,String...)`.
    pub fn signature(&self) -> String {
        let mut parts: Vec<String> = self.params.iter().map(TypeSyntax::erased).collect();
        if self.varargs
            && let Some(last) = parts.last_mut()
            && let Some(stripped) = last.strip_suffix("[]")
        {
            *last = format!("{stripped}...");
        }
        format!("({})", parts.join(","))
    }
}

#[derive(Debug)]
pub struct FieldDecl {
    pub name: String,
    pub ty: TypeSyntax,
    pub is_static: bool,
    pub is_final: bool,
    pub span: ByteSpan,
    pub name_span: ByteSpan,
    /// For `final String` fields: the initializer as a string expression (for SQL constants).
    pub constant: Option<StrExpr>,
}

#[derive(Debug)]
pub struct EnumConstantDecl {
    pub name: String,
    pub span: ByteSpan,
    /// Index of the constant's anonymous class body in [`FileDecls::types`], if it has one.
    pub body: Option<usize>,
}

/// Reads the declarations of a parsed Java file.
pub fn collect(root: Node, src: &str) -> FileDecls {
    let mut collector = Collector {
        src,
        decls: FileDecls::default(),
        depth: 0,
        too_deep_reported: false,
        local_counters: HashMap::new(),
    };
    collector.walk(root, None, false, false);
    collector.decls.lines = metrics::tally_lines(src);
    collector.decls
}

/// Deeper syntax trees (generated code) are not walked further; a diagnostic says so.
pub const MAX_NESTING: u32 = 3_000;

struct Collector<'s> {
    src: &'s str,
    decls: FileDecls,
    depth: u32,
    too_deep_reported: bool,
    /// javac's local/anonymous class counters: (enclosing type, simple name) -> next index.
    local_counters: HashMap<(usize, String), u32>,
}

const TYPE_DECLARATIONS: &[&str] = &[
    "class_declaration",
    "interface_declaration",
    "enum_declaration",
    "record_declaration",
    "annotation_type_declaration",
];

impl<'s> Collector<'s> {
    /// `in_code`: inside a method, constructor, initializer or field initializer, where class
    /// declarations are local. `in_error`: inside an ERROR node already reported.
    fn walk(&mut self, node: Node, current: Option<usize>, in_code: bool, in_error: bool) {
        if self.depth >= MAX_NESTING {
            if !self.too_deep_reported {
                self.too_deep_reported = true;
                self.decls.misplaced.push((
                    (node.start_byte(), node.start_byte()),
                    format!(
                        "code nested more than {MAX_NESTING} levels deep; the rest of this \
                         construct is not analysed"
                    ),
                ));
            }
            return;
        }
        self.depth += 1;
        self.walk_node(node, current, in_code, in_error);
        self.depth -= 1;
    }

    fn walk_node(&mut self, node: Node, current: Option<usize>, in_code: bool, in_error: bool) {
        let mut in_error = in_error;
        if !in_error && (node.is_error() || node.is_missing()) {
            self.decls
                .syntax_errors
                .push((node.start_byte(), node.end_byte()));
            in_error = true;
        }
        let kind = node.kind();
        match kind {
            "package_declaration" => {
                if let Some(name) = named_children(node)
                    .into_iter()
                    .find(|c| matches!(c.kind(), "identifier" | "scoped_identifier"))
                {
                    self.decls.package = squash(text(name, self.src));
                }
                return;
            }
            "import_declaration" => {
                self.import(node);
                return;
            }
            k if TYPE_DECLARATIONS.contains(&k) => {
                let idx = self.declare_type(node, current, in_code);
                self.walk_children(node, Some(idx), false, in_error);
                return;
            }
            "object_creation_expression" => {
                let body = named_children(node)
                    .into_iter()
                    .find(|c| c.kind() == "class_body");
                if let (Some(body), Some(encl)) = (body, current) {
                    for child in named_children(node) {
                        if child.id() != body.id() {
                            self.walk(child, current, in_code, in_error);
                        }
                    }
                    let base = field(node, "type").map(|t| type_syntax(t, self.src));
                    let idx = self.declare_anonymous(node, body, encl, base);
                    self.walk(body, Some(idx), false, in_error);
                    return;
                }
            }
            "enum_constant" => {
                if let Some(encl) = current {
                    self.enum_constant(node, encl, in_error);
                    return;
                }
            }
            "compact_constructor_declaration"
                if !in_code
                    && current.is_none_or(|t| self.decls.types[t].kind != SymbolKind::Record) =>
            {
                // `else { ... }` left in a class body parses as a record's compact constructor.
                let name = field(node, "name").map_or("", |n| text(n, self.src));
                self.decls.misplaced.push((
                    (node.start_byte(), node.end_byte()),
                    format!("syntax error: `{name} {{ … }}` is not a valid member of a class"),
                ));
                self.walk_children(node, current, true, in_error);
                return;
            }
            "method_declaration"
            | "constructor_declaration"
            | "compact_constructor_declaration"
            | "field_declaration"
            | "constant_declaration"
                if !in_code && current.is_none() =>
            {
                // A member outside any class: an extra `}` closed the class early. Give it back
                // to the last top-level type so calls from it still count.
                let owner = self.decls.types.iter().rposition(|t| t.outer.is_none());
                let name = field(node, "name").map_or("", |n| text(n, self.src));
                self.decls.misplaced.push((
                    (node.start_byte(), node.start_byte()),
                    format!(
                        "syntax error: `{name}` is outside any class; an extra `}}` above probably \
                         closes the class early"
                    ),
                ));
                if let Some(owner) = owner {
                    self.decls.stray_members.push((node.start_byte(), owner));
                    self.walk(node, Some(owner), false, in_error);
                } else {
                    self.walk_children(node, None, true, in_error);
                }
                return;
            }
            "method_declaration"
            | "constructor_declaration"
            | "compact_constructor_declaration"
                if !in_code =>
            {
                if let Some(t) = current {
                    self.method(node, t);
                }
                self.walk_children(node, current, true, in_error);
                return;
            }
            "field_declaration" | "constant_declaration" if !in_code => {
                if let Some(t) = current {
                    self.fields(node, t, kind == "constant_declaration");
                }
                self.walk_children(node, current, true, in_error);
                return;
            }
            "static_initializer" if !in_code => {
                if let Some(t) = current {
                    self.decls.types[t].needs_clinit = true;
                    let measured = metrics::measure(Some(node));
                    let block = (node.start_byte(), node.end_byte());
                    self.decls.types[t].static_blocks.push((block, measured));
                }
                self.walk_children(node, current, true, in_error);
                return;
            }
            "block" if !in_code => {
                // Instance initializer block directly in a class body.
                self.walk_children(node, current, true, in_error);
                return;
            }
            _ => {}
        }
        self.walk_children(node, current, in_code, in_error);
    }

    fn walk_children(&mut self, node: Node, current: Option<usize>, in_code: bool, in_error: bool) {
        let mut cursor = node.walk();
        if !cursor.goto_first_child() {
            return;
        }
        loop {
            let child = cursor.node();
            self.walk(child, current, in_code, in_error);
            if !cursor.goto_next_sibling() {
                break;
            }
        }
    }

    fn import(&mut self, node: Node) {
        let raw = squash(text(node, self.src));
        let body = raw
            .strip_prefix("import")
            .unwrap_or(&raw)
            .trim_end_matches(';');
        let (is_static, name) = match body.strip_prefix("static") {
            Some(rest) if rest.contains('.') => (true, rest),
            _ => (false, body),
        };
        let imports = &mut self.decls.imports;
        if let Some(prefix) = name.strip_suffix(".*") {
            if is_static {
                imports.static_on_demand.push(prefix.to_string());
            } else {
                imports.on_demand.push(prefix.to_string());
            }
        } else if let Some((owner, member)) = name.rsplit_once('.') {
            if is_static {
                imports
                    .static_single
                    .push((member.to_string(), owner.to_string()));
            } else {
                imports.single.push((member.to_string(), name.to_string()));
            }
        }
    }

    fn declare_type(&mut self, node: Node, current: Option<usize>, in_code: bool) -> usize {
        let src = self.src;
        let kind = match node.kind() {
            "interface_declaration" => SymbolKind::Interface,
            "enum_declaration" => SymbolKind::Enum,
            "record_declaration" => SymbolKind::Record,
            "annotation_type_declaration" => SymbolKind::Annotation,
            _ => SymbolKind::Class,
        };
        let name_node = field(node, "name");
        let simple_name = name_node.map_or("", |n| text(n, src)).to_string();
        let name_span = name_node.map_or((node.start_byte(), node.start_byte()), |n| {
            (n.start_byte(), n.end_byte())
        });
        let (binary_name, source_name, local) = match current {
            None => {
                let qualified = qualify(&self.decls.package, &simple_name);
                (qualified.clone(), Some(qualified), false)
            }
            Some(outer) if !in_code => {
                let o = &self.decls.types[outer];
                (
                    format!("{}${}", o.binary_name, simple_name),
                    o.source_name.as_ref().map(|s| format!("{s}.{simple_name}")),
                    false,
                )
            }
            Some(outer) => (self.local_name(outer, &simple_name), None, true),
        };
        let mut superclass = None;
        let mut interfaces = Vec::new();
        if let Some(sc) = field(node, "superclass") {
            superclass = named_children(sc).first().map(|t| type_syntax(*t, src));
        }
        let interface_lists = named_children(node)
            .into_iter()
            .filter(|c| matches!(c.kind(), "super_interfaces" | "extends_interfaces"));
        for list in interface_lists {
            for type_list in named_children(list) {
                for t in named_children(type_list) {
                    interfaces.push(type_syntax(t, src));
                }
            }
        }
        let type_params = field(node, "type_parameters")
            .map(|tp| type_parameter_names(tp, src))
            .unwrap_or_default();
        let type_param_bounds = field(node, "type_parameters")
            .map(|tp| type_parameter_bounds(tp, src))
            .unwrap_or_default();
        let needs_clinit = kind == SymbolKind::Enum;
        self.decls.types.push(TypeDecl {
            binary_name,
            source_name,
            simple_name,
            kind,
            outer: current,
            anonymous: false,
            local,
            superclass,
            interfaces,
            anonymous_base: None,
            type_params,
            type_param_bounds,
            fields: Vec::new(),
            methods: Vec::new(),
            enum_constants: Vec::new(),
            needs_clinit,
            span: (node.start_byte(), node.end_byte()),
            name_span,
            key: node.start_byte(),
            static_blocks: Vec::new(),
        });
        self.decls.types.len() - 1
    }

    /// javac's name for a local (`Outer$1Helper`) or anonymous (`Outer$1`) class.
    fn local_name(&mut self, outer: usize, simple_name: &str) -> String {
        let counter = self
            .local_counters
            .entry((outer, simple_name.to_string()))
            .or_insert(0);
        *counter += 1;
        format!(
            "{}${}{}",
            self.decls.types[outer].binary_name, counter, simple_name
        )
    }

    fn declare_anonymous(
        &mut self,
        creation: Node,
        body: Node,
        outer: usize,
        base: Option<TypeSyntax>,
    ) -> usize {
        let binary_name = self.local_name(outer, "");
        let start = creation.start_byte();
        self.decls.types.push(TypeDecl {
            binary_name,
            source_name: None,
            simple_name: String::new(),
            kind: SymbolKind::Class,
            outer: Some(outer),
            anonymous: true,
            local: true,
            superclass: None,
            interfaces: Vec::new(),
            anonymous_base: base,
            type_params: Vec::new(),
            type_param_bounds: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            enum_constants: Vec::new(),
            needs_clinit: false,
            span: (start, creation.end_byte()),
            name_span: (start, body.start_byte()),
            key: body.start_byte(),
            static_blocks: Vec::new(),
        });
        self.decls.types.len() - 1
    }

    fn enum_constant(&mut self, node: Node, enum_idx: usize, in_error: bool) {
        let src = self.src;
        let name_node = field(node, "name");
        let name = name_node.map_or("", |n| text(n, src)).to_string();
        let span = (node.start_byte(), node.end_byte());
        let name_span = name_node.map_or(span, |n| (n.start_byte(), n.end_byte()));
        let enum_name = self.decls.types[enum_idx].simple_name.clone();
        self.decls.types[enum_idx].fields.push(FieldDecl {
            name: name.clone(),
            ty: TypeSyntax::named(&enum_name),
            is_static: true,
            is_final: true,
            span,
            name_span,
            constant: None,
        });
        if let Some(args) = field(node, "arguments") {
            self.walk(args, Some(enum_idx), true, in_error);
        }
        let body = field(node, "body").map(|body| {
            let idx =
                self.declare_anonymous(node, body, enum_idx, Some(TypeSyntax::named(&enum_name)));
            self.walk(body, Some(idx), false, in_error);
            idx
        });
        self.decls.types[enum_idx]
            .enum_constants
            .push(EnumConstantDecl { name, span, body });
    }

    fn method(&mut self, node: Node, owner: usize) {
        let src = self.src;
        let is_constructor = node.kind() != "method_declaration";
        let name_node = field(node, "name");
        let name = if is_constructor {
            "<init>".to_string()
        } else {
            name_node.map_or("", |n| text(n, src)).to_string()
        };
        let mut params = Vec::new();
        let mut param_names = Vec::new();
        let mut varargs = false;
        let param_list = field(node, "parameters").or_else(|| {
            // Compact record constructors take the record's parameters.
            (node.kind() == "compact_constructor_declaration")
                .then(|| {
                    node.parent()
                        .and_then(|b| b.parent())
                        .and_then(|r| field(r, "parameters"))
                })
                .flatten()
        });
        if let Some(list) = param_list {
            for p in named_children(list) {
                match p.kind() {
                    "formal_parameter" => {
                        let mut ty = field(p, "type")
                            .map(|t| type_syntax(t, src))
                            .unwrap_or_default();
                        if let Some(d) = field(p, "dimensions") {
                            ty.dims += text(d, src).matches('[').count() as u8;
                        }
                        params.push(ty);
                        param_names.push(field(p, "name").map_or("", |n| text(n, src)).to_string());
                    }
                    "spread_parameter" => {
                        varargs = true;
                        let children = named_children(p);
                        let mut ty = children
                            .iter()
                            .find(|c| {
                                !matches!(
                                    c.kind(),
                                    "modifiers"
                                        | "annotation"
                                        | "marker_annotation"
                                        | "variable_declarator"
                                )
                            })
                            .map(|t| type_syntax(*t, src))
                            .unwrap_or_default();
                        ty.dims += 1;
                        params.push(ty);
                        let name = children
                            .iter()
                            .find(|c| c.kind() == "variable_declarator")
                            .and_then(|d| field(*d, "name"))
                            .map_or("", |n| text(n, src));
                        param_names.push(name.to_string());
                    }
                    _ => {}
                }
            }
        }
        let is_static = has_modifier(node, src, "static");
        let returns = if is_constructor {
            None
        } else {
            field(node, "type").map(|t| type_syntax(t, src))
        };
        let type_params = field(node, "type_parameters")
            .map(|tp| type_parameter_names(tp, src))
            .unwrap_or_default();
        let span = (node.start_byte(), node.end_byte());
        let name_span = name_node.map_or(span, |n| (n.start_byte(), n.end_byte()));
        let delegates_to_this = is_constructor
            && field(node, "body")
                .and_then(|b| {
                    named_children(b)
                        .into_iter()
                        .find(|c| c.kind() != "line_comment" && c.kind() != "block_comment")
                })
                .filter(|first| first.kind() == "explicit_constructor_invocation")
                .and_then(|inv| field(inv, "constructor"))
                .is_some_and(|c| c.kind() == "this");
        self.decls.types[owner].methods.push(MethodDecl {
            name,
            params,
            param_names,
            varargs,
            returns,
            is_static,
            type_params,
            span,
            name_span,
            key: node.start_byte(),
            delegates_to_this,
            complexity: metrics::measure(field(node, "body")),
        });
    }

    fn fields(&mut self, node: Node, owner: usize, in_interface: bool) {
        let src = self.src;
        let Some(type_node) = field(node, "type") else {
            return;
        };
        let base_ty = type_syntax(type_node, src);
        let is_interface = in_interface || self.decls.types[owner].kind == SymbolKind::Interface;
        let is_static = is_interface || has_modifier(node, src, "static");
        let is_final = is_interface || has_modifier(node, src, "final");
        let mut cursor = node.walk();
        let declarators: Vec<_> = node
            .children_by_field_name("declarator", &mut cursor)
            .collect();
        for decl in declarators {
            let Some(name_node) = field(decl, "name") else {
                continue;
            };
            let mut ty = base_ty.clone();
            if let Some(d) = field(decl, "dimensions") {
                ty.dims += text(d, src).matches('[').count() as u8;
            }
            let value = field(decl, "value");
            if is_static && value.is_some_and(has_computation) {
                self.decls.types[owner].needs_clinit = true;
            }
            let constant = match value {
                Some(v) if is_final && ty.name == "String" && ty.dims == 0 => {
                    Some(StrExpr::from_node(v, src))
                }
                _ => None,
            };
            self.decls.types[owner].fields.push(FieldDecl {
                name: text(name_node, src).to_string(),
                ty,
                is_static,
                is_final,
                span: (node.start_byte(), node.end_byte()),
                name_span: (name_node.start_byte(), name_node.end_byte()),
                constant,
            });
        }
    }
}

/// Whether an initializer runs code (calls, allocations) rather than being a constant.
/// Iterative: initializers of generated code can be thousands of levels deep.
fn has_computation(node: Node) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if matches!(
            n.kind(),
            "method_invocation"
                | "object_creation_expression"
                | "array_creation_expression"
                | "array_initializer"
                | "lambda_expression"
                | "method_reference"
        ) {
            return true;
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    false
}

/// The first bound of each type parameter (`E extends Entity<K>` → `Entity<K>`).
pub fn type_parameter_bounds(node: Node, src: &str) -> Vec<Option<TypeSyntax>> {
    named_children(node)
        .into_iter()
        .filter(|c| c.kind() == "type_parameter")
        .map(|tp| {
            named_children(tp)
                .into_iter()
                .find(|c| c.kind() == "type_bound")
                .and_then(|b| named_children(b).into_iter().next())
                .map(|t| type_syntax(t, src))
        })
        .collect()
}

pub fn type_parameter_names(node: Node, src: &str) -> Vec<String> {
    named_children(node)
        .into_iter()
        .filter(|c| c.kind() == "type_parameter")
        .filter_map(|tp| {
            named_children(tp)
                .into_iter()
                .find(|c| matches!(c.kind(), "type_identifier" | "identifier"))
                .map(|n| text(n, src).to_string())
        })
        .collect()
}

fn qualify(package: &str, name: &str) -> String {
    if package.is_empty() {
        name.to_string()
    } else {
        format!("{package}.{name}")
    }
}

/// Removes whitespace and comments from a dotted name as written (`com . acme /*x*/ .Foo`).
fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("/*") {
            rest = r.find("*/").map_or("", |i| &r[i + 2..]);
        } else if let Some(r) = rest.strip_prefix("//") {
            rest = r.find('\n').map_or("", |i| &r[i..]);
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            if !c.is_whitespace() {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decls(src: &str) -> FileDecls {
        let tree = super::super::parse(src).expect("parses");
        collect(tree.root_node(), src)
    }

    #[test]
    fn binary_names_follow_javac() {
        let src = r#"
package com.acme;
import java.util.*;
import static com.acme.util.Money.round;
public class Outer {
    static class Nested { class Deeper {} }
    Runnable a = new Runnable() { public void run() { new Object() {}; } };
    void m() {
        class Helper {}
        Runnable b = new Runnable() { public void run() {} };
        class Other {}
    }
    void n() { class Helper {} }
}
enum Color { RED { int f() { return 1; } }, GREEN; Color() {} }
"#;
        let d = decls(src);
        let names: Vec<_> = d.types.iter().map(|t| t.binary_name.as_str()).collect();
        assert_eq!(
            names,
            [
                "com.acme.Outer",
                "com.acme.Outer$Nested",
                "com.acme.Outer$Nested$Deeper",
                "com.acme.Outer$1",
                "com.acme.Outer$1$1",
                "com.acme.Outer$1Helper",
                "com.acme.Outer$2",
                "com.acme.Outer$1Other",
                "com.acme.Outer$2Helper",
                "com.acme.Color",
                "com.acme.Color$1",
            ]
        );
        assert_eq!(d.package, "com.acme");
        assert_eq!(d.imports.on_demand, ["java.util"]);
        assert_eq!(
            d.imports.static_single,
            [("round".to_string(), "com.acme.util.Money".to_string())]
        );
        let color = &d.types[9];
        assert_eq!(color.enum_constants.len(), 2);
        assert_eq!(color.enum_constants[0].body, Some(10));
        assert!(color.needs_clinit);
    }

    #[test]
    fn methods_fields_and_signatures() {
        let src = r#"
class Calc<T> extends Base<T> implements Api, Other<String> {
    private static final String SQL = "SELECT * FROM CLAIM" + WHERE;
    int[] totals, more[];
    Calc(int a) { this(a, "x"); }
    Calc(int a, String... rest) {}
    public static <R> java.util.List<R> total(Map.Entry<String, R> e, int[] xs) { return null; }
}
"#;
        let d = decls(src);
        let t = &d.types[0];
        assert_eq!(t.superclass.as_ref().unwrap().name, "Base");
        assert_eq!(t.interfaces.len(), 2);
        assert_eq!(t.type_params, ["T"]);
        let sigs: Vec<_> = t
            .methods
            .iter()
            .map(|m| format!("{}{}", m.name, m.signature()))
            .collect();
        assert_eq!(
            sigs,
            ["<init>(int)", "<init>(int,String...)", "total(Entry,int[])"]
        );
        assert_eq!(t.methods[2].type_params, ["R"]);
        assert!(t.methods[2].is_static);
        let fields: Vec<_> = t
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.ty.dims))
            .collect();
        assert_eq!(fields, [("SQL", 0), ("totals", 1), ("more", 2)]);
        assert!(t.fields[0].constant.is_some());
        assert!(!t.needs_clinit);
    }

    #[test]
    fn syntax_errors_are_recorded_and_declarations_survive() {
        let src = "class A { void ok() {} void broken( { int x = ; } void after() {} }";
        let d = decls(src);
        assert!(!d.syntax_errors.is_empty());
        assert!(d.types[0].methods.iter().any(|m| m.name == "ok"));
    }
}
