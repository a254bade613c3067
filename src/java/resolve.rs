//! Java step 3: walks every body of one file, types each expression, and binds each call,
//! instantiation and explicit constructor call to the method javac would pick.
//!
//! Receiver types come from locals, parameters, fields (inherited too), `this`/`super`, static
//! type names and imports, declared return types of chained calls (with generic substitution)
//! and casts. Implicit calls javac emits are added too: `super()` from constructors, default
//! constructors, anonymous classes' constructors, enum constants from `<clinit>`, `iterator()`
//! of for-each loops and `close()` of try-with-resources over project types. Strings reaching
//! JDBC calls are evaluated into SQL and turned into table references.

use std::collections::{HashMap, HashSet};

use tree_sitter::Node;

use super::JavaUnit;
use super::jdk;
use super::strings::{UNKNOWN_PART, is_plus, looks_like_sql};
use super::syntax::{field, named_children, string_literal_value, text, type_syntax};
use super::types::{
    JType, MethodInfo, MethodLookup, NameScope, TypeId, TypeRef, TypeTable, apply_subst,
};
use crate::model::{
    ConditionSite, DataFlow, FlowEnd, FlowKind, RefKind, RefTarget, Span, SymbolId, SymbolKind,
};
use crate::sql::{self, TableAccess};

/// JDBC methods whose first argument is SQL text.
const SQL_SINKS: &[&str] = &[
    "prepareStatement",
    "prepareCall",
    "executeQuery",
    "executeUpdate",
    "execute",
    "addBatch",
    "executeLargeUpdate",
];

/// A reference found in a body, not yet added to the model.
#[derive(Debug, Clone)]
pub struct FoundRef {
    pub from: SymbolId,
    pub target: FoundTarget,
    pub kind: RefKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum FoundTarget {
    Ref(RefTarget),
    /// A DB table by name (the model creates or finds its symbol).
    Table(String),
    /// A stored procedure called through JDBC (`{call BENLIB.ELIGCHK(?)}`): bound to the COBOL
    /// program of that name when the project has one (DB2 stored procedures are often COBOL).
    Routine(String),
}

/// A call to a project method passing a string that may be SQL (or a parameter of the caller),
/// kept so SQL passed through helper methods reaches the caller.
#[derive(Debug, Clone)]
pub struct SqlArgument {
    pub from: SymbolId,
    pub callee: SymbolId,
    pub arg: usize,
    pub value: String,
    pub span: Span,
}

/// What resolving one file produced.
#[derive(Debug, Default)]
pub struct Resolution {
    pub refs: Vec<FoundRef>,
    pub sql_arguments: Vec<SqlArgument>,
    /// (method, parameter index) pairs whose value reaches a JDBC call.
    pub sql_parameters: Vec<(SymbolId, usize)>,
    /// Values moved by assignments, field writes, arguments and returns, in source order.
    pub flows: Vec<DataFlow>,
    /// `if` and `switch` conditions of method bodies, for the rule miner.
    pub conditions: Vec<ConditionSite>,
}

/// Resolves every body of a registered unit.
pub fn resolve(table: &TypeTable, unit: &JavaUnit) -> Resolution {
    let mut r = Resolver {
        table,
        unit,
        src: &unit.text,
        out: Resolution::default(),
        scopes: Vec::new(),
        local_types: Vec::new(),
        caller: None,
        type_vars: Vec::new(),
        lambda_hint: None,
        type_var_bounds: Vec::new(),
        depth: 0,
        string_depth: std::cell::Cell::new(0),
        sources: Vec::new(),
        scratch: Vec::new(),
        arg_marks: Vec::new(),
        flow_vars: Vec::new(),
        declared: HashSet::new(),
        lambda_depth: 0,
    };
    let root = unit.tree.root_node();
    r.visit_declarations(root);
    r.out
}

/// Marker standing for a method's `i`-th string parameter inside a tracked value.
fn param_marker(i: usize) -> String {
    format!("__PARAM{i}__")
}

fn param_markers_in(value: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = value;
    while let Some(pos) = rest.find("__PARAM") {
        let after = &rest[pos + 7..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && after[digits.len()..].starts_with("__") {
            if let Ok(i) = digits.parse() {
                found.push(i);
            }
        }
        rest = &rest[pos + 7..];
    }
    found
}

/// Replaces parameter markers with the unknown-part placeholder before SQL analysis.
pub fn strip_param_markers(value: &str) -> String {
    let mut out = value.to_string();
    for i in param_markers_in(value) {
        out = out.replace(&param_marker(i), UNKNOWN_PART);
    }
    out
}

/// Table references made by running `sql` from `from`.
pub fn sql_table_refs(from: SymbolId, sql_text: &str, span: Span) -> Vec<FoundRef> {
    let text = strip_param_markers(sql_text);
    let routine = sql::called_routine(&text)
        .filter(|r| !r.contains(UNKNOWN_PART))
        .map(|r| FoundRef {
            from,
            target: FoundTarget::Routine(r),
            kind: RefKind::Call,
            span,
        });
    let statement = sql::analyze(&text);
    statement
        .tables
        .iter()
        .filter_map(|t| {
            let kind = match t.access {
                TableAccess::Read => RefKind::SqlSelect,
                TableAccess::Insert => RefKind::SqlInsert,
                TableAccess::Update => RefKind::SqlUpdate,
                TableAccess::Delete => RefKind::SqlDelete,
                TableAccess::Ddl => return None,
            };
            let name = t.base_name().to_string();
            (!name.is_empty() && !name.contains(UNKNOWN_PART)).then_some(FoundRef {
                from,
                target: FoundTarget::Table(name),
                kind,
                span,
            })
        })
        .chain(routine)
        .collect()
}

#[derive(Debug, Clone, Default)]
struct Local {
    ty: JType,
    /// Tracked string value (String locals) or buffer content (StringBuffer/Builder locals).
    value: Option<String>,
    /// Index of the variable in [`Resolver::flow_vars`]; `None` outside any method.
    flow: Option<u32>,
}

impl Local {
    fn new(ty: JType, value: Option<String>) -> Local {
        Local {
            ty,
            value,
            flow: None,
        }
    }
}

/// A variable found by name: its type, tracked string value, the type declaring it (fields
/// reached as static fields) and what reading it means for data flow.
type VarLookup = (JType, Option<String>, Option<TypeId>, Option<Src>);

/// Something an expression reads, as a data-flow source (`Copy`, kept on a stack).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Src {
    /// A parameter or local: index in [`Resolver::flow_vars`].
    Var(u32),
    /// A project field.
    Field(SymbolId),
    /// The value returned by a project method.
    Call(SymbolId),
}

/// A parameter or local variable as a data-flow end.
struct FlowVar {
    owner: SymbolId,
    name: String,
}

/// Where a data flow goes.
#[derive(Clone, Copy)]
enum Dest<'t> {
    /// A local, a field, or (as [`Src::Call`]) a method's return value.
    End(Src),
    /// A parameter of a called method, by its flow name.
    Param(SymbolId, &'t str),
}

#[derive(Debug, Default)]
struct Scope {
    vars: Vec<(String, Local)>,
    /// Set when this scope is a class body: names then fall back to its fields.
    class: Option<TypeId>,
    local_types_len: usize,
}

/// What a receiver expression denotes.
enum Receiver {
    Value(JType),
    Type(TypeRef),
    Package(String),
}

struct Resolver<'a> {
    table: &'a TypeTable,
    unit: &'a JavaUnit,
    src: &'a str,
    out: Resolution,
    scopes: Vec<Scope>,
    local_types: Vec<(String, TypeId)>,
    caller: Option<SymbolId>,
    type_vars: Vec<String>,
    /// Type for the untyped parameters of the next lambda: the element type of the collection
    /// the enclosing call works on (`Collections.sort(claims, (a, b) -> ...)`).
    lambda_hint: Option<JType>,
    /// Bounds of the current method's type parameters.
    type_var_bounds: Vec<(String, JType)>,
    /// Current nesting of `eval` (deep generated expressions stop at a limit).
    depth: u32,
    /// Current nesting of `string_value`.
    string_depth: std::cell::Cell<u32>,
    /// What the expressions being evaluated read, innermost last. An expression's sources are
    /// the entries pushed while it is evaluated; statements drop theirs when they end.
    sources: Vec<Src>,
    /// Reused buffer for de-duplicating sources.
    scratch: Vec<Src>,
    /// Start of each argument's sources in `sources`, for the calls being evaluated.
    arg_marks: Vec<usize>,
    /// Every parameter and local of the file met so far, by flow index.
    flow_vars: Vec<FlowVar>,
    /// Local names already declared per method, for `name@line` on redeclarations.
    declared: HashSet<(SymbolId, &'a str)>,
    /// Lambda bodies being evaluated: `return` there leaves the lambda, not the method.
    lambda_depth: u32,
}

const TYPE_DECLARATIONS: &[&str] = &[
    "class_declaration",
    "interface_declaration",
    "enum_declaration",
    "record_declaration",
    "annotation_type_declaration",
];

impl<'a> Resolver<'a> {
    // ----- scopes -------------------------------------------------------------------------

    fn push_scope(&mut self, class: Option<TypeId>) {
        self.scopes.push(Scope {
            vars: Vec::new(),
            class,
            local_types_len: self.local_types.len(),
        });
    }

    fn pop_scope(&mut self) {
        if let Some(scope) = self.scopes.pop() {
            self.local_types.truncate(scope.local_types_len);
        }
    }

