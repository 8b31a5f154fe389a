//! SPARQL over the store: named queries, evaluation with a timeout, result formats.
//!
//! Queries see the **union of all named graphs** as their default graph (unless they say
//! otherwise with `FROM`/`FROM NAMED`), so `?s ?p ?o` finds every source's triples. The union is
//! a multiset: a statement two sources both make appears twice, so queries that count people or
//! institutions across sources use `DISTINCT`.

use std::io::Write;
use std::sync::mpsc;
use std::time::Duration;

use oxigraph::io::RdfFormat;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, PreparedSparqlQuery, QueryResults, SparqlEvaluator, Variable,
};

use crate::rdf::vocab::PREFIXES;
use crate::store::GraphStore;

macro_rules! named_queries {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!("../queries/", $name, ".rq")))),*]
    };
}

/// The named queries shipped in `queries/`, compiled in: `(name, text)`.
pub const NAMED: &[(&str, &str)] = &named_queries!(
    "speakers-by-institution",
    "series-in-order",
    "co-affiliated-speakers",
    "institutions-by-talks",
    "topics-by-frequency",
    "talks-about-topic",
    "multi-affiliated-speakers",
    "session-segments",
    "talks-without-abstract",
    "unresolved-institutions",
    "person-talks",
    "co-affiliation-network",
    "graphs",
    "summary",
    "extraction-warnings",
);

/// The text of a named query.
pub fn named(name: &str) -> Option<&'static str> {
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, q)| *q)
}

/// Whether `arg` names a query rather than being one: a bare word of letters, digits, `-`
/// and `_` (no SPARQL query is a single such word).
pub fn is_query_name(arg: &str) -> bool {
    !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The text of the query `arg` stands for: a named query from `queries/` when `arg` is a
/// bare word, else `arg` itself.
///
/// ```
/// use talkgraph::query::query_text;
/// assert!(query_text("graphs")?.contains("SELECT"));
/// assert_eq!(query_text("ASK {}")?, "ASK {}");
/// assert!(query_text("no-such-query").is_err());
/// # Ok::<(), talkgraph::query::QueryError>(())
/// ```
pub fn query_text(arg: &str) -> Result<std::borrow::Cow<'_, str>, QueryError> {
    if !is_query_name(arg) {
        return Ok(arg.into());
    }
    named(arg)
        .map(Into::into)
        .ok_or_else(|| QueryError::UnknownName {
            name: arg.to_owned(),
            known: NAMED.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
        })
}

/// The first comment block of a query (its header), without `#`.
pub fn description(query: &str) -> String {
    query
        .lines()
        .map(str::trim)
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect::<Vec<_>>()
        .join(" ")
        .trim()
        .to_owned()
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// Aligned columns for a terminal (SELECT, ASK); Turtle for CONSTRUCT/DESCRIBE.
    Table,
    Json,
    Xml,
    Csv,
    Tsv,
    /// CONSTRUCT/DESCRIBE only.
    Turtle,
    NTriples,
    RdfXml,
    JsonLd,
}

/// Options of one query.
#[derive(Debug, Clone)]
pub struct QueryOptions {
    pub format: ResultFormat,
    /// The query is cancelled after this long.
    pub timeout: Option<Duration>,
    /// Most rows printed in a table (the other formats are complete).
    pub table_limit: usize,
    /// Allow SPARQL Update (INSERT, DELETE, LOAD, CLEAR…).
    pub allow_update: bool,
    /// The dataset to query instead of the query's own `FROM`/`FROM NAMED` (or the union of
    /// all graphs): the SPARQL protocol's `default-graph-uri` and `named-graph-uri`.
    pub dataset: Option<Dataset>,
    /// Most rows (or triples) written in the W3C formats; the rest are counted, not written.
    pub max_rows: Option<usize>,
    /// Formats acceptable to the caller, most wanted first (from an HTTP `Accept` header): the
    /// first that suits the query's kind of result is used instead of `format`, and when none
    /// does the query fails with [`QueryError::NotAcceptable`]. Empty: use `format`.
    pub acceptable: Vec<ResultFormat>,
}

