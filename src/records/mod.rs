//! Record layouts — the data dictionary: for every 01/77 record (and 66 RENAMES) of every COBOL
//! program, each data item's byte offset from the start of its record, its size, storage kind,
//! PICTURE, USAGE, sign, OCCURS, REDEFINES, SYNC slack and 88-level values.
//!
//! Computed from the model ([`Model::storage`], filled while registering COBOL data items) and
//! the symbol tree, never by parsing again.
//!
//! The rules are IBM Enterprise COBOL's ([`LayoutOptions::ibm`]):
//! - DISPLAY: one byte per position; `S` takes a byte only with `SIGN … SEPARATE`; NATIONAL two
//!   bytes per position, DBCS (`G`, `N` with DISPLAY-1) two bytes per character;
//! - BINARY / COMP / COMP-4 / COMP-5: 2, 4 or 8 bytes for 1–4, 5–9, 10–18 digits;
//! - COMP-3 / PACKED-DECIMAL: `digits / 2 + 1`; COMP-1 4, COMP-2 8;
//! - POINTER, FUNCTION-POINTER and INDEX 4 bytes, PROCEDURE-POINTER 8;
//! - USAGE on a group applies to its elementary items;
//! - SYNC (on the item, or on its 01 group): binary halfword (2 bytes) or fullword (4 and 8
//!   bytes), COMP-1, POINTER, INDEX fullword, COMP-2 doubleword, relative to the record start;
//!   slack bytes go before the item and count in its group's size. A table whose entries hold
//!   synchronized items gets slack at the end of each entry so every entry keeps the alignment.
//! - OCCURS DEPENDING ON: the maximum size; REDEFINES: the redefined item's offset, and a
//!   group is as long as its longest alternative.
//!
//! Where GnuCOBOL differs ([`LayoutOptions::gnucobol`], used by the `cobc` oracle): pointers
//! are 8 bytes on 64-bit hosts; SYNC aligns 8-byte binaries on a doubleword and is ignored on
//! a group; COMP-5 is sized 1-2-4-8 even with `-std=ibm`; with its default configuration (not `-std=ibm`) binaries are sized 1-2-4-8 bytes
//! (`binary-size`) and `binary-truncate` applies — `-std=ibm` gives IBM's 2-4-8.

pub mod export;
pub mod oracle;
pub mod picture;

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Model, StorageClauses, SymbolId, SymbolKind};
use picture::Category;

/// Sizes that depend on the compiler and platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutOptions {
    /// POINTER, FUNCTION-POINTER (and INDEX on GnuCOBOL stays 4).
    pub pointer_size: u32,
    /// Alignment of a synchronized 8-byte binary item.
    pub binary8_align: u32,
    /// Whether SYNC on a group synchronizes its elementary items.
    pub group_sync: bool,
    /// COMP-5 sized 1, 2, 4 or 8 bytes for 1–2, 3–4, 5–9, 10–18 digits (GnuCOBOL's native
    /// binaries, even with `-std=ibm`) instead of IBM's 2, 4, 8.
    pub comp5_byte_sizes: bool,
}

impl LayoutOptions {
    /// IBM Enterprise COBOL (31-bit addressing).
    pub fn ibm() -> Self {
        LayoutOptions {
            pointer_size: 4,
            binary8_align: 4,
            group_sync: true,
            comp5_byte_sizes: false,
        }
    }

    /// GnuCOBOL 3 with `-std=ibm` on a 64-bit host.
    pub fn gnucobol() -> Self {
        LayoutOptions {
            pointer_size: 8,
            binary8_align: 8,
            group_sync: false,
            comp5_byte_sizes: true,
        }
    }
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self::ibm()
    }
}

/// How an item is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StorageKind {
    Group,
    Alphabetic,
    Alphanumeric,
    AlphanumericEdited,
    NumericDisplay,
    NumericEdited,
    National,
    NationalEdited,
    NumericNational,
    Dbcs,
    Binary,
    PackedDecimal,
    Float,
    Pointer,
    ProcedurePointer,
    Index,
    Unknown,
}

