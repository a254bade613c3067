//! Name resolution for the code view: the word under the pointer, the symbol a click on it
//! means (the definition itself, the reference the indexer recorded there, a name of the
//! enclosing program or class, else a unique project-wide name), and the summary shown on
//! hover.

use std::ops::Range;

use crate::model::{FileId, FileKind, Namespace, RefTarget, SymbolId, SymbolKind};
use crate::rules::classify::DataClass;

use super::Workspace;

/// Which characters make up a word in a kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordRule {
    /// Letters, digits, hyphens (not at either end), underscores.
    Cobol,
    /// Java identifiers: letters, digits, `_`, `$`.
    Java,
    /// JCL names and dataset names: also `.`, `#`, `@`, `$`, `&`.
    Jcl,
}

impl WordRule {
    fn of(kind: FileKind) -> WordRule {
        match kind {
            FileKind::Java => WordRule::Java,
            FileKind::Jcl => WordRule::Jcl,
            _ => WordRule::Cobol,
        }
    }

    fn accepts(self, c: char) -> bool {
        if c.is_alphanumeric() || c == '_' {
            return true;
        }
        match self {
            WordRule::Cobol => c == '-',
            WordRule::Java => c == '$',
            WordRule::Jcl => matches!(c, '-' | '.' | '#' | '@' | '$' | '&'),
        }
    }

    /// Characters a word may contain but not start or end with.
    fn inner_only(self, c: char) -> bool {
        match self {
            WordRule::Cobol => c == '-',
            WordRule::Java => false,
            WordRule::Jcl => matches!(c, '-' | '.'),
        }
    }
}

/// The COBOL word or Java identifier at byte `offset` of `text`: letters, digits, hyphens
/// (never first or last), underscores. `None` when the offset is not on a word.
pub fn word_at(text: &str, offset: usize) -> Option<Range<usize>> {
    word_by_rule(text, offset, WordRule::Cobol)
}

/// [`word_at`] with the word rules of a kind of file (Java identifiers stop at `-`, JCL
/// dataset names run across `.`).
pub fn word_at_in(kind: FileKind, text: &str, offset: usize) -> Option<Range<usize>> {
    word_by_rule(text, offset, WordRule::of(kind))
}

fn word_by_rule(text: &str, offset: usize, rule: WordRule) -> Option<Range<usize>> {
    if offset >= text.len() {
        return None;
    }
    let mut at = offset;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let here = text[at..].chars().next()?;
    if !rule.accepts(here) {
        return None;
    }
    let mut start = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !rule.accepts(c) {
            break;
        }
        start = i;
    }
    let mut end = at;
    for (i, c) in text[at..].char_indices() {
        if !rule.accepts(c) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    // Hyphens (and dots) only join words: trim them at both ends.
    while let Some(c) = text[start..end]
        .chars()
        .next()
        .filter(|&c| rule.inner_only(c))
    {
        start += c.len_utf8();
    }
    while let Some(c) = text[start..end]
        .chars()
        .next_back()
        .filter(|&c| rule.inner_only(c))
    {
        end -= c.len_utf8();
    }
    (start <= at && at < end).then_some(start..end)
}

/// Whether names compare case-insensitively in this kind of file (all but Java).
fn case_insensitive(kind: FileKind) -> bool {
    kind != FileKind::Java
}

fn same_name(a: &str, b: &str, ignore_case: bool) -> bool {
    if ignore_case {
        a.eq_ignore_ascii_case(b)
    } else {
        a == b
    }
}

