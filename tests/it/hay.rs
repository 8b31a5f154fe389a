//! Shared inputs and helpers.

use std::path::{Path, PathBuf};

/// The project's root folder.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled sample listing.
pub fn sample_path() -> PathBuf {
    root().join("data/recorded-talks.txt")
}

/// The sample's gold extraction (a copy of shared/gold kept in the project).
pub fn sample_gold_path() -> PathBuf {
    root().join("tests/golden/recorded-talks.gold.json")
}

pub type TestResult = Result<(), Box<dyn std::error::Error>>;
