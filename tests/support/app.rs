//! The real app on the bundled sample for egui_kittest tests: opened, indexed and mined.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use legacylens::app::{LegacyLensApp, Settings};
use legacylens::model::SymbolId;

/// The bundled sample estate.
pub fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")
}

/// The app on the sample with `settings` in a window of `size`, once indexing and rule
/// mining have ended (the queue fills after the workspace is shown).
pub fn open_sample(settings: Settings, size: egui::Vec2) -> Harness<'static, LegacyLensApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| LegacyLensApp::new(sample(), settings, &cc.egui_ctx));
    let started = Instant::now();
    while harness.state().is_indexing()
        || harness
            .state()
            .workspace()
            .is_some_and(|ws| !ws.rules_mined())
    {
        harness.step();
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "indexing did not finish"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
    harness
}

/// [`open_sample`] with the default settings in a 1440×900 window.
pub fn indexed_app() -> Harness<'static, LegacyLensApp> {
    open_sample(Settings::default(), egui::vec2(1440.0, 900.0))
}

/// The symbol of a qualified name in the app's model.
pub fn symbol(harness: &Harness<'_, LegacyLensApp>, qualified: &str) -> SymbolId {
    harness
        .state()
        .model()
        .unwrap()
        .symbol_named(qualified)
        .unwrap_or_else(|| panic!("{qualified} in the model"))
}
