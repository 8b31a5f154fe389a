//! `push` to a real Virtuoso on loopback, measured in the same run as a single
//! `curl --digest -X PUT` of the same triples as one N-Triples file.
//!
//! It builds a generated listing (`talkgraph generate`, 37,000 talks: just over 500,000
//! triples in the document's graph) into a fresh store, exports that graph as N-Triples, starts
//! a throw-away Virtuoso (as the tests do: `tests/it/virtuoso.rs`), then alternates, `--runs`
//! times: curl PUTs the file into a new graph; talkgraph pushes the graph (chunks of
//! `--chunk-triples`, then the verifying COUNT) into another new graph. Each into a graph that
//! does not exist yet, so both only load. Prints the best time of each and the ratio.
//!
//! Run: `cargo bench --bench push` (needs `virtuoso-t` and `curl`; the store is on disk, which
//! takes a release build of RocksDB, about 14 minutes the first time), or
//! `cargo bench --bench push --no-default-features` (the store in memory, built in minutes: the
//! reading side of the push differs, the HTTP side and Virtuoso's are the same). Options:
//! `-- --talks N --runs R --chunk-triples N`.
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a benchmark reports on stdout"
)]

use std::process::Command;
use std::time::Instant;

use oxigraph::model::NamedNode;
use talkgraph::build::{build, BuildOptions};
use talkgraph::export::{export, ExportFormat};
use talkgraph::extract::Extractor;
use talkgraph::push::{push, Auth, Check, PushOptions, Target};
use talkgraph::rdf::Base;
use talkgraph::read::Source;
use talkgraph::store::GraphStore;

mod common;
use common::arg;

#[path = "../tests/it/virtuoso.rs"]
mod virtuoso;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn main() -> Res<()> {
    let talks = arg("--talks", 37_000) as usize;
    let runs = arg("--runs", 3).max(1);
    let chunk = arg(
        "--chunk-triples",
        talkgraph::push::DEFAULT_CHUNK_TRIPLES as u64,
    ) as usize;
    let dir = tempfile::tempdir()?;

