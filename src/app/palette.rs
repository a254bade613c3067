//! The search palette (Ctrl+P / Ctrl+K): fuzzy symbol search as you type (a phrase matches
//! names by words first), with the kind and location of each hit, matched characters
//! highlighted, a kind filter, and keyboard selection (↑/↓, Enter opens, Esc closes). A
//! copybook item is one hit, "in N programs", whose copies expand on demand.

use eframe::egui;
use egui::text::LayoutJob;

use super::cx::{Action, Cx};
use crate::explore::fuzzy::Hit;
use crate::model::SymbolKind;

/// Which kinds of symbol the palette lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    #[default]
    All,
    Programs,
    Procedures,
    Data,
    Tables,
    Jcl,
    JavaTypes,
    Methods,
}

impl KindFilter {
    pub const ALL: [KindFilter; 8] = [
        KindFilter::All,
        KindFilter::Programs,
        KindFilter::Procedures,
        KindFilter::Data,
        KindFilter::Tables,
        KindFilter::Jcl,
        KindFilter::JavaTypes,
        KindFilter::Methods,
    ];

    pub fn label(self) -> &'static str {
        match self {
            KindFilter::All => "All",
            KindFilter::Programs => "Programs",
            KindFilter::Procedures => "Paragraphs",
            KindFilter::Data => "Data",
            KindFilter::Tables => "Tables",
            KindFilter::Jcl => "JCL",
            KindFilter::JavaTypes => "Classes",
            KindFilter::Methods => "Methods",
        }
    }

    pub fn accepts(self, kind: SymbolKind) -> bool {
        use SymbolKind::*;
        match self {
            KindFilter::All => true,
            KindFilter::Programs => matches!(kind, Program | Copybook | CicsTransaction),
            KindFilter::Procedures => matches!(kind, Paragraph | Section),
            KindFilter::Data => matches!(
                kind,
                DataItem | ConditionName | IndexName | File | Field | EnumConstant | DbColumn
            ),
            KindFilter::Tables => matches!(kind, DbTable | DbView | DbColumn),
            KindFilter::Jcl => matches!(kind, JclJob | JclStep | JclProc | JclDd | Dataset),
            KindFilter::JavaTypes => kind.is_java_type(),
            KindFilter::Methods => matches!(kind, Method | Constructor | Initializer),
        }
    }
}

#[derive(Default)]
pub struct Palette {
    open: bool,
    query: String,
    kind: KindFilter,
    selected: usize,
    hits: Vec<Hit>,
    /// The query and filter `hits` answer, and the workspace they came from.
    searched: Option<(String, KindFilter, usize)>,
    focus_pending: bool,
    /// Hits (by index) whose copies are listed.
    expanded: std::collections::HashSet<usize>,
}

const MAX_HITS: usize = 200;

impl Palette {
    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn open(&mut self) {
        self.open = true;
        self.focus_pending = true;
        self.selected = 0;
    }

