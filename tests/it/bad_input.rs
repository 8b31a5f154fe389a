//! Bad inputs through the binary, one table row each.
//!
//! A row makes its input in a folder of its own, runs `extract` and/or `build` on it (`build` into
//! a copy of a store that already holds the sample listing), and checks the exit status, the
//! messages (the file name, and the line where one applies) and what became of the store: a
//! canonical dump (`export --format nquads`, sorted) must be the same afterwards, or, where the
//! row legitimately adds a graph, the graphs that were there must be untouched and the new one
//! must parse back from `export --graph IRI --format turtle`.
//!
//! Exit status policy: `extract` fails (1) only when nothing could be read; `build` skips what it
//! cannot read, naming it, fails (1) when nothing could be read and leaves the store as it was;
//! usage errors such as a bad `--base` are 2.
//!
//! Every row runs even when an earlier one fails; the test fails at the end with all failures.
#![cfg(unix)]

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use assert_cmd::cargo::{cargo_bin, cargo_bin_cmd};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Term, Triple};

use crate::hay::{copy_dir, sample_path, TestResult};

type AnyResult<T> = Result<T, Box<dyn Error>>;

/// A row-specific check: returns the failures it found.
type Check = fn(&Ran) -> AnyResult<Vec<String>>;

/// The uid and gid `setpriv` drops to (nobody).
const NOBODY: u32 = 65534;

/// No command of the table should come near this.
const TIMEOUT: Duration = Duration::from_secs(120);

/// What `build` says when it read nothing.
const NOTHING_READ: &[&str] = &["the store is unchanged"];

const PROV_DERIVED: &str = "http://www.w3.org/ns/prov#wasDerivedFrom";

/// How a row's input comes about, at `Row::file` in the row's folder.
enum Input {
    /// A file with these bytes.
    File(Vec<u8>),
    /// A folder.
    Dir,
    /// Nothing.
    Missing,
    /// A file with these bytes and mode 000, read by an unprivileged user.
    Unreadable(Vec<u8>),
}

/// What a command should do.
struct Expect {
    code: i32,
    /// Each group of fragments must appear together on one line of standard error.
    stderr: Lines,
}

/// What `build` may do to the store.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// The dump is the same as before.
    Unchanged,
    /// One graph more; the others are the same as before.
    AddsGraph,
}

struct Row {
    name: &'static str,
    /// The input's name in the row's folder; commands run in that folder and are given this name.
    file: &'static str,
    input: Input,
    extract: Option<Expect>,
    build: Option<(Expect, Effect)>,
    /// Options for `build` before the file.
    build_args: &'static [&'static str],
    check: Option<Check>,
}

/// What a row's commands did, for its check.
struct Ran<'a> {
    dir: &'a Path,
    file: PathBuf,
    template: &'a Path,
    extract: Option<Output>,
    store: PathBuf,
    /// The sorted N-Quads dump after `build`.
    after: Option<Vec<String>>,
    /// The graph `build` added.
    new_graph: Option<String>,
}

/// How talkgraph is started for a row.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Runner {
    Direct,
    /// Through `setpriv` as nobody, for the unreadable file when the tests run as root.
    Nobody,
}

