//! The indexes over the model that rule discovery reads again and again, built once per run:
//! references and flows by the procedure or method that makes them, references into each
//! procedure (who PERFORMs or calls it), condition sites by owner, data names by program, the
//! 88-levels of each item, and statement text. Nothing here re-parses: statement words come
//! from the original text under a model span.

use std::collections::HashMap;

use super::anchor::NormalStyle;

use crate::model::{
    ConditionSite, FlowEnd, Model, Namespace, RefKind, RefTarget, Span, SymbolId, SymbolKind,
};

pub struct Facts<'a> {
    pub model: &'a Model,
    /// References by the symbol they are made from.
    pub refs_from: HashMap<SymbolId, Vec<usize>>,
    /// PERFORM / PERFORM THRU / GO TO / CALL / LINK / XCTL references by their target.
    pub refs_into: HashMap<SymbolId, Vec<usize>>,
    /// Write references (MOVE / SET / COMPUTE … targets) by the item written.
    pub writes_into: HashMap<SymbolId, Vec<usize>>,
    /// Flows by owner.
    pub flows_of: HashMap<SymbolId, Vec<usize>>,
    /// Condition sites by owner.
    pub sites_of: HashMap<SymbolId, Vec<usize>>,
    /// COBOL DISPLAY statements by owner.
    pub displays_of: HashMap<SymbolId, Vec<usize>>,
    /// (program, data name) → data item or condition-name.
    data: HashMap<(SymbolId, String), SymbolId>,
    /// Condition-names of each data item.
    pub conditions_of: HashMap<SymbolId, Vec<SymbolId>>,
    /// The reference format of each COBOL file (None for other files).
    fixed: Vec<Option<crate::cobol::preprocess::SourceFormat>>,
    /// How each file's text is normalized for anchor fingerprints.
    styles: Vec<NormalStyle>,
    /// Business terms by the data item they name (the glossary); empty unless mining was
    /// given terms.
    terms: HashMap<SymbolId, String>,
    /// The terms of Java fields by field name, lower-case (names with different terms in
    /// different classes are left out).
    java_terms: HashMap<String, String>,
}

impl<'a> Facts<'a> {
    pub fn new(model: &'a Model) -> Self {
        let mut refs_from: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        let mut refs_into: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        let mut writes_into: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        for (i, r) in model.references.iter().enumerate() {
            refs_from.entry(r.from).or_default().push(i);
            let RefTarget::Symbol { id } = r.target else {
                continue;
            };
            match r.kind {
                RefKind::Perform
                | RefKind::PerformThru
                | RefKind::GoTo
                | RefKind::Call
                | RefKind::CicsLink
                | RefKind::CicsXctl
                | RefKind::CallDynamic
                | RefKind::CicsLinkDynamic
                | RefKind::CicsXctlDynamic => refs_into.entry(id).or_default().push(i),
                RefKind::Write => writes_into.entry(id).or_default().push(i),
                _ => {}
            }
        }
        let mut flows_of: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        for (i, f) in model.flows.iter().enumerate() {
            flows_of.entry(f.owner).or_default().push(i);
        }
        let mut sites_of: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        for (i, c) in model.conditions.iter().enumerate() {
            sites_of.entry(c.owner).or_default().push(i);
        }
        let mut displays_of: HashMap<SymbolId, Vec<usize>> = HashMap::new();
        for (i, d) in model.displays.iter().enumerate() {
            displays_of.entry(d.owner).or_default().push(i);
        }
        let mut data = HashMap::new();
        let mut conditions_of: HashMap<SymbolId, Vec<SymbolId>> = HashMap::new();
        for s in &model.symbols {
            if !matches!(
                s.kind,
                SymbolKind::DataItem | SymbolKind::ConditionName | SymbolKind::IndexName
            ) {
                continue;
            }
            if let Some(p) = program_of(model, s.id) {
                data.entry((p, s.name.to_ascii_uppercase())).or_insert(s.id);
            }
            if s.kind == SymbolKind::ConditionName
                && let Some(parent) = s.parent
            {
                conditions_of.entry(parent).or_default().push(s.id);
            }
        }
        let styles: Vec<NormalStyle> = model
            .files
            .iter()
            .map(|f| NormalStyle::of(f.kind, f.text.as_deref().unwrap_or("")))
            .collect();
        let fixed = styles
            .iter()
            .map(|s| match s {
                NormalStyle::Cobol(format) => Some(*format),
                NormalStyle::Plain => None,
            })
            .collect();
        Facts {
            model,
            fixed,
            styles,
            refs_from,
            refs_into,
            writes_into,
            flows_of,
            sites_of,
            displays_of,
            data,
            conditions_of,
            terms: HashMap::new(),
            java_terms: HashMap::new(),
        }
    }

