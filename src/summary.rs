//! The numbers `build` prints: what the whole store holds, counted by SPARQL
//! (`queries/summary.rq`), so they include every source built before and any imported data.

use std::io::Write;

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
        let rows = store.select(text).map_err(SummaryError)?;
        let mut summary = Summary::default();
        if let Some(row) = rows.first() {
            let get = |i: usize| -> u64 {
                row.get(i)
                    .and_then(|v| v.as_deref())
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
            };
            // the columns of queries/summary.rq, in order
            summary = Summary {
                talks: get(0),
                segments: get(1),
                speakers: get(2),
                institutions: get(3),
                unresolved_institutions: get(4),
                series: get(5),
                topics: get(6),
                sources: get(7),
            };
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
