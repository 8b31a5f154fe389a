//! Tables: rows of pipe-separated (`| a | b |`) or tab-separated cells.
//!
//! The entry point is [`read_tables`]. A table is two or more consecutive rows with the same
//! number of cells (at least two). When the first row names its columns ("Title", "Speaker",
//! "Affiliation", "Date", …) the columns are read by name; otherwise every cell is scored as
//! title, speakers, institution or date, and each row is read from the best-scoring cells.

use std::borrow::Cow;

use super::line::{is_date_line, is_field_line, title_score, Field, Kind, LineInfo};
use super::speaker::{parse_institutions, parse_speakers};
use super::text::{clean, is_placeholder};
use super::Lexicon;
use crate::model::Speaker;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Title,
    Speaker,
    Affiliation,
    When,
    /// A series' name, and the part of it a row is.
    Series,
    Part,
    /// A document library's "Name": the file, whose name may name the talk.
    Item,
    /// A recordings list's "Description" beside the recording's "Name": who spoke, and maybe
    /// the title.
    Description,
    Other,
}

fn header_column(cell: &str) -> Option<Column> {
    let lower = clean(cell).to_lowercase();
    Some(match lower.as_str() {
        "title" | "talk" | "talk title" | "topic" | "presentation" | "lecture" | "session"
        | "lecture title" | "seminar title" | "presentation title" | "title of talk"
        | "title of lecture" | "paper" | "paper title" | "제목" | "주제" => Column::Title,
        "speaker"
        | "speakers"
        | "speaker(s)"
        | "presenter"
        | "presenters"
        | "name"
        | "lecturer"
        | "lecturers"
        | "lecturer(s)"
        | "author"
        | "authors"
        | "instructor"
        | "creator"
        | "creators"
        | "speaker name"
        | "presenter name"
        | "guest"
        | "presenter(s)"
        | "author(s)"
        | "guest(s)"
        | "host(s) and guest(s)" => Column::Speaker,
        "affiliation" | "affiliations" | "affiliation(s)" | "institution" | "institutions"
        | "institution(s)" | "organization" | "organisation" | "organization(s)" | "university"
        | "company" | "home institution" | "employer" => Column::Affiliation,
        "date" | "time" | "when" | "day" | "date/time" | "start" | "year" | "일시" | "날짜" => {
            Column::When
        }
        "series" | "series title" | "course" => Column::Series,
        "part" | "part no." | "part number" => Column::Part,
        // a board's poster and the date of the post: no speaker, no talk's date
        "작성자" | "글쓴이" | "등록일" | "작성일" | "조회" | "조회수" | "번호" => {
            Column::Other
        }
        "" => return None,
        // "Title of the Seminar", "Title of presentation": a title column in other words
        _ if lower.starts_with("title of ") || lower.ends_with(" title") && lower.len() <= 24 => {
            Column::Title
        }
        // "Chaired by", "Host(s)": who ran it, no speaker
        _ if lower.starts_with("chaired") || lower.starts_with("moderated") => Column::Other,
        // a header in another language: "Přednášející", "Föreläsare", "Referent", "Titel"
        _ => match super::lang::field(&lower) {
            Some(Field::Speaker) => Column::Speaker,
            Some(Field::Title) => Column::Title,
            Some(Field::Affiliation) => Column::Affiliation,
            Some(Field::When) => Column::When,
            _ if lower.len() <= 20 => Column::Other,
            _ => return None,
        },
    })
}

/// The cells of a table row, or `None` when the line is not one.
fn cells(line: &str) -> Option<Vec<Cow<'_, str>>> {
    let t = line.trim_end_matches([' ', '\r']);
    // (the memchr crate scans long lines several times faster than `str::contains(char)`)
    if memchr::memchr(b'\t', t.as_bytes()).is_some() {
        let c: Vec<Cow<'_, str>> = t.split('\t').map(|c| c.trim().into()).collect();
        // "Speaker:\tName" is a labelled field laid out with a tab, not a table row
        let labelled = c.len() == 2 && c[0].ends_with(':') && is_field_line(t);
        return (c.len() >= 2 && !labelled).then_some(c);
    }
    let t = t.trim();
    if t.starts_with('|') && t.len() > 1 {
        let inner = t.trim_start_matches('|').trim_end_matches('|');
        let c: Vec<Cow<'_, str>> = inner.split('|').map(|c| line_breaks(c.trim())).collect();
        return (c.len() >= 2).then_some(c);
    }
    csv_cells(t)
}

/// A Markdown table cell's `<br>` line breaks (one person, or one person's institutions, per
/// line) as `; `, the separator of people and of their institution groups.
fn line_breaks(cell: &str) -> Cow<'_, str> {
    if !cell.contains("<br") {
        return Cow::Borrowed(cell);
    }
    let mut out = cell.to_owned();
    for tag in ["<br />", "<br/>", "<br>", "<BR>"] {
        out = out.replace(tag, "; ");
    }
    Cow::Owned(out.trim_end_matches([';', ' ']).to_owned())
}

/// A comma-separated row (RFC 4180): quoted fields with `""` for a quote, as spreadsheets and
/// event systems export. A line of prose has commas too, so a row must be unmistakable: every
/// non-empty field quoted (at least two of them), or — a header row — at least three short
/// unquoted fields with no space after the commas ("title,speakers,affiliation").
fn csv_cells(t: &str) -> Option<Vec<Cow<'_, str>>> {
    let has = |b: u8| memchr::memchr(b, t.as_bytes()).is_some();
    if !has(b',') {
        return None;
    }
    // cheap refusal for prose: a first field not quoted makes the line a header row or
    // nothing, and a header row has no quotes and no space after its commas
    if !t.starts_with(['"', ',']) && (super::text::contains(t, ", ") || has(b'"')) {
        return None;
    }
    let mut fields: Vec<Cow<'_, str>> = Vec::new();
    let (mut quoted, mut bare) = (0, 0);
    let mut rest = t;
    loop {
        if let Some(after) = rest.strip_prefix('"') {
            // a quoted field runs to the quote not doubled
            let mut value = String::new();
            let mut chars = after.char_indices();
            let end = loop {
                match chars.next() {
                    Some((i, '"')) => {
                        if after[i + 1..].starts_with('"') {
                            value.push('"');
                            chars.next();
                        } else {
                            break i + 1;
                        }
                    }
                    Some((_, c)) => value.push(c),
                    None => return None, // unterminated: not a row
                }
            };
            fields.push(Cow::Owned(value.trim().to_owned()));
            quoted += 1;
            rest = &after[end..];
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            let value = &rest[..end];
            if value.contains('"') {
                return None;
            }
            if !value.is_empty() {
                bare += 1;
            }
            fields.push(Cow::Borrowed(value.trim()));
            rest = &rest[end..];
        }
        match rest.strip_prefix(',') {
            Some(next) => rest = next,
            None if rest.trim().is_empty() => break,
            None => return None, // text after a closing quote
        }
    }
    let all_quoted = bare == 0 && quoted >= 2;
    let header = quoted == 0
        && fields.len() >= 3
        && !t.contains(", ")
        && fields.iter().all(|f| !f.is_empty() && f.len() <= 30);
    (all_quoted || header).then_some(fields)
}

