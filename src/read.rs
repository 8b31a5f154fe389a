//! Reading listings: files or standard input (`-`), decoded to text with line numbers kept.
//!
//! The entry point is [`Source`]. Decoding is forgiving, because listings are copied from web
//! pages and word processors: a UTF-8 byte order mark is dropped, UTF-16 with a byte order mark is
//! decoded, invalid UTF-8 is replaced (with a warning naming each line), and CRLF or lone CR line
//! ends count as line ends. What cannot be a listing is refused with an error naming the source:
//! an empty file, a directory, a binary file (PNG, ELF, gzip, … or any NUL byte).

use std::io::Read;
use std::path::Path;

use crate::error::ReadError;
use crate::model::Warning;

/// At most this many invalid-UTF-8 warnings are listed one by one; the rest are counted.
const MAX_DECODE_WARNINGS: usize = 10;

/// One listing, decoded.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in messages and records: the path as given, or `-`.
    pub name: String,
    /// The text, with every line end turned into `\n`.
    pub text: String,
    /// What decoding had to repair.
    pub warnings: Vec<Warning>,
}

impl Source {
    /// Reads a file, or standard input when `path` is `-`.
    pub fn from_path(path: &Path) -> Result<Self, ReadError> {
        let name = path.display().to_string();
        let io = |error| ReadError::Io {
            source_name: name.clone(),
            error,
        };
        let bytes = if name == "-" {
            let mut buf = Vec::new();
            std::io::stdin().lock().read_to_end(&mut buf).map_err(io)?;
            buf
        } else {
            if path.is_dir() {
                return Err(ReadError::Directory(path.to_path_buf()));
            }
            std::fs::read(path).map_err(io)?
        };
        Self::from_vec(name, bytes)
    }

    /// Decodes bytes, reusing the buffer when it already is plain UTF-8 (no copy of a
    /// large listing).
    pub fn from_vec(name: impl Into<String>, bytes: Vec<u8>) -> Result<Self, ReadError> {
        let name = name.into();
        let marked = [&b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF"]
            .iter()
            .any(|bom| bytes.starts_with(bom));
        if marked || binary_kind(&bytes).is_some() {
            return Self::from_bytes(name, &bytes);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Self::decoded(name, text, Vec::new()),
            Err(e) => Self::from_bytes(name, e.as_bytes()),
        }
    }

    /// Decodes bytes read from somewhere called `name`.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Result<Self, ReadError> {
        let name = name.into();
        if let Some(what) = binary_kind(bytes) {
            return Err(ReadError::Binary {
                source_name: name,
                what,
            });
        }
        let mut warnings = Vec::new();
        let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
            decode_utf8(rest, &mut warnings)
        } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
            decode_utf16(rest, u16::from_le_bytes, &mut warnings)
        } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
            decode_utf16(rest, u16::from_be_bytes, &mut warnings)
        } else {
            decode_utf8(bytes, &mut warnings)
        };
        Self::decoded(name, text, warnings)
    }

    /// The last step of decoding: one kind of line end, and refuse what holds no text.
    fn decoded(name: String, text: String, warnings: Vec<Warning>) -> Result<Self, ReadError> {
        let text = normalize_line_ends(text);
        if text.trim().is_empty() {
            return Err(ReadError::Empty(name));
        }
        Ok(Self {
            name,
            text,
            warnings,
        })
    }

    /// A source made from text already in memory (tests, library users).
    pub fn from_text(name: impl Into<String>, text: &str) -> Self {
        Self {
            name: name.into(),
            text: normalize_line_ends(text.to_owned()),
            warnings: Vec::new(),
        }
    }

    /// The lines of the text; line `n` (1-based) is at index `n - 1`.
    pub fn lines(&self) -> Vec<&str> {
        // what `split('\n')` gives, with a list sized up front (a million lines are common)
        let text = self.text.as_str();
        let ends: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes()).collect();
        let mut lines = Vec::with_capacity(ends.len() + 1);
        let mut start = 0;
        for end in ends {
            // `\n` is one byte of UTF-8, so both ends are character boundaries
            lines.push(&text[start..end]);
            start = end + 1;
        }
        lines.push(&text[start..]);
        lines
    }
}

