//! The Rules view: the candidate queue with keyboard triage (A accept, R reject, E edit,
//! J/↓ next, K/↑ previous), the rule editor for every field of the record, the filtered rules
//! list, review mode over a loaded annotation file, merge conflicts side by side, and the
//! export dialog. All state about rules lives in the [`RuleBook`] (`cx.rules`); this view
//! only keeps what is on screen (selection, filters, text being typed). The queue is drawn in
//! [`queue`].

mod queue;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use eframe::egui::{self, Color32, Key, Modifiers, RichText};
use egui_extras::{Column, TableBuilder};
use serde_json::Value;

use super::cx::{Action, Cx, Place};
use crate::explore::Workspace;
use crate::explore::queue::{QueueFilter, QueueGrouping};
use crate::explore::rulebook::{
    AnchorHealth, CLASSIFICATIONS, ExportFormat, RuleBook, RuleFilter, classification_label,
    join_list, program_of, split_list,
};
use crate::model::{Span, SymbolId};
use crate::rules::anchor::AnchorState;
use crate::rules::export;
use crate::rules::merge::RULE_FIELD;
use crate::rules::mine::{self, Candidate};
use crate::rules::record::{RuleCondition, Status, Verdict};

/// The sub-tabs of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RulesTab {
    #[default]
    Queue,
    Rules,
    Review,
    Conflicts,
}

impl RulesTab {
    pub const ALL: [RulesTab; 4] = [
        RulesTab::Queue,
        RulesTab::Rules,
        RulesTab::Review,
        RulesTab::Conflicts,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RulesTab::Queue => "Queue",
            RulesTab::Rules => "Rules",
            RulesTab::Review => "Review",
            RulesTab::Conflicts => "Conflicts",
        }
    }
}

#[derive(Default)]
struct ExportDialog {
    open: bool,
    format: ExportFormat,
    path: String,
    written: Option<PathBuf>,
}

/// Text of the comma-separated list fields of the rule being edited.
#[derive(Default)]
struct ListBuffers {
    rule_id: String,
    text: BTreeMap<&'static str, String>,
}

#[derive(Default)]
pub struct RulesView {
    tab: RulesTab,
    /// Index of the selected candidate among those the queue shows.
    queue_selected: usize,
    /// Its id: the selection stays on it while filters change.
    queue_selected_id: Option<String>,
    /// Scroll the queue list to the selection (after a key moved it).
    queue_scroll: bool,
    queue_filter: QueueFilter,
    queue_grouping: QueueGrouping,
    details: Option<queue::Details>,
    /// The rule in the editor.
    selected: Option<String>,
    /// Frames left to give the name field focus (after E).
    focus_name: u8,
    lists: ListBuffers,
    filter: RuleFilter,
    review_path: String,
    review_selected: usize,
    review_comment: String,
    merge_path: String,
    book_path: String,
    export: ExportDialog,
    /// The last outcome shown under the toolbar: text and whether it is an error.
    message: Option<(String, bool)>,
}

fn place_of(ws: &Workspace, path: &str, line: u32) -> Option<Place> {
    ws.model
        .files
        .iter()
        .find(|f| f.path == path)
        .map(|f| Place {
            file: f.id,
            line: line.max(1),
        })
}

/// Where "New rule" records a rule and what it starts from.
struct NewRuleTarget<'w> {
    symbol: SymbolId,
    span: Span,
    label: String,
    /// The mined candidate whose anchor holds the place: the new rule starts as a copy.
    candidate: Option<&'w Candidate>,
    /// The place (file path, line) a draft is built for when no candidate covers it.
    place: Option<(String, u32)>,
}

/// "Here" is the place the code view shows when it lies in the active symbol (or nothing is
/// active): inside a mined candidate, the new rule starts from the tightest one around that
/// line. Elsewhere, the rule goes on the whole active symbol (or the symbol at the place).
fn new_rule_target<'w>(cx: &Cx<'w>) -> Option<NewRuleTarget<'w>> {
    let ws = cx.ws;
    let span_of = |s: SymbolId| ws.model.symbols.get(s.index())?.span;
    let active = cx.active.and_then(|s| Some((s, span_of(s)?)));
    let place = cx.place.filter(|p| {
        active.is_none_or(|(_, span)| {
            span.file == p.file && span.line <= p.line && p.line <= span.end_line
        })
    });
    let Some(place) = place else {
        let (symbol, span) = active?;
        return Some(NewRuleTarget {
            symbol,
            span,
            label: format!("New rule at {}", ws.model.symbol(symbol).name),
            candidate: None,
            place: None,
        });
    };
    let (symbol, span) = active.or_else(|| {
        let s = ws.symbol_at(place.file, place.line)?;
        Some((s, span_of(s)?))
    })?;
    let path = &ws.model.files.get(place.file.index())?.path;
    let candidate = mine::candidate_at(ws.candidates(), path, place.line);
    let label = match candidate {
        Some(_) => {
            let file_name = path.rsplit('/').next().unwrap_or(path);
            format!("New rule here ({file_name}:{})", place.line)
        }
        None => format!("New rule at {}", ws.model.symbol(symbol).name),
    };
    Some(NewRuleTarget {
        symbol,
        span,
        label,
        candidate,
        place: Some((path.clone(), place.line)),
    })
}

