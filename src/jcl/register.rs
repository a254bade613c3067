//! Adds parsed JCL to the model: jobs → steps (PROCs expanded) → programs, and each step's
//! datasets with the direction its disposition gives (NEW/MOD write, SHR read, OLD both).

use std::collections::HashMap;
use std::sync::Arc;

use super::{DdKind, ExecTarget, JclDocument, JclProc, expand_job};
use crate::decode::LineIndex;
use crate::model::{
    DataFlow, Diagnostic, FileId, FlowEnd, FlowKind, Model, NewSymbol, RefKind, RefTarget,
    Reference, Severity, Span, SymbolId, SymbolKind,
};

/// A parsed JCL member.
pub struct JclUnit {
    pub file: FileId,
    /// Member name: the file name without extension, upper-cased.
    pub member: String,
    pub doc: JclDocument,
}

/// Registers jobs, steps, PROCs and datasets. `programs` maps PROGRAM-IDs to their symbols.
pub fn register(model: &mut Model, units: &[JclUnit], programs: &HashMap<String, SymbolId>) {
    // The PROC library: in-stream PROCs are found by expand_job itself; cataloged ones by
    // member name or PROC name.
    let mut library: HashMap<String, JclProc> = HashMap::new();
    for unit in units {
        for p in &unit.doc.procs {
            if !p.name.is_empty() {
                library
                    .entry(p.name.to_ascii_uppercase())
                    .or_insert_with(|| p.clone());
            }
        }
        if unit.doc.jobs.iter().all(|j| j.name.is_empty())
            && let Some(p) = unit.doc.proc_for_member(&unit.member)
        {
            library.entry(unit.member.clone()).or_insert(p);
        }
    }
    for unit in units {
        let (text, lines) = {
            let f = model.file(unit.file);
            (
                f.text.clone().unwrap_or_else(|| Arc::from("")),
                f.line_index.clone(),
            )
        };
        let span = |(start, end): (usize, usize)| {
            Span::from_offsets(unit.file, &text, &lines, start, end.min(text.len()))
        };
        for problem in &unit.doc.problems {
            model.diagnostics.push(
                Diagnostic::new(Severity::Warning, "jcl.syntax", problem.message.clone())
                    .in_file(unit.file)
                    .at_line(problem.line),
            );
        }
        for p in &unit.doc.procs {
            if p.name.is_empty() {
                continue;
            }
            model.add_symbol(NewSymbol {
                span: Some(span(p.span)),
                name_span: Some(span(p.span)),
                ..NewSymbol::new(SymbolKind::JclProc, p.name.clone(), p.name.clone())
            });
        }
        for job in &unit.doc.jobs {
            if job.name.is_empty() {
                continue;
            }
            let job_id = model.add_symbol(NewSymbol {
                span: Some(span(job.span)),
                name_span: Some(span(job.span)),
                detail: Some(model.file(unit.file).path.clone()),
                ..NewSymbol::new(SymbolKind::JclJob, job.name.clone(), job.name.clone())
            });
            let (steps, problems) = expand_job(job, &|name: &str| {
                library.get(&name.to_ascii_uppercase()).cloned()
            });
            for problem in problems {
                model.diagnostics.push(
                    Diagnostic::new(Severity::Warning, "jcl.expand", problem.message)
                        .in_file(unit.file)
                        .at_line(problem.line),
                );
            }
            for step in steps {
                let job_step = job.steps.iter().find(|s| s.name == step.job_step);
                let step_span = job_step
                    .map(|s| span(s.span))
                    .unwrap_or_else(|| line_span(unit.file, &text, &lines, step.line));
                let qualified = match &step.proc_step {
                    Some(ps) => format!("{}.{}.{}", job.name, step.job_step, ps),
                    None => format!("{}.{}", job.name, step.job_step),
                };
                let step_id = model.add_symbol(NewSymbol {
                    span: Some(step_span),
                    name_span: Some(step_span),
                    parent: Some(job_id),
                    detail: step.proc.as_ref().map(|p| format!("PROC {p}")),
                    ..NewSymbol::new(
                        SymbolKind::JclStep,
                        step.proc_step
                            .clone()
                            .unwrap_or_else(|| step.job_step.clone()),
                        qualified,
                    )
                });
                let program = step
                    .program
                    .clone()
                    .or_else(|| match job_step.map(|s| &s.exec) {
                        Some(ExecTarget::Program(p)) => Some(p.clone()),
                        _ => None,
                    });
                // DB2 batch: the TSO terminal monitor runs the program named in SYSTSIN
                // (`DSN SYSTEM(DB2P)` / `RUN PROGRAM(BENPAY01) PLAN(...)`).
                let tso_program = program
                    .as_deref()
                    .filter(|p| p.to_ascii_uppercase().starts_with("IKJEFT"))
                    .and_then(|_| {
                        step.dds.iter().find_map(|dd| match dd.kind {
                            DdKind::InStream {
                                first_line,
                                lines: n,
                            } if dd.name.eq_ignore_ascii_case("SYSTSIN") => {
                                let data: Vec<&str> = (first_line..first_line + n)
                                    .filter_map(|l| lines.line_text(&text, l))
                                    .collect();
                                run_program(&data.join("\n"))
                            }
                            // `//SYSTSIN DD DSN=BEN.PROD.CTL.PARMLIB(BENOVP01)`: the member
                            // holding the DSN commands is, by shop convention, named after
                            // the program it runs; trusted only when such a program exists.
                            DdKind::Dataset if dd.name.eq_ignore_ascii_case("SYSTSIN") => dd
                                .dsn
                                .as_deref()
                                .and_then(pds_member)
                                .filter(|m| programs.contains_key(m.as_str())),
                            _ => None,
                        })
                    });
                for program in program.into_iter().chain(tso_program) {
                    let name = program.to_ascii_uppercase();
                    let target = match programs.get(&name) {
                        Some(&id) => RefTarget::Symbol { id },
                        None => RefTarget::External { name },
                    };
                    model.references.push(Reference {
                        from: step_id,
                        target,
                        kind: RefKind::Executes,
                        span: step_span,
                    });
                }
                for dd in &step.dds {
                    // DDs written in the job point into this file; DDs from a PROC member
                    // are located at the job step that called it.
                    let in_this_file =
                        job_step.is_some_and(|s| s.dds.iter().any(|d| d.span == dd.span));
                    let dd_span = if in_this_file {
                        span(dd.span)
                    } else {
                        step_span
                    };
                    // The DD itself (step → DD name → dataset): what a program's
                    // SELECT … ASSIGN TO ddname meets in this step.
                    let mut dd_id = None;
                    if !dd.name.is_empty() {
                        let name = dd.name.to_ascii_uppercase();
                        let qualified = format!("{}.{name}", model.symbol(step_id).qualified_name);
                        dd_id = Some(model.add_symbol(NewSymbol {
                            span: Some(dd_span),
                            name_span: Some(dd_span),
                            parent: Some(step_id),
                            detail: Some(dd_detail(dd)),
                            ..NewSymbol::new(SymbolKind::JclDd, name, qualified)
                        }));
                    }
                    let Some(dsn) = &dd.dsn else {
                        continue;
                    };
                    if !matches!(dd.kind, DdKind::Dataset) || dsn.starts_with('*') {
                        continue;
                    }
                    let dsn = gdg_base(&dsn.to_ascii_uppercase()).to_string();
                    let qualified = if dsn.starts_with("&&") {
                        format!("{}.{dsn}", job.name)
                    } else {
                        dsn.clone()
                    };
                    let dataset = model.add_symbol(NewSymbol::new(
                        SymbolKind::Dataset,
                        dsn.clone(),
                        qualified,
                    ));
                    let (reads, writes) = match &dd.disp {
                        Some(d) => (d.reads(), d.writes()),
                        None => (true, false),
                    };
                    for (on, kind) in [(reads, RefKind::Read), (writes, RefKind::Write)] {
                        if on {
                            model.references.push(Reference {
                                from: step_id,
                                target: RefTarget::Symbol { id: dataset },
                                kind,
                                span: dd_span,
                            });
                        }
                    }
                    if let Some(dd_id) = dd_id {
                        let (dd_end, dataset_end) =
                            (FlowEnd::symbol(dd_id), FlowEnd::symbol(dataset));
                        let flow = |source: &FlowEnd, target: &FlowEnd| DataFlow {
                            source: source.clone(),
                            target: target.clone(),
                            kind: FlowKind::DdDataset,
                            owner: step_id,
                            span: Some(dd_span),
                        };
                        if reads {
                            model.flows.push(flow(&dataset_end, &dd_end));
                        }
                        if writes {
                            model.flows.push(flow(&dd_end, &dataset_end));
                        }
                    }
                }
            }
        }
    }
}

