//! Statements → document: jobs, procedures, steps and DD statements.
//!
//! A single pass over the lines with a small state: the open job, the open
//! procedure (in-stream when a job is open, cataloged otherwise), the IF
//! nesting depth and whether a CNTL block is open. Each statement is read by
//! `source::read_statement`, split into parameters by `operands` and attached
//! to the right place. In-stream data (`DD *`, `DD DATA`, `DLM=`, `XMIT`)
//! is skipped right after its statement, so data lines are never taken for
//! JCL. Every oddity becomes a problem and the pass goes on.

use super::operands::{
    get, is_valid_name, positionals, split_params, sublist, symbol_value, unquote,
};
use super::source::{self, Line, LineKind, Statement, read_statement, split_lines};
use super::{
    DdKind, Disposition, ExecTarget, JclDd, JclDocument, JclJob, JclProblem, JclProc, JclStep,
};

/// 1-based line number of line index `idx`.
pub(crate) fn line_no(idx: usize) -> u32 {
    u32::try_from(idx.saturating_add(1)).unwrap_or(u32::MAX)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Parses a DISP value: `SHR`, `(NEW,CATLG,DELETE)`, `(,PASS)`, `&DISP`.
pub(crate) fn parse_disp(v: &str) -> Disposition {
    let items = sublist(v);
    let field = |i: usize| {
        items
            .get(i)
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty())
    };
    Disposition {
        status: field(0).unwrap_or_else(|| "NEW".to_string()),
        normal: field(1),
        abnormal: field(2),
    }
}

/// DSN, DISP and kind of a DD from its parameters. `in_stream` gives the
/// data position of a `DD *` / `DD DATA`.
pub(crate) fn derive_dd(
    params: &[(String, String)],
    in_stream: Option<(u32, u32)>,
) -> (Option<String>, Option<Disposition>, DdKind) {
    let dsn = get(params, "DSN")
        .or_else(|| get(params, "DSNAME"))
        .map(unquote)
        .filter(|d| !d.is_empty());
    let disp = get(params, "DISP")
        .filter(|v| !v.is_empty())
        .map(parse_disp);
    let has = |word: &str| positionals(params).any(|p| p.eq_ignore_ascii_case(word));
    let kind = if has("*") || has("DATA") {
        let (first_line, lines) = in_stream.unwrap_or((0, 0));
        DdKind::InStream { first_line, lines }
    } else if has("DUMMY")
        || dsn
            .as_deref()
            .is_some_and(|d| d.eq_ignore_ascii_case("NULLFILE"))
    {
        DdKind::Dummy
    } else if let Some(s) = get(params, "SYSOUT") {
        DdKind::Sysout(unquote(sublist(s)[0].trim()))
    } else if dsn.is_some() {
        DdKind::Dataset
    } else {
        DdKind::Other
    };
    (dsn, disp, kind)
}

/// What an EXEC statement runs, from its parameters.
pub(crate) fn exec_target(params: &[(String, String)]) -> ExecTarget {
    if let Some(p) = get(params, "PGM") {
        if let Some(r) = p.strip_prefix("*.") {
            return ExecTarget::ReferBack(r.to_string());
        }
        let p = unquote(p);
        return if p.is_empty() {
            ExecTarget::Unknown
        } else {
            ExecTarget::Program(p)
        };
    }
    if let Some(p) = get(params, "PROC").filter(|p| !p.is_empty()) {
        return ExecTarget::Proc(p.to_string());
    }
    match params.first() {
        Some((k, v)) if k.is_empty() && !v.is_empty() => ExecTarget::Proc(v.clone()),
        _ => ExecTarget::Unknown,
    }
}

/// Splits `STEP1.INPUT` into (Some("STEP1"), "INPUT").
fn split_dd_name(name: &str) -> (Option<String>, String) {
    match name.rfind('.') {
        Some(p) => (Some(name[..p].to_string()), name[p + 1..].to_string()),
        None => (None, name.to_string()),
    }
}

/// A run of in-stream data lines.
struct DataRun {
    /// Index just past the last data line.
    data_end: usize,
    /// Index of the line to continue with (past a consumed delimiter).
    next: usize,
    /// A delimiter (or, for `DD *`, a JCL statement) ended the data.
    terminated: bool,
    /// Some data line starts with `//`.
    jcl_inside: bool,
}

