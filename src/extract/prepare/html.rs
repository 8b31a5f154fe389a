//! HTML source saved from a seminar page ("Save page as…", "View source"): the markup becomes
//! the lines a browser shows, so that the line classifier reads the page like any listing.
//!
//! Block elements (`p`, `div`, `li`, `h1`–`h6`, `tr`, `br`, …) end a line, and the containers
//! (`div`, `section`, `article`, `ul`, `ol`, `table`, `li`, `tr`) leave a blank line after them;
//! table cells are separated by tabs (the table reader then reads the rows); a list item starts
//! with `- ` and a heading with `#`s, as in Markdown, which the classifier knows; struck text
//! (`del`, `s`, `strike`) is wrapped in `~~`. Comments, scripts, styles, navigation menus,
//! footers and forms are dropped; character references are decoded; runs of white space become
//! one space (except inside `pre`). Every line remembers the source line its text starts on.

use super::Line;

/// Whether `lines` are HTML markup: a document that says so in its first line, or a fragment
/// whose non-blank lines mostly hold block tags.
pub(crate) fn applies(lines: &[&str]) -> bool {
    let first = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty());
    let declared = first.is_some_and(|l| {
        let head = l.get(..l.len().min(14)).unwrap_or(l).to_ascii_lowercase();
        head.starts_with("<!doctype html") || head.starts_with("<html")
    });
    if declared {
        return true;
    }
    let (mut tagged, mut text) = (0usize, 0usize);
    for line in lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(2_000)
    {
        text += 1;
        if memchr::memchr(b'<', line.as_bytes()).is_some() && has_block_tag(line) {
            tagged += 1;
        }
    }
    tagged >= 5 && tagged * 2 >= text
}

/// Whether `line` holds a tag of a block element.
fn has_block_tag(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let name = tag_name(rest.strip_prefix('/').unwrap_or(rest));
        if BLOCKS.contains(&name) || name == "td" || name == "th" || name == "br" {
            return true;
        }
    }
    false
}

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "thead",
    "tbody",
    "section",
    "article",
    "header",
    "main",
    "aside",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "hr",
    "title",
    "body",
    "details",
    "summary",
];

/// Elements after which a blank line separates what follows.
/// (Not `tr`: the rows of a table stay together, for the table reader.)
const CONTAINERS: &[&str] = &[
    "div", "section", "article", "ul", "ol", "dl", "table", "li", "hr", "title", "header",
];

/// Elements whose content is no text of the page.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button", "select",
    "iframe",
];

/// The element name at the start of `s` (after `<` or `</`), in ASCII lower case as written.
fn tag_name(s: &str) -> &str {
    let end = s
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    &s[..end]
}

