//! Citation lists of institutional repositories (EPrints' "Browse by" views, and the
//! citation styles that copy it): one item per line, `Family, Given [ORCID iD] and Family,
//! Given (2024) Title. In: Event, date, venue. (Unpublished)`, or `… (2023) Title. [Video]
//! (Unpublished)`, under headings that name the item type (`Article`, `Conference or Workshop
//! Item`, `Video`), with file and licence lines under each item.
//!
//! The entry points are [`applies`] and [`read`]. The items of recordings and talks (under a
//! `Conference or Workshop Item`, `Video` or `Audio` heading, or, with no type heading, an item
//! marked `[Video]` or `[Audio]`, or given `In:` an event and `(Unpublished)`) become talks
//! whose speakers are the item's creators, put back in given–family order; articles,
//! monographs, books and the rest are no talks. The event after `In:` and its venue name no
//! institution of the creators, so the talks have none. An item whose creator is an
//! organisation ("Grantham Research Institute (2023) Welcome …") names no speaker and is left
//! out.

use super::records::{Person, Record};
use crate::extract::words::{self, is_in};

/// Fewest citation lines that make a page a citation list.
const MIN_ITEMS: usize = 3;

/// Item types under which the items are talks.
const TALK_TYPES: &[&str] = &[
    "conference or workshop item",
    "video",
    "audio",
    "moving image",
    "sound",
    "lecture",
    "presentation",
];

/// Item types of everything else a repository lists.
const OTHER_TYPES: &[&str] = &[
    "article",
    "book",
    "book section",
    "monograph",
    "thesis",
    "report",
    "working paper",
    "dataset",
    "patent",
    "image",
    "other",
    "artefact",
    "exhibition",
    "composition",
    "performance",
    "website",
    "teaching resource",
    "conference paper",
    "conference poster",
];

/// Whether `lines` are a citation list: at least three lines read as citations.
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines
        .iter()
        .filter(|l| citation(l).is_some())
        .take(MIN_ITEMS)
        .count()
        >= MIN_ITEMS
}

/// One citation: its creators (given names first), its year and what follows the year.
struct Citation<'a> {
    creators: Vec<String>,
    rest: &'a str,
}

/// The talks of a citation list (see the module doc).
pub(crate) fn read(lines: &[&str]) -> Vec<Record> {
    let mut records = Vec::new();
    // the item type of the heading above, when the page groups its items by type
    let mut kind: Option<bool> = None;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if let Some(talk) = item_type(t) {
            kind = Some(talk);
            continue;
        }
        let Some(c) = citation(t) else {
            continue;
        };
        let marked = c.rest.contains("[Video]") || c.rest.contains("[Audio]");
        let given_at_event = c.rest.contains(" In: ") && c.rest.contains("(Unpublished)");
        if !kind.unwrap_or(marked || given_at_event) {
            continue;
        }
        let Some(title) = title_of(c.rest) else {
            continue;
        };
        records.push(Record {
            title: title.to_owned(),
            speakers: c
                .creators
                .into_iter()
                .map(|name| Person {
                    name,
                    ..Person::default()
                })
                .collect(),
            when: None,
            line: i + 1,
            end: i + 1,
            ..Record::default()
        });
    }
    records
}

