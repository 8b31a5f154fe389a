//! Preparing a listing's lines before they are classified: formats and page clutter that the
//! line classifier should not have to know about are rewritten into plain listing lines.
//!
//! The entry point is [`prepare`]. Each pass first looks cheaply for the evidence it needs and
//! leaves the document alone without it, so most listings go through untouched (no copy):
//!
//! - [`ics`]: an iCalendar export becomes one block per event (`SUMMARY`, `DESCRIPTION`), its
//!   folded lines unfolded and its escapes decoded;
//! - [`feed`]: an RSS or Atom feed becomes one block per item (a `Title:` line and the
//!   lines of its description);
//! - [`webvtt`]: a recording's WebVTT or SubRip track becomes one timestamped line per cue,
//!   its other text lines under it, so that the cues read as a session's chapters;
//! - [`html`]: HTML source becomes the lines a browser shows (block elements end a line,
//!   cells are tab-separated, scripts, menus and footers dropped, references decoded);
//! - [`org`]: an Emacs Org log becomes labelled blocks (headlines as titles, drawer
//!   properties as `Speaker:`/`Affiliation:` lines, keywords, tags and `:noexport:` subtrees
//!   dropped);
//! - [`rst`]: a reStructuredText page becomes plain blocks (underlines and directives dropped,
//!   field lists as labelled lines, inline links as their text);
//! - [`wraps`]: text converted from PDF has its page headers, footers and page numbers
//!   dropped, entries wrapped over several lines joined (end-of-line hyphens resolved) and
//!   reference marks (`†`, `[host: …]`, `(not recorded)`) removed; a message hard-wrapped at
//!   60 to 80 columns has the lines that a wrap broke joined;
//! - [`schedule`]: conference agendas (Indico, Sched) lose their duration and room lines, their
//!   `Speakers`/`Moderators` headings and the people of moderator blocks, and a name with its
//!   `Role, Company` on the next line becomes one speaker line;
//! - [`forum`]: a forum thread loses its post headers (handle, name, date), like and reply
//!   counters and page buttons, so that a post's author is no speaker;
//! - [`chat`]: a chat export (WhatsApp's) becomes one block per message, without the
//!   headers that name each message's sender, and without system messages;
//! - [`chapters`]: a recording's chapters written on one line (`00:00 Welcome · 01:10 A –
//!   Title · …`) become one indented line per chapter;
//! - [`tsv`]: a spreadsheet saved as tab-separated text has the quoted cells that run over
//!   line breaks joined into their rows;
//! - [`cells`]: a table pasted one cell per line, under a header of column names, becomes
//!   tab-separated rows;
//! - [`latex`] source without talk macros or tables (an `itemize` programme) becomes its text:
//!   preamble and environment lines dropped, `\item` a bullet, `\\` a line break, TeX decoded.
//!
//! Structured record files are not rewritten but read field by field ([`structured`]):
//! [`bibtex`] entries, [`ris`] references, [`yaml`] (and JSON) data files, [`latex`] programme macros and tables,
//! [`delimited`] spreadsheets with headers in several languages and a repository's
//! [`citations`] become [`records`], which the extractor turns into talks directly.
//!
//! Every prepared line remembers the source line it comes from, so that the line numbers of
//! records and warnings still point into the file as given.

use std::borrow::Cow;

use super::Lexicon;
use crate::model::{Talk, Warning};

pub(crate) mod agenda;
pub(crate) mod bibtex;
pub(crate) mod cells;
pub(crate) mod chapters;
pub(crate) mod chat;
pub(crate) mod citations;
pub(crate) mod columns;
pub(crate) mod delimited;
pub(crate) mod dokuwiki;
pub(crate) mod feed;
pub(crate) mod forum;
pub(crate) mod frontmatter;
pub(crate) mod html;
pub(crate) mod ics;
pub(crate) mod latex;
pub(crate) mod org;
pub(crate) mod records;
pub(crate) mod repository;
pub(crate) mod ris;
pub(crate) mod rst;
pub(crate) mod schedule;
pub(crate) mod tex;
pub(crate) mod tsv;
pub(crate) mod webvtt;
pub(crate) mod wraps;
pub(crate) mod xml;
pub(crate) mod yaml;

/// One prepared line and the source line (1-based) it was made from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line<'a> {
    pub text: Cow<'a, str>,
    pub origin: usize,
}

impl<'a> Line<'a> {
    pub(crate) fn new(text: impl Into<Cow<'a, str>>, origin: usize) -> Self {
        Self {
            text: text.into(),
            origin,
        }
    }
}