impl StorageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKind::Group => "group",
            StorageKind::Alphabetic => "alphabetic",
            StorageKind::Alphanumeric => "alphanumeric",
            StorageKind::AlphanumericEdited => "alphanumeric-edited",
            StorageKind::NumericDisplay => "numeric-display",
            StorageKind::NumericEdited => "numeric-edited",
            StorageKind::National => "national",
            StorageKind::NationalEdited => "national-edited",
            StorageKind::NumericNational => "numeric-national",
            StorageKind::Dbcs => "dbcs",
            StorageKind::Binary => "binary",
            StorageKind::PackedDecimal => "packed-decimal",
            StorageKind::Float => "float",
            StorageKind::Pointer => "pointer",
            StorageKind::ProcedurePointer => "procedure-pointer",
            StorageKind::Index => "index",
            StorageKind::Unknown => "unknown",
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            StorageKind::NumericDisplay
                | StorageKind::NumericNational
                | StorageKind::Binary
                | StorageKind::PackedDecimal
                | StorageKind::Float
        )
    }
}

/// One 88-level condition-name of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub name: String,
    pub values: Vec<String>,
}

/// One data item of a record, placed.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    #[serde(skip)]
    pub symbol: SymbolId,
    /// Qualified name as `legacylens symbols` prints it.
    pub name: String,
    /// Simple name (`FILLER` for unnamed items).
    pub simple_name: String,
    pub level: u8,
    /// Nesting depth inside the record (0 for the 01/77/66 item).
    pub depth: usize,
    /// Bytes from the start of the record (first occurrence inside tables).
    pub offset: Option<u32>,
    /// Bytes of one occurrence; `None` when it cannot be known (bad PICTURE …).
    pub size: Option<u32>,
    /// `size` × maximum occurrences.
    pub total_size: Option<u32>,
    pub kind: StorageKind,
    /// Effective USAGE (inherited from the group when not written), normalised; empty for
    /// groups without one.
    pub usage: String,
    pub picture: Option<String>,
    pub digits: Option<u32>,
    pub scale: Option<i32>,
    pub signed: bool,
    /// `LEADING`, `TRAILING`, `LEADING SEPARATE`, `TRAILING SEPARATE`.
    pub sign: Option<String>,
    pub occurs_min: Option<u32>,
    pub occurs_max: Option<u32>,
    pub depending_on: Option<String>,
    pub redefines: Option<String>,
    pub renames: Option<String>,
    pub sync: bool,
    /// Slack bytes inserted before the item for SYNC.
    pub slack_before: u32,
    pub filler: bool,
    pub blank_when_zero: bool,
    pub justified: bool,
    pub values: Vec<String>,
    pub conditions: Vec<Condition>,
    /// Why the size is unknown.
    pub problem: Option<String>,
}

impl Field {
    /// `OCCURS 12`, `OCCURS 1 TO 50 DEPENDING ON N`, or empty.
    pub fn occurs_text(&self) -> String {
        match (self.occurs_min, self.occurs_max) {
            (Some(min), Some(max)) => {
                let mut s = if min == max {
                    format!("{max}")
                } else {
                    format!("{min} TO {max}")
                };
                if let Some(d) = &self.depending_on {
                    s.push_str(&format!(" DEPENDING ON {d}"));
                }
                s
            }
            _ => String::new(),
        }
    }
}

/// One 01/77 record (or 66 RENAMES) with its items in declaration order.
#[derive(Debug, Clone, Serialize)]
pub struct RecordLayout {
    #[serde(skip)]
    pub symbol: SymbolId,
    /// The program (or copybook) that declares it.
    pub owner: String,
    pub name: String,
    pub size: Option<u32>,
    pub fields: Vec<Field>,
}

/// Every record of every COBOL program, programs in name order, records in declaration order.
pub fn all_records(model: &Model, options: &LayoutOptions) -> Vec<RecordLayout> {
    let children = children_of(model);
    let mut owners: Vec<&crate::model::Symbol> = model
        .symbols
        .iter()
        .filter(|s| matches!(s.kind, SymbolKind::Program | SymbolKind::Copybook))
        .collect();
    owners.sort_by(|a, b| a.qualified_name.cmp(&b.qualified_name));
    let mut out = Vec::new();
    for owner in owners {
        out.extend(owner_records(model, &children, owner.id, options));
    }
    out
}

