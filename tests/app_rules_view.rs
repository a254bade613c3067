//! Drives the Rules view with egui_kittest over the sample project: keyboard triage in the
//! queue, the queue's filters (technical hidden, search, program) and groups, typing a rule's
//! name in the editor, a rule recorded where the code view is (prefilled from the candidate
//! there), a review verdict, a merge conflict resolved side by side, the recovery prompt, and
//! a Markdown export.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use legacylens::app::cx::{Action, Cx, Place};
use legacylens::app::rules_view::{CloseChoice, ClosePrompt, RulesView};
use legacylens::explore::Workspace;
use legacylens::explore::queue::{Queue, QueueFilter, QueueGrouping, QueueRow};
use legacylens::explore::rulebook::{RuleBook, recovery_path};
use legacylens::rules::annotations;
use legacylens::rules::mine::{self, Candidate};
use legacylens::rules::record::{Status, Verdict};

fn ws() -> &'static Workspace {
    static WS: OnceLock<Workspace> = OnceLock::new();
    WS.get_or_init(|| {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
        Workspace::build(legacylens::index::index_path(sample).expect("the sample indexes"))
    })
}

struct State {
    book: RuleBook,
    view: RulesView,
    actions: Vec<Action>,
    active: Option<legacylens::model::SymbolId>,
    place: Option<Place>,
}

fn book_at(path: PathBuf) -> RuleBook {
    let mut book = RuleBook::open(ws(), path);
    book.set_user("tester");
    book
}

fn harness(book: RuleBook) -> Harness<'static, State> {
    let state = State {
        book,
        view: RulesView::default(),
        actions: Vec::new(),
        active: None,
        place: None,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1500.0, 1000.0))
        .build_ui_state(
            |ui, s: &mut State| {
                let mut cx = Cx {
                    ws: ws(),
                    rules: &mut s.book,
                    active: s.active,
                    place: s.place,
                    impact: None,
                    actions: &mut s.actions,
                };
                s.view.ui(ui, &mut cx);
            },
            state,
        );
    harness.run();
    harness
}

/// Replaces the text of the field labelled `label` by `text`.
fn type_into(harness: &mut Harness<'_, State>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn keyboard_triage_accepts_and_the_editor_renames_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(book_at(dir.path().join("rules.json")));
    // Technical candidates are ranked last and hidden: the first ones are the queue's.
    assert!(ws().candidates()[..4].iter().all(|c| !c.technical));
    let first = ws().candidates()[0].rule.clone();
    let second = ws().candidates()[1].rule.id.clone();
    h.get_by_label("Accept (A)");
    h.get_by_label_contains(&format!("{} candidates to triage", ws().candidates().len()));
    h.get_by_label("saved");

    // A accepts the selected (first) candidate as a draft.
    h.key_press(Key::A);
    h.run();
    assert_eq!(
        h.state().book.rule(&first.id).unwrap().status,
        Status::Draft
    );
    assert!(h.state().book.is_dirty());
    h.get_by_label("● unsaved");

    // Keys do nothing while a text field has focus.
    h.get_by_label("Annotation file:").focus();
    h.run();
    h.key_press(Key::R);
    h.run();
    assert!(
        h.state().book.rule(&second).is_none(),
        "R typed into a field"
    );
    h.key_press(Key::Escape);
    h.run();

    // The button accepts the second; J skips the third, R rejects the fourth.
    h.get_by_label("Accept (A)").click();
    h.run();
    h.key_press(Key::J);
    h.run();
    h.key_press(Key::R);
    h.run();
    let third = ws().candidates()[2].rule.id.clone();
    let fourth = ws().candidates()[3].rule.id.clone();
    assert_eq!(h.state().book.rule(&second).unwrap().status, Status::Draft);
    assert!(
        h.state().book.rule(&third).is_none(),
        "skipped, still pending"
    );
    assert_eq!(
        h.state().book.rule(&fourth).unwrap().status,
        Status::Rejected
    );
    // K goes back to the third, which A accepts.
    h.key_press(Key::K);
    h.run();
    h.key_press(Key::A);
    h.run();
    assert_eq!(h.state().book.rule(&third).unwrap().status, Status::Draft);

    // The Rules tab lists the rules; clicking one opens the editor, typing renames it.
    h.get_by_label("Rules").click();
    h.run();
    h.get_by_label("4 of 4 rules");
    h.get_by_label(&first.name).click();
    h.run();
    h.get_by_label("Edit rule");
    type_into(&mut h, "Rule name", "Pensioners get the higher allowance");
    assert_eq!(
        h.state().book.rule(&first.id).unwrap().name,
        "Pensioners get the higher allowance"
    );
    type_into(&mut h, "Tags", "age, pension");
    assert_eq!(
        h.state().book.rule(&first.id).unwrap().tags,
        vec!["age".to_string(), "pension".to_string()]
    );

    // Save writes the file; the indicator goes back to saved.
    h.get_by_label("Save").click();
    h.run();
    assert!(!h.state().book.is_dirty());
    let saved = annotations::load(&dir.path().join("rules.json")).unwrap();
    assert_eq!(saved.rules.len(), 4);
    assert!(
        saved
            .rules
            .iter()
            .any(|r| r.name == "Pensioners get the higher allowance")
    );
}

