//! What every panel gets each frame: the workspace, the rule book, the active symbol and
//! place, and a list to push [`Action`]s on. Panels never change app-wide state directly;
//! the shell applies actions after the frame (history, view switches, activation).

use crate::explore::Workspace;
use crate::explore::rulebook::RuleBook;
use crate::graphs::impact::ImpactReport;
use crate::model::{FileId, SymbolId};

/// A place in the original text of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub file: FileId,
    /// 1-based.
    pub line: u32,
}

/// The main views, shown as tabs in the centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// The start page: what the project holds, where it starts, problems, triage.
    Overview,
    #[default]
    Code,
    Graph,
    Rules,
    /// The 3270 screens (BMS maps) of the active program.
    Screens,
    /// Business terms on data items and suggested ones.
    Glossary,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Overview,
        View::Code,
        View::Graph,
        View::Rules,
        View::Screens,
        View::Glossary,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Code => "Code",
            View::Graph => "Graph",
            View::Rules => "Rules",
            View::Screens => "Screens",
            View::Glossary => "Glossary",
        }
    }
}

/// Something a panel asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Make a symbol the active one (views follow it); records history. Stays on the view.
    Activate(SymbolId),
    /// Activate a symbol and show its definition in the code view.
    Open(SymbolId),
    /// Show a place in the code view; the symbol enclosing it becomes active.
    OpenAt(Place),
    /// Show a place in the code view and keep the active symbol (stepping through the
    /// references of a field stays on the field, so Impact still traces it).
    Reveal(Place),
    /// Switch the central view.
    Show(View),
    /// Activate a symbol and show it in one graph (a job in the Batch graph).
    ShowInGraph(SymbolId, crate::explore::GraphKind),
    /// Impact (forward) or lineage (backward) from a symbol, shown in the impact panel and
    /// on the graph.
    Impact { symbol: SymbolId, backward: bool },
    /// A short message for the status bar.
    Status(String),
    /// The app wrote this file (an export): inside the project, it is never indexed.
    Wrote(std::path::PathBuf),
    /// Show (or hide) the screens of the active program beside the code view.
    ScreensBesideCode(bool),
    /// Ask for a business term for a data item ("Name this field…").
    NameField(SymbolId),
}

/// The shared context of one frame.
pub struct Cx<'a> {
    pub ws: &'a Workspace,
    pub rules: &'a mut RuleBook,
    pub active: Option<SymbolId>,
    /// Where the code view is (the last opened place).
    pub place: Option<Place>,
    /// The last impact or lineage result, on `ws.graphs.impact`.
    pub impact: Option<&'a ImpactReport>,
    pub actions: &'a mut Vec<Action>,
}

impl Cx<'_> {
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }
}
