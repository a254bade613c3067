//! The Screens view: the 3270 screens (BMS maps) of the active program — or of the active map,
//! mapset or screen field — drawn from the engine's [`crate::screens::Picture`] on a monospace
//! grid that scales to the space it has. Hovering a field names it and the program item behind
//! it; clicking it activates the program field that fills or reads it (`<field>O` / `<field>I`
//! of the symbolic map), so impact and lineage start from the screen. Without a program (a map
//! nobody sends) the click activates the screen field itself.

use eframe::egui::{self, Color32, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};

use super::cx::{Action, Cx};
use crate::bms::link::{self, SymbolicField};
use crate::model::{Model, SymbolId, SymbolKind};
use crate::screens::{self, ItemKind, Picture};

/// One screen ready to draw, with the program items behind its fields.
struct Shown {
    screen: usize,
    picture: Picture,
    /// Same order as the screen's fields; empty entries without a program.
    links: Vec<SymbolicField>,
    /// "sent by BENONL1 · received by BENONL1".
    users: String,
}

/// What the view shows: the screens of a program or of a map / mapset.
struct Context {
    title: String,
    screens: Vec<Shown>,
}

#[derive(Default)]
pub struct ScreensView {
    /// The active symbol the context was computed for.
    computed_for: Option<Option<SymbolId>>,
    /// Kept while the active symbol has no screens (a copybook, a table …).
    shown: Option<Context>,
}

impl ScreensView {
    /// `beside_code`: drawn in the panel beside the code view (else as the Screens view).
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx, beside_code: bool) {
        if self.computed_for != Some(cx.active) {
            self.computed_for = Some(cx.active);
            if let Some(context) = cx.active.and_then(|id| context_of(&cx.ws.model, id)) {
                self.shown = Some(context);
            }
        }
        let title = self.shown.as_ref().map_or("Screens", |c| c.title.as_str());
        ui.horizontal(|ui| {
            ui.heading(title);
            let (label, hover) = if beside_code {
                ("Hide", "Hide the screens beside the code")
            } else {
                (
                    "Beside the code",
                    "Show these screens beside the program's code",
                )
            };
            if ui.button(label).on_hover_text(hover).clicked() {
                cx.push(Action::ScreensBesideCode(!beside_code));
            }
        });
        let Some(context) = &self.shown else {
            ui.label(
                "Activate a CICS program, a BMS map or a screen field to see its 3270 screens.",
            );
            ui.allocate_space(ui.available_size());
            return;
        };
        let mut clicked: Option<SymbolId> = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for shown in &context.screens {
                    let screen = &cx.ws.model.screens[shown.screen];
                    ui.add_space(6.0);
                    ui.horizontal(|ui| {
                        ui.strong(&shown.picture.title);
                        ui.label(
                            egui::RichText::new(format!(
                                "{}×{} · {}",
                                screen.rows, screen.columns, shown.users
                            ))
                            .weak(),
                        );
                        if ui
                            .small_button("Source")
                            .on_hover_text("Open the map's BMS source")
                            .clicked()
                        {
                            cx.push(Action::Open(screen.map));
                        }
                    });
                    if let Some(id) = draw_screen(ui, cx, shown) {
                        clicked = Some(id);
                    }
                }
            });
        if let Some(id) = clicked {
            cx.push(Action::Activate(id));
        }
    }
}

/// The screens to show for an active symbol, if it has any.
fn context_of(model: &Model, active: SymbolId) -> Option<Context> {
    let symbol = model.symbol(active);
    // A map, mapset or screen field: its map(s), with the first program that uses them.
    let map_screens: Vec<usize> = match symbol.kind {
        SymbolKind::CicsMap => screens_where(model, |s| s.map == active),
        SymbolKind::ScreenField => {
            let map = symbol.parent?;
            screens_where(model, |s| s.map == map)
        }
        SymbolKind::CicsMapset => screens_where(model, |s| s.mapset == symbol.qualified_name),
        _ => Vec::new(),
    };
    let (title, program, indices) = if !map_screens.is_empty() {
        let program = link::programs_of(model, model.screens[map_screens[0]].map)
            .first()
            .copied();
        let title = match program {
            Some(p) => format!(
                "Screens: {} (used by {})",
                symbol.name,
                model.symbol(p).name
            ),
            None => format!("Screens: {} (no program sends it)", symbol.name),
        };
        (title, program, map_screens)
    } else {
        let program = link::program_of(model, active)?;
        let indices = link::screens_of(model, program);
        if indices.is_empty() {
            return None;
        }
        (
            format!("Screens of {}", model.symbol(program).name),
            Some(program),
            indices,
        )
    };
    let uses = link::map_uses(model);
    let screens = indices
        .into_iter()
        .map(|i| {
            let screen = &model.screens[i];
            let links = match program {
                Some(p) => link::symbolic_fields(model, p, i),
                None => vec![SymbolicField::default(); screen.fields.len()],
            };
            let mut users = Vec::new();
            for ((p, map), using) in &uses {
                if *map != screen.map {
                    continue;
                }
                let name = &model.symbol(*p).name;
                match (using.send.is_some(), using.receive.is_some()) {
                    (true, true) => users.push(format!("sent and received by {name}")),
                    (true, false) => users.push(format!("sent by {name}")),
                    (false, true) => users.push(format!("received by {name}")),
                    (false, false) => {}
                }
            }
            if users.is_empty() {
                users.push("no program sends it".into());
            }
            Shown {
                screen: i,
                picture: screens::picture(screen),
                links,
                users: users.join(" · "),
            }
        })
        .collect();
    Some(Context { title, screens })
}