#[test]
fn e_accepts_and_opens_the_editor_on_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(book_at(dir.path().join("rules.json")));
    let first = ws().candidates()[0].rule.clone();
    h.key_press(Key::E);
    h.run();
    assert_eq!(
        h.state().book.rule(&first.id).unwrap().status,
        Status::Draft
    );
    h.get_by_label("Edit rule");
    // The name field has focus: typing goes into it.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("Typed name".into()));
    h.run();
    assert_eq!(h.state().book.rule(&first.id).unwrap().name, "Typed name");
}

/// The candidate rows of the queue on screen (the list is virtual: rows scrolled away are
/// not in the tree). A row reads "name: when …; then …", technical ones "(technical) name: …".
fn queue_rows(h: &Harness<'_, State>) -> Vec<String> {
    h.query_all(
        egui_kittest::kittest::by()
            .role(Role::Button)
            .predicate(|n| n.label().is_some_and(|l| l.contains(": when "))),
    )
    .filter_map(|n| n.accesskit_node().label())
    .collect()
}

fn is_row_of(label: &str, c: &Candidate) -> bool {
    let label = label.strip_prefix("(technical) ").unwrap_or(label);
    label.starts_with(&format!("{}: when {}", c.rule.name, c.condition_words))
}

fn all_candidates() -> Vec<&'static Candidate> {
    ws().candidates().iter().collect()
}

#[test]
fn technical_candidates_are_hidden_until_show_technical_is_ticked() {
    let dir = tempfile::tempdir().unwrap();
    let all = ws().candidates().len();
    let technical: Vec<&Candidate> = ws().candidates().iter().filter(|c| c.technical).collect();
    assert!(!technical.is_empty(), "the sample has technical candidates");
    let mut h = harness(book_at(dir.path().join("rules.json")));
    h.get_by_label(&format!(
        "{} of {all} candidates to triage",
        all - technical.len()
    ));
    h.get_by_label(&format!("{} technical hidden", technical.len()));
    assert!(queue_rows(&h).iter().all(|l| !l.starts_with("(technical)")));

    h.get_by_label("Show technical").click();
    h.run();
    h.get_by_label(&format!("{all} candidates to triage"));
    assert!(h.query_by_label_contains("technical hidden").is_none());

    // A technical candidate, searched for by name, is listed with its marker; unticking the
    // box hides it again.
    let t = technical[0];
    type_into(&mut h, "Search:", &t.rule.name);
    assert!(
        queue_rows(&h)
            .iter()
            .any(|l| l.starts_with("(technical) ") && is_row_of(l, t)),
        "{:?}",
        queue_rows(&h)
    );
    h.get_by_label("Show technical").click();
    h.run();
    assert!(!queue_rows(&h).iter().any(|l| is_row_of(l, t)));
    h.get_by_label_contains("technical hidden");
}

