//! The indexing pipeline: scan → read + decode + classify + parse (parallel) → register
//! declarations → resolve bodies (parallel) → one [`Model`].
//!
//! Every problem with a file becomes a diagnostic on that file and indexing goes on; only an
//! unreadable project folder stops it. Results are deterministic: file ids follow sorted paths,
//! and parallel results are merged in file order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use rayon::prelude::*;

use crate::cobol::{
    self, library::ProjectCopybooks, preprocess::PreprocessOptions, register::CobolUnit,
};
use crate::decode::{self, DecodeError, Encoding, LineIndex};
use crate::java::resolve::{FoundRef, FoundTarget};
use crate::java::{self, JavaUnit};
use crate::jcl::{self, JclDocument, register::JclUnit};
use crate::model::{
    Diagnostic, FileId, FileKind, Model, Namespace, NewSymbol, RefTarget, Reference, Severity,
    SourceFile, Span, SymbolKind,
};
use crate::panic_guard;
use crate::scan::{self, FoundFile, ScanError, ScanOptions};
use crate::sql::{self, DdlKind, DdlObject};

/// Default size above which a file is listed but not parsed.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 16_000_000;

/// At most this many syntax-error diagnostics per file; the rest are summarised.
const MAX_SYNTAX_DIAGNOSTICS: usize = 10;

/// Called as files finish loading: (files done, files total, path of the file just done).
pub type ProgressFn = dyn Fn(usize, usize, &str) + Send + Sync;

#[derive(Clone)]
pub struct IndexOptions {
    pub scan: ScanOptions,
    /// Files larger than this are listed (with their line count) but not parsed.
    pub max_file_bytes: u64,
    pub progress: Option<Arc<ProgressFn>>,
    /// Set to stop indexing early; the run then returns [`IndexError::Cancelled`].
    pub cancel: Option<Arc<AtomicBool>>,
    /// Folders (relative to the root) searched for copybooks before the conventional ones.
    pub copybook_folders: Vec<String>,
    /// COBOL source format override and debugging-line handling.
    pub cobol: PreprocessOptions,
    /// Names (or `PREFIX*`) of system services beyond the built-in IBM table.
    pub system_services: Vec<String>,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            scan: ScanOptions::default(),
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            progress: None,
            cancel: None,
            copybook_folders: Vec::new(),
            cobol: PreprocessOptions {
                drop_comment_lines: true,
                ..PreprocessOptions::default()
            },
            system_services: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Scan(#[from] ScanError),
    #[error("indexing cancelled")]
    Cancelled,
}

/// A file after the parallel load stage.
struct LoadedFile {
    file: SourceFile,
    diagnostics: Vec<Diagnostic>,
    content: Content,
}

enum Content {
    Nothing,
    Java(Box<JavaUnit>),
    Ddl(Vec<DdlObject>),
    Jcl(JclDocument),
    Csd(crate::cics::csd::CsdFile),
    Bms(crate::bms::BmsSource),
}

/// Stack size of the indexing threads. Syntax trees of generated code can be thousands of
/// levels deep (a 5,000-term string concatenation); the walkers also stop at a depth limit.
const WORKER_STACK_BYTES: usize = 256 << 20;

/// The thread pool indexing runs on: as many threads as cores, with deep stacks.
fn pool() -> &'static rayon::ThreadPool {
    static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(WORKER_STACK_BYTES)
            .thread_name(|i| format!("legacylens-index-{i}"))
            .build()
            .expect("creating the indexing thread pool")
    })
}

/// Indexes the project folder `root`.
pub fn index_project(root: &Path, options: &IndexOptions) -> Result<Model, IndexError> {
    pool().install(|| index_in_pool(root, options))
}

