//! Merging annotation files, two-way or three-way, without ever losing a value.
//!
//! Rules are matched by id and merged field by field on their top-level JSON fields (unknown
//! fields included); terms (the glossary) merge the same way, by their own ids:
//! * equal values merge;
//! * three-way (with a base): a field changed on one side only takes that side's value, the
//!   same change on several sides is fine, different changes are a conflict;
//! * two-way (no base): different values are a conflict — never a silent pick. A field some
//!   inputs do not have at all is taken from the inputs that have it (as a rule present in only
//!   some inputs is kept);
//! * `reviews` are a union: identical entries once, ordered by `at`, then reviewer;
//! * three-way, a rule deleted on one side and unchanged on the others is deleted; deleted on
//!   one side and changed on another it is kept and the deletion is a conflict on the
//!   pseudo-field [`RULE_FIELD`].
//!
//! A conflicting field keeps the first input's value, and every value is recorded in the
//! rule's `extra["merge_conflicts"]` (`[{field, values: [{source, value}], base}]`, sorted by
//! field), so saving the merged file loses nothing. Conflicts on the file's own unknown fields
//! go to the file's `extra["merge_conflicts"]` and have an empty `rule_id`.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value, json};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::record::{AnnotationFile, RuleRecord, SCHEMA_VERSION, TermRecord};

/// The key, in a rule's (or the file's) unknown fields, under which conflicts are recorded.
pub const CONFLICTS_KEY: &str = "merge_conflicts";

/// The pseudo-field of a conflict between deleting a rule and changing it. Its values are
/// `"deleted"`, `"changed"` or `"unchanged"` per input, its base `"present"`.
pub const RULE_FIELD: &str = "(rule)";

/// The merged file and what could not be merged.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeResult {
    /// The merged file; conflicts are also recorded in it (see [`CONFLICTS_KEY`]).
    pub file: AnnotationFile,
    /// The conflicts this merge found, sorted by rule id then field.
    pub conflicts: Vec<Conflict>,
}

/// One field the inputs disagree on.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The rule; empty for a field of the file itself.
    pub rule_id: String,
    /// The top-level JSON field of the rule, or [`RULE_FIELD`].
    pub field: String,
    /// Each input's value (source label, value), in input order. `null` stands for an input
    /// that does not have the field (three-way only).
    pub values: Vec<(String, Value)>,
    /// The base value in a three-way merge, if the base had the field.
    pub base: Option<Value>,
}

impl Conflict {
    /// The entry recorded in the merged file: `{field, values: [{source, value}], base}`.
    pub fn to_value(&self) -> Value {
        let values: Vec<Value> = self
            .values
            .iter()
            .map(|(source, value)| json!({"source": source, "value": value}))
            .collect();
        json!({
            "field": self.field,
            "values": values,
            "base": self.base.clone().unwrap_or(Value::Null),
        })
    }
}

/// Merges `inputs` (source label, file), three-way when `base` is given. See the module
/// documentation for the rules. Deterministic: the same inputs give the same result.
pub fn merge(inputs: &[(String, AnnotationFile)], base: Option<&AnnotationFile>) -> MergeResult {
    let mut conflicts = Vec::new();

    let rule_inputs: Vec<(&str, &[RuleRecord])> = inputs
        .iter()
        .map(|(label, f)| (label.as_str(), f.rules.as_slice()))
        .collect();
    let rules = merge_by_id(
        &rule_inputs,
        base.map(|b| b.rules.as_slice()),
        &mut conflicts,
    );
    // Terms merge exactly as rules do, matched by their own ids.
    let term_inputs: Vec<(&str, &[TermRecord])> = inputs
        .iter()
        .map(|(label, f)| (label.as_str(), f.terms.as_slice()))
        .collect();
    let terms = merge_by_id(
        &term_inputs,
        base.map(|b| b.terms.as_slice()),
        &mut conflicts,
    );

    // The file's own unknown fields.
    let file_maps: Vec<Map<String, Value>> = inputs.iter().map(|(_, f)| f.extra.clone()).collect();
    let maps: Vec<(&str, &Map<String, Value>)> = inputs
        .iter()
        .zip(&file_maps)
        .map(|((label, _), m)| (label.as_str(), m))
        .collect();
    let three_way = base.map(|b| Some(&b.extra));
    let start = conflicts.len();
    let mut extra = merge_fields("", &maps, three_way, false, &mut conflicts);
    record_conflicts(&mut extra, &conflicts[start..]);

    conflicts.sort_by(|a, b| (&a.rule_id, &a.field).cmp(&(&b.rule_id, &b.field)));
    MergeResult {
        file: AnnotationFile {
            schema_version: SCHEMA_VERSION,
            rules,
            terms,
            extra,
        },
        conflicts,
    }
}

