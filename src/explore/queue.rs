//! The candidate queue of the Rules view, without GUI types: which pending candidates it shows
//! (technical ones only on request, a text search, a program, a classification, the program
//! of the active symbol) and the rows it shows them in, flat or under group headers, so the
//! view virtualises one list and keyboard triage walks exactly what is on screen.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Model, SymbolId};
use crate::rules::facts::container_of;
use crate::rules::mine::Candidate;
use crate::rules::record::Classification;

/// Which pending candidates the queue shows. The default hides technical candidates and
/// shows every other one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueFilter {
    /// Show candidates whose conditions and outcomes are only technical (screen, paging,
    /// file status …).
    pub show_technical: bool,
    /// Case-insensitive words; each must occur in the name, the conditions or outcome in
    /// plain words, or the program.
    pub text: String,
    /// Only this COBOL program or Java class (qualified name).
    pub program: Option<String>,
    pub classification: Option<Classification>,
    /// Only candidates in the program or class of the active symbol.
    pub this_program: bool,
}

impl QueueFilter {
    /// Whether the filter shows `c`. `active_program` is the program or class of the active
    /// symbol ([`program_of_symbol`]); without one, `this_program` does not narrow.
    pub fn matches(&self, c: &Candidate, active_program: Option<&str>) -> bool {
        (self.show_technical || !c.technical) && self.matches_besides_technical(c, active_program)
    }

    /// Everything but the technical switch (to count what it hides).
    fn matches_besides_technical(&self, c: &Candidate, active_program: Option<&str>) -> bool {
        if self.program.as_ref().is_some_and(|p| *p != c.program) {
            return false;
        }
        if self.classification.is_some() && self.classification != c.rule.classification {
            return false;
        }
        if self.this_program
            && let Some(active) = active_program
            && active != c.program
        {
            return false;
        }
        let fields = [
            c.rule.name.as_str(),
            &c.condition_words,
            &c.outcome_words,
            &c.program,
        ];
        self.text
            .split_whitespace()
            .map(str::to_lowercase)
            .all(|word| fields.iter().any(|f| contains_ignoring_case(f, &word)))
    }

    /// Whether any filter narrows the list (the technical switch aside).
    pub fn is_narrowing(&self) -> bool {
        !self.text.trim().is_empty()
            || self.program.is_some()
            || self.classification.is_some()
            || self.this_program
    }
}

/// `needle` (lower case) in `hay`, ignoring case, without allocating for ASCII needles.
fn contains_ignoring_case(hay: &str, needle: &str) -> bool {
    if needle.is_ascii() {
        let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
        needle.is_empty()
            || hay
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
    } else {
        hay.to_lowercase().contains(needle)
    }
}

/// How the queue groups its candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum QueueGrouping {
    /// One list, best first.
    #[default]
    None,
    Program,
    BusinessFunction,
}

impl QueueGrouping {
    pub const ALL: [QueueGrouping; 3] = [
        QueueGrouping::None,
        QueueGrouping::Program,
        QueueGrouping::BusinessFunction,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QueueGrouping::None => "None",
            QueueGrouping::Program => "Program",
            QueueGrouping::BusinessFunction => "Business function",
        }
    }

    /// The group of a candidate under this grouping.
    fn key(self, c: &Candidate) -> &str {
        let key = match self {
            QueueGrouping::None => "",
            QueueGrouping::Program => c.program.as_str(),
            QueueGrouping::BusinessFunction => c.business_function.as_str(),
        };
        if key.is_empty() && self != QueueGrouping::None {
            "(none)"
        } else {
            key
        }
    }
}

/// One row of the queue list.
#[derive(Debug, Clone, Copy)]
pub enum QueueRow<'w> {
    /// A group header: the program or business function and how many candidates follow.
    Group {
        name: &'w str,
        count: usize,
    },
    Candidate(&'w Candidate),
}

/// What the queue shows.
#[derive(Debug, Default)]
pub struct Queue<'w> {
    /// Headers and candidates in display order (one flat list for a virtualised view).
    pub rows: Vec<QueueRow<'w>>,
    /// The candidates shown, in display order: what triage keys walk.
    pub candidates: Vec<&'w Candidate>,
    /// Candidates that pass every filter but are hidden because they are technical.
    pub technical_hidden: usize,
}

impl<'w> Queue<'w> {
    /// Filters `pending` (best first) and groups it: groups by name, candidates in each
    /// group best first.
    pub fn build(
        pending: &[&'w Candidate],
        filter: &QueueFilter,
        grouping: QueueGrouping,
        active_program: Option<&str>,
    ) -> Queue<'w> {
        let mut technical_hidden = 0;
        let mut shown: Vec<&'w Candidate> = Vec::new();
        for &c in pending {
            if !filter.matches_besides_technical(c, active_program) {
                continue;
            }
            if c.technical && !filter.show_technical {
                technical_hidden += 1;
            } else {
                shown.push(c);
            }
        }
        if grouping == QueueGrouping::None {
            return Queue {
                rows: shown.iter().map(|&c| QueueRow::Candidate(c)).collect(),
                candidates: shown,
                technical_hidden,
            };
        }
        let mut groups: BTreeMap<&'w str, Vec<&'w Candidate>> = BTreeMap::new();
        for c in shown {
            groups.entry(grouping.key(c)).or_default().push(c);
        }
        let mut queue = Queue {
            technical_hidden,
            ..Queue::default()
        };
        for (name, members) in groups {
            queue.rows.push(QueueRow::Group {
                name,
                count: members.len(),
            });
            queue
                .rows
                .extend(members.iter().map(|&c| QueueRow::Candidate(c)));
            queue.candidates.extend(members);
        }
        queue
    }

