//! Condition sites for the rule miner: COBOL conditional phrases (AT END, INVALID KEY, ON SIZE
//! ERROR …) with the statements they guard, and the THEN / ELSE branches of IFs (COBOL and
//! Java) and WHEN bodies.

use legacylens::model::{ConditionSite, Model, Span};

fn index(files: &[(&str, &str)]) -> Model {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    legacylens::index::index_path(dir.path()).unwrap()
}

/// `L<first>-<last>` lines of a span.
fn lines(span: Option<Span>) -> String {
    span.map_or("-".into(), |s| format!("L{}-{}", s.line, s.end_line))
}

/// One site as `kind | text | span | statement | guarded | consequence | alternative`.
fn render(c: &ConditionSite) -> String {
    format!(
        "{} | {} | {} | {} | {} | {} | {}",
        c.kind,
        c.text,
        lines(Some(c.span)),
        lines(c.statement),
        lines(c.guarded),
        lines(c.consequence),
        lines(c.alternative)
    )
}

/// The text a span covers, whitespace collapsed.
fn text_of(model: &Model, src: &str, span: Option<Span>) -> String {
    let s = span.expect("a span");
    assert_eq!(model.file(s.file).path, "CONDS.cbl");
    src[s.start as usize..s.end as usize]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sites of one owner (paragraph), in source order.
fn sites<'m>(model: &'m Model, owner: &str) -> Vec<&'m ConditionSite> {
    let id = model
        .symbol_named(owner)
        .unwrap_or_else(|| panic!("no symbol {owner}"));
    let mut out: Vec<&ConditionSite> = model.conditions.iter().filter(|c| c.owner == id).collect();
    out.sort_by_key(|c| c.span.start);
    out
}

fn rendered(model: &Model, owner: &str) -> Vec<String> {
    sites(model, owner).into_iter().map(render).collect()
}

const COBOL: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. CONDS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT MASTER ASSIGN TO MASTER
               ORGANIZATION IS INDEXED
               RECORD KEY IS M-KEY.
           SELECT TRANS ASSIGN TO TRANS.
       DATA DIVISION.
       FILE SECTION.
       FD  MASTER.
       01  M-REC.
           05 M-KEY PIC X(8).
           05 M-AMT PIC 9(7).
       FD  TRANS.
       01  T-REC PIC X(80).
       WORKING-STORAGE SECTION.
       01  WS-EOF PIC X VALUE 'N'.
       01  WS-MSG PIC X(4).
       01  WS-N PIC 9(4).
       01  WS-INTEREST PIC 9(5)V99.
       PROCEDURE DIVISION.
       1000-READ-MASTER.
           READ MASTER
               INVALID KEY
                   MOVE 'M001' TO WS-MSG
                   DISPLAY 'NOT FOUND'
               NOT INVALID KEY
                   IF M-AMT > 100
                       ADD 1 TO WS-N
                   ELSE
                       MOVE 'LOW ' TO WS-MSG
                   END-IF
           END-READ
           DISPLAY WS-MSG.
       2000-READ-TRANS.
           READ TRANS
               AT END
                   MOVE 'Y' TO WS-EOF
                   DISPLAY 'EOF'.
       3000-COMPUTE.
           COMPUTE WS-INTEREST = M-AMT * 0.05
               ON SIZE ERROR
                   MOVE 'E001' TO WS-MSG
               NOT ON SIZE ERROR
                   ADD 1 TO WS-N
           END-COMPUTE
           DISPLAY WS-INTEREST.
       4000-NESTED.
           READ MASTER
               INVALID KEY
                   MOVE 'M001' TO WS-MSG
               NOT INVALID KEY
                   DELETE MASTER RECORD
                       INVALID KEY
                           MOVE 'M003' TO WS-MSG
                       NOT INVALID KEY
                           ADD 1 TO WS-N
                   END-DELETE
                   DISPLAY 'DELETED'
           END-READ.
       5000-IF.
           IF WS-N > 0
               MOVE 'POS ' TO WS-MSG
               DISPLAY WS-MSG
           ELSE
               MOVE 'ZERO' TO WS-MSG
           END-IF
           IF WS-EOF = 'Y'
               READ TRANS AT END MOVE 'Y' TO WS-EOF
               END-READ
           END-IF
           STOP RUN.
       6000-PAIRING.
           READ TRANS
               AT END
                   ADD 1 TO WS-N
                       ON SIZE ERROR
                           MOVE 0 TO WS-N
               NOT AT END
                   DISPLAY T-REC.
       7000-EVAL.
           EVALUATE TRUE
               WHEN WS-N = 1
               WHEN WS-N = 2
                   MOVE 'ONE ' TO WS-MSG
                   DISPLAY WS-MSG
               WHEN OTHER
                   CONTINUE
           END-EVALUATE.
