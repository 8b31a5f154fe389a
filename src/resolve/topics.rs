//! Topic tagging: a SKOS concept scheme and a whole-word matcher over its labels.
//!
//! The built-in scheme is `ontology/topics.ttl`, compiled into the binary; users pass their own
//! with `--topics FILE`. Every `skos:prefLabel` and `skos:altLabel` of every `skos:Concept` is a
//! pattern; a talk is about a concept when one of its labels occurs in the talk's title or
//! abstract as whole words, ignoring ASCII case ("Reinforcement learning" matches
//! "deep reinforcement learning" but "RL" does not match "URL").

use std::path::Path;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use rustc_hash::FxHashMap;

use crate::error::VocabularyError;

const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SKOS_CONCEPT: &str = "http://www.w3.org/2004/02/skos/core#Concept";

/// The topic scheme shipped with talkgraph.
pub const BUILTIN_TURTLE: &str = include_str!("../../ontology/topics.ttl");

static BUILTIN: LazyLock<Result<TopicScheme, String>> = LazyLock::new(|| {
    TopicScheme::from_turtle("ontology/topics.ttl", BUILTIN_TURTLE).map_err(|e| e.to_string())
});

/// One concept of a scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub iri: String,
    /// The preferred label (the first `skos:prefLabel` read, English preferred).
    pub label: String,
    pub alt_labels: Vec<String>,
    /// IRIs of broader concepts.
    pub broader: Vec<String>,
}

/// A concept scheme with its label matcher.
#[derive(Debug, Clone)]
pub struct TopicScheme {
    concepts: Vec<Concept>,
    /// The Turtle the scheme was read from, loaded into the store beside the talks.
    turtle: String,
    matcher: Option<AhoCorasick>,
    /// Pattern index → concept index.
    owners: Vec<usize>,
    /// Preferred label → concept index.
    by_label: FxHashMap<String, usize>,
    /// IRI → concept index.
    by_iri: FxHashMap<String, usize>,
}

impl TopicScheme {
    /// The built-in scheme (`ontology/topics.ttl`).
    pub fn builtin() -> Result<Self, VocabularyError> {
        BUILTIN.clone().map_err(|message| VocabularyError::Syntax {
            what: "topic scheme",
            path: "ontology/topics.ttl".into(),
            message,
        })
    }

    /// A scheme with no concepts: tags nothing.
    pub fn empty() -> Self {
        Self {
            concepts: Vec::new(),
            turtle: String::new(),
            matcher: None,
            owners: Vec::new(),
            by_label: FxHashMap::default(),
            by_iri: FxHashMap::default(),
        }
    }

    /// Reads a scheme from a Turtle file.
    pub fn from_file(path: &Path) -> Result<Self, VocabularyError> {
        let (name, text) = VocabularyError::read(path, "topic scheme")?;
        Self::from_turtle(&name, &text)
    }

