//! The Oxigraph store: the only module that opens one.
//!
//! A [`GraphStore`] is a persistent RocksDB store in a folder (`--store DIR`, default
//! `./talkgraph.db`, or `TALKGRAPH_STORE`) or a throw-away in-memory one (`--memory`). It holds
//! one named graph per source document plus the ontology and topic scheme graphs; every write
//! of a document is one atomic step (a transaction, or the bulk loader's atomic commit for
//! large documents), so a crash leaves a document's graph as it was before or after, never
//! half-written.

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};

use crate::rdf::vocab::{PROV, TG};
use crate::snapshot::{Snapshot, SnapshotRecord, SnapshotWriter};

/// The store layout this version writes; recorded in the store, checked on open.
pub const STORE_FORMAT: u64 = 1;

/// The graph holding the store's own metadata (format version).
pub const META_GRAPH: &str = "https://w3id.org/talkgraph/graph/store";
const META_NODE: &str = "https://w3id.org/talkgraph/store";

/// Documents with more quads than this are written with the bulk loader instead of one
/// transaction (a transaction keeps every change in memory until commit: ~3 KB per quad).
pub const BULK_THRESHOLD: usize = 200_000;

/// Opening or writing the store failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error(
        "store {} is in use by another process (another talkgraph build or serve?); \
         wait for it to finish, or use another --store",
        .path.display()
    )]
    InUse { path: PathBuf },
    #[error(
        "no store at {}: build one first with `talkgraph build FILE... --store {}`",
        .path.display(), .path.display()
    )]
    Missing { path: PathBuf },
    #[error(
        "store {} has format {found}, this talkgraph writes format {expected}: rebuild it \
         from the listings into a new --store (talkgraph never rewrites a store in place)",
        .path.display()
    )]
    Version {
        path: PathBuf,
        found: u64,
        expected: u64,
    },
    // The message carries the storage error's text, so it is not also given as the source:
    // `{:#}` (anyhow's chain) would print it twice.
    #[error("store {}: {error}{}", .path.display(), space_hint(.error))]
    Storage { path: PathBuf, error: StorageError },
}

/// What to do when a write failed for want of room; nothing otherwise. The store itself stays
/// as the last committed transaction left it.
fn space_hint(error: &StorageError) -> &'static str {
    let text = error.to_string();
    if text.contains("No space left") || text.contains("File too large") || text.contains("quota") {
        "\n(the disk is full or a file size limit was reached: the store keeps what was \
         committed before; free space and run the build again)"
    } else if text.contains("Permission denied") || text.contains("Read-only file system") {
        "\n(talkgraph may not write there: check the store folder's permissions, or use another --store)"
    } else {
        ""
    }
}

/// Where the store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Memory,
    Disk(PathBuf),
}

impl Location {
    fn path(&self) -> PathBuf {
        match self {
            Location::Memory => PathBuf::from("(memory)"),
            Location::Disk(p) => p.clone(),
        }
    }
}

/// What the store records about one source document's graph.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GraphInfo {
    pub graph: String,
    /// `prov:wasDerivedFrom` of the graph node.
    pub source: Option<String>,
    pub source_name: Option<String>,
    pub content_hash: Option<String>,
    pub build_key: Option<String>,
    pub built_at: Option<String>,
    pub triples: usize,
}

/// An open store.
#[derive(Clone)]
pub struct GraphStore {
    store: Store,
    location: Location,
}

