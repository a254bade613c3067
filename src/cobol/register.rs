//! Turns the facts of every COBOL file into model symbols and references.
//!
//! Runs once, sequentially, after all files are parsed: programs first (so CALLs, CICS LINK/XCTL
//! and JCL steps can find them by PROGRAM-ID), then each program's procedures, data items,
//! condition-names and files, then the references of its statements.

use std::collections::HashMap;

use super::dynamic_targets;
use super::extract::{
    CallTarget, CobolFacts, DataItemFacts, DataRef, ProcedureKind, ProgramFacts, StatementKind,
};
use crate::model::{
    ConditionSite, DataFlow, DecisionRow, DecisionTable, DisplayStatement, FileId, FlowEnd,
    FlowKind, Model, Namespace, NewSymbol, ProcedureControl, ProgramControl, ProgramEnd, RefKind,
    RefTarget, Reference, Span, SymbolId, SymbolKind,
};
use crate::sql::{self, HostVarDirection, TableAccess};

/// A COBOL file's facts and inclusions, ready to register.
pub struct CobolUnit {
    pub file: FileId,
    pub facts: CobolFacts,
    /// (copybook name, resolved file, span of the COPY statement).
    pub inclusions: Vec<(String, Option<FileId>, Span)>,
}

/// Program symbols by PROGRAM-ID, filled by [`declare_programs`].
pub type ProgramIndex = HashMap<String, SymbolId>;

/// Adds a symbol for every program (nested ones included).
pub fn declare_programs(model: &mut Model, units: &[CobolUnit]) -> ProgramIndex {
    let mut index = ProgramIndex::new();
    for unit in units {
        let mut ids: Vec<Option<SymbolId>> = Vec::new();
        for program in &unit.facts.programs {
            if program.name.is_empty() {
                ids.push(None);
                continue;
            }
            let parent = program.parent.and_then(|p| ids.get(p).copied().flatten());
            let id = model.add_symbol(NewSymbol {
                kind: SymbolKind::Program,
                name: program.name.clone(),
                qualified_name: program.name.clone(),
                span: program.span,
                name_span: program.name_span,
                parent,
                detail: (!program.attributes.is_empty()).then(|| program.attributes.join(" ")),
            });
            index.entry(program.name.clone()).or_insert(id);
            ids.push(Some(id));
        }
    }
    index
}

/// A CALL or CICS LINK/XCTL whose arguments are paired with the called program's parameters
/// once every program is registered.
struct PendingCall {
    owner: SymbolId,
    span: Span,
    callees: Vec<String>,
    /// Argument items by position, with BY REFERENCE.
    arguments: Vec<(Option<SymbolId>, bool)>,
    /// CICS COMMAREA: paired with the callee's DFHCOMMAREA (both ways for LINK).
    commarea: Option<(SymbolId, bool)>,
}

/// What registering one program leaves for the cross-program pass.
#[derive(Default)]
struct Pending {
    calls: Vec<PendingCall>,
    /// `PROCEDURE DIVISION USING` items of each program, by position.
    parameters: HashMap<SymbolId, Vec<Option<SymbolId>>>,
    /// Seeds and sites of dynamic targets.
    dynamic: dynamic_targets::Pending,
    /// Data a program declares GLOBAL (with the items under it), by program and name: its
    /// nested programs see them.
    globals: HashMap<String, HashMap<String, SymbolId>>,
    /// GLOBAL files by program.
    global_files: HashMap<String, GlobalFiles>,
}

/// A program's GLOBAL files: file name → symbol, and record name → file name.
type GlobalFiles = (HashMap<String, SymbolId>, HashMap<String, String>);

/// Adds the members and references of every program.
pub fn register_programs(model: &mut Model, units: &[CobolUnit], programs: &ProgramIndex) {
    let mut pending = Pending::default();
    for unit in units {
        include_references(model, unit, programs);
        for program in &unit.facts.programs {
            let Some(&program_id) = programs.get(&program.name) else {
                continue;
            };
            if model.symbol(program_id).name_span != program.name_span {
                // A second program with the same PROGRAM-ID: the first one keeps the name.
                continue;
            }
            // Enclosing programs, nearest first: their GLOBAL data is visible here.
            let mut ancestors = Vec::new();
            let mut parent = program.parent;
            while let Some(p) = parent {
                ancestors.push(unit.facts.programs[p].name.clone());
                parent = unit.facts.programs[p].parent;
            }
            register_program(
                model,
                program,
                program_id,
                programs,
                &ancestors,
                &mut pending,
            );
        }
    }
    link_calls(model, programs, &pending);
    let Pending {
        calls,
        parameters,
        dynamic,
        ..
    } = pending;
    let mut calls = calls;
    dynamic_targets::resolve(
        model,
        &dynamic,
        &|name| programs.contains_key(name),
        &|name| program_target(programs, name),
        &mut |model, call, callee| {
            calls[call].callees.push(callee.to_string());
            link_call(model, programs, &parameters, &calls[call], callee);
        },
    );
}

/// The reference target of a program name: the project program, an IBM routine (external) or
/// an unresolved name.
fn program_target(programs: &ProgramIndex, name: &str) -> RefTarget {
    match programs.get(name) {
        Some(&id) => RefTarget::Symbol { id },
        // IBM run-time and subsystem routines are known, just outside the project.
        None if super::system_services::is_system_service(name) => RefTarget::External {
            name: name.to_string(),
        },
        None => RefTarget::Unresolved {
            name: name.to_string(),
        },
    }
}

