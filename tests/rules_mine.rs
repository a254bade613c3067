//! Rule discovery on the sample estate, measured against `sample_repos/EXPECTED_RULES.md` (the
//! rules an analyst documents, written by reading the code), plus focused checks of each
//! mechanism: outcomes followed through flags and reason codes, INVALID KEY, collapsed screen
//! rows, names from message literals, the technical filter, formulae in words, data classes.

use std::sync::OnceLock;

use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::classify::{DataClass, classify};
use legacylens::rules::mine::{Candidate, EffectKind, candidate_at, counts_by_kind};
use legacylens::rules::score::{ExpectedRule, candidate_lines, parse_expected, score};
use legacylens::rules::{AnchorState, Classification, Status, candidates_file, mine, resolve};

const SAMPLE: &str = "sample_repos";
const NOW: &str = "2026-01-01T00:00:00Z";

fn sample() -> &'static (Model, Vec<Candidate>) {
    static SAMPLE_RUN: OnceLock<(Model, Vec<Candidate>)> = OnceLock::new();
    SAMPLE_RUN.get_or_init(|| {
        let model = index_path(SAMPLE).expect("sample indexes");
        let cands = mine(&model, NOW);
        (model, cands)
    })
}

fn expected() -> Vec<ExpectedRule> {
    let text = std::fs::read_to_string("sample_repos/EXPECTED_RULES.md").unwrap();
    parse_expected(&text).expect("expected-rules file parses")
}

/// The candidate anchored at `line` of `file` (a path under `sample_repos/benefits/`).
fn at(file: &str, line: u32) -> &'static Candidate {
    let (_, cands) = sample();
    let path = format!("benefits/{file}");
    cands
        .iter()
        .find(|c| c.rule.anchors[0].path == path && c.rule.anchors[0].line_hint == line)
        .unwrap_or_else(|| panic!("no candidate at {path}:{line}"))
}

fn of_language(cands: &[Candidate], java: bool) -> Vec<Candidate> {
    cands
        .iter()
        .filter(|c| candidate_lines(c).is_some_and(|(p, _, _)| p.ends_with(".java") == java))
        .cloned()
        .collect()
}

