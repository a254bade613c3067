//! The candidate queue of the Rules view: filters (search, program, classification, this
//! program, technical), grouping, one line per candidate (name, when, then), the selected
//! candidate's details on demand, and keyboard triage over what is shown (A accept, R reject,
//! E edit, J/↓ next, K/↑ previous). Which candidates are shown is decided in
//! [`crate::explore::queue`]; this file draws it.

use eframe::egui::{self, Key, Modifiers, RichText, Sense, TextWrapMode, WidgetInfo};
use egui::text::{LayoutJob, TextFormat, TextWrapping};

use super::{RulesTab, RulesView, combo, place_of, show_conditions, show_list};
use crate::app::cx::{Action, Cx, Place};
use crate::explore::Workspace;
use crate::explore::queue::{self, Queue, QueueFilter, QueueGrouping, QueueRow};
use crate::explore::rulebook::{CLASSIFICATIONS, classification_label};
use crate::rules::decision_table::{self, TableRow};
use crate::rules::export::{self, Excerpt};
use crate::rules::mine::{Candidate, Effect};
use crate::rules::record::RuleRecord;

/// What the queue shows about the selected candidate, computed once per selection.
pub(super) struct Details {
    id: String,
    excerpts: Vec<Excerpt>,
    places: Vec<Option<Place>>,
    tables: Vec<TableView>,
}

struct TableView {
    title: String,
    headers: Vec<String>,
    rows: Vec<TableRow>,
}

#[derive(Clone, Copy)]
enum Triage {
    Accept,
    Reject,
    Edit,
    Next,
    Previous,
}

/// Shares of the row width after the marker: name, conditions, outcome.
const COLUMNS: [f32; 3] = [0.36, 0.34, 0.3];

/// The program or class of the active symbol, which "Candidates in this program" follows.
fn active_program(cx: &Cx) -> Option<String> {
    let id = cx.active?;
    (id.index() < cx.ws.model.symbols.len())
        .then(|| queue::program_of_symbol(&cx.ws.model, id))
        .flatten()
}

