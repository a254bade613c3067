//! The COBOL preprocessor: the first byte picks the options (format, debugging lines, comment
//! lines, tab width); the rest is the program and copybooks `CPY1`…`CPY3`, separated by NUL
//! bytes, served by an in-memory copybook library (any name also finds `CPY1`, so COPY of a
//! fuzzed name is followed too).
#![no_main]
use std::sync::Arc;

use legacylens::cobol::preprocess::{
    Copybook, CopybookLibrary, FileKey, PreprocessOptions, SourceFormat, preprocess,
};
use libfuzzer_sys::fuzz_target;

struct Memory(Vec<Arc<str>>);

impl CopybookLibrary for Memory {
    fn find(&self, name: &str, _library: Option<&str>, _including: FileKey) -> Option<Copybook> {
        let n = name.trim_matches(['\'', '"']).to_ascii_uppercase();
        let i = match n.as_str() {
            "CPY1" => 0,
            "CPY2" => 1,
            "CPY3" => 2,
            "MISSING" => return None,
            _ => 0,
        };
        self.0.get(i).map(|text| Copybook {
            file: i as FileKey + 1,
            text: text.clone(),
        })
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut parts = text.split('\0');
    let main = parts.next().unwrap_or("").to_string();
    let library = Memory(parts.take(3).map(Arc::from).collect());
    let options = PreprocessOptions {
        format: match flags & 3 {
            0 => None,
            1 => Some(SourceFormat::Fixed),
            2 => Some(SourceFormat::Free),
            _ => Some(SourceFormat::Variable),
        },
        debugging_lines_as_code: flags & 4 != 0,
        drop_comment_lines: flags & 8 != 0,
        tab_width: if flags & 16 != 0 { Some(flags >> 5) } else { None },
    };
    let _ = preprocess(0, &main, &options, &library);
});