/// A record of the annotation file merged by id: a rule or a term.
trait Keyed: Serialize + DeserializeOwned + Clone {
    fn key(&self) -> &str;
}

impl Keyed for RuleRecord {
    fn key(&self) -> &str {
        &self.id
    }
}

impl Keyed for TermRecord {
    fn key(&self) -> &str {
        &self.id
    }
}

/// Merges the records of every input by id (see the module documentation); conflicts found
/// are appended to `conflicts` and recorded in the merged records.
fn merge_by_id<T: Keyed>(
    inputs: &[(&str, &[T])],
    base: Option<&[T]>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    // Each input's records as JSON objects, by id. Duplicate ids inside one input (which
    // `validate` rejects, but a merge never drops data) act as extra inputs.
    let mut by_id: BTreeMap<&str, Vec<Entry<T>>> = BTreeMap::new();
    for (index, (label, records)) in inputs.iter().enumerate() {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for record in records.iter() {
            let n = seen.entry(record.key()).or_insert(0);
            *n += 1;
            let label = if *n == 1 {
                label.to_string()
            } else {
                format!("{label} (duplicate {n})")
            };
            by_id.entry(record.key()).or_default().push(Entry {
                input: index,
                label,
                rule: record,
                map: rule_map(record),
            });
        }
    }
    // `rev` keeps the first of duplicate ids in the base.
    let base_rules: BTreeMap<&str, Map<String, Value>> = base
        .map(|b| b.iter().rev().map(|r| (r.key(), rule_map(r))).collect())
        .unwrap_or_default();

    let mut rules = Vec::new();
    for (&id, entries) in &by_id {
        let start = conflicts.len();
        let base_rule = base_rules.get(id);
        let three_way = base.map(|_| base_rule);

        if let Some(base_map) = base_rule {
            let deleted_by: Vec<usize> = (0..inputs.len())
                .filter(|i| !entries.iter().any(|e| e.input == *i))
                .collect();
            if !deleted_by.is_empty() {
                let changed = |e: &Entry<T>| &e.map != base_map;
                if !entries.iter().any(changed) {
                    continue; // deleted on one side, untouched elsewhere: deleted
                }
                let values = inputs
                    .iter()
                    .enumerate()
                    .map(|(i, (label, _))| {
                        let state = match entries.iter().find(|e| e.input == i) {
                            None => "deleted",
                            Some(e) if changed(e) => "changed",
                            Some(_) => "unchanged",
                        };
                        (label.to_string(), Value::from(state))
                    })
                    .collect();
                conflicts.push(Conflict {
                    rule_id: id.to_string(),
                    field: RULE_FIELD.to_string(),
                    values,
                    base: Some(Value::from("present")),
                });
            }
        }

        let maps: Vec<(&str, &Map<String, Value>)> =
            entries.iter().map(|e| (e.label.as_str(), &e.map)).collect();
        let mut merged = merge_fields(id, &maps, three_way, true, conflicts);
        record_conflicts(&mut merged, &conflicts[start..]);
        // Every field value came from a valid record, so this does not fail; if it ever did,
        // the first input's record is kept rather than dropped.
        let rule = serde_json::from_value::<T>(Value::Object(merged))
            .unwrap_or_else(|_| entries[0].rule.clone());
        rules.push(rule);
    }
    // Base-only records (deleted by every input) are deleted; nothing to do.
    rules
}

struct Entry<'a, T> {
    input: usize,
    label: String,
    rule: &'a T,
    map: Map<String, Value>,
}

fn rule_map<T: Serialize>(rule: &T) -> Map<String, Value> {
    match serde_json::to_value(rule) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(), // a struct always serializes to an object
    }
}

