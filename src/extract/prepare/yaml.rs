//! YAML data files of talks (a static site's `_data/talks.yml`) and JSON exports: every
//! mapping with a title and a speaker key becomes a record.
//!
//! The entry points are [`applies`] and [`read`]. Detection is cheap: the first lines with
//! text must look like YAML (comments, `key: value` with a lower-case key, `- ` items) and one
//! of them must start a list item with a key, or the file must be a JSON object or array. The
//! file is then parsed with `yaml-rust2`; a file that does not parse is read as plain text.
//! Keys are read by name, without case: `title`/`talk`; `speaker`/`speakers`/`presenter(s)`/
//! `author(s)`/`panelists`/`persons` as a string, a list of strings or a list of mappings
//! with `name` (or `first_name` and `last_name`) and `affiliation`; `affiliation`/
//! `institution` as a string or a list, on the speaker or shared from the talk, or in a `note`
//! (`Affiliation: X`). A `status` or `type` that says cancelled, social, admin or break (or a
//! writing: CSL-JSON's `article-journal`, `manuscript`, …), a note that says cancelled, and a
//! talk whose speaker is a placeholder, are no talks. Hosts, moderators and organisers are not
//! read. CSL-JSON names: `given`, particles, `family` and `suffix`, or a `literal` that can be a
//! person's (not `TU/e Algorithms`).

use yaml_rust2::{Yaml, YamlLoader};

use super::records::{self, Person, Record};
use crate::extract::text::is_placeholder;
use crate::model::Warning;

const TITLE_KEYS: &[&str] = &["title", "talk", "talk_title", "talk-title"];
const SPEAKER_KEYS: &[&str] = &[
    "speaker",
    "speakers",
    "presenter",
    "presenters",
    "author",
    "authors",
    "panelists",
    "panellists",
    "lecturer",
    "lecturers",
    "persons",
    "people",
    // schema.org: an Event's performers, a VideoObject's actors
    "performer",
    "performers",
    "actor",
    "actors",
];
const AFFILIATION_KEYS: &[&str] = &[
    "affiliation",
    "affiliations",
    "institution",
    "institutions",
    "organization",
    "organisation",
    "org",
    "company",
    // schema.org Person
    "worksfor",
    "memberof",
];
const NAME_KEYS: &[&str] = &[
    "name",
    "full_name",
    "fullname",
    "public_name",
    "display_name",
];
/// A speaker's position (a list pairs with the affiliation list).
const ROLE_KEYS: &[&str] = &["role", "roles", "position", "positions", "jobtitle"];
const DATE_KEYS: &[&str] = &["date", "when", "day", "start"];
const GIVEN_KEYS: &[&str] = &[
    "first_name",
    "firstname",
    "given_name",
    "given",
    "givenname",
];
const FAMILY_KEYS: &[&str] = &[
    "last_name",
    "lastname",
    "family_name",
    "family",
    "surname",
    "familyname",
];
/// Keys whose value says what kind of entry this is, or whether it took place.
const STATUS_KEYS: &[&str] = &[
    "status",
    "state",
    "type",
    "kind",
    "category",
    "eventstatus",
    "@type",
];
/// Entry kinds that are no talks.
const NOT_TALKS: &[&str] = &[
    // CSL-JSON (Zotero) item types that are writings, not talks
    "article",
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "book",
    "chapter",
    "manuscript",
    "paper-conference",
    "report",
    "thesis",
    "dataset",
    "software",
    "patent",
    "social",
    "admin",
    "break",
    "reception",
    "dinner",
    "lunch",
    "meeting",
    "poster",
    "welcome",
    // schema.org event types and statuses (the last segment of the IRI, lower-cased)
    "socialevent",
    "foodevent",
    "eventcancelled",
    "eventpostponed",
];

/// Whether a line looks like a line of a YAML file.
fn yaml_line(l: &str) -> bool {
    let t = l.trim_start();
    if t.is_empty() || t.starts_with('#') || t == "---" || t.starts_with("- ") || t == "-" {
        return true;
    }
    if l.starts_with([' ', '\t']) {
        return true; // a continuation or nested value
    }
    key(t).is_some()
}