#[test]
fn bad_inputs_table() -> TestResult {
    let root = tempfile::tempdir()?;
    let template = root.path().join("template");
    let built = talkgraph(Runner::Direct, root.path())
        .arg("build")
        .arg("--store")
        .arg(&template)
        .arg(sample_path())
        .output()?;
    assert!(built.status.success(), "{}", text(&built.stderr));
    let before = dump(root.path(), &template)?;
    assert!(!before.is_empty());

    let rows = rows()?;
    // the biggest inputs first, so that they do not finish last
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(rows.get(i).map_or(0, |r| input_len(&r.input))));
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let take = || {
                    order
                        .get(next.fetch_add(1, Ordering::SeqCst))
                        .and_then(|&i| rows.get(i))
                };
                while let Some(row) = take() {
                    let start = Instant::now();
                    let outcome = run_row(root.path(), &template, &before, row)
                        .unwrap_or_else(|e| Outcome::Failed(vec![format!("could not run: {e}")]));
                    if let Ok(mut results) = results.lock() {
                        results.push((row.name, outcome, start.elapsed()));
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().map_err(|e| e.to_string())?;
    results.sort_by_key(|(name, ..)| rows.iter().position(|r| r.name == *name));
    assert_eq!(results.len(), rows.len(), "a row did not report");

    let mut failed = Vec::new();
    for (name, outcome, took) in &results {
        let secs = took.as_secs_f32();
        match outcome {
            Outcome::Passed => eprintln!("bad input: PASS {name} ({secs:.1} s)"),
            Outcome::Skipped(why) => eprintln!("bad input: SKIP {name}: {why}"),
            Outcome::Failed(fails) => {
                eprintln!("bad input: FAIL {name} ({secs:.1} s)");
                failed.push(format!("--- {name}\n  {}", fails.join("\n  ")));
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} rows failed:\n{}",
        failed.len(),
        results.len(),
        failed.join("\n")
    );
    Ok(())
}

/// The table. Message fragments: each group must appear together on one line of stderr.
fn rows() -> AnyResult<Vec<Row>> {
    use Effect::{AddsGraph, Unchanged};
    use Input::{Dir, File, Missing, Unreadable};
    let sample = std::fs::read(sample_path())?;
    let fresh = || b"Learning to Optimize\nJane Doe, Stanford University\n".to_vec();
    Ok(vec![
        Row::new("empty file", "empty.txt", File(Vec::new()))
            .extract(1, &[&["empty.txt", "file is empty"]])
            .build(
                1,
                &[&["empty.txt", "file is empty"], NOTHING_READ],
                Unchanged,
            ),
        Row::new("only whitespace", "blank.txt", File(WHITESPACE.into()))
            .extract(1, &[&["blank.txt", "file is empty"]])
            .build(
                1,
                &[&["blank.txt", "file is empty"], NOTHING_READ],
                Unchanged,
            ),
        Row::new("binary: PNG", "image.png", File(PNG.to_vec()))
            .extract(1, &[&["image.png", "binary", "PNG"]])
            .build(
                1,
                &[&["image.png", "binary", "PNG"], NOTHING_READ],
                Unchanged,
            ),
        Row::new("binary: ELF", "a.out", File(elf()))
            .extract(1, &[&["a.out", "binary", "ELF"]])
            .build(1, &[&["a.out", "binary", "ELF"], NOTHING_READ], Unchanged),
        // named .txt: the content decides, not the name
        Row::new("binary: gzip", "talks-gz.txt", File(GZIP.to_vec()))
            .extract(1, &[&["talks-gz.txt", "binary", "gzip"]])
            .build(
                1,
                &[&["talks-gz.txt", "binary", "gzip"], NOTHING_READ],
                Unchanged,
            ),
        Row::new(
            "invalid UTF-8 in the middle",
            "latin1.txt",
            File(LATIN1.to_vec()),
        )
        .extract(0, &[&["latin1.txt:3:", "invalid UTF-8"]])
        .build(
            0,
            &[
                &["latin1.txt:3:", "invalid UTF-8"],
                &["latin1.txt", "added"],
            ],
            AddsGraph,
        )
        .check(check_lossy_utf8),
        Row::new(
            "UTF-16 LE with BOM",
            "utf16le.txt",
            File(utf16(u16::to_le_bytes)),
        )
        .extract(0, &[&["utf16le.txt", "UTF-16"]])
        .build(
            0,
            &[&["utf16le.txt", "UTF-16"], &["utf16le.txt", "added"]],
            AddsGraph,
        )
        .check(check_two_talks),
        Row::new(
            "UTF-16 BE with BOM",
            "utf16be.txt",
            File(utf16(u16::to_be_bytes)),
        )
        .extract(0, &[&["utf16be.txt", "UTF-16"]])
        .build(
            0,
            &[&["utf16be.txt", "UTF-16"], &["utf16be.txt", "added"]],
            AddsGraph,
        )
        .check(check_two_talks),
        // the sample warns at lines 49 and 50: the line numbers must survive the line ends
        Row::new(
            "CRLF line ends",
            "talks.txt",
            File(newlines(&sample, b"\r\n")),
        )
        .extract(0, SAMPLE_WARNINGS)
        .build(0, &[&["talks.txt", "added"]], AddsGraph)
        .check(check_same_as_lf),
        Row::new(
            "lone CR line ends",
            "talks.txt",
            File(newlines(&sample, b"\r")),
        )
        .extract(0, SAMPLE_WARNINGS)
        .build(0, &[&["talks.txt", "added"]], AddsGraph)
        .check(check_same_as_lf),
        // one line and no line end at all: read, nothing found, an empty graph
        Row::new("a 50 MB single line", "one-line.txt", File(prose(50 << 20)))
            .extract(0, &[&["one-line.txt", "no talks found"]])
            .build(0, &[&["one-line.txt", "no talks found"]], AddsGraph),
        // extract only: building and exporting a 50 MB abstract costs the debug binary some 12 s
        // of its own, and the single line above goes through build already
        Row::new(
            "a 50 MB line between two talks",
            "long.txt",
            File(long_abstract()),
        )
        .extract(0, &[])
        .check(check_long_abstract),
        Row::new(
            "1,000,000 lines of one character",
            "million.txt",
            File(b"x\n".repeat(1_000_000)),
        )
        .extract(0, &[&["million.txt", "no talks found"]])
        .build(0, &[&["million.txt", "no talks found"]], AddsGraph),
        Row::new("a directory given as file", "folder.txt", Dir)
            .extract(1, &[&["folder.txt", "directory"]])
            .build(1, &[&["folder.txt", "directory"], NOTHING_READ], Unchanged),
        Row::new("a missing file", "missing.txt", Missing)
            .extract(1, &[&["missing.txt", "No such file"]])
            .build(
                1,
                &[&["missing.txt", "No such file"], NOTHING_READ],
                Unchanged,
            ),
        Row::new(
            "an unreadable file",
            "secret.txt",
            Unreadable(sample.clone()),
        )
        .extract(1, &[&["secret.txt", "Permission denied"]])
        .build(
            1,
            &[&["secret.txt", "Permission denied"], NOTHING_READ],
            Unchanged,
        ),
        Row::new(
            "a speaker line but no title",
            "orphan.txt",
            File(ORPHAN.to_vec()),
        )
        .extract(
            0,
            &[
                &["orphan.txt:1:", "without a title"],
                &["orphan.txt", "no talks found"],
            ],
        )
        .build(0, &[&["orphan.txt:1:", "without a title"]], AddsGraph),
        Row::new(
            "a speaker line without a title after a talk",
            "orphan2.txt",
            File(ORPHAN_AFTER.to_vec()),
        )
        .extract(0, &[&["orphan2.txt:4:", "without a title"]])
        .build(
            0,
            &[
                &["orphan2.txt:4:", "without a title"],
                &["orphan2.txt", "added"],
            ],
            AddsGraph,
        )
        .check(check_orphan_after_talk),
        Row::new(
            "names with quotes, angle brackets, backslashes and emoji",
            "names.txt",
            File(ODD_NAMES.into()),
        )
        .extract(0, &[])
        .build(0, &[&["names.txt", "added"]], AddsGraph)
        .check(check_odd_names),
        Row::new(
            "a file name with quotes, angle brackets, a backslash and emoji",
            ODD_FILE,
            File(fresh()),
        )
        .extract(0, &[])
        .build(0, &[&[ODD_FILE, "added"]], AddsGraph)
        .check(check_source_iri_is_the_path),
        Row::new("--base with a space", "fresh.txt", File(fresh()))
            .build_args(&["--base", "not an iri"])
            .build(2, &[&["--base", "not an iri", "absolute IRI"]], Unchanged),
        Row::new("--base a relative reference", "fresh.txt", File(fresh()))
            .build_args(&["--base", "talks/"])
            .build(2, &[&["--base", "talks/", "absolute IRI"]], Unchanged),
        Row::new("--base an absolute path", "fresh.txt", File(fresh()))
            .build_args(&["--base", "/srv/talks/"])
            .build(2, &[&["--base", "/srv/talks/", "absolute IRI"]], Unchanged),
        Row::new("--base empty", "fresh.txt", File(fresh()))
            .build_args(&["--base", ""])
            .build(2, &[&["--base", "absolute IRI"]], Unchanged),
        // RFC 3987's absolute-IRI has no fragment; with one, every IRI minted would be a fragment
        // of one document (<https://example.org/talks#here/graph/fresh>)
        Row::new("--base with a fragment", "fresh.txt", File(fresh()))
            .build_args(&["--base", "https://example.org/talks#here/"])
            .build(
                2,
                &[&["--base", "https://example.org/talks#here"]],
                Unchanged,
            ),
    ])
}

/// Stderr groups: the warnings the sample gives, with their lines.
type Lines = &'static [&'static [&'static str]];

const SAMPLE_WARNINGS: Lines = &[
    &["talks.txt:49:", "timestamp 01:51:00"],
    &["talks.txt:50:", "timestamp 59:54:00"],
];

const WHITESPACE: &str = " \n\t\n\r\n\u{a0}\u{3000}\n\u{b}\u{c}\n  ";

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";

const GZIP: &[u8] = b"\x1f\x8b\x08\x08\x5c\x8e\x3a\x67\x00\x03talks.txt\0\
                      \xcb\x48\xcd\xc9\xc9\xe7\x02\0\x20\x30\x3a\x36\x06\0\0\0";

const LATIN1: &[u8] = b"Hunting the Hessian\nMadeleine Udell, Stanford University\n\
    Preconditioning with a bad byte \xE9 here, and more words to make it prose for sure.\n\
    The Wisdom of the Body Revisited\nBenjamin Recht, UC Berkeley\n";

const TWO_TALKS: &str = "\u{feff}Hunting the Hessian\nMadeleine Udell, Stanford University\n\
                         The Wisdom of the Body Revisited\nBenjamin Recht, UC Berkeley\n";

const ORPHAN: &[u8] = b"Madeleine Udell, Stanford University\n\
    Ill conditioned loss landscapes are ubiquitous in machine learning, and they slow down optimization.\n";

const ORPHAN_AFTER: &[u8] = b"Hunting the Hessian\nMadeleine Udell, Stanford University\n\
    Ill conditioned loss landscapes are ubiquitous in machine learning, and they slow down optimization.\n\
    Benjamin Recht, UC Berkeley\n\
    In 1932, Walter Cannon published his seminal text, The Wisdom of the Body, introducing homeostasis.\n";

const ODD_NAMES: &str = "Learning \"Quoted\" <Angle> Things \\ with \\n backslashes 🚀\n\
Jane \"JJ\" O'Doe, <script>alert(1)</script> Institute\n\
We study quoted and bracketed things with a backslash \\ and \\\" and an emoji 🚀 in the abstract of this talk.\n\
Emoji 🎉 Talk\n\
Zoë 🦀 Smith \\ Jr., University of 🎓 Studies\n\
Another abstract about rockets 🚀 and \"quotes\" <tags> and C:\\path\\to\\file here, with &amp; and ]]> too.\n";

const ODD_FILE: &str = "say \"hi\" <now> \\ 🚀.txt";

impl Row {
    fn new(name: &'static str, file: &'static str, input: Input) -> Self {
        Row {
            name,
            file,
            input,
            extract: None,
            build: None,
            build_args: &[],
            check: None,
        }
    }

    fn extract(mut self, code: i32, stderr: Lines) -> Self {
        self.extract = Some(Expect { code, stderr });
        self
    }

    fn build(mut self, code: i32, stderr: Lines, effect: Effect) -> Self {
        self.build = Some((Expect { code, stderr }, effect));
        self
    }

    fn build_args(mut self, args: &'static [&'static str]) -> Self {
        self.build_args = args;
        self
    }

    fn check(mut self, check: Check) -> Self {
        self.check = Some(check);
        self
    }
}

/// Runs one row.
fn run_row(root: &Path, template: &Path, before: &[String], row: &Row) -> AnyResult<Outcome> {
    let mut fails = Vec::new();
    let dir = root.join(slug(row.name));
    std::fs::create_dir(&dir)?;
    let file = dir.join(row.file);
    let store = dir.join("store");
    if row.build.is_some() {
        copy_dir(template, &store)?;
    }
    let mut runner = Runner::Direct;
    match &row.input {
        Input::File(bytes) => std::fs::write(&file, bytes)?,
        Input::Dir => std::fs::create_dir(&file)?,
        Input::Missing => {}
        Input::Unreadable(bytes) => {
            std::fs::write(&file, bytes)?;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000))?;
            match unprivileged_runner(root, &dir, &file, &store)? {
                Ok(r) => runner = r,
                // Root reads a mode-000 file, and no unprivileged user is at hand: the file
                // cannot be made unreadable, so there is nothing this row can assert.
                Err(why) => return Ok(Outcome::Skipped(why)),
            }
        }
    }

    let extract = match &row.extract {
        Some(expect) => {
            let out = talkgraph(runner, &dir)
                .args(["extract", "-f", "json", row.file])
                .output()?;
            expect_run(&mut fails, "extract", expect, &out);
            Some(out)
        }
        None => None,
    };

    let mut after = None;
    let mut new_graph = None;
    if let Some((expect, effect)) = &row.build {
        let out = talkgraph(runner, &dir)
            .arg("build")
            .arg("--store")
            .arg(&store)
            .args(row.build_args)
            .arg(row.file)
            .output()?;
        expect_run(&mut fails, "build", expect, &out);
        let lines = dump(&dir, &store)?;
        match effect {
            Effect::Unchanged => {
                if lines != before {
                    fails.push(format!("build changed the store: {}", diff(before, &lines)));
                }
            }
            Effect::AddsGraph => {
                new_graph = check_adds_one_graph(&mut fails, &dir, &store, before, &lines)?;
            }
        }
        after = Some(lines);
    }

    if let Some(check) = row.check {
        let ran = Ran {
            dir: &dir,
            file,
            template,
            extract,
            store,
            after,
            new_graph,
        };
        fails.extend(check(&ran)?);
    }
    Ok(if fails.is_empty() {
        Outcome::Passed
    } else {
        Outcome::Failed(fails)
    })
}

