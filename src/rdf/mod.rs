//! RDF mapping: from extracted records to quads, one named graph per source document.
//!
//! The model is documented in README ("The graph") and declared in `ontology/talkgraph.ttl`;
//! `ontology/shapes.ttl` states its constraints. In brief: talks and segments are
//! `schema:Event`s (`tg:Talk`, `tg:Session`, `tg:Segment`) with `schema:performer` people, who
//! have `schema:affiliation` organisations; a stated role becomes an `org:Membership`; series
//! are `schema:EventSeries` linked by `schema:superEvent`/`schema:subEvent`; topics are
//! `schema:about` SKOS concepts; every talk points back to its source lines with
//! `prov:wasDerivedFrom <file:///…#line=a,b>` (RFC 5147).
//!
//! Everything one document says — its talks, and the people and organisations as it states
//! them — goes into that document's graph, so removing a source removes exactly its statements
//! while queries over the union of graphs see one node per person and organisation (their IRIs
//! are deterministic slugs, equal across documents).

mod iri;
pub mod vocab;

use std::collections::BTreeSet;

use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use rustc_hash::{FxHashMap, FxHashSet};

pub use iri::{file_iri, slug, Base, BaseError};

use crate::model::{Affiliation, DocumentRecord, Speaker, Talk, Warning};
use crate::resolve::ror::{NameType, RorMatch, RorRecord, RorRegistry};
use crate::resolve::{Gazetteer, TopicScheme};
use vocab::{DCTERMS, ORG, PROV, RDF, SCHEMA, SKOS, TG, XSD};

/// Where a document came from: what the graph node of the document says about it.
#[derive(Debug, Clone)]
pub struct SourceInfo {
    /// The named graph of the document.
    pub graph: NamedNode,
    /// The source's IRI (`file:///…`, or `urn:talkgraph:stdin`).
    pub iri: String,
    /// The source as given on the command line.
    pub name: String,
    /// `sha256:` and the hex digest of the source bytes.
    pub content_hash: String,
    /// `xsd:dateTime` of the build.
    pub built_at: String,
}

/// How many entities of each kind a mapping wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct MapCounts {
    pub talks: usize,
    pub segments: usize,
    pub people: BTreeSet<String>,
    pub institutions: BTreeSet<String>,
    pub unresolved_institutions: BTreeSet<String>,
    pub series: BTreeSet<String>,
    pub topics: BTreeSet<String>,
}

impl MapCounts {
    /// Adds `other`'s counts (entity sets are unions).
    pub fn merge(&mut self, other: &MapCounts) {
        self.talks += other.talks;
        self.segments += other.segments;
        self.people.extend(other.people.iter().cloned());
        self.institutions.extend(other.institutions.iter().cloned());
        self.unresolved_institutions
            .extend(other.unresolved_institutions.iter().cloned());
        self.series.extend(other.series.iter().cloned());
        self.topics.extend(other.topics.iter().cloned());
    }
}

/// The quads of one document.
#[derive(Debug, Clone)]
pub struct DocumentGraph {
    pub graph: NamedNode,
    pub quads: Vec<Quad>,
    pub counts: MapCounts,
    pub warnings: Vec<Warning>,
}

/// Maps extracted documents to RDF.
#[derive(Debug, Clone, Copy)]
pub struct Mapper<'a> {
    pub base: &'a Base,
    pub gazetteer: &'a Gazetteer,
    pub topics: &'a TopicScheme,
    /// A ROR dump to reconcile organisations with (`--ror`).
    pub ror: Option<&'a RorRegistry>,
}

impl<'a> Mapper<'a> {
    pub fn new(base: &'a Base, gazetteer: &'a Gazetteer, topics: &'a TopicScheme) -> Self {
        Self {
            base,
            gazetteer,
            topics,
            ror: None,
        }
    }

    /// Reconciles organisations with `ror` too.
    #[must_use]
    pub fn with_ror(mut self, ror: Option<&'a RorRegistry>) -> Self {
        self.ror = ror;
        self
    }