/// The data items of copybooks no program includes, under the copybook's symbol
/// (`CLAIMREC.CLAIM-RECORD.CLAIM-ID`), so their record layouts are known.
pub fn register_copybooks(model: &mut Model, units: &[CobolUnit]) {
    for unit in units {
        let file = model.file(unit.file);
        if file.kind != crate::model::FileKind::CobolCopybook {
            continue;
        }
        let path = file.path.clone();
        let file_name = path.rsplit('/').next().unwrap_or(&path);
        let member = file_name
            .split_once('.')
            .map_or(file_name, |(stem, _)| stem)
            .to_ascii_uppercase();
        let copybook = model.add_symbol(NewSymbol {
            kind: SymbolKind::Copybook,
            name: member.clone(),
            qualified_name: member.clone(),
            span: None,
            name_span: None,
            parent: None,
            detail: Some(path),
        });
        for facts in &unit.facts.programs {
            let mut ids: Vec<SymbolId> = Vec::new();
            let mut paths: Vec<String> = Vec::new();
            for (i, item) in facts.data_items.iter().enumerate() {
                let own = path_segment(item, i);
                let path = match item.parent {
                    Some(p) => format!("{}.{own}", paths[p]),
                    None => own,
                };
                let parent = item.parent.map(|p| ids[p]).unwrap_or(copybook);
                let id = add_data_item(model, item, format!("{member}.{path}"), parent);
                ids.push(id);
                paths.push(path);
            }
        }
    }
}

/// CALL USING → LINKAGE by position (and back for BY REFERENCE); COMMAREA → DFHCOMMAREA.
fn link_calls(model: &mut Model, programs: &ProgramIndex, pending: &Pending) {
    for call in &pending.calls {
        for callee in &call.callees {
            link_call(model, programs, &pending.parameters, call, callee);
        }
    }
}

/// Links one call to one callee (see [`link_calls`]).
fn link_call(
    model: &mut Model,
    programs: &ProgramIndex,
    parameters: &HashMap<SymbolId, Vec<Option<SymbolId>>>,
    call: &PendingCall,
    callee: &str,
) {
    {
        {
            let Some(&callee_id) = programs.get(callee) else {
                return;
            };
            let mut flow = |source: SymbolId, target: SymbolId, kind: FlowKind| {
                model.flows.push(DataFlow {
                    source: FlowEnd::symbol(source),
                    target: FlowEnd::symbol(target),
                    kind,
                    owner: call.owner,
                    span: Some(call.span),
                });
            };
            if let Some(params) = parameters.get(&callee_id) {
                for (&(argument, by_reference), &param) in call.arguments.iter().zip(params) {
                    let (Some(argument), Some(param)) = (argument, param) else {
                        continue;
                    };
                    flow(argument, param, FlowKind::CallUsing);
                    if by_reference {
                        flow(param, argument, FlowKind::CallReturn);
                    }
                }
            }
            if let Some((area, returns)) = call.commarea {
                let name = format!("{}.DFHCOMMAREA", model.symbol(callee_id).qualified_name);
                if let Some(target) = model.lookup(Namespace::Cobol, &name) {
                    model.flows.push(DataFlow {
                        source: FlowEnd::symbol(area),
                        target: FlowEnd::symbol(target),
                        kind: FlowKind::CallUsing,
                        owner: call.owner,
                        span: Some(call.span),
                    });
                    if returns {
                        model.flows.push(DataFlow {
                            source: FlowEnd::symbol(target),
                            target: FlowEnd::symbol(area),
                            kind: FlowKind::CallReturn,
                            owner: call.owner,
                            span: Some(call.span),
                        });
                    }
                }
            }
        }
    }
}

/// COPY inclusions: references from the file's (first) program to each copybook.
fn include_references(model: &mut Model, unit: &CobolUnit, programs: &ProgramIndex) {
    let from = unit
        .facts
        .programs
        .iter()
        .find_map(|p| programs.get(&p.name).copied());
    let Some(from) = from else {
        return;
    };
    for (name, resolved, span) in &unit.inclusions {
        let target = match resolved {
            Some(file) => {
                let path = model.file(*file).path.clone();
                let id = model.add_symbol(NewSymbol {
                    kind: SymbolKind::Copybook,
                    name: name.clone(),
                    qualified_name: name.clone(),
                    span: None,
                    name_span: None,
                    parent: None,
                    detail: Some(path),
                });
                RefTarget::Symbol { id }
            }
            None => RefTarget::Unresolved { name: name.clone() },
        };
        model.references.push(Reference {
            from,
            target,
            kind: RefKind::Include,
            span: *span,
        });
    }
}

