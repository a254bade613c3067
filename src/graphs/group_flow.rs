//! A value moved as a group reaches only the overlapping bytes. A MOVE, READ INTO, WRITE FROM,
//! CALL USING or SQL host structure between groups becomes, for lineage and impact, flows
//! between the items that share bytes: the item at the same offset and length in the target
//! group, not every sibling. Offsets and sizes come from the record layouts
//! ([`crate::records`]); where a layout is unknown, and for MOVE CORRESPONDING, items of the
//! same name are paired instead. A group against a file, table, dataset or map (which have no
//! layout) pairs each item of the group with it; and a record written to a file meets the
//! records read from it downstream (through DDs and datasets) item by item, by offset.

use std::collections::HashMap;

use super::graph::part;
use crate::model::{DataFlow, FlowEnd, FlowKind, Model, Span, SymbolId, SymbolKind};
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
    /// group and something without a layout), and what they are ([`part`]): between two
    /// groups, plain; from items into a whole record (an elementary item, file, table),
    /// gather; out of a whole record into items, scatter. Empty when there is nothing to pair.
    pub fn project(&self, model: &Model, flow: &DataFlow) -> (Vec<(SymbolId, SymbolId)>, u8) {
        let none = (Vec::new(), part::NONE);
        let (FlowEnd::Symbol { id: s }, FlowEnd::Symbol { id: t }) = (&flow.source, &flow.target)
        else {
            return none;
        };
        let (s, t) = (*s, *t);
        let (group_s, group_t) = (self.is_group(s), self.is_group(t));
        if s == t || !(group_s || group_t) {
            return none;
        }
        let data = |id: SymbolId| model.symbol(id).kind == SymbolKind::DataItem;
        if !data(s) && !data(t) {
            return none;
        }
        let whole = |id: SymbolId| -> Vec<Part> {
            match self.parts.get(&id) {
                Some(p) if !p.is_empty() => p.clone(),
                _ => self.sizes.get(&id).cloned().into_iter().collect(),
            }
        };
        let items = |id: SymbolId| -> Vec<SymbolId> {
            self.parts
                .get(&id)
                .into_iter()
                .flatten()
                .map(|p| p.id)
                .collect()
        };
        if group_s && group_t && data(s) && data(t) {
            if !preserves_bytes(flow.kind) {
                return none;
            }
            let (mut from, mut to) = (whole(s), whole(t));
            return (
                pair_parts(&mut from, &mut to, is_corresponding(model, flow)),
                part::NONE,
            );
        }
        if group_t {
            // A whole record (elementary item, file, map, table) into a group.
            let out = items(t).into_iter().map(|p| (s, p)).collect();
            (out, part::SCATTER)
        } else {
            let out = items(s).into_iter().map(|p| (p, t)).collect();
            (out, part::GATHER)
        }
    }

    /// Items written into a whole record (an elementary buffer, a file) and read out of it
    /// into another group, through byte-preserving flows (MOVE, WRITE, the file's DD, the
    /// dataset, the reader's DD and file, CALL USING …): the items that share bytes, with the
    /// statement that fills the second group and its flow kind. Without these, lineage would
    /// have to choose between every item of the record and none of them.
    pub fn across_records(
        &self,
        model: &Model,
    ) -> Vec<(SymbolId, SymbolId, FlowKind, Option<Span>)> {
        let mut out_edges: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        let mut gathers: Vec<(SymbolId, SymbolId)> = Vec::new();
        let is_dd = |id: SymbolId| model.symbol(id).kind == SymbolKind::JclDd;
        for (i, f) in model.flows.iter().enumerate() {
            let (FlowEnd::Symbol { id: a }, FlowEnd::Symbol { id: b }) = (&f.source, &f.target)
            else {
                continue;
            };
            let copies = f.kind == FlowKind::Other && is_dd(*a) && is_dd(*b);
            if !(preserves_bytes(f.kind) || copies) || a == b {
                continue;
            }
            out_edges.entry(*a).or_default().push(i);
            if self.is_group(*a) && !self.is_group(*b) {
                gathers.push((*a, *b));
            }
        }
        gathers.sort();
        gathers.dedup();
        // Groups filled from what a whole record reaches through byte-preserving flows.
        let mut readers_of: HashMap<SymbolId, Vec<(SymbolId, FlowKind, Option<Span>)>> =
            HashMap::new();
        let mut out = Vec::new();
        for (writer, record) in gathers {
            let readers = readers_of.entry(record).or_insert_with(|| {
                let mut readers = Vec::new();
                let mut seen = vec![record];
                let mut stack = vec![record];
                while let Some(n) = stack.pop() {
                    for &i in out_edges.get(&n).into_iter().flatten() {
                        let f = &model.flows[i];
                        let Some(next) = f.target.symbol_id() else {
                            continue;
                        };
                        if seen.contains(&next) || seen.len() > MAX_TRANSIT {
                            continue;
                        }
                        seen.push(next);
                        if self.is_group(next) {
                            readers.push((next, f.kind, f.span));
                        } else {
                            stack.push(next);
                        }
                    }
                }
                readers
            });
            for &(reader, kind, span) in readers.iter() {
                if reader == writer {
                    continue;
                }
                let (Some(w), Some(r)) = (self.parts.get(&writer), self.parts.get(&reader)) else {
                    continue;
                };
                let (mut w, mut r) = (w.clone(), r.clone());
                for (a, b) in pair_parts(&mut w, &mut r, false) {
                    out.push((a, b, kind, span));
                }
            }
        }
        out
    }
}

/// How many places a whole record is followed through before giving up (a buffer moved
/// everywhere would otherwise pair every group with every other).
const MAX_TRANSIT: usize = 64;

/// Flows that keep every byte where it was: a record moved, read, written, passed.
fn preserves_bytes(kind: FlowKind) -> bool {
    matches!(
        kind,
        FlowKind::Move
            | FlowKind::Read
            | FlowKind::Write
            | FlowKind::CallUsing
            | FlowKind::CallReturn
            | FlowKind::SqlSelect
            | FlowKind::SqlInsert
            | FlowKind::SqlUpdate
            | FlowKind::DdAssign
            | FlowKind::DdDataset
    )
}

/// The items of two groups that share bytes (by offset and length when every one is known
/// and `by_name` is off), else the items of the same name.
fn pair_parts(from: &mut [Part], to: &mut [Part], by_name: bool) -> Vec<(SymbolId, SymbolId)> {
    let known = from.iter().chain(to.iter()).all(|p| p.range.is_some());
    let mut out = Vec::new();
    if known && !by_name {
        // Both sides in offset order: a sweep pairs the overlapping items.
        let range = |p: &Part| p.range.unwrap_or_default();
        from.sort_by_key(|p| range(p));
        to.sort_by_key(|p| range(p));
        let mut first = 0;
        for a in from.iter() {
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
                    out.push((a.id, b.id));
                }
            }
        }
    } else {
        for a in from.iter() {
            for b in to.iter().filter(|b| b.name.eq_ignore_ascii_case(&a.name)) {
                if a.id != b.id {
                    out.push((a.id, b.id));
                }
            }
        }
    }
    out
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
