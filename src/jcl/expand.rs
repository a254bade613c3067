//! Procedure expansion: what the z/OS converter makes of `EXEC procname`.
//!
//! For each job step that calls a procedure, the procedure is found (job's
//! in-stream procedures first, then the caller's library, each name looked
//! up once) and its steps are emitted with:
//! - symbols substituted. The symbol table of a procedure is the caller's
//!   table (SET values coded before the job step at level 0), overlaid by
//!   the procedure's SETs, its PROC defaults, and the calling EXEC's
//!   assignments: so EXEC beats PROC beats SET, and a nested procedure
//!   inherits what its caller defined (IBM's nesting rules). `&&` is never a
//!   symbol; `&NAME.` eats its period; inside apostrophes only `PARM`,
//!   `ACCT`, `PATH`, `AMP` and `SUBSYS` substitute, and only defined
//!   symbols. Substitution is a single pass: values are not rescanned.
//! - EXEC overrides applied: `KEY.procstep=` to that step, `PARM=` without
//!   step to the first step (nullified elsewhere), other EXEC keywords
//!   without step to every step; an empty value nullifies.
//! - DD overrides merged: `//procstep.ddname DD` (or without step: the step
//!   of the previous override, first step at the start) overrides keywords
//!   of the same-named DD (`KEY=` nullifies, DCB subparameters merge,
//!   DSN/SYSOUT/DUMMY exclusions apply), unnamed ones follow the
//!   concatenation, unknown names are added at the end of the step.
//!
//! Afterwards `DSN=*.step.dd` backward references are replaced by the data
//! set they point to. Depth (15), recursion, total work and substituted text
//! sizes are bounded, so no input can make this loop or explode.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::operands::{get, join_params, split_params, sublist, symbol_value, unquote};
use super::parser::{derive_dd, exec_target};
use super::{DdKind, ExecTarget, ExpandedStep, JclDd, JclJob, JclProblem, JclProc};

/// Deepest procedure nesting z/OS allows.
const MAX_DEPTH: usize = 15;
/// Upper bound on emitted steps and on procedure calls.
const MAX_STEPS: usize = 20_000;
/// Upper bound on steps plus DDs processed while expanding one job.
const MAX_WORK: usize = 1_000_000;
/// Longest substitution text kept for a symbol (z/OS allows 255).
const MAX_VALUE: usize = 4096;
/// Longest text produced by substituting one parameter.
const MAX_TEXT: usize = 1 << 16;

/// EXEC statement keywords; any other keyword on the EXEC of a procedure
/// assigns a symbol.
const EXEC_KEYWORDS: &[&str] = &[
    "ACCT", "ADDRSPC", "CCSID", "COND", "DPRTY", "DYNAMNBR", "MEMLIMIT", "PARM", "PARMDD",
    "PERFORM", "RD", "REGION", "REGIONX", "TIME", "TVSMSG", "TVSAMCOM", "PGM", "PROC",
];

type Env = HashMap<String, String>;

fn is_system_symbol(name: &str) -> bool {
    name.starts_with("SYS")
        || matches!(
            name,
            "JOBNAME"
                | "DAY"
                | "HHMMSS"
                | "HR"
                | "JDAY"
                | "MIN"
                | "MON"
                | "SEC"
                | "WDAY"
                | "YR2"
                | "YR4"
                | "YYMMDD"
                | "LDAY"
                | "LHHMMSS"
                | "LHR"
                | "LJDAY"
                | "LMIN"
                | "LMON"
                | "LSEC"
                | "LWDAY"
                | "LYR2"
                | "LYR4"
                | "LYYMMDD"
        )
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'@' | b'#' | b'$')
}

/// Canonical DD keyword: DSNAME → DSN, VOLUME → VOL.
fn canon(key: &str) -> &str {
    match key {
        "DSNAME" => "DSN",
        "VOLUME" => "VOL",
        k => k,
    }
}

