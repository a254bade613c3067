//! The whole job through the real app, driven with egui_kittest as a user would: open (a copy
//! of) the sample, wait for indexing, find how the weekly payment amount is computed with
//! Ctrl+P, open it in the code, look at its graph, trace its lineage, record a rule from a
//! candidate, save, review the saved file, and export the catalogue as Markdown — asserting
//! on what is shown and on the files written.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::{LegacyLensApp, Settings, View};
use legacylens::rules::record::{Status, Verdict};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn wait_for_index(harness: &mut Harness<'_, LegacyLensApp>) {
    let started = Instant::now();
    // Indexing, then rule mining (the queue fills after the workspace is shown).
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
}

/// Replaces the text of the field labelled `label` by `text`.
fn type_into(harness: &mut Harness<'_, LegacyLensApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn labels_containing(harness: &Harness<'_, LegacyLensApp>, text: &str) -> Vec<String> {
    harness
        .query_all_by_label_contains(text)
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

#[test]
fn find_trace_record_review_and_export_a_payment_rule() {
    let project = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos"),
        project.path(),
    );
    let root = project.path().to_path_buf();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |cc| LegacyLensApp::new(root, Settings::default(), &cc.egui_ctx));
    wait_for_index(&mut h);

    // 1. Find how the weekly amount is computed: Ctrl+P, type, paragraphs only, Enter.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::P);
    h.run();
    h.event(egui::Event::Text("weekly amount".into()));
    h.run();
    h.get_by_label("Paragraphs").click();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let model = h.state().model().unwrap();
    let paragraph = model.symbol_named("PAYCALC.6000-WEEKLY-AMOUNT").unwrap();
    assert_eq!(h.state().active(), Some(paragraph));
    assert_eq!(h.state().view(), View::Code);
    // The code view shows the paragraph and its COMPUTE, with line numbers.
    assert!(!labels_containing(&h, "6000-WEEKLY-AMOUNT.").is_empty());
    assert!(!labels_containing(&h, "COMPUTE WS-GROSS-4DP ROUNDED").is_empty());

    // Its graph: the Graph tab follows the paragraph into the control graph, where the
    // paragraph it performs is a neighbour.
    h.get_by_label("Graph").click();
    h.run();
    assert_eq!(h.state().view(), View::Graph);
    h.get_by_label("8000-CALL-ROUNDING");
    h.get_by_label("Code").click();
    h.run();

    // 2. Click the amount the paragraph sets: it becomes the active symbol.
    let line = labels_containing(&h, "MOVE RP-AMOUNT-OUT TO PC-GROSS-WEEKLY-AMOUNT")
        .into_iter()
        .next()
        .expect("the line that sets the weekly amount is on screen");
    let rect = h.get_by_label(&line).rect();
    let column = line[..line.find("PC-GROSS-WEEKLY-AMOUNT").unwrap()]
        .chars()
        .count() as f32;
    let char_width = rect.width() / line.chars().count() as f32;
    let pos = egui::pos2(rect.left() + char_width * (column + 3.5), rect.center().y);
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run();
    let model = h.state().model().unwrap();
    let active = model.symbol(h.state().active().expect("active"));
    assert_eq!(
        active.name, "PC-GROSS-WEEKLY-AMOUNT",
        "{}",
        active.qualified_name
    );

    // 3. Its lineage: where the amount comes from, across programs; shown as a tree and on
    // the graph.
    h.get_by_label("◀ Lineage").click();
    h.run();
    let report = h.state().impact().expect("lineage computed");
    assert!(report.backward);
    let ws = h.state().workspace().unwrap();
    let ids = report.ids(&ws.model, &ws.graphs.impact);
    assert!(
        ids.iter().any(|id| id.ends_with("RP-AMOUNT-OUT")),
        "{ids:?}"
    );
    assert!(
        ids.iter().any(|id| id.starts_with("PAYRND.")),
        "crosses into PAYRND: {ids:?}"
    );
    h.get_by_label("Show on graph").click();
    h.run();
    assert_eq!(h.state().view(), View::Graph);
    assert!(
        h.query_all_by_label("RP-AMOUNT-OUT").count() >= 1,
        "the graph shows the lineage"
    );

    // 4. The rules: accept the first candidate with the keyboard, then save with Ctrl+S.
    h.get_by_label("Rules").click();
    h.run();
    assert_eq!(h.state().view(), View::Rules);
    let ws = h.state().workspace().unwrap();
    let first = h.state().rules().pending(ws)[0].rule.clone();
    h.get_by_label("Accept (A)").click();
    h.run();
    let rule = h.state().rules().rule(&first.id).expect("accepted").clone();
    assert_eq!(rule.status, Status::Draft);
    assert!(h.state().rules().is_dirty());
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    let saved = project.path().join("legacylens-rules.json");
    let text = fs::read_to_string(&saved).expect("the annotation file was saved");
    assert!(text.contains(&first.id));
    assert!(!h.state().rules().is_dirty());

    // 5. Review the saved file as a reviewer would: load it, comment, approve.
    h.get_by_label("Review").click();
    h.run();
    type_into(&mut h, "Review file:", &saved.display().to_string());
    h.get_by_label("Load").click();
    h.run();
    type_into(&mut h, "Comment", "matches the benefit policy");
    // The verdict buttons sit below the rule's long description: scroll them into view.
    h.get_by_label("Approve").scroll_to_me();
    h.run();
    h.get_by_label("Approve").click();
    h.run();
    let reviewed = h.state().rules().rule(&first.id).unwrap();
    assert_eq!(reviewed.reviews.len(), 1);
    assert_eq!(reviewed.reviews[0].verdict, Verdict::Approve);
    assert_eq!(reviewed.reviews[0].comment, "matches the benefit policy");

    // 6. Export the catalogue as Markdown.
    h.get_by_label("Export…").click();
    h.run();
    let out = project.path().join("catalogue.md");
    type_into(&mut h, "Export to:", &out.display().to_string());
    h.get_by_label("Markdown").click();
    h.get_by_label("Export").click();
    h.run();
    let md = fs::read_to_string(&out).expect("the catalogue was written");
    assert!(md.starts_with("# Business rule catalogue"));
    assert!(md.contains(&first.name), "{}", &md[..md.len().min(400)]);
    assert!(md.contains("matches the benefit policy"));
}
