//! Java step 2: turns every file's declarations into model symbols and the project type table.
//!
//! Runs once, sequentially, after all files are parsed: types first (so any name can resolve),
//! then supertypes, then members with resolved types. Adds what javac adds implicitly: default
//! constructors, `<clinit>` where static code exists, and an enum's `values()`/`valueOf()`.

use std::collections::HashMap;

use super::JavaUnit;
use super::declarations::{ByteSpan, TypeDecl};
use super::syntax::TypeSyntax;
use super::types::{
    FieldInfo, FileContext, JType, MethodInfo, NameScope, TypeId, TypeInfo, TypeTable,
};
use crate::model::{Model, NewSymbol, RefKind, RefTarget, Reference, Span, SymbolId, SymbolKind};

/// Registers all units; returns the type table the resolver needs.
pub fn register(model: &mut Model, units: &mut [JavaUnit]) -> TypeTable {
    let mut table = TypeTable::default();
    for unit in units.iter_mut() {
        declare_types(model, &mut table, unit);
    }
    for unit in units.iter() {
        resolve_supertypes(model, &mut table, unit);
    }
    for unit in units.iter_mut() {
        declare_members(model, &mut table, unit);
    }
    table.evaluate_constants();
    table
}

fn span(unit: &JavaUnit, (start, end): ByteSpan) -> Span {
    Span::from_offsets(unit.file, &unit.text, &unit.lines, start, end)
}

fn declare_types(model: &mut Model, table: &mut TypeTable, unit: &mut JavaUnit) {
    let package = unit.decls.package.clone();
    unit.ctx = table.add_context(FileContext {
        package: package.clone(),
        imports: unit.decls.imports.clone(),
    });
    let package_symbol = (!package.is_empty()).then(|| {
        let simple = package.rsplit('.').next().unwrap_or(&package).to_string();
        model.add_symbol(NewSymbol::new(SymbolKind::Package, simple, package.clone()))
    });
    unit.type_ids.clear();
    for decl in &unit.decls.types {
        let outer = decl.outer.map(|o| unit.type_ids[o]);
        let name = if decl.anonymous {
            decl.binary_name
                .rsplit('.')
                .next()
                .unwrap_or(&decl.binary_name)
                .to_string()
        } else {
            decl.simple_name.clone()
        };
        let symbol = model.add_symbol(NewSymbol {
            kind: decl.kind,
            name,
            qualified_name: decl.binary_name.clone(),
            span: Some(span(unit, decl.span)),
            name_span: Some(span(unit, decl.name_span)),
            parent: outer.map(|o| table.get(o).symbol).or(package_symbol),
            detail: decl
                .anonymous_base
                .as_ref()
                .map(|b| format!("new {}", b.name)),
        });
        let info = TypeInfo {
            binary_name: decl.binary_name.clone(),
            simple_name: decl.simple_name.clone(),
            kind: decl.kind,
            symbol,
            ctx: unit.ctx,
            outer,
            anonymous: decl.anonymous,
            type_params: decl.type_params.clone(),
            type_param_bounds: Vec::new(),
            superclass: None,
            interfaces: Vec::new(),
            member_types: HashMap::new(),
            fields: HashMap::new(),
            methods: HashMap::new(),
            initializer_owner: None,
            clinit: None,
        };
        let id = table.add_type(info, decl.source_name.as_deref());
        unit.type_ids.push(id);
        unit.type_by_key.insert(decl.key, id);
    }
}

fn scope_of<'a>(
    unit: &JavaUnit,
    enclosing: Option<TypeId>,
    type_vars: &'a [String],
) -> NameScope<'a> {
    NameScope {
        ctx: unit.ctx,
        enclosing,
        type_vars,
        local_types: &[],
    }
}