/// `&NAME` or `&NAME(member)`: a temporary data set name when NAME is not a
/// symbol, so an undefined NAME is no problem there.
fn temp_dsn_symbol(v: &str) -> Option<String> {
    let rest = v.strip_prefix('&')?;
    if rest.starts_with('&') {
        return None;
    }
    let end = rest
        .bytes()
        .position(|b| !is_name_byte(b))
        .unwrap_or(rest.len());
    let tail = &rest[end..];
    (end > 0 && (tail.is_empty() || tail.starts_with('(')))
        .then(|| rest[..end].to_ascii_uppercase())
}

/// Replaces keyword `key` (first occurrence, others removed) or appends it;
/// an empty value removes it.
fn set_param(params: &mut Vec<(String, String)>, key: &str, value: &str) {
    let pos = params.iter().position(|(k, _)| canon(k) == canon(key));
    params.retain(|(k, _)| canon(k) != canon(key));
    if value.is_empty() {
        return;
    }
    match pos {
        Some(p) => {
            // `retain` kept everything but the matches; put the new value
            // where the first one was.
            let p = p.min(params.len());
            params.insert(p, (key.to_string(), value.to_string()));
        }
        None => params.push((key.to_string(), value.to_string())),
    }
}

fn remove_param(params: &mut Vec<(String, String)>, key: &str) {
    params.retain(|(k, _)| canon(k) != canon(key));
}

/// Merges keyword subparameters: `(RECFM=FB,LRECL=80)` + `(LRECL=100)` →
/// `(RECFM=FB,LRECL=100)`. `None` when either is not a keyword list.
fn merge_keyword_sublists(base: &str, over: &str) -> Option<String> {
    let pairs = |v: &str| -> Option<Vec<(String, String)>> {
        sublist(v)
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.split_once('=')
                    .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.to_string()))
            })
            .collect()
    };
    let mut merged = pairs(base)?;
    for (k, v) in pairs(over)? {
        match merged.iter_mut().find(|(mk, _)| *mk == k) {
            Some(slot) => slot.1 = v,
            None => merged.push((k, v)),
        }
    }
    merged.retain(|(_, v)| !v.is_empty());
    let inner: Vec<String> = merged.iter().map(|(k, v)| format!("{k}={v}")).collect();
    Some(format!("({})", inner.join(",")))
}

/// Applies override DD `ov` to procedure DD `base`.
fn merge_dd(base: &JclDd, ov: &JclDd) -> JclDd {
    if matches!(ov.kind, DdKind::InStream { .. }) {
        let mut d = ov.clone();
        d.name = base.name.clone();
        d.step_override = None;
        return d;
    }
    let mut params = base.params.clone();
    for (k, v) in &ov.params {
        if k.is_empty() {
            if v.eq_ignore_ascii_case("DUMMY")
                && !params
                    .iter()
                    .any(|(k, v)| k.is_empty() && v.eq_ignore_ascii_case("DUMMY"))
            {
                params.insert(0, (String::new(), "DUMMY".to_string()));
            }
            continue;
        }
        match canon(k) {
            "DSN" => {
                if !v.is_empty() && !unquote(v).eq_ignore_ascii_case("NULLFILE") {
                    params.retain(|(k, v)| !(k.is_empty() && v.eq_ignore_ascii_case("DUMMY")));
                }
                remove_param(&mut params, "SYSOUT");
            }
            "SYSOUT" => {
                for x in ["DSN", "DISP", "VOL", "UNIT", "SPACE", "LABEL"] {
                    remove_param(&mut params, x);
                }
            }
            "DCB" if !v.is_empty() => {
                if let Some(m) = get(&params, "DCB").and_then(|b| merge_keyword_sublists(b, v)) {
                    set_param(&mut params, "DCB", &m);
                    continue;
                }
            }
            _ => {}
        }
        set_param(&mut params, k, v);
    }
    let in_stream = match base.kind {
        DdKind::InStream { first_line, lines } => Some((first_line, lines)),
        _ => None,
    };
    let (dsn, disp, kind) = derive_dd(&params, in_stream);
    JclDd {
        name: base.name.clone(),
        step_override: None,
        line: base.line,
        span: base.span,
        dsn,
        disp,
        kind,
        params,
    }
}

