//! BMS macros to mapsets, maps and fields.
//!
//! Reads the statements of [`super::source`]: `DFHMSD` opens a mapset (`TYPE=FINAL` closes it),
//! `DFHMDI` a map (`SIZE`, `LINE`, `COLUMN`, `COLOR`, `HILIGHT`), `DFHMDF` a field (`POS` as
//! `(row,column)` or as a 0-based offset, `LENGTH`, `ATTRB`, `COLOR`, `HILIGHT`, `INITIAL`,
//! `XINIT` in EBCDIC hex, `PICIN`, `PICOUT`, `OCCURS`, `GRPNAME`, `JUSTIFY`). Other assembler
//! statements (`TITLE`, `PRINT`, `END`, …) are skipped. Every doubtful operand is a
//! [`BmsProblem`] at its line and the rest of the source still counts; nothing here panics or
//! loops on bad input.

use super::source::{self, Statement};
use crate::model::{FieldAttributes, Intensity, Protection, ScreenField, Severity};

/// The largest screen a map may declare (3270 models go to 27×132; some emulators further).
const MAX_SIDE: u32 = 255;

/// A parsed BMS source: its mapsets and what was odd about it.
#[derive(Debug, Clone, Default)]
pub struct BmsSource {
    pub mapsets: Vec<MapsetSource>,
    pub problems: Vec<BmsProblem>,
}

/// A problem in a BMS source, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BmsProblem {
    pub line: u32,
    pub severity: Severity,
    pub message: String,
}

/// Where a name is written in the source (byte offset and length), for symbol spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NameAt {
    pub offset: usize,
    pub len: usize,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub struct MapsetSource {
    pub name: String,
    pub at: NameAt,
    /// The last line of the mapset (its `TYPE=FINAL`, or the last statement).
    pub end_line: u32,
    pub maps: Vec<MapSource>,
}

#[derive(Debug, Clone)]
pub struct MapSource {
    pub name: String,
    pub at: NameAt,
    pub end_line: u32,
    pub rows: u16,
    pub columns: u16,
    pub at_line: u16,
    pub at_column: u16,
    /// Fields in source order; `ScreenField::symbol` is not set yet.
    pub fields: Vec<FieldSource>,
}

#[derive(Debug, Clone)]
pub struct FieldSource {
    pub field: ScreenField,
    /// The label's place (the macro's place for an unnamed field).
    pub at: NameAt,
}

/// Parses a BMS source. `default_mapset` names maps written without a `DFHMSD` (the file
/// name, usually).
pub fn parse(text: &str, default_mapset: &str) -> BmsSource {
    let (statements, layout) = source::statements(text);
    let mut out = BmsSource {
        mapsets: Vec::new(),
        problems: layout
            .into_iter()
            .map(|p| BmsProblem {
                line: p.line,
                severity: Severity::Warning,
                message: p.message,
            })
            .collect(),
    };
    let mut parser = Parser {
        out: &mut out,
        open_mapset: false,
        mapset_style: Style::default(),
        map_style: Style::default(),
        groups: Vec::new(),
    };
    for st in &statements {
        parser.statement(st, default_mapset);
    }
    if parser.open_mapset {
        let line = statements.last().map_or(1, |s| s.end_line);
        parser.problem(
            line,
            Severity::Info,
            "mapset not closed by DFHMSD TYPE=FINAL".into(),
        );
    }
    out
}

/// COLOR and HILIGHT defaults passed from mapset to map to field.
#[derive(Debug, Clone, Default)]
struct Style {
    color: Option<String>,
    highlight: Option<String>,
}

struct Parser<'a> {
    out: &'a mut BmsSource,
    open_mapset: bool,
    mapset_style: Style,
    map_style: Style,
    /// GRPNAMEs already seen in the current map.
    groups: Vec<String>,
}

