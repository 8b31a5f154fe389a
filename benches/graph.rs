//! The knowledge graph at scale: `build` of a generated 100,000-talk listing into a fresh
//! on-disk store, measured in the same run as Oxigraph's own bulk loader loading the same
//! triples (exported as N-Triples) into another fresh store; then the canned queries and the
//! network statistics on the built store.
//!
//! Run: `cargo bench --bench graph` (needs the RocksDB store: a release build of RocksDB,
//! about 14 minutes the first time). Options: `-- --talks N --seed S --runs R`.
//!
//! Peak memory is the process's peak resident set (VmHWM) during the build, reset before it.
#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::time::Instant;

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use talkgraph::build::{build, BuildOptions};
use talkgraph::export::{export, ExportFormat};
use talkgraph::extract::Extractor;
use talkgraph::network::report::Report;
use talkgraph::network::stats::StatsOptions;
use talkgraph::network::{Network, Scope};
use talkgraph::query::{QueryOptions, ResultFormat};
use talkgraph::rdf::Base;
use talkgraph::read::Source;
use talkgraph::store::GraphStore;

mod common;
use common::{arg, status_kib};

/// Median wall time of `runs` runs of a query, in milliseconds, and its row count.
fn time_query(
    store: &GraphStore,
    text: &str,
    runs: u64,
) -> Result<(f64, String), Box<dyn std::error::Error>> {
    let mut times = Vec::new();
    let mut outcome = String::new();
    for _ in 0..runs {
        let start = Instant::now();
        let mut sink = Vec::new();
        let o = talkgraph::query::run(
            store,
            text,
            &QueryOptions {
                format: ResultFormat::Csv,
                timeout: None,
                ..QueryOptions::default()
            },
            &mut sink,
        )?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        outcome = format!("{o:?}");
    }
    times.sort_by(f64::total_cmp);
    Ok((times[times.len() / 2], outcome))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let talks = arg("--talks", 100_000) as usize;
    let seed = arg("--seed", 42);
    let runs = arg("--runs", 5).max(1);
    let dir = tempfile::tempdir()?;
    let listing = dir.path().join("generated.txt");
    std::fs::write(&listing, talkgraph::generate::generate(talks, seed))?;
    let mb = std::fs::metadata(&listing)?.len() as f64 / 1e6;
    println!("input: {talks} generated talks (seed {seed}), {mb:.1} MB");

    // 1. talkgraph build, end to end, into a fresh on-disk store.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = status_kib("VmRSS:").unwrap_or(0);
    let start = Instant::now();
    let store = GraphStore::open(&dir.path().join("talkgraph.db"))?;
    let extractor = Extractor::new()?;
    let source = Source::from_path(&listing)?;
    let report = build(
        &store,
        &extractor,
        &[source],
        &BuildOptions::default(),
        &mut |_| {},
    )?;
    let build_secs = start.elapsed().as_secs_f64();
    let peak = status_kib("VmHWM:").unwrap_or(0);
    let triples = report.triples_written;
    println!(
        "talkgraph build: {triples} triples in {build_secs:.2} s = {:.0} triples/s end to end \
         (read, extract, resolve, map, load); peak RSS {:.0} MB (+{:.0} MB)",
        triples as f64 / build_secs,
        peak as f64 / 1024.0,
        (peak.saturating_sub(rss_before)) as f64 / 1024.0
    );

    // 2. The same triples as N-Quads, loaded by Oxigraph's bulk loader into a fresh store.
    let nq = dir.path().join("graph.nq");
    {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&nq)?);
        export(
            &store,
            ExportFormat::NQuads,
            None,
            &Base::default(),
            &mut file,
        )?;
    }
    let start = Instant::now();
    let raw = Store::open(dir.path().join("oxigraph.db"))?;
    let mut loader = raw.bulk_loader();
    loader.load_from_reader(RdfFormat::NQuads, std::fs::File::open(&nq)?)?;
    loader.commit()?;
    let load_secs = start.elapsed().as_secs_f64();
    let loaded = raw.len()?;
    println!(
        "oxigraph bulk loader (N-Quads file, parsing included): {loaded} quads in {load_secs:.2} s = {:.0} triples/s",
        loaded as f64 / load_secs
    );
    println!(
        "talkgraph end to end / oxigraph loader: {:.2}x",
        (triples as f64 / build_secs) / (loaded as f64 / load_secs)
    );
    drop(raw);

    // 3. Canned queries on the built store (median of R runs).
    let person = "PREFIX schema: <https://schema.org/> SELECT ?title WHERE { ?p schema:name \"Richard Martin\" . \
                  ?t schema:performer ?p ; schema:name ?title }";
    let some_person = talkgraph::query::named("person-talks").unwrap_or_default();
    let series = "PREFIX schema: <https://schema.org/> PREFIX tg: <https://w3id.org/talkgraph/ontology#> \
                  SELECT ?part ?title WHERE { ?s schema:name \"Tutorial on Language Model Alignment\" ; \
                  a schema:EventSeries ; schema:subEvent ?t . ?t schema:name ?title . OPTIONAL { ?t tg:partNumber ?part } } ORDER BY ?part";
    // the shipped query asks for "Machine learning" and everything under it (most of the
    // generated talks); a leaf topic is the selective case
    let topic = talkgraph::query::named("talks-about-topic")
        .unwrap_or_default()
        .replace("\"Machine learning\"@en", "\"Diffusion models\"@en");
    let topic_page = format!("{topic} LIMIT 100");
    let broad = talkgraph::query::named("talks-about-topic").unwrap_or_default();
    for (name, text) in [
        ("a person's talks", person),
        ("person-talks", some_person),
        ("a series in order", series),
        ("talks-about-topic, a leaf topic", topic.as_str()),
        (
            "talks-about-topic, a leaf topic, first 100",
            topic_page.as_str(),
        ),
        ("talks-about-topic, Machine learning and below", broad),
        (
            "summary (aggregate)",
            talkgraph::query::named("summary").unwrap_or_default(),
        ),
        (
            "speakers-by-institution (aggregate)",
            talkgraph::query::named("speakers-by-institution").unwrap_or_default(),
        ),
        (
            "institutions-by-talks (aggregate)",
            talkgraph::query::named("institutions-by-talks").unwrap_or_default(),
        ),
        (
            "topics-by-frequency (aggregate)",
            talkgraph::query::named("topics-by-frequency").unwrap_or_default(),
        ),
    ] {
        let (ms, outcome) = time_query(&store, text, runs)?;
        println!("query {name}: {ms:.1} ms (median of {runs}), {outcome}");
    }

    // 4. Network statistics.
    let start = Instant::now();
    let network = Network::from_store(&store, &Scope::default())?;
    let read_secs = start.elapsed().as_secs_f64();
    let report = Report::new(&network, &StatsOptions::default());
    let stats_secs = start.elapsed().as_secs_f64();
    println!(
        "stats: network read by SPARQL in {read_secs:.2} s, all statistics in {stats_secs:.2} s \
         (bipartite {} nodes / {} edges, speaker projection {} edges; sampled: {})",
        report.bipartite.graph.nodes,
        report.bipartite.edges,
        report.speaker_projection.graph.edges,
        report.bipartite.graph.sampled
    );
    Ok(())
}