/// Overrides for one step of a called procedure: (step index, DD name,
/// the override DD and its concatenation).
type OverrideGroup = (usize, String, Vec<JclDd>);

/// Applies overrides and additions to the DDs of one procedure step.
fn apply_dd_overrides(dds: Vec<JclDd>, overrides: &[&OverrideGroup]) -> Vec<JclDd> {
    if overrides.is_empty() {
        return dds;
    }
    let mut groups: Vec<Vec<JclDd>> = Vec::new();
    for dd in dds {
        match groups.last_mut() {
            Some(g) if dd.name.is_empty() => g.push(dd),
            _ => groups.push(vec![dd]),
        }
    }
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (ix, g) in groups.iter().enumerate() {
        by_name.entry(g[0].name.to_ascii_uppercase()).or_insert(ix);
    }
    for (_, name, ovs) in overrides {
        let target = match by_name.get(&name.to_ascii_uppercase()) {
            Some(&ix) => groups.get_mut(ix),
            None => None,
        };
        match target {
            Some(g) => {
                for (i, o) in ovs.iter().enumerate() {
                    if i < g.len() {
                        // `// DD` with no parameters keeps that concatenation member.
                        if i == 0 || !o.params.is_empty() {
                            g[i] = merge_dd(&g[i], o);
                        }
                    } else {
                        g.push(o.clone());
                    }
                }
            }
            None => {
                by_name.insert(name.to_ascii_uppercase(), groups.len());
                groups.push(ovs.clone());
            }
        }
    }
    groups.into_iter().flatten().collect()
}

/// Applies the calling EXEC's keyword overrides to step `index` (`name`).
fn apply_exec_overrides(
    mut params: Vec<(String, String)>,
    call_params: &[(String, String)],
    index: usize,
    name: &str,
) -> Vec<(String, String)> {
    for (key, v) in call_params {
        let (base, target) = match key.split_once('.') {
            Some((b, t)) => (b, Some(t)),
            None => (key.as_str(), None),
        };
        if key.is_empty() || !EXEC_KEYWORDS.contains(&base) || base == "PGM" || base == "PROC" {
            continue;
        }
        match target {
            Some(t) if !t.eq_ignore_ascii_case(name) => {}
            None if (base == "PARM" || base == "PARMDD") && index > 0 => {
                remove_param(&mut params, base);
            }
            _ => set_param(&mut params, base, v),
        }
    }
    params
}

/// One call of a procedure.
struct Call<'c> {
    job_step: &'c str,
    /// Job step line: where problems are reported.
    line: u32,
    /// Step of the calling procedure (None for a job step).
    caller_step: Option<&'c str>,
    name: String,
    params: Vec<(String, String)>,
    dds: Vec<JclDd>,
    env: &'c Env,
    depth: usize,
}

struct Expander<'a> {
    job: &'a JclJob,
    library: &'a dyn Fn(&str) -> Option<JclProc>,
    procs: HashMap<String, Option<Rc<JclProc>>>,
    out: Vec<ExpandedStep>,
    problems: Vec<JclProblem>,
    reported: HashSet<(u32, String)>,
    /// Symbols substituted, one set per open procedure call.
    used: Vec<HashSet<String>>,
    calls: usize,
    /// Calls that could not be expanded (missing, recursive, too deep).
    unexpanded: usize,
    /// Steps and DDs processed so far (bounded by `MAX_WORK`).
    work: usize,
    stopped: bool,
    /// The procedures of the open calls: a library that answers several names with one
    /// procedure (renamed) must not hide a recursion behind the names.
    bodies: Vec<Rc<JclProc>>,
}

