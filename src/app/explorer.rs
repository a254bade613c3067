//! The Explorer: the project's inventory as a tree by kind (programs, copybooks, JCL jobs,
//! Java packages, DB tables, CICS transactions) with counts and problem markers, and the
//! diagnostics list. Rows are flattened and drawn with `show_rows`, so estates with tens of
//! thousands of entries scroll smoothly.

use std::collections::{HashMap, HashSet};

use eframe::egui;

use super::cx::{Action, Cx, Place};
use crate::explore::Workspace;
use crate::model::{FileId, FileKind, Severity, SymbolId, SymbolKind};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Group,
    Symbol(SymbolId),
    Place(Place),
    Nothing,
}

#[derive(Debug, Clone)]
struct Row {
    depth: u8,
    /// Key of the group or parent this row opens (`None`: a leaf).
    key: Option<String>,
    label: String,
    /// Dimmed text after the label (kind, count, location).
    note: String,
    /// Errors and warnings in the row's file.
    problems: (u32, u32),
    severity: Option<Severity>,
    target: Target,
    /// Why the row's file (or every file of the package) is vendored third-party code.
    vendored: Option<String>,
}

/// Explorer state: which groups are open and the filter.
#[derive(Default)]
pub struct Explorer {
    open: HashSet<String>,
    filter: String,
    rows: Vec<Row>,
    /// The workspace the rows were built for (its address); `None` after a change.
    built: Option<usize>,
    initialised: bool,
    /// The row symbol last scrolled to, so the list scrolls once per change of program.
    scrolled_to: Option<SymbolId>,
    /// The active symbol whose row was last looked for in closed groups.
    revealed_for: Option<SymbolId>,
}

/// One group of the tree: its key, title and entries (label, note, target, children).
struct Group {
    key: &'static str,
    title: &'static str,
    entries: Vec<Entry>,
}

struct Entry {
    label: String,
    note: String,
    file: Option<FileId>,
    severity: Option<Severity>,
    target: Target,
    children: Vec<Entry>,
    vendored: Option<String>,
}

