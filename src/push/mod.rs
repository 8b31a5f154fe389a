//! Push: the store's graphs to another triplestore, over the SPARQL 1.1 Graph Store Protocol.
//!
//! The entry point is [`push`]. Each graph is sent with `PUT ENDPOINT?graph=IRI` (`?default` for
//! the default graph), which replaces the remote graph, in chunks of
//! [`PushOptions::chunk_triples`] triples: the first chunk with `PUT`, the others with `POST`
//! (which adds). Blank nodes are skolemised (see [`chunk`]) so that no chunk splits one.
//! Connection errors and 5xx answers are retried with backoff ([`RetryPolicy`]); a retried `POST`
//! is harmless, since adding the same triples twice leaves the same graph.
//!
//! **Snapshots.** A graph the bulk loader wrote has, on a store on disk, a snapshot: its
//! N-Triples in a file the store vouches for (see [`crate::snapshot`]). It is sent as it is,
//! cut into the same chunks, instead of being read back out of the store term by term.
//!
//! **Verification.** With [`PushOptions::query_url`], each graph's triples are counted on the
//! server afterwards (`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <g> { ?s ?p ?o } }`) and compared
//! with the local count; [`PushReport::mismatches`] says how many differ. Servers that cut
//! results silently (Virtuoso's `ResultSetMaxRows`) are recognised by their `X-SPARQL-MaxRows`
//! header, or by a short count that equals a usual cap, and [`GraphReport::cap`] says so. The
//! default graph is not counted: many servers (Virtuoso among them) answer queries on the
//! default graph with the union of all graphs.
//!
//! **Staging.** A `PUT` that fails half-way can leave the remote graph half-replaced (Virtuoso
//! clears the graph, then loads until the error). With [`PushOptions::staging`] each graph
//! goes into a temporary graph `<urn:talkgraph:staging:…>` first, is counted there, and only
//! then replaces the target with SPARQL Update `MOVE <staging> TO <target>`
//! ([`PushOptions::update_url`]); a failure before the `MOVE` leaves the target as it was.

pub mod chunk;
pub mod http;

use std::time::{Duration, Instant};

use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Triple};

pub use chunk::DEFAULT_SKOLEM_BASE;
pub use http::{Auth, RetryNotice, RetryPolicy};

use crate::snapshot::Snapshot;
use crate::store::{GraphStore, META_GRAPH};
use http::{encode_param, excerpt, Client, Request};

/// Triples per request unless told otherwise: about 60–130 MB of N-Triples. Each request costs
/// a server more than its triples (Virtuoso: 0.26–0.35 s a request on top of loading), so 500,000
/// triples went in 4.01 s as two requests and in 5.52 s as six of 100,000, against 3.24–3.57 s for
/// one `curl` PUT; at most three bodies are in memory at once (one sent, one ready, one read).
pub const DEFAULT_CHUNK_TRIPLES: usize = 500_000;

/// Result counts that are usual row caps: a remote count short of the local one and equal to
/// one of these is probably a cap, not lost triples.
const USUAL_CAPS: &[u64] = &[
    1_000, 2_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 1_048_576, 10_000_000,
];

/// Pushing failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("reading the store failed: {0}")]
    Read(String),
    #[error("the store has no graph <{0}> (see `talkgraph query graphs`)")]
    NoGraph(String),
    #[error("{url} is not an http:// or https:// URL")]
    BadUrl { url: String },
    #[error("staging needs a query URL to count the staging graph before it replaces the target")]
    StagingWithoutQuery,
    #[error("{method} {url}: HTTP {status} — {how}")]
    Unauthorized {
        method: String,
        url: String,
        status: u16,
        how: &'static str,
    },
    #[error("{url}: {message}")]
    Auth { url: String, message: String },
    #[error("{method} {url}: HTTP {status}: {body}")]
    Http {
        method: String,
        url: String,
        status: u16,
        body: String,
    },
    #[error("{method} {url}: {message} (after {attempts} attempts)")]
    Transport {
        method: String,
        url: String,
        attempts: u32,
        message: String,
    },
    #[error("{url}: cannot read the count in the answer: {message}")]
    Count { url: String, message: String },
    #[error(
        "{method} {url}: HTTP {status}: {body}\n(the SPARQL Update for --staging was refused: \
         the user needs the right to update, on Virtuoso the SPARQL_UPDATE role — \
         `GRANT SPARQL_UPDATE TO \"USER\";` in isql — and the URL must accept updates, \
         on Virtuoso /sparql-auth)"
    )]
    Update {
        method: String,
        url: String,
        status: u16,
        body: String,
    },
    #[error(
        "staging graph <{staging}> holds {remote} triples on the server, {local} were sent: \
         <{target}> was left as it was{}",
        cap_note(.cap)
    )]
    StagingMismatch {
        target: String,
        staging: String,
        local: u64,
        remote: u64,
        cap: Option<String>,
    },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn cap_note(cap: &Option<String>) -> String {
    cap.as_ref().map(|c| format!(" ({c})")).unwrap_or_default()
}

