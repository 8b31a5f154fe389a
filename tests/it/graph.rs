//! The knowledge graph of the sample, through the library: build, counts, named queries,
//! export round trip, SHACL shapes, incremental rebuilds.

use std::collections::BTreeSet;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use talkgraph::build::{build, BuildOptions, DocumentStatus};
use talkgraph::export::{export, ExportFormat};
use talkgraph::extract::Extractor;
use talkgraph::rdf::Base;
use talkgraph::read::Source;
use talkgraph::store::{GraphStore, META_GRAPH};
use talkgraph::summary::Summary;

use crate::hay::{sample_path, TestResult};

const BUILT_AT: &str = "2026-11-28T00:00:00Z";

fn options() -> BuildOptions {
    BuildOptions {
        built_at: Some(BUILT_AT.into()),
        ..BuildOptions::default()
    }
}

/// The sample built into a fresh in-memory store.
pub fn sample_store() -> Result<GraphStore, Box<dyn std::error::Error>> {
    let store = GraphStore::memory()?;
    let extractor = Extractor::new()?;
    let source = Source::from_path(&sample_path())?;
    build(&store, &extractor, &[source], &options(), &mut |_| {})?;
    Ok(store)
}

/// Rows of a SELECT over the union of graphs, each cell as text.
pub fn rows(
    store: &GraphStore,
    query: &str,
) -> Result<Vec<Vec<String>>, Box<dyn std::error::Error>> {
    let mut prepared = SparqlEvaluator::new().parse_query(query)?;
    prepared.dataset_mut().set_default_graph_as_union();
    let QueryResults::Solutions(solutions) = prepared.on_store(store.inner()).execute()? else {
        return Err("not a SELECT".into());
    };
    let vars = solutions.variables().to_vec();
    let mut out = Vec::new();
    for s in solutions {
        let s = s?;
        out.push(
            vars.iter()
                .map(|v| match s.get(v) {
                    Some(Term::Literal(l)) => l.value().to_owned(),
                    Some(Term::NamedNode(n)) => n.as_str().to_owned(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                })
                .collect(),
        );
    }
    Ok(out)
}

fn named(name: &str) -> &'static str {
    talkgraph::query::named(name).unwrap_or_else(|| panic!("no query {name}"))
}

#[test]
fn graph_sample_counts() -> TestResult {
    let store = sample_store()?;
    let s = Summary::of_store(&store)?;
    assert_eq!(s.sources, 1);
    assert_eq!(s.talks, 16, "{s:?}");
    assert_eq!(s.segments, 11, "{s:?}");
    assert_eq!(s.speakers, 23, "{s:?}");
    assert_eq!(s.institutions, 21, "{s:?}");
    assert_eq!(s.unresolved_institutions, 0, "{s:?}");
    assert_eq!(s.series, 2, "{s:?}");
    assert!(s.topics >= 10, "{s:?}");
    Ok(())
}