/// A dataset given beside the query, as in the SPARQL 1.1 Protocol.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    /// The graphs merged into the default graph (none: an empty default graph, unless
    /// `named_graphs` is also empty, then the union of all graphs).
    pub default_graphs: Vec<NamedNode>,
    /// The graphs `GRAPH ?g` may match (none: all named graphs).
    pub named_graphs: Vec<NamedNode>,
}

/// What a query's result is: solutions and booleans (SELECT, ASK) or triples (CONSTRUCT,
/// DESCRIBE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultKind {
    Solutions,
    Boolean,
    Graph,
}

impl ResultFormat {
    /// Whether this format can write results of `kind`.
    pub fn suits(self, kind: ResultKind) -> bool {
        match self {
            Self::Table => true,
            Self::Json | Self::Xml | Self::Csv | Self::Tsv => kind != ResultKind::Graph,
            Self::Turtle | Self::NTriples | Self::RdfXml | Self::JsonLd => {
                kind == ResultKind::Graph
            }
        }
    }
}

impl Default for QueryOptions {
    fn default() -> Self {
        Self {
            format: ResultFormat::Table,
            timeout: Some(DEFAULT_TIMEOUT),
            table_limit: 1000,
            allow_update: false,
            dataset: None,
            max_rows: None,
            acceptable: Vec::new(),
        }
    }
}

