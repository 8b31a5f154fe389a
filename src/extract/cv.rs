//! Talks written as CV entries: a researcher's curriculum vitae ("INVITED TALKS"), or a
//! group's "Talks" page with one heading per member.
//!
//! The entry point is [`read`]. An entry is a line that opens with a quoted title and goes
//! on to say where and when (`9. "Title," Seminar, University, City, March 2025. [video]`,
//! `• “Title.” Keynote, Venue, 28 April 2025.`), perhaps after a short label
//! (`Panelist, "Title", with …`). Nobody is named for the talk: the person is the heading the
//! entries stand under (`Name, Position`, or the name at the top of a CV), with the
//! institutions written under that heading, or else the one the page says its people are
//! "based at". Entries count only under a heading that names talks ("Invited talks",
//! "Presentations"), never under "Publications" or "Teaching", whose entries quote titles
//! too. A posters, a cancelled or postponed talk are no talks; a talk listed under two
//! members is one talk of both.

use super::line::{Kind, LineInfo};
use super::owner::{has_year, people_with};
use super::speaker::{fold_units, parse_institutions, role_score};
use super::Lexicon;
use crate::model::{Affiliation, Speaker, Talk};

/// Fewest entries that make a page of CV entries.
const MIN_ENTRIES: usize = 3;

/// A person the entries below a heading belong to.
#[derive(Debug, Clone)]
struct Person {
    name: String,
    affiliations: Vec<Affiliation>,
    /// Whether the heading or its lines named an institution (the page's default then does
    /// not apply).
    own_institution: bool,
}

/// One quoted entry: its label ("Panelist", "Poster"), title and the text after it.
struct Entry<'a> {
    label: &'a str,
    title: &'a str,
    rest: &'a str,
}

/// The talks of a page of CV entries, or `None` when `lines` are no such page.
pub(crate) fn read(lines: &[&str], infos: &[LineInfo], lex: &Lexicon) -> Option<Vec<Talk>> {
    // cheap evidence first: enough lines that open with a quote and name a year
    let quoted = lines
        .iter()
        .filter(|l| entry(l).is_some_and(|e| has_year(e.rest)))
        .count();
    if quoted < MIN_ENTRIES {
        return None;
    }
    let default = based_at(lines, lex);
    let mut people: Vec<Person> = Vec::new();
    let mut current: Option<usize> = None;
    let mut on = true;
    // (person index, line index, entry) of every entry under a person in a talks section
    let mut found: Vec<(usize, usize, Entry)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text = line.trim();
        if text.is_empty() || !text.chars().any(char::is_alphabetic) {
            continue;
        }
        if let Some(e) = entry(text) {
            if on && has_year(e.rest) {
                if let Some(p) = current {
                    found.push((p, i, e));
                }
            }
            continue;
        }
        if let Some(name) = person_heading(&infos[i]) {
            let person = person(lines, infos, i, name, lex);
            let at = people.iter().position(|p| p.name == person.name);
            current = Some(at.unwrap_or_else(|| {
                people.push(person);
                people.len() - 1
            }));
            continue;
        }
        if is_heading(text) {
            on = names_talks(text);
        }
    }
    if found.len() < MIN_ENTRIES {
        return None;
    }
    for p in &mut people {
        if !p.own_institution {
            let mut affiliations = default.clone();
            affiliations.append(&mut p.affiliations);
            p.affiliations = affiliations;
        }
    }
    let mut talks: Vec<Talk> = Vec::new();
    for (p, i, e) in found {
        let lower = format!("{} {}", e.label, e.rest).to_lowercase();
        if lower.contains("poster") || lower.contains("postponed") {
            continue;
        }
        if super::line::mentions_cancellation(e.rest) {
            continue;
        }
        let mut speakers = vec![speaker(&people[p], i)];
        // another member named in the entry gave the talk too ("joint with X", "with X")
        for (q, other) in people.iter().enumerate() {
            if q != p && e.rest.contains(other.name.as_str()) {
                speakers.push(speaker(other, i));
            }
        }
        for mut s in people_with(e.rest, lex) {
            if !speakers.iter().any(|k| k.name == s.name) {
                s.line = i + 1;
                speakers.push(s);
            }
        }
        let title = e.title.trim_end_matches(['.', ',', ';', ':']).trim();
        // the same talk under a second member: one talk of both
        let key = comparable(title);
        if let Some(talk) = talks.iter_mut().find(|t| comparable(&t.title) == key) {
            for s in speakers {
                if !talk.speakers.iter().any(|k| k.name == s.name) {
                    talk.speakers.push(s);
                }
            }
            continue;
        }
        let start = starts_at(e.rest);
        talks.push(Talk {
            title: title.to_owned(),
            speakers,
            abstract_text: Some(e.rest.trim().to_owned()),
            start_seconds: start.as_deref().and_then(seconds),
            start,
            line: i + 1,
            end_line: i + 1,
            ..Talk::default()
        });
    }
    (talks.len() >= MIN_ENTRIES).then_some(talks)
}

