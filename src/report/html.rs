//! HTML pieces of the report: escaping ([`escape`]), the style sheet, headline cards and
//! tables.
//!
//! The page is written as polyglot markup — HTML5 that is also well-formed XML (void elements
//! closed, no named entities but the XML five) — so an XML parser can check it.

use std::borrow::Cow;
use std::fmt::Write;

use super::svg::PALETTE;

/// Escapes text for HTML and XML, in element content and in quoted attributes: `&`, `<`, `>`,
/// `"` and `'` become references, and control characters XML forbids become U+FFFD.
///
/// # Example
///
/// ```
/// use talkgraph::report::escape;
///
/// assert_eq!(escape("Q&A <b>\"x\"</b>"), "Q&amp;A &lt;b&gt;&quot;x&quot;&lt;/b&gt;");
/// assert_eq!(escape("Zoë 🎓"), "Zoë 🎓");
/// ```
pub fn escape(text: &str) -> Cow<'_, str> {
    let special = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'') || forbidden(c);
    if !text.contains(special) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Characters XML 1.0 does not allow in a document (C0 controls but tab and line ends, and
/// the non-characters U+FFFE, U+FFFF).
fn forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// `text` cut to at most `max` characters, with "…" when cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    Cow::Owned(format!("{}…", cut.trim_end()))
}

/// The style sheet: one column up to 1200 px, cards that wrap, pictures at full width,
/// tables that scroll sideways on a narrow screen.
pub fn style() -> String {
    let mut css = String::from(
        ":root{--fg:#1b1b1f;--muted:#52525b;--line:#d4d4d8;--soft:#f4f6f8;--accent:#0b5f99}\
         *{box-sizing:border-box}\
         body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;\
         color:var(--fg);background:#fff}\
         header,main,footer{max-width:1200px;margin:0 auto;padding:0 1rem}\
         h1{font-size:1.8rem;margin:1.2rem 0 .2rem;line-height:1.2}\
         h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;\
         border-bottom:2px solid var(--line)}\
         h3{font-size:1.1rem;margin:1.4rem 0 .4rem}\
         p.lead{color:var(--muted);margin:.2rem 0 .8rem}\
         nav ul{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;margin:.5rem 0;list-style:none}\
         a{color:var(--accent)}\
         .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.75rem;margin:0}\
         .cards div{border:1px solid var(--line);border-radius:.5rem;padding:.6rem .8rem}\
         .cards dt{font-size:.85rem;color:var(--muted)}\
         .cards dd{margin:0;font-size:1.6rem;font-weight:600;overflow-wrap:anywhere}\
         .cards dd.sub{font-size:.85rem;font-weight:400;color:var(--muted)}\
         .cards dd.when{font-size:1.05rem}\
         figure{margin:1rem 0}\
         svg{display:block;width:100%;height:auto}\
         figure>svg,.pan{border:1px solid var(--line);border-radius:.5rem;background:#fcfcfd}\
         .pan{overflow-x:auto}\
         .pan>svg{min-width:640px}\
         figcaption{color:var(--muted);font-size:.9rem;margin-top:.3rem}\
         .edges line{stroke:#7c7c86;stroke-opacity:.6}\
         .node circle,.node rect{stroke:#1b1b1f;stroke-width:1}\
         .labels text{font-size:13px;fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;\
         stroke-linejoin:round}\
         .bar rect{fill:var(--accent)}\
         .bar text{font-size:13px;fill:#111}\
         .bar text.value{font-weight:600}\
         ul.legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;\
         gap:.25rem 1.2rem;font-size:.9rem}\
         ul.legend svg{display:inline-block;width:1em;height:1em;vertical-align:-.15em;margin-right:.3em}\
         .scroll{overflow-x:auto;margin:.5rem 0}\
         table{border-collapse:collapse;min-width:100%;font-size:.95rem}\
         caption{text-align:left;font-weight:600;padding:.3rem 0}\
         th,td{text-align:left;vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #e4e4e7}\
         thead th{border-bottom:2px solid var(--line);white-space:nowrap}\
         tbody th[scope=rowgroup]{background:var(--soft)}\
         tbody th[scope=row]{font-weight:500}\
         .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\
         .note{color:var(--muted);font-size:.9rem}\
         footer{color:var(--muted);font-size:.85rem;margin-top:2.5rem;padding-bottom:2rem}\
         @media (max-width:600px){body{font-size:15px}h1{font-size:1.45rem}.cards dd{font-size:1.3rem}\
         th,td{padding:.25rem .4rem}}",
    );
    for (i, colour) in PALETTE.iter().enumerate() {
        let _ = write!(css, ".c{i}{{fill:{colour}}}");
    }
    css
}

