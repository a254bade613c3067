//! Indexing on a background thread: progress shared with the UI, cancellation, and the result
//! handed back through a channel. The UI thread never blocks on it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};

use eframe::egui;

use crate::index::{IndexOptions, index_project};
use crate::model::Model;

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
    /// Boxed: a `Model` is much larger than the progress figures.
    Finished(Box<Result<Model, String>>),
}

pub struct IndexJob {
    progress: Arc<Progress>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<Model, String>>,
}

impl IndexJob {
    pub fn start(root: PathBuf, ctx: egui::Context) -> IndexJob {
        let progress = Arc::new(Progress::default());
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        let options = IndexOptions {
            progress: Some({
                let progress = progress.clone();
                let ctx = ctx.clone();
                Arc::new(move |done, total, current: &str| {
                    progress.done.store(done, Ordering::Relaxed);
                    progress.total.store(total, Ordering::Relaxed);
                    if let Ok(mut c) = progress.current.try_lock() {
                        c.clear();
                        c.push_str(current);
                    }
                    ctx.request_repaint();
                })
            }),
            cancel: Some(cancel.clone()),
            ..IndexOptions::default()
        };
        std::thread::Builder::new()
            .name("legacylens-index".into())
            .spawn(move || {
                let result = index_project(&root, &options).map_err(|e| e.to_string());
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
            Ok(result) => JobStatus::Finished(Box::new(result)),
            Err(TryRecvError::Empty) => self.status_peek(),
            Err(TryRecvError::Disconnected) => JobStatus::Finished(Box::new(Err(
                "the indexing thread stopped unexpectedly".into(),
            ))),
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
