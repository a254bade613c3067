//! Batch flow: job → steps → programs → datasets, and which jobs feed which (a dataset one
//! job writes and another reads; GDG generations count as the same dataset).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::graph::site;
use crate::model::{Model, RefKind, RefTarget, SymbolKind};

#[derive(Debug, Default, Serialize)]
pub struct BatchFlow {
    pub jobs: Vec<BatchJob>,
    /// (writer job, reader job, dataset), sorted.
    pub feeds: Vec<(String, String, String)>,
}

#[derive(Debug, Default, Serialize)]
pub struct BatchJob {
    pub name: String,
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
}

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
    BatchFlow {
        jobs: jobs
            .into_iter()
            .map(|(name, steps)| BatchJob {
                name,
                steps: steps.into_values().collect(),
            })
            .collect(),
        feeds: feeds.into_iter().collect(),
    }
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
