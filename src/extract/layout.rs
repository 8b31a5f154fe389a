//! Grouping classified lines into talks.
//!
//! The entry point is [`group`]. It first decides the document's orientation — titles before
//! speakers, or speakers before titles — by counting which of the two follows the other more
//! often, then corrects line readings that the neighbours contradict (a short "prose" line right
//! before a speaker line is a title), then reads the lines in order: a title opens an entry,
//! speaker lines join the open entry or open one, prose becomes the abstract, timestamped
//! segments join the open session. Entries with a title and nothing else are headings: the
//! first one is the document's title.

use super::line::{Field, Kind, LineInfo, Strike};
use super::speaker::{assign_affiliations, field_affiliations, parse_speakers};
use super::text::{clean, clean_title, is_placeholder};
use super::time::{resolve_offsets, Reading};
use super::Lexicon;
use crate::model::{Affiliation, Speaker, Talk, Warning};

/// What grouping found in one document.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    pub title: Option<String>,
    pub talks: Vec<Talk>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Orientation {
    TitleFirst,
    SpeakerFirst,
}

/// A talk being read.
#[derive(Debug, Default)]
struct Entry {
    title: Option<String>,
    speakers: Vec<Speaker>,
    paragraphs: Vec<(usize, String)>,
    segments: Vec<Segment>,
    when: Option<String>,
    first_line: usize,
    last_line: usize,
    /// Opened by a speaker line (speaker-first layout).
    by_speaker: bool,
    /// Opened by a Markdown heading.
    from_heading: bool,
    listed: bool,
    in_bio: bool,
    /// Marked as called off ("— CANCELLED"): read, then left out.
    cancelled: bool,
    /// Opened by a speaker line, its title had a clock time in front.
    timed_title: bool,
    /// The labelled fields read into this entry (see [`fields`]).
    fields: u8,
    /// Affiliations from a labelled field written before the speakers, one group per `;`.
    field_affiliations: Vec<Vec<Affiliation>>,
    /// The last line of a run of person fields on consecutive lines that a speaker field
    /// started (speaker, affiliation, position), 0 when none: a speaker field on the next line
    /// adds a speaker ("Creator: A" / "Creator Affiliation: X" / "Creator: B").
    person_run_end: usize,
}

/// Bits of [`Entry::fields`].
mod fields {
    pub const TITLE: u8 = 1;
    pub const SPEAKER: u8 = 2;
    pub const WHEN: u8 = 4;
}

#[derive(Debug)]
struct Segment {
    line: usize,
    stamp: String,
    title: String,
    speakers: Vec<Speaker>,
}

impl Entry {
    fn open(line: usize) -> Self {
        Self {
            first_line: line,
            last_line: line,
            ..Self::default()
        }
    }

    fn is_empty(&self) -> bool {
        self.title.is_none() && self.speakers.is_empty() && self.segments.is_empty()
    }
}

/// Groups the classified lines of one document (line `n` at index `n - 1`).
pub(crate) fn group(mut infos: Vec<LineInfo>, lines: &[&str], lex: &Lexicon) -> Layout {
    let orientation = orientation(&infos);
    repair(&mut infos, lines, orientation);
    // whether a title follows line `i` in its block (before a blank or a date line)
    let mut title_ahead = vec![false; infos.len()];
    for i in (0..infos.len().saturating_sub(1)).rev() {
        title_ahead[i] = match &infos[i + 1].kind {
            Kind::Blank | Kind::When(_) => false,
            Kind::Title(_) | Kind::Combined { .. } | Kind::Heading(_) => true,
            _ => title_ahead[i + 1],
        };
    }
    let mut reader = Reader {
        lines,
        title_ahead,
        layout: Layout::default(),
        cur: None,
        pending_when: None,
        when_line: 0,
        dated_after_people: false,
        pending_cancel: false,
        striking: false,
        struck: false,
        in_signature: false,
        list_speakers: None,
        list_taken: false,
        list_marked: false,
        cancel_notes: Vec::new(),
        named_by: Vec::new(),
        untold: Vec::new(),
        orientation,
        after_speakers: false,
        in_people_section: false,
        people_until_blank: false,
        contacts: false,
        plain_section: None,
        roster: super::roster::Roster::default(),
    };
    for (i, info) in infos.into_iter().enumerate() {
        reader.line(i + 1, info, lex);
    }
    reader.close();
    let notes = std::mem::take(&mut reader.cancel_notes);
    let untold = std::mem::take(&mut reader.untold);
    let named_by = std::mem::take(&mut reader.named_by);
    reader.roster.fill(&mut reader.layout.talks);
    let mut layout = reader.layout;
    drop_called_off(&mut layout.talks, &notes);
    // "Linguistics Colloquium: Title TBA" with its speaker: a slot, no talk yet
    layout
        .talks
        .retain(|t| !t.segments.is_empty() || !is_placeholder(&t.title));
    // the page's prose first: people it gives to a talk by name are no other talk's subject
    // (a page's few sentences about its list, not every abstract of a large listing: each
    // title unclaimed is looked for in each paragraph)
    let unclaimed = untold.len()
        + layout
            .talks
            .iter()
            .filter(|t| t.speakers.is_empty() && t.segments.is_empty())
            .count();
    let claimed = if unclaimed > 0 && unclaimed.saturating_mul(named_by.len()) <= PAGE_PROSE_PAIRS {
        speakers_from_page(
            &mut layout.talks,
            untold,
            &paragraphs(lines, &named_by),
            lex,
        )
    } else {
        Vec::new()
    };
    speakers_from_descriptions(&mut layout.talks, &claimed, lex);
    merge_repeats(&mut layout.talks);
    merge_chapters(&mut layout.talks);
    // "Digital Scholarship Librarian" over a librarian's profile box: a job is no talk's title
    layout.talks.retain(|t| !is_position(&t.title));
    layout
}

/// Whether a title names a position alone ("Data Services Librarian", "Research Fellow").
fn is_position(title: &str) -> bool {
    let words = title.split_whitespace().count();
    (1..=5).contains(&words)
        && title.len() <= 60
        && !title.contains([':', '"', '“', '«', '?'])
        && !title.bytes().any(|b| b.is_ascii_digit())
        // (every word capitalised: "Teaching Rust to Chemists" is a talk)
        && title.split_whitespace().all(super::text::starts_upper)
        && super::speaker::role_score(title) >= 0.8
}

/// An event page often names the speaker only in the event's description: "Dr Jane Doe
/// (Uppsala University) traces how …", "The second of two lectures by Dr X, Maynooth
/// University, follows …". A talk with no speaker line takes the affiliated person its
/// description's first sentences make the subject or the "by" of the talk.
fn speakers_from_descriptions(talks: &mut [Talk], claimed: &[String], lex: &Lexicon) {
    // "Camille Moreau: Vowel harmony" over "Camille Moreau of the University of Geneva
    // surveys …": the description says where a speaker named without institution works
    for talk in talks.iter_mut().filter(|t| {
        !t.speakers.is_empty()
            && t.speakers.iter().all(|s| s.affiliations.is_empty())
            && t.abstract_text.is_some()
    }) {
        let Some(text) = talk.abstract_text.as_deref() else {
            continue;
        };
        // a moderator named with the speakers ("by A, B, C, D" over "… moderated by D") is
        // none of them
        let moderators = super::prose::moderators_in(text);
        if talk.speakers.len() > 1 {
            talk.speakers.retain(|s| !moderators.contains(&s.name));
        }
        let mut described = super::prose::speakers_in_description(text, lex).unwrap_or_default();
        let names: Vec<String> = talk.speakers.iter().map(|s| s.name.clone()).collect();
        described.extend(super::prose::named_people(text, &names, lex));
        for speaker in &mut talk.speakers {
            if let Some(d) = described
                .iter()
                .find(|d| d.name == speaker.name && !d.affiliations.is_empty())
            {
                speaker.affiliations = d.affiliations.clone();
            }
        }
    }
    for talk in talks
        .iter_mut()
        .filter(|t| t.speakers.is_empty() && t.segments.is_empty())
    {
        let Some(text) = talk.abstract_text.as_deref() else {
            continue;
        };
        if is_housekeeping(&talk.title) {
            continue;
        }
        if let Some(speakers) = super::prose::speakers_in_description(text, lex) {
            // "The short course was taught by A and B" under a page's heading: the people of
            // a talk the page names, not the heading's
            if speakers.iter().all(|s| claimed.contains(&s.name)) {
                continue;
            }
            talk.speakers = with_line(speakers, talk.line);
        }
    }
}

/// Most (title, paragraph) pairs [`speakers_from_page`] looks at: a page of recordings has a
/// few paragraphs about its list; a large listing whose abstracts say "by" is left alone.
const PAGE_PROSE_PAIRS: usize = 20_000;

/// The paragraphs of the prose lines `at` (1-based line numbers, in order): runs of
/// consecutive lines joined with a space.
fn paragraphs(lines: &[&str], at: &[usize]) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    for &n in at {
        let Some(text) = lines.get(n - 1).map(|l| l.trim()) else {
            continue;
        };
        match out.last_mut() {
            Some(p) if n == p.last + 1 => {
                p.text.push(' ');
                p.text.push_str(text);
                p.last = n;
            }
            _ => out.push(Paragraph {
                first: n,
                last: n,
                text: text.to_owned(),
            }),
        }
    }
    out
}

/// Lines `first..=last` of prose, joined.
struct Paragraph {
    first: usize,
    last: usize,
    text: String,
}

/// A page's prose often says who gave the talks its list names without a speaker: a
/// playlist's description ("The careers panel featured X (Two Sigma) and Y (Ørsted)"), a news
/// post above its recordings. A talk with no speaker, or a title that stood alone (`untold`),
/// takes the people a paragraph names for it: its title, or the name before a part marker or
/// colon ("Data-Driven Modeling Tutorial (Part 2 of 2): …", "Careers Panel: Beyond
/// Academia"), followed by "by" or "featured". Returns the names of the people given.
fn speakers_from_page(
    talks: &mut Vec<Talk>,
    untold: Vec<(usize, String)>,
    paragraphs: &[Paragraph],
    lex: &Lexicon,
) -> Vec<String> {
    let mut claimed = Vec::new();
    if paragraphs.is_empty() {
        return claimed;
    }
    // a title is not named by the line it stands on
    let named = |title: &str, line: usize| -> Option<Vec<Speaker>> {
        if is_housekeeping(title) {
            return None;
        }
        let title = title.to_lowercase();
        let before = |marks: &[char]| {
            title
                .find(marks)
                .map_or(title.as_str(), |at| &title[..at])
                .trim()
        };
        // the title, the name before a part marker or colon, the name before a comma
        // ("Text as Data Bootcamp, Lecture 1: …")
        [
            title.as_str(),
            before(&[':', '(', '[', '|']),
            before(&[',']),
        ]
        .iter()
        .filter(|k| k.split_whitespace().count() >= 2)
        .find_map(|key| {
            paragraphs
                .iter()
                .filter(|p| !(p.first..=p.last).contains(&line))
                .find_map(|p| super::prose::speakers_for_named(&p.text, key, lex))
        })
    };
    for talk in talks
        .iter_mut()
        .filter(|t| t.speakers.is_empty() && t.segments.is_empty())
    {
        if let Some(speakers) = named(&talk.title, talk.line) {
            claimed.extend(speakers.iter().map(|s| s.name.clone()));
            talk.speakers = with_line(speakers, talk.line);
        }
    }
    let before = talks.len();
    for (line, title) in untold {
        if let Some(speakers) = named(&title, line) {
            claimed.extend(speakers.iter().map(|s| s.name.clone()));
            talks.push(Talk {
                speakers: with_line(speakers, line),
                title,
                line,
                end_line: line,
                ..Talk::default()
            });
        }
    }
    if talks.len() > before {
        talks.sort_by_key(|t| t.line);
    }
    claimed
}

/// Leaves out talks that a later sentence calls off ("unfortunately Sven Karlsson had to
/// cancel"): a note that names the talk's title, or every one of its speakers.
fn drop_called_off(talks: &mut Vec<Talk>, notes: &[String]) {
    if notes.is_empty() {
        return;
    }
    let notes: Vec<String> = notes.iter().map(|n| n.to_lowercase()).collect();
    talks.retain(|t| {
        let title = t.title.to_lowercase();
        let named = |n: &String| {
            title.len() >= 12 && n.contains(&title)
                || !t.speakers.is_empty()
                    && t.speakers
                        .iter()
                        .all(|s| n.contains(&s.name.to_lowercase()))
        };
        !t.segments.is_empty() || !notes.iter().any(named)
    });
}

/// Merges a talk announced again in the same document (a reminder, a recordings list) into
/// its first mention: same title, and the same speakers or none on one side.
fn merge_repeats(talks: &mut Vec<Talk>) {
    // the same title written twice: most documents have none, so look up the titles as
    // written and compare the few pairs found
    let mut first: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, t) in talks.iter().enumerate() {
        if !t.segments.is_empty() || t.title.len() < 12 {
            continue;
        }
        match first.get(t.title.as_str()) {
            Some(&j) => pairs.push((j, i)),
            None => {
                first.insert(t.title.as_str(), i);
            }
        }
    }
    drop(first);
    if pairs.is_empty() {
        return;
    }
    let mut keep = vec![true; talks.len()];
    for (j, i) in pairs {
        if !same_people(&talks[j].speakers, &talks[i].speakers) {
            continue;
        }
        keep[i] = false;
        let later = std::mem::take(&mut talks[i].speakers);
        let earlier = &mut talks[j].speakers;
        if earlier.is_empty() {
            *earlier = later;
        } else {
            for s in later {
                if let Some(e) = earlier
                    .iter_mut()
                    .find(|e| e.name == s.name && e.affiliations.is_empty())
                {
                    e.affiliations = s.affiliations;
                }
            }
        }
    }
    let mut flags = keep.into_iter();
    talks.retain(|_| flags.next().unwrap_or(true));
}

/// Whether two mentions of a talk name the same people: each of `b` is one of `a`, written
/// the same way, or nobody is named on one side.
fn same_people(a: &[Speaker], b: &[Speaker]) -> bool {
    a.is_empty() || b.is_empty() || b.iter().all(|s| a.iter().any(|e| e.name == s.name))
}

/// A talk the page lists on its own and again as a chapter of a recording (a speaker's card,
/// then "3:10 Samir Haddad-Fletcher – Building with mud, again" under the session's
/// livestream) is one talk: the chapter, which says where in the recording it starts, takes
/// what the listing says of the talk (its people with their institutions, its description),
/// and the listing's entry goes. Same title, and the same people or none on one side.
fn merge_chapters(talks: &mut Vec<Talk>) {
    if !talks.iter().any(|t| !t.segments.is_empty()) {
        return;
    }
    let mut listed: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for (i, t) in talks.iter().enumerate() {
        // (an entry may have gathered a closing or a break after it as segments)
        if t.title.len() >= 12 && t.segments.iter().all(|g| g.speakers.is_empty()) {
            listed.entry(t.title.as_str()).or_insert(i);
        }
    }
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (si, session) in talks.iter().enumerate() {
        for (gi, chapter) in session.segments.iter().enumerate() {
            let Some(&ti) = listed.get(chapter.title.as_str()).filter(|&&ti| ti != si) else {
                continue;
            };
            if same_people(&talks[ti].speakers, &chapter.speakers)
                && !found.iter().any(|&(_, _, t)| t == ti)
            {
                found.push((si, gi, ti));
            }
        }
    }
    drop(listed);
    if found.is_empty() {
        return;
    }
    let mut keep = vec![true; talks.len()];
    for (si, gi, ti) in found {
        let entry = std::mem::take(&mut talks[ti]);
        keep[ti] = false;
        let chapter = &mut talks[si].segments[gi];
        if !entry.speakers.is_empty() {
            chapter.speakers = entry.speakers;
        }
        if chapter.abstract_text.is_none() {
            chapter.abstract_text = entry.abstract_text;
        }
        if chapter.series.is_none() {
            chapter.series = entry.series;
            chapter.part = entry.part;
            chapter.part_count = entry.part_count;
        }
    }
    let mut flags = keep.into_iter();
    talks.retain(|_| flags.next().unwrap_or(true));
}

struct Reader<'a> {
    lines: &'a [&'a str],
    /// Per line (at `n - 1`): whether a title follows it in its block, before a blank line or
    /// a date line.
    title_ahead: Vec<bool>,
    layout: Layout,
    cur: Option<Entry>,
    pending_when: Option<String>,
    /// The line of the last date line read.
    when_line: usize,
    /// A date line came after the current entry's people: the next title field opens a new
    /// entry rather than replacing this one's title.
    dated_after_people: bool,
    /// The last date line called off the entry that follows it.
    pending_cancel: bool,
    /// Inside struck-through text that spans lines.
    striking: bool,
    /// The line being read is struck through: an entry it opens is called off.
    struck: bool,
    /// Inside an e-mail signature.
    in_signature: bool,
    /// Speakers introduced for the titles listed after them.
    list_speakers: Option<Vec<Speaker>>,
    /// A title has taken the listed speakers.
    list_taken: bool,
    /// The first title that took them was marked as an item of a list.
    list_marked: bool,
    /// Sentences that call a talk off, to match against the talks at the end.
    cancel_notes: Vec<String>,
    /// Lines of prose that may say who gave a talk ("… by", "… featured"), for
    /// [`speakers_from_page`].
    named_by: Vec<usize>,
    /// Titles that stood alone, with no speaker, date or text: headings, or talks whose
    /// people the page's prose names (line, title).
    untold: Vec<(usize, String)>,
    orientation: Orientation,
    /// The last line with content was a speaker line.
    after_speakers: bool,
    /// Inside a Markdown section that lists people, not talks ("## Organizers").
    in_people_section: bool,
    /// The people section began at a plain line ([`is_chores`]) and ends at a blank line.
    people_until_blank: bool,
    /// Under a plain line that names the people to contact ([`is_contacts`]): its names follow.
    contacts: bool,
    /// Inside a section opened by a plain line ("Invited Speakers", "Accepted Papers").
    plain_section: Option<super::roster::Section>,
    /// The people of speaker sections, who give their affiliations to the talks.
    roster: super::roster::Roster,
}

