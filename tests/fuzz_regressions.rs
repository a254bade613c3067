//! Inputs found by the fuzz targets in `fuzz/` (each a crash, a hang over 1 s or too much
//! memory), replayed on stable through the same calls as the target, with a time bound.

use std::path::Path;
use std::time::{Duration, Instant};

fn input(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz_regressions")
            .join(name),
    )
    .unwrap()
}

/// What `fuzz/fuzz_targets/jcl_parse.rs` does.
fn jcl_parse(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let doc = legacylens::jcl::parse_jcl(&text);
    let library = |name: &str| doc.proc_for_member(name);
    for job in &doc.jobs {
        let _ = legacylens::jcl::expand_job(job, &library);
    }
}

/// One procedure answered for every name (a member's only procedure takes the name it is
/// called by) calling itself under other names through several steps: the name-based
/// recursion check missed it and the expansion grew exponentially to the 15-level limit
/// (8,573 steps, 17,723 problems, over 1 s). Found by jcl_parse (timeout).
#[test]
fn jcl_nested_procedure_calls_expand_in_bounded_time() {
    let data = input("jcl_nested_proc_timeout.jcl");
    let started = Instant::now();
    jcl_parse(&data);
    let took = started.elapsed();
    eprintln!("{took:?}");
    assert!(took < Duration::from_millis(500), "{took:?}");
}

/// What `fuzz/fuzz_targets/bms_parse.rs` does: parse, tokens, and every map drawn three ways.
fn bms_parse(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let source = legacylens::bms::parse(&text, "FUZZ");
    let _ = legacylens::bms::tokens::tokens(&text);
    for set in &source.mapsets {
        for map in &set.maps {
            let screen = legacylens::model::Screen {
                map: legacylens::model::SymbolId(0),
                mapset: set.name.clone(),
                name: map.name.clone(),
                file: legacylens::model::FileId(0),
                line: map.at.line,
                rows: map.rows,
                columns: map.columns,
                at_line: map.at_line,
                at_column: map.at_column,
                fields: map.fields.iter().map(|f| f.field.clone()).collect(),
            };
            let picture = legacylens::screens::picture(&screen);
            assert!(!legacylens::screens::to_svg(&picture).is_empty());
            assert!(!legacylens::screens::to_text(&screen, &picture).is_empty());
        }
    }
}

/// The BMS target's seeds and their mutilated copies (cut anywhere, continuation columns
/// emptied) run through the target's calls on stable, so the target keeps compiling against
/// the engine and its seeds stay quick.
#[test]
fn bms_target_seeds_and_their_cuts_draw_in_bounded_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/bms_parse");
    let mut seeds = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        seeds += 1;
        let started = Instant::now();
        bms_parse(&data);
        for cut in (0..data.len()).step_by(97) {
            bms_parse(&data[..cut]);
        }
        let blanked: Vec<u8> = data
            .split(|&b| b == b'\n')
            .flat_map(|line| {
                let mut l = line.to_vec();
                if l.len() >= 72 {
                    l[71] = b' ';
                }
                l.push(b'\n');
                l
            })
            .collect();
        bms_parse(&blanked);
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
    }
    assert!(seeds >= 2, "{seeds} seeds");
}
