//! XML record exports: an OAI-PMH `ListRecords` answer in Dublin Core, a repository's or a
//! catalogue's export, a conference system's dump. Every repeated element whose children are
//! fields becomes a block of `Field: value` lines (`Title: …`, `Creator: Okafor, Chidi`), which
//! the line reader then reads like a catalogue copied as text.
//!
//! The entry points are [`applies`] and [`blocks`]. The document must parse as XML (with
//! `roxmltree`: namespaces, character references and CDATA are decoded); otherwise it is read
//! as text. The record element is found by shape, not by name: of the elements that hold at
//! least two fields (children with text and no elements of their own), the name that occurs at
//! least twice and holds the most text. RSS and Atom feeds have their own reader (`feed.rs`),
//! HTML pages theirs (`html.rs`).

use super::Line;

/// Fewest records that make a document an export.
const MIN_RECORDS: usize = 2;

/// Whether the document is XML that is neither a feed nor an HTML page: it starts with an
/// XML declaration or an element, and is no `<html>`.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let Some(first) = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty()) else {
        return false;
    };
    if !first.starts_with("<?xml") && !first.starts_with('<') {
        return false;
    }
    let head: String = lines
        .iter()
        .take(8)
        .map(|l| l.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    !head.contains("<html")
        && !head.contains("<!doctype html")
        && !head.contains("<rss")
        && !head.contains("<feed")
}

/// The records of the document as blocks of field lines, each line with the source line of
/// its element; `None` when the document does not parse or holds fewer than two records.
pub(crate) fn blocks(lines: &[&str]) -> Option<Vec<Line<'static>>> {
    let text = lines.join("\n");
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(&text, options).ok()?;
    // per element name: how many elements of that name hold fields, and their text
    let mut shapes: Vec<(String, usize, usize)> = Vec::new();
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        let fields = fields_of(node);
        if fields.len() < 2 {
            continue;
        }
        let name = qualified(node);
        let size: usize = fields.iter().map(|(_, v, _)| v.len()).sum();
        match shapes.iter_mut().find(|(n, _, _)| *n == name) {
            Some(shape) => {
                shape.1 += 1;
                shape.2 += size;
            }
            None => shapes.push((name, 1, size)),
        }
    }
    let (record, _, _) = shapes
        .into_iter()
        .filter(|(_, count, _)| *count >= MIN_RECORDS)
        .max_by_key(|(_, _, size)| *size)?;
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    let mut out: Vec<Line<'static>> = Vec::new();
    for node in doc
        .descendants()
        .filter(|n| n.is_element() && qualified(*n) == record)
    {
        let fields = fields_of(node);
        if fields.len() < 2 {
            continue;
        }
        for (label, value, offset) in fields {
            out.push(Line::new(format!("{label}: {value}"), line_of(offset)));
        }
        out.push(Line::new(String::new(), line_of(node.range().end)));
    }
    Some(out)
}

/// The fields of an element: each descendant element with text and no elements of its own
/// (`<dc:title>`, `<name><namePart>` as `NamePart`), its label, its text on one line, and
/// where it starts.
fn fields_of(node: roxmltree::Node<'_, '_>) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    for child in node.children().filter(roxmltree::Node::is_element) {
        collect(child, 0, &mut out);
    }
    out
}

fn collect(node: roxmltree::Node<'_, '_>, depth: usize, out: &mut Vec<(String, String, usize)>) {
    if node.children().any(|c| c.is_element()) {
        // a nested record is a record of its own, not fields of this one
        if depth < 2 {
            for child in node.children().filter(roxmltree::Node::is_element) {
                collect(child, depth + 1, out);
            }
        }
        return;
    }
    let value = node
        .text()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !value.is_empty() {
        out.push((label(node.tag_name().name()), value, node.range().start));
    }
}

/// `title` → `Title`, `dateIssued` → `Date issued`, `speaker_name` → `Speaker name`.
fn label(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else if c == '_' || c == '-' {
            out.push(' ');
        } else if c.is_uppercase() {
            out.push(' ');
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// An element's name with its namespace, so `dc:title` and `mods:title` differ.
fn qualified(node: roxmltree::Node<'_, '_>) -> String {
    let tag = node.tag_name();
    match tag.namespace() {
        Some(ns) => format!("{{{ns}}}{}", tag.name()),
        None => tag.name().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_elements_with_fields_become_blocks() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<export xmlns:dc="http://purl.org/dc/elements/1.1/">
  <meta><created>2024-01-01</created><by>harvester</by></meta>
  <item>
    <id>1</id>
    <fields>
      <dc:title>Tides &amp; Time</dc:title>
      <dc:creator>Okafor, Chidi</dc:creator>
      <dc:dateIssued>2023</dc:dateIssued>
    </fields>
  </item>
  <item>
    <id>2</id>
    <fields>
      <dc:title><![CDATA[Ice
        Models]]></dc:title>
      <dc:creator>Tremblay, Luc</dc:creator>
    </fields>
  </item>
</export>"#;
        let lines: Vec<&str> = xml.lines().collect();
        assert!(applies(&lines));
        let out: Vec<String> = blocks(&lines)
            .unwrap_or_default()
            .iter()
            .map(|l| format!("{}|{}", l.origin, l.text))
            .collect();
        assert_eq!(
            out,
            vec![
                "5|Id: 1",
                "7|Title: Tides & Time",
                "8|Creator: Okafor, Chidi",
                "9|Date issued: 2023",
                "11|",
                "13|Id: 2",
                "15|Title: Ice Models",
                "17|Creator: Tremblay, Luc",
                "19|",
            ]
        );
        // an HTML page, a feed and XML that does not parse are not exports
        assert!(!applies(&["<!DOCTYPE html>", "<html>"]));
        assert!(!applies(&[
            "<?xml version=\"1.0\"?>",
            "<rss version=\"2.0\">"
        ]));
        assert!(blocks(&["<a><b>1</b><c>2</c>", "<a><b>3</b><c>4</c>"]).is_none());
        assert!(!applies(&["Talks", "<b>bold</b>"]));
    }
}
