//! Classifying one line of a listing: title, speakers, title and speakers together, prose,
//! a timestamped segment, a date, a labelled field, or noise.
//!
//! The entry point is [`classify`]. A line is first stripped of what only frames it (bullets,
//! numbering, Markdown, "Keynote:"-style labels, a leading clock time or date), then every
//! reading of what is left gets a score from evidence — name shapes, institution and role
//! vocabulary, the gazetteer, punctuation, length — and the best reading wins. The layout pass
//! ([`layout`](super::layout)) later corrects readings that the neighbouring lines contradict.

use super::speaker::{parse_institutions, parse_speakers, person_score, ParsedSpeakers};
use super::text::{clean, clean_title, find_top, split_top, starts_lower, starts_upper};
use super::time::{parse_time_prefix, TimePrefix};
use super::words::{self, is_in};
use super::Lexicon;
use crate::model::{Affiliation, Speaker};

/// Lines longer than this are prose without further analysis.
const MAX_ANALYSED_LEN: usize = 700;

/// Lines longer than this, with no time, quote or tab in them, are prose once their frame
/// (bullets, headings, labels) is read.
const LONG_PROSE: usize = 300;

/// A labelled field ("Speaker: …", "Abstract: …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Speaker,
    Abstract,
    Bio,
    Affiliation,
    /// A position ("Position: PhD student"): the role of the speaker at the affiliation.
    Role,
    When,
    /// Host, chair, location, links: read and left out.
    Ignored,
}

/// What a line is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Blank,
    Noise,
    /// A horizontal rule (`---`, `===`): noise that may also end a record of labelled fields.
    Rule,
    /// The `--` line that starts an e-mail signature: what follows, up to a blank line, is
    /// about the sender.
    Signature,
    /// Video or feed metadata ("3.1K views · 14 Nov 2024 · 52 min"): noise that marks the
    /// line before it as the title of a video or episode.
    Meta,
    /// A Markdown heading, or a line underlined with `===`/`---`.
    Heading(String),
    Title(String),
    Speakers {
        speakers: Vec<Speaker>,
        score: f32,
    },
    /// Institutions only: an affiliation line under an author list, or else a title.
    Institutions {
        affiliations: Vec<Affiliation>,
        text: String,
    },
    /// Text for an abstract (or a bio, if the layout is in a bio).
    Prose(String),
    /// A long line that is prose as a whole: its text is the trimmed line, read from the
    /// source when grouping (no copy is kept per line).
    LongProse,
    Combined {
        title: String,
        speakers: Vec<Speaker>,
    },
    /// Talks reported in running prose ("Jane Doe (MIT) spoke about “Title”"), each with
    /// its speakers (see [`prose`](super::prose)).
    Reports(Vec<super::prose::Report>),
    /// `HH:MM:SS - "Title", Name, Role, Org` inside a session.
    Segment {
        stamp: String,
        title: String,
        speakers: Vec<Speaker>,
    },
    /// A date or time on its own.
    When(String),
    Field(Field, String),
}

/// A classified line with what framed it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LineInfo {
    pub kind: Kind,
    /// Written as a bullet or numbered item.
    pub listed: bool,
    /// A clock time or date written in front of the entry.
    pub when: Option<String>,
    /// The title had a "Keynote:"-style label.
    pub labelled: bool,
    /// The entry is marked as called off ("— CANCELLED", "[withdrawn]"): it is no talk.
    pub cancelled: bool,
    /// Struck-through text (`<s>…</s>`, `<del>`, `~~…~~`) on or across this line.
    pub strike: Strike,
}

/// Where a line stands in struck-through text, the way pages mark what was called off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Strike {
    #[default]
    None,
    /// The line is struck through from start to end.
    Whole,
    /// A strike starts on this line and runs past it.
    Opens,
    /// A strike that started on an earlier line ends here.
    Closes,
}

/// Facts about the whole document that line classification needs.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DocContext {
    /// Some line starts with a `0:00`/`00:00`/`00:00:00` stamp, or with a video chapter stamp
    /// `H:MM:SS` whose hour has one digit: two-part stamps are offsets.
    pub chapter_stamps: bool,
    /// The document is e-mail (an archive of a list, a thread): lines quoted with `>` repeat
    /// earlier messages.
    pub email: bool,
}

impl DocContext {
    pub(crate) fn scan(lines: &[&str]) -> Self {
        let chapter_stamps = lines.iter().any(|l| {
            let l =
                l.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•'));
            l.starts_with("0:00") || l.starts_with("00:00") || video_stamp(l)
        });
        let email = lines.iter().any(|l| {
            let l = l.trim();
            l.starts_with("From: ")
                || l.ends_with(" wrote:")
                || l.starts_with("Messages sorted by")
                || l.starts_with("-----Original Message")
                || l.starts_with("---------- Forwarded message")
        });
        Self {
            chapter_stamps,
            email,
        }
    }
}

/// A weekday, alone or abbreviated, that starts `s` before a space: ("Thu", rest).
fn weekday_prefix(s: &str) -> Option<(&str, &str)> {
    const DAYS: &[&str] = &[
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "weds",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
    ];
    let first = s.as_bytes().first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let (word, rest) = s.split_once(' ')?;
    let day = word.trim_end_matches([',', '.']);
    let known = day.len() <= 9 && DAYS.contains(&day.to_ascii_lowercase().as_str());
    known.then_some((day, rest.trim_start()))
}

/// Whether `l` starts with `H:MM:SS` and a space: the hour of a video chapter, not of a clock.
fn video_stamp(l: &str) -> bool {
    let b = l.as_bytes();
    b.len() > 8
        && b[0].is_ascii_digit()
        && b[1] == b':'
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit()
        && b[4] == b':'
        && b[5].is_ascii_digit()
        && b[6].is_ascii_digit()
        && b[7] == b' '
}

/// Classifies one line.
/// The header row of a file listing: "Name<TAB>Size<TAB>Modified".
fn is_file_listing_header(s: &str) -> bool {
    memchr::memchr(b'\t', s.as_bytes()).is_some()
        && s.split('\t').all(|c| {
            matches!(
                c.trim().to_ascii_lowercase().as_str(),
                "name"
                    | "size"
                    | "file size"
                    | "modified"
                    | "last modified"
                    | "date modified"
                    | "owner"
                    | "type"
                    | "kind"
                    | "created"
                    | "shared"
                    | "sharing"
                    | ""
            )
        })
}

/// Whether `s` is a row of a file listing: its first cell a file name.
pub(crate) fn is_file_row(s: &str) -> bool {
    file_entry(s).is_some()
}

/// A row of a file listing, by its first cell's extension.
enum FileEntry<'a> {
    /// A video or audio file: its name without the extension (and without "Copy of").
    Recording(&'a str),
    /// Captions, a chat log, slides, a notebook.
    Other,
}

/// Reads `s` as a row of a file listing ("2024-10-02 Name (Inst) - Title.mp4<TAB>Oct 3, 2024
/// Owner<TAB>412.6 MB"), or `None` when its first cell is no file name.
/// A recording's name without the stamp a meeting app (Webex) adds to it: "Title – Name
/// (Inst)-20250506 1400-1" → "Title – Name (Inst)": a dash, the date as eight digits, the
/// clock time as four, and maybe a dash and a count.
fn without_recording_stamp(s: &str) -> &str {
    let b = s.as_bytes();
    // (cheap refusal: a digit at the end)
    if !b.last().is_some_and(u8::is_ascii_digit) {
        return s;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let mut end = b.len();
    // "-1", "-12": the count of recordings that day
    if let Some(dash) = b[end.saturating_sub(3)..].iter().rposition(|&c| c == b'-') {
        let at = end.saturating_sub(3) + dash;
        if at + 1 < end && digits(at + 1..end) {
            end = at;
        }
    }
    // "-20250506 1400"
    if end < 14 || !digits(end - 4..end) || b[end - 5] != b' ' || !digits(end - 13..end - 5) {
        return s;
    }
    if b[end - 14] != b'-' || !b[end - 13..end - 11].starts_with(b"20") {
        return s;
    }
    let head = s[..end - 14].trim_end();
    if head.is_empty() {
        s
    } else {
        head
    }
}

fn file_entry(s: &str) -> Option<FileEntry<'_>> {
    const RECORDINGS: &[&str] = &[
        "mp4", "m4v", "mkv", "webm", "mov", "avi", "wmv", "mp3", "m4a", "wav", "ogg",
    ];
    const OTHERS: &[&str] = &[
        "vtt", "srt", "txt", "pdf", "ppt", "pptx", "key", "ipynb", "doc", "docx", "zip", "csv",
        "json", "md", "png", "jpg", "jpeg",
    ];
    let cell = s.split('\t').next().unwrap_or(s).trim_end();
    let (stem, ext) = cell.rsplit_once('.')?;
    if ext.len() > 5
        || stem.is_empty()
        || stem.ends_with(' ')
        || !ext.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let is = |list: &[&str]| list.iter().any(|e| e.eq_ignore_ascii_case(ext));
    if is(RECORDINGS) {
        let stem = stem.strip_prefix("Copy of ").unwrap_or(stem).trim();
        // "2024-10-02 Name - Title", "2024-10-09_-_Title": the recording's date
        let bytes = stem.as_bytes();
        let dated = bytes.len() > 11
            && bytes[..10].iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        let stem = if dated {
            stem[10..].trim_start_matches([' ', '_', '-', '–'])
        } else {
            stem
        };
        // "L&L 2024-05-01 – Name (Inst) – Title": a short series mark and the date first
        let stem = match stem.split_once(" – ").or_else(|| stem.split_once(" - ")) {
            Some((head, rest))
                if head.split_whitespace().count() <= 3
                    && head.split_whitespace().any(is_iso_date)
                    && !rest.trim().is_empty() =>
            {
                rest.trim()
            }
            _ => stem,
        };
        return Some(FileEntry::Recording(stem));
    }
    // (a sentence that ends in a file name is no row of a listing)
    let row = s.contains('\t') || !stem.contains(". ");
    (row && is(OTHERS)).then_some(FileEntry::Other)
}

/// Whether `w` is a date written `yyyy-mm-dd`.
fn is_iso_date(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// A year or a season alone, maybe with a note in brackets: "2024", "2021 (online)",
/// "2023–24", "2023/2024".
fn is_year_heading(text: &str) -> bool {
    let text = match text.split_once(" (") {
        Some((year, note)) if note.ends_with(')') => year,
        _ => text,
    };
    let year = |w: &str| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    match text.split_once(['–', '-', '/']) {
        Some((a, b)) => {
            year(a) && (year(b) || b.len() == 2 && b.bytes().all(|c| c.is_ascii_digit()))
        }
        None => year(text),
    }
}

/// A number alone of up to three digits: a place in a list or playlist, never a title; or a
/// progress figure ("100%", a checklist's).
fn is_index_number(text: &str) -> bool {
    let digits = text.strip_suffix('%').unwrap_or(text);
    !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit())
}

pub(crate) fn classify(raw: &str, lex: &Lexicon, ctx: DocContext) -> LineInfo {
    let mut info = LineInfo {
        kind: Kind::Blank,
        listed: false,
        when: None,
        labelled: false,
        cancelled: false,
        strike: Strike::None,
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return info;
    }
    // a file server's or cloud drive's listing: a recording's file name names the talk; the
    // other cells (modified, owner, size) and the other files (captions, chat logs, notes)
    // name nobody
    if is_file_listing_header(trimmed) {
        info.kind = Kind::Noise;
        return info;
    }
    let trimmed = match file_entry(trimmed) {
        Some(FileEntry::Recording(name)) => name,
        Some(FileEntry::Other) => {
            info.kind = Kind::Noise;
            return info;
        }
        None => trimmed,
    };
    // "Wed 2 April 2025 · Professor A (X) · Title · ▶ Watch (58:12)": a date, then the
    // entry's fields set apart by middle dots, read as they are when dashes set them apart
    if let Some(dashed) = dotted_record(trimmed) {
        return classify(&dashed, lex, ctx);
    }
    // "Title – Name (Inst)-20250506 1400-1": a meeting app's stamp after the recording's name
    let trimmed = without_recording_stamp(trimmed);
    // "… (Wikimedia España) [desde 1:14:30]": where the talk starts in the session's video
    let trimmed = without_start_mark(trimmed);
    if trimmed.len() > MAX_ANALYSED_LEN {
        info.kind = Kind::LongProse;
        return info;
    }
    if is_rule(trimmed) {
        info.kind = Kind::Rule;
        return info;
    }
    // "Air Date: 5/21/2025 12:00 PM   Duration: 58:41   Views: 211": a video catalogue's
    // metadata, several short labelled values set apart by wide gaps
    if is_labelled_metadata(trimmed) {
        info.kind = Kind::Noise;
        return info;
    }
    // a reference of a Wikipedia page: "^ Girard, Paul (2009). "Title". Journal."
    if trimmed.starts_with("^ ") {
        info.kind = Kind::Noise;
        return info;
    }
    if trimmed == "--" || ctx.email && trimmed == "-- " {
        info.kind = Kind::Signature;
        return info;
    }
    // the subject line of a message repeats (or abbreviates) what its body says
    if ctx.email
        && (trimmed.starts_with('>')
            || trimmed.starts_with("Subject:")
            || is_mail_furniture(trimmed))
        || memchr::memchr(b'@', trimmed.as_bytes()).is_some() && is_mail_furniture(trimmed)
    {
        info.kind = Kind::Noise;
        return info;
    }
    let (unstruck, strike) = strip_strike(trimmed);
    info.strike = strike;
    let trimmed = unstruck.as_ref();
    if trimmed.is_empty() {
        info.kind = Kind::Noise;
        return info;
    }
    let (text, heading) = strip_heading(trimmed);
    let text = strip_leading_pictographs(text);
    let (text, listed) = strip_list_marker(text);
    info.listed = listed;
    let text = strip_wiki(text);
    // the Arabic comma and semicolon of Persian text, as the readers split at them
    // (both start with the byte 0xD8 in UTF-8: one byte scan for most lines)
    let text = if memchr::memchr(0xD8, text.as_bytes()).is_some() && text.contains(['،', '؛']) {
        std::borrow::Cow::Owned(text.replace('،', ",").replace('؛', ";"))
    } else {
        text
    };
    // "Series (pt. 2): subtitle": the abbreviated part word, whose dot is no sentence's end
    // (Welsh "yr Athro" (the Professor) before a name: the article goes with the title)
    let text = if super::text::contains(&text, "r Athro ") {
        std::borrow::Cow::Owned(
            text.replace("Yr Athro ", "Athro ")
                .replace("yr Athro ", "Athro "),
        )
    } else {
        text
    };
    // ("DiD with staggered adoption, Pt. 2: event studies", as a video's title abbreviates it)
    let text = if super::text::contains(&text, "pt. ") || super::text::contains(&text, "Pt. ") {
        std::borrow::Cow::Owned(
            text.replace("(pt. ", "(part ")
                .replace("(Pt. ", "(Part ")
                .replace(", Pt. ", ", Part ")
                .replace(", pt. ", ", part "),
        )
    } else {
        text
    };
    if listed && text.starts_with('[') {
        // "- [Channels](#channels)": a table of contents
        if text.ends_with(')') && text.contains("](#") && text.matches("](").count() == 1 {
            info.kind = Kind::Noise;
            return info;
        }
        if let Some(kind) = linked_title(&text, lex) {
            info.kind = kind;
            return info;
        }
    }
    let text = strip_markdown(&text);
    let (text, coded) = strip_code(text.trim());
    info.listed |= coded;
    let (text, cancelled) = strip_status(text);
    info.cancelled = cancelled || says_called_off(text);
    // "20 March – Dr A (X), title TBC": a slot whose talk has no title yet
    if pending_title_at_end(text) {
        info.kind = Kind::Noise;
        return info;
    }
    // ("rec: https://…", "Slides: https://…": a link under a label that names no talk is read
    // as its field, not stripped down to the label alone)
    let unlinked = strip_trailing_url(text);
    let label = unlinked.trim_end_matches(':');
    if unlinked.len() < text.len()
        && !label.contains(": ")
        && label.split_whitespace().count() <= 3
        && field_of(&format!("{label}: -")) == Some(Field::Ignored)
    {
        info.kind = Kind::Field(Field::Ignored, text[unlinked.len()..].trim().to_owned());
        return info;
    }
    let text = strip_trailing_tags(strip_link_fragments(unlinked));
    let text = strip_trailing_length(text);
    let text = strip_leading_tag(text);
    // "GEANNULEERD – deze lezing gaat niet door": after the marker, a sentence about the talk
    // above (in any language), not a title of its own
    if cancelled {
        let sentence = text.trim_start_matches(['–', '—', '-', ':', ' ']);
        if sentence.starts_with(char::is_lowercase) && sentence.split_whitespace().count() >= 4 {
            info.kind = Kind::Prose(sentence.to_owned());
            return info;
        }
    }
    // "Panayam Blg. 18" (Tagalog: lecture no. 18) over its entry: a running number
    let numbered = || {
        text.split_once(" Blg. ").is_some_and(|(word, n)| {
            !word.contains(' ') && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        })
    };
    if text.is_empty() || is_speaker_count(text) || is_index_number(text) || numbered() {
        // "[withdrawn]": a slot with nothing in it; "2 presentations" under a name in a list
        // of speakers; "7" alone, a video's place in a playlist
        info.kind = Kind::Noise;
        return info;
    }
    // "Įkeltas paskaitos įrašas. Pranešėja: dr. X, … Tema: „T“.": a short sentence about the
    // post, then the talk's fields
    let text = after_lead_sentence(text).unwrap_or(text);
    if let Some((field, value)) = field_label(text) {
        // "Guest: Name, Org — Title" names the talk as well as its speaker
        info.kind = match field {
            // (not a dash inside the institution's brackets, "(Manaaki Whenua – Landcare
            // Research)", nor a position after the dash, "– Erskine Fellow, University of
            // Canterbury")
            Field::Speaker if dash_outside_brackets(value) => {
                match people_after_lead_in(value, lex) {
                    // ("A (X) – Erskine Fellow, Y" is read as "A (X), Erskine Fellow, Y")
                    Kind::Combined { title, .. }
                        if role_and_institutions(&title, lex).is_some() =>
                    {
                        let value = match value.find(&title) {
                            Some(at) if at > 0 => {
                                let head = value[..at].trim_end_matches(['—', '–', ' ']);
                                format!("{head}, {}", &value[at..])
                            }
                            _ => value.to_owned(),
                        };
                        Kind::Field(field, value)
                    }
                    kind @ Kind::Combined { .. } => kind,
                    _ => Kind::Field(field, value.to_owned()),
                }
            }
            // "Recording: Title by Dr. Name (Inst)": a recording's label over the talk itself
            Field::Ignored
                if value.contains(" by ")
                    && text
                        .get(..10)
                        .is_some_and(|l| l.eq_ignore_ascii_case("recording:")) =>
            {
                match split_combined(value, lex) {
                    Some((title, speakers, score)) if score >= 0.85 => {
                        Kind::Combined { title, speakers }
                    }
                    _ => Kind::Field(field, value.to_owned()),
                }
            }
            // "Video: Preserving born-digital poetry" over an embedded player: the video's
            // title, not a link to it
            Field::Ignored
                if text
                    .get(..7)
                    .is_some_and(|l| l.eq_ignore_ascii_case("video: "))
                    && value.split_whitespace().count() >= 3
                    && starts_upper(value)
                    && !value.bytes().any(|b| b.is_ascii_digit())
                    && !value.split_whitespace().any(|w| {
                        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                        recording_word(w)
                            || words::with_lowercase(w, |w| {
                                matches!(w, "panopto" | "stream" | "link" | "here" | "available")
                            })
                    }) =>
            {
                Kind::Title(clean_title(value))
            }
            _ => Kind::Field(field, value.to_owned()),
        };
        return info;
    }
    // "2024", "2021 (online)", "2023–24": a year over its entries dates them, as a date line
    // does; it is no talk's title
    if is_year_heading(text) {
        info.kind = Kind::When(text.to_owned());
        return info;
    }
    if heading {
        info.kind = Kind::Heading(clean_title(text));
        return info;
    }
    // Timestamps and clock times in front, maybe after a weekday ("Thu 10:00–11:30").
    let mut text = text;
    if let Some((day, rest)) = weekday_prefix(text) {
        if let Some((TimePrefix::Clock(time) | TimePrefix::Offset(time), rest)) =
            parse_time_prefix(rest)
        {
            info.when = Some(format!("{day} {time}"));
            text = rest;
        }
    }
    // "November 21 @ 4:00 pm - 5:30 pm": a date with its times is a date, not a time in
    // front of a title
    if info.when.is_none()
        && text.len() <= 80
        && text.bytes().any(|b| b.is_ascii_digit())
        && (is_date_line(text) || date_then_place(text))
    {
        info.kind = Kind::When(text.to_owned());
        return info;
    }
    if let Some((prefix, rest)) = parse_time_prefix(text).filter(|_| info.when.is_none()) {
        match prefix {
            // a stamp alone ("1:12:05" under a playlist's index) is a video's length
            TimePrefix::Offset(stamp)
                if (ctx.chapter_stamps || stamp.matches(':').count() == 2)
                    && !rest.trim().is_empty() =>
            {
                // "01:05 [Withdrawn] Title – Name": a slot whose talk did not take place
                let (rest, cancelled) = strip_status(rest.trim());
                if cancelled {
                    info.kind = Kind::Noise;
                    return info;
                }
                let (rest, labelled) = strip_title_label(rest);
                info.labelled = labelled;
                let (title, mut speakers) = title_and_speakers(rest, lex);
                // "19:45 Performance: Name – “Salt”": a performer gives no talk
                if performance_label(rest) {
                    speakers.clear();
                }
                info.kind = Kind::Segment {
                    stamp,
                    title,
                    speakers,
                };
                return info;
            }
            TimePrefix::Offset(when) | TimePrefix::Clock(when) => {
                // "12:30pm - 2:00pm CAT": a time and its zone, nothing else
                if is_time_zone(rest.trim().trim_matches(['(', ')'])) {
                    info.kind = Kind::When(when);
                    return info;
                }
                info.when = Some(when);
                text = rest;
            }
        }
    }
    // (a listed item with its title set apart by a dash early on is an entry, however long its
    // people run: "▸ Panel webinar: …? — panellists A (X), B (Y) and C, Role, Z; facilitated
    // by D · Watch (1 h 14 min)")
    let entry = || {
        [" — ", " – "].iter().any(|d| {
            super::text::find(text, d).is_some_and(|at| {
                let after = text[at + d.len()..].trim_start();
                at <= 160
                    && !text[..at].contains(". ")
                    && (starts_upper(after)
                        || ["panellists ", "panelists ", "with ", "by "]
                            .iter()
                            .any(|l| after.starts_with(l)))
            })
        })
    };
    if text.len() > LONG_PROSE
        && info.when.is_none()
        && !text.contains(['“', '"', '\t'])
        && !(text.len() <= 600 && entry())
    {
        info.kind = Kind::LongProse;
        return info;
    }
    // "Wednesday, May 14, 2025 | Noon–1 p.m. CT | Iowa Memorial Union": a date, then its
    // time and place between bars
    // (the time first, with a number or "Noon"; a table's row "date | name | title | link"
    // is no such line)
    if info.when.is_none() && text.contains(" | ") && text.len() <= 140 {
        let pieces: Vec<&str> = text.split(" | ").map(str::trim).collect();
        let timed = |p: &str| {
            p.bytes().any(|b| b.is_ascii_digit())
                || p.starts_with("Noon")
                || p.starts_with("noon")
                || p.starts_with("Midday")
        };
        let dated = is_date_line(pieces[0])
            && (2..=3).contains(&pieces.len())
            && timed(pieces[1])
            && pieces[1..].iter().all(|p| {
                (1..=8).contains(&p.split_whitespace().count())
                    && !p.contains(": ")
                    && !p.ends_with('?')
            });
        if dated {
            info.kind = Kind::When(text.to_owned());
            return info;
        }
    }
    // "10 Dec   Name (Inst): Title": a date set apart by a wide gap, as an event list
    // aligns it
    let gapped = memchr::memmem::find(text.as_bytes(), b"   ")
        .map(|at| (text[..at].trim(), text[at..].trim_start()))
        .filter(|(date, rest)| !rest.is_empty() && date.len() <= 24 && is_date_line(date));
    if let Some((date, rest)) = gapped.or_else(|| split_date_prefix(text)) {
        info.when = Some(match info.when.take() {
            Some(time) => format!("{date} {time}"),
            None => date.to_owned(),
        });
        // "January 16 — CANCELLED — Name — Title": a status after the date
        let (rest, cancelled) = strip_status(rest);
        info.cancelled |= cancelled;
        text = rest;
    }
    // "09:30 - 10:30 · Aula": a time and the room, no title
    // ("| 3:30 p.m. | Science 234 (note earlier start)": a time and a room after the date)
    let room = text.strip_prefix(['·', '|', '@']).is_some_and(|r| {
        !r.trim().is_empty()
            && (r.split_whitespace().count() <= 4
                || r.split(['|', '·'])
                    .all(|piece| (1..=5).contains(&piece.split_whitespace().count())))
    }) && info.when.is_some();
    // ("E enjte, 5 qershor 2025, ora 09:30 · Salla e Senatit, Universiteti i Tiranës, dhe
    // online": after the date, a hall and its building)
    let hall = || {
        let after = text.trim_start_matches(['·', '|', ' ']);
        let first = after.split([' ', ',']).next().unwrap_or_default();
        after.split_whitespace().count() <= 12
            && (is_room_line(first) || {
                let lower = first.to_lowercase();
                ROOM_WORDS.contains(&lower.as_str())
            })
    };
    // ("Friday, May 2, 2025 | 3:30 p.m. | Science 234": the time, then the room)
    let room = room
        || info.when.is_some() && hall()
        || info.when.is_some() && {
            let mut pieces = text.split(['|', '·']);
            let time = pieces.next().and_then(|t| parse_time_prefix(t.trim()));
            time.is_some_and(|(_, rest)| rest.trim().is_empty())
                && pieces.all(|piece| (1..=5).contains(&piece.split_whitespace().count()))
        };
    if text.is_empty() || room {
        info.kind = match info.when.take() {
            Some(when) => Kind::When(when),
            None => Kind::Noise,
        };
        return info;
    }
    // "Thursday 3 April 2025 · Online · Watch the recording ›": a card's date, where, and its
    // link
    if let Some(date) = dated_details(text) {
        info.kind = Kind::When(date.to_owned());
        return info;
    }
    if info.when.is_some() && text.split(" · ").all(is_detail) {
        info.kind = Kind::When(info.when.take().unwrap_or_default());
        return info;
    }
    if is_format_line(text, lex)
        || is_room_line(text)
        || is_kind_alone(text)
        || is_venue_line(text)
        || is_online_line(text)
    {
        info.kind = Kind::Noise;
        return info;
    }
    if is_date_line(text) {
        info.kind = Kind::When(text.to_owned());
        return info;
    }
    if may_be_meta(text) && is_meta_line(text) {
        info.kind = Kind::Meta;
        return info;
    }
    // (after the video metadata: "14 Nov 2024 · 58 min")
    // "Wed 5 June 2024 · 20:00 – 21:30 · Academy Building, Room 2": when, then where
    // (not a card's description that goes on in a sentence: "2 October 2024 · 52 min. Dr A
    // (X) discusses …")
    if let Some((date, rest)) = text.split_once(" · ") {
        let told = rest
            .split_once(". ")
            .is_some_and(|(_, sentence)| sentence.split_whitespace().count() >= 4);
        if is_date_line(date.trim()) && !told {
            info.kind = Kind::When(date.trim().to_owned());
            return info;
        }
    }
    // "posted on 2024-11-25, 14:02 authored by A, B, C": a repository item's authors, whom
    // its description may narrow to the presenter (see `layout`'s restated creators)
    if let Some(people) = item_authors(text) {
        if let Some(p) = parse_speakers(people, lex).filter(|p| p.score >= 0.6) {
            info.kind = Kind::Speakers {
                speakers: p.speakers,
                score: p.score,
            };
            return info;
        }
    }
    if is_noise(text) || is_menu(text, lex) || is_event_tags(text) || is_buttons(text) {
        info.kind = Kind::Noise;
        return info;
    }
    // "avec A (X) et B (Y) ; animée par C" under a title: its people, when they read so
    if let Some(people) = super::leadin::joined_people(text) {
        if let Some(parsed) = parse_speakers(&people, lex).filter(|p| p.score >= 0.7) {
            info.kind = Kind::Speakers {
                speakers: parsed.speakers,
                score: parsed.score,
            };
            return info;
        }
    }
    // "A conversation between A and B (X), chaired by C: “Writing the river”": people after a
    // lead-in, then a colon and the quoted title that ends the line
    if let Some(kind) = people_then_quoted_title(text, lex) {
        info.kind = kind;
        return info;
    }
    // "Featuring X", "Guest: X — Title", "Thesis defense — X: Title" (see `leadin`)
    let text = match super::leadin::lead_in(text) {
        super::leadin::Lead::People(rest) => {
            info.kind = people_after_lead_in(&rest, lex);
            return info;
        }
        super::leadin::Lead::Label(rest) => {
            info.labelled = true;
            rest
        }
        super::leadin::Lead::None => text,
    };
    let (text, labelled) = strip_title_label(text);
    info.labelled |= labelled;
    info.kind = match classify_content(text, lex) {
        // "Invited Talk: Something Else Entirely" names a talk, whatever its words look like
        Kind::Speakers { .. } | Kind::Institutions { .. } | Kind::Prose(_) if labelled => {
            Kind::Title(clean_title(text))
        }
        kind => kind,
    };
    // "the talk by X, "Title", is cancelled": the sentence that names the talk calls it off
    if matches!(info.kind, Kind::Combined { .. }) && text.len() > 60 && mentions_cancellation(text)
    {
        info.cancelled = true;
    }
    // "Name (Inst): Title TBA": a slot with its speaker but no talk yet
    if matches!(&info.kind, Kind::Combined { title, .. } if super::text::is_placeholder(title)) {
        info.kind = Kind::Noise;
    }
    info
}

/// A line of people, a colon and the quoted title that ends it: "A conversation between A
/// and B (X), chaired by C: “Writing the river”".
fn people_then_quoted_title(text: &str, lex: &Lexicon) -> Option<Kind> {
    if !text.ends_with(['”', '"', '»']) {
        return None;
    }
    let (before, quoted, after) = quoted_title(text)?;
    if !before.trim_end().ends_with(':') || !after.trim().is_empty() {
        return None;
    }
    let (title, speakers, score) = split_combined(text, lex)?;
    (score >= 0.6 && title == clean_title(quoted)).then_some(Kind::Combined { title, speakers })
}

/// Reads what follows a phrase that introduces people ("Featuring …", "Guest: …"): speakers,
/// or a talk with its speakers; anything else names nobody ("Featuring researchers from …").
fn people_after_lead_in(rest: &str, lex: &Lexicon) -> Kind {
    // "Featuring A (X). Co-hosted by B.": the people of the first sentence
    let rest = first_sentence(rest).trim_end_matches('.');
    // "Presented by A · Institution": a platform's card sets the institution off with a dot
    if let Some((who, org)) = rest.split_once(" · ").filter(|(_, o)| !o.contains(" · ")) {
        let (who, org) = (who.trim(), org.trim());
        let joined = format!("{who} ({org})");
        if let Some(p) = parse_speakers(&joined, lex).filter(|p| p.score >= 0.6) {
            return Kind::Speakers {
                speakers: p.speakers,
                score: p.score,
            };
        }
        // one name, as some people are known: "Presented by Wahyuningsih · Universitas X"
        let mononym = !who.contains(' ')
            && who.chars().count() >= 3
            && starts_upper(who)
            && who.chars().all(|c| c.is_alphabetic() || c == '-');
        if mononym {
            if let Some(affiliations) = parse_institutions(org, lex) {
                return Kind::Speakers {
                    speakers: vec![Speaker {
                        name: who.to_owned(),
                        alternate_names: Vec::new(),
                        affiliations,
                        line: 0,
                    }],
                    score: 0.7,
                };
            }
        }
    }
    // "Guest: Name, Org — Title": a dash or colon after the people sets off the title, even
    // where the whole would read as one long organisation name
    if rest.contains([':', '—', '–']) {
        if let Some((title, speakers, score)) = split_combined(rest, lex) {
            if score >= 0.6 && title.split_whitespace().count() >= 2 {
                return Kind::Combined { title, speakers };
            }
        }
    }
    match classify_content(rest, lex) {
        kind @ (Kind::Speakers { .. } | Kind::Combined { .. }) => kind,
        kind => match parse_speakers(rest, lex) {
            Some(p) if p.score >= 0.6 => Kind::Speakers {
                speakers: p.speakers,
                score: p.score,
            },
            _ if starts_lower(rest) => Kind::Noise,
            _ => kind,
        },
    }
}

/// The readings of stripped line content, best first.
/// Whether a line ends with a count of what a section holds: "Moot Court (2 videos)",
/// "2024 (11 entries)".
fn counted_section(text: &str) -> bool {
    let Some(inner) = text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) else {
        return false;
    };
    let Some((n, what)) = inner.1.split_once(' ') else {
        return false;
    };
    !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            what,
            "videos" | "recordings" | "entries" | "items" | "talks" | "lectures" | "episodes"
        )
}

fn classify_content(text: &str, lex: &Lexicon) -> Kind {
    // "Moot Court (2 videos)": a section's heading with its count, not a person
    if counted_section(text) {
        return Kind::Title(clean_title(text));
    }
    // "Wk 7 | Panel: T | Panellists: A (X), B (Y) | Chair: C": cells with labels of their own
    if let Some(cells) = labelled_cells(text) {
        return classify_content(&cells, lex);
    }
    // a line that is one quoted phrase is a title: "“Rough Paths (Lecture 1 of 3)”"
    if let Some((before, quoted, after)) = quoted_title(text) {
        if before.trim().is_empty() && after.trim_matches(['.', ',', ' ']).is_empty() {
            return Kind::Title(clean_title(quoted));
        }
    }
    if let Some((title, speakers)) = staged_panel(text, lex) {
        return Kind::Combined { title, speakers };
    }
    // "Dr. A, Staff Scientist, Utah Nanofab. Three lectures on …": a video's description that
    // opens with its speaker and institution, then goes on in sentences
    if let Some(p) = opening_speaker(text, lex) {
        return Kind::Speakers {
            speakers: p.speakers,
            score: p.score,
        };
    }
    let prose = prose_score(text);
    if prose >= 0.9 {
        // "… Prof. X from Y will give a talk titled "Title". The talk starts at 16:00."
        if let Some((title, speakers, _)) = announcement(text, lex) {
            return Kind::Combined { title, speakers };
        }
        if let Some(p) = introducer(text, lex) {
            return Kind::Speakers {
                speakers: p.speakers,
                score: p.score,
            };
        }
        // "A (Lahore University of Management Sciences (LUMS)) & B (Aga Khan University,
        // Karachi), “Title”, 6 March 2025. [Video]": a long entry whose title is quoted
        if let Some(entry) = quoted_entry(text, lex) {
            return entry;
        }

        // "Title (March 2024) – Dr. A and Dr. B, both of the X Louie B. Nunn Center": a long
        // entry whose initials read as sentence ends (or a long one whose title asks a question),
        // set apart by a dash and no full stop
        if !text.ends_with('.')
            && (super::text::contains(text, " – ")
                || super::text::contains(text, " — ")
                || super::text::contains(text, " - "))
        {
            if let Some((title, speakers, score)) = split_combined(text, lex) {
                if score >= 0.85 && title.split_whitespace().count() >= 2 {
                    return Kind::Combined { title, speakers };
                }
            }
        }
        return Kind::Prose(text.to_owned());
    }
    if let Some(p) = introducer(text, lex) {
        return Kind::Speakers {
            speakers: p.speakers,
            score: p.score,
        };
    }
    let title = title_score(text);
    // "Interoperability Mandates: Do They Work?" is a title, not a name and its remark
    let colon_title = memchr::memchr(b':', text.as_bytes()).is_some()
        && find_top(text, ": ")
            .first()
            .is_some_and(|&at| !named_before_colon(&text[..at], lex));
    let alone = parse_speakers(text, lex).filter(|_| !colon_title);
    // A clear speaker line with no separator that could also join a title to it is settled.
    let joinable = text.contains([':', '—', '–', '|', '\t', '"', '“', '«'])
        || text.contains(" by ")
        || text.contains(" - ")
        || sentence_break(text);
    if let Some(p) = alone.as_ref().filter(|p| p.score >= 0.9 && !joinable) {
        return Kind::Speakers {
            speakers: p.speakers.clone(),
            score: p.score,
        };
    }
    let combined = split_combined(text, lex);
    let alone_score = alone.as_ref().map_or(0.0, |p| p.score);
    let combined_score = combined.as_ref().map_or(0.0, |c| c.2);
    if alone_score >= 0.6 && alone_score >= combined_score && alone_score >= prose {
        if let Some(p) = alone {
            return Kind::Speakers {
                speakers: p.speakers,
                score: p.score,
            };
        }
    }
    if combined_score >= 0.6 && combined_score >= prose {
        if let Some((title, speakers, _)) = combined {
            return Kind::Combined { title, speakers };
        }
    }
    // "Physics Colloquium – Joint talk: A (X) & B (Y)": an event's name, then its people (the
    // title comes in a field of its own)
    if let Some(at) = super::text::rfind(text, ": ") {
        let (label, people) = (&text[..at], &text[at + 2..]);
        if names_an_event(label) {
            if let Some(p) = parse_speakers(people, lex).filter(|p| {
                p.score >= 0.85 && p.speakers.iter().all(|s| !s.affiliations.is_empty())
            }) {
                return Kind::Speakers {
                    speakers: p.speakers,
                    score: p.score,
                };
            }
        }
    }
    // ("Moral distress in critical care nursing, Part I: measuring what nurses carry": a part
    // of a series is a title, however much its subtitle reads like a sentence)
    let part = || {
        !text.ends_with('.') && !text.contains(". ") && super::series::part_marker(text).is_some()
    };
    if prose > title && !part() {
        Kind::Prose(text.to_owned())
    } else if let Some(affiliations) = parse_institutions(text, lex)
        .or_else(|| role_and_institutions(text, lex))
        // ("Guest Karthikeyan S. (Senior Economist, Flipkart) walks through …": a bracket cut
        // in two is no institution's)
        .filter(|affs| {
            affs.iter().all(|a| {
                std::iter::once(&a.name)
                    .chain(&a.role)
                    .all(|t| t.matches('(').count() == t.matches(')').count())
            })
        })
    {
        Kind::Institutions {
            affiliations,
            text: clean(text).to_owned(),
        }
    } else {
        Kind::Title(clean_title(text))
    }
}

