//! The records that extraction produces: documents, talks, speakers, affiliations.
//!
//! These are plain data with `serde` derives; `talkgraph extract --format json` prints an
//! [`Extraction`] as is, so the field names here are the JSON format documented in README.

use std::io::Write;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Talks serialised at a time by [`Extraction::write_json`]; their text is held in memory.
const TALKS_PER_BLOCK: usize = 16_384;

/// Talks per rayon task in [`Extraction::write_json`].
const TALKS_PER_TASK: usize = 256;

/// Writes `"name": value` on a new line indented as `newline` says (a newline, then spaces).
fn write_field<W: Write + ?Sized>(
    out: &mut W,
    name: &str,
    value: &impl Serialize,
    newline: &str,
) -> std::io::Result<()> {
    out.write_all(newline.as_bytes())?;
    serde_json::to_writer(&mut *out, name)?;
    out.write_all(b": ")?;
    write_indented(out, value, newline)
}

/// Writes `value` as indented JSON whose lines after the first are indented as `newline`
/// says. JSON strings hold no raw line breaks, so every one in the text is indentation.
fn write_indented<W: Write + ?Sized>(
    out: &mut W,
    value: &impl Serialize,
    newline: &str,
) -> std::io::Result<()> {
    let text = serde_json::to_vec_pretty(value)?;
    let mut rest = text.as_slice();
    while let Some(at) = memchr::memchr(b'\n', rest) {
        out.write_all(&rest[..at])?;
        out.write_all(newline.as_bytes())?;
        rest = &rest[at + 1..];
    }
    out.write_all(rest)
}

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
    /// Other forms of the affiliation: as written with its unit ("Department of Physics,
    /// University of Oxford"), when the unit was set apart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternate_names: Vec<String>,
}

impl Affiliation {
    /// Sets the unit written before the institution ("Department of Physics, University of
    /// Oxford"), keeping the whole as an alternate name.
    pub fn set_unit(&mut self, unit: String) {
        self.alternate_names = vec![format!("{unit}, {}", self.name)];
        self.unit = Some(unit);
    }
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
    /// Writes the extraction as indented JSON: byte for byte what
    /// `serde_json::to_writer_pretty` writes, but the talks are serialised in parallel, a
    /// block at a time (so the text held in memory stays small), and written in order.
    ///
    /// ```
    /// use talkgraph::model::{DocumentRecord, Extraction, Talk};
    /// let extraction = Extraction {
    ///     documents: vec![DocumentRecord {
    ///         source: "talks.txt".into(),
    ///         talks: vec![Talk { title: "Hunting the Hessian".into(), line: 1, ..Talk::default() }],
    ///         ..DocumentRecord::default()
    ///     }],
    /// };
    /// let mut out = Vec::new();
    /// extraction.write_json(&mut out)?;
    /// assert_eq!(out, serde_json::to_vec_pretty(&extraction)?);
    /// # Result::<_, Box<dyn std::error::Error>>::Ok(())
    /// ```
    pub fn write_json<W: Write + ?Sized>(&self, out: &mut W) -> std::io::Result<()> {
        // The nesting is {"documents": [{"talks": [talk, …], …}, …]}: a document's fields
        // are indented by 6 spaces, a talk by 8.
        const FIELD: &str = "\n      ";
        const TALK: &str = "\n        ";
        if self.documents.is_empty() {
            return out.write_all(b"{\n  \"documents\": []\n}");
        }
        out.write_all(b"{\n  \"documents\": [")?;
        for (i, doc) in self.documents.iter().enumerate() {
            out.write_all(if i == 0 { b"\n    {" } else { b",\n    {" })?;
            write_field(out, "source", &doc.source, FIELD)?;
            out.write_all(b",")?;
            write_field(out, "title", &doc.title, FIELD)?;
            out.write_all(b",")?;
            out.write_all(FIELD.as_bytes())?;
            out.write_all(b"\"talks\": [")?;
            for (b, block) in doc.talks.chunks(TALKS_PER_BLOCK).enumerate() {
                let texts: Vec<Vec<u8>> = block
                    .par_chunks(TALKS_PER_TASK)
                    .enumerate()
                    .map(|(c, talks)| {
                        let mut text = Vec::new();
                        for (t, talk) in talks.iter().enumerate() {
                            // every talk but the document's first follows a comma
                            if (b, c, t) != (0, 0, 0) {
                                text.push(b',');
                            }
                            text.extend_from_slice(TALK.as_bytes());
                            write_indented(&mut text, talk, TALK)?;
                        }
                        Ok(text)
                    })
                    .collect::<std::io::Result<_>>()?;
                for text in texts {
                    out.write_all(&text)?;
                }
            }
            if !doc.talks.is_empty() {
                out.write_all(FIELD.as_bytes())?;
            }
            out.write_all(b"],")?;
            write_field(out, "warnings", &doc.warnings, FIELD)?;
            out.write_all(b"\n    }")?;
        }
        out.write_all(b"\n  ]\n}")
    }

    /// All talks and segments of all documents.
    pub fn all_talks(&self) -> impl Iterator<Item = &Talk> + '_ {
        self.documents
            .iter()
            .flat_map(|d| d.talks.iter())
            .flat_map(Talk::walk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talk(n: usize) -> Talk {
        Talk {
            title: format!("Talk \"{n}\"\nwith a line break"),
            speakers: vec![Speaker {
                name: format!("Speaker {n}"),
                alternate_names: vec!["S".into()],
                affiliations: vec![Affiliation {
                    name: "MIT".into(),
                    role: Some("Professor".into()),
                    ..Affiliation::default()
                }],
                line: n,
            }],
            segments: if n.is_multiple_of(7) {
                vec![Talk::default()]
            } else {
                Vec::new()
            },
            line: n,
            ..Talk::default()
        }
    }

    fn document(talks: usize, warnings: usize) -> DocumentRecord {
        DocumentRecord {
            source: format!("doc-{talks}.txt"),
            title: talks.is_multiple_of(2).then(|| "A heading".into()),
            talks: (0..talks).map(talk).collect(),
            warnings: (0..warnings)
                .map(|line| Warning {
                    line,
                    message: "check this".into(),
                })
                .collect(),
        }
    }

    #[test]
    fn json_is_what_serde_json_writes() {
        let cases = [
            Extraction::default(),
            Extraction {
                documents: vec![document(0, 0)],
            },
            Extraction {
                documents: vec![document(1, 2), document(0, 1), document(3, 0)],
            },
            // more talks than a rayon task and than a block takes
            Extraction {
                documents: vec![
                    document(TALKS_PER_BLOCK + TALKS_PER_TASK + 3, 1),
                    document(2, 0),
                ],
            },
        ];
        for extraction in cases {
            let mut ours = Vec::new();
            extraction.write_json(&mut ours).unwrap();
            let theirs = serde_json::to_vec_pretty(&extraction).unwrap();
            assert!(
                ours == theirs,
                "{} documents: {}",
                extraction.documents.len(),
                String::from_utf8_lossy(&ours[..ours.len().min(400)])
            );
        }
    }
}
