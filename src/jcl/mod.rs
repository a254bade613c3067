//! JCL parser: z/OS Job Control Language → jobs, steps, DDs and procedures.
//!
//! LegacyLens uses it to learn, for each job of a mainframe estate, which
//! programs run in which order and which data sets they read and write.
//! [`parse_jcl`] turns one member (a job, a cataloged procedure, an INCLUDE
//! group or a mixture) into a [`JclDocument`]; [`expand_job`] then replaces
//! each `EXEC` of a procedure by the procedure's steps, with symbolic
//! parameters substituted and DD overrides applied, the way the z/OS
//! converter does before a job runs.
//!
//! The parser is hand-written and runs in time linear in the input, never
//! panics and never fails: a malformed statement becomes a [`JclProblem`]
//! (1-based line, message for a person) and parsing resumes at the next
//! statement. Submodules: `source` (lines, columns, continuation), `operands`
//! (parameters, sublists, apostrophes), `parser` (statements → document) and
//! `expand` (procedures, symbols, overrides).
//!
//! Conventions:
//! - Columns 1–71 are the statement field; column 72 only continues
//!   comments; columns 73–80 (sequence numbers) are ignored. Lines may be
//!   shorter than 72 columns and end in LF or CRLF.
//! - Spans are byte offsets `(start, end)` into the parsed text, `end`
//!   exclusive and before the line terminator. A statement's span covers all
//!   its continuation lines; a DD's span also covers its in-stream data and
//!   delimiter; a step's span runs from its EXEC to the end of its last DD; a
//!   job's and a procedure's to their last statement (`PEND` and the null
//!   statement included).
//! - `params` keep every parameter in coding order as `(KEY, value)`: keys
//!   upper-cased, positional parameters under the key `""`, values exactly
//!   as written (apostrophes kept, symbols unsubstituted). PROC defaults and
//!   SET values are stored as substitution texts instead (enclosing
//!   apostrophes removed), since that is what they are.
//! - Names (jobs, steps, DDs, procedures, data sets) keep the case they
//!   were written in; keyword and name lookups ignore ASCII case.
//! - Statements that belong to no job (an INCLUDE group, a procedure member
//!   without PROC statement) are collected in a job with the empty name.
//! - In-stream data is never read as JCL: `DD *` runs to `/*` or the next
//!   `//` line, `DD DATA` to `/*`, `DLM=xx` to `xx` (on `DD *` a `//` line
//!   still ends it, as in JES2), `XMIT` likewise. Lines without `//` inside
//!   a step become the data of an implicit `SYSIN DD *`, as z/OS does.
//! - Problems of [`expand_job`] are reported on the line of the job step
//!   concerned (in the job's text), or of the override DD coded in the job.

pub mod assign;
mod expand;
mod operands;
mod parser;
pub mod register;
mod source;
#[cfg(test)]
mod tests;

use serde::Serialize;

pub use operands::unquote;

/// Everything found in one JCL member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct JclDocument {
    /// Jobs, in order. Statements outside any job go into a job named `""`.
    pub jobs: Vec<JclJob>,
    /// Procedures that are not inside a job (cataloged procedure members).
    pub procs: Vec<JclProc>,
    /// Syntax and structure problems, sorted by line.
    pub problems: Vec<JclProblem>,
}

/// A problem found in the JCL, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JclProblem {
    pub line: u32,
    pub message: String,
}

/// A job: from its JOB statement to the next JOB, the null statement or
/// the end of the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct JclJob {
    pub name: String,
    pub line: u32,
    pub span: (usize, usize),
    pub steps: Vec<JclStep>,
    /// Procedures defined in the job (`//NAME PROC` … `// PEND`).
    pub in_stream_procs: Vec<JclProc>,
    /// Libraries of `JCLLIB ORDER=(...)`, in search order.
    pub jcllib: Vec<String>,
    /// `SET` assignments in coding order, values as substitution texts.
    pub sets: Vec<(String, String)>,
    /// Line of the SET statement of each entry of `sets` (same length).
    pub set_lines: Vec<u32>,
    /// Parameters of the JOB statement (accounting, programmer, CLASS, ...).
    pub params: Vec<(String, String)>,
    /// DD statements before the first EXEC (JOBLIB, JOBCAT, or the DDs of
    /// an INCLUDE group).
    pub dds: Vec<JclDd>,
    /// Members named by `INCLUDE MEMBER=`, in order.
    pub includes: Vec<String>,
}