struct Parser<'a> {
    lines: &'a [Line<'a>],
    doc: JclDocument,
    job: Option<JclJob>,
    job_if: usize,
    proc_: Option<JclProc>,
    proc_in_job: bool,
    proc_if: usize,
    cntl: Option<usize>,
    /// Name and line index of the null statement that ended the last job.
    ended: Option<(String, usize)>,
}

pub(crate) fn parse(text: &str) -> JclDocument {
    let lines = split_lines(text);
    let mut p = Parser {
        lines: &lines,
        doc: JclDocument::default(),
        job: None,
        job_if: 0,
        proc_: None,
        proc_in_job: false,
        proc_if: 0,
        cntl: None,
        ended: None,
    };
    let mut i = 0;
    while i < lines.len() {
        let next = p.line(i);
        // Every handler consumes at least one line; keep it that way.
        i = next.max(i + 1);
    }
    p.finish()
}

impl<'a> Parser<'a> {
    fn problem(&mut self, idx: usize, message: impl Into<String>) {
        self.problem_at(line_no(idx), message);
    }

    fn problem_at(&mut self, line: u32, message: impl Into<String>) {
        self.doc.problems.push(JclProblem {
            line,
            message: message.into(),
        });
    }

    /// Extends the open job's and procedure's spans to `end`.
    fn touch(&mut self, end: usize) {
        if let Some(p) = &mut self.proc_ {
            p.span.1 = p.span.1.max(end);
        }
        if let Some(j) = &mut self.job {
            j.span.1 = j.span.1.max(end);
        }
    }

    fn line(&mut self, i: usize) -> usize {
        match self.lines[i].kind() {
            LineKind::Comment | LineKind::Blank | LineKind::Delimiter => i + 1,
            LineKind::Null => {
                self.null_statement(i);
                i + 1
            }
            LineKind::Other => self.stray_lines(i),
            LineKind::Statement => self.statement(i),
        }
    }

    fn statement(&mut self, i: usize) -> usize {
        let st = read_statement(self.lines, i);
        for (l, m) in &st.problems {
            self.problem(*l, m.clone());
        }
        let next = st.last + 1;
        let span = (self.lines[st.first].start, self.lines[st.last].end);
        let op = st.op.to_ascii_uppercase();
        if let Some(c) = self.cntl {
            if op == "ENDCNTL" {
                self.cntl = None;
                self.touch(span.1);
                return next;
            }
            if !matches!(op.as_str(), "JOB" | "EXEC" | "DD" | "PROC" | "PEND") {
                // Program control statements: not JCL, not checked.
                self.touch(span.1);
                return next;
            }
            self.problem(c, "CNTL statement is not ended by ENDCNTL");
            self.cntl = None;
        }
        match op.as_str() {
            "JOB" => self.job_stmt(&st, span),
            "EXEC" => self.exec_stmt(&st, span),
            "DD" => return self.dd_stmt(&st, span),
            "PROC" => self.proc_stmt(&st, span),
            "PEND" => self.pend_stmt(&st, span),
            "SET" => self.set_stmt(&st, span),
            "JCLLIB" => self.jcllib_stmt(&st, span),
            "INCLUDE" => self.include_stmt(&st, span),
            "IF" | "ELSE" | "ENDIF" => self.if_stmt(&op, &st, span),
            "CNTL" => {
                self.check_name(&st);
                self.cntl = Some(st.first);
                self.touch(span.1);
            }
            "ENDCNTL" => {
                self.problem(st.first, "ENDCNTL without a CNTL statement before it");
                self.touch(span.1);
            }
            "XMIT" => return self.xmit_stmt(&st, span),
            "" => self.problem(
                st.first,
                format!(
                    "statement '{}' has no operation (expected EXEC, DD, JOB, PROC, ...); ignored",
                    st.name
                ),
            ),
            _ if source::is_known_operation(&op) => {
                self.check_name(&st);
                self.touch(span.1);
            }
            _ => {
                let looks_like_operands =
                    st.name.is_empty() && st.op.contains(['=', ',', '(', '\'']);
                let message = if looks_like_operands {
                    "this line looks like a continuation, but the line before it does not end \
                     with a comma; ignored"
                        .to_string()
                } else {
                    format!("unknown JCL operation '{}'; statement ignored", st.op)
                };
                self.problem(st.first, message);
            }
        }
        next
    }

    fn check_name(&mut self, st: &Statement) {
        if !st.name.is_empty() && !is_valid_name(&st.name) {
            self.problem(st.first, invalid_name(&st.name));
        }
    }

