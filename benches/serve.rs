//! Load test of `talkgraph serve`: 64 concurrent clients on loopback, each with a keep-alive
//! connection, send a fixed number of SPARQL Protocol requests (the named queries that read
//! part of the graph, with their parameter varied: a person's talks, one series in order, the
//! talks about a leaf topic — up to 100 of each) to a server on the 100,000-talk generated
//! store. First each request alone (one client, no cache: the latency without load), then the
//! load in `--rounds` rounds (2) on one server, whose answer cache starts empty (`--cache-mb 0`:
//! no cache; the second round shows the steady state of a server that has seen the queries), and
//! one more round on a restarted server that first asked again the queries the first one kept
//! (`serve --warm`). Reports
//! throughput, latency percentiles (overall and per query), and errors (anything but a 200, or
//! a failed connection).
//!
//! Run: `cargo bench --bench serve` (release build with RocksDB). Options:
//! `-- --clients 64 --requests 40 --talks 100000 --seed 42 --cache-mb 256 --store DIR --in-memory`
//! (`--store`: build the store there and keep it, or reuse the store already there;
//! `--in-memory`: serve a copy of the store in memory, as `serve --in-memory` does).
//!
//! Server and clients share the machine's cores, as a load generator on the same host would.
#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use talkgraph::build::{build, BuildOptions};
use talkgraph::extract::Extractor;
use talkgraph::query::{QueryOptions, ResultFormat};
use talkgraph::read::Source;
use talkgraph::serve::{ServeOptions, Server};
use talkgraph::store::GraphStore;

mod common;
use common::{arg, status_kib, text_arg};

type Error = Box<dyn std::error::Error + Send + Sync>;

fn main() -> Result<(), Error> {
    let clients = arg("--clients", 64).max(1) as usize;
    let per_client = arg("--requests", 40).max(1) as usize;
    let dir = tempfile::tempdir()?;
    let store = match text_arg("--store").map(std::path::PathBuf::from) {
        Some(path) if path.join("CURRENT").is_file() => GraphStore::open_read_only(&path)?,
        Some(path) => build_store(&path)?,
        None => build_store(&dir.path().join("talkgraph.db"))?,
    };
    let store = if std::env::args().any(|a| a == "--in-memory") {
        let started = Instant::now();
        let memory = store.copy_to_memory(&mut |_| {})?;
        println!(
            "copied the store into memory in {:.1} s (serve --in-memory)",
            started.elapsed().as_secs_f64()
        );
        memory
    } else {
        store
    };
    let requests = Arc::new(mix(&store)?);
    println!(
        "store: {} quads; {} distinct requests in the mix",
        store.len()?,
        requests.len()
    );

    // each request of the mix once, one at a time, without a cache: the latency without load
    {
        let server = Server::bind(
            store.clone(),
            "127.0.0.1:0",
            ServeOptions {
                cache_bytes: 0,
                ..ServeOptions::default()
            },
        )?;
        let addr = server.local_addr();
        let shutdown = server.shutdown_handle();
        let running = std::thread::spawn(move || server.run(Arc::new(|_| {})));
        let (alone, failed) = run_client(addr, &requests, 0, 1, requests.len());
        println!(
            "one client, each request once, no cache ({} errors):",
            failed.len()
        );
        summarise(&alone);
        shutdown.shutdown();
        let _ = running.join();
    }

    // the load, on a server that starts with an empty answer cache
    let cache_mb = arg("--cache-mb", 256) as usize;
    let cached = |store: &GraphStore| {
        Server::bind(
            store.clone(),
            "127.0.0.1:0",
            ServeOptions {
                cache_bytes: cache_mb << 20,
                ..ServeOptions::default()
            },
        )
    };
    let server = cached(&store)?;
    let addr = server.local_addr();
    let shutdown = server.shutdown_handle();
    let warmer = server.warmer();
    let running = std::thread::spawn(move || server.run(Arc::new(|_| {})));
    let rounds = arg("--rounds", 2).max(1);
    for round in 1..=rounds {
        println!(
            "load round {round} of {rounds}: answer cache {cache_mb} MB{}",
            if round == 1 {
                ", empty at start"
            } else {
                ", kept from the round before"
            }
        );
        load_round(addr, &requests, clients, per_client, &shutdown)?;
    }
    // a restart with `serve --warm`: the server keeps the queries it was asked, a new one (its
    // cache empty) asks them again before the clients come back
    let kept = dir.path().join("warm.jsonl");
    let saved = warmer.save(&kept)?;
    shutdown.shutdown();
    let _ = running.join();
    // first the clients come back once the kept queries are answered again, then (another
    // restart) they come back at once, while the server is still asking them again
    for at_once in [false, true] {
        if cache_mb == 0 {
            break;
        }
        let server = cached(&store)?;
        let addr = server.local_addr();
        let shutdown = server.shutdown_handle();
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        let warmer = server.warmer();
        let running = std::thread::spawn(move || server.run(Arc::new(|_| {})));
        let kept_file = kept.clone();
        let warming = std::thread::spawn(move || warmer.warm(&kept_file, threads));
        let report = |warmed: std::io::Result<talkgraph::serve::WarmReport>| -> Result<(), Error> {
            let warmed = warmed?;
            println!(
                "  {saved} queries kept, {} asked again in {:.2} s ({} skipped)",
                warmed.answered,
                warmed.elapsed.as_secs_f64(),
                warmed.skipped.len()
            );
            Ok(())
        };
        if at_once {
            println!("after another restart with --warm, the clients at once (while it warms):");
            load_round(addr, &requests, clients, per_client, &shutdown)?;
            report(warming.join().map_err(|_| "the warming thread panicked")?)?;
        } else {
            println!("after a restart with --warm, the clients once it has warmed:");
            report(warming.join().map_err(|_| "the warming thread panicked")?)?;
            load_round(addr, &requests, clients, per_client, &shutdown)?;
        }
        shutdown.shutdown();
        let _ = running.join();
    }
    println!(
        "peak RSS of the process (server, clients and store) {:.0} MB",
        status_kib("VmHWM:").unwrap_or(0) as f64 / 1024.0
    );
    Ok(())
}

