//! BibTeX files of talks (`talks.bib`, a reference manager's export): each talk entry becomes
//! a record of its title, its authors and their affiliations.
//!
//! The entry points are [`applies`] and [`read`]. Fields are read by name in any entry
//! type; values may be braced (nested), quoted, numbers or `@string` macros joined with `#`.
//! Authors are split at a top-level `and` and un-inverted with BibTeX's own rules (`von Last,
//! Jr, First` → `First von Last Jr`); an author in double braces is an organisation, no
//! person. Affiliations come from `affiliation`/`institution` fields or from an
//! `Affiliation(s): X; Y` note, one per author in order (or shared); `organization` and
//! `howpublished` name the host, not the speaker's institution. Entries of paper
//! types (`@article`, `@book`, …), entries noted as cancelled and `@comment`/`@preamble` are
//! no talks. TeX accents and escapes are decoded ([`tex`](super::tex)).

use rustc_hash::FxHashMap;

use super::records::{self, Person, Record};
use super::tex;
use crate::model::Warning;

/// Entry types that record publications, not talks.
const PAPER_TYPES: &[&str] = &[
    "article",
    "book",
    "booklet",
    "inbook",
    "incollection",
    "manual",
    "mastersthesis",
    "phdthesis",
    "proceedings",
    "techreport",
    "patent",
    "thesis",
    "report",
    "dataset",
    "software",
];

/// Whether the document is a BibTeX file: among its first lines with text, outside comments,
/// at least one starts an entry (`@misc{key,`) and every one before it is a comment.
pub(crate) fn applies(lines: &[&str]) -> bool {
    for l in lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(40)
    {
        if l.starts_with('%') {
            continue;
        }
        let Some(rest) = l.strip_prefix('@') else {
            return false;
        };
        let kind: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
        let after = rest[kind.len()..].trim_start();
        return !kind.is_empty() && (after.starts_with('{') || after.starts_with('('));
    }
    false
}

/// A parsed entry: its type, fields (lower-case names) and source lines.
struct Entry {
    kind: String,
    fields: Vec<(String, String)>,
    line: usize,
    end: usize,
    /// Whether the entry's closing brace was found (an unbalanced brace runs to the end).
    closed: bool,
}

impl Entry {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A cursor over the file's characters that knows the line it is on.
struct Cursor {
    chars: Vec<char>,
    pos: usize,
    line: usize,
}

impl Cursor {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    fn word(&mut self) -> String {
        let mut w = String::new();
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ':' | '.' | '/' | '+'))
        {
            w.push(c);
            self.bump();
        }
        w
    }

    /// A braced group after its `{`, without the outer braces; inner braces are kept.
    fn braced(&mut self) -> String {
        let mut depth = 1usize;
        let mut out = String::new();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some(n) = self.bump() {
                        out.push(n);
                    }
                    continue;
                }
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            out.push(c);
        }
        out
    }

    /// A quoted value after its `"`; braces protect inner quotes.
    fn quoted(&mut self) -> String {
        let mut depth = 0usize;
        let mut out = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' if depth == 0 => break,
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            out.push(c);
        }
        out
    }

    /// A field value: pieces joined with `#`, macros replaced by their text.
    fn value(&mut self, macros: &FxHashMap<String, String>) -> String {
        let mut out = String::new();
        loop {
            self.skip_space();
            match self.peek() {
                Some('{') => {
                    self.bump();
                    out.push_str(&self.braced());
                }
                Some('"') => {
                    self.bump();
                    out.push_str(&self.quoted());
                }
                Some(_) => {
                    let w = self.word();
                    if w.is_empty() {
                        break;
                    }
                    match macros.get(&w.to_lowercase()) {
                        Some(text) => out.push_str(text),
                        None => out.push_str(&w),
                    }
                }
                None => break,
            }
            self.skip_space();
            if self.peek() == Some('#') {
                self.bump();
            } else {
                break;
            }
        }
        out
    }
}