/// A procedure: in-stream (inside a job, ended by PEND) or cataloged (its
/// own member).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct JclProc {
    /// Name on the PROC statement; may be empty for a cataloged procedure
    /// (its member name is its name, see [`JclDocument::proc_for_member`]).
    pub name: String,
    pub line: u32,
    pub span: (usize, usize),
    /// Symbolic parameter defaults of the PROC statement, values as
    /// substitution texts (`RUNDATE=` gives `("RUNDATE", "")`).
    pub defaults: Vec<(String, String)>,
    pub steps: Vec<JclStep>,
    /// `SET` assignments coded inside the procedure.
    pub sets: Vec<(String, String)>,
    /// Members named by `INCLUDE MEMBER=`, in order.
    pub includes: Vec<String>,
}

/// A step: one EXEC statement and the DD statements after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JclStep {
    /// Step name; empty for an unnamed EXEC.
    pub name: String,
    pub line: u32,
    pub span: (usize, usize),
    pub exec: ExecTarget,
    /// All parameters of the EXEC statement, including `PGM=` / the
    /// procedure name (positional) and symbolic overrides.
    pub params: Vec<(String, String)>,
    /// DD statements of the step. After the EXEC of a procedure these are
    /// overrides and additions for the procedure's steps.
    pub dds: Vec<JclDd>,
}

/// What an EXEC statement runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub enum ExecTarget {
    /// `PGM=NAME` (may contain symbols inside a procedure, e.g. `&PGM`).
    Program(String),
    /// `PROC=NAME` or the first positional parameter `EXEC NAME`.
    Proc(String),
    /// `PGM=*.STEP.DD` / `PGM=*.STEP.PROCSTEP.DD`: the text after `*.`.
    ReferBack(String),
    /// Neither a program nor a procedure could be found.
    #[default]
    Unknown,
}

/// A DD statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JclDd {
    /// DD name; `""` for a concatenation (an unnamed DD after a named one).
    pub name: String,
    /// `STEP1` of `//STEP1.INPUT DD` (an override or addition for step
    /// STEP1 of the called procedure). An unnamed DD concatenated to an
    /// override inherits it.
    pub step_override: Option<String>,
    pub line: u32,
    pub span: (usize, usize),
    /// `DSN=` / `DSNAME=` without enclosing apostrophes: `&&TEMP`,
    /// `&HLQ..FILE`, `PROD.GDG(+1)`, `LIB(MEMBER)`, `*.STEP.DD` as written.
    pub dsn: Option<String>,
    /// `DISP=` when coded (the system default NEW,DELETE is not filled in).
    pub disp: Option<Disposition>,
    pub kind: DdKind,
    pub params: Vec<(String, String)>,
}

/// What a DD statement describes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DdKind {
    /// A data set named by `DSN=`.
    Dataset,
    /// `DUMMY` or `DSN=NULLFILE`.
    Dummy,
    /// `SYSOUT=class`: the class (`*`, `A`, ...); `SYSOUT=(A,INTRDR)` gives
    /// `A`, the writer stays in `params`.
    Sysout(String),
    /// `DD *` or `DD DATA` (also the implicit `SYSIN` that z/OS creates for
    /// data lines without a DD): the 1-based line of the first data line
    /// and the number of data lines.
    InStream { first_line: u32, lines: u32 },
    /// Anything else (`DDNAME=`, `PATH=`, `UNIT=` alone, an empty override).
    Other,
}

/// The DISP parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disposition {
    /// `NEW`, `OLD`, `SHR` or `MOD`, upper case; `NEW` when omitted as in
    /// `DISP=(,CATLG)`. Other text (e.g. an unsubstituted `&DISP`) is kept.
    pub status: String,
    /// Normal-end disposition (`CATLG`, `KEEP`, `PASS`, `DELETE`, ...).
    pub normal: Option<String>,
    /// Abnormal-end disposition.
    pub abnormal: Option<String>,
}

impl Disposition {
    /// NEW, MOD and OLD open the data set for output (OLD for both).
    pub fn writes(&self) -> bool {
        matches!(self.status.as_str(), "NEW" | "MOD" | "OLD")
    }

    /// SHR and OLD open the data set for input.
    pub fn reads(&self) -> bool {
        matches!(self.status.as_str(), "SHR" | "OLD")
    }
}

