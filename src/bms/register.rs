//! Parsed BMS sources into the model: a `cics-mapset` symbol per DFHMSD, a `cics-map`
//! (`MAPSET.MAP`) per DFHMDI, a `screen-field` (`MAPSET.MAP.FIELD`) per named DFHMDF, one
//! [`Screen`] per map, and the parser's problems as `bms.syntax` diagnostics.
//!
//! Runs before the COBOL programs are registered, so `SEND MAP` / `RECEIVE MAP` find the
//! defined map symbols instead of creating bare ones.

use std::sync::Arc;

use super::parser::{BmsSource, NameAt};
use crate::model::{Diagnostic, FileId, Model, NewSymbol, Screen, Span, SymbolId, SymbolKind};

/// One BMS file after loading.
#[derive(Debug)]
pub struct BmsUnit {
    pub file: FileId,
    pub source: BmsSource,
}

/// Adds the mapsets, maps, fields and screens of every unit, in file order.
pub fn register(model: &mut Model, units: &[BmsUnit]) {
    for unit in units {
        register_unit(model, unit);
    }
}

fn register_unit(model: &mut Model, unit: &BmsUnit) {
    let file = unit.file;
    let (text, lines) = {
        let f = model.file(file);
        (
            f.text.clone().unwrap_or_else(|| Arc::from("")),
            f.line_index.clone(),
        )
    };
    for p in &unit.source.problems {
        model.diagnostics.push(
            Diagnostic::new(p.severity, "bms.syntax", p.message.clone())
                .in_file(file)
                .at_line(p.line),
        );
    }
    let name_span = |at: NameAt| {
        let end = (at.offset + at.len).min(text.len());
        Span::from_offsets(file, &text, &lines, at.offset.min(end), end)
    };
    // From the name to the end of the last line of the construct.
    let full_span = |at: NameAt, end_line: u32| {
        let end = lines
            .line_range(end_line)
            .map_or(text.len(), |r| r.end)
            .clamp(at.offset.min(text.len()), text.len());
        Span::from_offsets(file, &text, &lines, at.offset.min(end), end)
    };
    for set in &unit.source.mapsets {
        let mapset = add_unique(
            model,
            NewSymbol {
                kind: SymbolKind::CicsMapset,
                name: set.name.clone(),
                qualified_name: set.name.clone(),
                span: Some(full_span(set.at, set.end_line)),
                name_span: Some(name_span(set.at)),
                parent: None,
                detail: Some(format!("{} maps", set.maps.len())),
            },
        );
        for map in &set.maps {
            let qualified = format!("{}.{}", set.name, map.name);
            let named = map.fields.iter().filter(|f| f.field.name.is_some()).count();
            let map_id = add_unique(
                model,
                NewSymbol {
                    kind: SymbolKind::CicsMap,
                    name: map.name.clone(),
                    qualified_name: qualified.clone(),
                    span: Some(full_span(map.at, map.end_line)),
                    name_span: Some(name_span(map.at)),
                    parent: mapset,
                    detail: Some(format!(
                        "{}×{} screen, {named} named fields",
                        map.rows, map.columns
                    )),
                },
            );
            let Some(map_id) = map_id else {
                model.diagnostics.push(
                    Diagnostic::new(
                        crate::model::Severity::Warning,
                        "bms.duplicate",
                        format!("map {qualified} is defined twice; this one is not used"),
                    )
                    .in_file(file)
                    .at_line(map.at.line),
                );
                continue;
            };
            let mut fields = Vec::with_capacity(map.fields.len());
            for f in &map.fields {
                let mut field = f.field.clone();
                if let Some(name) = &field.name {
                    field.symbol = add_unique(
                        model,
                        NewSymbol {
                            kind: SymbolKind::ScreenField,
                            name: name.clone(),
                            qualified_name: format!("{qualified}.{name}"),
                            span: Some(full_span(f.at, f.at.line)),
                            name_span: Some(name_span(f.at)),
                            parent: Some(map_id),
                            detail: Some(field_detail(&field)),
                        },
                    );
                }
                fields.push(field);
            }
            model.screens.push(Screen {
                map: map_id,
                mapset: set.name.clone(),
                name: map.name.clone(),
                file,
                line: map.at.line,
                rows: map.rows,
                columns: map.columns,
                at_line: map.at_line,
                at_column: map.at_column,
                fields,
            });
        }
    }
}

/// Adds a symbol unless one of that name exists already (a second definition is not used).
fn add_unique(model: &mut Model, new: NewSymbol) -> Option<SymbolId> {
    if model
        .lookup(new.kind.namespace(), &new.qualified_name)
        .is_some()
    {
        return None;
    }
    Some(model.add_symbol(new))
}

/// `row 3, column 14, 9 characters, UNPROT,NORM,IC,FSET`.
fn field_detail(f: &crate::model::ScreenField) -> String {
    let mut detail = format!(
        "row {}, column {}, {} characters, {}",
        f.row,
        f.column,
        f.length,
        f.attributes.keywords()
    );
    if f.occurs > 1 {
        detail.push_str(&format!(", occurs {}", f.occurs));
    }
    if let Some(p) = &f.picin {
        detail.push_str(&format!(", PICIN '{p}'"));
    }
    if let Some(p) = &f.picout {
        detail.push_str(&format!(", PICOUT '{p}'"));
    }
    detail
}
