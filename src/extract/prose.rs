//! Talks told in running prose, the way newsletters and digests report them: "On 3 March, Jane
//! Doe (ETH Zürich) spoke about “Title”", "Our next speaker is X, a professor at Y, who will
//! speak on “Title”", or several talks in one sentence: "… featured A (X) on “T1”, B of Y on
//! “T2”, and C on “T3”".
//!
//! The entry point is [`read_reports`]. It reads paragraphs of prose — one long line, or lines
//! wrapped at a fixed width, joined — and finds each quoted title. Before the title it looks
//! for a speaker followed by a verb of speaking ("spoke about", "presented", "gave a talk
//! titled", "will speak on", "delivered this year's lecture") or, in a list, a bare "on" or
//! "about"; after it, for "by Speaker" when the sentence names a talk. The readings replace
//! the line-by-line ones. A quoted title that nobody is said to speak on (a paper that won an
//! award, a book) is left alone.

use super::line::{Kind, LineInfo, Strike};
use super::speaker::parse_speakers;
use super::text::{clean_title, starts_upper};
use super::words;
use super::Lexicon;
use crate::model::Speaker;

/// A talk reported in prose: its title and speakers.
pub(crate) type Report = (String, Vec<Speaker>);

/// A wrapped line of prose is at least this long (a paragraph that continues on the next line).
const WRAPPED: usize = 45;

/// Most lines of one wrapped paragraph: a longer run of long lines is a listing written
/// without blank lines, read line by line.
const MAX_LINES: usize = 12;

/// Longest paragraph read for reports.
const MAX_PARAGRAPH: usize = 4000;

/// Verbs (and the nouns of a talk) that say someone spoke on the title that follows.
const SPEAKS: &[&str] = &[
    "spoke",
    "speaks",
    "speak",
    "speaking",
    "presented",
    "presents",
    "present",
    "presenting",
    "gave",
    "gives",
    "give",
    "giving",
    "delivered",
    "delivers",
    "deliver",
    "talked",
    "talks",
    "talk",
    "lectured",
    "lectures",
    // "X of Y, whose lecture “T”", "X’s lecture “T”"
    "lecture",
    "discussed",
    "discusses",
    "discuss",
    "taught",
    "teaches",
    "teach",
    "opened",
    "closed",
    "introduced",
    "shared",
    "asked",
    "asks",
    "argued",
    "argues",
    "explained",
    "explains",
    "explored",
    "explores",
    "described",
    "describes",
    "reviewed",
    "surveyed",
    "showed",
    "demonstrated",
    "addressed",
    "tackled",
    "covered",
    // chat and social posts: "X from Y, talking about …", "X walked us through …"
    "talking",
    "walked",
    "walks",
    "followed",
    "kicked",
    // other languages' "gave", "presented", "spoke": "X (Y) održala je predavanje „T”",
    // "X (Y) виступила з доповіддю «T»", "X (Y) trình bày báo cáo “T”", "X (Y) a prezentat
    // lucrarea „T”", "X (Y) menyampaikan materi “T”"
    "održao",
    "održala",
    "održali",
    "predstavio",
    "predstavila",
    "predstavil",
    // Bulgarian: "X ще говори за „T“", "изнесе доклад"
    "говори",
    "изнесе",
    "govorio",
    "govorila",
    "виступив",
    "виступила",
    "виступили",
    "представив",
    "представила",
    "розповів",
    "розповіла",
    "выступил",
    "выступила",
    "представил",
    "trình",
    "prezentat",
    "susținut",
    "menyampaikan",
    "mempresentasikan",
    "membawakan",
    "presentato",
    "tenuto",
    "sprach",
    "referierte",
    "hielt",
    "présenté",
    "presentó",
    "impartió",
    "apresentou",
    // Norwegian, Danish and Swedish: "X fra Y, som snakket om «T»", "X holdt foredraget «T»"
    "snakket",
    "snakker",
    "presenterte",
    "presenterede",
    "præsenterede",
    "presenterade",
    "foreleste",
    "forelæste",
    "föreläste",
    "fortalte",
    "berättade",
    "talade",
    "talte",
    "holdt",
    "höll",
    // Welsh: "Dr A (X) yn trafod …" (discussing), "yn siarad am" (speaking about)
    "trafod",
    "siarad",
    // Latvian: "X, kurš stāstīja „T”" (who told about), "runāja" (spoke), "lasīja lekciju"
    "stāstīja",
    "runāja",
    "lasīja",
    "wygłosił",
    "wygłosiła",
    "přednesl",
    "přednesla",
];

/// Whether a word (in lower case) is one of [`SPEAKS`]: a hash set, as the list is long and
/// every word before a quoted title asks it.
fn speaks(word: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| SPEAKS.iter().copied().collect());
    SET.contains(word)
}

/// Words that make a quoted title something other than a talk: "whose paper “…” won".
const NOT_A_TALK: &[&str] = &[
    "paper",
    "papers",
    "book",
    "article",
    "award",
    "prize",
    "whose",
    "film",
    "song",
    "thesis",
    "wrote",
    "published",
    "won",
    "dataset",
    "poster",
    "blog",
    "grant",
    "project",
];

/// Words that start a sentence and never a name: "Then Hana Novak presented …".
const SENTENCE_WORDS: &[&str] = &[
    "then",
    "next",
    "later",
    "also",
    "finally",
    "afterwards",
    "meanwhile",
    "our",
    "the",
    "this",
    "that",
    "these",
    "last",
    "first",
    "and",
    "but",
    "so",
    "both",
    "here",
    "there",
    "today",
    "yesterday",
    "tomorrow",
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "with",
    "when",
    "while",
    "since",
    "guest",
    "speaker",
    "professor",
    "dr",
    "we",
    "i",
    "it",
    "a",
    "an",
];

/// Finds the paragraphs of `lines` that report talks and returns their new readings.
pub(crate) fn read_reports(
    lines: &[&str],
    infos: &[LineInfo],
    lex: &Lexicon,
) -> Vec<(usize, LineInfo)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let end = paragraph_end(lines, infos, i);
        let heading = (end > i).then(|| heading_people(infos, i)).flatten();
        if end > i && may_report(lines, infos, i, end, heading.is_some()) {
            read_paragraph(lines, &infos[i..end], i, end, heading, lex, &mut out);
        } else if end > i && may_describe(lines, infos, i, end) {
            describe_event(lines, i, end, lex, &mut out);
        }
        i = end.max(i + 1);
    }
    out
}

/// Sentences that end with a colon and give the people of the titles listed under them: "In
/// 2022 the Lecture was given as a two-evening masterclass by Professor X (Inst):" over one
/// title per line. The sentence is no talk; each title below takes its people.
pub(crate) fn read_lead_sentences(
    lines: &[&str],
    infos: &[LineInfo],
    lex: &Lexicon,
) -> Vec<(usize, LineInfo)> {
    let mut out = Vec::new();
    for (i, info) in infos.iter().enumerate() {
        if !lines[i].trim_end().ends_with(':') {
            continue;
        }
        // "The 2024 prize is awarded to Professor X of Y for …. His prize lecture:", "The
        // prize is shared by Dr. A (X) and Prof. B (Y), who give the lecture together:"
        let awarded;
        let speakers = match &info.kind {
            Kind::Combined { title, speakers } if reads_as_sentence(title) => speakers,
            Kind::Prose(text) => match awarded_to(text, lex) {
                Some(people) => {
                    awarded = people;
                    &awarded
                }
                None => continue,
            },
            _ => continue,
        };
        let below: Vec<usize> = (i + 1..infos.len())
            .take_while(|&j| matches!(infos[j].kind, Kind::Title(_)))
            .collect();
        if below.is_empty() || speakers.iter().any(|s| s.affiliations.is_empty()) {
            continue;
        }
        out.push((i, info_like(info, Kind::Noise)));
        for j in below {
            let Kind::Title(t) = &infos[j].kind else {
                continue;
            };
            let kind = Kind::Combined {
                title: t.clone(),
                speakers: speakers.clone(),
            };
            out.push((j, info_like(&infos[j], kind)));
        }
    }
    out
}

/// The people a sentence says a prize or a lecture goes to: "… is awarded to Professor X of
/// the University of Y for …", "… is shared by Dr. A (X) and Prof. B (Y), who give …",
/// "… given by A (X):". `None` unless each of them has an institution.
fn awarded_to(text: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let lower = text.to_lowercase();
    let (at, cue) = ["awarded to ", "shared by ", "given by ", "delivered by "]
        .iter()
        .filter_map(|c| lower.find(c).map(|at| (at, c.len())))
        .min()?;
    let rest = &text[at + cue..];
    let end = [" for ", ", who ", ":"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .unwrap_or(rest.len());
    let people = parse_speakers(rest[..end].trim(), lex)?;
    (people.score >= 0.6
        && !people.speakers.is_empty()
        && people.speakers.iter().all(|s| !s.affiliations.is_empty()))
    .then_some(people.speakers)
}

/// Reads the teaser under a news item's title for the speakers it names (see
/// [`teaser_speakers`]): a line of prose right under a title, past tags and a date.
pub(crate) fn read_teasers(lines: &[&str], infos: &mut [LineInfo], lex: &Lexicon) {
    for i in 1..infos.len().min(lines.len()) {
        if !matches!(infos[i].kind, Kind::Prose(_) | Kind::LongProse) {
            continue;
        }
        let above = (i.saturating_sub(4)..i)
            .rev()
            .find(|&k| !matches!(infos[k].kind, Kind::Noise | Kind::When(_) | Kind::Meta));
        // (a title in sentence case may have been read as a line of prose: "Sea level rise
        // along the coast – how fast and how far?")
        let Some(k) = above else {
            continue;
        };
        // (or a card's title line that named its speaker already: the teaser gives the
        // institution, see `Reader::restated`)
        let titled = match &infos[k].kind {
            Kind::Title(_) | Kind::Combined { .. } => true,
            Kind::Prose(t) => !t.ends_with('.') && t.split_whitespace().count() <= 20,
            _ => false,
        };
        if !titled {
            continue;
        }
        if let Some(speakers) = teaser_speakers(lines[i].trim(), lex) {
            if let Kind::Prose(t) = &infos[k].kind {
                let title = clean_title(t);
                infos[k] = info_like(&infos[k], Kind::Title(title));
            }
            infos[i] = info_like(
                &infos[i],
                Kind::Speakers {
                    speakers,
                    score: 0.8,
                },
            );
        }
    }
}

/// The speakers a news item's teaser names under its title, in its first sentence: "In our
/// March colloquium Dr. A, senior scientist at X, showed how …", "Prof. A (X) presented new
/// data …", "The second lecture … was given by Dr. A (X) together with Dr. B (Y), who …", "A
/// joint talk by Dr. A and B, both X, on …". The sentence names someone with an honorific,
/// and every person it gives has an institution; `None` otherwise.
pub(crate) fn teaser_speakers(text: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let titled = |s: &str| {
        s.split_whitespace()
            .any(|w| words::classes(w).has(words::Classes::HONORIFIC))
    };
    let mut first = first_sentence_of(text);
    // "2 October 2024 · 52 min. Dr A (X) discusses …": a card's date and length first, then
    // the sentence that names the speaker
    let dated = first.split_whitespace().count() <= 14
        && first.bytes().any(|b| b.is_ascii_digit())
        && !titled(first);
    if dated && first.len() < text.len() {
        first = first_sentence_of(text[first.len()..].trim_start_matches(['.', ' ']));
    }
    // "Cyflwynwyr: A (X) a B (Y).", "Presenters: …": the people's label
    if let Some((super::line::Field::Speaker, people)) = super::line::field_label(first) {
        let people = people
            .trim_end_matches('.')
            .replace("yr Athro ", "Athro ")
            .replace("Yr Athro ", "Athro ");
        return parse_speakers(&people, lex)
            .filter(|p| p.score >= 0.7 && !p.speakers.is_empty())
            .map(|p| p.speakers);
    }
    // (a quoted title makes the sentence a report of its talk: see `find_reports`)
    if first.len() > 600 || !titled(first) || quote_opens(first) > 0 {
        return None;
    }
    let clear = |people: super::speaker::ParsedSpeakers| {
        (people.score >= 0.7
            && !people.speakers.is_empty()
            && people.speakers.len() <= 4
            && people.speakers.iter().all(|s| !s.affiliations.is_empty()))
        .then_some(people.speakers)
    };
    // "… was given by X together with Y, who …", "A joint talk by X and Y, both Z, on …"
    let lower = first.to_lowercase();
    let cue = [
        " given by ",
        " talk by ",
        " lecture by ",
        " presented by ",
        " delivered by ",
        // Welsh: "Seminar yn Saesneg gan Dr A o Brifysgol Y" (by A from Y)
        " gan ",
    ]
    .iter()
    .filter_map(|c| lower.find(c).map(|at| at + c.len()))
    .min();
    if let Some(at) = cue {
        let rest = &first[at..];
        let end = [", who ", ", on ", " on the ", ", about "]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .unwrap_or(rest.len());
        let people = rest[..end]
            .trim()
            .trim_end_matches([',', '.'])
            .replace(" together with ", " and ")
            .replace(", both ", ", both of ")
            .replace(" o ", " from ");
        if titled(&people) {
            return parse_speakers(&people, lex).and_then(clear);
        }
        return None;
    }
    // the people before the first verb of speaking: "Prof. A (X) presented …"
    let words = word_starts(first);
    let (at, _) = words.iter().skip(1).find(|(_, w)| {
        !starts_upper(w) && speaks(&w.trim_end_matches([',', '.']).to_lowercase())
    })?;
    let before = trim_relative(&first[..*at]);
    if !titled(before) {
        return None;
    }
    last_people(before, 0.7, lex).and_then(|speakers| {
        clear(super::speaker::ParsedSpeakers {
            speakers,
            score: 1.0,
        })
    })
}

/// Whether a title is a sentence of running text: eight words or more, most in lower case.
fn reads_as_sentence(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    words.len() >= 8 && lower * 2 >= words.len()
}

fn info_like(info: &LineInfo, kind: Kind) -> LineInfo {
    LineInfo {
        kind,
        ..info.clone()
    }
}

/// Where the paragraph that starts at line `i` ends (exclusive); `i` when no paragraph of
/// text starts there. A paragraph wrapped at a fixed width continues while its lines run to
/// the wrap width.
fn paragraph_end(lines: &[&str], infos: &[LineInfo], i: usize) -> usize {
    if !continues(&infos[i].kind) {
        return i;
    }
    let mut end = i + 1;
    while end < lines.len()
        && end - i < MAX_LINES
        && lines[end - 1].trim().len() >= WRAPPED
        && wrapped_before(lines[end - 1], lines[end])
        // (each item of a list is a paragraph of its own: "– «T1», A (X)" / "– «T2», B (Y)")
        && !infos[end].listed
        && continues(&infos[end].kind)
    {
        end += 1;
    }
    end
}

/// Whether `line` may have been wrapped before `next`: a line broken at a width leaves no
/// room for the next line's first word, and the next line is no wider than that width. A
/// heading above a one-line description was not wrapped ("Meetup #30 with A (X)" over "A will
/// present “T”, followed by questions.").
fn wrapped_before(line: &str, next: &str) -> bool {
    let (line, next) = (line.trim(), next.trim());
    let word = next.split_whitespace().next().unwrap_or("");
    // (a few characters of slack for justified or hand-wrapped text)
    next.chars().count() <= line.chars().count() + 1 + word.chars().count() + 3
}

/// Whether a line of this kind can be (part of) a paragraph of text.
fn continues(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Prose(_)
            | Kind::LongProse
            | Kind::Title(_)
            | Kind::Combined { .. }
            | Kind::Speakers { .. }
            | Kind::Institutions { .. }
            // "Talk: “T” by X, Data Scientist at Y. Followed by …": a label before prose
            | Kind::Field(super::line::Field::Title, _)
    )
}