/// The default query timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// A query that could not be run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error("SPARQL syntax error {position}: {message}\n{excerpt}")]
    Syntax {
        position: String,
        message: String,
        excerpt: String,
    },
    #[error("no named query {name:?}; the named queries are: {known}")]
    UnknownName { name: String, known: String },
    #[error("this is a SPARQL update, and `query` only reads: pass --update to change the store")]
    UpdateRefused,
    #[error("the query ran longer than {0:?} and was stopped (raise --timeout)")]
    Timeout(Duration),
    #[error("SERVICE (federated queries) is off: talkgraph queries only its own store")]
    Service,
    #[error("{format} output is for {kind} results; use {hint}")]
    Format {
        format: &'static str,
        kind: &'static str,
        hint: &'static str,
    },
    #[error("no acceptable format for {0}: ask for one the endpoint writes")]
    NotAcceptable(&'static str),
    #[error("query failed: {0}")]
    Evaluation(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// What a query printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryOutcome {
    /// Solutions: how many there were and how many were written.
    Rows {
        rows: usize,
        shown: usize,
    },
    Boolean(bool),
    /// Triples: how many there were and how many were written.
    Triples {
        triples: usize,
        shown: usize,
    },
    Updated,
}

impl QueryOutcome {
    /// The kind of result, for [`format_for`] (an update counts as a boolean: nothing to write).
    pub fn kind(&self) -> ResultKind {
        match self {
            Self::Rows { .. } => ResultKind::Solutions,
            Self::Boolean(_) | Self::Updated => ResultKind::Boolean,
            Self::Triples { .. } => ResultKind::Graph,
        }
    }

    /// Whether `max_rows` cut the result short.
    pub fn truncated(&self) -> bool {
        match *self {
            Self::Rows { rows, shown } => shown < rows,
            Self::Triples { triples, shown } => shown < triples,
            Self::Boolean(_) | Self::Updated => false,
        }
    }
}

/// Query threads alive: running, or cancelled and not yet stopped.
static QUERY_THREADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many query threads are alive, those abandoned at a timeout included (Oxigraph stops a
/// cancelled query when it next reads the store, which a long join may not do for a while). A
/// server refuses new queries above a bound on this, so timeouts cannot pile up threads.
pub fn query_threads() -> usize {
    QUERY_THREADS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Counts a query thread while it lives.
struct ThreadCount;

impl ThreadCount {
    fn enter() -> Self {
        QUERY_THREADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Self
    }
}

impl Drop for ThreadCount {
    fn drop(&mut self) {
        QUERY_THREADS.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Runs `text` as a SPARQL update on the store (the protocol's update operation): a query, or
/// anything else that does not parse as an update, is a syntax error.
pub fn run_update(store: &GraphStore, text: &str) -> Result<(), QueryError> {
    let token = CancellationToken::new();
    let update = evaluator(&token)
        .parse_update(text)
        .map_err(|e| syntax_error(text, &e.to_string()))?;
    forget_snapshots(store)?;
    update
        .on_store(store.inner())
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))
}

/// An update may change any graph: the snapshots `push` would send go first.
fn forget_snapshots(store: &GraphStore) -> Result<(), QueryError> {
    store
        .forget_snapshots()
        .map_err(|e| QueryError::Evaluation(e.to_string()))
}

/// Parses `text` as a query (or, when allowed, an update) and writes its results to `out`.
pub fn run(
    store: &GraphStore,
    text: &str,
    options: &QueryOptions,
    out: &mut dyn Write,
) -> Result<QueryOutcome, QueryError> {
    let token = CancellationToken::new();
    let prepared = match evaluator(&token).parse_query(text) {
        Ok(p) => p,
        Err(query_error) => {
            return match evaluator(&token).parse_update(text) {
                Ok(_) if !options.allow_update => Err(QueryError::UpdateRefused),
                Ok(update) => {
                    forget_snapshots(store)?;
                    update
                        .on_store(store.inner())
                        .execute()
                        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
                    Ok(QueryOutcome::Updated)
                }
                Err(_) => Err(syntax_error(text, &query_error.to_string())),
            };
        }
    };
    let Some(limit) = options.timeout else {
        return execute(store, prepared, options, out);
    };
    // The query runs on its own thread and streams its output here in chunks; when the time
    // is up, the query is cancelled (Oxigraph checks the token as it reads quads) and
    // abandoned (a CPU-bound join may not look at the token for a long while): the caller gets
    // its answer on time either way, and the CLI exits, taking the thread with it.
    let (tx, rx) = mpsc::sync_channel::<Message>(16);
    let worker_store = store.clone();
    let worker_options = options.clone();
    let count = ThreadCount::enter();
    let worker = std::thread::Builder::new()
        .name("talkgraph-query".into())
        .spawn(move || {
            let _count = count;
            let mut writer = ChannelWriter {
                tx: tx.clone(),
                buffer: Vec::with_capacity(CHUNK),
            };
            let result = execute(&worker_store, prepared, &worker_options, &mut writer)
                .and_then(|outcome| writer.flush().map(|()| outcome).map_err(QueryError::from));
            let _ = tx.send(Message::Done(result));
        })?;
    let deadline = std::time::Instant::now() + limit;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(Message::Data(chunk)) => out.write_all(&chunk)?,
            Ok(Message::Done(result)) => {
                let _ = worker.join();
                return result;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                token.cancel();
                return Err(QueryError::Timeout(limit));
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(QueryError::Evaluation("the query thread stopped".into()));
            }
        }
    }
}

/// Output chunks of a query running on its own thread.
enum Message {
    Data(Vec<u8>),
    Done(Result<QueryOutcome, QueryError>),
}

const CHUNK: usize = 1 << 16;

/// Sends what is written, in chunks, to the thread that waits for the query.
struct ChannelWriter {
    tx: mpsc::SyncSender<Message>,
    buffer: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buffer, Vec::with_capacity(CHUNK));
        self.tx
            .send(Message::Data(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "query abandoned"))
    }
}

fn evaluator(token: &CancellationToken) -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new().with_cancellation_token(token.clone());
    for (prefix, iri) in PREFIXES {
        if let Ok(with) = e.clone().with_prefix(*prefix, *iri) {
            e = with;
        }
    }
    e
}

