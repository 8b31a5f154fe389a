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
                    out[at].text = cells_of(&row).into();
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

    #[test]
    fn quoted_cells_over_several_lines_are_one_row() {
        let text = "Presenter\tInstitution\tTalk\nAna Li\tKTH\t\"\"\"Tides\"\" and Waves\"\n\"Bo Ek\nCy Oh\"\t\"Lund University\nAalto University\"\tRipples\nDi Fox\tETH Zürich\tSwells\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(applies(&lines));
        let joined: Vec<(String, usize)> = join(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| Line::new(*l, i + 1))
                .collect(),
        )
        .into_iter()
        .map(|l| (l.text.into_owned(), l.origin))
        .collect();
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
