//! One tree-sitter parser per language and thread, reused across files (creating a parser
//! allocates its parse stacks; indexing parses thousands of files per thread).

use std::cell::RefCell;
use std::collections::HashMap;

use tree_sitter::{Language, Parser, Tree};

/// Parses `text` with this thread's parser for `name`, created from `language` on first use.
/// `None` only if tree-sitter gives up (then the parser is reset for the next file).
pub fn parse_with(name: &'static str, language: fn() -> Language, text: &str) -> Option<Tree> {
    thread_local! {
        static PARSERS: RefCell<HashMap<&'static str, Parser>> = RefCell::new(HashMap::new());
    }
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let parser = parsers.entry(name).or_insert_with(|| {
            let mut p = Parser::new();
            p.set_language(&language())
                .expect("the grammar is generated for this tree-sitter ABI");
            p
        });
        let tree = parser.parse(text, None);
        if tree.is_none() {
            parser.reset();
        }
        tree
    })
}
