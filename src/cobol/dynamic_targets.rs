//! Dynamic targets by constant propagation: `CALL var`, `EXEC CICS XCTL/LINK PROGRAM(var)`,
//! CICS file commands with `FILE(var)` / `DATASET(var)` and TS/TD queue commands.
//!
//! Registering a program leaves two things here: **seeds** — the literals a data item can be
//! given in its own program (its `VALUE`, `MOVE 'LIT' TO item`, an 88-level's `VALUE` when the
//! program `SET`s it, and the `VALUE`s of the FILLERs an OCCURS table REDEFINEs) — and
//! **sites**, the statements that name their target through a data item. Once every program is
//! registered and CALL USING / COMMAREA are linked, [`resolve`] walks the model's data flows
//! backwards from each site's item (MOVE chains, CALL USING and its return, COMMAREA,
//! REDEFINES, group moves matched field by field by name) and gathers every seed it meets.
//! Flows that bring a value from outside the literals (a file, the database, a screen map, a
//! caller outside the project, ACCEPT) make the target *open*, with the reason kept.
//!
//! New program targets are linked (their CALL USING / COMMAREA flows added) and the walk runs
//! again, so a COMMAREA field set by a caller that is itself reached dynamically is found too.
//! The result is one reference per literal (`call-dynamic`, `cics-xctl-dynamic`,
//! `cics-link-dynamic`, or the CRUD letter of a file or queue access), an unresolved `(VAR)`
//! reference when the target is open, and a [`DynamicTarget`] record per site.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::extract::{CallTarget, ProgramFacts, StorageSection, unquote};
use crate::model::{
    DataFlow, DynamicLiteral, DynamicTarget, FlowEnd, FlowKind, Model, NewSymbol, RefKind,
    RefTarget, Reference, Span, SymbolId, SymbolKind,
};

/// Most (item, field path) states one site's walk visits; beyond it the target is left open.
const WALK_LIMIT: usize = 4000;
/// Rounds of resolve → link → resolve again.
const ROUNDS: usize = 5;

/// CICS queue commands: `WRITEQ TS`, `READQ TD`, `DELETEQ TS` … (TS is the default).
pub fn is_queue_verb(verb: &str) -> bool {
    let mut words = verb.split_whitespace();
    matches!(words.next(), Some("WRITEQ" | "READQ" | "DELETEQ"))
        && matches!(words.next(), None | Some("TS" | "TD"))
        && words.next().is_none()
}

/// The data item of a subscripted or qualified CICS argument: `WS-PGM(WS-I)`,
/// `WS-PGM OF WS-AREA` → `WS-PGM`.
pub fn subscripted_name(arg: &str) -> Option<String> {
    let t = arg.trim();
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(t.len());
    let (name, rest) = t.split_at(end);
    let rest = rest.trim_start().to_ascii_uppercase();
    let follows = rest.starts_with('(') || rest.starts_with("OF ") || rest.starts_with("IN ");
    let name = name.to_ascii_uppercase();
    let special = matches!(name.as_str(), "LENGTH" | "ADDRESS");
    (!name.is_empty() && !name.starts_with('-') && follows && !special).then_some(name)
}

/// What a site names through its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteKind {
    Call,
    Xctl,
    Link,
    /// A CICS file or queue command.
    Resource,
}

/// A statement naming its target through a data item, waiting for [`resolve`].
#[derive(Debug, Clone)]
pub struct Site {
    pub kind: SiteKind,
    pub owner: SymbolId,
    pub span: Span,
    pub verb: String,
    pub variable: String,
    pub item: Option<SymbolId>,
    /// The pending CALL / LINK / XCTL to link new program targets through.
    pub call: Option<usize>,
    /// `INTO(x)` / `FROM(x)` of a file or queue command.
    pub data: Option<SymbolId>,
}

/// What every program leaves for [`resolve`].
#[derive(Debug, Default)]
pub struct Pending {
    pub seeds: HashMap<SymbolId, Vec<DynamicLiteral>>,
    /// Items written from outside the literals without a flow to follow (ACCEPT), and LINKAGE
    /// records (a caller outside the project may set them), with the reason.
    pub opens: HashMap<SymbolId, String>,
    pub linkage: HashSet<SymbolId>,
    pub sites: Vec<Site>,
}

/// Is a literal a plausible program, file or queue name (no blanks, not empty)?
fn is_name(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 30
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '#' | '@' | '$' | '.'))
}

