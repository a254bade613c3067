//! Exploration services over an indexed project, shared by the desktop app and the CLI:
//! the [`workspace::Workspace`] (model + graphs + mined candidates, built once per index),
//! fuzzy symbol search, code highlighting and name resolution for the code view, graph
//! layout and drawing export for the graph view, navigation history and bookmarks, project
//! settings, the start page (overview), the rule book (annotation editing with autosave) and
//! the candidate queue's filters and groups. No GUI types here.

pub mod fuzzy;
pub mod highlight;
pub mod history;
pub mod layout;
pub mod overview;
pub mod project_settings;
pub mod queue;
pub mod resolve;
pub mod rulebook;
pub mod scene;
pub mod workspace;

pub use workspace::{GraphKind, Graphs, Workspace};
