//! The rule book: the annotation file being edited in the app (being written).

use crate::model::FileId;
use crate::rules::record::Status;

use super::Workspace;

/// A rule anchored on a line, for the code view's gutter.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleMark {
    pub line: u32,
    pub rule_id: String,
    pub name: String,
    pub status: Status,
}

/// Annotation editing state of the open project.
#[derive(Debug, Default)]
pub struct RuleBook {}

impl RuleBook {
    /// Rules anchored in `file`, by line.
    pub fn marks(&self, _ws: &Workspace, _file: FileId) -> Vec<RuleMark> {
        Vec::new()
    }

    /// Whether there are changes not yet saved to the annotation file.
    pub fn is_dirty(&self) -> bool {
        false
    }
}