/// The people an event's heading names, a few lines above the paragraph at `i` in the same
/// block ("Meetup #21 with Jane Doe (UZH)"): a description may call them by their given
/// name ("Jane will talk about “T”").
fn heading_people(infos: &[LineInfo], i: usize) -> Option<(usize, &[Speaker])> {
    (i.saturating_sub(4)..i)
        .rev()
        .find_map(|j| match &infos[j].kind {
            Kind::Combined { speakers, .. } => Some((j, speakers.as_slice())),
            _ => None,
        })
        .filter(|&(j, _)| !infos[j..i].iter().any(|x| x.kind == Kind::Blank))
}

/// A paragraph that may describe one event's talk without quoting its title: one line of
/// prose right under a title in its block.
fn may_describe(lines: &[&str], infos: &[LineInfo], start: usize, end: usize) -> bool {
    let line = lines[start];
    // (a title and its panel in two sentences may read as a long title)
    let staged = matches!(infos[start].kind, Kind::Title(_)) && line.len() > 60 && {
        let lower = line.to_lowercase();
        ON_STAGE.iter().any(|l| lower.contains(&format!(". {l}")))
    };
    end == start + 1
        && (matches!(infos[start].kind, Kind::Prose(_) | Kind::LongProse) || staged)
        && line.len() <= MAX_PARAGRAPH
        && (start.saturating_sub(3)..start)
            .rev()
            .take_while(|&j| infos[j].kind != Kind::Blank)
            .any(|j| matches!(infos[j].kind, Kind::Title(_)))
}

/// An event's description that gives its talk in the first sentences without quotes:
/// "Hands-on Transformers, Part 2: Fine-Tuning with Adapters, with Jakub Nowicki (ZHAW).",
/// "Panel: Open-Source LLMs. On stage: A (EPFL), B (CSCS) and C, Head of ML at Scandit.".
fn describe_event(
    lines: &[&str],
    start: usize,
    end: usize,
    lex: &Lexicon,
    out: &mut Vec<(usize, LineInfo)>,
) {
    let text = lines[start].trim();
    if is_abstract(text) || sentence_calls_off(text, 0) {
        return;
    }
    if let Some(report) = described_talk(text, lex) {
        out.push((start, info(Kind::Reports(vec![report]))));
        for k in start + 1..end {
            out.push((k, info(Kind::Noise)));
        }
    }
}

/// Labels that put a panel's people after its title in the next sentence.
const ON_STAGE: &[&str] = &[
    "on stage:",
    "speakers:",
    "panelists:",
    "panellists:",
    "featuring:",
    "with:",
];

/// The talk the first sentences of an event's description give (see [`describe_event`]).
fn described_talk(text: &str, lex: &Lexicon) -> Option<Report> {
    let affiliated = |speakers: &[Speaker]| {
        !speakers.is_empty() && speakers.iter().all(|s| !s.affiliations.is_empty())
    };
    let title_like = |t: &str| {
        let n = t.split_whitespace().count();
        (2..=15).contains(&n)
            && starts_upper(t)
            && !t.contains(['“', '"', '«'])
            && !t.split_whitespace().any(|w| {
                matches!(
                    w,
                    "is" | "are" | "was" | "were" | "will" | "has" | "have" | "we" | "our"
                )
            })
    };
    let end = sentence_end(text).unwrap_or(text.len());
    let first = text[..end].trim_end_matches('.');
    // "T, with A (X)": the title, then its people
    if let Some((title, people)) = first.rsplit_once(", with ") {
        if title_like(title) {
            if let Some(parsed) = parse_speakers(people.trim(), lex) {
                if parsed.score >= 0.75 && affiliated(&parsed.speakers) {
                    return Some((clean_title(title), parsed.speakers));
                }
            }
        }
    }
    // "T. On stage: A (X), B (Y) and C, Role at Z. Moderated by D."
    let rest = text[end..].trim_start_matches('.').trim_start();
    let lower = rest.to_lowercase();
    let label = ON_STAGE.iter().find(|l| lower.starts_with(**l))?;
    let people = &rest[label.len()..];
    let stop = sentence_end(people).unwrap_or(people.len());
    let people = people[..stop].trim().trim_end_matches('.');
    if !title_like(first) {
        return None;
    }
    let parsed = parse_speakers(people, lex)?;
    (parsed.score >= 0.7 && affiliated(&parsed.speakers))
        .then(|| (clean_title(first), parsed.speakers))
}

/// A cheap test before reading: a paragraph of prose with a quote in it. A line of a
/// listing (a title, a speaker line, a title with its speakers) is left to its reading unless
/// it quotes two titles, or is part of a wrapped paragraph that ends a sentence.
fn may_report(
    lines: &[&str],
    infos: &[LineInfo],
    start: usize,
    end: usize,
    under_people: bool,
) -> bool {
    let prose = infos[start..end]
        .iter()
        .any(|i| matches!(i.kind, Kind::Prose(_) | Kind::LongProse));
    // a wrapped paragraph that ends a sentence, or one long line that does (a chat message)
    let last = lines[end - 1].trim_end();
    let sentence = (end - start > 1 || last.len() > 80) && last.ends_with(['.', '!', '?']);
    let combined = matches!(infos[start].kind, Kind::Combined { .. });
    // "Talk 1: “T1” – A (X) Talk 2: “T2” – B (Y)": one line that quotes two titles
    let two_on_a_line = lines[start..end].iter().any(|l| quote_opens(l) >= 2);
    // a short sentence under a heading that names people ("A will present “T”.")
    let told = under_people && last.ends_with(['.', '!']);
    if !(prose || sentence || combined || two_on_a_line || told) {
        return false;
    }
    let quotes: usize = lines[start..end].iter().map(|l| quote_opens(l)).sum();
    quotes > 0 && (prose || sentence || told) || quotes >= 2
}

/// How many titles `line` may quote.
fn quote_opens(line: &str) -> usize {
    let single = || memchr::memchr(b'\'', line.as_bytes()).is_some();
    if memchr::memchr3(b'"', 0xE2, 0xC2, line.as_bytes()).is_none() && !single() {
        return 0;
    }
    // („ opens a title that “ or ” closes: „…“ in German, „…” in Croatian, Polish, Romanian)
    let low = line.matches('„').count();
    let singles = line
        .char_indices()
        .filter(|&(at, c)| matches!(c, '\'' | '‘') && single_quote_at(line, at).is_some())
        .count();
    // (»…«: a » with no « before it and one after)
    let reversed = line
        .find('»')
        .is_some_and(|at| !line[..at].contains('«') && line[at..].contains('«'));
    low + line.matches('«').count()
        + usize::from(reversed)
        + line.matches('“').count().saturating_sub(low)
        + line.matches('"').count() / 2
        + singles
}

/// Where the single quote that opens at `at` closes ('Title', ‘Title’): the opening quote
/// starts a word, after a space or a bracket, and the closing one ends a word, before a space,
/// a punctuation mark or the end, so that apostrophes ("user's", "O'Neil") open nothing.
fn single_quote_at(text: &str, at: usize) -> Option<usize> {
    let open = text[at..].chars().next()?;
    let close = if open == '‘' { '’' } else { '\'' };
    let before_ok = text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | ':'));
    let inner_start = at + open.len_utf8();
    let first_ok = text[inner_start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if !before_ok || !first_ok {
        return None;
    }
    let mut from = inner_start;
    while let Some(rel) = text[from..].find(close) {
        let end = from + rel;
        let after = text[end + close.len_utf8()..].chars().next();
        let prev = text[..end].chars().next_back();
        if prev.is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]".contains(c))
        {
            return Some(end);
        }
        from = end + close.len_utf8();
    }
    None
}

/// Reads the paragraph of lines `start..end` and, when it reports talks, gives each line its
/// new reading: the talks whose title starts on it, or noise.
fn read_paragraph(
    lines: &[&str],
    infos: &[LineInfo],
    start: usize,
    end: usize,
    heading: Option<(usize, &[Speaker])>,
    lex: &Lexicon,
    out: &mut Vec<(usize, LineInfo)>,
) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(end - start);
    for line in &lines[start..end] {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        // (without "[desde 0:27:50]": where the talk starts in the session's video)
        text.push_str(super::line::without_start_mark(line.trim()));
    }
    if text.len() > MAX_PARAGRAPH {
        return;
    }
    if is_abstract(&text) {
        return;
    }
    let known = heading.map_or(&[][..], |(_, people)| people);
    let found = find_reports_knowing(&text, known, lex);
    if found.is_empty() {
        return;
    }
    // the heading's people now give a talk of their own: the heading was the event's
    if let Some((at, people)) = heading {
        let same = |s: &[Speaker]| {
            s.len() == people.len() && s.iter().zip(people).all(|(a, b)| a.name == b.name)
        };
        if found.iter().any(|(_, (_, speakers))| same(speakers)) {
            out.push((at, info(Kind::Noise)));
        }
    }
    let mut per_line: Vec<Vec<Report>> = vec![Vec::new(); end - start];
    for (at, report) in found {
        // "the seminar by X on “T” … has been cancelled": the sentence calls the talk off
        if sentence_calls_off(&text, at) {
            continue;
        }
        let line = starts.partition_point(|&s| s <= at).saturating_sub(1);
        per_line[line].push(report);
    }
    for (k, reports) in per_line.into_iter().enumerate() {
        let kind = if reports.is_empty() {
            // an entry of a listing that the paragraph runs through keeps its reading
            // (or that starts with its own date: "19. 11. 2024 – Name (Inst): Title")
            let line = lines[start + k].trim_start();
            if matches!(infos[k].kind, Kind::Combined { .. })
                && (quote_opens(line) > 0 || line.starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            Kind::Noise
        } else {
            Kind::Reports(reports)
        };
        out.push((start + k, info(kind)));
    }
}