#[test]
fn graph_affiliation_pairs() -> TestResult {
    let store = sample_store()?;
    let pairs: BTreeSet<(String, String)> = rows(
        &store,
        "SELECT ?p ?o WHERE { ?x <https://schema.org/name> ?p ; <https://schema.org/affiliation> ?y . \
         ?y <https://schema.org/name> ?o }",
    )?
    .into_iter()
    .map(|r| (r[0].clone(), r[1].clone()))
    .collect();
    for (person, org) in [
        ("Maryam Fazel", "University of Washington"),
        (
            "Sicun Gao",
            "The Institute for Learning-enabled Optimization at Scale",
        ),
        ("Sicun Gao", "University of California San Diego"),
        ("Babak Hassibi", "California Institute of Technology"),
        ("Shobha Vasudevan", "Google"),
        (
            "Shobha Vasudevan",
            "University of Illinois Urbana-Champaign",
        ),
        ("Jinwook Jung", "IBM Research"),
    ] {
        assert!(
            pairs.contains(&(person.to_owned(), org.to_owned())),
            "{person} — {org} missing from {pairs:#?}"
        );
    }
    // one IRI per person: Ahmad Beirami gives two talks
    let beirami = rows(
        &store,
        "SELECT DISTINCT ?p WHERE { ?p <https://schema.org/name> \"Ahmad Beirami\" }",
    )?;
    assert_eq!(beirami.len(), 1);
    // the nickname is an alternate name
    let sean = rows(
        &store,
        "SELECT ?n WHERE { ?p <https://schema.org/alternateName> \"Sean\" ; <https://schema.org/name> ?n }",
    )?;
    assert_eq!(sean, [["Sicun Gao"]]);
    // roles are memberships
    let roles = rows(
        &store,
        "SELECT ?role WHERE { ?m <http://www.w3.org/ns/org#member>/<https://schema.org/name> \"Bei Yu\" ; \
         <http://www.w3.org/ns/org#role>/<http://www.w3.org/2004/02/skos/core#prefLabel> ?role }",
    )?;
    assert_eq!(roles, [["Associate Professor"]]);
    Ok(())
}

#[test]
fn graph_series_in_order_and_segments() -> TestResult {
    let store = sample_store()?;
    let series = rows(&store, named("series-in-order"))?;
    let tutorial: Vec<(String, String)> = series
        .iter()
        .filter(|r| r[0] == "Tutorial on AI Alignment")
        .map(|r| (r[1].clone(), r[3].clone()))
        .collect();
    assert_eq!(tutorial.len(), 2, "{series:?}");
    assert_eq!(tutorial[0].0, "1");
    assert!(tutorial[0].1.contains("Safety Vulnerabilities"));
    assert_eq!(tutorial[1].0, "2");
    let school = series
        .iter()
        .filter(|r| r[0] == "IEEE Seasonal School")
        .count();
    assert_eq!(school, 3);

    let segments = rows(&store, named("session-segments"))?;
    let dfm = segments
        .iter()
        .find(|r| r[3] == "Machine Learning for DFM")
        .ok_or("DFM segment missing")?;
    assert_eq!(dfm[1], "01:51:00");
    assert_eq!(dfm[2], "PT1M51S");
    assert_eq!(dfm[4], "Bei Yu");
    let api = segments
        .iter()
        .find(|r| r[3] == "Exchanging EDA data for AI/ML using Standard API")
        .ok_or("API segment missing")?;
    assert_eq!(api[2], "PT2M45S");
    assert_eq!(api[4].split(", ").count(), 3, "{api:?}");
    Ok(())
}

