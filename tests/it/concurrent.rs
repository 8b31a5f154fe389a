//! Read-only commands beside a writer: while one process runs a long `talkgraph build`, other
//! processes can run `query`, `export` and `stats` on the same store (Oxigraph opens it
//! read-only beside the writer), each sees every document either as it was before the build or
//! as the build leaves it — never a part — and a second writer is told the store is in use.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::GraphName;
use talkgraph::store::GraphStore;

use crate::hay::{copy_dir, TestResult};

/// One listing large enough that the build takes a few seconds in a debug build.
const TALKS: usize = 6000;
/// Below the listing's estimated triples, so the replacement goes through a transaction.
const BULK_THRESHOLD: &str = "100000000";

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_talkgraph"))
}

fn talkgraph(dir: &Path, store: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1795824000")
        .env("TALKGRAPH_STORE", store);
    cmd
}

fn run(cmd: &mut Command) -> Result<Output, Box<dyn std::error::Error>> {
    Ok(cmd.stdin(Stdio::null()).output()?)
}

fn build(dir: &Path, store: &Path) -> TestResult {
    let out = run(talkgraph(dir, store).args([
        "build",
        "talks.txt",
        "--bulk-threshold",
        BULK_THRESHOLD,
    ]))?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

/// Triples per document graph, as the store reports them.
fn document_counts(store: &Path) -> Result<BTreeMap<String, usize>, Box<dyn std::error::Error>> {
    let store = GraphStore::open_read_only(store)?;
    Ok(store
        .graphs()?
        .into_iter()
        .filter(|g| g.source.is_some())
        .map(|g| (g.graph, g.triples))
        .collect())
}

/// Triples per named graph in an N-Quads export.
fn export_counts(nquads: &[u8]) -> Result<BTreeMap<String, usize>, Box<dyn std::error::Error>> {
    let mut counts = BTreeMap::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(nquads) {
        if let GraphName::NamedNode(g) = quad?.graph_name {
            *counts.entry(g.into_string()).or_insert(0) += 1;
        }
    }
    Ok(counts)
}

/// Whether process `pid` holds a lock on `file` (Linux: `/proc/locks` lists each lock's holder
/// and the inode it locks).
fn holds_lock(pid: u32, file: &Path) -> Result<bool, Box<dyn std::error::Error>> {
    use std::os::unix::fs::MetadataExt;
    let inode = match std::fs::metadata(file) {
        Ok(m) => m.ino(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    let locks = std::fs::read_to_string("/proc/locks")?;
    Ok(locks.lines().any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // "1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 0 EOF"
        fields.len() >= 6
            && fields[4] == pid.to_string()
            && fields[5].rsplit(':').next() == Some(inode.to_string().as_str())
    }))
}

#[test]
fn concurrent_reads_beside_a_running_build_see_whole_documents() -> TestResult {
    let work = tempfile::tempdir()?;
    let dir = work.path();
    let store = dir.join("store");

    // Version 1 built; version 2's reference counts from a copy.
    std::fs::write(
        dir.join("talks.txt"),
        talkgraph::generate::generate(TALKS, 1),
    )?;
    build(dir, &store)?;
    let v1 = document_counts(&store)?;
    assert_eq!(v1.len(), 1, "{v1:?}");
    let reference = dir.join("reference");
    copy_dir(&store, &reference)?;
    std::fs::write(
        dir.join("talks.txt"),
        talkgraph::generate::generate(TALKS, 2),
    )?;
    build(dir, &reference)?;
    let v2 = document_counts(&reference)?;
    assert_eq!(v1.keys().collect::<Vec<_>>(), v2.keys().collect::<Vec<_>>());
    assert_ne!(v1, v2, "version 2 must differ");
    let (graph, before) = v1
        .iter()
        .next()
        .map(|(g, n)| (g.clone(), *n))
        .unwrap_or_default();
    let after = v2[&graph];

    // Replace version 1 by version 2 in a child process and read beside it.
    let mut writer = talkgraph(dir, &store)
        .args(["build", "talks.txt", "--bulk-threshold", BULK_THRESHOLD])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    // The readers start once the writer holds the store's lock (else the second build could
    // take it first and the writer would be the one turned away).
    let started = std::time::Instant::now();
    while !holds_lock(writer.id(), &store.join("LOCK"))? {
        assert!(
            writer.try_wait()?.is_none(),
            "the build ended before it locked the store"
        );
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the build never locked the store"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let count_query = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}");
    // Each reader loops in its own thread while the writer runs; a run counts as beside the
    // build when the writer was still running after it ended.
    let done = AtomicBool::new(false);
    let seen = Mutex::new(Vec::new());
    let reader = |what: &'static str, check: &(dyn Fn() -> TestResult + Sync)| {
        let mut runs = 0;
        while !done.load(Ordering::SeqCst) {
            if let Err(e) = check() {
                return Err(format!("{what}: {e}"));
            }
            runs += usize::from(!done.load(Ordering::SeqCst));
        }
        Ok((what, runs))
    };
    let query = || -> TestResult {
        let out = run(talkgraph(dir, &store).args(["query", "--format", "csv", &count_query]))?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout)?;
        let n: usize = text.lines().nth(1).unwrap_or_default().trim().parse()?;
        assert!(
            n == before || n == after,
            "saw {n} triples, neither {before} nor {after}"
        );
        seen.lock().map_err(|e| e.to_string())?.push(n);
        Ok(())
    };
    // a second writer is turned away with the path named, not a RocksDB dump
    let second_build = || -> TestResult {
        let out = run(talkgraph(dir, &store).args(["build", "talks.txt"]))?;
        if !done.load(Ordering::SeqCst) {
            let message = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{message}");
            assert!(
                message.contains("is in use by another process"),
                "{message}"
            );
            assert!(message.contains(&store.display().to_string()), "{message}");
        }
        Ok(())
    };
    // export: the document graph whole, and the export re-parses
    let export = || -> TestResult {
        let out = run(talkgraph(dir, &store).args(["export", "--format", "nquads"]))?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let n = export_counts(&out.stdout)?
            .get(&graph)
            .copied()
            .unwrap_or(0);
        assert!(
            n == before || n == after,
            "saw {n} triples, neither {before} nor {after}"
        );
        Ok(())
    };
    // stats (pivot-sampled centralities, to keep a debug build quick)
    let stats = || -> TestResult {
        let out = run(talkgraph(dir, &store).args([
            "stats",
            "--format",
            "json",
            "--exact-limit",
            "50",
            "--samples",
            "4",
        ]))?;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stats: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        assert!(
            stats["bipartite"]["speakers"].as_u64() > Some(0),
            "{}",
            stats["bipartite"]
        );
        Ok(())
    };
    let results = std::thread::scope(|scope| {
        let handles = [
            scope.spawn(|| reader("query", &query)),
            scope.spawn(|| reader("second build", &second_build)),
            scope.spawn(|| reader("export", &export)),
            scope.spawn(|| reader("stats", &stats)),
        ];
        // the writer's end, seen within 10 ms
        while matches!(writer.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(10));
        }
        done.store(true, Ordering::SeqCst);
        handles.map(|h| h.join().unwrap_or_else(|_| Err("a reader panicked".into())))
    });
    let mut beside = BTreeMap::new();
    for result in results {
        let (what, runs) = result?;
        beside.insert(what, runs);
    }
    let status = writer.wait()?;
    assert!(
        status.success(),
        "the build beside the readers failed: {status}"
    );
    let seen = seen.into_inner().map_err(|e| e.to_string())?;
    let as_before = seen.iter().filter(|n| **n == before).count();
    eprintln!(
        "concurrent: runs beside the build {beside:?}; queries saw the document as before {as_before} times, as after {} times",
        seen.len() - as_before
    );
    for what in ["query", "second build", "export", "stats"] {
        assert!(
            beside.get(what).copied().unwrap_or(0) > 0,
            "no {what} ran while the build did ({beside:?}): make TALKS larger"
        );
    }
    assert_eq!(document_counts(&store)?, v2, "the build's result");
    Ok(())
}