/// A graph to push.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The store's default graph, sent to `?default`.
    Default,
    Named(NamedNode),
}

impl Target {
    /// `<IRI>`, or `default graph`.
    pub fn label(&self) -> String {
        match self {
            Self::Default => "default graph".into(),
            Self::Named(n) => format!("<{}>", n.as_str()),
        }
    }

    fn gsp_param(&self) -> String {
        match self {
            Self::Default => "default".into(),
            Self::Named(n) => format!("graph={}", encode_param(n.as_str())),
        }
    }

    fn graph_name(&self) -> GraphNameRef<'_> {
        match self {
            Self::Default => GraphNameRef::DefaultGraph,
            Self::Named(n) => GraphNameRef::NamedNode(n.as_ref()),
        }
    }

    fn sparql(&self) -> String {
        match self {
            Self::Default => "DEFAULT".into(),
            Self::Named(n) => format!("<{}>", n.as_str()),
        }
    }
}

/// What to send the triples as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushFormat {
    NTriples,
    Turtle,
}

impl PushFormat {
    fn content_type(self) -> &'static str {
        match self {
            Self::NTriples => "application/n-triples",
            Self::Turtle => "text/turtle",
        }
    }

    fn rdf_format(self) -> RdfFormat {
        match self {
            Self::NTriples => RdfFormat::NTriples,
            Self::Turtle => RdfFormat::Turtle,
        }
    }
}

/// How to push.
#[derive(Debug, Clone)]
pub struct PushOptions {
    /// The Graph Store Protocol URL.
    pub endpoint: String,
    /// The graphs to push; `None` for every graph of the store (the default graph only when
    /// it holds something; talkgraph's bookkeeping graph never).
    pub graphs: Option<Vec<Target>>,
    pub auth: Auth,
    pub format: PushFormat,
    /// Most triples per request (at least 1).
    pub chunk_triples: usize,
    /// Where to count the pushed triples; no verification without it.
    pub query_url: Option<String>,
    /// Where `--staging` sends its `MOVE`; the query URL when `None`.
    pub update_url: Option<String>,
    pub staging: bool,
    /// Plan the requests, send nothing.
    pub dry_run: bool,
    pub retry: RetryPolicy,
    /// Longest wait for one request, its body included.
    pub timeout: Duration,
    pub skolem_base: String,
    /// Count the triples before sending, for a progress bar with a length: one more pass over
    /// the graphs, about a third of the local work.
    pub count_first: bool,
    /// Send a graph's snapshot (see [`crate::snapshot`]) instead of reading the graph from the
    /// store, when the store vouches for one and the format is N-Triples.
    pub use_snapshots: bool,
}

impl PushOptions {
    /// Defaults for pushing to `endpoint`: every graph, N-Triples, no credentials.
    pub fn new(endpoint: impl Into<String>) -> Self {
        Self {
            endpoint: endpoint.into(),
            graphs: None,
            auth: Auth::None,
            format: PushFormat::NTriples,
            chunk_triples: DEFAULT_CHUNK_TRIPLES,
            query_url: None,
            update_url: None,
            staging: false,
            dry_run: false,
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(600),
            skolem_base: DEFAULT_SKOLEM_BASE.into(),
            count_first: false,
            use_snapshots: true,
        }
    }
}

/// What happens while pushing, for a progress bar.
#[derive(Debug)]
pub enum Progress<'a> {
    /// Before the first request: how many graphs, and how many triples when
    /// [`PushOptions::count_first`] asked to count them (a pass over the graphs).
    Started { graphs: usize, triples: Option<u64> },
    /// A chunk of `triples` of `graph` was accepted.
    Sent { graph: &'a Target, triples: u64 },
    /// A request is tried again.
    Retry(&'a RetryNotice),
}

/// One request, sent or (with `dry_run`) planned.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RequestReport {
    pub method: String,
    pub url: String,
    pub content_type: String,
    pub triples: u64,
    pub bytes: u64,
}

