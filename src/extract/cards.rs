//! Speaker pages: a workshop's or symposium's "Speakers" page, one card per person — a photo
//! placeholder, the name alone on a line, the position and institution on the next, a short
//! biography, and the talk under a label (`Keynote: Title`, `Talk (with Name): Title`).
//!
//! The entry point is [`prepare`]. It recognises such a page by its cards (a name line
//! followed by a line that reads as that person's position and institution) and the labelled
//! talks inside them, then rewrites every talk as a listing entry: the title, then the card's
//! person as `Name, Position, Institution`, then the co-presenters. A co-presenter is named in
//! the label (`Talk (with A and B):`) or has a card of their own without a talk whose biography
//! points to the presenter's ("co-presented with …", "see above"); their own card gives their
//! position. Biographies, photo placeholders and recording links are dropped; a talk the card
//! calls off ("This talk was cancelled.") is left out. Lines outside the cards (a tutorial
//! block, organisers) are kept for the line classifier.

use super::line::mentions_cancellation;
use super::prepare::{Line, Prepared};
use super::speaker::{parse_speakers, person_score};
use super::Lexicon;

/// Fewest cards, and fewest labelled talks in them, that make a page a speaker page.
const MIN_CARDS: usize = 2;

/// Words that end a talk label: "Keynote", "Invited talk", "Lightning talk", "Talk title".
const LABEL_ENDS: &[&str] = &[
    "talk",
    "keynote",
    "lecture",
    "presentation",
    "title",
    "plenary",
    "tutorial",
    "seminar",
    "address",
    "webinar",
];

/// A person's card: where it starts and ends (line indices), the name and position lines.
#[derive(Debug)]
struct Card<'a> {
    /// The card's first line: its heading ("SPEAKER") or its name line.
    start: usize,
    name_line: usize,
    name: &'a str,
    /// The people of the name line: one, or two who give their talks together ("A & B").
    names: Vec<&'a str>,
    /// The position line, empty when the talk label follows the name.
    position: &'a str,
    /// One past the last line of the card.
    end: usize,
    talks: Vec<CardTalk<'a>>,
    /// The biography and other lines that are not talks.
    bio: Vec<&'a str>,
    /// The card points to another card's talk: "co-presented with …", "see above".
    points_to: Option<usize>,
}

impl Card<'_> {
    /// The card's people as speaker lines, each with the position ("Name, Position, Inst").
    /// A person whose position names no institution takes the one their biography names in
    /// the present tense ("Kasia is a naval architect at Arup").
    fn speaker_lines(&self, lex: &Lexicon) -> Vec<String> {
        self.names
            .iter()
            .map(|name| {
                let line = if self.position.is_empty() {
                    (*name).to_owned()
                } else {
                    format!("{name}, {}", self.position)
                };
                // (labelled: a tagline reads as a title on its own, "Community coaches, …")
                match self.bio_institutions(&line, lex) {
                    Some(found) => format!("Speaker: {line}, {found}"),
                    None => format!("Speaker: {line}"),
                }
            })
            .collect()
    }

    /// The institutions the biography gives the person of `line` when the line names none,
    /// joined with "and".
    fn bio_institutions(&self, line: &str, lex: &Lexicon) -> Option<String> {
        if self.bio.is_empty() {
            return None;
        }
        let parsed = parse_speakers(line, lex)?;
        if parsed.speakers.len() != 1 || !parsed.speakers[0].affiliations.is_empty() {
            return None;
        }
        let mut talk = crate::model::Talk {
            speakers: parsed.speakers,
            abstract_text: Some(self.bio.join("\n")),
            ..crate::model::Talk::default()
        };
        super::prose::bio_affiliations(&mut talk, lex);
        let names: Vec<&str> = talk.speakers[0]
            .affiliations
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        (!names.is_empty()).then(|| names.join(" and "))
    }

    /// The last word of the card's (first) name, lowercased.
    fn surname(&self) -> String {
        surname(self.names.first().copied().unwrap_or(self.name))
    }
}

/// A labelled talk inside a card.
#[derive(Debug)]
struct CardTalk<'a> {
    line: usize,
    title: &'a str,
    with: Vec<String>,
    cancelled: bool,
}

