//! Talk records read from structured files (BibTeX, YAML data, LaTeX macros, delimited
//! spreadsheets), written back as plain listing blocks.
//!
//! The entry point is [`talks`]. Each structured reader fills [`Record`]s field by field, so
//! which text is a title, a name or an institution is known: the line classifier is not asked
//! to guess it again (a `Speakers:` line could not say which comma ends an institution). The
//! records become [`Talk`]s through the same name cleaning and gazetteer look-up as any
//! listing's, and series are then assigned over the document as for every other listing. The
//! other helpers here are the ones the readers share: name case, called-off entries, and the
//! mapping of an affiliation list onto a speaker list.

use crate::extract::layout::is_housekeeping;
use crate::extract::speaker::{affiliation, org_score, person_score};
use crate::extract::text::{clean_title, is_acronym, is_placeholder, take_parens};
use crate::extract::words::{self, is_in};
use crate::extract::Lexicon;
use crate::model::{Affiliation, Speaker, Talk};

/// One person of a record and the institutions given for them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Person {
    pub name: String,
    pub affiliations: Vec<String>,
    /// The person's positions, the `n`th at the `n`th affiliation (one for all when alone).
    pub roles: Vec<String>,
}

/// One talk read from a structured file.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Record {
    pub title: String,
    pub speakers: Vec<Person>,
    /// The date or time given for the talk, as written.
    pub when: Option<String>,
    /// The source line (1-based) where the record starts and where it ends.
    pub line: usize,
    pub end: usize,
    /// Where the talk starts in its session's recording, as written (`00:08:20`).
    pub start: Option<String>,
    /// The talks inside a session recorded in one piece, with their `start`.
    pub segments: Vec<Record>,
}

/// Turns records into talks: names lose honorifics and nicknames as on any listing, each
/// institution is looked up in the gazetteer, a unit written before a university
/// (`Department of X, University of Y`) becomes the unit of that university. Records without a
/// title or a named speaker, or whose title is a placeholder, are left out.
pub(crate) fn talks(records: Vec<Record>, lex: &Lexicon) -> Vec<Talk> {
    let mut out = Vec::with_capacity(records.len());
    for r in records {
        let title = title_text(&squash(&r.title));
        // "Closing remarks" with its chair's name is no talk, as on any listing
        if title.is_empty() || is_pending(&title) || is_housekeeping(&title) {
            continue;
        }
        let speakers: Vec<Speaker> = r
            .speakers
            .iter()
            .filter_map(|p| speaker(p, r.line, lex))
            .collect();
        let segments = segments(r.segments, lex);
        // (a session recorded in one piece names its speakers in its segments)
        if speakers.is_empty() && !segments.iter().any(|s| !s.speakers.is_empty()) {
            continue;
        }
        out.push(Talk {
            title,
            speakers,
            when: r.when.filter(|w| !w.trim().is_empty()),
            line: r.line,
            end_line: r.end.max(r.line),
            segments,
            ..Talk::default()
        });
    }
    out
}

/// The segments of a session: each with its start and its seconds under the documented rule
/// ([`resolve_offsets`](crate::extract::time::resolve_offsets)); a segment without a speaker
/// ("Welcome") stays a segment.
fn segments(records: Vec<Record>, lex: &Lexicon) -> Vec<Talk> {
    let stamps: Vec<&str> = records
        .iter()
        .map(|r| r.start.as_deref().unwrap_or(""))
        .collect();
    let (readings, _) = crate::extract::time::resolve_offsets(&stamps);
    records
        .iter()
        .zip(readings)
        .filter_map(|(r, reading)| {
            let title = title_text(&squash(&r.title));
            (!title.is_empty()).then(|| Talk {
                title,
                speakers: r
                    .speakers
                    .iter()
                    .filter_map(|p| speaker(p, r.line, lex))
                    .collect(),
                start: r.start.clone(),
                start_seconds: reading.seconds(),
                line: r.line,
                end_line: r.end.max(r.line),
                ..Talk::default()
            })
        })
        .collect()
}