/// A position line under a speaker's name, as seminar platforms print it: "Lecturer in
/// Chemistry, University of Liverpool", "Research Fellow, Leibniz Institute for Catalysis
/// (LIKAT), Rostock", or institutions set apart by a slash, "University of Oslo / SINTEF".
/// The role (if any) goes with the first institution; a town at the end is dropped.
fn role_and_institutions(text: &str, lex: &Lexicon) -> Option<Vec<Affiliation>> {
    let text = clean(text);
    if text.len() > 160 || !text.contains([',', '/']) {
        return None;
    }
    // "Research Geologist, U.S. Geological Survey, and Adjunct Professor, Colorado School of
    // Mines": two positions, each with its institution
    if let Some(at) = super::text::find(text, ", and ") {
        let (first, second) = (&text[..at], &text[at + ", and ".len()..]);
        let second_role = second
            .split_once(", ")
            .is_some_and(|(r, _)| super::speaker::role_score(r) >= 0.8);
        if second_role {
            if let (Some(mut a), Some(b)) = (
                role_and_institutions(first, lex),
                role_and_institutions(second, lex),
            ) {
                a.extend(b);
                return Some(a);
            }
        }
    }
    let first_comma = super::text::find(text, ", ").map(|at| (&text[..at], &text[at + 2..]));
    let (role, rest) = match first_comma {
        Some((role, rest)) if super::speaker::role_score(role) >= 0.8 => (Some(role), rest),
        Some((role, rest)) => match role.split_once(" in ") {
            // ("Lecturer in Chemistry")
            Some((r, field))
                if super::speaker::role_score(r) >= 0.8
                    && starts_upper(field)
                    && !field.split_whitespace().any(words::is_org_word) =>
            {
                (Some(role), rest)
            }
            _ => (None, text),
        },
        None => (None, text),
    };
    let rest = match rest.rsplit_once(", ") {
        Some((head, town)) if is_in(&words::CITY, town) || is_in(&words::PLACE, town) => head,
        _ => rest,
    };
    // (after a role, or beside a clear institution across a slash, a name with less
    // evidence of one is taken too: "Principal Scientist, ITM Power", "University of Oslo /
    // SINTEF")
    // (what follows a role is where it is held, however it is spelled: "Ocean Infinity")
    let after_role = |piece: &str| {
        role.is_some() && starts_upper(piece) && piece.split_whitespace().count() <= 5
    };
    let loose = |piece: &str| {
        let org = super::speaker::org_score(piece, lex) >= 0.5 && person_score(piece, lex).0 < 0.6;
        (org || after_role(piece)).then(|| vec![super::speaker::affiliation(piece, None, lex)])
    };
    let mut affiliations = Vec::new();
    let mut strong = false;
    for piece in rest.split(" / ") {
        let piece = piece.trim();
        match parse_institutions(piece, lex) {
            Some(found) => {
                strong = true;
                affiliations.extend(found);
            }
            None => affiliations.extend(loose(piece)?),
        }
    }
    if !strong && role.is_none() {
        return None;
    }
    if role.is_none() && !text.contains(" / ") || affiliations.is_empty() {
        return None;
    }
    if let (Some(role), Some(first)) = (role, affiliations.first_mut()) {
        first.role = Some(role.to_owned());
    }
    Some(affiliations)
}

/// Words of running text that announce a talk and its title.
const ANNOUNCES: &[&str] = &[
    "talk titled",
    "talk entitled",
    "talk on",
    "seminar titled",
    "seminar entitled",
    "lecture titled",
    "lecture entitled",
    "will present",
    "will speak",
    "will talk",
    "will give",
    "talk by",
    "lecture by",
    "seminar by",
    "presentation by",
];

/// A talk announced in a sentence of running text with its title in quotes: "next Tuesday,
/// Prof. X from Y will give a talk titled "Title"", "the talk by X (Y), "Title", is …".
fn announcement(text: &str, lex: &Lexicon) -> Option<(String, Vec<Speaker>, f32)> {
    if text.len() > MAX_ANALYSED_LEN || !text.contains(['"', '“', '«']) {
        return None;
    }
    let lower = text.to_lowercase();
    if !ANNOUNCES.iter().any(|a| lower.contains(a)) {
        return None;
    }
    let (before, quoted, _) = quoted_title(text)?;
    let before = strip_narrative(clean(last_sentence(before)));
    let found = candidate(quoted, before, 0.2, lex)?;
    (found.2 >= 0.6).then_some(found)
}

/// A sentence that introduces the speakers of the titles listed after it: "Next week Mei
/// Tanaka, a PhD student at ETH Zürich, will give a two-part tutorial:".
fn introducer(text: &str, lex: &Lexicon) -> Option<super::speaker::ParsedSpeakers> {
    // "X will give a two-part tutorial in room E-012. Bring a laptop.": the first sentence
    // announces the parts listed below
    let text = match text.strip_suffix(':') {
        Some(text) => text,
        None => Some(first_sentence(text)).filter(|s| announces_parts(s))?,
    };
    let lower = text.to_lowercase();
    if ![
        "will give",
        "will present",
        "will teach",
        "will lead",
        "gives",
        "presents",
    ]
    .iter()
    .any(|v| lower.contains(v))
    {
        return None;
    }
    let who = strip_narrative(clean(last_sentence(text)));
    // "Next week Mei Tanaka": a leading time phrase without a comma
    let who = [
        "next week ",
        "this week ",
        "tomorrow ",
        "today ",
        "next month ",
    ]
    .iter()
    .find_map(|p| {
        who.get(..p.len())
            .filter(|h| h.eq_ignore_ascii_case(p))
            .map(|_| &who[p.len()..])
    })
    .unwrap_or(who);
    let parsed = parse_speakers(who, lex)?;
    (parsed.score >= 0.75 && parsed.speakers.len() <= 3).then_some(parsed)
}

/// Whether a sentence announces a talk in several parts, listed after it ("a two-part
/// tutorial", "a series of three lectures", "a mini-course").
pub(crate) fn announces_parts(text: &str) -> bool {
    // every phrase below holds one of these stems: most lines have none
    let stems = ["part", "Part", "series", "Series", "course", "Course"];
    if text.len() > MAX_ANALYSED_LEN || !stems.iter().any(|s| text.contains(s)) {
        return false;
    }
    let lower = text.to_lowercase();
    [
        "two-part",
        "three-part",
        "four-part",
        "multi-part",
        "two part",
        "three part",
        "series of",
        "mini-course",
        "minicourse",
        "short course",
        "lecture series",
        "tutorial series",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // (a report of the first part, under its title, announces nothing: "Dr. A opened a
        // two-part colloquium on …")
        && ![" opened ", " gave ", " presented ", " delivered ", " began ", " started "]
            .iter()
            .any(|w| lower.contains(w))
}

/// Whether `text` has a ". " that could end a title, not one after an initial or a short
/// abbreviation ("J. Doe", "Dr. X"): the same rule [`split_combined`] splits by.
fn sentence_break(text: &str) -> bool {
    find_top(text, ". ")
        .into_iter()
        .any(|at| !after_initial(&text[..at]))
}

/// The speaker a description opens with, in a first sentence of its own: every person with an
/// institution, clearly read.
fn opening_speaker(text: &str, lex: &Lexicon) -> Option<ParsedSpeakers> {
    // (cheap refusal: a full stop after a word longer than an initial, with a sentence of
    // three words or more after it: "Ingrid J. Okafor, MIT" has none)
    let b = text.as_bytes();
    let stop = memchr::memmem::find_iter(b, b". ").find(|&at| {
        let word = text[..at].rsplit([' ', '.']).next().unwrap_or("");
        word.len() > 2
    })?;
    text[stop + 2..].split_whitespace().nth(2)?;
    let first = first_sentence(text);
    if first.len() >= text.len() || !first.contains([',', '(']) || first.contains(['"', '“', ':'])
    {
        return None;
    }
    // (a title in front makes a lesser score enough: "Dr. A, Staff Scientist, Utah Nanofab")
    let titled = first
        .split_whitespace()
        .next()
        .is_some_and(|w| words::classes(w).has(words::Classes::HONORIFIC));
    parse_speakers(first.trim_end_matches('.'), lex).filter(|p| {
        (p.score >= 0.85 || titled && p.score >= 0.7)
            && p.speakers.len() <= 3
            && p.speakers.iter().all(|s| !s.affiliations.is_empty())
            // (no sentence runs on after the institution: "A and B, University of X, present
            // joint work")
            && p.speakers
                .iter()
                .flat_map(|s| &s.affiliations)
                .all(|a| !super::text::starts_lower(&a.name))
    })
}

/// Whether the word that ends `left` is an initial or a short abbreviation ("J", "Dr").
fn after_initial(left: &str) -> bool {
    left.rsplit(' ').next().is_some_and(|w| {
        w.chars().count() <= 2
            || words::classes(w).has(words::Classes::HONORIFIC)
            // ("The Hon. A": an honorific written with its full stop)
            || w.len() <= 5 && words::classes(&format!("{w}.")).has(words::Classes::HONORIFIC)
    })
}

/// Whether `left` of " with " can be a title that a guest follows ("What Ice Cores Tell Us with
/// Lena Fischer"), not a remark about co-authors ("This is joint work with …").
fn with_joins_a_title(left: &str) -> bool {
    let lower = left.trim().to_lowercase();
    let remark = [
        "joint work",
        "collaboration",
        "together",
        "work done",
        "conversation",
    ]
    .iter()
    .any(|p| lower.contains(p))
        || ["this ", "it ", "we ", "in ", "based on", "joint "]
            .iter()
            .any(|p| lower.starts_with(p));
    // most words of a title are capitalised
    let words = left.split_whitespace().count();
    let capitalised = left.split_whitespace().filter(|w| starts_upper(w)).count();
    !remark && words >= 2 && capitalised * 2 >= words
}

/// Reads a segment's text: a title, maybe with speakers after it.
fn title_and_speakers(text: &str, lex: &Lexicon) -> (String, Vec<Speaker>) {
    match split_combined(text, lex) {
        Some((title, speakers, score)) if score >= 0.5 => (title, speakers),
        // "Dr A (School of Engineering) on “Title”": a chapter told as a sentence
        _ if text.contains(['“', '"']) => {
            match super::prose::find_reports(text, lex).as_slice() {
                [(_, (title, speakers))] if !speakers.is_empty() => {
                    (title.clone(), speakers.clone())
                }
                _ => (clean_title(text), Vec::new()),
            }
        }
        _ => (clean_title(text), Vec::new()),
    }
}

/// Whether `left` ends with an acronym and `right` is an institution's name, as written
/// "GESIS – Leibniz-Institut für Sozialwissenschaften".
fn acronym_then_name(left: &str, right: &str, lex: &Lexicon) -> bool {
    // ("…, Application Specialist at CSC – IT Center for Science": the last word)
    let last = left.rsplit([',', '(', ' ']).next().unwrap_or("").trim();
    let acronym = (2..=8).contains(&last.len())
        && last
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b.is_ascii_digit());
    // ("A · Mila – Quebec AI Institute": a name the gazetteer knows with its dash)
    let piece = left.rsplit([',', '(', '·']).next().unwrap_or("").trim();
    // (the name may end where another separator starts the title: "Name, University of
    // Auckland – Waipapa Taumata Rau — Title")
    let head = [" — ", " – ", " - ", " | "]
        .iter()
        .filter_map(|d| super::text::find(right, d))
        .min()
        .map_or(right, |at| &right[..at]);
    let known = || {
        !piece.is_empty()
            && [right, head].iter().any(|right| {
                right.split_whitespace().count() <= 8
                    && [" – ", " - ", " — "]
                        .iter()
                        .any(|d| lex.institution(&format!("{piece}{d}{right}")).is_some())
            })
    };
    // ("Tidal turbines meet ROMS – Ngaio Whitmore-Sato (University of Auckland)": a person
    // with an institution in brackets is no institution's full name)
    let person = || {
        let name = right.split(" (").next().unwrap_or(right);
        name.len() < right.len() && person_score(name, lex).0 >= 0.6
    };
    acronym
        && right.split_whitespace().count() <= 8
        && parse_institutions(right, lex).is_some_and(|a| a.len() == 1)
        && !person()
        || known()
}

/// How a title and speakers are joined on one line.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Join {
    /// Title first: "Title — Speaker", "Title by Speaker", "Title, Speaker (Org)".
    TitleFirst,
    /// Speaker first: "Speaker (Org): Title", "Speaker — Title".
    SpeakerFirst,
    Either,
}

/// Finds the best split of `text` into a title and speakers, with a score.
pub(crate) fn split_combined(text: &str, lex: &Lexicon) -> Option<(String, Vec<Speaker>, f32)> {
    // "Episode 14: Title — with Dr A (X). Presented by Lucy Ambrose.": the host's credit after
    // the entry is no part of it
    if let Some(head) = without_host_credit(text) {
        return split_combined(head, lex);
    }
    let mut best: Option<(String, Vec<Speaker>, f32)> = None;
    let consider = |best: &mut Option<(String, Vec<Speaker>, f32)>,
                    title: &str,
                    speakers: &str,
                    bonus: f32| {
        // ("Name, Технически университет – София": a city after a dash is no title)
        if is_in(&words::CITY, title.trim()) {
            return;
        }
        if let Some(found) = candidate(title, speakers, bonus, lex) {
            if best.as_ref().is_none_or(|b| found.2 > b.2) {
                *best = Some(found);
            }
        }
    };
    // A quoted title: “Title” Speaker, Org  /  Speaker: "Title"  /  "Title", Name, Role, Org
    // ("“Small axe”: Bob Marley, Walter Rodney and the politics of the 1970s": a quotation that
    // opens a title, its subtitle after the colon)
    let opens_title =
        |before: &str, after: &str| before.trim().is_empty() && after.starts_with(": ");
    if let Some((before, quoted, raw_after)) =
        quoted_title(text).filter(|(b, _, a)| !opens_title(b, a))
    {
        let after = first_sentence(clean(raw_after));
        // ("Name (role). «Title»": the people's sentence ends right before the quote)
        let before = strip_narrative(clean(last_sentence(clean(before))));
        let before = strip_title_label(before).0;
        // "Dr. A (X) on his new book “Title”": what the speaker talks on, before the quote
        let before = [
            " on his new book",
            " on her new book",
            " on their new book",
            " on his book",
            " on her book",
            " on their book",
            " on the book",
            " speaks on",
            " talks on",
            " on",
        ]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
        if !after.is_empty() {
            consider(&mut best, quoted, after, 0.25);
        }
        // "“Panel: Is official data fit for policy?”, 27 March 2025. Panelists: A (X); B (Y).":
        // the people's label in the sentence after the date
        if before.trim().is_empty() && is_date_line(after.trim_matches([',', ' ', '.'])) {
            let rest = clean(raw_after)[after.len()..].trim_start_matches(['.', ' ']);
            if let Some((Field::Speaker, people)) = field_label(rest) {
                consider(&mut best, quoted, first_sentence(people), 0.25);
            }
        }
        if !before.is_empty() {
            consider(&mut best, quoted, before, 0.2);
        }
        // "Joint seminar with Linguistics: Dr. X (Y), “Title”": a label before the speaker
        if let Some(at) = super::text::rfind(before, ": ") {
            let speaker = &before[at + 2..];
            if !speaker.is_empty() {
                consider(&mut best, quoted, speaker, 0.2);
            }
        }
    }
    // A quoted title with a clear speaker list settles the line: the separators inside the
    // speaker list ("Name, Role, Org, Name, …") need not be tried one by one.
    if best.as_ref().is_some_and(|b| b.2 >= 0.85) {
        return best;
    }
    // "Panel: How do we keep them? Panellists: A (X), B (Y) and C (Z). Moderator: D": the
    // people's label after the title's question or full stop (a colon after it first)
    let last_colon = memchr::memrchr(b':', text.as_bytes()).unwrap_or(0);
    for sep in ["? ", ". "].iter().filter(|_| last_colon > 0) {
        for (at, _) in text.match_indices(sep) {
            if at > last_colon {
                break;
            }
            let right = &text[at + sep.len()..];
            if !right.starts_with(char::is_uppercase) {
                continue;
            }
            // ("15 Ionawr 2025 · 48 munud. Siaradwr: Dr A, …": a date and a length before the
            // label are no title)
            let left = &text[..at];
            if left.contains(" · ") || is_date_line(left) {
                continue;
            }
            if let Some((Field::Speaker, people)) = field_label(right) {
                let kept = usize::from(*sep == "? ");
                consider(&mut best, &text[..at + kept], people, 0.25);
            }
        }
    }
    let has_question = memchr::memchr(b'?', text.as_bytes()).is_some();
    for (sep, join, bonus) in [
        (" — ", Join::Either, 0.15),
        (" – ", Join::Either, 0.15),
        (" -- ", Join::Either, 0.15),
        (" - ", Join::Either, 0.1),
        (" | ", Join::Either, 0.1),
        // "Title / Dr. Name (Inst)", as boards title a post
        (" / ", Join::TitleFirst, 0.1),
        ("\t", Join::Either, 0.1),
        (": ", Join::SpeakerFirst, 0.15),
        (", by ", Join::TitleFirst, 0.2),
        (" by ", Join::TitleFirst, 0.15),
        // Catalan, Spanish, Danish: "«Title», a càrrec de X (Inst)", "Title – ved professor X"
        (", a càrrec de ", Join::TitleFirst, 0.2),
        (", a càrrec del ", Join::TitleFirst, 0.2),
        (", a càrrec de la ", Join::TitleFirst, 0.2),
        (", a cargo de ", Join::TitleFirst, 0.2),
        (", a cargo del ", Join::TitleFirst, 0.2),
        (" – ved ", Join::TitleFirst, 0.2),
        // Indonesian: "“Title” oleh Name (Inst)"
        (" oleh ", Join::TitleFirst, 0.15),
        // "Title with Guest of Institution": a weak separator, so the speaker must be clear
        (" with ", Join::TitleFirst, 0.05),
        (". ", Join::TitleFirst, 0.05),
        // "Hvordan kommunisere klimarisiko? Sofia Castaño Lie, stipendiat, UiB": a question
        // ends the title (and stays in it)
        ("? ", Join::TitleFirst, 0.05),
        // "Who owns the high street? With Dr A (X), B (Y) and C (Z); chaired by D"
        ("? With ", Join::TitleFirst, 0.2),
        // … and in Norwegian, Swedish, Danish, German, Dutch, French, Spanish, Portuguese:
        // "Hvem skal betale? Med A (X), B (Y) og C (Z). Ordstyrer: D"
        ("? Med ", Join::TitleFirst, 0.2),
        ("? Mit ", Join::TitleFirst, 0.2),
        ("? Met ", Join::TitleFirst, 0.2),
        ("? Avec ", Join::TitleFirst, 0.2),
        ("? Con ", Join::TitleFirst, 0.2),
        ("? Com ", Join::TitleFirst, 0.2),
        // Latvian "take part": "Diskusija: Vai …? Piedalās A (X), B (Y) un C (Z)."
        ("? Piedalās ", Join::TitleFirst, 0.2),
        // "Panel: what should a model look like? w/ A, B and C (X)": a chat's "with"
        ("? w/ ", Join::TitleFirst, 0.2),
        (" w/ ", Join::TitleFirst, 0.1),
        // "Mapping the Victorian slum: an In Conversation event with archivist A (X) and B (Y)"
        (": an In Conversation event with ", Join::TitleFirst, 0.2),
        (": In Conversation with ", Join::TitleFirst, 0.2),
        (": in conversation with ", Join::TitleFirst, 0.2),
        (": a conversation with ", Join::TitleFirst, 0.2),
        (", ", Join::TitleFirst, 0.0),
    ] {
        // (the question's separators only where a question mark is)
        if sep.starts_with('?') && !has_question {
            continue;
        }
        for at in find_top(text, sep) {
            let kept = usize::from(sep.starts_with("? "));
            let (left, right) = (&text[..at + kept], &text[at + sep.len()..]);
            if sep == " with " && !with_joins_a_title(left) {
                continue;
            }
            if sep == ". " && after_initial(left) {
                continue; // "J. Doe", "Dr. X"
            }
            // "…, Direktorin, GESIS – Leibniz-Institut für Sozialwissenschaften": an
            // acronym and the institution's full name, not a speaker and a title
            if matches!(sep, " — " | " – " | " - ") && acronym_then_name(left, right, lex) {
                continue;
            }
            // "…; moderated by X", "hosted by X": the person after is no speaker
            if sep.ends_with(" by ") && names_no_speaker(left) {
                continue;
            }
            // "Title — told by Prof. X", "Title – presented by X": the verb goes with the
            // speaker, not the title
            let left = if sep == " by " {
                without_telling_verb(left)
            } else {
                left
            };
            // "Paper Lungs: The Long Life of Tuberculosis": before a colon, two capitalised
            // words are a name only with evidence of one
            if sep == ": " && !named_before_colon(left, lex) {
                continue;
            }
            // "Ceramic Petrography, Part 2: Reading Temper": a series and its part before
            // the colon, not a person and an institution
            if sep == ": " && super::series::part_marker(left).is_some() {
                continue;
            }
            // "Title: a subtitle of some words | Name", as a video channel titles its uploads:
            // one person after the bar, no more cells
            let bonus = if sep == " | "
                && !right.contains(['|', '(', ':'])
                && !left.contains('|')
                && right.split_whitespace().count() <= 4
                && left
                    .rsplit_once(": ")
                    .is_some_and(|(_, sub)| sub.split_whitespace().count() >= 3)
            {
                0.15
            } else {
                bonus
            };
            if matches!(join, Join::TitleFirst | Join::Either) {
                consider(&mut best, left, right, bonus);
            }
            // "Data linkage in Victoria: Dr A, Centre for X, Department of Health": a title,
            // then a colon, then a person with a title and an institution (not a label,
            // "Coordenação: Prof. X", "… recorded in full. Chair: Dr X", nor a heading's note,
            // "Visitors (stays of a month or more): Dr A …")
            // (the honorific first: most colons are followed by no person)
            // ("A life in reggae: The Hon. A, OJ (X)": a style with its article)
            let titled = sep == ": "
                && right
                    .strip_prefix("The ")
                    .unwrap_or(right)
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| words::classes(w).has(words::Classes::HONORIFIC));
            let label = left.rsplit([',', '.']).next().unwrap_or(left).trim();
            if titled
                && !left.ends_with(')')
                && !left.contains(['“', '"', ';', '–', '—'])
                && !super::layout::is_housekeeping(left)
                && field_of(text).is_none()
                && field_of(&format!("{label}: -")).is_none()
            {
                // (a person with an institution: "Einführung in die Reihe: Prof. Dr. X" is
                // a host's welcome)
                if let Some(found) = candidate(left, right, 0.05, lex)
                    .filter(|c| c.1.iter().all(|s| !s.affiliations.is_empty()))
                {
                    if best.as_ref().is_none_or(|b| found.2 > b.2) {
                        best = Some(found);
                    }
                }
            }
            // "Urban Water Resilience – Part 2: Groundwater": a series and its part, not a
            // speaker and a title
            let series_first = matches!(sep, " — " | " – " | " - " | " -- ")
                && super::series::starts_with_part(right);
            if matches!(join, Join::SpeakerFirst | Join::Either) && !series_first {
                consider(&mut best, right, left, bonus);
                // "AMATH Colloquium: Name (Inst) — Title", "Probability Seminar | Name
                // (Inst) – Title", "Algebra Seminar – Name (Inst): Title": a series label
                // before the speaker
                // ("Global Surgery Grand Rounds – Dr. X, Hospital – Title": the same dash
                // twice, a little less sure)
                for label_sep in [": ", " | ", " – ", " — ", " - "] {
                    let same = label_sep == sep;
                    if let Some(at) = super::text::find(left, label_sep) {
                        let speaker = &left[at + label_sep.len()..];
                        // (a label's colon twice, "2012 – Inaugural lecture: Prof. X (Y):
                        // Title"; the same dash twice only after an event's name or a date:
                        // not "Title? — Name (Inst) — no recording")
                        let label = &left[..at];
                        if !speaker.is_empty()
                            && (!same
                                || sep == ": "
                                || names_an_event(label)
                                || is_date_line(label))
                        {
                            let penalty = if same { 0.1 } else { 0.05 };
                            consider(&mut best, right, speaker, bonus - penalty);
                        }
                    }
                }
            }
        }
    }
    // "Title — Echeverría-Vogt & Castell-Obi": double-barrelled family names after a dash,
    // completed later from the document (see `surnames`)
    if best.is_none() {
        for dash in [" — ", " – "] {
            if let Some(at) = super::text::rfind(text, dash) {
                let (title, people) = (&text[..at], &text[at + dash.len()..]);
                if title.split_whitespace().count() >= 3 {
                    if let Some(speakers) = super::surnames::surname_list(people, false) {
                        best = Some((clean_title(title), speakers, 0.7));
                        break;
                    }
                }
            }
        }
    }
    // "Title (Dr Name, Institution)": the speaker in brackets after the title
    if best.as_ref().is_none_or(|b| b.2 < 0.7) && text.ends_with(')') {
        if let Some(open) = super::text::rfind(text, " (") {
            let (title, inner) = (&text[..open], &text[open + 2..text.len() - 1]);
            // ("Title (Dr. Isatu Kargbo)": a person with a title alone)
            let titled = || {
                inner
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| words::classes(w).has(words::Classes::HONORIFIC))
                    && inner.split_whitespace().count() <= 6
            };
            // (not a host's welcome: "00:00 Opening (prof. dr A)", "Welcome (Dr. B)")
            let titled = || {
                titled()
                    && title.split_whitespace().count() >= 4
                    && !super::layout::is_housekeeping(title)
            };
            if !inner.contains(['(', ')']) && (inner.contains(", ") || titled()) {
                consider(&mut best, title, inner, 0.1);
            }
            // "Title (Name — Institution)"
            for dash in [" — ", " – "] {
                if !inner.contains(['(', ')']) && super::text::contains(inner, dash) {
                    consider(&mut best, title, &inner.replacen(dash, ", ", 1), 0.1);
                }
            }
        }
    }
    // "Diffusion models, part I: the score-matching view (Lea)": a lab's own member, by a
    // given name alone
    if best.is_none() && text.ends_with(')') {
        if let Some(open) = super::text::rfind(text, " (") {
            let (title, inner) = (&text[..open], &text[open + 2..text.len() - 1]);
            let given = starts_upper(inner)
                && inner.len() >= 3
                && inner.chars().all(char::is_alphabetic)
                && lex.is_given_name(inner)
                && lex.institution(inner).is_none()
                && !is_in(&words::PLACE, inner)
                && !is_in(&words::CITY, inner)
                // ("Bulletin · Winter 2025 (June)": a month, though a given name too)
                && !is_in(&words::CALENDAR, inner);
            if given && title.split_whitespace().count() >= 3 && !title.contains(['(', ')']) {
                let speaker = Speaker {
                    name: inner.to_owned(),
                    alternate_names: Vec::new(),
                    affiliations: Vec::new(),
                    line: 0,
                };
                best = Some((clean_title(title), vec![speaker], 0.7));
            }
        }
    }
    // "Name: Title (Institution)": the speaker's institution after the title
    if let Some((title, speakers, _)) = best.as_mut() {
        if title.ends_with(')') && speakers.iter().all(|s| s.affiliations.is_empty()) {
            if let Some(open) = title.rfind(" (") {
                let inner = &title[open + 2..title.len() - 1];
                let known = lex.institution(inner).is_some()
                    || super::speaker::parse_institutions(inner, lex).is_some();
                // (one bracket only: "A (X), B (Y) and C (Z)" is a list of people)
                if known && !inner.contains(['(', ')']) && !title[..open].contains(['(', ')']) {
                    let affs = super::speaker::parse_institutions(inner, lex)
                        .unwrap_or_else(|| vec![super::speaker::affiliation(inner, None, lex)]);
                    for s in speakers.iter_mut() {
                        s.affiliations = affs.clone();
                    }
                    title.truncate(open);
                }
            }
        }
    }
    best
}

/// Whether `left` ends with a verb whose "by" names a moderator, host or sponsor, not a
/// speaker: "…; moderated", "hosted", "introduced".
fn names_no_speaker(left: &str) -> bool {
    let last = left.rsplit(' ').next().unwrap_or(left);
    matches!(
        last.to_ascii_lowercase().as_str(),
        "moderated"
            | "chaired"
            | "hosted"
            | "introduced"
            | "sponsored"
            | "organised"
            | "organized"
            | "convened"
            | "facilitated"
            | "co-hosted"
    )
}

/// Whether the text before a colon shows it names people: an affiliation or a list, an
/// initial, an honorific, a known given name, or a name of three or more words.
fn named_before_colon(left: &str, lex: &Lexicon) -> bool {
    let left = left.trim();
    let tokens: Vec<&str> = left.split_whitespace().collect();
    // "Making HPC Accessible: …", "Teaching Rust: …": a title starts with a verb's -ing form
    // (not "Xiaoming", a given name)
    let gerund = tokens.first().is_some_and(|t| {
        t.len() > 5 && t.ends_with("ing") && !lex.is_given_name(t) && !left.contains(['(', ','])
    });
    if gerund {
        return false;
    }
    left.contains(['(', ',', '&', '/'])
        || left.contains(" and ")
        || tokens.len() >= 3
        || tokens.iter().any(|t| {
            let t = t.trim_end_matches('.');
            t.chars().count() == 1
                || words::classes(t).has(words::Classes::HONORIFIC)
                || words::classes(t).has(words::Classes::PARTICLE)
                || lex.is_given_name(t)
                || lex.is_given_name(&crate::resolve::fold(t))
        })
}

/// Scores reading `title` as the title and `speakers` as its speakers, joined by a separator
/// worth `bonus`.
fn candidate(
    title: &str,
    speakers: &str,
    bonus: f32,
    lex: &Lexicon,
) -> Option<(String, Vec<Speaker>, f32)> {
    let title = clean(title);
    if title.len() < 3 {
        return None;
    }
    // ("Dr A, Te Kawa a Māui – School of Māori Studies": a unit's name after a dash is the
    // institution going on, no title)
    if [
        "School of ",
        "Department of ",
        "Faculty of ",
        "Centre for ",
        "Center for ",
    ]
    .iter()
    .any(|u| title.starts_with(u))
        && title.split_whitespace().count() <= 8
        && !title.contains([':', '?'])
    {
        return None;
    }
    // "Name, Inst | Title: Subtitle": a cell separator is never inside a speaker list
    if super::text::contains(speakers, " | ") {
        return None;
    }
    let speakers = panelists(speakers)?;
    // "Panelists: A, Role, X; B, Role, Y · Moderator: Prof. C": a labelled moderator after a
    // raised dot is no speaker
    let speakers = if memchr::memchr(0xB7, speakers.as_bytes()).is_some() {
        speakers
            .match_indices(" · ")
            .map(|(at, _)| at)
            .find(|&at| {
                matches!(
                    field_of(&speakers[at + " · ".len()..]),
                    Some(Field::Ignored)
                )
            })
            .map_or(speakers, |at| &speakers[..at])
    } else {
        speakers
    };
    // "A life in reggae: A, OJ (Kingfish Records) in conversation with Dr. B": the guest
    // speaks, the host who talks with them does not
    // (nor does the chair named after them: "A and B (X), chaired by Dr C: “Title”")
    if [
        "in conversation with ",
        "chaired by ",
        "moderated by ",
        "hosted by ",
    ]
    .iter()
    .any(|w| speakers.starts_with(w))
    {
        return None;
    }
    // (each cut has a comma, a semicolon or "in conversation": most speaker texts have none)
    let b = speakers.as_bytes();
    let speakers = if memchr::memchr2(b',', b';', b).is_some()
        || memchr::memmem::find(b, b" in conversation").is_some()
    {
        [
            " in conversation with ",
            // (a discussant's comments: "A (X), with comments by the discussant, Dr. B (Y)")
            ", with comments by ",
            ", with comments from ",
            ", chaired by ",
            "; chaired by ",
            ", moderated by ",
            "; moderated by ",
        ]
        .iter()
        .filter_map(|cut| super::text::find(speakers, cut))
        .min()
        .map_or(speakers, |at| &speakers[..at])
    } else {
        speakers
    };
    // "Zusatztermin: N. N. – Thema …": nobody named yet
    if super::text::is_placeholder(speakers) {
        return None;
    }
    let ParsedSpeakers { speakers, score } = parse_speakers(speakers, lex)?;
    // "… Rounds – Dr. X, Komfo Anokye Teaching Hospital – Task Sharing in Obstetric Surgery":
    // a dash inside an institution before words that name nothing ends the speaker; what
    // follows is a title (unlike "Charité – Universitätsmedizin Berlin")
    if speakers.iter().flat_map(|s| &s.affiliations).any(|a| {
        [" – ", " — ", " - "].iter().any(|dash| {
            super::text::rfind(&a.name, dash).is_some_and(|at| {
                let tail = &a.name[at + dash.len()..];
                tail.split_whitespace().count() >= 3
                    && lex.institution(tail).is_none()
                    && super::speaker::org_score(tail, lex) < 0.3
            })
        })
    }) {
        return None;
    }
    // A weak separator needs a strong speaker: "Latency, Cost, and Cold Starts" or
    // "Sim-to-Real Transfer: What Still Breaks?" hold no speaker.
    if bonus < 0.15 && !speakers.iter().any(|s| !s.affiliations.is_empty()) && score < 0.9 {
        return None;
    }
    // A "title" that is itself a person with an institution is no title.
    // (a comma split also checks a bare name: "Amara Diallo*, Kofi Mensah")
    let title_is_people = (title.contains(['(', ',']) || bonus <= 0.0)
        && parse_speakers(title, lex).is_some_and(|p| {
            let affiliated = p.speakers.iter().any(|s| !s.affiliations.is_empty());
            // "Guanhua Wang, Heyang Qin, Sam Ade Jacobs (Microsoft)": a comma split whose
            // left side is a list of people is one author list
            p.score >= 0.75 && affiliated || bonus <= 0.0 && p.score >= 0.6
        });
    if title_is_people {
        return None;
    }
    let title = drop_label_pieces(title);
    let total = (0.55 * score + 0.45 * title_score(title) + bonus).min(1.0);
    Some((clean_title(title), speakers, total))
}

/// `text` without a last sentence that credits its host, not a speaker: "…. Hosted by X.",
/// "…. Moderated by X"; "…. Presented by X." only after guests named with "with" (a podcast's
/// presenter).
fn without_host_credit(text: &str) -> Option<&str> {
    let at = super::text::rfind(text, ". ")?;
    let (head, tail) = (&text[..at + 1], text[at + 2..].trim_end_matches('.'));
    if tail.len() > 80 || head.len() < 20 || !super::text::contains(tail, " by ") {
        return None;
    }
    if tail.contains(". ") {
        return None;
    }
    let lower = tail.to_lowercase();
    let host = [
        "hosted by ",
        "moderated by ",
        "chaired by ",
        "introduced by ",
        "facilitated by ",
        "produced by ",
        "convened by ",
    ]
    .iter()
    .any(|v| lower.starts_with(v));
    let presenter = lower.starts_with("presented by ")
        && [" — with ", " – with ", " - with ", ": with ", "? with "]
            .iter()
            .any(|w| head.contains(w));
    // (the credit names a person: "Hosted by Lucy Ambrose", not "Hosted by the library"
    // alone, which is as little a speaker either way)
    (host || presenter).then_some(head)
}

