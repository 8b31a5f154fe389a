//! Series: "(part n of m)" markers, and "Prefix: subtitle" prefixes shared by two or more
//! entries of the input (decided over all documents of a run, not line by line).

use std::collections::HashMap;

use rayon::prelude::*;

use super::text::clean;
use super::words::{self, is_in};
use crate::model::Talk;
use crate::resolve::fold;

/// A part marker found in a title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    /// The text before the marker: the series.
    pub series: String,
    pub part: u32,
    pub count: Option<u32>,
}

/// Finds "(part 2 of 2)", "Part 2/3", "– Part II", "(Lecture 2 of 4)", "(Session 1 of 3)",
/// "(2/3)" in a title.
pub(crate) fn part_marker(title: &str) -> Option<Part> {
    // ASCII lowercasing keeps byte offsets, which index `title` in `word_marker`
    let lower = title.to_ascii_lowercase();
    // ("Timber in the tropics (Pt 1): …": "Pt" without its full stop only in brackets)
    // ("Qualitative methods masterclass (Day 1 of 2): …": a course's days, in brackets)
    ["part", "pt.", "(pt", "lecture", "module", "session", "(day"]
        .iter()
        .chain(super::lang::PART_WORDS)
        .find_map(|word| word_marker(title, &lower, word))
        .or_else(|| ordinal_marker(title))
        .or_else(|| suffixed_ordinal_marker(title))
        .or_else(|| fraction_marker(title))
        .or_else(|| cjk_marker(title))
        .or_else(|| rtl_marker(title))
        .or_else(|| roman_parte_marker(title))
        .or_else(|| bracketed_number_marker(title))
        .or_else(|| ordinal_word_marker(title))
        .or_else(|| sehemu_marker(title))
        .or_else(|| day_marker(title))
        .or_else(|| leading_marker(title))
        .or_else(|| armenian_marker(title))
        .or_else(|| kazakh_marker(title))
        .or_else(|| pjesa_marker(title))
        .or_else(|| bahagi_marker(title))
}

/// Armenian writes a part with a letter as its numeral before "մաս" (part), the series
/// before it and the subtitle after it set apart by the Armenian colon, which looks like a
/// full stop: "Կոստանդին Երզնկացու տաղերը. Բ մաս. խազերը …" (the second part).
fn armenian_marker(title: &str) -> Option<Part> {
    const LETTERS: [&str; 6] = ["Ա", "Բ", "Գ", "Դ", "Ե", "Զ"];
    let at = super::text::find(title, " մաս")?;
    let head = &title[..at];
    let (series, numeral) = head.rsplit_once(". ")?;
    let part = LETTERS
        .iter()
        .position(|l| *l == numeral)
        .map(|k| k as u32 + 1)
        .or_else(|| numeral.parse().ok())?;
    let series = clean(series);
    (!series.is_empty()).then(|| Part {
        series: series.to_owned(),
        part,
        count: None,
    })
}

/// Kazakh numbers a part before "бөлім" (part) with a hyphen: "Қазақ киіз үйінің
/// этнографиясы. 2-бөлім: уықтар …".
fn kazakh_marker(title: &str) -> Option<Part> {
    let at = super::text::find(title, "-бөлім")?;
    let head = &title[..at];
    let (series, number) = head.rsplit_once(' ')?;
    let part: u32 = number.parse().ok().filter(|&n| (1..=12).contains(&n))?;
    let series = clean(series.trim_end_matches(['.', ',', ' ']));
    (!series.is_empty()).then(|| Part {
        series: series.to_owned(),
        part,
        count: None,
    })
}

/// A part named before its title, set apart by a bar or a dash: "Part 2 | Adapting the
/// SRQ-20 for Chichewa speakers: cut-offs and field validation" (the series before the
/// colon).
fn leading_marker(title: &str) -> Option<Part> {
    let rest = ["Part ", "PART ", "Session ", "Lecture "]
        .iter()
        .find_map(|w| title.strip_prefix(w))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let part: u32 = rest[..digits].parse().ok().filter(|&n| n > 0)?;
    let after = [" | ", " – ", " — ", " - "]
        .iter()
        .find_map(|sep| rest[digits..].strip_prefix(sep))?;
    let (series, subtitle) = after.split_once(": ")?;
    let series = clean(series);
    (series.split_whitespace().count() >= 2 && !clean(subtitle).is_empty()).then(|| Part {
        series: series.to_owned(),
        part,
        count: None,
    })
}

/// Tagalog ordinals before "Bahagi" (part): "Palihan sa Pagsasalin, Ikalawang Bahagi: …" (the
/// second part).
fn bahagi_marker(title: &str) -> Option<Part> {
    const ORDINALS: &[(&str, u32)] = &[
        ("Unang", 1),
        ("Ikalawang", 2),
        ("Ikatlong", 3),
        ("Ikaapat na", 4),
    ];
    ORDINALS.iter().find_map(|(ordinal, part)| {
        [", ", " – ", " — ", " - ", " ("].iter().find_map(|sep| {
            let marker = format!("{sep}{ordinal} Bahagi");
            let at = super::text::find(title, &marker)?;
            let series = clean(&title[..at]);
            (!series.is_empty()).then(|| Part {
                series: series.to_owned(),
                part: *part,
                count: None,
            })
        })
    })
}

/// Albanian ordinals after "pjesa e" (the part): "Modelimi hidrologjik me HEC-HMS (pjesa e
/// dytë): kalibrimi" (the second part).
fn pjesa_marker(title: &str) -> Option<Part> {
    const ORDINALS: &[(&str, u32)] = &[
        ("parë", 1),
        ("dytë", 2),
        ("tretë", 3),
        ("katërt", 4),
        ("pestë", 5),
    ];
    let at = super::text::find(title, " (pjesa e ")?;
    let rest = &title[at + " (pjesa e ".len()..];
    let (word, _) = rest.split_once(')')?;
    let (_, part) = ORDINALS.iter().find(|(o, _)| *o == word.trim())?;
    let series = clean(&title[..at]);
    (!series.is_empty()).then(|| Part {
        series: series.to_owned(),
        part: *part,
        count: None,
    })
}

