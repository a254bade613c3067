//! Keyword-driven statement scanner behind `analyze`.
//!
//! The scanner first classifies the statement by its leading keyword and
//! handles statement headers that need special treatment (DECLARE CURSOR,
//! FETCH, CREATE, LOCK, INCLUDE, ...). It then walks the remaining tokens
//! once, keeping a stack of parenthesis frames. Each frame remembers whether
//! it holds a query (so `FROM` introduces tables rather than being part of
//! `EXTRACT(YEAR FROM d)`), which clause it is in, whether the next name is a
//! table (and with which access), and whether it is a column list. DML
//! keywords (`INSERT INTO`, `UPDATE`, `DELETE FROM`, `MERGE INTO`) are
//! recognised wherever they occur, so data-change table references
//! (`FROM FINAL TABLE (INSERT ...)`) and procedure bodies work too.
//! There is no recursion and every token is looked at a constant number of
//! times, so the scan is linear and cannot overflow the stack.

use std::collections::HashSet;

use super::lexer::{TokKind, Toks, is_reserved, join_name};
use super::{HostVarDirection, HostVariable, SqlStatement, StatementKind, TableAccess, TableUse};

/// Full result of the scanner; `analyze` only exposes `statement`.
pub(crate) struct Analysis {
    pub statement: SqlStatement,
    /// Byte offset of each entry of `statement.columns`.
    pub column_offsets: Vec<usize>,
    /// Routine named by CALL / EXEC.
    pub routine: Option<String>,
}

pub(crate) fn analyze_full(sql: &str) -> Analysis {
    let mut sc = Scanner::new(Toks::sql(sql));
    sc.run();
    sc.finish()
}

/// What the next name in a table position is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Table(TableAccess),
    /// MERGE target: reported as Update and Insert.
    Merge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clause {
    None,
    SelectList,
    Into,
    From,
    Set,
    Values,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Frame {
    /// A SELECT (or DELETE/UPDATE) was seen: `FROM` introduces tables.
    is_query: bool,
    clause: Clause,
    expect: Option<Expect>,
    /// Parenthesised column-name list (INSERT INTO t (a, b), SET (a, b) = ...).
    col_list: bool,
}

impl Frame {
    fn plain() -> Self {
        Frame {
            is_query: false,
            clause: Clause::None,
            expect: None,
            col_list: false,
        }
    }
}

struct Scanner<'a> {
    toks: Toks<'a>,
    kind: StatementKind,
    frames: Vec<Frame>,
    ctes: HashSet<String>,
    tables: Vec<TableUse>,
    host_vars: Vec<HostVariable>,
    cursor: Option<String>,
    columns: Vec<(String, usize)>,
    column_set: HashSet<String>,
    include: Option<String>,
    routine: Option<String>,
    /// Collect plain column names of the outermost first SELECT list.
    collect_select: bool,
    select_item_start: Option<usize>,
    /// `SET :hv = ...` / `GET DIAGNOSTICS :hv = ...` statement.
    assign_stmt: bool,
    /// Before the `=` of an assignment: host variables are outputs.
    assign_mode: bool,
    /// The next `(` opens a column-name list.
    pending_col_list: bool,
}

const LIST_BREAKERS: &[&str] = &[
    "WHERE",
    "GROUP",
    "HAVING",
    "ORDER",
    "UNION",
    "EXCEPT",
    "INTERSECT",
    "MINUS",
    "FETCH",
    "LIMIT",
    "OFFSET",
    "FOR",
    "WITH",
    "RETURNING",
    "WINDOW",
    "QUALIFY",
    "QUERYNO",
    "OPTIMIZE",
    "SKIP",
];

impl<'a> Scanner<'a> {
    fn new(toks: Toks<'a>) -> Self {
        Scanner {
            toks,
            kind: StatementKind::Other,
            frames: vec![Frame::plain()],
            ctes: HashSet::new(),
            tables: Vec::new(),
            host_vars: Vec::new(),
            cursor: None,
            columns: Vec::new(),
            column_set: HashSet::new(),
            include: None,
            routine: None,
            collect_select: false,
            select_item_start: None,
            assign_stmt: false,
            assign_mode: false,
            pending_col_list: false,
        }
    }

