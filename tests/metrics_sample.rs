//! Code metrics of real paragraphs and a real method of the sample estate, counted by hand from
//! the source before the code was run (the counting is in the comments).

use legacylens::model::{CodeMetrics, Model};

fn model() -> Model {
    legacylens::index::index_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample_repos/benefits"
    ))
    .unwrap()
}

/// (code lines, comment lines, cyclomatic, max nesting) of one symbol; exactly one entry.
fn metrics(model: &Model, qualified: &str) -> (u32, u32, u32, u32) {
    let id = model
        .symbol_named(qualified)
        .unwrap_or_else(|| panic!("no symbol {qualified}"));
    let found: Vec<&CodeMetrics> = model.metrics.iter().filter(|m| m.symbol == id).collect();
    assert_eq!(found.len(), 1, "{qualified}: {found:?}");
    let m = found[0];
    (m.code_lines, m.comment_lines, m.cyclomatic, m.max_nesting)
}

#[test]
fn sample_paragraphs_and_method() {
    let model = model();

    // DATEUTL 0000-DISPATCH, lines 60–67 (sequence 006000–006700), no comment line inside:
    //   MOVE ZERO TO DU-RETURN-CODE
    //   GO TO 1000-VALIDATE 2000-AGE 3000-ADD-DAYS 4000-DAYS-BETWEEN 5000-DAY-OF-WEEK
    //         DEPENDING ON DU-FUNCTION.
    // 8 code lines; GO TO DEPENDING ON with 5 targets → 1 + 5 = 6; no nesting.
    assert_eq!(metrics(&model, "DATEUTL.0000-DISPATCH"), (8, 0, 6, 0));

    // ELIGCHK 4000-INCOME-RULE, lines 284–315 (028300–031300, 028810 inserted): 32 code
    // lines, no comment inside. Decisions:
    //   WHEN EP-STATE-PENSION, WHEN EP-PENSION-CREDIT (two WHENs of one clause)  2
    //   WHEN EP-CARERS-ALLOWANCE, its IF EP-WEEKLY-EARNINGS > …                  2
    //   WHEN EP-HOURS-WORKED NOT < … (NOT is no decision)                        1
    //   WHEN EP-HAS-PARTNER AND EP-PARTNER-HOURS NOT < …                         2
    //   WHEN OTHER                                                                0
    // = 7 → 8. Nesting: EVALUATE > IF = 2.
    assert_eq!(metrics(&model, "ELIGCHK.4000-INCOME-RULE"), (32, 0, 8, 2));

    // PAYCALC 3100-FAMILY-PREMIUMS, lines 209–230 (020700–022800): 22 code lines.
    //   PERFORM VARYING … UNTIL LK-DEP-IDX > … OR LK-DEP-IDX > 6     UNTIL 1, OR 1
    //   IF … < BC-CHILD-AGE-LIMIT OR (… AND LK-DEP-IN-EDUCATION …)  IF 1, OR 1, AND 1
    //   IF LK-DEP-DISABLED                                           1
    //   IF WS-CHILD-COUNT > ZERO                                     1
    // = 7 → 8. Nesting: inline PERFORM > IF > IF = 3.
    assert_eq!(
        metrics(&model, "PAYCALC.3100-FAMILY-PREMIUMS"),
        (22, 0, 8, 3)
    );

    // AmountCalculator.Breakdown.build(), lines 117–153 (37 lines), blank lines 122, 134,
    // 146 → 34 code, no comment. Decisions: case INCOME_SUPPORT, case JOBSEEKERS_ALLOWANCE,
    // case PENSION_CREDIT (default is none), if isMeansTested, if tariff.isPositive,
    // if earnings.isPositive, if total < MINIMUM = 7 → 8. Nesting: if > if = 2 (switch 1).
    let build = "com.acme.benefits.rules.AmountCalculator$Breakdown.build()";
    assert_eq!(metrics(&model, build), (34, 0, 8, 2));

    // The inner class Breakdown sums its own methods: constructor 1, build 8,
    // familyPremiums (for, ?:, if) 4, personalPremiums (if, ?:, if) 4, pensionAdditions
    // (if, &&, if) 4, addLine 1, five getters 5 = 27; deepest nesting is build's 2.
    let breakdown = "com.acme.benefits.rules.AmountCalculator$Breakdown";
    let (_, _, cyclomatic, nesting) = metrics(&model, breakdown);
    assert_eq!((cyclomatic, nesting), (27, 2));
}

#[test]
fn every_program_paragraph_class_and_method_has_metrics() {
    use legacylens::model::SymbolKind;
    let model = model();
    let measured: std::collections::HashSet<_> = model.metrics.iter().map(|m| m.symbol).collect();
    assert_eq!(measured.len(), model.metrics.len(), "one entry per symbol");
    for s in &model.symbols {
        let expected = match s.kind {
            SymbolKind::Program | SymbolKind::Section | SymbolKind::Paragraph => true,
            SymbolKind::Class
            | SymbolKind::Interface
            | SymbolKind::Enum
            | SymbolKind::Record
            | SymbolKind::Annotation
            | SymbolKind::Method
            | SymbolKind::Constructor => s.detail.as_deref() != Some("implicit"),
            // `<clinit>` has metrics when the class has `static { }` blocks.
            SymbolKind::Initializer => continue,
            _ => false,
        };
        assert_eq!(
            measured.contains(&s.id),
            expected,
            "{:?} {}",
            s.kind,
            s.qualified_name
        );
    }
    // Code and comment lines never exceed the span (`<clinit>`'s span is the class name; its
    // lines are those of the static blocks).
    for m in &model.metrics {
        let s = model.symbol(m.symbol);
        if let Some(span) = s.span
            && s.kind != SymbolKind::Initializer
        {
            // A program may end with a COPY (its span is then cut at its first line): its own
            // lines run to the end of its file at most.
            let lines = if s.kind == SymbolKind::Program {
                model.file(span.file).lines - span.line + 1
            } else {
                span.end_line - span.line + 1
            };
            assert!(
                m.code_lines + m.comment_lines <= lines,
                "{}",
                s.qualified_name
            );
        }
    }
}
