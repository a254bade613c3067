//! The Overview view: the start page of a project, drawn from [`crate::explore::overview`].
//! Every row is a link: a symbol opens in the code (a job in the Batch graph), a problem
//! opens its file at the line, triage opens the Rules view.

use eframe::egui;

use super::cx::{Action, Cx, Place, View};
use crate::explore::GraphKind;
use crate::explore::overview::{Link, Overview, Triage};
use crate::model::SymbolKind;

#[derive(Default)]
pub struct OverviewView;

impl OverviewView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let ws = cx.ws;
        let o = &ws.overview;
        let pending = cx.rules.pending(ws).len();
        let triage = Triage::of(cx.rules.rules(), pending);
        let mut actions = Vec::new();
        egui::ScrollArea::vertical()
            .id_salt("overview")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let root = ws
                    .model
                    .root
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| ws.model.root.display().to_string());
                ui.heading(format!("Overview of {root}"));
                ui.label(
                    egui::RichText::new(format!(
                        "{} files, {} lines · click any row to open it",
                        ws.inventory.total.files, ws.inventory.total.lines
                    ))
                    .weak(),
                );
                ui.add_space(6.0);
                ui.columns(3, |cols| {
                    what_is_here(&mut cols[0], o);
                    problems(&mut cols[0], o, cx, &mut actions);
                    entry_points(&mut cols[1], o, &mut actions);
                    data_and_size(&mut cols[2], o, &mut actions);
                    triage_card(&mut cols[2], &triage, &mut actions);
                });
            });
        for a in actions {
            cx.push(a);
        }
    }
}

fn card(ui: &mut egui::Ui, title: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(title);
        ui.add_space(2.0);
        add(ui);
    });
    ui.add_space(6.0);
}

/// A link to a symbol (plain text when it is not in the project).
fn link(ui: &mut egui::Ui, l: &Link, actions: &mut Vec<Action>) {
    match l.symbol {
        Some(id) => {
            if ui.link(&l.name).clicked() {
                actions.push(Action::Open(id));
            }
        }
        None => {
            ui.label(&l.name);
        }
    }
}

fn what_is_here(ui: &mut egui::Ui, o: &Overview) {
    card(ui, "What is here", |ui| {
        egui::Grid::new("overview_counts")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for k in &o.files {
                    ui.label(&k.kind);
                    ui.label(format!("{} files", k.count));
                    ui.label(format!("{} lines", k.lines.unwrap_or(0)));
                    ui.end_row();
                }
            });
        ui.add_space(4.0);
        let main = [
            SymbolKind::Program,
            SymbolKind::Paragraph,
            SymbolKind::Copybook,
            SymbolKind::JclJob,
            SymbolKind::Dataset,
            SymbolKind::DbTable,
            SymbolKind::CicsTransaction,
            SymbolKind::Class,
            SymbolKind::Method,
        ];
        let parts: Vec<String> = o
            .symbols
            .iter()
            .filter(|k| main.iter().any(|m| m.label() == k.kind))
            .map(|k| format!("{} {}", k.count, k.kind))
            .collect();
        ui.label(parts.join(" · "));
    });
}

fn problems(ui: &mut egui::Ui, o: &Overview, cx: &Cx, actions: &mut Vec<Action>) {
    let p = &o.problems;
    card(
        ui,
        &format!("Problems: {} errors, {} warnings", p.errors, p.warnings),
        |ui| {
            if !p.by_code.is_empty() {
                let codes: Vec<String> =
                    p.by_code.iter().map(|(c, n)| format!("{n} {c}")).collect();
                ui.weak(codes.join(" · "))
                    .on_hover_text("Every diagnostic is listed under Diagnostics in the Explorer");
            }
            if p.parse_errors.is_empty() {
                ui.label("Every file parsed without errors.");
            }
            for f in &p.parse_errors {
                ui.horizontal_wrapped(|ui| {
                    let line = f.line.unwrap_or(1);
                    if ui
                        .link(format!("{}:{line}", f.path))
                        .on_hover_text(&f.message)
                        .clicked()
                        && let Some(file) = cx.ws.model.files.iter().find(|x| x.path == f.path)
                    {
                        actions.push(Action::OpenAt(Place {
                            file: file.id,
                            line,
                        }));
                    }
                    ui.weak(format!("{} errors", f.errors));
                });
            }
            if !p.missing_copybooks.is_empty() {
                ui.add_space(4.0);
                ui.label("Missing copybooks (parsing went on without them):");
                for m in &p.missing_copybooks {
                    ui.horizontal(|ui| {
                        let symbol = cx
                            .ws
                            .model
                            .lookup(crate::model::Namespace::Cobol, &m.name)
                            .filter(|&id| cx.ws.model.symbol(id).kind == SymbolKind::Copybook);
                        link(
                            ui,
                            &Link {
                                name: m.name.clone(),
                                symbol,
                            },
                            actions,
                        );
                        ui.weak(format!("included by {} files", m.included_by));
                    });
                }
            }
        },
    );
}