fn index_in_pool(root: &Path, options: &IndexOptions) -> Result<Model, IndexError> {
    let started = Instant::now();
    let mut model = Model::new(root.to_path_buf());
    model.system_services =
        crate::cobol::system_services::SystemServices::with_extra(&options.system_services);

    let scanned = scan::scan(root, &options.scan)?;
    model.stats.scan_ms = ms_since(started);

    // Load: read, decode, classify, parse; in parallel, in file order.
    let load_started = Instant::now();
    let total = scanned.files.len();
    let done = AtomicUsize::new(0);
    let cancelled = || {
        options
            .cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
    };
    let loaded: Vec<Option<LoadedFile>> = scanned
        .files
        .par_iter()
        .enumerate()
        .map(|(i, found)| {
            if cancelled() {
                return None;
            }
            let id = FileId(i as u32);
            let file = panic_guard::isolate("load", id, &found.relative, || {
                load_file(id, found, options.max_file_bytes)
            })
            .unwrap_or_else(|d| LoadedFile {
                file: empty_file(id, found, FileKind::Other),
                diagnostics: vec![d],
                content: Content::Nothing,
            });
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(progress) = &options.progress {
                progress(n, total, &found.relative);
            }
            Some(file)
        })
        .collect();
    if cancelled() {
        return Err(IndexError::Cancelled);
    }
    model.stats.load_ms = ms_since(load_started);

    let mut units: Vec<JavaUnit> = Vec::new();
    let mut ddl: Vec<(FileId, Vec<DdlObject>)> = Vec::new();
    let mut jcl: Vec<JclUnit> = Vec::new();
    let mut csd: Vec<crate::cics::csd::CsdUnit> = Vec::new();
    let mut bms: Vec<crate::bms::BmsUnit> = Vec::new();
    for loaded in loaded.into_iter().flatten() {
        let id = loaded.file.id;
        model.files.push(loaded.file);
        model.diagnostics.extend(loaded.diagnostics);
        match loaded.content {
            Content::Java(unit) => units.push(*unit),
            Content::Ddl(objects) => ddl.push((id, objects)),
            Content::Jcl(doc) => {
                let member = member_name(&model.file(id).path);
                jcl.push(JclUnit {
                    file: id,
                    member,
                    doc,
                });
            }
            Content::Csd(file) => {
                model
                    .diagnostics
                    .extend(crate::cics::csd::diagnostics(id, &file));
                csd.push(crate::cics::csd::CsdUnit {
                    file: id,
                    csd: file,
                });
            }
            Content::Bms(source) => bms.push(crate::bms::BmsUnit { file: id, source }),
            Content::Nothing => {}
        }
    }
    mark_vendored(&mut model, &units);
    for problem in &scanned.problems {
        // Entries the walk could not even list: add them as files so they show in the inventory.
        let id = FileId(model.files.len() as u32);
        model.files.push(SourceFile {
            id,
            path: problem.relative.clone(),
            kind: FileKind::Other,
            bytes: 0,
            lines: 0,
            encoding: None,
            error_nodes: 0,
            missing_nodes: 0,
            error_bytes: 0,
            copybooks: Vec::new(),
            missing_copybooks: Vec::new(),
            vendored: None,
            text: None,
            line_index: Arc::new(LineIndex::default()),
        });
        model.diagnostics.push(
            Diagnostic::new(
                Severity::Warning,
                "scan.unreadable",
                problem.message.clone(),
            )
            .in_file(id),
        );
    }

    // COBOL: preprocess with the project's copybooks, parse, read; in parallel.
    let cobol_started = Instant::now();
    let cobol_units = analyse_cobol(&mut model, options);
    model.stats.cobol_ms = ms_since(cobol_started);

    // Register declarations (sequential, cheap).
    let register_started = Instant::now();
    for (file, objects) in &ddl {
        register_ddl(&mut model, *file, objects);
    }
    let table = java::register::register(&mut model, &mut units);
    // Maps first: SEND MAP / RECEIVE MAP then find their definitions.
    crate::bms::register::register(&mut model, &bms);
    let programs = cobol::register::declare_programs(&mut model, &cobol_units);
    cobol::register::register_programs(&mut model, &cobol_units, &programs);
    cobol::register::register_copybooks(&mut model, &cobol_units);
    crate::bms::link::link_programs(&mut model);
    jcl::register::register(&mut model, &jcl, &programs);
    jcl::assign::link_program_files(&mut model);
    crate::cics::csd::register(&mut model, &csd, &programs);
    mark_system_services(&mut model);
    model.stats.register_ms = ms_since(register_started);

    // Resolve bodies in parallel.
    let resolve_started = Instant::now();
    // Each unit (and its syntax tree) is freed on the worker that resolved it.
    let paths: Vec<&str> = model.files.iter().map(|f| f.path.as_str()).collect();
    let resolutions: Vec<_> = units
        .into_par_iter()
        .map(|unit| {
            let path = paths.get(unit.file.index()).copied().unwrap_or("");
            panic_guard::isolate("resolve", unit.file, path, || {
                java::resolve::resolve(&table, &unit)
            })
        })
        .collect();
    let mut panics = Vec::new();
    let mut found: Vec<FoundRef> = Vec::new();
    let mut sql_arguments = Vec::new();
    let mut sql_parameters = Vec::new();
    for r in resolutions {
        let r = match r {
            Ok(r) => r,
            Err(d) => {
                panics.push(d);
                continue;
            }
        };
        found.extend(r.refs);
        sql_arguments.extend(r.sql_arguments);
        sql_parameters.extend(r.sql_parameters);
        model.flows.extend(r.flows);
        model.conditions.extend(r.conditions);
    }
    found.extend(java::resolve::resolve_sql_through_helpers(
        &sql_arguments,
        sql_parameters,
    ));
    add_found_refs(&mut model, found);
    model.diagnostics.extend(panics);
    model.stats.resolve_ms = ms_since(resolve_started);

    model.sort_diagnostics();
    model.stats.total_ms = ms_since(started);
    Ok(model)
}