fn is_separator_row<S: AsRef<str>>(cells: &[S]) -> bool {
    let cells = cells.iter().map(AsRef::as_ref);
    let mut cells = cells;
    cells.all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ' | '=')))
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
        // a spreadsheet's title in its first cell, the rest of the row empty, over the header
        let lone = first.iter().filter(|c| !c.is_empty()).count() <= 1;
        if lone
            && lines
                .get(i + 1)
                .and_then(|l| cells(l))
                .is_some_and(|next| is_header(&next))
        {
            i += 1;
            continue;
        }
        let width = first.len();
        // a header over rows whose cells run over several lines, as a web page's table copies
        // (see `multiline_rows`)
        if let Some((end, rows, continued)) = multiline_rows(lines, i, &first) {
            let mut view: Vec<&str> = lines[..end].to_vec();
            for (at, row) in &rows {
                view[*at] = row.as_str();
            }
            for &at in &continued {
                view[at] = "";
            }
            read_table(&view, i, end, lex, &mut out);
            out.extend(
                continued
                    .into_iter()
                    .map(|at| (at, info(Kind::Noise, None))),
            );
            i = end;
            continue;
        }
        let mut end = i + 1;
        // a shorter row goes on the table: cells merged over several rows (a rowspan) are
        // left out of the rows after the first, see `read_table`
        let row = |l: &str| cells(l).is_some_and(|c| c.len() <= width + 2 || is_separator_row(&c));
        loop {
            while end < lines.len() && row(lines[end]) {
                end += 1;
            }
            // "  Abstract: …" indented under a row: a detail of that row's talk, read as a
            // line of its own, and the table goes on after it
            let details = lines[end.min(lines.len())..]
                .iter()
                .take_while(|l| is_detail(l))
                .count();
            if details > 0 && lines.get(end + details).is_some_and(|l| row(l)) {
                end += details;
            } else {
                break;
            }
        }
        // a file listing (name, size, modified): each row is read as a line, its file name
        // naming the talk
        let files = lines[i..end]
            .iter()
            .filter(|l| super::line::is_file_row(l.trim()))
            .count();
        // (unless its header names the talk's columns: a SharePoint library with
        // "Presenter(s)" and "Talk title" beside the file's name)
        let titled = cells(lines[i]).is_some_and(|c| named_talk_columns(&c));
        if end - i >= 2 && (files * 2 < end - i || titled) {
            read_table(lines, i, end, lex, &mut out);
        }
        i = end.max(i + 1);
    }
    out
}

/// What [`multiline_rows`] finds: the line after the table, each row's text at its first line,
/// and the lines that continued a row.
type MultilineRows = (usize, Vec<(usize, String)>, Vec<usize>);

/// The rows under a tab-separated header (line `start`, cells `header`) when some of their
/// cells run over several lines, as a web page's table copies with line breaks inside cells:
/// "14 ⇥ 10th April 2025 ⇥ Dr. Grace Nyambura" / "Lecturer, Department of Crops ⇥ Title ⇥
/// Watch" (the presenter's cell on two lines), or a presenter cell of four lines, two of them
/// with no tab at all. A row is complete when its lines hold as many tabs as the header. Returns
/// the line after the table, each row's text (at its first line, the broken cell's lines
/// joined), and the lines that continued a row; `None` when no row runs over three lines or
/// over a line without a tab (the rows of two lines are `join_broken_rows`'s).
fn multiline_rows(lines: &[&str], start: usize, header: &[Cow<'_, str>]) -> Option<MultilineRows> {
    let tabs = |l: &str| memchr::memchr_iter(b'\t', l.as_bytes()).count();
    let width = header.len();
    if width < 3 || tabs(lines[start]) != width - 1 || !is_header(header) {
        return None;
    }
    let mut rows: Vec<(usize, String)> = Vec::new();
    let mut continued = Vec::new();
    let mut spanning = false;
    let mut j = start + 1;
    while j < lines.len() {
        let line = lines[j].trim_end_matches([' ', '\r']);
        let first = tabs(line);
        if first == 0 || first >= width {
            break;
        }
        let mut text = line.to_owned();
        let mut count = first;
        let mut k = j + 1;
        while count < width - 1 {
            let next = lines.get(k).map(|l| l.trim_end_matches([' ', '\r']))?;
            if next.trim().is_empty() {
                return None;
            }
            let (tail, head) = (
                text.rsplit('\t').next().unwrap_or_default().trim(),
                next.split('\t').next().unwrap_or_default().trim(),
            );
            text.push_str(cell_break(tail, head));
            text.push_str(next.trim_start());
            count += tabs(next);
            spanning |= tabs(next) == 0 || k > j + 1;
            continued.push(k);
            k += 1;
        }
        if count != width - 1 {
            return None;
        }
        rows.push((j, text));
        j = k;
    }
    (spanning && rows.len() >= 2).then_some((j, rows, continued))
}

/// What joins two lines of one table cell: "; " before another person ("Dr. A" / "Dr. B"),
/// ". " before a label ("Moderator: Dr. C", "Co-authors (not presenting): …"), a space before
/// a bracket, ", " otherwise (a person, then a position or an institution).
fn cell_break(above: &str, below: &str) -> &'static str {
    if above.is_empty() || below.is_empty() {
        return " ";
    }
    if below.starts_with('(') {
        return " ";
    }
    let head = below.split_whitespace().next().unwrap_or_default();
    if head.ends_with(':')
        || below
            .split_once(':')
            .is_some_and(|(l, _)| l.len() <= 30 && !l.contains(','))
    {
        return ". ";
    }
    if super::words::classes(head).has(super::words::Classes::HONORIFIC) {
        return "; ";
    }
    ", "
}

