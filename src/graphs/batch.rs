//! Batch flow: job → steps → programs → datasets, and which jobs feed which (a dataset one
//! job writes and another reads; GDG generations `X.Y(+1)` and `X.Y(0)` are the one dataset
//! `X.Y`, as the JCL front end registers them). Jobs come in run order (a job after the jobs
//! that write what it reads, else by name), steps in the order they are written. Load
//! libraries (`STEPLIB`, `JOBLIB`) are not data and are left out of reads.
//!
//! [`batch_graph`] is the same flow as a graph, left to right: job → first step → next step,
//! step → program (project programs; utilities such as SORT are left out), step → dataset it
//! writes, dataset → the job that reads it next (or the step, when no other job writes it).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use super::graph::{NodeKey, ProjectGraph, site};
use crate::model::{FlowEnd, FlowKind, Model, Namespace, RefKind, RefTarget, SymbolId, SymbolKind};

#[derive(Debug, Default, Serialize)]
pub struct BatchFlow {
    /// In run order.
    pub jobs: Vec<BatchJob>,
    /// (writer job, reader job, dataset), sorted.
    pub feeds: Vec<(String, String, String)>,
    /// Job names in run order.
    pub run_order: Vec<String>,
    /// Every dataset a step reads or writes, by name, with its writers and readers across
    /// jobs and the CICS files over it.
    pub datasets: Vec<BatchDataset>,
}

#[derive(Debug, Default, Serialize)]
pub struct BatchJob {
    pub name: String,
    /// In the order they are written (the order they run).
    pub steps: Vec<BatchStep>,
}

#[derive(Debug, Default, Serialize)]
pub struct BatchStep {
    pub name: String,
    pub site: String,
    /// Programs the step runs (project programs by name; utilities as written).
    pub programs: Vec<String>,
    pub reads: Vec<String>,
    pub writes: Vec<String>,
    #[serde(skip)]
    symbol: Option<SymbolId>,
}

/// Who writes and reads one dataset.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct BatchDataset {
    pub name: String,
    pub writers: Vec<StepUse>,
    pub readers: Vec<StepUse>,
    /// CICS files defined over the dataset (CSD `DSNAME`) and the programs using them.
    pub cics: Vec<CicsUse>,
}

/// A job step using a dataset.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct StepUse {
    pub job: String,
    /// `JOB.STEP` as the step symbol is named.
    pub step: String,
    pub programs: Vec<String>,
}

/// A CICS file (or TD queue) over a dataset, and the online programs that read or write it.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct CicsUse {
    pub file: String,
    pub readers: Vec<String>,
    pub writers: Vec<String>,
}

/// DD names of load libraries: where programs are loaded from, not data they use.
const LIBRARY_DDS: &[&str] = &["STEPLIB", "JOBLIB"];

pub fn batch_flow(model: &Model) -> BatchFlow {
    let mut jobs: BTreeMap<String, BTreeMap<String, BatchStep>> = BTreeMap::new();
    let job_of = |id| {
        std::iter::once(model.symbol(id))
            .chain(model.ancestors(id))
            .find(|s| s.kind == SymbolKind::JclJob)
            .map(|s| s.name.clone())
    };
    for s in &model.symbols {
        if s.kind == SymbolKind::JclJob {
            jobs.entry(s.name.clone()).or_default();
        }
    }
    let libraries = library_datasets(model);
    for r in &model.references {
        if model.symbol(r.from).kind != SymbolKind::JclStep {
            continue;
        }
        let Some(job) = job_of(r.from) else {
            continue;
        };
        let step_symbol = model.symbol(r.from);
        let step_name = step_symbol
            .qualified_name
            .strip_prefix(&format!("{job}."))
            .unwrap_or(&step_symbol.qualified_name)
            .to_string();
        let step = jobs
            .entry(job)
            .or_default()
            .entry(step_name.clone())
            .or_insert_with(|| BatchStep {
                name: step_name,
                site: site(model, step_symbol.span),
                symbol: Some(r.from),
                ..BatchStep::default()
            });
        let target = match &r.target {
            RefTarget::Symbol { id } => model.symbol(*id).qualified_name.clone(),
            RefTarget::External { name } | RefTarget::Unresolved { name } => name.clone(),
        };
        let list = match r.kind {
            RefKind::Executes => &mut step.programs,
            RefKind::Read => &mut step.reads,
            RefKind::Write => &mut step.writes,
            _ => continue,
        };
        if r.kind == RefKind::Read && libraries.contains(&target) {
            continue;
        }
        if !list.contains(&target) {
            list.push(target);
        }
    }
    let mut writers: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut readers: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (job, steps) in &jobs {
        for step in steps.values() {
            for d in &step.writes {
                writers.entry(d).or_default().insert(job);
            }
            for d in &step.reads {
                readers.entry(d).or_default().insert(job);
            }
        }
    }
    let mut feeds = BTreeSet::new();
    for (dataset, ws) in &writers {
        for r in readers.get(dataset).into_iter().flatten() {
            for w in ws {
                if w != r {
                    feeds.insert((w.to_string(), r.to_string(), dataset.to_string()));
                }
            }
        }
    }
    let run_order = run_order(jobs.keys().cloned().collect(), &feeds);
    let mut by_name: HashMap<String, Vec<BatchStep>> = jobs
        .into_iter()
        .map(|(name, steps)| {
            let mut steps: Vec<BatchStep> = steps.into_values().collect();
            // Written order: the order the steps run.
            steps.sort_by_key(|s| {
                s.symbol
                    .and_then(|id| model.symbol(id).span)
                    .map(|sp| (sp.file, sp.start))
            });
            (name, steps)
        })
        .collect();
    let jobs: Vec<BatchJob> = run_order
        .iter()
        .map(|name| BatchJob {
            name: name.clone(),
            steps: by_name.remove(name).unwrap_or_default(),
        })
        .collect();
    let datasets = dataset_uses(model, &jobs);
    BatchFlow {
        jobs,
        feeds: feeds.into_iter().collect(),
        run_order,
        datasets,
    }
}

