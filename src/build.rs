//! `build`: extract, resolve, map and load listings into a store, incrementally.
//!
//! Each source document becomes one named graph. A document whose text and build settings
//! (talkgraph version, base IRI, gazetteer, topic scheme) are unchanged since the last build is
//! skipped; a changed one replaces its graph in one atomic step; the ontology and the topic
//! scheme are kept in their own graphs, refreshed when they change.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use oxigraph::model::{Literal, NamedNode, Quad};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::extract::Extractor;
use crate::model::Warning;
use crate::rdf::vocab::TG;
use crate::rdf::{file_iri, Base, MapCounts, Mapper, SourceInfo};
use crate::read::Source;
use crate::store::{GraphStore, StoreError, BULK_THRESHOLD};

/// The project ontology, loaded into its own graph by every build.
pub const ONTOLOGY_TURTLE: &str = include_str!("../ontology/talkgraph.ttl");

/// Options of a build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub base: Base,
    /// The named graph for the (single) source, instead of the one derived from its name.
    pub graph: Option<NamedNode>,
    /// Rebuild documents even when unchanged.
    pub force: bool,
    /// The build time to record (`xsd:dateTime`); `None` = now, or `SOURCE_DATE_EPOCH`.
    pub built_at: Option<String>,
    /// A ROR dump to reconcile organisations with.
    pub ror: Option<std::sync::Arc<crate::resolve::ror::RorRegistry>>,
    /// Documents estimated above this many quads go through the bulk loader.
    pub bulk_threshold: usize,
    /// Keep the N-Triples of each graph written by the bulk loader beside the store on disk,
    /// for `push` (see [`crate::snapshot`]).
    pub snapshots: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            base: Base::default(),
            graph: None,
            force: false,
            built_at: None,
            ror: None,
            bulk_threshold: BULK_THRESHOLD,
            snapshots: true,
        }
    }
}

/// What happened to one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    Added,
    Replaced,
    Unchanged,
}

/// The outcome for one document.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocumentReport {
    pub source: String,
    pub graph: String,
    pub status: DocumentStatus,
    pub talks: usize,
    pub triples: usize,
    pub warnings: Vec<Warning>,
}

/// The outcome of a build.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BuildReport {
    pub documents: Vec<DocumentReport>,
    /// Entities of the documents written in this build.
    pub counts: MapCounts,
    /// Triples written in this build.
    pub triples_written: usize,
    #[serde(serialize_with = "seconds")]
    pub elapsed: Duration,
    /// Graphs whose replacement an earlier, killed build left unfinished and that this build
    /// did not rebuild (their source was not given): absent until it is.
    pub interrupted: Vec<String>,
}

fn seconds<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}

/// A build that cannot proceed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(
        "{first} and {second} would both go to graph <{graph}>: give them different file \
         names, or build them one at a time with --graph"
    )]
    GraphClash {
        first: String,
        second: String,
        graph: String,
    },
    #[error(
        "graph <{graph}> already holds {existing}, not {source_name}: remove it first \
         (`talkgraph remove {graph}`) or pass --graph"
    )]
    GraphTaken {
        graph: String,
        existing: String,
        source_name: String,
    },
    #[error("--graph names one graph, but {0} files were given")]
    GraphForMany(usize),
    #[error("{0}")]
    Vocabulary(String),
}

