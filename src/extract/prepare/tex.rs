//! TeX text as a reader sees it: the accent commands, escapes, dashes, ties and grouping braces
//! of BibTeX fields and LaTeX arguments decoded into plain Unicode text.
//!
//! The entry point is [`decode`]: `Lef{\`e}vre` → `Lefèvre`, `{\O}stergaard` → `Østergaard`,
//! `Dvo{\v r}{\'a}k` → `Dvořák`, `\&` → `&`, `~` and `\\` → a space, `---`/`--` →
//! `—`/`–`, `\emph{X}` → `X`, `$x$` → `x`, `\textcolor{gray}{X}` → `X`. Unknown commands
//! keep their argument and lose their name.

use unicode_normalization::UnicodeNormalization;

/// The combining mark of an accent command (`\'` → U+0301).
fn accent_mark(cmd: &str) -> Option<char> {
    Some(match cmd {
        "`" => '\u{300}',
        "'" => '\u{301}',
        "^" => '\u{302}',
        "~" => '\u{303}',
        "=" => '\u{304}',
        "u" => '\u{306}',
        "." => '\u{307}',
        "\"" => '\u{308}',
        "r" => '\u{30a}',
        "H" => '\u{30b}',
        "v" => '\u{30c}',
        "d" => '\u{323}',
        "c" => '\u{327}',
        "k" => '\u{328}',
        "b" => '\u{331}',
        _ => return None,
    })
}

/// The letter a letter command stands for (`\o` → `ø`).
fn letter(cmd: &str) -> Option<&'static str> {
    Some(match cmd {
        "o" => "ø",
        "O" => "Ø",
        "ae" => "æ",
        "AE" => "Æ",
        "oe" => "œ",
        "OE" => "Œ",
        "aa" => "å",
        "AA" => "Å",
        "ss" => "ß",
        "l" => "ł",
        "L" => "Ł",
        "i" => "ı",
        "j" => "ȷ",
        "dh" => "ð",
        "th" => "þ",
        "TH" => "Þ",
        "ldots" | "dots" => "…",
        "textendash" => "–",
        "textemdash" => "—",
        "and" => " and ",
        "newline" | "par" | "quad" | "qquad" | "enspace" | "space" => " ",
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        _ => return None,
    })
}

