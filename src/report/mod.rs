//! Reports over the model as users read them: the inventory of `legacylens index` and the
//! symbol listing of `legacylens symbols`, as text, TSV or JSON.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::json;

use crate::model::{FileKind, Model, RefTarget, Severity, SymbolKind};

/// Files, lines and bytes of one kind.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct KindTotals {
    pub files: usize,
    pub lines: u64,
    pub bytes: u64,
}

/// A DB table with where it is defined and how much code touches it.
#[derive(Debug, Clone, Serialize)]
pub struct TableSummary {
    pub name: String,
    pub kind: SymbolKind,
    /// `path:line` of its DDL, if the project has one.
    pub defined_at: Option<String>,
    pub reads: usize,
    pub writes: usize,
}

/// The inventory shown after indexing.
#[derive(Debug, Clone, Serialize)]
pub struct Inventory {
    pub files_by_kind: BTreeMap<FileKind, KindTotals>,
    pub symbols_by_kind: BTreeMap<SymbolKind, usize>,
    pub tables: Vec<TableSummary>,
    pub total: KindTotals,
    pub diagnostics_by_severity: BTreeMap<Severity, usize>,
    pub files_with_errors: usize,
    /// Files that are vendored copies of third-party code.
    pub vendored_files: usize,
}

impl Inventory {
    pub fn of(model: &Model) -> Inventory {
        let mut files_by_kind: BTreeMap<FileKind, KindTotals> = BTreeMap::new();
        let mut total = KindTotals::default();
        for f in &model.files {
            let t = files_by_kind.entry(f.kind).or_default();
            for t in [t, &mut total] {
                t.files += 1;
                t.lines += u64::from(f.lines);
                t.bytes += f.bytes;
            }
        }
        let symbols_by_kind = model.symbol_counts().into_iter().collect();
        let mut reads = vec![0usize; model.symbols.len()];
        let mut writes = vec![0usize; model.symbols.len()];
        for r in &model.references {
            if let RefTarget::Symbol { id } = r.target {
                match r.kind {
                    crate::model::RefKind::SqlSelect => reads[id.index()] += 1,
                    k if k.is_sql() => writes[id.index()] += 1,
                    _ => {}
                }
            }
        }
        let mut tables: Vec<TableSummary> = model
            .symbols
            .iter()
            .filter(|s| matches!(s.kind, SymbolKind::DbTable | SymbolKind::DbView))
            .map(|s| TableSummary {
                name: s.qualified_name.clone(),
                kind: s.kind,
                defined_at: s
                    .span
                    .map(|sp| format!("{}:{}", model.file(sp.file).path, sp.line)),
                reads: reads[s.id.index()],
                writes: writes[s.id.index()],
            })
            .collect();
        tables.sort_by(|a, b| a.name.cmp(&b.name));
        let mut diagnostics_by_severity = BTreeMap::new();
        for d in &model.diagnostics {
            *diagnostics_by_severity.entry(d.severity).or_insert(0) += 1;
        }
        let files_with_errors = model.files.iter().filter(|f| f.error_nodes > 0).count();
        let vendored_files = model.files.iter().filter(|f| f.vendored.is_some()).count();
        Inventory {
            files_by_kind,
            symbols_by_kind,
            tables,
            total,
            diagnostics_by_severity,
            files_with_errors,
            vendored_files,
        }
    }
}