fn screens_where(model: &Model, keep: impl Fn(&crate::model::Screen) -> bool) -> Vec<usize> {
    model
        .screens
        .iter()
        .enumerate()
        .filter(|(_, s)| keep(s))
        .map(|(i, _)| i)
        .collect()
}

fn color32([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// Draws one screen; returns the symbol to activate when a field was clicked.
fn draw_screen(ui: &mut egui::Ui, cx: &Cx, shown: &Shown) -> Option<SymbolId> {
    let picture = &shown.picture;
    let screen = &cx.ws.model.screens[shown.screen];
    let columns = f32::from(picture.columns.max(1));
    let rows = f32::from(picture.rows.max(1));
    let pad = 8.0;
    // Cells 1:2, as wide as the view allows (between 5 and 12 points).
    let cell_w = ((ui.available_width() - 2.0 * pad) / columns).clamp(5.0, 12.0);
    let cell_h = cell_w * 2.0;
    let probe = FontId::monospace(20.0);
    let per_point = ui.fonts_mut(|f| f.glyph_width(&probe, 'M')).max(1.0) / 20.0;
    let font = FontId::monospace((cell_w / per_point).min(cell_h * 0.8));
    let size = Vec2::new(columns * cell_w + 2.0 * pad, rows * cell_h + 2.0 * pad);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 6.0, Color32::from_rgb(0x10, 0x14, 0x18));
    let origin = rect.min + Vec2::splat(pad);
    let cell_rect = |row: u16, column: u16, width: u16| {
        Rect::from_min_size(
            origin + Vec2::new(f32::from(column - 1) * cell_w, f32::from(row - 1) * cell_h),
            Vec2::new(f32::from(width) * cell_w, cell_h),
        )
    };
    let mut clicked = None;
    for (n, item) in picture.items.iter().enumerate() {
        let r = cell_rect(item.row, item.column, item.width);
        let color = color32(item.color.rgb());
        let link = shown.links.get(item.field).copied().unwrap_or_default();
        let field = &screen.fields[item.field];
        let target = link.primary(item.kind == ItemKind::Input).or(field.symbol);
        let active = cx.active.is_some_and(|a| {
            Some(a) == field.symbol
                || [
                    link.input,
                    link.output,
                    link.length,
                    link.attribute,
                    link.flag,
                ]
                .contains(&Some(a))
        });
        if item.dark {
            painter.rect_stroke(
                r.shrink2(Vec2::new(0.5, 2.5)),
                0.0,
                Stroke::new(1.0, Color32::from_gray(0x70)),
                StrokeKind::Inside,
            );
        } else {
            if item.reverse {
                painter.rect_filled(r.shrink2(Vec2::new(0.0, 1.0)), 0.0, color);
            } else if item.kind != ItemKind::Label && item.text.trim().is_empty() {
                painter.rect_filled(
                    r.shrink2(Vec2::new(0.0, 2.0)),
                    0.0,
                    color.gamma_multiply(0.18),
                );
            }
            let text_color = if item.reverse {
                Color32::from_rgb(0x10, 0x14, 0x18)
            } else {
                color
            };
            for (i, c) in item.text.chars().enumerate() {
                if c == ' ' {
                    continue;
                }
                let at = Pos2::new(r.min.x + i as f32 * cell_w + cell_w / 2.0, r.center().y);
                painter.text(at, egui::Align2::CENTER_CENTER, c, font.clone(), text_color);
                if item.bright {
                    // Bright: the glyph again, a hair to the right.
                    painter.text(
                        at + Vec2::new(0.6, 0.0),
                        egui::Align2::CENTER_CENTER,
                        c,
                        font.clone(),
                        text_color,
                    );
                }
            }
            if item.underline {
                let y = r.max.y - 2.0;
                painter.line_segment(
                    [Pos2::new(r.min.x, y), Pos2::new(r.max.x, y)],
                    Stroke::new(1.5, color),
                );
            }
        }
        let Some(name) = &item.name else { continue };
        if active {
            painter.rect_stroke(
                r,
                2.0,
                Stroke::new(2.0, Color32::from_rgb(0xff, 0xc8, 0x40)),
                StrokeKind::Outside,
            );
        }
        let id = ui.scope_id().with(("screen-field", shown.screen, n));
        let response = ui.interact(r, id, Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
        let behind = target
            .map(|t| format!("\nClick: activate {}", cx.ws.model.symbol(t).qualified_name))
            .unwrap_or_default();
        let response = response.on_hover_text(format!("{}{behind}", item.hover));
        if response.hovered() {
            painter.rect_stroke(
                r,
                2.0,
                Stroke::new(1.0, Color32::WHITE),
                StrokeKind::Outside,
            );
        }
        if response.clicked() {
            clicked = target;
        }
    }
    clicked
}
