//! Turns the facts of every COBOL file into model symbols and references.
//!
//! Runs once, sequentially, after all files are parsed: programs first (so CALLs, CICS LINK/XCTL
//! and JCL steps can find them by PROGRAM-ID), then each program's procedures, data items,
//! condition-names and files, then the references of its statements.

use std::collections::HashMap;

use super::extract::{
    CallTarget, CobolFacts, ConditionKind, DataItemFacts, DataRef, ProcedureKind, ProgramFacts,
    StatementKind, unquote,
};
use crate::model::{
    ConditionSite, FileId, Model, Namespace, NewSymbol, RefKind, RefTarget, Reference, Span,
    SymbolId, SymbolKind,
};
use crate::sql::{self, TableAccess};

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
                detail: None,
            });
            index.entry(program.name.clone()).or_insert(id);
            ids.push(Some(id));
        }
    }
    index
}

/// Adds the members and references of every program.
pub fn register_programs(model: &mut Model, units: &[CobolUnit], programs: &ProgramIndex) {
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
            register_program(model, program, program_id, programs);
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
) {
    let prog = program.name.clone();
    // Procedures.
    let mut procedure_ids: Vec<SymbolId> = Vec::new();
    let mut by_name: HashMap<String, SymbolId> = HashMap::new();
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
    }
    super::metrics::register(model, program, program_id, &procedure_ids);
    // Data items and condition-names.
    let mut item_ids: Vec<SymbolId> = Vec::new();
    let mut item_paths: Vec<String> = Vec::new();
    // Data names → (symbol, names of its ancestors), for resolving `A OF B` references.
    let mut items_by_name: HashMap<String, Vec<(SymbolId, Vec<String>)>> = HashMap::new();
    let mut values_by_name: HashMap<String, Vec<String>> = HashMap::new();
    for (i, item) in program.data_items.iter().enumerate() {
        let parent_path = item.parent.map(|p| item_paths[p].clone());
        let own = if item.name == "FILLER" {
            format!("FILLER#{i}")
        } else {
            item.name.clone()
        };
        let path = match &parent_path {
            Some(pp) => format!("{pp}.{own}"),
            None => own,
        };
        let id = model.add_symbol(NewSymbol {
            kind: if item.level == 88 {
                SymbolKind::ConditionName
            } else {
                SymbolKind::DataItem
            },
            name: item.name.clone(),
            qualified_name: format!("{prog}.{path}"),
            span: item.span,
            name_span: item.name_span,
            parent: Some(item.parent.map(|p| item_ids[p]).unwrap_or(program_id)),
            detail: Some(data_item_detail(item)),
        });
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
        values_by_name
            .entry(item.name.clone())
            .or_default()
            .extend(item.values.iter().cloned());
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
            detail: f.assign.as_ref().map(|a| format!("ASSIGN TO {a}")),
        });
        file_ids.insert(f.name.clone(), id);
    }
    // Records of each file, so WRITE record / REWRITE record find their file.
    let mut record_file: HashMap<String, String> = HashMap::new();
    for item in &program.data_items {
        if let Some(file) = &item.file
            && item.level == 1
        {
            record_file.insert(item.name.clone(), file.clone());
        }
    }

    // Statements.
    let literal_values = |name: &str| -> Vec<String> {
        let mut out: Vec<String> = values_by_name
            .get(name)
            .into_iter()
            .flatten()
            .map(|v| unquote(v).to_ascii_uppercase())
            .filter(|v| !v.is_empty() && !v.contains(' '))
            .collect();
        out.extend(
            program
                .literal_moves
                .iter()
                .filter(|(target, _)| target == name)
                .map(|(_, v)| v.clone()),
        );
        out.sort();
        out.dedup();
        out
    };
    // Data read and written by each statement.
    let resolve_data = |r: &DataRef| -> RefTarget {
        let candidates = items_by_name.get(&r.name);
        let found = candidates.and_then(|c| {
            c.iter()
                .find(|(_, ancestors)| r.qualifiers.iter().all(|q| ancestors.contains(q)))
                .map(|(id, _)| *id)
        });
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
    }
    for c in &program.conditions {
        let Some(span) = c.span else {
            continue;
        };
        let owner = c.procedure.map(|p| procedure_ids[p]).unwrap_or(program_id);
        model.conditions.push(ConditionSite {
            owner,
            kind: match c.kind {
                ConditionKind::If => "if",
                ConditionKind::EvaluateSubject => "evaluate",
                ConditionKind::When => "when",
                ConditionKind::Until => "until",
                ConditionKind::SearchWhen => "search-when",
            },
            span,
            text: c.text.clone(),
        });
    }

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
        let procedure = |name: &str| match by_name.get(name) {
            Some(&id) => RefTarget::Symbol { id },
            None => RefTarget::Unresolved {
                name: format!("{prog}.{name}"),
            },
        };
        let program_target = |name: &str| match programs.get(name) {
            Some(&id) => RefTarget::Symbol { id },
            None => RefTarget::Unresolved {
                name: name.to_string(),
            },
        };
        match &st.kind {
            StatementKind::Perform { target, thru } => {
                push(model, procedure(target), RefKind::Perform);
                if let Some(thru) = thru {
                    push(model, procedure(thru), RefKind::Perform);
                }
            }
            StatementKind::GoTo { targets, .. } => {
                for t in targets {
                    push(model, procedure(t), RefKind::GoTo);
                }
            }
            StatementKind::Call { target, .. } => {
                for name in call_targets(target, &literal_values) {
                    push(model, program_target(&name), RefKind::Call);
                }
            }
            StatementKind::CicsTransfer { verb, program } => {
                let kind = if verb == "XCTL" {
                    RefKind::CicsXctl
                } else {
                    RefKind::CicsLink
                };
                for name in call_targets(program, &literal_values) {
                    push(model, program_target(&name), kind);
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
            StatementKind::CicsFile { verb, file } => {
                let id = model.add_symbol(NewSymbol {
                    detail: Some("CICS file".into()),
                    ..NewSymbol::new(SymbolKind::Dataset, file.clone(), file.clone())
                });
                let kind = if verb.starts_with("READ") || verb == "STARTBR" {
                    RefKind::Read
                } else {
                    RefKind::Write
                };
                push(model, RefTarget::Symbol { id }, kind);
            }
            StatementKind::CicsMap { verb, map, mapset } => {
                let qualified = match mapset {
                    Some(set) => format!("{set}.{map}"),
                    None => map.clone(),
                };
                let id =
                    model.add_symbol(NewSymbol::new(SymbolKind::CicsMap, map.clone(), qualified));
                let kind = if verb.starts_with("RECEIVE") {
                    RefKind::Read
                } else {
                    RefKind::Write
                };
                push(model, RefTarget::Symbol { id }, kind);
            }
            StatementKind::Sql { text } => {
                let statement = sql::analyze(text);
                for t in &statement.tables {
                    let kind = match t.access {
                        TableAccess::Read => RefKind::SqlSelect,
                        TableAccess::Insert => RefKind::SqlInsert,
                        TableAccess::Update => RefKind::SqlUpdate,
                        TableAccess::Delete => RefKind::SqlDelete,
                        TableAccess::Ddl => continue,
                    };
                    let name = t.base_name().to_string();
                    let id = model.lookup(Namespace::Db, &name).unwrap_or_else(|| {
                        model.add_symbol(NewSymbol::new(SymbolKind::DbTable, name.clone(), name))
                    });
                    push(model, RefTarget::Symbol { id }, kind);
                }
            }
            StatementKind::FileIo { verb, file } => {
                let file_name = record_file.get(file).unwrap_or(file);
                let Some(&id) = file_ids.get(file_name) else {
                    continue;
                };
                let kind = match verb.as_str() {
                    "READ" | "START" | "RETURN" => RefKind::Read,
                    "WRITE" | "REWRITE" | "DELETE" | "RELEASE" => RefKind::Write,
                    _ => continue,
                };
                push(model, RefTarget::Symbol { id }, kind);
            }
            StatementKind::End { .. } => {}
        }
    }
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
            | "DIBSTAT"
            | "DIBSEGM"
            | "DIBSEGLV"
            | "DIBKFBL"
    ) || name.starts_with("EIB")
        || name.starts_with("SQLERR")
        || name.starts_with("DFH")
}

/// Program names a CALL/LINK/XCTL target stands for: the literal, or the literal values a data
/// name is given (VALUE clause, MOVE 'X' TO name). Empty names are dropped.
fn call_targets(target: &CallTarget, values: &dyn Fn(&str) -> Vec<String>) -> Vec<String> {
    match target {
        CallTarget::Literal(name) => vec![name.clone()],
        CallTarget::DataName(name) => {
            let found = values(name);
            if found.is_empty() {
                // Keep the data name so the unresolved call is visible.
                vec![format!("({name})")]
            } else {
                found
            }
        }
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
    parts.join(" ")
}
