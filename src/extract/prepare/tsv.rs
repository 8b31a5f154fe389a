//! Tab-separated exports of spreadsheets (Excel's and Google Sheets' "Text (tab-delimited)"):
//! a cell that holds line breaks is written in double quotes over several lines, and a quote
//! inside a cell is doubled.
//!
//! The entry points are [`applies`] and [`join`]. A row whose quotes are left open goes on over
//! the next lines until they close; the line breaks inside a cell become `; ` (one person, or
//! one person's institution, per line, as the table reader pairs them), the quotes around a
//! cell are removed and doubled quotes inside it made single. The joined row keeps the number
//! of its first line.

use super::Line;

/// Whether `lines` hold tab-separated rows with a quoted cell that runs over a line break.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let rows = lines
        .iter()
        .filter(|l| memchr::memchr(b'\t', l.as_bytes()).is_some())
        .take(3)
        .count();
    rows >= 3
        && lines.iter().any(|l| {
            memchr::memchr(b'\t', l.as_bytes()).is_some() && l.matches('"').count() % 2 == 1
        })
}

/// A cell without the quotes a spreadsheet wrote around it.
fn unquote(cell: &str) -> String {
    let t = cell.trim();
    match t.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
        Some(inner) if t.len() >= 2 => inner.replace("\"\"", "\""),
        _ => t.to_owned(),
    }
}

/// The rows joined over their line breaks (see the module doc).
pub(crate) fn join(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut open: Option<(usize, String)> = None;
    for line in lines {
        match open.take() {
            Some((at, mut row)) => {
                row.push('\n');
                row.push_str(&line.text);
                if row.matches('"').count() % 2 == 1 {
                    open = Some((at, row));
                } else {
                    // a cell of chapter marks ("00:03:40 Title – Name (Inst)" per line): the
                    // row, then its marks indented under it, read as its talk's segments
                    let (row, marks) = without_marks(&row);
                    let origin = out[at].origin;
                    out[at].text = cells_of(&row).into();
                    for (k, mark) in marks.into_iter().enumerate() {
                        out.push(Line::new(format!("  {mark}"), origin + k + 1));
                    }
                }
            }
            None if line.text.matches('"').count() % 2 == 1
                && (line.text.contains('\t') || line.text.starts_with('"')) =>
            {
                open = Some((out.len(), line.text.to_string()));
                out.push(line);
            }
            // a row on one line: its quoted cells unquoted
            None if line.text.contains("\t\"") || line.text.starts_with('"') => {
                let row = cells_of(&line.text);
                out.push(Line::new(row, line.origin));
            }
            None => out.push(line),
        }
    }
    // a quote never closed: the row as it was
    if let Some((at, row)) = open {
        out[at].text = row.lines().next().unwrap_or("").to_owned().into();
    }
    out
}

/// A row without the lines of its quoted cell that begin with a timestamp, and those lines:
/// a long-text field holding a recording's chapters. Only when two lines or more are marked.
fn without_marks(row: &str) -> (String, Vec<String>) {
    let stamped = |l: &str| crate::extract::table::is_chapter_mark(l.trim_start_matches('"'));
    let lines: Vec<&str> = row.split('\n').collect();
    let marked: Vec<usize> = (1..lines.len()).filter(|&k| stamped(lines[k])).collect();
    // (the cell's first line is on the row's line, after a tab and an opening quote)
    let first = lines[0]
        .rsplit_once("\t\"")
        .filter(|(_, cell)| stamped(cell))
        .map(|(head, cell)| (head.to_owned(), cell.to_owned()));
    if marked.len() + usize::from(first.is_some()) < 2 {
        return (row.to_owned(), Vec::new());
    }
    let mut marks = Vec::new();
    let mut kept = match first {
        Some((head, cell)) => {
            marks.push(cell);
            format!("{head}\t\"")
        }
        None => lines[0].to_owned(),
    };
    for (k, line) in lines.iter().enumerate().skip(1) {
        if !marked.contains(&k) {
            kept.push('\n');
            kept.push_str(line);
            continue;
        }
        // the cell's closing quote stays with the row: `02:20:00 Closing"\tNote`
        match line.find('"') {
            Some(q) => {
                marks.push(line[..q].to_owned());
                kept.push_str(&line[q..]);
            }
            None => marks.push((*line).to_owned()),
        }
    }
    (kept, marks)
}

/// A row of cells over several lines as one line: breaks inside a cell become `; `.
fn cells_of(row: &str) -> String {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    for c in row.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cell.push(c);
            }
            '\t' if !quoted => cells.push(std::mem::take(&mut cell)),
            '\n' | '\r' if quoted => {
                if !cell.ends_with("; ") && c == '\n' {
                    cell.push_str("; ");
                }
            }
            '\r' => {}
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
        .iter()
        .map(|c| unquote(c))
        .collect::<Vec<_>>()
        .join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines joined, each with the number of its first line.
    fn joined(lines: &[&str]) -> Vec<(String, usize)> {
        join(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| Line::new(*l, i + 1))
                .collect(),
        )
        .into_iter()
        .map(|l| (l.text.into_owned(), l.origin))
        .collect()
    }

    #[test]
    fn a_cell_of_chapter_marks_goes_under_its_row() {
        let text = "Date\tTitle\tChapters\tNotes\n2025-02-05\tMini-symposium\t\"00:00:00 Welcome\n00:04:10 Sequences – Dr A (Oxford)\n01:20:00 Close\"\tLunch\n2025-02-12\tCortex\t\tNone\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(applies(&lines));
        let joined: Vec<String> = joined(&lines).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            joined,
            [
                "Date\tTitle\tChapters\tNotes",
                "2025-02-05\tMini-symposium\t\tLunch",
                "  00:00:00 Welcome",
                "  00:04:10 Sequences – Dr A (Oxford)",
                "  01:20:00 Close",
                "2025-02-12\tCortex\t\tNone",
            ]
        );
        // one stamped line is a note, left in its cell
        let (row, marks) = without_marks("a\t\"10:30 coffee\nthen talks\"");
        assert!(marks.is_empty());
        assert_eq!(row, "a\t\"10:30 coffee\nthen talks\"");
    }

    #[test]
    fn quoted_cells_over_several_lines_are_one_row() {
        let text = "Presenter\tInstitution\tTalk\nAna Li\tKTH\t\"\"\"Tides\"\" and Waves\"\n\"Bo Ek\nCy Oh\"\t\"Lund University\nAalto University\"\tRipples\nDi Fox\tETH Zürich\tSwells\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(applies(&lines));
        let joined = joined(&lines);
        let want: Vec<(String, usize)> = [
            ("Presenter\tInstitution\tTalk", 1),
            ("Ana Li\tKTH\t\"Tides\" and Waves", 2),
            (
                "Bo Ek; Cy Oh\tLund University; Aalto University\tRipples",
                3,
            ),
            ("Di Fox\tETH Zürich\tSwells", 6),
        ]
        .iter()
        .map(|(t, n)| (t.to_string(), *n))
        .collect();
        assert_eq!(joined, want);
    }
}