/// A step after procedure expansion: one program execution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpandedStep {
    /// Name of the step in the job.
    pub job_step: String,
    /// Name of the step inside the (innermost) procedure, if any.
    pub proc_step: Option<String>,
    /// Name of the (innermost) procedure, as called.
    pub proc: Option<String>,
    /// Program run, symbols substituted; `None` for `PGM=*.` referbacks,
    /// unknown targets and procedures that were not found.
    pub program: Option<String>,
    /// Line of the job step's EXEC statement in the job's text.
    pub line: u32,
    /// Line of the procedure step's EXEC in the procedure's text.
    pub proc_line: Option<u32>,
    /// EXEC parameters after substitution and EXEC overrides
    /// (`PARM.STEP=`, `COND=`, `REGION=` ...).
    pub params: Vec<(String, String)>,
    /// DDs with symbols substituted, overrides merged, additions appended
    /// and `DSN=*.STEP.DD` backward references resolved where possible.
    pub dds: Vec<JclDd>,
}

/// Parses one JCL member. Never fails: problems are reported in
/// [`JclDocument::problems`].
pub fn parse_jcl(text: &str) -> JclDocument {
    parser::parse(text)
}

/// Expands the EXEC statements of `job` that call procedures.
///
/// Procedures are looked up in the job's in-stream procedures first, then
/// with `library` (called at most once per name). Symbols take their values,
/// weakest first, from SET statements coded before the step, the PROC
/// statement's defaults, and the calling EXEC statement (z/OS rules: a
/// value on PROC or EXEC overrides SET; inner procedures inherit the
/// symbols of the outer ones). DD overrides (`//STEP.DD DD`) are merged,
/// additions appended, EXEC overrides (`PARM.STEP=`, `COND=`) applied.
/// Nesting is followed up to 15 levels; recursion and missing procedures are
/// reported as problems, never loop.
pub fn expand_job(
    job: &JclJob,
    library: &dyn Fn(&str) -> Option<JclProc>,
) -> (Vec<ExpandedStep>, Vec<JclProblem>) {
    expand::expand(job, library)
}

impl JclDocument {
    /// The procedure that the member `member` defines, for use as the
    /// `library` of [`expand_job`]: the procedure named `member`, else the
    /// member's only procedure (or only unnamed one), else, for a member
    /// without PROC statement, the steps it holds. A procedure found by
    /// position is given the member's name, as z/OS does.
    pub fn proc_for_member(&self, member: &str) -> Option<JclProc> {
        if let Some(p) = self
            .procs
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(member))
        {
            return Some(p.clone());
        }
        let unnamed: Vec<&JclProc> = self.procs.iter().filter(|p| p.name.is_empty()).collect();
        let only = match (self.procs.len(), unnamed.len()) {
            (1, _) => Some(&self.procs[0]),
            (_, 1) => Some(unnamed[0]),
            _ => None,
        };
        if let Some(p) = only {
            let mut p = p.clone();
            p.name = member.to_string();
            return Some(p);
        }
        if self.procs.is_empty() && self.jobs.len() == 1 && self.jobs[0].name.is_empty() {
            let j = &self.jobs[0];
            if !j.steps.is_empty() {
                return Some(JclProc {
                    name: member.to_string(),
                    line: j.line,
                    span: j.span,
                    defaults: Vec::new(),
                    steps: j.steps.clone(),
                    sets: j.sets.clone(),
                    includes: j.includes.clone(),
                });
            }
        }
        None
    }
}

impl JclStep {
    /// Value of EXEC keyword `key` (case-insensitive), as written.
    pub fn param(&self, key: &str) -> Option<&str> {
        find_param(&self.params, key)
    }
}

impl JclDd {
    /// Value of DD keyword `key` (case-insensitive; `DSN` also finds
    /// `DSNAME` and `VOL` finds `VOLUME`), as written.
    pub fn param(&self, key: &str) -> Option<&str> {
        let key = key.to_ascii_uppercase();
        find_param(&self.params, &key).or_else(|| match key.as_str() {
            "DSN" => find_param(&self.params, "DSNAME"),
            "DSNAME" => find_param(&self.params, "DSN"),
            "VOL" => find_param(&self.params, "VOLUME"),
            "VOLUME" => find_param(&self.params, "VOL"),
            _ => None,
        })
    }

    /// True for a temporary data set (`&&NAME`, or `&NAME` when NAME is not
    /// a symbol).
    pub fn is_temporary(&self) -> bool {
        self.dsn.as_deref().is_some_and(|d| d.starts_with('&'))
    }
}

fn find_param<'p>(params: &'p [(String, String)], key: &str) -> Option<&'p str> {
    params
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| v.as_str())
}