impl RulesView {
    /// The candidates the queue shows now, with their rows.
    fn shown<'w>(&self, cx: &Cx<'w>, pending: &[&'w Candidate]) -> Queue<'w> {
        let program = active_program(cx);
        Queue::build(
            pending,
            &self.queue_filter,
            self.queue_grouping,
            program.as_deref(),
        )
    }

    /// The index of the selected candidate among those shown: the one selected before while
    /// it is still shown, else the same position (the next one after a triage).
    fn sync_selection(&mut self, shown: &[&Candidate]) -> Option<usize> {
        if shown.is_empty() {
            return None;
        }
        let index = self
            .queue_selected_id
            .as_ref()
            .and_then(|id| shown.iter().position(|c| &c.rule.id == id))
            .unwrap_or(self.queue_selected.min(shown.len() - 1));
        self.select(shown, index);
        Some(index)
    }

    fn select(&mut self, shown: &[&Candidate], index: usize) {
        self.queue_selected = index;
        self.queue_selected_id = shown.get(index).map(|c| c.rule.id.clone());
    }

    pub(super) fn keyboard(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        if self.tab != RulesTab::Queue || self.export.open || ui.ctx().text_edit_focused() {
            return;
        }
        let pressed =
            |ui: &mut egui::Ui, key: Key| ui.input_mut(|i| i.consume_key(Modifiers::NONE, key));
        if pressed(ui, Key::A) {
            self.triage(cx, Triage::Accept);
        } else if pressed(ui, Key::R) {
            self.triage(cx, Triage::Reject);
        } else if pressed(ui, Key::E) {
            self.triage(cx, Triage::Edit);
        } else if pressed(ui, Key::J) || pressed(ui, Key::ArrowDown) {
            self.step_queue(cx, 1);
        } else if pressed(ui, Key::K) || pressed(ui, Key::ArrowUp) {
            self.step_queue(cx, -1);
        }
    }

    fn step_queue(&mut self, cx: &Cx, delta: isize) {
        let pending = cx.rules.pending(cx.ws);
        let shown = self.shown(cx, &pending).candidates;
        let Some(index) = self.sync_selection(&shown) else {
            return;
        };
        let next = index.saturating_add_signed(delta).min(shown.len() - 1);
        self.select(&shown, next);
        self.queue_scroll = true;
    }

    fn triage(&mut self, cx: &mut Cx, what: Triage) {
        match what {
            Triage::Next => return self.step_queue(cx, 1),
            Triage::Previous => return self.step_queue(cx, -1),
            _ => {}
        }
        let ws = cx.ws;
        let pending = cx.rules.pending(ws);
        let shown = self.shown(cx, &pending).candidates;
        let Some(index) = self.sync_selection(&shown) else {
            return;
        };
        let id = shown[index].rule.id.clone();
        let name = shown[index].rule.name.clone();
        let result = match what {
            Triage::Accept => cx
                .rules
                .accept(ws, &id)
                .map(|()| format!("Accepted {id} ({name}) as a draft rule")),
            Triage::Reject => cx
                .rules
                .reject(ws, &id)
                .map(|()| format!("Rejected {id}; it will not be proposed again")),
            Triage::Edit => cx.rules.accept(ws, &id).map(|()| {
                self.selected = Some(id.clone());
                self.tab = RulesTab::Rules;
                self.focus_name = 3;
                format!("Accepted {id} as a draft; editing it")
            }),
            Triage::Next | Triage::Previous => return,
        };
        // The triaged candidate leaves the list; the one after it takes its place.
        self.report(cx, result);
    }

    pub(super) fn queue(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        let ws = cx.ws;
        let pending = cx.rules.pending(ws);
        if pending.is_empty() {
            ui.label(if ws.candidates().is_empty() {
                "No candidate rules were found in this project. Record rules by hand from the code view, or merge an annotation file under Conflicts."
            } else {
                "Every candidate has been triaged. Find your rules under Rules; export the catalogue with Export…."
            });
            return;
        }
        let programs = queue::programs(&pending);
        let active_program = active_program(cx);
        let shown = self.shown(cx, &pending);
        let selected = self
            .sync_selection(&shown.candidates)
            .map(|i| shown.candidates[i]);
        if let Some(c) = selected
            && self.details.as_ref().is_none_or(|d| d.id != c.rule.id)
        {
            self.details = Some(details(ws, &c.rule));
        }
        let mut clicked = None;
        egui::Panel::left("rules_queue_list")
            .resizable(true)
            .default_size((ui.available_width() * 0.6).max(360.0))
            .show(ui, |ui| {
                let count = if shown.candidates.len() == pending.len() {
                    format!("{} candidates to triage", pending.len())
                } else {
                    format!(
                        "{} of {} candidates to triage",
                        shown.candidates.len(),
                        pending.len()
                    )
                };
                ui.horizontal_wrapped(|ui| {
                    ui.strong(count);
                    if shown.technical_hidden > 0 {
                        ui.label(
                            RichText::new(format!("{} technical hidden", shown.technical_hidden))
                                .color(ui.visuals().weak_text_color()),
                        );
                    }
                });
                self.queue_filters(ui, &programs, active_program.as_deref());
                ui.label(
                    RichText::new(
                        "A accept · R reject · E edit · J or Down next · K or Up previous",
                    )
                    .color(ui.visuals().weak_text_color()),
                );
                ui.separator();
                if shown.candidates.is_empty() {
                    ui.label(match shown.technical_hidden {
                        0 => {
                            "No candidate matches these filters; clear them to see every candidate."
                                .to_string()
                        }
                        n => format!(
                            "{n} technical candidates match: tick Show technical to see them."
                        ),
                    });
                    return;
                }
                self.queue_list(ui, &shown, &mut clicked);
            });
        if let Some(i) = clicked {
            self.select(&shown.candidates, i);
        }
        let mut action = None;
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let Some(selected) = selected else {
                ui.label("No candidate selected.");
                return;
            };
            ui.horizontal_wrapped(|ui| {
                if ui.button("Accept (A)").clicked() {
                    action = Some(Triage::Accept);
                }
                if ui.button("Reject (R)").clicked() {
                    action = Some(Triage::Reject);
                }
                if ui.button("Edit (E)").clicked() {
                    action = Some(Triage::Edit);
                }
                if ui.button("Previous (K)").clicked() {
                    action = Some(Triage::Previous);
                }
                if ui.button("Next (J)").clicked() {
                    action = Some(Triage::Next);
                }
            });
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("rules_queue_details")
                .show(ui, |ui| {
                    candidate_details(ui, selected);
                    if let Some(d) = &self.details {
                        show_excerpts(ui, cx, d);
                    }
                });
        });
        if let Some(t) = action {
            self.triage(cx, t);
        }
    }

    fn queue_filters(&mut self, ui: &mut egui::Ui, programs: &[String], active: Option<&str>) {
        let filter = &mut self.queue_filter;
        ui.horizontal(|ui| {
            let label = ui.label("Search:");
            ui.add(
                egui::TextEdit::singleline(&mut filter.text)
                    .desired_width(220.0)
                    .hint_text("words in name, conditions, outcome, program"),
            )
            .labelled_by(label.id);
            ui.checkbox(&mut filter.show_technical, "Show technical")
                .on_hover_text(
                    "Candidates whose conditions and outcomes are only technical: screens, paging, file status, loop control.",
                );
        });
        ui.horizontal_wrapped(|ui| {
            combo(ui, "Program", &mut filter.program, programs, String::clone);
            combo(
                ui,
                "Classification",
                &mut filter.classification,
                &CLASSIFICATIONS,
                |c| classification_label(*c).to_string(),
            );
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Group by");
            egui::ComboBox::from_id_salt("rules_queue_grouping")
                .selected_text(self.queue_grouping.label())
                .show_ui(ui, |ui| {
                    for g in QueueGrouping::ALL {
                        ui.selectable_value(&mut self.queue_grouping, g, g.label());
                    }
                })
                .response
                .labelled_by(label.id);
            let hover = match active {
                Some(p) => format!("Only candidates in {p}, the program of the active symbol"),
                None => "Follows the program or class of the active symbol; none is active, so it does not narrow the list.".to_string(),
            };
            ui.checkbox(&mut filter.this_program, "Candidates in this program")
                .on_hover_text(hover);
            if filter.this_program {
                ui.label(
                    RichText::new(active.unwrap_or("(no active symbol)"))
                        .monospace()
                        .color(ui.visuals().weak_text_color()),
                );
            }
            let narrowing = filter.is_narrowing();
            if ui
                .add_enabled(narrowing, egui::Button::new("Clear filters"))
                .clicked()
            {
                *filter = QueueFilter {
                    show_technical: filter.show_technical,
                    ..QueueFilter::default()
                };
            }
        });
    }

    /// The virtualised list: one line per header or candidate.
    fn queue_list(&mut self, ui: &mut egui::Ui, shown: &Queue, clicked: &mut Option<usize>) {
        let row_height = ui.spacing().interact_size.y;
        column_titles(ui, row_height);
        let mut scroll = egui::ScrollArea::vertical()
            .id_salt("rules_queue_scroll")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.queue_scroll)
            && let Some(row) = shown.row_of(self.queue_selected)
        {
            let above = row.saturating_sub(3) as f32;
            scroll =
                scroll.vertical_scroll_offset(above * (row_height + ui.spacing().item_spacing.y));
        }
        // Index among shown candidates of each row (headers have none).
        let mut index_of_row = Vec::with_capacity(shown.rows.len());
        let mut next = 0;
        for row in &shown.rows {
            match row {
                QueueRow::Group { .. } => index_of_row.push(None),
                QueueRow::Candidate(_) => {
                    index_of_row.push(Some(next));
                    next += 1;
                }
            }
        }
        scroll.show_rows(ui, row_height, shown.rows.len(), |ui, rows| {
            ui.style_mut().wrap_mode = Some(TextWrapMode::Truncate);
            for i in rows {
                match shown.rows[i] {
                    QueueRow::Group { name, count } => group_header(ui, name, count, row_height),
                    QueueRow::Candidate(c) => {
                        let index = index_of_row[i].expect("a candidate row");
                        if candidate_row(ui, c, index == self.queue_selected, row_height).clicked()
                        {
                            *clicked = Some(index);
                        }
                    }
                }
            }
        });
    }
}

