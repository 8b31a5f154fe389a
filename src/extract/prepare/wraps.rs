//! Text converted from PDF (pdftotext and the like): page furniture dropped, entries that
//! wrap over several lines joined, reference marks removed.
//!
//! The entry points are [`applies`] and [`join`]. A document is read this way when it has
//! form feeds (page breaks) or at least two words hyphenated across a line end. Then:
//!
//! - the running header or footer next to each page break (a line with a page number at one
//!   end, or with a wide gap of spaces) is dropped;
//! - a line joins the one before when the one before is cut mid-word (`represen-`), mid-phrase
//!   (it ends with `,`, `:`, a connector such as "and" or "of", or an open parenthesis), or
//!   when it starts in lower case, with `(`, or as the hanging indent of a bullet;
//! - an end-of-line hyphen is dropped (`represen-⏎tation` → `representation`) unless the
//!   part before it is a word that makes compounds (`in-⏎context` → `in-context`) or the part
//!   after starts with a capital or a digit;
//! - marks at the end of an entry are removed: `†`, `‡`, `[host: …]`, `(not recorded)`, and a
//!   date after the title (`…, 6 November 2023`).

use super::Line;
use crate::extract::line::is_date_line;

/// Words that keep their hyphen when a compound is split at a line end.
const COMPOUND_HEADS: &[&str] = &[
    "in", "on", "off", "out", "self", "non", "multi", "cross", "well", "semi", "high", "low",
    "long", "short", "large", "small", "real", "open", "end", "fine", "zero", "few", "one", "two",
    "three", "data", "task", "model", "time", "state", "world", "human", "graph", "rule", "top",
    "near", "all", "first", "second", "third", "sample", "closed", "mixed",
];

/// The words that "in-" forms compounds with ("in-context", "in-person").
const IN_TAILS: &[&str] = &[
    "context",
    "house",
    "person",
    "depth",
    "memory",
    "place",
    "line",
    "distribution",
    "situ",
    "sample",
    "domain",
    "loop",
    "vivo",
    "vitro",
    "silico",
    "class",
    "game",
];

/// Words that cannot end a phrase: a line ending in one continues on the next.
const CONNECTORS: &[&str] = &[
    "and", "or", "of", "for", "the", "a", "an", "in", "on", "to", "with", "at", "by", "from",
    "via", "into", "&",
];

/// Whether the document reads as text converted from PDF.
pub(crate) fn applies(lines: &[&str]) -> bool {
    if lines
        .iter()
        .any(|l| memchr::memchr(0x0C, l.as_bytes()).is_some())
    {
        return true;
    }
    lines
        .windows(2)
        .filter(|w| hyphen_cut(w[0]) && w[1].trim_start().starts_with(char::is_lowercase))
        .nth(1)
        .is_some()
}

/// The width a plain-text message was hard-wrapped at (an e-mail newsletter wrapped at 72
/// columns), when it was: the longest line with a space, between 60 and 80 characters, and at
/// least three breaks that the next word forced (it would not have fitted on the line). `None`
/// for other text; a document with long lines is refused after three of them.
pub(crate) fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut long = 0;
    let mut width = 0;
    for l in lines {
        let t = l.trim_end();
        if t.len() > 100 {
            long += 1;
            if long > 2 {
                return None;
            }
            continue;
        }
        if t.contains(' ') && !t.contains("://") {
            width = width.max(t.chars().count());
        }
    }
    if !(60..=80).contains(&width) {
        return None;
    }
    // most lines of a wrapped message run close to the width: a listing of short lines with a
    // few long ones is not wrapped (nor is text in Han or kana, whose characters take two
    // columns each)
    let texts: Vec<&str> = lines
        .iter()
        .map(|l| l.trim_end())
        .filter(|t| !t.trim().is_empty() && !is_rule_line(t))
        .collect();
    let full = texts
        .iter()
        .filter(|t| t.chars().count() + 12 >= width)
        .count();
    let cjk = texts
        .iter()
        .filter(|t| !t.is_ascii() && t.chars().any(crate::extract::lang::is_han_or_kana))
        .count();
    if full < 3 || full * 4 < texts.len() || cjk * 10 > texts.len() {
        return None;
    }
    let forced = lines
        .windows(2)
        .filter(|w| forced_break(w[0], w[1], width))
        .take(3)
        .count();
    (forced >= 3).then_some(width)
}