/// What the server's count said.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Check {
    /// Not counted, and why.
    NotChecked {
        reason: String,
    },
    Match {
        remote: u64,
    },
    Mismatch {
        remote: u64,
    },
}

/// One pushed graph.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GraphReport {
    /// `<IRI>` or `default graph`.
    pub graph: String,
    pub triples: u64,
    pub requests: Vec<RequestReport>,
    /// The temporary graph it went through, with `staging`.
    pub staging: Option<String>,
    pub check: Check,
    /// A row cap the server showed, or a count that looks like one.
    pub cap: Option<String>,
    /// The triples came from the graph's snapshot file, not from reading the store.
    pub from_snapshot: bool,
}

/// What a push did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PushReport {
    pub graphs: Vec<GraphReport>,
    pub dry_run: bool,
    pub seconds: f64,
}

impl PushReport {
    /// Graphs whose remote count differs from the local one.
    pub fn mismatches(&self) -> usize {
        self.graphs
            .iter()
            .filter(|g| matches!(g.check, Check::Mismatch { .. }))
            .count()
    }

    pub fn triples(&self) -> u64 {
        self.graphs.iter().map(|g| g.triples).sum()
    }

    pub fn requests(&self) -> usize {
        self.graphs.iter().map(|g| g.requests.len()).sum()
    }
}

