//! The project's Java type table: every declared type with its supertypes and members, type-name
//! resolution the way javac scopes names, and member lookup along the inheritance chain.
//!
//! Built once from all files' declarations (see `register`), then shared read-only by the
//! parallel body resolvers. Types outside the project are [`JType::External`] by name; the few
//! JDK generics that matter for chained calls (collections, maps, iterators) are known in `jdk`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::declarations::Imports;
use super::jdk;
use super::strings::StrExpr;
use super::syntax::{TypeSyntax, is_primitive_name};
use crate::model::{SymbolId, SymbolKind};

/// Index of a type in [`TypeTable::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// The static type of an expression or declaration.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum JType {
    #[default]
    Unknown,
    Null,
    Primitive(&'static str),
    /// A project type with its type arguments.
    Project(TypeId, Vec<JType>),
    /// A type outside the project, by its (qualified when known) name.
    External(Arc<str>, Vec<JType>),
    Array(Box<JType>),
    TypeVar(Arc<str>),
}

impl JType {
    pub fn external(name: &str) -> JType {
        JType::External(Arc::from(name), Vec::new())
    }

    /// Some type outside the project that is not known more precisely (the result of a JDK
    /// method): calls on it leave the project, and it fits any reference parameter.
    pub fn opaque() -> JType {
        JType::external(OPAQUE)
    }

    pub fn is_opaque(&self) -> bool {
        matches!(self, JType::External(name, _) if &**name == OPAQUE)
    }

    pub fn string() -> JType {
        JType::external("java.lang.String")
    }

    pub fn is_known(&self) -> bool {
        !matches!(self, JType::Unknown)
    }

    /// Simple name of an external type (`java.util.Map.Entry` → `Entry`).
    pub fn external_simple_name(&self) -> Option<&str> {
        match self {
            JType::External(name, _) => Some(simple_of(name)),
            _ => None,
        }
    }

    pub fn is_string(&self) -> bool {
        self.external_simple_name() == Some("String")
    }
}

/// Name of the opaque external type, see [`JType::opaque`].
pub const OPAQUE: &str = "?";

pub fn simple_of(name: &str) -> &str {
    name.rsplit(['.', '$']).next().unwrap_or(name)
}

/// Type-variable bindings met while walking up a hierarchy.
pub type Subst = Vec<(Arc<str>, JType)>;

pub fn apply_subst(subst: &Subst, ty: &JType) -> JType {
    if subst.is_empty() {
        return ty.clone();
    }
    match ty {
        JType::TypeVar(name) => subst
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| ty.clone()),
        JType::Project(id, args) => {
            JType::Project(*id, args.iter().map(|a| apply_subst(subst, a)).collect())
        }
        JType::External(name, args) => JType::External(
            name.clone(),
            args.iter().map(|a| apply_subst(subst, a)).collect(),
        ),
        JType::Array(inner) => JType::Array(Box::new(apply_subst(subst, inner))),
        other => other.clone(),
    }
}

#[derive(Debug, Clone)]
pub struct FieldInfo {
    pub symbol: SymbolId,
    pub ty: JType,
    pub is_static: bool,
    /// Initializer of a `final String` field, for SQL constants.
    pub constant: Option<StrExpr>,
}

#[derive(Debug, Clone)]
pub struct MethodInfo {
    pub symbol: SymbolId,
    pub params: Vec<JType>,
    /// Each parameter's data-flow name, `#<index>:<name>` (see `model::FlowEnd::Local`).
    pub param_flow_names: Vec<String>,
    pub varargs: bool,
    pub returns: JType,
    pub is_static: bool,
}

impl MethodInfo {
    pub fn accepts_arity(&self, n: usize) -> bool {
        if self.varargs {
            n + 1 >= self.params.len()
        } else {
            n == self.params.len()
        }
    }
}

#[derive(Debug)]
pub struct TypeInfo {
    pub binary_name: String,
    pub simple_name: String,
    pub kind: SymbolKind,
    pub symbol: SymbolId,
    /// Index of the declaring file's [`FileContext`].
    pub ctx: u32,
    pub outer: Option<TypeId>,
    pub anonymous: bool,
    pub type_params: Vec<String>,
    /// Bound of each type parameter (`Unknown` when unbounded).
    pub type_param_bounds: Vec<JType>,
    /// `None` means `java.lang.Object` (or no superclass for interfaces).
    pub superclass: Option<JType>,
    pub interfaces: Vec<JType>,
    pub member_types: HashMap<String, TypeId>,
    pub fields: HashMap<String, FieldInfo>,
    pub methods: HashMap<String, Vec<MethodInfo>>,
    /// The constructor that runs field initializers and instance initializer blocks.
    pub initializer_owner: Option<SymbolId>,
    /// The static initializer, when the type has static initialisation code.
    pub clinit: Option<SymbolId>,
}