/// The value of a quoted literal as written (`'BENMNU1'`), upper-cased; `None` for figurative
/// constants and numbers.
fn quoted(value: &str) -> Option<String> {
    let t = value.trim();
    if !(t.starts_with('\'') || t.starts_with('"')) {
        return None;
    }
    let v = unquote(t).trim().to_ascii_uppercase();
    is_name(&v).then_some(v)
}

/// Collects one program's seeds (see the module comment). `item_ids` are the symbols of
/// `program.data_items`, in order.
pub fn collect_seeds(pending: &mut Pending, program: &ProgramFacts, item_ids: &[SymbolId]) {
    let items = &program.data_items;
    let add = |pending: &mut Pending, i: usize, value: String, span, origin| {
        let seeds = pending.seeds.entry(item_ids[i]).or_default();
        let literal = DynamicLiteral {
            value,
            span,
            origin,
        };
        if !seeds.contains(&literal) {
            seeds.push(literal);
        }
    };
    let by_name = |name: &str| -> Vec<usize> {
        items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.name == name)
            .map(|(i, _)| i)
            .collect()
    };
    for (i, item) in items.iter().enumerate() {
        if item.section == StorageSection::Linkage && item.level == 1 {
            pending.linkage.insert(item_ids[i]);
        }
        if item.level == 88 {
            continue;
        }
        for v in item.values.iter().filter_map(|v| quoted(v)) {
            add(pending, i, v, item.span, "value");
        }
        // An OCCURS table REDEFINing a list of FILLERs with VALUEs: every entry may hold
        // every value.
        let Some(redefined) = &item.redefines else {
            continue;
        };
        let redefined = redefined.to_ascii_uppercase();
        let Some(g) = items[..i]
            .iter()
            .rposition(|o| o.name == redefined && o.parent == item.parent)
        else {
            continue;
        };
        let under = |root: usize, j: usize| {
            std::iter::successors(Some(j), |&k| items[k].parent).any(|k| k == root)
        };
        let values: Vec<(String, Option<Span>)> = (g..i)
            .filter(|&j| items[j].level != 88 && under(g, j))
            .flat_map(|j| {
                items[j]
                    .values
                    .iter()
                    .filter_map(|v| quoted(v))
                    .map(move |v| (v, items[j].span))
            })
            .collect();
        if values.is_empty() {
            continue;
        }
        for j in i + 1..items.len() {
            if !under(i, j) {
                break;
            }
            let in_table = std::iter::successors(Some(j), |&k| items[k].parent)
                .take_while(|&k| k != items[i].parent.unwrap_or(usize::MAX))
                .any(|k| items[k].occurs.is_some());
            if items[j].level == 88 || !in_table {
                continue;
            }
            for (v, span) in &values {
                add(pending, j, v.clone(), *span, "table");
            }
        }
    }
    for (name, value, span) in &program.literal_moves {
        let Some(v) = quoted(&format!("'{value}'")) else {
            continue;
        };
        for i in by_name(name).into_iter().filter(|&i| items[i].level != 88) {
            add(pending, i, v.clone(), *span, "move");
        }
    }
    // 88-levels the program SETs: their VALUE goes into the conditional variable.
    let set: HashSet<&str> = program
        .accesses
        .iter()
        .filter(|a| a.verb == "SET" && a.reads.is_empty())
        .flat_map(|a| a.writes.iter().map(|w| w.name.as_str()))
        .collect();
    for item in items {
        if item.level != 88 || !set.contains(item.name.as_str()) {
            continue;
        }
        let Some(parent) = item.parent else {
            continue;
        };
        for v in item.values.iter().filter_map(|v| quoted(v)) {
            add(pending, parent, v, item.span, "88-level");
        }
    }
    for a in program.accesses.iter().filter(|a| a.verb == "ACCEPT") {
        for w in &a.writes {
            for i in by_name(&w.name) {
                pending.opens.entry(item_ids[i]).or_insert_with(|| {
                    format!("accepted from outside the program (ACCEPT {})", w.name)
                });
            }
        }
    }
}

/// The site kind of a CICS transfer verb.
pub fn transfer_kind(verb: &str) -> SiteKind {
    if verb == "XCTL" {
        SiteKind::Xctl
    } else {
        SiteKind::Link
    }
}

/// The reference kind of a site's program edges.
fn call_ref_kind(kind: SiteKind) -> RefKind {
    match kind {
        SiteKind::Xctl => RefKind::CicsXctlDynamic,
        SiteKind::Link => RefKind::CicsLinkDynamic,
        _ => RefKind::CallDynamic,
    }
}