    /// Reads a scheme from Turtle text; `path` names it in errors.
    pub fn from_turtle(path: &str, turtle: &str) -> Result<Self, VocabularyError> {
        let syntax = |message: String| VocabularyError::Syntax {
            what: "topic scheme",
            path: path.to_owned(),
            message,
        };
        let mut order: Vec<String> = Vec::new();
        let mut by_iri: FxHashMap<String, Concept> = FxHashMap::default();
        let mut is_concept: FxHashMap<String, bool> = FxHashMap::default();
        let mut pref_lang: FxHashMap<String, bool> = FxHashMap::default();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let quad = quad.map_err(|e| syntax(e.to_string()))?;
            let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
                continue;
            };
            let subject = subject.as_str();
            let predicate = quad.predicate.as_str();
            match (predicate.strip_prefix(SKOS), &quad.object) {
                (_, Term::NamedNode(o)) if predicate == RDF_TYPE && o.as_str() == SKOS_CONCEPT => {
                    concept_mut(&mut by_iri, &mut order, subject);
                    is_concept.insert(subject.to_owned(), true);
                }
                (Some("prefLabel"), Term::Literal(l)) => {
                    let english = l.language().is_none_or(|t| t.starts_with("en"));
                    let had_english = pref_lang.get(subject).copied();
                    let c = concept_mut(&mut by_iri, &mut order, subject);
                    if c.label.is_empty() || (english && had_english != Some(true)) {
                        if !c.label.is_empty() {
                            let old = std::mem::take(&mut c.label);
                            c.alt_labels.push(old);
                        }
                        c.label = l.value().to_owned();
                        pref_lang.insert(subject.to_owned(), english);
                    } else {
                        c.alt_labels.push(l.value().to_owned());
                    }
                }
                (Some("altLabel" | "hiddenLabel"), Term::Literal(l)) => {
                    let c = concept_mut(&mut by_iri, &mut order, subject);
                    c.alt_labels.push(l.value().to_owned());
                }
                (Some("broader"), Term::NamedNode(o)) => {
                    let c = concept_mut(&mut by_iri, &mut order, subject);
                    c.broader.push(o.as_str().to_owned());
                }
                _ => {}
            }
        }
        let mut concepts = Vec::new();
        for iri in order {
            let Some(concept) = by_iri.remove(&iri) else {
                continue;
            };
            if !is_concept.contains_key(&iri) {
                continue;
            }
            if concept.label.is_empty() {
                return Err(syntax(format!("concept <{iri}> has no skos:prefLabel")));
            }
            concepts.push(concept);
        }
        Self::from_concepts(concepts, turtle.to_owned()).map_err(syntax)
    }

    fn from_concepts(concepts: Vec<Concept>, turtle: String) -> Result<Self, String> {
        let mut patterns: Vec<String> = Vec::new();
        let mut owners = Vec::new();
        let mut seen: FxHashMap<String, usize> = FxHashMap::default();
        for (i, concept) in concepts.iter().enumerate() {
            for label in std::iter::once(&concept.label).chain(&concept.alt_labels) {
                let key = label.trim().to_ascii_lowercase();
                if key.is_empty() {
                    continue;
                }
                match seen.get(&key) {
                    Some(&j) if j == i => continue,
                    // A label on two concepts would tag both: the first one declared keeps it.
                    Some(_) => continue,
                    None => {}
                }
                seen.insert(key.clone(), i);
                patterns.push(key);
                owners.push(i);
            }
        }
        let matcher = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    // a DFA: the fastest search, for a few MB built once per process
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&patterns)
                    .map_err(|e| format!("cannot build the topic matcher: {e}"))?,
            )
        };
        let by_label = concepts
            .iter()
            .enumerate()
            .rev()
            .map(|(i, c)| (c.label.clone(), i))
            .collect();
        let by_iri = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.iri.clone(), i))
            .collect();
        Ok(Self {
            concepts,
            turtle,
            matcher,
            owners,
            by_label,
            by_iri,
        })
    }

    /// The concepts, in the order the file declares them.
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// The Turtle text the scheme was read from.
    pub fn turtle(&self) -> &str {
        &self.turtle
    }

    /// The concept with this IRI.
    pub fn get(&self, iri: &str) -> Option<&Concept> {
        self.by_iri.get(iri).map(|&i| &self.concepts[i])
    }

    /// The concept whose preferred label is `label` (exactly).
    pub fn by_label(&self, label: &str) -> Option<&Concept> {
        self.by_label.get(label).map(|&i| &self.concepts[i])
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The concepts whose labels occur as whole words in `texts`, in order of first occurrence
    /// (the texts are searched one after the other), each once.
    ///
    /// ```
    /// use talkgraph::resolve::TopicScheme;
    /// let topics = TopicScheme::builtin()?;
    /// let found = topics.tag(["Deep Reinforcement Learning for Chip Placement"]);
    /// let labels: Vec<&str> = found.iter().map(|c| c.label.as_str()).collect();
    /// assert!(labels.contains(&"Reinforcement learning"), "{labels:?}");
    /// # Result::<_, Box<dyn std::error::Error>>::Ok(())
    /// ```
    pub fn tag<'s, 't>(&'s self, texts: impl IntoIterator<Item = &'t str>) -> Vec<&'s Concept> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut found: Vec<usize> = Vec::new();
        for text in texts {
            for m in matcher.find_overlapping_iter(text) {
                // Labels and text are UTF-8, so a match starts and ends on character boundaries.
                let before = text.get(..m.start()).and_then(|t| t.chars().next_back());
                let after = text.get(m.end()..).and_then(|t| t.chars().next());
                if continues_word(before) || continues_word(after) {
                    continue;
                }
                let concept = self.owners[m.pattern().as_usize()];
                if !found.contains(&concept) {
                    found.push(concept);
                }
            }
        }
        found.into_iter().map(|i| &self.concepts[i]).collect()
    }
}

