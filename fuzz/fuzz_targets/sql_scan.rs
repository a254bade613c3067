//! The SQL scanner on any text: statements, scripts, routines and DDL; never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = legacylens::sql::analyze(text);
    let _ = legacylens::sql::analyze_script(text);
    let _ = legacylens::sql::called_routine(text);
    let _ = legacylens::sql::parse_ddl(text);
});