    pub fn ui(&mut self, ctx: &egui::Context, cx: &mut Cx) {
        if !self.open {
            return;
        }
        let ws_key = cx.ws as *const _ as usize;
        let modal = egui::Modal::new(egui::Id::unique("symbol_search")).show(ctx, |ui| {
            ui.set_width(640.0);
            ui.horizontal(|ui| {
                ui.heading("Go to symbol");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(egui::RichText::new("Up/Down select · Enter open · Esc close").weak());
                });
            });
            // Keys the text field would otherwise take.
            let (down, up, enter) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Enter),
                )
            });
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .hint_text("Type part of a name: paycalc, 2000-calc, claim amount…")
                    .desired_width(f32::INFINITY)
                    .id(egui::Id::unique("symbol_search_query")),
            );
            if self.focus_pending {
                field.request_focus();
                self.focus_pending = false;
            }
            ui.horizontal_wrapped(|ui| {
                for k in KindFilter::ALL {
                    if ui.selectable_label(self.kind == k, k.label()).clicked() {
                        self.kind = k;
                    }
                }
            });
            let key = (self.query.clone(), self.kind, ws_key);
            if self.searched.as_ref() != Some(&key) {
                let kind = self.kind;
                self.hits = cx
                    .ws
                    .search
                    .search(&self.query, &|k| kind.accepts(k), MAX_HITS);
                self.selected = 0;
                self.expanded.clear();
                self.searched = Some(key);
            }
            if down && self.selected + 1 < self.hits.len() {
                self.selected += 1;
            }
            if up {
                self.selected = self.selected.saturating_sub(1);
            }
            ui.separator();
            let mut chosen = enter.then_some(self.selected);
            let mut picked: Option<crate::model::SymbolId> = None;
            if self.query.trim().is_empty() {
                ui.label(
                    egui::RichText::new(
                        "Search every program, paragraph, data item, table, job, class and method.",
                    )
                    .weak(),
                );
            } else if self.hits.is_empty() {
                ui.label(format!("No symbol matches “{}”.", self.query.trim()));
            } else {
                ui.label(
                    egui::RichText::new(if self.hits.len() == MAX_HITS {
                        format!("best {MAX_HITS} matches")
                    } else {
                        format!("{} matches", self.hits.len())
                    })
                    .weak()
                    .small(),
                );
                egui::ScrollArea::vertical()
                    .max_height(420.0)
                    .min_scrolled_height(320.0)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        let mut toggle = None;
                        for (i, hit) in self.hits.iter().enumerate() {
                            let job = hit_layout(ui, cx, hit);
                            let response = ui
                                .horizontal(|ui| {
                                    let response = ui.selectable_label(i == self.selected, job);
                                    if !hit.copies.is_empty() {
                                        let open = self.expanded.contains(&i);
                                        let label = format!(
                                            "{} in {} programs",
                                            if open { "⏷" } else { "⏵" },
                                            hit.copies.len() + 1
                                        );
                                        if ui
                                            .small_button(label)
                                            .on_hover_text("The same copybook item in every program that includes it")
                                            .clicked()
                                        {
                                            toggle = Some(i);
                                        }
                                    }
                                    response
                                })
                                .inner;
                            if i == self.selected && (up || down) {
                                response.scroll_to_me(None);
                            }
                            if response.clicked() {
                                chosen = Some(i);
                            }
                            if self.expanded.contains(&i) {
                                for &copy in std::iter::once(&hit.symbol).chain(&hit.copies) {
                                    let name = &cx.ws.model.symbol(copy).qualified_name;
                                    ui.horizontal(|ui| {
                                        ui.add_space(24.0);
                                        if ui.selectable_label(false, name.as_str()).clicked() {
                                            picked = Some(copy);
                                        }
                                    });
                                }
                            }
                        }
                        if let Some(i) = toggle
                            && !self.expanded.remove(&i)
                        {
                            self.expanded.insert(i);
                        }
                    });
            }
            picked.or_else(|| chosen.and_then(|i| self.hits.get(i)).map(|h| h.symbol))
        });
        if let Some(symbol) = modal.inner {
            cx.push(Action::Open(symbol));
            self.open = false;
        }
        if modal.should_close() {
            self.open = false;
        }
    }
}

/// The hit as one line: the name with matched characters highlighted, then kind and location.
fn hit_layout(ui: &egui::Ui, cx: &Cx, hit: &Hit) -> LayoutJob {
    let model = &cx.ws.model;
    let symbol = model.symbol(hit.symbol);
    let text = if hit.in_qualified {
        &symbol.qualified_name
    } else {
        &symbol.name
    };
    let visuals = ui.visuals();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::TextFormat {
        font_id: font.clone(),
        color: visuals.text_color(),
        ..Default::default()
    };
    let matched = egui::TextFormat {
        font_id: font.clone(),
        color: if visuals.dark_mode {
            egui::Color32::from_rgb(255, 196, 87)
        } else {
            egui::Color32::from_rgb(176, 86, 0)
        },
        underline: egui::Stroke::new(1.0, visuals.text_color()),
        ..Default::default()
    };
    let weak = egui::TextFormat {
        font_id: egui::FontId::proportional(font.size * 0.9),
        color: visuals.weak_text_color(),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    let mut last = 0;
    for &p in &hit.positions {
        if p < last || p >= text.len() || !text.is_char_boundary(p) {
            continue;
        }
        let end = p + text[p..].chars().next().map_or(1, char::len_utf8);
        job.append(&text[last..p], 0.0, plain.clone());
        job.append(&text[p..end], 0.0, matched.clone());
        last = end;
    }
    job.append(&text[last..], 0.0, plain);
    job.append(symbol.kind.label(), 12.0, weak.clone());
    if !hit.in_qualified && symbol.qualified_name != symbol.name {
        job.append(&symbol.qualified_name, 12.0, weak.clone());
    }
    if let Some((file, line)) = cx.ws.location(hit.symbol) {
        job.append(&format!("{}:{line}", model.file(file).path), 12.0, weak);
    }
    job
}