/// Whether the sentence of `text` around byte `at` says the talk it names did not take place:
/// "… has been cancelled", "was called off".
fn sentence_calls_off(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(". ").map_or(0, |p| p + 2);
    let end = text[at..].find(". ").map_or(text.len(), |p| at + p);
    let sentence = text[start..end].to_lowercase();
    if [
        "cancelled",
        "canceled",
        "called off",
        "postponed",
        "withdrawn",
    ]
    .iter()
    .any(|w| sentence.contains(w))
    {
        return true;
    }
    // in the other languages, the word alone: "30. januar: AVLYST – Name (Inst): «T»."
    let word_at = |w: &str| {
        sentence.match_indices(w).any(|(p, _)| {
            let before = sentence[..p].chars().next_back();
            let after = sentence[p + w.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
    };
    super::line::may_call_off(&sentence) && super::lang::CALLED_OFF.iter().any(|w| word_at(w))
}

/// Whether a paragraph is the abstract of a talk, written in its own voice ("In this talk we
/// show …"): the talks it mentions ("the keynote “T” given by X last year") are not listed.
fn is_abstract(text: &str) -> bool {
    const VOICE: &[&str] = &[
        "this talk",
        "this lecture",
        "this seminar",
        "this tutorial",
        "i will",
        "we will",
        "we show",
        "we present",
        "we propose",
        "we introduce",
        "our work",
        "our approach",
        "our method",
    ];
    let lower = text.to_lowercase();
    // "joint work" in the talk's own voice ("This is joint work with …; we show"), not a
    // report's "presented “T”, based on joint work with colleagues"
    VOICE.iter().any(|v| lower.contains(v))
        || lower.contains("joint work") && (lower.contains(" we ") || lower.starts_with("we "))
}

fn info(kind: Kind) -> LineInfo {
    LineInfo {
        kind,
        listed: false,
        when: None,
        labelled: false,
        cancelled: false,
        strike: Strike::None,
    }
}

/// The talks reported in `text`, each with the byte offset of its title.
pub(crate) fn find_reports(text: &str, lex: &Lexicon) -> Vec<(usize, Report)> {
    find_reports_knowing(text, &[], lex)
}

/// [`find_reports`], where `known` are people named before the text who may be called by
/// their given name alone ("Ayşe will talk about “T”").
fn find_reports_knowing(text: &str, known: &[Speaker], lex: &Lexicon) -> Vec<(usize, Report)> {
    let mut out = Vec::new();
    // and the people the text itself names before it tells their talks: "an afternoon
    // featuring Dr A (X) and Dr B (Y). Dr A spoke on “T1”, and Dr B presented “T2”."
    let mentioned = mentioned_people(text, lex);
    let known: Vec<Speaker> = known.iter().chain(&mentioned).cloned().collect();
    let known = known.as_slice();
    let mut from = 0;
    // the speakers a "tutorial by X:" names for the list of parts that follows
    let mut carried: Option<Vec<Speaker>> = None;
    let mut last_part: Option<(String, Vec<Speaker>)> = None;
    for (open, inner, close) in quoted(text) {
        let title = clean_title(inner);
        // a quoted nickname ("Haruto “Haru” Sakamoto") belongs to the name around it
        if title.split_whitespace().count() < 2 {
            continue;
        }
        let raw = &text[from..open];
        // "… Talk 2: “T2”": a numbered label starts the next item; what came before it
        // belongs to the title before
        let lead = after_item_label(sentence_tail(raw));
        // the next item of a list that an earlier title started: ", and Zhou Xin on “…”"
        let joined = lead.trim_start();
        let listed = from > 0
            && lead.len() == raw.len()
            && (joined.starts_with([',', ';', '&']) || joined.starts_with("and "));
        let sentence = sentence_tail(&text[..open]);
        from = close;
        let by = speaker_by(lead, sentence, lex).or_else(|| speaker_by_list(lead, lex));
        let speakers = speaker_before(lead, listed, lex)
            .or_else(|| known_subject(lead, known))
            .or_else(|| pronoun_speaker(lead, &text[..open], lex))
            .or_else(|| by.clone())
            .or_else(|| speaker_in_parens(lead, sentence, lex))
            // not the people of the title before: "– A (X) - “T2”" in a list
            .or_else(|| {
                // after an earlier title only in a list of talks (", then B (Y) — “T2”"), not
                // when the lead is that title's own speaker ("“T1” – A (X) - “T2”")
                let next = lead.trim_start();
                let listed = next.starts_with([',', ';']) || next.starts_with("and ");
                speaker_set_off(lead, lex).filter(|_| listed || from_start(raw, lead, open))
            })
            // "… “T1” • B (Y): “T2”": the next item of a bulleted list
            .or_else(|| {
                let item = lead.trim_start().strip_prefix(['•', '◦', '▪', ';'])?;
                speaker_set_off(item, lex)
            })
            .or_else(|| speaker_after(sentence, &text[close..], lex))
            .or_else(|| carried.clone().filter(|_| is_list_item(lead)))
            // the next part of the series the previous title started, in a list
            .or_else(|| {
                let (series, speakers) = last_part.as_ref()?;
                let same = super::series::part_marker(&title).is_some_and(|p| &p.series == series);
                (same && is_list_item(lead)).then(|| speakers.clone())
            });
        if by.is_some() {
            carried = by;
        }
        if let Some(speakers) = speakers {
            last_part = super::series::part_marker(&title).map(|p| (p.series, speakers.clone()));
            out.push((open, (title, speakers)));
        }
    }
    out
}

/// Whether `lead` starts a sentence of its own, or the text: no earlier title in its sentence.
fn from_start(raw: &str, lead: &str, open: usize) -> bool {
    lead.len() < raw.len() || raw.len() == open
}

/// A speaker set off from the title by a dash or a colon: "X (Inst) — “T”", "PhD defence:
/// X (Inst): “T”".
fn speaker_set_off(lead: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let lead = lead.trim_end();
    let before = lead
        .strip_suffix(['—', '–', ':'])
        .or_else(|| lead.strip_suffix(" -"))?
        .trim_end();
    // the name ends right before the dash: a label or a day before it is cut off, and so are
    // the words that lead to it ("we kick off with X (Inst) —")
    let before = before.rsplit_once(": ").map_or(before, |(_, name)| name);
    match parse_speakers(before, lex) {
        Some(parsed) if parsed.score >= 0.75 => Some(parsed.speakers),
        _ => last_people(before, 0.75, lex),
    }
}

/// "A two-part tutorial by X (Inst), bring a laptop:": the people after "by", up to the first
/// comma or colon that leaves a reading, for the list of titles that follows.
fn speaker_by_list(lead: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let at = lead.rfind(" by ")?;
    let rest = &lead[at + 4..];
    let head = &lead[..at].to_lowercase();
    if !TALK_NOUNS
        .iter()
        .chain(&["course", "workshop"])
        .any(|n| head.ends_with(n))
    {
        return None;
    }
    for (cut, _) in rest.match_indices([',', ':', '.', '•', ';']) {
        if let Some(parsed) = parse_speakers(rest[..cut].trim(), lex) {
            if parsed.score >= 0.7 {
                return Some(parsed.speakers);
            }
        }
    }
    None
}

/// Whether the text between two titles is only a list item's frame: "; Thursday:", "• Day
/// 2 —".
fn is_list_item(lead: &str) -> bool {
    let t = lead.trim_matches(|c: char| !c.is_alphanumeric());
    t.split_whitespace().count() <= 3 && !t.contains(". ")
}

/// The quoted parts of `text`: (offset of the opening quote, inside, offset after the closing
/// quote).
fn quoted(text: &str) -> Vec<(usize, &str, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(rel) = text[pos..].find(['“', '"', '«', '„', '\'', '‘', '»']) {
        let open = pos + rel;
        let q = text[open..].chars().next().unwrap_or('"');
        // »Title« (Slovenian, Danish, German), told from the close of a «title» by no « before it
        if q == '»' {
            let inner_start = open + q.len_utf8();
            match text[inner_start..].find('«') {
                Some(len) if !text[..open].contains('«') => {
                    let close = inner_start + len + '«'.len_utf8();
                    out.push((open, &text[inner_start..inner_start + len], close));
                    pos = close;
                }
                _ => pos = inner_start,
            }
            continue;
        }
        // 'Title', ‘Title’: single quotes, told from apostrophes by where they stand
        if matches!(q, '\'' | '‘') {
            match single_quote_at(text, open) {
                Some(end) => {
                    let inner_start = open + q.len_utf8();
                    let close = end + if q == '‘' { '’'.len_utf8() } else { 1 };
                    out.push((open, &text[inner_start..end], close));
                    pos = close;
                }
                None => pos = open + q.len_utf8(),
            }
            continue;
        }
        let close_char = match q {
            '“' => '”',
            '„' => '“',
            '«' => '»',
            _ => '"',
        };
        let inner_start = open + q.len_utf8();
        // („…” in Croatian, Polish and Romanian, „…“ in German)
        let found = if q == '„' {
            text[inner_start..]
                .find(['“', '”'])
                .map(|len| (len, text[inner_start + len..].chars().next().unwrap_or('”')))
        } else {
            text[inner_start..]
                .find(close_char)
                .map(|len| (len, close_char))
        };
        let Some((len, close_char)) = found else {
            break;
        };
        let close = inner_start + len + close_char.len_utf8();
        out.push((open, &text[inner_start..inner_start + len], close));
        pos = close;
    }
    out
}

/// What follows the last sentence break of `s` (". ", "! ", "? " after a word longer than an
/// initial or a short abbreviation).
fn sentence_tail(s: &str) -> &str {
    let bytes = s.as_bytes();
    for at in (1..bytes.len().saturating_sub(1)).rev() {
        if bytes[at + 1] == b' ' && matches!(bytes[at], b'.' | b'!' | b'?') {
            let word = s[..at].rsplit([' ', '.']).next().unwrap_or("");
            // (not after an honorific: "delivered by Prof. Kemal Aydın")
            let honorific = words::classes(word).has(words::Classes::HONORIFIC);
            if word.chars().count() > 3 && !honorific || bytes[at] != b'.' {
                return &s[at + 2..];
            }
        }
    }
    s
}

/// The speakers written before a title: "… Jane Doe (MIT) spoke about", "… B of Y on".
fn speaker_before(lead: &str, listed: bool, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let lead = lead.trim_end();
    let lead = lead.strip_suffix([',', ':']).unwrap_or(lead).trim_end();
    let words: Vec<(usize, &str)> = word_starts(lead);
    // the verb of speaking nearest the start of the sentence that leaves a person before it
    for (k, &(at, word)) in words.iter().enumerate() {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let last = k + 1 == words.len();
        // (in lower case: "Urban Futures Annual Lecture" names a lecture, no one's verb)
        // ("X took us through “T”", "X led us through …")
        // ("X, a postdoc at Y, told us about “T”")
        let through = matches!(bare.as_str(), "took" | "led" | "talked" | "told")
            && words.get(k + 1).is_some_and(|&(_, w)| w == "us");
        let verb = speaks(&bare) && !starts_upper(word)
            || through
            || last && matches!(bare.as_str(), "on" | "about");
        if !verb || k == 0 {
            continue;
        }
        let gap = &lead[at..];
        if gap.split_whitespace().count() > 9 || mentions_other_work(gap) {
            continue;
        }
        let before = trim_relative(&lead[..at]);
        // the auxiliary before a participle: "X (Y) a prezentat", "X ha presentato", "X has
        // presented"
        let before = ["a", "au", "ha", "hanno", "has", "have", "hat", "haben"]
            .iter()
            .find_map(|aux| {
                before
                    .trim_end()
                    .strip_suffix(aux)
                    .filter(|rest| rest.ends_with(' '))
            })
            .map_or(before, str::trim_end);
        // "Aled Pritchard’s talk on"
        let before = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("’s"))
            .unwrap_or(before);
        // a verb of speaking is evidence of its own; a bare "on" is weaker, except in a list
        // of talks
        let floor = if speaks(&bare) || listed { 0.6 } else { 0.7 };
        if let Some(speakers) = last_people(before, floor, lex) {
            return Some(speakers);
        }
    }
    None
}

/// "His lecture, “T”": the person the sentence before gave the talk to ("… was delivered by
/// Prof. X, who holds a joint position at Y and Z. His lecture, “T”, …").
fn pronoun_speaker(lead: &str, before: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let lower = lead.trim().to_lowercase();
    let (pronoun, rest) = lower.split_once(' ')?;
    let noun = rest.trim_end_matches([',', ' ']).trim_start_matches("own ");
    if !matches!(pronoun, "his" | "her" | "their") || !TALK_NOUNS.contains(&noun) {
        return None;
    }
    // the sentence before this one
    let start = before.len() - sentence_tail(before).len();
    let previous = sentence_tail(before[..start].trim_end().trim_end_matches('.'));
    let (at, marker) = previous.match_indices(" by ").find(|(at, _)| {
        let word = previous[..*at].rsplit(' ').next().unwrap_or("");
        !NOT_SPEAKER_BY.contains(&word.to_ascii_lowercase().as_str())
    })?;
    let after = &previous[at + marker.len()..];
    let (people, clause) = after.split_once(", who ").unwrap_or((after, ""));
    let mut parsed = parse_speakers(people.trim().trim_end_matches(','), lex)?;
    if parsed.score < 0.75 {
        return None;
    }
    // ", who holds a joint position at Y and Z": their institutions
    if let [one] = parsed.speakers.as_mut_slice() {
        if one.affiliations.is_empty() {
            if let Some(at) = clause.find(" at ") {
                let orgs = clause[at + 4..].replace(" and the ", " and ");
                if let Some(orgs) = super::speaker::parse_institutions(&orgs, lex) {
                    one.affiliations = orgs;
                }
            }
        }
    }
    Some(parsed.speakers)
}

/// The affiliated people a text introduces as a group: "… featuring A (X) and B (Y)", "…
/// brought together A (X), B (Y) and C (Z)".
fn mentioned_people(text: &str, lex: &Lexicon) -> Vec<Speaker> {
    let mut out = Vec::new();
    for marker in [" featuring ", " brought together ", " welcomed "] {
        for (at, _) in text.match_indices(marker) {
            let after = &text[at + marker.len()..];
            let end = sentence_end(after).unwrap_or(after.len());
            let end = after[..end].find(['“', '"', '«']).unwrap_or(end);
            let people = after[..end].trim_end_matches(['.', ',', ' ']);
            if let Some(parsed) = parse_speakers(people, lex) {
                let affiliated = parsed.speakers.iter().all(|s| !s.affiliations.is_empty());
                if parsed.score >= 0.75 && affiliated {
                    out.extend(parsed.speakers);
                }
            }
        }
    }
    out
}

/// A person named before the text, called by their given name or, after an honorific, by
/// their family name as the subject of a verb of speaking: "Ayşe will talk about" with Ayşe
/// Kaya-Lindholm in the heading, "Dr Claes spoke on" after "featuring Dr Pieter-Jan Claes".
fn known_subject(lead: &str, known: &[Speaker]) -> Option<Vec<Speaker>> {
    if known.is_empty() {
        return None;
    }
    let words = word_starts(lead.trim_end());
    let k = words.iter().position(|(_, w)| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        speaks(&bare)
    })?;
    let subject = trim_relative(&lead[..words[k].0]);
    // (", and Dr Chua presented": the list's joiner)
    let subject = subject.trim_start_matches([',', ';', ' ']);
    let subject = subject.strip_prefix("and ").unwrap_or(subject);
    let mut words = subject.rsplit(' ');
    let given = words.next()?;
    if !starts_upper(given) || subject.split_whitespace().count() > 3 {
        return None;
    }
    // "Dr Claes": a family name after an honorific
    let honoured = words
        .next()
        .is_some_and(|w| words::classes(w).has(words::Classes::HONORIFIC));
    known
        .iter()
        .find(|p| {
            p.name.split_whitespace().next() == Some(given)
                || honoured && p.name.rsplit(' ').next() == Some(given)
        })
        .map(|p| vec![p.clone()])
}

/// Words that join a speaker named after "by" to the title that follows: "… was delivered by
/// X, under the title “T”".
const TITLED: &[&str] = &[
    "under the title",
    "with the title",
    "on the topic of",
    "on the subject of",
    "titled",
    "entitled",
    "called",
    "on",
    "about",
];

/// A speaker named after "by" in a sentence about a talk, before its title: "The annual
/// lecture was delivered on 27 May by Professor X, Dean of Y, under the title “T”".
fn speaker_by(lead: &str, sentence: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    if !about_a_talk(sentence) {
        return None;
    }
    let at = lead.rfind(" by ")?;
    let rest = &lead[at + 4..];
    // the people end with their sentence or where a list starts
    let end = sentence_end(rest)
        .into_iter()
        .chain(rest.find('•'))
        .min()
        .unwrap_or(rest.len());
    let rest = rest[..end]
        .trim_end()
        .trim_end_matches([',', ':'])
        .trim_end();
    let rest = TITLED
        .iter()
        .find_map(|t| rest.strip_suffix(t))
        .unwrap_or(rest)
        .trim_end()
        .trim_end_matches([',', ':'])
        .trim_end();
    let parsed = parse_speakers(rest, lex)?;
    (parsed.score >= 0.7).then_some(parsed.speakers)
}

/// A speaker with the title in parentheses after the name: "talks by A (“T1”) and B (“T2”)".
fn speaker_in_parens(lead: &str, sentence: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let before = lead.trim_end().strip_suffix('(')?;
    let before = before.trim_start_matches([')', ',', ' ']);
    let before = before.strip_prefix("and ").unwrap_or(before);
    if !about_a_talk(sentence) {
        return None;
    }
    last_people(before, 0.7, lex)
}

/// Whether a sentence speaks of talks, and not of papers, books or awards.
fn about_a_talk(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    TALK_NOUNS.iter().any(|w| lower.contains(w)) && !mentions_other_work(sentence)
}

/// Whether `s` names a paper, a book or an award rather than a talk.
fn mentions_other_work(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        NOT_A_TALK.contains(&w.as_str())
    })
}