pub(crate) fn expand(
    job: &JclJob,
    library: &dyn Fn(&str) -> Option<JclProc>,
) -> (Vec<ExpandedStep>, Vec<JclProblem>) {
    let mut x = Expander {
        job,
        library,
        procs: HashMap::new(),
        out: Vec::new(),
        problems: Vec::new(),
        reported: HashSet::new(),
        used: vec![HashSet::new()],
        calls: 0,
        unexpanded: 0,
        work: 0,
        stopped: false,
        bodies: Vec::new(),
    };
    for p in &job.in_stream_procs {
        if !p.name.is_empty() {
            x.procs
                .entry(p.name.to_ascii_uppercase())
                .or_insert_with(|| Some(Rc::new(p.clone())));
        }
    }
    for step in &job.steps {
        if x.stopped {
            break;
        }
        let env = x.set_env(step.line);
        x.job_step(step, &env);
    }
    x.resolve_referbacks();
    x.problems.sort_by_key(|p| p.line);
    (x.out, x.problems)
}

impl<'a> Expander<'a> {
    fn problem(&mut self, line: u32, message: impl Into<String>) {
        self.problems.push(JclProblem {
            line,
            message: message.into(),
        });
    }

    /// Symbols set by SET statements coded before line `line`. A SET value
    /// may use symbols set before it (`// SET HLQ=&ENV..APP`).
    fn set_env(&mut self, line: u32) -> Env {
        let job = self.job;
        let mut env = Env::new();
        let positional = job.set_lines.len() == job.sets.len();
        for (i, (k, v)) in job.sets.iter().enumerate() {
            if positional && job.set_lines[i] > line {
                continue;
            }
            let v = self.substitute(v, &env, false, &mut Vec::new());
            env.insert(k.to_ascii_uppercase(), v);
        }
        env
    }

    fn lookup(&mut self, name: &str) -> Option<Rc<JclProc>> {
        let key = name.to_ascii_uppercase();
        if let Some(p) = self.procs.get(&key) {
            return p.clone();
        }
        let p = (self.library)(name).map(Rc::new);
        self.procs.insert(key, p.clone());
        p
    }

    /// Counts the processing of one step with `dds` DDs; false (and the
    /// expansion stops) when the budget is exhausted.
    fn spend(&mut self, dds: usize, line: u32) -> bool {
        self.work = self.work.saturating_add(1 + dds);
        if self.work > MAX_WORK && !self.stopped {
            self.problem(
                line,
                format!(
                    "the job is too large to expand (more than {MAX_WORK} steps and DDs); \
                     expansion stopped"
                ),
            );
            self.stopped = true;
        }
        !self.stopped
    }

    fn push_step(&mut self, step: ExpandedStep) {
        if self.out.len() >= MAX_STEPS {
            if !self.stopped {
                self.problem(
                    step.line,
                    format!("the job expands to more than {MAX_STEPS} steps; expansion stopped"),
                );
            }
            self.stopped = true;
            return;
        }
        self.out.push(step);
    }

    /// Substitutes symbols in `text`. Undefined symbols outside apostrophes
    /// are added to `undefined` and left as written.
    fn substitute(
        &mut self,
        text: &str,
        env: &Env,
        quoted_ok: bool,
        undefined: &mut Vec<String>,
    ) -> String {
        if !text.contains('&') {
            return text.to_string();
        }
        let b = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut lit = 0;
        let mut i = 0;
        let mut in_quote = false;
        while i < b.len() {
            match b[i] {
                b'\'' => {
                    in_quote = !in_quote;
                    i += 1;
                }
                b'&' if b.get(i + 1) == Some(&b'&') => i += 2,
                b'&' => {
                    let s = i + 1;
                    let mut e = s;
                    while e < b.len() && is_name_byte(b[e]) {
                        e += 1;
                    }
                    let valid = (1..=8).contains(&(e - s)) && !b[s].is_ascii_digit();
                    if !valid {
                        i = e.max(i + 1);
                        continue;
                    }
                    let key = text[s..e].to_ascii_uppercase();
                    let value = if !in_quote || quoted_ok {
                        env.get(&key)
                    } else {
                        None
                    };
                    match value {
                        Some(v) if out.len() + (i - lit) + v.len() <= MAX_TEXT => {
                            out.push_str(&text[lit..i]);
                            out.push_str(v);
                            let end = if b.get(e) == Some(&b'.') { e + 1 } else { e };
                            i = end;
                            lit = end;
                            if let Some(u) = self.used.last_mut() {
                                u.insert(key);
                            }
                        }
                        Some(_) => i = e,
                        None => {
                            if !in_quote && !is_system_symbol(&key) {
                                undefined.push(key);
                            }
                            i = e;
                        }
                    }
                }
                _ => i += 1,
            }
        }
        out.push_str(&text[lit..]);
        out
    }