impl TypeInfo {
    /// `this` as a type: the type applied to its own type variables.
    pub fn self_type(&self, id: TypeId) -> JType {
        JType::Project(
            id,
            self.type_params
                .iter()
                .map(|p| JType::TypeVar(Arc::from(p.as_str())))
                .collect(),
        )
    }
}

/// Package and imports of one file: the context in which its type names are resolved.
#[derive(Debug, Default)]
pub struct FileContext {
    pub package: String,
    pub imports: Imports,
}

/// Where a name is being resolved.
#[derive(Debug, Clone, Copy)]
pub struct NameScope<'a> {
    pub ctx: u32,
    /// Innermost enclosing type (its members, its outer types' members and their inherited
    /// member types are in scope).
    pub enclosing: Option<TypeId>,
    /// Method type variables in scope.
    pub type_vars: &'a [String],
    /// Local classes in scope, innermost last.
    pub local_types: &'a [(String, TypeId)],
}

/// Result of looking a method up on a type.
#[derive(Debug)]
pub enum MethodLookup<'t> {
    Found {
        method: &'t MethodInfo,
        declaring: TypeId,
        subst: Subst,
    },
    /// Not declared in the project, but the type has supertypes outside it (or it is one of
    /// `java.lang.Object`'s methods): the call leaves the codebase.
    External,
    NotFound,
}

/// Methods every object has from `java.lang.Object`.
pub const OBJECT_METHODS: &[&str] = &[
    "toString",
    "equals",
    "hashCode",
    "getClass",
    "clone",
    "finalize",
    "notify",
    "notifyAll",
    "wait",
];

#[derive(Debug, Default)]
pub struct TypeTable {
    pub types: Vec<TypeInfo>,
    pub contexts: Vec<FileContext>,
    by_source_name: HashMap<String, TypeId>,
    by_binary_name: HashMap<String, TypeId>,
    packages: HashSet<String>,
    /// Values of `final String` fields, see [`TypeTable::evaluate_constants`].
    constants: HashMap<(TypeId, String), String>,
}

impl TypeTable {
    pub fn get(&self, id: TypeId) -> &TypeInfo {
        &self.types[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: TypeId) -> &mut TypeInfo {
        &mut self.types[id.0 as usize]
    }

    pub fn add_context(&mut self, ctx: FileContext) -> u32 {
        let mut package = ctx.package.as_str();
        loop {
            self.packages.insert(package.to_string());
            match package.rsplit_once('.') {
                Some((parent, _)) => package = parent,
                None => break,
            }
        }
        self.contexts.push(ctx);
        (self.contexts.len() - 1) as u32
    }

    /// Adds a type; `source_name` is its canonical dotted name when it has one.
    pub fn add_type(&mut self, info: TypeInfo, source_name: Option<&str>) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        if let Some(name) = source_name {
            self.by_source_name.entry(name.to_string()).or_insert(id);
        }
        self.by_binary_name
            .entry(info.binary_name.clone())
            .or_insert(id);
        if let Some(outer) = info.outer
            && !info.anonymous
            && !info.simple_name.is_empty()
        {
            let outer = &mut self.types[outer.0 as usize];
            outer
                .member_types
                .entry(info.simple_name.clone())
                .or_insert(id);
        }
        self.types.push(info);
        id
    }

    pub fn by_binary_name(&self, name: &str) -> Option<TypeId> {
        self.by_binary_name.get(name).copied()
    }

    pub fn by_source_name(&self, name: &str) -> Option<TypeId> {
        self.by_source_name.get(name).copied()
    }

    pub fn is_package(&self, name: &str) -> bool {
        self.packages.contains(name)
    }

    // ----- type names -----------------------------------------------------------------------

