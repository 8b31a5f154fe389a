//! Integration tests: one binary, so RocksDB is linked once.

mod cli;
mod hay;
mod layouts;
mod props;
mod sample;
mod score;
