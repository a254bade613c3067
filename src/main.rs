//! `legacylens`: the desktop app by default, CLI subcommands for headless use (CI, scripts).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use legacylens::graphs::{calls::CallGraph, format};
use legacylens::index::{DEFAULT_MAX_FILE_BYTES, IndexOptions, index_project};
use legacylens::model::Model;
use legacylens::report;
use legacylens::scan::ScanOptions;

#[derive(Parser)]
#[command(
    name = "legacylens",
    version,
    about = "Recover the business logic of legacy COBOL and Java estates.",
    long_about = "Without a subcommand, opens the desktop app on DIR (default: the bundled \
                  sample_repos/). Subcommands run the same analyses headless.",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// Project folder to open in the desktop app.
    dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(clap::Args, Clone)]
struct IndexArgs {
    /// Project folder.
    dir: PathBuf,
    /// Paths (relative to DIR) to leave out; repeatable.
    #[arg(long = "exclude", value_name = "PATH")]
    exclude: Vec<String>,
    /// Files larger than this many megabytes are listed but not parsed.
    #[arg(long, value_name = "MB", default_value_t = DEFAULT_MAX_FILE_BYTES / 1_000_000)]
    max_file_mb: u64,
    /// Folder (relative to DIR) searched for copybooks before the conventional ones; repeatable.
    #[arg(long = "copybook-dir", value_name = "PATH")]
    copybook_dirs: Vec<String>,
    /// COBOL source format of every file (default: detected per file).
    #[arg(long, value_enum)]
    source_format: Option<SourceFormatArg>,
    /// Treat COBOL debugging lines (`D` in column 7) as code instead of comments.
    #[arg(long)]
    debugging_lines: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Index a folder and print the inventory and every diagnostic.
    Index {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// List every symbol: kind, qualified name, path, line.
    Symbols {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = TsvOrJson::Tsv)]
        format: TsvOrJson,
    },
    /// List every reference (calls, SQL table accesses, extends, …), resolved or not:
    /// from, to, kind, state (project/external/unresolved), file:line.
    Refs {
        #[command(flatten)]
        args: IndexArgs,
    },
    /// List every IF / EVALUATE / WHEN / UNTIL condition: owner, kind, file:line, text.
    Conditions {
        #[command(flatten)]
        args: IndexArgs,
    },
    /// Print a graph of the project.
    Graph {
        #[arg(value_enum)]
        kind: GraphKind,
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = GraphFormat::Tsv)]
        format: GraphFormat,
    },
    /// Preprocess and parse one COBOL program or copybook; print its tree and error counts.
    Parse {
        /// The COBOL file.
        file: PathBuf,
        /// Print the syntax tree as an S-expression (like `tree-sitter parse`).
        #[arg(long)]
        sexp: bool,
        /// Print the preprocessed text the grammar parses.
        #[arg(long)]
        expanded: bool,
        /// Source format (default: detected).
        #[arg(long, value_enum)]
        source_format: Option<SourceFormatArg>,
    },
    /// Measure indexing speed and memory on a folder.
    Bench {
        #[command(flatten)]
        args: IndexArgs,
        /// Number of runs (the best is reported with the others).
        #[arg(long, default_value_t = 1)]
        runs: usize,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TextOrJson {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum TsvOrJson {
    Tsv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum SourceFormatArg {
    Fixed,
    Free,
    Variable,
}

impl SourceFormatArg {
    fn format(self) -> legacylens::cobol::preprocess::SourceFormat {
        use legacylens::cobol::preprocess::SourceFormat;
        match self {
            SourceFormatArg::Fixed => SourceFormat::Fixed,
            SourceFormatArg::Free => SourceFormat::Free,
            SourceFormatArg::Variable => SourceFormat::Variable,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphKind {
    /// Call graph: Java method calls, COBOL CALL, CICS LINK/XCTL.
    Calls,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Tsv,
    Json,
    Dot,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => run_app(cli.dir),
        Some(command) => run_command(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("legacylens: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run_app(dir: Option<PathBuf>) -> Result<()> {
    let dir = dir.unwrap_or_else(default_project);
    legacylens::app::run(dir).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// `sample_repos/` next to the working directory or the executable's source tree.
fn default_project() -> PathBuf {
    let candidates = [
        PathBuf::from("sample_repos"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos"),
    ];
    candidates
        .iter()
        .find(|p| p.is_dir())
        .cloned()
        .unwrap_or_else(|| candidates[0].clone())
}

fn index(args: &IndexArgs) -> Result<Model> {
    let defaults = IndexOptions::default();
    let options = IndexOptions {
        scan: ScanOptions {
            excluded: args.exclude.clone(),
        },
        max_file_bytes: args.max_file_mb.saturating_mul(1_000_000),
        copybook_folders: args.copybook_dirs.clone(),
        cobol: legacylens::cobol::preprocess::PreprocessOptions {
            format: args.source_format.map(SourceFormatArg::format),
            debugging_lines_as_code: args.debugging_lines,
            ..defaults.cobol.clone()
        },
        ..defaults
    };
    index_project(&args.dir, &options).with_context(|| format!("indexing {}", args.dir.display()))
}

fn print(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()) {
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing to standard output"),
    }
}

fn print_json(value: &serde_json::Value) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    print(&text)
}

fn run_command(command: Command) -> Result<()> {
    match command {
        Command::Index { args, format } => {
            let model = index(&args)?;
            match format {
                TextOrJson::Text => print(&report::index_text(&model)),
                TextOrJson::Json => print_json(&report::index_json(&model)),
            }
        }
        Command::Symbols { args, format } => {
            let model = index(&args)?;
            match format {
                TsvOrJson::Tsv => print(&report::symbols_tsv(&model)),
                TsvOrJson::Json => print_json(&report::symbols_json(&model)),
            }
        }
        Command::Conditions { args } => {
            let model = index(&args)?;
            print(&report::conditions_tsv(&model))
        }
        Command::Refs { args } => {
            let model = index(&args)?;
            print(&report::references_tsv(&model))
        }
        Command::Graph { kind, args, format } => {
            let model = index(&args)?;
            match kind {
                GraphKind::Calls => {
                    let graph = CallGraph::build(&model);
                    match format {
                        GraphFormat::Tsv => print(&format::calls_tsv(&model, &graph)),
                        GraphFormat::Json => print_json(&format::calls_json(&model, &graph)),
                        GraphFormat::Dot => print(&format::calls_dot(&graph)),
                    }
                }
            }
        }
        Command::Bench { args, runs } => bench(&args, runs.max(1)),
        Command::Parse {
            file,
            sexp,
            expanded,
            source_format,
        } => parse_cobol(&file, sexp, expanded, source_format),
    }
}

fn parse_cobol(
    path: &Path,
    sexp: bool,
    show_expanded: bool,
    format: Option<SourceFormatArg>,
) -> Result<()> {
    use legacylens::cobol::{grammar, library::FolderCopybooks, preprocess};
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let decoded = legacylens::decode::decode(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let text: std::sync::Arc<str> = std::sync::Arc::from(decoded.text);
    let library = FolderCopybooks::for_file(path, text.clone());
    let options = preprocess::PreprocessOptions {
        format: format.map(SourceFormatArg::format),
        ..Default::default()
    };
    let expanded = preprocess::preprocess(0, &text, &options, &library);
    let tree = grammar::parse(&expanded.text)
        .ok_or_else(|| anyhow::anyhow!("the COBOL parser gave up on {}", path.display()))?;
    let paths = library.paths();
    let mut out = String::new();
    use std::fmt::Write as _;
    if show_expanded {
        out.push_str(&expanded.text);
        if !expanded.text.ends_with('\n') {
            out.push('\n');
        }
    }
    if sexp {
        let _ = writeln!(out, "{}", grammar::pretty_sexp(&tree.root_node()));
    }
    for problem in &expanded.problems {
        let file = paths
            .get(problem.file as usize)
            .map_or_else(|| path.display().to_string(), |p| p.display().to_string());
        eprintln!("{file}:{}: {}", problem.line, problem.message);
    }
    for inc in &expanded.inclusions {
        let found = inc
            .resolved
            .and_then(|k| paths.get(k as usize))
            .map_or_else(|| "not found".to_string(), |p| p.display().to_string());
        let _ = writeln!(out, "copybook {} (line {}): {found}", inc.name, inc.line);
    }
    let stats = grammar::error_stats(&tree);
    let _ = writeln!(
        out,
        "format: {:?}\nerrors: {} error nodes, {} missing nodes, {} bytes in errors",
        expanded.format, stats.error_nodes, stats.missing_nodes, stats.error_bytes
    );
    print(&out)
}

fn bench(args: &IndexArgs, runs: usize) -> Result<()> {
    let mut best: Option<(f64, f64, Model)> = None;
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        let cpu_before = cpu_seconds();
        let model = index(args)?;
        let secs = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds()
            .zip(cpu_before)
            .map_or(0.0, |(after, before)| after - before);
        times.push(secs);
        if best.as_ref().is_none_or(|(b, _, _)| secs < *b) {
            best = Some((secs, cpu, model));
        }
    }
    let (secs, cpu, model) = best.expect("at least one run");
    let inventory = report::Inventory::of(&model);
    let java = inventory
        .files_by_kind
        .get(&legacylens::model::FileKind::Java)
        .copied()
        .unwrap_or_default();
    let calls = model
        .references
        .iter()
        .filter(|r| r.kind.is_call_edge())
        .count();
    let resolved = model
        .references
        .iter()
        .filter(|r| {
            r.kind.is_call_edge() && matches!(r.target, legacylens::model::RefTarget::Symbol { .. })
        })
        .count();
    let peak_mb = peak_memory_mb();
    let mut out = String::new();
    use std::fmt::Write as _;
    let _ = writeln!(out, "legacylens bench {}", args.dir.display());
    let _ = writeln!(
        out,
        "machine: {} logical CPUs ({} rayon threads)",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        rayon::current_num_threads()
    );
    let _ = writeln!(
        out,
        "files: {} ({} Java), lines: {} ({} Java), bytes: {:.1} MB",
        inventory.total.files,
        java.files,
        inventory.total.lines,
        java.lines,
        inventory.total.bytes as f64 / 1e6
    );
    let _ = writeln!(
        out,
        "time: {:.2} s (runs: {})",
        secs,
        times
            .iter()
            .map(|t| format!("{t:.2}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "stages: scan {:.0} ms, read+decode+parse Java {:.0} ms, COBOL preprocess+parse+extract {:.0} ms, \
         register {:.0} ms, resolve {:.0} ms",
        model.stats.scan_ms,
        model.stats.load_ms,
        model.stats.cobol_ms,
        model.stats.register_ms,
        model.stats.resolve_ms
    );
    let _ = writeln!(
        out,
        "throughput: {:.0} files/s, {:.1} MB/s, {:.0} lines/s",
        inventory.total.files as f64 / secs,
        inventory.total.bytes as f64 / 1e6 / secs,
        inventory.total.lines as f64 / secs
    );
    let cobol_bytes: u64 = model
        .files
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                legacylens::model::FileKind::CobolProgram
                    | legacylens::model::FileKind::CobolCopybook
            )
        })
        .map(|f| f.bytes)
        .sum();
    if cobol_bytes > 0 && model.stats.cobol_ms > 0.0 {
        // Conservative: as if every thread were busy for the whole stage.
        let core_seconds = model.stats.cobol_ms / 1000.0 * rayon::current_num_threads() as f64;
        let _ = writeln!(
            out,
            "COBOL preprocess+parse+extract: {:.1} MB in {:.0} ms on {} threads = {:.1} MB/s per core (at least)",
            cobol_bytes as f64 / 1e6,
            model.stats.cobol_ms,
            rayon::current_num_threads(),
            cobol_bytes as f64 / 1e6 / core_seconds
        );
    }
    if cpu > 0.0 {
        let _ = writeln!(
            out,
            "cpu: {cpu:.2} s (user+system), {:.1} MB/s per core",
            inventory.total.bytes as f64 / 1e6 / cpu
        );
    }
    let _ = writeln!(
        out,
        "symbols: {}, references: {}, call sites: {} ({} resolved to project methods)",
        model.symbols.len(),
        model.references.len(),
        calls,
        resolved
    );
    match peak_mb {
        Some(mb) => {
            let _ = writeln!(out, "peak memory (VmHWM): {mb:.0} MB");
        }
        None => {
            let _ = writeln!(out, "peak memory: not available on this platform");
        }
    }
    print(&out)
}

/// CPU time (user + system) this process used so far, from /proc (Linux, 100 ticks/s).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the `(command)`: state is field 3; utime and stime are fields 14 and 15.
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Peak resident set size of this process, from /proc (Linux).
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
