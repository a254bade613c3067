//! Golden Markdown and CSV catalogues of the sample's top mined rules, checked in after being
//! read by eye. `LEGACYLENS_UPDATE_GOLDEN=1 cargo test --test rules_golden` rewrites them.

use std::path::Path;

use legacylens::rules::{AnnotationFile, export, mine};

fn catalogue() -> (legacylens::model::Model, AnnotationFile) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
    let model = legacylens::index::index_path(root).expect("sample indexes");
    let candidates = mine::mine(&model, "2026-01-01T00:00:00Z");
    let file = mine::candidates_file(&candidates[..15.min(candidates.len())]);
    (model, file)
}

fn check(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("LEGACYLENS_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} missing: run with LEGACYLENS_UPDATE_GOLDEN=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from the golden file; review the change and rerun with LEGACYLENS_UPDATE_GOLDEN=1"
    );
}

#[test]
fn markdown_and_csv_catalogues_match_the_reviewed_golden_files() {
    let (model, file) = catalogue();
    check(
        "rules_catalogue.md",
        &export::to_markdown(&model, &file, "Benefits sample: top mined rules"),
    );
    check("rules_catalogue.csv", &export::to_csv(&model, &file));
}
