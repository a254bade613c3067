//! Screens meet programs: which programs SEND and RECEIVE each map, and which data items of a
//! program are a screen field's symbolic-map entries (`<field>I`, `<field>O`, `<field>L`,
//! `<field>A`, `<field>F` under the `<map>I` / `<map>O` records the BMS assembly generates).
//!
//! [`link_programs`] runs once the COBOL programs are registered and adds `screen-input`
//! flows (screen field → `<field>I`, for programs that RECEIVE the map, for the fields that
//! come back from the terminal: unprotected or FSET) and `screen-output`
//! flows (`<field>O` → screen field, for programs that SEND it), so impact and lineage walk
//! from a screen into the programs and back. The app and the exports ask the same questions
//! through [`programs_of`], [`screens_of`] and [`symbolic_fields`].

use std::collections::{BTreeMap, HashMap};

use crate::model::{
    DataFlow, FlowEnd, FlowKind, Model, Namespace, RefKind, RefTarget, Span, SymbolId, SymbolKind,
};

/// How a program uses a map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MapUse {
    /// The first `SEND MAP` of the program (its span), if any.
    pub send: Option<Span>,
    /// The first `RECEIVE MAP`, if any.
    pub receive: Option<Span>,
}

/// The data items of one program standing for one screen field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SymbolicField {
    /// `<field>I`: what the operator typed.
    pub input: Option<SymbolId>,
    /// `<field>O`: what the program shows.
    pub output: Option<SymbolId>,
    /// `<field>L`: the length typed (or the cursor request).
    pub length: Option<SymbolId>,
    /// `<field>A`: the attribute byte to send.
    pub attribute: Option<SymbolId>,
    /// `<field>F`: the flag byte received.
    pub flag: Option<SymbolId>,
}

impl SymbolicField {
    /// The item a click on the screen field means: for an input field what the operator typed
    /// (`I`), else what the program shows (`O`); the other one when only that exists.
    pub fn primary(&self, input_field: bool) -> Option<SymbolId> {
        if input_field {
            self.input.or(self.output)
        } else {
            self.output.or(self.input)
        }
    }
}

/// The COBOL program a symbol belongs to (itself, or its nearest program ancestor).
pub fn program_of(model: &Model, id: SymbolId) -> Option<SymbolId> {
    if model.symbol(id).kind == SymbolKind::Program {
        return Some(id);
    }
    model
        .ancestors(id)
        .find(|s| s.kind == SymbolKind::Program)
        .map(|s| s.id)
}

/// Every (program, map symbol) pair with how the program uses the map, in program order.
pub fn map_uses(model: &Model) -> BTreeMap<(SymbolId, SymbolId), MapUse> {
    let mut uses: BTreeMap<(SymbolId, SymbolId), MapUse> = BTreeMap::new();
    for r in &model.references {
        let RefTarget::Symbol { id } = r.target else {
            continue;
        };
        if model.symbol(id).kind != SymbolKind::CicsMap {
            continue;
        }
        let Some(program) = program_of(model, r.from) else {
            continue;
        };
        let entry = uses.entry((program, id)).or_default();
        let slot = match r.kind {
            RefKind::Read => &mut entry.receive,
            RefKind::Write => &mut entry.send,
            _ => continue,
        };
        if slot.is_none_or(|s| (r.span.file, r.span.start) < (s.file, s.start)) {
            *slot = Some(r.span);
        }
    }
    uses
}

/// The screens (indices into `model.screens`) a program SENDs or RECEIVEs, in screen order.
pub fn screens_of(model: &Model, program: SymbolId) -> Vec<usize> {
    let uses = map_uses(model);
    model
        .screens
        .iter()
        .enumerate()
        .filter(|(_, s)| uses.contains_key(&(program, s.map)))
        .map(|(i, _)| i)
        .collect()
}

/// The programs that SEND or RECEIVE a map, in symbol order.
pub fn programs_of(model: &Model, map: SymbolId) -> Vec<SymbolId> {
    map_uses(model)
        .keys()
        .filter(|(_, m)| *m == map)
        .map(|(p, _)| *p)
        .collect()
}

