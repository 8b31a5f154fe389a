//! The speaker–institution network: a petgraph view of the store and its projections.
//!
//! The view is read from the store by SPARQL ([`Network::from_store`]), so it reflects
//! everything loaded — every source, and RDF a user imported — not only one extraction:
//!
//! - the **bipartite** graph people ↔ institutions (edge = `schema:affiliation`, with the role
//!   from an `org:Membership` when one is stated);
//! - the **institution projection**: two institutions are tied when they share a speaker; the
//!   weight is the number of shared speakers, and Newman's collaboration weight
//!   Σ 1/(d − 1) over the shared speakers (d = the speaker's number of institutions) is a
//!   second attribute;
//! - the **speaker projection**: two speakers are tied when they share an institution;
//! - the **co-presenter** graph: speakers who gave a talk or a segment together, and its
//!   institution version (institutions brought together in one talk).
//!
//! [`Scope`] restricts the view to one named graph or one series.

pub mod export;
pub mod report;
pub mod stats;

use std::collections::BTreeMap;

use petgraph::graph::{NodeIndex, UnGraph};

use crate::store::GraphStore;

/// Which part of the store the network covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Only this named graph (`--graph IRI`).
    pub graph: Option<String>,
    /// Only talks of the series with this name, and their segments (`--series NAME`).
    pub series: Option<String>,
}

/// Person or institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Person,
    Institution,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Institution => "institution",
        }
    }
}

/// A node of any of the graphs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Node {
    pub iri: String,
    pub label: String,
    pub kind: NodeKind,
}

/// An edge: its weight(s) and, in the bipartite graph, the role.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Edge {
    /// Affiliation: 1. Projections: shared speakers (or institutions, or talks).
    pub weight: f64,
    /// Newman's collaboration weight Σ 1/(d − 1) (institution projection only, else 0).
    pub newman: f64,
    /// The roles stated for an affiliation, joined with "; " (bipartite only).
    pub role: Option<String>,
}

/// An undirected graph of the network.
pub type Graph = UnGraph<Node, Edge>;

/// The view and its projections.
#[derive(Debug, Clone)]
pub struct Network {
    pub bipartite: Graph,
    pub institution_projection: Graph,
    pub speaker_projection: Graph,
    pub copresenter: Graph,
    pub copresenter_institutions: Graph,
}

/// Reading the network from the store failed.
#[derive(Debug, thiserror::Error)]
#[error("reading the network from the store failed: {0}")]
pub struct NetworkError(String);

impl Network {
    /// Reads affiliations and co-presentations from the store and builds every graph.
    pub fn from_store(store: &GraphStore, scope: &Scope) -> Result<Self, NetworkError> {
        let affiliations = select(store, &affiliation_query(scope))?;
        let performers = select(store, &performer_query(scope))?;
        let names = select(store, &performer_names_query(scope))?;
        Ok(Self::build(&affiliations, &performers, &names, true))
    }

    /// Like [`from_store`](Self::from_store) without the speaker projection (left empty): the
    /// one graph that grows with the square of an institution's speakers, which `build`'s
    /// summary does not need.
    pub fn from_store_without_speaker_projection(
        store: &GraphStore,
        scope: &Scope,
    ) -> Result<Self, NetworkError> {
        let affiliations = select(store, &affiliation_query(scope))?;
        let performers = select(store, &performer_query(scope))?;
        let names = select(store, &performer_names_query(scope))?;
        Ok(Self::build(&affiliations, &performers, &names, false))
    }

    /// Builds the graphs from rows `[person, person name, institution, institution name,
    /// role]`, `[talk, person]` and `[person, person name]`.
    pub fn from_rows(
        affiliations: &[Vec<Option<String>>],
        performers: &[Vec<Option<String>>],
        names: &[Vec<Option<String>>],
    ) -> Self {
        Self::build(affiliations, performers, names, true)
    }

