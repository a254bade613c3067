//! The architect's first minutes, driven through egui_kittest: the project opens on its
//! start page, whose rows are links; jobs open in the Batch graph, where a dataset shows its
//! writers, readers and CICS files; the Explorer follows the active program; the code view
//! has an outline; the app asks the user's name once; a reopened project restores the
//! place; Project settings list the files never indexed.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::{Action, LastPlace, LegacyLensApp, Settings, View};
use legacylens::explore::GraphKind;

mod support;
use support::app::{open_sample as app_sized, sample, symbol};

fn app(settings: Settings) -> Harness<'static, LegacyLensApp> {
    app_sized(settings, egui::vec2(1440.0, 900.0))
}

#[test]
fn a_project_opens_on_its_start_page_whose_rows_are_links() {
    let mut h = app(Settings::default());
    assert_eq!(h.state().view(), View::Overview);
    assert!(h.state().active().is_none(), "nothing is opened behind it");
    for section in [
        "CICS transactions (8)",
        "Batch jobs in run order (10)",
        "Menu programs (1)",
        "Programs nobody calls (1)",
        "Busiest tables",
        "Biggest programs",
        "Rule triage",
    ] {
        h.get_by_label(section);
    }
    h.get_by_label_contains("candidates waiting for triage");
    // A transaction row opens the transaction's definition.
    h.get_by_label("BMNU").click();
    h.run();
    assert_eq!(h.state().active(), Some(symbol(&h, "BMNU")));
    assert_eq!(h.state().view(), View::Code);
    // The toolbar brings the start page back; a job opens in the Batch graph.
    h.get_by_label("Overview").click();
    h.run();
    assert_eq!(h.state().view(), View::Overview);
    h.get_by_label("BENPAYJ").click();
    h.run();
    assert_eq!(h.state().view(), View::Graph);
    assert_eq!(h.state().graph_kind(), GraphKind::Batch);
    assert_eq!(h.state().active(), Some(symbol(&h, "BENPAYJ")));
    let scene = h.state().graph_scene().expect("the job flow is drawn");
    assert!(!scene.focus_missing, "a job is in the Batch graph");
    let labels: Vec<&str> = scene.nodes.iter().map(|n| n.label.as_str()).collect();
    // Jobs → steps → programs → datasets → the next jobs, GDG generations as one dataset.
    for label in [
        "BENEXTJ",
        "BENPAYJ",
        "BENBACSJ",
        "BENPAY01",
        "BEN.PROD.CLAIMS.DAILY",
    ] {
        assert!(labels.contains(&label), "{label} in {labels:?}");
    }
    assert!(
        !labels
            .iter()
            .any(|l| l.contains("(+1)") || l.contains("(0)"))
    );
    let feeds = scene.edges.iter().any(|e| {
        e.kind == "feeds"
            && scene.nodes[e.from].label == "BEN.PROD.CLAIMS.DAILY"
            && scene.nodes[e.to].label == "BENPAYJ"
    });
    assert!(feeds, "the extract feeds the payment job");
}

#[test]
fn a_dataset_in_the_batch_graph_shows_its_writers_readers_and_cics_files() {
    let mut h = app(Settings::default());
    let master = symbol(&h, "BEN.PROD.CLAIMANT.MASTER");
    let job = symbol(&h, "BENMSTJ");
    h.state_mut()
        .act(Action::ShowInGraph(job, GraphKind::Batch));
    h.run();
    h.state_mut().act(Action::Activate(master));
    h.run();
    assert_eq!(h.state().graph_kind(), GraphKind::Batch);
    assert!(h.query_all_by_label("written by").count() >= 1);
    // The update step rewrites the master it reads: a writer and a reader.
    assert_eq!(h.query_all_by_label("BENMSTJ.STEP030").count(), 2);
    h.get_by_label("BENMSTJ.STEP010");
    assert!(h.query_all_by_label("(BENVSUP1)").count() >= 1);
    // Where CICS reads it: the CSD file over its DSNAME, and the online programs.
    h.get_by_label("CICS file");
    h.get_by_label("CLMMAST").click();
    h.run();
    assert_eq!(h.state().active(), Some(symbol(&h, "CLMMAST")));
}

