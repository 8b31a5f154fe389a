//! RIS files of recorded talks (a reference manager's export: Zotero, EndNote, Mendeley): each
//! reference of a recording becomes a record of its title, its presenters and their
//! institutions.
//!
//! The entry points are [`applies`] and [`read`]. A reference runs from its `TY  - ` tag to
//! its `ER  - ` tag; a tag is two characters (a capital, then a capital or a digit), two spaces,
//! a dash and a space, and a line without a tag continues the value before it. References of
//! publication types (`JOUR`, `BOOK`, `THES`, …) are no talks; recordings, slides, conference
//! papers and generic items are read. Authors (`AU`, `A1`) are written `Family, Given[,
//! Suffix]` and put back in given–family order; an author without a comma that reads as an
//! institution is the library's organisation, no person. Institutions come from `AD` (one per
//! author in order, or shared), from a note's `Affiliations:` list, or from the sentences of the
//! notes and the abstract that name an author with an institution ("Speaker: A, Position,
//! Institution", "In this lecture Dr A (Institution) …", "Both speakers are from X"). When a note
//! names the presenter among several authors, the others are co-authors, no speakers. A series
//! (`T3`) with a number (`VL`) gives the part. A note that calls the talk off drops it.

use super::records::{self, Person, Record};
use crate::extract::Lexicon;
use crate::model::Warning;

/// Reference types that record publications and data, not talks.
const PAPER_TYPES: &[&str] = &[
    "JOUR", "JFULL", "EJOUR", "ABST", "BOOK", "EBOOK", "EDBOOK", "CHAP", "ECHAP", "THES", "RPRT",
    "PAT", "DATA", "DBASE", "COMP", "MGZN", "NEWS", "BILL", "CASE", "STAT", "MAP", "DICT", "ENCYC",
    "GOVDOC", "STAND", "INPR", "SER", "CTLG", "LEGAL", "AGGR", "ANCIENT", "CLSWK",
];

/// Whether a line starts with an RIS tag (`TY  - `), and which.
fn tag(line: &str) -> Option<(&str, &str)> {
    let b = line.as_bytes();
    let tagged = b.len() >= 5
        && b[0].is_ascii_uppercase()
        && (b[1].is_ascii_uppercase() || b[1].is_ascii_digit())
        && b[2] == b' '
        && (b[3] == b' ' && b[4] == b'-' || b[3] == b'-');
    if !tagged {
        return None;
    }
    // "TY  - VIDEO", "ER  - ", and the one-space form some tools write ("TY - VIDEO")
    let value = line[2..].trim_start().strip_prefix('-')?;
    Some((
        &line[..2],
        value.strip_prefix(' ').unwrap_or(value).trim_end(),
    ))
}

/// Whether the document is an RIS file: its first line with text is a `TY` tag.
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines
        .iter()
        .map(|l| l.trim_start_matches('\u{feff}').trim_end())
        .find(|l| !l.is_empty())
        .and_then(tag)
        .is_some_and(|(t, v)| t == "TY" && !v.is_empty())
}

/// A reference: its tags in order, with the line each starts on.
struct Reference {
    fields: Vec<(String, String)>,
    line: usize,
    end: usize,
    closed: bool,
}

impl Reference {
    fn first(&self, names: &[&str]) -> Option<&str> {
        names.iter().find_map(|n| {
            self.fields
                .iter()
                .find(|(t, v)| t == n && !v.trim().is_empty())
                .map(|(_, v)| v.as_str())
        })
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.fields
            .iter()
            .filter(move |(t, _)| t == name)
            .map(|(_, v)| v.as_str())
    }
}