fn register_program(
    model: &mut Model,
    program: &ProgramFacts,
    program_id: SymbolId,
    programs: &ProgramIndex,
    ancestors: &[String],
    pending: &mut Pending,
) {
    let prog = program.name.clone();
    // Procedures.
    let mut procedure_ids: Vec<SymbolId> = Vec::new();
    let mut by_name: HashMap<String, SymbolId> = HashMap::new();
    // (section, paragraph) → paragraph, for `PARA IN SECT` and for a paragraph name that an
    // unqualified reference finds in its own section first.
    let mut in_section: HashMap<(String, String), SymbolId> = HashMap::new();
    for p in &program.procedures {
        let section_name = p.section.map(|s| program.procedures[s].name.clone());
        let plain = format!("{prog}.{}", p.name);
        let qualified = if model.lookup(Namespace::Cobol, &plain).is_some() {
            match &section_name {
                Some(section) => format!("{prog}.{section}.{}", p.name),
                None => format!("{plain}#{}", procedure_ids.len()),
            }
        } else {
            plain
        };
        let parent = p.section.map(|s| procedure_ids[s]).unwrap_or(program_id);
        let id = model.add_symbol(NewSymbol {
            kind: match p.kind {
                ProcedureKind::Section => SymbolKind::Section,
                ProcedureKind::Paragraph => SymbolKind::Paragraph,
            },
            name: p.name.clone(),
            qualified_name: qualified,
            span: p.span,
            name_span: p.name_span,
            parent: Some(parent),
            detail: None,
        });
        procedure_ids.push(id);
        by_name.entry(p.name.clone()).or_insert(id);
        if let Some(section) = section_name {
            in_section.insert((section, p.name.clone()), id);
        }
    }
    super::metrics::register(model, program, program_id, &procedure_ids);
    // Data items and condition-names.
    let mut item_ids: Vec<SymbolId> = Vec::new();
    let mut item_paths: Vec<String> = Vec::new();
    // Data names → (symbol, names of its ancestors), for resolving `A OF B` references.
    let mut items_by_name: HashMap<String, Vec<(SymbolId, Vec<String>)>> = HashMap::new();
    for (i, item) in program.data_items.iter().enumerate() {
        let parent_path = item.parent.map(|p| item_paths[p].clone());
        let own = path_segment(item, i);
        let path = match &parent_path {
            Some(pp) => format!("{pp}.{own}"),
            None => own,
        };
        let parent = item.parent.map(|p| item_ids[p]).unwrap_or(program_id);
        let id = add_data_item(model, item, format!("{prog}.{path}"), parent);
        let ancestors: Vec<String> =
            std::iter::successors(item.parent, |&p| program.data_items[p].parent)
                .map(|p| program.data_items[p].name.clone())
                .chain(item.file.clone())
                .collect();
        items_by_name
            .entry(item.name.clone())
            .or_default()
            .push((id, ancestors.clone()));
        for (index, span) in &item.indexes {
            let index_id = model.add_symbol(NewSymbol {
                kind: SymbolKind::IndexName,
                name: index.clone(),
                qualified_name: format!("{prog}.{path}.{index}"),
                span: *span,
                name_span: *span,
                parent: Some(id),
                detail: Some(format!("INDEX OF {}", item.name)),
            });
            items_by_name
                .entry(index.clone())
                .or_default()
                .push((index_id, ancestors.clone()));
        }
        item_ids.push(id);
        item_paths.push(path);
    }
    dynamic_targets::collect_seeds(&mut pending.dynamic, program, &item_ids);
    // Group ⊃ elementary, and REDEFINES overlap.
    for (i, item) in program.data_items.iter().enumerate() {
        let structural = |source: SymbolId, target: SymbolId, kind: FlowKind| DataFlow {
            source: FlowEnd::symbol(source),
            target: FlowEnd::symbol(target),
            kind,
            owner: program_id,
            span: item.span,
        };
        if item.level == 88 {
            continue;
        }
        if let Some(parent) = item.parent {
            model.flows.push(structural(
                item_ids[parent],
                item_ids[i],
                FlowKind::Contains,
            ));
            model.flows.push(structural(
                item_ids[i],
                item_ids[parent],
                FlowKind::ContainedBy,
            ));
        }
        if let Some(redefined) = &item.redefines {
            let redefined = redefined.to_ascii_uppercase();
            let other = program.data_items[..i]
                .iter()
                .rposition(|o| o.name == redefined && o.parent == item.parent);
            if let Some(o) = other {
                model
                    .flows
                    .push(structural(item_ids[o], item_ids[i], FlowKind::Redefines));
                model
                    .flows
                    .push(structural(item_ids[i], item_ids[o], FlowKind::Redefines));
            }
        }
    }
    // Files.
    let mut file_ids: HashMap<String, SymbolId> = HashMap::new();
    for f in &program.files {
        let id = model.add_symbol(NewSymbol {
            kind: SymbolKind::File,
            name: f.name.clone(),
            qualified_name: format!("{prog}.{}", f.name),
            span: f.span,
            name_span: f.name_span,
            parent: Some(program_id),
            detail: f
                .assign
                .as_ref()
                .map(|a| match &f.status {
                    Some(s) => format!("ASSIGN TO {a} FILE STATUS {s}"),
                    None => format!("ASSIGN TO {a}"),
                })
                .or_else(|| f.description.clone()),
        });
        file_ids.insert(f.name.clone(), id);
    }
    // Records of each file, so WRITE record / REWRITE record find their file.
    let mut record_file: HashMap<String, String> = HashMap::new();
    let mut file_records: HashMap<&str, Vec<SymbolId>> = HashMap::new();
    for (i, item) in program.data_items.iter().enumerate() {
        if let Some(file) = &item.file
            && item.level == 1
        {
            record_file.insert(item.name.clone(), file.clone());
            file_records
                .entry(file.as_str())
                .or_default()
                .push(item_ids[i]);
        }
    }
    // GLOBAL files: this program's, for its nested programs; its ancestors', for itself.
    let own_files: HashMap<String, SymbolId> = program
        .files
        .iter()
        .filter(|f| f.global)
        .filter_map(|f| Some((f.name.clone(), *file_ids.get(&f.name)?)))
        .collect();
    let own_records: HashMap<String, String> = record_file
        .iter()
        .filter(|(_, file)| own_files.contains_key(*file))
        .map(|(r, f)| (r.clone(), f.clone()))
        .collect();
    for ancestor in ancestors {
        if let Some((files, records)) = pending.global_files.get(ancestor) {
            for (name, id) in files {
                file_ids.entry(name.clone()).or_insert(*id);
            }
            for (record, file) in records {
                record_file
                    .entry(record.clone())
                    .or_insert_with(|| file.clone());
            }
        }
    }
    pending
        .global_files
        .insert(prog.clone(), (own_files, own_records));

    // Statements.
    // GLOBAL data: this program's own, for its nested programs; its ancestors', for itself.
    let mut own_globals: HashMap<String, SymbolId> = HashMap::new();
    for (i, item) in program.data_items.iter().enumerate() {
        let mut at = Some(i);
        while let Some(j) = at {
            if program.data_items[j].global {
                own_globals.entry(item.name.clone()).or_insert(item_ids[i]);
                break;
            }
            at = program.data_items[j].parent;
        }
    }
    let mut inherited: HashMap<String, SymbolId> = HashMap::new();
    for ancestor in ancestors.iter().rev() {
        if let Some(globals) = pending.globals.get(ancestor) {
            inherited.extend(globals.iter().map(|(k, v)| (k.clone(), *v)));
        }
    }
    pending.globals.insert(prog.clone(), own_globals);
    // Data read and written by each statement.
    let resolve_data = |r: &DataRef| -> RefTarget {
        let candidates = items_by_name.get(&r.name);
        let found = candidates
            .and_then(|c| {
                c.iter()
                    .find(|(_, ancestors)| r.qualifiers.iter().all(|q| ancestors.contains(q)))
                    .map(|(id, _)| *id)
            })
            .or_else(|| inherited.get(&r.name).copied());
        match found {
            Some(id) => RefTarget::Symbol { id },
            None if is_special_register(&r.name) => RefTarget::External {
                name: r.name.clone(),
            },
            None => RefTarget::Unresolved {
                name: format!("{prog}.{}", r.name),
            },
        }
    };
    // The project symbol a data name stands for, if it resolves to one.
    let data_ref_symbol = |r: &DataRef| match resolve_data(r) {
        RefTarget::Symbol { id } => Some(id),
        _ => None,
    };
    for access in &program.accesses {
        let Some(span) = access.span else {
            continue;
        };
        let from = access
            .procedure
            .map(|p| procedure_ids[p])
            .unwrap_or(program_id);
        for (refs, kind) in [
            (&access.reads, RefKind::Read),
            (&access.writes, RefKind::Write),
        ] {
            for r in refs {
                model.references.push(Reference {
                    from,
                    target: resolve_data(r),
                    kind,
                    span,
                });
            }
        }
        let Some(kind) = statement_flow_kind(&access.verb) else {
            continue;
        };
        let symbols = |refs: &[DataRef]| -> Vec<SymbolId> {
            let mut out: Vec<SymbolId> = Vec::new();
            for r in refs {
                if let Some(id) = data_ref_symbol(r)
                    && !out.contains(&id)
                {
                    out.push(id);
                }
            }
            out
        };
        let keys = symbols(&access.keys);
        let mut sources = symbols(&access.reads);
        sources.retain(|s| !keys.contains(s));
        let targets = symbols(&access.writes);
        let mut extra: Vec<(SymbolId, SymbolId)> = Vec::new();
        // The key selects the record: it reaches what the statement fills, as a key.
        let mut key_flows: Vec<(SymbolId, SymbolId)> = Vec::new();
        match (kind, &access.file) {
            (FlowKind::Read, Some(file)) => {
                // READ f INTO x: f → its records → x.
                if let Some(&file_id) = file_ids.get(file) {
                    sources.push(file_id);
                    for &record in file_records.get(file.as_str()).into_iter().flatten() {
                        extra.push((file_id, record));
                        key_flows.extend(keys.iter().map(|&k| (k, record)));
                    }
                }
            }
            (FlowKind::Write, Some(record)) => {
                // WRITE r FROM x: x → r → f.
                let file = record_file.get(record).unwrap_or(record);
                if let (RefTarget::Symbol { id: r }, Some(&f)) = (
                    resolve_data(&DataRef {
                        name: record.clone(),
                        qualifiers: Vec::new(),
                    }),
                    file_ids.get(file),
                ) {
                    extra.push((r, f));
                }
            }
            _ => {}
        }
        for &t in &targets {
            for &s in &sources {
                if s != t || kind == FlowKind::Compute {
                    extra.push((s, t));
                }
            }
        }
        key_flows.extend(
            targets
                .iter()
                .flat_map(|&t| keys.iter().filter(move |&&k| k != t).map(move |&k| (k, t))),
        );
        let flows = extra.into_iter().map(|pair| (pair, kind));
        let flows = flows.chain(
            key_flows
                .into_iter()
                .map(|pair| (pair, FlowKind::RecordKey)),
        );
        for ((s, t), kind) in flows {
            model.flows.push(DataFlow {
                source: FlowEnd::symbol(s),
                target: FlowEnd::symbol(t),
                kind,
                owner: from,
                span: Some(span),
            });
        }
    }
    for d in &program.decisions {
        let Some(span) = d.span else {
            continue;
        };
        model.decisions.push(DecisionTable {
            owner: d.procedure.map(|p| procedure_ids[p]).unwrap_or(program_id),
            span,
            subjects: d.subjects.clone(),
            rows: d
                .rows
                .iter()
                .map(|(when, other, actions)| DecisionRow {
                    when: when.clone(),
                    other: *other,
                    actions: actions.clone(),
                })
                .collect(),
        });
    }
    for c in &program.conditions {
        let Some(span) = c.span else {
            continue;
        };
        let owner = c.procedure.map(|p| procedure_ids[p]).unwrap_or(program_id);
        model.conditions.push(ConditionSite {
            owner,
            kind: c.kind.name(),
            span,
            text: c.text.clone(),
            statement: c.statement,
            guarded: c.guarded,
            consequence: c.consequence,
            alternative: c.alternative,
        });
    }

    let mut ends: Vec<ProgramEnd> = Vec::new();
    // Cursors declared in the program: their tables and select lists, for FETCH.
    let mut cursors: HashMap<String, (Vec<String>, Vec<Vec<String>>)> = HashMap::new();
    for st in &program.statements {
        if let StatementKind::Sql { text } = &st.kind
            && text
                .trim_start()
                .get(..7)
                .is_some_and(|w| w.eq_ignore_ascii_case("DECLARE"))
        {
            let statement = sql::analyze(text);
            if statement.kind == sql::StatementKind::DeclareCursor
                && let Some(cursor) = &statement.cursor
            {
                let tables = statement
                    .tables
                    .iter()
                    .filter(|t| t.access == TableAccess::Read)
                    .map(|t| t.base_name().to_string())
                    .collect();
                let select = sql::column_pairs(text).select_list;
                cursors.insert(cursor.clone(), (tables, select));
            }
        }
    }
    let data_symbol = |name: &str| {
        data_ref_symbol(&DataRef {
            name: name.to_string(),
            qualifiers: Vec::new(),
        })
    };
    for st in &program.statements {
        let from = st.procedure.map(|p| procedure_ids[p]).unwrap_or(program_id);
        let Some(span) = st.span else {
            continue;
        };
        let push = |model: &mut Model, target: RefTarget, kind: RefKind| {
            model.references.push(Reference {
                from,
                target,
                kind,
                span,
            });
        };
        let own_section = st.procedure.and_then(|p| {
            let p = &program.procedures[p];
            match p.kind {
                ProcedureKind::Section => Some(p.name.clone()),
                ProcedureKind::Paragraph => p.section.map(|s| program.procedures[s].name.clone()),
            }
        });
        let procedure_id = |name: &str| match name.split_once('.') {
            Some((section, paragraph)) => in_section
                .get(&(section.to_string(), paragraph.to_string()))
                .copied(),
            None => own_section
                .as_ref()
                .and_then(|s| in_section.get(&(s.clone(), name.to_string())))
                .or_else(|| by_name.get(name))
                .copied(),
        };
        let procedure = |name: &str| match procedure_id(name) {
            Some(id) => RefTarget::Symbol { id },
            None => RefTarget::Unresolved {
                name: format!("{prog}.{name}"),
            },
        };
        let program_target = |name: &str| program_target(programs, name);
        // A target named through a data item waits for `dynamic_targets::resolve`.
        let dynamic_site = |kind, verb: &str, variable: &str, call, data| dynamic_targets::Site {
            kind,
            owner: from,
            span,
            verb: verb.to_string(),
            variable: variable.to_string(),
            item: data_symbol(variable),
            call,
            data,
        };
        match &st.kind {
            StatementKind::Perform { target, thru } => {
                push(model, procedure(target), RefKind::Perform);
                if let Some(thru) = thru {
                    push(model, procedure(thru), RefKind::PerformThru);
                }
            }
            StatementKind::GoTo { targets, .. } => {
                for t in targets {
                    push(model, procedure(t), RefKind::GoTo);
                }
            }
            StatementKind::Call { target, arguments } => {
                let callees = match target {
                    CallTarget::Literal(name) => {
                        push(model, program_target(name), RefKind::Call);
                        vec![name.clone()]
                    }
                    CallTarget::DataName(variable) => {
                        let call = Some(pending.calls.len());
                        let site = dynamic_targets::SiteKind::Call;
                        let site = dynamic_site(site, "CALL", variable, call, None);
                        pending.dynamic.sites.push(site);
                        Vec::new()
                    }
                };
                pending.calls.push(PendingCall {
                    owner: from,
                    span,
                    callees,
                    arguments: arguments
                        .iter()
                        .map(|a| (a.data.as_ref().and_then(data_ref_symbol), a.by_reference))
                        .collect(),
                    commarea: None,
                });
            }
            StatementKind::CicsTransfer {
                verb,
                program,
                commarea,
            } => {
                let kind = if verb == "XCTL" {
                    RefKind::CicsXctl
                } else {
                    RefKind::CicsLink
                };
                let callees = match program {
                    CallTarget::Literal(name) => {
                        push(model, program_target(name), kind);
                        vec![name.clone()]
                    }
                    CallTarget::DataName(variable) => {
                        let call = Some(pending.calls.len());
                        let site = dynamic_targets::transfer_kind(verb);
                        let site = dynamic_site(site, verb, variable, call, None);
                        pending.dynamic.sites.push(site);
                        Vec::new()
                    }
                };
                let commarea = commarea
                    .as_ref()
                    .and_then(data_ref_symbol)
                    .map(|id| (id, verb == "LINK"));
                if commarea.is_some() || callees.is_empty() {
                    pending.calls.push(PendingCall {
                        owner: from,
                        span,
                        callees,
                        arguments: Vec::new(),
                        commarea,
                    });
                }
            }
            StatementKind::Alter { pairs } => {
                for (altered, target) in pairs {
                    let altered_id = procedure_id(altered).unwrap_or(from);
                    model.references.push(Reference {
                        from: altered_id,
                        target: procedure(target),
                        kind: RefKind::Alter,
                        span,
                    });
                }
            }
            StatementKind::Handler { targets, .. } => {
                for t in targets {
                    push(model, procedure(t), RefKind::GoTo);
                }
            }
            StatementKind::CicsTransaction { verb, transaction } => {
                let id = model.add_symbol(NewSymbol::new(
                    SymbolKind::CicsTransaction,
                    transaction.clone(),
                    transaction.clone(),
                ));
                let kind = if verb == "START" {
                    RefKind::CicsStart
                } else {
                    RefKind::CicsReturnTransid
                };
                push(model, RefTarget::Symbol { id }, kind);
            }
            StatementKind::CicsFile { verb, file, data } => {
                let kind = match verb.as_str() {
                    "REWRITE" => RefKind::Update,
                    "DELETE" => RefKind::Delete,
                    "WRITE" => RefKind::Write,
                    _ => RefKind::Read,
                };
                let data = data.as_ref().and_then(|d| data_symbol(&d.name));
                dynamic_targets::register_dataset_access(
                    model,
                    file,
                    "CICS file",
                    kind,
                    from,
                    span,
                    data,
                );
            }
            StatementKind::CicsNamedResource { verb, name, data } => {
                let data = data.as_ref().and_then(|d| data_symbol(&d.name));
                match dynamic_targets::literal_name(name) {
                    Some(name) => {
                        dynamic_targets::register_resource(model, verb, name, from, span, data)
                    }
                    None => {
                        let site = dynamic_targets::SiteKind::Resource;
                        if let CallTarget::DataName(variable) = name {
                            let site = dynamic_site(site, verb, variable, None, data);
                            pending.dynamic.sites.push(site);
                        }
                    }
                }
            }
            StatementKind::DliSegment {
                verb,
                segment,
                data,
            } => {
                let kind = match verb.as_str() {
                    "ISRT" => RefKind::Write,
                    "REPL" => RefKind::Update,
                    "DLET" => RefKind::Delete,
                    _ => RefKind::Read,
                };
                let data = data.as_ref().and_then(|d| data_symbol(&d.name));
                dynamic_targets::register_dataset_access(
                    model,
                    segment,
                    "IMS segment",
                    kind,
                    from,
                    span,
                    data,
                );
            }
            StatementKind::CicsMap {
                verb,
                map,
                mapset,
                data,
            } => {
                // Without MAPSET, CICS takes the mapset named like the map; a map defined in
                // exactly one mapset of the project is that one.
                let qualified = match mapset {
                    Some(set) => format!("{set}.{map}"),
                    None => {
                        let mut defined = model
                            .screens
                            .iter()
                            .filter(|s| &s.name == map)
                            .map(|s| format!("{}.{map}", s.mapset));
                        match (defined.next(), defined.next()) {
                            (Some(one), None) => one,
                            _ => format!("{map}.{map}"),
                        }
                    }
                };
                let id =
                    model.add_symbol(NewSymbol::new(SymbolKind::CicsMap, map.clone(), qualified));
                let receive = verb.starts_with("RECEIVE");
                let kind = if receive {
                    RefKind::Read
                } else {
                    RefKind::Write
                };
                push(model, RefTarget::Symbol { id }, kind);
                // Without INTO/FROM, CICS uses the symbolic map `<map>I` / `<map>O`.
                let item = match data {
                    Some(d) => data_symbol(&d.name),
                    None => data_symbol(&format!("{map}{}", if receive { "I" } else { "O" })),
                };
                if let Some(item) = item {
                    if receive {
                        push_flow(model, id, item, FlowKind::Read, from, span);
                    } else {
                        push_flow(model, item, id, FlowKind::Write, from, span);
                    }
                }
            }
            StatementKind::Sql { text } => {
                let statement = sql::analyze(text);
                let mut tables: Vec<(SymbolId, TableAccess)> = Vec::new();
                for t in &statement.tables {
                    let kind = match t.access {
                        TableAccess::Read => RefKind::SqlSelect,
                        TableAccess::Insert => RefKind::SqlInsert,
                        TableAccess::Update => RefKind::SqlUpdate,
                        TableAccess::Delete => RefKind::SqlDelete,
                        TableAccess::Ddl => continue,
                    };
                    let name = t.base_name().to_string();
                    let id = table_symbol(model, &name);
                    push(model, RefTarget::Symbol { id }, kind);
                    tables.push((id, t.access));
                }
                sql_flows(
                    model,
                    &statement,
                    text,
                    &tables,
                    &cursors,
                    &data_symbol,
                    from,
                    span,
                );
            }
            StatementKind::FileIo { verb, file } => {
                let file_name = record_file.get(file).unwrap_or(file);
                let Some(&id) = file_ids.get(file_name) else {
                    continue;
                };
                let kind = match verb.as_str() {
                    "READ" | "START" | "RETURN" | "RECEIVE" => RefKind::Read,
                    "WRITE" | "RELEASE" | "GENERATE" | "SEND" => RefKind::Write,
                    "REWRITE" => RefKind::Update,
                    "DELETE" => RefKind::Delete,
                    _ => continue,
                };
                push(model, RefTarget::Symbol { id }, kind);
            }
            StatementKind::End { verb } => ends.push(ProgramEnd {
                owner: from,
                verb: verb.clone(),
                span,
            }),
            StatementKind::Display {
                literals,
                data_operands,
                upon,
            } => model.displays.push(DisplayStatement {
                owner: from,
                span,
                literals: literals.clone(),
                data_operands: *data_operands,
                upon: upon.clone(),
            }),
        }
    }
    model.control.push(ProgramControl {
        program: program_id,
        procedures: program
            .procedures
            .iter()
            .zip(&procedure_ids)
            .map(|(p, &id)| ProcedureControl {
                id,
                falls_through: p.falls_through,
            })
            .collect(),
        has_preamble: program.has_preamble,
        preamble_falls_through: program.preamble_falls_through,
        ends,
    });
    let parameters = program.using.iter().map(|name| data_symbol(name)).collect();
    pending.parameters.insert(program_id, parameters);
}

