//! Record lists of research repositories copied as text (Zenodo communities, DSpace and
//! InvenioRDM collections, figshare groups): per record a resource type (`Video/Audio   Open`,
//! `Item type: Video`), the title, the creators written surname first (`Family, Given; Family,
//! Given`), a description, and lines of dates, versions, views and downloads.
//!
//! The entry points are [`applies`] and [`read`]. A record's creators are everyone who made the
//! upload, not only who spoke: the description says who presented ("Talk by A (X), joint work
//! with B", "Presented by B (Y)", "Panel discussion with …. Chaired by C"), and its institutions.
//! So each record of a recording becomes a talk whose speakers are the creators the description
//! names as presenters, with the institutions it gives them, or every creator when it names
//! none. Records of other kinds (posters, datasets, books of abstracts) are no talks, and a
//! record of a talk's slides is the same talk as its video.

use super::records::{Person, Record};
use crate::extract::speaker::parse_speakers;
use crate::extract::table::inverted_names;
use crate::extract::Lexicon;

/// Fewest records that make a page a repository's record list.
const MIN_RECORDS: usize = 3;

/// Resource types of recordings and presentations: their records are talks.
const TALK_TYPES: &[&str] = &[
    "video/audio",
    "video",
    "audio",
    "media",
    "moving image",
    "sound",
    "recording",
    "recording, oral",
    "presentation",
    "slides",
    "lecture",
    "lesson",
    "talk",
    "webinar",
    "vidéo",
    "conférence",
    "vortrag",
];

/// Resource types of everything else a repository holds.
const OTHER_TYPES: &[&str] = &[
    "poster",
    "publication",
    "dataset",
    "software",
    "image",
    "figure",
    "article",
    "journal article",
    "journal contribution",
    "conference paper",
    "conference proceeding",
    "preprint",
    "report",
    "thesis",
    "book",
    "book section",
    "book chapter",
    "working paper",
    "text",
    "other",
    "model",
    "workflow",
    "physical object",
];

/// Access levels written after the type: `Video/Audio   Open`.
const ACCESS: &[&str] = &[
    "open",
    "open access",
    "restricted",
    "closed",
    "embargoed",
    "metadata only",
];

/// The first words of the type lines above (and of their labels), to refuse other lines cheaply.
const FIRST_WORDS: &[&str] = &[
    "video",
    "audio",
    "media",
    "moving",
    "sound",
    "recording",
    "presentation",
    "slides",
    "lecture",
    "lesson",
    "talk",
    "webinar",
    "vidéo",
    "conférence",
    "vortrag",
    "poster",
    "publication",
    "dataset",
    "software",
    "image",
    "figure",
    "article",
    "journal",
    "conference",
    "preprint",
    "report",
    "thesis",
    "book",
    "working",
    "text",
    "other",
    "model",
    "workflow",
    "physical",
    "item",
    "resource",
    "document",
    "type",
];

/// What a record's resource type says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Talk,
    Other,
}

/// The resource type a line states: `Video/Audio   Open`, `Item type: Video`, `Poster · Open`.
fn record_type(line: &str) -> Option<Kind> {
    let t = line.trim();
    if t.is_empty() || t.len() > 60 {
        return None;
    }
    // cheap refusal: the first word must start a type or a type's label
    let first = t.split([' ', '/', ':']).next().unwrap_or(t);
    if !FIRST_WORDS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return None;
    }
    let lower = t.to_lowercase();
    let body = ["item type:", "resource type:", "document type:", "type:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    // the type, then the access level after a wide gap or a separator
    let mut pieces = body
        .split("  ")
        .flat_map(|p| p.split(" · "))
        .flat_map(|p| p.split(" | "))
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let kind = pieces.next()?;
    if !pieces.all(|p| ACCESS.contains(&p)) {
        return None;
    }
    if TALK_TYPES.contains(&kind) {
        Some(Kind::Talk)
    } else if OTHER_TYPES.contains(&kind) {
        Some(Kind::Other)
    } else {
        None
    }
}

