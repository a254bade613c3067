//! Dead code: paragraphs and sections no path from the program's entry reaches, programs
//! nothing calls, runs or starts, and data items no statement uses.
//!
//! Reachability follows COBOL's semantics: control enters the first procedure (after any
//! statements before it) and falls from one procedure into the next unless the procedure
//! ends with GO TO, GOBACK, STOP RUN, EXIT PROGRAM or CICS RETURN/XCTL. A procedure reached
//! only by PERFORM returns to its performer, so it does not fall into the next one; every
//! procedure of a PERFORM THRU range and every paragraph of a performed section is reached.
//! GO TO (incl. DEPENDING ON, ALTER, SQL WHENEVER and CICS HANDLE labels) continues in
//! sequence from its target.

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::Direction;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::graph::{NodeKey, ProjectGraph};
use crate::model::{Model, RefTarget, SymbolId, SymbolKind};

#[derive(Debug, Default, Serialize)]
pub struct DeadCode {
    /// Paragraphs and sections not reachable from their program's entry.
    pub procedures: Vec<SymbolId>,
    /// COBOL programs never called, LINKed/XCTLed to, run by a JCL step or started by a
    /// transaction.
    pub programs: Vec<SymbolId>,
    /// Data items (not FILLER) that no statement reads or writes, directly or through a
    /// group or an element of theirs.
    pub data_items: Vec<SymbolId>,
}

/// Finds dead code from the control and call graphs and the model's references.
pub fn dead_code(model: &Model, control: &ProjectGraph, calls: &ProjectGraph) -> DeadCode {
    let mut out = DeadCode::default();
    let reached = reachable_procedures(model, control);
    for program in &model.control {
        for p in &program.procedures {
            if !reached.contains(&p.id) {
                out.procedures.push(p.id);
            }
        }
    }
    for s in &model.symbols {
        if s.kind != SymbolKind::Program {
            continue;
        }
        let started = calls.find(&NodeKey::Symbol(s.id)).is_some_and(|n| {
            calls
                .graph
                .edges_directed(n, Direction::Incoming)
                .next()
                .is_some()
        });
        if !started {
            out.programs.push(s.id);
        }
    }
    out.data_items = unused_data_items(model);
    out
}

impl DeadCode {
    /// Drops what lies in vendored third-party files: their unused parts are not the
    /// project's dead code.
    pub fn without_vendored(mut self, model: &Model) -> DeadCode {
        let own = |id: &SymbolId| {
            model
                .symbol(*id)
                .file()
                .is_none_or(|f| model.file(f).vendored.is_none())
        };
        self.procedures.retain(own);
        self.programs.retain(own);
        self.data_items.retain(own);
        self
    }
}

/// Procedures reachable from the entry of their program.
pub fn reachable_procedures(model: &Model, control: &ProjectGraph) -> HashSet<SymbolId> {
    let mut children: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
    for program in &model.control {
        for p in &program.procedures {
            if let Some(parent) = model.symbol(p.id).parent
                && model.symbol(parent).kind == SymbolKind::Section
            {
                children.entry(parent).or_default().push(p.id);
            }
        }
    }
    // (node, in sequence): in sequence, control may fall into the next procedure.
    let mut seen: HashSet<(SymbolId, bool)> = HashSet::new();
    let mut queue: VecDeque<(SymbolId, bool)> = VecDeque::new();
    for program in &model.control {
        queue.push_back((program.program, true));
    }
    while let Some((id, sequential)) = queue.pop_front() {
        if !seen.insert((id, sequential)) {
            continue;
        }
        if !sequential {
            // A performed section runs its paragraphs.
            for &c in children.get(&id).into_iter().flatten() {
                queue.push_back((c, false));
            }
        }
        let Some(n) = control.find(&NodeKey::Symbol(id)) else {
            continue;
        };
        for e in control.graph.edges_directed(n, Direction::Outgoing) {
            let Some(target) = control.key(e.target()).symbol() else {
                continue;
            };
            match e.weight().kind {
                "entry" | "fall-through" if sequential => queue.push_back((target, true)),
                "perform" | "perform-thru" => queue.push_back((target, false)),
                "go-to" | "alter" => queue.push_back((target, true)),
                _ => {}
            }
        }
    }
    seen.into_iter().map(|(id, _)| id).collect()
}

fn unused_data_items(model: &Model) -> Vec<SymbolId> {
    let mut used: HashSet<SymbolId> = HashSet::new();
    for r in &model.references {
        if let RefTarget::Symbol { id } = r.target {
            used.insert(id);
        }
    }
    for f in &model.flows {
        if matches!(
            f.kind,
            crate::model::FlowKind::CallUsing | crate::model::FlowKind::CallReturn
        ) {
            used.insert(f.source.anchor());
            used.insert(f.target.anchor());
        }
    }
    // A used item makes its groups used (and a used condition-name its variable); a group
    // used as a whole uses its elements. Parents come before their children in the model.
    let n = model.symbols.len();
    let mut used_below = vec![false; n];
    for &id in &used {
        let mut at = Some(id);
        while let Some(a) = at {
            let s = model.symbol(a);
            if !matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName)
                || used_below[a.index()]
            {
                break;
            }
            used_below[a.index()] = true;
            at = s.parent;
        }
    }
    let mut used_above = vec![false; n];
    let mut out = Vec::new();
    for s in &model.symbols {
        if s.kind != SymbolKind::DataItem {
            continue;
        }
        if let Some(p) = s.parent
            && model.symbol(p).kind == SymbolKind::DataItem
        {
            used_above[s.id.index()] = used.contains(&p) || used_above[p.index()];
        }
        if s.name != "FILLER" && !used_below[s.id.index()] && !used_above[s.id.index()] {
            out.push(s.id);
        }
    }
    out
}
