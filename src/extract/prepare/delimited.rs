//! Spreadsheet exports with a header row in any of several languages: semicolon-separated
//! files (the CSV of European-locale spreadsheets), and tab- or comma-separated ones whose
//! header splits a name into family-name and given-name columns or is not in English (the
//! table reader reads English headers).
//!
//! The entry points are [`applies`] and [`read`]. Fields may be quoted (`""` is a quote;
//! a quoted field may hold the separator or a line break). The header is found among the
//! first lines (title rows above it are skipped) and its columns are read by name in English,
//! French, German, Spanish, Italian, Portuguese and Dutch ([`column`]). A name is the name column, or the given
//! name followed by the family name, the family name in ordinary case when written in
//! capitals (`DUPONT-MOREL` → `Dupont-Morel`, `Jr.` kept). `A / B` in the name cells are
//! two speakers, mapped in order onto `X / Y` in the affiliation cell; `X; Y` or `X & Y` are
//! two institutions of one speaker. Empty rows, rows without a title or a name, and rows whose
//! remarks say cancelled or no talk are left out; a row with a name but neither date nor
//! title adds a speaker to the talk above.

use super::records::{self, Person, Record};
use crate::extract::text::is_placeholder;
use crate::model::Warning;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Title,
    Name,
    Family,
    Given,
    Affiliation,
    Date,
    Remarks,
    /// The speaker's position ("Fonction", "Position").
    Position,
    Other,
}

/// Header words by column, lower-case, in English, French, German, Spanish, Italian,
/// Portuguese and Dutch.
const WORDS: &[(Col, &[&str])] = &[
    (
        Col::Title,
        &[
            "title",
            "talk",
            "talk title",
            "topic",
            "titre",
            "titre de l'exposé",
            "titre de l'expose",
            "titre de la présentation",
            "titre de la conférence",
            "sujet",
            "exposé",
            "titel",
            "thema",
            "vortragstitel",
            "titel des vortrags",
            "vortrag",
            "título",
            "titulo",
            "tema",
            "título de la charla",
            "título de la ponencia",
            "titolo",
            "titolo del seminario",
            "titel van de lezing",
            "título da palestra",
        ],
    ),
    (
        Col::Name,
        &[
            "speaker",
            "speakers",
            "presenter",
            "presenters",
            "lecturer",
            "orateur",
            "oratrice",
            "orateurs",
            "intervenant",
            "intervenante",
            "intervenants",
            "conférencier",
            "conférencière",
            "vortragende",
            "vortragender",
            "referent",
            "referentin",
            "sprecher",
            "sprecherin",
            "ponente",
            "ponentes",
            "conferenciante",
            "relatore",
            "relatrice",
            "palestrante",
            "orador",
            "oradora",
            "spreker",
            "sprekers",
        ],
    ),
    (
        Col::Family,
        &[
            "nom",
            "nom de famille",
            "last name",
            "family name",
            "surname",
            "nachname",
            "familienname",
            "apellido",
            "apellidos",
            "cognome",
            "achternaam",
            "sobrenome",
        ],
    ),
    (
        Col::Given,
        &[
            "prénom",
            "prenom",
            "first name",
            "given name",
            "forename",
            "vorname",
            "nombre",
            "nome",
            "voornaam",
        ],
    ),
    (
        Col::Affiliation,
        &[
            "affiliation",
            "affiliations",
            "institution",
            "organisation",
            "organization",
            "university",
            "établissement",
            "etablissement",
            "laboratoire",
            "université",
            "organisme",
            "einrichtung",
            "institut",
            "hochschule",
            "universität",
            "institución",
            "institucion",
            "universidad",
            "afiliación",
            "afiliacion",
            "filiación",
            "università",
            "affiliazione",
            "ente",
            "instituição",
            "instituicao",
            "universidade",
            "instelling",
            "universiteit",
        ],
    ),
    (
        Col::Position,
        &[
            "position",
            "role",
            "job title",
            "fonction",
            "poste",
            "rôle",
            "funktion",
            "position/funktion",
            "cargo",
            "puesto",
            "ruolo",
        ],
    ),
    (
        Col::Date,
        &["date", "datum", "fecha", "data", "jour", "day", "when"],
    ),
    (
        Col::Remarks,
        &[
            "remarks",
            "remarques",
            "remarque",
            "notes",
            "note",
            "comments",
            "commentaire",
            "commentaires",
            "bemerkung",
            "bemerkungen",
            "anmerkung",
            "anmerkungen",
            "observaciones",
            "notas",
            "status",
            "statut",
            "estado",
        ],
    ),
];

