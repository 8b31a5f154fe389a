//! Tables pasted from a web page one cell per line: a header of column names, one per line,
//! then the rows, each cell on its own line and an empty cell as an empty line.
//!
//! The entry points are [`applies`] and [`tabulate`]. Rows are cut by position: a header of
//! `n` names makes rows of `n` lines. When the first column holds dates, a row starts at a
//! date line, so a blank line too many or a row with its last empty cells left out does not
//! shift the rows after it. Each header and row becomes one tab-separated line, which the
//! table reader ([`table`](crate::extract::table)) then reads by its column names.

use super::Line;
use crate::extract::line::is_date_line;

/// Column names of talk tables.
const COLUMNS: &[&str] = &[
    "date",
    "time",
    "day",
    "when",
    "speaker",
    "speakers",
    "speaker(s)",
    "presenter",
    "name",
    "affiliation",
    "affiliations",
    "institution",
    "organization",
    "organisation",
    "title",
    "talk",
    "talk title",
    "topic",
    "abstract",
    "recording",
    "recordings",
    "video",
    "slides",
    "room",
    "host",
    "notes",
    "links",
    "materials",
];

fn column(line: &str) -> Option<&'static str> {
    let t = line.trim().trim_end_matches(':');
    if t.len() > 16 {
        return None;
    }
    COLUMNS.iter().find(|c| t.eq_ignore_ascii_case(c)).copied()
}

/// The header that starts at `at`: its column names, when there are at least three, with a
/// title and a speaker column among them.
fn header(lines: &[Line<'_>], at: usize) -> Option<Vec<&'static str>> {
    let names: Vec<&'static str> = lines[at..].iter().map_while(|l| column(&l.text)).collect();
    let titled = names
        .iter()
        .any(|c| matches!(*c, "title" | "talk" | "talk title" | "topic"));
    let spoken = names.iter().any(|c| {
        matches!(
            *c,
            "speaker" | "speakers" | "speaker(s)" | "presenter" | "name"
        )
    });
    (names.len() >= 3 && titled && spoken).then_some(names)
}

/// Whether some line starts a header of at least three column names, one per line.
pub(crate) fn applies(lines: &[&str]) -> bool {
    lines
        .windows(3)
        .any(|w| w.iter().all(|l| column(l).is_some()))
}

/// Rewrites every one-cell-per-line table as tab-separated lines.
pub(crate) fn tabulate(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some(names) = header(&lines, i) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        let width = names.len();
        out.push(Line::new(names.join("\t"), lines[i].origin));
        i += width;
        let dated = matches!(names[0], "date" | "day" | "when" | "time");
        loop {
            if dated {
                // blank lines between rows are not cells
                while i < lines.len() && lines[i].text.trim().is_empty() {
                    i += 1;
                }
                if i >= lines.len() || !is_date_line(lines[i].text.trim()) {
                    break;
                }
            }
            if i + width > lines.len() || header(&lines, i).is_some() {
                break;
            }
            // a row ends early where the next one starts
            let mut end = i + 1;
            while end < i + width && !(dated && is_date_line(lines[end].text.trim())) {
                end += 1;
            }
            let row = &lines[i..end];
            if !dated && row.iter().all(|l| l.text.trim().is_empty()) {
                break;
            }
            let cells: Vec<&str> = (0..width)
                .map(|k| row.get(k).map_or("", |l| l.text.trim()))
                .collect();
            out.push(Line::new(cells.join("\t"), row[0].origin));
            i = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_by_position_resynced_at_dates() {
        let text = "Autumn\nDate\nSpeaker\nAffiliation\nTitle\nMay 2, 2024\nAnn Lee\nKTH\nFast Codes\n\
                    May 9, 2024\nNo seminar\n\n\n\nMay 16, 2024\nBo Ek\nLund University\nSlow Codes\n\nContact: x";
        let lines: Vec<Line> = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| Line::new(l, i + 1))
            .collect();
        let out: Vec<(String, usize)> = tabulate(lines)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect();
        assert_eq!(
            out,
            vec![
                ("Autumn".into(), 1),
                ("date\tspeaker\taffiliation\ttitle".into(), 2),
                ("May 2, 2024\tAnn Lee\tKTH\tFast Codes".into(), 6),
                ("May 9, 2024\tNo seminar\t\t".into(), 10),
                (
                    "May 16, 2024\tBo Ek\tLund University\tSlow Codes".into(),
                    15
                ),
                ("Contact: x".into(), 20),
            ]
        );
    }
}
