//! WebVTT and SubRip files: a recording's chapter or caption track, whose cues are the talks
//! of the session recorded in one piece.
//!
//! The entry points are [`applies`] and [`cues`]. A WebVTT file starts with `WEBVTT` (maybe
//! followed by a title: `WEBVTT - Research Day 2025`); its header lines (`Kind: chapters`,
//! `Language: en`) run to the first blank line. Each cue is an optional identifier, a timing
//! line `00:07:35.000 --> 00:52:10.000` (settings may follow) and its text lines up to a blank
//! line. `NOTE` blocks are comments on the file, kept as text (they may say a talk was withdrawn
//! or is missing from the video); `STYLE` and `REGION` blocks are dropped. A SubRip file is
//! numbered cues with `00:07:35,000 --> …` timings.
//!
//! Each cue becomes a timestamped line, `00:07:35 Title`, with its other text lines under it,
//! so that the cues read as a session's chapters: the start is the cue's start time, without
//! its milliseconds. The title after `WEBVTT` heads the session.

use super::Line;

/// Whether the document is a WebVTT file (`WEBVTT` first) or a SubRip file (a cue number,
/// then a timing line).
pub(crate) fn applies(lines: &[&str]) -> bool {
    let mut text = lines
        .iter()
        .map(|l| l.trim_start_matches('\u{feff}').trim())
        .filter(|l| !l.is_empty());
    match text.next() {
        Some(first) if first.starts_with("WEBVTT") => {
            let rest = &first["WEBVTT".len()..];
            rest.is_empty() || rest.starts_with([' ', '\t', '-'])
        }
        Some(first) if first.bytes().all(|b| b.is_ascii_digit()) => {
            text.next().is_some_and(|t| timing(t).is_some())
        }
        _ => false,
    }
}

/// The start of a timing line (`00:07:35.000 --> 00:52:10.000 align:start`), without its
/// milliseconds: `00:07:35`.
fn timing(line: &str) -> Option<&str> {
    let (start, rest) = line.split_once("-->")?;
    let start = start.trim();
    let end = rest.split_whitespace().next()?;
    let stamp = |s: &str| {
        !s.is_empty()
            && s.contains(':')
            && s.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b','))
    };
    if !stamp(start) || !stamp(end) {
        return None;
    }
    Some(start.split(['.', ',']).next().unwrap_or(start))
}