enum Outcome {
    Passed,
    Skipped(String),
    Failed(Vec<String>),
}

/// talkgraph, run in `dir` with a fixed build date.
fn talkgraph(runner: Runner, dir: &Path) -> assert_cmd::Command {
    let mut cmd = match runner {
        Runner::Direct => cargo_bin_cmd!("talkgraph"),
        Runner::Nobody => {
            let mut cmd = assert_cmd::Command::new("setpriv");
            cmd.args(nobody_args()).arg(cargo_bin!("talkgraph"));
            cmd
        }
    };
    cmd.current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1795824000")
        .env_remove("TALKGRAPH_STORE")
        .timeout(TIMEOUT);
    cmd
}

fn nobody_args() -> [String; 3] {
    [
        format!("--reuid={NOBODY}"),
        format!("--regid={NOBODY}"),
        "--clear-groups".to_owned(),
    ]
}

/// How to run talkgraph so that `file` (mode 000) really cannot be read: directly when this
/// process cannot read it either; as nobody through `setpriv` when the tests run as root (who
/// reads any file); `Err` with the reason when neither works.
fn unprivileged_runner(
    root: &Path,
    dir: &Path,
    file: &Path,
    store: &Path,
) -> AnyResult<Result<Runner, String>> {
    match std::fs::File::open(file) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Ok(Ok(Runner::Direct))
        }
        Err(e) => return Err(e.into()),
        Ok(_) => {}
    }
    // nobody must reach the folder, and own the store it builds into
    for d in [root, dir] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755))?;
    }
    chown_all(store, NOBODY)?;
    // and must be able to run talkgraph on a readable file there
    let probe = dir.join("probe.txt");
    std::fs::write(
        &probe,
        "Hunting the Hessian\nMadeleine Udell, Stanford University\n",
    )?;
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o644))?;
    let out = talkgraph(Runner::Nobody, dir)
        .args(["extract", "-f", "json", "probe.txt"])
        .output();
    std::fs::remove_file(&probe)?;
    match out {
        Ok(out) if out.status.success() => {
            eprintln!(
                "bad input: running as root; the unreadable file is read as nobody (setpriv)"
            );
            Ok(Ok(Runner::Nobody))
        }
        Ok(out) => Ok(Err(format!(
            "running as root, and talkgraph cannot run as nobody through setpriv: {}",
            text(&out.stderr)
        ))),
        Err(e) => Ok(Err(format!(
            "running as root, and setpriv is not at hand: {e}"
        ))),
    }
}