/// The reference kind of a CICS file or queue command.
fn resource_ref_kind(verb: &str) -> RefKind {
    match verb.split_whitespace().next().unwrap_or("") {
        "REWRITE" => RefKind::Update,
        "DELETE" | "DELETEQ" => RefKind::Delete,
        "WRITE" | "WRITEQ" => RefKind::Write,
        _ => RefKind::Read,
    }
}

/// Registers the access of a CICS file or queue command to the resource of that name: a
/// dataset symbol (`CICS file`, `CICS TS queue`, `CICS TD queue`), the CRUD reference and the
/// data flow between the record and the resource.
pub fn register_resource(
    model: &mut Model,
    verb: &str,
    name: &str,
    owner: SymbolId,
    span: Span,
    data: Option<SymbolId>,
) {
    let detail = if is_queue_verb(verb) {
        if verb.ends_with(" TD") {
            "CICS TD queue"
        } else {
            "CICS TS queue"
        }
    } else {
        "CICS file"
    };
    register_dataset_access(
        model,
        name,
        detail,
        resource_ref_kind(verb),
        owner,
        span,
        data,
    );
}

/// A dataset-like resource (a CICS file or queue, an IMS segment) accessed by a statement: its
/// symbol (with `detail`), the reference of `kind` from `owner`, and the data flow between the
/// record area `data` and the resource (into the area for reads, out of it otherwise).
pub fn register_dataset_access(
    model: &mut Model,
    name: &str,
    detail: &str,
    kind: RefKind,
    owner: SymbolId,
    span: Span,
    data: Option<SymbolId>,
) {
    let id = model.add_symbol(NewSymbol {
        detail: Some(detail.into()),
        ..NewSymbol::new(SymbolKind::Dataset, name.to_string(), name.to_string())
    });
    model.references.push(Reference {
        from: owner,
        target: RefTarget::Symbol { id },
        kind,
        span,
    });
    if let Some(item) = data {
        let (source, target, flow) = if kind == RefKind::Read {
            (id, item, FlowKind::Read)
        } else {
            (item, id, FlowKind::Write)
        };
        model.flows.push(DataFlow {
            source: FlowEnd::symbol(source),
            target: FlowEnd::symbol(target),
            kind: flow,
            owner,
            span: Some(span),
        });
    }
}

/// The literal name of a CICS file or queue, or `None` for a data name (a site).
pub fn literal_name(target: &CallTarget) -> Option<&str> {
    match target {
        CallTarget::Literal(s) => Some(s),
        CallTarget::DataName(_) => None,
    }
}

/// Incoming flows and data-item children, for the walk.
struct Index {
    incoming: HashMap<SymbolId, Vec<usize>>,
    children: HashMap<SymbolId, Vec<SymbolId>>,
}

impl Index {
    fn build(model: &Model) -> Index {
        let mut incoming: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        for (i, f) in model.flows.iter().enumerate() {
            if let (FlowEnd::Symbol { .. }, FlowEnd::Symbol { id }) = (&f.source, &f.target) {
                incoming.entry(*id).or_default().push(i);
            }
        }
        let mut children: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
        for s in &model.symbols {
            if matches!(s.kind, SymbolKind::DataItem)
                && let Some(p) = s.parent
                && model.symbol(p).kind == SymbolKind::DataItem
            {
                children.entry(p).or_default().push(s.id);
            }
        }
        Index { incoming, children }
    }

    /// The field under `root` reached by a path of (name, position among its siblings): by
    /// name, each level searched in depth (a name may sit under an unnamed or differently
    /// named group), else by position when the two records name their fields differently.
    fn descend(&self, model: &Model, root: SymbolId, path: &[Step]) -> Option<SymbolId> {
        let mut at = root;
        for (name, position) in path {
            at = self.find_below(model, at, name, 0).or_else(|| {
                let children = self.children.get(&at)?;
                let parent_of_name = |c: &SymbolId| model.symbol(*c).name.as_str() == name;
                // By position only when the record does not use the name anywhere.
                (!children.iter().any(parent_of_name))
                    .then(|| children.get(*position).copied())
                    .flatten()
            })?;
        }
        Some(at)
    }

    /// The position of a data item among its parent's fields.
    fn position(&self, parent: SymbolId, child: SymbolId) -> usize {
        self.children
            .get(&parent)
            .and_then(|c| c.iter().position(|&x| x == child))
            .unwrap_or(usize::MAX)
    }

    fn find_below(&self, model: &Model, at: SymbolId, name: &str, depth: u8) -> Option<SymbolId> {
        let children = self.children.get(&at)?;
        if let Some(&c) = children.iter().find(|&&c| model.symbol(c).name == name) {
            return Some(c);
        }
        if depth > 6 {
            return None;
        }
        children
            .iter()
            .find_map(|&c| self.find_below(model, c, name, depth + 1))
    }
}