/// Whether a line is a heading of item type: `Some(true)` for types of talks.
fn item_type(line: &str) -> Option<bool> {
    if line.len() > 32 || line.is_empty() || !line.starts_with(char::is_uppercase) {
        return None;
    }
    let lower = line.to_lowercase();
    if TALK_TYPES.contains(&lower.as_str()) {
        Some(true)
    } else if OTHER_TYPES.contains(&lower.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// A line read as a citation: creators, then the year in brackets, then the rest.
fn citation(line: &str) -> Option<Citation<'_>> {
    let b = line.as_bytes();
    // (cheap refusal: "Name, Given (2024) …" has a comma and an opening bracket)
    let open = memchr::memchr(b'(', b)?;
    if !(4..=400).contains(&open) || !b[..open].contains(&b',') {
        return None;
    }
    let at = year_bracket(line, open)?;
    let creators = creators(line[..at].trim_end())?;
    let rest = line[at..].split_once(") ")?.1.trim();
    (!rest.is_empty()).then_some(Citation { creators, rest })
}

/// Where the first `(YYYY)` of `line` opens, looking from `from` on (a year with a letter,
/// `(2024a)`, counts too).
fn year_bracket(line: &str, from: usize) -> Option<usize> {
    let b = line.as_bytes();
    let mut at = from;
    loop {
        let digits = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let after = at + 1 + digits;
        let letter = usize::from(b.get(after).is_some_and(u8::is_ascii_lowercase));
        if digits == 4
            && b.get(after + letter) == Some(&b')')
            && b.get(after + letter + 1) == Some(&b' ')
        {
            return Some(at);
        }
        at = at + 1 + memchr::memchr(b'(', &b[at + 1..])?;
    }
}

/// The creators of a citation, written `Family, Given` and joined by commas and "and", in
/// given–family order; `None` unless every one reads as a person's name.
fn creators(text: &str) -> Option<Vec<String>> {
    // "orcid.org/0000-0003-1187-4520", "ORCID: https://orcid.org/…" after a name
    let cleaned: String = text
        .split_whitespace()
        .filter(|w| !w.contains("orcid.org/") && !is_orcid(w) && *w != "ORCID:" && *w != "ORCID")
        .collect::<Vec<_>>()
        .join(" ");
    let pieces: Vec<&str> = cleaned
        .split(", ")
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .collect();
    if pieces.len() < 2 || !pieces.len().is_multiple_of(2) {
        return None;
    }
    let mut names = Vec::with_capacity(pieces.len() / 2);
    for pair in pieces.chunks(2) {
        let (family, given) = (pair[0], pair[1]);
        if !name_like(family) || !name_like(given) {
            return None;
        }
        names.push(format!("{given} {family}"));
    }
    Some(names)
}

/// An ORCID iD written alone: `0000-0003-1187-4520`.
fn is_orcid(word: &str) -> bool {
    word.len() == 19
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'X'))
}

/// A family or given name: one to four words, each capitalised (an initial with its dot
/// too), or a particle ("de Souza Albuquerque").
fn name_like(s: &str) -> bool {
    let n = s.split_whitespace().count();
    (1..=4).contains(&n)
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || is_in(&words::PARTICLE, w))
        && s.split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
        && !s.contains(|c: char| c.is_ascii_digit())
}

/// The title of a citation's rest: up to `In:` (the event) or the `[Video]` mark, without the
/// full stop that ends it.
fn title_of(rest: &str) -> Option<&str> {
    let end = [" In: ", " [Video]", " [Audio]"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let title = rest[..end].trim().trim_end_matches('.').trim_end();
    (!title.is_empty()).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_creators_in_given_family_order() {
        let c = citation(
            "de Souza Albuquerque, Maria Clara and Kettleborough, J. Alasdair orcid.org/0000-0002-6630-1942 \
             (2024) Title here. In: Seminar, 2024-03-05, LSE, London. (Unpublished)",
        );
        let c = c.map(|c| c.creators);
        assert_eq!(
            c,
            Some(vec![
                "Maria Clara de Souza Albuquerque".to_owned(),
                "J. Alasdair Kettleborough".to_owned()
            ])
        );
        // an organisation as the creator is no list of people
        assert!(
            citation("Grantham Research Institute on Climate Change (2023) Welcome. [Video]")
                .is_none()
        );
        // a speaker line with a year in brackets is no citation
        assert!(citation("Ann Lee (MIT) on the 2024 results (2024) and more").is_none());
    }

    #[test]
    fn keeps_talk_items_and_leaves_articles_out() {
        let lines = [
            "Article",
            "Lee, Ann (2025) A paper. Journal of Things, 25 (2). pp. 1-9.",
            "Conference or Workshop Item",
            "Lee, Ann (2025) Loss and damage: who pays? In: Seminar, 2025-01-21, LSE, London. (Unpublished)",
            "[img] Video (MP4) - Published Version",
            "Ek, Bo and Lee, Ann (2024) Masterclass [2/2]: markets. In: Masterclass, 2024-11-28, LSE. (Unpublished)",
            "Video",
            "Ek, Bo (2023) Heat and cities. [Video] (Unpublished)",
            "Some Institute (2023) Welcome. [Video] (Unpublished)",
        ];
        assert!(applies(&lines));
        let records = read(&lines);
        let titles: Vec<&str> = records.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Loss and damage: who pays?",
                "Masterclass [2/2]: markets",
                "Heat and cities"
            ]
        );
        assert_eq!(records[1].speakers.len(), 2);
        assert_eq!(records[1].line, 6);
    }
}