    /// Resolves a type as written in the given scope.
    pub fn resolve_type(&self, ts: &TypeSyntax, scope: NameScope) -> JType {
        let base = if ts.is_primitive() || (ts.dims > 0 && is_primitive_name(&ts.name)) {
            JType::Primitive(primitive(&ts.name))
        } else if ts.name.is_empty() || (ts.name == "var" && ts.args.is_empty()) {
            JType::Unknown
        } else if !ts.name.contains('.') && self.is_type_var(&ts.name, scope) {
            JType::TypeVar(Arc::from(ts.name.as_str()))
        } else {
            let args: Vec<JType> = ts
                .args
                .iter()
                .map(|a| self.resolve_type(a, scope))
                .collect();
            match self.resolve_type_name(&ts.name, scope) {
                Some(TypeRef::Project(id)) => JType::Project(id, args),
                Some(TypeRef::External(name)) => JType::External(Arc::from(name.as_str()), args),
                None => JType::External(Arc::from(ts.name.as_str()), args),
            }
        };
        (0..ts.dims).fold(base, |t, _| JType::Array(Box::new(t)))
    }

    fn is_type_var(&self, name: &str, scope: NameScope) -> bool {
        if scope.type_vars.iter().any(|v| v == name) {
            return true;
        }
        let mut current = scope.enclosing;
        while let Some(id) = current {
            let info = self.get(id);
            if info.type_params.iter().any(|v| v == name) {
                return true;
            }
            if info.member_types.contains_key(name) {
                return false;
            }
            current = info.outer;
        }
        false
    }

    /// Resolves a possibly dotted type name (`Claim`, `Map.Entry`, `com.acme.Claim.Line`).
    pub fn resolve_type_name(&self, name: &str, scope: NameScope) -> Option<TypeRef> {
        let mut parts = name.split('.');
        let first = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        if let Some(head) = self.resolve_simple_type_name(first, scope) {
            return Some(self.member_path(head, &rest));
        }
        // A qualified name: find the longest package prefix that names a project type.
        if !rest.is_empty() {
            let all: Vec<&str> = name.split('.').collect();
            for split in (1..all.len()).rev() {
                let qualified = all[..=split].join(".");
                if let Some(id) = self.by_source_name(&qualified) {
                    return Some(self.member_path(TypeRef::Project(id), &all[split + 1..]));
                }
            }
            return Some(TypeRef::External(name.to_string()));
        }
        None
    }

    fn member_path(&self, head: TypeRef, rest: &[&str]) -> TypeRef {
        let mut current = head;
        for part in rest {
            current = match current {
                TypeRef::Project(id) => match self.find_member_type(id, part) {
                    Some(member) => TypeRef::Project(member),
                    None => TypeRef::External(format!("{}.{}", self.get(id).binary_name, part)),
                },
                TypeRef::External(name) => TypeRef::External(format!("{name}.{part}")),
            };
        }
        current
    }

