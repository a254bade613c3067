//! The glossary in the app through egui_kittest, on a copy of the sample: right-click a data
//! item in the code view and a row of the Layout panel → "Name this field…" → the term is in
//! the Glossary tab, a candidate's conditions read through the terms, a suggestion is
//! accepted with one click, a term's link opens its field, and Ctrl+S writes the terms to the
//! annotation file.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::{Action, LegacyLensApp, Place, Settings, View};

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

fn wait(
    harness: &mut Harness<'static, LegacyLensApp>,
    what: &str,
    done: impl Fn(&LegacyLensApp) -> bool,
) {
    let started = Instant::now();
    while !done(harness.state()) {
        harness.step();
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "{what} did not finish"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
}

fn indexed_app(root: &Path) -> Harness<'static, LegacyLensApp> {
    let settings = Settings {
        show_layout: true,
        ..Settings::default()
    };
    let root = root.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| LegacyLensApp::new(root.clone(), settings, &cc.egui_ctx));
    wait(&mut harness, "indexing and mining", |app| {
        !app.is_indexing() && app.workspace().is_some_and(|ws| ws.rules_mined())
    });
    harness
}

const IF_LINE: &str =
    "028810             IF EP-WEEKLY-EARNINGS > BC-CARER-EARNINGS-LIMIT      CR3250";

/// The words of the candidate deciding on the carer's earnings.
fn income_words(app: &LegacyLensApp) -> String {
    app.workspace()
        .unwrap()
        .candidates()
        .iter()
        .find(|c| {
            c.rule.conditions.iter().any(|k| {
                k.code
                    .contains("EP-WEEKLY-EARNINGS > BC-CARER-EARNINGS-LIMIT")
            })
        })
        .expect("the income rule is a candidate")
        .condition_words
        .clone()
}

/// Types `text` into the focused field, replacing what it holds.
fn replace_focused_text(harness: &mut Harness<'static, LegacyLensApp>, text: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(Event::Text(text.to_string()));
    harness.run();
}

#[test]
fn naming_fields_fills_the_glossary_and_rewords_the_candidates() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos"),
        dir.path(),
    );
    let mut harness = indexed_app(dir.path());
    let before = income_words(harness.state());
    assert!(
        before.contains("weekly earnings is more than carer earnings limit"),
        "{before}"
    );

    // 1. Right-click EP-WEEKLY-EARNINGS in the code of ELIGCHK.
    let file = {
        let ws = harness.state().workspace().unwrap();
        ws.model
            .files
            .iter()
            .find(|f| f.path.ends_with("cbl/ELIGCHK.cbl"))
            .unwrap()
            .id
    };
    harness
        .state_mut()
        .act(Action::OpenAt(Place { file, line: 290 }));
    harness.run();
    let rect = harness.get_by_label(IF_LINE).rect();
    let column = IF_LINE.find("EP-WEEKLY-EARNINGS").unwrap() + 4;
    let char_width = rect.width() / IF_LINE.chars().count() as f32;
    let pos = egui::pos2(
        rect.left() + (column as f32 + 0.5) * char_width,
        rect.center().y,
    );
    harness.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::default(),
        });
    }
    harness.run();
    harness.get_by_label("Name this field…").click();
    harness.run();
    harness.get_by_label("Name this field");
    harness.get_by_label_contains("Every program using copybook ELIGPARM");
    replace_focused_text(&mut harness, "claimant's weekly earnings");
    harness.get_by_label("Save term").click();
    harness.run();

    // 2. Right-click BC-CARER-EARNINGS-LIMIT in the Layout panel.
    let limit = harness
        .state()
        .model()
        .unwrap()
        .symbol_named("ELIGCHK.BEN-CONSTANTS.BC-CARER-EARNINGS-LIMIT")
        .unwrap();
    harness.state_mut().act(Action::Activate(limit));
    harness.run();
    let row = harness
        .query_all_by_label_contains("BC-CARER-EARNINGS-LIMIT")
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.trim() == "BC-CARER-EARNINGS-LIMIT")
        })
        .expect("a layout row for BC-CARER-EARNINGS-LIMIT");
    row.click_secondary();
    harness.run();
    harness.get_by_label("Name this field…").click();
    harness.run();
    replace_focused_text(&mut harness, "earnings limit");
    harness.get_by_label("Save term").click();
    harness.run();

    let terms = harness.state().rules().file().terms.clone();
    assert_eq!(terms.len(), 2, "{terms:#?}");
    let earnings = terms
        .iter()
        .find(|t| t.term == "claimant's weekly earnings")
        .expect("the first term");
    assert_eq!(earnings.copybook.as_deref(), Some("ELIGPARM"));
    assert_eq!(earnings.field.as_deref(), Some("EP-WEEKLY-EARNINGS"));
    assert!(terms.iter().any(|t| t.term == "earnings limit"));

    // 3. The candidates are worded again with the terms.
    wait(&mut harness, "re-wording", |app| !app.rewording());
    let after = income_words(harness.state());
    assert!(
        after.contains("the claimant's weekly earnings are more than the earnings limit"),
        "{after}"
    );

    // 4. The Glossary tab lists both terms; a term's link opens its field.
    harness.state_mut().act(Action::Show(View::Glossary));
    harness.run();
    harness.get_by_label("earnings limit").click();
    harness.run();
    let app = harness.state();
    let active = app.active().expect("an active symbol");
    assert!(
        app.model()
            .unwrap()
            .symbol(active)
            .name
            .eq_ignore_ascii_case("BC-CARER-EARNINGS-LIMIT"),
    );
    assert_eq!(app.view(), View::Code);

    // 5. A term is approved from the tab: the review is recorded and the status follows.
    harness.state_mut().act(Action::Show(View::Glossary));
    harness.run();
    harness
        .query_all_by_label("Approve")
        .next()
        .expect("terms to approve")
        .click();
    harness.run();
    let reviewed = harness
        .state()
        .rules()
        .file()
        .terms
        .iter()
        .filter(|t| t.status == legacylens::rules::Status::Approved && t.reviews.len() == 1)
        .count();
    assert_eq!(reviewed, 1);

    // 6. A suggestion is accepted with one click.
    harness.state_mut().act(Action::Show(View::Glossary));
    harness.run();
    harness.get_by_label_contains("suggestions");
    harness
        .query_all_by_label("Accept")
        .next()
        .expect("suggestions to accept")
        .click();
    harness.run();
    assert_eq!(harness.state().rules().file().terms.len(), 3);

    // 7. Ctrl+S saves the terms with the rules.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = fs::read_to_string(dir.path().join("legacylens-rules.json")).unwrap();
    assert!(saved.contains("\"terms\""), "{saved}");
    assert!(saved.contains("claimant's weekly earnings"), "{saved}");
}
