//! `talkgraph serve`: the store as a SPARQL 1.1 Protocol endpoint, the read side of the Graph
//! Store Protocol (and its write side with `--allow-update`), a small query page and the report.
//!
//! The server is plain threads: one accepts connections and hands them to a fixed pool of
//! workers through a bounded queue; when the queue is full, the connection gets `503` at once.
//! So the number of threads never grows with the load. A worker keeps a connection open between
//! requests (keep-alive) only while no other connection waits for a worker. Queries run with a
//! timeout (cancelled, `503`), bodies and result sizes have limits, and every request is logged
//! (method, path, status, milliseconds). Answers to repeated queries are kept (see `cache.rs`),
//! and with `--warm` the queries they answer are kept across restarts (see [`Warmer`]).
//!
//! Routes:
//!
//! | route | methods | what |
//! |---|---|---|
//! | `/sparql` | GET, POST | SPARQL 1.1 Protocol: `query` (and `update` with `--allow-update`) |
//! | `/store?graph=IRI`, `/store?default` | GET, HEAD (PUT, POST, DELETE) | Graph Store Protocol |
//! | `/graphs` | GET | the named graphs (the `graphs` named query), negotiated like `/sparql` |
//! | `/` | GET | a query page with the named queries as examples |
//! | `/report` | GET | the HTML report of the store |

mod cache;
mod handlers;
pub mod http;
pub mod negotiate;
mod page;

use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use crate::rdf::Base;
use crate::report::ReportOptions;
use crate::store::GraphStore;
use http::{Connection, ReadError, ReadLimits, Response};

/// Where the server listens unless told otherwise: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7878";

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Worker threads: requests handled at once.
    pub threads: usize,
    /// Connections that may wait for a worker; more get `503`.
    pub queue: usize,
    /// A query is cancelled after this long (`503`).
    pub timeout: Option<Duration>,
    /// Largest request body, in bytes (`413` beyond).
    pub max_body: usize,
    /// Most result rows (or triples) in one answer; the answer says when it was cut
    /// (`X-SPARQL-MaxRows`).
    pub max_rows: Option<usize>,
    /// Accept SPARQL Update and Graph Store writes (with the bearer token).
    pub allow_update: bool,
    /// The bearer token updates must carry (required with `allow_update`).
    pub token: Option<String>,
    /// How long an open connection may stay idle between requests.
    pub idle: Duration,
    /// Longest time for a request to arrive once it has begun.
    pub request_time: Duration,
    /// The base IRI the store was built with (prefixes of Turtle answers).
    pub base: Base,
    /// How `/report` is drawn.
    pub report: ReportOptions,
    /// Bytes of query answers kept for repeated queries (0: none).
    pub cache_bytes: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            threads: 64,
            queue: 256,
            timeout: Some(Duration::from_secs(30)),
            max_body: 1 << 20,
            max_rows: Some(10_000),
            allow_update: false,
            token: None,
            idle: Duration::from_secs(5),
            request_time: Duration::from_secs(30),
            base: Base::default(),
            report: ReportOptions::default(),
            cache_bytes: 256 << 20,
        }
    }
}

/// The server could not start or stopped on an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    // the message carries the error's text; not also a source, or `{:#}` prints it twice
    #[error("cannot listen on {address}: {error}")]
    Bind {
        address: String,
        error: std::io::Error,
    },
    #[error("--allow-update needs a token: set --token-env to the name of an environment variable that holds it")]
    NoToken,
    #[error("--threads must be at least 1")]
    NoThreads,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// One handled request, for the log.
#[derive(Debug, Clone)]
pub struct LogRecord {
    pub peer: Option<SocketAddr>,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub bytes: usize,
    pub elapsed: Duration,
}

