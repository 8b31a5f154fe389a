//! A port of `shared/tools/score_extraction.py`: precision, recall and F1 of an extraction
//! against a gold file, for talks, speakers, affiliations and series (micro-averaged).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use talkgraph::model::{Extraction, Talk};

/// Counts of one category: (true positives, predicted, gold).
pub type Counts = (usize, usize, usize);

#[derive(Debug, Default)]
pub struct Score {
    pub categories: BTreeMap<&'static str, Counts>,
    pub misses: Vec<String>,
}

impl Score {
    pub fn f1(counts: Counts) -> f64 {
        let (tp, np, ng) = counts;
        let p = if np > 0 {
            tp as f64 / np as f64
        } else if ng == 0 {
            1.0
        } else {
            0.0
        };
        let r = if ng > 0 {
            tp as f64 / ng as f64
        } else if np == 0 {
            1.0
        } else {
            0.0
        };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn micro(&self) -> f64 {
        let total = self
            .categories
            .values()
            .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        Self::f1(total)
    }

    pub fn report(&self) -> String {
        let mut s = String::new();
        for (k, c) in &self.categories {
            s.push_str(&format!(
                "{k:13} F1={:.3} (tp={} pred={} gold={})\n",
                Self::f1(*c),
                c.0,
                c.1,
                c.2
            ));
        }
        s.push_str(&format!("micro F1={:.3}\n", self.micro()));
        for m in &self.misses {
            s.push_str(&format!("  {m}\n"));
        }
        s
    }
}

/// Unicode folding, lowercase, `&` as "and", punctuation dropped.
pub fn norm(s: Option<&str>) -> String {
    use unicode_normalization::UnicodeNormalization;
    let Some(s) = s else { return String::new() };
    let folded: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let lowered = folded.to_lowercase().replace('&', " and ");
    let cleaned: String = lowered
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn title_match(g: &str, p: &str) -> bool {
    if g == p {
        return true;
    }
    if g.is_empty() || p.is_empty() {
        return false;
    }
    let (short, long) = if g.chars().count() <= p.chars().count() {
        (g, p)
    } else {
        (p, g)
    };
    short.chars().count() as f64 >= 0.3 * long.chars().count() as f64
        && long.ends_with(short)
        && short.split_whitespace().count() >= 2
}

/// Talks as the scorer sees them: segments flattened (inheriting the session's series),
/// talks without a named speaker left out.
fn flatten(pred: &Extraction) -> Vec<Talk> {
    let mut out = Vec::new();
    for doc in &pred.documents {
        for t in &doc.talks {
            if t.segments.is_empty() {
                out.push(t.clone());
            } else {
                for s in &t.segments {
                    let mut s = s.clone();
                    if s.series.is_none() {
                        s.series = t.series.clone();
                    }
                    out.push(s);
                }
                if !t.speakers.is_empty() {
                    out.push(t.clone());
                }
            }
        }
    }
    out.retain(|t| t.speakers.iter().any(|s| !s.name.is_empty()));
    out
}

pub fn score(gold: &Value, pred: &Extraction) -> Score {
    let empty = Vec::new();
    let g_talks = gold["talks"].as_array().unwrap_or(&empty);
    let p_talks = flatten(pred);
    let mut result = Score::default();
    let mut used = BTreeSet::new();
    let mut pairs: BTreeMap<usize, usize> = BTreeMap::new();
    for (gi, g) in g_talks.iter().enumerate() {
        let gt = norm(g["title"].as_str());
        if let Some(pi) = (0..p_talks.len())
            .find(|pi| !used.contains(pi) && title_match(&gt, &norm(Some(&p_talks[*pi].title))))
        {
            used.insert(pi);
            pairs.insert(gi, pi);
        } else {
            result.misses.push(format!("missed talk: {}", g["title"]));
        }
    }
    for (pi, p) in p_talks.iter().enumerate() {
        if !used.contains(&pi) {
            result.misses.push(format!("extra talk: {}", p.title));
        }
    }
    result
        .categories
        .insert("talks", (pairs.len(), p_talks.len(), g_talks.len()));
    // speakers per talk
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    for (gi, g) in g_talks.iter().enumerate() {
        let gs: BTreeSet<String> = g["speakers"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .map(|s| norm(s["name"].as_str()))
            .collect();
        ng += gs.len();
        if let Some(&pi) = pairs.get(&gi) {
            let ps: BTreeSet<String> = p_talks[pi]
                .speakers
                .iter()
                .map(|s| norm(Some(&s.name)))
                .collect();
            tp += gs.intersection(&ps).count();
            if gs != ps {
                result.misses.push(format!(
                    "speakers differ in {}: gold {gs:?} pred {ps:?}",
                    g["title"]
                ));
            }
        }
    }
    for p in &p_talks {
        np += p
            .speakers
            .iter()
            .map(|s| norm(Some(&s.name)))
            .collect::<BTreeSet<_>>()
            .len();
    }
    result.categories.insert("speakers", (tp, np, ng));
    // affiliations, deduplicated per document
    let mut gold_aff = BTreeSet::new();
    for g in g_talks {
        for s in g["speakers"].as_array().unwrap_or(&empty) {
            for a in s["affiliations"].as_array().unwrap_or(&empty) {
                gold_aff.insert((norm(s["name"].as_str()), norm(a.as_str())));
            }
        }
    }
    let mut pred_aff: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for p in &p_talks {
        for s in &p.speakers {
            for a in &s.affiliations {
                let names = pred_aff
                    .entry((norm(Some(&s.name)), norm(Some(&a.name))))
                    .or_default();
                names.insert(norm(Some(&a.name)));
                if let Some(l) = &a.label {
                    names.insert(norm(Some(l)));
                }
                // the scorer's `aff_names`: alternate names count too
                for alt in &a.alternate_names {
                    names.insert(norm(Some(alt)));
                }
            }
        }
    }
    let mut matched = BTreeSet::new();
    let mut tp = 0;
    for (gn, ga) in &gold_aff {
        let hit = pred_aff
            .iter()
            .find(|(k, names)| !matched.contains(*k) && &k.0 == gn && names.contains(ga));
        match hit {
            Some((k, _)) => {
                matched.insert(k.clone());
                tp += 1;
            }
            None => result
                .misses
                .push(format!("missed affiliation: {gn} -> {ga}")),
        }
    }
    for k in pred_aff.keys() {
        if !matched.contains(k) {
            result
                .misses
                .push(format!("extra affiliation: {} -> {}", k.0, k.1));
        }
    }
    result
        .categories
        .insert("affiliations", (tp, pred_aff.len(), gold_aff.len()));
    // series
    let (mut tp, mut ng) = (0, 0);
    for (gi, g) in g_talks.iter().enumerate() {
        let gser = norm(g["series"].as_str());
        if !gser.is_empty() {
            ng += 1;
        }
        if let Some(&pi) = pairs.get(&gi) {
            let pser = norm(p_talks[pi].series.as_deref());
            if !gser.is_empty() && !pser.is_empty() && (gser == pser || title_match(&gser, &pser)) {
                tp += 1;
            } else if !gser.is_empty() || !pser.is_empty() {
                result.misses.push(format!(
                    "series differ in {}: gold '{gser}' pred '{pser}'",
                    g["title"]
                ));
            }
        }
    }
    let np = p_talks
        .iter()
        .filter(|p| !norm(p.series.as_deref()).is_empty())
        .count();
    result.categories.insert("series", (tp, np, ng));
    result
}