/// The record holding `symbol` (a data item or condition-name at any depth, or the record
/// itself), laid out.
pub fn record_of(model: &Model, symbol: SymbolId, options: &LayoutOptions) -> Option<RecordLayout> {
    let mut top = symbol;
    loop {
        let s = model.symbols.get(top.index())?;
        if !matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName) {
            return None;
        }
        match s.parent {
            Some(p) if is_data(model, p) => top = p,
            Some(owner) => {
                if model.storage.get(&top).is_some_and(|c| c.level != 66) {
                    let children = children_in_record(model, top);
                    let mut builder = Builder {
                        model,
                        children: &children,
                        options,
                        fields: Vec::new(),
                    };
                    let (_, size) = builder.place(top, 0, 0, &Inherited::default());
                    return Some(RecordLayout {
                        symbol: top,
                        owner: model.symbol(owner).qualified_name.clone(),
                        name: model.symbol(top).qualified_name.clone(),
                        size: builder.fields.first().and_then(|f| f.total_size).or(size),
                        fields: builder.fields,
                    });
                }
                let children = children_under(model, owner);
                return owner_records(model, &children, owner, options)
                    .into_iter()
                    .find(|r| r.symbol == top);
            }
            None => return None,
        }
    }
}

/// The items that share bytes with data item `id` through a REDEFINES — its aliases: in its
/// record, every item overlapping it that is neither one of its groups nor one of its parts
/// (items of one group side by side never overlap, so an overlap is a REDEFINES). Empty when
/// the layout is unknown.
pub fn aliases_of(model: &Model, id: SymbolId) -> Vec<SymbolId> {
    let Some(record) = record_of(model, id, &LayoutOptions::ibm()) else {
        return Vec::new();
    };
    let Some(at) = record.fields.iter().position(|f| f.symbol == id) else {
        return Vec::new();
    };
    let span = |f: &Field| Some((f.offset?, f.total_size.or(f.size)?));
    let Some((start, len)) = span(&record.fields[at]) else {
        return Vec::new();
    };
    let depth = record.fields[at].depth;
    let parts_end = record.fields[at + 1..]
        .iter()
        .position(|f| f.depth <= depth)
        .map_or(record.fields.len(), |k| at + 1 + k);
    let groups: Vec<SymbolId> = model.ancestors(id).map(|s| s.id).collect();
    record
        .fields
        .iter()
        .enumerate()
        .filter(|(i, f)| {
            !(at..parts_end).contains(i)
                && !groups.contains(&f.symbol)
                && span(f).is_some_and(|(o, l)| l > 0 && o < start + len && start < o + l)
        })
        .map(|(_, f)| f.symbol)
        .collect()
}

fn is_data(model: &Model, id: SymbolId) -> bool {
    matches!(
        model.symbol(id).kind,
        SymbolKind::DataItem | SymbolKind::ConditionName
    )
}

type Children = HashMap<SymbolId, Vec<SymbolId>>;

/// Data items and condition-names by parent, in declaration (symbol id) order.
fn children_of(model: &Model) -> Children {
    let mut children: Children = HashMap::new();
    for s in &model.symbols {
        if matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName)
            && let Some(p) = s.parent
        {
            children.entry(p).or_default().push(s.id);
        }
    }
    children
}

/// The same inside one record: its items follow it in id order, with index-names between.
fn children_in_record(model: &Model, record: SymbolId) -> Children {
    let mut children: Children = HashMap::new();
    let mut inside: std::collections::HashSet<SymbolId> = std::collections::HashSet::new();
    inside.insert(record);
    for s in &model.symbols[record.index() + 1..] {
        match s.parent {
            Some(p) if inside.contains(&p) => {
                if matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName) {
                    inside.insert(s.id);
                    children.entry(p).or_default().push(s.id);
                }
            }
            _ => break,
        }
    }
    children
}

/// The same, only for the data of one owner (its items follow it in id order).
fn children_under(model: &Model, owner: SymbolId) -> Children {
    let mut children: Children = HashMap::new();
    let mut inside: std::collections::HashSet<SymbolId> = std::collections::HashSet::new();
    inside.insert(owner);
    for s in &model.symbols[owner.index() + 1..] {
        if let Some(p) = s.parent
            && inside.contains(&p)
            && matches!(s.kind, SymbolKind::DataItem | SymbolKind::ConditionName)
        {
            inside.insert(s.id);
            children.entry(p).or_default().push(s.id);
        }
    }
    children
}

