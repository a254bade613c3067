//! Everything the app shows about one indexed project, built once on the indexing thread:
//! the model, the four project graphs plus the combined impact graph (all frozen for fast
//! walks), the inventory, the mined rule candidates and the business/technical class of every
//! data item. Views only read it.

use std::sync::OnceLock;
use std::time::Instant;

use crate::graphs::batch::{self, BatchFlow};
use crate::graphs::graph::ProjectGraph;
use crate::graphs::{build, impact};
use crate::model::{FileId, Model, SymbolId, SymbolKind};
use crate::report::Inventory;
use crate::rules::classify::{self, DataClassification};
use crate::rules::mine::{self, Candidate, MineOptions};
use crate::rules::record::TermRecord;

use super::fuzzy::SymbolSearch;
use super::overview::Overview;

/// Which project graph a view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum GraphKind {
    Calls,
    Control,
    DataFlow,
    Resources,
    /// The job flow: jobs → steps → programs → datasets → the next jobs, in run order.
    Batch,
    /// The combined graph impact and lineage walk (data flows, readers, writers, callers).
    Impact,
}

impl GraphKind {
    /// The graphs a user picks from (the impact graph is shown through the impact panel).
    pub const PICKABLE: [GraphKind; 5] = [
        GraphKind::Calls,
        GraphKind::Control,
        GraphKind::DataFlow,
        GraphKind::Resources,
        GraphKind::Batch,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GraphKind::Calls => "Calls",
            GraphKind::Control => "Control",
            GraphKind::DataFlow => "Data flow",
            GraphKind::Resources => "Resources",
            GraphKind::Batch => "Batch",
            GraphKind::Impact => "Impact",
        }
    }
}

/// The project graphs, frozen.
#[derive(Debug, Default)]
pub struct Graphs {
    pub calls: ProjectGraph,
    pub control: ProjectGraph,
    pub dataflow: ProjectGraph,
    pub resources: ProjectGraph,
    pub batch: ProjectGraph,
    pub impact: ProjectGraph,
    /// The job flow the batch graph draws (jobs in run order, dataset users).
    pub batch_flow: BatchFlow,
}

impl Graphs {
    pub fn build(model: &Model) -> Graphs {
        let mut calls = build::calls(model);
        let mut control = build::control(model);
        let mut dataflow = build::dataflow(model);
        let mut resources = build::resources(model);
        let mut impact = impact::impact_graph(model, &dataflow, &calls);
        let batch_flow = batch::batch_flow(model);
        let mut batch = batch::batch_graph(model, &batch_flow);
        for g in [
            &mut calls,
            &mut control,
            &mut dataflow,
            &mut resources,
            &mut batch,
            &mut impact,
        ] {
            g.freeze();
        }
        Graphs {
            calls,
            control,
            dataflow,
            resources,
            batch,
            impact,
            batch_flow,
        }
    }

    pub fn get(&self, kind: GraphKind) -> &ProjectGraph {
        match kind {
            GraphKind::Calls => &self.calls,
            GraphKind::Control => &self.control,
            GraphKind::DataFlow => &self.dataflow,
            GraphKind::Resources => &self.resources,
            GraphKind::Batch => &self.batch,
            GraphKind::Impact => &self.impact,
        }
    }
}

/// One procedure in a file's outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineEntry {
    pub symbol: SymbolId,
    pub name: String,
    /// 0: section (or paragraph outside sections); 1: paragraph of a section.
    pub depth: u8,
    /// Where its name is.
    pub line: u32,
}