/// Rewrites a speaker page as plain entries; `None` when `lines` are no such page.
pub(crate) fn prepare<'a>(lines: &[&'a str], lex: &Lexicon) -> Option<Prepared<'a>> {
    let work: Vec<Line<'a>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| Line::new(*l, i + 1))
        .collect();
    rewrite(&work, lex).map(|lines| Prepared { lines })
}

/// Rewrites prepared lines that are a speaker page (see [`prepare`]); `None` when they are not.
pub(crate) fn rewrite<'a>(work: &[Line<'a>], lex: &Lexicon) -> Option<Vec<Line<'a>>> {
    let lines: Vec<&str> = work.iter().map(|l| l.text.as_ref()).collect();
    // cheap refusal: most listings have no labelled talk lines at all
    let labelled = lines
        .iter()
        .filter(|l| talk_label(l.trim()).is_some())
        .count();
    if labelled < MIN_CARDS {
        return None;
    }
    let starts: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&i| card_head(&lines, i, lex).is_some())
        .collect();
    if starts.len() < MIN_CARDS {
        return None;
    }
    let mut cards: Vec<Card<'_>> = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(lines.len());
        // the photo placeholder of the next card is not this card's
        let next = (start + 2..next)
            .rev()
            .take_while(|&i| lines[i].trim().is_empty() || is_photo(lines[i].trim()))
            .last()
            .unwrap_or(next);
        let head = card_head(&lines, start, lex)?;
        cards.push(read_card(&lines, start, head, next));
    }
    let with_talks = cards.iter().filter(|c| !c.talks.is_empty()).count();
    if with_talks < MIN_CARDS {
        return None;
    }
    link_copresenters(&mut cards);
    let origin = |i: usize| work[i].origin;
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    // (a performance between the cards, under its heading up to the blank line, is no talk)
    let keep = |from: usize, to: usize, out: &mut Vec<Line<'a>>| {
        let mut performing = false;
        for i in from..to {
            let t = lines[i].trim();
            performing = if t.is_empty() {
                false
            } else {
                performing || super::line::performance_label(t) && !t.contains(':')
            };
            if !performing && !is_photo(t) {
                out.push(work[i].clone());
            }
        }
    };
    let mut at = 0;
    for (k, card) in cards.iter().enumerate() {
        keep(at, card.start.max(at), &mut out);
        for (text, line) in card_entries(card, k, &cards, lex) {
            out.push(Line::new(text, origin(line)));
        }
        at = card.end;
    }
    keep(at, lines.len(), &mut out);
    Some(out)
}

/// The head of a card whose name line is line `i`.
#[derive(Debug, PartialEq)]
struct Head<'a> {
    /// The card's heading ("SPEAKER") above the name, when it has one.
    heading: Option<usize>,
    name: &'a str,
    names: Vec<&'a str>,
    position: &'a str,
}

/// The head of a card that starts at line `i`: a name alone on its line (or two joined by
/// "&"), maybe under a speaker heading, and on the next line a position and institution that
/// read as that person's ("Name, Position, Inst"). Right over the card's talk label, the
/// position may be any short tagline ("Hydrologist", "Earth builder, Granby Workshop") or
/// none at all.
fn card_head<'a>(lines: &[&'a str], i: usize, lex: &Lexicon) -> Option<Head<'a>> {
    let name = lines[i].trim();
    let next = lines.get(i + 1)?.trim();
    let (position, labelled) = if talk_label(next).is_some() {
        ("", true)
    } else {
        let labelled = lines
            .get(i + 2)
            .is_some_and(|l| talk_label(l.trim()).is_some());
        (next, labelled)
    };
    if name.len() > 90
        || position.len() > 200
        || (position.is_empty() && !labelled)
        || name.contains([':', ',', '|', '(', '[', '"', '“'])
        || name.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    let names: Vec<&str> = name.split(" & ").map(str::trim).collect();
    if names.len() > 2
        || !names.iter().all(|n| {
            (2..=6).contains(&n.split_whitespace().count())
                && n.len() <= 60
                && person_score(n, lex).0 >= 0.6
        })
    {
        return None;
    }
    // before the card: a blank line, a photo placeholder, the top of the page, or a speaker
    // heading ("SPEAKER") with a blank line or the top of the page before it
    let mut heading = None;
    if i > 0 {
        let before = lines[i - 1].trim();
        if super::prepare::schedule::people_heading(before) == Some(true)
            && (i < 2 || lines[i - 2].trim().is_empty())
        {
            heading = Some(i - 1);
        } else if !before.is_empty() && !is_photo(before) {
            return None;
        }
    }
    let head = Head {
        heading,
        name,
        names,
        position,
    };
    // a tagline right over the talk: short, and no sentence
    if labelled
        && position.len() <= 100
        && !position.ends_with(['.', '!', '?'])
        && !position.contains(['“', '"'])
    {
        return Some(head);
    }
    let parsed = parse_speakers(&format!("{}, {position}", head.names[0]), lex)?;
    let [speaker] = parsed.speakers.as_slice() else {
        return None;
    };
    (!speaker.affiliations.is_empty()).then_some(head)
}

