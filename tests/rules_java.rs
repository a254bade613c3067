//! Java rule discovery on the sample's caseworker portal (`portal/`): guard clauses that
//! refuse an action, messages put into the view model, permission checks, limits read from
//! configuration, boolean helpers read through their bodies, plumbing classes kept technical,
//! and vendored third-party copies marked and left out of mining.

use std::process::Command;
use std::sync::OnceLock;

use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::mine::{Candidate, EffectKind, MineOptions, mine_configured};

const SAMPLE: &str = "sample_repos";
const NOW: &str = "2026-01-01T00:00:00Z";
const PORTAL: &str = "benefits/java/src/com/acme/benefits/portal/";

fn sample() -> &'static (Model, Vec<Candidate>) {
    static RUN: OnceLock<(Model, Vec<Candidate>)> = OnceLock::new();
    RUN.get_or_init(|| {
        let model = index_path(SAMPLE).expect("sample indexes");
        let cands = mine_configured(&model, None, NOW, MineOptions::default());
        (model, cands)
    })
}

/// The candidate anchored at `line` of a portal file.
fn at(file: &str, line: u32) -> &'static Candidate {
    let path = format!("{PORTAL}{file}");
    sample()
        .1
        .iter()
        .find(|c| c.rule.anchors[0].path == path && c.rule.anchors[0].line_hint == line)
        .unwrap_or_else(|| panic!("no candidate at {path}:{line}"))
}

fn has(c: &Candidate, kind: EffectKind) -> bool {
    c.effects.iter().any(|e| e.kind == kind)
}

#[test]
fn a_guard_clause_refuses_the_action_and_is_named_by_its_message_key() {
    let c = at("actions/AmendClaimAction.java", 41);
    assert_eq!(c.rule.name, "Claim amend not owner");
    assert!(has(c, EffectKind::Refusal) && has(c, EffectKind::Message));
    assert_eq!(
        c.condition_words,
        "the claim's caseworker id is not the user's id and the user does not have permission CLAIM_SUPERVISE"
    );
    assert!(
        c.outcome_words
            .contains("the amend claim (execute) action is refused")
            && c.outcome_words.contains("'claim.amend.notOwner'"),
        "{}",
        c.outcome_words
    );
    assert!(!c.technical);
    // The flood-control rule of a service refuses by throwing.
    let flood = at("service/ChangeReportService.java", 45);
    assert!(has(flood, EffectKind::Refusal), "{:?}", flood.effects);
    assert!(flood.outcome_words.contains("report.tooSoon"));
}

#[test]
fn permission_checks_and_configured_limits_read_in_words() {
    let approve = at("actions/ApproveAwardAction.java", 38);
    assert_eq!(
        approve.condition_words,
        "the user does not have the role SUPERVISOR and the user does not have permission AWARD_APPROVE"
    );
    let admin = at("actions/OfficeStatusAction.java", 29);
    assert_eq!(admin.condition_words, "the user is not admin");
    let long_name = at("actions/RegisterAction.java", 47);
    assert_eq!(
        long_name.condition_words,
        "the length of the username is more than the configured username max length (USERNAME_MAX_LENGTH)"
    );
    assert!(!long_name.technical, "a configured limit is business");
    assert_eq!(long_name.rule.name, "Register username too long");
    // A user name already taken is a record found through the DAO; the check only adds to
    // the error collection, and the later `if (!errors.isEmpty()) return …` refuses.
    let taken = at("actions/RegisterAction.java", 50);
    assert!(taken.score > 9.0, "{}", taken.score);
    assert!(has(taken, EffectKind::Refusal), "{:?}", taken.effects);
    assert!(
        taken
            .effects
            .iter()
            .any(|e| e.via.as_deref() == Some("errors (flag errors tested at line 56)")),
        "{:?}",
        taken.effects
    );
    assert!(taken.rule.tags.iter().any(|t| t == "flag-followed"));
    // Limits read into locals name their setting.
    let points = at("actions/ProposeAwardAction.java", 47);
    assert_eq!(
        points.condition_words,
        "the points is less than the configured award points min (AWARD_POINTS_MIN) or the points is more than the configured award points max (AWARD_POINTS_MAX)"
    );
}

#[test]
fn boolean_helpers_are_read_through_their_bodies() {
    // `!PortalPermissions.canAmend(claim, user)`: the helper's body, with the caller's
    // arguments.
    let note = at("actions/AddNoteAction.java", 39);
    assert!(
        note.condition_words
            .contains("the claim's caseworker id is not the user's id"),
        "{}",
        note.condition_words
    );
    assert!(
        note.score > 9.0,
        "a helper reading business data decides: {}",
        note.score
    );
    // `office.isReadOnly()`: the body's fields belong to the office.
    let read_only = at("actions/ReportChangeAction.java", 52);
    assert_eq!(
        read_only.condition_words,
        "the office's status is STATUS_MIGRATING or the office's status is STATUS_FROZEN"
    );
}

