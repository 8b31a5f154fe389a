//! Network statistics against NetworkX (fixtures made by tests/fixtures/network/make.sh),
//! the sample's known ties, and the exports read back.

use std::collections::BTreeMap;

use serde_json::Value;
use talkgraph::build::{build, BuildOptions};
use talkgraph::extract::Extractor;
use talkgraph::network::report::Report;
use talkgraph::network::stats::{self, StatsOptions};
use talkgraph::network::{Graph, Network, Scope};
use talkgraph::read::Source;
use talkgraph::store::GraphStore;

use crate::hay::{root, sample_path, TestResult};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn network_of(source: Source) -> Res<(GraphStore, Network)> {
    let store = GraphStore::memory()?;
    let options = BuildOptions {
        built_at: Some("1970-01-01T00:00:00Z".into()),
        ..BuildOptions::default()
    };
    build(&store, &Extractor::new()?, &[source], &options, &mut |_| {})?;
    let network = Network::from_store(&store, &Scope::default())?;
    Ok((store, network))
}

fn fixture(name: &str) -> Res<Value> {
    let path = root().join("tests/fixtures/network").join(name);
    Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
}

fn close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() <= 1e-9, "{what}: talkgraph {a}, NetworkX {b}");
}

/// Compares one graph's statistics with NetworkX's.
fn compare(g: &Graph, expected: &Value, what: &str) {
    let n = |k: &str| expected[k].as_f64().unwrap_or(f64::NAN);
    assert_eq!(g.node_count() as f64, n("nodes"), "{what} nodes");
    assert_eq!(g.edge_count() as f64, n("edges"), "{what} edges");
    close(stats::density(g), n("density"), &format!("{what} density"));
    let sizes: Vec<u64> = stats::components(g)
        .iter()
        .map(|c| c.len() as u64)
        .collect();
    let want: Vec<u64> = expected["component_sizes"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default();
    assert_eq!(sizes, want, "{what} components");
    close(
        stats::average_clustering(g),
        n("average_clustering"),
        &format!("{what} clustering"),
    );
    close(
        stats::transitivity(g),
        n("transitivity"),
        &format!("{what} transitivity"),
    );
    let (c, t) = stats::clustering_and_transitivity(g);
    close(
        c,
        n("average_clustering"),
        &format!("{what} clustering, one pass"),
    );
    close(
        t,
        n("transitivity"),
        &format!("{what} transitivity, one pass"),
    );
    if expected.get("degree").is_none() {
        return;
    }
    let c = stats::centralities(
        g,
        &StatsOptions {
            exact_limit: usize::MAX,
            ..StatsOptions::default()
        },
    );
    let per_node = |values: &[f64], key: &str| {
        for idx in g.node_indices() {
            let iri = &g[idx].iri;
            let want = expected[key][iri].as_f64().unwrap_or(f64::NAN);
            close(values[idx.index()], want, &format!("{what} {key} of {iri}"));
        }
    };
    per_node(&c.degree, "degree");
    per_node(&c.weighted_degree, "weighted_degree");
    per_node(&c.betweenness, "betweenness");
    per_node(&c.closeness, "closeness");
    match (&c.eigenvector, expected["eigenvector"].is_null()) {
        (Some(e), false) => per_node(e, "eigenvector"),
        (None, true) => {}
        (mine, _) => panic!(
            "{what} eigenvector convergence differs: talkgraph {:?}",
            mine.is_some()
        ),
    }
}

fn check_against_networkx(network: &Network, expected: &Value) {
    compare(&network.bipartite, &expected["bipartite"], "bipartite");
    compare(
        &network.institution_projection,
        &expected["institution_projection"],
        "institutions",
    );
    compare(
        &network.speaker_projection,
        &expected["speaker_projection"],
        "speakers",
    );
    compare(
        &network.copresenter,
        &expected["copresenter"],
        "copresenters",
    );
    // the projections' weights: shared speakers and Newman's weights
    let mut pairs: Vec<(String, String, f64, f64)> = Vec::new();
    let g = &network.institution_projection;
    for e in g.raw_edges() {
        let (a, b) = (&g[e.source()].iri, &g[e.target()].iri);
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        pairs.push((a.clone(), b.clone(), e.weight.weight, e.weight.newman));
    }
    pairs.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    let want = expected["institution_pairs"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(pairs.len(), want.len(), "institution pairs");
    for (mine, theirs) in pairs.iter().zip(&want) {
        assert_eq!(Some(mine.0.as_str()), theirs[0].as_str());
        assert_eq!(Some(mine.1.as_str()), theirs[1].as_str());
        close(
            mine.2,
            theirs[2].as_f64().unwrap_or(f64::NAN),
            "shared speakers",
        );
        close(
            mine.3,
            theirs[3].as_f64().unwrap_or(f64::NAN),
            "Newman weight",
        );
    }
    let report = Report::new(network, &StatsOptions::default());
    close(
        report.bipartite.density,
        expected["bipartite_density"].as_f64().unwrap_or(f64::NAN),
        "bipartite density",
    );
    close(
        report.bipartite.graph.modularity,
        expected["bipartite_modularity"]
            .as_f64()
            .unwrap_or(f64::NAN),
        "modularity of talkgraph's communities",
    );
}

#[test]
fn network_sample_matches_networkx() -> TestResult {
    let (_, network) = network_of(Source::from_path(&sample_path())?)?;
    check_against_networkx(&network, &fixture("sample.expected.json")?);
    Ok(())
}

#[test]
fn network_generated_listing_matches_networkx() -> TestResult {
    let listing = talkgraph::generate::generate(3000, 7);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("generated.txt");
    std::fs::write(&path, listing)?;
    let (_, network) = network_of(Source::from_path(&path)?)?;
    check_against_networkx(&network, &fixture("generated.expected.json")?);
    Ok(())
}

#[test]
fn network_sample_ties() -> TestResult {
    let (_, network) = network_of(Source::from_path(&sample_path())?)?;
    let report = Report::new(&network, &StatsOptions::default());
    let pair = |a: &str, b: &str| {
        report
            .institution_projection
            .pairs
            .iter()
            .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
            .map(|p| (p.shared_speakers, p.newman_weight))
    };
    assert_eq!(pair("TILOS", "UC San Diego"), Some((3, 3.0)));
    assert_eq!(pair("Google", "UIUC"), Some((1, 1.0)));
    let caltech = report
        .bipartite
        .institutions_by_degree
        .iter()
        .find(|d| d.label == "Caltech")
        .map(|d| d.degree);
    assert_eq!(caltech, Some(3));
    assert_eq!(
        (report.bipartite.speakers, report.bipartite.institutions),
        (23, 21)
    );
    assert_eq!(report.bipartite.edges, 28);
    let shobha = report
        .bridges
        .iter()
        .find(|b| b.speaker == "Shobha Vasudevan")
        .ok_or("Shobha Vasudevan bridges Google and UIUC")?;
    assert_eq!(shobha.pairs, [["Google".to_owned(), "UIUC".to_owned()]]);
    Ok(())
}

#[test]
fn network_scope_by_series() -> TestResult {
    let (store, _) = network_of(Source::from_path(&sample_path())?)?;
    let scope = Scope {
        series: Some("Tutorial on AI Alignment".into()),
        graph: None,
    };
    let network = Network::from_store(&store, &scope)?;
    let labels: Vec<&str> = network
        .bipartite
        .node_weights()
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(labels.len(), 4, "{labels:?}");
    assert!(labels.contains(&"Ahmad Beirami") && labels.contains(&"Hamed Hassani"));
    assert_eq!(network.copresenter.edge_count(), 1);
    Ok(())
}

#[test]
fn network_exports_read_back() -> TestResult {
    use talkgraph::network::export::{write, NetworkFormat};
    let (_, network) = network_of(Source::from_path(&sample_path())?)?;
    let g = &network.bipartite;
    for format in [NetworkFormat::GraphMl, NetworkFormat::Gexf] {
        let mut bytes = Vec::new();
        write(g, format, &mut bytes)?;
        let text = String::from_utf8(bytes)?;
        let doc = roxmltree::Document::parse(&text)?;
        let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
        let edges = doc.descendants().filter(|n| n.has_tag_name("edge")).count();
        assert_eq!(
            (nodes, edges),
            (g.node_count(), g.edge_count()),
            "{format:?}"
        );
        assert!(text.contains("Caltech") && text.contains("institution"));
    }
    let mut bytes = Vec::new();
    write(g, NetworkFormat::Json, &mut bytes)?;
    let v: Value = serde_json::from_slice(&bytes)?;
    assert_eq!(v["nodes"].as_array().map(Vec::len), Some(g.node_count()));
    assert_eq!(v["links"].as_array().map(Vec::len), Some(g.edge_count()));
    let mut bytes = Vec::new();
    write(g, NetworkFormat::Dot, &mut bytes)?;
    let dot = String::from_utf8(bytes)?;
    assert!(dot.starts_with("graph talkgraph {"));
    assert_eq!(dot.matches(" -- ").count(), g.edge_count());
    // roles travel on the edges
    assert!(dot.contains("role=\"Associate Professor\""), "{dot}");
    let counts: BTreeMap<&str, usize> = g.node_weights().fold(BTreeMap::new(), |mut m, n| {
        *m.entry(n.kind.as_str()).or_insert(0) += 1;
        m
    });
    assert_eq!(counts.get("person"), Some(&23));
    Ok(())
}
