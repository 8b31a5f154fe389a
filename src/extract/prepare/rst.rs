//! reStructuredText pages (a project's Sphinx documentation that lists its talks): section
//! titles with underlines, field lists (`:Speaker: Name`), directives, inline links.
//!
//! Underlines and overlines are dropped and a blank line is kept before each section title;
//! field lists that name a talk's fields become labelled lines (`Speaker: …`), other fields
//! are dropped; explicit markup (`.. directive::`, comments, link targets) is dropped with its
//! indented body; inline links `` `text <url>`_ `` become their text, roles
//! (`` :doc:`x` ``) their content, ``` ``literal`` ``` and `*emphasis*` their text. A field's
//! value continued on indented lines is one line. The two table directives Sphinx pages list
//! talks in, `list-table` and `csv-table`, become tab-separated rows (header first), which the
//! table reader ([`table`](crate::extract::table)) reads by their column names.

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
    match links_and_roles(text) {
        Cow::Borrowed(t) => emphasis(t),
        Cow::Owned(t) => Cow::Owned(emphasis(&t).into_owned()),
    }
}

/// `*emphasis*` and `**strong**` as their text; a `*` that opens or closes nothing stays.
fn emphasis(text: &str) -> Cow<'_, str> {
    if !text.contains('*') {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '*' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|c| **c == '*').count();
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + run).copied();
        let opens = before.is_none_or(|c| c.is_whitespace() || "([\"'".contains(c))
            && after.is_some_and(|c| !c.is_whitespace());
        let closes = before.is_some_and(|c| !c.is_whitespace())
            && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]\"'".contains(c));
        if run > 2 || !(opens || closes) {
            out.extend(&chars[i..i + run]);
        }
        i += run;
    }
    Cow::Owned(out)
}

/// Links, roles and literals as the text they show.
fn links_and_roles(text: &str) -> Cow<'_, str> {
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

/// Whether `raw` is indented (a directive's body, a field's continuation).
fn indented(raw: &str) -> bool {
    raw.starts_with([' ', '\t'])
}

/// The body of the directive whose line is at `at`: the lines after it up to the first line
/// that is not blank and not indented (trailing blank lines left out). Indices into `lines`.
fn body(lines: &[&str], at: usize) -> std::ops::Range<usize> {
    let mut end = at + 1;
    while end < lines.len() && (lines[end].trim().is_empty() || indented(lines[end])) {
        end += 1;
    }
    while end > at + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    at + 1..end
}

/// A directive's option (`:header-rows: 1`): its name and value.
fn option(t: &str) -> Option<(&str, &str)> {
    let rest = t.strip_prefix(':')?;
    let (name, value) = rest.split_once(':')?;
    (!name.is_empty() && !name.contains(' ')).then_some((name, value.trim()))
}

/// The cells of a CSV row (`"a, b", c`): commas outside double quotes separate, `""` in quotes
/// is a quote.
fn csv_row(t: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            c => cell.push(c),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

/// A row of cells as the line the table reader reads.
fn row<'a>(cells: &[String], origin: usize) -> Line<'a> {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| inline(c.trim()).replace('\t', " "))
        .collect();
    Line::new(cells.join("\t"), origin)
}

/// The rows of a `list-table` whose body is `range`: `* - cell` starts a row, `- cell` a cell,
/// and a deeper line continues the cell above.
fn list_table<'a>(lines: &[&str], range: std::ops::Range<usize>, out: &mut Vec<Line<'a>>) {
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for i in range {
        let t = lines[i].trim();
        if t.is_empty() || (rows.is_empty() && option(t).is_some()) {
            continue;
        }
        if let Some(first) = t.strip_prefix("* -").or_else(|| t.strip_prefix("*  -")) {
            rows.push((i + 1, vec![first.trim().to_owned()]));
        } else if let Some((_, cells)) = rows.last_mut() {
            match t.strip_prefix("- ").or((t == "-").then_some("")) {
                Some(cell) => cells.push(cell.trim().to_owned()),
                None => {
                    if let Some(cell) = cells.last_mut() {
                        if !cell.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(t);
                    }
                }
            }
        }
    }
    out.extend(rows.iter().map(|(n, cells)| row(cells, *n)));
}

/// The rows of a `csv-table` whose body is `range`: the `:header:` option's names first, then
/// the rows (a row's quoted cell may go on over several lines).
fn csv_table<'a>(lines: &[&str], range: std::ops::Range<usize>, out: &mut Vec<Line<'a>>) {
    let mut pending: Option<(usize, String)> = None;
    for i in range {
        let t = lines[i].trim();
        if pending.is_none() {
            if t.is_empty() {
                continue;
            }
            if let Some((name, value)) = option(t) {
                if name == "header" {
                    out.push(row(&csv_row(value), i + 1));
                }
                continue;
            }
        }
        let (n, mut text) = pending.take().unwrap_or((i + 1, String::new()));
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(t);
        // an odd number of quotes: a quoted cell goes on
        if text.matches('"').count() % 2 == 1 {
            pending = Some((n, text));
        } else {
            out.push(row(&csv_row(&text), n));
        }
    }
    if let Some((n, text)) = pending {
        out.push(row(&csv_row(&text), n));
    }
}

