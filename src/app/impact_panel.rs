//! The impact / lineage panel: forward impact ("if I change this, what is affected?") or
//! backward lineage ("where does this value come from?") from the active symbol, as a tree
//! of reached nodes with the edge and statement each was reached by. Rows are flattened and
//! drawn with `show_rows`, so reports of many thousands of nodes stay responsive.

use std::collections::HashSet;

use eframe::egui;

use super::cx::{Action, Cx, Place};
use crate::graphs::impact::ImpactReport;

#[derive(Default)]
pub struct ImpactPanel {
    /// Depth limit of new walks (0 = none).
    pub depth: u32,
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
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut toggle = None;
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, self.rows.len(), |ui, range| {
                for &i in &self.rows[range] {
                    let entry = &report.nodes[i];
                    ui.horizontal(|ui| {
                        ui.set_height(row_height);
                        let depth = entry.depth;
                        ui.add_space(depth as f32 * 14.0);
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
                        let response = ui
                            .selectable_label(selected, label.as_ref())
                            .on_hover_text(graph.node_id(model, entry.node));
                        if let Some(id) = symbol {
                            if response.double_clicked() {
                                cx.push(Action::Open(id));
                            } else if response.clicked() {
                                cx.push(Action::Activate(id));
                            }
                        }
                        ui.label(egui::RichText::new(key.kind(model)).weak().small());
                        if let Some((_, e)) = entry.via {
                            let edge = &graph.graph[e];
                            let via = if edge.count > 1 {
                                format!("{} ×{}", edge.kind, edge.count)
                            } else {
                                edge.kind.to_string()
                            };
                            ui.label(egui::RichText::new(via).small());
                            if let Some(span) = edge.span {
                                let site = format!("{}:{}", model.file(span.file).path, span.line);
                                if ui
                                    .link(egui::RichText::new(site).small())
                                    .on_hover_text("Open the statement")
                                    .clicked()
                                {
                                    cx.push(Action::OpenAt(Place {
                                        file: span.file,
                                        line: span.line,
                                    }));
                                }
                            }
                        }
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
