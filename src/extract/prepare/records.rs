//! Talk records read from structured files (BibTeX, YAML data, LaTeX macros, delimited
//! spreadsheets), written back as plain listing blocks.
//!
//! The entry point is [`write`]. Each structured reader fills [`Record`]s field by field; the
//! writer turns each into a `Title:` line and a `Speakers:` line (`Name (X & Y); Name (Z)`)
//! followed by a blank line, the labelled-block layout the line classifier already reads. So
//! entity resolution, series detection and the JSON output stay those of every other listing.
//! The helpers here are the ones the readers share: name order, capitals, and the mapping of
//! an affiliation list onto a speaker list.

use super::Line;

/// One person of a record and the institutions given for them.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Person {
    pub name: String,
    pub affiliations: Vec<String>,
}

/// One talk read from a structured file.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Record {
    pub title: String,
    pub speakers: Vec<Person>,
    /// The source line (1-based) where the record starts and where it ends.
    pub line: usize,
    pub end: usize,
}

/// Writes records as listing blocks. Records without a title or a named speaker are left out.
pub(crate) fn write<'a>(records: Vec<Record>) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(records.len() * 3);
    for r in records {
        let title = squash(&r.title);
        let speakers: Vec<String> = r
            .speakers
            .iter()
            .filter(|p| !squash(&p.name).is_empty())
            .map(speaker_text)
            .collect();
        if title.is_empty() || speakers.is_empty() {
            continue;
        }
        let label = if speakers.len() > 1 {
            "Speakers"
        } else {
            "Speaker"
        };
        out.push(Line::new(format!("Title: {title}"), r.line));
        out.push(Line::new(
            format!("{label}: {}", speakers.join("; ")),
            r.line,
        ));
        out.push(Line::new("", r.end.max(r.line)));
    }
    out
}

fn speaker_text(p: &Person) -> String {
    let name = squash(&p.name);
    let affs: Vec<String> = p
        .affiliations
        .iter()
        .map(|a| squash(a))
        .filter(|a| !a.is_empty())
        .collect();
    if affs.is_empty() {
        name
    } else {
        format!("{name} ({})", affs.join(" & "))
    }
}

/// Collapses runs of white space (line breaks of folded values included) into one space.
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gives each person the affiliations of `groups`, read as one group per person in order.
/// One group for several people is shared; a group marked `(both)` or `(all)` is shared too.
/// People whose group is missing keep what they have.
pub(crate) fn assign(people: &mut [Person], groups: Vec<Vec<String>>) {
    let shared = groups.len() == 1
        || groups
            .iter()
            .flatten()
            .any(|a| a.to_lowercase().ends_with("(both)") || a.to_lowercase().ends_with("(all)"));
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

fn strip_shared_mark(a: &str) -> String {
    let t = a.trim();
    let lower = t.to_lowercase();
    for mark in ["(both)", "(all)"] {
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

/// Whether a record's status words say it did not take place or is no talk.
pub(crate) fn is_called_off(text: &str) -> bool {
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
        "withdrawn",
        "postponed indefinitely",
        "not a talk",
        "no talk",
        "pas un exposé",
        "kein vortrag",
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
            affiliations: Vec::new(),
        }
    }

    #[test]
    fn records_become_labelled_blocks() {
        let mut a = person("Ann  Lee");
        a.affiliations = vec!["KTH".into(), "Lund University".into()];
        let r = Record {
            title: "Fast\n codes".into(),
            speakers: vec![a, person("Bo Ek")],
            line: 3,
            end: 9,
        };
        let none = Record {
            title: "Orphan".into(),
            line: 10,
            end: 11,
            ..Record::default()
        };
        let lines: Vec<(String, usize)> = write(vec![r, none])
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        assert_eq!(
            lines,
            vec![
                ("Title: Fast codes".into(), 3),
                ("Speakers: Ann Lee (KTH & Lund University); Bo Ek".into(), 3),
                (String::new(), 9),
            ]
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
