//! Words that lead into a line without being part of it: the phrases that introduce the
//! people of a talk ("Featuring", "Guest:", "Delivered by", "A conversation with the author,")
//! and the kinds of talk that label a title ("Thesis defense —", "Fireside chat:").
//!
//! The entry point is [`lead_in`]. It only looks at the start of a line; the line classifier
//! then reads what follows the lead-in as it would read any line.

use std::borrow::Cow;

/// What a line starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lead<'a> {
    None,
    /// A kind of talk labels the title that follows: the rest, without the label.
    Label(&'a str),
    /// A phrase introduces the people of a talk: the rest, with trailing remarks about
    /// moderators and hosts cut off and a respondent joined to the speakers.
    People(Cow<'a, str>),
}

/// Phrases that introduce a talk's speakers when they start a line, followed by a space.
const PEOPLE_PHRASES: &[&str] = &[
    "featuring",
    "delivered by",
    "presented by",
    "given by",
    // a workshop's or a hands-on session's leader: "Led by A, Research Fellow at X"
    "led by",
    // Lithuanian: "Vedė doc. dr. A (X) ir dr. B (Y)" (led by), "Kalbėjo dr. A" (spoke)
    "vedė",
    "kalbėjo",
    "guest lecture by",
    "guest talk by",
    "a guest lecture by",
    "lecture by",
    "a lecture by",
    "talk by",
    "a talk by",
    "tutorial by",
    "a tutorial by",
    "keynote by",
    "seminar by",
    "a conversation with the author,",
    "a conversation with the authors,",
    "a conversation with",
    "in conversation with",
    "conversation with",
    // "A conversation between A (X) and B (Y), moderated by C"
    "a conversation between",
    "in conversation between",
    "conversation between",
    "a discussion between",
    "a dialogue between",
    "with a response by",
    "in dialogue with",
];

/// Labels that introduce the people of a talk when followed by a colon, possibly with a
/// remark in parentheses before it ("Guest (remote, via Zoom):").
const PEOPLE_LABELS: &[&str] = &[
    // Spanish and French: "Participan: A (X), B (Y)", "Ponentes :", "Intervenants :"
    "participan",
    "participantes",
    "ponentes",
    "intervienen",
    "intervenants",
    "intervenantes",
    "participants",
    "guest",
    "guests",
    "featuring",
    "with",
    "speaker",
    "speakers",
    "guest speaker",
    "guest speakers",
    "guest lecturer",
    "guest lecturers",
    "guest mini-course",
    "mini-course",
    "guest course",
    "visiting speaker",
    "respondent",
    "respondents",
    "discussant",
    "discussants",
    "panelist",
    "panelists",
    "panellists",
];

/// Kinds of talk that label a title ("Thesis defense — Name: Title"), beside the labels the
/// classifier already knows.
const KIND_LABELS: &[&str] = &[
    "thesis defense",
    "thesis defence",
    "phd defense",
    "phd defence",
    "dissertation defense",
    "dissertation defence",
    "fireside chat",
    "panel discussion",
    "book talk",
    "book launch",
    "contributed",
    "contributed paper",
    "oral presentation",
    "spotlight talk",
];

/// Remarks about people who do not give the talk, cut from the end of a people lead-in.
const NOT_SPEAKERS: &[&str] = &[
    "moderated by",
    "chaired by",
    "hosted by",
    "introduced by",
    "organised by",
    "organized by",
    "moderator:",
    "host:",
    "chair:",
    "animée par",
    "animé par",
    "modérée par",
    "modéré par",
    "moderiert von",
    "moderado por",
    "moderada por",
    "moderato da",
    "moderata da",
    "gemodereerd door",
];

/// The first words of every lead-in above, lower case (a cheap test before the lists).
const FIRST_WORDS: &[&[u8]] = &[
    b"participan",
    b"participantes",
    b"ponentes",
    b"intervienen",
    b"intervenants",
    b"intervenantes",
    b"participants",
    b"a",
    b"book",
    b"contributed",
    b"conversation",
    b"delivered",
    b"discussant",
    b"discussants",
    b"dissertation",
    b"featuring",
    b"fireside",
    b"given",
    b"guest",
    b"guests",
    b"in",
    b"keynote",
    b"lecture",
    b"led",
    b"mini-course",
    "vedė".as_bytes(),
    "kalbėjo".as_bytes(),
    b"oral",
    b"panel",
    b"panelist",
    b"panelists",
    b"panellists",
    b"phd",
    b"presented",
    b"respondent",
    b"respondents",
    b"seminar",
    b"speaker",
    b"speakers",
    b"spotlight",
    b"talk",
    b"thesis",
    b"tutorial",
    b"visiting",
    b"week",
    b"with",
];

/// Reads what `text` starts with.
pub(crate) fn lead_in(text: &str) -> Lead<'_> {
    // cheap refusal: every lead-in starts with a letter, and either with one of a few words
    // or with a short label and a colon
    if !text.starts_with(|c: char| c.is_alphabetic()) || text.len() < 8 {
        return Lead::None;
    }
    let first = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let known = first.len() <= 14 && {
        let mut buf = [0u8; 14];
        let lower = &mut buf[..first.len()];
        lower.copy_from_slice(first.as_bytes());
        lower.make_ascii_lowercase();
        FIRST_WORDS.contains(&&*lower)
    };
    let labelled = text.as_bytes().iter().take(40).any(|&b| b == b':');
    if !known && !labelled {
        return Lead::None;
    }
    // "Week 9 — Guest mini-course: X (Inst)": a week heading that names the lecturer
    if let Some(rest) = after_week(text) {
        if let Lead::People(people) = lead_in(rest) {
            return Lead::People(people);
        }
    }
    for label in KIND_LABELS {
        let Some(rest) = after_prefix(text, label) else {
            continue;
        };
        let set_off = rest.trim_start();
        if set_off.starts_with([':', '—', '–', '-', '.']) {
            let rest = set_off.trim_start_matches([':', '—', '–', '-', '.', ' ']);
            if !rest.is_empty() {
                return Lead::Label(rest);
            }
        }
    }
    for phrase in PEOPLE_PHRASES {
        if let Some(rest) = after_prefix(text, phrase) {
            if rest.starts_with([' ', ':']) {
                return people(rest.trim_start_matches([':', ' ']));
            }
        }
    }
    for label in PEOPLE_LABELS {
        if let Some(rest) = after_prefix(text, label) {
            let rest = rest.trim_start();
            // "Guest (remote, via Zoom): …"
            let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
                Some((_, after)) => after.trim_start(),
                None => rest,
            };
            if let Some(rest) = rest.strip_prefix(':') {
                return people(rest.trim_start());
            }
        }
    }
    // "Visiting lecturer:", "Featured speaker:": a short label naming who speaks
    if let Some((label, rest)) = text.split_once(':') {
        let lower = label.trim().to_lowercase();
        let words = lower.split_whitespace().count();
        let speaks = ["lecturer", "lecturers", "speaker", "speakers"]
            .iter()
            .any(|w| lower.ends_with(w));
        if (2..=3).contains(&words) && speaks {
            return people(rest.trim_start());
        }
    }
    Lead::None
}