/// The talks of the card that starts at `start`, and where it ends: at the blank line after
/// its last talk (and the notes under it), or after its biography when it has no talk, and
/// before the next card (`next`) in any case.
fn read_card<'a>(lines: &[&'a str], start: usize, head: Head<'a>, next: usize) -> Card<'a> {
    let mut talks: Vec<CardTalk<'a>> = Vec::new();
    let mut bio = Vec::new();
    let mut end = next;
    let mut seen_text = false;
    let mut i = if head.position.is_empty() {
        start + 1
    } else {
        start + 2
    };
    while i < next {
        let t = lines[i].trim();
        if t.is_empty() {
            // the card's text is over once a talk (or, without one, the biography) was read
            if !talks.is_empty() || seen_text {
                let more = (i + 1..next)
                    .map(|j| lines[j].trim())
                    .find(|l| !l.is_empty())
                    .is_some_and(|l| talk_label(l).is_some());
                if !more {
                    end = i;
                    break;
                }
            }
        } else if let Some((title, with)) = talk_label(t) {
            let lower = t.to_lowercase();
            talks.push(CardTalk {
                line: i,
                title,
                with,
                cancelled: lower.contains("cancelled") || lower.contains("canceled"),
            });
        } else if let Some(last) = talks.last_mut() {
            if mentions_cancellation(&format!(" {t}")) {
                last.cancelled = true;
            } else {
                // (the biography under the talk: "Kasia is a naval architect at Arup.")
                bio.push(t);
            }
        } else {
            bio.push(t);
            seen_text = true;
        }
        i += 1;
    }
    Card {
        start: head.heading.unwrap_or(start),
        name_line: start,
        name: head.name,
        names: head.names,
        position: head.position,
        end,
        talks,
        bio,
        points_to: None,
    }
}

