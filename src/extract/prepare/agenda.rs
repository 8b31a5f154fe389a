//! A calendar printed in agenda view (Google Calendar's "Print" with event details): per day a
//! heading, per event a time range (`4pm - 5pm`, `All day`) and the event's name after a wide
//! gap, then its details indented under the name (`Where:`, `Calendar:`, `Created by:`,
//! `Description: …`, `Who:` with one guest per line).
//!
//! The entry points are [`applies`] and [`blocks`]. Each event becomes a block: its name, then
//! its description cut into sentences (so that `Title: …`, `Lecturer: …` and `Panelists: …`
//! written inside a description are fields of their own), then its other detail lines as
//! abstract. Where, calendar, creator and guests name no talk and no speaker, and are dropped.

use super::Line;

/// Fewest events that make a document an agenda print.
const MIN_EVENTS: usize = 3;

/// Details of an event that say nothing about its talk.
const DROPPED: &[&str] = &["where:", "calendar:", "created by:", "who:", "video call:"];

/// Where the event's name starts on a line that opens an event: after `4pm - 5pm`,
/// `10:30am - 12pm` or `All day` and a gap of two spaces or more.
fn event_start(line: &str) -> Option<usize> {
    // (cheap refusal: most lines start with neither a digit nor "All day")
    if !line.starts_with(|c: char| c.is_ascii_digit()) && !line.starts_with("All day") {
        return None;
    }
    let head = line.split("  ").next()?;
    let gap_end = head.len() + line[head.len()..].len() - line[head.len()..].trim_start().len();
    if gap_end <= head.len() + 1 || line[gap_end..].trim().is_empty() {
        return None;
    }
    let lower = head.trim().to_ascii_lowercase();
    let clock = |t: &str| {
        let t = t.trim();
        let digits = t.strip_suffix("am").or_else(|| t.strip_suffix("pm"));
        digits.is_some_and(|d| {
            !d.is_empty()
                && d.split(':')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    let range = lower
        .split_once(" - ")
        .is_some_and(|(a, b)| clock(a) && clock(b));
    (range || lower == "all day").then_some(gap_end)
}

/// Whether the document is an agenda print: at least three events with a `Calendar:` or
/// `Where:` detail under them.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let mut events = 0;
    for pair in lines.windows(2) {
        if let Some(at) = event_start(pair[0]) {
            let next = pair[1];
            let indented = next.len() > at && next[..at].trim().is_empty();
            let detail = next.trim_start().to_ascii_lowercase();
            if indented && DROPPED.iter().any(|d| detail.starts_with(d)) {
                events += 1;
                if events >= MIN_EVENTS {
                    return true;
                }
            }
        }
    }
    false
}

/// The document's events as blocks of lines (see the module's documentation). An event's
/// fields come before its abstract, as a listing writes them (a speaker field after an
/// abstract would start an entry of its own).
pub(crate) fn blocks<'a>(lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut indent: Option<usize> = None;
    // inside `Who:`: its guests are indented further
    let mut skipping = false;
    let mut abstracts: Vec<Line<'a>> = Vec::new();
    for line in lines {
        let text = line.text.as_ref();
        if let Some(at) = event_start(text) {
            out.append(&mut abstracts);
            // a rule ends the event before: a name without speakers (coffee, a holiday) takes
            // no people from the next event
            out.push(Line::new("", line.origin));
            out.push(Line::new("---", line.origin));
            out.push(Line::new(text[at..].trim().to_owned(), line.origin));
            indent = Some(at);
            skipping = false;
            continue;
        }
        let lead = text.len() - text.trim_start().len();
        match indent {
            Some(at) if !text.trim().is_empty() && lead >= at => {
                let detail = text.trim();
                let lower = detail.to_ascii_lowercase();
                if lead > at {
                    // a guest under `Who:`, or a wrapped detail
                    if !skipping {
                        abstracts.push(Line::new(format!("Abstract: {detail}"), line.origin));
                    }
                    continue;
                }
                skipping = false;
                if DROPPED.iter().any(|d| lower.starts_with(d)) {
                    skipping = true;
                    continue;
                }
                let mut rest = if lower.starts_with("description:") {
                    detail["description:".len()..].trim()
                } else {
                    detail
                };
                // a description cut into sentences: "Title: …", "Lecturer: …" inside it
                while !rest.is_empty() {
                    let sentence = crate::extract::line::first_sentence(rest);
                    let piece = sentence.trim().trim_end_matches('.');
                    if crate::extract::line::is_field_line(piece) {
                        out.push(Line::new(piece.to_owned(), line.origin));
                    } else if !piece.is_empty() {
                        abstracts.push(Line::new(format!("Abstract: {piece}"), line.origin));
                    }
                    rest = rest[sentence.len()..].trim_start_matches('.').trim_start();
                }
            }
            _ => {
                out.append(&mut abstracts);
                indent = None;
                skipping = false;
                out.push(line);
            }
        }
    }
    out.append(&mut abstracts);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_and_their_details() {
        let text = [
            "Mon Sep 9",
            "4pm - 5pm        Colloquium: Ana Li (KTH) – Tides",
            "                 Where: Hall 1",
            "                 Calendar: Physics",
            "                 Description: Host: Bo Ek",
            "                 Who: Bo Ek - organizer",
            "                      physics@example.org",
            "",
            "Tue Sep 10",
            "10am - 12pm      Optics (1/2): Lenses",
            "                 Calendar: Physics",
            "                 Description: A course. Lecturer: Dr. K. S. Rao (IISc). Bring a laptop.",
            "All day          Holiday",
            "                 Calendar: Holidays",
        ];
        assert!(applies(&text));
        assert!(!applies(&["4pm - 5pm  Talk", "Where: Hall"]));
        let lines: Vec<Line> = text
            .iter()
            .enumerate()
            .map(|(i, l)| Line::new(*l, i + 1))
            .collect();
        let got: Vec<String> = blocks(lines)
            .into_iter()
            .map(|l| l.text.into_owned())
            .filter(|t| !t.is_empty() && t != "---")
            .collect();
        assert_eq!(
            got,
            [
                "Mon Sep 9",
                "Colloquium: Ana Li (KTH) – Tides",
                "Host: Bo Ek",
                "Tue Sep 10",
                "Optics (1/2): Lenses",
                "Lecturer: Dr. K. S. Rao (IISc)",
                "Abstract: A course",
                "Abstract: Bring a laptop",
                "Holiday",
            ]
        );
    }
}