/// Pushes the graphs of `store` that `options` names; see the module documentation.
pub fn push(
    store: &GraphStore,
    options: &PushOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<PushReport, PushError> {
    let started = Instant::now();
    check_url(&options.endpoint)?;
    if options.staging && options.query_url.is_none() {
        return Err(PushError::StagingWithoutQuery);
    }
    for url in [&options.query_url, &options.update_url]
        .into_iter()
        .flatten()
    {
        check_url(url)?;
    }
    let targets = match &options.graphs {
        Some(list) => {
            for target in list {
                if let Target::Named(g) = target {
                    if !store.contains_graph(g)? {
                        return Err(PushError::NoGraph(g.as_str().to_owned()));
                    }
                }
            }
            list.clone()
        }
        None => all_targets(store)?,
    };
    let triples = if options.count_first {
        let mut sum = 0;
        for target in &targets {
            let snapshot = match target {
                Target::Named(g) if options.use_snapshots => store.snapshot(g)?,
                _ => None,
            };
            sum += match snapshot {
                Some(s) => s.record.triples,
                None => store
                    .inner()
                    .quads_for_pattern(None, None, None, Some(target.graph_name()))
                    .count() as u64,
            };
        }
        Some(sum)
    } else {
        None
    };
    progress(Progress::Started {
        graphs: targets.len(),
        triples,
    });
    let mut pusher = Pusher {
        store,
        options,
        client: Client::new(options.auth.clone(), options.retry, options.timeout),
        run: staging_run(),
    };
    let mut graphs = Vec::with_capacity(targets.len());
    for (index, target) in targets.iter().enumerate() {
        graphs.push(pusher.push_graph(index, target, progress)?);
    }
    Ok(PushReport {
        graphs,
        dry_run: options.dry_run,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Every named graph but the bookkeeping one, sorted; the default graph first if not empty.
fn all_targets(store: &GraphStore) -> Result<Vec<Target>, PushError> {
    let mut named = Vec::new();
    for graph in store.inner().named_graphs() {
        match graph.map_err(|e| PushError::Read(e.to_string()))? {
            NamedOrBlankNode::NamedNode(g) if g.as_str() != META_GRAPH => named.push(g),
            _ => {}
        }
    }
    named.sort();
    let mut targets = Vec::with_capacity(named.len() + 1);
    let default_has_triples = store
        .inner()
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_some();
    if default_has_triples {
        targets.push(Target::Default);
    }
    targets.extend(named.into_iter().map(Target::Named));
    Ok(targets)
}

fn check_url(url: &str) -> Result<(), PushError> {
    let lower = url.to_ascii_lowercase();
    if (lower.starts_with("http://") || lower.starts_with("https://"))
        && url.parse::<ureq::http::Uri>().is_ok()
    {
        Ok(())
    } else {
        Err(PushError::BadUrl {
            url: url.to_owned(),
        })
    }
}

/// A token that keeps the staging graphs of two pushes apart.
fn staging_run() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{nanos}-{}", std::process::id())
}

struct Pusher<'a> {
    store: &'a GraphStore,
    options: &'a PushOptions,
    client: Client,
    run: String,
}

impl Pusher<'_> {
    fn push_graph(
        &mut self,
        index: usize,
        target: &Target,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<GraphReport, PushError> {
        let staging = self.options.staging.then(|| {
            NamedNode::new_unchecked(format!("urn:talkgraph:staging:{}-{index}", self.run))
        });
        let destination = match &staging {
            Some(s) => Target::Named(s.clone()),
            None => target.clone(),
        };
        let snapshot = match target {
            Target::Named(g)
                if self.options.use_snapshots && self.options.format == PushFormat::NTriples =>
            {
                self.store.snapshot(g)?
            }
            _ => None,
        };
        let from_snapshot = snapshot.is_some();
        let sent = self.send_chunks(target, &destination, snapshot, progress);
        let requests = match sent {
            Ok(r) => r,
            Err(e) => {
                if let Some(s) = &staging {
                    self.drop_staging(s);
                }
                return Err(e);
            }
        };
        let local = requests.iter().map(|r| r.triples).sum();
        let mut report = GraphReport {
            graph: target.label(),
            triples: local,
            requests,
            staging: staging.as_ref().map(|s| s.as_str().to_owned()),
            check: Check::NotChecked {
                reason: "no --query-url".into(),
            },
            cap: None,
            from_snapshot,
        };
        if self.options.dry_run {
            if let Some(s) = &staging {
                report.requests.push(self.move_request(s, target));
            }
            report.check = Check::NotChecked {
                reason: "dry run".into(),
            };
            return Ok(report);
        }
        if let Some(s) = &staging {
            let (remote, cap) = self.count(&Target::Named(s.clone()), local, progress)?;
            if remote != Some(local) {
                self.drop_staging(s);
                return Err(PushError::StagingMismatch {
                    target: target.label(),
                    staging: s.as_str().to_owned(),
                    local,
                    remote: remote.unwrap_or(0),
                    cap,
                });
            }
            let request = self.move_request(s, target);
            self.update(
                &format!("MOVE <{}> TO {}", s.as_str(), target.sparql()),
                progress,
            )?;
            report.requests.push(request);
        }
        if self.options.query_url.is_some() {
            let (remote, cap) = self.count(target, local, progress)?;
            report.cap = cap;
            report.check = match remote {
                None => Check::NotChecked {
                    reason: "the default graph is not counted: many servers answer with the \
                             union of all graphs"
                        .into(),
                },
                Some(r) if r == local => Check::Match { remote: r },
                Some(r) => Check::Mismatch { remote: r },
            };
        }
        Ok(report)
    }

    /// Sends the triples of `target` into `destination`, chunk by chunk. A reader thread reads,
    /// skolemises and serialises the next chunk while the current one is on the wire (one
    /// chunk ahead at most), so the server's loading and talkgraph's reading overlap.
    fn send_chunks(
        &mut self,
        target: &Target,
        destination: &Target,
        snapshot: Option<Snapshot>,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<Vec<RequestReport>, PushError> {
        let url = gsp_url(&self.options.endpoint, destination);
        let (tx, rx) = std::sync::mpsc::sync_channel::<Body>(1);
        let store = self.store.clone();
        let (options, graph) = (self.options, target.clone());
        std::thread::scope(|scope| {
            scope.spawn(move || match snapshot {
                Some(snapshot) => read_snapshot(snapshot, options, &tx),
                None => read_chunks(&store, options, &graph, &tx),
            });
            let mut requests = Vec::new();
            // Each chunk as it comes; returning early drops `rx`, which stops the reader.
            for chunk in rx {
                let (body, triples) = chunk?;
                let request =
                    self.send_chunk(&url, body, triples, requests.is_empty(), progress)?;
                progress(Progress::Sent {
                    graph: target,
                    triples: request.triples,
                });
                requests.push(request);
            }
            Ok(requests)
        })
    }

    fn send_chunk(
        &mut self,
        url: &str,
        body: Vec<u8>,
        triples: u64,
        first: bool,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<RequestReport, PushError> {
        let method = if first { "PUT" } else { "POST" };
        let content_type = self.options.format.content_type();
        let report = RequestReport {
            method: method.into(),
            url: url.to_owned(),
            content_type: content_type.into(),
            triples,
            bytes: body.len() as u64,
        };
        if self.options.dry_run {
            return Ok(report);
        }
        let reply = self.client.send(
            Request {
                method,
                url,
                content_type: Some(content_type),
                accept: None,
                body: Some(&body),
            },
            &mut |notice| progress(Progress::Retry(&notice)),
        )?;
        if !(200..300).contains(&reply.status) {
            return Err(PushError::Http {
                method: method.into(),
                url: url.to_owned(),
                status: reply.status,
                body: excerpt(&reply.body),
            });
        }
        Ok(report)
    }

    /// The server's count of `target` (`None` for the default graph), and a cap if one shows.
    fn count(
        &mut self,
        target: &Target,
        local: u64,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<(Option<u64>, Option<String>), PushError> {
        let (Some(query_url), Target::Named(g)) = (&self.options.query_url, target) else {
            return Ok((None, None));
        };
        let query = format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}",
            g.as_str()
        );
        let sep = if query_url.contains('?') { '&' } else { '?' };
        let url = format!("{query_url}{sep}query={}", encode_param(&query));
        let reply = self.client.send(
            Request {
                method: "GET",
                url: &url,
                content_type: None,
                accept: Some("application/sparql-results+json"),
                body: None,
            },
            &mut |notice| progress(Progress::Retry(&notice)),
        )?;
        if !(200..300).contains(&reply.status) {
            return Err(PushError::Http {
                method: "GET".into(),
                url: query_url.clone(),
                status: reply.status,
                body: excerpt(&reply.body),
            });
        }
        let remote = parse_count(&reply.body).map_err(|message| PushError::Count {
            url: query_url.clone(),
            message,
        })?;
        Ok((
            Some(remote),
            cap_of(local, remote, reply.max_rows.as_deref()),
        ))
    }

    fn update_url(&self) -> &str {
        self.options
            .update_url
            .as_deref()
            .or(self.options.query_url.as_deref())
            .unwrap_or_default()
    }

    fn move_request(&self, staging: &NamedNode, target: &Target) -> RequestReport {
        let text = format!("MOVE <{}> TO {}", staging.as_str(), target.sparql());
        RequestReport {
            method: "POST".into(),
            url: self.update_url().to_owned(),
            content_type: "application/sparql-update".into(),
            triples: 0,
            bytes: text.len() as u64,
        }
    }

    fn update(
        &mut self,
        text: &str,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<(), PushError> {
        let url = self.update_url().to_owned();
        let reply = self.client.send(
            Request {
                method: "POST",
                url: &url,
                content_type: Some("application/sparql-update"),
                accept: None,
                body: Some(text.as_bytes()),
            },
            &mut |notice| progress(Progress::Retry(&notice)),
        )?;
        if (200..300).contains(&reply.status) {
            Ok(())
        } else {
            Err(PushError::Update {
                method: "POST".into(),
                url,
                status: reply.status,
                body: excerpt(&reply.body),
            })
        }
    }

    /// Removes a staging graph after a failure; best effort (the failure is what matters).
    fn drop_staging(&mut self, staging: &NamedNode) {
        if self.options.dry_run || self.options.query_url.is_none() {
            return;
        }
        let _ = self.update(
            &format!("DROP SILENT GRAPH <{}>", staging.as_str()),
            &mut |_| {},
        );
    }
}

/// A request body on its way to the sender: the serialised triples and how many they are.
type Body = Result<(Vec<u8>, u64), PushError>;

/// Reads the triples of `graph`, skolemised, as request bodies of at most `chunk_triples`
/// triples each, into `tx`; at least one (empty) body, so that an empty graph is still `PUT`.
/// Stops when the receiver is gone.
///
/// N-Triples are read by several threads at once (see [`read_in_parallel`]); Turtle, whose
/// documents cannot be cut at any line, is read on this thread.
fn read_chunks(
    store: &GraphStore,
    options: &PushOptions,
    graph: &Target,
    tx: &std::sync::mpsc::SyncSender<Body>,
) {
    if options.format == PushFormat::NTriples {
        return read_in_parallel(store, options, graph, tx);
    }
    let chunk = options.chunk_triples.max(1);
    let format = options.format.rdf_format();
    let body = |batch: &[Triple]| {
        chunk::serialise(batch, format)
            .map(|b| (b, batch.len() as u64))
            .map_err(PushError::from)
    };
    let mut batch: Vec<Triple> = Vec::with_capacity(chunk.min(1 << 20));
    let mut sent_any = false;
    for quad in store
        .inner()
        .quads_for_pattern(None, None, None, Some(graph.graph_name()))
    {
        let quad = match quad {
            Ok(q) => q,
            Err(e) => {
                let _ = tx.send(Err(PushError::Read(e.to_string())));
                return;
            }
        };
        batch.push(chunk::skolemise(quad, &options.skolem_base));
        if batch.len() == chunk {
            if tx.send(body(&batch)).is_err() {
                return;
            }
            sent_any = true;
            batch.clear();
        }
    }
    if !batch.is_empty() || !sent_any {
        let _ = tx.send(body(&batch));
    }
}

/// [`read_chunks`] from a snapshot: its lines cut into bodies of `chunk_triples` triples.
fn read_snapshot(
    mut snapshot: Snapshot,
    options: &PushOptions,
    tx: &std::sync::mpsc::SyncSender<Body>,
) {
    let chunk = options.chunk_triples.max(1) as u64;
    let expected = snapshot.record.triples;
    let (mut read, mut sent_any) = (0u64, false);
    loop {
        let mut body = Vec::with_capacity(
            (snapshot.record.bytes / expected.max(1)).saturating_mul(chunk.min(expected)) as usize
                + 256,
        );
        let lines = match snapshot.read_lines(chunk, &mut body) {
            Ok(n) => n,
            Err(e) => {
                let _ = tx.send(Err(PushError::Read(format!(
                    "{}: {e}",
                    snapshot.path.display()
                ))));
                return;
            }
        };
        read += lines;
        if lines == 0 && sent_any {
            break;
        }
        if lines < chunk && read != expected {
            // a file that changed under us: refuse rather than send a wrong graph
            let _ = tx.send(Err(PushError::Read(format!(
                "{} holds {read} triples, the store recorded {expected}: run `talkgraph build \
                 --force` to write it again, or delete it",
                snapshot.path.display()
            ))));
            return;
        }
        if tx.send(Ok((body, lines))).is_err() {
            return;
        }
        sent_any = true;
        if lines < chunk {
            break;
        }
    }
}

/// Triples a reading thread serialises at a time in [`read_in_parallel`].
const FRAGMENT_TRIPLES: usize = 8_192;

/// [`read_chunks`] for N-Triples, on several threads. Reading a graph from the store on disk
/// costs a dictionary lookup per term (about 5 µs a triple here), more than serialising it:
/// the graph is split by predicate (the distinct predicates come from one cheap query), each
/// thread reads, skolemises and serialises the triples of one predicate after another, and
/// this thread cuts the fragments into bodies of exactly `chunk_triples` triples (N-Triples
/// has one triple per line). The order of the triples in the bodies is the order they come in.
fn read_in_parallel(
    store: &GraphStore,
    options: &PushOptions,
    graph: &Target,
    tx: &std::sync::mpsc::SyncSender<Body>,
) {
    let chunk = options.chunk_triples.max(1) as u64;
    let predicates = match predicates_of(store, graph) {
        Ok(p) => p,
        Err(e) => {
            let _ = tx.send(Err(PushError::Read(e)));
            return;
        }
    };
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(predicates.len())
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (fragments, received) = std::sync::mpsc::sync_channel::<Body>(4 * threads);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let fragments = fragments.clone();
            let (next, predicates) = (&next, &predicates);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(predicate) = predicates.get(i) else {
                    return;
                };
                if !read_predicate(store, options, graph, predicate, &fragments) {
                    return;
                }
            });
        }
        drop(fragments);
        let mut body: Vec<u8> = Vec::new();
        let mut in_body = 0u64;
        let mut sent_any = false;
        // Every fragment as it comes; returning early drops `received`, which stops the
        // reading threads.
        for fragment in received {
            let (bytes, mut count) = match fragment {
                Ok(f) => f,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            };
            let mut rest = bytes.as_slice();
            while in_body + count >= chunk {
                // the first `chunk - in_body` lines of the fragment fill the body
                let take = chunk - in_body;
                let end = memchr::memchr_iter(b'\n', rest)
                    .nth(take as usize - 1)
                    .map_or(rest.len(), |at| at + 1);
                body.extend_from_slice(&rest[..end]);
                rest = &rest[end..];
                count -= take;
                if tx.send(Ok((std::mem::take(&mut body), chunk))).is_err() {
                    return;
                }
                sent_any = true;
                in_body = 0;
            }
            body.extend_from_slice(rest);
            in_body += count;
        }
        if in_body > 0 || !sent_any {
            let _ = tx.send(Ok((body, in_body)));
        }
    });
}

