//! Integration tests: one binary, so RocksDB is linked once.

// Helpers outside #[test] functions report failures the way tests do.
#![allow(clippy::panic, clippy::print_stderr)]

mod bad_input;
mod cli;
#[cfg(target_os = "linux")]
mod concurrent;
mod crash;
mod graph;
mod graph_cli;
mod hay;
mod import;
mod layouts;
mod network;
mod props;
mod push;
mod report;
mod sample;
mod score;
mod serve;
mod virtuoso;
