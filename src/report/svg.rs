//! The pictures of the report as inline SVG: the network drawings ([`network`]) and the bar
//! charts ([`bar_chart`]).
//!
//! Every picture has `role="img"`, a `<title>` and a `<desc>` that says in words what it
//! shows; every text goes through [`escape`]. Sizes are in `viewBox` units, so the page's
//! CSS (`width: 100%`) scales a picture to any screen. Colours come from the page's CSS
//! classes `c0` … `c7`; shape (circle, square) tells node kinds apart, and bars carry their
//! value as text, so colour is never the only cue.

use std::fmt::Write;

use crate::network::NodeKind;

use super::html::{escape, truncate};

/// Community colours (Okabe and Ito's colour-blind-safe set); the last is "other".
pub const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#9A9A9A",
];

/// The colour class of nodes in no coloured community.
pub const OTHER: usize = PALETTE.len() - 1;

/// A node as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnNode {
    pub label: String,
    pub kind: NodeKind,
    /// Sets the size.
    pub degree: usize,
    /// Index into [`PALETTE`].
    pub colour: usize,
    /// The tooltip (`<title>`).
    pub tooltip: String,
    /// Whether the label is written beside the node.
    pub labelled: bool,
}

/// An edge as drawn: node indices, weight (sets the width), optional tooltip.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawnEdge {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
    pub tooltip: Option<String>,
}

/// The frame of a picture and its words.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    /// The `id` of the `<svg>` (and, suffixed, of its title and description).
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub width: f64,
    pub height: f64,
}

/// The radius of a node of this degree, in viewBox units.
pub fn radius(degree: usize) -> f64 {
    (3.5 + 2.2 * (degree as f64).sqrt()).min(18.0)
}

/// Draws a network: edges, then nodes (circles for people, squares for institutions) each
/// with a `<title>` tooltip, then the labels on top.
///
/// `points` has one position per node, inside the frame (see [`super::layout`]).
pub fn network(
    frame: &Frame<'_>,
    nodes: &[DrawnNode],
    edges: &[DrawnEdge],
    points: &[[f64; 2]],
) -> String {
    let mut s = open(frame, &[("data-nodes", nodes.len().to_string())]);
    s.push_str("<g class=\"edges\">");
    for e in edges {
        let (Some(p), Some(q)) = (points.get(e.a), points.get(e.b)) else {
            continue;
        };
        let width = 0.8 + e.weight.max(1.0).log2();
        let _ = write!(
            s,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke-width=\"{width:.1}\">",
            p[0], p[1], q[0], q[1]
        );
        if let Some(t) = &e.tooltip {
            let _ = write!(s, "<title>{}</title>", escape(t));
        }
        s.push_str("</line>");
    }
    s.push_str("</g><g class=\"nodes\">");
    for (n, p) in nodes.iter().zip(points) {
        let r = radius(n.degree);
        let _ = write!(
            s,
            "<g class=\"node {} c{}\"><title>{}</title>",
            n.kind.as_str(),
            n.colour.min(OTHER),
            escape(&n.tooltip)
        );
        match n.kind {
            NodeKind::Person => {
                let _ = write!(
                    s,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r:.1}\"/>",
                    p[0], p[1]
                );
            }
            NodeKind::Institution => {
                // a square of the circle's area
                let half = r * std::f64::consts::PI.sqrt() / 2.0;
                let _ = write!(
                    s,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"1.5\"/>",
                    p[0] - half,
                    p[1] - half,
                    2.0 * half,
                    2.0 * half
                );
            }
        }
        s.push_str("</g>");
    }
    s.push_str("</g><g class=\"labels\" aria-hidden=\"true\">");
    for (n, p) in nodes.iter().zip(points).filter(|(n, _)| n.labelled) {
        let r = radius(n.degree);
        let right = p[0] > frame.width * 0.75;
        let (x, anchor) = if right {
            (p[0] - r - 3.0, " text-anchor=\"end\"")
        } else {
            (p[0] + r + 3.0, "")
        };
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{:.1}\"{anchor}>{}</text>",
            p[1] + 4.0,
            escape(&truncate(&n.label, 32))
        );
    }
    s.push_str("</g></svg>");
    s
}

/// Left column of a bar chart (labels), in viewBox units.
const LABEL_WIDTH: f64 = 300.0;
/// Longest bar.
const BAR_WIDTH: f64 = 420.0;
const ROW: f64 = 24.0;

