//! Builds the four project graphs from the model (never by re-parsing):
//! - **calls**: programs, methods, JCL steps and CICS transactions; COBOL CALL, CICS
//!   LINK/XCTL/START (static, and `*-dynamic` through the literals that reach a data item, see
//!   `cobol::dynamic_targets`), RETURN TRANSID and CSD `DEFINE TRANSACTION` (transaction →
//!   program), JCL step → program, Java calls. Calls leaving the project are kept as `external` /
//!   `unresolved` nodes for COBOL, CICS and JCL, and dropped for Java (JDK calls are noise).
//! - **control**: per COBOL program, entry → paragraphs/sections via PERFORM, PERFORM THRU
//!   (every paragraph of the range), GO TO (incl. DEPENDING ON, WHENEVER, HANDLE), ALTER,
//!   fall-through, and the statements that end the run.
//! - **dataflow**: every [`crate::model::DataFlow`].
//! - **resources**: program/method → table/file/dataset with C, R, U, D edges (the CRUD
//!   matrix as a graph), and CICS file → the dataset of its CSD DSNAME (`dsn`).

use std::collections::HashMap;

use super::calls::{call_node_name, call_node_symbol};
use super::graph::{NodeKey, ProjectGraph};
use crate::model::{Model, RefKind, RefTarget, SymbolId, SymbolKind};

/// The call graph.
pub fn calls(model: &Model) -> ProjectGraph {
    let mut g = ProjectGraph::new("calls");
    // Java overloads collapse into one node per method name.
    let mut by_name: HashMap<&str, petgraph::graph::NodeIndex> = HashMap::new();
    let mut node = |g: &mut ProjectGraph, symbol: SymbolId| {
        let symbol = call_node_symbol(model, symbol);
        let name = call_node_name(model, symbol);
        *by_name.entry(name).or_insert_with(|| {
            let n = g.node(NodeKey::Symbol(symbol));
            if name != model.symbol(symbol).qualified_name {
                g.names.insert(n, name.to_string());
            }
            n
        })
    };
    for r in &model.references {
        if !r.kind.is_call_edge() {
            continue;
        }
        let caller_kind = model.symbol(r.from).kind;
        if !(caller_kind.is_callable()
            || caller_kind == SymbolKind::JclStep
            || r.kind == RefKind::CsdTransaction)
        {
            continue;
        }
        let java = caller_kind.namespace() == crate::model::Namespace::Java;
        let target = match &r.target {
            RefTarget::Symbol { id } => {
                let kind = model.symbol(*id).kind;
                if !(kind.is_callable() || kind == SymbolKind::CicsTransaction) {
                    continue;
                }
                if r.kind == RefKind::CicsReturnTransid {
                    // The program names the transaction that runs it next: transaction → program.
                    let (t, p) = (g.node(NodeKey::Symbol(*id)), node(&mut g, r.from));
                    g.edge(t, p, "transid", Some(r.span));
                    continue;
                }
                node(&mut g, *id)
            }
            RefTarget::External { name } | RefTarget::Unresolved { name } if !java => {
                let external = matches!(r.target, RefTarget::External { .. });
                g.node(NodeKey::Missing {
                    name: name.clone(),
                    external,
                })
            }
            _ => continue,
        };
        let from = node(&mut g, r.from);
        g.edge(from, target, r.kind.label(), Some(r.span));
    }
    g
}

/// The control graph of every COBOL program.
pub fn control(model: &Model) -> ProjectGraph {
    let mut g = ProjectGraph::new("control");
    for program in &model.control {
        let entry = g.node(NodeKey::Symbol(program.program));
        // Entry: the statements before the first procedure belong to the program node.
        if let Some(first) = program.procedures.first()
            && (!program.has_preamble || program.preamble_falls_through)
        {
            let f = g.node(NodeKey::Symbol(first.id));
            let kind = if program.has_preamble {
                "fall-through"
            } else {
                "entry"
            };
            g.edge(entry, f, kind, model.symbol(first.id).span);
        }
        for (i, p) in program.procedures.iter().enumerate() {
            let a = g.node(NodeKey::Symbol(p.id));
            if p.falls_through
                && let Some(next) = program.procedures.get(i + 1)
            {
                let b = g.node(NodeKey::Symbol(next.id));
                g.edge(a, b, "fall-through", model.symbol(next.id).span);
            }
        }
        let end = NodeKey::End {
            program: program.program,
        };
        for e in &program.ends {
            let (a, b) = (g.node(NodeKey::Symbol(e.owner)), g.node(end.clone()));
            let kind = match e.verb.as_str() {
                "GOBACK" => "goback",
                v if v.starts_with("STOP") => "stop-run",
                v if v.starts_with("EXIT") => "exit-program",
                v if v.ends_with("RETURN") => "cics-return",
                _ => "end",
            };
            g.edge(a, b, kind, Some(e.span));
        }
    }
    let programs: HashMap<SymbolId, usize> = model
        .control
        .iter()
        .enumerate()
        .map(|(i, c)| (c.program, i))
        .collect();
    // THRU ranges: the `perform` and `perform-thru` references of one statement.
    let mut thru: HashMap<(SymbolId, u32, u32), SymbolId> = HashMap::new();
    for r in &model.references {
        if r.kind == RefKind::PerformThru
            && let RefTarget::Symbol { id } = r.target
        {
            thru.insert((r.from, r.span.file.0, r.span.start), id);
        }
    }
    for r in &model.references {
        let kind = match r.kind {
            RefKind::Perform => "perform",
            RefKind::GoTo => "go-to",
            RefKind::Alter => "alter",
            _ => continue,
        };
        let RefTarget::Symbol { id: target } = r.target else {
            continue;
        };
        if !matches!(
            model.symbol(target).kind,
            SymbolKind::Paragraph | SymbolKind::Section
        ) {
            continue;
        }
        let a = g.node(NodeKey::Symbol(r.from));
        let b = g.node(NodeKey::Symbol(target));
        g.edge(a, b, kind, Some(r.span));
        if r.kind != RefKind::Perform {
            continue;
        }
        // PERFORM a THRU b: every procedure from a to b, in source order.
        let Some(&last) = thru.get(&(r.from, r.span.file.0, r.span.start)) else {
            continue;
        };
        let program = model
            .ancestors(target)
            .find(|s| s.kind == SymbolKind::Program)
            .map(|s| s.id);
        let Some(control) = program
            .and_then(|p| programs.get(&p))
            .map(|&i| &model.control[i])
        else {
            continue;
        };
        let at = |id| control.procedures.iter().position(|p| p.id == id);
        if let (Some(i), Some(j)) = (at(target), at(last))
            && i < j
        {
            for p in &control.procedures[i + 1..=j] {
                let b = g.node(NodeKey::Symbol(p.id));
                g.edge(a, b, "perform-thru", Some(r.span));
            }
        }
    }
    g
}

