//! Business rules: the rule record and annotation files, anchoring to code that keeps
//! changing, candidate mining, review and merge, and documentation export.

pub mod anchor;
pub mod anchor_fuzzy;
pub mod annotations;
pub mod author;
pub mod classify;
pub mod conditions;
pub mod decision_table;
pub mod export;
pub mod facts;
pub mod html;
pub mod java_refusal;
pub mod java_words;
pub mod merge;
pub mod mine;
pub mod outcome;
pub mod record;
pub mod score;
pub mod term_report;
pub mod term_suggest;
pub mod terms;
pub mod words;

pub use anchor::{AnchorState, make_anchor, resolve};
pub use annotations::{AnnotationError, load, save, to_json, validate};
pub use merge::{Conflict, MergeResult, merge};
pub use mine::{Candidate, Effect, EffectKind, candidates_file, mine};
pub use record::{
    Anchor, AnnotationFile, Audit, Classification, Review, RuleCondition, RuleRecord,
    SCHEMA_VERSION, Status, TermRecord, Verdict,
};
