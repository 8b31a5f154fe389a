//! Timestamps and clock times in front of entries, and the rule that turns a session's
//! timestamps into seconds.
//!
//! # The `start_seconds` rule
//!
//! Listings write segment offsets inconsistently: the sample has `01:51:00`, `59:54:00` and
//! `01:59:00` in one session, which only make sense as 1 min 51 s, 59 min 54 s and 1 h 59 min.
//! Each three-part stamp `a:b:c` has two readings:
//!
//! 1. `HH:MM:SS` — `a·3600 + b·60 + c`, possible when `b < 60`, `c < 60` and `a < 24`;
//! 2. `MM:SS:FF` (minutes, seconds, frames) — `a·60 + b`, possible when `a < 60`, `b < 60`.
//!
//! Two-part stamps `a:b` read as `MM:SS` (or `HH:MM` if `b`… never: they are always `MM:SS`).
//! Within one session, [`resolve_offsets`] picks for every stamp the reading that keeps the
//! offsets in non-decreasing order while reinterpreting as few stamps as possible
//! (`HH:MM:SS` is preferred). Every stamp read as `MM:SS:FF` gets a warning naming its line.
//! When no choice keeps the order, each stamp gets its own preferred possible reading and a
//! warning says the order is broken; a stamp with no possible reading gets no
//! `start_seconds` and a warning.

/// What stands in front of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TimePrefix {
    /// `01:51:00`, `1:02:33` or `12:45` — an offset into a recording (or a bare clock time).
    Offset(String),
    /// `10:30–11:15`, `9:00 am`, `12:30 p.m.` — a time of day or a range.
    Clock(String),
}

/// Reads a timestamp or clock time at the start of `s`; returns it and the rest of the line
/// with the separator after it removed.
pub(crate) fn parse_time_prefix(s: &str) -> Option<(TimePrefix, &str)> {
    let (first, mut pos) = clock(s, 0)?;
    let mut clock_like = first.1;
    let mut end = pos;
    // a range: "10:30–11:15", "9:00 - 9:45 am", "10am to 11am"
    let after = &s[pos..];
    let trimmed = after.trim_start();
    for dash in ["–", "—", "-", "to "] {
        if let Some(rest) = trimmed.strip_prefix(dash) {
            let skipped = after.len() - rest.len();
            let rest_trim = rest.trim_start();
            let offset = pos + skipped + (rest.len() - rest_trim.len());
            if let Some((second, p2)) = clock(s, offset) {
                clock_like = true;
                let _ = second;
                end = p2;
                pos = p2;
                break;
            }
        }
    }
    let stamp = s[..end].trim().to_owned();
    let parts = first.0;
    if parts < 2 && !clock_like {
        return None; // a bare number is not a time
    }
    let rest = s[pos..].trim_start();
    // "16:15 Uhr", "17 h": the word for o'clock after the time
    let rest = ["Uhr", "uhr", "h"]
        .iter()
        .find_map(|w| {
            rest.strip_prefix(w)
                .filter(|r| r.is_empty() || r.starts_with(' '))
        })
        .map_or(rest, str::trim_start);
    let rest = rest
        .strip_prefix(['-', '–', '—', '|', ':', '.', ','])
        .unwrap_or(rest)
        .trim_start();
    let prefix = if clock_like {
        TimePrefix::Clock(stamp)
    } else {
        TimePrefix::Offset(stamp)
    };
    Some((prefix, rest))
}