/// One round: every client sends its requests; prints throughput, errors and percentiles.
fn load_round(
    addr: SocketAddr,
    requests: &Arc<Vec<(&'static str, String)>>,
    clients: usize,
    per_client: usize,
    server: &talkgraph::serve::Shutdown,
) -> Result<(), Error> {
    let (hits_before, misses_before) = server.cache_counts();
    let started = Instant::now();
    let mut workers = Vec::new();
    for client in 0..clients {
        let requests = Arc::clone(requests);
        workers.push(std::thread::spawn(move || {
            run_client(addr, &requests, client, clients, per_client)
        }));
    }
    let mut samples: Vec<(&'static str, Duration)> = Vec::new();
    let mut errors = Vec::new();
    for worker in workers {
        let (ok, failed) = worker.join().map_err(|_| "a client thread panicked")?;
        samples.extend(ok);
        errors.extend(failed);
    }
    let wall = started.elapsed();
    let (hits, misses) = server.cache_counts();
    let total = samples.len() + errors.len();
    println!(
        "  {clients} clients × {per_client} requests = {total} requests in {:.2} s: {:.0} requests/s, {} errors; cache {} hits, {} misses",
        wall.as_secs_f64(),
        total as f64 / wall.as_secs_f64(),
        errors.len(),
        hits - hits_before,
        misses - misses_before
    );
    for error in errors.iter().take(5) {
        println!("  error: {error}");
    }
    summarise(&samples);
    Ok(())
}

/// Percentiles of all samples and of each kind.
fn summarise(samples: &[(&'static str, Duration)]) {
    let mut kinds: Vec<&'static str> = samples.iter().map(|(k, _)| *k).collect();
    kinds.sort_unstable();
    kinds.dedup();
    report("all", samples.iter().map(|(_, d)| *d).collect());
    for kind in kinds {
        report(
            kind,
            samples
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, d)| *d)
                .collect(),
        );
    }
}

fn report(name: &str, mut times: Vec<Duration>) {
    if times.is_empty() {
        return;
    }
    times.sort_unstable();
    let at = |p: f64| {
        let i = ((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1;
        times[i].as_secs_f64() * 1000.0
    };
    println!(
        "  {name:<26} n={:<5} p50 {:>7.1} ms  p90 {:>7.1} ms  p99 {:>7.1} ms  max {:>7.1} ms",
        times.len(),
        at(0.5),
        at(0.9),
        at(0.99),
        at(1.0)
    );
}

/// One client: a keep-alive connection (opened again when the server closes it), requests
/// taken round-robin from the mix starting at its own offset.
#[allow(clippy::type_complexity)]
fn run_client(
    addr: SocketAddr,
    requests: &[(&'static str, String)],
    client: usize,
    clients: usize,
    count: usize,
) -> (Vec<(&'static str, Duration)>, Vec<String>) {
    let mut ok = Vec::with_capacity(count);
    let mut failed = Vec::new();
    let mut connection: Option<TcpStream> = None;
    for i in 0..count {
        let (kind, target) = &requests[(client + i * clients) % requests.len()];
        let started = Instant::now();
        // a connection the server closed after its last answer fails at once: retry once
        let mut result = attempt(&mut connection, addr, target);
        if result.is_err() {
            connection = None;
            result = attempt(&mut connection, addr, target);
        }
        match result {
            Ok((200, keep)) => {
                ok.push((*kind, started.elapsed()));
                if !keep {
                    connection = None;
                }
            }
            Ok((status, _)) => {
                failed.push(format!("{kind}: status {status}"));
                connection = None;
            }
            Err(e) => {
                failed.push(format!("{kind}: {e}"));
                connection = None;
            }
        }
    }
    (ok, failed)
}

/// Sends one request on `connection` (opening it when there is none) and reads the answer.
fn attempt(
    connection: &mut Option<TcpStream>,
    addr: SocketAddr,
    target: &str,
) -> Result<(u16, bool), Error> {
    if connection.is_none() {
        let stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(120)))?;
        stream.set_nodelay(true)?;
        *connection = Some(stream);
    }
    let stream = connection.as_mut().ok_or("no connection")?;
    stream.write_all(
        format!(
            "GET {target} HTTP/1.1\r\nHost: {addr}\r\nAccept: application/sparql-results+json\r\n\r\n"
        )
        .as_bytes(),
    )?;
    read_reply(stream)
}

/// Reads one answer: its status and whether the connection stays open.
fn read_reply(stream: &mut TcpStream) -> Result<(u16, bool), Error> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte)? == 0 {
            return Err("closed".into());
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8(head)?;
    let status: u16 = head.split(' ').nth(1).ok_or("no status")?.parse()?;
    let mut length = 0;
    let mut keep = true;
    for line in head.split("\r\n") {
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse()?;
            } else if name.eq_ignore_ascii_case("connection") {
                keep = !value.trim().eq_ignore_ascii_case("close");
            }
        }
    }
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body)?;
    Ok((status, keep))
}

/// Builds the generated listing into a new store at `path`.
fn build_store(path: &std::path::Path) -> Result<GraphStore, Error> {
    let talks = arg("--talks", 100_000) as usize;
    let seed = arg("--seed", 42);
    let scratch = tempfile::tempdir()?;
    let listing = scratch.path().join("generated.txt");
    std::fs::write(&listing, talkgraph::generate::generate(talks, seed))?;
    let started = Instant::now();
    let store = GraphStore::open(path)?;
    build(
        &store,
        &Extractor::new()?,
        &[Source::from_path(&listing)?],
        &BuildOptions::default(),
        &mut |_| {},
    )?;
    println!(
        "built {talks} generated talks (seed {seed}) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(store)
}

/// Values of the first column of a SELECT.
fn column(store: &GraphStore, query: &str) -> Result<Vec<String>, Error> {
    Ok(store
        .select(query)?
        .into_iter()
        .filter_map(|row| row.into_iter().next().flatten())
        .collect())
}

/// The requests: each named query that reads part of the graph, with varied parameters.
fn mix(store: &GraphStore) -> Result<Vec<(&'static str, String)>, Error> {
    let named = |name| talkgraph::query::named(name).ok_or(format!("no query {name}"));
    let people = column(
        store,
        "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?name { ?p a schema:Person ; \
         schema:name ?name } ORDER BY ?name LIMIT 100",
    )?;
    let series = column(
        store,
        "PREFIX schema: <https://schema.org/> SELECT DISTINCT ?name { ?s a schema:EventSeries ; \
         schema:name ?name } ORDER BY ?name LIMIT 100",
    )?;
    let leaves = column(
        store,
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX schema: <https://schema.org/> \
         SELECT DISTINCT ?label { ?talk schema:about ?c . ?c skos:prefLabel ?label . \
         FILTER NOT EXISTS { ?n skos:broader ?c } } ORDER BY ?label",
    )?;
    let person_talks = named("person-talks")?;
    let series_in_order = named("series-in-order")?;
    let about = named("talks-about-topic")?;
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let target = |text: &str| {
        format!(
            "/sparql?query={}",
            form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>()
        )
    };
    let mut out = Vec::new();
    for name in &people {
        out.push((
            "person-talks",
            target(&person_talks.replace("\"Sicun Gao\"", &format!("\"{}\"", quote(name)))),
        ));
    }
    for name in &series {
        // one series: its name in the pattern, as a user would write it
        out.push((
            "series-in-order (one)",
            target(
                &series_in_order
                    .replace(
                        "schema:name ?series ;",
                        &format!("schema:name \"{}\" ;", quote(name)),
                    )
                    .replace("SELECT ?series ", "SELECT ")
                    .replace("ORDER BY ?series ", "ORDER BY "),
            ),
        ));
    }
    for label in &leaves {
        out.push((
            "talks-about-topic (leaf)",
            target(&about.replace(
                "\"Machine learning\"@en",
                &format!("\"{}\"@en", quote(label)),
            )),
        ));
    }
    // sanity: every request of the mix answers before the load starts
    for (kind, t) in out.iter().step_by(37) {
        let query = t.trim_start_matches("/sparql?query=");
        let text: String = form_urlencoded::parse(format!("q={query}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        let mut sink = Vec::new();
        talkgraph::query::run(
            store,
            &text,
            &QueryOptions {
                format: ResultFormat::Json,
                ..QueryOptions::default()
            },
            &mut sink,
        )
        .map_err(|e| format!("{kind}: {e}"))?;
    }
    // interleave kinds so every client sees each
    out.sort_by_key(|(kind, t)| (fxhash(t), *kind));
    Ok(out)
}

/// A stable shuffle key.
fn fxhash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
