//! A value moved as a group reaches only the overlapping bytes. A MOVE, READ INTO, WRITE FROM,
//! CALL USING or SQL host structure between groups becomes, for lineage and impact, flows
//! between the items that share bytes: the item at the same offset and length in the target
//! group, not every sibling. Offsets and sizes come from the record layouts
//! ([`crate::records`]); where a layout is unknown, and for MOVE CORRESPONDING, items of the
//! same name are paired instead. A group against a file, table, dataset or map (which have no
//! layout) pairs each item of the group with it.

use std::collections::HashMap;

use crate::model::{DataFlow, FlowEnd, FlowKind, Model, SymbolId, SymbolKind};
use crate::records::{self, LayoutOptions};

/// One elementary item of a group: where it sits in the group and what it is called.
#[derive(Debug, Clone)]
struct Part {
    id: SymbolId,
    /// Bytes from the start of the group and length (all occurrences); `None` when unknown.
    range: Option<(u32, u32)>,
    name: String,
}

/// The elementary items of every group, and the size of every elementary item.
#[derive(Debug, Default)]
pub struct GroupParts {
    parts: HashMap<SymbolId, Vec<Part>>,
    sizes: HashMap<SymbolId, Part>,
}

impl GroupParts {
    /// Lays out every record once (IBM rules).
    pub fn new(model: &Model) -> GroupParts {
        let mut out = GroupParts::default();
        for record in records::all_records(model, &LayoutOptions::ibm()) {
            let fields = &record.fields;
            for (i, f) in fields.iter().enumerate() {
                let end = fields[i + 1..]
                    .iter()
                    .position(|g| g.depth <= f.depth)
                    .map_or(fields.len(), |k| i + 1 + k);
                let range = |g: &records::Field| match (g.offset, g.total_size.or(g.size)) {
                    (Some(o), Some(s)) => f.offset.and_then(|base| Some((o.checked_sub(base)?, s))),
                    _ => None,
                };
                if end == i + 1 {
                    out.sizes.insert(
                        f.symbol,
                        Part {
                            id: f.symbol,
                            range: range(f),
                            name: f.simple_name.clone(),
                        },
                    );
                    continue;
                }
                // Elementary items below, leaving out REDEFINES alternatives and FILLER.
                let mut parts = Vec::new();
                let mut skip_below: Option<usize> = None;
                for (j, g) in fields.iter().enumerate().take(end).skip(i + 1) {
                    if skip_below.is_some_and(|d| g.depth > d) {
                        continue;
                    }
                    skip_below = None;
                    if g.redefines.is_some() || g.renames.is_some() {
                        skip_below = Some(g.depth);
                        continue;
                    }
                    let elementary = fields.get(j + 1).is_none_or(|h| h.depth <= g.depth);
                    if elementary && !g.filler {
                        parts.push(Part {
                            id: g.symbol,
                            range: range(g),
                            name: g.simple_name.clone(),
                        });
                    }
                }
                out.parts.insert(f.symbol, parts);
            }
        }
        out
    }

    /// Whether `id` is a group with elementary items.
    pub fn is_group(&self, id: SymbolId) -> bool {
        self.parts.get(&id).is_some_and(|p| !p.is_empty())
    }

    /// The flows between items that share bytes, for a flow whose ends are groups (or a
    /// group and something without a layout). Empty when there is nothing to pair.
    pub fn project(&self, model: &Model, flow: &DataFlow) -> Vec<(FlowEnd, FlowEnd)> {
        let (FlowEnd::Symbol { id: s }, FlowEnd::Symbol { id: t }) = (&flow.source, &flow.target)
        else {
            return Vec::new();
        };
        let (s, t) = (*s, *t);
        if s == t || !(self.is_group(s) || self.is_group(t)) {
            return Vec::new();
        }
        let data = |id: SymbolId| model.symbol(id).kind == SymbolKind::DataItem;
        let whole = |id: SymbolId| -> Vec<Part> {
            match self.parts.get(&id) {
                Some(p) if !p.is_empty() => p.clone(),
                _ => self.sizes.get(&id).cloned().into_iter().collect(),
            }
        };
        let pairs_to = |from: SymbolId, parts: Vec<Part>, forward: bool| {
            parts
                .into_iter()
                .map(|p| {
                    let (a, b) = if forward { (from, p.id) } else { (p.id, from) };
                    (FlowEnd::symbol(a), FlowEnd::symbol(b))
                })
                .collect()
        };
        match (data(s), data(t)) {
            // A file, table, dataset or map on one side: every item of the group.
            (false, true) => return pairs_to(s, whole(t), true),
            (true, false) => return pairs_to(t, whole(s), false),
            (false, false) => return Vec::new(),
            (true, true) => {}
        }
        let preserves_bytes = matches!(
            flow.kind,
            FlowKind::Move
                | FlowKind::Read
                | FlowKind::Write
                | FlowKind::CallUsing
                | FlowKind::CallReturn
                | FlowKind::SqlSelect
                | FlowKind::SqlInsert
                | FlowKind::SqlUpdate
        );
        let (mut from, mut to) = (whole(s), whole(t));
        if !preserves_bytes {
            // STRING, UNSTRING, INSPECT, ACCEPT …: the group side as a whole, one item at a time.
            return match (self.is_group(s), self.is_group(t)) {
                (true, false) => pairs_to(t, from, false),
                (false, true) => pairs_to(s, to, true),
                _ => Vec::new(),
            };
        }
        let known = from.iter().chain(&to).all(|p| p.range.is_some());
        let mut out = Vec::new();
        if known && !is_corresponding(model, flow) {
            // Both sides in offset order: a sweep pairs the overlapping items.
            let range = |p: &Part| p.range.unwrap_or_default();
            from.sort_by_key(|p| range(p));
            to.sort_by_key(|p| range(p));
            let mut first = 0;
            for a in &from {
                let (ao, al) = range(a);
                while first < to.len() && range(&to[first]).0 + range(&to[first]).1 <= ao {
                    first += 1;
                }
                for b in &to[first..] {
                    let (bo, bl) = range(b);
                    if bo >= ao + al {
                        break;
                    }
                    if ao < bo + bl && a.id != b.id {
                        out.push((FlowEnd::symbol(a.id), FlowEnd::symbol(b.id)));
                    }
                }
            }
        } else {
            for a in &from {
                for b in to.iter().filter(|b| b.name.eq_ignore_ascii_case(&a.name)) {
                    if a.id != b.id {
                        out.push((FlowEnd::symbol(a.id), FlowEnd::symbol(b.id)));
                    }
                }
            }
        }
        out
    }
}

/// Whether the statement of a flow is a MOVE CORRESPONDING (items paired by name).
fn is_corresponding(model: &Model, flow: &DataFlow) -> bool {
    if flow.kind != FlowKind::Move {
        return false;
    }
    let Some(span) = flow.span else {
        return false;
    };
    let text = model
        .files
        .get(span.file.index())
        .and_then(|f| f.text.as_deref())
        .and_then(|t| t.get(span.start as usize..span.end as usize))
        .unwrap_or("");
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .nth(1)
        .is_some_and(|w| w.eq_ignore_ascii_case("CORR") || w.eq_ignore_ascii_case("CORRESPONDING"))
}