/// The day or week of a course given over several, set apart from the course's name:
/// "Community Data Academy, Day 2: telling the story with local data" (part 2), "Copyright for
/// Creators – Week 3: …". Only after a comma or a
/// dash and before a colon: "Research Day 2025" and "Day 1 keynote" name no part.
fn day_marker(title: &str) -> Option<Part> {
    let (at, len) = [
        ", Day ",
        " – Day ",
        " - Day ",
        " — Day ",
        // "Copyright for Creators – Week 3: licensing your own work"
        ", Week ",
        " – Week ",
        " - Week ",
        " — Week ",
    ]
    .iter()
    .find_map(|m| super::text::find(title, m).map(|at| (at, m.len())))?;
    let rest = &title[at + len..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !rest[digits..].starts_with(':') {
        return None;
    }
    let part: u32 = rest[..digits].parse().ok()?;
    let series = clean(&title[..at]);
    (part > 0 && !series.is_empty()).then(|| Part {
        series: series.to_owned(),
        part,
        count: None,
    })
}

/// Swahili ordinals after "Sehemu ya" (part of): "Sehemu ya Kwanza" (the first part).
const SWAHILI_ORDINALS: &[(&str, u32)] = &[
    ("kwanza", 1),
    ("pili", 2),
    ("tatu", 3),
    ("nne", 4),
    ("tano", 5),
];

/// The part a Swahili title names after a comma or a dash: "Takwimu kwa watafiti, Sehemu ya
/// Pili: uchambuzi" (the second part).
fn sehemu_marker(title: &str) -> Option<Part> {
    let (at, len) = [
        ", Sehemu ya ",
        " – Sehemu ya ",
        " - Sehemu ya ",
        " (Sehemu ya ",
    ]
    .iter()
    .find_map(|m| super::text::find(title, m).map(|at| (at, m.len())))?;
    let word = title[at + len..]
        .split([':', ' ', ')'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let (_, part) = SWAHILI_ORDINALS.iter().find(|(o, _)| *o == word)?;
    counted_part(&title[..at], *part)
}

/// Ordinal words that number a part: "first part", "segunda parte", "second half".
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("primeira", 1),
    ("segunda", 2),
    ("terceira", 3),
    ("cuarta", 4),
    ("primera", 1),
    ("tercera", 3),
    // Maltese: "Id-Dizzjunarju Storiku tal-Malti, l-ewwel parti: …", "it-tieni parti:"
    ("l-ewwel", 1),
    ("it-tieni", 2),
    ("it-tielet", 3),
];

/// A part told by an ordinal word after a comma: "Corpus orais do galego, primeira parte:
/// recollida" (Galician), "…, segunda parte:", "…, second part:".
fn ordinal_word_marker(title: &str) -> Option<Part> {
    // (cheap refusal: a comma or a dash, and a part word after it; "Eurocode 5 – first half:
    // dowel-type fasteners", as a two-half tutorial is written)
    [", ", " – ", " — ", " - "].iter().find_map(|sep| {
        let at = super::text::find(title, sep)?;
        let rest = &title[at + sep.len()..];
        let (ordinal, rest) = rest.split_once(' ')?;
        let (_, part) = ORDINALS
            .iter()
            .find(|(o, _)| ordinal.eq_ignore_ascii_case(o))?;
        let word = rest.split([':', ' ']).next()?;
        (matches!(word, "parte" | "part" | "partie" | "half" | "parti")
            && rest[word.len()..].starts_with(':'))
        .then(|| counted_part(&title[..at], *part))
        .flatten()
    })
}

/// A part numbered in brackets alone, before the subtitle's colon: "Voices in the Clinic (2):
/// psychiatry's ear, 1880–1930". A number up to 12, and a series' name of two words or more.
fn bracketed_number_marker(title: &str) -> Option<Part> {
    // (cheap refusal: the marker ends in "):")
    let close = memchr::memmem::find(title.as_bytes(), b"): ")?;
    let open = title[..close].rfind(" (")?;
    let inner = &title[open + 2..close];
    // ("Building with what the island has (ii): coral aggregate": in roman numerals too)
    let roman_part = || {
        let lower = inner.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
        let upper = inner.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
        (inner.len() <= 4 && (lower || upper))
            .then(|| roman(&inner.to_ascii_uppercase()))
            .flatten()
    };
    let part: u32 =
        if !inner.is_empty() && inner.len() <= 2 && inner.bytes().all(|b| b.is_ascii_digit()) {
            inner.parse().ok()
        } else {
            roman_part()
        }
        .filter(|n| (1..=12).contains(n))?;
    let before = &title[..open];
    if before.split_whitespace().count() < 2 || title[close + 3..].trim().is_empty() {
        return None;
    }
    counted_part(before, part)
}

/// A part numbered in roman numerals before the word, after a dash, as Italian and French
/// write it: "Ciclo «Ponti» – II parte: modelli numerici", "… – Ire partie : …".
fn roman_parte_marker(title: &str) -> Option<Part> {
    for dash in [" – ", " — ", " - "] {
        let Some(at) = super::text::find(title, dash) else {
            continue;
        };
        let rest = &title[at + dash.len()..];
        let (numeral, after) = rest.split_once(' ')?;
        // (Basque writes the numeral with a dot: "– II. zatia: …")
        let numeral = numeral.strip_suffix('.').unwrap_or(numeral);
        let word = after.split([':', ' ']).next().unwrap_or("");
        if !matches!(
            word.to_lowercase().as_str(),
            "parte" | "partie" | "part" | "teil" | "zatia"
        ) {
            continue;
        }
        let Some(part) = roman(numeral).filter(|&n| n <= 6) else {
            continue;
        };
        let tail = after[word.len()..].trim_start();
        if !(tail.is_empty() || tail.starts_with(':')) {
            continue;
        }
        return counted_part(&title[..at], part);
    }
    // in brackets before the subtitle's colon: "Süvaõpe keeleteaduses (II osa): transformerid"
    let open = super::text::find(title, " (")?;
    let (numeral, after) = title[open + 2..].split_once(' ')?;
    let (word, tail) = after.split_once(')')?;
    let part = roman(numeral).filter(|&n| n <= 6)?;
    (matches!(
        word.to_lowercase().as_str(),
        "osa" | "parte" | "partie" | "part" | "teil" | "rész" | "dalis" | "daļa"
    ) && (tail.is_empty() || tail.starts_with(':')))
    .then(|| counted_part(&title[..open], part))
    .flatten()
}

/// A part numbered in words in Persian or in letters in Hebrew, after a dash: "کارگاه
/// یادگیری تقویتی – جلسهٔ دوم: روش‌ها" (session two), "המוח הלומד – חלק ב': זיכרון" (part B).
fn rtl_marker(title: &str) -> Option<Part> {
    const WORDS: &[&str] = &[
        "جلسهٔ",
        "جلسه",
        "بخش",
        "قسمت",
        "חלק",
        "הרצאה",
        "מפגש",
        "الجزء",
        "الحلقة",
        "الجلسة",
    ];
    const ORDINALS: &[(&str, u32)] = &[
        // Arabic, the feminine forms first ("الثانية" begins as "الثاني" does)
        ("الأولى", 1),
        ("الثانية", 2),
        ("الثالثة", 3),
        ("الرابعة", 4),
        ("الخامسة", 5),
        ("الأول", 1),
        ("الثاني", 2),
        ("الثالث", 3),
        ("الرابع", 4),
        ("الخامس", 5),
        ("اول", 1),
        ("دوم", 2),
        ("سوم", 3),
        ("چهارم", 4),
        ("پنجم", 5),
        ("ششم", 6),
        ("א'", 1),
        ("ב'", 2),
        ("ג'", 3),
        ("ד'", 4),
        ("ה'", 5),
        ("א׳", 1),
        ("ב׳", 2),
        ("ג׳", 3),
        ("ד׳", 4),
        ("ה׳", 5),
    ];
    if title.is_ascii() {
        return None;
    }
    for dash in [" – ", " — ", " - "] {
        let Some(at) = super::text::find(title, dash) else {
            continue;
        };
        let rest = &title[at + dash.len()..];
        let Some(word) = WORDS.iter().find(|w| rest.starts_with(**w)) else {
            continue;
        };
        let after = rest[word.len()..].trim_start();
        let Some((_, part)) = ORDINALS.iter().find(|(o, _)| {
            after
                .strip_prefix(o)
                .is_some_and(|r| r.is_empty() || r.starts_with([':', ' ']))
        }) else {
            continue;
        };
        return counted_part(&title[..at], *part);
    }
    // in brackets before the subtitle's colon: "الأمن السيبراني (الجزء الأول): نماذج التهديد"
    let open = super::text::find(title, " (")?;
    let inner = &title[open + 2..];
    let word = WORDS.iter().find(|w| inner.starts_with(**w))?;
    let after = inner[word.len()..].trim_start();
    let (_, part) = ORDINALS.iter().find(|(o, _)| {
        after
            .strip_prefix(o)
            .is_some_and(|r| r.starts_with("):") || r == ")")
    })?;
    counted_part(&title[..open], *part)
}

/// A part number in brackets after a Chinese or Japanese series name, at the end or before a
/// subtitle: "最优传输系列讲座（三）：Sinkhorn算法", "入門（その2）", "讲座（第2讲）".
fn cjk_marker(title: &str) -> Option<Part> {
    if title.is_ascii() {
        return None;
    }
    for (open, bracket) in title.match_indices(['（', '(']) {
        let before = title[..open].trim_end();
        if !before
            .chars()
            .last()
            .is_some_and(super::lang::is_han_or_kana)
        {
            continue;
        }
        let rest = &title[open + bracket.len()..];
        let Some(close) = rest.find(['）', ')']) else {
            continue;
        };
        let closer = rest[close..].chars().next().map_or(1, char::len_utf8);
        let after = rest[close + closer..].trim_start();
        if !(after.is_empty() || after.starts_with(['：', ':', '—', '–'])) {
            continue;
        }
        let inner = rest[..close].trim();
        let inner = inner.strip_prefix("その").unwrap_or(inner);
        let inner = inner.strip_prefix('第').unwrap_or(inner);
        let inner = inner.trim_end_matches(['讲', '講', '回', '部', '期', '分']);
        let Some(part) = cjk_number(inner) else {
            continue;
        };
        return Some(Part {
            series: clean(before).to_owned(),
            part,
            count: None,
        });
    }
    None
}

/// A part written with its number first, as Czech, German, Danish, Croatian and Lithuanian do:
/// "Úvod do teorie kategorií, 1. část: Funktory", "Quantenoptik, 2. Teil", "Klimamodeller, 1.
/// del: Grundlag", "Sigurnost pametnih ugovora (2. dio)", "Lazerių fizika, 2 dalis: …".
fn ordinal_marker(title: &str) -> Option<Part> {
    const WORDS: &[&str] = &[
        "část", "časť", "teil", "del", "deel", "część", "osa", "rész", "bölüm", "dio", "deo",
        "dalis", // Serbian in Cyrillic: "(1. део)"
        "део",   // Latvian: "Mākslīgais intelekts. 2. daļa: …"
        "daļa",
    ];
    // (Lithuanian writes the number with no dot: "Vaizdų analizė su PyTorch, 2 dalis: …")
    let undotted = super::text::find(title, " dalis").map(|at| (at, " "));
    for (at, sep) in title.match_indices(". ").chain(undotted) {
        let digits = title[..at]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        let start = at - digits;
        // ("Kurs (2. bölüm): Uygulamalar": the marker in brackets)
        let bracketed = title[..start].ends_with('(');
        if digits == 0 || digits > 2 || start == 0 || !(title[..start].ends_with(' ') || bracketed)
        {
            continue;
        }
        let rest = &title[at + sep.len()..];
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word) || word.to_lowercase() == *w)
        {
            continue;
        }
        let after = rest[word.len()..].trim_start();
        let after = if bracketed {
            match after.strip_prefix(')') {
                Some(a) => a.trim_start(),
                None => continue,
            }
        } else {
            after
        };
        if !(after.is_empty() || after.starts_with([':', '–', '—']) || after.starts_with("- "))
        {
            continue;
        }
        let Ok(part) = title[start..at].parse::<u32>() else {
            continue;
        };
        return counted_part(
            title[..start].trim_end_matches([',', '-', '–', '—', ':', ' ', '(']),
            part,
        );
    }
    None
}