/// Whether the break between `prev` and `next` was forced by a wrap at `width`: both hold
/// text, `next` starts no entry of its own, and its first word would not have fitted.
fn forced_break(prev: &str, next: &str, width: usize) -> bool {
    let p = prev.trim_end();
    let n = next.trim();
    if p.trim().is_empty() || n.is_empty() || starts_entry(n) || is_rule_line(p) || is_rule_line(n)
    {
        return false;
    }
    // ("Date: Tuesday, April 8, 2025" under a title: a labelled field starts a line of its own)
    if n.len() < 200 && crate::extract::line::field_of(n).is_some() {
        return false;
    }
    // a line that ends a unit (a closing bracket or quote, a sentence) before one that starts
    // a new one (a capital, a digit) may be full by chance: "… (University of Chile)" / "12 Mar"
    let ends_unit = p.ends_with(['.', ')', '"', '”', '!', '?']);
    let starts_unit = n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let word = n.split(' ').next().unwrap_or(n).chars().count();
    !(ends_unit && starts_unit) && p.chars().count() + 1 + word > width
}

/// A line of one repeated character ("-----", "=====").
fn is_rule_line(t: &str) -> bool {
    let t = t.trim();
    let mut chars = t.chars();
    chars
        .next()
        .is_some_and(|c| !c.is_alphanumeric() && t.len() >= 5 && chars.all(|x| x == c))
}

/// Joins the lines of a hard-wrapped message (see [`wrap_width`]): a line joins the one before
/// when the wrap forced the break, or when the one before left a bracket or a quote open.
pub(crate) fn reflow(lines: Vec<Line<'_>>, width: usize) -> Vec<Line<'_>> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // the physical line before this one: whether the wrap forced a break is a matter of its
    // length, not of the joined line's
    let mut previous = String::new();
    for line in lines {
        let joins = out.last().is_some_and(|last| {
            let (p, n) = (last.text.as_ref(), line.text.as_ref());
            let open = |o: char, c: char| p.matches(o).count() > p.matches(c).count();
            let quote_open = p.matches('"').count() % 2 == 1;
            forced_break(&previous, n, width)
                || !n.trim().is_empty()
                    && !starts_entry(n.trim())
                    && (open('(', ')') || open('“', '”') || quote_open)
        });
        previous.clear();
        previous.push_str(&line.text);
        match out.last_mut() {
            Some(last) if joins => last.text = joined(&last.text, &line.text).into(),
            _ => out.push(line),
        }
    }
    out
}

/// Whether a line ends with a word cut by a hyphen: a letter, then `-`.
fn hyphen_cut(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with('-') && t[..t.len() - 1].ends_with(char::is_alphabetic)
}

/// Drops page furniture and joins wrapped lines; removes end marks.
pub(crate) fn join(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let lines = drop_furniture(lines);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut prev_blank = true;
    for line in lines {
        let text = line.text.as_ref();
        let blank = text.trim().is_empty();
        let joins =
            !blank && !prev_blank && out.last().is_some_and(|last| continues(&last.text, text));
        if joins {
            if let Some(last) = out.last_mut() {
                last.text = joined(&last.text, text).into();
            }
        } else {
            out.push(line);
        }
        prev_blank = blank;
    }
    for line in &mut out {
        let stripped = strip_marks(&line.text);
        if stripped.len() != line.text.len() {
            line.text = stripped.to_owned().into();
        }
    }
    out
}

