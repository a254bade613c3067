//! The impact / lineage panel: forward impact ("if I change this, what is affected?") or
//! backward lineage ("where does this value come from?") from the active symbol, as a tree
//! of reached nodes with the edge, its class and the statement each was reached by (on a
//! second line, so a narrow panel still shows them). Value flow is always followed;
//! structure, keys and control are toggles; nodes reached only through structure or keys are
//! marked. Rows are flattened and drawn with `show_rows`, so reports of many thousands of
//! nodes stay responsive.

use std::collections::HashSet;

use eframe::egui;

use super::cx::{Action, Cx, Place};
use crate::graphs::classes::{EdgeClass, EdgeClasses};
use crate::graphs::impact::{ImpactReport, statement_text};

#[derive(Default)]
pub struct ImpactPanel {
    /// Depth limit of new walks (0 = none).
    pub depth: u32,
    /// Edge classes followed besides value flow.
    pub with: EdgeClasses,
    collapsed: HashSet<usize>,
    /// Flattened visible rows (indices into the report's nodes) and the report they are for.
    rows: Vec<usize>,
    built: Option<(usize, usize)>,
    children: Vec<Vec<usize>>,
}

impl ImpactPanel {
    /// The depth limit for the next walk.
    pub fn depth_limit(&self) -> Option<u32> {
        (self.depth > 0).then_some(self.depth)
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        ui.heading("Impact & lineage");
        let active = cx.active;
        ui.horizontal_wrapped(|ui| {
            let enabled = active.is_some();
            if ui
                .add_enabled(enabled, egui::Button::new("Impact ▶"))
                .on_hover_text("Forward: what is affected if the active symbol changes")
                .clicked()
                && let Some(symbol) = active
            {
                cx.push(Action::Impact {
                    symbol,
                    backward: false,
                });
            }
            if ui
                .add_enabled(enabled, egui::Button::new("◀ Lineage"))
                .on_hover_text("Backward: where the active symbol's value comes from")
                .clicked()
                && let Some(symbol) = active
            {
                cx.push(Action::Impact {
                    symbol,
                    backward: true,
                });
            }
            let label = ui.label("Depth");
            ui.add(
                egui::DragValue::new(&mut self.depth)
                    .range(0..=50)
                    .custom_formatter(|v, _| {
                        if v == 0.0 {
                            "any".into()
                        } else {
                            format!("{v}")
                        }
                    }),
            )
            .labelled_by(label.id);
        });
        let before = self.with;
        ui.horizontal_wrapped(|ui| {
            ui.label("Also follow:");
            ui.checkbox(&mut self.with.structure, "structure")
                .on_hover_text("Group ⊃ item and REDEFINES (contains, contained-by, redefines)");
            ui.checkbox(&mut self.with.keys, "keys")
                .on_hover_text("Record keys and SQL WHERE host variables that choose the record");
            ui.checkbox(&mut self.with.control, "control")
                .on_hover_text("Procedures that read or write it, who performs or calls them");
        });
        // A changed toggle traces the shown report again.
        if self.with != before
            && let Some(report) = cx.impact
            && let Some(symbol) = report
                .starts
                .first()
                .and_then(|&n| cx.ws.graphs.impact.key(n).symbol())
        {
            cx.push(Action::Impact {
                symbol,
                backward: report.backward,
            });
        }
        let Some(report) = cx.impact else {
            ui.add_space(8.0);
            ui.label(
                egui::RichText::new(match active {
                    Some(id) => format!(
                        "Trace {} forward (impact) or backward (lineage) with the buttons above.",
                        cx.ws.model.symbol(id).name
                    ),
                    None => "Select a data item, paragraph, program, file or table, then trace its impact or lineage.".into(),
                })
                .weak(),
            );
            return;
        };
        let graph = &cx.ws.graphs.impact;
        let model = &cx.ws.model;
        let starts: Vec<String> = report
            .starts
            .iter()
            .map(|&n| graph.node_id(model, n))
            .collect();
        ui.horizontal_wrapped(|ui| {
            ui.strong(if report.backward {
                "Lineage of"
            } else {
                "Impact of"
            });
            ui.monospace(starts.join(", "));
        });
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} nodes reached{}",
                report.nodes.len().saturating_sub(report.starts.len()),
                report
                    .depth
                    .map(|d| format!(" within {d} steps"))
                    .unwrap_or_default()
            ));
            if ui.button("Show on graph").clicked() {
                cx.push(Action::Show(super::cx::View::Graph));
            }
        });
        ui.separator();
        self.rebuild(report);
        // Two lines per node: the node, then how it was reached.
        let line = ui.text_style_height(&egui::TextStyle::Body) + 2.0;
        let row_height = 2.0 * line + 2.0;
        let mut toggle = None;
        // Vertical only: rows fit the panel's width and long statements are cut with "…"
        // (full text on hover), so the edge and line stay visible however narrow the panel.
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, self.rows.len(), |ui, range| {
                for &i in &self.rows[range] {
                    let entry = &report.nodes[i];
                    let indent = entry.depth as f32 * 14.0;
                    ui.vertical(|ui| {
                        ui.set_height(row_height);
                        ui.spacing_mut().item_spacing.y = 2.0;
                        ui.horizontal(|ui| {
                            ui.set_height(line);
                            ui.add_space(indent);
                            if self.children[i].is_empty() {
                                ui.add_space(18.0);
                            } else {
                                let open = !self.collapsed.contains(&i);
                                if ui
                                    .add(
                                        egui::Button::new(if open { "⏷" } else { "⏵" })
                                            .frame(false)
                                            .small(),
                                    )
                                    .clicked()
                                {
                                    toggle = Some(i);
                                }
                            }
                            let key = graph.key(entry.node);
                            let label = graph.label_str(model, entry.node);
                            let symbol = key.symbol();
                            let selected = symbol.is_some() && symbol == cx.active;
                            let text = if entry.marked {
                                egui::RichText::new(label.as_ref()).italics()
                            } else {
                                egui::RichText::new(label.as_ref())
                            };
                            let response = ui
                                .selectable_label(selected, text)
                                .on_hover_text(graph.node_id(model, entry.node));
                            if let Some(id) = symbol {
                                if response.double_clicked() {
                                    cx.push(Action::Open(id));
                                } else if response.clicked() {
                                    cx.push(Action::Activate(id));
                                }
                            }
                            ui.label(egui::RichText::new(key.kind(model)).weak().small());
                            if entry.marked {
                                ui.label(
                                egui::RichText::new("only via structure/keys")
                                    .small()
                                    .color(ui.visuals().warn_fg_color),
                            )
                            .on_hover_text(
                                "No value-flow path reaches this node: it shares a record or a key",
                            );
                            }
                        });
                        ui.horizontal(|ui| {
                            ui.set_height(line);
                            ui.add_space(indent + 18.0);
                            let Some((_, e)) = entry.via else {
                                ui.label(egui::RichText::new("start").weak().small());
                                return;
                            };
                            let edge = &graph.graph[e];
                            let via = if edge.count > 1 {
                                format!("{} ×{}", edge.kind, edge.count)
                            } else {
                                edge.kind.to_string()
                            };
                            ui.label(
                                egui::RichText::new(edge.flow.label())
                                    .small()
                                    .color(class_colour(ui, edge.flow)),
                            );
                            ui.label(egui::RichText::new(via).small());
                            if let Some(span) = edge.span {
                                let site = format!(
                                    "{}:{}",
                                    model
                                        .file(span.file)
                                        .path
                                        .rsplit('/')
                                        .next()
                                        .unwrap_or_default(),
                                    span.line
                                );
                                if ui
                                    .link(egui::RichText::new(site).small())
                                    .on_hover_text(format!(
                                        "Open the statement in {}",
                                        model.file(span.file).path
                                    ))
                                    .clicked()
                                {
                                    cx.push(Action::OpenAt(Place {
                                        file: span.file,
                                        line: span.line,
                                    }));
                                }
                                let statement = statement_text(model, span);
                                ui.add(
                                    egui::Label::new(
                                        egui::RichText::new(&statement).monospace().small().weak(),
                                    )
                                    .truncate(),
                                )
                                .on_hover_text(statement);
                            }
                        });
                    });
                }
            });
        if let Some(i) = toggle {
            if !self.collapsed.remove(&i) {
                self.collapsed.insert(i);
            }
            self.built = None;
        }
    }

    /// Flattens the report's tree (children under their parent, depth first), skipping the
    /// children of collapsed rows.
    fn rebuild(&mut self, report: &ImpactReport) {
        let key = (report as *const ImpactReport as usize, report.nodes.len());
        if self.built == Some(key) {
            return;
        }
        if self.built.is_some_and(|(p, _)| p != key.0) {
            self.collapsed.clear();
        }
        self.children = vec![Vec::new(); report.nodes.len()];
        let mut roots = Vec::new();
        for (i, e) in report.nodes.iter().enumerate() {
            match e.parent {
                Some(p) => self.children[p].push(i),
                None => roots.push(i),
            }
        }
        self.rows.clear();
        let mut stack: Vec<usize> = roots.into_iter().rev().collect();
        while let Some(i) = stack.pop() {
            self.rows.push(i);
            if !self.collapsed.contains(&i) {
                stack.extend(self.children[i].iter().rev());
            }
        }
        self.built = Some(key);
    }
}

/// A colour per edge class, from the theme.
fn class_colour(ui: &egui::Ui, class: EdgeClass) -> egui::Color32 {
    let v = ui.visuals();
    match class {
        EdgeClass::Value => v.hyperlink_color,
        EdgeClass::Structure => v.warn_fg_color,
        EdgeClass::Keys => v.error_fg_color,
        EdgeClass::Control => v.weak_text_color(),
    }
}
