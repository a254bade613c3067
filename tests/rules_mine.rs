//! Candidate rule mining on the benefits sample (expectations written from reading the code).

use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::mine::{Candidate, EffectKind, counts_by_kind};
use legacylens::rules::{AnchorState, Classification, Status, candidates_file, mine, resolve};

const SAMPLE: &str = "sample_repos/benefits";
const NOW: &str = "2026-01-01T00:00:00Z";

fn candidates() -> (Model, Vec<Candidate>) {
    let model = index_path(SAMPLE).expect("sample indexes");
    let cands = mine(&model, NOW);
    (model, cands)
}

fn in_symbol<'a>(cands: &'a [Candidate], symbol: &str) -> Vec<&'a Candidate> {
    cands
        .iter()
        .filter(|c| c.rule.anchors[0].symbol == symbol)
        .collect()
}

#[test]
fn eligchk_evaluate_decisions_are_candidates_in_plain_words() {
    let (_, cands) = candidates();
    // 3200-PENSION-CREDIT-TABLE: EVALUATE WS-QUALIFYING-AGE ALSO WS-RES-CLASS ALSO WS-CAP-BAND.
    let table = in_symbol(&cands, "ELIGCHK.3200-PENSION-CREDIT-TABLE");
    let table = table
        .iter()
        .find(|c| c.rule.tags.contains(&"mined:evaluate".to_string()))
        .expect("pension credit table is a candidate");
    assert_eq!(table.rule.classification, Some(Classification::Decision));
    assert_eq!(table.rule.status, Status::Candidate);
    let plain: Vec<&str> = table
        .rule
        .conditions
        .iter()
        .map(|c| c.plain.as_str())
        .collect();
    assert!(
        plain.contains(
            &"WS-QUALIFYING-AGE is between 66 and 150 and WS-RES-CLASS is '9' (RES-ABROAD)"
        ),
        "{plain:?}"
    );
    assert!(
        plain.contains(&"WS-QUALIFYING-AGE is between 0 and 65"),
        "{plain:?}"
    );
    // Its PERFORMed failure paragraphs set the result.
    assert!(table.rule.outputs.iter().any(|o| o.ends_with(".EP-RESULT")));

    // 4000-INCOME-RULE: EVALUATE TRUE, 88-levels read through their variable.
    let income = in_symbol(&cands, "ELIGCHK.4000-INCOME-RULE");
    let income = income
        .iter()
        .find(|c| c.rule.tags.contains(&"mined:evaluate".to_string()))
        .expect("income rule is a candidate");
    assert_eq!(income.rule.name, "Income rule: set EP-RESULT");
    let plain: Vec<&str> = income
        .rule
        .conditions
        .iter()
        .map(|c| c.plain.as_str())
        .collect();
    assert!(plain.contains(&"EP-BENEFIT-TYPE is 'SP '"), "{plain:?}");
    assert!(
        plain.contains(&"EP-HOURS-WORKED is at least BC-REMUNERATIVE-HOURS"),
        "{plain:?}"
    );
    assert!(
        plain.contains(
            &"EP-PARTNER-IND is 'Y' and EP-PARTNER-HOURS is at least BC-PARTNER-REMUN-HOURS"
        ),
        "{plain:?}"
    );
    assert!(
        income
            .rule
            .inputs
            .iter()
            .any(|i| i.ends_with(".EP-HOURS-WORKED"))
    );
}

#[test]
fn end_of_file_and_loop_control_are_not_candidates() {
    let (_, cands) = candidates();
    for c in &cands {
        for k in &c.rule.conditions {
            assert!(
                !k.code.contains("WS-END-OF-CLAIMS"),
                "{}: {}",
                c.rule.id,
                k.code
            );
        }
        assert!(!c.effects.is_empty());
    }
}

#[test]
fn paycalc_calculation_guards_output_pc_fields() {
    let (_, cands) = candidates();
    let paycalc: Vec<&Candidate> = cands
        .iter()
        .filter(|c| c.rule.anchors[0].symbol.starts_with("PAYCALC."))
        .collect();
    assert!(!paycalc.is_empty());
    let premiums = paycalc
        .iter()
        .find(|c| {
            c.rule.anchors[0].symbol == "PAYCALC.3100-FAMILY-PREMIUMS"
                && c.effects.iter().any(|e| e.kind == EffectKind::Compute)
        })
        .expect("family premium guard");
    assert!(
        premiums
            .rule
            .outputs
            .iter()
            .any(|o| o.contains(".PC-PREMIUMS")),
        "{:?}",
        premiums.rule.outputs
    );
    assert_eq!(
        premiums.rule.classification,
        Some(Classification::Calculation)
    );
}

#[test]
fn ids_are_stable_unique_and_candidates_sorted() {
    let (model, first) = candidates();
    let second = mine(&model, NOW);
    let again = mine(&index_path(SAMPLE).unwrap(), NOW);
    let ids = |c: &[Candidate]| c.iter().map(|c| c.rule.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&second));
    assert_eq!(ids(&first), ids(&again));
    let mut unique = ids(&first);
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len());
    for w in first.windows(2) {
        assert!(w[0].score >= w[1].score);
    }
    for c in &first {
        assert!(c.rule.id.starts_with("BR-") && c.rule.id.len() == 13);
        assert_eq!(c.rule.audit.created_at, NOW);
        assert_eq!(c.rule.audit.created_by, "legacylens rules mine");
    }
    let file = candidates_file(&first);
    assert_eq!(file.rules.len(), first.len());
    assert!(file.rules.windows(2).all(|w| w[0].id < w[1].id));
    println!(
        "{} candidates on the sample: {:?}",
        first.len(),
        counts_by_kind(&first)
    );
}

#[test]
fn every_anchor_resolves_on_the_unchanged_sample() {
    let (model, cands) = candidates();
    for c in &cands {
        let anchor = &c.rule.anchors[0];
        match resolve(&model, anchor) {
            AnchorState::Anchored { span } => assert_eq!(span.line, anchor.line_hint),
            other => panic!("{} {}: {other:?}", c.rule.id, anchor.symbol),
        }
    }
}

#[test]
fn java_conditions_are_mined() {
    let (_, cands) = candidates();
    let java = in_symbol(
        &cands,
        "com.acme.benefits.rules.PensionAgeRule.doEvaluate(Claim,Claimant,Date)",
    );
    assert!(
        java.iter().any(|c| c.rule.conditions[0].plain
            == "claim.getBenefitType() is BenefitType.PENSION_CREDIT"),
        "{:?}",
        java.iter().map(|c| &c.rule.conditions).collect::<Vec<_>>()
    );
}
