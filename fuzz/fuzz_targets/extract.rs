//! Bytes → records → JSON and RDF: decoding, line classification, layout, series, topics
//! and the RDF mapping must never panic, and every line number must be inside the input.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use oxigraph::model::NamedNode;
use talkgraph::extract::Extractor;
use talkgraph::rdf::{Base, Mapper, SourceInfo};
use talkgraph::read::Source;

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new().unwrap_or_else(|e| panic!("built-in vocabularies: {e}")));

fuzz_target!(|bytes: &[u8]| {
    let Ok(source) = Source::from_vec("fuzz.txt", bytes.to_vec()) else {
        return; // empty or binary: refused with a message, which is the right answer
    };
    let lines = source.lines().len();
    let doc = EXTRACTOR.extract(&source);
    for w in &doc.warnings {
        assert!(w.line <= lines, "warning on line {} of {lines}", w.line);
    }
    for talk in &doc.talks {
        assert!(
            talk.line >= 1 && talk.line <= lines,
            "talk on line {} of {lines}",
            talk.line
        );
    }
    let json = serde_json::to_string(&doc).unwrap_or_else(|e| panic!("JSON: {e}"));
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    let base = Base::new("https://example.org/tg/").unwrap_or_else(|e| panic!("base: {e}"));
    let mapper = Mapper::new(&base, EXTRACTOR.lexicon().gazetteer(), EXTRACTOR.topics());
    let info = SourceInfo {
        graph: NamedNode::new_unchecked("https://example.org/tg/graph/fuzz"),
        iri: "urn:talkgraph:fuzz".into(),
        name: "fuzz.txt".into(),
        content_hash: "sha256:00".into(),
        built_at: "2026-01-01T00:00:00Z".into(),
    };
    // Every IRI the mapping mints must be one: NamedNode::new re-validates them.
    for quad in mapper.map(&doc, &info).quads {
        if let oxigraph::model::Subject::NamedNode(n) = &quad.subject {
            assert!(NamedNode::new(n.as_str()).is_ok(), "bad IRI {n}");
        }
        if let oxigraph::model::Term::NamedNode(n) = &quad.object {
            assert!(NamedNode::new(n.as_str()).is_ok(), "bad IRI {n}");
        }
    }
});