/// The data-flow graph.
pub fn dataflow(model: &Model) -> ProjectGraph {
    // Flows share endpoints: about half as many nodes as flows in practice.
    let mut g = ProjectGraph::with_capacity("dataflow", model.flows.len() / 2, model.flows.len());
    for f in &model.flows {
        let a = g.node(NodeKey::from(&f.source));
        let b = g.node(NodeKey::from(&f.target));
        g.edge(a, b, f.kind.label(), f.span);
    }
    g
}

/// CRUD operation letters of a reference to a resource, if it is one.
pub fn crud_of(model: &Model, kind: RefKind, target: SymbolId) -> Option<&'static str> {
    let target_kind = model.symbol(target).kind;
    match target_kind {
        SymbolKind::DbTable | SymbolKind::DbView => match kind {
            RefKind::SqlInsert => Some("C"),
            RefKind::SqlSelect => Some("R"),
            RefKind::SqlUpdate => Some("U"),
            RefKind::SqlDelete => Some("D"),
            _ => None,
        },
        SymbolKind::File | SymbolKind::Dataset => match kind {
            RefKind::Write => Some("C"),
            RefKind::Read => Some("R"),
            RefKind::Update => Some("U"),
            RefKind::Delete => Some("D"),
            _ => None,
        },
        _ => None,
    }
}

/// The owner a resource access is charged to: the COBOL program, the Java method (overloads
/// apart), the JCL step.
pub fn resource_owner(model: &Model, from: SymbolId) -> SymbolId {
    call_node_symbol(model, from)
}

/// Every access of a program or method to a table, file or dataset: (owner, resource, CRUD
/// letter, statement). JCL steps' dataset accesses are left to the batch flow.
pub fn resource_accesses(
    model: &Model,
) -> impl Iterator<Item = (SymbolId, SymbolId, &'static str, crate::model::Span)> + '_ {
    model.references.iter().filter_map(|r| {
        let RefTarget::Symbol { id } = r.target else {
            return None;
        };
        let op = crud_of(model, r.kind, id)?;
        let owner = resource_owner(model, r.from);
        (model.symbol(owner).kind != SymbolKind::JclStep).then_some((owner, id, op, r.span))
    })
}

/// The resource graph: owner → table/file/dataset, one edge per CRUD letter; program → BMS
/// map (`send`, `receive`).
pub fn resources(model: &Model) -> ProjectGraph {
    let mut g = ProjectGraph::new("resources");
    for (owner, id, op, span) in resource_accesses(model) {
        let (a, b) = (g.node(NodeKey::Symbol(owner)), g.node(NodeKey::Symbol(id)));
        g.edge(a, b, op, Some(span));
    }
    // Screens: a program → each BMS map it SENDs (`send`) and RECEIVEs (`receive`).
    for r in &model.references {
        let RefTarget::Symbol { id } = r.target else {
            continue;
        };
        if model.symbol(id).kind != SymbolKind::CicsMap {
            continue;
        }
        let op = match r.kind {
            RefKind::Write => "send",
            RefKind::Read => "receive",
            _ => continue,
        };
        let owner = resource_owner(model, r.from);
        let (a, b) = (g.node(NodeKey::Symbol(owner)), g.node(NodeKey::Symbol(id)));
        g.edge(a, b, op, Some(r.span));
    }
    // A CSD file definition: the CICS file → the dataset of its DSNAME, where it meets the
    // batch jobs that read and write it.
    for f in &model.flows {
        if f.kind != crate::model::FlowKind::DdDataset {
            continue;
        }
        let (crate::model::FlowEnd::Symbol { id: file }, crate::model::FlowEnd::Symbol { id: dsn }) =
            (&f.source, &f.target)
        else {
            continue;
        };
        // CICS files and extrapartition TD queues.
        let is_cics_file = |id: SymbolId| {
            let s = model.symbol(id);
            s.kind == SymbolKind::Dataset
                && s.detail.as_deref().is_some_and(|d| d.starts_with("CICS "))
        };
        if is_cics_file(*file) && !is_cics_file(*dsn) {
            let (a, b) = (
                g.node(NodeKey::Symbol(*file)),
                g.node(NodeKey::Symbol(*dsn)),
            );
            g.edge(a, b, "dsn", f.span);
        }
    }
    g
}
