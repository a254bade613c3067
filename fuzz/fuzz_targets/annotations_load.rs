//! The annotation loader on any bytes: refuses or loads, never panics; a loaded file saves to
//! text that loads back to the same file.
#![no_main]
use std::path::Path;

use legacylens::rules::annotations;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.json");
    if let Ok(file) = annotations::parse(path, data) {
        let text = annotations::to_json(&file);
        let again = annotations::parse(path, text.as_bytes()).expect("what is saved loads back");
        assert_eq!(annotations::to_json(&again), text, "stable after one round trip");
    }
});