fn chown_all(path: &Path, id: u32) -> std::io::Result<()> {
    std::os::unix::fs::lchown(path, Some(id), Some(id))?;
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            chown_all(&entry?.path(), id)?;
        }
    }
    Ok(())
}

/// Records where `out` differs from `expect`.
fn expect_run(fails: &mut Vec<String>, what: &str, expect: &Expect, out: &Output) {
    let stderr = text(&out.stderr);
    let code = out.status.code();
    if code != Some(expect.code) {
        let got = code.map_or_else(
            || format!("was killed ({}; a timeout is {TIMEOUT:?})", out.status),
            |c| format!("exited {c}"),
        );
        fails.push(format!(
            "{what} {got}, expected {}; stderr:\n{}",
            expect.code,
            indent(&stderr)
        ));
    }
    for group in expect.stderr {
        if !stderr
            .lines()
            .any(|line| group.iter().all(|f| line.contains(f)))
        {
            fails.push(format!(
                "{what}: no line of stderr holds all of {group:?}; stderr:\n{}",
                indent(&stderr)
            ));
        }
    }
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        fails.push(format!("{what} panicked:\n{}", indent(&stderr)));
    }
}

/// The store's canonical dump: N-Quads lines, sorted.
fn dump(dir: &Path, store: &Path) -> AnyResult<Vec<String>> {
    let out = talkgraph(Runner::Direct, dir)
        .args(["export", "--format", "nquads", "--store"])
        .arg(store)
        .output()?;
    if !out.status.success() {
        return Err(format!("export failed: {}", text(&out.stderr)).into());
    }
    let mut lines: Vec<String> = String::from_utf8(out.stdout)?
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    Ok(lines)
}

