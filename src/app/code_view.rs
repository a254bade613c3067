//! The code view: the original text of the file at the current place, with line numbers,
//! syntax colours, fixed-format margins dimmed, the symbol being looked at emphasised, click to
//! go to a definition, hover for a summary, stepping through the references of the symbol,
//! copybooks expanded inline on demand and gutter marks for annotated rules.
//!
//! Only the visible rows are laid out (`ScrollArea::show_rows`, constant row height); each
//! file's highlight spans and per-line layout jobs are cached until the workspace or the theme
//! changes.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{
    self, Color32, FontId, Pos2, Rect, Sense, TextFormat, Vec2, WidgetInfo,
    text::{CCursor, LayoutJob},
};

use super::cx::{Action, Cx, Place, View};
use crate::explore::Workspace;
use crate::explore::highlight::{self, HighlightClass, HighlightSpan};
use crate::explore::resolve::{self, SymbolSummary};
use crate::explore::rulebook::RuleMark;
use crate::model::{FileId, FileKind, RefKind, RefTarget, SymbolId, SymbolKind};
use crate::rules::record::Status;

/// Lines longer than this many chars are shown cut (junk files may have megabyte lines).
const MAX_SHOWN_CHARS: usize = 2000;
/// Rows kept above the target line when jumping to a place.
const CONTEXT_ROWS: usize = 4;
/// Fixed format: columns 1–6 are the sequence area, 73–80 the identification area.
const SEQUENCE_COLUMNS: usize = 6;
const CODE_END_COLUMN: usize = 72;

/// The code view panel.
#[derive(Default)]
pub struct CodeView {
    /// Identity of the workspace the caches were built for (address, build time).
    workspace_key: (usize, u64),
    /// The place seen last frame; a new place scrolls to its line.
    last_place: Option<Place>,
    scroll_to_line: Option<u32>,
    /// Per-file caches (the open file and expanded copybooks).
    files: HashMap<FileId, FileCache>,
    /// Lines of the open file whose copybook is expanded, per file.
    expanded: HashMap<FileId, BTreeSet<u32>>,
    /// Display rows of the open file, rebuilt when expansions change.
    rows: Option<(FileId, Vec<Row>)>,
    /// Where reference stepping went last: while the view stays there, the references of
    /// `subject` are kept even though the shell activates the enclosing symbol.
    stepping: Option<Stepping>,
    references: Option<(SymbolId, Vec<resolve::ReferenceOf>)>,
    hovered_word: Option<(FileId, usize, Option<SymbolId>)>,
    /// The data item the last right-click was on (its context menu names it).
    menu_item: Option<SymbolId>,
    summary: Option<(SymbolId, SymbolSummary)>,
}

#[derive(Debug, Clone, Copy)]
struct Stepping {
    subject: SymbolId,
    place: Place,
    index: usize,
}

/// One display row: a line of the open file, or a line of a copybook expanded below one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Line(u32),
    Copied {
        after: u32,
        copybook: FileId,
        line: u32,
    },
}

impl Row {
    /// The line of the open file this row is at or below.
    fn main_line(self) -> u32 {
        match self {
            Row::Line(line) | Row::Copied { after: line, .. } => line,
        }
    }
}

/// A `COPY name` statement on a line, with the copybook file when the project has it.
#[derive(Debug, Clone)]
struct CopyStatement {
    name: String,
    file: Option<FileId>,
}

/// What the view keeps of one file.
struct FileCache {
    text: Arc<str>,
    kind: FileKind,
    fixed: bool,
    /// Byte ranges of the lines, without their breaks (index 0 is line 1).
    lines: Vec<Range<usize>>,
    spans: Vec<HighlightSpan>,
    copies: HashMap<u32, CopyStatement>,
    /// Layout jobs of the lines laid out so far, for `jobs_style`.
    jobs: HashMap<u32, LayoutJob>,
    jobs_style: Option<(bool, FontId)>,
    widest_chars: usize,
}

impl FileCache {
    fn load(ws: &Workspace, file: FileId) -> Option<FileCache> {
        let source = ws.model.files.get(file.index())?;
        let text = source.text.clone()?;
        let lines: Vec<Range<usize>> = (1..=source.line_index.line_count())
            .filter_map(|line| {
                let range = source.line_index.line_range(line)?;
                let content = source.line_index.line_text(&text, line)?;
                Some(range.start..range.start + content.len())
            })
            .collect();
        let fixed = highlight::fixed_format(&ws.model, file);
        let widest_chars = lines
            .iter()
            .map(|r| r.len().min(MAX_SHOWN_CHARS))
            .max()
            .unwrap_or(0);
        let mut cache = FileCache {
            spans: highlight::highlight(&ws.model, file),
            kind: source.kind,
            fixed,
            copies: HashMap::new(),
            jobs: HashMap::new(),
            jobs_style: None,
            widest_chars,
            lines,
            text,
        };
        if matches!(
            source.kind,
            FileKind::CobolProgram | FileKind::CobolCopybook
        ) {
            cache.copies = find_copy_statements(ws, file, &cache);
        }
        Some(cache)
    }

    fn line_count(&self) -> u32 {
        self.lines.len() as u32
    }