    /// A simple type name, searched as javac does: local classes, member types of the
    /// enclosing classes (inherited ones too), single imports, the package, on-demand imports,
    /// then `java.lang`.
    pub fn resolve_simple_type_name(&self, name: &str, scope: NameScope) -> Option<TypeRef> {
        if let Some((_, id)) = scope.local_types.iter().rev().find(|(n, _)| n == name) {
            return Some(TypeRef::Project(*id));
        }
        let mut current = scope.enclosing;
        while let Some(id) = current {
            let info = self.get(id);
            if info.simple_name == name && !info.anonymous {
                return Some(TypeRef::Project(id));
            }
            if let Some(member) = self.find_member_type(id, name) {
                return Some(TypeRef::Project(member));
            }
            current = info.outer;
        }
        let ctx = self.contexts.get(scope.ctx as usize)?;
        if let Some((_, qualified)) = ctx.imports.single.iter().find(|(s, _)| s == name) {
            return Some(match self.by_source_name(qualified) {
                Some(id) => TypeRef::Project(id),
                None => TypeRef::External(qualified.clone()),
            });
        }
        let in_package = if ctx.package.is_empty() {
            name.to_string()
        } else {
            format!("{}.{}", ctx.package, name)
        };
        if let Some(id) = self.by_source_name(&in_package) {
            return Some(TypeRef::Project(id));
        }
        for prefix in &ctx.imports.on_demand {
            if let Some(id) = self.by_source_name(&format!("{prefix}.{name}")) {
                return Some(TypeRef::Project(id));
            }
        }
        if let Some(qualified) = jdk::qualify_well_known(name, &ctx.imports.on_demand) {
            return Some(TypeRef::External(qualified));
        }
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Some(TypeRef::External(name.to_string()));
        }
        None
    }

    /// A member type declared in `id` or inherited from its supertypes.
    pub fn find_member_type(&self, id: TypeId, name: &str) -> Option<TypeId> {
        for (t, _) in self.hierarchy(id, &[]).0 {
            if let Some(member) = self.get(t).member_types.get(name) {
                return Some(*member);
            }
        }
        None
    }

    // ----- hierarchy and members ------------------------------------------------------------

    /// `id` and all its project supertypes, nearest first: the superclass chain, then the
    /// interfaces breadth-first. Each comes with the type-variable bindings that reach it. The
    /// flag tells whether some supertype lies outside the project (besides `Object`).
    pub fn hierarchy(&self, id: TypeId, args: &[JType]) -> (Vec<(TypeId, Subst)>, bool) {
        let mut out: Vec<(TypeId, Subst)> = Vec::new();
        let mut seen: HashSet<TypeId> = HashSet::new();
        let mut external = false;
        let bind = |t: TypeId, args: &[JType]| -> Subst {
            self.get(t)
                .type_params
                .iter()
                .zip(args.iter())
                .map(|(p, a)| (Arc::from(p.as_str()), a.clone()))
                .collect()
        };
        // Superclass chain.
        let mut current = Some((id, bind(id, args)));
        while let Some((t, subst)) = current.take() {
            if !seen.insert(t) || out.len() > 256 {
                break;
            }
            out.push((t, subst.clone()));
            let info = self.get(t);
            if matches!(info.kind, SymbolKind::Enum | SymbolKind::Record) {
                // Implicit java.lang.Enum / java.lang.Record superclass.
                external = true;
            }
            match &info.superclass {
                Some(JType::Project(sup, sup_args)) => {
                    let sup_args: Vec<JType> =
                        sup_args.iter().map(|a| apply_subst(&subst, a)).collect();
                    current = Some((*sup, bind(*sup, &sup_args)));
                }
                Some(JType::External(name, _)) if simple_of(name) != "Object" => external = true,
                _ => {}
            }
        }
        // Interfaces, breadth-first from every class of the chain.
        let mut queue: std::collections::VecDeque<(TypeId, Subst)> = out.iter().cloned().collect();
        while let Some((t, subst)) = queue.pop_front() {
            for iface in &self.get(t).interfaces {
                match iface {
                    JType::Project(i, i_args) if seen.insert(*i) && out.len() <= 256 => {
                        let i_args: Vec<JType> =
                            i_args.iter().map(|a| apply_subst(&subst, a)).collect();
                        let entry = (*i, bind(*i, &i_args));
                        out.push(entry.clone());
                        queue.push_back(entry);
                    }
                    JType::External(..) => external = true,
                    _ => {}
                }
            }
        }
        (out, external)
    }

    pub fn is_subtype(&self, sub: TypeId, sup: TypeId) -> bool {
        sub == sup || self.hierarchy(sub, &[]).0.iter().any(|(t, _)| *t == sup)
    }

    /// Finds the method a call `name(args)` on a receiver of type `id<args>` invokes: the nearest
    /// declaration along the hierarchy among those accepting the arguments.
    pub fn find_method(
        &self,
        id: TypeId,
        type_args: &[JType],
        name: &str,
        arg_types: &[JType],
    ) -> MethodLookup<'_> {
        let (chain, external_super) = self.hierarchy(id, type_args);
        let mut best: Option<(i32, &MethodInfo, TypeId, &Subst)> = None;
        let mut any_by_name: Option<(&MethodInfo, TypeId, &Subst)> = None;
        for (t, subst) in &chain {
            let Some(candidates) = self.get(*t).methods.get(name) else {
                continue;
            };
            for m in candidates {
                if any_by_name.is_none() {
                    any_by_name = Some((m, *t, subst));
                }
                if !m.accepts_arity(arg_types.len()) {
                    continue;
                }
                let Some(score) = self.applicability(m, subst, arg_types) else {
                    continue;
                };
                if best.as_ref().is_none_or(|(s, ..)| score > *s) {
                    best = Some((score, m, *t, subst));
                }
            }
        }
        if let Some((_, method, declaring, subst)) = best {
            return MethodLookup::Found {
                method,
                declaring,
                subst: subst.clone(),
            };
        }
        if external_super || OBJECT_METHODS.contains(&name) || self.get(id).kind == SymbolKind::Enum
        {
            return MethodLookup::External;
        }
        match any_by_name {
            Some((method, declaring, subst)) => MethodLookup::Found {
                method,
                declaring,
                subst: subst.clone(),
            },
            None => MethodLookup::NotFound,
        }
    }

    /// Whether any type of the hierarchy declares a method with this name.
    pub fn has_method_named(&self, id: TypeId, name: &str) -> bool {
        self.hierarchy(id, &[])
            .0
            .iter()
            .any(|(t, _)| self.get(*t).methods.contains_key(name))
    }

    /// How well arguments fit a candidate's parameters; `None` when some argument cannot fit.
    fn applicability(&self, m: &MethodInfo, subst: &Subst, args: &[JType]) -> Option<i32> {
        let mut score = 0;
        for (i, arg) in args.iter().enumerate() {
            let param = if m.varargs && i + 1 >= m.params.len() {
                let last = m.params.last()?;
                match (last, args.len() == m.params.len(), arg) {
                    (JType::Array(_), true, JType::Array(_)) => last.clone(),
                    (JType::Array(inner), _, _) => (**inner).clone(),
                    _ => last.clone(),
                }
            } else {
                m.params.get(i)?.clone()
            };
            score += self.fit(&apply_subst(subst, &param), arg)?;
        }
        if m.varargs {
            score -= 1;
        }
        Some(score)
    }

    fn fit(&self, param: &JType, arg: &JType) -> Option<i32> {
        use JType::*;
        if arg.is_opaque() {
            return Some(1);
        }
        Some(match (param, arg) {
            (_, Unknown) | (TypeVar(_), _) | (Unknown, _) => 1,
            (Primitive(p), Primitive(a)) if p == a => 3,
            (Primitive(p), Primitive(a)) => {
                if widens(a, p) {
                    2
                } else {
                    return None;
                }
            }
            (Primitive(p), External(n, _)) | (External(n, _), Primitive(p)) => {
                if jdk::boxes(p, simple_of(n)) {
                    2
                } else if simple_of(n) == "Object" || simple_of(n) == "Number" {
                    1
                } else {
                    return None;
                }
            }
            (Primitive(_), Null) => return None,
            (_, Null) => 1,
            (Primitive(_), _) | (_, Primitive(_)) => return None,
            (Project(p, _), Project(a, _)) => {
                if self.is_subtype(*a, *p) {
                    if p == a { 3 } else { 2 }
                } else {
                    return None;
                }
            }
            (External(p, _), External(a, _)) => {
                if simple_of(p) == simple_of(a) {
                    3
                } else if simple_of(p) == "String" || simple_of(a) == "String" {
                    // Strings only fit Object/CharSequence-like parameters.
                    if matches!(simple_of(p), "Object" | "CharSequence" | "Comparable") {
                        1
                    } else {
                        return None;
                    }
                } else {
                    1
                }
            }
            (External(p, _), Project(..)) => {
                if simple_of(p) == "String" {
                    return None;
                }
                1
            }
            (Project(..), External(a, _)) => {
                if simple_of(a) == "String" {
                    return None;
                }
                1
            }
            (Array(p), Array(a)) => self.fit(p, a)?,
            (Array(_), _) | (_, Array(_)) => {
                if let External(n, _) = param
                    && simple_of(n) == "Object"
                {
                    1
                } else {
                    return None;
                }
            }
            _ => 1,
        })
    }

    /// Finds a field along the hierarchy, with the bindings that reach its declaring type.
    pub fn find_field(
        &self,
        id: TypeId,
        type_args: &[JType],
        name: &str,
    ) -> Option<(&FieldInfo, Subst)> {
        let (chain, _) = self.hierarchy(id, type_args);
        chain
            .into_iter()
            .find_map(|(t, subst)| self.get(t).fields.get(name).map(|f| (f, subst)))
    }
}

