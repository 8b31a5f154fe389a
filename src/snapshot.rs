//! Graph snapshots: the N-Triples of a large named graph, kept beside the store on disk.
//!
//! Reading a graph back out of the store on disk costs a RocksDB look-up per term (about 5 µs
//! a triple here, on one thread): `push` of a 500,000-triple graph spent 1.9 s reading it, for a
//! server that loads it in 2.3 s. When the bulk loader writes a large graph
//! ([`GraphStore::bulk_replace_graph`](crate::store::GraphStore::bulk_replace_graph), which
//! `build` uses for large documents, and the bulk path of
//! [`GraphStore::replace_graphs`](crate::store::GraphStore::replace_graphs) for one graph, which
//! `import` uses for large files), every triple passes through talkgraph's hands once, so it
//! also writes them, serialised, to `STORE/talkgraph-snapshots/HASH.nt` (HASH: of the graph's
//! IRI), and `push` sends that file instead of reading the store.
//!
//! **When a snapshot is trusted.** Only while the store says it is current. The file starts
//! with the line `# talkgraph snapshot TOKEN` (TOKEN is new for every file), and the store's
//! bookkeeping graph holds `<graph> tg:snapshot "TOKEN TRIPLES BYTES"`, written after the bulk
//! loader's commit. Every write to the graph through talkgraph first takes that triple away
//! (a new replacement, `extend_graph`, `remove_graph`, an import, a Graph Store request of
//! `serve`), and a SPARQL Update takes away every snapshot triple of the store before it runs,
//! since it may touch any graph. A file whose first line, length or triple disagrees with the
//! store is ignored. So a snapshot is either the graph as the store holds it, or unused.
//! Programs other than talkgraph that write into the RocksDB folder bypass this; give them an
//! export instead, or delete `talkgraph-snapshots/`, which is always safe.
//!
//! A snapshot holds each triple once (the bulk loader drops duplicates, so the writer does
//! too: a 128-bit hash of each line) and is only written for graphs without blank nodes
//! (their labels in the store need not be the ones the loader was given).

use std::collections::HashSet;
use std::fs::File;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

/// The folder inside the store's folder.
pub const SNAPSHOT_DIR: &str = "talkgraph-snapshots";

const HEADER_PREFIX: &str = "# talkgraph snapshot ";

/// The file of `graph`'s snapshot in `store_dir`.
pub fn snapshot_path(store_dir: &Path, graph: &NamedNode) -> PathBuf {
    let digest = Sha256::digest(graph.as_str().as_bytes());
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    store_dir.join(SNAPSHOT_DIR).join(format!("{hex}.nt"))
}

/// What the store records about a finished snapshot: the literal of `tg:snapshot`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotRecord {
    pub token: String,
    pub triples: u64,
    /// Bytes after the first line.
    pub bytes: u64,
}

impl SnapshotRecord {
    pub fn to_literal(&self) -> String {
        format!("{} {} {}", self.token, self.triples, self.bytes)
    }

    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split(' ');
        let token = parts.next()?.to_owned();
        let triples = parts.next()?.parse().ok()?;
        let bytes = parts.next()?.parse().ok()?;
        if parts.next().is_some() || token.is_empty() {
            return None;
        }
        Some(Self {
            token,
            triples,
            bytes,
        })
    }
}

/// A hash set of already-hashed keys: the 64 bits it is given are its hash.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u128(&mut self, n: u128) {
        self.0 = (n as u64) ^ ((n >> 64) as u64);
    }
}

/// Writes a snapshot while the bulk loader loads the same quads. Any problem (a blank node, a
/// quad of another graph, a failed write) abandons it: the graph is then simply read from the
/// store when it is pushed.
pub struct SnapshotWriter {
    graph: NamedNode,
    temporary: PathBuf,
    path: PathBuf,
    out: Option<BufWriter<File>>,
    token: String,
    triples: u64,
    bytes: u64,
    seen: HashSet<u128, BuildHasherDefault<PassThrough>>,
    keys: (RandomState, RandomState),
    buffer: Vec<u8>,
}

