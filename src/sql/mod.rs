//! SQL analyzer: which tables a SQL statement touches, and how.
//!
//! Used by LegacyLens for three kinds of SQL text:
//! - SQL strings recovered from Java JDBC code (with `?` parameters and the
//!   `__EXPR__` placeholder where a runtime value was concatenated),
//! - the content of COBOL `EXEC SQL ... END-EXEC` blocks (DB2 style: host
//!   variables such as `:WS-CLAIM-ID`, indicator variables, cursors,
//!   `INCLUDE`, `WHENEVER`),
//! - SQL DDL scripts (`CREATE TABLE/VIEW/INDEX`, DCLGEN `DECLARE ... TABLE`).
//!
//! This is deliberately *not* a SQL parser. A hand-written tokenizer
//! (`lexer`) feeds a keyword-driven scanner (`analyzer`) that keeps a stack
//! of parenthesis frames and a little state per frame ("the next name is a
//! table read", "we are in a SELECT list", ...). It never fails and never
//! panics: on partial or garbled input it reports what it could recognise.
//! Everything runs in time linear in the input and without recursion, so deep
//! nesting cannot overflow the stack.
//!
//! Entry points: [`analyze`] (one statement), [`split_statements`] (script →
//! statements), [`analyze_script`], [`parse_ddl`] (script → table / view /
//! index definitions) and [`called_routine`].
//!
//! Conventions and decisions:
//! - Identifiers are upper-cased (quoted ones too, after removing the quotes
//!   and undoubling `""`); schema qualifiers are kept (`PAYROLL.CLAIM`).
//! - Offsets are byte offsets into the text given to the function: for a table
//!   the start of its (first) name part, for a host variable its colon, for DDL
//!   objects and columns the start of their name.
//! - `__EXPR__` is an opaque identifier/value. A table whose last name part is
//!   `__EXPR__`, or that has the placeholder glued into a part
//!   (`CLAIM___EXPR__`), is dynamic and is not reported; a `__EXPR__` schema
//!   is dropped (`__EXPR__.CLAIM` is reported as `CLAIM`).
//! - `LOCK TABLE t IN SHARE MODE` reports `t` as [`TableAccess::Read`];
//!   `IN EXCLUSIVE MODE` (or no recognisable mode) as [`TableAccess::Update`],
//!   since an exclusive lock signals intent to change the table.
//! - `MERGE INTO t` reports `t` twice, as `Update` then `Insert` (same offset).
//! - `TRUNCATE [TABLE] t` has kind [`StatementKind::Delete`] and reports `t` as
//!   `Delete`.
//! - DDL statements report the tables they name with [`TableAccess::Ddl`]
//!   (`CREATE/ALTER/DROP TABLE`, `CREATE VIEW`, the table of `CREATE INDEX`,
//!   `REFERENCES` targets, DCLGEN `DECLARE t TABLE`); tables read by
//!   `CREATE VIEW ... AS SELECT` are `Read`.
//! - [`StatementKind::WheneverOrOther`] is used for recognised statements
//!   that are not data access (WHENEVER, DECLARE TABLE/STATEMENT, BEGIN/END
//!   DECLARE SECTION, PREPARE, EXECUTE, DESCRIBE, CONNECT, SET, GET
//!   DIAGNOSTICS, GRANT, REVOKE, COMMENT ON, LABEL ON, EXPLAIN, ...);
//!   [`StatementKind::Other`] for empty or unrecognised text. For `Other`
//!   the scanner still looks for `FROM`/`JOIN` tables, so fragments such as
//!   `__EXPR__ FROM CLAIM WHERE ...` still yield `CLAIM`.
//! - Host-variable direction is `Output` after `INTO` (singleton SELECT,
//!   FETCH, VALUES ... INTO, DESCRIBE/PREPARE ... INTO) and for assignment
//!   targets of `SET :hv = ...` / `GET DIAGNOSTICS :hv = ...`; everything else
//!   (WHERE, VALUES, SET of UPDATE, CALL arguments, OPEN/EXECUTE USING) is
//!   `Input`. `:HV:IND`, `:HV :IND` and `:HV INDICATOR :IND` give an indicator.
//! - `columns`: INSERT column list, UPDATE/MERGE `SET col =` targets, MERGE
//!   `INSERT (cols)`, and for SELECT / DECLARE CURSOR the plain column names
//!   (last name part, alias ignored) of the outermost first SELECT list.
//!   Duplicates are removed.
//!
//! Known limitations: no dialect-specific grammar (e.g. MySQL backslash
//! escapes in strings, SQL Server `[bracketed]` names, PostgreSQL `$$`
//! strings are not understood); `FROM t1, t2` lists that continue after a
//! clause keyword the scanner does not know may miss a table; multi-table
//! `UPDATE t1, t2` only reports `t1`; the select-list column heuristic skips
//! anything that is not a plain (qualified) column; procedure bodies are
//! scanned statement-by-statement without understanding control flow.

mod analyzer;
mod ddl;
mod lexer;
mod pairs;
mod split;
#[cfg(test)]
mod tests;

pub use ddl::parse_ddl;
pub use pairs::{ColumnPairs, column_pairs};
pub use split::split_statements;

/// What kind of statement a piece of SQL is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    Select,
    Insert,
    Update,
    Delete,
    Merge,
    Create,
    Alter,
    Drop,
    DeclareCursor,
    Open,
    Fetch,
    Close,
    Call,
    Commit,
    Rollback,
    Lock,
    Include,
    WheneverOrOther,
    Other,
}

