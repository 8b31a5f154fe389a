//! The institution gazetteer: canonical names, aliases, types and parents of institutions.
//!
//! The entry point is [`Gazetteer`]. The built-in one is `ontology/institutions.ttl`, compiled
//! into the binary; users add their own entries with `--gazetteer FILE` in the same shape:
//!
//! ```turtle
//! inst:ucsd a schema:CollegeOrUniversity ;
//!     schema:name "University of California San Diego" ;
//!     schema:alternateName "UC San Diego", "UCSD" ;
//!     schema:parentOrganization inst:university-of-california .
//! ```
//!
//! Lookups compare [`fold`]ed keys. An alias claimed by two institutions is ambiguous and
//! matches neither.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;
use std::sync::LazyLock;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};

use crate::error::VocabularyError;
use crate::resolve::{fold, fold_into};

const SCHEMA: &str = "https://schema.org/";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The gazetteer shipped with talkgraph.
pub const BUILTIN_TURTLE: &str = include_str!("../../ontology/institutions.ttl");

static BUILTIN: LazyLock<Result<Gazetteer, String>> = LazyLock::new(|| {
    Gazetteer::from_turtle("ontology/institutions.ttl", BUILTIN_TURTLE).map_err(|e| e.to_string())
});

/// The kind of an institution, from its `rdf:type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionKind {
    University,
    Company,
    ResearchInstitute,
    Government,
    Organization,
}

impl InstitutionKind {
    fn from_schema_class(local: &str) -> Option<Self> {
        Some(match local {
            "CollegeOrUniversity" | "EducationalOrganization" => Self::University,
            "Corporation" => Self::Company,
            "ResearchOrganization" => Self::ResearchInstitute,
            "GovernmentOrganization" => Self::Government,
            "Organization" | "NGO" => Self::Organization,
            _ => return None,
        })
    }

    /// The schema.org class of this kind.
    pub fn schema_class(self) -> &'static str {
        match self {
            Self::University => "https://schema.org/CollegeOrUniversity",
            Self::Company => "https://schema.org/Corporation",
            Self::ResearchInstitute => "https://schema.org/ResearchOrganization",
            Self::Government => "https://schema.org/GovernmentOrganization",
            Self::Organization => "https://schema.org/Organization",
        }
    }
}

/// One institution of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    pub iri: String,
    /// The canonical name.
    pub name: String,
    pub kind: InstitutionKind,
    pub aliases: Vec<String>,
    /// IRI of the parent organisation.
    pub parent: Option<String>,
    /// External identifiers (`schema:sameAs`), as given in the file.
    pub same_as: Vec<String>,
}

/// Institutions indexed by every folded name and alias.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<Institution>,
    index: FxHashMap<String, usize>,
    ambiguous: FxHashSet<String>,
    /// The first word of every key, so that a text that cannot start a known name is turned
    /// away without looking at its pieces.
    first_words: FxHashSet<String>,
}

impl Gazetteer {
    /// The built-in gazetteer (parsed once per process).
    pub fn builtin() -> Result<Self, VocabularyError> {
        BUILTIN
            .as_ref()
            .cloned()
            .map_err(|message| VocabularyError::Syntax {
                what: "gazetteer",
                path: "ontology/institutions.ttl".into(),
                message: message.clone(),
            })
    }

    /// Reads a gazetteer file in the shape of `ontology/institutions.ttl`.
    pub fn from_file(path: &Path) -> Result<Self, VocabularyError> {
        let (name, text) = VocabularyError::read(path, "gazetteer")?;
        Self::from_turtle(&name, &text)
    }