/// A line about the upload rather than its content: `Published March 28, 2024 | Version v1`,
/// `Uploaded on …`, `57 views   21 downloads`, `Views: 312`, a bare date.
fn is_meta(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    const STARTS: &[&str] = &[
        "published ",
        "uploaded on",
        "posted on",
        "posted ",
        "created on",
        "views:",
        "downloads:",
        "date:",
        "date issued",
        "issue date",
        "version v",
        "doi:",
        "https://doi.org/",
    ];
    if STARTS.iter().any(|s| lower.starts_with(s)) {
        return true;
    }
    // counts: "57 views   21 downloads", "3 citations"
    let words: Vec<&str> = lower.split_whitespace().collect();
    let counted = !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                || matches!(
                    *w,
                    "views" | "view" | "downloads" | "download" | "citations" | "citation"
                )
        })
        && words
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    // "2023-11-20", "20.11.2023"
    let date = !t.is_empty()
        && t.len() <= 10
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'/'))
        && t.bytes().filter(u8::is_ascii_digit).count() >= 6;
    counted || date
}

/// Whether a page looks like a repository's record list: three or more resource-type lines.
/// Cheap: only short lines are looked at.
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines
        .iter()
        .filter(|l| l.len() <= 60 && record_type(l).is_some())
        .take(MIN_RECORDS)
        .count()
        >= MIN_RECORDS
}

/// One record of the list, as line indices.
struct Entry {
    title: usize,
    creators: Vec<String>,
    kind: Option<Kind>,
    description: String,
    last: usize,
}

/// Reads the talks of a repository's record list; empty when fewer than three records have
/// creators written surname first under a title.
pub(crate) fn read(lines: &[&str], lex: &Lexicon) -> Vec<Record> {
    let content = |i: usize| {
        let t = lines[i].trim();
        !t.is_empty() && !is_meta(t) && record_type(t).is_none()
    };
    // records are anchored on their creators line, the title right above it
    let mut anchors: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        // (a labelled field, "Creator: Vermeulen, Anneke", is a catalogue's record: the
        // line classifier reads those)
        if t.is_empty() || t.len() > 400 || !t.contains(", ") || t.contains(':') {
            continue;
        }
        let Some(people) = inverted_names(t, lex) else {
            continue;
        };
        let floor = anchors.last().map_or(0, |a| a.0 + 1);
        let Some(title) = (floor..i).rev().find(|&k| content(k)) else {
            continue;
        };
        // the title is the line above the creators, blank lines aside
        if (title + 1..i).any(|k| !lines[k].trim().is_empty()) {
            continue;
        }
        anchors.push((i, title, people.into_iter().map(|s| s.name).collect()));
    }
    if anchors.len() < MIN_RECORDS {
        return Vec::new();
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(anchors.len());
    for (k, (at, title, creators)) in anchors.iter().enumerate() {
        let floor = if k == 0 { 0 } else { anchors[k - 1].0 + 1 };
        let kind = (floor..*title).rev().find_map(|i| record_type(lines[i]));
        // the description: the text under the creators, up to a blank line, the next
        // record's type or its title
        let stop = anchors.get(k + 1).map_or(lines.len(), |next| next.1);
        let mut description = String::new();
        let mut last = *at;
        for (i, line) in lines.iter().enumerate().take(stop).skip(at + 1) {
            let t = line.trim();
            if t.is_empty() && !description.is_empty() || record_type(t).is_some() {
                break;
            }
            if t.is_empty() || is_meta(t) {
                continue;
            }
            if !description.is_empty() {
                description.push(' ');
            }
            description.push_str(t);
            last = i;
        }
        entries.push(Entry {
            title: *title,
            creators: creators.clone(),
            kind,
            description,
            last,
        });
    }
    let titles: Vec<String> = entries.iter().map(|e| comparable(lines[e.title])).collect();
    let mut records: Vec<Record> = Vec::new();
    for (k, e) in entries.iter().enumerate() {
        if e.kind == Some(Kind::Other) {
            continue;
        }
        // "T (slides)", "T – slides": the same talk as the record of its video
        let title = lines[e.title].trim();
        if let Some(base) = without_slides(title) {
            let base = comparable(base);
            if titles.iter().enumerate().any(|(j, t)| j != k && *t == base) {
                continue;
            }
        }
        records.push(Record {
            title: title.to_owned(),
            speakers: presenters(&e.description, &e.creators, lex),
            when: None,
            line: e.title + 1,
            end: e.last + 1,
        });
    }
    fill_affiliations(&mut records);
    records
}

