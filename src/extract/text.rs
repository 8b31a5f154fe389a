//! Small string helpers shared by the classifier and the parsers.

/// Whether `sep` occurs in `s`: a byte scan for its first byte, then a comparison. For the
/// short lines and separators here it beats building a substring searcher per call.
pub(crate) fn contains(s: &str, sep: &str) -> bool {
    find(s, sep).is_some()
}

/// The byte offset of the first occurrence of `sep` in `s`.
pub(crate) fn find(s: &str, sep: &str) -> Option<usize> {
    let (hay, needle) = (s.as_bytes(), sep.as_bytes());
    // Look for the needle's first byte that is not a space: most separators start with a
    // space, which every line is full of. (A memmem `Finder` costs more to build than a short
    // line costs to scan.)
    let Some(k) = needle.iter().position(|&b| b != b' ') else {
        return memchr::memmem::find(hay, needle);
    };
    memchr::memchr_iter(needle[k], hay)
        .find(|&i| i >= k && hay[i - k..].starts_with(needle))
        .map(|i| i - k)
}

/// The byte offset of the last occurrence of `sep` in `s`, found as [`find`] finds the first.
pub(crate) fn rfind(s: &str, sep: &str) -> Option<usize> {
    let (hay, needle) = (s.as_bytes(), sep.as_bytes());
    let Some(k) = needle.iter().position(|&b| b != b' ') else {
        return memchr::memmem::rfind(hay, needle);
    };
    memchr::memrchr_iter(needle[k], hay)
        .find(|&i| i >= k && hay[i - k..].starts_with(needle))
        .map(|i| i - k)
}

/// Splits `s` at every top-level occurrence of `sep`: not inside (), [], {} or double quotes.
pub(crate) fn split_top<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    if !contains(s, sep) {
        return vec![s];
    }
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quoted = false;
    let mut start = 0;
    let bytes = s.as_bytes();
    let sep_bytes = sep.as_bytes();
    let Some(&first) = sep_bytes.first() else {
        return vec![s];
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = (depth - 1).max(0),
            b'"' => quoted = !quoted,
            _ => {}
        }
        if bytes[i] == first && depth == 0 && !quoted && bytes[i..].starts_with(sep_bytes) {
            out.push(&s[start..i]);
            i += sep.len();
            start = i;
            continue;
        }
        i += 1;
    }
    out.push(&s[start..]);
    out
}

/// Byte offsets of top-level occurrences of `sep` (see [`split_top`]).
pub(crate) fn find_top(s: &str, sep: &str) -> Vec<usize> {
    if !contains(s, sep) {
        return Vec::new();
    }
    let mut offsets = Vec::new();
    let mut pos = 0;
    for part in split_top(s, sep) {
        pos += part.len();
        if pos < s.len() {
            offsets.push(pos);
        }
        pos += sep.len();
    }
    offsets
}

/// Trims spaces and the punctuation that surrounds fields: quotes, commas, periods, dashes.
pub(crate) fn clean(s: &str) -> &str {
    let frame = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '"' | '“' | '”' | '„' | '«' | '»' | '|' | '*' | '_' | '`'
            )
    };
    let trimmed = s.trim_start_matches(frame);
    // (an opening quote whose closing quote comes before the text goes on stays: "“Small axe”:
    // Bob Marley, Walter Rodney and the politics of the 1970s")
    let quote = s[..s.len() - trimmed.len()]
        .chars()
        .next_back()
        .filter(|c| matches!(c, '"' | '“' | '«'));
    let s = match quote {
        Some(q) => {
            let close = match q {
                '“' => '”',
                '«' => '»',
                _ => '"',
            };
            let goes_on = trimmed.find(close).is_some_and(|at| {
                let rest = &trimmed[at + close.len_utf8()..];
                rest.starts_with([':', ',', ' ']) && rest.trim_start_matches(frame).len() >= 3
            });
            if goes_on {
                &s[s.len() - trimmed.len() - q.len_utf8()..]
            } else {
                trimmed
            }
        }
        None => trimmed,
    };
    // (a closing quote whose opening quote is inside stays: "SIA „Tilde”", "Institut „Silava”")
    let mut end = s.len();
    while let Some(c) = s[..end].chars().next_back().filter(|&c| frame(c)) {
        let inner = &s[..end - c.len_utf8()];
        let opened = match c {
            '”' => inner.contains(['„', '“']),
            '“' => inner.contains('„'),
            '»' => inner.contains('«'),
            _ => false,
        };
        if opened {
            break;
        }
        end -= c.len_utf8();
    }
    let s = &s[..end];
    // an emoji before a title or name marks it ("🎤 Talk 1: …"); one after it may be its own
    let s = s.trim_start_matches(|c: char| is_pictograph(c) || c.is_whitespace());
    let s = s.trim_start_matches(['-', '–', '—', '.', '\'', '‘']);
    let s = s.trim_end_matches(['-', '–', '—', '\'', '’']);
    let s = s.trim();
    strip_final_period(s)
}