impl std::fmt::Display for LogRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let peer = self
            .peer
            .map_or_else(|| "-".to_owned(), |p| p.ip().to_string());
        write!(
            f,
            "{peer} {} {} {} {} ms {} bytes",
            self.method,
            self.path,
            self.status,
            self.elapsed.as_millis(),
            self.bytes
        )
    }
}

/// Where log records go.
pub type Log = Arc<dyn Fn(&LogRecord) + Send + Sync>;

/// What workers share.
struct Shared {
    store: GraphStore,
    options: ServeOptions,
    /// SHA-256 of the token: compared in constant time, whatever the lengths.
    token: Option<[u8; 32]>,
    stop: AtomicBool,
    /// Connections accepted and not yet taken by a worker.
    waiting: AtomicUsize,
    requests: AtomicU64,
    /// The report of a read-only store, drawn once.
    report: OnceLock<String>,
    /// Answers of repeated queries.
    cache: cache::Cache,
    address: SocketAddr,
}

/// A bound server; [`run`](Self::run) serves until [`Shutdown::shutdown`].
pub struct Server {
    listener: TcpListener,
    shared: Arc<Shared>,
}

/// Stops a running server from another thread (or a signal handler's thread).
#[derive(Clone)]
pub struct Shutdown {
    shared: Arc<Shared>,
}

impl Shutdown {
    /// Hits and misses of the answer cache so far.
    pub fn cache_counts(&self) -> (u64, u64) {
        self.shared.cache.counts()
    }

    /// Asks the server to stop: it stops accepting, answers what it has read, and returns.
    pub fn shutdown(&self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // wake the accepting thread
        let mut address = self.shared.address;
        if address.ip().is_unspecified() {
            address.set_ip(match address {
                SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
            });
        }
        let _ = TcpStream::connect_timeout(&address, Duration::from_secs(1));
    }
}

impl Server {
    /// Listens on `address` (`127.0.0.1:0` picks a free port: see
    /// [`local_addr`](Self::local_addr)).
    pub fn bind(
        store: GraphStore,
        address: &str,
        options: ServeOptions,
    ) -> Result<Self, ServeError> {
        if options.threads == 0 {
            return Err(ServeError::NoThreads);
        }
        if options.allow_update && options.token.as_deref().is_none_or(str::is_empty) {
            return Err(ServeError::NoToken);
        }
        let bind_error = |error| ServeError::Bind {
            address: address.to_owned(),
            error,
        };
        let addresses: Vec<SocketAddr> = address.to_socket_addrs().map_err(bind_error)?.collect();
        let listener = TcpListener::bind(&addresses[..]).map_err(bind_error)?;
        let local = listener.local_addr()?;
        let token = options
            .token
            .as_ref()
            .map(|t| Sha256::digest(t.as_bytes()).into());
        let cache = cache::Cache::new(options.cache_bytes);
        Ok(Self {
            listener,
            shared: Arc::new(Shared {
                store,
                options,
                token,
                stop: AtomicBool::new(false),
                waiting: AtomicUsize::new(0),
                requests: AtomicU64::new(0),
                report: OnceLock::new(),
                cache,
                address: local,
            }),
        })
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.shared.address
    }

    /// A handle that stops the server.
    pub fn shutdown_handle(&self) -> Shutdown {
        Shutdown {
            shared: Arc::clone(&self.shared),
        }
    }