    /// The named graph of a source: `graph/<slug of the file name without extension>` under
    /// the base.
    pub fn graph_for(&self, source_name: &str) -> NamedNode {
        let file = std::path::Path::new(source_name);
        let stem = if source_name == "-" {
            "stdin".to_owned()
        } else {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| source_name.to_owned())
        };
        self.base.iri(&format!("graph/{}", slug(&stem)))
    }

    /// The quads of one document, in `source.graph`.
    pub fn map(&self, doc: &DocumentRecord, source: &SourceInfo) -> DocumentGraph {
        let mut quads = Vec::new();
        let mut collect = |batch: Vec<Quad>| -> Result<(), std::convert::Infallible> {
            quads.extend(batch);
            Ok(())
        };
        let Ok(mapped) = self.map_batched(doc, source, usize::MAX, &mut collect);
        DocumentGraph { quads, ..mapped }
    }

    /// Maps one document and hands its quads to `sink` in batches of about `batch` quads (cut
    /// between talks), so that a large document never sits in memory whole. The returned
    /// [`DocumentGraph`] has the counts and warnings, and no quads.
    pub fn map_batched<E>(
        &self,
        doc: &DocumentRecord,
        source: &SourceInfo,
        batch: usize,
        sink: &mut dyn FnMut(Vec<Quad>) -> Result<(), E>,
    ) -> Result<DocumentGraph, E> {
        let mut w = Writer {
            mapper: *self,
            graph: GraphName::NamedNode(source.graph.clone()),
            graph_slug: iri::last_segment(source.graph.as_str()).to_owned(),
            source_iri: source.iri.clone(),
            quads: Vec::new(),
            seen: FxHashSet::default(),
            talk_slugs: FxHashMap::default(),
            counts: MapCounts::default(),
            warnings: Vec::new(),
            emitted_orgs: FxHashSet::default(),
            labels: FxHashMap::default(),
            ror_done: FxHashSet::default(),
        };
        w.source_node(doc, source);
        for talk in &doc.talks {
            w.talk(talk, None);
            if w.quads.len() >= batch {
                sink(std::mem::take(&mut w.quads))?;
            }
        }
        if !w.quads.is_empty() {
            sink(std::mem::take(&mut w.quads))?;
        }
        Ok(DocumentGraph {
            graph: source.graph.clone(),
            quads: Vec::new(),
            counts: w.counts,
            warnings: w.warnings,
        })
    }
}

struct Writer<'a> {
    mapper: Mapper<'a>,
    graph: GraphName,
    graph_slug: String,
    source_iri: String,
    quads: Vec<Quad>,
    /// Entity statements already written (people and organisations recur in many talks).
    seen: FxHashSet<Quad>,
    talk_slugs: FxHashMap<String, usize>,
    counts: MapCounts,
    warnings: Vec<Warning>,
    emitted_orgs: FxHashSet<String>,
    /// The one name (or label) written for a person or role: the first spelling met.
    labels: FxHashMap<String, String>,
    /// Organisations already reconciled with ROR.
    ror_done: FxHashSet<String>,
}

fn schema(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SCHEMA}{local}"))
}

fn tg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{TG}{local}"))
}

fn iri_in(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

fn rdf_type() -> NamedNode {
    iri_in(RDF, "type")
}

fn string(value: &str) -> Term {
    Literal::new_simple_literal(value).into()
}

fn integer(value: u64) -> Term {
    Literal::new_typed_literal(value.to_string(), iri_in(XSD, "integer")).into()
}

fn typed(value: String, datatype: &str) -> Term {
    Literal::new_typed_literal(value, iri_in(XSD, datatype)).into()
}

/// `xsd:duration` of a number of seconds, canonical (`PT1H51M`, `PT0S`).
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || seconds == 0 {
        out.push_str(&format!("{s}S"));
    }
    out
}

