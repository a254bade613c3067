//! Business rules: the rule record and annotation files, anchoring to code that keeps
//! changing, candidate mining, review and merge, and documentation export.

pub mod decision_table;
pub mod record;

pub use record::{
    Anchor, AnnotationFile, Audit, Classification, Review, RuleCondition, RuleRecord,
    SCHEMA_VERSION, Status, Verdict,
};