/// Calls, LINKs, XCTLs and steps naming a system service of the project's table are external
/// references, never unresolved ones.
fn mark_system_services(model: &mut Model) {
    let services = &model.system_services;
    for r in &mut model.references {
        if let RefTarget::Unresolved { name } = &r.target
            && r.kind.is_call_edge()
            && services.contains(name)
        {
            r.target = RefTarget::External { name: name.clone() };
        }
    }
}

/// Marks the Java files that are vendored third-party copies.
fn mark_vendored(model: &mut Model, units: &[JavaUnit]) {
    let facts: Vec<java::vendored::JavaFileFacts<'_>> = units
        .iter()
        .map(|u| java::vendored::JavaFileFacts {
            file: u.file,
            package: &u.decls.package,
            text: &u.text,
        })
        .collect();
    for (file, reason) in java::vendored::detect(&facts) {
        model.files[file.index()].vendored = Some(reason);
    }
}

fn ms_since(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn empty_file(id: FileId, found: &FoundFile, kind: FileKind) -> SourceFile {
    SourceFile {
        id,
        path: found.relative.clone(),
        kind,
        bytes: found.bytes,
        lines: 0,
        encoding: None,
        error_nodes: 0,
        missing_nodes: 0,
        error_bytes: 0,
        copybooks: Vec::new(),
        missing_copybooks: Vec::new(),
        vendored: None,
        text: None,
        line_index: Arc::new(LineIndex::default()),
    }
}

fn load_file(id: FileId, found: &FoundFile, max_bytes: u64) -> LoadedFile {
    let mut diagnostics = Vec::new();
    let bytes = match std::fs::read(&found.path) {
        Ok(b) => b,
        Err(err) => {
            let reason = match err.kind() {
                std::io::ErrorKind::PermissionDenied => {
                    "permission denied; check the file's access rights".to_string()
                }
                std::io::ErrorKind::IsADirectory => "is a folder".to_string(),
                _ => err.to_string(),
            };
            diagnostics.push(
                Diagnostic::new(
                    Severity::Error,
                    "read.failed",
                    format!("cannot read file: {reason}"),
                )
                .in_file(id),
            );
            return LoadedFile {
                file: empty_file(id, found, FileKind::Other),
                diagnostics,
                content: Content::Nothing,
            };
        }
    };
    let mut file = empty_file(id, found, FileKind::Other);
    file.bytes = bytes.len() as u64;
    if bytes.is_empty() {
        file.kind = scan::classify(&found.relative, "");
        diagnostics.push(
            Diagnostic::new(Severity::Info, "read.empty", "empty file (0 bytes)").in_file(id),
        );
        return LoadedFile {
            file,
            diagnostics,
            content: Content::Nothing,
        };
    }
    let decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(DecodeError::Binary { reason }) => {
            diagnostics.push(
                Diagnostic::new(
                    Severity::Info,
                    "decode.binary",
                    format!("binary file ({reason}); not indexed"),
                )
                .in_file(id),
            );
            return LoadedFile {
                file,
                diagnostics,
                content: Content::Nothing,
            };
        }
    };
    drop(bytes);
    let severity = match decoded.encoding {
        Encoding::Windows1252 => Severity::Warning,
        _ => Severity::Info,
    };
    for note in &decoded.notes {
        let mut d = Diagnostic::new(severity, "decode.encoding", note.message.clone()).in_file(id);
        d.line = note.line;
        diagnostics.push(d);
    }
    let text: Arc<str> = Arc::from(decoded.text);
    let lines = Arc::new(LineIndex::new(&text));
    file.kind = scan::classify(&found.relative, &text);
    file.encoding = Some(decoded.encoding);
    file.lines = lines.line_count();
    file.text = Some(text.clone());
    file.line_index = lines.clone();

    if file.bytes > max_bytes {
        diagnostics.push(
            Diagnostic::new(
                Severity::Warning,
                "read.too-large",
                format!(
                    "file is {:.1} MB, above the {:.0} MB parse limit; listed but not parsed \
                     (raise --max-file-mb to parse it)",
                    file.bytes as f64 / 1e6,
                    max_bytes as f64 / 1e6
                ),
            )
            .in_file(id),
        );
        return LoadedFile {
            file,
            diagnostics,
            content: Content::Nothing,
        };
    }

    let content = match file.kind {
        FileKind::Java => match java::load(id, text.clone(), lines.clone()) {
            Some(unit) => {
                file.error_nodes =
                    (unit.decls.syntax_errors.len() + unit.decls.misplaced.len()) as u32;
                syntax_diagnostics(
                    &mut diagnostics,
                    id,
                    &text,
                    &lines,
                    &unit.decls.syntax_errors,
                );
                for ((start, _), message) in &unit.decls.misplaced {
                    diagnostics.push(
                        Diagnostic::new(Severity::Warning, "java.syntax", message.clone())
                            .in_file(id)
                            .at_line(lines.line_of(*start)),
                    );
                }
                Content::Java(Box::new(unit))
            }
            None => {
                diagnostics.push(
                    Diagnostic::new(
                        Severity::Error,
                        "java.parse-failed",
                        "the Java parser gave up on this file",
                    )
                    .in_file(id),
                );
                Content::Nothing
            }
        },
        FileKind::SqlDdl => Content::Ddl(sql::parse_ddl(&text)),
        FileKind::Jcl => Content::Jcl(jcl::parse_jcl(&text)),
        FileKind::CicsCsd => Content::Csd(crate::cics::csd::parse(&text)),
        FileKind::BmsMap => Content::Bms(crate::bms::parse(&text, &member_name(&found.relative))),
        _ => Content::Nothing,
    };
    LoadedFile {
        file,
        diagnostics,
        content,
    }
}