    fn finish(mut self) -> Analysis {
        self.tables.sort_by_key(|t| t.offset);
        self.host_vars.sort_by_key(|h| h.offset);
        let (columns, column_offsets) = self.columns.into_iter().unzip();
        Analysis {
            statement: SqlStatement {
                kind: self.kind,
                tables: self.tables,
                host_variables: self.host_vars,
                cursor: self.cursor,
                columns,
                include: self.include,
            },
            column_offsets,
            routine: self.routine,
        }
    }

    // ----- small helpers -------------------------------------------------

    fn top(&self) -> Frame {
        self.frames[self.frames.len() - 1]
    }

    fn top_mut(&mut self) -> &mut Frame {
        let i = self.frames.len() - 1;
        &mut self.frames[i]
    }

    fn depth0(&self) -> bool {
        self.frames.len() == 1
    }

    fn resolve(&self, parts: &[String]) -> Option<String> {
        let name = join_name(parts)?;
        if !name.contains('.') && self.ctes.contains(&name) {
            return None;
        }
        Some(name)
    }

    fn push_table(&mut self, name: String, access: TableAccess, offset: usize) {
        self.tables.push(TableUse {
            name,
            access,
            offset,
        });
    }

    fn report(&mut self, parts: &[String], offset: usize, exp: Expect) {
        let Some(name) = self.resolve(parts) else {
            return;
        };
        match exp {
            Expect::Table(a) => self.push_table(name, a, offset),
            Expect::Merge => {
                self.push_table(name.clone(), TableAccess::Update, offset);
                self.push_table(name, TableAccess::Insert, offset);
            }
        }
    }

    /// Reports the (qualified) name at `i` as a table; returns the index after it.
    fn report_name(&mut self, i: usize, access: TableAccess) -> Option<usize> {
        if !self.toks.is_name(i) {
            return None;
        }
        let (parts, next, _) = self.toks.qualified(i)?;
        self.report(&parts, self.toks.start(i), Expect::Table(access));
        Some(next)
    }

    fn push_column(&mut self, name: &str, offset: usize) {
        if name.contains(super::lexer::EXPR) || name.is_empty() {
            return;
        }
        if self.column_set.insert(name.to_string()) {
            self.columns.push((name.to_string(), offset));
        }
    }

    fn skip_if_exists(&self, mut j: usize) -> usize {
        if self.toks.word_is(j, "IF") {
            j += 1;
            if self.toks.word_is(j, "NOT") {
                j += 1;
            }
            if self.toks.word_is(j, "EXISTS") {
                j += 1;
            }
        }
        j
    }