/// A line indented under a table row with a labelled detail of its talk: "  Abstract: …",
/// "  Comments: …".
fn is_detail(line: &str) -> bool {
    line.starts_with([' ', '\t'])
        && !line.trim_start().contains('\t')
        && (is_field_line(line.trim_start()) || is_chapter_mark(line.trim_start()))
}

/// A chapter mark that a row's long-text cell held (see `prepare::tsv`): "00:03:40 Title –
/// Name (Inst)", read under the row as a segment of its talk.
pub(crate) fn is_chapter_mark(line: &str) -> bool {
    let head = line.split_whitespace().next().unwrap_or("");
    head.contains(':')
        && head
            .split(':')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
        && line.len() > head.len() + 1
}

/// The people of a speaker cell that ends with a labelled moderator or host ("…; chair: D",
/// "…; stjórnandi: D"), without them; `None` when the cell has no such ending.
fn without_staff(cell: &str) -> Option<&str> {
    // ("A (X); B, Role, Y; C (Z). Chair: D": after a full stop too; not after an initial,
    // "Kolbeinn Þ. Hrafnkelsson")
    // (the first such label: "…. Co-authors (not presenting): Dr. A, Prof. B")
    cell.match_indices("; ")
        .chain(cell.match_indices(". "))
        .map(|(at, _)| at)
        .filter(|&at| {
            matches!(
                super::line::field_of(&cell[at + 2..]),
                Some(super::line::Field::Ignored)
            )
        })
        .min()
        .map(|at| cell[..at].trim_end())
}

/// Whether a row is struck through or marked cancelled ("~~Title~~ **cancelled**", a status
/// cell "CANCELLED (strike)"): no talk.
fn called_off(row: &[&str]) -> bool {
    row.iter().any(|c| {
        c.starts_with("~~") && c.trim_end_matches(['*', ' ']).contains("~~")
            || super::prepare::records::is_called_off(c)
            || super::line::marked_called_off(c)
            || super::line::moved_badge(c)
            // "[취소] …", "[ANNULÉ] …": a status tag in front of the title
            || c.strip_prefix('[').and_then(|r| r.split_once(']')).is_some_and(|(tag, _)| {
                super::lang::CALLED_OFF.contains(&tag.trim().to_lowercase().as_str())
            })
            // a recording's cell that says the seminar was put off: "Seminar postponed (UASU
            // strike)", "Postponed"
            || {
                let lower = c.split(" (").next().unwrap_or(c).trim().to_lowercase();
                matches!(
                    lower.as_str(),
                    "postponed" | "seminar postponed" | "talk postponed" | "lecture postponed"
                )
            }
    })
}

/// Whether a header row names a title column and a speaker column other than "Name" (which in
/// a document library is the file's name).
fn named_talk_columns<S: AsRef<str>>(row: &[S]) -> bool {
    let named = |want: Column| {
        row.iter().any(|c| {
            let lower = clean(c.as_ref()).to_lowercase();
            lower != "name" && header_column(&lower) == Some(want)
        })
    };
    named(Column::Title) && named(Column::Speaker)
}

/// Whether a row names its columns: a title or speaker column among names of columns.
fn is_header<S: AsRef<str>>(row: &[S]) -> bool {
    let columns: Option<Vec<Column>> = row.iter().map(|c| header_column(c.as_ref())).collect();
    columns.is_some_and(|h| h.contains(&Column::Title) || h.contains(&Column::Speaker))
}

