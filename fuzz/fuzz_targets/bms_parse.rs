//! The BMS front end on any text: statements, macros, highlighting tokens, and every map drawn
//! as a picture, an SVG and a text picture.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
            let _ = legacylens::screens::to_svg(&picture);
            let _ = legacylens::screens::to_text(&screen, &picture);
        }
    }
});
