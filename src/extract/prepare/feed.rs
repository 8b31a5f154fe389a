//! RSS and Atom feeds of recordings (a YouTube channel's `videos.xml`, a podcast's or a
//! seminar's feed): every `<item>` or `<entry>` becomes a block, its title a `Title:` field
//! (or a plain line when it may hold the speaker too: "Seminar – Name (Inst): Title") and its
//! description's labelled lines (`Speaker: …`) fields, the other lines its abstract, which the
//! line reader then reads like any listing.
//!
//! The entry points are [`applies`] and [`blocks`]. The feed's own title (the channel) heads
//! the document and its author gives nothing; of an entry, only its title and its description or summary
//! (`<description>`, `<media:description>`, `<summary>`, `<content>`) are kept, character
//! references and CDATA sections decoded and markup inside a description dropped.

use super::Line;

/// Whether the document is an RSS or Atom feed with at least two items.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let head = lines.iter().take(5).any(|l| {
        let t = l.trim_start();
        t.starts_with("<?xml") || t.starts_with("<rss") || t.starts_with("<feed")
    });
    head && lines
        .iter()
        .filter(|l| {
            let t = l.trim_start();
            t.starts_with("<item>") || t.starts_with("<item ") || t.starts_with("<entry>")
        })
        .take(2)
        .count()
        == 2
}

/// The text of `raw` with CDATA markers and tags dropped and character references decoded;
/// twice when the feed escaped HTML that was escaped already ("&amp;amp;").
fn text(raw: &str) -> String {
    let once = decoded(raw);
    if once.contains("&amp;") || once.contains("&lt;") || once.contains("&#") {
        decoded(&once)
    } else {
        once
    }
}

fn decoded(raw: &str) -> String {
    let raw = raw.replace("<![CDATA[", "").replace("]]>", "");
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            match rest.find('>') {
                Some(end) => {
                    // a line break or a paragraph inside a description ends a line
                    let tag = rest[1..end].trim_start_matches('/').to_ascii_lowercase();
                    if tag.starts_with("br") || tag.starts_with('p') || tag.starts_with("li") {
                        out.push('\n');
                    }
                    rest = &rest[end + 1..];
                    continue;
                }
                None => break,
            }
        }
        if c == '&' {
            if let Some((decoded, len)) = super::html::entity(rest) {
                out.push_str(&decoded);
                rest = &rest[len..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The element `name` that starts at `from` in `doc`: (content, end of the element).
fn element<'d>(doc: &'d str, from: usize, name: &str) -> Option<(&'d str, usize)> {
    let open = format!("<{name}");
    let at = from + doc[from..].find(&open)?;
    let after = &doc[at + open.len()..];
    // "<title>" or "<title type=…>", not "<titles>"
    if !after.starts_with(['>', ' ']) {
        return None;
    }
    let start = at + open.len() + after.find('>')? + 1;
    if doc[..start].ends_with("/>") {
        return Some(("", start));
    }
    let close = format!("</{name}>");
    let end = start + doc[start..].find(&close)?;
    Some((&doc[start..end], end + close.len()))
}

/// The feed's items as blocks of lines: `Title: …`, then the description's lines, then a
/// blank line; each line remembers the source line its item starts at.
pub(crate) fn blocks(lines: &[&str]) -> Vec<Line<'static>> {
    let doc = lines.join("\n");
    let line_of = |offset: usize| doc[..offset].matches('\n').count() + 1;
    let mut out = Vec::new();
    // the feed's own title (the channel) heads the document, before its first item
    let first_item = ["<item>", "<item ", "<entry>"]
        .iter()
        .filter_map(|t| doc.find(t))
        .min()
        .unwrap_or(doc.len());
    if let Some((title, _)) = element(&doc[..first_item], 0, "title") {
        out.push(Line::new(text(title).trim().to_owned(), 1));
        out.push(Line::new(String::new(), 1));
    }
    let mut from = 0;
    loop {
        let item = ["<item>", "<item ", "<entry>"]
            .iter()
            .filter_map(|t| doc[from..].find(t).map(|at| from + at))
            .min();
        let Some(start) = item else { break };
        let close = if doc[start..].starts_with("<entry") {
            "</entry>"
        } else {
            "</item>"
        };
        let end = doc[start..]
            .find(close)
            .map_or(doc.len(), |e| start + e + close.len());
        let body = &doc[start..end];
        let n = line_of(start);
        if let Some((title, _)) = element(body, 0, "title") {
            let title = text(title);
            // a video title may hold the speaker too ("Seminar – Name (Inst): Title"): such a
            // title is a line of its own, read like any listing's; a plain one is the title
            // ("Heatwaves and Kelp Forests" names no two people)
            let title = title.trim();
            let may_name_people = [" – ", " — ", " - ", " | ", "(", ": "]
                .iter()
                .any(|sep| title.contains(sep));
            out.push(Line::new(
                if may_name_people {
                    title.to_owned()
                } else {
                    format!("Title: {title}")
                },
                n,
            ));
            let description = ["media:description", "description", "summary", "content"]
                .iter()
                .find_map(|name| element(body, 0, name).map(|(d, _)| d));
            if let Some(description) = description {
                // labelled lines are read as fields, first; the rest is the abstract
                let description = text(description);
                let (fields, prose): (Vec<&str>, Vec<&str>) = description
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .partition(|l| crate::extract::line::is_field_line(l));
                for l in fields {
                    out.push(Line::new(l.to_owned(), n));
                }
                for l in prose {
                    out.push(Line::new(format!("Abstract: {l}"), n));
                }
            }
            out.push(Line::new(String::new(), n));
        }
        from = end.max(start + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_become_titled_blocks() {
        let feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Physics Colloquium</title>\n<item>\n<title>Dark Matter &amp; Galaxies</title>\n<description><![CDATA[Speaker: Ana Li (KTH)<br/>Recorded 3 May.]]></description>\n</item>\n<item>\n<title>Neutrinos</title>\n<description>Speaker: Bo Ek (Uppsala University)</description>\n</item>\n</channel></rss>\n";
        let lines: Vec<&str> = feed.lines().collect();
        assert!(applies(&lines));
        let got: Vec<(String, usize)> = blocks(&lines)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        let want: Vec<(String, usize)> = [
            ("Physics Colloquium", 1),
            ("", 1),
            ("Title: Dark Matter & Galaxies", 4),
            ("Speaker: Ana Li (KTH)", 4),
            ("Abstract: Recorded 3 May.", 4),
            ("", 4),
            ("Title: Neutrinos", 8),
            ("Speaker: Bo Ek (Uppsala University)", 8),
            ("", 8),
        ]
        .iter()
        .map(|(t, n)| (t.to_string(), *n))
        .collect();
        assert_eq!(got, want);
        assert!(!applies(&["<html>", "<item>", "<item>"]));
    }
}
