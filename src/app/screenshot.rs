//! Start-up options for unattended runs: `--screenshot OUT.png` renders the window once the
//! project is indexed (optionally with `--select SYMBOL` and `--view`), writes a PNG and
//! exits; `--frame-bench` measures frame times with a big graph on screen and exits.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use eframe::egui;

use super::{LegacyLensApp, View};

/// What to do after start-up, besides showing the window.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// Write a PNG of the window here once indexed, then exit.
    pub screenshot: Option<PathBuf>,
    /// Open this symbol once indexed (qualified name, else best search hit).
    pub select: Option<String>,
    /// Show this view once indexed.
    pub view: Option<View>,
    /// Inner window size in points.
    pub window_size: Option<[f32; 2]>,
    /// Measure frame times, print them and exit.
    pub frame_bench: Option<FrameBench>,
}

/// Frame-time measurement: `frames` frames after `warmup`, repainting continuously.
#[derive(Debug, Clone)]
pub struct FrameBench {
    pub warmup: usize,
    pub frames: usize,
    /// Callers/callees depth of the graph to show.
    pub depth: u32,
    times_ms: Vec<f64>,
    last: Option<Instant>,
    seen: usize,
    set_up: bool,
}

impl FrameBench {
    pub fn new(frames: usize, depth: u32) -> FrameBench {
        FrameBench {
            warmup: 30,
            frames,
            depth,
            times_ms: Vec::with_capacity(frames),
            last: None,
            seen: 0,
            set_up: false,
        }
    }
}

/// Per-run state of a screenshot: frames shown since the project was ready, and the PNG
/// write's outcome.
#[derive(Default)]
pub(super) struct ShotState {
    ready_frames: u32,
    requested: bool,
    done: Arc<Mutex<Option<Result<(), String>>>>,
}

/// Called at the start of every frame.
pub(super) fn tick(app: &mut LegacyLensApp, ctx: &egui::Context) {
    if app.start.screenshot.is_none() && app.start.frame_bench.is_none() {
        return;
    }
    if let Some(error) = &app.error
        && app.job.is_none()
    {
        eprintln!("legacylens: {error}");
        std::process::exit(2);
    }
    if app.ws.is_none()
        || app.job.is_some()
        || !app.rules_shown
        || app.ws.as_ref().is_some_and(|ws| !ws.rules_mined())
    {
        return;
    }
    if app.start.frame_bench.is_some() {
        bench_setup(app);
        let nodes = app.graph.scene().map(|s| (s.nodes.len(), s.edges.len()));
        if let Some(bench) = &mut app.start.frame_bench {
            bench_tick(bench, nodes, ctx);
        }
        return;
    }
    let Some(path) = app.start.screenshot.clone() else {
        return;
    };
    let state = &mut app.shot;
    // Taken once: the window may draw another frame before it closes.
    if let Some(result) = state.done.lock().ok().and_then(|mut d| d.take()) {
        match result {
            Ok(()) => {
                println!("wrote {}", path.display());
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Err(e) => {
                eprintln!("legacylens: cannot write {}: {e}", path.display());
                std::process::exit(2);
            }
        }
        return;
    }
    state.ready_frames += 1;
    // Let layouts settle (graph layout, scroll-to-line, fonts) before taking the picture.
    if state.ready_frames >= 12 && !state.requested {
        state.requested = true;
        let done = state.done.clone();
        ctx.request_screenshot(move |image| {
            let result = write_png(&path, &image);
            if let Ok(mut d) = done.lock() {
                *d = Some(result);
            }
        });
    }
    ctx.request_repaint();
}

/// Once: the busiest data-flow node of the project (or `--select`) on the graph, callers and
/// callees to the bench depth, bundling off, so the screen holds as many nodes as the view
/// allows.
fn bench_setup(app: &mut LegacyLensApp) {
    let Some(ws) = app.ws.clone() else { return };
    let Some(bench) = &mut app.start.frame_bench else {
        return;
    };
    if bench.set_up {
        return;
    }
    bench.set_up = true;
    app.graph.graph = crate::explore::GraphKind::DataFlow;
    app.graph.callers = true;
    app.graph.callees = true;
    app.graph.depth = bench.depth;
    app.graph.bundle_threshold = usize::MAX;
    app.view = View::Graph;
    if app.start.select.is_none()
        && let Some(hub) =
            crate::explore::scene::busiest_symbol(&ws, crate::explore::GraphKind::DataFlow)
    {
        app.active = Some(hub);
    }
}

fn bench_tick(bench: &mut FrameBench, scene: Option<(usize, usize)>, ctx: &egui::Context) {
    let now = Instant::now();
    if let Some(last) = bench.last {
        bench.seen += 1;
        if bench.seen > bench.warmup {
            bench.times_ms.push((now - last).as_secs_f64() * 1e3);
        }
    }
    bench.last = Some(now);
    if bench.times_ms.len() >= bench.frames {
        let mut t = bench.times_ms.clone();
        t.sort_by(f64::total_cmp);
        let pct = |p: f64| t[((t.len() as f64 - 1.0) * p).round() as usize];
        let (nodes, edges) = scene.unwrap_or_default();
        println!(
            "graph on screen: {nodes} nodes, {edges} edges\nframes {}  mean {:.2} ms  p50 {:.2} ms  p95 {:.2} ms  max {:.2} ms",
            t.len(),
            t.iter().sum::<f64>() / t.len() as f64,
            pct(0.5),
            pct(0.95),
            pct(1.0)
        );
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    ctx.request_repaint();
}

/// Encodes an RGBA image as PNG and writes it atomically.
pub fn write_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, w as u32, h as u32);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(image.as_raw())
            .map_err(|e| e.to_string())?;
    }
    crate::atomic_write::write_atomic(path, &bytes).map_err(|e| e.to_string())
}
