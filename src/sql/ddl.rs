//! DDL extraction behind `parse_ddl`: table, view and index definitions
//! (with columns, types, nullability, primary and foreign keys) from SQL DDL
//! scripts and DB2 DCLGEN `DECLARE t TABLE (...)` blocks.
//!
//! Works statement by statement on the output of `split_statements`. Only
//! `CREATE ...`, `DECLARE ... TABLE` and `ALTER TABLE` produce or change
//! objects; everything else (GRANT, COMMENT ON, SET SCHEMA, INSERT, ...) is
//! skipped. `ALTER TABLE t ADD ...` is merged into the object created earlier
//! in the same script; for a table not created in the script it yields a
//! `DdlKind::Other` object carrying the added columns and references.

use std::collections::{HashMap, HashSet};

use super::analyzer::analyze_full;
use super::lexer::{TokKind, Toks, join_name};
use super::{DdlColumn, DdlKind, DdlObject, split_statements};

/// Words that may stand between `CREATE [OR REPLACE]` and the object kind.
pub(crate) fn is_create_modifier(w: &str) -> bool {
    matches!(
        w,
        "UNIQUE"
            | "GLOBAL"
            | "LOCAL"
            | "TEMPORARY"
            | "TEMP"
            | "AUXILIARY"
            | "LARGE"
            | "LOB"
            | "VOLATILE"
            | "MATERIALIZED"
            | "FORCE"
            | "NO"
            | "PUBLIC"
            | "RECURSIVE"
            | "SECURE"
            | "TRANSIENT"
            | "EDITIONABLE"
            | "NONEDITIONABLE"
            | "CLUSTERED"
            | "NONCLUSTERED"
            | "BITMAP"
            | "UNLOGGED"
            | "EXTERNAL"
    )
}

/// Words that end a column's data type.
fn is_column_stop(w: &str) -> bool {
    matches!(
        w,
        "NOT"
            | "NULL"
            | "DEFAULT"
            | "WITH"
            | "PRIMARY"
            | "UNIQUE"
            | "REFERENCES"
            | "CHECK"
            | "CONSTRAINT"
            | "GENERATED"
            | "COLLATE"
            | "AUTO_INCREMENT"
            | "AUTOINCREMENT"
            | "IDENTITY"
            | "COMMENT"
            | "INLINE"
            | "IMPLICITLY"
            | "AS"
            | "FIELDPROC"
            | "CCSID"
            | "FOR"
            | "ON"
            | "KEY"
            | "ENCODING"
            | "HIDDEN"
    )
}

/// Words that always open a table element that is not a column.
fn is_non_column_element(w: &str) -> bool {
    matches!(
        w,
        "UNIQUE"
            | "CHECK"
            | "FULLTEXT"
            | "SPATIAL"
            | "LIKE"
            | "EXCLUDE"
            | "DISTRIBUTE"
            | "MATERIALIZED"
            | "RESTRICT"
            | "VERSIONING"
            | "CLONE"
            | "ORGANIZE"
    )
}

/// Words that open a non-column element unless a data type follows them
/// (`KEY CHAR(10)` is a column named KEY; `KEY IX1 (A)` is an index).
fn is_maybe_non_column_element(w: &str) -> bool {
    matches!(w, "INDEX" | "KEY" | "PERIOD" | "PARTITION")
}

/// Common data-type names (first word of a type).
fn is_type_word(w: &str) -> bool {
    matches!(
        w,
        "CHAR"
            | "CHARACTER"
            | "VARCHAR"
            | "VARCHAR2"
            | "NCHAR"
            | "NVARCHAR"
            | "DECIMAL"
            | "DEC"
            | "NUMERIC"
            | "NUM"
            | "NUMBER"
            | "INTEGER"
            | "INT"
            | "SMALLINT"
            | "BIGINT"
            | "TINYINT"
            | "DATE"
            | "TIME"
            | "TIMESTAMP"
            | "DATETIME"
            | "FLOAT"
            | "REAL"
            | "DOUBLE"
            | "DECFLOAT"
            | "GRAPHIC"
            | "VARGRAPHIC"
            | "CLOB"
            | "BLOB"
            | "DBCLOB"
            | "BINARY"
            | "VARBINARY"
            | "TEXT"
            | "BOOLEAN"
            | "XML"
            | "ROWID"
            | "LONG"
    )
}