fn owner_records(
    model: &Model,
    children: &Children,
    owner: SymbolId,
    options: &LayoutOptions,
) -> Vec<RecordLayout> {
    let owner_name = model.symbol(owner).qualified_name.clone();
    let mut out: Vec<RecordLayout> = Vec::new();
    let Some(tops) = children.get(&owner) else {
        return out;
    };
    let empty = StorageClauses::default();
    for &top in tops {
        let clauses = model.storage.get(&top).unwrap_or(&empty);
        if clauses.level == 88 {
            continue;
        }
        if clauses.level == 66 {
            let previous = out.iter().rev().find(|r| {
                r.fields
                    .first()
                    .is_some_and(|f| f.level == 1 || f.level == 77)
            });
            out.push(renames(model, top, clauses, previous, &owner_name));
            continue;
        }
        let mut builder = Builder {
            model,
            children,
            options,
            fields: Vec::new(),
        };
        let inherited = Inherited::default();
        let (_, size) = builder.place(top, 0, 0, &inherited);
        out.push(RecordLayout {
            symbol: top,
            owner: owner_name.clone(),
            name: model.symbol(top).qualified_name.clone(),
            size: builder.fields.first().and_then(|f| f.total_size).or(size),
            fields: builder.fields,
        });
    }
    out
}

/// A 66-level item: the bytes from the first renamed item to the end of the last.
fn renames(
    model: &Model,
    id: SymbolId,
    clauses: &StorageClauses,
    previous: Option<&RecordLayout>,
    owner: &str,
) -> RecordLayout {
    let symbol = model.symbol(id);
    let find = |name: &Option<String>| -> Option<&Field> {
        let name = name.as_ref()?;
        let simple = name.split_whitespace().next()?;
        previous?.fields.iter().find(|f| f.simple_name == simple)
    };
    let from = find(&clauses.renames);
    let thru = if clauses.renames_thru.is_some() {
        find(&clauses.renames_thru)
    } else {
        from
    };
    let (offset, size, problem) = match (from, thru) {
        (Some(f), Some(t)) => match (f.offset, t.offset, t.total_size) {
            (Some(start), Some(t_off), Some(t_size))
                if t_off.checked_add(t_size).is_some_and(|end| end >= start) =>
            {
                (Some(start), Some(t_off + t_size - start), None)
            }
            _ => (
                None,
                None,
                Some("renamed items have no known place".to_string()),
            ),
        },
        _ => (None, None, Some("renamed item not found".to_string())),
    };
    let renamed = match (&clauses.renames, &clauses.renames_thru) {
        (Some(f), Some(t)) => Some(format!("{f} THRU {t}")),
        (Some(f), None) => Some(f.clone()),
        _ => None,
    };
    let mut field = blank_field(model, id, clauses, 0);
    field.offset = offset;
    field.size = size;
    field.total_size = size;
    field.renames = renamed;
    field.problem = problem;
    field.kind = if from.is_some() && from.map(|f| f.symbol) == thru.map(|t| t.symbol) {
        from.map_or(StorageKind::Alphanumeric, |f| f.kind)
    } else {
        StorageKind::Group
    };
    RecordLayout {
        symbol: id,
        owner: owner.to_string(),
        name: symbol.qualified_name.clone(),
        size,
        fields: vec![field],
    }
}

fn blank_field(model: &Model, id: SymbolId, clauses: &StorageClauses, depth: usize) -> Field {
    let symbol = model.symbol(id);
    let sign = clauses.sign_leading.map(|leading| {
        let mut s = if leading { "LEADING" } else { "TRAILING" }.to_string();
        if clauses.sign_separate {
            s.push_str(" SEPARATE");
        }
        s
    });
    Field {
        symbol: id,
        name: symbol.qualified_name.clone(),
        simple_name: symbol.name.clone(),
        level: clauses.level,
        depth,
        offset: None,
        size: None,
        total_size: None,
        kind: StorageKind::Unknown,
        usage: String::new(),
        picture: clauses.picture.clone(),
        digits: None,
        scale: None,
        signed: false,
        sign,
        occurs_min: clauses.occurs_min,
        occurs_max: clauses.occurs_max,
        depending_on: clauses.depending_on.clone(),
        redefines: clauses.redefines.clone(),
        renames: None,
        sync: clauses.sync,
        slack_before: 0,
        filler: symbol.name == "FILLER",
        blank_when_zero: clauses.blank_when_zero,
        justified: clauses.justified,
        values: clauses.values.clone(),
        conditions: Vec::new(),
        problem: None,
    }
}