#[test]
fn the_expected_rules_file_is_substantial_and_well_formed() {
    let rules = expected();
    let key = rules.iter().filter(|r| r.tags.iter().any(|t| t == "key"));
    assert!(rules.len() >= 300, "{} rules", rules.len());
    assert!(key.count() >= 75);
    for r in &rules {
        let path = std::path::Path::new(SAMPLE).join(&r.file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{}: {} does not exist", r.id, r.file));
        let lines = text.lines().count() as u32;
        assert!(r.last_line <= lines, "{}: {} past the end", r.id, r.file);
    }
}

/// Regression floors for the scores the README reports (measured with `legacylens rules
/// score sample_repos --expected sample_repos/EXPECTED_RULES.md --language …`).
#[test]
fn cobol_rules_are_found_and_the_top_of_the_queue_is_real_rules() {
    let (_, cands) = sample();
    let rules: Vec<ExpectedRule> = expected()
        .into_iter()
        .filter(|r| !r.file.ends_with(".java"))
        .collect();
    let report = score(&of_language(cands, false), &rules, 50);
    println!("COBOL: {report:#?}");
    assert!(report.recall >= 0.94, "key recall {}", report.recall);
    assert!(report.recall_all >= 0.80, "recall {}", report.recall_all);
    assert!(
        report.precision_at_top >= 0.88,
        "{}",
        report.precision_at_top
    );
    assert!(report.recall_at_top >= 0.50, "{}", report.recall_at_top);
}

#[test]
fn java_rules_are_found_and_the_top_of_the_queue_is_real_rules() {
    let (_, cands) = sample();
    let rules: Vec<ExpectedRule> = expected()
        .into_iter()
        .filter(|r| r.file.ends_with(".java"))
        .collect();
    let report = score(&of_language(cands, true), &rules, 30);
    println!("Java: {report:#?}");
    assert!(report.recall >= 0.95, "key recall {}", report.recall);
    assert!(report.recall_all >= 0.58, "recall {}", report.recall_all);
    assert!(
        report.precision_at_top >= 0.95,
        "{}",
        report.precision_at_top
    );
    assert!(report.recall_at_top >= 0.45, "{}", report.recall_at_top);
}

#[test]
fn a_guard_that_only_sets_a_reason_code_owns_the_reject_written_later() {
    // BENADJ01 3000-VALIDATE: the award-cap check sets reason 12 and a message; the mainline
    // tests the switch and 5000-WRITE-REJECT writes the reject record.
    let c = at("cobol/cbl/BENADJ01.cbl", 243);
    assert_eq!(c.rule.name, "Award cap exceeded");
    assert!(c.rule.tags.iter().any(|t| t == "flag-followed"));
    let reject = c
        .effects
        .iter()
        .find(|e| e.kind == EffectKind::Reject)
        .expect("the reject record is this rule's outcome");
    assert_eq!(reject.target, "BENADJ01.REJECT-FILE");
    assert!(reject.via.as_deref().unwrap().contains("5000-WRITE-REJECT"));
    assert!(
        c.effects
            .iter()
            .any(|e| e.kind == EffectKind::ReasonCode && e.value.as_deref() == Some("12"))
    );
    assert!(
        c.condition_words.contains("award cap"),
        "{}",
        c.condition_words
    );
    assert!(
        c.rule
            .business_description
            .starts_with("When adj type is not 'R' and total paid + amount is more than award cap, it is rejected"),
        "{}",
        c.rule.business_description
    );
    assert_eq!(c.rule.classification, Some(Classification::Validation));
    assert!(!c.technical);
    // The switch test does not own the reject (its ELSE, the posting of a valid adjustment,
    // is a decision of its own).
    let (_, cands) = sample();
    assert!(
        !cands
            .iter()
            .any(|c| c.rule.anchors[0].path.ends_with("BENADJ01.cbl")
                && c.rule.anchors[0].line_hint == 216
                && c.effects.iter().any(|e| e.kind == EffectKind::Reject)),
        "the flag test does not own the reject"
    );
}

#[test]
fn invalid_key_and_checks_inside_not_invalid_key_are_rules() {
    let missing = at("cobol/cbl/BENADJ01.cbl", 303);
    assert_eq!(missing.rule.name, "Claim not on master");
    assert!(missing.rule.tags.iter().any(|t| t == "mined:invalid-key"));
    assert_eq!(
        missing.condition_words,
        "no award master record is found for the key"
    );
    let closed = at("cobol/cbl/BENADJ01.cbl", 309);
    assert!(
        closed
            .condition_words
            .starts_with("the award master record is found and claim closed"),
        "{}",
        closed.condition_words
    );
    assert!(closed.outcome_words.contains("reason 22"));
}

#[test]
fn calculations_read_as_formulae() {
    let interest = at("cobol/cbl/BENADJ01.cbl", 331);
    assert_eq!(interest.condition_words, "arrears rate is not zero");
    assert_eq!(
        interest.outcome_words,
        "arrears interest = amount × arrears rate ÷ 100 × days late ÷ 365, rounded"
    );
    assert_eq!(
        interest.rule.classification,
        Some(Classification::Calculation)
    );
}

#[test]
fn screen_plumbing_is_technical_and_sinks_to_the_bottom() {
    let (_, cands) = sample();
    // BENLST1 fills ten screen rows with EVALUATE WS-ROW-IDX WHEN 1 … WHEN 10: no candidate
    // anchored inside it is business.
    let lst: Vec<&Candidate> = cands
        .iter()
        .filter(|c| c.rule.anchors[0].path.ends_with("BENLST1.cbl"))
        .collect();
    assert!(
        !lst.iter()
            .any(|c| !c.technical && c.condition_words.contains("row idx")),
        "{:#?}",
        lst.iter().map(|c| &c.condition_words).collect::<Vec<_>>()
    );
    // Paging is technical.
    let paging = at("cobol/cbl/BENLST1.cbl", 220);
    assert!(paging.technical);
    assert!(paging.rule.tags.iter().any(|t| t == "technical"));
    // Technical candidates come after every other.
    let first_technical = cands.iter().position(|c| c.technical).unwrap();
    assert!(cands[first_technical..].iter().all(|c| c.technical));
}

#[test]
fn routing_between_menus_is_a_rule() {
    // PF3: a supervisor goes to BENSUPM, an officer to BENONL1; the role comes from the
    // security check at the first display.
    let (_, cands) = sample();
    let routing: Vec<&Candidate> = cands
        .iter()
        .filter(|c| c.rule.anchors[0].path.ends_with("BENLST1.cbl"))
        .filter(|c| {
            let targets: Vec<&str> = c
                .effects
                .iter()
                .filter(|e| e.kind == EffectKind::Routing)
                .map(|e| e.target.as_str())
                .collect();
            targets.contains(&"BENSUPM") && targets.contains(&"BENONL1")
        })
        .collect();
    assert!(!routing.is_empty());
    assert!(routing.iter().all(|c| !c.technical));
}

#[test]
fn evaluate_decision_tables_are_one_candidate_with_every_row() {
    let table = at("cobol/cbl/ELIGCHK.cbl", 206);
    assert!(table.rule.tags.iter().any(|t| t == "mined:evaluate"));
    assert_eq!(table.rule.name, "Pension credit table");
    let plain: Vec<&str> = table
        .rule
        .conditions
        .iter()
        .map(|c| c.plain.as_str())
        .collect();
    assert!(
        plain.contains(&"qualifying age is between 0 and 65"),
        "{plain:?}"
    );
    assert!(plain.len() >= 4);
    // No second candidate anchored on the same EVALUATE.
    let (_, cands) = sample();
    let same = cands
        .iter()
        .filter(|c| {
            c.rule.anchors[0].path.ends_with("ELIGCHK.cbl") && c.rule.anchors[0].line_hint == 206
        })
        .count();
    assert_eq!(same, 1);
}

#[test]
fn sql_predicates_that_choose_rows_are_rules() {
    // BENRTN01: pending payments dated before the run date are marked issued.
    let c = at("cobol/cbl/BENRTN01.cbl", 161);
    assert!(c.rule.tags.iter().any(|t| t == "mined:sql"));
    assert!(c.condition_words.contains("'P'"), "{}", c.condition_words);
}

#[test]
fn java_refusals_are_named_by_their_message() {
    let (_, cands) = sample();
    let capital = cands
        .iter()
        .find(|c| c.rule.anchors[0].path.ends_with("rules/CapitalRule.java"))
        .expect("capital rule");
    assert!(
        capital.rule.name.starts_with("Household capital of"),
        "{}",
        capital.rule.name
    );
    assert!(
        capital
            .effects
            .iter()
            .any(|e| e.kind == EffectKind::Message)
    );
}

#[test]
fn data_items_are_classified_business_or_technical() {
    let (model, _) = sample();
    let classes = classify(model);
    let class = |q: &str| {
        let id = model
            .symbol_named(q)
            .unwrap_or_else(|| panic!("{q} is a symbol"));
        classes.class(id)
    };
    assert_eq!(
        class("BENADJ01.AW-AWARD-RECORD.AW-TOTAL-PAID"),
        DataClass::Business
    );
    assert_eq!(class("BENLST1.WS-WORK.WS-ROW-IDX"), DataClass::Technical);
    assert_eq!(class("BENLST1.WS-WORK.WS-RESP"), DataClass::Technical);
}

#[test]
fn new_rule_here_finds_the_tightest_candidate() {
    let (_, cands) = sample();
    let c = candidate_at(cands, "benefits/cobol/cbl/BENADJ01.cbl", 244).unwrap();
    assert_eq!(c.rule.name, "Award cap exceeded");
}

#[test]
fn ids_are_stable_unique_and_candidates_sorted() {
    let (model, first) = sample();
    let second = mine(model, NOW);
    let ids = |c: &[Candidate]| c.iter().map(|c| c.rule.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(first), ids(&second));
    let mut unique = ids(first);
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len());
    for w in first.windows(2) {
        assert!(w[0].technical <= w[1].technical || w[0].score >= w[1].score);
    }
    for c in first {
        assert!(c.rule.id.starts_with("BR-") && c.rule.id.len() == 13);
        assert_eq!(c.rule.status, Status::Candidate);
        assert_eq!(c.rule.audit.created_at, NOW);
        assert!(!c.effects.is_empty(), "{}", c.rule.id);
        assert!(c.rule.technical_description.chars().count() <= 280);
        assert!(!c.rule.business_functions.is_empty());
    }
    let file = candidates_file(first);
    assert!(file.rules.windows(2).all(|w| w[0].id < w[1].id));
    println!("{} candidates: {:?}", first.len(), counts_by_kind(first));
}

