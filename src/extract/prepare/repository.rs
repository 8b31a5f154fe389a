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
use super::{Line, Prepared};
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
    // the Internet Archive's media types, in capitals above each item
    "movies",
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
    "texts",
    "images",
    "data",
    "web",
    "collection",
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
static FIRST_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut words: Vec<&str> = TALK_TYPES
        .iter()
        .chain(OTHER_TYPES)
        .filter_map(|t| t.split([' ', '/', ',']).next())
        .chain(["item", "resource", "document", "type"])
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

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
    // "👁 214   ★ 1   💬 0": counters with their icons
    let icons = t.chars().any(|c| c.is_ascii_digit()) && !t.chars().any(char::is_alphabetic);
    counted || date || icons
}

/// Whether a page looks like a repository's record list: three or more resource-type lines.
/// Cheap: only short lines are looked at.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let typed = |i: usize| lines[i].len() <= 60 && record_type(lines[i]).is_some();
    // (a page's tabs name types in a row, "All / Images / Videos / Articles / Documents": a
    // record's type line stands between other lines)
    (0..lines.len())
        .filter(|&i| typed(i) && !(i > 0 && typed(i - 1)) && !(i + 1 < lines.len() && typed(i + 1)))
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
        // figshare's "posted on 2024-11-25, 14:02 authored by A, B": creators in reading
        // order after the dates
        let authored = crate::extract::line::item_authors(t).and_then(|n| authors(n, lex));
        // (a labelled field, "Creator: Vermeulen, Anneke", is a catalogue's record: the
        // line classifier reads those)
        if authored.is_none()
            && (t.is_empty() || t.len() > 400 || !t.contains(", ") || t.contains(':'))
        {
            continue;
        }
        let Some(people) = authored
            .or_else(|| inverted_names(t, lex).map(|p| p.into_iter().map(|s| s.name).collect()))
        else {
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
        anchors.push((i, title, people));
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
            ..Record::default()
        });
    }
    fill_affiliations(&mut records);
    records
}

/// Rewrites a record list whose creators are no people written surname first (the Internet
/// Archive's items "by" an uploader or a department) as plain listing blocks: each item of a
/// recording becomes its title and its description, without the type, creator, date and
/// counter lines; items of other kinds, a second copy of a talk ("(audio only)", "(slides)"),
/// the page's header and what follows the last item are left out. `None` unless the page has
/// three items or more.
pub(crate) fn rewrite<'a>(lines: &[&'a str]) -> Option<Prepared<'a>> {
    if !applies(lines) {
        return None;
    }
    // (only unmistakable type lines: "MOVIES" in capitals, "Video/Audio   Open" with its
    // access; a "Lecture" or "Type: Moving Image" line starts no item here)
    let types: Vec<(usize, Kind)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| is_item_type(l))
        .filter_map(|(i, l)| record_type(l).map(|k| (i, k)))
        .collect();
    // (of which three at least are recordings: a course's steps typed "ARTICLE" and
    // "DISCUSSION" are no collection of talks)
    if types.len() < MIN_RECORDS
        || types.iter().filter(|(_, k)| *k != Kind::Other).count() < MIN_RECORDS
    {
        return None;
    }
    // and an item's uploader or upload date under most titles
    let attributed = types
        .iter()
        .filter(|(at, _)| {
            lines[at + 1..]
                .iter()
                .take(4)
                .any(|l| is_uploader(l.trim()) || is_meta(l.trim()))
        })
        .count();
    if attributed * 2 < types.len() {
        return None;
    }
    // an item: its type line, its title, then its lines up to a blank line or the next type
    let mut items: Vec<(Kind, usize, Vec<usize>)> = Vec::with_capacity(types.len());
    for (k, &(at, kind)) in types.iter().enumerate() {
        let stop = types.get(k + 1).map_or(lines.len(), |next| next.0);
        let mut body = (at + 1..stop)
            .take_while(|&i| !lines[i].trim().is_empty() || i == at + 1)
            .filter(|&i| {
                let t = lines[i].trim();
                !t.is_empty() && !is_meta(t) && !is_uploader(t)
            });
        let Some(title) = body.next() else {
            continue;
        };
        items.push((kind, title, body.collect()));
    }
    if items.len() < MIN_RECORDS {
        return None;
    }
    let titles: Vec<String> = items
        .iter()
        .map(|(_, t, _)| comparable(lines[*t]))
        .collect();
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    for (k, (kind, title, body)) in items.iter().enumerate() {
        if *kind == Kind::Other {
            continue;
        }
        let written = lines[*title].trim();
        if let Some(base) = without_slides(written).or_else(|| without_copy_note(written)) {
            let base = comparable(base);
            if titles.iter().enumerate().any(|(j, t)| j != k && *t == base) {
                continue;
            }
        }
        out.push(Line::new(without_dated_prefix(written), title + 1));
        for &i in body {
            // "Speaker: X, Inst. Title: T. Host: Y.": each field on a line of its own; other
            // text is the item's description ("X of Y surveys …"), labelled so that no
            // sentence of it is read as another title
            let text = lines[i].trim();
            match fields(text) {
                Some(fields) => {
                    out.extend(fields.into_iter().map(|f| Line::new(f, i + 1)));
                }
                None => out.push(Line::new(format!("Abstract: {text}"), i + 1)),
            }
        }
        out.push(Line::new("", title + 1));
    }
    Some(Prepared { lines: out })
}

