//! A recording's chapters written on one line, as video and listing pages print them:
//! `00:00 Welcome · 01:10 A – Title · 06:45 B – Title · 18:20 Wrap-up`.
//!
//! The entry points are [`applies`] and [`split`]. A line whose pieces, set apart by one
//! separator (` · `, ` • `, ` | ` or `; `), are three chapter marks or more (a timestamp, then
//! text) becomes one indented line per mark, each keeping the line's number, so that the
//! marks are read as the segments of the talk above them, as when the page gives one mark per
//! line. A label before the first mark (`Chapters: 00:00 Intro · …`) is dropped.

use super::Line;

/// The separators that set a line's marks apart.
const SEPARATORS: [&str; 4] = [" · ", " • ", " | ", "; "];

/// Whether a line of `lines` holds its chapters on one line.
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines.iter().any(|l| marks(l).is_some())
}

/// The lines with each line of chapters split into one indented line per mark.
pub(crate) fn split(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(lines.len() + 8);
    for line in lines {
        match marks(&line.text) {
            Some(found) => {
                let origin = line.origin;
                out.extend(
                    found
                        .into_iter()
                        .map(|m| Line::new(format!("  {m}"), origin)),
                );
            }
            None => out.push(line),
        }
    }
    out
}

/// The chapter marks of a line, or `None` when it is no line of chapters.
fn marks(line: &str) -> Option<Vec<String>> {
    let bytes = line.as_bytes();
    // (cheap refusals first: most lines have no separator, or too few colons for three marks)
    if line.len() < 24
        || memchr::memchr3(b'|', b';', 0xC2, bytes).is_none()
            && memchr::memchr(0xE2, bytes).is_none()
        || memchr::memchr_iter(b':', bytes).take(3).count() < 3
    {
        return None;
    }
    let text = line.trim();
    // "Chapters: 00:00 Intro · …": a label before the first mark
    let text = match text.split_once(": ") {
        Some((label, rest))
            if !label.contains(char::is_numeric)
                && label.split_whitespace().count() <= 2
                && crate::extract::table::is_chapter_mark(rest) =>
        {
            rest
        }
        _ => text,
    };
    SEPARATORS.iter().find_map(|sep| {
        let pieces: Vec<&str> = text.split(sep).map(str::trim).collect();
        (pieces.len() >= 3
            && pieces
                .iter()
                .all(|p| crate::extract::table::is_chapter_mark(p)))
        .then(|| pieces.into_iter().map(str::to_owned).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_marks_becomes_one_indented_line_per_mark() {
        let line = "00:00 Welcome · 01:10 Ana Reis – Otters as indicators? · 06:45 Bo Ek – Eels";
        assert!(applies(&[line]));
        let out = split(vec![Line::new("Lab retreat", 4), Line::new(line, 5)]);
        let texts: Vec<(&str, usize)> = out.iter().map(|l| (l.text.as_ref(), l.origin)).collect();
        assert_eq!(
            texts,
            [
                ("Lab retreat", 4),
                ("  00:00 Welcome", 5),
                ("  01:10 Ana Reis – Otters as indicators?", 5),
                ("  06:45 Bo Ek – Eels", 5),
            ]
        );
        // a label before the marks is dropped; pipes separate too
        let labelled = marks("Chapters: 00:00 Intro | 02:41 Drilling | 18:05 Storms").unwrap();
        assert_eq!(labelled, ["00:00 Intro", "02:41 Drilling", "18:05 Storms"]);
    }

    #[test]
    fn lines_that_are_not_all_marks_stay() {
        // two marks only; a piece without a timestamp; a schedule's clock times in prose
        assert!(marks("00:00 Welcome · 01:10 Ana Reis – Otters as indicators?").is_none());
        assert!(marks("18 records · exported 2024-05-02 14:31 by guest · Fields: 10").is_none());
        assert!(marks("10:00 Opening · coffee at 10:30 · lunch at 12:00 · 14:00 Talks").is_none());
        assert!(!applies(&["| 10:00 | Title | Speaker |", "a plain line"]));
    }
}
