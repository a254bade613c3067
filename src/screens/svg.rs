//! A screen as a standalone SVG: a black 3270 face, labels in their colours (bright ones bold),
//! input fields as underlined slots of their length, output fields as faint slots, dark fields
//! as dashed boxes; every named field carries its name in a `<title>` (shown on hover).

use std::fmt::Write as _;

use super::picture::{ItemKind, Picture};

/// Width and height of one character cell, in SVG units.
pub const CELL_WIDTH: f32 = 10.0;
pub const CELL_HEIGHT: f32 = 20.0;
const MARGIN: f32 = 12.0;

/// The SVG document of a picture.
pub fn to_svg(picture: &Picture) -> String {
    let width = f32::from(picture.columns) * CELL_WIDTH + 2.0 * MARGIN;
    let height = f32::from(picture.rows) * CELL_HEIGHT + 2.0 * MARGIN;
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="screen" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="16">"#
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&picture.title));
    let _ = writeln!(
        out,
        r##"<rect x="0" y="0" width="{width}" height="{height}" rx="8" fill="#101418"/>"##
    );
    for item in &picture.items {
        let x = MARGIN + f32::from(item.column - 1) * CELL_WIDTH;
        let y = MARGIN + f32::from(item.row - 1) * CELL_HEIGHT;
        let w = f32::from(item.width) * CELL_WIDTH;
        let color = item.color.hex();
        let _ = write!(out, "<g");
        if let Some(name) = &item.name {
            let _ = write!(out, r#" class="field" data-field="{}""#, escape(name));
        }
        let _ = writeln!(out, "><title>{}</title>", escape(&item.hover));
        if item.dark {
            let _ = writeln!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#6a7580" stroke-dasharray="3 3"/>"##,
                x + 0.5,
                y + 2.5,
                w - 1.0,
                CELL_HEIGHT - 5.0
            );
            let _ = writeln!(out, "</g>");
            continue;
        }
        if item.reverse {
            let _ = writeln!(
                out,
                r#"<rect x="{x}" y="{}" width="{w}" height="{}" fill="{color}"/>"#,
                y + 1.0,
                CELL_HEIGHT - 2.0
            );
        } else if item.kind != ItemKind::Label && item.text.trim().is_empty() {
            // A slot: faint background so its length shows.
            let _ = writeln!(
                out,
                r#"<rect x="{x}" y="{}" width="{w}" height="{}" fill="{}"/>"#,
                y + 2.0,
                CELL_HEIGHT - 4.0,
                faint(item.color.rgb())
            );
        }
        if !item.text.trim().is_empty() {
            let fill = if item.reverse { "#101418" } else { &color };
            let weight = if item.bright {
                r#" font-weight="bold""#
            } else {
                ""
            };
            let _ = writeln!(
                out,
                r#"<text x="{x}" y="{}" fill="{fill}"{weight} textLength="{w}" lengthAdjust="spacingAndGlyphs" xml:space="preserve">{}</text>"#,
                y + CELL_HEIGHT - 5.0,
                escape(&item.text)
            );
        }
        if item.underline {
            let _ = writeln!(
                out,
                r#"<line x1="{x}" y1="{}" x2="{}" y2="{}" stroke="{color}" stroke-width="1.5"/>"#,
                y + CELL_HEIGHT - 2.0,
                x + w,
                y + CELL_HEIGHT - 2.0
            );
        }
        let _ = writeln!(out, "</g>");
    }
    out.push_str("</svg>\n");
    out
}

/// A colour at a sixth of its strength over the screen's background (an explicit colour, not
/// an opacity: simple SVG renderers ignore opacities).
fn faint([r, g, b]: [u8; 3]) -> String {
    let [br, bg, bb] = BACKGROUND;
    let mix = |c: u8, base: u8| (f32::from(base) + (f32::from(c) - f32::from(base)) / 6.0) as u8;
    format!("#{:02x}{:02x}{:02x}", mix(r, br), mix(g, bg), mix(b, bb))
}

/// The screen's background, `#101418`.
const BACKGROUND: [u8; 3] = [0x10, 0x14, 0x18];

/// Escapes text for SVG/XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