/// Reads the triples of `graph` with `predicate` into fragments of at most
/// [`FRAGMENT_TRIPLES`] serialised triples. False when the receiver is gone or reading failed
/// (the error was sent).
fn read_predicate(
    store: &GraphStore,
    options: &PushOptions,
    graph: &Target,
    predicate: &NamedNode,
    out: &std::sync::mpsc::SyncSender<Body>,
) -> bool {
    let send = |batch: &[Triple]| {
        let body = chunk::serialise(batch, RdfFormat::NTriples)
            .map(|b| (b, batch.len() as u64))
            .map_err(PushError::from);
        out.send(body).is_ok()
    };
    let mut batch: Vec<Triple> = Vec::with_capacity(FRAGMENT_TRIPLES);
    for quad in store.inner().quads_for_pattern(
        None,
        Some(predicate.as_ref()),
        None,
        Some(graph.graph_name()),
    ) {
        let quad = match quad {
            Ok(q) => q,
            Err(e) => {
                let _ = out.send(Err(PushError::Read(e.to_string())));
                return false;
            }
        };
        batch.push(chunk::skolemise(quad, &options.skolem_base));
        if batch.len() == FRAGMENT_TRIPLES {
            if !send(&batch) {
                return false;
            }
            batch.clear();
        }
    }
    batch.is_empty() || send(&batch)
}