/// The job symbol of a name.
pub fn job_symbol(model: &Model, name: &str) -> Option<SymbolId> {
    model
        .lookup(Namespace::Jcl, name)
        .filter(|&id| model.symbol(id).kind == SymbolKind::JclJob)
}

/// The dataset symbol of a name.
pub fn dataset_symbol(model: &Model, name: &str) -> Option<SymbolId> {
    model
        .lookup(Namespace::Jcl, name)
        .filter(|&id| model.symbol(id).kind == SymbolKind::Dataset)
}

/// Load libraries: datasets some `STEPLIB`/`JOBLIB` DD names (their concatenations
/// included: a library is one anywhere), and datasets named like load libraries.
pub fn library_datasets(model: &Model) -> HashSet<String> {
    let mut out: HashSet<String> = model
        .symbols
        .iter()
        .filter(|s| s.kind == SymbolKind::JclDd && LIBRARY_DDS.contains(&s.name.as_str()))
        .filter_map(|s| s.detail.as_deref().and_then(dd_dataset))
        .collect();
    for s in &model.symbols {
        let last = s.name.rsplit('.').next().unwrap_or_default();
        if s.kind == SymbolKind::Dataset
            && ["LOADLIB", "LINKLIB", "SDSNLOAD", "SCEERUN", "SCEELKED"].contains(&last)
        {
            out.insert(s.name.clone());
        }
    }
    out
}

/// The dataset a DD names (`DSN=X.Y(+1) DISP=…` → `X.Y`), as the JCL front end names it.
fn dd_dataset(detail: &str) -> Option<String> {
    let dsn = detail.strip_prefix("DSN=")?.split_whitespace().next()?;
    Some(gdg_base(dsn).to_string())
}

/// A GDG generation's base name: `X.Y(+1)`, `X.Y(0)`, `X.Y(-1)` → `X.Y`; a PDS member
/// (`X.Y(MEMBER)`) stays as written.
pub fn gdg_base(dsn: &str) -> &str {
    if let Some(open) = dsn.rfind('(')
        && let Some(inner) = dsn[open + 1..].strip_suffix(')')
    {
        let digits = inner.trim_start_matches(['+', '-']);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return &dsn[..open];
        }
    }
    dsn
}

/// Jobs in run order: each after the jobs that write a dataset it reads, else by name; jobs
/// in a feed cycle keep name order.
fn run_order(names: Vec<String>, feeds: &BTreeSet<(String, String, String)>) -> Vec<String> {
    let mut before: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (w, r, _) in feeds {
        before.entry(r.as_str()).or_default().insert(w.as_str());
    }
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::with_capacity(names.len());
    while out.len() < names.len() {
        let ready = names.iter().find(|n| {
            !done.contains(n.as_str())
                && before
                    .get(n.as_str())
                    .is_none_or(|ws| ws.iter().all(|w| done.contains(w)))
        });
        // A cycle: take the first job left.
        let next = ready.or_else(|| names.iter().find(|n| !done.contains(n.as_str())));
        let Some(next) = next else { break };
        done.insert(next.as_str());
        out.push(next.clone());
    }
    out
}