impl Parser<'_> {
    fn problem(&mut self, line: u32, severity: Severity, message: String) {
        self.out.problems.push(BmsProblem {
            line,
            severity,
            message,
        });
    }

    fn statement(&mut self, st: &Statement, default_mapset: &str) {
        let at = NameAt {
            offset: st.offset,
            len: st.label_len,
            line: st.line,
        };
        match st.operation.as_str() {
            "DFHMSD" => self.mapset(st, at),
            "DFHMDI" => self.map(st, at, default_mapset),
            "DFHMDF" => self.field(st, at),
            // Assembler statements a map source may hold around its macros.
            "TITLE" | "PRINT" | "END" | "EJECT" | "SPACE" | "PUNCH" | "COPY" | "MACRO" | "MEND"
            | "ICTL" | "ISEQ" | "CSECT" | "DSECT" | "SETC" | "SETA" | "SETB" | "GBLC" | "GBLA"
            | "GBLB" | "LCLC" | "LCLA" | "LCLB" | "AIF" | "AGO" | "ANOP" | "MNOTE" | "PUSH"
            | "POP" | "DFHPDI" | "DFHPSD" => {}
            other => {
                let message = if other.is_empty() {
                    "statement without an operation".to_string()
                } else {
                    format!("`{other}` is not a BMS macro; skipped")
                };
                self.problem(st.line, Severity::Info, message);
            }
        }
    }

    fn mapset(&mut self, st: &Statement, at: NameAt) {
        let operands = self.operands(st);
        let kind = value_of(&operands, "TYPE").map(|v| v.text.to_ascii_uppercase());
        if kind.as_deref() == Some("FINAL") {
            if !self.open_mapset {
                self.problem(
                    st.line,
                    Severity::Info,
                    "DFHMSD TYPE=FINAL without an open mapset".into(),
                );
            }
            if let Some(set) = self.out.mapsets.last_mut() {
                set.end_line = st.end_line;
                if let Some(map) = set.maps.last_mut() {
                    map.end_line = map.end_line.max(st.line.saturating_sub(1));
                }
            }
            self.open_mapset = false;
            return;
        }
        let Some(name) = st.label.clone() else {
            self.problem(
                st.line,
                Severity::Warning,
                "DFHMSD without a mapset name in column 1".into(),
            );
            return;
        };
        if self.open_mapset {
            self.problem(
                st.line,
                Severity::Info,
                "DFHMSD opens a mapset before the previous one's TYPE=FINAL".into(),
            );
        }
        self.mapset_style = Style {
            color: value_of(&operands, "COLOR").map(|v| v.text.to_ascii_uppercase()),
            highlight: value_of(&operands, "HILIGHT").map(|v| v.text.to_ascii_uppercase()),
        };
        self.open_mapset = true;
        self.out.mapsets.push(MapsetSource {
            name,
            at,
            end_line: st.end_line,
            maps: Vec::new(),
        });
    }

    fn map(&mut self, st: &Statement, at: NameAt, default_mapset: &str) {
        let operands = self.operands(st);
        let Some(name) = st.label.clone() else {
            self.problem(
                st.line,
                Severity::Warning,
                "DFHMDI without a map name in column 1; map skipped".into(),
            );
            return;
        };
        if !self.open_mapset {
            self.problem(
                st.line,
                Severity::Warning,
                format!("DFHMDI {name} outside a mapset; put in mapset {default_mapset}"),
            );
            self.out.mapsets.push(MapsetSource {
                name: default_mapset.to_ascii_uppercase(),
                at,
                end_line: st.end_line,
                maps: Vec::new(),
            });
            self.mapset_style = Style::default();
            self.open_mapset = true;
        }
        let (mut rows, mut columns) = (24u16, 80u16);
        if let Some(size) = value_of(&operands, "SIZE") {
            match size.pair() {
                Some((r, c)) if (1..=MAX_SIDE).contains(&r) && (1..=MAX_SIDE).contains(&c) => {
                    (rows, columns) = (r as u16, c as u16);
                }
                _ => self.problem(
                    st.line,
                    Severity::Warning,
                    format!(
                        "SIZE={} is not (rows,columns) up to 255; 24×80 assumed",
                        size.raw
                    ),
                ),
            }
        }
        let number = |key: &str| {
            value_of(&operands, key)
                .and_then(|v| v.text.parse::<u32>().ok())
                .filter(|n| (1..=MAX_SIDE).contains(n))
                .map_or(1, |n| n as u16)
        };
        self.map_style = Style {
            color: value_of(&operands, "COLOR")
                .map(|v| v.text.to_ascii_uppercase())
                .or_else(|| self.mapset_style.color.clone()),
            highlight: value_of(&operands, "HILIGHT")
                .map(|v| v.text.to_ascii_uppercase())
                .or_else(|| self.mapset_style.highlight.clone()),
        };
        self.groups.clear();
        let map = MapSource {
            name,
            at,
            end_line: st.end_line,
            rows,
            columns,
            at_line: number("LINE"),
            at_column: number("COLUMN"),
            fields: Vec::new(),
        };
        if let Some(set) = self.out.mapsets.last_mut() {
            set.end_line = st.end_line;
            set.maps.push(map);
        }
    }

    fn field(&mut self, st: &Statement, at: NameAt) {
        let operands = self.operands(st);
        if self
            .out
            .mapsets
            .last()
            .is_none_or(|s| s.maps.is_empty() || !self.open_mapset)
        {
            self.problem(
                st.line,
                Severity::Warning,
                "DFHMDF before any DFHMDI; field skipped".into(),
            );
            return;
        }
        let (rows, columns) = {
            let map = self.current_map();
            (u32::from(map.rows), u32::from(map.columns))
        };
        let cells = rows * columns;
        // POS is where the attribute byte goes: (row,column), or an offset from the map's start.
        let Some(pos) = value_of(&operands, "POS") else {
            self.problem(
                st.line,
                Severity::Warning,
                "DFHMDF without POS; field skipped".into(),
            );
            return;
        };
        let attribute_at = match (pos.pair(), pos.text.parse::<u32>()) {
            (Some((r, c)), _) if r >= 1 && c >= 1 && r <= rows && c <= columns => {
                (r - 1) * columns + (c - 1)
            }
            (None, Ok(n)) if n < cells => n,
            _ => {
                self.problem(
                    st.line,
                    Severity::Warning,
                    format!(
                        "POS={} is outside the {rows}×{columns} map; field skipped",
                        pos.raw
                    ),
                );
                return;
            }
        };
        let length = match value_of(&operands, "LENGTH") {
            Some(v) => match v.text.parse::<u32>() {
                Ok(n) if n <= cells => n,
                _ => {
                    self.problem(
                        st.line,
                        Severity::Warning,
                        format!(
                            "LENGTH={} is not a length that fits the map; 0 assumed",
                            v.raw
                        ),
                    );
                    0
                }
            },
            None => 0,
        };
        let initial = match (value_of(&operands, "INITIAL"), value_of(&operands, "XINIT")) {
            (Some(v), _) => Some(v.text.clone()),
            (None, Some(hex)) => {
                let decoded = from_hex_ebcdic(&hex.text);
                if decoded.is_none() {
                    self.problem(
                        st.line,
                        Severity::Warning,
                        format!("XINIT={} is not pairs of hex digits; ignored", hex.raw),
                    );
                }
                decoded
            }
            (None, None) => None,
        };
        // Without LENGTH the initial value gives it.
        let length = if length == 0 {
            initial
                .as_ref()
                .map_or(0, |i| (i.chars().count() as u32).min(cells))
        } else {
            length
        };
        let group = value_of(&operands, "GRPNAME").map(|v| v.text.to_ascii_uppercase());
        // Fields after the first of a group share its attribute byte: POS is their first
        // character.
        let continues_group = group.as_ref().is_some_and(|g| self.groups.contains(g));
        if let Some(g) = &group
            && !continues_group
        {
            self.groups.push(g.clone());
        }
        let start = if continues_group {
            attribute_at
        } else {
            attribute_at + 1
        };
        let mut occurs = 1u32;
        if let Some(v) = value_of(&operands, "OCCURS") {
            match v.text.parse::<u32>() {
                Ok(n) if n >= 1 && start + (n - 1) * (length + 1) + length <= cells => {
                    occurs = n;
                }
                _ => self.problem(
                    st.line,
                    Severity::Warning,
                    format!("OCCURS={} does not fit the map; one occurrence kept", v.raw),
                ),
            }
        }
        if start + length > cells {
            self.problem(
                st.line,
                Severity::Warning,
                format!("field runs past the end of the {rows}×{columns} map"),
            );
        }
        if let Some(text) = &initial {
            let chars = text.chars().count() as u32;
            if chars > length {
                self.problem(
                    st.line,
                    Severity::Warning,
                    format!(
                        "INITIAL is {chars} characters, longer than LENGTH={length}; the rest is \
                         not shown"
                    ),
                );
            }
        }
        let attributes = match value_of(&operands, "ATTRB") {
            Some(v) => self.attributes(st.line, v),
            // The later fields of a group take the attributes of its first field.
            None if continues_group => self
                .current_map()
                .fields
                .iter()
                .find(|f| f.field.group == group)
                .map(|f| f.field.attributes)
                .unwrap_or_default(),
            None => FieldAttributes::default(),
        };
        let style = self.map_style.clone();
        let field = ScreenField {
            name: st.label.clone(),
            symbol: None,
            line: st.line,
            row: (start / columns + 1).min(rows) as u16,
            column: (start % columns + 1) as u16,
            length: length as u16,
            attributes,
            color: value_of(&operands, "COLOR")
                .map(|v| v.text.to_ascii_uppercase())
                .or(style.color),
            highlight: value_of(&operands, "HILIGHT")
                .map(|v| v.text.to_ascii_uppercase())
                .or(style.highlight),
            initial,
            picin: value_of(&operands, "PICIN").map(|v| v.text.clone()),
            picout: value_of(&operands, "PICOUT").map(|v| v.text.clone()),
            occurs: occurs as u16,
            group,
            justify: value_of(&operands, "JUSTIFY").map(|v| v.raw.to_ascii_uppercase()),
        };
        let end_line = st.end_line;
        let map = self.current_map();
        map.end_line = end_line;
        map.fields.push(FieldSource { field, at });
    }

    fn current_map(&mut self) -> &mut MapSource {
        self.out
            .mapsets
            .last_mut()
            .and_then(|s| s.maps.last_mut())
            .expect("checked by the caller")
    }

    fn attributes(&mut self, line: u32, value: &Value) -> FieldAttributes {
        let mut a = FieldAttributes::default();
        let mut protection = None;
        for word in value.items() {
            match word.to_ascii_uppercase().as_str() {
                "ASKIP" => protection = Some(Protection::AutoSkip),
                "PROT" => protection = Some(Protection::Protected),
                "UNPROT" => protection = Some(Protection::Unprotected),
                "NUM" => a.numeric = true,
                "BRT" => a.intensity = Intensity::Bright,
                "NORM" => a.intensity = Intensity::Normal,
                "DRK" => a.intensity = Intensity::Dark,
                "IC" => a.cursor = true,
                "FSET" => a.fset = true,
                "" => {}
                other => self.problem(
                    line,
                    Severity::Warning,
                    format!("ATTRB value `{other}` is not a 3270 attribute; ignored"),
                ),
            }
        }
        // ATTRB written without ASKIP or PROT makes the field unprotected.
        a.protection = protection.unwrap_or(Protection::Unprotected);
        a
    }

    fn operands(&mut self, st: &Statement) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        for part in split_top_level(&st.operands) {
            if part.is_empty() {
                continue;
            }
            match part.split_once('=') {
                Some((key, value))
                    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric()) =>
                {
                    out.push((key.to_ascii_uppercase(), Value::parse(value)));
                }
                _ => self.problem(
                    st.line,
                    Severity::Info,
                    format!("operand `{part}` is not KEYWORD=value; ignored"),
                ),
            }
        }
        out
    }
}

