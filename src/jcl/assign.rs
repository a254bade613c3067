//! Links a COBOL program's files to the JCL DDs of the steps that run it: `SELECT f ASSIGN TO
//! CLAIMIN` in BENPAY01 meets `//CLAIMIN DD DSN=…` in every step executing BENPAY01. With the
//! DD → dataset flows this carries lineage from one job's output file into the next job's
//! program.

use std::collections::HashMap;

use crate::model::{
    DataFlow, FlowEnd, FlowKind, Model, Namespace, RefKind, RefTarget, SymbolId, SymbolKind,
};

/// The DD name of an ASSIGN clause: `ASSIGN TO CLAIMIN`, `UT-S-CLAIMIN`, `S-CLAIMIN`,
/// `'CLAIMIN'`, `DA-3380-S-CLAIMIN` all name DD `CLAIMIN`.
pub fn dd_name(assign: &str) -> String {
    let assign = assign.trim().trim_matches(|c| c == '\'' || c == '"');
    let last = assign.rsplit('-').next().unwrap_or(assign);
    let organisation_prefix = assign.contains('-')
        && assign.split('-').take_while(|p| *p != last).all(|p| {
            matches!(p, "UT" | "DA" | "S" | "AS" | "D" | "I" | "R" | "V")
                || p.len() == 4 && p.chars().all(|c| c.is_ascii_digit())
        });
    if organisation_prefix {
        last.to_ascii_uppercase()
    } else {
        assign.to_ascii_uppercase()
    }
}

/// Adds `dd-assign` flows between program files and step DDs, in the direction the program
/// uses the file (read: DD → file; write, rewrite, delete: file → DD).
pub fn link_program_files(model: &mut Model) {
    // Files of each program, with how the program uses them.
    let mut files: HashMap<SymbolId, Vec<(SymbolId, String)>> = HashMap::new();
    for s in &model.symbols {
        if s.kind != SymbolKind::File {
            continue;
        }
        let (Some(parent), Some(assign)) = (s.parent, s.detail.as_deref()) else {
            continue;
        };
        // The detail reads `ASSIGN TO dd` or `ASSIGN TO dd FILE STATUS item`.
        let Some(target) = assign
            .strip_prefix("ASSIGN TO ")
            .and_then(|t| t.split(" FILE STATUS ").next())
        else {
            continue;
        };
        files
            .entry(parent)
            .or_default()
            .push((s.id, dd_name(target)));
    }
    let mut reads: HashMap<SymbolId, (bool, bool)> = HashMap::new();
    for r in &model.references {
        if let RefTarget::Symbol { id } = r.target
            && model.symbol(id).kind == SymbolKind::File
        {
            let e = reads.entry(id).or_default();
            match r.kind {
                RefKind::Read => e.0 = true,
                RefKind::Write | RefKind::Update | RefKind::Delete => e.1 = true,
                _ => {}
            }
        }
    }
    let mut flows = Vec::new();
    for r in &model.references {
        if r.kind != RefKind::Executes {
            continue;
        }
        let RefTarget::Symbol { id: program } = r.target else {
            continue;
        };
        let step = &model.symbol(r.from);
        for (file, dd) in files.get(&program).into_iter().flatten() {
            let name = format!("{}.{dd}", step.qualified_name);
            let Some(dd_id) = model.lookup(Namespace::Jcl, &name) else {
                continue;
            };
            let (read, write) = reads.get(file).copied().unwrap_or((true, false));
            let flow = |source: SymbolId, target: SymbolId| DataFlow {
                source: FlowEnd::symbol(source),
                target: FlowEnd::symbol(target),
                kind: FlowKind::DdAssign,
                owner: r.from,
                span: Some(r.span),
            };
            if read || !write {
                flows.push(flow(dd_id, *file));
            }
            if write {
                flows.push(flow(*file, dd_id));
            }
        }
    }
    model.flows.extend(flows);
    link_utility_copies(model);
}

/// Input DD → output DD of the copy and sort utilities every batch estate runs between its
/// programs (`SORT`: SORTIN → SORTOUT; `IEBGENER`: SYSUT1 → SYSUT2), so lineage crosses them.
fn link_utility_copies(model: &mut Model) {
    let mut flows = Vec::new();
    for r in &model.references {
        if r.kind != RefKind::Executes {
            continue;
        }
        let RefTarget::External { name } = &r.target else {
            continue;
        };
        let (input, output) = match name.as_str() {
            "SORT" | "ICEMAN" | "DFSORT" | "SYNCSORT" => ("SORTIN", "SORTOUT"),
            "IEBGENER" | "ICEGENER" | "IEBCOPY" => ("SYSUT1", "SYSUT2"),
            _ => continue,
        };
        let step = &model.symbol(r.from).qualified_name;
        let dd = |n: &str| model.lookup(Namespace::Jcl, &format!("{step}.{n}"));
        if let (Some(a), Some(b)) = (dd(input), dd(output)) {
            flows.push(DataFlow {
                source: FlowEnd::symbol(a),
                target: FlowEnd::symbol(b),
                kind: FlowKind::Other,
                owner: r.from,
                span: Some(r.span),
            });
        }
    }
    model.flows.extend(flows);
}

#[cfg(test)]
mod tests {
    use super::dd_name;

    #[test]
    fn assign_names_reduce_to_the_dd_name() {
        assert_eq!(dd_name("CLAIMIN"), "CLAIMIN");
        assert_eq!(dd_name("UT-S-ENCASH"), "ENCASH");
        assert_eq!(dd_name("S-PRINT"), "PRINT");
        assert_eq!(dd_name("DA-3380-S-MASTER"), "MASTER");
        assert_eq!(dd_name("'payin'"), "PAYIN");
        // A DD name with a dash of its own is not a prefix form.
        assert_eq!(dd_name("CLAIM-IN"), "CLAIM-IN");
    }
}
