//! COBOL front end: the preprocessor (source formats, COPY/REPLACE, source map), our
//! tree-sitter grammar, the reader that turns trees into facts, and their registration in the
//! model. `analyse` runs them for one file.

pub mod analyse;
pub mod cics;
pub mod dli;
pub mod dynamic_targets;
pub mod extract;
pub mod grammar;
pub mod library;
pub mod metrics;
pub mod preprocess;
pub mod register;
pub mod system_services;