/// The panelists of a speaker string that starts with its moderator: "moderated by X, with A
/// (Y) and B (Z)" → "A (Y) and B (Z)". A moderator alone names no speaker (`None`); a string
/// without a moderator is returned as it is.
fn panelists(speakers: &str) -> Option<&str> {
    let lead = speakers.get(..14).unwrap_or(speakers).to_ascii_lowercase();
    if ![
        "moderated by",
        "moderator:",
        "chaired by",
        "chair:",
        "hosted by",
    ]
    .iter()
    .any(|m| lead.starts_with(m))
    {
        return Some(speakers);
    }
    let lower = speakers.to_ascii_lowercase();
    [
        "; panelists:",
        "; panellists:",
        ", panelists:",
        ", panellists:",
        "; with ",
        ", with ",
        " with panelists ",
        " with panellists ",
    ]
    .iter()
    .find_map(|sep| lower.find(sep).map(|at| speakers[at + sep.len()..].trim()))
    .filter(|rest| !rest.is_empty())
}

/// Drops talk-type labels set off by " | " around a title: "Title | Public Lecture",
/// "Keynote | Title".
fn drop_label_pieces(title: &str) -> &str {
    if memchr::memchr(b'|', title.as_bytes()).is_none() {
        return title;
    }
    let mut t = title;
    while let Some(at) = super::text::rfind(t, " | ") {
        let piece = t[at + 3..].trim();
        if !is_in(&words::LABEL, piece) && !names_an_event(piece) {
            break;
        }
        t = t[..at].trim_end();
    }
    while let Some(at) = t.find(" | ") {
        if !is_in(&words::LABEL, t[..at].trim()) {
            break;
        }
        t = t[at + 3..].trim_start();
    }
    t
}

/// A short name of an event series after a title: "UW AMATH Colloquium", "Physics Seminar
/// 2024", "ICML Workshop".
pub(crate) fn names_an_event(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    // a meeting's acronym and its year: "OHDS 2024", "NeurIPS 2023"
    if let [name, year] = words.as_slice() {
        let acronym = name.len() >= 3
            && name.bytes().all(|b| b.is_ascii_alphanumeric())
            && name.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && name.starts_with(|c: char| c.is_ascii_uppercase());
        if acronym
            && year.len() == 4
            && year.starts_with("20")
            && year.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
    }
    (2..=5).contains(&words.len())
        && words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "colloquium"
                    | "seminar"
                    | "seminars"
                    // "Kolokyum 4", "Seminer 12" (Turkish), "Kollokvio", "Szeminárium"
                    | "kolokyum"
                    | "seminer"
                    | "kollokvio"
                    | "seminaari"
                    | "szeminárium"
                    | "webinar"
                    | "workshop"
                    | "symposium"
                    | "conference"
                    | "lectures"
                    | "series"
                    | "rounds"
            )
        })
}

/// The first double-quoted part of at least two words: (before, inside, after).
fn quoted_title(text: &str) -> Option<(&str, &str, &str)> {
    for (open, close) in [('„', '“'), ('“', '”'), ('"', '"'), ('«', '»'), ('‘', '’')]
    {
        let Some(start) = text.find(open) else {
            continue;
        };
        let inner_start = start + open.len_utf8();
        let Some(len) = text[inner_start..].find(close) else {
            continue;
        };
        let inner = &text[inner_start..inner_start + len];
        // (a name quoted inside an institution's name, "Universiteti i Prishtinës „Hasan
        // Prishtina“", is no title)
        let in_name = inner.split_whitespace().count() <= 3
            && inner.split_whitespace().all(starts_upper)
            && text[..start]
                .split_whitespace()
                .rev()
                .take(5)
                .any(words::is_org_word);
        if in_name {
            continue;
        }
        if inner.split_whitespace().count() >= 1 && inner.trim().len() >= 3 {
            let after = &text[inner_start + len + close.len_utf8()..];
            return Some((&text[..start], inner.trim(), after));
        }
    }
    None
}

/// A long line that is one entry around a quoted title: its people before the quotes, as the
/// line's opening ("A (X) & B (Y), “Title”, 6 March 2025. Not recorded (…)."), or in a
/// labelled sentence after its date ("“Title”, 27 March 2025. Panelists: A (X); B (Y).").
fn quoted_entry(text: &str, lex: &Lexicon) -> Option<Kind> {
    let (before, quoted, _) = quoted_title(text)?;
    let before = before.trim_end();
    // (the people make the whole opening, not "Change of plan: tomorrow's seminar with A (X),
    // “Title”, is postponed")
    let opens = before.is_empty()
        || before.ends_with([',', ':'])
            && !sentence_break(before)
            && parse_speakers(before.trim_end_matches([',', ':']), lex)
                .is_some_and(|p| p.score >= 0.85);
    if !opens {
        return None;
    }
    let (title, speakers, score) = split_combined(text, lex)?;
    (score >= 0.85 && title == clean_title(quoted) && title.split_whitespace().count() >= 2)
        .then_some(Kind::Combined { title, speakers })
}

/// Labels after a panel's title that introduce its people on the same line.
/// (The English "On stage:", "Panelists:" are read with the paragraph, see `prose`.)
const STAGED: &[&str] = &[
    // Albanian: "Panel diskutimi: …? Panelistë: A (X), B (Y) dhe C (Z). Moderatore: D"
    "Panelistë: ",
    "Panelistët: ",
    "Diskutují: ",
    "Diskutujú: ",
    "Medverkande: ",
    "Deltar: ",
    "Panelister: ",
    "Paneldeltakere: ",
    "Participan: ",
    "Intervengono: ",
    "Partecipano: ",
    "Es diskutieren: ",
    "Medvirkende: ",
    "Samtale mellom ",
    "Samtal mellan ",
    "Samtale mellem ",
    "Conversation between ",
    "In conversation: ",
    // "Who owns the high street? With Dr A (X), B (Y) and C (Z); chaired by D"
    "With ",
];

/// A panel's title and its people on one line: "Jak učit fyziku? Diskutují: A (X), B (Y) a C
/// (Z). Moderuje D.", "Omstilling? Samtale mellom A (X) og B (Y)." The people run to
/// the end of their sentence, so a moderator named after it is left out.
fn staged_panel(text: &str, lex: &Lexicon) -> Option<(String, Vec<Speaker>)> {
    // (cheap refusal: every label has a colon, or names a conversation)
    if memchr::memchr(b':', text.as_bytes()).is_none()
        && !super::text::contains(text, "Samtal")
        && !super::text::contains(text, "Conversation")
        && !super::text::contains(text, "? With ")
    {
        return None;
    }
    let (at, label) = STAGED
        .iter()
        .filter_map(|l| super::text::find(text, l).map(|at| (at, *l)))
        .min()?;
    let title = text[..at].trim_end();
    if !title.ends_with(['.', '?', '!']) || title.len() < 8 {
        return None;
    }
    let people = first_sentence(&text[at + label.len()..]);
    let p = parse_speakers(people.trim_end_matches('.'), lex)?;
    let affiliated = p
        .speakers
        .iter()
        .filter(|s| !s.affiliations.is_empty())
        .count();
    (p.score >= 0.7 && affiliated * 2 >= p.speakers.len())
        .then(|| (clean_title(title.trim_end_matches('.')), p.speakers))
}

/// The first sentence of `s`: up to ". " that does not follow an initial or abbreviation.
pub(crate) fn first_sentence(s: &str) -> &str {
    for at in find_top(s, ". ") {
        let word = s[..at].rsplit([' ', '.']).next().unwrap_or("");
        // (a closing bracket before the stop is no abbreviation: "(Leonardo S.p.A.). Next")
        let abbreviation = word.chars().count() <= 2 && word.chars().all(char::is_alphabetic)
            || matches!(
                word.to_ascii_lowercase().as_str(),
                "inc" | "jr" | "sr" | "prof" | "univ" | "dept" | "corp" | "ltd"
                    // degrees after a name: "Věra Králová, DrSc. (Univerzita Karlova)"
                    | "csc" | "drsc" | "dsc" | "phd" | "artd"
            )
            || words::classes(word).has(words::Classes::HONORIFIC)
            || words::classes(&s[at - word.len()..=at]).has(words::Classes::HONORIFIC)
            // ("Prof. Dr.-Ing. Katrin Wehrmann": a title with a full stop inside)
            || {
                let full = s[..at].rsplit(' ').next().unwrap_or("");
                full.len() > word.len()
                    && words::classes(&s[at - full.len()..=at]).has(words::Classes::HONORIFIC)
            };
        if !abbreviation {
            return &s[..at];
        }
    }
    s
}

/// The last sentence of `s`: after the last ". " that does not follow an initial.
fn last_sentence(s: &str) -> &str {
    let cuts = find_top(s, ". ");
    for &at in cuts.iter().rev() {
        let word = s[..at].rsplit([' ', '.']).next().unwrap_or("");
        if word.chars().count() > 2 {
            return &s[at + 2..];
        }
    }
    s
}

/// Drops narrative around a speaker: "On March 3, Jane Doe (MIT) spoke on" → "Jane Doe (MIT)".
fn strip_narrative(s: &str) -> &str {
    let mut s = s;
    for verb in [
        " spoke on",
        " spoke about",
        " presented",
        " talked about",
        " gave a talk on",
        " gave a talk titled",
        " gave a talk entitled",
        " will speak on",
        " will present",
        " speaks on",
        " presents",
        " discussed",
        " lectured on",
        " titled",
        " entitled",
        " will give",
        " will speak",
        " will talk",
        " is giving",
        " is cancelled",
        " is canceled",
        " has been",
        " this ",
        " next ",
        " on Monday",
        " on Tuesday",
        " on Wednesday",
        " on Thursday",
        " on Friday",
    ] {
        if let Some(at) = super::text::find(s, verb) {
            s = &s[..at];
        }
    }
    // "the talk by Dr. X", "a seminar by X"
    for lead in ["talk by ", "lecture by ", "seminar by ", "presentation by "] {
        if let Some(at) = s.to_lowercase().find(lead) {
            s = &s[at + lead.len()..];
        }
    }
    // Leading time phrases end at commas: "next Tuesday, March 11, Prof. X" → "Prof. X"
    while let Some((head, rest)) = s.split_once(", ") {
        let time = is_date_line(head)
            || starts_lower(head)
                && head.split_whitespace().count() <= 4
                && head.split_whitespace().all(|w| {
                    starts_lower(w) || words::CALENDAR.contains(w.to_lowercase().as_str())
                })
            || head
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "Next" | "This" | "Today" | "Tomorrow" | "On"));
        if !time || rest.is_empty() {
            break;
        }
        s = rest;
    }
    // A leading date phrase ends at its comma.
    if let Some(rest) = s.strip_prefix("On ").or_else(|| s.strip_prefix("on ")) {
        if let Some((date, after)) = rest.split_once(", ") {
            if is_date_line(date) {
                s = after;
            }
        }
    }
    clean(s)
}

/// Drops a Markdown (`## Title`) or MediaWiki (`== Title ==`) heading marker; says whether
/// there was one.
fn strip_heading(s: &str) -> (&str, bool) {
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && s[hashes..].starts_with(' ') {
        return (s[hashes..].trim(), true);
    }
    let equals = s.bytes().take_while(|&b| b == b'=').count();
    if (1..=6).contains(&equals) && s.len() > 2 * equals {
        // the closing run is ASCII, so cutting before it keeps to a character boundary
        let closed = s.as_bytes()[s.len() - equals..].iter().all(|&b| b == b'=');
        let inner = if closed {
            &s[equals..s.len() - equals]
        } else {
            ""
        };
        if closed && !inner.starts_with('=') && !inner.ends_with('=') && !inner.trim().is_empty() {
            return (inner.trim(), true);
        }
    }
    (s, false)
}

/// Whether every letter and digit of `s` is inside struck-through markup ("* <s>Title</s>").
fn nothing_outside_strikes(s: &str) -> bool {
    let mut depth = 0usize;
    let mut tilde = false;
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let tag = ["<s>", "<del>", "<strike>"]
            .iter()
            .find(|t| rest.starts_with(**t))
            .map(|t| (t.len(), 1isize))
            .or_else(|| {
                ["</s>", "</del>", "</strike>"]
                    .iter()
                    .find(|t| rest.starts_with(**t))
                    .map(|t| (t.len(), -1))
            });
        if let Some((len, step)) = tag {
            depth = depth.saturating_add_signed(step);
            rest = &rest[len..];
        } else if rest.starts_with("~~") {
            tilde = !tilde;
            rest = &rest[2..];
        } else {
            if c.is_alphanumeric() && depth == 0 && !tilde {
                return false;
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    true
}

/// Drops strike-through markup (`<s>`, `<del>`, `<strike>`, `~~`) and says how the line
/// stands in it.
fn strip_strike(s: &str) -> (std::borrow::Cow<'_, str>, Strike) {
    if memchr::memchr2(b'<', b'~', s.as_bytes()).is_none() {
        return (s.into(), Strike::None);
    }
    let opens = ["<s>", "<del>", "<strike>"]
        .iter()
        .map(|t| s.matches(t).count())
        .sum::<usize>();
    let closes = ["</s>", "</del>", "</strike>"]
        .iter()
        .map(|t| s.matches(t).count())
        .sum::<usize>();
    let tildes = s.matches("~~").count();
    if opens + closes + tildes == 0 {
        return (s.into(), Strike::None);
    }
    let mut out = s.to_owned();
    for tag in [
        "<s>",
        "</s>",
        "<del>",
        "</del>",
        "<strike>",
        "</strike>",
        "~~",
    ] {
        out = out.replace(tag, "");
    }
    let out = out.trim().to_owned();
    let strike = if opens == closes && tildes.is_multiple_of(2) && nothing_outside_strikes(s) {
        Strike::Whole
    } else if opens > closes || !tildes.is_multiple_of(2) && s.starts_with("~~") {
        Strike::Opens
    } else if closes > opens || !tildes.is_multiple_of(2) {
        Strike::Closes
    } else {
        Strike::None
    };
    (out.into(), strike)
}

/// Drops the emoji a chat bot or a social post sets in front of a line ("📼 New recording:
/// …", "🎥 Title"), and a line of emoji alone ("🔥", a reaction) becomes empty.
fn strip_leading_pictographs(s: &str) -> &str {
    // (a checklist's boxes and ticks are read by the lines' own rules: "☑ Room booked")
    if s.starts_with(['☐', '☑', '☒', '✓', '✔', '✗', '✘']) {
        return s;
    }
    let rest = s.trim_start_matches(|c: char| {
        is_pictograph(c) || matches!(c, '\u{FE0F}' | '\u{200D}' | '\u{20E3}')
    });
    if rest.len() == s.len() {
        return s;
    }
    // (a count after a heart or a thumb, "♥ 19", is a reaction's, and stays as it is)
    let rest_trimmed = rest.trim_start();
    let words_follow = rest.starts_with(' ')
        && rest_trimmed.starts_with(|c: char| c.is_alphabetic() || matches!(c, '"' | '“' | '«'));
    if rest.is_empty() || words_follow {
        rest_trimmed
    } else {
        s
    }
}

/// Drops a bullet or a number in front ("- ", "• ", "1. ", "2) ", "(3) ", "[4] ").
fn strip_list_marker(s: &str) -> (&str, bool) {
    for bullet in [
        "- ", "* ", "• ", "· ", "‣ ", "◦ ", "▪ ", "+ ", "– ", "— ", "> ", "■ ", "□ ", "● ", "○ ",
        "◆ ",
    ] {
        if let Some(rest) = s.strip_prefix(bullet) {
            return (rest.trim_start(), true);
        }
    }
    // MediaWiki definition terms and indents: "; Speaker: …", ": Title: …"
    if let Some(rest) = s.strip_prefix(';').or_else(|| s.strip_prefix(": ")) {
        return (rest.trim_start_matches([';', ':']).trim_start(), false);
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    // "24. 10. 2023 – Title" starts with a date, not an item's number
    if (1..=3).contains(&digits) && spaced_dotted_date(s).is_none() {
        let rest = &s[digits..];
        for close in [". ", ") ", ".\t", "] ", ": "] {
            if let Some(r) = rest.strip_prefix(close) {
                // "10: Title" is a number; "10:30" is a time (no space after the colon)
                return (r.trim_start(), true);
            }
        }
    }
    // "(iii) 00:47:05 Ms. A, MPhil scholar, “Title”": a roman number in brackets
    if let Some((number, rest)) = s.strip_prefix('(').and_then(|r| r.split_once(") ")) {
        let roman = (1..=5).contains(&number.len())
            && (number.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
                || number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')));
        if roman {
            return (rest.trim_start(), true);
        }
    }
    for (open, close) in [("(", ") "), ("[", "] "), ("#", " ")] {
        if let Some(r) = s.strip_prefix(open) {
            let d = r.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&d) {
                if let Some(rest) = r[d..].strip_prefix(close) {
                    return (rest.trim_start(), true);
                }
            }
        }
    }
    (s, false)
}

/// "2 presentations", "1 recording": a count under a name in a list of speakers.
fn is_speaker_count(text: &str) -> bool {
    text.len() < 24
        && text.split_once(' ').is_some_and(|(count, what)| {
            count.bytes().all(|b| b.is_ascii_digit())
                && matches!(
                    what,
                    "presentation"
                        | "presentations"
                        | "recording"
                        | "recordings"
                        | "talk"
                        | "talks"
                )
        })
}

/// Whether a short sentence says that the talk it stands under is called off: "This seminar
/// was cancelled because of illness.", "The talk did not go ahead."
fn calls_this_off(text: &str) -> bool {
    if text.len() > 200 {
        return false;
    }
    // Armenian: "Սեմինարը չկայացավ զեկուցողի հիվանդության պատճառով։" (the seminar did not
    // take place)
    if ["Սեմինարը ", "Դասախոսությունը ", "Զեկուցումը "]
        .iter()
        .any(|w| text.starts_with(w))
    {
        return mentions_cancellation(text);
    }
    let lower = text.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("this ")
        .or_else(|| lower.strip_prefix("the "))
    else {
        return false;
    };
    let kind = rest.split(' ').next().unwrap_or_default();
    matches!(
        kind,
        "seminar" | "talk" | "lecture" | "event" | "session" | "colloquium" | "webinar"
    ) && (mentions_cancellation(text)
        || rest.contains(" did not go ahead")
        // ("This lecture has been postponed. A new date will be announced.": not "… was
        // postponed from 3 March")
        || [" has been postponed", " is postponed", " was postponed."]
            .iter()
            .any(|w| rest.contains(w)))
}

/// Whether running text says a talk is called off: "… is cancelled because of illness".
pub(crate) fn mentions_cancellation(text: &str) -> bool {
    // a short note, not an abstract; and most text says nothing of the kind: look for the
    // stems before lowercasing
    if text.len() > 400 || !may_call_off(text) {
        return false;
    }
    let lower = text.to_lowercase();
    [
        " cancelled",
        " canceled",
        " called off",
        "has to be cancel",
        "had to cancel",
        "have to cancel",
        "has to cancel",
        "seminar did not hold",
        "lecture did not hold",
        "talk did not hold",
        "did not take place",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // "GEANNULEERD – deze lezing gaat niet door", "Le séminaire est annulé."
        || super::lang::CALLED_OFF.iter().any(|w| {
            lower
                .match_indices(w)
                .any(|(at, _)| !lower[..at].ends_with(char::is_alphanumeric))
        })
}

/// Stems of the words that call a talk off or move it, in either case.
static CANCEL_STEMS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build([
                "cancel",
                "withdrawn",
                "called off",
                // Nigerian English: "This seminar did not hold owing to the strike"
                "did not hold",
                "did not take place",
                "postponed",
                "rescheduled",
                "moved",
                "new date",
                // German, French, Spanish, Italian (see `lang`)
                "entf",
                "abgesagt",
                "llt aus",
                "annul",
                "cancelad",
                "suspendid",
                "verschoben",
                "report",
                "aplazad",
                "rinviat",
                // Kazakh: "өтпеді" (did not take place)
                "өтпе",
                // Armenian: "չկայացավ" (did not take place), "չեղարկված" (cancelled)
                "չկայաց",
                "չեղարկ",
                // Dutch and Polish
                "geannuleerd",
                "afgelast",
                "gaat niet door",
                "verplaatst",
                "uitgesteld",
                "odwołan",
                "przełożon",
                // Swedish, Norwegian, Danish, Czech (ASCII case folding leaves "Ä" alone)
                "inställ",
                "INSTÄLL",
                "ZRUŠEN",
                "avlyst",
                "aflyst",
                "zrušen",
                "odpad",
                "отмен",
                "ОТМЕН",
                "uppskjut",
                "odložen",
                // Finnish, Hungarian, Turkish
                "perutt",
                "PERUTT",
                "peruutet",
                "elmarad",
                "ELMARAD",
                "iptal",
                "İPTAL",
                "siirretty",
                "elhalasztva",
                "ertelendi",
                // Albanian: "ANULUAR", "u anulua"; Tagalog: "KANSELADO", "Kinansela"
                "anulu",
                "kansela",
                // Catalan, Greek, Danish
                "anul·l",
                "ANUL·L",
                "cancel·l",
                "ajorna",
                "ακυρ",
                "ΑΚΥΡ",
                "αναβ",
                "ΑΝΑΒ",
                "udskudt",
                "AFLYST",
                // Romanian and Indonesian
                "anulat",
                "amânat",
                "AMÂNAT",
                "dibatalkan",
                "batal",
                "ditunda",
                // Croatian and Ukrainian
                "otkazan",
                "OTKAZAN",
                "odgođen",
                "скасован",
                "СКАСОВАН",
                "перенесен",
                "hoãn",
                "HOÃN",
                "hủy",
                "HỦY",
                // Serbian in Cyrillic: "ОТКАЗАНО"
                "отказан",
                "ОТКАЗАН",
                // Arabic: "ملغى", "ألغيت"; Estonian "jääb ära"
                "ملغ",
                "ألغي",
                "jääb ära",
                "JÄÄB ÄRA",
                // Georgian: "გაუქმდა"
                "გაუქმ",
                // Welsh: "WEDI'I GANSLO"
                "ganslo",
                "GANSLO",
                "canslwyd",
                // Afrikaans: "GEKANSELLEER"
                "gekanselleer",
                "GEKANSELLEER",
                // Swahili: "IMEFUTWA", "imeahirishwa"
                "futwa",
                "FUTWA",
                "ahirishwa",
                "AHIRISHWA",
                // Basque: "BERTAN BEHERA"
                "bertan behera",
                "BERTAN BEHERA",
                // Latvian: "ATCELTA", "nenotiks"
                "atcel",
                "ATCEL",
                "nenotiks",
            ])
            .ok()
    });

/// Whether `s` may hold a word that calls a talk off or moves it: a cheap test before the
/// careful ones.
pub(crate) fn may_call_off(s: &str) -> bool {
    CANCEL_STEMS
        .as_ref()
        .is_none_or(|stems| stems.find(s).is_some())
}

/// Words that call an entry off.
const CALLED_OFF: &[&str] = &["cancelled", "canceled", "withdrawn", "called off"];

/// Whether the line ends by saying its title is still to come: "Dr A (X), title TBC", "… –
/// title TBA", "(title to be announced)".
fn pending_title_at_end(s: &str) -> bool {
    let s = s.trim_end_matches(['.', ')', ' ']);
    let Some(tail) = s
        .len()
        .checked_sub(24)
        .and_then(|at| s.get(at..))
        .or(Some(s))
    else {
        return false;
    };
    if !tail.contains("itle") {
        return false;
    }
    let lower = tail.to_ascii_lowercase();
    [
        "title tbc",
        "title tba",
        "title tbd",
        "title to follow",
        "title to be announced",
        "title to be confirmed",
    ]
    .iter()
    .any(|w| {
        lower.ends_with(w)
            && lower[..lower.len() - w.len()]
                .trim_end()
                .ends_with([',', '–', '—', '-', '('])
    })
}

/// A kind of session on a line of its own under its title, as a conference programme prints
/// it: "Panel", "Workshop", "Social", "Poster".
fn is_kind_alone(s: &str) -> bool {
    s.len() <= 12
        && super::words::with_lowercase(s.trim(), |w| {
            matches!(
                w,
                "oral"
                    | "panel"
                    | "workshop"
                    | "social"
                    | "poster"
                    | "tutorial"
                    | "roundtable"
                    | "demo"
            )
        })
}

/// A venue with its building or room number, as an event card prints it under the date:
/// "Michie Building (09), Room 537 and online", "Abel Smith Lecture Theatre (23)", "Fry
/// Building G.13", "Room 2.14, Level 3".
fn is_venue_line(s: &str) -> bool {
    // "Auditorium, IIM Bangalore", "Classroom P-21, IIM Bangalore": a room, then its building
    // or campus
    if let Some((room, place)) = s.split_once(", ") {
        let first = room.split_whitespace().next().unwrap_or_default();
        let roomed = super::words::with_lowercase(first, |w| ROOM_WORDS.contains(&w))
            && room.split_whitespace().count() <= 3;
        if roomed && place.split_whitespace().count() <= 5 && !s.contains([':', '“', '"']) {
            return true;
        }
    }
    // (not a calendar entry that ends with its room: "Host seminar. “T.” Jane Doe, MIT. Room
    // 32-G449")
    if s.len() > 80
        || s.contains([':', '“', '"', '«'])
        || s.contains(". ")
        || !s.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 10 {
        return false;
    }
    let venue = |w: &str| {
        matches!(
            w.trim_end_matches(','),
            "Room" | "Building" | "Theatre" | "Theater" | "Hall" | "Auditorium" | "Level" | "Floor"
        )
    };
    // the venue's word, then its number: "Room 537", "Building (09)", "Theatre (23)"
    words.windows(2).any(|pair| {
        venue(pair[0])
            && pair[1]
                .trim_start_matches('(')
                .starts_with(|c: char| c.is_ascii_digit())
    }) || words.iter().any(|w| {
        // "Building G.13", "Room B2": a letter and a number
        let w = w.trim_end_matches(',');
        w.len() <= 6
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].starts_with(|c: char| c.is_ascii_digit() || c == '.')
            && words.iter().any(|v| venue(v))
    })
}

/// The date of a line that gives a date, then only where the talk was, its recording's link
/// or a note that it was called off, set apart by middle dots: "Thursday 15 May 2025 · ICT
/// Lecture Theatre 108 and online · Watch the recording ›", "Thursday 20 March 2025 · Campus
/// closed (flood warning)".
fn dated_details(s: &str) -> Option<&str> {
    const DOT: &str = " · ";
    let at = memchr::memmem::find(s.as_bytes(), DOT.as_bytes())?;
    let date = s[..at].trim();
    if date.len() > 40 || !is_date_line(date) {
        return None;
    }
    s[at + DOT.len()..]
        .split(DOT)
        .all(is_detail)
        .then_some(date)
}

/// Whether a piece of a card's date line says where the talk was, links its recording or says
/// it was called off (see [`dated_details`]).
fn is_detail(p: &str) -> bool {
    let p = strip_leading_pictographs(p.trim().trim_end_matches(['›', '»', '>', ' ']));
    let first = p.split_whitespace().next().unwrap_or("");
    // (a link is a few words: "Watch the recording", not "Video games and learning")
    let n = p.split_whitespace().count();
    let link = n <= 2 && recording_word(first)
        || n <= 4 && words::with_lowercase(first, |w| matches!(w, "watch" | "listen"))
        || p.starts_with("Audio only");
    is_venue_line(p)
        || is_room_line(p)
        || is_online_line(p)
        || link
        || mentions_cancellation(p)
        || super::text::contains(p, " closed")
}

/// A line of fields set apart by middle dots that starts with a date ("Wed 2 April 2025 ·
/// Professor A (X) · Title · ▶ Watch (58:12)"), with en dashes between its fields instead;
/// `None` for other lines (a byline's "12 May 2025 · 48 min" has no second field of words).
fn dotted_record(s: &str) -> Option<String> {
    const DOT: &str = " · ";
    let at = memchr::memmem::find(s.as_bytes(), DOT.as_bytes())?;
    let (date, rest) = (&s[..at], &s[at + DOT.len()..]);
    let wordy = |f: &str| f.split_whitespace().count() >= 3;
    // (the field after the date names someone or something: not its time, "20:00 – 21:30",
    // nor its length)
    let named = |f: &str| wordy(f) && !f.starts_with(|c: char| c.is_ascii_digit());
    if !(date.len() <= 40 && is_date_line(date) && rest.split(DOT).next().is_some_and(named)) {
        return None;
    }
    // (the recording's field, and what a note says after it, are left out: "▶ Watch (55:30)
    // — the first of two lectures")
    let recording = |f: &str| {
        let f = f.trim_start_matches(['▶', '►', ' ']);
        f.split_whitespace().next().is_some_and(|w| {
            recording_word(w)
                || super::words::with_lowercase(w, |w| matches!(w, "watch" | "listen"))
        })
    };
    let mut fields = vec![date];
    fields.extend(rest.split(DOT).take_while(|f| !recording(f)));
    // (a date with its place, "Friday 30 May 2025, 3.10pm – 4.30pm · VZ 808 and Zoom", is a
    // date: an entry has a speaker and a title after it)
    (fields.len() >= 3).then(|| fields.join(" – "))
}

/// Where a talk is streamed, on a line of its own under its date: "Online", "Online (Zoom)",
/// "Zoom", "Online via Microsoft Teams", "Hybrid (Room 4 and Zoom)", "Webinar (Zoom)".
fn is_online_line(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "online",
        "virtual",
        "hybrid",
        "webinar",
        "livestream",
        "livestreamed",
        "live",
        "stream",
        "streamed",
        "remote",
        "zoom",
        "teams",
        "microsoft",
        "webex",
        "google",
        "meet",
        "youtube",
        "via",
        "on",
        "over",
        "and",
        "or",
        "in",
        "person",
        "in-person",
        "only",
        "&",
        "+",
        "/",
    ];
    const KEYS: &[&str] = &[
        "online",
        "virtual",
        "hybrid",
        "zoom",
        "teams",
        "webex",
        "meet",
        "livestream",
        "livestreamed",
    ];
    if s.len() > 60 || !s.starts_with(char::is_uppercase) {
        return false;
    }
    // the brackets may name a room ("Hybrid (Room 4 and Zoom)"): only the words outside count
    let (outside, inside) = match s.split_once('(') {
        Some((head, tail)) if tail.trim_end().ends_with(')') => (head, Some(tail)),
        Some(_) => return false,
        None => (s, None),
    };
    let lower = outside.trim().trim_end_matches('.').to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|w| WORDS.contains(w))
        && (words.iter().any(|w| KEYS.contains(w))
            || inside.is_some_and(|i| {
                i.to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| KEYS.contains(&w))
            }))
}

/// Words for a room or a hall.
const ROOM_WORDS: &[&str] = &[
    "classroom",
    "room",
    "hall",
    "auditorium",
    "theatre",
    "theater",
    "foyer",
    "lobby",
    "aula",
    "sala",
    "salle",
    "salla",
    "hörsaal",
];

/// A room on a line of its own, as a programme prints it under a session's time: "Room 2",
/// "Main hall", "Lecture Theatre 1", "Hall B", "Aula 3".
fn is_room_line(s: &str) -> bool {
    const ROOMS: &[&str] = ROOM_WORDS;
    if s.len() > 32 {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    let room = |w: &str| super::words::with_lowercase(w, |w| ROOMS.contains(&w));
    let label = |w: &str| {
        w.len() <= 5
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
            && (w.bytes().any(|b| b.is_ascii_digit()) || w.len() == 1)
    };
    // "Room 2", "Hall B", "Lecture Theatre 1"
    let numbered =
        words.len() >= 2 && room(words[words.len() - 2]) && label(words[words.len() - 1]);
    // "Main hall", "Seminar room": a word before the room's kind
    let named = words.len() == 2 && room(words[1]) && starts_upper(words[0]);
    numbered || named || words.len() == 1 && room(words[0])
}

/// Whether a sentence on the line says its talk did not take place: "The 11:40 talk by X,
/// “T”, was withdrawn because of …", "… has been cancelled".
fn says_called_off(s: &str) -> bool {
    // (the talk is named by its quoted title; "… replaced the seminar by X, which was
    // cancelled" calls off another)
    let b = s.as_bytes();
    // (a quote's byte first: '"', or the lead byte of “, „ and «)
    if s.len() > 600 || memchr::memchr3(b'"', 0xE2, 0xC2, b).is_none() {
        return false;
    }
    let worded = memchr::memmem::find(b, b"ancel").is_some()
        || memchr::memmem::find(b, b"ithdrawn").is_some()
        || memchr::memmem::find(b, b"alled off").is_some();
    if !worded || !s.contains(['"', '“', '„', '«']) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    [
        "was cancelled",
        "was canceled",
        "was withdrawn",
        "has been cancelled",
        "has been canceled",
        "has been withdrawn",
        "had to be cancelled",
        "had to be canceled",
        "was called off",
    ]
    .iter()
    .any(|w| {
        lower
            .match_indices(w)
            .any(|(at, _)| !(lower[..at].ends_with("which ") || lower[..at].ends_with("that ")))
    })
}

/// Words that move an entry without calling it off: the talk still takes place.
const MOVED: &[&str] = &["postponed", "rescheduled", "moved", "new date"];

/// Drops a status marker written after or before an entry ("Title — CANCELLED", "Title
/// (postponed)", "[Withdrawn] Title", "CANCELLED: Title"); says whether it calls the talk off.
/// Whether a table's cell opens with a badge in capitals that moves its talk, with no new
/// date: "POSTPONED – Title (power cuts)". A table lists what took place, so the row is left
/// out (a line of a page keeps a postponed talk: see [`strip_status`]).
pub(crate) fn moved_badge(s: &str) -> bool {
    let s = s.trim();
    s.split_once(' ').is_some_and(|(head, rest)| {
        head.len() > 3
            && !head.chars().any(char::is_lowercase)
            && MOVED.contains(&head.to_lowercase().as_str())
            && rest.starts_with(['–', '—', '-', ':'])
    })
}

/// Whether `s` carries a mark that calls its talk off, before or after it ("ΑΚΥΡΩΘΗΚΕ –
/// Title", "Title (cancelled)"): for a table's cells, read one by one.
pub(crate) fn marked_called_off(s: &str) -> bool {
    let (rest, off) = strip_status(s.trim());
    off && rest.len() < s.trim().len()
}

fn strip_status(s: &str) -> (&str, bool) {
    // a marker goes with an entry line, not with an abstract
    if s.len() > 250 || !may_call_off(s) {
        return (s, false);
    }
    let status = |word: &str| {
        let lower = word.trim().to_lowercase();
        // (Turkish "İ" lowercases to "i" and a combining dot: "İPTAL EDİLDİ")
        let lower = if lower.contains('\u{307}') {
            lower.replace("i\u{307}", "i")
        } else {
            lower
        };
        if CALLED_OFF.contains(&lower.as_str()) || super::lang::CALLED_OFF.contains(&lower.as_str())
        {
            Some(true)
        } else if MOVED.contains(&lower.as_str()) || super::lang::MOVED.contains(&lower.as_str()) {
            Some(false)
        } else {
            None
        }
    };
    // trailing: " — CANCELLED", " - cancelled", " (postponed)", " [withdrawn]", and a marker
    // with its reason after it: " — CANCELLED (visa refused), maybe next year"
    for sep in [" — ", " – ", " - ", " -- ", ": "] {
        if let Some(at) = super::text::rfind(s, sep) {
            let rest = &s[at + sep.len()..];
            let first = rest
                .split([' ', ',', '(', ';'])
                .next()
                .unwrap_or(rest)
                .trim_end_matches(['.', '!']);
            let whole = status(rest.trim_end_matches(['.', '!']));
            let marked = || {
                // the reason after the marker: only for a marker in capitals or a word that
                // only calls off
                let capitals = first.len() > 3 && !first.chars().any(char::is_lowercase);
                status(first)
                    .filter(|_| capitals || CALLED_OFF.contains(&first.to_lowercase().as_str()))
            };
            if let Some(off) = whole.or_else(marked) {
                return (s[..at].trim_end(), off);
            }
        }
    }
    if let Some(open) = memchr::memrchr2(b'(', b'[', s.as_bytes()) {
        let inner = s[open + 1..].trim_end_matches([')', ']']);
        if s.ends_with([')', ']']) {
            if let Some(off) = status(inner) {
                return (s[..open].trim_end(), off);
            }
        }
    }
    // after a clock time: "12:25 [WITHDRAWN] Title" (the entry is left out, so its text may
    // keep the marker)
    if let Some((clock, rest)) = s.split_once(' ') {
        let is_clock = clock.len() <= 5
            && clock.contains(':')
            && clock.bytes().all(|b| b.is_ascii_digit() || b == b':');
        if is_clock {
            let (_, off) = strip_status(rest);
            if off {
                return (s, true);
            }
        }
    }
    // leading: "CANCELLED: Title", "[Withdrawn] Title", "Cancelled — Title", "CANCELLED Name"
    if let Some((head, rest)) = s.split_once(' ') {
        let capitals = head.len() > 3 && !head.chars().any(char::is_lowercase);
        if capitals {
            if let Some(off) = status(head) {
                // "POSTPONED to 2025/26 – Title": moved out of the period the page lists
                if let Some((_, title)) = rest.strip_prefix("to ").and_then(|r| {
                    [" – ", " — ", " - ", ": "]
                        .iter()
                        .find_map(|d| r.split_once(d))
                }) {
                    return (title.trim_start(), true);
                }
                return (rest.trim_start(), off);
            }
        }
    }
    for sep in [": ", " — ", " – ", " - ", "] ", ") "] {
        if let Some((head, rest)) = s.split_once(sep) {
            let head = head.trim_start_matches(['(', '[']);
            if let Some(off) = status(head) {
                return (rest.trim_start(), off);
            }
            // "Guest Lecture (CANCELLED): Title": the mark on the label before the title
            let marked_label = head
                .strip_suffix(')')
                .and_then(|h| h.rsplit_once(" ("))
                .and_then(|(_, mark)| status(mark));
            if let Some(off) = marked_label.filter(|_| sep == ": ") {
                return (rest.trim_start(), off);
            }
            // "Postponed to 2025 – new date to be announced.": moved out of the period the
            // page lists
            let moved_away = head
                .split_once(' ')
                .is_some_and(|(word, to)| to.starts_with("to ") && status(word).is_some());
            if moved_away {
                return (rest.trim_start(), true);
            }
        }
    }
    (s, false)
}

/// Drops a programme code in front of an entry: "T01  Title", "A3\tTitle", "P-12. Title".
/// The code is one or two capitals and up to three digits, set off by two spaces, a tab,
/// ". " or ": ".
fn strip_code(s: &str) -> (&str, bool) {
    let letters = s.bytes().take_while(u8::is_ascii_uppercase).count();
    if !(1..=2).contains(&letters) {
        return (s, false);
    }
    let rest = &s[letters..];
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return (s, false);
    }
    let rest = &rest[digits..];
    for sep in ["  ", "\t", ". ", ": "] {
        if let Some(r) = rest.strip_prefix(sep) {
            let r = r.trim_start();
            if !r.is_empty() {
                return (r, true);
            }
        }
    }
    (s, false)
}

