//! Front matter of static-site pages printed together: a Hugo or Jekyll site's talk pages
//! (`content/talks/*.md`) shown with `tail -n +1` or `head`, each page opening with a block of
//! TOML between `+++` lines or of YAML between `---` lines. Every block with a title and a
//! speaker key becomes a record, read by the same keys as a YAML data file (`title`,
//! `speakers`/`authors` as strings or tables with `name` and `affiliation`, …); a page marked
//! `draft = true` is not published, so it is no talk. The pages' Markdown bodies are not read.
//!
//! The entry points are [`applies`] and [`read`]. TOML is parsed with `toml_edit`, YAML with
//! `yaml-rust2`; a block that does not parse is skipped with a warning naming its line.

use toml_edit::{DocumentMut, Item, Value};
use yaml_rust2::{Yaml, YamlLoader};

use super::records::Record;
use super::yaml;
use crate::model::Warning;

/// Fewest front-matter blocks that make a document a set of pages.
const MIN_BLOCKS: usize = 2;

/// A front-matter block: its delimiter, and its first and last lines inside (indices).
struct Block {
    toml: bool,
    first: usize,
    end: usize,
}

/// Whether the document is pages with front matter (at least two blocks).
pub(crate) fn applies(lines: &[&str]) -> bool {
    // cheap refusal: a delimiter line must be there
    lines.iter().any(|l| matches!(l.trim_end(), "+++" | "---")) && blocks(lines).len() >= MIN_BLOCKS
}

/// The front-matter blocks: a `+++` or `---` line that opens a page (the first line with text,
/// or the first after a `==> path <==` header) up to the same delimiter.
fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut page_start = true;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_end();
        if t.starts_with("==> ") && t.ends_with(" <==") {
            page_start = true;
        } else if t.is_empty() {
        } else if page_start && (t == "+++" || t == "---") {
            let close = (i + 1..lines.len()).find(|&k| lines[k].trim_end() == t);
            if let Some(close) = close {
                out.push(Block {
                    toml: t == "+++",
                    first: i + 1,
                    end: close,
                });
                i = close + 1;
                page_start = false;
                continue;
            }
            page_start = false;
        } else {
            page_start = false;
        }
        i += 1;
    }
    out
}

/// The talks of the pages' front matter.
pub(crate) fn read(lines: &[&str], warnings: &mut Vec<Warning>) -> Vec<Record> {
    let mut found = Vec::new();
    for block in blocks(lines) {
        let text = lines[block.first..block.end].join("\n");
        let tree = if block.toml {
            match text.parse::<DocumentMut>() {
                Ok(doc) => table(doc.as_table().iter()),
                Err(e) => {
                    let at = e
                        .span()
                        .map_or(0, |s| text[..s.start.min(text.len())].matches('\n').count());
                    warnings.push(Warning {
                        line: block.first + 1 + at,
                        message: format!(
                            "front matter that does not parse as TOML: skipped ({})",
                            e.message()
                        ),
                    });
                    continue;
                }
            }
        } else {
            match YamlLoader::load_from_str(&text) {
                Ok(docs) => docs.into_iter().next().unwrap_or(Yaml::Null),
                Err(e) => {
                    warnings.push(Warning {
                        line: block.first + e.marker().line(),
                        message: format!(
                            "front matter that does not parse as YAML: skipped ({})",
                            e.info()
                        ),
                    });
                    continue;
                }
            }
        };
        if draft(&tree) {
            continue;
        }
        let mut records = Vec::new();
        yaml::walk(&tree, &mut records, 0);
        for mut r in records {
            // the line of the title key, or the block's first
            let at = (block.first..block.end)
                .find(|&k| {
                    let t = lines[k].trim_start().to_ascii_lowercase();
                    t.starts_with("title") && t[5..].trim_start().starts_with(['=', ':'])
                })
                .unwrap_or(block.first);
            r.line = at + 1;
            r.end = block.end;
            found.push(r);
        }
    }
    found
}

/// Whether the page is a draft (`draft = true`, `published: false`).
fn draft(tree: &Yaml) -> bool {
    let Yaml::Hash(h) = tree else { return false };
    h.iter().any(|(k, v)| match (k, v) {
        (Yaml::String(k), Yaml::Boolean(b)) => {
            (k.eq_ignore_ascii_case("draft") && *b) || (k.eq_ignore_ascii_case("published") && !*b)
        }
        _ => false,
    })
}

/// A TOML table as the YAML tree the records are read from.
fn table<'t>(entries: impl Iterator<Item = (&'t str, &'t Item)>) -> Yaml {
    Yaml::Hash(
        entries
            .map(|(k, v)| (Yaml::String(k.to_owned()), item(v)))
            .collect(),
    )
}

fn item(i: &Item) -> Yaml {
    match i {
        Item::None => Yaml::Null,
        Item::Value(v) => value(v),
        Item::Table(t) => table(t.iter()),
        Item::ArrayOfTables(a) => Yaml::Array(a.iter().map(|t| table(t.iter())).collect()),
    }
}

fn value(v: &Value) -> Yaml {
    match v {
        Value::String(s) => Yaml::String(s.value().clone()),
        Value::Integer(n) => Yaml::Integer(*n.value()),
        Value::Float(f) => Yaml::Real(f.value().to_string()),
        Value::Boolean(b) => Yaml::Boolean(*b.value()),
        Value::Datetime(d) => Yaml::String(d.value().to_string()),
        Value::Array(a) => Yaml::Array(a.iter().map(value).collect()),
        Value::InlineTable(t) => Yaml::Hash(
            t.iter()
                .map(|(k, v)| (Yaml::String(k.to_owned()), value(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_with_front_matter_are_records() {
        let dump = "\
==> a.md <==
---
title: Rivers from Orbit
speaker: {name: Ana Lima, affiliation: University of Porto}
---
Body text --- with dashes.

==> b.md <==
---
title: Cheap Flood Sensors
speakers: [Bo Ek, Cai Lin]
---

==> c.md <==
+++
title = \"Broken
+++

==> d.md <==
+++
title = \"Deltas\"
draft = true
speaker = \"Dan Roe\"
+++
";
        let lines: Vec<&str> = dump.lines().collect();
        assert!(applies(&lines));
        let mut warnings = Vec::new();
        let found = read(&lines, &mut warnings);
        let got: Vec<(&str, usize, usize)> = found
            .iter()
            .map(|r| (r.title.as_str(), r.speakers.len(), r.line))
            .collect();
        assert_eq!(
            got,
            vec![("Rivers from Orbit", 1, 3), ("Cheap Flood Sensors", 2, 10)]
        );
        assert_eq!(
            found[0].speakers[0].affiliations,
            vec!["University of Porto"]
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].line, 16);
        // one page, or rules in the middle of a text, are no set of pages
        assert!(!applies(&lines[..6]));
        assert!(!applies(&["Talks", "---", "Rivers", "---"]));
    }
}
