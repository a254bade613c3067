//! Anchors survive edits: copies of sample programs are anchored, edited, re-indexed and the
//! anchor resolved again.

use std::fs;
use std::path::Path;

use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::{Anchor, AnchorState, make_anchor, resolve};

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

/// A copy of the sample's COBOL (or Java) folder.
fn project(part: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new("sample_repos/benefits").join(part),
        &dir.path().join(part),
    );
    dir
}

/// The anchor of the first `if` condition in `owner` whose text starts with `starts`.
fn anchor_of(model: &Model, owner: &str, starts: &str) -> Anchor {
    let site = model
        .conditions
        .iter()
        .find(|c| {
            model.symbol(c.owner).qualified_name == owner
                && c.kind == "if"
                && c.text.starts_with(starts)
        })
        .unwrap_or_else(|| panic!("no IF {starts} in {owner}"));
    make_anchor(model, site.owner, site.guarded.expect("guarded span"))
}

const ELIGCHK: &str = "cobol/cbl/ELIGCHK.cbl";
const OWNER: &str = "ELIGCHK.4000-INCOME-RULE";
const IF_TEXT: &str = "EP-WEEKLY-EARNINGS > BC-CARER-EARNINGS-LIMIT";

/// Edits ELIGCHK in the copy and re-indexes.
fn edited(dir: &tempfile::TempDir, edit: impl FnOnce(Vec<String>) -> Vec<String>) -> Model {
    let path = dir.path().join(ELIGCHK);
    let text = fs::read_to_string(&path).unwrap();
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut out = edit(lines).join("\n");
    out.push('\n');
    fs::write(&path, out).unwrap();
    index_path(dir.path()).unwrap()
}

/// 1-based index range of the anchored IF … END-IF lines.
fn if_block(lines: &[String]) -> (usize, usize) {
    let start = lines
        .iter()
        .position(|l| l.contains("IF EP-WEEKLY-EARNINGS > BC-CARER"))
        .unwrap();
    let end = start
        + lines[start..]
            .iter()
            .position(|l| l.contains("END-IF"))
            .unwrap();
    (start, end)
}

fn fixed(seq: &str, code: &str, tag: &str) -> String {
    format!("{seq:<6}{code:<66}{tag}")
}

#[test]
fn unchanged_code_is_anchored_and_the_anchor_quotes_whole_lines() {
    let dir = project("cobol");
    let model = index_path(dir.path()).unwrap();
    let anchor = anchor_of(&model, OWNER, IF_TEXT);
    assert_eq!(anchor.path, ELIGCHK);
    assert_eq!(anchor.symbol, OWNER);
    assert!(anchor.quote.starts_with("028810 "), "{}", anchor.quote);
    assert!(anchor.quote.trim_end().ends_with("ELIGCHK"));
    assert!(anchor.quote.contains("END-IF"));
    assert!(anchor.before.contains("WHEN EP-CARERS-ALLOWANCE"));
    assert!(anchor.after.contains("WHEN EP-HOURS-WORKED"));
    assert_eq!(anchor.fingerprint.len(), 16);
    assert!(matches!(
        resolve(&model, &anchor),
        AnchorState::Anchored { span } if span.line == anchor.line_hint
    ));
}

