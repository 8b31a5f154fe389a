//! Command-line arguments (clap). Converted into library calls in [`super::run`].

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Turn listings of recorded academic talks into a queryable knowledge graph.
///
/// talkgraph reads plain-text listings of talks (titles, speakers with their institutions and
/// roles, abstracts, series and timestamped sessions), extracts typed records from them, and
/// keeps them as an RDF knowledge graph in an embedded Oxigraph store that SPARQL queries,
/// exports and network statistics read.
#[derive(Debug, Parser)]
#[command(name = "talkgraph", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// Add institutions from a Turtle gazetteer in the shape of ontology/institutions.ttl
    /// (may be repeated; entries with the same IRI replace the built-in ones)
    #[arg(long, global = true, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,

    /// Tag topics with this SKOS concept scheme (Turtle) instead of the built-in
    /// ontology/topics.ttl
    #[arg(long, global = true, value_name = "FILE")]
    pub topics: Option<PathBuf>,

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

    /// Build or update the knowledge graph of listings in a store
    ///
    /// Extracts each FILE (`-` for standard input), resolves people, institutions and topics,
    /// and writes one named graph per file into the store, each in one atomic step. Unchanged
    /// files are skipped; changed ones replace their graph. Prints a summary of the whole store.
    /// Exit status: 0 on success, 1 when a file could not be read (the others are built),
    /// 2 for other errors.
    Build(BuildArgs),

    /// Run a SPARQL query (or a named query from queries/) over the store
    ///
    /// QUERY is SPARQL text, the name of a shipped query (run `talkgraph query --list`), or `-`
    /// for standard input; or give -f FILE. The default graph is the union of all graphs.
    Query(QueryArgs),

    /// Write the graph as Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD
    ///
    /// Output is sorted and deterministic. Turtle, N-Triples and RDF/XML hold the union of all
    /// graphs (or --graph); N-Quads, TriG and JSON-LD keep the named graphs.
    Export(ExportArgs),

    /// Remove sources (their named graphs) from the store
    ///
    /// SOURCE is a file as given to build, or a graph IRI.
    Remove(RemoveArgs),

    /// Check the store against SHACL shapes (the built-in ontology/shapes.ttl by default)
    ///
    /// Prints every violation (focus node, property, constraint, message). Exit status 0 when
    /// the store conforms, 1 when it does not.
    Validate(ValidateArgs),

    /// Statistics of the speaker–institution network read from the store
    ///
    /// For the bipartite graph (speakers – institutions) and its projections (institutions
    /// sharing speakers, speakers sharing institutions, co-presenters): sizes, density,
    /// components, degree distributions, top nodes by degree, weighted degree, betweenness,
    /// closeness and eigenvector centrality, clustering, transitivity, communities (label
    /// propagation) with modularity, and speakers who bridge institutions. Betweenness and
    /// closeness are exact up to --exact-limit nodes; larger graphs use --samples pivots spread
    /// evenly over the nodes (betweenness scaled by n/k, closeness estimated from the pivots'
    /// distances, Eppstein–Wang).
    Stats(StatsArgs),

    /// Export the network for Gephi, NetworkX, Graphviz or d3
    Network(NetworkArgs),

    /// Write a self-contained HTML report of the store
    ///
    /// One page with inline CSS and SVG, nothing fetched: the headline numbers and build time,
    /// a force-directed picture of the speaker–institution network (colour = community, size =
    /// degree) and of institutions tied by shared speakers, bar charts of talks per institution
    /// and per topic, and tables of series and sessions in order, co-affiliations, speakers with
    /// several affiliations, unresolved institutions and sources. The same store gives the same
    /// page, byte for byte.
    Report(ReportArgs),

    /// Serve the store over HTTP: a SPARQL 1.1 Protocol endpoint, the Graph Store Protocol and
    /// a query page
    ///
    /// Routes: /sparql (GET or POST a query; content negotiation for every SPARQL results and
    /// RDF format), /store?graph=IRI or /store?default (a graph), /graphs (the list), / (a query
    /// page with the named queries), /report (the HTML report). Listens on 127.0.0.1:7878
    /// (loopback only) unless --bind says otherwise. The store is opened read-only and seen as
    /// it was at start (restart after a build) unless --allow-update, which opens it for writing
    /// and accepts SPARQL Update and Graph Store PUT/POST/DELETE from requests that carry
    /// `Authorization: Bearer TOKEN`, TOKEN read from the environment variable named by
    /// --token-env. SERVICE is off. One log line per request on standard error. Stops on
    /// Ctrl-C or SIGTERM after answering the requests it has read.
    Serve(ServeArgs),

    /// Load RDF files (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD) into the store
    ///
    /// Each FILE (`-` for standard input) goes into a named graph of its own,
    /// <BASE graph/import/NAME> (NAME: the file name without extension), or all into --graph.
    /// Named graphs in N-Quads, TriG and JSON-LD keep their names. Every graph written is
    /// replaced. All files are parsed before anything is written: a syntax error (file, line,
    /// column) leaves the store as it was. Large imports use Oxigraph's bulk loader.
    Import(ImportArgs),

    /// Send the store's graphs to a triplestore over the SPARQL 1.1 Graph Store Protocol
    ///
    /// Each named graph (or --graph IRI) is sent with PUT ?graph=IRI, replacing the remote
    /// graph, in chunks of --chunk-triples (the first with PUT, the rest with POST; blank nodes
    /// become skolem IRIs so no chunk splits one). Connection errors and 5xx answers are
    /// retried with backoff. With --query-url, each graph's triples are then counted on the
    /// server and compared with the local count: a mismatch exits with status 1. Passwords and
    /// tokens are read from environment variables only.
    Push(PushArgs),

    /// Write a synthetic listing of N talks (for benchmarks and tests)
    ///
    /// The same N and seed always give the same listing: talks with speakers from a pool of
    /// names and institutions, abstracts, series and timestamped sessions, in varying layouts.
    Generate(GenerateArgs),
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Write to FILE instead of standard output (`-` for standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The page's heading
    #[arg(long, value_name = "TEXT", default_value = "Recorded talks")]
    pub title: String,

    /// Most nodes laid out in each network picture: whole components, largest first, then the
    /// best connected nodes
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub max_nodes: usize,

    /// Nodes named beside them in each picture (the best connected)
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub labels: usize,

    /// Bars in each chart
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub bars: usize,

    /// Most rows in each table
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub max_rows: usize,

    /// Seed of the network layout
    #[arg(long, default_value_t = 1)]
    pub seed: u64,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0 picks a free one, printed at start)
    #[arg(long, value_name = "ADDR", default_value = crate::serve::DEFAULT_BIND)]
    pub bind: String,

    /// Cancel a query after this many seconds and answer 503 (0 = never)
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub timeout: u64,

    /// Requests handled at once (worker threads)
    #[arg(long, value_name = "N", default_value_t = 64)]
    pub threads: usize,

    /// Connections that may wait for a worker; beyond, 503 at once
    #[arg(long, value_name = "N", default_value_t = 256)]
    pub queue: usize,

    /// Largest request body in bytes (413 beyond)
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_body: usize,

    /// Most rows (or triples) in one answer; a cut answer carries X-SPARQL-MaxRows (0 = no limit)
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub max_rows: usize,

    /// Megabytes of answers kept for repeated queries (0 = none); emptied by every write
    #[arg(long, value_name = "MB", default_value_t = 256)]
    pub cache_mb: usize,

    /// Keep the queries whose answers are in the cache in FILE when the server stops, and ask
    /// them again when it starts (FILE need not exist yet): a restarted server answers what its
    /// clients asked last time from its cache at once, instead of computing those answers as the
    /// requests arrive. Requests wait for an answer being computed rather than compute it twice
    #[arg(long, value_name = "FILE")]
    pub warm: Option<PathBuf>,

    /// Answer from a copy of the store in memory, made at start: listing queries (a topic's
    /// talks) run four to five times faster, at the cost of start-up time and RAM (about 1 GB
    /// for 100,000 talks). Read-only: not with --allow-update
    #[arg(long, conflicts_with = "allow_update")]
    pub in_memory: bool,

    /// Accept SPARQL Update and Graph Store writes (needs --token-env)
    #[arg(long, requires = "token_env")]
    pub allow_update: bool,

    /// Name of the environment variable holding the bearer token writes must carry
    #[arg(long, value_name = "VAR")]
    pub token_env: Option<String>,

    /// The base IRI the store was built with (prefixes in Turtle answers)
    #[arg(long, value_name = "IRI", default_value = crate::rdf::vocab::DEFAULT_BASE)]
    pub base: String,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// RDF files (`-` for standard input, which needs --format)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Put every file into this named graph instead of one graph each
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,

    /// The format of every file [default: from each file's extension: .ttl .nt .nq .trig
    /// .rdf/.owl/.xml .jsonld/.json]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<RdfFormatArg>,

    /// Base IRI of the graph names talkgraph mints
    #[arg(long, value_name = "IRI", default_value = crate::rdf::vocab::DEFAULT_BASE)]
    pub base: String,

    #[command(flatten)]
    pub store: StoreArgs,
}

