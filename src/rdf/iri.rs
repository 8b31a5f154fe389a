//! Deterministic IRIs: slugs of names, the base IRI, `file:` IRIs of sources.

use std::fmt::Write as _;
use std::path::Path;

use oxigraph::model::NamedNode;

use crate::resolve::fold;

/// Longest slug kept, in bytes; longer names are cut at a word boundary.
const MAX_SLUG: usize = 64;

/// The base IRI under which talkgraph mints instance IRIs (`--base`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

/// `--base` is not an absolute IRI ending in `/` or `#`.
#[derive(Debug, thiserror::Error)]
#[error("--base {given:?} is not usable: {reason}")]
pub struct BaseError {
    pub given: String,
    pub reason: String,
}

impl Base {
    /// Validates `iri`: an absolute IRI; a `/` is appended unless it ends in `/` or `#`.
    ///
    /// ```
    /// use talkgraph::rdf::Base;
    /// assert_eq!(Base::new("https://example.org/talks")?.as_str(), "https://example.org/talks/");
    /// assert!(Base::new("talks/").is_err());
    /// # Result::<_, Box<dyn std::error::Error>>::Ok(())
    /// ```
    pub fn new(iri: &str) -> Result<Self, BaseError> {
        let mut iri = iri.trim().to_owned();
        if !iri.ends_with('/') && !iri.ends_with('#') {
            iri.push('/');
        }
        NamedNode::new(&iri).map_err(|e| BaseError {
            given: iri.clone(),
            reason: format!("{e} (give an absolute IRI such as https://example.org/talks/)"),
        })?;
        if iri.trim_end_matches('#').contains('#') {
            return Err(BaseError {
                given: iri,
                reason: "a base may end with '#' but hold no fragment before its end (every \
                         IRI minted from it would be a fragment of one document)"
                    .into(),
            });
        }
        if iri.contains(['?', ' ']) {
            return Err(BaseError {
                given: iri,
                reason: "a base may not contain a query or spaces".into(),
            });
        }
        Ok(Self(iri))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `base` + `path` as an IRI. `path` must be made of slugs and `/`.
    pub(crate) fn iri(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.0))
    }
}

impl Default for Base {
    fn default() -> Self {
        Self(super::vocab::DEFAULT_BASE.to_owned())
    }
}

/// The slug of a name: its [`fold`]ed form, ASCII letters and digits joined by `-`, other
/// characters percent-encoded, at most 64 bytes. Never empty: a name with nothing to keep
/// gets `x-` and a hash of the name.
///
/// ```
/// use talkgraph::rdf::slug;
/// assert_eq!(slug("Sicun (Sean) Gao"), "sicun-sean-gao");
/// assert_eq!(slug("ETH Zürich"), "eth-zurich");
/// assert_eq!(slug("张伟"), "%E5%BC%A0%E4%BC%9F");
/// assert_eq!(slug("!!!"), slug("!!!"));
/// ```
pub fn slug(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        let mut piece = String::new();
        for c in word.chars() {
            if c.is_ascii_alphanumeric() {
                piece.push(c);
            } else {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(piece, "%{b:02X}");
                }
            }
        }
        if !out.is_empty() && out.len() + 1 + piece.len() > MAX_SLUG {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&piece);
        if out.len() >= MAX_SLUG {
            break;
        }
    }
    if out.is_empty() {
        format!("x-{:016x}", fnv1a(name.as_bytes()))
    } else {
        out
    }
}

/// FNV-1a, 64 bits: stable across versions and platforms (unlike `std`'s hasher).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The `file:` IRI of a path (made absolute against the current directory), percent-encoded.
pub fn file_iri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.to_string_lossy();
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"/-._~".contains(&b);
        if keep {
            out.push(char::from(b));
        } else if b == b'\\' && cfg!(windows) {
            out.push('/'); // the path separator there; elsewhere a character of the name
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The local part of an IRI after its last `/` or `#`.
pub(crate) fn last_segment(iri: &str) -> &str {
    iri.rsplit(['/', '#']).next().unwrap_or(iri)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_hold_no_fragment_and_file_names_keep_backslashes() {
        assert!(Base::new("https://example.org/talks#here/").is_err());
        assert!(Base::new("https://example.org/ns#").is_ok());
        #[cfg(unix)]
        assert!(file_iri(Path::new("/tmp/a\\b.txt")).ends_with("/tmp/a%5Cb.txt"));
    }

    #[test]
    fn slugs_are_short_and_cut_at_words() {
        let long =
            "Flat Minima and Generalization: from Matrix Sensing to Neural Networks and Beyond";
        let s = slug(long);
        assert!(s.len() <= MAX_SLUG, "{s}");
        assert!(s.starts_with("flat-minima-and-generalization-from-matrix"));
        assert!(!s.ends_with('-'));
        assert_eq!(slug("UC San Diego"), slug("U.C. San Diego"));
        assert!(slug("🙂").starts_with("x-"), "nothing to keep: a hash");
        assert!(slug("").starts_with("x-"));
    }

    #[test]
    fn file_iris_are_absolute_and_encoded() {
        let iri = file_iri(Path::new("/tmp/my talks/list#1.txt"));
        assert_eq!(iri, "file:///tmp/my%20talks/list%231.txt");
        assert!(NamedNode::new(file_iri(Path::new("relative.txt"))).is_ok());
    }

    #[test]
    fn bases() {
        assert_eq!(
            Base::new("https://e.org/x#").unwrap().as_str(),
            "https://e.org/x#"
        );
        assert!(Base::new("not an iri").is_err());
        assert!(Base::new("").is_err());
        assert!(Base::new("https://e.org/?q=1").is_err());
    }
}