fn read_table(
    lines: &[&str],
    start: usize,
    end: usize,
    lex: &Lexicon,
    out: &mut Vec<(usize, LineInfo)>,
) {
    let first = cells(lines[start]).unwrap_or_default();
    let mut header: Option<Vec<Column>> = first.iter().map(|c| header_column(c)).collect();
    // "Name" beside "Description" (a learning platform's recordings: "Playback, Name,
    // Description, Preview, Date, Duration") names the recording, not its speaker
    let described = first
        .iter()
        .any(|c| clean(c).eq_ignore_ascii_case("description"));
    if described {
        if let Some(h) = &mut header {
            if !h.contains(&Column::Title) {
                for (column, cell) in h.iter_mut().zip(&first) {
                    let cell = clean(cell);
                    if cell.eq_ignore_ascii_case("name") {
                        *column = Column::Item;
                    } else if cell.eq_ignore_ascii_case("description") {
                        *column = Column::Description;
                    }
                }
            }
        }
    }
    // "Name" beside "Presenter(s)" names the file or the item, not its speaker
    if named_talk_columns(&first) {
        if let Some(h) = &mut header {
            for (column, cell) in h.iter_mut().zip(&first) {
                if clean(cell).eq_ignore_ascii_case("name") {
                    *column = Column::Item;
                }
            }
        }
    }
    let owned: Vec<(usize, Vec<Cow<'_, str>>)> = lines
        .iter()
        .enumerate()
        .take(end)
        .skip(start)
        .filter_map(|(idx, line)| cells(line).map(|c| (idx, c)))
        .collect();
    let header = header.filter(|h| {
        h.contains(&Column::Title)
            || h.contains(&Column::Speaker)
            || h.contains(&Column::Item) && h.contains(&Column::Description)
    });
    let body = if header.is_some() { start + 1 } else { start };
    if header.is_some() {
        out.push((start, info(Kind::Noise, None)));
    }
    let rows: Vec<(usize, Vec<&str>)> = owned
        .iter()
        .filter(|(idx, _)| *idx >= body)
        .map(|(idx, c)| (*idx, c.iter().map(AsRef::as_ref).collect()))
        .collect();
    let columns = match header {
        Some(h) => h,
        None => guess_columns(&rows, lex),
    };
    let (joined_cells, continued) = join_broken_rows(&rows, &columns, lex);
    let mut above: Option<Vec<&str>> = None;
    for (k, (idx, row)) in rows.iter().enumerate() {
        let idx = *idx;
        if continued.contains(&idx) {
            out.push((idx, info(Kind::Noise, None)));
            continue;
        }
        let row: Vec<&str> = match joined_cells.iter().find(|(at, _)| *at == k) {
            Some((_, cells)) => cells.iter().map(String::as_str).collect(),
            None => row.clone(),
        };
        if is_separator_row(&row) {
            out.push((idx, info(Kind::Noise, None)));
            continue;
        }
        // A row shorter than the table by two or more cells, under a full row, lacks the
        // cells merged with the row above (a copied HTML table with rowspans): its cells are
        // the last columns, the first ones are those above ("2016 | Name | Inst | Part I" /
        // "Part II").
        let row = match &above {
            // (not under a row that is no talk: its merged cells would make this one a copy)
            Some(full)
                if row.len() + 2 <= columns.len()
                    && full.len() == columns.len()
                    && !called_off(full) =>
            {
                let mut merged: Vec<&str> = full[..columns.len() - row.len()].to_vec();
                merged.extend(&row);
                merged
            }
            _ => row,
        };
        out.push((idx, read_row(&row, &columns, lex)));
        if row.len() >= columns.len() {
            above = Some(row);
        }
    }
}

/// Rows that a line break inside a cell split over two lines, as a table copied from a web
/// page gives them ("4 October 2023 ⇥ Professor Name" / "Cardiff University ⇥ Title ⇥ …"):
/// two short lines whose cells make one row when the last cell of the first and the first of
/// the second are one cell. Returns the joined rows (by position in `rows`, the broken cell's
/// lines joined with ", ") and the lines that continued a row above.
fn join_broken_rows(
    rows: &[(usize, Vec<&str>)],
    columns: &[Column],
    lex: &Lexicon,
) -> (Vec<(usize, Vec<String>)>, Vec<usize>) {
    let width = columns.len();
    let mut joined = Vec::new();
    let mut continued = Vec::new();
    let mut k = 0;
    // (a row merged over several lines, as a rowspan leaves them, is shorter under a full row;
    // a broken row starts the table, follows another broken row, or starts with its date)
    let mut after_broken = true;
    while k + 1 < rows.len() {
        let (idx, first) = &rows[k];
        let (next_idx, second) = &rows[k + 1];
        let fits = first.len() >= 2
            && first.len() < width
            && second.len() < width
            && first.len() + second.len() - 1 == width
            && *next_idx == idx + 1;
        let starts = after_broken || columns[0] == Column::When && is_date_line(first[0]);
        if fits && starts {
            let mut cells: Vec<String> = first[..first.len() - 1]
                .iter()
                .map(|c| (*c).to_owned())
                .collect();
            // two people, surname first, one per line: "Vries, J. de (Jan)" / "Öztürk, Elif"
            let (above, below) = (first[first.len() - 1], second[0]);
            let people =
                inverted_names(above, lex).is_some() && inverted_names(below, lex).is_some();
            cells.push(format!("{above}{} {below}", if people { ";" } else { "," }));
            cells.extend(second[1..].iter().map(|c| (*c).to_owned()));
            joined.push((k, cells));
            continued.push(*next_idx);
            after_broken = true;
            k += 2;
        } else {
            after_broken = false;
            k += 1;
        }
    }
    (joined, continued)
}

fn info(kind: Kind, when: Option<String>) -> LineInfo {
    LineInfo {
        kind,
        listed: true,
        when,
        labelled: false,
        cancelled: false,
        strike: super::line::Strike::None,
    }
}

/// Decides what each column of a header-less table holds by scoring its cells over all
/// rows: the column that reads best as speakers, then dates, then the most title-like of the
/// rest; what remains beside them holds institutions.
fn guess_columns(rows: &[(usize, Vec<&str>)], lex: &Lexicon) -> Vec<Column> {
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    let mut speaker = vec![0.0f32; width];
    let mut date = vec![0usize; width];
    let mut title = vec![0.0f32; width];
    let mut filled = vec![0usize; width];
    for (_, row) in rows.iter().filter(|(_, r)| !is_separator_row(r)) {
        for (k, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            filled[k] += 1;
            // (a clock time alone, "15:00", "14:00–16:00", "09:00 to 09:50", is when too)
            let clock = cell.contains(':')
                && (cell
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '–' | ' '))
                    || super::time::parse_time_prefix(cell)
                        .is_some_and(|(_, rest)| rest.is_empty()));
            if clock || is_date_line(cell) {
                date[k] += 1;
                continue;
            }
            speaker[k] += parse_speakers(cell, lex).map_or(0.0, |p| p.score);
            title[k] +=
                title_score(cell) + (cell.split_whitespace().count() as f32 / 20.0).min(0.5);
        }
    }
    let mean = |v: f32, k: usize| v / filled[k].max(1) as f32;
    let mut columns = vec![Column::Other; width];
    for k in 0..width {
        if date[k] * 2 > filled[k] {
            columns[k] = Column::When;
        }
    }
    let best = |scores: &[f32], columns: &[Column]| {
        (0..width)
            .filter(|&k| columns[k] == Column::Other && filled[k] > 0)
            .max_by(|&a, &b| mean(scores[a], a).total_cmp(&mean(scores[b], b)))
    };
    if let Some(k) = best(&speaker, &columns).filter(|&k| mean(speaker[k], k) >= 0.4) {
        columns[k] = Column::Speaker;
    }
    if let Some(k) = best(&title, &columns) {
        columns[k] = Column::Title;
    }
    // The remaining column next to the speakers holds institutions.
    if let Some(s) = columns.iter().position(|c| *c == Column::Speaker) {
        for k in [s + 1, s.wrapping_sub(1)] {
            if k < width && columns[k] == Column::Other && filled[k] > 0 {
                columns[k] = Column::Affiliation;
                break;
            }
        }
    }
    columns
}