/// Whether `c` is an emoji or a pictographic symbol that announcements put before a title or a
/// name ("🎤 Talk 1: …", "▶ Watch"): arrows, shapes, dingbats, emoji and their variation
/// selector.
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x21FF | 0x25A0..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x1F000..=0x1FAFF)
}

/// A title with its frame removed: quotes and end punctuation ([`clean`]), trailing tags in
/// brackets ("[video]", "[Best Paper Candidate]") and a trailing citation
/// ("(Chernozhukov et al., 2018)").
/// `title` without the co-authors an economics seminar writes after it: "Minimum wages and
/// firm exit (with K. Bosman and L. Achterberg)" → "Minimum wages and firm exit".
fn without_coauthors(title: &str) -> &str {
    if !title.ends_with(')') {
        return title;
    }
    // (names after "with": "(with a case study)" is the title's)
    [
        " (with ",
        " (joint with ",
        " (joint work with ",
        " (with co-authors ",
    ]
    .iter()
    .filter_map(|m| rfind(title, m).map(|at| (at, m.len())))
    .max()
    .filter(|&(at, len)| {
        let first = title[at + len..].split(' ').next().unwrap_or_default();
        at > 0 && first.starts_with(char::is_uppercase) && !matches!(first, "A" | "An" | "The")
    })
    .map_or(title, |(at, _)| title[..at].trim_end())
}

/// `title` without a kind of talk after its last colon: "Earthworms as ecosystem engineers:
/// guest lecture" → "Earthworms as ecosystem engineers".
fn without_kind_suffix(title: &str) -> &str {
    let Some(at) = rfind(title, ": ") else {
        return title;
    };
    let kind = title[at + 2..].trim().to_lowercase();
    let kinds = [
        "guest lecture",
        "a guest lecture",
        "public lecture",
        "invited talk",
        "keynote lecture",
        "guest talk",
    ];
    if at > 0 && kinds.contains(&kind.as_str()) && title[..at].contains(' ') {
        title[..at].trim_end()
    } else {
        title
    }
}

pub(crate) fn clean_title(s: &str) -> String {
    let mut t = without_kind_suffix(without_coauthors(clean(s)));
    // a kind of talk in brackets in front: "[Invited] Title", "[招待講演] 題目"
    if let Some((tag, rest)) = t.strip_prefix('[').and_then(|r| r.split_once(']')) {
        let short = tag.split_whitespace().count() <= 3
            && tag
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
        if short && !rest.trim().is_empty() && !rest.trim_start().starts_with('(') {
            t = clean(rest);
        }
    }
    // catalogue statements of responsibility: "Title / presented by Name."
    if contains(t, " / ") {
        for cut in [" / presented by ", " / by ", " / speaker", " / lecture by "] {
            if let Some(at) = t.to_lowercase().find(cut) {
                if at > 0 {
                    t = clean(&t[..at]);
                }
            }
        }
    }
    loop {
        let before = t.len();
        if t.ends_with(']') {
            if let Some(open) = t.rfind('[') {
                if open > 0 && t[open..].split_whitespace().count() <= 5 {
                    t = clean(&t[..open]);
                }
            }
        }
        if t.ends_with(')') {
            if let Some(open) = t.rfind('(') {
                let inner = &t[open + 1..t.len() - 1];
                let year = inner
                    .split(|c: char| !c.is_ascii_digit())
                    .any(|d| d.len() == 4);
                let citation = inner.contains("et al") || year && inner.contains(',');
                // `"Title" (panel)`: a note after the closing quote of a quoted title
                let after_quote = t[..open].trim_end().ends_with(['"', '”', '»'])
                    && s.trim_start().starts_with(['"', '“', '«'])
                    && inner.split_whitespace().count() <= 3;
                // "Title (September 2023)": when the talk was given, not part of its title
                let dated = inner.len() <= 24
                    && inner.bytes().any(|b| b.is_ascii_digit())
                    && inner.split_whitespace().count() <= 3
                    && super::line::is_date_line(inner);
                // "Title   (1:12:45)": the video's length
                let length = (4..=8).contains(&inner.len())
                    && inner.contains(':')
                    && inner.bytes().all(|b| b.is_ascii_digit() || b == b':');
                if open > 0
                    && (citation
                        || after_quote
                        || dated
                        || length
                        || super::lang::is_language_note(inner))
                {
                    t = clean(&t[..open]);
                }
            }
        }
        // "Title — Watch (YouTube, 1 h 12 min)", "Title · Slides": a link after a dash
        if let Some(cut) = trailing_link_at(t) {
            t = clean(&t[..cut]);
        }
        if t.len() == before {
            break;
        }
    }
    t.to_owned()
}

