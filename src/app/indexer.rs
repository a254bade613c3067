//! Indexing on a background thread: progress shared with the UI, cancellation, and the
//! finished [`Workspace`] (model, graphs, candidates) handed back through a channel. The UI
//! thread never blocks on it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use eframe::egui;

use crate::explore::Workspace;
use crate::index::{IndexOptions, index_project};

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
    Finished(Result<Box<Workspace>, String>),
}

pub struct IndexJob {
    progress: Arc<Progress>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<Workspace, String>>,
}

impl IndexJob {
    pub fn start(root: PathBuf, mut options: IndexOptions, ctx: egui::Context) -> IndexJob {
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
                let result = index_project(&root, &options)
                    .map_err(|e| e.to_string())
                    .map(|model| {
                        if let Ok(mut c) = stage.current.lock() {
                            *c = "building graphs and mining rules…".into();
                        }
                        ctx.request_repaint();
                        Workspace::build(model)
                    });
                let _ = tx.send(result);
                ctx.request_repaint();
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
            Ok(result) => JobStatus::Finished(result.map(Box::new)),
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
