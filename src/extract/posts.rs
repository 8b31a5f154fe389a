//! Chat channels and social-media threads copied as text: Slack and Teams ("Name  10:42 AM"),
//! Discord ("Name — Today at 10:42"), IRC-style logs ("[2024-03-01 10:42] name: text"),
//! Mastodon, Bluesky and X threads (handles `@name@server`, post counters "3/12", reply and
//! boost counts).
//!
//! The entry point is [`prepare`]. It recognises such a copy by its message headers, then
//! turns every message or post into one paragraph line that the prose reader
//! ([`prose`](super::prose)) reads like a newsletter sentence: headers, reactions, reply
//! counts, counters and emoji are dropped, and a title set off by chat markup (`*bold*`,
//! `_italic_`) or by single quotes ('Title') gets double quotes. A talk announced again (a
//! reminder, a boosted post) is merged into its first mention by the layout pass, which
//! merges repeated titles.

use super::prepare::{Line, Prepared};
use super::speaker::person_score;
use super::words::is_in;
use super::Lexicon;

/// Fewest message headers that make a document a chat copy or a thread.
const MIN_HEADERS: usize = 3;

/// Longest line looked at as a header.
const MAX_HEADER: usize = 90;

/// What a line of a chat copy or thread is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part<'a> {
    /// A message header with nothing after it ("Name  10:42 AM", "@ada@fosstodon.org").
    Header,
    /// A header with the message on the same line ("[10:42] ada: text"): the text.
    Inline(&'a str),
    /// Reactions, reply counts, post counters, "(edited)": dropped.
    Clutter,
    /// Anything else: text of the current message, or page text outside messages.
    Text,
}

/// Rewrites a chat copy or a thread as one line per message; `None` when `lines` have too few
/// message headers to be one.
pub(crate) fn prepare<'a>(lines: &[&'a str], lex: &Lexicon) -> Option<Prepared<'a>> {
    // cheap refusal: most listings have no line that ends in a clock time or holds a handle
    let headers = lines
        .iter()
        .filter(|l| is_header(l.trim()))
        .take(MIN_HEADERS)
        .count();
    if headers < MIN_HEADERS {
        return None;
    }
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let mut message: Option<(String, usize)> = None;
    let flush = |message: &mut Option<(String, usize)>, out: &mut Vec<Line<'a>>| {
        if let Some((text, origin)) = message.take() {
            let text = tidy(&text, lex);
            if !text.is_empty() {
                out.push(Line::new(text, origin));
                out.push(Line::new("", origin));
            }
        }
    };
    let mut skip_handle = false;
    for (i, raw) in lines.iter().enumerate() {
        let n = i + 1;
        // a display name on the line above a handle: "Ada Lovelace" / "@ada@fosstodon.org"
        let named = lines
            .get(i + 1)
            .is_some_and(|next| is_handle(next.trim()) && is_name_line(raw.trim()));
        let kind = if named {
            skip_handle = true;
            Part::Header
        } else if skip_handle && is_handle(raw.trim()) {
            skip_handle = false;
            Part::Clutter
        } else {
            part(raw)
        };
        match kind {
            Part::Header => {
                flush(&mut message, &mut out);
                message = Some((String::new(), n));
            }
            Part::Inline(text) => {
                flush(&mut message, &mut out);
                message = Some((text.to_owned(), n));
            }
            Part::Clutter => {}
            Part::Text => match &mut message {
                // a day divider ends a message
                Some(_) if super::line::is_date_line(raw.trim()) => {
                    flush(&mut message, &mut out);
                    out.push(Line::new(*raw, n));
                }
                // a blank line ends a paragraph; the message goes on until the next header
                Some(_) if raw.trim().is_empty() => {
                    flush(&mut message, &mut out);
                    message = Some((String::new(), n + 1));
                }
                Some((text, _)) => {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(raw.trim());
                }
                None => out.push(Line::new(*raw, n)),
            },
        }
    }
    flush(&mut message, &mut out);
    Some(Prepared { lines: out })
}

/// Whether `t` is a message header of any kind.
fn is_header(t: &str) -> bool {
    if t.is_empty() || t.len() > 400 {
        return false;
    }
    t.len() <= MAX_HEADER && (slack_header(t) || discord_header(t) || handle_header(t))
        || bracket_header(t).is_some()
}

/// Reads what one line of a chat copy or thread is.
fn part(line: &str) -> Part<'_> {
    let t = line.trim();
    if t.is_empty() || t.len() > 400 {
        return Part::Text;
    }
    if is_clutter(t) {
        return Part::Clutter;
    }
    if t.len() <= MAX_HEADER && (slack_header(t) || discord_header(t) || handle_header(t)) {
        return Part::Header;
    }
    match bracket_header(t) {
        Some(text) => Part::Inline(text),
        None => Part::Text,
    }
}