fn read_row(row: &[&str], columns: &[Column], lex: &Lexicon) -> LineInfo {
    // (Greek's semicolon, a raised dot glued to a word, sets people and institutions apart)
    let greek: Vec<Option<String>> = row
        .iter()
        .map(|c| super::speaker::greek_semicolons(c))
        .collect();
    let row: Vec<&str> = row
        .iter()
        .zip(&greek)
        .map(|(c, g)| g.as_deref().unwrap_or(c))
        .collect();
    let row = row.as_slice();
    let cell = |want: Column| -> Option<&str> {
        columns
            .iter()
            .zip(row)
            .find(|(c, v)| **c == want && !v.is_empty())
            .map(|(_, v)| *v)
    };
    // a board's title cell that names the speaker too ("[세미나] 4/2(수) Title - Name (Inst)"),
    // when no column holds the speakers: read like a line of a listing
    if cell(Column::Speaker).is_none() {
        if let Some(t) = cell(Column::Title) {
            let text = without_post_date(t);
            let reading = super::line::classify(&text, lex, super::line::DocContext::default());
            if let Kind::Combined { .. } = reading.kind {
                return if called_off(row) || reading.cancelled {
                    info(Kind::Noise, None)
                } else {
                    info(reading.kind, cell(Column::When).map(str::to_owned))
                };
            }
            // "10:00 to 11:00 ⇥ Name (Inst)" in a timetable whose titles are lines of their
            // own: the speaker, over the title the line below gives
            if let Some(people) = clear_people(&reading.kind) {
                return info(people, cell(Column::When).map(str::to_owned));
            }
        }
    }
    // a library row with no talk's fields filled in: the file's name may say who and what
    // ("L&L 2024-05-01 – Name (Inst) – Title.mp4")
    if cell(Column::Speaker).is_none() && cell(Column::Title).is_none() {
        if let Some(item) = cell(Column::Item) {
            let reading = super::line::classify(item, lex, super::line::DocContext::default());
            if let Kind::Combined { .. } = reading.kind {
                return if called_off(row) || reading.cancelled {
                    info(Kind::Noise, None)
                } else {
                    info(reading.kind, cell(Column::When).map(str::to_owned))
                };
            }
            if let Some(kind) = cell(Column::Description).and_then(|d| described(item, d, lex)) {
                return info(kind, cell(Column::When).map(str::to_owned));
            }
        }
    }
    // a series' name and the part in columns of their own: written as a part marker before
    // the title, so that the series reader takes them as it takes "Series (Part 2): Title"
    let title = cell(Column::Title).map(|t| {
        let t = super::text::clean_title(&strip_link(t));
        match (cell(Column::Series), cell(Column::Part)) {
            (Some(series), Some(part)) if part.bytes().all(|b| b.is_ascii_digit()) => {
                format!("{series} (Part {part}): {t}")
            }
            _ => t,
        }
    });
    let when = cell(Column::When).map(str::to_owned);
    // "Guest: dr. Ahmed El-Sayed (Fraunhofer IAIS)": a label before the people
    let unlabelled = cell(Column::Speaker).map(|s| match super::leadin::lead_in(s) {
        super::leadin::Lead::People(rest) if !rest.is_empty() => rest,
        // "Panel: Prof. A (X); Dr. B, Role, Y": in the presenter's column the label names the
        // people after it (elsewhere "Panel: Open data" labels a title)
        _ => match s.strip_prefix("Panel: ") {
            Some(rest) if !rest.is_empty() => Cow::Borrowed(rest),
            _ => Cow::Borrowed(s),
        },
    });
    // "A (X), B (Y) og C (Z); stjórnandi: D": the moderator after the people names nobody
    let unlabelled = unlabelled.map(|s| match without_staff(&s) {
        Some(people) => Cow::Owned(people.to_owned()),
        None => s,
    });
    // "TAs", "Tutors": the people who run a tutorial, nobody named (read as a name otherwise)
    let helpers = |s: &str| {
        matches!(
            clean(s).to_lowercase().as_str(),
            "tas" | "ta" | "tutors" | "teaching assistants" | "demonstrators" | "mentors"
        )
    };
    let mut speakers: Vec<Speaker> = unlabelled
        .as_deref()
        .filter(|s| !helpers(s))
        .map(|s| match (inverted_names(s, lex), parse_speakers(s, lex)) {
            (Some(names), _) => names,
            (None, Some(p)) => p.speakers,
            // a corporate creator ("Institute for Advanced Study (Princeton, N.J.)") is no speaker
            (None, None) if super::speaker::org_score(s, lex) >= 0.8 => Vec::new(),
            // "TBA", "to be announced", "n/a": nobody yet; "the organisers": nobody named
            (None, None) if is_placeholder(s) || s.starts_with(char::is_lowercase) => Vec::new(),
            // "Organizers", "Various speakers": nobody named
            (None, None)
                if matches!(
                    clean(s).to_lowercase().as_str(),
                    "organizers"
                        | "organisers"
                        | "the organizers"
                        | "the organisers"
                        | "various"
                        | "various speakers"
                        | "all"
                        | "everyone"
                        | "staff"
                ) =>
            {
                Vec::new()
            }
            // "New academic staff", "PGR students", "Workshop – see chapters below": a group
            // or a note, no one's name (a word in lower case that is no name's particle)
            (None, None)
                if s.split_whitespace().skip(1).any(|w| {
                    w.starts_with(char::is_lowercase)
                        && !super::words::is_in(&super::words::PARTICLE, w)
                }) =>
            {
                Vec::new()
            }
            (None, None) => vec![Speaker {
                name: clean(s).to_owned(),
                ..Speaker::default()
            }],
        })
        .unwrap_or_default();
    // Catalogue notes: "Speaker affiliation: Kyoto University."
    if cell(Column::Affiliation).is_none() {
        let noted = columns
            .iter()
            .zip(row)
            .filter(|(c, _)| **c == Column::Other)
            .find_map(|(_, v)| noted_affiliations(v, lex));
        if let Some(groups) = noted {
            let in_order = groups.len() == speakers.len() && groups.len() > 1;
            for (i, s) in speakers.iter_mut().enumerate() {
                let affs = if in_order {
                    groups[i].clone()
                } else {
                    groups.concat()
                };
                if s.affiliations.is_empty() {
                    s.affiliations = affs;
                }
            }
        }
    }
    // "A; B" (or "A / B", or "A, B" when each piece is an institution) under speakers "X; Y":
    // one group of institutions per speaker, in order.
    if let Some(groups) = cell(Column::Affiliation)
        .map(|a| {
            let sep = if a.contains(';') {
                ";"
            } else if a.contains(" / ") {
                " / "
            } else if a.contains(" & ") && !a.contains(", ") {
                " & "
            } else if a.contains(" and ") && !a.contains(", ") {
                " and "
            } else {
                ", "
            };
            a.split(sep).map(str::trim).collect::<Vec<_>>()
        })
        .filter(|g| g.len() > 1 && g.len() == speakers.len())
        // (semicolons set groups apart on purpose; other separators only between
        // institutions)
        .filter(|g| {
            cell(Column::Affiliation).is_some_and(|a| a.contains(';'))
                || g.iter().all(|a| {
                    lex.institution(a).is_some() || super::speaker::org_score(a, lex) >= 0.5
                })
        })
    {
        for (s, group) in speakers.iter_mut().zip(groups) {
            if s.affiliations.is_empty() {
                s.affiliations = super::speaker::fold_institutes(
                    super::speaker::fold_units(
                        parse_institutions(group, lex)
                            .or_else(|| super::speaker::loose_institutions(group, lex))
                            .unwrap_or_default(),
                    ),
                    group,
                    lex,
                );
            }
        }
    }
    if let Some(affs) = cell(Column::Affiliation).and_then(|a| {
        let affs: Vec<_> = a
            .split(';')
            // ("ricercatore indipendente", "independent scholar": a position, no institution;
            // but "imec" is one)
            .filter(|group| {
                group.chars().any(char::is_uppercase) || group.split_whitespace().count() < 2
            })
            .filter_map(|group| {
                parse_institutions(group, lex)
                    .or_else(|| super::speaker::loose_institutions(group, lex))
            })
            .flatten()
            .collect();
        (!affs.is_empty())
            .then(|| super::speaker::fold_institutes(super::speaker::fold_units(affs), a, lex))
    }) {
        for s in speakers.iter_mut().filter(|s| s.affiliations.is_empty()) {
            s.affiliations = affs.clone();
        }
    }
    let kind = match title {
        _ if called_off(row) => Kind::Noise,
        // a timetable of times and people, the titles on lines of their own between its rows
        None if !columns.contains(&Column::Title) => unlabelled
            .as_deref()
            .map(|s| super::line::classify(s, lex, super::line::DocContext::default()).kind)
            .and_then(|kind| clear_people(&kind))
            .unwrap_or(Kind::Noise),
        // "TBA": a slot with no talk yet
        Some(title) if !title.is_empty() && !is_placeholder(&title) => {
            Kind::Combined { title, speakers }
        }
        _ => Kind::Noise,
    };
    info(kind, when)
}

