//! Annotation files and merge through the public API: what a user's files go through.

use std::fs;
use std::path::Path;

use legacylens::rules::annotations::{
    AnnotationError, add_review, backup_path, load, now_rfc3339, save, set_status, to_json,
};
use legacylens::rules::merge::{CONFLICTS_KEY, merge};
use legacylens::rules::{
    Anchor, AnnotationFile, Audit, Review, RuleRecord, SCHEMA_VERSION, Status, Verdict,
};
use serde_json::{Map, Value, json};

fn rule(id: &str) -> RuleRecord {
    RuleRecord {
        id: id.to_string(),
        name: "State pension age".into(),
        business_description: "Claimants of 66 or over get the pension allowance.".into(),
        technical_description: "IF WS-AGE >= 66 in 2000-PERSONAL-ALLOWANCE".into(),
        classification: None,
        status: Status::Candidate,
        business_functions: vec!["benefits".into()],
        rule_sets: vec![],
        owner: None,
        tags: vec![],
        inputs: vec!["WS-AGE".into()],
        outputs: vec![],
        conditions: vec![],
        anchors: vec![Anchor {
            symbol: "PAYCALC.2000-PERSONAL-ALLOWANCE".into(),
            path: "cobol/PAYCALC.cbl".into(),
            quote: "           IF WS-AGE >= 66".into(),
            before: String::new(),
            after: String::new(),
            fingerprint: "9f2c".into(),
            line_hint: 212,
            extra: Map::new(),
        }],
        reviews: vec![],
        audit: Audit {
            created_by: "miner".into(),
            created_at: "2026-01-05T09:00:00Z".into(),
            updated_by: "miner".into(),
            updated_at: "2026-01-05T09:00:00Z".into(),
            extra: Map::new(),
        },
        extra: Map::new(),
    }
}

fn file(rules: Vec<RuleRecord>) -> AnnotationFile {
    AnnotationFile {
        rules,
        ..AnnotationFile::default()
    }
}

fn labelled(files: Vec<AnnotationFile>) -> Vec<(String, AnnotationFile)> {
    ["alice.json", "bob.json", "carol.json"]
        .iter()
        .map(|s| s.to_string())
        .zip(files)
        .collect()
}

/// Asserts `load` fails on `text` and leaves the file exactly as it was; returns the message.
fn refused(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    fs::write(&path, text).unwrap();
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let err = load(&path).unwrap_err();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no files created"
    );
    let msg = err.to_string();
    assert!(msg.contains("rules.json"), "names the file: {msg}");
    msg
}

const HAND_WRITTEN: &str = r#"{
  "schema_version": 1,
  "rules": [
    {
      "id": "BR-1",
      "name": "n",
      "status": "draft",
      "anchors": [
        {"symbol": "P.A", "path": "p.cbl", "quote": "q", "fingerprint": "f", "line_hint": 3, "anchor_note": "kept"}
      ],
      "reviews": [
        {"reviewer": "ann", "verdict": "approve", "at": "2026-01-02T00:00:00Z", "review_note": {"b": 1, "a": 2}}
      ],
      "audit": {"created_by": "a", "created_at": "t", "updated_by": "a", "updated_at": "t"},
      "ticket": "BEN-42",
      "confidence": 0.75
    }
  ],
  "project": "benefits",
  "generator": {"name": "legacylens", "flags": [1, 2]}
}"#;

#[test]
fn round_trip_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    let mut f = file(vec![rule("BR-2"), rule("BR-1")]);
    f.rules[0]
        .extra
        .insert("z".into(), json!([1, {"y": 2, "x": 3}]));
    f.rules[0].classification = Some(legacylens::rules::Classification::Decision);
    save(&path, &f).unwrap();
    let written = fs::read_to_string(&path).unwrap();
    assert!(written.ends_with("}\n"));
    let loaded = load(&path).unwrap();
    assert_eq!(to_json(&loaded), written);
    assert_eq!(loaded.rules[0].id, "BR-1", "sorted by id");

    // Saving what was loaded changes no byte.
    save(&path, &loaded).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), written);
}

#[test]
fn unknown_fields_are_kept_at_every_level() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    fs::write(&path, HAND_WRITTEN).unwrap();
    let f = load(&path).unwrap();
    assert_eq!(f.extra["project"], json!("benefits"));
    assert_eq!(f.rules[0].extra["ticket"], json!("BEN-42"));
    assert_eq!(f.rules[0].anchors[0].extra["anchor_note"], json!("kept"));
    assert_eq!(
        f.rules[0].reviews[0].extra["review_note"],
        json!({"b": 1, "a": 2})
    );

    save(&path, &f).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    for key in [
        "project",
        "generator",
        "ticket",
        "confidence",
        "anchor_note",
        "review_note",
    ] {
        assert!(text.contains(&format!("\"{key}\"")), "{key} lost:\n{text}");
    }
    // Unknown fields after the known ones, in their original order.
    assert!(text.find("\"audit\"").unwrap() < text.find("\"ticket\"").unwrap());
    assert!(text.find("\"ticket\"").unwrap() < text.find("\"confidence\"").unwrap());
    assert!(text.find("\"b\"").unwrap() < text.find("\"a\"").unwrap());
    assert_eq!(load(&path).unwrap(), f);
    // The hand-written original is the backup.
    assert_eq!(
        fs::read_to_string(backup_path(&path)).unwrap(),
        HAND_WRITTEN
    );
}