/// The entry written on `text`, when it opens (after a bullet or a number, and perhaps a short
/// label) with a quoted title.
fn entry(text: &str) -> Option<Entry<'_>> {
    // (cheap refusal, for every line of a large listing: no quote mark at all — '"', or the
    // lead byte of “ „ and of «)
    memchr::memchr3(b'"', 0xE2, 0xC2, text.as_bytes())?;
    let text = text.trim();
    let first = text.chars().next()?;
    if !(first.is_ascii_digit() || "•–-*·▪◦“\"«„(".contains(first) || first.is_uppercase())
    {
        return None;
    }
    let body = without_marker(text);
    let (open, close) = [('“', '”'), ('"', '"'), ('«', '»'), ('„', '“')]
        .into_iter()
        .filter_map(|(o, c)| body.find(o).map(|at| (at, o, c)))
        .min_by_key(|(at, _, _)| *at)
        .map(|(at, o, c)| (at, (o, c)))?;
    let (o, c) = close;
    let label = body[..open].trim();
    // a label is one to three words and ends with a comma or a colon ("Panelist,",
    // "Poster:"); an author list before a quoted paper title is no label
    if !label.is_empty()
        && (!(label.ends_with(',') || label.ends_with(':'))
            || label.split_whitespace().count() > 3
            || label.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let inner = &body[open + o.len_utf8()..];
    let end = inner.find(c)?;
    let title = inner[..end].trim();
    if title.split_whitespace().count() < 2 || !title.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let rest = inner[end + c.len_utf8()..]
        .trim_start_matches(|c: char| c.is_whitespace() || ".,;:–—-".contains(c));
    Some(Entry {
        label: label.trim_end_matches([',', ':']),
        title,
        rest,
    })
}

/// `text` without a leading bullet or number ("• ", "– ", "9. ", "[9] ", "(9) ").
fn without_marker(text: &str) -> &str {
    let t = text
        .trim_start_matches(|c: char| "•–-*·▪◦".contains(c))
        .trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && digits <= 3 {
        if let Some(rest) = t[digits..]
            .strip_prefix('.')
            .or_else(|| t[digits..].strip_prefix(')'))
        {
            return rest.trim_start();
        }
    }
    for (o, c) in [('[', ']'), ('(', ')')] {
        if let Some(inner) = t.strip_prefix(o) {
            if let Some(end) = inner.find(c) {
                if end > 0 && inner[..end].chars().all(|c| c.is_ascii_digit()) {
                    return inner[end + 1..].trim_start();
                }
            }
        }
    }
    t
}

/// The name of a heading line that names one person and no title: "Ingrid Holm, Associate
/// Professor", "Dr. Ana Ruiz".
fn person_heading(info: &LineInfo) -> Option<&str> {
    match &info.kind {
        Kind::Speakers { speakers, .. } if speakers.len() == 1 => Some(&speakers[0].name),
        _ => None,
    }
}

/// The person of the heading at line `i`, with the institutions of the heading and of the
/// lines right under it: a position ("Assistant Professor of Epidemiology"), an institution
/// ("Department of X, University Y"), a note in brackets ("(also affiliated with X)",
/// "(joint position with X)").
fn person(lines: &[&str], infos: &[LineInfo], i: usize, name: &str, lex: &Lexicon) -> Person {
    let mut affiliations = match &infos[i].kind {
        Kind::Speakers { speakers, .. } => speakers[0].affiliations.clone(),
        _ => Vec::new(),
    };
    let mut own_institution = !affiliations.is_empty();
    for line in lines[i + 1..].iter().take(6) {
        let text = line.trim();
        if text.is_empty() || entry(text).is_some() {
            break;
        }
        let bracketed = text.starts_with('(') && text.ends_with(')');
        let text = text.trim_start_matches('(').trim_end_matches(')').trim();
        let text = if bracketed {
            let lower = text.to_lowercase();
            [
                "also affiliated with ",
                "joint position with ",
                "joint appointment with ",
                "also at ",
                "affiliated with ",
            ]
            .iter()
            .find_map(|p| lower.starts_with(p).then(|| &text[p.len()..]))
            .unwrap_or(text)
        } else {
            text
        };
        let text = text.strip_prefix("the ").unwrap_or(text);
        if text.chars().any(|c| c.is_ascii_digit() || c == '@') {
            continue;
        }
        if let Some(found) = parse_institutions(text, lex) {
            own_institution |= !bracketed;
            affiliations.extend(fold_units(found));
        } else if role_score(text) < 0.5 && !bracketed {
            break;
        }
    }
    Person {
        name: name.to_owned(),
        affiliations,
        own_institution,
    }
}

/// The institution a page says its people are based at: "Unless stated otherwise, all
/// members are based at Lund University."
fn based_at(lines: &[&str], lex: &Lexicon) -> Vec<Affiliation> {
    for line in lines.iter().take(80) {
        let Some(at) = line.find(" based at ") else {
            continue;
        };
        let rest = &line[at + " based at ".len()..];
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let end = [" unless", ".", ";", ","]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .unwrap_or(rest.len());
        if let Some(found) = parse_institutions(rest[..end].trim(), lex) {
            return fold_units(found);
        }
    }
    Vec::new()
}