";

#[test]
fn cobol_conditional_phrases_and_branches() {
    let model = index(&[("CONDS.cbl", COBOL)]);
    let text = |s: Option<Span>| text_of(&model, COBOL, s);

    // READ … INVALID KEY … NOT INVALID KEY IF … END-IF END-READ.
    assert_eq!(
        rendered(&model, "CONDS.1000-READ-MASTER"),
        [
            "invalid-key | READ MASTER INVALID KEY | L26-26 | L25-35 | L26-28 | L27-28 | -",
            "not-invalid-key | READ MASTER NOT INVALID KEY | L29-29 | L25-35 | L29-34 | L30-34 | -",
            "if | M-AMT > 100 | L30-30 | L30-34 | L30-34 | L31-31 | L33-33",
        ]
    );
    let s = sites(&model, "CONDS.1000-READ-MASTER");
    assert_eq!(text(Some(s[0].span)), "INVALID KEY");
    assert_eq!(
        text(s[0].consequence),
        "MOVE 'M001' TO WS-MSG DISPLAY 'NOT FOUND'"
    );
    assert_eq!(
        text(s[0].guarded),
        "INVALID KEY MOVE 'M001' TO WS-MSG DISPLAY 'NOT FOUND'"
    );
    assert!(text(s[1].statement).starts_with("READ MASTER INVALID KEY"));
    assert!(text(s[1].statement).ends_with("END-IF END-READ"));
    assert!(text(s[1].consequence).starts_with("IF M-AMT > 100"));
    assert!(text(s[1].consequence).ends_with("END-IF"));
    assert_eq!(text(s[2].consequence), "ADD 1 TO WS-N");
    assert_eq!(text(s[2].alternative), "MOVE 'LOW ' TO WS-MSG");

    // READ … AT END …, ended by the period.
    assert_eq!(
        rendered(&model, "CONDS.2000-READ-TRANS"),
        ["at-end | READ TRANS AT END | L39-39 | L38-41 | L39-41 | L40-41 | -"]
    );
    let s = sites(&model, "CONDS.2000-READ-TRANS");
    assert_eq!(text(s[0].consequence), "MOVE 'Y' TO WS-EOF DISPLAY 'EOF'");
    assert_eq!(
        text(s[0].statement),
        "READ TRANS AT END MOVE 'Y' TO WS-EOF DISPLAY 'EOF'"
    );

    // COMPUTE … ON SIZE ERROR … NOT ON SIZE ERROR … END-COMPUTE.
    assert_eq!(
        rendered(&model, "CONDS.3000-COMPUTE"),
        [
            "size-error | COMPUTE WS-INTEREST ON SIZE ERROR | L44-44 | L43-48 | L44-45 | L45-45 | -",
            "not-size-error | COMPUTE WS-INTEREST NOT ON SIZE ERROR | L46-46 | L43-48 | L46-47 | L47-47 | -",
        ]
    );
    let s = sites(&model, "CONDS.3000-COMPUTE");
    assert!(text(s[0].statement).ends_with("ADD 1 TO WS-N END-COMPUTE"));

    // Nested: DELETE with its own phrases inside READ's NOT INVALID KEY.
    assert_eq!(
        rendered(&model, "CONDS.4000-NESTED"),
        [
            "invalid-key | READ MASTER INVALID KEY | L52-52 | L51-62 | L52-53 | L53-53 | -",
            "not-invalid-key | READ MASTER NOT INVALID KEY | L54-54 | L51-62 | L54-61 | L55-61 | -",
            "invalid-key | DELETE MASTER INVALID KEY | L56-56 | L55-60 | L56-57 | L57-57 | -",
            "not-invalid-key | DELETE MASTER NOT INVALID KEY | L58-58 | L55-60 | L58-59 | L59-59 | -",
        ]
    );
    let s = sites(&model, "CONDS.4000-NESTED");
    assert_eq!(
        text(s[1].consequence),
        "DELETE MASTER RECORD INVALID KEY MOVE 'M003' TO WS-MSG NOT INVALID KEY \
         ADD 1 TO WS-N END-DELETE DISPLAY 'DELETED'"
    );
    assert!(text(s[3].statement).ends_with("END-DELETE"));

    // IF … ELSE … END-IF; a phrase inside a THEN branch.
    assert_eq!(
        rendered(&model, "CONDS.5000-IF"),
        [
            "if | WS-N > 0 | L64-64 | L64-69 | L64-69 | L65-66 | L68-68",
            "if | WS-EOF = 'Y' | L70-70 | L70-73 | L70-73 | L71-72 | -",
            "at-end | READ TRANS AT END | L71-71 | L71-72 | L71-71 | L71-71 | -",
        ]
    );
    let s = sites(&model, "CONDS.5000-IF");
    assert_eq!(
        text(s[0].consequence),
        "MOVE 'POS ' TO WS-MSG DISPLAY WS-MSG"
    );
    assert_eq!(text(s[0].alternative), "MOVE 'ZERO' TO WS-MSG");
    assert_eq!(text(s[2].consequence), "MOVE 'Y' TO WS-EOF");

    // NOT AT END belongs to the READ, not to the ADD before it (which takes no AT END).
    assert_eq!(
        rendered(&model, "CONDS.6000-PAIRING"),
        [
            "at-end | READ TRANS AT END | L77-77 | L76-82 | L77-80 | L78-80 | -",
            "size-error | ADD 1 ON SIZE ERROR | L79-79 | L78-80 | L79-80 | L80-80 | -",
            "not-at-end | READ TRANS NOT AT END | L81-81 | L76-82 | L81-82 | L82-82 | -",
        ]
    );

    // WHEN: the clause (all its selections) is guarded; the body is the consequence of each
    // of its selections.
    let s = sites(&model, "CONDS.7000-EVAL");
    let whens: Vec<String> = s
        .iter()
        .filter(|c| c.kind == "when")
        .map(|c| render(c))
        .collect();
    assert_eq!(
        whens,
        [
            "when | WS-N = 1 | L85-85 | L84-91 | L85-88 | L87-88 | -",
            "when | WS-N = 2 | L86-86 | L84-91 | L85-88 | L87-88 | -",
        ]
    );
}

