//! COBOL parse, extract, register, link, graphs and rule mining on a fuzzed program: the input
//! is the program and one copybook (`CPY1.cpy`, after a NUL byte), written to a scratch folder
//! and indexed as a project.
#![no_main]
use std::path::PathBuf;
use std::sync::OnceLock;

use legacylens::explore::Workspace;
use legacylens::index::{IndexOptions, index_project};
use libfuzzer_sys::fuzz_target;

fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("legacylens-fuzz-cobol-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = scratch();
    let (program, copybook) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    std::fs::write(dir.join("PROG.cbl"), program).unwrap();
    std::fs::write(dir.join("CPY1.cpy"), copybook).unwrap();
    let model = index_project(dir, &IndexOptions::default()).expect("the folder is readable");
    let _ = Workspace::build(model);
});
