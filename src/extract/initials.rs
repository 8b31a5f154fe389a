//! Names written with initials ("M. Kowalska" in a timetable) completed from the same name
//! written in full elsewhere in the document ("Marta Kowalska — Nencki Institute" in its list
//! of lecturers), and such a list's lines, read as talks named after an institution, left out.
//!
//! The entry point is [`complete`]. A name is completed only when one full name in the
//! document has the same family name and a given name with the same initial; its
//! institutions come along when the abbreviated name has none.

use rustc_hash::FxHashMap;

use super::speaker::org_score;
use super::Lexicon;
use crate::model::{Affiliation, Speaker, Talk};
use crate::resolve::fold;

/// A name's given-name initial and its folded family name.
type Key = (char, String);

/// A full name as written, with its institutions.
type Written = (String, Vec<Affiliation>);

/// A name's given-name initial and folded family name: ("m", "kowalska") for both "Marta
/// Kowalska" and "M. Kowalska"; whether the given name is written in full.
fn key(name: &str) -> Option<(Key, bool)> {
    let (given, family) = name.split_once(' ')?;
    let initial = given.chars().next()?.to_lowercase().next()?;
    if !initial.is_alphabetic() || family.trim().is_empty() {
        return None;
    }
    let letters = given.chars().filter(|c| c.is_alphabetic()).count();
    let full = letters >= 2 && !given.ends_with('.');
    let abbreviated = given.ends_with('.') && letters <= 2 || letters == 1;
    if !full && !abbreviated {
        return None;
    }
    Some(((initial, fold(family)), full))
}

/// Whether every longer word of `s` starts with a capital, as institutions are written
/// ("Nencki Institute of Experimental Biology"), not titles ("Knowledge graphs for research
/// metadata").
fn capitalised(s: &str) -> bool {
    s.split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .all(|w| w.starts_with(char::is_uppercase))
}

/// Every speaker of `talks` and their segments.
fn speakers_mut(talks: &mut [Talk]) -> impl Iterator<Item = &mut Speaker> {
    talks.iter_mut().flat_map(|t| {
        t.speakers
            .iter_mut()
            .chain(t.segments.iter_mut().flat_map(|s| s.speakers.iter_mut()))
    })
}

/// Completes abbreviated names from full ones and drops roster lines (see the module doc).
pub(crate) fn complete(talks: &mut Vec<Talk>, lex: &Lexicon) {
    // a cheap look first (no folding): most documents have no initials at all
    let abbreviated = |s: &Speaker| {
        s.name.split_once(' ').is_some_and(|(given, _)| {
            let letters = given.chars().filter(|c| c.is_alphabetic()).count();
            given.ends_with('.') && letters <= 2 || letters == 1
        })
    };
    let any = talks.iter().any(|t| {
        t.speakers.iter().any(abbreviated)
            || t.segments
                .iter()
                .any(|s| s.speakers.iter().any(abbreviated))
    });
    if !any {
        return;
    }
    // full names by key; a key with two different full names is ambiguous (None)
    let mut full: FxHashMap<Key, Option<Written>> = FxHashMap::default();
    let is_roster = |t: &Talk| {
        t.segments.is_empty()
            && t.speakers.len() == 1
            && t.abstract_text.is_none()
            && (lex.institution(&t.title).is_some()
                || org_score(&t.title, lex) >= 0.8 && capitalised(&t.title))
    };
    for t in talks.iter() {
        // "Marta Kowalska — Nencki Institute": the "title" is the person's institution
        let roster = is_roster(t).then(|| {
            let known = lex.institution(&t.title);
            vec![Affiliation {
                name: t.title.clone(),
                label: known.map(|i| i.name.clone()),
                iri: known.map(|i| i.iri.clone()),
                ..Affiliation::default()
            }]
        });
        for s in t
            .speakers
            .iter()
            .chain(t.segments.iter().flat_map(|s| &s.speakers))
        {
            if let Some((k, true)) = key(&s.name) {
                let affiliations = match &roster {
                    Some(affs) if s.affiliations.is_empty() => affs.clone(),
                    _ => s.affiliations.clone(),
                };
                let entry = full
                    .entry(k)
                    .or_insert_with(|| Some((s.name.clone(), affiliations.clone())));
                match entry {
                    Some((name, affs)) if *name == s.name => {
                        if affs.is_empty() {
                            *affs = affiliations;
                        }
                    }
                    _ => *entry = None,
                }
            }
        }
    }
    let mut completed = 0;
    for s in speakers_mut(talks) {
        if let Some((k, false)) = key(&s.name) {
            if let Some(Some((name, affs))) = full.get(&k) {
                s.name.clone_from(name);
                if s.affiliations.is_empty() {
                    s.affiliations.clone_from(affs);
                }
                completed += 1;
            }
        }
    }
    if completed == 0 {
        return;
    }
    // the list that gave the full names: "Marta Kowalska — Nencki Institute" read as a talk
    // titled after the institution
    talks.retain(|t| !is_roster(t));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talk(title: &str, speakers: &[(&str, &[&str])]) -> Talk {
        Talk {
            title: title.into(),
            speakers: speakers
                .iter()
                .map(|(n, affs)| Speaker {
                    name: (*n).into(),
                    affiliations: affs
                        .iter()
                        .map(|a| Affiliation {
                            name: (*a).into(),
                            ..Affiliation::default()
                        })
                        .collect(),
                    ..Speaker::default()
                })
                .collect(),
            ..Talk::default()
        }
    }

    #[test]
    fn a_talk_with_a_lower_case_title_is_no_list_line() {
        let lex = Lexicon::builtin_for_tests();
        let mut talks = vec![
            talk(
                "Knowledge graphs for research metadata",
                &[("Ahmed El-Sayed", &["Fraunhofer IAIS"])],
            ),
            talk(
                "Yoda in practice",
                &[("J. de Vries", &[]), ("Jan de Vries", &[])],
            ),
        ];
        complete(&mut talks, &lex);
        assert_eq!(talks.len(), 2);
        assert!(capitalised("Nencki Institute of Experimental Biology"));
        assert!(!capitalised("Knowledge graphs for research metadata"));
    }

    #[test]
    fn initials_are_completed_from_the_lecturer_list() {
        let lex = Lexicon::builtin_for_tests();
        let mut talks = vec![
            talk(
                "University of Tartu",
                &[("Liisa Tamm", &["University of Tartu"])],
            ),
            talk(
                "Instituto Cajal",
                &[("Rafael de la Fuente", &["Instituto Cajal"])],
            ),
            talk("Sleep and Memory", &[("L. Tamm", &[])]),
            talk("Prediction Machines", &[("R. de la Fuente", &[])]),
            // two full names with the initial: left as written
            talk("Waves", &[("Ana Berg", &[]), ("Anna Berg", &[])]),
            talk("Ripples", &[("A. Berg", &[])]),
        ];
        complete(&mut talks, &lex);
        let got: Vec<(&str, &str, Vec<&str>)> = talks
            .iter()
            .flat_map(|t| {
                t.speakers.iter().map(move |s| {
                    (
                        t.title.as_str(),
                        s.name.as_str(),
                        s.affiliations.iter().map(|a| a.name.as_str()).collect(),
                    )
                })
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Sleep and Memory",
                    "Liisa Tamm",
                    vec!["University of Tartu"]
                ),
                (
                    "Prediction Machines",
                    "Rafael de la Fuente",
                    vec!["Instituto Cajal"]
                ),
                ("Waves", "Ana Berg", vec![]),
                ("Waves", "Anna Berg", vec![]),
                ("Ripples", "A. Berg", vec![]),
            ]
        );
    }
}
