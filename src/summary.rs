//! The numbers `build` prints: what the whole store holds, counted by SPARQL
//! (`queries/summary.rq`), so they include every source built before and any imported data.

use std::io::Write;

use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

use crate::store::GraphStore;

/// Counts over the union of all graphs.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    pub talks: u64,
    pub segments: u64,
    pub speakers: u64,
    pub institutions: u64,
    pub unresolved_institutions: u64,
    pub series: u64,
    pub topics: u64,
    pub sources: u64,
}

/// The summary query could not run.
#[derive(Debug, thiserror::Error)]
#[error("counting the store failed: {0}")]
pub struct SummaryError(String);

impl Summary {
    /// Counts the store's talks, speakers, institutions, series, topics and sources.
    pub fn of_store(store: &GraphStore) -> Result<Self, SummaryError> {
        let text = crate::query::named("summary")
            .ok_or_else(|| SummaryError("the summary query is missing".into()))?;
        let mut prepared = SparqlEvaluator::new()
            .parse_query(text)
            .map_err(|e| SummaryError(e.to_string()))?;
        prepared.dataset_mut().set_default_graph_as_union();
        let results = prepared
            .on_store(store.inner())
            .execute()
            .map_err(|e| SummaryError(e.to_string()))?;
        let mut summary = Summary::default();
        if let QueryResults::Solutions(solutions) = results {
            for solution in solutions {
                let solution = solution.map_err(|e| SummaryError(e.to_string()))?;
                let get = |name: &str| match solution.get(name) {
                    Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
                    _ => 0,
                };
                summary = Summary {
                    talks: get("talks"),
                    segments: get("segments"),
                    speakers: get("speakers"),
                    institutions: get("institutions"),
                    unresolved_institutions: get("unresolved"),
                    series: get("series"),
                    topics: get("topics"),
                    sources: get("sources"),
                };
            }
        }
        Ok(summary)
    }

    /// The counts as aligned lines.
    pub fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "  sources      {}", self.sources)?;
        writeln!(
            out,
            "  talks        {} (and {} segments)",
            self.talks, self.segments
        )?;
        writeln!(out, "  speakers     {}", self.speakers)?;
        writeln!(
            out,
            "  institutions {} ({} not in the gazetteer)",
            self.institutions, self.unresolved_institutions
        )?;
        writeln!(out, "  series       {}", self.series)?;
        writeln!(out, "  topics       {}", self.topics)
    }
}