    /// Substitutes symbols in a parameter list and re-splits it (a value
    /// may bring commas, hence new parameters).
    fn subst_params(
        &mut self,
        params: &[(String, String)],
        env: &Env,
        undefined: &mut Vec<String>,
        quoted_ok_keys: &[&str],
    ) -> Vec<(String, String)> {
        if !params.iter().any(|(_, v)| v.contains('&')) {
            return params.to_vec();
        }
        let mut out = Vec::with_capacity(params.len());
        for (k, v) in params {
            let base = k.split('.').next().unwrap_or("");
            let quoted_ok = quoted_ok_keys.contains(&canon(base));
            let mut und = Vec::new();
            let nv = self.substitute(v, env, quoted_ok, &mut und);
            if canon(k) == "DSN" {
                if let Some(temp) = temp_dsn_symbol(v) {
                    und.retain(|u| *u != temp);
                }
            }
            undefined.extend(und);
            out.push((k.clone(), nv));
        }
        split_params(&join_params(&out)).0
    }

    fn subst_dds(&mut self, dds: &[JclDd], env: &Env, undefined: &mut Vec<String>) -> Vec<JclDd> {
        let mut out = Vec::with_capacity(dds.len());
        for dd in dds {
            let params = self.subst_params(&dd.params, env, undefined, &["PATH", "AMP", "SUBSYS"]);
            if params == dd.params {
                out.push(dd.clone());
                continue;
            }
            let in_stream = match dd.kind {
                DdKind::InStream { first_line, lines } => Some((first_line, lines)),
                _ => None,
            };
            let (dsn, disp, kind) = derive_dd(&params, in_stream);
            out.push(JclDd {
                dsn,
                disp,
                kind,
                params,
                ..dd.clone()
            });
        }
        out
    }

    fn report_undefined(&mut self, line: u32, undefined: Vec<String>, place: &str) {
        for name in undefined {
            if self.reported.insert((line, name.clone())) {
                self.problem(
                    line,
                    format!("symbol &{name} is not defined ({place}); it is left as written"),
                );
            }
        }
    }

    fn job_step(&mut self, step: &super::JclStep, env: &Env) {
        if !self.spend(step.dds.len(), step.line) {
            return;
        }
        let mut undefined = Vec::new();
        let params = self.subst_params(&step.params, env, &mut undefined, &["PARM", "ACCT"]);
        let target = match exec_target(&params) {
            ExecTarget::Unknown => step.exec.clone(),
            t => t,
        };
        let dds = self.subst_dds(&step.dds, env, &mut undefined);
        let place = format!("job step {}", display(&step.name));
        self.report_undefined(step.line, undefined, &place);
        match target {
            ExecTarget::Proc(name) => {
                let call = Call {
                    job_step: &step.name,
                    line: step.line,
                    caller_step: None,
                    name,
                    params,
                    dds,
                    env,
                    depth: 1,
                };
                let mut stack = Vec::new();
                self.call_proc(call, &mut stack);
            }
            other => {
                let program = match other {
                    ExecTarget::Program(p) => Some(p),
                    _ => None,
                };
                if let Some(dd) = dds.iter().find(|d| d.step_override.is_some()) {
                    let message = format!(
                        "DD {}.{} overrides a procedure step, but step {} runs a program, not a \
                         procedure",
                        dd.step_override.as_deref().unwrap_or(""),
                        dd.name,
                        display(&step.name)
                    );
                    self.problem(dd.line, message);
                }
                self.push_step(ExpandedStep {
                    job_step: step.name.clone(),
                    proc_step: None,
                    proc: None,
                    program,
                    line: step.line,
                    proc_line: None,
                    params,
                    dds,
                });
            }
        }
    }