/// Builds (or updates) the graph of `sources` in `store`.
///
/// `progress` is called after each document is written, with the document's report.
pub fn build(
    store: &GraphStore,
    extractor: &Extractor,
    sources: &[Source],
    options: &BuildOptions,
    progress: &mut dyn FnMut(&DocumentReport),
) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    if options.graph.is_some() && sources.len() > 1 {
        return Err(BuildError::GraphForMany(sources.len()));
    }
    let gazetteer = extractor.lexicon().gazetteer();
    let topics = extractor.topics();
    let mapper = Mapper::new(&options.base, gazetteer, topics).with_ror(options.ror.as_deref());
    let built_at = options.built_at.clone().unwrap_or_else(build_time);
    let settings = settings_fingerprint(extractor, options);

    // Where each source goes, and whether it changed.
    let mut plans = Vec::with_capacity(sources.len());
    let mut by_graph: rustc_hash::FxHashMap<String, String> = Default::default();
    for source in sources {
        let graph = options
            .graph
            .clone()
            .unwrap_or_else(|| mapper.graph_for(&source.name));
        if let Some(first) = by_graph.insert(graph.as_str().to_owned(), source.name.clone()) {
            return Err(BuildError::GraphClash {
                first,
                second: source.name.clone(),
                graph: graph.as_str().to_owned(),
            });
        }
        let iri = if source.name == "-" {
            "urn:talkgraph:stdin".to_owned()
        } else {
            file_iri(std::path::Path::new(&source.name))
        };
        let content_hash = format!("sha256:{}", hex(&Sha256::digest(source.text.as_bytes())));
        let build_key = format!(
            "sha256:{}",
            hex(&Sha256::digest(
                format!("{content_hash}\n{settings}").as_bytes()
            ))
        );
        let existing = store.graph_info(&graph)?;
        if let Some(info) = &existing {
            if let Some(existing_source) = &info.source {
                if *existing_source != iri && source.name != "-" && options.graph.is_none() {
                    return Err(BuildError::GraphTaken {
                        graph: graph.as_str().to_owned(),
                        existing: existing_source.clone(),
                        source_name: source.name.clone(),
                    });
                }
            }
        }
        let unchanged = !options.force
            && existing
                .as_ref()
                .is_some_and(|i| i.build_key.as_deref() == Some(build_key.as_str()));
        plans.push(Plan {
            info: SourceInfo {
                graph,
                iri,
                name: source.name.clone(),
                content_hash,
                built_at: built_at.clone(),
            },
            build_key,
            existed: existing.is_some(),
            unchanged,
            triples: existing.map_or(0, |i| i.triples),
        });
    }

    // A large graph whose replacement was killed half-way is absent (and marked): its source is
    // built again as new, with a warning saying why.
    let interrupted: rustc_hash::FxHashSet<String> =
        store.interrupted()?.into_iter().map(|(g, _)| g).collect();
    // a build killed after a bulk commit but before taking its mark away left a stale mark
    store.clear_stale_marks()?;

    refresh_vocabulary(store, extractor, &options.base, &settings, &built_at)?;

    // Extract every source (series are decided over all of them). Small changed documents are
    // mapped in parallel and written in one transaction each; large ones are mapped while the
    // bulk loader writes them, batch by batch.
    let extraction = extractor.extract_all(sources);
    let talks_of = |i: usize| -> usize {
        extraction.documents[i]
            .talks
            .iter()
            .map(|t| t.walk().count())
            .sum()
    };
    let is_large = |i: usize| talks_of(i) * QUADS_PER_TALK > options.bulk_threshold;
    let mapped: Vec<_> = extraction
        .documents
        .par_iter()
        .zip(plans.par_iter())
        .enumerate()
        .map(|(i, (doc, plan))| {
            (!plan.unchanged && !is_large(i)).then(|| {
                let mut graph = mapper.map(doc, &plan.info);
                graph.quads.push(build_key_quad(plan));
                graph
            })
        })
        .collect();

    let mut report = BuildReport {
        documents: Vec::with_capacity(sources.len()),
        counts: MapCounts::default(),
        triples_written: 0,
        elapsed: Duration::ZERO,
        interrupted: Vec::new(),
    };
    for (i, ((doc, plan), graph)) in extraction
        .documents
        .iter()
        .zip(&plans)
        .zip(mapped)
        .enumerate()
    {
        let talks = talks_of(i);
        let mut warnings = doc.warnings.clone();
        if interrupted.contains(plan.info.graph.as_str()) {
            warnings.push(Warning {
                line: 0,
                message: "an earlier build was killed while replacing this graph, which was \
                          absent since: built again now"
                    .into(),
            });
        }
        let (status, triples) = if plan.unchanged {
            (DocumentStatus::Unchanged, plan.triples)
        } else {
            let (graph, triples) = match graph {
                Some(mut graph) => {
                    let quads = std::mem::take(&mut graph.quads);
                    let triples = quads.len();
                    store.replace_graph(&graph.graph, quads)?;
                    (graph, triples)
                }
                None => {
                    let mut triples = 0;
                    let (graph, _) =
                        store.bulk_replace_graph(&plan.info.graph, options.snapshots, |sink| {
                            let mut counting = |batch: Vec<Quad>| {
                                triples += batch.len();
                                sink(batch)
                            };
                            let graph =
                                mapper.map_batched(doc, &plan.info, BULK_BATCH, &mut counting)?;
                            counting(vec![build_key_quad(plan)])?;
                            Ok(graph)
                        })?;
                    (graph, triples)
                }
            };
            warnings.extend(graph.warnings);
            report.counts.merge(&graph.counts);
            report.triples_written += triples;
            let status = if plan.existed {
                DocumentStatus::Replaced
            } else {
                DocumentStatus::Added
            };
            (status, triples)
        };
        let doc_report = DocumentReport {
            source: plan.info.name.clone(),
            graph: plan.info.graph.as_str().to_owned(),
            status,
            talks,
            triples,
            warnings,
        };
        progress(&doc_report);
        report.documents.push(doc_report);
    }
    store.flush()?;
    report.interrupted = store.interrupted()?.into_iter().map(|(g, _)| g).collect();
    report.elapsed = started.elapsed();
    Ok(report)
}