fn push_flow(
    model: &mut Model,
    source: SymbolId,
    target: SymbolId,
    kind: FlowKind,
    owner: SymbolId,
    span: Span,
) {
    model.flows.push(DataFlow {
        source: FlowEnd::symbol(source),
        target: FlowEnd::symbol(target),
        kind,
        owner,
        span: Some(span),
    });
}

/// The DB table symbol of `name`, created when no DDL declares it.
fn table_symbol(model: &mut Model, name: &str) -> SymbolId {
    model
        .lookup(Namespace::Db, name)
        .unwrap_or_else(|| model.add_symbol(NewSymbol::new(SymbolKind::DbTable, name, name)))
}

/// Host variables ↔ tables (and columns where the statement pairs them by position).
#[allow(clippy::too_many_arguments)]
fn sql_flows(
    model: &mut Model,
    statement: &sql::SqlStatement,
    text: &str,
    tables: &[(SymbolId, TableAccess)],
    cursors: &HashMap<String, (Vec<String>, Vec<Vec<String>>)>,
    data_symbol: &dyn Fn(&str) -> Option<SymbolId>,
    owner: SymbolId,
    span: Span,
) {
    let pairs = sql::column_pairs(text);
    let mut flows: Vec<(SymbolId, SymbolId, FlowKind)> = Vec::new();
    let column = |model: &Model, tables: &[SymbolId], column: &str| {
        tables.iter().find_map(|&t| {
            let name = format!("{}.{column}", model.symbol(t).qualified_name);
            model.lookup(Namespace::Db, &name)
        })
    };
    let hv = |name: &str| data_symbol(name.rsplit('.').next().unwrap_or(name));
    // Values out of the database: SELECT … INTO, FETCH.
    let (read_tables, outputs): (Vec<SymbolId>, Vec<(String, String)>) = if statement.kind
        == sql::StatementKind::Fetch
    {
        let Some((names, select)) = statement.cursor.as_ref().and_then(|c| cursors.get(c)) else {
            return;
        };
        let ids = names.iter().map(|n| table_symbol(model, n)).collect();
        let outputs = select
            .iter()
            .zip(&pairs.fetch_into)
            .flat_map(|(columns, hv)| columns.iter().map(|c| (c.clone(), hv.clone())))
            .collect();
        (ids, outputs)
    } else {
        let ids = tables
            .iter()
            .filter(|(_, a)| *a == TableAccess::Read)
            .map(|(id, _)| *id)
            .collect();
        (ids, pairs.outputs.clone())
    };
    let output_vars: Vec<String> = if statement.kind == sql::StatementKind::Fetch {
        pairs.fetch_into.clone()
    } else {
        statement
            .host_variables
            .iter()
            .filter(|h| h.direction == HostVarDirection::Output)
            .map(|h| h.name.clone())
            .collect()
    };
    // Host variables of the WHERE clause choose the rows: keys of what arrives.
    let upper = text.to_ascii_uppercase();
    let where_at = upper.find("WHERE");
    let in_where = |name: &str| {
        where_at.is_some_and(|w| {
            upper[w..].contains(&format!(":{}", name.to_ascii_uppercase()))
                && !pairs.inputs.iter().any(|(n, _)| n == name)
        })
    };
    let where_vars: Vec<SymbolId> = statement
        .host_variables
        .iter()
        .filter(|h| h.direction == HostVarDirection::Input && in_where(&h.name))
        .filter_map(|h| hv(&h.name))
        .collect();
    // Where a column is known, the table as a whole is left out: it would join every
    // column's value with every other.
    let by_column: Vec<&str> = outputs
        .iter()
        .filter(|(col, _)| column(model, &read_tables, col).is_some())
        .map(|(_, name)| name.as_str())
        .collect();
    for name in &output_vars {
        if let Some(target) = hv(name) {
            if !by_column.contains(&name.as_str()) {
                for &t in &read_tables {
                    flows.push((t, target, FlowKind::SqlSelect));
                }
            }
            if !read_tables.is_empty() {
                for &w in &where_vars {
                    flows.push((w, target, FlowKind::SqlWhere));
                }
            }
        }
    }
    for (col, name) in &outputs {
        if let (Some(c), Some(target)) = (column(model, &read_tables, col), hv(name)) {
            flows.push((c, target, FlowKind::SqlSelect));
        }
    }
    // Values into the database: INSERT, UPDATE.
    for &(table, access) in tables {
        let kind = match access {
            TableAccess::Insert => FlowKind::SqlInsert,
            TableAccess::Update => FlowKind::SqlUpdate,
            _ => continue,
        };
        if pairs.inputs.is_empty() {
            for h in &statement.host_variables {
                if h.direction == HostVarDirection::Input
                    && !in_where(&h.name)
                    && let Some(source) = hv(&h.name)
                {
                    flows.push((source, table, kind));
                }
            }
        }
        for &w in &where_vars {
            flows.push((w, table, FlowKind::SqlWhere));
        }
        for (name, col) in &pairs.inputs {
            let Some(source) = hv(name) else {
                continue;
            };
            match column(model, &[table], col) {
                Some(c) => flows.push((source, c, kind)),
                None => flows.push((source, table, kind)),
            }
        }
    }
    for (source, target, kind) in flows {
        model.flows.push(DataFlow {
            source: FlowEnd::symbol(source),
            target: FlowEnd::symbol(target),
            kind,
            owner,
            span: Some(span),
        });
    }
}