/// The part `part` of the series named by `before` (the text before the marker), with no
/// count; `None` when no series name is left or the number is 0.
fn counted_part(before: &str, part: u32) -> Option<Part> {
    let series = clean(before);
    (!series.is_empty() && part > 0).then(|| Part {
        series: series.to_owned(),
        part,
        count: None,
    })
}

/// A part written as an ordinal with a letter after its number, in brackets: Catalan
/// "Microplàstics al Mediterrani (2a part): mètodes", Spanish "(1ª parte)", Italian "(2º
/// modulo)". The word must be a part word.
fn suffixed_ordinal_marker(title: &str) -> Option<Part> {
    for (open, _) in title.match_indices('(') {
        let inner = &title[open + 1..];
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 2 {
            continue;
        }
        let rest = &inner[digits..];
        let suffix: usize = rest
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == 'ª' || *c == 'º')
            .map(char::len_utf8)
            .sum();
        if suffix == 0 || rest[..suffix].chars().count() > 2 {
            continue;
        }
        let Some(after) = rest[suffix..].strip_prefix(' ') else {
            continue;
        };
        let Some((word, tail)) = after.split_once(')') else {
            continue;
        };
        let known = [
            "part", "parte", "partie", "sessió", "sesión", "modulo", "módulo",
        ]
        .iter()
        .chain(super::lang::PART_WORDS)
        .any(|w| word.eq_ignore_ascii_case(w));
        let tail = tail.trim_start();
        if !known
            || !(tail.is_empty() || tail.starts_with([':', '–', '—']) || tail.starts_with("- "))
        {
            continue;
        }
        let Ok(part) = inner[..digits].parse::<u32>() else {
            continue;
        };
        return counted_part(title[..open].trim_end(), part);
    }
    None
}

/// A number in ASCII digits or Chinese numerals up to 99: "3", "三", "十二", "二十".
fn cjk_number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().filter(|n| (1..=50).contains(n));
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', d] => Some(10 * digit(*t)? + digit(*d)?),
        _ => None,
    }
}

/// A bare fraction in brackets at the end, or before a subtitle: "Optimal Transport on Graphs
/// (2/3)", "(1 of 3)", "Learned Indexes (1/2): Foundations".
fn fraction_marker(title: &str) -> Option<Part> {
    let t = title.trim_end();
    for start in memchr::memchr2_iter(b'(', b'[', t.as_bytes()) {
        let close = if t.as_bytes()[start] == b'(' {
            ')'
        } else {
            ']'
        };
        let Some(len) = t[start + 1..].find(close) else {
            continue;
        };
        let inner = t[start + 1..start + 1 + len].trim();
        let after = t[start + 2 + len..].trim_start();
        let ends =
            after.is_empty() || after.starts_with([':', '—', '–']) || after.starts_with("- ");
        let Some((a, b)) = inner.split_once('/').or_else(|| inner.split_once(" of ")) else {
            continue;
        };
        let (Ok(part), Ok(count)) = (a.trim().parse::<u32>(), b.trim().parse::<u32>()) else {
            continue;
        };
        if !ends || part == 0 || part > count || count > 50 {
            continue;
        }
        let series = clean(t[..start].trim_end_matches([',', '-', '–', '—', ':', ' ']));
        return (!series.is_empty()).then(|| Part {
            series: series.to_owned(),
            part,
            count: Some(count),
        });
    }
    None
}

/// Whether `s` opens with a part word and its number ("Part 2: Groundwater", "Seri 1:
/// Banjir", "Lecture II — Ensembles"): what follows a series name and a dash.
pub(crate) fn starts_with_part(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    ["part", "lecture", "module", "session"]
        .iter()
        .chain(super::lang::PART_WORDS)
        .any(|word| {
            lower
                .strip_prefix(word)
                .and_then(|rest| rest.strip_prefix(' '))
                .and_then(number)
                .is_some_and(|(n, used)| {
                    let after = &lower[word.len() + 1 + used..];
                    (1..=50).contains(&n)
                        && (after.is_empty() || after.starts_with([':', ' ', ',', '.', ')']))
                })
        })
}