fn execute(
    store: &GraphStore,
    mut prepared: PreparedSparqlQuery,
    options: &QueryOptions,
    out: &mut dyn Write,
) -> Result<QueryOutcome, QueryError> {
    if let Some(dataset) = &options.dataset {
        if dataset.default_graphs.is_empty() && dataset.named_graphs.is_empty() {
            prepared.dataset_mut().set_default_graph_as_union();
        } else {
            let d = prepared.dataset_mut();
            d.set_default_graph(
                dataset
                    .default_graphs
                    .iter()
                    .cloned()
                    .map(Into::into)
                    .collect(),
            );
            if !dataset.named_graphs.is_empty() {
                d.set_available_named_graphs(
                    dataset
                        .named_graphs
                        .iter()
                        .cloned()
                        .map(Into::into)
                        .collect(),
                );
            }
        }
    } else if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let results = prepared
        .on_store(store.inner())
        .execute()
        .map_err(evaluation_error)?;
    match results {
        QueryResults::Solutions(solutions) => {
            let variables: Vec<Variable> = solutions.variables().to_vec();
            let format = match format_for(options, ResultKind::Solutions)? {
                ResultFormat::Table => None,
                ResultFormat::Json => Some(QueryResultsFormat::Json),
                ResultFormat::Xml => Some(QueryResultsFormat::Xml),
                ResultFormat::Csv => Some(QueryResultsFormat::Csv),
                ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
                _ => return Err(solutions_only()),
            };
            match format {
                None => {
                    let mut rows = Vec::new();
                    for solution in solutions {
                        let solution = solution.map_err(evaluation_error)?;
                        rows.push(
                            variables
                                .iter()
                                .map(|v| solution.get(v).map(short).unwrap_or_default())
                                .collect::<Vec<String>>(),
                        );
                    }
                    let total = rows.len();
                    let shown = total.min(options.table_limit);
                    write_table(out, &variables, &rows[..shown])?;
                    if shown < total {
                        writeln!(out, "({total} rows, first {shown} shown; see --limit)")?;
                    }
                    Ok(QueryOutcome::Rows { rows: total, shown })
                }
                Some(format) => {
                    // The serializers write a term in many small pieces: gather them before
                    // they reach `out` (a channel or a socket behind a `dyn Write`).
                    let mut buffered = std::io::BufWriter::with_capacity(CHUNK, &mut *out);
                    let mut writer = QueryResultsSerializer::from_format(format)
                        .serialize_solutions_to_writer(&mut buffered, variables.clone())?;
                    let max = options.max_rows.unwrap_or(usize::MAX);
                    let mut rows = 0;
                    for solution in solutions {
                        let solution = solution.map_err(evaluation_error)?;
                        if rows < max {
                            writer.serialize(&solution)?;
                        }
                        rows += 1;
                    }
                    writer.finish()?;
                    buffered.flush()?;
                    Ok(QueryOutcome::Rows {
                        rows,
                        shown: rows.min(max),
                    })
                }
            }
        }
        QueryResults::Boolean(value) => {
            let format = match format_for(options, ResultKind::Boolean)? {
                ResultFormat::Table => {
                    writeln!(out, "{value}")?;
                    return Ok(QueryOutcome::Boolean(value));
                }
                ResultFormat::Json => QueryResultsFormat::Json,
                ResultFormat::Xml => QueryResultsFormat::Xml,
                ResultFormat::Csv => QueryResultsFormat::Csv,
                ResultFormat::Tsv => QueryResultsFormat::Tsv,
                _ => return Err(solutions_only()),
            };
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(out, value)?;
            Ok(QueryOutcome::Boolean(value))
        }
        QueryResults::Graph(triples) => {
            let format = match format_for(options, ResultKind::Graph)? {
                ResultFormat::Table | ResultFormat::Turtle => RdfFormat::Turtle,
                ResultFormat::NTriples => RdfFormat::NTriples,
                ResultFormat::RdfXml => RdfFormat::RdfXml,
                ResultFormat::JsonLd => RdfFormat::JsonLd {
                    profile: oxigraph::io::JsonLdProfileSet::empty(),
                },
                _ => {
                    return Err(QueryError::Format {
                        format: "this",
                        kind: "SELECT and ASK",
                        hint: "--format turtle, ntriples, rdfxml or jsonld",
                    })
                }
            };
            let max = options.max_rows.unwrap_or(usize::MAX);
            let mut collected = Vec::new();
            let mut count = 0;
            for triple in triples {
                let triple = triple.map_err(evaluation_error)?;
                if count < max {
                    collected.push(triple);
                }
                count += 1;
            }
            let shown = crate::export::write_triples(out, format, collected)?;
            // duplicates are written once: without a cut, what was written is the count
            Ok(QueryOutcome::Triples {
                triples: if count > max { count } else { shown },
                shown,
            })
        }
    }
}