/// Pairing a phrase with its statement the way the compiler does.
const PAIRING: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. PAIRS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-A PIC X(10).
       01  WS-B PIC X(10).
       01  WS-N PIC 9(4).
       PROCEDURE DIVISION.
       P1.
           CALL 'SUBPGM' USING WS-A
               ON EXCEPTION
                   DISPLAY 'NO SUB'
               NOT ON EXCEPTION
                   ADD 1 TO WS-N
           END-CALL
           STRING WS-A DELIMITED BY SIZE INTO WS-B
               ON OVERFLOW MOVE 0 TO WS-N
           END-STRING
           WRITE PRT-REC AFTER ADVANCING 1 LINE
               AT END-OF-PAGE PERFORM P2
               NOT END-OF-PAGE CONTINUE
           END-WRITE
           PERFORM UNTIL WS-N > 9
               READ INFILE
                   AT END MOVE 10 TO WS-N
                   NOT AT END
                       EVALUATE TRUE
                           WHEN WS-N > 5
                               DIVIDE WS-N BY 2 GIVING WS-N
                                   ON SIZE ERROR DISPLAY 'BIG'
                               END-DIVIDE
                       END-EVALUATE
               END-READ
           END-PERFORM
           READ INFILE AT END
               IF WS-N > 1
                   MOVE 1 TO WS-N
               NOT AT END
                   MOVE 2 TO WS-N.
       P2.
           DISPLAY 'P2'.