/// Reads every entry; `@string` macros are defined as they come.
fn entries(text: &str) -> Vec<Entry> {
    let mut cur = Cursor {
        chars: text.chars().collect(),
        pos: 0,
        line: 1,
    };
    let mut macros: FxHashMap<String, String> = FxHashMap::default();
    let mut out = Vec::new();
    while let Some(c) = cur.bump() {
        if c != '@' {
            continue;
        }
        let line = cur.line;
        let kind = cur.word().to_lowercase();
        cur.skip_space();
        let close = match cur.bump() {
            Some('{') => '}',
            Some('(') => ')',
            _ => continue,
        };
        if kind == "comment" || kind == "preamble" {
            if close == '}' {
                cur.braced();
            }
            continue;
        }
        let mut fields = Vec::new();
        if kind != "string" {
            // the citation key
            while cur.peek().is_some_and(|c| c != ',' && c != close) {
                cur.bump();
            }
        }
        let mut closed = false;
        loop {
            cur.skip_space();
            match cur.peek() {
                Some(',') => {
                    cur.bump();
                    continue;
                }
                Some(c) if c == close => {
                    cur.bump();
                    closed = true;
                    break;
                }
                None => break,
                _ => {}
            }
            let name = cur.word().to_lowercase();
            cur.skip_space();
            if name.is_empty() || cur.peek() != Some('=') {
                // not a field: skip a character so that the loop always moves on
                cur.bump();
                continue;
            }
            cur.bump();
            let value = cur.value(&macros);
            if kind == "string" {
                macros.insert(name, value);
            } else {
                fields.push((name, value));
            }
        }
        if kind != "string" {
            out.push(Entry {
                kind,
                fields,
                line,
                end: cur.line,
                closed,
            });
        }
    }
    out
}