/// A type line that starts an item of a list: a media type in capitals ("MOVIES", "AUDIO"), or
/// a type with its access level ("Video/Audio   Open").
/// Creators written in reading order, as figshare lists them after "authored by": "Eilidh
/// Farquharson-Diallo, Tomasz Wierzbicki-Allen, Wirasena". Every piece must read as a name
/// (one capitalised word counts: a creators list names people).
fn authors(text: &str, lex: &Lexicon) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for piece in text.split(", ").flat_map(|p| p.split(" and ")) {
        let piece = piece.trim();
        let (score, name, _) = crate::extract::speaker::person_score(piece, lex);
        if score >= 0.6 {
            names.push(name);
        } else if !piece.contains(' ')
            && piece.len() >= 3
            && piece.starts_with(char::is_uppercase)
            && piece.chars().skip(1).all(char::is_lowercase)
        {
            names.push(piece.to_owned());
        } else {
            return None;
        }
    }
    (!names.is_empty()).then_some(names)
}

fn is_item_type(line: &str) -> bool {
    let t = line.trim();
    let capitals = t.len() >= 4
        && t.chars().all(|c| c.is_ascii_uppercase() || c == '/')
        && record_type(t).is_some();
    let with_access = t.contains("  ") || t.contains(" · ");
    capitals || with_access && record_type(t).is_some()
}

/// A line naming who uploaded or created an item: "by University of Vermont Department of
/// Physics", "by Ingebrigtsen, Solveig".
fn is_uploader(line: &str) -> bool {
    line.strip_prefix("by ")
        .is_some_and(|rest| rest.len() <= 100 && !rest.contains(". "))
}

/// The title of a talk whose second copy a record holds: `T (audio only)`, `T (audio)`.
fn without_copy_note(title: &str) -> Option<&str> {
    let lower = title.to_ascii_lowercase();
    [" (audio only)", " (audio)", " (video only)", " [audio]"]
        .iter()
        .find(|end| lower.ends_with(**end))
        .map(|end| title[..title.len() - end.len()].trim())
}

/// An uploader's title without the series and date in front: "Lecture 2020-11-06 — Historical
/// corpora of Scots" → "Historical corpora of Scots"; a title that is only the series and
/// date stays (its description names the talk).
fn without_dated_prefix(title: &str) -> &str {
    for sep in [" — ", " – ", ": ", " - "] {
        let Some(at) = title.find(sep) else {
            continue;
        };
        let head = &title[..at];
        let dated = head.split_whitespace().last().is_some_and(|w| {
            w.len() == 10
                && w.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
        });
        let rest = title[at + sep.len()..].trim();
        if dated && head.split_whitespace().count() <= 6 && !rest.is_empty() {
            return rest;
        }
    }
    title
}