    /// Byte range of 1-based `line` as shown (cut at [`MAX_SHOWN_CHARS`]).
    fn shown_range(&self, line: u32) -> Range<usize> {
        let Some(range) = self.lines.get((line as usize).wrapping_sub(1)) else {
            return 0..0;
        };
        let text = &self.text[range.clone()];
        let end = text
            .char_indices()
            .nth(MAX_SHOWN_CHARS)
            .map_or(text.len(), |(i, _)| i);
        range.start..range.start + end
    }

    fn shown_text(&self, line: u32) -> &str {
        &self.text[self.shown_range(line)]
    }

    /// The cached layout job of a line, built for the current theme and font.
    fn job(&mut self, line: u32, dark: bool, font: &FontId, palette: &Palette) -> LayoutJob {
        if self
            .jobs_style
            .as_ref()
            .is_none_or(|(d, f)| *d != dark || f != font)
        {
            self.jobs.clear();
            self.jobs_style = Some((dark, font.clone()));
        }
        if let Some(job) = self.jobs.get(&line) {
            return job.clone();
        }
        let job = self.build_job(line, font, palette);
        self.jobs.insert(line, job.clone());
        job
    }

    fn build_job(&self, line: u32, font: &FontId, palette: &Palette) -> LayoutJob {
        let range = self.shown_range(line);
        let text = &self.text[range.clone()];
        let mut cuts: Vec<usize> = vec![0, text.len()];
        if self.fixed {
            for column in [SEQUENCE_COLUMNS, CODE_END_COLUMN] {
                if let Some((i, _)) = text.char_indices().nth(column) {
                    cuts.push(i);
                }
            }
        }
        let first = self
            .spans
            .partition_point(|s| (s.end as usize) <= range.start);
        let overlapping = self.spans[first..]
            .iter()
            .take_while(|s| (s.start as usize) < range.end);
        for span in overlapping.clone() {
            for edge in [span.start as usize, span.end as usize] {
                if edge > range.start && edge < range.end {
                    cuts.push(edge - range.start);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let sequence_end = if self.fixed {
            text.char_indices()
                .nth(SEQUENCE_COLUMNS)
                .map_or(text.len(), |(i, _)| i)
        } else {
            0
        };
        let identification_start = if self.fixed {
            text.char_indices()
                .nth(CODE_END_COLUMN)
                .map_or(text.len(), |(i, _)| i)
        } else {
            text.len()
        };
        let mut job = LayoutJob::default();
        let mut spans = overlapping.peekable();
        for pair in cuts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let absolute = range.start + a;
            while spans.peek().is_some_and(|s| (s.end as usize) <= absolute) {
                spans.next();
            }
            let class = spans
                .peek()
                .filter(|s| (s.start as usize) <= absolute)
                .map(|s| s.class);
            let color = if a < sequence_end || a >= identification_start {
                palette.dimmed
            } else {
                class.map_or(palette.text, |c| palette.class(c))
            };
            job.append(
                &text[a..b],
                0.0,
                TextFormat {
                    font_id: font.clone(),
                    color,
                    italics: class == Some(HighlightClass::Comment),
                    ..Default::default()
                },
            );
        }
        if text.is_empty() {
            job.append(
                "",
                0.0,
                TextFormat {
                    font_id: font.clone(),
                    color: palette.text,
                    ..Default::default()
                },
            );
        }
        job
    }
}

/// `COPY` statements of a COBOL file by line, with the copybook the indexer found for them
/// (else a copybook file of that name).
fn find_copy_statements(
    ws: &Workspace,
    file: FileId,
    cache: &FileCache,
) -> HashMap<u32, CopyStatement> {
    let model = &ws.model;
    let mut found = HashMap::new();
    for (i, range) in cache.lines.iter().enumerate() {
        let line = i as u32 + 1;
        let Some(name) = copy_member(&cache.text[range.clone()], cache.fixed) else {
            continue;
        };
        let included = model.references.iter().find_map(|r| {
            if r.kind != RefKind::Include || r.span.file != file || r.span.line != line {
                return None;
            }
            let RefTarget::Symbol { id } = r.target else {
                return None;
            };
            let symbol = model.symbol(id);
            if !symbol.name.eq_ignore_ascii_case(&name) {
                return None;
            }
            let path = symbol.detail.as_deref()?;
            model.files.iter().find(|f| f.path == path).map(|f| f.id)
        });
        let file = included.or_else(|| {
            model
                .files
                .iter()
                .find(|f| {
                    f.kind == FileKind::CobolCopybook
                        && file_stem(&f.path).eq_ignore_ascii_case(&name)
                })
                .map(|f| f.id)
        });
        found.insert(line, CopyStatement { name, file });
    }
    found
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split('.').next().unwrap_or(name)
}

/// The member of a `COPY member` statement on a line of code, upper-cased.
fn copy_member(line: &str, fixed: bool) -> Option<String> {
    let code: String = if fixed {
        let indicator = line.chars().nth(SEQUENCE_COLUMNS);
        if matches!(indicator, Some('*' | '/')) {
            return None;
        }
        line.chars()
            .skip(SEQUENCE_COLUMNS + 1)
            .take(CODE_END_COLUMN - SEQUENCE_COLUMNS - 1)
            .collect()
    } else {
        line.to_string()
    };
    let code = code.split("*>").next().unwrap_or("");
    let mut words = code.split_whitespace();
    words.find(|w| w.eq_ignore_ascii_case("COPY"))?;
    let name = words
        .next()?
        .trim_end_matches('.')
        .trim_matches(|c| c == '\'' || c == '"');
    (!name.is_empty()).then(|| name.to_ascii_uppercase())
}

/// Colours of one theme.
struct Palette {
    text: Color32,
    dimmed: Color32,
    keyword: Color32,
    comment: Color32,
    string: Color32,
    number: Color32,
    function: Color32,
    variable: Color32,
    ty: Color32,
    constant: Color32,
    operator: Color32,
    embedded: Color32,
    attribute: Color32,
    line_number: Color32,
    occurrence: Color32,
    definition_line: Color32,
    hovered_word: Color32,
    copybook_tint: Color32,
    copybook_bar: Color32,
}

impl Palette {
    fn of(visuals: &egui::Visuals) -> Palette {
        let rgb = Color32::from_rgb;
        if visuals.dark_mode {
            Palette {
                text: visuals.text_color(),
                dimmed: visuals.weak_text_color().gamma_multiply(0.7),
                keyword: rgb(86, 156, 214),
                comment: rgb(106, 153, 85),
                string: rgb(206, 145, 120),
                number: rgb(181, 206, 168),
                function: rgb(220, 220, 170),
                variable: rgb(156, 220, 254),
                ty: rgb(78, 201, 176),
                constant: rgb(79, 193, 255),
                operator: rgb(212, 212, 212),
                embedded: rgb(215, 186, 125),
                attribute: rgb(197, 134, 192),
                line_number: visuals.weak_text_color(),
                occurrence: Color32::from_rgba_unmultiplied(200, 170, 40, 70),
                definition_line: Color32::from_rgba_unmultiplied(70, 110, 190, 60),
                hovered_word: Color32::from_rgba_unmultiplied(255, 255, 255, 30),
                copybook_tint: Color32::from_rgba_unmultiplied(60, 140, 80, 40),
                copybook_bar: rgb(90, 170, 110),
            }
        } else {
            Palette {
                text: visuals.text_color(),
                dimmed: visuals.weak_text_color().gamma_multiply(0.8),
                keyword: rgb(0, 0, 200),
                comment: rgb(0, 120, 0),
                string: rgb(163, 21, 21),
                number: rgb(9, 120, 80),
                function: rgb(121, 70, 20),
                variable: rgb(0, 50, 128),
                ty: rgb(30, 110, 140),
                constant: rgb(0, 100, 180),
                operator: rgb(60, 60, 60),
                embedded: rgb(128, 80, 0),
                attribute: rgb(130, 40, 130),
                line_number: visuals.weak_text_color(),
                occurrence: Color32::from_rgba_unmultiplied(255, 210, 0, 90),
                definition_line: Color32::from_rgba_unmultiplied(60, 120, 255, 40),
                hovered_word: Color32::from_rgba_unmultiplied(0, 0, 0, 25),
                copybook_tint: Color32::from_rgba_unmultiplied(40, 160, 70, 30),
                copybook_bar: rgb(40, 140, 70),
            }
        }
    }

    fn class(&self, class: HighlightClass) -> Color32 {
        match class {
            HighlightClass::Keyword => self.keyword,
            HighlightClass::Comment => self.comment,
            HighlightClass::String => self.string,
            HighlightClass::Number => self.number,
            HighlightClass::Function => self.function,
            HighlightClass::Variable => self.variable,
            HighlightClass::Type => self.ty,
            HighlightClass::Constant => self.constant,
            HighlightClass::Operator => self.operator,
            HighlightClass::Embedded => self.embedded,
            HighlightClass::Attribute => self.attribute,
        }
    }
}

fn status_color(status: Status, dark: bool) -> Color32 {
    let (light, dark_color) = match status {
        Status::Candidate => (
            Color32::from_rgb(120, 120, 120),
            Color32::from_rgb(160, 160, 160),
        ),
        Status::Draft => (
            Color32::from_rgb(200, 130, 0),
            Color32::from_rgb(240, 180, 60),
        ),
        Status::InReview => (
            Color32::from_rgb(30, 110, 220),
            Color32::from_rgb(100, 160, 255),
        ),
        Status::Approved => (
            Color32::from_rgb(20, 140, 60),
            Color32::from_rgb(90, 200, 120),
        ),
        Status::Rejected => (
            Color32::from_rgb(200, 40, 40),
            Color32::from_rgb(240, 100, 100),
        ),
        Status::Obsolete => (
            Color32::from_rgb(130, 100, 160),
            Color32::from_rgb(170, 140, 200),
        ),
    };
    if dark { dark_color } else { light }
}

/// Geometry shared by the rows of one frame.
struct Metrics {
    font: FontId,
    row_height: f32,
    char_width: f32,
    number_width: f32,
    mark_width: f32,
    toggle_width: f32,
}

impl Metrics {
    fn gutter_width(&self) -> f32 {
        self.number_width + self.mark_width + self.toggle_width
    }
}

/// What a row's interactions ask for, applied after the rows are drawn.
enum RowEvent {
    Toggle(u32),
    Clicked {
        file: FileId,
        offset: usize,
    },
    ShowRules,
    /// "Name this field…" on a data item.
    NameField(SymbolId),
}

impl CodeView {
    /// Scrolls to `place` on the next frame even when it is the place already shown (the user
    /// scrolled away and opened the same symbol again). The shell calls it when it applies
    /// `Open`/`OpenAt`; a new `cx.place` alone also scrolls.
    pub fn reveal(&mut self, place: Place) {
        self.last_place = Some(place);
        self.scroll_to_line = Some(place.line);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx) {
        // A new index is a new workspace: drop every cache built from the old one.
        let key = (cx.ws as *const Workspace as usize, cx.ws.build_ms.to_bits());
        if key != self.workspace_key {
            *self = CodeView {
                workspace_key: key,
                ..CodeView::default()
            };
        }
        let Some(place) = cx.place else {
            self.last_place = None;
            empty_state(ui);
            return;
        };
        if self.last_place != Some(place) {
            self.last_place = Some(place);
            self.scroll_to_line = Some(place.line);
        }
        if !self.ensure_loaded(cx.ws, place.file) {
            let path = cx
                .ws
                .model
                .files
                .get(place.file.index())
                .map_or("?", |f| &f.path);
            ui.centered_and_justified(|ui| {
                ui.label(format!(
                    "{path} could not be read, so there is no text to show."
                ));
            });
            return;
        }
        let subject = match self.stepping {
            Some(s) if s.place == place => Some(s.subject),
            _ => {
                self.stepping = None;
                cx.active
            }
        };
        self.header(ui, cx, place);
        outline(ui, cx, place);
        if let Some(subject) = subject {
            self.references_bar(ui, cx, subject);
        }
        ui.separator();
        self.code(ui, cx, place.file, subject);
    }

    /// Loads the file into the caches; false when it has no text.
    fn ensure_loaded(&mut self, ws: &Workspace, file: FileId) -> bool {
        if let std::collections::hash_map::Entry::Vacant(entry) = self.files.entry(file) {
            match FileCache::load(ws, file) {
                Some(cache) => {
                    entry.insert(cache);
                }
                None => return false,
            }
        }
        if self.rows.as_ref().is_none_or(|(f, _)| *f != file) {
            self.rebuild_rows(ws, file);
        }
        true
    }

    fn rebuild_rows(&mut self, ws: &Workspace, file: FileId) {
        let expanded = self.expanded.get(&file).cloned().unwrap_or_default();
        for &line in &expanded {
            let copybook = self.files[&file].copies.get(&line).and_then(|c| c.file);
            if let Some(copybook) = copybook
                && !self.files.contains_key(&copybook)
                && let Some(cache) = FileCache::load(ws, copybook)
            {
                self.files.insert(copybook, cache);
            }
        }
        let cache = &self.files[&file];
        let mut rows = Vec::with_capacity(cache.lines.len());
        for line in 1..=cache.line_count() {
            rows.push(Row::Line(line));
            if !expanded.contains(&line) {
                continue;
            }
            let Some(copybook) = cache.copies.get(&line).and_then(|c| c.file) else {
                continue;
            };
            if let Some(member) = self.files.get(&copybook) {
                rows.extend((1..=member.line_count()).map(|l| Row::Copied {
                    after: line,
                    copybook,
                    line: l,
                }));
            }
        }
        self.rows = Some((file, rows));
    }

    fn header(&self, ui: &mut egui::Ui, cx: &Cx, place: Place) {
        let model = &cx.ws.model;
        ui.horizontal(|ui| {
            ui.strong(&model.file(place.file).path);
            let cache = &self.files[&place.file];
            ui.label(
                egui::RichText::new(format!(
                    "{} · {} lines",
                    cache.kind.label(),
                    cache.line_count()
                ))
                .weak(),
            );
            if cache.fixed {
                ui.label(egui::RichText::new("fixed format").weak());
            }
            if let Some(active) = cx.active {
                ui.separator();
                let symbol = model.symbol(active);
                ui.label(format!(
                    "Active: {} {}",
                    symbol.kind.label(),
                    symbol.qualified_name
                ));
            }
        });
    }

    fn references_bar(&mut self, ui: &mut egui::Ui, cx: &mut Cx, subject: SymbolId) {
        if self.references.as_ref().is_none_or(|(s, _)| *s != subject) {
            self.references = Some((subject, resolve::references_of(&cx.ws.model, subject)));
        }
        let Some((_, refs)) = &self.references else {
            return;
        };
        let model = &cx.ws.model;
        let name = &model.symbol(subject).name;
        let current = self
            .stepping
            .filter(|s| s.subject == subject)
            .map(|s| s.index);
        let mut go_to: Option<usize> = None;
        ui.horizontal(|ui| {
            let aliases = refs.iter().filter(|r| r.alias.is_some()).count();
            if aliases > 0 {
                ui.label(format!(
                    "References to {name}: {} ({aliases} through REDEFINES aliases)",
                    refs.len()
                ));
            } else {
                ui.label(format!("References to {name}: {}", refs.len()));
            }
            let enabled = !refs.is_empty();
            let previous = ui
                .add_enabled(
                    enabled,
                    egui::Button::new(egui::RichText::new("◀").monospace()),
                )
                .on_hover_text("Previous reference");
            previous.widget_info(|| {
                WidgetInfo::labeled(egui::Role::Button, enabled, "Previous reference")
            });
            if previous.clicked() {
                go_to = Some(match current {
                    Some(i) => (i + refs.len() - 1) % refs.len(),
                    None => refs.len() - 1,
                });
            }
            let next = ui
                .add_enabled(
                    enabled,
                    egui::Button::new(egui::RichText::new("▶").monospace()),
                )
                .on_hover_text("Next reference");
            next.widget_info(|| WidgetInfo::labeled(egui::Role::Button, enabled, "Next reference"));
            if next.clicked() {
                go_to = Some(current.map_or(0, |i| (i + 1) % refs.len()));
            }
            if let Some(i) = current {
                ui.label(format!("{} of {}", i + 1, refs.len()));
                if let Some(alias) = refs.get(i).and_then(|r| r.alias) {
                    ui.label(
                        egui::RichText::new(format!("alias {}", model.symbol(alias).name))
                            .color(ui.visuals().warn_fg_color),
                    )
                    .on_hover_text("This use names an item that REDEFINES the same bytes");
                }
            }
        });
        if !refs.is_empty() {
            egui::CollapsingHeader::new(format!("Reference list ({})", refs.len()))
                .id_salt("code_view_references")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("code_view_reference_list")
                        .max_height(150.0)
                        .show(ui, |ui| {
                            for (i, r) in refs.iter().enumerate() {
                                let reference = &model.references[r.index];
                                let mut text = format!(
                                    "{} · {} · {}:{}",
                                    model.symbol(reference.from).qualified_name,
                                    reference.kind.label(),
                                    model.file(reference.span.file).path,
                                    reference.span.line
                                );
                                if let Some(alias) = r.alias {
                                    text.push_str(&format!(
                                        " · alias {}",
                                        model.symbol(alias).name
                                    ));
                                }
                                if ui.selectable_label(current == Some(i), text).clicked() {
                                    go_to = Some(i);
                                }
                            }
                        });
                });
        }
        if let Some(index) = go_to
            && let Some(r) = refs.get(index)
        {
            let span = model.references[r.index].span;
            let place = Place {
                file: span.file,
                line: span.line,
            };
            self.stepping = Some(Stepping {
                subject,
                place,
                index,
            });
            // The field stays active: stepping shows where it is used, it does not move
            // the subject to the paragraph using it.
            cx.push(Action::Reveal(place));
        }
    }