/// What a group passes to its items.
#[derive(Debug, Clone, Default)]
struct Inherited {
    usage: Option<Usage>,
    sync: bool,
    sign_leading: Option<bool>,
    sign_separate: bool,
}

/// USAGE normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Usage {
    Display,
    National,
    Dbcs,
    Binary,
    Comp5,
    Packed,
    Comp1,
    Comp2,
    Pointer,
    FunctionPointer,
    ProcedurePointer,
    Index,
}

impl Usage {
    fn parse(text: &str) -> Option<Usage> {
        Some(match text.to_ascii_uppercase().as_str() {
            "DISPLAY" => Usage::Display,
            "NATIONAL" => Usage::National,
            "DISPLAY-1" => Usage::Dbcs,
            "COMP" | "COMPUTATIONAL" | "COMP-4" | "COMPUTATIONAL-4" | "BINARY" => Usage::Binary,
            "COMP-5" | "COMPUTATIONAL-5" => Usage::Comp5,
            "COMP-3" | "COMPUTATIONAL-3" | "PACKED-DECIMAL" => Usage::Packed,
            "COMP-1" | "COMPUTATIONAL-1" | "FLOAT-SHORT" => Usage::Comp1,
            "COMP-2" | "COMPUTATIONAL-2" | "FLOAT-LONG" => Usage::Comp2,
            "POINTER" => Usage::Pointer,
            "FUNCTION-POINTER" => Usage::FunctionPointer,
            "PROCEDURE-POINTER" => Usage::ProcedurePointer,
            "INDEX" => Usage::Index,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Usage::Display => "DISPLAY",
            Usage::National => "NATIONAL",
            Usage::Dbcs => "DISPLAY-1",
            Usage::Binary => "BINARY",
            Usage::Comp5 => "COMP-5",
            Usage::Packed => "COMP-3",
            Usage::Comp1 => "COMP-1",
            Usage::Comp2 => "COMP-2",
            Usage::Pointer => "POINTER",
            Usage::FunctionPointer => "FUNCTION-POINTER",
            Usage::ProcedurePointer => "PROCEDURE-POINTER",
            Usage::Index => "INDEX",
        }
    }
}

/// Size, kind and SYNC alignment of an elementary item.
struct Elementary {
    size: Option<u32>,
    kind: StorageKind,
    align: u32,
    digits: Option<u32>,
    scale: Option<i32>,
    signed: bool,
    problem: Option<String>,
}

fn elementary(
    clauses: &StorageClauses,
    usage: Usage,
    sign_separate: bool,
    options: &LayoutOptions,
) -> Elementary {
    let mut e = Elementary {
        size: None,
        kind: StorageKind::Unknown,
        align: 1,
        digits: None,
        scale: None,
        signed: false,
        problem: None,
    };
    let fixed = |e: &mut Elementary, size: u32, kind: StorageKind, align: u32| {
        e.size = Some(size);
        e.kind = kind;
        e.align = align;
    };
    match usage {
        Usage::Comp1 => return with(e, |e| fixed(e, 4, StorageKind::Float, 4)),
        Usage::Comp2 => return with(e, |e| fixed(e, 8, StorageKind::Float, 8)),
        Usage::Pointer | Usage::FunctionPointer => {
            let p = options.pointer_size;
            return with(e, |e| fixed(e, p, StorageKind::Pointer, p.min(8)));
        }
        Usage::ProcedurePointer => {
            let align = options.pointer_size.min(8);
            return with(e, |e| fixed(e, 8, StorageKind::ProcedurePointer, align));
        }
        Usage::Index => return with(e, |e| fixed(e, 4, StorageKind::Index, 4)),
        _ => {}
    }
    let Some(text) = &clauses.picture else {
        e.problem = Some("no PICTURE".to_string());
        return e;
    };
    let picture = match picture::parse(text) {
        Ok(p) => p,
        Err(message) => {
            e.problem = Some(message);
            return e;
        }
    };
    e.signed = picture.signed;
    let numeric = matches!(picture.category, Category::Numeric);
    if numeric || picture.category == Category::NumericEdited {
        e.digits = Some(picture.digits_with_scaling.max(picture.digits));
        e.scale = Some(picture.scale);
    }
    let sign_byte = u32::from(numeric && picture.signed && sign_separate);
    match usage {
        Usage::Binary | Usage::Comp5 | Usage::Packed if !numeric => {
            e.problem = Some(format!(
                "{} needs a numeric PICTURE, not {text}",
                usage.name()
            ));
        }
        Usage::Binary | Usage::Comp5 => {
            let native = usage == Usage::Comp5 && options.comp5_byte_sizes;
            let (size, align) = match picture.digits {
                1..=2 if native => (1, 1),
                1..=4 => (2, 2),
                5..=9 => (4, 4),
                10..=18 => (8, options.binary8_align),
                d => {
                    e.problem = Some(format!("{d} digits do not fit a binary item"));
                    return e;
                }
            };
            fixed(&mut e, size, StorageKind::Binary, align);
        }
        Usage::Packed => fixed(
            &mut e,
            picture.digits / 2 + 1,
            StorageKind::PackedDecimal,
            1,
        ),
        Usage::National => {
            let kind = match picture.category {
                Category::Numeric => StorageKind::NumericNational,
                Category::NumericEdited | Category::NationalEdited => StorageKind::NationalEdited,
                _ => StorageKind::National,
            };
            fixed(&mut e, (picture.positions + sign_byte) * 2, kind, 1);
        }
        Usage::Dbcs => fixed(&mut e, picture.positions * 2, StorageKind::Dbcs, 1),
        _ => {
            let (size, kind) = match picture.category {
                Category::National => (picture.positions * 2, StorageKind::National),
                Category::NationalEdited => (picture.positions * 2, StorageKind::NationalEdited),
                Category::Dbcs => (picture.positions * 2, StorageKind::Dbcs),
                Category::Numeric => (picture.positions + sign_byte, StorageKind::NumericDisplay),
                Category::NumericEdited => (picture.positions, StorageKind::NumericEdited),
                Category::Alphabetic => (picture.positions, StorageKind::Alphabetic),
                Category::Alphanumeric => (picture.positions, StorageKind::Alphanumeric),
                Category::AlphanumericEdited => {
                    (picture.positions, StorageKind::AlphanumericEdited)
                }
            };
            fixed(&mut e, size, kind, 1);
        }
    }
    e
}

fn with(mut e: Elementary, f: impl FnOnce(&mut Elementary)) -> Elementary {
    f(&mut e);
    e
}

fn align_up(offset: u32, align: u32) -> u32 {
    if align <= 1 {
        offset
    } else {
        offset.div_ceil(align).saturating_mul(align)
    }
}

struct Builder<'a> {
    model: &'a Model,
    children: &'a Children,
    options: &'a LayoutOptions,
    fields: Vec<Field>,
}

