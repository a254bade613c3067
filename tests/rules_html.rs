//! The HTML rule catalogue: structure on the benefits sample (contents, sections, decision
//! tables, badges, anchor states), determinism, a golden file, and escaping of hostile input
//! in every place input reaches.
//!
//! Regenerate the golden file with `LEGACYLENS_UPDATE_GOLDEN=1 cargo test --test rules_html`.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::annotations::{add_review, set_status};
use legacylens::rules::html::{HtmlOptions, to_html, to_html_with};
use legacylens::rules::mine::Candidate;
use legacylens::rules::{
    AnnotationFile, Review, RuleRecord, Status, Verdict, candidates_file, mine,
};

const SAMPLE: &str = "sample_repos/benefits";
const NOW: &str = "2026-01-01T00:00:00Z";
const GOLDEN: &str = "tests/golden/rules_catalogue.html";
const TITLE: &str = "Benefits Payment System — business rules";

fn review(who: &str, verdict: Verdict, comment: &str, at: &str) -> Review {
    Review {
        reviewer: who.to_string(),
        verdict,
        comment: comment.to_string(),
        at: at.to_string(),
        extra: Default::default(),
    }
}

fn walk(rule: &mut RuleRecord, path: &[Status], at: &str) {
    for &s in path {
        set_status(rule, s, "a.reviewer", at).expect("allowed transition");
    }
}

fn is_evaluate_in(c: &Candidate, symbol: &str) -> bool {
    c.rule.anchors[0].symbol == symbol && c.rule.tags.iter().any(|t| t == "mined:evaluate")
}

/// The sample catalogue: the top 15 candidates (plus the ELIGCHK pension credit table),
/// a few of them grouped, reviewed and moved along their life cycle, one with a moved and an
/// orphaned anchor.
fn catalogue() -> (Model, AnnotationFile) {
    let model = index_path(SAMPLE).expect("sample indexes");
    let all = mine(&model, NOW);
    let mut top: Vec<Candidate> = all.iter().take(15).cloned().collect();
    let table = "ELIGCHK.3200-PENSION-CREDIT-TABLE";
    if !top.iter().any(|c| is_evaluate_in(c, table)) {
        top.push(
            all.iter()
                .find(|c| is_evaluate_in(c, table))
                .expect("pension credit table is mined")
                .clone(),
        );
    }
    let table_at = top.iter().position(|c| is_evaluate_in(c, table)).unwrap();
    // Others by score order, skipping the table.
    let others: Vec<usize> = (0..top.len()).filter(|&i| i != table_at).collect();

    {
        let r = &mut top[table_at].rule;
        r.name = "Pension credit: age, residence and capital decide entitlement".into();
        r.business_description = "A Pension Credit claimant must have reached State Pension age, \
            live in Great Britain with recourse to public funds and hold capital within the \
            limit; otherwise the claim fails with the reason shown, or is referred to a \
            decision maker."
            .into();
        r.business_functions = vec!["Entitlement".into()];
        r.rule_sets = vec!["Pension Credit".into(), "Residence".into()];
        r.owner = Some("Pensions Policy Team".into());
        r.tags.push("decision-table".into());
        walk(
            r,
            &[Status::Draft, Status::InReview],
            "2026-01-05T09:00:00Z",
        );
        add_review(
            r,
            review(
                "j.bloggs",
                Verdict::NeedsChange,
                "Name the capital bands in plain words.",
                "2026-01-06T10:00:00Z",
            ),
        );
        walk(
            r,
            &[Status::Draft, Status::InReview],
            "2026-01-07T09:00:00Z",
        );
        add_review(
            r,
            review(
                "m.patel",
                Verdict::Approve,
                "Matches the Pension Credit regulations.",
                "2026-01-08T11:30:00Z",
            ),
        );
        walk(r, &[Status::Approved], "2026-01-08T11:31:00Z");
    }
    let plan: [(&[Status], &str, &str, &str); 5] = [
        (
            &[Status::Draft],
            "Entitlement",
            "Working age",
            "Benefit Delivery",
        ),
        (
            &[Status::Draft, Status::InReview],
            "Entitlement",
            "Working age",
            "",
        ),
        (&[Status::Rejected], "Payment", "Rounding", ""),
        (
            &[Status::Draft, Status::Obsolete],
            "Payment",
            "Rounding",
            "",
        ),
        (
            &[Status::Draft, Status::InReview, Status::Approved],
            "Payment",
            "Payment calculation",
            "Finance",
        ),
    ];
    for (&i, (path, function, set, owner)) in others.iter().zip(plan) {
        let r = &mut top[i].rule;
        r.business_functions = vec![function.into()];
        r.rule_sets = vec![set.into()];
        if !owner.is_empty() {
            r.owner = Some(owner.into());
        }
        walk(r, path, "2026-01-10T08:00:00Z");
    }
    add_review(
        &mut top[others[2]].rule,
        review(
            "j.bloggs",
            Verdict::Reject,
            "Technical guard on a switch, not a business rule.",
            "2026-01-10T08:00:00Z",
        ),
    );
    // One rule whose code moved to another paragraph, and whose second anchor is gone.
    {
        let r = &mut top[others[1]].rule;
        let mut moved = r.anchors[0].clone();
        moved.symbol = format!("{}-OLD-NAME", moved.symbol);
        let mut gone = r.anchors[0].clone();
        gone.quote = "           MOVE 'Y' TO WS-WITHDRAWN-FLAG\n".into();
        gone.before.clear();
        gone.after.clear();
        gone.fingerprint = "0000000000000000".into();
        gone.symbol = "ELIGCHK.9900-WITHDRAWN".into();
        r.anchors = vec![moved, gone];
    }
    (model, candidates_file(&top))
}

