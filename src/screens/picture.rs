//! A screen as something to draw: what sits where on the grid, in which colour and style.
//!
//! [`picture`] turns a model [`Screen`] into [`Picture`] items, one per run of characters on a
//! row (a field running past the end of a row continues on the next one): labels with their
//! text, output slots the program fills, input slots the operator types into, dark fields.
//! The SVG, the text picture and the app's Screens view all draw these items, so they agree.

use crate::model::{Intensity, Protection, Screen, ScreenField};

/// A screen ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// `MAPSET.MAP`.
    pub title: String,
    pub rows: u16,
    pub columns: u16,
    pub items: Vec<PictureItem>,
}

/// What a run of characters on the screen is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// Constant text (`INITIAL` of a protected field).
    Label,
    /// A protected field the program fills at run time.
    Output,
    /// An unprotected field the operator types into.
    Input,
}

/// One run of characters on one row.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureItem {
    /// 1-based row and column of the first character.
    pub row: u16,
    pub column: u16,
    /// Characters covered.
    pub width: u16,
    /// What to show: the label or initial value, cut or padded to `width` (spaces); empty
    /// for a slot without an initial value.
    pub text: String,
    pub kind: ItemKind,
    pub bright: bool,
    /// `DRK`: not displayed on the terminal.
    pub dark: bool,
    pub color: ScreenColor,
    /// `HILIGHT=UNDERLINE`, and every input slot.
    pub underline: bool,
    pub reverse: bool,
    pub blink: bool,
    /// Index of the field in `Screen::fields`.
    pub field: usize,
    /// 1-based occurrence of an `OCCURS` field (1 otherwise).
    pub occurrence: u16,
    /// The field's name (with `(n)` for occurrences of an OCCURS field); `None` for constants.
    pub name: Option<String>,
    /// A one-line description for hovers and SVG `<title>`s.
    pub hover: String,
}

/// The 3270 colours (base colours picked from protection and intensity when a field has no
/// `COLOR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenColor {
    Blue,
    Red,
    Pink,
    Green,
    Turquoise,
    Yellow,
    White,
}

impl ScreenColor {
    /// The colour as RGB, as terminal emulators commonly show it on black.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            ScreenColor::Blue => [0x78, 0xa8, 0xff],
            ScreenColor::Red => [0xff, 0x50, 0x50],
            ScreenColor::Pink => [0xff, 0x7a, 0xe0],
            ScreenColor::Green => [0x40, 0xe0, 0x60],
            ScreenColor::Turquoise => [0x40, 0xe0, 0xe0],
            ScreenColor::Yellow => [0xff, 0xf0, 0x50],
            ScreenColor::White => [0xf0, 0xf0, 0xf0],
        }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        let [r, g, b] = self.rgb();
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The colour of a field: its `COLOR`, else the base colour of a 3270 without extended
    /// colour (protected normal blue, protected bright white, unprotected normal green,
    /// unprotected bright red).
    pub fn of(field: &ScreenField) -> ScreenColor {
        match field.color.as_deref() {
            Some("BLUE") => return ScreenColor::Blue,
            Some("RED") => return ScreenColor::Red,
            Some("PINK") => return ScreenColor::Pink,
            Some("GREEN") => return ScreenColor::Green,
            Some("TURQUOISE") => return ScreenColor::Turquoise,
            Some("YELLOW") => return ScreenColor::Yellow,
            Some("NEUTRAL") => return ScreenColor::White,
            _ => {}
        }
        let bright = field.attributes.intensity == Intensity::Bright;
        match (
            field.attributes.protection == Protection::Unprotected,
            bright,
        ) {
            (false, false) => ScreenColor::Blue,
            (false, true) => ScreenColor::White,
            (true, false) => ScreenColor::Green,
            (true, true) => ScreenColor::Red,
        }
    }
}

/// The picture of a screen.
pub fn picture(screen: &Screen) -> Picture {
    let mut items = Vec::new();
    let columns = screen.columns.max(1);
    for (index, field) in screen.fields.iter().enumerate() {
        let kind = if field.is_input() {
            ItemKind::Input
        } else if field.initial.is_some() {
            ItemKind::Label
        } else if field.name.is_some() {
            ItemKind::Output
        } else {
            // An unnamed field without text: a stopper byte after an input field.
            continue;
        };
        if field.length == 0 {
            continue;
        }
        let color = ScreenColor::of(field);
        let highlight = field.highlight.as_deref().unwrap_or("");
        let occurrences = field.occurrences(columns);
        for (n, &(row, column)) in occurrences.iter().enumerate() {
            let name = field.name.as_ref().map(|name| {
                if field.occurs > 1 {
                    format!("{name}({})", n + 1)
                } else {
                    name.clone()
                }
            });
            let hover = hover(field, kind, name.as_deref(), row, column);
            let text: Vec<char> = field.initial.as_deref().unwrap_or("").chars().collect();
            // Split at row ends; stop at the end of the screen.
            let mut at = (u32::from(row) - 1) * u32::from(columns) + u32::from(column) - 1;
            let end_of_screen = u32::from(screen.rows) * u32::from(columns);
            let mut done = 0u32;
            let length = u32::from(field.length);
            while done < length && at < end_of_screen {
                let col = at % u32::from(columns);
                let run = (u32::from(columns) - col).min(length - done);
                let slice: String = if text.is_empty() {
                    String::new()
                } else {
                    (done..done + run)
                        .map(|i| text.get(i as usize).copied().unwrap_or(' '))
                        .collect()
                };
                items.push(PictureItem {
                    row: (at / u32::from(columns) + 1) as u16,
                    column: (col + 1) as u16,
                    width: run as u16,
                    text: slice,
                    kind,
                    bright: field.attributes.intensity == Intensity::Bright,
                    dark: field.attributes.intensity == Intensity::Dark,
                    color,
                    underline: kind == ItemKind::Input || highlight == "UNDERLINE",
                    reverse: highlight == "REVERSE",
                    blink: highlight == "BLINK",
                    field: index,
                    occurrence: n as u16 + 1,
                    name: name.clone(),
                    hover: hover.clone(),
                });
                done += run;
                at += run;
            }
        }
    }
    Picture {
        title: format!("{}.{}", screen.mapset, screen.name),
        rows: screen.rows,
        columns: screen.columns,
        items,
    }
}