/// A recording's entry from its name and its description: "Week 3 – Colloquium" with
/// "Title — Name (Inst)" (the description names the talk), "Week 2 – Title" with "Speaker:
/// Name, Role, Inst" or "Name, Role, Inst" (the name names it), "Week 6 – Colloquium" with
/// "Title. Speakers: A and B (both X)". `None` when the description names nobody.
fn described(item: &str, description: &str, lex: &Lexicon) -> Option<Kind> {
    let classify = |s: &str| super::line::classify(s, lex, super::line::DocContext::default());
    // "Title. Speakers: …": the title, then the people's field
    let (lead, people) = match description.split_once(". ") {
        Some((lead, rest)) if matches!(classify(rest).kind, Kind::Field(Field::Speaker, _)) => {
            (Some(lead), rest)
        }
        _ => (None, description),
    };
    let speakers = match classify(people).kind {
        // (someone from an institution: "Course overview (Dr A, unit coordinator)" is the
        // course's own business)
        Kind::Combined { title, speakers }
            if lead.is_none()
                && speakers.iter().any(|s| {
                    s.affiliations
                        .iter()
                        .any(|a| super::speaker::role_score(&a.name) < 0.5)
                }) =>
        {
            return Some(Kind::Combined { title, speakers });
        }
        Kind::Speakers { speakers, score } if score >= 0.6 => speakers,
        Kind::Field(Field::Speaker, value) => super::layout::speaker_field(&value, lex)?,
        // "Prof. X (Inst) spoke about 'Title'. Q&A cut at his request.": a talk told in a
        // sentence
        _ => {
            return match super::prose::find_reports(description, lex).as_slice() {
                [(_, (title, speakers))] if !speakers.is_empty() => Some(Kind::Combined {
                    title: title.clone(),
                    speakers: speakers.clone(),
                }),
                _ => None,
            }
        }
    };
    if speakers.is_empty() {
        return None;
    }
    let title = match lead {
        Some(lead) => super::text::clean_title(lead),
        // "Week 2 – Title", "Session 4: Title": the title after the session's label
        None => {
            let title = [" – ", " — ", " - ", ": "]
                .iter()
                .find_map(|sep| item.split_once(sep).map(|(_, t)| t))
                .unwrap_or(item);
            super::text::clean_title(title)
        }
    };
    Some(Kind::Combined { title, speakers })
}

/// A cell that names people, each with an institution, and nothing else ("Name (Inst)",
/// "A (X) and B (Y)"): a speaker line.
fn clear_people(kind: &Kind) -> Option<Kind> {
    match kind {
        Kind::Speakers { speakers, score }
            if *score >= 0.6 && speakers.iter().all(|s| !s.affiliations.is_empty()) =>
        {
            Some(kind.clone())
        }
        _ => None,
    }
}

