//! Lecture-capture libraries copied as text (Panopto folders, Kaltura channels, Vimeo
//! showcases): per session a duration line, the session's name as uploaded, a description,
//! and a line of `Owner · date · views` with action links.
//!
//! The entry point is [`prepare`]. It recognises such a copy by its duration lines and view
//! counts, then rewrites every session as a listing entry: the title taken out of the upload
//! name (`Prefix 2024-05-10 Surname - Title`, `Series | Name (Inst) | Title`, `Kind —
//! Candidate: Name (Inst) — Title`, `Copy of …`), and a speaker line taken from the
//! description when it names the speaker ("Name, Role, Institution."). Owners, uploaders,
//! view counts, hosts ("Introduced by", "Host:") and action links are dropped: they name no
//! speaker.

use super::prepare::{Line, Prepared};
use super::speaker::parse_speakers;
use super::Lexicon;

/// Fewest duration lines and view counts that make a document a capture library.
const MIN_SESSIONS: usize = 3;

/// Rewrites a lecture-capture listing as plain entries; `None` when `lines` are no such copy.
pub(crate) fn prepare<'a>(lines: &[&'a str], lex: &Lexicon) -> Option<Prepared<'a>> {
    let durations = lines.iter().filter(|l| is_duration(l.trim())).count();
    if durations < MIN_SESSIONS {
        return None;
    }
    // (a session's meta lines in a row, "03/27/2025 · 96 views" over "Owner: MSE Seminar", are
    // one: the last of them ends its block)
    let metas: Vec<usize> = (0..lines.len())
        .filter(|&i| is_meta(lines[i].trim()))
        .filter(|&i| lines.get(i + 1).is_none_or(|next| !is_meta(next.trim())))
        .collect();
    // a video page with chapters ("0:00 Intro") is read by the segment rules instead
    let chapters = lines.iter().filter(|l| is_chapter(l.trim())).count();
    if metas.len() < MIN_SESSIONS - 1 || chapters >= MIN_SESSIONS {
        return None;
    }
    // a session runs from the line after the previous session's meta line to its own: the
    // duration may come before the name (Panopto, Kaltura) or after the meta line (YouTube)
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let first = metas.first().map_or(0, |&m| session_start(lines, m, 0));
    let mut start = first;
    out.extend((0..first).map(|i| Line::new(lines[i], i + 1)));
    // every session has one duration at most: otherwise the meta lines are not what was read
    let mut from = first;
    for &m in &metas {
        let durations = (from..=m).filter(|&i| is_duration(lines[i].trim())).count();
        if durations > 1 || m + 1 - from.min(m + 1) > 16 {
            return None;
        }
        from = m + 1;
    }
    // a portal that puts each video's description under its meta line (Opencast's Tobira:
    // duration, name, creators, `date · views`, description): each session runs from its
    // duration to the next one, the last to the blank line after its description
    let durs: Vec<usize> = (first..lines.len())
        .filter(|&i| is_duration(lines[i].trim()))
        .collect();
    let interleaved = durs.len() == metas.len()
        && durs
            .iter()
            .zip(&metas)
            .enumerate()
            .all(|(k, (&d, &m))| d < m && durs.get(k + 1).is_none_or(|&next| m < next));
    let told_below = interleaved
        && metas.iter().zip(durs.iter().skip(1)).any(|(&m, &next)| {
            lines[m + 1..next]
                .iter()
                .any(|l| !l.trim().is_empty() && !is_action(l.trim()))
        });
    if told_below {
        for (k, &d) in durs.iter().enumerate() {
            let end = match durs.get(k + 1) {
                Some(&next) => next,
                None => (metas[k] + 1..lines.len())
                    .find(|&i| lines[i].trim().is_empty())
                    .unwrap_or(lines.len()),
            };
            session(&lines[d..end], d + 1, lex, &mut out);
            start = end;
        }
        out.extend((start..lines.len()).map(|i| Line::new(lines[i], i + 1)));
        return Some(Prepared { lines: out });
    }
    for &m in &metas {
        if m < start {
            continue;
        }
        // a session without meta lines of its own (a scheduled recording that was cancelled:
        // no views, no owner) still ends at its action links; the next one starts after them
        if let Some(a) = (start..m).rev().find(|&i| is_action(lines[i].trim())) {
            session(&lines[start..=a], start + 1, lex, &mut out);
            start = a + 1;
        }
        session(&lines[start..=m], start + 1, lex, &mut out);
        start = m + 1;
        // the action links and the duration of the next session are no text of their own
        while start < lines.len() && is_action(lines[start].trim()) {
            start += 1;
        }
    }
    out.extend((start..lines.len()).map(|i| Line::new(lines[i], i + 1)));
    Some(Prepared { lines: out })
}