impl SnapshotWriter {
    /// Starts the snapshot of `graph` in `store_dir`; `None` when the file cannot be created.
    pub fn create(store_dir: &Path, graph: &NamedNode) -> Option<Self> {
        let path = snapshot_path(store_dir, graph);
        let dir = path.parent()?;
        std::fs::create_dir_all(dir).ok()?;
        remove_leftovers(dir, &path);
        let token = new_token();
        let temporary = path.with_extension(format!("nt.{token}.tmp"));
        let mut out = BufWriter::with_capacity(1 << 20, File::create(&temporary).ok()?);
        if writeln!(out, "{HEADER_PREFIX}{token}").is_err() {
            let _ = std::fs::remove_file(&temporary);
            return None;
        }
        Some(Self {
            graph: graph.clone(),
            temporary,
            path,
            out: Some(out),
            token,
            triples: 0,
            bytes: 0,
            seen: HashSet::default(),
            keys: (RandomState::new(), RandomState::new()),
            buffer: Vec::new(),
        })
    }

    /// Adds `quads` (each of them in the snapshot's graph).
    pub fn add(&mut self, quads: &[Quad]) {
        if self.out.is_none() {
            return;
        }
        if let Err(()) = self.try_add(quads) {
            self.abandon();
        }
    }

    fn try_add(&mut self, quads: &[Quad]) -> Result<(), ()> {
        self.buffer.clear();
        {
            let mut serializer =
                RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut self.buffer);
            for quad in quads {
                if !matches!(&quad.graph_name, GraphName::NamedNode(g) if *g == self.graph)
                    || matches!(quad.subject, NamedOrBlankNode::BlankNode(_))
                    || matches!(quad.object, Term::BlankNode(_))
                {
                    return Err(());
                }
                serializer
                    .serialize_triple(oxigraph::model::TripleRef::from(quad.as_ref()))
                    .map_err(|_| ())?;
            }
            serializer.finish().map_err(|_| ())?;
        }
        let out = self.out.as_mut().ok_or(())?;
        let mut rest = self.buffer.as_slice();
        while !rest.is_empty() {
            let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |at| at + 1);
            let line = &rest[..end];
            rest = &rest[end..];
            let key = (u128::from(self.keys.0.hash_one(line)) << 64)
                | u128::from(self.keys.1.hash_one(line));
            if self.seen.insert(key) {
                out.write_all(line).map_err(|_| ())?;
                self.triples += 1;
                self.bytes += line.len() as u64;
            }
        }
        Ok(())
    }

    fn abandon(&mut self) {
        self.out = None;
        let _ = std::fs::remove_file(&self.temporary);
    }

    /// Writes the file out and puts it in place; the record to store in the same step as the
    /// graph is known complete. `None` if it was abandoned.
    pub fn finish(mut self) -> Option<SnapshotRecord> {
        let out = self.out.take()?;
        let written = out
            .into_inner()
            .map_err(|e| e.into_error())
            .and_then(|file| file.sync_all())
            .and_then(|()| std::fs::rename(&self.temporary, &self.path));
        if written.is_err() {
            let _ = std::fs::remove_file(&self.temporary);
            return None;
        }
        Some(SnapshotRecord {
            token: std::mem::take(&mut self.token),
            triples: self.triples,
            bytes: self.bytes,
        })
    }
}

impl Drop for SnapshotWriter {
    fn drop(&mut self) {
        if self.out.is_some() {
            self.abandon();
        }
    }
}

/// Removes the temporary files of earlier snapshots of the same graph that a killed process
/// left behind (`HASH.nt.TOKEN.tmp`).
fn remove_leftovers(dir: &Path, path: &Path) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(file) = file.to_str() else { continue };
        if file.len() > name.len()
            && file.starts_with(name)
            && file[name.len()..].starts_with('.')
            && file.ends_with(".tmp")
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn new_token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut h = RandomState::new().build_hasher();
    h.write_u128(nanos);
    h.write_u32(std::process::id());
    format!("{:016x}{:x}", h.finish(), nanos)
}

/// A snapshot the store vouches for, open for reading its triples.
pub struct Snapshot {
    pub path: PathBuf,
    pub record: SnapshotRecord,
    reader: BufReader<File>,
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot")
            .field("path", &self.path)
            .field("record", &self.record)
            .finish_non_exhaustive()
    }
}

impl Snapshot {
    /// Opens the file of `graph` if its first line and length agree with `record`; `None`
    /// otherwise (no file, another token, a different length).
    pub fn open(store_dir: &Path, graph: &NamedNode, record: SnapshotRecord) -> Option<Self> {
        let path = snapshot_path(store_dir, graph);
        let file = File::open(&path).ok()?;
        let length = file.metadata().ok()?.len();
        let mut reader = BufReader::with_capacity(1 << 20, file);
        let mut first = String::new();
        reader.by_ref().take(256).read_line(&mut first).ok()?;
        let token = first.strip_prefix(HEADER_PREFIX)?.strip_suffix('\n')?;
        if token != record.token || length != first.len() as u64 + record.bytes {
            return None;
        }
        Some(Self {
            path,
            record,
            reader,
        })
    }

