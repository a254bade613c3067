//! Java front end: tree-sitter-java parse, declarations, and type-aware call resolution.
//!
//! Three steps, so files can be processed in parallel while names resolve across the project:
//! 1. [`load`] (per file, parallel): parse and collect declarations ([`declarations`]);
//! 2. [`register`] (once): build the project [`types::TypeTable`] and add type/member symbols;
//! 3. [`resolve`] (per file, parallel): walk bodies, type expressions, bind every call, `new`,
//!    `this(...)`/`super(...)` and JDBC SQL string to what it reaches.

pub mod declarations;
mod jdk;
pub mod metrics;
pub mod register;
pub mod resolve;
pub mod strings;
pub mod syntax;
pub mod types;
pub mod vendored;

use std::collections::HashMap;
use std::sync::Arc;

use tree_sitter::Tree;

use crate::decode::LineIndex;
use crate::model::{FileId, SymbolId};

use declarations::FileDecls;
use types::TypeId;

/// A parsed Java file between the passes.
pub struct JavaUnit {
    pub file: FileId,
    pub text: Arc<str>,
    pub lines: Arc<LineIndex>,
    pub tree: Tree,
    pub decls: FileDecls,
    /// Filled by [`register`]: the file's name-resolution context.
    pub ctx: u32,
    /// Filled by [`register`]: the type of each entry of `decls.types`.
    pub type_ids: Vec<TypeId>,
    /// Filled by [`register`]: declaration key (start byte) → type.
    pub type_by_key: HashMap<usize, TypeId>,
    /// Filled by [`register`]: method/constructor declaration key (start byte) → symbol.
    pub method_by_key: HashMap<usize, SymbolId>,
}

/// Parses Java source. `None` only if tree-sitter gives up (cancelled or out of memory).
pub fn parse(text: &str) -> Option<Tree> {
    crate::parsing::parse_with("java", || tree_sitter_java::LANGUAGE.into(), text)
}

/// Parses a file and collects its declarations.
pub fn load(file: FileId, text: Arc<str>, lines: Arc<LineIndex>) -> Option<JavaUnit> {
    let tree = parse(&text)?;
    let decls = declarations::collect(tree.root_node(), &text);
    Some(JavaUnit {
        file,
        text,
        lines,
        tree,
        decls,
        ctx: 0,
        type_ids: Vec::new(),
        type_by_key: HashMap::new(),
        method_by_key: HashMap::new(),
    })
}
