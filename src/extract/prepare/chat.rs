//! Chat exports (WhatsApp's "Export chat", and apps that copy its format): one message per
//! header line, `13/08/2024, 09:02 - Sender: text` (Android) or `[13/08/2024, 09:02:11]
//! Sender: text` (iOS), the message going on over the following lines until the next header;
//! system messages have no sender (`… created group "X"`, `… joined using this group's invite
//! link`).
//!
//! LINE's export ("[LINE] Chat history in …") is read too: a day line (`Wed, 03/07/2024`),
//! then one message per `09:12<TAB>Sender<TAB>text` line, a message of several lines written
//! in double quotes; stickers, photos and files (`[Sticker]`, `[สติกเกอร์]`) are dropped like
//! WhatsApp's media.
//!
//! The entry points are [`applies`] and [`messages`]. Every message becomes a block of its own
//! (a blank line, then its text without the header), so that a sender is not read as the
//! speaker of what they post and one post's announcement does not run into the next. System
//! messages, media placeholders (`<Media omitted>`) and deleted messages are dropped, and the
//! bold marks around a field's label (`*Title:*`) removed. Each line keeps its source line's number.

use super::Line;

/// Fewest message headers that make a document a chat export.
const MIN_MESSAGES: usize = 5;

/// Whether `lines` are a chat export: enough lines open with a message header, and they are a
/// good part of the lines that are not blank.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let mut headers = 0;
    let mut text = 0;
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        text += 1;
        if header(line).is_some() || line_app(line).is_some() {
            headers += 1;
        }
    }
    headers >= MIN_MESSAGES && headers * 3 >= text
}

/// The lines as blocks of message text (see the module doc).
pub(crate) fn messages(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len() * 2);
    // whether the lines after the last header belong to a message that is kept
    let mut keep = true;
    // LINE: whether a quoted message of several lines is still open
    let mut quoted = false;
    for line in lines {
        let origin = line.origin;
        if let Some(text) = line_app(&line.text) {
            let (text, open) = unquote_start(text);
            quoted = open;
            if let Some(text) = content(text).filter(|t| !is_media(t)) {
                out.push(Line::new("", origin));
                out.extend(fields_apart(&text).map(|t| Line::new(t.to_owned(), origin)));
            }
            keep = false;
            continue;
        }
        // the export's own header and its day lines ("Wed, 03/07/2024") name no talk
        if !quoted && (line.text.starts_with("[LINE]") || is_day_line(&line.text)) {
            continue;
        }
        if quoted {
            let text = line.text.trim_end();
            let (text, closed) = match text.strip_suffix('"') {
                Some(t) => (t, true),
                None => (text, false),
            };
            quoted = !closed;
            if let Some(text) = content(text) {
                out.extend(fields_apart(&text).map(|t| Line::new(t.to_owned(), origin)));
            }
            continue;
        }
        match header(&line.text) {
            Some(rest) => {
                let message = sent(rest);
                keep = message.is_some();
                if let Some(text) = message.and_then(content) {
                    out.push(Line::new("", origin));
                    out.extend(fields_apart(&text).map(|t| Line::new(t.to_owned(), origin)));
                }
            }
            None if keep => {
                if let Some(text) = content(&line.text) {
                    out.extend(fields_apart(&text).map(|t| Line::new(t.to_owned(), origin)));
                }
            }
            None => {}
        }
    }
    out
}

/// The text after a message header (`13/08/2024, 09:02 - `, `[13/08/2024, 09:02:11] `), or
/// `None` when the line does not open with one.
fn header(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    // (cheap refusal: a header opens with a digit or a bracket and a digit)
    let bracketed = b.first() == Some(&b'[');
    let start = usize::from(bracketed);
    if !b.get(start).is_some_and(u8::is_ascii_digit) || b.len() < start + 14 {
        return None;
    }
    // the date: three numbers set apart by '/', '.' or '-'
    let mut at = start;
    for part in 0..3 {
        let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=4).contains(&digits) {
            return None;
        }
        at += digits;
        if part < 2 {
            if !matches!(b.get(at), Some(b'/' | b'.' | b'-')) {
                return None;
            }
            at += 1;
        }
    }
    // ", " before the time (an IRC or Matrix log's "[2024-04-02 09:14] nick:" has none, and
    // is read as a chat channel is: see `posts`)
    if b.get(at) != Some(&b',') || b.get(at + 1) != Some(&b' ') {
        return None;
    }
    at += 2;
    // the time: 09:02 or 09:02:11, maybe with AM/PM
    let clock = b[at..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b':')
        .count();
    let stamp = &line[at..at + clock];
    if !(4..=8).contains(&clock) || !stamp.contains(':') {
        return None;
    }
    at += clock;
    let rest = &line[at..];
    let rest = [
        " AM",
        " PM",
        " am",
        " pm",
        " a.m.",
        " p.m.",
        "\u{202f}AM",
        "\u{202f}PM",
    ]
    .iter()
    .find_map(|m| rest.strip_prefix(m))
    .unwrap_or(rest);
    if bracketed {
        rest.strip_prefix("] ")
    } else {
        rest.strip_prefix(" - ")
    }
}