impl Reader<'_> {
    fn line(&mut self, n: usize, info: LineInfo, lex: &Lexicon) {
        // an e-mail signature runs to the next blank line
        if self.in_signature {
            self.in_signature = info.kind != Kind::Blank;
            return;
        }
        if let Some(when) = info.when.clone() {
            self.pending_when = Some(when);
            self.when_line = n;
        }
        // "Presenting author: B" under "A¹, B², C¹": of the authors, B presents
        if let Some(name) = self
            .lines
            .get(n - 1)
            .and_then(|l| l.trim().strip_prefix("Presenting author: "))
        {
            let key = crate::resolve::fold(name);
            if let Some(cur) = &mut self.cur {
                if cur
                    .speakers
                    .iter()
                    .any(|s| crate::resolve::fold(&s.name) == key)
                {
                    cur.speakers
                        .retain(|s| crate::resolve::fold(&s.name) == key);
                }
            }
            return;
        }
        // "Text as Data Bootcamp (three lectures by Dr. X, University of Y):" over its parts
        if matches!(info.kind, Kind::Title(_) | Kind::Heading(_))
            && self.lines.get(n - 1).is_some_and(|l| l.contains(" by "))
        {
            self.named_by.push(n);
        }
        if let Kind::Heading(title) = &info.kind {
            self.in_people_section = is_people_section(title);
            self.people_until_blank = false;
            if self.in_people_section {
                self.close();
                return;
            }
        } else if let Kind::Title(title) = &info.kind {
            // "Chair / snacks rota" over "Oct: Dapo / Kasia": a plain line over who does the
            // chores, up to the next blank line
            if is_chores(title) {
                self.close();
                self.in_people_section = true;
                self.people_until_blank = true;
                return;
            }
        }
        // "Kontaktpersoner", "Contacts" on a plain line over names at a page's end: whom to
        // write to, up to the next blank line
        // (only the names right under it: "Contact" in a site's menu is followed by more menu)
        if matches!(info.kind, Kind::Title(_) | Kind::Noise)
            && self.lines.get(n - 1).is_some_and(|l| is_contacts(l))
        {
            self.contacts = true;
            return;
        }
        if self.contacts {
            if matches!(info.kind, Kind::Speakers { .. }) {
                return;
            }
            self.contacts = false;
        }
        if self.in_people_section {
            if self.people_until_blank && info.kind == Kind::Blank {
                self.in_people_section = false;
                self.people_until_blank = false;
            }
            if self.in_people_section || matches!(info.kind, Kind::Blank) {
                return;
            }
        }
        // "* Tue 12 Nov — JOINT SESSION with the Crick group, one long recording": a dated
        // item of the list that is no talk ends the talk before it, so that what follows
        // (the session's timestamped segments) is not read as part of that talk
        if matches!(info.kind, Kind::Prose(_))
            && info.listed
            && info.when.is_some()
            && self
                .lines
                .get(n - 1)
                .is_some_and(|l| !l.starts_with(char::is_whitespace))
            && self
                .cur
                .as_ref()
                .is_some_and(|c| c.title.is_some() && !c.speakers.is_empty())
        {
            self.close();
            return;
        }
        if self.in_plain_section(&info) {
            return;
        }
        // "X will give a two-part tutorial:" gives its speakers to the titles listed under it,
        // and so does "Guest lecturer: X" over the parts of a lecture series
        let raw = self.lines.get(n - 1).map_or("", |l| l.trim());
        let lecturer = matches!(
            info.kind,
            Kind::Speakers { .. } | Kind::Field(Field::Speaker, _)
        ) && parts_follow(self.lines, n);
        let introduces = lecturer
            || matches!(info.kind, Kind::Speakers { .. })
                && (raw.ends_with(':') || super::line::announces_parts(raw));
        if lecturer {
            // the lecturer opens the series rather than joining the heading above it
            self.close();
        }
        // an item of the list: a bullet, a time or date in front, or a quoted title
        let item = info.listed || info.when.is_some() || raw.starts_with(['"', '“', '«']);
        // the list runs over titles, and ends at a blank line after them or at a sentence
        let sentence = self
            .lines
            .get(n - 1)
            .is_some_and(|l| l.trim_end().ends_with('.'));
        let ends = match info.kind {
            Kind::Blank => self.list_taken,
            // after titles marked as items (bullets, times, quotes), an unmarked one is not
            Kind::Title(_) => sentence || self.list_marked && !item,
            _ => !introduces,
        };
        if ends {
            self.list_speakers = None;
            self.list_taken = false;
            self.list_marked = false;
        }
        if matches!(info.kind, Kind::Title(_)) && self.list_speakers.is_some() {
            if !self.list_taken {
                self.list_marked = item;
            }
            self.list_taken = true;
        }
        match (introduces, &info.kind) {
            (true, Kind::Speakers { speakers, .. }) => {
                self.list_speakers = Some(with_line(speakers.clone(), n));
                // the speakers belong to the titles listed next, not to an entry still open
                self.close();
            }
            // "Lecturer: X" over the parts
            (true, Kind::Field(Field::Speaker, value)) => {
                self.list_speakers = parse_speakers(value, lex).map(|p| with_line(p.speakers, n));
            }
            _ => {}
        }
        // ("Presenter: Name, PhD, RN" / "Assistant Professor, University of Iowa": a speaker
        // field is a speaker line too)
        let after_speakers = std::mem::replace(
            &mut self.after_speakers,
            matches!(
                info.kind,
                Kind::Speakers { .. } | Kind::Field(Field::Speaker, _)
            ),
        );
        if matches!(
            info.kind,
            Kind::Blank | Kind::Noise | Kind::Rule | Kind::Meta | Kind::Signature
        ) {
            self.after_speakers = after_speakers;
        }
        if info.strike == Strike::Opens {
            self.striking = true;
        }
        self.struck = self.striking || info.strike == Strike::Whole;
        if info.strike == Strike::Closes {
            self.striking = false;
        }
        // A called-off date line ("Thu 12 March — CANCELLED") heads the entry that follows it;
        // a called-off title or speaker line belongs to the entry it opens or joins.
        let cancels = (info.cancelled || self.struck)
            && !matches!(info.kind, Kind::Blank | Kind::Noise | Kind::Meta);
        let dated = matches!(info.kind, Kind::When(_) | Kind::Field(Field::When, _));
        // "Thursday, January 30" / "Canceled – the university was closed": a sentence under a
        // date of its own calls off that date's slot, not the talk above it
        // ("Speaker / Title / Wednesday 26 March / This seminar was cancelled": a date right
        // under the entry's last line is the entry's, and so is the sentence)
        let slot_note = matches!(info.kind, Kind::Prose(_))
            && self.pending_when.is_some()
            && self
                .cur
                .as_ref()
                .is_none_or(|cur| cur.last_line + 1 != self.when_line);
        self.read(n, info, after_speakers, lex);
        // a date that went to no entry heads the next one
        let heads = dated && self.pending_when.is_some();
        if cancels && heads {
            self.pending_cancel = true;
        } else if cancels && slot_note {
            self.pending_when = None;
        } else if cancels {
            if let Some(cur) = &mut self.cur {
                cur.cancelled = true;
            }
        }
    }

    /// Reads the lines of a section that lists people or papers ("Invited Speakers",
    /// "Accepted Papers"): they are no talks. The section ends at the next plain line that is
    /// neither a listed item nor part of a speaker's entry. Says whether the line was taken.
    fn in_plain_section(&mut self, info: &LineInfo) -> bool {
        use super::roster::{section, Section};
        if let Some(current) = self.plain_section {
            let taken = match current {
                Section::Speakers => self.roster.note(&info.kind),
                Section::Posters | Section::People => {
                    info.listed || !matches!(info.kind, Kind::Title(_) | Kind::Heading(_))
                }
            };
            if taken {
                return true;
            }
            self.plain_section = None;
        }
        let opens = match &info.kind {
            Kind::Title(t) if info.when.is_none() && !info.listed => section(t),
            _ => None,
        };
        if opens.is_some() {
            self.close();
            self.plain_section = opens;
        }
        opens.is_some()
    }

    /// Reads one line; `after_speakers` says whether the last line with content was a speaker
    /// line.
    fn read(&mut self, n: usize, info: LineInfo, after_speakers: bool, lex: &Lexicon) {
        match info.kind {
            Kind::Blank => {}
            Kind::Noise | Kind::Meta => {}
            Kind::Signature => self.in_signature = true,
            // A rule between records of labelled fields ends the record.
            Kind::Rule => {
                // a record of fields ends at a rule, and so does a title still waiting for
                // its speakers (a calendar's "Coffee hour" takes no people from below it)
                if self
                    .cur
                    .as_ref()
                    .is_some_and(|c| c.fields != 0 || c.title.is_some() && c.speakers.is_empty())
                {
                    self.close();
                }
            }
            Kind::When(when) => {
                self.pending_when = Some(when);
                self.when_line = n;
                self.pending_cancel = false;
                self.dated_after_people = self.cur.as_ref().is_some_and(|c| !c.speakers.is_empty());
            }
            Kind::Heading(title) => {
                self.close();
                let mut e = self.open(n);
                e.title = Some(title);
                e.from_heading = true;
                self.cur = Some(e);
            }
            // A labelled title ("Keynote: …") is a talk even with no speaker line.
            Kind::Title(title) if self.list_speakers.is_some() => self.listed_title(n, title),
            Kind::Title(title) if info.when.is_some() => self.timed_title(n, title, info.listed),
            // "Dr. Tanvi Oberoi-Fernandes (IIM Ahmedabad) presents joint work with …": a sentence
            // of the entry's description that starts with its speaker, not a title
            Kind::Title(title) if self.about_own_speaker(n, &title) => {
                let text = self.lines[n - 1].trim().to_owned();
                let _ = self.panel_in_record(n, &text, lex);
                self.prose(n, text);
            }
            Kind::Title(title) => self.title(n, title, info.listed || info.labelled),
            Kind::Institutions { affiliations, text } => {
                let bare: Vec<&mut Speaker> = match &mut self.cur {
                    Some(cur) if after_speakers => cur
                        .speakers
                        .iter_mut()
                        .filter(|s| s.affiliations.is_empty())
                        .collect(),
                    _ => Vec::new(),
                };
                if bare.is_empty() {
                    self.title(n, text, info.listed);
                } else {
                    // "Professor, Department of Geology, University of Kansas": the department
                    // is a unit of the university
                    let affiliations = super::speaker::fold_institutes(
                        super::speaker::fold_units(affiliations),
                        &text,
                        lex,
                    );
                    for speaker in bare {
                        speaker.affiliations = affiliations.clone();
                    }
                    self.after_speakers = true;
                }
            }
            Kind::Speakers { speakers, .. } => self.speakers(n, speakers),
            Kind::Prose(text) => {
                let _ = self.panel_in_record(n, &text, lex);
                self.prose(n, text);
            }
            Kind::LongProse => {
                let text = self.lines.get(n - 1).map_or("", |l| l.trim()).to_owned();
                let _ = self.panel_in_record(n, &text, lex);
                self.prose(n, text);
            }
            // "An Open Access Week event. Panelists: A (X) and B (Y).": in a record whose
            // speaker field names a team, a sentence of the description, not a talk
            Kind::Combined { .. } if self.panel_in_record(n, self.lines[n - 1].trim(), lex) => {}
            Kind::Combined { title, speakers } => {
                // "Second part of the mini-course, given by A (X) and B (Y).": a description's
                // sentence about the people the entry already names
                let sentence = self
                    .lines
                    .get(n - 1)
                    .is_some_and(|l| l.trim_end().ends_with('.'));
                if sentence && self.restated(n, &with_line(speakers.clone(), n)) {
                    return;
                }
                self.close();
                let mut e = self.open(n);
                e.title = Some(title);
                e.speakers = with_line(speakers, n);
                e.listed = info.listed;
                self.cur = Some(e);
            }
            Kind::Reports(reports) => {
                for (title, speakers) in reports {
                    self.close();
                    let mut e = self.open(n);
                    e.title = Some(title);
                    e.speakers = with_line(speakers, n);
                    // a sentence tells its talk whole, as a record's title and speaker fields
                    // would: the next block's fields ("Vorbitor: va fi anunțat" under the next
                    // date) open a record of their own
                    e.fields |= fields::TITLE | fields::SPEAKER;
                    self.cur = Some(e);
                }
            }
            Kind::Segment {
                stamp,
                title,
                speakers,
            } => {
                let segment = Segment {
                    line: n,
                    stamp,
                    title,
                    speakers: with_line(speakers, n),
                };
                match &mut self.cur {
                    Some(cur) if cur.title.is_some() => {
                        cur.segments.push(segment);
                        cur.last_line = n;
                    }
                    _ => {
                        self.close();
                        let mut e = self.open(n);
                        e.segments.push(segment);
                        self.cur = Some(e);
                    }
                }
            }
            Kind::Field(field, value) => self.field(n, field, value, lex),
        }
    }

    fn open(&mut self, n: usize) -> Entry {
        let mut e = Entry::open(n);
        e.when = self.pending_when.take();
        self.dated_after_people = false;
        e.cancelled = std::mem::take(&mut self.pending_cancel) || self.struck;
        e
    }

    fn title(&mut self, n: usize, title: String, listed: bool) {
        if let Some(cur) = &mut self.cur {
            let awaiting =
                cur.title.is_none() && !cur.speakers.is_empty() && cur.paragraphs.is_empty();
            if awaiting {
                cur.title = Some(title);
                cur.last_line = n;
                cur.listed |= listed;
                return;
            }
        }
        self.close();
        let mut e = self.open(n);
        e.title = Some(title);
        e.listed = listed;
        self.cur = Some(e);
    }

    /// A title with a clock time in front. Under a speaker line, a run of such titles are
    /// the speaker's talks, one per slot: "Jane Doe (MIT)" / "Thu 10:00 Lecture 1" / "Thu
    /// 13:30 Lecture 2".
    fn timed_title(&mut self, n: usize, title: String, listed: bool) {
        if let Some(cur) = &mut self.cur {
            let next_slot = cur.by_speaker
                && cur.timed_title
                && cur.paragraphs.is_empty()
                && cur.segments.is_empty()
                && cur.last_line + 1 == n;
            if next_slot {
                let speakers = cur.speakers.clone();
                self.close();
                let mut e = self.open(n);
                e.title = Some(title);
                e.speakers = speakers;
                e.by_speaker = true;
                e.timed_title = true;
                e.listed = listed;
                self.cur = Some(e);
                return;
            }
        }
        self.title(n, title, listed);
        if let Some(cur) = &mut self.cur {
            cur.timed_title = cur.by_speaker && cur.last_line == n;
        }
    }

    /// A title in a list under a line that introduced its speakers.
    fn listed_title(&mut self, n: usize, title: String) {
        let speakers = self.list_speakers.clone().unwrap_or_default();
        if let Some(cur) = &mut self.cur {
            if cur.title.is_none() && cur.by_speaker && cur.paragraphs.is_empty() {
                cur.title = Some(title);
                cur.last_line = n;
                return;
            }
        }
        self.close();
        let mut e = self.open(n);
        e.title = Some(title);
        e.speakers = speakers;
        self.cur = Some(e);
    }

    fn speakers(&mut self, n: usize, speakers: Vec<Speaker>) {
        let speakers = with_line(speakers, n);
        if self.restated(n, &speakers) {
            return;
        }
        // "With A (X), B (Y) and C (Z)" under a panel's title names that title's people,
        // whichever way the rest of the page runs
        let with = self.lines.get(n - 1).is_some_and(|l| {
            let l = l.trim_start().as_bytes();
            ["with ", "mit ", "avec ", "con ", "featuring "]
                .iter()
                .any(|w| l.len() >= w.len() && l[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
        });
        if let Some(cur) = &mut self.cur {
            // "00:07:35 Title" over "Prof. A (X)": a chapter's people on the line under it
            // (a caption track's cue, a programme's slot)
            if let Some(last) = cur.segments.last_mut() {
                if last.speakers.is_empty() && last.line + 1 == n {
                    last.speakers = speakers;
                    cur.last_line = n;
                    return;
                }
            }
            let fresh = cur.paragraphs.is_empty() && cur.segments.is_empty() && !cur.in_bio;
            // "Title / abstract / format · track / 09:30 - 10:30 · Room / Speaker": a
            // conference tool's session, one block without a blank line, its people last
            // (a second person right under the first: their taglines make them one line each)
            let block = !fresh
                && (cur.speakers.is_empty()
                    || cur.speakers.last().is_some_and(|s| s.line + 1 == n))
                && cur.segments.is_empty()
                && !cur.in_bio
                && !cur.by_speaker
                && self.orientation == Orientation::TitleFirst
                && (cur.first_line..n).all(|k| {
                    self.lines
                        .get(k.saturating_sub(1))
                        .is_some_and(|l| !l.trim().is_empty())
                });
            // (on a page that mostly puts speakers first, people under a title with no other
            // title after them in the block are that title's: "Title" / "Dr A and Dr B (both
            // X)" / "Recording available" between two dates)
            // (right under it, or past one short line: a card's "youtube.com")
            let near = cur.last_line + 1 == n
                || cur.last_line + 2 == n
                    && self
                        .lines
                        .get(n - 2)
                        .is_some_and(|l| l.split_whitespace().count() <= 2);
            let closing = cur.title.is_some()
                && near
                && cur.speakers.is_empty()
                && cur.segments.is_empty()
                && !self.title_ahead.get(n - 1).copied().unwrap_or(false)
                && (cur.first_line..n).all(|k| {
                    self.lines
                        .get(k.saturating_sub(1))
                        .is_some_and(|l| !l.trim().is_empty())
                });
            let joins = if cur.by_speaker {
                cur.title.is_none()
            } else {
                cur.title.is_some()
                    && (self.orientation == Orientation::TitleFirst
                        || with && cur.speakers.is_empty()
                        || closing)
            };
            if (fresh || block) && joins {
                cur.speakers.extend(speakers);
                cur.last_line = n;
                if cur.when.is_none() {
                    cur.when = self.pending_when.take();
                }
                return;
            }
        }
        self.close();
        let mut e = self.open(n);
        e.speakers = speakers;
        e.by_speaker = true;
        self.cur = Some(e);
    }

    /// Whether `speakers` only name again people of the open entry that it holds by name
    /// alone: a video card's line of creators ("A, B, C, D"), then its description
    /// ("Panellists: A (X), B, Role at Y, and C (Z). Moderated by D."). The description's
    /// reading replaces the names (the moderator named only among the creators goes), and a
    /// second bare naming adds nobody.
    fn restated(&mut self, n: usize, speakers: &[Speaker]) -> bool {
        let Some(cur) = &mut self.cur else {
            return false;
        };
        let bare = |list: &[Speaker]| list.iter().all(|s| s.affiliations.is_empty());
        // (in the same block, under a title: a name over the next title in a page that puts
        // speakers first starts that talk)
        let block = (cur.first_line..n).all(|k| {
            self.lines
                .get(k.saturating_sub(1))
                .is_some_and(|l| !l.trim().is_empty())
        });
        if cur.title.is_none() || cur.by_speaker || !block || cur.speakers.is_empty() {
            return false;
        }
        let key = |s: &Speaker| crate::resolve::fold(&s.name);
        let held: Vec<String> = cur.speakers.iter().map(key).collect();
        let again = !speakers.is_empty()
            && cur.segments.is_empty()
            && speakers.iter().all(|s| held.contains(&key(s)));
        if !again || !(bare(speakers) || bare(&cur.speakers)) {
            return false;
        }
        if bare(&cur.speakers) && !bare(speakers) {
            cur.speakers = speakers.to_vec();
        }
        cur.last_line = n;
        true
    }

    /// Whether the line `n` (read as `title`) is a sentence about the open entry's speaker: it
    /// ends with a full stop and starts with the speaker's name, maybe after a title, or names
    /// the speaker with brackets after the name.
    fn about_own_speaker(&self, n: usize, title: &str) -> bool {
        let Some(cur) = &self.cur else {
            return false;
        };
        let line = self.lines.get(n - 1).map_or("", |l| l.trim());
        if !line.ends_with('.') || cur.title.is_none() || title.split_whitespace().count() < 5 {
            return false;
        }
        let start = match line.split_once(' ') {
            Some((head, rest))
                if super::words::classes(head).has(super::words::Classes::HONORIFIC) =>
            {
                rest
            }
            _ => line,
        };
        // (or names one with brackets further on: "Guest co-instructor Karthikeyan S. (Senior
        // Economist, Flipkart) walks through …")
        let bracket = memchr::memchr(b'(', line.as_bytes()).is_some();
        cur.speakers.iter().any(|s| {
            s.name.contains(' ')
                && (start.starts_with(s.name.as_str())
                    || bracket && super::text::contains(line, &format!("{} (", s.name)))
        })
    }

    /// Reads the panellists a record's description names when its speaker field names a
    /// team: "Presenter: Scholarly Communication Team" / "… event. Panelists: A (X), B (Y) and
    /// C (Z). Moderated by D." — the panellists are the speakers, the moderator is not.
    fn panel_in_record(&mut self, n: usize, text: &str, lex: &Lexicon) -> bool {
        let Some(cur) = &mut self.cur else {
            return false;
        };
        let teamish = |s: &Speaker| {
            s.affiliations.is_empty()
                && s.name.rsplit(' ').next().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "team" | "staff" | "group" | "office" | "committee" | "librarians"
                    )
                })
        };
        if cur.fields & fields::SPEAKER == 0 || !cur.speakers.iter().all(teamish) {
            return false;
        }
        let Some((at, len)) = [". Panelists: ", ". Panellists: ", ". Speakers: "]
            .iter()
            .find_map(|m| super::text::find(text, m).map(|at| (at, m.len())))
        else {
            return false;
        };
        let people = &text[at + len..];
        let end = [
            ". Moderated",
            ". Moderator",
            "; moderated",
            ". Chaired",
            ". Chair:",
        ]
        .iter()
        .filter_map(|m| super::text::find(people, m))
        .min()
        .unwrap_or(people.len());
        let people = people[..end].trim_end_matches('.');
        if let Some(parsed) = super::speaker::parse_speakers(people, lex).filter(|p| {
            p.score >= 0.85
                && p.speakers.len() >= 2
                && p.speakers.iter().all(|s| !s.affiliations.is_empty())
        }) {
            cur.speakers = with_line(parsed.speakers, n);
            return true;
        }
        false
    }

    fn prose(&mut self, n: usize, text: String) {
        if super::line::mentions_cancellation(&text) {
            self.cancel_notes.push(text.clone());
        }
        if text.contains(" by ") || text.contains(" featur") {
            self.named_by.push(n);
        }
        if let Some(cur) = &mut self.cur {
            if !cur.in_bio && !cur.is_empty() {
                cur.paragraphs.push((n, text));
            }
            cur.last_line = n;
        }
    }

    /// Reads a labelled field. Records of labelled fields ("Speaker: …", "Title: …") have no
    /// fixed order: a field that the open entry already holds starts the next record, and so
    /// does a horizontal rule (see [`Kind::Rule`]).
    fn field(&mut self, n: usize, field: Field, value: String, lex: &Lexicon) {
        // "Speaker: X, Inst. Title: T. The video could not be recovered …": the fields of a
        // description written as sentences, each read as the field it names
        if field == Field::Speaker {
            if let Some((people, title)) = super::line::inline_title(&value) {
                let (people, title) = (people.to_owned(), title.to_owned());
                self.field(n, Field::Speaker, people, lex);
                self.field(n, Field::Title, title, lex);
                return;
            }
        }
        let placeholder = is_placeholder(&value);
        match field {
            Field::Title if placeholder => self.placeholder(n, fields::TITLE),
            Field::Speaker if placeholder => self.placeholder(n, fields::SPEAKER),
            Field::Title => {
                if value.is_empty() {
                    return;
                }
                let value = clean_title(&value);
                match &mut self.cur {
                    // a section heading ("== Autumn 2024 ==", or a plain "Autumn 2024" line
                    // over a record whose speaker came from a field) gives way to the
                    // record's own title
                    // (or over an event line that gave the series' name as a title and the
                    // people after it: "Colloquium – Joint talk: A (X) & B (Y)" / "Title: …")
                    Some(cur)
                        if (cur.title.is_none()
                            || cur.from_heading
                            || cur.fields & fields::SPEAKER != 0
                            || cur
                                .title
                                .as_deref()
                                .is_some_and(super::line::names_an_event))
                            && cur.paragraphs.is_empty()
                            && cur.fields & fields::TITLE == 0
                            // (a date line since then opens the next record: "Round table:
                            // T" / "Participants: …" / blank / date / "Title: …")
                            && !self.dated_after_people =>
                    {
                        cur.title = Some(value);
                        cur.in_bio = false;
                        cur.last_line = n;
                    }
                    _ => self.title(n, value, false),
                }
                if let Some(cur) = &mut self.cur {
                    cur.fields |= fields::TITLE;
                }
            }
            Field::Speaker => {
                let value = super::lang::halfwidth(&value);
                let speakers = match speaker_field(&value, lex) {
                    Some(speakers) => speakers,
                    None if !value.trim().is_empty() && value.len() < 120 => vec![Speaker {
                        name: super::lang::without_cjk_titles(clean(&value)).to_owned(),
                        ..Speaker::default()
                    }],
                    None => return,
                };
                let speakers = with_line(speakers, n);
                // (a record of fields that already has its speaker field is followed by the
                // next record's: only a description under a card's names restates them)
                let unfielded = self
                    .cur
                    .as_ref()
                    .is_some_and(|cur| cur.fields & fields::SPEAKER == 0);
                let affiliated = speakers.iter().any(|s| !s.affiliations.is_empty());
                if unfielded && affiliated && self.restated(n, &speakers) {
                    return;
                }
                match &mut self.cur {
                    // "00:00 Panel: …" / "Panellists: A (X), B (Y)": the people of the chapter
                    // just read
                    Some(cur)
                        if cur
                            .segments
                            .last()
                            .is_some_and(|s| s.speakers.is_empty() && !s.title.is_empty()) =>
                    {
                        if let Some(segment) = cur.segments.last_mut() {
                            segment.speakers = speakers;
                        }
                        cur.last_line = n;
                    }
                    Some(cur)
                        if cur.speakers.is_empty()
                            && !cur.in_bio
                            && cur.paragraphs.is_empty()
                            && cur.fields & fields::SPEAKER == 0 =>
                    {
                        cur.speakers = speakers;
                        cur.last_line = n;
                    }
                    // "Presented by A · X" / "Authors: A, B, C": the authors' list names the
                    // presenter among co-authors, who gave no talk
                    Some(cur)
                        if !cur.speakers.is_empty()
                            && cur.fields & fields::SPEAKER == 0
                            && {
                                let written = crate::resolve::fold(&value);
                                cur.speakers
                                    .iter()
                                    .all(|s| written.contains(&crate::resolve::fold(&s.name)))
                            }
                            && value.matches(',').count() + 1 > cur.speakers.len() =>
                    {
                        cur.last_line = n;
                    }
                    // one person per field on consecutive lines ("Creator: A" / "Creator: B")
                    Some(cur)
                        if cur.person_run_end + 1 == n && cur.field_affiliations.is_empty() =>
                    {
                        cur.speakers.extend(speakers);
                        cur.last_line = n;
                    }
                    _ => {
                        self.close();
                        let mut e = self.open(n);
                        e.speakers = speakers;
                        e.by_speaker = true;
                        self.cur = Some(e);
                    }
                }
                if let Some(cur) = &mut self.cur {
                    cur.fields |= fields::SPEAKER;
                    cur.person_run_end = n;
                    let waiting = std::mem::take(&mut cur.field_affiliations);
                    if !waiting.is_empty() {
                        assign_affiliations(&mut cur.speakers, waiting);
                    }
                }
            }
            Field::Abstract => {
                if let Some(cur) = &mut self.cur {
                    cur.in_bio = false;
                    if !value.is_empty() {
                        cur.paragraphs.push((n, value));
                    }
                    cur.last_line = n;
                }
            }
            Field::Bio => {
                if let Some(cur) = &mut self.cur {
                    cur.in_bio = true;
                    cur.last_line = n;
                }
            }
            Field::Affiliation => {
                let groups = field_affiliations(&value, lex);
                if groups.is_empty() {
                    return;
                }
                match &mut self.cur {
                    Some(cur) if !cur.speakers.is_empty() => {
                        assign_affiliations(&mut cur.speakers, groups);
                        if cur.person_run_end + 1 == n {
                            cur.person_run_end = n;
                        }
                    }
                    // the affiliation written before the speaker waits for them
                    Some(cur) => cur.field_affiliations = groups,
                    None => {
                        let mut e = self.open(n);
                        e.field_affiliations = groups;
                        self.cur = Some(e);
                    }
                }
            }
            Field::Role => {
                let role = clean(&value);
                let speaker = self.cur.as_mut().and_then(|c| c.speakers.last_mut());
                if let Some(speaker) = speaker.filter(|_| !role.is_empty()) {
                    for aff in speaker.affiliations.iter_mut().filter(|a| a.role.is_none()) {
                        aff.role = Some(role.to_owned());
                    }
                }
            }
            Field::When => {
                if value.is_empty() {
                    return;
                }
                match &mut self.cur {
                    Some(cur) if cur.when.is_none() && !cur.is_empty() => {
                        cur.when = Some(value);
                        cur.fields |= fields::WHEN;
                    }
                    _ => self.pending_when = Some(value),
                }
            }
            Field::Ignored => {
                if let Some(cur) = &mut self.cur {
                    cur.in_bio = false;
                }
            }
        }
    }

    /// A field that names nobody or nothing yet ("Speaker: TBA"): it holds its place in the
    /// record, so the record is not merged with the next one.
    fn placeholder(&mut self, n: usize, field: u8) {
        if self.cur.as_ref().is_none_or(|c| c.fields & field != 0) {
            self.close();
            let e = self.open(n);
            self.cur = Some(e);
        }
        if let Some(cur) = &mut self.cur {
            // a title field with no title yet under an event's own line ("Seminer 6" /
            // "Başlık: Başlık daha sonra duyurulacak"): a slot, no talk
            if field == fields::TITLE && cur.title.is_some() && cur.fields & fields::TITLE == 0 {
                cur.cancelled = true;
            }
            cur.fields |= field;
        }
    }

    fn close(&mut self) {
        let Some(mut entry) = self.cur.take() else {
            return;
        };
        if entry.is_empty() || entry.cancelled {
            return;
        }
        let heading_only = entry.speakers.is_empty()
            && entry.segments.is_empty()
            && entry.paragraphs.is_empty()
            && !entry.listed
            && entry.when.is_none();
        if heading_only {
            if self.layout.talks.is_empty() && self.layout.title.is_none() {
                self.layout.title = entry.title;
            } else if let Some(title) = entry.title {
                self.untold.push((entry.first_line, title));
            }
            return;
        }
        let Some(title) = entry.title.take() else {
            if entry.segments.is_empty() {
                self.layout.warnings.push(Warning {
                    line: entry.first_line,
                    message: "speaker line without a title; left out".into(),
                });
                return;
            }
            // Segments with no session heading: each is a talk of its own.
            let talks = self.segments(entry.segments);
            self.layout.talks.extend(talks);
            return;
        };
        // "Programme committee: A (X), B (Y)", "Keynote speakers (see programme): …": a
        // roster of people, not a talk
        if entry.segments.is_empty() && is_roster(&title) {
            return;
        }
        let abstract_text = join_paragraphs(entry.paragraphs);
        let segments = self.segments(entry.segments);
        // "Opening remarks — Jane Doe": the host of a welcome gives no talk
        let speakers = if is_housekeeping(&title) {
            Vec::new()
        } else {
            entry.speakers
        };
        let end_line = entry
            .last_line
            .max(segments.last().map_or(0, |s| s.end_line));
        self.layout.talks.push(Talk {
            title,
            speakers,
            abstract_text,
            when: entry.when,
            segments,
            line: entry.first_line,
            end_line,
            ..Talk::default()
        });
    }

    /// Turns a session's segments into talks, reading their offsets under the documented rule.
    fn segments(&mut self, segments: Vec<Segment>) -> Vec<Talk> {
        let stamps: Vec<&str> = segments.iter().map(|s| s.stamp.as_str()).collect();
        let (readings, ordered) = resolve_offsets(&stamps);
        if !ordered {
            if let Some(first) = segments.first() {
                self.layout.warnings.push(Warning {
                    line: first.line,
                    message: "the session's timestamps are out of order under every reading; each read on its own".into(),
                });
            }
        }
        segments
            .into_iter()
            .zip(readings)
            .map(|(s, reading)| {
                match reading {
                    Reading::Reinterpreted(secs) => self.layout.warnings.push(Warning {
                        line: s.line,
                        message: if ordered {
                            format!(
                                "timestamp {} read as MM:SS:FF ({secs} s) to keep the session in order",
                                s.stamp
                            )
                        } else {
                            format!(
                                "timestamp {} read as MM:SS:FF ({secs} s): it is no possible HH:MM:SS",
                                s.stamp
                            )
                        },
                    }),
                    Reading::Impossible => self.layout.warnings.push(Warning {
                        line: s.line,
                        message: format!(
                            "timestamp {} is not a possible offset; start_seconds left out",
                            s.stamp
                        ),
                    }),
                    Reading::AsWritten(_) => {}
                }
                // a host named on a welcome or closing segment gives no talk
                let speakers = if is_housekeeping(&s.title) {
                    Vec::new()
                } else {
                    s.speakers
                };
                Talk {
                    title: s.title,
                    speakers,
                    start_seconds: reading.seconds(),
                    start: Some(s.stamp),
                    line: s.line,
                    end_line: s.line,
                    ..Talk::default()
                }
            })
            .collect()
    }
}