/// "Marta Kowalczyk  11:02 AM", "Calendar  APP  8:00 AM", "Ada Lovelace 14:05": a name of one
/// to five capitalised words, then a clock time that ends the line.
fn slack_header(t: &str) -> bool {
    if !t.ends_with(|c: char| c.is_ascii_digit() || matches!(c, 'M' | 'm')) {
        return false;
    }
    let (head, meridiem) = match t.strip_suffix(" AM").or_else(|| t.strip_suffix(" PM")) {
        Some(head) => (head, true),
        None => (t, false),
    };
    let Some((name, time)) = head.rsplit_once(' ') else {
        return false;
    };
    // the desktop copy sets the time off by two spaces; a bare 24-hour time needs them
    let spaced = name.ends_with(' ');
    if !is_clock(time) || !(meridiem || spaced) {
        return false;
    }
    let name = name.trim();
    let name = name
        .strip_suffix("APP")
        .or_else(|| name.strip_suffix("BOT"))
        .unwrap_or(name)
        .trim();
    is_display_name(name)
}

/// "Ada Lovelace — Today at 10:42 AM", "ada — 03/01/2024 10:42 AM".
fn discord_header(t: &str) -> bool {
    let Some(at) = super::text::find(t, " — ") else {
        return false;
    };
    let (name, when) = (&t[..at], &t[at + " — ".len()..]);
    let when = when.trim().to_ascii_lowercase();
    let dated = when.starts_with("today at ")
        || when.starts_with("yesterday at ")
        || when.split_whitespace().next().is_some_and(|d| {
            d.split('/').count() == 3 && d.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        });
    dated
        && when
            .split_whitespace()
            .any(|w| is_clock(w.trim_end_matches(['a', 'p', 'm'])))
        && is_display_name(name.trim())
}

/// A line that is only a handle, or a display name and a handle: "@ada@fosstodon.org",
/// "Ada Lovelace @ada@fosstodon.org", "Ada Lovelace @ada.bsky.social · 2h".
fn handle_header(t: &str) -> bool {
    let head = super::text::find(t, " · ").map_or(t, |at| &t[..at]).trim();
    let Some(at) = super::text::rfind(head, " @").map(|i| i + 1).or_else(|| {
        // a handle alone
        head.starts_with('@').then_some(0)
    }) else {
        return false;
    };
    let handle = &head[at + 1..];
    let valid = !handle.is_empty()
        && !handle.contains(' ')
        && handle.contains(['@', '.'])
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '@' | '.' | '_' | '-'));
    valid && (at == 0 || is_display_name(head[..at].trim()))
}

/// The line above a handle: a display name, maybe with emoji, pronouns or a badge ("Ada
/// Lovelace (she/her) 🧬").
fn is_name_line(t: &str) -> bool {
    // a badge or status after the name: ":verified:", "🌊"
    let t = t
        .trim_end_matches(|c: char| is_symbol(c) || c.is_whitespace())
        .trim_end();
    let t = match t.rsplit_once(' ') {
        Some((name, badge))
            if badge.len() > 2 && badge.starts_with(':') && badge.ends_with(':') =>
        {
            name.trim_end()
        }
        _ => t,
    };
    (1..=60).contains(&t.len())
        && !t.ends_with(['.', '!', '?', ':', ','])
        && t.split_whitespace().count() <= 8
        && !t.starts_with('@')
}

/// A line that is only a handle: "@ada@fosstodon.org", "@ada.bsky.social".
fn is_handle(t: &str) -> bool {
    t.starts_with('@') && handle_header(t)
}

/// "[2024-03-01 10:42] ada: text", "[10:42] <ada> text": the text.
fn bracket_header(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('[')?;
    let (stamp, rest) = rest.split_once(']')?;
    if !stamp.split_whitespace().any(is_clock) {
        return None;
    }
    let rest = rest.trim_start();
    let (name, text) = if let Some(r) = rest.strip_prefix('<') {
        r.split_once('>')?
    } else {
        rest.split_once(": ")?
    };
    let name = name.trim();
    let plausible = !name.is_empty() && name.len() <= 40 && name.split_whitespace().count() <= 4;
    plausible.then_some(text.trim())
}