/// `jobs/PAYNIGHT.jcl` → `PAYNIGHT`.
fn member_name(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(s, _)| if s.is_empty() { name } else { s });
    stem.to_ascii_uppercase()
}

/// Runs the COBOL front end over every COBOL program and copybook, records each file's parse
/// statistics and diagnostics, and returns the programs' facts.
///
/// Programs are analysed with their copybooks expanded. A copybook some program includes
/// cleanly gets its figures from those parses; copybooks no program includes, or with errors
/// where they are included, are parsed on their own.
fn analyse_cobol(model: &mut Model, options: &IndexOptions) -> Vec<CobolUnit> {
    let library = ProjectCopybooks::new(&model.files, &options.copybook_folders);
    let parseable = |f: &SourceFile, kind: FileKind| {
        f.kind == kind && f.text.is_some() && f.bytes <= options.max_file_bytes
    };
    let program_ids: Vec<FileId> = model
        .files
        .iter()
        .filter(|f| parseable(f, FileKind::CobolProgram))
        .map(|f| f.id)
        .collect();
    let preprocess_options = options.cobol.clone();
    let files = &model.files;
    // A panic while analysing one file is that file's error diagnostic (kept apart and added
    // after the loop that reads the analyses).
    let analyse = |id: FileId| {
        let path = &files[id.index()].path;
        match panic_guard::isolate("cobol", id, path, || {
            cobol::analyse::analyse(files, id, &library, &preprocess_options)
        }) {
            Ok(result) => (id, result, None),
            Err(d) => (id, None, Some(d)),
        }
    };
    let mut panics = Vec::new();
    let programs: Vec<_> = program_ids
        .par_iter()
        .map(|&id| analyse(id))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(id, result, panic)| {
            panics.extend(panic);
            (id, result)
        })
        .collect();

    // Copybooks seen through programs: their statistics and their own COPY statements.
    #[derive(Default)]
    struct SeenCopybook {
        stats: cobol::grammar::ErrorStats,
        copybooks: Vec<String>,
        missing: Vec<String>,
    }
    let mut derived: HashMap<FileId, SeenCopybook> = HashMap::new();
    let analyses = || programs.iter().filter_map(|(_, a)| a.as_ref());
    for analysis in analyses() {
        for (_, resolved, _) in &analysis.unit.inclusions {
            if let Some(copybook) = resolved {
                derived.entry(*copybook).or_default();
            }
        }
    }
    for analysis in analyses() {
        for (name, resolved, span) in &analysis.unit.inclusions {
            if let Some(seen) = derived.get_mut(&span.file) {
                if !seen.copybooks.contains(name) {
                    seen.copybooks.push(name.clone());
                }
                if resolved.is_none() && !seen.missing.contains(name) {
                    seen.missing.push(name.clone());
                }
            }
        }
        for (file, stats) in &analysis.stats_by_file {
            if let Some(seen) = derived.get_mut(file)
                && stats.error_nodes + stats.missing_nodes
                    > seen.stats.error_nodes + seen.stats.missing_nodes
            {
                seen.stats = *stats;
            }
        }
    }
    // A copybook with errors where it is included is judged on its own text instead (the
    // program may have put it where it does not belong).
    let included: std::collections::HashSet<FileId> = derived.keys().copied().collect();
    derived.retain(|_, seen| seen.stats.error_nodes + seen.stats.missing_nodes == 0);
    let standalone_ids: Vec<FileId> = model
        .files
        .iter()
        .filter(|f| parseable(f, FileKind::CobolCopybook) && !derived.contains_key(&f.id))
        .map(|f| f.id)
        .collect();
    let standalone: Vec<_> = standalone_ids
        .par_iter()
        .map(|&id| analyse(id))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(id, result, panic)| {
            panics.extend(panic);
            (id, result)
        })
        .collect();

    let mut units = Vec::new();
    for (id, result) in programs.into_iter().chain(standalone) {
        let Some(analysis) = result else {
            if let Some(i) = panics.iter().position(|d| d.file == Some(id)) {
                model.diagnostics.push(panics.swap_remove(i));
                continue;
            }
            model.diagnostics.push(
                Diagnostic::new(
                    Severity::Error,
                    "cobol.parse-failed",
                    "the COBOL parser gave up on this file",
                )
                .in_file(id),
            );
            continue;
        };
        let is_program = model.file(id).kind == FileKind::CobolProgram;
        let file = &mut model.files[id.index()];
        file.error_nodes = analysis.stats.error_nodes;
        file.missing_nodes = analysis.stats.missing_nodes;
        file.error_bytes = analysis.stats.error_bytes;
        file.copybooks = analysis.copybooks;
        file.missing_copybooks = analysis.missing_copybooks;
        // Keep what concerns this file, its COPY problems, and syntax errors inside the
        // copybooks it brought in (identical ones from several programs collapse later).
        for d in analysis.diagnostics {
            let about_copybook = d.file.is_some_and(|f| derived.contains_key(&f));
            if d.file == Some(id) || d.code == "cobol.preprocess" || about_copybook {
                model.diagnostics.push(d);
            }
        }
        // Copybooks no program includes keep their data items (record layouts).
        if is_program || !included.contains(&id) {
            units.push(analysis.unit);
        }
    }
    for (id, seen) in derived {
        let file = &mut model.files[id.index()];
        if file.kind != FileKind::CobolCopybook {
            continue;
        }
        file.error_nodes = seen.stats.error_nodes;
        file.missing_nodes = seen.stats.missing_nodes;
        file.error_bytes = seen.stats.error_bytes;
        file.copybooks = seen.copybooks;
        file.missing_copybooks = seen.missing;
    }
    units
}

