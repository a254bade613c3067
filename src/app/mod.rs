//! The desktop app (eframe/egui). The only module that uses GUI types; it calls engine APIs
//! (mostly through [`crate::explore`]) and never reaches into parsers.
//!
//! The shell in this file owns the window layout, the open project (indexed on a background
//! thread into a [`Workspace`]), the active symbol and place that every view follows, the
//! navigation history and bookmarks, and the persisted settings. Panels live in their own
//! modules and talk back through [`cx::Action`]s, applied after each frame.

pub mod code_view;
pub mod cx;
mod explorer;
mod glossary_view;
pub mod graph_view;
mod impact_panel;
mod indexer;
mod layout_panel;
mod overview;
mod palette;
mod rewording;
pub mod rules_view;
mod screens_view;
pub mod screenshot;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;

use crate::explore::Workspace;
use crate::explore::history::{Bookmark, History};
use crate::explore::project_settings::{ProjectSettings, SOURCE_FORMATS};
use crate::explore::rulebook::RuleBook;
use crate::graphs::graph::NodeKey;
use crate::graphs::impact::{ImpactReport, impact_from};
use crate::model::{Model, SymbolId};
use code_view::CodeView;
pub use cx::{Action, Cx, Place, View};
use explorer::Explorer;
use glossary_view::GlossaryView;
use graph_view::GraphView;
use impact_panel::ImpactPanel;
use indexer::{IndexJob, JobStatus};
use layout_panel::LayoutPanel;
use palette::Palette;
use rewording::Rewording;
use rules_view::{CloseChoice, ClosePrompt, RulesTab, RulesView};
use screens_view::ScreensView;
pub use screenshot::StartOptions;

/// UI state saved between runs (eframe persistence).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent_projects: Vec<PathBuf>,
    pub dark_mode: bool,
    pub last_project: Option<PathBuf>,
    pub view: View,
    pub show_explorer: bool,
    pub show_impact: bool,
    /// The record layout panel (bottom).
    pub show_layout: bool,
    /// Where the user was in each recent project, restored when it is opened again.
    pub places: Vec<LastPlace>,
    /// The user's name for audit and review entries, asked once.
    pub user_name: Option<String>,
    /// The screens of the active program, beside the central view.
    pub show_screens: bool,
}

/// Where the user was in a project: the active symbol, the code place and the view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LastPlace {
    pub project: PathBuf,
    /// Qualified name of the active symbol.
    pub symbol: Option<String>,
    /// File (relative to the project) and line of the code view.
    pub path: Option<String>,
    pub line: u32,
    pub view: View,
}

impl Default for LastPlace {
    fn default() -> Self {
        LastPlace {
            project: PathBuf::new(),
            symbol: None,
            path: None,
            line: 1,
            view: View::Overview,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            recent_projects: Vec::new(),
            dark_mode: false,
            last_project: None,
            view: View::Code,
            show_explorer: true,
            show_impact: true,
            show_layout: false,
            places: Vec::new(),
            user_name: None,
            show_screens: false,
        }
    }
}

/// Where the user is: the active symbol, the code place and the view; one history entry.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Nav {
    active: Option<SymbolId>,
    place: Option<Place>,
    view: View,
}

/// What the shell's own controls asked for during a frame; applied after the frame.
enum Command {
    Open(PathBuf),
    Reindex,
    Cancel,
    ChooseFolder,
    Back,
    Forward,
    AddBookmark,
    SaveSettings,
    SaveRules,
    ExportRules,
    RulesTab(RulesTab),
    /// The user told their name (for audit and review entries).
    SetUserName(String),
}

pub struct LegacyLensApp {
    settings: Settings,
    project: PathBuf,
    project_settings: ProjectSettings,
    settings_error: Option<String>,
    path_field: String,
    job: Option<IndexJob>,
    ws: Option<Arc<Workspace>>,
    /// Whether the queue shows the mined candidates (mining ends after indexing).
    rules_shown: bool,
    error: Option<String>,
    status: String,
    rules: RuleBook,
    // Navigation.
    active: Option<SymbolId>,
    place: Option<Place>,
    view: View,
    history: History<Nav>,
    impact: Option<ImpactReport>,
    // Panels.
    explorer: Explorer,
    palette: Palette,
    code: CodeView,
    graph: GraphView,
    rules_view: RulesView,
    impact_panel: ImpactPanel,
    layout_panel: LayoutPanel,
    overview: overview::OverviewView,
    /// The name being typed in the name prompt.
    name_draft: Option<String>,
    screens: ScreensView,
    glossary_view: GlossaryView,
    /// Keeps the candidates worded with the glossary's terms.
    rewording: Rewording,
    // Windows.
    settings_open: bool,
    settings_draft: SettingsDraft,
    bookmarks_open: bool,
    close_prompt: bool,
    close_dialog: ClosePrompt,
    /// A project to open once the close prompt is answered.
    pending_open: Option<PathBuf>,
    allow_close: bool,
    add_bookmark_later: bool,
    start: StartOptions,
    shot: screenshot::ShotState,
}

/// The project settings dialog's text fields.
#[derive(Default, Clone)]
struct SettingsDraft {
    copybook_folders: String,
    source_format: String,
    excluded: String,
    annotations: String,
    include_vendored: bool,
    system_services: String,
}