impl Builder<'_> {
    /// Places `id` at `offset` (before any SYNC slack). Returns the largest alignment inside it
    /// and its extent from `offset`: slack plus all occurrences.
    fn place(
        &mut self,
        id: SymbolId,
        offset: u32,
        depth: usize,
        inherited: &Inherited,
    ) -> (u32, Option<u32>) {
        let empty = StorageClauses::default();
        let clauses = self.model.storage.get(&id).unwrap_or(&empty);
        let kids: Vec<SymbolId> = self.children.get(&id).cloned().unwrap_or_default();
        let (conditions, items): (Vec<SymbolId>, Vec<SymbolId>) = kids
            .into_iter()
            .partition(|k| self.model.symbol(*k).kind == SymbolKind::ConditionName);
        let mut field = blank_field(self.model, id, clauses, depth);
        field.conditions = conditions
            .iter()
            .map(|c| Condition {
                name: self.model.symbol(*c).name.clone(),
                values: self
                    .model
                    .storage
                    .get(c)
                    .map(|s| s.values.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let written_usage = clauses.usage.as_deref().map(Usage::parse);
        if let Some(None) = written_usage {
            field.problem = Some(format!(
                "unknown USAGE {}",
                clauses.usage.as_deref().unwrap_or_default()
            ));
        }
        let usage = written_usage.flatten().or(inherited.usage);
        let sync = clauses.sync || (inherited.sync && self.options.group_sync);
        let occurs = clauses.occurs_max.unwrap_or(1);
        let index = self.fields.len();
        self.fields.push(field);
        if items.is_empty() {
            let sign_separate = if clauses.sign_leading.is_some() {
                clauses.sign_separate
            } else {
                inherited.sign_separate
            };
            let e = elementary(
                clauses,
                usage.unwrap_or(Usage::Display),
                sign_separate,
                self.options,
            );
            let align = if sync { e.align } else { 1 };
            let start = align_up(offset, align);
            let f = &mut self.fields[index];
            f.slack_before = start - offset;
            f.offset = Some(start);
            f.size = e.size;
            f.total_size = e.size.and_then(|s| s.checked_mul(occurs));
            f.kind = e.kind;
            f.usage = usage.unwrap_or(Usage::Display).name().to_string();
            f.digits = e.digits;
            f.scale = e.scale;
            f.signed = e.signed;
            if f.problem.is_none() {
                f.problem = e.problem;
            }
            if f.sign.is_none() && inherited.sign_leading.is_some() && e.signed {
                let mut s = if inherited.sign_leading == Some(true) {
                    "LEADING"
                } else {
                    "TRAILING"
                }
                .to_string();
                if inherited.sign_separate {
                    s.push_str(" SEPARATE");
                }
                f.sign = Some(s);
            }
            return (
                align,
                f.total_size.and_then(|t| t.checked_add(f.slack_before)),
            );
        }
        // A group: its items one after another, REDEFINES over the item they redefine.
        let passed = Inherited {
            usage,
            sync,
            sign_leading: clauses.sign_leading.or(inherited.sign_leading),
            sign_separate: if clauses.sign_leading.is_some() {
                clauses.sign_separate
            } else {
                inherited.sign_separate
            },
        };
        let mut cursor = Some(offset);
        let mut end = Some(offset);
        let mut max_align = 1;
        let mut placed: Vec<(String, usize)> = Vec::new();
        for child in items {
            let child_clauses = self.model.storage.get(&child).unwrap_or(&empty);
            if child_clauses.level == 66 {
                continue;
            }
            let name = self.model.symbol(child).name.clone();
            let redefined = child_clauses.redefines.as_ref().and_then(|r| {
                let simple = r.split_whitespace().next().unwrap_or(r);
                placed
                    .iter()
                    .rev()
                    .find(|(n, _)| n == simple)
                    .map(|(_, i)| *i)
            });
            let child_index = self.fields.len();
            let start = match redefined {
                Some(i) => self.fields[i].offset,
                None => cursor,
            };
            let Some(start) = start else {
                // Unknown place: lay it out at 0 for its own sizes, but leave offsets unknown.
                self.place(child, 0, depth + 1, &passed);
                for f in &mut self.fields[child_index..] {
                    f.offset = None;
                }
                cursor = None;
                end = None;
                continue;
            };
            let (align, extent) = self.place(child, start, depth + 1, &passed);
            max_align = max_align.max(align);
            placed.push((name, child_index));
            match redefined {
                Some(_) => {
                    end = match (end, extent) {
                        (Some(e), Some(x)) => start.checked_add(x).map(|x_end| e.max(x_end)),
                        _ => None,
                    };
                }
                None => {
                    cursor = extent.and_then(|x| start.checked_add(x));
                    end = match (end, cursor) {
                        (Some(e), Some(c)) => Some(e.max(c)),
                        _ => None,
                    };
                }
            }
        }
        let mut size = end.map(|e| e - offset);
        // Entries of a table holding synchronized items keep their alignment.
        if occurs > 1 && max_align > 1 {
            size = size.map(|s| align_up(s, max_align));
        }
        let f = &mut self.fields[index];
        f.offset = Some(offset);
        f.kind = StorageKind::Group;
        f.usage = clauses
            .usage
            .as_deref()
            .and_then(Usage::parse)
            .map(|u| u.name().to_string())
            .unwrap_or_default();
        f.size = size;
        f.total_size = size.and_then(|s| s.checked_mul(occurs));
        if size.is_none() && f.problem.is_none() {
            f.problem = Some("an item inside has no known size".to_string());
        }
        (max_align, f.total_size)
    }
}

#[cfg(test)]
mod tests;