fn column_titles(ui: &mut egui::Ui, row_height: f32) {
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), row_height), Sense::hover());
    let font = egui::TextStyle::Small.resolve(ui.style());
    let color = ui.visuals().weak_text_color();
    for ((x, _), title) in columns(ui, rect).into_iter().zip(["Rule", "When", "Then"]) {
        ui.painter().text(
            egui::pos2(x, rect.center().y),
            egui::Align2::LEFT_CENTER,
            title,
            font.clone(),
            color,
        );
    }
}

/// Left edge and width of the name, conditions and outcome columns of a row.
fn columns(ui: &egui::Ui, rect: egui::Rect) -> [(f32, f32); 3] {
    let gap = ui.spacing().item_spacing.x * 2.0;
    let marker = ui.spacing().icon_width + gap * 0.5;
    let width = (rect.width() - marker).max(0.0);
    let mut x = rect.left() + marker;
    COLUMNS.map(|share| {
        let column = (x, (width * share - gap).max(0.0));
        x += width * share;
        column
    })
}

fn group_header(ui: &mut egui::Ui, name: &str, count: usize, row_height: f32) {
    let size = egui::vec2(ui.available_width(), row_height);
    ui.allocate_ui_with_layout(
        size,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(size);
            ui.label(RichText::new(format!("{name} ({count})")).strong());
        },
    );
}