fn export(model: &Model, file: &AnnotationFile) -> String {
    to_html_with(
        model,
        file,
        TITLE,
        &HtmlOptions {
            project: None,
            generated: Some("2026-01-31"),
        },
    )
}

/// Values of `attr="…"` in `html`.
fn attr_values<'h>(html: &'h str, attr: &str) -> Vec<&'h str> {
    let pat = format!(" {attr}=\"");
    html.match_indices(&pat)
        .map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            &rest[..rest.find('"').expect("closed attribute")]
        })
        .collect()
}

/// The `<article>` of a rule.
fn article<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("id=\"rule-{id}\""))
        .unwrap_or_else(|| panic!("section of {id}"));
    let end = start + html[start..].find("</article>").unwrap();
    &html[start..end]
}

#[test]
fn sample_catalogue_structure() {
    let (model, file) = catalogue();
    let html = export(&model, &file);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h1>Benefits Payment System — business rules</h1>"));
    assert!(
        html.contains("<dd>benefits</dd>"),
        "project from the root folder"
    );
    assert!(html.contains("<dd>2026-01-31</dd>"));
    // Self-contained: no external resources.
    for bad in ["src=\"http", "href=\"http", "<link", "@import", "url("] {
        assert!(!html.contains(bad), "{bad}");
    }

    // Ids unique and safe; every in-document link resolves.
    let ids = attr_values(&html, "id");
    let set: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(set.len(), ids.len(), "ids are unique");
    for id in &ids {
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{id}"
        );
    }
    let hrefs = attr_values(&html, "href");
    assert!(hrefs.len() > file.rules.len());
    for h in hrefs {
        let target = h.strip_prefix('#').expect("only in-document links");
        assert!(set.contains(target), "link #{target} resolves");
    }

    // Every rule has one section, linked from the contents.
    let toc = &html[html.find("<nav class=\"toc\"").unwrap()..html.find("</nav>").unwrap()];
    for rule in &file.rules {
        assert_eq!(
            html.matches(&format!(
                "<article class=\"rule st-{}\" id=\"rule-{}\"",
                rule.status.as_str(),
                rule.id
            ))
            .count(),
            1,
            "{}",
            rule.id
        );
        assert!(toc.contains(&format!("href=\"#rule-{}\"", rule.id)));
        // Its badge matches its status.
        let a = article(&html, &rule.id);
        assert!(
            a.contains(&format!(
                "<span class=\"badge st-{}\">",
                rule.status.as_str()
            )),
            "{}",
            rule.id
        );
    }
    assert_eq!(
        html.matches("<article").count(),
        html.matches("</article>").count()
    );
    // Contents by business function, then rule set.
    let entitlement = toc.find(">Entitlement</a>").unwrap();
    let pension = toc.find(">Pension Credit</a>").unwrap();
    let payment = toc.find(">Payment</a>").unwrap();
    assert!(entitlement < pension && pension < payment);
    assert!(toc.contains(">(unassigned)</a>"));

    // Every status has its badge and count in the header.
    for (status, n) in [
        (Status::Approved, 2),
        (Status::InReview, 1),
        (Status::Draft, 1),
        (Status::Rejected, 1),
        (Status::Obsolete, 1),
    ] {
        assert_eq!(file.rules.iter().filter(|r| r.status == status).count(), n);
        assert!(html.contains(&format!(
            "<span class=\"badge st-{}\">{}</span> <span class=\"count\">{n}</span>",
            status.as_str(),
            legacylens::rules::export::status_label(status)
        )));
    }

    // The ELIGCHK pension credit EVALUATE as a real table, WHEN OTHER last; the rule is in
    // two rule sets and written once, referenced from the second.
    let table_rule = file
        .rules
        .iter()
        .find(|r| {
            r.anchors[0].symbol == "ELIGCHK.3200-PENSION-CREDIT-TABLE"
                && r.status == Status::Approved
        })
        .unwrap();
    let a = article(&html, &table_rule.id);
    assert!(a.contains("<table class=\"decision\">"));
    assert!(a.contains("<th scope=\"col\"><code>WS-QUALIFYING-AGE</code></th><th scope=\"col\"><code>WS-RES-CLASS</code></th><th scope=\"col\"><code>WS-CAP-BAND</code></th><th scope=\"col\" class=\"then\">then</th>"));
    assert!(a.contains("<td><code>66 THRU 150</code></td><td><code>&#39;9&#39;</code></td>"));
    assert!(a.contains("<tr class=\"other\"><th scope=\"row\" colspan=\"3\">WHEN OTHER</th><td class=\"then\"><code>PERFORM 8900-REFER</code></td></tr>\n</tbody>"));
    assert!(a.contains(
        "<span class=\"verdict v-approve\">approved</span> by <span class=\"who\">m.patel</span>"
    ));
    assert!(a.contains("<span class=\"verdict v-needs-change\">needs change</span>"));
    assert!(a.contains("<figure class=\"neighbourhood\"><svg"));
    assert!(a.contains("ELIGCHK.cbl:206</code> <span class=\"astate a-anchored\">"));
    assert!(html.contains(&format!(
        "<p class=\"rule-ref\" data-rule=\"rule-{0}\" data-status=\"approved\">Also in this set: <a href=\"#rule-{0}\">",
        table_rule.id
    )));

    // Moved and orphaned anchors are flagged.
    assert_eq!(
        html.matches("<span class=\"astate a-moved\">moved from ")
            .count(),
        1
    );
    assert_eq!(
        html.matches("<span class=\"astate a-orphaned\">orphaned")
            .count(),
        1
    );
    assert!(html.contains("MOVE &#39;Y&#39; TO WS-WITHDRAWN-FLAG"));

    // One script, ours; the filter is hidden until it runs.
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("<div class=\"filter\" id=\"filter\" hidden>"));
}