impl std::fmt::Debug for GraphStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphStore")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl GraphStore {
    /// A new, empty in-memory store.
    pub fn memory() -> Result<Self, StoreError> {
        let location = Location::Memory;
        let store = Store::new().map_err(|error| StoreError::Storage {
            path: location.path(),
            error,
        })?;
        let this = Self { store, location };
        this.write_meta()?;
        Ok(this)
    }

    /// Opens (creating if needed) the on-disk store at `path` for reading and writing.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let store = Store::open(path).map_err(|e| open_error(path, e))?;
        let this = Self {
            store,
            location: Location::Disk(path.to_path_buf()),
        };
        this.check_format()?;
        this.write_meta()?;
        Ok(this)
    }

    /// Opens the on-disk store at `path` for reading and writing.
    #[cfg(not(feature = "rocksdb"))]
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Err(StoreError::Storage {
            path: path.to_path_buf(),
            error: StorageError::Other(
                "this talkgraph was built without the `rocksdb` feature: only --memory works"
                    .into(),
            ),
        })
    }

    /// Opens an existing on-disk store read-only (works beside a process that writes it).
    #[cfg(feature = "rocksdb")]
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").is_file() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        // RocksDB's read-only open reads the file list, then the files; a writer beside it may
        // delete a write-ahead log or table in between (flush, compaction). That race is
        // transient: open again.
        let mut attempt = 0;
        let store = loop {
            match Store::open_read_only(path) {
                Ok(store) => break store,
                Err(e) if attempt < READ_ONLY_OPEN_ATTEMPTS && vanished_file(&e) => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20 * attempt));
                }
                Err(e) => return Err(open_error(path, e)),
            }
        };
        let this = Self {
            store,
            location: Location::Disk(path.to_path_buf()),
        };
        this.check_format()?;
        Ok(this)
    }

    /// Opens an existing on-disk store read-only.
    #[cfg(not(feature = "rocksdb"))]
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        Self::open(path)
    }

    /// The Oxigraph store, for queries.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    fn err(&self, error: StorageError) -> StoreError {
        StoreError::Storage {
            path: self.location.path(),
            error,
        }
    }

    fn meta_quad(&self) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(META_NODE),
            NamedNode::new_unchecked(format!("{TG}storeFormat")),
            Literal::from(STORE_FORMAT as i64),
            NamedNode::new_unchecked(META_GRAPH),
        )
    }

    fn write_meta(&self) -> Result<(), StoreError> {
        let quad = self.meta_quad();
        if !self.store.contains(&quad).map_err(|e| self.err(e))? {
            self.store.insert(&quad).map_err(|e| self.err(e))?;
        }
        Ok(())
    }

    #[cfg_attr(not(feature = "rocksdb"), allow(dead_code))]
    fn check_format(&self) -> Result<(), StoreError> {
        let node = NamedNodeRef::new_unchecked(META_NODE);
        let predicate = NamedNode::new_unchecked(format!("{TG}storeFormat"));
        let graph = NamedNodeRef::new_unchecked(META_GRAPH);
        for quad in self.store.quads_for_pattern(
            Some(node.into()),
            Some(predicate.as_ref()),
            None,
            Some(graph.into()),
        ) {
            let quad = quad.map_err(|e| self.err(e))?;
            let found = match &quad.object {
                Term::Literal(l) => l.value().parse::<u64>().unwrap_or(0),
                _ => 0,
            };
            if found != STORE_FORMAT {
                return Err(StoreError::Version {
                    path: self.location.path(),
                    found,
                    expected: STORE_FORMAT,
                });
            }
        }
        Ok(())
    }

    /// The number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.err(e))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Whether the store has this named graph.
    pub fn contains_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        self.store
            .contains_named_graph(graph.as_ref())
            .map_err(|e| self.err(e))
    }

    /// What the graph node of `graph` records (source, hashes), or `None` if there is none.
    pub fn graph_info(&self, graph: &NamedNode) -> Result<Option<GraphInfo>, StoreError> {
        if !self.contains_graph(graph)? {
            return Ok(None);
        }
        let mut info = GraphInfo {
            graph: graph.as_str().to_owned(),
            source: None,
            source_name: None,
            content_hash: None,
            build_key: None,
            built_at: None,
            triples: 0,
        };
        let graph_name = GraphNameRef::NamedNode(graph.as_ref());
        for quad in
            self.store
                .quads_for_pattern(Some(graph.as_ref().into()), None, None, Some(graph_name))
        {
            let quad = quad.map_err(|e| self.err(e))?;
            let value = match &quad.object {
                Term::NamedNode(n) => n.as_str().to_owned(),
                Term::Literal(l) => l.value().to_owned(),
                _ => continue,
            };
            let p = quad.predicate.as_str();
            if p == format!("{PROV}wasDerivedFrom") {
                info.source = Some(value);
            } else if p == format!("{PROV}generatedAtTime") {
                info.built_at = Some(value);
            } else if let Some(local) = p.strip_prefix(TG) {
                match local {
                    "sourceName" => info.source_name = Some(value),
                    "contentHash" => info.content_hash = Some(value),
                    "buildKey" => info.build_key = Some(value),
                    _ => {}
                }
            }
        }
        info.triples = self
            .store
            .quads_for_pattern(None, None, None, Some(graph_name))
            .count();
        Ok(Some(info))
    }

    /// Every named graph with what it records, sorted by IRI.
    pub fn graphs(&self) -> Result<Vec<GraphInfo>, StoreError> {
        let mut out = Vec::new();
        for graph in self.store.named_graphs() {
            let graph = graph.map_err(|e| self.err(e))?;
            if let NamedOrBlankNode::NamedNode(g) = graph {
                if let Some(info) = self.graph_info(&g)? {
                    out.push(info);
                }
            }
        }
        out.sort_by(|a, b| a.graph.cmp(&b.graph));
        Ok(out)
    }

    /// Replaces the content of `graph` with `quads` (all in `graph`) in one atomic step.
    ///
    /// Small documents go in one transaction (clear and insert). Large ones go through the
    /// bulk loader, whose commit is atomic; replacing an existing large graph first clears it
    /// in its own transaction, which is the one non-atomic case and is reported by
    /// [`ReplaceOutcome::cleared_first`].
    pub fn replace_graph(
        &self,
        graph: &NamedNode,
        quads: Vec<Quad>,
    ) -> Result<ReplaceOutcome, StoreError> {
        self.replace_graphs(std::slice::from_ref(graph), quads)
    }

    /// Replaces the content of each of `graphs` with `quads` (each in one of `graphs`), in one
    /// atomic step: one transaction up to [`BULK_THRESHOLD`] quads, the bulk loader above (then
    /// existing graphs are removed first, in their own transaction, as for
    /// [`replace_graph`](Self::replace_graph)).
    pub fn replace_graphs(
        &self,
        graphs: &[NamedNode],
        quads: Vec<Quad>,
    ) -> Result<ReplaceOutcome, StoreError> {
        let mut existing = Vec::new();
        for graph in graphs {
            self.forget_snapshot(graph)?;
            if self.contains_graph(graph)? {
                existing.push(graph);
            }
        }
        if quads.len() <= BULK_THRESHOLD {
            let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
            for graph in &existing {
                tx.clear_graph(graph.as_ref()).map_err(|e| self.err(e))?;
            }
            for graph in graphs {
                tx.insert_named_graph(graph.as_ref());
                for marker in self.interrupted_markers(graph)? {
                    tx.remove(&marker);
                }
            }
            tx.extend(&quads);
            tx.commit().map_err(|e| self.err(e))?;
            return Ok(ReplaceOutcome {
                bulk: false,
                cleared_first: false,
            });
        }
        for graph in &existing {
            self.remove_marking_interrupted(graph)?;
        }
        // one graph (an import of one file): its snapshot for `push`, as bulk_replace_graph
        let mut writer = match (&self.location, graphs) {
            (Location::Disk(dir), [graph]) => SnapshotWriter::create(dir, graph),
            _ => None,
        };
        if let Some(writer) = &mut writer {
            writer.add(&quads);
        }
        let mut loader = self.store.bulk_loader();
        loader.load_quads(quads).map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))?;
        let record = writer.and_then(SnapshotWriter::finish);
        for (i, graph) in graphs.iter().enumerate() {
            let record = if i == 0 { record.clone() } else { None };
            self.finish_bulk_replacement(graph, record)?;
        }
        Ok(ReplaceOutcome {
            bulk: true,
            cleared_first: !existing.is_empty(),
        })
    }

    /// Replaces `graph` with quads that `produce` hands over in batches, through the bulk
    /// loader: batches are sorted and written to disk in background threads while `produce`
    /// makes the next ones, and nothing is visible before the final, atomic commit. An existing
    /// graph is removed first, in its own transaction (the one non-atomic step, reported by
    /// [`ReplaceOutcome::cleared_first`]).
    ///
    /// With `snapshot`, a store on disk also keeps the graph's N-Triples beside it, for `push`
    /// (see [`crate::snapshot`]).
    pub fn bulk_replace_graph<T>(
        &self,
        graph: &NamedNode,
        snapshot: bool,
        produce: impl FnOnce(
            &mut dyn FnMut(Vec<Quad>) -> Result<(), StoreError>,
        ) -> Result<T, StoreError>,
    ) -> Result<(T, ReplaceOutcome), StoreError> {
        self.forget_snapshot(graph)?;
        let existed = self.contains_graph(graph)?;
        if existed {
            self.remove_marking_interrupted(graph)?;
        }
        let mut writer = match (&self.location, snapshot) {
            (Location::Disk(dir), true) => SnapshotWriter::create(dir, graph),
            _ => None,
        };
        let mut loader = self.store.bulk_loader();
        let mut sink = |batch: Vec<Quad>| {
            if let Some(writer) = &mut writer {
                writer.add(&batch);
            }
            loader.load_quads(batch).map_err(|e| self.err(e))
        };
        let value = produce(&mut sink)?;
        loader.commit().map_err(|e| self.err(e))?;
        let record = writer.and_then(SnapshotWriter::finish);
        self.finish_bulk_replacement(graph, record)?;
        Ok((
            value,
            ReplaceOutcome {
                bulk: true,
                cleared_first: existed,
            },
        ))
    }

    /// Removes a large graph before the bulk loader writes its new version, and records in the
    /// same transaction that the replacement has begun: the bulk loader cannot delete, so a
    /// replacement is two atomic steps, and a process killed between them leaves the graph
    /// absent and marked (see [`interrupted`](Self::interrupted)) — never half there.
    fn remove_marking_interrupted(&self, graph: &NamedNode) -> Result<(), StoreError> {
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        tx.remove_named_graph(graph.as_ref())
            .map_err(|e| self.err(e))?;
        tx.insert(&Quad::new(
            graph.clone(),
            NamedNode::new_unchecked(format!("{TG}replacementInterrupted")),
            Literal::new_typed_literal(
                crate::build::build_time(),
                oxigraph::model::vocab::xsd::DATE_TIME,
            ),
            NamedNode::new_unchecked(META_GRAPH),
        ));
        tx.commit().map_err(|e| self.err(e))
    }

    /// After the bulk loader's commit: the replacement mark goes, the snapshot's record comes,
    /// in one transaction.
    fn finish_bulk_replacement(
        &self,
        graph: &NamedNode,
        record: Option<SnapshotRecord>,
    ) -> Result<(), StoreError> {
        let markers = self.interrupted_markers(graph)?;
        if markers.is_empty() && record.is_none() {
            return Ok(());
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        for marker in &markers {
            tx.remove(marker);
        }
        if let Some(record) = record {
            tx.insert(&Quad::new(
                graph.clone(),
                snapshot_predicate(),
                Literal::new_simple_literal(record.to_literal()),
                NamedNode::new_unchecked(META_GRAPH),
            ));
        }
        tx.commit().map_err(|e| self.err(e))
    }

    /// The `tg:snapshot` records of `graph`, or of every graph.
    fn snapshot_records(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>, StoreError> {
        let predicate = snapshot_predicate();
        self.store
            .quads_for_pattern(
                graph.map(|g| g.as_ref().into()),
                Some(predicate.as_ref()),
                None,
                Some(NamedNodeRef::new_unchecked(META_GRAPH).into()),
            )
            .map(|q| q.map_err(|e| self.err(e)))
            .collect()
    }

    /// The snapshot of `graph` if the store vouches for it (see [`crate::snapshot`]): the
    /// graph's triples as N-Triples, read from a file instead of the store.
    pub fn snapshot(&self, graph: &NamedNode) -> Result<Option<Snapshot>, StoreError> {
        let Location::Disk(dir) = &self.location else {
            return Ok(None);
        };
        let records = self.snapshot_records(Some(graph))?;
        let [quad] = records.as_slice() else {
            return Ok(None);
        };
        let Some(record) = (match &quad.object {
            Term::Literal(l) => SnapshotRecord::parse(l.value()),
            _ => None,
        }) else {
            return Ok(None);
        };
        Ok(Snapshot::open(dir, graph, record))
    }

    /// Takes away the record of `graph`'s snapshot, and its file: called before every change
    /// of the graph.
    fn forget_snapshot(&self, graph: &NamedNode) -> Result<(), StoreError> {
        self.forget_snapshots_of(Some(graph))
    }

    /// Takes away every snapshot record, and the files: called before a SPARQL Update, which
    /// may change any graph.
    pub fn forget_snapshots(&self) -> Result<(), StoreError> {
        self.forget_snapshots_of(None)
    }

    fn forget_snapshots_of(&self, graph: Option<&NamedNode>) -> Result<(), StoreError> {
        let Location::Disk(dir) = &self.location else {
            return Ok(());
        };
        let records = self.snapshot_records(graph)?;
        if records.is_empty() {
            return Ok(());
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        for record in &records {
            tx.remove(record);
        }
        tx.commit().map_err(|e| self.err(e))?;
        for record in &records {
            if let NamedOrBlankNode::NamedNode(g) = &record.subject {
                let _ = std::fs::remove_file(crate::snapshot::snapshot_path(dir, g));
            }
        }
        Ok(())
    }

    fn interrupted_markers(&self, graph: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        let predicate = NamedNode::new_unchecked(format!("{TG}replacementInterrupted"));
        self.store
            .quads_for_pattern(
                Some(graph.as_ref().into()),
                Some(predicate.as_ref()),
                None,
                Some(NamedNodeRef::new_unchecked(META_GRAPH).into()),
            )
            .map(|q| q.map_err(|e| self.err(e)))
            .collect()
    }

    fn clear_interrupted(&self, graph: &NamedNode) -> Result<(), StoreError> {
        let markers = self.interrupted_markers(graph)?;
        if markers.is_empty() {
            return Ok(());
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        for marker in &markers {
            tx.remove(marker);
        }
        tx.commit().map_err(|e| self.err(e))
    }

    /// Graphs whose replacement was interrupted (the process was killed between removing the
    /// old version and committing the new one): they are absent until the next `build` of
    /// their source. Each with the time the replacement began.
    ///
    /// A mark whose graph is present is stale — the process was killed after the commit, before
    /// it took the mark away — and is not reported: the commit is atomic, so the graph is whole.
    /// [`clear_stale_marks`](Self::clear_stale_marks) removes such marks.
    pub fn interrupted(&self) -> Result<Vec<(String, String)>, StoreError> {
        Ok(self
            .marks()?
            .into_iter()
            .filter(|(_, _, present)| !present)
            .map(|(graph, when, _)| (graph, when))
            .collect())
    }

    /// Removes the marks of graphs that are present (see [`interrupted`](Self::interrupted)):
    /// their replacement completed. Returns how many were removed.
    pub fn clear_stale_marks(&self) -> Result<usize, StoreError> {
        let mut cleared = 0;
        for (graph, _, present) in self.marks()? {
            if present {
                self.clear_interrupted(&NamedNode::new_unchecked(graph))?;
                cleared += 1;
            }
        }
        Ok(cleared)
    }

    /// Every replacement mark: (graph, when the replacement began, whether the graph is present).
    fn marks(&self) -> Result<Vec<(String, String, bool)>, StoreError> {
        let predicate = NamedNode::new_unchecked(format!("{TG}replacementInterrupted"));
        let mut out = Vec::new();
        for quad in self.store.quads_for_pattern(
            None,
            Some(predicate.as_ref()),
            None,
            Some(NamedNodeRef::new_unchecked(META_GRAPH).into()),
        ) {
            let quad = quad.map_err(|e| self.err(e))?;
            let when = match &quad.object {
                Term::Literal(l) => l.value().to_owned(),
                other => other.to_string(),
            };
            let (graph, present) = match &quad.subject {
                NamedOrBlankNode::NamedNode(n) => (n.as_str().to_owned(), self.contains_graph(n)?),
                other => (other.to_string(), false),
            };
            out.push((graph, when, present));
        }
        Ok(out)
    }

    /// Loads Turtle `text` into `graph`, replacing what it held, atomically.
    pub fn replace_graph_from_turtle(
        &self,
        graph: &NamedNode,
        path: &str,
        text: &str,
        extra: Vec<Quad>,
    ) -> Result<(), anyhow::Error> {
        let mut quads = extra;
        for quad in RdfParser::from_format(RdfFormat::Turtle)
            .without_named_graphs()
            .with_default_graph(GraphName::NamedNode(graph.clone()))
            .for_slice(text.as_bytes())
        {
            quads.push(quad.map_err(|e| anyhow::anyhow!("{path}: {e}"))?);
        }
        self.replace_graph(graph, quads)?;
        Ok(())
    }

    /// Adds `quads` (all in `graph`) to `graph` in one transaction; `true` when the graph is new.
    pub fn extend_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<bool, StoreError> {
        self.forget_snapshot(graph)?;
        let existed = self.contains_graph(graph)?;
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        tx.insert_named_graph(graph.as_ref());
        tx.extend(quads);
        tx.commit().map_err(|e| self.err(e))?;
        Ok(!existed)
    }

    /// Drops a named graph and everything in it; `false` if there was no such graph.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        self.forget_snapshot(graph)?;
        if !self.contains_graph(graph)? {
            return Ok(false);
        }
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        tx.remove_named_graph(graph.as_ref())
            .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(true)
    }

    /// The rows of a SELECT over the union of all graphs, each value as text: IRIs, literal
    /// values, `_:id` for blank nodes, `None` when unbound.
    pub fn select(&self, query: &str) -> Result<Vec<Vec<Option<String>>>, String> {
        let mut prepared = SparqlEvaluator::new()
            .parse_query(query)
            .map_err(|e| format!("{e}"))?;
        prepared.dataset_mut().set_default_graph_as_union();
        let results = prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| e.to_string())?;
        let mut rows = Vec::new();
        if let QueryResults::Solutions(solutions) = results {
            let vars = solutions.variables().to_vec();
            for solution in solutions {
                let solution = solution.map_err(|e| e.to_string())?;
                rows.push(
                    vars.iter()
                        .map(|v| solution.get(v).map(term_text))
                        .collect(),
                );
            }
        }
        Ok(rows)
    }

    /// A copy of the whole store in memory, for `serve --in-memory`: Oxigraph's in-memory
    /// store answers the joins of a listing query four to five times faster than RocksDB, where
    /// every look-up opens an iterator. Graphs with a snapshot are parsed from it (fast);
    /// the others are read from the store. `progress` gets the quads copied so far after each
    /// graph. The copy does not follow later changes of the store.
    pub fn copy_to_memory(
        &self,
        progress: &mut dyn FnMut(usize),
    ) -> Result<GraphStore, StoreError> {
        const BATCH: usize = 100_000;
        let memory = Store::new().map_err(|e| self.err(e))?;
        let mut loader = memory.bulk_loader();
        let mut copied = 0;
        let mut graphs: Vec<Option<NamedNode>> = vec![None];
        for graph in self.store.named_graphs() {
            match graph.map_err(|e| self.err(e))? {
                NamedOrBlankNode::NamedNode(g) => graphs.push(Some(g)),
                // a blank graph name is not reachable by IRI; copy it all the same
                NamedOrBlankNode::BlankNode(b) => {
                    let quads = self
                        .store
                        .quads_for_pattern(None, None, None, Some(b.as_ref().into()))
                        .collect::<Result<Vec<_>, _>>()
                        .map_err(|e| self.err(e))?;
                    copied += quads.len();
                    loader.load_quads(quads).map_err(|e| self.err(e))?;
                }
            }
        }
        for graph in graphs {
            if let Some(snapshot) = match &graph {
                Some(g) => self.snapshot(g)?,
                None => None,
            } {
                let triples = snapshot.record.triples as usize;
                let path = snapshot.path.clone();
                let body = snapshot
                    .read_all()
                    .map_err(|e| self.err(StorageError::Io(e)))?;
                let parser = RdfParser::from_format(RdfFormat::NTriples)
                    .with_default_graph(graph.clone().map_or(GraphName::DefaultGraph, Into::into));
                loader.load_from_slice(parser, &body).map_err(|e| match e {
                    oxigraph::store::LoaderError::Storage(e) => self.err(e),
                    other => self.err(StorageError::Other(
                        format!("snapshot {}: {other}", path.display()).into(),
                    )),
                })?;
                copied += triples;
            } else {
                let name = graph
                    .as_ref()
                    .map_or(GraphNameRef::DefaultGraph, |g| g.as_ref().into());
                let mut batch = Vec::with_capacity(BATCH);
                for quad in self.store.quads_for_pattern(None, None, None, Some(name)) {
                    batch.push(quad.map_err(|e| self.err(e))?);
                    if batch.len() == BATCH {
                        copied += batch.len();
                        loader
                            .load_quads(std::mem::take(&mut batch))
                            .map_err(|e| self.err(e))?;
                    }
                }
                copied += batch.len();
                loader.load_quads(batch).map_err(|e| self.err(e))?;
            }
            progress(copied);
        }
        loader.commit().map_err(|e| self.err(e))?;
        Ok(GraphStore {
            store: memory,
            location: Location::Memory,
        })
    }

    /// Writes pending changes to disk (a no-op in memory).
    pub fn flush(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        if matches!(self.location, Location::Disk(_)) {
            self.store.flush().map_err(|e| self.err(e))?;
        }
        Ok(())
    }
}

fn snapshot_predicate() -> NamedNode {
    NamedNode::new_unchecked(format!("{TG}snapshot"))
}

/// A term as text: an IRI, a literal's value, `_:id` for a blank node.
pub fn term_text(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// How [`GraphStore::replace_graph`] wrote a graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplaceOutcome {
    pub bulk: bool,
    pub cleared_first: bool,
}

/// How often a read-only open is tried when a writer beside it removed a file it was reading.
#[cfg(feature = "rocksdb")]
const READ_ONLY_OPEN_ATTEMPTS: u64 = 10;

/// The error RocksDB gives when a file listed in its manifest vanished while it opened.
#[cfg(feature = "rocksdb")]
fn vanished_file(error: &StorageError) -> bool {
    let text = error.to_string();
    text.contains("No such file or directory") || text.contains("NotFound")
}

#[cfg(feature = "rocksdb")]
fn open_error(path: &Path, error: StorageError) -> StoreError {
    let text = error.to_string();
    if text.contains("LOCK") || text.contains("lock hold") || text.contains("Resource temporarily")
    {
        StoreError::InUse {
            path: path.to_path_buf(),
        }
    } else {
        StoreError::Storage {
            path: path.to_path_buf(),
            error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_replacement_is_marked_until_the_graph_is_written_again() {
        let store = GraphStore::memory().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/graph/a");
        let quad = |o: &str| {
            Quad::new(
                NamedNode::new_unchecked("https://e.org/s"),
                NamedNode::new_unchecked("https://e.org/p"),
                Literal::new_simple_literal(o),
                g.clone(),
            )
        };
        store.replace_graph(&g, vec![quad("old")]).unwrap();
        assert!(store.interrupted().unwrap().is_empty());
        // what a process killed after the first of the two steps leaves behind
        store.remove_marking_interrupted(&g).unwrap();
        assert!(!store.contains_graph(&g).unwrap());
        let marked = store.interrupted().unwrap();
        assert_eq!(marked.len(), 1);
        assert_eq!(marked[0].0, g.as_str());
        // either way of writing the graph again clears the mark
        store.replace_graph(&g, vec![quad("new")]).unwrap();
        assert!(store.interrupted().unwrap().is_empty());
        store.remove_marking_interrupted(&g).unwrap();
        store
            .bulk_replace_graph(&g, false, |sink| sink(vec![quad("newer")]))
            .unwrap();
        assert!(store.interrupted().unwrap().is_empty());
        assert_eq!(store.graph_info(&g).unwrap().unwrap().triples, 1);
    }

    /// Every way of changing a graph takes its snapshot's record away first, so `push` never
    /// sends a snapshot of an older graph.
    #[cfg(feature = "rocksdb")]
    #[test]
    fn every_change_of_a_graph_forgets_its_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(&dir.path().join("db")).unwrap();
        let g = NamedNode::new_unchecked("https://e.org/graph/a");
        let other = NamedNode::new_unchecked("https://e.org/graph/b");
        let bulk = |graph: &NamedNode| {
            let q = quad("a", graph);
            store
                .bulk_replace_graph(graph, true, |sink| sink(vec![q.clone(), q]))
                .unwrap();
        };
        use oxigraph::model::Triple;
        let snapshot_of = |graph: &NamedNode| store.snapshot(graph).unwrap();
        bulk(&g);
        let snapshot = snapshot_of(&g).expect("a bulk replacement writes a snapshot");
        assert_eq!(snapshot.record.triples, 1, "the duplicate is dropped");
        let body = String::from_utf8(snapshot.read_all().unwrap()).unwrap();
        assert_eq!(body, format!("{} .\n", Triple::from(quad("a", &g))));
        let changes: [(&str, &dyn Fn()); 5] = [
            ("replace_graph", &|| {
                store.replace_graph(&g, vec![quad("b", &g)]).unwrap();
            }),
            ("extend_graph", &|| {
                store.extend_graph(&g, &[quad("c", &g)]).unwrap();
            }),
            ("remove_graph", &|| {
                store.remove_graph(&g).unwrap();
            }),
            ("forget_snapshots", &|| store.forget_snapshots().unwrap()),
            ("bulk_replace_graph without snapshot", &|| {
                store
                    .bulk_replace_graph(&g, false, |sink| sink(vec![quad("d", &g)]))
                    .unwrap();
            }),
        ];
        for (what, change) in changes {
            bulk(&g);
            bulk(&other);
            assert!(snapshot_of(&g).is_some());
            change();
            assert!(snapshot_of(&g).is_none(), "{what} kept the snapshot");
            assert!(
                !crate::snapshot::snapshot_path(&dir.path().join("db"), &g).exists(),
                "{what} kept the file"
            );
            assert_eq!(
                snapshot_of(&other).is_some(),
                what != "forget_snapshots",
                "{what} and the other graph"
            );
        }
        // a graph of more quads than one transaction takes (an import) gets one too
        let many: Vec<Quad> = (0..=BULK_THRESHOLD)
            .map(|i| quad(&i.to_string(), &other))
            .collect();
        store.replace_graph(&other, many).unwrap();
        let snapshot = snapshot_of(&other).expect("a bulk-loaded import writes a snapshot");
        assert_eq!(snapshot.record.triples, BULK_THRESHOLD as u64 + 1);
        // the store opens again with the snapshots folder inside it
        bulk(&g);
        drop(store);
        let store = GraphStore::open(&dir.path().join("db")).unwrap();
        assert!(store.snapshot(&g).unwrap().is_some());
    }

    /// The copy in memory holds every quad of the store: graphs with a snapshot (read from
    /// the file), graphs without one, blank nodes, the default graph, the bookkeeping graph.
    #[cfg(feature = "rocksdb")]
    #[test]
    fn a_copy_in_memory_holds_every_quad_of_the_store() {
        use oxigraph::model::BlankNode;
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(&dir.path().join("db")).unwrap();
        let bulk = NamedNode::new_unchecked("https://e.org/graph/bulk");
        let small = NamedNode::new_unchecked("https://e.org/graph/small");
        let many: Vec<Quad> = (0..250_001)
            .map(|i| quad(&format!("n{i}"), &bulk))
            .collect();
        store
            .bulk_replace_graph(&bulk, true, |sink| sink(many))
            .unwrap();
        assert!(store.snapshot(&bulk).unwrap().is_some());
        let blank = BlankNode::default();
        store
            .replace_graph(
                &small,
                vec![
                    quad("a", &small),
                    Quad::new(
                        blank.clone(),
                        NamedNode::new_unchecked("https://e.org/p"),
                        Literal::new_language_tagged_literal_unchecked("x", "en"),
                        small.clone(),
                    ),
                ],
            )
            .unwrap();
        store
            .inner()
            .insert(&Quad::new(
                blank,
                NamedNode::new_unchecked("https://e.org/q"),
                NamedNode::new_unchecked("https://e.org/o"),
                GraphName::DefaultGraph,
            ))
            .unwrap();
        let mut reported = Vec::new();
        let memory = store.copy_to_memory(&mut |n| reported.push(n)).unwrap();
        assert_eq!(memory.location(), &Location::Memory);
        let text = |s: &GraphStore| {
            let mut all: Vec<String> = s.inner().iter().map(|q| q.unwrap().to_string()).collect();
            all.sort_unstable();
            all
        };
        let (original, copy) = (text(&store), text(&memory));
        let meta = store
            .inner()
            .quads_for_pattern(
                None,
                None,
                None,
                Some(NamedNodeRef::new_unchecked(META_GRAPH).into()),
            )
            .count();
        assert_eq!(original.len(), 250_001 + 2 + 1 + meta);
        assert!(original == copy, "the copy differs from the store");
        assert_eq!(reported.last(), Some(&original.len()));
        assert!(reported.windows(2).all(|w| w[0] <= w[1]), "{reported:?}");
    }

    #[test]
    fn a_mark_left_after_the_commit_is_stale_and_cleared() {
        let store = GraphStore::memory().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/graph/a");
        let q = quad("a", &g);
        store.replace_graph(&g, vec![q.clone()]).unwrap();
        // what a process killed after the bulk loader's commit, before unmarking, leaves behind
        store.remove_marking_interrupted(&g).unwrap();
        assert_eq!(store.interrupted().unwrap().len(), 1);
        let mut loader = store.store.bulk_loader();
        loader.load_quads([q]).unwrap();
        loader.commit().unwrap();
        assert!(store.contains_graph(&g).unwrap());
        assert!(
            store.interrupted().unwrap().is_empty(),
            "a whole graph is not interrupted"
        );
        assert_eq!(store.interrupted_markers(&g).unwrap().len(), 1);
        assert_eq!(store.clear_stale_marks().unwrap(), 1);
        assert!(store.interrupted_markers(&g).unwrap().is_empty());
        assert_eq!(store.clear_stale_marks().unwrap(), 0);
    }

    fn quad(s: &str, g: &NamedNode) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(format!("https://e.org/{s}")),
            NamedNode::new_unchecked("https://e.org/p"),
            Literal::new_simple_literal(s),
            g.clone(),
        )
    }

    #[test]
    fn replace_and_remove_a_graph() {
        let store = GraphStore::memory().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/g");
        store
            .replace_graph(&g, vec![quad("a", &g), quad("b", &g)])
            .unwrap();
        assert_eq!(store.graph_info(&g).unwrap().unwrap().triples, 2);
        store.replace_graph(&g, vec![quad("c", &g)]).unwrap();
        assert_eq!(store.graph_info(&g).unwrap().unwrap().triples, 1);
        assert!(store.remove_graph(&g).unwrap());
        assert!(!store.remove_graph(&g).unwrap());
        assert!(store.graph_info(&g).unwrap().is_none());
        // only the format record is left
        assert_eq!(store.len().unwrap(), 1);
    }

    #[test]
    fn large_graphs_go_through_the_bulk_loader() {
        let store = GraphStore::memory().unwrap();
        let g = NamedNode::new_unchecked("https://e.org/big");
        let quads: Vec<Quad> = (0..=BULK_THRESHOLD)
            .map(|i| quad(&i.to_string(), &g))
            .collect();
        let outcome = store.replace_graph(&g, quads).unwrap();
        assert!(outcome.bulk && !outcome.cleared_first);
        assert_eq!(
            store.graph_info(&g).unwrap().unwrap().triples,
            BULK_THRESHOLD + 1
        );
    }

    #[test]
    fn a_store_of_another_format_is_refused() {
        let store = GraphStore::memory().unwrap();
        store.store.remove(&store.meta_quad()).unwrap();
        let other = Quad::new(
            NamedNode::new_unchecked(META_NODE),
            NamedNode::new_unchecked(format!("{TG}storeFormat")),
            Literal::from(99_i64),
            NamedNode::new_unchecked(META_GRAPH),
        );
        store.store.insert(&other).unwrap();
        let err = store.check_format().unwrap_err().to_string();
        assert!(
            err.contains("format 99") && err.contains("rebuild"),
            "{err}"
        );
    }
}