/// A board post's title without its label and the talk's date in front: "[세미나] 4/2(수)
/// Title" → "[세미나] Title" (the label is left to the line reader).
fn without_post_date(title: &str) -> std::borrow::Cow<'_, str> {
    let t = title.trim();
    let (label, rest) = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((label, rest)) => (Some(label), rest.trim_start()),
        None => (None, t),
    };
    // "4/2(수)", "3/26(Wed)", then maybe "16:00"
    let date_len = rest
        .split_whitespace()
        .next()
        .filter(|w| {
            let digits = w.split('(').next().unwrap_or(w);
            digits.contains('/')
                && digits.split('/').count() == 2
                && digits
                    .split('/')
                    .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(str::len);
    let Some(len) = date_len else {
        return title.into();
    };
    let mut rest = rest[len..].trim_start();
    if let Some(first) = rest.split_whitespace().next() {
        if first.len() <= 5
            && first.contains(':')
            && first.bytes().all(|b| b.is_ascii_digit() || b == b':')
        {
            rest = rest[first.len()..].trim_start();
        }
    }
    match label {
        Some(label) => format!("[{label}] {rest}").into(),
        None => rest.into(),
    }
}

/// Catalogue names, surname first: "Nakashima, Rei, 1978-", "Washington, Marcus, Jr., 1970-",
/// several joined by " ; ". `None` unless every name has that shape: "Ingrid Solberg, NTNU" is
/// a name and an institution (an acronym, or one the gazetteer knows), not "NTNU Ingrid Solberg".
pub(crate) fn inverted_names(cell: &str, lex: &Lexicon) -> Option<Vec<Speaker>> {
    let mut out = Vec::new();
    for person in cell.split(';') {
        // (a comma inside brackets is an institution's: "Dr. A (Institute, Talawakelle)")
        if person
            .split(',')
            .any(|p| p.matches('(').count() != p.matches(')').count())
        {
            return None;
        }
        let parts: Vec<&str> = person
            .split(',')
            .map(str::trim)
            .filter(|p| {
                !p.is_empty() && !p.starts_with(|c: char| c.is_ascii_digit()) && !p.starts_with('(')
            })
            .map(|p| p.split(" (").next().unwrap_or(p).trim())
            .collect();
        let [family, given, rest @ ..] = parts.as_slice() else {
            return None;
        };
        let name_like = |s: &str| {
            let n = s.split_whitespace().count();
            (1..=3).contains(&n)
                && s.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || super::words::is_in(&super::words::PARTICLE, w)
                })
        };
        // "Ann Lee-Berg, Bo Ek" lists two people: a family name of several words comes
        // with a single given name at most
        let words = |s: &str| {
            s.split_whitespace()
                .filter(|w| !super::words::is_in(&super::words::PARTICLE, w))
                .count()
        };
        if !name_like(family) || !name_like(given) || words(family) >= 2 && words(given) >= 2 {
            return None;
        }
        // "Vlček, Ph.D.": a degree after the name, not a given name; "Kagiso Molefe-Jansen,
        // Biostatistician, The Aurum Institute": a position
        if super::speaker::DEGREES.contains(given) || super::speaker::role_score(given) >= 0.8 {
            return None;
        }
        let acronym = given.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && given
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '&'));
        if acronym || lex.institution(given).is_some() {
            return None;
        }
        // "Vries, J. de (Jan)": the particle written after the initials belongs to the
        // family name, and the bracket spells the initial out
        let mut given_words: Vec<&str> = given.split_whitespace().collect();
        let mut particles: Vec<&str> = Vec::new();
        while given_words.len() > 1
            && given_words
                .last()
                .is_some_and(|w| super::words::is_in(&super::words::PARTICLE, w))
        {
            particles.insert(0, given_words.pop().unwrap_or_default());
        }
        let spelled = person
            .split_once(" (")
            .and_then(|(_, r)| r.split_once(')'))
            .map(|(inner, _)| inner.trim())
            .filter(|inner| {
                let initial = given_words.first().and_then(|g| g.chars().next());
                !inner.contains(' ')
                    && inner.chars().count() >= 2
                    && inner.starts_with(char::is_uppercase)
                    && given_words.len() == 1
                    && given_words[0].trim_end_matches('.').chars().count() == 1
                    && initial == inner.chars().next()
            });
        let given = spelled.map_or_else(|| given_words.join(" "), str::to_owned);
        let family = if particles.is_empty() {
            (*family).to_owned()
        } else {
            format!("{} {family}", particles.join(" "))
        };
        let mut name = format!("{given} {family}");
        for suffix in rest {
            if super::words::is_in(&super::words::SUFFIX, suffix) {
                name.push(' ');
                name.push_str(suffix);
            }
        }
        out.push(Speaker {
            name,
            ..Speaker::default()
        });
    }
    (!out.is_empty()).then_some(out)
}