/// `legacylens index --format json`.
pub fn index_json(model: &Model) -> serde_json::Value {
    let inventory = Inventory::of(model);
    let mut per_file: Vec<Vec<serde_json::Value>> = vec![Vec::new(); model.files.len()];
    let mut project = Vec::new();
    for d in &model.diagnostics {
        let value = json!({
            "line": d.line,
            "severity": d.severity,
            "code": d.code,
            "message": d.message,
        });
        match d.file {
            Some(f) => per_file[f.index()].push(value),
            None => project.push(value),
        }
    }
    let files: Vec<_> = model
        .files
        .iter()
        .zip(per_file)
        .map(|(f, diagnostics)| {
            json!({
                "path": f.path,
                "kind": f.kind,
                "bytes": f.bytes,
                "lines": f.lines,
                "encoding": f.encoding,
                "error_nodes": f.error_nodes,
                "missing_nodes": f.missing_nodes,
                "error_bytes": f.error_bytes,
                "copybooks": f.copybooks,
                "missing_copybooks": f.missing_copybooks,
                "vendored": f.vendored.is_some(),
                "vendored_reason": f.vendored,
                "diagnostics": diagnostics,
            })
        })
        .collect();
    json!({
        "root": model.root.display().to_string(),
        "summary": inventory,
        "files": files,
        "diagnostics": project,
        "timings_ms": model.stats,
    })
}

/// `legacylens index --format text`.
pub fn index_text(model: &Model) -> String {
    let inv = Inventory::of(model);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Indexed {} in {:.0} ms: {} files, {} lines, {:.1} MB",
        model.root.display(),
        model.stats.total_ms,
        inv.total.files,
        inv.total.lines,
        inv.total.bytes as f64 / 1e6
    );
    let _ = writeln!(out, "\nFiles by kind:");
    for (kind, t) in &inv.files_by_kind {
        let _ = writeln!(
            out,
            "  {:<16} {:>6} files {:>9} lines",
            kind.label(),
            t.files,
            t.lines
        );
    }
    if inv.vendored_files > 0 {
        let _ = writeln!(
            out,
            "  {} vendored third-party files (left out of rule mining and dead code)",
            inv.vendored_files
        );
    }
    let _ = writeln!(out, "\nSymbols by kind:");
    for (kind, n) in &inv.symbols_by_kind {
        let _ = writeln!(out, "  {:<16} {:>7}", kind.label(), n);
    }
    if !inv.tables.is_empty() {
        let _ = writeln!(out, "\nDB tables:");
        for t in &inv.tables {
            let _ = writeln!(
                out,
                "  {:<24} {:>4} reads {:>4} writes  {}",
                t.name,
                t.reads,
                t.writes,
                t.defined_at.as_deref().unwrap_or("(no DDL in project)")
            );
        }
    }
    let _ = writeln!(
        out,
        "\nDiagnostics: {} errors, {} warnings, {} notes; {} files with unparsed regions",
        inv.diagnostics_by_severity
            .get(&Severity::Error)
            .unwrap_or(&0),
        inv.diagnostics_by_severity
            .get(&Severity::Warning)
            .unwrap_or(&0),
        inv.diagnostics_by_severity
            .get(&Severity::Info)
            .unwrap_or(&0),
        inv.files_with_errors
    );
    for d in &model.diagnostics {
        let location = match d.line {
            Some(line) => format!("{}:{}", model.path_of(d.file), line),
            None => model.path_of(d.file).to_string(),
        };
        let _ = writeln!(out, "  {:<7} {location}: {}", d.severity.label(), d.message);
    }
    out
}

/// Symbols in a stable order: by path, line, then qualified name.
fn sorted_symbols(model: &Model) -> Vec<&crate::model::Symbol> {
    let mut symbols: Vec<_> = model.symbols.iter().collect();
    symbols.sort_by(|a, b| {
        let pa = a.file().map(|f| model.file(f).path.as_str()).unwrap_or("");
        let pb = b.file().map(|f| model.file(f).path.as_str()).unwrap_or("");
        (pa, a.line(), &a.qualified_name).cmp(&(pb, b.line(), &b.qualified_name))
    });
    symbols
}

/// `legacylens symbols --format tsv`: kind, qualified name, path, line, detail (a Java type,
/// a COBOL level and PIC, a file's ASSIGN).
pub fn symbols_tsv(model: &Model) -> String {
    let mut out = String::new();
    for s in sorted_symbols(model) {
        let path = s.file().map(|f| model.file(f).path.as_str()).unwrap_or("");
        let line = s.line().map(|l| l.to_string()).unwrap_or_default();
        let detail = s.detail.as_deref().unwrap_or("").replace(['\t', '\n'], " ");
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            s.kind, s.qualified_name, path, line, detail
        );
    }
    out
}