/// Writers and readers of every dataset the steps use, and the CICS files over each.
fn dataset_uses(model: &Model, jobs: &[BatchJob]) -> Vec<BatchDataset> {
    let mut out: BTreeMap<&str, BatchDataset> = BTreeMap::new();
    for job in jobs {
        for step in &job.steps {
            let used = StepUse {
                job: job.name.clone(),
                step: format!("{}.{}", job.name, step.name),
                programs: step.programs.clone(),
            };
            for (list, write) in [(&step.writes, true), (&step.reads, false)] {
                for d in list {
                    let entry = out.entry(d.as_str()).or_insert_with(|| BatchDataset {
                        name: d.clone(),
                        ..BatchDataset::default()
                    });
                    let uses = if write {
                        &mut entry.writers
                    } else {
                        &mut entry.readers
                    };
                    if !uses.contains(&used) {
                        uses.push(used.clone());
                    }
                }
            }
        }
    }
    for d in out.values_mut() {
        if let Some(id) = dataset_symbol(model, &d.name) {
            d.cics = cics_uses(model, id);
        }
    }
    out.into_values().collect()
}

/// The CICS files joined to a dataset by their CSD `DSNAME` (`dd-dataset` flows from the
/// dataset to a dataset symbol that a CSD defined) and the programs reading or writing them.
pub fn cics_uses(model: &Model, dataset: SymbolId) -> Vec<CicsUse> {
    let mut files: BTreeSet<SymbolId> = BTreeSet::new();
    for f in &model.flows {
        if f.kind != FlowKind::DdDataset || f.source != FlowEnd::symbol(dataset) {
            continue;
        }
        let FlowEnd::Symbol { id } = f.target else {
            continue;
        };
        let file = model.symbol(id);
        let from_csd = file
            .span
            .is_some_and(|sp| model.file(sp.file).kind == crate::model::FileKind::CicsCsd);
        if file.kind == SymbolKind::Dataset && from_csd {
            files.insert(id);
        }
    }
    files
        .into_iter()
        .map(|file| {
            let mut readers = BTreeSet::new();
            let mut writers = BTreeSet::new();
            for r in &model.references {
                if r.target != (RefTarget::Symbol { id: file }) {
                    continue;
                }
                let program = std::iter::once(model.symbol(r.from))
                    .chain(model.ancestors(r.from))
                    .find(|s| s.kind == SymbolKind::Program)
                    .map(|s| s.name.clone());
                let Some(program) = program else { continue };
                match r.kind {
                    RefKind::Read => {
                        readers.insert(program);
                    }
                    RefKind::Write | RefKind::Update | RefKind::Delete => {
                        writers.insert(program);
                    }
                    _ => {}
                }
            }
            CicsUse {
                file: model.symbol(file).name.clone(),
                readers: readers.into_iter().collect(),
                writers: writers.into_iter().collect(),
            }
        })
        .collect()
}

impl BatchFlow {
    /// Who writes and reads a dataset symbol; a CICS file stands for the dataset of its CSD
    /// `DSNAME`.
    pub fn usage_of(&self, model: &Model, symbol: SymbolId) -> Option<&BatchDataset> {
        let s = model.symbol(symbol);
        if s.kind != SymbolKind::Dataset {
            return None;
        }
        let find = |name: &str| self.datasets.iter().find(|d| d.name == name);
        find(&s.name).or_else(|| {
            model.flows.iter().find_map(|f| {
                if f.kind != FlowKind::DdDataset || f.source != FlowEnd::symbol(symbol) {
                    return None;
                }
                let FlowEnd::Symbol { id } = f.target else {
                    return None;
                };
                find(&model.symbol(id).name)
            })
        })
    }
}