/// The column a header cell names: `Vortragende(r)` → name, `Prénom` → given name.
fn column(cell: &str) -> Option<Col> {
    let mut t = cell
        .trim()
        .trim_start_matches('\u{feff}')
        .trim_end_matches([':', '*'])
        .trim()
        .to_lowercase()
        .replace('’', "'");
    for suffix in ["(s)", "(r)", "(in)", "(e)", "(es)", "·e", "·s"] {
        if let Some(stem) = t.strip_suffix(suffix) {
            t = stem.trim_end().to_owned();
        }
    }
    if t.is_empty() {
        return Some(Col::Other);
    }
    if t.chars().count() > 40 {
        return None;
    }
    let known = |w: &str| {
        WORDS
            .iter()
            .find(|(_, words)| words.contains(&w))
            .map(|(c, _)| *c)
    };
    // "Relatore/Relatrice", "Titolo del seminario": one of the forms, or the first word
    known(&t)
        .or_else(|| t.split('/').find_map(|p| known(p.trim())))
        .or_else(|| t.split_whitespace().next().and_then(known))
        .or(Some(Col::Other))
}

/// Header words in English, which the table reader knows.
const ENGLISH: &[&str] = &[
    "title",
    "talk",
    "talk title",
    "topic",
    "speaker",
    "speakers",
    "presenter",
    "presenters",
    "lecturer",
    "name",
    "last name",
    "family name",
    "surname",
    "first name",
    "given name",
    "forename",
    "affiliation",
    "affiliations",
    "institution",
    "organisation",
    "organization",
    "university",
    "date",
    "day",
    "when",
    "remarks",
    "notes",
    "note",
    "comments",
    "status",
    "position",
    "role",
    "job title",
];

/// Whether a header cell names a column in a language other than English.
fn is_foreign(cell: &str) -> bool {
    let lower = cell
        .trim()
        .trim_start_matches('\u{feff}')
        .trim_end_matches([':', '*'])
        .trim()
        .to_lowercase();
    // ("Presenter(s)", "Speaker(s)": English with a plural mark)
    let lower = lower
        .strip_suffix("(s)")
        .map_or(lower.as_str(), str::trim_end);
    column(cell).is_some_and(|c| c != Col::Other)
        && !ENGLISH.contains(&lower)
        && !lower.starts_with("speaker")
}

/// The columns of a header row, when it names a title column and a name column.
fn header(cells: &[String]) -> Option<Vec<Col>> {
    let mut cols: Vec<Col> = cells.iter().map(|c| column(c)).collect::<Option<_>>()?;
    let has = |c: Col| cols.contains(&c);
    // "Name"/"Nom" next to a given-name column is the family name, alone it is the full name
    let given = has(Col::Given);
    for c in &mut cols {
        if *c == Col::Family && !given {
            *c = Col::Name;
        }
    }
    let named = cols.iter().filter(|c| **c != Col::Other).count();
    let titled = cols.contains(&Col::Title);
    let people = cols.contains(&Col::Name) || cols.contains(&Col::Family);
    (cells.len() >= 3 && named >= 3 && titled && people).then_some(cols)
}

/// Splits one row at `sep`, honouring quotes; `None` when a quote is left open.
fn split_row(text: &str, sep: char) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut at_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            c if c == sep => {
                out.push(std::mem::take(&mut cur).trim().to_owned());
                at_start = true;
            }
            ' ' if at_start => {}
            _ => {
                cur.push(c);
                at_start = false;
            }
        }
    }
    if quoted {
        return None;
    }
    out.push(cur.trim().to_owned());
    Some(out)
}

/// The separator and header of the table, if one of the first lines is a header row.
fn find_header(lines: &[&str]) -> Option<(char, usize, Vec<Col>)> {
    for (i, l) in lines.iter().enumerate().take(30) {
        let l = l.trim_start_matches('\u{feff}');
        for sep in [';', '\t', ','] {
            if !l.contains(sep) {
                continue;
            }
            let Some(cols) = split_row(l, sep).and_then(|c| header(&c)) else {
                continue;
            };
            // a tab or comma table is read here only for a split name or a header in another
            // language; the table reader reads English ones
            let foreign =
                split_row(l, sep).is_some_and(|cells| cells.iter().any(|c| is_foreign(c)));
            if sep == ';' || cols.contains(&Col::Given) || foreign {
                return Some((sep, i, cols));
            }
        }
    }
    None
}