/// The format a result of `kind` is written in: the first acceptable one that suits it, or the
/// format asked for.
pub fn format_for(options: &QueryOptions, kind: ResultKind) -> Result<ResultFormat, QueryError> {
    if options.acceptable.is_empty() {
        return Ok(options.format);
    }
    options
        .acceptable
        .iter()
        .copied()
        .find(|f| f.suits(kind))
        .ok_or(QueryError::NotAcceptable(match kind {
            ResultKind::Graph => "CONSTRUCT and DESCRIBE results",
            _ => "SELECT and ASK results",
        }))
}

fn solutions_only() -> QueryError {
    QueryError::Format {
        format: "RDF",
        kind: "CONSTRUCT and DESCRIBE",
        hint: "--format table, json, xml, csv or tsv",
    }
}

fn evaluation_error(e: oxigraph::sparql::QueryEvaluationError) -> QueryError {
    let text = e.to_string();
    if text.contains("service") || text.contains("SERVICE") {
        QueryError::Service
    } else {
        QueryError::Evaluation(text)
    }
}

/// A syntax error with its position and the offending line marked.
fn syntax_error(text: &str, message: &str) -> QueryError {
    // peg reports "error at LINE:COLUMN: expected …"
    let position = message
        .strip_prefix("error at ")
        .and_then(|rest| rest.split_once(": "))
        .and_then(|(pos, _)| pos.split_once(':'))
        .and_then(|(l, c)| Some((l.parse::<usize>().ok()?, c.parse::<usize>().ok()?)));
    let detail = message
        .strip_prefix("error at ")
        .and_then(|rest| rest.split_once(": "))
        .map_or(message, |(_, m)| m);
    // peg lists every token it could accept, character classes included: keep the start.
    let detail = match detail.char_indices().nth(160) {
        Some((cut, _)) => format!("{} …", detail[..cut].trim_end()),
        None => detail.to_owned(),
    };
    match position {
        Some((line, column)) => {
            let source = text.split('\n').nth(line.saturating_sub(1)).unwrap_or("");
            QueryError::Syntax {
                position: format!("at line {line}, column {column}"),
                message: detail,
                excerpt: excerpt(source, column.saturating_sub(1)),
            }
        }
        None => QueryError::Syntax {
            position: String::new(),
            message: detail,
            excerpt: String::new(),
        },
    }
}

/// The part of `line` around character `at`, at most [`EXCERPT`] characters wide, with a caret
/// under `at`; `…` marks what was cut.
fn excerpt(line: &str, at: usize) -> String {
    let line = line.trim_end_matches('\r');
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let at = at.min(chars.len());
    let start = at.saturating_sub(EXCERPT / 2);
    let end = (start + EXCERPT).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = at - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    format!("  {shown}\n  {}^", " ".repeat(caret))
}

/// Widest excerpt of a query line shown under a syntax error.
const EXCERPT: usize = 100;

/// A term as a person reads it: prefixed IRIs, literal values.
pub fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => abbreviate(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// `schema:name` for `https://schema.org/name`, the IRI itself when no prefix fits.
pub fn abbreviate(iri: &str) -> String {
    for (prefix, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            if !local.is_empty() && !local.contains(['/', '#']) {
                return format!("{prefix}:{local}");
            }
        }
    }
    iri.to_owned()
}

