//! Conference agendas copied from timetable pages (Indico, Sched, Pretalx): the lines between
//! a title and its speakers that are not about the talk, and people written over two lines.
//!
//! The entry points are [`applies`] and [`tidy`]. Agenda pages put a duration (`30m`, `1h`,
//! `45 min`), a room (`Auditorium 2`, `500/1-001 - Main Auditorium (CERN)`) and a bare heading
//! (`Speakers`, `Moderators`) between a title and its speakers; read line by line, the speakers
//! go to that line instead of the title. In such a document duration and room lines are
//! dropped, the people under a moderator or convener heading are dropped (they give no
//! talk), speaker headings are dropped, and a name with its `Role, Company` on the next line
//! becomes one line, `Name, Role, Company`, as the sample writes speakers.

use super::Line;
use crate::extract::line::is_avatar;
use crate::extract::speaker::{org_score, person_score, role_score, without_degrees};
use crate::extract::Lexicon;

/// Headings of a block of people, each on its own line, with whether they give the talk.
const PEOPLE_HEADINGS: &[(&str, bool)] = &[
    ("speakers", true),
    ("speaker", true),
    ("speaker(s)", true),
    ("presenters", true),
    ("presenter", true),
    ("panelists", true),
    ("panellists", true),
    ("moderators", false),
    ("moderator", false),
    ("moderator(s)", false),
    ("conveners", false),
    ("convener", false),
    ("convener(s)", false),
    ("chairs", false),
    ("chair", false),
    ("session chair", false),
    ("session chairs", false),
    ("hosts", false),
    ("host", false),
    ("organizers", false),
    ("organisers", false),
];

/// Words that name a room or a place in a building.
const ROOM_WORDS: &[&str] = &[
    "room",
    // Hörsaal, as German universities abbreviate it
    "hs",
    "hörsaal",
    "auditorium",
    "hall",
    "foyer",
    "lobby",
    "atrium",
    "salle",
    "aula",
    "theatre",
    "theater",
    "amphitheatre",
    "amphitheater",
    "amphi",
    "lounge",
    "ballroom",
    "building",
    "bldg",
    "floor",
    "stage",
    "track",
    "hörsaal",
    "seminarraum",
];

/// Whether the document is an agenda: at least two duration lines or bare people headings.
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines
        .iter()
        .filter(|l| l.len() <= 24 && (is_duration(l) || people_heading(l).is_some()))
        .nth(1)
        .is_some()
}

/// A duration on its own: "30m", "1h", "1h 30m", "45 min", "20 mins", "1:30h".
pub(crate) fn is_duration(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 16 || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut rest = t;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return true;
        }
        let digits = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b':')
            .count();
        if digits == 0 {
            return false;
        }
        rest = rest[digits..].trim_start();
        let letters = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphabetic() || *b == b'.')
            .count();
        let unit = rest[..letters].to_ascii_lowercase();
        let known = matches!(
            unit.as_str(),
            "m" | "min" | "mins" | "min." | "minutes" | "h" | "hr" | "hrs" | "hour" | "hours"
        );
        if !known {
            return false;
        }
        rest = &rest[letters..];
    }
}

/// A bare heading over a block of people ("Speakers", "Moderators:"): whether they speak.
pub(crate) fn people_heading(line: &str) -> Option<bool> {
    let t = line.trim().trim_end_matches(':').trim();
    if t.len() > 16 {
        return None;
    }
    PEOPLE_HEADINGS
        .iter()
        .find(|(h, _)| t.eq_ignore_ascii_case(h))
        .map(|(_, speaks)| *speaks)
}