";

#[test]
fn cobol_phrases_pair_with_their_statements() {
    let model = index(&[("PAIRS.cbl", PAIRING)]);
    let got: Vec<String> = rendered(&model, "PAIRS.P1")
        .into_iter()
        .filter(|r| !r.starts_with("until") && !r.starts_with("when") && !r.starts_with("if"))
        .collect();
    assert_eq!(
        got,
        [
            // DISPLAY takes no NOT ON EXCEPTION here: the CALL does.
            "exception | CALL 'SUBPGM' ON EXCEPTION | L11-11 | L10-15 | L11-12 | L12-12 | -",
            "not-exception | CALL 'SUBPGM' NOT ON EXCEPTION | L13-13 | L10-15 | L13-14 | L14-14 | -",
            "overflow | STRING WS-A ON OVERFLOW | L17-17 | L16-18 | L17-17 | L17-17 | -",
            "end-of-page | WRITE PRT-REC AT END-OF-PAGE | L20-20 | L19-22 | L20-20 | L20-20 | -",
            "not-end-of-page | WRITE PRT-REC NOT END-OF-PAGE | L21-21 | L19-22 | L21-21 | L21-21 | -",
            // Inside an inline PERFORM, with a phrase nested in a WHEN.
            "at-end | READ INFILE AT END | L25-25 | L24-33 | L25-25 | L25-25 | -",
            "not-at-end | READ INFILE NOT AT END | L26-26 | L24-33 | L26-32 | L27-32 | -",
            "size-error | DIVIDE WS-N ON SIZE ERROR | L30-30 | L29-31 | L30-30 | L30-30 | -",
            // An IF without END-IF holds the NOT AT END in the tree; it still is the READ's.
            // (The AT END's statements are that whole IF, so they run to the period.)
            "at-end | READ INFILE AT END | L35-35 | L35-39 | L35-39 | L36-39 | -",
            "not-at-end | READ INFILE NOT AT END | L38-38 | L35-39 | L38-39 | L39-39 | -",
        ]
    );
}

#[test]
fn java_if_else_branches() {
    let src = "class Acct {
    int f(int x) {
        if (x > 0) {
            x = 1;
        } else if (x < 0) {
            x = 2;
        } else {
            x = 3;
        }
        if (x == 1) return 4;
        switch (x) { default: return x; }
    }
}
";
    let model = index(&[("Acct.java", src)]);
    let mut all: Vec<&ConditionSite> = model.conditions.iter().collect();
    all.sort_by_key(|c| c.span.start);
    let got: Vec<String> = all.iter().map(|c| render(c)).collect();
    assert_eq!(
        got,
        [
            "if | x > 0 | L3-3 | L3-9 | L3-9 | L3-5 | L5-9",
            "if | x < 0 | L5-5 | L5-9 | L5-9 | L5-7 | L7-9",
            "if | x == 1 | L10-10 | L10-10 | L10-10 | L10-10 | -",
            "switch | x | L11-11 | L11-11 | L11-11 | - | -",
        ]
    );
    let slice = |s: Option<Span>| {
        let s = s.unwrap();
        &src[s.start as usize..s.end as usize]
    };
    assert_eq!(
        slice(all[1].alternative),
        "{\n            x = 3;\n        }"
    );
    assert_eq!(slice(all[2].consequence), "return 4;");
}
