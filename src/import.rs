//! Import: RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) into the store.
//!
//! The entry point is [`import`]. Each file goes into a named graph of its own,
//! `<BASE graph/import/SLUG>` where SLUG is the slug of the file name without its extension
//! (`dblp-extract.ttl` → `…/graph/import/dblp-extract`, standard input → `…/graph/import/stdin`),
//! unless [`ImportOptions::graph`] names one graph for every file. The statements of a dataset
//! format (N-Quads, TriG, JSON-LD) that are in a named graph keep that graph; those in its
//! default graph go to the file's graph. Every graph an import writes is **replaced**, so
//! importing a file again gives the same store.
//!
//! Every file is parsed before anything is written: a syntax error in any of them (reported with
//! file, line and column) leaves the store as it was. The quads are then written in one
//! transaction, or above [`BULK_THRESHOLD`](crate::store::BULK_THRESHOLD) quads with Oxigraph's
//! bulk loader (see [`GraphStore::replace_graphs`]).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSyntaxError};
use oxigraph::model::{GraphName, NamedNode, Quad};

use crate::rdf::{slug, Base};
use crate::store::{GraphStore, StoreError, META_GRAPH};

/// Importing failed; the store is unchanged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    // the message carries the error's text; not also a source, or `{:#}` prints it twice
    #[error("{source_name}: {error}")]
    Io {
        source_name: String,
        error: std::io::Error,
    },
    #[error(
        "{source_name}: cannot tell the RDF format from the file name; give --format \
         (turtle, ntriples, nquads, trig, rdfxml, jsonld)"
    )]
    UnknownFormat { source_name: String },
    #[error("{source_name}:{line}:{column}: {message}")]
    Syntax {
        source_name: String,
        line: u64,
        column: u64,
        message: String,
    },
    #[error("{source_name}: {message}")]
    Invalid {
        source_name: String,
        message: String,
    },
    #[error(
        "{first} and {second} would both go into <{graph}>; import one of them with --graph IRI"
    )]
    SameGraph {
        first: String,
        second: String,
        graph: String,
    },
    #[error("<{0}> is talkgraph's own bookkeeping graph; import into another graph")]
    Reserved(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where a file's statements come from.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file on disk.
    Path(PathBuf),
    /// Bytes already read (standard input is `Input::Bytes { name: "-", .. }`).
    Bytes { name: String, bytes: Vec<u8> },
}

impl Input {
    /// A path as given on the command line: `-` is standard input, read whole.
    pub fn from_arg(path: &Path) -> Result<Self, ImportError> {
        if path == Path::new("-") {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|error| {
                ImportError::Io {
                    source_name: "-".into(),
                    error,
                }
            })?;
            return Ok(Self::Bytes {
                name: "-".into(),
                bytes,
            });
        }
        Ok(Self::Path(path.to_path_buf()))
    }

    /// The name used in messages and for the graph name.
    pub fn name(&self) -> String {
        match self {
            Self::Path(p) => p.display().to_string(),
            Self::Bytes { name, .. } => name.clone(),
        }
    }
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Mints the default graph names (`<BASE graph/import/SLUG>`).
    pub base: Base,
    /// One graph for every file instead of one each.
    pub graph: Option<NamedNode>,
    /// The format of every file, instead of guessing it from each file's extension.
    pub format: Option<RdfFormat>,
}

/// What one file brought.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FileReport {
    pub source: String,
    /// The graph its default-graph statements went to.
    pub graph: String,
    /// The other (named) graphs it held, for dataset formats.
    pub named_graphs: Vec<String>,
    pub quads: usize,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    pub files: Vec<FileReport>,
    /// Every graph written (replaced), sorted.
    pub graphs: Vec<String>,
    /// Graphs that existed before and were replaced.
    pub replaced: Vec<String>,
    pub quads: usize,
    /// Whether Oxigraph's bulk loader wrote them.
    pub bulk: bool,
}

/// The format of a file name by its extension, if it says: `ttl`/`turtle`, `nt`/`ntriples`,
/// `nq`/`nquads`, `trig`, `rdf`/`owl`/`xml`, `jsonld`/`json`.
pub fn format_of(path: &Path) -> Option<RdfFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match extension.as_str() {
        "ttl" | "turtle" => RdfFormat::Turtle,
        "nt" | "ntriples" => RdfFormat::NTriples,
        "nq" | "nquads" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "rdf" | "owl" | "xml" => RdfFormat::RdfXml,
        "jsonld" | "json" => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        _ => return None,
    })
}

