//! Business terms (the glossary) in annotation files: they round-trip with unknown fields,
//! merge with conflicts kept, stay anchored when the copybook shifts, change the wording of
//! mined rules, and are suggested from 88-levels, DDL comments and copybook copies.

use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::annotations::{parse, to_json};
use legacylens::rules::classify::classify;
use legacylens::rules::merge::{CONFLICTS_KEY, merge};
use legacylens::rules::mine::{MineOptions, mine_with_terms};
use legacylens::rules::term_suggest::{SuggestionSource, suggest};
use legacylens::rules::terms::{Glossary, TermScope, new_term, upsert};
use legacylens::rules::{AnchorState, AnnotationFile, TermRecord};

const NOW: &str = "2026-12-01T00:00:00Z";

fn sample() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| index_path(Path::new("sample_repos")).expect("sample indexes"))
}

fn item(model: &Model, name: &str) -> legacylens::model::SymbolId {
    model
        .symbol_named(name)
        .unwrap_or_else(|| panic!("no symbol {name}"))
}

const EARNINGS: &str = "ELIGCHK.EP-ELIGIBILITY-AREA.EP-INPUT.EP-WEEKLY-EARNINGS";
const LIMIT: &str = "ELIGCHK.BEN-CONSTANTS.BC-CARER-EARNINGS-LIMIT";

fn earnings_terms(model: &Model) -> Vec<TermRecord> {
    vec![
        new_term(
            model,
            item(model, EARNINGS),
            TermScope::CopybookField,
            "claimant's weekly earnings",
            "Gross weekly earnings of the claimant and partner",
            "ann",
            NOW,
        ),
        new_term(
            model,
            item(model, LIMIT),
            TermScope::Item,
            "earnings limit",
            "",
            "ann",
            NOW,
        ),
    ]
}

#[test]
fn terms_round_trip_and_files_without_terms_are_unchanged() {
    let model = sample();
    let mut file = AnnotationFile::default();
    for t in earnings_terms(model) {
        assert!(upsert(&mut file, t));
    }
    let text = to_json(&file);
    assert!(text.contains("\"terms\""), "{text}");
    assert!(text.contains("\"copybook\": \"ELIGPARM\""), "{text}");
    assert!(text.contains("\"field\": \"EP-WEEKLY-EARNINGS\""), "{text}");
    let back = parse(Path::new("t.json"), text.as_bytes()).unwrap();
    assert_eq!(back, file);
    assert_eq!(to_json(&back), text);
    // Terms sorted by id, whatever the order in memory.
    let mut reversed = file.clone();
    reversed.terms.reverse();
    assert_eq!(to_json(&reversed), text);

    // A file of an earlier version, without terms, reads and writes byte for byte.
    let old = "{\n  \"schema_version\": 1,\n  \"rules\": [],\n  \"project\": \"benefits\"\n}\n";
    let f = parse(Path::new("old.json"), old.as_bytes()).unwrap();
    assert!(f.terms.is_empty());
    assert_eq!(to_json(&f), old);
}

#[test]
fn unknown_fields_of_terms_survive() {
    let text = r#"{
  "schema_version": 1,
  "rules": [],
  "terms": [
    {
      "id": "TERM-1",
      "term": "earnings limit",
      "item": "P.WS-EARN-LIMIT",
      "status": "approved",
      "anchors": [
        {"symbol": "P.WS-EARN-LIMIT", "path": "p.cbl", "quote": "q", "fingerprint": "f", "line_hint": 3, "anchor_x": 1}
      ],
      "reviews": [
        {"reviewer": "bob", "verdict": "approve", "at": "2026-01-02T00:00:00Z", "review_x": true}
      ],
      "audit": {"created_by": "a", "created_at": "t", "updated_by": "a", "updated_at": "t", "audit_x": 2},
      "term_x": {"b": 1, "a": 2}
    }
  ],
  "glossary_owner": "data team"
}"#;
    let f = parse(Path::new("x.json"), text.as_bytes()).unwrap();
    assert_eq!(f.terms.len(), 1);
    let out = to_json(&f);
    for key in [
        "anchor_x",
        "review_x",
        "audit_x",
        "term_x",
        "glossary_owner",
    ] {
        assert!(out.contains(&format!("\"{key}\"")), "{key} lost:\n{out}");
    }
    let again = parse(Path::new("x.json"), out.as_bytes()).unwrap();
    assert_eq!(again, f);
    assert_eq!(to_json(&again), out);

    // Duplicate term ids and unsafe anchor paths are refused, as for rules.
    let dup = text.replace("\"glossary_owner\": \"data team\"", "\"x\": 1").replace(
        "  \"terms\": [\n    {",
        "  \"terms\": [\n    {\"id\": \"TERM-1\", \"term\": \"t\", \"status\": \"draft\", \"audit\": {\"created_by\": \"a\", \"created_at\": \"t\", \"updated_by\": \"a\", \"updated_at\": \"t\"}},\n    {",
    );
    let err = parse(Path::new("x.json"), dup.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(err.contains("term id TERM-1"), "{err}");
    let unsafe_path = text.replace("\"path\": \"p.cbl\"", "\"path\": \"../p.cbl\"");
    let err = parse(Path::new("x.json"), unsafe_path.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("TERM-1") && err.contains("leaves the project root"),
        "{err}"
    );
}