    fn call_proc(&mut self, c: Call<'_>, stack: &mut Vec<String>) {
        if self.stopped {
            return;
        }
        self.calls += 1;
        if self.calls > MAX_STEPS {
            self.problem(
                c.line,
                format!("more than {MAX_STEPS} procedure calls; expansion stopped"),
            );
            self.stopped = true;
            return;
        }
        let chain = |stack: &[String], last: &str| {
            let mut v: Vec<&str> = stack.iter().map(String::as_str).collect();
            v.push(last);
            v.join(" -> ")
        };
        if c.depth > MAX_DEPTH {
            let message = format!(
                "procedures are nested more than {MAX_DEPTH} levels deep ({}); PROC {} is not \
                 expanded",
                chain(stack, &c.name),
                c.name
            );
            self.problem(c.line, message);
            self.unexpanded += 1;
            return;
        }
        if stack.iter().any(|s| s.eq_ignore_ascii_case(&c.name)) {
            let message = format!(
                "PROC {} calls itself ({}); the recursive call is not expanded",
                c.name,
                chain(stack, &c.name)
            );
            self.problem(c.line, message);
            self.unexpanded += 1;
            return;
        }
        let Some(proc_) = self.lookup(&c.name) else {
            let message = format!(
                "PROC {} not found (neither in-stream nor in the procedure library)",
                c.name
            );
            self.problem(c.line, message);
            self.unexpanded += 1;
            self.push_step(ExpandedStep {
                job_step: c.job_step.to_string(),
                proc_step: c.caller_step.map(str::to_string),
                proc: Some(c.name.clone()),
                program: None,
                line: c.line,
                proc_line: None,
                params: c.params,
                dds: c.dds,
            });
            return;
        };
        let same_body = |b: &Rc<JclProc>| {
            Rc::ptr_eq(b, &proc_)
                || (b.line == proc_.line
                    && b.steps == proc_.steps
                    && b.defaults == proc_.defaults
                    && b.sets == proc_.sets)
        };
        if self.bodies.iter().any(same_body) {
            let message = format!(
                "PROC {} is a procedure already being expanded, under another name ({}); the \
                 recursive call is not expanded",
                c.name,
                chain(stack, &c.name)
            );
            self.problem(c.line, message);
            self.unexpanded += 1;
            return;
        }
        if proc_.steps.is_empty() {
            self.problem(c.line, format!("PROC {} has no steps", c.name));
            self.unexpanded += 1;
            return;
        }

        // Symbol table: caller's, then the procedure's SETs and defaults,
        // then the calling EXEC (first assignment of a name wins there).
        let mut env = c.env.clone();
        for (k, v) in proc_.sets.iter().chain(&proc_.defaults) {
            env.insert(k.to_ascii_uppercase(), v.clone());
        }
        let mut exec_symbols: Vec<String> = Vec::new();
        let mut assigned: HashSet<&str> = HashSet::new();
        for (k, v) in &c.params {
            if k.is_empty() || k.contains('.') || EXEC_KEYWORDS.contains(&k.as_str()) {
                continue;
            }
            if !assigned.insert(k.as_str()) {
                continue;
            }
            let mut value = symbol_value(v);
            if value.chars().count() > 255 {
                self.problem(
                    c.line,
                    format!("value of symbol {k} is longer than 255 characters"),
                );
                if let Some((cut, _)) = value.char_indices().nth(MAX_VALUE) {
                    value.truncate(cut);
                }
            }
            env.insert(k.clone(), value);
            exec_symbols.push(k.clone());
        }

        // Step name → index of its first occurrence.
        let mut step_names: HashMap<String, usize> = HashMap::new();
        for (ix, s) in proc_.steps.iter().enumerate() {
            step_names.entry(s.name.to_ascii_uppercase()).or_insert(ix);
        }

        // EXEC overrides naming a step the procedure does not have.
        for (k, _) in &c.params {
            if let Some((base, t)) = k.split_once('.') {
                if EXEC_KEYWORDS.contains(&base)
                    && !step_names.contains_key(&t.to_ascii_uppercase())
                {
                    let message = format!(
                        "EXEC parameter {k}: PROC {} has no step {t}; ignored",
                        c.name
                    );
                    self.problem(c.line, message);
                }
            }
        }

        let groups = self.override_groups(&c, &step_names);
        let mut by_step: Vec<Vec<&OverrideGroup>> = vec![Vec::new(); proc_.steps.len()];
        for g in &groups {
            if let Some(slot) = by_step.get_mut(g.0) {
                slot.push(g);
            }
        }
        let unexpanded_before = self.unexpanded;
        stack.push(c.name.clone());
        self.bodies.push(proc_.clone());
        self.used.push(HashSet::new());
        for (index, pstep) in proc_.steps.iter().enumerate() {
            if !self.spend(pstep.dds.len() + by_step[index].len(), c.line) {
                break;
            }
            let mut undefined = Vec::new();
            let params = self.subst_params(&pstep.params, &env, &mut undefined, &["PARM", "ACCT"]);
            let target = match exec_target(&params) {
                ExecTarget::Unknown => pstep.exec.clone(),
                t => t,
            };
            let dds = self.subst_dds(&pstep.dds, &env, &mut undefined);
            let place = format!(
                "PROC {}, step {} on line {}",
                c.name,
                display(&pstep.name),
                pstep.line
            );
            self.report_undefined(c.line, undefined, &place);
            let mine = &by_step[index];
            match target {
                ExecTarget::Proc(inner) => {
                    if let Some((_, name, _)) = mine.first() {
                        let message = format!(
                            "DD override {}.{name} cannot be applied: step {} of PROC {} calls \
                             PROC {inner} (overrides reach one level of nesting only)",
                            pstep.name, pstep.name, c.name
                        );
                        self.problem(c.line, message);
                    }
                    let call = Call {
                        job_step: c.job_step,
                        line: c.line,
                        caller_step: Some(&pstep.name),
                        name: inner,
                        params,
                        dds,
                        env: &env,
                        depth: c.depth + 1,
                    };
                    self.call_proc(call, stack);
                }
                other => {
                    let program = match other {
                        ExecTarget::Program(p) => Some(p),
                        _ => None,
                    };
                    let params = apply_exec_overrides(params, &c.params, index, &pstep.name);
                    let dds = apply_dd_overrides(dds, mine);
                    self.push_step(ExpandedStep {
                        job_step: c.job_step.to_string(),
                        proc_step: Some(pstep.name.clone()),
                        proc: Some(c.name.clone()),
                        program,
                        line: c.line,
                        proc_line: Some(pstep.line),
                        params,
                        dds,
                    });
                }
            }
        }
        let used = self.used.pop().unwrap_or_default();
        stack.pop();
        self.bodies.pop();
        // A symbol may be meant for a procedure that could not be read, or
        // for statements brought in by INCLUDE: no verdict then.
        if !self.stopped && proc_.includes.is_empty() && self.unexpanded == unexpanded_before {
            for s in &exec_symbols {
                // A symbol the PROC statement declares is known even if unused (kept for
                // documentation, like a DB2 PLAN name).
                let declared = proc_
                    .defaults
                    .iter()
                    .any(|(d, _)| d.eq_ignore_ascii_case(s));
                if !used.contains(s) && !declared {
                    let message = format!(
                        "{s}= on the EXEC of PROC {} is not a symbol the procedure uses (nor an \
                         EXEC keyword); misspelt?",
                        c.name
                    );
                    self.problem(c.line, message);
                }
            }
        }
        if let Some(parent) = self.used.last_mut() {
            parent.extend(used);
        }
    }