/// One step down a record: a field's name and its position among its siblings.
type Step = (String, usize);

/// What one walk found.
#[derive(Default)]
struct Found {
    literals: Vec<DynamicLiteral>,
    open: Vec<String>,
}

/// Why a flow's source brings a value from outside the literals.
fn open_reason(model: &Model, kind: FlowKind, source: SymbolId) -> Option<String> {
    let s = model.symbol(source);
    let what = match s.kind {
        SymbolKind::File => format!("read from file {}", s.name),
        SymbolKind::CicsMap => format!("received from screen map {}", s.qualified_name),
        SymbolKind::Dataset => format!(
            "read from {} {}",
            s.detail
                .as_deref()
                .and_then(|d| d.split(" DSNAME").next())
                .unwrap_or("dataset"),
            s.name
        ),
        SymbolKind::DbTable | SymbolKind::DbView | SymbolKind::DbColumn => {
            format!("selected from DB2 {}", s.qualified_name)
        }
        _ => match kind {
            FlowKind::Read => format!("read into {}", s.name),
            FlowKind::Accept => "accepted from outside the program".to_string(),
            _ => return None,
        },
    };
    Some(what)
}

/// Can a data item hold a name? Not an index-name or a numeric item (a subscript read by the
/// same MOVE as the table entry).
fn can_hold_a_name(model: &Model, id: SymbolId) -> bool {
    let s = model.symbol(id);
    if s.kind == SymbolKind::IndexName {
        return false;
    }
    let picture = s
        .detail
        .as_deref()
        .and_then(|d| d.split("PIC ").nth(1))
        .and_then(|p| p.split_whitespace().next());
    !picture.is_some_and(|p| {
        p.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'S' | 'V' | 'P' | '(' | ')' | '.'))
    })
}

fn walk(model: &Model, index: &Index, pending: &Pending, start: SymbolId) -> Found {
    let mut found = Found::default();
    let mut seen: HashSet<(SymbolId, Vec<Step>)> = HashSet::new();
    let mut stack: Vec<(SymbolId, Vec<Step>)> = vec![(start, Vec::new())];
    let note = |found: &mut Found, reason: String| {
        if !found.open.contains(&reason) {
            found.open.push(reason);
        }
    };
    while let Some((s, path)) = stack.pop() {
        if seen.len() >= WALK_LIMIT {
            note(&mut found, "too many paths to follow".into());
            break;
        }
        if !seen.insert((s, path.clone())) {
            continue;
        }
        if path.is_empty() {
            for l in pending.seeds.get(&s).into_iter().flatten() {
                if !found.literals.contains(l) {
                    found.literals.push(l.clone());
                }
            }
            if let Some(reason) = pending.opens.get(&s) {
                note(&mut found, reason.clone());
            }
        } else if let Some(d) = index.descend(model, s, &path) {
            stack.push((d, Vec::new()));
        }
        let mut fed = false;
        for &i in index.incoming.get(&s).into_iter().flatten() {
            let f = &model.flows[i];
            let FlowEnd::Symbol { id: source } = f.source else {
                continue;
            };
            match f.kind {
                FlowKind::Move
                | FlowKind::CallUsing
                | FlowKind::CallReturn
                | FlowKind::Redefines
                | FlowKind::Set => {
                    fed |= f.kind == FlowKind::CallUsing;
                    if can_hold_a_name(model, source) {
                        stack.push((source, path.clone()));
                    }
                }
                FlowKind::Contains | FlowKind::ContainedBy => {}
                kind => {
                    if let Some(reason) = open_reason(model, kind, source) {
                        note(&mut found, reason);
                    }
                }
            }
        }
        if pending.linkage.contains(&s) && !fed {
            note(
                &mut found,
                format!(
                    "passed in by a caller outside the project ({})",
                    model.symbol(s).qualified_name
                ),
            );
        }
        let sym = model.symbol(s);
        if sym.kind == SymbolKind::DataItem
            && let Some(p) = sym.parent
            && model.symbol(p).kind == SymbolKind::DataItem
            && path.len() < 12
        {
            let mut up = Vec::with_capacity(path.len() + 1);
            up.push((sym.name.clone(), index.position(p, s)));
            up.extend(path.iter().cloned());
            stack.push((p, up));
        }
    }
    let key = |l: &DynamicLiteral| (l.value.clone(), l.span.map(|s| (s.file, s.start)));
    found
        .literals
        .sort_by(|a, b| (key(a), a.origin).cmp(&(key(b), b.origin)));
    // One literal reached two ways (a table entry is also its FILLER's VALUE): listed once.
    found.literals.dedup_by(|a, b| key(a) == key(b));
    found.open.sort();
    found
}

