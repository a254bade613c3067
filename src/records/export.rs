//! Record layouts written out: TSV, CSV, JSON, Markdown and JSON Schema.
//!
//! TSV and CSV have one line per data item (88-levels are listed with their item in JSON and
//! Markdown): `owner, name, level, offset, size, usage, picture, occurs, redefines`, after a
//! header line. Unknown sizes and offsets print as `?`. CSV cells go through
//! [`crate::csv_cell`].

use serde_json::{Map, Value, json};

use super::{Field, RecordLayout, StorageKind};

/// The TSV/CSV columns, in order.
pub const COLUMNS: [&str; 9] = [
    "owner",
    "name",
    "level",
    "offset",
    "size",
    "usage",
    "picture",
    "occurs",
    "redefines",
];

fn number(n: Option<u32>) -> String {
    n.map_or_else(|| "?".to_string(), |n| n.to_string())
}

fn cells(record: &RecordLayout, f: &Field) -> [String; 9] {
    let redefines = match (&f.redefines, &f.renames) {
        (Some(r), _) => r.clone(),
        (None, Some(r)) => format!("RENAMES {r}"),
        _ => String::new(),
    };
    [
        record.owner.clone(),
        f.name.clone(),
        format!("{:02}", f.level),
        number(f.offset),
        number(f.size),
        f.usage.clone(),
        f.picture.clone().unwrap_or_default(),
        f.occurs_text(),
        redefines,
    ]
}

/// Tab-separated, header first; tabs and line breaks inside cells become spaces.
pub fn to_tsv(records: &[RecordLayout]) -> String {
    let mut out = COLUMNS.join("\t");
    out.push('\n');
    for r in records {
        for f in &r.fields {
            let row: Vec<String> = cells(r, f)
                .iter()
                .map(|c| c.replace(['\t', '\n', '\r'], " "))
                .collect();
            out.push_str(&row.join("\t"));
            out.push('\n');
        }
    }
    out
}

/// CSV, header first, every cell through [`crate::csv_cell`].
pub fn to_csv(records: &[RecordLayout]) -> String {
    let mut out = crate::csv_cell::line(&COLUMNS);
    for r in records {
        for f in &r.fields {
            out.push_str(&crate::csv_cell::line(&cells(r, f)));
        }
    }
    out
}

/// Every record with every field (88-level conditions included).
pub fn to_json(records: &[RecordLayout]) -> Value {
    json!({ "records": records })
}

/// One table per record.
pub fn to_markdown(records: &[RecordLayout]) -> String {
    let mut out = String::new();
    for r in records {
        out.push_str(&format!(
            "## {} ({}, {} bytes)\n\n| Level | Name | Offset | Size | Usage | Picture | Occurs | Redefines | 88 |\n|---|---|---:|---:|---|---|---|---|---|\n",
            r.name,
            r.owner,
            number(r.size)
        ));
        for f in &r.fields {
            let c = cells(r, f);
            let conditions: Vec<String> = f
                .conditions
                .iter()
                .map(|c| format!("{} = {}", c.name, c.values.join(", ")))
                .collect();
            let indent = "&nbsp;&nbsp;".repeat(f.depth);
            let cell = |s: &str| s.replace('|', "\\|");
            out.push_str(&format!(
                "| {} | {indent}{} | {} | {} | {} | {} | {} | {} | {} |\n",
                c[2],
                cell(&f.simple_name),
                c[3],
                c[4],
                c[5],
                cell(&c[6]),
                cell(&c[7]),
                cell(&c[8]),
                cell(&conditions.join("; "))
            ));
        }
        out.push('\n');
    }
    out
}

/// A JSON Schema (draft 2020-12) per 01 record: groups as objects, tables as arrays with
/// `maxItems`, numbers with their scale (`multipleOf`) and range from their digits, strings
/// with `maxLength`, REDEFINES as `oneOf` over the redefined item and its redefinitions.
/// FILLER items are left out.
pub fn to_json_schema(records: &[RecordLayout]) -> Value {
    let schemas: Vec<Value> = records
        .iter()
        .filter(|r| r.fields.first().is_some_and(|f| f.level == 1))
        .map(|r| {
            let mut schema = Map::new();
            schema.insert(
                "$schema".into(),
                json!("https://json-schema.org/draft/2020-12/schema"),
            );
            schema.insert("$id".into(), json!(format!("urn:cobol:{}", r.name)));
            schema.insert("title".into(), json!(r.fields[0].simple_name));
            schema.insert(
                "description".into(),
                json!(format!(
                    "{} in {}, {} bytes",
                    r.name,
                    r.owner,
                    number(r.size)
                )),
            );
            if let Value::Object(body) = item_schema(&r.fields, 0) {
                schema.extend(body);
            }
            Value::Object(schema)
        })
        .collect();
    Value::Array(schemas)
}