/// Whether `next` continues `prev`.
fn continues(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    let n = next.trim_start();
    if starts_entry(n) || is_section_number(p) {
        return false;
    }
    let last_word = p.rsplit(' ').next().unwrap_or("").to_lowercase();
    let open_paren = p.matches('(').count() > p.matches(')').count();
    let cut = hyphen_cut(p)
        || p.ends_with([',', ':'])
        || CONNECTORS.contains(&last_word.as_str())
        || open_paren;
    let finished = p.ends_with(['.', '?', '!', '†', '‡', ']']);
    let hanging = next.starts_with("  ") && starts_entry(prev.trim_start());
    cut || !finished && (n.starts_with(char::is_lowercase) || n.starts_with('('))
        || hanging && !finished
        || hanging && n.starts_with(char::is_lowercase)
}

/// A line that starts an entry of its own: a bullet or a numbered item.
fn starts_entry(t: &str) -> bool {
    t.starts_with(['•', '◦', '▪', '‣', '–', '—']) || t.starts_with("- ") || t.starts_with("* ") || {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && t[digits..].starts_with(['.', ')'])
    }
}

/// A numbered section heading: "4.2.1 Institute Colloquium", "4 Scientific Exchange".
fn is_section_number(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    !first.is_empty()
        && first.chars().all(|c| c.is_ascii_digit() || c == '.')
        && first.starts_with(|c: char| c.is_ascii_digit())
        && t.split_whitespace().count() <= 8
        && !t.contains(['(', ',', ':', '—', '–'])
}

/// `prev` and `next` as one line, an end-of-line hyphen resolved.
fn joined(prev: &str, next: &str) -> String {
    let p = prev.trim_end();
    let n = next.trim();
    if hyphen_cut(p) {
        let head = p[..p.len() - 1]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let tail = n
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        // "in-" is also where "intractable" is hyphenated: keep it only before the words
        // it forms compounds with
        let compound = if head == "in" {
            IN_TAILS.contains(&tail.as_str())
        } else {
            COMPOUND_HEADS.contains(&head.as_str())
        };
        let keep = compound || n.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if keep {
            format!("{p}{n}")
        } else {
            format!("{}{n}", &p[..p.len() - 1])
        }
    } else {
        format!("{p} {n}")
    }
}

/// Drops the running header or footer beside each page break, and the break itself.
fn drop_furniture(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let breaks: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].text.contains('\u{c}'))
        .collect();
    let mut drop = vec![false; lines.len()];
    for &b in &breaks {
        // the first line with text from the break on, and the last one before it
        let after =
            (b..lines.len()).find(|&i| !lines[i].text.replace('\u{c}', "").trim().is_empty());
        let before = (0..b).rev().find(|&i| !lines[i].text.trim().is_empty());
        for i in after.into_iter().chain(before) {
            if is_furniture(&lines[i].text.replace('\u{c}', "")) {
                drop[i] = true;
            }
        }
    }
    lines
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(mut l, _)| {
            if l.text.contains('\u{c}') {
                l.text = l.text.replace('\u{c}', "").into();
            }
            l
        })
        .collect()
}

/// A running header or footer: a page number at either end, or a wide gap between parts.
fn is_furniture(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let number = |w: &&str| w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let numbered = words.first().is_some_and(number) || words.last().is_some_and(number);
    let gap = t.contains("     ");
    !t.is_empty() && words.len() <= 16 && (numbered || gap)
}