/// A changed anchor's word diff: removed words struck through in the error colour, added
/// words in the strong colour.
fn word_diff(ui: &mut egui::Ui, diff: &[crate::rules::anchor_fuzzy::DiffPart], similarity: u32) {
    use crate::rules::anchor_fuzzy::DiffOp;
    ui.label(
        RichText::new(format!(
            "The anchored code was edited ({similarity} % alike):"
        ))
        .color(ui.visuals().weak_text_color()),
    );
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for part in diff {
            let text = RichText::new(&part.text).monospace();
            let text = match part.op {
                DiffOp::Same => text,
                DiffOp::Removed => text.strikethrough().color(ui.visuals().error_fg_color),
                DiffOp::Added => text.strong().color(ui.visuals().strong_text_color()),
            };
            ui.label(text).on_hover_text(match part.op {
                DiffOp::Same => "unchanged",
                DiffOp::Removed => "removed",
                DiffOp::Added => "added",
            });
        }
    });
}

fn health_color(ui: &egui::Ui, h: AnchorHealth) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match h {
        AnchorHealth::Anchored if dark => Color32::from_rgb(120, 200, 130),
        AnchorHealth::Anchored => Color32::from_rgb(20, 110, 40),
        AnchorHealth::Shifted if dark => Color32::from_rgb(140, 185, 240),
        AnchorHealth::Shifted => Color32::from_rgb(25, 80, 160),
        AnchorHealth::Moved | AnchorHealth::Changed => ui.visuals().warn_fg_color,
        AnchorHealth::Orphaned => ui.visuals().error_fg_color,
    }
}

fn status_color(ui: &egui::Ui, s: Status) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match s {
        Status::Approved if dark => Color32::from_rgb(120, 200, 130),
        Status::Approved => Color32::from_rgb(20, 110, 40),
        Status::InReview if dark => Color32::from_rgb(140, 185, 240),
        Status::InReview => Color32::from_rgb(25, 80, 160),
        Status::Rejected | Status::Obsolete => ui.visuals().weak_text_color(),
        Status::Candidate | Status::Draft => ui.visuals().text_color(),
    }
}