/// One candidate on one line: a marker for technical ones, then name, conditions and
/// outcome in plain words, each cut to its column.
fn candidate_row(
    ui: &mut egui::Ui,
    c: &Candidate,
    selected: bool,
    row_height: f32,
) -> egui::Response {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), row_height), Sense::click());
    let label = format!(
        "{}{}: when {}; then {}",
        if c.technical { "(technical) " } else { "" },
        c.rule.name,
        c.condition_words,
        c.outcome_words
    );
    response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() || response.has_focus() {
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let weak = ui.visuals().weak_text_color();
    if c.technical {
        ui.painter().text(
            egui::pos2(rect.left() + 4.0, rect.center().y),
            egui::Align2::LEFT_CENTER,
            "⚙",
            font.clone(),
            weak,
        );
    }
    let strong = if selected {
        visuals.text_color()
    } else {
        ui.visuals().strong_text_color()
    };
    let texts = [
        (c.rule.name.as_str(), strong),
        (c.condition_words.as_str(), visuals.text_color()),
        (c.outcome_words.as_str(), visuals.text_color()),
    ];
    for ((x, width), (text, color)) in columns(ui, rect).into_iter().zip(texts) {
        let mut job = LayoutJob::single_section(
            text.to_string(),
            TextFormat {
                font_id: font.clone(),
                color,
                ..Default::default()
            },
        );
        job.wrap = TextWrapping::truncate_at_width(width);
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let y = rect.center().y - galley.size().y / 2.0;
        ui.painter().galley(egui::pos2(x, y), galley, color);
    }
    response.on_hover_text(format!(
        "{}\nWhen {}\nThen {}",
        c.rule.name, c.condition_words, c.outcome_words
    ))
}