fn resolve_supertypes(model: &mut Model, table: &mut TypeTable, unit: &JavaUnit) {
    for (decl, &id) in unit.decls.types.iter().zip(&unit.type_ids) {
        let outer = table.get(id).outer;
        let (superclass, interfaces) = if let Some(base) = &decl.anonymous_base {
            match table.resolve_type(base, scope_of(unit, outer, &[])) {
                JType::Project(b, args) if table.get(b).kind == SymbolKind::Interface => {
                    (None, vec![JType::Project(b, args)])
                }
                other => (Some(other), Vec::new()),
            }
        } else {
            let scope = scope_of(unit, Some(id), &[]);
            let superclass = decl
                .superclass
                .as_ref()
                .map(|s| table.resolve_type(s, scope));
            let interfaces: Vec<JType> = decl
                .interfaces
                .iter()
                .map(|s| table.resolve_type(s, scope))
                .collect();
            (superclass, interfaces)
        };
        let from = table.get(id).symbol;
        let decl_span = span(unit, decl.name_span);
        let superclass_is_interface_extends =
            decl.kind == SymbolKind::Interface && decl.anonymous_base.is_none();
        for (ty, kind) in
            superclass
                .iter()
                .map(|t| (t, RefKind::Extends))
                .chain(interfaces.iter().map(|t| {
                    let kind = if superclass_is_interface_extends {
                        RefKind::Extends
                    } else {
                        RefKind::Implements
                    };
                    (t, kind)
                }))
        {
            let target = match ty {
                JType::Project(t, _) => RefTarget::Symbol {
                    id: table.get(*t).symbol,
                },
                JType::External(name, _) => RefTarget::External {
                    name: name.to_string(),
                },
                _ => continue,
            };
            model.references.push(Reference {
                from,
                target,
                kind,
                span: decl_span,
            });
        }
        let info = table.get_mut(id);
        info.superclass = superclass;
        info.interfaces = interfaces;
    }
}

fn declare_members(model: &mut Model, table: &mut TypeTable, unit: &mut JavaUnit) {
    for (index, &id) in unit.type_ids.clone().iter().enumerate() {
        let decl = &unit.decls.types[index];
        let type_symbol = table.get(id).symbol;
        let binary = decl.binary_name.clone();
        let scope_vars: Vec<String> = Vec::new();
        let bounds: Vec<JType> = decl
            .type_param_bounds
            .iter()
            .map(|b| match b {
                Some(b) => table.resolve_type(b, scope_of(unit, Some(id), &scope_vars)),
                None => JType::Unknown,
            })
            .collect();
        table.get_mut(id).type_param_bounds = bounds;
        let mut fields = HashMap::new();
        for f in &decl.fields {
            let ty = table.resolve_type(&f.ty, scope_of(unit, Some(id), &scope_vars));
            let is_constant = decl
                .enum_constants
                .iter()
                .any(|c| c.name == f.name && c.span == f.span);
            let symbol = model.add_symbol(NewSymbol {
                kind: if is_constant {
                    SymbolKind::EnumConstant
                } else {
                    SymbolKind::Field
                },
                name: f.name.clone(),
                qualified_name: format!("{binary}.{}", f.name),
                span: Some(span(unit, f.span)),
                name_span: Some(span(unit, f.name_span)),
                parent: Some(type_symbol),
                detail: Some(display_type(&f.ty)),
            });
            fields.entry(f.name.clone()).or_insert(FieldInfo {
                symbol,
                ty,
                is_static: f.is_static,
                constant: f.constant.clone(),
            });
        }

        let mut methods: HashMap<String, Vec<MethodInfo>> = HashMap::new();
        let mut initializer_owner = None;
        for m in &decl.methods {
            let scope = scope_of(unit, Some(id), &m.type_params);
            let params: Vec<JType> = m
                .params
                .iter()
                .map(|p| table.resolve_type(p, scope))
                .collect();
            let returns = match &m.returns {
                Some(r) => table.resolve_type(r, scope),
                None => JType::Primitive("void"),
            };
            let is_ctor = m.name == "<init>";
            let symbol = model.add_symbol(NewSymbol {
                kind: if is_ctor {
                    SymbolKind::Constructor
                } else {
                    SymbolKind::Method
                },
                name: m.name.clone(),
                qualified_name: format!("{binary}.{}{}", m.name, m.signature()),
                span: Some(span(unit, m.span)),
                name_span: Some(span(unit, m.name_span)),
                parent: Some(type_symbol),
                detail: m.returns.as_ref().map(display_type),
            });
            unit.method_by_key.insert(m.key, symbol);
            super::metrics::push_method(model, unit, m, symbol);
            if is_ctor && !m.delegates_to_this && initializer_owner.is_none() {
                initializer_owner = Some(symbol);
            }
            methods.entry(m.name.clone()).or_default().push(MethodInfo {
                symbol,
                params,
                param_flow_names: m
                    .param_names
                    .iter()
                    .enumerate()
                    .map(|(i, name)| param_flow_name(i, name))
                    .collect(),
                varargs: m.varargs,
                returns,
                is_static: m.is_static,
            });
        }
        implicit_members(
            model,
            table,
            unit,
            decl,
            id,
            &mut methods,
            &mut initializer_owner,
        );
        let clinit = decl.needs_clinit.then(|| {
            model.add_symbol(NewSymbol {
                kind: SymbolKind::Initializer,
                name: "<clinit>".into(),
                qualified_name: format!("{binary}.<clinit>()"),
                span: Some(span(unit, decl.name_span)),
                name_span: Some(span(unit, decl.name_span)),
                parent: Some(type_symbol),
                detail: None,
            })
        });
        super::metrics::push_type(model, unit, decl, type_symbol, clinit);
        let info = table.get_mut(id);
        info.fields = fields;
        info.methods = methods;
        info.initializer_owner = initializer_owner;
        info.clinit = clinit;
    }
}