/// The title of a field: label, surrounding quotes and end punctuation removed as on any
/// listing, but a closing quote whose opening quote is inside the title stays (`Études
/// «croisées»`).
fn title_text(raw: &str) -> String {
    let mut title = clean_title(strip_label(raw));
    let pairs = [('«', '»'), ('“', '”'), ('"', '"'), ('‘', '’'), ('„', '“')];
    if let Some(last) = raw.trim_end().chars().last() {
        for (open, close) in pairs {
            let opened = title.matches(open).count();
            let closed = if open == close {
                0
            } else {
                title.matches(close).count()
            };
            let unbalanced = if open == close {
                opened % 2 == 1
            } else {
                opened > closed
            };
            if last == close && unbalanced && !title.ends_with(close) {
                title.push(close);
                break;
            }
        }
    }
    title
}

/// A title without a programme label before it: "Keynote: Oceans" → "Oceans".
fn strip_label(title: &str) -> &str {
    match title.split_once(": ") {
        // ("Panel: Who Owns the Archive?" keeps its label: a panel's title says it is one)
        Some((label, rest))
            if label.len() <= 24
                && is_in(&words::LABEL, label.trim())
                && !label.trim().eq_ignore_ascii_case("panel")
                && !rest.trim().is_empty() =>
        {
            rest.trim()
        }
        _ => title,
    }
}

fn speaker(p: &Person, line: usize, lex: &Lexicon) -> Option<Speaker> {
    let raw = squash(&p.name);
    if raw.is_empty() || is_placeholder(&raw) {
        return None;
    }
    // "COLOMBO Andrea": an Italian table's family name in capitals first
    let raw = crate::extract::speaker::capitals_then_given(&raw, lex).unwrap_or(raw);
    // a nickname in parentheses is another form of the name: "Mei-Ling (May) Tan"; an
    // institution there is the affiliation, when the record gives none: "Ann Lee (KTH)"
    let (outside, parens) = take_parens(&raw);
    let (orgs, parens): (Vec<&str>, Vec<&str>) =
        parens.into_iter().partition(|p| is_institution(p, lex));
    let (_, name, mut alternate_names) = person_score(&outside, lex);
    let name = if name.trim().is_empty() {
        outside
    } else {
        name
    };
    alternate_names.extend(
        parens
            .iter()
            .filter(|p| p.split_whitespace().count() <= 2)
            .map(|p| (*p).to_owned()),
    );
    let written: Vec<String> = if p.affiliations.is_empty() {
        orgs.iter().flat_map(|o| split_institutions(o)).collect()
    } else {
        p.affiliations.clone()
    };
    let mut affiliations: Vec<Affiliation> = written
        .iter()
        .map(|a| squash(a))
        // ("geologo libero professionista": a position written where the institution goes)
        .filter(|a| {
            !a.is_empty()
                && !is_placeholder(a)
                && (a.chars().any(char::is_uppercase) || a.split_whitespace().count() < 2)
        })
        // "CNR-IRPI e Politecnico di Torino": two, when each part stands alone
        // (not at commas: "Department of Physics, University of Oslo" is one)
        .flat_map(|a| {
            let parts = if a.contains(',') {
                None
            } else {
                crate::extract::speaker::loose_institutions(&a, lex)
            };
            match parts {
                Some(parts) if parts.len() > 1 => parts.into_iter().map(|p| p.name).collect(),
                _ => vec![a],
            }
        })
        .map(|a| institution(&a, lex))
        .collect();
    let roles: Vec<String> = p
        .roles
        .iter()
        .map(|r| squash(r))
        .filter(|r| !r.is_empty())
        .collect();
    match (roles.as_slice(), affiliations.as_mut_slice()) {
        ([role], [first, ..]) => first.role = Some(role.clone()),
        (roles, affs) if roles.len() == affs.len() => {
            for (a, r) in affs.iter_mut().zip(roles) {
                a.role = Some(r.clone());
            }
        }
        _ => {}
    }
    Some(Speaker {
        name,
        alternate_names,
        affiliations,
        line,
    })
}