/// The symbol a click at byte `offset` of `file` means, if any.
pub fn resolve(ws: &Workspace, file: FileId, offset: usize) -> Option<SymbolId> {
    let model = &ws.model;
    let source = model.files.get(file.index())?;
    let text = source.text.as_deref()?;
    let word = word_at_in(source.kind, text, offset)?;
    let name = &text[word.clone()];
    let ignore_case = case_insensitive(source.kind);
    let at = offset as u32;

    // 1. The definition itself.
    for &id in ws.symbols_in(file) {
        if let Some(span) = model.symbol(id).name_span
            && span.file == file
            && span.start <= at
            && at < span.end.max(span.start + 1)
        {
            return Some(id);
        }
    }

    // 2. A reference recorded there to a symbol of that name.
    for reference in &model.references {
        if reference.span.file != file || reference.span.start > at || at >= reference.span.end {
            continue;
        }
        if let RefTarget::Symbol { id } = reference.target
            && same_name(&model.symbol(id).name, name, ignore_case)
        {
            return Some(id);
        }
    }

    // 3. A name of the enclosing program or class (nearest scope first).
    let line = source.line_index.line_of(offset);
    if let Some(enclosing) = ws.symbol_at(file, line) {
        let scopes = std::iter::once(enclosing)
            .chain(model.ancestors(enclosing).map(|s| s.id))
            .filter(|&id| {
                let kind = model.symbol(id).kind;
                kind == SymbolKind::Program || kind.is_java_type()
            });
        for scope in scopes {
            if let Some(id) = find_in_scope(ws, scope, name, ignore_case) {
                return Some(id);
            }
        }
    }

    // 4. A unique project-wide name of a top-level thing.
    unique_global(ws, name, ignore_case, source.kind)
}

/// A symbol named `name` inside `scope` (any depth), preferring procedures and methods, then
/// the first declared.
fn find_in_scope(
    ws: &Workspace,
    scope: SymbolId,
    name: &str,
    ignore_case: bool,
) -> Option<SymbolId> {
    let model = &ws.model;
    let mut best: Option<(u8, SymbolId)> = None;
    for symbol in &model.symbols {
        if symbol.id == scope || !same_name(&symbol.name, name, ignore_case) {
            continue;
        }
        if !model.ancestors(symbol.id).any(|a| a.id == scope) {
            continue;
        }
        let rank = match symbol.kind {
            SymbolKind::Paragraph | SymbolKind::Section | SymbolKind::Method => 0,
            SymbolKind::DataItem | SymbolKind::Field | SymbolKind::File => 1,
            _ => 2,
        };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, symbol.id));
        }
    }
    best.map(|(_, id)| id)
}

/// Kinds a bare name may mean anywhere in the project.
fn is_global_kind(kind: SymbolKind) -> bool {
    matches!(
        kind,
        SymbolKind::Program
            | SymbolKind::Copybook
            | SymbolKind::DbTable
            | SymbolKind::DbView
            | SymbolKind::JclJob
            | SymbolKind::JclProc
            | SymbolKind::Dataset
            | SymbolKind::CicsTransaction
            | SymbolKind::CicsMap
            | SymbolKind::CicsMapset
    ) || kind.is_java_type()
}

/// The one global symbol with that name; when several, the one of the file's own language.
fn unique_global(
    ws: &Workspace,
    name: &str,
    ignore_case: bool,
    kind: FileKind,
) -> Option<SymbolId> {
    let matches: Vec<SymbolId> = ws
        .model
        .symbols
        .iter()
        .filter(|s| is_global_kind(s.kind) && same_name(&s.name, name, ignore_case))
        .map(|s| s.id)
        .collect();
    match matches.as_slice() {
        [] => None,
        [only] => Some(*only),
        several => {
            let home = match kind {
                FileKind::Java => Namespace::Java,
                FileKind::Jcl => Namespace::Jcl,
                FileKind::SqlDdl => Namespace::Db,
                _ => Namespace::Cobol,
            };
            let mut own = several
                .iter()
                .filter(|&&id| ws.model.symbol(id).kind.namespace() == home);
            match (own.next(), own.next()) {
                (Some(&id), None) => Some(id),
                _ => None,
            }
        }
    }
}

