//! Drives the code view with egui_kittest over the indexed sample, with a small stand-in for
//! the shell that applies the actions the view pushes the way the app does: open a program at
//! a paragraph, click a performed paragraph, hover for its summary (with business or
//! technical data), step through its references, expand a copybook inline.

use std::path::Path;
use std::sync::OnceLock;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use legacylens::app::code_view::CodeView;
use legacylens::app::cx::{Action, Cx, Place};
use legacylens::explore::Workspace;
use legacylens::explore::resolve;
use legacylens::explore::rulebook::RuleBook;
use legacylens::model::{FileId, SymbolId};

fn workspace() -> &'static Workspace {
    static WS: OnceLock<Workspace> = OnceLock::new();
    WS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
        Workspace::build(legacylens::index::index_path(root).expect("the sample indexes"))
    })
}

/// The app state the code view needs, and every action it pushed.
struct Shell {
    ws: &'static Workspace,
    rules: RuleBook,
    view: CodeView,
    active: Option<SymbolId>,
    place: Option<Place>,
    pushed: Vec<Action>,
}

impl Shell {
    fn frame(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        let mut cx = Cx {
            ws: self.ws,
            rules: &mut self.rules,
            active: self.active,
            place: self.place,
            impact: None,
            actions: &mut actions,
        };
        self.view.ui(ui, &mut cx);
        for action in actions {
            self.apply(&action);
            self.pushed.push(action);
        }
    }

    /// What the app shell does with an action.
    fn apply(&mut self, action: &Action) {
        match *action {
            Action::Open(id) => {
                self.active = Some(id);
                if let Some((file, line)) = self.ws.location(id) {
                    self.place = Some(Place { file, line });
                }
            }
            Action::OpenAt(place) => {
                self.place = Some(place);
                self.active = self.ws.symbol_at(place.file, place.line);
            }
            Action::Reveal(place) => self.place = Some(place),
            Action::Activate(id) => self.active = Some(id),
            _ => {}
        }
    }
}

fn file(suffix: &str) -> FileId {
    workspace()
        .model
        .files
        .iter()
        .find(|f| f.path.ends_with(suffix))
        .unwrap_or_else(|| panic!("no {suffix} in the sample"))
        .id
}

fn symbol(qualified: &str) -> SymbolId {
    workspace()
        .model
        .symbol_named(qualified)
        .unwrap_or_else(|| panic!("no symbol {qualified}"))
}

fn line_text(file: FileId, line: u32) -> String {
    let f = workspace().model.file(file);
    f.line_index
        .line_text(f.text.as_deref().unwrap(), line)
        .unwrap()
        .to_string()
}

fn harness(active: Option<SymbolId>, place: Option<Place>) -> Harness<'static, Shell> {
    let shell = Shell {
        ws: workspace(),
        rules: RuleBook::default(),
        view: CodeView::default(),
        active,
        place,
        pushed: Vec::new(),
    };
    Harness::builder()
        .with_size(egui::vec2(1100.0, 700.0))
        .build_ui_state(|ui, shell: &mut Shell| shell.frame(ui), shell)
}

/// Screen position of the middle of `word` in the row showing `line` of `file`.
fn word_position(harness: &Harness<'_, Shell>, file: FileId, line: u32, word: &str) -> egui::Pos2 {
    let text = line_text(file, line);
    let node = harness.get_by_label(&text);
    let rect = node.rect();
    let chars = text.chars().count() as f32;
    let column = text[..text.find(word).expect("word on the line")]
        .chars()
        .count() as f32;
    let char_width = rect.width() / chars;
    egui::pos2(rect.left() + char_width * (column + 2.5), rect.center().y)
}

