//! COBOL front end: our tree-sitter grammar, the reader that turns its trees into facts, and
//! the CICS command reader.

pub mod cics;
pub mod extract;
pub mod grammar;
pub mod register;
