//! Screens in the HTML rule catalogue: a rule anchored in a CICS program carries the program's
//! 3270 screens as inline SVG (field names on hover), drawn once and linked from later rules of
//! the same program; rules of batch programs carry none.

use legacylens::index::index_path;
use legacylens::rules::html::to_html;
use legacylens::rules::{candidates_file, mine};

#[test]
fn rules_of_a_cics_program_show_its_screens_once_then_link_them() {
    let model = index_path("sample_repos/benefits").expect("sample indexes");
    let all = mine(&model, "2026-01-01T00:00:00Z");
    let in_program = |name: &str| {
        all.iter()
            .filter(|c| c.rule.anchors[0].symbol.split('.').next() == Some(name))
            .cloned()
            .collect::<Vec<_>>()
    };
    let upd = in_program("BENUPD1");
    assert!(upd.len() >= 2, "BENUPD1 has at least two candidate rules");
    let batch = in_program("PAYCALC");
    assert!(!batch.is_empty());
    let picked = vec![upd[0].clone(), upd[1].clone(), batch[0].clone()];
    let html = to_html(&model, &candidates_file(&picked), "Screens");
    // One drawing of PAY2MAP, one link back to it.
    assert_eq!(
        html.matches("<figure class=\"screen\" id=\"screen-BENMS02-PAY2MAP\">")
            .count(),
        1,
        "{html}"
    );
    assert_eq!(html.matches("href=\"#screen-BENMS02-PAY2MAP\"").count(), 1);
    let figure = html
        .split("<figure class=\"screen\"")
        .nth(1)
        .expect("the screen figure");
    assert!(figure.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"screen\""));
    assert!(figure.contains("data-field=\"NEWSORT\""));
    assert!(figure.contains("<title>NEWSORT: input, 6 characters at row 9, column 15"));
    // No other program's screens.
    assert!(!html.contains("BENMS01-PAY1MAP") && !html.contains("BENMS04"));
}