/// Where the first session, whose meta line is `meta`, starts: at its duration line, or after
/// the last blank line before its name.
fn session_start(lines: &[&str], meta: usize, floor: usize) -> usize {
    (floor..meta)
        .rev()
        .find(|&i| is_duration(lines[i].trim()))
        .or_else(|| {
            (floor..meta)
                .rev()
                .find(|&i| lines[i].trim().is_empty())
                .map(|i| i + 1)
        })
        .unwrap_or(floor)
}

/// "0:00 Intro", "12:30 Q&A": a chapter of one video.
fn is_chapter(s: &str) -> bool {
    s.split_once(' ')
        .is_some_and(|(stamp, rest)| is_duration(stamp) && rest.starts_with(char::is_alphabetic))
}

/// One session's lines (the first at source line `first`) as a listing entry.
fn session<'a>(lines: &[&'a str], first: usize, lex: &Lexicon, out: &mut Vec<Line<'a>>) {
    let mut texts = lines
        .iter()
        .enumerate()
        .map(|(k, l)| (k + first, l.trim()))
        .filter(|(_, l)| {
            !l.is_empty() && !is_meta(l) && !is_action(l) && !is_duration(l) && !is_filler(l)
        });
    let Some((mut n, mut name)) = texts.next() else {
        return;
    };
    let mut description: Vec<(usize, &str)> = texts.collect();
    // "Opening remarks" above the session's name: no talk
    if crate::extract::layout::is_housekeeping(name) && !description.is_empty() {
        return;
    }
    // "Keynote", "Oral · Best paper": the kind of the session above its name
    if is_kind(name) && !description.is_empty() {
        (n, name) = description.remove(0);
    }
    // "2024-04-19_colloquium_recording.mp4": a file name says nothing; the description names
    // the talk
    let (n, name) = match description.first() {
        Some(&(k, d)) if is_file_name(name) => {
            description.remove(0);
            (k, d)
        }
        _ => (n, name),
    };
    // (the line that gives the people their institutions, when another only names them:
    // a portal's line of creators over the description's "Panellists: A (X), B (Y)")
    let people: Vec<(usize, String)> = description
        .iter()
        .filter_map(|&(k, d)| described_speaker(d, lex).map(|p| (k, p)))
        .collect();
    let affiliated = |p: &str| {
        parse_speakers(p, lex)
            .is_some_and(|x| x.speakers.iter().any(|s| !s.affiliations.is_empty()))
    };
    let person = people
        .iter()
        .find(|(_, p)| affiliated(p))
        .or(people.first())
        .cloned();
    let (title, speaker) = read_name(name, lex);
    let mut title = title;
    let mut speaker_line = speaker.map(|s| (n, s));
    if let Some((k, person)) = person {
        let described = described_surnames(&person, lex);
        let named = speaker_line.as_ref().map(|(_, s)| s.clone());
        let same = named.as_deref().is_none_or(|s| {
            let names = surnames(s);
            !names.is_empty() && names.iter().all(|n| described.contains(n))
        });
        // "Title - Name" whose description names the same person more fully
        if named.is_none() {
            if let Some((t, who)) = title.rsplit_once(" - ") {
                if surnames(who).iter().all(|n| described.contains(n)) {
                    title = t.trim().to_owned();
                }
            }
        }
        let affiliated = named.as_deref().is_some_and(|s| s.contains('('));
        if same && !affiliated {
            speaker_line = Some((k, person));
        }
    }
    // surnames alone name nobody: leave the upload name to the line classifier
    if let Some((_, s)) = &speaker_line {
        if only_surnames(s) {
            out.push(Line::new(name, n));
            out.push(Line::new("", n));
            return;
        }
    }
    out.push(Line::new(title, n));
    let first = speaker_line.as_ref().map(|(k, _)| *k);
    if let Some((k, s)) = speaker_line {
        out.push(Line::new(s, k));
    }
    // more speakers, one per line under the name ("Name · Institution"), as video platforms
    // list a session's authors
    for &(k, line) in &description {
        if Some(k) != first && line.len() <= 200 && is_speaker_line(line, lex) {
            out.push(Line::new(line, k));
        }
    }
    out.push(Line::new("", n));
}