/// Drops ", who" and the like between a speaker and the verb: "X, who will speak on".
fn trim_relative(s: &str) -> &str {
    let mut s = s.trim_end();
    loop {
        let before = s.len();
        for tail in [
            " who",
            // (Norwegian, Danish and Swedish "who": "X fra Y, som snakket om «T»")
            " som",
            // (Latvian "who")
            " kurš",
            " kura",
            // (Welsh: "Dr A (X) yn trafod …", the particle before the verb)
            " yn",
            // "… X of the Universidad de los Andes, whose lecture “T”"
            " whose",
            " then",
            " also",
            " will",
            " has",
            " had",
            " have",
            " both",
            " all",
            " later",
            " then",
            " kindly",
            " recently",
            " finally",
            " first",
            " is",
            " are",
            " was",
            " were",
            ",",
        ] {
            if let Some(rest) = s.strip_suffix(tail) {
                s = rest.trim_end();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// The people that end `s`: the longest tail of `s`, starting at a capitalised word, that
/// reads as a list of speakers with a score of at least `floor`.
fn last_people(s: &str, floor: f32, lex: &Lexicon) -> Option<Vec<Speaker>> {
    if s.len() > 400 {
        return None;
    }
    let mut best: Option<(f32, usize, Vec<Speaker>)> = None;
    for (at, word) in word_starts(s) {
        let lower = word.trim_end_matches([',', ':']).to_lowercase();
        if !starts_upper(word) || s.len() - at < 4 || SENTENCE_WORDS.contains(&lower.as_str()) {
            continue;
        }
        let Some(parsed) = parse_speakers(&s[at..], lex) else {
            continue;
        };
        if parsed.score < floor || parsed.speakers.iter().any(|p| p.name.contains(':')) {
            continue;
        }
        // a longer reading wins unless it is clearly less sure, and always over a shorter one
        // that only drops people from it ("A and B, both of X" over "B, both of X")
        let better = best.as_ref().is_none_or(|(score, _, people)| {
            parsed.score > score + 0.1
                && !parsed
                    .speakers
                    .iter()
                    .all(|p| people.iter().any(|q| q.name == p.name))
        });
        if better {
            best = Some((parsed.score, at, parsed.speakers));
        }
    }
    let (_, at, mut speakers) = best?;
    // "The Vice-Chancellor of the University of Lagos, Professor Chidi Okafor": a position
    // written before the name
    if let [one] = speakers.as_mut_slice() {
        if one.affiliations.is_empty() {
            if let Some(aff) = role_before(&s[..at], lex) {
                one.affiliations.push(aff);
            }
        }
    }
    Some(speakers)
}

/// A position at an institution that ends `s` before a name in apposition ("…, the
/// Vice-Chancellor of the University of Lagos, Professor").
fn role_before(s: &str, lex: &Lexicon) -> Option<crate::model::Affiliation> {
    let s = s.trim_end();
    let s = ["Professor", "Prof.", "Dr.", "Dr"]
        .iter()
        .find_map(|h| s.strip_suffix(h))
        .unwrap_or(s)
        .trim_end()
        .strip_suffix(',')?;
    let words = word_starts(s);
    let from = words.len().saturating_sub(12);
    words[from..].iter().find_map(|&(at, _)| {
        let phrase = &s[at..];
        let phrase = ["the ", "The ", "our ", "Our "]
            .iter()
            .find_map(|p| phrase.strip_prefix(p))
            .unwrap_or(phrase);
        super::speaker::role_affiliation(phrase, lex)
    })
}

/// Nouns that say a sentence is about a talk.
const TALK_NOUNS: &[&str] = &[
    "talk",
    "lecture",
    "seminar",
    "keynote",
    "presentation",
    "colloquium",
    "tutorial",
    "address",
    "demo",
    "demonstration",
];

/// The speakers written after a title: "“Title”, a talk by Jane Doe (MIT), …", "In her talk
/// “Title”, Jane Doe (MIT) argued …".
fn speaker_after(lead: &str, after: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let after = after.trim_start_matches([',', ' ']);
    // "Talk 1: “T1” – A (X) Talk 2: “T2” – B (Y)": the person after a dash, up to the next
    // item's label
    if let Some(rest) = after.strip_prefix(['–', '—', '-']) {
        let end = item_label_at(rest).unwrap_or(rest.len());
        let end = rest[..end].find(['“', '"']).unwrap_or(end);
        let end = sentence_end(&rest[..end]).unwrap_or(end);
        let people = rest[..end].trim().trim_end_matches(['.', ',', ';']);
        // (or up to the institution's bracket: "B (Y) Recordings are on our channel"; or up
        // to a sentence run on without its full stop: "B, Engineer at Y Recordings are …")
        let bracketed = people.rfind(')').map(|at| &people[..=at]);
        let run_on = run_on_at(people).map(|at| people[..at].trim_end());
        for people in std::iter::once(people).chain(bracketed).chain(run_on) {
            if let Some(parsed) = parse_speakers(people, lex) {
                let affiliated = parsed.speakers.iter().all(|s| !s.affiliations.is_empty());
                if parsed.score >= 0.75 && affiliated && !parsed.speakers.is_empty() {
                    return Some(parsed.speakers);
                }
            }
        }
    }
    // "(Tomás Ruiz, Imperial College London)" right after the title
    if let Some(inner) = after.strip_prefix('(') {
        let inner = &inner[..inner.find(')')?];
        if mentions_other_work(lead) {
            return None;
        }
        let parsed = parse_speakers(inner, lex)?;
        let affiliated = parsed.speakers.iter().all(|s| !s.affiliations.is_empty());
        return (parsed.score >= 0.8 && affiliated).then_some(parsed.speakers);
    }
    let lower: String = after.chars().take(40).collect::<String>().to_lowercase();
    // "… was delivered by X"
    let skipped = ["was ", "is ", "will be "]
        .iter()
        .find(|p| lower.starts_with(**p))
        .map_or(0, |p| p.len());
    let lower = &lower[skipped..];
    let lead_lower = lead.to_lowercase();
    // "Panel: “T” with A (X), B (Y) and C (Z), moderated by D": the panellists
    // ("“T” was a panel discussion with A (X), B (Y) and C (Z)": the panel after the title)
    const PANELS: &[&str] = &[
        "brought together ",
        "featured ",
        "a panel discussion with ",
        "a panel with ",
        "a discussion with ",
        "a conversation with ",
        "a roundtable with ",
    ];
    let panel = ["panel", "discussion", "conversation", "fireside"]
        .iter()
        .any(|w| lead_lower.contains(w))
        || PANELS.iter().any(|p| lower.starts_with(p));
    let by = [
        "by ",
        "given by ",
        "presented by ",
        "delivered by ",
        "a talk by ",
        "a lecture by ",
        "with ",
    ]
    .iter()
    .chain(PANELS)
    .filter(|p| panel || **p != "with ")
    .find(|p| lower.starts_with(**p));
    // the sentence must be about a talk, not a book "by" its author
    let talk = panel
        || TALK_NOUNS
            .iter()
            .any(|w| lead_lower.contains(w) || by.is_some_and(|b| b.contains(w)));
    if !talk || mentions_other_work(lead) {
        return None;
    }
    let Some(by) = by else {
        return subject_after(after, lex);
    };
    let rest = after.get(skipped + by.len()..)?;
    let end = rest
        .find(['“', '"', '«', ';'])
        .into_iter()
        .chain(sentence_end(rest))
        // "1) “T1” by A (X) 2) “T2” …": up to the next item's label
        .chain(item_label_at(rest))
        .chain(rest.find(", who"))
        // the moderator of a panel is no speaker
        .chain(rest.find(", moderated by"))
        .chain(rest.find(" moderated by"))
        .chain(rest.find(", chaired by"))
        .min()
        .unwrap_or(rest.len());
    let phrase = rest[..end].trim_end_matches([' ', ',', '.']);
    let parsed = parse_speakers(phrase, lex)?;
    (parsed.score >= 0.75).then_some(parsed.speakers)
}

/// Where a sentence starts in `s` that was run on without its full stop: a capitalised word
/// followed by a verb no name or institution has ("… at Google Recordings are on our
/// channel").
fn run_on_at(s: &str) -> Option<usize> {
    const VERBS: &[&str] = &[
        "are", "is", "was", "were", "will", "can", "follows", "starts",
    ];
    let words = word_starts(s);
    words.windows(2).skip(1).find_map(|pair| {
        let [(at, word), (_, next)] = pair else {
            return None;
        };
        (starts_upper(word) && VERBS.contains(next)).then_some(*at)
    })
}

/// Where the first sentence of `s` ends: a ". " that follows no initial or honorific ("Dr. X").
fn sentence_end(s: &str) -> Option<usize> {
    s.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let word = s[..at].rsplit([' ', '.']).next().unwrap_or("");
        word.chars().count() > 2 && !words::classes(word).has(words::Classes::HONORIFIC)
    })
}

/// The subject of the clause after a title: "Jane Doe (MIT) argued that …" → Jane Doe.
fn subject_after(after: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let words = word_starts(after);
    for &(at, word) in words.iter().take(16).skip(1) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        // a verb in the past or present tense: "argued", "showed", "asks"
        // (after a bracket, any verb: "A and B (both X) share the evening")
        let bracketed = after[..at].trim_end().ends_with(')')
            && !matches!(
                bare,
                "and" | "of" | "on" | "in" | "at" | "for" | "with" | "from" | "to" | "the" | "a"
            );
        let verb = bare.chars().all(|c| c.is_lowercase())
            && (bare.ends_with("ed") || bare.ends_with('s') || speaks(bare) || bracketed)
            && !matches!(
                bare,
                "of" | "as" | "is" | "was" | "has" | "its" | "this" | "us"
            );
        if !verb {
            continue;
        }
        let subject = trim_relative(&after[..at]);
        let parsed = parse_speakers(subject, lex)?;
        return (parsed.score >= 0.75).then_some(parsed.speakers);
    }
    None
}

/// Gives a speaker with no institution the one their biography in the talk's description
/// names in the present tense: "Priya Venkataraman-Hale is a Reader in Materials Chemistry at
/// University College London.", "Tariq is a soil scientist at Rothamsted Research.", "She is
/// Associate Professor of Computer Science at Carnegie Mellon University." (a pronoun only
/// when one speaker is without one). Each "and"-joined part is read as "Role at Institution";
/// what a speaker was ("Before joining CMU she was …") is left alone.
/// The sentences of a paragraph, split at ". " but not after an initial or a title ("Prof. K.
/// S. Raghavendra (…) opens …" is one).
fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in paragraph.match_indices(". ") {
        let word = paragraph[start..at].rsplit(' ').next().unwrap_or_default();
        let short = word.chars().count() <= 1
            || words::classes(&format!("{word}.")).has(words::Classes::HONORIFIC);
        if !short {
            out.push(&paragraph[start..at]);
            start = at + 2;
        }
    }
    out.push(&paragraph[start..]);
    out
}