#[derive(Default)]
struct TableBuild {
    columns: Vec<DdlColumn>,
    references: Vec<String>,
    pk: Vec<String>,
}

/// Removes duplicates, keeping the first occurrence (linear time).
fn dedup(v: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    v.into_iter().filter(|s| seen.insert(s.clone())).collect()
}

fn apply_pk(columns: &mut [DdlColumn], pk: &[String]) {
    if pk.is_empty() {
        return;
    }
    let pk: HashSet<&str> = pk.iter().map(String::as_str).collect();
    for c in columns.iter_mut().filter(|c| pk.contains(c.name.as_str())) {
        c.primary_key = true;
        c.nullable = false;
    }
}

enum Parsed {
    Object(DdlObject),
    Alter {
        name: String,
        offset: usize,
        build: TableBuild,
    },
}

/// Parses a DDL script into the tables, views, indexes and other objects it
/// creates, in script order. Never panics; unrecognised statements are skipped.
pub fn parse_ddl(script: &str) -> Vec<DdlObject> {
    let mut out: Vec<DdlObject> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (base, text) in split_statements(script) {
        let p = DdlParser {
            toks: Toks::sql(text),
            text,
            base,
        };
        match p.parse() {
            Some(Parsed::Object(obj)) => {
                by_name.insert(obj.name.clone(), out.len());
                out.push(obj);
            }
            Some(Parsed::Alter {
                name,
                offset,
                mut build,
            }) => {
                if let Some(&idx) = by_name.get(&name) {
                    let obj = &mut out[idx];
                    let mut known: HashSet<String> =
                        obj.columns.iter().map(|c| c.name.clone()).collect();
                    for c in build.columns {
                        if known.insert(c.name.clone()) {
                            obj.columns.push(c);
                        }
                    }
                    obj.references.append(&mut build.references);
                    obj.references = dedup(std::mem::take(&mut obj.references));
                    apply_pk(&mut obj.columns, &build.pk);
                } else if !(build.columns.is_empty() && build.references.is_empty()) {
                    apply_pk(&mut build.columns, &build.pk);
                    by_name.insert(name.clone(), out.len());
                    out.push(DdlObject {
                        kind: DdlKind::Other,
                        name,
                        offset,
                        columns: build.columns,
                        references: dedup(build.references),
                    });
                }
            }
            None => {}
        }
    }
    out
}

struct DdlParser<'a> {
    toks: Toks<'a>,
    text: &'a str,
    base: usize,
}