/// A marker made of `word` and a number; `lower` is `title` in ASCII lower case.
fn word_marker(title: &str, lower: &str, word: &str) -> Option<Part> {
    let mut search = 0;
    while let Some(found) = super::text::find(&lower[search..], word) {
        let at = search + found;
        search = at + word.len();
        let before_ok = at == 0 || !lower[..at].ends_with(|c: char| c.is_alphanumeric());
        let rest = &lower[at + word.len()..];
        // ("(Lecture-2)": a hyphen between the word and its number)
        let hyphened = rest
            .strip_prefix('-')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let rest_trim = hyphened.unwrap_or_else(|| rest.trim_start());
        if !before_ok || rest_trim.len() == rest.len() {
            continue;
        }
        // ("Registered Reports from start to finish – Part A: writing the protocol": a part
        // lettered, after "part" only, and ending the marker)
        let lettered = || {
            let b = rest_trim.as_bytes();
            (word == "part"
                && b.first().is_some_and(|c| (b'a'..=b'f').contains(c))
                && b.get(1).is_none_or(|c| matches!(c, b':' | b')' | b',')))
            .then(|| (u32::from(b[0] - b'a') + 1, 1))
        };
        let Some((part, used)) = number(rest_trim).or_else(lettered) else {
            continue;
        };
        // "Day Lecture 2022": a year, not a part
        if part > 50 {
            continue;
        }
        let after = rest_trim[used..].trim_start();
        let count = after
            .strip_prefix("of")
            .or_else(|| {
                super::lang::PART_OF
                    .iter()
                    .find_map(|w| after.strip_prefix(w).filter(|r| r.starts_with(' ')))
            })
            .map(str::trim_start)
            .or_else(|| after.strip_prefix('/').map(str::trim_start))
            .and_then(number)
            .map(|(n, _)| n);
        let series =
            clean(title[..at].trim_end_matches(['(', '[', ',', '-', '–', '—', ':', ' ', '·']));
        if series.is_empty() || part == 0 {
            return None;
        }
        // "Full video of Session 2 of the Winter Workshop": a sentence runs on through the
        // marker, no series ends in "of"
        let last = series.rsplit(' ').next().unwrap_or(series);
        if series.contains(' ')
            && ["of", "from", "for", "in", "to", "the", "and", "with"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w))
        {
            continue;
        }
        return Some(Part {
            series: series.to_owned(),
            part,
            count,
        });
    }
    None
}

/// An arabic or roman number (up to X) at the start of `s`: (value, bytes used).
fn number(s: &str) -> Option<(u32, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return Some((s[..digits].parse().ok()?, digits));
    }
    // "Part One: …", "Part Three"
    const WORDS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    for (k, w) in WORDS.iter().enumerate() {
        if s.starts_with(w)
            && s[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            return Some((k as u32 + 1, w.len()));
        }
    }
    let roman = s
        .bytes()
        .take_while(|b| matches!(b, b'i' | b'v' | b'x'))
        .count();
    let boundary = s[roman..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    if roman == 0 || !boundary {
        return None;
    }
    let value = match &s[..roman] {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        "vi" => 6,
        "vii" => 7,
        "viii" => 8,
        "ix" => 9,
        "x" => 10,
        _ => return None,
    };
    Some((value, roman))
}

/// The "Prefix" of "Prefix: subtitle", if it is short enough to name a series.
pub(crate) fn colon_prefix(title: &str) -> Option<&str> {
    let at = super::text::find(title, ": ")?;
    let (prefix, rest) = (&title[..at], &title[at + 2..]);
    let prefix = clean(prefix);
    let n = prefix.split_whitespace().count();
    let label = is_in(&words::LABEL, prefix) || is_numbered_slot(prefix);
    (!rest.trim().is_empty() && (1..=8).contains(&n) && !label && prefix.len() >= 3)
        .then_some(prefix)
}

/// A slot of a programme numbered in order, which every evening of a meetup has again: "Talk
/// 1", "Session 2", "Keynote #3", "Track B". No series: the number counts slots, not parts.
pub(crate) fn is_numbered_slot(prefix: &str) -> bool {
    const SLOTS: &[&str] = &[
        "talk",
        "session",
        "slot",
        "keynote",
        "track",
        "day",
        "presentation",
        "speaker",
        "lightning",
        "paper",
        "item",
        // a course's week: "Week 4: Measuring health inequalities (I): indices", and in the
        // other languages of course pages ("الأسبوع 2", "Woche 3", "Semaine 5", "Viikko 2")
        "week",
        "woche",
        "semaine",
        "semana",
        "settimana",
        "tydzień",
        "týden",
        "vecka",
        "uge",
        "uke",
        "viikko",
        "hét",
        "hafta",
        "неделя",
        "седмица",
        "minggu",
        // a running number of webinars: "Webinar 11: …", Albanian "Webinari 11: …"
        "webinar",
        "webinari",
        // Tagalog "Panayam Blg. 18" (lecture no. 18)
        "panayam",
        "nädal",
        "vika",
        "tjedan",
        "teden",
        "savaitė",
        "nedēļa",
        "الأسبوع",
        "هفته",
        "שבוע",
    ];
    // "Week 2 (10 September 2024)": the slot's date in brackets after its number
    let prefix = match prefix.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
        Some((slot, date)) if date.bytes().any(|b| b.is_ascii_digit()) => slot,
        _ => prefix,
    };
    let Some((head, number)) = prefix.rsplit_once(' ') else {
        return false;
    };
    let number = number.trim().trim_start_matches(['#', 'n', '°', 'º']);
    let numbered = !number.is_empty()
        && (number.bytes().all(|b| b.is_ascii_digit())
            || number.len() == 1 && number.bytes().all(|b| b.is_ascii_uppercase()));
    // "Lecture 3: Duality" stays: a course's lectures are numbered parts of it
    // ("Oral Abstracts 1", "Paper Session 3", "Contributed Talks 2": a conference's sessions
    // of several words, the last naming the slot)
    let words: Vec<&str> = head.split_whitespace().collect();
    let slot = match words[..] {
        [word] => words::with_lowercase(word, |w| SLOTS.contains(&w)),
        // (words only: not "QCSS 2024: Day 1")
        [_, word] | [_, _, word] if words.iter().all(|w| w.chars().all(char::is_alphabetic)) => {
            words::with_lowercase(word, |w| {
                SLOTS.contains(&w)
                    || w.strip_suffix('s').is_some_and(|w| SLOTS.contains(&w))
                    || matches!(w, "abstracts" | "papers" | "posters")
            })
        }
        _ => false,
    };
    numbered && slot
}

/// The prefix of a session heading (a talk with timestamped segments, such as a day's
/// livestream) before ": ", " – ", " — ", " - " or " | ": "Imaging School 2024 – Day 2
/// (livestream)" → "Imaging School 2024".
pub(crate) fn session_prefix(title: &str) -> Option<&str> {
    let at = [": ", " – ", " — ", " - ", " | "]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()?;
    let prefix = clean(&title[..at]);
    let n = prefix.split_whitespace().count();
    ((2..=8).contains(&n) && !is_in(&words::LABEL, prefix)).then_some(prefix)
}