#[test]
fn differing_terms_merge_as_conflicts_and_one_sided_changes_merge() {
    let model = sample();
    let base = AnnotationFile {
        terms: earnings_terms(model),
        ..AnnotationFile::default()
    };
    let id = base.terms[0].id.clone();

    let mut alice = base.clone();
    alice.terms[0].term = "weekly earnings".into();
    let mut bob = base.clone();
    bob.terms[0].term = "household weekly earnings".into();
    bob.terms[1].description = "The most a carer may earn".into();

    let inputs = vec![
        ("alice.json".to_string(), alice),
        ("bob.json".to_string(), bob),
    ];
    let result = merge(&inputs, Some(&base));
    assert_eq!(result.conflicts.len(), 1, "{:?}", result.conflicts);
    let c = &result.conflicts[0];
    assert_eq!(
        (c.rule_id.as_str(), c.field.as_str()),
        (id.as_str(), "term")
    );
    assert_eq!(c.values[0].1, "weekly earnings");
    assert_eq!(c.values[1].1, "household weekly earnings");
    assert_eq!(c.base.as_ref().unwrap(), "claimant's weekly earnings");
    let merged = &result.file.terms;
    assert_eq!(merged.len(), 2);
    let t0 = merged.iter().find(|t| t.id == id).unwrap();
    assert_eq!(
        t0.term, "weekly earnings",
        "the first input's value is kept"
    );
    assert!(
        t0.extra.contains_key(CONFLICTS_KEY),
        "the conflict is kept in the file"
    );
    let t1 = merged.iter().find(|t| t.id != id).unwrap();
    assert_eq!(t1.description, "The most a carer may earn");

    // The merged file saves and loads back with the conflict.
    let text = to_json(&result.file);
    let back = parse(Path::new("m.json"), text.as_bytes()).unwrap();
    assert_eq!(back, result.file);
}

#[test]
fn terms_change_the_wording_of_mined_rules_and_nothing_else() {
    let model = sample();
    let plain = mine_with_terms(model, None, NOW, MineOptions::default(), &[]);
    let named = mine_with_terms(
        model,
        None,
        NOW,
        MineOptions::default(),
        &earnings_terms(model),
    );
    let ids = |c: &[legacylens::rules::mine::Candidate]| -> Vec<String> {
        c.iter().map(|c| c.rule.id.clone()).collect()
    };
    assert_eq!(
        ids(&plain),
        ids(&named),
        "ids and order do not depend on terms"
    );
    let find = |c: &[legacylens::rules::mine::Candidate]| {
        c.iter()
            .find(|c| {
                c.rule.conditions.iter().any(|k| {
                    k.code
                        .contains("EP-WEEKLY-EARNINGS > BC-CARER-EARNINGS-LIMIT")
                })
            })
            .cloned()
            .expect("the income rule is mined")
    };
    let before = find(&plain);
    let after = find(&named);
    assert!(
        before
            .condition_words
            .contains("weekly earnings is more than carer earnings limit"),
        "{}",
        before.condition_words
    );
    assert!(
        after
            .condition_words
            .contains("the claimant's weekly earnings are more than the earnings limit"),
        "{}",
        after.condition_words
    );
    let cond = after
        .rule
        .conditions
        .iter()
        .find(|k| k.code.contains("EP-WEEKLY-EARNINGS"))
        .unwrap();
    assert!(
        cond.plain
            .contains("the claimant's weekly earnings are more than the earnings limit"),
        "{}",
        cond.plain
    );
}

#[test]
fn a_draft_made_by_hand_reads_through_the_terms_too() {
    use legacylens::rules::mine::{draft_at, draft_at_with_terms};
    let model = sample();
    let classes = classify(model);
    let path = "benefits/cobol/cbl/ELIGCHK.cbl";
    let plain = draft_at(model, &classes, path, 290, NOW).expect("a draft");
    let named = draft_at_with_terms(model, &classes, path, 290, NOW, &earnings_terms(model))
        .expect("a draft");
    assert_eq!(plain.rule.id, named.rule.id);
    assert!(
        !plain.condition_words.contains("claimant's"),
        "{}",
        plain.condition_words
    );
    assert!(
        named
            .condition_words
            .contains("the claimant's weekly earnings are more than the earnings limit"),
        "{}",
        named.condition_words
    );
}

