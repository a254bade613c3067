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