/// Cards without a talk whose biography names another card's person as the one they presented
/// with ("co-presented with A (see above)", "joint talk with A"): they point to that card.
fn link_copresenters(cards: &mut [Card<'_>]) {
    const CUES: &[&str] = &[
        "with ",
        "see above",
        "see below",
        "co-present",
        "copresent",
        "co-author",
        "joint",
        "together",
    ];
    for k in 0..cards.len() {
        if !cards[k].talks.is_empty() {
            continue;
        }
        let bio = cards[k].bio.join(" ");
        let lower = bio.to_lowercase();
        if !CUES.iter().any(|c| lower.contains(c)) {
            continue;
        }
        cards[k].points_to = (0..cards.len()).find(|&j| {
            j != k && !cards[j].talks.is_empty() && {
                let surname = cards[j].surname();
                surname.len() > 1
                    && lower
                        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                        .any(|w| w == surname)
            }
        });
    }
}

/// The entries of one card, each line with the index of the line it comes from: per talk not
/// called off, the title, the card's person and the co-presenters — named in the label, or
/// pointing here from their own card, each with the position their card gives.
fn card_entries(
    card: &Card<'_>,
    k: usize,
    cards: &[Card<'_>],
    lex: &Lexicon,
) -> Vec<(String, usize)> {
    let pointing: Vec<&Card<'_>> = cards.iter().filter(|c| c.points_to == Some(k)).collect();
    let card_of = |name: &str| {
        let wanted = surname(name);
        cards
            .iter()
            .find(|c| c.surname() == wanted && c.names.iter().any(|n| name_words_match(n, name)))
    };
    let mut out = Vec::new();
    for talk in card.talks.iter().filter(|t| !t.cancelled) {
        // (labelled, so that a title with a colon is not read as "Speaker: Title")
        out.push((format!("Title: {}", talk.title), talk.line));
        out.extend(
            card.speaker_lines(lex)
                .into_iter()
                .map(|line| (line, card.name_line)),
        );
        let mut written: Vec<String> = vec![card.surname()];
        for co in &talk.with {
            written.push(surname(co));
            match card_of(co) {
                Some(c) => out.extend(c.speaker_lines(lex).into_iter().map(|l| (l, talk.line))),
                None => out.push((co.clone(), talk.line)),
            }
        }
        for co in &pointing {
            if !written.contains(&co.surname()) {
                written.push(co.surname());
                out.extend(co.speaker_lines(lex).into_iter().map(|l| (l, co.name_line)));
            }
        }
        out.push((String::new(), talk.line));
    }
    out
}

/// The last word of a name, lowercased, without a full stop.
fn surname(name: &str) -> String {
    name.split_whitespace()
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default()
}

/// Whether the words of `short` all occur in `full` (ignoring honorifics and case): "Pieter van
/// der Westhuizen" and "Dr. Pieter van der Westhuizen", "P. Westhuizen" too.
fn name_words_match(full: &str, short: &str) -> bool {
    use super::words::{classes, Classes};
    let full_words: Vec<String> = full.split_whitespace().map(str::to_lowercase).collect();
    short
        .split_whitespace()
        // honorifics and initials ("P.") are not compared
        .filter(|w| !classes(w).has(Classes::HONORIFIC) && !w.ends_with('.'))
        .map(str::to_lowercase)
        .all(|w| full_words.contains(&w))
}

/// A labelled talk line: `Keynote: Title`, `Talk (with A and B): Title`, `Invited talk —
/// Title`; the title (without quotes) and the co-presenters named in the label.
fn talk_label(t: &str) -> Option<(&str, Vec<String>)> {
    if t.len() > 400 {
        return None;
    }
    let (label, title) = t.split_once(": ").or_else(|| t.split_once(" — "))?;
    let label = label.trim();
    let (label, with) = match label.split_once('(') {
        Some((l, rest)) => {
            let inner = rest.strip_suffix(')')?.trim();
            let named = inner
                .strip_prefix("with ")
                .or_else(|| inner.strip_prefix("joint with "))?;
            (l.trim(), split_names(named))
        }
        None => (label, Vec::new()),
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let last = words.last()?.to_lowercase();
    if !LABEL_ENDS.contains(&last.as_str()) || !label.starts_with(char::is_uppercase) {
        return None;
    }
    let title = title
        .trim()
        .trim_matches(|c| matches!(c, '"' | '“' | '”'))
        .trim();
    (!title.is_empty() && title.chars().next().is_some_and(char::is_alphanumeric))
        .then_some((title, with))
}

/// The names of "A", "A and B", "A, B and C", "A & B".
fn split_names(text: &str) -> Vec<String> {
    text.split(" and ")
        .flat_map(|p| p.split(" & "))
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A photo placeholder: `[photo: Name]`, `[Image]`, `Photo of Name`, `![Name](url)`.
fn is_photo(t: &str) -> bool {
    if t.starts_with("![") && t.ends_with(')') && t.contains("](") {
        return true; // a Markdown image
    }
    let lower = t.to_lowercase();
    let inner = lower.strip_prefix('[').and_then(|r| r.strip_suffix(']'));
    let word = |s: &str| {
        ["photo", "image", "img", "picture", "portrait", "headshot"]
            .iter()
            .any(|w| s.starts_with(w))
    };
    match inner {
        Some(inner) => word(inner.trim()),
        None => lower.len() < 80 && (lower == "photo" || lower.starts_with("photo of ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::builtin_for_tests()
    }

    #[test]
    fn a_card_head_is_a_name_over_a_position() {
        let lines = [
            "[photo: Ana Lima]",
            "Dr. Ana Lima",
            "Associate Professor, University of Porto",
        ];
        fn head<'a>(lines: &[&'a str], i: usize) -> Option<(Option<usize>, Vec<&'a str>, &'a str)> {
            card_head(lines, i, &Lexicon::builtin_for_tests())
                .map(|h| (h.heading, h.names, h.position))
        }
        assert_eq!(
            head(&lines, 1),
            Some((
                None,
                vec!["Dr. Ana Lima"],
                "Associate Professor, University of Porto"
            ))
        );
        assert_eq!(head(&lines, 0), None);
        // a title over a speaker line is no card: the name line must be a name alone
        let listing = ["Sparse Models", "Ana Lima, University of Porto"];
        assert_eq!(head(&listing, 0), None);
        // under a speaker heading, two people with one tagline, right over their talk
        let tedx = [
            "SPEAKER",
            "Femi Okafor-Barnes & Rhian Pryce-Ade",
            "Community coaches, Everton in the Community",
            "Talk: “Swimming lessons”",
        ];
        assert_eq!(
            head(&tedx, 1),
            Some((
                Some(0),
                vec!["Femi Okafor-Barnes", "Rhian Pryce-Ade"],
                "Community coaches, Everton in the Community"
            ))
        );
        // a name right over its talk has no position; a sentence is no tagline
        let bare = ["Kasia Wróbel-Dunne", "Talk: “Ships are the new cities”"];
        assert_eq!(head(&bare, 0), Some((None, vec!["Kasia Wróbel-Dunne"], "")));
        let told = [
            "Kasia Wróbel-Dunne",
            "She builds ferries.",
            "Talk: “Ships are the new cities”",
        ];
        assert_eq!(head(&told, 0), None);
    }

    #[test]
    fn talk_labels_give_the_title_and_the_co_presenters() {
        assert_eq!(
            talk_label("Keynote: Rivers: A History"),
            Some(("Rivers: A History", vec![]))
        );
        assert_eq!(
            talk_label("Invited talk (with Bo Ek and Cai Lin): “Wet Sand”"),
            Some(("Wet Sand", vec!["Bo Ek".to_owned(), "Cai Lin".to_owned()]))
        );
        assert_eq!(
            talk_label("Lightning talk — Ten Sensors"),
            Some(("Ten Sensors", vec![]))
        );
        for not in [
            "Ana studies rivers: she maps them",
            "Recording: 45 min",
            "Research interests: hydrology",
            "keynote: lower-case label",
        ] {
            assert_eq!(talk_label(not), None, "{not}");
        }
        assert!(is_photo("[Photo: Ana Lima]") && is_photo("![Ana Lima](ana.jpg)"));
        assert!(!is_photo("Photonics for Rivers"));
    }

    fn entries(text: &str) -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        prepare(&lines, &lex())
            .map(|p| {
                p.lines
                    .iter()
                    .map(|l| format!("{}|{}", l.origin, l.text))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_speaker_page_becomes_entries_of_title_and_people() {
        let page = "\
Speakers

[photo]
Prof. Ana Lima
Professor of Hydrology, University of Porto
Ana maps rivers from space.
Keynote: Rivers from Orbit
Video (40 min)

[photo]
Bo Ek
Research Engineer, Chalmers University of Technology
Bo builds flood sensors. He gave the sensor talk together with Cai Lin (see below).

[photo]
Cai Lin
Senior Lecturer, Lund University
Talk: Cheap Flood Sensors
Video (22 min)

[photo]
Dan Roe
Analyst, Swiss Re
Talk: Insuring Floods
This talk was cancelled.

Organisers
Eva Holm (KTH)
";
        assert_eq!(
            entries(page),
            vec![
                "1|Speakers",
                "2|",
                "7|Title: Rivers from Orbit",
                "4|Speaker: Prof. Ana Lima, Professor of Hydrology, University of Porto",
                "7|",
                "9|",
                "14|",
                "18|Title: Cheap Flood Sensors",
                "16|Speaker: Cai Lin, Senior Lecturer, Lund University",
                "11|Speaker: Bo Ek, Research Engineer, Chalmers University of Technology",
                "18|",
                "20|",
                "26|",
                "27|Organisers",
                "28|Eva Holm (KTH)",
            ]
        );
        // one card is no page
        let one = page.split("[photo]\nBo Ek").next().unwrap_or_default();
        assert!(entries(&one.replace("Dan Roe", "Dan")).is_empty());
    }
}
