//! Author lines whose affiliations are given by footnote numbers: `A. Author¹, B. Author²˒³`
//! or `Author1*, Author2,3`, followed by one or more numbered affiliation lines
//! (`¹ MIT  ² ETH Zürich`, `1 MIT, 2 ETH Zürich`, `1 MIT; 2 ETH`, or one number per line).
//!
//! The entry point is [`read_marked_authors`]. Like [`table`](super::table), it reads a few
//! lines together and replaces their line-by-line readings: the author line becomes a speaker
//! line whose speakers carry the affiliations their numbers point to, and the numbered lines
//! become noise. The numbers mark where each affiliation starts, so a comma or an "and" inside
//! a numbered item ("University of California, Berkeley") stays part of that institution.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::line::{Kind, LineInfo};
use super::speaker::{fold_units, person_score};
use super::text::{clean, split_top};
use super::Lexicon;
use crate::model::{Affiliation, Speaker};

/// Lines per rayon task when looking for candidate author lines.
const LINES_PER_TASK: usize = 1024;

/// Longest line read as an author list.
const MAX_AUTHOR_LINE: usize = 400;

/// The value of a superscript digit.
fn superscript(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// Symbols that mark a presenting or corresponding author, not an affiliation.
fn is_symbol_mark(c: char) -> bool {
    matches!(c, '*' | '†' | '‡' | '§' | '#')
}

/// Separators inside a run of marks: `1,3`, `¹˒²`, `¹,²`.
fn is_mark_separator(c: char) -> bool {
    matches!(c, ',' | '˒' | '‚' | '،')
}

/// A cheap test run on every line: a digit glued to the end of a word, or a superscript digit.
fn may_hold_marks(line: &str) -> bool {
    if line.len() > MAX_AUTHOR_LINE {
        return false;
    }
    // ¹²³ are U+00B9/B2/B3 (C2 xx); ⁰ and ⁴–⁹ are U+2070..2079 (E2 81 xx)
    let mut prev = 0u8;
    for &b in line.as_bytes() {
        let glued = b.is_ascii_digit() && prev.is_ascii_lowercase();
        let superscript = prev == 0xC2 && matches!(b, 0xB2 | 0xB3 | 0xB9)
            || prev == 0x81 && (0xB0..=0xB9).contains(&b);
        if glued || superscript {
            return true;
        }
        prev = b;
    }
    false
}

/// An author as written: the name, and the footnote numbers after it.
#[derive(Debug, Clone, PartialEq)]
struct Marked {
    name: String,
    numbers: Vec<u32>,
    /// A symbol follows the numbers ("Obi1*"): maybe the presenting author's mark.
    symbol: bool,
}

/// Splits the marks glued to the end of `chunk`: "Rao1,3" → ("Rao", [1, 3]), "Obi¹˒²*" →
/// ("Obi", [1, 2]). The marks must follow a letter or a period with no space.
fn split_marks(chunk: &str) -> (&str, Vec<u32>, bool) {
    let start = chunk
        .char_indices()
        .rev()
        .take_while(|&(_, c)| {
            c.is_ascii_digit()
                || superscript(c).is_some()
                || is_symbol_mark(c)
                || is_mark_separator(c)
        })
        .last()
        .map_or(chunk.len(), |(i, _)| i);
    let (name, marks) = chunk.split_at(start);
    let glued = name
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == '.');
    if marks.is_empty() || !glued {
        return (chunk, Vec::new(), false);
    }
    let mut numbers = Vec::new();
    let mut symbol = false;
    let mut digits = String::new();
    let flush = |digits: &mut String, numbers: &mut Vec<u32>| {
        if let Ok(n) = digits.parse() {
            numbers.push(n);
        }
        digits.clear();
    };
    for c in marks.chars() {
        if let Some(d) = superscript(c) {
            digits.push(char::from_digit(d, 10).unwrap_or('0'));
        } else if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut numbers);
            symbol |= is_symbol_mark(c);
        }
    }
    flush(&mut digits, &mut numbers);
    (name, numbers, symbol)
}