/// What the code view tells about a symbol on hover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolSummary {
    pub name: String,
    /// The kind's label (`paragraph`, `data-item`, `class` …).
    pub kind: &'static str,
    pub qualified_name: String,
    /// PIC / USAGE of a data item, a Java type, a DD's DSN …
    pub detail: Option<String>,
    /// `path:line` of the definition.
    pub defined_at: Option<String>,
    /// Qualified name of the parent symbol.
    pub parent: Option<String>,
    /// `business data (reason)` or `technical data (reason)` for data items, condition-names
    /// and fields; none for neutral data and other symbols.
    pub data_class: Option<String>,
    /// References to the symbol in the project, uses of its REDEFINES aliases included.
    pub references: usize,
    /// How many of those go through a REDEFINES alias.
    pub alias_references: usize,
    /// Where a COBOL data item sits in its record: `offset 12, 4 bytes (binary) in PAY-REC`.
    pub storage: Option<String>,
}

impl SymbolSummary {
    /// Label/value rows for a tooltip.
    pub fn rows(&self) -> Vec<(String, String)> {
        let mut rows = vec![
            ("Kind".to_string(), self.kind.to_string()),
            ("Name".to_string(), self.qualified_name.clone()),
        ];
        if let Some(detail) = &self.detail {
            rows.push(("Detail".into(), detail.clone()));
        }
        if let Some(at) = &self.defined_at {
            rows.push(("Defined at".into(), at.clone()));
        }
        if let Some(parent) = &self.parent {
            rows.push(("In".into(), parent.clone()));
        }
        if let Some(class) = &self.data_class {
            rows.push(("Data".into(), class.clone()));
        }
        if let Some(storage) = &self.storage {
            rows.push(("Storage".into(), storage.clone()));
        }
        let references = if self.alias_references > 0 {
            format!(
                "{} ({} through REDEFINES aliases)",
                self.references, self.alias_references
            )
        } else {
            self.references.to_string()
        };
        rows.push(("References".into(), references));
        rows
    }
}

/// The hover summary of a symbol.
pub fn summary(ws: &Workspace, id: SymbolId) -> SymbolSummary {
    let model = &ws.model;
    let symbol = model.symbol(id);
    let defined_at = ws
        .location(id)
        .map(|(file, line)| format!("{}:{line}", model.file(file).path));
    let all = references_of(model, id);
    let alias_references = all.iter().filter(|r| r.alias.is_some()).count();
    let references = all.len();
    let class = ws.data_classes.of(id);
    let data_class = match class.class {
        DataClass::Business | DataClass::Technical => {
            Some(format!("{} data ({})", class.class.label(), class.reason))
        }
        DataClass::Neutral => None,
    };
    SymbolSummary {
        name: symbol.name.clone(),
        kind: symbol.kind.label(),
        qualified_name: symbol.qualified_name.clone(),
        detail: symbol.detail.clone(),
        defined_at,
        parent: symbol
            .parent
            .map(|p| model.symbol(p).qualified_name.clone()),
        data_class,
        references,
        alias_references,
        storage: storage_summary(model, id),
    }
}

/// `offset 12, 4 bytes (binary) in PAY-REC`, from the record layout of a data item.
fn storage_summary(model: &crate::model::Model, id: SymbolId) -> Option<String> {
    let symbol = model.symbol(id);
    if symbol.kind != SymbolKind::DataItem {
        return None;
    }
    let options = crate::records::LayoutOptions::ibm();
    let record = crate::records::record_of(model, id, &options)?;
    let field = record.fields.iter().find(|f| f.symbol == id)?;
    let offset = field
        .offset
        .map_or_else(|| "offset ?".to_string(), |o| format!("offset {o}"));
    let size = match (field.size, field.occurs_max) {
        (Some(s), Some(n)) => format!("{s} bytes × {n} = {}", s * n),
        (Some(s), None) => format!("{s} bytes"),
        (None, _) => "size ?".to_string(),
    };
    let record_name = record
        .fields
        .first()
        .map(|f| f.simple_name.clone())
        .unwrap_or_default();
    let within = if field.depth == 0 {
        String::new()
    } else {
        format!(" in {record_name}")
    };
    Some(format!(
        "{offset}, {size} ({}){within}",
        field.kind.as_str()
    ))
}