/// The graph a file goes to by default: `<BASE graph/import/SLUG>`, SLUG the slug of the file
/// name without extension, `stdin` for `-`.
///
/// ```
/// use talkgraph::import::default_graph;
/// use talkgraph::rdf::Base;
/// let g = default_graph(&Base::default(), "data/DBLP Extract.ttl");
/// assert_eq!(g.as_str(), "https://w3id.org/talkgraph/graph/import/dblp-extract");
/// assert_eq!(default_graph(&Base::default(), "-").as_str(), "https://w3id.org/talkgraph/graph/import/stdin");
/// ```
pub fn default_graph(base: &Base, source_name: &str) -> NamedNode {
    let stem = if source_name == "-" {
        "stdin".to_owned()
    } else {
        Path::new(source_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| source_name.to_owned())
    };
    base.iri(&format!("graph/import/{}", slug(&stem)))
}

/// Parses every input, then replaces the graphs they fill, all in one atomic step.
pub fn import(
    store: &GraphStore,
    inputs: &[Input],
    options: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    let mut quads = Vec::new();
    let mut files = Vec::new();
    let mut targets: Vec<(NamedNode, String)> = Vec::new();
    for input in inputs {
        let name = input.name();
        let graph = match &options.graph {
            Some(g) => g.clone(),
            None => default_graph(&options.base, &name),
        };
        if options.graph.is_none() {
            if let Some((_, first)) = targets.iter().find(|(g, _)| *g == graph) {
                return Err(ImportError::SameGraph {
                    first: first.clone(),
                    second: name,
                    graph: graph.as_str().to_owned(),
                });
            }
        }
        targets.push((graph.clone(), name.clone()));
        let before = quads.len();
        let named = parse_into(input, &name, &graph, options.format, &mut quads)?;
        files.push(FileReport {
            source: name,
            graph: graph.as_str().to_owned(),
            named_graphs: named.into_iter().collect(),
            quads: quads.len() - before,
        });
    }
    let mut graphs: BTreeSet<String> = BTreeSet::new();
    for file in &files {
        graphs.insert(file.graph.clone());
        graphs.extend(file.named_graphs.iter().cloned());
    }
    if graphs.contains(META_GRAPH) {
        return Err(ImportError::Reserved(META_GRAPH.to_owned()));
    }
    let nodes: Vec<NamedNode> = graphs.iter().map(NamedNode::new_unchecked).collect();
    let mut replaced = Vec::new();
    for node in &nodes {
        if store.contains_graph(node)? {
            replaced.push(node.as_str().to_owned());
        }
    }
    let count = quads.len();
    let outcome = store.replace_graphs(&nodes, quads)?;
    store.flush()?;
    Ok(ImportReport {
        files,
        graphs: graphs.into_iter().collect(),
        replaced,
        quads: count,
        bulk: outcome.bulk,
    })
}

/// Parses one input into `quads`, its default graph as `graph`; returns the other graphs it named.
fn parse_into(
    input: &Input,
    name: &str,
    graph: &NamedNode,
    format: Option<RdfFormat>,
    quads: &mut Vec<Quad>,
) -> Result<BTreeSet<String>, ImportError> {
    let format = match (format, input) {
        (Some(f), _) => f,
        (None, Input::Path(p)) => format_of(p).ok_or_else(|| ImportError::UnknownFormat {
            source_name: name.to_owned(),
        })?,
        (None, Input::Bytes { .. }) => {
            return Err(ImportError::UnknownFormat {
                source_name: name.to_owned(),
            })
        }
    };
    let owned;
    let bytes: &[u8] = match input {
        Input::Path(p) => {
            owned = std::fs::read(p).map_err(|error| ImportError::Io {
                source_name: name.to_owned(),
                error,
            })?;
            &owned
        }
        Input::Bytes { bytes, .. } => bytes,
    };
    let mut parser =
        RdfParser::from_format(format).with_default_graph(GraphName::NamedNode(graph.clone()));
    if let Input::Path(p) = input {
        // Relative IRIs resolve against the file's own location, as a browser would.
        parser =
            parser
                .with_base_iri(crate::rdf::file_iri(p))
                .map_err(|e| ImportError::Invalid {
                    source_name: name.to_owned(),
                    message: e.to_string(),
                })?;
    }
    let mut named = BTreeSet::new();
    for quad in parser.for_slice(bytes) {
        let quad = quad.map_err(|e| parse_error(name, e))?;
        if let GraphName::NamedNode(g) = &quad.graph_name {
            if g != graph {
                named.insert(g.as_str().to_owned());
            }
        } else if let GraphName::BlankNode(_) = &quad.graph_name {
            return Err(ImportError::Invalid {
                source_name: name.to_owned(),
                message: "a graph named by a blank node cannot be kept in the store; name it \
                          with an IRI"
                    .into(),
            });
        }
        quads.push(quad);
    }
    Ok(named)
}

fn parse_error(name: &str, error: RdfSyntaxError) -> ImportError {
    let (line, column) = error
        .location()
        .map_or((0, 0), |l| (l.start.line + 1, l.start.column + 1));
    ImportError::Syntax {
        source_name: name.to_owned(),
        line,
        column,
        message: syntax_message(&error.to_string()),
    }
}