/// "Speaker affiliation: X." or "Speaker affiliations, in order: X; Y." in a notes cell:
/// one group of affiliations per `;`.
fn noted_affiliations(cell: &str, lex: &Lexicon) -> Option<Vec<Vec<crate::model::Affiliation>>> {
    let lower = cell.to_lowercase();
    let at = lower.find("affiliation")?;
    let colon = cell[at..].find(':')? + at + 1;
    let rest = &cell[colon..];
    let end = rest.find(". ").unwrap_or(rest.len());
    let text = rest[..end].trim().trim_end_matches(['.', '"']);
    let text = text.split(" (").next().unwrap_or(text);
    let groups: Vec<Vec<crate::model::Affiliation>> = text
        .split(';')
        .filter_map(|g| super::speaker::loose_institutions(g, lex))
        .collect();
    (!groups.is_empty()).then_some(groups)
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

    #[test]
    fn comma_separated_rows_need_quotes_or_a_header_shape() {
        let row =
            |t: &str| csv_cells(t).map(|c| c.into_iter().map(Cow::into_owned).collect::<Vec<_>>());
        assert_eq!(
            row(r#""""Physics-Informed"" Nets","Amit Sharma; Laura Becker","","2024-10-17""#),
            Some(vec![
                "\"Physics-Informed\" Nets".to_owned(),
                "Amit Sharma; Laura Becker".to_owned(),
                String::new(),
                "2024-10-17".to_owned()
            ])
        );
        assert_eq!(
            row("title,speakers,affiliation,date,url").map(|c| c.len()),
            Some(5)
        );
        // prose and speaker lines are no rows
        assert_eq!(row("Ingrid Chen, Caltech, and Ravi Kowalski, MIT"), None);
        assert_eq!(row("Jane Doe, Stanford University"), None);
        assert_eq!(row(r#""Unterminated,"x"#), None);
    }

    #[test]
    fn a_timetable_of_times_and_speakers_over_title_lines() {
        let lex = Lexicon::builtin_for_tests();
        let text = "09:00 to 09:30\tRegistration\n\
                    09:30 to 10:30\tAnneliese Karamanlis-Brook (Stanford University)\n\
                    Uniqueness of cylindrical blow-ups\n\
                    10:30 to 11:00\tCoffee\n\
                    11:00 to 12:00\tMarta Voss (ETH Zürich) and Jonas Mboya (University of Copenhagen)\n\
                    Neckpinches in higher codimension\n";
        let lines: Vec<&str> = text.lines().collect();
        let read = read_tables(&lines, &lex);
        let people = |at: usize| match read.iter().find(|(i, _)| *i == at).map(|(_, r)| &r.kind) {
            Some(Kind::Speakers { speakers, .. }) => {
                speakers.iter().map(|s| s.name.as_str()).collect::<Vec<_>>()
            }
            other => panic!("{other:?}"),
        };
        // the rows with people are speaker lines, for the titles below them
        assert_eq!(people(1), ["Anneliese Karamanlis-Brook"]);
        assert_eq!(people(4), ["Marta Voss", "Jonas Mboya"]);
        // the breaks are no talks with speakers
        assert!(read.iter().filter(|(i, _)| [0, 3].contains(i)).all(
            |(_, r)| !matches!(&r.kind, Kind::Combined { speakers, .. } if !speakers.is_empty())
        ));
    }

    #[test]
    fn a_csv_export_is_read_by_its_header() {
        let lex = Lexicon::builtin_for_tests();
        let text = r#"title,speakers,affiliation,date
"Mean-Field Games, Revisited","Paolo Ferraro; Giulia Conti","Sapienza University of Rome; ETH Zurich","2024-09-12"
"TBA","TBA","","2024-12-05"
"#;
        let lines: Vec<&str> = text.lines().collect();
        let read = read_tables(&lines, &lex);
        let Kind::Combined { title, speakers } = &read[1].1.kind else {
            panic!("{read:?}");
        };
        assert_eq!(title, "Mean-Field Games, Revisited");
        assert_eq!(
            speakers[0].affiliations[0].name,
            "Sapienza University of Rome"
        );
        assert_eq!(speakers[1].affiliations[0].name, "ETH Zurich");
        // a TBA slot is no talk, and TBA is nobody
        match &read[2].1.kind {
            Kind::Noise => {}
            Kind::Combined { speakers, .. } => {
                assert!(speakers.is_empty(), "TBA is nobody: {speakers:?}")
            }
            other => panic!("{other:?}"),
        }
    }

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
    fn a_name_and_an_acronym_are_no_inverted_name() {
        let t = "Date\tSpeaker\tTitle\n12 March\tIngrid Solberg, NTNU\tPort-Hamiltonian Integrators\n9 May\tSolberg, Ingrid\tLow-Rank Updates";
        assert_eq!(
            titles_and_speakers(t),
            [
                (
                    "Port-Hamiltonian Integrators".to_owned(),
                    vec!["Ingrid Solberg".to_owned()]
                ),
                (
                    "Low-Rank Updates".to_owned(),
                    vec!["Ingrid Solberg".to_owned()]
                ),
            ]
        );
    }

    #[test]
    fn a_line_break_inside_a_cell_splits_the_row_in_two_lines() {
        let t = "Date\tSpeaker\tTitle\tHost\n\
                 9 January 2025\tDr Ana Puig\n\
                 Tohoku University\tSpin ice in two dimensions\tDr Mira Patel\n\
                 16 January 2025\tDr Bo Ek\n\
                 Lund University\tFlat bands\tDr Mira Patel\n";
        assert_eq!(
            titles_and_speakers(t),
            vec![
                ("Spin ice in two dimensions".into(), vec!["Ana Puig".into()]),
                ("Flat bands".into(), vec!["Bo Ek".into()]),
            ]
        );
        // a row merged over two lines by a rowspan is no broken cell: it lacks the first cells
        let t = "Year\tLecturer\tInstitution\tTitle\tNotes\n\
                 2016\tAna Puig\tLund University\tPart I\tonline\n\
                 Part II\tin person\tslides\n\
                 2017\tBo Ek\tKTH\tFlat bands\t–\n";
        let found = titles_and_speakers(t);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[2].0, "Flat bands");
    }

    #[test]
    fn a_wiki_table_of_presenters() {
        let t = "Date\tPresenter(s)\tTopic\tVideo\tStatus\n\
                 09-01-2024\tHaddad, Karim\tFeature stores without the hype\t▶ Zoom\tDONE\n\
                 23-01-2024\tGuest: dr. Marisol Quintero (Universidad de Chile)\tCausal forests\t▶ Zoom\tDONE\n\
                 06-02-2024\tBerg, A. van den (Anouk)\n\
                 Okafor, Chidi\tEvaluating retrieval\t▶ Zoom\tDONE\n";
        assert_eq!(
            titles_and_speakers(t),
            vec![
                (
                    "Feature stores without the hype".into(),
                    vec!["Karim Haddad".into()]
                ),
                ("Causal forests".into(), vec!["Marisol Quintero".into()]),
                (
                    "Evaluating retrieval".into(),
                    vec!["Anouk van den Berg".into(), "Chidi Okafor".into()]
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

    #[test]
    fn catalogue_names_and_affiliation_notes() {
        let lex = Lexicon::builtin_for_tests();
        let names = |cell: &str| {
            inverted_names(cell, &lex).map(|v| v.into_iter().map(|s| s.name).collect::<Vec<_>>())
        };
        assert_eq!(
            names("Nakashima, Rei, 1978-"),
            Some(vec!["Rei Nakashima".into()])
        );
        assert_eq!(
            names("Washington, Marcus, Jr., 1970-"),
            Some(vec!["Marcus Washington Jr.".into()])
        );
        assert_eq!(
            names("Lindström, Erik ; Ferreira, Ana Beatriz"),
            Some(vec!["Erik Lindström".into(), "Ana Beatriz Ferreira".into()])
        );
        assert_eq!(names("Jane Doe"), None);
        let lex = Lexicon::builtin_for_tests();
        let groups = noted_affiliations(
            "Speaker affiliations, in order: ECMWF; Google DeepMind.",
            &lex,
        );
        let groups: Option<Vec<Vec<String>>> = groups.map(|g| {
            g.into_iter()
                .map(|a| a.into_iter().map(|a| a.name).collect())
                .collect()
        });
        assert_eq!(
            groups,
            Some(vec![vec!["ECMWF".into()], vec!["Google DeepMind".into()]])
        );
    }
}