/// A title as compared between records: lower case, without a programme label.
fn comparable(title: &str) -> String {
    let t = title.trim();
    let t = match t.split_once(": ") {
        Some((label, rest))
            if crate::extract::words::is_in(&crate::extract::words::LABEL, label) =>
        {
            rest
        }
        _ => t,
    };
    t.to_lowercase()
}

/// The title of a talk whose slides a record holds: `T (slides)`, `T – slides`, `Slides: T`.
fn without_slides(title: &str) -> Option<&str> {
    let lower = title.to_ascii_lowercase();
    for end in [
        " (slides)",
        " – slides",
        " - slides",
        " — slides",
        ": slides",
    ] {
        if lower.ends_with(end) {
            return Some(title[..title.len() - end.len()].trim());
        }
    }
    lower
        .strip_prefix("slides: ")
        .map(|_| title["slides: ".len()..].trim())
}

/// Words before a name that make its person no presenter.
const NOT_PRESENTING: &[&str] = &[
    "joint work with",
    "in collaboration with",
    "together with",
    "co-authored with",
    "co-authors",
    "coauthors",
    "chaired by",
    "chair:",
    "moderated by",
    "moderator:",
    "introduced by",
    "hosted by",
    "host:",
    "welcome by",
    "organised by",
    "organized by",
    "recorded by",
    "curated by",
    "edited by",
    "uploaded by",
    "supervised by",
    "on behalf of",
    "thanks to",
];

/// Words before a name that make its person a presenter.
const PRESENTING: &[&str] = &[
    " by ",
    "by ",
    " with ",
    "speaker:",
    "speakers:",
    "presenter:",
    "presenters:",
    "featuring",
    "panellists",
    "panelists",
];

/// The speakers of a record: the creators its description names as presenting, with the
/// institutions and positions it gives them; every creator when it names none.
fn presenters(description: &str, creators: &[String], lex: &Lexicon) -> Vec<Person> {
    let lower = description.to_ascii_lowercase();
    let cue_before = |at: usize| -> Option<bool> {
        let head = &lower[..at];
        // the last cue of each kind, as (start, end); "joint work with" holds a " with "
        let last = |cues: &[&str]| {
            cues.iter()
                .filter_map(|c| head.rfind(c).map(|p| (p, p + c.len())))
                .max_by_key(|&(p, _)| p)
        };
        match (last(NOT_PRESENTING), last(PRESENTING)) {
            (Some((_, quiet_end)), Some((loud, _))) => Some(loud >= quiet_end),
            (Some(_), None) => Some(false),
            (None, Some(_)) => Some(true),
            (None, None) => None,
        }
    };
    let named: Vec<(usize, &String)> = creators
        .iter()
        .filter_map(|c| description.find(c.as_str()).map(|at| (at, c)))
        .collect();
    let mut speaking: Vec<(usize, &String)> = named
        .iter()
        .filter(|(at, _)| cue_before(*at) != Some(false))
        .copied()
        .collect();
    speaking.sort_by_key(|(at, _)| *at);
    if speaking.is_empty() {
        // nobody named as presenting: the creators the description does not set aside
        return creators
            .iter()
            .filter(|c| !named.iter().any(|(_, n)| n == c))
            .map(|c| Person {
                name: c.clone(),
                ..Person::default()
            })
            .collect();
    }
    let start = speaking[0].0;
    let (last_at, last) = speaking[speaking.len() - 1];
    let end = attached_end(description, last_at + last.len());
    let parsed = parse_speakers(&description[start..end], lex);
    speaking
        .iter()
        .map(|(_, name)| {
            let found = parsed
                .as_ref()
                .and_then(|p| p.speakers.iter().find(|s| same_person(&s.name, name)));
            match found {
                Some(s) => Person {
                    name: (*name).clone(),
                    affiliations: s.affiliations.iter().map(|a| a.name.clone()).collect(),
                    roles: s
                        .affiliations
                        .iter()
                        .filter_map(|a| a.role.clone())
                        .collect(),
                },
                None => Person {
                    name: (*name).clone(),
                    ..Person::default()
                },
            }
        })
        .collect()
}