    /// Appends up to `triples` lines to `body`; how many it appended (0 at the end).
    pub fn read_lines(&mut self, triples: u64, body: &mut Vec<u8>) -> std::io::Result<u64> {
        let mut read = 0;
        while read < triples {
            if self.reader.read_until(b'\n', body)? == 0 {
                break;
            }
            read += 1;
        }
        Ok(read)
    }

    /// Every triple, as N-Triples.
    pub fn read_all(mut self) -> std::io::Result<Vec<u8>> {
        let mut body = Vec::with_capacity(self.record.bytes as usize);
        self.reader.read_to_end(&mut body)?;
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, Literal};

    fn quad(s: &str, o: &str, g: &NamedNode) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(format!("https://e.org/{s}")),
            NamedNode::new_unchecked("https://e.org/p"),
            Literal::new_simple_literal(o),
            g.clone(),
        )
    }

    #[test]
    fn a_snapshot_holds_each_triple_once_and_is_read_back_when_its_record_agrees() {
        let dir = tempfile::tempdir().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/graph/a");
        let mut writer = SnapshotWriter::create(dir.path(), &g).unwrap();
        writer.add(&[quad("a", "x", &g), quad("b", "line\nbreak", &g)]);
        writer.add(&[quad("a", "x", &g), quad("c", "z", &g)]);
        let record = writer.finish().unwrap();
        assert_eq!(record.triples, 3);
        assert_eq!(
            SnapshotRecord::parse(&record.to_literal()),
            Some(record.clone())
        );
        let body = Snapshot::open(dir.path(), &g, record.clone())
            .unwrap()
            .read_all()
            .unwrap();
        let text = String::from_utf8(body).unwrap();
        assert_eq!(text.lines().count(), 3);
        assert!(text.contains(r#""line\nbreak""#));
        let mut other = record.clone();
        other.token.push('0');
        assert!(
            Snapshot::open(dir.path(), &g, other).is_none(),
            "another token"
        );
        let mut shorter = record;
        shorter.bytes -= 1;
        assert!(
            Snapshot::open(dir.path(), &g, shorter).is_none(),
            "another length"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join(SNAPSHOT_DIR))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn a_new_snapshot_removes_what_a_killed_writer_left() {
        let dir = tempfile::tempdir().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/graph/a");
        let other = NamedNode::new_unchecked("https://e.org/graph/b");
        let killed = SnapshotWriter::create(dir.path(), &g).unwrap();
        let kept = SnapshotWriter::create(dir.path(), &other).unwrap();
        // a process killed while writing runs no destructor
        std::mem::forget(killed);
        let count = || {
            std::fs::read_dir(dir.path().join(SNAPSHOT_DIR))
                .unwrap()
                .count()
        };
        assert_eq!(count(), 2);
        let mut writer = SnapshotWriter::create(dir.path(), &g).unwrap();
        assert_eq!(
            count(),
            2,
            "the killed writer's file is gone, the other graph's kept"
        );
        writer.add(&[quad("a", "x", &g)]);
        assert!(writer.finish().is_some());
        drop(kept);
        assert_eq!(count(), 1);
    }

    #[test]
    fn blank_nodes_or_a_quad_of_another_graph_abandon_the_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/graph/a");
        let other = NamedNode::new_unchecked("https://e.org/graph/b");
        let mut writer = SnapshotWriter::create(dir.path(), &g).unwrap();
        writer.add(&[quad("a", "x", &other)]);
        assert!(writer.finish().is_none());
        let mut writer = SnapshotWriter::create(dir.path(), &g).unwrap();
        writer.add(&[Quad::new(
            BlankNode::default(),
            NamedNode::new_unchecked("https://e.org/p"),
            Literal::from(1),
            g.clone(),
        )]);
        writer.add(&[quad("a", "x", &g)]);
        assert!(writer.finish().is_none());
        assert_eq!(
            std::fs::read_dir(dir.path().join(SNAPSHOT_DIR))
                .unwrap()
                .count(),
            0,
            "nothing left behind"
        );
    }
}