/// A kind of session on its own line: "Keynote", "Oral", "Oral · Best paper", "Tutorial".
fn is_kind(s: &str) -> bool {
    let mut pieces = s.split(" · ").map(|p| p.trim().to_lowercase());
    let label = pieces.next().is_some_and(|first| {
        super::words::TITLE_LABELS.contains(&first.as_str())
            || matches!(first.as_str(), "tutorial" | "sponsored talk")
    });
    // after the kind, short remarks: "Oral · Outstanding paper", "Poster · Award finalist"
    s.len() <= 48 && label && pieces.all(|p| p.split_whitespace().count() <= 3)
}

/// A line that is one person with an institution: "Name · Institution", "Name, Institution".
fn is_speaker_line(s: &str, lex: &Lexicon) -> bool {
    parse_speakers(s, lex).is_some_and(|p| {
        p.score >= 0.7 && p.speakers.len() == 1 && !p.speakers[0].affiliations.is_empty()
    })
}

/// The people of a speaker text, one per name: "Kim & Park", "A (X) and B (Y)".
fn people_pieces(s: &str) -> impl Iterator<Item = &str> {
    s.split(" & ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(", "))
        .map(|p| p.split('(').next().unwrap_or(p).trim())
        .filter(|p| !p.is_empty())
}

/// The surnames a speaker text names, lowercased: the last word of each name before a suffix
/// ("Jr.", "III").
fn surnames(s: &str) -> Vec<String> {
    people_pieces(s).filter_map(last_name).collect()
}

/// The last word of a name that is no suffix, lowercased.
fn last_name(name: &str) -> Option<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .rfind(|w| !super::words::classes(w).has(super::words::Classes::SUFFIX))
        .map(str::to_lowercase)
}

/// The surnames of the people a description names.
fn described_surnames(person: &str, lex: &Lexicon) -> Vec<String> {
    match parse_speakers(person, lex) {
        Some(parsed) => parsed
            .speakers
            .iter()
            .filter_map(|s| last_name(&s.name))
            .collect(),
        None => surnames(person),
    }
}

/// Whether a speaker text is only surnames: "Okafor", "Kim & Park".
fn only_surnames(s: &str) -> bool {
    is_surname_group(s)
}

/// A surname: one capitalised word, or words with a lowercase particle ("dos Santos", "Costa
/// dos Reis").
fn is_surname(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    let particle = |w: &&str| super::words::classes(w).has(super::words::Classes::PARTICLE);
    let shaped = words.len() == 1 || words.len() <= 3 && words.iter().any(particle);
    shaped
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && !p.bytes().any(|b| b.is_ascii_digit())
}

/// Whether `s` is one or a few surnames: capitalised single words joined by "&" or "and".
fn is_surname_group(s: &str) -> bool {
    let pieces: Vec<&str> = people_pieces(s).collect();
    !pieces.is_empty()
        && pieces.len() <= 3
        && !s.contains('(')
        && pieces.iter().all(|p| is_surname(p))
}

/// The title and speaker written in a session's upload name.
fn read_name(name: &str, lex: &Lexicon) -> (String, Option<String>) {
    let name = name
        .strip_prefix("Copy of ")
        .or_else(|| name.strip_prefix("copy of "))
        .unwrap_or(name)
        .trim();
    // "Series | Name (Inst) | Title"
    let bars: Vec<&str> = name.split(" | ").map(str::trim).collect();
    if bars.len() == 3 && is_people(bars[1], lex) {
        return (bars[2].to_owned(), Some(bars[1].to_owned()));
    }
    // "Job talk — Candidate: Name (Inst) — Title"
    let dashes: Vec<&str> = name.split(" — ").map(str::trim).collect();
    if dashes.len() >= 3 {
        for (k, part) in dashes.iter().enumerate() {
            if let Some((_, who)) = part.split_once(": ") {
                if k + 1 < dashes.len() && is_people(who, lex) {
                    return (dashes[k + 1..].join(" — "), Some(who.to_owned()));
                }
            }
        }
    }
    // "Series - Surname - Title", "Series - Kim & Park - Title"
    let parts: Vec<&str> = name.split(" - ").map(str::trim).collect();
    if parts.len() >= 3 {
        if let Some(k) = (1..parts.len() - 1).find(|&k| is_surname_group(parts[k])) {
            return (parts[k + 1..].join(" - "), Some(parts[k].to_owned()));
        }
    }
    // "Prefix 2024-05-10 Surname - Title"
    if let Some((head, title)) = name.split_once(" - ") {
        let tokens: Vec<&str> = head.split_whitespace().collect();
        let dated = tokens.iter().any(|t| is_iso_date(t));
        if let (true, Some(last)) = (dated, tokens.last()) {
            if !is_iso_date(last) && last.starts_with(char::is_uppercase) {
                return (title.trim().to_owned(), Some((*last).to_owned()));
            }
        }
    }
    (name.to_owned(), None)
}