    fn declare_named(&mut self, name: &str, local: Local) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.vars.push((name.to_string(), local));
        }
    }

    /// Declares a local variable (or lambda parameter) of the current method; its flow name is
    /// its name, or `name@line` when the method already declared that name.
    fn declare(&mut self, name_node: Node, mut local: Local) -> Option<u32> {
        let name: &'a str = text(name_node, self.src);
        if let Some(owner) = self.caller {
            let flow_name = if self.declared.insert((owner, name)) {
                name.to_string()
            } else {
                let (line, _) = self.unit.lines.line_col(self.src, name_node.start_byte());
                format!("{name}@{line}")
            };
            local.flow = Some(self.flow_var(owner, flow_name));
        }
        let flow = local.flow;
        self.declare_named(name, local);
        flow
    }

    fn flow_var(&mut self, owner: SymbolId, name: String) -> u32 {
        self.flow_vars.push(FlowVar { owner, name });
        (self.flow_vars.len() - 1) as u32
    }

    fn current_class(&self) -> Option<TypeId> {
        self.scopes.iter().rev().find_map(|s| s.class)
    }

    fn enclosing_classes(&self) -> Vec<TypeId> {
        let mut out: Vec<TypeId> = self.scopes.iter().rev().filter_map(|s| s.class).collect();
        // Outer classes not on the scope stack (cannot normally happen, but stay safe).
        if let Some(&last) = out.last() {
            let mut outer = self.table.get(last).outer;
            while let Some(o) = outer {
                out.push(o);
                outer = self.table.get(o).outer;
            }
        }
        out
    }

    fn name_scope(&self) -> NameScope<'_> {
        NameScope {
            ctx: self.unit.ctx,
            enclosing: self.current_class(),
            type_vars: &self.type_vars,
            local_types: &self.local_types,
        }
    }

    fn resolve_type_node(&self, node: Node) -> JType {
        let ts = type_syntax(node, self.src);
        self.table.resolve_type(&ts, self.name_scope())
    }

    fn self_type(&self, id: TypeId) -> JType {
        self.table.get(id).self_type(id)
    }

    /// A variable by simple name: locals, then fields of each enclosing class (inner first),
    /// then statically imported fields. Returns its type, tracked string value, the type
    /// declaring it (static fields) and what reading it means for data flow.
    fn lookup_var(&self, name: &str) -> Option<VarLookup> {
        for scope in self.scopes.iter().rev() {
            if let Some((_, local)) = scope.vars.iter().rev().find(|(n, _)| n == name) {
                return Some((
                    local.ty.clone(),
                    local.value.clone(),
                    None,
                    local.flow.map(Src::Var),
                ));
            }
            if let Some(class) = scope.class {
                let info = self.table.get(class);
                let args = match info.self_type(class) {
                    JType::Project(_, a) => a,
                    _ => Vec::new(),
                };
                if let Some((f, subst)) = self.table.find_field(class, &args, name) {
                    let owner = self.table.static_field(name, class).map(|(o, _)| o);
                    return Some((
                        apply_subst(&subst, &f.ty),
                        None,
                        owner,
                        Some(Src::Field(f.symbol)),
                    ));
                }
            }
        }
        let (owner, field_name) = self.table.static_import_field(self.unit.ctx, name)?;
        let f = self.table.get(owner).fields.get(&field_name)?;
        Some((f.ty.clone(), None, Some(owner), Some(Src::Field(f.symbol))))
    }

    fn local_mut(&mut self, name: &str) -> Option<&mut Local> {
        for scope in self.scopes.iter_mut().rev() {
            if let Some((_, local)) = scope.vars.iter_mut().rev().find(|(n, _)| n == name) {
                return Some(local);
            }
            if scope.class.is_some() {
                // Fields shadow outer locals only for their own names; keep looking outward.
                continue;
            }
        }
        None
    }

    // ----- output -------------------------------------------------------------------------

    fn span(&self, start: usize, end: usize) -> Span {
        Span::from_offsets(self.unit.file, self.src, &self.unit.lines, start, end)
    }

    /// Records the condition of an `if` or `switch` in a body (PRODUCT.md §4: rule mining).
    fn condition_site(&mut self, node: Node) {
        let (Some(owner), Some(cond)) = (self.caller, field(node, "condition")) else {
            return;
        };
        let written = text(cond, self.src);
        let inner = written
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(written);
        let condition = inner.split_whitespace().collect::<Vec<_>>().join(" ");
        if condition.is_empty() {
            return;
        }
        let statement = self.node_span(node);
        let is_if = node.kind() == "if_statement";
        // `if`: the statement run when the condition holds and the one after `else`.
        let branch = |name: &str| {
            if is_if {
                field(node, name).map(|n| self.node_span(n))
            } else {
                None
            }
        };
        self.out.conditions.push(ConditionSite {
            owner,
            kind: if is_if { "if" } else { "switch" },
            span: self.node_span(cond),
            text: condition,
            statement: Some(statement),
            guarded: Some(statement),
            consequence: branch("consequence"),
            alternative: branch("alternative"),
        });
    }

    fn node_span(&self, node: Node) -> Span {
        self.span(node.start_byte(), node.end_byte())
    }

    fn emit(&mut self, target: RefTarget, kind: RefKind, span: Span) {
        if let Some(from) = self.caller {
            self.out.refs.push(FoundRef {
                from,
                target: FoundTarget::Ref(target),
                kind,
                span,
            });
        }
    }

    fn emit_lookup(
        &mut self,
        lookup: &MethodLookup,
        fallback_name: String,
        kind: RefKind,
        span: Span,
    ) {
        let target = match lookup {
            MethodLookup::Found { method, .. } => RefTarget::Symbol { id: method.symbol },
            MethodLookup::External => RefTarget::External {
                name: fallback_name,
            },
            MethodLookup::NotFound => RefTarget::Unresolved {
                name: fallback_name,
            },
        };
        self.emit(target, kind, span);
    }

    // ----- data flow ----------------------------------------------------------------------

    fn flow_end(&self, src: Src) -> FlowEnd {
        match src {
            Src::Var(i) => {
                let var = &self.flow_vars[i as usize];
                FlowEnd::Local {
                    owner: var.owner,
                    name: var.name.clone(),
                }
            }
            Src::Field(id) | Src::Call(id) => FlowEnd::Symbol { id },
        }
    }

    /// Records a flow from each distinct source pushed since `mark` to `dest`, made by the
    /// code between byte offsets `range`, in the current method. A called method's result
    /// flows as [`FlowKind::Return`] whatever `kind` is.
    fn flows_from(&mut self, mark: usize, dest: Dest, kind: FlowKind, range: (usize, usize)) {
        let end = self.sources.len();
        if let Some(owner) = self.caller {
            self.flows_between(owner, (mark, end), dest, kind, range, &mut None);
        }
    }

    /// Like [`Self::flows_from`] for the sources in `sources[from..to]`, with an explicit owner
    /// and a span computed at most once per statement.
    fn flows_between(
        &mut self,
        owner: SymbolId,
        (from, to): (usize, usize),
        dest: Dest,
        kind: FlowKind,
        (start, end): (usize, usize),
        span: &mut Option<Span>,
    ) {
        if from >= to {
            return;
        }
        let mut distinct = std::mem::take(&mut self.scratch);
        distinct.clear();
        distinct.extend_from_slice(&self.sources[from..to]);
        if distinct.len() > 1 {
            distinct.sort_unstable();
            distinct.dedup();
        }
        let span = *span.get_or_insert_with(|| self.span(start, end));
        let target = match dest {
            Dest::End(t) => self.flow_end(t),
            Dest::Param(method, name) => FlowEnd::Local {
                owner: method,
                name: name.to_string(),
            },
        };
        self.out.flows.reserve(distinct.len());
        for &src in &distinct {
            let kind = if matches!(src, Src::Call(_)) {
                FlowKind::Return
            } else {
                kind
            };
            self.out.flows.push(DataFlow {
                source: self.flow_end(src),
                target: target.clone(),
                kind,
                owner,
                span: Some(span),
            });
        }
        self.scratch = distinct;
    }

    /// Evaluates call arguments, remembering where each one's sources start in `arg_marks`
    /// (one entry per argument plus the end). The caller truncates `arg_marks` afterwards.
    fn eval_arguments_marked(&mut self, args: Node) -> Vec<JType> {
        let mut types = Vec::new();
        let mut cursor = args.walk();
        for a in args.named_children(&mut cursor) {
            if a.kind().ends_with("comment") {
                continue;
            }
            self.arg_marks.push(self.sources.len());
            types.push(self.eval(a));
        }
        self.arg_marks.push(self.sources.len());
        types
    }

    /// Each argument (marked from `marks_base` in `arg_marks`) flows to the parameter of
    /// `method` at the same position; extra arguments of a varargs call to the last one.
    /// `range` is the call as references show it (from the method name for `a.b().m(x)`).
    fn argument_flows(&mut self, method: &'a MethodInfo, marks_base: usize, range: (usize, usize)) {
        let Some(owner) = self.caller else {
            return;
        };
        let params = method.param_flow_names.len();
        let marks = self.arg_marks.len().saturating_sub(marks_base);
        if params == 0 || marks < 2 {
            return;
        }
        let mut span = None;
        for i in 0..marks - 1 {
            let param = if method.varargs && i >= params - 1 {
                params - 1
            } else if i < params {
                i
            } else {
                break;
            };
            let sources = (
                self.arg_marks[marks_base + i],
                self.arg_marks[marks_base + i + 1],
            );
            self.flows_between(
                owner,
                sources,
                Dest::Param(method.symbol, &method.param_flow_names[param]),
                FlowKind::Argument,
                range,
                &mut span,
            );
        }
    }

    /// The variable or field an assignment writes (`x`, `this.f`, `obj.f`, `C.f`, `a[i]` writes
    /// `a`), with its type. Evaluates the target's sub-expressions without keeping their reads.
    fn assign_target(&mut self, node: Node) -> (JType, Option<Src>) {
        let mark = self.sources.len();
        let result = match node.kind() {
            "identifier" => match self.lookup_var(text(node, self.src)) {
                Some((ty, _, _, src)) => (ty, src),
                None => (JType::Unknown, None),
            },
            "field_access" => {
                let (receiver, symbol) = self.field_access(node);
                let ty = match receiver {
                    Receiver::Value(t) => t,
                    _ => JType::Unknown,
                };
                (ty, symbol.map(Src::Field))
            }
            "array_access" => {
                let (array, target) = field(node, "array")
                    .map(|a| self.assign_target(a))
                    .unwrap_or_default();
                if let Some(i) = field(node, "index") {
                    self.eval(i);
                }
                let element = match array {
                    JType::Array(inner) => *inner,
                    _ => JType::Unknown,
                };
                (element, target)
            }
            "parenthesized_expression" => match named_children(node)
                .into_iter()
                .rev()
                .find(|c| !c.kind().ends_with("comment"))
            {
                Some(inner) => self.assign_target(inner),
                None => (JType::Unknown, None),
            },
            _ => (self.eval(node), None),
        };
        self.sources.truncate(mark);
        result
    }

    // ----- declarations -------------------------------------------------------------------

    fn visit_declarations(&mut self, node: Node) {
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            if TYPE_DECLARATIONS.contains(&child.kind()) {
                if let Some(&id) = self.unit.type_by_key.get(&child.start_byte()) {
                    self.visit_type(child, id);
                }
            } else if let Some(&(_, owner)) = self
                .unit
                .decls
                .stray_members
                .iter()
                .find(|(key, _)| *key == child.start_byte())
            {
                let id = self.unit.type_ids[owner];
                let saved = self.caller;
                self.push_scope(Some(id));
                self.visit_member(child, id);
                self.pop_scope();
                self.caller = saved;
            } else if child.kind() == "ERROR" {
                self.visit_declarations(child);
            }
        }
    }

    /// Visits a type declaration (or an anonymous class body) and everything in it.
    fn visit_type(&mut self, node: Node, id: TypeId) {
        let saved_caller = self.caller;
        let saved_vars = std::mem::take(&mut self.type_vars);
        // The class's own code: its `return`s are its methods', its reads no part of the
        // expression around an anonymous class.
        let saved_lambda_depth = std::mem::replace(&mut self.lambda_depth, 0);
        let mark = self.sources.len();
        self.push_scope(Some(id));
        let body = if node.kind() == "class_body" {
            Some(node)
        } else {
            field(node, "body")
        };
        let info = self.table.get(id);
        let has_explicit_ctor = body.is_some_and(|b| {
            self.members(b).iter().any(|m| {
                matches!(
                    m.kind(),
                    "constructor_declaration" | "compact_constructor_declaration"
                )
            })
        });
        if !has_explicit_ctor && !info.anonymous && info.kind == SymbolKind::Class {
            // The default constructor calls the superclass's no-argument constructor.
            self.caller = info.initializer_owner;
            let span = self.node_span(field(node, "name").unwrap_or(node));
            self.implicit_super_call(id, &[], span);
        }
        if let Some(body) = body {
            for member in self.members(body) {
                self.visit_member(member, id);
            }
        }
        self.pop_scope();
        self.sources.truncate(mark);
        self.lambda_depth = saved_lambda_depth;
        self.caller = saved_caller;
        self.type_vars = saved_vars;
    }

    /// Members of a class/interface/enum body (enum bodies nest theirs one level down).
    fn members<'t>(&self, body: Node<'t>) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        for child in named_children(body) {
            if child.kind() == "enum_body_declarations" {
                out.extend(named_children(child));
            } else {
                out.push(child);
            }
        }
        out
    }

    fn visit_member(&mut self, member: Node, owner: TypeId) {
        let info = self.table.get(owner);
        match member.kind() {
            "field_declaration" | "constant_declaration" => {
                let is_static = member.kind() == "constant_declaration"
                    || info.kind == SymbolKind::Interface
                    || super::syntax::has_modifier(member, self.src, "static");
                self.caller = if is_static {
                    info.clinit
                } else {
                    info.initializer_owner
                };
                let mut cursor = member.walk();
                let declarators: Vec<_> = member
                    .children_by_field_name("declarator", &mut cursor)
                    .collect();
                // Initialisers without code of their own (no `<clinit>`) still move values:
                // the class owns those flows.
                let flow_owner = self.caller.unwrap_or(info.symbol);
                let mut span = None;
                for d in declarators {
                    if let Some(v) = field(d, "value") {
                        let mark = self.sources.len();
                        self.eval(v);
                        let target = field(d, "name")
                            .and_then(|n| info.fields.get(text(n, self.src)))
                            .map(|f| Src::Field(f.symbol));
                        if let Some(target) = target {
                            let range = (mark, self.sources.len());
                            self.flows_between(
                                flow_owner,
                                range,
                                Dest::End(target),
                                FlowKind::Assign,
                                (member.start_byte(), member.end_byte()),
                                &mut span,
                            );
                        }
                        self.sources.truncate(mark);
                    }
                }
            }
            "method_declaration"
            | "constructor_declaration"
            | "compact_constructor_declaration" => {
                self.visit_method(member, owner);
            }
            "static_initializer" => {
                self.caller = info.clinit;
                for child in named_children(member) {
                    self.eval(child);
                }
            }
            "block" => {
                self.caller = info.initializer_owner;
                self.eval(member);
            }
            "enum_constant" => {
                self.caller = info.clinit;
                self.visit_enum_constant(member, owner);
            }
            k if TYPE_DECLARATIONS.contains(&k) => {
                if let Some(&id) = self.unit.type_by_key.get(&member.start_byte()) {
                    self.visit_type(member, id);
                }
            }
            _ => {}
        }
    }

    fn visit_method(&mut self, node: Node, owner: TypeId) {
        let Some(&symbol) = self.unit.method_by_key.get(&node.start_byte()) else {
            return;
        };
        self.caller = Some(symbol);
        self.type_var_bounds = field(node, "type_parameters")
            .map(|tp| {
                let names = super::declarations::type_parameter_names(tp, self.src);
                let bounds = super::declarations::type_parameter_bounds(tp, self.src);
                names
                    .into_iter()
                    .zip(bounds)
                    .map(|(n, b)| {
                        let ty = b
                            .map(|b| self.table.resolve_type(&b, self.name_scope()))
                            .unwrap_or_default();
                        (n, ty)
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.type_vars = field(node, "type_parameters")
            .map(|tp| {
                named_children(tp)
                    .into_iter()
                    .filter_map(|p| {
                        named_children(p)
                            .into_iter()
                            .find(|c| matches!(c.kind(), "type_identifier" | "identifier"))
                            .map(|n| text(n, self.src).to_string())
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.push_scope(None);
        if let Some(params) = field(node, "parameters") {
            self.declare_parameters(params, false);
        }
        let is_constructor = node.kind() != "method_declaration";
        if let Some(body) = field(node, "body") {
            if is_constructor {
                let explicit = named_children(body)
                    .into_iter()
                    .find(|c| !c.kind().ends_with("comment"))
                    .filter(|c| c.kind() == "explicit_constructor_invocation");
                if explicit.is_none() && self.table.get(owner).kind == SymbolKind::Class {
                    let span = self.node_span(field(node, "name").unwrap_or(node));
                    self.implicit_super_call(owner, &[], span);
                }
            }
            self.eval(body);
        }
        self.pop_scope();
        self.type_vars.clear();
        self.type_var_bounds.clear();
    }

    /// A type variable stands for its bound when members are looked up on it (javac erases
    /// `E extends Entity<K>` to `Entity`).
    fn bound_of(&self, ty: &JType) -> JType {
        let JType::TypeVar(name) = ty else {
            return ty.clone();
        };
        if let Some((_, b)) = self.type_var_bounds.iter().find(|(n, _)| **n == **name) {
            return b.clone();
        }
        for class in self.enclosing_classes() {
            let info = self.table.get(class);
            if let Some(i) = info.type_params.iter().position(|p| **p == **name) {
                return info.type_param_bounds.get(i).cloned().unwrap_or_default();
            }
        }
        JType::Unknown
    }

    /// Declares method parameters (flow names `#<index>:<name>`) or, for a lambda, its
    /// parameters as plain locals of the enclosing method.
    fn declare_parameters(&mut self, params: Node, lambda: bool) {
        let mut index = 0usize;
        for (i, p) in named_children(params).into_iter().enumerate() {
            let (ty, name) = match p.kind() {
                "formal_parameter" => {
                    let mut ty = field(p, "type")
                        .map(|t| self.resolve_type_node(t))
                        .unwrap_or_default();
                    if let Some(d) = field(p, "dimensions") {
                        for _ in 0..text(d, self.src).matches('[').count() {
                            ty = JType::Array(Box::new(ty));
                        }
                    }
                    (ty, field(p, "name"))
                }
                "spread_parameter" => {
                    let children = named_children(p);
                    let ty = children
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
                        .map(|t| JType::Array(Box::new(self.resolve_type_node(*t))))
                        .unwrap_or_default();
                    let name = children
                        .iter()
                        .find(|c| c.kind() == "variable_declarator")
                        .and_then(|d| field(*d, "name"));
                    (ty, name)
                }
                _ => continue,
            };
            let position = index;
            index += 1;
            let Some(name) = name else {
                continue;
            };
            let value = ty.is_string().then(|| param_marker(i));
            let mut local = Local::new(ty, value);
            if lambda {
                self.declare(name, local);
                continue;
            }
            if let Some(owner) = self.caller {
                let flow_name = super::register::param_flow_name(position, text(name, self.src));
                local.flow = Some(self.flow_var(owner, flow_name));
            }
            self.declare_named(text(name, self.src), local);
        }
    }

    /// `super()` inserted by javac into constructors without `this(...)`/`super(...)`.
    fn implicit_super_call(
        &mut self,
        owner: TypeId,
        args: &[JType],
        span: Span,
    ) -> Option<&'a MethodInfo> {
        let table = self.table;
        let info = table.get(owner);
        if let Some(JType::Project(sup, sup_args)) = &info.superclass
            && table.get(*sup).kind != SymbolKind::Interface
        {
            let lookup = table.find_method(*sup, sup_args, "<init>", args);
            if let MethodLookup::Found { method, .. } = lookup {
                let name = format!("{}.<init>", table.get(*sup).binary_name);
                self.emit_lookup(&lookup, name, RefKind::Call, span);
                return Some(method);
            }
        }
        None
    }

    fn visit_enum_constant(&mut self, node: Node, enum_id: TypeId) {
        let mark = self.sources.len();
        let marks_base = self.arg_marks.len();
        let arg_types = field(node, "arguments")
            .map(|a| self.eval_arguments_marked(a))
            .unwrap_or_default();
        let span = self.node_span(field(node, "name").unwrap_or(node));
        if let Some(body) = field(node, "body") {
            if let Some(&anon) = self.unit.type_by_key.get(&body.start_byte()) {
                self.instantiate_anonymous(anon, body, &arg_types, span, (marks_base, node));
            }
        } else {
            let lookup = self.table.find_method(enum_id, &[], "<init>", &arg_types);
            if let MethodLookup::Found { method, .. } = lookup {
                let name = format!("{}.<init>", self.table.get(enum_id).binary_name);
                self.emit_lookup(&lookup, name, RefKind::Instantiate, span);
                self.argument_flows(method, marks_base, byte_range(node));
            }
        }
        self.arg_marks.truncate(marks_base);
        self.sources.truncate(mark);
    }

    /// `new Base(args) { ... }`: the call to the anonymous class's constructor, that
    /// constructor's call to the base class's constructor, then the body. The arguments
    /// (marked from `marks_base` in `arg_marks`) flow to the base constructor's parameters.
    fn instantiate_anonymous(
        &mut self,
        anon: TypeId,
        body: Node,
        args: &[JType],
        span: Span,
        (marks_base, call): (usize, Node),
    ) {
        let info = self.table.get(anon);
        if let Some(ctor) = info.initializer_owner {
            self.emit(RefTarget::Symbol { id: ctor }, RefKind::Instantiate, span);
        }
        let saved = self.caller;
        self.caller = info.initializer_owner;
        let base_ctor = self.implicit_super_call(anon, args, span);
        self.caller = saved;
        if let Some(base_ctor) = base_ctor {
            self.argument_flows(base_ctor, marks_base, byte_range(call));
        }
        self.visit_type(body, anon);
    }

    // ----- statements and expressions -----------------------------------------------------

    fn eval_children(&mut self, node: Node) {
        let mut cursor = node.walk();
        if !cursor.goto_first_child() {
            return;
        }
        loop {
            let child = cursor.node();
            if child.is_named() {
                self.eval(child);
            }
            if !cursor.goto_next_sibling() {
                break;
            }
        }
    }

    /// Evaluates a node once: emits the references inside it and returns its static type.
    /// Past [`super::declarations::MAX_NESTING`] levels the subtree is skipped (the declarations
    /// pass already reported it).
    fn eval(&mut self, node: Node) -> JType {
        if self.depth >= super::declarations::MAX_NESTING {
            return JType::Unknown;
        }
        self.depth += 1;
        if matches!(
            node.kind(),
            "if_statement" | "switch_expression" | "switch_statement"
        ) {
            self.condition_site(node);
        }
        let t = self.eval_node(node);
        self.depth -= 1;
        t
    }

    fn eval_node(&mut self, node: Node) -> JType {
        match node.kind() {
            "method_invocation" => self.invocation(node),
            "object_creation_expression" => self.creation(node),
            "explicit_constructor_invocation" => {
                let mark = self.sources.len();
                self.explicit_constructor_call(node);
                self.sources.truncate(mark);
                JType::Unknown
            }
            "identifier" => match self.lookup_var(text(node, self.src)) {
                Some((t, _, _, src)) => {
                    self.sources.extend(src);
                    t
                }
                None => JType::Unknown,
            },
            "field_access" => match self.receiver(node) {
                Receiver::Value(t) => t,
                _ => JType::Unknown,
            },
            "this" => self
                .current_class()
                .map(|c| self.self_type(c))
                .unwrap_or_default(),
            "super" => self
                .current_class()
                .and_then(|c| self.table.get(c).superclass.clone())
                .unwrap_or_default(),
            "string_literal" => JType::string(),
            "character_literal" => JType::Primitive("char"),
            "decimal_integer_literal"
            | "hex_integer_literal"
            | "octal_integer_literal"
            | "binary_integer_literal" => {
                if text(node, self.src).ends_with(['l', 'L']) {
                    JType::Primitive("long")
                } else {
                    JType::Primitive("int")
                }
            }
            "decimal_floating_point_literal" | "hex_floating_point_literal" => {
                if text(node, self.src).ends_with(['f', 'F']) {
                    JType::Primitive("float")
                } else {
                    JType::Primitive("double")
                }
            }
            "true" | "false" => JType::Primitive("boolean"),
            "null_literal" => JType::Null,
            "parenthesized_expression" => named_children(node)
                .into_iter()
                .rev()
                .find(|c| !c.kind().ends_with("comment"))
                .map(|c| self.eval(c))
                .unwrap_or_default(),
            "cast_expression" => {
                if let Some(v) = field(node, "value") {
                    self.eval(v);
                }
                field(node, "type")
                    .map(|t| self.resolve_type_node(t))
                    .unwrap_or_default()
            }
            "ternary_expression" => {
                if let Some(c) = field(node, "condition") {
                    self.eval(c);
                }
                let a = field(node, "consequence")
                    .map(|n| self.eval(n))
                    .unwrap_or_default();
                let b = field(node, "alternative")
                    .map(|n| self.eval(n))
                    .unwrap_or_default();
                if a.is_known() && a != JType::Null {
                    a
                } else {
                    b
                }
            }
            "assignment_expression" => self.assignment(node),
            "binary_expression" => {
                let l = field(node, "left")
                    .map(|n| self.eval(n))
                    .unwrap_or_default();
                let r = field(node, "right")
                    .map(|n| self.eval(n))
                    .unwrap_or_default();
                let op = field(node, "operator").map_or("", |o| text(o, self.src));
                match op {
                    "+" if l.is_string() || r.is_string() => JType::string(),
                    "==" | "!=" | "<" | ">" | "<=" | ">=" | "&&" | "||" => {
                        JType::Primitive("boolean")
                    }
                    _ => numeric_result(&l, &r),
                }
            }
            "unary_expression" => field(node, "operand")
                .map(|n| self.eval(n))
                .unwrap_or_default(),
            "update_expression" => {
                // `x++`: x flows to itself; the expression's value is x.
                let mut t = JType::Unknown;
                for c in named_children(node) {
                    let (ty, target) = self.assign_target(c);
                    t = ty;
                    if let Some(target) = target {
                        let mark = self.sources.len();
                        self.sources.push(target);
                        let range = (node.start_byte(), node.end_byte());
                        self.flows_from(mark, Dest::End(target), FlowKind::Assign, range);
                    }
                }
                t
            }
            "instanceof_expression" => {
                let mark = self.sources.len();
                if let Some(l) = field(node, "left") {
                    self.eval(l);
                }
                if let (Some(name), Some(ty)) = (field(node, "name"), field(node, "right")) {
                    // `o instanceof T t`: o's value is bound to t.
                    let ty = self.resolve_type_node(ty);
                    if let Some(flow) = self.declare(name, Local::new(ty, None)) {
                        let range = (node.start_byte(), node.end_byte());
                        self.flows_from(mark, Dest::End(Src::Var(flow)), FlowKind::Assign, range);
                    }
                }
                JType::Primitive("boolean")
            }
            "array_access" => {
                let array = field(node, "array")
                    .map(|n| self.eval(n))
                    .unwrap_or_default();
                if let Some(i) = field(node, "index") {
                    self.eval(i);
                }
                match array {
                    JType::Array(inner) => *inner,
                    _ => JType::Unknown,
                }
            }
            "array_creation_expression" => {
                let mut ty = field(node, "type")
                    .map(|t| self.resolve_type_node(t))
                    .unwrap_or_default();
                let mut dims = 0;
                for c in named_children(node) {
                    match c.kind() {
                        "dimensions_expr" => {
                            dims += 1;
                            self.eval_children(c);
                        }
                        "dimensions" => dims += text(c, self.src).matches('[').count(),
                        "array_initializer" => {
                            self.eval(c);
                        }
                        _ => {}
                    }
                }
                for _ in 0..dims.max(1) {
                    ty = JType::Array(Box::new(ty));
                }
                ty
            }
            "lambda_expression" => {
                let hint = self.lambda_hint.take().unwrap_or_default();
                // The body's reads are no sources of the expression around the lambda, and
                // its `return`s leave the lambda, not the method.
                let mark = self.sources.len();
                self.lambda_depth += 1;
                self.push_scope(None);
                if let Some(params) = field(node, "parameters") {
                    match params.kind() {
                        "identifier" => {
                            self.declare(params, Local::new(hint.clone(), None));
                        }
                        "formal_parameters" => self.declare_parameters(params, true),
                        _ => {
                            for p in named_children(params) {
                                self.declare(p, Local::new(hint.clone(), None));
                            }
                        }
                    }
                }
                if let Some(body) = field(node, "body") {
                    self.eval(body);
                }
                self.pop_scope();
                self.lambda_depth -= 1;
                self.sources.truncate(mark);
                JType::Unknown
            }
            "class_literal" => {
                let of = named_children(node)
                    .into_iter()
                    .next()
                    .map(|t| self.resolve_type_node(t))
                    .unwrap_or_default();
                JType::External("java.lang.Class".into(), vec![of])
            }
            "local_variable_declaration" => {
                self.local_declaration(node);
                JType::Unknown
            }
            "block" | "switch_block" | "for_statement" | "constructor_body" => {
                let mark = self.sources.len();
                self.push_scope(None);
                self.eval_children(node);
                self.pop_scope();
                self.sources.truncate(mark);
                JType::Unknown
            }
            "enhanced_for_statement" => {
                let mark = self.sources.len();
                self.enhanced_for(node);
                self.sources.truncate(mark);
                JType::Unknown
            }
            "return_statement" => {
                let mark = self.sources.len();
                self.eval_children(node);
                if self.lambda_depth == 0
                    && let Some(method) = self.caller
                {
                    let range = (node.start_byte(), node.end_byte());
                    self.flows_from(mark, Dest::End(Src::Call(method)), FlowKind::Return, range);
                }
                self.sources.truncate(mark);
                JType::Unknown
            }
            "catch_clause" => {
                let mark = self.sources.len();
                self.push_scope(None);
                for c in named_children(node) {
                    if c.kind() == "catch_formal_parameter" {
                        let ty = named_children(c)
                            .into_iter()
                            .find(|t| t.kind() == "catch_type")
                            .and_then(|t| named_children(t).into_iter().next())
                            .map(|t| self.resolve_type_node(t))
                            .unwrap_or_default();
                        if let Some(name) = field(c, "name") {
                            self.declare(name, Local::new(ty, None));
                        }
                    } else {
                        self.eval(c);
                    }
                }
                self.pop_scope();
                self.sources.truncate(mark);
                JType::Unknown
            }
            "try_with_resources_statement" => {
                let mark = self.sources.len();
                self.push_scope(None);
                if let Some(resources) = field(node, "resources") {
                    for res in named_children(resources) {
                        self.resource(res);
                    }
                }
                for c in named_children(node) {
                    if c.kind() != "resource_specification" {
                        self.eval(c);
                    }
                }
                self.pop_scope();
                self.sources.truncate(mark);
                JType::Unknown
            }
            k if TYPE_DECLARATIONS.contains(&k) => {
                // A local class: visible by name in the rest of the block.
                if let Some(&id) = self.unit.type_by_key.get(&node.start_byte()) {
                    let name = self.table.get(id).simple_name.clone();
                    self.local_types.push((name, id));
                    self.visit_type(node, id);
                }
                JType::Unknown
            }
            "method_reference" => {
                // `Type::method` produces no invoke instruction; only evaluate a receiver
                // expression for the calls inside it. A function is no data source.
                let mark = self.sources.len();
                if let Some(first) = named_children(node).into_iter().next()
                    && !matches!(
                        first.kind(),
                        "type_identifier"
                            | "scoped_type_identifier"
                            | "generic_type"
                            | "identifier"
                    )
                {
                    self.eval(first);
                }
                self.sources.truncate(mark);
                JType::Unknown
            }
            "line_comment"
            | "block_comment"
            | "modifiers"
            | "marker_annotation"
            | "annotation"
            | "type_identifier"
            | "scoped_type_identifier"
            | "generic_type"
            | "integral_type"
            | "floating_point_type"
            | "boolean_type"
            | "void_type"
            | "array_type" => JType::Unknown,
            kind => {
                let mark = self.sources.len();
                self.eval_children(node);
                if kind.ends_with("_statement") {
                    // A statement's reads flow nowhere unless it said so above.
                    self.sources.truncate(mark);
                }
                JType::Unknown
            }
        }
    }

    fn local_declaration(&mut self, node: Node) {
        let declared = field(node, "type")
            .map(|t| self.resolve_type_node(t))
            .unwrap_or_default();
        let mut cursor = node.walk();
        let declarators: Vec<_> = node
            .children_by_field_name("declarator", &mut cursor)
            .collect();
        for d in declarators {
            let Some(name) = field(d, "name") else {
                continue;
            };
            let value_node = field(d, "value");
            let mark = self.sources.len();
            let value_type = value_node.map(|v| self.eval(v)).unwrap_or_default();
            let mut ty = if declared.is_known() {
                declared.clone()
            } else {
                value_type
            };
            if let Some(dims) = field(d, "dimensions") {
                for _ in 0..text(dims, self.src).matches('[').count() {
                    ty = JType::Array(Box::new(ty));
                }
            }
            let value = value_node.and_then(|v| self.initial_string_value(&ty, v));
            if let Some(flow) = self.declare(name, Local::new(ty, value)) {
                let range = (node.start_byte(), node.end_byte());
                self.flows_from(mark, Dest::End(Src::Var(flow)), FlowKind::Assign, range);
            }
            self.sources.truncate(mark);
        }
    }

    /// The tracked value of a String or StringBuffer/StringBuilder variable set to `value`.
    fn initial_string_value(&self, ty: &JType, value: Node) -> Option<String> {
        if ty.is_string() {
            return Some(self.string_value(value));
        }
        if is_buffer(ty) {
            if value.kind() == "object_creation_expression" {
                let first_arg =
                    field(value, "arguments").and_then(|a| named_children(a).into_iter().next());
                return Some(match first_arg {
                    Some(a) if a.kind() != "decimal_integer_literal" => self.string_value(a),
                    _ => String::new(),
                });
            }
            return None;
        }
        None
    }

    fn assignment(&mut self, node: Node) -> JType {
        let left = field(node, "left");
        let right = field(node, "right");
        let op = field(node, "operator").map_or("=", |o| text(o, self.src));
        // Compute the new tracked value before evaluating (it may read the old one).
        let tracked = match (left, right) {
            (Some(l), Some(r)) if l.kind() == "identifier" => {
                let name = text(l, self.src);
                match self.lookup_var(name) {
                    Some((ty, old, None, _)) if ty.is_string() || is_buffer(&ty) => {
                        let new_value = match op {
                            "+=" => old.map(|o| o + &self.string_value(r)),
                            "=" => self.initial_string_value(&ty, r),
                            _ => None,
                        };
                        Some((name.to_string(), new_value))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let (ty, target) = left.map(|l| self.assign_target(l)).unwrap_or_default();
        let mark = self.sources.len();
        if let Some(target) = target
            && op != "="
        {
            // `x += e` reads x too.
            self.sources.push(target);
        }
        if let Some(r) = right {
            self.eval(r);
        }
        if let Some(target) = target {
            let range = (node.start_byte(), node.end_byte());
            self.flows_from(mark, Dest::End(target), FlowKind::Assign, range);
            // The assignment's value is what the target now holds.
            self.sources.truncate(mark);
            self.sources.push(target);
        }
        if let Some((name, value)) = tracked
            && let Some(local) = self.local_mut(&name)
        {
            local.value = value;
        }
        ty
    }

    fn enhanced_for(&mut self, node: Node) {
        let mark = self.sources.len();
        let value_node = field(node, "value");
        let iterable = value_node.map(|v| self.eval(v)).unwrap_or_default();
        let span = self.node_span(node);
        let element = match &iterable {
            JType::Array(inner) => (**inner).clone(),
            JType::External(..) => jdk::return_type(&iterable, "next"),
            JType::Project(id, args) => {
                // for (X x : projectIterable) calls its iterator().
                let lookup = self.table.find_method(*id, args, "iterator", &[]);
                if let MethodLookup::Found { .. } = lookup {
                    self.emit_lookup(&lookup, "iterator".into(), RefKind::Call, span);
                }
                JType::Unknown
            }
            _ => JType::Unknown,
        };
        self.push_scope(None);
        let declared = field(node, "type")
            .map(|t| self.resolve_type_node(t))
            .unwrap_or_default();
        let ty = if declared.is_known() {
            declared
        } else {
            element
        };
        if let Some(name) = field(node, "name")
            && let Some(flow) = self.declare(name, Local::new(ty, None))
        {
            // Each element of the iterable is assigned to the loop variable.
            let end = value_node.unwrap_or(name).end_byte();
            let range = (node.start_byte(), end);
            self.flows_from(mark, Dest::End(Src::Var(flow)), FlowKind::Assign, range);
        }
        self.sources.truncate(mark);
        if let Some(body) = field(node, "body") {
            self.eval(body);
        }
        self.pop_scope();
    }

    fn resource(&mut self, res: Node) {
        let mark = self.sources.len();
        let value_type = field(res, "value")
            .map(|v| self.eval(v))
            .unwrap_or_default();
        let declared = field(res, "type")
            .map(|t| self.resolve_type_node(t))
            .unwrap_or_default();
        let ty = if declared.is_known() {
            declared
        } else {
            value_type
        };
        if let JType::Project(id, args) = &ty {
            let lookup = self.table.find_method(*id, args, "close", &[]);
            if let MethodLookup::Found { .. } = lookup {
                let span = self.node_span(res);
                self.emit_lookup(&lookup, "close".into(), RefKind::Call, span);
            }
        }
        if let Some(name) = field(res, "name")
            && let Some(flow) = self.declare(name, Local::new(ty, None))
        {
            let range = (res.start_byte(), res.end_byte());
            self.flows_from(mark, Dest::End(Src::Var(flow)), FlowKind::Assign, range);
        }
        self.sources.truncate(mark);
    }

    // ----- receivers ----------------------------------------------------------------------

    fn receiver(&mut self, node: Node) -> Receiver {
        match node.kind() {
            "identifier" => {
                let name = text(node, self.src);
                if let Some((ty, _, _, src)) = self.lookup_var(name) {
                    self.sources.extend(src);
                    return Receiver::Value(ty);
                }
                match self.table.resolve_simple_type_name(name, self.name_scope()) {
                    Some(TypeRef::External(q))
                        if !name.starts_with(|c: char| c.is_ascii_uppercase()) =>
                    {
                        Receiver::Package(q)
                    }
                    Some(t) => Receiver::Type(t),
                    None => Receiver::Package(name.to_string()),
                }
            }
            "field_access" => {
                let mark = self.sources.len();
                let (receiver, symbol) = self.field_access(node);
                if let Some(id) = symbol {
                    // Reading a project field: its value, not the path to it, is the source.
                    self.sources.truncate(mark);
                    self.sources.push(Src::Field(id));
                }
                receiver
            }
            _ => Receiver::Value(self.eval(node)),
        }
    }

    /// `object.name`: what it denotes, and the project field it reads if it is one.
    fn field_access(&mut self, node: Node) -> (Receiver, Option<SymbolId>) {
        let Some(field_node) = field(node, "field") else {
            return (Receiver::Value(JType::Unknown), None);
        };
        let name = text(field_node, self.src);
        let Some(object) = field(node, "object") else {
            return (Receiver::Value(JType::Unknown), None);
        };
        if object.kind() == "super" {
            let sup = self.eval(object);
            let (ty, symbol) = self.field_type(&sup, name);
            return (Receiver::Value(ty), symbol);
        }
        let object_receiver = self.receiver(object);
        if field_node.kind() == "this" {
            // `Outer.this`
            let this = match object_receiver {
                Receiver::Type(TypeRef::Project(id)) => Receiver::Value(self.self_type(id)),
                _ => Receiver::Value(JType::Unknown),
            };
            return (this, None);
        }
        let receiver = match object_receiver {
            Receiver::Package(p) => {
                let qualified = format!("{p}.{name}");
                if let Some(id) = self.table.by_source_name(&qualified) {
                    Receiver::Type(TypeRef::Project(id))
                } else if self.table.is_package(&qualified)
                    || !name.starts_with(|c: char| c.is_ascii_uppercase())
                {
                    Receiver::Package(qualified)
                } else {
                    Receiver::Type(TypeRef::External(qualified))
                }
            }
            Receiver::Type(TypeRef::Project(id)) => {
                if let Some((f, subst)) = self.table.find_field(id, &[], name) {
                    return (Receiver::Value(apply_subst(&subst, &f.ty)), Some(f.symbol));
                } else if let Some(member) = self.table.find_member_type(id, name) {
                    Receiver::Type(TypeRef::Project(member))
                } else {
                    Receiver::Value(JType::Unknown)
                }
            }
            Receiver::Type(TypeRef::External(q)) => {
                let is_constant = name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
                if !is_constant && name.starts_with(|c: char| c.is_ascii_uppercase()) {
                    Receiver::Type(TypeRef::External(format!("{q}.{name}")))
                } else {
                    // A static field of a JDK type (`System.out`) holds a JDK object.
                    Receiver::Value(JType::external(&format!("{q}.{name}")))
                }
            }
            Receiver::Value(t) => {
                let (ty, symbol) = self.field_type(&t, name);
                return (Receiver::Value(ty), symbol);
            }
        };
        (receiver, None)
    }

    /// The type of field `name` of a value of type `owner`, and the project field it is.
    fn field_type(&self, owner: &JType, name: &str) -> (JType, Option<SymbolId>) {
        match &self.bound_of(owner) {
            JType::Project(id, args) => self
                .table
                .find_field(*id, args, name)
                .map(|(f, subst)| (apply_subst(&subst, &f.ty), Some(f.symbol)))
                .unwrap_or_default(),
            JType::Array(_) if name == "length" => (JType::Primitive("int"), None),
            _ => (JType::Unknown, None),
        }
    }

    // ----- calls --------------------------------------------------------------------------

    fn invocation(&mut self, node: Node) -> JType {
        let Some(name_node) = field(node, "name") else {
            self.eval_children(node);
            return JType::Unknown;
        };
        let name = text(name_node, self.src).to_string();
        let object = field(node, "object");
        let mark = self.sources.len();
        let receiver = match object {
            None => None,
            Some(o) if o.kind() == "super" => Some(Receiver::Value(JType::Unknown)),
            Some(o) => Some(self.receiver(o)),
        };
        let arg_nodes: Vec<Node> = field(node, "arguments")
            .map(|a| {
                named_children(a)
                    .into_iter()
                    .filter(|c| !c.kind().ends_with("comment"))
                    .collect()
            })
            .unwrap_or_default();
        let mut hint = match &receiver {
            Some(Receiver::Value(t)) => jdk::element_type(t),
            _ => None,
        };
        let mut arg_types: Vec<JType> = Vec::with_capacity(arg_nodes.len());
        let marks_base = self.arg_marks.len();
        for a in &arg_nodes {
            if a.kind() == "lambda_expression" {
                self.lambda_hint = hint.clone();
            }
            self.arg_marks.push(self.sources.len());
            let t = self.eval(*a);
            if hint.is_none() {
                hint = jdk::element_type(&t);
            }
            arg_types.push(t);
        }
        self.arg_marks.push(self.sources.len());
        let span = self.span(name_node.start_byte(), node.end_byte());

        self.track_buffer_call(&name, object, &arg_nodes);

        let is_super = object.is_some_and(|o| o.kind() == "super");
        let (lookup, fallback, returns) = match receiver {
            None => self.resolve_unqualified(&name, &arg_types),
            Some(_) if is_super => self.resolve_on_super(&name, &arg_types),
            Some(Receiver::Value(t)) => self.resolve_on_value(&t, &name, &arg_types),
            Some(Receiver::Type(TypeRef::Project(id))) => {
                self.resolve_on_value(&JType::Project(id, Vec::new()), &name, &arg_types)
            }
            Some(Receiver::Type(TypeRef::External(q))) => {
                let t = JType::External(q.as_str().into(), Vec::new());
                let ret = jdk::return_type(&t, &name);
                (MethodLookup::External, format!("{q}.{name}"), ret)
            }
            Some(Receiver::Package(p)) => (
                MethodLookup::NotFound,
                format!("{p}.{name}"),
                JType::Unknown,
            ),
        };
        self.emit_lookup(&lookup, fallback, RefKind::Call, span);
        let returns = infer_from_class_argument(returns, &arg_types);

        if let MethodLookup::Found { method, .. } = &lookup {
            self.record_sql_arguments(method.symbol, &arg_nodes, &arg_types, span);
            // Arguments flow into the parameters; the call's value is the method's result
            // (reads of the receiver and arguments stay behind the call).
            let range = (name_node.start_byte(), node.end_byte());
            self.argument_flows(method, marks_base, range);
            self.sources.truncate(mark);
            if method.returns != JType::Primitive("void") {
                self.sources.push(Src::Call(method.symbol));
            }
        }
        self.arg_marks.truncate(marks_base);
        if SQL_SINKS.contains(&name.as_str())
            && let Some(first) = arg_nodes.first()
        {
            let value = self.string_value(*first);
            self.sql_sink(&value, span);
        }
        returns
    }

    fn resolve_on_value(
        &self,
        receiver: &JType,
        name: &str,
        args: &[JType],
    ) -> (MethodLookup<'a>, String, JType) {
        let receiver = &self.bound_of(receiver);
        match receiver {
            JType::Project(id, type_args) => {
                let lookup = self.table.find_method(*id, type_args, name, args);
                let returns = match &lookup {
                    MethodLookup::Found { method, subst, .. } => {
                        apply_subst(subst, &method.returns)
                    }
                    _ => jdk::return_type(&JType::opaque(), name),
                };
                let fallback = format!("{}.{}", self.table.get(*id).binary_name, name);
                (lookup, fallback, returns)
            }
            JType::External(q, _) => (
                MethodLookup::External,
                format!("{q}.{name}"),
                jdk::return_type(receiver, name),
            ),
            JType::Array(_) => (
                MethodLookup::External,
                format!("Array.{name}"),
                JType::Unknown,
            ),
            JType::TypeVar(v) => (
                MethodLookup::NotFound,
                format!("{v}.{name}"),
                JType::Unknown,
            ),
            _ => (MethodLookup::NotFound, name.to_string(), JType::Unknown),
        }
    }

    /// `name(args)` with no receiver: the innermost enclosing class that has a method of that
    /// name, then static imports.
    fn resolve_unqualified(&self, name: &str, args: &[JType]) -> (MethodLookup<'a>, String, JType) {
        let classes = self.enclosing_classes();
        for &class in &classes {
            if self.table.has_method_named(class, name) {
                return self.resolve_on_value(&self.self_type(class), name, args);
            }
        }
        if let Some(ctx) = self.table.contexts.get(self.unit.ctx as usize) {
            let single = ctx
                .imports
                .static_single
                .iter()
                .filter(|(member, _)| member == name)
                .map(|(_, owner)| owner);
            for owner in single.chain(ctx.imports.static_on_demand.iter()) {
                if let Some(t) = self.table.by_source_name(owner)
                    && self.table.has_method_named(t, name)
                {
                    return self.resolve_on_value(&JType::Project(t, Vec::new()), name, args);
                }
            }
        }
        if super::types::OBJECT_METHODS.contains(&name) {
            return (
                MethodLookup::External,
                format!("java.lang.Object.{name}"),
                jdk::return_type(&JType::opaque(), name),
            );
        }
        let leaves_project = classes.iter().any(|&c| {
            let (_, external) = self.table.hierarchy(c, &[]);
            external
        });
        let qualified = classes
            .first()
            .map(|&c| format!("{}.{}", self.table.get(c).binary_name, name))
            .unwrap_or_else(|| name.to_string());
        if leaves_project {
            (MethodLookup::External, qualified, JType::Unknown)
        } else {
            (MethodLookup::NotFound, qualified, JType::Unknown)
        }
    }

    fn resolve_on_super(&self, name: &str, args: &[JType]) -> (MethodLookup<'a>, String, JType) {
        let Some(class) = self.current_class() else {
            return (MethodLookup::NotFound, name.into(), JType::Unknown);
        };
        match self.table.get(class).superclass.clone() {
            Some(sup @ JType::Project(..)) => self.resolve_on_value(&sup, name, args),
            Some(other) => self.resolve_on_value(&other, name, args),
            None => (
                MethodLookup::External,
                format!("java.lang.Object.{name}"),
                JType::Unknown,
            ),
        }
    }

    fn explicit_constructor_call(&mut self, node: Node) {
        if let Some(o) = field(node, "object") {
            self.eval(o);
        }
        let marks_base = self.arg_marks.len();
        let args = field(node, "arguments")
            .map(|a| self.eval_arguments_marked(a))
            .unwrap_or_default();
        self.explicit_constructor_target(node, &args, marks_base);
        self.arg_marks.truncate(marks_base);
    }

    fn explicit_constructor_target(&mut self, node: Node, args: &[JType], marks_base: usize) {
        let Some(class) = self.current_class() else {
            return;
        };
        let span = self.node_span(node);
        let is_this = field(node, "constructor").is_some_and(|c| c.kind() == "this");
        let target = if is_this {
            Some((class, Vec::new()))
        } else {
            match &self.table.get(class).superclass {
                Some(JType::Project(sup, sup_args)) => Some((*sup, sup_args.clone())),
                _ => None,
            }
        };
        match target {
            Some((t, type_args)) => {
                let lookup = self.table.find_method(t, &type_args, "<init>", args);
                let name = format!("{}.<init>", self.table.get(t).binary_name);
                self.emit_lookup(&lookup, name, RefKind::Call, span);
                if let MethodLookup::Found { method, .. } = lookup {
                    self.argument_flows(method, marks_base, byte_range(node));
                }
            }
            None => {
                let name = match &self.table.get(class).superclass {
                    Some(JType::External(q, _)) => format!("{q}.<init>"),
                    _ => "java.lang.Object.<init>".to_string(),
                };
                self.emit(RefTarget::External { name }, RefKind::Call, span);
            }
        }
    }

    fn creation(&mut self, node: Node) -> JType {
        let mark = self.sources.len();
        let marks_base = self.arg_marks.len();
        let ty = self.creation_inner(node, mark, marks_base);
        self.arg_marks.truncate(marks_base);
        ty
    }

    /// `new T(args)`; for project types the arguments flow into the constructor's parameters
    /// and the new object is no data source (its fields are).
    fn creation_inner(&mut self, node: Node, mark: usize, marks_base: usize) -> JType {
        let outer_instance = named_children(node).into_iter().find(|c| {
            c.kind() != "class_body"
                && Some(c.id()) != field(node, "type").map(|t| t.id())
                && Some(c.id()) != field(node, "arguments").map(|t| t.id())
                && Some(c.id()) != field(node, "type_arguments").map(|t| t.id())
                && !matches!(c.kind(), "annotation" | "marker_annotation")
        });
        let outer_type = outer_instance.map(|o| self.eval(o));
        let args = field(node, "arguments")
            .map(|a| self.eval_arguments_marked(a))
            .unwrap_or_default();
        let span = self.node_span(field(node, "type").unwrap_or(node));
        if let Some(body) = named_children(node)
            .into_iter()
            .find(|c| c.kind() == "class_body")
            && let Some(&anon) = self.unit.type_by_key.get(&body.start_byte())
        {
            self.instantiate_anonymous(anon, body, &args, span, (marks_base, node));
            self.sources.truncate(mark);
            return JType::Project(anon, Vec::new());
        }
        let ty = match (field(node, "type"), outer_type) {
            (Some(t), Some(JType::Project(outer, _))) => {
                let name = type_syntax(t, self.src).name;
                match self.table.find_member_type(outer, &name) {
                    Some(member) => JType::Project(member, Vec::new()),
                    None => self.resolve_type_node(t),
                }
            }
            (Some(t), _) => self.resolve_type_node(t),
            (None, _) => JType::Unknown,
        };
        match &ty {
            JType::Project(id, type_args) => {
                let lookup = self.table.find_method(*id, type_args, "<init>", &args);
                let name = format!("{}.<init>", self.table.get(*id).binary_name);
                self.emit_lookup(&lookup, name, RefKind::Instantiate, span);
                if let MethodLookup::Found { method, .. } = &lookup {
                    let arg_nodes: Vec<Node> = field(node, "arguments")
                        .map(named_children)
                        .unwrap_or_default();
                    self.record_sql_arguments(method.symbol, &arg_nodes, &args, span);
                    self.argument_flows(method, marks_base, byte_range(node));
                }
                self.sources.truncate(mark);
            }
            JType::External(q, _) => {
                self.emit(
                    RefTarget::External {
                        name: format!("{q}.<init>"),
                    },
                    RefKind::Instantiate,
                    span,
                );
            }
            _ => {}
        }
        ty
    }

    // ----- strings and SQL ----------------------------------------------------------------

    /// The text a string expression builds, with run-time parts as [`UNKNOWN_PART`].
    fn string_value(&self, node: Node) -> String {
        let depth = self.string_depth.get();
        if depth >= super::declarations::MAX_NESTING {
            return UNKNOWN_PART.to_string();
        }
        self.string_depth.set(depth + 1);
        let value = self.string_value_of(node);
        self.string_depth.set(depth);
        value
    }

    fn string_value_of(&self, node: Node) -> String {
        match node.kind() {
            "string_literal" => string_literal_value(node, self.src),
            "parenthesized_expression" => named_children(node)
                .into_iter()
                .next()
                .map(|n| self.string_value(n))
                .unwrap_or_else(|| UNKNOWN_PART.to_string()),
            "binary_expression" if is_plus(node, self.src) => {
                let l = field(node, "left")
                    .map(|n| self.string_value(n))
                    .unwrap_or_default();
                let r = field(node, "right")
                    .map(|n| self.string_value(n))
                    .unwrap_or_default();
                l + &r
            }
            "identifier" => match self.lookup_var(text(node, self.src)) {
                Some((_, Some(value), _, _)) => value,
                Some((_, None, Some(owner), _)) => self
                    .table
                    .constant(owner, text(node, self.src))
                    .unwrap_or(UNKNOWN_PART)
                    .to_string(),
                _ => UNKNOWN_PART.to_string(),
            },
            "field_access" => {
                let dotted: String = text(node, self.src).split_whitespace().collect();
                self.current_class()
                    .and_then(|c| self.table.static_field(&dotted, c))
                    .and_then(|(owner, f)| self.table.constant(owner, &f).map(str::to_string))
                    .unwrap_or_else(|| UNKNOWN_PART.to_string())
            }
            "ternary_expression" => field(node, "consequence")
                .map(|n| self.string_value(n))
                .unwrap_or_else(|| UNKNOWN_PART.to_string()),
            "method_invocation" => {
                let name = field(node, "name").map_or("", |n| text(n, self.src));
                let object = field(node, "object");
                let first_arg =
                    field(node, "arguments").and_then(|a| named_children(a).into_iter().next());
                match (name, object) {
                    ("toString" | "trim" | "intern" | "toUpperCase" | "strip", Some(o)) => {
                        self.string_value(o)
                    }
                    ("valueOf" | "format", Some(o)) if text(o, self.src) == "String" => first_arg
                        .map(|a| self.string_value(a))
                        .unwrap_or_else(|| UNKNOWN_PART.to_string()),
                    ("concat", Some(o)) => {
                        self.string_value(o)
                            + &first_arg
                                .map(|a| self.string_value(a))
                                .unwrap_or_else(|| UNKNOWN_PART.to_string())
                    }
                    _ => UNKNOWN_PART.to_string(),
                }
            }
            "decimal_integer_literal" | "character_literal" => {
                text(node, self.src).trim_matches('\'').to_string()
            }
            _ => UNKNOWN_PART.to_string(),
        }
    }

    /// `sb.append(x)` / `sb.insert(0, x)` / `sb.setLength(0)` on a tracked buffer local.
    fn track_buffer_call(&mut self, name: &str, object: Option<Node>, args: &[Node]) {
        if !matches!(name, "append" | "insert" | "setLength" | "delete") {
            return;
        }
        let Some(root) = object.and_then(|o| self.buffer_root(o)) else {
            return;
        };
        let addition = match name {
            "append" => args.first().map(|a| self.string_value(*a)),
            "insert" => args.get(1).map(|a| self.string_value(*a)),
            _ => None,
        };
        if let Some(local) = self.local_mut(&root)
            && is_buffer(&local.ty)
        {
            match (name, addition, local.value.as_mut()) {
                ("append", Some(a), Some(v)) => v.push_str(&a),
                ("insert", Some(a), Some(v)) => v.insert_str(0, &a),
                ("setLength" | "delete", _, _) => local.value = Some(String::new()),
                _ => {}
            }
        }
    }

    /// The local variable at the root of `sb.append(a).append(b)`.
    fn buffer_root(&self, node: Node) -> Option<String> {
        match node.kind() {
            "identifier" => Some(text(node, self.src).to_string()),
            "method_invocation" => {
                let name = field(node, "name").map_or("", |n| text(n, self.src));
                if matches!(name, "append" | "insert") {
                    field(node, "object").and_then(|o| self.buffer_root(o))
                } else {
                    None
                }
            }
            "parenthesized_expression" => named_children(node)
                .into_iter()
                .next()
                .and_then(|n| self.buffer_root(n)),
            _ => None,
        }
    }

    /// SQL text reaching a JDBC call: table references now, or a parameter of the current
    /// method that carries SQL from its callers.
    fn sql_sink(&mut self, value: &str, span: Span) {
        let Some(caller) = self.caller else {
            return;
        };
        for i in param_markers_in(value) {
            self.out.sql_parameters.push((caller, i));
        }
        if looks_like_sql(value) {
            self.out.refs.extend(sql_table_refs(caller, value, span));
        }
    }

    fn record_sql_arguments(
        &mut self,
        callee: SymbolId,
        args: &[Node],
        types: &[JType],
        span: Span,
    ) {
        let Some(from) = self.caller else {
            return;
        };
        for (i, (arg, ty)) in args.iter().zip(types).enumerate() {
            if !ty.is_string() && ty.is_known() {
                continue;
            }
            if !matches!(
                arg.kind(),
                "string_literal"
                    | "identifier"
                    | "binary_expression"
                    | "field_access"
                    | "method_invocation"
            ) {
                continue;
            }
            let value = self.string_value(*arg);
            if looks_like_sql(&value) || !param_markers_in(&value).is_empty() {
                self.out.sql_arguments.push(SqlArgument {
                    from,
                    callee,
                    arg: i,
                    value,
                    span,
                });
            }
        }
    }
}

/// `<T> T find(Class<T> c, ...)`: when a call's declared result is a type variable (or an
/// opaque JDK result) and a class literal is passed, the result is that class — the code would
/// not compile otherwise when it calls the result's methods.
fn infer_from_class_argument(returns: JType, args: &[JType]) -> JType {
    let open = match &returns {
        JType::TypeVar(_) | JType::Unknown => true,
        JType::External(..) => returns.is_opaque(),
        _ => false,
    };
    if !open {
        return returns;
    }
    args.iter()
        .find_map(|a| match a {
            JType::External(name, of) if &**name == "java.lang.Class" => of
                .first()
                .filter(|t| matches!(t, JType::Project(..)))
                .cloned(),
            _ => None,
        })
        .unwrap_or(returns)
}

fn byte_range(node: Node) -> (usize, usize) {
    (node.start_byte(), node.end_byte())
}

fn is_buffer(ty: &JType) -> bool {
    matches!(
        ty.external_simple_name(),
        Some("StringBuffer" | "StringBuilder")
    )
}

fn numeric_result(l: &JType, r: &JType) -> JType {
    let rank = |t: &JType| match t {
        JType::Primitive("double") => 4,
        JType::Primitive("float") => 3,
        JType::Primitive("long") => 2,
        JType::Primitive(_) => 1,
        _ => 0,
    };
    match rank(l).max(rank(r)) {
        4 => JType::Primitive("double"),
        3 => JType::Primitive("float"),
        2 => JType::Primitive("long"),
        1 => JType::Primitive("int"),
        _ => {
            if l.is_known() {
                l.clone()
            } else {
                r.clone()
            }
        }
    }
}

/// Resolves the SQL passed through helper methods: a call site passing SQL to a parameter that
/// reaches JDBC (directly or through further helpers) runs that SQL on behalf of its caller.
pub fn resolve_sql_through_helpers(
    arguments: &[SqlArgument],
    sinks: impl IntoIterator<Item = (SymbolId, usize)>,
) -> Vec<FoundRef> {
    let mut sinks: std::collections::HashSet<(SymbolId, usize)> = sinks.into_iter().collect();
    let mut by_callee: HashMap<(SymbolId, usize), Vec<&SqlArgument>> = HashMap::new();
    for a in arguments {
        by_callee.entry((a.callee, a.arg)).or_default().push(a);
    }
    loop {
        let mut added = false;
        for a in arguments {
            if sinks.contains(&(a.callee, a.arg)) {
                for i in param_markers_in(&a.value) {
                    added |= sinks.insert((a.from, i));
                }
            }
        }
        if !added {
            break;
        }
    }
    let mut refs = Vec::new();
    for a in arguments {
        if sinks.contains(&(a.callee, a.arg)) && looks_like_sql(&a.value) {
            refs.extend(sql_table_refs(a.from, &a.value, a.span));
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::decode::LineIndex;
    use crate::model::{FileId, Model};

    /// Loads, registers and resolves the given files (one source each) and renders every data
    /// flow as `source -> target [kind] @line`, ends as qualified names or `method/local`.
    fn flows(sources: &[&str]) -> Vec<String> {
        let mut model = Model::new(".".into());
        let mut units: Vec<JavaUnit> = sources
            .iter()
            .enumerate()
            .map(|(i, src)| {
                let text: Arc<str> = Arc::from(*src);
                let lines = Arc::new(LineIndex::new(src));
                super::super::load(FileId(i as u32), text, lines).expect("parses")
            })
            .collect();
        let table = super::super::register::register(&mut model, &mut units);
        let found: Vec<DataFlow> = units
            .iter()
            .flat_map(|u| resolve(&table, u).flows)
            .collect();
        let end = |e: &FlowEnd| match e {
            FlowEnd::Symbol { id } => model.symbol(*id).qualified_name.clone(),
            FlowEnd::Local { owner, name } => {
                format!("{}/{name}", model.symbol(*owner).qualified_name)
            }
        };
        found
            .iter()
            .map(|f| {
                format!(
                    "{} -> {} [{}] @{}",
                    end(&f.source),
                    end(&f.target),
                    f.kind,
                    f.span.map_or(0, |s| s.line)
                )
            })
            .collect()
    }

    fn has(all: &[String], flow: &str) {
        assert!(
            all.iter().any(|f| f == flow),
            "missing flow `{flow}` in:\n{}",
            all.join("\n")
        );
    }

    fn lacks(all: &[String], prefix: &str) {
        assert!(
            !all.iter().any(|f| f.starts_with(prefix)),
            "unexpected flow starting `{prefix}` in:\n{}",
            all.join("\n")
        );
    }

    #[test]
    fn parameter_into_field_through_this() {
        let all = flows(&["class Account {
    long balance;
    static int count;
    Account(long balance) {
        this.balance = balance;
        Account.count = count + 1;
    }
}"]);
        has(
            &all,
            "Account.<init>(long)/#0:balance -> Account.balance [assign] @5",
        );
        // The parameter shadows the field on the right; `this.balance` is the field.
        lacks(&all, "Account.balance -> Account.balance");
        has(&all, "Account.count -> Account.count [assign] @6");
        assert_eq!(all.len(), 2, "{all:#?}");
    }

    #[test]
    fn call_result_into_local_and_arguments_by_position() {
        let all = flows(&[
            "class Rates {
    long rate(String code, int year) { return year; }
}",
            "class Calc {
    Rates rates = new Rates();
    long run(String c, int y) {
        long r = rates.rate(c, y + 1);
        return r;
    }
}",
        ]);
        has(
            &all,
            "Rates.rate(String,int) -> Calc.run(String,int)/r [return] @4",
        );
        has(
            &all,
            "Calc.run(String,int)/#0:c -> Rates.rate(String,int)/#0:code [argument] @4",
        );
        has(
            &all,
            "Calc.run(String,int)/#1:y -> Rates.rate(String,int)/#1:year [argument] @4",
        );
        // The receiver and the arguments reach `r` only through the call.
        lacks(&all, "Calc.rates -> Calc.run(String,int)/r");
        lacks(&all, "Calc.run(String,int)/#0:c -> Calc.run(String,int)/r");
        has(
            &all,
            "Calc.run(String,int)/r -> Calc.run(String,int) [return] @5",
        );
        has(
            &all,
            "Rates.rate(String,int)/#1:year -> Rates.rate(String,int) [return] @2",
        );
    }

    #[test]
    fn returned_expression_reads_locals_and_fields() {
        let all = flows(&["class Line { int c; }
class Sum {
    int total(int a, Line b) {
        return a + b.c;
    }
}"]);
        has(
            &all,
            "Sum.total(int,Line)/#0:a -> Sum.total(int,Line) [return] @4",
        );
        has(&all, "Line.c -> Sum.total(int,Line) [return] @4");
        // `b` is only the path to the field.
        lacks(&all, "Sum.total(int,Line)/#1:b");
        assert_eq!(all.len(), 2, "{all:#?}");
    }

    #[test]
    fn constructor_arguments_reach_parameters_and_fields() {
        let all = flows(&["class Money {
    private final long pence;
    Money(long pence) { this.pence = pence; }
    Money(int pounds, int pence) { this(pounds * 100L + pence); }
    Money plus(Money other) { return new Money(pence + other.pence); }
}"]);
        has(
            &all,
            "Money.<init>(int,int)/#0:pounds -> Money.<init>(long)/#0:pence [argument] @4",
        );
        has(
            &all,
            "Money.<init>(int,int)/#1:pence -> Money.<init>(long)/#0:pence [argument] @4",
        );
        has(
            &all,
            "Money.pence -> Money.<init>(long)/#0:pence [argument] @5",
        );
        has(
            &all,
            "Money.<init>(long)/#0:pence -> Money.pence [assign] @3",
        );
        // A new object is no value flowing out of the constructor.
        lacks(&all, "Money.<init>(long) ->");
    }

    #[test]
    fn compound_assignment_and_increment_keep_the_old_value() {
        let all = flows(&["class Tally {
    int total;
    void add(int amount) {
        total += amount;
        int n = 0;
        n++;
    }
}"]);
        has(&all, "Tally.total -> Tally.total [assign] @4");
        has(&all, "Tally.add(int)/#0:amount -> Tally.total [assign] @4");
        has(&all, "Tally.add(int)/n -> Tally.add(int)/n [assign] @6");
        // A literal is no source.
        lacks(&all, "Tally.add(int)/n -> Tally.add(int)/n [assign] @5");
    }

    #[test]
    fn locals_shadow_fields_and_redeclared_names_get_their_line() {
        let all = flows(&["class Shadow {
    int rate;
    int other;
    void m() {
        int rate = other;
        this.other = rate;
        for (int i = 0; i < 2; i++) { rate = i; }
        for (int i = 0; i < 2; i++) { rate = i; }
    }
}"]);
        has(&all, "Shadow.other -> Shadow.m()/rate [assign] @5");
        has(&all, "Shadow.m()/rate -> Shadow.other [assign] @6");
        lacks(&all, "Shadow.rate");
        has(&all, "Shadow.m()/i -> Shadow.m()/rate [assign] @7");
        has(&all, "Shadow.m()/i@8 -> Shadow.m()/rate [assign] @8");
    }

    #[test]
    fn lambda_bodies_stay_out_of_the_outer_expression() {
        let all = flows(&["import java.util.List;
class Batch {
    int hidden;
    int seen;
    void run(List<Integer> xs) {
        Runnable r = () -> seen = hidden;
        int k = apply(x -> { return hidden; });
        xs.forEach(x -> seen += x);
    }
    int apply(java.util.function.IntUnaryOperator f) { return 0; }
}"]);
        // The lambda's own assignment is a flow of the method; its return is not.
        has(&all, "Batch.hidden -> Batch.seen [assign] @6");
        lacks(&all, "Batch.hidden -> Batch.run(List)/r");
        lacks(&all, "Batch.hidden -> Batch.run(List) [return]");
        lacks(&all, "Batch.hidden -> Batch.apply");
        has(
            &all,
            "Batch.apply(IntUnaryOperator) -> Batch.run(List)/k [return] @7",
        );
        // Both lambdas name their parameter `x`: the second is `x@8`.
        has(&all, "Batch.run(List)/x@8 -> Batch.seen [assign] @8");
    }

    #[test]
    fn anonymous_class_bodies_stay_out_of_the_outer_expression() {
        let all = flows(&["abstract class Task {
    Task(String name) {}
    abstract int size();
}
class Runner {
    int limit;
    void go(String label) {
        Object t = new Task(label) {
            int size() { return limit; }
        };
    }
}"]);
        has(&all, "Runner.limit -> Runner$1.size() [return] @9");
        has(
            &all,
            "Runner.go(String)/#0:label -> Task.<init>(String)/#0:name [argument] @8",
        );
        lacks(&all, "Runner.limit -> Runner.go(String)/t");
    }

    #[test]
    fn varargs_extra_arguments_reach_the_last_parameter() {
        let all = flows(&["class Log {
    static void say(String fmt, Object... args) {}
    void m(String a, int b, long c) {
        say(a, b, c);
        say(a);
    }
}"]);
        has(
            &all,
            "Log.m(String,int,long)/#0:a -> Log.say(String,Object...)/#0:fmt [argument] @4",
        );
        has(
            &all,
            "Log.m(String,int,long)/#1:b -> Log.say(String,Object...)/#1:args [argument] @4",
        );
        has(
            &all,
            "Log.m(String,int,long)/#2:c -> Log.say(String,Object...)/#1:args [argument] @4",
        );
        // A void method's result flows nowhere.
        lacks(&all, "Log.say(String,Object...) ->");
    }

    #[test]
    fn static_imports_inherited_fields_and_external_calls() {
        let all = flows(&[
            "package p; public class Limits { public static final int MAX = 9; }",
            "package q;
import static p.Limits.MAX;
class Base { protected int cap; }
class Child extends Base {
    void m(String s) {
        cap = MAX;
        String t = s.trim();
    }
}",
        ]);
        has(&all, "p.Limits.MAX -> q.Base.cap [assign] @6");
        // A JDK call passes its receiver's (and arguments') value on.
        has(
            &all,
            "q.Child.m(String)/#0:s -> q.Child.m(String)/t [assign] @7",
        );
    }
}