    /// The row of the `index`-th candidate shown.
    pub fn row_of(&self, index: usize) -> Option<usize> {
        let id = &self.candidates.get(index)?.rule.id;
        self.rows
            .iter()
            .position(|r| matches!(r, QueueRow::Candidate(c) if &c.rule.id == id))
    }
}

/// The programs and classes of `pending`, sorted (for the program filter).
pub fn programs(pending: &[&Candidate]) -> Vec<String> {
    let set: BTreeSet<&str> = pending
        .iter()
        .map(|c| c.program.as_str())
        .filter(|p| !p.is_empty())
        .collect();
    set.into_iter().map(str::to_string).collect()
}

/// The COBOL program or Java class containing a symbol, as candidates name it
/// ([`Candidate::program`]).
pub fn program_of_symbol(model: &Model, id: SymbolId) -> Option<String> {
    container_of(model, id).map(|p| model.symbol(p).qualified_name.clone())
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::OnceLock;

    use super::*;
    use crate::explore::Workspace;

    fn workspace() -> &'static Workspace {
        static WS: OnceLock<Workspace> = OnceLock::new();
        WS.get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_repos");
            Workspace::build(crate::index::index_path(root).expect("sample indexes"))
        })
    }

    fn all(ws: &Workspace) -> Vec<&Candidate> {
        ws.candidates().iter().collect()
    }

    #[test]
    fn technical_candidates_are_hidden_unless_asked_for() {
        let ws = workspace();
        let pending = all(ws);
        let technical = pending.iter().filter(|c| c.technical).count();
        assert!(technical > 0, "the sample has technical candidates");
        let mut filter = QueueFilter::default();
        let q = Queue::build(&pending, &filter, QueueGrouping::None, None);
        assert_eq!(q.candidates.len(), pending.len() - technical);
        assert_eq!(q.technical_hidden, technical);
        assert!(q.candidates.iter().all(|c| !c.technical));
        filter.show_technical = true;
        let q = Queue::build(&pending, &filter, QueueGrouping::None, None);
        assert_eq!(q.candidates.len(), pending.len());
        assert_eq!(q.technical_hidden, 0);
    }

    #[test]
    fn search_program_and_this_program_narrow_the_list() {
        let ws = workspace();
        let pending = all(ws);
        let first = pending.iter().find(|c| !c.technical).unwrap();
        let filter = QueueFilter {
            text: first.program.to_lowercase(),
            ..QueueFilter::default()
        };
        let q = Queue::build(&pending, &filter, QueueGrouping::None, None);
        assert!(!q.candidates.is_empty() && q.candidates.len() < pending.len());
        assert!(q.candidates.iter().any(|c| c.rule.id == first.rule.id));

        let filter = QueueFilter {
            program: Some(first.program.clone()),
            ..QueueFilter::default()
        };
        let by_program = Queue::build(&pending, &filter, QueueGrouping::None, None);
        assert!(
            by_program
                .candidates
                .iter()
                .all(|c| c.program == first.program)
        );

        let filter = QueueFilter {
            this_program: true,
            ..QueueFilter::default()
        };
        let here = Queue::build(&pending, &filter, QueueGrouping::None, Some(&first.program));
        assert_eq!(here.candidates.len(), by_program.candidates.len());
        let nowhere = Queue::build(&pending, &filter, QueueGrouping::None, None);
        assert_eq!(
            nowhere.candidates.len(),
            pending.len() - nowhere.technical_hidden
        );

        let symbol = ws
            .model
            .symbol_named(&first.rule.anchors[0].symbol)
            .unwrap();
        assert_eq!(
            program_of_symbol(&ws.model, symbol).as_deref(),
            Some(first.program.as_str())
        );
    }

    #[test]
    fn grouping_puts_a_header_before_each_group() {
        let ws = workspace();
        let pending = all(ws);
        let filter = QueueFilter::default();
        let q = Queue::build(&pending, &filter, QueueGrouping::Program, None);
        let flat = Queue::build(&pending, &filter, QueueGrouping::None, None);
        assert_eq!(q.candidates.len(), flat.candidates.len());
        let QueueRow::Group { name, count } = q.rows[0] else {
            panic!("a header first");
        };
        assert!(count > 0);
        let mut headers = 0;
        let mut current = name;
        for row in &q.rows {
            match row {
                QueueRow::Group { name, .. } => {
                    headers += 1;
                    current = name;
                }
                QueueRow::Candidate(c) => assert_eq!(c.program, current),
            }
        }
        assert_eq!(q.rows.len(), q.candidates.len() + headers);
        let row = q.row_of(3).unwrap();
        assert!(
            matches!(q.rows[row], QueueRow::Candidate(c) if c.rule.id == q.candidates[3].rule.id)
        );
    }
}
