//! DokuWiki pages copied as their source (the "Show pagesource" view), in which research
//! groups keep seminar pages: `^ Header ^` table rows, `[[url|label]]` links, `//italic//`,
//! `**bold**` and `''monospace''` text, lists indented by two spaces, and `<WRAP …>` boxes.
//!
//! Each line becomes the text it shows: header rows become ordinary `|` rows, a link its label
//! (its target when it has none), emphasis its words, list items `- item`, and the box tags
//! blank lines. `<del>…</del>` stays for the line reader, which calls a struck talk off.

use std::borrow::Cow;

use super::Line;

/// Whether `lines` are DokuWiki source: a `^` header row or two items indented by two spaces,
/// and two lines of DokuWiki's inline markup (links with a label, `//` or `**` emphasis).
pub(crate) fn applies(lines: &[&str]) -> bool {
    let structure = lines.iter().any(|l| header_row(l).is_some())
        || lines
            .iter()
            .filter(|l| l.starts_with("  * ") || l.starts_with("  - "))
            .take(2)
            .count()
            >= 2;
    structure && lines.iter().filter(|l| inline_markup(l)).take(2).count() >= 2
}

/// DokuWiki's inline markup on a line: `[[target|label]]`, `//italic//` or `**bold**`.
fn inline_markup(line: &str) -> bool {
    let link = line
        .find("[[")
        .is_some_and(|at| line[at..].contains('|') && line[at..].contains("]]"));
    link || italic_spans(line).next().is_some() || line.matches("**").count() >= 2
}

/// `^ Date ^ Speaker ^` → `| Date | Speaker |`.
fn header_row(line: &str) -> Option<String> {
    let t = line.trim();
    (t.len() >= 3 && t.starts_with('^') && t.ends_with(['^', '|'])).then(|| t.replace('^', "|"))
}

/// Where `//…//` emphasis opens and closes on a line: pairs of `//` not preceded by `:` (a
/// URL's `https://`).
fn italic_spans(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let marks: Vec<usize> = line
        .match_indices("//")
        .map(|(i, _)| i)
        .filter(|&i| !line[..i].ends_with(':'))
        .collect();
    let pairs: Vec<(usize, usize)> = marks.chunks_exact(2).map(|p| (p[0], p[1])).collect();
    pairs.into_iter()
}

/// The text a line of DokuWiki source shows.
pub(crate) fn shown(line: &str) -> Cow<'_, str> {
    let t = line.trim();
    if t.starts_with("<WRAP") || t.starts_with("</WRAP") {
        return Cow::Borrowed("");
    }
    let mut out = match header_row(line) {
        Some(row) => row,
        None => line.to_owned(),
    };
    // links: "[[https://youtu.be/x|záznam]]" → "záznam", "[[seminare:archiv]]" → "seminare:archiv"
    while let Some(open) = out.find("[[") {
        let Some(close) = out[open..].find("]]").map(|c| open + c) else {
            break;
        };
        let inner = &out[open + 2..close];
        let shown = inner
            .split_once('|')
            .map_or(inner, |(_, label)| label)
            .to_owned();
        out.replace_range(open..close + 2, &shown);
    }
    // emphasis: "//Self-testing in networks//", "**zrušené**", "''code''"
    let spans: Vec<(usize, usize)> = italic_spans(&out).collect();
    for (open, close) in spans.into_iter().rev() {
        out.replace_range(close..close + 2, "");
        out.replace_range(open..open + 2, "");
    }
    for mark in ["**", "''", "__"] {
        if out.matches(mark).count() >= 2 {
            out = out.replace(mark, "");
        }
    }
    // "  * item" → "- item"
    if let Some(item) = out
        .strip_prefix("  * ")
        .or_else(|| out.strip_prefix("    * "))
        .or_else(|| out.strip_prefix("  - "))
    {
        out = format!("- {}", item.trim_start());
    }
    if out == line {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(out)
    }
}

/// The lines as they show.
pub(crate) fn plain<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| Line::new(shown(l), i + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_lines_show_their_text() {
        assert_eq!(
            shown("^ Dátum ^ Prednášajúci ^ Názov ^"),
            "| Dátum | Prednášajúci | Názov |"
        );
        assert_eq!(
            shown("| 4. 3. 2025 | Dr. A (X) | Bosonic codes | [[https://youtu.be/Hh1|záznam]] |"),
            "| 4. 3. 2025 | Dr. A (X) | Bosonic codes | záznam |"
        );
        assert_eq!(
            shown("  * 15. 10. 2024 – A (Y) – //Self-testing in networks// – [[https://youtu.be/T|záznam]]"),
            "- 15. 10. 2024 – A (Y) – Self-testing in networks – záznam"
        );
        assert_eq!(
            shown("| <del>Kvantové senzory</del> – **zrušené** |"),
            "| <del>Kvantové senzory</del> – zrušené |"
        );
        assert_eq!(shown("<WRAP center round info 90%>"), "");
        // a URL's "//" is no emphasis
        assert_eq!(
            shown("See https://example.org/a"),
            "See https://example.org/a"
        );
    }

    #[test]
    fn only_dokuwiki_source_applies() {
        let page = [
            "===== Talks =====",
            "^ Date ^ Speaker ^ Title ^",
            "| 1. 2. | A | [[https://x.org/v|video]] |",
            "  * 3. 4. – B – //A title// – [[https://x.org/w|video]]",
        ];
        assert!(applies(&page));
        let markdown = ["# Talks", "- **A title** – B", "- **Another** – C"];
        assert!(!applies(&markdown));
    }
}