/// Whether a parenthesised part names an institution rather than a nickname: the gazetteer
/// knows it, or it reads as an institution and is more than one plain word (`KTH`, `University
/// of Bergen`, not `Bosse`).
fn is_institution(part: &str, lex: &Lexicon) -> bool {
    lex.institution(part).is_some()
        || org_score(part, lex) >= 0.5 && (part.contains(' ') || is_acronym(part))
}

/// Words that start the name of a unit inside a university.
const UNITS: &[&str] = &[
    "department",
    "dept",
    "school",
    "faculty",
    "division",
    "institute",
    "institut",
    "instituto",
    "istituto",
    "laboratoire",
    "laboratory",
    "lab",
    "laboratorio",
    "lehrstuhl",
    "fachbereich",
    "fakultät",
    "centre",
    "center",
    "centro",
    "unité",
    "équipe",
    "group",
    "facultad",
    "faculdade",
    "escuela",
    "escola",
    "departamento",
    "département",
    "dipartimento",
    "abteilung",
];

/// Words that make an institution a university (or a college of one).
const UNIVERSITIES: &[&str] = &[
    "universit",
    "universid",
    "college",
    "hochschule",
    "polytechni",
    "politecnico",
    "école",
    "ecole",
];

/// One institution as written in a field: `Unit, University` keeps the university (the unit
/// becomes its unit); otherwise the whole text, commas and places included.
fn institution(text: &str, lex: &Lexicon) -> Affiliation {
    if lex.institution(text).is_none() {
        if let Some((unit, rest)) = text.split_once(", ") {
            let unit_lower = unit.to_lowercase();
            let rest_lower = rest.to_lowercase();
            let is_unit = UNITS.iter().any(|w| unit_lower.contains(w))
                && !UNIVERSITIES.iter().any(|w| unit_lower.contains(w));
            let university = UNIVERSITIES.iter().any(|w| rest_lower.contains(w))
                || lex.institution(rest).is_some();
            if is_unit && university {
                let mut aff = affiliation(rest, None, lex);
                aff.unit = Some(unit.to_owned());
                return aff;
            }
        }
    }
    affiliation(text, None, lex)
}

/// Collapses runs of white space (line breaks of folded values included) into one space.
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gives each person the affiliations of `groups`, read as one group per person in order.
/// One group for several people is shared; a group marked `(both)` or `(all)` is shared too.
/// People whose group is missing keep what they have.
pub(crate) fn assign(people: &mut [Person], groups: Vec<Vec<String>>) {
    let shared = groups.len() == 1 || groups.iter().flatten().any(|a| is_shared_mark(a));
    if shared {
        let all: Vec<String> = groups
            .into_iter()
            .flatten()
            .map(|a| strip_shared_mark(&a))
            .collect();
        for p in people.iter_mut() {
            p.affiliations.clone_from(&all);
        }
        return;
    }
    for (p, g) in people.iter_mut().zip(groups) {
        p.affiliations = g;
    }
}

/// Whether an affiliation ends with a mark that says it is everyone's: `ETH Zürich (both)`.
fn is_shared_mark(a: &str) -> bool {
    strip_shared_mark(a).len() < a.trim().len()
}

fn strip_shared_mark(a: &str) -> String {
    let t = a.trim();
    let lower = t.to_ascii_lowercase();
    for mark in ["(both)", "(all)", "(both speakers)", "(all speakers)"] {
        if lower.ends_with(mark) {
            return t[..t.len() - mark.len()].trim().to_owned();
        }
    }
    t.to_owned()
}

/// Splits a list of institutions written in one field: `X; Y`, `X & Y`, `X \& Y` (decoded).
pub(crate) fn split_institutions(s: &str) -> Vec<String> {
    s.split(';')
        .flat_map(|part| part.split(" & "))
        .map(squash)
        .filter(|a| !a.is_empty())
        .collect()
}

/// The affiliations a free-text note gives (a BibTeX `note`, a CSL-JSON `note`): `Affiliation:
/// X`, `Affiliations: X; Y` (one group per author in order), `Afiliación: X`.
pub(crate) fn note_affiliations(note: &str) -> Option<Vec<Vec<String>>> {
    let lower = note.to_ascii_lowercase();
    let at = [
        "affiliation",
        "institution",
        "afiliaci",
        "affiliazione",
        "zugehörigkeit",
    ]
    .iter()
    .find_map(|w| lower.find(w))?;
    let rest = &note[at..];
    let colon = rest.find(':')?;
    Some(
        first_sentence(&rest[colon + 1..])
            .split(';')
            .map(split_institutions)
            .filter(|g| !g.is_empty())
            .collect(),
    )
}