#[test]
fn the_explorer_follows_the_active_program_and_the_code_has_an_outline() {
    let mut h = app(Settings::default());
    let paragraph = symbol(&h, "PAYCALC.6000-WEEKLY-AMOUNT");
    let main = symbol(&h, "PAYCALC.0000-MAIN");
    h.state_mut().act(Action::Open(main));
    h.run();
    let selected = |h: &Harness<'_, LegacyLensApp>, label: &str| {
        h.query_all_by_label(label)
            .any(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
    };
    assert!(
        selected(&h, "PAYCALC"),
        "the program of the active paragraph is highlighted"
    );
    assert!(!selected(&h, "BENPAY01"));
    // The outline lists the program's paragraphs and opens one.
    h.get_by_label("Outline").click();
    h.run();
    h.get_by_label("6000-WEEKLY-AMOUNT").click();
    h.run();
    assert_eq!(h.state().active(), Some(paragraph));
    let line = h.state().place().expect("a place").line;
    let (_, defined) = h.state().workspace().unwrap().location(paragraph).unwrap();
    assert_eq!(line, defined);
    h.get_by_label("in 6000-WEEKLY-AMOUNT");
    // A step's row is in the closed JCL jobs group, under its job: both open to show it.
    assert!(h.query_by_label("BENBACSJ").is_none(), "JCL jobs closed");
    let step = symbol(&h, "BENBACSJ.STEP020");
    h.state_mut().act(Action::Open(step));
    h.run();
    h.get_by_label("BENBACSJ");
    assert!(selected(&h, "STEP020"));
}

#[test]
fn the_explorer_scrolls_to_the_active_program() {
    // A short window: the end of the program list is off screen (the tree is virtual, so
    // rows off screen are not there at all).
    let mut h = app_sized(Settings::default(), egui::vec2(1440.0, 420.0));
    let first = symbol(&h, "ADDRFMT");
    h.state_mut().act(Action::Open(first));
    h.run_steps(10);
    assert!(h.query_by_label("PAYRND").is_none(), "off screen at first");
    let payrnd = symbol(&h, "PAYRND");
    h.state_mut().act(Action::Open(payrnd));
    h.run_steps(10);
    let row = h
        .query_all_by_label("PAYRND")
        .find(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True));
    assert!(row.is_some(), "scrolled to and highlighted");
}

#[test]
fn reopening_a_project_restores_where_the_user_was() {
    let settings = Settings {
        places: vec![LastPlace {
            project: sample(),
            symbol: Some("PAYCALC.6000-WEEKLY-AMOUNT".into()),
            path: Some("benefits/cobol/cbl/PAYCALC.cbl".into()),
            line: 120,
            view: View::Code,
        }],
        ..Settings::default()
    };
    let h = app(settings);
    assert_eq!(h.state().view(), View::Code);
    assert_eq!(
        h.state().active(),
        Some(symbol(&h, "PAYCALC.6000-WEEKLY-AMOUNT"))
    );
    assert_eq!(h.state().place().map(|p| p.line), Some(120));
    // Where the user is now is remembered for the next run.
    let saved = &h.state().settings().places[0];
    assert_eq!(saved.project, sample());
    assert_eq!(saved.symbol.as_deref(), Some("PAYCALC.6000-WEEKLY-AMOUNT"));
}

#[test]
fn the_users_name_is_asked_once_and_recorded() {
    let mut h = app(Settings::default());
    h.state_mut().act(Action::Show(View::Rules));
    h.run_steps(10);
    let field = h.get_by_label("Your name for audit and review entries:");
    field.click();
    h.run_steps(10);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text("Ada Analyst".into()));
    h.run_steps(10);
    h.get_by_label("Use this name").click();
    h.run_steps(10);
    assert_eq!(
        h.state().settings().user_name.as_deref(),
        Some("Ada Analyst")
    );
    assert_eq!(h.state().rules().user(), "Ada Analyst");
    assert!(
        h.query_by_label("Use this name").is_none(),
        "asked once: the prompt is gone"
    );
    // A name given earlier is not asked again, and is the one recorded.
    let h = app(Settings {
        user_name: Some("Bo Reviewer".into()),
        ..Settings::default()
    });
    assert_eq!(h.state().rules().user(), "Bo Reviewer");
}

#[test]
fn project_settings_list_the_files_never_indexed() {
    let mut h = app(Settings::default());
    h.get_by_label("Settings").click();
    h.run_steps(10);
    h.get_by_label("Never indexed");
    h.get_by_label("legacylens-rules.json");
    h.get_by_label(".legacylens/ (settings, graph exports)");
    h.get_by_label("System services");
}