/// The lines of a document after preparation.
#[derive(Debug)]
pub(crate) struct Prepared<'a> {
    pub lines: Vec<Line<'a>>,
}

impl Prepared<'_> {
    /// The text of every prepared line.
    pub(crate) fn texts(&self) -> Vec<&str> {
        self.lines.iter().map(|l| l.text.as_ref()).collect()
    }

    /// Moves the line numbers of talks, speakers and warnings, which count prepared lines, back
    /// to the source lines they come from.
    pub(crate) fn remap(&self, talks: &mut [Talk], warnings: &mut [Warning]) {
        let origin = |n: usize| match n.checked_sub(1).and_then(|i| self.lines.get(i)) {
            Some(line) => line.origin,
            None => n,
        };
        for talk in talks {
            self.remap_talk(talk, &origin);
        }
        for w in warnings.iter_mut().filter(|w| w.line > 0) {
            w.line = origin(w.line);
        }
    }

    fn remap_talk(&self, talk: &mut Talk, origin: &impl Fn(usize) -> usize) {
        let (first, last) = (origin(talk.line), origin(talk.end_line));
        talk.line = first;
        talk.end_line = last.max(first);
        for s in &mut talk.speakers {
            s.line = origin(s.line);
        }
        for segment in &mut talk.segments {
            self.remap_talk(segment, origin);
        }
    }
}

/// Prepares the lines of one document (line `n` at index `n - 1`); `None` when no pass
/// applies and the lines are read as they are.
pub(crate) fn prepare<'a>(lines: &[&'a str], lex: &Lexicon) -> Option<Prepared<'a>> {
    // each pass looks for its evidence in a scan of every line: the scans run side by side
    let (
        (((calendar, syndicated), markup), (tex, (outline, (sphinx, doku)))),
        (((wrapped, wrap_width), ((thread, chat), chaptered)), (agenda, (table, spreadsheet))),
    ) = rayon::join(
        || {
            rayon::join(
                || {
                    rayon::join(
                        || (ics::is_calendar(lines), feed::applies(lines)),
                        || html::applies(lines),
                    )
                },
                || {
                    rayon::join(
                        || latex::applies(lines),
                        || {
                            rayon::join(
                                || org::applies(lines),
                                || (rst::applies(lines), dokuwiki::applies(lines)),
                            )
                        },
                    )
                },
            )
        },
        || {
            rayon::join(
                || {
                    rayon::join(
                        || (wraps::applies(lines), wraps::wrap_width(lines)),
                        || {
                            (
                                (forum::applies(lines), chat::applies(lines)),
                                chapters::applies(lines),
                            )
                        },
                    )
                },
                || {
                    rayon::join(
                        || schedule::applies(lines),
                        || (cells::applies(lines), tsv::applies(lines)),
                    )
                },
            )
        },
    );
    let syndicated = !calendar && syndicated;
    // pages set in two columns (a PDF programme through `pdftotext -layout`)
    let columns = columns::column_start(lines);
    // a calendar printed in agenda view, with event details
    let printed = !calendar && agenda::applies(lines);
    // an XML export of records (OAI-PMH, a repository's dump): parsed only when it looks like
    // XML that is no feed or page
    let exported = (!calendar && !syndicated && !markup && xml::applies(lines))
        .then(|| xml::blocks(lines))
        .flatten();
    // a recording's chapter or caption track (WebVTT, SubRip)
    let captions = !calendar && !syndicated && webvtt::applies(lines);
    // one of the whole-document formats, the first that applies
    let format = calendar || syndicated || exported.is_some() || captions;
    let markup = !format && markup;
    let outline = !format && !markup && outline;
    let sphinx = !format && !markup && !outline && sphinx;
    // (DokuWiki source is read as the text it shows, like reStructuredText)
    let doku = !format && !markup && !outline && !sphinx && doku;
    let sphinx = sphinx || doku;
    let tex = !format && !markup && !outline && !sphinx && tex;
    let columns = columns.filter(|_| !format && !markup && !outline && !sphinx && !tex);
    // (column text comes from a PDF: its entries wrap, its pages have running heads)
    let wrapped =
        !format && !markup && !outline && !sphinx && !tex && (wrapped || columns.is_some());
    let wrap_width = wrap_width.filter(|_| !format && !markup && !outline && !sphinx && !tex);
    let hard_wrapped = !wrapped && wrap_width.is_some();
    let spreadsheet = !format && !markup && !outline && !sphinx && !tex && spreadsheet;
    let printed = !format && !markup && !outline && !sphinx && !tex && printed;
    if !(format
        || printed
        || spreadsheet
        || markup
        || outline
        || sphinx
        || tex
        || wrapped
        || hard_wrapped
        || thread
        || chat
        || chaptered
        || agenda
        || table)
    {
        return None;
    }
    let mut work: Vec<Line<'a>> = if calendar {
        ics::convert(lines)
    } else if let Some(records) = exported {
        records
    } else if syndicated {
        feed::blocks(lines)
    } else if captions {
        let numbered: Vec<Line<'a>> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line::new(*l, i + 1))
            .collect();
        webvtt::cues(&numbered)
    } else if markup {
        html::text_lines(lines)
    } else if outline {
        org::plain(lines)
    } else if doku {
        dokuwiki::plain(lines)
    } else if sphinx {
        rst::plain(lines)
    } else if tex {
        latex::plain(lines)
    } else {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line::new(*l, i + 1))
            .collect()
    };
    // (a chat's messages first: a message is a block, whatever the passes below make of it)
    let chat = chat && !format && !markup && !outline && !sphinx && !tex;
    if chat {
        work = chat::messages(work);
    }
    if let Some(start) = columns {
        work = columns::split(work, start, lex);
    }
    if printed {
        work = agenda::blocks(work);
    }
    if spreadsheet {
        work = tsv::join(work);
    }
    if wrapped {
        work = wraps::join(work);
    } else if let Some(width) = wrap_width {
        work = wraps::reflow(work, width);
    }
    if thread {
        work = forum::strip(work);
    }
    if chaptered {
        work = chapters::split(work);
    }
    // before the agenda pass, which would read a "Speaker" column name as a heading
    if table {
        work = cells::tabulate(work);
    }
    // a speaker page has "Speakers" and "Organisers" headings too, but its people are cards
    // (borrowed: most prepared documents are no speaker page, and copy nothing)
    match crate::extract::cards::rewrite(&work, lex) {
        Some(cards) => work = cards,
        None if agenda => work = schedule::tidy(work, lex),
        None => {}
    }
    Some(Prepared { lines: work })
}