/// An indexed project ready to explore.
#[derive(Debug)]
pub struct Workspace {
    pub model: Model,
    pub graphs: Graphs,
    pub inventory: Inventory,
    /// Mined rule candidates, best first, with the milliseconds mining took; set once, after
    /// the workspace is shown (see [`Workspace::mine_rules`]).
    mined: OnceLock<(Vec<Candidate>, f64)>,
    /// Why mining failed (an internal error), if it did; the queue is then empty.
    mining_error: OnceLock<String>,
    /// Business, technical or neutral: every COBOL data item, condition-name and Java field
    /// (shown on hover).
    pub data_classes: DataClassification,
    /// Fuzzy search over every symbol.
    pub search: SymbolSearch,
    /// The start page (without rule triage, which follows the rule book).
    pub overview: Overview,
    /// Symbols of each file, ordered by span start (outer before inner on ties), for
    /// [`Workspace::symbol_at`].
    by_file: Vec<Vec<SymbolId>>,
    /// Milliseconds spent building graphs, data classes and search after indexing.
    pub build_ms: f64,
    /// What mining covers (a project setting: vendored code or not).
    pub mine_options: MineOptions,
}

impl Workspace {
    /// Builds graphs, inventory, data classes and the search index over an indexed model,
    /// and mines the rule candidates.
    pub fn build(model: Model) -> Workspace {
        let ws = Workspace::build_without_rules(model);
        ws.mine_rules();
        ws
    }

    /// Everything but the rule candidates: what the window needs to show the project. The
    /// app mines afterwards, on the indexing thread, and the queue fills when it is done.
    pub fn build_without_rules(model: Model) -> Workspace {
        let started = Instant::now();
        let graphs = Graphs::build(&model);
        let inventory = Inventory::of(&model);
        let data_classes = classify::classify(&model);
        let search = SymbolSearch::new(&model);
        let overview = Overview::of(&model, &graphs.calls, &graphs.batch_flow);
        let mut by_file: Vec<Vec<SymbolId>> = vec![Vec::new(); model.files.len()];
        for s in &model.symbols {
            if let Some(span) = s.span {
                by_file[span.file.index()].push(s.id);
            }
        }
        for list in &mut by_file {
            list.sort_by_key(|&id| {
                let span = model.symbol(id).span.expect("symbols with spans only");
                (span.start, std::cmp::Reverse(span.end))
            });
        }
        Workspace {
            model,
            graphs,
            inventory,
            mined: OnceLock::new(),
            mining_error: OnceLock::new(),
            data_classes,
            search,
            overview,
            by_file,
            build_ms: started.elapsed().as_secs_f64() * 1e3,
            mine_options: MineOptions::default(),
        }
    }

    /// Mines the rule candidates, once (later calls do nothing). Takes `&self`, so the
    /// indexing thread can mine while the window already shows the workspace.
    pub fn mine_rules(&self) {
        if self.mined.get().is_some() {
            return;
        }
        let started = Instant::now();
        // A panic while mining (a bug) leaves the queue empty with a message, not waiting.
        let candidates = crate::panic_guard::catch(|| {
            let name = self
                .model
                .root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            crate::panic_guard::debug_panic_point("mine", &name);
            mine::mine_configured(
                &self.model,
                Some(&self.data_classes),
                &crate::rules::annotations::now_rfc3339(),
                self.mine_options,
            )
        })
        .unwrap_or_else(|msg| {
            let _ = self.mining_error.set(msg);
            Vec::new()
        });
        let _ = self
            .mined
            .set((candidates, started.elapsed().as_secs_f64() * 1e3));
    }

    /// The candidates mined again reading data through `terms` (the glossary); the same ids
    /// and order as [`Workspace::candidates`], other words. Runs on the caller's thread.
    pub fn mine_with_terms(&self, terms: &[TermRecord]) -> Vec<Candidate> {
        crate::panic_guard::catch(|| {
            mine::mine_with_terms(
                &self.model,
                Some(&self.data_classes),
                &crate::rules::annotations::now_rfc3339(),
                self.mine_options,
                terms,
            )
        })
        .unwrap_or_default()
    }

    /// Replaces the mined candidates (by a re-wording after the glossary changed).
    pub fn replace_candidates(&mut self, candidates: Vec<Candidate>) {
        let ms = self.mining_ms().unwrap_or(0.0);
        self.mined = OnceLock::from((candidates, ms));
    }

    /// The mined candidates, best first (none while mining runs).
    pub fn candidates(&self) -> &[Candidate] {
        self.mined.get().map_or(&[], |(c, _)| c.as_slice())
    }