/// Where a link's text set off after a title starts ("Title — Watch (YouTube, 58 min)",
/// "Title · Slides"): the link word alone, or with a note in brackets. "Talk - Video Games and
/// Learning" keeps its end.
fn trailing_link_at(t: &str) -> Option<usize> {
    const LINKS: &[&str] = &[
        "watch",
        "video",
        "recording",
        "slides",
        "listen",
        "download",
        "youtube",
        "vimeo",
        "audio",
        "podcast",
        "stream",
        "záznam",
        "inspelning",
        "opptak",
        "play",
        "videó",
        "tallenne",
        "kayıt",
    ];
    // "Title ▶ záznam", "Title ▶ Watch the recording": a play mark and a few words
    if let Some(at) = rfind(t, " ▶") {
        if at > 0 && t[at..].split_whitespace().count() <= 5 {
            return Some(at);
        }
    }
    let (at, sep) = [" — ", " – ", " - ", " · ", " | "]
        .iter()
        .filter_map(|sep| rfind(t, sep).map(|at| (at, sep.len())))
        .max()?;
    let piece = t[at + sep..].trim();
    let (word, rest) = piece.split_once(' ').unwrap_or((piece, ""));
    let rest = rest.trim();
    // ("video unavailable (the speaker asked us not to publish it)", "slides coming soon")
    let rest = [
        "unavailable",
        "not available",
        "coming soon",
        "missing",
        "to follow",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    .map_or(rest, str::trim_start);
    let note = rest.is_empty() || rest.starts_with('(') && rest.ends_with(')');
    (at > 0 && note && LINKS.contains(&word.to_lowercase().as_str())).then_some(at)
}

/// Drops one final period unless it ends an initial or an abbreviation ("J.", "Inc.").
pub(crate) fn strip_final_period(s: &str) -> &str {
    let Some(rest) = s.strip_suffix('.') else {
        return s;
    };
    let last = rest.rsplit([' ', '.']).next().unwrap_or("");
    let keep = last.chars().count() == 1
        || matches!(
            last.to_ascii_lowercase().as_str(),
            "inc" | "jr" | "sr" | "ltd" | "co" | "corp" | "st" | "univ" | "dept" | "al"
        );
    if keep {
        s
    } else {
        rest.trim_end()
    }
}

/// Whether the text has its parentheses balanced (so that splitting on them is safe).
pub(crate) fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Splits "Text (inner) more (inner2)" into the text outside parentheses (spaces collapsed)
/// and the top-level parenthesised parts, in order.
pub(crate) fn take_parens(s: &str) -> (String, Vec<&str>) {
    if !s.contains('(') || !balanced(s) {
        return (s.trim().to_owned(), Vec::new());
    }
    let mut outside = String::with_capacity(s.len());
    let mut inner = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            ')' => {
                depth -= 1;
                if depth == 0 {
                    inner.push(s[start..i].trim());
                    outside.push(' ');
                }
            }
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let outside = outside.split_whitespace().collect::<Vec<_>>().join(" ");
    (outside, inner)
}

/// A word with surrounding punctuation removed (not inner dots, hyphens or apostrophes).
pub(crate) fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';'
                | ':'
                | '"'
                | '“'
                | '”'
                | '('
                | ')'
                | '['
                | ']'
                | '!'
                | '?'
                | '*'
                | '_'
                | '†'
                | '‡'
                | '¹'
                | '²'
                | '³'
                | '⁴'
                | '⁵'
                | '⁶'
                | '⁷'
                | '⁸'
                | '⁹'
                | '⁰'
        )
    })
}