impl LegacyLensApp {
    /// Creates the app and starts indexing `project`.
    pub fn new(project: PathBuf, settings: Settings, ctx: &egui::Context) -> Self {
        Self::with_options(project, settings, StartOptions::default(), ctx)
    }

    /// Creates the app with start-up options (screenshot, initial selection and view).
    pub fn with_options(
        project: PathBuf,
        settings: Settings,
        start: StartOptions,
        ctx: &egui::Context,
    ) -> Self {
        let view = start.view.unwrap_or(settings.view);
        let mut app = LegacyLensApp {
            settings,
            path_field: project.display().to_string(),
            project,
            project_settings: ProjectSettings::default(),
            settings_error: None,
            job: None,
            ws: None,
            rules_shown: false,
            error: None,
            status: String::new(),
            rules: RuleBook::default(),
            active: None,
            place: None,
            view,
            history: History::default(),
            impact: None,
            explorer: Explorer::default(),
            palette: Palette::default(),
            code: CodeView::default(),
            graph: GraphView::default(),
            rules_view: RulesView::default(),
            impact_panel: ImpactPanel::default(),
            layout_panel: LayoutPanel::default(),
            overview: overview::OverviewView,
            name_draft: None,
            screens: ScreensView::default(),
            glossary_view: GlossaryView::default(),
            rewording: Rewording::default(),
            settings_open: false,
            settings_draft: SettingsDraft::default(),
            bookmarks_open: false,
            close_prompt: false,
            close_dialog: ClosePrompt::default(),
            pending_open: None,
            allow_close: false,
            add_bookmark_later: false,
            start,
            shot: screenshot::ShotState::default(),
        };
        app.load_project_settings();
        app.start_indexing(ctx);
        app
    }

    fn load_project_settings(&mut self) {
        match ProjectSettings::load(&self.project) {
            Ok(s) => {
                self.project_settings = s;
                self.settings_error = None;
            }
            Err(e) => {
                self.project_settings = ProjectSettings::default();
                self.settings_error = Some(e);
            }
        }
    }

    fn start_indexing(&mut self, ctx: &egui::Context) {
        if let Some(job) = self.job.take() {
            job.cancel();
        }
        self.error = None;
        self.job = Some(IndexJob::start(
            self.project.clone(),
            self.project_settings.index_options(&self.project),
            self.project_settings.mine_options(),
            ctx.clone(),
        ));
        let recent = &mut self.settings.recent_projects;
        recent.retain(|p| p != &self.project);
        recent.insert(0, self.project.clone());
        recent.truncate(10);
        self.settings.last_project = Some(self.project.clone());
    }

    /// The indexed model, once ready.
    pub fn model(&self) -> Option<&Model> {
        self.ws.as_deref().map(|ws| &ws.model)
    }