/// The symbolic-map items of `program` for every field of screen `screen` (same order as
/// `model.screens[screen].fields`; unnamed fields get an empty entry).
///
/// First by straight name lookups under the records the BMS assembly generates
/// (`PROG.MAPI.FIELDI`, `PROG.MAPO.FIELDO`, also under an OCCURS group `FIELDD`). When the
/// program has none of those — it RECEIVEs INTO and SENDs FROM areas of its own, or copies the
/// symbolic map under other record names — its data items with the derived names
/// (`FIELDI`, `FIELDO`, …) wherever they are declared, a name declared twice left out.
pub fn symbolic_fields(model: &Model, program: SymbolId, screen: usize) -> Vec<SymbolicField> {
    let screen = &model.screens[screen];
    let program_name = &model.symbol(program).qualified_name;
    let direct = |name: &str, suffix: char| {
        let item = format!("{name}{suffix}");
        ['I', 'O'].iter().find_map(|record| {
            let base = format!("{program_name}.{}{record}", screen.name);
            [format!("{base}.{item}"), format!("{base}.{name}D.{item}")]
                .iter()
                .find_map(|q| model.lookup(Namespace::Cobol, q))
                .filter(|id| model.symbol(*id).kind == SymbolKind::DataItem)
        })
    };
    let links = |find: &dyn Fn(&str, char) -> Option<SymbolId>| -> Vec<SymbolicField> {
        screen
            .fields
            .iter()
            .map(|f| match &f.name {
                Some(name) => SymbolicField {
                    input: find(name, 'I'),
                    output: find(name, 'O'),
                    length: find(name, 'L'),
                    attribute: find(name, 'A'),
                    flag: find(name, 'F'),
                },
                None => SymbolicField::default(),
            })
            .collect()
    };
    let found = links(&direct);
    if found
        .iter()
        .any(|f| f.input.is_some() || f.output.is_some())
    {
        return found;
    }
    let prefix = format!("{program_name}.");
    let mut by_name: HashMap<&str, Option<SymbolId>> = HashMap::new();
    for s in &model.symbols {
        if s.kind == SymbolKind::DataItem && s.qualified_name.starts_with(&prefix) {
            by_name
                .entry(s.name.as_str())
                .and_modify(|e| *e = None)
                .or_insert(Some(s.id));
        }
    }
    let derived = |name: &str, suffix: char| {
        by_name
            .get(format!("{name}{suffix}").as_str())
            .copied()
            .flatten()
    };
    links(&derived)
}

/// Adds the `screen-input` and `screen-output` flows between every map's fields and the
/// symbolic-map items of the programs that use the map.
pub fn link_programs(model: &mut Model) {
    let uses = map_uses(model);
    let screen_of: HashMap<SymbolId, usize> = model
        .screens
        .iter()
        .enumerate()
        .map(|(i, s)| (s.map, i))
        .collect();
    let mut flows = Vec::new();
    for ((program, map), using) in &uses {
        let Some(&screen) = screen_of.get(map) else {
            continue;
        };
        let links = symbolic_fields(model, *program, screen);
        for (field, link) in model.screens[screen].fields.iter().zip(&links) {
            let Some(field_symbol) = field.symbol else {
                continue;
            };
            // Only what can come back from the terminal: fields the operator types into, and
            // fields sent with FSET.
            let returns = field.is_input() || field.attributes.fset;
            if let (true, Some(input), Some(span)) = (returns, link.input, using.receive) {
                flows.push(DataFlow {
                    source: FlowEnd::symbol(field_symbol),
                    target: FlowEnd::symbol(input),
                    kind: FlowKind::ScreenInput,
                    owner: *program,
                    span: Some(span),
                });
            }
            if let (Some(output), Some(span)) = (link.output, using.send) {
                flows.push(DataFlow {
                    source: FlowEnd::symbol(output),
                    target: FlowEnd::symbol(field_symbol),
                    kind: FlowKind::ScreenOutput,
                    owner: *program,
                    span: Some(span),
                });
            }
        }
    }
    model.flows.extend(flows);
}
