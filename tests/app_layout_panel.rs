//! The Layout panel through egui_kittest: the record of the active data item with offsets and
//! sizes, REDEFINES overlaid, and a click on a row activating that item.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::{Action, LegacyLensApp, Settings};

mod support;
use support::app::open_sample;

/// The app on the sample with the Layout panel shown.
fn indexed_app() -> Harness<'static, LegacyLensApp> {
    let settings = Settings {
        show_layout: true,
        ..Settings::default()
    };
    open_sample(settings, egui::vec2(1440.0, 900.0))
}

#[test]
fn layout_panel_shows_the_active_record_a_click_activates_a_field_and_hover_tells_offsets() {
    let mut harness = indexed_app();
    let model = harness.state().model().unwrap();
    let amount = model
        .symbol_named("PAYCALC.RP-ROUNDING-AREA.RP-AMOUNT-IN")
        .unwrap();
    let minimum = model
        .symbol_named("PAYCALC.RP-ROUNDING-AREA.RP-MINIMUM")
        .unwrap();
    harness.state_mut().act(Action::Activate(amount));
    harness.run();
    harness.get_by_label("Record layout: RP-ROUNDING-AREA");
    harness.get_by_label_contains("PAYCALC · 20 bytes");
    // A row per item: RP-MINIMUM sits at offset 9, 3 bytes of COMP-3.
    for text in ["S9(3)V99", "COMP-3", "S9(9)V9(4)"] {
        assert!(
            harness.query_all_by_label(text).next().is_some(),
            "{text} in the table"
        );
    }
    let row = harness
        .query_all_by_label_contains("RP-MINIMUM")
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.trim() == "RP-MINIMUM")
        })
        .expect("a row for RP-MINIMUM");
    row.click();
    harness.run();
    assert_eq!(harness.state().active(), Some(minimum));
    // The panel stays on the record and follows the new active item.
    harness.get_by_label("Record layout: RP-ROUNDING-AREA");

    // Hovering a data item in the code view tells its offset and size.
    let ws = harness.state().workspace().unwrap();
    let id = ws
        .model
        .symbol_named("PAYCALC.RP-ROUNDING-AREA.RP-MINIMUM")
        .unwrap();
    let summary = legacylens::explore::resolve::summary(ws, id);
    assert_eq!(
        summary.storage.as_deref(),
        Some("offset 9, 3 bytes (packed-decimal) in RP-ROUNDING-AREA")
    );
    assert!(
        summary
            .rows()
            .iter()
            .any(|(k, v)| k == "Storage" && v.starts_with("offset 9"))
    );
}