    /// Groups the calling step's DDs by the procedure step they modify.
    fn override_groups(
        &mut self,
        c: &Call<'_>,
        step_names: &HashMap<String, usize>,
    ) -> Vec<OverrideGroup> {
        let mut groups: Vec<OverrideGroup> = Vec::new();
        let mut current = 0usize;
        let mut last_ok = false;
        for dd in &c.dds {
            if dd.name.is_empty() {
                if last_ok {
                    if let Some(g) = groups.last_mut() {
                        g.2.push(dd.clone());
                    }
                }
                continue;
            }
            let index = match &dd.step_override {
                Some(s) => match step_names.get(&s.to_ascii_uppercase()) {
                    Some(&ix) => ix,
                    None => {
                        let line = if c.depth == 1 { dd.line } else { c.line };
                        let message = format!(
                            "DD {s}.{} names step {s}, but PROC {} has no such step; ignored",
                            dd.name, c.name
                        );
                        self.problem(line, message);
                        last_ok = false;
                        continue;
                    }
                },
                None => current,
            };
            current = index;
            last_ok = true;
            groups.push((index, dd.name.clone(), vec![dd.clone()]));
        }
        groups
    }

    /// Replaces `DSN=*.ddname`, `*.step.ddname`, `*.step.procstep.ddname`
    /// by the data set name of the DD referred to (the last DD of that name
    /// before the reference).
    fn resolve_referbacks(&mut self) {
        // Step key (`JOBSTEP` or `JOBSTEP.PROCSTEP`) → latest step index.
        let mut steps: HashMap<String, usize> = HashMap::new();
        // (step index, DD name) → data set name, filled in coding order.
        let mut names: HashMap<(usize, String), Option<String>> = HashMap::new();
        for i in 0..self.out.len() {
            for d in 0..self.out[i].dds.len() {
                let referback = self.out[i].dds[d]
                    .dsn
                    .as_deref()
                    .and_then(|s| s.strip_prefix("*."))
                    .map(str::to_ascii_uppercase);
                if let Some(r) = referback {
                    let step = &self.out[i];
                    let parts: Vec<&str> = r.split('.').collect();
                    let (target, ddname) = match parts.as_slice() {
                        [dd] => (Some(i), *dd),
                        [s, dd] => {
                            let here = format!("{}.{s}", step.job_step.to_ascii_uppercase());
                            let t = match step.proc_step {
                                Some(_) => steps.get(&here).or_else(|| steps.get(*s)),
                                None => steps.get(*s),
                            };
                            (t.copied(), *dd)
                        }
                        [s, p, dd] => (steps.get(&format!("{s}.{p}")).copied(), *dd),
                        _ => (None, ""),
                    };
                    let found = target
                        .and_then(|t| names.get(&(t, ddname.to_string())))
                        .cloned()
                        .flatten()
                        .filter(|x| !x.starts_with("*."));
                    match found {
                        Some(ds) => self.out[i].dds[d].dsn = Some(ds),
                        None => {
                            let line = self.out[i].line;
                            let message = format!(
                                "backward reference DSN=*.{r} in step {} does not match a DD \
                                 with a data set name in an earlier step",
                                display(&self.out[i].job_step)
                            );
                            self.problem(line, message);
                        }
                    }
                }
                let dd = &self.out[i].dds[d];
                if !dd.name.is_empty() {
                    names.insert((i, dd.name.to_ascii_uppercase()), dd.dsn.clone());
                }
            }
            let step = &self.out[i];
            let js = step.job_step.to_ascii_uppercase();
            match &step.proc_step {
                Some(p) => steps.insert(format!("{js}.{}", p.to_ascii_uppercase()), i),
                None => steps.insert(js, i),
            };
        }
    }
}

fn display(name: &str) -> &str {
    if name.is_empty() { "(unnamed)" } else { name }
}
