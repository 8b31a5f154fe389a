//! Speakers named by their family name alone, completed from the same document.
//!
//! Listings name a speaker in full once and then by the family name: "Relatori: prof.
//! Ballarini-Kofi e ing. Onofri-Lindqvist" under the second part of a course whose first part
//! gave "prof. ing. Marco Ballarini-Kofi (Politecnico di Milano)", or "Title — Echeverría-Vogt &
//! Castell-Obi" over a description that says "Dr Matías Echeverría-Vogt (School of Mathematics,
//! University of Bristol) and …". [`surname_list`] reads such a list where only a family name
//! can stand (a labelled field, or after a title's dash, with double-barrelled names), and
//! [`complete`] gives each family name the full name the document uses for it: a speaker of
//! another talk, or the name written out in the talk's own description, with the institutions
//! in brackets after it.

use std::collections::HashMap;

use super::speaker::person_score;
use super::words::{self, Classes};
use super::Lexicon;
use crate::model::{Affiliation, Speaker, Talk};

/// Joiners of a list of people.
const JOINERS: &[&str] = &[
    ", ", " & ", " and ", " e ", " und ", " et ", " y ", " i ", " en ", " og ", " och ",
];

/// A family name of two capitalised parts: "Echeverría-Vogt", "Castell-Obi".
fn double_barrelled(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() == 2
        && parts.iter().all(|p| {
            p.chars().count() >= 2
                && p.starts_with(char::is_uppercase)
                && p.chars().skip(1).all(char::is_alphabetic)
                && p.chars().skip(1).any(char::is_lowercase)
        })
}

/// Speakers of a list of family names, each after its title or double-barrelled: "prof.
/// Ballarini-Kofi e ing. Onofri-Lindqvist", "Echeverría-Vogt & Castell-Obi". With `titled`,
/// a family name after a title (`Dr Smith`) counts too; without it, every name must be
/// double-barrelled (a title's words are never so). `None` for anything else.
pub(crate) fn surname_list(text: &str, titled: bool) -> Option<Vec<Speaker>> {
    let text = text.trim().trim_end_matches('.');
    if text.is_empty() || text.len() > 120 || text.contains(['(', ')', ':', '"']) {
        return None;
    }
    let mut pieces = vec![text];
    for joiner in JOINERS {
        pieces = pieces
            .into_iter()
            .flat_map(|p| p.split(joiner))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    let mut speakers = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let tokens: Vec<&str> = piece.split_whitespace().collect();
        let honorific = |t: &&str| words::classes(t).has(Classes::HONORIFIC);
        let name: Vec<&&str> = tokens.iter().filter(|t| !honorific(t)).collect();
        let [name] = name.as_slice() else {
            return None;
        };
        let had_title = tokens.len() > 1;
        let plain = titled
            && had_title
            && name.chars().count() >= 3
            && name.starts_with(char::is_uppercase)
            && name.chars().skip(1).all(|c| c.is_alphabetic() || c == '-')
            && name.chars().skip(1).any(char::is_lowercase);
        if !(double_barrelled(name) || plain) {
            return None;
        }
        speakers.push(Speaker {
            name: (**name).to_owned(),
            ..Speaker::default()
        });
    }
    (!speakers.is_empty()).then_some(speakers)
}

/// The fold of a name's last word, as family names are compared.
fn key(word: &str) -> String {
    crate::resolve::fold(word)
}

/// Gives every speaker named by a family name alone the full name (and, when it has none, the
/// institutions) the document gives it elsewhere: a speaker of another talk whose name ends in
/// it, the only one; or the name written out in the talk's description.
pub(crate) fn complete(talks: &mut [Talk], lex: &Lexicon) {
    let alone = |s: &Speaker| !s.name.contains(' ') && !s.name.is_empty();
    let any_alone = talks.iter().any(|t| {
        t.speakers
            .iter()
            .chain(t.segments.iter().flat_map(|g| &g.speakers))
            .any(alone)
    });
    if !any_alone {
        return;
    }
    // full names by the fold of their last word (None when two people share it)
    let mut full: HashMap<String, Option<(String, Vec<Affiliation>)>> = HashMap::new();
    let all = talks.iter().flat_map(|t| {
        t.speakers
            .iter()
            .chain(t.segments.iter().flat_map(|g| &g.speakers))
    });
    for s in all {
        let Some(last) = s.name.rsplit(' ').next().filter(|_| s.name.contains(' ')) else {
            continue;
        };
        let entry = full
            .entry(key(last))
            .or_insert_with(|| Some((s.name.clone(), Vec::new())));
        match entry {
            Some((name, affs)) if *name == s.name => {
                if affs.is_empty() {
                    affs.clone_from(&s.affiliations);
                }
            }
            _ => *entry = None,
        }
    }
    for talk in talks.iter_mut() {
        complete_talk(talk, &full, lex);
        for segment in &mut talk.segments {
            complete_talk(segment, &full, lex);
        }
    }
}