fn write_table(
    out: &mut dyn Write,
    variables: &[Variable],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| truncate(&clean(c), 80)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut text = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            if i + 1 < cells.len() {
                text.push_str(&" ".repeat(w - cell.chars().count()));
            }
        }
        writeln!(out, "{}", text.trim_end())
    };
    line(out, &header)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for row in &rows {
        line(out, row)?;
    }
    Ok(())
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_file_is_compiled_in() {
        let mut files: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/queries"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".rq"))
                .map(|n| n.trim_end_matches(".rq").to_owned())
                .collect();
        files.sort();
        let mut named: Vec<String> = NAMED.iter().map(|(n, _)| (*n).to_owned()).collect();
        named.sort();
        assert_eq!(files, named);
        for (name, text) in NAMED {
            assert!(
                !description(text).is_empty(),
                "{name} has no header comment"
            );
        }
    }

    #[test]
    fn syntax_errors_point_at_the_text() {
        let store = GraphStore::memory().unwrap();
        let mut out = Vec::new();
        let err = run(
            &store,
            "SELECT ?x WHERE {\n  ?x ?y\n}",
            &QueryOptions::default(),
            &mut out,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains('^'), "{err}");
    }

    #[test]
    fn excerpts_of_long_lines_are_cut_around_the_error() {
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let shown = excerpt(&line, 500);
        let (text, caret) = shown.split_once('\n').unwrap();
        assert!(text.chars().count() < 110, "{shown}");
        assert!(text.starts_with("  …") && text.ends_with('…'), "{shown}");
        let at = caret.chars().count() - 1;
        assert_eq!(text.chars().nth(at), Some('X'), "{shown}");
        assert_eq!(excerpt("ab", 10), "  ab\n    ^");
        assert_eq!(excerpt("", 0), "  \n  ^");
    }

    #[test]
    fn updates_need_permission() {
        let store = GraphStore::memory().unwrap();
        let update = "INSERT DATA { <https://e.org/a> <https://e.org/b> 1 }";
        let mut out = Vec::new();
        let err = run(&store, update, &QueryOptions::default(), &mut out).unwrap_err();
        assert!(matches!(err, QueryError::UpdateRefused));
        let allow = QueryOptions {
            allow_update: true,
            ..QueryOptions::default()
        };
        assert_eq!(
            run(&store, update, &allow, &mut out).unwrap(),
            QueryOutcome::Updated
        );
        let ask = "ASK { <https://e.org/a> ?p ?o }";
        assert_eq!(
            run(&store, ask, &QueryOptions::default(), &mut out).unwrap(),
            QueryOutcome::Boolean(true)
        );
    }

    /// Two graphs, <g1> with 3 triples and <g2> with 1.
    fn two_graphs() -> GraphStore {
        let store = GraphStore::memory().unwrap();
        let update = "INSERT DATA { GRAPH <https://e.org/g1> { <https://e.org/a> <https://e.org/p> 1, 2, 3 } \
                      GRAPH <https://e.org/g2> { <https://e.org/b> <https://e.org/p> 4 } }";
        let allow = QueryOptions {
            allow_update: true,
            ..QueryOptions::default()
        };
        run(&store, update, &allow, &mut Vec::new()).unwrap();
        store
    }

    fn count(store: &GraphStore, query: &str, dataset: Option<Dataset>) -> String {
        let options = QueryOptions {
            format: ResultFormat::Csv,
            dataset,
            ..QueryOptions::default()
        };
        let mut out = Vec::new();
        run(store, query, &options, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_dataset_given_beside_the_query_replaces_the_union() {
        let store = two_graphs();
        let g = |n: &str| NamedNode::new_unchecked(format!("https://e.org/{n}"));
        let default = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://e.org/p> ?o }";
        // no dataset: the union of all graphs
        assert_eq!(count(&store, default, None), "n\r\n4\r\n");
        let only = |graphs: Vec<NamedNode>, named: Vec<NamedNode>| {
            Some(Dataset {
                default_graphs: graphs,
                named_graphs: named,
            })
        };
        assert_eq!(
            count(&store, default, only(vec![g("g2")], vec![])),
            "n\r\n1\r\n"
        );
        assert_eq!(
            count(&store, default, only(vec![g("g1"), g("g2")], vec![])),
            "n\r\n4\r\n"
        );
        // named graphs only: the default graph is empty, GRAPH ?g sees the one named
        assert_eq!(
            count(&store, default, only(vec![], vec![g("g1")])),
            "n\r\n0\r\n"
        );
        let named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://e.org/p> ?o } }";
        assert_eq!(
            count(&store, named, only(vec![], vec![g("g1")])),
            "n\r\n3\r\n"
        );
        // the protocol's dataset wins over the query's FROM
        let from =
            "SELECT (COUNT(*) AS ?n) FROM <https://e.org/g1> WHERE { ?s <https://e.org/p> ?o }";
        assert_eq!(count(&store, from, None), "n\r\n3\r\n");
        assert_eq!(
            count(&store, from, only(vec![g("g2")], vec![])),
            "n\r\n1\r\n"
        );
    }

    #[test]
    fn the_first_acceptable_format_that_suits_the_result_is_used() {
        let store = two_graphs();
        let options = |acceptable: Vec<ResultFormat>| QueryOptions {
            acceptable,
            ..QueryOptions::default()
        };
        let select = "SELECT ?o WHERE { ?s <https://e.org/p> ?o } ORDER BY ?o LIMIT 1";
        let construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p 4 . ?s ?p ?o }";
        let both = options(vec![ResultFormat::NTriples, ResultFormat::Tsv]);
        let mut out = Vec::new();
        run(&store, select, &both, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "?o\n1\n");
        let mut out = Vec::new();
        run(&store, construct, &both, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<https://e.org/b> <https://e.org/p> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
        );
        assert_eq!(
            format_for(&both, ResultKind::Graph).unwrap(),
            ResultFormat::NTriples
        );
        // nothing acceptable suits the result
        let err = run(
            &store,
            construct,
            &options(vec![ResultFormat::Json]),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(matches!(err, QueryError::NotAcceptable(_)), "{err}");
        let err = run(
            &store,
            select,
            &options(vec![ResultFormat::Turtle]),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(matches!(err, QueryError::NotAcceptable(_)), "{err}");
    }

    #[test]
    fn max_rows_writes_that_many_and_counts_them_all() {
        let store = two_graphs();
        let options = QueryOptions {
            format: ResultFormat::Csv,
            max_rows: Some(2),
            ..QueryOptions::default()
        };
        let mut out = Vec::new();
        let outcome = run(
            &store,
            "SELECT ?o WHERE { ?s <https://e.org/p> ?o } ORDER BY ?o",
            &options,
            &mut out,
        )
        .unwrap();
        assert_eq!(outcome, QueryOutcome::Rows { rows: 4, shown: 2 });
        assert_eq!(String::from_utf8(out).unwrap(), "o\r\n1\r\n2\r\n");
    }

    #[test]
    fn an_endless_query_is_stopped() {
        let store = GraphStore::memory().unwrap();
        let mut update = String::from("INSERT DATA { ");
        for i in 0..300 {
            update.push_str(&format!("<https://e.org/s{i}> <https://e.org/p> {i} . "));
        }
        update.push('}');
        let allow = QueryOptions {
            allow_update: true,
            ..QueryOptions::default()
        };
        run(&store, &update, &allow, &mut Vec::new()).unwrap();
        let endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }";
        let options = QueryOptions {
            timeout: Some(Duration::from_millis(300)),
            ..QueryOptions::default()
        };
        let started = std::time::Instant::now();
        let err = run(&store, endless, &options, &mut Vec::new()).unwrap_err();
        assert!(matches!(err, QueryError::Timeout(_)), "{err}");
        assert!(started.elapsed() < Duration::from_secs(30));
    }

    #[test]
    fn service_is_off() {
        let store = GraphStore::memory().unwrap();
        let q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        let err = run(&store, q, &QueryOptions::default(), &mut Vec::new()).unwrap_err();
        assert!(matches!(err, QueryError::Service), "{err}");
    }

    #[test]
    fn tables_are_aligned_and_limited() {
        let store = GraphStore::memory().unwrap();
        let mut out = Vec::new();
        let q = "SELECT ?n ?sq WHERE { VALUES ?n { 1 22 333 } BIND(?n * ?n AS ?sq) }";
        let options = QueryOptions {
            table_limit: 2,
            ..QueryOptions::default()
        };
        let outcome = run(&store, q, &options, &mut out).unwrap();
        assert_eq!(outcome, QueryOutcome::Rows { rows: 3, shown: 2 });
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "n   sq\n--  ---\n1   1\n22  484\n(3 rows, first 2 shown; see --limit)\n"
        );
    }
}