    /// The same facts reading data through business terms (see `terms::Glossary`).
    pub fn with_terms(mut self, terms: HashMap<SymbolId, String>) -> Self {
        let mut java: HashMap<String, Option<String>> = HashMap::new();
        for (&id, term) in &terms {
            let s = self.model.symbol(id);
            if s.kind != SymbolKind::Field {
                continue;
            }
            java.entry(s.name.to_ascii_lowercase())
                .and_modify(|t| {
                    if t.as_deref() != Some(term.as_str()) {
                        *t = None;
                    }
                })
                .or_insert_with(|| Some(term.clone()));
        }
        self.java_terms = java
            .into_iter()
            .filter_map(|(name, term)| Some((name, term?)))
            .collect();
        self.terms = terms;
        self
    }

    /// The terms of Java fields, for `java_words::with_terms`.
    pub fn java_terms(&self) -> &HashMap<String, String> {
        &self.java_terms
    }

    /// The business term of a data item or condition-name, if one names it.
    pub fn term(&self, item: SymbolId) -> Option<&str> {
        self.terms.get(&item).map(String::as_str)
    }

    /// A data name in words: its business term when it has one, else [`data_words`] of the
    /// name (`qualified` is a qualified name or a name the model knows).
    ///
    /// [`data_words`]: super::words::data_words
    pub fn name_words(&self, qualified: &str) -> String {
        if !self.terms.is_empty()
            && let Some(id) = self.model.symbol_named(qualified)
            && let Some(term) = self.term(id)
        {
            return term.to_string();
        }
        super::words::data_words(qualified)
    }

    /// The data item or condition-name `name` means in the program of `owner`.
    pub fn lookup_data(&self, owner: SymbolId, name: &str) -> Option<SymbolId> {
        let program = program_of(self.model, owner)?;
        let name = name.split(['(', ' ']).next().unwrap_or(name);
        self.data
            .get(&(program, name.to_ascii_uppercase()))
            .copied()
    }

    /// An anchor for `span` in `symbol` (the file's style detected once).
    pub fn anchor(&self, symbol: SymbolId, span: Span) -> super::record::Anchor {
        let style = self.styles.get(span.file.index()).copied();
        super::anchor::make_anchor_styled(self.model, symbol, span, style)
    }