/// "10:42", "9:05", "14:05:33".
fn is_clock(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A display name: one to five words, the first capitalised or a lowercase user name; a status
/// emoji (`:palm_tree:`, 🌴) or pronouns after it ("(she/her)") do not count.
fn is_display_name(name: &str) -> bool {
    let name = name
        .split_whitespace()
        .filter(|w| {
            let code = w.len() > 2 && w.starts_with(':') && w.ends_with(':');
            let pronouns = w.starts_with('(') && w.ends_with(')') && w.contains('/');
            !code && !pronouns && !w.chars().all(is_symbol)
        })
        .collect::<Vec<_>>()
        .join(" ");
    let name = name.as_str();
    let words = name.split_whitespace().count();
    (1..=5).contains(&words)
        && name.len() <= 60
        && name.chars().next().is_some_and(char::is_alphabetic)
        && !name.contains([
            ':', '?', '!', '"', '“', '(', ',', '|', '—', '–', '/', '[', ';',
        ])
        && !name.bytes().any(|b| b.is_ascii_digit())
}

/// Reactions (":tada: 7  :eyes: 3", "👍 4"), reply counts ("2 replies", "Last reply 2 days
/// ago", "View thread"), post counters ("↩ 2 🔁 5 ★ 12"), "(edited)", "Pinned by …".
fn is_clutter(t: &str) -> bool {
    let lower = t.to_lowercase();
    const STARTS: &[&str] = &[
        "last reply",
        "view thread",
        "view conversation",
        "show this thread",
        "show more replies",
        "(edited)",
        "edited",
        "pinned by",
        "📌 pinned",
        "boosted by",
        "reposted by",
        "retweeted by",
        "also sent to the channel",
        "message #",
        "replied to",
        "replying to",
    ];
    if STARTS.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // "Ada Lovelace boosted", "Ada reposted"
    if t.len() < 60
        && ["boosted", "reposted", "retweeted"]
            .iter()
            .any(|w| lower.ends_with(w))
    {
        return true;
    }
    // a post's time: "Apr 18, 2024, 17:05 · Web", "10:42 AM · Mar 3, 2024", "2h"
    let stamp = t.split(" · ").next().unwrap_or(t).trim();
    if t.len() < 60 && (super::line::is_date_line(stamp) || is_relative_time(stamp)) {
        return true;
    }
    // "2 replies", "1 reply", "12 reposts"
    let mut words = lower.split_whitespace();
    if let (Some(n), Some(w), None) = (words.next(), words.next(), words.next()) {
        if n.bytes().all(|b| b.is_ascii_digit())
            && matches!(
                w,
                "reply" | "replies" | "reposts" | "boosts" | "likes" | "favourites" | "comments"
            )
        {
            return true;
        }
    }
    // a line of emoji codes, symbols and counts only
    let mut any = false;
    for w in t.split_whitespace() {
        let code = w.len() > 2 && w.starts_with(':') && w.ends_with(':');
        let count = w.bytes().all(|b| b.is_ascii_digit());
        let symbols = w.chars().all(is_symbol);
        if !(code || count || symbols) {
            return false;
        }
        any |= code || symbols;
    }
    any
}

/// "2h", "35m", "3d": how long ago a post was written.
fn is_relative_time(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits < s.len() && matches!(&s[digits..], "s" | "m" | "h" | "d" | "w" | "min")
}

/// Emoji, pictographs, arrows and other symbols that decorate posts.
fn is_symbol(c: char) -> bool {
    let u = c as u32;
    (0x1F000..=0x1FAFF).contains(&u)
        || (0x2190..=0x21FF).contains(&u)
        || (0x2300..=0x23FF).contains(&u)
        || (0x2460..=0x24FF).contains(&u)
        || (0x25A0..=0x27BF).contains(&u)
        || (0x2900..=0x297F).contains(&u)
        || (0x2B00..=0x2BFF).contains(&u)
        || matches!(u, 0xFE0F | 0x200D | 0x20E3 | 0x2605 | 0x2606)
}

/// A message as a sentence: emoji and `:codes:` dropped, marked-up and single-quoted titles
/// double-quoted, spaces collapsed.
fn tidy(text: &str, lex: &Lexicon) -> String {
    let text = name_handles(text);
    let mut words: Vec<String> = Vec::new();
    // an emoji between two clauses ends the first: "double feature ✨ Kenji Watanabe …"
    let mut broken = false;
    let count = text.split_whitespace().count();
    for (k, w) in text.split_whitespace().enumerate() {
        // a thread's counter ("2/12") first or last, a link, a reply's leading @mention
        let counter = (k == 0 || k + 1 == count) && is_counter(w);
        let mention = k == 0 && w.starts_with('@');
        if counter || mention || is_link(w) {
            broken = true;
            continue;
        }
        let w: String = w.chars().filter(|&c| !is_symbol(c)).collect();
        let code = w.len() > 2
            && w.starts_with(':')
            && w.ends_with(':')
            && w[1..w.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'+' | b'-'));
        if w.is_empty() || code {
            broken = true;
            continue;
        }
        if broken && w.starts_with(|c: char| c.is_uppercase()) {
            if let Some(last) = words.last_mut() {
                if !last.ends_with(['.', '!', '?', ':', ',', ';', '—', '–']) {
                    last.push('.');
                }
            }
        }
        broken = false;
        words.push(w);
    }
    let joined = words.join(" ");
    let joined = strip_repost_label(&joined);
    let joined = unlabel(joined);
    let joined = quote_spans(&joined, '_', lex);
    let joined = quote_spans(&joined, '*', lex);
    let mut text = quote_spans(&joined, '\'', lex);
    // a message is a sentence, even when its last words were emoji
    if text.len() > 40 && !text.ends_with(['.', '!', '?', ':']) {
        text.push('.');
    }
    text
}