/// Whether the character next to a match continues its word: letters and digits of any
/// script do ("MLé" is not "ML"); punctuation such as an em dash or a curly quote does not.
fn continues_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// The entry of `subject`, created (and its first appearance recorded) when new.
fn concept_mut<'m>(
    by_iri: &'m mut FxHashMap<String, Concept>,
    order: &mut Vec<String>,
    subject: &str,
) -> &'m mut Concept {
    if !by_iri.contains_key(subject) {
        order.push(subject.to_owned());
    }
    by_iri.entry(subject.to_owned()).or_insert_with(|| Concept {
        iri: subject.to_owned(),
        label: String::new(),
        alt_labels: Vec::new(),
        broader: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEME: &str = r#"
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix t: <https://example.org/t/> .
        t:rl a skos:Concept ; skos:prefLabel "Reinforcement learning"@en ;
            skos:altLabel "RL", "deep RL" ; skos:broader t:ml .
        t:ml a skos:Concept ; skos:prefLabel "Machine learning"@en ; skos:altLabel "ML" .
        t:opt a skos:Concept ; skos:prefLabel "Optimisation"@en-GB, "Optimierung"@de ;
            skos:altLabel "optimization" .
    "#;

    fn labels(scheme: &TopicScheme, text: &str) -> Vec<String> {
        scheme.tag([text]).iter().map(|c| c.label.clone()).collect()
    }

    #[test]
    fn reads_concepts_labels_and_broader() {
        let s = TopicScheme::from_turtle("t.ttl", SCHEME).unwrap();
        assert_eq!(s.len(), 3);
        let rl = s.get("https://example.org/t/rl").unwrap();
        assert_eq!(rl.label, "Reinforcement learning");
        assert_eq!(rl.broader, ["https://example.org/t/ml"]);
        let opt = s.get("https://example.org/t/opt").unwrap();
        assert_eq!(opt.label, "Optimisation");
        assert!(opt.alt_labels.contains(&"Optimierung".to_owned()));
    }

    #[test]
    fn matches_whole_words_ignoring_case() {
        let s = TopicScheme::from_turtle("t.ttl", SCHEME).unwrap();
        assert_eq!(
            labels(&s, "Deep RL and OPTIMIZATION"),
            ["Reinforcement learning", "Optimisation"]
        );
        assert!(labels(&s, "URL shortening, HTML").is_empty());
        assert!(labels(&s, "optimizations").is_empty());
        assert_eq!(
            labels(&s, "ML, then RL"),
            ["Machine learning", "Reinforcement learning"]
        );
        assert!(
            labels(&s, "MLé").is_empty(),
            "non-ASCII letters continue a word"
        );
        assert_eq!(
            labels(&s, "“RL”—ML"),
            ["Reinforcement learning", "Machine learning"],
            "curly quotes and dashes end a word"
        );
    }

    #[test]
    fn each_concept_once_in_order_of_first_occurrence() {
        let s = TopicScheme::from_turtle("t.ttl", SCHEME).unwrap();
        let found = s.tag(["optimization for RL", "more RL, more optimisation"]);
        let got: Vec<&str> = found.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(got, ["Optimisation", "Reinforcement learning"]);
    }

    #[test]
    fn a_concept_without_label_is_an_error() {
        let bad = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\
                   <https://e.org/x> a skos:Concept .";
        let err = TopicScheme::from_turtle("bad.ttl", bad)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("bad.ttl") && err.contains("prefLabel"),
            "{err}"
        );
        let err = TopicScheme::from_turtle("bad.ttl", "<a> <b>").unwrap_err();
        assert!(
            err.to_string().starts_with("topic scheme bad.ttl:"),
            "{err}"
        );
    }

    #[test]
    fn the_builtin_scheme_loads_and_tags() {
        let s = TopicScheme::builtin().unwrap();
        assert!(s.len() >= 60, "{} concepts", s.len());
        assert!(!s.tag(["Tutorial on AI Alignment"]).is_empty());
    }
}