    fn code(&mut self, ui: &mut egui::Ui, cx: &mut Cx, file: FileId, subject: Option<SymbolId>) {
        let palette = Palette::of(ui.visuals());
        let dark = ui.visuals().dark_mode;
        let font = egui::TextStyle::Monospace.resolve(ui.style());
        let char_width = ui.fonts_mut(|f| f.glyph_width(&font, '0')).max(1.0);
        let row_height = ui.fonts_mut(|f| f.row_height(&font)).ceil();
        let line_count = self.files[&file].line_count();
        let digits = line_count.max(1).to_string().len().max(4);
        let metrics = Metrics {
            font: font.clone(),
            row_height,
            char_width,
            number_width: (digits as f32 + 1.0) * char_width,
            mark_width: char_width * 1.6,
            toggle_width: char_width * 2.2,
        };
        let marks = rule_marks(cx, file);
        let subject_info = subject.map(|id| {
            let symbol = cx.ws.model.symbol(id);
            let definition = cx
                .ws
                .location(id)
                .filter(|(f, _)| *f == file)
                .map(|(_, line)| line);
            (symbol.name.clone(), definition)
        });

        let Some((_, rows)) = self.rows.take() else {
            return;
        };
        let spacing = ui.spacing().item_spacing.y;
        let mut area = egui::ScrollArea::both()
            .id_salt(("code_view_rows", file))
            .auto_shrink([false, false]);
        if let Some(line) = self.scroll_to_line.take() {
            let row = rows.partition_point(|r| r.main_line() < line);
            let y = row.saturating_sub(CONTEXT_ROWS) as f32 * (row_height + spacing);
            area = area.vertical_scroll_offset(y);
        }
        let widest = self.files[&file].widest_chars;
        let content_width = metrics.gutter_width() + (widest as f32 + 4.0) * char_width;
        let mut events = Vec::new();
        area.show_rows(ui, row_height, rows.len(), |ui, range| {
            ui.set_min_width(content_width);
            for &row in &rows[range] {
                let event = self.row(
                    ui,
                    cx,
                    file,
                    row,
                    &metrics,
                    &palette,
                    dark,
                    &marks,
                    subject_info.as_ref(),
                );
                events.extend(event);
            }
        });
        self.rows = Some((file, rows));
        for event in events {
            match event {
                RowEvent::Toggle(line) => {
                    let set = self.expanded.entry(file).or_default();
                    if !set.remove(&line) {
                        set.insert(line);
                    }
                    self.rebuild_rows(cx.ws, file);
                }
                RowEvent::ShowRules => cx.push(Action::Show(View::Rules)),
                RowEvent::Clicked { file, offset } => go_to_definition(cx, file, offset),
                RowEvent::NameField(id) => cx.push(Action::NameField(id)),
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        ui: &mut egui::Ui,
        cx: &Cx,
        open_file: FileId,
        row: Row,
        metrics: &Metrics,
        palette: &Palette,
        dark: bool,
        marks: &HashMap<u32, Vec<RuleMark>>,
        subject: Option<&(String, Option<u32>)>,
    ) -> Option<RowEvent> {
        let (file, line, copied) = match row {
            Row::Line(line) => (open_file, line, false),
            Row::Copied { copybook, line, .. } => (copybook, line, true),
        };
        let width = ui.available_width().max(metrics.gutter_width() + 10.0);
        let (_, row_rect) = ui.allocate_space(Vec2::new(width, metrics.row_height));
        let painter = ui.painter().clone();
        let mut event = None;

        // Backgrounds: copied lines tinted, the subject's definition line highlighted.
        if copied {
            painter.rect_filled(row_rect, 0.0, palette.copybook_tint);
        } else if subject.is_some_and(|(_, def)| *def == Some(line)) {
            painter.rect_filled(row_rect, 0.0, palette.definition_line);
        }

        // Gutter: line number, rule mark, copybook toggle.
        let number_rect = Rect::from_min_size(
            row_rect.min,
            Vec2::new(metrics.number_width, metrics.row_height),
        );
        painter.text(
            number_rect.right_center() - Vec2::new(metrics.char_width * 0.5, 0.0),
            egui::Align2::RIGHT_CENTER,
            line.to_string(),
            metrics.font.clone(),
            if copied {
                palette.copybook_bar
            } else {
                palette.line_number
            },
        );
        let mark_rect = Rect::from_min_size(
            number_rect.right_top(),
            Vec2::new(metrics.mark_width, metrics.row_height),
        );
        if !copied && let Some(line_marks) = marks.get(&line) {
            let first = &line_marks[0];
            let id = ui.scope_id().with(("code_view_rule_mark", file, line));
            let response = ui.interact(mark_rect, id, Sense::click());
            let label = line_marks
                .iter()
                .map(|m| {
                    format!(
                        "Rule {} {} ({})",
                        m.rule_id,
                        m.name,
                        crate::rules::export::status_label(m.status)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
            painter.circle_filled(
                mark_rect.center(),
                metrics.row_height * 0.28,
                status_color(first.status, dark),
            );
            let response = response
                .on_hover_text(format!("{label}\nClick to open the rules view"))
                .on_hover_cursor(egui::CursorIcon::PointingHand);
            if response.clicked() {
                event = Some(RowEvent::ShowRules);
            }
        }
        let toggle_rect = Rect::from_min_size(
            mark_rect.right_top(),
            Vec2::new(metrics.toggle_width, metrics.row_height),
        );
        if !copied && let Some(copy) = self.files[&file].copies.get(&line) {
            let expanded = self
                .expanded
                .get(&file)
                .is_some_and(|set| set.contains(&line));
            let enabled = copy.file.is_some();
            let id = ui.scope_id().with(("code_view_copy_toggle", file, line));
            let sense = if enabled {
                Sense::click()
            } else {
                Sense::hover()
            };
            let response = ui.interact(toggle_rect, id, sense);
            let label = match (enabled, expanded) {
                (false, _) => format!("Copybook {} is not in the project", copy.name),
                (true, false) => format!("Expand copybook {}", copy.name),
                (true, true) => format!("Collapse copybook {}", copy.name),
            };
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, enabled, &label));
            let color = if !enabled {
                palette.dimmed
            } else if response.hovered() {
                palette.text
            } else {
                palette.copybook_bar
            };
            painter.text(
                toggle_rect.center(),
                egui::Align2::CENTER_CENTER,
                if expanded { "▾" } else { "▸" },
                metrics.font.clone(),
                color,
            );
            let response = response.on_hover_text(&label);
            if response.clicked() {
                event = Some(RowEvent::Toggle(line));
            }
        }
        if copied {
            let bar =
                Rect::from_min_size(toggle_rect.right_top(), Vec2::new(2.0, metrics.row_height));
            painter.rect_filled(bar, 0.0, palette.copybook_bar);
        }

        // The text.
        let indent = if copied {
            metrics.char_width * 2.0
        } else {
            0.0
        };
        let text_left = toggle_rect.right() + metrics.char_width * 0.5 + indent;
        let cache = self.files.get_mut(&file)?;
        let job = cache.job(line, dark, &metrics.font, palette);
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let line_range = cache.shown_range(line);
        let shown = cache.shown_text(line).to_string();
        let kind = cache.kind;
        let text_rect = Rect::from_min_size(
            Pos2::new(text_left, row_rect.top()),
            Vec2::new(galley.size().x.max(metrics.char_width), metrics.row_height),
        );
        let id = ui.scope_id().with(("code_view_line", file, line, copied));
        let response = ui.interact(text_rect, id, Sense::click());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &shown));
        let galley_pos = Pos2::new(
            text_left,
            row_rect.top() + (metrics.row_height - galley.size().y) * 0.5,
        );

        // Occurrences of the subject's name.
        if let Some((name, _)) = subject {
            for range in occurrences(&shown, name, kind != FileKind::Java) {
                let rect = char_range_rect(&galley, &shown, range, galley_pos, metrics);
                painter.rect_filled(rect, 2.0, palette.occurrence);
            }
        }
        // The word under the pointer.
        let word = response
            .hover_pos()
            .and_then(|pos| offset_at(&galley, &shown, pos - galley_pos))
            .and_then(|offset| resolve::word_at_in(kind, &shown, offset));
        let mut response = response;
        if let Some(word) = word {
            let offset = line_range.start + word.start;
            let target = self.resolve_cached(cx.ws, file, offset);
            if let Some(target) = target {
                let rect = char_range_rect(&galley, &shown, word.clone(), galley_pos, metrics);
                painter.rect_filled(rect, 2.0, palette.hovered_word);
                let summary = self.summary_cached(cx.ws, target).clone();
                response = response
                    .on_hover_cursor(egui::CursorIcon::PointingHand)
                    .on_hover_ui(|ui| summary_tooltip(ui, &summary));
            }
        }
        painter.galley(galley_pos, galley.clone(), palette.text);
        // Right-click on a data item: name it (a business term for the glossary).
        if response.secondary_clicked() {
            self.menu_item = response
                .interact_pointer_pos()
                .and_then(|pos| offset_at(&galley, &shown, pos - galley_pos))
                .and_then(|offset| resolve::word_at_in(kind, &shown, offset))
                .and_then(|word| self.resolve_cached(cx.ws, file, line_range.start + word.start))
                .filter(|&id| {
                    matches!(
                        cx.ws.model.symbol(id).kind,
                        SymbolKind::DataItem | SymbolKind::ConditionName | SymbolKind::Field
                    )
                });
        }
        if let Some(item) = self.menu_item {
            response.context_menu(|ui| {
                ui.label(
                    egui::RichText::new(&cx.ws.model.symbol(item).name)
                        .monospace()
                        .weak(),
                );
                if ui.button("Name this field…").clicked() {
                    event = Some(RowEvent::NameField(item));
                    ui.close();
                }
            });
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
            && let Some(offset) = offset_at(&galley, &shown, pos - galley_pos)
        {
            event = Some(RowEvent::Clicked {
                file,
                offset: line_range.start + offset,
            });
        }
        event
    }

    fn resolve_cached(&mut self, ws: &Workspace, file: FileId, offset: usize) -> Option<SymbolId> {
        if let Some((f, o, id)) = self.hovered_word
            && f == file
            && o == offset
        {
            return id;
        }
        let id = resolve::resolve(ws, file, offset);
        self.hovered_word = Some((file, offset, id));
        id
    }

    fn summary_cached(&mut self, ws: &Workspace, id: SymbolId) -> &SymbolSummary {
        if self.summary.as_ref().is_none_or(|(s, _)| *s != id) {
            self.summary = Some((id, resolve::summary(ws, id)));
        }
        &self.summary.as_ref().expect("just filled").1
    }
}

/// Rule marks of a file by line.
/// The sections and paragraphs of the open file as a drop-down; the one holding the shown
/// line is marked, and choosing one opens it.
fn outline(ui: &mut egui::Ui, cx: &mut Cx, place: Place) {
    let entries = cx.ws.outline(place.file);
    if entries.is_empty() {
        return;
    }
    let current = entries.iter().rposition(|e| e.line <= place.line);
    let mut open = None;
    ui.horizontal(|ui| {
        ui.menu_button("Outline", |ui| {
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    for (i, e) in entries.iter().enumerate() {
                        ui.horizontal(|ui| {
                            ui.add_space(f32::from(e.depth) * 14.0);
                            let text = if e.depth == 0 {
                                egui::RichText::new(&e.name).strong()
                            } else {
                                egui::RichText::new(&e.name)
                            };
                            if ui.selectable_label(current == Some(i), text).clicked() {
                                open = Some(e.symbol);
                                ui.close();
                            }
                            ui.weak(e.line.to_string());
                        });
                    }
                });
        })
        .response
        .on_hover_text("Sections and paragraphs of this file");
        if let Some(i) = current {
            ui.weak(format!("in {}", entries[i].name));
        }
        ui.weak(format!("{} procedures", entries.len()));
    });
    if let Some(id) = open {
        cx.push(Action::Open(id));
    }
}