/// Reads a structured record file, when the document is one: its talk records, which the
/// extractor turns into talks without classifying lines. Each check looks at the first lines
/// only, so other listings pay next to nothing. Problems of the file (an entry left open, YAML
/// that does not parse) are added to `warnings` with their line.
pub(crate) fn structured(
    lines: &[&str],
    lex: &Lexicon,
    warnings: &mut Vec<Warning>,
) -> Option<Vec<records::Record>> {
    if bibtex::applies(lines) {
        return Some(bibtex::read(lines, warnings));
    }
    if ris::applies(lines) {
        return Some(ris::read(lines, lex, warnings));
    }
    if yaml::applies(lines) {
        if let Some(found) = yaml::read(lines, warnings) {
            return Some(found);
        }
    }
    // static-site pages with TOML or YAML front matter, printed together
    if frontmatter::applies(lines) {
        let found = frontmatter::read(lines, warnings);
        if !found.is_empty() {
            return Some(found);
        }
    }

    if latex::applies(lines) {
        // without talk macros or tables the source is read as text (see `prepare`)
        let found = latex::read(lines, lex);
        if !found.is_empty() {
            return Some(found);
        }
    }
    if delimited::applies(lines) {
        return Some(delimited::read(lines, warnings));
    }
    // a repository's citation list ("Family, Given (2024) Title. In: Event …"): the talks
    // among its items, when there are three or more
    if citations::applies(lines) {
        let found = citations::read(lines);
        if found.len() >= 3 {
            return Some(found);
        }
    }
    // a repository's record list: the creators of each record, and who of them presented
    if repository::applies(lines) {
        let found = repository::read(lines, lex);
        if !found.is_empty() {
            return Some(found);
        }
    }
    None
}

/// Field names (`:NAME:`) that name a field of a talk, and the label they get.
const FIELD_NAMES: &[(&str, &str)] = &[
    ("SPEAKER", "Speaker"),
    ("SPEAKERS", "Speakers"),
    ("PRESENTER", "Speaker"),
    ("AUTHOR", "Speaker"),
    ("AFFILIATION", "Affiliation"),
    ("INSTITUTION", "Affiliation"),
    ("ORGANIZATION", "Affiliation"),
    ("ORGANISATION", "Affiliation"),
    ("POSITION", "Position"),
    ("ROLE", "Position"),
    ("TITLE", "Title"),
    ("ABSTRACT", "Abstract"),
    ("SUMMARY", "Abstract"),
];