#[test]
fn plumbing_classes_are_technical() {
    let (_, cands) = sample();
    let plumbing: Vec<&Candidate> = cands
        .iter()
        .filter(|c| {
            let p = &c.rule.anchors[0].path;
            p.ends_with("PermissionsFileParser.java") || p.ends_with("TemplateCache.java")
        })
        .collect();
    assert!(plumbing.len() >= 5);
    assert!(
        plumbing.iter().all(|c| c.technical),
        "parser and cache checks"
    );
}

#[test]
fn vendored_copies_are_marked_and_left_out_of_mining() {
    let (model, cands) = sample();
    let vendored: Vec<&str> = model
        .files
        .iter()
        .filter(|f| f.vendored.is_some())
        .map(|f| f.path.as_str())
        .collect();
    assert!(
        vendored
            .iter()
            .any(|p| p.contains("portal/upload/fileupload/MultipartStream.java")),
        "a library copied under the project's package, with a foreign licence"
    );
    assert!(
        vendored
            .iter()
            .any(|p| p.ends_with("org/quillstone/text/Templates.java")),
        "a package outside the project's root packages"
    );
    assert!(
        !vendored
            .iter()
            .any(|p| p.contains("com/acme/benefits/portal/actions")),
        "the project's own code is not vendored"
    );
    let in_vendored = |c: &&Candidate| {
        let p = &c.rule.anchors[0].path;
        vendored.iter().any(|v| v == p)
    };
    assert_eq!(cands.iter().filter(in_vendored).count(), 0);
    // The setting brings them back.
    let all = mine_configured(
        model,
        None,
        NOW,
        MineOptions {
            include_vendored: true,
        },
    );
    assert!(all.iter().filter(in_vendored).count() >= 3);

    // The inventory says so too.
    let out = Command::new(env!("CARGO_BIN_EXE_legacylens"))
        .args(["index", SAMPLE, "--format", "json"])
        .output()
        .expect("run legacylens");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = |suffix: &str| {
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix} in the inventory"))
            .clone()
    };
    let copy = file("fileupload/MultipartStream.java");
    assert_eq!(copy["vendored"], true);
    assert!(
        copy["vendored_reason"]
            .as_str()
            .unwrap()
            .contains("Apache licence header")
    );
    assert_eq!(file("actions/AmendClaimAction.java")["vendored"], false);
    assert!(json["summary"]["vendored_files"].as_u64().unwrap() >= 7);
}

/// Struts 1 and Spring MVC shapes the portal sample does not use (`ActionMessages` with
/// `saveErrors`, `model.addAttribute("error", …)`, `redirect:`), and calculations written as
/// Java arithmetic: locals, a named cap, a setter given a computed value, a ternary. The truth
/// file was written by reading the code.
#[test]
fn lending_actions_and_fine_calculations_are_found_and_worded() {
    use legacylens::rules::score::{parse_expected, score};
    let dir = "tests/fixtures/rules_java_lending";
    let model = legacylens::index::index_path(dir).expect("fixture indexes");
    let cands = legacylens::rules::mine(&model, "2026-01-01T00:00:00Z");
    let text = std::fs::read_to_string(format!("{dir}/EXPECTED_RULES.md")).unwrap();
    let rules = parse_expected(&text).expect("expected-rules file parses");
    let report = score(&cands, &rules, 30);
    println!("lending: {report:#?}");
    assert!(report.recall >= 0.9, "key recall {}", report.recall);
    assert!(report.recall_all >= 0.85, "recall {}", report.recall_all);
    assert!(
        report.precision_at_top >= 0.85,
        "{}",
        report.precision_at_top
    );

    let at = |file: &str, line: u32| {
        cands
            .iter()
            .find(|c| c.rule.anchors[0].path.ends_with(file) && c.rule.anchors[0].line_hint == line)
            .unwrap_or_else(|| panic!("no candidate at {file}:{line}"))
    };
    assert_eq!(
        at("FineCalculator.java", 15).outcome_words,
        "fine = DAILY_FINE_PENCE × days late"
    );
    assert_eq!(
        at("FineCalculator.java", 16).outcome_words,
        "fine = fine ÷ 2"
    );
    let cap = at("FineCalculator.java", 19);
    assert_eq!(cap.condition_words, "the fine is more than MAX_FINE_PENCE");
    assert_eq!(cap.outcome_words, "fine = MAX_FINE_PENCE");
    assert!(
        at("LoanService.java", 18)
            .outcome_words
            .starts_with("due in days = LOAN_DAYS + 7 if member child, otherwise LOAN_DAYS"),
        "{}",
        at("LoanService.java", 18).outcome_words
    );
    let limit = at("LoanAction.java", 35);
    assert_eq!(
        limit.condition_words,
        "the member's loan count is at least the configured max items on loan (MAX_ITEMS_ON_LOAN)"
    );
    // `total = Money.ZERO` starts a sum; it decides nothing.
    assert!(
        !cands.iter().any(|c| c.outcome_words.ends_with("= ZERO")),
        "a zero start value became a rule"
    );
}
