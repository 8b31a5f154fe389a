//! A researcher's own "talks" page (an academic homepage, an al-folio or Hugo Academic
//! site): the page's owner, named at its top, gave every talk on it.
//!
//! The entry point is [`read`]. It recognises such a page by a name alone on its first line
//! that the page names again (in a footer, "© 2025 Name") or that speaks in the first person
//! ("I am an Assistant Professor in …"). Each block of lines between blank lines that starts
//! with one or more title lines and has a venue line with a year ("Tutorial at ICML 2024,
//! Vienna, July 2024.") is a talk per title line, given by the owner, with the owner's
//! affiliations from the first-person sentence, and with the people the venue line names
//! "with" ("Co-presented with X (Inst)", "With A (X) and B (Y); moderated by C"). Co-authors
//! without an institution ("joint work with A and B") and discussants are no speakers.

use super::line::{Kind, LineInfo};
use super::speaker::{affiliation, parse_speakers};
use super::Lexicon;
use crate::model::{Affiliation, Speaker, Talk};

/// Fewest talks that make a page a talks page of its owner.
const MIN_TALKS: usize = 3;

/// The talks of an owner's page, or `None` when `lines` are no such page.
pub(crate) fn read(lines: &[&str], infos: &[LineInfo], lex: &Lexicon) -> Option<Vec<Talk>> {
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    let owner = match &infos.get(first)?.kind {
        Kind::Speakers { speakers, .. }
            if speakers.len() == 1
                && speakers[0].affiliations.is_empty()
                && lines[first].split_whitespace().count() <= 4 =>
        {
            speakers[0].name.clone()
        }
        _ => return None,
    };
    let first_person = lines.iter().position(|l| l.contains("I am a"));
    // named again in the footer ("© 2025 Name"), not merely again somewhere: in a listing
    // that opens with a speaker line, that speaker may give a later talk too
    let footer = lines[first + 1..]
        .iter()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .any(|l| l.contains(owner.as_str()));
    let signed = lines[first + 1..].iter().any(|l| {
        l.contains(owner.as_str()) && (l.contains('©') || l.to_lowercase().contains("copyright"))
    });
    if first_person.is_none() && !footer && !signed {
        return None;
    }
    let affiliations = first_person
        .map(|i| own_affiliations(lines[i], lex))
        .unwrap_or_default();
    let mut talks = Vec::new();
    // blocks that open with people of their own: a listing of speakers, not an owner's page
    let mut people_blocks = 0;
    let mut i = first + 1;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j].trim().is_empty())
            .unwrap_or(lines.len());
        if matches!(infos[i].kind, Kind::Speakers { .. } | Kind::Combined { .. }) {
            people_blocks += 1;
        }
        talks.extend(block(lines, infos, i, end, &owner, &affiliations, lex));
        i = end;
    }
    (talks.len() >= MIN_TALKS && people_blocks < talks.len()).then_some(talks)
}

/// The talks of the block of lines `start..end`: its leading title lines, when a later line
/// of the block says where and when (a year).
fn block(
    lines: &[&str],
    infos: &[LineInfo],
    start: usize,
    end: usize,
    owner: &str,
    affiliations: &[Affiliation],
    lex: &Lexicon,
) -> Vec<Talk> {
    let titles: Vec<(usize, String)> = (start..end)
        .map_while(|k| match &infos[k].kind {
            Kind::Title(title) if !has_year(lines[k]) => Some((k, title.clone())),
            _ => None,
        })
        .collect();
    let notes: Vec<&str> = lines[start + titles.len()..end]
        .iter()
        .map(|l| l.trim())
        .collect();
    if titles.is_empty() || !notes.iter().any(|l| has_year(l)) {
        return Vec::new();
    }
    let mut speakers = vec![Speaker {
        name: owner.to_owned(),
        affiliations: affiliations.to_vec(),
        ..Speaker::default()
    }];
    for note in &notes {
        speakers.extend(people_with(note, lex));
    }
    let venue = notes.join(" ");
    titles
        .into_iter()
        .filter(|(_, title)| !super::layout::is_housekeeping(title))
        .map(|(k, title)| Talk {
            title,
            speakers: speakers
                .iter()
                .cloned()
                .map(|mut s| {
                    s.line = k + 1;
                    s
                })
                .collect(),
            abstract_text: Some(venue.clone()),
            line: k + 1,
            end_line: end,
            ..Talk::default()
        })
        .collect()
}

/// Whether `s` names a year ("2024", "JSM 2023,"): a venue line's date.
pub(super) fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
}

