//! Java declarations, registration and resolution on fuzzed sources: the input is two
//! compilation units (split at a NUL byte) written to a scratch folder and indexed together,
//! then mined for rules.
#![no_main]
use std::path::PathBuf;
use std::sync::OnceLock;

use legacylens::explore::Workspace;
use legacylens::index::{IndexOptions, index_project};
use libfuzzer_sys::fuzz_target;

fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("legacylens-fuzz-java-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("p")).unwrap();
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = scratch();
    let (a, b) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    std::fs::write(dir.join("p/A.java"), a).unwrap();
    std::fs::write(dir.join("p/B.java"), b).unwrap();
    let model = index_project(dir, &IndexOptions::default()).expect("the folder is readable");
    let _ = Workspace::build(model);
});