/// The data-flow kind of a statement's reads → writes, by verb; `None` for statements whose
/// flows are made elsewhere (CALL, EXEC SQL) or that move nothing (conditions, DISPLAY).
fn statement_flow_kind(verb: &str) -> Option<FlowKind> {
    Some(match verb {
        "MOVE" => FlowKind::Move,
        "COMPUTE" | "ADD" | "SUBTRACT" | "MULTIPLY" | "DIVIDE" | "PERFORM VARYING" => {
            FlowKind::Compute
        }
        "STRING" => FlowKind::StringOp,
        "UNSTRING" => FlowKind::Unstring,
        "INSPECT" => FlowKind::Inspect,
        "INITIALIZE" => FlowKind::Initialize,
        "SET" => FlowKind::Set,
        "ACCEPT" => FlowKind::Accept,
        "READ" | "RETURN" => FlowKind::Read,
        "WRITE" | "REWRITE" | "RELEASE" => FlowKind::Write,
        _ => return None,
    })
}

/// Registers and system fields every program has without declaring them.
fn is_special_register(name: &str) -> bool {
    matches!(
        name,
        "RETURN-CODE"
            | "SORT-RETURN"
            | "TALLY"
            | "WHEN-COMPILED"
            | "SQLCODE"
            | "SQLSTATE"
            | "SQLCA"
            | "SQLERRM"
            | "SQLWARN0"
            | "DFHCOMMAREA"
            | "DFHEIBLK"
            | "LINAGE-COUNTER"
            | "DEBUG-ITEM"
            | "DEBUG-LINE"
            | "DEBUG-NAME"
            | "DEBUG-CONTENTS"
            | "PAGE-COUNTER"
            | "LINE-COUNTER"
            | "XML-CODE"
            | "XML-EVENT"
            | "XML-TEXT"
            | "XML-NTEXT"
            | "JSON-CODE"
            | "JSON-STATUS"
            | "DIBSTAT"
            | "DIBSEGM"
            | "DIBSEGLV"
            | "DIBKFBL"
    ) || name.starts_with("EIB")
        || name.starts_with("SQLERR")
        || name.starts_with("DFH")
}