/// "2/12", "(3/9)": a post's place in a thread.
fn is_counter(w: &str) -> bool {
    let w = w.trim_matches(['(', ')', '[', ']', '.', ':']);
    w.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 3
            && b.len() <= 3
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// A link: "https://…", "www.…", "youtu.be/abc".
fn is_link(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return true;
    }
    lower.split_once('/').is_some_and(|(host, _)| {
        host.contains('.')
            && !host.starts_with('.')
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
            && host
                .rsplit('.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
    })
}

/// A handle followed by the person's name in parentheses becomes the name: "@kb@x.social (Kofi
/// Boateng, Wellcome Sanger Institute)" → "Kofi Boateng (Wellcome Sanger Institute)".
fn name_handles(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(" (") || !text.contains('@') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let boundary = at == 0 || rest[..at].ends_with([' ', '(']);
        let end = rest[at..].find(' ').map_or(rest.len(), |e| at + e);
        let after = &rest[end..];
        let inner = after
            .strip_prefix(" (")
            .and_then(|a| a.find(')').map(|c| &a[..c]));
        match inner.filter(|_| boundary) {
            Some(inner) => {
                out.push_str(&rest[..at]);
                match inner.split_once(", ") {
                    Some((name, org)) => {
                        out.push_str(name);
                        out.push_str(" (");
                        out.push_str(org);
                        out.push(')');
                    }
                    None => out.push_str(inner),
                }
                rest = &after[2 + inner.len() + 1..];
            }
            None => {
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// "Talk: “T” by X" → "Talk “T” by X": in a post the label starts a sentence, not a field.
fn unlabel(text: &str) -> std::borrow::Cow<'_, str> {
    match text.split_once(": ") {
        Some((label, rest)) if is_in(&super::words::LABEL, label.trim()) => {
            format!("{label} {rest}").into()
        }
        _ => text.into(),
    }
}

/// A message without the label of a repeated announcement: "Reminder: X — T" → "X — T".
fn strip_repost_label(text: &str) -> &str {
    const LABELS: &[&str] = &[
        "reminder",
        "friendly reminder",
        "quick reminder",
        "repost",
        "reposting",
        "update",
        "rt",
        "bump",
    ];
    let Some((head, rest)) = text
        .split_once(": ")
        .or_else(|| text.split_once(" — "))
        .or_else(|| text.split_once(" - "))
    else {
        return text;
    };
    let head = head.trim().to_lowercase();
    if LABELS.contains(&head.as_str()) && !rest.trim().is_empty() {
        rest.trim_start()
    } else {
        text
    }
}

/// Replaces spans `<mark>text<mark>` that open after a space and close before one: a title
/// (two words or more that are no person's name) gets “…”, anything else loses the marks.
fn quote_spans(text: &str, mark: char, lex: &Lexicon) -> String {
    if !text.contains(mark) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(open) = rest.find(mark) {
        let before = &rest[..open];
        let opens = before.is_empty() || before.ends_with([' ', '(', '—', '–']);
        let after = &rest[open + mark.len_utf8()..];
        let close = opens
            .then(|| closing(after, mark))
            .flatten()
            .filter(|&c| c > 0 && !after[..c].starts_with(' '));
        let Some(close) = close else {
            out.push_str(&rest[..open + mark.len_utf8()]);
            rest = after;
            continue;
        };
        let inner = &after[..close];
        out.push_str(before);
        // "*This Thursday:*" labels what follows
        let title = inner.split_whitespace().count() >= 2
            && !inner.ends_with(':')
            && person_score(inner, lex).0 < 0.6;
        if title {
            out.push('“');
            out.push_str(inner);
            out.push('”');
        } else {
            out.push_str(inner);
        }
        rest = &after[close + mark.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Where the span that `mark` opened closes in `after`: a mark followed by the end, a space or
/// punctuation, and not preceded by a space.
fn closing(after: &str, mark: char) -> Option<usize> {
    let mut from = 0;
    while let Some(rel) = after[from..].find(mark) {
        let at = from + rel;
        let next = after[at + mark.len_utf8()..].chars().next();
        let ends = next.is_none_or(|c| !c.is_alphanumeric());
        if ends && !after[..at].ends_with(' ') {
            return Some(at);
        }
        from = at + mark.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        let lex = Lexicon::builtin_for_tests();
        let lines: Vec<&str> = input.lines().collect();
        prepare(&lines, &lex)
            .map(|p| p.texts().iter().map(|s| s.to_string()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn headers_of_each_kind() {
        assert!(slack_header("Marta Kowalczyk  11:02 AM"));
        assert!(slack_header("Calendar  APP  8:00 AM"));
        assert!(!slack_header("Talks start at 11:00"));
        assert!(!slack_header("Fast Codes — Bo Ek (KTH) 10:00"));
        assert!(slack_header("Bo Ek 4:41 PM"));
        assert!(slack_header("Bo Ek :palm_tree:  4:41 PM"));
        assert!(slack_header("Bo Ek (he/him)  4:41 PM"));
        assert!(discord_header("Ada Lovelace — Today at 10:42 AM"));
        assert!(handle_header("@ada@fosstodon.org"));
        assert!(handle_header("Ada Lovelace @ada.bsky.social · 2h"));
        assert!(!handle_header("Write to talks@example.org"));
        assert_eq!(
            bracket_header("[2024-03-01 10:42] ada: hi all"),
            Some("hi all")
        );
        assert_eq!(bracket_header("[video] Title"), None);
    }

    #[test]
    fn messages_become_paragraphs() {
        let got = texts(
            "Ann Lee  9:00 AM\n:mega: Next week *Bo Ek* (KTH) presents _Fast Codes for Sparse Graphs_\n:tada: 3  :eyes: 1\n2 replies\nCy Dahl  9:05 AM\nnice\n[2024-03-01 10:42] dee: see you there\n",
        );
        assert_eq!(
            got,
            vec![
                "Next week Bo Ek (KTH) presents “Fast Codes for Sparse Graphs”.",
                "",
                "nice",
                "",
                "see you there",
                "",
            ]
        );
    }

    #[test]
    fn single_quotes_and_apostrophes() {
        let lex = Lexicon::builtin_for_tests();
        assert_eq!(
            tidy("Bo Ek's talk 'Fast Codes for Graphs' 🎥", &lex),
            "Bo Ek's talk “Fast Codes for Graphs”"
        );
    }

    #[test]
    fn posts_lose_counters_links_and_handles() {
        let lex = Lexicon::builtin_for_tests();
        assert_eq!(
            tidy("3/9 Then @kb@x.social (Kofi Boateng, Wellcome Sanger Institute) showed 'Long Reads in Practice' ▶️ youtu.be/abc", &lex),
            "Then Kofi Boateng (Wellcome Sanger Institute) showed “Long Reads in Practice”."
        );
        assert_eq!(name_handles("ask @ada@x.org"), "ask @ada@x.org");
        assert!(is_counter("12/12"));
        assert!(!is_counter("2024/25"));
        assert!(is_link("github.com/a/b"));
        assert!(!is_link("and/or"));
    }

    #[test]
    fn a_bold_label_is_no_title() {
        let lex = Lexicon::builtin_for_tests();
        assert_eq!(
            tidy("*Next Monday:* Bo Ek (KTH) — _Fast Codes for Graphs_", &lex),
            "Next Monday: Bo Ek (KTH) — “Fast Codes for Graphs”."
        );
    }

    #[test]
    fn display_names_with_badges() {
        assert!(is_name_line("Ada Lovelace :verified:"));
        assert!(is_name_line("Ada Lovelace (she/her) 🌊"));
        assert!(!is_name_line("See you there."));
    }

    #[test]
    fn reminders_lose_their_label() {
        assert_eq!(strip_repost_label("Reminder: Bo Ek — T"), "Bo Ek — T");
        assert_eq!(strip_repost_label("Bo Ek: a reminder"), "Bo Ek: a reminder");
    }

    #[test]
    fn listings_are_left_alone() {
        assert!(texts("Fast Codes\nBo Ek (KTH)\n\nSlow Codes\nCy Dahl (MIT) 10:00\n").is_empty());
    }
}
