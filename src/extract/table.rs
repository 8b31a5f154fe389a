//! Tables: rows of pipe-separated (`| a | b |`) or tab-separated cells.
//!
//! The entry point is [`read_tables`]. A table is two or more consecutive rows with the same
//! number of cells (at least two). When the first row names its columns ("Title", "Speaker",
//! "Affiliation", "Date", …) the columns are read by name; otherwise every cell is scored as
//! title, speakers, institution or date, and each row is read from the best-scoring cells.

use super::line::{is_date_line, title_score, Kind, LineInfo};
use super::speaker::{parse_institutions, parse_speakers};
use super::text::clean;
use super::Lexicon;
use crate::model::Speaker;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Title,
    Speaker,
    Affiliation,
    When,
    Other,
}

fn header_column(cell: &str) -> Option<Column> {
    let lower = clean(cell).to_lowercase();
    Some(match lower.as_str() {
        "title" | "talk" | "talk title" | "topic" | "presentation" | "lecture" | "session" => {
            Column::Title
        }
        "speaker" | "speakers" | "speaker(s)" | "presenter" | "presenters" | "name"
        | "lecturer" | "author" | "authors" | "instructor" => Column::Speaker,
        "affiliation" | "affiliations" | "institution" | "institutions" | "organization"
        | "organisation" | "university" | "company" => Column::Affiliation,
        "date" | "time" | "when" | "day" | "date/time" | "start" => Column::When,
        "" => return None,
        _ if lower.len() <= 20 => Column::Other,
        _ => return None,
    })
}

/// The cells of a table row, or `None` when the line is not one.
fn cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim_end();
    if t.contains('\t') {
        let c: Vec<&str> = t.split('\t').map(str::trim).collect();
        return (c.len() >= 2).then_some(c);
    }
    let t = t.trim();
    if t.starts_with('|') && t.len() > 1 {
        let inner = t.trim_start_matches('|').trim_end_matches('|');
        let c: Vec<&str> = inner.split('|').map(str::trim).collect();
        return (c.len() >= 2).then_some(c);
    }
    None
}

fn is_separator_row(cells: &[&str]) -> bool {
    cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ' | '=')))
}

/// Finds tables among `lines` and reads their rows: (line index, reading) pairs that replace
/// the line-by-line classification of those lines.
pub(crate) fn read_tables(lines: &[&str], lex: &Lexicon) -> Vec<(usize, LineInfo)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = cells(lines[i]) else {
            i += 1;
            continue;
        };
        let width = first.len();
        let mut end = i + 1;
        while end < lines.len()
            && cells(lines[end]).is_some_and(|c| c.len() == width || is_separator_row(&c))
        {
            end += 1;
        }
        if end - i >= 2 {
            read_table(lines, i, end, lex, &mut out);
        }
        i = end.max(i + 1);
    }
    out
}

fn read_table(
    lines: &[&str],
    start: usize,
    end: usize,
    lex: &Lexicon,
    out: &mut Vec<(usize, LineInfo)>,
) {
    let first = cells(lines[start]).unwrap_or_default();
    let header: Option<Vec<Column>> = first.iter().map(|c| header_column(c)).collect();
    let header = header.filter(|h| h.contains(&Column::Title) || h.contains(&Column::Speaker));
    let body = if header.is_some() { start + 1 } else { start };
    if header.is_some() {
        out.push((start, info(Kind::Noise, None)));
    }
    for (idx, line) in lines.iter().enumerate().take(end).skip(body) {
        let Some(row) = cells(line) else { continue };
        if is_separator_row(&row) {
            out.push((idx, info(Kind::Noise, None)));
            continue;
        }
        let columns = match &header {
            Some(h) => h.clone(),
            None => guess_columns(&row, lex),
        };
        out.push((idx, read_row(&row, &columns, lex)));
    }
}

fn info(kind: Kind, when: Option<String>) -> LineInfo {
    LineInfo {
        kind,
        listed: true,
        when,
        labelled: false,
    }
}