/// `DSN=BEN.PROD.CLAIMS(+1) DISP=(NEW,CATLG,DELETE)`, `SYSOUT=*`, `DUMMY`, `in-stream data`.
fn dd_detail(dd: &super::JclDd) -> String {
    let mut parts = Vec::new();
    match &dd.kind {
        DdKind::Dummy => parts.push("DUMMY".to_string()),
        DdKind::Sysout(class) => parts.push(format!("SYSOUT={class}")),
        DdKind::InStream { lines, .. } => parts.push(format!("in-stream data ({lines} lines)")),
        DdKind::Dataset | DdKind::Other => {}
    }
    if let Some(dsn) = &dd.dsn {
        parts.push(format!("DSN={dsn}"));
    }
    if let Some(d) = &dd.disp {
        let mut disp = vec![d.status.clone()];
        disp.extend(d.normal.clone());
        disp.extend(d.abnormal.clone());
        parts.push(format!("DISP=({})", disp.join(",")));
    }
    parts.join(" ")
}

/// A GDG's relative generation (`(+1)`, `(0)`, `(-1)`) names a generation of the same
/// dataset: the base name is what jobs share. PDS members (`LIB(MEMBER)`) are kept.
fn gdg_base(dsn: &str) -> &str {
    if let Some(open) = dsn.rfind('(')
        && dsn.ends_with(')')
    {
        let inner = &dsn[open + 1..dsn.len() - 1];
        let digits = inner.trim_start_matches(['+', '-']);
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            return &dsn[..open];
        }
    }
    dsn
}