/// A room or place line: short, capitalised or coded, with a room word or a room code
/// ("500/1-001", "40/S2-C01").
fn is_room(line: &str) -> bool {
    let t = line.trim();
    // Pretalx and Sched: "HS i13 · Keynote · English", the room first, then track and language
    if let Some((room, _)) = t.split_once(" · ") {
        return is_room(room);
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 || t.len() > 60 || t.contains(':') {
        return false;
    }
    let coded = |w: &str| {
        w.contains('/')
            && w.chars().filter(char::is_ascii_digit).count() >= 2
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || "/-.".contains(c))
    };
    let formal = words.iter().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            // a room number with a letter in front: "i13", "e0.01"
            || w.chars().any(|c| c.is_ascii_digit()) && w.len() <= 6
            || ROOM_WORDS.contains(&w)
            || matches!(w, "of" | "the" | "de" | "du" | "la" | "di")
    });
    let roomy = words.iter().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        ROOM_WORDS.contains(&w.as_str())
    });
    formal && (roomy || words.iter().any(|w| coded(w)))
}

/// A line that gives a person's role and organisation, or only the organisation, under
/// their name: "Chief Scientist, Hugging Face", "Professor, KTH; Fellow, Vector Institute".
fn is_detail(line: &str, lex: &Lexicon) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 160 || people_heading(t).is_some() || has_label(t) {
        return false;
    }
    if t.contains([',', ';']) || t.contains(" at ") {
        return true;
    }
    org_score(t, lex) >= 0.6 || role_score(t) >= 0.8
}

/// A position with no organisation in it: "Professor of Statistics", "Conference Co-Chair".
fn is_bare_role(line: &str) -> bool {
    !line.contains([',', ';', '|']) && !line.contains(" at ") && role_score(line) >= 0.8
}

/// An employer alone on the line under a bare position: a known or institution-like name
/// ("Duke University"), or a short capitalised name with no clock, label or link in it
/// ("Posit PBC").
fn is_employer(line: &str, lex: &Lexicon) -> bool {
    let t = line.trim();
    if t.is_empty() || people_heading(t).is_some() || has_label(t) {
        return false;
    }
    org_score(t, lex) >= 0.6
        || t.split_whitespace().count() <= 6
            && t.starts_with(char::is_uppercase)
            && !t.chars().any(|c| c.is_ascii_digit() || "▶·|?!".contains(c))
}

/// A name alone on its line, in a block of people: capitalised words, no punctuation that
/// would make it a role or an organisation, not an organisation's name.
fn is_name(line: &str, lex: &Lexicon) -> bool {
    // ("Ann Lee, PhD": a degree after the name)
    let bare = without_degrees(line.trim(), lex);
    let t = bare.as_deref().unwrap_or(line).trim();
    let words = t.split_whitespace().count();
    if !(1..=6).contains(&words) || t.len() > 60 || t.contains([',', ';', ':']) || has_label(t) {
        return false;
    }
    let capitalised = t.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                w,
                "de" | "van"
                    | "von"
                    | "der"
                    | "den"
                    | "da"
                    | "di"
                    | "del"
                    | "e"
                    | "y"
                    | "le"
                    | "la"
                    | "bin"
                    | "al"
            )
    });
    capitalised && org_score(t, lex) < 0.6 && person_score(t, lex).0 >= 0.3
}

/// "Type: Keynote", "Video Recording: https://…": a labelled line.
fn has_label(t: &str) -> bool {
    t.find(':')
        .is_some_and(|at| at <= 24 && t[..at].split_whitespace().count() <= 3)
}

