//! Drives the real app through egui_kittest: search with Ctrl+P, open a symbol, trace its
//! lineage, and go back and forward through the history.

use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::{Action, View};

mod support;
use support::app::{indexed_app, symbol};

#[test]
fn ctrl_p_finds_a_paragraph_by_fuzzy_name_and_opens_it() {
    let mut harness = indexed_app();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    harness.get_by_label("Go to symbol");
    // The query field has the focus: typing goes straight in.
    harness.event(egui::Event::Text("pycalc".into()));
    harness.run();
    // The hit list shows the program with its kind and location.
    assert!(
        harness.query_all_by_label_contains("PAYCALC").any(|n| {
            n.accesskit_node().label().is_some_and(|l| {
                l.starts_with("PAYCALC")
                    && l.contains("program")
                    && l.contains("benefits/cobol/cbl/PAYCALC.cbl:")
            })
        }),
        "a hit for the program with kind and location"
    );
    // Filter by kind: paragraphs only, then pick with the keyboard.
    harness.get_by_label("Paragraphs").click();
    harness.run();
    let hits: Vec<String> = harness
        .query_all_by_label_contains("PAYCALC.cbl")
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.contains("PAYCALC."))
        .collect();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|l| l.contains("paragraph")), "{hits:?}");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label("Go to symbol").is_none(),
        "palette closed"
    );
    let model = harness.state().model().unwrap();
    let active = model.symbol(harness.state().active().expect("a symbol is active"));
    assert_eq!(active.kind, legacylens::model::SymbolKind::Paragraph);
    assert_eq!(harness.state().view(), View::Code);
}

#[test]
fn lineage_of_a_payment_amount_crosses_programs_and_history_goes_back() {
    let mut harness = indexed_app();
    let program = symbol(&harness, "PAYCALC");
    harness.state_mut().act(Action::Open(program));
    harness.run();

    // The payment amount written to the PAYMENT table: where does it come from?
    let amount = symbol(&harness, "PAYMENT.AMOUNT");
    harness.state_mut().act(Action::Activate(amount));
    harness.run();
    harness.get_by_label("◀ Lineage").click();
    harness.run();
    let report = harness.state().impact().expect("a lineage report");
    assert!(report.backward);
    harness.get_by_label("Lineage of");
    // It reaches the COBOL computation and the claimant's earnings.
    assert!(harness.query_all_by_label("PC-PAYMENT-AMOUNT").count() >= 1);
    let model = harness.state().model().unwrap();
    let ws = harness.state().workspace().unwrap();
    let ids = report.ids(model, &ws.graphs.impact);
    for far in [
        "CL-WEEKLY-EARNINGS",
        "CLAIMANT.WEEKLY_EARNINGS",
        "BEN.PROD.CLAIMS.DAILY",
    ] {
        assert!(ids.iter().any(|id| id.ends_with(far)), "{far} in {ids:?}");
    }

    // Back returns to the program, forward to the column.
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().active(), Some(program));
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().active(), Some(amount));
}