/// `NINO: input, 9 characters at row 3, column 15 (UNPROT,NORM,IC,FSET)`.
fn hover(field: &ScreenField, kind: ItemKind, name: Option<&str>, row: u16, column: u16) -> String {
    let what = match (kind, field.attributes.intensity) {
        (_, Intensity::Dark) if kind == ItemKind::Input => "dark input (not displayed)",
        (_, Intensity::Dark) => "dark (not displayed)",
        (ItemKind::Input, _) => "input",
        (ItemKind::Output, _) => "output",
        (ItemKind::Label, _) => "label",
    };
    let mut text = match name {
        Some(n) => format!("{n}: {what}"),
        None => what.to_string(),
    };
    text.push_str(&format!(
        ", {} characters at row {row}, column {column} ({})",
        field.length,
        field.attributes.keywords()
    ));
    if let Some(p) = &field.picin {
        text.push_str(&format!(", PICIN '{p}'"));
    }
    if let Some(p) = &field.picout {
        text.push_str(&format!(", PICOUT '{p}'"));
    }
    if let Some(c) = &field.color {
        text.push_str(&format!(", {c}"));
    }
    if let Some(h) = field.highlight.as_deref().filter(|h| *h != "OFF") {
        text.push_str(&format!(", {h}"));
    }
    text
}

impl Picture {
    /// The item under a (row, column) of the screen (1-based), if any.
    pub fn item_at(&self, row: u16, column: u16) -> Option<&PictureItem> {
        self.items
            .iter()
            .rev()
            .find(|i| i.row == row && column >= i.column && column < i.column + i.width)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FieldAttributes, FileId, SymbolId};

    fn field(name: Option<&str>, row: u16, column: u16, length: u16) -> ScreenField {
        ScreenField {
            name: name.map(str::to_string),
            symbol: None,
            line: 1,
            row,
            column,
            length,
            attributes: FieldAttributes::default(),
            color: None,
            highlight: None,
            initial: None,
            picin: None,
            picout: None,
            occurs: 1,
            group: None,
            justify: None,
        }
    }

    fn screen(fields: Vec<ScreenField>) -> Screen {
        Screen {
            map: SymbolId(0),
            mapset: "SET".into(),
            name: "MAP".into(),
            file: FileId(0),
            line: 1,
            rows: 3,
            columns: 10,
            at_line: 1,
            at_column: 1,
            fields,
        }
    }

    #[test]
    fn fields_wrap_at_row_ends_stop_at_the_screen_end_and_stoppers_are_not_drawn() {
        let mut label = field(None, 1, 8, 6);
        label.initial = Some("ABCDEF".into());
        let mut input = field(Some("IN"), 3, 9, 5);
        input.attributes.protection = Protection::Unprotected;
        let stopper = field(None, 2, 5, 1);
        let p = picture(&screen(vec![label, input, stopper]));
        let runs: Vec<(u16, u16, u16, &str)> = p
            .items
            .iter()
            .map(|i| (i.row, i.column, i.width, i.text.as_str()))
            .collect();
        assert_eq!(
            runs,
            [(1, 8, 3, "ABC"), (2, 1, 3, "DEF"), (3, 9, 2, "")],
            "wrapped label, input cut at the end of the screen, no stopper"
        );
        assert_eq!(p.items[2].kind, ItemKind::Input);
        assert!(p.items[2].underline);
        assert_eq!(p.item_at(3, 10).and_then(|i| i.name.as_deref()), Some("IN"));
        assert!(p.item_at(2, 5).is_none());
    }

    #[test]
    fn colours_follow_color_else_protection_and_intensity() {
        let mut f = field(Some("F"), 1, 1, 1);
        assert_eq!(ScreenColor::of(&f), ScreenColor::Blue);
        f.attributes.intensity = Intensity::Bright;
        assert_eq!(ScreenColor::of(&f), ScreenColor::White);
        f.attributes.protection = Protection::Unprotected;
        assert_eq!(ScreenColor::of(&f), ScreenColor::Red);
        f.attributes.intensity = Intensity::Normal;
        assert_eq!(ScreenColor::of(&f), ScreenColor::Green);
        f.color = Some("PINK".into());
        assert_eq!(ScreenColor::of(&f), ScreenColor::Pink);
        assert_eq!(ScreenColor::Pink.hex(), "#ff7ae0");
    }
}