/// A field written `:Name: value` (an Org drawer property, a reStructuredText field list) as a
/// labelled line: `:SPEAKER: Ana Li` → `Speaker: Ana Li`; `None` for fields that name nothing of
/// a talk (`:VIDEO:`, `:Event:`), which are dropped.
pub(crate) fn field_line(t: &str) -> Option<String> {
    let rest = t.strip_prefix(':')?;
    let (name, value) = rest.split_once(':')?;
    let name = name.trim_end_matches('+').to_ascii_uppercase();
    let (_, label) = FIELD_NAMES.iter().find(|(p, _)| *p == name)?;
    let value = links(value.trim()).into_owned();
    (!value.is_empty()).then(|| format!("{label}: {value}"))
}

/// Org links: `[[url][text]]` → `text`, `[[url]]` → `url`.
pub(crate) fn links(text: &str) -> Cow<'_, str> {
    if !text.contains("[[") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 2..];
        let Some(close) = inner.find("]]") else {
            out.push_str(&rest[open..]);
            return Cow::Owned(out);
        };
        let link = &inner[..close];
        out.push_str(link.split_once("][").map_or(link, |(_, text)| text));
        rest = &inner[close + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::read::Source;

    /// Pieces of the formats the passes rewrite, to be shuffled into hostile documents.
    const PIECES: &[&str] = &[
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "SUMMARY:Ann Lee (KTH) - Fast \\, codes",
        " folded\\n\\",
        "DESCRIPTION:Title: É\\;x",
        "STATUS:CANCELLED",
        "\u{c}12      Report",
        "represen-",
        "tation of İẞ (not recorded)",
        "Speakers",
        "Moderators",
        "30m",
        "Room 1.07",
        "Ann Lee",
        "Professor, KTH; Fellow, Lund University",
        "Date",
        "Title",
        "Speaker",
        "May 2, 2024",
        "",
        "Guest lecturer: Bo Ek (KTH)",
        "Codes (Lecture 1/2): A",
        "Week 3 — Guest mini-course: Ö",
        "Invited Speakers",
        "• x",
        "  y",
        "é-",
        "@misc{k, author = {Lee, Ann and {{Org}}}, title = {É \\'{x}",
        "@string{u = \"Lund\"}",
        "note = \"Affiliations: \" # u # {; KTH}}",
        "talks:",
        "  - title: >-",
        "    speakers: [{name: Ann Lee, affiliation: [KTH",
        "Date;Nom;Prénom;Établissement;Titre",
        ";LEE / EK;Ann;\"KTH; \"\"Lund",
        "\\documentclass{article}",
        "% \\talk{time}{title}{speakers}{affiliations}",
        "\\talk{9:00}{Fast codes}{Ann Lee \\and Bo Ek}%",
        "  {KTH \\and",
    ];

    #[test]
    fn hostile_documents_keep_line_numbers_inside_the_file() {
        let extractor =
            Extractor::with_gazetteer(crate::resolve::Gazetteer::builtin().unwrap_or_default());
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..300 {
            let n = 1 + round % 40;
            let mut lines = Vec::with_capacity(n);
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                lines.push(PIECES[(seed >> 33) as usize % PIECES.len()]);
            }
            match round % 6 {
                0 | 3 => lines.insert(0, "BEGIN:VCALENDAR"),
                1 => lines.insert(0, "@misc{a,"),
                2 => lines.insert(0, "\\usepackage{x}"),
                4 => lines.insert(0, "Titel;Vortragende;Einrichtung"),
                _ => {}
            }
            let text = lines.join(if round % 2 == 0 { "\n" } else { "\r\n" });
            let source = Source::from_text("t.txt", &text);
            let count = source.lines().len();
            let doc = extractor.extract(&source);
            for talk in doc.talks.iter().flat_map(crate::model::Talk::walk) {
                assert!((1..=count).contains(&talk.line), "{text:?}: {}", talk.line);
                assert!(
                    talk.end_line >= talk.line && talk.end_line <= count,
                    "{text:?}"
                );
                for s in &talk.speakers {
                    assert!((1..=count).contains(&s.line), "{text:?}: {}", s.line);
                }
            }
            for w in &doc.warnings {
                assert!(w.line <= count, "{text:?}: {}", w.line);
            }
        }
    }
}