/// Splits a field at ` and ` outside braces.
fn split_and(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            // bytes, not `&s[i..]`: `i` may fall inside a character
            _ if depth == 0 && bytes[i..].starts_with(b" and ") => {
                out.push(&s[start..i]);
                start = i + 5;
                i += 5;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&s[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Splits at commas outside braces.
fn split_commas(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(s[start..].trim());
    out
}

/// An author as written on a page, or `None` for an organisation (`{{Name}}` or `{Name}`
/// alone).
fn author_name(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.starts_with('{') && raw.ends_with('}') && !raw[1..raw.len() - 1].contains(['{', '}'])
        || raw.starts_with("{{")
    {
        return None;
    }
    let parts = split_commas(raw);
    let name = match parts.as_slice() {
        [last, first] => format!("{first} {last}"),
        [last, jr, first, ..] => format!("{first} {last} {jr}"),
        _ => raw.to_owned(),
    };
    Some(tex::decode(&name))
}

/// Groups of an affiliation field: `;` separates authors' groups, `&` the institutions of one.
fn groups(value: &str) -> Vec<Vec<String>> {
    value
        .split(';')
        .map(|g| records::split_institutions(&tex::decode(g)))
        .filter(|g| !g.is_empty())
        .collect()
}

fn record(e: &Entry) -> Option<Record> {
    if PAPER_TYPES.contains(&e.kind.as_str()) {
        return None;
    }
    let title = tex::decode(e.field("title")?);
    let status: String = ["note", "keywords", "annote", "addendum", "type"]
        .iter()
        .filter_map(|f| e.field(f))
        .collect::<Vec<_>>()
        .join(" ");
    if records::is_called_off(&status) {
        return None;
    }
    let authors = e.field("author").or_else(|| e.field("speaker"))?;
    let mut people: Vec<Person> = split_and(authors)
        .into_iter()
        .filter_map(author_name)
        .filter(|n| !n.is_empty() && n.to_lowercase() != "others")
        .map(|name| Person {
            name,
            ..Person::default()
        })
        .collect();
    if people.is_empty() {
        return None;
    }
    // `organization` names the host or sponsor of an event, like `howpublished`: not read
    let fielded = ["affiliation", "affiliations", "institution"]
        .iter()
        .find_map(|f| e.field(f))
        .map(|v| {
            // braced groups separated by " and " are authors' groups, as in `author`
            split_and(v).into_iter().flat_map(groups).collect()
        });
    let groups = fielded.or_else(|| {
        e.field("note")
            .and_then(|n| records::note_affiliations(&tex::decode(n)))
    });
    if let Some(g) = groups {
        records::assign(&mut people, g);
    }
    Some(Record {
        title,
        speakers: people,
        when: e.field("date").map(tex::decode),
        line: e.line,
        end: e.end,
        ..Record::default()
    })
}

/// Reads the talk entries of a BibTeX file; an entry left open is reported at its line.
pub(crate) fn read(lines: &[&str], warnings: &mut Vec<Warning>) -> Vec<Record> {
    let text = lines.join("\n");
    let found = entries(&text);
    for e in found.iter().filter(|e| !e.closed) {
        warnings.push(Warning {
            line: e.line.min(lines.len()),
            message: format!(
                "bibtex entry @{} is not closed: a brace or quote is unbalanced, \
                 the entries after it are lost",
                e.kind
            ),
        });
    }
    found.iter().filter_map(record).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talks(bib: &str) -> Vec<Record> {
        entries(bib).iter().filter_map(record).collect()
    }

    #[test]
    fn detects_entries_after_comments() {
        assert!(applies(&["% talks", "", "@Misc{lee24,"]));
        assert!(applies(&["@string{kth = \"KTH\"}"]));
        assert!(!applies(&["Talks", "@misc{x,"]));
        assert!(!applies(&["@handle wrote: hello"]));
    }

    #[test]
    fn names_are_uninverted_and_accents_decoded() {
        let r = talks(
            r#"@string{lund = "Lund University"}
@misc{a, author = {de la Cruz, Mar{\'\i}a and Bright, Jr., Tom and {{Some Society}}},
  title = {{Sparse Codes}: {A} Tour},
  note = "Affiliations: " # lund # "; KTH Royal Institute of Technology"}
@article{p, author = {Paper, Author}, title = {A Cited Paper}}
@misc{c, author = {Gone, Al}, title = {Never}, note = {CANCELLED}}"#,
        );
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].title, "Sparse Codes: A Tour");
        let names: Vec<&str> = r[0].speakers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["María de la Cruz", "Tom Bright Jr."]);
        assert_eq!(r[0].speakers[0].affiliations, ["Lund University"]);
        assert_eq!(
            r[0].speakers[1].affiliations,
            ["KTH Royal Institute of Technology"]
        );
        assert_eq!(r[0].line, 2);
    }

    #[test]
    fn an_open_entry_is_reported_at_its_line() {
        let mut warnings = Vec::new();
        let lines = [
            "@misc{a, title = {A}, author = {B, C}}",
            "",
            "@misc{b, title = {Open",
        ];
        let found = read(&lines, &mut warnings);
        assert_eq!(found.len(), 1);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 3);
        assert!(warnings[0].message.contains("@misc is not closed"));
    }

    #[test]
    fn utf8_authors_split_at_and() {
        let r = talks("@misc{u, author = {Müller, Jürgen and Çelik, Ayşe}, title = {Überblick}}");
        let names: Vec<&str> = r[0].speakers.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Jürgen Müller", "Ayşe Çelik"]);
    }

    #[test]
    fn the_host_organization_is_no_affiliation() {
        let r = talks("@misc{h, author = {Vik, Tor}, title = {Fjords}, organization = {Ocean Seminar}, institution = {University of Bergen}}\n@misc{i, author = {Ruud, Kari}, title = {Floes}, organization = {Ocean Seminar}}");
        assert_eq!(r[0].speakers[0].affiliations, ["University of Bergen"]);
        assert!(r[1].speakers[0].affiliations.is_empty());
    }

    #[test]
    fn broken_input_does_not_panic() {
        for bib in [
            "@misc{u, author = {Müller, Jürgen and Øre, Åsa}, title = {Überblick}}",
            "@misc{x, author = {A, B}, title = {T}, note = {İİİ Affiliation: KTH}}",
            "@",
            "@misc{",
            "@misc{x, title = {open",
            "@string{",
            "@misc(x, a=\"",
            "@{}",
        ] {
            let _ = talks(bib);
        }
    }
}