    fn params(&mut self, st: &Statement) -> Vec<(String, String)> {
        let (params, problems) = split_params(&st.operands);
        for m in problems {
            self.problem(
                st.first,
                format!("{} statement: {m}", st.op.to_ascii_uppercase()),
            );
        }
        params
    }

    /// Makes sure a job is open for a statement outside any job.
    fn ensure_job(&mut self, idx: usize) {
        if self.job.is_none() {
            if let Some((name, l)) = self.ended.take() {
                let which = if name.is_empty() {
                    "the job".to_string()
                } else {
                    format!("job {name}")
                };
                self.problem(
                    idx,
                    format!(
                        "statement after the end of {which} (null statement '//' on line {}) \
                         belongs to no job",
                        line_no(l)
                    ),
                );
            }
            self.job = Some(JclJob {
                line: line_no(idx),
                span: (self.lines[idx].start, self.lines[idx].end),
                ..JclJob::default()
            });
            self.job_if = 0;
        }
    }

    fn close_proc(&mut self) {
        if let Some(p) = self.proc_.take() {
            if self.proc_if > 0 {
                self.problem_at(
                    p.line,
                    format!(
                        "{} IF statement(s) in PROC {} not closed by ENDIF",
                        self.proc_if, p.name
                    ),
                );
            }
            self.proc_if = 0;
            if self.proc_in_job {
                if let Some(j) = &mut self.job {
                    j.in_stream_procs.push(p);
                    return;
                }
            }
            self.doc.procs.push(p);
        }
    }

    fn close_job(&mut self) {
        if self.proc_in_job {
            if let Some(p) = &self.proc_ {
                let (line, name) = (p.line, p.name.clone());
                self.problem_at(line, format!("in-stream PROC {name} is not ended by PEND"));
                self.close_proc();
            }
        }
        if let Some(j) = self.job.take() {
            if self.job_if > 0 {
                let what = if j.name.is_empty() {
                    String::new()
                } else {
                    format!(" in job {}", j.name)
                };
                self.problem_at(
                    j.line,
                    format!("{} IF statement(s){what} not closed by ENDIF", self.job_if),
                );
            }
            self.doc.jobs.push(j);
        }
        self.job_if = 0;
    }

    fn finish(mut self) -> JclDocument {
        if let Some(c) = self.cntl.take() {
            self.problem(c, "CNTL statement is not ended by ENDCNTL");
        }
        if !self.proc_in_job {
            self.close_proc();
        }
        self.close_job();
        self.doc.problems.sort_by_key(|p| p.line);
        self.doc
    }

    fn null_statement(&mut self, i: usize) {
        self.touch(self.lines[i].end);
        if let Some(name) = self.job.as_ref().map(|j| j.name.clone()) {
            self.close_job();
            self.ended = Some((name, i));
        } else if self.proc_.is_some() {
            self.close_proc();
        }
    }

    /// Lines that do not start with `//` or `/*`.
    fn stray_lines(&mut self, i: usize) -> usize {
        let in_step =
            self.proc_.is_none() && self.job.as_ref().is_some_and(|j| !j.steps.is_empty());
        if in_step {
            // z/OS makes such lines the data of an implicit //SYSIN DD *.
            let has_sysin = self.job.as_ref().is_some_and(|j| {
                j.steps
                    .last()
                    .is_some_and(|s| s.dds.iter().any(|d| d.name.eq_ignore_ascii_case("SYSIN")))
            });
            if has_sysin {
                self.problem(
                    i,
                    "data lines without a DD statement (z/OS adds a //SYSIN DD * for them), but \
                     the step already has a SYSIN DD; missing '//'?",
                );
            }
            let run = self.read_data(i, true, None);
            let mut data_end = run.data_end;
            while data_end > i && self.lines[data_end - 1].kind() == LineKind::Blank {
                data_end -= 1;
            }
            let next = if data_end < run.data_end {
                data_end
            } else {
                run.next
            };
            let end = self.lines[next - 1].end;
            let dd = JclDd {
                name: "SYSIN".to_string(),
                step_override: None,
                line: line_no(i),
                span: (self.lines[i].start, end),
                dsn: None,
                disp: None,
                kind: DdKind::InStream {
                    first_line: line_no(i),
                    lines: count(data_end - i),
                },
                params: vec![(String::new(), "*".to_string())],
            };
            self.attach_dd(dd, i);
            self.touch(end);
            return next;
        }
        let mut j = i;
        let mut text_lines = 0usize;
        while j < self.lines.len() {
            let full = self.lines[j].full;
            if full.starts_with("//") || full.starts_with("/*") {
                break;
            }
            if self.lines[j].kind() != LineKind::Blank {
                text_lines += 1;
            }
            j += 1;
        }
        self.problem(
            i,
            format!(
                "{text_lines} line(s) starting here are not JCL (JCL statements start with '//') \
                 and are not in-stream data of a step; ignored"
            ),
        );
        j
    }