#[test]
fn every_anchor_resolves_on_the_unchanged_sample() {
    let (model, cands) = sample();
    for c in cands {
        let anchor = &c.rule.anchors[0];
        match resolve(model, anchor) {
            AnchorState::Anchored { span } => assert_eq!(span.line, anchor.line_hint),
            other => panic!("{} {}: {other:?}", c.rule.id, anchor.symbol),
        }
    }
}

#[test]
fn new_rule_here_on_a_decision_the_miner_did_not_propose_gets_a_worded_draft() {
    use legacylens::rules::mine::draft_at;
    let (model, cands) = sample();
    let classes = classify(model);
    let mut drafted = 0;
    for c in model.conditions.iter().filter(|c| c.kind == "if") {
        let path = &model.file(c.span.file).path;
        if candidate_at(cands, path, c.span.line).is_some() {
            continue;
        }
        let d = draft_at(model, &classes, path, c.span.line, NOW)
            .unwrap_or_else(|| panic!("a draft at {path}:{}", c.span.line));
        let (p, a, b) = candidate_lines(&d).expect("the draft is anchored");
        assert_eq!(&p, path);
        assert!(
            a <= c.span.line && c.span.line <= b,
            "{path}:{} in {a}-{b}",
            c.span.line
        );
        assert!(
            !d.rule.conditions.is_empty() && !d.condition_words.is_empty(),
            "{path}:{} has conditions in words",
            c.span.line
        );
        assert!(d.rule.tags.iter().any(|t| t == "draft"));
        drafted += 1;
    }
    assert!(drafted >= 20, "{drafted} IFs without a candidate");
    // A line outside any decision has no draft.
    assert!(draft_at(model, &classes, "benefits/cobol/cbl/PAYCALC.cbl", 1, NOW).is_none());
}

