//! Extraction throughput and peak memory on a generated listing of 100,000 talks.
//!
//! Run: `cargo bench --bench extract --no-default-features` (extraction does not need the
//! RocksDB store, and leaving it out saves a 14-minute release build of RocksDB).
//! Options: `-- --talks N --seed S --runs R`.
//!
//! Throughput is input bytes over the wall time of read + extract + JSON serialisation
//! (to a sink), best of R runs. Peak memory is the growth of the process's peak resident set
//! (VmHWM, reset through /proc/self/clear_refs before the run) over the resident set before
//! it, compared with the input size.
#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::io::Write;
use std::time::Instant;

use talkgraph::extract::Extractor;
use talkgraph::read::Source;

mod common;
use common::{arg, status_kib};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let talks = arg("--talks", 100_000) as usize;
    let seed = arg("--seed", 42);
    let runs = arg("--runs", 3).max(1);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("generated.txt");
    {
        let listing = talkgraph::generate::generate(talks, seed);
        std::fs::write(&path, listing)?;
    }
    let bytes = std::fs::metadata(&path)?.len();
    let extractor = Extractor::new()?;
    let mut best = f64::INFINITY;
    let mut peak_growth = 0u64;
    let mut found = 0usize;
    for _ in 0..runs {
        // Reset the peak resident set to the current one (Linux), then measure.
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let before = status_kib("VmRSS:").unwrap_or(0);
        let start = Instant::now();
        let source = Source::from_path(&path)?;
        let read = start.elapsed().as_secs_f64();
        let extraction = extractor.extract_all(std::slice::from_ref(&source));
        drop(source);
        let extracted = start.elapsed().as_secs_f64();
        let mut sink = std::io::BufWriter::new(std::io::sink());
        extraction.write_json(&mut sink)?;
        sink.flush()?;
        let secs = start.elapsed().as_secs_f64();
        println!(
            "run: read {read:.3} s, extract {:.3} s, JSON {:.3} s",
            extracted - read,
            secs - extracted
        );
        found = extraction
            .all_talks()
            .filter(|t| !t.speakers.is_empty())
            .count();
        drop(extraction);
        best = best.min(secs);
        let peak = status_kib("VmHWM:").unwrap_or(0);
        peak_growth = peak_growth.max(peak.saturating_sub(before) * 1024);
    }
    let mb = bytes as f64 / 1e6;
    println!("input: {talks} generated talks (seed {seed}), {mb:.1} MB; {found} talks with speakers extracted");
    println!(
        "extract to JSON: best of {runs}: {best:.3} s, {:.1} MB/s",
        mb / best
    );
    println!(
        "peak memory growth: {:.1} MB ({:.2}x the input)",
        peak_growth as f64 / 1e6,
        peak_growth as f64 / bytes as f64
    );
    Ok(())
}