/// Whether the first character is an uppercase letter.
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || is_caseless_rtl(c))
}

/// A letter of the Hebrew or Arabic script (Persian, Arabic, Urdu), which have no capitals:
/// a name or an institution starts with one as an English one starts with a capital.
pub(crate) fn is_caseless_rtl(c: char) -> bool {
    // (and Devanagari and Georgian, written left to right but just as caseless: Hindi and
    // Georgian names read the same way, after a title)
    matches!(
        c,
        '\u{05D0}'..='\u{05EA}'
            | '\u{0620}'..='\u{064A}'
            | '\u{066E}'..='\u{06D3}'
            | '\u{0900}'..='\u{097F}'
            | '\u{10D0}'..='\u{10FA}'
    )
}

/// A letter or mark of the Thai script, which has no capitals and writes no space inside a
/// phrase.
pub(crate) fn is_thai(c: char) -> bool {
    matches!(c, '\u{0E01}'..='\u{0E5B}')
}

/// Whether `s` holds a Thai letter, without decoding it: every Thai character is written
/// `E0 B8 xx` or `E0 B9 xx` in UTF-8 (this runs for every speaker text parsed).
pub(crate) fn has_thai(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(0xE0, b).any(|at| matches!(b.get(at + 1), Some(0xB8 | 0xB9)))
}

/// Whether the first character is a lowercase letter.
pub(crate) fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the word is an acronym: two or more letters, all uppercase, maybe digits or `&`.
pub(crate) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '-' | '.'))
        && !word.contains("..")
}

/// A one-word name that mixes an acronym with lower case, as institutes and labs brand
/// themselves: "ISGlobal" (two capitals, then small letters) or "BioSS" (small letters, then
/// two capitals at the end). A person's name has neither ("McKay", "DeWitt", "LeBlanc" have
/// one capital at a time).
pub(crate) fn acronym_led(word: &str) -> bool {
    // (ASCII only, no allocation: brands are written so, and this runs for every one-word
    // piece of a list of people or institutions)
    let b = word.as_bytes();
    let n = b.len();
    if n < 3 || !b.iter().all(u8::is_ascii_alphanumeric) || !b[0].is_ascii_uppercase() {
        return false;
    }
    let upper = |i: usize| b[i].is_ascii_uppercase();
    let lower = |i: usize| b[i].is_ascii_lowercase();
    // "ISGlobal": capitals, then small letters only
    let led = upper(1) && (2..n).any(lower) && (2..n).skip_while(|&i| upper(i)).all(|i| !upper(i));
    // "BioSS": a capital, small letters, then two capitals or more to the end
    let trailing = lower(1)
        && upper(n - 1)
        && upper(n - 2)
        && (1..n).take_while(|&i| !upper(i)).all(lower)
        && (1..n).skip_while(|&i| !upper(i)).all(upper);
    led || trailing
}

/// A cell that sends the reader elsewhere on the page instead of giving a title: "see the
/// timestamps below", "види временске ознаке испод табеле", "siehe unten" (lower case).
fn points_elsewhere(lower: &str) -> bool {
    const SEE: &[&str] = &[
        "see ",
        "види ",
        "vidi ",
        "siehe ",
        "voir ",
        "vedi ",
        "zie ",
        "ver ",
    ];
    const WHERE: &[&str] = &[
        "below",
        "above",
        "испод",
        "изнад",
        "ispod",
        "iznad",
        "unten",
        "oben",
        "ci-dessous",
        "ci-dessus",
        "sotto",
        "sopra",
        "hieronder",
        "hierboven",
        "abajo",
        "arriba",
    ];
    SEE.iter().any(|w| lower.starts_with(w))
        && lower.split_whitespace().count() <= 8
        && WHERE.iter().any(|w| lower.contains(w))
}

