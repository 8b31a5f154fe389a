//! The bundled sample: every category of the score at 1.000, and the details the issue names.

use talkgraph::extract::Extractor;
use talkgraph::model::{DocumentRecord, Talk};
use talkgraph::read::Source;

use crate::hay::{sample_gold_path, sample_path, TestResult};
use crate::score::{score, Score};

fn sample() -> Result<DocumentRecord, Box<dyn std::error::Error>> {
    let source = Source::from_path(&sample_path())?;
    let mut extraction = Extractor::new()?.extract_all(&[source]);
    Ok(extraction.documents.remove(0))
}

fn find<'a>(doc: &'a DocumentRecord, title: &str) -> &'a Talk {
    doc.talks
        .iter()
        .flat_map(Talk::walk)
        .find(|t| t.title == title)
        .unwrap_or_else(|| panic!("no talk titled {title:?}"))
}

#[test]
fn sample_scores_one_in_every_category() -> TestResult {
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(sample_gold_path())?)?;
    let doc = sample()?;
    let result = score(
        &gold,
        &talkgraph::model::Extraction {
            documents: vec![doc],
        },
    );
    for (category, counts) in &result.categories {
        assert_eq!(Score::f1(*counts), 1.0, "{category}\n{}", result.report());
    }
    Ok(())
}

#[test]
fn sample_title_series_and_parts() -> TestResult {
    let doc = sample()?;
    assert_eq!(
        doc.title.as_deref(),
        Some("Recorded Talks: Workshops and Tutorials")
    );
    let flat = find(
        &doc,
        "Flat Minima and Generalization: from Matrix Sensing to Neural Networks",
    );
    assert_eq!(flat.series, None);
    assert_eq!(flat.line, 2);
    assert!(flat
        .abstract_text
        .as_deref()
        .is_some_and(|a| a.starts_with("When do overparameterized")));
    // the subtitle after a part marker is the title, as the gold writes it
    let part = find(&doc, "Methodologies for AI Alignment");
    assert_eq!(part.series.as_deref(), Some("Tutorial on AI Alignment"));
    assert_eq!((part.part, part.part_count), (Some(2), Some(2)));
    assert_eq!(part.speakers.len(), 2);
    let session = find(
        &doc,
        "IEEE Seasonal School: Manufacturability, Testing, Reliability, and Security",
    );
    assert_eq!(session.series.as_deref(), Some("IEEE Seasonal School"));
    assert_eq!(session.segments.len(), 4);
    assert!(
        session.segments[0].speakers.is_empty(),
        "Introduction has no speakers"
    );
    Ok(())
}

#[test]
fn sample_abstract_paragraphs_are_joined_with_blank_lines() -> TestResult {
    let doc = sample()?;
    let talk = find(
        &doc,
        "One Small Step, One Giant Leap: From Test-Time Tweaks to Global Guarantees",
    );
    let text = talk.abstract_text.as_deref().unwrap_or_default();
    assert_eq!(text.split("\n\n").count(), 3);
    assert_eq!((talk.line, talk.end_line), (8, 12));
    Ok(())
}

#[test]
fn sample_nickname_roles_and_two_organisations() -> TestResult {
    let doc = sample()?;
    let gao = &find(&doc, "Optimization and Reasoning").speakers[0];
    assert_eq!(gao.name, "Sicun Gao");
    assert_eq!(gao.alternate_names, vec!["Sean"]);
    let kalafala = &find(&doc, "Exchanging EDA data for AI/ML using Standard API").speakers[0];
    let affs: Vec<(&str, Option<&str>)> = kalafala
        .affiliations
        .iter()
        .map(|a| (a.name.as_str(), a.role.as_deref()))
        .collect();
    assert_eq!(
        affs,
        vec![
            ("IBM", Some("Senior Technical Staff Member")),
            (
                "Si2",
                Some("co-chair, AI/ML for EDA Special Interest Group")
            )
        ]
    );
    let vasudevan = &find(&doc, "ML for Verification").speakers[0];
    let affs: Vec<(&str, Option<&str>)> = vasudevan
        .affiliations
        .iter()
        .map(|a| (a.name.as_str(), a.role.as_deref()))
        .collect();
    assert_eq!(
        affs,
        vec![
            ("Google", Some("Researcher")),
            ("UIUC", Some("Adjunct Professor"))
        ]
    );
    Ok(())
}

#[test]
fn sample_timestamps_follow_the_documented_rule() -> TestResult {
    let doc = sample()?;
    let secs = |title: &str| find(&doc, title).start_seconds;
    assert_eq!(secs("Machine Learning for DFM"), Some(111));
    assert_eq!(secs("ML for Testing and Yield"), Some(3594));
    assert_eq!(
        secs("ML for Cross-Layer Reliability and Security"),
        Some(7140)
    );
    assert_eq!(
        secs("Exchanging EDA data for AI/ML using Standard API"),
        Some(165)
    );
    assert_eq!(
        find(&doc, "ML for Testing and Yield").start.as_deref(),
        Some("59:54:00")
    );
    let warned: Vec<usize> = doc.warnings.iter().map(|w| w.line).collect();
    for line in [49, 50, 58, 59] {
        assert!(
            warned.contains(&line),
            "no warning for line {line}: {:?}",
            doc.warnings
        );
    }
    Ok(())
}