/// The rest of a line after a "Week 9 —" or "Week 9:" heading.
fn after_week(text: &str) -> Option<&str> {
    let rest = after_prefix(text, "week")?.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let rest = rest[digits..].trim_start();
    let rest = rest.strip_prefix(['—', '–', '-', ':'])?;
    Some(rest.trim_start())
}

/// The rest of `text` after `prefix` (compared ignoring ASCII case), when `prefix` ends at a
/// word boundary.
fn after_prefix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = &text[prefix.len()..];
    rest.starts_with(|c: char| !c.is_alphanumeric())
        .then_some(rest)
}

/// The people part of a lead-in: remarks about moderators cut off, a respondent joined.
/// The people a line joins to the title above it with a preposition: "avec A (X) et B (Y) ;
/// animée par C", "with A (X) and B (Y)", "mit A (X)". Only the people, moderators cut off;
/// the caller keeps the reading only when they read as people ("With the rise of …" is an
/// abstract).
pub(crate) fn joined_people(text: &str) -> Option<Cow<'_, str>> {
    ["avec ", "with ", "mit ", "con ", "met ", "com "]
        .iter()
        .find(|w| {
            text.len() > w.len() && text.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        })
        .and_then(|w| match people(&text[w.len()..]) {
            Lead::People(p) => Some(p),
            _ => None,
        })
}

fn people(rest: &str) -> Lead<'_> {
    let mut end = rest.len();
    let lower = rest.to_lowercase();
    if lower.len() == rest.len() {
        for remark in NOT_SPEAKERS {
            if let Some(at) = lower.find(remark) {
                end = end.min(at);
            }
        }
    }
    let kept = rest
        .get(..end)
        .unwrap_or(rest)
        .trim_end_matches([' ', '.', ';', ',', '—', '–', '-']);
    // "X (Inst), with a response by Y (Inst)": the respondent speaks too
    for join in [
        ", with a response by ",
        " with a response by ",
        ", with ",
        "; with ",
    ] {
        if let Some((a, b)) = kept.split_once(join) {
            if !b.trim().is_empty() {
                return Lead::People(format!("{a} and {b}").into());
            }
        }
    }
    Lead::People(kept.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people_of(line: &str) -> Option<String> {
        match lead_in(line) {
            Lead::People(p) => Some(p.into_owned()),
            _ => None,
        }
    }

    #[test]
    fn people_lead_ins() {
        assert_eq!(
            people_of("Featuring Ann Lee (MIT) and Bo Ek (KTH)").as_deref(),
            Some("Ann Lee (MIT) and Bo Ek (KTH)")
        );
        assert_eq!(
            people_of("A conversation between Ann Lee (MIT) and Bo Ek (KTH), moderated by Di Fox")
                .as_deref(),
            Some("Ann Lee (MIT) and Bo Ek (KTH)")
        );
        assert_eq!(
            people_of(
                "A conversation with the author, Cy Dahl (Lund University). Moderated by Di Fox."
            )
            .as_deref(),
            Some("Cy Dahl (Lund University)")
        );
        assert_eq!(
            people_of("Guest (remote): Ann Lee, Met Office — Fog").as_deref(),
            Some("Ann Lee, Met Office — Fog")
        );
        assert_eq!(
            people_of("Featuring Ann Lee (MIT), with a response by Bo Ek (KTH)").as_deref(),
            Some("Ann Lee (MIT) and Bo Ek (KTH)")
        );
        assert_eq!(people_of("Featurings of graphs"), None);
        assert_eq!(people_of("Guests of Honour Arrive"), None);
        assert_eq!(lead_in("Talk"), Lead::None);
        assert_eq!(
            people_of("Week 4 — Guest mini-course: Ann Lee (KTH)").as_deref(),
            Some("Ann Lee (KTH)")
        );
        assert_eq!(lead_in("Week 4 — Sparse Codes"), Lead::None);
    }

    #[test]
    fn kind_labels() {
        assert_eq!(
            lead_in("Thesis defense — Ann Lee: Fast Codes"),
            Lead::Label("Ann Lee: Fast Codes")
        );
        assert_eq!(
            lead_in("Fireside Chat: Open Data"),
            Lead::Label("Open Data")
        );
        assert_eq!(lead_in("Thesis defense"), Lead::None);
    }
}