pub(crate) fn bio_affiliations(talk: &mut crate::model::Talk, lex: &Lexicon) {
    let Some(text) = talk.abstract_text.as_deref() else {
        return;
    };
    let bare: Vec<usize> = (0..talk.speakers.len())
        .filter(|&i| talk.speakers[i].affiliations.is_empty())
        .collect();
    // (cheap refusal: most descriptions hold no biography)
    if bare.is_empty() {
        return;
    }
    let mut found: Vec<(usize, Vec<crate::model::Affiliation>)> = Vec::new();
    let is_bare = |who: &str| {
        // ("Dr Oluwaseun Adeyinka-Marsh, urban forester at …")
        let (who, titled) = match who.split_once(' ') {
            Some((head, rest)) if words::classes(head).has(words::Classes::HONORIFIC) => {
                (rest, true)
            }
            _ => (who, false),
        };
        bare.iter().copied().find(|&i| {
            let name = talk.speakers[i].name.as_str();
            who == name
                || who == name.split_whitespace().next().unwrap_or(name)
                // ("Dr. Msiska is …", "Prof. van Zyl (Stellenbosch University) joined us")
                || titled
                    && name.len() > who.len()
                    && name.ends_with(who)
                    && name[..name.len() - who.len()].ends_with(' ')
        })
    };
    for sentence in text.split(['\n']).flat_map(sentences) {
        let sentence = sentence.trim().trim_end_matches('.');
        // "Sam and Grace are both from the Natural History Museum"
        if let Some((who, org)) = [" are both from ", " are both at ", " are both of "]
            .iter()
            .find_map(|w| sentence.split_once(w))
        {
            let people: Vec<Option<usize>> =
                who.split(" and ").map(|w| is_bare(w.trim())).collect();
            let org = org.strip_prefix("the ").unwrap_or(org);
            if people.len() == 2 && people.iter().all(Option::is_some) {
                if let Some(aff) =
                    super::speaker::parse_institutions(org, lex).filter(|a| a.len() == 1)
                {
                    for i in people.into_iter().flatten() {
                        found.push((i, aff.clone()));
                    }
                }
            }
            continue;
        }
        // "Prof. K. S. Raghavendra (Indian Statistical Institute, Bangalore Centre) opens a
        // three-part workshop …": the name with its institution in brackets; also further on
        // ("Guest co-instructor Karthikeyan S. (Senior Economist, Flipkart) walks through …")
        let in_brackets = |index: usize, rest: &str| {
            let mut depth = 1usize;
            let end = rest.char_indices().find_map(|(at, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(at)
            })?;
            // (read as brackets after a name are: a city joins its institution)
            let inner = &rest[..end];
            if !inner.starts_with(char::is_uppercase) || inner.len() > 120 {
                return None;
            }
            let affs = super::speaker::paren_affiliations(inner, lex);
            (!affs.is_empty()).then_some((index, affs))
        };
        let bracketed = sentence
            .split_once(" (")
            .and_then(|(who, rest)| in_brackets(is_bare(who.trim())?, rest))
            .or_else(|| {
                // (a full name of two words or more, written whole before its brackets)
                if !sentence.contains(" (") {
                    return None;
                }
                bare.iter().find_map(|&i| {
                    let name = talk.speakers[i].name.as_str();
                    if !name.contains(' ') {
                        return None;
                    }
                    let at = super::text::find(sentence, &format!("{name} ("))?;
                    // (not a co-author's: "presents joint work with B (Y), who could not
                    // travel")
                    if sentence[..at].ends_with("with ") {
                        return None;
                    }
                    in_brackets(i, &sentence[at + name.len() + 2..])
                })
            });
        if let Some((index, affs)) = bracketed {
            if !found.iter().any(|(i, _)| *i == index) {
                found.push((index, affs));
            }
            continue;
        }
        // "Ifeoma, Professor of Biophysics at the University of Glasgow, explains how …"
        let apposition = sentence.split_once(", ").and_then(|(who, rest)| {
            let index = is_bare(who.trim())?;
            let (role, _) = rest.split_once(", ")?;
            Some((index, role))
        });
        if let Some((index, role)) = apposition {
            let affs: Vec<crate::model::Affiliation> = role
                .split(" and ")
                .filter_map(|part| super::speaker::role_affiliation(part.trim(), lex))
                .collect();
            if !affs.is_empty() && !found.iter().any(|(i, _)| *i == index) {
                found.push((index, affs));
            }
            continue;
        }
        let Some(at) = super::text::find(sentence, " is ") else {
            continue;
        };
        let (who, rest) = (sentence[..at].trim(), &sentence[at + 4..]);
        let pronoun = matches!(who, "He" | "She" | "They");
        let Some(index) = is_bare(who).or_else(|| (pronoun && bare.len() == 1).then(|| bare[0]))
        else {
            continue;
        };
        if found.iter().any(|(i, _)| *i == index) {
            continue;
        }
        let rest = ["a ", "an ", "the "]
            .iter()
            .find_map(|a| rest.strip_prefix(a))
            .unwrap_or(rest);
        let affs: Vec<crate::model::Affiliation> = rest
            .split(" and ")
            .map(|part| {
                let part = ["a ", "an ", "the "]
                    .iter()
                    .find_map(|a| part.strip_prefix(a))
                    .unwrap_or(part);
                // up to a clause of its own: "…, where she leads …", "…; she …"
                part.split([',', ';']).next().unwrap_or(part).trim()
            })
            .filter_map(|part| super::speaker::role_affiliation(part, lex))
            .collect();
        if !affs.is_empty() {
            found.push((index, affs));
        }
    }
    for (index, affs) in found {
        talk.speakers[index].affiliations = affs;
    }
}

/// The speakers an event's description names in its first paragraph's first sentences: the
/// subject of the first one that has an affiliated person as subject ("Dr Jane Doe (Uppsala
/// University) traces how …", "Dr X of the University of Otago presents …", "Dr X (Y) on the …"), or
/// the people after "by" ("The second of two lectures by Dr X, Maynooth University,
/// follows …"; not after "introduced by", "moderated by").
pub(crate) fn speakers_in_description(text: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let affiliated = |speakers: &[Speaker]| speakers.iter().all(|s| !s.affiliations.is_empty());
    for sentence in first_sentences(text) {
        if let Some(speakers) = subject_after(sentence, lex).filter(|s| affiliated(s)) {
            return Some(speakers);
        }
        // "Dr Naomi Hart (University of Nottingham) on the archae": a subject in brackets
        // before "on"; "Priya Raghunathan, Senior Lecturer at the University of Reading, on
        // how toddlers …": a subject and position before it
        let on = sentence
            .find(") on ")
            .map(|at| at + 1)
            .or_else(|| sentence.find(", on "));
        if let Some(at) = on {
            if let Some(parsed) = parse_speakers(&sentence[..at], lex) {
                if parsed.score >= 0.75 && affiliated(&parsed.speakers) {
                    return Some(parsed.speakers);
                }
            }
        }
        // (and a panel's people: "Our autumn panel brought together A (X), B (Y) and C (Z),
        // moderated by D")
        // ("Our final talk came from Dr. A (X)", "Our panellists were A (X), B, Role at Y, and
        // C (Z)")
        let markers = sentence
            .match_indices(" by ")
            .chain(sentence.match_indices(" brought together "))
            .chain(sentence.match_indices(" featured "))
            .chain(sentence.match_indices(" featuring "))
            .chain(sentence.match_indices(" came from "))
            .chain(sentence.match_indices(" panellists were "))
            .chain(sentence.match_indices(" panelists were "))
            .chain(sentence.match_indices(" speakers were "));
        for (at, marker) in markers {
            let before = sentence[..at].rsplit(' ').next().unwrap_or("");
            if NOT_SPEAKER_BY.contains(&before.to_ascii_lowercase().as_str()) {
                continue;
            }
            let after = &sentence[at + marker.len()..];
            // up to a clause that goes on in lower case: ", follows …"
            let stop = after
                .match_indices(", ")
                .map(|(i, _)| i)
                .find(|&i| after[i + 2..].starts_with(char::is_lowercase))
                .unwrap_or(after.len());
            if let Some(parsed) = parse_speakers(after[..stop].trim(), lex) {
                if parsed.score >= 0.75 && affiliated(&parsed.speakers) {
                    return Some(parsed.speakers);
                }
            }
        }
    }
    None
}

/// The people a description names as moderating or chairing: "The panel was moderated by
/// Wen-Hsuan Liao.", "Chaired by X", "Moderator: X".
pub(crate) fn moderators_in(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for cue in ["moderated by ", "chaired by ", "moderator: ", "hosted by "] {
        for (at, _) in lower.match_indices(cue) {
            let rest = &text[at + cue.len()..];
            let name = first_sentence_of(rest)
                .split([',', ';', '('])
                .next()
                .unwrap_or("")
                .trim()
                .trim_end_matches('.');
            let words: Vec<&str> = name
                .split_whitespace()
                .filter(|w| !words::classes(w).has(words::Classes::HONORIFIC))
                .collect();
            if (2..=4).contains(&words.len()) && words.iter().all(|w| starts_upper(w)) {
                out.push(words.join(" "));
            }
        }
    }
    out
}

/// The first three sentences of a description's first paragraph (a later paragraph may be
/// another message or another event), each without its full stop.
fn first_sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text.split("\n\n").next().unwrap_or(text).trim();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = sentence_end(rest).unwrap_or(rest.len());
        let sentence = rest[..end].trim_end_matches('.');
        rest = rest[end..].trim_start_matches('.').trim_start();
        Some(sentence)
    })
    .take(3)
}

/// The text up to the first sentence end that follows neither an initial nor an honorific.
fn first_sentence_of(s: &str) -> &str {
    sentence_end(s).map_or(s, |end| &s[..end])
}