/// A value that names nobody or nothing yet: "TBA", "to be announced", "n/a".
pub(crate) fn is_placeholder(s: &str) -> bool {
    if !s.is_ascii() && super::lang::CJK_PENDING.contains(&clean(s)) {
        return true;
    }
    let s = clean(s).to_lowercase();
    // "Zusatztermin: N. N.": a label before the value
    let s = s.rsplit(": ").next().unwrap_or(&s).trim();
    // "Title TBC", "Topic to be announced"
    let s = [
        "title ",
        "topic ",
        "talk ",
        "titel ",
        "tittel ",
        "název ",
        "título ",
        "aihe ",
        "a cím ",
        "başlık ",
        "títol ",
        "titolo ",
        "τίτλος ",
    ]
    .iter()
    .find_map(|w| s.strip_prefix(w))
    .unwrap_or(s);
    if points_elsewhere(s) {
        return true;
    }
    matches!(
        s,
        "tba"
            | "tbd"
            | "tbc"
            | "n/a"
            | "na"
            | "none"
            | "-"
            | "?"
            | "to be announced"
            | "to be determined"
            | "to be confirmed"
            // Estonian: "(esineja) selgub hiljem"
            | "selgub hiljem"
            | "esineja selgub hiljem"
            // German "nomen nescio": someone not yet named
            | "n. n."
            | "n.n."
            // "Titel meddelas senare", "Tittel kommer senere", "bude upřesněno"
            | "meddelas senare"
            | "kommer senare"
            | "kommer senere"
            | "følger"
            | "følger senere"
            | "bude upřesněno"
            | "bude upřesněn"
            | "upřesníme"
            | "a definir"
            | "a confirmar"
            // Finnish, Hungarian, Turkish: "Aihe tarkentuu myöhemmin", "A cím később kerül
            // meghirdetésre", "Başlık daha sonra duyurulacak"
            | "tarkentuu myöhemmin"
            | "ilmoitetaan myöhemmin"
            | "később kerül meghirdetésre"
            | "később"
            | "daha sonra duyurulacak"
            | "daha sonra açıklanacak"
            // Vietnamese: "báo cáo viên sẽ được thông báo sau"
            | "sẽ được thông báo sau"
            | "báo cáo viên sẽ được thông báo sau"
            | "sẽ thông báo sau"
            // Ukrainian: "доповідач буде оголошений пізніше"
            | "буде оголошено"
            | "буде оголошений пізніше"
            | "буде оголошено пізніше"
            | "доповідач буде оголошений пізніше"
            // Croatian: "bit će naknadno objavljen", "predavač će biti naknadno objavljen"
            | "bit će naknadno objavljen"
            | "bit će naknadno objavljeno"
            | "naknadno"
            | "predavač će biti naknadno objavljen"
            // Romanian, Indonesian: "va fi anunțat", "akan diumumkan"
            | "va fi anunțat"
            | "va fi anunțată"
            | "va fi anunțat ulterior"
            | "akan diumumkan"
            | "menyusul"
            // Greek, Catalan: "Θα ανακοινωθεί", "Per confirmar"
            | "θα ανακοινωθεί"
            | "θα ανακοινωθεί σύντομα"
            | "per confirmar"
            | "per determinar"
            | "pendent de confirmar"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn co_authors_after_a_title_are_no_part_of_it() {
        assert_eq!(
            clean_title("Tariffs and the price of bread (with K. Lund and M. Osei)"),
            "Tariffs and the price of bread"
        );
        assert_eq!(
            clean_title("Tariffs and bread (joint work with K. Lund)"),
            "Tariffs and bread"
        );
        assert_eq!(
            clean_title("Living with floods (with a case study)"),
            "Living with floods (with a case study)"
        );
        assert_eq!(
            clean_title("(with love) from Norway"),
            "(with love) from Norway"
        );
        assert_eq!(
            clean_title("Earthworms as engineers: guest lecture"),
            "Earthworms as engineers"
        );
        assert_eq!(
            clean_title("Lecture: guest lecture"),
            "Lecture: guest lecture"
        );
    }

    #[test]
    fn placeholders_name_nobody() {
        for s in [
            "TBA",
            "N. N.",
            "Zusatztermin: N. N.",
            "to be confirmed",
            "Title TBC",
            "Aihe tarkentuu myöhemmin",
            "Başlık daha sonra duyurulacak",
            "види временске ознаке испод табеле",
            "see the timestamps below",
        ] {
            assert!(is_placeholder(s), "{s}");
        }
        assert!(!is_placeholder("Ana Ruiz"));
        assert!(!is_placeholder(
            "See you later: notes from below the waterline"
        ));
        assert_eq!(
            clean_title("La ville (Vortrag in französischer Sprache mit Simultanübersetzung)"),
            "La ville"
        );
    }

    #[test]
    fn a_link_after_a_dash_is_no_part_of_the_title() {
        assert_eq!(
            clean_title(
                "Reading the Catchment, Part 1: Field Instruments — Watch (YouTube, 1 h 04 min)"
            ),
            "Reading the Catchment, Part 1: Field Instruments"
        );
        assert_eq!(clean_title("Permafrost Thaw – Video"), "Permafrost Thaw");
        assert_eq!(clean_title("Ice Cores · Slides (PDF)"), "Ice Cores");
        // a title that goes on after the link word keeps it
        assert_eq!(
            clean_title("Play - Video Games and Learning"),
            "Play - Video Games and Learning"
        );
    }

    #[test]
    fn a_note_after_a_quoted_title_is_no_part_of_it() {
        assert_eq!(
            clean_title("\"Rivers at Night\" (panel)"),
            "Rivers at Night"
        );
        assert_eq!(
            clean_title("“Rivers at Night” (keynote, online)"),
            "Rivers at Night"
        );
        assert_eq!(
            clean_title("Rivers at Night (captioned)"),
            "Rivers at Night"
        );
        assert_eq!(
            clean_title("Rivers at Night (Part 2)"),
            "Rivers at Night (Part 2)"
        );
    }

    #[test]
    fn pictographs_around_a_title_are_no_part_of_it() {
        assert_eq!(clean("🎤 Talk 1: Grids"), "Talk 1: Grids");
        assert_eq!(clean("▶️ Watch the recording 📹"), "Watch the recording 📹");
        assert_eq!(clean("Café ☕ Talks"), "Café ☕ Talks");
    }

    #[test]
    fn find_and_rfind_find_separators_as_str_does() {
        let cases = [
            ("Title — CANCELLED — again", " — "),
            ("a | b | c", " | "),
            ("no separator here", " - "),
            (" - at the start", " - "),
            ("ends with - ", " - "),
            ("Keynote: A: B", ": "),
            ("spaces   only", "  "),
            ("", ": "),
            ("x: ", ": "),
        ];
        for (s, sep) in cases {
            assert_eq!(rfind(s, sep), s.rfind(sep), "{s:?} {sep:?}");
            assert_eq!(find(s, sep), s.find(sep), "{s:?} {sep:?}");
        }
    }

    #[test]
    fn split_top_respects_parentheses_and_quotes() {
        assert_eq!(
            split_top("A, IBM (co-chair, Si2), B", ","),
            vec!["A", " IBM (co-chair, Si2)", " B"]
        );
        assert_eq!(split_top(r#""a, b", c"#, ","), vec![r#""a, b""#, " c"]);
        assert_eq!(find_top("a and b and c", " and "), vec![1, 7]);
    }

    #[test]
    fn clean_keeps_initials() {
        assert_eq!(clean("  “Title.”  "), "Title");
        assert_eq!(clean("Acme Inc."), "Acme Inc.");
        assert_eq!(clean("- John Q."), "John Q.");
    }

    #[test]
    fn titles_lose_tags_citations_and_responsibility() {
        assert_eq!(
            clean_title("Watermarking LLMs [video]"),
            "Watermarking LLMs"
        );
        // when the talk was given
        assert_eq!(
            clean_title("Reproducible pipelines (October 2023)"),
            "Reproducible pipelines"
        );
        assert_eq!(
            clean_title("Rivers of 2023 (and 2024)"),
            "Rivers of 2023 (and 2024)"
        );
        assert_eq!(
            clean_title("Synthetic Control (Abadie et al., 2010)"),
            "Synthetic Control"
        );
        assert_eq!(
            clean_title("Sparse recovery / presented by Deepak C."),
            "Sparse recovery"
        );
        assert_eq!(
            clean_title("Random matrices (part 1 of 3)"),
            "Random matrices (part 1 of 3)"
        );
    }

    #[test]
    fn parens_are_taken_out() {
        let (out, inner) = take_parens("Sicun (Sean) Gao");
        assert_eq!(out, "Sicun Gao");
        assert_eq!(inner, vec!["Sean"]);
        assert_eq!(take_parens("a (b").0, "a (b");
    }
}
