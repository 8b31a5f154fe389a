//! The records that extraction produces: documents, talks, speakers, affiliations.
//!
//! These are plain data with `serde` derives; `talkgraph extract --format json` prints an
//! [`Extraction`] as is, so the field names here are the JSON format documented in README.

use serde::{Deserialize, Serialize};

/// Everything extracted from one run: one [`DocumentRecord`] per input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub documents: Vec<DocumentRecord>,
}

/// The records of one listing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// The source as given on the command line (`-` for standard input).
    pub source: String,
    /// The listing's heading, when it has one.
    pub title: Option<String>,
    pub talks: Vec<Talk>,
    pub warnings: Vec<Warning>,
}

/// A talk, a session of a school, or a segment inside a session.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Talk {
    /// The title as written (quotes, bullets, numbering and labels removed).
    pub title: String,
    /// The series this talk is part of, when the listing shows one.
    pub series: Option<String>,
    /// `n` of "part n of m".
    pub part: Option<u32>,
    /// `m` of "part n of m".
    pub part_count: Option<u32>,
    pub speakers: Vec<Speaker>,
    /// The abstract, paragraphs joined with blank lines.
    #[serde(rename = "abstract")]
    pub abstract_text: Option<String>,
    /// Labels of the topics the talk is about (filled by topic tagging).
    pub topics: Vec<String>,
    /// A segment's start offset as written (`01:51:00`).
    pub start: Option<String>,
    /// The start offset in seconds, under the rule documented in `extract::time`.
    pub start_seconds: Option<u64>,
    /// A date line or schedule time given for the talk, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Talks inside a session (timestamped segments), same shape.
    pub segments: Vec<Talk>,
    /// 1-based line where the talk starts.
    pub line: usize,
    /// 1-based last line that belongs to the talk (abstract included).
    pub end_line: usize,
}

/// A person who gave a talk, with the affiliations stated for that talk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    /// Nicknames and other forms of the name ("Sean" for "Sicun (Sean) Gao").
    pub alternate_names: Vec<String>,
    pub affiliations: Vec<Affiliation>,
    /// 1-based line the speaker was read from.
    pub line: usize,
}

/// An institution as stated for a speaker, with the speaker's role there.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Affiliation {
    /// The institution as written.
    pub name: String,
    /// The role as written ("Associate Professor"), when given.
    pub role: Option<String>,
    /// The canonical name from the gazetteer, when the institution is known.
    pub label: Option<String>,
    /// The gazetteer IRI of the institution, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iri: Option<String>,
    /// A department or other unit written before the institution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Something the reader or extractor noticed and wants a person to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// 1-based line, or 0 for the whole document.
    pub line: usize,
    pub message: String,
}

impl Talk {
    /// This talk and its segments, depth first.
    pub fn walk(&self) -> impl Iterator<Item = &Talk> + '_ {
        std::iter::once(self).chain(self.segments.iter())
    }
}

impl Extraction {
    /// All talks and segments of all documents.
    pub fn all_talks(&self) -> impl Iterator<Item = &Talk> + '_ {
        self.documents
            .iter()
            .flat_map(|d| d.talks.iter())
            .flat_map(Talk::walk)
    }
}
