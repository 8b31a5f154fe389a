//! Text → query: named-query lookup, parsing, the syntax-error report (line, column, excerpt)
//! and, for small queries, evaluation and every result format on a tiny store.
#![no_main]

use std::sync::LazyLock;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use talkgraph::query::{query_text, run, QueryError, QueryOptions, ResultFormat};
use talkgraph::store::GraphStore;

static STORE: LazyLock<GraphStore> = LazyLock::new(|| {
    let store = GraphStore::memory().unwrap_or_else(|e| panic!("memory store: {e}"));
    let update = r#"INSERT DATA { GRAPH <https://e.org/g> {
        <https://e.org/a> <https://schema.org/name> "A \"quoted\" <name> \\ 🚀"@en .
        <https://e.org/a> <https://schema.org/performer> _:b . } }"#;
    let options = QueryOptions {
        allow_update: true,
        ..QueryOptions::default()
    };
    run(&store, update, &options, &mut Vec::new()).unwrap_or_else(|e| panic!("seed: {e}"));
    store
});

static EMPTY: LazyLock<GraphStore> =
    LazyLock::new(|| GraphStore::memory().unwrap_or_else(|e| panic!("memory store: {e}")));

const FORMATS: [ResultFormat; 9] = [
    ResultFormat::Table,
    ResultFormat::Json,
    ResultFormat::Xml,
    ResultFormat::Csv,
    ResultFormat::Tsv,
    ResultFormat::Turtle,
    ResultFormat::NTriples,
    ResultFormat::RdfXml,
    ResultFormat::JsonLd,
];

fuzz_target!(|bytes: &[u8]| {
    let arg = String::from_utf8_lossy(bytes);
    let text = match query_text(&arg) {
        Ok(text) => text,
        Err(QueryError::UnknownName { .. }) => return,
        Err(e) => panic!("query_text: {e}"),
    };
    // Evaluation cost grows with the number of patterns; keep each run short so the fuzzer
    // spends its time on parsing and reporting, where the code under test is.
    let patterns = text.matches(['{', '.', ';', '*', '+', '|']).count();
    let format = FORMATS[bytes.first().map_or(0, |b| usize::from(*b) % FORMATS.len())];
    let options = QueryOptions {
        format,
        timeout: Some(Duration::from_millis(200)),
        table_limit: 5,
        allow_update: false,
    };
    // (on an empty store, a big join has nothing to join)
    let store = if patterns > 6 { &*EMPTY } else { &*STORE };
    match run(store, &text, &options, &mut Vec::new()) {
        Err(QueryError::Syntax { excerpt, .. }) => {
            assert!(excerpt.is_empty() || excerpt.contains('^'), "{excerpt}");
            assert!(
                excerpt.lines().all(|l| l.chars().count() < 200),
                "{excerpt}"
            );
        }
        _ => {}
    }
});
