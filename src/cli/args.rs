//! Command-line arguments (clap). Converted into library calls in [`super::run`].

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn listings of recorded academic talks into a queryable knowledge graph.
///
/// talkgraph reads plain-text listings of talks (titles, speakers with their institutions and
/// roles, abstracts, series and timestamped sessions) and extracts typed records from them.
#[derive(Debug, Parser)]
#[command(name = "talkgraph", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// Add institutions from a Turtle gazetteer in the shape of ontology/institutions.ttl
    /// (may be repeated; entries with the same IRI replace the built-in ones)
    #[arg(long, global = true, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract talks, speakers, affiliations, series and segments from listings
    ///
    /// Reads each FILE (`-` for standard input), extracts its records and prints them; no store
    /// is touched. Files that cannot be read are reported and skipped. Exit status: 0 when at
    /// least one file was read, 1 when none could be, 2 for other errors (usage, a bad
    /// --gazetteer file, an output file that cannot be written).
    Extract(ExtractArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Listings to read (`-` for standard input)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format [default: text on a terminal, json otherwise]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ExtractFormat>,

    /// Write the output to FILE instead of standard output (`-` for standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// The records as JSON (the format documented in README)
    Json,
    /// A readable outline
    Text,
}