/// The selected candidate in full: what it decides, why it is one, where.
fn candidate_details(ui: &mut egui::Ui, c: &Candidate) {
    let rule = &c.rule;
    ui.heading(&rule.name);
    let mut facts = vec![rule.id.clone(), format!("score {:.1}", c.score)];
    facts.extend(
        rule.classification
            .map(|k| classification_label(k).to_string()),
    );
    if !c.program.is_empty() {
        facts.push(c.program.clone());
    }
    if !c.business_function.is_empty() {
        facts.push(c.business_function.clone());
    }
    if c.technical {
        facts.push("technical".to_string());
    }
    ui.label(RichText::new(facts.join(" · ")).color(ui.visuals().weak_text_color()));
    for (title, words) in [("When", &c.condition_words), ("Then", &c.outcome_words)] {
        ui.horizontal_wrapped(|ui| {
            ui.strong(title);
            ui.label(words);
        });
    }
    if !rule.business_description.is_empty() {
        ui.add_space(4.0);
        ui.label(&rule.business_description);
    }
    ui.add_space(4.0);
    show_conditions(ui, &rule.conditions);
    show_effects(ui, &c.effects);
    show_list(ui, "Inputs", &rule.inputs);
    show_list(ui, "Outputs", &rule.outputs);
    if !rule.technical_description.is_empty() {
        ui.label(RichText::new(&rule.technical_description).color(ui.visuals().weak_text_color()));
    }
}

fn show_effects(ui: &mut egui::Ui, effects: &[Effect]) {
    if effects.is_empty() {
        return;
    }
    ui.strong("Outcomes");
    for e in effects {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {}", e.kind.label()));
            let short = e.target.rsplit('.').next().unwrap_or(&e.target);
            ui.label(RichText::new(short).monospace())
                .on_hover_text(&e.target);
            if let Some(value) = &e.value {
                ui.label(RichText::new(format!("← {value}")).monospace());
            }
            let mut at = format!("line {}", e.line);
            if let Some(via) = &e.via {
                at.push_str(&format!(", via {via}"));
            }
            ui.label(RichText::new(at).color(ui.visuals().weak_text_color()));
        });
    }
}

pub(super) fn details(ws: &Workspace, rule: &RuleRecord) -> Details {
    let excerpts = export::excerpts(&ws.model, rule);
    let places = excerpts
        .iter()
        .map(|e| place_of(ws, &e.path, e.line))
        .collect();
    let tables = export::decision_tables(&ws.model, &excerpts)
        .into_iter()
        .map(|t| TableView {
            title: format!(
                "EVALUATE in {} ({}:{})",
                ws.model.symbol(t.owner).qualified_name,
                ws.model.file(t.span.file).path,
                t.span.line
            ),
            headers: decision_table::headers(t),
            rows: decision_table::rows(t),
        })
        .collect();
    Details {
        id: rule.id.clone(),
        excerpts,
        places,
        tables,
    }
}

fn show_excerpts(ui: &mut egui::Ui, cx: &mut Cx, d: &Details) {
    ui.strong("Code");
    for (i, (e, place)) in d.excerpts.iter().zip(&d.places).enumerate() {
        ui.push_id(("excerpt", i), |ui| {
            ui.horizontal(|ui| {
                let label = format!("{}:{}", e.path, e.line);
                if ui
                    .add_enabled(place.is_some(), egui::Button::new(label))
                    .on_hover_text("Show in the code view")
                    .clicked()
                    && let Some(p) = place
                {
                    cx.push(Action::OpenAt(*p));
                }
                ui.label(RichText::new(&e.symbol).monospace());
                if e.state != "anchored" {
                    ui.label(format!("({})", e.state));
                }
            });
            egui::Frame::group(ui.style()).show(ui, |ui| {
                egui::ScrollArea::horizontal()
                    .id_salt(("excerpt_scroll", i))
                    .show(ui, |ui| ui.label(RichText::new(&e.text).monospace()));
            });
        });
    }
    for (i, t) in d.tables.iter().enumerate() {
        ui.strong(&t.title);
        egui::ScrollArea::horizontal()
            .id_salt(("decision_table_scroll", i))
            .show(ui, |ui| {
                egui::Grid::new(("decision_table", i))
                    .striped(true)
                    .show(ui, |ui| {
                        for h in &t.headers {
                            ui.strong(h);
                        }
                        ui.strong("then");
                        ui.end_row();
                        for row in &t.rows {
                            for o in &row.objects {
                                ui.label(RichText::new(o).monospace());
                            }
                            ui.label(row.actions.join("; "));
                            ui.end_row();
                        }
                    });
            });
    }
}