    // The data: a generated listing built by talkgraph, its document graph as N-Triples.
    let listing = dir.path().join("generated.txt");
    std::fs::write(&listing, talkgraph::generate::generate(talks, 42))?;
    #[cfg(feature = "rocksdb")]
    let store = GraphStore::open(&dir.path().join("store"))?;
    #[cfg(not(feature = "rocksdb"))]
    let store = GraphStore::memory()?;
    let kind = if cfg!(feature = "rocksdb") {
        "on disk (RocksDB)"
    } else {
        "in memory"
    };
    let report = build(
        &store,
        &Extractor::new()?,
        &[Source::from_path(&listing)?],
        &BuildOptions::default(),
        &mut |_| {},
    )?;
    let graph = NamedNode::new(report.documents[0].graph.clone())?;
    let nt = dir.path().join("graph.nt");
    let triples = {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&nt)?);
        export(
            &store,
            ExportFormat::NTriples,
            Some(&graph),
            &Base::default(),
            &mut file,
        )?
    };
    let mb = std::fs::metadata(&nt)?.len() as f64 / 1e6;
    println!("input: {talks} generated talks (seed 42) → {triples} triples in {graph}, N-Triples {mb:.1} MB; store {kind}");

    let Some(server) = virtuoso::Virtuoso::start()? else {
        return Err(
            "virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)".into(),
        );
    };
    // What push costs on talkgraph's side alone: read, skolemise, serialise every chunk (a dry
    // run sends nothing), from the graph's snapshot (the build wrote one: see
    // `talkgraph::snapshot`; none in memory) and from the store. On two cores this competes
    // with the server's parsing.
    for use_snapshots in [true, false] {
        let started = Instant::now();
        let dry = push(
            &store,
            &PushOptions {
                graphs: Some(vec![Target::Named(graph.clone())]),
                chunk_triples: chunk,
                dry_run: true,
                use_snapshots,
                ..PushOptions::new(server.gsp_url())
            },
            &mut |_| {},
        )?;
        let from = if dry.graphs[0].from_snapshot {
            "its snapshot"
        } else {
            "the store"
        };
        println!(
            "talkgraph's side alone (dry run: read {} triples from {from}, cut into bodies): {:.2} s",
            dry.triples(),
            started.elapsed().as_secs_f64()
        );
    }
    let mut curl_times = Vec::new();
    let mut push_times = Vec::new();
    let mut store_read_times = Vec::new();
    for run in 0..runs {
        // curl: one PUT of the whole file
        let target = format!("https://e.org/bench/curl-{run}");
        let answer = dir.path().join("curl-answer.txt");
        let started = Instant::now();
        let status = Command::new("curl")
            .args(["-s", "-o"])
            .arg(&answer)
            .args([
                "-w",
                "%{http_code}",
                // a stalled upload fails the bench instead of hanging it
                "--max-time",
                "900",
                "--digest",
                "-u",
            ])
            .arg(format!("dba:{}", virtuoso::PASSWORD))
            .args(["-X", "PUT", "-T"])
            .arg(&nt)
            .args(["-H", "Content-Type: application/n-triples"])
            .arg(format!("{}?graph={target}", server.gsp_url()))
            .output()?;
        let curl_secs = started.elapsed().as_secs_f64();
        let code = String::from_utf8_lossy(&status.stdout).into_owned();
        if !code.starts_with('2') {
            let body = std::fs::read_to_string(&answer).unwrap_or_default();
            return Err(format!("curl PUT answered HTTP {code}: {body}").into());
        }
        let counted = Instant::now();
        let remote = server.count(&target)?;
        let count_secs = counted.elapsed().as_secs_f64();
        println!(
            "run {run}: curl --digest -X PUT: {curl_secs:.2} s ({remote} triples on the server; \
             the COUNT that push also sends: {count_secs:.2} s)"
        );
        curl_times.push(curl_secs);

        // talkgraph push of the same graph (to its own name, which does not exist on the
        // server yet), then moved aside, untimed, so the next run loads a new graph again
        let target = format!("https://e.org/bench/push-{run}");
        let (push_secs, pushed) = push_timed(&store, &graph, &server, chunk, &target, true)?;
        println!(
            "run {run}: talkgraph push: {push_secs:.2} s ({} requests, verified: {pushed})",
            (triples as usize).div_ceil(chunk)
        );
        push_times.push(push_secs);
        if cfg!(feature = "rocksdb") {
            // the same without the snapshot: the graph read back out of the store
            let target = format!("https://e.org/bench/push-store-{run}");
            let (secs, pushed) = push_timed(&store, &graph, &server, chunk, &target, false)?;
            println!(
                "run {run}: talkgraph push, read from the store: {secs:.2} s (verified: {pushed})"
            );
            store_read_times.push(secs);
        }
    }
    let best = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let (curl, pushed) = (best(&curl_times), best(&push_times));
    println!(
        "best of {runs}: curl {curl:.2} s ({:.0} triples/s), talkgraph push {pushed:.2} s ({:.0} triples/s, chunks of {chunk}, COUNT included)",
        triples as f64 / curl,
        triples as f64 / pushed
    );
    println!("push / curl: {:.2}x (target: at most 1.3x)", pushed / curl);
    if !store_read_times.is_empty() {
        let store_read = best(&store_read_times);
        println!(
            "without the snapshot (graph read from the store): push {store_read:.2} s, {:.2}x curl",
            store_read / curl
        );
    }
    Ok(())
}

/// Pushes `graph` (timed: read, skolemise, serialise, send, verifying COUNT), then moves it on
/// the server to `target` (not timed). The seconds and the verification.
fn push_timed(
    store: &GraphStore,
    graph: &NamedNode,
    server: &virtuoso::Virtuoso,
    chunk: usize,
    target: &str,
    use_snapshots: bool,
) -> Res<(f64, String)> {
    let options = PushOptions {
        graphs: Some(vec![Target::Named(graph.clone())]),
        auth: Auth::Password {
            user: "dba".into(),
            password: virtuoso::PASSWORD.into(),
        },
        chunk_triples: chunk,
        query_url: Some(server.query_url()),
        use_snapshots,
        ..PushOptions::new(server.gsp_url())
    };
    let started = Instant::now();
    let report = push(store, &options, &mut |_| {})?;
    let secs = started.elapsed().as_secs_f64();
    let check = &report.graphs[0].check;
    if !matches!(check, Check::Match { .. }) {
        return Err(format!("push did not verify: {check:?}").into());
    }
    let moved = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "--digest",
            "-u",
        ])
        .arg(format!("dba:{}", virtuoso::PASSWORD))
        .args([
            "-X",
            "POST",
            "-H",
            "Content-Type: application/sparql-update",
        ])
        .arg("--data-binary")
        .arg(format!("MOVE <{}> TO <{target}>", graph.as_str()))
        .arg(server.update_url())
        .output()?;
    let code = String::from_utf8_lossy(&moved.stdout).into_owned();
    if !code.starts_with('2') {
        return Err(format!("MOVE answered HTTP {code}").into());
    }
    Ok((secs, format!("{check:?}")))
}
