//! Graphs built from the model (never by re-parsing), and their output formats.

pub mod batch;
pub mod build;
pub mod calls;
pub mod classes;
pub mod crud;
pub mod deadcode;
pub mod dynamic;
pub mod export;
pub mod graph;
pub mod group_flow;
pub mod impact;
pub mod metrics;
pub mod view;
