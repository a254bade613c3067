//! The rule record (PRODUCT.md §4) and the annotation file that stores rule records.
//!
//! These types are the contract between mining, anchoring, review, merge, export and the app.
//! Every struct keeps the JSON fields it does not know in `extra`, so a file written by a newer
//! LegacyLens (same schema version) or edited by hand loses nothing on save.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Schema version written into every annotation file. Loading a file with a higher version
/// is refused (the file is never overwritten).
pub const SCHEMA_VERSION: u32 = 1;

/// One annotation file: the rules a team or a reviewer recorded for one project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnnotationFile {
    pub schema_version: u32,
    /// Rules, kept sorted by id on save.
    #[serde(default)]
    pub rules: Vec<RuleRecord>,
    /// Business terms on data items (the glossary), kept sorted by id on save; left out of
    /// the file while there are none, so files without terms read and write as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<TermRecord>,
    /// Fields this version does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for AnnotationFile {
    fn default() -> Self {
        AnnotationFile {
            schema_version: SCHEMA_VERSION,
            rules: Vec::new(),
            terms: Vec::new(),
            extra: Map::new(),
        }
    }
}

/// A business rule recovered from the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleRecord {
    /// Stable id, never reused: `BR-` plus a short hash of the first anchor (mined) or a
    /// sequence number (created by hand).
    pub id: String,
    pub name: String,
    /// What the rule means to the business, in plain words.
    #[serde(default)]
    pub business_description: String,
    /// How the code implements it.
    #[serde(default)]
    pub technical_description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<Classification>,
    pub status: Status,
    /// Business functions the rule belongs to (many-to-many).
    #[serde(default)]
    pub business_functions: Vec<String>,
    /// Rule sets the rule belongs to (many-to-many).
    #[serde(default)]
    pub rule_sets: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Qualified names of the data items, columns, fields the rule reads.
    #[serde(default)]
    pub inputs: Vec<String>,
    /// Qualified names of what the rule sets or writes.
    #[serde(default)]
    pub outputs: Vec<String>,
    #[serde(default)]
    pub conditions: Vec<RuleCondition>,
    /// Where the rule lives in the code; at least one.
    #[serde(default)]
    pub anchors: Vec<Anchor>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    pub audit: Audit,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A business term on a data item (PRODUCT.md §6: rules read "in business terms"): the
/// words a business reader uses for a field, and what it means. It names either one item by
/// its qualified name, or a field of a copybook (every program that includes the copybook
/// shares the term), and is anchored to the item's definition like a rule to its code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermRecord {
    /// Stable id, never reused: `TERM-` plus a short hash of what it names.
    pub id: String,
    /// The business term: `claimant's weekly earnings`.
    pub term: String,
    /// What it means, in plain words.
    #[serde(default)]
    pub description: String,
    /// The data item by qualified name (`PAYCALC.WS-LIMITS.WS-EARN-LIMIT`), when the term is
    /// for that item only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The copybook (its name as COPY names it, `CLAIMREC`) when the term is for a copybook
    /// field, with [`TermRecord::field`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copybook: Option<String>,
    /// The field's name in the copybook (`CL-WEEKLY-EARNINGS`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub status: Status,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The item's definition line; at least one.
    #[serde(default)]
    pub anchors: Vec<Anchor>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    pub audit: Audit,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What kind of rule it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Classification {
    Validation,
    Calculation,
    /// Eligibility or other decision.
    Decision,
    /// Routing or flow.
    Routing,
    /// Data transformation.
    Transformation,
    Constraint,
}

/// Where a rule is in its life: candidate → draft → in review → approved | rejected |
/// obsolete. See [`Status::can_become`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Candidate,
    Draft,
    InReview,
    Approved,
    Rejected,
    Obsolete,
}

/// A condition of the rule: as written in the code and in plain words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleCondition {
    /// The condition as written, whitespace collapsed (`WS-AGE >= 66 AND NOT RES-SATISFIED`).
    pub code: String,
    /// The same in plain words, through 88-level names and values.
    #[serde(default)]
    pub plain: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where a rule is in the code, robust to edits: the symbol, the quoted text with context,
/// and a whitespace-insensitive fingerprint; the line is only a hint to break ties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    /// Qualified symbol path: `PAYCALC.2000-PERSONAL-ALLOWANCE`,
    /// `com.acme.benefits.rules.AgeRule.evaluate(Claimant)`.
    pub symbol: String,
    /// File relative to the project root, `/`-separated; never escapes the root.
    pub path: String,
    /// The anchored text, exactly as in the file (COBOL sequence and tag areas included).
    pub quote: String,
    /// Up to a few lines of text before and after the quote.
    #[serde(default)]
    pub before: String,
    #[serde(default)]
    pub after: String,
    /// Hash of the quote with whitespace removed and COBOL columns 1–6 and 73–80 ignored.
    pub fingerprint: String,
    /// 1-based line of the quote when anchored; only breaks ties.
    pub line_hint: u32,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A reviewer's verdict on a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub reviewer: String,
    pub verdict: Verdict,
    #[serde(default)]
    pub comment: String,
    /// RFC 3339 UTC time, e.g. `2026-11-21T14:03:00Z`.
    pub at: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Approve,
    Reject,
    NeedsChange,
}

/// Who created and last changed a rule, and when (RFC 3339 UTC).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Audit {
    pub created_by: String,
    pub created_at: String,
    pub updated_by: String,
    pub updated_at: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Status {
    /// The allowed transitions: candidate → draft | rejected; draft → in-review | rejected |
    /// obsolete; in-review → approved | rejected | draft (changes asked); approved → obsolete |
    /// draft (reopened); rejected → draft (reconsidered); obsolete → draft.
    pub fn can_become(self, next: Status) -> bool {
        use Status::*;
        matches!(
            (self, next),
            (Candidate, Draft)
                | (Candidate, Rejected)
                | (Draft, InReview)
                | (Draft, Rejected)
                | (Draft, Obsolete)
                | (InReview, Approved)
                | (InReview, Rejected)
                | (InReview, Draft)
                | (Approved, Obsolete)
                | (Approved, Draft)
                | (Rejected, Draft)
                | (Obsolete, Draft)
        )
    }
}