/// The two shapes real online and posting programs use most, in a fixture of their own:
/// a screen's input checks that raise an error flag which stops the save
/// (`IF INPUT-OK PERFORM SAVE`), and `IF LIMIT >= BALANCE CONTINUE ELSE MOVE reason`.
#[test]
fn screen_input_checks_refuse_the_save_and_else_branches_read_as_the_opposite_test() {
    let model = index_path("tests/fixtures/rules_online").expect("fixture indexes");
    let cands = mine(&model, NOW);
    let named = |name: &str| {
        cands
            .iter()
            .find(|c| c.rule.name == name)
            .unwrap_or_else(|| panic!("no candidate named {name}"))
    };
    for name in [
        "Rating score must be supplied",
        "Spend limit must be numeric",
    ] {
        let c = named(name);
        assert!(
            !c.technical,
            "{name}: a screen's validation is not plumbing"
        );
        let refusal = c
            .effects
            .iter()
            .find(|e| e.kind == EffectKind::Refusal)
            .unwrap_or_else(|| panic!("{name}: the save it stops is an outcome"));
        assert_eq!(refusal.value.as_deref(), Some("save member"));
        assert!(
            refusal
                .via
                .as_deref()
                .is_some_and(|v| v.contains("flag WS-INPUT-FLAG tested at line 51")),
            "{:?}",
            refusal.via
        );
    }
    assert!(
        named("Rating score must be supplied")
            .condition_words
            .contains("score entered is blank or low-values")
    );
    let limit = named("Spend limit would be exceeded");
    assert_eq!(
        limit.condition_words,
        "the ledger record is found and spend limit is less than new balance"
    );
    // A check that already rejects with a reason does not also claim the refused write.
    assert!(!limit.effects.iter().any(|e| e.kind == EffectKind::Refusal));
    let close = cands
        .iter()
        .find(|c| c.rule.anchors[0].line_hint == 73)
        .expect("close-date check");
    assert!(
        close
            .condition_words
            .ends_with("close date is less than stamp (first 10 characters)"),
        "{}",
        close.condition_words
    );
    // Paging and unknown keys stay technical.
    for c in cands.iter().filter(|c| c.program == "MBRUPD") {
        if c.rule.name.contains("FIRST PAGE") || c.rule.name.contains("INVALID KEY PRESSED") {
            assert!(c.technical, "{}", c.rule.name);
        }
    }
    // Screen validations rank above paging but below the posting rejects.
    let rank = |name: &str| cands.iter().position(|c| c.rule.name == name).unwrap();
    assert!(rank("Spend limit would be exceeded") < rank("Rating score must be supplied"));
}