/// Drops durations, rooms and moderator blocks; joins people written over two lines.
pub(crate) fn tidy<'a>(lines: Vec<Line<'a>>, lex: &Lexicon) -> Vec<Line<'a>> {
    // a word alone written twice or more is a track or a filter ("Panel", "Plenary"), on
    // the page's filter list and under each session of the track
    let mut words: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in &lines {
        let t = l.text.trim();
        if t.len() <= 20
            && !t.contains(' ')
            && t.starts_with(char::is_uppercase)
            && people_heading(t).is_none()
        {
            *words.entry(t).or_default() += 1;
        }
    }
    let tracks: Vec<String> = words
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(w, _)| w.to_owned())
        .collect();
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let text = lines[i].text.as_ref();
        if is_duration(text) || is_room(text) || tracks.iter().any(|t| t == text.trim()) {
            i += 1;
            continue;
        }
        let Some(speaks) = people_heading(text) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        // the block: a name, maybe its details, again and again; a name may have its
        // avatar's initials above it ("TW"), and a tag under it ("Panelist", "Moderator")
        i += 1;
        // ("Moderator:" over "Declan Murphy · Stanford University": one person with an
        // institution on the line, who gives no talk either)
        if !speaks
            && lines.get(i).is_some_and(|l| {
                !is_name(&l.text, lex)
                    && super::super::speaker::parse_speakers(&l.text, lex)
                        .is_some_and(|p| p.speakers.len() == 1 && p.score >= 0.7)
            })
        {
            i += 1;
            continue;
        }
        loop {
            if i + 1 < lines.len() && is_avatar(&lines[i].text, &lines[i + 1].text) {
                i += 1;
            }
            if !(i < lines.len() && is_name(&lines[i].text, lex)) {
                break;
            }
            let name = &lines[i];
            i += 1;
            let tag = lines.get(i).and_then(|l| people_tag(&l.text));
            if tag.is_some() {
                i += 1;
            }
            // a position and an institution, on one line or on two
            let mut details: Vec<&str> = Vec::new();
            // (the second only under a bare position: "Professor of Statistics" over "Duke
            // University")
            while lines.get(i).is_some_and(|d| match details.as_slice() {
                // (a moderator's employer goes with the moderator)
                // (a moderator's employer goes with the moderator: "Yorkshire Post" is no
                // name when no tag follows it)
                [] => {
                    is_detail(&d.text, lex) && !is_name(&d.text, lex)
                        || tag.is_some()
                            && is_employer(&d.text, lex)
                            && lines
                                .get(i + 1)
                                .is_none_or(|n| people_tag(&n.text).is_none())
                }
                [role] => {
                    is_bare_role(role) && is_employer(&d.text, lex)
                        // "Director, Data Science Program" over "Mount Holyoke College": a
                        // position with its unit, over an institution by its name
                        || role.split_once(", ").is_some_and(|(head, unit)| {
                            is_bare_role(head)
                                && lex.institution(unit).is_none()
                                && org_score(unit, lex) < 0.8
                        }) && (org_score(&d.text, lex) >= 0.6
                            || lex.institution(&d.text).is_some())
                            && people_heading(&d.text).is_none()
                            && !has_label(&d.text)
                }
                _ => false,
            }) && !lines
                .get(i + 1)
                .is_some_and(|next| is_avatar(&lines[i].text, &next.text))
            {
                details.push(lines[i].text.trim());
                i += 1;
            }
            if speaks && tag != Some(false) {
                let mut text = name.text.trim().to_owned();
                match details.as_slice() {
                    // a position of its own with commas ("Director, Data Science Program")
                    // over the employer: the employer in brackets, so that the position's
                    // pieces are not read as institutions
                    [role, employer] if role.contains(", ") => {
                        text.push_str(&format!(" ({employer})"));
                    }
                    _ => {
                        for d in details {
                            // ("Team Lead | Aarhus University": a tagline's pieces)
                            text.push_str(", ");
                            text.push_str(&d.replace(" | ", ", "));
                        }
                    }
                }
                out.push(Line::new(text, name.origin));
            }
        }
    }
    out
}