impl Explorer {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        if !self.initialised {
            self.open.insert("programs".into());
            self.initialised = true;
        }
        ui.horizontal(|ui| {
            ui.heading("Explorer");
        });
        let filter = ui.add(
            egui::TextEdit::singleline(&mut self.filter)
                .hint_text("Filter by name")
                .desired_width(f32::INFINITY),
        );
        if filter.changed() {
            self.built = None;
        }
        ui.add_space(4.0);
        let ws_key = cx.ws as *const Workspace as usize;
        // Rows that changed this frame are laid out once before scrolling to one of them
        // (scrolling into content the area has not measured yet springs back).
        let mut rebuilt = false;
        if self.built != Some(ws_key) {
            self.rows = build_rows(cx.ws, &self.open, &self.filter.to_ascii_lowercase());
            self.built = Some(ws_key);
            rebuilt = true;
        }
        // A new active symbol whose row is in a closed group opens that group (once: the
        // user may close it again).
        if cx.active != self.revealed_for {
            self.revealed_for = cx.active;
            if let Some(active) = cx.active {
                let chain: Vec<SymbolId> = std::iter::once(active)
                    .chain(cx.ws.model.ancestors(active).map(|s| s.id))
                    .collect();
                let shown = chain
                    .iter()
                    .any(|id| self.rows.iter().any(|r| r.target == Target::Symbol(*id)));
                if !shown && let Some(keys) = groups_holding(cx.ws, &chain) {
                    self.open.extend(keys);
                    self.rows = build_rows(cx.ws, &self.open, &self.filter.to_ascii_lowercase());
                    rebuilt = true;
                }
            }
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut toggle: Option<String> = None;
        // The active symbol's row, else its program's (or class's, step's …) row.
        let highlighted = cx.active.and_then(|a| {
            std::iter::once(a)
                .chain(cx.ws.model.ancestors(a).map(|s| s.id))
                .find(|id| self.rows.iter().any(|r| r.target == Target::Symbol(*id)))
        });
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if rebuilt && highlighted != self.scrolled_to {
            ui.ctx().request_repaint();
        } else if highlighted != self.scrolled_to {
            self.scrolled_to = highlighted;
            if let Some(index) = highlighted
                .and_then(|h| self.rows.iter().position(|r| r.target == Target::Symbol(h)))
            {
                // Within the content: an offset past the end would spring back (animated).
                let step = row_height + ui.spacing().item_spacing.y;
                let visible = ui.available_height();
                let end = (self.rows.len().saturating_sub(1) as f32 * step - visible).max(0.0);
                let offset = (index as f32 * step - visible / 3.0).clamp(0.0, end);
                area = area.vertical_scroll_offset(offset);
            }
        }
        area.show_rows(ui, row_height, self.rows.len(), |ui, range| {
            for row in &self.rows[range] {
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    ui.add_space(f32::from(row.depth) * 14.0);
                    if let Some(k) = &row.key {
                        let open = self.open.contains(k) || !self.filter.is_empty();
                        let arrow = if open { "⏷" } else { "⏵" };
                        let label =
                            format!("{} {}", if open { "Collapse" } else { "Expand" }, row.label);
                        if ui
                            .add(egui::Button::new(arrow).frame(false).small())
                            .on_hover_text(label)
                            .clicked()
                        {
                            toggle = Some(k.clone());
                        }
                    } else {
                        ui.add_space(18.0);
                    }
                    let selected =
                        matches!(row.target, Target::Symbol(id) if highlighted == Some(id));
                    let mut text = egui::RichText::new(&row.label);
                    if row.target == Target::Group {
                        text = text.strong();
                    }
                    if let Some(sev) = row.severity {
                        text = text.color(severity_colour(ui, sev));
                    }
                    let response = ui.selectable_label(selected, text);
                    if let Some(reason) = &row.vendored {
                        ui.label(egui::RichText::new("vendored").weak().small().italics())
                            .on_hover_text(format!(
                                "Vendored third-party code: {reason}. Left out of rule \
                                     mining and dead code."
                            ));
                    }
                    if row.problems.0 > 0 {
                        ui.label(
                            egui::RichText::new(format!("✖ {}", row.problems.0))
                                .color(ui.visuals().error_fg_color)
                                .small(),
                        )
                        .on_hover_text("errors in this file");
                    }
                    if row.problems.1 > 0 {
                        ui.label(
                            egui::RichText::new(format!("⚠ {}", row.problems.1))
                                .color(ui.visuals().warn_fg_color)
                                .small(),
                        )
                        .on_hover_text("warnings in this file");
                    }
                    // Last and cut to the panel's width ("…", whole on hover): a long
                    // diagnostic message must not widen the Explorer.
                    if !row.note.is_empty() {
                        ui.add(
                            egui::Label::new(egui::RichText::new(&row.note).weak().small())
                                .truncate(),
                        );
                    }
                    if response.clicked() {
                        match row.target {
                            Target::Group => toggle = row.key.clone(),
                            Target::Symbol(id) => cx.push(Action::Open(id)),
                            Target::Place(place) => cx.push(Action::OpenAt(place)),
                            Target::Nothing => {}
                        }
                    }
                });
            }
        });
        if let Some(k) = toggle {
            if !self.open.remove(&k) {
                self.open.insert(k);
            }
            self.built = None;
        }
    }
}

fn severity_colour(ui: &egui::Ui, severity: Severity) -> egui::Color32 {
    match severity {
        Severity::Error => ui.visuals().error_fg_color,
        Severity::Warning => ui.visuals().warn_fg_color,
        Severity::Info => ui.visuals().weak_text_color(),
    }
}

/// Errors and warnings per file.
fn problems_by_file(ws: &Workspace) -> HashMap<FileId, (u32, u32)> {
    let mut map: HashMap<FileId, (u32, u32)> = HashMap::new();
    for d in &ws.model.diagnostics {
        let Some(f) = d.file else { continue };
        let e = map.entry(f).or_default();
        match d.severity {
            Severity::Error => e.0 += 1,
            Severity::Warning => e.1 += 1,
            Severity::Info => {}
        }
    }
    map
}