/// Sets `series`, `part` and `part_count` on every talk and segment of every document:
/// part markers first, then colon prefixes shared by two or more titles of the whole input,
/// then the prefixes shared by two or more session headings.
///
/// Both passes run in parallel over the talks: a title's markers and prefixes depend on the
/// title alone, and only the counts join them.
pub(crate) fn assign(documents: &mut [&mut Vec<Talk>]) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    // ("Causal Inference I: …", "Causal Inference II: …": the stems of prefixes that end in
    // a roman numeral, counted apart)
    let mut sessions: HashMap<String, usize> = HashMap::new();
    let mut marked_seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for talks in documents.iter() {
        // (colon prefix of a title without a part marker and the stem before its roman
        // numeral, colon prefix of one with a part marker, session prefix), folded
        type Prefixes = (
            Option<(String, Option<String>)>,
            Option<(String, String)>,
            Option<String>,
        );
        let prefixes: Vec<Prefixes> = talks
            .par_iter()
            .with_min_len(TALKS_PER_TASK)
            .flat_map_iter(|talk| {
                let session = (!talk.segments.is_empty())
                    .then(|| session_prefix(&talk.title).map(fold))
                    .flatten();
                talk.walk().enumerate().map(move |(i, t)| {
                    // (a title without a colon has neither: most titles, no part marker sought)
                    let prefix = colon_prefix(&t.title);
                    let marker = prefix.and_then(|_| part_marker(&t.title));
                    let raw = prefix.filter(|_| marker.is_none());
                    let roman = raw.and_then(roman_suffix).map(|(stem, _)| fold(stem));
                    let colon = raw.map(|p| (fold(p), roman));
                    // ("Soil carbon accounting: field sampling (Part 1)": the prefix of a title
                    // whose part comes last, counted apart)
                    let marked = marker.as_ref().and_then(|m| {
                        colon_prefix(&m.series)
                            .map(|p| (format!("{} (part)", fold(p)), fold(&m.series)))
                    });
                    (colon, marked, if i == 0 { session.clone() } else { None })
                })
            })
            .collect();
        for (colon, marked, session) in prefixes {
            // (counted once per subtitle: "Hands-on: GNNs (1/2)" and "Hands-on: GNNs (2/2)" are
            // two parts of one series named by the whole)
            if let Some((key, whole)) = marked {
                if marked_seen.insert(whole) {
                    *counts.entry(key).or_default() += 1;
                }
            }
            if let Some((prefix, roman)) = colon {
                if let Some(stem) = roman {
                    *counts.entry(format!("{stem} #")).or_default() += 1;
                }
                *counts.entry(prefix).or_default() += 1;
            }
            if let Some(prefix) = session {
                *sessions.entry(prefix).or_default() += 1;
            }
        }
    }
    for talks in documents.iter_mut() {
        talks
            .par_iter_mut()
            .with_min_len(TALKS_PER_TASK)
            .for_each(|talk| {
                set_series(talk, &counts, true);
                if talk.series.is_none() && !talk.segments.is_empty() {
                    if let Some(prefix) = session_prefix(&talk.title) {
                        if sessions.get(&fold(prefix)).is_some_and(|&n| n >= 2) {
                            talk.series = Some(prefix.to_owned());
                        }
                    }
                }
                // (a session's segments numbered I, II are parts of the session's series)
                for segment in &mut talk.segments {
                    set_series(segment, &counts, false);
                }
            });
        inherit_speakers(talks);
        merge_listed_parts(talks);
    }
}

/// Merges a part of a series that a page lists again under another title ("Snakemake from
/// scratch, Part I (bring a laptop)" in a programme, "Snakemake from scratch, Part I: rules and
/// wildcards" among the recordings) into its first listing: the same series and part, and a
/// speaker in common. The first listing keeps its title; institutions the other gives are
/// added where it gave none.
fn merge_listed_parts(talks: &mut Vec<Talk>) {
    // (keyed by the series as written: folding every series name of a large listing costs
    // more than a repeat written in another case is worth)
    let mut first: HashMap<(&str, u32), usize> = HashMap::new();
    let mut gone = vec![false; talks.len()];
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    for (i, talk) in talks.iter().enumerate() {
        let (Some(series), Some(part)) = (&talk.series, talk.part) else {
            continue;
        };
        if !talk.segments.is_empty() || talk.speakers.is_empty() {
            continue;
        }
        match first.get(&(series.as_str(), part)) {
            Some(&j) => repeats.push((j, i)),
            None => {
                first.insert((series.as_str(), part), i);
            }
        }
    }
    drop(first);
    for (j, i) in repeats {
        gone[i] = super::merge_listing(talks, j, i);
    }
    if gone.iter().any(|&g| g) {
        let mut k = 0;
        talks.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }
}

/// A part of a series that names no speaker ("Part 2: Ensembles" under "the second half of
/// Dr. X's lecture") is given by the speakers of the series' other parts, when those all name
/// the same people.
fn inherit_speakers(talks: &mut [Talk]) {
    if !talks
        .iter()
        .any(|t| t.series.is_some() && t.speakers.is_empty())
    {
        return;
    }
    // per series: the speakers of its parts, or None when the parts name different people
    let mut by_series: HashMap<String, Option<usize>> = HashMap::new();
    for (i, talk) in talks.iter().enumerate() {
        let (Some(series), false) = (&talk.series, talk.speakers.is_empty()) else {
            continue;
        };
        let names = |t: &Talk| t.speakers.iter().map(|s| fold(&s.name)).collect::<Vec<_>>();
        by_series
            .entry(fold(series))
            .and_modify(|seen| {
                if seen.is_some_and(|j| names(&talks[j]) != names(talk)) {
                    *seen = None;
                }
            })
            .or_insert(Some(i));
    }
    for i in 0..talks.len() {
        if !talks[i].speakers.is_empty() {
            continue;
        }
        let from = talks[i]
            .series
            .as_ref()
            .and_then(|s| by_series.get(&fold(s)).copied().flatten());
        if let Some(j) = from {
            talks[i].speakers = talks[j].speakers.clone();
        }
    }
}

/// Talks per rayon task in [`assign`]: one title is quick to read.
const TALKS_PER_TASK: usize = 256;

/// A part named before its series: "Lecture 1/2 of the Mini-course on DG methods – from upwind
/// fluxes to hybridisation" → (series, part, count, subtitle).
fn leading_part(title: &str) -> Option<(String, u32, Option<u32>, String)> {
    // (cheap refusal: the first word is a part word)
    let (word, rest) = title.split_once(' ')?;
    if !["lecture", "part", "session", "episode"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return None;
    }
    let (numbers, rest) = rest.split_once(' ')?;
    let (n, count) = match numbers.split_once('/') {
        Some((n, m)) => (n.parse::<u32>().ok()?, m.parse::<u32>().ok()),
        None => (numbers.parse::<u32>().ok()?, None),
    };
    let rest = rest.strip_prefix("of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let (series, subtitle) = [" – ", " — ", ": "]
        .iter()
        .filter_map(|d| rest.split_once(d))
        .min_by_key(|(series, _)| series.len())?;
    let (series, subtitle) = (clean(series), clean(subtitle));
    (n > 0 && n <= 50 && !series.is_empty() && !subtitle.is_empty() && series.contains(' '))
        .then(|| (series.to_owned(), n, count, subtitle.to_owned()))
}

fn set_series(talk: &mut Talk, counts: &HashMap<String, usize>, roman: bool) {
    if let Some((series, part, count, subtitle)) = leading_part(&talk.title) {
        talk.title = subtitle;
        talk.series = Some(series);
        talk.part = Some(part);
        talk.part_count = count;
        return;
    }
    if let Some(part) = part_marker(&talk.title) {
        if let Some(subtitle) = subtitle_after_marker(&talk.title, &part.series) {
            talk.title = subtitle;
        } else if let Some(prefix) = colon_prefix(&part.series).filter(|p| {
            counts
                .get(&format!("{} (part)", fold(p)))
                .is_some_and(|&n| n >= 2)
        }) {
            // "Soil carbon accounting: MRV (Part 2)" beside "Soil carbon accounting: field
            // sampling (Part 1)": the shared prefix is the series, what follows it the title
            let at = super::text::find(&part.series, ": ").map_or(0, |at| at + 2);
            let subtitle = clean(&part.series[at..]).to_owned();
            if !subtitle.is_empty() {
                talk.title = subtitle;
                talk.series = Some(prefix.to_owned());
                talk.part = Some(part.part);
                talk.part_count = part.count;
                return;
            }
        }
        talk.series = Some(course_name(&part.series).to_owned());
        talk.part = Some(part.part);
        talk.part_count = part.count;
    } else if let Some(prefix) = colon_prefix(&talk.title) {
        if counts.get(&fold(prefix)).is_some_and(|&n| n >= 2) {
            talk.series = Some(prefix.to_owned());
        } else if let Some((stem, part)) = roman_suffix(prefix).filter(|_| roman) {
            // "Causal Inference I: Graphs" beside "Causal Inference II: Estimation"
            if counts
                .get(&format!("{} #", fold(stem)))
                .is_some_and(|&n| n >= 2)
            {
                let at = super::text::find(&talk.title, ": ").map_or(0, |at| at + 2);
                let subtitle = talk.title[at..].trim().to_owned();
                // ("Restoring Strangford's seagrass | Ep. 3: …": the word for an episode and
                // the bar before it are no part of the series' name)
                let mut name = stem;
                for word in [
                    "Ep.", "Ep", "Episode", "Part", "Pt.", "No.", "Session", "Lecture",
                ] {
                    if let Some(head) = name.strip_suffix(word) {
                        if head.ends_with([' ', '|', '-', '–', '—', ',', ':']) {
                            name = head;
                            break;
                        }
                    }
                }
                let name = name.trim_end_matches([' ', '|', '-', '–', '—', ',', ':']);
                talk.series = Some(if name.is_empty() { stem } else { name }.to_owned());
                talk.part = Some(part);
                if !subtitle.is_empty() {
                    talk.title = subtitle;
                }
            }
        }
    }
}

/// A roman numeral from I to X in capitals.
fn roman(s: &str) -> Option<u32> {
    const NUMERALS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    NUMERALS.iter().position(|n| *n == s).map(|k| k as u32 + 1)
}

/// A prefix that ends in a roman numeral from I to X, or a number after "#": "Causal Inference
/// II" → ("Causal Inference", 2). Counted apart, the stem makes a series only when two titles
/// share it.
fn roman_suffix(prefix: &str) -> Option<(&str, u32)> {
    let (stem, written) = prefix.trim_end().rsplit_once(' ')?;
    // (or in brackets: "Measuring health inequalities (II)")
    let last = written
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(written);
    // ("Causal inference bootcamp #2": a number after "#", counted apart like a numeral)
    let hashed = || {
        last.strip_prefix('#')
            .filter(|n| (1..=2).contains(&n.len()))
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|&n| n > 0)
    };
    // ("Topological matter for experimentalists 2: edge states": one digit, counted apart too)
    // (not in brackets: "Catchment modelling (2)" may count anything)
    let digit = || {
        (written.len() == 1)
            .then(|| last.parse::<u32>().ok())
            .flatten()
            .filter(|&n| n > 0)
    };
    let part = roman(last).or_else(hashed).or_else(digit)?;
    let stem = stem.trim_end();
    (!stem.is_empty()).then_some((stem, part))
}