/// Drops a short tag in brackets in front of an entry: "[Lightning] Title", "[Poster] Title".
/// A tag with nothing after it leaves the empty string.
fn strip_leading_tag(s: &str) -> &str {
    let Some(inner) = s.strip_prefix('[') else {
        return s;
    };
    let Some(close) = inner.find(']') else {
        return s;
    };
    let tag = &inner[..close];
    let rest = &inner[close + 1..];
    let short = tag.split_whitespace().count() <= 3
        && tag
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    if short && !rest.starts_with('(') {
        rest.trim_start()
    } else {
        s
    }
}

/// Drops "[English subtitles]", "[video]" and similar tags at the end of a line.
/// A word that names a recording or a link to one, at the start of a note after a title:
/// "Video", "vídeo no disponible", "Slides (PDF)", "Optagelsen er …", "a videó nem érhető el".
fn recording_word(w: &str) -> bool {
    super::words::with_lowercase(w, |w| {
        matches!(
            w,
            "video"
                | "vídeo"
                | "videó"
                | "βίντεο"
                | "recording"
                | "recordings"
                | "audio"
                | "slides"
                | "podcast"
                | "youtube"
                | "vimeo"
                | "pdf"
                // a lab's links beside its recordings: "🎥 Video · 💻 Notebook"
                | "notebook"
                | "code"
                | "presentació"
                | "presentación"
                | "diapositives"
                | "diapositivas"
                | "optagelse"
                | "optagelsen"
                | "opptak"
                | "opptaket"
                | "inspelningen"
                | "felvétel"
                | "tallenne"
                | "kayıt"
                | "snimka"
                // Slovak and Czech: "záznam", "celý záznam", "nahrávka"
                | "záznam"
                | "nahrávka"
                | "snimak"
                | "snimke"
                | "запис"
                | "відео"
                | "відеозапис"
                | "видео"
                | "видеозапись"
        )
    })
}

fn strip_trailing_tags(s: &str) -> &str {
    let mut s = s.trim();
    while s.ends_with(']') {
        match s.rfind('[') {
            Some(open) if open > 0 && s[open..].split_whitespace().count() <= 4 => {
                s = s[..open].trim_end()
            }
            _ => break,
        }
    }
    // "… · Video", "… · vídeo no disponible", "… · Slides (PDF)": a link or a note on the
    // recording after a raised dot
    // ("… · not recorded (speaker's request)", "… · recording lost (Zoom crashed)")
    while let Some(at) = super::text::rfind(s, " · ") {
        // ("… · 💻 Notebook": a pictograph before the link's word)
        let note = strip_leading_pictographs(&s[at + " · ".len()..]);
        let mut words = note.split([' ', '(']);
        let first = words.next().unwrap_or("");
        let first = if matches!(first, "not" | "no") {
            words.next().unwrap_or("")
        } else {
            first
        };
        let recorded = recording_word(first) || first.starts_with("record");
        if at == 0 || !recorded || note.split_whitespace().count() > 5 {
            break;
        }
        s = s[..at].trim_end();
    }

    // "Title – a videó nem érhető el", "Title – video not available": a note on the recording
    // after a dash
    for sep in [" – ", " — "] {
        if let Some(at) = super::text::rfind(s, sep) {
            let note = &s[at + sep.len()..];
            let mut words = note.split_whitespace();
            let first = words.next().unwrap_or("");
            let first = if matches!(first, "a" | "the" | "la" | "el" | "le" | "il") {
                words.next().unwrap_or("")
            } else {
                first
            };
            if at > 0 && recording_word(first) && note.split_whitespace().count() <= 6 {
                s = s[..at].trim_end();
            }
        }
    }
    // "… (Roskilde Universitet). Se video", "… (begge GEUS). Optagelsen er desværre gået
    // tabt.", "… (Inst). Watch the recording": a last sentence about the recording
    if let Some(at) = super::text::rfind(s, ". ") {
        // ("… (KIOS CoE). 🎥 Video": a pictograph before the link's word)
        let note = strip_leading_pictographs(s[at + 2..].trim_end_matches('.'));
        let mut words = note.split_whitespace();
        let first = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        let watch = super::words::with_lowercase(first, |w| {
            matches!(
                w,
                "se" | "watch" | "ver" | "voir" | "siehe" | "guarda" | "veure"
            )
        });
        // ("…, Washington State University Vancouver. Recorded September 19, 2024.")
        let recorded_on = first == "Recorded"
            && note[first.len()..]
                .trim_start()
                .strip_prefix("on ")
                .map_or(note[first.len()..].trim_start(), str::trim_start)
                .split([' ', ','])
                .next()
                .is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || super::words::with_lowercase(w, |w| words::CALENDAR.contains(w))
                });
        let about = recording_word(first)
            || recorded_on
            || watch
                && (recording_word(second)
                    || second == "the" && words.next().is_some_and(recording_word));
        // (not after an initial: "… Ann B. Video Lab")
        let initial = s[..at]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().count() <= 1);
        if about && !initial && note.split_whitespace().count() <= 8 {
            s = s[..at + 1].trim_end_matches('.').trim_end();
        }
    }
    // "Glaciers of the Andes (foredraget er på engelsk)", "(talk in English)": the language
    // the talk was given in; "(opptak)", "(video)": a note that it was recorded (both may
    // follow each other: "Title (på engelsk) (opptak)")
    while s.ends_with(')') {
        let Some(open) = s.rfind(" (") else {
            break;
        };
        let inner = &s[open + 2..s.len() - 1];
        if !inner.contains(' ') && recording_word(inner) {
            s = s[..open].trim_end();
            continue;
        }
        let language = inner.split_whitespace().any(|w| {
            super::words::with_lowercase(w, |w| {
                matches!(
                    w,
                    "english"
                        | "engelsk"
                        | "engelska"
                        | "englisch"
                        | "anglais"
                        | "anglès"
                        | "inglés"
                        | "inglese"
                        | "inglês"
                        | "İngilizce"
                        | "ingilizce"
                        | "englanniksi"
                        | "angolul"
                        | "αγγλικά"
                        | "angielsku"
                        | "anglicky"
                )
            })
        });
        if language && inner.split_whitespace().count() <= 6 {
            s = s[..open].trim_end();
            continue;
        }
        break;
    }
    s
}

/// An item of a curated Markdown list: the link's text is the title, and the people follow
/// it ("[Title](url) - Name (Inst) `41 min`", "[Title](url) by Name, Inst. *A comment.*",
/// "[Panel](url) - with A (X) and B (Y); moderated by C"). A note after the people (a sentence
/// of its own, a clause after ";") is left out.
fn linked_title(text: &str, lex: &Lexicon) -> Option<Kind> {
    let mid = text.find("](")?;
    let close = mid + text[mid..].find(')')?;
    let title = clean_title(&strip_markdown(&text[1..mid]));
    let after = strip_markdown(&text[close + 1..]);
    let after = strip_trailing_length(after.trim());
    let people = after
        .trim_start_matches(['-', '–', '—', ':', ',', '|', ' '])
        .trim_start();
    let people = people
        .strip_prefix("by ")
        .or_else(|| people.strip_prefix("with "))
        .unwrap_or(people);
    let people = match people.strip_prefix('(') {
        Some(inner) => inner.split_once(')').map_or(inner, |(p, _)| p),
        None => people,
    };
    // up to a note: ". The talk everyone cites …", "; moderated by …"
    let mut end = people.len();
    for (at, _) in people.match_indices(". ") {
        let word = people[..at].rsplit([' ', '.']).next().unwrap_or("");
        if word.chars().count() > 2 && !words::classes(word).has(words::Classes::HONORIFIC) {
            end = at;
            break;
        }
    }
    if let Some(at) = people[..end].find("; ") {
        end = at;
    }
    let mut people = people[..end].trim().trim_end_matches(['.', ',', ';']);
    // "Name (Inst), IC2S2 2023 keynote": what the talk was, after the people
    if let Some(at) = people.rfind("), ") {
        let note = &people[at + 3..];
        let year = note.split_whitespace().any(|w| {
            w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
        });
        let last = note.split_whitespace().last().unwrap_or("").to_lowercase();
        let kind = matches!(
            last.trim_end_matches('s'),
            "keynote" | "talk" | "tutorial" | "lecture" | "workshop" | "seminar" | "panel"
        );
        if year || kind {
            people = &people[..=at];
        }
    }
    if title.is_empty() || people.is_empty() || person_score(&title, lex).0 >= 0.6 {
        return None;
    }
    let parsed = parse_speakers(people, lex)?;
    let affiliated = parsed.speakers.iter().all(|s| !s.affiliations.is_empty());
    (parsed.score >= 0.75 && affiliated && !parsed.speakers.is_empty()).then_some(Kind::Combined {
        title,
        speakers: parsed.speakers,
    })
}

/// Drops what a curated list writes after an entry: pictographs ("⭐", a flag "🇪🇸") and the
/// recording's length ("`52 min`", "1 h 05 min", "(45 minutes)").
fn strip_trailing_length(s: &str) -> &str {
    // (a pictograph goes only with a length: a title may end in an emoji of its own)
    let mut s = s.trim_end();
    let mut found = false;
    loop {
        let bare = s
            .trim_end_matches(is_pictograph)
            .trim_end_matches(['\u{fe0f}', '\u{200d}'])
            .trim_end();
        match trailing_length(bare) {
            Some(rest) => {
                s = rest.trim_end_matches([' ', '-', '–', '—', '·', '|', ',']);
                found = true;
            }
            None if found => return bare,
            None => return s,
        }
    }
}

/// A symbol drawn as a picture: emoji, stars, flags (not letters, digits, punctuation or
/// arrows and dashes a title may end with).
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// `s` without a length at its end: "… 52 min", "… 1 h 05 min", "… (45 minutes)", "… 1 h".
fn trailing_length(s: &str) -> Option<&str> {
    let (inner, bracketed) = match s.strip_suffix(')') {
        Some(inner) => (inner, true),
        None => (s, false),
    };
    // most lines end in no unit: decide before looking at words
    if !inner.ends_with(['n', 'h', 's', 'r', '.']) {
        return None;
    }
    // the last four words at most, from the end: "1 h 05 min"
    let mut words: [(usize, &str); 4] = [(0, ""); 4];
    let mut count = 0;
    let mut end = inner.len();
    while count < 4 {
        let start = inner[..end].trim_end().rfind(' ').map_or(0, |i| i + 1);
        let word = inner[start..end].trim();
        if word.is_empty() {
            break;
        }
        words[count] = (start, word);
        count += 1;
        end = start;
    }
    let words = &words[..count];
    let number = |w: &str| {
        let w = w.strip_prefix('(').unwrap_or(w);
        !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
    };
    let unit = |w: &str, long: bool| match w.trim_end_matches('.') {
        "min" | "mins" | "h" | "hr" | "hrs" => true,
        "minutes" | "hours" | "hour" => long,
        _ => false,
    };
    // read from the end: pairs of number and unit
    let mut cut = None;
    let mut i = 0;
    let mut opened = false;
    while i + 1 < words.len() && number(words[i + 1].1) && unit(words[i].1, bracketed) {
        cut = Some(words[i + 1].0);
        opened = words[i + 1].1.starts_with('(');
        i += 2;
    }
    let cut = cut?;
    let rest = &inner[..cut];
    // a length alone stays what it is; "(45 minutes)" is whole
    if rest.trim().is_empty() || bracketed != opened {
        return None;
    }
    Some(rest)
}

/// Drops a URL that ends an entry, with what joins it: "Title (Name): https://…", "Title –
/// https://…", "Title <https://…>".
fn strip_trailing_url(s: &str) -> &str {
    let Some(at) = s.rfind(' ') else {
        return s;
    };
    let last = s[at + 1..].trim_start_matches(['<', '(', '[']);
    // (and a link written without its scheme: "youtube.com/watch?v=…", "youtu.be/…")
    let bare = || {
        ["youtube.com/", "youtu.be/", "vimeo.com/"]
            .iter()
            .any(|d| last.starts_with(d))
    };
    if !(last.starts_with("http://")
        || last.starts_with("https://")
        || last.starts_with("www.")
        || bare())
    {
        return s;
    }
    let head = s[..at].trim_end();
    // ("… प्रयोगशाला लिंक: https://…", "… (MIT) Link: https://…": the link's own label goes
    // with it)
    let head = match head.strip_suffix(':').and_then(|h| h.rsplit_once(' ')) {
        Some((before, label))
            if ["link", "लिंक", "video", "recording", "youtube", "slides"]
                .iter()
                .any(|l| label.eq_ignore_ascii_case(l)) =>
        {
            before
        }
        _ => head,
    };
    head.trim_end_matches([' ', ':', '-', '–', '—', '|', '·', '<', '(', '[', ','])
}

/// Drops " · slides · recording"-style link fragments that follow an entry.
fn strip_link_fragments(s: &str) -> &str {
    const LINK_WORDS: &[&str] = &[
        "slides",
        "recording",
        "video",
        "notes",
        "pdf",
        "paper",
        "code",
        "youtube",
        "watch",
        "abstract",
        "poster",
        "transcript",
        "link",
        "website",
        "github",
        "arxiv",
        "preprint",
        "notebook",
        "colab",
        "blog",
        "photos",
        "download",
        "livestream",
        // Slovenian, Croatian: "· posnetek", "· snimka"
        "posnetek",
        "snimka",
    ];
    let mut end = s.len();
    for sep in [" · ", " | ", " • "] {
        while let Some(at) = super::text::rfind(&s[..end], sep) {
            let piece = clean(&s[at + sep.len()..end]).to_lowercase();
            // (and the day between them: "Name, Unit · 4. 2. 2025 · recording (1 h 15 min)")
            let link = LINK_WORDS.iter().any(|w| {
                piece == *w
                    || piece.strip_suffix('s') == Some(w)
                    || piece.starts_with(&format!("{w} ")) && piece.split_whitespace().count() <= 3
                    // "recording (1 h 5 min)": the link and its length
                    || piece
                        .strip_prefix(w)
                        .map(str::trim_start)
                        .is_some_and(|r| r.starts_with('(') && r.ends_with(')'))
            }) || end < s.len() && (is_date_line(&piece) || numeric_date(&piece));
            if !link {
                break;
            }
            end = at;
        }
    }
    &s[..end]
}

/// A day written in numbers with dots, as Slovenian and Croatian pages write it: "14. 11. 2024",
/// "4.2.2025".
fn numeric_date(s: &str) -> bool {
    let parts: Vec<&str> = s
        .split(|c: char| c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() == 3
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && parts[2].len() == 4
        && parts[..2].iter().all(|p| (1..=2).contains(&p.len()))
}

/// Removes MediaWiki markup: `'''bold'''`, `''italic''`, `[[Page]]`, `[[Page|text]]` and
/// `[https://url text]` keep their text.
fn strip_wiki(s: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr2(b'\'', b'[', s.as_bytes()).is_none()
        || !(s.contains("''") || s.contains("[[") || s.contains("[http"))
    {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(['\'', '[']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if tail.starts_with("''") {
            rest = tail.trim_start_matches('\'');
        } else if let Some(link) = tail.strip_prefix("[[") {
            let Some(end) = link.find("]]") else {
                out.push_str(tail);
                return out.into();
            };
            let inner = &link[..end];
            out.push_str(inner.rsplit('|').next().unwrap_or(inner));
            rest = &link[end + 2..];
        } else if let Some(link) = tail.strip_prefix("[http") {
            let Some(end) = link.find(']') else {
                out.push_str(tail);
                return out.into();
            };
            if let Some((_, text)) = link[..end].split_once(' ') {
                out.push_str(text);
            }
            rest = &link[end + 1..];
        } else {
            let c = tail.chars().next().unwrap_or('\'');
            out.push(c);
            rest = &tail[c.len_utf8()..];
        }
    }
    out.push_str(rest);
    out.into()
}

/// Removes Markdown emphasis and links: `**Title**` → `Title`, `[Title](url)` → `Title`.
fn strip_markdown(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['*', '_', '[', '`']) {
        return s.into();
    }
    let mut out = s.replace("**", "").replace("__", "").replace('*', "");
    // _emphasis_ at word boundaries
    if out.contains('_') {
        let chars: Vec<char> = out.chars().collect();
        out = chars
            .iter()
            .enumerate()
            .filter(|&(i, &c)| {
                c != '_' || {
                    let before = i.checked_sub(1).map(|j| chars[j]);
                    let after = chars.get(i + 1).copied();
                    before.is_some_and(char::is_alphanumeric)
                        && after.is_some_and(char::is_alphanumeric)
                }
            })
            .map(|(_, c)| *c)
            .collect();
    }
    // [text](url) → text
    while let Some(open) = out.find('[') {
        let Some(mid) = out[open..].find("](").map(|m| open + m) else {
            break;
        };
        let Some(end) = out[mid..].find(')').map(|e| mid + e) else {
            break;
        };
        let text = out[open + 1..mid].to_owned();
        out.replace_range(open..=end, &text);
    }
    let trimmed = out.trim();
    let trimmed = trimmed
        .strip_prefix('*')
        .and_then(|t| t.strip_suffix('*'))
        .or_else(|| trimmed.strip_prefix('_').and_then(|t| t.strip_suffix('_')))
        .unwrap_or(trimmed);
    trimmed.replace('`', "").into()
}

/// Whether `s` is a labelled field ("Speaker: …"), as [`classify`] reads it.
pub(crate) fn is_field_line(s: &str) -> bool {
    field_label(s.trim()).is_some()
}

/// The field a labelled line is ("Chair: D" → [`Field::Ignored`]).
pub(crate) fn field_of(s: &str) -> Option<Field> {
    field_label(s.trim()).map(|(field, _)| field)
}

/// A row of " | " cells some of which carry a field's label, rewritten without the cells of
/// fields that name no speaker (`Chair: …`, `Host: …`) and without the labels of the speakers'
/// cells; `None` when no cell is labelled so.
fn labelled_cells(text: &str) -> Option<String> {
    // (cheap refusal: most lines have no pipe)
    memchr::memchr(b'|', text.as_bytes())?;
    let cells: Vec<&str> = text.split(" | ").map(str::trim).collect();
    if cells.len() < 3 {
        return None;
    }
    let mut changed = false;
    let kept: Vec<&str> = cells
        .iter()
        .filter_map(|cell| match field_label(cell) {
            Some((Field::Ignored, _)) => {
                changed = true;
                None
            }
            Some((Field::Speaker, rest)) => {
                changed = true;
                Some(rest.trim())
            }
            _ => Some(*cell),
        })
        .filter(|c| !c.is_empty())
        .collect();
    (changed && kept.len() >= 2).then(|| kept.join(" | "))
}

/// "Speaker: …", "Abstract: …" and the like.
pub(crate) fn field_label(s: &str) -> Option<(Field, &str)> {
    const FIELDS: &[(&str, Field)] = &[
        ("title", Field::Title),
        ("talk title", Field::Title),
        ("talk", Field::Title),
        ("seminar title", Field::Title),
        ("lecture title", Field::Title),
        ("topic", Field::Title),
        ("speaker", Field::Speaker),
        ("speakers", Field::Speaker),
        ("speaker(s)", Field::Speaker),
        ("presenter", Field::Speaker),
        ("presenters", Field::Speaker),
        ("presenter(s)", Field::Speaker),
        // a workshop's "Facilitators: A (X) and B (Y)"
        ("facilitator", Field::Speaker),
        ("facilitators", Field::Speaker),
        // "In conversation: A & B", a conversation's people over its title
        ("in conversation", Field::Speaker),
        // a prize lecture's "Awardee: Name, Position at Inst"
        ("awardee", Field::Speaker),
        ("laureate", Field::Speaker),
        ("prize winner", Field::Speaker),
        ("our guest", Field::Speaker),
        ("our guests", Field::Speaker),
        ("guest speaker", Field::Speaker),
        ("guest speakers", Field::Speaker),
        ("guest", Field::Speaker),
        ("guests", Field::Speaker),
        ("guest speaker", Field::Speaker),
        ("guest speakers", Field::Speaker),
        ("guest lecturer", Field::Speaker),
        ("guest lecturers", Field::Speaker),
        ("invited speaker", Field::Speaker),
        ("lecturers", Field::Speaker),
        ("presented by", Field::Speaker),
        ("lecturer", Field::Speaker),
        ("instructor", Field::Speaker),
        ("instructors", Field::Speaker),
        ("panelists", Field::Speaker),
        ("panelist", Field::Speaker),
        ("panellists", Field::Speaker),
        // a Rastafarian reasoning's voices: "Reasoners: A, Role, X; B, Role, Y"
        ("reasoners", Field::Speaker),
        ("participants", Field::Speaker),
        ("authors", Field::Speaker),
        ("abstract", Field::Abstract),
        ("summary", Field::Abstract),
        ("description", Field::Abstract),
        ("bio", Field::Bio),
        ("biography", Field::Bio),
        ("speaker bio", Field::Bio),
        ("about the speaker", Field::Bio),
        ("affiliation", Field::Affiliation),
        ("affiliations", Field::Affiliation),
        ("affiliation(s)", Field::Affiliation),
        ("institution", Field::Affiliation),
        ("institutions", Field::Affiliation),
        ("organization", Field::Affiliation),
        ("organisation", Field::Affiliation),
        ("company", Field::Affiliation),
        ("position", Field::Role),
        ("role", Field::Role),
        ("job title", Field::Role),
        ("date", Field::When),
        ("time", Field::When),
        ("when", Field::When),
        ("date and time", Field::When),
        ("date/time", Field::When),
        ("where", Field::Ignored),
        ("location", Field::Ignored),
        ("venue", Field::Ignored),
        ("room", Field::Ignored),
        ("place", Field::Ignored),
        ("host", Field::Ignored),
        ("hosts", Field::Ignored),
        ("host(s)", Field::Ignored),
        ("hosted by", Field::Ignored),
        ("introduced by", Field::Ignored),
        ("chair", Field::Ignored),
        ("chairs", Field::Ignored),
        ("session chair", Field::Ignored),
        ("session chairs", Field::Ignored),
        ("moderator", Field::Ignored),
        // "Session: Nature-based solutions" under a talk on a conference platform: the
        // session it was given in
        ("session", Field::Ignored),
        ("organizer", Field::Ignored),
        ("organizers", Field::Ignored),
        ("organiser", Field::Ignored),
        ("organisers", Field::Ignored),
        ("video", Field::Ignored),
        ("slides", Field::Ignored),
        ("recording", Field::Ignored),
        // a running document's shorthand: "rec: https://…", "notebooks: github.com/…"
        ("rec", Field::Ignored),
        ("notebooks", Field::Ignored),
        ("link", Field::Ignored),
        ("links", Field::Ignored),
        ("watch", Field::Ignored),
        ("keywords", Field::Ignored),
        ("tags", Field::Ignored),
        ("zoom", Field::Ignored),
        ("note", Field::Ignored),
        ("notes", Field::Ignored),
        ("comments", Field::Ignored),
        ("remarks", Field::Ignored),
        ("status", Field::Ignored),
        ("credits", Field::Ignored),
        ("contact", Field::Ignored),
        ("contacts", Field::Ignored),
        ("contact person", Field::Ignored),
        ("contact for this event", Field::Ignored),
        ("contact for this talk", Field::Ignored),
        ("email", Field::Ignored),
        ("e-mail", Field::Ignored),
        ("series", Field::Ignored),
        ("duration", Field::Ignored),
        ("chapters", Field::Ignored),
        ("timestamps", Field::Ignored),
        ("length", Field::Ignored),
        ("url", Field::Ignored),
        // what agenda and event pages file a talk under
        ("type", Field::Ignored),
        ("session type", Field::Ignored),
        ("format", Field::Ignored),
        ("track", Field::Ignored),
        ("topics", Field::Ignored),
        ("level", Field::Ignored),
        ("audience", Field::Ignored),
        // an events calendar's other fields (LibCal, Localist): "Campus: City Campus",
        // "Time Zone: Central Time - US & Canada (change)"
        ("campus", Field::Ignored),
        ("time zone", Field::Ignored),
        ("timezone", Field::Ignored),
        ("categories", Field::Ignored),
        ("category", Field::Ignored),
        ("cost", Field::Ignored),
        ("price", Field::Ignored),
        ("admission", Field::Ignored),
        ("registration", Field::Ignored),
        ("video recording", Field::Ignored),
        ("session slides", Field::Ignored),
        // a library's catalogue records (Dublin Core): the creator is the speaker, the
        // contributors are hosts, introducers and camera crew
        ("creator", Field::Speaker),
        ("creators", Field::Speaker),
        ("creator affiliation", Field::Affiliation),
        ("author affiliation", Field::Affiliation),
        ("speaker affiliation", Field::Affiliation),
        ("contributor", Field::Ignored),
        ("contributors", Field::Ignored),
        ("date created", Field::When),
        ("date recorded", Field::When),
        ("date issued", Field::When),
        ("subject", Field::Ignored),
        ("subjects", Field::Ignored),
        // an e-mail's header in a quoted thread: "Sent: 26 March 2025 15:30"
        ("sent", Field::When),
        ("extent", Field::Ignored),
        ("language", Field::Ignored),
        ("rights", Field::Ignored),
        ("identifier", Field::Ignored),
        ("permalink", Field::Ignored),
        ("access note", Field::Ignored),
        ("publisher", Field::Ignored),
        ("genre", Field::Ignored),
        ("collection", Field::Ignored),
        ("relation - is part of", Field::Ignored),
        ("is part of", Field::Ignored),
    ];
    // (byte offset, width) of the colon: ASCII, or the full-width one of Chinese and Japanese
    // ("Co-investigators (not presenting):" is 34 bytes)
    let ascii = s.get(..40.min(s.len())).unwrap_or(s).find(':');
    let (colon, width) = match ascii {
        Some(at) if s.is_char_boundary(at) && !s[..at].contains('：') => (at, 1),
        // the 32-byte window may cut a character, or a full-width colon comes first: a
        // char-aware search
        _ => s
            .char_indices()
            .take(40)
            // (and the Armenian comma that follows a label: "Զեկուցող՝ …")
            .find(|(_, c)| matches!(c, ':' | '：' | '՝'))
            .map(|(i, c)| (i, c.len_utf8()))?,
    };
    let label = s[..colon].trim().trim_matches('*').trim();
    // "Oturum Başkanı / Moderatör:", "Speaker / Referent:": a label in two languages or two
    // words, read by its last
    let label = match label.rsplit_once(" / ") {
        Some((_, last)) if label.len() <= 32 => last.trim(),
        _ => label,
    };
    // (a longer label only for the people who run the event: "Scientific programme
    // committee:", "Coordinatrice della serie:")
    // (counted in characters: "Организатори семинара" is 21 letters, 41 bytes)
    let length = if label.is_ascii() {
        label.len()
    } else {
        label.chars().count()
    };
    if label.is_empty() || length > 40 {
        return None;
    }
    let lower = label.to_lowercase();
    let staff = is_staff_label(&lower);
    if length > 24 && !lower.ends_with("committee") && !staff {
        return None;
    }
    let foreign = super::lang::field(&lower);
    let field = match FIELDS.iter().find(|(name, _)| *name == lower) {
        Some((_, field)) => field,
        None if foreign.is_some() => foreign.as_ref().unwrap_or(&Field::Ignored),
        None if staff => &Field::Ignored,
        None => return None,
    };
    let value = s[colon + width..].trim().trim_start_matches('*').trim();
    // "Time: 10:30" is a field, but "10:30" alone is not a label (handled by the digits check).
    Some((*field, value))
}

/// Words of labels that name the people who run an event, not its speakers.
const STAFF: &[&str] = &[
    "chair",
    "chairs",
    "committee",
    "organizers",
    "organisers",
    "organizer",
    "moderator",
    "moderators",
    "host",
    "hosts",
    "coordinator",
    "coordinators",
    "convener",
    "conveners",
    "convener(s)",
    "advisor",
    "advisors",
    "supervisor",
    "supervisors",
    // co-authors who did not present: "Co-authors (not presenting): A, B"
    "co-author",
    "co-authors",
    "coauthors",
    "co-investigator",
    "co-investigators",
    // who answers the paper, not who gives it: "Discussant: Prof. A (X)"
    "discussant",
    "discussants",
    "assistants",
    "tas",
    "coordinatori",
    "coordinatore",
    "coordinatrice",
    "organizzatori",
    "organizzazione",
    // "Coordenação dos seminários", "Coordinación del ciclo", "Organização", "Konzeption und
    // Moderation"
    "moderation",
    "coordenação",
    "coordinación",
    "organização",
    "organización",
];

/// Whether a label names the people who run an event: "Moderator", "Session chairs",
/// "Coordinatori del ciclo", "Organisers of the series" (a staff word first or last, in a
/// label of at most four words).
fn is_staff_label(lower: &str) -> bool {
    lower.split_whitespace().count() <= 4
        && STAFF.iter().any(|w| {
            lower.ends_with(w)
                || lower
                    .strip_prefix(w)
                    .is_some_and(|rest| rest.starts_with(' '))
        })
}

/// "Keynote: Title" → ("Title", true).
fn strip_title_label(s: &str) -> (&str, bool) {
    for sep in [": ", " - ", " — ", " – ", " | "] {
        if let Some(at) = super::text::find(s, sep) {
            let (label, rest) = (s[..at].trim(), &s[at + sep.len()..]);
            // (a numbered slot may carry its date: "Week 2 (10 September 2024)")
            let known = label.len() <= 24
                && (is_in(&words::LABEL, label) || is_episode_label(label))
                || label.len() <= 60 && super::series::is_numbered_slot(label)
                || matches!(sep, ": " | " | ") && is_event_label(label);
            if known && !rest.trim().is_empty() {
                // ("Week 2 – Guest Lecture: Title": a slot, then a label)
                let rest = rest.trim();
                let inner = strip_title_label(rest).0;
                return (
                    if inner.len() < rest.len() {
                        inner
                    } else {
                        rest
                    },
                    true,
                );
            }
        }
    }
    (s, false)
}

/// The name of a talk's event series in front of its title, as calendars write it: "EAS
/// Colloquium", "Special Seminar", "Winifred Ashcombe Memorial Lecture", "Joint Astro/Particle
/// Colloquium". A few capitalised words that end in a kind of talk; the event is no series of
/// parts, and its name no part of the title.
fn is_event_label(label: &str) -> bool {
    const KINDS: &[&str] = &["colloquium", "seminar", "lecture", "webinar", "keynote"];
    let words: Vec<&str> = label.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    label.len() <= 48
        && (2..=6).contains(&words.len())
        && words::with_lowercase(last, |w| KINDS.contains(&w))
        && words.iter().all(|w| {
            starts_upper(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(*w, "of" | "in" | "on" | "and" | "&" | "for" | "de")
        })
}

/// "Ep. 48", "Episode 12", "#7", "No. 3": the number of an episode in a feed, not part of its
/// title.
fn is_episode_label(label: &str) -> bool {
    let number = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if let Some(n) = label.strip_prefix('#') {
        return number(n);
    }
    let mut words = label.split_whitespace();
    let (Some(word), Some(n), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    number(n.trim_start_matches('#'))
        && matches!(
            word.to_ascii_lowercase().as_str(),
            "ep" | "ep." | "episode" | "no." | "nr." | "show" | "podcast"
        )
}

/// A date written before an entry: "March 3, 2024: Title", "2024-03-04 — Title".
fn split_date_prefix(s: &str) -> Option<(&str, &str)> {
    // "4/2(수) Title", "3/26(Wed) Title": a month and day with the weekday in brackets, as
    // boards title their posts
    if let Some((first, rest)) = s.split_once(' ') {
        if let Some((md, day)) = first.strip_suffix(')').and_then(|f| f.split_once('(')) {
            let numbers: Vec<&str> = md.split('/').collect();
            if numbers.len() == 2
                && numbers
                    .iter()
                    .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
                && (1..=3).contains(&day.chars().count())
                && !rest.trim().is_empty()
            {
                return Some((first, rest.trim()));
            }
        }
    }
    // "10. 10. 2023 – Title": a Czech or German date with spaces after its dots
    if let Some(len) = spaced_dotted_date(s) {
        let rest = s[len..].trim_start();
        for sep in ["– ", "— ", "- ", ": ", "| ", "\t"] {
            if let Some(rest) = rest.strip_prefix(sep) {
                if !rest.trim().is_empty() {
                    return Some((s[..len].trim(), rest.trim()));
                }
            }
        }
    }
    for sep in [": ", " — ", " – ", " - ", " | ", "\t", ". ", " · ", " • "] {
        if !super::text::contains(s, sep) {
            continue;
        }
        if let Some(at) = super::text::find(s, sep) {
            let (date, rest) = (&s[..at], &s[at + sep.len()..]);
            // ("Tue, Mar 12, 2024 · 5:00 PM GMT · 58m": after a raised dot, the time and the
            // length go on the date, no entry)
            let dotted = matches!(sep, " · " | " • ");
            // ("Tirsdag den 13. maj 2025 kl. 16.15": the day's dot, the month after it)
            if sep == ". "
                && rest.split(' ').next().is_some_and(|w| {
                    words::with_lowercase(w.trim_end_matches([',', '.']), |w| {
                        words::CALENDAR.contains(w)
                    })
                })
            {
                continue;
            }
            if dotted {
                let next = rest.split([' ', '·', '•']).next().unwrap_or(rest);
                // (and a short rest is the venue: "Dijous, 22 de maig de 2025 · Aula Magna")
                let short = rest.split_whitespace().count() < 4;
                if short || next.starts_with(|c: char| c.is_ascii_digit()) || is_date_line(next) {
                    continue;
                }
            }
            if !rest.trim().is_empty() && is_date_line(date) {
                return Some((date.trim(), rest.trim()));
            }
        }
    }
    None
}

/// The length of a date written `d. m. yyyy` with spaces ("10. 10. 2023", "5. 3. 2024") at
/// the start of `s`.
fn spaced_dotted_date(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut at = 0;
    for (k, width) in [(0, 2), (1, 2), (2, 4)] {
        let start = at;
        while at < b.len() && b[at].is_ascii_digit() && at - start < width {
            at += 1;
        }
        let digits = at - start;
        if digits == 0 || k == 2 && digits != 4 {
            return None;
        }
        if k < 2 {
            if b.get(at) != Some(&b'.') {
                return None;
            }
            at += 1;
            if b.get(at) == Some(&b' ') {
                at += 1;
            }
        }
    }
    // (Croatian and Serbian close the year with a dot too: "11. 4. 2024. – Title")
    if b.get(at) == Some(&b'.') {
        at += 1;
    }
    Some(at)
}

/// A line that is only a date (and maybe a time): "Tuesday, October 8, 2024", "2024-03-04",
/// "Oct 8 @ 4pm".
pub(crate) fn is_date_line(s: &str) -> bool {
    let mut calendar = 0;
    let mut numeric_date = false;
    let mut tokens = 0;
    for w in s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '@' | '(' | ')')) {
        let w = w.trim_matches(|c: char| matches!(c, '.' | '-' | '–' | '—' | ':'));
        if w.is_empty() {
            continue;
        }
        tokens += 1;
        let lower = w.to_lowercase();
        // ("10 d'abril de 2025", "d’octobre": a month after an elided "de")
        let elided = ["d'", "d’"]
            .iter()
            .find_map(|p| lower.strip_prefix(p))
            .is_some_and(|m| words::CALENDAR.contains(m));
        if elided || words::CALENDAR.contains(lower.as_str()) {
            calendar += 1;
        } else if is_numeric_date(w) {
            numeric_date = true;
        } else if w.bytes().all(|b| b.is_ascii_digit())
            || ordinal(&lower)
            // a time or a range of times: "14:00", "14:00-16:00"
            || w.contains(':')
                && w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '–' | '—'))
            // and with a dot, as Danish, German and Finnish write it: "16.15–17.30"
            || w.contains('.')
                && w.split(['-', '–', '—']).all(|t| {
                    t.split_once('.').is_some_and(|(h, m)| {
                        (1..=2).contains(&h.len())
                            && m.len() == 2
                            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                            && h.parse::<u8>().is_ok_and(|h| h < 24)
                    })
                })
            || matches!(
                lower.as_str(),
                "am" | "pm"
                    | "a.m"
                    | "p.m"
                    | "at"
                    | "to"
                    | "and"
                    | "from"
                    | "noon"
                    | "et"
                    | "pt"
                    | "ct"
                    | "utc"
                    | "gmt"
                    | "cet"
                    | "est"
                    | "pst"
                    | "edt"
                    | "pdt"
                    // the zones event sites print after a time: "6:30 PM CEST"
                    | "cest"
                    | "bst"
                    | "eet"
                    | "eest"
                    | "wet"
                    | "west"
                    | "cst"
                    | "cdt"
                    | "mst"
                    | "mdt"
                    | "aest"
                    | "aedt"
                    | "jst"
                    | "kst"
                    | "sgt"
                    | "hkt"
                    | "nzst"
                    | "nzdt"
                    // Africa's and South Asia's: "12:30pm - 2:00pm CAT", "10:00 EAT"
                    | "cat"
                    | "eat"
                    | "wat"
                    | "sast"
                    | "ist"
                    | "pkt"
                    | "npt"
                    | "ict"
                    | "wib"
                    | "fjt"
                    | "fjst"
            )
            || super::lang::DATE_FILLERS.contains(&lower.as_str())
            // "14h", "14h30", "17.15"
            || lower.starts_with(|c: char| c.is_ascii_digit())
                && lower.split('h').all(|p| p.bytes().all(|b| b.is_ascii_digit()))
            // "9am", "12:30pm", and with a dot, as British and Australian pages write it:
            // "7.30pm"
            || lower.ends_with("am")
                && lower[..lower.len() - 2]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
            || lower.ends_with("pm")
                && lower[..lower.len() - 2]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
        {
        } else {
            return false; // one word that is no part of a date settles it
        }
    }
    tokens > 0 && (calendar > 0 || numeric_date)
}

