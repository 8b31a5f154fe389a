//! Content negotiation: an `Accept` header to the result formats a client takes, best first.

use crate::query::ResultFormat;

/// The media type each format is sent as.
pub fn media_type(format: ResultFormat) -> &'static str {
    match format {
        ResultFormat::Json => "application/sparql-results+json",
        ResultFormat::Xml => "application/sparql-results+xml",
        ResultFormat::Csv => "text/csv; charset=utf-8",
        ResultFormat::Tsv => "text/tab-separated-values; charset=utf-8",
        ResultFormat::Turtle => "text/turtle",
        ResultFormat::NTriples => "application/n-triples",
        ResultFormat::RdfXml => "application/rdf+xml",
        ResultFormat::JsonLd => "application/ld+json",
        ResultFormat::Table => "text/plain; charset=utf-8",
    }
}

/// What a client accepts when it says nothing (or `*/*`): JSON results, Turtle graphs.
pub const DEFAULT: &[ResultFormat] = &[ResultFormat::Json, ResultFormat::Turtle];

/// The formats one media range stands for, in the order they are tried. A range names a
/// format for solutions and one for graphs where one type is used for both (`application/json`,
/// `application/xml`), so the query's kind picks.
fn formats(range: &str) -> &'static [ResultFormat] {
    use ResultFormat::*;
    match range {
        "*/*" => DEFAULT,
        "application/*" => &[Json, NTriples],
        "text/*" => &[Csv, Turtle],
        "application/sparql-results+json" => &[Json],
        "application/json" => &[Json, JsonLd],
        "application/sparql-results+xml" => &[Xml],
        "application/xml" | "text/xml" => &[Xml, RdfXml],
        "text/csv" => &[Csv],
        "text/tab-separated-values" => &[Tsv],
        "text/turtle" | "application/x-turtle" | "application/turtle" => &[Turtle],
        "application/n-triples" | "text/plain" => &[NTriples],
        "application/rdf+xml" => &[RdfXml],
        "application/ld+json" => &[JsonLd],
        _ => &[],
    }
}

/// The formats an `Accept` header asks for, by quality (ties keep the header's order); `None`
/// (no header) means [`DEFAULT`]. Ranges with `q=0` and types talkgraph does not write are
/// left out, so an empty list means nothing acceptable.
pub fn acceptable(accept: Option<&str>) -> Vec<ResultFormat> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return DEFAULT.to_vec();
    };
    let mut ranges: Vec<(u16, usize, &str)> = Vec::new();
    for (index, item) in accept.split(',').enumerate() {
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or("").trim();
        let mut quality = 1000;
        for param in parts {
            if let Some((name, value)) = param.split_once('=') {
                if name.trim().eq_ignore_ascii_case("q") {
                    quality = parse_quality(value.trim());
                }
            }
        }
        if quality > 0 && !range.is_empty() {
            ranges.push((quality, index, range));
        }
    }
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = Vec::new();
    for (_, _, range) in ranges {
        for format in formats(&range.to_ascii_lowercase()) {
            if !out.contains(format) {
                out.push(*format);
            }
        }
    }
    out
}

/// A quality value in thousandths (`0.5` → 500); malformed values count as 0.
fn parse_quality(value: &str) -> u16 {
    let Ok(q) = value.parse::<f32>() else {
        return 0;
    };
    if !(0.0..=1.0).contains(&q) {
        return 0;
    }
    (q * 1000.0).round() as u16
}

/// Whether the client would take HTML (a browser).
pub fn wants_html(accept: Option<&str>) -> bool {
    accept.is_some_and(|a| {
        a.split(',').any(|item| {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                p.split_once('=')
                    .is_some_and(|(n, v)| n.trim() == "q" && parse_quality(v.trim()) == 0)
            });
            range.eq_ignore_ascii_case("text/html") && !refused
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ResultFormat::*;

    #[test]
    fn no_header_or_any_type_gives_json_and_turtle() {
        assert_eq!(acceptable(None), vec![Json, Turtle]);
        assert_eq!(acceptable(Some("*/*")), vec![Json, Turtle]);
        assert_eq!(acceptable(Some("  ")), vec![Json, Turtle]);
    }

    #[test]
    fn quality_orders_and_zero_refuses() {
        assert_eq!(
            acceptable(Some("text/csv;q=0.5, application/sparql-results+xml")),
            vec![Xml, Csv]
        );
        assert_eq!(acceptable(Some("text/csv;q=0, text/turtle")), vec![Turtle]);
        // equal quality keeps the header's order
        assert_eq!(
            acceptable(Some("text/tab-separated-values, text/csv")),
            vec![Tsv, Csv]
        );
    }

    #[test]
    fn shared_types_name_one_format_per_kind() {
        assert_eq!(acceptable(Some("application/json")), vec![Json, JsonLd]);
        assert_eq!(acceptable(Some("application/xml")), vec![Xml, RdfXml]);
    }

    #[test]
    fn unknown_types_leave_nothing_acceptable() {
        assert!(acceptable(Some("image/png")).is_empty());
        assert_eq!(acceptable(Some("image/png, */*;q=0.1")), vec![Json, Turtle]);
    }

    #[test]
    fn browsers_are_recognised() {
        assert!(wants_html(Some(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        )));
        assert!(!wants_html(Some("application/sparql-results+json")));
        assert!(!wants_html(Some("text/html;q=0")));
        assert!(!wants_html(None));
    }
}