fn rule_marks(cx: &Cx, file: FileId) -> HashMap<u32, Vec<RuleMark>> {
    let mut by_line: HashMap<u32, Vec<RuleMark>> = HashMap::new();
    for mark in cx.rules.marks(cx.ws, file) {
        by_line.entry(mark.line).or_default().push(mark);
    }
    by_line
}

/// A click on a word: open what it names.
fn go_to_definition(cx: &mut Cx, file: FileId, offset: usize) {
    let Some(id) = resolve::resolve(cx.ws, file, offset) else {
        return;
    };
    if cx.ws.location(id).is_some() {
        cx.push(Action::Open(id));
        return;
    }
    let symbol = cx.ws.model.symbol(id);
    let copybook_file = (symbol.kind == SymbolKind::Copybook)
        .then_some(symbol.detail.as_deref())
        .flatten()
        .and_then(|path| cx.ws.model.files.iter().find(|f| f.path == path))
        .map(|f| f.id);
    match copybook_file {
        Some(file) => cx.push(Action::OpenAt(Place { file, line: 1 })),
        None => {
            let message = format!(
                "{} {} is not defined in the project",
                symbol.kind.label(),
                symbol.qualified_name
            );
            cx.push(Action::Activate(id));
            cx.push(Action::Status(message));
        }
    }
}

