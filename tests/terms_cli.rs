//! The glossary end to end through the CLI on the sample: `terms` lists terms and
//! suggestions (TSV, JSON, Markdown), `rules mine --annotations` words the candidates with the
//! terms and carries them into its output file, and `export` writes the data-dictionary
//! chapter (with each field's layout) in Markdown, HTML and JSON.

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_repos")
        .to_string_lossy()
        .into_owned()
}

const AUDIT: &str = r#"{"created_by": "ann", "created_at": "2026-12-01T00:00:00Z", "updated_by": "ann", "updated_at": "2026-12-01T00:00:00Z"}"#;

/// An annotation file with two copybook terms, written by hand as a team would.
fn terms_file(dir: &Path) -> PathBuf {
    let text = format!(
        r#"{{
  "schema_version": 1,
  "rules": [],
  "terms": [
    {{"id": "TERM-earnings", "term": "claimant's weekly earnings", "description": "Gross weekly earnings of the claimant and partner", "copybook": "ELIGPARM", "field": "EP-WEEKLY-EARNINGS", "status": "approved", "audit": {AUDIT}}},
    {{"id": "TERM-limit", "term": "carer's earnings limit", "copybook": "BENCONST", "field": "BC-CARER-EARNINGS-LIMIT", "status": "draft", "audit": {AUDIT}}}
  ]
}}
"#
    );
    let path = dir.join("terms.json");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn terms_lists_terms_and_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    let terms = terms_file(dir.path());
    let terms = terms.to_str().unwrap();
    let sample = sample();

    let (code, out, err) = run(&["terms", &sample, "--annotations", terms]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "kind\tterm\tnames\tdetail\tdescription");
    assert!(
        lines.contains(
            &"term\tclaimant's weekly earnings\tcopybook ELIGPARM EP-WEEKLY-EARNINGS\tapproved, 2 items\tGross weekly earnings of the claimant and partner"
        ),
        "{out}"
    );
    assert!(
        lines.contains(&"term\tcarer's earnings limit\tcopybook BENCONST BC-CARER-EARNINGS-LIMIT\tdraft, 6 items\t"),
        "{out}"
    );
    assert!(
        !out.contains("suggestion\t"),
        "no suggestions without --suggest"
    );

    let (code, out, err) = run(&["terms", &sample, "--suggest"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines().any(|l| l.starts_with("suggestion\tclaim status\t")
            && l.contains("DDL comment (CLAIM.STATUS)")
            && l.ends_with("R received, E awaiting evidence, A assessed, W awarded, F refused, S suspended, C closed")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("suggestion\tclaim status\t")
                && l.contains("AW-CLAIM-STATUS\t88-levels")),
        "{out}"
    );

    let (code, out, err) = run(&[
        "terms",
        &sample,
        "--annotations",
        terms,
        "--suggest",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &json["terms"][0];
    assert_eq!(first["term"]["id"], "TERM-earnings");
    assert_eq!(
        first["items"],
        serde_json::json!([
            "BENPAY01.EP-ELIGIBILITY-AREA.EP-INPUT.EP-WEEKLY-EARNINGS",
            "ELIGCHK.EP-ELIGIBILITY-AREA.EP-INPUT.EP-WEEKLY-EARNINGS"
        ])
    );
    assert!(json["suggestions"].as_array().unwrap().len() > 10);

    let (code, out, err) = run(&["terms", &sample, "--annotations", terms, "--format", "md"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Data dictionary"), "{out}");
    assert!(out.contains("### claimant's weekly earnings"), "{out}");
    assert!(
        out.contains("| EP-ELIGIBILITY-AREA EP-WEEKLY-EARNINGS | BENPAY01, ELIGCHK |"),
        "{out}"
    );
}

#[test]
fn mining_with_terms_rewords_and_the_export_has_a_data_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let terms = terms_file(dir.path());
    let terms = terms.to_str().unwrap();
    let sample = sample();

    let (code, plain, err) = run(&["rules", "mine", &sample]);
    assert_eq!(code, 0, "{err}");
    assert!(
        plain.contains("weekly earnings is more than carer earnings limit"),
        "{plain}"
    );
    let (code, worded, err) = run(&["rules", "mine", &sample, "--annotations", terms]);
    assert_eq!(code, 0, "{err}");
    assert!(
        worded.contains("the claimant's weekly earnings are more than the carer's earnings limit"),
        "{worded}"
    );
    // The same candidates in the same order: only words differ.
    let ids = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.split('\t').nth(1).unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(ids(&plain), ids(&worded));

    // -o carries the terms into the candidates file; the catalogue gets the dictionary.
    let out_file = dir.path().join("rules.json");
    let out_path = out_file.to_str().unwrap();
    let (code, _, err) = run(&[
        "rules",
        "mine",
        &sample,
        "--annotations",
        terms,
        "-o",
        out_path,
    ]);
    assert_eq!(code, 0, "{err}");
    let saved = std::fs::read_to_string(&out_file).unwrap();
    assert!(saved.contains("\"terms\": ["), "terms kept in the output");

    let (code, md, err) = run(&[
        "export",
        &sample,
        "--annotations",
        out_path,
        "--format",
        "md",
    ]);
    assert_eq!(code, 0, "{err}");
    let chapter = &md[md
        .find("## Data dictionary")
        .expect("a data-dictionary chapter")..];
    assert!(chapter.contains("### carer's earnings limit"), "{chapter}");
    assert!(
        chapter.contains("| BEN-CONSTANTS BC-CARER-EARNINGS-LIMIT |"),
        "{chapter}"
    );
    assert!(chapter.contains("| COMP-3 | S9(5)V99 |"), "{chapter}");

    let (code, html, err) = run(&[
        "export",
        &sample,
        "--annotations",
        out_path,
        "--format",
        "html",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(html.contains("<section class=\"dictionary\" id=\"data-dictionary\">"));
    assert!(html.contains("<a href=\"#data-dictionary\">Data dictionary</a>"));
    assert!(
        html.contains("<h3>claimant&#39;s weekly earnings</h3>"),
        "escaped term heading"
    );

    let (code, json, err) = run(&[
        "export",
        &sample,
        "--annotations",
        out_path,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let dictionary = json["data_dictionary"].as_array().expect("data_dictionary");
    let limit = dictionary
        .iter()
        .find(|e| e["term"] == "carer's earnings limit")
        .unwrap();
    let field = &limit["fields"][0];
    assert_eq!(field["field"], "BC-CARER-EARNINGS-LIMIT");
    assert_eq!(field["usage"], "COMP-3");
    assert_eq!(field["size"], 4);
    assert!(field["offset"].is_u64());
    assert_eq!(field["programs"].as_array().unwrap().len(), 6);

    // A file with terms and no rules still documents its terms; without terms, no chapter.
    let (_, md, _) = run(&["export", &sample, "--annotations", terms, "--format", "md"]);
    assert!(md.contains("## Data dictionary"));
    let bare = dir.path().join("bare.json");
    std::fs::write(&bare, "{\"schema_version\": 1, \"rules\": []}\n").unwrap();
    let (_, md, _) = run(&[
        "export",
        &sample,
        "--annotations",
        bare.to_str().unwrap(),
        "--format",
        "md",
    ]);
    assert!(!md.contains("Data dictionary"), "{md}");
}