/// A resolved type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    Project(TypeId),
    External(String),
}

pub fn primitive(name: &str) -> &'static str {
    match name {
        "int" => "int",
        "long" => "long",
        "short" => "short",
        "byte" => "byte",
        "char" => "char",
        "boolean" => "boolean",
        "float" => "float",
        "double" => "double",
        _ => "void",
    }
}

fn widens(from: &str, to: &str) -> bool {
    let rank = |t: &str| match t {
        "byte" => 1,
        "short" | "char" => 2,
        "int" => 3,
        "long" => 4,
        "float" => 5,
        "double" => 6,
        _ => 0,
    };
    from != "boolean" && to != "boolean" && rank(from) > 0 && rank(from) <= rank(to)
}

// ----- string constants -----------------------------------------------------------------------

impl TypeTable {
    /// Evaluates every `final String` field initializer (constants may refer to constants of
    /// other classes, through imports and inheritance). Cycles and unknown parts become
    /// [`super::strings::UNKNOWN_PART`].
    pub fn evaluate_constants(&mut self) {
        let mut values: HashMap<(TypeId, String), String> = HashMap::new();
        let keys: Vec<(TypeId, String)> = self
            .types
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                t.fields
                    .iter()
                    .filter(|(_, f)| f.constant.is_some())
                    .map(move |(name, _)| (TypeId(i as u32), name.clone()))
            })
            .collect();
        for key in keys {
            let mut visiting = HashSet::new();
            let value = self.constant_value(&key.0, &key.1, &mut values, &mut visiting);
            values.insert(key, value);
        }
        self.constants = values;
    }

    fn constant_value(
        &self,
        owner: &TypeId,
        name: &str,
        done: &mut HashMap<(TypeId, String), String>,
        visiting: &mut HashSet<(TypeId, String)>,
    ) -> String {
        let key = (*owner, name.to_string());
        if let Some(v) = done.get(&key) {
            return v.clone();
        }
        let Some(field) = self.get(*owner).fields.get(name) else {
            return super::strings::UNKNOWN_PART.to_string();
        };
        let Some(expr) = field.constant.clone() else {
            return super::strings::UNKNOWN_PART.to_string();
        };
        if !visiting.insert(key.clone()) || visiting.len() > 32 {
            return super::strings::UNKNOWN_PART.to_string();
        }
        let value = expr.evaluate(&mut |dotted| {
            let (t, f) = self.static_field(dotted, *owner)?;
            Some(self.constant_value(&t, &f, done, visiting))
        });
        visiting.remove(&key);
        done.insert(key, value.clone());
        value
    }

    /// Resolves a (possibly dotted) static field name used inside type `from`: its own and
    /// inherited fields, outer classes' fields, static imports, then `Type.FIELD`.
    pub fn static_field(&self, dotted: &str, from: TypeId) -> Option<(TypeId, String)> {
        if let Some((ty, field)) = dotted.rsplit_once('.') {
            let scope = NameScope {
                ctx: self.get(from).ctx,
                enclosing: Some(from),
                type_vars: &[],
                local_types: &[],
            };
            return match self.resolve_type_name(ty, scope)? {
                TypeRef::Project(id) => self.field_owner(id, field).map(|o| (o, field.to_string())),
                TypeRef::External(_) => None,
            };
        }
        let mut current = Some(from);
        while let Some(t) = current {
            if let Some(owner) = self.field_owner(t, dotted) {
                return Some((owner, dotted.to_string()));
            }
            current = self.get(t).outer;
        }
        self.static_import_field(self.get(from).ctx, dotted)
    }

    /// A field made visible by a static import of the file.
    pub fn static_import_field(&self, ctx: u32, name: &str) -> Option<(TypeId, String)> {
        let imports = &self.contexts.get(ctx as usize)?.imports;
        let single = imports
            .static_single
            .iter()
            .filter(|(member, _)| member == name)
            .map(|(_, owner)| owner);
        for owner in single.chain(imports.static_on_demand.iter()) {
            if let Some(t) = self.by_source_name(owner)
                && let Some(o) = self.field_owner(t, name)
            {
                return Some((o, name.to_string()));
            }
        }
        None
    }

    /// The type of the hierarchy of `id` that declares field `name`.
    fn field_owner(&self, id: TypeId, name: &str) -> Option<TypeId> {
        self.hierarchy(id, &[])
            .0
            .into_iter()
            .map(|(t, _)| t)
            .find(|t| self.get(*t).fields.contains_key(name))
    }

    /// The evaluated value of a string constant.
    pub fn constant(&self, owner: TypeId, name: &str) -> Option<&str> {
        self.constants
            .get(&(owner, name.to_string()))
            .map(String::as_str)
    }
}
