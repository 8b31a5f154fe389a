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
        let width = (0.8 + (e.weight.max(1.0) - 1.0).sqrt()).min(6.0);
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
    for label in place_labels(frame, nodes, points) {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\"{}>{}</text>",
            label.x,
            label.y,
            label.anchor,
            escape(&label.text)
        );
    }
    s.push_str("</g></svg>");
    // Crop empty space above and below the drawing (a small graph is drawn small).
    let (top, bottom) = points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(t, b), p| {
            (t.min(p[1]), b.max(p[1]))
        });
    if top <= bottom {
        let y0 = (top - CROP_MARGIN).max(0.0);
        let y1 = (bottom + CROP_MARGIN)
            .min(frame.height)
            .max(y0 + MIN_HEIGHT);
        if y1 - y0 < frame.height {
            let old = format!("viewBox=\"0 0 {:.0} {:.0}\"", frame.width, frame.height);
            let new = format!("viewBox=\"0 {y0:.0} {:.0} {:.0}\"", frame.width, y1 - y0);
            s = s.replacen(&old, &new, 1);
        }
    }
    s
}

/// Room kept above the highest and below the lowest node when a picture is cropped.
const CROP_MARGIN: f64 = 40.0;
/// The least height a cropped picture keeps.
const MIN_HEIGHT: f64 = 160.0;

/// Label text: its font size and the width of an average character, in viewBox units.
const FONT: f64 = 13.0;
const CHAR_WIDTH: f64 = 7.2;

/// A label as placed.
struct Label {
    x: f64,
    y: f64,
    anchor: &'static str,
    text: String,
}

/// A box `[left, top, right, bottom]`.
type Area = [f64; 4];

fn overlap(a: &Area, b: &Area) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Places the labels of the labelled nodes, best connected first: right of the node, else
/// left, above or below, wherever the text covers no node and no label placed before; failing
/// that, wherever it covers no label (the text's white halo keeps it readable over nodes); a
/// label that fits nowhere is left out (the node keeps its tooltip).
fn place_labels(frame: &Frame<'_>, nodes: &[DrawnNode], points: &[[f64; 2]]) -> Vec<Label> {
    let bodies: Vec<Area> = nodes
        .iter()
        .zip(points)
        .map(|(n, p)| {
            let r = radius(n.degree);
            [p[0] - r, p[1] - r, p[0] + r, p[1] + r]
        })
        .collect();
    let mut order: Vec<usize> = (0..nodes.len().min(points.len()))
        .filter(|&i| nodes[i].labelled)
        .collect();
    order.sort_by(|&a, &b| {
        nodes[b]
            .degree
            .cmp(&nodes[a].degree)
            .then_with(|| nodes[a].label.cmp(&nodes[b].label))
    });
    let mut placed: Vec<Area> = Vec::new();
    let mut labels = Vec::new();
    for i in order {
        let text = truncate(&nodes[i].label, 32).into_owned();
        let spots = spots(frame, points[i], radius(nodes[i].degree), &text);
        let free = |area: &Area, avoid_nodes: bool| {
            area[0] >= 0.0
                && area[2] <= frame.width
                && area[1] >= 0.0
                && area[3] <= frame.height
                && !placed.iter().any(|p| overlap(p, area))
                && !(avoid_nodes
                    && bodies
                        .iter()
                        .enumerate()
                        .any(|(j, b)| j != i && overlap(b, area)))
        };
        let spot = spots
            .iter()
            .find(|c| free(&c.3, true))
            .or_else(|| spots.iter().find(|c| free(&c.3, false)));
        if let Some(&(x, y, anchor, area)) = spot {
            placed.push(area);
            labels.push(Label { x, y, anchor, text });
        }
    }
    labels
}

/// Where a label may go around a node at `p` of radius `r`, in order of preference:
/// `(x, y, anchor attribute, area covered)`.
fn spots(
    frame: &Frame<'_>,
    p: [f64; 2],
    r: f64,
    text: &str,
) -> [(f64, f64, &'static str, Area); 4] {
    let [x, y] = p;
    let w = CHAR_WIDTH * text.chars().count() as f64;
    let h = FONT + 1.0;
    let right = (
        x + r + 3.0,
        y + 4.5,
        "",
        [x + r + 3.0, y - h / 2.0, x + r + 3.0 + w, y + h / 2.0],
    );
    let left = (
        x - r - 3.0,
        y + 4.5,
        " text-anchor=\"end\"",
        [x - r - 3.0 - w, y - h / 2.0, x - r - 3.0, y + h / 2.0],
    );
    // above and below clear both the node and labels beside it
    let bottom = (y - r).min(y - h / 2.0) - 1.0;
    let top = (y + r).max(y + h / 2.0) + 1.0;
    let above = (
        x,
        bottom - 3.0,
        " text-anchor=\"middle\"",
        [x - w / 2.0, bottom - h, x + w / 2.0, bottom],
    );
    let below = (
        x,
        top + FONT - 2.0,
        " text-anchor=\"middle\"",
        [x - w / 2.0, top, x + w / 2.0, top + h],
    );
    if x > frame.width * 0.7 {
        [left, right, above, below]
    } else {
        [right, left, above, below]
    }
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
    fn labels_do_not_overlap() {
        // three labelled nodes on one spot: three labels, in three different places
        let nodes: Vec<DrawnNode> = ["Alpha", "Beta", "Gamma"]
            .iter()
            .map(|l| DrawnNode {
                label: (*l).to_owned(),
                kind: NodeKind::Person,
                degree: 1,
                colour: 0,
                tooltip: (*l).to_owned(),
                labelled: true,
            })
            .collect();
        let frame = Frame {
            id: "n",
            title: "t",
            description: "d",
            width: 400.0,
            height: 400.0,
        };
        let points = [[200.0, 200.0]; 3];
        let labels = place_labels(&frame, &nodes, &points);
        assert_eq!(labels.len(), 3);
        let mut spots: Vec<String> = labels
            .iter()
            .map(|l| format!("{:.1} {:.1} {}", l.x, l.y, l.anchor))
            .collect();
        spots.dedup();
        assert_eq!(spots.len(), 3, "{spots:?}");
        // a label that fits nowhere is left out
        let cramped = Frame {
            width: 20.0,
            height: 20.0,
            ..frame
        };
        assert!(place_labels(&cramped, &nodes, &[[10.0, 10.0]; 3]).is_empty());
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