    /// The original text under a span ("" when the file has no text).
    pub fn text(&self, span: Span) -> &'a str {
        self.model
            .files
            .get(span.file.index())
            .and_then(|f| f.text.as_deref())
            .and_then(|t| t.get(span.start as usize..span.end as usize))
            .unwrap_or("")
    }

    /// A statement's code: for COBOL in fixed or variable format, only the code area of each
    /// line (no sequence numbers or change tags) and no comment lines; Java as written.
    pub fn code(&self, span: Span) -> std::borrow::Cow<'a, str> {
        use crate::cobol::preprocess::SourceFormat;
        let raw = self.text(span);
        if !raw.contains('\n') {
            // One line: cut the identification area if the statement runs into it.
            if let Some(file) = self.model.files.get(span.file.index())
                && self.fixed.get(span.file.index()).copied().flatten() == Some(SourceFormat::Fixed)
                && let Some(text) = file.text.as_deref()
            {
                let line_start = text[..span.start as usize].rfind('\n').map_or(0, |k| k + 1);
                let col = span.start as usize - line_start;
                if col + raw.len() > 72 && col < 72 {
                    return std::borrow::Cow::Borrowed(&raw[..(72 - col).min(raw.len())]);
                }
            }
            return std::borrow::Cow::Borrowed(raw);
        }
        let format = self.fixed.get(span.file.index()).copied().flatten();
        let Some(format) = format.filter(|f| *f != SourceFormat::Free) else {
            return std::borrow::Cow::Borrowed(raw);
        };
        let text = self
            .model
            .files
            .get(span.file.index())
            .and_then(|f| f.text.as_deref())
            .unwrap_or("");
        let line_start = text[..(span.start as usize).min(text.len())]
            .rfind('\n')
            .map_or(0, |k| k + 1);
        let first_col = span.start as usize - line_start;
        let mut out = String::new();
        for (i, line) in raw.split('\n').enumerate() {
            let line = line.trim_end_matches('\r');
            let offset = if i == 0 { first_col } else { 0 };
            if i > 0 && matches!(line.chars().nth(6), Some('*' | '/')) {
                continue;
            }
            let from = 7usize.saturating_sub(offset);
            let to = if format == SourceFormat::Fixed {
                72usize.saturating_sub(offset)
            } else {
                usize::MAX
            };
            let part: String = line
                .chars()
                .enumerate()
                .filter(|(k, _)| *k >= from && *k < to)
                .map(|(_, c)| c)
                .collect();
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part.trim_end());
        }
        std::borrow::Cow::Owned(out)
    }

    /// The first word of a statement, upper-cased (`MOVE`, `COMPUTE`, `throw` → `THROW`).
    pub fn verb(&self, span: Span) -> String {
        self.text(span)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase()
    }

    pub fn site(&self, i: usize) -> &'a ConditionSite {
        &self.model.conditions[i]
    }

    /// Data items a condition reads: the read references inside it, else its words.
    pub fn condition_reads(&self, c: &ConditionSite) -> Vec<SymbolId> {
        let model = self.model;
        let mut out = Vec::new();
        for &i in self.refs_from.get(&c.owner).into_iter().flatten() {
            let r = &model.references[i];
            if r.kind == RefKind::Read
                && within(&r.span, &c.span)
                && let RefTarget::Symbol { id } = r.target
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        if out.is_empty() && self.is_cobol(c.owner) {
            for w in super::words::words(&c.text) {
                if let Some(id) = self.lookup_data(c.owner, &w)
                    && !out.contains(&id)
                {
                    out.push(id);
                }
            }
        }
        out
    }

    pub fn is_cobol(&self, id: SymbolId) -> bool {
        self.model.symbol(id).kind.namespace() == Namespace::Cobol
    }

    /// A condition-name's variable, else the item itself.
    pub fn variable(&self, id: SymbolId) -> SymbolId {
        let s = self.model.symbol(id);
        if s.kind == SymbolKind::ConditionName {
            s.parent.unwrap_or(id)
        } else {
            id
        }
    }
}

pub fn within(inner: &Span, outer: &Span) -> bool {
    inner.file == outer.file && outer.start <= inner.start && inner.end <= outer.end
}

pub fn program_of(model: &Model, id: SymbolId) -> Option<SymbolId> {
    std::iter::once(model.symbol(id))
        .chain(model.ancestors(id))
        .find(|s| s.kind == SymbolKind::Program)
        .map(|s| s.id)
}

/// The class or program a procedure or method belongs to (the innermost one).
pub fn container_of(model: &Model, id: SymbolId) -> Option<SymbolId> {
    std::iter::once(model.symbol(id))
        .chain(model.ancestors(id))
        .find(|s| {
            matches!(
                s.kind,
                SymbolKind::Program | SymbolKind::Class | SymbolKind::Interface | SymbolKind::Enum
            )
        })
        .map(|s| s.id)
}

/// The item and every group above it, up to its record.
pub fn data_chain(model: &Model, id: SymbolId) -> impl Iterator<Item = SymbolId> + '_ {
    std::iter::once(id)
        .chain(model.ancestors(id).map(|s| s.id))
        .take_while(|&s| {
            matches!(
                model.symbol(s).kind,
                SymbolKind::DataItem | SymbolKind::ConditionName
            )
        })
}

/// A flow end's symbol (locals have none).
pub fn end_symbol(e: &FlowEnd) -> Option<SymbolId> {
    match e {
        FlowEnd::Symbol { id } => Some(*id),
        FlowEnd::Local { .. } => None,
    }
}
