//! talkgraph turns listings of recorded academic talks into a queryable knowledge graph.
//!
//! # Overview
//!
//! The pipeline has one module per stage:
//!
//! - [`read`]: listings from files or standard input, decoded, line numbers kept ([`read::Source`]);
//! - [`extract`]: talks, speakers, affiliations, roles, series and segments ([`extract::Extractor`]);
//! - [`resolve`]: the institution gazetteer and name folding ([`resolve::Gazetteer`]);
//! - [`model`]: the records extraction produces ([`model::Extraction`]);
//! - [`cli`]: the `talkgraph` command, a thin layer over the above.
//!
//! # Example: extract the talks of a listing
//!
//! ```
//! use talkgraph::{extract::Extractor, read::Source};
//!
//! let listing = "Linear Bregman Divergence Control\nBabak Hassibi, Caltech\n";
//! let doc = Extractor::new()?.extract(&Source::from_text("talks.txt", listing));
//! let talk = &doc.talks[0];
//! assert_eq!(talk.title, "Linear Bregman Divergence Control");
//! let caltech = &talk.speakers[0].affiliations[0];
//! assert_eq!(caltech.label.as_deref(), Some("California Institute of Technology"));
//! # Result::<_, Box<dyn std::error::Error>>::Ok(())
//! ```

pub mod cli;
pub mod error;
pub mod extract;
pub mod generate;
pub mod model;
pub mod read;
pub mod resolve;

pub use error::Error;