/// A part is named by its series and number: two series whose parts share a subtitle
/// ("Foundations") give four talks with telling IRIs, not `foundations` and `foundations-2`.
#[test]
fn graph_parts_are_named_by_series_and_number() -> TestResult {
    let store = GraphStore::memory()?;
    let text = "Tutorial on Sampling (part 1 of 2): Foundations\nAlice Smith, MIT\n\
                Tutorial on Sampling (part 2 of 2): Advances\nAlice Smith, MIT\n\
                Tutorial on Control (part 1 of 2): Foundations\nBob Jones, Caltech\n\
                Tutorial on Control (part 2 of 2): Advances\nBob Jones, Caltech\n";
    let source = Source::from_bytes("two.txt", text.as_bytes())?;
    build(
        &store,
        &Extractor::new()?,
        &[source],
        &options(),
        &mut |_| {},
    )?;
    let talks = rows(
        &store,
        "PREFIX schema: <https://schema.org/> SELECT ?t ?name WHERE { \
         ?t schema:superEvent ?s ; schema:name ?name } ORDER BY ?t",
    )?;
    let tail = |t: &str| t.rsplit('/').next().unwrap_or_default().to_owned();
    let got: Vec<(String, String)> = talks.iter().map(|r| (tail(&r[0]), r[1].clone())).collect();
    assert_eq!(
        got,
        [
            ("two--tutorial-on-control--part-1", "Foundations"),
            ("two--tutorial-on-control--part-2", "Advances"),
            ("two--tutorial-on-sampling--part-1", "Foundations"),
            ("two--tutorial-on-sampling--part-2", "Advances"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    Ok(())
}

#[test]
fn graph_topics_on_chosen_talks() -> TestResult {
    let store = sample_store()?;
    let about = |title: &str| -> Result<BTreeSet<String>, Box<dyn std::error::Error>> {
        Ok(rows(
            &store,
            &format!(
                "SELECT ?l WHERE {{ ?t <https://schema.org/name> \"{title}\" ; <https://schema.org/about> ?c . \
                 ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}"
            ),
        )?
        .into_iter()
        .map(|r| r[0].clone())
        .collect())
    };
    let diffusion = about("Reverse diffusion Monte Carlo")?;
    assert!(
        diffusion
            .iter()
            .any(|l| l.to_lowercase().contains("sampling")
                || l.to_lowercase().contains("monte carlo")),
        "{diffusion:?}"
    );
    // a part's title is its subtitle; the series holds the text before the marker
    let alignment = about("Safety Vulnerabilities of Current Frontier Models")?;
    assert!(
        alignment
            .iter()
            .any(|l| l.to_lowercase().contains("alignment")),
        "{alignment:?}"
    );
    let verification = about("ML for Verification")?;
    assert!(!verification.is_empty());
    Ok(())
}

#[test]
fn graph_every_named_query_runs() -> TestResult {
    let store = sample_store()?;
    let expect_rows = [
        ("speakers-by-institution", 21),
        ("institutions-by-talks", 21),
        ("unresolved-institutions", 0),
        ("talks-without-abstract", 0),
        ("graphs", 4),
        ("summary", 1),
        ("extraction-warnings", 4),
        ("talks-about-topic", 44),
    ];
    for (name, text) in talkgraph::query::NAMED {
        let mut out = Vec::new();
        let outcome = talkgraph::query::run(
            &store,
            text,
            &talkgraph::query::QueryOptions::default(),
            &mut out,
        )?;
        match outcome {
            talkgraph::query::QueryOutcome::Rows { rows, .. } => {
                if let Some((_, n)) = expect_rows.iter().find(|(q, _)| q == name) {
                    assert_eq!(rows, *n, "{name}:\n{}", String::from_utf8_lossy(&out));
                } else {
                    assert!(rows > 0, "{name} returned nothing");
                }
            }
            talkgraph::query::QueryOutcome::Triples { triples, .. } => {
                assert!(triples > 0, "{name}")
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    // specific answers
    let by_inst = rows(&store, named("speakers-by-institution"))?;
    let tilos = by_inst
        .iter()
        .find(|r| r[0] == "The Institute for Learning-enabled Optimization at Scale")
        .ok_or("TILOS")?;
    assert_eq!(tilos[1], "3");
    let caltech = by_inst
        .iter()
        .find(|r| r[0] == "California Institute of Technology")
        .ok_or("Caltech")?;
    assert_eq!(caltech[1], "3");
    let multi = rows(&store, named("multi-affiliated-speakers"))?;
    let names: BTreeSet<&str> = multi.iter().map(|r| r[0].as_str()).collect();
    assert!(
        names.contains("Shobha Vasudevan") && names.contains("Sicun Gao"),
        "{names:?}"
    );
    let person = rows(&store, named("person-talks"))?;
    assert_eq!(person.len(), 1);
    assert_eq!(person[0][0], "Optimization and Reasoning");
    // a topic's talks come in the listing's order, one row per talk and topic under it
    let about = rows(&store, named("talks-about-topic"))?;
    let lines: Vec<u64> = about
        .iter()
        .map(|r| r[0].parse())
        .collect::<Result<_, _>>()?;
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert_eq!(
        about[0][1..],
        [
            "Flat Minima and Generalization: from Matrix Sensing to Neural Networks",
            "Flat minima"
        ]
    );
    assert!(about
        .iter()
        .any(|r| r[1] == "Hunting the Hessian" && r[2] == "Machine learning"));
    let without = rows(&store, named("talks-without-abstract"))?;
    assert!(
        without.is_empty(),
        "every sample talk has an abstract: {without:?}"
    );
    Ok(())
}

/// The triples of the store (union of graphs, bookkeeping graph left out), as a set.
fn store_triples(store: &GraphStore) -> Result<BTreeSet<String>, Box<dyn std::error::Error>> {
    let meta = NamedNode::new(META_GRAPH)?;
    let mut out = BTreeSet::new();
    for q in store.inner().iter() {
        let q = q?;
        if q.graph_name == meta.clone().into() {
            continue;
        }
        out.insert(Triple::from(q).to_string());
    }
    Ok(out)
}

#[test]
fn graph_turtle_export_round_trips() -> TestResult {
    let store = sample_store()?;
    let mut ttl = Vec::new();
    let n = export(
        &store,
        ExportFormat::Turtle,
        None,
        &Base::default(),
        &mut ttl,
    )?;
    let parsed: BTreeSet<String> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&ttl)
        .map(|q| q.map(|q| Triple::from(q).to_string()))
        .collect::<Result<_, _>>()?;
    assert_eq!(parsed.len(), n);
    assert_eq!(parsed, store_triples(&store)?);
    let text = String::from_utf8(ttl)?;
    assert!(text.contains("@prefix schema: <https://schema.org/> ."));
    assert!(
        !text.contains("@prefix sh:"),
        "unused prefixes are not declared"
    );

    // every other format parses back to the same number of statements
    for (format, rdf) in [
        (ExportFormat::NTriples, RdfFormat::NTriples),
        (ExportFormat::NQuads, RdfFormat::NQuads),
        (ExportFormat::TriG, RdfFormat::TriG),
        (ExportFormat::RdfXml, RdfFormat::RdfXml),
    ] {
        let mut bytes = Vec::new();
        let written = export(&store, format, None, &Base::default(), &mut bytes)?;
        let count = RdfParser::from_format(rdf).for_slice(&bytes).count();
        assert_eq!(count, written, "{format:?}");
    }
    Ok(())
}

#[test]
fn graph_rebuilds_are_byte_identical() -> TestResult {
    let a = sample_store()?;
    let b = sample_store()?;
    let (mut x, mut y) = (Vec::new(), Vec::new());
    export(&a, ExportFormat::TriG, None, &Base::default(), &mut x)?;
    export(&b, ExportFormat::TriG, None, &Base::default(), &mut y)?;
    assert!(x == y, "two builds of the same listing export differently");
    Ok(())
}

#[test]
fn graph_sample_conforms_to_the_shapes() -> TestResult {
    let store = sample_store()?;
    let shapes = talkgraph::validate::Shapes::builtin()?;
    assert!(shapes.len() >= 40, "{}", shapes.describe());
    let violations = shapes.validate(&store)?;
    assert!(violations.is_empty(), "{violations:#?}");

    // and the checks can fail: a talk without title, a person affiliated with a person
    talkgraph::query::run(
        &store,
        "PREFIX schema: <https://schema.org/> PREFIX tg: <https://w3id.org/talkgraph/ontology#>
         DELETE { GRAPH ?g { ?t schema:name ?n } } WHERE { GRAPH ?g { ?t schema:name ?n ; tg:line 2 } } ;
         INSERT DATA { GRAPH <urn:x> { <urn:p> a schema:Person ; schema:name \"P\" ; schema:affiliation <urn:q> .
                                        <urn:q> a schema:Person ; schema:name \"Q\" } }",
        &talkgraph::query::QueryOptions {
            allow_update: true,
            ..Default::default()
        },
        &mut Vec::new(),
    )?;
    let violations = shapes.validate(&store)?;
    let kinds: BTreeSet<(String, String)> = violations
        .iter()
        .map(|v| (v.path.clone().unwrap_or_default(), v.constraint.clone()))
        .collect();
    assert!(
        kinds.contains(&("https://schema.org/name".into(), "minCount".into())),
        "{violations:#?}"
    );
    assert!(
        kinds.contains(&("https://schema.org/affiliation".into(), "class".into())),
        "{violations:#?}"
    );
    Ok(())
}

#[test]
fn graph_incremental_builds() -> TestResult {
    let dir = tempfile::tempdir()?;
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "Linear Bregman Divergence Control\nBabak Hassibi, Caltech\n",
    )?;
    std::fs::write(
        &b,
        "Hunting the Hessian\nMadeleine Udell, Stanford University\n",
    )?;
    let store = GraphStore::memory()?;
    let extractor = Extractor::new()?;
    let read = |p: &std::path::Path| Source::from_path(p);
    let first = build(
        &store,
        &extractor,
        &[read(&a)?, read(&b)?],
        &options(),
        &mut |_| {},
    )?;
    assert!(first
        .documents
        .iter()
        .all(|d| d.status == DocumentStatus::Added));
    let quads = store.len()?;

    let again = build(
        &store,
        &extractor,
        &[read(&a)?, read(&b)?],
        &options(),
        &mut |_| {},
    )?;
    assert!(again
        .documents
        .iter()
        .all(|d| d.status == DocumentStatus::Unchanged));
    assert_eq!(again.triples_written, 0);
    assert_eq!(store.len()?, quads);

    std::fs::write(
        &a,
        "Linear Bregman Divergence Control\nBabak Hassibi, Caltech & MIT\n",
    )?;
    let changed = build(
        &store,
        &extractor,
        &[read(&a)?, read(&b)?],
        &options(),
        &mut |_| {},
    )?;
    assert_eq!(changed.documents[0].status, DocumentStatus::Replaced);
    assert_eq!(changed.documents[1].status, DocumentStatus::Unchanged);
    let orgs = rows(
        &store,
        "SELECT DISTINCT ?o WHERE { ?p <https://schema.org/name> \"Babak Hassibi\" ; <https://schema.org/affiliation> ?o }",
    )?;
    assert_eq!(orgs.len(), 2);

    let graph = NamedNode::new(&changed.documents[0].graph)?;
    assert!(store.remove_graph(&graph)?);
    let s = Summary::of_store(&store)?;
    assert_eq!((s.sources, s.talks, s.speakers), (1, 1, 1));
    Ok(())
}

#[test]
fn graph_two_files_with_one_name_clash() -> TestResult {
    let dir = tempfile::tempdir()?;
    std::fs::create_dir(dir.path().join("x"))?;
    let a = dir.path().join("talks.txt");
    let b = dir.path().join("x/talks.txt");
    for p in [&a, &b] {
        std::fs::write(
            p,
            "Hunting the Hessian\nMadeleine Udell, Stanford University\n",
        )?;
    }
    let store = GraphStore::memory()?;
    let extractor = Extractor::new()?;
    let err = build(
        &store,
        &extractor,
        &[Source::from_path(&a)?, Source::from_path(&b)?],
        &options(),
        &mut |_| {},
    )
    .err()
    .ok_or("a clash must be an error")?;
    assert!(err.to_string().contains("would both go to graph"), "{err}");
    assert!(
        store.graphs()?.iter().all(|g| g.graph == META_GRAPH),
        "nothing was written"
    );
    Ok(())
}

#[test]
fn graph_ror_reconciliation() -> TestResult {
    let ror = talkgraph::resolve::ror::RorRegistry::from_path(
        &crate::hay::root().join("tests/fixtures/ror/dump.json"),
    )?;
    let store = GraphStore::memory()?;
    let extractor = Extractor::new()?;
    let sample = Source::from_path(&sample_path())?;
    let physics = Source::from_text(
        "physics.txt",
        "Quantum Materials at Scale\nAda Quist, Institute of Physics\n",
    );
    let options = BuildOptions {
        ror: Some(std::sync::Arc::new(ror)),
        ..options()
    };
    let report = build(
        &store,
        &extractor,
        &[sample, physics],
        &options,
        &mut |_| {},
    )?;
    let same = |name: &str| -> Result<Vec<String>, Box<dyn std::error::Error>> {
        Ok(rows(
            &store,
            &format!(
                "SELECT DISTINCT ?id WHERE {{ ?o <https://schema.org/name> \"{name}\" ; <https://schema.org/sameAs> ?id }}"
            ),
        )?
        .into_iter()
        .map(|r| r[0].clone())
        .collect())
    };
    assert_eq!(same("Google")?, ["https://ror.org/0zzzzzz05"]);
    assert_eq!(same("Google DeepMind")?, ["https://ror.org/0zzzzzz06"]);
    let parents = rows(
        &store,
        "SELECT DISTINCT ?p WHERE { ?o <https://schema.org/name> \"Google DeepMind\" ; \
         <https://schema.org/parentOrganization>/<https://schema.org/name> ?p }",
    )?;
    assert_eq!(
        parents,
        [["Google"]],
        "the ROR parent is the gazetteer's Google"
    );
    // two records are labelled "Institute of Physics": reported, not linked
    assert!(same("Institute of Physics")?.is_empty());
    let warned = report.documents[1]
        .warnings
        .iter()
        .any(|w| w.message.contains("matches 2 ROR records"));
    assert!(warned, "{:?}", report.documents[1].warnings);
    let violations = talkgraph::validate::Shapes::builtin()?.validate(&store)?;
    assert!(violations.is_empty(), "{violations:#?}");
    Ok(())
}

#[test]
fn graph_one_node_per_person_and_institution_across_files() -> TestResult {
    let store = GraphStore::memory()?;
    let a = Source::from_text(
        "a.txt",
        "Hunting the Hessian\nMadeleine Udell, Stanford University\n",
    );
    let b = Source::from_text(
        "b.txt",
        "Low-Rank Models Revisited\nMadeleine Udell, Stanford\n\nGraph Things\nAda Quist, Quist Institute of Graphs, Hamburg\n\nMore Graph Things\nBo Lindqvist, Quist Institute of Graphs\n",
    );
    build(&store, &Extractor::new()?, &[a, b], &options(), &mut |_| {})?;
    let people = rows(
        &store,
        "SELECT DISTINCT ?p WHERE { ?p <https://schema.org/name> \"Madeleine Udell\" }",
    )?;
    assert_eq!(people.len(), 1, "one IRI for the person in both files");
    let talks = rows(
        &store,
        "SELECT DISTINCT ?t WHERE { ?t <https://schema.org/performer>/<https://schema.org/name> \"Madeleine Udell\" }",
    )?;
    assert_eq!(talks.len(), 2);
    let stanford = rows(
        &store,
        "SELECT DISTINCT ?o ?alias WHERE { ?p <https://schema.org/name> \"Madeleine Udell\" ; \
         <https://schema.org/affiliation> ?o . OPTIONAL { ?o <https://schema.org/alternateName> ?alias } }",
    )?;
    assert_eq!(
        stanford.len(),
        1,
        "'Stanford' and 'Stanford University' are one organisation: {stanford:?}"
    );
    assert_eq!(
        stanford[0][1], "Stanford",
        "the written form is kept as an alias"
    );
    let unresolved = rows(
        &store,
        "SELECT ?n WHERE { ?o <https://w3id.org/talkgraph/ontology#unresolved> true ; <https://schema.org/name> ?n }",
    )?;
    assert_eq!(
        unresolved,
        [["Quist Institute of Graphs"]],
        "unknown institutions are still organisations, one with and without its city"
    );
    let written = rows(
        &store,
        "SELECT ?alias WHERE { ?o <https://w3id.org/talkgraph/ontology#unresolved> true ; \
         <https://schema.org/alternateName> ?alias }",
    )?;
    assert_eq!(written, [["Quist Institute of Graphs, Hamburg"]]);
    let s = Summary::of_store(&store)?;
    assert_eq!(
        (
            s.sources,
            s.talks,
            s.speakers,
            s.institutions,
            s.unresolved_institutions
        ),
        (2, 4, 3, 2, 1)
    );
    Ok(())
}

#[test]
fn graph_bulk_path_writes_the_same_graph() -> TestResult {
    let by_transaction = sample_store()?;
    let by_loader = GraphStore::memory()?;
    let bulk = BuildOptions {
        bulk_threshold: 10,
        ..options()
    };
    let source = Source::from_path(&sample_path())?;
    let report = build(
        &by_loader,
        &Extractor::new()?,
        std::slice::from_ref(&source),
        &bulk,
        &mut |_| {},
    )?;
    assert_eq!(report.documents[0].status, DocumentStatus::Added);
    let (mut x, mut y) = (Vec::new(), Vec::new());
    export(
        &by_transaction,
        ExportFormat::TriG,
        None,
        &Base::default(),
        &mut x,
    )?;
    export(
        &by_loader,
        ExportFormat::TriG,
        None,
        &Base::default(),
        &mut y,
    )?;
    assert!(x == y, "the bulk loader path wrote another graph");
    // a changed large document replaces its graph
    let changed = Source::from_text(
        source.name.clone(),
        &source
            .text
            .replace("Hunting the Hessian", "Hunting the Hessian Again"),
    );
    let again = build(
        &by_loader,
        &Extractor::new()?,
        &[changed],
        &bulk,
        &mut |_| {},
    )?;
    assert_eq!(again.documents[0].status, DocumentStatus::Replaced);
    let titles = rows(
        &by_loader,
        "SELECT ?t WHERE { ?x <https://schema.org/name> ?t FILTER(STRSTARTS(?t, \"Hunting\")) }",
    )?;
    assert_eq!(titles, [["Hunting the Hessian Again"]]);
    Ok(())
}

#[test]
fn graph_base_iri_and_taken_graphs() -> TestResult {
    let store = GraphStore::memory()?;
    let custom = BuildOptions {
        base: Base::new("https://example.org/kg")?,
        ..options()
    };
    let dir = tempfile::tempdir()?;
    std::fs::create_dir(dir.path().join("other"))?;
    let first = dir.path().join("talks.txt");
    let second = dir.path().join("other/talks.txt");
    std::fs::write(
        &first,
        "Hunting the Hessian\nMadeleine Udell, Stanford University\n",
    )?;
    std::fs::write(&second, "Graph Things\nAda Quist, MIT\n")?;
    let report = build(
        &store,
        &Extractor::new()?,
        &[Source::from_path(&first)?],
        &custom,
        &mut |_| {},
    )?;
    assert_eq!(
        report.documents[0].graph,
        "https://example.org/kg/graph/talks"
    );
    let people = rows(
        &store,
        "SELECT ?p WHERE { ?p a <https://schema.org/Person> }",
    )?;
    assert_eq!(people, [["https://example.org/kg/person/madeleine-udell"]]);
    // another file whose name maps to the same graph is refused, and nothing changes
    let before = store.len()?;
    let err = build(
        &store,
        &Extractor::new()?,
        &[Source::from_path(&second)?],
        &custom,
        &mut |_| {},
    )
    .err()
    .ok_or("a second file for one graph must be refused")?;
    assert!(err.to_string().contains("already holds"), "{err}");
    assert_eq!(store.len()?, before);
    // with its own --graph it goes beside the first
    let own = BuildOptions {
        graph: Some(NamedNode::new("https://example.org/kg/graph/other-talks")?),
        ..custom
    };
    build(
        &store,
        &Extractor::new()?,
        &[Source::from_path(&second)?],
        &own,
        &mut |_| {},
    )?;
    assert_eq!(Summary::of_store(&store)?.sources, 2);
    Ok(())
}
