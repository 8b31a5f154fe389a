//! A graph of the store cut into request bodies: blank nodes skolemised, triples serialised.
//!
//! **Skolem IRIs.** A blank node cannot be split over two requests (the server would read two
//! different nodes), and a server gives a pushed blank node a label of its own, so a graph with
//! blank nodes could never be read back and compared. Every blank node is therefore sent as the
//! IRI `<SKOLEM_BASE + label>` ([`DEFAULT_SKOLEM_BASE`] is
//! `https://w3id.org/talkgraph/.well-known/genid/`, after RFC 7511 and RDF 1.1 §3.5), where the
//! label is the one Oxigraph keeps for the node: the same node gets the same IRI in every chunk,
//! in every graph that shares it, and in every push of the same store.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Quad, Term, Triple};

/// Where skolem IRIs live unless told otherwise.
pub const DEFAULT_SKOLEM_BASE: &str = "https://w3id.org/talkgraph/.well-known/genid/";

/// The triple of `quad`, blank nodes replaced by skolem IRIs under `skolem_base`.
pub fn skolemise(quad: Quad, skolem_base: &str) -> Triple {
    let subject = match quad.subject {
        NamedOrBlankNode::BlankNode(b) => NamedOrBlankNode::NamedNode(NamedNode::new_unchecked(
            format!("{skolem_base}{}", b.as_str()),
        )),
        other => other,
    };
    let object = match quad.object {
        Term::BlankNode(b) => Term::NamedNode(NamedNode::new_unchecked(format!(
            "{skolem_base}{}",
            b.as_str()
        ))),
        other => other,
    };
    Triple::new(subject, quad.predicate, object)
}

/// Serialises `triples` as one request body.
pub fn serialise(triples: &[Triple], format: RdfFormat) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::with_capacity(triples.len() * 120);
    let mut serializer = RdfSerializer::from_format(format).for_writer(&mut body);
    for triple in triples {
        serializer.serialize_triple(triple)?;
    }
    serializer.finish()?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, GraphName, Literal};

    #[test]
    fn blank_nodes_become_the_same_skolem_iri_wherever_they_are() {
        let b = BlankNode::new_unchecked("b0");
        let p = NamedNode::new_unchecked("https://e.org/p");
        let q1 = Quad::new(
            b.clone(),
            p.clone(),
            Literal::from(1),
            GraphName::DefaultGraph,
        );
        let q2 = Quad::new(
            NamedNode::new_unchecked("https://e.org/s"),
            p,
            b,
            GraphName::DefaultGraph,
        );
        let t1 = skolemise(q1, DEFAULT_SKOLEM_BASE);
        let t2 = skolemise(q2, DEFAULT_SKOLEM_BASE);
        let iri = "https://w3id.org/talkgraph/.well-known/genid/b0";
        assert_eq!(t1.subject.to_string(), format!("<{iri}>"));
        assert_eq!(t2.object.to_string(), format!("<{iri}>"));
        let body = serialise(&[t1, t2], RdfFormat::NTriples).unwrap();
        let text = String::from_utf8(body).unwrap();
        assert_eq!(text.lines().count(), 2);
        assert!(!text.contains("_:"));
    }
}