    /// Previous token is a word that makes a following INSERT/UPDATE/DELETE
    /// something other than a DML statement (`ON DELETE`, `FOR UPDATE`,
    /// `AFTER INSERT ON`). MERGE's `THEN UPDATE SET` / `THEN INSERT (cols)`
    /// need no blocking: a reserved word or `(` follows them.
    fn dml_blocked(&self, i: usize) -> bool {
        i > 0
            && self.toks.word_upper(i - 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "ON" | "OR" | "OF" | "BEFORE" | "AFTER" | "FOR" | "INSTEAD"
                )
            })
    }

    // ----- classification and headers ----------------------------------

    fn run(&mut self) {
        self.collect_ctes();
        let n = self.toks.n();
        let mut first = 0;
        while first < n
            && matches!(
                self.toks.kind(first),
                Some(TokKind::Punct(b'{' | b'(' | b'?' | b'='))
            )
        {
            first += 1;
        }
        let (kind, start) = self.header(first);
        self.kind = kind;
        if let Some(start) = start {
            if kind == StatementKind::Other {
                self.top_mut().is_query = true;
            }
            self.collect_select =
                matches!(kind, StatementKind::Select | StatementKind::DeclareCursor);
            self.assign_stmt = self.toks.word_is(first, "SET") || self.toks.word_is(first, "GET");
            self.assign_mode = self.assign_stmt;
            self.scan(start);
        }
    }

    /// Names defined by `WITH name [(cols)] AS (...)`, anywhere in the statement.
    fn collect_ctes(&mut self) {
        let n = self.toks.n();
        for i in 0..n {
            if !self.toks.word_is(i, "WITH") {
                continue;
            }
            let mut j = i + 1;
            if self.toks.word_is(j, "RECURSIVE") {
                j += 1;
            }
            while self.toks.is_name(j) {
                let Some(name) = self.toks.ident(j) else {
                    break;
                };
                let mut k = j + 1;
                if self.toks.is_punct(k, b'(') {
                    k = self.toks.close_of(k) + 1;
                }
                if !self.toks.word_is(k, "AS") {
                    break;
                }
                k += 1;
                if self.toks.word_is(k, "NOT") {
                    k += 1;
                }
                if self.toks.word_is(k, "MATERIALIZED") {
                    k += 1;
                }
                if !self.toks.is_punct(k, b'(') {
                    break;
                }
                self.ctes.insert(name);
                let end = self.toks.close_of(k);
                if self.toks.is_punct(end + 1, b',') {
                    j = end + 2;
                } else {
                    break;
                }
            }
        }
    }

    /// Statement kind after `WITH ...`: the first DML keyword outside parentheses.
    fn kind_after_with(&self, first: usize) -> StatementKind {
        let mut depth = 0usize;
        for i in first + 1..self.toks.n() {
            match self.toks.kind(i) {
                Some(TokKind::Punct(b'(')) => depth += 1,
                Some(TokKind::Punct(b')')) => depth = depth.saturating_sub(1),
                Some(TokKind::Word) if depth == 0 => match self.toks.word_upper(i).as_deref() {
                    Some("SELECT" | "VALUES") => return StatementKind::Select,
                    Some("INSERT") => return StatementKind::Insert,
                    Some("UPDATE") => return StatementKind::Update,
                    Some("DELETE") => return StatementKind::Delete,
                    Some("MERGE") => return StatementKind::Merge,
                    _ => {}
                },
                _ => {}
            }
        }
        if self.ctes.is_empty() {
            StatementKind::Other
        } else {
            StatementKind::Select
        }
    }

    /// Classifies the statement, handles its header and returns where the
    /// generic scan should start (`None`: no generic scan).
    fn header(&mut self, first: usize) -> (StatementKind, Option<usize>) {
        use StatementKind as K;
        let Some(up) = self.toks.word_upper(first) else {
            return (K::Other, Some(0));
        };
        match up.as_str() {
            "SELECT" | "VALUES" => (K::Select, Some(0)),
            "WITH" => (self.kind_after_with(first), Some(0)),
            "INSERT" | "UPSERT" => (K::Insert, Some(0)),
            "UPDATE" => (K::Update, Some(0)),
            "DELETE" => (K::Delete, Some(0)),
            "MERGE" => (K::Merge, Some(0)),
            "TRUNCATE" => {
                let mut j = first + 1;
                if self.toks.word_is(j, "TABLE") {
                    j += 1;
                }
                self.report_name(j, TableAccess::Delete);
                (K::Delete, None)
            }
            "CREATE" => (K::Create, self.header_create(first + 1)),
            "ALTER" => {
                if self.toks.word_is(first + 1, "TABLE") {
                    let j = self.skip_if_exists(first + 2);
                    let j = if self.toks.word_is(j, "ONLY") {
                        j + 1
                    } else {
                        j
                    };
                    (K::Alter, self.report_name(j, TableAccess::Ddl))
                } else {
                    (K::Alter, None)
                }
            }
            "DROP" => {
                let obj = self.toks.word_upper(first + 1).unwrap_or_default();
                if matches!(obj.as_str(), "TABLE" | "VIEW" | "ALIAS" | "SYNONYM") {
                    let mut j = self.skip_if_exists(first + 2);
                    while let Some(next) = self.report_name(j, TableAccess::Ddl) {
                        if !self.toks.is_punct(next, b',') {
                            break;
                        }
                        j = next + 1;
                    }
                }
                (K::Drop, None)
            }
            "RENAME" => {
                let mut j = first + 1;
                if self.toks.word_is(j, "TABLE") {
                    j += 1;
                }
                if !self.toks.word_is(j, "INDEX") {
                    if let Some(next) = self.report_name(j, TableAccess::Ddl) {
                        if self.toks.word_is(next, "TO") {
                            self.report_name(next + 1, TableAccess::Ddl);
                        }
                    }
                }
                (K::Alter, None)
            }
            "DECLARE" => self.header_declare(first),
            "OPEN" => {
                let named = self.toks.dashed_name(first + 1);
                let next = named.as_ref().map_or(first + 1, |c| c.1);
                self.cursor = named.map(|c| c.0);
                (K::Open, Some(next))
            }
            "CLOSE" => {
                self.cursor = self.toks.dashed_name(first + 1).map(|c| c.0);
                (K::Close, None)
            }
            "FETCH" => {
                self.header_fetch(first);
                (K::Fetch, Some(first + 1))
            }
            "CALL" => {
                self.routine = self.routine_name(first + 1);
                (K::Call, Some(first + 1))
            }
            "EXEC"
                if !self.toks.word_is(first + 1, "SQL")
                    && !self.toks.word_is(first + 1, "IMMEDIATE") =>
            {
                self.routine = self.routine_name(first + 1);
                (K::Call, Some(first + 1))
            }
            "COMMIT" => (K::Commit, None),
            "ROLLBACK" => (K::Rollback, None),
            "LOCK" => {
                self.header_lock(first);
                (K::Lock, None)
            }
            "INCLUDE" => {
                self.include = self.include_name(first + 1);
                (K::Include, None)
            }
            "WHENEVER" | "GRANT" | "REVOKE" | "COMMENT" | "LABEL" | "EXPLAIN" => {
                (K::WheneverOrOther, None)
            }
            "SET" | "GET" | "BEGIN" | "END" | "PREPARE" | "EXECUTE" | "EXEC" | "DESCRIBE"
            | "CONNECT" | "DISCONNECT" | "SAVEPOINT" | "RELEASE" | "SIGNAL" | "RESIGNAL"
            | "FREE" | "ASSOCIATE" | "ALLOCATE" | "REFRESH" | "HOLD" | "TRANSFER" | "USE"
            | "IF" | "WHILE" | "LOOP" | "REPEAT" | "LEAVE" | "ITERATE" | "RETURN" => {
                (K::WheneverOrOther, Some(first + 1))
            }
            _ => (K::Other, Some(0)),
        }
    }

    fn routine_name(&self, i: usize) -> Option<String> {
        if !self.toks.is_name(i) {
            return None;
        }
        let (parts, _, _) = self.toks.qualified(i)?;
        join_name(&parts)
    }

    fn header_create(&mut self, mut j: usize) -> Option<usize> {
        if self.toks.word_is(j, "OR") && self.toks.word_is(j + 1, "REPLACE") {
            j += 2;
        }
        while self
            .toks
            .word_upper(j)
            .is_some_and(|w| super::ddl::is_create_modifier(&w))
        {
            j += 1;
        }
        let obj = self.toks.word_upper(j)?;
        j += 1;
        match obj.as_str() {
            "TABLE" => {
                let j = self.skip_if_exists(j);
                let next = self.report_name(j, TableAccess::Ddl)?;
                if self.toks.word_is(next, "LIKE") {
                    return Some(self.report_name(next + 1, TableAccess::Ddl).unwrap_or(next));
                }
                Some(next)
            }
            "VIEW" => {
                let j = self.skip_if_exists(j);
                Some(self.report_name(j, TableAccess::Ddl).unwrap_or(j))
            }
            "INDEX" => {
                let j = self.skip_if_exists(j);
                let next = self.toks.qualified(j).map_or(j, |q| q.1);
                if self.toks.word_is(next, "ON") {
                    return Some(
                        self.report_name(next + 1, TableAccess::Ddl)
                            .unwrap_or(next + 1),
                    );
                }
                Some(next)
            }
            "ALIAS" | "SYNONYM" => {
                if let Some(next) = self.report_name(j, TableAccess::Ddl) {
                    if self.toks.word_is(next, "FOR") {
                        let mut k = next + 1;
                        if self.toks.word_is(k, "TABLE") {
                            k += 1;
                        }
                        self.report_name(k, TableAccess::Ddl);
                    }
                }
                None
            }
            "TRIGGER" => {
                // table after the first ON outside parentheses; then the body
                let mut k = j;
                let n = self.toks.n();
                while k < n && !self.toks.word_is(k, "ON") {
                    k = if self.toks.is_punct(k, b'(') {
                        self.toks.close_of(k) + 1
                    } else {
                        k + 1
                    };
                }
                if k < n {
                    return Some(self.report_name(k + 1, TableAccess::Ddl).unwrap_or(k + 1));
                }
                Some(j)
            }
            _ => Some(j),
        }
    }

    fn header_declare(&mut self, first: usize) -> (StatementKind, Option<usize>) {
        use StatementKind as K;
        let n = self.toks.n();
        if self.toks.word_is(first + 1, "GLOBAL") {
            let mut j = first + 2;
            while j < (first + 5).min(n) && !self.toks.word_is(j, "TABLE") {
                j += 1;
            }
            if self.toks.word_is(j, "TABLE") {
                let k = self.skip_if_exists(j + 1);
                return (
                    K::Create,
                    Some(self.report_name(k, TableAccess::Ddl).unwrap_or(k)),
                );
            }
            return (K::Create, None);
        }
        let Some((name, after)) = self.toks.dashed_name(first + 1) else {
            return (K::WheneverOrOther, None);
        };
        let mut j = after;
        while j < (after + 12).min(n) {
            if self.toks.word_is(j, "CURSOR") {
                self.cursor = Some(name);
                let mut k = j + 1;
                while k < n && !self.toks.word_is(k, "FOR") {
                    k += 1;
                }
                return (K::DeclareCursor, (k < n).then_some(k + 1));
            }
            if self.toks.word_is(j, "FOR") || self.toks.is_punct(j, b'(') {
                break;
            }
            j += 1;
        }
        // DCLGEN: DECLARE [schema.]name TABLE ( ... )
        if let Some((_, after_name, _)) = self.toks.qualified(first + 1) {
            if self.toks.word_is(after_name, "TABLE") {
                self.report_name(first + 1, TableAccess::Ddl);
                return (K::WheneverOrOther, Some(after_name + 1));
            }
        }
        (K::WheneverOrOther, None)
    }

    fn header_fetch(&mut self, first: usize) {
        const ORIENTATION: &[&str] = &[
            "NEXT",
            "PRIOR",
            "FIRST",
            "LAST",
            "CURRENT",
            "BEFORE",
            "AFTER",
            "ABSOLUTE",
            "RELATIVE",
            "ROWSET",
            "STARTING",
            "AT",
            "SENSITIVE",
            "INSENSITIVE",
            "CONTINUE",
            "WITH",
            "ROWS",
            "ROW",
        ];
        let n = self.toks.n();
        let mut j = first + 1;
        let mut cursor: Option<String> = None;
        while j < n {
            let w = self.toks.word_upper(j);
            match w.as_deref() {
                Some("INTO" | "USING") => break,
                Some("FOR") if cursor.is_some() => break,
                Some("FROM" | "IN") => {
                    if let Some((c, next)) = self.toks.dashed_name(j + 1) {
                        cursor = Some(c);
                        j = next;
                        continue;
                    }
                }
                Some(w) if cursor.is_none() && !ORIENTATION.contains(&w) && !is_reserved(w) => {
                    if let Some((c, next)) = self.toks.dashed_name(j) {
                        cursor = Some(c);
                        j = next;
                        continue;
                    }
                }
                _ => {
                    if cursor.is_none() && self.toks.kind(j) == Some(TokKind::Quoted) {
                        cursor = self.toks.ident(j);
                    }
                }
            }
            j += 1;
        }
        self.cursor = cursor;
    }

    fn header_lock(&mut self, first: usize) {
        let mut j = first + 1;
        if self.toks.word_is(j, "TABLE") {
            j += 1;
        }
        if !self.toks.is_name(j) {
            return;
        }
        let Some((parts, _, _)) = self.toks.qualified(j) else {
            return;
        };
        let n = self.toks.n();
        let exclusive = (j..n).any(|k| self.toks.word_is(k, "EXCLUSIVE"));
        let share = (j..n).any(|k| self.toks.word_is(k, "SHARE"));
        let access = if share && !exclusive {
            TableAccess::Read
        } else {
            TableAccess::Update
        };
        self.report(&parts, self.toks.start(j), Expect::Table(access));
    }

    /// `INCLUDE SQLCA`, `INCLUDE CLAIM-DCL`, `INCLUDE 'member'`: the run of
    /// adjacent tokens after INCLUDE.
    fn include_name(&self, i: usize) -> Option<String> {
        let t = self.toks.t.get(i)?;
        if !matches!(
            t.kind,
            TokKind::Word | TokKind::Quoted | TokKind::Str | TokKind::Num
        ) {
            return None;
        }
        let start = t.start;
        let mut end = t.end;
        let mut k = i + 1;
        while let Some(nt) = self.toks.t.get(k) {
            let joinable = matches!(
                nt.kind,
                TokKind::Word | TokKind::Num | TokKind::Punct(b'-' | b'_')
            );
            if nt.start != end || !joinable {
                break;
            }
            end = nt.end;
            k += 1;
        }
        let raw = self.toks.src.get(start..end)?;
        let name: String = raw
            .chars()
            .filter(|c| !matches!(c, '\'' | '"' | '`'))
            .collect::<String>()
            .to_uppercase();
        (!name.is_empty()).then_some(name)
    }

    // ----- generic scan ----------------------------------------------------

    fn scan(&mut self, start: usize) {
        let n = self.toks.n();
        let mut i = start;
        while i < n {
            // every step consumes at least one token
            i = self.step(i).max(i + 1);
        }
        self.end_select_list(n);
    }

    fn step(&mut self, i: usize) -> usize {
        if let Some(exp) = self.top().expect {
            if let Some(next) = self.table_position(i, exp) {
                return next;
            }
        }
        let Some(kind) = self.toks.kind(i) else {
            return i + 1;
        };
        match kind {
            TokKind::Punct(b'(') => {
                let mut f = Frame::plain();
                f.col_list = std::mem::take(&mut self.pending_col_list);
                self.frames.push(f);
                i + 1
            }
            TokKind::Punct(b')') => {
                self.pending_col_list = false;
                if self.frames.len() > 1 {
                    self.frames.pop();
                }
                i + 1
            }
            TokKind::Punct(b',') => {
                self.on_comma(i);
                i + 1
            }
            TokKind::Punct(b';') => {
                self.end_select_list(i);
                self.frames.truncate(1);
                let f = self.top_mut();
                f.clause = Clause::None;
                f.expect = None;
                f.col_list = false;
                self.pending_col_list = false;
                self.assign_mode = false;
                i + 1
            }
            TokKind::Punct(b'=') => {
                self.assign_mode = false;
                i + 1
            }
            TokKind::HostVar => self.host_var(i),
            TokKind::Word | TokKind::Quoted => self.word(i),
            _ => i + 1,
        }
    }

    /// Handles token `i` in a table position. `None`: not a table; the
    /// expectation is cleared and the token is processed normally.
    fn table_position(&mut self, i: usize, exp: Expect) -> Option<usize> {
        match self.toks.kind(i)? {
            TokKind::Word => {
                let up = self.toks.word_upper(i)?;
                if matches!(up.as_str(), "LATERAL" | "TABLE" | "ONLY")
                    && self.toks.is_punct(i + 1, b'(')
                {
                    return Some(i + 1);
                }
                if matches!(up.as_str(), "FINAL" | "NEW" | "OLD")
                    && self.toks.word_is(i + 1, "TABLE")
                {
                    return Some(i + 1);
                }
                if is_reserved(&up) {
                    self.top_mut().expect = None;
                    return None;
                }
                self.table_ref(i, exp)
            }
            TokKind::Quoted => self.table_ref(i, exp),
            TokKind::Punct(b'(') => {
                self.top_mut().expect = None;
                self.frames.push(Frame {
                    is_query: true,
                    clause: Clause::From,
                    expect: Some(exp),
                    col_list: false,
                });
                Some(i + 1)
            }
            _ => {
                self.top_mut().expect = None;
                None
            }
        }
    }

    fn table_ref(&mut self, i: usize, exp: Expect) -> Option<usize> {
        let (parts, next, _) = self.toks.qualified(i)?;
        self.top_mut().expect = None;
        if exp == Expect::Table(TableAccess::Read) && self.toks.is_punct(next, b'(') {
            // table function: FROM TABLE(FN(x)), FROM UNNEST(...)
            return Some(next);
        }
        self.report(&parts, self.toks.start(i), exp);
        if exp == Expect::Table(TableAccess::Insert) && self.toks.is_punct(next, b'(') {
            self.pending_col_list = true;
        }
        Some(next)
    }

    fn on_comma(&mut self, i: usize) {
        let f = self.top();
        if f.clause == Clause::From && f.expect.is_none() {
            self.top_mut().expect = Some(Expect::Table(TableAccess::Read));
        }
        if self.depth0() {
            if f.clause == Clause::SelectList && self.collect_select {
                if let Some(s) = self.select_item_start {
                    self.eval_select_item(s, i);
                    self.select_item_start = Some(i + 1);
                }
            }
            if self.assign_stmt {
                self.assign_mode = true;
            }
        }
    }

    fn end_select_list(&mut self, i: usize) {
        if let Some(s) = self.select_item_start.take() {
            if self.collect_select {
                self.eval_select_item(s, i);
            }
            self.collect_select = false;
        }
    }

    /// Select item `[a, b)`: a plain `name(.name)* [[AS] alias]` gives a column.
    fn eval_select_item(&mut self, a: usize, b: usize) {
        if a >= b || !self.toks.is_name(a) {
            return;
        }
        let Some((parts, mut k, last)) = self.toks.qualified(a) else {
            return;
        };
        if k < b && self.toks.word_is(k, "AS") {
            k += 1;
        }
        if k < b && self.toks.is_name(k) {
            k += 1;
        }
        if k != b {
            return;
        }
        if let Some(col) = parts.last() {
            let off = self.toks.start(last);
            self.push_column(col, off);
        }
    }

    fn host_var(&mut self, i: usize) -> usize {
        let name = self.toks.host_name(i);
        let mut j = i + 1;
        let mut indicator = None;
        if self.toks.kind(j) == Some(TokKind::HostVar) {
            indicator = Some(self.toks.host_name(j));
            j += 1;
        } else if self.toks.word_is(j, "INDICATOR")
            && self.toks.kind(j + 1) == Some(TokKind::HostVar)
        {
            indicator = Some(self.toks.host_name(j + 1));
            j += 2;
        }
        let direction = if self.assign_mode || self.top().clause == Clause::Into {
            HostVarDirection::Output
        } else {
            HostVarDirection::Input
        };
        self.host_vars.push(HostVariable {
            name,
            indicator,
            offset: self.toks.start(i),
            direction,
        });
        j
    }

    fn prev_is_list_start(&self, i: usize) -> bool {
        i > 0 && (self.toks.is_punct(i - 1, b'(') || self.toks.is_punct(i - 1, b','))
    }

    fn word(&mut self, i: usize) -> usize {
        let top = self.top();
        // column-name lists: INSERT INTO t (A, B) / SET (A, B) = / THEN INSERT (A, B)
        if top.col_list && self.prev_is_list_start(i) && self.toks.is_name(i) {
            if let Some((parts, next, last)) = self.toks.qualified(i) {
                if let Some(col) = parts.last() {
                    let off = self.toks.start(last);
                    self.push_column(col, off);
                }
                return next;
            }
        }
        // UPDATE ... SET A = ..., T.B = ...
        if top.clause == Clause::Set
            && i > 0
            && (self.toks.word_is(i - 1, "SET") || self.toks.is_punct(i - 1, b','))
            && self.toks.is_name(i)
        {
            if let Some((parts, next, last)) = self.toks.qualified(i) {
                if self.toks.is_punct(next, b'=') {
                    if let Some(col) = parts.last() {
                        let off = self.toks.start(last);
                        self.push_column(col, off);
                    }
                    return next;
                }
            }
        }
        let Some(up) = self.toks.word_upper(i) else {
            return i + 1;
        };
        let depth0 = self.depth0();
        match up.as_str() {
            "SELECT" => {
                let f = self.top_mut();
                f.is_query = true;
                f.clause = Clause::SelectList;
                f.col_list = false;
                f.expect = None;
                if depth0 && self.collect_select && self.select_item_start.is_none() {
                    let mut s = i + 1;
                    if self.toks.word_is(s, "DISTINCT") || self.toks.word_is(s, "ALL") {
                        s += 1;
                    }
                    self.select_item_start = Some(s);
                }
                i + 1
            }
            "FROM" => {
                let distinct_from = i >= 2
                    && self.toks.word_is(i - 1, "DISTINCT")
                    && (self.toks.word_is(i - 2, "IS") || self.toks.word_is(i - 2, "NOT"));
                if self.top().is_query && !distinct_from {
                    if depth0 {
                        self.end_select_list(i);
                    }
                    let f = self.top_mut();
                    f.clause = Clause::From;
                    f.expect = Some(Expect::Table(TableAccess::Read));
                } else if self.top().clause == Clause::Into {
                    self.top_mut().clause = Clause::Other;
                }
                i + 1
            }
            "INTO" => {
                if depth0 {
                    self.end_select_list(i);
                }
                self.top_mut().clause = Clause::Into;
                i + 1
            }
            "JOIN" => {
                let f = self.top_mut();
                f.is_query = true;
                f.clause = Clause::From;
                f.expect = Some(Expect::Table(TableAccess::Read));
                i + 1
            }
            "INSERT" | "UPSERT" => {
                let blocked = self.dml_blocked(i);
                let mut j = i + 1;
                if self.toks.word_is(j, "INTO") {
                    j += 1;
                }
                self.top_mut().clause = Clause::Other;
                if self.toks.is_punct(j, b'(') {
                    // MERGE ... THEN INSERT (cols) VALUES (...)
                    self.pending_col_list = true;
                } else if !blocked {
                    self.top_mut().expect = Some(Expect::Table(TableAccess::Insert));
                }
                j
            }
            "UPDATE" => {
                let blocked = self.dml_blocked(i);
                let f = self.top_mut();
                f.clause = Clause::Other;
                if !blocked {
                    f.is_query = true;
                    f.expect = Some(Expect::Table(TableAccess::Update));
                }
                i + 1
            }
            "DELETE" => {
                if self.dml_blocked(i) {
                    self.top_mut().clause = Clause::Other;
                    return i + 1;
                }
                let mut j = i + 1;
                if self.toks.word_is(j, "FROM") {
                    j += 1;
                }
                let f = self.top_mut();
                f.is_query = true;
                f.clause = Clause::Other;
                f.expect = Some(Expect::Table(TableAccess::Delete));
                j
            }
            "MERGE" => {
                let mut j = i + 1;
                if self.toks.word_is(j, "INTO") {
                    j += 1;
                }
                let f = self.top_mut();
                f.clause = Clause::Other;
                f.expect = Some(Expect::Merge);
                j
            }
            "USING" => {
                if self.kind == StatementKind::Merge && depth0 {
                    let f = self.top_mut();
                    f.clause = Clause::Other;
                    f.expect = Some(Expect::Table(TableAccess::Read));
                }
                i + 1
            }
            "SET" => {
                self.top_mut().clause = Clause::Set;
                if self.toks.is_punct(i + 1, b'(') {
                    self.pending_col_list = true;
                }
                i + 1
            }
            "VALUES" => {
                if depth0 {
                    self.end_select_list(i);
                }
                let f = self.top_mut();
                f.clause = Clause::Values;
                f.col_list = false;
                i + 1
            }
            "REFERENCES" => {
                self.top_mut().expect = Some(Expect::Table(TableAccess::Ddl));
                i + 1
            }
            "CURRENT" => {
                if self.toks.word_is(i + 1, "OF") {
                    if let Some((c, next)) = self.toks.dashed_name(i + 2) {
                        self.cursor = Some(c);
                        return next;
                    }
                }
                i + 1
            }
            "ON" => {
                if self.top().clause != Clause::From {
                    self.top_mut().clause = Clause::Other;
                }
                i + 1
            }
            w if LIST_BREAKERS.contains(&w) => {
                if depth0 {
                    self.end_select_list(i);
                }
                let f = self.top_mut();
                f.clause = Clause::Other;
                f.expect = None;
                i + 1
            }
            _ => i + 1,
        }
    }
}