#[test]
fn search_narrows_the_queue_and_triage_keys_walk_what_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let all = all_candidates();
    // A program a few candidates down the ranking, searched for by name.
    let program = all
        .iter()
        .filter(|c| !c.technical)
        .nth(5)
        .unwrap()
        .program
        .clone();
    let filter = QueueFilter {
        text: program.to_lowercase(),
        ..QueueFilter::default()
    };
    let expected = Queue::build(&all, &filter, QueueGrouping::None, None).candidates;
    let business = all.iter().filter(|c| !c.technical).count();
    assert!(expected.len() >= 3 && expected.len() < business);

    let mut h = harness(book_at(dir.path().join("rules.json")));
    type_into(&mut h, "Search:", &program);
    h.get_by_label(&format!(
        "{} of {} candidates to triage",
        expected.len(),
        all.len()
    ));
    let rows = queue_rows(&h);
    assert!(is_row_of(&rows[0], expected[0]), "{rows:?}");
    assert!(
        rows.iter()
            .all(|l| expected.iter().any(|c| is_row_of(l, c))),
        "{rows:?}"
    );

    // A accepts the first shown candidate, J skips the next, A accepts the one after.
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::A);
    h.run();
    h.key_press(Key::J);
    h.run();
    h.key_press(Key::A);
    h.run();
    let book = &h.state().book;
    assert_eq!(
        book.rule(&expected[0].rule.id).unwrap().status,
        Status::Draft
    );
    assert!(book.rule(&expected[1].rule.id).is_none());
    assert_eq!(
        book.rule(&expected[2].rule.id).unwrap().status,
        Status::Draft
    );
    assert_eq!(book.rules().len(), 2);
}

#[test]
fn grouping_by_program_puts_a_header_over_each_program() {
    let dir = tempfile::tempdir().unwrap();
    let grouped = Queue::build(
        &all_candidates(),
        &QueueFilter::default(),
        QueueGrouping::Program,
        None,
    );
    let QueueRow::Group { name, count } = grouped.rows[0] else {
        panic!("a header first");
    };
    let mut h = harness(book_at(dir.path().join("rules.json")));
    h.get_by_label("Group by").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Program").click();
    h.run();
    h.get_by_label(&format!("{name} ({count})"));
    let rows = queue_rows(&h);
    assert!(is_row_of(&rows[0], grouped.candidates[0]), "{rows:?}");
    // The selection starts on the first row under the first header.
    h.key_press(Key::A);
    h.run();
    let first = &grouped.candidates[0].rule.id;
    assert_eq!(h.state().book.rule(first).unwrap().status, Status::Draft);
}

#[test]
fn new_rule_here_starts_from_the_candidate_mined_there() {
    let dir = tempfile::tempdir().unwrap();
    // A line inside a candidate's anchor where no tighter candidate sits.
    let (c, path, line) = ws()
        .candidates()
        .iter()
        .filter(|c| !c.technical)
        .find_map(|c| {
            let a = c.rule.anchors.first()?;
            let line = a.line_hint + 1;
            let here = mine::candidate_at(ws().candidates(), &a.path, line)?;
            (here.rule.id == c.rule.id).then(|| (c, a.path.clone(), line))
        })
        .expect("a candidate spanning two lines or more");
    let file = ws().model.files.iter().find(|f| f.path == path).unwrap().id;
    let mut h = harness(book_at(dir.path().join("rules.json")));
    h.get_by_label("Rules").click();
    h.run();
    h.state_mut().place = Some(Place { file, line });
    h.state_mut().active = ws().symbol_at(file, line);
    h.run();
    h.get_by_label(&format!("prefilled from the candidate “{}”", c.rule.name));
    let file_name = path.rsplit('/').next().unwrap();
    h.get_by_label(&format!("New rule here ({file_name}:{line})"))
        .click();
    h.run();
    let rule = h.state().book.rule("BR-0001").expect("recorded").clone();
    assert_eq!(rule.status, Status::Draft);
    assert_eq!(rule.name, c.rule.name);
    assert_eq!(rule.business_description, c.rule.business_description);
    assert_eq!(rule.classification, c.rule.classification);
    assert_eq!(rule.business_functions, c.rule.business_functions);
    assert_eq!(rule.conditions, c.rule.conditions);
    assert_eq!(rule.anchors, c.rule.anchors);
    // The editor is open on it, with its name.
    h.get_by_label("Edit rule");
    assert_eq!(
        h.get_by_label("Rule name")
            .accesskit_node()
            .value()
            .as_deref(),
        Some(c.rule.name.as_str())
    );
}