/// The key of a `key: value` line: lower-case letters, digits, `_` and `-`.
fn key(t: &str) -> Option<&str> {
    let (k, _) = t.split_once(':')?;
    let ok = !k.is_empty()
        && k.len() <= 30
        && k.starts_with(|c: char| c.is_ascii_lowercase())
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-'));
    ok.then_some(k)
}

/// Whether the document is a JSON file (JSON is YAML, so the same reader reads it): it
/// starts with `{` or `[` and ends with `}` or `]`, and its first line opens a structure
/// rather than being text in brackets.
fn is_json(lines: &[&str]) -> bool {
    let mut text = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty());
    let first = text.next().unwrap_or("");
    if !first.starts_with(['{', '[']) {
        return false;
    }
    let last = lines
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .unwrap_or(first);
    let object = first.starts_with('{') && last.ends_with('}');
    let array = first.starts_with('[') && last.ends_with(']');
    let opens = first.len() == 1
        || ["{\"", "[{", "[\"", "[ {", "{ \""]
            .iter()
            .any(|p| first.starts_with(p));
    (object || array) && opens
}

/// Whether the document is a YAML data file (see the module doc) or a JSON export.
pub(crate) fn applies(lines: &[&str]) -> bool {
    if is_json(lines) {
        return true;
    }
    let head: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .take(40)
        .collect();
    let keyed_item = head.iter().any(|l| {
        l.trim_start()
            .strip_prefix("- ")
            .is_some_and(|rest| key(rest.trim_start()).is_some())
    });
    head.len() >= 3 && keyed_item && head.iter().all(|l| yaml_line(l))
}

/// The value of the first of `keys` (lower-case) the mapping has, its keys compared without
/// case (`"Title"` in a JSON export).
fn get<'y>(map: &'y Yaml, keys: &[&str]) -> Option<&'y Yaml> {
    let Yaml::Hash(h) = map else { return None };
    keys.iter().find_map(|k| {
        h.iter().find_map(|(key, v)| match key {
            Yaml::String(s) if s.eq_ignore_ascii_case(k) => Some(v),
            _ => None,
        })
    })
}

/// The value of the first key that `pred` accepts (lower-cased), in the mapping's order.
fn get_like(map: &Yaml, pred: impl Fn(&str) -> bool) -> Option<&Yaml> {
    let Yaml::Hash(h) = map else { return None };
    h.iter().find_map(|(key, v)| match key {
        Yaml::String(s) if pred(&s.to_ascii_lowercase()) => Some(v),
        _ => None,
    })
}

/// `speaker_name`, `presenter_names`, `speaker-name`: a speaker key with a suffix.
fn is_speaker_key(k: &str) -> bool {
    ["speaker", "presenter", "author", "lecturer"]
        .iter()
        .any(|p| k.starts_with(p))
        && ["name", "names", "s"].iter().any(|s| k.ends_with(s))
        && !k.contains("affil")
        && !k.contains("bio")
}

/// `speaker_affiliation`, `affiliation_1`, `home_institution`: an affiliation key with more
/// words.
fn is_affiliation_key(k: &str) -> bool {
    k.contains("affil") || k.contains("institution")
}

/// A scalar as text (`null` and collections as nothing).
fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) => Some(s.trim().to_owned()),
        Yaml::Integer(n) => Some(n.to_string()),
        Yaml::Real(r) => Some(r.clone()),
        _ => None,
    }
}

/// The affiliations of a value: a string (`X & Y` or `X; Y` are two) or a list of strings.
fn affiliations(y: &Yaml) -> Vec<String> {
    match y {
        Yaml::Array(items) => items
            .iter()
            .filter_map(|i| scalar(i).or_else(|| named(i)))
            .collect(),
        // a schema.org Organization: `{"@type": "Organization", "name": "…"}`
        Yaml::Hash(_) => named(y).into_iter().collect(),
        _ => scalar(y)
            .map(|s| records::split_institutions(&s))
            .unwrap_or_default(),
    }
}

/// The name of an object: `{"name": "…"}`.
fn named(y: &Yaml) -> Option<String> {
    get(y, NAME_KEYS).and_then(scalar).filter(|n| !n.is_empty())
}