fn symbol_entry(ws: &Workspace, id: SymbolId, note: String) -> Entry {
    let s = ws.model.symbol(id);
    Entry {
        label: s.name.clone(),
        note,
        file: s.file(),
        severity: None,
        target: Target::Symbol(id),
        children: Vec::new(),
        vendored: s.file().and_then(|f| ws.model.file(f).vendored.clone()),
    }
}

fn groups(ws: &Workspace) -> Vec<Group> {
    let model = &ws.model;
    let of_kind = |kinds: &[SymbolKind]| -> Vec<SymbolId> {
        let mut ids: Vec<SymbolId> = model
            .symbols
            .iter()
            .filter(|s| kinds.contains(&s.kind))
            .map(|s| s.id)
            .collect();
        ids.sort_by(|a, b| model.symbol(*a).name.cmp(&model.symbol(*b).name));
        ids
    };
    let mut children: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
    for s in &model.symbols {
        let Some(p) = s.parent else { continue };
        let parent_kind = model.symbol(p).kind;
        let listed = match s.kind {
            SymbolKind::JclStep => parent_kind == SymbolKind::JclJob,
            SymbolKind::CicsMap => parent_kind == SymbolKind::CicsMapset,
            k if k.is_java_type() => parent_kind == SymbolKind::Package,
            _ => false,
        };
        if listed {
            children.entry(p).or_default().push(s.id);
        }
    }
    let file_note = |id: SymbolId| -> String {
        ws.location(id)
            .map(|(f, line)| format!("{}:{line}", model.file(f).path))
            .unwrap_or_default()
    };

    let programs = of_kind(&[SymbolKind::Program])
        .into_iter()
        .map(|id| symbol_entry(ws, id, file_note(id)))
        .collect();

    let mut copybooks: Vec<Entry> = model
        .files
        .iter()
        .filter(|f| f.kind == FileKind::CobolCopybook)
        .map(|f| Entry {
            label: f.path.rsplit('/').next().unwrap_or(&f.path).to_string(),
            note: format!("{} lines", f.lines),
            file: Some(f.id),
            severity: None,
            target: Target::Place(Place {
                file: f.id,
                line: 1,
            }),
            children: Vec::new(),
            vendored: f.vendored.clone(),
        })
        .collect();
    let mut missing: Vec<&str> = model
        .files
        .iter()
        .flat_map(|f| f.missing_copybooks.iter().map(String::as_str))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    copybooks.sort_by(|a, b| a.label.cmp(&b.label));
    copybooks.extend(missing.into_iter().map(|name| Entry {
        label: name.to_string(),
        note: "missing".into(),
        file: None,
        severity: Some(if crate::cobol::preprocess::is_system_copybook(name) {
            Severity::Info
        } else {
            Severity::Warning
        }),
        target: Target::Nothing,
        children: Vec::new(),
        vendored: None,
    }));

    let with_children = |ids: Vec<SymbolId>, note: &dyn Fn(SymbolId) -> String| -> Vec<Entry> {
        ids.into_iter()
            .map(|id| {
                let mut e = symbol_entry(ws, id, note(id));
                let mut kids = children.get(&id).cloned().unwrap_or_default();
                kids.sort_by(|a, b| {
                    ws.location(*a)
                        .map(|l| l.1)
                        .cmp(&ws.location(*b).map(|l| l.1))
                });
                e.children = kids
                    .into_iter()
                    .map(|k| symbol_entry(ws, k, model.symbol(k).kind.label().to_string()))
                    .collect();
                if e.vendored.is_none()
                    && !e.children.is_empty()
                    && e.children.iter().all(|c| c.vendored.is_some())
                {
                    e.vendored = e.children[0].vendored.clone();
                }
                e
            })
            .collect()
    };
    let jobs = with_children(of_kind(&[SymbolKind::JclJob]), &|id| file_note(id));
    let mut packages = with_children(of_kind(&[SymbolKind::Package]), &|id| {
        format!("{} types", children.get(&id).map_or(0, Vec::len))
    });
    // Packages by their dotted name below the project's common root (`portal.actions`, not
    // `actions`, which several packages may share), others in full (`javax.servlet`).
    let qualified: Vec<String> = packages
        .iter()
        .map(|e| match e.target {
            Target::Symbol(id) => model.symbol(id).qualified_name.clone(),
            _ => e.label.clone(),
        })
        .collect();
    let root = common_root(&qualified);
    for (e, q) in packages.iter_mut().zip(qualified) {
        e.label = match q.strip_prefix(&root) {
            Some(rest) if !rest.is_empty() => rest.to_string(),
            _ => q,
        };
    }
    packages.sort_by(|a, b| a.label.cmp(&b.label));
    let tables = of_kind(&[SymbolKind::DbTable, SymbolKind::DbView])
        .into_iter()
        .map(|id| {
            let note = ws
                .inventory
                .tables
                .iter()
                .find(|t| t.name == model.symbol(id).name)
                .map(|t| format!("{} reads · {} writes", t.reads, t.writes))
                .unwrap_or_default();
            symbol_entry(ws, id, note)
        })
        .collect();
    let runs = transaction_programs(model);
    let transactions = of_kind(&[SymbolKind::CicsTransaction])
        .into_iter()
        .map(|id| {
            let note = match runs.get(&id) {
                Some(programs) => format!("runs {}", programs.join(", ")),
                None => String::new(),
            };
            symbol_entry(ws, id, note)
        })
        .collect();
    let mapsets = with_children(of_kind(&[SymbolKind::CicsMapset]), &|id| file_note(id));
    let diagnostics = model
        .diagnostics
        .iter()
        .map(|d| Entry {
            label: match (d.file, d.line) {
                (Some(f), Some(line)) => format!("{}:{line}", model.file(f).path),
                (Some(f), None) => model.file(f).path.clone(),
                _ => "project".into(),
            },
            note: d.message.clone(),
            file: None,
            severity: Some(d.severity),
            target: match d.file {
                Some(file) => Target::Place(Place {
                    file,
                    line: d.line.unwrap_or(1),
                }),
                None => Target::Nothing,
            },
            children: Vec::new(),
            vendored: None,
        })
        .collect();
    vec![
        Group {
            key: "programs",
            title: "Programs",
            entries: programs,
        },
        Group {
            key: "copybooks",
            title: "Copybooks",
            entries: copybooks,
        },
        Group {
            key: "jobs",
            title: "JCL jobs",
            entries: jobs,
        },
        Group {
            key: "packages",
            title: "Java packages",
            entries: packages,
        },
        Group {
            key: "tables",
            title: "DB tables",
            entries: tables,
        },
        Group {
            key: "transactions",
            title: "CICS transactions",
            entries: transactions,
        },
        Group {
            key: "diagnostics",
            title: "Diagnostics",
            entries: diagnostics,
        },
        Group {
            key: "screens",
            title: "Screens (BMS mapsets)",
            entries: mapsets,
        },
    ]
}