/// Reads `H[:MM[:SS]] [am|pm|a.m.|p.m.]` at byte `at`: ((parts, has_meridiem), end).
fn clock(s: &str, at: usize) -> Option<((usize, bool), usize)> {
    let b = s.as_bytes();
    let mut i = at;
    let mut parts = 0;
    loop {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let len = i - start;
        if len == 0 || len > 2 {
            return None;
        }
        parts += 1;
        if parts < 3 && i + 1 < b.len() && b[i] == b':' && b[i + 1].is_ascii_digit() {
            i += 1;
            continue;
        }
        // "13.00", "09.30–10.15": Scandinavian and German clocks write a dot; a two-digit
        // hour below 24 and minutes below 60, then a space or a dash (not "1.10 Section")
        if parts == 1 && len == 2 && b.get(i) == Some(&b'.') {
            let minutes = b.get(i + 1..i + 3);
            let hour = s[start..i].parse::<u32>().unwrap_or(99);
            let after = b.get(i + 3).copied();
            if let Some(&[m1, m2]) = minutes {
                if hour < 24
                    && m1.is_ascii_digit()
                    && m2.is_ascii_digit()
                    && (m1 - b'0') < 6
                    && after.is_none_or(|c| matches!(c, b' ' | b'-' | b'\xE2'))
                {
                    return Some(((2, true), i + 3));
                }
            }
        }
        break;
    }
    // the next character must end the number
    if i < b.len() && (b[i].is_ascii_alphanumeric() && !matches!(b[i], b'a' | b'p' | b'A' | b'P')) {
        return None;
    }
    let rest = &s[i..];
    let window = rest.char_indices().nth(5).map_or(rest.len(), |(i, _)| i);
    let lower = rest.get(..window).unwrap_or("").to_ascii_lowercase();
    let spaced = lower.trim_start();
    let pad = lower.len() - spaced.len();
    for m in ["a.m.", "p.m.", "am", "pm"] {
        if spaced.starts_with(m) {
            let end = i + pad + m.len();
            let boundary = s
                .as_bytes()
                .get(end)
                .is_none_or(|c| !c.is_ascii_alphabetic());
            if boundary {
                return Some(((parts, true), end));
            }
        }
    }
    if parts == 1 {
        return None;
    }
    Some(((parts, false), i))
}

/// The possible readings of one stamp in seconds: (HH:MM:SS, MM:SS:FF).
fn readings(stamp: &str) -> (Option<u64>, Option<u64>) {
    let nums: Vec<u64> = stamp
        .split(':')
        .map(|p| p.trim().parse::<u64>())
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    match nums.as_slice() {
        [a, b, c] => {
            let hms = (*a < 24 && *b < 60 && *c < 60).then(|| a * 3600 + b * 60 + c);
            let msf = (*a < 60 && *b < 60).then(|| a * 60 + b);
            (hms, msf)
        }
        [a, b] => ((*b < 60).then(|| a * 60 + b), None),
        _ => (None, None),
    }
}

/// How one stamp was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// As written (`HH:MM:SS`, or `MM:SS` for two parts).
    AsWritten(u64),
    /// As `MM:SS:FF`.
    Reinterpreted(u64),
    /// No possible reading.
    Impossible,
}

impl Reading {
    pub(crate) fn seconds(self) -> Option<u64> {
        match self {
            Self::AsWritten(s) | Self::Reinterpreted(s) => Some(s),
            Self::Impossible => None,
        }
    }
}