/// Reads `line` as authors with footnote numbers; `None` unless every item is a name and at
/// least one carries a number.
fn parse_marked_authors(line: &str, lex: &Lexicon) -> Option<Vec<Marked>> {
    let line = without_people_label(line.trim());
    let mut out = Vec::new();
    let mut numbered = false;
    for group in split_top(line, "; ") {
        for chunk in split_top(group, ", ") {
            let chunk = chunk.trim();
            let chunk = chunk.strip_prefix("and ").unwrap_or(chunk);
            for piece in chunk.split(" and ").flat_map(|p| p.split(" & ")) {
                let (name, numbers, symbol) = split_marks(piece.trim());
                let (score, name, _) = person_score(clean(name), lex);
                if score < 0.6 {
                    return None;
                }
                numbered |= !numbers.is_empty();
                out.push(Marked {
                    name,
                    numbers,
                    symbol,
                });
            }
        }
    }
    numbered.then_some(out)
}

/// `line` without a label that names the people after it: "Panelists: A1, B2" → "A1, B2".
fn without_people_label(line: &str) -> &str {
    const LABELS: &[&str] = &[
        "panelists",
        "panellists",
        "speakers",
        "speaker",
        "authors",
        "presenters",
        "presenter",
    ];
    match line.split_once(": ") {
        Some((label, rest))
            if label.len() <= 12
                && super::words::with_lowercase(label, |l| LABELS.contains(&l)) =>
        {
            rest
        }
        _ => line,
    }
}

/// A labelled line between the authors and their numbered affiliations ("Moderator: C4"):
/// read on its own, it does not end the footnotes.
fn is_label_line(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(label, _)| {
        label.len() <= 20
            && label.split_whitespace().count() <= 2
            && !label.contains(char::is_numeric)
    })
}

/// Reads a numbered affiliation line: `¹ MIT  ² ETH Zürich`, `1 MIT, 2 ETH`, `3 University of
/// Ghana`. `next` is the number the line must start with, if known (continuing an earlier
/// line). Returns the numbered items in order.
fn parse_footnotes(line: &str, next: Option<u32>) -> Option<Vec<(u32, String)>> {
    let line = line.trim();
    let mut items: Vec<(u32, String)> = Vec::new();
    let mut expected = next;
    let mut rest = line;
    let mut first = true;
    while !rest.is_empty() {
        let (number, after) = leading_number(rest)?;
        if expected.is_some_and(|e| e != number) || first && number > 9 {
            return None;
        }
        first = false;
        // the item runs to the next number that continues the sequence
        let end = next_number_at(after, number + 1).unwrap_or(after.len());
        let text = clean(after[..end].trim().trim_end_matches([',', ';']));
        if text.is_empty() || !text.starts_with(|c: char| c.is_alphabetic()) {
            return None;
        }
        items.push((number, text.to_owned()));
        expected = Some(number + 1);
        rest = after[end..].trim_start();
    }
    (!items.is_empty()).then_some(items)
}

