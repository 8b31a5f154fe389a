//! iCalendar exports (RFC 5545, `.ics`): each event becomes a block of listing lines.
//!
//! The entry points are [`is_calendar`] and [`convert`]. Folded lines (a line end followed by
//! a space or tab continues the line) are unfolded and the text escapes `\,` `\;` `\n` `\\`
//! decoded. A calendar event names its talk in `SUMMARY` and `DESCRIPTION` in one of two ways:
//! the summary holds the talk (`Name (Inst) - Title`, `Title (Part 1 of 2)`), or, when the
//! description has a `Title:` field, the summary names the speaker, often after the host
//! seminar's name (`Physics Colloquium — Name (Inst)`). Each event is written as the title
//! first, then the speaker, then the rest of the description, followed by a blank line.
//! Cancelled events (`STATUS:CANCELLED`) are left out; schedule fields (`DTSTART`,
//! `LOCATION`, `ORGANIZER`, …) are not talk text and are dropped.

use super::Line;

/// Whether the document is an iCalendar file: its first line with text is `BEGIN:VCALENDAR`.
pub(crate) fn is_calendar(lines: &[&str]) -> bool {
    lines
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.eq_ignore_ascii_case("BEGIN:VCALENDAR"))
}

/// A content line after unfolding, with the source line where each of its pieces starts.
struct Logical {
    text: String,
    /// (byte offset in `text`, source line), in order.
    starts: Vec<(usize, usize)>,
}

impl Logical {
    /// The source line that holds byte `offset` of the unfolded text.
    fn line_at(&self, offset: usize) -> usize {
        self.starts
            .iter()
            .take_while(|(at, _)| *at <= offset)
            .last()
            .map_or(0, |(_, line)| *line)
    }
}

/// Joins folded lines: a line that starts with a space or a tab continues the one before.
fn unfold(lines: &[&str]) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let folded = l.starts_with([' ', '\t']);
        match out.last_mut() {
            Some(last) if folded => {
                last.starts.push((last.text.len(), i + 1));
                last.text.push_str(&l[1..]);
            }
            _ => out.push(Logical {
                text: (*l).to_owned(),
                starts: vec![(0, i + 1)],
            }),
        }
    }
    out
}

/// Splits a content line into its name (upper-cased) and the byte offset of its value: the
/// value starts after the first `:` outside a quoted parameter.
fn property(text: &str) -> Option<(String, usize)> {
    let name_end = text.find([':', ';'])?;
    let mut quoted = false;
    for (i, c) in text.char_indices().skip_while(|(i, _)| *i < name_end) {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some((text[..name_end].to_ascii_uppercase(), i + 1)),
            _ => {}
        }
    }
    None
}

/// Decodes a text value from byte `start` of `logical`: its lines (split at `\n` escapes),
/// each with the source line it starts on.
fn decode(logical: &Logical, start: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_at = start;
    let mut chars = logical.text[start..].char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            cur.push(c);
            continue;
        }
        match chars.next() {
            Some((_, 'n' | 'N')) => {
                out.push((std::mem::take(&mut cur), logical.line_at(cur_at)));
                cur_at = chars.peek().map_or(logical.text.len(), |(j, _)| start + j);
            }
            Some((_, e)) => cur.push(e),
            None => cur.push('\\'),
        }
    }
    out.push((cur, logical.line_at(cur_at)));
    out
}

/// What one event says.
#[derive(Default)]
struct Event {
    summary: Option<(String, usize)>,
    description: Vec<(String, usize)>,
    cancelled: bool,
    end: usize,
}