/// The speaker a session description names in its first sentence: "Name, Role, Institution.",
/// "Name (Institution)."; a sentence about hosts or rooms names none.
fn described_speaker(description: &str, lex: &Lexicon) -> Option<String> {
    let mut rest = description;
    while !rest.is_empty() {
        let sentence = first_sentence(rest);
        rest = rest[sentence.len()..].trim_start_matches(['.', ' ']);
        let first = sentence.trim_end_matches('.');
        let lower = first.to_lowercase();
        let about_others = [
            "introduced by",
            "host",
            "recorded",
            "room",
            "hall",
            "closed",
            "session",
            "moderated",
            "owner",
            "uploaded",
            // the channel's own people: "Prof. X, seminar coordinator."
            "coordinator",
            "organiser",
            "organizer",
        ];
        let opens_on_talk = ["in this seminar ", "in this talk ", "in this lecture "]
            .iter()
            .any(|w| lower.starts_with(w));
        if !opens_on_talk && about_others.iter().any(|w| lower.contains(w)) {
            continue;
        }
        // "Second part of the short course, given by A (X) and B (Y)"
        // (ASCII lowercasing keeps the byte offsets)
        let ascii = first.to_ascii_lowercase();
        // ("Second of three lectures by Dr. X", "A talk by X (Y)")
        let first = [
            " given by ",
            " presented by ",
            " delivered by ",
            " taught by ",
            " lectures by ",
            " lecture by ",
            " talk by ",
            " seminar by ",
        ]
        .iter()
        .find_map(|w| ascii.find(w).map(|at| &first[at + w.len()..]))
        .unwrap_or(first);
        // "In this seminar Prof. X of the University of Y presents …": the person before the
        // verb
        let first = match ["in this seminar ", "in this talk ", "in this lecture "]
            .iter()
            .find_map(|w| ascii.strip_prefix(w).map(|_| &first[w.len()..]))
        {
            Some(rest) => [
                " presents ",
                " shows ",
                " discusses ",
                " explains ",
                " describes ",
            ]
            .iter()
            .find_map(|v| rest.find(v).map(|at| &rest[..at]))
            .unwrap_or(rest),
            None => first,
        };
        if let Some(parsed) = parse_speakers(first, lex) {
            if parsed.score >= 0.7 && !parsed.speakers.is_empty() {
                return Some(first.to_owned());
            }
        }
    }
    None
}

/// The text up to the first ". " that follows neither an initial nor an honorific.
fn first_sentence(s: &str) -> &str {
    for (at, _) in s.match_indices(". ") {
        let word = s[..at].rsplit([' ', '.']).next().unwrap_or("");
        let short = word.chars().count() <= 2;
        let honorific = super::words::classes(word).has(super::words::Classes::HONORIFIC);
        if !short && !honorific {
            return &s[..at];
        }
    }
    s
}

fn is_people(s: &str, lex: &Lexicon) -> bool {
    parse_speakers(s, lex).is_some_and(|p| p.score >= 0.6 && !p.speakers.is_empty())
}

/// An upload's file name: one word with underscores or a media extension.
fn is_file_name(s: &str) -> bool {
    !s.contains(' ')
        && (s.contains('_')
            || [".mp4", ".mov", ".m4v", ".mkv", ".webm"]
                .iter()
                .any(|e| s.to_ascii_lowercase().ends_with(e)))
}