fn entry_points(ui: &mut egui::Ui, o: &Overview, actions: &mut Vec<Action>) {
    card(
        ui,
        &format!("CICS transactions ({})", o.transactions.len()),
        |ui| {
            if o.transactions.is_empty() {
                ui.weak("none defined");
            }
            for t in &o.transactions {
                ui.horizontal(|ui| {
                    link(ui, &t.transaction, actions);
                    ui.weak("runs");
                    match &t.program {
                        Some(p) => link(ui, p, actions),
                        None => {
                            ui.weak("no program");
                        }
                    }
                });
            }
        },
    );
    card(
        ui,
        &format!("Batch jobs in run order ({})", o.jobs.len()),
        |ui| {
            if o.jobs.is_empty() {
                ui.weak("no JCL jobs");
            }
            for (i, j) in o.jobs.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    ui.weak(format!("{}.", i + 1));
                    if let Some(id) = j.job.symbol
                        && ui
                            .link(&j.job.name)
                            .on_hover_text("Show the job flow (Batch graph)")
                            .clicked()
                    {
                        actions.push(Action::ShowInGraph(id, GraphKind::Batch));
                    }
                    ui.weak(format!("{} steps", j.steps));
                    if !j.programs.is_empty() {
                        ui.label(j.programs.join(", "));
                    }
                    if !j.after.is_empty() {
                        ui.weak(format!("after {}", j.after.join(", ")));
                    }
                });
            }
        },
    );
    card(ui, &format!("Menu programs ({})", o.menus.len()), |ui| {
        if o.menus.is_empty() {
            ui.weak("none found");
        }
        for m in &o.menus {
            ui.horizontal_wrapped(|ui| {
                link(ui, &m.program, actions);
                ui.weak(format!("XCTL to {}", m.targets.join(", ")));
            });
        }
    });
    card(
        ui,
        &format!("Programs nobody calls ({})", o.uncalled.len()),
        |ui| {
            if o.uncalled.is_empty() {
                ui.weak("every program is called, run or started");
            }
            for u in &o.uncalled {
                ui.horizontal_wrapped(|ui| {
                    link(ui, &u.program, actions);
                    ui.weak(&u.reason);
                });
            }
        },
    );
}

fn data_and_size(ui: &mut egui::Ui, o: &Overview, actions: &mut Vec<Action>) {
    for (title, rows) in [
        ("Busiest tables", &o.tables),
        ("Busiest datasets", &o.datasets),
    ] {
        card(ui, title, |ui| {
            if rows.is_empty() {
                ui.weak("none");
            }
            for r in rows {
                ui.horizontal_wrapped(|ui| {
                    link(ui, &r.resource, actions);
                    ui.weak(format!(
                        "{} users · {} reads · {} writes",
                        r.users, r.reads, r.writes
                    ));
                });
            }
        });
    }
    for (title, rows, lines_first) in [
        ("Biggest programs", &o.biggest, true),
        ("Most complex programs", &o.most_complex, false),
    ] {
        card(ui, title, |ui| {
            for r in rows {
                ui.horizontal_wrapped(|ui| {
                    link(ui, &r.program, actions);
                    ui.weak(if lines_first {
                        format!("{} lines · complexity {}", r.code_lines, r.cyclomatic)
                    } else {
                        format!(
                            "complexity {} · nesting {} · {} lines",
                            r.cyclomatic, r.max_nesting, r.code_lines
                        )
                    });
                });
            }
        });
    }
}

fn triage_card(ui: &mut egui::Ui, t: &Triage, actions: &mut Vec<Action>) {
    let (decided, total) = t.decided();
    card(ui, "Rule triage", |ui| {
        let fraction = if total == 0 {
            0.0
        } else {
            decided as f32 / total as f32
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(ui.available_width().min(260.0))
                .text(format!("{decided} of {total} decided")),
        );
        let statuses: Vec<String> = t
            .by_status
            .iter()
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        if !statuses.is_empty() {
            ui.label(statuses.join(" · "));
        }
        if ui
            .link(format!(
                "{} candidates waiting for triage",
                t.pending_candidates
            ))
            .clicked()
        {
            actions.push(Action::Show(View::Rules));
        }
    });
}