fn badge(ui: &mut egui::Ui, text: &str, color: Color32) -> egui::Response {
    ui.label(RichText::new(text).color(color).strong())
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "(none)".to_string(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

/// A path field with Browse…; returns the path when the user picked one in the dialog.
fn browse_json(start: &Path) -> Option<PathBuf> {
    // rfd needs a desktop portal or GTK; without one it returns None and the typed path
    // field stays the way in.
    rfd::FileDialog::new()
        .add_filter("Annotation files", &["json"])
        .set_directory(start)
        .pick_file()
}

impl RulesView {
    /// Opens the export dialog (for a menu item; the dialog shows with the Rules view).
    pub fn open_export(&mut self) {
        self.export.open = true;
        self.export.written = None;
    }

    /// Switches to a sub-tab.
    pub fn show_tab(&mut self, tab: RulesTab) {
        self.tab = tab;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        // The shell opens the book with the project; if it has not, the default file is
        // opened here, before anything can be edited.
        if cx.rules.path().is_none() && !cx.rules.is_dirty() {
            *cx.rules = RuleBook::open_default(cx.ws);
        }
        let now = Instant::now();
        if let Some(e) = cx.rules.tick(now) {
            self.message = Some((e, true));
        }
        if let Some(wait) = cx.rules.next_autosave_in(now) {
            ui.ctx().request_repaint_after(wait);
        }

        self.toolbar(ui, cx);
        if cx.rules.recovery_available() {
            self.recovery_banner(ui, cx);
            return;
        }
        if let Some(error) = cx.rules.load_error().map(str::to_string) {
            ui.colored_label(ui.visuals().error_fg_color, error);
            ui.label(
                "Your changes are kept in memory and in the recovery file; use Save as to write them to another file.",
            );
        }
        if let Some((text, error)) = &self.message {
            let color = if *error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().weak_text_color()
            };
            ui.colored_label(color, text);
        }
        ui.separator();

        self.keyboard(ui, cx);
        match self.tab {
            RulesTab::Queue => self.queue(ui, cx),
            RulesTab::Rules => self.rules(ui, cx),
            RulesTab::Review => self.review(ui, cx),
            RulesTab::Conflicts => self.conflicts(ui, cx),
        }
        self.export_dialog(ui, cx);
    }

    fn report(&mut self, cx: &mut Cx, result: Result<String, String>) {
        let (text, error) = match result {
            Ok(t) => (t, false),
            Err(e) => (e, true),
        };
        cx.push(Action::Status(text.clone()));
        self.message = Some((text, error));
    }

    // -----------------------------------------------------------------------------------------
    // Toolbar, recovery
    // -----------------------------------------------------------------------------------------

    fn toolbar(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let ws = cx.ws;
        ui.horizontal_wrapped(|ui| {
            ui.heading("Business rules");
            for tab in RulesTab::ALL {
                ui.selectable_value(&mut self.tab, tab, tab.label());
            }
            ui.separator();
            if ui.button("Save").clicked()
                || ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::S))
            {
                let r = cx.rules.save().map(|p| format!("Saved {}", p.display()));
                self.report(cx, r);
            }
            if cx.rules.is_dirty() {
                // Monospace: the default proportional font has no "●".
                ui.label(
                    RichText::new("● unsaved")
                        .monospace()
                        .color(ui.visuals().warn_fg_color),
                );
            } else {
                ui.label(RichText::new("saved").color(ui.visuals().weak_text_color()));
            }
            if ui.button("Export…").clicked() {
                self.open_export();
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Annotation file:");
            if self.book_path.is_empty()
                && let Some(p) = cx.rules.path()
            {
                self.book_path = p.display().to_string();
            }
            ui.add(
                egui::TextEdit::singleline(&mut self.book_path)
                    .desired_width(380.0)
                    .hint_text("path of the annotation file (JSON)"),
            )
            .labelled_by(label.id);
            if ui.button("Browse…").clicked()
                && let Some(p) = browse_json(&ws.model.root)
            {
                self.book_path = p.display().to_string();
            }
            let target = PathBuf::from(self.book_path.trim());
            let same = cx.rules.path() == Some(target.as_path());
            let can_open = !same && !cx.rules.is_dirty() && !self.book_path.trim().is_empty();
            if ui
                .add_enabled(can_open, egui::Button::new("Open file"))
                .on_disabled_hover_text(
                    "Save your changes first; opening another file never drops them.",
                )
                .clicked()
            {
                let user = cx.rules.user();
                *cx.rules = RuleBook::open(ws, target.clone());
                cx.rules.set_user(&user);
                self.selected = None;
                self.details = None;
                self.report(cx, Ok(format!("Opened {}", target.display())));
            }
            if ui
                .add_enabled(
                    !same && !self.book_path.trim().is_empty(),
                    egui::Button::new("Save as"),
                )
                .clicked()
            {
                let r = cx
                    .rules
                    .save_as(target.clone())
                    .map(|p| format!("Saved {}", p.display()));
                self.report(cx, r);
            }
            ui.label(format!("{} rules", cx.rules.rules().len()));
        });
    }

    fn recovery_banner(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        ui.separator();
        ui.heading("Unsaved changes from an earlier session");
        ui.label(
            "LegacyLens closed before these annotation changes were saved. Restore them to keep working on them (then Save), or discard them to continue with the file as it is on disk.",
        );
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                let r = cx
                    .rules
                    .restore_recovery(cx.ws)
                    .map(|n| format!("Restored {n} rules; save to keep them"));
                self.report(cx, r);
            }
            if ui.button("Discard").clicked() {
                let r = cx
                    .rules
                    .discard_recovery()
                    .map(|()| "Discarded the recovered changes".to_string());
                self.report(cx, r);
            }
        });
        if let Some((text, _)) = &self.message {
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Rules list and editor
    // -----------------------------------------------------------------------------------------

    fn rules(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        self.new_rule_button(ui, cx);
        if cx.rules.rules().is_empty() {
            ui.label(
                "No rules yet. Accept candidates in the Queue (press A), record one from the code with New rule at the active symbol, or merge another annotation file under Conflicts.",
            );
            return;
        }
        egui::Panel::left("rules_list_panel")
            .resizable(true)
            .default_size(480.0)
            .show(ui, |ui| self.rules_list(ui, cx));
        egui::CentralPanel::no_frame().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("rule_editor_scroll")
                .show(ui, |ui| match self.selected.clone() {
                    Some(id) if cx.rules.rule(&id).is_some() => self.editor(ui, cx, &id),
                    _ => {
                        ui.label("Select a rule in the list to edit it.");
                    }
                });
        });
    }

    /// Records a rule by hand where the user is ([`new_rule_target`]), prefilled from the
    /// candidate mined there if there is one.
    fn new_rule_button(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let ws = cx.ws;
        let target = new_rule_target(cx);
        ui.horizontal_wrapped(|ui| {
            let label = target
                .as_ref()
                .map_or("New rule at the active symbol".to_string(), |t| {
                    t.label.clone()
                });
            let clicked = ui
                .add_enabled(target.is_some(), egui::Button::new(label))
                .on_disabled_hover_text(
                    "Open the code of the rule first; its symbol becomes active.",
                )
                .clicked();
            if let Some(c) = target.as_ref().and_then(|t| t.candidate) {
                ui.label(
                    RichText::new(format!("prefilled from the candidate “{}”", c.rule.name))
                        .color(ui.visuals().weak_text_color()),
                );
            }
            let Some(target) = target.filter(|_| clicked) else {
                return;
            };
            // No candidate here: a draft built the way mining builds one, from the decision
            // around the line (its conditions and what it controls).
            let draft = match (&target.candidate, &target.place) {
                (None, Some((path, line))) => mine::draft_at_with_terms(
                    &ws.model,
                    &ws.data_classes,
                    path,
                    *line,
                    &crate::rules::annotations::now_rfc3339(),
                    &cx.rules.file().terms,
                ),
                _ => None,
            };
            let created = match (target.candidate, &draft) {
                (Some(c), _) | (None, Some(c)) => cx.rules.create_from_candidate(ws, c),
                (None, None) => cx.rules.create(ws, target.symbol, target.span),
            };
            let r = created.map(|id| {
                self.selected = Some(id.clone());
                self.focus_name = 3;
                format!("Recorded {id}; describe it")
            });
            self.report(cx, r);
        });
    }

    fn rules_list(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let book = &*cx.rules;
        ui.horizontal_wrapped(|ui| {
            combo(ui, "Status", &mut self.filter.status, &Status::ALL, |s| {
                export::status_label(*s).to_string()
            });
            combo(
                ui,
                "Classification",
                &mut self.filter.classification,
                &CLASSIFICATIONS,
                |c| classification_label(*c).to_string(),
            );
            combo(
                ui,
                "Business function",
                &mut self.filter.business_function,
                &book.business_functions(),
                String::clone,
            );
            combo(
                ui,
                "Program",
                &mut self.filter.program,
                &book.programs(),
                String::clone,
            );
            combo(
                ui,
                "Anchor",
                &mut self.filter.anchor,
                &AnchorHealth::ALL,
                |h| h.label().to_string(),
            );
        });
        ui.horizontal(|ui| {
            let label = ui.label("Search:");
            ui.add(
                egui::TextEdit::singleline(&mut self.filter.text)
                    .desired_width(200.0)
                    .hint_text("words in name, description, data items"),
            )
            .labelled_by(label.id);
            if ui
                .add_enabled(
                    self.filter != RuleFilter::default(),
                    egui::Button::new("Clear filters"),
                )
                .clicked()
            {
                self.filter = RuleFilter::default();
            }
        });
        let shown = book.filtered(&self.filter);
        ui.label(format!("{} of {} rules", shown.len(), book.rules().len()));
        if shown.is_empty() {
            ui.label("No rule matches these filters; clear them to see every rule.");
            return;
        }
        let mut clicked = None;
        let row_height = ui.spacing().interact_size.y;
        let selected_id = self.selected.clone();
        // Virtual rows: files keep every rejected candidate, so lists grow long.
        TableBuilder::new(ui)
            .id_salt("rules_list_table")
            .striped(true)
            .resizable(true)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::initial(240.0).at_least(120.0).clip(true))
            .column(Column::auto())
            .column(Column::auto())
            .column(Column::auto())
            .column(Column::auto().at_most(200.0).clip(true))
            .header(row_height, |mut header| {
                for title in ["Rule", "Status", "Class", "Anchor", "Program"] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, shown.len(), |mut row| {
                    let rule = shown[row.index()];
                    row.col(|ui| {
                        let selected = selected_id.as_deref() == Some(rule.id.as_str());
                        if ui
                            .selectable_label(selected, &rule.name)
                            .on_hover_text(&rule.id)
                            .clicked()
                        {
                            clicked = Some(rule.id.clone());
                        }
                    });
                    row.col(|ui| {
                        badge(
                            ui,
                            export::status_label(rule.status),
                            status_color(ui, rule.status),
                        );
                    });
                    row.col(|ui| {
                        ui.label(rule.classification.map_or("", classification_label));
                    });
                    row.col(|ui| {
                        let h = AnchorHealth::worst(book.states(&rule.id));
                        badge(ui, h.label(), health_color(ui, h));
                    });
                    row.col(|ui| {
                        let programs: Vec<String> = rule.anchors.iter().map(program_of).collect();
                        ui.label(programs.join(", "));
                    });
                });
            });
        if let Some(id) = clicked {
            self.selected = Some(id);
        }
    }

    fn editor(&mut self, ui: &mut egui::Ui, cx: &mut Cx, id: &str) {
        let ws = cx.ws;
        let Some(original) = cx.rules.rule(id).cloned() else {
            return;
        };
        let states = cx.rules.states(id).to_vec();
        let mut rule = original.clone();
        let mut next_status = None;
        let mut relink: Option<(usize, Relink)> = None;

        if self.lists.rule_id != rule.id {
            self.lists = ListBuffers {
                rule_id: rule.id.clone(),
                text: BTreeMap::new(),
            };
        }

        ui.heading("Edit rule");
        ui.label(RichText::new(&rule.id).monospace());
        egui::Grid::new("rule_editor_grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label("Rule name");
                let name = ui
                    .add(egui::TextEdit::singleline(&mut rule.name).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                // A few frames: a grid's first frame is a sizing pass that takes no focus.
                if self.focus_name > 0 {
                    if name.has_focus() {
                        self.focus_name = 0;
                    } else {
                        name.request_focus();
                        self.focus_name -= 1;
                    }
                }
                ui.end_row();

                let label = ui.label("Business description");
                ui.add(
                    egui::TextEdit::multiline(&mut rule.business_description)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY)
                        .hint_text("what the rule means, in business words"),
                )
                .labelled_by(label.id);
                ui.end_row();

                let label = ui.label("Technical description");
                ui.add(
                    egui::TextEdit::multiline(&mut rule.technical_description)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .hint_text("how the code implements it"),
                )
                .labelled_by(label.id);
                ui.end_row();

                let label = ui.label("Classification");
                egui::ComboBox::from_id_salt("rule_classification")
                    .selected_text(rule.classification.map_or("(none)", classification_label))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut rule.classification, None, "(none)");
                        for c in CLASSIFICATIONS {
                            ui.selectable_value(
                                &mut rule.classification,
                                Some(c),
                                classification_label(c),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();

                let label = ui.label("Status");
                ui.horizontal(|ui| {
                    badge(
                        ui,
                        export::status_label(rule.status),
                        status_color(ui, rule.status),
                    );
                    let allowed = rule.status.next_allowed();
                    egui::ComboBox::from_id_salt("rule_status")
                        .selected_text("Change to…")
                        .show_ui(ui, |ui| {
                            for s in allowed {
                                if ui
                                    .selectable_label(false, export::status_label(s))
                                    .clicked()
                                {
                                    next_status = Some(s);
                                }
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
                ui.end_row();

                for (key, label) in [
                    ("functions", "Business functions"),
                    ("sets", "Rule sets"),
                    ("tags", "Tags"),
                    ("inputs", "Inputs"),
                    ("outputs", "Outputs"),
                ] {
                    let field = match key {
                        "functions" => &mut rule.business_functions,
                        "sets" => &mut rule.rule_sets,
                        "tags" => &mut rule.tags,
                        "inputs" => &mut rule.inputs,
                        _ => &mut rule.outputs,
                    };
                    let buffer = self.lists.text.entry(key).or_default();
                    if split_list(buffer) != *field {
                        *buffer = join_list(field);
                    }
                    let l = ui.label(label);
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(buffer)
                                .desired_width(f32::INFINITY)
                                .hint_text("comma-separated"),
                        )
                        .labelled_by(l.id);
                    if r.changed() {
                        *field = split_list(buffer);
                    }
                    ui.end_row();
                }

                let label = ui.label("Owner");
                let mut owner = rule.owner.clone().unwrap_or_default();
                if ui
                    .add(egui::TextEdit::singleline(&mut owner).desired_width(f32::INFINITY))
                    .labelled_by(label.id)
                    .changed()
                {
                    rule.owner = (!owner.trim().is_empty()).then_some(owner);
                }
                ui.end_row();
            });

        ui.separator();
        ui.strong("Conditions");
        let mut remove = None;
        for (i, c) in rule.conditions.iter_mut().enumerate() {
            ui.push_id(("condition", i), |ui| {
                ui.horizontal(|ui| {
                    ui.label(format!("{}.", i + 1));
                    ui.add(
                        egui::TextEdit::singleline(&mut c.plain)
                            .desired_width(260.0)
                            .hint_text("in plain words"),
                    );
                    ui.add(
                        egui::TextEdit::singleline(&mut c.code)
                            .desired_width(260.0)
                            .font(egui::TextStyle::Monospace)
                            .hint_text("as written in the code"),
                    );
                    if ui.small_button("Remove").clicked() {
                        remove = Some(i);
                    }
                });
            });
        }
        if let Some(i) = remove {
            rule.conditions.remove(i);
        }
        if ui.button("Add condition").clicked() {
            rule.conditions.push(RuleCondition {
                code: String::new(),
                plain: String::new(),
                extra: Default::default(),
            });
        }

        ui.separator();
        ui.strong("Anchors");
        if rule.anchors.is_empty() {
            ui.label(
                "This rule has no anchor. Select its code in the code view, then use Add anchor.",
            );
        }
        let active = cx
            .active
            .and_then(|s| ws.model.symbols.get(s.index()))
            .filter(|s| s.span.is_some());
        for (i, a) in rule.anchors.iter().enumerate() {
            ui.push_id(("anchor", i), |ui| {
                let state = states.get(i).cloned().unwrap_or(AnchorState::Orphaned);
                let h = AnchorHealth::of(&state);
                ui.horizontal_wrapped(|ui| {
                    badge(ui, h.label(), health_color(ui, h));
                    let (symbol, place) = match &state {
                        AnchorState::Moved { symbol, span }
                        | AnchorState::Changed { symbol, span, .. } => (
                            symbol.clone(),
                            Some(Place {
                                file: span.file,
                                line: span.line,
                            }),
                        ),
                        AnchorState::Anchored { span } | AnchorState::Shifted { span } => (
                            a.symbol.clone(),
                            Some(Place {
                                file: span.file,
                                line: span.line,
                            }),
                        ),
                        AnchorState::Orphaned => {
                            (a.symbol.clone(), place_of(ws, &a.path, a.line_hint))
                        }
                    };
                    ui.label(RichText::new(&symbol).monospace());
                    let line = place.map_or(a.line_hint, |p| p.line);
                    ui.label(format!("{}:{line}", a.path));
                    if ui
                        .add_enabled(place.is_some(), egui::Button::new("Open"))
                        .clicked()
                        && let Some(p) = place
                    {
                        cx.push(Action::OpenAt(p));
                    }
                    if h == AnchorHealth::Moved && ui.button("Confirm move").clicked() {
                        relink = Some((i, Relink::ConfirmMove));
                    }
                    if h == AnchorHealth::Changed
                        && ui
                            .button("Confirm")
                            .on_hover_text("The edited code becomes the anchor's quote and fingerprint.")
                            .clicked()
                    {
                        relink = Some((i, Relink::ConfirmMove));
                    }
                    let target = active.map_or("the active symbol".to_string(), |s| s.name.clone());
                    if ui
                        .add_enabled(active.is_some(), egui::Button::new(format!("Re-link to {target}")))
                        .on_disabled_hover_text("Open the code where the rule now lives; the symbol there becomes active.")
                        .clicked()
                    {
                        relink = Some((i, Relink::Active));
                    }
                });
                if let AnchorState::Changed {
                    diff, similarity, ..
                } = &state
                {
                    word_diff(ui, diff, *similarity);
                }
                if h == AnchorHealth::Orphaned {
                    ui.label(
                        RichText::new(format!("The anchored code is gone. It read:\n{}", a.quote.trim_end()))
                            .monospace()
                            .color(ui.visuals().weak_text_color()),
                    );
                }
            });
        }
        if active.is_some() && ui.button("Add anchor at the active symbol").clicked() {
            relink = Some((rule.anchors.len(), Relink::Active));
        }

        ui.separator();
        ui.strong(format!("Reviews ({})", rule.reviews.len()));
        if rule.reviews.is_empty() {
            ui.label("No reviews yet; reviewers add them in the Review tab.");
        }
        for r in &rule.reviews {
            ui.label(format!(
                "{} · {} · {}{}",
                r.at,
                r.reviewer,
                verdict_label(r.verdict),
                if r.comment.is_empty() {
                    String::new()
                } else {
                    format!(": {}", r.comment)
                }
            ));
        }
        ui.separator();
        ui.strong("Audit");
        ui.label(format!(
            "Created by {} at {}; last changed by {} at {}",
            rule.audit.created_by,
            rule.audit.created_at,
            rule.audit.updated_by,
            rule.audit.updated_at
        ));

        // Apply: field edits, then a status change, then a re-link.
        if rule != original
            && let Err(e) = cx.rules.update(ws, rule)
        {
            self.report(cx, Err(e));
        }
        if let Some(s) = next_status {
            let r = cx
                .rules
                .set_status(id, s)
                .map(|()| format!("{id} is now {}", export::status_label(s)));
            self.report(cx, r);
        }
        if let Some((index, how)) = relink {
            let r = match how {
                Relink::ConfirmMove => cx.rules.confirm_move(ws, id, index),
                Relink::Active => match cx.active.and_then(|s| Some((s, ws.model.symbol(s).span?)))
                {
                    Some((symbol, span)) => cx.rules.relink(ws, id, index, symbol, span),
                    None => Err("no active symbol to link to".to_string()),
                },
            };
            let r = r.map(|()| format!("Anchor {} of {id} re-linked", index + 1));
            self.report(cx, r);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Review
    // -----------------------------------------------------------------------------------------

    fn review(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let ws = cx.ws;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Review file:");
            ui.add(
                egui::TextEdit::singleline(&mut self.review_path)
                    .desired_width(380.0)
                    .hint_text("annotation file to review (JSON)"),
            )
            .labelled_by(label.id);
            if ui.button("Browse…").clicked()
                && let Some(p) = browse_json(&ws.model.root)
            {
                self.review_path = p.display().to_string();
            }
            if ui
                .add_enabled(
                    !self.review_path.trim().is_empty(),
                    egui::Button::new("Load"),
                )
                .clicked()
            {
                let path = PathBuf::from(self.review_path.trim());
                let r = cx
                    .rules
                    .load_review_file(&path)
                    .map(|n| format!("Loaded {n} rules from {} for review", path.display()));
                self.review_selected = 0;
                self.report(cx, r);
            }
            if cx.rules.review_file().is_some() && ui.button("Close").clicked() {
                cx.rules.close_review_file();
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Reviewer:");
            let mut user = cx.rules.user();
            if ui
                .add(egui::TextEdit::singleline(&mut user).desired_width(160.0))
                .labelled_by(label.id)
                .changed()
            {
                cx.rules.set_user(&user);
            }
        });
        let Some(loaded) = cx.rules.review_file() else {
            ui.label(
                "Load a reviewer's or a colleague's annotation file (type its path or use Browse…) to go through its rules: approve, reject, or ask for a change with a comment. Verdicts are added to your annotation file.",
            );
            return;
        };
        if loaded.file.rules.is_empty() {
            ui.label("That file holds no rules. Load another one.");
            return;
        }
        let count = loaded.file.rules.len();
        self.review_selected = self.review_selected.min(count - 1);
        let title = format!("{count} rules in {}", loaded.path.display());
        let labels: Vec<String> = loaded
            .file
            .rules
            .iter()
            .map(|r| {
                let mine = cx.rules.rule(&r.id).map_or(r.status, |m| m.status);
                format!("{} — {} ({})", r.id, r.name, export::status_label(mine))
            })
            .collect();
        let theirs = loaded.file.rules[self.review_selected].clone();
        let mut clicked = None;
        egui::Panel::left("rules_review_list")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| {
                ui.strong(title);
                let row_height = ui.spacing().interact_size.y;
                egui::ScrollArea::vertical()
                    .id_salt("rules_review_scroll")
                    .show_rows(ui, row_height, count, |ui, rows| {
                        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                        for i in rows {
                            if ui
                                .selectable_label(i == self.review_selected, &labels[i])
                                .clicked()
                            {
                                clicked = Some(i);
                            }
                        }
                    });
            });
        if let Some(i) = clicked {
            self.review_selected = i;
            self.review_comment.clear();
        }
        let theirs = &theirs;
        let mut verdict = None;
        egui::CentralPanel::no_frame().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("rules_review_details")
                .show(ui, |ui| {
                    ui.heading(&theirs.name);
                    ui.label(RichText::new(&theirs.id).monospace());
                    match cx.rules.rule(&theirs.id) {
                        Some(mine) => {
                            ui.horizontal(|ui| {
                                ui.label("Status in your file:");
                                badge(
                                    ui,
                                    export::status_label(mine.status),
                                    status_color(ui, mine.status),
                                );
                            });
                        }
                        None => {
                            ui.label("Not in your annotation file yet; a verdict adds it.");
                        }
                    }
                    if !theirs.business_description.is_empty() {
                        ui.label(&theirs.business_description);
                    }
                    if !theirs.technical_description.is_empty() {
                        ui.label(
                            RichText::new(&theirs.technical_description)
                                .color(ui.visuals().weak_text_color()),
                        );
                    }
                    show_conditions(ui, &theirs.conditions);
                    show_list(ui, "Inputs", &theirs.inputs);
                    show_list(ui, "Outputs", &theirs.outputs);
                    for (i, a) in theirs.anchors.iter().enumerate() {
                        ui.push_id(("review_anchor", i), |ui| {
                            ui.horizontal(|ui| {
                                ui.label(RichText::new(&a.symbol).monospace());
                                if ui.button(format!("{}:{}", a.path, a.line_hint)).clicked()
                                    && let Some(p) = place_of(ws, &a.path, a.line_hint)
                                {
                                    cx.push(Action::OpenAt(p));
                                }
                            });
                        });
                    }
                    let reviews = cx
                        .rules
                        .rule(&theirs.id)
                        .map_or(&theirs.reviews, |m| &m.reviews);
                    if !reviews.is_empty() {
                        ui.strong("Reviews");
                        for r in reviews {
                            ui.label(format!(
                                "{} · {} · {} {}",
                                r.at,
                                r.reviewer,
                                verdict_label(r.verdict),
                                r.comment
                            ));
                        }
                    }
                    ui.separator();
                    let label = ui.label("Comment");
                    ui.add(
                        egui::TextEdit::multiline(&mut self.review_comment)
                            .desired_rows(3)
                            .desired_width(f32::INFINITY)
                            .hint_text("why (optional for approve)"),
                    )
                    .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button("Approve").clicked() {
                            verdict = Some(Verdict::Approve);
                        }
                        if ui.button("Reject").clicked() {
                            verdict = Some(Verdict::Reject);
                        }
                        if ui.button("Needs change").clicked() {
                            verdict = Some(Verdict::NeedsChange);
                        }
                    });
                });
        });
        if let Some(v) = verdict {
            let id = theirs.id.clone();
            let r = cx
                .rules
                .add_review(ws, &id, v, &self.review_comment)
                .map(|s| {
                    format!(
                        "{} recorded for {id}; it is {}",
                        verdict_label(v),
                        export::status_label(s)
                    )
                });
            if r.is_ok() {
                self.review_comment.clear();
                self.review_selected = (self.review_selected + 1).min(count - 1);
            }
            self.report(cx, r);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Conflicts
    // -----------------------------------------------------------------------------------------

    fn conflicts(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let ws = cx.ws;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Merge with:");
            ui.add(
                egui::TextEdit::singleline(&mut self.merge_path)
                    .desired_width(380.0)
                    .hint_text("another annotation file (JSON)"),
            )
            .labelled_by(label.id);
            if ui.button("Browse…").clicked()
                && let Some(p) = browse_json(&ws.model.root)
            {
                self.merge_path = p.display().to_string();
            }
            if ui
                .add_enabled(
                    !self.merge_path.trim().is_empty(),
                    egui::Button::new("Merge"),
                )
                .clicked()
            {
                let path = PathBuf::from(self.merge_path.trim());
                let r = cx
                    .rules
                    .merge_with(ws, &path)
                    .map(|n| format!("Merged {}: {n} conflicts to resolve", path.display()));
                self.report(cx, r);
            }
        });
        let conflicts = cx.rules.conflicts();
        if conflicts.is_empty() {
            ui.label(
                "No conflicts. Merge another annotation file (a colleague's or a reviewer's copy) to combine it with yours; fields where the two files disagree appear here side by side.",
            );
            return;
        }
        ui.strong(format!("{} unresolved conflicts", conflicts.len()));
        let mut choice: Option<(String, String, Value)> = None;
        egui::ScrollArea::vertical()
            .id_salt("rules_conflicts_scroll")
            .show(ui, |ui| {
                for (n, c) in conflicts.iter().enumerate() {
                    ui.push_id(("conflict", n), |ui| {
                        ui.separator();
                        let name = match cx.rules.rule(&c.rule_id) {
                            Some(r) => r.name.as_str(),
                            None => cx
                                .rules
                                .file()
                                .terms
                                .iter()
                                .find(|t| t.id == c.rule_id)
                                .map_or("", |t| t.term.as_str()),
                        };
                        let title = if c.rule_id.is_empty() {
                            format!("File field “{}”", c.field)
                        } else if c.field == RULE_FIELD {
                            format!(
                                "{} — {name}: deleted on one side, changed on another",
                                c.rule_id
                            )
                        } else {
                            format!("{} — {name}: field “{}”", c.rule_id, c.field)
                        };
                        ui.strong(title);
                        egui::Grid::new("conflict_grid")
                            .num_columns(c.values.len() + 1)
                            .striped(true)
                            .show(ui, |ui| {
                                for (i, (source, _)) in c.values.iter().enumerate() {
                                    ui.strong(format!("{} ({source})", side_letter(i)));
                                }
                                ui.strong("Base");
                                ui.end_row();
                                for (_, v) in &c.values {
                                    ui.label(RichText::new(value_text(v)).monospace());
                                }
                                ui.label(
                                    RichText::new(c.base.as_ref().map_or(
                                        "(two-way merge: no base)".to_string(),
                                        value_text,
                                    ))
                                    .color(ui.visuals().weak_text_color()),
                                );
                                ui.end_row();
                                for (i, (_, v)) in c.values.iter().enumerate() {
                                    if ui.button(format!("Keep {}", side_letter(i))).clicked() {
                                        choice =
                                            Some((c.rule_id.clone(), c.field.clone(), v.clone()));
                                    }
                                }
                                ui.end_row();
                            });
                    });
                }
            });
        if let Some((rule_id, field, value)) = choice {
            let r = cx
                .rules
                .resolve_conflict(ws, &rule_id, &field, &value)
                .map(|()| format!("Resolved {field} of {rule_id}"));
            self.report(cx, r);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Export
    // -----------------------------------------------------------------------------------------

    fn export_dialog(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        if !self.export.open {
            return;
        }
        let ws = cx.ws;
        if self.export.path.is_empty() {
            self.export.path = ws
                .model
                .root
                .join(self.export.format.default_file_name())
                .display()
                .to_string();
        }
        let mut open = true;
        let mut result = None;
        egui::Window::new("Export catalogue")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ui.ctx(), |ui| {
                ui.label("Format");
                ui.horizontal(|ui| {
                    for f in ExportFormat::ALL {
                        let before = self.export.format;
                        if ui.radio_value(&mut self.export.format, f, f.label()).changed() {
                            // Follow the format when the path is still a default name.
                            let path = PathBuf::from(&self.export.path);
                            if path.file_name().and_then(|n| n.to_str())
                                == Some(before.default_file_name().as_str())
                            {
                                self.export.path =
                                    path.with_file_name(f.default_file_name()).display().to_string();
                            }
                            self.export.written = None;
                        }
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label("Export to:");
                    ui.add(egui::TextEdit::singleline(&mut self.export.path).desired_width(360.0))
                        .labelled_by(label.id);
                    if ui.button("Browse…").clicked() {
                        let current = PathBuf::from(&self.export.path);
                        let dir = current
                            .parent()
                            .filter(|d| d.is_dir())
                            .map_or_else(|| ws.model.root.clone(), Path::to_path_buf);
                        if let Some(p) = rfd::FileDialog::new()
                            .set_directory(dir)
                            .set_file_name(self.export.format.default_file_name())
                            .add_filter(self.export.format.label(), &[self.export.format.extension()])
                            .save_file()
                        {
                            self.export.path = p.display().to_string();
                        }
                    }
                });
                ui.label(
                    RichText::new("Every rule except rejected ones, grouped by business function and rule set.")
                        .color(ui.visuals().weak_text_color()),
                );
                if ui
                    .add_enabled(!self.export.path.trim().is_empty(), egui::Button::new("Export"))
                    .clicked()
                {
                    let path = PathBuf::from(self.export.path.trim());
                    result = Some(cx.rules.export(ws, self.export.format, &path));
                }
                if let Some(p) = &self.export.written {
                    ui.label(format!("Written: {}", p.display()));
                }
            });
        if let Some(r) = result {
            if let Ok(p) = &r {
                self.export.written = Some(p.clone());
                cx.push(Action::Wrote(p.clone()));
            }
            let r = r.map(|p| format!("Exported {}", p.display()));
            self.report(cx, r);
        }
        self.export.open = open;
    }
}

/// What the user chose in the unsaved-changes prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseChoice {
    /// Saved, or the user chose to drop the changes: go on closing.
    Close,
    /// Keep the window (or project) open.
    Stay,
}