/// Whether a heading line opens a section that lists talks.
fn names_talks(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "talk",
        "presentation",
        "lecture",
        "seminar",
        "keynote",
        "vortr",
        "exposé",
        "conferenc",
        "charla",
        "palestra",
        "interventi",
        "föredrag",
        "foredrag",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether `text` reads as a section heading: a few words, no sentence, no year alone.
fn is_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words <= 6
        && !text.ends_with('.')
        && !text.starts_with('(')
        && !text
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace())
}

/// The entry's person as a speaker on line `i`.
fn speaker(person: &Person, i: usize) -> Speaker {
    Speaker {
        name: person.name.clone(),
        affiliations: person.affiliations.clone(),
        line: i + 1,
        ..Speaker::default()
    }
}

/// Where the talk starts in a recording of its session: "[Session video – our talk starts
/// at 1:12:05]".
fn starts_at(rest: &str) -> Option<String> {
    let at = rest.find("starts at ")?;
    let stamp: String = rest[at + "starts at ".len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .collect();
    (stamp.contains(':') && stamp.ends_with(|c: char| c.is_ascii_digit())).then_some(stamp)
}

/// The seconds of a stamp, read under the documented rule of session stamps
/// ([`resolve_offsets`](super::time::resolve_offsets)).
fn seconds(stamp: &str) -> Option<u64> {
    let (readings, _) = super::time::resolve_offsets(&[stamp]);
    readings.first().and_then(|r| r.seconds())
}

/// A title compared without case, punctuation or spacing.
fn comparable(title: &str) -> String {
    title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::{read_page, Flat};

    fn talks(text: &str) -> Option<Vec<Flat>> {
        read_page(text, read)
    }

    #[test]
    fn entries_belong_to_the_member_heading_above_them() {
        let text = "Talks\n\nAll members are based at Aarhus University unless noted.\n\n\
            Nora Kjeldsen, Professor\n\n\
            • “Rivers of Ice.” Keynote, EGU 2024, Vienna, April 2024. [Video]\n\
            • Poster: “Ice Cores Revisited.” AGU 2023, San Francisco, December 2023.\n\
            • “Melt Ponds on Sea Ice,” Seminar, DTU, Lyngby, 3 May 2023 — cancelled.\n\n\
            Bo Lund, PhD Student\n(also affiliated with the Danish Meteorological Institute)\n\n\
            • “Firn Density Models,” Talk (joint with Nora Kjeldsen), Polar Meeting, Oslo, May 2024.\n\
            • “Firn Density Models,” Talk with Bo Lund, Polar Meeting, Oslo, May 2024.\n\
            • “Calving Laws Compared.” Contributed talk, IGS 2022, Reykjavik, June 2022.\n\n\
            Publications\n\
            • “A Paper Title Here,” Journal of Glaciology, 2021.\n";
        let Some(found) = talks(text) else {
            panic!("no CV page");
        };
        let titles: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        // the poster, the cancelled talk and the publication are no talks; the joint talk
        // is one
        assert_eq!(
            titles,
            [
                "Rivers of Ice",
                "Firn Density Models",
                "Calving Laws Compared"
            ]
        );
        assert_eq!(
            found[1].1,
            [
                (
                    "Bo Lund".to_owned(),
                    vec![
                        "Aarhus University".to_owned(),
                        "Danish Meteorological Institute".to_owned()
                    ]
                ),
                (
                    "Nora Kjeldsen".to_owned(),
                    vec!["Aarhus University".to_owned()]
                ),
            ]
        );
    }

    #[test]
    fn quoted_papers_and_lines_without_a_heading_are_no_entries() {
        assert!(entry("1. Holm A, Berg B. \"Bias in Designs.\" Epidemiology 34 (2023).").is_none());
        assert!(entry("EPID 701 \"Causal Inference\" (Winter 2024)").is_none());
        let e = entry("7. Panelist, \"Who Owns a Voice?\", with A (X), Forum, 2024.");
        assert_eq!(
            e.map(|e| (e.label, e.title)),
            Some(("Panelist", "Who Owns a Voice?"))
        );
        // no person heading above the entries: not this reader's page
        let text = "Talks\n\n“Rivers of Ice.” EGU, Vienna, April 2024.\n\
                    “Firn Density.” Polar Meeting, Oslo, May 2024.\n\
                    “Calving Laws.” IGS, Reykjavik, June 2022.\n";
        assert_eq!(talks(text), None);
    }

    #[test]
    fn a_session_recording_gives_where_the_talk_starts() {
        assert_eq!(
            starts_at("Talk, Fonetik 2024. [Session video – our talk starts at 0:42:10]"),
            Some("0:42:10".to_owned())
        );
        assert_eq!(seconds("0:42:10"), Some(2530));
    }
}