/// Merges the top-level fields of `entries`. `base`: `None` for two-way, `Some(None)` for a
/// three-way merge where the base does not have the object. Conflicts found are appended.
fn merge_fields(
    rule_id: &str,
    entries: &[(&str, &Map<String, Value>)],
    base: Option<Option<&Map<String, Value>>>,
    is_rule: bool,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    // Keys in order of first appearance, so unknown fields keep their order.
    let mut keys: Vec<&String> = Vec::new();
    let mut seen: HashSet<&String> = HashSet::new();
    for (_, m) in entries {
        for k in m.keys() {
            if seen.insert(k) {
                keys.push(k);
            }
        }
    }

    let mut out = Map::new();
    for key in keys {
        if is_rule && key == "reviews" {
            out.insert(key.clone(), union_reviews(entries));
            continue;
        }
        let values: Vec<(&str, Option<&Value>)> = entries
            .iter()
            .map(|(label, m)| (*label, m.get(key)))
            .collect();
        let chosen = match base {
            None => {
                let present: Vec<(&str, &Value)> = values
                    .iter()
                    .filter_map(|(l, v)| v.map(|v| (*l, v)))
                    .collect();
                if present.iter().any(|(_, v)| *v != present[0].1) {
                    conflicts.push(Conflict {
                        rule_id: rule_id.to_string(),
                        field: key.clone(),
                        values: present
                            .iter()
                            .map(|(l, v)| (l.to_string(), (*v).clone()))
                            .collect(),
                        base: None,
                    });
                }
                Some(present[0].1)
            }
            Some(base_map) => {
                let b = base_map.and_then(|m| m.get(key));
                let changed: Vec<Option<&Value>> =
                    values.iter().map(|(_, v)| *v).filter(|v| *v != b).collect();
                match changed.first() {
                    None => b,
                    Some(first) if changed.iter().all(|v| v == first) => *first,
                    Some(_) => {
                        conflicts.push(Conflict {
                            rule_id: rule_id.to_string(),
                            field: key.clone(),
                            values: values
                                .iter()
                                .map(|(l, v)| (l.to_string(), v.cloned().unwrap_or(Value::Null)))
                                .collect(),
                            base: b.cloned(),
                        });
                        values[0].1
                    }
                }
            }
        };
        if let Some(v) = chosen {
            out.insert(key.clone(), v.clone());
        }
    }
    out
}

/// Every review of every entry, identical ones once, ordered by time then reviewer (then by
/// their JSON text, so the order does not depend on the order of the inputs).
fn union_reviews(entries: &[(&str, &Map<String, Value>)]) -> Value {
    let mut all: Vec<(String, String, String, Value)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (_, m) in entries {
        let Some(Value::Array(reviews)) = m.get("reviews") else {
            continue;
        };
        for r in reviews {
            let text = r.to_string();
            if seen.insert(text.clone()) {
                let field = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                all.push((field("at"), field("reviewer"), text, r.clone()));
            }
        }
    }
    all.sort_by(|a, b| (&a.0, &a.1, &a.2).cmp(&(&b.0, &b.1, &b.2)));
    Value::Array(all.into_iter().map(|(_, _, _, r)| r).collect())
}

/// Adds `conflicts` (all of one rule, or of the file) to `map[CONFLICTS_KEY]`, keeping the
/// entries an earlier merge left there; deduplicated and sorted by field.
fn record_conflicts(map: &mut Map<String, Value>, conflicts: &[Conflict]) {
    let new: Vec<Value> = conflicts.iter().map(Conflict::to_value).collect();
    if new.is_empty() {
        return;
    }
    let mut entries = match map.remove(CONFLICTS_KEY) {
        Some(Value::Array(old)) => old,
        Some(other) => vec![other],
        None => Vec::new(),
    };
    entries.extend(new);
    let mut keyed: Vec<(String, String, Value)> = entries
        .into_iter()
        .map(|e| {
            let field = e
                .get("field")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            (field, e.to_string(), e)
        })
        .collect();
    keyed.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    keyed.dedup_by(|a, b| a.1 == b.1);
    map.insert(
        CONFLICTS_KEY.to_string(),
        Value::Array(keyed.into_iter().map(|(_, _, e)| e).collect()),
    );
}

