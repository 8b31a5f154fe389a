//! Folding names to comparison keys, so that "UC San Diego", "U.C. San Diego" and
//! "uc  san diego" meet, and "Zürich" meets "Zurich".

use unicode_normalization::UnicodeNormalization;

/// The comparison key of a name: diacritics dropped, lowercased, `&` read as "and",
/// punctuation turned into spaces, runs of spaces collapsed, a leading "the" dropped.
///
/// ```
/// use talkgraph::resolve::fold;
/// assert_eq!(fold("The Chinese University of Hong Kong"), "chinese university of hong kong");
/// assert_eq!(fold("ETH Zürich"), fold("eth zurich"));
/// assert_eq!(fold("Texas A&M"), "texas a and m");
/// assert_eq!(fold("U.C. San Diego"), "uc san diego");
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    fold_into(name, &mut out);
    out
}

/// [`fold`] into `out` (cleared first), so that hot lookups can reuse one buffer.
pub fn fold_into(name: &str, out: &mut String) {
    out.clear();
    if name.is_ascii() {
        return fold_chars(name.chars(), out);
    }
    // Decompose only what needs it: ASCII passes as is, the rest goes through NFKD.
    fold_chars(
        name.chars().flat_map(|c| {
            let ascii = c.is_ascii().then_some(c);
            ascii
                .into_iter()
                .chain(std::iter::once(c).filter(|c| !c.is_ascii()).nfkd())
        }),
        out,
    )
}

fn fold_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut space = true;
    for c in chars {
        if !c.is_ascii() && unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c == '&' {
            if !space {
                out.push(' ');
            }
            out.push_str("and ");
            space = true;
        } else if c == '.' || c == '\'' || c == '’' {
            // "U.C." and "O'Brien" keep their letters together
        } else if c.is_alphanumeric() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    let end = out.trim_end().len();
    out.truncate(end);
    if out.starts_with("the ") {
        out.drain(..4);
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_punctuation_and_case() {
        assert_eq!(
            fold("University of California, Berkeley"),
            "university of california berkeley"
        );
        assert_eq!(fold("  UCSD "), "ucsd");
        assert_eq!(fold("Université de Montréal"), "universite de montreal");
        assert_eq!(fold("TILOS & UC San Diego"), "tilos and uc san diego");
    }

    #[test]
    fn folding_twice_equals_once() {
        for s in [
            "The Ohio State University",
            "Li-C. Wang",
            "Texas A&M",
            "École Polytechnique",
        ] {
            assert_eq!(fold(&fold(s)), fold(s));
        }
    }
}