/// The lines of the page as a plain listing.
pub(crate) fn plain<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    // the index in `out` of the field line that indented lines continue (`Some(None)`: a
    // field that was dropped, and its continuation with it)
    let mut field: Option<Option<usize>> = None;
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let n = i + 1;
        let t = raw.trim();
        i += 1;
        if let Some(at) = field {
            if !t.is_empty() && indented(raw) && field_name(t).is_none() {
                if let Some(at) = at {
                    let joined = format!("{} {}", out[at].text, inline(t));
                    out[at].text = Cow::Owned(joined);
                }
                continue;
            }
            field = None;
        }
        if t.starts_with(".. ") || t == ".." {
            // explicit markup: its indented body is dropped, but for the tables of talks
            let range = body(lines, n - 1);
            i = range.end.max(i);
            let directive = t.trim_start_matches('.').trim_start();
            if directive.starts_with("list-table::") {
                list_table(lines, range, &mut out);
            } else if directive.starts_with("csv-table::") {
                csv_table(lines, range, &mut out);
            }
            continue;
        }
        if is_adornment(t) {
            continue;
        }
        let titled = lines.get(n).is_some_and(|next| is_underline(next, t));
        if titled && out.last().is_some_and(|l| !l.text.is_empty()) {
            out.push(Line::new("", n));
        }
        if field_name(t).is_some() {
            field = Some(field_line(&inline(t)).map(|line| {
                out.push(Line::new(line, n));
                out.len() - 1
            }));
            continue;
        }
        out.push(Line::new(inline(t).into_owned(), n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The non-empty lines that `text` becomes.
    fn texts(text: &str) -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        plain(&lines)
            .into_iter()
            .map(|l| l.text.into_owned())
            .filter(|t| !t.is_empty())
            .collect()
    }

    #[test]
    fn a_sphinx_page_becomes_labelled_blocks() {
        let text = ".. _talks:\n\n=====\nTalks\n=====\n\nSee :doc:`contributing`.\n\nFast Solvers\n------------\n\n:Speaker: Ana Li\n:Affiliation: `KTH <https://kth.se>`__\n:Video: https://v.example/1\n\n.. youtube:: xyz\n   :width: 640\n\nAn ``overview``.\n";
        assert!(applies(&text.lines().collect::<Vec<_>>()));
        assert_eq!(
            texts(text),
            [
                "Talks",
                "See contributing.",
                "Fast Solvers",
                "Speaker: Ana Li",
                "Affiliation: KTH",
                "An overview.",
            ]
        );
        // a field continued on an indented line; emphasis
        let text = "Talks\n=====\n\nFast *and* **Exact**\n--------------------\n\n:Speakers: Ana Li (KTH) and\n   Bo Ek (LiU)\n:Video: https://v.example/1\n   (recording)\n\nTwo * three\n";
        assert_eq!(
            texts(text),
            [
                "Talks",
                "Fast and Exact",
                "Speakers: Ana Li (KTH) and Bo Ek (LiU)",
                "Two * three"
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

    #[test]
    fn list_and_csv_tables_become_tab_separated_rows() {
        let text = "Talks\n=====\n\nLightning\n---------\n\n.. list-table::\n   :header-rows: 1\n   :widths: 30 70\n\n   * - Speaker\n     - Affiliation\n     - Talk\n   * - Ana Li\n     - Nigerian Institute for\n       Oceanography\n     - Tides\n   * - *withdrawn*\n     -\n     - *(slot not used)*\n\n.. csv-table:: Webinars\n   :header: \"Speaker\", \"Talk\"\n   :widths: 20, 80\n\n   \"Li, Ana\", \"Surges, \"\"fast\"\" and\n   slow\"\n   Bo Ek, Meshes\n\nAfter the tables.\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(applies(&lines));
        let got: Vec<(String, usize)> = plain(&lines)
            .into_iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        let want = [
            ("Talks", 1),
            ("Lightning", 4),
            ("Speaker\tAffiliation\tTalk", 11),
            ("Ana Li\tNigerian Institute for Oceanography\tTides", 14),
            ("withdrawn\t\t(slot not used)", 18),
            ("Speaker\tTalk", 23),
            ("Li, Ana\tSurges, \"fast\" and slow", 26),
            ("Bo Ek\tMeshes", 28),
            ("After the tables.", 30),
        ];
        let want: Vec<(String, usize)> = want.iter().map(|(t, n)| (t.to_string(), *n)).collect();
        assert_eq!(got, want);
    }
}
