//! Export: the store (or one graph) in the standard RDF formats, deterministic and readable.
//!
//! Output is sorted (graph, subject, `rdf:type` first, predicate, object), so an unchanged
//! store exports byte-identical files and a changed one gives a small `git diff`. Turtle and
//! TriG declare only the prefixes they use and group each subject's statements. Graph formats
//! (Turtle, N-Triples, RDF/XML) write the union of the named graphs as a set; dataset formats
//! (N-Quads, TriG, JSON-LD) keep the graphs. The store's own bookkeeping graph is left out.

use std::cmp::Ordering;
use std::io::Write;

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, QuadRef, Term, Triple,
};
use rustc_hash::FxHashSet;

use crate::rdf::vocab::{BASE_PREFIXES, PREFIXES, RDF};
use crate::rdf::Base;
use crate::store::{GraphStore, StoreError, META_GRAPH};

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
}

impl ExportFormat {
    fn rdf_format(self) -> RdfFormat {
        match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::NTriples => RdfFormat::NTriples,
            Self::NQuads => RdfFormat::NQuads,
            Self::TriG => RdfFormat::TriG,
            Self::RdfXml => RdfFormat::RdfXml,
            Self::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }

    /// Whether the format keeps named graphs.
    pub fn is_dataset(self) -> bool {
        matches!(self, Self::NQuads | Self::TriG | Self::JsonLd)
    }
}

/// Exporting failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the store has no graph <{0}> (see `talkgraph query graphs`)")]
    NoGraph(String),
    #[error("reading the store failed: {0}")]
    Read(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Writes the store (or `graph` only) to `out`; returns the number of statements written.
pub fn export(
    store: &GraphStore,
    format: ExportFormat,
    graph: Option<&NamedNode>,
    base: &Base,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    if let Some(g) = graph {
        if !store.contains_graph(g)? {
            return Err(ExportError::NoGraph(g.as_str().to_owned()));
        }
    }
    let meta = NamedNode::new_unchecked(META_GRAPH);
    let graph_filter = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
    let mut quads = Vec::new();
    for quad in store
        .inner()
        .quads_for_pattern(None, None, None, graph_filter)
    {
        let quad = quad.map_err(|e| ExportError::Read(e.to_string()))?;
        if quad.graph_name == GraphName::NamedNode(meta.clone()) {
            continue;
        }
        quads.push(quad);
    }
    if format.is_dataset() {
        quads.sort_by(compare_quads);
        quads.dedup();
        let count = quads.len();
        let mut serializer =
            serializer(format.rdf_format(), base, quads.iter().map(Into::into)).for_writer(out);
        for quad in &quads {
            serializer.serialize_quad(quad)?;
        }
        serializer.finish()?;
        Ok(count)
    } else {
        let triples: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
        let count = write_triples_with_base(out, format.rdf_format(), triples, base)?;
        Ok(count)
    }
}

/// Writes triples sorted, deduplicated, with only the prefixes they use.
pub fn write_triples(
    out: &mut dyn Write,
    format: RdfFormat,
    triples: Vec<Triple>,
) -> std::io::Result<usize> {
    write_triples_with_base(out, format, triples, &Base::default())
}

fn write_triples_with_base(
    out: &mut dyn Write,
    format: RdfFormat,
    mut triples: Vec<Triple>,
    base: &Base,
) -> std::io::Result<usize> {
    triples.sort_by(compare_triples);
    triples.dedup();
    let count = triples.len();
    let quads: Vec<QuadRef<'_>> = triples
        .iter()
        .map(|t| t.as_ref().in_graph(GraphNameRef::DefaultGraph))
        .collect();
    let mut serializer = serializer(format, base, quads.iter().copied()).for_writer(out);
    for quad in quads {
        serializer.serialize_quad(quad)?;
    }
    serializer.finish()?;
    Ok(count)
}

/// A serializer with the prefixes the quads use (Turtle and TriG only).
fn serializer<'a>(
    format: RdfFormat,
    base: &Base,
    quads: impl Iterator<Item = QuadRef<'a>>,
) -> RdfSerializer {
    let mut serializer = RdfSerializer::from_format(format);
    if !matches!(format, RdfFormat::Turtle | RdfFormat::TriG) {
        return serializer;
    }
    let candidates = prefixes(base);
    let mut used: FxHashSet<usize> = FxHashSet::default();
    let mut note = |iri: &str| {
        if let Some(i) = best_prefix(&candidates, iri) {
            used.insert(i);
        }
    };
    for quad in quads {
        if let oxigraph::model::NamedOrBlankNodeRef::NamedNode(n) = quad.subject {
            note(n.as_str());
        }
        note(quad.predicate.as_str());
        match quad.object {
            oxigraph::model::TermRef::NamedNode(n) => note(n.as_str()),
            oxigraph::model::TermRef::Literal(l) => note(l.datatype().as_str()),
            _ => {}
        }
        if let GraphNameRef::NamedNode(g) = quad.graph_name {
            note(g.as_str());
        }
    }
    let mut used: Vec<usize> = used.into_iter().collect();
    used.sort_by(|a, b| candidates[*a].0.cmp(&candidates[*b].0));
    for i in used {
        let (prefix, ns) = &candidates[i];
        if let Ok(s) = serializer.clone().with_prefix(prefix.as_str(), ns.as_str()) {
            serializer = s;
        }
    }
    serializer
}