/// The standard RDF formats, as `import` reads them and `export` writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RdfFormatArg {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The Graph Store Protocol URL (Virtuoso: http://HOST:8890/sparql-graph-crud-auth)
    #[arg(long, value_name = "URL")]
    pub endpoint: String,

    /// Push only this named graph (repeat for several); `default` is the default graph
    #[arg(long, value_name = "IRI", conflicts_with = "all")]
    pub graph: Vec<String>,

    /// Push every graph of the store (the default when no --graph is given)
    #[arg(long)]
    pub all: bool,

    /// User name for HTTP Digest or Basic authentication (whichever the server asks for)
    #[arg(long, value_name = "USER", requires = "password_env")]
    pub user: Option<String>,

    /// The environment variable that holds the password
    #[arg(long, value_name = "VAR", requires = "user")]
    pub password_env: Option<String>,

    /// The environment variable that holds a bearer token
    #[arg(long, value_name = "VAR", conflicts_with = "user")]
    pub token_env: Option<String>,

    /// What to send
    #[arg(long, short = 'f', value_enum, default_value = "nt")]
    pub format: PushFormatArg,

    /// Most triples per request (each request costs the server time of its own: fewer,
    /// larger requests are faster; a proxy that limits body sizes needs smaller ones)
    #[arg(long, value_name = "N", default_value_t = crate::push::DEFAULT_CHUNK_TRIPLES)]
    pub chunk_triples: usize,

    /// SPARQL query endpoint on which to count each graph's triples afterwards (Virtuoso:
    /// http://HOST:8890/sparql); without it nothing is verified
    #[arg(long, value_name = "URL")]
    pub query_url: Option<String>,

    /// SPARQL Update endpoint for --staging's MOVE [default: --query-url] (Virtuoso:
    /// http://HOST:8890/sparql-auth)
    #[arg(long, value_name = "URL")]
    pub update_url: Option<String>,

    /// Push each graph into a temporary graph, verify it, then replace the target with SPARQL
    /// MOVE: a push that fails half-way leaves the target as it was
    #[arg(long, requires = "query_url")]
    pub staging: bool,

    /// Print the requests that would be sent, and send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Retries of a request after a connection error or a 5xx answer
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub retries: u32,

    /// Give up on a request after this many seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 600)]
    pub timeout: u64,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PushFormatArg {
    /// N-Triples
    Nt,
    /// Turtle
    Ttl,
}