fn syntax_diagnostics(
    out: &mut Vec<Diagnostic>,
    id: FileId,
    text: &str,
    lines: &LineIndex,
    regions: &[(usize, usize)],
) {
    for &(start, end) in regions.iter().take(MAX_SYNTAX_DIAGNOSTICS) {
        let (line, col) = lines.line_col(text, start);
        let end_line = lines.line_of(end);
        let snippet: String = text
            .get(start..end.min(start + 40))
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let message = if start == end {
            format!("syntax error: something is missing at column {col}")
        } else if end_line > line {
            format!("syntax error: cannot parse lines {line}–{end_line} (starting `{snippet}`)")
        } else {
            format!("syntax error: cannot parse `{snippet}` at column {col}")
        };
        out.push(
            Diagnostic::new(Severity::Warning, "java.syntax", message)
                .in_file(id)
                .at_line(line),
        );
    }
    if regions.len() > MAX_SYNTAX_DIAGNOSTICS {
        let first_line = lines.line_of(regions[MAX_SYNTAX_DIAGNOSTICS].0);
        out.push(
            Diagnostic::new(
                Severity::Warning,
                "java.syntax",
                format!(
                    "{} more syntax errors from line {first_line} on",
                    regions.len() - MAX_SYNTAX_DIAGNOSTICS
                ),
            )
            .in_file(id)
            .at_line(first_line),
        );
    }
}

