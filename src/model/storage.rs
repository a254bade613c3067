//! The storage-shaping clauses of a COBOL data description entry, kept in the model so record
//! layouts (`crate::records`) are computed without parsing again.
//!
//! Front ends fill one [`StorageClauses`] per data item symbol (`Model::storage`); PICTURE,
//! USAGE and REDEFINES are kept as written, OCCURS as its bounds.

use serde::Serialize;

/// PICTURE, USAGE, OCCURS, REDEFINES, SIGN, SYNC, RENAMES … of one data item, as written
/// (upper-cased).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StorageClauses {
    /// Level number (1–49, 66, 77, 88).
    pub level: u8,
    pub picture: Option<String>,
    pub usage: Option<String>,
    /// `OCCURS n` or `OCCURS m TO n`: the minimum …
    pub occurs_min: Option<u32>,
    /// … and the maximum (equal to the minimum for a fixed table).
    pub occurs_max: Option<u32>,
    pub depending_on: Option<String>,
    pub redefines: Option<String>,
    /// `SIGN LEADING` (true) or `SIGN TRAILING` (false); `None` without a SIGN clause.
    pub sign_leading: Option<bool>,
    pub sign_separate: bool,
    pub sync: bool,
    pub blank_when_zero: bool,
    pub justified: bool,
    /// `66 … RENAMES from [THRU thru]`.
    pub renames: Option<String>,
    pub renames_thru: Option<String>,
    /// VALUE literals (for 88-levels, the condition's values).
    pub values: Vec<String>,
}