/// Records `who` (at `at`) as the last to change every rule of `merged` that differs from
/// the same rule in `first` (the file merged into), or is new to it: who merged is who
/// changed them. Audit fields themselves are left out of the comparison.
pub fn stamp_changes(merged: &mut AnnotationFile, first: &AnnotationFile, who: &str, at: &str) {
    let without_audit = |r: &RuleRecord| {
        let mut r = r.clone();
        r.audit.updated_by.clear();
        r.audit.updated_at.clear();
        r
    };
    for rule in &mut merged.rules {
        let same = first
            .rules
            .iter()
            .find(|r| r.id == rule.id)
            .is_some_and(|r| without_audit(r) == without_audit(rule));
        if !same {
            rule.audit.updated_by = who.to_string();
            rule.audit.updated_at = at.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::annotations::{parse, to_json, validate};
    use crate::rules::record::{Anchor, Audit, Classification, Review, Status, Verdict};
    use crate::test_rng::Rng;
    use std::path::Path;

    fn rule(id: &str) -> RuleRecord {
        RuleRecord {
            id: id.to_string(),
            name: format!("rule {id}"),
            business_description: String::new(),
            technical_description: String::new(),
            classification: None,
            status: Status::Draft,
            business_functions: vec![],
            rule_sets: vec![],
            owner: None,
            tags: vec![],
            inputs: vec![],
            outputs: vec![],
            conditions: vec![],
            anchors: vec![Anchor {
                symbol: "P.A".into(),
                path: "src/P.cbl".into(),
                quote: "IF X".into(),
                before: String::new(),
                after: String::new(),
                fingerprint: "f".into(),
                line_hint: 1,
                extra: Map::new(),
            }],
            reviews: vec![],
            audit: Audit {
                created_by: "a".into(),
                created_at: "2026-01-01T00:00:00Z".into(),
                updated_by: "a".into(),
                updated_at: "2026-01-01T00:00:00Z".into(),
                extra: Map::new(),
            },
            extra: Map::new(),
        }
    }

    fn review(who: &str, at: &str) -> Review {
        Review {
            reviewer: who.into(),
            verdict: Verdict::Approve,
            comment: String::new(),
            at: at.into(),
            extra: Map::new(),
        }
    }

    fn file(rules: Vec<RuleRecord>) -> AnnotationFile {
        AnnotationFile {
            rules,
            ..AnnotationFile::default()
        }
    }

    fn inputs(files: Vec<AnnotationFile>) -> Vec<(String, AnnotationFile)> {
        files
            .into_iter()
            .enumerate()
            .map(|(i, f)| (format!("{}.json", (b'a' + i as u8) as char), f))
            .collect()
    }

    #[test]
    fn two_way_different_fields_is_clean_only_when_values_agree() {
        let mut a = rule("BR-1");
        a.owner = Some("ann".into());
        let mut b = rule("BR-1");
        b.tags = vec!["x".into()];
        // Two-way: `owner` is only in `a` (absent in b) → taken; `tags` differ ([] vs [x]) →
        // conflict, because without a base nobody knows which side changed.
        let r = merge(&inputs(vec![file(vec![a]), file(vec![b])]), None);
        let m = &r.file.rules[0];
        assert_eq!(m.owner.as_deref(), Some("ann"));
        assert_eq!(r.conflicts.len(), 1);
        assert_eq!(r.conflicts[0].field, "tags");
        assert!(m.tags.is_empty(), "first input's value kept");
        assert_eq!(
            m.extra[CONFLICTS_KEY],
            json!([{"field": "tags", "values": [
                {"source": "a.json", "value": []},
                {"source": "b.json", "value": ["x"]}], "base": null}])
        );
    }

    #[test]
    fn three_way_takes_one_sided_changes() {
        let base = rule("BR-1");
        let mut a = base.clone();
        a.name = "renamed".into();
        let mut b = base.clone();
        b.tags = vec!["t".into()];
        b.extra.insert("jira".into(), json!("BEN-1"));
        let r = merge(
            &inputs(vec![file(vec![a]), file(vec![b])]),
            Some(&file(vec![base])),
        );
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        let m = &r.file.rules[0];
        assert_eq!(m.name, "renamed");
        assert_eq!(m.tags, ["t"]);
        assert_eq!(m.extra.get("jira"), Some(&json!("BEN-1")));
        assert!(!m.extra.contains_key(CONFLICTS_KEY));
    }

    #[test]
    fn three_way_different_changes_conflict_with_base() {
        let base = rule("BR-1");
        let mut a = base.clone();
        a.status = Status::InReview;
        let mut b = base.clone();
        b.status = Status::Rejected;
        let mut c = base.clone();
        c.status = Status::Rejected;
        let r = merge(
            &inputs(vec![file(vec![a]), file(vec![b]), file(vec![c])]),
            Some(&file(vec![base])),
        );
        assert_eq!(r.conflicts.len(), 1);
        let c = &r.conflicts[0];
        assert_eq!((c.rule_id.as_str(), c.field.as_str()), ("BR-1", "status"));
        assert_eq!(c.base, Some(json!("draft")));
        assert_eq!(c.values[0], ("a.json".to_string(), json!("in-review")));
        assert_eq!(r.file.rules[0].status, Status::InReview);
    }

    #[test]
    fn same_change_on_both_sides_is_clean() {
        let base = rule("BR-1");
        let mut a = base.clone();
        a.owner = Some("x".into());
        let b = a.clone();
        let r = merge(
            &inputs(vec![file(vec![a]), file(vec![b])]),
            Some(&file(vec![base])),
        );
        assert!(r.conflicts.is_empty());
        assert_eq!(r.file.rules[0].owner.as_deref(), Some("x"));
    }

    #[test]
    fn deletions() {
        let base = file(vec![rule("BR-1"), rule("BR-2")]);
        // a deletes BR-1 (b leaves it alone) and BR-2 (b changes it).
        let mut b2 = rule("BR-2");
        b2.name = "changed".into();
        let a = file(vec![]);
        let b = file(vec![rule("BR-1"), b2]);
        let r = merge(&inputs(vec![a, b]), Some(&base));
        let ids: Vec<&str> = r.file.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["BR-2"]);
        assert_eq!(r.conflicts.len(), 1);
        assert_eq!(r.conflicts[0].field, RULE_FIELD);
        assert_eq!(r.file.rules[0].name, "changed");
        assert_eq!(
            r.file.rules[0].extra[CONFLICTS_KEY][0]["values"],
            json!([{"source": "a.json", "value": "deleted"}, {"source": "b.json", "value": "changed"}])
        );
        // Two-way keeps a rule present in only one input.
        let r = merge(&inputs(vec![file(vec![]), file(vec![rule("BR-1")])]), None);
        assert_eq!(r.file.rules.len(), 1);
        assert!(r.conflicts.is_empty());
    }

    #[test]
    fn reviews_are_a_sorted_union() {
        let mut a = rule("BR-1");
        a.reviews = vec![
            review("zed", "2026-02-01T00:00:00Z"),
            review("amy", "2026-03-01T00:00:00Z"),
        ];
        let mut b = rule("BR-1");
        b.reviews = vec![
            review("amy", "2026-03-01T00:00:00Z"),
            review("bob", "2026-02-01T00:00:00Z"),
        ];
        let r = merge(&inputs(vec![file(vec![a]), file(vec![b])]), None);
        assert!(r.conflicts.is_empty());
        let order: Vec<&str> = r.file.rules[0]
            .reviews
            .iter()
            .map(|x| x.reviewer.as_str())
            .collect();
        assert_eq!(order, ["bob", "zed", "amy"]);
    }

    #[test]
    fn file_level_unknown_fields_merge_too() {
        let mut a = file(vec![]);
        a.extra.insert("project".into(), json!("benefits"));
        let mut b = file(vec![]);
        b.extra.insert("project".into(), json!("payroll"));
        let r = merge(&inputs(vec![a, b]), None);
        assert_eq!(r.conflicts[0].rule_id, "");
        assert_eq!(r.file.extra["project"], json!("benefits"));
        assert_eq!(r.file.extra[CONFLICTS_KEY][0]["field"], json!("project"));
    }

    #[test]
    fn a_second_merge_keeps_earlier_conflicts() {
        let mut a = rule("BR-1");
        a.name = "one".into();
        let mut b = rule("BR-1");
        b.name = "two".into();
        let first = merge(&inputs(vec![file(vec![a]), file(vec![b])]), None).file;
        let mut c = rule("BR-1");
        c.owner = Some("o".into());
        c.name = "one".into();
        let second = merge(
            &[
                ("m.json".into(), first.clone()),
                ("c.json".into(), file(vec![c])),
            ],
            None,
        );
        // The earlier entry is kept (c has no merge_conflicts, so the field is only in m.json).
        let recorded = &second.file.rules[0].extra[CONFLICTS_KEY];
        assert_eq!(recorded, &first.rules[0].extra[CONFLICTS_KEY]);
    }

    // ---- property: nothing is lost ------------------------------------------------------

    const WORDS: [&str; 4] = ["alpha", "beta", "gamma", "delta"];
    const WHO: [&str; 3] = ["ann", "bob", "cy"];

    fn random_value(rng: &mut Rng) -> Value {
        match rng.below(5) {
            0 => json!(rng.below(3)),
            1 => json!(*rng.pick(&WORDS)),
            2 => json!([rng.below(2), *rng.pick(&WORDS)]),
            3 => json!({"k": rng.below(2)}),
            _ => Value::Null,
        }
    }

    fn random_review(rng: &mut Rng) -> Review {
        let who: &&str = rng.pick(&WHO);
        let mut r = review(who, &format!("2026-0{}-01T00:00:00Z", 1 + rng.below(3)));
        r.verdict = *rng.pick(&[Verdict::Approve, Verdict::Reject, Verdict::NeedsChange]);
        if rng.below(3) == 0 {
            r.extra.insert("x_review".into(), random_value(rng));
        }
        r
    }

    fn edit_rule(rng: &mut Rng, r: &mut RuleRecord) {
        for _ in 0..rng.below(4) {
            match rng.below(10) {
                0 => r.name = rng.pick(&WORDS).to_string(),
                1 => r.business_description = rng.pick(&WORDS).to_string(),
                2 => r.status = *rng.pick(&Status::ALL),
                3 => {
                    r.owner = match rng.below(3) {
                        0 => None,
                        _ => Some(rng.pick(&WORDS).to_string()),
                    }
                }
                4 => {
                    r.classification = match rng.below(3) {
                        0 => None,
                        1 => Some(Classification::Validation),
                        _ => Some(Classification::Decision),
                    }
                }
                5 => r.tags.push(rng.pick(&WORDS).to_string()),
                6 => {
                    let key = format!("x_{}", rng.below(3));
                    if rng.below(3) == 0 {
                        r.extra.shift_remove(&key);
                    } else {
                        r.extra.insert(key, random_value(rng));
                    }
                }
                7 => r.audit.updated_by = rng.pick(&WORDS).to_string(),
                8 => {
                    let v = random_value(rng);
                    r.anchors[0].extra.insert("x_anchor".into(), v);
                }
                _ => r.reviews.push(random_review(rng)),
            }
        }
    }

    fn random_base(rng: &mut Rng) -> AnnotationFile {
        let mut f = file(Vec::new());
        for i in 0..rng.below(6) {
            let mut r = rule(&format!("BR-{i}"));
            edit_rule(rng, &mut r);
            f.rules.push(r);
        }
        if rng.below(2) == 0 {
            f.extra.insert("project".into(), random_value(rng));
        }
        f
    }

    fn derive(rng: &mut Rng, base: &AnnotationFile) -> AnnotationFile {
        let mut f = base.clone();
        f.rules.retain(|_| rng.below(7) != 0);
        for r in &mut f.rules {
            if rng.below(2) == 0 {
                edit_rule(rng, r);
            }
        }
        for _ in 0..rng.below(3) {
            let id = format!("BR-N{}", rng.below(3));
            if f.rules.iter().all(|r| r.id != id) {
                let mut r = rule(&id);
                edit_rule(rng, &mut r);
                f.rules.push(r);
            }
        }
        if rng.below(3) == 0 {
            f.extra
                .insert(format!("x_file_{}", rng.below(2)), random_value(rng));
        }
        f
    }

    fn map_of(r: &RuleRecord) -> Map<String, Value> {
        rule_map(r)
    }

    fn check(ins: &[(String, AnnotationFile)], base: Option<&AnnotationFile>, res: &MergeResult) {
        let out = &res.file;
        // The merged file is a valid file and survives a save/load round trip.
        validate(out).unwrap();
        let text = to_json(out);
        let back = parse(Path::new("merged.json"), text.as_bytes()).unwrap();
        assert_eq!(to_json(&back), text);

        // Every conflict is visible in the file.
        for c in &res.conflicts {
            let extra = if c.rule_id.is_empty() {
                &out.extra
            } else {
                &out.rules.iter().find(|r| r.id == c.rule_id).unwrap().extra
            };
            let recorded = extra[CONFLICTS_KEY].as_array().unwrap();
            assert!(recorded.contains(&c.to_value()), "{c:?} not recorded");
        }
        let in_conflict = |id: &str, field: &str, label: &str, v: &Value| {
            res.conflicts.iter().any(|c| {
                c.rule_id == id
                    && c.field == field
                    && c.values.iter().any(|(l, x)| l == label && x == v)
            })
        };

        for (label, f) in ins {
            for r in &f.rules {
                let base_rule = base.and_then(|b| b.rules.iter().find(|x| x.id == r.id));
                let Some(m) = out.rules.iter().find(|x| x.id == r.id) else {
                    // Only a three-way deletion of an untouched rule may drop it.
                    let b = base_rule.expect("rule lost without base");
                    assert_eq!(b, r, "changed rule {} dropped", r.id);
                    assert!(
                        ins.iter()
                            .any(|(_, f)| f.rules.iter().all(|x| x.id != r.id))
                    );
                    continue;
                };
                for review in &r.reviews {
                    assert!(m.reviews.contains(review), "review lost in {}", r.id);
                }
                let merged = map_of(m);
                let base_map = base_rule.map(map_of);
                for (key, v) in map_of(r) {
                    if key == "reviews" {
                        continue;
                    }
                    let ok = merged.get(&key) == Some(&v)
                        || in_conflict(&r.id, &key, label, &v)
                        || base_map.as_ref().is_some_and(|b| b.get(&key) == Some(&v));
                    assert!(ok, "{label} {} field {key} = {v} lost", r.id);
                }
            }
            for (key, v) in &f.extra {
                let ok = out.extra.get(key) == Some(v)
                    || in_conflict("", key, label, v)
                    || base.is_some_and(|b| b.extra.get(key) == Some(v));
                assert!(ok, "{label} file field {key} lost");
            }
        }

        // Two-way never picks silently between two different values.
        if base.is_none() {
            for m in &out.rules {
                let maps: Vec<(&String, Map<String, Value>)> = ins
                    .iter()
                    .filter_map(|(l, f)| {
                        f.rules
                            .iter()
                            .find(|x| x.id == m.id)
                            .map(|r| (l, map_of(r)))
                    })
                    .collect();
                for (_, a) in &maps {
                    for (key, v) in a {
                        if key == "reviews" {
                            continue;
                        }
                        let differs = maps.iter().any(|(_, b)| b.get(key).is_some_and(|w| w != v));
                        if differs {
                            assert!(
                                res.conflicts
                                    .iter()
                                    .any(|c| c.rule_id == m.id && &c.field == key)
                            );
                        }
                    }
                }
            }
        }

        // Reviews are ordered by time then reviewer.
        for m in &out.rules {
            assert!(
                m.reviews
                    .is_sorted_by(|a, b| (&a.at, &a.reviewer) <= (&b.at, &b.reviewer))
            );
        }
    }

    #[test]
    fn property_nothing_is_lost() {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        let mut conflicts_seen = 0;
        let mut dropped_seen = 0;
        for _ in 0..300 {
            let base = random_base(&mut rng);
            let n = 2 + rng.below(2);
            let ins = inputs((0..n).map(|_| derive(&mut rng, &base)).collect());

            let two = merge(&ins, None);
            check(&ins, None, &two);
            let three = merge(&ins, Some(&base));
            check(&ins, Some(&base), &three);
            assert_eq!(merge(&ins, Some(&base)), three, "deterministic");

            conflicts_seen += two.conflicts.len() + three.conflicts.len();
            dropped_seen += base
                .rules
                .iter()
                .filter(|b| three.file.rules.iter().all(|r| r.id != b.id))
                .count();
        }
        // The generator exercises the interesting cases.
        assert!(
            conflicts_seen > 100 && dropped_seen > 10,
            "{conflicts_seen} {dropped_seen}"
        );
    }
}