/// An item's part of its qualified name: its name, or `FILLER#n` for the n-th item if a FILLER.
fn path_segment(item: &DataItemFacts, index: usize) -> String {
    if item.name == "FILLER" {
        format!("FILLER#{index}")
    } else {
        item.name.clone()
    }
}

/// The symbol of a data item or condition-name, with its storage clauses for layouts.
fn add_data_item(
    model: &mut Model,
    item: &DataItemFacts,
    qualified_name: String,
    parent: SymbolId,
) -> SymbolId {
    let id = model.add_symbol(NewSymbol {
        kind: if item.level == 88 {
            SymbolKind::ConditionName
        } else {
            SymbolKind::DataItem
        },
        name: item.name.clone(),
        qualified_name,
        span: item.span,
        name_span: item.name_span,
        parent: Some(parent),
        detail: Some(data_item_detail(item)),
    });
    model
        .storage
        .entry(id)
        .or_insert_with(|| storage_clauses(item));
    id
}

/// What record layouts need of an item: its storage clauses with level, PICTURE, USAGE,
/// REDEFINES and VALUE.
fn storage_clauses(item: &DataItemFacts) -> crate::model::StorageClauses {
    crate::model::StorageClauses {
        level: item.level,
        picture: item.picture.clone(),
        usage: item.usage.clone(),
        redefines: item.redefines.clone(),
        values: item.values.clone(),
        ..item.storage.clone()
    }
}

/// `05 PIC S9(7)V99 COMP-3 OCCURS 12 TIMES VALUE ZERO`.
fn data_item_detail(item: &DataItemFacts) -> String {
    let mut parts = vec![format!("{:02}", item.level)];
    if let Some(p) = &item.picture {
        parts.push(format!("PIC {p}"));
    }
    if let Some(u) = &item.usage {
        parts.push(u.clone());
    }
    if let Some(o) = &item.occurs {
        parts.push(o.clone());
    }
    if let Some(r) = &item.redefines {
        parts.push(format!("REDEFINES {r}"));
    }
    if !item.values.is_empty() {
        parts.push(format!("VALUE {}", item.values.join(" ")));
    }
    if item.global {
        parts.push("GLOBAL".into());
    }
    if item.external {
        parts.push("EXTERNAL".into());
    }
    parts.join(" ")
}