    /// The indexed workspace, once ready.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.ws.as_deref()
    }

    /// Whether a background indexing run is going on.
    pub fn is_indexing(&self) -> bool {
        self.job.is_some()
    }

    /// The active symbol that the views follow.
    pub fn active(&self) -> Option<SymbolId> {
        self.active
    }

    /// The view shown in the centre.
    pub fn view(&self) -> View {
        self.view
    }

    /// The graph the graph view shows (calls, control, …, batch).
    pub fn graph_kind(&self) -> crate::explore::GraphKind {
        self.graph.graph
    }

    /// The graph view's laid-out scene, once built.
    pub fn graph_scene(&self) -> Option<&crate::explore::scene::Scene> {
        self.graph.scene()
    }

    /// Where the code view is.
    pub fn place(&self) -> Option<Place> {
        self.place
    }

    /// The app settings (saved between runs).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The rule book of the open project.
    pub fn rules(&self) -> &RuleBook {
        &self.rules
    }

    /// Whether the candidates are being worded again after the glossary changed.
    pub fn rewording(&self) -> bool {
        self.rewording.is_busy(&self.rules)
    }

    /// The last impact or lineage result.
    pub fn impact(&self) -> Option<&ImpactReport> {
        self.impact.as_ref()
    }

    /// Applies an action as if a panel had asked for it (tests and start-up options).
    pub fn act(&mut self, action: Action) {
        self.apply_action(action);
    }

    fn poll_job(&mut self) {
        // Mining ends after the workspace is shown: fill the queue then.
        if !self.rules_shown
            && let Some(ws) = self.ws.clone()
            && ws.rules_mined()
        {
            self.rules_shown = true;
            self.rules.refresh_pending(&ws);
            self.status = indexed_status(&ws);
        }
        let Some(job) = &self.job else {
            return;
        };
        match job.status() {
            JobStatus::Running { .. } => {}
            JobStatus::Finished(result) => {
                self.job = None;
                match result {
                    Ok(ws) => self.install(ws),
                    Err(message) => self.error = Some(message),
                }
            }
        }
    }

    /// Shows a freshly indexed workspace, keeping the user where they were when the same
    /// symbol still exists.
    fn install(&mut self, ws: Arc<Workspace>) {
        let keep = |id: Option<SymbolId>| -> Option<SymbolId> {
            let old = self.ws.as_ref()?;
            let name = &old.model.symbol(id?).qualified_name;
            ws.model.symbol_named(name)
        };
        let active = keep(self.active);
        let place = self.place.and_then(|p| {
            let old = self.ws.as_ref()?;
            let path = &old.model.file(p.file).path;
            let file = ws.model.files.iter().find(|f| &f.path == path)?;
            Some(Place {
                file: file.id,
                line: p.line,
            })
        });
        self.status = indexed_status(&ws);
        self.rules_shown = ws.rules_mined();
        let same_project = self
            .ws
            .as_ref()
            .is_some_and(|old| old.model.root == ws.model.root);
        let annotations = self.project_settings.annotations_path(&self.project);
        if same_project && self.rules.path() == Some(annotations.as_path()) {
            self.rules.refresh(&ws);
        } else {
            self.rules = RuleBook::open(&ws, annotations);
        }
        let recovered = self.rules.recovery_available();
        if recovered {
            self.view = View::Rules;
            self.status = "Unsaved rule changes from an earlier session were recovered: restore or discard them in the Rules view".into();
        }
        let author = self.author();
        self.rules.set_user(&author);
        self.history.clear();
        self.impact = None;
        self.rewording.reset();
        self.active = active;
        self.place = place;
        self.ws = Some(ws);
        if let Some(select) = self.start.select.clone() {
            self.select_by_name(&select);
        } else if self.place.is_none() && self.active.is_none() && !self.restore_last_place() {
            // A project opened afresh lands on its start page.
            if !recovered {
                self.view = View::Overview;
            }
        }
        if let Some(view) = self.start.view {
            self.view = view;
        }
        self.record();
    }

    /// Opens the symbol a user named (exact qualified name, else the best search hit).
    fn select_by_name(&mut self, name: &str) {
        let Some(ws) = &self.ws else { return };
        let id = ws.model.symbol_named(name).or_else(|| {
            ws.search
                .search(name, &|_| true, 1)
                .first()
                .map(|h| h.symbol)
        });
        match id {
            Some(id) => self.apply_action(Action::Open(id)),
            None => {
                self.view = View::Overview;
                self.status = format!("no symbol matches `{name}`");
            }
        }
    }

    /// Who is recorded in audit and review entries: the name the user gave, else
    /// `git config user.name` in the project, else the OS user.
    fn author(&self) -> String {
        self.settings
            .user_name
            .clone()
            .or_else(|| crate::rules::author::default_author(&self.project))
            .unwrap_or_else(|| self.rules.user())
    }

    /// Asks the user's name once (shown over the Rules view until answered).
    fn name_prompt(
        settings: &Settings,
        draft: &mut Option<String>,
        current: &str,
        ui: &mut egui::Ui,
        commands: &mut Vec<Command>,
    ) {
        if settings.user_name.is_some() {
            return;
        }
        let text = draft.get_or_insert_with(|| current.to_string());
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label("Your name for audit and review entries:");
                let field = ui
                    .add(egui::TextEdit::singleline(text).desired_width(180.0))
                    .labelled_by(label.id);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button("Use this name").clicked() || enter {
                    commands.push(Command::SetUserName(text.clone()));
                }
                ui.weak("(asked once; from git's user.name or your login until you answer)");
            });
        });
    }

    /// Puts the user back where they were when this project was last open (the saved
    /// symbol, code place and view); false when nothing is saved for it.
    fn restore_last_place(&mut self) -> bool {
        let Some(ws) = self.ws.clone() else {
            return false;
        };
        let Some(last) = self
            .settings
            .places
            .iter()
            .find(|p| p.project == self.project)
            .cloned()
        else {
            return false;
        };
        self.active = last
            .symbol
            .as_deref()
            .and_then(|n| ws.model.symbol_named(n));
        self.place = last.path.as_deref().and_then(|path| {
            let file = ws.model.files.iter().find(|f| f.path == path)?;
            Some(Place {
                file: file.id,
                line: last.line,
            })
        });
        if let Some(place) = self.place {
            self.code.reveal(place);
        }
        self.view = last.view;
        true
    }

    /// Remembers where the user is in this project (saved with the settings).
    fn remember_place(&mut self) {
        let Some(ws) = &self.ws else { return };
        let here = LastPlace {
            project: self.project.clone(),
            symbol: self
                .active
                .map(|id| ws.model.symbol(id).qualified_name.clone()),
            path: self.place.map(|p| ws.model.file(p.file).path.clone()),
            line: self.place.map_or(1, |p| p.line),
            view: self.view,
        };
        let places = &mut self.settings.places;
        if places.first() == Some(&here) {
            return;
        }
        places.retain(|p| p.project != here.project);
        places.insert(0, here);
        places.truncate(10);
    }

    fn nav(&self) -> Nav {
        Nav {
            active: self.active,
            place: self.place,
            view: self.view,
        }
    }

    fn record(&mut self) {
        let nav = self.nav();
        self.history.visit(nav);
    }

    fn restore(&mut self, nav: Nav) {
        self.active = nav.active;
        self.place = nav.place;
        self.view = nav.view;
    }

    fn apply_action(&mut self, action: Action) {
        let Some(ws) = self.ws.clone() else { return };
        match action {
            Action::Activate(id) => {
                self.active = Some(id);
                self.record();
            }
            Action::Open(id) => {
                self.active = Some(id);
                if let Some((file, line)) = ws.location(id) {
                    let place = Place { file, line };
                    self.place = Some(place);
                    self.code.reveal(place);
                    self.view = View::Code;
                } else {
                    self.status = format!(
                        "{} has no definition in the project; showing its graph",
                        ws.model.symbol(id).qualified_name
                    );
                    self.view = View::Graph;
                }
                self.record();
            }
            Action::OpenAt(place) => {
                self.place = Some(place);
                self.code.reveal(place);
                if let Some(id) = ws.symbol_at(place.file, place.line) {
                    self.active = Some(id);
                }
                self.view = View::Code;
                self.record();
            }
            Action::Reveal(place) => {
                self.place = Some(place);
                self.code.reveal(place);
                self.view = View::Code;
                self.record();
            }
            Action::Show(view) => {
                self.view = view;
                self.record();
            }
            Action::ShowInGraph(id, graph) => {
                self.active = Some(id);
                self.graph.graph = graph;
                self.graph.fit();
                self.view = View::Graph;
                self.record();
            }
            Action::Impact { symbol, backward } => {
                let graph = &ws.graphs.impact;
                let name = &ws.model.symbol(symbol).qualified_name;
                match graph.find(&NodeKey::Symbol(symbol)) {
                    Some(start) => {
                        let report = impact_from(
                            &ws.model,
                            graph,
                            &[start],
                            backward,
                            self.impact_panel.depth_limit(),
                            self.impact_panel.with,
                        );
                        self.status = format!(
                            "{} of {name}: {} nodes",
                            if backward { "Lineage" } else { "Impact" },
                            report.nodes.len().saturating_sub(1)
                        );
                        self.impact = Some(report);
                        self.settings.show_impact = true;
                    }
                    None => {
                        self.status =
                            format!("{name} takes part in no data flow, read, write or call");
                    }
                }
            }
            Action::Status(text) => self.status = text,
            Action::Wrote(path) => {
                let root = ws.model.root.clone();
                if self.project_settings.record_written(&root, &path) {
                    self.save_bookmarks();
                }
            }
            Action::ScreensBesideCode(beside) => {
                self.settings.show_screens = beside;
                if beside {
                    self.view = View::Code;
                    self.record();
                }
            }
            Action::NameField(id) => self.glossary_view.open_dialog(&ws, &self.rules, id),
        }
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Open(path) => {
                if self.rules.is_dirty() {
                    self.pending_open = Some(path);
                    self.close_prompt = true;
                } else {
                    self.open_project(path, ctx);
                }
            }
            Command::SaveRules => match self.rules.save() {
                Ok(path) => self.status = format!("Saved {}", path.display()),
                Err(e) => self.status = format!("cannot save the annotations: {e}"),
            },
            Command::ExportRules => {
                self.rules_view.open_export();
                self.view = View::Rules;
            }
            Command::RulesTab(tab) => {
                self.rules_view.show_tab(tab);
                self.view = View::Rules;
            }
            Command::Reindex => self.start_indexing(ctx),
            Command::SetUserName(name) => {
                if let Some(name) = crate::rules::author::clean(&name) {
                    self.rules.set_user(&name);
                    self.status = format!("Changes to rules are recorded as {name}");
                    self.settings.user_name = Some(name);
                }
            }
            Command::Cancel => {
                if let Some(job) = self.job.take() {
                    job.cancel();
                }
                self.error = Some("indexing cancelled".into());
            }
            Command::ChooseFolder => {
                // rfd needs a desktop portal or GTK; when none answers, the typed path field
                // stays the way to open a folder.
                if let Some(folder) = rfd::FileDialog::new()
                    .set_directory(&self.project)
                    .pick_folder()
                {
                    self.apply(Command::Open(folder), ctx);
                }
            }
            Command::Back => {
                if let Some(nav) = self.history.back().copied() {
                    self.restore(nav);
                }
            }
            Command::Forward => {
                if let Some(nav) = self.history.forward().copied() {
                    self.restore(nav);
                }
            }
            Command::AddBookmark => self.add_bookmark(),
            Command::SaveSettings => {
                let d = &self.settings_draft;
                let lines = |s: &str| -> Vec<String> {
                    s.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(String::from)
                        .collect()
                };
                self.project_settings.copybook_folders = lines(&d.copybook_folders);
                self.project_settings.excluded = lines(&d.excluded);
                self.project_settings.include_vendored = d.include_vendored;
                self.project_settings.system_services = lines(&d.system_services);
                self.project_settings.source_format =
                    (!d.source_format.is_empty()).then(|| d.source_format.clone());
                self.project_settings.annotations =
                    (!d.annotations.trim().is_empty()).then(|| d.annotations.trim().to_string());
                match self.project_settings.save(&self.project) {
                    Ok(()) => {
                        self.settings_error = None;
                        self.settings_open = false;
                        self.status = "Project settings saved; re-indexing".into();
                        self.start_indexing(ctx);
                    }
                    Err(e) => self.settings_error = Some(e),
                }
            }
        }
    }

    fn open_project(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.project = path;
        self.path_field = self.project.display().to_string();
        self.ws = None;
        self.active = None;
        self.place = None;
        self.rules = RuleBook::default();
        self.load_project_settings();
        self.start_indexing(ctx);
    }

    fn add_bookmark(&mut self) {
        let (Some(ws), Some(place)) = (&self.ws, self.place) else {
            self.status = "Open some code first to bookmark it".into();
            return;
        };
        let bookmark = Bookmark {
            path: ws.model.file(place.file).path.clone(),
            line: place.line,
            symbol: self
                .active
                .map(|id| ws.model.symbol(id).qualified_name.clone()),
            note: String::new(),
        };
        if !self.project_settings.bookmarks.contains(&bookmark) {
            self.project_settings.bookmarks.push(bookmark);
            self.save_bookmarks();
        }
        self.bookmarks_open = true;
    }

    fn save_bookmarks(&mut self) {
        if let Err(e) = self.project_settings.save(&self.project) {
            self.status = format!("cannot save bookmarks: {e}");
        }
    }

    fn handle_keys(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        use egui::{Key, KeyboardShortcut, Modifiers, PointerButton};
        let shortcut = |m, k| KeyboardShortcut::new(m, k);
        ctx.input_mut(|i| {
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::P))
                || i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::K))
            {
                self.palette.open();
            }
            if i.consume_shortcut(&shortcut(Modifiers::ALT, Key::ArrowLeft))
                || i.pointer.button_pressed(PointerButton::Extra1)
            {
                commands.push(Command::Back);
            }
            if i.consume_shortcut(&shortcut(Modifiers::ALT, Key::ArrowRight))
                || i.pointer.button_pressed(PointerButton::Extra2)
            {
                commands.push(Command::Forward);
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::S)) {
                commands.push(Command::SaveRules);
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::D)) {
                commands.push(Command::AddBookmark);
            }
            if i.consume_shortcut(&shortcut(Modifiers::NONE, Key::F5)) {
                commands.push(Command::Reindex);
            }
            for (n, view) in [
                (Key::Num0, View::Overview),
                (Key::Num1, View::Code),
                (Key::Num2, View::Graph),
                (Key::Num3, View::Rules),
                (Key::Num4, View::Screens),
                (Key::Num5, View::Glossary),
            ] {
                if i.consume_shortcut(&shortcut(Modifiers::COMMAND, n)) {
                    self.view = view;
                }
            }
        });
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            if ui
                .add_enabled(self.history.can_go_back(), egui::Button::new("◀"))
                .on_hover_text("Back (Alt+←)")
                .clicked()
            {
                commands.push(Command::Back);
            }
            if ui
                .add_enabled(self.history.can_go_forward(), egui::Button::new("▶"))
                .on_hover_text("Forward (Alt+→)")
                .clicked()
            {
                commands.push(Command::Forward);
            }
            ui.separator();
            ui.strong("LegacyLens");
            ui.separator();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.path_field)
                        // Narrower in a narrow window, so the view tabs never slide under
                        // the buttons on the right.
                        .desired_width((ui.available_width() - 1240.0).clamp(90.0, 220.0))
                        .hint_text("path to a folder of legacy code"),
                )
                .on_hover_text("Project folder: type a path and press Enter");
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Open").clicked() || enter {
                commands.push(Command::Open(PathBuf::from(self.path_field.trim())));
            }
            if ui
                .button("Browse…")
                .on_hover_text("Choose a folder")
                .clicked()
            {
                commands.push(Command::ChooseFolder);
            }
            ui.menu_button("Project", |ui| {
                ui.label(egui::RichText::new("Recent projects").weak());
                if self.settings.recent_projects.is_empty() {
                    ui.label("none yet");
                }
                for p in self.settings.recent_projects.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        commands.push(Command::Open(p));
                        ui.close();
                    }
                }
                ui.separator();
                if let Some(sample) = bundled_sample()
                    && ui.button("Open the bundled sample").clicked()
                {
                    commands.push(Command::Open(sample));
                    ui.close();
                }
                if ui.button("Project settings…").clicked() {
                    self.open_settings();
                    ui.close();
                }
                if ui.button("Bookmarks…").clicked() {
                    self.bookmarks_open = true;
                    ui.close();
                }
                ui.separator();
                ui.label(egui::RichText::new("Rules").weak());
                if ui.button("Save annotations  Ctrl+S").clicked() {
                    commands.push(Command::SaveRules);
                    ui.close();
                }
                if ui.button("Export rule catalogue…").clicked() {
                    commands.push(Command::ExportRules);
                    ui.close();
                }
                if ui.button("Review an annotation file…").clicked() {
                    commands.push(Command::RulesTab(RulesTab::Review));
                    ui.close();
                }
                if ui.button("Merge annotations…").clicked() {
                    commands.push(Command::RulesTab(RulesTab::Conflicts));
                    ui.close();
                }
            });
            if ui
                .add_enabled(self.job.is_none(), egui::Button::new("Re-index"))
                .on_hover_text("Index the folder again (F5)")
                .clicked()
            {
                commands.push(Command::Reindex);
            }
            ui.separator();
            if ui
                .add_enabled(self.ws.is_some(), egui::Button::new("🔍 Search"))
                .on_hover_text("Go to a symbol (Ctrl+P / Ctrl+K)")
                .clicked()
            {
                self.palette.open();
            }
            ui.separator();
            for view in View::ALL {
                if ui
                    .selectable_label(self.view == view, view.label())
                    .clicked()
                    && self.view != view
                {
                    self.view = view;
                    self.history.replace(Nav {
                        active: self.active,
                        place: self.place,
                        view,
                    });
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // Icons only on the right, so six view tabs fit a 1440-point window.
                let (theme, hover) = if self.settings.dark_mode {
                    ("☀", "Light theme")
                } else {
                    ("🌙", "Dark theme")
                };
                if ui.button(theme).on_hover_text(hover).clicked() {
                    self.settings.dark_mode = !self.settings.dark_mode;
                }
                if ui
                    .button("Settings")
                    .on_hover_text("Project settings")
                    .clicked()
                {
                    self.open_settings();
                }
                if ui
                    .button("★")
                    .on_hover_text("Bookmarks with notes (Ctrl+D adds one)")
                    .clicked()
                {
                    self.bookmarks_open = !self.bookmarks_open;
                }
                ui.toggle_value(&mut self.settings.show_impact, "Impact")
                    .on_hover_text("Show the impact and lineage panel");
                ui.toggle_value(&mut self.settings.show_layout, "Layout")
                    .on_hover_text("Show the record layout of the active data item");
                ui.toggle_value(&mut self.settings.show_explorer, "Explorer")
                    .on_hover_text("Show the Explorer");
            });
        });
    }

    fn open_settings(&mut self) {
        let s = &self.project_settings;
        self.settings_draft = SettingsDraft {
            copybook_folders: s.copybook_folders.join("\n"),
            source_format: s.source_format.clone().unwrap_or_default(),
            excluded: s.excluded.join("\n"),
            annotations: s.annotations.clone().unwrap_or_default(),
            include_vendored: s.include_vendored,
            system_services: s.system_services.join("\n"),
        };
        self.settings_open = true;
    }

    fn status_bar(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            if let Some(job) = &self.job {
                if let JobStatus::Running {
                    done,
                    total,
                    current,
                } = job.status_peek()
                {
                    let fraction = if total == 0 {
                        0.0
                    } else {
                        done as f32 / total as f32
                    };
                    ui.add(
                        egui::ProgressBar::new(fraction)
                            .desired_width(260.0)
                            .text(format!("{done} / {total} files")),
                    );
                    ui.label(current);
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::Cancel);
                }
            } else if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            } else {
                ui.label(&self.status);
            }
            if let Some(e) = &self.settings_error {
                ui.colored_label(ui.visuals().warn_fg_color, e);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if let Some(ws) = &self.ws {
                    let inv = &ws.inventory;
                    ui.label(
                        egui::RichText::new(format!(
                            "{} files · {} lines · {} symbols · {} diagnostics",
                            inv.total.files,
                            inv.total.lines,
                            ws.model.symbols.len(),
                            ws.model.diagnostics.len()
                        ))
                        .weak(),
                    );
                }
                if self.rules.is_dirty() {
                    ui.colored_label(ui.visuals().warn_fg_color, "• unsaved rules");
                }
            });
        });
    }

    /// The centre when no project is loaded: indexing progress, or how to start.
    fn start_page(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            ui.heading("LegacyLens");
            ui.label("Recover the business logic of COBOL, JCL, Java and SQL estates.");
            ui.add_space(16.0);
            if self.job.is_some() {
                ui.spinner();
                ui.label(format!("Indexing {}…", self.project.display()));
                return;
            }
            if ui.button("Open a folder…").clicked() {
                commands.push(Command::ChooseFolder);
            }
            if let Some(sample) = bundled_sample()
                && ui.button("Open the bundled sample").clicked()
            {
                commands.push(Command::Open(sample));
            }
            if !self.settings.recent_projects.is_empty() {
                ui.add_space(12.0);
                ui.strong("Recent projects");
                for p in self.settings.recent_projects.clone() {
                    if ui.link(p.display().to_string()).clicked() {
                        commands.push(Command::Open(p));
                    }
                }
            }
        });
    }

    fn settings_window(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let mut open = self.settings_open;
        egui::Window::new("Project settings")
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width(460.0)
            .show(ctx, |ui| {
                ui.label(
                    egui::RichText::new(format!(
                        "Saved with the project in {}",
                        ProjectSettings::path(&self.project).display()
                    ))
                    .weak(),
                );
                let d = &mut self.settings_draft;
                egui::Grid::new("project_settings")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        ui.label("Copybook folders")
                            .on_hover_text("One folder per line, relative to the project; searched before the usual places");
                        ui.add(
                            egui::TextEdit::multiline(&mut d.copybook_folders)
                                .desired_rows(3)
                                .hint_text("copy\ncopylib"),
                        );
                        ui.end_row();
                        let format_label = ui.label("COBOL source format");
                        egui::ComboBox::from_id_salt("source_format")
                            .selected_text(if d.source_format.is_empty() {
                                "detect per file"
                            } else {
                                d.source_format.as_str()
                            })
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut d.source_format, String::new(), "detect per file");
                                for f in SOURCE_FORMATS {
                                    ui.selectable_value(&mut d.source_format, f.to_string(), f);
                                }
                            })
                            .response
                            .labelled_by(format_label.id);
                        ui.end_row();
                        ui.label("Excluded paths")
                            .on_hover_text("Files or folders left out of indexing, one per line");
                        ui.add(
                            egui::TextEdit::multiline(&mut d.excluded)
                                .desired_rows(3)
                                .hint_text("archive/\nold/BACKUP.cbl"),
                        );
                        ui.end_row();
                        ui.label("Annotation file");
                        ui.add(
                            egui::TextEdit::singleline(&mut d.annotations)
                                .hint_text("legacylens-rules.json"),
                        );
                        ui.end_row();
                        ui.label("Vendored code")
                            .on_hover_text("Third-party libraries copied into the source tree (marked \"vendored\" in the Explorer)");
                        ui.checkbox(&mut d.include_vendored, "Mine rules in vendored code too");
                        ui.end_row();
                        ui.label("System services")
                            .on_hover_text(format!(
                                "Routines and utilities outside the project, shown as kind `system` and never as unresolved. Built in: {}",
                                crate::cobol::system_services::SystemServices::default()
                                    .describe()
                                    .join(", ")
                            ));
                        ui.add(
                            egui::TextEdit::multiline(&mut d.system_services)
                                .desired_rows(2)
                                .hint_text("one per line: XYZLOG, or a prefix ACME*"),
                        );
                        ui.end_row();
                        ui.label("Never indexed")
                            .on_hover_text("LegacyLens's own files in the project");
                        ui.vertical(|ui| {
                            for f in self.project_settings.own_files(&self.project) {
                                ui.label(egui::RichText::new(f).weak().monospace());
                            }
                        });
                        ui.end_row();
                    });
                ui.horizontal(|ui| {
                    if ui.button("Save and re-index").clicked() {
                        commands.push(Command::SaveSettings);
                    }
                });
                if let Some(e) = &self.settings_error {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
            });
        self.settings_open &= open;
    }

    fn bookmarks_window(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let mut open = self.bookmarks_open;
        let mut changed = false;
        let mut remove = None;
        egui::Window::new("Bookmarks")
            .open(&mut open)
            .default_width(420.0)
            .show(ctx, |ui| {
                if self.project_settings.bookmarks.is_empty() {
                    ui.label("No bookmarks yet. Press Ctrl+D in the code to bookmark a place.");
                }
                if ui
                    .add_enabled(
                        self.place.is_some(),
                        egui::Button::new("Bookmark this place"),
                    )
                    .clicked()
                {
                    self.add_bookmark_later = true;
                }
                let ws = self.ws.clone();
                for (i, b) in self.project_settings.bookmarks.iter_mut().enumerate() {
                    ui.separator();
                    ui.horizontal(|ui| {
                        let title = b
                            .symbol
                            .clone()
                            .unwrap_or_else(|| format!("{}:{}", b.path, b.line));
                        if ui
                            .link(&title)
                            .on_hover_text(format!("{}:{}", b.path, b.line))
                            .clicked()
                            && let Some(ws) = &ws
                            && let Some(f) = ws.model.files.iter().find(|f| f.path == b.path)
                        {
                            actions.push(Action::OpenAt(Place {
                                file: f.id,
                                line: b.line,
                            }));
                        }
                        if ui.small_button("Remove").clicked() {
                            remove = Some(i);
                        }
                    });
                    let note = ui.add(
                        egui::TextEdit::multiline(&mut b.note)
                            .desired_rows(1)
                            .desired_width(f32::INFINITY)
                            .hint_text("Note"),
                    );
                    changed |= note.lost_focus();
                }
            });
        if let Some(i) = remove {
            self.project_settings.bookmarks.remove(i);
            changed = true;
        }
        if changed {
            self.save_bookmarks();
        }
        self.bookmarks_open &= open;
    }

    /// Stops the window from closing while annotations are unsaved, and asks what to do.
    fn close_prompt(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.rules.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.close_prompt = true;
        }
        if !self.close_prompt {
            return;
        }
        match self.close_dialog.show(ctx, &mut self.rules) {
            Some(CloseChoice::Close) => {
                self.close_prompt = false;
                self.allow_close = true;
                match self.pending_open.take() {
                    Some(path) => {
                        self.allow_close = false;
                        self.open_project(path, ctx);
                    }
                    None => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                }
            }
            Some(CloseChoice::Stay) => {
                self.close_prompt = false;
                self.pending_open = None;
            }
            None => {}
        }
    }
}