/// Scores each cell of a header-less row to decide what it holds.
fn guess_columns(row: &[&str], lex: &Lexicon) -> Vec<Column> {
    let mut columns = vec![Column::Other; row.len()];
    let mut speaker: Option<(usize, f32)> = None;
    for (k, cell) in row.iter().enumerate() {
        if is_date_line(cell) {
            columns[k] = Column::When;
        } else if let Some(p) = parse_speakers(cell, lex) {
            if speaker.is_none_or(|(_, s)| p.score > s) && p.score >= 0.6 {
                speaker = Some((k, p.score));
            }
        }
    }
    if let Some((k, _)) = speaker {
        columns[k] = Column::Speaker;
    }
    let mut title: Option<(usize, f32)> = None;
    for (k, cell) in row.iter().enumerate() {
        if columns[k] != Column::Other || cell.is_empty() {
            continue;
        }
        if parse_institutions(cell, lex).is_some() {
            columns[k] = Column::Affiliation;
            continue;
        }
        let score = title_score(cell) + cell.len() as f32 / 1000.0;
        if title.is_none_or(|(_, s)| score > s) {
            title = Some((k, score));
        }
    }
    if let Some((k, _)) = title {
        columns[k] = Column::Title;
    }
    columns
}

fn read_row(row: &[&str], columns: &[Column], lex: &Lexicon) -> LineInfo {
    let cell = |want: Column| -> Option<&str> {
        columns
            .iter()
            .zip(row)
            .find(|(c, v)| **c == want && !v.is_empty())
            .map(|(_, v)| *v)
    };
    let title = cell(Column::Title).map(|t| super::text::clean_title(&strip_link(t)));
    let when = cell(Column::When).map(str::to_owned);
    let mut speakers: Vec<Speaker> = cell(Column::Speaker)
        .map(|s| match parse_speakers(s, lex) {
            Some(p) => p.speakers,
            None => vec![Speaker {
                name: clean(s).to_owned(),
                ..Speaker::default()
            }],
        })
        .unwrap_or_default();
    if let Some(affs) = cell(Column::Affiliation).and_then(|a| {
        parse_institutions(a, lex).or_else(|| super::speaker::loose_institutions(a, lex))
    }) {
        for s in speakers.iter_mut().filter(|s| s.affiliations.is_empty()) {
            s.affiliations = affs.clone();
        }
    }
    let kind = match title {
        Some(title) if !title.is_empty() => Kind::Combined { title, speakers },
        _ => Kind::Noise,
    };
    info(kind, when)
}

/// `[Title](url)` → `Title`.
fn strip_link(s: &str) -> String {
    match (s.find('['), s.find("](")) {
        (Some(open), Some(mid)) if open < mid => s[open + 1..mid].to_owned(),
        _ => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles_and_speakers(text: &str) -> Vec<(String, Vec<String>)> {
        let lex = Lexicon::builtin_for_tests();
        let lines: Vec<&str> = text.lines().collect();
        read_tables(&lines, &lex)
            .into_iter()
            .filter_map(|(_, i)| match i.kind {
                Kind::Combined { title, speakers } => {
                    Some((title, speakers.into_iter().map(|s| s.name).collect()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn pipe_table_with_header() {
        let t = "| Date | Title | Speaker | Affiliation |\n|---|---|---|---|\n| 2024-01-12 | Robust Things | Dr. Aylin Demir | METU |\n| 2024-01-19 | Other Things | Marta Kowalski & Luis Ortega | Imperial College London |";
        assert_eq!(
            titles_and_speakers(t),
            vec![
                ("Robust Things".into(), vec!["Aylin Demir".into()]),
                (
                    "Other Things".into(),
                    vec!["Marta Kowalski".into(), "Luis Ortega".into()]
                ),
            ]
        );
    }

    #[test]
    fn tab_table_without_header() {
        let t = "Mixed-Integer Programming for Unit Commitment\tCatarina Mendes\tUniversidade do Porto\nInterior-Point Methods on GPUs\tTiago Azevedo\tGurobi Optimization";
        assert_eq!(
            titles_and_speakers(t),
            vec![
                (
                    "Mixed-Integer Programming for Unit Commitment".into(),
                    vec!["Catarina Mendes".into()]
                ),
                (
                    "Interior-Point Methods on GPUs".into(),
                    vec!["Tiago Azevedo".into()]
                ),
            ]
        );
    }
}