/// The people of a speaker value.
fn people(y: &Yaml) -> Vec<Person> {
    match y {
        Yaml::Array(items) => items.iter().flat_map(people).collect(),
        Yaml::Hash(_) => get(y, NAME_KEYS)
            .and_then(scalar)
            .or_else(|| split_name(y))
            .or_else(|| {
                get(y, &["literal"])
                    .and_then(scalar)
                    .filter(|n| is_personal(n))
            })
            .map(|name| Person {
                name,
                affiliations: get(y, AFFILIATION_KEYS)
                    .or_else(|| get_like(y, is_affiliation_key))
                    .map(affiliations)
                    .unwrap_or_default(),
                roles: get(y, ROLE_KEYS).map(affiliations).unwrap_or_default(),
            })
            .into_iter()
            .collect(),
        // "A and B", "A & B", "A; B": several people in one string
        _ => scalar(y)
            .map(|names| {
                names
                    .split(';')
                    .flat_map(|p| p.split(" & "))
                    .flat_map(|p| p.split(" and "))
                    .map(records::squash)
                    .filter(|n| !n.is_empty())
                    .map(|name| Person {
                        name,
                        ..Person::default()
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// A name given as given and family name keys, with CSL-JSON's particles and suffix:
/// `{"given": "Clara", "dropping-particle": "von", "family": "Humboldt"}` → `Clara von
/// Humboldt`.
fn split_name(y: &Yaml) -> Option<String> {
    let family = records::family_case(&get(y, FAMILY_KEYS).and_then(scalar)?);
    let part = |key: &str| get(y, &[key]).and_then(scalar).filter(|p| !p.is_empty());
    let name: Vec<String> = [
        get(y, GIVEN_KEYS).and_then(scalar),
        part("dropping-particle"),
        part("non-dropping-particle"),
        Some(family),
        part("suffix"),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(name.join(" "))
}

/// Whether a name given whole (CSL-JSON's `literal`, also used for channels and institutions:
/// `TU/e Algorithms`) can be a person's: no digits, slashes or institution words.
fn is_personal(name: &str) -> bool {
    /// Words of the names of groups and channels, which are no institutions either.
    const GROUPS: &[&str] = &[
        "admin",
        "channel",
        "club",
        "colloquium",
        "committee",
        "community",
        "contributors",
        "editors",
        "group",
        "lab",
        "media",
        "network",
        "office",
        "official",
        "organisers",
        "organizers",
        "podcast",
        "project",
        "recordings",
        "seminar",
        "society",
        "staff",
        "studio",
        "team",
        "tv",
        "videos",
        "webinar",
        "workshop",
    ];
    !name.contains(|c: char| c.is_ascii_digit() || c == '/' || c == '@')
        && name.split_whitespace().count() <= 5
        && !name.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            crate::extract::words::is_org_word(w) || GROUPS.contains(&w.to_lowercase().as_str())
        })
}

/// The record of a mapping that names a talk, if it is one.
fn record(map: &Yaml) -> Option<Record> {
    let speakers = get(map, SPEAKER_KEYS).or_else(|| get_like(map, is_speaker_key))?;
    // `- name: Title` with a `speaker:` beside it: the name is the talk's
    let title = get(map, TITLE_KEYS)
        .or_else(|| get(map, NAME_KEYS))
        .and_then(scalar)?;
    for k in STATUS_KEYS {
        if let Some(v) = get(map, &[k]).and_then(scalar) {
            // "https://schema.org/EventCancelled" → "eventcancelled"
            let lower = v.rsplit(['/', '#']).next().unwrap_or(&v).to_lowercase();
            if records::is_called_off(&lower) || NOT_TALKS.contains(&lower.as_str()) {
                return None;
            }
        }
    }
    // a free-text note (CSL-JSON, Zotero) that says the talk was called off
    let note = get(map, &["note", "notes"]).and_then(scalar);
    if note.as_deref().is_some_and(records::is_called_off) {
        return None;
    }
    let mut people: Vec<Person> = people(speakers)
        .into_iter()
        .filter(|p| !is_placeholder(&p.name))
        .collect();
    if people.is_empty() || is_placeholder(&title) {
        return None;
    }
    // an affiliation on the talk goes to the speakers who have none of their own: a list as
    // long as the speakers in order, otherwise shared
    if let Some(value) = get(map, AFFILIATION_KEYS).or_else(|| get_like(map, is_affiliation_key)) {
        let listed = affiliations(value);
        let in_order =
            matches!(value, Yaml::Array(_)) && people.len() > 1 && listed.len() == people.len();
        for (k, p) in people.iter_mut().enumerate() {
            if p.affiliations.is_empty() {
                p.affiliations = if in_order {
                    vec![listed[k].clone()]
                } else {
                    listed.clone()
                };
            }
        }
    }
    // or in a note: "Affiliation: TU Eindhoven", "Affiliations: IIT Delhi; University of Warsaw"
    if people.iter().all(|p| p.affiliations.is_empty()) {
        if let Some(groups) = note.as_deref().and_then(records::note_affiliations) {
            records::assign(&mut people, groups);
        }
    }
    Some(Record {
        title,
        speakers: people,
        when: get(map, DATE_KEYS).and_then(scalar),
        line: 0,
        end: 0,
        ..Record::default()
    })
}

/// Every talk record in the tree, in document order.
pub(crate) fn walk(y: &Yaml, out: &mut Vec<Record>, depth: usize) {
    if depth > 32 {
        return;
    }
    if let Some(r) = record(y) {
        out.push(r);
        return;
    }
    match y {
        Yaml::Array(items) => items.iter().for_each(|i| walk(i, out, depth + 1)),
        Yaml::Hash(h) => h.values().for_each(|v| walk(v, out, depth + 1)),
        _ => {}
    }
}

/// The source line of each record (parsing drops positions): the first `title:` line at or
/// after the previous record's whose value, or the next lines of a folded value, holds the
/// first word of the title.
fn place(records: &mut [Record], lines: &[&str]) {
    let titled = |l: &str| {
        // `  - title:`, `"title":`, `{"Title":` of a JSON object on one line
        let t = l.trim_start_matches(['{', '[', ' ', '\t', '-']);
        let t = t.strip_prefix('"').unwrap_or(t);
        let lower = t.get(..12.min(t.len())).unwrap_or("").to_ascii_lowercase();
        TITLE_KEYS.iter().any(|k| {
            lower
                .strip_prefix(k)
                .is_some_and(|rest| rest.trim_start_matches('"').trim_start().starts_with(':'))
        })
    };
    // schema.org names an event's title `name`
    let named = |l: &str| {
        l.trim_start_matches(['{', '[', ' ', '\t'])
            .starts_with("\"name\"")
    };
    let mut from = 0;
    for r in records.iter_mut() {
        let word = first_word(&r.title);
        let mut candidates: Vec<usize> = (from..lines.len())
            .filter(|&i| titled(lines[i]))
            .take(8)
            .collect();
        if candidates.is_empty() {
            candidates = (from..lines.len())
                .filter(|&i| named(lines[i]) && lines[i].contains(word))
                .take(1)
                .collect();
        }
        let holds = |i: usize| {
            lines[i..lines.len().min(i + 3)]
                .iter()
                .any(|l| l.contains(word))
        };
        let at = candidates
            .iter()
            .copied()
            .find(|&i| holds(i))
            .or_else(|| candidates.first().copied())
            .unwrap_or(from);
        r.line = at + 1;
        r.end = at + 1;
        from = at + 1;
    }
    let count = lines.len().max(1);
    for r in records.iter_mut() {
        r.line = r.line.clamp(1, count);
        r.end = r.end.clamp(1, count);
    }
}

/// Whether a page carries schema.org data in `<script type="application/ld+json">` blocks
/// (a web page's source): their events are read as the page's talks.
pub(crate) fn has_json_ld(lines: &[&str]) -> bool {
    lines.iter().any(|l| {
        l.contains("ld+json") && {
            let lower = l.to_ascii_lowercase();
            lower.contains("<script") && lower.contains("application/ld+json")
        }
    })
}

/// The talks of a page's JSON-LD blocks (see [`has_json_ld`]), each placed at the line of its
/// `name` inside its block; `None` when no block holds a talk (a page's JSON-LD often
/// describes only the page or its publisher), so the page is read as text. A block that does
/// not parse is skipped with a warning.
pub(crate) fn read_json_ld(lines: &[&str], warnings: &mut Vec<Warning>) -> Option<Vec<Record>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let lower = lines[i].to_ascii_lowercase();
        let Some(at) = lower.find("application/ld+json") else {
            i += 1;
            continue;
        };
        // the JSON starts after the tag's `>` and ends before `</script>`
        let Some(open) = lower[at..].find('>').map(|k| at + k + 1) else {
            i += 1;
            continue;
        };
        let first = i;
        let mut text = String::new();
        let mut rest = &lines[i][open..];
        loop {
            if let Some(close) = rest.to_ascii_lowercase().find("</script") {
                text.push_str(&rest[..close]);
                break;
            }
            text.push_str(rest);
            text.push('\n');
            i += 1;
            match lines.get(i) {
                Some(l) => rest = l,
                None => break,
            }
        }
        let last = i.min(lines.len().saturating_sub(1));
        i += 1;
        let value: serde_json::Value = match serde_json::from_str(text.trim()) {
            Ok(v) => v,
            Err(e) => {
                warnings.push(Warning {
                    line: first + 1 + e.line().saturating_sub(1),
                    message: format!("a JSON-LD block does not parse ({e}): skipped"),
                });
                continue;
            }
        };
        let mut records = Vec::new();
        walk(&from_json(&value), &mut records, 0);
        for mut r in records {
            let word = first_word(&r.title);
            let at = (first..=last)
                .find(|&k| lines[k].contains(word) && lines[k].contains("\"name\""))
                .unwrap_or(first);
            r.line = at + 1;
            r.end = last + 1;
            found.push(r);
        }
    }
    (!found.is_empty()).then_some(found)
}

/// A JSON value as the YAML tree the records are read from (serde_json reads what YAML does
/// not: `\/`, surrogate pairs, very long lines).
fn from_json(v: &serde_json::Value) -> Yaml {
    use serde_json::Value;
    match v {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Integer(i),
            None => Yaml::Real(n.to_string()),
        },
        Value::String(s) => Yaml::String(s.clone()),
        Value::Array(items) => Yaml::Array(items.iter().map(from_json).collect()),
        Value::Object(map) => Yaml::Hash(
            map.iter()
                .map(|(k, v)| (Yaml::String(k.clone()), from_json(v)))
                .collect(),
        ),
    }
}

/// The first word of a title, to find its line.
fn first_word(title: &str) -> &str {
    title
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// Parses the file; `None` when it is not YAML after all.
pub(crate) fn read(lines: &[&str], warnings: &mut Vec<Warning>) -> Option<Vec<Record>> {
    let text = lines.join("\n");
    // JSON through serde_json, which reads every JSON file (YAML's reader refuses some)
    if is_json(lines) {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) {
            let mut found = Vec::new();
            walk(&from_json(&value), &mut found, 0);
            place(&mut found, lines);
            return Some(found);
        }
    }
    let docs = match YamlLoader::load_from_str(&text) {
        Ok(docs) => docs,
        Err(e) => {
            warnings.push(Warning {
                line: e.marker().line().clamp(1, lines.len().max(1)),
                message: format!(
                    "looks like YAML but does not parse ({}): read as text",
                    e.info()
                ),
            });
            return None;
        }
    };
    let mut found = Vec::new();
    for d in &docs {
        walk(d, &mut found, 0);
    }
    place(&mut found, lines);
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: &str = "# talks\nseries: Optics Seminar\nhosts:\n  - name: Host Person\ntalks:\n  - title: \"Light, \\\"slow\\\" and fast\"\n    speaker: Ann Lee\n    affiliation: [KTH, Lund University]\n  - title: >-\n      Folded over\n      two lines\n    speakers:\n      - {name: Bo Ek, affiliation: ETH Zürich, role: Lecturer}\n      - name: 'Cy O''Dahl'\n        institution: Uppsala University\n  - title: Duet\n    speakers: Eve Moss and Fay Ng\n    affiliation: [Aalto University, KTH]\n  - title: Mixer\n    speaker: Nobody\n    type: social\n  - title: Gone\n    speaker: Di Fox\n    status: cancelled\n";

    /// schema.org events in a page's JSON-LD: performers with Organization affiliations, a
    /// job title, escapes; a cancelled event, a social event and a page-only block give none.
    #[test]
    fn json_ld_events_are_talks() {
        let page = r#"<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"KTH"}</script>
<script type="application/ld+json">
[{"@type":"Event","name":"Ice \/ Water","performer":[{"@type":"Person","name":"Ann Lee","jobTitle":"Lecturer","worksFor":{"@type":"Organization","name":"Lund University"}},{"@type":"Person","givenName":"Bo","familyName":"Ek","affiliation":[{"name":"KTH"},"Aalto University"]}]},
 {"@type":"Event","name":"Gone","eventStatus":"https://schema.org/EventCancelled","performer":{"name":"Cy Dahl"}},
 {"@type":"SocialEvent","name":"Mixer","performer":{"name":"Di Fox"}}]
</script>
<script type="application/ld+json">{"@type":"Event","name":"Caf\u00e9 Physics","performer":{"name":"Eve Moss"}}</script>
<script type="application/ld+json">{"broken": </script>
</head></html>"#;
        let lines: Vec<&str> = page.lines().collect();
        assert!(has_json_ld(&lines));
        let mut warnings = Vec::new();
        let found = read_json_ld(&lines, &mut warnings).unwrap_or_default();
        let titles: Vec<(&str, usize)> = found.iter().map(|r| (r.title.as_str(), r.line)).collect();
        assert_eq!(titles, vec![("Ice / Water", 4), ("Café Physics", 8)]);
        assert_eq!(
            found[0].speakers,
            vec![
                Person {
                    name: "Ann Lee".into(),
                    affiliations: vec!["Lund University".into()],
                    roles: vec!["Lecturer".into()],
                },
                Person {
                    name: "Bo Ek".into(),
                    affiliations: vec!["KTH".into(), "Aalto University".into()],
                    roles: vec![],
                },
            ]
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].line, 9);
        // a page whose JSON-LD describes only its publisher has no talks there
        let only = [lines[0], lines[1]];
        assert!(read_json_ld(&only, &mut Vec::new()).is_none());
    }

    /// A page that describes one featured event in JSON-LD and lists more in its text keeps
    /// the text's reading; a page whose events are all in JSON-LD is read from them.
    #[test]
    fn json_ld_replaces_the_text_only_when_it_holds_more_talks() {
        let extractor = crate::extract::Extractor::with_gazetteer(
            crate::resolve::Gazetteer::builtin().unwrap_or_default(),
        );
        let featured = "<script type=\"application/ld+json\">{\"@type\":\"Event\",\"name\":\"Rivers\",\"performer\":{\"name\":\"Ann Lee\"}}</script>\n\nRivers\nAnn Lee, Lund University\n\nGlaciers of the North\nBo Ek, KTH\n\nDeltas and Their Fate\nCy Dahl, Aalto University\n";
        let doc = extractor.extract(&crate::read::Source::from_text("a.html", featured));
        assert_eq!(doc.talks.len(), 3, "{:?}", doc.talks);
        assert_eq!(doc.talks[1].speakers[0].affiliations[0].name, "KTH");
        let all = "<p>Talks</p>\n<script type=\"application/ld+json\">[{\"@type\":\"Event\",\"name\":\"Rivers\",\"performer\":{\"name\":\"Ann Lee\"}},{\"@type\":\"Event\",\"name\":\"Glaciers\",\"performer\":{\"name\":\"Bo Ek\",\"affiliation\":\"KTH\"}}]</script>\n";
        let doc = extractor.extract(&crate::read::Source::from_text("b.html", all));
        let titles: Vec<&str> = doc.talks.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(titles, vec!["Rivers", "Glaciers"]);
        assert_eq!(doc.talks[1].speakers[0].affiliations[0].name, "KTH");
    }

    #[test]
    fn talks_are_read_by_key() {
        let lines: Vec<&str> = DATA.lines().collect();
        assert!(applies(&lines));
        let docs = YamlLoader::load_from_str(DATA).unwrap_or_default();
        let mut found = Vec::new();
        walk(&docs[0], &mut found, 0);
        place(&mut found, &lines);
        assert_eq!(found.len(), 3);
        assert_eq!(found[2].speakers[1].name, "Fay Ng");
        assert_eq!(found[2].speakers[1].affiliations, ["KTH"]);
        assert_eq!(found[0].title, "Light, \"slow\" and fast");
        assert_eq!(
            found[0].speakers[0].affiliations,
            ["KTH", "Lund University"]
        );
        assert_eq!(found[0].line, 6);
        assert_eq!(found[1].title, "Folded over two lines");
        assert_eq!(found[1].speakers[1].name, "Cy O'Dahl");
        assert_eq!(found[1].speakers[0].roles, ["Lecturer"]);
        assert_eq!(found[1].speakers[1].affiliations, ["Uppsala University"]);
    }

    #[test]
    fn json_exports_are_read_too() {
        let json = r#"{"event": "X", "items": [
  {"Title": "Tides", "persons": [{"first_name": "Eve", "last_name": "MOSS-LEE", "affiliation": "KTH"}]},
  {"Title": "Waves", "persons": [{"public_name": "Bo Ek"}], "state": "cancelled"}
]}"#;
        let lines: Vec<&str> = json.lines().collect();
        assert!(applies(&lines));
        let found = read(&lines, &mut Vec::new()).unwrap_or_default();
        assert_eq!(found.len(), 1, "{:?}", YamlLoader::load_from_str(json));
        assert_eq!(found[0].speakers[0].name, "Eve Moss-Lee");
        assert_eq!(found[0].line, 2);
        assert!(!applies(&["[video] Title", "Name (KTH)"]));
    }

    #[test]
    fn csl_json_items_are_read_with_particles_literals_and_notes() {
        let json = r#"[
  {"type": "speech", "title": "Kernels", "note": "Affiliations: IIT Delhi; KTH\nSlides: yes",
   "author": [{"family": "Humboldt", "given": "Clara", "dropping-particle": "von"},
              {"family": "Holloway", "given": "Desmond", "suffix": "Jr."}]},
  {"type": "article-journal", "title": "Kernels, the paper", "author": [{"family": "Li", "given": "Ana"}]},
  {"type": "speech", "title": "Streams", "author": [{"literal": "Nguyễn Thị Lan"}],
   "note": "Affiliation: ETH Zürich (both speakers)"},
  {"type": "speech", "title": "Research Day", "author": [{"literal": "Eindhoven Systems Institute"}]},
  {"type": "motion_picture", "title": "A video", "author": [{"literal": "TU/e Algorithms"}]},
  {"type": "motion_picture", "title": "Highlights", "author": [{"literal": "Colloquium Channel"}]},
  {"type": "speech", "title": "Edits", "author": [{"family": "Novák", "given": "Pavel"}],
   "note": "CANCELLED — could not travel.\nAffiliation: Charles University"}
]"#;
        let lines: Vec<&str> = json.lines().collect();
        assert!(applies(&lines));
        let found = read(&lines, &mut Vec::new()).unwrap_or_default();
        type Got<'a> = Vec<(&'a str, Vec<(&'a str, Vec<&'a str>)>)>;
        let got: Got = found
            .iter()
            .map(|r| {
                let people = r
                    .speakers
                    .iter()
                    .map(|p| {
                        (
                            p.name.as_str(),
                            p.affiliations.iter().map(String::as_str).collect(),
                        )
                    })
                    .collect();
                (r.title.as_str(), people)
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Kernels",
                    vec![
                        ("Clara von Humboldt", vec!["IIT Delhi"]),
                        ("Desmond Holloway Jr.", vec!["KTH"])
                    ]
                ),
                ("Streams", vec![("Nguyễn Thị Lan", vec!["ETH Zürich"])]),
            ]
        );
    }

    #[test]
    fn keys_with_more_words_are_read_by_their_stem() {
        let yml = "- name: Glaciers at night\n  speaker_name: Ana Ruiz\n  speaker_affiliation: Universidad de Chile\n  host: Bo Ek\n";
        let found = read(&yml.lines().collect::<Vec<_>>(), &mut Vec::new()).unwrap_or_default();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].title, "Glaciers at night");
        assert_eq!(found[0].speakers[0].name, "Ana Ruiz");
        assert_eq!(found[0].speakers[0].affiliations, ["Universidad de Chile"]);
    }

    #[test]
    fn labelled_listings_are_not_yaml() {
        assert!(!applies(&["Title: A", "Speaker: B", "- C: d"]));
        assert!(!applies(&["Talks", "- title: a", "b: c"]));
        let mut warnings = Vec::new();
        assert!(read(&["- a: x", "b: c", "- d: [e"], &mut warnings).is_none());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.starts_with("looks like YAML"));
    }
}