#[test]
fn a_term_on_a_java_field_rewords_java_conditions() {
    let model = sample();
    let term = new_term(
        model,
        item(
            model,
            "com.acme.benefits.portal.model.PortalClaim.caseworkerId",
        ),
        TermScope::Item,
        "assigned caseworker",
        "",
        "ann",
        NOW,
    );
    assert_eq!(
        term.item.as_deref(),
        Some("com.acme.benefits.portal.model.PortalClaim.caseworkerId")
    );
    let words = |terms: &[TermRecord]| {
        mine_with_terms(model, None, NOW, MineOptions::default(), terms)
            .into_iter()
            .find(|c| c.rule.name == "Claim amend not owner")
            .expect("the amend-not-owner rule")
            .condition_words
    };
    assert!(
        words(&[]).starts_with("the claim's caseworker id is not the user's id"),
        "{}",
        words(&[])
    );
    let worded = words(std::slice::from_ref(&term));
    assert!(
        worded.starts_with("the assigned caseworker is not the user's id"),
        "{worded}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn a_copybook_term_stays_anchored_when_the_copybook_shifts() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        Path::new("sample_repos/benefits/cobol"),
        &dir.path().join("cobol"),
    );
    let model = index_path(dir.path()).unwrap();
    let clicked = item(
        &model,
        "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS",
    );
    let term = new_term(
        &model,
        clicked,
        TermScope::CopybookField,
        "claimant's weekly earnings",
        "",
        "ann",
        NOW,
    );
    assert_eq!(term.copybook.as_deref(), Some("CLAIMREC"));
    assert!(term.anchors[0].quote.contains("CL-WEEKLY-EARNINGS"));
    let glossary = Glossary::resolve(&model, std::slice::from_ref(&term));
    let before = &glossary.resolved[0];
    assert!(matches!(before.state, Some(AnchorState::Anchored { .. })));
    let names = |m: &Model, items: &[legacylens::model::SymbolId]| -> Vec<String> {
        items
            .iter()
            .map(|&i| m.symbol(i).qualified_name.clone())
            .collect()
    };
    let before_names = names(&model, &before.items);
    // Every program that includes the copybook shares the term, also PAYCALC's copy made
    // under another prefix (COPY … REPLACING).
    for program in ["BENEXT01.", "BENPAY01.", "PAYCALC."] {
        assert!(
            before_names.iter().any(|n| n.starts_with(program)),
            "{program}: {before_names:?}"
        );
    }

    // Three comment lines go in at the top of the copybook: the term follows its line.
    let path = dir.path().join("cobol/cpy/CLAIMREC.cpy");
    let text = fs::read_to_string(&path).unwrap();
    let shifted = format!(
        "      * CHANGED FOR CR-9999\n      * ANOTHER COMMENT\n      * AND ONE MORE\n{text}"
    );
    fs::write(&path, shifted).unwrap();
    let model2 = index_path(dir.path()).unwrap();
    let glossary2 = Glossary::resolve(&model2, std::slice::from_ref(&term));
    let after = &glossary2.resolved[0];
    match &after.state {
        Some(AnchorState::Shifted { span }) => {
            assert_eq!(span.line, term.anchors[0].line_hint + 3)
        }
        other => panic!("expected shifted, got {other:?}"),
    }
    assert_eq!(names(&model2, &after.items), before_names);
}