#[test]
fn newer_schema_is_refused_and_file_untouched() {
    let msg = refused("{\n  \"schema_version\": 2,\n  \"rules\": [],\n  \"future\": true\n}\n");
    assert!(
        msg.contains("newer LegacyLens (schema version 2, this one reads up to 1)"),
        "{msg}"
    );
    assert!(msg.contains("upgrade LegacyLens") && msg.contains("not changed"));
    assert_eq!(SCHEMA_VERSION, 1);

    // Nor is it overwritten by a save.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    let newer = "{\"schema_version\": 3}";
    fs::write(&path, newer).unwrap();
    assert!(matches!(
        save(&path, &file(vec![])),
        Err(AnnotationError::NewerSchema { found: 3, .. })
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn truncated_file_is_refused_and_untouched() {
    let full = to_json(&file(vec![rule("BR-1")]));
    let half = &full[..full.len() / 2];
    let msg = refused(half);
    let lines = half.lines().count();
    assert!(
        msg.contains(&format!("ends unexpectedly at line {lines}")),
        "{msg}"
    );
    assert!(msg.contains("half-written; it was not changed"), "{msg}");
    assert!(refused("").contains("empty"));
}

#[test]
fn syntax_error_names_line_and_column() {
    let msg = refused("{\n  \"schema_version\": 1,\n  \"rules\": [,]\n}\n");
    assert!(msg.contains("invalid JSON at line 3:13"), "{msg}");
}

#[test]
fn missing_schema_version_and_wrong_shape_are_refused() {
    assert!(refused("{\"rules\": []}").contains("`schema_version` is missing"));
    let msg = refused("{\"schema_version\": 1,\n\"rules\": {}}");
    assert!(msg.contains("line 2:") && msg.contains("not a valid annotation file"));
}

#[test]
fn escaping_paths_are_refused() {
    for bad in [
        "../secrets/a.cbl",
        "/etc/passwd",
        "C:\\src\\A.cbl",
        "\\\\server\\share\\A.cbl",
    ] {
        let mut r = rule("BR-9");
        r.anchors[0].path = bad.into();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.json");
        let msg = save(&path, &file(vec![r.clone()])).unwrap_err().to_string();
        assert!(
            msg.contains("BR-9") && msg.contains(&format!("{bad:?}")),
            "{msg}"
        );
        assert!(!path.exists(), "nothing written");

        // And a file holding such a path does not load.
        let text = serde_json::to_string(&file(vec![r])).unwrap();
        let msg = refused(&text);
        assert!(msg.contains("BR-9"), "{msg}");
    }
}

#[test]
fn backup_holds_the_previous_version_after_a_second_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    let v1 = file(vec![rule("BR-1")]);
    let mut v2 = v1.clone();
    v2.rules[0].name = "second".into();
    let mut v3 = v1.clone();
    v3.rules[0].name = "third".into();
    save(&path, &v1).unwrap();
    save(&path, &v2).unwrap();
    assert_eq!(load(&backup_path(&path)).unwrap(), v1);
    save(&path, &v3).unwrap();
    assert_eq!(load(&backup_path(&path)).unwrap(), v2);
    assert_eq!(load(&path).unwrap(), v3);
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["rules.json", "rules.json.bak"]);
}

#[test]
fn status_transitions_are_checked_and_audited() {
    let mut r = rule("BR-1");
    let now = now_rfc3339();
    let err = set_status(&mut r, Status::Approved, "eve", &now).unwrap_err();
    assert!(
        err.contains("candidate") && err.contains("approved"),
        "{err}"
    );
    assert_eq!(r.status, Status::Candidate);
    assert_eq!(r.audit.updated_by, "miner");

    for next in [
        Status::Draft,
        Status::InReview,
        Status::Approved,
        Status::Obsolete,
    ] {
        set_status(&mut r, next, "eve", &now).unwrap();
    }
    assert_eq!(r.status, Status::Obsolete);
    assert_eq!(
        (r.audit.updated_by.as_str(), r.audit.updated_at.as_str()),
        ("eve", now.as_str())
    );
    assert!(set_status(&mut r, Status::Approved, "eve", &now).is_err());

    assert!(add_review(
        &mut r,
        Review {
            reviewer: "sam".into(),
            verdict: Verdict::NeedsChange,
            comment: "Age threshold moved to 67 in 2028".into(),
            at: now.clone(),
            extra: Map::new(),
        }
    ));
    assert_eq!(r.reviews.len(), 1);
}

#[test]
fn two_way_merge_of_different_fields_is_clean() {
    // Alice set the owner, Bob added a ticket; neither touched the other's field.
    let mut a = rule("BR-1");
    a.owner = Some("alice".into());
    let mut b = rule("BR-1");
    b.extra.insert("ticket".into(), json!("BEN-7"));
    let mut b2 = rule("BR-2");
    b2.name = "Only Bob has this".into();
    let result = merge(&labelled(vec![file(vec![a]), file(vec![b, b2])]), None);
    assert!(result.conflicts.is_empty(), "{:?}", result.conflicts);
    let m = &result.file.rules[0];
    assert_eq!(m.owner.as_deref(), Some("alice"));
    assert_eq!(m.extra["ticket"], json!("BEN-7"));
    assert_eq!(result.file.rules[1].name, "Only Bob has this");
}

#[test]
fn conflict_on_the_same_field_lists_both_values_and_survives_save() {
    let mut a = rule("BR-1");
    a.business_description = "Over 66".into();
    let mut b = rule("BR-1");
    b.business_description = "66 or over".into();
    let result = merge(&labelled(vec![file(vec![a]), file(vec![b])]), None);
    assert_eq!(result.conflicts.len(), 1);
    let c = &result.conflicts[0];
    assert_eq!(
        (c.rule_id.as_str(), c.field.as_str()),
        ("BR-1", "business_description")
    );
    assert_eq!(
        c.values,
        [
            ("alice.json".to_string(), json!("Over 66")),
            ("bob.json".to_string(), json!("66 or over"))
        ]
    );
    let merged = &result.file.rules[0];
    assert_eq!(
        merged.business_description, "Over 66",
        "first input's value"
    );

    // Saved and loaded again, both values are still there.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.json");
    save(&path, &result.file).unwrap();
    let again = load(&path).unwrap();
    let recorded: &Value = &again.rules[0].extra[CONFLICTS_KEY];
    assert_eq!(
        recorded,
        &json!([{
            "field": "business_description",
            "values": [
                {"source": "alice.json", "value": "Over 66"},
                {"source": "bob.json", "value": "66 or over"}
            ],
            "base": null
        }])
    );
}

#[test]
fn three_way_merge_takes_one_sided_changes() {
    let mut base_rule = rule("BR-1");
    base_rule.tags = vec!["age".into()];
    let base = file(vec![base_rule.clone(), rule("BR-2")]);

    let mut a = base_rule.clone();
    a.status = Status::Draft; // Alice moved it on
    let mut b = base_rule.clone();
    b.tags = vec!["age".into(), "pension".into()]; // Bob tagged it
    b.name = "State pension age threshold".into();
    // Bob deleted BR-2, Alice left it alone: deleted.
    let result = merge(
        &labelled(vec![file(vec![a, rule("BR-2")]), file(vec![b])]),
        Some(&base),
    );
    assert!(result.conflicts.is_empty(), "{:?}", result.conflicts);
    assert_eq!(result.file.rules.len(), 1);
    let m = &result.file.rules[0];
    assert_eq!(m.status, Status::Draft);
    assert_eq!(m.tags, ["age", "pension"]);
    assert_eq!(m.name, "State pension age threshold");

    // Without the base the same inputs conflict instead of guessing.
    let two_way = merge(
        &labelled(vec![
            file(vec![{
                let mut a = base_rule.clone();
                a.status = Status::Draft;
                a
            }]),
            file(vec![base_rule.clone()]),
        ]),
        None,
    );
    assert_eq!(two_way.conflicts.len(), 1);
    assert_eq!(two_way.conflicts[0].field, "status");
}

#[test]
fn merged_reviews_are_the_union() {
    let review = |who: &str, at: &str| Review {
        reviewer: who.into(),
        verdict: Verdict::Approve,
        comment: String::new(),
        at: at.into(),
        extra: Map::new(),
    };
    let mut a = rule("BR-1");
    a.reviews = vec![review("ann", "2026-02-01T00:00:00Z")];
    let mut b = rule("BR-1");
    b.reviews = vec![
        review("ann", "2026-02-01T00:00:00Z"),
        review("bob", "2026-01-01T00:00:00Z"),
    ];
    let result = merge(&labelled(vec![file(vec![a]), file(vec![b])]), None);
    assert!(result.conflicts.is_empty());
    let who: Vec<&str> = result.file.rules[0]
        .reviews
        .iter()
        .map(|r| r.reviewer.as_str())
        .collect();
    assert_eq!(who, ["bob", "ann"]);
}

#[test]
fn load_of_a_missing_file_says_so() {
    let err = load(Path::new("/nonexistent/rules.json")).unwrap_err();
    assert!(matches!(err, AnnotationError::Io { .. }));
    assert!(
        err.to_string()
            .contains("cannot read /nonexistent/rules.json")
    );
}
