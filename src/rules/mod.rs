//! Business rules: the rule record and annotation files, anchoring to code that keeps
//! changing, candidate mining, review and merge, and documentation export.

pub mod annotations;
pub mod decision_table;
pub mod merge;
pub mod record;

pub use annotations::{AnnotationError, load, save, to_json, validate};
pub use merge::{Conflict, MergeResult, merge};
pub use record::{
    Anchor, AnnotationFile, Audit, Classification, Review, RuleCondition, RuleRecord,
    SCHEMA_VERSION, Status, Verdict,
};