/// Resolves every site (see the module comment). `programs` finds a project program by
/// PROGRAM-ID; `program_target` gives the reference target of a literal program name;
/// `link` adds the CALL USING / COMMAREA flows of a pending call to a newly found program.
pub fn resolve(
    model: &mut Model,
    pending: &Pending,
    is_program: &dyn Fn(&str) -> bool,
    program_target: &dyn Fn(&str) -> RefTarget,
    link: &mut dyn FnMut(&mut Model, usize, &str),
) {
    let mut linked: HashSet<(usize, String)> = HashSet::new();
    let mut results: Vec<Found> = Vec::new();
    for round in 0..ROUNDS {
        let index = Index::build(model);
        results = pending
            .sites
            .iter()
            .map(|site| match site.item {
                Some(item) => walk(model, &index, pending, item),
                None => Found {
                    literals: Vec::new(),
                    open: vec![format!(
                        "{} is not a data item of the program",
                        site.variable
                    )],
                },
            })
            .collect();
        let mut changed = false;
        for (site, found) in pending.sites.iter().zip(&results) {
            let Some(call) = site.call else {
                continue;
            };
            for l in &found.literals {
                if is_program(&l.value) && linked.insert((call, l.value.clone())) {
                    link(model, call, &l.value);
                    changed = true;
                }
            }
        }
        if !changed || round + 1 == ROUNDS {
            break;
        }
    }
    for (site, found) in pending.sites.iter().zip(results) {
        let mut values: BTreeMap<&str, ()> = BTreeMap::new();
        for l in &found.literals {
            values.insert(l.value.as_str(), ());
        }
        let open = if found.open.is_empty() && found.literals.is_empty() {
            Some("no literal reaches it".to_string())
        } else if found.open.is_empty() {
            None
        } else {
            Some(found.open.join("; "))
        };
        match site.kind {
            SiteKind::Resource => {
                for v in values.keys() {
                    register_resource(model, &site.verb, v, site.owner, site.span, site.data);
                }
            }
            kind => {
                let ref_kind = call_ref_kind(kind);
                for v in values.keys() {
                    model.references.push(Reference {
                        from: site.owner,
                        target: program_target(v),
                        kind: ref_kind,
                        span: site.span,
                    });
                }
                if open.is_some() {
                    model.references.push(Reference {
                        from: site.owner,
                        target: RefTarget::Unresolved {
                            name: format!("({})", site.variable),
                        },
                        kind: ref_kind,
                        span: site.span,
                    });
                }
            }
        }
        model.dynamic_targets.push(DynamicTarget {
            owner: site.owner,
            span: site.span,
            verb: site.verb.clone(),
            variable: site.variable.clone(),
            literals: found.literals,
            open,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscripted_and_qualified_arguments() {
        assert_eq!(subscripted_name("ws-pgm(ws-i)"), Some("WS-PGM".into()));
        assert_eq!(subscripted_name("WS-PGM OF WS-AREA"), Some("WS-PGM".into()));
        assert_eq!(subscripted_name("LENGTH OF X"), None);
        assert_eq!(subscripted_name("'A' || B"), None);
        assert_eq!(subscripted_name("(X)"), None);
        assert_eq!(subscripted_name(""), None);
    }

    #[test]
    fn queue_verbs() {
        assert!(is_queue_verb("WRITEQ TS"));
        assert!(is_queue_verb("READQ TD"));
        assert!(is_queue_verb("DELETEQ"));
        assert!(!is_queue_verb("WRITE"));
        assert!(!is_queue_verb("WRITEQ TS EXTRA"));
    }

    #[test]
    fn only_quoted_names_are_values() {
        assert_eq!(quoted("'benmnu1'"), Some("BENMNU1".into()));
        assert_eq!(quoted("\"PAYRND\""), Some("PAYRND".into()));
        assert_eq!(quoted("SPACES"), None);
        assert_eq!(quoted("12"), None);
        assert_eq!(quoted("'TWO WORDS'"), None);
        assert_eq!(quoted("''"), None);
    }

    #[test]
    fn resource_kinds() {
        assert_eq!(resource_ref_kind("REWRITE"), RefKind::Update);
        assert_eq!(resource_ref_kind("WRITEQ TS"), RefKind::Write);
        assert_eq!(resource_ref_kind("DELETEQ TD"), RefKind::Delete);
        assert_eq!(resource_ref_kind("STARTBR"), RefKind::Read);
    }
}