/// The fields of a description written on one line, each on its own: "Speaker: X, Inst.
/// Title: T. Host: Y." → "Speaker: X, Inst", "Title: T", "Host: Y."; `None` for a line that
/// starts with no field.
fn fields(line: &str) -> Option<Vec<String>> {
    let labelled = |s: &str| {
        s.split_once(": ").is_some_and(|(label, _)| {
            label.len() <= 20
                && label.starts_with(char::is_uppercase)
                && !label.contains(' ')
                && crate::extract::line::is_field_line(s)
        })
    };
    if !labelled(line) {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.match_indices(". ").map(|(i, _)| i).find(|&i| {
        labelled(&rest[i + 2..])
            && rest[..i]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() > 2)
    }) {
        out.push(rest[..at].to_owned());
        rest = &rest[at + 2..];
    }
    out.push(rest.to_owned());
    Some(out)
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
    "co-author:",
    "coauthor:",
    "her co-author",
    "his co-author",
    "their co-author",
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
    fn a_course_of_articles_and_discussions_is_no_collection_of_talks() {
        let page = [
            "1.1",
            "Welcome to the course",
            "ARTICLE",
            "Completed",
            "1.2",
            "Your soil",
            "DISCUSSION",
            "Completed",
            "1.3",
            "Guest lecture: Soil carbon | Prof. A, Rothamsted",
            "VIDEO (16:20)",
            "Completed",
            "1.4",
            "Quiz",
            "ARTICLE",
            "Completed",
            "1.5",
            "Notes",
            "ARTICLE",
            "Completed",
        ];
        assert!(rewrite(&page).is_none());
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
    fn figshare_lists_its_creators_after_authored_by() {
        let lex = lex();
        assert_eq!(
            authors("Owen Pryce-Lindahl, Mei Tanaka-Ross and Wirasena", &lex),
            Some(vec![
                "Owen Pryce-Lindahl".to_owned(),
                "Mei Tanaka-Ross".to_owned(),
                "Wirasena".to_owned()
            ])
        );
        assert_eq!(authors("the Research Data Service", &lex), None);
        // a co-author named after "Co-author:" presents nothing
        let creators = vec![
            "Owen Pryce-Lindahl".to_owned(),
            "Mei Tanaka-Ross".to_owned(),
        ];
        let p = presenters(
            "Presented by Owen Pryce-Lindahl (University of Plymouth). Co-author: Mei Tanaka-Ross (British Geological Survey).",
            &creators,
            &lex,
        );
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Owen Pryce-Lindahl");
        assert_eq!(p[0].affiliations, ["University of Plymouth"]);
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

    /// An archive's items "by" an uploader: each recording becomes its title and its
    /// description; the type, uploader and counter lines, a text item and the audio copy of a
    /// video go.
    #[test]
    fn items_by_an_uploader_become_blocks() {
        let page = "Collection header\n\n\
                    MOVIES\nLecture 2021-03-12 — Vowel harmony\nby Moreau, Camille\n\
                    Published 2021-03-12 | Topics: linguistics\nCamille Moreau of the University of Geneva surveys it.\n👁 188   ★ 1\n\n\
                    AUDIO\nLecture 2021-03-12 — Vowel harmony (audio only)\nby Moreau, Camille\n\
                    Published 2021-03-12 | Topics: linguistics\nAudio track.\n\n\
                    TEXTS\nNewsletter\nby The Circle\nPublished 2020-09-15\nThe newsletter.\n\n\
                    MOVIES\nLecture 2021-02-05\nby The Circle\nPublished 2021-02-05\n\
                    Speaker: Dr. Tobias Lind, University of Oslo. Title: Verb second. Host: Prof. Moira Campbell.\n";
        let lines: Vec<&str> = page.lines().collect();
        let prepared = rewrite(&lines).expect("an item list");
        assert_eq!(
            prepared.texts(),
            vec![
                "Vowel harmony",
                "Abstract: Camille Moreau of the University of Geneva surveys it.",
                "",
                "Lecture 2021-02-05",
                "Speaker: Dr. Tobias Lind, University of Oslo",
                "Title: Verb second",
                "Host: Prof. Moira Campbell.",
                "",
            ]
        );
        // type lines that are no items' ("Lecture" alone) leave a page alone
        let page = "Lecture\nA\nB\n\nLecture\nC\nD\n\nLecture\nE\nF\n";
        let lines: Vec<&str> = page.lines().collect();
        assert!(rewrite(&lines).is_none());
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