/// A tag under a name in a block of people: whether that person speaks ("Panelist",
/// "Speaker") or not ("Moderator", "Session Chair", "Host").
fn people_tag(line: &str) -> Option<bool> {
    let t = line.trim().trim_end_matches(':').trim();
    if t.eq_ignore_ascii_case("panelist") || t.eq_ignore_ascii_case("panellist") {
        return Some(true);
    }
    people_heading(t).or_else(|| t.eq_ignore_ascii_case("co-chair").then_some(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of `text` after [`tidy`].
    fn tidied(text: &str, lex: &Lexicon) -> Vec<String> {
        let lines: Vec<Line> = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| Line::new(l, i + 1))
            .collect();
        tidy(lines, lex)
            .into_iter()
            .map(|l| l.text.into_owned())
            .collect()
    }

    #[test]
    fn durations_and_rooms() {
        for d in ["30m", "1h", "1h 30m", "45 min", "20 mins", "2 hours"] {
            assert!(is_duration(d), "{d}");
        }
        for d in ["3D vision", "30", "2024", "10m runs"] {
            assert!(!is_duration(d), "{d}");
        }
        for r in [
            "Auditorium 2",
            "Room 1.07",
            "40/S2-C01",
            "Hall B (Messe Wien)",
            "Foyer",
            "HS e0.07 · Tutorial · German",
            "Seminar room i9 · Testing",
        ] {
            assert!(is_room(r), "{r}");
        }
        for r in [
            "Hall effects in graphene",
            "Learning to Optimize",
            "Speaker: Hall",
            "Graphs · Trees · Forests",
        ] {
            assert!(!is_room(r), "{r}");
        }
    }

    #[test]
    fn people_blocks() {
        let lex = Lexicon::builtin_for_tests();
        let text =
            "Fast Solvers\nRoom 2.14\n25 min\nModerators\nDiana Fox\nDirector, Lund University\n\
                    Speakers\nAnn Lee\nResearch Scientist, Google; Adjunct Professor, KTH\nBo Ek\n\
                    Aarhus University\nType: Talks";
        let lines: Vec<Line> = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| Line::new(l, i + 1))
            .collect();
        let out: Vec<(String, usize)> = tidy(lines, &lex)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        assert_eq!(
            out,
            vec![
                ("Fast Solvers".into(), 1),
                (
                    "Ann Lee, Research Scientist, Google; Adjunct Professor, KTH".into(),
                    8
                ),
                ("Bo Ek, Aarhus University".into(), 10),
                ("Type: Talks".into(), 12),
            ]
        );
    }

    /// A moderator's heading over one person with the institution on the same line (a
    /// conference site's "Name · Institution"): that person gives no talk either.
    #[test]
    fn a_moderator_with_the_institution_on_the_line() {
        let lex = Lexicon::builtin_for_tests();
        let text = "Panel: Fast codes\nPanelists:\nSeo-yeon Kim · Allen Institute for AI\n\
                    Moderator:\nDeclan Murphy · Stanford University\nAbstract text.";
        let out = tidied(text, &lex);
        assert_eq!(
            out,
            [
                "Panel: Fast codes",
                "Seo-yeon Kim · Allen Institute for AI",
                "Abstract text."
            ]
        );
        let got = crate::extract::speaker::parse_speakers(
            "Kwabena Osei (NVIDIA) · Maëlle Duchâtel-Ruiz (Sorbonne Université & CNRS)",
            &lex,
        )
        .expect("two people");
        assert_eq!(got.speakers.len(), 2);
        assert_eq!(got.speakers[1].affiliations.len(), 2);
    }

    #[test]
    fn people_blocks_of_an_agenda_app() {
        // avatars' initials, a position and an employer on lines of their own, a panelist's
        // and a moderator's tag, a degree after a name, a track under the title
        let lex = Lexicon::builtin_for_tests();
        let text = "Methods
Fast Solvers
Methods
Speakers
AL
Ann Lee, PhD
                    Professor of Statistics
Duke University
BE
Bo Ek
Panelist
Lund University
                    CD
Cy Dow
Moderator
Daily Planet
DE
Dana Ekberg
Panelist
Director, Data Science Program
Mount Holyoke College
Add to schedule";
        let out = tidied(text, &lex);
        assert_eq!(
            out,
            [
                "Fast Solvers",
                "Ann Lee, PhD, Professor of Statistics, Duke University",
                "Bo Ek, Lund University",
                "Dana Ekberg (Mount Holyoke College)",
                "Add to schedule",
            ]
        );
    }
}
