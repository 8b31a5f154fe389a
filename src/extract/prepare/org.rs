//! Emacs Org files, in which organisers keep seminar logs: headlines with status keywords and
//! tags, property drawers that hold the speaker, scheduling lines.
//!
//! A headline becomes its title alone (stars, `TODO`/`DONE` keyword, priority cookie and tags
//! removed; a `CANCELLED` one says so, so that the talk is called off), with a blank line before
//! it; a top-level headline with no drawer under it is a section heading (`#`). Drawer properties
//! that name a talk's fields become labelled lines (`Speaker: …`, `Affiliation: …`); the others,
//! the drawer's delimiters, scheduling lines, `#+` keywords and comments are dropped, and so are
//! subtrees tagged `:noexport:` or marked `COMMENT`. Links `[[url][text]]` become their text.

use super::{links, Line};

/// Whether `lines` are an Org file: headlines, and a property drawer or an `#+` keyword.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let headlines = lines
        .iter()
        .filter(|l| headline(l).is_some())
        .take(3)
        .count();
    headlines >= 3
        && lines.iter().any(|l| {
            let t = l.trim();
            t.eq_ignore_ascii_case(":PROPERTIES:")
                || t.get(..8)
                    .is_some_and(|k| k.eq_ignore_ascii_case("#+title:"))
        })
}

/// Status keywords of headlines.
const KEYWORDS: &[&str] = &[
    "TODO",
    "DONE",
    "NEXT",
    "WAITING",
    "PLANNED",
    "SCHEDULED",
    "CONFIRMED",
    "HOLD",
    "CANCELLED",
    "CANCELED",
];

/// A headline's level and text: `** DONE Title  :tag:` → (2, "DONE Title  :tag:").
fn headline(line: &str) -> Option<(usize, &str)> {
    let stars = line.bytes().take_while(|&b| b == b'*').count();
    let rest = line.get(stars..)?;
    (stars > 0 && rest.starts_with(' ')).then(|| (stars, rest.trim()))
}

/// A headline's title, whether it is called off, and whether it is left out of exports.
fn headline_title(text: &str) -> (String, bool, bool) {
    let mut text = text.trim();
    // trailing tags ":ml:recorded:"
    let mut noexport = false;
    if let Some(at) = text.rfind(char::is_whitespace) {
        let tags = &text[at..].trim();
        if tags.len() > 2 && tags.starts_with(':') && tags.ends_with(':') && !tags.contains(' ') {
            noexport = tags.split(':').any(|t| t == "noexport");
            text = text[..at].trim_end();
        }
    }
    let mut cancelled = false;
    if let Some((first, rest)) = text.split_once(' ') {
        if KEYWORDS.contains(&first) {
            cancelled = first.starts_with("CANCEL");
            text = rest.trim_start();
        } else if first == "COMMENT" {
            noexport = true;
        }
    }
    if text.starts_with("[#") && text.get(3..4) == Some("]") {
        text = text[4..].trim_start();
    }
    (links(text).into_owned(), cancelled, noexport)
}

/// The lines of the Org file as a plain listing.
pub(crate) fn plain<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    // the level of a subtree being left out
    let mut skipping: Option<usize> = None;
    let mut in_drawer = false;
    for (i, raw) in lines.iter().enumerate() {
        let n = i + 1;
        if let Some((level, text)) = headline(raw) {
            if skipping.is_some_and(|s| level > s) {
                continue;
            }
            skipping = None;
            in_drawer = false;
            let (title, cancelled, noexport) = headline_title(text);
            if noexport {
                skipping = Some(level);
                continue;
            }
            // a top-level headline with no drawer under it is a section of the log
            let drawer_next = lines
                .get(i + 1..)
                .into_iter()
                .flatten()
                .map(|l| l.trim())
                .find(|l| !l.is_empty() && !is_planning(l))
                .is_some_and(|l| l.eq_ignore_ascii_case(":PROPERTIES:"));
            out.push(Line::new("", n));
            let line = if level == 1 && !drawer_next {
                format!("# {title}")
            } else if cancelled {
                format!("{title} (cancelled)")
            } else {
                title
            };
            out.push(Line::new(line, n));
            continue;
        }
        if skipping.is_some() {
            continue;
        }
        let t = raw.trim();
        if t.eq_ignore_ascii_case(":PROPERTIES:") {
            in_drawer = true;
            continue;
        }
        if in_drawer {
            if t.eq_ignore_ascii_case(":END:") {
                in_drawer = false;
            } else if let Some(line) = super::field_line(t) {
                out.push(Line::new(line, n));
            }
            continue;
        }
        if let Some(title) = t
            .get(..8)
            .filter(|k| k.eq_ignore_ascii_case("#+title:"))
            .map(|_| t[8..].trim())
        {
            out.push(Line::new(format!("# {title}"), n));
            continue;
        }
        // keywords, comments, scheduling lines and drawers of other kinds are no text
        let drawer_line = t.len() > 2 && t.starts_with(':') && t.ends_with(':');
        if t.starts_with("#+") || t == "#" || t.starts_with("# ") || is_planning(t) || drawer_line {
            continue;
        }
        out.push(Line::new(links(t), n));
    }
    out
}

/// `SCHEDULED: <…>`, `DEADLINE: <…>`, `CLOSED: […]` lines.
fn is_planning(t: &str) -> bool {
    ["SCHEDULED:", "DEADLINE:", "CLOSED:"]
        .iter()
        .any(|k| t.starts_with(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_org_log_becomes_labelled_blocks() {
        let text = "#+TITLE: Talks\n* 2024\n** DONE Sparse Things   :ml:\n   SCHEDULED: <2024-02-14 Wed>\n   :PROPERTIES:\n   :SPEAKER: Ana Li\n   :VIDEO: https://v.example/1\n   :AFFILIATION: [[https://ox.ac.uk][University of Oxford]]\n   :END:\n   An abstract.\n** CANCELLED Gone Talk\n* Admin :noexport:\n** Book a room\n# a comment";
        let lines: Vec<&str> = text.lines().collect();
        assert!(applies(&lines));
        let out: Vec<(String, usize)> = plain(&lines)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        let texts: Vec<&str> = out.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "# Talks",
                "",
                "# 2024",
                "",
                "Sparse Things",
                "Speaker: Ana Li",
                "Affiliation: University of Oxford",
                "An abstract.",
                "",
                "Gone Talk (cancelled)",
            ]
        );
        assert_eq!(out[4].1, 3);
        assert_eq!(out[5].1, 6);
        // headlines alone are an outline, not an Org log
        assert!(!applies(&["* A", "* B", "* C"]));
    }
}