/// Tables, views and columns declared in a DDL file.
fn register_ddl(model: &mut Model, file: FileId, objects: &[DdlObject]) {
    let (text, lines) = {
        let f = model.file(file);
        (
            f.text.clone().unwrap_or_else(|| Arc::from("")),
            f.line_index.clone(),
        )
    };
    let span =
        |offset: usize, len: usize| Span::from_offsets(file, &text, &lines, offset, offset + len);
    for object in objects {
        let kind = match object.kind {
            DdlKind::Table => SymbolKind::DbTable,
            DdlKind::View => SymbolKind::DbView,
            _ => continue,
        };
        let name = object.name.to_ascii_uppercase();
        let base = name.rsplit('.').next().unwrap_or(&name).to_string();
        let table = model.add_symbol(NewSymbol {
            kind,
            name: base.clone(),
            qualified_name: base.clone(),
            span: Some(span(object.offset, object.name.len())),
            name_span: Some(span(object.offset, object.name.len())),
            parent: None,
            detail: None,
        });
        for column in &object.columns {
            model.add_symbol(NewSymbol {
                kind: SymbolKind::DbColumn,
                name: column.name.clone(),
                qualified_name: format!("{base}.{}", column.name),
                span: Some(span(column.offset, column.name.len())),
                name_span: Some(span(column.offset, column.name.len())),
                parent: Some(table),
                detail: Some(column.data_type.clone()),
            });
        }
    }
}

/// Adds resolved references, creating DB-table symbols for tables known only from SQL.
fn add_found_refs(model: &mut Model, found: Vec<FoundRef>) {
    // The same SQL can be found twice (at a JDBC call and through a helper): keep one.
    let mut seen = std::collections::HashSet::new();
    for r in found {
        if let FoundTarget::Table(name) = &r.target
            && !seen.insert((r.from, name.clone(), r.kind, r.span.file, r.span.start))
        {
            continue;
        }
        let target = match r.target {
            FoundTarget::Ref(t) => t,
            FoundTarget::Table(name) => {
                let id = model.lookup(Namespace::Db, &name).unwrap_or_else(|| {
                    model.add_symbol(NewSymbol::new(SymbolKind::DbTable, name.clone(), name))
                });
                RefTarget::Symbol { id }
            }
            FoundTarget::Routine(name) => {
                // `SCHEMA.PROC`: the program is named by the last part.
                let program = name
                    .rsplit('.')
                    .next()
                    .unwrap_or(&name)
                    .to_ascii_uppercase();
                match model.lookup(Namespace::Cobol, &program) {
                    Some(id) if model.symbol(id).kind == SymbolKind::Program => {
                        RefTarget::Symbol { id }
                    }
                    _ => RefTarget::External { name },
                }
            }
        };
        model.references.push(Reference {
            from: r.from,
            target,
            kind: r.kind,
            span: r.span,
        });
    }
}

/// Convenience for callers holding a path string.
pub fn index_path(root: impl Into<PathBuf>) -> Result<Model, IndexError> {
    index_project(&root.into(), &IndexOptions::default())
}