#[test]
fn review_adds_a_verdict_with_a_comment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    let id = ws().candidates()[0].rule.id.clone();
    {
        let mut book = book_at(path.clone());
        book.accept(ws(), &id).unwrap();
        book.set_status(&id, Status::InReview).unwrap();
        book.save().unwrap();
    }
    let theirs = dir.path().join("team.json");
    std::fs::copy(&path, &theirs).unwrap();

    let mut h = harness(book_at(path));
    h.get_by_label("Review").click();
    h.run();
    type_into(&mut h, "Review file:", &theirs.display().to_string());
    h.get_by_label("Load").click();
    h.run();
    h.get_by_label_contains("1 rules in");
    type_into(&mut h, "Comment", "matches the policy");
    h.get_by_label("Approve").click();
    h.run();

    let rule = h.state().book.rule(&id).unwrap();
    assert_eq!(rule.status, Status::Approved);
    assert_eq!(rule.reviews.len(), 1);
    assert_eq!(rule.reviews[0].verdict, Verdict::Approve);
    assert_eq!(rule.reviews[0].reviewer, "tester");
    assert_eq!(rule.reviews[0].comment, "matches the policy");
    assert!(h.state().book.is_dirty());
}

#[test]
fn a_merge_conflict_is_resolved_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    let id = ws().candidates()[0].rule.id.clone();
    let mut book = book_at(path.clone());
    book.accept(ws(), &id).unwrap();
    book.save().unwrap();
    let mut theirs = annotations::load(&path).unwrap();
    theirs.rules[0].name = "Their wording".into();
    let theirs_path = dir.path().join("colleague.json");
    annotations::save(&theirs_path, &theirs).unwrap();

    let mut h = harness(book);
    h.get_by_label("Conflicts").click();
    h.run();
    type_into(&mut h, "Merge with:", &theirs_path.display().to_string());
    h.get_by_label("Merge").click();
    h.run();
    h.get_by_label("1 unresolved conflicts");
    h.get_by_label("Their wording");
    h.get_by_label("Keep B").click();
    h.run();
    assert!(h.state().book.conflicts().is_empty());
    assert_eq!(h.state().book.rule(&id).unwrap().name, "Their wording");
    assert!(h.query_by_label("Keep B").is_none());
}

#[test]
fn recovered_changes_are_offered_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.json");
    let id = ws().candidates()[0].rule.id.clone();
    {
        let mut book = book_at(path.clone());
        book.accept(ws(), &id).unwrap();
        book.write_recovery().unwrap();
    }
    let mut h = harness(book_at(path.clone()));
    h.get_by_label("Unsaved changes from an earlier session");
    assert!(h.query_by_label("Accept (A)").is_none(), "triage waits");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().book.rule(&id).unwrap().status, Status::Draft);
    h.get_by_label("● unsaved");
    h.get_by_label("Save").click();
    h.run();
    assert!(!recovery_path(&path).exists());
    assert!(annotations::load(&path).unwrap().rules.len() == 1);
}

#[test]
fn export_markdown_writes_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let id = ws().candidates()[0].rule.id.clone();
    let mut book = book_at(dir.path().join("rules.json"));
    book.accept(ws(), &id).unwrap();
    let mut rule = book.rule(&id).unwrap().clone();
    rule.name = "Zebra crossing allowance".into();
    book.update(ws(), rule).unwrap();

    let mut h = harness(book);
    h.get_by_label("Export…").click();
    h.run();
    h.get_by_label("Export catalogue");
    h.get_by_label("Markdown");
    h.get_by_label("HTML");
    h.get_by_label("CSV");
    h.get_by_label("JSON");
    let out = dir.path().join("catalogue.md");
    type_into(&mut h, "Export to:", &out.display().to_string());
    h.get_by_label("Export").click();
    h.run();
    let text = std::fs::read_to_string(&out).expect("exported");
    assert!(text.contains("Zebra crossing allowance"));
    assert!(text.starts_with("# Business rule catalogue"));
    h.get_by_label(&format!("Written: {}", out.display()));
}