/// "58:12", "1:02:40", "Duration: 0:00:41", "58 min", "1 h 02 min".
fn is_duration(s: &str) -> bool {
    // cheap refusal: a duration is short and has a colon or a unit
    if s.len() > 24 || !s.contains([':', 'h', 'm']) {
        return false;
    }
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = s.to_ascii_lowercase();
    let s = ["duration:", "length:", "dauer:", "durée :", "durée:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    let clock = |s: &str| {
        let parts: Vec<&str> = s.split(':').collect();
        (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
            && parts[1..].iter().all(|p| p.len() == 2)
    };
    if clock(s) {
        return true;
    }
    // "58 min", "1 h 02 min", "1h 2m", "58:12 min"
    let mut any = false;
    for w in s.split_whitespace() {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let unit = &w[digits..];
        let number = digits > 0 && (unit.is_empty() || matches!(unit, "h" | "m" | "min" | "s"));
        if !(number || clock(w) || matches!(w, "h" | "hr" | "min" | "mins" | "sec" | "s")) {
            return false;
        }
        any |= digits > 0 && !unit.is_empty() || matches!(w, "h" | "hr" | "min" | "mins");
    }
    any
}

/// "2024-05-10".
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The line of who uploaded a session, when, and how often it was watched.
fn is_meta(s: &str) -> bool {
    let lower = s.to_lowercase();
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let words: Vec<&str> = lower.split([' ', '·', '|']).collect();
    // "38 views", and Panopto's "Views 38" on a line of its own
    let counted = words
        .windows(2)
        .any(|w| number(w[0]) && matches!(w[1], "views" | "view" | "plays" | "play"))
        || matches!(words.as_slice(), [w, n] if matches!(*w, "views" | "plays") && number(n));
    // "Ana Ruiz · May 10, 2024 · …": who and when
    // (not "Vienna, Austria · 26 July 2024": where and when an event took place)
    let dated = s.contains(" · ")
        && s.len() < 120
        && s.split(" · ").any(|p| super::line::is_date_line(p.trim()))
        && !s
            .split(" · ")
            .any(|p| !super::line::is_date_line(p.trim()) && p.contains(", "));
    // "Showcase · 11 videos · 2,904 plays": the channel's or playlist's own counts
    let summary = words
        .windows(2)
        .any(|w| number(w[0]) && matches!(w[1], "videos" | "episodes" | "sessions" | "items"));
    !summary && counted
        || dated
        || lower.starts_with("views:")
        || [
            "owner:",
            "uploaded by ",
            "created by ",
            "owner ·",
            "processing",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// A line that says nothing of a session: its place in the list ("7"), a separator dot on
/// a line of its own ("·", "•"), its age ("2 weeks ago").
fn is_filler(s: &str) -> bool {
    if !s.chars().any(char::is_alphabetic) {
        return true;
    }
    // "[Private video]", "[Deleted video]": a slot whose video is gone
    if s.starts_with('[') && s.ends_with(']') && s.to_lowercase().contains("video") {
        return true;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    matches!(words.as_slice(), [n, unit, "ago"]
    if (n.bytes().all(|b| b.is_ascii_digit()) || matches!(*n, "a" | "an"))
        && matches!(
            unit.trim_end_matches('s'),
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year"
        ))
}

/// A line of action links: "Share · Edit · Download".
fn is_action(s: &str) -> bool {
    const ACTIONS: &[&str] = &[
        "share",
        "edit",
        "download",
        "stats",
        "add to playlist",
        "delete",
        "copy link",
        "settings",
        "embed",
        "more",
        "info",
        "details",
        "comments",
        "captions",
        "subscribe",
        "rss",
        "itunes",
        "play",
        "watch",
        "add",
        "to",
        "playlist",
        "link",
        "copy",
    ];
    let lower = s.to_lowercase();
    let parts = || {
        lower
            .split(['·', '|', '•'])
            .flat_map(|p| p.split("  "))
            .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    // "Share · Edit · Download", "Share   Edit   Stats", or the words alone: "Share Edit Stats"
    let linked = parts().all(|p| p.is_empty() || ACTIONS.contains(&p));
    let words = lower
        .split_whitespace()
        .all(|w| ACTIONS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
    !lower.trim().is_empty() && (linked || words)
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_places_dots_ages_and_gone_videos_are_filler() {
        for s in [
            "7",
            "·",
            "•",
            "2 weeks ago",
            "a month ago",
            "[Private video]",
            "[Deleted video]",
        ] {
            assert!(is_filler(s), "{s}");
        }
        for s in [
            "2 weeks of talks",
            "Video essay",
            "[Keynote] Deep Sea Mining",
        ] {
            assert!(!is_filler(s), "{s}");
        }
        // a channel's own counts head the page; a video's plays end its session
        assert!(!is_meta("Showcase · 11 videos · 2,904 plays"));
        assert!(is_meta("221 plays"));
    }

    #[test]
    fn a_kind_above_a_session_name_is_no_name() {
        for kind in [
            "Keynote",
            "Oral",
            "Oral · Best paper",
            "Tutorial",
            "Invited talk",
        ] {
            assert!(super::is_kind(kind), "{kind}");
        }
        for name in [
            "Keynote on Rivers",
            "Oral Histories of Science",
            "Ana Lima · KTH",
        ] {
            assert!(!super::is_kind(name), "{name}");
        }
    }

    use super::*;

    #[test]
    fn a_cancelled_session_without_views_ends_at_its_action_links() {
        let lex = Lexicon::builtin_for_tests();
        let text = "\
[CANCELLED] Farid Haddad (AUB) – Health Systems under Siege
Created by Global Health Admin
0:00
Scheduled — recording cancelled
Share  Settings  Edit

Stewardship That Works – Dr. Tendai Mukwashi (University of Zimbabwe)
Created by Karin Lindqvist
1:02:45
Views 77
Share  Stats  Settings  Edit

Surveillance in Low-Resource Settings – Prof. Ana Ferrer (ISGlobal)
Created by Karin Lindqvist
57:19
Views 81
Share  Stats  Settings  Edit
";
        let lines: Vec<&str> = text.lines().collect();
        let prepared = prepare(&lines, &lex).expect("a capture library");
        let names: Vec<(&str, usize)> = prepared
            .lines
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .map(|l| (l.text.as_ref(), l.origin))
            .collect();
        assert!(
            names.contains(&(
                "Stewardship That Works – Dr. Tendai Mukwashi (University of Zimbabwe)",
                7
            )),
            "{names:?}"
        );
    }

    #[test]
    fn upload_names() {
        let lex = Lexicon::builtin_for_tests();
        assert_eq!(
            read_name(
                "Copy of LabTalks 2024-02-01 Ek - Fast codes for graphs",
                &lex
            ),
            ("Fast codes for graphs".into(), Some("Ek".into()))
        );
        assert_eq!(
            read_name("Lab Seminar - Lee & Ek - Sparse solvers", &lex),
            ("Sparse solvers".into(), Some("Lee & Ek".into()))
        );
        assert_eq!(
            read_name("Seminar | Ann Lee (KTH) | Sparse solvers", &lex),
            ("Sparse solvers".into(), Some("Ann Lee (KTH)".into()))
        );
        assert_eq!(
            read_name("Job talk — Candidate: Ann Lee (KTH) — Sparse solvers", &lex),
            ("Sparse solvers".into(), Some("Ann Lee (KTH)".into()))
        );
    }

    #[test]
    fn surnames_with_suffixes_and_particles() {
        assert_eq!(last_name("Harold J. Whitmore Jr."), Some("whitmore".into()));
        assert!(is_surname("Costa dos Reis"));
        assert!(is_surname("Okafor"));
        assert!(!is_surname("Gould-Simpson 906"));
        assert!(!is_surname("Ann Lee"));
    }

    #[test]
    fn clutter_lines() {
        assert!(is_duration("1:02:40"));
        assert!(is_duration("58:12"));
        assert!(!is_duration("10:5"));
        assert!(is_duration("Duration: 58:12"));
        assert!(is_duration("1 h 02 min"));
        assert!(!is_duration("58 speakers"));
        assert!(is_chapter("0:00 Intro"));
        assert!(is_meta("Owner: AV team · May 3 · 1,204 views"));
        // Panopto's count on a line of its own
        assert!(is_meta("Views 412"));
        assert!(!is_meta("Views of the Sea"));
        assert!(is_action("Share · Edit · Download"));
        assert!(is_file_name("2024-01-25_lab_rec.mp4"));
        assert!(!is_file_name("Sparse solvers"));
        assert!(!is_action("Sparse solvers"));
        assert!(is_action("Share   Edit   Settings   Stats"));
        assert!(is_action("▶ Watch  ·  Copy link"));
    }

    #[test]
    fn sessions_become_entries() {
        let lex = Lexicon::builtin_for_tests();
        let input = "1:00:00\nLabTalks 2024-02-01 Ek - Fast codes for graphs\nBo Ek, Professor, KTH Royal Institute of Technology. Introduced by Cy.\nUploaded by av · 3 views\n58:00\nmic test\nUploaded by av · 1 view\n10:00\nx\n2 views\n";
        let lines: Vec<&str> = input.lines().collect();
        let texts: Vec<String> = prepare(&lines, &lex)
            .map(|p| p.texts().iter().map(|s| s.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(
            &texts[..3],
            &[
                "Fast codes for graphs".to_string(),
                "Bo Ek, Professor, KTH Royal Institute of Technology".to_string(),
                String::new()
            ]
        );
    }
}
