//! LegacyLens engine: indexes a folder of legacy code (COBOL, JCL, Java, SQL DDL) into a
//! language-neutral model, builds graphs over it and reports on it.
//!
//! Stages, one module each: [`scan`] → [`decode`] → parse/extract ([`java`]; SQL via [`sql`])
//! → [`model`] → [`graphs`] → [`rules`] → [`report`]. [`index`] runs the pipeline;
//! [`explore`] serves the app (workspace, search, highlighting, layout, rule book). The engine
//! has no GUI types; the desktop app in [`app`] only calls engine APIs.

pub mod app;
pub mod atomic_write;
pub mod bms;
pub mod cics;
pub mod cobol;
pub mod csv_cell;
pub mod decode;
pub mod explore;
pub mod graphs;
pub mod index;
pub mod java;
pub mod jcl;
pub mod model;
pub mod panic_guard;
pub mod parsing;
pub mod records;
pub mod report;
pub mod rules;
pub mod scan;
pub mod screens;
pub mod sql;
#[cfg(test)]
mod test_rng;

pub use index::{IndexOptions, index_project};
pub use model::Model;