/// Decodes TeX text into plain text (see the module doc).
pub(crate) fn decode(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => i = command(&chars, i + 1, &mut out),
            '{' | '}' | '$' => i += 1,
            '~' => {
                out.push(' ');
                i += 1;
            }
            '-' if chars.get(i + 1) == Some(&'-') => {
                if chars.get(i + 2) == Some(&'-') {
                    out.push('—');
                    i += 3;
                } else {
                    out.push('–');
                    i += 2;
                }
            }
            '`' if chars.get(i + 1) == Some(&'`') => {
                out.push('“');
                i += 2;
            }
            '\'' if chars.get(i + 1) == Some(&'\'') => {
                out.push('”');
                i += 2;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    let composed: String = out.nfc().collect();
    composed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the command after a backslash at `i`; returns the index after it.
fn command(chars: &[char], i: usize, out: &mut String) -> usize {
    let Some(&first) = chars.get(i) else {
        return i;
    };
    // a control symbol: \& \% \\ \  \' …
    if !first.is_ascii_alphabetic() {
        if let Some(mark) = accent_mark(&first.to_string()) {
            return accented(chars, i + 1, mark, out);
        }
        match first {
            '\\' | ' ' | ',' | ';' | '!' | '/' => out.push(' '),
            '-' => {}
            _ => out.push(first),
        }
        return i + 1;
    }
    let end = chars[i..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(chars.len(), |n| i + n);
    let name: String = chars[i..end].iter().collect();
    // a starred form (\section*) is the same command
    let end = if chars.get(end) == Some(&'*') && name.len() > 1 {
        end + 1
    } else {
        end
    };
    if let Some(mark) = accent_mark(&name) {
        return accented(chars, end, mark, out);
    }
    if let Some(text) = letter(&name) {
        out.push_str(text);
        // a space after a command word only ends it
        return if chars.get(end) == Some(&' ') && !text.ends_with(' ') {
            end + 1
        } else {
            end
        };
    }
    // a colour, a length, a link target, a label: arguments that are no text
    if let Some(skip) = hidden_arguments(&name) {
        let mut at = end;
        for _ in 0..skip {
            while chars.get(at).is_some_and(|c| c.is_whitespace()) {
                at += 1;
            }
            if chars.get(at) != Some(&'{') {
                break;
            }
            at = skip_group(chars, at);
        }
        return at;
    }
    // \emph{X}, \textbf{X}, \mathrm{X}: the argument is read as text
    end
}

/// How many leading arguments of a command are not text (`\textcolor{gray}{X}` → 1).
fn hidden_arguments(name: &str) -> Option<usize> {
    Some(match name {
        "textcolor" | "href" | "colorbox" => 1,
        "color" | "label" | "ref" | "cite" | "citep" | "citet" | "hspace" | "vspace"
        | "includegraphics" | "pagecolor" | "url" => 1,
        "setlength" | "rule" | "fcolorbox" => 2,
        _ => return None,
    })
}

/// The index after the braced group that starts at `at`.
fn skip_group(chars: &[char], mut at: usize) -> usize {
    let mut depth = 0usize;
    while let Some(&c) = chars.get(at) {
        at += 1;
        match c {
            '\\' => at += 1,
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
    }
    at.min(chars.len())
}

/// Puts `mark` on the next letter (`{e}`, `e`, ` e`) after an accent command.
fn accented(chars: &[char], mut i: usize, mark: char, out: &mut String) -> usize {
    while chars.get(i) == Some(&' ') {
        i += 1;
    }
    let braced = chars.get(i) == Some(&'{');
    if braced {
        i += 1;
    }
    let base = match chars.get(i) {
        Some('\\') if chars.get(i + 1) == Some(&'i') => {
            i += 2;
            'i'
        }
        Some(&c) if c != '}' => {
            i += 1;
            c
        }
        _ => return i,
    };
    out.push(base);
    out.push(mark);
    if braced && chars.get(i) == Some(&'}') {
        i += 1;
    }
    i
}

/// Removes a `%` comment from a line of TeX (a `\%` is a percent sign, not a comment).
pub(crate) fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'%' => return &line[..i],
            _ => i += 1,
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_escapes_and_dashes_decode() {
        for (tex, text) in [
            (r"Gonz{\'a}lez", "González"),
            (r#"M\"{u}ller \& S{\o}rensen"#, "Müller & Sørensen"),
            (r"\v{S}imi{\'c}", "Šimić"),
            (r"Ko\c{c} University", "Koç University"),
            (r"Yayg{\i}n", "Yaygın"),
            (
                r"Rayleigh--B\'enard flows --- revisited",
                "Rayleigh–Bénard flows — revisited",
            ),
            (
                r"{{Double Braced}}~Title\\ on two",
                "Double Braced Title on two",
            ),
            (r"\emph{Really} $\mathrm{O}(n)$ time", "Really O(n) time"),
            (r"Dr.\ Ines~Wa{\ss}mann", "Dr. Ines Waßmann"),
            (r"\'\i", "í"),
            (r"\section*{Day one}", "Day one"),
            (
                r"\textcolor{gray}{Tide \href{https://x.org}{Gauges}}",
                "Tide Gauges",
            ),
            (r"\textcolor{gray", ""),
            ("\\", ""),
            (r"\'", ""),
        ] {
            assert_eq!(decode(tex), text, "{tex}");
        }
    }

    #[test]
    fn comments_end_at_an_unescaped_percent() {
        assert_eq!(strip_comment(r"50\% done % note"), r"50\% done ");
        assert_eq!(strip_comment("% all"), "");
    }
}