/// The text of a LINE message line (`09:12<TAB>Sender<TAB>text`), without its time and sender.
fn line_app(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    // (cheap refusal: a digit first, a tab within the first six bytes)
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let tab = memchr::memchr(b'\t', b.get(..6)?)?;
    let clock = &line[..tab];
    let (h, m) = clock.split_once(':')?;
    let digits = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if !(1..=2).contains(&h.len()) || m.len() != 2 || !digits(h) || !digits(m) {
        return None;
    }
    let (sender, text) = line[tab + 1..].split_once('\t')?;
    (!sender.trim().is_empty() && sender.split_whitespace().count() <= 6).then_some(text)
}

/// A LINE export's day line: a short weekday, a comma and the date, `Wed, 03/07/2024`,
/// `พ., 03/07/2567`.
fn is_day_line(line: &str) -> bool {
    let Some((day, date)) = line.trim().split_once(", ") else {
        return false;
    };
    day.chars().count() <= 4
        && !day.contains(' ')
        && date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 2 || i == 5 {
                b == b'/' || b == b'.'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// A LINE message without the double quote that opens a message of several lines; says whether
/// the quote stays open past this line.
fn unquote_start(text: &str) -> (&str, bool) {
    match text.strip_prefix('"') {
        Some(rest) => match rest.strip_suffix('"') {
            Some(one) => (one, false),
            None => (rest, true),
        },
        None => (text, false),
    }
}

/// A message that is only a sticker, a photo or a file: `[Sticker]`, `[สติกเกอร์]`, `[ไฟล์]
/// slides.pdf`.
fn is_media(text: &str) -> bool {
    text.starts_with('[')
        && text
            .find(']')
            .is_some_and(|close| close < 40 && !text[1..close].contains(' '))
}

/// A message's text without its sender (`Dr Haslinda: text` → `text`); `None` for a system
/// message, which has no sender.
fn sent(rest: &str) -> Option<&str> {
    let (sender, text) = rest.split_once(": ")?;
    // a sender is a name (titles and all: "Ts. Dr. Yap Kah Seng") or a phone number, a few
    // words long, without a sentence's quotes or commas
    let words = sender.split_whitespace().count();
    ((1..=6).contains(&words) && !sender.contains(['"', '“', ','])).then_some(text)
}

/// A message line in pieces where a sentence ends before a labelled field, as a one-line
/// message writes them: "Reminder: Title – Thursday. Facilitator: Dr. X" → "Reminder: Title –
/// Thursday.", "Facilitator: Dr. X".
fn fields_apart(text: &str) -> impl Iterator<Item = &str> {
    let mut cuts = vec![0];
    let mut search = 0;
    // (after a question too: "1:12:50 Forum: T? Ahli panel: A (X), B (Y)")
    while let Some(found) = text.as_bytes()[search..]
        .windows(2)
        .position(|w| matches!(w, b". " | b"? " | b"! "))
    {
        let at = search + found + 2;
        if crate::extract::line::is_field_line(&text[at..]) {
            cuts.push(at);
        }
        search = at;
    }
    cuts.push(text.len());
    cuts.windows(2)
        .map(move |w| text[w[0]..w[1]].trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .into_iter()
}

/// A message line without the app's placeholders and the bold marks around a label; `None`
/// when nothing is left.
fn content(text: &str) -> Option<String> {
    let mut t = text.trim();
    // "<Media omitted>", "<This message was edited>" at the end of a message
    while t.ends_with('>') {
        match t.rfind('<') {
            Some(open) => t = t[..open].trim_end(),
            None => break,
        }
    }
    if t.is_empty() || DELETED.iter().any(|d| t.eq_ignore_ascii_case(d)) {
        return None;
    }
    // WhatsApp's bold around a field's label ("*Tajuk:* \"…\"", "*Speaker:* X"); emphasis
    // elsewhere stays, as the evidence of a title it is ("_Session Types in Practice_")
    let unbold = t
        .strip_prefix('*')
        .and_then(|r| r.split_once(":*"))
        .filter(|(label, _)| !label.contains('*') && label.split_whitespace().count() <= 3)
        .map(|(label, rest)| format!("{label}:{rest}"));
    if let Some(label) = unbold {
        return Some(label);
    }
    // a whole message in bold after its emoji ("📢 *Title (Part 1 of 2): subtitle*"): a title
    if let Some(open) = t.find('*') {
        let inner = &t[open + 1..];
        if t[..open].chars().all(|c| !c.is_alphanumeric())
            && inner.len() > 1
            && inner.ends_with('*')
            && !inner[..inner.len() - 1].contains('*')
        {
            return Some(inner[..inner.len() - 1].trim().to_owned());
        }
    }
    Some(t.to_owned())
}

/// What a deleted message says in its place.
const DELETED: &[&str] = &[
    "This message was deleted",
    "You deleted this message",
    "Mesej ini telah dipadamkan",
    "Diese Nachricht wurde gelöscht",
    "Se eliminó este mensaje",
    "Ce message a été supprimé",
];

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORT: &str = "\
01/08/2024, 10:15 - Dr Haslinda created group \"Materials Physics Seminar 2024\"
01/08/2024, 10:20 - ~ Farah joined using this group's invite link
13/08/2024, 09:02 - Dr Haslinda: *SEMINAR 5/2024*
*Title:* \"Reduced graphene oxide for ammonia sensing\"
*Speaker:* Dr. Faizal Ramli, Senior Lecturer, UKM
15/08/2024, 17:41 - Dr Haslinda: Recording 👇
15/08/2024, 17:45 - +60 13-482 7715: <Media omitted>
15/08/2024, 17:52 - Aqil PhD: This message was deleted
[22/08/2024, 17:10:03] Ts. Dr. Yap Kah Seng: Workshop recording: https://youtu.be/x";

    /// The prepared messages of `lines`, each line numbered from 1.
    fn messages_of<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
        messages(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| Line::new(*l, i + 1))
                .collect(),
        )
    }

    #[test]
    fn line_exports_become_blocks() {
        let export = "[LINE] Chat history in \"Seminar\"\n\nWed, 03/07/2024\n\
            09:12\tAna\tAna added Bo to the group\n\
            09:15\tAna\t\"📢 Seminar 1\nTitle: Green hydrogen\nSpeaker: Dr. Bo Ek (KTH)\"\n\
            09:16\tBo\t[Sticker]\n10:02\tBo\tthanks\n10:05\tCy\tok\n10:06\tCy\tok";
        let lines: Vec<&str> = export.lines().collect();
        assert!(applies(&lines));
        let prepared = messages_of(&lines);
        let texts: Vec<&str> = prepared.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(
            texts,
            [
                "",
                "Ana added Bo to the group",
                "",
                "📢 Seminar 1",
                "Title: Green hydrogen",
                "Speaker: Dr. Bo Ek (KTH)",
                "",
                "thanks",
                "",
                "ok",
                "",
                "ok"
            ]
        );
        assert_eq!(line_app("13/08/2024 10:30 Title"), None);
    }

    #[test]
    fn headers_of_both_apps() {
        assert_eq!(header("13/08/2024, 09:02 - Ana: hi"), Some("Ana: hi"));
        assert_eq!(header("[13/08/2024, 09:02:11] Ana: hi"), Some("Ana: hi"));
        assert_eq!(header("8/13/24, 9:02 PM - Ana: hi"), Some("Ana: hi"));
        assert_eq!(header("13.08.24, 09:02 - Ana: hi"), Some("Ana: hi"));
        // a schedule's date and clock time are no message header
        assert_eq!(header("13/08/2024 10:30–11:15 Title, Speaker"), None);
        assert_eq!(header("2024-08-13: Title"), None);
        assert_eq!(header("[2024-04-02 09:14] kasia.w: good morning"), None);
    }

    #[test]
    fn messages_become_blocks_without_senders_or_system_lines() {
        let lines: Vec<&str> = EXPORT.lines().collect();
        assert!(applies(&lines));
        let prepared = messages_of(&lines);
        let texts: Vec<(&str, usize)> = prepared
            .iter()
            .map(|l| (l.text.as_ref(), l.origin))
            .collect();
        assert_eq!(
            texts,
            [
                ("", 3),
                ("SEMINAR 5/2024", 3),
                ("Title: \"Reduced graphene oxide for ammonia sensing\"", 4),
                ("Speaker: Dr. Faizal Ramli, Senior Lecturer, UKM", 5),
                ("", 6),
                ("Recording 👇", 6),
                ("", 9),
                ("Workshop recording: https://youtu.be/x", 9),
            ]
        );
        let apart: Vec<&str> =
            fields_apart("Reminder: Soils (Part 2 of 2) – Thursday. Facilitator: Dr. Ana Reis")
                .collect();
        assert_eq!(
            apart,
            [
                "Reminder: Soils (Part 2 of 2) – Thursday.",
                "Facilitator: Dr. Ana Reis"
            ]
        );
        // a listing with a few dated lines is no chat
        assert!(!applies(&[
            "13/08/2024, 09:02 - Ana: hi",
            "Title",
            "Speaker"
        ]));
    }
}
