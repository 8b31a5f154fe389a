//! Pages set in two columns, as `pdftotext -layout` prints them: each line holds a piece of
//! the left column, a wide gap, and a piece of the right one, so reading the lines in order
//! interleaves two programmes.
//!
//! The entry points are [`column_start`] and [`split`]. A document is read this way when one
//! character position starts text after a gap of spaces on many lines (the right column's
//! left edge) and little text runs across it. Each page (up to a form feed or a page-number
//! line) is then read down its left column and then down its right one, every piece keeping
//! its source line. In each column an entry that starts with a clock time and wraps under its
//! own indent (`09:30  Tonal Contrasts in Northern` / `       Vietnamese Dialects` /
//! `       Trần Minh Khoa (Vietnam National` / `       University, Hanoi)`) is put back
//! together: a bracket left open, a lower-case start or a connector joins lines, and the
//! title's lines are joined until the first that names people.

use super::Line;
use crate::extract::speaker::parse_speakers;
use crate::extract::Lexicon;

/// The right column starts at least this far in (characters).
const MIN_START: usize = 24;

/// Lines whose right piece starts at the column's edge (or under its indent): at least this
/// many, and a quarter of the lines with text.
const MIN_LINES: usize = 5;

/// Lines looked at to find the columns.
const MAX_SCAN: usize = 600;

/// The character position where the right column starts, when the document is set in two
/// columns.
pub(crate) fn column_start(lines: &[&str]) -> Option<usize> {
    // cheap refusal: two columns need wide gaps of spaces
    if !lines.iter().take(200).any(|l| l.contains("      ")) {
        return None;
    }
    let mut counts: Vec<usize> = Vec::new();
    let mut texts = 0;
    // a programme's pages tell from their first lines (a large listing pays for these only)
    let lines = &lines[..lines.len().min(MAX_SCAN)];
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        texts += 1;
        let chars: Vec<char> = line.chars().collect();
        for p in MIN_START..chars.len() {
            if !chars[p].is_whitespace() && chars[p - 1] == ' ' && chars[p - 2] == ' ' {
                if counts.len() <= p {
                    counts.resize(p + 1, 0);
                }
                counts[p] += 1;
                break;
            }
        }
    }
    // the left edge: the first position where enough lines start their right piece, at it
    // or under its indent a few characters on
    (MIN_START..counts.len()).find(|&start| {
        if counts[start] < 3 {
            return false;
        }
        let window: usize = counts[start..counts.len().min(start + 11)].iter().sum();
        if window < MIN_LINES || window * 4 < texts {
            return false;
        }
        // text running across the gutter: a page of one column
        let across = lines
            .iter()
            .filter(|l| {
                let chars: Vec<char> = l.chars().take(start).collect();
                chars.len() == start && chars[start - 2..].iter().any(|c| !c.is_whitespace())
            })
            .count();
        // two columns whose entries do not line up: some lines hold only a left piece, some
        // only a right one (the rows of a table aligned with spaces hold both)
        let (mut left_only, mut right_only) = (0, 0);
        for l in lines.iter().filter(|l| !l.trim().is_empty()) {
            let left: String = l.chars().take(start).collect();
            let right = l.chars().nth(start).is_some();
            match (left.trim().is_empty(), right) {
                (true, true) => right_only += 1,
                (false, false) => left_only += 1,
                _ => {}
            }
        }
        across * 10 <= texts && left_only >= 3 && right_only >= 3
    })
}

/// The lines read column by column, page by page, entries that wrap put back together.
pub(crate) fn split<'a>(lines: Vec<Line<'a>>, start: usize, lex: &Lexicon) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut left: Vec<Line<'a>> = Vec::new();
    let mut right: Vec<Line<'a>> = Vec::new();
    let flush = |left: &mut Vec<Line<'a>>, right: &mut Vec<Line<'a>>, out: &mut Vec<Line<'a>>| {
        out.extend(rejoin(std::mem::take(left), lex));
        out.push(Line::new("", out.last().map_or(1, |l: &Line| l.origin)));
        out.extend(rejoin(std::mem::take(right), lex));
        out.push(Line::new("", out.last().map_or(1, |l: &Line| l.origin)));
    };
    for line in lines {
        let text = line.text.as_ref();
        let page_end = text.contains('\u{c}')
            || text.len() - text.trim_start().len() >= 20
                && !text.trim().is_empty()
                && text.trim().bytes().all(|b| b.is_ascii_digit());
        if page_end {
            flush(&mut left, &mut right, &mut out);
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        let gap = chars.len() > start && chars[start - 2..start].iter().all(|c| c.is_whitespace());
        if gap {
            let l: String = chars[..start].iter().collect();
            let r: String = chars[start..].iter().collect();
            left.push(Line::new(l.trim_end().to_owned(), line.origin));
            right.push(Line::new(r.trim_end().to_owned(), line.origin));
        } else {
            left.push(line);
        }
    }
    flush(&mut left, &mut right, &mut out);
    out
}

/// A clock time in front of an entry: the position where the entry's text starts.
fn timed(text: &str) -> Option<usize> {
    let t = text.trim_start();
    let indent = text.len() - t.len();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !t[digits..].starts_with([':', '.']) {
        return None;
    }
    let rest = &t[digits + 1..];
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    if minutes != 2 {
        return None;
    }
    let after = &rest[2..];
    let gap = after.len() - after.trim_start().len();
    (gap >= 2 && !after.trim().is_empty()).then_some(indent + digits + 3 + gap)
}