/// The bundled `sample_repos/` folder, when this build can find it.
pub fn bundled_sample() -> Option<PathBuf> {
    let candidates = [
        Some(PathBuf::from("sample_repos")),
        Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_dir())
}

impl eframe::App for LegacyLensApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_job();
        self.rewording.poll(&mut self.ws, &mut self.rules, ctx);
        ctx.set_theme(if self.settings.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        let now = std::time::Instant::now();
        if let Some(message) = self.rules.tick(now) {
            self.status = message;
        }
        if let Some(wait) = self.rules.next_autosave_in(now) {
            ctx.request_repaint_after(wait);
        }
        self.close_prompt(ctx);
        screenshot::tick(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        if !self.palette.is_open() && !self.glossary_view.dialog_open() {
            self.handle_keys(&ctx, &mut commands);
        }
        // Panels leave their background to the window's clear colour (the same panel fill):
        // one full-window pass less for software GL, which rasterises every pixel on the CPU.
        let style = ui.style().clone();
        let side = egui::Frame::side_top_panel(&style).fill(egui::Color32::TRANSPARENT);
        let central = egui::Frame::central_panel(&style).fill(egui::Color32::TRANSPARENT);
        egui::Panel::top("top_bar")
            .frame(side)
            .show(ui, |ui| self.top_bar(ui, &mut commands));
        egui::Panel::bottom("status_bar")
            .frame(side)
            .show(ui, |ui| self.status_bar(ui, &mut commands));
        let mut actions = Vec::new();
        if let Some(ws) = self.ws.clone() {
            let impact = self.impact.as_ref();
            let mut cx = Cx {
                ws: &ws,
                rules: &mut self.rules,
                active: self.active,
                place: self.place,
                impact,
                actions: &mut actions,
            };
            if self.settings.show_explorer {
                egui::Panel::left("explorer")
                    .frame(side)
                    .resizable(true)
                    .default_size(280.0)
                    .min_size(180.0)
                    .show(ui, |ui| self.explorer.ui(ui, &mut cx));
            }
            if self.settings.show_impact {
                egui::Panel::right("impact")
                    .frame(side)
                    .resizable(true)
                    .default_size(340.0)
                    .min_size(220.0)
                    .show(ui, |ui| self.impact_panel.ui(ui, &mut cx));
            }
            if self.settings.show_layout {
                egui::Panel::bottom("layout")
                    .frame(side)
                    .resizable(true)
                    .default_size(260.0)
                    .min_size(120.0)
                    .show(ui, |ui| self.layout_panel.ui(ui, &mut cx));
            }
            if self.settings.show_screens && self.view == View::Code {
                egui::Panel::right("screens")
                    .frame(side)
                    .resizable(true)
                    .default_size(460.0)
                    .min_size(240.0)
                    .show(ui, |ui| self.screens.ui(ui, &mut cx, true));
            }
            egui::CentralPanel::default_margins()
                .frame(central)
                .show(ui, |ui| match self.view {
                    View::Overview => self.overview.ui(ui, &mut cx),
                    View::Code => self.code.ui(ui, &mut cx),
                    View::Graph => self.graph.ui(ui, &mut cx),
                    View::Rules => {
                        let current = cx.rules.user();
                        Self::name_prompt(
                            &self.settings,
                            &mut self.name_draft,
                            &current,
                            ui,
                            &mut commands,
                        );
                        self.rules_view.ui(ui, &mut cx)
                    }
                    View::Screens => self.screens.ui(ui, &mut cx, false),
                    View::Glossary => self.glossary_view.ui(ui, &mut cx),
                });
            self.palette.ui(&ctx, &mut cx);
            self.glossary_view.dialog(&ctx, &mut cx);
        } else {
            egui::CentralPanel::default_margins()
                .frame(central)
                .show(ui, |ui| self.start_page(ui, &mut commands));
        }
        self.settings_window(&ctx, &mut commands);
        self.bookmarks_window(&ctx, &mut actions);
        if std::mem::take(&mut self.add_bookmark_later) {
            commands.push(Command::AddBookmark);
        }
        for action in actions {
            self.apply_action(action);
        }
        for command in commands {
            self.apply(command, &ctx);
        }
        self.settings.view = self.view;
        if self.job.is_none() {
            self.remember_place();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // Unattended runs (screenshots, benchmarks) leave the user's settings alone.
        if self.start.screenshot.is_some() || self.start.frame_bench.is_some() {
            return;
        }
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn auto_save_interval(&self) -> Duration {
        Duration::from_secs(30)
    }
}

/// Opens the window on `project` (default: the last project, else the bundled sample) and
/// runs until it is closed.
pub fn run(project: Option<PathBuf>, start: StartOptions) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("LegacyLens")
            .with_inner_size(start.window_size.unwrap_or([1440.0, 900.0])),
        persist_window: start.screenshot.is_none() && start.frame_bench.is_none(),
        // Dithering runs per pixel in the fragment shader; with software GL (laptops without
        // a GPU driver, VMs, Xvfb) it costs a fifth of the frame and buys nothing on flat UI.
        dithering: false,
        glow_options: eframe::egui_glow::GlowConfiguration {
            vsync: start.frame_bench.is_none(),
            ..Default::default()
        },
        ..Default::default()
    };
    eframe::run_native(
        "LegacyLens",
        options,
        Box::new(move |cc| {
            let ephemeral = start.screenshot.is_some() || start.frame_bench.is_some();
            let settings: Settings = if ephemeral {
                Settings::default()
            } else {
                cc.storage
                    .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                    .unwrap_or_default()
            };
            let project = project
                .or_else(|| settings.last_project.clone().filter(|p| p.is_dir()))
                .or_else(bundled_sample)
                .unwrap_or_else(|| PathBuf::from("sample_repos"));
            Ok(Box::new(LegacyLensApp::with_options(
                project,
                settings,
                start,
                &cc.egui_ctx,
            )))
        }),
    )
}

/// The status line after indexing: files and times, and the rule candidates once mined.
fn indexed_status(ws: &Workspace) -> String {
    if let Some(e) = ws.mining_error() {
        return format!("Rule mining failed with an internal error: {e}");
    }
    let rules = match ws.mining_ms() {
        Some(ms) => format!("; {} rule candidates in {ms:.0} ms", ws.candidates().len()),
        None => "; mining rules…".to_string(),
    };
    format!(
        "Indexed {} files in {:.0} ms; graphs in {:.0} ms{rules}",
        ws.model.files.len(),
        ws.model.stats.total_ms,
        ws.build_ms
    )
}