#[test]
fn suggestions_come_from_88_levels_ddl_comments_and_copybook_copies() {
    let model = sample();
    let classes = classify(model);
    let terms = earnings_terms(model);
    // Name one copy of a copybook field by item only: the other copies get a suggestion.
    let only_item = new_term(
        model,
        item(
            model,
            "BENPAY01.CL-CLAIM-RECORD.CL-RECORD-BODY.CL-HOUSEHOLD.CL-WEEKLY-EARNINGS",
        ),
        TermScope::Item,
        "household weekly earnings",
        "Claimant and partner",
        "ann",
        NOW,
    );
    let mut all = terms.clone();
    all.push(only_item.clone());
    let glossary = Glossary::resolve(model, &all);
    let suggestions = suggest(model, &glossary, &classes);

    let copy = suggestions
        .iter()
        .find(|s| s.source == SuggestionSource::CopybookCopy && s.from == only_item.id)
        .expect("a copybook-copy suggestion");
    assert_eq!(copy.term, "household weekly earnings");
    assert_eq!(copy.from, only_item.id);
    assert_eq!(copy.scope, TermScope::CopybookField);
    assert!(
        copy.item_name.ends_with("CL-WEEKLY-EARNINGS"),
        "{}",
        copy.item_name
    );

    // Screen labels: `NI NUMBER:` left of the NINO field names the item the enquiry moves
    // into the screen; a conjunction in front of a label (`OR CLAIM NO:`) is dropped.
    let nino = suggestions
        .iter()
        .find(|s| {
            s.source == SuggestionSource::ScreenLabel
                && s.item_name == "BENONL1.CM-CLAIMANT-RECORD.CM-NINO"
        })
        .expect("CM-NINO named from its screen label");
    assert_eq!(nino.term, "NI number");
    assert_eq!(nino.from, "BENMS01.PAY1MAP.NINO");
    assert!(
        suggestions
            .iter()
            .filter(|s| s.source == SuggestionSource::ScreenLabel)
            .all(|s| !s.term.starts_with("or ")),
        "a conjunction kept in a label's term"
    );

    // 88-levels: the award's claim status, described by its coded values.
    let status = suggestions
        .iter()
        .find(|s| {
            s.source == SuggestionSource::ConditionNames && s.item_name.ends_with("AW-CLAIM-STATUS")
        })
        .expect("AW-CLAIM-STATUS from its 88-levels");
    assert_eq!(status.term, "claim status");
    assert!(
        status.description.contains("'L' live") && status.description.contains("'C' closed"),
        "{}",
        status.description
    );

    // DDL comments: the schema's code-value notes describe CLAIM.STATUS.
    let ddl = suggestions
        .iter()
        .find(|s| s.source == SuggestionSource::DdlComment && s.from == "CLAIM.STATUS")
        .expect("CLAIM.STATUS from the DDL comment");
    assert_eq!(ddl.term, "claim status");
    assert!(
        ddl.description.contains("R received"),
        "{}",
        ddl.description
    );

    // Technical items (switches) are not proposed, named items are not proposed again.
    assert!(
        !suggestions
            .iter()
            .any(|s| s.item_name.ends_with("WS-EOF-SW")),
        "end-of-file switches are plumbing"
    );
    for t in &glossary.resolved {
        for &i in &t.items {
            assert!(!suggestions.iter().any(|s| s.item == i));
        }
    }
}

#[test]
fn ddl_comment_forms_are_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("sql")).unwrap();
    fs::create_dir_all(dir.path().join("cbl")).unwrap();
    fs::write(
        dir.path().join("sql/schema.sql"),
        "CREATE TABLE WAGE (\n    WAGE_ID  INTEGER NOT NULL, -- the wage record's key\n    -- gross pay for the week, in pounds\n    GROSS_PAY DECIMAL(9,2),\n    TAX_CODE CHAR(5)\n);\nCOMMENT ON COLUMN WAGE.TAX_CODE IS 'HMRC tax code';\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("cbl/WAGES.cbl"),
        "       IDENTIFICATION DIVISION.\n       PROGRAM-ID. WAGES.\n       DATA DIVISION.\n       WORKING-STORAGE SECTION.\n       01  WS-WAGE.\n           05  WS-WAGE-ID     PIC S9(9) COMP.\n           05  WS-GROSS-PAY   PIC S9(7)V99 COMP-3.\n           05  WS-TAX-CODE    PIC X(5).\n       PROCEDURE DIVISION.\n           EXEC SQL\n             SELECT WAGE_ID, GROSS_PAY, TAX_CODE\n               INTO :WS-WAGE-ID, :WS-GROSS-PAY, :WS-TAX-CODE\n               FROM WAGE\n           END-EXEC\n           GOBACK.\n",
    )
    .unwrap();
    let model = index_path(dir.path()).unwrap();
    let classes = classify(&model);
    let suggestions = suggest(&model, &Glossary::default(), &classes);
    let of = |name: &str| {
        suggestions
            .iter()
            .find(|s| s.item_name == format!("WAGES.WS-WAGE.{name}"))
            .unwrap_or_else(|| panic!("no suggestion for {name}: {suggestions:#?}"))
    };
    let gross = of("WS-GROSS-PAY");
    assert_eq!(gross.source, SuggestionSource::DdlComment);
    assert_eq!(gross.term, "gross pay");
    assert_eq!(gross.description, "gross pay for the week, in pounds");
    assert_eq!(of("WS-TAX-CODE").description, "HMRC tax code");
    assert_eq!(of("WS-WAGE-ID").description, "the wage record's key");
}
