//! Listings in many layouts, each with its gold extraction: `tests/layouts/` (written to
//! develop against) and `tests/heldout/` (written separately, to measure on layouts the
//! extractor was not tuned on). Each set has a floor for its micro F1 over all its files.

use std::path::Path;

use talkgraph::extract::Extractor;
use talkgraph::read::Source;

use crate::hay::{root, TestResult};
use crate::score::{score, Counts, Score};

/// Scores every `<set>/<case>/input.txt` against its `gold.json`; returns the report and
/// the micro F1 over the whole set.
fn score_set(set: &Path) -> Result<(String, f64), Box<dyn std::error::Error>> {
    let extractor = Extractor::new()?;
    let mut report = String::new();
    let mut total: Counts = (0, 0, 0);
    let mut cases: Vec<_> = std::fs::read_dir(set)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    for case in cases {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("gold.json"))?)?;
        let source = Source::from_path(&case.join("input.txt"))?;
        let extraction = extractor.extract_all(&[source]);
        let result = score(&gold, &extraction);
        for c in result.categories.values() {
            total = (total.0 + c.0, total.1 + c.1, total.2 + c.2);
        }
        report.push_str(&format!(
            "== {} micro F1 {:.3}\n{}",
            case.display(),
            result.micro(),
            result.report()
        ));
    }
    Ok((report, Score::f1(total)))
}

#[test]
fn layouts_dev_set_scores_well() -> TestResult {
    let (report, f1) = score_set(&root().join("tests/layouts"))?;
    eprintln!("dev-set micro F1 {f1:.3}");
    assert!(f1 >= 0.99, "dev-set micro F1 {f1:.3}\n{report}");
    Ok(())
}

#[test]
fn layouts_heldout_set_scores_well() -> TestResult {
    let (report, f1) = score_set(&root().join("tests/heldout"))?;
    eprintln!("held-out micro F1 {f1:.3}");
    assert!(f1 >= 0.975, "held-out micro F1 {f1:.3}\n{report}");
    Ok(())
}

/// `tests/unseen/`: a second held-out set, written without seeing the extractor. It guards
/// against regressions; its score (README) is the honest figure for new layouts.
#[test]
fn layouts_unseen_set_does_not_regress() -> TestResult {
    let (report, f1) = score_set(&root().join("tests/unseen"))?;
    eprintln!("unseen micro F1 {f1:.3}");
    assert!(f1 >= 0.98, "unseen micro F1 {f1:.3}\n{report}");
    Ok(())
}

/// `tests/fresh/`: a third held-out set, written without seeing the extractor (first contact
/// 0.476, README). It guards against regressions; its families were reproduced in
/// `tests/layouts/` before any rule was added.
#[test]
fn layouts_fresh_set_does_not_regress() -> TestResult {
    let (report, f1) = score_set(&root().join("tests/fresh"))?;
    eprintln!("fresh micro F1 {f1:.3}");
    assert!(f1 >= 0.96, "fresh micro F1 {f1:.3}\n{report}");
    Ok(())
}

/// `tests/wild/`: a fourth held-out set, written without seeing the extractor (first contact
/// 0.152, README: structured records, pages in German and French, chat and social posts, a
/// lecture-capture library). It guards against regressions; its families were reproduced in
/// `tests/layouts/` before any rule was added.
#[test]
fn layouts_wild_set_does_not_regress() -> TestResult {
    let (report, f1) = score_set(&root().join("tests/wild"))?;
    eprintln!("wild micro F1 {f1:.3}");
    assert!(f1 >= 0.95, "wild micro F1 {f1:.3}\n{report}");
    Ok(())
}