/// The distinct predicates of `graph`: a query that reads the store's encoded terms and
/// decodes only the few predicates, far quicker than reading the triples.
fn predicates_of(store: &GraphStore, graph: &Target) -> Result<Vec<NamedNode>, String> {
    let query = match graph {
        Target::Default => "SELECT DISTINCT ?p WHERE { ?s ?p ?o }".to_owned(),
        Target::Named(n) => format!(
            "SELECT DISTINCT ?p WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}",
            n.as_str()
        ),
    };
    let results = oxigraph::sparql::SparqlEvaluator::new()
        .parse_query(&query)
        .map_err(|e| e.to_string())?
        .on_store(store.inner())
        .execute()
        .map_err(|e| e.to_string())?;
    let oxigraph::sparql::QueryResults::Solutions(solutions) = results else {
        return Err("the predicate query gave no solutions".into());
    };
    let mut predicates = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(|e| e.to_string())?;
        if let Some(oxigraph::model::Term::NamedNode(p)) = solution.get("p") {
            predicates.push(p.clone());
        }
    }
    Ok(predicates)
}

/// `ENDPOINT?graph=IRI` (or `&graph=` when the endpoint has a query already), `?default`.
fn gsp_url(endpoint: &str, target: &Target) -> String {
    let sep = if endpoint.contains('?') { '&' } else { '?' };
    format!("{endpoint}{sep}{}", target.gsp_param())
}

