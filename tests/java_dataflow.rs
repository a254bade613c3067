//! Java data flow on the sample estate (`sample_repos/benefits/java`), through the public engine
//! API. Each expectation was written down by reading the sample code first; the line numbers
//! are the statements that move the value.

use std::sync::OnceLock;

use legacylens::model::{DataFlow, FlowEnd, Model};

const JAVA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample_repos/benefits/java");
const PKG: &str = "com.acme.benefits";

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| legacylens::index::index_path(JAVA).expect("indexes"))
}

/// `com.acme.benefits.x.Y.m()` from `x.Y.m()`.
fn q(name: &str) -> String {
    format!("{PKG}.{name}")
}

fn end(model: &Model, e: &FlowEnd) -> String {
    match e {
        FlowEnd::Symbol { id } => model.symbol(*id).qualified_name.clone(),
        FlowEnd::Local { owner, name } => {
            format!("{}/{name}", model.symbol(*owner).qualified_name)
        }
    }
}

/// Every flow as `source -> target [kind] file:line`.
fn rendered(model: &Model, flow: &DataFlow) -> String {
    let span = flow.span.expect("Java flows keep their statement");
    let path = model.file(span.file).path.as_str();
    let file = path.rsplit('/').next().unwrap_or(path);
    format!(
        "{} -> {} [{}] {file}:{}",
        end(model, &flow.source),
        end(model, &flow.target),
        flow.kind,
        span.line
    )
}

fn assert_flow(expected: &str) {
    let model = model();
    let all: Vec<String> = model.flows.iter().map(|f| rendered(model, f)).collect();
    if !all.iter().any(|f| f == expected) {
        let near: Vec<&String> = all
            .iter()
            .filter(|f| {
                let file = expected.rsplit(' ').next().unwrap_or("");
                let file = file.split(':').next().unwrap_or("");
                f.contains(file)
            })
            .collect();
        panic!("missing flow\n  {expected}\nflows of that file:\n{near:#?}");
    }
}

/// The weekly amount of a claim travels from the claim's field, through its getter, into the
/// payment being built, and into the payment's field.
#[test]
fn weekly_amount_reaches_the_payment() {
    // Claim.java:95 `return weeklyAmount;`
    assert_flow(&format!(
        "{} -> {} [return] Claim.java:95",
        q("model.Claim.weeklyAmount"),
        q("model.Claim.getWeeklyAmount()")
    ));
    // PaymentService.java:53 `Money amount = claim.getWeeklyAmount();`
    assert_flow(&format!(
        "{} -> {}/amount [return] PaymentService.java:53",
        q("model.Claim.getWeeklyAmount()"),
        q("service.PaymentService.buildPayment(Claim,Date)")
    ));
    // PaymentService.java:57 `amount = new AmountCalculator(…).proRataFirstPayment(claim, periodTo);`
    assert_flow(&format!(
        "{} -> {}/amount [return] PaymentService.java:57",
        q("rules.AmountCalculator.proRataFirstPayment(Claim,Date)"),
        q("service.PaymentService.buildPayment(Claim,Date)")
    ));
    assert_flow(&format!(
        "{}/#0:claim -> {}/#0:claim [argument] PaymentService.java:57",
        q("service.PaymentService.buildPayment(Claim,Date)"),
        q("rules.AmountCalculator.proRataFirstPayment(Claim,Date)")
    ));
    // PaymentService.java:65 `.withAmount(amount)` (a call in a chain: its span starts at its name)
    assert_flow(&format!(
        "{}/amount -> {}/#0:amount [argument] PaymentService.java:65",
        q("service.PaymentService.buildPayment(Claim,Date)"),
        q("model.Payment.withAmount(Money)")
    ));
    // Payment.java:41 `this.amount = amount;`
    assert_flow(&format!(
        "{}/#0:amount -> {} [assign] Payment.java:41",
        q("model.Payment.withAmount(Money)"),
        q("model.Payment.amount")
    ));
}

/// `RuleResult.pass(ruleId)` hands its parameter and a constant to the private constructor,
/// which stores them in the fields.
#[test]
fn rule_result_constructor_arguments_reach_the_fields() {
    let ctor = q("rules.RuleResult.<init>(String,int)");
    // RuleResult.java:27 `return new RuleResult(ruleId, PASSED);`
    assert_flow(&format!(
        "{}/#0:ruleId -> {ctor}/#0:ruleId [argument] RuleResult.java:27",
        q("rules.RuleResult.pass(String)")
    ));
    assert_flow(&format!(
        "{} -> {ctor}/#1:outcome [argument] RuleResult.java:27",
        q("rules.RuleResult.PASSED")
    ));
    // RuleResult.java:22-23 `this.ruleId = ruleId; this.outcome = outcome;`
    assert_flow(&format!(
        "{ctor}/#0:ruleId -> {} [assign] RuleResult.java:22",
        q("rules.RuleResult.ruleId")
    ));
    assert_flow(&format!(
        "{ctor}/#1:outcome -> {} [assign] RuleResult.java:23",
        q("rules.RuleResult.outcome")
    ));
    // The new object itself is not a value returned by the constructor.
    let model = model();
    assert!(
        !model
            .flows
            .iter()
            .any(|f| end(model, &f.source) == ctor && matches!(f.source, FlowEnd::Symbol { .. })),
        "a constructor is no flow source"
    );
}

/// A local class in a method: the enclosing method's parameter and a getter's result flow into
/// the local class's constructor by position.
#[test]
fn local_class_constructor_arguments() {
    let part_week = q("rules.AmountCalculator$1PartWeek.<init>(Date,Date)");
    // AmountCalculator.java:94 `new PartWeek(claim.getEffectiveDate(), periodEnd)`
    assert_flow(&format!(
        "{} -> {part_week}/#0:from [return] AmountCalculator.java:94",
        q("model.Claim.getEffectiveDate()")
    ));
    assert_flow(&format!(
        "{}/#1:periodEnd -> {part_week}/#1:to [argument] AmountCalculator.java:94",
        q("rules.AmountCalculator.proRataFirstPayment(Claim,Date)")
    ));
    // AmountCalculator.java:94 `PartWeek partWeek = new PartWeek(…)` assigns no value of
    // the enclosing method's to `partWeek`.
    let model = model();
    let into_part_week: Vec<String> = model
        .flows
        .iter()
        .map(|f| rendered(model, f))
        .filter(|f| f.contains("-> ") && f.contains("/partWeek [assign]"))
        .collect();
    assert!(into_part_week.is_empty(), "{into_part_week:#?}");
}

/// Every Java flow has an owner that is a method, constructor, initializer or (for constant
/// field initialisers) a class, and sits in a Java file.
#[test]
fn every_flow_has_an_owner_and_a_java_span() {
    let model = model();
    assert!(model.flows.len() > 500, "only {} flows", model.flows.len());
    for f in &model.flows {
        let span = f.span.expect("span");
        assert!(model.file(span.file).path.ends_with(".java"));
        assert!(span.start <= span.end);
        let _ = model.symbol(f.owner);
    }
}