/// Where the text attached to a name ends: after its bracket (`Name (Inst)`), or after the
/// comma-separated parts that follow it up to one that names an event or a date (`Name, Role
/// at Inst, Workshop 2024, Session 2`), or at the end of the sentence.
fn attached_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    if rest.starts_with(" (") {
        if let Some(close) = rest.find(')') {
            return from + close + 1;
        }
    }
    let sentence = rest
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| {
            let word = rest[..i].rsplit([' ', '.']).next().unwrap_or("");
            word.chars().count() > 2
        })
        .unwrap_or_else(|| rest.trim_end_matches('.').len());
    let mut end = 0;
    for part in rest[..sentence].split_inclusive(", ") {
        let p = part.trim_end_matches(", ");
        let lower = p.to_lowercase();
        let eventful = p.bytes().any(|b| b.is_ascii_digit())
            || ["session", "workshop", "conference", "symposium", "day "]
                .iter()
                .any(|w| lower.contains(w));
        if end > 0 && eventful {
            break;
        }
        end += part.len();
    }
    from + rest[..end].trim_end_matches([',', ' ']).len()
}

/// Whether a name parsed from a description is the creator `name`: the same last word.
fn same_person(parsed: &str, name: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().map(str::to_lowercase);
    parsed == name || last(parsed).is_some() && last(parsed) == last(name)
}

/// A person whose record gives no institution takes the ones another record of the list gives
/// them (the second part of a tutorial whose first part says where its teachers work).
fn fill_affiliations(records: &mut [Record]) {
    let known: Vec<(String, Vec<String>, Vec<String>)> = records
        .iter()
        .flat_map(|r| &r.speakers)
        .filter(|p| !p.affiliations.is_empty())
        .map(|p| (p.name.clone(), p.affiliations.clone(), p.roles.clone()))
        .collect();
    for person in records.iter_mut().flat_map(|r| r.speakers.iter_mut()) {
        if person.affiliations.is_empty() {
            if let Some((_, affiliations, roles)) = known.iter().find(|(n, _, _)| *n == person.name)
            {
                person.affiliations = affiliations.clone();
                person.roles = roles.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::builtin_for_tests()
    }

    #[test]
    fn resource_types_and_upload_lines() {
        assert_eq!(record_type("Video/Audio   Open"), Some(Kind::Talk));
        assert_eq!(record_type("Item type: Video"), Some(Kind::Talk));
        assert_eq!(record_type("Poster · Restricted"), Some(Kind::Other));
        assert_eq!(record_type("Video/Audio 14"), None);
        assert_eq!(record_type("Video recordings of the day"), None);
        assert!(is_meta("Published March 28, 2024 | Version v1"));
        assert!(is_meta("57 views   21 downloads"));
        assert!(is_meta("2023-11-20"));
        assert!(!is_meta("Sampling with 3 chains"));
    }

    #[test]
    fn the_description_says_who_presented() {
        let lex = lex();
        let creators = vec!["Femke Kuipers".to_owned(), "Mehmet Aydın".to_owned()];
        let p = presenters(
            "Presented by Mehmet Aydın (Radboud University). Joint work with Femke Kuipers.",
            &creators,
            &lex,
        );
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Mehmet Aydın");
        assert_eq!(p[0].affiliations, vec!["Radboud University"]);
        // a chair among the creators speaks no more than a co-author
        let creators = vec!["Ana Silva".to_owned(), "Tom Berg".to_owned()];
        let p = presenters(
            "Panel discussion with Ana Silva (University of Porto), Workshop 2024. Chaired by Tom Berg.",
            &creators,
            &lex,
        );
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].affiliations, vec!["University of Porto"]);
        // nobody named: every creator
        let p = presenters("Second half of the tutorial.", &creators, &lex);
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn the_text_after_a_name_stops_at_the_event() {
        let text =
            "Talk by Ana Silva, Researcher at University of Porto, Workshop 2024, Session 2.";
        let from = text.find("Silva").unwrap() + "Silva".len();
        assert_eq!(
            &text[..attached_end(text, from)],
            "Talk by Ana Silva, Researcher at University of Porto"
        );
    }
}