/// The parser's message without its own "at line … column …" prefix (the location is ours).
fn syntax_message(text: &str) -> String {
    match text.split_once(": ") {
        Some((head, rest)) if head.contains("line") => rest.to_owned(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(name: &str, text: &str) -> Input {
        Input::Bytes {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn turtle() -> ImportOptions {
        ImportOptions {
            format: Some(RdfFormat::Turtle),
            ..ImportOptions::default()
        }
    }

    #[test]
    fn import_a_file_into_its_own_graph_and_again_replaces_it() {
        let store = GraphStore::memory().unwrap();
        let input = bytes("people.ttl", "<https://e.org/a> <https://e.org/p> 1, 2 .");
        let report = import(&store, &[input], &turtle()).unwrap();
        let g = "https://w3id.org/talkgraph/graph/import/people";
        assert_eq!(report.graphs, [g]);
        assert_eq!(report.quads, 2);
        assert!(report.replaced.is_empty());
        let input = bytes("people.ttl", "<https://e.org/a> <https://e.org/p> 3 .");
        let report = import(&store, &[input], &turtle()).unwrap();
        assert_eq!(report.replaced, [g]);
        let info = store.graph_info(&NamedNode::new_unchecked(g)).unwrap();
        assert_eq!(info.unwrap().triples, 1);
    }

    #[test]
    fn import_a_syntax_error_names_file_line_and_column_and_writes_nothing() {
        let store = GraphStore::memory().unwrap();
        let good = bytes("good.ttl", "<https://e.org/a> <https://e.org/p> 1 .");
        let bad = bytes(
            "bad.ttl",
            "<https://e.org/a> <https://e.org/p> 1 .\n<https://e.org/b> <https://e.org/p> <no space> .\n",
        );
        let before = store.len().unwrap();
        let err = import(&store, &[good, bad], &turtle()).unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("bad.ttl:2:"), "{text}");
        assert_eq!(store.len().unwrap(), before);
    }

    #[test]
    fn import_dataset_formats_keep_their_named_graphs() {
        let store = GraphStore::memory().unwrap();
        let trig = "<https://e.org/a> <https://e.org/p> 1 .\n\
                    <https://e.org/g> { <https://e.org/b> <https://e.org/p> 2 . }";
        let options = ImportOptions {
            format: Some(RdfFormat::TriG),
            ..ImportOptions::default()
        };
        let report = import(&store, &[bytes("x.trig", trig)], &options).unwrap();
        assert_eq!(
            report.graphs,
            [
                "https://e.org/g",
                "https://w3id.org/talkgraph/graph/import/x"
            ]
        );
        assert_eq!(report.files[0].named_graphs, ["https://e.org/g"]);
    }

    #[test]
    fn import_two_files_of_one_name_are_refused_unless_one_graph_is_given() {
        let store = GraphStore::memory().unwrap();
        let a = bytes("a/x.ttl", "<https://e.org/a> <https://e.org/p> 1 .");
        let b = bytes("b/x.ttl", "<https://e.org/a> <https://e.org/p> 2 .");
        let err = import(&store, &[a.clone(), b.clone()], &turtle()).unwrap_err();
        assert!(err.to_string().contains("--graph"), "{err}");
        let options = ImportOptions {
            graph: Some(NamedNode::new_unchecked("https://e.org/both")),
            ..turtle()
        };
        let report = import(&store, &[a, b], &options).unwrap();
        assert_eq!(report.graphs, ["https://e.org/both"]);
        assert_eq!(report.quads, 2);
    }

    #[test]
    fn import_format_by_extension() {
        assert_eq!(format_of(Path::new("a.TTL")), Some(RdfFormat::Turtle));
        assert_eq!(format_of(Path::new("a.nq")), Some(RdfFormat::NQuads));
        assert_eq!(format_of(Path::new("a.owl")), Some(RdfFormat::RdfXml));
        // a listing is not N-Triples
        assert_eq!(format_of(Path::new("talks.txt")), None);
        let store = GraphStore::memory().unwrap();
        let err = import(&store, &[bytes("-", "")], &ImportOptions::default()).unwrap_err();
        assert!(err.to_string().contains("--format"), "{err}");
    }

    #[test]
    fn import_refuses_the_bookkeeping_graph() {
        let store = GraphStore::memory().unwrap();
        let options = ImportOptions {
            graph: Some(NamedNode::new_unchecked(META_GRAPH)),
            ..turtle()
        };
        let input = bytes("x.ttl", "<https://e.org/a> <https://e.org/p> 1 .");
        assert!(matches!(
            import(&store, &[input], &options),
            Err(ImportError::Reserved(_))
        ));
    }
}