/// Whether a title names only the running of an event — "Welcome and practical
/// information", "Closing remarks and best poster prize", "Lunch break" — so that a person
/// named with it hosts it rather than gives a talk. Every word must be of that kind:
/// "Closing the Gap in Sparse Recovery" is a talk.
pub(crate) fn is_housekeeping(title: &str) -> bool {
    // "Guided tour of the archive (limited places)", "Visita guiada al Archivo": a visit, led
    // by its guide, is no talk
    if title.len() > 9 {
        let head = title.get(..24).unwrap_or(title).to_lowercase();
        let outing = |o: &&str| {
            head.strip_prefix(*o)
                .is_some_and(|rest| o.ends_with(' ') || !rest.starts_with(char::is_alphabetic))
        };
        if OUTINGS.iter().any(outing) {
            return true;
        }
    }
    // most titles start with a word no welcome or break starts with
    let first = title.split_whitespace().next().map_or("", |w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
    });
    if !super::words::with_lowercase(first, |w| {
        HOUSEKEEPING.contains(&w) || super::lang::HOUSEKEEPING.contains(&w)
    }) {
        return false;
    }
    // "Introduction by the session chair", "Welcome from the organisers": who gives it does
    // not make it a talk
    let lower = title.to_ascii_lowercase();
    // ("Best paper award: announced by X": what comes after the colon says how)
    let head = [
        " by ",
        " from ",
        ": ",
        " a càrrec de ",
        " a cargo de ",
        " ved ",
    ]
    .iter()
    .filter_map(|sep| lower.find(sep))
    .min()
    .map_or(title, |at| &title[..at]);
    housekeeping_words(head)
}

/// How titles of visits and excursions start.
const OUTINGS: &[&str] = &[
    "guided tour",
    "guided visit",
    "site visit",
    "lab tour",
    "campus tour",
    "field trip",
    "excursion",
    "visita guiada",
    "visite guidée",
    "excursión",
    "führung durch",
    "visita al ",
    "visite du ",
];

/// Words of titles that are no talks: welcomes, breaks, remarks.
const HOUSEKEEPING: &[&str] = &[
    "welcome",
    "welcoming",
    // "Acknowledgement of Country and welcome", as Australian events open
    "acknowledgement",
    "acknowledgment",
    "country",
    // "Welcome and land acknowledgment"
    "land",
    "to",
    // "Opening of the summer school"
    "summer",
    "winter",
    "school",
    "new",
    // a test of the room's recording: "Test recording – please ignore", "Audio check"
    "test",
    "recording",
    "please",
    "ignore",
    "audio",
    "mic",
    "check",
    "opening",
    "closing",
    "remarks",
    "words",
    "address",
    "and",
    "&",
    "of",
    "the",
    "day",
    "practical",
    "information",
    "logistics",
    "announcements",
    "introduction",
    "intro",
    "introductions",
    // the term a welcome opens: "Spring term opening remarks"
    "term",
    "semester",
    "autumn",
    "spring",
    "season",
    "lunch",
    "coffee",
    "break",
    "breaks",
    "tea",
    "dinner",
    "reception",
    "poster",
    "posters",
    "session",
    "prize",
    "prizes",
    "award",
    "awards",
    "paper",
    "best",
    "ceremony",
    "registration",
    "wrap-up",
    "wrap",
    "up",
    "farewell",
    // "Official opening of the 2024/2025 seminar series – Dean's address"
    "official",
    "seminar",
    "series",
    "dean",
    "dean's",
    "q&a",
    "recap",
    "housekeeping",
    "group",
    "photo",
    "end",
    "stream",
    "starts",
];

/// Whether every word of `title` is a word of housekeeping ("Welcome and practical
/// information").
fn housekeeping_words(title: &str) -> bool {
    let mut any = false;
    for w in title.split_whitespace() {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
            .to_lowercase();
        // ("Welcome to the spring semester 2025": the year the term is in; "Opening (09:30)",
        // "Closing remarks (16:45)": the time it starts)
        let clock = w.bytes().any(|b| b.is_ascii_digit())
            && w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.'))
            && w.contains([':', '.']);
        // ("the 2024/2025 seminar series", "2024-25": an academic year)
        let academic = w.len() >= 7
            && w.starts_with("20")
            && w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-'))
            && w.contains(['/', '-']);
        if w.is_empty()
            || clock
            || academic
            || w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        if !HOUSEKEEPING.contains(&w.as_str()) && !super::lang::HOUSEKEEPING.contains(&w.as_str()) {
            return false;
        }
        any = true;
    }
    any
}

/// Whether a title names a list of people rather than a talk: a people section
/// ([`is_people_section`]) or a roster of speakers or chairs, maybe with a note in parentheses
/// or after a colon ("Keynote speakers (invited, see Programme)").
fn is_roster(title: &str) -> bool {
    const ROSTERS: &[&str] = &[
        "keynote speakers",
        "plenary speakers",
        "invited speakers",
        "confirmed speakers",
        "session chairs",
        "program chairs",
        "programme chairs",
        "general chairs",
        "scientific committee",
        "local organizers",
        "local organisers",
        "advisory board",
        "reviewers",
        "committee members",
    ];
    let head = title.split(['(', ':', '[']).next().unwrap_or(title);
    if folds_longer_than(head, ROSTERS) {
        return is_people_section(head);
    }
    let key = crate::resolve::fold(head);
    is_people_section(head) || ROSTERS.contains(&key.as_str())
}

/// A cheap refusal before folding `text` to compare it with `names`: whether its folded form
/// is longer than all of them. Folding keeps every ASCII letter and digit, so counting those
/// gives a length the folded form has at least.
fn folds_longer_than(text: &str, names: &[&str]) -> bool {
    let longest = names.iter().map(|n| n.len()).max().unwrap_or(0);
    text.bytes().filter(u8::is_ascii_alphanumeric).count() > longest
}

/// A plain line over the people to contact: "Contacts", "Kontaktpersoner".
fn is_contacts(line: &str) -> bool {
    const CONTACTS: &[&str] = &[
        "contact",
        "contacts",
        "contact person",
        "contact persons",
        "contact people",
        "kontakt",
        "kontaktperson",
        "kontaktpersoner",
        "kontaktpersonen",
        "ansprechpartner",
    ];
    let line = line.trim().trim_end_matches(':');
    line.len() <= 16 && CONTACTS.iter().any(|c| line.eq_ignore_ascii_case(c))
}