fn summary_tooltip(ui: &mut egui::Ui, summary: &SymbolSummary) {
    ui.strong(&summary.name);
    egui::Grid::new("code_view_summary")
        .num_columns(2)
        .show(ui, |ui| {
            for (label, value) in summary.rows() {
                ui.label(egui::RichText::new(label).weak());
                ui.label(value);
                ui.end_row();
            }
        });
    ui.label(
        egui::RichText::new("Click to go to the definition")
            .weak()
            .small(),
    );
}

/// Byte offset in `text` of the char under `pos` (relative to the galley), if on a char.
fn offset_at(galley: &egui::Galley, text: &str, pos: Vec2) -> Option<usize> {
    if pos.x < 0.0 || pos.x > galley.size().x {
        return None;
    }
    let cursor = galley.cursor_from_pos(pos);
    // The cursor is the boundary nearest the pointer; the char under it is the one whose
    // cell contains the pointer.
    let mut index = cursor.index.0;
    let boundary = galley.pos_from_cursor(CCursor::new(index));
    if pos.x < boundary.min.x && index > 0 {
        index -= 1;
    }
    text.char_indices().nth(index).map(|(i, _)| i)
}

/// Screen rectangle of the chars of a byte range of `text`.
fn char_range_rect(
    galley: &egui::Galley,
    text: &str,
    range: Range<usize>,
    galley_pos: Pos2,
    metrics: &Metrics,
) -> Rect {
    let start_char = text[..range.start].chars().count();
    let end_char = start_char + text[range].chars().count();
    let left = galley.pos_from_cursor(CCursor::new(start_char)).min.x;
    let right = galley.pos_from_cursor(CCursor::new(end_char)).min.x;
    Rect::from_min_max(
        Pos2::new(galley_pos.x + left, galley_pos.y),
        Pos2::new(galley_pos.x + right, galley_pos.y + metrics.row_height),
    )
}