/// Default constructor, and an enum's `values()`/`valueOf(String)`.
fn implicit_members(
    model: &mut Model,
    table: &TypeTable,
    unit: &JavaUnit,
    decl: &TypeDecl,
    id: TypeId,
    methods: &mut HashMap<String, Vec<MethodInfo>>,
    initializer_owner: &mut Option<SymbolId>,
) {
    let info = table.get(id);
    let binary = &decl.binary_name;
    let name_span = Some(span(unit, decl.name_span));
    let mut implicit =
        |name: &str, signature: &str, kind, params: Vec<JType>, returns, is_static| {
            // javac's names for the parameters of implicit members (`valueOf(String name)`).
            let param_flow_names = (0..params.len())
                .map(|i| param_flow_name(i, "name"))
                .collect();
            let symbol = model.add_symbol(NewSymbol {
                kind,
                name: name.to_string(),
                qualified_name: format!("{binary}.{name}{signature}"),
                span: name_span,
                name_span,
                parent: Some(info.symbol),
                detail: Some("implicit".to_string()),
            });
            methods
                .entry(name.to_string())
                .or_default()
                .push(MethodInfo {
                    symbol,
                    params,
                    param_flow_names,
                    varargs: false,
                    returns,
                    is_static,
                });
            symbol
        };
    let has_constructor = decl.methods.iter().any(|m| m.name == "<init>");
    if !has_constructor && !matches!(decl.kind, SymbolKind::Interface | SymbolKind::Annotation) {
        let ctor = implicit(
            "<init>",
            "()",
            SymbolKind::Constructor,
            Vec::new(),
            JType::Primitive("void"),
            false,
        );
        *initializer_owner = Some(ctor);
    }
    if decl.kind == SymbolKind::Enum {
        let self_type = JType::Project(id, Vec::new());
        implicit(
            "values",
            "()",
            SymbolKind::Method,
            Vec::new(),
            JType::Array(Box::new(self_type.clone())),
            true,
        );
        implicit(
            "valueOf",
            "(String)",
            SymbolKind::Method,
            vec![JType::string()],
            self_type,
            true,
        );
    }
}

/// The data-flow name of a method's parameter: `#0:amount`.
pub fn param_flow_name(index: usize, name: &str) -> String {
    format!("#{index}:{name}")
}

/// A type as written, for symbol details: `List<Claim>`, `int[]`.
fn display_type(t: &TypeSyntax) -> String {
    let mut s = t.name.clone();
    if !t.args.is_empty() {
        let args: Vec<String> = t.args.iter().map(display_type).collect();
        s.push('<');
        s.push_str(&args.join(", "));
        s.push('>');
    }
    for _ in 0..t.dims {
        s.push_str("[]");
    }
    s
}