#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Number of talks
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub talks: usize,

    /// Random seed
    #[arg(long, default_value_t = 42)]
    pub seed: u64,

    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// What part of the store the network covers.
#[derive(Debug, Clone, clap::Args)]
pub struct ScopeArgs {
    /// Only this named graph (one source)
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,

    /// Only the talks of this series (by name) and their segments
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    pub format: StatsFormat,

    /// Length of the top lists
    #[arg(long, value_name = "K", default_value_t = 10)]
    pub top: usize,

    /// Most pairs listed for the speaker-level projections (speakers sharing an institution,
    /// co-presenters and their institutions), heaviest first; 0 lists all. The institution
    /// projection always lists every pair. JSON gives the full count as `pair_count`.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub max_pairs: usize,

    /// Show only these graphs (repeat for several) [default: all]
    #[arg(long, value_enum, value_name = "GRAPH")]
    pub projection: Vec<ProjectionArg>,

    /// Graphs with more nodes than this use pivot sampling for betweenness and closeness
    #[arg(long, value_name = "N", default_value_t = 5000)]
    pub exact_limit: usize,

    /// Number of pivots when sampling
    #[arg(long, value_name = "K", default_value_t = 500)]
    pub samples: usize,

    #[command(flatten)]
    pub scope: ScopeArgs,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct NetworkArgs {
    #[command(subcommand)]
    pub command: NetworkCommand,
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Write one graph of the network as GraphML, GEXF, DOT or node-link JSON
    ///
    /// Node attributes: kind, label, iri, degree, community; edge attributes: weight, newman,
    /// role. GraphML and GEXF open in Gephi and NetworkX; DOT in Graphviz; the JSON is the
    /// node-link shape of d3 (`links`).
    Export(NetworkExportArgs),
}

#[derive(Debug, clap::Args)]
pub struct NetworkExportArgs {
    #[arg(long, short = 'f', value_enum)]
    pub format: NetworkFormatArg,

