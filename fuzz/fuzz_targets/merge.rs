//! Two- and three-way merge of structured annotation files (built with `arbitrary`): never
//! panics, and the merged file (conflicts included) saves to text that loads back.
#![no_main]
use std::path::Path;

use arbitrary::Arbitrary;
use legacylens::rules::annotations;
use legacylens::rules::merge::merge;
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

#[derive(Debug, Arbitrary)]
struct Rule {
    id: u8,
    name: String,
    description: String,
    status: u8,
    tags: Vec<String>,
    functions: Vec<String>,
    anchors: u8,
    quote: String,
    reviews: Vec<(String, u8, String)>,
    extra: Option<(String, String)>,
}

#[derive(Debug, Arbitrary)]
struct Input {
    files: Vec<Vec<Rule>>,
    base: Option<Vec<Rule>>,
}

const STATUSES: [&str; 6] = ["candidate", "draft", "in-review", "approved", "rejected", "deprecated"];
const VERDICTS: [&str; 3] = ["approve", "reject", "needs-change"];

fn file(rules: &[Rule]) -> Option<legacylens::rules::AnnotationFile> {
    let rules: Vec<Value> = rules
        .iter()
        .map(|r| {
            let mut v = json!({
                "id": format!("BR-{}", r.id % 8),
                "name": r.name,
                "business_description": r.description,
                "technical_description": "",
                "classification": "validation",
                "status": STATUSES[r.status as usize % STATUSES.len()],
                "business_functions": r.functions,
                "rule_sets": [],
                "tags": r.tags,
                "inputs": [], "outputs": [], "conditions": [],
                "anchors": (0..r.anchors % 3).map(|i| json!({
                    "symbol": "P.PARA", "path": "cbl/P.cbl", "quote": r.quote,
                    "before": "", "after": "", "fingerprint": "0", "line_hint": i + 1
                })).collect::<Vec<_>>(),
                "reviews": r.reviews.iter().map(|(who, v, c)| json!({
                    "reviewer": who, "at": "2026-01-01T00:00:00Z",
                    "verdict": VERDICTS[*v as usize % 3], "comment": c
                })).collect::<Vec<_>>(),
                "audit": {"created_by": "f", "created_at": "2026-01-01T00:00:00Z",
                          "updated_by": "f", "updated_at": "2026-01-01T00:00:00Z"}
            });
            if let Some((k, val)) = &r.extra {
                v.as_object_mut().unwrap().entry(k.clone()).or_insert(json!(val));
            }
            v
        })
        .collect();
    let text = serde_json::to_vec(&json!({"schema_version": 1, "rules": rules})).ok()?;
    annotations::parse(Path::new("in.json"), &text).ok()
}

fuzz_target!(|input: Input| {
    let files: Vec<(String, legacylens::rules::AnnotationFile)> = input
        .files
        .iter()
        .take(3)
        .enumerate()
        .filter_map(|(i, rules)| Some((format!("f{i}.json"), file(rules)?)))
        .collect();
    if files.len() < 2 {
        return;
    }
    let base = input.base.as_deref().and_then(file);
    let result = merge(&files, base.as_ref());
    let text = annotations::to_json(&result.file);
    if let Err(e) = annotations::parse(Path::new("merged.json"), text.as_bytes()) {
        panic!("the merged file does not load back: {e}");
    }
});
