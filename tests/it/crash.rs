//! No data lost: `talkgraph build` killed with SIGKILL at many points leaves every document's
//! graph exactly as it was before or after that document — never a part — and a rerun
//! completes.
//!
//! Three generated listings are built together: two small ones (one transaction each) and a
//! large one (written by the bulk loader: `--bulk-threshold` is lowered so that a listing of a
//! few thousand talks takes that path). Each document's graph carries its build key, a hash of
//! its text and the build settings, so "the state after" is checked by key and triple count
//! against a reference build that was not interrupted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use talkgraph::store::GraphStore;

use crate::hay::{copy_dir, TestResult};

const FILES: [(&str, usize); 3] = [("a.txt", 200), ("b.txt", 200), ("large.txt", 2000)];
/// The large listing (~2000 × 20 estimated triples) goes through the bulk loader, the others
/// (~4000) through a transaction.
const BULK_THRESHOLD: &str = "10000";
/// Fractions of an uninterrupted build's wall time at which the build is killed.
const KILL_AT: [f64; 4] = [0.1, 0.35, 0.6, 0.85];

/// What one graph holds: (build key, triples).
type State = BTreeMap<String, (Option<String>, usize)>;

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_talkgraph"))
}

fn write_listings(dir: &Path, seed: u64) -> TestResult {
    for (i, (name, talks)) in FILES.iter().enumerate() {
        let text = talkgraph::generate::generate(*talks, seed * 10 + i as u64);
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

fn build_command(dir: &Path, store: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1795824000")
        .arg("build")
        .args(FILES.iter().map(|(name, _)| *name))
        .arg("--store")
        .arg(store)
        .args(["--bulk-threshold", BULK_THRESHOLD])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// Builds to the end; the wall time it took.
fn build(dir: &Path, store: &Path) -> Result<Duration, Box<dyn std::error::Error>> {
    let started = Instant::now();
    let status = build_command(dir, store).status()?;
    assert!(status.success(), "build failed: {status}");
    Ok(started.elapsed())
}

/// The document graphs of the store (vocabulary and metadata graphs left out), and the graphs
/// marked as interrupted.
fn state(store: &Path) -> Result<(State, Vec<String>), Box<dyn std::error::Error>> {
    let store = GraphStore::open(store)?;
    let mut out = State::new();
    for info in store.graphs()? {
        if info.source.is_some() {
            out.insert(info.graph.clone(), (info.build_key.clone(), info.triples));
        }
    }
    let interrupted = store.interrupted()?.into_iter().map(|(g, _)| g).collect();
    Ok((out, interrupted))
}

/// Starts a build, kills it with SIGKILL after `after`, and checks what the store holds against
/// the states `before` and `after_state`; then reruns the build and checks it completes.
/// How the documents stood after the kills: (as before, as after, absent and marked).
#[derive(Debug, Default)]
struct Tally {
    before: usize,
    after: usize,
    marked: usize,
}

fn kill_and_check(
    dir: &Path,
    store: &Path,
    after: Duration,
    before: &State,
    complete: &State,
    tally: &mut Tally,
) -> TestResult {
    let mut child = build_command(dir, store).spawn()?;
    std::thread::sleep(after);
    child.kill()?; // SIGKILL on Unix (an error if it had already exited)
    child.wait()?;
    if !store.join("CURRENT").exists() {
        // killed before RocksDB wrote its first file: nothing to lose
        assert!(before.is_empty(), "the store vanished");
    } else {
        let (now, interrupted) = state(store)?;
        for (graph, done) in complete {
            let was = before.get(graph);
            match now.get(graph) {
                Some(found) if found == done => tally.after += 1,
                Some(found) => {
                    assert!(
                        Some(found) == was,
                        "{graph} after a kill at {after:?}: {found:?}, neither {was:?} nor {done:?}"
                    );
                    tally.before += 1;
                }
                // only a bulk-loaded graph being replaced may be absent, and then it is marked
                None if was.is_none() => tally.before += 1,
                None => {
                    assert!(
                        interrupted.contains(graph),
                        "{graph} lost after a kill at {after:?} without a mark"
                    );
                    tally.marked += 1;
                }
            }
        }
        assert!(
            now.keys().all(|g| complete.contains_key(g)),
            "unexpected graphs after a kill at {after:?}: {now:?}"
        );
    }
    build(dir, store)?;
    let (rerun, interrupted) = state(store)?;
    assert_eq!(&rerun, complete, "the rerun after a kill at {after:?}");
    assert!(
        interrupted.is_empty(),
        "marks left after the rerun: {interrupted:?}"
    );
    Ok(())
}

#[test]
fn crash_killed_builds_lose_nothing() -> TestResult {
    let work = tempfile::tempdir()?;
    let dir = work.path();

    // Reference states: version 1 of the three listings, then version 2 replacing them.
    write_listings(dir, 1)?;
    let reference = dir.join("reference");
    let fresh_time = build(dir, &reference)?;
    let (v1, marks) = state(&reference)?;
    assert_eq!(v1.len(), 3, "{v1:?}");
    assert!(marks.is_empty());
    let v1_store = dir.join("v1-store");
    copy_dir(&reference, &v1_store)?;
    write_listings(dir, 2)?;
    let replace_time = build(dir, &reference)?;
    let (v2, _) = state(&reference)?;
    assert_eq!(v2.len(), 3);
    assert!(
        v1.iter().all(|(g, s)| v2.get(g) != Some(s)),
        "version 2 must differ"
    );

    let mut kills = 0;
    let mut tally = Tally::default();
    // Into an empty store: each document is absent or complete.
    write_listings(dir, 1)?;
    for (i, f) in KILL_AT.iter().enumerate() {
        let store = dir.join(format!("fresh-{i}"));
        kill_and_check(
            dir,
            &store,
            fresh_time.mul_f64(*f),
            &State::new(),
            &v1,
            &mut tally,
        )?;
        kills += 1;
    }
    // Over a store holding version 1: each document is version 1 or version 2.
    write_listings(dir, 2)?;
    for (i, f) in KILL_AT.iter().enumerate() {
        let store = dir.join(format!("replace-{i}"));
        copy_dir(&v1_store, &store)?;
        kill_and_check(dir, &store, replace_time.mul_f64(*f), &v1, &v2, &mut tally)?;
        kills += 1;
    }
    assert_eq!(kills, 2 * KILL_AT.len());
    eprintln!(
        "crash: {kills} kills; documents found as before {}, as after {}, absent and marked {}",
        tally.before, tally.after, tally.marked
    );
    // the kill points fall inside the writes, not all before or after them
    assert!(tally.before > 0 && tally.after > 0, "{tally:?}");
    Ok(())
}

/// A write that fails for want of room (here a file size limit, `ulimit -f`, which makes writes
/// fail with EFBIG as a full disk does with ENOSPC) is a clear error naming the store, and the
/// store opens afterwards holding what it held before.
#[test]
fn crash_a_full_disk_loses_nothing() -> TestResult {
    let work = tempfile::tempdir()?;
    let dir = work.path();
    write_listings(dir, 5)?;
    let store = dir.join("store");
    let status = Command::new(bin())
        .current_dir(dir)
        .args(["build", "a.txt", "--store"])
        .arg(&store)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    assert!(status.success());
    let (before, _) = state(&store)?;
    // SIGXFSZ ignored (inherited through exec), so the write returns EFBIG instead of killing
    let script = format!(
        "trap '' XFSZ; ulimit -f 1000; exec '{}' build large.txt b.txt --store '{}' \
         --bulk-threshold 10000",
        bin().display(),
        store.display()
    );
    let out = Command::new("sh")
        .current_dir(dir)
        .args(["-c", &script])
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "a build past the limit succeeded: {err}"
    );
    assert!(
        err.contains(&store.display().to_string()) && err.contains("disk is full"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    let (after, marks) = state(&store)?;
    assert_eq!(after, before, "{err}");
    assert!(marks.is_empty());
    // with room again, the same build completes
    let status = Command::new(bin())
        .current_dir(dir)
        .args(["build", "large.txt", "b.txt", "--store"])
        .arg(&store)
        .args(["--bulk-threshold", "10000"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    assert!(status.success());
    assert_eq!(state(&store)?.0.len(), 3);
    Ok(())
}

/// A store the user may not write: `build` fails naming the store and saying why, changes
/// nothing, and reading commands still work. CI runs as root, which may write anywhere, so
/// there the build runs as an unprivileged user (setpriv); elsewhere the store is made
/// read-only.
#[test]
fn crash_a_store_it_may_not_write_is_refused_clearly() -> TestResult {
    let work = tempfile::tempdir()?;
    let dir = work.path();
    write_listings(dir, 7)?;
    let store = dir.join("store");
    build(dir, &store)?;
    let (before, _) = state(&store)?;
    let root = std::fs::read_to_string("/proc/self/status")?
        .lines()
        .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"));
    let run = |args: &[&str]| -> std::io::Result<std::process::Output> {
        let mut cmd = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(bin());
            c
        } else {
            Command::new(bin())
        };
        cmd.current_dir(dir)
            .args(args)
            .arg("--store")
            .arg(&store)
            .output()
    };
    // everyone may read and traverse; only the owner may write
    Command::new("chmod")
        .arg("-R")
        .arg("a+rX,go-w")
        .arg(dir)
        .status()?;
    if !root {
        Command::new("chmod")
            .arg("-R")
            .arg("a-w")
            .arg(&store)
            .status()?;
    }
    std::fs::write(dir.join("new.txt"), talkgraph::generate::generate(20, 99))?;
    Command::new("chmod")
        .arg("a+r")
        .arg(dir.join("new.txt"))
        .status()?;
    let out = run(&["build", "new.txt"])?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains(&store.display().to_string()) && err.contains("may not write"),
        "{err}"
    );
    let read = run(&["query", "graphs"])?;
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    if !root {
        Command::new("chmod")
            .arg("-R")
            .arg("u+w")
            .arg(&store)
            .status()?;
    }
    assert_eq!(state(&store)?.0, before);
    Ok(())
}
