//! reStructuredText pages (a project's Sphinx documentation that lists its talks): section
//! titles with underlines, field lists (`:Speaker: Name`), directives, inline links.
//!
//! Underlines and overlines are dropped and a blank line is kept before each section title;
//! field lists that name a talk's fields become labelled lines (`Speaker: …`), other fields
//! are dropped; explicit markup (`.. directive::`, comments, link targets) is dropped with its
//! indented body; inline links `` `text <url>`_ `` become their text, roles
//! (`` :doc:`x` ``) their content, and ``` ``literal`` ``` its text.

use std::borrow::Cow;

use super::{field_line, Line};

/// Whether `lines` are reStructuredText: section underlines, and field lists or directives.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let underlines = lines
        .windows(2)
        .filter(|w| is_underline(w[1], w[0]))
        .take(2)
        .count();
    underlines >= 2
        && lines.iter().any(|l| {
            let t = l.trim_start();
            t.starts_with(".. ") && t.contains("::") || field_name(t).is_some()
        })
}

/// A line of one repeated punctuation character at least as long as the title above it.
fn is_underline(line: &str, above: &str) -> bool {
    let t = line.trim_end();
    let above = above.trim();
    let Some(c) = t.chars().next() else {
        return false;
    };
    "=-~^*+#`'\"._:".contains(c)
        && t.chars().all(|x| x == c)
        && t.chars().count() >= 3
        && !above.is_empty()
        && t.chars().count() >= above.chars().count()
}

/// A line of one repeated punctuation character (an underline or overline).
fn is_adornment(line: &str) -> bool {
    let t = line.trim_end();
    let mut chars = t.chars();
    chars.next().is_some_and(|c| {
        "=-~^*+#`'\"._:".contains(c) && t.chars().count() >= 3 && chars.all(|x| x == c)
    })
}

/// The name of a field list item at the start of `t` (`:Speaker: …` → `Speaker`).
fn field_name(t: &str) -> Option<&str> {
    let rest = t.strip_prefix(':')?;
    let end = rest
        .find(": ")
        .or_else(|| rest.strip_suffix(':').map(str::len))?;
    let name = &rest[..end];
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_')))
    .then_some(name)
}

/// Inline markup as the text it shows.
fn inline(text: &str) -> Cow<'_, str> {
    if !text.contains('`') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let (before, after) = rest.split_at(open);
        // a role in front: ":doc:`x`"
        let before = if before.ends_with(':') {
            before
                .trim_end_matches(':')
                .trim_end_matches(|c: char| c.is_alphanumeric() || c == '-')
                .trim_end_matches(':')
        } else {
            before
        };
        out.push_str(before);
        let literal = after.starts_with("``");
        let inner_start = if literal { 2 } else { 1 };
        let close = if literal { "``" } else { "`" };
        let Some(len) = after[inner_start..].find(close) else {
            out.push_str(after);
            return Cow::Owned(out);
        };
        let inner = &after[inner_start..inner_start + len];
        // "text <url>" shows its text
        let shown = match inner.rfind(" <") {
            Some(at) if inner.ends_with('>') => &inner[..at],
            _ => inner,
        };
        out.push_str(shown);
        rest = after[inner_start + len + close.len()..].trim_start_matches('_');
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The lines of the page as a plain listing.
pub(crate) fn plain<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    // inside explicit markup: its indented body is dropped
    let mut in_markup = false;
    for (i, raw) in lines.iter().enumerate() {
        let n = i + 1;
        let t = raw.trim();
        if in_markup {
            if t.is_empty() || raw.starts_with([' ', '\t']) {
                continue;
            }
            in_markup = false;
        }
        if t.starts_with(".. ") || t == ".." {
            in_markup = true;
            continue;
        }
        if is_adornment(t) {
            continue;
        }
        let titled = lines.get(i + 1).is_some_and(|next| is_underline(next, t));
        if titled && out.last().is_some_and(|l| !l.text.is_empty()) {
            out.push(Line::new("", n));
        }
        if field_name(t).is_some() {
            if let Some(line) = field_line(&inline(t)) {
                out.push(Line::new(line, n));
            }
            continue;
        }
        out.push(Line::new(inline(t).into_owned(), n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sphinx_page_becomes_labelled_blocks() {
        let text = ".. _talks:\n\n=====\nTalks\n=====\n\nSee :doc:`contributing`.\n\nFast Solvers\n------------\n\n:Speaker: Ana Li\n:Affiliation: `KTH <https://kth.se>`__\n:Video: https://v.example/1\n\n.. youtube:: xyz\n   :width: 640\n\nAn ``overview``.\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(applies(&lines));
        let texts: Vec<String> = plain(&lines)
            .into_iter()
            .map(|l| l.text.into_owned())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(
            texts,
            [
                "Talks",
                "See contributing.",
                "Fast Solvers",
                "Speaker: Ana Li",
                "Affiliation: KTH",
                "An overview.",
            ]
        );
        // Markdown with setext headings and no field lists is no reST
        assert!(!applies(&[
            "Talks",
            "=====",
            "",
            "Title",
            "-----",
            "Jane Doe, MIT"
        ]));
    }
}