    fn build(
        affiliations: &[Vec<Option<String>>],
        performers: &[Vec<Option<String>>],
        names: &[Vec<Option<String>>],
        with_speaker_projection: bool,
    ) -> Self {
        // Deterministic node order: by kind, then IRI.
        let mut people: BTreeMap<String, String> = BTreeMap::new();
        let mut institutions: BTreeMap<String, String> = BTreeMap::new();
        let mut links: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
        for row in affiliations {
            let (Some(p), Some(o)) = (&row[0], &row[2]) else {
                continue;
            };
            label_once(&mut people, p, row[1].as_deref());
            shortest_label(&mut institutions, o, row[3].as_deref());
            let roles = links.entry((p.clone(), o.clone())).or_default();
            if let Some(role) = &row[4] {
                if !roles.contains(role) {
                    roles.push(role.clone());
                }
            }
        }
        let mut talks: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in names {
            if let Some(p) = &row[0] {
                label_once(&mut people, p, row[1].as_deref());
            }
        }
        for row in performers {
            let (Some(t), Some(p)) = (&row[0], &row[1]) else {
                continue;
            };
            people.entry(p.clone()).or_default();
            let who = talks.entry(t.clone()).or_default();
            if !who.contains(p) {
                who.push(p.clone());
            }
        }

        // Bipartite: the people with an affiliation, and institutions.
        let affiliated: std::collections::BTreeSet<&String> =
            links.keys().map(|(p, _)| p).collect();
        let mut bipartite = Graph::default();
        let mut index: BTreeMap<(NodeKind, String), NodeIndex> = BTreeMap::new();
        for (iri, label) in &people {
            if affiliated.contains(iri) {
                let n = bipartite.add_node(node(iri, label, NodeKind::Person));
                index.insert((NodeKind::Person, iri.clone()), n);
            }
        }
        for (iri, label) in &institutions {
            let n = bipartite.add_node(node(iri, label, NodeKind::Institution));
            index.insert((NodeKind::Institution, iri.clone()), n);
        }
        let mut orgs_of: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
        let mut people_of: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
        for ((p, o), roles) in &links {
            let (Some(&a), Some(&b)) = (
                index.get(&(NodeKind::Person, p.clone())),
                index.get(&(NodeKind::Institution, o.clone())),
            ) else {
                continue;
            };
            let role = (!roles.is_empty()).then(|| roles.join("; "));
            bipartite.add_edge(
                a,
                b,
                Edge {
                    weight: 1.0,
                    newman: 0.0,
                    role,
                },
            );
            orgs_of.entry(p).or_default().push(o);
            people_of.entry(o).or_default().push(p);
        }

        // Institution projection, with Newman's weights.
        let mut pairs: BTreeMap<(&String, &String), (f64, f64)> = BTreeMap::new();
        for orgs in orgs_of.values() {
            let d = orgs.len() as f64;
            for (i, a) in orgs.iter().enumerate() {
                for b in &orgs[i + 1..] {
                    let key = if a < b { (*a, *b) } else { (*b, *a) };
                    let e = pairs.entry(key).or_insert((0.0, 0.0));
                    e.0 += 1.0;
                    e.1 += 1.0 / (d - 1.0);
                }
            }
        }
        let institution_projection = projection(
            institutions
                .iter()
                .map(|(i, l)| node(i, l, NodeKind::Institution)),
            pairs
                .into_iter()
                .map(|((a, b), (w, n))| (a.clone(), b.clone(), w, n)),
        );

        // Speaker projection: speakers sharing an institution.
        let mut pairs: BTreeMap<(&String, &String), f64> = BTreeMap::new();
        for members in people_of.values().filter(|_| with_speaker_projection) {
            for (i, a) in members.iter().enumerate() {
                for b in &members[i + 1..] {
                    let key = if a < b { (*a, *b) } else { (*b, *a) };
                    *pairs.entry(key).or_insert(0.0) += 1.0;
                }
            }
        }
        let speaker_projection = projection(
            people
                .iter()
                .filter(|(i, _)| affiliated.contains(i))
                .map(|(i, l)| node(i, l, NodeKind::Person)),
            pairs
                .into_iter()
                .map(|((a, b), w)| (a.clone(), b.clone(), w, 0.0)),
        );

        // Co-presenters: people who gave one talk together; weight = talks together.
        let mut pairs: BTreeMap<(&String, &String), f64> = BTreeMap::new();
        let mut inst_pairs: BTreeMap<(&String, &String), f64> = BTreeMap::new();
        for who in talks.values() {
            for (i, a) in who.iter().enumerate() {
                for b in &who[i + 1..] {
                    let key = if a < b { (a, b) } else { (b, a) };
                    *pairs.entry(key).or_insert(0.0) += 1.0;
                }
            }
            let mut orgs: Vec<&String> = who
                .iter()
                .flat_map(|p| orgs_of.get(p).into_iter().flatten().copied())
                .collect();
            orgs.sort();
            orgs.dedup();
            for (i, a) in orgs.iter().enumerate() {
                for b in &orgs[i + 1..] {
                    *inst_pairs.entry((*a, *b)).or_insert(0.0) += 1.0;
                }
            }
        }
        let presenters: std::collections::BTreeSet<&String> = talks.values().flatten().collect();
        let copresenter = projection(
            people
                .iter()
                .filter(|(i, _)| presenters.contains(i))
                .map(|(i, l)| node(i, l, NodeKind::Person)),
            pairs
                .into_iter()
                .map(|((a, b), w)| (a.clone(), b.clone(), w, 0.0)),
        );
        let presenting_orgs: std::collections::BTreeSet<&String> = presenters
            .iter()
            .flat_map(|p| orgs_of.get(*p).into_iter().flatten().copied())
            .collect();
        let copresenter_institutions = projection(
            institutions
                .iter()
                .filter(|(i, _)| presenting_orgs.contains(i))
                .map(|(i, l)| node(i, l, NodeKind::Institution)),
            inst_pairs
                .into_iter()
                .map(|((a, b), w)| (a.clone(), b.clone(), w, 0.0)),
        );

        Self {
            bipartite,
            institution_projection,
            speaker_projection,
            copresenter,
            copresenter_institutions,
        }
    }
}

