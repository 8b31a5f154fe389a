//! Forum threads copied from the page (Discourse and forums like it): each post starts with
//! its author's handle, maybe the display name and a user title, and the post's date
//! (`nkaramanlis` / `Nikos Karamanlis` / `Regular` / `Mar 2024`), and ends with counters
//! (`12 Likes`, `1 Reply`).
//!
//! The entry points are [`applies`] and [`strip`]. The post headers, the counters, the
//! attribution line over a quoted reply (`lukas.brandl:`) and the page's buttons (`Sign Up`,
//! `select all`) become blank lines, so that a post's author is not read as the speaker of a
//! talk named after their handle. The posts' text stays as written: a schedule in the first
//! post is read line by line like any listing.

use super::Line;

/// Fewest post headers that make a document a forum thread.
const MIN_HEADERS: usize = 3;

/// How many lines a header may have between the handle and the date (a display name, a user
/// title).
const MAX_BETWEEN: usize = 2;

/// Buttons and labels of a forum page, which name nothing of a talk.
const CHROME: &[&str] = &[
    "skip to main content",
    "sign up",
    "log in",
    "select all",
    "cancel selecting",
    "reply",
    "share",
    "bookmark",
    "flag",
    "quote",
    "new & unread topics",
    "want to read more? browse other topics",
];

/// A post's date as a forum shows it: `Mar 2024`, `Mar 14`, `2d`, `5h`, `Mar 14, 2024`.
fn is_post_date(t: &str) -> bool {
    if t.len() > 14 {
        return false;
    }
    // "2d", "5h", "3w", "1mon"
    if let Some(unit_at) = t.find(|c: char| !c.is_ascii_digit()) {
        if unit_at > 0 && matches!(&t[unit_at..], "m" | "h" | "d" | "w" | "mon" | "y") {
            return true;
        }
    }
    let mut words = t.split([' ', ',']).filter(|w| !w.is_empty());
    let month = words.next().unwrap_or("");
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let is_month = month.len() == 3 && MONTHS.contains(&month.to_ascii_lowercase().as_str());
    let rest: Vec<&str> = words.collect();
    is_month
        && !rest.is_empty()
        && rest.len() <= 2
        && rest
            .iter()
            .all(|w| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
}

/// A forum handle: 3 to 30 characters of lower-case ASCII letters, digits, `.`, `_` and `-`,
/// a letter among them.
fn is_handle(t: &str) -> bool {
    (3..=30).contains(&t.len())
        && t.bytes().any(|b| b.is_ascii_lowercase())
        && t.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
}

/// The post header that starts at `i`: the index of its date line.
fn header_at(texts: &[&str], i: usize) -> Option<usize> {
    if !is_handle(texts[i].trim()) {
        return None;
    }
    (i + 1..texts.len().min(i + 2 + MAX_BETWEEN)).find(|&j| {
        let t = texts[j].trim();
        is_post_date(t)
            && texts[i + 1..j]
                .iter()
                .all(|l| (1..=40).contains(&l.trim().len()))
    })
}

/// A post's counters: `12 Likes`, `1 Reply`, `3 Replies`, `1 Like`.
fn is_counter(t: &str) -> bool {
    let Some((n, word)) = t.split_once(' ') else {
        return false;
    };
    n.bytes().all(|b| b.is_ascii_digit())
        && !n.is_empty()
        && matches!(
            word,
            "Like" | "Likes" | "Reply" | "Replies" | "like" | "likes" | "reply" | "replies"
        )
}

/// Whether `lines` hold at least [`MIN_HEADERS`] post headers.
pub(crate) fn applies(lines: &[&str]) -> bool {
    // cheap: a header ends in a short date line; look back from those only
    let mut found = 0;
    for (j, l) in lines.iter().enumerate() {
        if l.len() > 14 || !is_post_date(l.trim()) {
            continue;
        }
        let from = j.saturating_sub(1 + MAX_BETWEEN);
        if (from..j).any(|i| header_at(lines, i) == Some(j)) {
            found += 1;
            if found >= MIN_HEADERS {
                return true;
            }
        }
    }
    false
}

/// Headings of the list of other threads at the end of a thread page.
const OTHER_TOPICS: &[&str] = &["related topics", "suggested topics", "related posts"];

/// The thread with post headers, counters, quote attributions and page buttons blanked, and
/// with them the page above the first post (site name, thread title, category, tags, the
/// timeline) and the list of other threads below the last.
pub(crate) fn strip(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_ref()).collect();
    let first = (0..texts.len()).find(|&i| header_at(&texts, i).is_some());
    let mut blank = vec![false; lines.len()];
    let mut i = 0;
    if let Some(first) = first {
        blank[..first].iter_mut().for_each(|b| *b = true);
        i = first;
    }
    while i < texts.len() {
        let t = texts[i].trim();
        if OTHER_TOPICS.contains(&t.to_lowercase().as_str()) {
            blank[i..].iter_mut().for_each(|b| *b = true);
            break;
        }
        if let Some(end) = header_at(&texts, i) {
            blank[i..=end].iter_mut().for_each(|b| *b = true);
            i = end + 1;
            continue;
        }
        let quote = t.strip_suffix(':').is_some_and(is_handle);
        blank[i] = quote || is_counter(t) || CHROME.contains(&t.to_lowercase().as_str());
        i += 1;
    }
    lines
        .into_iter()
        .zip(blank)
        .map(|(l, b)| if b { Line::new("", l.origin) } else { l })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const THREAD: &str = "Sign Up\nSpring colloquium recordings\n\nmvogel\nMarta Vogel\nLeader\nFeb 2025\nSchedule:\nFeb 6 — Ana Li (KTH): “Tides”\n\n4 Likes\n\nb.ek_42\nApr 2025\nGreat talk!\n\nana.li\nAna Li\nApr 2025\n b.ek_42:\nGreat talk!\n\nThanks!\n1 Reply\n\nSuggested Topics\nTopic\tReplies\nWinter talks — call\t4\n";

    #[test]
    fn post_headers_and_counters_are_blanked() {
        let lines: Vec<&str> = THREAD.lines().collect();
        assert!(applies(&lines));
        let prepared = strip(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| Line::new(*l, i + 1))
                .collect(),
        );
        let kept: Vec<(&str, usize)> = prepared
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .map(|l| (l.text.as_ref(), l.origin))
            .collect();
        assert_eq!(
            kept,
            [
                ("Schedule:", 8),
                ("Feb 6 — Ana Li (KTH): “Tides”", 9),
                ("Great talk!", 15),
                ("Great talk!", 21),
                ("Thanks!", 23),
            ]
        );
    }

    #[test]
    fn listings_with_dates_are_no_threads() {
        let listing = [
            "Mar 2024",
            "Ana Li, KTH: Tides",
            "",
            "Apr 2024",
            "Bo Ek, LiU: Waves",
        ];
        assert!(!applies(&listing));
        assert!(is_post_date("Mar 14, 2024") && is_post_date("2d") && !is_post_date("March"));
        assert!(is_handle("f.romanobianchi") && !is_handle("Ana Li") && !is_handle("2024"));
    }
}
