//! Drives the real desktop app state with egui_kittest: open a project, wait for the
//! background indexing, read the inventory, re-index, open another folder by typed path.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use legacylens::app::{Action, LegacyLensApp, Settings, View};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos")
}

fn wait_for_index(harness: &mut Harness<'_, LegacyLensApp>) {
    let started = Instant::now();
    loop {
        harness.step();
        // Indexing, then rule mining (the queue fills after the workspace is shown).
        let mining = harness
            .state()
            .workspace()
            .is_some_and(|ws| !ws.rules_mined());
        if !harness.state().is_indexing() && !mining {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "indexing did not finish"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
}

fn open(dir: PathBuf) -> Harness<'static, LegacyLensApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| LegacyLensApp::new(dir, Settings::default(), &cc.egui_ctx))
}

#[test]
fn shows_the_explorer_of_the_sample() {
    let mut harness = open(sample());
    wait_for_index(&mut harness);
    // The project opens on its start page, which names programs and tables too: look at
    // the Explorer beside the code view.
    assert_eq!(harness.state().view(), View::Overview);
    harness.state_mut().act(Action::Show(View::Code));
    harness.run();
    let model = harness.state().model().expect("indexed");
    let files = model.files.len();
    let diagnostics = model.diagnostics.len();
    assert!(files > 100);

    // The tree by kind, programs open, with counts.
    assert_eq!(
        harness.get_all_by_label("Explorer").count(),
        2,
        "heading and toggle"
    );
    harness.get_by_label("Programs");
    harness.get_by_label("PAYCALC");
    harness.get_by_label("DB tables");
    harness.get_by_label("Java packages");
    harness.get_by_label_contains(&format!("Indexed {files} files"));

    // Open a group: its tables appear (with the long programs group closed, so they are on
    // screen: the tree is virtual).
    harness.get_by_label("Programs").click();
    harness.run();
    assert!(
        harness.query_by_label("PAYCALC").is_none(),
        "programs closed"
    );
    // The diagnostics group with its count (another group may have as many entries).
    harness.get_by_label("Diagnostics");
    assert!(
        harness
            .query_all_by_label(&diagnostics.to_string())
            .next()
            .is_some(),
        "the diagnostics count"
    );
    harness.get_by_label("DB tables").click();
    harness.run();
    harness.get_by_label("CLAIM");
    harness.get_by_label("PAYMENT");

    // Re-index from the toolbar: the same project comes back.
    harness.get_by_label("Re-index").click();
    // Indexing repaints on every file, so step rather than run until it settles.
    harness.step();
    wait_for_index(&mut harness);
    assert_eq!(harness.state().model().unwrap().files.len(), files);
    harness.get_by_label("AUDIT_LOG");
}

#[test]
fn opens_a_typed_folder_and_lists_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Broken.java"),
        "package x;\nclass Broken {\n  void ok() {}\n  void bad( { int = ; }\n}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.cpy"), "").unwrap();

    let mut harness = open(sample());
    wait_for_index(&mut harness);

    let path = dir.path().display().to_string();
    // Replace the path in the project field (the first text field), then press Open.
    let field = || egui::accesskit::Role::TextInput;
    harness.get_all_by_role(field()).next().unwrap().focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_all_by_role(field())
        .next()
        .unwrap()
        .type_text(&path);
    harness.run();
    harness.get_by_label("Open").click();
    harness.step();
    wait_for_index(&mut harness);

    let model = harness.state().model().expect("indexed the typed folder");
    assert_eq!(model.files.len(), 2);
    // The diagnostics group lists each problem with its place.
    harness.get_by_label("Diagnostics").click();
    harness.run();
    harness.get_by_label_contains("syntax error");
    harness.get_by_label("Broken.java:4");
    harness.get_by_label("empty file (0 bytes)");
}