/// The single number of a SPARQL JSON result (`{"results":{"bindings":[{"n":{"value":"42"}}]}}`).
fn parse_count(body: &str) -> Result<u64, String> {
    let json: serde_json::Value = serde_json::from_str(body)
        .map_err(|e| format!("not SPARQL JSON results ({e}): {}", excerpt(body)))?;
    let binding = json
        .pointer("/results/bindings/0")
        .and_then(|b| b.as_object())
        .and_then(|b| b.values().next())
        .and_then(|v| v.get("value"))
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("no count in {}", excerpt(body)))?;
    binding
        .trim()
        .parse::<u64>()
        .map_err(|e| format!("{binding:?} is not a count: {e}"))
}

/// What the answer says about a row cap: the `X-SPARQL-MaxRows` header, or a short count that
/// is a usual cap.
fn cap_of(local: u64, remote: u64, max_rows: Option<&str>) -> Option<String> {
    if let Some(rows) = max_rows {
        return Some(format!(
            "the server caps results at {rows} rows (X-SPARQL-MaxRows; Virtuoso's \
             [SPARQL] ResultSetMaxRows)"
        ));
    }
    (remote < local && USUAL_CAPS.contains(&remote)).then(|| {
        format!(
            "{remote} is a usual row cap: the server may cut results silently (Virtuoso's \
             [SPARQL] ResultSetMaxRows); count with a higher cap before trusting it"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bodies `read_chunks` gives for `graph` in chunks of `chunk`.
    fn bodies(store: &GraphStore, graph: &Target, chunk: usize) -> Vec<(String, u64)> {
        let options = PushOptions {
            chunk_triples: chunk,
            ..PushOptions::new("http://127.0.0.1:1/gsp")
        };
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        std::thread::scope(|scope| {
            let options = &options;
            scope.spawn(move || read_chunks(store, options, graph, &tx));
            rx.into_iter()
                .map(|b| {
                    let (bytes, n) = b.unwrap();
                    (String::from_utf8(bytes).unwrap(), n)
                })
                .collect()
        })
    }

    #[test]
    fn bodies_hold_every_triple_once_in_chunks_of_the_size_asked() {
        use oxigraph::model::{BlankNode, GraphName, Literal, Quad};
        let store = GraphStore::memory().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/g");
        let mut want = std::collections::BTreeSet::new();
        // more triples of one predicate than a fragment holds, a few of others, blank nodes
        for i in 0..(FRAGMENT_TRIPLES + 1_000) {
            let s = NamedNode::new_unchecked(format!("https://e.org/s{i}"));
            let quads = [
                Quad::new(
                    s.clone(),
                    NamedNode::new_unchecked("https://e.org/name"),
                    Literal::new_simple_literal(format!("line one\nline {i}")),
                    GraphName::from(g.clone()),
                ),
                Quad::new(
                    s,
                    NamedNode::new_unchecked(format!("https://e.org/p{}", i % 7)),
                    BlankNode::new_unchecked(format!("b{}", i % 10)),
                    GraphName::from(g.clone()),
                ),
            ];
            for q in quads {
                store.inner().insert(&q).unwrap();
                want.insert(chunk::skolemise(q, DEFAULT_SKOLEM_BASE).to_string() + " .");
            }
        }
        let total = want.len() as u64;
        let target = Target::Named(g);
        for chunk in [1_000, 7_919, FRAGMENT_TRIPLES, total as usize, 1 << 20] {
            let bodies = bodies(&store, &target, chunk);
            let expected = total.div_ceil(chunk as u64) as usize;
            assert_eq!(bodies.len(), expected, "chunk {chunk}");
            let mut got = std::collections::BTreeSet::new();
            for (i, (text, n)) in bodies.iter().enumerate() {
                let lines: Vec<&str> = text.lines().collect();
                assert_eq!(lines.len() as u64, *n, "chunk {chunk}, body {i}");
                if i + 1 < bodies.len() {
                    assert_eq!(*n, chunk as u64, "chunk {chunk}, body {i}");
                }
                for line in lines {
                    assert!(got.insert(line.to_owned()), "sent twice: {line}");
                }
            }
            assert_eq!(got, want, "chunk {chunk}");
        }
        // an empty graph still gets one (empty) body, so that it is replaced
        let empty = bodies(
            &store,
            &Target::Named(NamedNode::new_unchecked("https://e.org/none")),
            100,
        );
        assert_eq!(empty, vec![(String::new(), 0)]);
        // Turtle is read on one thread, in the same chunks
        let options_turtle = PushOptions {
            chunk_triples: 5_000,
            format: PushFormat::Turtle,
            ..PushOptions::new("http://127.0.0.1:1/gsp")
        };
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let counts: Vec<u64> = std::thread::scope(|scope| {
            let (store, options, target) = (&store, &options_turtle, &target);
            scope.spawn(move || read_chunks(store, options, target, &tx));
            rx.into_iter().map(|b| b.unwrap().1).collect()
        });
        assert_eq!(counts.iter().sum::<u64>(), total);
        assert!(counts[..counts.len() - 1].iter().all(|&n| n == 5_000));
    }

    #[test]
    fn gsp_urls_name_the_graph_or_the_default() {
        let g = Target::Named(NamedNode::new_unchecked("https://e.org/g?x=1"));
        assert_eq!(
            gsp_url("http://h/gsp", &g),
            "http://h/gsp?graph=https%3A%2F%2Fe.org%2Fg%3Fx%3D1"
        );
        assert_eq!(
            gsp_url("http://h/gsp?a=b", &Target::Default),
            "http://h/gsp?a=b&default"
        );
    }

    #[test]
    fn counts_are_read_from_sparql_json() {
        let virtuoso = r#"{ "head": { "link": [], "vars": ["n"] },
          "results": { "distinct": false, "ordered": true, "bindings": [
            { "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "617" }} ] } }"#;
        assert_eq!(parse_count(virtuoso), Ok(617));
        assert!(parse_count("<html>").is_err());
        assert!(parse_count(r#"{"results":{"bindings":[]}}"#).is_err());
    }

    #[test]
    fn row_caps_are_recognised() {
        assert!(cap_of(500_000, 10_000, None).is_some());
        assert!(cap_of(12_000, 10_000, None).is_some());
        assert!(cap_of(10_000, 10_000, None).is_none());
        assert!(cap_of(12_000, 11_999, None).is_none());
        let header = cap_of(5, 5, Some("10000")).unwrap();
        assert!(header.contains("X-SPARQL-MaxRows"), "{header}");
    }
}