/// Whether `w` is a time zone's abbreviation, as event pages print it after a time.
fn is_time_zone(w: &str) -> bool {
    const ZONES: &[&str] = &[
        "UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "ET", "PT", "CT", "MT",
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "JST", "KST",
        "SGT", "HKT", "IST", "PKT", "NPT", "ICT", "WIB", "NZST", "NZDT", "FJT", "CAT", "EAT",
        "WAT", "SAST",
    ];
    ZONES.contains(&w)
}

fn ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// 2024-03-04, 03/04/2024, 4.3.2024
fn is_numeric_date(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
}

/// A horizontal rule or table separator: `---`, `===`, `***`, `|---|---|`.
fn is_rule(s: &str) -> bool {
    s.len() >= 3
        && s.chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | '|' | ':' | '+' | ' ' | '~' | '#'))
}

/// Salutations, sign-offs and sender lines of e-mail: "Dear all,", "Best regards,", "Anna
/// Schmidt anna.schmidt at example.org", "<jdoe@example.org>".
fn is_mail_furniture(s: &str) -> bool {
    const GREETINGS: &[&str] = &[
        "dear all",
        "dear colleagues",
        "dear everyone",
        "dear friends",
        "hi all",
        "hi everyone",
        "hello all",
        "hello everyone",
        "best",
        "best regards",
        "best wishes",
        "kind regards",
        "warm regards",
        "regards",
        "cheers",
        "thanks",
        "thank you",
        "many thanks",
        "all the best",
        "sincerely",
        "see you there",
        "hope to see you there",
        "see you all there",
    ];
    let n = s.split_whitespace().count();
    if n > 12 {
        return false;
    }
    let lower = s.trim_end_matches([',', '!', '.']).trim().to_lowercase();
    if GREETINGS.contains(&lower.as_str()) {
        return true;
    }
    // an address, plain or written "name at host.org" against spam
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(['<', '>', '(', ')', ',']);
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
    }) || s.split(" at ").nth(1).is_some_and(|host| {
        let host = host.split_whitespace().next().unwrap_or("");
        !host.contains(char::is_uppercase)
            && host.contains('.')
            && !host.ends_with('.')
            && s.split(" at ").next().is_some_and(|user| {
                user.rsplit(' ')
                    .next()
                    .is_some_and(|u| u.contains(['.', '_']) && !u.contains(char::is_uppercase))
            })
    })
}

/// A line of video or feed metadata: "3.1K views · Streamed live on 3 Jun 2024 · 6:12:40",
/// "14 Nov 2024 · 52 min", "@handle · 2 months ago", "1,204 subscribers".
fn is_meta_line(s: &str) -> bool {
    const COUNTED: &[&str] = &[
        "view",
        "views",
        "subscriber",
        "subscribers",
        "video",
        "videos",
        "like",
        "likes",
        "comment",
        "comments",
        "episode",
        "episodes",
        "play",
        "plays",
        "listens",
        "watching",
        "followers",
        "members",
        // an event site's head count: "112 attendees", "40 going", "38 interested"
        "interested",
        // a webinar's replay: "97 chat messages", "18 questions"
        "messages",
        "questions",
        "attendee",
        "attendees",
        "going",
        "went",
        "rsvps",
        "participants",
        "registered",
    ];
    const UNITS: &[&str] = &[
        "min", "mins", "minutes", "minute", "h", "hr", "hrs", "hour", "hours", "sec", "secs",
        "seconds", "s", "m",
    ];
    const EVENTS: &[&str] = &[
        "streamed",
        "premiered",
        "published",
        "uploaded",
        "recorded",
        "aired",
        "released",
    ];
    let number = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | 'k' | 'm' | 'b'))
    };
    let meta = |piece: &str| {
        // ("▶ 388 views", "💬 97 chat messages": icons before the count)
        let piece = piece
            .trim()
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@');
        let p = piece.trim().to_lowercase();
        let words: Vec<&str> = p.split_whitespace().collect();
        // an event's buttons beside its counts: "38 interested · Add to calendar · Share"
        const BUTTONS: &[&str] = &[
            "add to calendar",
            "share",
            "save",
            "follow",
            "rsvp",
            "export",
        ];
        match words.as_slice() {
            [] => false,
            [handle] if handle.starts_with('@') => true,
            _ if BUTTONS.contains(&p.as_str()) => true,
            [n, w] if number(n) && COUNTED.contains(w) => true,
            [n, "chat", "messages"] if number(n) => true,
            // "31 events hosted"
            [n, w, "hosted" | "held" | "organised" | "organized"]
                if number(n) && matches!(*w, "events" | "event") =>
            {
                true
            }
            // "Streamed live on 3 Jun 2024", not "Recorded Talks"
            [first, ..] if EVENTS.contains(first) => p.contains(|c: char| c.is_ascii_digit()),
            [.., last] if *last == "ago" => true,
            // a digital library's counts and pages: "Total Citations0", "Downloads 312",
            // "Pages 1–2", "pp. 3-4"
            ["total", w] if counter_glued(w) => true,
            ["total" | "citations" | "downloads", ..]
                if words.len() <= 3 && counter_glued(words[words.len() - 1])
                    || words.len() <= 3
                        && number(words[words.len() - 1])
                        && matches!(words[words.len() - 2], "citations" | "downloads") =>
            {
                true
            }
            ["pages" | "page" | "pp." | "pp" | "p.", n] if n.split(['–', '-']).all(number) => {
                true
            }
            // "2,417 members · Public group"
            [kind, "group"] if matches!(*kind, "public" | "private" | "open" | "closed") => true,
            _ => {
                is_date_line(&p)
                    || words.iter().all(|w| {
                        number(w)
                            || UNITS.contains(w)
                            || UNITS.iter().any(|u| w.strip_suffix(u).is_some_and(number))
                    })
            }
        }
    };
    // ("Citations0": a count glued to its word where a page set the number apart by style)
    fn counter_glued(w: &str) -> bool {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_digit());
        digits.len() < w.len() && matches!(digits, "citations" | "downloads" | "views")
    }
    let pieces: Vec<&str> = if s.contains("   ") && !s.contains(['·', '•']) {
        s.split("   ").filter(|p| !p.trim().is_empty()).collect()
    } else {
        s.split(['·', '•']).collect()
    };
    let single = s.ends_with(" ago")
        || s.split_whitespace().count() == 2
        || s.split_whitespace()
            .next()
            .is_some_and(|w| EVENTS.contains(&w.to_lowercase().as_str()));
    (pieces.len() >= 2 || single) && pieces.iter().all(|p| meta(p))
}

/// Days of the week, in English and in Malay, as a note after an entry's last dash says when
/// it is ("– Thursday, same room", "– Khamis ini, tempat sama").
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "isnin",
    "selasa",
    "rabu",
    "khamis",
    "jumaat",
];

/// Notes that a talk has no recording, written after its last dash: "— no recording (speaker's
/// request)", Estonian "– salvestus puudub", German "– ohne Aufzeichnung".
const NO_RECORDING: &[&str] = &[
    "no recording",
    "not recorded",
    "no video",
    "recording unavailable",
    "salvestus puudub",
    "ohne aufzeichnung",
    "keine aufzeichnung",
    "pas d'enregistrement",
    "sin grabación",
    "sem gravação",
    "nessuna registrazione",
    "geen opname",
    "brak nagrania",
    "ingen inspelning",
    "ei tallennetta",
];

/// `s` without a bracketed note on the session's video at its end: a start time ("[desde
/// 0:27:50]", "[from 1:02:10]", "[à partir de 12:40]", "[ab 0:45:00]") or the recording
/// ("[▶ recording]", "[no recording, at the speaker's request]").
pub(crate) fn without_start_mark(s: &str) -> &str {
    // "… (Univerzita Karlova) ▶ záznam", "… ▶ Watch": a play mark and a few words at the end
    if let Some(at) = super::text::rfind(s, " ▶") {
        if at > 0 && s[at..].split_whitespace().count() <= 4 {
            return s[..at].trim_end();
        }
    }
    // "… (Istituto Italiano di Tecnologia) — no recording (speaker's request), slides on the
    // Teams files tab": a note on the recording after the last dash
    for dash in [" — ", " – "] {
        if let Some(at) = super::text::rfind(s, dash) {
            let tail = &s.as_bytes()[at + dash.len()..];
            let says = |p: &str| {
                tail.get(..p.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
            };
            // (not inside brackets: "[slides only — recording unavailable]")
            let head = &s[..at];
            let open = |o: char, c: char| head.matches(o).count() > head.matches(c).count();
            // ("… (Qatar Computing Research Institute) – المحاضرة باللغة الإنجليزية": the
            // lecture's language)
            let language = || {
                let tail = &s[at + dash.len()..];
                !tail.is_ascii()
                    && tail.split_whitespace().count() <= 6
                    && super::lang::LANGUAGE_NOTES
                        .iter()
                        .any(|n| !n.is_ascii() && tail.contains(n))
            };
            // ("… – Khamis ini, tempat sama": this Thursday, the same place)
            let when = || {
                let tail = &s[at + dash.len()..];
                tail.split_whitespace().count() <= 6
                    && tail
                        .split([' ', ',', '.'])
                        .next()
                        .is_some_and(|w| words::with_lowercase(w, |w| WEEKDAYS.contains(&w)))
            };
            if at > 0
                && !open('[', ']')
                && !open('(', ')')
                && (NO_RECORDING.iter().any(|p| says(p)) || language() || when())
            {
                return s[..at].trim_end();
            }
        }
    }
    // "[desde 0:25:45]", and in brackets "(fra 00:08:30)", "(från 00:41:20)"
    let (body, bracket) = match s.strip_suffix(']') {
        Some(body) => (body, true),
        None => match s.strip_suffix(')') {
            Some(body) => (body, false),
            None => return s,
        },
    };
    let Some(open) = body.rfind(if bracket { '[' } else { '(' }) else {
        return s;
    };
    let inner = body[open + 1..].trim().to_lowercase();
    let time = [
        "desde ",
        "from ",
        "à partir de ",
        "a partir de ",
        "ab ",
        "dal ",
        "starts at ",
        "fra ",
        "från ",
        "od ",
    ]
    .iter()
    .find_map(|w| inner.strip_prefix(w))
    .is_some_and(|t| {
        t.contains(':')
            && t.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == ' ')
    });
    // "… Stanford University [▶ recording]", "[no recording, at the speaker's request]": a
    // note on the recording, no part of the people
    let note = bracket
        && (inner.starts_with('▶')
            || [
                "recording",
                "video",
                "slides",
                "play",
                "opptak",
                "inspelning",
                "inspelat",
                "záznam",
            ]
            .iter()
            .any(|w| inner.contains(w))
                && inner.split_whitespace().count() <= 8);
    if (time || note) && open > 0 {
        s[..open].trim_end()
    } else {
        s
    }
}

/// A conference tool's line of a session's format, track and level: "Session (25 min) ·
/// Research Software in Practice · Intermediate", "Keynote · Community and Careers ·
/// Introductory and overview", "Service session · 10:30 - 10:50 · Foyer". The first piece is
/// a kind of session (with its length); the others name no one.
fn is_format_line(s: &str, lex: &Lexicon) -> bool {
    // ('·' is U+00B7, two bytes ending in 0xB7: one byte search before the pattern)
    if memchr::memchr(0xB7, s.as_bytes()).is_none() || !s.contains(" · ") {
        return false;
    }
    let mut pieces = s.split(" · ").map(str::trim);
    let first = pieces.next().unwrap_or("").to_lowercase();
    let timed = first
        .split_once(" (")
        .filter(|(_, rest)| rest.ends_with(" min)") || rest.ends_with(" minutes)"));
    let kind = timed.map_or(first.as_str(), |(kind, _)| kind);
    const KINDS: &[&str] = &[
        "session",
        "service session",
        "talk",
        "short talk",
        "lightning talk",
        "keynote",
        "workshop",
        "tutorial",
        "panel",
        "panel discussion",
        "lecture",
        "presentation",
        "demo",
        "birds of a feather",
    ];
    // (with its length, "Session (25 min)" settles it; without, the other pieces name no one)
    KINDS.contains(&kind)
        && pieces.all(|p| {
            p.split_whitespace().count() <= 6 && (timed.is_some() || person_score(p, lex).0 < 0.6)
        })
}

/// A cheap test before [`is_meta_line`].
fn may_be_meta(s: &str) -> bool {
    s.contains('·')
        || s.contains('•')
        || s.ends_with(" ago")
        || s.starts_with(|c: char| c.is_ascii_digit() || c == '@')
        // "▶ 388 views   💬 97 chat messages": an icon before the count
        || s.starts_with(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
            && s.contains(|c: char| c.is_ascii_digit())
        || [
            "Streamed",
            "Premiered",
            "Published",
            "Uploaded",
            "Recorded",
            "Aired",
            "Released",
        ]
        .iter()
        .any(|w| s.starts_with(w))
}

/// Silences the comment thread under a blog post or a news item: from its heading ("2
/// comments", "Comments (3)", "5 Responses", "3 thoughts on “…”", "Leave a Reply") to the end
/// of the page, when a "Reply" button under it shows that it is one. Commenters are no
/// speakers, and the titles their questions name give no talks.
pub(crate) fn silence_comments(lines: &[&str], infos: &mut [LineInfo]) {
    // a page's reviews: a "Reviews" heading over a rating in stars, then quoted praise
    if let Some(start) = lines.iter().position(|l| {
        matches!(
            l.trim(),
            "Reviews" | "Ratings and reviews" | "Ratings & reviews"
        )
    }) {
        if lines[start + 1..].iter().take(2).any(|l| l.contains('★')) {
            for info in &mut infos[start..] {
                info.kind = Kind::Noise;
            }
            return;
        }
    }
    let Some(start) = lines.iter().position(|l| is_comments_heading(l)) else {
        return;
    };
    // a "Reply" button alone, or among a comment's buttons ("Apr 3, 2024   Reply   Like")
    let reply = |l: &&str| {
        l.split("   ").chain(l.split(" · ")).any(|piece| {
            let piece = piece.trim().trim_matches(|c: char| !c.is_alphanumeric());
            piece.eq_ignore_ascii_case("reply")
        })
    };
    let Some(last_reply) = lines[start + 1..].iter().rposition(reply) else {
        return;
    };
    // a video page's list of the channel's other videos after the thread ("Other videos",
    // "Up next") is no part of it
    let end = lines[start + 2 + last_reply..]
        .iter()
        .position(|l| is_video_list_heading(l))
        .map_or(lines.len(), |at| start + 2 + last_reply + at);
    // (a thread holds no announcements: three talks or more after the heading, a title with
    // its speaker or a labelled speaker each, say the heading was something else, as a feed's
    // "4 comments" under one post of many)
    let announced = infos[start..end]
        .iter()
        .filter(|i| {
            matches!(
                i.kind,
                Kind::Combined { .. } | Kind::Field(Field::Speaker, _)
            )
        })
        .count();
    if announced >= 3 {
        return;
    }
    for info in &mut infos[start..end] {
        info.kind = Kind::Noise;
    }
}

/// Several short labelled values on one line, set apart by gaps of three spaces or more:
/// "Recorded: 6/12/2025 8:00 AM   Length: 52:10   Views: 318".
fn is_labelled_metadata(line: &str) -> bool {
    if memchr::memmem::find(line.as_bytes(), b"   ").is_none() || line.len() > 160 {
        return false;
    }
    let pieces: Vec<&str> = line
        .split("   ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    pieces.len() >= 2
        && pieces.iter().all(|p| {
            p.split_once(": ").is_some_and(|(label, value)| {
                (1..=16).contains(&label.chars().count())
                    && label.split_whitespace().count() <= 2
                    && label.starts_with(char::is_uppercase)
                    && !value.trim().is_empty()
                    && value.chars().count() <= 24
                    && value.chars().any(|c| c.is_ascii_digit() || c == '—')
            })
        })
}

/// The heading of a video page's list of more videos: "Other videos", "Up next", "More from
/// this channel".
fn is_video_list_heading(line: &str) -> bool {
    matches!(
        line.trim().to_lowercase().as_str(),
        "other videos"
            | "up next"
            | "more videos"
            | "related videos"
            | "more from this channel"
            | "more from this account"
            | "next videos"
    )
}

/// Demotes to prose a sentence under an event's title that reads as "Title by Speaker": "Second
/// session of the mini-course by Rangi Parata-Hughes.", "The 2024 Bernhardt Lecture will be
/// delivered by Prof. X, University of Oslo. A reception follows …". The event already has its
/// title; the sentence is its description, which names the speaker (read with the other
/// descriptions, see `layout`). A sentence ends with a full stop, which titles do not.
pub(crate) fn demote_described_titles(lines: &[&str], infos: &mut [LineInfo]) {
    for i in 1..infos.len() {
        let (title, plain) = match &infos[i].kind {
            Kind::Combined { title, .. } => (title, false),
            // a plain "title" that reads as a sentence: most words in lower case ("Replaces
            // the cancelled session above.", "Joint work with A and B.")
            Kind::Title(title) => (title, true),
            _ => continue,
        };
        let line = lines[i].trim();
        if plain {
            if !line.ends_with('.') {
                continue;
            }
            let words = line.split_whitespace().count();
            let capitalised = line.split_whitespace().filter(|w| starts_upper(w)).count();
            if capitalised * 2 > words {
                continue;
            }
        }
        // (list items are entries of their own: "* Title. Name, Institution.")
        let sentence = !infos[i].listed
            && line.ends_with('.')
            && !line.starts_with(['“', '"', '«', '‘'])
            && title.split_whitespace().count() >= 3
            && title.starts_with(char::is_uppercase);
        if !sentence {
            continue;
        }
        // a title above in the same block, a date, a venue or a label between
        let titled = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&j| infos[j].kind != Kind::Blank)
            .take_while(|&j| {
                matches!(
                    infos[j].kind,
                    Kind::Title(_) | Kind::When(_) | Kind::Noise | Kind::Meta
                )
            })
            .any(|j| {
                matches!(infos[j].kind, Kind::Title(_))
                    && !infos[j].listed
                    // (a list of titles that each end in a full stop stays one)
                    && !(plain && lines[j].trim_end().ends_with('.'))
            });
        if titled {
            infos[i].kind = Kind::Prose(line.to_owned());
        }
    }
}

/// Promotes to a title a line read as prose that heads a block of labelled fields: "Minicurso
/// de modelagem de nicho ecológico (parte 1 de 2): Dados de ocorrência e variáveis ambientais"
/// over "Ministrantes: …", "Data: …". A title has no full stop at its end, and the speaker
/// field right under it says what it is.
/// Reads the line under a bare name as the person's institution when the talk's title follows
/// it, as a speaker-first page prints a block: "Dr A" / "Nordregio" / "Title" / "Wednesday 6
/// November 2024". The institution line is read as one (a school and its university with
/// their commas stay whole); a title under it that read as a sentence is a title.
pub(crate) fn institution_under_name(lines: &[&str], infos: &mut [LineInfo], lex: &Lexicon) {
    let short_prose = |k: &Kind| match k {
        Kind::Prose(t) => !t.ends_with('.') && t.split_whitespace().count() <= 25,
        _ => false,
    };
    for i in 1..infos.len().saturating_sub(1) {
        // "Dr. A & Mr. B" / "Lecturer, X, Y; Ministry of Z, Kiribati": one position each, in
        // order, set apart by semicolons
        if let Some(affs) = positions_each(&infos[i - 1].kind, lines[i], lex) {
            if let Kind::Speakers { speakers, .. } = &mut infos[i - 1].kind {
                for (speaker, aff) in speakers.iter_mut().zip(affs) {
                    speaker.affiliations = aff;
                }
            }
            infos[i].kind = Kind::Noise;
            continue;
        }
        let bare_name = matches!(&infos[i - 1].kind, Kind::Speakers { speakers, .. }
            if speakers.len() == 1 && speakers[0].affiliations.is_empty());
        if !bare_name {
            continue;
        }
        // (a line already read as institutions: the title under it may have read as a
        // sentence)
        if matches!(infos[i].kind, Kind::Institutions { .. }) {
            let dated = infos
                .get(i + 2)
                .is_some_and(|a| matches!(a.kind, Kind::When(_)));
            if let (Kind::Prose(p), true) = (&infos[i + 1].kind, dated) {
                if short_prose(&infos[i + 1].kind) {
                    infos[i + 1].kind = Kind::Title(clean_title(p));
                }
            }
            continue;
        }
        let Kind::Title(t) = &infos[i].kind else {
            continue;
        };
        let next = &infos[i + 1].kind;
        let titled_next = matches!(next, Kind::Title(_)) || short_prose(next);
        let after_ends = infos
            .get(i + 2)
            .is_none_or(|a| matches!(a.kind, Kind::When(_) | Kind::Noise | Kind::Blank));
        if !titled_next || !after_ends {
            continue;
        }
        // an institution's word, or a title and a date after the line
        let org_like = t.split_whitespace().any(words::is_org_word) || lex.institution(t).is_some();
        let dated = infos
            .get(i + 2)
            .is_some_and(|a| matches!(a.kind, Kind::When(_)));
        if !(org_like || dated && matches!(next, Kind::Title(_))) || t.len() > 120 {
            continue;
        }
        let text = clean(lines[i].trim()).to_owned();
        // ("Teagasc and University of Galway": two; a unit and its university with commas: one)
        // ("Physicien adjoint, Institut de physique du globe de Paris (IPGP)": a role first)
        let role_led = || {
            role_and_institutions(&text, lex).filter(|affs| affs.iter().all(|a| a.role.is_some()))
        };
        let affiliations = if text.contains(", ") {
            role_led().unwrap_or_else(|| vec![super::speaker::affiliation(&text, None, lex)])
        } else {
            parse_institutions(&text, lex)
                .or_else(|| super::speaker::loose_institutions(&text, lex))
                .unwrap_or_else(|| vec![super::speaker::affiliation(&text, None, lex)])
        };
        infos[i].kind = Kind::Institutions { affiliations, text };
        if let Kind::Prose(p) = &infos[i + 1].kind {
            infos[i + 1].kind = Kind::Title(clean_title(p));
        }
    }
}

/// The positions of the line under a line of several names without any, one group for each
/// name, set apart by semicolons; `None` unless every group reads as institutions.
fn positions_each(above: &Kind, line: &str, lex: &Lexicon) -> Option<Vec<Vec<Affiliation>>> {
    let Kind::Speakers { speakers, .. } = above else {
        return None;
    };
    if speakers.len() < 2
        || speakers.iter().any(|s| !s.affiliations.is_empty())
        || !line.contains("; ")
    {
        return None;
    }
    let groups: Vec<&str> = split_top(clean(line.trim()), ";");
    if groups.len() != speakers.len() {
        return None;
    }
    groups
        .iter()
        .map(|g| {
            let g = g.trim();
            role_and_institutions(g, lex).or_else(|| parse_institutions(g, lex))
        })
        .collect()
}

/// "Psychology Colloquium with Dr. A" / "“Title.” Dr. A is a psychologist at X.": an event's
/// name with its guest, then the talk's title quoted at the start of the next line. The title
/// replaces the event's name; the rest of the line stays as the talk's description.
pub(crate) fn quoted_title_under_event(lines: &[&str], infos: &mut [LineInfo]) {
    for i in 0..infos.len().saturating_sub(1) {
        let Kind::Combined { title, .. } = &infos[i].kind else {
            continue;
        };
        if !names_an_event(title) {
            continue;
        }
        let next = lines[i + 1].trim();
        if !next.starts_with(['“', '"', '«']) {
            continue;
        }
        let Some((before, quoted, after)) = quoted_title(next) else {
            continue;
        };
        if !before.trim().is_empty() || quoted.split_whitespace().count() < 3 {
            continue;
        }
        let quoted = clean_title(quoted);
        let rest = after.trim_start_matches(['.', ',', ' ']).trim();
        if let Kind::Combined { title, .. } = &mut infos[i].kind {
            *title = quoted;
        }
        infos[i + 1].kind = if rest.is_empty() {
            Kind::Noise
        } else {
            Kind::Prose(rest.to_owned())
        };
    }
}

pub(crate) fn promote_titles_over_fields(lines: &[&str], infos: &mut [LineInfo]) {
    for i in 0..infos.len().saturating_sub(1) {
        if !matches!(infos[i].kind, Kind::Prose(_)) {
            continue;
        }
        let line = lines[i].trim();
        let titled = line.len() <= 180
            && !line.ends_with(['.', '!', ';', ','])
            && starts_upper(line)
            && matches!(infos[i + 1].kind, Kind::Field(Field::Speaker, _))
            // (after a blank line, furniture, a date, or a short heading: "Spring 2025")
            && (i == 0
                || matches!(infos[i - 1].kind, Kind::Blank | Kind::Noise | Kind::When(_))
                || matches!(infos[i - 1].kind, Kind::Title(_) | Kind::Heading(_))
                    && lines[i - 1].trim().len() <= 40);
        // "tidegrid hands-on tutorial, session 1/2: Grids and masks" over its people: a part
        // of a series, though its project's name starts it in lower case
        let part = || {
            line.len() <= 180
                && !line.ends_with(['.', '!', ';', ','])
                && matches!(&infos[i + 1].kind, Kind::Speakers { speakers, .. }
                    if speakers.iter().any(|s| !s.affiliations.is_empty()))
                && super::series::part_marker(line).is_some()
        };
        if titled || part() {
            infos[i].kind = Kind::Title(clean_title(line));
        }
    }
}

/// Marks called off the entry under a badge line that says so: "CANCELLED" above a webinar's
/// title, as event platforms print a card's state ("REPLAY", "CANCELLED") on a line of its own;
/// and a sentence that says "this seminar" was called off (see [`calls_this_off`]).
pub(crate) fn mark_cancel_badges(lines: &[&str], infos: &mut [LineInfo]) {
    for i in 0..lines.len().saturating_sub(1) {
        let t = lines[i].trim();
        // "This seminar was cancelled because of illness." in an entry's block calls it off
        // (a sentence, though alone on its line it may read as a title)
        // ("Webinari u anulua.": a short sentence, read as a title, that only says so)
        let (sentence, titled) = match &infos[i].kind {
            Kind::Prose(text) => (Some(text.clone()), false),
            // (or the Armenian full stop: "Սեմինարը չկայացավ …։")
            Kind::Title(text) if t.ends_with(['.', '։']) => (Some(text.clone()), true),
            // "NOTE: This seminar did not hold owing to the strike." under an entry's fields
            Kind::Field(Field::Ignored, value) if t.ends_with('.') && calls_this_off(value) => {
                infos[i].cancelled = true;
                continue;
            }
            _ => (None, false),
        };
        // ("Postponed because of the general strike; a new date will be announced.")
        let put_off = |text: &str| {
            ["Postponed ", "Cancelled ", "Canceled ", "Called off "]
                .iter()
                .any(|w| text.starts_with(w))
                && [
                    "because",
                    "new date",
                    "until further notice",
                    "due to",
                    "owing to",
                ]
                .iter()
                .any(|w| text.contains(w))
        };
        if let Some(text) = sentence {
            if calls_this_off(&text) || titled && mentions_cancellation(&text) || put_off(&text) {
                infos[i].kind = Kind::Prose(text);
                infos[i].cancelled = true;
            }
            continue;
        }
        if t.len() > 24 || !t.chars().all(|c| c.is_alphabetic() || c == ' ') {
            continue;
        }
        let lower = t.to_lowercase();
        if !(CALLED_OFF.contains(&lower.as_str())
            || super::lang::CALLED_OFF.contains(&lower.as_str()))
        {
            continue;
        }
        // ("POSTPONED" / "PUBLIC LECTURE" / "Title": past a card's type label)
        let next = (i + 1..lines.len())
            .find(|&j| !lines[j].trim().is_empty() && !matches!(infos[j].kind, Kind::Noise));
        // "Title" / "Oral" / "WITHDRAWN" / "12:15 - 12:35": a programme prints the state under
        // the entry, and the next entry starts with its time
        let timed_next = next.is_some_and(|j| matches!(infos[j].kind, Kind::When(_)));
        if timed_next {
            let above = (i.saturating_sub(3)..i)
                .rev()
                .find(|&k| !matches!(infos[k].kind, Kind::Noise | Kind::Blank));
            if let Some(k) = above {
                if matches!(infos[k].kind, Kind::Title(_) | Kind::Combined { .. }) {
                    infos[k].cancelled = true;
                    infos[i].kind = Kind::Noise;
                    continue;
                }
            }
        }
        if let Some(next) = next {
            // "CANCELLED" / "Professor A, Aarhus University" / "Title": a speaker-first entry
            let titled = |j: usize| matches!(infos[j].kind, Kind::Title(_) | Kind::Combined { .. });
            // ("CANCELLED" / "Dr. A" / "Institution" / "Title" / date: past a card's lines)
            let after_people = matches!(infos[next].kind, Kind::Speakers { .. })
                .then(|| {
                    (next + 1..lines.len().min(next + 4))
                        .take_while(|&j| !lines[j].trim().is_empty())
                        .find(|&j| titled(j) && !matches!(infos[j].kind, Kind::Institutions { .. }))
                })
                .flatten();
            if let Some(j) = after_people.or_else(|| titled(next).then_some(next)) {
                infos[j].cancelled = true;
            }
        }
    }
}

/// Silences the category tags of a blog or site listing (Quarto, Hugo, WordPress): short
/// lines in lower case ("guest seminar", "video", "workshop") written under several posts, or
/// listed with their counts in the page's category box ("guest seminar (8)"). A title written
/// all in lower case is rare, and not twice.
pub(crate) fn silence_tags(lines: &[&str], infos: &mut [LineInfo]) {
    let tag_like = |t: &str| {
        !t.is_empty()
            && t.len() <= 30
            && t.split_whitespace().count() <= 3
            && t.chars()
                .all(|c| c.is_lowercase() || c == ' ' || c == '-')
            // (a rule "---" and a signature's "--" are no tags)
            && t.chars().any(char::is_alphabetic)
    };
    // (cheap refusal: most listings have no such line)
    if !lines.iter().any(|l| tag_like(l.trim())) {
        return;
    }
    let mut counts: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for l in lines {
        let t = l.trim();
        // "guest seminar (8)": a category with its count
        let counted = t
            .strip_suffix(')')
            .and_then(|r| r.rsplit_once(" ("))
            .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(|(w, _)| w);
        if let Some(w) = counted.filter(|w| tag_like(w)) {
            *counts.entry(w).or_default() += 2;
        } else if tag_like(t) {
            *counts.entry(t).or_default() += 1;
        }
    }
    for (line, info) in lines.iter().zip(infos.iter_mut()) {
        let t = line.trim();
        if tag_like(t) && counts.get(t).is_some_and(|&n| n >= 2) {
            info.kind = Kind::Noise;
        }
    }
}

/// Silences a post's subtitle that says what kind of talk it was or where it was given, right
/// under its title: "Guest seminar", "Methods masterclass", "Talk at the BES Annual Meeting
/// 2024, Liverpool".
pub(crate) fn silence_kind_subtitles(lines: &[&str], infos: &mut [LineInfo]) {
    const KINDS: &[&str] = &[
        "seminar",
        "masterclass",
        "talk",
        "lecture",
        "workshop",
        "colloquium",
        "keynote",
        "webinar",
        "tutorial",
        "presentation",
        "panel",
    ];
    const AT: &[&str] = &[
        "talk at ",
        "talk given at ",
        "presented at ",
        "keynote at ",
        "invited talk at ",
        "poster at ",
        "lecture at ",
    ];
    for i in 1..infos.len() {
        if !matches!(infos[i].kind, Kind::Title(_)) || !matches!(infos[i - 1].kind, Kind::Title(_))
        {
            continue;
        }
        let t = lines[i].trim();
        let words: Vec<&str> = t.split_whitespace().collect();
        let kind = (1..=3).contains(&words.len())
            && words
                .last()
                .is_some_and(|w| words::with_lowercase(w, |w| KINDS.contains(&w)));
        let lower = t.to_lowercase();
        let venue = t.len() <= 90 && AT.iter().any(|a| lower.starts_with(a));
        if kind || venue {
            infos[i].kind = Kind::Noise;
        }
    }
    // "Fieldwork on the Flow Country." under a post's title and its tags: a one-sentence
    // description, not a second title
    for i in 1..infos.len() {
        let t = lines[i].trim();
        if !matches!(infos[i].kind, Kind::Title(_)) || !t.ends_with('.') || t.ends_with("..") {
            continue;
        }
        let above = (0..i)
            .rev()
            .find(|&j| !matches!(infos[j].kind, Kind::Noise))
            .filter(|&j| j + 1 < i || matches!(infos[j].kind, Kind::Title(_)));
        if above.is_some_and(|j| {
            matches!(infos[j].kind, Kind::Title(_)) && !lines[j].trim().ends_with('.')
        }) {
            infos[i].kind = Kind::Prose(t.to_owned());
        }
    }
}

/// Silences a web app's menu copied one item to a line ("Workspaces", "Recent", "Starred",
/// "Templates", "Create", …): four or more lines in a row of one word each, none of them a
/// speaker or a field, are no titles. The name right under such a menu is the signed-in user's
/// ("Anja Kessler (AK)"), not a speaker's.
pub(crate) fn silence_menus(lines: &[&str], infos: &mut [LineInfo]) {
    let item = |i: usize, infos: &[LineInfo]| {
        let t = lines[i].trim();
        !t.is_empty()
            && t.len() <= 24
            && !t.contains(' ')
            && t.chars().any(char::is_alphabetic)
            && t.chars().all(|c| c.is_alphabetic() || c == '-')
            && matches!(infos[i].kind, Kind::Title(_) | Kind::Noise)
    };
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        while i < lines.len() && item(i, infos) {
            i += 1;
        }
        // (a shorter run is left as it is unless a name follows it: "About", "Events",
        // "Members", "Photos" between a group's name and its events keep the name apart)
        let user = matches!(
            infos.get(i).map(|info| &info.kind),
            Some(Kind::Speakers { speakers, .. })
                if speakers.len() == 1 && speakers[0].affiliations.is_empty()
        );
        if i - start >= 6 || i - start >= 4 && user {
            for info in &mut infos[start..i] {
                info.kind = Kind::Noise;
            }
            if user {
                infos[i].kind = Kind::Noise;
            }
        }
        i = i.max(start + 1);
    }
}

