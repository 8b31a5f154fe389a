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
//! - [`rdf`]: the mapping of records to RDF quads, one named graph per source ([`rdf::Mapper`]);
//! - [`store`]: the Oxigraph store, the only module that opens one ([`store::GraphStore`]);
//! - [`build`]: extract → resolve → map → load, incrementally ([`build::build`]);
//! - [`query`], [`export`], [`summary`], [`validate`]: SPARQL, RDF serialisations, the numbers
//!   `build` prints, SHACL checks;
//! - [`network`]: the speaker–institution network (petgraph) and its statistics;
//! - [`report`]: the store as one self-contained HTML page, with network pictures laid out in
//!   Rust ([`report::render`]);
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

pub mod build;
pub mod cli;
pub mod error;
pub mod export;
pub mod extract;
pub mod generate;
pub mod import;
pub mod model;
pub mod network;
pub mod push;
pub mod query;
pub mod rdf;
pub mod read;
pub mod report;
pub mod resolve;
pub mod serve;
pub mod snapshot;
pub mod store;
pub mod summary;
pub mod validate;

pub use error::Error;