/// Names the kind of binary file `bytes` starts like, if any.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\x7fELF", "ELF executable"),
        (b"\x1f\x8b", "gzip data"),
        (b"PK\x03\x04", "zip archive"),
        (b"%PDF-", "PDF document"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let head = &bytes[..bytes.len().min(1 << 16)];
    (!utf16 && memchr::memchr(0, head).is_some()).then_some("contains NUL bytes")
}

fn decode_utf8(bytes: &[u8], warnings: &mut Vec<Warning>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => decode_utf8_lossy(bytes, warnings),
    }
}

/// Replaces invalid sequences with U+FFFD and warns once per affected line.
fn decode_utf8_lossy(bytes: &[u8], warnings: &mut Vec<Warning>) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut line = 1;
    let mut bad_lines = 0usize;
    let mut last_bad_line = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        line += memchr::memchr_iter(b'\n', valid.as_bytes()).count();
        out.push_str(valid);
        if !chunk.invalid().is_empty() {
            out.push(char::REPLACEMENT_CHARACTER);
            if line != last_bad_line {
                last_bad_line = line;
                bad_lines += 1;
                if bad_lines <= MAX_DECODE_WARNINGS {
                    warnings.push(Warning {
                        line,
                        message: "invalid UTF-8 replaced with U+FFFD".into(),
                    });
                }
            }
        }
    }
    if bad_lines > MAX_DECODE_WARNINGS {
        warnings.push(Warning {
            line: 0,
            message: format!(
                "invalid UTF-8 on {} more lines",
                bad_lines - MAX_DECODE_WARNINGS
            ),
        });
    }
    out
}

fn decode_utf16(bytes: &[u8], to_u16: fn([u8; 2]) -> u16, warnings: &mut Vec<Warning>) -> String {
    let units = bytes.chunks_exact(2).map(|c| to_u16([c[0], c[1]]));
    let mut bad = false;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    warnings.push(Warning {
        line: 0,
        message: "decoded from UTF-16".into(),
    });
    if bad || bytes.len() % 2 == 1 {
        warnings.push(Warning {
            line: 0,
            message: "invalid UTF-16 replaced with U+FFFD".into(),
        });
    }
    text
}

/// Turns CRLF and lone CR into LF, so that every line end is one `\n`.
fn normalize_line_ends(text: String) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_what_split_gives() {
        for text in ["", "\n", "one", "one\n", "one\ntwo", "a\n\nb\n\n", "é\nü\n"] {
            let source = Source::from_text("t", text);
            let want: Vec<&str> = source.text.split('\n').collect();
            assert_eq!(source.lines(), want, "{text:?}");
        }
    }

    fn read(bytes: &[u8]) -> Result<Source, ReadError> {
        Source::from_bytes("t.txt", bytes)
    }

    #[test]
    fn bom_and_line_ends() -> Result<(), ReadError> {
        let s = read(b"\xEF\xBB\xBFa\r\nb\rc\n")?;
        assert_eq!(s.lines(), vec!["a", "b", "c", ""]);
        assert!(s.warnings.is_empty());
        Ok(())
    }

    #[test]
    fn utf16_with_bom() -> Result<(), ReadError> {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Title\nJane Doe, MIT".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let s = read(&bytes)?;
        assert_eq!(s.lines(), vec!["Title", "Jane Doe, MIT"]);
        Ok(())
    }

    #[test]
    fn invalid_utf8_warns_with_line() -> Result<(), ReadError> {
        let s = read(b"ok\nbad \xFF here\nok")?;
        assert_eq!(s.lines()[1], "bad \u{FFFD} here");
        assert_eq!(s.warnings.len(), 1);
        assert_eq!(s.warnings[0].line, 2);
        Ok(())
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert!(matches!(
            read(b"\x89PNG\r\n\x1a\n"),
            Err(ReadError::Binary { .. })
        ));
        assert!(matches!(read(b"abc\0def"), Err(ReadError::Binary { .. })));
        assert!(matches!(read(b""), Err(ReadError::Empty(_))));
        assert!(matches!(read(b" \n\t\r\n"), Err(ReadError::Empty(_))));
    }
}
