//! The desktop app (eframe/egui). The only module that uses GUI types; it calls engine APIs
//! and never reaches into parsers.
//!
//! This first window opens a project folder, indexes it on a background thread with a progress
//! bar (cancellable), and shows the inventory: files by kind, symbols by kind, DB tables and
//! every diagnostic. Persisted UI state lives in [`Settings`]; runtime state beside it.

pub mod code_view;
pub mod cx;
pub mod graph_view;
mod indexer;
pub mod rules_view;

use std::path::PathBuf;

use eframe::egui;

use crate::model::{Model, Severity};
use crate::report::Inventory;
use indexer::{IndexJob, JobStatus};

/// UI state saved between runs.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent_projects: Vec<PathBuf>,
    pub dark_mode: bool,
}

/// What the user asked for during a frame; applied after the frame is drawn.
enum Command {
    Open(PathBuf),
    Reindex,
    Cancel,
    ChooseFolder,
}

pub struct LegacyLensApp {
    settings: Settings,
    project: PathBuf,
    path_field: String,
    job: Option<IndexJob>,
    model: Option<Model>,
    inventory: Option<Inventory>,
    error: Option<String>,
}

impl LegacyLensApp {
    /// Creates the app and starts indexing `project`.
    pub fn new(project: PathBuf, settings: Settings, ctx: &egui::Context) -> Self {
        let mut app = LegacyLensApp {
            settings,
            path_field: project.display().to_string(),
            project,
            job: None,
            model: None,
            inventory: None,
            error: None,
        };
        app.start_indexing(ctx);
        app
    }

    fn start_indexing(&mut self, ctx: &egui::Context) {
        if let Some(job) = self.job.take() {
            job.cancel();
        }
        self.error = None;
        self.job = Some(IndexJob::start(self.project.clone(), ctx.clone()));
        let recent = &mut self.settings.recent_projects;
        recent.retain(|p| p != &self.project);
        recent.insert(0, self.project.clone());
        recent.truncate(10);
    }

    /// The indexed model, once ready.
    pub fn model(&self) -> Option<&Model> {
        self.model.as_ref()
    }

    /// Whether a background indexing run is going on.
    pub fn is_indexing(&self) -> bool {
        self.job.is_some()
    }

    fn poll_job(&mut self) {
        let Some(job) = &self.job else {
            return;
        };
        match job.status() {
            JobStatus::Running { .. } => {}
            JobStatus::Finished(result) => {
                self.job = None;
                match result {
                    Ok(model) => {
                        self.inventory = Some(Inventory::of(&model));
                        self.model = Some(*model);
                    }
                    Err(message) => self.error = Some(message),
                }
            }
        }
    }

    fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Open(path) => {
                self.project = path;
                self.path_field = self.project.display().to_string();
                self.model = None;
                self.inventory = None;
                self.start_indexing(ctx);
            }
            Command::Reindex => self.start_indexing(ctx),
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
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            ui.heading("LegacyLens");
            ui.separator();
            ui.label("Project folder:");
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.path_field)
                    .desired_width(420.0)
                    .hint_text("path to a folder of legacy code"),
            );
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Open").clicked() || enter {
                commands.push(Command::Open(PathBuf::from(self.path_field.trim())));
            }
            if ui.button("Browse…").clicked() {
                commands.push(Command::ChooseFolder);
            }
            if ui
                .add_enabled(self.job.is_none(), egui::Button::new("Re-index"))
                .clicked()
            {
                commands.push(Command::Reindex);
            }
            let theme = if self.settings.dark_mode {
                "Light"
            } else {
                "Dark"
            };
            if ui.button(theme).clicked() {
                self.settings.dark_mode = !self.settings.dark_mode;
            }
        });
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
            } else if let Some(model) = &self.model {
                ui.label(format!(
                    "Indexed {} files in {:.0} ms",
                    model.files.len(),
                    model.stats.total_ms
                ));
            }
        });
    }

    fn inventory_view(&self, ui: &mut egui::Ui) {
        let (Some(model), Some(inv)) = (&self.model, &self.inventory) else {
            ui.centered_and_justified(|ui| {
                ui.label(if self.job.is_some() {
                    "Indexing…"
                } else {
                    "Open a folder of legacy code to begin."
                });
            });
            return;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading("Inventory");
            ui.label(format!(
                "{} files, {} lines, {:.1} MB",
                inv.total.files,
                inv.total.lines,
                inv.total.bytes as f64 / 1e6
            ));
            ui.columns(3, |cols| {
                cols[0].strong("Files by kind");
                egui::Grid::new("files_by_kind")
                    .striped(true)
                    .show(&mut cols[0], |ui| {
                        for (kind, t) in &inv.files_by_kind {
                            ui.label(kind.label());
                            ui.label(format!("{} files", t.files));
                            ui.label(format!("{} lines", t.lines));
                            ui.end_row();
                        }
                    });
                cols[1].strong("Symbols by kind");
                egui::Grid::new("symbols_by_kind")
                    .striped(true)
                    .show(&mut cols[1], |ui| {
                        for (kind, n) in &inv.symbols_by_kind {
                            ui.label(kind.label());
                            ui.label(n.to_string());
                            ui.end_row();
                        }
                    });
                cols[2].strong("DB tables");
                egui::Grid::new("tables")
                    .striped(true)
                    .show(&mut cols[2], |ui| {
                        for t in &inv.tables {
                            ui.label(&t.name);
                            ui.label(format!("{} reads", t.reads));
                            ui.label(format!("{} writes", t.writes));
                            ui.end_row();
                        }
                    });
            });
            ui.separator();
            ui.strong(format!("Diagnostics ({})", model.diagnostics.len()));
            egui::Grid::new("diagnostics").striped(true).show(ui, |ui| {
                for d in &model.diagnostics {
                    let color = match d.severity {
                        Severity::Error => ui.visuals().error_fg_color,
                        Severity::Warning => ui.visuals().warn_fg_color,
                        Severity::Info => ui.visuals().weak_text_color(),
                    };
                    ui.colored_label(color, d.severity.label());
                    let location = match d.line {
                        Some(line) => format!("{}:{line}", model.path_of(d.file)),
                        None => model.path_of(d.file).to_string(),
                    };
                    ui.monospace(location);
                    ui.label(&d.message);
                    ui.end_row();
                }
            });
        });
    }
}

impl eframe::App for LegacyLensApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_job();
        ctx.set_theme(if self.settings.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar(ui, &mut commands));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar(ui, &mut commands));
        egui::CentralPanel::default_margins().show(ui, |ui| self.inventory_view(ui));
        let ctx = ui.ctx().clone();
        for command in commands {
            self.apply(command, &ctx);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Opens the window on `project` and runs until it is closed.
pub fn run(project: PathBuf) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("LegacyLens")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "LegacyLens",
        options,
        Box::new(move |cc| {
            let settings: Settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            Ok(Box::new(LegacyLensApp::new(
                project,
                settings,
                &cc.egui_ctx,
            )))
        }),
    )
}