    /// A handle that keeps the queries this server answered and asks them again after a
    /// restart (`serve --warm`).
    pub fn warmer(&self) -> Warmer {
        Warmer {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Serves until shut down; returns the number of requests answered.
    pub fn run(self, log: Log) -> Result<u64, ServeError> {
        let shared = self.shared;
        let (tx, rx) = mpsc::sync_channel::<TcpStream>(shared.options.queue.max(1));
        let rx = Arc::new(Mutex::new(rx));
        let mut workers = Vec::with_capacity(shared.options.threads);
        for index in 0..shared.options.threads {
            let rx = Arc::clone(&rx);
            let shared = Arc::clone(&shared);
            let log = Arc::clone(&log);
            workers.push(
                std::thread::Builder::new()
                    .name(format!("talkgraph-serve-{index}"))
                    .spawn(move || loop {
                        let next = match rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(poisoned) => poisoned.into_inner().recv(),
                        };
                        let Ok(stream) = next else { break };
                        shared.waiting.fetch_sub(1, Ordering::SeqCst);
                        serve_connection(&shared, stream, &log);
                    })?,
            );
        }
        for incoming in self.listener.incoming() {
            if shared.stop.load(Ordering::SeqCst) {
                break;
            }
            let stream = match incoming {
                Ok(stream) => stream,
                Err(_) => {
                    // out of file descriptors and the like: let connections finish
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            shared.waiting.fetch_add(1, Ordering::SeqCst);
            match tx.try_send(stream) {
                Ok(()) => {}
                Err(
                    mpsc::TrySendError::Full(stream) | mpsc::TrySendError::Disconnected(stream),
                ) => {
                    shared.waiting.fetch_sub(1, Ordering::SeqCst);
                    refuse_busy(&shared, stream, &log);
                }
            }
        }
        drop(tx);
        for worker in workers {
            let _ = worker.join();
        }
        Ok(shared.requests.load(Ordering::SeqCst))
    }
}

/// Keeps the queries whose answers a server holds, and asks them again in a server that has
/// just started, so that its cache holds their answers before clients ask (as PostgreSQL's
/// `pg_prewarm` keeps the list of blocks in its buffer cache and reads them again at start).
///
/// The first request for a query a server has not seen is evaluated; a listing query (a
/// topic's thousands of talks) then costs tens of milliseconds, and when many such requests
/// arrive at once on a cold server the last one waits for all the others. A restarted server
/// that asks again what it was asked last time answers those requests from its cache at once.
/// The queries are asked again on the store as it is now, so a store rebuilt in between gets
/// answers from its new content.
#[derive(Clone)]
pub struct Warmer {
    shared: Arc<Shared>,
}

/// What [`Warmer::warm`] did.
#[derive(Debug, Clone, Default)]
pub struct WarmReport {
    /// Queries answered again and kept.
    pub answered: usize,
    /// Lines that were not asked again, with their line number and why (a line that is not a
    /// kept query, a query that fails on the store as it is now).
    pub skipped: Vec<(usize, String)>,
    pub elapsed: Duration,
}

impl Warmer {
    /// Writes the queries whose answers the cache holds to `path`, the most recently used
    /// first, one JSON object per line (`query`, and `accept`, `default-graph-uri`,
    /// `named-graph-uri` when given); returns how many. The file is written whole under
    /// another name and then renamed, so a crash never leaves half of it.
    pub fn save(&self, path: &std::path::Path) -> std::io::Result<usize> {
        let keys = self.shared.cache.keys();
        let mut text = String::new();
        for key in &keys {
            text.push_str(key);
            text.push('\n');
        }
        let mut partial = path.as_os_str().to_owned();
        partial.push(".partial");
        std::fs::write(&partial, text)?;
        std::fs::rename(&partial, path)?;
        Ok(keys.len())
    }

    /// Asks again, on up to `threads` threads, the queries [`save`](Self::save) wrote to
    /// `path`, in their order, and keeps their answers; a missing file asks nothing. Requests
    /// for a query being asked again wait for its answer instead of computing it twice. Stops
    /// early when the server is shut down, or when another answer would push one out of the cache.
    pub fn warm(&self, path: &std::path::Path, threads: usize) -> std::io::Result<WarmReport> {
        let started = Instant::now();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let lines: Vec<(usize, &str)> = text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(index, line)| (index + 1, line))
            .collect();
        let next = AtomicUsize::new(0);
        let outcomes = Mutex::new(WarmReport::default());
        let shared = &*self.shared;
        std::thread::scope(|scope| {
            for _ in 0..threads.max(1).min(lines.len()) {
                scope.spawn(|| loop {
                    if shared.stop.load(Ordering::SeqCst) || !shared.cache.has_room() {
                        break;
                    }
                    let Some(&(number, line)) = lines.get(next.fetch_add(1, Ordering::SeqCst))
                    else {
                        break;
                    };
                    let outcome = handlers::ask_again(shared, line);
                    if let Ok(mut report) = outcomes.lock() {
                        match outcome {
                            Ok(()) => report.answered += 1,
                            Err(why) => report.skipped.push((number, why)),
                        }
                    }
                });
            }
        });
        let mut report = outcomes.into_inner().unwrap_or_else(|p| p.into_inner());
        report.skipped.sort_unstable_by_key(|&(number, _)| number);
        report.elapsed = started.elapsed();
        Ok(report)
    }
}

/// Answers `503` to a connection no worker can take (the queue is full).
fn refuse_busy(shared: &Shared, stream: TcpStream, log: &Log) {
    let started = Instant::now();
    let peer = stream.peer_addr().ok();
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let response = handlers::cors(Response::text(
        503,
        "the server is busy (every worker is taken and the queue is full): try again",
    ))
    .with("Retry-After", "1");
    let mut stream = stream;
    let _ = response.write_to(&mut stream, false, false);
    shared.requests.fetch_add(1, Ordering::Relaxed);
    log(&LogRecord {
        peer,
        method: "-".into(),
        path: "-".into(),
        status: 503,
        bytes: response.body.len(),
        elapsed: started.elapsed(),
    });
}

/// Answers requests on one connection until it closes, idles out, or must make room.
fn serve_connection(shared: &Shared, stream: TcpStream, log: &Log) {
    let peer = stream.peer_addr().ok();
    let _ = stream.set_nodelay(true);
    let write_time = shared.options.timeout.unwrap_or(Duration::from_secs(60)) + WRITE_GRACE;
    let _ = stream.set_write_timeout(Some(write_time));
    let limits = ReadLimits {
        max_body: shared.options.max_body,
        idle: shared.options.idle,
        request: shared.options.request_time,
    };
    let mut connection = Connection::new(stream);
    loop {
        let stop = || shared.stop.load(Ordering::SeqCst);
        let request = match connection.read_request(limits, &stop) {
            Ok(request) => request,
            Err(ReadError::Closed | ReadError::Io(_)) => return,
            Err(ReadError::Refuse(status, message)) => {
                let started = Instant::now();
                let response = handlers::cors(Response::text(status, &message));
                let _ = response.write_to(&mut connection.stream, false, false);
                shared.requests.fetch_add(1, Ordering::Relaxed);
                log(&LogRecord {
                    peer,
                    method: "-".into(),
                    path: "-".into(),
                    status,
                    bytes: response.body.len(),
                    elapsed: started.elapsed(),
                });
                return;
            }
        };
        let started = Instant::now();
        let response = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            handlers::handle(shared, &request)
        }))
        .unwrap_or_else(|_| {
            handlers::cors(Response::text(
                500,
                "internal error: talkgraph failed on this request (please report it)",
            ))
        });
        let keep_alive = request.keep_alive()
            && !shared.stop.load(Ordering::SeqCst)
            && shared.waiting.load(Ordering::SeqCst) == 0;
        let head_only = request.method == "HEAD";
        let written = response.write_to(&mut connection.stream, keep_alive, head_only);
        shared.requests.fetch_add(1, Ordering::Relaxed);
        log(&LogRecord {
            peer,
            method: request.method.clone(),
            path: request.path.clone(),
            status: response.status,
            bytes: if head_only { 0 } else { response.body.len() },
            elapsed: started.elapsed(),
        });
        if written.is_err() || !keep_alive {
            return;
        }
    }
}

/// Time to write an answer beyond the query's own limit.
const WRITE_GRACE: Duration = Duration::from_secs(30);
