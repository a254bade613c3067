//! Keeps the candidates worded with the glossary: when the terms of the open annotation file
//! change (a field named, a suggestion accepted, another file opened), the candidates are mined
//! again with the terms on a background thread, and the workspace's list is replaced when the
//! window holds the only reference to it. Ids and order do not change, only words.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use eframe::egui;

use crate::explore::Workspace;
use crate::explore::rulebook::RuleBook;
use crate::rules::mine::Candidate;
use crate::rules::record::TermRecord;

/// What of the terms changes the wording: id, term and what it names.
type TermsKey = Vec<(
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
)>;

fn key_of(terms: &[TermRecord]) -> TermsKey {
    terms
        .iter()
        .map(|t| {
            (
                t.id.clone(),
                t.term.clone(),
                t.item.clone(),
                t.copybook.clone(),
                t.field.clone(),
            )
        })
        .collect()
}

#[derive(Default)]
pub struct Rewording {
    /// The terms the workspace's candidates are worded with (none after mining).
    worded: TermsKey,
    /// Mining under way: for which terms, and the answer channel.
    job: Option<(TermsKey, Receiver<Vec<Candidate>>)>,
    /// Candidates mined, waiting for the workspace to be free to take them.
    ready: Option<(TermsKey, Vec<Candidate>)>,
}

impl Rewording {
    /// A new workspace: its candidates are worded without terms; earlier work is dropped.
    pub fn reset(&mut self) {
        *self = Rewording::default();
    }

    /// Whether the candidates are not yet worded with the book's terms.
    pub fn is_busy(&self, rules: &RuleBook) -> bool {
        self.job.is_some() || self.ready.is_some() || key_of(&rules.file().terms) != self.worded
    }

    /// Starts, collects and applies re-wordings; called once per frame before the panels.
    pub fn poll(
        &mut self,
        ws: &mut Option<Arc<Workspace>>,
        rules: &mut RuleBook,
        ctx: &egui::Context,
    ) {
        let Some(shared) = ws.as_mut() else {
            return;
        };
        if !shared.rules_mined() {
            return;
        }
        if let Some((key, rx)) = &self.job {
            match rx.try_recv() {
                Ok(candidates) => {
                    self.ready = Some((key.clone(), candidates));
                    self.job = None;
                }
                Err(TryRecvError::Empty) => {
                    ctx.request_repaint_after(Duration::from_millis(100));
                    return;
                }
                Err(TryRecvError::Disconnected) => self.job = None,
            }
        }
        if let Some((key, candidates)) = self.ready.take() {
            match Arc::get_mut(shared) {
                Some(workspace) => {
                    workspace.replace_candidates(candidates);
                    rules.refresh_pending(workspace);
                    self.worded = key;
                }
                None => {
                    // Another thread still holds the workspace for a moment; try again.
                    self.ready = Some((key, candidates));
                    ctx.request_repaint_after(Duration::from_millis(50));
                    return;
                }
            }
        }
        let wanted = key_of(&rules.file().terms);
        if wanted != self.worded {
            let terms = rules.file().terms.clone();
            let workspace = Arc::clone(shared);
            let (tx, rx) = mpsc::channel();
            let repaint = ctx.clone();
            std::thread::spawn(move || {
                let candidates = workspace.mine_with_terms(&terms);
                // Let go of the workspace before answering, so the window can take the list.
                drop(workspace);
                let _ = tx.send(candidates);
                repaint.request_repaint();
            });
            self.job = Some((wanted, rx));
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}