fn complete_talk(
    talk: &mut Talk,
    full: &HashMap<String, Option<(String, Vec<Affiliation>)>>,
    lex: &Lexicon,
) {
    for i in 0..talk.speakers.len() {
        if talk.speakers[i].name.contains(' ') || talk.speakers[i].name.is_empty() {
            continue;
        }
        let surname = talk.speakers[i].name.clone();
        let found = full.get(&key(&surname)).cloned().flatten().or_else(|| {
            talk.abstract_text
                .as_deref()
                .and_then(|a| written_out(a, &surname, lex))
        });
        if let Some((name, affiliations)) = found {
            let s = &mut talk.speakers[i];
            s.name = name;
            if s.affiliations.is_empty() {
                s.affiliations = affiliations;
            }
        }
    }
}

/// The full name of `surname` as `text` writes it, the given names before it (after any
/// title), and the institutions in brackets right after it: "Dr Matías Echeverría-Vogt
/// (School of Mathematics, University of Bristol)".
fn written_out(text: &str, surname: &str, lex: &Lexicon) -> Option<(String, Vec<Affiliation>)> {
    let at = super::text::find(text, surname)?;
    let before: Vec<&str> = text[..at].split_whitespace().rev().take(3).collect();
    let given: Vec<&str> = before
        .iter()
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && !words::classes(w).has(Classes::HONORIFIC)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
        .copied()
        .collect();
    if given.is_empty() {
        return None;
    }
    let name = format!(
        "{} {surname}",
        given.iter().rev().copied().collect::<Vec<_>>().join(" ")
    );
    if person_score(&name, lex).0 < 0.6 {
        return None;
    }
    let after = &text[at + surname.len()..];
    let affiliations = after
        .strip_prefix(" (")
        .and_then(|r| r.find(')').map(|end| &r[..end]))
        .and_then(|inner| super::speaker::parse_institutions(inner, lex))
        .unwrap_or_default();
    Some((name, affiliations))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_family_names() {
        let names = |t: &str, titled: bool| {
            surname_list(t, titled).map(|v| v.into_iter().map(|s| s.name).collect::<Vec<_>>())
        };
        assert_eq!(
            names("prof. Ballarini-Kofi e ing. Onofri-Lindqvist", true),
            Some(vec![
                "Ballarini-Kofi".to_owned(),
                "Onofri-Lindqvist".to_owned()
            ])
        );
        assert_eq!(
            names("Echeverría-Vogt & Castell-Obi", false),
            Some(vec!["Echeverría-Vogt".to_owned(), "Castell-Obi".to_owned()])
        );
        assert_eq!(
            names("Dr Smith and Dr Jones", true).map(|v| v.len()),
            Some(2)
        );
        // (without a field's label, one-word names are a title's words)
        assert_eq!(names("Dr Smith and Dr Jones", false), None);
        assert_eq!(names("Sim-to-Real", false), None);
        assert_eq!(names("Deep Learning", true), None);
    }

    #[test]
    fn family_names_take_the_full_names_of_the_document() {
        let lex = Lexicon::builtin_for_tests();
        let speaker = |name: &str, aff: &[&str]| Speaker {
            name: name.to_owned(),
            affiliations: aff
                .iter()
                .map(|a| crate::extract::speaker::affiliation(a, None, &lex))
                .collect(),
            ..Speaker::default()
        };
        let mut talks = vec![
            Talk {
                title: "Part 2".into(),
                speakers: vec![speaker("Ballarini-Kofi", &[])],
                ..Talk::default()
            },
            Talk {
                title: "Part 1".into(),
                speakers: vec![speaker("Marco Ballarini-Kofi", &["Politecnico di Milano"])],
                ..Talk::default()
            },
            Talk {
                title: "Checks".into(),
                speakers: vec![speaker("Castell-Obi", &[])],
                abstract_text: Some(
                    "With Dr Ifunanya Castell-Obi (Bristol Medical School) on predictive checks."
                        .into(),
                ),
                ..Talk::default()
            },
        ];
        complete(&mut talks, &lex);
        assert_eq!(talks[0].speakers[0].name, "Marco Ballarini-Kofi");
        assert_eq!(
            talks[0].speakers[0].affiliations[0].name,
            "Politecnico di Milano"
        );
        assert_eq!(talks[2].speakers[0].name, "Ifunanya Castell-Obi");
        assert_eq!(
            talks[2].speakers[0].affiliations[0].name,
            "Bristol Medical School"
        );
    }
}