/// The text up to the end of its first sentence: a line break, a `|`, or a period followed by a
/// capitalised word when the word before it is no abbreviation (`Dept.`, `Univ.`, `St.`).
fn first_sentence(s: &str) -> &str {
    let s = s.split(['\n', '|']).next().unwrap_or(s);
    for (i, _) in s.match_indices(". ") {
        let before = s[..i].rsplit(' ').next().unwrap_or("");
        let next_upper = s[i + 2..].chars().next().is_some_and(char::is_uppercase);
        if next_upper && before.chars().count() > 4 {
            return &s[..i];
        }
    }
    s.trim_end_matches('.')
}

/// Lower-case name particles kept lower-case inside a family name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la",
    "ter", "ten", "zu", "y", "e", "bin", "al",
];

/// A family name written in capitals in ordinary case: `VAN DER BERG-SMIT` → `van der
/// Berg-Smit`, `O'NEILL` → `O'Neill`. Words not all in capitals (`Jr.`, `McKay`) stay.
pub(crate) fn family_case(family: &str) -> String {
    family
        .split_whitespace()
        .map(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            let caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            if !caps || is_roman(w) {
                return w.to_owned();
            }
            let lower = w.to_lowercase();
            if PARTICLES.contains(&lower.as_str()) {
                return lower;
            }
            title_case_word(&lower)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_roman(w: &str) -> bool {
    matches!(w.trim_end_matches(['.', ',']), "II" | "III" | "IV" | "VI")
}

/// Upper-cases the first letter and every letter after `-`, `'` or `’`.
fn title_case_word(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    let mut up = true;
    for c in lower.chars() {
        if up && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
        if matches!(c, '-' | '\'' | '’') {
            up = true;
        }
    }
    out
}

/// Whether a title names no talk yet, in one of several languages: "TBA", "Por confirmar",
/// "À préciser", "N.N.".
pub(crate) fn is_pending(title: &str) -> bool {
    let lower = title.trim().trim_end_matches('.').to_lowercase();
    is_placeholder(title)
        || [
            "to be announced",
            "to be confirmed",
            "title tba",
            "title tbc",
            "à préciser",
            "à confirmer",
            "à venir",
            "titre à venir",
            "titre à préciser",
            "por confirmar",
            "por anunciar",
            "por definir",
            "título por confirmar",
            "n.n",
            "wird noch bekannt gegeben",
            "wird bekannt gegeben",
            "titel folgt",
            "da definire",
            "da confermare",
        ]
        .contains(&lower.as_str())
}

/// Whether a record's status words say it did not take place or is no talk (English,
/// French, German, Spanish, Italian).
pub(crate) fn is_called_off(text: &str) -> bool {
    // (a title with its badge in front: "POSTPONED – Title (power cuts)", see
    // `line::marked_called_off`)
    if crate::extract::line::marked_called_off(text) || crate::extract::line::moved_badge(text) {
        return true;
    }
    let lower = text.to_lowercase();
    [
        "cancelled",
        "canceled",
        "annulé",
        "annule",
        "entfällt",
        "abgesagt",
        "cancelado",
        "cancelada",
        "suspendu",
        "annullato",
        "annullata",
        "cancellato",
        "cancellata",
        "withdrawn",
        "postponed indefinitely",
        "not a talk",
        "no talk",
        "pas un exposé",
        "kein vortrag",
        "inställt",
        "avlyst",
        "aflyst",
        "zrušeno",
        "zrušená",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Person {
        Person {
            name: name.into(),
            ..Person::default()
        }
    }

    #[test]
    fn records_become_talks() {
        let lex = Lexicon::builtin_for_tests();
        let mut a = person("Dr. Ann (Annie)  Lee");
        a.affiliations = vec![
            "Department of Physics, University of Oslo".into(),
            "KTH Royal Institute of Technology, Stockholm".into(),
            "Facultad de Ciencias, Universidad de la República".into(),
        ];
        a.roles = vec!["Professor".into()];
        let r = Record {
            title: "Fast\n codes".into(),
            speakers: vec![a, person("Bo Ek")],
            when: Some("2024-05-02".into()),
            line: 3,
            end: 9,
            ..Record::default()
        };
        let quoted = Record {
            title: "Études «croisées»".into(),
            speakers: vec![person("Zoé Martin")],
            line: 14,
            end: 14,
            ..Record::default()
        };
        let keynote = Record {
            title: "Invited talk: Tides".into(),
            speakers: vec![person("Eve Moss")],
            line: 12,
            end: 12,
            ..Record::default()
        };
        let remarks = Record {
            title: "Opening remarks".into(),
            speakers: vec![person("Fay Ng")],
            line: 13,
            end: 13,
            ..Record::default()
        };
        let none = Record {
            title: "TBA".into(),
            speakers: vec![person("Cy Dahl")],
            line: 10,
            end: 11,
            ..Record::default()
        };
        let talks = talks(vec![r, none, keynote, remarks, quoted], &lex);
        assert_eq!(talks.len(), 3);
        assert_eq!(talks[1].title, "Tides");
        assert_eq!(talks[2].title, "Études «croisées»");
        assert_eq!(talks[0].title, "Fast codes");
        assert_eq!(talks[0].speakers[0].name, "Ann Lee");
        assert_eq!(talks[0].speakers[0].alternate_names, ["Annie"]);
        let affs: Vec<&str> = talks[0].speakers[0]
            .affiliations
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(
            affs,
            [
                "University of Oslo",
                "KTH Royal Institute of Technology, Stockholm",
                "Universidad de la República"
            ]
        );
        assert_eq!((talks[0].line, talks[0].end_line), (3, 9));
        assert_eq!(talks[0].when.as_deref(), Some("2024-05-02"));
        assert_eq!(
            talks[0].speakers[0].affiliations[0].role.as_deref(),
            Some("Professor")
        );
    }

    #[test]
    fn an_institution_in_parentheses_is_an_affiliation_not_a_nickname() {
        let lex = Lexicon::builtin_for_tests();
        let r = Record {
            title: "Tides".into(),
            speakers: vec![
                person("Ann Lee (University of Bergen)"),
                person("Bo (Bosse) Ek"),
            ],
            line: 1,
            end: 1,
            ..Record::default()
        };
        let talks = talks(vec![r], &lex);
        let s = &talks[0].speakers;
        assert_eq!(s[0].name, "Ann Lee");
        assert_eq!(s[0].affiliations[0].name, "University of Bergen");
        assert!(s[0].alternate_names.is_empty());
        assert_eq!(
            (s[1].name.as_str(), s[1].alternate_names.as_slice()),
            ("Bo Ek", &["Bosse".to_owned()][..])
        );
    }

    #[test]
    fn affiliation_groups_map_in_order_or_are_shared() {
        let mut people = vec![person("A"), person("B")];
        assign(&mut people, vec![vec!["X".into()], vec!["Y".into()]]);
        assert_eq!(people[1].affiliations, ["Y"]);
        assign(&mut people, vec![vec!["Z".into()]]);
        assert_eq!(people[0].affiliations, ["Z"]);
        assign(
            &mut people,
            vec![vec!["Kyoto University".into(), "RIKEN (both)".into()]],
        );
        assert_eq!(people[1].affiliations, ["Kyoto University", "RIKEN"]);
    }

    #[test]
    fn capital_family_names_get_ordinary_case() {
        assert_eq!(family_case("VAN DEN BOSCH-ALVES"), "van den Bosch-Alves");
        assert_eq!(family_case("O'SULLIVAN"), "O'Sullivan");
        assert_eq!(family_case("MARSH Jr."), "Marsh Jr.");
        assert_eq!(family_case("McKay"), "McKay");
        assert_eq!(family_case("GRANT III"), "Grant III");
    }
}