impl Writer<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        ));
    }

    /// Adds a statement about a shared entity once per document.
    fn add_once(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        let quad = Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        );
        if self.seen.insert(quad.clone()) {
            self.quads.push(quad);
        }
    }

    /// Records `label` as the name of `node` unless it has one; `true` if `label` is it.
    fn first_label(&mut self, node: &NamedNode, label: &str) -> bool {
        let current = self
            .labels
            .entry(node.as_str().to_owned())
            .or_insert_with(|| label.to_owned());
        current == label
    }

    fn source_node(&mut self, doc: &DocumentRecord, source: &SourceInfo) {
        let g = source.graph.clone();
        self.add(&g, rdf_type(), iri_in(PROV, "Entity"));
        self.add(
            &g,
            iri_in(PROV, "wasDerivedFrom"),
            NamedNode::new_unchecked(source.iri.clone()),
        );
        self.add(&g, tg("sourceName"), string(&source.name));
        self.add(&g, tg("contentHash"), string(&source.content_hash));
        self.add(
            &g,
            iri_in(PROV, "generatedAtTime"),
            typed(source.built_at.clone(), "dateTime"),
        );
        self.add(
            &g,
            tg("builtBy"),
            string(concat!("talkgraph ", env!("CARGO_PKG_VERSION"))),
        );
        let talks: usize = doc.talks.iter().map(|t| t.walk().count()).sum();
        self.add(&g, tg("talkCount"), integer(talks as u64));
        if let Some(title) = &doc.title {
            self.add(&g, iri_in(DCTERMS, "title"), string(title));
        }
        // what extraction warned about, with the line, so that reports can list it later
        for (i, warning) in doc.warnings.iter().enumerate() {
            let w = NamedNode::new_unchecked(format!("{}/warning/{}", g.as_str(), i + 1));
            self.add(&g, tg("extractionWarning"), w.clone());
            self.add(&w, rdf_type(), tg("ExtractionWarning"));
            self.add(&w, tg("warningLine"), integer(warning.line as u64));
            self.add(&w, tg("warningMessage"), string(&warning.message));
        }
    }

    fn talk_iri(&mut self, talk: &Talk, parent: Option<&NamedNode>) -> NamedNode {
        // A part is named by its series and number ("…--tutorial-on-x--part-2"): its title is
        // only the subtitle, which two series may share ("Foundations").
        let mut key = match (parent, &talk.series, talk.part) {
            (Some(p), ..) => format!("{}--{}", iri::last_segment(p.as_str()), slug(&talk.title)),
            (None, Some(series), Some(part)) => {
                format!("{}--{}--part-{part}", self.graph_slug, slug(series))
            }
            (None, ..) => format!("{}--{}", self.graph_slug, slug(&talk.title)),
        };
        let n = self.talk_slugs.entry(key.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            key = format!("{key}-{n}");
        }
        self.mapper.base.iri(&format!("talk/{key}"))
    }

    fn talk(&mut self, talk: &Talk, session: Option<&NamedNode>) {
        let t = self.talk_iri(talk, session);
        self.add(&t, rdf_type(), schema("Event"));
        if session.is_some() {
            self.counts.segments += 1;
            self.add(&t, rdf_type(), tg("Segment"));
        } else {
            self.counts.talks += 1;
            self.add(&t, rdf_type(), tg("Talk"));
            if !talk.segments.is_empty() {
                self.add(&t, rdf_type(), tg("Session"));
            }
        }
        self.add(&t, schema("name"), string(&talk.title));
        if let Some(text) = &talk.abstract_text {
            self.add(&t, schema("description"), string(text));
        }
        self.add(&t, tg("line"), integer(talk.line as u64));
        self.add(
            &t,
            tg("endLine"),
            integer(talk.end_line.max(talk.line) as u64),
        );
        let fragment = format!(
            "{}#line={},{}",
            self.source_iri,
            talk.line.saturating_sub(1),
            talk.end_line.max(talk.line)
        );
        self.add(
            &t,
            iri_in(PROV, "wasDerivedFrom"),
            NamedNode::new_unchecked(fragment),
        );
        if let Some(when) = &talk.when {
            self.add(&t, tg("when"), string(when));
        }
        if let Some(session) = session {
            self.add(&t, schema("superEvent"), session.clone());
            self.add(session, schema("subEvent"), t.clone());
        }
        if let Some(start) = &talk.start {
            self.add(&t, tg("startOffsetText"), string(start));
        }
        if let Some(seconds) = talk.start_seconds {
            self.add(&t, tg("startOffset"), typed(duration(seconds), "duration"));
        }
        if let (Some(series), None) = (&talk.series, session) {
            let s = self.mapper.base.iri(&format!("series/{}", slug(series)));
            self.counts.series.insert(s.as_str().to_owned());
            self.add_once(&s, rdf_type(), schema("EventSeries"));
            self.add_once(&s, schema("name"), string(series));
            self.add(&s, schema("subEvent"), t.clone());
            self.add(&t, schema("superEvent"), s);
        }
        if let Some(part) = talk.part {
            self.add(&t, tg("partNumber"), integer(u64::from(part)));
        }
        if let Some(count) = talk.part_count {
            self.add(&t, tg("partCount"), integer(u64::from(count)));
        }
        for label in &talk.topics {
            match self.mapper.topics.by_label(label) {
                Some(concept) => {
                    let c = NamedNode::new_unchecked(concept.iri.clone());
                    self.counts.topics.insert(concept.iri.clone());
                    self.add(&t, schema("about"), c);
                }
                None => self.warnings.push(Warning {
                    line: talk.line,
                    message: format!("topic {label:?} is not in the topic scheme"),
                }),
            }
        }
        for speaker in &talk.speakers {
            let p = self.person(speaker);
            self.add(&t, schema("performer"), p);
        }
        for segment in &talk.segments {
            self.talk(segment, Some(&t));
        }
    }

    fn person(&mut self, speaker: &Speaker) -> NamedNode {
        let p = self
            .mapper
            .base
            .iri(&format!("person/{}", slug(&speaker.name)));
        self.counts.people.insert(p.as_str().to_owned());
        self.add_once(&p, rdf_type(), schema("Person"));
        if self.first_label(&p, &speaker.name) {
            self.add_once(&p, schema("name"), string(&speaker.name));
        } else {
            // Another spelling of the same folded name ("José" / "Jose"): kept as an alias.
            self.add_once(&p, schema("alternateName"), string(&speaker.name));
        }
        for alt in &speaker.alternate_names {
            self.add_once(&p, schema("alternateName"), string(alt));
        }
        for affiliation in &speaker.affiliations {
            let o = self.organization(affiliation);
            self.add_once(&p, schema("affiliation"), o.clone());
            if affiliation.role.is_some() || affiliation.unit.is_some() {
                self.membership(&p, &o, affiliation);
            }
        }
        p
    }

    fn membership(&mut self, person: &NamedNode, org: &NamedNode, affiliation: &Affiliation) {
        let role_slug = affiliation.role.as_deref().map(slug);
        let mut key = format!(
            "{}--{}--{}",
            iri::last_segment(person.as_str()),
            iri::last_segment(org.as_str()),
            role_slug.as_deref().unwrap_or("member"),
        );
        if let Some(unit) = &affiliation.unit {
            key = format!("{key}--{}", slug(unit));
        }
        let m = self.mapper.base.iri(&format!("membership/{key}"));
        self.add_once(&m, rdf_type(), iri_in(ORG, "Membership"));
        self.add_once(&m, iri_in(ORG, "member"), person.clone());
        self.add_once(&m, iri_in(ORG, "organization"), org.clone());
        if let (Some(role), Some(role_slug)) = (&affiliation.role, &role_slug) {
            let r = self.mapper.base.iri(&format!("role/{role_slug}"));
            self.add_once(&r, rdf_type(), iri_in(ORG, "Role"));
            let label = role_label(role);
            if self.first_label(&r, &label) {
                self.add_once(&r, iri_in(SKOS, "prefLabel"), string(&label));
            }
            self.add_once(&m, iri_in(ORG, "role"), r);
        }
        if let Some(unit) = &affiliation.unit {
            self.add_once(&m, tg("unit"), string(unit));
        }
    }

    fn organization(&mut self, affiliation: &Affiliation) -> NamedNode {
        let o = self.organization_node(affiliation);
        if self.mapper.ror.is_some() && self.ror_done.insert(o.as_str().to_owned()) {
            self.reconcile(&o, affiliation);
        }
        o
    }

    fn organization_node(&mut self, affiliation: &Affiliation) -> NamedNode {
        let known = affiliation
            .iri
            .as_deref()
            .and_then(|iri| self.mapper.gazetteer.get(iri))
            .or_else(|| self.mapper.gazetteer.lookup(&affiliation.name));
        match known {
            Some(inst) => {
                let o = NamedNode::new_unchecked(inst.iri.clone());
                self.counts.institutions.insert(inst.iri.clone());
                self.known_org(&inst.iri);
                if affiliation.name != inst.name {
                    self.add_once(&o, schema("alternateName"), string(&affiliation.name));
                }
                o
            }
            None => {
                let o = self
                    .mapper
                    .base
                    // (an institution written with its city is the institution: "X, Hamburg" and
                    // "X" are one)
                    .iri(&format!(
                        "institution/{}",
                        slug(affiliation.label.as_deref().unwrap_or(&affiliation.name))
                    ));
                self.counts.institutions.insert(o.as_str().to_owned());
                self.counts
                    .unresolved_institutions
                    .insert(o.as_str().to_owned());
                let name = affiliation.label.as_deref().unwrap_or(&affiliation.name);
                if self.emitted_orgs.insert(o.as_str().to_owned()) {
                    self.add(&o, rdf_type(), schema("Organization"));
                    self.add(&o, schema("name"), string(name));
                    self.add(&o, tg("unresolved"), typed("true".into(), "boolean"));
                    self.first_label(&o, name);
                }
                // (each other written form once, as an alias)
                if !self.first_label(&o, &affiliation.name) {
                    self.add_once(&o, schema("alternateName"), string(&affiliation.name));
                }
                o
            }
        }
    }

    /// Links an organisation to its ROR record: `schema:sameAs`, the type, and the parents
    /// ROR knows. Several candidate records are reported, not guessed.
    fn reconcile(&mut self, o: &NamedNode, affiliation: &Affiliation) {
        let Some(ror) = self.mapper.ror else { return };
        let known = self.mapper.gazetteer.get(o.as_str());
        if known.is_some_and(|i| i.same_as.iter().any(|s| s.starts_with("https://ror.org/"))) {
            return; // the gazetteer already names its ROR id
        }
        let mut names: Vec<&str> = vec![affiliation.name.as_str()];
        if let Some(inst) = known {
            names.push(&inst.name);
            names.extend(inst.aliases.iter().map(String::as_str));
        }
        match ror.resolve(names) {
            RorMatch::Unique(record) => {
                self.add_once(
                    o,
                    schema("sameAs"),
                    NamedNode::new_unchecked(record.id.clone()),
                );
                if known.is_none() {
                    let class = record.schema_class();
                    if class != "https://schema.org/Organization" {
                        self.add_once(o, rdf_type(), NamedNode::new_unchecked(class));
                    }
                }
                for parent_id in &record.parents {
                    if let Some(parent) = ror.get(parent_id) {
                        let p = self.ror_org(parent);
                        self.add_once(o, schema("parentOrganization"), p);
                    }
                }
            }
            RorMatch::Ambiguous(records) => {
                let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
                self.warnings.push(Warning {
                    line: 0,
                    message: format!(
                        "institution {:?} matches {} ROR records ({}); not linked",
                        affiliation.name,
                        ids.len(),
                        ids.join(", ")
                    ),
                });
            }
            RorMatch::None => {}
        }
    }

    /// The organisation node of a ROR record: the gazetteer entry that names its id, or one
    /// minted from its display name.
    fn ror_org(&mut self, record: &RorRecord) -> NamedNode {
        let gazetteer = self.mapper.gazetteer;
        let in_gazetteer = gazetteer
            .iter()
            .find(|i| i.same_as.contains(&record.id))
            .or_else(|| {
                [NameType::RorDisplay, NameType::Label, NameType::Alias]
                    .into_iter()
                    .flat_map(|t| record.names_of(t))
                    .find_map(|name| gazetteer.lookup(name))
            })
            .map(|i| i.iri.clone());
        if let Some(iri) = in_gazetteer {
            self.known_org(&iri);
            return NamedNode::new_unchecked(iri);
        }
        let o = self
            .mapper
            .base
            .iri(&format!("institution/{}", slug(&record.display_name)));
        self.add_once(&o, rdf_type(), schema("Organization"));
        let class = record.schema_class();
        if class != "https://schema.org/Organization" {
            self.add_once(&o, rdf_type(), NamedNode::new_unchecked(class));
        }
        if self.first_label(&o, &record.display_name) {
            self.add_once(&o, schema("name"), string(&record.display_name));
        }
        self.add_once(
            &o,
            schema("sameAs"),
            NamedNode::new_unchecked(record.id.clone()),
        );
        o
    }

    /// Writes a gazetteer institution (type, name, identifiers) and its parents, once.
    fn known_org(&mut self, iri: &str) {
        let mut next = Some(iri.to_owned());
        while let Some(iri) = next.take() {
            if !self.emitted_orgs.insert(iri.clone()) {
                return;
            }
            let Some(inst) = self.mapper.gazetteer.get(&iri) else {
                return;
            };
            let o = NamedNode::new_unchecked(inst.iri.clone());
            self.add(&o, rdf_type(), schema("Organization"));
            let class = inst.kind.schema_class();
            if class != "https://schema.org/Organization" {
                self.add(&o, rdf_type(), NamedNode::new_unchecked(class));
            }
            self.add(&o, schema("name"), string(&inst.name));
            for same in &inst.same_as {
                if let Ok(node) = NamedNode::new(same.clone()) {
                    self.add(&o, schema("sameAs"), node);
                }
            }
            if let Some(parent) = &inst.parent {
                if self.mapper.gazetteer.get(parent).is_some() {
                    let parent_node = NamedNode::new_unchecked(parent.clone());
                    self.add(&o, schema("parentOrganization"), parent_node);
                    next = Some(parent.clone());
                }
            }
        }
    }
}

/// A role's label: as written, first letter capitalised ("associate professor" and
/// "Associate professor" are one role).
fn role_label(role: &str) -> String {
    let mut chars = role.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_canonical() {
        assert_eq!(duration(0), "PT0S");
        assert_eq!(duration(111 * 60), "PT1H51M");
        assert_eq!(duration(3601), "PT1H1S");
        assert_eq!(duration(59), "PT59S");
    }

    #[test]
    fn role_labels() {
        assert_eq!(role_label("associate Professor"), "Associate Professor");
        assert_eq!(role_label(""), "");
    }
}