/// The subtitle after a part marker: "Series (Part 1 of 3): Subtitle" → "Subtitle"; none when
/// nothing follows the marker or the marker sits inside the text.
/// The name of a course without the word that says it is one and the quotes around it:
/// "Mini-course «Toric Varieties»" → "Toric Varieties", "Minikurs „Teoria grafów”".
fn course_name(series: &str) -> &str {
    const COURSES: &[&str] = &[
        "mini-course",
        "minicourse",
        "mini course",
        "short course",
        "minicurso",
        "minikurs",
        "мини-курс",
        "corso",
        "curso",
        "cours",
        // a cycle of lectures: "Ciclo «Valutazione dei ponti esistenti»", "Cycle « … »"
        "ciclo",
        "cycle",
    ];
    let lower = series.to_lowercase();
    // (only before a quoted name: "Minicurso de modelagem de nicho" keeps its first word)
    let rest = COURSES
        .iter()
        .find(|c| lower.starts_with(*c) && lower[c.len()..].starts_with([' ', ':']))
        .map(|c| series[c.len()..].trim_start_matches([' ', ':']))
        .filter(|r| r.starts_with(['«', '„', '“', '"']))
        .unwrap_or(series);
    let quoted = |open: char, close: &[char]| {
        rest.strip_prefix(open)
            .map(|r| r.trim_end_matches(close).trim())
    };
    quoted('«', &['»'])
        .or_else(|| quoted('„', &['”', '“']))
        .or_else(|| quoted('“', &['”']))
        .or_else(|| quoted('"', &['"']))
        .filter(|r| !r.is_empty())
        .unwrap_or(rest)
}

/// The subtitle after a marker written without brackets, `rest` starting right after the
/// series: ", Part 2: Moorings", " – Lecture II — Ensembles" → "Moorings", "Ensembles".
fn unbracketed_subtitle(rest: &str) -> Option<String> {
    let (at, sep) = [": ", " – ", " — ", " - ", "："]
        .iter()
        .filter_map(|sep| rest.find(sep).map(|at| (at, *sep)))
        .min()?;
    let head = rest[..at]
        .trim_start_matches([',', '-', '–', '—', ':', ' ', '»', '”', '"', '’'])
        .to_ascii_lowercase();
    if head.len() > 24 {
        return None;
    }
    // "1. část": the number first, then the word
    if let Some((n, word)) = head.split_once(". ") {
        if (1..=2).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
            && !word.is_empty()
            && !word.contains(' ')
        {
            let after = clean(rest[at + sep.len()..].trim());
            return (!after.is_empty()).then(|| after.to_owned());
        }
    }
    // a part numbered in Persian words or Hebrew letters: "جلسهٔ اول", "חלק ב'"; in roman
    // numerals before the word: "II parte"
    if !head.is_ascii() && rtl_marker(&format!("x – {head}")).is_some() {
        let after = clean(rest[at + sep.len()..].trim());
        return (!after.is_empty()).then(|| after.to_owned());
    }
    // ("» – II parte: modelli": the dash before the numeral, the colon after the word)
    if let Some(colon) = rest.find(": ") {
        let marker = rest[..colon].trim_start_matches([',', '-', '–', '—', ' ', '»', '”', '"']);
        if roman_parte_marker(&format!("x – {marker}")).is_some() {
            let after = clean(rest[colon + 2..].trim());
            return (!after.is_empty()).then(|| after.to_owned());
        }
    }
    // "Sehemu ya Pili" (Swahili: the second part)
    if let Some(ordinal) = head.strip_prefix("sehemu ya ") {
        if SWAHILI_ORDINALS.iter().any(|(o, _)| *o == ordinal) {
            let after = clean(rest[at + sep.len()..].trim());
            return (!after.is_empty()).then(|| after.to_owned());
        }
    }
    // "first half", "segunda parte": an ordinal word before the part word
    if let Some((ordinal, word)) = head.split_once(' ') {
        if ORDINALS.iter().any(|(o, _)| *o == ordinal)
            && matches!(word, "part" | "parte" | "partie" | "half" | "parti")
        {
            let after = clean(rest[at + sep.len()..].trim());
            return (!after.is_empty()).then(|| after.to_owned());
        }
    }
    // "Ikalawang Bahagi" (Tagalog: the second part)
    if let Some(ordinal) = head.strip_suffix(" bahagi") {
        if matches!(ordinal, "unang" | "ikalawang" | "ikatlong" | "ikaapat na") {
            let after = clean(rest[at + sep.len()..].trim());
            return (!after.is_empty()).then(|| after.to_owned());
        }
    }
    // the marker alone stands between the series and the subtitle: a word and a number
    // ("Day 2", "Week 3": see `day_marker`)
    let word = ["part", "lecture", "module", "session", "day", "week"]
        .iter()
        .chain(super::lang::PART_WORDS)
        .find(|w| head.starts_with(*w))?;
    let after_word = head[word.len()..].trim_start();
    let (_, used) = number(after_word)?;
    // nothing after the number but its count ("Part 2 of 3", "Lecture 2/3")
    let count = after_word[used..].trim_start();
    let count = count
        .strip_prefix("of")
        .or_else(|| count.strip_prefix('/'))
        .or_else(|| {
            super::lang::PART_OF
                .iter()
                .find_map(|w| count.strip_prefix(w).filter(|r| r.starts_with(' ')))
        })
        .map_or(count, str::trim_start);
    if !count.is_empty() && number(count).is_none_or(|(_, used)| used != count.len()) {
        return None;
    }
    let after = clean(rest[at + sep.len()..].trim());
    (!after.is_empty()).then(|| after.to_owned())
}