#[test]
fn lines_inserted_above_shift_the_anchor() {
    let dir = project("cobol");
    let anchor = anchor_of(&index_path(dir.path()).unwrap(), OWNER, IF_TEXT);
    let model = edited(&dir, |mut lines| {
        let at = lines
            .iter()
            .position(|l| l.contains("4000-INCOME-RULE."))
            .unwrap();
        lines.insert(at + 1, fixed("028350", "     CONTINUE", "NEWCODE"));
        lines.insert(
            at + 1,
            fixed("028340", "     DISPLAY 'INCOME RULE'", "NEWCODE"),
        );
        lines
    });
    match resolve(&model, &anchor) {
        AnchorState::Shifted { span } => assert_eq!(span.line, anchor.line_hint + 2),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_renamed_paragraph_with_unchanged_code_is_moved() {
    let dir = project("cobol");
    let anchor = anchor_of(&index_path(dir.path()).unwrap(), OWNER, IF_TEXT);
    let model = edited(&dir, |lines| {
        lines
            .into_iter()
            .map(|l| l.replace("4000-INCOME-RULE", "4100-INCOME-TEST"))
            .collect()
    });
    match resolve(&model, &anchor) {
        AnchorState::Moved { symbol, span } => {
            assert_eq!(symbol, "ELIGCHK.4100-INCOME-TEST");
            assert_eq!(span.line, anchor.line_hint);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn code_moved_to_another_paragraph_is_moved() {
    let dir = project("cobol");
    let anchor = anchor_of(&index_path(dir.path()).unwrap(), OWNER, IF_TEXT);
    let model = edited(&dir, |mut lines| {
        let (start, end) = if_block(&lines);
        let block: Vec<String> = lines.drain(start..=end).collect();
        lines.insert(start, fixed("028810", "             CONTINUE", "ELIGCHK"));
        // Into 9900-OLD-HRT-CHECK, after its last sentence.
        let last = lines.iter().rposition(|l| l.contains("END-IF.")).unwrap();
        for (k, l) in block.into_iter().enumerate() {
            lines.insert(last + 1 + k, l);
        }
        lines
    });
    match resolve(&model, &anchor) {
        AnchorState::Moved { symbol, .. } => assert_eq!(symbol, "ELIGCHK.9900-OLD-HRT-CHECK"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn deleted_code_is_orphaned() {
    let dir = project("cobol");
    let anchor = anchor_of(&index_path(dir.path()).unwrap(), OWNER, IF_TEXT);
    let model = edited(&dir, |mut lines| {
        let (start, end) = if_block(&lines);
        lines.drain(start..=end);
        lines.insert(start, fixed("028810", "             CONTINUE", "ELIGCHK"));
        lines
    });
    assert_eq!(resolve(&model, &anchor), AnchorState::Orphaned);
}

#[test]
fn whitespace_and_sequence_area_changes_keep_the_anchor() {
    let dir = project("cobol");
    let anchor = anchor_of(&index_path(dir.path()).unwrap(), OWNER, IF_TEXT);
    let model = edited(&dir, |lines| {
        lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                if l.len() < 72 {
                    return l;
                }
                // New sequence numbers and tags everywhere; spaces doubled in the code area
                // where it still fits in columns 8–72.
                let code = &l[6..72];
                let wider = code
                    .trim_end()
                    .replace(" > ", "  >  ")
                    .replace("MOVE ", "MOVE  ");
                let code = if wider.len() <= 66 {
                    wider
                } else {
                    code.to_string()
                };
                fixed(&format!("{:06}", i * 7), &code, "CR9999")
            })
            .collect()
    });
    assert!(matches!(
        resolve(&model, &anchor),
        AnchorState::Anchored { span } if span.line == anchor.line_hint
    ));
}

#[test]
fn java_anchor_is_shifted_by_lines_above_and_kept_by_reformatting() {
    let dir = project("java");
    let model = index_path(dir.path()).unwrap();
    let owner = "com.acme.benefits.rules.PensionAgeRule.doEvaluate(Claim,Claimant,Date)";
    let anchor = anchor_of(
        &model,
        owner,
        "claim.getBenefitType() == BenefitType.PENSION_CREDIT",
    );
    assert!(matches!(
        resolve(&model, &anchor),
        AnchorState::Anchored { .. }
    ));

    let path = dir
        .path()
        .join("java/src/com/acme/benefits/rules/PensionAgeRule.java");
    let text = fs::read_to_string(&path).unwrap();
    // Reformatted on the same lines: still anchored.
    let reformatted = text.replace(
        "if (claim.getBenefitType() == BenefitType.PENSION_CREDIT) {",
        "if (claim.getBenefitType()==BenefitType.PENSION_CREDIT)  {",
    );
    fs::write(&path, &reformatted).unwrap();
    let model = index_path(dir.path()).unwrap();
    assert!(matches!(
        resolve(&model, &anchor),
        AnchorState::Anchored { .. }
    ));

    // Two lines above: shifted.
    fs::write(&path, format!("// one\n// two\n{reformatted}")).unwrap();
    let model = index_path(dir.path()).unwrap();
    match resolve(&model, &anchor) {
        AnchorState::Shifted { span } => assert_eq!(span.line, anchor.line_hint + 2),
        other => panic!("{other:?}"),
    }
}