    fn read_data(&self, start: usize, star: bool, dlm: Option<&str>) -> DataRun {
        let mut jcl_inside = false;
        for j in start..self.lines.len() {
            let full = self.lines[j].full;
            let ends = match dlm {
                Some(d) => full.starts_with(d),
                None => full.starts_with("/*"),
            };
            if ends {
                return DataRun {
                    data_end: j,
                    next: j + 1,
                    terminated: true,
                    jcl_inside,
                };
            }
            if full.starts_with("//") {
                if star {
                    return DataRun {
                        data_end: j,
                        next: j,
                        terminated: true,
                        jcl_inside,
                    };
                }
                jcl_inside = true;
            }
        }
        DataRun {
            data_end: self.lines.len(),
            next: self.lines.len(),
            terminated: false,
            jcl_inside,
        }
    }

    fn job_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.close_job();
        if self.proc_.is_some() {
            self.close_proc();
        }
        if st.name.is_empty() {
            self.problem(st.first, "JOB statement has no job name");
        } else {
            self.check_name(st);
        }
        let params = self.params(st);
        self.job = Some(JclJob {
            name: st.name.clone(),
            line: line_no(st.first),
            span,
            params,
            ..JclJob::default()
        });
        self.job_if = 0;
        self.ended = None;
    }

    fn exec_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        let params = self.params(st);
        let exec = exec_target(&params);
        if exec == ExecTarget::Unknown {
            self.problem(
                st.first,
                "EXEC statement names neither a program (PGM=) nor a procedure",
            );
        } else if get(&params, "PGM").is_some() && get(&params, "PROC").is_some() {
            self.problem(
                st.first,
                "EXEC statement names both PGM= and PROC=; PGM= is used",
            );
        }
        let step = JclStep {
            name: st.name.clone(),
            line: line_no(st.first),
            span,
            exec,
            params,
            dds: Vec::new(),
        };
        if let Some(p) = &mut self.proc_ {
            p.steps.push(step);
        } else {
            self.ensure_job(st.first);
            if let Some(j) = &mut self.job {
                j.steps.push(step);
            }
        }
        self.touch(span.1);
    }

    fn dd_stmt(&mut self, st: &Statement, span: (usize, usize)) -> usize {
        let (step_override, name) = split_dd_name(&st.name);
        if let Some(s) = &step_override {
            if !is_valid_name(s) || !is_valid_name(&name) {
                self.problem(
                    st.first,
                    format!(
                        "'{}' is not a valid override name: use procstep.ddname, each part 1 to \
                         8 letters, digits or @ # $",
                        st.name
                    ),
                );
            }
        } else {
            self.check_name(st);
        }
        let params = self.params(st);
        self.check_dd(&params, st.first);
        let mut next = st.last + 1;
        let mut end = span.1;
        let star = positionals(&params).any(|p| p == "*");
        let data = positionals(&params).any(|p| p.eq_ignore_ascii_case("DATA"));
        let mut in_stream = None;
        if star || data {
            let dlm = get(&params, "DLM").map(unquote).filter(|d| !d.is_empty());
            let first = st.last + 1;
            let run = self.read_data(first, star, dlm.as_deref());
            in_stream = Some((line_no(first), count(run.data_end - first)));
            if run.next > first {
                end = self.lines[run.next - 1].end;
            }
            next = run.next;
            let shown = if st.name.is_empty() {
                "(concatenated)"
            } else {
                st.name.as_str()
            };
            if !run.terminated {
                if let Some(d) = &dlm {
                    self.problem(
                        st.first,
                        format!(
                            "in-stream data of DD {shown} is not ended by its delimiter '{d}'; \
                             the rest of the file was read as data"
                        ),
                    );
                } else if run.jcl_inside {
                    self.problem(
                        st.first,
                        format!(
                            "DD DATA {shown} is not ended by '/*'; the rest of the file, \
                             JCL statements included, was read as data"
                        ),
                    );
                }
            }
        }
        let (dsn, disp, kind) = derive_dd(&params, in_stream);
        let dd = JclDd {
            name,
            step_override,
            line: line_no(st.first),
            span: (span.0, end),
            dsn,
            disp,
            kind,
            params,
        };
        self.attach_dd(dd, st.first);
        self.touch(end);
        next
    }

    fn check_dd(&mut self, params: &[(String, String)], idx: usize) {
        let mut problems = Vec::new();
        for p in positionals(params) {
            let u = p.to_ascii_uppercase();
            if !matches!(u.as_str(), "*" | "DATA" | "DUMMY" | "DYNAM") && !p.starts_with('&') {
                problems.push(format!(
                    "unexpected positional parameter '{p}' on the DD statement (missing \
                     parentheses or '='?)"
                ));
            }
        }
        if let Some(v) = get(params, "DISP").filter(|v| !v.is_empty() && !v.contains('&')) {
            let d = parse_disp(v);
            if !matches!(d.status.as_str(), "NEW" | "OLD" | "SHR" | "MOD") {
                problems.push(format!(
                    "DISP status '{}' is not NEW, OLD, SHR or MOD",
                    d.status
                ));
            }
        }
        let has_dsn = get(params, "DSN")
            .or_else(|| get(params, "DSNAME"))
            .is_some();
        if has_dsn && get(params, "SYSOUT").is_some() {
            problems.push("DD statement has both DSN= and SYSOUT=".to_string());
        }
        let in_stream = positionals(params).any(|p| p == "*" || p.eq_ignore_ascii_case("DATA"));
        if get(params, "DLM").is_some() && !in_stream {
            problems.push("DLM= is only valid on DD * or DD DATA".to_string());
        }
        for m in problems {
            self.problem(idx, m);
        }
    }

    /// Attaches a DD to the current step (or job, before the first EXEC).
    fn attach_dd(&mut self, mut dd: JclDd, idx: usize) {
        let mut message = None;
        if let Some(p) = &mut self.proc_ {
            match p.steps.last_mut() {
                Some(s) => {
                    message = link_concatenation(&s.dds, &mut dd);
                    s.span.1 = s.span.1.max(dd.span.1);
                    s.dds.push(dd);
                }
                None => {
                    message = Some(format!(
                        "DD statement {} comes before the first EXEC of PROC {}; ignored",
                        dd.name, p.name
                    ));
                }
            }
        } else {
            self.ensure_job(idx);
            if let Some(j) = &mut self.job {
                match j.steps.last_mut() {
                    Some(s) => {
                        message = link_concatenation(&s.dds, &mut dd);
                        s.span.1 = s.span.1.max(dd.span.1);
                        s.dds.push(dd);
                    }
                    None => {
                        message = link_concatenation(&j.dds, &mut dd);
                        let job_level = ["JOBLIB", "JOBCAT", "SYSCHK", ""];
                        if message.is_none()
                            && !j.name.is_empty()
                            && !job_level.iter().any(|n| n.eq_ignore_ascii_case(&dd.name))
                        {
                            message = Some(format!(
                                "DD statement {} comes before the first EXEC statement (only \
                                 JOBLIB, JOBCAT and SYSCHK belong there)",
                                dd.name
                            ));
                        }
                        j.dds.push(dd);
                    }
                }
            }
        }
        if let Some(m) = message {
            self.problem(idx, m);
        }
    }

    fn proc_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        if let Some(p) = &self.proc_ {
            let message = format!(
                "PROC {} (line {}) is not ended by PEND before the next PROC statement",
                p.name, p.line
            );
            self.problem(st.first, message);
            self.close_proc();
        }
        let params = self.params(st);
        let mut defaults = Vec::new();
        for (k, v) in params {
            if k.is_empty() {
                if !v.is_empty() {
                    self.problem(
                        st.first,
                        format!("PROC parameters are symbol defaults NAME=value; '{v}' is ignored"),
                    );
                }
                continue;
            }
            if !is_valid_name(&k) {
                self.problem(st.first, format!("'{k}' is not a valid symbol name"));
            }
            defaults.push((k, symbol_value(&v)));
        }
        let in_job = self.job.is_some();
        if in_job && st.name.is_empty() {
            self.problem(st.first, "an in-stream PROC needs a name");
        }
        self.proc_ = Some(JclProc {
            name: st.name.clone(),
            line: line_no(st.first),
            span,
            defaults,
            ..JclProc::default()
        });
        self.proc_in_job = in_job;
        self.proc_if = 0;
        self.touch(span.1);
    }

    fn pend_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        if self.proc_.is_some() {
            self.touch(span.1);
            self.close_proc();
        } else {
            self.problem(st.first, "PEND without a PROC statement before it");
            self.touch(span.1);
        }
    }

    fn set_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        let params = self.params(st);
        let mut sets = Vec::new();
        for (k, v) in params {
            if k.is_empty() {
                if !v.is_empty() {
                    self.problem(
                        st.first,
                        format!("SET assigns symbols as NAME=value; '{v}' is ignored"),
                    );
                }
                continue;
            }
            if !is_valid_name(&k) {
                self.problem(st.first, format!("'{k}' is not a valid symbol name"));
            }
            sets.push((k, symbol_value(&v)));
        }
        if sets.is_empty() {
            self.problem(st.first, "SET statement assigns no symbol");
        }
        if let Some(p) = &mut self.proc_ {
            p.sets.extend(sets);
        } else {
            self.ensure_job(st.first);
            if let Some(j) = &mut self.job {
                for s in sets {
                    j.sets.push(s);
                    j.set_lines.push(line_no(st.first));
                }
            }
        }
        self.touch(span.1);
    }

    fn jcllib_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        if let Some(p) = &self.proc_ {
            let message = format!(
                "JCLLIB belongs to the job, not inside PROC {}; ignored",
                p.name
            );
            self.problem(st.first, message);
            self.touch(span.1);
            return;
        }
        let params = self.params(st);
        self.ensure_job(st.first);
        let mut message = None;
        if let Some(j) = &mut self.job {
            if !j.steps.is_empty() {
                message = Some("JCLLIB should come before the first EXEC statement".to_string());
            }
            match get(&params, "ORDER") {
                Some(order) => j.jcllib.extend(
                    sublist(order)
                        .into_iter()
                        .map(|s| unquote(s.trim()))
                        .filter(|s| !s.is_empty()),
                ),
                None => message = Some("JCLLIB statement has no ORDER= parameter".to_string()),
            }
        }
        if let Some(m) = message {
            self.problem(st.first, m);
        }
        self.touch(span.1);
    }

    fn include_stmt(&mut self, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        let params = self.params(st);
        let Some(member) = get(&params, "MEMBER")
            .map(unquote)
            .filter(|m| !m.is_empty())
        else {
            self.problem(st.first, "INCLUDE statement has no MEMBER= parameter");
            self.touch(span.1);
            return;
        };
        if let Some(p) = &mut self.proc_ {
            p.includes.push(member);
        } else {
            self.ensure_job(st.first);
            if let Some(j) = &mut self.job {
                j.includes.push(member);
            }
        }
        self.touch(span.1);
    }

    fn if_stmt(&mut self, op: &str, st: &Statement, span: (usize, usize)) {
        self.check_name(st);
        let depth = if self.proc_.is_some() {
            &mut self.proc_if
        } else {
            &mut self.job_if
        };
        let message = match op {
            "IF" => {
                *depth += 1;
                st.operands
                    .is_empty()
                    .then(|| "IF statement has no condition".to_string())
            }
            "ELSE" => (*depth == 0).then(|| "ELSE without a matching IF".to_string()),
            _ => {
                if *depth == 0 {
                    Some("ENDIF without a matching IF".to_string())
                } else {
                    *depth -= 1;
                    None
                }
            }
        };
        if let Some(m) = message {
            self.problem(st.first, m);
        }
        self.touch(span.1);
    }

    fn xmit_stmt(&mut self, st: &Statement, span: (usize, usize)) -> usize {
        self.check_name(st);
        let params = self.params(st);
        let dlm = get(&params, "DLM").map(unquote).filter(|d| !d.is_empty());
        let first = st.last + 1;
        let run = self.read_data(first, false, dlm.as_deref());
        let end = if run.next > first {
            self.lines[run.next - 1].end
        } else {
            span.1
        };
        self.touch(end);
        run.next
    }
}

/// An unnamed DD continues the concatenation of the DD before it (and
/// inherits its step qualifier). Returns a problem when there is none.
fn link_concatenation(previous: &[JclDd], dd: &mut JclDd) -> Option<String> {
    if !dd.name.is_empty() || dd.step_override.is_some() {
        return None;
    }
    match previous.last() {
        Some(p) => {
            dd.step_override = p.step_override.clone();
            None
        }
        None => Some(
            "a DD statement without a name continues a concatenation, but no DD statement \
             comes before it"
                .to_string(),
        ),
    }
}

fn invalid_name(name: &str) -> String {
    format!(
        "'{name}' is not a valid name: use 1 to 8 letters, digits or national characters \
         (@ # $), starting with a letter or national character"
    )
}