/// Every prefix an export may declare, with the instance namespaces under `base`.
fn prefixes(base: &Base) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = PREFIXES
        .iter()
        .map(|(p, ns)| ((*p).to_owned(), (*ns).to_owned()))
        .collect();
    for (prefix, path) in BASE_PREFIXES {
        let ns = format!("{}{path}", base.as_str());
        if !out.iter().any(|(p, n)| *n == ns || p == prefix) {
            out.push(((*prefix).to_owned(), ns));
        }
    }
    out
}

/// The prefix whose namespace is the longest one `iri` starts with, if the rest of `iri` is a
/// plain local name (letters, digits, `-`, `_`, `%XX`; not starting with `-`).
fn best_prefix(candidates: &[(String, String)], iri: &str) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, (_, ns)) in candidates.iter().enumerate() {
        if let Some(local) = iri.strip_prefix(ns.as_str()) {
            let plain = !local.is_empty()
                && !local.starts_with(['-', '.'])
                && local
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'%');
            if plain && best.is_none_or(|(_, len)| ns.len() > len) {
                best = Some((i, ns.len()));
            }
        }
    }
    best.map(|(i, _)| i)
}

fn compare_quads(a: &Quad, b: &Quad) -> Ordering {
    graph_key(&a.graph_name)
        .cmp(&graph_key(&b.graph_name))
        .then_with(|| {
            compare_spo(
                &a.subject,
                &a.predicate,
                &a.object,
                &b.subject,
                &b.predicate,
                &b.object,
            )
        })
}

fn compare_triples(a: &Triple, b: &Triple) -> Ordering {
    compare_spo(
        &a.subject,
        &a.predicate,
        &a.object,
        &b.subject,
        &b.predicate,
        &b.object,
    )
}

/// Subject, then `rdf:type` before other predicates, then predicate, then object; compared on
/// borrowed parts, so sorting a large graph allocates nothing per comparison.
fn compare_spo(
    s1: &NamedOrBlankNode,
    p1: &NamedNode,
    o1: &Term,
    s2: &NamedOrBlankNode,
    p2: &NamedNode,
    o2: &Term,
) -> Ordering {
    let not_type = |p: &NamedNode| p.as_str().strip_prefix(RDF) != Some("type");
    subject_key(s1)
        .cmp(&subject_key(s2))
        .then_with(|| not_type(p1).cmp(&not_type(p2)))
        .then_with(|| p1.as_str().cmp(p2.as_str()))
        .then_with(|| object_key(o1).cmp(&object_key(o2)))
}

/// IRIs, then blank nodes, then literals by value, datatype and language.
fn object_key(o: &Term) -> (u8, &str, &str, &str) {
    match o {
        Term::NamedNode(n) => (0, n.as_str(), "", ""),
        Term::BlankNode(b) => (1, b.as_str(), "", ""),
        Term::Literal(l) => (
            2,
            l.value(),
            l.datatype().as_str(),
            l.language().unwrap_or(""),
        ),
        #[allow(unreachable_patterns)]
        _ => (3, "", "", ""),
    }
}

fn subject_key(s: &NamedOrBlankNode) -> (u8, &str) {
    match s {
        NamedOrBlankNode::NamedNode(n) => (0, n.as_str()),
        NamedOrBlankNode::BlankNode(b) => (1, b.as_str()),
    }
}

fn graph_key(g: &GraphName) -> (u8, &str) {
    match g {
        GraphName::DefaultGraph => (0, ""),
        GraphName::NamedNode(n) => (1, n.as_str()),
        GraphName::BlankNode(b) => (2, b.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_chosen_by_longest_namespace() {
        let c = prefixes(&Base::default());
        let i = best_prefix(&c, "https://w3id.org/talkgraph/person/ada-lovelace").unwrap();
        assert_eq!(c[i].0, "person");
        assert!(best_prefix(&c, "https://w3id.org/talkgraph/person/a/b").is_none());
        let i = best_prefix(&c, "https://w3id.org/talkgraph/institution/mit").unwrap();
        assert_eq!(c[i].0, "inst");
    }
}