fn label_once(map: &mut BTreeMap<String, String>, iri: &str, label: Option<&str>) {
    let entry = map.entry(iri.to_owned()).or_default();
    if let Some(label) = label {
        // the smallest label wins, so the choice does not depend on row order
        if entry.is_empty() || label < entry.as_str() {
            *entry = label.to_owned();
        }
    }
}

/// Institutions are labelled with their shortest name as written ("Caltech", "TILOS", "UC
/// San Diego"), which reads best in tables and pictures; ties go to the smallest.
fn shortest_label(map: &mut BTreeMap<String, String>, iri: &str, label: Option<&str>) {
    let entry = map.entry(iri.to_owned()).or_default();
    if let Some(label) = label {
        let shorter = (label.chars().count(), label) < (entry.chars().count(), entry.as_str());
        if entry.is_empty() || shorter {
            *entry = label.to_owned();
        }
    }
}

fn node(iri: &str, label: &str, kind: NodeKind) -> Node {
    Node {
        iri: iri.to_owned(),
        label: if label.is_empty() {
            iri.to_owned()
        } else {
            label.to_owned()
        },
        kind,
    }
}

/// A graph of `nodes` and weighted edges between node IRIs.
fn projection(
    nodes: impl Iterator<Item = Node>,
    edges: impl Iterator<Item = (String, String, f64, f64)>,
) -> Graph {
    let mut g = Graph::default();
    let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
    for n in nodes {
        let iri = n.iri.clone();
        index.insert(iri, g.add_node(n));
    }
    for (a, b, weight, newman) in edges {
        if let (Some(&x), Some(&y)) = (index.get(&a), index.get(&b)) {
            g.add_edge(
                x,
                y,
                Edge {
                    weight,
                    newman,
                    role: None,
                },
            );
        }
    }
    g
}

fn graph_clause(scope: &Scope, pattern: &str) -> String {
    match &scope.graph {
        Some(g) => format!("GRAPH <{g}> {{ {pattern} }}"),
        None => pattern.to_owned(),
    }
}

/// Talks in scope: bound to `?talk`.
fn series_clause(scope: &Scope) -> String {
    match &scope.series {
        Some(name) => format!(
            "?talk <https://schema.org/superEvent>+ ?series . \
             ?series a <https://schema.org/EventSeries> ; <https://schema.org/name> {} .",
            sparql_string(name)
        ),
        None => String::new(),
    }
}

fn affiliation_query(scope: &Scope) -> String {
    let core = graph_clause(scope, "?p <https://schema.org/affiliation> ?o .");
    let people = match &scope.series {
        Some(_) => format!(
            "{{ SELECT DISTINCT ?p WHERE {{ ?talk <https://schema.org/performer> ?p . {} }} }}",
            series_clause(scope)
        ),
        None => String::new(),
    };
    format!(
        "SELECT DISTINCT ?p ?pname ?o ?oname ?role WHERE {{ {people} {core} \
         OPTIONAL {{ ?p <https://schema.org/name> ?pname }} \
         OPTIONAL {{ ?o <https://schema.org/name>|<https://schema.org/alternateName> ?oname }} \
         OPTIONAL {{ ?m <http://www.w3.org/ns/org#member> ?p ; <http://www.w3.org/ns/org#organization> ?o ; \
                     <http://www.w3.org/ns/org#role>/<http://www.w3.org/2004/02/skos/core#prefLabel> ?role }} }}"
    )
}

fn performer_query(scope: &Scope) -> String {
    let core = graph_clause(scope, "?talk <https://schema.org/performer> ?p .");
    format!(
        "SELECT DISTINCT ?talk ?p WHERE {{ {core} {} }}",
        series_clause(scope)
    )
}

/// The names of the people in scope (the graph, if any): fetched once per person, not once per
/// talk; names of people who end up in no graph of the network are not used.
fn performer_names_query(scope: &Scope) -> String {
    let core = graph_clause(
        scope,
        "?p a <https://schema.org/Person> ; <https://schema.org/name> ?pname .",
    );
    format!("SELECT ?p ?pname WHERE {{ {core} }}")
}

fn sparql_string(s: &str) -> String {
    let escaped = s
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

fn select(store: &GraphStore, query: &str) -> Result<Vec<Vec<Option<String>>>, NetworkError> {
    store.select(query).map_err(NetworkError)
}
