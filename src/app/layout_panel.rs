//! The Layout panel: the record layout (data dictionary) of the record holding the active data
//! item — level, name, offset, size, usage, picture and occurs per item, REDEFINES overlaid on
//! the item they redefine (marked `↳` with the shared offset) — computed by
//! [`crate::records::record_of`] when the active symbol changes. Clicking a row activates the
//! item; right-clicking it offers "Name this field…" (a business term for the glossary).

use eframe::egui;

use super::cx::{Action, Cx};
use crate::model::SymbolId;
use crate::records::{self, LayoutOptions, RecordLayout};

#[derive(Default)]
pub struct LayoutPanel {
    /// The active symbol the layout was computed for, and the layout.
    cached: Option<(Option<SymbolId>, Option<RecordLayout>)>,
    /// The record shown: it stays while the active symbol is outside any record.
    shown: Option<RecordLayout>,
    /// The active item the table last scrolled to.
    scrolled_to: Option<SymbolId>,
}

impl LayoutPanel {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        if self.cached.as_ref().map(|(a, _)| *a) != Some(cx.active) {
            let layout = cx
                .active
                .and_then(|id| records::record_of(&cx.ws.model, id, &LayoutOptions::ibm()));
            if layout.is_some() {
                self.shown.clone_from(&layout);
            }
            self.cached = Some((cx.active, layout));
        }
        let scrolled_to = self.scrolled_to;
        let Some(record) = &self.shown else {
            ui.heading("Record layout");
            ui.label("Activate a COBOL data item or record to see its layout.");
            // Keep the panel's height: a resizable panel shrinks to what it shows.
            ui.allocate_space(ui.available_size());
            return;
        };
        let size = record
            .size
            .map_or_else(|| "? bytes".to_string(), |s| format!("{s} bytes"));
        ui.horizontal(|ui| {
            ui.heading(format!("Record layout: {}", record.fields[0].simple_name));
            ui.label(format!(
                "{} · {size} · {} items",
                record.owner,
                record.fields.len()
            ))
            .on_hover_text("Offsets from the start of the record, IBM Enterprise COBOL rules");
        });
        let active = cx.active;
        let mut clicked: Option<SymbolId> = None;
        let mut to_name: Option<SymbolId> = None;
        let mut scrolled = false;
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                egui::Grid::new("layout_grid")
                    .striped(true)
                    .num_columns(7)
                    .spacing([14.0, 2.0])
                    .show(ui, |ui| {
                        for header in [
                            "Level", "Name", "Offset", "Size", "Usage", "Picture", "Occurs",
                        ] {
                            ui.strong(header);
                        }
                        ui.end_row();
                        for f in &record.fields {
                            ui.monospace(format!("{:02}", f.level));
                            let overlay = f.redefines.is_some() || f.renames.is_some();
                            let mut name = "  ".repeat(f.depth);
                            if overlay {
                                name.push_str("↳ ");
                            }
                            name.push_str(&f.simple_name);
                            let mut text = egui::RichText::new(name).monospace();
                            if overlay {
                                text = text.italics();
                            }
                            let response = ui.selectable_label(active == Some(f.symbol), text);
                            let hover = match (&f.redefines, &f.renames, &f.problem) {
                                (_, _, Some(p)) => format!("{}: {p}", f.name),
                                (Some(r), _, _) => {
                                    format!("{} redefines {r} (same offset)", f.name)
                                }
                                (_, Some(r), _) => format!("{} renames {r}", f.name),
                                _ => f.name.clone(),
                            };
                            if active == Some(f.symbol) && scrolled_to != active {
                                response.scroll_to_me(Some(egui::Align::Center));
                                scrolled = true;
                            }
                            let response = response.on_hover_text(hover);
                            if response.clicked() {
                                clicked = Some(f.symbol);
                            }
                            response.context_menu(|ui| {
                                if ui.button("Name this field…").clicked() {
                                    to_name = Some(f.symbol);
                                    ui.close();
                                }
                            });
                            let offset = f.offset.map_or("?".to_string(), |o| o.to_string());
                            let offset = if overlay {
                                format!("={offset}")
                            } else {
                                offset
                            };
                            ui.monospace(offset);
                            ui.monospace(f.size.map_or("?".to_string(), |s| s.to_string()));
                            ui.monospace(if f.usage.is_empty() {
                                f.kind.as_str()
                            } else {
                                &f.usage
                            });
                            ui.monospace(f.picture.as_deref().unwrap_or(""));
                            ui.monospace(f.occurs_text());
                            ui.end_row();
                        }
                    });
            });
        if scrolled {
            self.scrolled_to = active;
        }
        if let Some(id) = clicked {
            cx.push(Action::Activate(id));
        }
        if let Some(id) = to_name {
            cx.push(Action::NameField(id));
        }
    }
}