/// Rewrites a calendar as listing lines, one block per event.
pub(crate) fn convert<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    let mut event: Option<Event> = None;
    for logical in unfold(lines) {
        let Some((name, value_at)) = property(&logical.text) else {
            continue;
        };
        let value = logical.text[value_at..].trim();
        match name.as_str() {
            "BEGIN" if value.eq_ignore_ascii_case("VEVENT") => event = Some(Event::default()),
            "END" if value.eq_ignore_ascii_case("VEVENT") => {
                if let Some(mut e) = event.take() {
                    e.end = logical.line_at(0);
                    write_event(e, &mut out);
                }
            }
            _ => {}
        }
        let Some(e) = event.as_mut() else { continue };
        match name.as_str() {
            "SUMMARY" => {
                let text = decode(&logical, value_at)
                    .into_iter()
                    .map(|(t, _)| t)
                    .collect::<Vec<_>>()
                    .join(" ");
                e.summary = Some((text.trim().to_owned(), logical.line_at(0)));
            }
            "DESCRIPTION" => e.description = decode(&logical, value_at),
            "STATUS" => e.cancelled = value.eq_ignore_ascii_case("CANCELLED"),
            _ => {}
        }
    }
    out
}

/// Whether a description line is the talk's title field.
fn is_title_field(line: &str) -> bool {
    let lower = line.trim_start().to_ascii_lowercase();
    ["title:", "talk title:", "seminar title:", "lecture title:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// The speaker part of a summary that names the host seminar first: "Physics Colloquium —
/// Ann Lee (MIT)" → "Ann Lee (MIT)".
fn after_host(summary: &str) -> &str {
    for sep in [" — ", " – ", " - ", ": "] {
        if let Some((host, rest)) = summary.split_once(sep) {
            let short = host.split_whitespace().count() <= 6 && !host.contains('(');
            if short && !rest.trim().is_empty() {
                return rest.trim();
            }
        }
    }
    summary
}

fn write_event(e: Event, out: &mut Vec<Line<'_>>) {
    if e.cancelled {
        return;
    }
    let titled = e.description.iter().position(|(t, _)| is_title_field(t));
    if let Some(at) = titled {
        let (title, line) = &e.description[at];
        out.push(Line::new(title.trim().to_owned(), *line));
        if let Some((summary, line)) = &e.summary {
            out.push(Line::new(
                format!("Speaker: {}", after_host(summary)),
                *line,
            ));
        }
    } else if let Some((summary, line)) = &e.summary {
        out.push(Line::new(summary.clone(), *line));
    }
    for (i, (text, line)) in e.description.iter().enumerate() {
        if Some(i) != titled {
            out.push(Line::new(text.trim().to_owned(), *line));
        }
    }
    out.push(Line::new("", e.end));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(ics: &str) -> Vec<(String, usize)> {
        let lines: Vec<&str> = ics.split('\n').collect();
        convert(&lines)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect()
    }

    #[test]
    fn folded_escaped_events_become_blocks() {
        let ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION:Title: Sparse solvers\\, rev\n isited\\n\\nAbstract: We st\n udy\\; things.\nSUMMARY:Optics Seminar — Ann Lee (Lund Univ\n ersity)\nEND:VEVENT\nBEGIN:VEVENT\nSTATUS:CANCELLED\nSUMMARY:Bo Ek - Gone\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Cy Dahl (KTH) - Fast codes\nLOCATION:Room 1\\, B\nEND:VEVENT\nEND:VCALENDAR";
        assert!(is_calendar(&ics.split('\n').collect::<Vec<_>>()));
        assert_eq!(
            texts(ics),
            vec![
                ("Title: Sparse solvers, revisited".into(), 3),
                ("Speaker: Ann Lee (Lund University)".into(), 6),
                ("".into(), 4),
                ("Abstract: We study; things.".into(), 4),
                ("".into(), 8),
                ("Cy Dahl (KTH) - Fast codes".into(), 14),
                ("".into(), 16),
            ]
        );
    }

    #[test]
    fn not_a_calendar() {
        assert!(!is_calendar(&["Title", "BEGIN:VCALENDAR"]));
        assert!(texts("BEGIN:VCALENDAR\n:\n;\nBEGIN:VEVENT\nSUMMARY\n").is_empty());
    }
}