fn click_at(harness: &mut Harness<'_, Shell>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

#[test]
fn without_a_place_it_tells_how_to_open_something() {
    let mut harness = harness(None, None);
    harness.run();
    harness.get_by_label_contains("Ctrl+P");
    harness.get_by_label_contains("Explorer");
}

#[test]
fn opens_a_program_at_a_paragraph() {
    let paycalc = file("cbl/PAYCALC.cbl");
    let paragraph = symbol("PAYCALC.2900-LOOKUP-RATE");
    let (_, line) = workspace().location(paragraph).unwrap();
    assert_eq!(line, 177);
    let mut harness = harness(
        Some(paragraph),
        Some(Place {
            file: paycalc,
            line,
        }),
    );
    harness.run();
    harness.get_by_label_contains("cobol/cbl/PAYCALC.cbl");
    harness.get_by_label_contains("PAYCALC.2900-LOOKUP-RATE");
    // The paragraph's line and its neighbours are shown, scrolled to; the top of the file is
    // not laid out at all.
    harness.get_by_label(&line_text(paycalc, 177));
    harness.get_by_label(&line_text(paycalc, 180));
    assert!(harness.query_by_label(&line_text(paycalc, 1)).is_none());
    assert!(harness.query_by_label(&line_text(paycalc, 400)).is_none());
    // The first lines come back when the place changes to the top.
    harness.state_mut().place = Some(Place {
        file: paycalc,
        line: 1,
    });
    harness.run();
    harness.get_by_label(&line_text(paycalc, 1));
    assert!(harness.query_by_label(&line_text(paycalc, 177)).is_none());
}

#[test]
fn hover_tells_business_from_technical_data() {
    let paycalc = file("cbl/PAYCALC.cbl");
    for (line, word, class) in [
        (274, "WS-CAPITAL-EXCESS", "business data ("),
        (422, "WS-PGM-NAME", "technical data ("),
    ] {
        let mut harness = harness(
            None,
            Some(Place {
                file: paycalc,
                line,
            }),
        );
        harness.run();
        let pos = word_position(&harness, paycalc, line, word);
        harness.hover_at(pos);
        harness.run();
        harness.get_by_label_contains(&format!(".{word}"));
        harness.get_by_label_contains(class);
    }
}

#[test]
fn clicking_a_performed_paragraph_opens_it_and_hover_tells_what_it_is() {
    let paycalc = file("cbl/PAYCALC.cbl");
    let paragraph = symbol("PAYCALC.2900-LOOKUP-RATE");
    assert!(line_text(paycalc, 168).contains("PERFORM 2900-LOOKUP-RATE"));
    let mut harness = harness(
        None,
        Some(Place {
            file: paycalc,
            line: 168,
        }),
    );
    harness.run();

    let pos = word_position(&harness, paycalc, 168, "2900-LOOKUP-RATE");
    harness.hover_at(pos);
    harness.run();
    harness.get_by_label("PAYCALC.2900-LOOKUP-RATE");
    harness.get_by_label("paragraph");
    harness.get_by_label_contains("PAYCALC.cbl:177");

    // A click on the keyword does nothing; on the name, it opens the paragraph.
    let keyword = word_position(&harness, paycalc, 168, "PERFORM");
    click_at(&mut harness, keyword);
    assert!(
        harness.state().pushed.is_empty(),
        "{:?}",
        harness.state().pushed
    );
    click_at(&mut harness, pos);
    assert_eq!(harness.state().pushed, vec![Action::Open(paragraph)]);
    // The shell moved the place: the definition is on screen.
    harness.run();
    harness.get_by_label(&line_text(paycalc, 177));
}

#[test]
fn steps_through_the_references_of_the_active_symbol() {
    let ws = workspace();
    let paycalc = file("cbl/PAYCALC.cbl");
    let paragraph = symbol("PAYCALC.2900-LOOKUP-RATE");
    let references = resolve::references_to(ws, paragraph);
    assert!(references.len() >= 3);
    let place_of = |i: usize| {
        let span = ws.model.references[references[i]].span;
        Place {
            file: span.file,
            line: span.line,
        }
    };
    let mut harness = harness(
        Some(paragraph),
        Some(Place {
            file: paycalc,
            line: 177,
        }),
    );
    harness.run();
    harness.get_by_label(&format!(
        "References to 2900-LOOKUP-RATE: {}",
        references.len()
    ));

    harness.get_by_label("Next reference").click();
    harness.run();
    assert_eq!(
        harness.state().pushed.last(),
        Some(&Action::Reveal(place_of(0)))
    );
    // Stepping shows the place and keeps the stepped symbol active (Impact still traces it).
    assert_eq!(harness.state().active, Some(paragraph));
    harness.get_by_label(&line_text(place_of(0).file, place_of(0).line));
    harness.get_by_label(&format!("1 of {}", references.len()));

    harness.get_by_label("Next reference").click();
    harness.run();
    assert_eq!(
        harness.state().pushed.last(),
        Some(&Action::Reveal(place_of(1)))
    );
    harness.get_by_label(&format!("2 of {}", references.len()));

    harness.get_by_label("Previous reference").click();
    harness.run();
    assert_eq!(
        harness.state().pushed.last(),
        Some(&Action::Reveal(place_of(0)))
    );

    harness.get_by_label("Previous reference").click();
    harness.run();
    let last = references.len() - 1;
    assert_eq!(
        harness.state().pushed.last(),
        Some(&Action::Reveal(place_of(last)))
    );
}

#[test]
fn expands_a_copybook_inline_and_collapses_it() {
    let paycalc = file("cbl/PAYCALC.cbl");
    let claimrec = file("cpy/CLAIMREC.cpy");
    assert!(line_text(paycalc, 89).contains("COPY CLAIMREC"));
    let mut harness = harness(
        None,
        Some(Place {
            file: paycalc,
            line: 89,
        }),
    );
    harness.run();
    let member_line = line_text(claimrec, 2);
    assert!(member_line.contains("DAILY CLAIMS EXTRACT RECORD"));
    assert!(harness.query_by_label(&member_line).is_none());

    harness.get_by_label("Expand copybook CLAIMREC").click();
    harness.run();
    harness.get_by_label(&member_line);
    // The program's own next line comes after the copybook's lines.
    harness.get_by_label("Collapse copybook CLAIMREC");
    harness.get_by_label(&line_text(paycalc, 89));

    harness.get_by_label("Collapse copybook CLAIMREC").click();
    harness.run();
    assert!(harness.query_by_label(&member_line).is_none());
    harness.get_by_label(&line_text(paycalc, 90));
    harness.get_by_label("Expand copybook RATETAB");
    assert!(harness.state().pushed.is_empty());
}

#[test]
fn shows_java_in_both_themes() {
    let calculator = file("rules/AmountCalculator.java");
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        let shell = Shell {
            ws: workspace(),
            rules: RuleBook::default(),
            view: CodeView::default(),
            active: None,
            place: Some(Place {
                file: calculator,
                line: 1,
            }),
            pushed: Vec::new(),
        };
        let mut harness = Harness::builder()
            .with_size(egui::vec2(900.0, 600.0))
            .with_theme(theme)
            .build_ui_state(|ui, shell: &mut Shell| shell.frame(ui), shell);
        harness.run();
        harness.get_by_label("package com.acme.benefits.rules;");
        harness.get_by_label_contains("java · ");
    }
}

#[test]
fn reveal_scrolls_back_to_the_same_place() {
    let paycalc = file("cbl/PAYCALC.cbl");
    let place = Place {
        file: paycalc,
        line: 177,
    };
    let mut harness = harness(None, Some(place));
    harness.run();
    harness.get_by_label(&line_text(paycalc, 177));
    for i in 0..8 {
        harness
            .get_by_label(&line_text(paycalc, 190 + 6 * i))
            .scroll_down();
        harness.run();
    }
    assert!(harness.query_by_label(&line_text(paycalc, 177)).is_none());
    // The same place again does not move the view by itself; reveal does.
    harness.run();
    assert!(harness.query_by_label(&line_text(paycalc, 177)).is_none());
    harness.state_mut().view.reveal(place);
    harness.run();
    harness.get_by_label(&line_text(paycalc, 177));
}
