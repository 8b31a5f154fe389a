//! Error types, one per pipeline stage, joined in [`Error`].

use std::path::PathBuf;

/// Reading a listing failed: nothing usable could be read from the source.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    // the message carries the error's text; not also a source, or `{:#}` prints it twice
    #[error("{source_name}: {error}")]
    Io {
        source_name: String,
        error: std::io::Error,
    },
    #[error("{0}: is a directory, not a listing")]
    Directory(PathBuf),
    #[error("{0}: file is empty")]
    Empty(String),
    #[error("{source_name}: looks like a binary file ({what}), not a text listing")]
    Binary {
        source_name: String,
        what: &'static str,
    },
}

/// Loading a vocabulary file (the institution gazetteer, the topic scheme) failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VocabularyError {
    #[error("failed to read {what} {path}")]
    Io {
        what: &'static str,
        path: String,
        #[source]
        error: std::io::Error,
    },
    #[error("{what} {path}: {message}")]
    Syntax {
        what: &'static str,
        path: String,
        message: String,
    },
}

impl VocabularyError {
    /// Reads a vocabulary file whole: its name as shown in errors, and its text.
    pub(crate) fn read(
        path: &std::path::Path,
        what: &'static str,
    ) -> Result<(String, String), Self> {
        let name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((name, text)),
            Err(error) => Err(Self::Io {
                what,
                path: name,
                error,
            }),
        }
    }
}

/// Any talkgraph error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Gazetteer(#[from] VocabularyError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}
