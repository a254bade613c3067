//! `legacylens`: the desktop app by default, CLI subcommands for headless use (CI, scripts).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use legacylens::graphs::classes::EdgeClasses;
use legacylens::graphs::graph::ProjectGraph;
use legacylens::graphs::{batch, build, crud, deadcode, export, impact, metrics};
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
    /// Render the window once the project is indexed, write it as a PNG here and exit.
    #[arg(long, value_name = "OUT.png")]
    screenshot: Option<PathBuf>,
    /// Open this symbol once indexed (qualified name, else the best fuzzy match).
    #[arg(long, value_name = "SYMBOL")]
    select: Option<String>,
    /// The view to show once indexed.
    #[arg(long, value_enum)]
    view: Option<AppView>,
    /// Inner window size in points, e.g. 1440x900.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    window_size: Option<[f32; 2]>,
    /// Measure this many frames with the graph view of `--select` on screen (repainting
    /// continuously, vsync off), print p50/p95/max frame times and exit.
    #[arg(long, value_name = "FRAMES")]
    frame_bench: Option<usize>,
    /// Callers/callees depth of the graph `--frame-bench` shows.
    #[arg(long, default_value_t = 3)]
    bench_depth: u32,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum AppView {
    Overview,
    Code,
    Graph,
    Rules,
    Screens,
    Glossary,
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("expected WIDTHxHEIGHT, got `{text}`"))?;
    let n = |v: &str| v.trim().parse::<f32>().map_err(|e| format!("`{v}`: {e}"));
    Ok([n(w)?, n(h)?])
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
        /// Only the references of this symbol (qualified name), in file order, with the uses
        /// of its REDEFINES aliases marked `alias NAME` in a sixth column.
        #[arg(long, value_name = "SYMBOL")]
        to: Option<String>,
    },
    /// List every IF / EVALUATE / WHEN / UNTIL / SEARCH WHEN condition and conditional phrase
    /// (INVALID KEY, AT END, ON SIZE ERROR …): owner, kind, file:line, text.
    Conditions {
        #[command(flatten)]
        args: IndexArgs,
    },
    /// Print a graph of the project (TSV: source, target, kind, file:line, count).
    Graph {
        #[arg(value_enum)]
        kind: GraphKind,
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = GraphFormat::Tsv)]
        format: GraphFormat,
        /// Only the part of the graph reachable from this symbol (qualified or simple name).
        #[arg(long, value_name = "SYMBOL")]
        from: Option<String>,
        /// With --from: how many edges away (default: no limit).
        #[arg(long, value_name = "N")]
        depth: Option<u32>,
        /// With --from: follow edges backward (callers, sources) instead of forward.
        #[arg(long)]
        backward: bool,
        /// With --format neo4j: folder for the CSV files (default: the current folder).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// What a change to SYMBOL reaches (forward), or where its value comes from (--backward).
    Impact {
        #[command(flatten)]
        args: IndexArgs,
        /// Data item, file, dataset, table, column, paragraph, program or method.
        symbol: String,
        /// Where the value comes from (lineage) instead of what it reaches.
        #[arg(long)]
        backward: bool,
        #[arg(long, value_name = "N")]
        depth: Option<u32>,
        /// Edge classes to follow besides value flow, comma-separated: structure (contains,
        /// redefines), keys (record keys, SQL WHERE), control (reads, writes, performs, calls).
        #[arg(long, value_name = "CLASSES", value_parser = parse_edge_classes)]
        with: Option<EdgeClasses>,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Callers of SYMBOL in the call graph (transitive, depth-limited).
    Callers {
        #[command(flatten)]
        args: IndexArgs,
        symbol: String,
        #[arg(long, value_name = "N")]
        depth: Option<u32>,
    },
    /// Callees of SYMBOL in the call graph (transitive, depth-limited).
    Callees {
        #[command(flatten)]
        args: IndexArgs,
        symbol: String,
        #[arg(long, value_name = "N")]
        depth: Option<u32>,
    },
    /// A shortest call path from one symbol to another (call graph, else control, else data).
    Path {
        #[command(flatten)]
        args: IndexArgs,
        from: String,
        to: String,
    },
    /// Recursion and other cycles: strongly connected components of the call and control graphs.
    Cycles {
        #[command(flatten)]
        args: IndexArgs,
    },
    /// Business rules: mine candidates, check anchors, merge annotation files.
    Rules {
        #[command(subcommand)]
        action: RulesAction,
    },
    /// Rule documentation from annotation files (several are merged; conflicts are kept and
    /// shown): a catalogue by business function and rule set with code excerpts and decision
    /// tables.
    Export {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long = "annotations", required = true, num_args = 1..)]
        annotations: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
        format: ExportFormat,
        /// Output file (default: standard output).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Title of the catalogue.
        #[arg(long, default_value = "Business rule catalogue")]
        title: String,
    },
    /// Every COBOL EVALUATE as a decision table (Markdown), or as JSON.
    Decisions {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = MdOrJson::Md)]
        format: MdOrJson,
    },
    /// The CRUD matrix: program/method × table/file/dataset.
    Crud {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = CsvOrMd::Csv)]
        format: CsvOrMd,
    },
    /// The start page: counts by kind, entry points (CICS transactions, batch jobs in run
    /// order, menu programs, programs nobody calls), busiest tables and datasets, biggest and
    /// most complex programs, problems and rule triage progress.
    Overview {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
        /// Annotation file for triage progress (default: the project's, when it exists).
        #[arg(long)]
        annotations: Option<PathBuf>,
    },
    /// Batch flow: jobs in run order, steps, programs, datasets, and which jobs feed which.
    Batch {
        #[command(flatten)]
        args: IndexArgs,
        /// text: jobs, steps and the feeds; json: the same with every dataset's writers,
        /// readers and CICS files; dot: the job-flow graph, left to right.
        #[arg(long, value_enum, default_value_t = BatchFormat::Text)]
        format: BatchFormat,
    },
    /// Unreachable paragraphs, programs never started, data items never used.
    Deadcode {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
        /// Report vendored third-party files too (left out by default).
        #[arg(long)]
        include_vendored: bool,
    },
    /// Lines, comments, cyclomatic complexity, nesting, fan-in and fan-out per program,
    /// paragraph, section, class and method.
    Metrics {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long, value_enum, default_value_t = CsvOrJson::Csv)]
        format: CsvOrJson,
    },
    /// Record layouts (the data dictionary): every data item's offset from the start of its
    /// 01/77 record, size, usage, picture, occurs and redefines (IBM Enterprise COBOL rules).
    /// TSV columns: owner, name, level, offset, size, usage, picture, occurs, redefines.
    Layout {
        #[command(flatten)]
        args: IndexArgs,
        /// Only this record (qualified or simple name of the 01/77 item, or of any item in it).
        #[arg(long, value_name = "NAME")]
        record: Option<String>,
        #[arg(long, value_enum, default_value_t = LayoutFormat::Tsv)]
        format: LayoutFormat,
        /// Compare every item's size with GnuCOBOL's (`cobc -std=ibm -ftsymbols`) on the
        /// folder's programs and print the score instead.
        #[arg(long)]
        check_cobc: bool,
        /// Lay out as GnuCOBOL 3 on a 64-bit host does (8-byte pointers, doubleword SYNC of
        /// 8-byte binaries, no group SYNC, COMP-5 1-2-4-8) instead of IBM Enterprise COBOL.
        #[arg(long)]
        gnucobol: bool,
    },
    /// Pictures of the CICS BMS maps (3270 screens): SVG with the field names on hover, or an
    /// 80-column text picture (`_` input, `.` output, `*` dark) with the list of named fields.
    /// With --out, one file per map (`MAPSET.MAP.svg` / `.txt`); else printed.
    Screens {
        #[command(flatten)]
        args: IndexArgs,
        /// Only this map (`MAP`, `MAPSET.MAP`, or a mapset for all its maps).
        #[arg(long, value_name = "NAME")]
        map: Option<String>,
        #[arg(long, value_enum, default_value_t = ScreenFormat::Txt)]
        format: ScreenFormat,
        /// Folder to write the pictures into (created if missing).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// The glossary: business terms on data items from annotation files (what each names,
    /// its anchor, how many items it covers) and, with --suggest, the terms LegacyLens
    /// proposes (88-levels, DB columns and DDL comments, other copies of a copybook field).
    Terms {
        #[command(flatten)]
        args: IndexArgs,
        /// Annotation files holding terms (several are merged).
        #[arg(long = "annotations", num_args = 1..)]
        annotations: Vec<PathBuf>,
        /// List suggested terms for items nobody has named yet.
        #[arg(long)]
        suggest: bool,
        /// tsv: kind, term, names, detail, description; md: the data dictionary with each
        /// field's layout, then the suggestions; json: everything.
        #[arg(long, value_enum, default_value_t = TermsFormat::Tsv)]
        format: TermsFormat,
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
enum RuleLanguage {
    Cobol,
    Java,
}

#[derive(Clone, Copy, ValueEnum)]
enum TextOrJson {
    Text,
    Json,
}

#[derive(Subcommand)]
enum RulesAction {
    /// Propose candidate rules, outcome first: what a rule decides (a reject, a reason code or
    /// message, an amount, a routing, a status) with the guards that reach it, named and
    /// worded for a business reader and ranked (technical ones last); print them, or write them
    /// as an annotation file with -o.
    Mine {
        #[command(flatten)]
        args: IndexArgs,
        /// Annotation file to write the candidates to (status `candidate`).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// text: one candidate per line (score, id, name, place, conditions, outcome);
        /// json: every candidate with its record, outcomes, words and classification.
        #[arg(long, value_enum, default_value = "text")]
        format: TextOrJson,
        /// Leave out candidates whose conditions and outcomes are only technical.
        #[arg(long)]
        hide_technical: bool,
        /// Mine vendored third-party files too (left out by default).
        #[arg(long)]
        include_vendored: bool,
        /// Who ran the miner, recorded as the candidates' creator in the annotation file
        /// (default: the miner itself).
        #[arg(long, value_name = "NAME")]
        author: Option<String>,
        /// Annotation files whose business terms (the glossary) the wording uses; with -o,
        /// the terms are written to the output file too.
        #[arg(long = "annotations", num_args = 1..)]
        annotations: Vec<PathBuf>,
    },
    /// Score the candidates against an expected-rules file (docs/expected-rules.md): recall
    /// within the top N and overall, precision within the top N, each expected rule's rank.
    Score {
        #[command(flatten)]
        args: IndexArgs,
        /// The expected-rules file (Markdown tables: id, file, lines, class, rule).
        #[arg(long)]
        expected: PathBuf,
        /// How many of the first candidates count as "top".
        #[arg(long, default_value_t = 50)]
        top: usize,
        /// Only the candidates and expected rules of one language (Java: `.java` files;
        /// COBOL: every other file).
        #[arg(long, value_enum)]
        language: Option<RuleLanguage>,
        #[arg(long, value_enum, default_value = "text")]
        format: TextOrJson,
        /// Mine vendored third-party files too (left out by default).
        #[arg(long)]
        include_vendored: bool,
    },
    /// Resolve every anchor of annotation files against the code as it is now: anchored,
    /// shifted, moved (needs confirming), changed (edited in place: printed with a word diff
    /// `[-old-]{+new+}`; confirm or re-link) or orphaned (re-link).
    Check {
        #[command(flatten)]
        args: IndexArgs,
        #[arg(long = "annotations", required = true, num_args = 1..)]
        annotations: Vec<PathBuf>,
        /// Exit with 1 when any anchor is moved, changed or orphaned.
        #[arg(long)]
        strict: bool,
    },
    /// Merge annotation files (two-way, or three-way with --base); conflicts are listed, kept
    /// in the output file, and make the exit code 1.
    Merge {
        /// Annotation files to merge (two or more).
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// The common ancestor of the files, for a three-way merge.
        #[arg(long)]
        base: Option<PathBuf>,
        /// Where to write the merged file.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Who merged: recorded as the last to change every rule the merge changed.
        #[arg(long, value_name = "NAME")]
        author: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Md,
    /// One self-contained HTML file (contents, status badges, decision tables, code, search).
    Html,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum BatchFormat {
    Text,
    Json,
    Dot,
}

#[derive(Clone, Copy, ValueEnum)]
enum TermsFormat {
    Tsv,
    Json,
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
enum MdOrJson {
    Md,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum CsvOrMd {
    Csv,
    Md,
}

#[derive(Clone, Copy, ValueEnum)]
enum CsvOrJson {
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum LayoutFormat {
    Tsv,
    Csv,
    Json,
    Md,
    /// A JSON Schema per 01 record.
    JsonSchema,
}

#[derive(Clone, Copy, ValueEnum)]
enum ScreenFormat {
    Svg,
    Txt,
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
    /// Call graph: Java method calls, COBOL CALL, CICS LINK/XCTL/START, JCL step → program.
    Calls,
    /// Control graph of COBOL programs: PERFORM, THRU ranges, GO TO, fall-through, ends.
    Control,
    /// Data flow: MOVE/COMPUTE/…, files, SQL tables, CALL USING ↔ LINKAGE, JCL DDs, Java.
    Dataflow,
    /// Resources: program/method → table/file/dataset with C/R/U/D edges.
    Resources,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Tsv,
    Json,
    Dot,
    Graphml,
    /// Neo4j bulk-import CSV files (nodes and relationships), written to --out.
    Neo4j,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => run_app(&cli),
        Some(command) => run_command(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.downcast_ref::<Findings>().is_some() => {
            eprintln!("legacylens: {err:#}");
            ExitCode::from(1)
        }
        Err(err) => {
            eprintln!("legacylens: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// The command did its work but found what the user asked to be told about with a non-zero
/// exit (merge conflicts, moved, changed or orphaned anchors with `--strict`): exit code 1.
#[derive(Debug)]
struct Findings(String);

impl std::fmt::Display for Findings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Findings {}

fn run_app(cli: &Cli) -> Result<()> {
    use legacylens::app::{StartOptions, View, screenshot::FrameBench};
    // No folder given: the last project (from the app's saved settings), else the sample.
    let dir = cli.dir.clone();
    let view = cli.view.map(|v| match v {
        AppView::Overview => View::Overview,
        AppView::Code => View::Code,
        AppView::Graph => View::Graph,
        AppView::Rules => View::Rules,
        AppView::Screens => View::Screens,
        AppView::Glossary => View::Glossary,
    });
    let start = StartOptions {
        screenshot: cli.screenshot.clone(),
        select: cli.select.clone(),
        view: if cli.frame_bench.is_some() {
            Some(View::Graph)
        } else {
            view
        },
        window_size: cli.window_size,
        frame_bench: cli
            .frame_bench
            .map(|frames| FrameBench::new(frames, cli.bench_depth)),
    };
    legacylens::app::run(dir, start).map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

fn index(args: &IndexArgs) -> Result<Model> {
    let defaults = IndexOptions::default();
    // Like the app: the project's own system services, and LegacyLens's own files (the
    // annotation file, exports the app wrote) never indexed.
    let settings =
        legacylens::explore::project_settings::ProjectSettings::load(&args.dir).unwrap_or_default();
    let options = IndexOptions {
        scan: ScanOptions {
            excluded: args
                .exclude
                .iter()
                .cloned()
                .chain(settings.own_files_in(&args.dir))
                .collect(),
        },
        max_file_bytes: args.max_file_mb.saturating_mul(1_000_000),
        system_services: settings.system_services,
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
        Command::Layout {
            args,
            record,
            format,
            check_cobc,
            gnucobol,
        } => layout_command(&args, record.as_deref(), format, check_cobc, gnucobol),
        Command::Screens {
            args,
            map,
            format,
            out,
        } => screens_command(&args, map.as_deref(), format, out.as_deref()),
        Command::Conditions { args } => {
            let model = index(&args)?;
            print(&report::conditions_tsv(&model))
        }
        Command::Refs { args, to } => {
            let model = index(&args)?;
            match to {
                Some(name) => {
                    let id = model.symbol_named(&name).ok_or_else(|| {
                        anyhow::anyhow!(
                            "no symbol named `{name}`; give its qualified name as `legacylens symbols` prints it"
                        )
                    })?;
                    print(&report::references_to_tsv(&model, id))
                }
                None => print(&report::references_tsv(&model)),
            }
        }
        Command::Graph {
            kind,
            args,
            format,
            from,
            depth,
            backward,
            out,
        } => {
            let model = index(&args)?;
            let graph = match kind {
                GraphKind::Calls => build::calls(&model),
                GraphKind::Control => build::control(&model),
                GraphKind::Dataflow => build::dataflow(&model),
                GraphKind::Resources => build::resources(&model),
            };
            let keep = match &from {
                Some(symbol) => {
                    let start = graph.lookup(&model, symbol).map_err(anyhow::Error::msg)?;
                    if matches!(kind, GraphKind::Dataflow) {
                        // Containment one way at a time, as impact and lineage walk it.
                        let direction = if backward {
                            petgraph::Direction::Incoming
                        } else {
                            petgraph::Direction::Outgoing
                        };
                        let follow = |e: &_, a: Option<&_>| impact::may_follow(e, a, backward);
                        Some(
                            graph
                                .walk(start, direction, depth, &follow)
                                .into_iter()
                                .map(|r| r.node)
                                .collect(),
                        )
                    } else {
                        Some(graph.neighbourhood(start, !backward, backward, depth))
                    }
                }
                None => None,
            };
            let view = graph.view(&model, keep.as_ref());
            let whole = keep.is_none();
            match format {
                GraphFormat::Tsv => print(&export::to_tsv(&view)),
                GraphFormat::Json => {
                    let mut json = export::to_json(&view);
                    match kind {
                        GraphKind::Calls => legacylens::graphs::dynamic::annotate_calls_json(
                            &model, &mut json, whole,
                        ),
                        GraphKind::Resources => {
                            legacylens::graphs::dynamic::annotate_resources_json(
                                &model, &mut json, whole,
                            )
                        }
                        _ => {}
                    }
                    print_json(&json)
                }
                GraphFormat::Dot => print(&export::to_dot(&view)),
                GraphFormat::Graphml => print(&export::to_graphml(&view)),
                GraphFormat::Neo4j => {
                    let dir = out.unwrap_or_else(|| PathBuf::from("."));
                    std::fs::create_dir_all(&dir)
                        .with_context(|| format!("creating {}", dir.display()))?;
                    let written = export::write_neo4j(&view, &dir)
                        .with_context(|| format!("writing into {}", dir.display()))?;
                    let names: Vec<String> =
                        written.iter().map(|p| p.display().to_string()).collect();
                    print(&format!("{}\n", names.join("\n")))
                }
            }
        }
        Command::Impact {
            args,
            symbol,
            backward,
            depth,
            with,
            format,
        } => {
            let model = index(&args)?;
            let graph =
                impact::impact_graph(&model, &build::dataflow(&model), &build::calls(&model));
            let with = with.unwrap_or_default();
            let report = impact::impact_with(&model, &graph, &symbol, backward, depth, with)
                .map_err(anyhow::Error::msg)?;
            match format {
                TextOrJson::Text => print(&impact::impact_text(&model, &graph, &report)),
                TextOrJson::Json => print_json(&impact::impact_json(&model, &graph, &report)),
            }
        }
        Command::Callers {
            args,
            symbol,
            depth,
        } => {
            let model = index(&args)?;
            print(&reach_text(
                &model,
                &build::calls(&model),
                &symbol,
                depth,
                true,
            )?)
        }
        Command::Callees {
            args,
            symbol,
            depth,
        } => {
            let model = index(&args)?;
            print(&reach_text(
                &model,
                &build::calls(&model),
                &symbol,
                depth,
                false,
            )?)
        }
        Command::Path { args, from, to } => {
            let model = index(&args)?;
            print(&path_text(&model, &from, &to)?)
        }
        Command::Cycles { args } => {
            let model = index(&args)?;
            let mut out = String::new();
            for graph in [build::calls(&model), build::control(&model)] {
                let mut cycles: Vec<Vec<String>> = graph
                    .cycles()
                    .into_iter()
                    .map(|c| {
                        let mut ids: Vec<String> =
                            c.into_iter().map(|n| graph.node_id(&model, n)).collect();
                        ids.sort();
                        ids
                    })
                    .collect();
                cycles.sort();
                for c in cycles {
                    out.push_str(&format!("{}\t{}\t{}\n", graph.name, c.len(), c.join(" ")));
                }
            }
            print(&out)
        }
        Command::Rules { action } => run_rules(action),
        Command::Terms {
            args,
            annotations,
            suggest,
            format,
        } => run_terms(&args, &annotations, suggest, format),
        Command::Export {
            args,
            annotations,
            format,
            output,
            title,
        } => {
            use legacylens::rules::{annotations as files, export, merge};
            let mut inputs = Vec::new();
            for f in &annotations {
                inputs.push((f.display().to_string(), files::load(f)?));
            }
            let file = if inputs.len() == 1 {
                inputs.remove(0).1
            } else {
                merge::merge(&inputs, None).file
            };
            let model = index(&args)?;
            let text = match format {
                ExportFormat::Md => export::to_markdown(&model, &file, &title),
                ExportFormat::Html => {
                    let today = legacylens::rules::annotations::now_rfc3339();
                    legacylens::rules::html::to_html_with(
                        &model,
                        &file,
                        &title,
                        &legacylens::rules::html::HtmlOptions {
                            project: None,
                            generated: today.get(..10),
                        },
                    )
                }
                ExportFormat::Csv => export::to_csv(&model, &file),
                ExportFormat::Json => {
                    let mut s = serde_json::to_string_pretty(&export::to_json(&model, &file))?;
                    s.push('\n');
                    s
                }
            };
            match output {
                Some(path) => legacylens::atomic_write::write_atomic(&path, text.as_bytes())
                    .with_context(|| format!("writing {}", path.display())),
                None => print(&text),
            }
        }
        Command::Decisions { args, format } => {
            let model = index(&args)?;
            match format {
                MdOrJson::Md => {
                    let tables: Vec<String> = model
                        .decisions
                        .iter()
                        .map(|t| legacylens::rules::decision_table::to_markdown(&model, t))
                        .collect();
                    print(&tables.join("\n"))
                }
                MdOrJson::Json => {
                    let tables: Vec<serde_json::Value> = model
                        .decisions
                        .iter()
                        .map(|t| {
                            serde_json::json!({
                                "owner": model.symbol(t.owner).qualified_name,
                                "site": legacylens::graphs::graph::site(&model, Some(t.span)),
                                "subjects": t.subjects,
                                "rows": t.rows,
                            })
                        })
                        .collect();
                    print_json(&serde_json::Value::Array(tables))
                }
            }
        }
        Command::Crud { args, format } => {
            let model = index(&args)?;
            let matrix = crud::crud_matrix(&model);
            match format {
                CsvOrMd::Csv => print(&crud::to_csv(&matrix)),
                CsvOrMd::Md => print(&crud::to_markdown(&matrix)),
            }
        }
        Command::Overview {
            args,
            format,
            annotations,
        } => {
            use legacylens::explore::overview::{Overview, Triage};
            use legacylens::rules::{annotations as notes, mine};
            let model = index(&args)?;
            let flow = batch::batch_flow(&model);
            let mut overview = Overview::of(&model, &build::calls(&model), &flow);
            let settings = legacylens::explore::project_settings::ProjectSettings::load(&args.dir)
                .unwrap_or_default();
            let path = annotations.unwrap_or_else(|| settings.annotations_path(&args.dir));
            let rules = if path.exists() {
                notes::load(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?
                    .rules
            } else {
                Vec::new()
            };
            let candidates =
                mine::mine_configured(&model, None, &notes::now_rfc3339(), settings.mine_options());
            let known: std::collections::HashSet<&str> =
                rules.iter().map(|r| r.id.as_str()).collect();
            let pending = candidates
                .iter()
                .filter(|c| !known.contains(c.rule.id.as_str()))
                .count();
            overview.triage = Some(Triage::of(&rules, pending));
            match format {
                TextOrJson::Text => print(&overview.to_text()),
                TextOrJson::Json => print_json(&serde_json::to_value(&overview)?),
            }
        }
        Command::Batch { args, format } => {
            let model = index(&args)?;
            let flow = batch::batch_flow(&model);
            match format {
                BatchFormat::Text => print(&batch::batch_text(&flow)),
                BatchFormat::Json => print_json(&serde_json::to_value(&flow)?),
                BatchFormat::Dot => print(&batch::batch_dot(&model, &flow)),
            }
        }
        Command::Deadcode {
            args,
            format,
            include_vendored,
        } => {
            let model = index(&args)?;
            let mut dead =
                deadcode::dead_code(&model, &build::control(&model), &build::calls(&model));
            if !include_vendored {
                dead = dead.without_vendored(&model);
            }
            match format {
                TextOrJson::Text => print(&deadcode_text(&model, &dead)),
                TextOrJson::Json => print_json(&deadcode_json(&model, &dead)),
            }
        }
        Command::Metrics { args, format } => {
            let model = index(&args)?;
            let rows =
                metrics::metrics_table(&model, &build::calls(&model), &build::control(&model));
            match format {
                CsvOrJson::Csv => print(&metrics::to_csv(&rows)),
                CsvOrJson::Json => print_json(&serde_json::to_value(&rows)?),
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

/// The annotation files loaded and merged (conflicts kept in the result); an empty file
/// without any.
fn load_merged(files: &[PathBuf]) -> Result<legacylens::rules::AnnotationFile> {
    use legacylens::rules::{annotations, merge};
    let mut inputs = Vec::new();
    for f in files {
        inputs.push((f.display().to_string(), annotations::load(f)?));
    }
    Ok(match inputs.len() {
        0 => legacylens::rules::AnnotationFile::default(),
        1 => inputs.remove(0).1,
        _ => merge::merge(&inputs, None).file,
    })
}

fn run_terms(
    args: &IndexArgs,
    files: &[PathBuf],
    suggest: bool,
    format: TermsFormat,
) -> Result<()> {
    use legacylens::rules::{term_report, term_suggest, terms::Glossary};
    let file = load_merged(files)?;
    let model = index(args)?;
    let glossary = Glossary::resolve(&model, &file.terms);
    let suggestions = if suggest {
        let classes = legacylens::rules::classify::classify(&model);
        term_suggest::suggest(&model, &glossary, &classes)
    } else {
        Vec::new()
    };
    match format {
        TermsFormat::Tsv => print(&term_report::listing_tsv(&glossary, &suggestions)),
        TermsFormat::Md => print(&term_report::listing_markdown(
            &model,
            &glossary,
            &suggestions,
        )),
        TermsFormat::Json => {
            print_json(&term_report::listing_json(&model, &glossary, &suggestions))
        }
    }
}

fn run_rules(action: RulesAction) -> Result<()> {
    use legacylens::rules::{anchor, annotations, merge, mine};
    match action {
        RulesAction::Mine {
            args,
            output,
            format,
            hide_technical,
            include_vendored,
            author,
            annotations: files,
        } => {
            let terms = load_merged(&files)?.terms;
            let model = index(&args)?;
            let options = mine::MineOptions { include_vendored };
            let mut candidates =
                mine::mine_with_terms(&model, None, &annotations::now_rfc3339(), options, &terms);
            if let Some(who) = author.as_deref().and_then(legacylens::rules::author::clean) {
                for c in &mut candidates {
                    c.rule.audit.created_by = who.clone();
                    c.rule.audit.updated_by = who.clone();
                }
            }
            if hide_technical {
                candidates.retain(|c| !c.technical);
            }
            match output {
                Some(path) => {
                    let mut file = mine::candidates_file(&candidates);
                    file.terms = terms;
                    annotations::save(&path, &file)?;
                    let kinds: Vec<String> = mine::counts_by_kind(&candidates)
                        .into_iter()
                        .map(|(k, n)| format!("{n} {k}"))
                        .collect();
                    println!(
                        "{} candidate rules ({}) written to {}",
                        candidates.len(),
                        kinds.join(", "),
                        path.display()
                    );
                    Ok(())
                }
                None if matches!(format, TextOrJson::Json) => {
                    print(&(serde_json::to_string_pretty(&candidates)? + "\n"))
                }
                None => {
                    let mut out = String::new();
                    for c in &candidates {
                        let place = legacylens::rules::score::candidate_lines(c)
                            .map(|(p, a, b)| format!("{p}:{a}-{b}"))
                            .unwrap_or_default();
                        out.push_str(&format!(
                            "{:.1}\t{}\t{}\t{}\t{}\t{}{}\n",
                            c.score,
                            c.rule.id,
                            c.rule.name,
                            place,
                            c.condition_words,
                            c.outcome_words,
                            if c.technical { "\ttechnical" } else { "" }
                        ));
                    }
                    print(&out)
                }
            }
        }
        RulesAction::Score {
            args,
            expected,
            top,
            language,
            format,
            include_vendored,
        } => {
            use legacylens::rules::score;
            let text = std::fs::read_to_string(&expected)
                .with_context(|| format!("cannot read {}", expected.display()))?;
            let mut rules = score::parse_expected(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", expected.display()))?;
            let model = index(&args)?;
            let options = mine::MineOptions { include_vendored };
            let mut candidates =
                mine::mine_configured(&model, None, &annotations::now_rfc3339(), options);
            if let Some(language) = language {
                let java = matches!(language, RuleLanguage::Java);
                rules.retain(|r| r.file.ends_with(".java") == java);
                candidates.retain(|c| {
                    score::candidate_lines(c).is_some_and(|(p, _, _)| p.ends_with(".java") == java)
                });
            }
            let report = score::score(&candidates, &rules, top);
            match format {
                TextOrJson::Json => print(&(serde_json::to_string_pretty(&report)? + "\n")),
                TextOrJson::Text => print(&score::to_text(&report)),
            }
        }
        RulesAction::Check {
            args,
            annotations: files,
            strict,
        } => {
            let model = index(&args)?;
            let mut out = String::new();
            let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
            for f in &files {
                let file = annotations::load(f)?;
                for rule in &file.rules {
                    for a in &rule.anchors {
                        let state = anchor::resolve(&model, a);
                        *counts.entry(state.label()).or_default() += 1;
                        let place = match &state {
                            anchor::AnchorState::Moved { symbol, span } => {
                                format!("{symbol} {}:{}", model.file(span.file).path, span.line)
                            }
                            anchor::AnchorState::Changed {
                                symbol,
                                span,
                                similarity,
                                ..
                            } => format!(
                                "{symbol} {}:{} {similarity}% {}",
                                model.file(span.file).path,
                                span.line,
                                state
                                    .diff_text()
                                    .unwrap_or_default()
                                    .replace(['\t', '\n'], " ")
                            ),
                            other => other
                                .span()
                                .map(|s| format!("{}:{}", model.file(s.file).path, s.line))
                                .unwrap_or_default(),
                        };
                        out.push_str(&format!(
                            "{}\t{}\t{}\t{}:{}\t{}\n",
                            rule.id,
                            state.label(),
                            a.symbol,
                            a.path,
                            a.line_hint,
                            place
                        ));
                    }
                }
            }
            print(&out)?;
            let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
            eprintln!("anchors: {}", summary.join(", "));
            let bad = ["moved", "changed", "orphaned"]
                .iter()
                .map(|k| counts.get(k).copied().unwrap_or(0))
                .sum::<usize>();
            if strict && bad > 0 {
                return Err(Findings(format!("{bad} anchors moved, changed or orphaned")).into());
            }
            Ok(())
        }
        RulesAction::Merge {
            files,
            base,
            output,
            author,
        } => {
            let mut inputs = Vec::new();
            for f in &files {
                let file = annotations::load(f)?;
                inputs.push((f.display().to_string(), file));
            }
            let base = base.as_deref().map(annotations::load).transpose()?;
            let mut result = merge::merge(&inputs, base.as_ref());
            let who = author.as_deref().and_then(legacylens::rules::author::clean);
            if let (Some(who), Some((_, first))) = (who, inputs.first()) {
                merge::stamp_changes(&mut result.file, first, &who, &annotations::now_rfc3339());
            }
            annotations::save(&output, &result.file)?;
            println!(
                "merged {} files ({} rules) into {}",
                inputs.len(),
                result.file.rules.len(),
                output.display()
            );
            if result.conflicts.is_empty() {
                return Ok(());
            }
            let mut text = format!(
                "{} conflicts (kept in the output under `{}`):",
                result.conflicts.len(),
                merge::CONFLICTS_KEY
            );
            for c in &result.conflicts {
                let values: Vec<String> = c
                    .values
                    .iter()
                    .map(|(source, value)| format!("{source}: {value}"))
                    .collect();
                text.push_str(&format!(
                    "\n  {} {}: {}",
                    if c.rule_id.is_empty() {
                        "(file)"
                    } else {
                        &c.rule_id
                    },
                    c.field,
                    values.join(" | ")
                ));
            }
            Err(Findings(text).into())
        }
    }
}

/// Callers (`backward`) or callees of a symbol, one per line with depth and first site.
fn reach_text(
    model: &Model,
    graph: &ProjectGraph,
    symbol: &str,
    depth: Option<u32>,
    backward: bool,
) -> Result<String> {
    let start = graph.lookup(model, symbol).map_err(anyhow::Error::msg)?;
    let direction = if backward {
        petgraph::Direction::Incoming
    } else {
        petgraph::Direction::Outgoing
    };
    let mut out = String::new();
    for r in graph
        .walk(start, direction, depth, &|_, _| true)
        .into_iter()
        .skip(1)
    {
        let (kind, site) = r.via.map_or(("", String::new()), |(_, e)| {
            let w = &graph.graph[e];
            (w.kind, legacylens::graphs::graph::site(model, w.span))
        });
        out.push_str(&format!(
            "{}\t{}\t{kind}\t{site}\n",
            r.depth,
            graph.node_id(model, r.node)
        ));
    }
    Ok(out)
}

/// The first graph (calls, control, data flow) with a path between the two symbols.
fn path_text(model: &Model, from: &str, to: &str) -> Result<String> {
    let mut problems = Vec::new();
    for graph in [
        build::calls(model),
        build::control(model),
        build::dataflow(model),
    ] {
        let (a, b) = match (graph.lookup(model, from), graph.lookup(model, to)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                problems.push(e);
                continue;
            }
        };
        if let Some(edges) = graph.path(a, b, &|e, arrived| impact::may_follow(e, arrived, false)) {
            let mut out = format!(
                "{} graph: {} edges\n{}\n",
                graph.name,
                edges.len(),
                graph.node_id(model, a)
            );
            for e in edges {
                let (_, target) = graph.graph.edge_endpoints(e).expect("edge");
                let w = &graph.graph[e];
                out.push_str(&format!(
                    "  -{}-> {}  {}\n",
                    w.kind,
                    graph.node_id(model, target),
                    legacylens::graphs::graph::site(model, w.span)
                ));
            }
            return Ok(out);
        }
        problems.push(format!("no path in the {} graph", graph.name));
    }
    anyhow::bail!("no path from `{from}` to `{to}`: {}", problems.join("; "))
}

fn symbol_site(model: &Model, id: legacylens::model::SymbolId) -> String {
    let s = model.symbol(id);
    legacylens::graphs::graph::site(model, s.name_span.or(s.span))
}

fn deadcode_text(model: &Model, dead: &deadcode::DeadCode) -> String {
    let mut out = String::new();
    for (title, ids) in [
        ("Unreachable paragraphs and sections", &dead.procedures),
        ("Programs never called, run or started", &dead.programs),
        ("Data items never used", &dead.data_items),
    ] {
        out.push_str(&format!("{title} ({})\n", ids.len()));
        for &id in ids {
            out.push_str(&format!(
                "  {}\t{}\n",
                model.symbol(id).qualified_name,
                symbol_site(model, id)
            ));
        }
    }
    out
}

fn deadcode_json(model: &Model, dead: &deadcode::DeadCode) -> serde_json::Value {
    let list = |ids: &[legacylens::model::SymbolId]| -> Vec<serde_json::Value> {
        ids.iter()
            .map(|&id| {
                let s = model.symbol(id);
                serde_json::json!({
                    "name": s.qualified_name,
                    "kind": s.kind,
                    "site": symbol_site(model, id),
                })
            })
            .collect()
    };
    serde_json::json!({
        "procedures": list(&dead.procedures),
        "programs": list(&dead.programs),
        "data_items": list(&dead.data_items),
    })
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

/// Times graph building (against indexing) and the slowest-looking queries: an impact and a
/// lineage walk from the most connected data node, callers of the most called node, dead code.
fn graph_bench(model: &Model, index_secs: f64, out: &mut String) {
    use std::fmt::Write as _;
    let started = Instant::now();
    let mut lap = Instant::now();
    let mut laps: Vec<String> = Vec::new();
    let mut split = |name: &str| {
        laps.push(format!(
            "{name} {:.0}",
            lap.elapsed().as_secs_f64() * 1000.0
        ));
        lap = Instant::now();
    };
    let calls = build::calls(model);
    split("calls");
    let control = build::control(model);
    split("control");
    let dataflow = build::dataflow(model);
    split("dataflow");
    let resources = build::resources(model);
    split("resources");
    let impact_graph = impact::impact_graph(model, &dataflow, &calls);
    split("impact");
    let build_secs = started.elapsed().as_secs_f64();
    let _ = writeln!(
        out,
        "graphs: calls {}/{}, control {}/{}, dataflow {}/{}, resources {}/{} nodes/edges; built in {:.0} ms = {:.1} % of indexing",
        calls.graph.node_count(),
        calls.graph.edge_count(),
        control.graph.node_count(),
        control.graph.edge_count(),
        dataflow.graph.node_count(),
        dataflow.graph.edge_count(),
        resources.graph.node_count(),
        resources.graph.edge_count(),
        build_secs * 1000.0,
        build_secs / index_secs * 100.0
    );
    let _ = writeln!(out, "graph build split (ms): {}", laps.join(", "));
    let busiest = |g: &ProjectGraph| {
        g.graph
            .node_indices()
            .max_by_key(|&n| g.graph.neighbors_undirected(n).count())
    };
    let time = |f: &mut dyn FnMut() -> usize| {
        let t = Instant::now();
        let n = f();
        (t.elapsed().as_secs_f64() * 1000.0, n)
    };
    if let Some(start) = busiest(&dataflow) {
        let id = dataflow.key(start).id(model);
        let (ms, n) = time(&mut || {
            impact_graph
                .walk(
                    impact_graph.find(dataflow.key(start)).expect("node"),
                    petgraph::Direction::Outgoing,
                    None,
                    &|e, a| impact::may_follow(e, a, false),
                )
                .len()
        });
        let _ = writeln!(
            out,
            "query: impact walk only from {id}: {n} nodes in {ms:.1} ms"
        );
        for backward in [false, true] {
            let (ms, n) = time(&mut || {
                impact::impact(model, &impact_graph, &id, backward, None)
                    .map_or(0, |r| r.nodes.len())
            });
            let _ = writeln!(
                out,
                "query: {} from {id}: {n} nodes in {ms:.1} ms",
                if backward { "lineage" } else { "impact" }
            );
        }
    }
    // Many ordinary queries: impact and lineage from 200 nodes spread over the graph.
    let count = impact_graph.graph.node_count();
    if count > 0 {
        let mut samples: Vec<f64> = Vec::new();
        let step = (count / 200).max(1);
        for i in (0..count).step_by(step).take(200) {
            for backward in [false, true] {
                let (ms, _) = time(&mut || {
                    impact::impact_from(
                        model,
                        &impact_graph,
                        &[petgraph::graph::NodeIndex::new(i)],
                        backward,
                        None,
                        EdgeClasses::VALUE,
                    )
                    .nodes
                    .len()
                });
                samples.push(ms);
            }
        }
        samples.sort_by(f64::total_cmp);
        let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
        let _ = writeln!(
            out,
            "query: impact/lineage from {} nodes spread over the graph: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            samples.len() / 2,
            at(0.5),
            at(0.95),
            at(1.0)
        );
    }
    if let Some(start) = busiest(&calls) {
        let (ms, n) = time(&mut || {
            calls
                .walk(start, petgraph::Direction::Incoming, None, &|_, _| true)
                .len()
        });
        let _ = writeln!(
            out,
            "query: transitive callers of {}: {n} nodes in {ms:.1} ms",
            calls.node_id(model, start)
        );
    }
    let (ms, n) = time(&mut || {
        let d = deadcode::dead_code(model, &control, &calls);
        d.procedures.len() + d.programs.len() + d.data_items.len()
    });
    let _ = writeln!(out, "query: dead code: {n} findings in {ms:.1} ms");
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
    graph_bench(&model, secs, &mut out);
    let started = Instant::now();
    let candidates = legacylens::rules::mine::mine(&model, "bench");
    let _ = writeln!(
        out,
        "rule mining: {} candidates ({} technical) in {:.0} ms",
        candidates.len(),
        candidates.iter().filter(|c| c.technical).count(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    drop(candidates);
    let peak_mb = peak_memory_mb().or(peak_mb);
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

/// `legacylens layout`: record layouts, or the cobc oracle's score.
fn layout_command(
    args: &IndexArgs,
    record: Option<&str>,
    format: LayoutFormat,
    check_cobc: bool,
    gnucobol: bool,
) -> Result<()> {
    use legacylens::records::{self, LayoutOptions, export, oracle};
    let model = index(args)?;
    if check_cobc {
        if !oracle::cobc_available() {
            anyhow::bail!("cobc (GnuCOBOL) is not installed");
        }
        let report = oracle::check(&model, &args.dir);
        let mut out = String::new();
        for (path, why) in &report.skipped {
            out.push_str(&format!("skipped\t{path}\t{why}\n"));
        }
        for m in &report.mismatches {
            let size = |s: Option<u32>| s.map_or_else(|| "-".to_string(), |s| s.to_string());
            out.push_str(&format!(
                "mismatch\t{}\t{}\tours {}\tcobc {}\n",
                m.path,
                m.name,
                size(m.ours),
                size(m.cobc)
            ));
        }
        out.push_str(&report.summary());
        out.push('\n');
        return print(&out);
    }
    let options = if gnucobol {
        LayoutOptions::gnucobol()
    } else {
        LayoutOptions::ibm()
    };
    let mut layouts = records::all_records(&model, &options);
    if let Some(name) = record {
        let name = name.to_ascii_uppercase();
        layouts.retain(|r| {
            r.name == name
                || r.fields.first().is_some_and(|f| f.simple_name == name)
                || r.fields.iter().any(|f| f.name == name)
        });
        if layouts.is_empty() {
            anyhow::bail!("no record named {name}");
        }
    }
    match format {
        LayoutFormat::Tsv => print(&export::to_tsv(&layouts)),
        LayoutFormat::Csv => print(&export::to_csv(&layouts)),
        LayoutFormat::Json => print_json(&export::to_json(&layouts)),
        LayoutFormat::Md => print(&export::to_markdown(&layouts)),
        LayoutFormat::JsonSchema => print_json(&export::to_json_schema(&layouts)),
    }
}

/// `--with structure,keys,control`.
fn parse_edge_classes(text: &str) -> Result<EdgeClasses, String> {
    EdgeClasses::parse(text)
}

/// `legacylens screens`: pictures of the BMS maps.
fn screens_command(
    args: &IndexArgs,
    map: Option<&str>,
    format: ScreenFormat,
    out: Option<&Path>,
) -> Result<()> {
    use legacylens::screens;
    let model = index(args)?;
    let selected: Vec<usize> = match map {
        Some(name) => {
            let found = screens::select(&model, name);
            if found.is_empty() {
                let known: Vec<String> = model
                    .screens
                    .iter()
                    .map(|s| format!("{}.{}", s.mapset, s.name))
                    .collect();
                anyhow::bail!(
                    "no map named {name}; maps in {}: {}",
                    args.dir.display(),
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known.join(", ")
                    }
                );
            }
            found
        }
        None => (0..model.screens.len()).collect(),
    };
    if selected.is_empty() {
        anyhow::bail!("no BMS maps (DFHMDI) in {}", args.dir.display());
    }
    if let Some(dir) = out {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut printed = String::new();
    for index in selected {
        let screen = &model.screens[index];
        let picture = screens::picture(screen);
        let (text, extension) = match format {
            ScreenFormat::Svg => (screens::to_svg(&picture), "svg"),
            ScreenFormat::Txt => (screens::to_text(screen, &picture), "txt"),
        };
        match out {
            Some(dir) => {
                let path = dir.join(format!("{}.{}.{extension}", screen.mapset, screen.name));
                legacylens::atomic_write::write_atomic(&path, text.as_bytes())
                    .with_context(|| format!("writing {}", path.display()))?;
                printed.push_str(&format!("{}\n", path.display()));
            }
            None => {
                if !printed.is_empty() && matches!(format, ScreenFormat::Txt) {
                    printed.push('\n');
                }
                printed.push_str(&text);
            }
        }
    }
    print(&printed)
}