fn subtitle_after_marker(title: &str, series: &str) -> Option<String> {
    let at = title.find(series)? + series.len();
    let rest = title[at..].trim_start();
    // ("Part 2 | Series: subtitle": the part was named before the series)
    if let Some(after) = rest.strip_prefix(": ") {
        if leading_marker(title).is_some() {
            return Some(clean(after).to_owned()).filter(|a| !a.is_empty());
        }
    }
    // (Kazakh: "Series. 2-бөлім: subtitle")
    if let Some((_, after)) = rest.split_once("-бөлім: ") {
        if kazakh_marker(title).is_some() {
            return Some(clean(after).to_owned()).filter(|a| !a.is_empty());
        }
    }
    // (Armenian: "Series. Բ մաս. subtitle")
    if let Some((_, after)) = rest.split_once(" մաս. ") {
        if armenian_marker(title).is_some() {
            return Some(clean(after).to_owned()).filter(|a| !a.is_empty());
        }
    }
    let close = if rest.starts_with('(') {
        ')'
    } else if rest.starts_with('[') {
        ']'
    } else if rest.starts_with('（') {
        '）'
    } else {
        return unbracketed_subtitle(rest);
    };
    let after = rest[rest.find(close)? + close.len_utf8()..].trim_start();
    let after = after.strip_prefix([':', '—', '–', '：'])?.trim();
    (!after.is_empty()).then(|| clean(after).to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn parts_in_brackets_in_words_and_numerals() {
        let part = |t: &str| super::part_marker(t).map(|p| (p.series, p.part));
        assert_eq!(
            part("الأمن السيبراني (الجزء الثاني): الكشف عن التسلل"),
            Some(("الأمن السيبراني".to_owned(), 2))
        );
        assert_eq!(
            part("Süvaõpe keeleteaduses (II osa): transformerid"),
            Some(("Süvaõpe keeleteaduses".to_owned(), 2))
        );
        // an ordinal word and "half" after a dash, the subtitle after the colon
        assert_eq!(
            part("Steel design to Eurocode 3 – second half: buckling"),
            Some(("Steel design to Eurocode 3".to_owned(), 2))
        );
        assert_eq!(
            super::subtitle_after_marker(
                "Steel design to Eurocode 3 – first half: plates",
                "Steel design to Eurocode 3"
            )
            .as_deref(),
            Some("plates")
        );
        assert_eq!(
            super::leading_part(
                "Lecture 1/2 of the Mini-course on DG methods – from upwind fluxes"
            ),
            Some((
                "Mini-course on DG methods".to_owned(),
                1,
                Some(2),
                "from upwind fluxes".to_owned()
            ))
        );
        assert_eq!(
            super::leading_part("Lecture notes on the heat equation"),
            None
        );
        assert_eq!(
            part("Corpus orais do galego, segunda parte: etiquetaxe"),
            Some(("Corpus orais do galego".to_owned(), 2))
        );
        // a sentence that runs through "Session 2 of" is no series
        assert_eq!(
            part("Full video of Session 2 of the Winter Workshop 2025"),
            None
        );
        assert!(super::is_numbered_slot("Week 2 (10 September 2024)"));
        assert!(super::is_numbered_slot("الأسبوع 3"));
    }

    #[test]
    fn a_roman_numeral_before_the_word_numbers_a_part() {
        let p = super::part_marker("Ciclo «Valutazione dei ponti» – II parte: modelli numerici");
        assert_eq!(p.as_ref().map(|p| p.part), Some(2));
        assert_eq!(
            p.map(|p| super::course_name(&p.series).to_owned()),
            Some("Valutazione dei ponti".to_owned())
        );
        assert_eq!(
            super::subtitle_after_marker(
                "Ciclo «Valutazione dei ponti» – II parte: modelli numerici",
                "Valutazione dei ponti"
            ),
            Some("modelli numerici".to_owned())
        );
        assert_eq!(super::part_marker("Le ponti – II partite"), None);
    }

    #[test]
    fn a_letter_after_part_or_a_number_alone_in_brackets_numbers_a_part() {
        let part = |t: &str| super::part_marker(t).map(|p| (p.series, p.part));
        assert_eq!(
            part("Open code review – Part B: a checklist that works"),
            Some(("Open code review".to_owned(), 2))
        );
        assert_eq!(
            part("Voices in the Clinic (2): psychiatry's ear, 1880–1930"),
            Some(("Voices in the Clinic".to_owned(), 2))
        );
        assert_eq!(
            part("Decarbonising Freight · Part Three: Ports"),
            Some(("Decarbonising Freight".to_owned(), 3))
        );
        // a session lettered is a slot; a year in brackets is no part
        assert_eq!(part("Session A: Machine learning"), None);
        assert_eq!(part("Hydrology of the Fens (2024): a review"), None);
        assert_eq!(part("Part Alpha of the plan"), None);
    }

    #[test]
    fn the_day_of_a_course_set_apart_is_a_part() {
        let day = part_marker("Open Methods Bootcamp, Day 2: version control for analysts");
        assert_eq!(
            day.map(|p| (p.series, p.part)),
            Some(("Open Methods Bootcamp".to_owned(), 2))
        );
        assert!(part_marker("Research Day 2025: posters and talks").is_none());
        assert!(part_marker("Day 1 keynote: the state of the field").is_none());
        assert!(part_marker("Bootcamp, Day 3 recap").is_none());
        assert_eq!(
            roman_suffix("Causal inference bootcamp #2"),
            Some(("Causal inference bootcamp", 2))
        );
    }

    #[test]
    fn a_roman_numeral_in_brackets_numbers_a_part() {
        assert_eq!(
            super::roman_suffix("Catchment modelling (II)"),
            Some(("Catchment modelling", 2))
        );
        assert_eq!(super::roman_suffix("Catchment modelling (2)"), None);
    }

    #[test]
    fn a_part_word_and_number_open_what_follows_a_series_and_a_dash() {
        assert!(super::starts_with_part("Part 2: Groundwater"));
        assert!(super::starts_with_part("Seri 1: Banjir perkotaan"));
        assert!(super::starts_with_part("Lecture II — Ensembles"));
        assert!(super::starts_with_part("Part 3"));
        assert!(!super::starts_with_part("Participatory mapping"));
        assert!(!super::starts_with_part("Part of the problem"));
        assert!(!super::starts_with_part("Session 2025: highlights"));
    }

    use super::*;

    #[test]
    fn numbered_slots_are_no_series() {
        assert_eq!(colon_prefix("Talk 1: Grids and Graphs"), None);
        assert_eq!(colon_prefix("Session B: Grids and Graphs"), None);
        assert_eq!(colon_prefix("Keynote #2: Grids"), None);
        assert_eq!(
            colon_prefix("Deep Learning 101: Grids"),
            Some("Deep Learning 101")
        );
        assert_eq!(
            colon_prefix("IEEE Seasonal School: Grids"),
            Some("IEEE Seasonal School")
        );
    }

    #[test]
    fn chinese_and_japanese_part_numbers() {
        let part = |t: &str| part_marker(t).map(|p| (p.series, p.part));
        assert_eq!(
            part("凝聚态物理讲座（三）：拓扑绝缘体"),
            Some(("凝聚态物理讲座".to_owned(), 3))
        );
        assert_eq!(
            part("スパース推定入門（その2）"),
            Some(("スパース推定入門".to_owned(), 2))
        );
        assert_eq!(
            part("几何分析讲座（第十二讲）"),
            Some(("几何分析讲座".to_owned(), 12))
        );
        assert_eq!(part("几何分析（合肥）"), None);
        assert_eq!(part("Graphs (二)"), None);
        assert_eq!(
            subtitle_after_marker("凝聚态物理讲座（三）：拓扑绝缘体", "凝聚态物理讲座").as_deref(),
            Some("拓扑绝缘体")
        );
    }

    #[test]
    fn part_markers_with_the_number_first() {
        let p = part_marker("Úvod do teorie kategorií, 2. část: Adjunkce").expect("a part");
        assert_eq!((p.series.as_str(), p.part), ("Úvod do teorie kategorií", 2));
        // Turkish writes the marker in brackets; Hungarian as Czech does
        let p = part_marker("Lazer fiziği kısa kursu (2. bölüm): Uygulamalar").expect("a part");
        assert_eq!((p.series.as_str(), p.part), ("Lazer fiziği kısa kursu", 2));
        let p = part_marker("Numerikus módszerek, 1. rész: Interpoláció").expect("a part");
        assert_eq!((p.series.as_str(), p.part), ("Numerikus módszerek", 1));
        assert!(part_marker("Chapter 2. Delays in Networks").is_none());
        // an ordinal with a letter after its number (Catalan, Spanish), a Greek part word
        let p = part_marker("Fusió nuclear (2a part): materials").expect("a part");
        assert_eq!((p.series.as_str(), p.part), ("Fusió nuclear", 2));
        let p = part_marker("Óptica cuántica (1ª parte)").expect("a part");
        assert_eq!((p.series.as_str(), p.part), ("Óptica cuántica", 1));
        let p = part_marker("Κοσμολογία (Μέρος 2ο): Πληθωρισμός").expect("a part");
        assert_eq!((p.series.as_str(), p.part), ("Κοσμολογία", 2));
        assert!(part_marker("Graphene (2D materials): a review").is_none());
    }

    #[test]
    fn part_markers() {
        let p =
            part_marker("Tutorial on AI Alignment (part 2 of 2): Methodologies for AI Alignment");
        assert_eq!(
            p,
            Some(Part {
                series: "Tutorial on AI Alignment".into(),
                part: 2,
                count: Some(2)
            })
        );
        assert_eq!(
            part_marker("Deep RL, Part II").map(|p| (p.series, p.part)),
            Some(("Deep RL".into(), 2))
        );
        // the number in words, but not a word that starts like one ("Part Tenets")
        assert_eq!(
            part_marker("Women in Science, Part Three: The microscope").map(|p| (p.series, p.part)),
            Some(("Women in Science".into(), 3))
        );
        assert_eq!(part_marker("Part Tenets of Design"), None);
        // the number first, in Croatian
        assert_eq!(
            part_marker("Sigurnost pametnih ugovora (2. dio)").map(|p| (p.series, p.part)),
            Some(("Sigurnost pametnih ugovora".into(), 2))
        );
        assert_eq!(
            part_marker("Control Theory – Part 1/3").and_then(|p| p.count),
            Some(3)
        );
        assert_eq!(part_marker("Particle filters"), None);
        let p = part_marker("Optimal Transport on Graphs (2/3)");
        assert_eq!(
            p.map(|p| (p.series, p.part, p.count)),
            Some(("Optimal Transport on Graphs".into(), 2, Some(3)))
        );
        let p = part_marker("Random Matrices (Lecture 2 of 4)");
        assert_eq!(
            p.map(|p| (p.series, p.part, p.count)),
            Some(("Random Matrices".into(), 2, Some(4)))
        );
        assert_eq!(part_marker("Results for n (3/2)"), None);
        let p = part_marker("Learned Indexes (1/2): Foundations");
        assert_eq!(
            p.map(|p| (p.series, p.part, p.count)),
            Some(("Learned Indexes".into(), 1, Some(2)))
        );
        assert_eq!(part_marker("Ratios (1/2) in Groups"), None);
        assert_eq!(part_marker("Lecture 3: Duality"), None);
        let p = part_marker("Ringvorlesung Klima (Teil 2 von 3): Ozeane");
        assert_eq!(
            p.map(|p| (p.series, p.part, p.count)),
            Some(("Ringvorlesung Klima".into(), 2, Some(3)))
        );
        let p = part_marker("Optique quantique (partie 1 sur 2) : les bases");
        assert_eq!(p.map(|p| (p.part, p.count)), Some((1, Some(2))));
        let p = part_marker("Vulcani attivi (parte 2 di 2)");
        assert_eq!(p.map(|p| (p.part, p.count)), Some((2, Some(2))));
        assert_eq!(
            subtitle_after_marker(
                "Ringvorlesung Klima (Teil 2 von 3): Ozeane",
                "Ringvorlesung Klima"
            ),
            Some("Ozeane".into())
        );
        assert_eq!(
            subtitle_after_marker("Random Matrices (Lecture 2 of 4)", "Random Matrices"),
            None
        );
        assert_eq!(part_marker("Part 1: Basics"), None);
        assert_eq!(
            subtitle_after_marker("Wave Farms, Part 2: Moorings", "Wave Farms"),
            Some("Moorings".into())
        );
        assert_eq!(
            subtitle_after_marker("Wave Farms – Lecture II — Anchors", "Wave Farms"),
            Some("Anchors".into())
        );
        assert_eq!(
            subtitle_after_marker("Wave Farms, Part 2", "Wave Farms"),
            None
        );
        assert_eq!(
            course_name("Mini-course «Toric Varieties»"),
            "Toric Varieties"
        );
        assert_eq!(
            course_name("Мини-курс «Торические многообразия"),
            "Торические многообразия"
        );
        assert_eq!(
            course_name("Course Design Patterns"),
            "Course Design Patterns"
        );
        assert_eq!(
            subtitle_after_marker("Mini-course «Fans», lecture 2: Cones", "Mini-course «Fans"),
            Some("Cones".into())
        );
        assert_eq!(
            subtitle_after_marker("Wave Farms, Part 2 and Beyond: More", "Wave Farms"),
            None
        );
    }

    #[test]
    fn sessions_share_a_prefix() {
        let session = |t: &str| Talk {
            title: t.into(),
            segments: vec![Talk::default()],
            ..Talk::default()
        };
        let mut talks = vec![
            session("Imaging School 2024 – Day 1 (livestream)"),
            session("Imaging School 2024 – Day 2 (livestream)"),
            session("Deep Learning – A Survey"),
            Talk {
                title: "Imaging School 2024 – Lecture".into(),
                ..Talk::default()
            },
        ];
        assign(&mut [&mut talks]);
        let series: Vec<Option<&str>> = talks.iter().map(|t| t.series.as_deref()).collect();
        assert_eq!(
            series,
            vec![
                Some("Imaging School 2024"),
                Some("Imaging School 2024"),
                None,
                None
            ]
        );
    }

    #[test]
    fn shared_prefixes_only() {
        let talk = |t: &str| Talk {
            title: t.into(),
            ..Talk::default()
        };
        let mut talks = vec![
            talk("IEEE Seasonal School: Testing"),
            talk("IEEE Seasonal School: Standards"),
            talk("Flat Minima and Generalization: from Matrix Sensing to Neural Networks"),
            talk("Keynote: Something"),
        ];
        assign(&mut [&mut talks]);
        let series: Vec<Option<&str>> = talks.iter().map(|t| t.series.as_deref()).collect();
        assert_eq!(
            series,
            vec![
                Some("IEEE Seasonal School"),
                Some("IEEE Seasonal School"),
                None,
                None
            ]
        );
    }
}