/// Reads the stamps of one session under the documented rule; the `bool` is false when no
/// choice keeps the session in order.
pub(crate) fn resolve_offsets(stamps: &[&str]) -> (Vec<Reading>, bool) {
    let options: Vec<Vec<Reading>> = stamps
        .iter()
        .map(|s| {
            let (hms, msf) = readings(s);
            let mut v = Vec::with_capacity(2);
            v.extend(hms.map(Reading::AsWritten));
            v.extend(msf.map(Reading::Reinterpreted));
            v
        })
        .collect();
    // Dynamic programme over (stamp, chosen option): fewest reinterpretations, in order.
    // best[i][k] = (cost, previous option index) for option k of stamp i.
    let cost = |r: &Reading| u32::from(matches!(r, Reading::Reinterpreted(_)));
    let mut best: Vec<Vec<Option<(u32, usize)>>> = Vec::with_capacity(options.len());
    let mut last_possible: Option<usize> = None;
    for (i, opts) in options.iter().enumerate() {
        let mut row = Vec::with_capacity(opts.len());
        for opt in opts {
            let here = cost(opt);
            let entry = match last_possible {
                None => Some((here, usize::MAX)),
                Some(p) => options[p]
                    .iter()
                    .enumerate()
                    .filter_map(|(k, prev)| {
                        let (c, _) = best[p][k]?;
                        (prev.seconds() <= opt.seconds()).then_some((c + here, k))
                    })
                    .min(),
            };
            row.push(entry);
        }
        best.push(row);
        if !opts.is_empty() {
            last_possible = Some(i);
        }
    }
    let fallback = || {
        options
            .iter()
            .map(|o| o.first().copied().unwrap_or(Reading::Impossible))
            .collect::<Vec<_>>()
    };
    let Some(end) = last_possible else {
        return (fallback(), true);
    };
    let Some((k_end, _)) = best[end]
        .iter()
        .enumerate()
        .filter_map(|(k, e)| e.map(|(c, _)| (k, c)))
        .min_by_key(|&(_, c)| c)
    else {
        return (fallback(), false);
    };
    let mut chosen = vec![Reading::Impossible; options.len()];
    let mut i = end;
    let mut k = k_end;
    loop {
        chosen[i] = options[i][k];
        let Some((_, prev_k)) = best[i][k] else { break };
        if prev_k == usize::MAX {
            break;
        }
        let Some(prev_i) = (0..i).rev().find(|&j| !options[j].is_empty()) else {
            break;
        };
        i = prev_i;
        k = prev_k;
    }
    (chosen, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(
            parse_time_prefix("01:51:00 - \"Title\", X"),
            Some((TimePrefix::Offset("01:51:00".into()), "\"Title\", X"))
        );
        assert_eq!(
            parse_time_prefix("10:30–11:15 Title"),
            Some((TimePrefix::Clock("10:30–11:15".into()), "Title"))
        );
        assert_eq!(
            parse_time_prefix("9:00 - 9:45 am Title"),
            Some((TimePrefix::Clock("9:00 - 9:45 am".into()), "Title"))
        );
        assert_eq!(
            parse_time_prefix("12:30 p.m. Host seminar."),
            Some((TimePrefix::Clock("12:30 p.m.".into()), "Host seminar."))
        );
        assert_eq!(parse_time_prefix("2024 Title"), None);
        assert_eq!(parse_time_prefix("3D Integration"), None);
        // a clock written with a dot, as Scandinavian and German pages do
        assert_eq!(
            parse_time_prefix("13.10 Stormflo i fjordene"),
            Some((TimePrefix::Clock("13.10".into()), "Stormflo i fjordene"))
        );
        assert_eq!(parse_time_prefix("1.10 Preliminaries"), None);
        assert_eq!(parse_time_prefix("24.10 Title"), None);
    }

    #[test]
    fn the_samples_sessions() {
        let secs = |stamps: &[&str]| {
            let (r, ordered) = resolve_offsets(stamps);
            assert!(ordered);
            r.iter().map(|r| r.seconds()).collect::<Vec<_>>()
        };
        assert_eq!(
            secs(&["00:00:00", "01:51:00", "59:54:00", "01:59:00"]),
            vec![Some(0), Some(111), Some(3594), Some(7140)]
        );
        assert_eq!(
            secs(&["00:00:00", "00:02:45", "01:29:30"]),
            vec![Some(0), Some(165), Some(5370)]
        );
        assert_eq!(
            secs(&["00:00:00", "01:23:00", "57:20:00", "01:58:18"]),
            vec![Some(0), Some(83), Some(3440), Some(7098)]
        );
    }

    #[test]
    fn disorder_is_reported() {
        let (r, ordered) = resolve_offsets(&["00:30:00", "00:00:10"]);
        assert!(!ordered);
        assert_eq!(r[0], Reading::AsWritten(1800));
        let (r, _) = resolve_offsets(&["99:99:99"]);
        assert_eq!(r[0], Reading::Impossible);
    }
}