/// The lines a browser would show for `lines`.
pub(crate) fn text_lines(lines: &[&str]) -> Vec<Line<'static>> {
    let mut reader = Reader::default();
    let source = lines.join("\n");
    // the byte offset where each source line starts
    let mut starts = Vec::with_capacity(lines.len());
    let mut offset = 0;
    for line in lines {
        starts.push(offset);
        offset += line.len() + 1;
    }
    let line_of = |at: usize| starts.partition_point(|&s| s <= at).max(1);
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < source.len() {
        let rest = &source[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(source.len(), |end| i + end + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            // a declaration (<!DOCTYPE html>) or processing instruction
            i = rest.find('>').map_or(source.len(), |end| i + end + 1);
            continue;
        }
        if bytes[i] == b'<' {
            let after = &rest[1..];
            let closing = after.starts_with('/');
            let name = tag_name(after.strip_prefix('/').unwrap_or(after)).to_ascii_lowercase();
            let end = rest.find('>');
            if name.is_empty() || end.is_none() {
                // a lone "<" is text
                reader.text("<", line_of(i));
                i += 1;
                continue;
            }
            i += end.map_or(rest.len(), |e| e + 1);
            if !closing && DROPPED.contains(&name.as_str()) {
                // skip to the end of the element
                let close = format!("</{name}");
                let lower_rest = source[i..].to_ascii_lowercase();
                i = match lower_rest.find(&close) {
                    Some(at) => {
                        let at = i + at;
                        source[at..].find('>').map_or(source.len(), |e| at + e + 1)
                    }
                    None => source.len(),
                };
                continue;
            }
            reader.tag(&name, closing);
            continue;
        }
        if bytes[i] == b'&' {
            if let Some((text, used)) = entity(rest) {
                reader.text(&text, line_of(i));
                i += used;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        let mut buf = [0u8; 4];
        reader.text(c.encode_utf8(&mut buf), line_of(i));
        i += c.len_utf8();
    }
    reader.end_line();
    while reader.out.last().is_some_and(|l| l.text.is_empty()) {
        reader.out.pop();
    }
    reader.out
}

/// Builds the shown lines from tags and text.
#[derive(Default)]
struct Reader {
    out: Vec<Line<'static>>,
    line: String,
    /// The source line the current line's text starts on.
    origin: usize,
    /// The current line has text (not only a list marker or heading marks).
    has_text: bool,
    /// Inside `pre`: white space is kept.
    pre: bool,
    /// Cells opened in the current table row.
    cells: usize,
}

impl Reader {
    fn text(&mut self, text: &str, source_line: usize) {
        for c in text.chars() {
            if c == '\n' && self.pre {
                self.end_line();
                continue;
            }
            if c.is_whitespace() && !self.pre {
                if !self.line.is_empty() && !self.line.ends_with([' ', '\t']) {
                    self.line.push(' ');
                }
                continue;
            }
            if !self.has_text {
                self.origin = source_line;
                self.has_text = true;
            }
            self.line.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }

    fn tag(&mut self, name: &str, closing: bool) {
        match name {
            "td" | "th" if !closing => {
                if self.cells > 0 {
                    let kept = self.line.trim_end().len();
                    self.line.truncate(kept);
                    self.line.push('\t');
                }
                self.cells += 1;
            }
            "br" => self.end_line(),
            "del" | "s" | "strike" => {
                let kept = if closing {
                    self.line.trim_end().len()
                } else {
                    self.line.len()
                };
                self.line.truncate(kept);
                self.line.push_str("~~");
            }
            "pre" => {
                self.end_line();
                self.pre = !closing;
            }
            _ if BLOCKS.contains(&name) => {
                self.end_line();
                if name == "tr" {
                    self.cells = 0;
                }
                if closing && CONTAINERS.contains(&name) {
                    self.blank();
                }
                if !closing {
                    if name == "li" {
                        self.line.push_str("- ");
                    } else if let Some(level) = name.strip_prefix('h').and_then(|d| d.parse().ok())
                    {
                        self.line.push_str(&"#".repeat(level));
                        self.line.push(' ');
                    }
                }
                if name == "hr" {
                    self.blank();
                }
            }
            _ => {}
        }
    }

    /// Ends the current line; a line with no text (a bare list marker) is left out.
    fn end_line(&mut self) {
        let text = self.line.trim();
        let bare = text.is_empty() || text == "-" || text.trim_start_matches('#').is_empty();
        if !bare {
            self.out
                .push(Line::new(text.to_owned(), self.origin.max(1)));
        }
        self.line.clear();
        self.has_text = false;
    }

    /// A blank line, unless the last one is blank already.
    fn blank(&mut self) {
        if self.out.last().is_some_and(|l| !l.text.is_empty()) {
            let origin = self.out.last().map_or(1, |l| l.origin);
            self.out.push(Line::new(String::new(), origin));
        }
    }
}

/// The character reference at the start of `s` ("&amp;", "&#233;", "&#x2014;") and its
/// length; `None` when `s` starts with a bare `&`.
pub(crate) fn entity(s: &str) -> Option<(String, usize)> {
    // (bytes: the twelfth may fall inside a letter, "&amp; Fundaç…")
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let text = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code)?.to_string()
    } else {
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "laquo" => '«',
            "raquo" => '»',
            "middot" => '·',
            "bull" => '•',
            "eacute" => 'é',
            "egrave" => 'è',
            "ecirc" => 'ê',
            "aacute" => 'á',
            "agrave" => 'à',
            "acirc" => 'â',
            "iacute" => 'í',
            "oacute" => 'ó',
            "ocirc" => 'ô',
            "uacute" => 'ú',
            "ccedil" => 'ç',
            "ntilde" => 'ñ',
            "auml" => 'ä',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "Auml" => 'Ä',
            "Ouml" => 'Ö',
            "Uuml" => 'Ü',
            "Eacute" => 'É',
            "szlig" => 'ß',
            "oslash" => 'ø',
            "Oslash" => 'Ø',
            "aring" => 'å',
            "Aring" => 'Å',
            "aelig" => 'æ',
            "copy" => '©',
            "reg" => '®',
            "trade" => '™',
            _ => return None,
        };
        c.to_string()
    };
    Some((text, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(html: &str) -> Vec<(String, usize)> {
        let lines: Vec<&str> = html.split('\n').collect();
        text_lines(&lines)
            .into_iter()
            .map(|l| (l.text.into_owned(), l.origin))
            .collect()
    }

    #[test]
    fn markup_becomes_the_lines_a_browser_shows() {
        let html = "<!DOCTYPE html>\n<html><head><title>Talks</title>\n<script>var x = '<p>no</p>';</script>\n<style>p { color: red }</style></head>\n<body><nav><a href=/>Home</a></nav>\n<h2>Spring&nbsp;2024</h2>\n<ul>\n  <li><strong>Sparse   Models &amp; Priors</strong><br>\n  Ana L&oacute;pez (ETH Z&uuml;rich)</li>\n  <!-- <li>Draft talk</li> -->\n  <li><del>Cancelled Talk</del> &#8212; Bo Li</li>\n</ul>\n<table><tr><th>Date</th><th>Speaker</th></tr>\n<tr><td>3 May</td><td>Jane Doe, MIT</td></tr></table>\n<footer>&copy; 2024</footer></body></html>";
        let lines = shown(html);
        let texts: Vec<&str> = lines.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Talks",
                "",
                "## Spring 2024",
                "- Sparse Models & Priors",
                "Ana López (ETH Zürich)",
                "",
                "- ~~Cancelled Talk~~ — Bo Li",
                "",
                "Date\tSpeaker",
                "3 May\tJane Doe, MIT",
            ],
            "{lines:?}"
        );
        // each line remembers where its text starts
        let origin = |t: &str| lines.iter().find(|(x, _)| x == t).map(|(_, n)| *n);
        assert_eq!(origin("- Sparse Models & Priors"), Some(8));
        assert_eq!(origin("Ana López (ETH Zürich)"), Some(9));
        assert_eq!(origin("3 May\tJane Doe, MIT"), Some(14));
    }

    #[test]
    fn only_markup_is_read_as_html() {
        assert!(applies(&["<!doctype html>", "<p>x</p>"]));
        assert!(applies(&[
            "<div class=talk>",
            "<h3>A</h3>",
            "<p>B</p>",
            "</div>",
            "<div>",
            "<h3>C</h3>"
        ]));
        // a Markdown listing with a line break tag here and there is no HTML page
        assert!(!applies(&[
            "# Talks",
            "Title one<br>",
            "Jane Doe, MIT",
            "Title two",
            "John Roe, CMU",
            "Title three",
            "Ann Poe, UCL",
        ]));
        assert_eq!(entity("&amp;x"), Some(("&".into(), 5)));
        assert_eq!(entity("&#x2014;"), Some(("—".into(), 8)));
        assert_eq!(entity("& more"), None);
        // a letter of two bytes across the twelfth byte
        assert_eq!(entity("&amp; Fundação"), Some(("&".into(), 5)));
        assert_eq!(entity("&amp;ééééééé"), Some(("&".into(), 5)));
    }
}