#[test]
fn export_is_deterministic_and_matches_the_golden_file() {
    let (model, file) = catalogue();
    let first = export(&model, &file);
    assert_eq!(first, export(&model, &file));
    let (model2, file2) = catalogue();
    assert_eq!(
        first,
        export(&model2, &file2),
        "a fresh index and mining agree"
    );
    assert!(!to_html(&model, &file, TITLE).contains("<dt>Generated</dt>"));

    let golden = Path::new(GOLDEN);
    if std::env::var_os("LEGACYLENS_UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(golden.parent().unwrap()).unwrap();
        fs::write(golden, &first).unwrap();
    }
    let expected = fs::read_to_string(golden)
        .expect("golden file exists; create it with LEGACYLENS_UPDATE_GOLDEN=1");
    if expected != first {
        let line = expected
            .lines()
            .zip(first.lines())
            .position(|(a, b)| a != b)
            .map_or(expected.lines().count().min(first.lines().count()), |i| i);
        panic!(
            "HTML differs from {GOLDEN} at line {}:\n  golden: {:?}\n  now:    {:?}\n(regenerate with LEGACYLENS_UPDATE_GOLDEN=1 if the change is intended)",
            line + 1,
            expected.lines().nth(line),
            first.lines().nth(line)
        );
    }
}

// ----- hostile input ------------------------------------------------------------------------

const XSS: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";
const STYLE: &str = "</style>";

/// Fixed format; the leading newline is dropped at use.
const EVIL_COBOL: &str = r#"
       IDENTIFICATION DIVISION.
       PROGRAM-ID. EVILPGM.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-IN                PIC X(40).
       LINKAGE SECTION.
       01  LK-RESULT            PIC X(40).
       PROCEDURE DIVISION USING LK-RESULT.
       1000-MAIN.
      * </style><script>alert(1)</script> O'BRIEN & SONS
           IF WS-IN = '<script>alert(1)</script>'
               MOVE '"><img src=x onerror=alert(1)>' TO LK-RESULT
           END-IF
           EVALUATE WS-IN
               WHEN '</style>'
                   MOVE 'A&B O''BRIEN' TO LK-RESULT
               WHEN OTHER
                   MOVE '<b>bold</b>' TO LK-RESULT
           END-EVALUATE
           GOBACK.
"#;

