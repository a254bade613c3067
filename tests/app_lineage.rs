//! Drives the real app through egui_kittest: the lineage panel lists a field's real sources
//! with each edge's class, line and statement inside the panel, and the structure toggle
//! re-traces with the group marked; stepping through a field's references (its REDEFINES
//! aliases marked) keeps the field active; diagnostics rows do not widen the Explorer; a
//! search phrase finds paragraphs by words and a copybook field once, "in N programs".

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::{Action, LegacyLensApp};
use legacylens::explore::resolve;

mod support;
use support::app::{indexed_app, symbol};

const WIDTH: f32 = 1440.0;

#[test]
fn lineage_panel_stepping_and_explorer_width() {
    let mut h = indexed_app();

    // 1. Lineage of a field recomputed in a record read whole: its real sources only.
    let balance = symbol(&h, "BENBAL01.WS-BALANCE-REC.WS-OUTSTANDING-BAL");
    h.state_mut().act(Action::Open(balance));
    h.run();
    h.get_by_label("◀ Lineage").click();
    h.run();
    let report = h.state().impact().expect("a lineage report");
    assert_eq!(report.nodes.len(), 7, "the field and its six sources");
    assert!(!report.with.structure);
    // Each node's second line: class, edge, site and statement, inside the window.
    h.get_by_label("READ BAL-IN INTO WS-BALANCE-REC");
    let site = h.get_by_label("BENBAL01.cbl:52");
    assert!(
        site.rect().max.x <= WIDTH,
        "the line of the edge is visible: {:?}",
        site.rect()
    );
    assert!(h.query_all_by_label("value").count() >= 6);
    assert!(h.query_by_label("only via structure/keys").is_none());
    // Structure on: traced again, the group is there and marked.
    h.get_by_label("structure").click();
    h.run();
    let report = h.state().impact().expect("traced again");
    assert!(report.with.structure);
    assert_eq!(report.nodes.iter().filter(|n| n.marked).count(), 1);
    h.get_by_label("only via structure/keys");

    // 2. Stepping through the references of a field keeps it active; its REDEFINES alias
    // uses count and are marked.
    let nino = symbol(&h, "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-NINO");
    h.state_mut().act(Action::Open(nino));
    h.run();
    let ws = h.state().workspace().unwrap();
    let all = resolve::references_of(&ws.model, nino);
    let aliases = all.iter().filter(|r| r.alias.is_some()).count();
    assert!(aliases > 0 && aliases < all.len());
    h.get_by_label(&format!(
        "References to CL-NINO: {} ({aliases} through REDEFINES aliases)",
        all.len()
    ));
    // The hover summary counts them too.
    let summary = resolve::summary(ws, nino);
    assert_eq!(summary.references, all.len());
    assert!(summary.rows().iter().any(|(k, v)| k == "References"
        && v == &format!("{} ({aliases} through REDEFINES aliases)", all.len())));
    h.get_by_label("Next reference").click();
    h.run();
    assert_eq!(h.state().active(), Some(nino), "the field stays active");
    h.get_by_label("1 of 6");
    h.get_by_label("alias CL-NINO-PAYDAY-DIGITS");
    // So Impact traces the field, not the paragraph the reference is in.
    h.get_by_label("Impact ▶").click();
    h.run();
    let report = h.state().impact().expect("impact");
    let ws = h.state().workspace().unwrap();
    assert_eq!(ws.graphs.impact.key(report.starts[0]).symbol(), Some(nino));

    // 3. Diagnostics rows are cut to the Explorer's width.
    h.get_by_label("Diagnostics").click();
    h.run();
    let rows: Vec<egui::Rect> = h
        .query_all_by_label_contains("copybook")
        .map(|n| n.rect())
        .filter(|r| r.min.x < 300.0)
        .collect();
    assert!(!rows.is_empty(), "a diagnostic about a missing copybook");
    for r in rows {
        assert!(r.max.x < 400.0, "a diagnostic widens the Explorer: {r:?}");
    }
}

/// The palette's hits, in order: every label with a location.
fn hit_labels(h: &Harness<'_, LegacyLensApp>) -> Vec<String> {
    h.query_all_by_label_contains("benefits/")
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.contains(".cbl:") || l.contains(".cpy:"))
        .collect()
}

#[test]
fn search_phrase_ranks_paragraphs_first_and_copybook_fields_once() {
    let mut h = indexed_app();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    h.run();
    h.event(egui::Event::Text("update bank".into()));
    h.run();
    let hits = hit_labels(&h);
    assert!(
        hits.first()
            .is_some_and(|l| l.starts_with("3200-UPDATE-BANK-DETAILS") && l.contains("paragraph")),
        "{hits:?}"
    );
    let first_data = hits.iter().position(|l| l.contains("data-item"));
    let last_paragraph = hits.iter().rposition(|l| l.contains("paragraph"));
    if let (Some(d), Some(p)) = (first_data, last_paragraph) {
        assert!(p < d, "paragraphs before data items: {hits:?}");
    }

    // A copybook field: one hit, in N programs, expanding to each.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.event(egui::Event::Text("weekly earnings".into()));
    h.run();
    let hits = hit_labels(&h);
    let in_claimrec: Vec<&String> = hits
        .iter()
        .filter(|l| l.starts_with("CL-WEEKLY-EARNINGS") && l.contains("CLAIMREC.cpy"))
        .collect();
    assert_eq!(in_claimrec.len(), 1, "{hits:?}");
    let model = h.state().model().unwrap();
    let copies = model
        .symbols
        .iter()
        .filter(|s| s.name == "CL-WEEKLY-EARNINGS")
        .count();
    assert!(copies >= 2);
    let row = h
        .query_all_by_label_contains("CLAIMREC.cpy")
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("CL-WEEKLY-EARNINGS"))
        })
        .expect("the hit")
        .rect();
    let button = format!("⏵ in {copies} programs");
    h.query_all_by_label(&button)
        .find(|b| (b.rect().center().y - row.center().y).abs() < row.height())
        .expect("the hit's copies button")
        .click();
    h.run();
    h.get_by_label("BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS");
    h.get_by_label("BENEXT01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS")
        .click();
    h.run();
    assert_eq!(
        h.state().active(),
        Some(symbol(
            &h,
            "BENEXT01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS"
        ))
    );
}