/// Silences a site's menu or footer copied with the page: five or more lines in a row, each of
/// a few words with no sentence or field in it ("Events" / "Colloquium archive" / "Seminars" /
/// "Math Circle" / "Conferences and workshops"; "Accessibility" / "Privacy" / "Title IX").
/// A two-word item may read as a person's name, but only weakly, and not more than one in
/// three of the run: a run with a plain speaker line in it is a listing, not a menu.
pub(crate) fn silence_nav_runs(lines: &[&str], infos: &mut [LineInfo]) {
    let item = |i: usize| {
        let t = lines[i].trim();
        !t.is_empty()
            && t.len() <= 40
            && t.split_whitespace().count() <= 4
            && !t.ends_with(['.', ':', '?', '!'])
            && !t.contains(['(', ')', '|', '–', '—', '"', '“'])
    };
    let weak_person = |k: &Kind| {
        matches!(k, Kind::Speakers { speakers, score }
            if speakers.len() == 1 && speakers[0].affiliations.is_empty() && *score < 0.8)
    };
    const LINK_HEADINGS: &[&str] = &[
        "related links",
        "related guides",
        "quick links",
        "useful links",
        "see also",
        "related pages",
        "in this section",
        "more in this section",
    ];
    let links_heading =
        |i: usize| super::words::with_lowercase(lines[i].trim(), |l| LINK_HEADINGS.contains(&l));
    // (under such a heading a link may be longer, or name its file: "Faculty Research and
    // Extension Committee", "Postgraduate Seminar Guidelines (PDF)")
    let link = |i: usize| {
        let t = lines[i].trim();
        let t = match t.rsplit_once(" (") {
            Some((head, note)) if note.len() <= 6 && note.ends_with(')') => head,
            _ => t,
        };
        !t.is_empty()
            && t.len() <= 60
            && t.split_whitespace().count() <= 7
            && !t.ends_with(['.', ':', '?', '!'])
            && !t.contains(['(', ')', '|', '–', '—', '"', '“'])
    };
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        let linked_run = links_heading(i);
        while i < lines.len() && (item(i) || linked_run && i > start && link(i)) {
            i += 1;
        }
        let run = &infos[start..i];
        let plain = run
            .iter()
            .filter(|info| matches!(info.kind, Kind::Title(_) | Kind::Noise))
            .count();
        let people = run.iter().filter(|info| weak_person(&info.kind)).count();
        let other = run.iter().any(|info| {
            !matches!(
                info.kind,
                Kind::Title(_) | Kind::Noise | Kind::Institutions { .. } | Kind::Prose(_)
            ) && !weak_person(&info.kind)
        });
        // ("Related links" / "Reading Macro Masterclass" / "Staff directory": under a heading
        // of links, a short run is links too)
        let linked = run.len() >= 2 && linked_run;
        let menu = run.len() >= 5 && plain >= 4 && people * 3 <= run.len();
        if (menu || linked) && !other {
            // (a name over the menu is the site's owner: "Ilona Rautio" / "about" / "blog" /
            // "talks", which a researcher's own page needs)
            for (k, info) in infos[start..i].iter_mut().enumerate() {
                let title = matches!(info.kind, Kind::Title(_));
                if title || k > 0 && matches!(info.kind, Kind::Speakers { .. }) {
                    info.kind = Kind::Noise;
                }
            }
        }
        i = i.max(start + 1);
    }
}

/// Whether `s` has an en or em dash outside brackets.
fn dash_outside_brackets(s: &str) -> bool {
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '—' | '–' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Reads a speaker card, as "Past speakers" grids print one: the name, a line with the position,
/// a line with the institution, the title, the date ("Dr. Ewa Sobieraj-Kant" / "Associate
/// Professor, Civil Engineering" / "University of Calgary & AtkinsRéalis" / "Digital twins for
/// culverts" / "February 20, 2025"). The two lines under the name are the person's position
/// and institution, whatever they read as alone.
pub(crate) fn speaker_cards(lines: &[&str], infos: &mut [LineInfo], lex: &Lexicon) {
    for i in 0..infos.len().saturating_sub(4) {
        let opens =
            i == 0 || lines[i - 1].trim().is_empty() || matches!(infos[i - 1].kind, Kind::Noise);
        let one = matches!(&infos[i].kind, Kind::Speakers { speakers, .. } if speakers.len() == 1);
        if !opens || !one {
            continue;
        }
        let short = |k: usize| {
            let t = lines[k].trim();
            !t.is_empty()
                && t.len() <= 90
                && matches!(infos[k].kind, Kind::Title(_) | Kind::Institutions { .. })
        };
        // name, position, institution, title, date
        let carded = short(i + 1)
            && short(i + 2)
            && matches!(infos[i + 3].kind, Kind::Title(_))
            && matches!(infos[i + 4].kind, Kind::When(_));
        if !carded {
            continue;
        }
        let role = clean(lines[i + 1].trim()).to_owned();
        // ("Hatch · University of Waterloo": two, set apart by a raised dot)
        let org = clean(lines[i + 2].trim()).replace(" · ", "; ");
        let org = org.as_str();
        // (the position must read as one, or be short over an institution: not a second
        // title over the first; "Professeure agrégée" over "Polytechnique Montréal")
        let positioned = super::speaker::role_score(role.split(',').next().unwrap_or_default())
            >= 0.5
            || matches!(infos[i + 1].kind, Kind::Institutions { .. })
            || role.split_whitespace().count() <= 3
                && matches!(infos[i + 2].kind, Kind::Institutions { .. });
        if !positioned {
            continue;
        }
        let mut affiliations = parse_institutions(org, lex)
            .filter(|affs| affs.len() > 1 || !org.contains([';', '&']))
            .or_else(|| super::speaker::loose_institutions(org, lex))
            .unwrap_or_else(|| vec![super::speaker::affiliation(org, None, lex)]);
        if let Some(first) = affiliations.first_mut() {
            first.role = Some(role);
        }
        if let Kind::Speakers { speakers, .. } = &mut infos[i].kind {
            speakers[0].affiliations = affiliations;
        }
        infos[i + 1].kind = Kind::Noise;
        infos[i + 2].kind = Kind::Noise;
    }
}

/// Reads the parts listed under a course's line, "Text mining for historians: a three-part
/// workshop with Dr. A (X)" over "Part 1: Building a corpus – recorded March 6, 2025 (62
/// min)", "Part 2: …": each part is a talk of the course's series, given by the people the
/// course's line names. A note on when it was recorded after a dash is no part of its title.
pub(crate) fn parts_under_a_course(lines: &[&str], infos: &mut [LineInfo], lex: &Lexicon) {
    const COUNTS: &[&str] = &[
        "two-part ",
        "three-part ",
        "four-part ",
        "five-part ",
        "2-part ",
        "3-part ",
        "4-part ",
    ];
    for i in 0..infos.len().saturating_sub(2) {
        if !matches!(infos[i].kind, Kind::Prose(_) | Kind::Title(_)) {
            continue;
        }
        let line = lines[i].trim();
        let Some((series, rest)) = line.split_once(": ") else {
            continue;
        };
        let lower = rest.to_lowercase();
        let Some(count) = COUNTS.iter().find(|c| lower.contains(*c)) else {
            continue;
        };
        let after = &rest[lower.find(count).unwrap_or(0) + count.len()..];
        let Some(people) = [" with ", " by "]
            .iter()
            .find_map(|w| super::text::find(after, w).map(|at| &after[at + w.len()..]))
        else {
            continue;
        };
        let Some(parsed) =
            parse_speakers(people.trim_end_matches('.'), lex).filter(|p| p.score >= 0.8)
        else {
            continue;
        };
        let parts: Vec<usize> = (i + 1..infos.len())
            .take_while(|&j| super::series::starts_with_part(lines[j].trim()))
            .collect();
        if parts.len() < 2 {
            continue;
        }
        for j in parts {
            let text = lines[j].trim();
            // "Part 1: Building a corpus – recorded March 6, 2025 (62 min)"
            let text = [" – ", " — ", " - "]
                .iter()
                .filter_map(|d| super::text::find(text, d))
                .min()
                .filter(|&at| {
                    let note = text[at..].trim_start_matches(['–', '—', '-', ' ']);
                    let first = note.split([' ', ',']).next().unwrap_or_default();
                    note.to_lowercase().starts_with("recorded")
                        || note.chars().next().is_some_and(|c| c.is_ascii_digit())
                        || words::with_lowercase(first, |w| words::CALENDAR.contains(w))
                })
                .map_or(text, |at| text[..at].trim_end());
            infos[j].kind = Kind::Combined {
                title: clean_title(&format!("{}, {text}", clean(series))),
                speakers: parsed.speakers.clone(),
            };
        }
        infos[i].kind = Kind::Noise;
    }
}

/// Reads "Sun-min Yoo: Sequential testing for …" as its speaker and title on a page whose other
/// entries give "Name (Institution): Title": a name of two or three capitalised words without
/// an institution is told from a title's prefix ("Machine Learning: a tour") by the page's
/// habit. Three entries in that shape make the habit.
pub(crate) fn speaker_colon_titles(lines: &[&str], infos: &mut [LineInfo], lex: &Lexicon) {
    let habit = infos
        .iter()
        .zip(lines)
        .filter(|(info, line)| match &info.kind {
            Kind::Combined { title, speakers } => speakers.first().is_some_and(|s| {
                let line = line.trim();
                let (Some(name_at), Some(title_at)) = (
                    super::text::find(line, &s.name),
                    super::text::find(line, title),
                ) else {
                    return false;
                };
                name_at < title_at && line[..title_at].trim_end().ends_with(':')
            }),
            _ => false,
        })
        .count();
    if habit < 3 {
        return;
    }
    for info in infos.iter_mut() {
        let Kind::Title(text) = &info.kind else {
            continue;
        };
        let Some((left, right)) = text.split_once(": ") else {
            continue;
        };
        // "Nurhayati (McMaster University): Title": one name, with the institution
        let (left, affiliations) = match left.strip_suffix(')').and_then(|l| l.split_once(" (")) {
            Some((name, inner)) if !name.contains(' ') && name.chars().count() >= 4 => {
                match parse_institutions(inner, lex) {
                    Some(affs) => (name, affs),
                    None => continue,
                }
            }
            _ => (left, Vec::new()),
        };
        let tokens: Vec<&str> = left.split_whitespace().collect();
        let mononym = tokens.len() == 1 && !affiliations.is_empty();
        let named = ((2..=3).contains(&tokens.len()) || mononym)
            && tokens.iter().all(|t| {
                starts_upper(t)
                    && t.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                    && !is_in(&words::TITLE, t)
                    && !words::is_org_word(t)
            })
            && lex.institution(left).is_none()
            && (mononym || person_score(left, lex).0 >= 0.5)
            && right.split_whitespace().count() >= 2;
        if named {
            let (_, name, alternate_names) = person_score(left, lex);
            let name = if mononym { left.to_owned() } else { name };
            info.kind = Kind::Combined {
                title: clean_title(right),
                speakers: vec![Speaker {
                    name,
                    alternate_names,
                    affiliations,
                    line: 0,
                }],
            };
        }
    }
}

/// Silences a post's byline: its author's name over the date it was posted, then the post's
/// counts and its share button ("Ros Akinyemi-Hart" / "Jun 12, 2025" / "34" / "Share") — the
/// author of a newsletter or blog post, not a speaker; and a page's author over the date it was
/// published ("Published 7 March 2025").
pub(crate) fn silence_bylines(lines: &[&str], infos: &mut [LineInfo]) {
    for i in 0..lines.len().saturating_sub(2) {
        let author = matches!(
            &infos[i].kind,
            Kind::Speakers { speakers, .. }
                if speakers.len() == 1 && speakers[0].affiliations.is_empty()
        );
        if !author {
            continue;
        }
        // "Gwenda Attwater-Nakashima" / "Published 7 March 2025": a page's author over the
        // date it was published (SharePoint, news pages)
        let next = lines[i + 1].trim();
        let published = [
            "published ",
            "posted ",
            "last updated ",
            "updated ",
            "modified ",
        ]
        .iter()
        .any(|p| {
            next.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
                && next.bytes().any(|b| b.is_ascii_digit())
        });
        if published {
            infos[i].kind = Kind::Noise;
            continue;
        }
        if !matches!(infos[i + 1].kind, Kind::When(_)) {
            continue;
        }
        let counted = lines[i + 2..lines.len().min(i + 9)].iter().any(|l| {
            let t = l.trim();
            t.eq_ignore_ascii_case("share")
                || !t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit())
        });
        if counted {
            infos[i].kind = Kind::Noise;
        }
    }
}

/// The authors on a repository item's line of dates (Figshare, Zenodo-like): "posted on
/// 2024-11-25, 14:02 authored by A, B" → "A, B". A post's "posted by" names its poster, who
/// is no author of the talk.
pub(crate) fn item_authors(s: &str) -> Option<&str> {
    let head = s.get(..9)?;
    if !["posted on", "published", "uploaded ", "created o"]
        .iter()
        .any(|p| head.eq_ignore_ascii_case(p))
    {
        return None;
    }
    let at = super::text::find(s, " authored by ")?;
    let people = s[at + " authored by ".len()..].trim();
    (!people.is_empty()).then_some(people)
}

/// How long ago a post went up, as social apps and boards write it under the poster's name:
/// "4mo", "7w", "5d", "3 h", "2y" (and "+ 2 • Updated 4d").
pub(crate) fn is_relative_age(s: &str) -> bool {
    let s = s.trim();
    // (cheap refusal: an age is short and starts with its number, or with a count of editors)
    if s.len() > 32 || !s.starts_with(|c: char| c.is_ascii_digit() || c == '+') {
        return false;
    }
    let s = s
        .rsplit_once("Updated ")
        .filter(|(before, _)| before.trim_end().ends_with('•'))
        .map_or(s, |(_, age)| age);
    // LinkedIn's "3d •", "1w • Edited •"
    let s = s
        .trim_end_matches(['•', ' '])
        .trim_end_matches("• Edited")
        .trim_end_matches(['•', ' ']);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && matches!(
            s[digits..].trim_start(),
            "s" | "m" | "min" | "h" | "hr" | "d" | "w" | "wk" | "mo" | "y" | "yr"
        )
}

/// A clock time alone on a line: "10:42 AM", "9:15 pm", "16:31".
fn is_bare_clock(line: &str) -> bool {
    let t = line.trim();
    let t = ["AM", "PM", "am", "pm", "a.m.", "p.m."]
        .iter()
        .find_map(|m| t.strip_suffix(m))
        .map_or(t, str::trim_end);
    let Some((h, m)) = t.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// Silences the name of whoever posted each entry on a board or a social app: a person alone
/// on a line, right over how long ago the post went up ("Dr R. Kettleby" / "4mo", "Jonas
/// Achebe (TA)" / "2w").
pub(crate) fn silence_posters(lines: &[&str], infos: &mut [LineInfo]) {
    // a chat app's sidebar: the people under "DIRECT MESSAGES" are members, not speakers
    for (i, line) in lines.iter().enumerate() {
        if line.trim().eq_ignore_ascii_case("direct messages") {
            for info in infos.iter_mut().skip(i + 1) {
                if !matches!(info.kind, Kind::Speakers { .. }) {
                    break;
                }
                info.kind = Kind::Noise;
            }
        }
    }
    for i in 0..lines.len().saturating_sub(1) {
        let poster =
            matches!(&infos[i].kind, Kind::Speakers { speakers, .. } if speakers.len() == 1);
        if !poster {
            continue;
        }
        // (or over a short date, in a stream whose posts follow app furniture, not a title:
        // "Add class comment…" / "Rūta Kazlauskaitė-Morris" / "geg. 14")
        let dated = matches!(&infos[i + 1].kind, Kind::When(w) if w.len() <= 12)
            && (0..i)
                .rev()
                .find(|&k| !matches!(infos[k].kind, Kind::Blank))
                .is_some_and(|k| matches!(infos[k].kind, Kind::Noise | Kind::Prose(_)));
        // (or over the clock time of the message, as a chat app shows its author: "Oskar
        // Brandvold-Eze" / "10:42 AM")
        if is_relative_age(lines[i + 1]) || dated || is_bare_clock(lines[i + 1]) {
            infos[i].kind = Kind::Noise;
        }
        // (or over their headline, then the age: "Rhys Cole" / "Lecturer at University of
        // Southampton" / "2w", as a social site shows a commenter)
        // (an age in days, weeks, months or years: not a talk's title over the length of
        // its recording, "Seagrass carbon" / "1 h")
        let age = lines.get(i + 2).map_or("", |l| l.trim());
        let days_or_more = is_relative_age(age)
            && age
                .trim_end_matches(['•', ' '])
                .ends_with(['d', 'w', 'o', 'y', 'k', 'r'])
            && !age.ends_with("hr");
        if days_or_more
            && matches!(
                infos[i + 1].kind,
                Kind::Institutions { .. } | Kind::Title(_)
            )
            && lines[i + 1].len() <= 120
        {
            infos[i].kind = Kind::Noise;
            infos[i + 1].kind = Kind::Noise;
        }
    }
}

/// Silences the avatar placeholders of event platforms: the initials a page shows in place of a
/// photo ("TW" over "Dr. Tomás Ó Briain-Weller"), on a line of their own above the name. Every
/// letter is the first letter of a word or of a hyphenated part of the name below.
pub(crate) fn silence_avatars(lines: &[&str], infos: &mut [LineInfo]) {
    for i in 0..lines.len().saturating_sub(1) {
        if matches!(infos[i + 1].kind, Kind::Speakers { .. }) && is_avatar(lines[i], lines[i + 1]) {
            infos[i].kind = Kind::Noise;
        }
        // (under it, they are an app's account menu: the signed-in user's "Callum
        // Reid-Matsumoto" over "CR" in the header, neither a speaker nor a title)
        let user = matches!(
            &infos[i].kind,
            Kind::Speakers { speakers, .. }
                if speakers.len() == 1 && speakers[0].affiliations.is_empty()
        );
        if user && matches!(infos[i + 1].kind, Kind::Title(_)) && is_avatar(lines[i + 1], lines[i])
        {
            infos[i].kind = Kind::Noise;
            infos[i + 1].kind = Kind::Noise;
        }
    }
}

/// Whether `line` holds the initials that stand for the photo of the person named on `name`:
/// one to three capitals, each the first letter of a word or of a hyphenated part of the name.
pub(crate) fn is_avatar(line: &str, name: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 12 {
        return false;
    }
    let letters: Vec<char> = t.chars().collect();
    if !(1..=3).contains(&letters.len()) || !letters.iter().all(|c| c.is_uppercase()) {
        return false;
    }
    let initials: Vec<char> = name
        .trim()
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    letters.iter().all(|c| initials.contains(c))
}

/// A speaker field's value that goes on with the title in a sentence of its own: "X, Inst.
/// Title: T. The video …" → ("X, Inst", "T").
/// What follows a short first sentence when it starts with a speaker's label and the line
/// also names the title in a field: "Uploaded the recording. Speaker: X, Org. Title: T." →
/// "Speaker: X, Org. Title: T."
fn after_lead_sentence(text: &str) -> Option<&str> {
    // (cheap refusal: a field needs its colon)
    memchr::memchr(b':', text.as_bytes())?;
    let at = super::text::find(text, ". ")?;
    if text[..at].split_whitespace().count() > 6 || text[..at].contains(':') {
        return None;
    }
    let rest = &text[at + 2..];
    match field_label(rest) {
        Some((Field::Speaker, value)) if inline_title(value).is_some() => Some(rest),
        _ => None,
    }
}

pub(crate) fn inline_title(value: &str) -> Option<(&str, &str)> {
    // (cheap refusal: a label after a full stop)
    if !value.contains(": ") {
        return None;
    }
    for (at, _) in value.match_indices(". ") {
        let rest = &value[at + 2..];
        if let Some((Field::Title, title)) = field_label(rest) {
            let end = title.find(". ").unwrap_or(title.len());
            let title = title[..end].trim().trim_end_matches('.');
            if !title.is_empty() {
                return Some((value[..at].trim(), title));
            }
        }
    }
    None
}

/// The heading of a comment thread (see [`silence_comments`]).
fn is_comments_heading(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 80 || line.is_empty() {
        return false;
    }
    // (cheap tests first: every line of a large listing comes here)
    if !line
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'C' | 'c' | 'L' | 'l' | 'J' | 'j'))
    {
        return false;
    }
    if ![
        "omment",
        "esponse",
        "houghts",
        "eplies",
        "eave a",
        "iscussion",
    ]
    .iter()
    .any(|w| line.contains(w))
    {
        return false;
    }
    let lower = line.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let counted = first.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            second,
            "comment" | "comments" | "response" | "responses" | "thoughts" | "replies"
        );
    // ("4 comments · 6 reposts": a post's counters in a feed, under every post, no thread's
    // heading)
    let counters = lower
        .split_once(" · ")
        .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()));
    counted && !counters
        || matches!(
            lower.trim_end_matches(|c: char| c.is_ascii_digit() || " ():".contains(c)),
            "comments" | "leave a comment" | "leave a reply" | "join the discussion"
        )
}

/// A venue's address: "Nautical Museum, Lecture Theatre 2 Harbour Road, Bristol, United
/// Kingdom" (three pieces or more, the last a country), "Leeds Library 18 Commercial Street,
/// Leeds" (a street before a comma).
fn is_address_line(s: &str) -> bool {
    // (no allocation: every line that reaches the noise test comes here)
    const STREETS: &[&str] = &[
        " Road",
        " Street",
        " Avenue",
        " Lane",
        " Square",
        " Boulevard",
        " Blvd",
        " Drive",
        " Approach",
        " Crescent",
        " Terrace",
        " Quay",
        " Wharf",
        " Parade",
        " Embankment",
        "strasse",
        "straße",
    ];
    let s = s.trim_end_matches('.');
    let Some((head, last)) = super::text::rfind(s, ", ").map(|at| (&s[..at], &s[at + 2..])) else {
        return false;
    };
    // (not an entry that ends where it was given: "A: “Title” — keynote at the X Conference,
    // Ferrara, Italy.")
    // (nor a person's line: "Dr. A, Clinical Lead, 37th Military Hospital, Accra")
    let titled = || {
        head.split_whitespace()
            .next()
            .is_some_and(|w| words::classes(w).has(words::Classes::HONORIFIC))
    };
    let country = super::text::contains(head, ", ")
        && is_in(&words::PLACE, last.trim())
        && !head.contains(['"', '“', '«'])
        && !super::text::contains(head, ": ")
        && !titled();
    // "… 18 Commercial Street, Leeds", "Harbour Road, Bristol": a street before a comma,
    // after a name or a number
    let street = STREETS.iter().any(|w| {
        super::text::find(head, w).is_some_and(|at| {
            let end = at + w.len();
            at > 0 && (end == head.len() || head[end..].starts_with([',', ' ']))
        })
    });
    // "Bristol, United Kingdom": a town and its country, as a group's page gives its home
    // ("Bristol, GB", "Boston, MA": a town and its country's or state's code)
    let code = last.len() == 2 && last.bytes().all(|b| b.is_ascii_uppercase());
    let town = !super::text::contains(head, ", ")
        && (is_in(&words::PLACE, last.trim()) || code && !head.contains(' '))
        && (1..=3).contains(&head.split_whitespace().count())
        && head.split_whitespace().all(|w| {
            starts_upper(w) && !w.contains(|c: char| c.is_ascii_digit()) && !words::is_org_word(w)
        });
    // "University of Bath, 4 East, Claverton Down, Bath": a house number starts a piece
    let numbered = head.matches(", ").count() >= 1
        && head.split(", ").skip(1).any(|piece| {
            let mut words = piece.split_whitespace();
            let number = words.next().unwrap_or("");
            // (not an ordinal: "Clinical Lead, 34th Military Hospital, Wilberforce")
            let ordinal = ["st", "nd", "rd", "th"].iter().any(|e| {
                number
                    .strip_suffix(e)
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            });
            number.starts_with(|c: char| c.is_ascii_digit())
                && !ordinal
                && number.len() <= 7
                && number
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '–' | '/'))
                && words.next().is_some_and(starts_upper)
        });
    // "Phoenix Arts Centre, Newarke Street": a venue and its street
    let on_street = STREETS.iter().any(|w| last.ends_with(w))
        && (2..=3).contains(&last.split_whitespace().count())
        && last.split_whitespace().all(starts_upper)
        && (1..=4).contains(&head.split_whitespace().count())
        && head.split_whitespace().all(starts_upper)
        && !head.contains(['(', ':']);
    // "… – Porto Alegre – RS – CEP 91501-970": a Brazilian postal code
    let postal = super::text::find(s, "CEP ").is_some_and(|at| {
        s[at + 4..]
            .bytes()
            .take(5)
            .filter(u8::is_ascii_digit)
            .count()
            == 5
    });
    country
        || town
        || (street || numbered) && !s.contains(['(', ':'])
        || is_room(head, last)
        || postal
        || on_street
}

/// A date with the place after its last comma: "Marți, 14 ianuarie 2025, ora 14:00, sala 206",
/// "Thursday 3 April 2025, 4 pm, Room 2.14", "Kamis, 5 Juni 2025, 13.00 WIB, Zoom".
fn date_then_place(s: &str) -> bool {
    const PLACES: &[&str] = &[
        "room",
        "sala",
        "aula",
        "salle",
        "raum",
        "hörsaal",
        "ruang",
        "hall",
        "auditorium",
        "online",
        "zoom",
        "teams",
        "webex",
        "amphi",
        "amfiteatrul",
        "lt.",
        // Ukrainian, Russian, Croatian: "ауд. 377", "ауд. 14-08", "dvorana O-028"
        "ауд.",
        "аудиторія",
        "аудитория",
        "dvorana",
        // Vietnamese: "phòng 305 D3", "trực tuyến" (online)
        "phòng",
        "trực",
    ];
    let Some((date, place)) = s.rsplit_once(", ") else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .any(|w| words::with_lowercase(w, |w| PLACES.contains(&w)))
        && is_date_line(date)
}

/// A room in a building, as an event calendar gives the venue: "Snee Hall, 1120", "Padelford
/// Hall, B-212", "Allen Library, Petersen Room", "Statler Hall, Auditorium".
fn is_room(building: &str, room: &str) -> bool {
    const BUILDINGS: &[&str] = &[
        "Hall",
        "Building",
        "Bldg",
        "Bldg.",
        "Library",
        "Center",
        "Centre",
        "Auditorium",
        "Theatre",
        "Theater",
        "Laboratory",
        "Pavilion",
        "Tower",
        "Annex",
        "Wing",
        "Complex",
        "House",
        "Gebäude",
        "Hörsaalgebäude",
        "Edificio",
    ];
    const ROOMS: &[&str] = &[
        "room",
        "atrium",
        "auditorium",
        "foyer",
        "lobby",
        "commons",
        "lounge",
        "ballroom",
        "boardroom",
        "rotunda",
        "forum",
        "theatre",
        "theater",
        "basement",
    ];
    let words: Vec<&str> = building.split_whitespace().collect();
    let housed = (2..=4).contains(&words.len())
        && words.last().is_some_and(|w| BUILDINGS.contains(w))
        && words
            .iter()
            .all(|w| starts_upper(w) && !w.contains(|c: char| c.is_ascii_digit()));
    if !housed || room.len() > 40 {
        return false;
    }
    // "1120", "B-212", "2.14", "Room 105"
    let numbered = room.split_whitespace().count() <= 3
        && room
            .split_whitespace()
            .last()
            .is_some_and(|n| n.len() <= 8 && n.contains(|c: char| c.is_ascii_digit()));
    let named = room.split_whitespace().count() <= 3
        && room.split_whitespace().all(starts_upper)
        && room
            .split_whitespace()
            .any(|w| words::with_lowercase(w, |w| ROOMS.contains(&w)));
    numbered || named
}

/// A contact line with a phone number: "Dr. Jana Merkel, Tel. +49 6151 16-20000".
fn is_contact_line(s: &str) -> bool {
    [
        ", Tel. ",
        ", Tel.: ",
        ", Tel: ",
        ", Phone: ",
        ", Tél. ",
        ", Tél : ",
        ", Tfno. ",
    ]
    .iter()
    .any(|m| s.contains(m))
        // "Tel.: +49 40 42838-0000", "Phone: (617) 555-0100": a number under its label
        || ["Tel", "Tél", "Phone", "Telefon", "Téléphone", "Fax", "Tfno"]
            .iter()
            .find_map(|label| s.strip_prefix(label))
            .map(|rest| rest.trim_start_matches(['.', ':', ' ']))
            .is_some_and(|number| {
                number.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
                    && number.chars().filter(char::is_ascii_digit).count() >= 6
            })
}

/// A site's menu copied as one line, its items set apart by wide spaces: "Explore events
/// For event organizers   For speakers   Pricing", "Spaces   People   Calendars   Create   ···".
/// Four items or more, each a few words with no digit, none of them a person (a table row
/// aligned with spaces names one: "12.03.   Anna Berg   KTH   Video").
fn is_menu(s: &str, lex: &Lexicon) -> bool {
    if s.len() > 120 || memchr::memmem::find(s.as_bytes(), b"   ").is_none() {
        return false;
    }
    let items: Vec<&str> = s
        .split("   ")
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.chars().all(|c| matches!(c, '·' | '.' | '…' | '|')))
        .collect();
    items.len() >= 4
        && items.iter().all(|p| {
            p.split_whitespace().count() <= 3
                && p.chars().count() <= 24
                && !p.contains(|c: char| c.is_ascii_digit())
                && person_score(p, lex).0 < 0.6
        })
}

/// A line of buttons or tabs set apart by wide spaces ("Follow   Contact", "Upcoming (0)   Past
/// (11)"), or of prices ("£5 – £8"): nothing of a talk.
fn is_buttons(s: &str) -> bool {
    let t = s.trim();
    if t.len() > 80 {
        return false;
    }
    // "£5 – £8", "$10", "€12,50 – €20"
    let price = t.contains(['£', '$', '€'])
        && t.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '£' | '$' | '€' | ' ' | '–' | '-' | '.' | ',')
        });
    if price {
        return true;
    }
    // "Lecture ✕   Seminar ✕   Clear all": filter chips
    if t.ends_with('✕') && t.split('✕').count() <= 6 {
        return true;
    }
    if memchr::memmem::find(t.as_bytes(), b"   ").is_none() {
        return false;
    }
    const BUTTONS: &[&str] = &[
        "follow",
        "contact",
        "share",
        "save",
        "subscribe",
        "message",
        "join",
        "rsvp",
        "like",
        "reply",
        "more",
        "upcoming",
        "past",
        "about",
        "photos",
        "members",
        "events",
        "website",
    ];
    t.split("   ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| {
            // "Past (11)": a tab and its count; "312 followers": a count beside a button
            let word = p.split(" (").next().unwrap_or(p);
            let counted = p.split_once(' ').is_some_and(|(n, what)| {
                n.bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                    && matches!(what, "followers" | "members" | "subscribers" | "interested")
            });
            counted || words::with_lowercase(word, |w| BUTTONS.contains(&w))
        })
}

/// Whether `text` is, or opens with, the label of a performance, which is no talk:
/// "PERFORMANCE", "Performance: Name – “Salt”", "Musical interlude", "Spoken word: “Salt”".
pub(crate) fn performance_label(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "performance",
        "performances",
        "performer",
        "performers",
        "music",
        "live music",
        "musical interlude",
        "musical performance",
        "interlude",
        "spoken word",
        "poetry reading",
        "dance",
        "dance performance",
    ];
    let head = text
        .split([':', '–', '—', '(', '·'])
        .next()
        .unwrap_or(text)
        .trim();
    head.len() <= 20 && words::with_lowercase(head, |h| LABELS.contains(&h))
}

/// An event calendar's tags under an event, set apart by wide spaces: its type, the groups
/// that list it, and its price or state: "Lecture   Earth and Atmospheric Sciences   Free",
/// "Colloquium   Linguistics   Canceled".
fn is_event_tags(s: &str) -> bool {
    if s.len() > 120 || memchr::memmem::find(s.as_bytes(), b"   ").is_none() {
        return false;
    }
    const KINDS: &[&str] = &[
        "lecture",
        "seminar",
        "colloquium",
        "talk",
        "workshop",
        "social",
        "conference",
        "meeting",
        "panel",
        "webinar",
        "symposium",
        "class",
        "performance",
        "exhibition",
        "reception",
        "tour",
    ];
    const ENDS: &[&str] = &[
        "free",
        "paid",
        "canceled",
        "cancelled",
        "postponed",
        "sold out",
        "members only",
        "free admission",
    ];
    let items: Vec<&str> = s
        .split("   ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return false;
    };
    items.len() >= 2
        && words::with_lowercase(first, |w| KINDS.contains(&w))
        && words::with_lowercase(last, |w| ENDS.contains(&w))
}

