//! The Glossary tab and the "Name this field…" dialog. The tab lists the annotation file's
//! business terms (term, what it names, status and anchor, description) and the terms
//! LegacyLens suggests for items nobody named yet, each accepted with one click; every row's
//! term is a link that opens the field. The dialog asks for a term and a description for one
//! data item — or, for a copybook field, for every program including the copybook — and
//! records it in the rule book, which saves it with the rules.

use eframe::egui;

use super::cx::{Action, Cx};
use crate::explore::Workspace;
use crate::explore::rulebook::RuleBook;
use crate::model::SymbolId;
use crate::rules::merge::CONFLICTS_KEY;
use crate::rules::record::{Status, Verdict};
use crate::rules::term_suggest::{self, TermSuggestion};
use crate::rules::terms::{TermScope, copybook_field, target_label};
use crate::rules::words::data_words;

#[derive(Default)]
pub struct GlossaryView {
    dialog: Option<NameDialog>,
    /// Suggestions for the terms version they were computed for.
    suggestions: Option<(u64, Vec<TermSuggestion>)>,
    filter: String,
}

/// The "Name this field…" dialog's state.
struct NameDialog {
    item: SymbolId,
    item_name: String,
    /// The copybook and field the item is a copy of, if it is in a copybook.
    copybook: Option<(String, String)>,
    whole_copybook: bool,
    term: String,
    description: String,
    focus: bool,
    error: Option<String>,
}

impl GlossaryView {
    /// Opens the dialog for `item`, prefilled with its term, else a suggestion, else its name
    /// in words.
    pub fn open_dialog(&mut self, ws: &Workspace, rules: &RuleBook, item: SymbolId) {
        let s = ws.model.symbol(item);
        let copybook = copybook_field(&ws.model, item);
        let existing = rules.glossary().term_of(item);
        let suggested = self
            .suggestions(ws, rules)
            .iter()
            .find(|t| t.item == item)
            .cloned();
        let (term, description, whole) = match (existing, suggested) {
            (Some(t), _) => (t.term.clone(), t.description.clone(), t.item.is_none()),
            (None, Some(t)) => (t.term, t.description, t.scope == TermScope::CopybookField),
            (None, None) => (data_words(&s.name), String::new(), copybook.is_some()),
        };
        self.dialog = Some(NameDialog {
            item,
            item_name: s.qualified_name.clone(),
            whole_copybook: whole && copybook.is_some(),
            copybook,
            term,
            description,
            focus: true,
            error: None,
        });
    }

    /// Whether the dialog is open (it takes the keyboard).
    pub fn dialog_open(&self) -> bool {
        self.dialog.is_some()
    }

    fn suggestions(&mut self, ws: &Workspace, rules: &RuleBook) -> &[TermSuggestion] {
        let version = rules.terms_version();
        if self.suggestions.as_ref().is_none_or(|(v, _)| *v != version) {
            let list = term_suggest::suggest(&ws.model, rules.glossary(), &ws.data_classes);
            self.suggestions = Some((version, list));
        }
        &self.suggestions.as_ref().expect("just computed").1
    }