fn references(lines: &[&str]) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    let mut open: Option<Reference> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim_start_matches('\u{feff}').trim_end();
        match tag(line) {
            Some(("TY", value)) => {
                if let Some(r) = open.take() {
                    out.push(r);
                }
                open = Some(Reference {
                    fields: vec![("TY".to_owned(), value.to_owned())],
                    line: i + 1,
                    end: i + 1,
                    closed: false,
                });
            }
            Some(("ER", _)) => {
                if let Some(mut r) = open.take() {
                    r.end = i + 1;
                    r.closed = true;
                    out.push(r);
                }
            }
            Some((t, value)) => {
                if let Some(r) = open.as_mut() {
                    r.fields.push((t.to_owned(), value.to_owned()));
                    r.end = i + 1;
                }
            }
            // a value wrapped onto the next line goes on
            None if !line.trim().is_empty() => {
                if let Some((_, value)) = open.as_mut().and_then(|r| r.fields.last_mut()) {
                    value.push('\n');
                    value.push_str(line.trim());
                }
            }
            None => {}
        }
    }
    out.extend(open);
    out
}

/// Text without HTML tags and entities (Zotero writes its notes as HTML).
fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    records::squash(&out)
}

/// An author as a page writes the name: `Family, Given, Suffix` → `Given Family Suffix`.
/// `None` for an institution written as an author.
fn author_name(raw: &str, lex: &Lexicon) -> Option<String> {
    let parts: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [family, given] => Some(format!("{given} {}", records::family_case(family))),
        [family, given, suffix, ..] => {
            Some(format!("{given} {} {suffix}", records::family_case(family)))
        }
        [one] => {
            let org = crate::extract::speaker::org_score(one, lex) >= 0.5
                || lex.institution(one).is_some();
            let person = crate::extract::speaker::person_score(one, lex).0 >= 0.6;
            (person && !org).then(|| (*one).to_owned())
        }
        _ => None,
    }
}

/// The words of a note that name who presented: "Presenter: A", "presented by A".
const PRESENTER: &[&str] = &[
    "presenter:",
    "presenters:",
    "presented by",
    "presenting author",
    "speaker:",
    "speakers:",
    "given by",
    "talk by",
    "lecture by",
];

/// The authors a note names as the presenters, when it names some but not all of them.
fn presenters(people: &[Person], notes: &str) -> Option<Vec<usize>> {
    if people.len() < 2 {
        return None;
    }
    let lower = notes.to_lowercase();
    let mut named = Vec::new();
    for cue in PRESENTER {
        for (at, _) in lower.match_indices(cue) {
            let rest = &notes[at + cue.len()..];
            let end = rest.find(". ").unwrap_or(rest.len());
            let said = &rest[..end];
            for (k, p) in people.iter().enumerate() {
                let family = p.name.rsplit(' ').next().unwrap_or(&p.name);
                if said.contains(family) && !named.contains(&k) {
                    named.push(k);
                }
            }
        }
    }
    (!named.is_empty() && named.len() < people.len()).then_some(named)
}

/// The institution a note says every speaker shares: "Both speakers are from X.", "The
/// speaker is from X."
fn shared_from(notes: &str) -> Option<String> {
    let lower = notes.to_lowercase();
    let cue = [
        "both speakers are from ",
        "both speakers are at ",
        "all speakers are from ",
        "all speakers are at ",
        "the speaker is from ",
        "the speaker is at ",
    ]
    .iter()
    .find_map(|c| lower.find(c).map(|at| at + c.len()))?;
    let rest = &notes[cue..];
    let end = rest.find(". ").unwrap_or(rest.len());
    let org = rest[..end].trim().trim_end_matches('.');
    let org = org.strip_prefix("the ").unwrap_or(org);
    (!org.is_empty()).then(|| org.to_owned())
}

/// The lines of a note: its paragraphs and line breaks (`<p>`, `<br>`), without tags.
fn note_lines(raw: &str) -> Vec<String> {
    let mut text = raw.to_owned();
    for tag in ["</p>", "<br>", "<br/>", "<br />", "</li>"] {
        text = text.replace(tag, "\n");
    }
    text.lines().map(plain).filter(|l| !l.is_empty()).collect()
}