#[test]
fn hostile_input_is_escaped_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("cbl")).unwrap();
    fs::write(
        dir.path().join("cbl/EVILPGM.cbl"),
        EVIL_COBOL.trim_start_matches('\n'),
    )
    .unwrap();
    let model = index_path(dir.path()).unwrap();
    assert!(
        !model.decisions.is_empty(),
        "the EVALUATE is a decision table: {} files {:?}",
        model.files.len(),
        model.diagnostics
    );
    let cands = mine(&model, NOW);
    assert!(!cands.is_empty(), "the IF and EVALUATE are candidates");
    let mut file = candidates_file(&cands);
    let payload = format!("{XSS} {IMG} {STYLE} O'Brien & Sons");
    for (i, r) in file.rules.iter_mut().enumerate() {
        r.name = format!("{} {payload}", r.name);
        r.business_description = payload.clone();
        r.technical_description = payload.clone();
        r.tags = vec![payload.clone(), IMG.into()];
        r.owner = Some(payload.clone());
        r.business_functions = vec![payload.clone()];
        r.rule_sets = vec![STYLE.into(), IMG.into()];
        r.inputs.push(format!("EVILPGM.{payload}"));
        r.outputs.push(payload.clone());
        r.conditions.push(legacylens::rules::RuleCondition {
            code: payload.clone(),
            plain: payload.clone(),
            extra: Default::default(),
        });
        r.reviews
            .push(review(&payload, Verdict::Reject, &payload, &payload));
        r.audit.created_by = payload.clone();
        if i == 0 {
            // An id that needs sanitising, an anchor in a symbol that is not there (moved),
            // one whose text is gone (orphaned) and one whose recorded text had markup the
            // code no longer has (changed, shown with a word diff), all carrying payloads.
            r.id = format!("BR-{IMG}");
            let mut moved = r.anchors[0].clone();
            moved.symbol = format!("EVILPGM.{XSS}");
            let mut gone = r.anchors[0].clone();
            gone.symbol = payload.clone();
            gone.path = format!("cbl/{IMG}.cbl");
            gone.quote = format!("      MOVE '{payload}' TO X\n");
            gone.fingerprint = "0".into();
            let mut changed = r.anchors[0].clone();
            assert!(changed.quote.contains("TO LK-RESULT"), "{}", changed.quote);
            changed.quote = changed.quote.replace("TO LK-RESULT", "TO LK-<i>RESULT");
            r.anchors = vec![moved, gone, changed];
        }
    }
    let html = to_html(&model, &file, &format!("Catalogue {payload}"));
    let lower = html.to_ascii_lowercase();

    // Exactly one script and one style element, both ours and free of input.
    assert_eq!(lower.matches("<script").count(), 1, "one <script>");
    assert_eq!(lower.matches("</script").count(), 1);
    assert_eq!(lower.matches("<style").count(), 1);
    assert_eq!(lower.matches("</style").count(), 1);
    let script = &lower[lower.find("<script>").unwrap()..lower.find("</script>").unwrap()];
    let style = &lower[lower.find("<style>").unwrap()..lower.find("</style>").unwrap()];
    for block in [script, style] {
        for p in ["alert", "o'brien", "onerror", "<img", "evilpgm"] {
            assert!(!block.contains(p), "{p} in a constant block");
        }
    }
    assert!(!lower.contains("<script>alert"));
    assert!(!lower.contains("<img"));
    assert!(!lower.contains("<b>"));
    // Every `onerror=` is inside escaped text.
    for (i, _) in lower.match_indices("onerror=") {
        assert!(lower[..i].ends_with("&lt;img src=x "), "raw onerror at {i}");
    }
    // No input quote ends an attribute early: attribute values hold no raw payload.
    for attr in ["id", "href", "data-rule", "data-status", "class"] {
        for v in attr_values(&html, attr) {
            assert!(!v.contains(['<', '>', '\'']), "{attr}={v}");
        }
    }
    for id in attr_values(&html, "id") {
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{id}"
        );
    }
    // Every payload appears, escaped.
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "&lt;/style&gt;",
        "O&#39;Brien &amp; Sons",
        // From the COBOL code itself (excerpt and decision table).
        "IF WS-IN = &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;",
        "MOVE &#39;A&amp;B O&#39;&#39;BRIEN&#39; TO LK-RESULT",
        "&lt;b&gt;bold&lt;/b&gt;",
        "<code>&#39;&lt;/style&gt;&#39;</code>",
    ] {
        assert!(html.contains(escaped), "{escaped} escaped");
    }
    // The title, tooltips and anchor states too.
    assert!(html.contains("<title>Catalogue &lt;script&gt;"));
    assert!(html.contains("<title>EVILPGM.&lt;script&gt;alert(1)&lt;/script&gt; &quot;"));
    assert!(html.contains("moved from EVILPGM.&lt;script&gt;alert(1)&lt;/script&gt; — confirm"));
    assert!(html.contains("astate a-orphaned"));
    assert!(
        html.contains("astate a-changed"),
        "the edited anchor is changed"
    );
    assert!(
        html.contains("<del>&lt; i &gt;</del>"),
        "the word diff shows the removed markup, escaped"
    );
    assert!(!lower.contains("<i>"));
    assert!(html.contains("id=\"rule-BR-_22_3e_3cimg_20src_3dx_20onerror_3dalert_281_29_3e\""));
}