/// The triples of each graph of a dump ("" for the default graph).
fn by_graph(lines: &[String]) -> AnyResult<BTreeMap<String, BTreeSet<String>>> {
    let mut graphs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(lines.join("\n").as_bytes()) {
        let quad = quad?;
        let graph = match &quad.graph_name {
            GraphName::NamedNode(n) => n.as_str().to_owned(),
            GraphName::BlankNode(b) => b.to_string(),
            GraphName::DefaultGraph => String::new(),
        };
        graphs
            .entry(graph)
            .or_default()
            .insert(Triple::from(quad).to_string());
    }
    Ok(graphs)
}

/// The graphs in `before` are untouched and there is one more, which parses back from its Turtle
/// export; returns its IRI.
fn check_adds_one_graph(
    fails: &mut Vec<String>,
    dir: &Path,
    store: &Path,
    before: &[String],
    after: &[String],
) -> AnyResult<Option<String>> {
    let old = by_graph(before)?;
    let new = by_graph(after)?;
    for (graph, triples) in &old {
        match new.get(graph) {
            Some(now) if now == triples => {}
            Some(now) => fails.push(format!(
                "build changed the graph <{graph}>: {} triples lost, {} gained",
                triples.difference(now).count(),
                now.difference(triples).count()
            )),
            None => fails.push(format!("build removed the graph <{graph}>")),
        }
    }
    let added: Vec<&String> = new.keys().filter(|g| !old.contains_key(*g)).collect();
    let [graph] = added.as_slice() else {
        fails.push(format!("build should add one graph, it added {added:?}"));
        return Ok(None);
    };
    let out = talkgraph(Runner::Direct, dir)
        .args([
            "export",
            "--format",
            "turtle",
            "--graph",
            graph.as_str(),
            "--store",
        ])
        .arg(store)
        .output()?;
    if !out.status.success() {
        fails.push(format!(
            "export --graph {graph} failed: {}",
            text(&out.stderr)
        ));
        return Ok(Some((*graph).clone()));
    }
    match parse_triples(RdfFormat::Turtle, &out.stdout) {
        Ok(parsed) => {
            if Some(&parsed) != new.get(*graph) {
                fails.push(format!(
                    "the Turtle export of <{graph}> parses to {} triples, the graph has {}",
                    parsed.len(),
                    new.get(*graph).map_or(0, BTreeSet::len)
                ));
            }
        }
        Err(e) => fails.push(format!(
            "the Turtle export of <{graph}> does not parse: {e}"
        )),
    }
    Ok(Some((*graph).clone()))
}