/// The chapters a note lists for a session recorded in one piece: "00:08:20 Title – Dr A
/// (Institution)", read as a listing's timestamped lines are. Two at least.
fn chapters(r: &Reference, lex: &Lexicon) -> Vec<Record> {
    let ctx = crate::extract::line::DocContext {
        chapter_stamps: true,
        email: false,
    };
    let mut out = Vec::new();
    for line in ["N1", "AB"]
        .iter()
        .flat_map(|t| r.all(t))
        .flat_map(note_lines)
    {
        if !line.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let info = crate::extract::line::classify(&line, lex, ctx);
        if let crate::extract::line::Kind::Segment {
            stamp,
            title,
            speakers,
        } = info.kind
        {
            out.push(Record {
                title,
                speakers: speakers
                    .into_iter()
                    .map(|s| Person {
                        name: s.name,
                        roles: s
                            .affiliations
                            .iter()
                            .filter_map(|a| a.role.clone())
                            .collect(),
                        affiliations: s.affiliations.into_iter().map(|a| a.name).collect(),
                    })
                    .collect(),
                start: Some(stamp),
                line: r.line,
                end: r.end,
                ..Record::default()
            });
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The person `name` with the institution in brackets right after the name in running text:
/// "In this lecture Dr A (Institution) shows …".
fn bracketed_after(notes: &str, name: &str, lex: &Lexicon) -> Option<crate::model::Speaker> {
    let at = notes.find(name)?;
    let rest = notes[at + name.len()..].strip_prefix(" (")?;
    let mut depth = 1usize;
    let close = rest.char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        (depth == 0).then_some(i)
    })?;
    let parsed =
        crate::extract::speaker::parse_speakers(&format!("{name} ({})", &rest[..close]), lex)?;
    match parsed.speakers.as_slice() {
        [one] if !one.affiliations.is_empty() => Some(one.clone()),
        _ => None,
    }
}

fn record(r: &Reference, lex: &Lexicon) -> Option<Record> {
    let kind = r.first(&["TY"])?.trim().to_ascii_uppercase();
    if PAPER_TYPES.contains(&kind.as_str()) {
        return None;
    }
    let title = plain(r.first(&["TI", "T1", "CT"])?);
    let notes: Vec<String> = ["N1", "AB", "N2"]
        .iter()
        .flat_map(|t| r.all(t))
        .map(plain)
        .filter(|n| !n.is_empty())
        .collect();
    let notes = notes.join(" ");
    let status: String = ["M3", "KW"]
        .iter()
        .flat_map(|t| r.all(t))
        .chain(std::iter::once(notes.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    if records::is_called_off(&status) {
        return None;
    }
    let segments = chapters(r, lex);
    let mut people: Vec<Person> = ["AU", "A1"]
        .iter()
        .flat_map(|t| r.all(t))
        .filter_map(|a| author_name(a, lex))
        .map(|name| Person {
            name,
            ..Person::default()
        })
        .collect();
    if people.is_empty() && segments.is_empty() {
        return None;
    }
    if let Some(keep) = presenters(&people, &notes) {
        people = keep.into_iter().map(|k| people[k].clone()).collect();
    }
    // institutions: the author addresses, a note's list, or the notes' sentences
    let addresses: Vec<Vec<String>> = r
        .all("AD")
        .map(|a| records::split_institutions(&plain(a)))
        .filter(|g| !g.is_empty())
        .collect();
    if !addresses.is_empty() {
        records::assign(&mut people, addresses);
    } else if let Some(groups) = records::note_affiliations(&notes) {
        records::assign(&mut people, groups);
    } else if !notes.is_empty() {
        let names: Vec<String> = people.iter().map(|p| p.name.clone()).collect();
        let found = crate::extract::prose::named_people(&notes, &names, lex);
        for p in &mut people {
            let found = found
                .iter()
                .find(|s| s.name == p.name)
                .cloned()
                .or_else(|| bracketed_after(&notes, &p.name, lex));
            if let Some(s) = found {
                p.affiliations = s.affiliations.iter().map(|a| a.name.clone()).collect();
                p.roles = s
                    .affiliations
                    .iter()
                    .filter_map(|a| a.role.clone())
                    .collect();
            }
        }
        if let Some(org) = shared_from(&notes) {
            for p in people.iter_mut().filter(|p| p.affiliations.is_empty()) {
                p.affiliations = vec![org.clone()];
            }
        }
    }
    // a numbered series: "Photogrammetry for beginners" no. 2 → its part 2
    let title = match (r.first(&["T3"]), r.first(&["VL", "M1"])) {
        (Some(series), Some(n)) if n.trim().parse::<u32>().is_ok_and(|n| n > 0) => {
            format!("{} (part {}): {title}", plain(series), n.trim())
        }
        _ => title,
    };
    Some(Record {
        title,
        speakers: people,
        when: r
            .first(&["DA", "Y1", "PY"])
            .map(|d| d.trim_end_matches('/').to_owned()),
        line: r.line,
        end: r.end,
        segments,
        ..Record::default()
    })
}

/// Reads the talk references of an RIS file; a reference without its `ER` tag is reported at
/// its line.
pub(crate) fn read(lines: &[&str], lex: &Lexicon, warnings: &mut Vec<Warning>) -> Vec<Record> {
    let found = references(lines);
    for r in found.iter().filter(|r| !r.closed) {
        warnings.push(Warning {
            line: r.line.min(lines.len()),
            message: "RIS reference has no end tag (ER  - ): read up to the next reference"
                .to_owned(),
        });
    }
    found.iter().filter_map(|r| record(r, lex)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A talk's title and its people with their institutions.
    type Read = (String, Vec<(String, Vec<String>)>);

    fn talks(ris: &str) -> Vec<Read> {
        let lex = Lexicon::builtin_for_tests();
        let lines: Vec<&str> = ris.lines().collect();
        let mut warnings = Vec::new();
        read(&lines, &lex, &mut warnings)
            .into_iter()
            .map(|r| {
                let people = r
                    .speakers
                    .into_iter()
                    .map(|p| (p.name, p.affiliations))
                    .collect();
                (r.title, people)
            })
            .collect()
    }

    #[test]
    fn detects_a_file_that_starts_with_a_type_tag() {
        assert!(applies(&["", "TY  - VIDEO", "TI  - X"]));
        assert!(applies(&["\u{feff}TY  - GEN"]));
        assert!(!applies(&["Talks", "TY  - VIDEO"]));
        assert!(!applies(&["TYPE - VIDEO"]));
    }

    #[test]
    fn recordings_are_talks_and_papers_are_not() {
        let found = talks(
            "TY  - VIDEO\n\
             TI  - Tidal flats from the air\n\
             AU  - van der Berg-Osei, Marit\n\
             AD  - Royal Netherlands Institute for Sea Research\n\
             ER  - \n\
             \n\
             TY  - JOUR\n\
             TI  - A cited article\n\
             AU  - Paper, Ann\n\
             ER  - \n\
             \n\
             TY  - SLIDE\n\
             TI  - Salt marsh carbon, a long\n\
             title wrapped onto the next line\n\
             AU  - Kowalczyk-Brandt, Ewa\n\
             AU  - Mensah, Kofi, Jr.\n\
             N1  - <p>Recorded lecture. Both speakers are from the Institute of Coastal Systems, Hereon.</p>\n\
             ER  - \n\
             \n\
             TY  - SOUND\n\
             TI  - Dune restoration\n\
             AU  - Lindqvist, Pia\n\
             N1  - Cancelled at short notice.\n\
             ER  - \n",
        );
        assert_eq!(
            found,
            [
                (
                    "Tidal flats from the air".to_owned(),
                    vec![(
                        "Marit van der Berg-Osei".to_owned(),
                        vec!["Royal Netherlands Institute for Sea Research".to_owned()]
                    )]
                ),
                (
                    "Salt marsh carbon, a long title wrapped onto the next line".to_owned(),
                    vec![
                        (
                            "Ewa Kowalczyk-Brandt".to_owned(),
                            vec!["Institute of Coastal Systems, Hereon".to_owned()]
                        ),
                        (
                            "Kofi Mensah Jr.".to_owned(),
                            vec!["Institute of Coastal Systems, Hereon".to_owned()]
                        )
                    ]
                ),
            ]
        );
    }

    #[test]
    fn notes_name_the_presenter_and_the_institution() {
        let found = talks(
            "TY  - VIDEO\n\
             TI  - Mapping reef fish with eDNA\n\
             AU  - Achterberg, Lotte\n\
             AU  - Fofana, Ibrahim\n\
             AU  - Hsu, Mei-Ling\n\
             N1  - <p>Presenter: Ibrahim Fofana (Wageningen University &amp; Research). \
             Co-authors did not attend.</p>\n\
             ER  - \n\
             TY  - VIDEO\n\
             TI  - Counting seals from space\n\
             AU  - Oyelaran-Smith, Tomi\n\
             AB  - In this lecture Dr Tomi Oyelaran-Smith (British Antarctic Survey) shows how \
             satellite images count seals.\n\
             AU  - Lab Library Group\n\
             ER  - \n\
             TY  - VIDEO\n\
             TI  - Grids and nesting\n\
             AU  - Brandt, Jonas\n\
             T3  - Ocean modelling for beginners\n\
             VL  - 2\n\
             ER  - \n",
        );
        assert_eq!(found[0].1.len(), 1, "{found:?}");
        assert_eq!(found[0].1[0].0, "Ibrahim Fofana");
        assert_eq!(found[0].1[0].1, ["Wageningen University & Research"]);
        assert_eq!(
            found[1].1,
            [(
                "Tomi Oyelaran-Smith".to_owned(),
                vec!["British Antarctic Survey".to_owned()]
            )]
        );
        assert_eq!(
            found[2].0,
            "Ocean modelling for beginners (part 2): Grids and nesting"
        );
    }

    #[test]
    fn a_session_recording_lists_its_chapters_in_a_note() {
        let lex = Lexicon::builtin_for_tests();
        let text = "TY  - VIDEO\n\
                    TI  - Coastal Heritage Day 2023 (full recording)\n\
                    AU  - Maritime Archaeology Trust\n\
                    N1  - <p>Chapters:</p>\n\
                    <p>00:00:00 Welcome</p>\n\
                    <p>00:06:30 Wrecks of the Solent – Dr Aled Pryce-Omondi (Bournemouth University)</p>\n\
                    <p>00:48:10 Diving the Mary Rose site – Jo Tremlett-Kaur (Mary Rose Trust)</p>\n\
                    ER  - \n";
        let talks = crate::extract::prepare::records::talks(
            read(&text.lines().collect::<Vec<_>>(), &lex, &mut Vec::new()),
            &lex,
        );
        assert_eq!(talks.len(), 1);
        assert!(talks[0].speakers.is_empty());
        let segments: Vec<(&str, Option<&str>, Vec<&str>)> = talks[0]
            .segments
            .iter()
            .map(|s| {
                (
                    s.title.as_str(),
                    s.start.as_deref(),
                    s.speakers.iter().map(|p| p.name.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            segments,
            [
                ("Welcome", Some("00:00:00"), vec![]),
                (
                    "Wrecks of the Solent",
                    Some("00:06:30"),
                    vec!["Aled Pryce-Omondi"]
                ),
                (
                    "Diving the Mary Rose site",
                    Some("00:48:10"),
                    vec!["Jo Tremlett-Kaur"]
                ),
            ]
        );
        assert_eq!(talks[0].segments[2].start_seconds, Some(48 * 60 + 10));
    }

    #[test]
    fn a_reference_left_open_is_reported() {
        let lex = Lexicon::builtin_for_tests();
        let mut warnings = Vec::new();
        let lines = ["TY  - VIDEO", "TI  - Open", "AU  - Lee, Ann"];
        let found = read(&lines, &lex, &mut warnings);
        assert_eq!(found.len(), 1);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 1);
    }
}