/// Whether the document is a delimited table this reader reads (see the module doc).
pub(crate) fn applies(lines: &[&str]) -> bool {
    find_header(lines).is_some_and(|(sep, at, _)| {
        // a page with a tab table in it, not an export: lines with no cell after the header
        // ("Seminari straordinari", a talk of its own) are left to the line reader, which
        // reads the table too
        sep != '\t'
            || lines[at + 1..]
                .iter()
                .filter(|l| !l.trim().is_empty() && !l.contains('\t'))
                .count()
                <= 2
    })
}

/// The rows after the header: (first source line, last source line, cells); a quoted field
/// with a line break joins lines.
fn rows(
    lines: &[&str],
    sep: char,
    from: usize,
    warnings: &mut Vec<Warning>,
) -> Vec<(usize, usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < lines.len() {
        let mut text = lines[i].trim_end_matches('\r').to_owned();
        let mut end = i;
        let mut cells = split_row(&text, sep);
        while cells.is_none() && end + 1 < lines.len() && end < i + 20 {
            end += 1;
            text.push('\n');
            text.push_str(lines[end].trim_end_matches('\r'));
            cells = split_row(&text, sep);
        }
        match cells {
            Some(c) => {
                out.push((i + 1, end + 1, c));
                i = end + 1;
            }
            None => {
                warnings.push(Warning {
                    line: i + 1,
                    message: "a quoted field is not closed: row left out".into(),
                });
                i += 1;
            }
        }
    }
    out
}

/// The speakers of one row, before affiliations.
fn names(cols: &[Col], cells: &[String]) -> Vec<Person> {
    let cell = |c: Col| {
        cols.iter()
            .position(|x| *x == c)
            .and_then(|i| cells.get(i))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty() && !is_placeholder(s))
    };
    // ("A (X) and Dr. B (Y)": "and" after a person's brackets starts the next person)
    let split = |s: &str| -> Vec<String> {
        s.split(" / ")
            .flat_map(|p| p.split(" & "))
            .flat_map(|p| p.split("; "))
            .flat_map(|p| {
                let mut parts: Vec<&str> = Vec::new();
                let mut rest = p;
                while let Some(at) = rest.find(") and ") {
                    parts.push(&rest[..=at]);
                    rest = &rest[at + ") and ".len()..];
                }
                parts.push(rest);
                parts
            })
            .map(records::squash)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let full: Vec<String> = if let Some(name) = cell(Col::Name) {
        split(name)
    } else if let Some(family) = cell(Col::Family) {
        let families = split(family);
        let given = cell(Col::Given).map(split).unwrap_or_default();
        families
            .iter()
            .enumerate()
            .map(|(k, f)| match given.get(k) {
                Some(g) => format!("{g} {}", records::family_case(f)),
                None => records::family_case(f),
            })
            .collect()
    } else {
        Vec::new()
    };
    full.into_iter()
        .map(|name| Person {
            name,
            ..Person::default()
        })
        .collect()
}