/// The people of `names` that a description's sentences name with their institutions: "The
/// panelists, A of X, B of Y and C of Z, discuss …", "A, Principal Engineer, and B, Site
/// Reliability Engineer, both at Fastly, share …". Each sentence that names one of them is
/// read from the first name to the clause that goes on in lower case.
pub(crate) fn named_people(text: &str, names: &[String], lex: &Lexicon) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    for sentence in first_sentences(text) {
        let Some(start) = names.iter().filter_map(|n| sentence.find(n.as_str())).min() else {
            continue;
        };
        let clause = &sentence[start..];
        // up to ", discuss …", ", share …": a comma and a word in lower case that joins no
        // people ("and", "both at")
        let stop = clause
            .match_indices(", ")
            .map(|(i, _)| i)
            .find(|&i| {
                let next = clause[i + 2..].split_whitespace().next().unwrap_or("");
                next.starts_with(char::is_lowercase)
                    && !matches!(next, "and" | "both" | "all" | "each" | "of" | "at")
                    && !words::classes(next).has(words::Classes::ROLE)
            })
            .unwrap_or(clause.len());
        let clause = clause[..stop].trim();
        if let Some(parsed) = parse_speakers(clause, lex) {
            if parsed.score >= 0.7 {
                out.extend(parsed.speakers);
            }
        }
        // "A of Cloudflare, B of Mercari and C of Doctolib": the names are known, so the
        // capitalised words after "of" are their institution, clear or not
        for name in names {
            if out
                .iter()
                .any(|s| s.name == *name && !s.affiliations.is_empty())
            {
                continue;
            }
            let Some(at) = sentence.find(name.as_str()) else {
                continue;
            };
            let after = &sentence[at + name.len()..];
            // "A is Head of Applied ML at Monzo Bank": a position and its institution
            if let Some(position) = ["is a ", "is an ", "is "]
                .iter()
                .find_map(|w| after.strip_prefix(' ').and_then(|a| a.strip_prefix(w)))
            {
                if let Some(aff) = crate::extract::speaker::role_affiliation(position, lex) {
                    out.push(Speaker {
                        name: name.clone(),
                        affiliations: vec![aff],
                        ..Speaker::default()
                    });
                    continue;
                }
            }
            // "A and B from Adevinta explain …": the next name shares the institution
            let after = match after.strip_prefix(" and ") {
                Some(rest) => names
                    .iter()
                    .find(|n| rest.starts_with(n.as_str()))
                    .map_or(after, |n| &rest[n.len()..]),
                None => after,
            };
            let Some(org) = after
                .strip_prefix(" of ")
                .or_else(|| after.strip_prefix(" from "))
            else {
                continue;
            };
            // the capitalised words that follow, up to the clause's verb in lower case
            let head = org.split([',', ';', '(']).next().unwrap_or("");
            let head = head.split(" and ").next().unwrap_or("");
            let words: Vec<&str> = head
                .split_whitespace()
                .take_while(|w| {
                    starts_upper(w) || matches!(*w, "of" | "for" | "de" | "du" | "der" | "di")
                })
                .collect();
            let org = words.join(" ");
            if (1..=6).contains(&words.len()) && starts_upper(&org) {
                out.push(Speaker {
                    name: name.clone(),
                    affiliations: vec![crate::extract::speaker::affiliation(&org, None, lex)],
                    ..Speaker::default()
                });
            }
        }
    }
    out
}

/// Words before " by " that name someone other than a speaker: "moderated by", "hosted by".
const NOT_SPEAKER_BY: &[&str] = &[
    "introduced",
    "moderated",
    "chaired",
    "hosted",
    "sponsored",
    "organised",
    "organized",
    "funded",
    "supported",
    "written",
    "edited",
    "sung",
    "played",
    "performed",
    "followed",
    "recorded",
    "uploaded",
];

/// The people a page's prose gives to a talk it names: "The two-part Data-Driven Modeling
/// Tutorial was taught by A and B (both University of Washington)", "The careers panel
/// featured X (Two Sigma), Y (Ørsted) and Z (LANL), moderated by W". `key` is the talk's name
/// in lower case (its title, or the series before a part marker); the sentence must name it
/// and then say who gave it, each person with an institution.
pub(crate) fn speakers_for_named(
    paragraph: &str,
    key: &str,
    lex: &Lexicon,
) -> Option<Vec<Speaker>> {
    let mut rest = paragraph.trim();
    while !rest.is_empty() {
        let end = sentence_end(rest).unwrap_or(rest.len());
        let sentence = rest[..end].trim_end_matches('.');
        rest = rest[end..].trim_start_matches('.').trim_start();
        let Some(at) = find_folded(sentence, key) else {
            continue;
        };
        let after = &sentence[at + key.len()..];
        // the whole name: "Text as Data" is not named by "Text as Data Bootcamp … by X"
        if after.trim_start().starts_with(char::is_uppercase) {
            continue;
        }
        for (marker, _) in after
            .match_indices(" by ")
            .chain(after.match_indices(" featured "))
            .chain(after.match_indices(" featuring "))
        {
            let before = after[..marker].rsplit(' ').next().unwrap_or("");
            if NOT_SPEAKER_BY.contains(&before.to_ascii_lowercase().as_str()) {
                continue;
            }
            let people = after[marker + 1..].split_once(' ').map_or("", |(_, p)| p);
            // up to a clause that goes on in lower case: ", moderated by …"
            let stop = people
                .match_indices(", ")
                .map(|(i, _)| i)
                .find(|&i| people[i + 2..].starts_with(char::is_lowercase))
                .unwrap_or(people.len());
            // "A and B (both University of Washington)"
            let mut people = people[..stop].trim().trim_end_matches([':', ';', '.']);
            // "(three lectures by X, Inst):" closes a bracket opened before the people
            if people.matches(')').count() > people.matches('(').count() {
                people = people.strip_suffix(')').unwrap_or(people);
            }
            let people = people.replace("(both ", "(");
            let parsed = parse_speakers(&people, lex)?;
            let affiliated = parsed.speakers.iter().all(|s| !s.affiliations.is_empty());
            if parsed.score >= 0.75 && affiliated && !parsed.speakers.is_empty() {
                return Some(parsed.speakers);
            }
            return None;
        }
    }
    None
}

