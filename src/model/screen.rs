//! 3270 screens as the model keeps them: one [`Screen`] per BMS map (`DFHMDI`), with its size
//! and its fields (`DFHMDF`) at their positions with their attributes, so pictures, links to
//! programs and exports are built without parsing the map source again.
//!
//! Positions are 1-based (row, column) of the field's first character; the attribute byte a
//! 3270 puts before every field sits one column to the left.

use serde::Serialize;

use super::{FileId, SymbolId};

/// One map of a mapset: a screen (or part of one) the programs SEND and RECEIVE.
#[derive(Debug, Clone, Serialize)]
pub struct Screen {
    /// The `cics-map` symbol (`MAPSET.MAP`).
    #[serde(skip)]
    pub map: SymbolId,
    pub mapset: String,
    pub name: String,
    #[serde(skip)]
    pub file: FileId,
    /// 1-based line of the DFHMDI macro.
    pub line: u32,
    /// `SIZE=(rows,columns)`; 24×80 when not written.
    pub rows: u16,
    pub columns: u16,
    /// `LINE=` / `COLUMN=`: where the map starts on the screen (1 when not written).
    pub at_line: u16,
    pub at_column: u16,
    /// Fields in source order; an `OCCURS` field is one entry (see [`ScreenField::occurs`]).
    pub fields: Vec<ScreenField>,
}

/// One `DFHMDF` field: a label (constant text), or a named field the program fills or reads.
#[derive(Debug, Clone, Serialize)]
pub struct ScreenField {
    /// The label of the macro (the symbolic-map name stem); `None` for constants.
    pub name: Option<String>,
    /// The `screen-field` symbol of a named field.
    #[serde(skip)]
    pub symbol: Option<SymbolId>,
    /// 1-based line of the DFHMDF macro.
    pub line: u32,
    pub row: u16,
    pub column: u16,
    pub length: u16,
    pub attributes: FieldAttributes,
    /// `COLOR=`, upper-cased (`BLUE`, `RED`, `PINK`, `GREEN`, `TURQUOISE`, `YELLOW`, `NEUTRAL`,
    /// `DEFAULT`), inherited from the map or mapset when the field has none.
    pub color: Option<String>,
    /// `HILIGHT=`: `OFF`, `BLINK`, `REVERSE`, `UNDERLINE`.
    pub highlight: Option<String>,
    /// `INITIAL=` with quotes undone (`''` → `'`, `&&` → `&`).
    pub initial: Option<String>,
    pub picin: Option<String>,
    pub picout: Option<String>,
    /// `OCCURS=n`: the field repeats `n` times, each copy after the previous one's attribute
    /// byte. 1 when not written.
    pub occurs: u16,
    /// `GRPNAME=`: fields of one group share a symbolic-map entry.
    pub group: Option<String>,
    /// `JUSTIFY=` as written.
    pub justify: Option<String>,
}

impl ScreenField {
    /// Whether the operator can type into it (`UNPROT`).
    pub fn is_input(&self) -> bool {
        self.attributes.protection == Protection::Unprotected
    }

    /// The (row, column) of every occurrence: a field with `OCCURS=n` repeats, each copy one
    /// attribute byte after the previous one, running on into the next rows.
    pub fn occurrences(&self, columns: u16) -> Vec<(u16, u16)> {
        let columns = u32::from(columns.max(1));
        let start = (u32::from(self.row.max(1)) - 1) * columns + u32::from(self.column.max(1)) - 1;
        (0..u32::from(self.occurs.max(1)))
            .map(|i| {
                let at = start + i * (u32::from(self.length) + 1);
                ((at / columns + 1) as u16, (at % columns + 1) as u16)
            })
            .collect()
    }
}

/// What `ATTRB=` says about a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct FieldAttributes {
    pub protection: Protection,
    /// `NUM`: numeric input only.
    pub numeric: bool,
    pub intensity: Intensity,
    /// `IC`: the cursor starts here.
    pub cursor: bool,
    /// `FSET`: sent back to the program even when not changed.
    pub fset: bool,
}

impl FieldAttributes {
    /// The attribute keywords as BMS writes them (`UNPROT,NUM,BRT,IC,FSET`).
    pub fn keywords(&self) -> String {
        let mut words = vec![self.protection.keyword()];
        if self.numeric {
            words.push("NUM");
        }
        words.push(self.intensity.keyword());
        if self.cursor {
            words.push("IC");
        }
        if self.fset {
            words.push("FSET");
        }
        words.join(",")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    /// `ASKIP`: protected, and the cursor skips over it.
    #[default]
    AutoSkip,
    /// `PROT`: protected, the cursor stops on it.
    Protected,
    /// `UNPROT`: the operator types into it.
    Unprotected,
}

impl Protection {
    pub fn keyword(self) -> &'static str {
        match self {
            Protection::AutoSkip => "ASKIP",
            Protection::Protected => "PROT",
            Protection::Unprotected => "UNPROT",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Intensity {
    #[default]
    Normal,
    /// `BRT`: highlighted.
    Bright,
    /// `DRK`: not displayed (passwords, hidden keys).
    Dark,
}

impl Intensity {
    pub fn keyword(self) -> &'static str {
        match self {
            Intensity::Normal => "NORM",
            Intensity::Bright => "BRT",
            Intensity::Dark => "DRK",
        }
    }
}