/// Reads the rows into records.
pub(crate) fn read(lines: &[&str], warnings: &mut Vec<Warning>) -> Vec<Record> {
    let Some((sep, at, cols)) = find_header(lines) else {
        return Vec::new();
    };
    let get = |cells: &[String], c: Col| -> String {
        cols.iter()
            .position(|x| *x == c)
            .and_then(|i| cells.get(i))
            .map_or_else(String::new, |s| s.trim().to_owned())
    };
    let mut out: Vec<Record> = Vec::new();
    let mut open = false; // whether the last record may take a continuation row
    for (line, end, cells) in rows(lines, sep, at + 1, warnings) {
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        let title = get(&cells, Col::Title);
        let remarks = get(&cells, Col::Remarks);
        let mut people = names(&cols, &cells);
        let affs = get(&cells, Col::Affiliation);
        if !affs.is_empty() {
            // "INGV; Universität Wien" under "MORETTI Ilaria; KOWALSKI Dominik": one each, in
            // order; under one person, two institutions of theirs
            let sep = if people.len() > 1 && affs.split("; ").count() == people.len() {
                "; "
            } else {
                " / "
            };
            let groups: Vec<Vec<String>> = affs
                .split(sep)
                .map(records::split_institutions)
                .filter(|g| !g.is_empty())
                .collect();
            records::assign(&mut people, groups);
        }
        if people.is_empty() {
            open = false;
            continue;
        }
        let positions = get(&cells, Col::Position);
        if !positions.is_empty() {
            let each: Vec<&str> = positions.split(" / ").collect();
            for (k, p) in people.iter_mut().enumerate() {
                let role = if each.len() == 1 {
                    each[0]
                } else {
                    each.get(k).copied().unwrap_or("")
                };
                p.roles = vec![role.trim().to_owned()];
            }
        }
        let continuation = title.is_empty() && get(&cells, Col::Date).is_empty();
        if continuation {
            if let Some(last) = out.last_mut().filter(|_| open) {
                last.speakers.extend(people);
                last.end = end;
            }
            continue;
        }
        let called_off = records::is_called_off(&remarks) || records::is_called_off(&title);
        open = !called_off && !title.is_empty() && !is_placeholder(&title);
        if open {
            out.push(Record {
                title,
                speakers: people,
                when: Some(get(&cells, Col::Date)),
                line,
                end,
                ..Record::default()
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_in_several_languages() {
        assert_eq!(column("Vortragende(r)"), Some(Col::Name));
        assert_eq!(column("\u{feff}Prénom"), Some(Col::Given));
        assert_eq!(column("Titre de l’exposé"), Some(Col::Title));
        assert_eq!(column("Institución"), Some(Col::Affiliation));
        assert_eq!(column("Vidéo"), Some(Col::Other));
        assert_eq!(column("Ponente/a"), Some(Col::Name));
        assert_eq!(column("Titolo del seminario"), Some(Col::Title));
        assert_eq!(column("Palestrante"), Some(Col::Name));
        assert_eq!(column("Instelling"), Some(Col::Affiliation));
    }

    #[test]
    fn tab_tables_are_read_here_only_with_foreign_or_split_headers() {
        assert!(applies(&["Titel\tVortragende(r)\tInstitution"]));
        assert!(applies(&["Title\tLast name\tFirst name"]));
        assert!(!applies(&["Title\tSpeaker\tAffiliation\tNotes"]));
        assert!(!applies(&["Date, Title, Speaker"]));
        let r = read(
            &[
                "Data\tRelatore\tAffiliazione\tTitolo",
                "3 mag\tGiulia Ferri\tPolitecnico di Milano\tReti neurali e sismica",
            ],
            &mut Vec::new(),
        );
        assert_eq!(r[0].title, "Reti neurali e sismica");
        assert_eq!(r[0].speakers[0].affiliations, ["Politecnico di Milano"]);
    }

    #[test]
    fn quoted_fields_hold_separators_and_quotes() {
        assert_eq!(
            split_row(r#"a; "b; ""c"""; d"#, ';'),
            Some(vec!["a".into(), r#"b; "c""#.into(), "d".into()])
        );
        assert_eq!(split_row(r#"a;"open"#, ';'), None);
    }

    #[test]
    fn rows_become_records() {
        let sheet = [
            "Séminaire d'optique 2024;;;;",
            ";;;;",
            "Date;Nom;Prénom;Établissement;Titre;Remarques;Fonction",
            "12/03;LEROY-DUVAL / DE SOUSA;Anne / Rui;Université de Lyon / Universidade do Porto;Lasers \"froids\";;MCF / Postdoc",
            ";KIM;Min-ji;KAIST;;co-oratrice",
            "19/03;MARTIN;Paul;\"CNRS; Sorbonne Université\";Optique quantique;ANNULÉ",
            "26/03;;;;Pas de séminaire;",
        ];
        let r = read(&sheet, &mut Vec::new());
        assert_eq!(r.len(), 1);
        let names: Vec<&str> = r[0].speakers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Anne Leroy-Duval", "Rui de Sousa", "Min-ji Kim"]);
        assert_eq!(r[0].speakers[1].affiliations, ["Universidade do Porto"]);
        assert_eq!(r[0].speakers[1].roles, ["Postdoc"]);
        assert_eq!(r[0].when.as_deref(), Some("12/03"));
        assert_eq!((r[0].line, r[0].end), (4, 5));
    }
}
