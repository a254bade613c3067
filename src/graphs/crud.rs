//! The CRUD matrix: which program or method Creates, Reads, Updates or Deletes which DB table,
//! file or dataset. COBOL files are shown as the datasets their JCL DDs name when a job runs
//! the program (so `BENPAY01 × BEN.PROD.PAYMENTS.DAILY`), else as the program's file.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::build::resource_accesses;
use super::calls::call_node_name;
use crate::csv_cell;
use crate::model::{FlowKind, Model, SymbolId, SymbolKind};

#[derive(Debug, Default, Serialize)]
pub struct CrudMatrix {
    /// Programs and methods, sorted.
    pub rows: Vec<String>,
    /// Resources (name, kind), sorted by kind then name.
    pub columns: Vec<(String, &'static str)>,
    /// (row, column) → operations in CRUD order, e.g. `RU`.
    pub cells: BTreeMap<(usize, usize), String>,
}

/// Datasets a COBOL file reaches through its DD in the JCL (`file ↔ DD ↔ dataset`).
fn file_datasets(model: &Model) -> HashMap<SymbolId, BTreeSet<SymbolId>> {
    let mut dd_of: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
    let mut datasets_of_dd: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
    for f in &model.flows {
        let (a, b) = (f.source.anchor(), f.target.anchor());
        match f.kind {
            FlowKind::DdAssign => {
                let (file, dd) = if model.symbol(a).kind == SymbolKind::File {
                    (a, b)
                } else {
                    (b, a)
                };
                dd_of.entry(file).or_default().push(dd);
            }
            FlowKind::DdDataset => {
                let (dd, ds) = if model.symbol(a).kind == SymbolKind::JclDd {
                    (a, b)
                } else {
                    (b, a)
                };
                datasets_of_dd.entry(dd).or_default().push(ds);
            }
            _ => {}
        }
    }
    dd_of
        .into_iter()
        .map(|(file, dds)| {
            let ds = dds
                .iter()
                .flat_map(|dd| datasets_of_dd.get(dd).into_iter().flatten().copied())
                .collect();
            (file, ds)
        })
        .collect()
}

/// Builds the matrix from the model's references.
pub fn crud_matrix(model: &Model) -> CrudMatrix {
    let datasets = file_datasets(model);
    let mut cells: BTreeMap<(String, (&'static str, String)), BTreeSet<char>> = BTreeMap::new();
    for (owner, id, op, _) in resource_accesses(model) {
        let row = call_node_name(model, owner).to_string();
        let target = model.symbol(id);
        let columns: Vec<(&'static str, String)> = match target.kind {
            SymbolKind::File => match datasets.get(&id).filter(|d| !d.is_empty()) {
                Some(ds) => ds
                    .iter()
                    .map(|&d| ("dataset", model.symbol(d).qualified_name.clone()))
                    .collect(),
                None => vec![("file", target.qualified_name.clone())],
            },
            SymbolKind::Dataset => vec![("dataset", target.qualified_name.clone())],
            SymbolKind::DbView => vec![("db-view", target.qualified_name.clone())],
            _ => vec![("db-table", target.qualified_name.clone())],
        };
        for column in columns {
            cells
                .entry((row.clone(), column))
                .or_default()
                .insert(op.chars().next().unwrap_or('?'));
        }
    }
    let rows: BTreeSet<String> = cells.keys().map(|(r, _)| r.clone()).collect();
    let columns: BTreeSet<(&'static str, String)> = cells.keys().map(|(_, c)| c.clone()).collect();
    let rows: Vec<String> = rows.into_iter().collect();
    let columns: Vec<(&'static str, String)> = columns.into_iter().collect();
    let row_index: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.as_str(), i))
        .collect();
    let col_index: HashMap<&(&'static str, String), usize> =
        columns.iter().enumerate().map(|(i, c)| (c, i)).collect();
    let mut matrix = CrudMatrix {
        columns: columns.iter().map(|(k, n)| (n.clone(), *k)).collect(),
        ..CrudMatrix::default()
    };
    for ((row, column), ops) in &cells {
        let text: String = "CRUD".chars().filter(|c| ops.contains(c)).collect();
        matrix
            .cells
            .insert((row_index[row.as_str()], col_index[column]), text);
    }
    matrix.rows = rows;
    matrix
}

/// CSV: a header `program,<resource>…`, one row per program, cells like `RU`; names go
/// through [`csv_cell::text`].
pub fn to_csv(m: &CrudMatrix) -> String {
    let mut out = String::from("program");
    for (name, _) in &m.columns {
        out.push(',');
        out.push_str(&csv_cell::text(name));
    }
    out.push('\n');
    for (i, row) in m.rows.iter().enumerate() {
        out.push_str(&csv_cell::text(row));
        for j in 0..m.columns.len() {
            out.push(',');
            out.push_str(m.cells.get(&(i, j)).map_or("", |s| s.as_str()));
        }
        out.push('\n');
    }
    out
}

/// Markdown: one table per resource kind (tables, datasets, files), programs as rows.
pub fn to_markdown(m: &CrudMatrix) -> String {
    let mut out = String::from(
        "# CRUD matrix\n\nC create/insert/write, R read/select, U update/rewrite, D delete.\n",
    );
    let kinds: BTreeSet<&str> = m.columns.iter().map(|(_, k)| *k).collect();
    for kind in kinds {
        let cols: Vec<usize> = (0..m.columns.len())
            .filter(|&j| m.columns[j].1 == kind)
            .collect();
        let rows: Vec<usize> = (0..m.rows.len())
            .filter(|&i| cols.iter().any(|&j| m.cells.contains_key(&(i, j))))
            .collect();
        out.push_str(&format!("\n## {kind}\n\n| program |"));
        for &j in &cols {
            out.push_str(&format!(" {} |", m.columns[j].0.replace('|', "\\|")));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(cols.len()));
        out.push('\n');
        for i in rows {
            out.push_str(&format!("| {} |", m.rows[i]));
            for &j in &cols {
                out.push_str(&format!(
                    " {} |",
                    m.cells.get(&(i, j)).map_or("", |s| s.as_str())
                ));
            }
            out.push('\n');
        }
    }
    out
}