/// The affiliated people a venue line gives the talk "with": "Co-presented with X (Inst)",
/// "With A (X) and B (Y); moderated by C".
pub(super) fn people_with(note: &str, lex: &Lexicon) -> Vec<Speaker> {
    let lower = note.to_lowercase();
    let Some(at) = lower
        .match_indices("with ")
        .map(|(at, _)| at)
        .find(|&at| at == 0 || lower[..at].ends_with(' '))
    else {
        return Vec::new();
    };
    // "joint work with A and B": co-authors
    if lower[..at].trim_end().ends_with("work") {
        return Vec::new();
    }
    let rest = &note[at + 5..];
    let end = rest.find("; ").unwrap_or(rest.len());
    let rest = &rest[..end];
    // up to a full stop after a bracket, or else after the last bracket ("Panel discussion
    // with A (X) and B (Y), Conference, City, June 2024.")
    let end = rest
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| rest[..i].ends_with(')'))
        .or_else(|| rest.rfind(')').map(|i| i + 1))
        .unwrap_or(rest.len());
    let people = rest[..end].trim().trim_end_matches('.');
    match parse_speakers(people, lex) {
        Some(p)
            if p.score >= 0.75
                && !p.speakers.is_empty()
                && p.speakers.iter().all(|s| !s.affiliations.is_empty()) =>
        {
            p.speakers
        }
        _ => Vec::new(),
    }
}

/// The owner's positions in the first-person sentence: "I am an Assistant Professor in the
/// Department of Statistical Sciences, University of Toronto (since January 2021) and a
/// Faculty Affiliate at the Vector Institute."
fn own_affiliations(line: &str, lex: &Lexicon) -> Vec<Affiliation> {
    let Some(at) = line.find("I am a") else {
        return Vec::new();
    };
    let sentence = &line[at + "I am ".len()..];
    let sentence = sentence
        .find(". ")
        .map_or(sentence, |end| &sentence[..end])
        .trim_end_matches('.');
    // "(since January 2021)": when, not where
    let mut plain = String::with_capacity(sentence.len());
    let mut depth = 0usize;
    for c in sentence.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for part in plain.split(" and a") {
        let part = part.trim_start_matches('n').trim();
        let part = part
            .strip_prefix("an ")
            .or_else(|| part.strip_prefix("a "))
            .unwrap_or(part);
        let found = [" in the ", " at the ", " in ", " at "]
            .iter()
            .find_map(|sep| part.split_once(sep));
        if let Some((role, org)) = found {
            let org = org.split_whitespace().collect::<Vec<_>>().join(" ");
            if super::text::starts_upper(&org) {
                out.push(affiliation(&org, Some(role.trim().to_owned()), lex));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::{read_page, Flat};

    fn talks(text: &str) -> Option<Vec<Flat>> {
        read_page(text, read)
    }

    const PAGE: &str = "Maren Holt\nabout\ntalks\n\n\
        I am a Lecturer in the School of Geosciences, University of Edinburgh (since 2022) \
        and a Fellow at the Alan Turing Institute.\n\n\
        2024\n\n\
        Rivers in Deep Time\nKeynote at EGU 2024, Vienna, April 2024. Co-presented with Ola \
        Berg (Lund University).\n[video] [slides]\n\n\
        Sediment Budgets Revisited\nGeology Seminar, University of Leeds, March 2024. Based on \
        joint work with Ana Ruiz and Bo Ek.\n[video]\n\n\
        Guest on a podcast about rivers\n[listen]\n\n\
        Delta Modelling, Lecture 1: Grids\nDelta Modelling, Lecture 2: Tides\nTwo lectures at \
        a summer school, July 2023.\n[video 1] [video 2]\n\n\
        © 2025 Maren Holt. Powered by Jekyll.\n";

    #[test]
    fn the_owner_gave_every_talk_on_the_page() {
        let Some(found) = talks(PAGE) else {
            panic!("no owner page");
        };
        let titles: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Rivers in Deep Time",
                "Sediment Budgets Revisited",
                "Delta Modelling, Lecture 1: Grids",
                "Delta Modelling, Lecture 2: Tides"
            ]
        );
        // the owner with the positions of the first-person sentence, and a co-presenter
        let (_, first) = &found[0];
        assert_eq!(first[0].0, "Maren Holt");
        assert_eq!(first[0].1.len(), 2, "{first:?}");
        assert_eq!(
            first[1],
            ("Ola Berg".to_owned(), vec!["Lund University".to_owned()])
        );
        // co-authors of the work are no speakers
        assert_eq!(found[1].1.len(), 1);
    }

    #[test]
    fn a_listing_that_opens_with_a_speaker_is_no_owner_page() {
        let text = "Ana Ruiz\nFast Solvers\n\nBo Ek\nSlow Solvers\n\nKim Li\nAny Solvers\n";
        assert_eq!(talks(text), None);
        // the first speaker gives a later talk too, and the blocks are dated
        let text = "Ana Ruiz\n\nFast Solvers\nMIT, March 2024\n\nBo Ek\n\nSlow Solvers\n\
                    KTH, April 2024\n\nAna Ruiz\n\nAny Solvers\nETH, May 2024\n\nKim Li\n\n\
                    Odd Solvers\nUCL, June 2024\n\nEnd of list\n";
        assert_eq!(talks(text), None);
    }
}