/// A horizontal bar chart: one row per `(label, value)`, in the order given; each bar has its
/// value written after it and a tooltip with the full label.
pub fn bar_chart(id: &str, title: &str, bars: &[(String, u64)]) -> String {
    let description = if bars.is_empty() {
        "No data.".to_owned()
    } else {
        bars.iter()
            .map(|(l, v)| format!("{l}: {v}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let frame = Frame {
        id,
        title,
        description: &description,
        width: LABEL_WIDTH + BAR_WIDTH + 60.0,
        height: ROW * bars.len().max(1) as f64 + 8.0,
    };
    let mut s = open(&frame, &[("data-bars", bars.len().to_string())]);
    let max = bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f64;
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let w = BAR_WIDTH * *value as f64 / max;
        let _ = write!(
            s,
            "<g class=\"bar\"><title>{}: {value}</title>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\
             <rect x=\"{LABEL_WIDTH:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\"/>\
             <text class=\"value\" x=\"{:.1}\" y=\"{:.1}\">{value}</text></g>",
            escape(label),
            LABEL_WIDTH - 8.0,
            y + ROW * 0.65,
            escape(&truncate(label, 40)),
            y + 3.0,
            ROW - 6.0,
            LABEL_WIDTH + w + 6.0,
            y + ROW * 0.65,
        );
    }
    s.push_str("</svg>");
    s
}

/// The opening of a picture: `<svg>` with its viewBox, role, title and description.
fn open(frame: &Frame<'_>, data: &[(&str, String)]) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:.0} {h:.0}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"",
        id = escape(frame.id),
        w = frame.width,
        h = frame.height
    );
    for (k, v) in data {
        let _ = write!(s, " {k}=\"{}\"", escape(v));
    }
    let _ = write!(
        s,
        "><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(frame.title),
        escape(frame.description),
        id = escape(frame.id)
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn bar_chart_has_one_bar_per_row_scaled_to_the_largest() {
        let bars = vec![
            ("Caltech".to_owned(), 4),
            ("TILOS & UC San Diego".to_owned(), 2),
            ("<script>".to_owned(), 1),
        ];
        let svg = bar_chart("talks", "Talks per institution", &bars);
        assert_eq!(count(&svg, "<g class=\"bar\">"), 3);
        assert!(svg.contains("width=\"420.0\""), "{svg}");
        assert!(svg.contains("width=\"210.0\""), "{svg}");
        assert!(svg.contains("width=\"105.0\""), "{svg}");
        // labels escaped, values written as text, alt text lists the data
        assert!(svg.contains("TILOS &amp; UC San Diego"));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains(">4</text>"));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<desc id=\"talks-desc\">Caltech: 4; TILOS &amp; UC San Diego: 2;"));
        roxmltree::Document::parse(&svg).unwrap();
    }

    #[test]
    fn empty_bar_chart_says_so() {
        let svg = bar_chart("t", "Nothing", &[]);
        assert_eq!(count(&svg, "class=\"bar\""), 0);
        assert!(svg.contains("No data."));
    }

    #[test]
    fn network_draws_every_node_with_a_tooltip() {
        let node = |label: &str, kind, labelled| DrawnNode {
            label: label.to_owned(),
            kind,
            degree: 2,
            colour: 9,
            tooltip: format!("{label} \"tip\""),
            labelled,
        };
        let nodes = [
            node("Ada <Lovelace>", NodeKind::Person, true),
            node("Q&A Institute 🎓", NodeKind::Institution, false),
        ];
        let edges = [DrawnEdge {
            a: 0,
            b: 1,
            weight: 1.0,
            tooltip: Some("tie".into()),
        }];
        let frame = Frame {
            id: "net",
            title: "A network",
            description: "Two nodes.",
            width: 100.0,
            height: 100.0,
        };
        let svg = network(&frame, &nodes, &edges, &[[10.0, 10.0], [90.0, 90.0]]);
        assert_eq!(count(&svg, "<g class=\"node "), 2);
        assert_eq!(count(&svg, "<circle"), 1);
        assert_eq!(count(&svg, "<rect"), 1);
        // two node tooltips and one edge tooltip, besides the picture's own title
        assert_eq!(count(&svg, "<title>"), 3);
        assert!(
            svg.contains("class=\"node person c7\""),
            "colour clamped: {svg}"
        );
        assert!(svg.contains("Ada &lt;Lovelace&gt;"));
        assert!(svg.contains("Q&amp;A Institute 🎓 &quot;tip&quot;"));
        assert!(svg.contains("data-nodes=\"2\""));
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
    }
}