/// `BEN.PROD.PARMLIB(BENOVP01)` → `BENOVP01` (not GDG generations like `(+1)` or `(0)`).
fn pds_member(dsn: &str) -> Option<String> {
    let inner = dsn.strip_suffix(')')?.rsplit_once('(')?.1;
    let first = inner.chars().next()?;
    (first.is_ascii_alphabetic() || matches!(first, '@' | '#' | '$'))
        .then(|| inner.to_ascii_uppercase())
}

/// `RUN PROGRAM(BENPAY01) PLAN(...)` in TSO/DSN commands → `BENPAY01`.
fn run_program(commands: &str) -> Option<String> {
    let upper = commands.to_ascii_uppercase();
    let start = ["PROGRAM(", "PROG("]
        .iter()
        .find_map(|k| upper.find(k).map(|i| i + k.len()))?;
    let rest = &upper[start..];
    let name: String = rest
        .trim_start_matches([' ', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '#' | '@' | '$'))
        .collect();
    (!name.is_empty()).then_some(name)
}

fn line_span(file: FileId, text: &str, lines: &LineIndex, line: u32) -> Span {
    let start = lines.line_start(line).unwrap_or(0);
    let end = lines
        .line_text(text, line)
        .map_or(start, |l| start + l.len());
    Span::from_offsets(file, text, lines, start, end)
}

#[cfg(test)]
mod tests {
    use super::{gdg_base, run_program};

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
            gdg_base("BEN.PROD.CLAIMS.DAILY(-2)"),
            "BEN.PROD.CLAIMS.DAILY"
        );
        assert_eq!(
            gdg_base("BEN.PROD.CTL.PARMLIB(RUNDATE)"),
            "BEN.PROD.CTL.PARMLIB(RUNDATE)"
        );
    }

    #[test]
    fn finds_the_program_a_dsn_run_command_names() {
        let systsin = "  DSN SYSTEM(DB2P)\n  RUN PROGRAM(BENPAY01) PLAN(BENPAYPL) LIB('BEN.PROD.LOADLIB')\n  END";
        assert_eq!(run_program(systsin).as_deref(), Some("BENPAY01"));
        assert_eq!(
            run_program(" run prog('X$PGM1') plan(P)").as_deref(),
            Some("X$PGM1")
        );
        assert_eq!(run_program("DSN SYSTEM(DB2P)\nEND"), None);
    }
}