impl DdlParser<'_> {
    fn parse(&self) -> Option<Parsed> {
        let t = &self.toks;
        if t.word_is(0, "CREATE") {
            return self.create(1);
        }
        if t.word_is(0, "DECLARE") {
            if t.word_is(1, "GLOBAL") {
                let j = (2..5).find(|&j| t.word_is(j, "TABLE"))?;
                return self.table(j + 1);
            }
            let after = self.after_name(1);
            if t.word_is(after, "TABLE") {
                // DCLGEN: DECLARE [schema.]name TABLE ( ... )
                let (name, offset) = self.name_at(1)?;
                return Some(self.table_body(name, offset, after + 1));
            }
            return None;
        }
        if t.word_is(0, "ALTER") && t.word_is(1, "TABLE") {
            return self.alter(2);
        }
        None
    }

    fn skip_if_exists(&self, mut j: usize) -> usize {
        let t = &self.toks;
        if t.word_is(j, "IF") {
            j += 1;
            if t.word_is(j, "NOT") {
                j += 1;
            }
            if t.word_is(j, "EXISTS") {
                j += 1;
            }
        }
        j
    }

    /// Qualified name at `j`: (name, absolute offset).
    fn name_at(&self, j: usize) -> Option<(String, usize)> {
        let (parts, _, _) = self.toks.qualified(j)?;
        Some((join_name(&parts)?, self.base + self.toks.start(j)))
    }

    fn after_name(&self, j: usize) -> usize {
        self.toks.qualified(j).map_or(j + 1, |q| q.1)
    }

    fn create(&self, mut j: usize) -> Option<Parsed> {
        let t = &self.toks;
        if t.word_is(j, "OR") && t.word_is(j + 1, "REPLACE") {
            j += 2;
        }
        while t.word_upper(j).is_some_and(|w| is_create_modifier(&w)) {
            j += 1;
        }
        let obj = t.word_upper(j)?;
        match obj.as_str() {
            "TABLE" => self.table(j + 1),
            "VIEW" => self.view(j + 1),
            "INDEX" => self.index(j + 1),
            _ => self.other(&obj, j + 1),
        }
    }

    fn table(&self, j: usize) -> Option<Parsed> {
        let j = self.skip_if_exists(j);
        let (name, offset) = self.name_at(j)?;
        Some(self.table_body(name, offset, self.after_name(j)))
    }

    fn table_body(&self, name: String, offset: usize, mut k: usize) -> Parsed {
        let t = &self.toks;
        let n = t.n();
        let mut b = TableBuild::default();
        if t.is_punct(k, b'(') {
            let close = t.close_of(k);
            self.elements(k + 1, close, &mut b);
            k = close + 1;
        }
        // CREATE TABLE t AS (SELECT ...) [WITH NO DATA]: tables read
        while k < n {
            if t.word_is(k, "AS")
                && (t.is_punct(k + 1, b'(')
                    || t.word_is(k + 1, "SELECT")
                    || t.word_is(k + 1, "WITH"))
            {
                let s = t.start(k + 1);
                let a = analyze_full(self.text.get(s..).unwrap_or(""));
                for tu in a.statement.tables {
                    b.references.push(tu.name);
                }
                break;
            }
            k = if t.is_punct(k, b'(') {
                t.close_of(k) + 1
            } else {
                k + 1
            };
        }
        apply_pk(&mut b.columns, &b.pk);
        Parsed::Object(DdlObject {
            kind: DdlKind::Table,
            name,
            offset,
            columns: b.columns,
            references: dedup(b.references),
        })
    }

    /// Table elements in `[a, b)`, separated by commas outside parentheses.
    fn elements(&self, a: usize, b: usize, build: &mut TableBuild) {
        let t = &self.toks;
        let mut s = a;
        let mut j = a;
        while j < b {
            if t.is_punct(j, b'(') {
                j = t.close_of(j) + 1;
                continue;
            }
            if t.is_punct(j, b',') {
                self.element(s, j, build);
                s = j + 1;
            }
            j += 1;
        }
        if s < b {
            self.element(s, b, build);
        }
    }

    fn element(&self, a: usize, b: usize, build: &mut TableBuild) {
        let t = &self.toks;
        let mut k = a;
        if t.word_is(k, "CONSTRAINT") {
            k += 2;
        }
        if k >= b {
            return;
        }
        if t.word_is(k, "PRIMARY") && t.word_is(k + 1, "KEY") {
            if let Some(open) = (k + 2..b).find(|&j| t.is_punct(j, b'(')) {
                for (name, _) in self.paren_names(open, b) {
                    build.pk.push(name);
                }
            }
            return;
        }
        if t.word_is(k, "FOREIGN") && t.word_is(k + 1, "KEY") {
            self.references(k, b, &mut build.references);
            return;
        }
        if t.word_upper(k).is_some_and(|w| is_non_column_element(&w)) {
            return;
        }
        if t.word_upper(k)
            .is_some_and(|w| is_maybe_non_column_element(&w))
            && !t.word_upper(k + 1).is_some_and(|w| is_type_word(&w))
        {
            return;
        }
        self.column(k, b, build);
    }

    /// `REFERENCES name` occurrences in `[a, b)`.
    fn references(&self, a: usize, b: usize, out: &mut Vec<String>) {
        let t = &self.toks;
        for j in a..b {
            if t.word_is(j, "REFERENCES") {
                if let Some((name, _)) = self.name_at(j + 1) {
                    out.push(name);
                }
            }
        }
    }

    /// First name of each comma-separated item of the paren group at `open`
    /// (bounded by `limit`): (name, absolute offset).
    fn paren_names(&self, open: usize, limit: usize) -> Vec<(String, usize)> {
        let t = &self.toks;
        let close = t.close_of(open).min(limit);
        let mut out = Vec::new();
        let mut item_start = true;
        let mut j = open + 1;
        while j < close {
            if t.is_punct(j, b'(') {
                j = t.close_of(j) + 1;
                item_start = false;
                continue;
            }
            if t.is_punct(j, b',') {
                item_start = true;
            } else if item_start {
                if let Some(name) = t.ident(j) {
                    out.push((name, self.base + t.start(j)));
                }
                item_start = false;
            }
            j += 1;
        }
        out
    }

    /// Paren group `[open, close]` as compact upper-case text: `(9,2)`.
    fn compact(&self, open: usize, close: usize) -> String {
        let t = &self.toks;
        let mut s = String::new();
        let mut last_word = false;
        for j in open..=close {
            match t.kind(j) {
                Some(TokKind::Word | TokKind::Num) => {
                    if last_word {
                        s.push(' ');
                    }
                    s.push_str(&t.text(j).to_uppercase());
                    last_word = true;
                }
                Some(TokKind::Punct(c)) => {
                    s.push(char::from(c));
                    last_word = false;
                }
                Some(_) => {
                    s.push_str(t.text(j));
                    last_word = false;
                }
                None => break,
            }
        }
        s
    }

    fn column(&self, k: usize, b: usize, build: &mut TableBuild) {
        let t = &self.toks;
        let Some(name) = t.ident(k) else {
            return;
        };
        let mut ty = String::new();
        let push_word = |ty: &mut String, w: &str| {
            if !ty.is_empty() {
                ty.push(' ');
            }
            ty.push_str(w);
        };
        let mut m = k + 1;
        while m < b {
            match t.kind(m) {
                Some(TokKind::Word) => {
                    let up = t.text(m).to_uppercase();
                    if up == "WITH" && (t.word_is(m + 1, "TIME") || t.word_is(m + 1, "LOCAL")) {
                        push_word(&mut ty, &up);
                        m += 1;
                        continue;
                    }
                    if up == "FOR" && m + 2 < b && t.word_is(m + 2, "DATA") {
                        // CHAR(8) FOR BIT DATA
                        let what = t.text(m + 1).to_uppercase();
                        push_word(&mut ty, &format!("FOR {what} DATA"));
                        m += 3;
                        continue;
                    }
                    if is_column_stop(&up) {
                        break;
                    }
                    push_word(&mut ty, &up);
                    m += 1;
                }
                Some(TokKind::Punct(b'(')) => {
                    let close = t.close_of(m).min(b.saturating_sub(1));
                    ty.push_str(&self.compact(m, close));
                    m = close + 1;
                }
                _ => break,
            }
        }
        let mut nullable = true;
        let mut pk = false;
        let mut j = m;
        while j < b {
            if t.is_punct(j, b'(') {
                j = t.close_of(j) + 1;
                continue;
            }
            if t.word_is(j, "NOT") && t.word_is(j + 1, "NULL") {
                nullable = false;
                j += 2;
                continue;
            }
            if t.word_is(j, "PRIMARY") && t.word_is(j + 1, "KEY") {
                pk = true;
                j += 2;
                continue;
            }
            if t.word_is(j, "REFERENCES") {
                if let Some((r, _)) = self.name_at(j + 1) {
                    build.references.push(r);
                }
            }
            j += 1;
        }
        build.columns.push(DdlColumn {
            name,
            data_type: ty,
            offset: self.base + t.start(k),
            nullable: nullable && !pk,
            primary_key: pk,
        });
    }

    fn view(&self, j: usize) -> Option<Parsed> {
        let t = &self.toks;
        let n = t.n();
        let j = self.skip_if_exists(j);
        let (name, offset) = self.name_at(j)?;
        let mut k = self.after_name(j);
        let mut columns: Vec<DdlColumn> = Vec::new();
        let plain = |name: String, offset: usize| DdlColumn {
            name,
            data_type: String::new(),
            offset,
            nullable: true,
            primary_key: false,
        };
        if t.is_punct(k, b'(') {
            columns = self
                .paren_names(k, n)
                .into_iter()
                .map(|(c, off)| plain(c, off))
                .collect();
            k = t.close_of(k) + 1;
        }
        while k < n && !t.word_is(k, "AS") {
            k = if t.is_punct(k, b'(') {
                t.close_of(k) + 1
            } else {
                k + 1
            };
        }
        let mut references = Vec::new();
        if k + 1 < n {
            let s = t.start(k + 1);
            let a = analyze_full(self.text.get(s..).unwrap_or(""));
            references = dedup(a.statement.tables.iter().map(|t| t.name.clone()).collect());
            if columns.is_empty() {
                columns = a
                    .statement
                    .columns
                    .into_iter()
                    .zip(a.column_offsets)
                    .map(|(c, off)| plain(c, self.base + s + off))
                    .collect();
            }
        }
        Some(Parsed::Object(DdlObject {
            kind: DdlKind::View,
            name,
            offset,
            columns,
            references,
        }))
    }

    fn index(&self, j: usize) -> Option<Parsed> {
        let t = &self.toks;
        let j = self.skip_if_exists(j);
        let (name, offset) = self.name_at(j)?;
        let k = self.after_name(j);
        let mut references = Vec::new();
        let mut columns = Vec::new();
        if t.word_is(k, "ON") {
            if let Some((table, _)) = self.name_at(k + 1) {
                references.push(table);
            }
            let after = self.after_name(k + 1);
            if t.is_punct(after, b'(') {
                columns = self
                    .paren_names(after, t.n())
                    .into_iter()
                    .map(|(c, off)| DdlColumn {
                        name: c,
                        data_type: String::new(),
                        offset: off,
                        nullable: true,
                        primary_key: false,
                    })
                    .collect();
            }
        }
        Some(Parsed::Object(DdlObject {
            kind: DdlKind::Index,
            name,
            offset,
            columns,
            references,
        }))
    }

    fn other(&self, obj: &str, mut j: usize) -> Option<Parsed> {
        let t = &self.toks;
        let n = t.n();
        if t.word_is(j, "BODY") {
            j += 1;
        }
        let j = self.skip_if_exists(j);
        let (name, offset) = self.name_at(j)?;
        let k = self.after_name(j);
        let mut references = Vec::new();
        match obj {
            "ALIAS" | "SYNONYM" if t.word_is(k, "FOR") => {
                let mut m = k + 1;
                if t.word_is(m, "TABLE") {
                    m += 1;
                }
                if let Some((target, _)) = self.name_at(m) {
                    references.push(target);
                }
            }
            "TRIGGER" => {
                let mut m = k;
                while m < n && !t.word_is(m, "ON") {
                    m = if t.is_punct(m, b'(') {
                        t.close_of(m) + 1
                    } else {
                        m + 1
                    };
                }
                if let Some((table, _)) = self.name_at(m + 1) {
                    references.push(table);
                }
            }
            _ => {}
        }
        Some(Parsed::Object(DdlObject {
            kind: DdlKind::Other,
            name,
            offset,
            columns: Vec::new(),
            references,
        }))
    }

    fn alter(&self, j: usize) -> Option<Parsed> {
        let t = &self.toks;
        let n = t.n();
        let mut j = self.skip_if_exists(j);
        if t.word_is(j, "ONLY") {
            j += 1;
        }
        let (name, offset) = self.name_at(j)?;
        let mut build = TableBuild::default();
        let clause_end = |from: usize| {
            let mut e = from;
            while e < n {
                if t.is_punct(e, b'(') {
                    e = t.close_of(e) + 1;
                    continue;
                }
                if t.is_punct(e, b',')
                    || [
                        "ADD",
                        "ALTER",
                        "DROP",
                        "RENAME",
                        "ACTIVATE",
                        "DEACTIVATE",
                        "DATA",
                        "AUDIT",
                    ]
                    .iter()
                    .any(|w| t.word_is(e, w))
                {
                    break;
                }
                e += 1;
            }
            e.min(n)
        };
        let mut k = self.after_name(j);
        while k < n {
            if t.is_punct(k, b'(') {
                k = t.close_of(k) + 1;
                continue;
            }
            if t.word_is(k, "ADD") {
                let mut s = k + 1;
                if t.word_is(s, "COLUMN") {
                    s += 1;
                }
                let e = clause_end(s);
                self.element(s, e, &mut build);
                k = e.max(k + 1);
                continue;
            }
            if t.word_is(k, "FOREIGN") && t.word_is(k + 1, "KEY") {
                // DB2: ALTER TABLE t FOREIGN KEY fk (c) REFERENCES p
                let e = clause_end(k + 1);
                self.references(k, e, &mut build.references);
                k = e.max(k + 1);
                continue;
            }
            k += 1;
        }
        Some(Parsed::Alter {
            name,
            offset,
            build,
        })
    }
}