/// References to `id`, in file and line order, with the uses of its REDEFINES aliases.
pub fn references_to(ws: &Workspace, id: SymbolId) -> Vec<usize> {
    references_of(&ws.model, id)
        .into_iter()
        .map(|r| r.index)
        .collect()
}

/// One reference of a symbol: an index into `model.references`, and the REDEFINES alias it
/// goes through when it names another item sharing the symbol's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceOf {
    pub index: usize,
    pub alias: Option<SymbolId>,
}

/// References to `id` and to its REDEFINES aliases ([`crate::records::aliases_of`]), in
/// file and line order.
pub fn references_of(model: &crate::model::Model, id: SymbolId) -> Vec<ReferenceOf> {
    let aliases = if model.symbol(id).kind == SymbolKind::DataItem {
        crate::records::aliases_of(model, id)
    } else {
        Vec::new()
    };
    let mut found: Vec<ReferenceOf> = model
        .references
        .iter()
        .enumerate()
        .filter_map(|(index, r)| match r.target {
            RefTarget::Symbol { id: t } if t == id => Some(ReferenceOf { index, alias: None }),
            RefTarget::Symbol { id: t } if aliases.contains(&t) => Some(ReferenceOf {
                index,
                alias: Some(t),
            }),
            _ => None,
        })
        .collect();
    found.sort_by_key(|r| {
        let span = model.references[r.index].span;
        (span.file, span.start, r.alias.is_some())
    });
    found
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::OnceLock;

    use super::*;

    fn workspace() -> &'static Workspace {
        static WS: OnceLock<Workspace> = OnceLock::new();
        WS.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
            Workspace::build(crate::index::index_path(root).expect("sample indexes"))
        })
    }

    fn file(ws: &Workspace, suffix: &str) -> FileId {
        ws.model
            .files
            .iter()
            .find(|f| f.path.ends_with(suffix))
            .unwrap_or_else(|| panic!("no file {suffix}"))
            .id
    }

    /// Offset of `needle` (plus `skip` bytes) in the first line of `file` containing `anchor`.
    fn offset(ws: &Workspace, file: FileId, anchor: &str, needle: &str) -> usize {
        let text = ws.model.file(file).text.as_deref().unwrap();
        let base = text.find(anchor).unwrap_or_else(|| panic!("{anchor:?}"));
        base + text[base..].find(needle).unwrap() + 1
    }

    fn qualified(ws: &Workspace, id: Option<SymbolId>) -> String {
        id.map_or("-".into(), |id| ws.model.symbol(id).qualified_name.clone())
    }

    #[test]
    fn words_follow_cobol_and_java_rules() {
        let text = "    PERFORM 2000-CALC-AMOUNT. MOVE -1 TO X-\n";
        let at = |needle: &str, d: usize| text.find(needle).unwrap() + d;
        assert_eq!(
            word_at(text, at("2000", 0)),
            Some(at("2000", 0)..at(".", 0))
        );
        assert_eq!(
            word_at(text, at("CALC", 2)),
            Some(at("2000", 0)..at(".", 0))
        );
        assert_eq!(
            word_at(text, at("PERFORM", 6)),
            Some(at("PERFORM", 0)..at("PERFORM", 7))
        );
        assert_eq!(word_at(text, 0), None);
        assert_eq!(word_at(text, at(".", 0)), None);
        // A leading or trailing hyphen is not part of a word.
        assert_eq!(word_at(text, at("-1", 0)), None);
        assert_eq!(word_at(text, at("-1", 1)), Some(at("-1", 1)..at("-1", 2)));
        assert_eq!(word_at(text, at("X-", 1)), None);
        assert_eq!(word_at(text, at("X-", 0)), Some(at("X-", 0)..at("X-", 1)));
        assert_eq!(word_at(text, text.len()), None);
        assert_eq!(word_at(text, 10_000), None);

        let java = "int total=a-b; Outer$Inner é";
        let at = |needle: &str| java.find(needle).unwrap();
        assert_eq!(
            word_at_in(FileKind::Java, java, at("a-b")),
            Some(at("a-b")..at("a-b") + 1)
        );
        assert_eq!(
            word_at_in(FileKind::Java, java, at("Inner")),
            Some(at("Outer")..at(" é"))
        );
        // Inside a multi-byte char: the char's word.
        assert_eq!(
            word_at_in(FileKind::Java, java, java.len() - 1),
            Some(java.len() - 2..java.len())
        );
        let jcl = "//IN DD DSN=BEN.PROD.CLAIMS.DAILY(0),";
        let at = jcl.find("PROD").unwrap();
        assert_eq!(
            word_at_in(FileKind::Jcl, jcl, at).map(|r| &jcl[r]),
            Some("BEN.PROD.CLAIMS.DAILY")
        );
    }

    #[test]
    fn words_never_panic_and_stay_on_char_boundaries() {
        let mut rng = crate::test_rng::Rng(0xc0b01);
        let pieces = [
            "A", "-", "é", "€", "$", ".", " ", "\r\n", "\t", "9", "_", "𝒳", "\u{0}",
        ];
        for _ in 0..500 {
            let text: String = (0..rng.below(24)).map(|_| *rng.pick(&pieces)).collect();
            for offset in 0..text.len() + 2 {
                for kind in FileKind::ALL {
                    if let Some(r) = word_at_in(*kind, &text, offset) {
                        assert!(r.start < r.end && r.end <= text.len(), "{text:?} {r:?}");
                        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                        assert!(
                            r.start <= offset && offset < r.end,
                            "{text:?} {offset} {r:?}"
                        );
                        let word = &text[r];
                        assert!(!word.starts_with('-') && !word.ends_with('-'), "{word:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_click_on_a_performed_paragraph_goes_to_it() {
        let ws = workspace();
        let paycalc = file(ws, "cbl/PAYCALC.cbl");
        let click = offset(ws, paycalc, "016600", "2900-LOOKUP-RATE");
        assert_eq!(
            qualified(ws, resolve(ws, paycalc, click)),
            "PAYCALC.2900-LOOKUP-RATE"
        );
        // The definition resolves to itself.
        let header = offset(ws, paycalc, "017500", "2900-LOOKUP-RATE");
        let id = resolve(ws, paycalc, header).expect("definition");
        assert_eq!(ws.model.symbol(id).kind, SymbolKind::Paragraph);
        assert_eq!(ws.location(id).map(|(_, l)| l), Some(177));
        // The keyword is nothing.
        let keyword = offset(ws, paycalc, "016600", "PERFORM");
        assert_eq!(resolve(ws, paycalc, keyword), None);
    }

    #[test]
    fn data_names_resolve_in_their_program() {
        let ws = workspace();
        let paycalc = file(ws, "cbl/PAYCALC.cbl");
        let click = offset(ws, paycalc, "012000", "WS-CHILD-COUNT");
        assert_eq!(
            qualified(ws, resolve(ws, paycalc, click)),
            "PAYCALC.WS-CALC-WORK.WS-CHILD-COUNT"
        );
        // A copybook member name resolves to the copybook.
        let copy = offset(ws, paycalc, "005100", "BENCONST");
        let id = resolve(ws, paycalc, copy).expect("copybook");
        assert_eq!(ws.model.symbol(id).kind, SymbolKind::Copybook);
        assert_eq!(ws.model.symbol(id).name, "BENCONST");
        // A called program, through the CALL literal or a unique global name.
        let eligchk = file(ws, "cbl/ELIGCHK.cbl");
        let program = offset(ws, eligchk, "PROGRAM-ID", "ELIGCHK");
        assert_eq!(qualified(ws, resolve(ws, eligchk, program)), "ELIGCHK");
    }

    #[test]
    fn java_calls_resolve_to_methods() {
        let ws = workspace();
        let calc = file(ws, "rules/AmountCalculator.java");
        let click = offset(ws, calc, "addLine(\"Personal", "addLine");
        let id = resolve(ws, calc, click).expect("method");
        let symbol = ws.model.symbol(id);
        assert_eq!(symbol.kind, SymbolKind::Method);
        assert_eq!(symbol.name, "addLine");
        assert!(
            symbol.qualified_name.contains("AmountCalculator"),
            "{}",
            symbol.qualified_name
        );
    }

    #[test]
    fn summary_tells_kind_detail_place_and_uses() {
        let ws = workspace();
        let paycalc = file(ws, "cbl/PAYCALC.cbl");
        let paragraph = resolve(ws, paycalc, offset(ws, paycalc, "017500", "2900")).unwrap();
        let s = summary(ws, paragraph);
        assert_eq!(s.kind, "paragraph");
        assert_eq!(s.qualified_name, "PAYCALC.2900-LOOKUP-RATE");
        assert!(
            s.defined_at
                .as_deref()
                .unwrap()
                .ends_with("cbl/PAYCALC.cbl:177")
        );
        assert_eq!(s.parent.as_deref(), Some("PAYCALC"));
        let performs = references_to(ws, paragraph);
        assert!(performs.len() >= 4, "{performs:?}");
        assert_eq!(s.references, performs.len());
        let lines: Vec<u32> = performs
            .iter()
            .map(|&i| ws.model.references[i].span.line)
            .collect();
        assert!(lines.windows(2).all(|w| w[0] <= w[1]));
        assert!(lines.contains(&168), "{lines:?}");

        let item = resolve(ws, paycalc, offset(ws, paycalc, "012000", "WS-CHILD-COUNT")).unwrap();
        let s = summary(ws, item);
        assert_eq!(s.kind, "data-item");
        assert!(
            s.detail.as_deref().unwrap().contains("PIC S9(4)"),
            "{:?}",
            s.detail
        );
        assert!(
            s.rows()
                .iter()
                .any(|(k, v)| k == "Defined at" && v.ends_with("PAYCALC.cbl:65"))
        );
    }

    #[test]
    fn hover_tells_business_and_technical_data() {
        let ws = workspace();
        let first_of = |class: DataClass| {
            ws.model
                .symbols
                .iter()
                .find(|s| s.kind == SymbolKind::DataItem && ws.data_classes.class(s.id) == class)
                .unwrap_or_else(|| panic!("a {} data item", class.label()))
                .id
        };
        for class in [DataClass::Business, DataClass::Technical] {
            let id = first_of(class);
            let expected = format!("{} data ({})", class.label(), ws.data_classes.of(id).reason);
            let s = summary(ws, id);
            assert_eq!(s.data_class.as_deref(), Some(expected.as_str()));
            assert!(s.rows().contains(&("Data".to_string(), expected)));
        }
        let neutral = summary(ws, first_of(DataClass::Neutral));
        assert_eq!(neutral.data_class, None);
        assert!(neutral.rows().iter().all(|(k, _)| k != "Data"));

        let program_name = ws.model.symbol_named("PAYCALC.WS-PGM-NAME").unwrap();
        let s = summary(ws, program_name);
        assert!(
            s.data_class
                .as_deref()
                .unwrap()
                .starts_with("technical data ("),
            "{s:?}"
        );
        let paragraph = ws.model.symbol_named("PAYCALC.2900-LOOKUP-RATE").unwrap();
        assert_eq!(summary(ws, paragraph).data_class, None);
    }
}
