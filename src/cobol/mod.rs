//! COBOL front end: our tree-sitter grammar and what reads its trees.

pub mod grammar;
