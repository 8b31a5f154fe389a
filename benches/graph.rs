//! The knowledge graph at scale: `build` of a generated 100,000-talk listing into a fresh
//! on-disk store, measured in the same run as Oxigraph's own bulk loader loading the same
//! triples (exported as N-Triples) into another fresh store; then the canned queries and the
//! network statistics on the built store.
//!
//! Run: `cargo bench --bench graph` (needs the RocksDB store: a release build of RocksDB,
//! about 14 minutes the first time). Options: `-- --talks N --seed S --runs R`, and
//! `--queries-only DIR` to time only the queries and statistics on a store built before.
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
use common::{arg, status_kib, text_arg};

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
    let runs = arg("--runs", 5).max(1);
    let dir = tempfile::tempdir()?;
    let store = match text_arg("--queries-only") {
        Some(existing) => GraphStore::open_read_only(std::path::Path::new(&existing))?,
        None => build_and_compare(dir.path())?,
    };
    queries_and_stats(&store, runs)
}

/// Builds the generated listing with talkgraph and loads the same quads with Oxigraph's bulk
/// loader, both in `dir`; the store talkgraph built.
fn build_and_compare(dir: &std::path::Path) -> Result<GraphStore, Box<dyn std::error::Error>> {
    let talks = arg("--talks", 100_000) as usize;
    let seed = arg("--seed", 42);
    let listing = dir.join("generated.txt");
    std::fs::write(&listing, talkgraph::generate::generate(talks, seed))?;
    let mb = std::fs::metadata(&listing)?.len() as f64 / 1e6;
    println!("input: {talks} generated talks (seed {seed}), {mb:.1} MB");

    // 1. talkgraph build, end to end, into a fresh on-disk store.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = status_kib("VmRSS:").unwrap_or(0);
    let start = Instant::now();
    let store = GraphStore::open(&dir.join("talkgraph.db"))?;
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
    let nq = dir.join("graph.nq");
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
    let raw = Store::open(dir.join("oxigraph.db"))?;
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

    Ok(store)
}

/// Times the canned queries (median of `runs`) and the network statistics.
fn queries_and_stats(store: &GraphStore, runs: u64) -> Result<(), Box<dyn std::error::Error>> {
    // 3. Canned queries on the built store (median of R runs).
    let person = "PREFIX schema: <https://schema.org/> SELECT ?title WHERE { ?p schema:name \"Richard Martin\" . \
                  ?t schema:performer ?p ; schema:name ?title }";
    let some_person = talkgraph::query::named("person-talks").unwrap_or_default();
    // one generated series (a tutorial of two parts or a school of two to four sessions)
    let series_name = first_value(
        store,
        "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { ?s a schema:EventSeries ; \
         schema:name ?name } ORDER BY ?name LIMIT 1",
    )?;
    let series = format!(
        "PREFIX schema: <https://schema.org/> PREFIX tg: <https://w3id.org/talkgraph/ontology#> \
         SELECT ?part ?title WHERE {{ ?s schema:name \"{series_name}\" ; \
         a schema:EventSeries ; schema:subEvent ?t . ?t schema:name ?title . \
         OPTIONAL {{ ?t tg:partNumber ?part }} }} ORDER BY ?part"
    );
    // The shipped query asks for "Machine learning" and everything under it (most of the
    // generated talks). The selective case is a leaf topic: the bench times the most frequent
    // leaf, the median one and the rarest, so the cost per row shows.
    let leaves = leaf_topics(store)?;
    let shipped = talkgraph::query::named("talks-about-topic").unwrap_or_default();
    let pick = |i: usize| leaves.get(i).cloned().unwrap_or_default();
    let mut topic_queries = Vec::new();
    for (label, talks) in [
        pick(0),
        pick(leaves.len() / 2),
        pick(leaves.len().saturating_sub(1)),
    ] {
        let text = shipped.replace("\"Machine learning\"@en", &format!("\"{label}\"@en"));
        topic_queries.push((
            format!("talks-about-topic, leaf \"{label}\" ({talks} talks)"),
            text.clone(),
        ));
        topic_queries.push((
            format!("talks-about-topic, leaf \"{label}\", first 100"),
            format!("{text} LIMIT 100"),
        ));
    }
    topic_queries.push((
        "talks-about-topic, Machine learning and below".to_owned(),
        shipped.to_owned(),
    ));
    for (name, text) in [
        ("a person's talks", person),
        ("person-talks", some_person),
        ("a series in order", series.as_str()),
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
        let (ms, outcome) = time_query(store, text, runs)?;
        println!("query {name}: {ms:.1} ms (median of {runs}), {outcome}");
        if name == "a series in order" {
            for (name, text) in &topic_queries {
                let (ms, outcome) = time_query(store, text, runs)?;
                println!("query {name}: {ms:.1} ms (median of {runs}), {outcome}");
            }
        }
    }

    // 4. Network statistics.
    let start = Instant::now();
    let network = Network::from_store(store, &Scope::default())?;
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

/// The first value of the first row of a SELECT.
fn first_value(store: &GraphStore, query: &str) -> Result<String, Box<dyn std::error::Error>> {
    let rows = store.select(query)?;
    Ok(rows
        .into_iter()
        .next()
        .and_then(|row| row.into_iter().next().flatten())
        .ok_or("no series in the generated store")?)
}

/// The topics without narrower topics that talks are about, most talks first.
fn leaf_topics(store: &GraphStore) -> Result<Vec<(String, u64)>, Box<dyn std::error::Error>> {
    let query = "PREFIX schema: <https://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> \
                 SELECT ?label (COUNT(?talk) AS ?n) WHERE { ?talk schema:about ?c . ?c skos:prefLabel ?label . \
                 FILTER NOT EXISTS { ?narrower skos:broader ?c } } GROUP BY ?label ORDER BY DESC(?n) ?label";
    let mut sink = Vec::new();
    talkgraph::query::run(
        store,
        query,
        &QueryOptions {
            format: ResultFormat::Tsv,
            timeout: None,
            ..QueryOptions::default()
        },
        &mut sink,
    )?;
    let mut out = Vec::new();
    // TSV rows after the header: "label"@en <TAB> n
    for line in String::from_utf8(sink)?.lines().skip(1) {
        let (label, n) = line.split_once('\t').ok_or("a TSV row without a tab")?;
        let label = label.split('"').nth(1).unwrap_or_default();
        out.push((label.to_owned(), n.trim().parse()?));
    }
    Ok(out)
}