/// Byte ranges of whole-word occurrences of `name` in `text`.
fn occurrences(text: &str, name: &str, ignore_case: bool) -> Vec<Range<usize>> {
    if name.is_empty() || text.len() < name.len() {
        return Vec::new();
    }
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '$');
    let haystack;
    let needle;
    let (hay, pat): (&str, &str) = if ignore_case {
        haystack = text.to_ascii_uppercase();
        needle = name.to_ascii_uppercase();
        (&haystack, &needle)
    } else {
        (text, name)
    };
    let mut found = Vec::new();
    for (start, _) in hay.match_indices(pat) {
        let end = start + pat.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
            found.push(start..end);
        }
    }
    found
}

fn empty_state(ui: &mut egui::Ui) {
    ui.centered_and_justified(|ui| {
        ui.label(
            "No file is open. Pick a program, copybook, class or job in the Explorer, \
             or press Ctrl+P to find a symbol by name.",
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_members_in_fixed_and_free_format() {
        let fixed =
            "005100     COPY BENCONST.                                               PAYCALC";
        assert_eq!(copy_member(fixed, true).as_deref(), Some("BENCONST"));
        let comment = "005100*    COPY BENCONST.";
        assert_eq!(copy_member(comment, true), None);
        assert_eq!(
            copy_member("    copy 'claimrec' replacing ==A== by ==B==.", false).as_deref(),
            Some("CLAIMREC")
        );
        assert_eq!(copy_member("    MOVE A TO B. *> COPY X", false), None);
    }

    /// A fixed-format line: sequence number, indicator blank, code, identification area.
    fn fixed_line(sequence: u32, code: &str) -> String {
        format!("{sequence:06} {code:<65}PROGTEST\n")
    }

    #[test]
    fn fixed_format_margins_are_dimmed_and_code_coloured() {
        let text: String = [
            "IDENTIFICATION DIVISION.",
            "PROGRAM-ID. PROGTEST.",
            "PROCEDURE DIVISION.",
            "    DISPLAY 'HELLO'.",
            "    STOP RUN.",
        ]
        .iter()
        .enumerate()
        .map(|(i, code)| fixed_line(i as u32 * 100 + 100, code))
        .collect();
        let text: Arc<str> = Arc::from(text);
        let lines: Vec<Range<usize>> = {
            let mut start = 0;
            text.split_inclusive('\n')
                .map(|l| {
                    let range = start..start + l.len() - 1;
                    start += l.len();
                    range
                })
                .collect()
        };
        let cache = FileCache {
            spans: highlight::highlight_text(FileKind::CobolProgram, &text),
            text: text.clone(),
            kind: FileKind::CobolProgram,
            fixed: true,
            lines,
            copies: HashMap::new(),
            jobs: HashMap::new(),
            jobs_style: None,
            widest_chars: 80,
        };
        for visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            let palette = Palette::of(&visuals);
            let job = cache.build_job(4, &FontId::monospace(12.0), &palette);
            assert_eq!(job.text, fixed_line(400, "    DISPLAY 'HELLO'.").trim_end());
            let color_at = |byte: usize| {
                job.sections
                    .iter()
                    .find(|s| s.byte_range.start.0 <= byte && byte < s.byte_range.end.0)
                    .map(|s| s.format.color)
                    .unwrap()
            };
            assert_eq!(color_at(0), palette.dimmed, "sequence area");
            assert_eq!(color_at(5), palette.dimmed, "sequence area");
            assert_eq!(color_at(11), palette.keyword, "DISPLAY");
            assert_eq!(color_at(19), palette.string, "'HELLO'");
            assert_eq!(color_at(72), palette.dimmed, "identification area");
            assert_ne!(palette.keyword, palette.text);
        }
    }

    #[test]
    fn occurrences_are_whole_words() {
        let text = "PERFORM 2900-LOOKUP-RATE THRU 2900-LOOKUP-RATE-EXIT; 2900-lookup-rate";
        assert_eq!(occurrences(text, "2900-LOOKUP-RATE", true).len(), 2);
        assert_eq!(occurrences(text, "2900-LOOKUP-RATE", false).len(), 1);
        assert_eq!(
            occurrences("é2900-LOOKUP-RATE", "2900-LOOKUP-RATE", true).len(),
            0
        );
    }
}