/// How a statement uses a table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum TableAccess {
    Read,
    Insert,
    Update,
    Delete,
    Ddl,
}

/// One occurrence of a table in a statement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TableUse {
    /// Upper-cased, quotes removed, schema kept if written (`PAYROLL.CLAIM`).
    pub name: String,
    pub access: TableAccess,
    /// Byte offset of the table name in the analysed text.
    pub offset: usize,
}

impl TableUse {
    /// The name without schema / location qualifiers: `PAYROLL.CLAIM` → `CLAIM`.
    pub fn base_name(&self) -> &str {
        self.name.rsplit('.').next().unwrap_or(&self.name)
    }

    /// The schema qualifier if there is one: `PAYROLL.CLAIM` → `Some("PAYROLL")`.
    pub fn schema(&self) -> Option<&str> {
        let (qual, _) = self.name.rsplit_once('.')?;
        Some(qual.rsplit('.').next().unwrap_or(qual))
    }
}

/// Whether a host variable passes a value into SQL or receives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostVarDirection {
    Input,
    Output,
}

/// A `:NAME` host variable reference.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HostVariable {
    /// Name without the colon, upper-cased, hyphens and `.` qualifiers kept.
    pub name: String,
    /// Indicator variable (`:HV:IND`, `:HV :IND`, `:HV INDICATOR :IND`).
    pub indicator: Option<String>,
    /// Byte offset of the colon.
    pub offset: usize,
    pub direction: HostVarDirection,
}

/// Result of analysing one SQL statement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SqlStatement {
    pub kind: StatementKind,
    /// In text order, one entry per occurrence; a table both read and written
    /// appears once per access.
    pub tables: Vec<TableUse>,
    pub host_variables: Vec<HostVariable>,
    /// Cursor of DECLARE/OPEN/FETCH/CLOSE, or of `WHERE CURRENT OF c`.
    pub cursor: Option<String>,
    /// Target / selected column names, upper-cased (see module docs).
    pub columns: Vec<String>,
    /// `INCLUDE name` → `Some("NAME")`.
    pub include: Option<String>,
}

impl SqlStatement {
    /// The table uses with the given access.
    pub fn tables_with(&self, access: TableAccess) -> impl Iterator<Item = &TableUse> {
        self.tables.iter().filter(move |t| t.access == access)
    }

    /// Distinct table names in first-seen order.
    pub fn table_names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for t in &self.tables {
            if !out.contains(&t.name.as_str()) {
                out.push(&t.name);
            }
        }
        out
    }

    /// True if the statement changes table data (insert, update or delete access).
    pub fn writes(&self) -> bool {
        self.tables.iter().any(|t| {
            matches!(
                t.access,
                TableAccess::Insert | TableAccess::Update | TableAccess::Delete
            )
        })
    }

    /// Adds `delta` to every offset (tables and host variables).
    pub fn shift_offsets(&mut self, delta: usize) {
        for t in &mut self.tables {
            t.offset += delta;
        }
        for h in &mut self.host_variables {
            h.offset += delta;
        }
    }
}

/// Analyses one SQL statement. Leading/trailing whitespace and comments, a
/// trailing `;`, a leading `EXEC SQL` and a trailing `END-EXEC` are all fine.
/// Never panics; garbage gives [`StatementKind::Other`] with whatever was
/// recognisable.
pub fn analyze(sql: &str) -> SqlStatement {
    analyzer::analyze_full(sql).statement
}

/// Splits `script` with [`split_statements`] and analyses each statement;
/// offsets in the results are relative to `script`.
pub fn analyze_script(script: &str) -> Vec<SqlStatement> {
    split_statements(script)
        .into_iter()
        .map(|(off, text)| {
            let mut s = analyze(text);
            s.shift_offsets(off);
            s
        })
        .collect()
}

/// Name of the routine invoked by `CALL name(...)` (or JDBC `{call name(?)}`,
/// `EXEC name`), upper-cased with schema kept; `None` for other statements or
/// a dynamic `CALL :hv`.
pub fn called_routine(sql: &str) -> Option<String> {
    analyzer::analyze_full(sql).routine
}

/// A table, view, index or other object defined in a DDL script.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DdlObject {
    pub kind: DdlKind,
    /// Upper-cased, schema kept.
    pub name: String,
    /// Byte offset of the object name in the script.
    pub offset: usize,
    /// Table: column definitions. View: its column list (or the plain columns
    /// of its SELECT list), `data_type` empty. Index: key columns, `data_type`
    /// empty.
    pub columns: Vec<DdlColumn>,
    /// View: tables it reads. Index: the table it is on. Table: tables
    /// referenced by foreign keys (and read by `CREATE TABLE ... AS (SELECT)`).
    /// Alias/synonym (kind `Other`): its target. Trigger: its table.
    pub references: Vec<String>,
}

/// Kind of a DDL object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DdlKind {
    Table,
    View,
    Index,
    Other,
}

/// One column of a DDL object.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DdlColumn {
    pub name: String,
    /// Upper-cased, precision kept without spaces: `DECIMAL(9,2)`, `CHAR(9)`,
    /// `TIMESTAMP WITH TIME ZONE`, `CHAR(8) FOR BIT DATA`; empty when unknown.
    pub data_type: String,
    /// Byte offset of the column name in the script.
    pub offset: usize,
    /// False for `NOT NULL` and for primary-key columns.
    pub nullable: bool,
    pub primary_key: bool,
}
