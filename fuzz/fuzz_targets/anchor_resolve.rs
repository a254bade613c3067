//! Anchor resolution (exact, moved, changed, orphaned) on a small indexed project with fuzzed
//! anchors: quotes cut from the real code and edited, or free text; never panics.
#![no_main]
use std::path::PathBuf;
use std::sync::OnceLock;

use arbitrary::Arbitrary;
use legacylens::Model;
use legacylens::index::index_path;
use legacylens::rules::{Anchor, resolve};
use libfuzzer_sys::fuzz_target;

const PROGRAM: &str = "       IDENTIFICATION DIVISION.
       PROGRAM-ID. FZPGM.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-AGE               PIC 99.
       01  WS-CODE              PIC X(4).
       PROCEDURE DIVISION.
       1000-MAIN.
           IF WS-AGE > 65
               MOVE 'E001' TO WS-CODE
               PERFORM 2000-REJECT
           END-IF
           IF WS-AGE < 16
               MOVE 'E002' TO WS-CODE
               PERFORM 2000-REJECT
           END-IF
           GOBACK.
       2000-REJECT.
           DISPLAY WS-CODE.
";

const JAVA: &str = "package p;
public class Fz {
    int check(int age) {
        if (age > 65) {
            throw new IllegalStateException(\"too old\");
        }
        return age;
    }
}
";

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let dir: PathBuf = std::env::temp_dir().join(format!("legacylens-fuzz-anchor-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("cbl")).unwrap();
        std::fs::create_dir_all(dir.join("p")).unwrap();
        std::fs::write(dir.join("cbl/FZPGM.cbl"), PROGRAM).unwrap();
        std::fs::write(dir.join("p/Fz.java"), JAVA).unwrap();
        index_path(&dir).unwrap()
    })
}

#[derive(Debug, Arbitrary)]
struct Input {
    symbol: u8,
    path: u8,
    first: u8,
    lines: u8,
    edits: Vec<(u16, char)>,
    free: Option<String>,
    before: String,
    after: String,
    line_hint: u32,
    symbol_text: String,
}

fuzz_target!(|input: Input| {
    let model = model();
    let symbols = ["FZPGM.1000-MAIN", "FZPGM.2000-REJECT", "FZPGM", "p.Fz.check(int)"];
    let paths = ["cbl/FZPGM.cbl", "p/Fz.java", "gone.cbl"];
    let path = paths[input.path as usize % paths.len()];
    let source = if path.ends_with(".java") { JAVA } else { PROGRAM };
    let quote = match input.free {
        Some(q) => q,
        None => {
            let mut q: String = source
                .lines()
                .skip(input.first as usize % 20)
                .take(input.lines as usize % 6 + 1)
                .collect::<Vec<_>>()
                .join("\n");
            for (at, c) in input.edits.iter().take(8) {
                let mut at = *at as usize % (q.len() + 1);
                while !q.is_char_boundary(at) {
                    at -= 1;
                }
                q.insert(at, *c);
            }
            q
        }
    };
    let symbol = if input.symbol as usize >= symbols.len() * 8 {
        input.symbol_text
    } else {
        symbols[input.symbol as usize % symbols.len()].to_string()
    };
    let anchor = Anchor {
        symbol,
        path: path.to_string(),
        quote,
        before: input.before,
        after: input.after,
        fingerprint: String::new(),
        line_hint: input.line_hint,
        extra: Default::default(),
    };
    let state = resolve(model, &anchor);
    let _ = state.diff_text();
});