/// A footnote number at the start of `s`: superscript digits, or ASCII digits followed by a
/// space. Returns the number and the text after it.
fn leading_number(s: &str) -> Option<(u32, &str)> {
    let sup: String = s
        .chars()
        .map_while(superscript)
        .filter_map(|d| char::from_digit(d, 10))
        .collect();
    if !sup.is_empty() {
        let len: usize = s.chars().take(sup.len()).map(char::len_utf8).sum();
        return Some((sup.parse().ok()?, s[len..].trim_start()));
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let after = &s[digits..];
    // "1 MIT", or the number set against the name as a PDF copy leaves it: "1Technical University"
    let after = after
        .strip_prefix(' ')
        .or_else(|| after.strip_prefix('\t'))
        .or_else(|| after.starts_with(starts_upper_char).then_some(after))?;
    Some((s[..digits].parse().ok()?, after.trim_start()))
}

/// Where number `n` starts a new item in `s`: written in superscript anywhere, or in ASCII
/// digits after a space, comma or semicolon and before a space.
fn next_number_at(s: &str, n: u32) -> Option<usize> {
    let ascii = n.to_string();
    let sup: String = ascii
        .chars()
        .filter_map(|c| {
            let d = c.to_digit(10)?;
            ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
                .get(d as usize)
                .copied()
        })
        .collect();
    if let Some(at) = s.find(&sup) {
        return Some(at);
    }
    let mut from = 0;
    while let Some(found) = s[from..].find(&ascii) {
        let at = from + found;
        let before = s[..at].chars().next_back();
        let after = s[at + ascii.len()..].chars().next();
        let starts = before.is_some_and(char::is_whitespace)
            && s[..at].trim_end().ends_with([',', ';'])
            || before.is_some_and(|c| c.is_whitespace()) && s[..at].ends_with("  ");
        if starts
            && (after == Some(' ') || after.is_some_and(starts_upper_char))
            && s[at + ascii.len()..]
                .trim_start()
                .starts_with(starts_upper_char)
        {
            return Some(at);
        }
        from = at + ascii.len();
    }
    None
}

fn starts_upper_char(c: char) -> bool {
    c.is_uppercase()
}

/// A line of symbol footnotes under the affiliations: "*presenting author", "† equal
/// contribution".
fn is_symbol_footnote(line: &str) -> bool {
    let line = line.trim();
    line.starts_with(is_symbol_mark)
        && line.split_whitespace().count() <= 6
        && !line.trim_start_matches(is_symbol_mark).trim().is_empty()
}

/// An affiliation named in a numbered item, with a leading unit folded in ("Department of
/// Physics, University of Oslo" → University of Oslo, unit Department of Physics).
fn affiliation(text: &str, lex: &Lexicon) -> Affiliation {
    // ("Aalto University, Espoo, Finland": the address is no part of the name)
    let text = super::speaker::without_address(text, lex);
    let make = |name: &str| {
        let found = lex.institution(name);
        Affiliation {
            name: name.to_owned(),
            role: None,
            label: found.map(|i| i.name.clone()),
            iri: found.map(|i| i.iri.clone()),
            unit: None,
            alternate_names: Vec::new(),
        }
    };
    if let Some((unit, org)) = text.split_once(", ") {
        let folded = fold_units(vec![make(unit), make(org)]);
        if folded.len() == 1 {
            return folded.into_iter().next().unwrap_or_else(|| make(text));
        }
    }
    make(text)
}

/// Finds author lines with footnote numbers and the numbered affiliation lines under them:
/// (line index, reading) pairs that replace the line-by-line classification.
pub(crate) fn read_marked_authors(lines: &[&str], lex: &Lexicon) -> Vec<(usize, LineInfo)> {
    let candidates: Vec<(usize, Vec<Marked>)> = lines
        .par_iter()
        .enumerate()
        .with_min_len(LINES_PER_TASK)
        .filter(|(_, l)| may_hold_marks(l))
        .filter_map(|(i, l)| parse_marked_authors(l, lex).map(|m| (i, m)))
        .collect();
    let mut out = Vec::new();
    for (i, authors) in candidates {
        let mut notes: FxHashMap<u32, String> = FxHashMap::default();
        let mut used = Vec::new();
        let mut next = None;
        let mut j = i + 1;
        let mut presenting = false;
        while let Some(line) = lines.get(j) {
            if let Some(items) = parse_footnotes(line, next) {
                next = items.last().map(|(n, _)| n + 1);
                notes.extend(items);
            } else if notes.is_empty() && j == i + 1 && is_label_line(line) {
                // (the moderator's line between the panel and its footnotes stays as it is)
                j += 1;
                continue;
            } else if notes.is_empty() || !is_symbol_footnote(line) {
                break;
            } else {
                // "* presenting author", "* speaker": the marked author gives the talk
                let lower = line.to_lowercase();
                presenting |= ["presenting", "presenter", "speaker"]
                    .iter()
                    .any(|w| lower.contains(w));
            }
            used.push(j);
            j += 1;
        }
        if notes.is_empty() {
            continue;
        }
        let presenting = presenting && authors.iter().any(|a| a.symbol);
        let speakers = authors
            .into_iter()
            .filter(|a| !presenting || a.symbol)
            .map(|a| Speaker {
                name: a.name,
                affiliations: a
                    .numbers
                    .iter()
                    .filter_map(|n| notes.get(n))
                    .map(|t| affiliation(t, lex))
                    .collect(),
                line: i + 1,
                ..Speaker::default()
            })
            .collect();
        out.push((
            i,
            info(Kind::Speakers {
                speakers,
                score: 0.95,
            }),
        ));
        out.extend(used.into_iter().map(|j| (j, info(Kind::Noise))));
    }
    out
}

fn info(kind: Kind) -> LineInfo {
    LineInfo {
        kind,
        listed: false,
        when: None,
        labelled: false,
        cancelled: false,
        strike: super::line::Strike::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Vec<String>)> {
        let lines: Vec<&str> = text.lines().collect();
        let lex = Lexicon::builtin_for_tests();
        read_marked_authors(&lines, &lex)
            .into_iter()
            .flat_map(|(_, info)| match info.kind {
                Kind::Speakers { speakers, .. } => speakers,
                _ => Vec::new(),
            })
            .map(|s| {
                let affs = s.affiliations.into_iter().map(|a| a.name).collect();
                (s.name, affs)
            })
            .collect()
    }

    fn pairs(expected: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
        expected
            .iter()
            .map(|(n, a)| (n.to_string(), a.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    /// A footnote that marks the presenting author leaves the others out; a people label
    /// before the authors and a moderator's line before the footnotes are read past; the
    /// address after each institution is dropped.
    #[test]
    fn presenting_authors_labels_and_addresses() {
        let got = read(
            "Ana Lima1,2, Bo Ek1*\n\
             1Aalto University, Espoo, Finland\n\
             2Nokia Bell Labs, Cambridge, United Kingdom\n\
             * presenting author",
        );
        assert_eq!(got, pairs(&[("Bo Ek", &["Aalto University"])]));
        let got = read(
            "Panelists: Ana Lima1, Bo Ek2\n\
             Moderator: Cy Day3\n\
             1University of Cambridge, Cambridge, UK\n\
             2Qualcomm Technologies, Inc., San Diego, CA, USA\n\
             3Inria, Rennes, France",
        );
        assert_eq!(
            got,
            pairs(&[
                ("Ana Lima", &["University of Cambridge"]),
                ("Bo Ek", &["Qualcomm Technologies, Inc."])
            ])
        );
    }

    #[test]
    fn marks_glued_to_names() {
        assert_eq!(split_marks("Rao1,3"), ("Rao", vec![1, 3], false));
        assert_eq!(split_marks("Obi¹˒²*"), ("Obi", vec![1, 2], true));
        assert_eq!(split_marks("Dubois1*"), ("Dubois", vec![1], true));
        assert_eq!(split_marks("Room 12"), ("Room 12", vec![], false));
    }

    #[test]
    fn footnote_lines() {
        assert_eq!(
            parse_footnotes("1 University of California, Berkeley, 2 Novartis", None),
            Some(vec![
                (1, "University of California, Berkeley".into()),
                (2, "Novartis".into())
            ])
        );
        assert_eq!(
            parse_footnotes("¹ Lund University  ² Aarhus University", None),
            Some(vec![
                (1, "Lund University".into()),
                (2, "Aarhus University".into())
            ])
        );
        assert_eq!(
            parse_footnotes("1 Inria; 2 Sorbonne Université", None).map(|v| v.len()),
            Some(2)
        );
        // numbers set against the names, as a PDF copy leaves them
        assert_eq!(
            parse_footnotes("1Ghent University  2Universidade do Porto", None),
            Some(vec![
                (1, "Ghent University".into()),
                (2, "Universidade do Porto".into())
            ])
        );
        assert_eq!(parse_footnotes("3 Ghent University", Some(2)), None);
        assert_eq!(parse_footnotes("10 Things We Learned", None), None);
        assert_eq!(parse_footnotes("2024 in review", None), None);
    }

    #[test]
    fn superscript_authors_with_a_footer() {
        assert_eq!(
            read("Maja Lund¹, Tobias Brandt²˒¹\n¹ Lund University  ² Aarhus University\n"),
            pairs(&[
                ("Maja Lund", &["Lund University"]),
                ("Tobias Brandt", &["Aarhus University", "Lund University"]),
            ])
        );
    }

    #[test]
    fn digit_authors_with_footers_on_several_lines() {
        assert_eq!(
            read("Nora Vik1*, Arjun Patel2,3 and Elena Costa1\n1 University of Bergen\n2 Wageningen University & Research\n3 Broad Institute of MIT and Harvard\n*corresponding author\n"),
            pairs(&[
                ("Nora Vik", &["University of Bergen"]),
                ("Arjun Patel", &["Wageningen University & Research", "Broad Institute of MIT and Harvard"]),
                ("Elena Costa", &["University of Bergen"]),
            ])
        );
    }

    #[test]
    fn no_footer_no_reading() {
        assert!(read("Nora Vik1, Arjun Patel2\nA talk about fjords\n").is_empty());
        assert!(read("Covid19 and Vaccines\n1 University of Bergen\n").is_empty());
    }
}
