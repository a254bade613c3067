//! Indexing on a background thread: progress shared with the UI, cancellation, and the
//! finished [`Workspace`] (model, graphs, search) handed back through a channel; the same
//! thread then mines the rule candidates into it. The UI thread never blocks on either.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use eframe::egui;

use crate::explore::Workspace;
use crate::index::{IndexOptions, index_project};
use crate::rules::mine::MineOptions;

#[derive(Default)]
struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    current: Mutex<String>,
}

pub enum JobStatus {
    Running {
        done: usize,
        total: usize,
        current: String,
    },
    Finished(Result<Arc<Workspace>, String>),
}

pub struct IndexJob {
    progress: Arc<Progress>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<Arc<Workspace>, String>>,
}

impl IndexJob {
    pub fn start(
        root: PathBuf,
        mut options: IndexOptions,
        mine_options: MineOptions,
        ctx: egui::Context,
    ) -> IndexJob {
        let progress = Arc::new(Progress::default());
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        options.progress = Some({
            let progress = progress.clone();
            let ctx = ctx.clone();
            Arc::new(move |done, total, current: &str| {
                progress.done.store(done, Ordering::Relaxed);
                progress.total.store(total, Ordering::Relaxed);
                if let Ok(mut c) = progress.current.try_lock() {
                    c.clear();
                    c.push_str(current);
                }
                // Ten progress frames a second are plenty; painting every file would take
                // CPU from indexing (a whole core with software GL).
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            })
        });
        options.cancel = Some(cancel.clone());
        let stage = progress.clone();
        std::thread::Builder::new()
            .name("legacylens-index".into())
            .spawn(move || {
                // A panic (a bug) fails this job with a message for the status bar; the
                // window stays up and the previous workspace, if any, stays shown.
                let result = crate::panic_guard::catch(|| {
                    let name = root
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    crate::panic_guard::debug_panic_point("workspace", &name);
                    index_project(&root, &options)
                        .map_err(|e| e.to_string())
                        .map(|model| {
                            if let Ok(mut c) = stage.current.lock() {
                                *c = "building graphs…".into();
                            }
                            ctx.request_repaint();
                            let mut ws = Workspace::build_without_rules(model);
                            ws.mine_options = mine_options;
                            Arc::new(ws)
                        })
                })
                .unwrap_or_else(|msg| {
                    Err(format!(
                        "indexing failed with an internal error (please report it): {msg}"
                    ))
                });
                // The window shows the workspace at once; the rule queue fills when mining
                // ends (the shell watches `Workspace::rules_mined`).
                let ws = result.as_ref().ok().cloned();
                let _ = tx.send(result);
                ctx.request_repaint();
                if let Some(ws) = ws {
                    ws.mine_rules();
                    ctx.request_repaint();
                }
            })
            .expect("spawning the indexing thread");
        IndexJob {
            progress,
            cancel,
            result: rx,
        }
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Takes the result if indexing finished.
    pub fn status(&self) -> JobStatus {
        match self.result.try_recv() {
            Ok(result) => JobStatus::Finished(result),
            Err(TryRecvError::Empty) => self.status_peek(),
            Err(TryRecvError::Disconnected) => {
                JobStatus::Finished(Err("the indexing thread stopped unexpectedly".into()))
            }
        }
    }

    /// Progress so far, without taking a finished result.
    pub fn status_peek(&self) -> JobStatus {
        JobStatus::Running {
            done: self.progress.done.load(Ordering::Relaxed),
            total: self.progress.total.load(Ordering::Relaxed),
            current: self
                .progress
                .current
                .lock()
                .map(|c| c.clone())
                .unwrap_or_default(),
        }
    }
}
