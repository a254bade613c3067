//! The Screens view through egui_kittest: the active program's BMS maps drawn as 3270
//! screens, a click on a screen field activating the program field that reads or fills it,
//! the screens beside the code, and a map no program sends.

use egui_kittest::kittest::Queryable;
use legacylens::app::{Action, View};

mod support;
use support::app::{indexed_app, sample, symbol as id};

#[test]
fn the_screens_view_shows_the_active_programs_maps_and_follows_the_active_program() {
    let mut harness = indexed_app();
    let onl = id(&harness, "BENONL1");
    harness.state_mut().act(Action::Activate(onl));
    harness.state_mut().act(Action::Show(View::Screens));
    harness.run();
    assert_eq!(harness.state().view(), View::Screens);
    harness.get_by_label("Screens of BENONL1");
    harness.get_by_label("BENMS01.PAY1MAP");
    assert!(harness.query_by_label("BENMS03.PAY3MAP").is_none());
    // Its fields are there to click, by name.
    for field in ["NINO", "CLMNO", "NAME", "WKAMT", "PAYLN5"] {
        harness.get_by_label(field);
    }
    // A paragraph of another program: that program's map.
    let lst = id(&harness, "BENLST1.2000-LIST-CLAIM");
    harness.state_mut().act(Action::Activate(lst));
    harness.run();
    harness.get_by_label("Screens of BENLST1");
    harness.get_by_label("BENMS03.PAY3MAP");
    assert!(harness.query_by_label("BENMS01.PAY1MAP").is_none());
    // A program without maps leaves the last screens shown.
    let calc = id(&harness, "PAYCALC");
    harness.state_mut().act(Action::Activate(calc));
    harness.run();
    harness.get_by_label("BENMS03.PAY3MAP");
}

#[test]
fn clicking_a_screen_field_activates_the_program_field_behind_it() {
    let mut harness = indexed_app();
    let onl = id(&harness, "BENONL1");
    harness.state_mut().act(Action::Activate(onl));
    harness.state_mut().act(Action::Show(View::Screens));
    harness.run();
    // An input field: what the operator typed, the symbolic map's NINOI.
    harness.get_by_label("NINO").click();
    harness.run();
    assert_eq!(
        harness.state().active(),
        Some(id(&harness, "BENONL1.PAY1MAPI.NINOI"))
    );
    // An output field: what the program shows, NAMEO.
    harness.get_by_label("NAME").click();
    harness.run();
    assert_eq!(
        harness.state().active(),
        Some(id(&harness, "BENONL1.PAY1MAPO.NAMEO"))
    );
    // The view stays on the program's screens, and lineage starts from the clicked field.
    harness.get_by_label("BENMS01.PAY1MAP");
    let nameo = id(&harness, "BENONL1.PAY1MAPO.NAMEO");
    harness.state_mut().act(Action::Impact {
        symbol: nameo,
        backward: false,
    });
    harness.run();
    let report = harness.state().impact().expect("an impact report");
    let ws = harness.state().workspace().unwrap();
    let screen_field = ws.model.symbol_named("BENMS01.PAY1MAP.NAME").unwrap();
    let key = legacylens::graphs::graph::NodeKey::Symbol(screen_field);
    let node = ws
        .graphs
        .impact
        .find(&key)
        .expect("the screen field in the impact graph");
    assert!(
        report.nodes.iter().any(|n| n.node == node),
        "NAMEO reaches the screen field it fills"
    );
}

#[test]
fn screens_beside_the_code_and_a_map_no_program_sends() {
    let mut harness = indexed_app();
    let upd = id(&harness, "BENUPD1");
    harness.state_mut().act(Action::Open(upd));
    harness.state_mut().act(Action::ScreensBesideCode(true));
    harness.run();
    assert_eq!(harness.state().view(), View::Code);
    harness.get_by_label("Screens of BENUPD1");
    harness.get_by_label("BENMS02.PAY2MAP");
    // A map of the sample no program sends: its fields activate the screen fields.
    let auth = id(&harness, "BENMS04.AUTHMAP");
    harness.state_mut().act(Action::Activate(auth));
    harness.run();
    harness.get_by_label("Screens: AUTHMAP (no program sends it)");
    harness.get_by_label("PASSWD").click();
    harness.run();
    assert_eq!(
        harness.state().active(),
        Some(id(&harness, "BENMS04.AUTHMAP.PASSWD"))
    );
    harness.get_by_label("Hide").click();
    harness.run();
    assert!(harness.query_by_label("BENMS04.AUTHMAP").is_none());
}

#[test]
fn a_map_named_in_send_map_opens_its_bms_source() {
    let model = legacylens::index::index_path(sample()).unwrap();
    let ws = legacylens::explore::Workspace::build_without_rules(model);
    let program = ws
        .model
        .files
        .iter()
        .find(|f| f.path.ends_with("cbl/BENONL1.cbl"))
        .unwrap();
    let text = program.text.as_deref().unwrap();
    let line_162 = program.line_index.line_start(162).unwrap();
    let at = line_162 + text[line_162..].find("PAY1MAP").unwrap() + 2;
    let map = legacylens::explore::resolve::resolve(&ws, program.id, at).expect("resolves");
    assert_eq!(ws.model.symbol(map).qualified_name, "BENMS01.PAY1MAP");
    let (file, line) = ws.location(map).expect("a definition in the project");
    assert_eq!(ws.model.file(file).path, "benefits/cobol/bms/BENMS01.bms");
    assert_eq!(line, 14);
    // The BMS source is highlighted like code.
    let spans = legacylens::explore::highlight::highlight(&ws.model, file);
    assert!(spans.len() > 100);
}

#[test]
fn the_source_button_opens_the_bms_source_in_the_code_view() {
    let mut harness = indexed_app();
    let lst = id(&harness, "BENLST1");
    harness.state_mut().act(Action::Activate(lst));
    harness.state_mut().act(Action::Show(View::Screens));
    harness.run();
    harness.get_by_label("Source").click();
    harness.run();
    assert_eq!(harness.state().view(), View::Code);
    assert_eq!(
        harness.state().active(),
        Some(id(&harness, "BENMS03.PAY3MAP"))
    );
    harness.get_by_label("benefits/cobol/bms/BENMS03.bms");
}