/// An operand value: as written, and with quotes undone.
#[derive(Debug, Clone)]
struct Value {
    raw: String,
    /// Quotes removed (`''` → `'`, `&&` → `&`); a list keeps its parentheses.
    text: String,
}

impl Value {
    fn parse(raw: &str) -> Value {
        let text = if raw.len() >= 2 && raw.starts_with('\'') {
            let inner = raw[1..].strip_suffix('\'').unwrap_or(&raw[1..]);
            inner.replace("''", "'").replace("&&", "&")
        } else {
            raw.to_string()
        };
        Value {
            raw: raw.to_string(),
            text,
        }
    }

    /// The items of a parenthesised list (or the value itself).
    fn items(&self) -> Vec<String> {
        match self
            .raw
            .strip_prefix('(')
            .map(|r| r.strip_suffix(')').unwrap_or(r))
        {
            Some(inner) => split_top_level(inner)
                .into_iter()
                .map(|s| s.trim().to_string())
                .collect(),
            None => vec![self.raw.trim().to_string()],
        }
    }

    /// `(a,b)` as two numbers.
    fn pair(&self) -> Option<(u32, u32)> {
        if !self.raw.starts_with('(') {
            return None;
        }
        let items = self.items();
        match items.as_slice() {
            [a, b] => Some((a.parse().ok()?, b.parse().ok()?)),
            _ => None,
        }
    }
}