/// The prompt shown when the window or the project closes while the rule book has unsaved
/// changes: "Save and close", "Close without saving" (the changes stay in the recovery file
/// and are offered on the next open), "Cancel". A failed save keeps the prompt open with the
/// reason (nothing is lost).
#[derive(Debug, Default)]
pub struct ClosePrompt {
    error: Option<String>,
}

impl ClosePrompt {
    /// Draws the prompt as a modal; `None` until the user chooses.
    pub fn show(&mut self, ctx: &egui::Context, book: &mut RuleBook) -> Option<CloseChoice> {
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("rules_close_prompt")).show(ctx, |ui| {
            ui.heading("Unsaved annotation changes");
            let file = book.path().map_or("The annotation file".to_string(), |p| {
                p.display().to_string()
            });
            ui.label(format!("{file} has changes that are not saved yet."));
            ui.label(
                RichText::new("Closing without saving keeps them in the recovery file; they are offered the next time.")
                    .color(ui.visuals().weak_text_color()),
            );
            ui.horizontal(|ui| {
                if ui.button("Save and close").clicked() {
                    match book.save() {
                        Ok(_) => choice = Some(CloseChoice::Close),
                        Err(e) => self.error = Some(e),
                    }
                }
                if ui.button("Close without saving").clicked() {
                    match book.flush_recovery() {
                        Ok(()) => choice = Some(CloseChoice::Close),
                        Err(e) => self.error = Some(e),
                    }
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(CloseChoice::Stay);
                }
            });
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
                ui.label(
                    "Cancel, then use Save as in the Rules view to write the changes elsewhere.",
                );
            }
        });
        if choice.is_some() {
            self.error = None;
        }
        choice
    }
}

#[derive(Clone, Copy)]
enum Relink {
    Active,
    ConfirmMove,
}

fn side_letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Approve => "approved",
        Verdict::Reject => "rejected",
        Verdict::NeedsChange => "needs change",
    }
}

fn show_conditions(ui: &mut egui::Ui, conditions: &[RuleCondition]) {
    if conditions.is_empty() {
        return;
    }
    ui.strong("Conditions");
    for c in conditions {
        let plain = if c.plain.is_empty() {
            &c.code
        } else {
            &c.plain
        };
        ui.label(format!("• {plain}"));
        ui.label(
            RichText::new(format!("   {}", c.code))
                .monospace()
                .color(ui.visuals().weak_text_color()),
        );
    }
}

fn show_list(ui: &mut egui::Ui, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{title}:"));
        ui.label(items.join(", "));
    });
}

/// A filter combo: "Any" or one of `options`.
fn combo<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<T>,
    options: &[T],
    name: impl Fn(&T) -> String,
) {
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(("rules_filter", label.id))
        .selected_text(value.as_ref().map_or("Any".to_string(), &name))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "Any");
            for o in options {
                ui.selectable_value(value, Some(o.clone()), name(o));
            }
        })
        .response
        .labelled_by(label.id);
}