/// Where `key` (in lower case) occurs in `text`, ignoring case, at word boundaries.
fn find_folded(text: &str, key: &str) -> Option<usize> {
    if key.is_empty() || text.len() < key.len() {
        return None;
    }
    let lower = text.to_lowercase();
    // lower-casing keeps byte offsets only where it keeps lengths
    if lower.len() != text.len() {
        return None;
    }
    lower.match_indices(key).map(|(at, _)| at).find(|&at| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + key.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Where the first numbered item label of `s` starts: "Talk 2:", "Lecture 3:", "2)".
fn item_label_at(s: &str) -> Option<usize> {
    item_label(s).map(|(at, _)| at)
}

/// The first numbered item label of `s`: where it starts and where the item after it starts.
/// "Talk 2: ", "Lecture 3: ", or a bare number closed by a bracket ("… (EPFL) 2) “T2”").
fn item_label(s: &str) -> Option<(usize, usize)> {
    let named = s.match_indices(": ").map(|(at, _)| at).find_map(|at| {
        let mut words = s[..at].rsplit(' ');
        let number = words.next()?;
        let word = words.next()?;
        let numbered =
            !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit());
        let label = matches!(
            word.to_ascii_lowercase().as_str(),
            "talk" | "lecture" | "presentation" | "speaker"
        );
        (numbered && label).then(|| (at - number.len() - 1 - word.len(), at + 2))
    });
    // "1) “T1” by A (X) 2) “T2” by B (Y)": a number alone, after a space or at the start
    let bare = s.match_indices(") ").map(|(at, _)| at).find_map(|at| {
        let number = s[..at].rsplit(' ').next()?;
        let numbered =
            !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit());
        numbered.then(|| (at - number.len(), at + 2))
    });
    match (named, bare) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// `lead` after its last numbered item label ("… (ETH Zürich) Talk 2: " → ""), or all of it.
fn after_item_label(lead: &str) -> &str {
    let mut rest = lead;
    while let Some((_, next)) = item_label(rest) {
        rest = &rest[next..];
    }
    rest
}

/// Each word of `s` with its byte offset.
fn word_starts(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push((st, &s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn talks_told_in_other_languages_and_low_quotes() {
        let lex = Lexicon::builtin_for_tests();
        for (text, title, name) in [
            (
                "Dr. sc. Marko Ilić-Bergman (Institut za fiziku) održao je predavanje „Topološki \
                 izolatori”.",
                "Topološki izolatori",
                "Marko Ilić-Bergman",
            ),
            (
                "Д-р Марта Олійник-Гросс (Варшавський університет) виступила з доповіддю «Ланцюги \
                 Маркова».",
                "Ланцюги Маркова",
                "Марта Олійник-Гросс",
            ),
            (
                "TS. Lại Minh Khoa (Trường Đại học Cần Thơ) trình bày báo cáo “Mô hình hóa ngập lụt”.",
                "Mô hình hóa ngập lụt",
                "Lại Minh Khoa",
            ),
            (
                "Drd. Ana Popa-Weber (Universitatea de Vest din Timișoara) a prezentat lucrarea \
                 „Rețele neuronale”.",
                "Rețele neuronale",
                "Ana Popa-Weber",
            ),
        ] {
            let found = find_reports(text, &lex);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].1 .0, title);
            assert_eq!(found[0].1 .1[0].name, name);
        }
        // one title in „…“ and one in „…”
        assert_eq!(quote_opens("Vortrag „Titel“ von X"), 1);
        assert_eq!(quote_opens("predavanje „Naslov”"), 1);
        // single quotes, told from apostrophes by where they stand
        assert_eq!(
            quote_opens("X spoke about 'Spin waves without magnets'."),
            1
        );
        assert_eq!(
            quote_opens("a user's guide by Liam O'Neil, the students' choice"),
            0
        );
        assert_eq!(
            quoted("Dr X on ‘Fjords as archives’, then 'Ice'.")
                .iter()
                .map(|q| q.1)
                .collect::<Vec<_>>(),
            ["Fjords as archives", "Ice"]
        );
    }

    #[test]
    fn a_prize_sentence_gives_the_lecture_below_its_people() {
        let lex = Lexicon::builtin_for_tests();
        let names = |s: &str| {
            awarded_to(s, &lex).map(|p| p.into_iter().map(|s| s.name).collect::<Vec<_>>())
        };
        assert_eq!(
            names("The 2025 Medal is awarded to Dr. Ana Lima of the University of Porto for her work on rivers. Her lecture:"),
            Some(vec!["Ana Lima".to_owned()])
        );
        assert_eq!(
            names("The prize is shared by Dr. Bo Ek (Hatch Ltd.) and Prof. Cy Dow (Lund University), who give the lecture together:"),
            Some(vec!["Bo Ek".to_owned(), "Cy Dow".to_owned()])
        );
        // nobody with an institution: no speakers from the sentence
        assert_eq!(names("The lecture is given by our president:"), None);
    }

    /// (title, [(speaker, [affiliation])])
    type Found = (String, Vec<(String, Vec<String>)>);

    fn reports(text: &str) -> Vec<Found> {
        let lex = Lexicon::builtin_for_tests();
        find_reports(text, &lex)
            .into_iter()
            .map(|(_, (title, speakers))| {
                let speakers = speakers
                    .into_iter()
                    .map(|s| (s.name, s.affiliations.into_iter().map(|a| a.name).collect()))
                    .collect();
                (title, speakers)
            })
            .collect()
    }

    fn named(paragraph: &str, key: &str) -> Option<Vec<(String, Vec<String>)>> {
        let lex = Lexicon::builtin_for_tests();
        speakers_for_named(paragraph, key, &lex).map(|speakers| {
            speakers
                .into_iter()
                .map(|s| (s.name, s.affiliations.into_iter().map(|a| a.name).collect()))
                .collect()
        })
    }

    #[test]
    fn numbered_talks_take_the_people_after_their_dash() {
        let found = reports(
            "Doors at 17:30. Talk 1: \"Graph Models for Fraud\" – Sara Holm (Danske Bank) \
             Talk 2: \"Knowledge Graphs in Government\" – Emil Dahl (Aarhus University) \
             Recordings on our channel.",
        );
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|(t, s)| (t.as_str(), s[0].0.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Graph Models for Fraud", "Sara Holm"),
                ("Knowledge Graphs in Government", "Emil Dahl")
            ]
        );
        let found = reports(
            "Talk 1: \"Graph Models for Fraud\" – Sara Holm (Danske Bank) Talk 2: \"Knowledge \
             Graphs in Government\" – Emil Dahl (Aarhus University). Both talks recorded.",
        );
        assert_eq!(found[1].1[0].0, "Emil Dahl", "{found:?}");
    }

    #[test]
    fn bare_numbered_items_end_at_the_next_number() {
        let found = reports(
            "Short talks, one video: 1) \"Sketching Graphs Fast\" by Ana Reis (University of \
             Porto) 2) \"Maps for Lichens\" by Bo Lind & Eva Strand (Umeå University & Lund \
             University) 3) open floor.",
        );
        assert_eq!(
            found,
            vec![
                one(
                    "Sketching Graphs Fast",
                    &[("Ana Reis", &["University of Porto"])]
                ),
                one(
                    "Maps for Lichens",
                    &[
                        ("Bo Lind", &["Umeå University"]),
                        ("Eva Strand", &["Lund University"])
                    ]
                ),
            ]
        );
    }

    #[test]
    fn a_sentence_run_on_without_its_stop_ends_the_people() {
        let found = reports(
            "Talk 1: \"Graph Models for Fraud\" – Sara Holm (Danske Bank) Talk 2: \"Queues at \
             Scale\" – Emil Dahl, Staff Engineer at Spotify Videos are on our channel.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1].1,
            vec![("Emil Dahl".into(), vec!["Spotify".into()])]
        );
    }

    #[test]
    fn a_demo_is_a_talk() {
        assert_eq!(
            reports(
                "Then a short demo of the new viewer by Luca Neri (University of Pisa), \
                 \"Rendering Point Clouds in the Browser\"."
            ),
            vec![one(
                "Rendering Point Clouds in the Browser",
                &[("Luca Neri", &["University of Pisa"])]
            )]
        );
    }

    fn reading_of(text: &str, line: usize) -> Option<Kind> {
        let lex = Lexicon::builtin_for_tests();
        read_text(text, &lex)
            .into_iter()
            .find(|(i, _)| *i == line)
            .map(|(_, info)| info.kind)
    }

    fn reported(kind: Option<Kind>) -> Vec<(String, Vec<String>)> {
        match kind {
            Some(Kind::Reports(r)) => r
                .into_iter()
                .map(|(t, s)| (t, s.into_iter().map(|p| p.name).collect()))
                .collect(),
            other => panic!("not a report: {other:?}"),
        }
    }

    #[test]
    fn a_description_calls_the_heading_s_person_by_given_name() {
        let text = "THU, MAY 9, 2024, 7:00 PM BST\n\
                    Rust Night #30 with Priya Raman (University of Bath)\n\
                    Priya will present \"Verifying Unsafe Code with Kani\", followed by pizza.\n";
        assert_eq!(
            reported(reading_of(text, 2)),
            [(
                "Verifying Unsafe Code with Kani".into(),
                vec!["Priya Raman".into()]
            )]
        );
        // the heading named the event, not a talk of its own
        assert_eq!(reading_of(text, 1), Some(Kind::Noise));
        // a given name nobody above bears names no one
        let text = "Rust Night #30\n\
                    Priya will present \"Verifying Unsafe Code with Kani\", followed by pizza.\n";
        assert!(!matches!(reading_of(text, 1), Some(Kind::Reports(_))));
    }

    /// A summary under a talk whose byline names its people without institutions: the
    /// sentences give each their institution, and the moderator is none of the speakers.
    #[test]
    fn biographies_in_the_description_give_institutions() {
        let lex = Lexicon::builtin_for_tests();
        let speaker = |name: &str| Speaker {
            name: name.into(),
            ..Speaker::default()
        };
        let mut talk = crate::model::Talk {
            title: "Why glass does not flow".into(),
            speakers: vec![speaker("Priya Venkataraman-Hale"), speaker("Ana Lima")],
            abstract_text: Some(
                "It does not. Priya Venkataraman-Hale is a Reader in Materials Chemistry at \
                 University College London. Before joining she was a fellow at MIT."
                    .into(),
            ),
            ..crate::model::Talk::default()
        };
        bio_affiliations(&mut talk, &lex);
        let names = |t: &crate::model::Talk, i: usize| -> Vec<String> {
            t.speakers[i]
                .affiliations
                .iter()
                .map(|a| a.name.clone())
                .collect()
        };
        assert_eq!(names(&talk, 0), ["University College London"]);
        // (what a speaker was gives nothing; nor does a sentence about someone else)
        assert!(names(&talk, 1).is_empty());
        let mut talk = crate::model::Talk {
            title: "Dinosaur detectives".into(),
            speakers: vec![
                speaker("Sam Oduya"),
                speaker("Grace Abara"),
                speaker("Ifeoma Obi"),
            ],
            abstract_text: Some(
                "Sam and Grace are both from the Natural History Museum. Ifeoma, Professor \
                 of Biophysics at the University of Glasgow, explains how."
                    .into(),
            ),
            ..crate::model::Talk::default()
        };
        bio_affiliations(&mut talk, &lex);
        assert_eq!(names(&talk, 0), ["Natural History Museum"]);
        assert_eq!(names(&talk, 1), ["Natural History Museum"]);
        assert_eq!(names(&talk, 2), ["University of Glasgow"]);
    }

    #[test]
    fn a_summary_places_the_people_of_a_byline() {
        let lex = Lexicon::builtin_for_tests();
        let text = "The panelists, Ana Li of Cloudflare, Bo Ek of Mercari and Cy Po of Doctolib, \
                    discuss cold starts. The panel was moderated by Di Roe.";
        let names: Vec<String> = ["Ana Li", "Bo Ek", "Cy Po"].map(String::from).to_vec();
        let placed: Vec<(String, Vec<String>)> = named_people(text, &names, &lex)
            .into_iter()
            .map(|s| (s.name, s.affiliations.into_iter().map(|a| a.name).collect()))
            .collect();
        assert!(placed.contains(&("Bo Ek".into(), vec!["Mercari".into()])));
        assert!(placed.contains(&("Cy Po".into(), vec!["Doctolib".into()])));
        assert_eq!(moderators_in(text), vec!["Di Roe".to_owned()]);
        let text = "Ravi Holt, Principal Engineer, and Ingrid Solheim, Site Reliability \
                    Engineer, both at Fastly, share what they learned.";
        let names: Vec<String> = ["Ravi Holt", "Ingrid Solheim"].map(String::from).to_vec();
        let placed = named_people(text, &names, &lex);
        assert!(placed
            .iter()
            .all(|s| s.affiliations.iter().any(|a| a.name == "Fastly")));
        assert_eq!(placed.len(), 2);
        // "is Head of … at X"; "A and B from X explain …"
        let text = "Lena Holm is Head of Data Platforms at Klarna. She shows the migration.";
        let placed = named_people(text, &["Lena Holm".to_owned()], &lex);
        assert!(placed
            .iter()
            .any(|s| s.affiliations.iter().any(|a| a.name == "Klarna")));
        let text = "Ana Li and Bo Ek from Adevinta explain the autoscaling changes.";
        let names: Vec<String> = ["Ana Li", "Bo Ek"].map(String::from).to_vec();
        let placed = named_people(text, &names, &lex);
        for name in ["Ana Li", "Bo Ek"] {
            assert!(
                placed.iter().any(|s| s.name == name
                    && s.affiliations
                        .iter()
                        .map(|a| a.name.as_str())
                        .eq(["Adevinta"])),
                "{name}: {placed:?}"
            );
        }
    }

    #[test]
    fn a_description_gives_its_talk_without_quotes() {
        let text = "Rust Night #26: Embedded Rust, Part 2\n\
                    Embedded Rust, Part 2: Interrupts and DMA, with Jonas Falk (Graphcore). \
                    Bring your board; the code is on GitHub.\n";
        assert_eq!(
            reported(reading_of(text, 1)),
            [(
                "Embedded Rust, Part 2: Interrupts and DMA".into(),
                vec!["Jonas Falk".into()]
            )]
        );
        let text = "Rust Night #27 (panel)\n\
                    Panel: Rust in Safety-Critical Systems. On stage: Dr. Harriet Lowe \
                    (University of Bristol) and Marta Villa, Chief Technology Officer at Ferrous \
                    Systems. Moderated by Tom Reid.\n";
        // (the moderator's sentence cut off, the line reads as a title and its people)
        let doc = crate::extract::extract_text("t.txt", text);
        let talks: Vec<(String, Vec<String>)> = doc
            .talks
            .into_iter()
            .map(|t| (t.title, t.speakers.into_iter().map(|s| s.name).collect()))
            .collect();
        assert_eq!(
            talks,
            [(
                "Panel: Rust in Safety-Critical Systems".into(),
                vec!["Harriet Lowe".into(), "Marta Villa".into()]
            )]
        );
        // an abstract's sentence with "with" is no talk
        let text = "Rust Night #26\n\
                    We will compare two designs, with Jonas Falk (Graphcore). It is fun.\n";
        assert!(reading_of(text, 1).is_none());
    }

    #[test]
    fn each_item_of_a_list_is_a_paragraph_of_its_own() {
        let lex = Lexicon::builtin_for_tests();
        let text = "– «Anotar el español de Filipinas: un corpus», Dra. Marisol Dizon Reyes (Universidad de Filipinas) [desde 0:03:20]\n\
                    – «Léxico de la minería en Potosí», Mtra. Julieta Condori Apaza, investigadora de la Universidad Mayor de San Andrés [desde 0:49:10]\n";
        let found: Vec<(String, String)> = read_text(text, &lex)
            .into_iter()
            .flat_map(|(_, info)| match info.kind {
                Kind::Reports(r) => r
                    .into_iter()
                    .map(|(t, s)| (t, s[0].name.clone()))
                    .collect::<Vec<_>>(),
                Kind::Combined { title, speakers } => vec![(title, speakers[0].name.clone())],
                _ => Vec::new(),
            })
            .collect();
        for (title, name) in &found {
            if title.starts_with("Léxico") {
                assert_eq!(name, "Julieta Condori Apaza", "{found:?}");
            }
        }
    }

    #[test]
    fn a_sentence_ending_in_a_colon_gives_the_titles_below_their_people() {
        let lex = Lexicon::builtin_for_tests();
        let text = "In 2024 the Brenner Lecture was given as a two-morning workshop for doctoral students by Professor Ingeborg Lund (University of Bergen):\n\
                    Reading the Catchment, Part 1: Field Instruments\n\
                    Reading the Catchment, Part 2: From Sensors to Models\n";
        let lines: Vec<&str> = text.lines().collect();
        let infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| super::super::line::classify(l, &lex, Default::default()))
            .collect();
        let found = read_lead_sentences(&lines, &infos, &lex);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].1.kind, Kind::Noise);
        for (_, info) in &found[1..] {
            let Kind::Combined { speakers, .. } = &info.kind else {
                panic!("{info:?}");
            };
            assert_eq!(speakers[0].name, "Ingeborg Lund");
        }
        // a title line with its speaker, ending in a colon, is no sentence
        let lines = ["Ice Cores — Ana Li (KTH):", "Snow"];
        let infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| super::super::line::classify(l, &lex, Default::default()))
            .collect();
        assert!(read_lead_sentences(&lines, &infos, &lex).is_empty());
    }

    #[test]
    fn a_pronoun_s_talk_belongs_to_the_person_of_the_sentence_before() {
        assert_eq!(
            reports("The lecture was given by Prof. Ada Obi, who holds a joint appointment at Imperial College London and the Francis Crick Institute. Her lecture, “Enzymes That Build Rings”, is online."),
            vec![one(
                "Enzymes That Build Rings",
                &[("Ada Obi", &["Imperial College London", "Francis Crick Institute"])]
            )]
        );
        // nobody given the talk before: no speaker
        assert!(
            reports("Photos are online. Her lecture, “Enzymes That Build Rings”, is online.")
                .is_empty()
        );
    }

    #[test]
    fn people_introduced_as_a_group_are_then_called_by_family_name() {
        let found = reports(
            "The group hosted an afternoon featuring Dr Pieter Claes (Ghent University) and Dr Mei \
             Chua (National University of Singapore). Dr Claes spoke on “Catalysts in Flow”, and \
             Dr Chua presented “Zeolites by Design”.",
        );
        assert_eq!(
            found,
            vec![
                one(
                    "Catalysts in Flow",
                    &[("Pieter Claes", &["Ghent University"])]
                ),
                one(
                    "Zeolites by Design",
                    &[("Mei Chua", &["National University of Singapore"])]
                ),
            ]
        );
    }

    #[test]
    fn a_panel_brought_together_its_people() {
        let found = reports(
            "A panel discussion on “Solvents We Can Live With” brought together Dr Ana Reis \
             (University of Porto) and Prof. Bo Lind (Lund University). The panel was chaired by \
             Eva Holm.",
        );
        let names: Vec<&str> = found[0].1.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Ana Reis", "Bo Lind"]);
    }

    #[test]
    fn a_capitalised_lecture_names_a_lecture() {
        assert_eq!(
            reports("We added last year’s Brenner Anniversary Lecture, “Glaciers as Archives”, given by Professor Wang Lihua (Chinese Academy of Sciences)."),
            vec![one("Glaciers as Archives", &[("Wang Lihua", &["Chinese Academy of Sciences"])])]
        );
    }

    #[test]
    fn a_news_post_tells_its_lectures() {
        let found = reports(
            "The season opened with Professor Ida Holm of Aarhus University, whose lecture \
             “Rivers in Deep Time” filled the hall.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1[0].0, "Ida Holm");
        let found = reports(
            "“Who Owns a Melody?” was a panel discussion with Dr Ravi Rao (SOAS University of \
             London) and Councillor Jane Pike (Leeds City Council), chaired by Alan Greaves.",
        );
        let names: Vec<&str> = found[0].1.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Ravi Rao", "Jane Pike"]);
        // a report "based on joint work with colleagues" is still a report
        let found = reports(
            "Dr Bo Ek (Lund University) presented “Ice and Fire”, based on joint work with \
             colleagues.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_paragraph_names_the_people_of_a_talk_it_names() {
        let p = "Recordings of our spring season. The methods workshop was run by Ida Holm \
                 (Aarhus University); the closing debate featured Raj Patel (Tata Institute of \
                 Fundamental Research) and Mia Chen (Academia Sinica), chaired by Ole Dahl.";
        let got = named(p, "closing debate").unwrap_or_default();
        assert_eq!(
            got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            ["Raj Patel", "Mia Chen"]
        );
        // the chair is nobody's speaker; a name not in the text finds nothing
        assert_eq!(named(p, "chaired"), None);
        assert_eq!(named(p, "keynote lecture"), None);
        // "hosted by" names a host, and people without an institution are not enough
        assert_eq!(
            named(
                "The Winter Colloquium is hosted by Lund University (LU).",
                "winter colloquium"
            ),
            None
        );
        assert_eq!(
            named("The reading group was led by Ida and Ole.", "reading group"),
            None
        );
        // a key is matched as whole words only
        assert_eq!(
            named(
                "The minicourse was given by Ida Holm (Aarhus University).",
                "course"
            ),
            None
        );
    }

    /// The reports read from `text`, its lines classified as the extractor does.
    fn read_text(text: &str, lex: &Lexicon) -> Vec<(usize, LineInfo)> {
        let lines: Vec<&str> = text.lines().collect();
        let ctx = super::super::line::DocContext::scan(&lines);
        let infos: Vec<LineInfo> = lines
            .iter()
            .map(|l| super::super::line::classify(l, lex, ctx))
            .collect();
        read_reports(&lines, &infos, lex)
    }

    fn one(title: &str, who: &[(&str, &[&str])]) -> Found {
        (
            title.into(),
            who.iter()
                .map(|(n, a)| ((*n).into(), a.iter().map(|s| (*s).into()).collect()))
                .collect(),
        )
    }

    #[test]
    fn the_speaker_named_in_an_event_description() {
        let lex = Lexicon::builtin_for_tests();
        let names = |text: &str| -> Vec<(String, Vec<String>)> {
            speakers_in_description(text, &lex)
                .unwrap_or_default()
                .into_iter()
                .map(|s| (s.name, s.affiliations.into_iter().map(|a| a.name).collect()))
                .collect()
        };
        let one = |n: &str, a: &str| vec![(n.to_owned(), vec![a.to_owned()])];
        assert_eq!(
            names("Dr Ilse Marquardt (University of Kiel) traces the herring trade. Free."),
            one("Ilse Marquardt", "University of Kiel")
        );
        assert_eq!(
            names("Dr Rangi Walker of the University of Waikato presents a new map of the coast."),
            one("Rangi Walker", "University of Waikato")
        );
        assert_eq!(
            names("The second of two lectures by Dr Ciarán Byrne, Trinity College Dublin, follows the fleet home."),
            one("Ciarán Byrne", "Trinity College Dublin")
        );
        assert_eq!(
            names("Dr Noa Levi (Tel Aviv University) on the port records of Acre."),
            one("Noa Levi", "Tel Aviv University")
        );
        // an introducer, a person without an institution, a later paragraph: nobody
        assert!(names("Introduced by Professor Ann Cole, Director of the Centre.").is_empty());
        assert!(names("Dr Gwen Price hopes to give it next term.").is_empty());
        assert!(names(
            "Places are limited.\n\nThe talk by Dr Amal Haddad (University of Jordan) moved."
        )
        .is_empty());
    }

    #[test]
    fn a_talk_whose_sentence_calls_it_off_is_no_report() {
        let text = "Sadly, the seminar by Dr Ines Duarte (University of Coimbra) on “Karst Aquifers Under Drought” has been cancelled. Prof. Bo Ek (Lund University) gave “Rivers at Night” on Monday.";
        assert!(sentence_calls_off(text, text.find("Karst").unwrap_or(0)));
        assert!(!sentence_calls_off(text, text.find("Rivers").unwrap_or(0)));
    }

    #[test]
    fn set_off_speakers_nicknames_and_tutorial_lists() {
        assert_eq!(
            reports("PhD defence on Friday: Marek Novotný (Charles University) — “Termination Analysis for Higher-Order Programs”. Advisor: Dr. Petra Horáková."),
            vec![one("Termination Analysis for Higher-Order Programs", &[("Marek Novotný", &["Charles University"])])]
        );
        assert_eq!(
            reports("Next up, Haruto “Haru” Sakamoto (University of Edinburgh) will talk about “Session Types in Practice”."),
            vec![one("Session Types in Practice", &[("Haruto Sakamoto", &["University of Edinburgh"])])]
        );
        assert_eq!(
            reports("A two-session tutorial by Greta Lindholm (Aalto University), bring a laptop: • Tuesday: “Proof Assistants (part 1 of 2)” • Thursday: “Proof Assistants (part 2 of 2)”."),
            vec![
                one("Proof Assistants (part 1 of 2)", &[("Greta Lindholm", &["Aalto University"])]),
                one("Proof Assistants (part 2 of 2)", &[("Greta Lindholm", &["Aalto University"])]),
            ]
        );
    }

    #[test]
    fn set_off_talks_in_a_sequence() {
        assert_eq!(
            reports("We kick off with Bo Ek (KTH) — “Sparse Solvers on GPUs”, followed a week later by Cy Dahl (Aalto University) — “Learning to Schedule Job Shops”."),
            vec![
                one("Sparse Solvers on GPUs", &[("Bo Ek", &["KTH"])]),
                one("Learning to Schedule Job Shops", &[("Cy Dahl", &["Aalto University"])]),
            ]
        );
    }

    #[test]
    fn a_panel_names_its_panellists_not_its_moderator() {
        assert_eq!(
            reports("Panel on Thursday: “Do Benchmarks Still Matter?” with Ada Wong (Google), Ben Ortiz (University of Toronto) and Chen Li (Tsinghua University), moderated by Dan Roe."),
            vec![one(
                "Do Benchmarks Still Matter?",
                &[
                    ("Ada Wong", &["Google"]),
                    ("Ben Ortiz", &["University of Toronto"]),
                    ("Chen Li", &["Tsinghua University"]),
                ]
            )]
        );
    }

    #[test]
    fn chat_announcements() {
        assert_eq!(
            reports("Tomorrow we have Ngozi Okonkwo from Imperial College London, talking about “Consensus Protocols Under Partial Synchrony”."),
            vec![one("Consensus Protocols Under Partial Synchrony", &[("Ngozi Okonkwo", &["Imperial College London"])])]
        );
    }

    #[test]
    fn a_speaker_and_a_verb_before_the_title() {
        assert_eq!(
            reports("Last Friday, Maja Horvat (University of Zagreb) spoke about “Sparse Tensors on GPUs”, and the room was full."),
            vec![one("Sparse Tensors on GPUs", &[("Maja Horvat", &["University of Zagreb"])])]
        );
        assert_eq!(
            reports("Our next guest is Tobias Engel, a research scientist at Bosch, who will speak on \"Anomaly Detection in Factories\" on 4 May."),
            vec![one("Anomaly Detection in Factories", &[("Tobias Engel", &["Bosch"])])]
        );
    }

    #[test]
    fn several_talks_in_one_sentence() {
        assert_eq!(
            reports("The morning brought two talks: Ines Duarte of the University of Porto on “Graph Kernels Revisited” and Bilal Qureshi (LUMS) on “Streaming Joins”."),
            vec![
                one("Graph Kernels Revisited", &[("Ines Duarte", &["University of Porto"])]),
                one("Streaming Joins", &[("Bilal Qureshi", &["LUMS"])]),
            ]
        );
    }

    #[test]
    fn shared_institution_and_title_first() {
        assert_eq!(
            reports("Then Hana Novak and Petr Dvořák, both of Charles University, presented “Proof Assistants in the Classroom”."),
            vec![one(
                "Proof Assistants in the Classroom",
                &[("Hana Novak", &["Charles University"]), ("Petr Dvořák", &["Charles University"])]
            )]
        );
        assert_eq!(
            reports("The colloquium closed with “Why Caches Lie”, a talk by Oskar Lind (Lund University)."),
            vec![one("Why Caches Lie", &[("Oskar Lind", &["Lund University"])])]
        );
    }

    #[test]
    fn possessive_and_title_before_the_speaker() {
        assert_eq!(
            reports("Aled Pritchard’s talk on “Tidal Energy Forecasting”, given to a full room, was the term's highlight."),
            vec![one("Tidal Energy Forecasting", &[("Aled Pritchard", &[])])]
        );
        assert_eq!(
            reports("In his talk “Is Static Typing Worth It?”, Rhys Morgan (Swansea University) argued that it is."),
            vec![one("Is Static Typing Worth It?", &[("Rhys Morgan", &["Swansea University"])])]
        );
    }

    #[test]
    fn wrapped_paragraphs_are_read_whole() {
        let lex = Lexicon::builtin_for_tests();
        let text = "Seminar news\n\nOn 12 May, Siân Evans and Dafydd Jones, both of Aberystwyth\nUniversity, presented “Peatland Carbon Models”; a week later Tariq\nAziz (University of Leeds) spoke on “Flood Maps from Radar”.\n";
        let found = read_text(text, &lex);
        let titles: Vec<(usize, String)> = found
            .iter()
            .flat_map(|(i, info)| match &info.kind {
                Kind::Reports(r) => r.iter().map(|(t, _)| (*i, t.clone())).collect(),
                _ => Vec::new(),
            })
            .collect();
        assert_eq!(
            titles,
            vec![
                (3, "Peatland Carbon Models".to_owned()),
                (4, "Flood Maps from Radar".to_owned())
            ]
        );
    }

    #[test]
    fn a_speaker_named_after_by_or_with_a_position_before_the_name() {
        let okafor = one(
            "Computing for a Continent",
            &[("Chidi Okafor", &["University of Lagos"])],
        );
        for text in [
            "The Turing Lecture was delivered on 3 May by Professor Chidi Okafor, Vice-Chancellor of the University of Lagos, under the title “Computing for a Continent”.",
            "This year's Turing Lecture, “Computing for a Continent”, was delivered by Professor Chidi Okafor, Vice-Chancellor of the University of Lagos.",
            "The Vice-Chancellor of the University of Lagos, Professor Chidi Okafor, delivered the Turing Lecture, “Computing for a Continent”.",
        ] {
            assert_eq!(reports(text), vec![okafor.clone()], "{text}");
        }
    }

    #[test]
    fn titles_with_their_speaker_in_parentheses() {
        assert_eq!(
            reports("The afternoon featured “Verified Smart Contracts” (Tomás Ruiz, Imperial College London) and “Typed Holes in Class” (Ana Lee, KTH)."),
            vec![
                one("Verified Smart Contracts", &[("Tomás Ruiz", &["Imperial College London"])]),
                one("Typed Holes in Class", &[("Ana Lee", &["KTH"])]),
            ]
        );
        assert_eq!(
            reports("Talks this term were given by Tomás Ruiz (“Verified Smart Contracts”) and Ana Lee (“Typed Holes in Class”)."),
            vec![
                one("Verified Smart Contracts", &[("Tomás Ruiz", &[])]),
                one("Typed Holes in Class", &[("Ana Lee", &[])]),
            ]
        );
    }

    #[test]
    fn an_abstract_that_mentions_a_talk_is_left_alone() {
        let lex = Lexicon::builtin_for_tests();
        let text = "Scaling Laws Revisited\nJane Doe (MIT)\n\nIn this talk we revisit the keynote “Scaling Laws for Everything” given by Omar Saleh (Stanford University) last year, and ask what survived.\n";
        assert!(read_text(text, &lex).is_empty());
    }

    #[test]
    fn quoted_titles_of_other_works_are_no_talks() {
        assert!(reports("Congratulations to Maja Horvat (University of Zagreb), whose paper “Sparse Tensors on GPUs” won the best paper award.").is_empty());
        assert!(reports(
            "We recommend “The Art of Multiprocessor Programming” by Maurice Herlihy."
        )
        .is_empty());
        assert!(reports("In this talk I present “a new method” for sorting.").is_empty());
    }
}