/// Indices of the direct items of the field at `at`.
fn direct_items(fields: &[Field], at: usize) -> Vec<usize> {
    let depth = fields[at].depth;
    let mut out = Vec::new();
    for (i, f) in fields.iter().enumerate().skip(at + 1) {
        if f.depth <= depth {
            break;
        }
        if f.depth == depth + 1 {
            out.push(i);
        }
    }
    out
}

fn item_schema(fields: &[Field], at: usize) -> Value {
    let f = &fields[at];
    let one = if f.kind == StorageKind::Group {
        let mut properties = Map::new();
        let mut required: Vec<String> = Vec::new();
        let items = direct_items(fields, at);
        for &i in &items {
            let item = &fields[i];
            if item.filler || item.redefines.is_some() {
                continue;
            }
            let redefinitions: Vec<usize> = items
                .iter()
                .copied()
                .filter(|&j| {
                    fields[j]
                        .redefines
                        .as_deref()
                        .and_then(|r| r.split_whitespace().next())
                        == Some(item.simple_name.as_str())
                })
                .collect();
            let schema = if redefinitions.is_empty() {
                item_schema(fields, i)
            } else {
                let alternatives: Vec<Value> = std::iter::once(i)
                    .chain(redefinitions)
                    .map(|j| {
                        json!({
                            "type": "object",
                            "properties": { fields[j].simple_name.clone(): item_schema(fields, j) },
                            "required": [fields[j].simple_name.clone()],
                            "additionalProperties": false,
                        })
                    })
                    .collect();
                json!({ "oneOf": alternatives })
            };
            if item.occurs_min.unwrap_or(1) > 0 {
                required.push(item.simple_name.clone());
            }
            properties.insert(item.simple_name.clone(), schema);
        }
        json!({
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        })
    } else {
        elementary_schema(f)
    };
    match f.occurs_max {
        Some(max) if f.level != 1 => json!({
            "type": "array",
            "items": one,
            "minItems": f.occurs_min.unwrap_or(max),
            "maxItems": max,
        }),
        _ => one,
    }
}

fn elementary_schema(f: &Field) -> Value {
    let mut s = Map::new();
    let cobol = format!(
        "{} {}{} bytes",
        f.usage,
        f.picture
            .as_deref()
            .map(|p| format!("PIC {p}, "))
            .unwrap_or_default(),
        number(f.size)
    );
    match f.kind {
        StorageKind::NumericDisplay
        | StorageKind::NumericNational
        | StorageKind::Binary
        | StorageKind::PackedDecimal => {
            let digits = f.digits.unwrap_or(0).min(18) as i32;
            let scale = f.scale.unwrap_or(0);
            if scale > 0 {
                // Written as decimal text first, so no binary rounding shows (0.01, 999.99).
                let scale_digits = scale.min(18) as usize;
                let whole = "9".repeat((digits - scale).max(0) as usize);
                let step: f64 = format!("0.{}1", "0".repeat(scale_digits - 1))
                    .parse()
                    .unwrap_or(1.0);
                let max: f64 = format!(
                    "{}.{}",
                    if whole.is_empty() { "0" } else { &whole },
                    "9".repeat(scale_digits.min(digits as usize))
                )
                .parse()
                .unwrap_or(0.0);
                s.insert("type".into(), json!("number"));
                s.insert("multipleOf".into(), json!(step));
                s.insert("maximum".into(), json!(max));
                s.insert("minimum".into(), json!(if f.signed { -max } else { 0.0 }));
            } else {
                let factor = 10i64.pow((-scale) as u32);
                let max = (10i64.pow(digits as u32) - 1).saturating_mul(factor);
                s.insert("type".into(), json!("integer"));
                if factor > 1 {
                    s.insert("multipleOf".into(), json!(factor));
                }
                s.insert("maximum".into(), json!(max));
                s.insert("minimum".into(), json!(if f.signed { -max } else { 0 }));
            }
        }
        StorageKind::Float => {
            s.insert("type".into(), json!("number"));
        }
        StorageKind::Pointer | StorageKind::ProcedurePointer | StorageKind::Index => {
            s.insert("type".into(), json!("integer"));
            s.insert("minimum".into(), json!(0));
        }
        _ => {
            let chars = match f.kind {
                StorageKind::National | StorageKind::NationalEdited | StorageKind::Dbcs => {
                    f.size.map(|n| n / 2)
                }
                _ => f.size,
            };
            s.insert("type".into(), json!("string"));
            if let Some(n) = chars {
                s.insert("maxLength".into(), json!(n));
            }
        }
    }
    if !f.conditions.is_empty() {
        let names: Vec<String> = f
            .conditions
            .iter()
            .map(|c| format!("{}: {}", c.name, c.values.join(" ")))
            .collect();
        s.insert("description".into(), json!(names.join("; ")));
    }
    s.insert("x-cobol".into(), json!(cobol.trim()));
    Value::Object(s)
}