/// Small programs whose user interface is the console (the shape of textbook and utility
/// COBOL, and of the programs in public rule-extraction benchmarks): decisions reach the user
/// through DISPLAY, results are values shown rather than records written. The truth file was
/// written by reading the programs.
#[test]
fn console_programs_show_their_decisions_through_display() {
    let dir = "tests/fixtures/rules_console";
    let model = index_path(dir).expect("fixture indexes");
    let cands = mine(&model, NOW);
    let text = std::fs::read_to_string(format!("{dir}/EXPECTED_RULES.md")).unwrap();
    let rules = parse_expected(&text).expect("expected-rules file parses");
    let report = score(&cands, &rules, 50);
    println!("console: {report:#?}");
    assert!(report.recall >= 0.85, "key recall {}", report.recall);
    assert!(report.recall_all >= 0.80, "recall {}", report.recall_all);
    assert!(
        report.precision_at_top >= 0.85,
        "{}",
        report.precision_at_top
    );

    let named = |name: &str| {
        cands
            .iter()
            .find(|c| c.rule.name == name)
            .unwrap_or_else(|| panic!("no candidate named {name}"))
    };
    // A refusal shown on the console, with the value test in words.
    let funds = named("Insufficient funds");
    assert_eq!(funds.condition_words, "amount is more than account balance");
    assert_eq!(funds.outcome_words, "message 'INSUFFICIENT FUNDS'");
    assert!(!funds.technical);
    // Both branches of one IF: the ELSE branch reads after "otherwise".
    assert_eq!(
        named("Card number is valid").outcome_words,
        "message 'CARD NUMBER IS VALID'; otherwise message 'CARD NUMBER IS NOT VALID'"
    );
    let service = named("Not enough service for a pension");
    assert_eq!(service.condition_words, "service years is less than 5");
    assert!(
        service.outcome_words.starts_with(
            "message 'NOT ENOUGH SERVICE FOR A PENSION'; otherwise pension = final salary × \
             accrual rate × service years, rounded"
        ),
        "{}",
        service.outcome_words
    );
    // The pension formula, PERFORMed under the service test, is a rule where it is written.
    let formula = cands
        .iter()
        .find(|c| c.rule.anchors[0].path == "PENCALC.cbl" && c.rule.anchors[0].line_hint == 37)
        .expect("pension formula anchored at its COMPUTE");
    assert_eq!(formula.condition_words, "service years is at least 5");
    assert!(
        formula
            .outcome_words
            .starts_with("pension = final salary × accrual rate × service years, rounded"),
        "{}",
        formula.outcome_words
    );
    // Literal amounts read as written; a short word in front of a name is kept (`DAY-RATE`).
    let rate = cands
        .iter()
        .find(|c| c.outcome_words.contains("day rate = 85.00"))
        .expect("the day rate by van size");
    assert!(rate.outcome_words.ends_with("otherwise day rate = 55.00"));
    // A value shown to the user is business, so the repayment formula that fills it is a
    // rule; `**` reads as a power.
    let repayment = cands
        .iter()
        .find(|c| c.rule.anchors[0].path == "MORTPAY.cbl" && c.rule.anchors[0].line_hint == 44)
        .expect("repayment decision");
    assert!(
        repayment
            .outcome_words
            .contains("growth = (1 + monthly rate) ^ payments"),
        "{}",
        repayment.outcome_words
    );
    // Data that decides what the user is told is business, and so are the sums it comes
    // from: the check-digit loop is a rule; intrinsic functions read in words.
    let digits = cands
        .iter()
        .find(|c| c.rule.anchors[0].path == "LUHNCHK.cbl" && c.rule.anchors[0].line_hint == 18)
        .expect("check-digit loop");
    assert_eq!(
        digits.condition_words,
        "the remainder of (16 - idx) ÷ 2 is 1"
    );
    assert!(
        digits
            .outcome_words
            .ends_with("otherwise sum = sum + digit (idx)"),
        "{}",
        digits.outcome_words
    );
    // A failed OPEN reported on the console is plumbing: its guard reads the file status
    // named by `FILE STATUS IS`, whatever the item is called.
    let open = cands
        .iter()
        .find(|c| c.rule.anchors[0].path == "VANHIRE.cbl" && c.rule.anchors[0].line_hint == 44)
        .expect("open check");
    assert!(open.technical, "{}", open.rule.name);
    let classes = classify(&model);
    let status = model
        .symbol_named("VANHIRE.BOOK-STATUS")
        .expect("status item");
    assert_eq!(classes.class(status), DataClass::Technical);
    // Prompts and labels of values are not outcomes.
    assert!(
        !cands
            .iter()
            .any(|c| c.outcome_words.contains("ENTER") || c.outcome_words.contains("BALANCE:")),
        "a prompt became an outcome"
    );
}

/// A value moved with no condition (`MOVE ZERO TO WS-ARREARS-RATE`, a total copied into a
/// trailer) sets data up; only arithmetic is a rule by itself.
#[test]
fn unconditional_candidates_are_arithmetic() {
    let (_, cands) = sample();
    let always: Vec<&Candidate> = cands
        .iter()
        .filter(|c| c.condition_words == "always" && !c.rule.anchors[0].path.ends_with(".java"))
        .collect();
    assert!(
        always.len() >= 5,
        "{} unconditional calculations",
        always.len()
    );
    for c in always {
        assert!(
            c.outcome_words.contains(['+', '-', '×', '÷', '^']),
            "{}: {}",
            c.rule.name,
            c.outcome_words
        );
    }
}