/// `legacylens symbols --format json`.
/// Data items, condition-names and Java fields also carry `data_class` (business, technical or
/// neutral) and `data_class_reason`, as the rule miner sees them.
pub fn symbols_json(model: &Model) -> serde_json::Value {
    let classes = crate::rules::classify::classify(model);
    let symbols: Vec<_> = sorted_symbols(model)
        .into_iter()
        .map(|s| {
            let mut v = json!({
                "kind": s.kind,
                "name": s.name,
                "qualified_name": s.qualified_name,
                "path": s.file().map(|f| model.file(f).path.clone()),
                "line": s.line(),
                "parent": s.parent.map(|p| model.symbol(p).qualified_name.clone()),
                "detail": s.detail,
            });
            if matches!(
                s.kind,
                SymbolKind::DataItem | SymbolKind::ConditionName | SymbolKind::Field
            ) {
                let c = classes.of(s.id);
                v["data_class"] = json!(c.class.label());
                v["data_class_reason"] = json!(c.reason);
            }
            v
        })
        .collect();
    json!({ "symbols": symbols })
}

/// `legacylens refs --format tsv`: every reference: from, to, kind, state, site. `to` is the
/// target's qualified name, or the name the code used for external and unresolved targets.
pub fn references_tsv(model: &Model) -> String {
    let mut rows: Vec<(String, String, &str, &str, String)> = model
        .references
        .iter()
        .map(|r| {
            let (to, state) = match &r.target {
                RefTarget::Symbol { id } => (model.symbol(*id).qualified_name.clone(), "project"),
                RefTarget::External { name } => (name.clone(), "external"),
                RefTarget::Unresolved { name } => (name.clone(), "unresolved"),
            };
            (
                model.symbol(r.from).qualified_name.clone(),
                to,
                r.kind.label(),
                state,
                format!("{}:{}", model.file(r.span.file).path, r.span.line),
            )
        })
        .collect();
    rows.sort();
    let mut out = String::new();
    for (from, to, kind, state, site) in rows {
        let _ = writeln!(out, "{from}\t{to}\t{kind}\t{state}\t{site}");
    }
    out
}

/// `legacylens refs --to SYMBOL`: the references of one symbol, in file and line order, with
/// the uses of its REDEFINES aliases (sixth column `alias ITEM`): from, to, kind, state,
/// file:line, alias.
pub fn references_to_tsv(model: &Model, id: crate::model::SymbolId) -> String {
    let mut out = String::new();
    for r in crate::explore::resolve::references_of(model, id) {
        let reference = &model.references[r.index];
        let RefTarget::Symbol { id: to } = reference.target else {
            continue;
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\tproject\t{}:{}\t{}",
            model.symbol(reference.from).qualified_name,
            model.symbol(to).qualified_name,
            reference.kind.label(),
            model.file(reference.span.file).path,
            reference.span.line,
            r.alias
                .map(|a| format!("alias {}", model.symbol(a).name))
                .unwrap_or_default()
        );
    }
    out
}

/// `legacylens conditions`: every IF/EVALUATE/WHEN/UNTIL/SEARCH WHEN condition and conditional
/// phrase (INVALID KEY, AT END, ON SIZE ERROR …): owner, kind, site, text.
pub fn conditions_tsv(model: &Model) -> String {
    let mut rows: Vec<(String, u32, String, &str, &str)> = model
        .conditions
        .iter()
        .map(|c| {
            (
                model.file(c.span.file).path.clone(),
                c.span.line,
                model.symbol(c.owner).qualified_name.clone(),
                c.kind,
                c.text.as_str(),
            )
        })
        .collect();
    rows.sort();
    let mut out = String::new();
    for (path, line, owner, kind, text) in rows {
        let _ = writeln!(out, "{owner}\t{kind}\t{path}:{line}\t{text}");
    }
    out
}