/// The lines of the file with every cue as a timestamped line and the text under it.
pub(crate) fn cues<'a>(lines: &[Line<'a>]) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut notes = Vec::new();
    let mut i = 0;
    // the header: "WEBVTT - Title" and its metadata up to the first blank line
    if let Some(first) = lines.iter().position(|l| !l.text.trim().is_empty()) {
        let head = lines[first].text.trim().trim_start_matches('\u{feff}');
        if let Some(rest) = head.strip_prefix("WEBVTT") {
            let title = rest.trim().trim_start_matches(['-', ':']).trim();
            if !title.is_empty() {
                out.push(Line::new(title.to_owned(), lines[first].origin));
                out.push(Line::new("", lines[first].origin));
            }
            i = first + 1;
            while i < lines.len() && !lines[i].text.trim().is_empty() {
                i += 1;
            }
        }
    }
    while i < lines.len() {
        let text = lines[i].text.trim();
        if text.is_empty() {
            i += 1;
            continue;
        }
        // the block up to the next blank line
        let end = (i..lines.len())
            .find(|&k| lines[k].text.trim().is_empty())
            .unwrap_or(lines.len());
        let block = &lines[i..end];
        let word = text.split_whitespace().next().unwrap_or("");
        match word {
            "STYLE" | "REGION" => {}
            "NOTE" => {
                // a comment: its text, as paragraphs after the cues (the cues follow the
                // track's title, as a session's chapters follow its heading)
                let first = text["NOTE".len()..].trim();
                if !first.is_empty() {
                    notes.push(Line::new(first.to_owned(), block[0].origin));
                }
                notes.extend(block[1..].iter().cloned());
                notes.push(Line::new("", block[block.len() - 1].origin));
            }
            _ => {
                // an identifier line before the timing line is no text of the cue
                let at = block.iter().position(|l| timing(&l.text).is_some());
                match at {
                    Some(t) => {
                        let start = timing(&block[t].text).unwrap_or("");
                        let body = &block[t + 1..];
                        if let Some((title, rest)) = body.split_first() {
                            out.push(Line::new(
                                format!("{start} {}", title.text.trim()),
                                title.origin,
                            ));
                            out.extend(rest.iter().cloned());
                        }
                    }
                    None => {
                        out.extend(block.iter().cloned());
                        out.push(Line::new("", block[block.len() - 1].origin));
                    }
                }
            }
        }
        i = end;
    }
    if !notes.is_empty() {
        out.push(Line::new("", notes[0].origin));
        out.extend(notes);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, usize)> {
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, l)| Line::new(l, i + 1))
            .collect();
        cues(&lines)
            .into_iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.into_owned(), l.origin))
            .collect()
    }

    #[test]
    fn a_chapter_track_is_a_session_with_its_talks() {
        let text = "WEBVTT - Coastal Day 2024 (full recording)\n\
                    Kind: chapters\n\
                    \n\
                    NOTE\n\
                    The 11:00 talk by Dr Pia Lind (SMHI), \"Storm surges\", was withdrawn.\n\
                    \n\
                    1\n\
                    00:00:00.000 --> 00:06:10.000\n\
                    Welcome\n\
                    \n\
                    2\n\
                    00:06:10.000 --> 00:48:00.000\n\
                    Salt marshes under pressure\n\
                    Dr Ana Ruiz-Holm (University of Plymouth)\n\
                    \n\
                    3\n\
                    00:48:00.000 --> 01:20:00.000\n\
                    Dunes and people\n\
                    Kofi Mensah-Lund, PhD student, Lund University\n";
        let doc = crate::extract::extract_text("t.vtt", text);
        assert_eq!(doc.talks.len(), 1, "{:?}", doc.talks);
        let session = &doc.talks[0];
        assert_eq!(session.title, "Coastal Day 2024 (full recording)");
        let segments: Vec<(&str, Option<&str>, Vec<&str>, usize)> = session
            .segments
            .iter()
            .map(|s| {
                (
                    s.title.as_str(),
                    s.start.as_deref(),
                    s.speakers.iter().map(|p| p.name.as_str()).collect(),
                    s.line,
                )
            })
            .collect();
        assert_eq!(
            segments,
            [
                ("Welcome", Some("00:00:00"), vec![], 9),
                (
                    "Salt marshes under pressure",
                    Some("00:06:10"),
                    vec!["Ana Ruiz-Holm"],
                    13
                ),
                (
                    "Dunes and people",
                    Some("00:48:00"),
                    vec!["Kofi Mensah-Lund"],
                    18
                ),
            ]
        );
    }

    #[test]
    fn detects_webvtt_and_subrip() {
        assert!(applies(&["WEBVTT", "", "00:00.000 --> 00:05.000", "Hi"]));
        assert!(applies(&["\u{feff}WEBVTT - Day one"]));
        assert!(applies(&["1", "00:00:00,000 --> 00:00:04,000", "Welcome"]));
        assert!(!applies(&["WEBVTTX"]));
        assert!(!applies(&["1", "Welcome"]));
        assert!(!applies(&["Talks", "00:00:00.000 --> 00:00:04.000"]));
    }

    #[test]
    fn cues_become_timestamped_lines() {
        let found = run("WEBVTT - Coastal Day 2024: chapters\n\
                         Kind: chapters\n\
                         \n\
                         NOTE\n\
                         The 11:00 talk was withdrawn.\n\
                         \n\
                         ch01\n\
                         00:00:00.000 --> 00:06:10.000\n\
                         Welcome\n\
                         \n\
                         ch02\n\
                         00:06:10.000 --> 00:48:00.000 align:start\n\
                         Salt marshes under pressure\n\
                         Dr Ana Ruiz-Holm (University of Plymouth)\n\
                         \n\
                         STYLE\n\
                         ::cue { color: lime }\n");
        assert_eq!(
            found,
            [
                ("Coastal Day 2024: chapters".to_owned(), 1),
                ("00:00:00 Welcome".to_owned(), 9),
                ("00:06:10 Salt marshes under pressure".to_owned(), 13),
                ("Dr Ana Ruiz-Holm (University of Plymouth)".to_owned(), 14),
                ("The 11:00 talk was withdrawn.".to_owned(), 5),
            ]
        );
        let srt = run("1\n00:00:00,000 --> 00:05:00,000\nOpening\n\n2\n00:05:00,000 --> 00:40:00,000\nTalk one\n");
        assert_eq!(
            srt,
            [
                ("00:00:00 Opening".to_owned(), 3),
                ("00:05:00 Talk one".to_owned(), 7)
            ]
        );
    }
}