    /// Parses Turtle; `path` only names the source in errors.
    pub fn from_turtle(path: &str, turtle: &str) -> Result<Self, VocabularyError> {
        let syntax = |message: String| VocabularyError::Syntax {
            what: "gazetteer",
            path: path.to_owned(),
            message,
        };
        let mut names: HashMap<String, String> = HashMap::new();
        let mut kinds: HashMap<String, InstitutionKind> = HashMap::new();
        let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
        let mut parents: HashMap<String, String> = HashMap::new();
        let mut same_as: HashMap<String, Vec<String>> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let quad = quad.map_err(|e| syntax(e.to_string()))?;
            let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
                continue;
            };
            let s = subject.as_str().to_owned();
            let p = quad.predicate.as_str();
            match (p, &quad.object) {
                (RDF_TYPE, Term::NamedNode(class)) => {
                    if let Some(kind) = class
                        .as_str()
                        .strip_prefix(SCHEMA)
                        .and_then(InstitutionKind::from_schema_class)
                    {
                        if !kinds.contains_key(&s) {
                            order.push(s.clone());
                        }
                        kinds.insert(s, kind);
                    }
                }
                (_, Term::Literal(l)) if p == "https://schema.org/name" => {
                    names.insert(s, l.value().to_owned());
                }
                (_, Term::Literal(l)) if p == "https://schema.org/alternateName" => {
                    aliases.entry(s).or_default().push(l.value().to_owned());
                }
                (_, Term::NamedNode(o)) if p == "https://schema.org/parentOrganization" => {
                    parents.insert(s, o.as_str().to_owned());
                }
                (_, Term::NamedNode(o)) if p == "https://schema.org/sameAs" => {
                    same_as.entry(s).or_default().push(o.as_str().to_owned());
                }
                _ => {}
            }
        }
        let mut gazetteer = Self::default();
        for iri in order {
            let Some(name) = names.remove(&iri) else {
                return Err(syntax(format!("<{iri}> has a type but no schema:name")));
            };
            gazetteer.push(Institution {
                kind: kinds[&iri],
                aliases: aliases.remove(&iri).unwrap_or_default(),
                parent: parents.remove(&iri),
                same_as: same_as.remove(&iri).unwrap_or_default(),
                name,
                iri,
            });
        }
        Ok(gazetteer)
    }

    /// Adds the entries of `other`; an entry with an IRI already present replaces it.
    pub fn extend(&mut self, other: Gazetteer) {
        let mut entries = std::mem::take(&mut self.entries);
        let replaced: FxHashSet<&str> = other.entries.iter().map(|i| i.iri.as_str()).collect();
        entries.retain(|i| !replaced.contains(i.iri.as_str()));
        entries.extend(other.entries);
        *self = Self::default();
        for entry in entries {
            self.push(entry);
        }
    }

    fn push(&mut self, institution: Institution) {
        let idx = self.entries.len();
        let keys: Vec<String> = std::iter::once(&institution.name)
            .chain(&institution.aliases)
            .map(|n| fold(n))
            .filter(|k| !k.is_empty())
            .collect();
        for key in keys {
            if let Some(first) = key.split(' ').next() {
                if !self.first_words.contains(first) {
                    self.first_words.insert(first.to_owned());
                }
            }
            if self.ambiguous.contains(&key) {
                continue;
            }
            match self.index.get(&key) {
                Some(&other) if other != idx => {
                    self.index.remove(&key);
                    self.ambiguous.insert(key);
                }
                _ => {
                    self.index.insert(key, idx);
                }
            }
        }
        self.entries.push(institution);
    }

    /// The institution `name` names, if exactly one does.
    pub fn lookup(&self, name: &str) -> Option<&Institution> {
        // Extraction looks up almost every piece of every short line: fold into a reused
        // buffer instead of a fresh string each time.
        thread_local! {
            static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        KEY.with(|key| match key.try_borrow_mut() {
            Ok(mut key) => {
                fold_into(name, &mut key);
                self.lookup_folded(&key)
            }
            Err(_) => self.lookup_folded(&fold(name)),
        })
    }

    /// Whether `text` could begin with a name the gazetteer knows: its first folded word (after
    /// a leading "and") starts some name or alias. A cheap test that rules out most titles.
    pub fn may_start(&self, text: &str) -> bool {
        let head = text
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let key = fold(&head);
        let mut words = key.split(' ');
        match words.next() {
            Some("and") => words.next().is_some_and(|w| self.first_words.contains(w)),
            Some(w) => self.first_words.contains(w),
            None => false,
        }
    }

    /// Like [`lookup`](Self::lookup) with a key already [`fold`]ed.
    pub fn lookup_folded(&self, key: &str) -> Option<&Institution> {
        self.index.get(key).map(|&i| &self.entries[i])
    }

    /// The institution with this IRI.
    pub fn get(&self, iri: &str) -> Option<&Institution> {
        self.entries.iter().find(|i| i.iri == iri)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Institution> {
        self.entries.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TTL: &str = r#"
        @prefix schema: <https://schema.org/> .
        @prefix inst: <https://w3id.org/talkgraph/institution/> .
        inst:a a schema:CollegeOrUniversity ; schema:name "Alpha University" ;
            schema:alternateName "AU", "Alpha U" .
        inst:b a schema:Corporation ; schema:name "Beta Corp" ; schema:alternateName "AU" ;
            schema:parentOrganization inst:a .
    "#;

    #[test]
    fn aliases_resolve_and_shared_aliases_are_ambiguous() -> Result<(), VocabularyError> {
        let g = Gazetteer::from_turtle("t.ttl", TTL)?;
        assert_eq!(g.len(), 2);
        assert_eq!(
            g.lookup("alpha u").map(|i| i.name.as_str()),
            Some("Alpha University")
        );
        assert_eq!(g.lookup("AU"), None);
        let beta = g.lookup("Beta Corp").map(|i| (i.kind, i.parent.clone()));
        assert_eq!(
            beta,
            Some((
                InstitutionKind::Company,
                Some("https://w3id.org/talkgraph/institution/a".into())
            ))
        );
        Ok(())
    }

    #[test]
    fn syntax_errors_name_the_file() {
        let err = Gazetteer::from_turtle("mine.ttl", "inst:a a .").err();
        assert!(err.is_some_and(|e| e.to_string().starts_with("gazetteer mine.ttl:")));
    }

    #[test]
    fn builtin_covers_the_sample() -> Result<(), VocabularyError> {
        let g = Gazetteer::builtin()?;
        for name in [
            "University of Washington",
            "Stanford University",
            "USC",
            "UC Berkeley",
            "UT Austin",
            "TILOS",
            "UC San Diego",
            "Caltech",
            "Google DeepMind",
            "University of Pennsylvania",
            "Chinese University of Hong Kong",
            "UC Santa Barbara",
            "NYU Abu Dhabi",
            "IBM",
            "Si2",
            "Ansys",
            "IBM Research",
            "University of Minnesota",
            "Georgia Institute of Technology",
            "Google",
            "UIUC",
        ] {
            assert!(
                g.lookup(name).is_some(),
                "{name} missing from the gazetteer"
            );
        }
        assert!(g.len() >= 150);
        Ok(())
    }
}