/// A plain line over a list of who does the chores: "Chair / snacks rota", "Duty roster".
fn is_chores(title: &str) -> bool {
    // (two words at least: "Roster" alone is a learning platform's menu item)
    if !title.trim().contains(' ') {
        return false;
    }
    let last = title.trim_end().rsplit(' ').next().unwrap_or("");
    ["rota", "roster"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

fn is_people_section(title: &str) -> bool {
    const SECTIONS: &[&str] = &[
        "organizers",
        "organisers",
        "organizing committee",
        "organising committee",
        "program committee",
        "programme committee",
        "committee",
        "sponsors",
        "contact",
        "contacts",
        "contact person",
        "contact persons",
        "contact people",
        // German, Norwegian, Danish and Swedish: "Kontaktpersoner" over two names at a page's end
        "kontakt",
        "kontaktperson",
        "kontaktpersoner",
        "kontaktpersonen",
        "ansprechpartner",
        "about",
        "about us",
        "acknowledgements",
        "acknowledgments",
        "people",
        "team",
        "invited speakers",
        "speakers",
        "past events",
        "links",
        "resources",
        "references",
        "suggested papers",
        "further reading",
        "venue",
        "location",
        "registration",
        "news",
        "faq",
        "participants",
        "attendees",
        "steering committee",
        // a newsletter's letter from its director or editor, signed with a name and a role
        "directors note",
        "editors note",
        "from the director",
        "a note from the director",
        "a word from the director",
    ];
    // "Chair / snacks rota", "Duty roster": who does the chores, not who speaks
    if is_chores(title) {
        return true;
    }
    if folds_longer_than(title, SECTIONS) {
        return false;
    }
    let key = crate::resolve::fold(title);
    SECTIONS.contains(&key.as_str())
}

/// Whether the two lines with text after line `n` are parts of a series ("(Lecture 1/3)"),
/// so that people named on line `n` give all of them.
fn parts_follow(lines: &[&str], n: usize) -> bool {
    let mut next = lines
        .iter()
        .skip(n)
        .filter(|l| !l.trim().is_empty())
        .take(2)
        .filter(|l| l.len() < 300 && may_mark_a_part(l) && super::series::part_marker(l).is_some());
    next.next().is_some() && next.next().is_some()
}

/// A cheap test before [`super::series::part_marker`]: a marker has a number in brackets
/// or one of its words.
fn may_mark_a_part(line: &str) -> bool {
    memchr::memchr2(b'(', b'[', line.as_bytes()).is_some()
        || ["art", "ecture", "odule", "ession"]
            .iter()
            .any(|w| line.contains(w))
}

fn with_line(mut speakers: Vec<Speaker>, n: usize) -> Vec<Speaker> {
    for s in &mut speakers {
        s.line = n;
    }
    speakers
}

/// Joins abstract lines: lines that each hold a paragraph are joined with blank lines; short
/// lines of a hard-wrapped paragraph (consecutive line numbers) are joined with spaces.
fn join_paragraphs(mut paragraphs: Vec<(usize, String)>) -> Option<String> {
    if paragraphs.len() == 1 {
        return paragraphs.pop().map(|(_, p)| p);
    }
    let (first, rest) = paragraphs.split_first()?;
    let wrapped = paragraphs.iter().all(|(_, p)| p.len() <= 100) && paragraphs.len() > 1;
    // room for every paragraph and a blank line between two: one allocation
    let room = paragraphs.iter().map(|(_, p)| p.len() + 2).sum();
    let mut out = String::with_capacity(room);
    out.push_str(first.1.trim());
    let mut prev = first.0;
    for (n, p) in rest {
        let sep = if wrapped && *n == prev + 1 {
            " "
        } else {
            "\n\n"
        };
        out.push_str(sep);
        out.push_str(p.trim());
        prev = *n;
    }
    Some(out)
}

/// Decides whether titles come before speakers, from which follows the other more often.
fn orientation(infos: &[LineInfo]) -> Orientation {
    let mut title_first = 0;
    let mut speaker_first = 0;
    let mut first_seen = None;
    let mut prev: Option<&Kind> = None;
    // A block (lines up to a blank one) with no adjacent pair still says which comes first
    // when its title and its speakers are apart: "Title / abstract / format · track / time ·
    // room / Speaker" (a conference tool's session).
    let mut block_first: Option<bool> = None; // Some(true): a title first
    let mut block_counted = false;
    let mut block_pair: Option<bool> = None;
    for info in infos {
        match &info.kind {
            Kind::Noise | Kind::Rule | Kind::Meta | Kind::Signature => continue,
            // Pairs count only when the two lines are adjacent: a blank line or a date between
            // them separates entries rather than joining them.
            Kind::Blank => {
                prev = None;
                if let (false, Some(pair)) = (block_counted, block_pair) {
                    if pair {
                        title_first += 1;
                    } else {
                        speaker_first += 1;
                    }
                }
                block_first = None;
                block_counted = false;
                block_pair = None;
            }
            Kind::When(_) => prev = None,
            kind => {
                match (prev, kind) {
                    (Some(Kind::Title(_) | Kind::Heading(_)), Kind::Speakers { .. }) => {
                        title_first += 1;
                        block_counted = true;
                        first_seen.get_or_insert(Orientation::TitleFirst);
                    }
                    (Some(Kind::Speakers { .. }), Kind::Title(_)) => {
                        speaker_first += 1;
                        block_counted = true;
                        first_seen.get_or_insert(Orientation::SpeakerFirst);
                    }
                    _ => {}
                }
                match (block_first, kind) {
                    (None, Kind::Title(_)) => block_first = Some(true),
                    (None, Kind::Speakers { .. }) => block_first = Some(false),
                    (Some(true), Kind::Speakers { .. }) | (Some(false), Kind::Title(_)) => {
                        block_pair.get_or_insert(block_first == Some(true));
                    }
                    _ => {}
                }
                prev = Some(kind);
            }
        }
    }
    match title_first.cmp(&speaker_first) {
        std::cmp::Ordering::Greater => Orientation::TitleFirst,
        std::cmp::Ordering::Less => Orientation::SpeakerFirst,
        std::cmp::Ordering::Equal => first_seen.unwrap_or(Orientation::TitleFirst),
    }
}

/// Whether a line is left out when looking for a line's neighbours.
fn between(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Blank | Kind::Noise | Kind::Rule | Kind::Meta | Kind::Signature | Kind::When(_)
    )
}

/// A video's description: the lines after a video's title and its metadata line
/// ("3.1K views · 14 Nov 2024") up to its chapter list, another video or a talk, are text about
/// the video, not titles. A line followed by a metadata line, a speaker line or a labelled
/// field is the next entry's title and ends the description.
fn describe_videos(infos: &mut [LineInfo]) {
    if !infos.iter().any(|i| i.kind == Kind::Meta) {
        return;
    }
    let content: Vec<usize> = (0..infos.len())
        .filter(|&i| {
            !matches!(
                infos[i].kind,
                Kind::Blank | Kind::Noise | Kind::Rule | Kind::When(_)
            )
        })
        .collect();
    for (w, &at) in content.iter().enumerate() {
        if infos[at].kind != Kind::Meta {
            continue;
        }
        let titled = w.checked_sub(1).is_some_and(|p| {
            matches!(
                infos[content[p]].kind,
                Kind::Title(_) | Kind::Combined { .. }
            )
        });
        if !titled {
            continue;
        }
        for (v, &line) in content.iter().enumerate().skip(w + 1) {
            let next = content.get(v + 1).map(|&n| &infos[n].kind);
            let opens_entry = matches!(
                next,
                Some(
                    Kind::Meta
                        | Kind::Speakers { .. }
                        | Kind::Field(Field::Title | Field::Speaker, _)
                )
            );
            let text = match &infos[line].kind {
                Kind::Title(t) if !opens_entry => t.clone(),
                Kind::Prose(_) | Kind::LongProse if !opens_entry => continue,
                _ => break,
            };
            infos[line].kind = Kind::Prose(text);
        }
    }
}

/// Corrects readings that the neighbouring lines contradict.
fn repair(infos: &mut [LineInfo], lines: &[&str], orientation: Orientation) {
    describe_videos(infos);
    let content: Vec<usize> = infos
        .iter()
        .enumerate()
        .filter(|(_, i)| !between(&i.kind))
        .map(|(n, _)| n)
        .collect();
    for w in 0..content.len() {
        let at = content[w];
        let prev = w.checked_sub(1).map(|p| &infos[content[p]].kind);
        let next = content.get(w + 1).map(|&n| &infos[n].kind);
        let retitle = match (&infos[at].kind, orientation) {
            // A short sentence-case title read as prose, right before its speakers.
            (Kind::Prose(text), Orientation::TitleFirst) => {
                short(text)
                    && matches!(next, Some(Kind::Speakers { .. }))
                    && !matches!(prev, Some(Kind::Title(_) | Kind::Heading(_)))
            }
            // The same after the speakers in a speaker-first layout.
            (Kind::Prose(text), Orientation::SpeakerFirst) => {
                short(text) && matches!(prev, Some(Kind::Speakers { .. }))
            }
            // A title that looks like a name ("Monte Carlo Methods"), followed by the real
            // speaker line: in a title-first layout, a lone name with no affiliation right
            // after prose or at the start is a title when a speaker line follows.
            (Kind::Speakers { speakers, score }, Orientation::TitleFirst) => {
                *score < 0.8
                    && speakers.len() == 1
                    && speakers[0].affiliations.is_empty()
                    && matches!(next, Some(Kind::Speakers { .. }))
                    && !matches!(prev, Some(Kind::Title(_) | Kind::Heading(_)))
            }
            // "Multi-Robot Benchmarks: Lessons from Field Trials" read as "Name: Title" right
            // after a speaker line with affiliations, in a speaker-first layout: the whole line
            // is the title of those speakers
            (Kind::Combined { speakers, .. }, Orientation::SpeakerFirst) => {
                let bare = |s: &[Speaker]| s.iter().all(|p| p.affiliations.is_empty());
                let plain = !infos[at].listed && infos[at].when.is_none();
                plain
                    && bare(speakers)
                    && matches!(prev, Some(Kind::Speakers { speakers, .. }) if !bare(speakers))
            }
            _ => false,
        };
        if retitle {
            let title = match &infos[at].kind {
                Kind::Prose(t) => clean(t).to_owned(),
                Kind::Speakers { speakers, .. } => speakers[0].name.clone(),
                Kind::Combined { .. } => clean_title(lines.get(at).map_or("", |l| l.trim())),
                _ => continue,
            };
            infos[at].kind = Kind::Title(title);
        }
    }
}

fn short(text: &str) -> bool {
    let n = text.split_whitespace().count();
    n <= 30 && text.len() <= 250 && !text.trim_end().ends_with('.')
}

/// The people a speaker field names: "Prof. Katrin Vogel (GFZ). Recording, 55 min." (the first
/// sentence, when it reads as people), a library catalogue's "Surname, Given, 1971-", or CJK
/// names with their titles.
pub(crate) fn speaker_field(value: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let first = super::line::first_sentence(value);
    (first.len() < value.len())
        .then(|| parse_speakers(first, lex))
        .flatten()
        .filter(|p| p.score >= 0.7)
        .or_else(|| parse_speakers(value, lex))
        .map(|p| p.speakers)
        .or_else(|| super::table::inverted_names(value, lex))
        .or_else(|| super::speaker::cjk_speakers(value, lex))
        .or_else(|| super::speaker::caseless_speakers(value, lex))
        // "prof. Ballarini-Kofi e ing. Onofri-Lindqvist": family names, completed later from
        // the document (see `surnames`)
        .or_else(|| super::surnames::surname_list(value, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::{flat, Flat};

    /// Every talk extracted from `text`.
    fn talks(text: &str) -> Vec<Flat> {
        let doc = crate::extract::extract_text("t.txt", text);
        flat(doc.talks)
    }

    /// The talks extracted from `text` that name a speaker.
    fn speaking(text: &str) -> Vec<Flat> {
        talks(text)
            .into_iter()
            .filter(|(_, people)| !people.is_empty())
            .collect()
    }

    /// A talk's title, series, part and people (names with their institutions' names).
    type Parted<'a> = (
        &'a str,
        Option<&'a str>,
        Option<u32>,
        Vec<(&'a str, Vec<&'a str>)>,
    );

    /// The talks that name a speaker, with their series and part.
    fn parted(talks: &[crate::model::Talk]) -> Vec<Parted<'_>> {
        talks
            .iter()
            .filter(|t| !t.speakers.is_empty())
            .map(|t| {
                let people = t
                    .speakers
                    .iter()
                    .map(|s| {
                        let affs = s.affiliations.iter().map(|a| a.name.as_str()).collect();
                        (s.name.as_str(), affs)
                    })
                    .collect();
                (t.title.as_str(), t.series.as_deref(), t.part, people)
            })
            .collect()
    }

    /// Each talk's title and its speakers' names, without their institutions.
    fn titles_and_names(got: &[Flat]) -> Vec<(&str, Vec<&str>)> {
        got.iter()
            .map(|(t, p)| (t.as_str(), p.iter().map(|(n, _)| n.as_str()).collect()))
            .collect()
    }

    fn one(title: &str, speakers: &[(&str, &[&str])]) -> Flat {
        let speakers = speakers
            .iter()
            .map(|(n, a)| (n.to_string(), a.iter().map(|s| s.to_string()).collect()))
            .collect();
        (title.to_owned(), speakers)
    }

    #[test]
    fn a_lab_page_with_cities_centres_online_venues_and_guests_in_descriptions() {
        let text = "Seminars\n\n\
                    Menu prices and commission caps\n\
                    Arundhati Pereira (Shailesh J. Mehta School of Management, IIT Bombay)\n\n\
                    Repayment of first loans\n\
                    Rukhsana Thorat (XLRI – Xavier School of Management, Jamshedpur)\n\n\
                    The two-by-two case\n\
                    K. S. Rao (Indian Statistical Institute, Bangalore Centre)\n\n\
                    Staggered adoption\n\
                    K. S. Rao, Karthikeyan S.\n\
                    Mar 28, 2025 3:00 PM\n\
                    Online (Zoom)\n\
                    Guest co-instructor Karthikeyan S. (Senior Economist, Flipkart) walks through the pitfalls.\n\n\
                    Graph rewriting\n\
                    Marie Abernathy, Tomasz Wielgosz\n\
                    Marie Abernathy presents joint work with Tomasz Wielgosz (University of Vienna), who could not travel.\n";
        let got = speaking(text);
        assert_eq!(
            got[..3],
            [
                // (a named school of an institute of technology is its unit)
                one(
                    "Menu prices and commission caps",
                    &[("Arundhati Pereira", &["IIT Bombay"])]
                ),
                // (a city, and a centre in a city, stay with their institution)
                one(
                    "Repayment of first loans",
                    &[(
                        "Rukhsana Thorat",
                        &["XLRI – Xavier School of Management, Jamshedpur"]
                    )]
                ),
                one(
                    "The two-by-two case",
                    &[(
                        "K. S. Rao",
                        &["Indian Statistical Institute, Bangalore Centre"]
                    )]
                ),
            ]
        );
        // ("Online (Zoom)" under the date is where, not a title; a guest's brackets further on
        // in the description give the guest's institution)
        assert_eq!(got[3].0, "Staggered adoption");
        assert_eq!(
            got[3].1[1],
            ("Karthikeyan S.".to_owned(), vec!["Flipkart".to_owned()])
        );
        // (but not a co-author's brackets after "joint work with")
        assert_eq!(got[4].0, "Graph rewriting");
        assert!(
            got[4].1.iter().all(|(_, affs)| affs.is_empty()),
            "{:?}",
            got[4]
        );
        assert_eq!(got.len(), 5, "{got:?}");
    }

    #[test]
    fn a_newsletter_with_a_directors_note_podcast_episodes_and_a_footer() {
        let text = "View this email in your browser\n\n\
                    ACHUD Bulletin · Winter 2025 (June)\n\n\
                    Director's note\n\
                    Welcome to the winter Bulletin. It has been a busy autumn of public talks.\n\
                    Professor Wendy Okoli-Barrington, Director\n\n\
                    Catch up on recordings\n\
                    ▸ Build-to-rent in Australian cities — Dr Ingrid Pelletier-Nash (The University of Sydney) · Watch (51 min)\n\n\
                    ACHUD Conversations\n\
                    Our podcast is back for a third season.\n\
                    Episode 14: Housing first, ten years on — with Dr Mei-Lin Cheong-Harvey (Australian Housing and Urban Research Institute (AHURI)). Presented by Lucy Ambrose.\n\
                    Listen on Spotify · Apple Podcasts · YouTube (38 min)\n\
                    Episode 13: Can timber mid-rises fix supply? — with Dhruv Anand (Aurecon). Presented by Lucy Ambrose.\n\
                    Listen on Spotify · Apple Podcasts · YouTube (42 min)\n\n\
                    Forward to a friend\n\n\
                    Intuit Mailchimp\n";
        assert_eq!(
            speaking(text),
            [
                one(
                    "Build-to-rent in Australian cities",
                    &[("Ingrid Pelletier-Nash", &["The University of Sydney"])]
                ),
                // (the presenter's credit is no speaker; a country's adjective starts no name)
                one(
                    "Housing first, ten years on",
                    &[(
                        "Mei-Lin Cheong-Harvey",
                        &["Australian Housing and Urban Research Institute (AHURI)"]
                    )]
                ),
                one(
                    "Can timber mid-rises fix supply?",
                    &[("Dhruv Anand", &["Aurecon"])]
                ),
            ]
        );
    }

    #[test]
    fn a_table_whose_cells_run_over_several_lines() {
        let text = "Faculty Seminar Series\n\n\
                    S/No.\tDate\tPresenter\tTopic\tVideo\n\
                    4\t10th April 2025\tDr. Grace W. Nyambura\n\
                    Lecturer, Department of Crops, Horticulture and Soils\tAflatoxin in stored maize\tWatch (41 min)\n\
                    3\t3rd April 2025\tProf. Joseph K. Kiprotich, EBS\n\
                    Department of Soil Science\n\
                    Dr. Amina Said Mohamed\n\
                    Scientist, World Agroforestry (ICRAF)\tSoil carbon for smallholders: verification (Part 2)\tWatch (1 hr 2 min)\n\
                    2\t27th March 2025\tProf. Joseph K. Kiprotich, EBS\n\
                    Department of Soil Science\tSoil carbon for smallholders: field sampling (Part 1)\tWatch (57 min)\n\
                    1\t20th March 2025\tDr. Evans K. Chepkwony\n\
                    Department of Soil Science\tPOSTPONED: Fall armyworm management\tSeminar postponed (strike)\n\
                    0\t13th March 2025\tMs. Mercy Wambui Gitau\n\
                    MSc student, Department of Soil Science\n\
                    Co-authors (not presenting): Dr. Stephen Ndung'u, Prof. Rose Owino\tMobile money and dairy farmers\tWatch (35 min)\n\n\
                    Related Links\n\
                    Faculty Research and Extension Committee\n\
                    Postgraduate Seminar Guidelines (PDF)\n\
                    Tatton Agriculture Park\n";
        let got = talks(text);
        let soil = "Department of Soil Science";
        assert_eq!(
            speaking(text),
            [
                // (the subjects of a department's name, "and" included)
                one(
                    "Aflatoxin in stored maize",
                    &[(
                        "Grace W. Nyambura",
                        &["Department of Crops, Horticulture and Soils"]
                    )]
                ),
                // (a cell of four lines is two people; an honour after a name is no
                // institution; an acronym of an older name stays with the name)
                one(
                    "verification",
                    &[
                        ("Joseph K. Kiprotich", &[soil]),
                        ("Amina Said Mohamed", &["World Agroforestry"])
                    ]
                ),
                one("field sampling", &[("Joseph K. Kiprotich", &[soil])]),
                // (co-authors after a full stop are cut off; a postponed row is no talk)
                one(
                    "Mobile money and dairy farmers",
                    &[("Mercy Wambui Gitau", &[soil])]
                ),
            ]
        );
        // (the related links are no talks)
        assert!(
            got.iter()
                .all(|(t, _)| !t.contains("Guidelines") && !t.contains("armyworm")),
            "{got:?}"
        );
    }

    #[test]
    fn a_course_content_module_of_guest_lectures() {
        let text = "Guest Lecture Recordings\n\n\
                    Week 1 – Course introduction and studio briefing\n\
                    Web Page\n\
                    Not recorded.\n\n\
                    Week 2 – Guest Lecture: Breathing buildings: natural ventilation in towers\n\
                    Video   52:14   Not Started\n\
                    Ar. Goh Wei Ling (Director, WOHA) on cross-ventilated towers and sky gardens.\n\n\
                    Week 3 – Guest Lecture: Timber in the tropics (Pt 1): mass timber and the code\n\
                    Video   48:37   Not Started\n\
                    Dr Ramesh s/o Krishnan, Deputy Director (Research), Building and Construction Authority, explains how timber gets approved.\n\n\
                    Week 9 – Guest Lecture (CANCELLED): Earth and bamboo in housing\n\
                    Web Page\n\
                    Ar. Budi Wibisono (Universitas Indonesia) could not travel.\n\n\
                    Week 10 – Replacement lecture: Tropical modernism revisited\n\
                    File   PDF document\n\
                    Assoc Prof Kavitha Ramanathan-Chew (National Heritage Board). Recording not available.\n\n\
                    Week 13 – Final reviews\n\
                    Web Page\n\
                    No lecture.\n\n\
                    Activity Details\n";
        let got = speaking(text);
        let names = titles_and_names(&got);
        // (an architect's and an engineer's titles and "Assoc Prof" are no part of a name;
        // "s/o" is; an item's kind, "Web Page", names nobody; a cancelled lecture is no talk)
        assert_eq!(
            names,
            [
                (
                    "Breathing buildings: natural ventilation in towers",
                    vec!["Goh Wei Ling"]
                ),
                ("mass timber and the code", vec!["Ramesh s/o Krishnan"]),
                (
                    "Replacement lecture: Tropical modernism revisited",
                    vec!["Kavitha Ramanathan-Chew"]
                ),
            ],
            "{got:?}"
        );
        // (a field in brackets after a position is part of the position)
        assert_eq!(got[1].1[0].1, ["Building and Construction Authority"]);
    }

    #[test]
    fn dated_lines_of_fields_set_apart_by_middle_dots() {
        let text = "Past colloquia\n\n\
                    Each entry: date · speaker · title · recording.\n\n\
                    Wed 26 March 2025 · Dr Tobias Wennerholm (Chalmers University of Technology) · Topological matter for experimentalists 2: edge states · ▶ Watch (1:02:45)\n\
                    Wed 19 March 2025 · Dr Tobias Wennerholm (Chalmers University of Technology) · Topological matter for experimentalists 1: band theory · ▶ Watch (55:30) — the first of two lectures; bring a pencil\n\
                    Wed 19 February 2025 · Flexible learning week – no colloquium\n\
                    Wed 12 February 2025 · Prof. R. S. Dhillon (Heriot-Watt University, Institute of Photonics and Quantum Sciences) · Single-photon lidar through fog · not recorded\n\
                    Wed 27 November 2024 · Dr Ishbel Rutherford CPhys MInstP, Research Fellow, Armagh Observatory and Planetarium · Space weather and the grid · ▶ Watch (49:51)\n";
        let chalmers: &[&str] = &["Chalmers University of Technology"];
        assert_eq!(
            speaking(text),
            [
                // (one digit before the colon numbers the parts of a series)
                one("edge states", &[("Tobias Wennerholm", chalmers)]),
                one("band theory", &[("Tobias Wennerholm", chalmers)]),
                // (an institute named for what it does after its university is its unit)
                one(
                    "Single-photon lidar through fog",
                    &[("R. S. Dhillon", &["Heriot-Watt University"])]
                ),
                // (a chartered physicist's letters are no part of the name)
                one(
                    "Space weather and the grid",
                    &[("Ishbel Rutherford", &["Armagh Observatory and Planetarium"])]
                ),
            ]
        );
    }

    #[test]
    fn fields_with_credentials_and_positions_under_the_presenters() {
        let text = "Past Grand Rounds\n\n\
                    Research Grand Rounds brings nurse scientists, clinicians and students together on alternate Tuesdays during the academic year, in Room 101 and on Zoom.\n\n\
                    Moral distress in critical care nursing, Part II: interventions that work\n\
                    Date: Tuesday, April 8, 2025\n\
                    Time: 12:00–1:00 p.m. CT\n\
                    Location: 101 CNB and Zoom\n\
                    Presenters: Kendra L. Vermeer-Galvan, DNP, APRN, ACNP-BC\n\
                    Acute Care Nurse Practitioner, University of Iowa Hospitals & Clinics\n\
                    Tomasz Wróblewski-Crane, PhD, RN\n\
                    Assistant Professor, Rush University College of Nursing\n\
                    Recording: Watch on YouTube (55:42)\n\n\
                    Moral distress in critical care nursing, Part I: measuring what nurses carry\n\
                    Date: Tuesday, March 25, 2025\n\
                    Time: 12:00–1:00 p.m. CT\n\
                    Location: 101 CNB and Zoom\n\
                    Presenter: Kendra L. Vermeer-Galvan, DNP, APRN, ACNP-BC\n\
                    Acute Care Nurse Practitioner, University of Iowa Hospitals & Clinics\n\
                    Co-investigators (not presenting): Paul Ebbesen, PhD; Ruth Ann Maki, MSN, RN\n\
                    Recording: Watch on YouTube (51:03)\n\n\
                    No Grand Rounds — spring break\n\
                    Date: Tuesday, March 18, 2025\n";
        let uihc: &[&str] = &["University of Iowa Hospitals & Clinics"];
        assert_eq!(
            speaking(text),
            [
                // (credentials beside a degree are dropped; the position line under a
                // presenter gives the presenter's institution)
                one(
                    "interventions that work",
                    &[
                        ("Kendra L. Vermeer-Galvan", uihc),
                        (
                            "Tomasz Wróblewski-Crane",
                            &["Rush University College of Nursing"]
                        )
                    ]
                ),
                // (a part's title stays a title; co-investigators are no speakers)
                one(
                    "measuring what nurses carry",
                    &[("Kendra L. Vermeer-Galvan", uihc)]
                ),
            ]
        );
    }

    #[test]
    fn numbered_seminar_blocks_with_discussants_chairs_and_a_note() {
        let text = "2024/2025 SESSION\n\n\
                    DEPARTMENTAL SEMINAR NO. 8\n\
                    Date: Wednesday, 2nd April, 2025\n\
                    Topic: \"Ethnophilosophy after its critics\"\n\
                    Presenter: Prof. Emeka C. Onwuzulike-Ilori, FNAL (University of Nigeria, Nsukka)\n\
                    Discussant: Dr. Hauwa Sanusi-Garko (University of Ibadan)\n\
                    Chair: Prof. Chinedu Anyanwu-Ellis, Head of Department\n\
                    Recording: Watch on YouTube (1:24:05)\n\n\
                    DEPARTMENTAL SEMINAR NO. 6\n\
                    Date: Wednesday, 19th March, 2025\n\
                    Topic: \"Testimony, trust and the ethics of rumour\"\n\
                    Presenter: Dr. Olusegun Adesina-Pratt, Department of Philosophy, University of Lagos\n\
                    NOTE: This seminar did not hold owing to the industrial action by non-teaching staff.\n\n\
                    DEPARTMENTAL SEMINAR NO. 5\n\
                    Date: Wednesday, 12th March, 2025\n\
                    Topic: \"Symposium: Is there an African philosophy of law?\"\n\
                    Speakers: Prof. Ngozi Ekwueme-Lawal (University of Lagos); Associate Professor Jun-seo Baek (University of Auckland); Barr. Chiamaka Obi-Thornton, Partner, Aluko & Oyebode\n\
                    Recording: Watch on YouTube (1:30:00)\n";
        assert_eq!(
            speaking(text),
            [
                // (a fellow's letters after a comma are no institution; a discussant and a
                // chair are no speakers)
                one(
                    "Ethnophilosophy after its critics",
                    &[(
                        "Emeka C. Onwuzulike-Ilori",
                        &["University of Nigeria, Nsukka"]
                    )]
                ),
                // (a note that the seminar did not hold calls it off; a rank before
                // "Professor" and "Barr." are no part of a name; a firm of two names)
                one(
                    "Symposium: Is there an African philosophy of law?",
                    &[
                        ("Ngozi Ekwueme-Lawal", &["University of Lagos"]),
                        ("Jun-seo Baek", &["University of Auckland"]),
                        ("Chiamaka Obi-Thornton", &["Aluko & Oyebode"]),
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_guest_after_with_and_a_unit_after_a_dash() {
        let text = "Linguistics Seminar Series\n\n\
                    Reading the NZSL corpus: depicting signs\n\
                    Speakers: Dr Rosa Kettlewell, Deaf Studies Research Unit, Victoria University of Wellington, with Tama Ruawai, NZSL interpreter and researcher, Deaf Aotearoa\n\
                    Friday 23 May 2025, 3.10pm – 4.30pm · VZ 808 and Zoom\n\n\
                    Silence, pause and turn-taking in conversation\n\
                    Speaker: Dr Hemi Tawhai-Reynolds, Massey University – School of Maori Studies\n\
                    Friday 30 May 2025, 3.10pm – 4.30pm · VZ 808 and Zoom\n";
        let got = speaking(text);
        let names = titles_and_names(&got);
        assert_eq!(
            names,
            [
                (
                    "Reading the NZSL corpus: depicting signs",
                    vec!["Rosa Kettlewell", "Tama Ruawai"]
                ),
                (
                    "Silence, pause and turn-taking in conversation",
                    vec!["Hemi Tawhai-Reynolds"]
                ),
            ],
            "{got:?}"
        );
        assert_eq!(got[0].1[1].1, ["Deaf Aotearoa"]);
    }

    #[test]
    fn a_maltese_department_page() {
        let text = "Seminars tar-Riċerka: reġistrazzjonijiet\n\n\
                    L-Erbgħa, 30 ta' April 2025, 6.00 pm\n\
                    “Id-Dizzjunarju Storiku tal-Malti, it-tieni parti: kliem ta' nisel Sqalli”\n\
                    Jitkellmu: Prof. Ġorġ Xerri Vassallo, flimkien ma' Dr Benedetta Lo Presti-Kaiser (Universität Bremen)\n\
                    Jippresiedi: Prof. Emanuel Tabone Darmanin\n\
                    ▶ Ara r-reġistrazzjoni (YouTube, siegħa u 8 minuti)\n\n\
                    L-Erbgħa, 16 ta' April 2025, 6.00 pm\n\
                    “Id-Dizzjunarju Storiku tal-Malti, l-ewwel parti: is-sorsi tas-seklu sbatax”\n\
                    Jitkellem: Prof. Ġorġ Xerri Vassallo (Università ta' Malta)\n\
                    Jippresiedi: Prof. Emanuel Tabone Darmanin\n\
                    ▶ Ara r-reġistrazzjoni (YouTube, 59 minuta)\n\n\
                    L-Erbgħa, 11 ta' Diċembru 2024, 6.00 pm\n\
                    “Nittraduċi lil Ferrante bil-Malti: djarju ta' traduttriċi”\n\
                    Titkellem: Is-Sinjura Carmen Agius-Ebejer, kittieba u traduttriċi\n\
                    Tippresiedi: Dr Doriana Sciberras\n";
        let got = speaking(text);
        let names = titles_and_names(&got);
        // (the speakers' labels, "flimkien ma'" before a second speaker, "Is-Sinjura"; the
        // chair is no speaker; "it-tieni parti" is the second part)
        assert_eq!(
            names,
            [
                (
                    "kliem ta' nisel Sqalli",
                    vec!["Ġorġ Xerri Vassallo", "Benedetta Lo Presti-Kaiser"]
                ),
                ("is-sorsi tas-seklu sbatax", vec!["Ġorġ Xerri Vassallo"]),
                (
                    "Nittraduċi lil Ferrante bil-Malti: djarju ta' traduttriċi",
                    vec!["Carmen Agius-Ebejer"]
                ),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_table_titled_in_other_words_with_a_chair_column_and_a_panel_cell() {
        let text = "Departmental Seminar Series – Past Seminars\n\n\
                    The Department of Chemistry holds its seminar series on Wednesdays at 3.00 p.m. in the Chemistry Lecture Theatre.\n\n\
                    Seminars 2025 (January – May)\n\n\
                    No.\tDate\tPresenter\tTitle of the Seminar\tChaired by\tRecording\n\
                    1\t2025-01-15 (Wed)\tSnr. Prof. W. M. A. Priyanthi Wijesundara, FNAS, Department of Chemistry, University of Peradeniya\tIlmenite to titanium dioxide\tProf. N. D. Herath\tYouTube (52 min)\n\
                    8\t2025-03-12 (Wed)\tPanel: Prof. Chandima Attanayake (University of Peradeniya); Dr. Erandi Wijekoon (Rajarata University of Sri Lanka)\tPanel discussion: Agrochemicals and kidney disease\tProf. N. D. Herath\tYouTube (1 h 24 min)\n\
                    11\t2025-04-02 (Wed)\tDr. Ruwan Kodituwakku, CChem FRSC, Industrial Technology Institute (ITI), Colombo\tCinnamon bark oil adulteration\tProf. N. D. Herath\tYouTube (55 min)\n\n\
                    Seminars 1–12 of 2024 are in the full list (PDF, 210 KB).\n\
                    Related: Research Day 2024   Postgraduate Seminars\n\
                    Department of Chemistry, Faculty of Science, University of Peradeniya\n\
                    Last updated on: 2025-05-20\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // ("Title of the Seminar" is the title's column, "Chaired by" names no
                // speaker; "Snr. Prof." and "FNAS" are no part of a name or an institution)
                one(
                    "Ilmenite to titanium dioxide",
                    &[(
                        "W. M. A. Priyanthi Wijesundara",
                        &["University of Peradeniya"]
                    )]
                ),
                // ("Panel:" before the people of a cell)
                one(
                    "Panel discussion: Agrochemicals and kidney disease",
                    &[
                        ("Chandima Attanayake", &["University of Peradeniya"]),
                        ("Erandi Wijekoon", &["Rajarata University of Sri Lanka"])
                    ]
                ),
                // (fellowships after a comma, several to a piece; a city after the institution)
                one(
                    "Cinnamon bark oil adulteration",
                    &[(
                        "Ruwan Kodituwakku",
                        &["Industrial Technology Institute (ITI), Colombo"]
                    )]
                ),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn honours_engineers_hyphened_lectures_and_cities_of_more_countries() {
        let text = "Previous Seminars\n\n\
                    Bayesian methods for survey data (Lecture-2): small area estimation\n\
                    Dr. Hira Noreen Chaudhry, SI (Pakistan Institute of Development Economics, Islamabad)\n\n\
                    Bayesian methods for survey data (Lecture-1): priors you can defend\n\
                    Engr. Dr. Waqas Anjum Tarar (Aga Khan University, Karachi)\n\n\
                    From mento to dancehall\n\
                    Professor Emeritus Delroy Nembhard, OD (The University of the West Indies, Mona)\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (an award's letters after a comma; a city after the institution stays in
                // its name, the institution its label)
                one(
                    "small area estimation",
                    &[(
                        "Hira Noreen Chaudhry",
                        &["Pakistan Institute of Development Economics, Islamabad"]
                    )]
                ),
                one(
                    "priors you can defend",
                    &[("Waqas Anjum Tarar", &["Aga Khan University, Karachi"])]
                ),
                // (a campus of a university that has several)
                one(
                    "From mento to dancehall",
                    &[(
                        "Delroy Nembhard",
                        &["The University of the West Indies, Mona"]
                    )]
                ),
            ],
            "{got:?}"
        );
        let doc = crate::extract::extract_text("t.txt", text);
        let karachi = &doc.talks[1].speakers[0].affiliations[0];
        assert_eq!(karachi.label.as_deref(), Some("Aga Khan University"));
        assert_eq!(
            doc.talks[0].series.as_deref(),
            Some("Bayesian methods for survey data")
        );
    }

    #[test]
    fn a_ministry_of_several_subjects_a_title_in_brackets_and_cities_of_uganda() {
        let text = "Friday Seminars\n\n\
                    Rabies elimination by 2030\n\
                    Dr. Moses Kizito Wamala, Ministry of Agriculture, Animal Industry and Fisheries (MAAIF)\n\n\
                    Antimicrobial use in poultry farms\n\
                    NALWOGA Harriet (Dr.), Makerere University\n\n\
                    Lake Victoria fisheries\n\
                    Hon. Dr. Joel Wasswa (National Fisheries Resources Research Institute, Jinja)\n";
        assert_eq!(
            speaking(text),
            [
                // (what a ministry is "of" goes on after its commas, "and" included)
                one(
                    "Rabies elimination by 2030",
                    &[(
                        "Moses Kizito Wamala",
                        &["Ministry of Agriculture, Animal Industry and Fisheries"]
                    )]
                ),
                // (a title in brackets after the name names no institution)
                one(
                    "Antimicrobial use in poultry farms",
                    &[("Harriet Nalwoga", &["Makerere University"])]
                ),
                one(
                    "Lake Victoria fisheries",
                    &[(
                        "Joel Wasswa",
                        &["National Fisheries Resources Research Institute, Jinja"]
                    )]
                ),
            ]
        );
    }

    #[test]
    fn setswana_titles_and_a_video_length_after_a_title() {
        let text = "Symposium videos\n\n\
                    Delta hydrology masterclass (1/2): reading the flood pulse   (1:12:45)\n\
                    Prof. Onalenna Kgosietsile (University of Botswana)\n\n\
                    Elephants and arable farming in the eastern panhandle\n\
                    Mma Boitumelo Sebego (North West District Council) and Rra Thato Mogapi (SASSCAL, Windhoek)\n";
        assert_eq!(
            speaking(text),
            [
                // (the video's length after the title is no part of it)
                one(
                    "reading the flood pulse",
                    &[("Onalenna Kgosietsile", &["University of Botswana"])]
                ),
                // ("Mma" and "Rra" are Mrs and Mr)
                one(
                    "Elephants and arable farming in the eastern panhandle",
                    &[
                        ("Boitumelo Sebego", &["North West District Council"]),
                        ("Thato Mogapi", &["SASSCAL, Windhoek"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_speaker_first_block_is_called_off_by_its_badge_or_its_own_sentence() {
        let block = |badge: &str, note: &str| {
            format!(
                "Past Seminars\n\n\
                 Dr Ann Byrne\n\
                 Teagasc and University of Galway\n\
                 Farm succession and the gendered inheritance of land\n\
                 Wednesday 15 January 2025\n\n\
                 {badge}Professor Henrik Solbakken, Aarhus University\n\
                 Rural schools and the geography of closure\n\
                 Wednesday 26 March 2025\n{note}\n\
                 Dr Bo Kerr\n\
                 Bord na Móna and Trinity College Dublin\n\
                 Peatland rewetting and a just transition\n\
                 Wednesday 9 April 2025\n"
            )
        };
        let kept = [
            one(
                "Farm succession and the gendered inheritance of land",
                &[("Ann Byrne", &["Teagasc", "University of Galway"])],
            ),
            one(
                "Peatland rewetting and a just transition",
                &[("Bo Kerr", &["Bord na Móna", "Trinity College Dublin"])],
            ),
        ];
        // a badge line over the speaker, and a sentence in the block under its date
        assert_eq!(speaking(&block("CANCELLED\n", "")), kept);
        assert_eq!(
            speaking(&block(
                "",
                "This seminar was cancelled because of illness.\n"
            )),
            kept
        );
    }

    #[test]
    fn speaker_first_blocks_with_positions_under_the_names() {
        let text = "Past Colloquia\n\n\
                    Dr. Rosa Ventura-Lemos\n\
                    Professora, Instituto de Química, Universidade Federal do Ceará\n\
                    \"Crystals that breathe\"\n\
                    Friday, April 4, 2025\n\n\
                    Dr. Amos Kettleby\n\
                    Research Hydrologist, U.S. Geological Survey, and Adjunct Professor, Montana State University\n\
                    \"Snow drought in the northern Rockies\"\n\
                    Friday, March 21, 2025\n\n\
                    Dr. Lise Vautrin\n\
                    Professor, Department of Geology, University of Wyoming\n\
                    \"Faults that creep\"\n\
                    Friday, March 7, 2025\n";
        let doc = crate::extract::extract_text("t.txt", text);
        // (each talk's title with its first speaker's institutions and positions)
        type Positions = Vec<(String, Option<String>)>;
        let found: Vec<(String, Positions)> = doc
            .talks
            .iter()
            .map(|t| {
                let affs = t.speakers[0]
                    .affiliations
                    .iter()
                    .map(|a| (a.name.clone(), a.role.clone()))
                    .collect();
                (t.title.clone(), affs)
            })
            .collect();
        let pair = |n: &str, r: &str| (n.to_owned(), Some(r.to_owned()));
        assert_eq!(
            found,
            [
                // (an institute folds into its university, in Portuguese too)
                (
                    "Crystals that breathe".to_owned(),
                    vec![pair("Universidade Federal do Ceará", "Professora")]
                ),
                // (two positions, each with its institution)
                (
                    "Snow drought in the northern Rockies".to_owned(),
                    vec![
                        pair("U.S. Geological Survey", "Research Hydrologist"),
                        pair("Montana State University", "Adjunct Professor")
                    ]
                ),
                (
                    "Faults that creep".to_owned(),
                    vec![pair("University of Wyoming", "Professor")]
                ),
            ]
        );
    }

    #[test]
    fn a_course_s_parts_listed_under_it_and_a_video_s_title_over_its_player() {
        let text = "Speaker Series Recordings\n\n\
                    Spring 2025\n\
                    Network analysis for literary scholars: a two-part workshop with Dr. Oona Brightwell (Lehigh University)\n\
                    Part 1: Characters as nodes – recorded April 3, 2025 (55 min)\n\
                    Part 2: Plots as paths – April 10, 2025 (not recorded; slides only)\n\n\
                    Video: Archiving a city's murals\n\
                    [Embedded Panopto player]\n\
                    Idris Calloway-Venn, Pittsburgh Arts Council / University of Pittsburgh, Department of History. Recorded May 1, 2025.\n\
                    Having trouble with the player? Open the video in Panopto.\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let parts: Vec<(String, Option<String>, Option<u32>)> = doc
            .talks
            .iter()
            .map(|t| (t.title.clone(), t.series.clone(), t.part))
            .collect();
        let series = || Some("Network analysis for literary scholars".to_owned());
        assert_eq!(
            parts,
            [
                ("Characters as nodes".to_owned(), series(), Some(1)),
                ("Plots as paths".to_owned(), series(), Some(2)),
                ("Archiving a city's murals".to_owned(), None, None),
            ]
        );
        assert_eq!(
            flat(doc.talks),
            [
                one(
                    "Characters as nodes",
                    &[("Oona Brightwell", &["Lehigh University"])]
                ),
                one(
                    "Plots as paths",
                    &[("Oona Brightwell", &["Lehigh University"])]
                ),
                // (a department after its university is a unit of it)
                one(
                    "Archiving a city's murals",
                    &[(
                        "Idris Calloway-Venn",
                        &["Pittsburgh Arts Council", "University of Pittsburgh"]
                    )]
                ),
            ]
        );
    }

    #[test]
    fn a_year_table_with_positions_a_panel_cell_and_a_nickname() {
        let text = "2025\n\
                    Date\tPresenter\tTopic\tRecording\n\
                    6 May 2025\tThabo Nkosi-Venter, Biostatistician, The Aurum Institute\tCompeting risks in TB cohorts\tWatch (50 min)\n\
                    2 April 2025\tPanellists: Prof Pieter 'Piet' du Toit-Mahlaba (University of Pretoria); Dr Naledi Khoza, Health Economist, SAMRC. Chair: Prof Ruth Adams\tPanel: Who pays for primary care?\tWatch (1 h 10 min)\n\
                    5 March 2025\tDr Lebo Moagi (Wits) and Dr Sam Pillay (UKZN); chair: Ruth M. Adams\tVaccine hesitancy in clinics\tWatch (55 min)\n";
        assert_eq!(
            speaking(text),
            [
                // (a position after the name, not a given name after a family name)
                one(
                    "Competing risks in TB cohorts",
                    &[("Thabo Nkosi-Venter", &["The Aurum Institute"])]
                ),
                // (the chair after a full stop is no panellist; a nickname in single quotes)
                one(
                    "Panel: Who pays for primary care?",
                    &[
                        ("Pieter du Toit-Mahlaba", &["University of Pretoria"]),
                        ("Naledi Khoza", &["SAMRC"])
                    ]
                ),
                // (the chair after a semicolon, though her initial has a full stop after it)
                one(
                    "Vaccine hesitancy in clinics",
                    &[("Lebo Moagi", &["Wits"]), ("Sam Pillay", &["UKZN"])]
                ),
            ]
        );
    }

    #[test]
    fn a_description_gives_a_listed_name_its_institution() {
        let text = "Seminar talks\n\n\
                    Regression discontinuity in practice\n\
                    K. R. Subramanian\n\
                    Mar 14, 2025 3:00 PM — 5:00 PM\n\
                    Prof. K. R. Subramanian (Madras School of Economics) opens a two-part methods workshop for doctoral students.\n\
                    Slides   Code   Video\n\n\
                    Platform fees and small sellers\n\
                    Meera Joshi-Pinto\n\
                    Feb 28, 2025 3:00 PM — 4:15 PM\n\
                    Dr. Meera Joshi-Pinto (IIM Kozhikode) presents joint work with A. Rao.\n\
                    PDF   Video\n";
        assert_eq!(
            speaking(text),
            [
                one(
                    "Regression discontinuity in practice",
                    &[("K. R. Subramanian", &["Madras School of Economics"])]
                ),
                // (a sentence that starts with the entry's speaker is no title of its own)
                one(
                    "Platform fees and small sellers",
                    &[("Meera Joshi-Pinto", &["IIM Kozhikode"])]
                ),
            ]
        );
    }

    #[test]
    fn a_grid_of_speaker_cards() {
        let text = "Past Speakers\n\n\
                    Dr. Oksana Brill-Haney, P.Eng.\n\
                    Senior Engineer\n\
                    WSP · University of Alberta\n\
                    Frost heave under rail embankments\n\
                    May 8, 2025\n\
                    Watch talk →\n\n\
                    CANCELLED\n\
                    Dr. Tove Lindqvist\n\
                    Chalmers University of Technology\n\
                    Icing on wind turbine blades\n\
                    April 3, 2025\n\n\
                    Dr. Remi Caron-Dubé, ing.\n\
                    Chercheur principal\n\
                    Hydro-Québec\n\
                    River ice and dam safety\n\
                    March 6, 2025\n\
                    Watch talk →\n";
        assert_eq!(
            speaking(text),
            [
                one(
                    "Frost heave under rail embankments",
                    &[("Oksana Brill-Haney", &["WSP", "University of Alberta"])]
                ),
                one(
                    "River ice and dam safety",
                    &[("Remi Caron-Dubé", &["Hydro-Québec"])]
                ),
            ]
        );
    }

    #[test]
    fn webinar_cards_with_dates_between_bars_degrees_and_panelists() {
        let text = "Webinar archive\n\n\
                    WEBINAR\n\
                    Water fluoridation in small systems: a field guide\n\
                    Thursday, June 5, 2025 | Noon–1 p.m. CT | Online\n\
                    Presenter: Odile Brackett-Sune, MPH, RN, Ohio Department of Health and Human Services\n\
                    Watch recording (55:10)   Slides (PDF)\n\n\
                    [Photo of Dr. Piet Varga-Holm]\n\
                    Dr. Piet Varga-Holm\n\
                    Professor, Department of Soil Science, University of Manitoba\n\
                    \"Frozen ground and spring floods\"\n\
                    Friday, May 2, 2025 | 3:30 p.m. | Ellis Hall 210\n\
                    Watch recording\n\n\
                    SYMPOSIUM\n\
                    Prairie Health Day 2024 (full recording)\n\
                    Chapters:\n\
                    0:00 Welcome and land acknowledgment – Jo Ames, Director\n\
                    12:40 Panel: Who drives the patients? – panelists Ray Kolb (Manitoba Public Insurance) and Lia Strand, MSW (Klinic Community Health)\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let session = doc.talks.last().map(|t| flat(t.segments.clone()));
        assert_eq!(
            session,
            Some(vec![
                one("Welcome and land acknowledgment", &[]),
                one(
                    "Who drives the patients?",
                    &[
                        ("Ray Kolb", &["Manitoba Public Insurance"]),
                        ("Lia Strand", &["Klinic Community Health"])
                    ]
                ),
            ])
        );
        assert_eq!(
            speaking(text),
            [
                one(
                    "Water fluoridation in small systems: a field guide",
                    &[(
                        "Odile Brackett-Sune",
                        &["Ohio Department of Health and Human Services"]
                    )]
                ),
                one(
                    "Frozen ground and spring floods",
                    &[("Piet Varga-Holm", &["University of Manitoba"])]
                ),
            ]
        );
    }

    #[test]
    fn an_events_calendar_s_records_of_fields() {
        let text = "Past Events\n\n\
                    Data Basics – Week 2: spreadsheets that last\n\
                    Date: Tuesday, March 4, 2025\n\
                    Time Zone: Eastern Time - US & Canada (change)\n\
                    Campus: North Campus\n\
                    Presenter: Ines Marlow-Kaye, Data Librarian, Ridgeford College\n\
                    Recording: Watch (48 minutes)\n\n\
                    Data Basics – Week 1: what is a dataset?\n\
                    Date: Tuesday, February 25, 2025\n\
                    Campus: North Campus\n\
                    Presenter: Ines Marlow-Kaye, Data Librarian, Ridgeford College\n\
                    This event has been canceled.\n\n\
                    Panel: Who reads the preprints?\n\
                    Date: Wednesday, October 23, 2024\n\
                    Presenter: Research Services Team\n\
                    An Open Access Week 2024 event. Panelists: Dr. Ada Quill (Ridgeford College) and Tomas Berg (Zenodo). Moderated by Ines Marlow-Kaye.\n\
                    Recording: Watch (1 hour)\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let found: Vec<(String, Option<String>, Option<u32>)> = doc
            .talks
            .iter()
            .map(|t| (t.title.clone(), t.series.clone(), t.part))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "spreadsheets that last".to_owned(),
                    Some("Data Basics".to_owned()),
                    Some(2)
                ),
                ("Who reads the preprints?".to_owned(), None, None),
            ]
        );
        assert_eq!(
            flat(doc.talks)[1],
            one(
                "Who reads the preprints?",
                &[
                    ("Ada Quill", &["Ridgeford College"]),
                    ("Tomas Berg", &["Zenodo"])
                ]
            )
        );
    }

    #[test]
    fn a_page_that_writes_name_colon_title_names_its_speakers_so_throughout() {
        let text = "Past talks\n\n\
                    2025-04-02 — Ines Varga (Lund University): Priors for sparse counts · video\n\
                    2025-03-26 — Kwame Idowu (University of Ghana): Survey weights, again · video · slides\n\
                    2025-03-19 — Suryani (Universitas Indonesia): Small areas and big maps · video\n\
                    2025-03-12 — Hee-jin Park: Record linkage in practice · not recorded (speaker's request)\n\
                    2025-03-05 — Tom Berg (Statistics Norway): Nowcasting with few data (with A. Lie and B. Moe) · video\n\
                    2025-02-26 — Machine Learning: a tour for statisticians · video\n";
        assert_eq!(
            speaking(text),
            [
                one(
                    "Priors for sparse counts",
                    &[("Ines Varga", &["Lund University"])]
                ),
                one(
                    "Survey weights, again",
                    &[("Kwame Idowu", &["University of Ghana"])]
                ),
                one(
                    "Small areas and big maps",
                    &[("Suryani", &["Universitas Indonesia"])]
                ),
                one("Record linkage in practice", &[("Hee-jin Park", &[])]),
                one(
                    "Nowcasting with few data",
                    &[("Tom Berg", &["Statistics Norway"])]
                ),
            ]
        );
    }

    #[test]
    fn a_site_menu_and_footer_copied_with_the_page_give_no_talks() {
        let text = "Department of Mathematics\n\
                    Events\n\
                    Colloquium\n\
                    Colloquium archive\n\
                    Seminars\n\
                    Graduate Student Seminar\n\
                    Math Circle\n\
                    Conferences and workshops\n\n\
                    Spring 2025\n\n\
                    Thursday, January 23\n\
                    Noncommutative geometry of quantum groups\n\
                    Dr Ann Byrne, University of Kansas\n\n\
                    Thursday, January 30\n\
                    Random walks on hyperbolic groups\n\
                    Professor Bo Kerr, Iowa State University\n\n\
                    Kansas State University\n\
                    Statements and disclosures\n\
                    Accessibility\n\
                    Privacy\n\
                    Title IX\n\
                    Careers\n";
        assert_eq!(
            talks(text),
            [
                one(
                    "Noncommutative geometry of quantum groups",
                    &[("Ann Byrne", &["University of Kansas"])]
                ),
                one(
                    "Random walks on hyperbolic groups",
                    &[("Bo Kerr", &["Iowa State University"])]
                ),
            ]
        );
    }

    #[test]
    fn a_presenting_author_is_the_one_speaker_of_several_authors() {
        let text = "Programme\n\n\
                    11:15 - 11:35\n\
                    Record linkage across primary and secondary care\n\
                    Ana Lindqvist1, Bo Ekwall1, Cara Mensah2\n\
                    1 Newcastle University, 2 NHS England\n\
                    Presenting author: Cara Mensah\n\
                    Add to my schedule\n\
                    11:35 - 11:55\n\
                    Synthetic cohorts for rare diseases\n\
                    Dev Rao1, Kim Salter2\n\
                    1 University of Leeds, 2 Leeds Teaching Hospitals NHS Trust\n\
                    Presenting author: Dev Rao\n\
                    Add to my schedule\n";
        assert_eq!(
            talks(text),
            [
                one(
                    "Record linkage across primary and secondary care",
                    &[("Cara Mensah", &["NHS England"])]
                ),
                one(
                    "Synthetic cohorts for rare diseases",
                    &[("Dev Rao", &["University of Leeds"])]
                ),
            ]
        );
    }

    #[test]
    fn a_session_block_ends_with_its_people() {
        let text = "Sessions\n\n\
                    Building Flood Maps from Radar\n\
                    We describe an open pipeline that turns radar scenes into flood extents.\n\
                    Session (25 min) · Remote Sensing · Intermediate\n\
                    10:20 - 10:45 · Hall A\n\
                    Speakers\n\
                    Radu Ionescu\n\
                    Data Scientist at JRC – Joint Research Centre\n\
                    Maëlle Courtois\n\
                    PhD student, Université de Strasbourg\n\
                    ▶ Watch recording (YouTube, 24:10) · Slides (PDF, 2 MB)\n\n\
                    Making Snow Models Honest: A Case Study\n\
                    Ten thousand snow depth reports from skiers, one model, and a lot of \
                    cleaning. We compare three calibration strategies.\n\
                    Session (25 min) · Citizen Science · Introductory\n\
                    10:50 - 11:15 · Room 2\n\
                    Speakers\n\
                    Sigrid Haugland\n\
                    Researcher | Norwegian Water Resources and Energy Directorate\n";
        assert_eq!(
            talks(text),
            vec![
                one(
                    "Building Flood Maps from Radar",
                    &[
                        ("Radu Ionescu", &["JRC – Joint Research Centre"]),
                        ("Maëlle Courtois", &["Université de Strasbourg"])
                    ]
                ),
                one(
                    "Making Snow Models Honest: A Case Study",
                    &[(
                        "Sigrid Haugland",
                        &["Norwegian Water Resources and Energy Directorate"]
                    )]
                ),
            ]
        );
    }

    #[test]
    fn a_panels_chapter_takes_the_panellists_below_it() {
        let text = "Session B\nChapters\n\
                    00:00:10 Ice Cores and Climate – Ana Ruiz (University of Bern)\n\
                    00:20:00 [Withdrawn] Lake Sediments – Bo Ek (Lund University)\n\
                    00:30:00 Panel: Whose Water?\n\
                    Moderator: Kim Berg (BOKU)\n\
                    Panellists: Lea Roth (Eawag) and Ole Dahl (NTNU)\n\
                    00:58:00 Best poster award: announced by Kim Berg\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let segments: Vec<Flat> = doc
            .talks
            .iter()
            .flat_map(|t| &t.segments)
            .filter(|s| !s.speakers.is_empty())
            .map(|s| {
                let speakers = s
                    .speakers
                    .iter()
                    .map(|p| {
                        let affs = p.affiliations.iter().map(|a| a.name.clone()).collect();
                        (p.name.clone(), affs)
                    })
                    .collect();
                (s.title.clone(), speakers)
            })
            .collect();
        assert_eq!(
            segments,
            vec![
                one(
                    "Ice Cores and Climate",
                    &[("Ana Ruiz", &["University of Bern"])]
                ),
                one(
                    "Whose Water?",
                    &[("Lea Roth", &["Eawag"]), ("Ole Dahl", &["NTNU"])]
                ),
            ]
        );
        assert!(is_housekeeping("Best paper award: announced by Kim Berg"));
    }

    #[test]
    fn page_prose_names_the_people_of_titles_listed_alone() {
        let text = "Spring lectures\n\n\
                    The two-day Soil Physics Short Course was taught by Lena Brauer and \
                    Amadou Diallo (both Wageningen University). The poster jury panel featured \
                    Ruth Okello (ILRI) and Sam Vidal (INRAE), moderated by Tom Berg.\n\n\
                    Poster Jury Panel: What Makes a Good Poster\n\n\
                    Soil Physics Short Course (Part 1 of 2): Infiltration\n\n\
                    Soil Physics Short Course (Part 2 of 2): Evaporation\n\n\
                    Measuring Soil Water Budgets in Dry Years\n\n\
                    Ana Ruiz (University of Lleida) — Drip Irrigation at Scale\n";
        let two = [
            ("Lena Brauer", &["Wageningen University"][..]),
            ("Amadou Diallo", &["Wageningen University"][..]),
        ];
        // (the heading above the prose stays a talk of nobody)
        let told: Vec<Flat> = talks(text)
            .into_iter()
            .filter(|t| !t.1.is_empty())
            .collect();
        assert_eq!(
            told,
            vec![
                one(
                    "Poster Jury Panel: What Makes a Good Poster",
                    &[("Ruth Okello", &["ILRI"]), ("Sam Vidal", &["INRAE"])]
                ),
                one("Infiltration", &two),
                one("Evaporation", &two),
                one(
                    "Drip Irrigation at Scale",
                    &[("Ana Ruiz", &["University of Lleida"])]
                ),
            ]
        );
    }

    #[test]
    fn timed_slots_under_a_speaker_line_are_the_speakers_talks() {
        let text = "Ines Duarte (University of Porto)\n\
                    Tue 09:00–10:30  “Graph Kernels (Lecture 1 of 2)”\n\
                    Wed 09:00–10:30  “Graph Kernels (Lecture 2 of 2)”\n\n\
                    Thu 14:00  Bo Ek (Lund University): Mid Solvers\n";
        let porto: &[(&str, &[&str])] = &[("Ines Duarte", &["University of Porto"])];
        assert_eq!(
            talks(text),
            vec![
                one("Graph Kernels (Lecture 1 of 2)", porto),
                one("Graph Kernels (Lecture 2 of 2)", porto),
                one("Mid Solvers", &[("Bo Ek", &["Lund University"])]),
            ]
        );
    }

    #[test]
    fn a_title_with_a_colon_after_the_speakers_is_no_name() {
        let text = "09:30\nAna Lee (KTH) and Bo Ek (Lund University)\n\
                    Multi-Robot Benchmarks: Lessons from Field Trials\n\n\
                    10:00\nCy Dahl (Aalto University)\nGraph Kernels Revisited\n";
        let titles: Vec<String> = talks(text).into_iter().map(|t| t.0).collect();
        assert_eq!(
            titles,
            [
                "Multi-Robot Benchmarks: Lessons from Field Trials",
                "Graph Kernels Revisited"
            ]
        );
    }

    /// Buttons and the venue under every entry are page furniture, not titles; a slot that
    /// names nobody is no talk; a series' part without a speaker takes its other part's.
    #[test]
    fn furniture_placeholders_and_parts_without_a_speaker() {
        let text = "Seminars\n\n\
                    Tidal Power in Narrow Straits\nSave to my calendar | Share\n\
                    Ann Lee, Lund University\nRoom 4, Main Building.\n\n\
                    Wave Farms, Part 1: Siting\nSave to my calendar | Share\n\
                    Bo Ek, Aarhus University\nRoom 4, Main Building.\n\n\
                    Wave Farms, Part 2: Moorings\nSave to my calendar | Share\n\
                    The second half of Bo Ek's lecture, recorded after the break.\n\
                    Room 4, Main Building.\n\n\
                    Title to be confirmed\nSave to my calendar | Share\n\
                    Speaker to be confirmed\nRoom 4, Main Building.\n";
        let bo: &[(&str, &[&str])] = &[("Bo Ek", &["Aarhus University"])];
        assert_eq!(
            talks(text),
            vec![
                one(
                    "Tidal Power in Narrow Straits",
                    &[("Ann Lee", &["Lund University"])]
                ),
                one("Siting", bo),
                one("Moorings", bo),
            ]
        );
    }

    /// A university calendar: the event's name before the title, the venue, tags and buttons
    /// under it, and the speaker named only in the description's "by" sentence; a slot whose
    /// title is still to come is no talk.
    #[test]
    fn calendar_events_with_described_speakers() {
        let text = "Past events\n\n\
                    Ocean Colloquium: Tides in narrow straits\n\
                    Friday, May 3, 2024 3:30 pm – 5:00 pm\n\
                    Kane Hall, 220\n\
                    Second lecture of the spring course by Ann Lee (Lund University).\n\
                    Colloquium   Oceanography   Free\n\
                    12 interested · Add to calendar · Share\n\n\
                    Ocean Colloquium: Title TBA\n\
                    Friday, May 10, 2024 3:30 pm – 5:00 pm\n\
                    Kane Hall, 220\n\
                    Speaker: Bo Ek (Aarhus University). Title to follow.\n";
        assert_eq!(
            talks(text),
            vec![one(
                "Tides in narrow straits",
                &[("Ann Lee", &["Lund University"])]
            )]
        );
    }

    /// A long title in a language whose small words read as prose still heads the block of
    /// fields under it; a course's word stays in its series' name unless a quoted name follows.
    #[test]
    fn a_long_title_over_fields_is_a_title() {
        let text = "Palestras\n\n\
                    Curso breve de análise de dados ambientais com R e Python para iniciantes \
                    (parte 1 de 2): limpeza e visualização de dados de campo\n\
                    Ministrantes: Ana Souza Lima (UFMG) e Bruno Tavares Reis (USP)\n\
                    Data: 04/04/2024, 9h às 12h\n";
        let doc = crate::extract::extract_text("t.txt", text);
        assert_eq!(doc.talks.len(), 1);
        let talk = &doc.talks[0];
        assert_eq!(talk.title, "limpeza e visualização de dados de campo");
        assert_eq!(
            talk.series.as_deref(),
            Some("Curso breve de análise de dados ambientais com R e Python para iniciantes")
        );
        assert_eq!(talk.speakers.len(), 2);
    }

    #[test]
    fn records_of_labelled_fields_in_any_order() {
        let text = "Speaker: Ann Lee\nAffiliation: Lund University\nTitle: Fast Solvers\n\n\
                    Title: Slow Solvers\nSpeaker: Bo Ek\n---\n\
                    Institution: Aarhus University\nPresenter: Cy Dahl\nTalk: Mid Solvers\n";
        assert_eq!(
            talks(text),
            vec![
                one("Fast Solvers", &[("Ann Lee", &["Lund University"])]),
                one("Slow Solvers", &[("Bo Ek", &[])]),
                one("Mid Solvers", &[("Cy Dahl", &["Aarhus University"])]),
            ]
        );
    }

    #[test]
    fn a_section_line_over_a_record_gives_way_to_its_title_field() {
        let text = "Autumn 2024[edit]\nDate: 1 May\nSpeaker: Ann Lee\nTitle: Fast Solvers\n\n\
                    Date: 8 May\nSpeaker: Bo Ek\nTitle: Slow Solvers\n";
        assert_eq!(
            talks(text),
            vec![
                one("Fast Solvers", &[("Ann Lee", &[])]),
                one("Slow Solvers", &[("Bo Ek", &[])]),
            ]
        );
    }

    #[test]
    fn placeholders_hold_their_place_and_groups_map_in_order() {
        let text = "Date: 1 May\nSpeaker: Ann Lee\nTitle: Fast Solvers\n\n\
                    Date: 8 May\nSpeaker: TBA\nTitle: TBA\n\n\
                    Date: 15 May\nSpeakers: Bo Ek; Cy Dahl\n\
                    Affiliation: Lund University; Aarhus University\nTitle: Two Solvers\n";
        assert_eq!(
            talks(text),
            vec![
                one("Fast Solvers", &[("Ann Lee", &[])]),
                one(
                    "Two Solvers",
                    &[
                        ("Bo Ek", &["Lund University"]),
                        ("Cy Dahl", &["Aarhus University"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn called_off_and_struck_entries_are_left_out() {
        let text = "Fast Solvers — CANCELLED\nAnn Lee, Lund University\n\n\
                    Slow Solvers\nBo Ek, Aarhus University\n\n\
                    <s>\nTitle: Mid Solvers\nSpeaker: Cy Dahl\n</s>\n";
        assert_eq!(
            talks(text),
            vec![one("Slow Solvers", &[("Bo Ek", &["Aarhus University"])])]
        );
    }

    #[test]
    fn a_video_description_is_no_title() {
        let text = "Imaging School 2024 – Day 1 (livestream)\n\
                    1.9K views · Streamed live on 4 Jun 2024 · 5:40:02\n\
                    Day 1 of the school, hosted in Haifa\n\
                    Chapters:\n0:00 Welcome\n8:20 Ann Lee (Lund University) — Fast Solvers\n\n\
                    Imaging School 2024 – Day 2 (livestream)\n\
                    Streamed live on 5 Jun 2024\n\
                    0:00 Welcome\n9:10 Bo Ek (Aarhus University) — Slow Solvers\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let sessions: Vec<(&str, Option<&str>, usize)> = doc
            .talks
            .iter()
            .map(|t| (t.title.as_str(), t.series.as_deref(), t.segments.len()))
            .collect();
        assert_eq!(
            sessions,
            vec![
                (
                    "Imaging School 2024 – Day 1 (livestream)",
                    Some("Imaging School 2024"),
                    2
                ),
                (
                    "Imaging School 2024 – Day 2 (livestream)",
                    Some("Imaging School 2024"),
                    2
                ),
            ]
        );
    }

    #[test]
    fn repeats_merge_and_later_cancellations_drop() {
        let text = "Fast Solvers for Sparse Systems\nAnn Lee\n\n\
                    Slow Solvers for Dense Systems\nBo Ek, Aarhus University\n\n\
                    Recordings:\n\
                    - \"Fast Solvers for Sparse Systems\" by Ann Lee (Lund University): https://x.org/1\n\n\
                    unfortunately Bo Ek had to cancel, so there is no talk next week after all.\n";
        assert_eq!(
            talks(text),
            vec![one(
                "Fast Solvers for Sparse Systems",
                &[("Ann Lee", &["Lund University"])]
            )]
        );
    }

    #[test]
    fn housekeeping_titles() {
        assert!(is_housekeeping("Welcome and practical information"));
        assert!(is_housekeeping("Closing remarks & best poster prize"));
        assert!(is_housekeeping("Spring term opening remarks"));
        assert!(is_housekeeping("Güz dönemi açılış konuşması ve tanışma"));
        assert!(!is_housekeeping("Spring models of cell mechanics"));
        assert!(!is_housekeeping("Closing the Gap in Sparse Recovery"));
        assert!(!is_housekeeping("Introduction to Optimal Transport"));
        assert!(is_housekeeping("Opening remarks by the workshop chair"));
        assert!(is_housekeeping("Welcome from the organisers"));
        assert!(!is_housekeeping("Learning by Doing"));
        assert!(is_housekeeping(
            "Guided tour of the Herbarium (places limited)"
        ));
        assert!(is_housekeeping("Visita guiada a la Biblioteca Histórica"));
        assert!(!is_housekeeping("Excursions of Random Walks in Cones"));
        assert!(is_housekeeping("Velkommen og innledning"));
        assert!(is_housekeeping("Begrüßung und Grußwort des Dekans"));
    }

    #[test]
    fn a_norwegian_seminar_page_with_its_sentences_and_notes() {
        let text = "Opptak fra Havseminaret\n\n\
                    Vår 2025\n\
                    12. mars: Ida Holm-Baptiste, førsteamanuensis ved Universitetet i Tromsø og \
                    Framsenteret: «Havis i Arktis: hva vet vi egentlig?» (opptak)\n\
                    26. februar: «Bølgemodeller i praksis» – Per Olav Lunde-Mensah og Kari \
                    Strand-Obi, begge fra Meteorologisk institutt (opptak)\n\
                    5. februar: AVLYST – Lars Eide-Ferreira (NORCE): «Fjorder og oksygen i \
                    vinterhalvåret». Ny dato kommer.\n\
                    22. januar: Gjesteforelesning: Dr. Maud Keller-Asante (Universität Hamburg) – \
                    Deep water formation in the Nordic Seas (på engelsk) (opptak)\n\
                    8. januar: Seminaret ble holdt av Siri Dahl-Mbatha fra Havforskningsinstituttet, \
                    som snakket om «Torsk og temperatur i Barentshavet».\n\
                    Kontaktpersoner\n\
                    Ida Holm-Baptiste\n\
                    Per Olav Lunde-Mensah\n\
                    Emneord:\n\
                    Hav\n";
        assert_eq!(
            talks(text),
            [
                // "i" inside the university's name joins nothing
                one(
                    "Havis i Arktis: hva vet vi egentlig?",
                    &[(
                        "Ida Holm-Baptiste",
                        &["Universitetet i Tromsø", "Framsenteret"]
                    )]
                ),
                // "begge fra": the institution both share
                one(
                    "Bølgemodeller i praksis",
                    &[
                        ("Per Olav Lunde-Mensah", &["Meteorologisk institutt"]),
                        ("Kari Strand-Obi", &["Meteorologisk institutt"])
                    ]
                ),
                // (the cancelled talk is left out, its note after it notwithstanding; the
                // language and the recording noted after the title are no part of it)
                one(
                    "Deep water formation in the Nordic Seas",
                    &[("Maud Keller-Asante", &["Universität Hamburg"])]
                ),
                // a sentence: "held by X from Y, who spoke about «T»"
                one(
                    "Torsk og temperatur i Barentshavet",
                    &[("Siri Dahl-Mbatha", &["Havforskningsinstituttet"])]
                ),
            ]
        );
    }

    #[test]
    fn a_panel_chapter_with_its_people_after_the_question_and_a_moderator() {
        let text = "Forskningsdagen 2025\n\
                    Hele dagen ble filmet. Tidskoder:\n\
                    00:00 Velkommen\n\
                    00:05:10 Kari Strand-Obi (Norsk Polarinstitutt): «Is og snø på Svalbard»\n\
                    00:40:00 Paneldebatt: Hvem eier havet? Med Jonas Berg-Achebe (Equinor), Mia \
                    Lie-Tanaka (NTNU) og Ola Fjell-Diallo (Norsk havservicesenter). Ordstyrer: \
                    Per Olav Lunde-Mensah\n\
                    01:30:00 Avslutning\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let segments: Vec<Flat> = doc
            .talks
            .into_iter()
            .flat_map(|t| flat(t.segments))
            .filter(|(_, people)| !people.is_empty())
            .collect();
        assert_eq!(
            segments,
            [
                one(
                    "Is og snø på Svalbard",
                    &[("Kari Strand-Obi", &["Norsk Polarinstitutt"])]
                ),
                one(
                    "Paneldebatt: Hvem eier havet?",
                    &[
                        ("Jonas Berg-Achebe", &["Equinor"]),
                        ("Mia Lie-Tanaka", &["NTNU"]),
                        // ("…senter": an institution written as one word)
                        ("Ola Fjell-Diallo", &["Norsk havservicesenter"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_news_list_whose_teasers_name_the_speakers() {
        // (a site's menu with "Contact" in it, no blank line before the list)
        let text = "Home\n\
                    Contact\n\
                    Search\n\
                    News archive\n\
                    12.03.2025\n\
                    Colloquium\n\
                    Ocean acidification in the Kattegat: trends, drivers and what to expect\n\
                    In our spring colloquium Dr. Hanne Vestergaard-Obi, senior researcher at the \
                    Danish Meteorological Institute, showed how acidification has accelerated since \
                    2010.\n\
                    Read more\n\
                    26.02.2025\n\
                    Colloquium\n\
                    Sea level rise along the Wadden coast – how fast and how far?\n\
                    Prof. Dr. Jan de Groot-Asare (Royal Netherlands Institute for Sea Research) \
                    presented tide-gauge records from three centuries and argued for regional \
                    projections.\n\
                    Read more\n\
                    12.02.2025\n\
                    Colloquium\n\
                    Seabirds and offshore wind: a collision course?\n\
                    A joint talk by Dr. Emma Lind-Okafor and Jonas Bakke-Mensah, both Aarhus \
                    University, on radar tracking of migrating birds.\n\
                    Read more\n\
                    29.01.2025\n\
                    Colloquium\n\
                    Dynamics of the Baltic inflow, Part Two: case studies\n\
                    The second lecture was given by Dr. Paul Richter-Addo (Institute for Polar and \
                    Marine Research) together with Dr. Lena Sørensen-Boateng (IOW), who \
                    demonstrated the new inflow index.\n\
                    Read more\n\
                    22.01.2025\n\
                    Colloquium\n\
                    Dynamics of the Baltic inflow, Part One: the basics\n\
                    Lecturer: Dr. Paul Richter-Addo, Federal Maritime and Hydrographic Agency \
                    (BSH), Hamburg\n\
                    Read more\n";
        assert_eq!(
            talks(text),
            [
                // (a title in sentence case with its subtitle, no sentence)
                one(
                    "Ocean acidification in the Kattegat: trends, drivers and what to expect",
                    &[(
                        "Hanne Vestergaard-Obi",
                        &["Danish Meteorological Institute"]
                    )]
                ),
                one(
                    "Sea level rise along the Wadden coast – how fast and how far?",
                    &[(
                        "Jan de Groot-Asare",
                        &["Royal Netherlands Institute for Sea Research"]
                    )]
                ),
                one(
                    "Seabirds and offshore wind: a collision course?",
                    &[
                        ("Emma Lind-Okafor", &["Aarhus University"]),
                        ("Jonas Bakke-Mensah", &["Aarhus University"])
                    ]
                ),
                one(
                    "case studies",
                    &[
                        (
                            "Paul Richter-Addo",
                            &["Institute for Polar and Marine Research"]
                        ),
                        ("Lena Sørensen-Boateng", &["IOW"])
                    ]
                ),
                // (no person "Federal Maritime"; the acronym stays inside the name, before
                // its city)
                one(
                    "the basics",
                    &[(
                        "Paul Richter-Addo",
                        &["Federal Maritime and Hydrographic Agency (BSH), Hamburg"]
                    )]
                ),
            ]
        );
    }

    #[test]
    fn a_page_that_mostly_puts_speakers_first_keeps_a_block_s_people_under_its_title() {
        let text = "Past seminars\n\n\
                    Thursday 5 December 2024\n\
                    Dr Ana Lee-Mbeki (University of Stirling)\n\
                    Otters in the city\n\
                    Watch the recording (50 min)\n\n\
                    Thursday 28 November 2024\n\
                    Peat and people: restoring the Flow Country\n\
                    Dr Ian Ross-Osei and Dr Mia Kerr-Adams (both James Hutton Institute)\n\
                    Recording available on request\n\n\
                    Thursday 21 November 2024\n\
                    Reading week – no seminar\n\n\
                    Thursday 14 November 2024\n\
                    Dr Tom Reid-Obi, Marine Directorate, Scottish Government\n\
                    Seals and salmon farms\n\n\
                    School of Biological Sciences\n\
                    Tillydrone Avenue\n\
                    Aberdeen AB24 2TZ\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [
                one(
                    "Otters in the city",
                    &[("Ana Lee-Mbeki", &["University of Stirling"])]
                ),
                one(
                    "Peat and people: restoring the Flow Country",
                    &[
                        ("Ian Ross-Osei", &["James Hutton Institute"]),
                        ("Mia Kerr-Adams", &["James Hutton Institute"])
                    ]
                ),
                // (a directorate is a unit of its government)
                one(
                    "Seals and salmon farms",
                    &[("Tom Reid-Obi", &["Scottish Government"])]
                ),
            ]
        );
    }

    #[test]
    fn a_latvian_lecture_page() {
        let text = "Lekciju ieraksti\n\n\
                    10.04.2025.\n\
                    Kā rodas ziemeļblāzma?\n\
                    Dr. phys. Līga Ozola-Mensah, vadošā pētniece, Latvijas Universitātes \
                    Astronomijas institūts\n\
                    Skatīties ierakstu →\n\n\
                    27.03.2025.\n\
                    Datu zinātne medicīnā. 2. daļa: attēlu analīze\n\
                    Lektors: Dr. sc. comp. Jānis Kalniņš-Obi, SIA „Datamed”\n\
                    Skatīties ierakstu →\n\n\
                    27.02.2025.\n\
                    LEKCIJA ATCELTA\n\
                    Lektores slimības dēļ doc. Anna Bērziņa-Lund (Liepājas Universitāte) lekcija \
                    „Jūras ledus” nenotiks.\n\n\
                    13.02.2025.\n\
                    Diskusija: Vai pilsētām vajag kokus? Piedalās Dr. biol. Pēteris Kļaviņš-Diallo \
                    (Latvijas Valsts mežzinātnes institūts „Silava”) un Ieva Roze-Tanaka (RTU). \
                    Moderē Anna Bērziņa-Lund.\n\
                    Skatīties ierakstu →\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [
                one(
                    "Kā rodas ziemeļblāzma?",
                    &[(
                        "Līga Ozola-Mensah",
                        &["Latvijas Universitātes Astronomijas institūts"]
                    )]
                ),
                // (the part numbered before its word; the company's name keeps its quotes)
                one(
                    "Datu zinātne medicīnā. 2. daļa: attēlu analīze",
                    &[("Jānis Kalniņš-Obi", &["SIA „Datamed”"])]
                ),
                one(
                    "Diskusija: Vai pilsētām vajag kokus?",
                    &[
                        (
                            "Pēteris Kļaviņš-Diallo",
                            &["Latvijas Valsts mežzinātnes institūts „Silava”"]
                        ),
                        ("Ieva Roze-Tanaka", &["RTU"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_basque_seminar_page_and_a_panel_with_its_label_after_the_question() {
        let text = "Mintegiak: grabazioak\n\n\
                    2025/05/08\n\
                    Itsasoko plastikoak: neurketak eta ereduak\n\
                    Hizlaria: Dr. Ane Etxeberria Goikoetxea (AZTI)\n\
                    Ikusi grabazioa (EHUtb, 48 min)\n\
                    Etiketak: mintegia, grabazioa\n\
                    Irakurri gehiago »\n\n\
                    2025/04/24\n\
                    Kimika konputazionala – II. zatia: dinamika molekularra\n\
                    Hizlariak: Dr. Mikel Lasa Irigoien (Ikerbasque eta UPV/EHU) eta Leire Urrutia \
                    Mendizabal (doktoregaia, Nafarroako Unibertsitate Publikoa)\n\
                    Irakurri gehiago »\n\n\
                    2025/03/27\n\
                    BERTAN BEHERA – Dr. Sofia Martin-Okafor (Bordeleko Unibertsitatea): \
                    «Eguzki-zelulak»\n\
                    Irakurri gehiago »\n\n\
                    Ikerketa jardunaldia 2025\n\
                    0:00:00 Ongietorria – Dr. Jon Ibarra Zubizarreta, saileko zuzendaria\n\
                    0:12:00 Mahai-ingurua: Nola lortu finantzaketa? Parte-hartzaileak: Dr. Ane \
                    Etxeberria Goikoetxea (AZTI) eta Iker Sarasola Mujika (Iberdrola). \
                    Moderatzailea: Dr. Jon Ibarra Zubizarreta.\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let found: Vec<Flat> = doc
            .talks
            .into_iter()
            .flat_map(|t| {
                let mut all = flat(t.segments.clone());
                all.extend(flat(vec![t]));
                all
            })
            .filter(|(_, people)| !people.is_empty())
            .collect();
        assert_eq!(
            found,
            [
                one(
                    "Itsasoko plastikoak: neurketak eta ereduak",
                    &[("Ane Etxeberria Goikoetxea", &["AZTI"])]
                ),
                // ("eta" joins people and institutions; the roman numeral with its dot)
                one(
                    "dinamika molekularra",
                    &[
                        ("Mikel Lasa Irigoien", &["Ikerbasque", "UPV/EHU"]),
                        (
                            "Leire Urrutia Mendizabal",
                            &["Nafarroako Unibertsitate Publikoa"]
                        )
                    ]
                ),
                one(
                    "Mahai-ingurua: Nola lortu finantzaketa?",
                    &[
                        ("Ane Etxeberria Goikoetxea", &["AZTI"]),
                        ("Iker Sarasola Mujika", &["Iberdrola"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_tagalog_lecture_page() {
        let text = "Serye ng Panayam: Mga Rekording\n\n\
                    Panayam Blg. 9\n\
                    Martes, 14 Enero 2025, 1:00–3:00 n.h. · Zoom lamang\n\
                    Pagsasalin ng tula, Ikalawang Bahagi: sukat at tugma\n\
                    Tagapanayam: Dr. Lualhati P. Sarmiento (Unibersidad ng Santo Tomas) at Prop. Emilio D. Baltazar\n\
                    Tagapagpadaloy: Prop. Liwayway C. Dimaculangan\n\
                    ▶ Panoorin ang rekording (YouTube, 1 oras 10 minuto)\n\n\
                    Panayam Blg. 8\n\
                    Martes, 7 Enero 2025, 1:00–3:00 n.h.\n\
                    KANSELADO — \"Wika sa palengke\"\n\
                    Dr. Ernesto L. Magbanua (Pamantasang Normal ng Pilipinas)\n\n\
                    Panayam Blg. 7\n\
                    Martes, 17 Disyembre 2024, 1:00–3:00 n.h.\n\
                    Pagsasalin ng tula, Unang Bahagi: mga unang hakbang\n\
                    Tagapanayam: Dr. Lualhati P. Sarmiento (Unibersidad ng Santo Tomas)\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let parts: Vec<(Option<String>, Option<u32>)> = doc
            .talks
            .iter()
            .map(|t| (t.series.clone(), t.part))
            .collect();
        let series = || Some("Pagsasalin ng tula".to_owned());
        assert_eq!(parts, [(series(), Some(2)), (series(), Some(1))]);
        assert_eq!(
            flat(doc.talks),
            [
                one(
                    "sukat at tugma",
                    &[
                        ("Lualhati P. Sarmiento", &["Unibersidad ng Santo Tomas"]),
                        ("Emilio D. Baltazar", &[])
                    ]
                ),
                one(
                    "mga unang hakbang",
                    &[("Lualhati P. Sarmiento", &["Unibersidad ng Santo Tomas"])]
                ),
            ]
        );
    }

    #[test]
    fn an_albanian_webinar_page() {
        let text = "Ballina   Rreth nesh   Aktivitetet   Webinarët   Lajme   Kontakt\n\n\
                    Webinarët\n\n\
                    Webinari 5: Burimet e ujit në Korçë (pjesa e dytë): matjet në terren\n\
                    E martë, 14 janar 2025, ora 15:00–16:30\n\
                    Prezantues: Dr. Besnik Hoxha (Universiteti i Korçës) dhe MSc. Ilir Dervishi\n\
                    Shikoni regjistrimin (YouTube, 1 orë 20 min) · Prezantimi (PDF)\n\n\
                    ANULUAR – Webinari 4: Erozioni i tokës në Dibër\n\
                    E martë, 7 janar 2025\n\
                    Prezantuese: Dr. Arjana Kola (Universiteti Bujqësor i Tiranës)\n\
                    Webinari u anulua.\n\n\
                    Webinari 3: Burimet e ujit në Korçë (pjesa e parë): hartat\n\
                    E martë, 10 dhjetor 2024, ora 15:00–16:30\n\
                    Prezantues: Dr. Besnik Hoxha (Universiteti i Korçës)\n\
                    Bashautorë: Sokol Meta dhe Ana Prifti (nuk morën pjesë).\n\
                    Shikoni regjistrimin (YouTube, 58 min)\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let parts: Vec<(Option<String>, Option<u32>)> = doc
            .talks
            .iter()
            .map(|t| (t.series.clone(), t.part))
            .collect();
        let series = Some("Burimet e ujit në Korçë".to_owned());
        assert_eq!(parts, [(series.clone(), Some(2)), (series, Some(1))]);
        assert_eq!(
            flat(doc.talks),
            [
                one(
                    "matjet në terren",
                    &[
                        ("Besnik Hoxha", &["Universiteti i Korçës"]),
                        ("Ilir Dervishi", &[])
                    ]
                ),
                one("hartat", &[("Besnik Hoxha", &["Universiteti i Korçës"])]),
            ]
        );
    }

    #[test]
    fn a_swahili_lecture_page() {
        let text = "Nyumbani\n\
                    Kuhusu Sisi\n\
                    Mihadhara\n\
                    Wasiliana Nasi\n\
                    Jiunge\n\n\
                    Rekodi za Mihadhara\n\n\
                    9 Aprili 2025\n\
                    Usafi wa maji vijijini\n\
                    Mzungumzaji: Dkt. Zawadi Hamisi Mlawa, Mhadhiri Mwandamizi, Idara ya Jiografia, \
                    Chuo Kikuu cha Dar es Salaam\n\
                    Tazama rekodi (dak. 51)\n\n\
                    26 Machi 2025\n\
                    Afya ya kinywa, Sehemu ya Pili: kinga kwa watoto\n\
                    Wawasilishaji: Bw. Juma Ali Mrisho (Chuo Kikuu cha Afya na Sayansi Shirikishi \
                    Muhimbili) na Bi. Asha Omari Nassoro (Wizara ya Afya)\n\
                    Tazama rekodi (saa 1 dak. 3)\n\n\
                    26 Februari 2025\n\
                    IMEFUTWA: Mhadhara wa Prof. Daudi Mushi (Chuo Kikuu cha Dodoma), \"Lishe ya \
                    wazee\", umefutwa.\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [
                // (a department of the university: the university, with its unit)
                one(
                    "Usafi wa maji vijijini",
                    &[("Zawadi Hamisi Mlawa", &["Chuo Kikuu cha Dar es Salaam"])]
                ),
                // ("na" inside an institution's subject joins no two)
                one(
                    "kinga kwa watoto",
                    &[
                        (
                            "Juma Ali Mrisho",
                            &["Chuo Kikuu cha Afya na Sayansi Shirikishi Muhimbili"]
                        ),
                        ("Asha Omari Nassoro", &["Wizara ya Afya"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_conference_platform_s_cards_with_presenter_authors_and_session() {
        let text = "Lectures\n\n\
                    Oral\n\
                    Seagrass mapping from drones\n\
                    Presented by Dr. Lena Okafor-Brandt · University of Kiel\n\
                    Authors: Lena Okafor-Brandt, Tom Reyes, Ana Pires\n\
                    Session: Remote sensing\n\
                    Sep 11, 2024 · 13:21 · 188 views\n\
                    Watch\n\
                    Save\n\n\
                    Oral\n\
                    Reef restoration on Sulawesi\n\
                    Presented by Suharti · Universitas Hasanuddin\n\
                    Authors: Suharti, Budi Santoso-Lee\n\
                    Session: Restoration\n\
                    Sep 11, 2024 · 12:55 · 243 views\n\
                    Watch\n\
                    Save\n\n\
                    Oral\n\
                    Early warning on small islands\n\
                    Presented by Dr. Keshav Ramlall · University of Mauritius and Mauritius \
                    Meteorological Services\n\
                    Session: Forecasting\n\
                    Sep 12, 2024 · 14:12 · 167 views\n";
        assert_eq!(
            talks(text),
            [
                // (the presenter, not the co-authors; the session is no talk)
                one(
                    "Seagrass mapping from drones",
                    &[("Lena Okafor-Brandt", &["University of Kiel"])]
                ),
                // (a person known by one name)
                one(
                    "Reef restoration on Sulawesi",
                    &[("Suharti", &["Universitas Hasanuddin"])]
                ),
                one(
                    "Early warning on small islands",
                    &[(
                        "Keshav Ramlall",
                        &[
                            "University of Mauritius",
                            "Mauritius Meteorological Services"
                        ]
                    )]
                ),
            ]
        );
    }

    #[test]
    fn a_mail_thread_lists_talks_twice_and_they_are_one() {
        let text = "Inbox 14\n\
                    Sent Items\n\
                    Junk Email\n\
                    RSS Feeds\n\n\
                    Hi all,\n\n\
                    Here are this term's recordings:\n\n\
                    16 Jan – Seabed mapping with sonar – Dr Ines Falk-Osei – recording (49 min)\n\
                    23 Jan – R for ecologists, Part I: data frames – Dr Tom Hale-Mensah – recording \
                    (1 h)\n\n\
                    Fatima\n\n\
                    ________________________________\n\
                    From: Fatima Osei <f.osei@example.ac.uk>\n\
                    Sent: 08 January 2025 11:20\n\
                    Subject: Spring programme\n\n\
                    16 January – Dr Ines Falk-Osei (Inria), \"Seabed mapping with sonar\"\n\
                    23 January – Dr Tom Hale-Mensah (University of Exeter) – R for ecologists, \
                    Part I (bring a laptop)\n\
                    30 January – Dr Ola Berg (University of Bath), title TBC\n";
        let mut doc = crate::extract::extract_text("t.txt", text);
        crate::extract::series::assign(&mut [&mut doc.talks]);
        let found: Vec<Flat> = flat(doc.talks)
            .into_iter()
            .filter(|(_, people)| !people.is_empty())
            .collect();
        assert_eq!(
            found,
            [
                // (the same title: one talk, the institution from the programme)
                one(
                    "Seabed mapping with sonar",
                    &[("Ines Falk-Osei", &["Inria"])]
                ),
                // (the same part of the same series under another title: one talk)
                one(
                    "data frames",
                    &[("Tom Hale-Mensah", &["University of Exeter"])]
                ),
            ]
        );
    }

    #[test]
    fn a_programme_with_rooms_kinds_and_a_withdrawn_paper() {
        let text = "Programme\n\n\
                    10:00 - 11:00\n\
                    Opening keynote\n\
                    Main hall\n\
                    Keynote: Registries and what they teach us about public health\n\
                    Prof Ann Lindqvist-Obi\n\
                    Professor of Epidemiology, Karolinska Institutet\n\
                    11:15 - 11:35\n\
                    Federated analysis of intensive care data\n\
                    Oral\n\
                    WITHDRAWN\n\
                    11:35 - 11:55\n\
                    Linking school and health records in the North East: a feasibility study\n\
                    Oral\n\
                    Gráinne Mulholland-Asare (Durham University)\n\
                    13:45 - 15:00\n\
                    Panel: Who owns patient data?\n\
                    Room 2\n\
                    Panel\n\
                    Panellists: Dr Yewande Okoli (Understanding Patient Data) and Marcus Tindall \
                    (Healthwatch Newcastle)\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [
                one(
                    "Registries and what they teach us about public health",
                    &[("Ann Lindqvist-Obi", &["Karolinska Institutet"])]
                ),
                // (the paper withdrawn above the next slot's time is left out, not the next)
                one(
                    "Linking school and health records in the North East: a feasibility study",
                    &[("Gráinne Mulholland-Asare", &["Durham University"])]
                ),
                // (the room and the kind of session are no titles)
                one(
                    "Who owns patient data?",
                    &[
                        ("Yewande Okoli", &["Understanding Patient Data"]),
                        ("Marcus Tindall", &["Healthwatch Newcastle"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn an_afrikaans_course_page_under_a_learning_platform_s_menu() {
        let text = "Overview\n\
                    Lessons\n\
                    Gradebook\n\
                    Roster\n\
                    Site Info\n\
                    Gaslesings 2024 – opnames\n\
                    Week 2 – 13 Februarie 2024\n\
                    \"Droogte in die Karoo: wat die reënval ons leer\" – dr. Marius Venter-Dube \
                    (Universiteit Stellenbosch)\n\
                    Kyk die opname (YouTube, 51 min)\n\
                    Completed\n\
                    Week 3 – 20 Februarie 2024\n\
                    Hidrologiese modelle, deel 1: basiese beginsels\n\
                    Aanbieders: prof. Elna Botha-Mokoena (Noordwes-Universiteit) en mnr. Johan \
                    Pretorius-Sithole (GCS Water)\n\
                    Week 4 – 27 Februarie 2024\n\
                    GEKANSELLEER: \"Waterbeleid\" – dr. Anna Steyn (Departement Water en \
                    Sanitasie). Die gaslesing is weens siekte gekanselleer.\n\
                    Week 5 – 5 Maart 2024\n\
                    Paneelbespreking: Wie besit die rivier?\n\
                    Paneellede: me. Lerato Mokoena-Smit (Waternavorsingskommissie) en dr. Koos \
                    Fourie (Universiteit van Pretoria)\n\
                    Voorsitter: prof. Elna Botha-Mokoena\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [
                one(
                    "Droogte in die Karoo: wat die reënval ons leer",
                    &[("Marius Venter-Dube", &["Universiteit Stellenbosch"])]
                ),
                // ("Roster" in the menu opens no list of people that runs to the page's end)
                one(
                    "basiese beginsels",
                    &[
                        ("Elna Botha-Mokoena", &["Noordwes-Universiteit"]),
                        ("Johan Pretorius-Sithole", &["GCS Water"])
                    ]
                ),
                one(
                    "Paneelbespreking: Wie besit die rivier?",
                    &[
                        ("Lerato Mokoena-Smit", &["Waternavorsingskommissie"]),
                        ("Koos Fourie", &["Universiteit van Pretoria"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_blog_post_tells_the_talk_and_links_its_video_under_a_shorter_title() {
        let text = "Sunday, 2 March 2025\n\
                    Recording: sea ice\n\
                    Last Wednesday Dr Ines Kowalski-Amadi, a postdoc at the Alfred Wegener \
                    Institute, told us about \"Sea ice ridges in the Fram Strait: what the \
                    moorings saw\". She showed two winters of sonar data.\n\
                    ▶ YouTube: Sea ice ridges in the Fram Strait – I. Kowalski-Amadi (58:41)\n\
                    Posted by Ffion at 20:03 2 comments:\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [one(
                "Sea ice ridges in the Fram Strait: what the moorings saw",
                &[("Ines Kowalski-Amadi", &["Alfred Wegener Institute"])]
            )]
        );
    }

    #[test]
    fn a_collection_s_cards_give_the_speaker_after_the_date_and_length() {
        let text = "Autumn term 2024\n\
                    Language at home: new evidence | Dr Lowri Penrhyn-Mensah\n\
                    youtube.com\n\
                    2 October 2024 · 52 min. Dr Lowri Penrhyn-Mensah (Aberystwyth University) \
                    discusses census data on passing a language from parents to children.\n\
                    Open\n\
                    Qualitative methods: interviewing\n\
                    youtube.com\n\
                    Workshop for research students, 23 October 2024 (1 h 10 min). Presenters: \
                    Prof Meirion Caradog (Cardiff University) and Dr Non Ifans (University of \
                    Bristol).\n\
                    Open\n";
        let found = speaking(text);
        assert_eq!(
            found,
            [
                // (the card's title named the speaker; the description gives the institution)
                one(
                    "Language at home: new evidence",
                    &[("Lowri Penrhyn-Mensah", &["Aberystwyth University"])]
                ),
                // (the people's label in the description's second sentence)
                one(
                    "Qualitative methods: interviewing",
                    &[
                        ("Meirion Caradog", &["Cardiff University"]),
                        ("Non Ifans", &["University of Bristol"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn people_sections_are_not_talks() {
        assert!(is_people_section("Organizers"));
        assert!(is_people_section("Program Committee"));
        assert!(is_people_section("Chair / snacks rota"));
        assert!(!is_people_section("Learning to Optimize"));
    }

    #[test]
    fn wrapped_lines_join_with_spaces_paragraph_lines_with_blank_lines() {
        let wrapped = vec![
            (3, "first half of".to_owned()),
            (4, "a sentence.".to_owned()),
        ];
        assert_eq!(
            join_paragraphs(wrapped).as_deref(),
            Some("first half of a sentence.")
        );
        let long = "x".repeat(150);
        let paragraphs = vec![(3, long.clone()), (4, long.clone())];
        assert_eq!(
            join_paragraphs(paragraphs),
            Some(format!("{long}\n\n{long}"))
        );
    }

    #[test]
    fn numbered_seminar_lines_with_quoted_titles_panels_and_timed_presentations() {
        let text = "Past Seminars\n\n\
                    Autumn 2025\n\n\
                    14. Prof. Dr. Tariq Mehmood Sial (National University of Sciences and Technology (NUST)) & Dr. Hina Rauf Qureshi (Forman Christian College, Lahore), \"Survival models for kidney transplant outcomes in Punjab\", 9 October 2025. [Video] [Slides]\n\
                    13. \"Roundtable: Can administrative records replace the census?\", 2 October 2025. Panelists: Dr. Sana Iqbal Durrani (Director General, Federal Statistics Agency); Mr. Kamran Ali Lodhi (Deputy Director, Research & Analytics Department, Central Bank of Pakistan); Dr. Mehreen Aslam Rana (Department of Economics, University of Punjab). Moderator: Prof. Dr. Fauzia Naheed (Chair, QAU). [Video]\n\
                    12. Dr. Bushra Anwar Cheema (Punjab Bureau of Statistics and Department of Economics, GCU), \"Small-area poverty maps from household surveys\", 25 September 2025. Not recorded (the data are confidential).\n\
                    11. Research Student Presentations, 18 September 2025 (two talks, one video).\n    \
                    (i) 00:01:40 Ms. Zara Imtiaz Bhatti, PhD scholar, \"Mixture cure models for relapse data\"\n    \
                    (ii) 00:25:10 Mr. Hamza Rehan Gondal, PhD scholar, \"Bootstrap tests for structural breaks in remittances\"\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (a long line around a quoted title, an acronym in brackets inside brackets)
                one(
                    "Survival models for kidney transplant outcomes in Punjab",
                    &[
                        (
                            "Tariq Mehmood Sial",
                            &["National University of Sciences and Technology (NUST)"]
                        ),
                        ("Hina Rauf Qureshi", &["Forman Christian College, Lahore"]),
                    ]
                ),
                // (the panel's people in the labelled sentence after the date; the department
                // before the bank is its unit)
                one(
                    "Roundtable: Can administrative records replace the census?",
                    &[
                        ("Sana Iqbal Durrani", &["Federal Statistics Agency"]),
                        ("Kamran Ali Lodhi", &["Central Bank of Pakistan"]),
                        ("Mehreen Aslam Rana", &["University of Punjab"]),
                    ]
                ),
                // (a bureau and a department of another institution are two)
                one(
                    "Small-area poverty maps from household surveys",
                    &[(
                        "Bushra Anwar Cheema",
                        &[
                            "Punjab Bureau of Statistics",
                            "Department of Economics, GCU"
                        ]
                    )]
                ),
            ]
        );
        // (items numbered in roman figures in brackets are the session's segments, with their
        // start in the video)
        let doc = crate::extract::extract_text("t.txt", text);
        let session = doc.talks.last().unwrap();
        assert!(session.title.starts_with("Research Student Presentations"));
        let segments: Vec<(&str, Option<&str>, Vec<&str>)> = session
            .segments
            .iter()
            .map(|t| {
                let names = t.speakers.iter().map(|s| s.name.as_str()).collect();
                (t.title.as_str(), t.start.as_deref(), names)
            })
            .collect();
        assert_eq!(
            segments,
            [
                (
                    "Mixture cure models for relapse data",
                    Some("00:01:40"),
                    vec!["Zara Imtiaz Bhatti"]
                ),
                (
                    "Bootstrap tests for structural breaks in remittances",
                    Some("00:25:10"),
                    vec!["Hamza Rehan Gondal"]
                ),
            ]
        );
    }

    #[test]
    fn video_cards_with_badges_type_labels_firms_styles_and_guests_in_conversation() {
        let text = "Lecture Series: Recordings\n\n\
                    ▶ 1:02:11\n\
                    PUBLIC LECTURE\n\
                    \"Redemption song\": exile, return and the Caribbean novel\n\
                    Dr. Marlon Pryce-Whitter (University of Guyana)\n\
                    Thursday, April 9, 2026\n\
                    Watch video ›\n\n\
                    POSTPONED\n\
                    PUBLIC LECTURE\n\
                    Steel pan in the classroom\n\
                    Dr. Cordelia Bramwell-Tait (University of Trinidad and Tobago)\n\
                    Thursday, April 2, 2026\n\
                    This lecture has been postponed. A new date will be announced.\n\n\
                    ▶ 1:20:40\n\
                    REASONING\n\
                    Reasoning: Who profits from the festival?\n\
                    Reasoners: Mrs. Odette Rowe-Lindo, Director, Caribbean Association of Artists, Writers and Performers (CAAWP); Mr. Desmond Akers, Attorney-at-Law, Harcourt, Belfield & Dunstan; and Dr. Junior Faria (Bahamas Music Archives)\n\
                    Moderator: Dr. Ingrid Sealy\n\
                    Thursday, March 26, 2026\n\n\
                    ▶ 47:05\n\
                    LECTURE-RECITAL\n\
                    Lecture-recital: Tamboo bamboo and the drum ban\n\
                    Dr. Ansel St. Clair Mahabir, composer and percussionist, Conservatory of the Eastern Caribbean, with the Port of Spain Youth Choir (director: Mrs. Vera Lakhan)\n\
                    Thursday, March 19, 2026\n\n\
                    ▶ 1:10:02\n\
                    SPECIAL EVENT\n\
                    A life in calypso: The Hon. Leroy Kensington, ORTT (Crossroads Records) in conversation with Dr. Ingrid Sealy\n\
                    Thursday, March 12, 2026\n\n\
                    ▶ 55:30\n\
                    PUBLIC LECTURE\n\
                    Chutney soca and the radio\n\
                    Mr. Vishnu Ramcharan and Dr. Padma Seepersad (both Carnival Heritage Museum, National Trust of Trinidad)\n\
                    Thursday, March 5, 2026\n";
        let got = speaking(text);
        assert_eq!(
            titles_and_names(&got),
            [
                // (a quotation that opens a title, its subtitle after the colon)
                (
                    "\"Redemption song\": exile, return and the Caribbean novel",
                    vec!["Marlon Pryce-Whitter"]
                ),
                // (the postponed lecture's badge above its type label calls it off; the
                // reasoners are its speakers, the moderator not)
                (
                    "Reasoning: Who profits from the festival?",
                    vec!["Odette Rowe-Lindo", "Desmond Akers", "Junior Faria"]
                ),
                // (the choir and its director are no speakers)
                (
                    "Lecture-recital: Tamboo bamboo and the drum ban",
                    vec!["Ansel St. Clair Mahabir"]
                ),
                // (the guest speaks, the host who talks with them does not)
                ("A life in calypso", vec!["Leroy Kensington"]),
                (
                    "Chutney soca and the radio",
                    vec!["Vishnu Ramcharan", "Padma Seepersad"]
                ),
            ]
        );
        // (an association's members listed with commas, a firm of three partners; one place
        // that both speakers share)
        assert_eq!(
            got[1].1[..2],
            [
                (
                    "Odette Rowe-Lindo".to_owned(),
                    vec!["Caribbean Association of Artists, Writers and Performers".to_owned()]
                ),
                (
                    "Desmond Akers".to_owned(),
                    vec!["Harcourt, Belfield & Dunstan".to_owned()]
                ),
            ]
        );
        assert_eq!(got[2].1[0].1, ["Conservatory of the Eastern Caribbean"]);
        assert_eq!(got[3].1[0].1, ["Crossroads Records"]);
        assert_eq!(got[4].1[0].1, got[4].1[1].1);
        assert_eq!(got[4].1[0].1, ["National Trust of Trinidad"]);
    }

    #[test]
    fn a_lab_talks_page_with_dated_dash_lines_emoji_links_and_nested_acronyms() {
        let text = "Talks\n\n\
                    2025\n\n\
                    2025-05-14 — Flood forecasting with graph networks: a benchmark on the Arno — Lucia Ferrante (HydroLab CoE, University of Pisa). 🎥 Video · 💻 Notebook\n\
                    2025-04-30 — Guest: Prof. Dr.-Ing. Jonas Brenneke (TU Braunschweig, Institute of Hydraulic Engineering) — Sediment transport in regulated rivers. 🎥 Video\n\
                    2025-04-16 — Tariffs and pumping: the cost of peak hours — Marco Santangelo (Regional Energy Authority (REA) and HydroLab CoE). 📄 Slides\n\
                    2025-03-19 — Ana Vieira: \"Resilient irrigation districts\" — keynote at the Water Systems Conference, Valencia, Spain. 🎥 Video\n\n\
                    Edit this page\n\
                    Last updated on Jun 2, 2025 by Lucia Ferrante\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (a link's pictograph before its word is no part of the entry; a centre of
                // excellence written before its university is one affiliation)
                one(
                    "Flood forecasting with graph networks: a benchmark on the Arno",
                    &[("Lucia Ferrante", &["University of Pisa"])]
                ),
                // (a title with a full stop inside; a technical university, then its institute)
                one(
                    "Sediment transport in regulated rivers",
                    &[("Jonas Brenneke", &["TU Braunschweig"])]
                ),
                // (an authority with its acronym in brackets, inside brackets, and a centre)
                one(
                    "Tariffs and pumping: the cost of peak hours",
                    &[(
                        "Marco Santangelo",
                        &["Regional Energy Authority (REA)", "HydroLab CoE"]
                    )]
                ),
                // (an entry that ends where it was given, in a country, is no address)
                one("Resilient irrigation districts", &[("Ana Vieira", &[])]),
            ]
        );
        let doc = crate::extract::extract_text("t.txt", text);
        let units: Vec<Option<&str>> = doc.talks[..2]
            .iter()
            .map(|t| t.speakers[0].affiliations[0].unit.as_deref())
            .collect();
        assert_eq!(
            units,
            [
                Some("HydroLab CoE"),
                Some("Institute of Hydraulic Engineering")
            ]
        );
    }

    #[test]
    fn conference_replays_with_avatar_cards_jump_to_chapters_and_hosts() {
        let text = "GH-HRC 2025: Ghana Health Research Conference\n\
                    Event has ended\n\n\
                    Mar 4, 11:30 AM - 01:00 PM\n\
                    Oral Abstracts 1: Child health\n\
                    Track A · Room 1\n\
                    Speakers\n\
                    KA\n\
                    Dr. Kwabena Asante\n\
                    Paediatrics Registrar, Korle Bu Teaching Hospital (KBTH)\n\
                    EO\n\
                    Ms. Efua Ocran\n\
                    Nutrition Officer, Save the Children Intl Ghana\n\
                    Session chair: Dr. Yaw Mensah\n\
                    Jump to: 00:02:10 Zinc supplementation in Ashanti Region (Dr. Kwabena Asante) · 00:21:35 School feeding and stunting in Tamale (Ms. Efua Ocran) · 00:40:00 Questions\n\
                    ▶ Watch replay (58:10)\n\n\
                    Mar 4, 02:00 PM - 03:30 PM\n\
                    High-level panel: Paying for primary care\n\
                    Main Stage\n\
                    Speakers\n\
                    AB\n\
                    Hon. Dr. Abena Boateng-Ansah\n\
                    Deputy Minister of Health, Ministry of Health\n\
                    SI\n\
                    Alhaji Dr. Seidu Iddrisu\n\
                    Chief Executive, Ghana National Health Insurance Authority (GhNHIA)\n\
                    KO\n\
                    Mr. Kofi Owusu-Darko\n\
                    Head, Malaria Control Programme, Tamale Teaching Hospital\n\
                    AA\n\
                    Ms. Adwoa Arthur\n\
                    Conference host\n\
                    ▶ Watch replay (1:20:05)\n\n\
                    Mar 5, 10:00 AM - 12:00 PM\n\
                    Survey methods masterclass (Day 1 of 2): sampling frames\n\
                    Track C · Training Room\n\
                    Speakers\n\
                    NA\n\
                    Dr. Nana Ampofo\n\
                    Clinical Lead, 37th Military Hospital, Accra\n\
                    ▶ Watch replay (1:50:00)\n";
        let doc = crate::extract::extract_text("t.txt", text);
        // (the session's presenters are its chapters' speakers, and bring their institutions
        // there; its numbered name is a slot, no series)
        let session = &doc.talks[0];
        assert!(session.speakers.is_empty());
        assert_eq!(session.series, None);
        let chapters: Vec<(&str, &str, Vec<&str>)> = session
            .segments
            .iter()
            .filter(|t| !t.speakers.is_empty())
            .map(|t| {
                let s = &t.speakers[0];
                let affs = s.affiliations.iter().map(|a| a.name.as_str()).collect();
                (t.title.as_str(), s.name.as_str(), affs)
            })
            .collect();
        assert_eq!(
            chapters,
            [
                (
                    "Zinc supplementation in Ashanti Region",
                    "Kwabena Asante",
                    vec!["Korle Bu Teaching Hospital"]
                ),
                (
                    "School feeding and stunting in Tamale",
                    "Efua Ocran",
                    vec!["Save the Children Intl Ghana"]
                ),
            ]
        );
        // (a minister's office, a pilgrim's title, an acronym with small letters, a programme
        // of a hospital; the conference's host gives no talk)
        let panel = &doc.talks[1];
        let people: Vec<(&str, Option<&str>, Vec<&str>)> = panel
            .speakers
            .iter()
            .map(|s| {
                let a = &s.affiliations[0];
                let names = std::iter::once(a.name.as_str())
                    .chain(a.alternate_names.iter().map(String::as_str))
                    .collect();
                (s.name.as_str(), a.role.as_deref(), names)
            })
            .collect();
        assert_eq!(
            people,
            [
                (
                    "Abena Boateng-Ansah",
                    Some("Deputy Minister of Health"),
                    vec!["Ministry of Health"]
                ),
                (
                    "Seidu Iddrisu",
                    Some("Chief Executive"),
                    vec![
                        "Ghana National Health Insurance Authority",
                        "Ghana National Health Insurance Authority (GhNHIA)",
                        "GhNHIA"
                    ]
                ),
                (
                    "Kofi Owusu-Darko",
                    Some("Head"),
                    vec![
                        "Tamale Teaching Hospital",
                        "Malaria Control Programme, Tamale Teaching Hospital"
                    ]
                ),
            ]
        );
        // (a course's days in brackets are its parts; an ordinal is no house number)
        let course = &doc.talks[2];
        assert_eq!(course.series.as_deref(), Some("Survey methods masterclass"));
        assert_eq!(course.part, Some(1));
        assert_eq!(course.speakers[0].name, "Nana Ampofo");
        assert!(course.speakers[0].affiliations[0]
            .name
            .starts_with("37th Military Hospital"));
    }

    #[test]
    fn speaker_cards_with_photos_captions_dotted_dates_and_positions_each() {
        let text = "Past speakers\n\n\
                    Group photo of the panellists\n\
                    Ratu Sitiveni Qalo (Fiji Ports Authority), Dr. Anjali Prasad (School of Marine Studies, USP) and Mr. Viliami Fonua (Ministry of Fisheries)\n\
                    Panellists · moderated by Dr. Rohit Lal\n\
                    Panel: Who maintains the jetties? Small ports after cyclones\n\
                    Thursday 5 June 2025 · Engineering Lecture Theatre 2 and online · Watch the recording ›\n\n\
                    Photos: Dr. Ana Tuilagi and Mr. Teiti Bauro\n\
                    Dr. Ana Tuilagi & Mr. Teiti Bauro\n\
                    Lecturer in Geotechnics, School of Engineering, USP; Ministry of Public Works (MPW), Tuvalu\n\
                    Reef islands under load (ii): foundations on coral sand\n\
                    Thursday 29 May 2025 · Online · Watch the recording ›\n\n\
                    Photo: Adi Litia Daunivalu\n\
                    Adi Litia Daunivalu, CPEng, MIEAust\n\
                    Principal Engineer, Fiji Roads Authority\n\
                    Reef islands under load (i): what the borehole logs say\n\
                    Thursday 22 May 2025 · Engineering Lecture Theatre 2 · Watch the recording ›\n\n\
                    Photo: Mr. Sunil Chand\n\
                    Mr. Sunil Chand\n\
                    PhD candidate, University of Canterbury and USP\n\
                    Scour at bridge piers on the Rewa\n\
                    Thursday 15 May 2025 · Campus closed (flood warning)\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (photos' alt text and a caption with the moderator are no titles; a chiefly
                // title is no part of a name)
                one(
                    "Who maintains the jetties? Small ports after cyclones",
                    &[
                        ("Sitiveni Qalo", &["Fiji Ports Authority"]),
                        ("Anjali Prasad", &["School of Marine Studies, USP"]),
                        ("Viliami Fonua", &["Ministry of Fisheries"]),
                    ]
                ),
                // (one position each, in order, set apart by a semicolon)
                one(
                    "foundations on coral sand",
                    &[
                        ("Ana Tuilagi", &["School of Engineering, USP"]),
                        ("Teiti Bauro", &["Ministry of Public Works (MPW), Tuvalu"]),
                    ]
                ),
                // (charters after the name are dropped)
                one(
                    "what the borehole logs say",
                    &[("Litia Daunivalu", &["Fiji Roads Authority"])]
                ),
                // (a university and an acronym of its own are two)
                one(
                    "Scour at bridge piers on the Rewa",
                    &[("Sunil Chand", &["University of Canterbury", "USP"])]
                ),
            ]
        );
        // (a part in roman numerals in brackets)
        let doc = crate::extract::extract_text("t.txt", text);
        let parts: Vec<(Option<&str>, Option<u32>)> = doc.talks[1..3]
            .iter()
            .map(|t| (t.series.as_deref(), t.part))
            .collect();
        assert_eq!(
            parts,
            [
                (Some("Reef islands under load"), Some(2)),
                (Some("Reef islands under load"), Some(1))
            ]
        );
    }

    #[test]
    fn an_events_calendar_with_zones_leading_parts_and_quoted_titles_under_event_names() {
        let text = "Past Events\n\n\
                    Thursday, May 22, 2025\n\
                    12:30pm - 1:30pm CAT\n\
                    Part 2 | Screening for depression in antenatal clinics: scoring and validation\n\
                    Dr. Thandiwe Banda returned for the second session of her colloquium.\n\
                    Location: Seminar Room 4\n\n\
                    Thursday, May 15, 2025\n\
                    12:30pm - 1:30pm CAT\n\
                    Part 1 | Screening for depression in antenatal clinics: translation\n\
                    Dr. Thandiwe Banda, a lecturer at the Kamuzu University of Health Sciences (KUHeS), opened a two-part colloquium on screening in primary care.\n\
                    Location: Seminar Room 4\n\n\
                    Thursday, March 27, 2025\n\
                    12:30pm - 1:30pm CAT\n\
                    Psychology Colloquium with Dr. Lusungu Mhone\n\
                    “Grandparents raising grandchildren: care after labour migration.” Dr. Mhone is a clinical psychologist at Zomba Mental Hospital.\n\
                    Location: Seminar Room 4\n\n\
                    Thursday, March 20, 2025\n\
                    12:30pm - 1:30pm CAT\n\
                    Psychology Colloquium with Prof. Marike de Klerk\n\
                    “Lay counsellors in primary care: what the trials showed.” Prof. de Klerk (Stellenbosch University) joined us online.\n\
                    Location: Online\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let got = parted(&doc.talks);
        assert_eq!(
            got,
            [
                // (a time with its zone is a time, no title; a part named before its series)
                (
                    "scoring and validation",
                    Some("Screening for depression in antenatal clinics"),
                    Some(2),
                    vec![(
                        "Thandiwe Banda",
                        vec!["Kamuzu University of Health Sciences"]
                    )]
                ),
                // (a report of the first part under its title announces no parts below)
                (
                    "translation",
                    Some("Screening for depression in antenatal clinics"),
                    Some(1),
                    vec![(
                        "Thandiwe Banda",
                        vec!["Kamuzu University of Health Sciences"]
                    )]
                ),
                // (the title quoted under an event's name with its guest; the guest's
                // institution from the sentence after it, by family name)
                (
                    "Grandparents raising grandchildren: care after labour migration",
                    None,
                    None,
                    vec![("Lusungu Mhone", vec!["Zomba Mental Hospital"])]
                ),
                (
                    "Lay counsellors in primary care: what the trials showed",
                    None,
                    None,
                    vec![("Marike de Klerk", vec!["Stellenbosch University"])]
                ),
            ]
        );
    }

    #[test]
    fn an_archive_of_dash_lines_with_moderators_guests_degrees_and_postponements() {
        let text = "▾ 2025 (4 entries)\n\n\
                    Panel discussion: Antibiotics without prescription in community pharmacies — Panelists: Mr. Ram Prasad Adhikari, Senior Drug Administrator, Department of Drug Administration (DDA); Ms. Sita Gurung, President, Nepal Pharmacists Association (NPA) · Moderator: Prof. Dr. Hari Sharma, Head of Department\n\
                    Thursday, 19 June 2025 · Seminar Hall, Block 9 · Video (1 h 24 min)\n\n\
                    Quality control of herbal syrups — Mr. Bikash Rai (Himalaya Drug Co.) with Ms. Nirmala Tamang, Drug Administrator, Department of Drug Administration (DDA)\n\
                    Thursday, 22 May 2025 · Seminar Hall, Block 9 · Video (58 min) · Slides\n\n\
                    Nanoparticles for topical delivery — Dr. Asha Karki, M.Pharm, PhD (School of Health and Allied Sciences, Pokhara University)\n\
                    Thursday, 8 May 2025 · Seminar Hall, Block 9 · Video (47 min)\n\n\
                    POSTPONED — Clinical trials in Nepal: who regulates them? — Dr. Suman Basnet (Nepal Health Research Council)\n\
                    Thursday, 27 February 2025 · Postponed because of the general strike; a new date will be announced.\n\n\
                    Ayurveda and the drug regulator — Vd. Gopal Prasad Dahal, Department of Ayurveda\n\
                    Thursday, 30 January 2025 · Seminar Hall, Block 9 · Video (49 min)\n";
        let got = speaking(text);
        assert_eq!(
            titles_and_names(&got),
            [
                // (the moderator after a raised dot is no speaker)
                (
                    "Antibiotics without prescription in community pharmacies",
                    vec!["Ram Prasad Adhikari", "Sita Gurung"]
                ),
                // (a guest after a person's brackets, with a position of her own)
                (
                    "Quality control of herbal syrups",
                    vec!["Bikash Rai", "Nirmala Tamang"]
                ),
                // (a pharmacy degree beside a doctorate is no institution)
                ("Nanoparticles for topical delivery", vec!["Asha Karki"]),
                // (the postponed talk is left out; an Ayurvedic physician's title is dropped)
                (
                    "Ayurveda and the drug regulator",
                    vec!["Gopal Prasad Dahal"]
                ),
            ]
        );
        assert_eq!(
            got[1].1[1].1,
            ["Department of Drug Administration (DDA)"],
            "a drug administrator is a position, not a person"
        );
        assert_eq!(got[2].1[0].1, ["Pokhara University"]);
    }

    #[test]
    fn dotted_dates_before_book_talks_postponements_and_religious_orders() {
        let text = "SEMESTER II, 2024/2025\n\n\
                    Wed 26 Feb 2025 · Book talk: Dr. Keisha Ramcharan (UWI, Mona) on her new book “Rum, rail and the Rio Cobre, 1870–1930”, in conversation with Dr. Peter Lindo (Department of History) · ▶ Watch (1:01:15)\n\n\
                    Wed 12 Feb 2025 · POSTPONED to Semester I, 2025/2026 — Dr. Omar Khan (University of Guyana) — “Indenture ships and their surgeons”\n\n\
                    Wed 5 Feb 2025 · Rev. Fr. Dr. Damian Pierre, C.S.Sp. (Archdiocese of Castries) — “Catholic schooling in St. Lucia, 1850–1950” · ▶ Watch (55:02)\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (the author speaks, not the host in conversation with them; a campus of
                // the university's acronym stays with it)
                one(
                    "Rum, rail and the Rio Cobre, 1870–1930",
                    &[("Keisha Ramcharan", &["UWI, Mona"])]
                ),
                // (the postponed talk is left out, though a sentence reading names it; an
                // order's letters before the brackets are no institution)
                one(
                    "Catholic schooling in St. Lucia, 1850–1950",
                    &[("Damian Pierre", &["Archdiocese of Castries"])]
                ),
            ]
        );
    }

    #[test]
    fn an_armenian_chair_page() {
        let text = "Ամբիոնի գիտական սեմինարի տեսագրությունները\n\n\
                    2025 թ. հունիսի 4, չորեքշաբթի, ժ. 15:00\n\
                    «Նարեկացու մատյանը. Բ մաս. ձեռագրական ավանդությունը»\n\
                    Զեկուցողներ՝ Լ. Պողոսյան և արվեստագիտության թեկնածու Աննա Ավետիսյան (Երևանի պետական համալսարան)\n\
                    ▶ Դիտել տեսագրությունը (1:05:10)   Դիտումներ՝ 120\n\n\
                    2025 թ. մայիսի 21, չորեքշաբթի, ժ. 15:00\n\
                    «Նարեկացու մատյանը. Ա մաս. աղոթքի կառուցվածքը»\n\
                    Զեկուցող՝ բ.գ.թ., դոցենտ Լիլիթ Պողոսյան (ԵՊՀ)\n\
                    ▶ Դիտել տեսագրությունը (58:20)   Դիտումներ՝ 98\n\n\
                    2025 թ. մայիսի 7, չորեքշաբթի\n\
                    «Միջնադարյան տաղերը և նրանց երաժշտությունը»\n\
                    Զեկուցող՝ Արսեն Մելքոնյան\n\
                    Սեմինարը չկայացավ զեկուցողի հիվանդության պատճառով։\n\n\
                    2025 թ. ապրիլի 23, չորեքշաբթի, ժ. 15:00\n\
                    «Գանձարանների լեզուն»\n\
                    Զեկուցող՝ Տ. Վահան վրդ. Հակոբյան (Մայր Աթոռ Սուրբ Էջմիածին)\n\
                    ▶ Դիտել տեսագրությունը (47:36)\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let got: Vec<_> = parted(&doc.talks)
            .into_iter()
            .map(|(title, series, part, people)| {
                let names: Vec<&str> = people.into_iter().map(|(name, _)| name).collect();
                (title, series, part, names)
            })
            .collect();
        assert_eq!(
            got,
            [
                // (a part written with a letter as its numeral, the Armenian colon around it;
                // "և" joins two people, a degree before a name is dropped, an initial is
                // completed from the part before)
                (
                    "ձեռագրական ավանդությունը",
                    Some("Նարեկացու մատյանը"),
                    Some(2),
                    vec!["Լիլիթ Պողոսյան", "Աննա Ավետիսյան"]
                ),
                (
                    "աղոթքի կառուցվածքը",
                    Some("Նարեկացու մատյանը"),
                    Some(1),
                    vec!["Լիլիթ Պողոսյան"]
                ),
                // (the seminar that did not take place is left out; a celibate priest's titles
                // are dropped)
                ("Գանձարանների լեզուն", None, None, vec!["Վահան Հակոբյան"]),
            ]
        );
        let affs: Vec<&str> = doc.talks[1].speakers[0]
            .affiliations
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(affs, ["ԵՊՀ"]);
    }

    #[test]
    fn a_kazakh_chair_page() {
        let text = "Семинар жазбалары\n\n\
                    14.05.2025\n\
                    «Қазақ зергерлік өнері. 2-бөлім: күміс және шеберлер әулеттері»\n\
                    Баяндамашы: т.ғ.к. Айгерім Саматқызы Нұрланова\n\
                    Жазба: YouTube (58 мин)\n\
                    Қаралды: 187   Толығырақ\n\n\
                    23.04.2025\n\
                    «Қазақ зергерлік өнері. 1-бөлім: алтын және әдет-ғұрып»\n\
                    Баяндамашы: т.ғ.к. Айгерім Саматқызы Нұрланова\n\
                    Жазба: YouTube (52 мин)\n\n\
                    12.03.2025\n\
                    «Steppe metallurgy and the Bronze Age» (ағылшын тілінде)\n\
                    Баяндамашы: Dr. Lena Berglund (Lund University), онлайн\n\
                    Жазба: YouTube (1 сағ 09 мин)\n\n\
                    26.02.2025\n\
                    «Отырар керамикасы»\n\
                    Баяндамашы: Сымбат Оралқызы Ыдырыс\n\
                    Баяндамашының науқастануына байланысты семинар өтпеді.\n";
        let doc = crate::extract::extract_text("t.txt", text);
        let got = parted(&doc.talks);
        assert_eq!(
            got,
            [
                // (a part numbered before "бөлім"; a degree before the name is dropped)
                (
                    "күміс және шеберлер әулеттері",
                    Some("Қазақ зергерлік өнері"),
                    Some(2),
                    vec![("Айгерім Саматқызы Нұрланова", vec![])]
                ),
                (
                    "алтын және әдет-ғұрып",
                    Some("Қазақ зергерлік өнері"),
                    Some(1),
                    vec![("Айгерім Саматқызы Нұрланова", vec![])]
                ),
                // (how the guest joined is no institution; the seminar that did not take
                // place is left out)
                (
                    "Steppe metallurgy and the Bronze Age",
                    None,
                    None,
                    vec![("Lena Berglund", vec!["Lund University"])]
                ),
            ]
        );
    }

    #[test]
    fn a_video_gallery_with_carousels_counted_sections_firms_and_discussants() {
        let text = "Public Lectures (2 videos)\n\
                    ‹   ›\n\n\
                    1:15:20\n\
                    The Constitution at thirty: what has held\n\
                    Dec 5, 2024\n\
                    Prof. Abebe Tadesse Worku (Institute of Federalism, Civil Service University), with comments by the discussant, Dr. Selam Girma Haile (School of Law, AAU).\n\n\
                    1:31:40\n\
                    Panel: Arbitration after the New York Convention\n\
                    Jan 23, 2025\n\
                    Panelists: Ms. Almaz Bekele Tessema, Judge, Federal High Court; Mr. Dawit Mulugeta Ayele, Partner, Haile Tessema & Associates.\n\n\
                    Moot Court (2 videos)\n\
                    ‹   ›\n\n\
                    2:14:50\n\
                    Final round: National Moot Court Competition\n\
                    Jun 6, 2024\n\n\
                    School of Law · Sidist Kilo Campus · P.O. Box 1176, Addis Ababa, Ethiopia\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (the discussant who comments is no speaker)
                one(
                    "The Constitution at thirty: what has held",
                    &[("Abebe Tadesse Worku", &["Civil Service University"])]
                ),
                // (a judge's position, a firm of partners and associates)
                one(
                    "Arbitration after the New York Convention",
                    &[
                        ("Almaz Bekele Tessema", &["Federal High Court"]),
                        ("Dawit Mulugeta Ayele", &["Haile Tessema & Associates"]),
                    ]
                ),
            ]
        );
        // (a section's heading with its count and a carousel's arrows are no people, and a
        // footer's postal address no talk)
        assert!(talks(text).iter().all(|(t, _)| !t.contains("Sidist")));
    }

    #[test]
    fn a_seminar_table_with_monks_badges_and_cities_in_brackets() {
        // (a page's table, with the page's words around it: see `prepare` for a file that is
        // only a table)
        let text = "Department of Chemistry\n\nPast seminars (the recordings are linked from each row)\n\n\
                    No.\tDate\tPresenter\tTitle of the Seminar\tChaired by\tRecording\n\
                    5\t2025-02-12 (Wed)\tDr. Nimal Perera (University of Ruhuna)\tPOSTPONED – Solar stills for coastal villages (power cuts after the outage)\t–\t–\n\
                    7\t2025-03-05 (Wed)\tVen. Dr. Kotte Dhammaratana Thero (University of Kelaniya) and Dr. Shalini Fernando (Department of National Museums)\tPigments of temple murals\tDr. Kusal Weerakoon\tZoom recording\n\
                    14\t2024-11-20 (Wed)\tDr. Ruwani Jayasinghe (Tea Research Institute of Sri Lanka, Talawakelle)\tCatechins in green tea\tProf. Anusha Silva\tYouTube (49 min)\n";
        let got = speaking(text);
        assert_eq!(
            got,
            [
                // (the postponed seminar is left out; a monk's title after his name is
                // dropped)
                one(
                    "Pigments of temple murals",
                    &[
                        ("Kotte Dhammaratana", &["University of Kelaniya"]),
                        ("Shalini Fernando", &["Department of National Museums"]),
                    ]
                ),
                // (a comma inside the brackets is the institution's, and its town stays)
                one(
                    "Catechins in green tea",
                    &[(
                        "Ruwani Jayasinghe",
                        &["Tea Research Institute of Sri Lanka, Talawakelle"]
                    )]
                ),
            ]
        );
    }
}