/// The flow as a graph, left to right in run order (see the module comment). System
/// utilities are left out of the graph; other programs the project does not hold are
/// `external` nodes.
pub fn batch_graph(model: &Model, flow: &BatchFlow) -> ProjectGraph {
    let mut g = ProjectGraph::new("batch");
    let writer_jobs: HashMap<&str, BTreeSet<&str>> = {
        let mut m: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for d in &flow.datasets {
            m.insert(
                d.name.as_str(),
                d.writers.iter().map(|w| w.job.as_str()).collect(),
            );
        }
        m
    };
    let dataset_node = |g: &mut ProjectGraph, name: &str| {
        dataset_symbol(model, name).map(|id| g.node(NodeKey::Symbol(id)))
    };
    for job in &flow.jobs {
        let Some(job_id) = job_symbol(model, &job.name) else {
            continue;
        };
        let job_span = model.symbol(job_id).span;
        let mut prev = g.node(NodeKey::Symbol(job_id));
        let mut first = true;
        for step in &job.steps {
            let Some(step_id) = step.symbol else { continue };
            let span = model.symbol(step_id).span;
            let node = g.node(NodeKey::Symbol(step_id));
            g.edge(
                prev,
                node,
                if first { "first-step" } else { "next-step" },
                if first { job_span } else { span },
            );
            first = false;
            prev = node;
            for p in &step.programs {
                // Utilities (SORT, IDCAMS …) run in most jobs: as shared nodes they would tie
                // every job together. They stay in the text and JSON.
                if model.system_services.contains(p) {
                    continue;
                }
                let program = model
                    .lookup(Namespace::Cobol, p)
                    .filter(|&id| model.symbol(id).kind == SymbolKind::Program);
                let target = match program {
                    Some(id) => NodeKey::Symbol(id),
                    None => NodeKey::Missing {
                        name: p.clone(),
                        external: true,
                    },
                };
                let t = g.node(target);
                g.edge(node, t, "executes", span);
            }
            for d in &step.writes {
                if let Some(t) = dataset_node(&mut g, d) {
                    g.edge(node, t, "writes", span);
                }
            }
            for d in &step.reads {
                let Some(src) = dataset_node(&mut g, d) else {
                    continue;
                };
                let other_writer = writer_jobs
                    .get(d.as_str())
                    .is_some_and(|ws| ws.iter().any(|w| *w != job.name));
                if other_writer {
                    let j = g.node(NodeKey::Symbol(job_id));
                    g.edge(src, j, "feeds", span);
                } else {
                    g.edge(src, node, "read-by", span);
                }
            }
        }
    }
    g
}

pub fn batch_text(flow: &BatchFlow) -> String {
    let mut out = String::new();
    for job in &flow.jobs {
        out.push_str(&format!("JOB {}\n", job.name));
        for step in &job.steps {
            out.push_str(&format!(
                "  STEP {}  runs {}  {}\n",
                step.name,
                if step.programs.is_empty() {
                    "-".to_string()
                } else {
                    step.programs.join(", ")
                },
                step.site
            ));
            for d in &step.reads {
                out.push_str(&format!("    reads  {d}\n"));
            }
            for d in &step.writes {
                out.push_str(&format!("    writes {d}\n"));
            }
        }
    }
    out.push_str("\nFEEDS (writer job -> reader job via dataset)\n");
    for (w, r, d) in &flow.feeds {
        out.push_str(&format!("  {w} -> {r} via {d}\n"));
    }
    out
}

/// The flow as Graphviz DOT, left to right.
pub fn batch_dot(model: &Model, flow: &BatchFlow) -> String {
    super::export::to_dot(&batch_graph(model, flow).view(model, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gdg_generations_share_their_base_name() {
        assert_eq!(
            gdg_base("BEN.PROD.CLAIMS.DAILY(+1)"),
            "BEN.PROD.CLAIMS.DAILY"
        );
        assert_eq!(
            gdg_base("BEN.PROD.CLAIMS.DAILY(0)"),
            "BEN.PROD.CLAIMS.DAILY"
        );
        assert_eq!(
            gdg_base("BEN.PROD.CLAIMS.DAILY(-1)"),
            "BEN.PROD.CLAIMS.DAILY"
        );
        assert_eq!(gdg_base("BEN.PARMLIB(RUNDATE)"), "BEN.PARMLIB(RUNDATE)");
        assert_eq!(gdg_base("A.B()"), "A.B()");
        assert_eq!(gdg_base("(("), "((");
    }

    #[test]
    fn jobs_run_after_the_jobs_that_feed_them() {
        let feeds = BTreeSet::from([
            ("B".to_string(), "A".to_string(), "D1".to_string()),
            ("C".to_string(), "B".to_string(), "D2".to_string()),
        ]);
        let names = vec!["A".into(), "B".into(), "C".into(), "Z".into()];
        assert_eq!(run_order(names, &feeds), ["C", "B", "A", "Z"]);
        // A cycle keeps every job, once.
        let cycle = BTreeSet::from([
            ("A".to_string(), "B".to_string(), "D".to_string()),
            ("B".to_string(), "A".to_string(), "E".to_string()),
        ]);
        assert_eq!(run_order(vec!["A".into(), "B".into()], &cycle), ["A", "B"]);
    }
}