/// Removes marks at the end of an entry: `†`, `[host: …]`, `(not recorded)`, a final date.
fn strip_marks(line: &str) -> &str {
    let mut t = line.trim_end();
    loop {
        let before = t.len();
        t = t.trim_end_matches(['†', '‡', '*']).trim_end();
        if t.ends_with(']') {
            if let Some(open) = t.rfind('[') {
                if open > 0 && t[open..].split_whitespace().count() <= 6 {
                    t = t[..open].trim_end();
                }
            }
        }
        for note in [
            "(not recorded)",
            "(no recording)",
            "(recording unavailable)",
        ] {
            let cut = t.len().saturating_sub(note.len());
            if cut > 0
                && t.get(cut..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(note))
            {
                t = t[..cut].trim_end();
            }
        }
        if let Some(at) = t.rfind(", ") {
            if is_date_line(&t[at + 2..]) && at > 0 {
                t = &t[..at];
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hard_wrapped_message_is_reflowed() {
        let text = "Dear all, here are the recordings of the spring term, with thanks to our\nvolunteers and to everyone who came along on Thursdays this year.\n\n* \"Groundwater in Karst Aquifers: Tracers, Models, Field Campaigns and\n  Policy\"\n  Dr. Ines Duarte (University of Coimbra)\n  4 Mar | 51 min\n\n  1. Lichens as Air Quality Sensors -- Tomás Ferreira-Lopes \n     (Universidade do Minho)\n  2. Wetland Methane in a Warming Arctic -- Saara Lindqvist-Hämäläinen\n     (University of Oulu)\n";
        let lines: Vec<&str> = text.lines().collect();
        let width = wrap_width(&lines);
        assert!(width.is_some_and(|w| (70..=72).contains(&w)), "{width:?}");
        let joined: Vec<String> = reflow(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| Line::new(*l, i + 1))
                .collect(),
            width.unwrap_or_default(),
        )
        .into_iter()
        .map(|l| l.text.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
        assert_eq!(
            joined,
            [
                "Dear all, here are the recordings of the spring term, with thanks to our volunteers and to everyone who came along on Thursdays this year.",
                "* \"Groundwater in Karst Aquifers: Tracers, Models, Field Campaigns and Policy\"",
                "Dr. Ines Duarte (University of Coimbra)",
                "4 Mar | 51 min",
                "1. Lichens as Air Quality Sensors -- Tomás Ferreira-Lopes (Universidade do Minho)",
                "2. Wetland Methane in a Warming Arctic -- Saara Lindqvist-Hämäläinen (University of Oulu)",
            ]
        );
        // a listing with long lines is no wrapped message
        let long = "x ".repeat(60);
        assert_eq!(wrap_width(&[&long, &long, &long, "a b"]), None);
    }

    fn run(text: &str) -> Vec<(String, usize)> {
        let lines: Vec<Line> = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| Line::new(l, i + 1))
            .collect();
        join(lines)
            .into_iter()
            .filter(|l| !l.text.trim().is_empty())
            .map(|l| (l.text.into_owned(), l.origin))
            .collect()
    }

    #[test]
    fn wrapped_entries_join() {
        let text = "3 May — Ann Lee (Lund University): Sparse represen-\ntations of graphs †\n\n\
                    4 May — Bo Ek (Aarhus\nUniversity): What makes in-\ncontext recall work? [host: C. Dahl]\n\
                    \u{c}12                Annual Report\n\n\
                    • Cy Dahl (KTH): Kernels meet large\n  models (not recorded)\n\
                    Fast Codes (Lecture 1/2): From A to B, 6 May 2023 †\nFast Codes (Lecture 2/2): From B to C";
        assert_eq!(
            run(text),
            vec![
                (
                    "3 May — Ann Lee (Lund University): Sparse representations of graphs".into(),
                    1
                ),
                (
                    "4 May — Bo Ek (Aarhus University): What makes in-context recall work?".into(),
                    4
                ),
                ("• Cy Dahl (KTH): Kernels meet large models".into(), 9),
                ("Fast Codes (Lecture 1/2): From A to B".into(), 11),
                ("Fast Codes (Lecture 2/2): From B to C".into(), 12),
            ]
        );
    }

    #[test]
    fn plain_text_is_not_pdf() {
        assert!(!applies(&["Fast Codes", "Ann Lee, KTH"]));
        assert!(applies(&["a\u{c}b"]));
    }
}