    /// The internal error that stopped mining, if one did.
    pub fn mining_error(&self) -> Option<&str> {
        self.mining_error.get().map(String::as_str)
    }

    /// Whether mining has finished.
    pub fn rules_mined(&self) -> bool {
        self.mined.get().is_some()
    }

    /// Milliseconds mining took, once it has finished.
    pub fn mining_ms(&self) -> Option<f64> {
        self.mined.get().map(|(_, ms)| *ms)
    }

    /// Symbols defined in a file, by span start.
    pub fn symbols_in(&self, file: FileId) -> &[SymbolId] {
        self.by_file.get(file.index()).map_or(&[], Vec::as_slice)
    }

    /// The innermost symbol whose span contains `line` of `file`, preferring procedures,
    /// methods and programs over data items when they nest (a data item never encloses a
    /// statement line).
    pub fn symbol_at(&self, file: FileId, line: u32) -> Option<SymbolId> {
        let mut best: Option<(SymbolId, u32)> = None;
        for &id in self.symbols_in(file) {
            let span = self.model.symbol(id).span?;
            if span.line > line {
                break;
            }
            if span.end_line >= line {
                let size = span.end_line - span.line;
                if best.is_none_or(|(_, s)| size <= s) {
                    best = Some((id, size));
                }
            }
        }
        best.map(|(id, _)| id)
    }

    /// The sections and paragraphs defined in a file, in line order: the code view's
    /// outline. Depth 0 for sections and for paragraphs outside any section, 1 for a
    /// section's paragraphs.
    pub fn outline(&self, file: FileId) -> Vec<OutlineEntry> {
        let model = &self.model;
        self.symbols_in(file)
            .iter()
            .filter_map(|&id| {
                let s = model.symbol(id);
                let depth = match s.kind {
                    SymbolKind::Section => 0,
                    SymbolKind::Paragraph => u8::from(
                        s.parent
                            .is_some_and(|p| model.symbol(p).kind == SymbolKind::Section),
                    ),
                    _ => return None,
                };
                let (_, line) = self.location(id)?;
                Some(OutlineEntry {
                    symbol: id,
                    name: s.name.clone(),
                    depth,
                    line,
                })
            })
            .collect()
    }

    /// The file and line where a symbol is shown: its name, else its span.
    pub fn location(&self, id: SymbolId) -> Option<(FileId, u32)> {
        let s = self.model.symbol(id);
        s.name_span.or(s.span).map(|span| (span.file, span.line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_lists_sections_then_their_paragraphs_in_line_order() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos/benefits");
        let model = crate::index::index_path(root).expect("sample indexes");
        let ws = Workspace::build_without_rules(model);
        let program = ws.model.symbol_named("PAYCALC").expect("PAYCALC");
        let (file, _) = ws.location(program).expect("defined");
        let outline = ws.outline(file);
        assert!(outline.len() > 5, "{outline:?}");
        assert!(outline.windows(2).all(|w| w[0].line <= w[1].line));
        assert!(outline.iter().all(|e| {
            let kind = ws.model.symbol(e.symbol).kind;
            kind == SymbolKind::Section || kind == SymbolKind::Paragraph
        }));
        assert!(outline.iter().any(|e| e.name == "6000-WEEKLY-AMOUNT"));
    }

    #[test]
    fn the_workspace_is_usable_before_rules_are_mined() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos/benefits");
        let model = crate::index::index_path(root).expect("sample indexes");
        let ws = std::sync::Arc::new(Workspace::build_without_rules(model));
        assert!(!ws.rules_mined());
        assert!(ws.candidates().is_empty());
        assert!(ws.mining_ms().is_none());
        assert!(!ws.search.search("paycalc", &|_| true, 5).is_empty());
        // Another thread mines into the shared workspace, as the app's indexer does.
        let shared = ws.clone();
        std::thread::spawn(move || shared.mine_rules())
            .join()
            .unwrap();
        assert!(ws.rules_mined());
        let first = ws.candidates().len();
        assert!(first > 100);
        ws.mine_rules();
        assert_eq!(ws.candidates().len(), first, "mining happens once");
    }
}