/// One headline number: label, value, and an optional line under it.
pub struct Card<'a> {
    pub label: &'a str,
    pub value: String,
    pub sub: Option<String>,
    /// A smaller value (dates).
    pub small: bool,
}

/// The headline numbers as a definition list of cards.
pub fn cards(out: &mut String, cards: &[Card<'_>]) {
    out.push_str("<dl class=\"cards\">");
    for c in cards {
        let _ = write!(
            out,
            "<div><dt>{}</dt><dd{}>{}</dd>",
            escape(c.label),
            if c.small { " class=\"when\"" } else { "" },
            escape(&c.value)
        );
        if let Some(sub) = &c.sub {
            let _ = write!(out, "<dd class=\"sub\">{}</dd>", escape(sub));
        }
        out.push_str("</div>");
    }
    out.push_str("</dl>");
}

/// A column of a table.
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    pub header: &'a str,
    /// Right-aligned, tabular figures.
    pub numeric: bool,
}

/// A table's rows under an optional group heading (a series, a session).
pub struct Group {
    pub heading: Option<String>,
    pub rows: Vec<Vec<String>>,
}

/// A table in a sideways-scrolling box: caption, `<th scope="col">` headers, the first cell
/// of each row a `<th scope="row">`, group headings as `<th scope="rowgroup">`. With no
/// rows, `empty` is written instead.
pub fn table(
    out: &mut String,
    caption: &str,
    columns: &[Column<'_>],
    groups: &[Group],
    empty: &str,
) {
    if groups.iter().all(|g| g.rows.is_empty()) {
        let _ = write!(out, "<p class=\"note\">{}</p>", escape(empty));
        return;
    }
    let _ = write!(
        out,
        "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table><caption>{}</caption><thead><tr>",
        escape(caption),
        escape(caption)
    );
    for c in columns {
        let _ = write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            if c.numeric { " class=\"num\"" } else { "" },
            escape(c.header)
        );
    }
    out.push_str("</tr></thead>");
    for g in groups {
        out.push_str("<tbody>");
        if let Some(h) = &g.heading {
            let _ = write!(
                out,
                "<tr><th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>",
                columns.len(),
                escape(h)
            );
        }
        for row in &g.rows {
            out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let numeric = columns.get(i).is_some_and(|c| c.numeric);
                let class = if numeric { " class=\"num\"" } else { "" };
                if i == 0 {
                    let _ = write!(out, "<th scope=\"row\"{class}>{}</th>", escape(cell));
                } else {
                    let _ = write!(out, "<td{class}>{}</td>", escape(cell));
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
    }
    out.push_str("</table></div>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_quotes_and_controls() {
        assert_eq!(escape("plain"), "plain");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(
            escape("<a href='x'>&amp;</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(escape("\"quoted\""), "&quot;quoted&quot;");
        assert_eq!(escape("bell\u{7}tab\tend"), "bell\u{FFFD}tab\tend");
        assert_eq!(escape("Zoë 🎓 東京"), "Zoë 🎓 東京");
    }

    #[test]
    fn truncate_counts_characters() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("🎓🎓🎓🎓", 3), "🎓🎓…");
        assert_eq!(truncate("Universität Tübingen", 12), "Universität…");
    }

    #[test]
    fn table_has_scoped_headers_and_escapes_cells() {
        let mut out = String::new();
        let columns = [
            Column {
                header: "Speaker",
                numeric: false,
            },
            Column {
                header: "Talks",
                numeric: true,
            },
        ];
        let groups = [Group {
            heading: Some("Series <1>".into()),
            rows: vec![vec!["O'Brien & Co".into(), "3".into()]],
        }];
        table(&mut out, "People", &columns, &groups, "None.");
        assert!(out.contains("<th scope=\"col\">Speaker</th>"));
        assert!(out.contains("<th scope=\"col\" class=\"num\">Talks</th>"));
        assert!(out.contains("<th scope=\"rowgroup\" colspan=\"2\">Series &lt;1&gt;</th>"));
        assert!(out.contains("<th scope=\"row\">O&#39;Brien &amp; Co</th><td class=\"num\">3</td>"));
        assert!(roxmltree::Document::parse(&out).is_ok(), "{out}");

        let mut empty = String::new();
        table(&mut empty, "People", &columns, &[], "No people.");
        assert_eq!(empty, "<p class=\"note\">No people.</p>");
    }

    #[test]
    fn style_has_no_markup_characters() {
        let css = style();
        assert!(!css.contains('<') && !css.contains('&'), "{css}");
        assert!(css.contains(".c7{fill:#9A9A9A}"));
    }
}