/// The tag of a document's graph that says which text and settings it was built from.
fn build_key_quad(plan: &Plan) -> Quad {
    Quad::new(
        plan.info.graph.clone(),
        NamedNode::new_unchecked(format!("{TG}buildKey")),
        Literal::new_simple_literal(&plan.build_key),
        plan.info.graph.clone(),
    )
}

/// A talk makes about this many quads (the sample: 612 quads for 27 talks and segments); a
/// document estimated above [`BuildOptions::bulk_threshold`] goes through the bulk loader.
const QUADS_PER_TALK: usize = 20;

/// Quads per batch handed to the bulk loader.
const BULK_BATCH: usize = 250_000;

struct Plan {
    info: SourceInfo,
    build_key: String,
    existed: bool,
    unchanged: bool,
    triples: usize,
}

/// A digest of everything besides the text that decides a document's graph.
fn settings_fingerprint(extractor: &Extractor, options: &BuildOptions) -> String {
    let mut h = Sha256::new();
    h.update(concat!("talkgraph ", env!("CARGO_PKG_VERSION"), "\n"));
    h.update(options.base.as_str());
    if let Some(ror) = &options.ror {
        for record in ror.iter() {
            h.update(&record.id);
            h.update(&record.display_name);
            for parent in &record.parents {
                h.update(parent);
            }
        }
    }
    h.update("\n");
    h.update(extractor.topics().turtle());
    for inst in extractor.lexicon().gazetteer().iter() {
        h.update(format!("{inst:?}\n"));
    }
    hex(&h.finalize())
}

/// Loads the ontology and the topic scheme into their graphs when they changed.
fn refresh_vocabulary(
    store: &GraphStore,
    extractor: &Extractor,
    base: &Base,
    settings: &str,
    built_at: &str,
) -> Result<(), BuildError> {
    let parts = [
        ("ontology", "ontology/talkgraph.ttl", ONTOLOGY_TURTLE),
        ("topics", "topic scheme", extractor.topics().turtle()),
    ];
    for (name, path, text) in parts {
        let graph = NamedNode::new_unchecked(format!("{}graph/{name}", base.as_str()));
        let key = format!(
            "sha256:{}",
            hex(&Sha256::digest(format!("{text}\n{settings}").as_bytes()))
        );
        let current = store.graph_info(&graph)?;
        if current.is_some_and(|i| i.build_key.as_deref() == Some(key.as_str())) {
            continue;
        }
        let marker = |p: &str, o: Literal| {
            Quad::new(
                graph.clone(),
                NamedNode::new_unchecked(format!("{TG}{p}")),
                o,
                graph.clone(),
            )
        };
        let extra = vec![
            marker("buildKey", Literal::new_simple_literal(&key)),
            marker("sourceName", Literal::new_simple_literal(path)),
            Quad::new(
                graph.clone(),
                NamedNode::new_unchecked(format!("{}generatedAtTime", crate::rdf::vocab::PROV)),
                Literal::new_typed_literal(
                    built_at,
                    NamedNode::new_unchecked(format!("{}dateTime", crate::rdf::vocab::XSD)),
                ),
                graph.clone(),
            ),
        ];
        store
            .replace_graph_from_turtle(&graph, path, text, extra)
            .map_err(|e| BuildError::Vocabulary(format!("{e:#}")))?;
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Now as `xsd:dateTime` in UTC, or `SOURCE_DATE_EPOCH` when set (reproducible builds).
pub fn build_time() -> String {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    date_time(epoch)
}

/// `xsd:dateTime` (UTC, `Z`) of seconds since the Unix epoch.
pub fn date_time(epoch: i64) -> String {
    let secs = epoch.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(epoch.div_euclid(86_400));
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// Year, month (1–12) and day of a count of days since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_times() {
        assert_eq!(date_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(date_time(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(date_time(1_795_824_000), "2026-11-28T00:00:00Z");
        assert_eq!(date_time(-1), "1969-12-31T23:59:59Z");
    }
}