struct Closing {
    book: RuleBook,
    prompt: ClosePrompt,
    choice: Option<CloseChoice>,
}

fn closing(book: RuleBook) -> Harness<'static, Closing> {
    let state = Closing {
        book,
        prompt: ClosePrompt::default(),
        choice: None,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 600.0))
        .build_ui_state(
            |ui, s: &mut Closing| {
                if s.choice.is_none() {
                    s.choice = s.prompt.show(ui.ctx(), &mut s.book);
                }
            },
            state,
        );
    harness.run();
    harness
}

#[test]
fn the_close_prompt_saves_or_stays_open_when_the_save_fails() {
    let dir = tempfile::tempdir().unwrap();
    let id = ws().candidates()[0].rule.id.clone();

    let path = dir.path().join("rules.json");
    let mut book = book_at(path.clone());
    book.accept(ws(), &id).unwrap();
    let mut h = closing(book);
    h.get_by_label("Unsaved annotation changes");
    h.get_by_label("Save and close").click();
    h.run();
    assert_eq!(h.state().choice, Some(CloseChoice::Close));
    assert!(!h.state().book.is_dirty());
    assert_eq!(annotations::load(&path).unwrap().rules.len(), 1);

    // A save that fails keeps the prompt, the reason and the edits.
    let mut book = book_at(dir.path().join("missing/rules.json"));
    book.accept(ws(), &id).unwrap();
    let mut h = closing(book);
    h.get_by_label("Save and close").click();
    h.run();
    assert_eq!(h.state().choice, None);
    h.get_by_label_contains("not saved: ");
    assert!(h.state().book.is_dirty());
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().choice, Some(CloseChoice::Stay));
    assert_eq!(h.state().book.rule(&id).unwrap().status, Status::Draft);

    // Closing without saving leaves the changes in the recovery file.
    let path = dir.path().join("other.json");
    let mut book = book_at(path.clone());
    book.accept(ws(), &id).unwrap();
    let mut h = closing(book);
    h.get_by_label("Close without saving").click();
    h.run();
    assert_eq!(h.state().choice, Some(CloseChoice::Close));
    assert!(!path.exists());
    let reopened = book_at(path);
    assert!(reopened.recovery_available());
}

#[test]
fn a_rule_is_recorded_at_the_active_symbol_and_opens_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let anchor = ws().candidates()[0].rule.anchors[0].clone();
    let symbol = ws().model.symbol_named(&anchor.symbol).unwrap();
    let mut h = harness(book_at(dir.path().join("rules.json")));
    h.get_by_label("Rules").click();
    h.run();
    assert!(
        h.get_by_label("New rule at the active symbol")
            .accesskit_node()
            .is_disabled(),
        "nothing active"
    );
    h.state_mut().active = Some(symbol);
    h.run();
    let name = &ws().model.symbol(symbol).name;
    h.get_by_label(&format!("New rule at {name}")).click();
    h.run();
    let rule = h.state().book.rule("BR-0001").expect("recorded").clone();
    assert_eq!(rule.anchors[0].symbol, anchor.symbol);
    // The editor is open on it with the anchor state and an Open button.
    h.get_by_label("Edit rule");
    // The badge in the list and in the editor.
    assert_eq!(h.get_all_by_label("anchored").count(), 2);
    h.get_by_label("Open").click();
    h.run();
    let span = ws().model.symbol(symbol).span.unwrap();
    assert!(h.state().actions.iter().any(|a| matches!(
        a,
        Action::OpenAt(p) if p.file == span.file && p.line == span.line
    )));
}