    /// Which graph
    #[arg(long, value_enum, default_value = "bipartite")]
    pub projection: ProjectionArg,

    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub scope: ScopeArgs,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetworkFormatArg {
    Graphml,
    Gexf,
    Dot,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProjectionArg {
    /// Speakers and institutions, edge = affiliation
    Bipartite,
    /// Institutions, edge = shared speakers
    Institutions,
    /// Speakers, edge = shared institution
    Speakers,
    /// Speakers, edge = gave a talk together
    Copresenters,
    /// Institutions, edge = brought together in one talk
    CopresenterInstitutions,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Shapes to check (Turtle, the SHACL Core subset listed in README)
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: SummaryFormat,

    #[command(flatten)]
    pub store: StoreArgs,
}

/// Where the store is.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// The store folder (created by build)
    #[arg(
        long,
        value_name = "DIR",
        env = "TALKGRAPH_STORE",
        default_value = "talkgraph.db"
    )]
    pub store: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Listings to read (`-` for standard input)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub store: StoreArgs,

    /// Use a throw-away in-memory store (--store and TALKGRAPH_STORE are ignored)
    #[arg(long)]
    pub memory: bool,

    /// Base IRI of the people, talks, series and graphs talkgraph mints
    #[arg(long, value_name = "IRI", default_value = crate::rdf::vocab::DEFAULT_BASE)]
    pub base: String,

    /// Named graph for the file (one FILE only) instead of <BASE graph/NAME>
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,

    /// Rebuild files even when they are unchanged
    #[arg(long)]
    pub force: bool,

    /// Reconcile institutions with a ROR data dump (schema v2 JSON): adds schema:sameAs
    /// <https://ror.org/…>, types and parent organisations; ambiguous names are reported
    #[arg(long, value_name = "FILE")]
    pub ror: Option<PathBuf>,

    /// Write a document estimated above N triples with the bulk loader instead of one
    /// transaction (a transaction holds its changes in memory, ~3 KB per triple). Either way a
    /// document is all there or not at all; replacing a bulk-loaded one is two atomic steps
    #[arg(long, value_name = "N", default_value_t = crate::store::BULK_THRESHOLD)]
    pub bulk_threshold: usize,

    /// Do not keep the N-Triples of bulk-loaded documents in STORE/talkgraph-snapshots/ (they
    /// let `push` send a large graph without reading it back out of the store; they take about
    /// as much disk as the graph's N-Triples)
    #[arg(long)]
    pub no_snapshots: bool,

    /// Summary format
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: SummaryFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// SPARQL text, a named query, or `-` for standard input
    #[arg(value_name = "QUERY", required_unless_present_any = ["file", "list"])]
    pub query: Option<String>,

    /// Read the query from FILE
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with = "query")]
    pub file: Option<PathBuf>,

    /// List the named queries and what they answer
    #[arg(long)]
    pub list: bool,

    /// Result format: table, json, xml, csv, tsv (SELECT/ASK); turtle, ntriples, rdfxml,
    /// jsonld (CONSTRUCT/DESCRIBE)
    #[arg(long, value_enum, default_value = "table")]
    pub format: QueryFormat,

    #[command(flatten)]
    pub store: StoreArgs,

    /// Stop the query after this many seconds (0 = never)
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub timeout: u64,

    /// Most rows shown in table output
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub limit: usize,

    /// Allow SPARQL Update (INSERT, DELETE, LOAD, CLEAR …), which changes the store
    #[arg(long)]
    pub update: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    Table,
    Json,
    Xml,
    Csv,
    Tsv,
    Turtle,
    Ntriples,
    Rdfxml,
    Jsonld,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(long, short = 'f', value_enum, default_value = "turtle")]
    pub format: RdfFormatArg,

    /// Export only this named graph
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,

    /// Write to FILE instead of standard output (`-` for standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The base IRI the store was built with (for the instance prefixes in Turtle)
    #[arg(long, value_name = "IRI", default_value = crate::rdf::vocab::DEFAULT_BASE)]
    pub base: String,

    #[command(flatten)]
    pub store: StoreArgs,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// Files as given to build, or graph IRIs
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<String>,

    /// The base IRI the store was built with
    #[arg(long, value_name = "IRI", default_value = crate::rdf::vocab::DEFAULT_BASE)]
    pub base: String,

    #[command(flatten)]
    pub store: StoreArgs,
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
