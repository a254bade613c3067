//! The BMS front end: CICS map sources (`DFHMSD` / `DFHMDI` / `DFHMDF` assembler macros) to
//! mapsets, maps and fields in the model, and the links between screens and the programs that
//! SEND and RECEIVE them.
//!
//! `source.rs` reads assembler statements (continuation in column 72, comments, sequence
//! columns); `parser.rs` turns macros into mapsets, maps and fields; `register.rs` adds the
//! symbols and [`crate::model::Screen`]s; `link.rs` ties screen fields to the symbolic-map
//! items of the programs; `tokens.rs` colours a source for the code view. Pictures of the screens are drawn by [`crate::screens`].
//! *Invariant:* a BMS source never stops indexing; every problem is a diagnostic at its line.

pub mod link;
pub mod parser;
pub mod register;
pub mod source;
pub mod tokens;

pub use parser::{BmsProblem, BmsSource, parse};
pub use register::BmsUnit;