#[test]
fn an_orphaned_anchor_is_shown_and_re_linked_to_the_active_symbol() {
    let dir = tempfile::tempdir().unwrap();
    let cand = ws().candidates()[0].rule.clone();
    let mut book = book_at(dir.path().join("rules.json"));
    book.accept(ws(), &cand.id).unwrap();
    let mut rule = book.rule(&cand.id).unwrap().clone();
    rule.name = "Gone rule".into();
    rule.anchors[0].quote = "THIS TEXT IS NOWHERE IN THE SAMPLE".into();
    rule.anchors[0].fingerprint = "0000000000000000".into();
    rule.anchors[0].symbol = "NO-SUCH-PROGRAM.NO-SUCH-PARA".into();
    book.update(ws(), rule).unwrap();
    // A second rule, still anchored, for the filters.
    book.accept(ws(), &ws().candidates()[1].rule.id).unwrap();

    let mut h = harness(book);
    h.get_by_label("Rules").click();
    h.run();
    h.get_by_label("2 of 2 rules");
    type_into(&mut h, "Search:", "gone");
    h.get_by_label("1 of 2 rules");
    h.get_by_label("Gone rule").click();
    h.run();
    assert_eq!(h.get_all_by_label("orphaned").count(), 2, "list and editor");
    h.get_by_label_contains("The anchored code is gone");

    let symbol = ws().model.symbol_named(&cand.anchors[0].symbol).unwrap();
    h.state_mut().active = Some(symbol);
    h.run();
    let name = &ws().model.symbol(symbol).name;
    h.get_by_label(&format!("Re-link to {name}")).click();
    h.run();
    let rule = h.state().book.rule(&cand.id).unwrap();
    assert_eq!(rule.anchors[0].symbol, cand.anchors[0].symbol);
    assert!(matches!(
        h.state().book.states(&cand.id)[0],
        legacylens::rules::anchor::AnchorState::Anchored { .. }
    ));
    assert_eq!(h.get_all_by_label("anchored").count(), 2);
    assert!(h.query_by_label("orphaned").is_none());
}

#[test]
fn a_changed_anchor_shows_its_word_diff_and_is_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let cand = ws().candidates()[0].rule.clone();
    let mut book = book_at(dir.path().join("rules.json"));
    book.accept(ws(), &cand.id).unwrap();
    let mut rule = book.rule(&cand.id).unwrap().clone();
    rule.name = "Edited rule".into();
    // The quote as it was before an edit: one word differs from the code now (same length,
    // so COBOL columns stay).
    let quote = rule.anchors[0].quote.clone();
    let (at, word) = quote
        .match_indices(|c: char| c.is_ascii_alphabetic())
        .map(|(i, _)| i)
        .filter(|&i| i > 6 && !quote.as_bytes()[i - 1].is_ascii_alphanumeric())
        .map(|i| {
            let end = quote[i..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .map_or(quote.len(), |e| i + e);
            (i, &quote[i..end])
        })
        .find(|(_, w)| w.len() >= 3)
        .expect("a word in the quote");
    let old_word = format!("{}Q", &word[..word.len() - 1]);
    rule.anchors[0].quote = format!("{}{old_word}{}", &quote[..at], &quote[at + word.len()..]);
    book.update(ws(), rule).unwrap();

    let mut h = harness(book);
    h.get_by_label("Rules").click();
    h.run();
    h.get_by_label("Edited rule").click();
    h.run();
    assert_eq!(h.get_all_by_label("changed").count(), 2, "list and editor");
    h.get_by_label_contains("The anchored code was edited");
    // The word diff: the old word removed, the word in the code added.
    assert!(
        h.get_all_by_label(&old_word).count() >= 1,
        "removed {old_word}"
    );
    h.get_by_label("Confirm").click();
    h.run();
    let rule = h.state().book.rule(&cand.id).unwrap();
    assert_eq!(rule.anchors[0].quote, quote, "the quote is the code now");
    assert_eq!(rule.anchors[0].fingerprint, cand.anchors[0].fingerprint);
    assert!(matches!(
        h.state().book.states(&cand.id)[0],
        legacylens::rules::anchor::AnchorState::Anchored { .. }
    ));
    assert!(h.query_by_label("changed").is_none());
}