fn parse_triples(format: RdfFormat, bytes: &[u8]) -> AnyResult<BTreeSet<String>> {
    let mut triples = BTreeSet::new();
    for quad in RdfParser::from_format(format).for_slice(bytes) {
        triples.insert(Triple::from(quad?).to_string());
    }
    Ok(triples)
}

// ---- row checks ----

/// The JSON `extract` printed for the row.
fn extracted(ran: &Ran) -> AnyResult<serde_json::Value> {
    let out = ran.extract.as_ref().ok_or("the row ran no extract")?;
    Ok(serde_json::from_slice(&out.stdout)?)
}

fn talks(v: &serde_json::Value) -> Vec<serde_json::Value> {
    v["documents"][0]["talks"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn check_lossy_utf8(ran: &Ran) -> AnyResult<Vec<String>> {
    let v = extracted(ran)?;
    let talks = talks(&v);
    let mut fails = Vec::new();
    if talks.len() != 2 {
        fails.push(format!("expected 2 talks, got {}", talks.len()));
    }
    if !talks
        .first()
        .and_then(|t| t["abstract"].as_str())
        .is_some_and(|a| a.contains("bad byte \u{fffd} here"))
    {
        fails.push("the bad byte is not U+FFFD in the first abstract".into());
    }
    if talks.get(1).map(|t| &t["line"]) != Some(&serde_json::json!(4)) {
        fails.push("the talk after the bad byte should start at line 4".into());
    }
    Ok(fails)
}

fn check_two_talks(ran: &Ran) -> AnyResult<Vec<String>> {
    let v = extracted(ran)?;
    let got: Vec<(String, String, String)> = talks(&v)
        .iter()
        .map(|t| {
            (
                t["title"].as_str().unwrap_or_default().to_owned(),
                t["speakers"][0]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                t["line"].to_string(),
            )
        })
        .collect();
    let want = vec![
        (
            "Hunting the Hessian".to_owned(),
            "Madeleine Udell".to_owned(),
            "1".to_owned(),
        ),
        (
            "The Wisdom of the Body Revisited".to_owned(),
            "Benjamin Recht".to_owned(),
            "3".to_owned(),
        ),
    ];
    Ok(if got == want {
        Vec::new()
    } else {
        vec![format!(
            "talks (title, speaker, line) {got:?}, expected {want:?}"
        )]
    })
}

/// CRLF and CR listings extract and build exactly as the LF sample does.
fn check_same_as_lf(ran: &Ran) -> AnyResult<Vec<String>> {
    let mut fails = Vec::new();
    // extract: the same document but for its source
    let lf_out = talkgraph(Runner::Direct, ran.dir)
        .args(["extract", "-f", "json"])
        .arg(sample_path())
        .output()?;
    let mut lf: serde_json::Value = serde_json::from_slice(&lf_out.stdout)?;
    let mut got = extracted(ran)?;
    for doc in [&mut lf, &mut got] {
        if let Some(d) = doc["documents"][0].as_object_mut() {
            d.remove("source");
        }
    }
    if got != lf {
        fails.push("extract differs from the LF listing's".into());
    }
    // build: the same graph as the LF listing under the same name gives
    let lf_dir = ran.dir.join("lf");
    std::fs::create_dir(&lf_dir)?;
    std::fs::copy(sample_path(), lf_dir.join("talks.txt"))?;
    let lf_store = lf_dir.join("store");
    copy_dir(ran.template, &lf_store)?;
    let built = talkgraph(Runner::Direct, &lf_dir)
        .args(["build", "--store"])
        .arg(&lf_store)
        .arg("talks.txt")
        .output()?;
    if !built.status.success() {
        return Err(format!("the LF build failed: {}", text(&built.stderr)).into());
    }
    let want = comparable(&dump(&lf_dir, &lf_store)?, &lf_dir)?;
    let got = comparable(ran.after.as_deref().unwrap_or_default(), ran.dir)?;
    if got != want {
        fails.push(format!(
            "build differs from the LF listing's: {}",
            diff(&want, &got)
        ));
    }
    Ok(fails)
}

/// A dump with what depends on the bytes and the folder of the source taken out.
fn comparable(lines: &[String], dir: &Path) -> AnyResult<Vec<String>> {
    let url = format!("file://{}/", std::fs::canonicalize(dir)?.display());
    Ok(lines
        .iter()
        .filter(|l| !l.contains("ontology#contentHash>") && !l.contains("ontology#buildKey>"))
        .map(|l| l.replace(&url, "file:///DIR/"))
        .collect())
}

fn check_long_abstract(ran: &Ran) -> AnyResult<Vec<String>> {
    let v = extracted(ran)?;
    let talks = talks(&v);
    let mut fails = Vec::new();
    let first = talks.first().cloned().unwrap_or_default();
    if first["abstract"]
        .as_str()
        .is_none_or(|a| a.len() <= 50_000_000)
    {
        fails.push("the first talk lost its 50 MB abstract".into());
    }
    if first["end_line"] != 3 {
        fails.push(format!(
            "the first talk ends at line {}, not 3",
            first["end_line"]
        ));
    }
    let second = talks.get(1).cloned().unwrap_or_default();
    if second["title"] != "The Wisdom of the Body Revisited" || second["line"] != 4 {
        fails.push(format!(
            "the second talk should be \"The Wisdom of the Body Revisited\" at line 4, is {} at {}",
            second["title"], second["line"]
        ));
    }
    Ok(fails)
}

fn check_orphan_after_talk(ran: &Ran) -> AnyResult<Vec<String>> {
    let v = extracted(ran)?;
    let titles: Vec<&str> = v["documents"][0]["talks"]
        .as_array()
        .map(|a| a.iter().filter_map(|t| t["title"].as_str()).collect())
        .unwrap_or_default();
    Ok(if titles == ["Hunting the Hessian"] {
        Vec::new()
    } else {
        vec![format!(
            "talks {titles:?}, expected only \"Hunting the Hessian\""
        )]
    })
}

/// The odd characters survive into the graph, and every export format parses back.
fn check_odd_names(ran: &Ran) -> AnyResult<Vec<String>> {
    let mut fails = Vec::new();
    let v = extracted(ran)?;
    let mut texts = BTreeSet::new();
    for talk in talks(&v) {
        texts.extend(talk["title"].as_str().map(str::to_owned));
        texts.extend(talk["abstract"].as_str().map(str::to_owned));
        for speaker in talk["speakers"].as_array().into_iter().flatten() {
            texts.extend(speaker["name"].as_str().map(str::to_owned));
            for aff in speaker["affiliations"].as_array().into_iter().flatten() {
                texts.extend(aff["name"].as_str().map(str::to_owned));
            }
        }
    }
    for exact in [
        "Learning \"Quoted\" <Angle> Things \\ with \\n backslashes 🚀",
        "Emoji 🎉 Talk",
        "Another abstract about rockets 🚀 and \"quotes\" <tags> and C:\\path\\to\\file here, with &amp; and ]]> too.",
    ] {
        if !texts.contains(exact) {
            fails.push(format!("extract did not keep {exact:?}"));
        }
    }
    let union: BTreeSet<String> = by_graph(ran.after.as_deref().unwrap_or_default())?
        .into_values()
        .flatten()
        .collect();
    for (flag, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let out = talkgraph(Runner::Direct, ran.dir)
            .args(["export", "--format", flag, "--store"])
            .arg(&ran.store)
            .output()?;
        if !out.status.success() {
            fails.push(format!(
                "export --format {flag} failed: {}",
                text(&out.stderr)
            ));
            continue;
        }
        let parsed = match parse_triples(format, &out.stdout) {
            Ok(parsed) => parsed,
            Err(e) => {
                fails.push(format!("export --format {flag} does not parse: {e}"));
                continue;
            }
        };
        if parsed != union {
            fails.push(format!(
                "export --format {flag} parses to {} triples, the store has {}",
                parsed.len(),
                union.len()
            ));
        }
        if format == RdfFormat::Turtle {
            let literals: BTreeSet<String> = RdfParser::from_format(format)
                .for_slice(&out.stdout)
                .filter_map(Result::ok)
                .filter_map(|q| match q.object {
                    Term::Literal(l) => Some(l.value().to_owned()),
                    _ => None,
                })
                .collect();
            for missing in texts.difference(&literals) {
                fails.push(format!("the Turtle export lost the literal {missing:?}"));
            }
        }
    }
    Ok(fails)
}

/// The source's `prov:wasDerivedFrom` file IRI names the file: percent-decoded, it is its path.
fn check_source_iri_is_the_path(ran: &Ran) -> AnyResult<Vec<String>> {
    let Some(graph) = &ran.new_graph else {
        return Ok(Vec::new()); // already reported
    };
    let subject = format!("<{graph}> <{PROV_DERIVED}> <");
    let Some(iri) = ran
        .after
        .iter()
        .flatten()
        .find_map(|l| l.strip_prefix(&subject))
        .and_then(|rest| rest.split('>').next())
    else {
        return Ok(vec![format!("<{graph}> has no prov:wasDerivedFrom")]);
    };
    let want = std::fs::canonicalize(&ran.file)?;
    let got = iri
        .strip_prefix("file://")
        .and_then(percent_decode)
        .map(|b| PathBuf::from(OsString::from_vec(b)));
    Ok(if got.as_ref() == Some(&want) {
        Vec::new()
    } else {
        vec![format!(
            "the source IRI <{iri}> decodes to {got:?}, not the file {want:?}"
        )]
    })
}

// ---- inputs ----

fn elf() -> Vec<u8> {
    let mut bytes = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0\x01\0\0\0".to_vec();
    bytes.resize(64, 0);
    bytes.extend_from_slice(b"\x55\x48\x89\xe5\xc3");
    bytes
}

fn utf16(bytes: fn(u16) -> [u8; 2]) -> Vec<u8> {
    TWO_TALKS.encode_utf16().flat_map(bytes).collect()
}

fn newlines(text: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2);
    for &b in text {
        if b == b'\n' {
            out.extend_from_slice(with);
        } else {
            out.push(b);
        }
    }
    out
}

/// At least `len` bytes of prose on one line, with no line end.
fn prose(len: usize) -> Vec<u8> {
    let sentence = b"we precondition the gradient with sketches of the hessian. ";
    sentence.repeat(len / sentence.len() + 1)
}

fn long_abstract() -> Vec<u8> {
    let mut text = b"Hunting the Hessian\nMadeleine Udell, Stanford University\n".to_vec();
    text.extend(prose(50 << 20));
    text.extend_from_slice(b"\nThe Wisdom of the Body Revisited\nBenjamin Recht, UC Berkeley\n");
    text
}

fn input_len(input: &Input) -> usize {
    match input {
        Input::File(b) | Input::Unreadable(b) => b.len(),
        Input::Dir | Input::Missing => 0,
    }
}

// ---- small helpers ----

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            rest = tail.get(2..)?;
        } else {
            out.push(b);
            rest = tail;
        }
    }
    Some(out)
}

fn slug(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// At most 30 lines, indented.
fn indent(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = lines.iter().take(30).map(|l| format!("    {l}")).collect();
    if lines.len() > 30 {
        out.push(format!("    … {} more lines", lines.len() - 30));
    }
    out.join("\n")
}

/// What was lost and gained between two sorted dumps, in short.
fn diff(before: &[String], after: &[String]) -> String {
    let old: BTreeSet<&String> = before.iter().collect();
    let new: BTreeSet<&String> = after.iter().collect();
    let lost: Vec<&&String> = old.difference(&new).collect();
    let gained: Vec<&&String> = new.difference(&old).collect();
    let sample = |v: &[&&String]| {
        v.iter()
            .take(3)
            .map(|l| format!("\n    {}", l.chars().take(200).collect::<String>()))
            .collect::<String>()
    };
    format!(
        "{} lines lost{}\n  {} lines gained{}",
        lost.len(),
        sample(&lost),
        gained.len(),
        sample(&gained)
    )
}