/// Links, navigation and page furniture.
fn is_noise(s: &str) -> bool {
    // "© Universität Hamburg": the page's copyright
    if s.starts_with('©') || is_relative_age(s) {
        return true;
    }
    // an image's text in place of the image: "[Photo of Dr. A]", "Headshot of A"
    let alt = s.strip_prefix('[').unwrap_or(s);
    if s.len() <= 120
        && [
            "Photo of ",
            "Photo: ",
            "Image of ",
            "Image: ",
            "Picture of ",
            "Portrait of ",
            "Headshot of ",
            "Headshot: ",
            "Photos: ",
            "Photos of ",
            "Group photo",
            "Photograph of ",
        ]
        .iter()
        .any(|p| alt.starts_with(p))
        && (s.starts_with('[') == s.ends_with(']'))
    {
        return true;
    }
    // a carousel's arrows and other lines of marks alone: "‹   ›"
    if s.len() <= 24 && !s.chars().any(char::is_alphanumeric) {
        return true;
    }
    // a postal address in a footer: "School of Law · Sidist Kilo Campus · P.O. Box 1176, …"
    if s.len() <= 160
        && memchr::memmem::find(s.as_bytes(), b"Box ").is_some()
        && ["P.O. Box ", "PO Box ", "P. O. Box ", "P.O.Box "]
            .iter()
            .any(|b| super::text::contains(s, b))
        && !s.contains(['“', '"', '«'])
    {
        return true;
    }
    // a card's caption under its people: "Panellists · moderated by Dr. A"
    if s.len() <= 100 && memchr::memchr(0xB7, s.as_bytes()).is_some() && s.contains(" · ") {
        let caption = s.split(" · ").all(|p| {
            let p = p.trim().to_lowercase();
            matches!(
                p.as_str(),
                "panellists" | "panelists" | "speakers" | "speaker" | "panel" | "guests"
            ) || ["moderated by ", "chaired by ", "hosted by "]
                .iter()
                .any(|m| p.starts_with(m))
        });
        if caption {
            return true;
        }
    }
    // a link preview's bare domain: "soundcloud.com", "lnkd.in", "ed.ac.uk"
    if s.len() <= 40
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'))
        && [
            ".com", ".org", ".net", ".io", ".tv", ".fm", ".edu", ".in", ".be", ".uk", ".eu",
        ]
        .iter()
        .any(|tld| s.ends_with(tld))
    {
        return true;
    }
    // a post's hashtags alone on a line: "#TransportFutures #Freight #UrbanLogistics"
    if s.starts_with('#')
        && s.len() > 1
        && s.split_whitespace()
            .all(|w| w.len() > 1 && w.starts_with('#') && !w[1..].contains('#'))
        && !s[1..].starts_with([' ', '#'])
    {
        return true;
    }
    // a recording's DOI on a line of its own: "DOI: 10.52843/cassyni.q4t8vn",
    // "https://doi.org/10.5281/zenodo.123"
    let doi = s
        .strip_prefix("DOI")
        .or_else(|| s.strip_prefix("doi"))
        .map(|r| r.trim_start_matches([':', ' ']))
        .or_else(|| s.strip_prefix("https://doi.org/"));
    if doi.is_some_and(|d| d.starts_with("10.") && !d.contains(' ')) {
        return true;
    }
    // a programme's "Presenting author: X" (read by the layout, which keeps that author) and
    // its "Add to my schedule" button
    if s.starts_with("Presenting author: ") || s == "Add to my schedule" {
        return true;
    }
    // a blog post's labels under it: "Labels: masterclass, recordings, subglacial hydrology";
    // a media list's controls ("Sort: Newest first", "List View", "Grid View")
    if s.starts_with("Labels: ")
        || s.starts_with("Sort: ")
        || s.starts_with("Sort by: ")
        || matches!(s, "List View" | "Grid View" | "List view" | "Grid view")
    {
        return true;
    }
    // a media file's details: "38 min 2 s, 1,920 × 1,080; 498.21 MB", "1,239 × 697, 24 pages
    // (4.12 MB)"
    if s.len() <= 60
        && s.contains(" × ")
        && [" MB", " KB", " GB", " kB", "MB)", "KB)"]
            .iter()
            .any(|u| s.contains(u))
    {
        return true;
    }
    // a message's reactions: "👍 6  🎉 2", "🙏 4"; a chat's "(edited)"
    if s == "(edited)"
        || s.len() <= 60
            && s.bytes().any(|b| b.is_ascii_digit())
            && !s.bytes().any(|b| b.is_ascii_alphabetic())
            && s.chars().any(|c| !c.is_ascii() && !c.is_alphanumeric())
            && s.split_whitespace().count() <= 12
            && s.split_whitespace().all(|t| {
                t.bytes().all(|b| b.is_ascii_digit()) || !t.chars().any(char::is_alphanumeric)
            })
    {
        return true;
    }
    // a checklist's items on a card or a to-do page: "☑ Room booked", "☐ Slides uploaded"
    if s.starts_with(['☑', '☐', '☒', '✓', '✔']) && s.split_whitespace().count() <= 6 {
        return true;
    }
    // a board's avatars in a row: "AK  LF  TI  MH  +4"
    if s.len() <= 40
        && memchr::memmem::find(s.as_bytes(), b"  ").is_some()
        && s.split_whitespace().count() >= 2
        && s.split_whitespace().all(|t| {
            (2..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
                || t.strip_prefix('+')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    {
        return true;
    }
    // "🔔 Subscribe …": symbols in front do not change what the line is
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    if super::lang::is_nav_bar(s) || is_contact_line(s) || is_address_line(s) {
        return true;
    }
    // Only the start of the line decides, so only the start is lowercased.
    let head = s.char_indices().nth(48).map_or(s, |(i, _)| &s[..i]);
    let lower = head.to_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return !s.contains(' ');
    }
    if super::text::contains(s, " | ")
        && s.split(" | ").count() >= 3
        && s.split(" | ").all(|p| p.split_whitespace().count() <= 4)
    {
        return true;
    }
    let contains = super::text::contains;
    // breadcrumbs: "Home > Events > Talks", "Events › Colloquium › Past Colloquia"
    let crumbs =
        |sep: &str| contains(s, sep) && s.split(sep).all(|p| p.split_whitespace().count() <= 4);
    if crumbs(" > ")
        || crumbs(" › ")
        || contains(s, " » ")
        || contains(s, " / ") && s.matches(" / ").count() >= 2
    {
        return true;
    }
    const STARTS: &[&str] = &[
        "watch",
        "report this",
        "featured event",
        "popular in this",
        "load more",
        "filter:",
        "filter events",
        "skip to",
        "jump to content",
        "jump to navigation",
        "cancelled",
        "canceled",
        "no seminar",
        "no meeting",
        "view ",
        "view the",
        "download",
        "slides",
        "video",
        "recording",
        "read more",
        "more info",
        "subscribe",
        "share",
        "back to",
        "home",
        "posted",
        "updated",
        // a class stream's composer and comment boxes (Google Classroom): "Announce something
        // to your class", "Add class comment…", Lithuanian "Paskelbkite ką nors savo klasei"
        // Hebrew and Persian sites' links: "לצפייה בהקלטה" (watch the recording), "פרטים
        // נוספים" (more details), "טען עוד" (load more), "הקלטה מלאה" (full recording)
        "לצפייה בהקלטה",
        "פרטים נוספים",
        "טען עוד",
        "הקלטה מלאה",
        "announce something to your class",
        "share with your class",
        "add class comment",
        "paskelbkite ką nors",
        "pridėti klasės komentarą",
        "©",
        "copyright",
        "categories",
        "add to calendar",
        "register",
        "join ",
        "zoom link",
        "livestream",
        "live stream",
        "youtube",
        "pdf",
        "[pdf]",
        "(pdf)",
        "see also",
        "next",
        "previous",
        "page ",
        "show more",
        "all rights reserved",
        "click here",
        "online event",
        "google calendar",
        "icalendar",
        "outlook 365",
        "outlook live",
        "export .ics",
        "export outlook",
        // a blog post's byline and footer: "Published in SFU CS Grads", "Written by A",
        // "More from A and B", "Recommended from Medium"
        "published in ",
        "written by ",
        "more from ",
        "recommended from ",
        // a newsletter's footer: "Forward to a friend", "Intuit Mailchimp"
        "forward to a friend",
        "intuit mailchimp",
        "update your preferences",
        // a podcast's links: "Listen on Spotify · Apple Podcasts · YouTube (38 min)"
        "listen on ",
        "listen now",
        "apple podcasts",
        "spotify",
        // a record's attached files: "MP4 File (keynote1.mp4, 47 min)"
        "mp4 file",
        "pdf file",
        "mov file",
        "zip file",
    ];
    // Lines about the event rather than a talk: who moderated, recording facts.
    const ABOUT: &[&str] = &[
        "moderated by",
        "chaired by",
        "hosted by",
        "introduced by",
        "sponsored by",
        // a wiki page's owner and editors ("Created by Lindgren, Maja")
        "created by",
        "owned by",
        "edited by",
        "last edited by",
        "last updated by",
        "last updated:",
        // a documentation site's footer: "Last updated on Jun 20, 2025 by A"
        "last updated on ",
        "last modified on ",
        "modified by",
        "maintained by",
        // co-authors of the work, not speakers of the talk
        "joint work with",
        "based on joint work with",
        "organized by",
        "organised by",
        "duration",
        "runtime",
        // the people who organise, not speakers
        "comité organizador",
        "comisión organizadora",
        "coordination :",
        "coordination:",
        "organising committee:",
        "organizing committee:",
        // a newsletter's other news: "New paper: “T” by A, B and C"
        "new paper:",
        "new book:",
        "new preprint:",
        "new publication:",
        "new article:",
    ];
    // headers of a video description's chapter list
    const WHOLE: &[&str] = &[
        "chapters",
        "timestamps",
        "time stamps",
        "contents",
        "table of contents",
        "in this video",
        "in this episode",
        "google apps",
        "find events",
        "search events",
        "explore events",
        "create event",
        "sign in",
        "sign up",
        "log in",
        "log out",
        "sign out",
        // an event site's mark on each past event, and its list's heading
        "past event",
        "past events",
        "upcoming event",
        "upcoming events",
        "this event has ended",
        "event ended",
        // a site's footer and menu links
        "contact us",
        "about us",
        "privacy policy",
        "privacy notice",
        "privacy statement",
        "cookie policy",
        "cookie settings",
        "terms of use",
        "terms of usage",
        "terms and conditions",
        "terms of service",
        "code of ethics",
        "code of conduct",
        "accessibility statement",
        "legal notice",
        "award winners",
        // a site builder's chrome ("Search this site", Google Sites' "Embedded Files")
        "search this site",
        "embedded files",
        "report abuse",
        "page details",
        "page updated",
        // a virtual conference's widgets and menus
        "chat is not available",
        "chat is not available.",
        "help/faq",
        "help / faq",
        // a digital library's badges and buttons on every record
        "free access",
        "open access",
        "public access",
        "supplementary material",
        "supplemental material",
        "supplementary materials",
        "get citation alerts",
        "save to binder",
        "export citation",
        "request permissions",
        // a research guide's (LibGuides) chrome and its librarian's profile box
        "search this guide",
        "print page",
        "profile photo",
        "email me",
        "schedule appointment",
        "ask us",
        "my account",
        "login to libapps",
        "report a problem",
        "report a problem.",
        "related guides",
        "related links",
        // a static site's listing controls and footer (Quarto, Jekyll, Hugo themes)
        "order by",
        "sort by",
        "date - oldest",
        "date - newest",
        "no matching items",
        "on this page",
        "toggle navigation",
        "edit this page",
        "view source",
        "report an issue",
        "built with quarto",
        "built with jekyll",
        "built with hugo",
        "powered by hugo",
        "powered by jekyll",
        // a board app's chrome (Trello, Planner): its menu, a card's panes and buttons
        "notifications",
        "create",
        "dates",
        "workspaces",
        "starred",
        "templates",
        "power-ups",
        "automation",
        "edit",
        "description",
        "activity",
        "attachments",
        "checklist",
        "show details",
        "write a comment…",
        "write a comment...",
        "write a comment",
        "+ add a card",
        "add a card",
        "+ add another list",
        "add another list",
        // a learning platform's content module: each item's kind under its title ("Web
        // Page", "File   PDF document"), and the module's footer
        "web page",
        "file pdf document",
        "file word document",
        "file powerpoint presentation",
        "link",
        "activity details",
        // a blog platform's buttons and byline (Medium, Substack): "Follow", "Listen",
        // "Share", "Open in app", "8 min read"
        "follow",
        "listen",
        "share",
        "write",
        "open in app",
        "see more recommendations",
    ];
    // ("Past events (24)": with the count of what follows)
    let whole = lower.trim_end_matches([':', ' ']);
    let whole = whole
        .strip_suffix(')')
        .and_then(|w| w.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(whole, |(w, _)| w);
    // (cells copied with runs of spaces between them: "File   PDF document")
    let spaced;
    let whole = if whole.contains("  ") {
        spaced = whole.split_whitespace().collect::<Vec<_>>().join(" ");
        spaced.as_str()
    } else {
        whole
    };
    if WHOLE.contains(&whole) {
        return true;
    }
    // a panel's moderator on a line of their own among its people: "Name, Inst (moderator)"
    if s.ends_with(')') && s.split_whitespace().count() <= 14 {
        let tail = s
            .rsplit_once('(')
            .map_or("", |(_, t)| t)
            .trim_end_matches(')');
        if matches!(
            tail.to_ascii_lowercase().as_str(),
            "moderator" | "chair" | "host" | "moderation" | "moderatorin" | "modérateur"
        ) {
            return true;
        }
    }
    // … or with the part written after a comma, as a card's position line: "Ms. A, Conference
    // host", "Dr. B, Master of Ceremonies"
    if let Some((who, part)) = s.rsplit_once(", ") {
        let part = part.trim_end_matches('.').to_ascii_lowercase();
        let staff = matches!(
            part.as_str(),
            "host"
                | "conference host"
                | "event host"
                | "webinar host"
                | "series host"
                | "moderator"
                | "session chair"
                | "master of ceremonies"
                | "mc"
                | "emcee"
        );
        if staff && !who.contains(", ") && who.split_whitespace().count() <= 6 {
            return true;
        }
    }
    // a post's salutation: "Hello friends,", "Hi everyone!", "Dear colleagues,"
    if s.ends_with([',', '!'])
        && s.split_whitespace().count() <= 4
        && matches!(
            lower.split_whitespace().next(),
            Some("hello" | "hi" | "hey" | "dear" | "greetings" | "hallo" | "liebe" | "bonjour")
        )
    {
        return true;
    }
    // a site's footer: "Powered by Mediasite", "Powered by Opencast & Tobira"
    // ("Proudly powered by WordPress | Theme: Astra")
    let lower_powered = lower.strip_prefix("proudly ").unwrap_or(&lower);
    if lower_powered.starts_with("powered by ") && s.split_whitespace().count() <= 10 {
        return true;
    }
    // a board's card activity: "Anja Kessler moved this card from Scheduled to Recorded",
    // "… added this card to Ideas", "… attached slides.pdf to this card"
    if super::text::contains(s, " this card")
        && s.split_whitespace().count() <= 24
        && [
            " moved ",
            " added ",
            " attached ",
            " archived ",
            " copied ",
            " joined ",
            " changed ",
        ]
        .iter()
        .any(|verb| super::text::contains(s, verb))
    {
        return true;
    }
    // a table widget's count: "Showing 1 to 6 of 6 entries", "Showing 10 of 42 results"
    if whole.starts_with("showing ")
        && [" entries", " results", " items", " events"]
            .iter()
            .any(|e| whole.ends_with(e))
        && whole.bytes().any(|b| b.is_ascii_digit())
    {
        return true;
    }
    // "Speaker to be confirmed", "Title TBA": a slot that names nobody and nothing yet
    if let Some(rest) = ["speaker ", "speakers ", "title ", "talk ", "abstract "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    {
        if super::text::is_placeholder(rest.trim_start_matches([':', ' '])) {
            return true;
        }
    }
    let n = s.split_whitespace().count();
    // "Recorded Monday 8 July 2024 · 5:42:18", "Uploaded on 3 May" — not "Recorded Talks: …"
    let mut tokens = lower.split_whitespace();
    let dated = matches!(
        tokens.next(),
        Some(
            "recorded"
                | "uploaded"
                | "published"
                | "posted"
                | "publicado"
                | "publié"
                | "pubblicato"
                | "veröffentlicht"
        )
    ) && tokens.next().is_some_and(|w| {
        matches!(
            w,
            "on" | "at" | "in" | "live" | "by" | "el" | "le" | "il" | "am"
        ) || words::CALENDAR.contains(w.trim_matches(','))
            || w.starts_with(|c: char| c.is_ascii_digit())
    });
    // "▶ Watch recording (YouTube, 58:12) · Slides (PDF, 4.1 MB)": a longer line of links
    // (not a sentence about a talk: "Recording of today's talk by X (Y), "T": youtube.com/…")
    let links = n <= 16
        && !lower.contains(" by ")
        && (["watch", "video", "recording", "slides", "listen"]
            .iter()
            .any(|w| lower.starts_with(w))
            // (in the page's language: "Shikoni regjistrimin e plotë (YouTube, 3 orë) · …")
            || super::lang::NOISE_STARTS
                .iter()
                .any(|p| lower.starts_with(p)))
        && ["youtube", "vimeo", "(pdf", "slides", "recording"]
            .iter()
            .any(|w| lower.contains(w));
    // "لم يُحفظ التسجيل بسبب خلل فني، …": a sentence on the recording under an entry
    let recording = n <= 20
        && !lower.is_ascii()
        && super::lang::RECORDING_STATUS
            .iter()
            .any(|p| lower.starts_with(p));
    links
        || recording
        || n <= 8
        && (STARTS.iter().any(|p| lower.starts_with(p))
            || super::lang::NOISE_STARTS
                .iter()
                .any(|p| lower.starts_with(p)))
        || n <= 12 && super::lang::HONOURS.iter().any(|p| lower.contains(p))
        // "Holiday Apéro 🎄 (no talks)": an event said to have no talk
        || n <= 12
            && ["(no talk", "(no seminar", "(no lecture", "(no meeting"]
                .iter()
                .any(|p| lower.contains(p))
        || n <= 20 && (dated || ABOUT.iter().any(|p| lower.starts_with(p)))
}

/// How much a line reads as running text (an abstract or a bio).
pub(crate) fn prose_score(s: &str) -> f32 {
    if s.len() > 300 {
        return 0.95;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    if n >= 30 {
        return 0.9;
    }
    let lower = words.iter().filter(|w| starts_lower(w)).count() as f32 / n.max(1) as f32;
    let sentence_end = s.ends_with(['.', '!']) || s.contains(". ");
    if n >= 14 && sentence_end && lower > 0.4 {
        return 0.85;
    }
    if n >= 10 && lower >= 0.6 && sentence_end {
        return 0.75;
    }
    if n >= 6 && starts_lower(s) {
        return 0.7;
    }
    // (not a title in sentence case with its subtitle and no full stop: "Marine heatwaves in
    // the Baltic Sea: detection, drivers and what comes next")
    let subtitled = || {
        s.split_once(": ").is_some_and(|(head, _)| {
            starts_upper(head) && head.split_whitespace().count() <= 12 && !head.contains(", ")
        })
    };
    if n >= 12 && lower >= 0.65 && (sentence_end || !subtitled()) {
        return 0.65;
    }
    0.0
}

/// How much a line reads as a talk title.
pub(crate) fn title_score(s: &str) -> f32 {
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    if n == 0 || s.len() > 300 {
        return 0.0;
    }
    let mut score: f32 = 0.6;
    if starts_lower(s) {
        score -= 0.3;
    }
    if n > 25 {
        score -= 0.3;
    }
    if s.ends_with('.') && n > 10 {
        score -= 0.2;
    }
    if split_top(s, ". ").len() > 2 {
        score -= 0.2;
    }
    if starts_upper(s) && words.iter().filter(|w| starts_upper(w)).count() * 2 >= n {
        score += 0.1;
    }
    score.max(0.0)
}

/// A title without the verb that introduces its speaker after a dash: "A short history — told"
/// (before "by Prof. X") → "A short history".
fn without_telling_verb(left: &str) -> &str {
    let Some((title, verb)) = left.rsplit_once(' ') else {
        return left;
    };
    let title = title.trim_end();
    // (after a dash, or a comma: "…, given by Prof. X")
    let dash = ["—", "–", "-", ","]
        .iter()
        .find_map(|d| title.strip_suffix(d));
    match dash {
        Some(title)
            if matches!(
                verb,
                "told" | "presented" | "given" | "delivered" | "narrated" | "introduced" | "led"
            ) && !title.trim().is_empty() =>
        {
            title.trim_end()
        }
        _ => left,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_after_an_entry_and_chat_furniture() {
        assert_eq!(
            without_start_mark("T? — Ana Ruiz (IIT) — no recording (speaker's request), slides"),
            "T? — Ana Ruiz (IIT)"
        );
        assert_eq!(
            without_start_mark("Title – Dr. A (X) – Khamis ini, tempat sama."),
            "Title – Dr. A (X)"
        );
        // (not a dash inside brackets: the bracketed note goes as a whole)
        assert_eq!(
            without_start_mark("T — A (X)  [slides only — recording unavailable]"),
            "T — A (X)"
        );
        assert_eq!(
            without_telling_verb("A short history — told"),
            "A short history"
        );
        assert_eq!(
            without_telling_verb("Mini-course – fluxes, given"),
            "Mini-course – fluxes"
        );
        assert!(is_bare_clock("10:42 AM") && is_bare_clock("16:31"));
        assert!(!is_bare_clock("10:42 AM Title"));
        assert!(is_noise("👍 6  🎉 2") && is_noise("(edited)"));
        assert!(is_noise("38 min 2 s, 1,920 × 1,080; 498.21 MB"));
        assert!(!is_noise("Week 6 🎉 2 talks"));
        assert!(names_an_event("OHDS 2024") && !names_an_event("Ana Ruiz"));
        let lex = Lexicon::builtin_for_tests();
        let opening = opening_speaker(
            "Dr. Ana Ruiz, Staff Scientist, Utah Nanofab. Three lectures on microscopes.",
            &lex,
        );
        assert_eq!(
            opening.map(|p| p.speakers[0].name.clone()).as_deref(),
            Some("Ana Ruiz")
        );
        assert!(opening_speaker(
            "Dr. A Lee and Dr. B Kim, University of Pittsburgh, present joint work. More.",
            &lex
        )
        .is_none_or(|p| p.speakers.iter().all(|s| s
            .affiliations
            .iter()
            .all(|a| !a.name.starts_with("present")))));
    }

    #[test]
    fn field_labels_take_a_full_width_colon() {
        assert_eq!(
            field_label("报告人：陈晓东 教授"),
            Some((Field::Speaker, "陈晓东 教授"))
        );
        // the full-width colon comes before the clock time's colon
        assert_eq!(
            field_label("日時：2024年6月12日 16:00"),
            Some((Field::When, "2024年6月12日 16:00"))
        );
        assert_eq!(field_label("Time: 10:30"), Some((Field::When, "10:30")));
    }

    #[test]
    fn labels_of_the_people_who_run_an_event() {
        for line in [
            "Coordinatrice della serie: Prof.ssa Marta Gentile",
            "Organisers of the series: A. Lee, B. Kim",
            "Session chairs: A. Lee",
        ] {
            assert!(
                matches!(field_label(line), Some((Field::Ignored, _))),
                "{line}"
            );
        }
        // a note that the seminar is held jointly leaves the title
        assert_eq!(
            super::super::text::clean_title(
                "Monitoraggio dei versanti (seminario congiunto con il Dipartimento di Ingegneria)"
            ),
            "Monitoraggio dei versanti"
        );
        assert!(field_label("Sparse models of the river: a primer").is_none());
    }

    #[test]
    fn the_people_of_a_panel_and_who_introduces_them() {
        for (line, field) in [
            (
                "Participants: Ada Obi (UCL) and Li Wei (NUS)",
                Field::Speaker,
            ),
            (
                "Participantes: Ana Reis (USP) e Rui Dias (UnB)",
                Field::Speaker,
            ),
            (
                "Partecipano: Carla Neri (INFN), Ugo Sala (SISSA)",
                Field::Speaker,
            ),
            ("Introduced by: Prof. Mia Holt", Field::Ignored),
            ("Apresentação: Profa. Sílvia Moura", Field::Ignored),
            ("Modera: Paolo Riva (Università di Pavia)", Field::Ignored),
        ] {
            assert_eq!(field_label(line).map(|(f, _)| f), Some(field), "{line}");
        }
    }

    fn kind(line: &str) -> Kind {
        classify(line, &Lexicon::builtin_for_tests(), DocContext::default()).kind
    }

    #[test]
    fn a_welsh_chapter_with_yr_athro_and_a_mutated_university() {
        let ctx = DocContext {
            chapter_stamps: true,
            email: false,
        };
        let line = "05:40 Ieithoedd lleiafrifol heddiw – Yr Athro Gwen Tudur-Sato (Prifysgol \
                    Bangor a Phrifysgol Caerdydd)";
        match classify(line, &Lexicon::builtin_for_tests(), ctx).kind {
            Kind::Segment {
                title, speakers, ..
            } => {
                assert_eq!(title, "Ieithoedd lleiafrifol heddiw");
                assert_eq!(names(&speakers), ["Gwen Tudur-Sato"]);
                assert_eq!(speakers[0].affiliations.len(), 2);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_video_title_with_its_speaker_after_a_bar() {
        match kind("Panel data methods, Pt. 2: fixed effects in practice | Ingrid Moe-Larsen") {
            Kind::Combined { title, speakers } => {
                assert_eq!(
                    title,
                    "Panel data methods, Part 2: fixed effects in practice"
                );
                assert_eq!(names(&speakers), ["Ingrid Moe-Larsen"]);
            }
            other => panic!("{other:?}"),
        }
        // a site's footer is no talk
        assert_eq!(
            kind("Proudly powered by WordPress | Theme: Astra"),
            Kind::Noise
        );
    }

    #[test]
    fn a_sentence_that_says_the_talk_was_withdrawn() {
        let line = "* The 14:20 talk by Dr Ola Berg (SINTEF), \"Bridges of glulam\", was \
                    withdrawn because of illness; the slot went to the break.";
        let info = classify(line, &Lexicon::builtin_for_tests(), DocContext::default());
        assert!(info.cancelled, "{info:?}");
        let line = "Bridges of glulam – Dr Ola Berg (SINTEF)";
        assert!(!classify(line, &Lexicon::builtin_for_tests(), DocContext::default()).cancelled);
    }

    #[test]
    fn notes_after_a_title_and_titles_in_sentence_case() {
        // the language, then the recording, each noted in brackets
        assert_eq!(
            strip_trailing_tags("Ice sheets and sea level (in English) (video)"),
            "Ice sheets and sea level"
        );
        assert_eq!(
            strip_trailing_tags("Havis i Arktis (opptak)"),
            "Havis i Arktis"
        );
        assert_eq!(
            strip_trailing_tags("Learning to Rank (2024 edition)"),
            "Learning to Rank (2024 edition)"
        );
        // a subtitle in sentence case with no full stop is a title's, not a sentence's
        let title = "Ocean acidification in the Kattegat: trends, drivers and what to expect";
        assert!(prose_score(title) < title_score(title));
        let sentence =
            "the recording of the talk will be posted on the channel by the end of the week";
        assert!(prose_score(sentence) > title_score(sentence));
        // "…senter" ends an institution's name, "presenter" does not
        assert!(super::super::lang::is_org_compound("havservicesenter"));
        assert!(!super::super::lang::is_org_compound("presenter"));
    }

    fn names(speakers: &[Speaker]) -> Vec<&str> {
        speakers.iter().map(|s| s.name.as_str()).collect()
    }

    /// "Online (Zoom)" under a date says where, not what.
    #[test]
    fn online_venues_under_a_date_are_no_titles() {
        for venue in [
            "Online",
            "Online (Zoom)",
            "Zoom",
            "Online via Microsoft Teams",
            "Hybrid (Room 4 and Zoom)",
            "Webinar (Zoom)",
            "In person and online",
        ] {
            assert!(is_online_line(venue), "{venue}");
        }
        for title in [
            "Online learning in games",
            "Zoom fatigue and attention",
            "Live coding (a demo)",
            "Meet the speakers",
        ] {
            assert!(!is_online_line(title), "{title}");
        }
    }

    /// A post's category tags, its kind of talk under its title and a one-sentence
    /// description are no titles; a rule is no tag.
    #[test]
    fn a_date_with_its_place_after_a_comma() {
        for line in [
            "Marți, 14 ianuarie 2025, ora 14:00, sala 206",
            "Kamis, 5 Juni 2025, 13.00 WIB, Zoom",
            "Thursday 3 April 2025, 4 pm, Room 2.14",
        ] {
            assert!(matches!(kind(line), Kind::When(_)), "{line}");
        }
        assert!(!date_then_place("Rivers of 2025, Room for doubt"));
    }

    #[test]
    fn tags_kinds_and_descriptions_under_a_title() {
        let lines = [
            "Peat restoration after forestry",
            "Invited seminar",
            "invited seminar",
            "video",
            "Fieldwork on the Flow Country.",
            "Ailsa MacRae-Oduya, University of the Highlands and Islands",
            "",
            "Cover crops and nitrous oxide",
            "Talk at the Soil Science Society Annual Conference 2025, Harrogate",
            "invited seminar",
            "video",
            "---",
            "---",
        ];
        let mut infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| classify(l, &Lexicon::builtin_for_tests(), DocContext::default()))
            .collect();
        silence_tags(&lines, &mut infos);
        silence_kind_subtitles(&lines, &mut infos);
        let titles: Vec<&str> = lines
            .iter()
            .zip(&infos)
            .filter(|(_, i)| matches!(i.kind, Kind::Title(_)))
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(
            titles,
            [
                "Peat restoration after forestry",
                "Cover crops and nitrous oxide"
            ]
        );
        assert!(matches!(infos[4].kind, Kind::Prose(_)));
        // a rule stays what the classifier made it
        assert_eq!(
            infos[11].kind,
            classify("---", &Lexicon::builtin_for_tests(), DocContext::default()).kind
        );
        assert_eq!(infos[11].kind, Kind::Rule);
    }

    /// A date before an entry set apart by a raised dot, and links after it; but a date's
    /// time and length after the dot are no entry; a cell's cancel mark in Greek capitals.
    #[test]
    fn dates_and_links_set_apart_by_raised_dots() {
        let title = |k: Kind| match k {
            Kind::Combined { title, .. } => Some(title),
            Kind::Reports(reports) => reports.into_iter().next().map(|(t, _)| t),
            _ => None,
        };
        assert_eq!(
            title(kind(
                "18/04/2024 · Dr. Ana Lima (University of Lleida) — Pollinators in decline? · vídeo no disponible"
            ))
            .as_deref(),
            Some("Pollinators in decline?")
        );
        assert_eq!(
            title(kind(
                "02/05/2024 · «Migratory birds», a càrrec de Gemma Riera (ICO) · Vídeo"
            ))
            .as_deref(),
            Some("Migratory birds")
        );
        assert!(!matches!(
            kind("Tue, Mar 12, 2024 · 5:00 PM GMT · 58m"),
            Kind::Title(_) | Kind::Combined { .. }
        ));
        // a note on the recording after a dash leaves the title
        assert_eq!(
            title(kind(
                "Ana Lima (Debreceni Egyetem): Szikes tavak – a videó nem érhető el"
            ))
            .as_deref(),
            Some("Szikes tavak")
        );
        // a name the gazetteer knows with its dash is no speaker and title
        assert!(matches!(
            kind("Olumide Grant · Mila – Quebec AI Institute"),
            Kind::Speakers { .. }
        ));
        assert!(marked_called_off("ΑΚΥΡΩΘΗΚΕ – Δυναμική πλάσματος"));
        // moved out of the period the page lists
        assert!(marked_called_off(
            "POSTPONED to 2026/27 – Tariffs and the price of bread"
        ));
        assert!(!marked_called_off(
            "Tariffs and the price of bread (postponed)"
        ));
        assert!(!marked_called_off("Δυναμική πλάσματος"));
    }

    #[test]
    fn titles_and_speakers_of_the_sample() {
        assert!(
            matches!(kind("Hunting the Hessian"), Kind::Title(t) if t == "Hunting the Hessian")
        );
        assert!(matches!(
            kind("Madeleine Udell, Stanford University"),
            Kind::Speakers { .. }
        ));
        assert!(matches!(
            kind("Tutorial on AI Alignment (part 2 of 2): Methodologies for AI Alignment"),
            Kind::Title(_)
        ));
    }

    #[test]
    fn a_label_before_the_speaker_of_a_quoted_title() {
        let Kind::Combined { title, speakers } =
            kind("Joint session with Statistics: Dr. Hannah Ostrowski (University of Oslo), “Causal Discovery at Scale”")
        else {
            panic!("not combined");
        };
        assert_eq!(title, "Causal Discovery at Scale");
        assert_eq!(names(&speakers), ["Hannah Ostrowski"]);
        assert_eq!(speakers[0].affiliations[0].name, "University of Oslo");
    }

    #[test]
    fn a_series_label_before_the_speaker_of_a_dashed_title() {
        let Kind::Combined { title, speakers } =
            kind("Physics Colloquium: Marit Solheim (University of Tromsø) — Auroras from Below")
        else {
            panic!("not combined");
        };
        assert_eq!(title, "Auroras from Below");
        assert_eq!(names(&speakers), ["Marit Solheim"]);
        assert_eq!(speakers[0].affiliations[0].name, "University of Tromsø");
    }

    #[test]
    fn a_series_label_before_the_speaker_of_a_video_title() {
        for (line, title, name, inst) in [
            (
                "Number Theory Seminar | Aiko Morimoto (Kyoto University) – Sums of two cubes",
                "Sums of two cubes",
                "Aiko Morimoto",
                "Kyoto University",
            ),
            (
                "Topology Seminar – Dr. Pavel Honzík (Charles University): Knot Floer homology: a survey",
                "Knot Floer homology: a survey",
                "Pavel Honzík",
                "Charles University",
            ),
            (
                "Seminário de Análise | Beatriz Lacerda (Universidade do Porto): Equações dispersivas",
                "Equações dispersivas",
                "Beatriz Lacerda",
                "Universidade do Porto",
            ),
        ] {
            let Kind::Combined {
                title: got,
                speakers,
            } = kind(line)
            else {
                panic!("not combined: {line}");
            };
            assert_eq!(got, title);
            assert_eq!(names(&speakers), [name]);
            assert_eq!(speakers[0].affiliations[0].name, inst);
        }
    }

    #[test]
    fn a_comment_thread_is_silenced_to_the_end() {
        let lex = Lexicon::builtin_for_tests();
        let text = "“Ice” by Ana Li (KTH)\n\n2 Comments\n\nBo Ek\n4 March 2025 at 08:15\nWill “Snow” by Eva Berg (LMU) be added?\nReply\n";
        let lines: Vec<&str> = text.lines().collect();
        let mut infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| classify(l, &lex, DocContext::default()))
            .collect();
        silence_comments(&lines, &mut infos);
        assert_ne!(infos[0].kind, Kind::Noise);
        assert!(infos[2..].iter().all(|i| i.kind == Kind::Noise));
        // the button among a comment's others
        let lines = [
            "2 comments",
            "Jonas Keller",
            "Mar 21, 2025   Reply   Like",
            "Nice talk!",
        ];
        let mut infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| classify(l, &lex, DocContext::default()))
            .collect();
        silence_comments(&lines, &mut infos);
        assert!(infos.iter().all(|i| i.kind == Kind::Noise));
        // without a "Reply" button, "Comments" is only a heading
        let lines = ["Comments", "Ana Li (KTH): Ice"];
        let mut infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| classify(l, &lex, DocContext::default()))
            .collect();
        silence_comments(&lines, &mut infos);
        assert_ne!(infos[1].kind, Kind::Noise);
        // a feed's counters under one post, then more posts announcing talks: no thread
        let lines = [
            "2 comments",
            "Ice cores and climate – Dr Ana Li (KTH)",
            "Snow and sea ice – Dr Eva Berg (LMU)",
            "Glaciers in retreat – Prof. Bo Ek (Lund University)",
            "Reply",
        ];
        let mut infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| classify(l, &lex, DocContext::default()))
            .collect();
        silence_comments(&lines, &mut infos);
        assert!(infos[1..4]
            .iter()
            .all(|i| matches!(i.kind, Kind::Combined { .. })));
        // a post's counters are no heading at all
        assert!(!is_comments_heading("4 comments · 6 reposts"));
        assert!(is_comments_heading("4 comments"));
    }

    #[test]
    fn an_event_list_sets_its_dates_apart_with_wide_gaps() {
        let lex = Lexicon::builtin_for_tests();
        let info = classify(
            "24 Sep   A. Nowak & P. Ilunga (Jagiellonian University): Radio detection of air showers",
            &lex,
            DocContext::default(),
        );
        assert_eq!(info.when.as_deref(), Some("24 Sep"));
        let Kind::Combined { title, speakers } = info.kind else {
            panic!("not a talk: {:?}", info.kind);
        };
        assert_eq!(title, "Radio detection of air showers");
        assert_eq!(names(&speakers), ["A. Nowak", "P. Ilunga"]);
        // a slot with its speaker and no title yet is no talk
        assert_eq!(
            kind("Sebastián Ortega (Universidad de Chile): Title TBA"),
            Kind::Noise
        );
    }

    #[test]
    fn a_start_time_in_brackets_is_no_part_of_the_people() {
        assert_eq!(
            without_start_mark("«T», Dr. A (Wikimedia España) [desde 1:14:30]"),
            "«T», Dr. A (Wikimedia España)"
        );
        assert_eq!(without_start_mark("Title [from 0:04:15]"), "Title");
        assert_eq!(without_start_mark("Title [pdf]"), "Title [pdf]");
        assert_eq!(
            without_start_mark("\"T\" – Ann Lee, Professor, Stanford University [▶ recording]"),
            "\"T\" – Ann Lee, Professor, Stanford University"
        );
        for line in [
            "Publicado el 12 de mayo de 2025 por Secretaría · Actualizado el 2 de junio de 2025",
            "▶ Ver vídeo (58:40)",
            "Comité organizador: Dra. Inés Barrantes Gil y Dr. Tomás Villarreal Soto",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        let Kind::Speakers { speakers, .. } =
            kind("Participan: Dra. Irene Soler Campos (Universidad Politécnica de Valencia) y Dña. Renata Lins (Universidade Federal de Pernambuco)")
        else {
            panic!("not speakers");
        };
        assert_eq!(names(&speakers), ["Irene Soler Campos", "Renata Lins"]);
    }

    #[test]
    fn people_joined_to_the_title_above() {
        let Kind::Speakers { speakers, .. } = kind(
            "avec Aminata KONÉ (Institut Pasteur de Lille) et Paola BIANCHI (Politecnico di Torino) ; animée par Karim BELKACEM",
        ) else {
            panic!("not speakers");
        };
        assert_eq!(names(&speakers), ["Aminata KONÉ", "Paola BIANCHI"]);
        // an abstract that starts with "With" stays an abstract
        assert!(!matches!(
            kind(
                "With the rise of remote sensing, flood maps are produced within hours of a storm."
            ),
            Kind::Speakers { .. }
        ));
        for line in [
            "Coordination : Hélène Martineau et Karim Belkacem",
            "S'abonner   Partager",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
    }

    #[test]
    fn a_conference_tool_s_session_lines() {
        for line in [
            "Session (25 min) · Remote Sensing · Intermediate",
            "Keynote · Community and Careers · Introductory and overview",
            "Service session · 10:30 - 10:50 · Foyer",
            "▶ Watch recording (YouTube, 58:12) · Slides (PDF, 4.1 MB)",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        assert_eq!(
            kind("09:30 - 10:30 · Aula"),
            Kind::When("09:30 - 10:30".into())
        );
        // a kind of session before people is a labelled speaker line, no format line
        assert_ne!(kind("Keynote · Jane Doe · MIT"), Kind::Noise);
        // a title that starts with a verb's -ing form is no "Speaker: Title"
        assert_eq!(
            kind("Making HPC Accessible: Open OnDemand in Practice"),
            Kind::Title("Making HPC Accessible: Open OnDemand in Practice".into())
        );
    }

    #[test]
    fn page_furniture_in_several_languages() {
        for line in [
            "Leichte Sprache   Deutsch   English",
            "Institut   Forschung   Lehre   Transfer   Newsroom",
            "Impressum   Datenschutz   Barrierefreiheit   Cookie-Einstellungen",
            "Suche",
            "Tel.: +43 512 507-00000",
            "Phone: (617) 555-0100",
            "© Universität Innsbruck",
            "Zum Inhalt springen",
            "Diese Seite teilen",
            "Zuletzt aktualisiert: 03.03.2025",
            "Spaces   People   Calendars   Create   ···",
            "Explore events   For event organizers   For speakers   Pricing",
            "* New paper: \"Cheaper Routes to Chiral Amines\" by F. Lyall, K. Dunn and M. Lindsay, out now.",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        // an acronym and the institution's full name after a dash are one affiliation
        let Kind::Speakers { speakers, .. } = kind(
            "Prof. Dr. Henrike Wolff, Direktorin, PIK – Potsdam-Institut für Klimafolgenforschung",
        ) else {
            panic!("not speakers");
        };
        assert_eq!(
            speakers[0].affiliations[0].name,
            "PIK – Potsdam-Institut für Klimafolgenforschung"
        );
    }

    #[test]
    fn event_list_dates_addresses_and_buttons() {
        assert_eq!(
            kind("November 21 @ 4:00 pm - 5:30 pm"),
            Kind::When("November 21 @ 4:00 pm - 5:30 pm".into())
        );
        for line in [
            "Nautical Museum, Lecture Theatre 2 Harbour Road, Bristol, United Kingdom",
            "Leeds Library 18 Commercial Street, Leeds",
            "Online event via Zoom",
            "iCalendar",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        // an event group's page: its home town, venues with house numbers or street words,
        // the head count, the mark of a past event and an event without talks
        for line in [
            "Bristol, United Kingdom",
            "Zürich, CH",
            "University of Bath, 4 East, Claverton Down, Bath",
            "Graphcore, 11-19 Wine Street, Bristol",
            "Bristol & Bath Science Park, Dirac Crescent, Emersons Green",
            "Engine Shed, Station Approach, Temple Meads, Bristol",
            "Past event",
            "Past events (31)",
            "Sign in",
            "Winter Social 🍻 (no talks)",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        // an event organiser's page: tabs, buttons, prices, a venue on its street
        for line in [
            "Follow   Contact",
            "Upcoming (0)   Past (11)",
            "£5 – £8",
            "Phoenix Arts Centre, Newarke Street",
            "Attenborough Building, Seminar Room 2",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        assert_eq!(kind("860 followers   31 events hosted"), Kind::Meta);
        assert!(matches!(
            kind("Imparten: Dra. Ana Ruiz (Universidad de Chile) y Dr. Pedro Gil (UNAM)"),
            Kind::Field(Field::Speaker, _)
        ));
        for line in [
            "Follow   312 followers",
            "Website   Contact",
            "Featured Event",
            "Colloquium ✕",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        assert_eq!(
            kind("▶ 512 views   💬 88 chat messages   ❓ 14 questions"),
            Kind::Meta
        );
        assert!(matches!(
            kind("Featuring Tomasz Brzeziński (CERN). Co-hosted by Lior Avraham."),
            Kind::Speakers { ref speakers, .. } if speakers.len() == 1 && speakers[0].name == "Tomasz Brzeziński"
        ));
        assert!(matches!(
            kind("Who owns the high street? With Dr Lowri Pritchard (Cardiff University), Prof. Samuel Adjei-Brown (University of Birmingham) and Dr Maeve Ní Dhuibhir (Trinity College Dublin); chaired by Prof. Neil Brannigan"),
            Kind::Combined { ref speakers, .. } if speakers.len() == 3
        ));
        // a university calendar's venue, tags and buttons
        for line in [
            "Kane Hall, 220",
            "Padelford Hall, B-212",
            "Allen Library, Petersen Room",
            "Statler Hall, Auditorium",
            "Colloquium   Linguistics   Free",
            "Lecture   Earth and Atmospheric Sciences   Canceled",
        ] {
            assert_eq!(kind(line), Kind::Noise, "{line}");
        }
        assert!(!is_address_line("Stuart Hall, University of Leeds"));
        // a Czech date before a dashed entry, and a panel's people after its title
        assert_eq!(
            split_date_prefix("24. 10. 2023 – Okruhy a moduly"),
            Some(("24. 10. 2023", "Okruhy a moduly"))
        );
        // a catalogue's metadata line is no entry; a title with a gap in it is no metadata
        assert!(is_labelled_metadata(
            "Air Date: 5/21/2025 12:00 PM   Duration: 58:41   Views: 211"
        ));
        assert!(!is_labelled_metadata(
            "Keynote: Robust learning   Speaker: Ann Lee (MIT)"
        ));
        // (a Croatian date closes its year with a dot)
        assert_eq!(
            split_date_prefix("11. 4. 2024. – „Kvantni algoritmi”"),
            Some(("11. 4. 2024.", "„Kvantni algoritmi”"))
        );
        assert!(matches!(
            kind("Jak psát články? Diskutují: Věra Králová (Univerzita Karlova) a Ondřej Pokorný (Elsevier). Moderuje Petra Dvořáková."),
            Kind::Combined { ref speakers, .. } if speakers.len() == 2
        ));
        for line in [
            "45 going",
            "112 attendees",
            "2,417 members · Public group",
            "38 interested · Add to calendar · Share",
        ] {
            assert_eq!(kind(line), Kind::Meta, "{line}");
        }
        assert_eq!(
            kind("THU, JUN 6, 2024, 7:00 PM BST"),
            Kind::When("THU, JUN 6, 2024, 7:00 PM BST".into())
        );
        // a title with "via" or a place is no address
        assert!(!is_address_line("Deep Learning, AI"));
        assert!(!is_address_line("University of Zurich, Switzerland"));
        assert!(!is_address_line("Learning via Diffusion, Again, and Again"));
        assert!(!is_address_line("Textiles of Flanders, 1400–1500"));
        // a sentence ends after no honorific: "Ing. Davide Russo (Leonardo S.p.A.)"
        assert_eq!(
            first_sentence("Ing. Davide Russo (Leonardo S.p.A.). Recorded 3 May."),
            "Ing. Davide Russo (Leonardo S.p.A.)"
        );
    }

    #[test]
    fn a_series_and_its_part_before_a_colon_name_nobody() {
        assert_eq!(
            kind("Ceramic Petrography, Part 2: Reading Temper in Thin Section"),
            Kind::Title("Ceramic Petrography, Part 2: Reading Temper in Thin Section".into())
        );
        assert_eq!(kind("Speaker to be confirmed"), Kind::Noise);
        assert_eq!(kind("Title: TBA"), Kind::Field(Field::Title, "TBA".into()));
        assert_eq!(kind("Title TBA"), Kind::Noise);
    }

    #[test]
    fn a_board_post_title_with_its_date_and_speaker() {
        let info = classify(
            "[세미나] 5/21(수) Spin Liquids on the Kagome Lattice - 문태윤 박사 (고등과학원)",
            &Lexicon::builtin_for_tests(),
            DocContext::default(),
        );
        let Kind::Combined { title, speakers } = info.kind else {
            panic!("not combined: {:?}", info.kind);
        };
        assert_eq!(title, "Spin Liquids on the Kagome Lattice");
        assert_eq!(names(&speakers), ["문태윤"]);
        assert_eq!(info.when.as_deref(), Some("5/21(수)"));
        let Kind::Combined { speakers, .. } =
            kind("Lattice Gauge Theory on GPUs / Dr. Ines Vogt (DESY)")
        else {
            panic!("not combined");
        };
        assert_eq!(names(&speakers), ["Ines Vogt"]);
    }

    #[test]
    fn an_event_name_after_the_title_is_no_part_of_it() {
        let Kind::Combined { title, speakers } =
            kind("Dr. Ana Lopes | Tides and Mixing in Narrow Straits | MIT Ocean Seminar")
        else {
            panic!("not combined");
        };
        assert_eq!(title, "Tides and Mixing in Narrow Straits");
        assert_eq!(names(&speakers), ["Ana Lopes"]);
    }

    #[test]
    fn an_event_name_before_its_people() {
        let Kind::Speakers { speakers, .. } =
            kind("Geology Colloquium – Joint talk: Ana Reis (USP) & Bo Ek (Lund University)")
        else {
            panic!("no speakers");
        };
        assert_eq!(names(&speakers), ["Ana Reis", "Bo Ek"]);
    }

    #[test]
    fn the_speaker_in_brackets_after_the_title() {
        let Kind::Combined { title, speakers } =
            kind("Seed Banks and Their Limits (Dr Mira Okafor, Royal Botanic Garden Edinburgh)")
        else {
            panic!("not combined");
        };
        assert_eq!(title, "Seed Banks and Their Limits");
        assert_eq!(names(&speakers), ["Mira Okafor"]);
        // a title's own brackets name nobody
        assert!(matches!(
            kind("Sampling Designs (Stratified, Clustered)"),
            Kind::Title(_)
        ));
    }

    #[test]
    fn a_cell_separator_beats_a_colon_in_the_title() {
        let Kind::Combined { title, speakers } =
            kind("Ines Duarte, Gladstone Institutes | Tissue Clocks: From Single Cells to Organs")
        else {
            panic!("not combined");
        };
        assert_eq!(title, "Tissue Clocks: From Single Cells to Organs");
        assert_eq!(names(&speakers), ["Ines Duarte"]);
        assert_eq!(speakers[0].affiliations[0].name, "Gladstone Institutes");
    }

    #[test]
    fn a_moderator_is_no_speaker_of_the_panel() {
        let Kind::Combined { title, speakers } = kind(
            "Panel: Open Data — moderated by Ida Holm, with Raj Patel (IIT Delhi) and Eva Novak (Charles University)",
        ) else {
            panic!("not combined");
        };
        assert_eq!(title, "Open Data");
        assert_eq!(names(&speakers), ["Raj Patel", "Eva Novak"]);
        assert_eq!(panelists("moderated by Ida Holm"), None);
        assert_eq!(panelists("Ida Holm (KTH)"), Some("Ida Holm (KTH)"));
    }

    #[test]
    fn a_sentence_that_announces_parts_introduces_their_speaker() {
        let Kind::Speakers { speakers, .. } = kind(
            "Nadia Haddad, Research Engineer at Siemens, will give a two-part tutorial in room 0.12. Please bring a laptop with you, and install the solver beforehand.",
        ) else {
            panic!("not speakers");
        };
        assert_eq!(names(&speakers), ["Nadia Haddad"]);
        assert!(is_date_line("Wed 2 Apr, 10:00-12:00"));
        let email = DocContext {
            email: true,
            ..DocContext::default()
        };
        let lex = Lexicon::builtin_for_tests();
        let subject = classify(
            "Subject: [seminar] Tomorrow: Ana Lee (KTH) on proofs",
            &lex,
            email,
        );
        assert_eq!(subject.kind, Kind::Noise);
    }

    #[test]
    fn episode_numbers_and_guests() {
        assert_eq!(
            strip_title_label("Ep. 48: Ancient Storms").0,
            "Ancient Storms"
        );
        assert_eq!(strip_title_label("#7 — Ancient Storms").0, "Ancient Storms");
        assert_eq!(strip_title_label("Special Seminar: Eddies").0, "Eddies");
        assert_eq!(
            strip_title_label("Winifred Ashcombe Memorial Lecture: Deep Carbon").0,
            "Deep Carbon"
        );
        assert_eq!(
            strip_title_label("Why the Lecture Matters: Notes").0,
            "Why the Lecture Matters: Notes"
        );
        assert_eq!(
            strip_title_label("Lecture 3: Duality").0,
            "Lecture 3: Duality"
        );
        let Kind::Combined { title, speakers } = kind(
            "Ep. 48: What Ice Cores Tell Us with Lena Fischer of the Alfred Wegener Institute",
        ) else {
            panic!("not combined");
        };
        assert_eq!(title, "What Ice Cores Tell Us");
        assert_eq!(speakers[0].name, "Lena Fischer");
        assert!(!matches!(
            kind("This is joint work with Lena Hoffmann and Arvind Rao."),
            Kind::Combined { .. }
        ));
    }

    #[test]
    fn status_markers_codes_and_tags() {
        assert_eq!(
            strip_status("Protein Design — CANCELLED"),
            ("Protein Design", true)
        );
        assert_eq!(
            strip_status("14:20 [WITHDRAWN] Folding Cloth"),
            ("14:20 [WITHDRAWN] Folding Cloth", true)
        );
        assert_eq!(
            strip_status("Cancelled: Folding Cloth"),
            ("Folding Cloth", true)
        );
        assert_eq!(
            strip_status("Soft Robots (postponed)"),
            ("Soft Robots", false)
        );
        assert_eq!(strip_status("[withdrawn]"), ("", true));
        assert_eq!(strip_status("Moving Targets"), ("Moving Targets", false));
        assert_eq!(
            strip_status("Soft Robots — Ana Lee (KTH) — CANCELLED (ill), maybe in May"),
            ("Soft Robots — Ana Lee (KTH)", true)
        );
        assert_eq!(
            strip_status("Soft Robots — Ana Lee (KTH) — postponed to May"),
            ("Soft Robots — Ana Lee (KTH) — postponed to May", false)
        );
        assert_eq!(strip_status("CANCELLED Ana Lee"), ("Ana Lee", true));
        assert!(is_noise("Seminars › Geometry Colloquium › Previous Talks"));
        assert_eq!(strip_code("T01  Fast Solvers"), ("Fast Solvers", true));
        assert_eq!(strip_code("B2\tFast Solvers"), ("Fast Solvers", true));
        assert_eq!(
            strip_code("B2 Bombers Revisited"),
            ("B2 Bombers Revisited", false)
        );
        assert_eq!(
            strip_leading_tag("[Lightning] Fast Solvers"),
            "Fast Solvers"
        );
        assert_eq!(strip_leading_tag("[Title](url)"), "[Title](url)");
        assert!(matches!(kind("A5  [withdrawn]"), Kind::Noise));
        let lex = Lexicon::builtin_for_tests();
        let info = classify(
            "B2  Protein Design — CANCELLED",
            &lex,
            DocContext::default(),
        );
        assert!(info.cancelled && info.listed);
        assert!(matches!(info.kind, Kind::Title(t) if t == "Protein Design"));
        // a marker in capitals with a letter that ASCII case folding leaves alone
        let info = classify(
            "INSTÄLLT: Glaciärer i fjällen – Tove Rydberg (Stockholms universitet)",
            &lex,
            DocContext::default(),
        );
        assert!(info.cancelled);
    }

    #[test]
    fn mediawiki_markup() {
        assert_eq!(
            strip_wiki("'''Speaker:''' Ann O'Hara, [[University of Bonn|Bonn]]"),
            "Speaker: Ann O'Hara, Bonn"
        );
        assert_eq!(
            strip_wiki("''Title'' [https://x.org/v recording] [[Category:Talks]]"),
            "Title recording Category:Talks"
        );
        assert!(
            matches!(kind("* '''Affiliation:''' [[University of Bonn]]"), Kind::Field(Field::Affiliation, v) if v == "University of Bonn")
        );
        assert!(matches!(kind("== Winter 2025 =="), Kind::Heading(t) if t == "Winter 2025"));
        assert!(!strip_heading("=é").1);
        let lex = Lexicon::builtin_for_tests();
        let struck = |l: &str| classify(l, &lex, DocContext::default()).strike;
        assert_eq!(struck("* <s>'''Title:''' Scheduling</s>"), Strike::Whole);
        assert_eq!(struck("~~Scheduling — Ann Lee~~"), Strike::Whole);
        assert_eq!(struck("<s>"), Strike::Opens);
        assert_eq!(struck("</s>"), Strike::Closes);
        assert_eq!(struck("Scheduling ~~(draft)~~ — Ann Lee"), Strike::None);
    }

    #[test]
    fn video_metadata_lines() {
        for line in [
            "3.1K views · Streamed live on 3 Jun 2024 · 6:12:40",
            "12K views · 14 Nov 2024 · 58 min",
            "@imaging_fan · 2 months ago",
            "14 Nov 2024 · 1h 02m",
            "1,204 subscribers",
            "Streamed live on 9 Apr 2025",
        ] {
            assert!(is_meta_line(line), "{line}");
            assert!(matches!(kind(line), Kind::Meta), "{line}");
        }
        for line in [
            "Recorded Talks",
            "Learning · Control",
            "3 Lessons from Fluid Flow",
        ] {
            assert!(!is_meta_line(line), "{line}");
        }
        assert_eq!(
            strip_title_label("Distinguished Lecture | Seeing Around Corners").0,
            "Seeing Around Corners"
        );
        assert_eq!(drop_label_pieces("Deep Seas | Public Lecture"), "Deep Seas");
        assert!(matches!(kind("Timestamps"), Kind::Noise));
        assert_eq!(
            strip_status("Kolokyum 7 — İPTAL EDİLDİ"),
            ("Kolokyum 7", true)
        );
        assert_eq!(
            inline_title("Ana Lima, MIT. Title: Slow Earthquakes. The camera failed."),
            Some(("Ana Lima, MIT", "Slow Earthquakes"))
        );
        assert_eq!(inline_title("Ana Lima, MIT. Bring a laptop."), None);
        assert!(is_avatar("TW", "Dr. Tomás Ó Briain-Weller"));
        assert!(!is_avatar("TW", "Ann Lee") && !is_avatar("USA", "Ursula Sa"));
        assert!(video_stamp("1:02:30 Jane Doe — Deep Seas"));
        assert!(!video_stamp("10:30 Jane Doe — Deep Seas"));
    }

    #[test]
    fn email_announcements() {
        assert!(is_mail_furniture("Dear all,"));
        assert!(is_mail_furniture("Anna Lind anna.lind at example.org"));
        assert!(is_mail_furniture("<anna.lind@example.org>"));
        assert!(!is_mail_furniture("Anna Lind (Lund University)"));
        assert!(!is_mail_furniture("Professor at MIT"));
        assert_eq!(
            strip_trailing_url("\"Fast Solvers\" by Ann Lee (MIT): https://x.org/v/1"),
            "\"Fast Solvers\" by Ann Lee (MIT)"
        );
        let lex = Lexicon::builtin_for_tests();
        let (title, speakers, _) = announcement(
            "next Tuesday, March 11, Prof. Ann Lee from Lund University will give a talk titled \"Fast Solvers for Sparse Systems\". The talk starts at 16:00 in room 2.07 as usual, and coffee is served before.",
            &lex,
        )
        .unwrap();
        assert_eq!(title, "Fast Solvers for Sparse Systems");
        assert_eq!(names(&speakers), vec!["Ann Lee"]);
        assert_eq!(speakers[0].affiliations[0].name, "Lund University");
        let p = introducer(
            "next week Bo Ek, a PhD student at Aarhus University, will give a two-part tutorial:",
            &lex,
        )
        .unwrap();
        assert_eq!(p.speakers[0].name, "Bo Ek");
        assert!(mentions_cancellation(
            "unfortunately Bo Ek had to cancel, so there is no talk"
        ));
        let ctx = DocContext {
            email: true,
            ..DocContext::default()
        };
        assert_eq!(classify("> Dear all,", &lex, ctx).kind, Kind::Noise);
        assert_eq!(classify("--", &lex, ctx).kind, Kind::Signature);
    }

    #[test]
    fn a_curated_lists_link_text_is_the_title() {
        let read = |s: &str| match kind(s) {
            Kind::Combined { title, speakers } => Some((title, speakers)),
            _ => None,
        };
        let (title, speakers) =
            read("- [Fast Solvers, Revisited](https://x.org/v) by Ana Ruiz, Ghent University. *Great intro.* `38 min`")
                .unwrap_or_default();
        assert_eq!(title, "Fast Solvers, Revisited");
        assert_eq!(names(&speakers), ["Ana Ruiz"]);
        assert_eq!(speakers[0].affiliations[0].name, "Ghent University");
        let (title, speakers) = read(
            "* [Panel: Open Data](https://x.org/p) - with Bo Li (Fudan University) and Ola Berg (Lund University); moderated by Kim Ng",
        )
        .unwrap_or_default();
        assert_eq!(title, "Panel: Open Data");
        assert_eq!(names(&speakers), ["Bo Li", "Ola Berg"]);
        // what the talk was, after the people, is no institution
        let (_, speakers) =
            read("- [Tides](https://x.org/t) - Ana Ruiz (University of Porto), EGU 2023 keynote.")
                .unwrap_or_default();
        assert_eq!(speakers[0].affiliations.len(), 1);
        // a table of contents, and a link that names nobody
        assert!(matches!(kind("- [Networks](#networks)"), Kind::Noise));
        assert!(read("- [Reading list](https://x.org/r) (not a talk, but useful).").is_none());
    }

    #[test]
    fn a_curated_lists_lengths_and_pictographs_are_dropped() {
        for (s, want) in [
            ("Title - Ana Ruiz (MIT) 41 min", "Title - Ana Ruiz (MIT)"),
            (
                "Title — Ana Ruiz, MIT 1 h 12 min ⭐",
                "Title — Ana Ruiz, MIT",
            ),
            (
                "Título — Ana Ruiz (UC3M) 🇪🇸 55 min",
                "Título — Ana Ruiz (UC3M)",
            ),
            ("Title (45 minutes)", "Title"),
            ("Deep Learning in 5 minutes", "Deep Learning in 5 minutes"),
            ("Title, Part 2", "Title, Part 2"),
            ("45 min", "45 min"),
            // a title's own emoji stays
            ("Learning Rockets 🚀", "Learning Rockets 🚀"),
        ] {
            assert_eq!(strip_trailing_length(s), want, "{s}");
        }
    }

    #[test]
    fn a_file_listings_recordings_name_their_talks() {
        let row =
            "2024-03-07 Ana Ruiz (Ghent University) - Fast Solvers.mp4\tMar 8, 2024 Bo Ek\t412 MB";
        let Kind::Combined { title, speakers } = kind(row) else {
            panic!("{:?}", kind(row));
        };
        assert_eq!(title, "Fast Solvers");
        assert_eq!(names(&speakers), ["Ana Ruiz"]);
        // "Copy of" a recording is the same recording
        assert!(matches!(
            kind(&format!("Copy of {row}")),
            Kind::Combined { .. }
        ));
        // captions, chat logs and the header name nobody
        for s in [
            "2024-03-07 Ana Ruiz (Ghent University) - Fast Solvers.vtt\tMar 8, 2024\t41 KB",
            "Zoom chat - Ruiz.txt\tMar 8, 2024\t6 KB",
            "Name\tLast modified\tFile size",
        ] {
            assert!(matches!(kind(s), Kind::Noise), "{s}");
        }
        // a sentence that ends in a file name is no row
        assert!(!is_file_row(
            "We met in Room 4. Notes are in the minutes.pdf"
        ));
    }

    #[test]
    fn a_year_alone_dates_what_follows() {
        for s in ["2024", "2021 (online)", "2019–20", "2023/2024"] {
            assert!(matches!(kind(s), Kind::When(_)), "{s}");
        }
        for s in ["2024 Outlook", "Class of 2020", "12345"] {
            assert!(!matches!(kind(s), Kind::When(_)), "{s}");
        }
    }

    #[test]
    fn an_apps_furniture_is_noise() {
        for line in [
            "Anja Kessler moved this card from Scheduled to Recorded",
            "☑ Room booked",
            "AK  LF  TI  MH  +4",
            "Hello friends,",
            "Žiga Lenarčič-Owusu, Jožef Stefan Institute (moderator)",
            "100%",
            "Powered by Mediasite – Sonic Foundry, Inc. © 2025",
        ] {
            assert!(matches!(kind(line), Kind::Noise), "{line}");
        }
        // a talk about boards, a title that greets, a panellist
        for line in [
            "How this card game teaches probability",
            "Hello World: Programming for Physicists",
            "Žiga Lenarčič-Owusu, Jožef Stefan Institute",
        ] {
            assert!(!matches!(kind(line), Kind::Noise), "{line}");
        }
    }

    #[test]
    fn rooms_with_their_buildings_and_people_of_the_law_and_of_firms() {
        for line in [
            "Auditorium, IIM Bangalore",
            "Classroom P-21, IIM Bangalore",
            "Lecture Hall 2, Trinity College Dublin",
        ] {
            assert!(matches!(kind(line), Kind::Noise), "{line}");
        }
        // (a title that starts with a room's word is a title)
        assert!(matches!(
            kind("Classroom talk and the politics of reading aloud"),
            Kind::Title(_)
        ));
        let names = |line: &str| match kind(line) {
            Kind::Speakers { speakers, .. } => speakers
                .into_iter()
                .map(|s| (s.name, s.affiliations.into_iter().map(|a| a.name).collect()))
                .collect::<Vec<(String, Vec<String>)>>(),
            other => panic!("{line}: {other:?}"),
        };
        assert_eq!(
            names("Ms Justice Orla Brennan-Keane (Court of Appeal) and Declan Furey BL"),
            [
                (
                    "Orla Brennan-Keane".to_owned(),
                    vec!["Court of Appeal".to_owned()]
                ),
                ("Declan Furey".to_owned(), vec![])
            ]
        );
        // a firm named after its partners is one institution, and no person
        assert_eq!(
            names("Niamh Corry, Partner, Byrne Wallace & Shields LLP, and Judge Peter Lally"),
            [
                (
                    "Niamh Corry".to_owned(),
                    vec!["Byrne Wallace & Shields LLP".to_owned()]
                ),
                ("Peter Lally".to_owned(), vec![])
            ]
        );
    }

    #[test]
    fn a_chat_bots_announcements_read_as_talks() {
        let combined = |line: &str| match kind(line) {
            Kind::Combined { title, speakers } => {
                let names: Vec<String> = speakers.into_iter().map(|s| s.name).collect();
                Some((title, names))
            }
            _ => None,
        };
        // the emoji and the announcement's label go; the dash still joins title and speaker
        assert_eq!(
            combined(
                "📼 New recording: Soil carbon at scale — Dr Priya Holt (Rothamsted Research)"
            ),
            Some(("Soil carbon at scale".into(), vec!["Priya Holt".into()]))
        );
        // "(pt. 2)" is a part marker, whose dot ends no sentence
        assert_eq!(
            combined("Field spectroscopy (pt. 2): libraries — Tomasz Obi (Wageningen University)"),
            Some((
                "Field spectroscopy (part 2): libraries".into(),
                vec!["Tomasz Obi".into()]
            ))
        );
        // an acronym before the dash ends the title when a person with brackets follows
        assert_eq!(
            combined("Tidal turbines meet ROMS – Ngaio Sato (University of Auckland)"),
            Some(("Tidal turbines meet ROMS".into(), vec!["Ngaio Sato".into()]))
        );
        // "w/" says "with"
        assert_eq!(
            combined("What should a standard require? w/ Lena Vogt (Thünen Institute) and Raj Patel (CIFOR)"),
            Some((
                "What should a standard require?".into(),
                vec!["Lena Vogt".into(), "Raj Patel".into()]
            ))
        );
        // a line of emoji alone is a reaction; a heart and its count are left to other rules
        assert!(matches!(kind("🔥"), Kind::Noise));
        assert_eq!(strip_leading_pictographs("♥ 19"), "♥ 19");
        // a bot and a chat app's sidebar name nobody
        assert!(person_score("Recordings Bot", &Lexicon::builtin_for_tests()).0 < 0.6);
        assert!(person_score("Browse Channels", &Lexicon::builtin_for_tests()).0 < 0.6);
    }

    #[test]
    fn a_boards_posters_ages_and_weeks() {
        for age in [
            "4mo",
            "7w",
            "5d",
            "3 h",
            "2y",
            "+ 2 • Updated 4d",
            "3d • ",
            "1w • Edited • ",
        ] {
            assert!(is_relative_age(age), "{age}");
            // ("3 h" reads as a length first, no title either way)
            assert!(
                !matches!(kind(age), Kind::Title(_) | Kind::Combined { .. }),
                "{age}"
            );
        }
        for not_age in ["4 months of fieldwork", "7", "5D printing", "Week 3"] {
            assert!(!is_relative_age(not_age), "{not_age}");
        }
        // a post's hashtags are noise; a Markdown heading is not
        assert!(is_noise("#TransportFutures #Freight #UrbanLogistics"));
        assert!(is_noise("soundcloud.com"));
        // a link under a label that names no talk is that field, not a title "rec"
        assert!(matches!(
            kind("rec: https://ed.cloud.panopto.eu/Panopto/Pages/Viewer.aspx?id=4f1c"),
            Kind::Field(Field::Ignored, _)
        ));
        assert!(!is_noise("Big data.com and the dot-com bubble"));
        assert!(!is_noise("# Recorded talks"));
        assert!(!is_noise("#1 in a series of talks"));
        // the poster's name over the post's age names nobody
        let lex = Lexicon::builtin_for_tests();
        let lines = [
            "Dr Owen Hartley-Sato",
            "5mo",
            "Prof. Agnes Mwale-Fischer",
            "YouTube",
        ];
        let ctx = DocContext::default();
        let mut infos: Vec<LineInfo> = lines.iter().map(|l| classify(l, &lex, ctx)).collect();
        silence_posters(&lines, &mut infos);
        assert!(matches!(infos[0].kind, Kind::Noise));
        assert!(matches!(infos[2].kind, Kind::Speakers { .. }));
        // a commenter's name and headline over an age name nobody; a speaker and a title
        // over a recording's length stay
        let lines = [
            "Rhys Abernethy-Cole",
            "Lecturer at University of Southampton",
            "2w",
            "Dr Ana Reis",
            "Seagrass carbon",
            "1 h",
        ];
        let mut infos: Vec<LineInfo> = lines.iter().map(|l| classify(l, &lex, ctx)).collect();
        silence_posters(&lines, &mut infos);
        assert!(matches!(infos[0].kind, Kind::Noise) && matches!(infos[1].kind, Kind::Noise));
        assert!(matches!(infos[3].kind, Kind::Speakers { .. }));
        assert!(matches!(infos[4].kind, Kind::Title(_)));
        // "Week 4:" is a course's slot, no part of the title
        assert_eq!(
            strip_title_label("Week 4: Catchment modelling (II): calibration").0,
            "Catchment modelling (II): calibration"
        );
        // "Led by" introduces the people; a role in a field is held at the institution after
        let Kind::Speakers { speakers, .. } =
            kind("Led by Marta Olsson-Diop, Research Fellow in Peatland Ecology at the University of Leeds")
        else {
            panic!("led by");
        };
        assert_eq!(speakers[0].name, "Marta Olsson-Diop");
        assert_eq!(speakers[0].affiliations[0].name, "University of Leeds");
        // a royal college's fellowship after a name is no part of it
        assert_eq!(
            person_score("Mr David Mensah-Hart FRCS", &lex).1,
            "David Mensah-Hart"
        );
    }

    #[test]
    fn a_position_line_under_a_name_and_a_dois_line() {
        let lex = Lexicon::builtin_for_tests();
        let affs = |line: &str| match kind(line) {
            Kind::Institutions { affiliations, .. } => affiliations
                .into_iter()
                .map(|a| format!("{}={}", a.name, a.role.unwrap_or_default()))
                .collect::<Vec<_>>(),
            other => panic!("{line}: {other:?}"),
        };
        assert_eq!(
            affs("Lecturer in Geography, University of Southampton"),
            ["University of Southampton=Lecturer in Geography"]
        );
        assert_eq!(
            affs("Research Fellow, Leibniz Institute for Catalysis (LIKAT), Rostock"),
            ["Leibniz Institute for Catalysis (LIKAT)=Research Fellow"]
        );
        assert_eq!(
            affs("University of Bergen / NORCE"),
            ["University of Bergen=", "NORCE="]
        );
        assert_eq!(
            affs("Principal Scientist, Ocean Infinity"),
            ["Ocean Infinity=Principal Scientist"]
        );
        // an "and" one word after an ampersand is inside the second name
        assert_eq!(
            affs("PhD student, University of Reading & Science and Technology Facilities Council"),
            [
                "University of Reading=PhD student",
                "Science and Technology Facilities Council="
            ]
        );
        // (a title with a comma is still a title)
        assert!(matches!(
            kind("Tides, storms and the Solent"),
            Kind::Title(_)
        ));
        for doi in [
            "DOI: 10.52843/demo.a1b2c3",
            "https://doi.org/10.5281/zenodo.123",
        ] {
            assert!(matches!(kind(doi), Kind::Noise), "{doi}");
        }
        // the Arabic article joined to a family name
        assert_eq!(
            person_score("Dr Nadia el-Amin Whitcombe", &lex).1,
            "Nadia el-Amin Whitcombe"
        );
    }

    #[test]
    fn lithuanian_posts_and_language_codes() {
        // a stream's dates, abbreviated
        assert!(matches!(kind("geg. 14"), Kind::When(_)));
        // the post's sentence, then its fields
        let Kind::Field(Field::Speaker, value) = kind(
            "Įkeltas paskaitos įrašas. Pranešėja: dr. Ieva Kairytė, Vilniaus universitetas. Tema: „Jutikliai“.",
        ) else {
            panic!("fields after a sentence");
        };
        assert!(value.starts_with("dr. Ieva Kairytė"));
        // "ir" joins two people, not the words of a faculty's name
        let Kind::Speakers { speakers, .. } = kind(
            "doc. dr. Eglė Vaitkutė (VU Matematikos ir informatikos fakultetas) ir dr. Jonas Bielinis (Vilnius Tech)",
        ) else {
            panic!("two people");
        };
        assert_eq!(speakers.len(), 2);
        assert_eq!(
            speakers[0].affiliations[0].name,
            "VU Matematikos ir informatikos fakultetas"
        );
        // "2 dalis" numbers a part; "(EN)" after a title is its language
        assert_eq!(
            crate::extract::series::part_marker("Lazerių fizika, 2 dalis: impulsiniai lazeriai")
                .map(|p| (p.series, p.part)),
            Some(("Lazerių fizika".to_owned(), 2))
        );
        assert_eq!(
            clean_title("Bosonic codes in cavities (EN)"),
            "Bosonic codes in cavities"
        );
    }

    #[test]
    fn a_given_name_in_brackets_after_a_title_is_its_speaker() {
        let Kind::Combined { title, speakers } =
            kind("Diffusion models, part II: guidance and distillation (Lea)")
        else {
            panic!("not combined");
        };
        assert_eq!(
            title,
            "Diffusion models, part II: guidance and distillation"
        );
        assert_eq!(names(&speakers), ["Lea"]);
        // a place is no given name
        assert!(!matches!(
            kind("Renaissance architecture and its patrons (Florence)"),
            Kind::Combined { .. }
        ));
    }

    #[test]
    fn a_meeting_apps_stamp_leaves_the_recordings_name() {
        assert_eq!(
            without_recording_stamp("Title – Dr A (Inst)-20250506 1400-1"),
            "Title – Dr A (Inst)"
        );
        assert_eq!(without_recording_stamp("Webinar-20250318 1400"), "Webinar");
        // no stamp: a year, a count, a stamp alone
        for kept in [
            "Results of 2024",
            "Lecture 12-1",
            "-20250506 1400-1",
            "Room 20250506 1400",
        ] {
            assert_eq!(without_recording_stamp(kept), kept);
        }
    }

    #[test]
    fn a_number_or_a_stamp_alone_is_no_title() {
        assert!(matches!(kind("7"), Kind::Noise));
        assert!(matches!(kind("12"), Kind::Noise));
        assert!(!matches!(kind("1:12:05"), Kind::Segment { .. }));
        assert!(matches!(kind("00:12:05 Questions"), Kind::Segment { .. }));
    }

    #[test]
    fn segments() {
        let k = classify(
            r#"01:51:00 - "Machine Learning for DFM", Bei Yu, Associate Professor, Chinese University of Hong Kong"#,
            &Lexicon::builtin_for_tests(),
            DocContext::default(),
        )
        .kind;
        let Kind::Segment {
            stamp,
            title,
            speakers,
        } = k
        else {
            panic!("not a segment: {k:?}");
        };
        assert_eq!(stamp, "01:51:00");
        assert_eq!(title, "Machine Learning for DFM");
        assert_eq!(names(&speakers), vec!["Bei Yu"]);
        assert!(
            matches!(kind("00:00:00 - Introduction"), Kind::Segment { title, speakers, .. } if title == "Introduction" && speakers.is_empty())
        );
        // a performer gives no talk
        assert!(
            matches!(kind("00:18:40 Performance: Tamsin Achterberg – “Silt”"), Kind::Segment { speakers, .. } if speakers.is_empty())
        );
        assert!(performance_label("PERFORMANCE") && performance_label("Spoken word: “Salt”"));
        assert!(!performance_label("Performance of Sparse Solvers"));
    }

    #[test]
    fn combined_layouts() {
        for (line, title, speaker) in [
            (
                "Jane Doe (MIT): Learning to Optimize",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "Learning to Optimize — Jane Doe, MIT",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "Learning to Optimize by Jane Doe (MIT)",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "Learning to Optimize, Jane Doe (MIT)",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "10:30–11:15 Learning to Optimize, Jane Doe (MIT)",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "12:30 p.m. Host seminar. “Learning to Optimize.” Jane Doe, MIT. Room 32-G449",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "1. Learning to Optimize. Jane Doe, MIT.",
                "Learning to Optimize",
                "Jane Doe",
            ),
            (
                "Joint session with ML Theory. Guest talk: Yosef Mizrahi (Weizmann Institute of Science) — \"Causal Bandits\" · [recording](https://x.org/r)",
                "Causal Bandits",
                "Yosef Mizrahi",
            ),
        ] {
            match kind(line) {
                Kind::Combined { title: t, speakers } => {
                    assert_eq!(t, title, "{line}");
                    assert_eq!(names(&speakers), vec![speaker], "{line}");
                }
                other => panic!("{line}: {other:?}"),
            }
        }
    }

    #[test]
    fn frames_and_fields() {
        assert!(matches!(kind("Tuesday, October 8, 2024"), Kind::When(_)));
        // when, then where: the date before the first middle dot
        for line in [
            "Wed 5 June 2024 · 20:00 – 21:30 · Academy Building, Room 2",
            "wo 5 juni 2024 · 20:00 · Academiegebouw",
            "czwartek, 7 marca 2024 · 16:15 · sala 2.01",
        ] {
            assert!(
                matches!(kind(line), Kind::When(_)),
                "{line}: {:?}",
                kind(line)
            );
        }
        assert!(
            matches!(kind("Speaker: Jane Doe (MIT)"), Kind::Field(Field::Speaker, v) if v == "Jane Doe (MIT)")
        );
        assert!(matches!(
            kind("**Abstract:** We study things."),
            Kind::Field(Field::Abstract, _)
        ));
        assert!(
            matches!(kind("## Learning to Optimize"), Kind::Heading(t) if t == "Learning to Optimize")
        );
        assert!(matches!(kind("Watch video"), Kind::Noise));
        assert!(
            matches!(kind("Invited Talk: Something Else Entirely"), Kind::Title(t) if t == "Something Else Entirely")
        );
        assert!(matches!(
            kind("Recorded Monday 8 July 2024 · 5:42:18 · Watch on YouTube"),
            Kind::Meta
        ));
        assert!(matches!(kind("Moderated by Kazuki Ishikawa"), Kind::Noise));
        assert!(matches!(
            kind("Recorded Talks: Workshops and Tutorials"),
            Kind::Title(_)
        ));
        assert!(matches!(kind("Home > Events > Past Seminars"), Kind::Noise));
        assert!(matches!(kind("|---|---|"), Kind::Rule));
    }
}
