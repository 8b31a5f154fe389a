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

/// Copies a folder (a closed store) recursively.
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
