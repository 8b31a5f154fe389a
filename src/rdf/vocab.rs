//! The IRIs talkgraph writes: standard vocabularies and the project ontology (`tg:`).

/// `https://schema.org/` (the https form, everywhere).
pub const SCHEMA: &str = "https://schema.org/";
/// The project ontology, `ontology/talkgraph.ttl`.
pub const TG: &str = "https://w3id.org/talkgraph/ontology#";
pub const ORG: &str = "http://www.w3.org/ns/org#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const SH: &str = "http://www.w3.org/ns/shacl#";

/// The default base of instance IRIs (`--base`).
pub const DEFAULT_BASE: &str = "https://w3id.org/talkgraph/";

/// The prefixes exports may declare (only those a file uses are written).
pub const PREFIXES: &[(&str, &str)] = &[
    ("schema", SCHEMA),
    ("tg", TG),
    ("org", ORG),
    ("skos", SKOS),
    ("prov", PROV),
    ("dcterms", DCTERMS),
    ("xsd", XSD),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("sh", SH),
    ("inst", "https://w3id.org/talkgraph/institution/"),
    ("topic", "https://w3id.org/talkgraph/topic/"),
    ("ror", "https://ror.org/"),
    ("wd", "http://www.wikidata.org/entity/"),
];

/// Instance prefixes under the base IRI: `(prefix, path under the base)`.
pub const BASE_PREFIXES: &[(&str, &str)] = &[
    ("talk", "talk/"),
    ("person", "person/"),
    ("institution", "institution/"),
    ("series", "series/"),
    ("role", "role/"),
    ("membership", "membership/"),
    ("graph", "graph/"),
];