    /// The dialog window, when open.
    pub fn dialog(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        let Some(d) = &mut self.dialog else {
            return;
        };
        let mut save = false;
        let mut cancel = false;
        egui::Window::new("Name this field")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(egui::RichText::new(&d.item_name).monospace());
                ui.add_space(4.0);
                ui.label("Business term");
                let term = ui.add(
                    egui::TextEdit::singleline(&mut d.term)
                        .hint_text("claimant's weekly earnings")
                        .desired_width(360.0),
                );
                if std::mem::take(&mut d.focus) {
                    term.request_focus();
                }
                if term.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    save = true;
                }
                ui.label("Description");
                ui.add(
                    egui::TextEdit::multiline(&mut d.description)
                        .hint_text("What it means to the business")
                        .desired_rows(3)
                        .desired_width(360.0),
                );
                if let Some((copybook, field)) = &d.copybook {
                    ui.checkbox(
                        &mut d.whole_copybook,
                        format!("Every program using copybook {copybook} ({field})"),
                    );
                }
                if let Some(e) = &d.error {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
                ui.horizontal(|ui| {
                    if ui.button("Save term").clicked() {
                        save = true;
                    }
                    if ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        cancel = true;
                    }
                });
            });
        if cancel {
            self.dialog = None;
            return;
        }
        if save {
            let scope = if d.whole_copybook {
                TermScope::CopybookField
            } else {
                TermScope::Item
            };
            match cx
                .rules
                .name_field(cx.ws, d.item, scope, &d.term, &d.description)
            {
                Ok(()) => {
                    cx.push(Action::Status(format!(
                        "{} is “{}” (save the rule file to keep it)",
                        d.item_name,
                        d.term.trim()
                    )));
                    self.dialog = None;
                }
                Err(e) => d.error = Some(e),
            }
        }
    }

    /// The Glossary tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let suggestions = self.suggestions(cx.ws, cx.rules).to_vec();
        let glossary = cx.rules.glossary().clone();
        ui.horizontal(|ui| {
            ui.heading("Glossary");
            ui.label(format!(
                "{} terms · {} suggestions",
                glossary.terms.len(),
                suggestions.len()
            ));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text("filter terms and items")
                    .desired_width(220.0),
            );
        });
        ui.label("Right-click a data item in the code or in the layout panel to name it. Terms are saved with the rules.");
        ui.separator();
        let needle = self.filter.to_lowercase();
        let shown = |texts: &[&str]| {
            needle.is_empty() || texts.iter().any(|t| t.to_lowercase().contains(&needle))
        };
        let mut open: Option<SymbolId> = None;
        let mut accept: Option<TermSuggestion> = None;
        let mut approve: Option<String> = None;
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.strong("Terms");
                if glossary.terms.is_empty() {
                    ui.label("No terms yet.");
                }
                egui::Grid::new("glossary_terms")
                    .striped(true)
                    .num_columns(5)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        for r in &glossary.resolved {
                            let t = &glossary.terms[r.index];
                            let names = target_label(t);
                            if !shown(&[&t.term, &names, &t.description]) {
                                continue;
                            }
                            let link = ui.link(&t.term);
                            let link = match r.items.first() {
                                Some(_) => link.on_hover_text(format!("Open {names}")),
                                None => {
                                    link.on_hover_text("No field of the code has this term now")
                                }
                            };
                            if link.clicked() {
                                open = r.items.first().copied();
                            }
                            ui.monospace(&names);
                            let mut detail = format!(
                                "{} · {} item{}",
                                crate::rules::export::status_label(t.status),
                                r.items.len(),
                                if r.items.len() == 1 { "" } else { "s" }
                            );
                            if let Some(state) = &r.state {
                                detail.push_str(&format!(" · {}", state.label()));
                            }
                            if t.extra.contains_key(CONFLICTS_KEY) {
                                detail.push_str(" · merge conflict");
                            }
                            ui.label(detail);
                            ui.label(&t.description);
                            if t.status != Status::Approved
                                && ui
                                    .push_id(("approve", &t.id), |ui| ui.small_button("Approve"))
                                    .inner
                                    .on_hover_text("Record your approval of this term")
                                    .clicked()
                            {
                                approve = Some(t.id.clone());
                            }
                            ui.end_row();
                        }
                    });
                ui.add_space(10.0);
                ui.strong("Suggested terms");
                egui::Grid::new("glossary_suggestions")
                    .striped(true)
                    .num_columns(5)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        for (k, s) in suggestions.iter().enumerate() {
                            if !shown(&[&s.term, &s.item_name, &s.description]) {
                                continue;
                            }
                            if ui
                                .push_id(("accept", k), |ui| ui.small_button("Accept"))
                                .inner
                                .on_hover_text(format!("Name {} “{}”", s.item_name, s.term))
                                .clicked()
                            {
                                accept = Some(s.clone());
                            }
                            if ui
                                .link(&s.term)
                                .on_hover_text(format!("Open {}", s.item_name))
                                .clicked()
                            {
                                open = Some(s.item);
                            }
                            ui.monospace(short_item(&s.item_name))
                                .on_hover_text(&s.item_name);
                            ui.label(s.source.label()).on_hover_text(&s.from);
                            ui.label(&s.description);
                            ui.end_row();
                        }
                    });
            });
        if let Some(id) = open {
            cx.push(Action::Open(id));
        }
        if let Some(id) = approve
            && let Err(e) = cx.rules.review_term(cx.ws, &id, Verdict::Approve, "")
        {
            cx.push(Action::Status(e));
        }
        if let Some(s) = accept {
            match cx
                .rules
                .name_field(cx.ws, s.item, s.scope, &s.term, &s.description)
            {
                Ok(()) => cx.push(Action::Status(format!(
                    "{} is “{}” (save the rule file to keep it)",
                    s.item_name, s.term
                ))),
                Err(e) => cx.push(Action::Status(e)),
            }
        }
    }
}

/// `BENADJ01.AT-ADJ-RECORD.AT-ADJ-TYPE` → `BENADJ01 … AT-ADJ-TYPE`: the program and the field.
fn short_item(name: &str) -> String {
    let parts: Vec<&str> = name.split('.').collect();
    match parts.as_slice() {
        [program, .., field] if parts.len() > 2 => format!("{program} … {field}"),
        _ => name.to_string(),
    }
}