/// One column's lines with each timed entry's wrapped lines joined.
fn rejoin<'a>(lines: Vec<Line<'a>>, lex: &Lexicon) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some(indent) = timed(&lines[i].text) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        // the entry: its timed line and the lines under its indent
        let mut end = i + 1;
        while end < lines.len() {
            let t = lines[end].text.as_ref();
            let lead = t.len() - t.trim_start().len();
            if t.trim().is_empty() || lead != indent {
                break;
            }
            end += 1;
        }
        // logical lines: a bracket left open, a lower-case start or a connector joins
        let mut logical: Vec<(String, usize)> = Vec::new();
        for line in &lines[i..end] {
            let t = line.text.trim();
            match logical.last_mut() {
                Some((prev, _)) if wraps_on(prev, t) => {
                    prev.push(' ');
                    prev.push_str(t);
                }
                _ => logical.push((t.to_owned(), line.origin)),
            }
        }
        // the title's lines, up to the first that names people
        let mut pieces = logical.into_iter();
        if let Some((mut title, origin)) = pieces.next() {
            let mut rest: Vec<(String, usize)> = pieces.collect();
            while let Some((next, _)) = rest.first() {
                if names_people(next, lex) {
                    break;
                }
                let text = title[title.find(char::is_alphabetic).unwrap_or(0)..].to_owned();
                // "09:15  KEYNOTE" over its title: the label leads the title
                let label =
                    crate::extract::words::TITLE_LABELS.contains(&text.to_lowercase().as_str());
                title.push_str(if label { ": " } else { " " });
                title.push_str(next);
                rest.remove(0);
            }
            out.push(Line::new(title, origin));
            out.extend(rest.into_iter().map(|(t, o)| Line::new(t, o)));
        }
        i = end;
    }
    out
}

/// Whether `next` goes on with the line `prev` broke off: a bracket left open, a connector
/// or a comma at its end, or a start in lower case or with a bracket.
fn wraps_on(prev: &str, next: &str) -> bool {
    let last = prev.rsplit(' ').next().unwrap_or("").to_lowercase();
    prev.matches('(').count() > prev.matches(')').count()
        || prev.ends_with([',', '–', '-', '&'])
        || matches!(
            last.as_str(),
            "and" | "of" | "in" | "for" | "the" | "on" | "to" | "with" | "at" | "de" | "di"
        )
        || next.starts_with(char::is_lowercase)
        // "Eszter Kovács and Bence Tóth" / "(Eötvös Loránd University)": their institution
        || next.starts_with('(')
}

/// Whether a line of an entry names its speakers: people, at least one with an institution.
fn names_people(text: &str, lex: &Lexicon) -> bool {
    parse_speakers(text, lex)
        .is_some_and(|p| p.score >= 0.7 && p.speakers.iter().any(|s| !s.affiliations.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        let left = [
            "SESSION 1",
            "09:30  Tidal Inlets of the",
            "       Northern Wadden Sea",
            "       Ana Lopes (University of",
            "       Lisbon)",
            "",
            "10:00  Coffee",
            "",
            "10:30  Dune Ecology",
            "       Bo Ek, Lund University",
            "",
            "",
            "",
            "",
        ];
        let right = [
            "SESSION 2",
            "",
            "14:00  KEYNOTE",
            "       Sea Ice and Storms",
            "       Cy Dahl (Aarhus",
            "       University)",
            "",
            "15:00  Tides",
            "       Eva Holm (Lund",
            "       University)",
            "",
            "16:00  Closing",
            "",
            "",
        ];
        let text: Vec<String> = left
            .iter()
            .zip(right)
            .map(|(l, r)| format!("{l:<40}{r}").trim_end().to_owned())
            .collect();
        let mut all: Vec<&str> = text.iter().map(String::as_str).collect();
        all.push("                              7");
        assert_eq!(column_start(&all), Some(40));
        let lex = Lexicon::builtin_for_tests();
        let lines: Vec<Line> = all
            .iter()
            .enumerate()
            .map(|(i, l)| Line::new(*l, i + 1))
            .collect();
        let got: Vec<(String, usize)> = split(lines, 40, &lex)
            .into_iter()
            .filter(|l| !l.text.trim().is_empty())
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        let want: Vec<(String, usize)> = [
            ("SESSION 1", 1),
            ("09:30  Tidal Inlets of the Northern Wadden Sea", 2),
            ("Ana Lopes (University of Lisbon)", 4),
            ("10:00  Coffee", 7),
            ("10:30  Dune Ecology", 9),
            ("Bo Ek, Lund University", 10),
            ("SESSION 2", 1),
            ("14:00  KEYNOTE: Sea Ice and Storms", 3),
            ("Cy Dahl (Aarhus University)", 5),
            ("15:00  Tides", 8),
            ("Eva Holm (Lund University)", 9),
            ("16:00  Closing", 12),
        ]
        .iter()
        .map(|(t, n)| (t.to_string(), *n))
        .collect();
        assert_eq!(got, want);
        // a page of one column, and a table aligned with spaces, are no two columns
        assert_eq!(
            column_start(&["Talks", "Ana Lopes: Tides", "Bo Ek: Dunes"]),
            None
        );
        let table: Vec<String> = (0..12)
            .map(|i| {
                format!(
                    "{:<30}{:<30}Title {i}",
                    format!("Name {i}"),
                    "Lund University"
                )
            })
            .collect();
        let table: Vec<&str> = table.iter().map(String::as_str).collect();
        assert_eq!(column_start(&table), None);
    }
}