/// The longest dotted prefix (`com.acme.benefits.`) that most of `names` share.
fn common_root(names: &[String]) -> String {
    let mut root = String::new();
    loop {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for n in names {
            if let Some(rest) = n.strip_prefix(&root)
                && let Some(seg) = rest.split('.').next()
                && rest.len() > seg.len()
            {
                *counts.entry(format!("{root}{seg}.")).or_default() += 1;
            }
        }
        match counts
            .into_iter()
            .max_by_key(|(p, n)| (*n, std::cmp::Reverse(p.clone())))
        {
            Some((p, n)) if n * 2 > names.len() => root = p,
            _ => return root,
        }
    }
}

/// The group keys to open so that a row of one of `chain` (innermost first) shows: its group,
/// and its parent entry's key when it is a child row.
fn groups_holding(ws: &Workspace, chain: &[SymbolId]) -> Option<Vec<String>> {
    let groups = groups(ws);
    for id in chain {
        let target = Target::Symbol(*id);
        for g in &groups {
            for e in &g.entries {
                if e.target == target {
                    return Some(vec![g.key.to_string()]);
                }
                if e.children.iter().any(|c| c.target == target) {
                    return Some(vec![g.key.to_string(), format!("{}/{}", g.key, e.label)]);
                }
            }
        }
    }
    None
}