/// `XINIT='C8C5D3D3D6'`: EBCDIC (code page 037) bytes in hex → text.
fn from_hex_ebcdic(hex: &str) -> Option<String> {
    let digits: Vec<u8> = hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if digits.is_empty() || digits.len() % 2 != 0 {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| {
            let text = std::str::from_utf8(pair).ok()?;
            let byte = u8::from_str_radix(text, 16).ok()?;
            Some(crate::decode::ebcdic::CP037[byte as usize])
        })
        .collect()
}

fn value_of<'v>(operands: &'v [(String, Value)], key: &str) -> Option<&'v Value> {
    operands.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Splits at commas outside parentheses and quotes.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            ',' if !quoted && depth <= 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(text: &str, mark: char) -> String {
        format!("{text:<71}{mark}")
    }

    /// A mapset with every kind of field; the long PIN line is continued in column 72.
    fn mapset() -> String {
        [
            "         TITLE 'CLAIM MAPS'".to_string(),
            "         PRINT NOGEN".to_string(),
            "* A COMMENT".to_string(),
            "CLMSET   DFHMSD TYPE=&SYSPARM,MODE=INOUT,LANG=COBOL,COLOR=BLUE".to_string(),
            "CLMMAP   DFHMDI SIZE=(12,40),LINE=2,COLUMN=1".to_string(),
            "         DFHMDF POS=(1,1),LENGTH=5,INITIAL='CLAIM'".to_string(),
            card(
                "REF      DFHMDF POS=(1,10),LENGTH=8,ATTRB=(UNPROT,NUM,BRT,IC,FSET),",
                '*',
            ),
            "               PICIN='9(8)'".to_string(),
            card(
                "PIN      DFHMDF POS=(2,10),LENGTH=4,ATTRB=(UNPROT,DRK),COLOR=RED,",
                'X',
            ),
            "               HILIGHT=UNDERLINE".to_string(),
            "NOTE     DFHMDF POS=(3,1),LENGTH=6,ATTRB=PROT,INITIAL='IT''S &&'".to_string(),
            "LINE     DFHMDF POS=200,LENGTH=3,OCCURS=4,PICOUT='ZZ9'".to_string(),
            "         DFHMSD TYPE=FINAL".to_string(),
            "         END".to_string(),
        ]
        .join("\n")
    }

    #[test]
    fn mapset_map_and_fields() {
        let text = mapset();
        let src = parse(&text, "X");
        assert!(src.problems.is_empty(), "{:?}", src.problems);
        let set = &src.mapsets[0];
        assert_eq!(set.name, "CLMSET");
        let map = &set.maps[0];
        assert_eq!(
            (map.name.as_str(), map.rows, map.columns),
            ("CLMMAP", 12, 40)
        );
        assert_eq!((map.at_line, map.at_column), (2, 1));
        let f: Vec<&ScreenField> = map.fields.iter().map(|f| &f.field).collect();
        assert_eq!(f.len(), 5);
        // The attribute byte is at POS; the text starts one column later.
        assert_eq!((f[0].row, f[0].column, f[0].length), (1, 2, 5));
        assert_eq!(f[0].name, None);
        assert_eq!(f[0].initial.as_deref(), Some("CLAIM"));
        assert_eq!(f[0].attributes.protection, Protection::AutoSkip);
        assert_eq!(
            f[0].color.as_deref(),
            Some("BLUE"),
            "inherited from the mapset"
        );
        assert_eq!(f[1].name.as_deref(), Some("REF"));
        assert_eq!(f[1].attributes.keywords(), "UNPROT,NUM,BRT,IC,FSET");
        assert_eq!(f[1].picin.as_deref(), Some("9(8)"));
        assert_eq!(f[2].attributes.intensity, Intensity::Dark);
        assert_eq!(f[2].attributes.protection, Protection::Unprotected);
        assert_eq!(f[2].color.as_deref(), Some("RED"));
        assert_eq!(f[2].highlight.as_deref(), Some("UNDERLINE"));
        assert_eq!(f[3].attributes.protection, Protection::Protected);
        assert_eq!(f[3].initial.as_deref(), Some("IT'S &"));
        // POS=200 on a 40-column map: row 6, column 1 is the attribute byte.
        assert_eq!((f[4].row, f[4].column, f[4].occurs), (6, 2, 4));
        assert_eq!(f[4].occurrences(40), vec![(6, 2), (6, 6), (6, 10), (6, 14)]);
        assert_eq!(f[4].picout.as_deref(), Some("ZZ9"));
        assert_eq!(map.at.line, 5);
        assert_eq!(f[2].line, 9);
        assert_eq!(&text[map.at.offset..map.at.offset + map.at.len], "CLMMAP");
    }

    #[test]
    fn continued_initial_and_sample_style() {
        let text = [
            "PAYSET   DFHMSD TYPE=MAP,LANG=COBOL".to_string(),
            "PAYMAP   DFHMDI SIZE=(24,80)".to_string(),
            card(
                "         DFHMDF POS=(16,2),LENGTH=70,ATTRB=(ASKIP,BRT),",
                'X',
            ),
            card(
                "               INITIAL='PAYMENT DATE  PERIOD FROM - TO         AMOUNT",
                'X',
            ),
            "               DEDUCTED'".to_string(),
            "ROW      DFHMDF POS=(17,2),LENGTH=10,OCCURS=3".to_string(),
            "         DFHMSD TYPE=FINAL".to_string(),
        ]
        .join("\n");
        let src = parse(&text, "X");
        assert!(src.problems.is_empty(), "{:?}", src.problems);
        let fields = &src.mapsets[0].maps[0].fields;
        let initial = fields[0].field.initial.as_deref().unwrap();
        assert!(initial.starts_with("PAYMENT DATE  PERIOD FROM - TO         AMOUNT"));
        assert!(initial.ends_with("AMOUNT  DEDUCTED"), "{initial}");
        let row = &fields[1].field;
        assert_eq!(row.occurrences(80), vec![(17, 3), (17, 14), (17, 25)]);
        // ATTRB omitted: ASKIP, NORM.
        assert_eq!(row.attributes.keywords(), "ASKIP,NORM");
    }

    #[test]
    fn bad_input_becomes_problems_with_lines() {
        let text = r"         DFHMDF POS=(1,1),LENGTH=3
SET      DFHMSD TYPE=MAP
M1       DFHMDI SIZE=(0,80)
A        DFHMDF POS=(30,1),LENGTH=3
B        DFHMDF POS=(2,1),LENGTH=99999
C        DFHMDF POS=(3,1),LENGTH=3,ATTRB=(UNPROT,SHINY),OCCURS=70000
D        DFHMDF LENGTH=3
         DFHMDI SIZE=(24,80)
         LR    1,2
         DFHMDF POS=(4,1),LENGTH=2,=X,GARBAGE
TOOLONG  DFHMDF POS=(5,1),LENGTH=2,INITIAL='ABC'
HEX      DFHMDF POS=(6,1),LENGTH=5,XINIT='C8C5D3D3D6'
BADHEX   DFHMDF POS=(7,1),LENGTH=2,XINIT='C8Z'
";
        let src = parse(text, "X");
        let lines: Vec<u32> = src.problems.iter().map(|p| p.line).collect();
        for (line, needle) in [
            (1, "before any DFHMDI"),
            (3, "SIZE=(0,80)"),
            (4, "outside"),
            (5, "LENGTH=99999"),
            (6, "SHINY"),
            (6, "OCCURS=70000"),
            (7, "without POS"),
            (8, "without a map name"),
            (9, "`LR`"),
            (10, "GARBAGE"),
            (11, "INITIAL is 3 characters, longer than LENGTH=2"),
            (13, "XINIT='C8Z'"),
        ] {
            assert!(
                src.problems
                    .iter()
                    .any(|p| p.line == line && p.message.contains(needle)),
                "line {line}: {needle} in {:?}",
                src.problems
            );
        }
        assert!(lines.contains(&10));
        let map = &src.mapsets[0].maps[0];
        assert_eq!((map.rows, map.columns), (24, 80));
        let names: Vec<_> = map
            .fields
            .iter()
            .filter_map(|f| f.field.name.as_deref())
            .collect();
        assert_eq!(names, ["B", "C", "TOOLONG", "HEX", "BADHEX"]);
        assert_eq!(map.fields[4].field.initial.as_deref(), Some("HELLO"));
    }

    #[test]
    fn group_fields_share_the_attribute_byte() {
        let text = r"S        DFHMSD TYPE=MAP
M        DFHMDI SIZE=(24,80)
DAY      DFHMDF POS=(5,10),LENGTH=2,GRPNAME=DATE,ATTRB=(UNPROT,NUM)
MONTH    DFHMDF POS=(5,13),LENGTH=2,GRPNAME=DATE
         DFHMSD TYPE=FINAL
";
        let src = parse(text, "X");
        assert!(src.problems.is_empty(), "{:?}", src.problems);
        let f = &src.mapsets[0].maps[0].fields;
        assert_eq!((f[0].field.row, f[0].field.column), (5, 11));
        assert_eq!((f[1].field.row, f[1].field.column), (5, 13));
        assert_eq!(f[1].field.group.as_deref(), Some("DATE"));
        assert_eq!(
            f[1].field.attributes.keywords(),
            "UNPROT,NUM,NORM",
            "the group's"
        );
    }

    #[test]
    fn any_text_parses_without_panicking() {
        let mut seed = 7u64;
        let alphabet = b"DFHMSDI =(),'X*&POS123\n\t ";
        for _ in 0..300 {
            let len = (seed % 300) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()] as char
                })
                .collect();
            let _ = parse(&text, "X");
            let _ = parse(
                &format!("S DFHMSD TYPE=MAP\nM DFHMDI SIZE=(3,4)\n{text}"),
                "X",
            );
        }
    }
}
