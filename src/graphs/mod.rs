//! Graphs built from the model (never by re-parsing), and their output formats.

pub mod calls;
pub mod export;
pub mod format;
pub mod view;