fn build_rows(ws: &Workspace, open: &HashSet<String>, filter: &str) -> Vec<Row> {
    let problems = problems_by_file(ws);
    let matches = |e: &Entry| filter.is_empty() || e.label.to_ascii_lowercase().contains(filter);
    let mut rows = Vec::new();
    for group in groups(ws) {
        let shown: Vec<&Entry> = group
            .entries
            .iter()
            .filter(|e| matches(e) || e.children.iter().any(matches))
            .collect();
        if !filter.is_empty() && shown.is_empty() {
            continue;
        }
        rows.push(Row {
            depth: 0,
            key: Some(group.key.to_string()),
            label: group.title.to_string(),
            note: group.entries.len().to_string(),
            problems: (0, 0),
            severity: None,
            target: Target::Group,
            vendored: None,
        });
        if !open.contains(group.key) && filter.is_empty() {
            continue;
        }
        for e in shown {
            let key = (!e.children.is_empty()).then(|| format!("{}/{}", group.key, e.label));
            rows.push(Row {
                depth: 1,
                key: key.clone(),
                label: e.label.clone(),
                note: e.note.clone(),
                problems: e
                    .file
                    .and_then(|f| problems.get(&f).copied())
                    .unwrap_or_default(),
                severity: e.severity,
                target: e.target,
                vendored: e.vendored.clone(),
            });
            let expanded = key.as_ref().is_some_and(|k| open.contains(k)) || !filter.is_empty();
            if expanded {
                for c in &e.children {
                    rows.push(Row {
                        depth: 2,
                        key: None,
                        label: c.label.clone(),
                        note: c.note.clone(),
                        problems: (0, 0),
                        severity: None,
                        target: c.target,
                        vendored: c.vendored.clone(),
                    });
                }
            }
        }
    }
    rows
}

/// The programs each transaction runs, from its CSD definition or the programs' `RETURN
/// TRANSID`, sorted.
fn transaction_programs(
    model: &crate::model::Model,
) -> std::collections::HashMap<crate::model::SymbolId, Vec<String>> {
    use crate::model::{RefKind, RefTarget};
    let mut runs: std::collections::HashMap<crate::model::SymbolId, Vec<String>> =
        std::collections::HashMap::new();
    for r in &model.references {
        let (transaction, program) = match (r.kind, &r.target) {
            (RefKind::CsdTransaction, RefTarget::Symbol { id }) => {
                (r.from, model.symbol(*id).name.clone())
            }
            (RefKind::CsdTransaction, RefTarget::Unresolved { name }) => (r.from, name.clone()),
            (RefKind::CicsReturnTransid, RefTarget::Symbol { id }) => (
                *id,
                crate::graphs::calls::call_node_name(model, r.from).to_string(),
            ),
            _ => continue,
        };
        runs.entry(transaction).or_default().push(program);
    }
    for programs in runs.values_mut() {
        programs.sort();
        programs.dedup();
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transactions_list_the_programs_they_run() {
        let cobol =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos/benefits/cobol");
        let model = crate::index::index_path(&cobol).unwrap();
        let runs = transaction_programs(&model);
        let of = |name: &str| {
            let id = model
                .symbols
                .iter()
                .find(|s| s.kind == SymbolKind::CicsTransaction && s.name == name)
                .unwrap()
                .id;
            runs.get(&id).cloned().unwrap_or_default()
        };
        // From the CSD only, from both the CSD and RETURN TRANSID, and a transaction of
        // another system (started, never defined here).
        assert_eq!(of("BRTE"), ["BENRTE1"]);
        assert_eq!(of("BMNU"), ["BENMNU1"]);
        assert!(of("PAYL").is_empty());
    }
}
