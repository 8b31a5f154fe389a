//! `talkgraph report`: the whole store as one self-contained HTML page.
//!
//! The entry point is [`render`]. It reads the store (the headline counts of
//! [`Summary`], each graph's provenance, the named queries of `queries/`, and the
//! speaker–institution [`Network`]) and writes one HTML file with inline CSS and inline SVG:
//! no script, no font, no image is fetched, so the page opens offline and can be mailed.
//!
//! The page holds, in order: the headline numbers (with the build time recorded in the
//! graphs' provenance); a force-directed drawing of the speaker–institution network
//! ([`layout`], coloured by label-propagation community, sized by degree); the institution
//! co-affiliation graph; bar charts of talks per institution and per topic ([`svg`]); and
//! tables of series and sessions in order, institutions tied by shared speakers, speakers with
//! several affiliations, unresolved institutions, and the sources.
//!
//! Large stores stay bounded: a picture lays out at most [`ReportOptions::max_nodes`] nodes
//! (whole components, largest first, then the best-connected nodes of the component that does
//! not fit) and says so in its caption; tables stop at [`ReportOptions::max_rows`] rows.
//!
//! The output depends only on the store and the options (the layout is seeded), so the same
//! store gives byte-identical pages.
//!
//! # Example
//!
//! ```
//! use talkgraph::build::{build, BuildOptions};
//! use talkgraph::extract::Extractor;
//! use talkgraph::read::Source;
//! use talkgraph::report::{render, ReportOptions};
//! use talkgraph::store::GraphStore;
//!
//! let store = GraphStore::memory()?;
//! let listing = "Linear Bregman Divergence Control\nBabak Hassibi, Caltech\n";
//! let source = Source::from_text("talks.txt", listing);
//! build(&store, &Extractor::new()?, &[source], &BuildOptions::default(), &mut |_| {})?;
//! let html = render(&store, &ReportOptions::default())?;
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains("Babak Hassibi"));
//! # Result::<_, Box<dyn std::error::Error>>::Ok(())
//! ```

mod html;
pub mod layout;
pub mod svg;

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::network::stats;
use crate::network::{Graph, Network, NetworkError, NodeKind, Scope};
use crate::store::{GraphStore, StoreError};
use crate::summary::{Summary, SummaryError};

pub use html::escape;
use html::{Card, Column, Group};
use layout::LayoutOptions;
use svg::{DrawnEdge, DrawnNode, Frame, OTHER};

/// What the report shows and how much of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// The page's heading.
    pub title: String,
    /// Most nodes laid out in each network picture.
    pub max_nodes: usize,
    /// Nodes named beside them in a picture (the best connected); all have a tooltip.
    pub labels: usize,
    /// Bars in each chart.
    pub bars: usize,
    /// Most rows in each table.
    pub max_rows: usize,
    /// Steps of the force-directed layout.
    pub iterations: usize,
    /// Seed of the layout.
    pub seed: u64,
}

impl Default for ReportOptions {
    fn default() -> Self {
        Self {
            title: "Recorded talks".to_owned(),
            max_nodes: 500,
            labels: 20,
            bars: 20,
            max_rows: 500,
            iterations: 300,
            seed: 1,
        }
    }
}

/// Reading the store for the report failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Summary(#[from] SummaryError),
    #[error(transparent)]
    Network(#[from] NetworkError),
    #[error("the {name} query failed: {message}")]
    Query { name: &'static str, message: String },
}

/// Writes the report of `store` as one HTML page.
///
/// # Errors
///
/// When the store cannot be read or one of the named queries fails.
pub fn render(store: &GraphStore, options: &ReportOptions) -> Result<String, ReportError> {
    let data = Data::gather(store)?;
    Ok(page(&data, options))
}

type Rows = Vec<Vec<Option<String>>>;

/// Everything the page shows, read from the store.
struct Data {
    summary: Summary,
    /// Rows `[graph, source name, derived from, built at]` of the graphs that name a source.
    graphs: Rows,
    network: Network,
    by_institution: Rows,
    by_topic: Rows,
    series: Rows,
    sessions: Rows,
    unresolved: Rows,
    /// Rows `[source, line, message]`.
    warnings: Rows,
}

impl Data {
    fn gather(store: &GraphStore) -> Result<Self, ReportError> {
        Ok(Self {
            summary: Summary::of_store(store)?,
            graphs: select(store, "provenance", PROVENANCE)?,
            network: Network::from_store_without_speaker_projection(store, &Scope::default())?,
            by_institution: named(store, "institutions-by-talks")?,
            by_topic: named(store, "topics-by-frequency")?,
            series: named(store, "series-in-order")?,
            sessions: named(store, "session-segments")?,
            unresolved: named(store, "unresolved-institutions")?,
            warnings: named(store, "extraction-warnings")?,
        })
    }
}

/// Each graph's source and build time, from the provenance its graph node records. (Not
/// [`GraphStore::graphs`], which also counts every graph's triples: 6 s of a 7 s report on a
/// 100,000-talk store.)
const PROVENANCE: &str = "\
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX tg: <https://w3id.org/talkgraph/ontology#>
SELECT ?graph (MIN(?n) AS ?name) (MIN(STR(?from)) AS ?source) (MAX(STR(?t)) AS ?built)
WHERE {
  GRAPH ?graph {
    ?graph tg:sourceName|prov:wasDerivedFrom ?any .
    OPTIONAL { ?graph tg:sourceName ?n }
    OPTIONAL { ?graph prov:wasDerivedFrom ?from }
    OPTIONAL { ?graph prov:generatedAtTime ?t }
  }
}
GROUP BY ?graph
ORDER BY ?graph";

/// The rows of a query of `queries/`.
fn named(store: &GraphStore, name: &'static str) -> Result<Rows, ReportError> {
    let text = crate::query::named(name).ok_or_else(|| ReportError::Query {
        name,
        message: "no such query".into(),
    })?;
    select(store, name, text)
}

fn select(store: &GraphStore, name: &'static str, text: &str) -> Result<Rows, ReportError> {
    store
        .select(text)
        .map_err(|message| ReportError::Query { name, message })
}

fn cell(row: &[Option<String>], i: usize) -> &str {
    row.get(i).and_then(|v| v.as_deref()).unwrap_or("")
}

fn count(row: &[Option<String>], i: usize) -> u64 {
    cell(row, i).parse().unwrap_or(0)
}

/// 12345 → "12,345".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        thousands(n as u64),
        if n == 1 { one } else { many }
    )
}

/// `2026-11-29T07:02:28Z` → `2026-11-29 07:02 UTC`; other text as it is.
fn when(date_time: &str) -> String {
    match (date_time.get(..10), date_time.get(11..16)) {
        (Some(day), Some(time)) if date_time.as_bytes().get(10) == Some(&b'T') => {
            let zone = if date_time.ends_with('Z') { " UTC" } else { "" };
            format!("{day} {time}{zone}")
        }
        _ => date_time.to_owned(),
    }
}

/// An `xsd:duration` of hours, minutes and seconds (`PT1H2M3S`) as `1:02:03`; other text as
/// it is.
fn clock(duration: &str) -> String {
    let Some(rest) = duration.strip_prefix("PT") else {
        return duration.to_owned();
    };
    let mut seconds = 0.0;
    let mut number = String::new();
    for c in rest.chars() {
        let unit = match c {
            'H' => 3600.0,
            'M' => 60.0,
            'S' => 1.0,
            _ => {
                number.push(c);
                continue;
            }
        };
        match number.parse::<f64>() {
            Ok(n) => seconds += n * unit,
            Err(_) => return duration.to_owned(),
        }
        number.clear();
    }
    if !number.is_empty() {
        return duration.to_owned();
    }
    let whole = seconds.round() as u64;
    format!("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60)
}

/// The sections of the page: (anchor, heading).
const SECTIONS: &[(&str, &str)] = &[
    ("numbers", "In numbers"),
    ("network", "Speakers and institutions"),
    ("institutions", "Institutions tied by speakers"),
    ("charts", "Talks per institution and topic"),
    ("series", "Series and sessions"),
    ("ties", "Co-affiliations"),
    ("unresolved", "Unresolved institutions"),
    ("warnings", "Extraction warnings"),
    ("sources", "Sources"),
];

fn heading(out: &mut String, anchor: &str) {
    let title = SECTIONS
        .iter()
        .find(|(a, _)| *a == anchor)
        .map_or(anchor, |(_, t)| t);
    let _ = write!(
        out,
        "<section id=\"{anchor}\" aria-labelledby=\"{anchor}-h\"><h2 id=\"{anchor}-h\">{}</h2>",
        escape(title)
    );
}

fn page(data: &Data, options: &ReportOptions) -> String {
    let mut out = String::with_capacity(1 << 16);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
         <meta name=\"generator\" content=\"talkgraph {}\"/>\
         <title>{} – talkgraph report</title><style>{}</style></head><body>",
        env!("CARGO_PKG_VERSION"),
        escape(&options.title),
        html::style()
    );
    let s = &data.summary;
    let _ = write!(
        out,
        "<header><h1>{}</h1><p class=\"lead\">{} and {} by {} from {}, in {}.</p>\
         <nav aria-label=\"Sections\"><ul>",
        escape(&options.title),
        plural(s.talks as usize, "talk", "talks"),
        plural(s.segments as usize, "segment", "segments"),
        plural(s.speakers as usize, "speaker", "speakers"),
        plural(s.institutions as usize, "institution", "institutions"),
        plural(s.sources as usize, "source", "sources"),
    );
    for (anchor, title) in SECTIONS {
        let _ = write!(out, "<li><a href=\"#{anchor}\">{}</a></li>", escape(title));
    }
    out.push_str("</ul></nav></header><main>");
    numbers(&mut out, data);
    network_section(&mut out, data, options);
    institutions_section(&mut out, data, options);
    charts(&mut out, data, options);
    series(&mut out, data, options);
    ties(&mut out, data, options);
    unresolved(&mut out, data, options);
    warnings(&mut out, data, options);
    sources(&mut out, data, options);
    let _ = write!(
        out,
        "</main><footer><p>Written by talkgraph {} (<code>talkgraph report</code>) from the \
         store alone: the same store gives the same page.</p></footer></body></html>",
        env!("CARGO_PKG_VERSION")
    );
    out.push('\n');
    out
}

fn numbers(out: &mut String, data: &Data) {
    heading(out, "numbers");
    let s = &data.summary;
    let built: Vec<&str> = data
        .graphs
        .iter()
        .map(|g| cell(g, 3))
        .filter(|t| !t.is_empty())
        .collect();
    let latest = built.iter().max().map_or("—".to_owned(), |t| when(t));
    let earliest = built.iter().min().copied();
    let built_sub = match (built.len(), earliest) {
        (0, _) => Some("no build time recorded".to_owned()),
        (1, _) => None,
        (_, Some(first)) if Some(&first) != built.iter().max() => {
            Some(format!("latest; first {}", when(first)))
        }
        _ => None,
    };
    let cards = [
        Card {
            label: "Talks",
            value: thousands(s.talks),
            sub: Some(format!(
                "and {}",
                plural(s.segments as usize, "segment", "segments")
            )),
            small: false,
        },
        Card {
            label: "Speakers",
            value: thousands(s.speakers),
            sub: None,
            small: false,
        },
        Card {
            label: "Institutions",
            value: thousands(s.institutions),
            sub: Some(format!(
                "{} not in the gazetteer",
                thousands(s.unresolved_institutions)
            )),
            small: false,
        },
        Card {
            label: "Series",
            value: thousands(s.series),
            sub: None,
            small: false,
        },
        Card {
            label: "Topics",
            value: thousands(s.topics),
            sub: None,
            small: false,
        },
        Card {
            label: "Sources",
            value: thousands(s.sources),
            sub: None,
            small: false,
        },
        Card {
            label: "Built",
            value: latest,
            sub: built_sub,
            small: true,
        },
    ];
    html::cards(out, &cards);
    out.push_str("</section>");
}

/// Which nodes of `g` a picture shows: among `candidates`, whole components largest first,
/// then by degree, at most `max`; returned in index order.
fn choose(g: &Graph, candidates: &[usize], degree: &[usize], max: usize) -> Vec<usize> {
    let mut component = vec![0usize; g.node_count()];
    for (rank, members) in stats::components(g).iter().enumerate() {
        for &v in members {
            component[v] = rank;
        }
    }
    let mut order = candidates.to_vec();
    order.sort_by(|&a, &b| {
        component[a]
            .cmp(&component[b])
            .then(degree[b].cmp(&degree[a]))
            .then(a.cmp(&b))
    });
    order.truncate(max);
    order.sort_unstable();
    order
}

/// A graph ready to draw: the chosen nodes, their edges, and what the caption needs.
struct Drawing {
    svg: String,
    legend: String,
    drawn: usize,
    candidates: usize,
    edges: usize,
}

/// The tooltip of a node: (node, degree, community number) → text.
type NodeTooltip<'a> = &'a dyn Fn(&crate::network::Node, usize, Option<usize>) -> String;

/// The tooltip of an edge: (label, label, edge) → text.
type EdgeTooltip<'a> = &'a dyn Fn(&str, &str, &crate::network::Edge) -> String;

/// What differs between the two pictures.
struct Spec<'a> {
    id: &'a str,
    title: &'a str,
    /// Only nodes with at least one edge are drawn.
    tied_only: bool,
    tooltip: NodeTooltip<'a>,
    /// Edges have a tooltip only with this.
    edge_tooltip: Option<EdgeTooltip<'a>>,
}

fn draw(g: &Graph, spec: &Spec<'_>, options: &ReportOptions) -> Drawing {
    let degree = degrees(g);
    let candidates: Vec<usize> = (0..g.node_count())
        .filter(|&v| !spec.tied_only || degree[v] > 0)
        .collect();
    let chosen = choose(g, &candidates, &degree, options.max_nodes);
    let communities = stats::communities(g);
    let by_degree = ranked(g, &chosen, &degree);
    let labelled = &by_degree[..options.labels.min(by_degree.len())];
    let nodes = drawn_nodes(g, spec, &chosen, &degree, &communities, labelled);
    let (edges, pairs) = drawn_edges(g, spec, &chosen);
    let layout_options = LayoutOptions {
        iterations: options.iterations,
        seed: options.seed,
        ..LayoutOptions::default()
    };
    let points = layout::layout(nodes.len(), &pairs, &layout_options);
    let people = nodes.iter().filter(|d| d.kind == NodeKind::Person).count();
    let description = describe(
        g,
        &by_degree,
        &degree,
        people,
        nodes.len() - people,
        edges.len(),
    );
    let frame = Frame {
        id: spec.id,
        title: spec.title,
        description: &description,
        width: layout_options.width,
        height: layout_options.height,
    };
    Drawing {
        svg: svg::network(&frame, &nodes, &edges, &points),
        legend: legend(
            g,
            &communities,
            &chosen,
            &degree,
            people,
            nodes.len() - people,
        ),
        drawn: nodes.len(),
        candidates: candidates.len(),
        edges: edges.len(),
    }
}

/// The degree of every node.
fn degrees(g: &Graph) -> Vec<usize> {
    let mut degree = vec![0usize; g.node_count()];
    for e in g.raw_edges() {
        degree[e.source().index()] += 1;
        degree[e.target().index()] += 1;
    }
    degree
}

/// `nodes` best connected first (ties by label).
fn ranked(g: &Graph, nodes: &[usize], degree: &[usize]) -> Vec<usize> {
    let mut order = nodes.to_vec();
    order.sort_by(|&a, &b| {
        degree[b]
            .cmp(&degree[a])
            .then_with(|| g[node(a)].label.cmp(&g[node(b)].label))
    });
    order
}

/// The chosen nodes as drawn: coloured by community (the largest with several nodes get
/// colours, the rest grey), the `labelled` ones named.
fn drawn_nodes(
    g: &Graph,
    spec: &Spec<'_>,
    chosen: &[usize],
    degree: &[usize],
    communities: &[Vec<usize>],
    labelled: &[usize],
) -> Vec<DrawnNode> {
    let mut community = vec![None; g.node_count()];
    for (rank, members) in communities.iter().enumerate() {
        if members.len() > 1 {
            for &v in members {
                community[v] = Some(rank);
            }
        }
    }
    chosen
        .iter()
        .map(|&v| DrawnNode {
            label: g[node(v)].label.clone(),
            kind: g[node(v)].kind,
            degree: degree[v],
            colour: community[v].map_or(OTHER, |c: usize| c.min(OTHER)),
            tooltip: (spec.tooltip)(&g[node(v)], degree[v], community[v].map(|c| c + 1)),
            labelled: labelled.contains(&v),
        })
        .collect()
}

/// The edges between chosen nodes, and the same as index pairs for the layout.
fn drawn_edges(
    g: &Graph,
    spec: &Spec<'_>,
    chosen: &[usize],
) -> (Vec<DrawnEdge>, Vec<(usize, usize)>) {
    let mut new_index = vec![usize::MAX; g.node_count()];
    for (i, &v) in chosen.iter().enumerate() {
        new_index[v] = i;
    }
    let mut edges = Vec::new();
    let mut pairs = Vec::new();
    for e in g.raw_edges() {
        let (a, b) = (new_index[e.source().index()], new_index[e.target().index()]);
        if a == usize::MAX || b == usize::MAX {
            continue;
        }
        pairs.push((a, b));
        edges.push(DrawnEdge {
            a,
            b,
            weight: e.weight.weight,
            tooltip: spec
                .edge_tooltip
                .map(|f| f(&g[e.source()].label, &g[e.target()].label, &e.weight)),
        });
    }
    (edges, pairs)
}

/// A picture's description (its alt text).
fn describe(
    g: &Graph,
    by_degree: &[usize],
    degree: &[usize],
    people: usize,
    institutions: usize,
    edges: usize,
) -> String {
    let best: Vec<String> = by_degree
        .iter()
        .take(5)
        .map(|&v| format!("{} ({})", g[node(v)].label, degree[v]))
        .collect();
    format!(
        "Force-directed drawing of {} (circles) and {} (squares) joined by {}. \
         Best connected: {}.",
        plural(people, "speaker", "speakers"),
        plural(institutions, "institution", "institutions"),
        plural(edges, "edge", "edges"),
        if best.is_empty() {
            "none".to_owned()
        } else {
            best.join(", ")
        }
    )
}

fn node(v: usize) -> petgraph::graph::NodeIndex {
    petgraph::graph::NodeIndex::new(v)
}

/// The key to a picture: shapes for kinds, and each coloured community with its best
/// connected members named.
fn legend(
    g: &Graph,
    communities: &[Vec<usize>],
    chosen: &[usize],
    degree: &[usize],
    people: usize,
    institutions: usize,
) -> String {
    let mut out = String::from("<ul class=\"legend\">");
    let swatch = |shape: &str, class: usize| {
        format!(
            "<svg viewBox=\"0 0 10 10\" aria-hidden=\"true\"><g class=\"c{class}\">{shape}</g></svg>"
        )
    };
    let circle = "<circle cx=\"5\" cy=\"5\" r=\"4\" stroke=\"#1b1b1f\"/>";
    let square = "<rect x=\"1\" y=\"1\" width=\"8\" height=\"8\" rx=\"1\" stroke=\"#1b1b1f\"/>";
    if people > 0 {
        let _ = write!(out, "<li>{}circle: speaker</li>", swatch(circle, OTHER));
    }
    if institutions > 0 {
        let _ = write!(out, "<li>{}square: institution</li>", swatch(square, OTHER));
    }
    let shown: std::collections::BTreeSet<usize> = chosen.iter().copied().collect();
    for (rank, members) in communities.iter().enumerate().take(OTHER) {
        if members.len() < 2 || !members.iter().any(|v| shown.contains(v)) {
            continue;
        }
        let top = ranked(g, members, degree);
        let names: Vec<&str> = top
            .iter()
            .take(3)
            .map(|&v| g[node(v)].label.as_str())
            .collect();
        let _ = write!(
            out,
            "<li>{}community {} ({}): {}{}</li>",
            swatch(circle, rank),
            rank + 1,
            plural(members.len(), "node", "nodes"),
            escape(&names.join(", ")),
            if members.len() > 3 { ", …" } else { "" }
        );
    }
    let _ = write!(
        out,
        "<li>{}grey: smaller communities and unconnected nodes</li></ul>",
        swatch(circle, OTHER)
    );
    out
}

/// A picture in a box that scrolls sideways on a narrow screen (where the picture keeps a
/// readable least width), its caption and its key.
fn figure(out: &mut String, d: &Drawing, title: &str, caption: &str) {
    let _ = write!(
        out,
        "<figure class=\"graph\"><div class=\"pan\" tabindex=\"0\" role=\"region\" \
         aria-label=\"{}\">{}</div><figcaption>{}</figcaption></figure>{}",
        escape(title),
        d.svg,
        escape(caption),
        d.legend
    );
}

fn bounded(d: &Drawing, what: &str) -> String {
    if d.drawn < d.candidates {
        format!(
            "The {} of the largest components (whole components first, then the best connected \
             nodes) of {} {what} are drawn, with {}.",
            thousands(d.drawn as u64),
            thousands(d.candidates as u64),
            plural(d.edges, "edge", "edges")
        )
    } else {
        format!(
            "All {} {what} are drawn, with {}.",
            thousands(d.drawn as u64),
            plural(d.edges, "edge", "edges")
        )
    }
}

fn network_section(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "network");
    let g = &data.network.bipartite;
    let tooltip = |n: &crate::network::Node, degree: usize, community: Option<usize>| {
        let what = match n.kind {
            NodeKind::Person => {
                format!("speaker, {}", plural(degree, "affiliation", "affiliations"))
            }
            NodeKind::Institution => {
                format!("institution, {}", plural(degree, "speaker", "speakers"))
            }
        };
        match community {
            Some(c) => format!("{} — {what}, community {c}", n.label),
            None => format!("{} — {what}", n.label),
        }
    };
    let spec = Spec {
        id: "network-svg",
        title: "The speaker–institution network",
        tied_only: false,
        tooltip: &tooltip,
        edge_tooltip: None,
    };
    let d = draw(g, &spec, options);
    let caption = format!(
        "{} Each speaker (circle) is joined to their institutions (squares); size grows with \
         the number of ties, colour marks communities found by label propagation, the {} best \
         connected are named where their names fit, and every node names itself on hover.",
        bounded(&d, "speakers and institutions"),
        options.labels.min(d.drawn)
    );
    figure(out, &d, spec.title, &caption);
    out.push_str("</section>");
}

fn institutions_section(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "institutions");
    let g = &data.network.institution_projection;
    let tooltip = |n: &crate::network::Node, degree: usize, community: Option<usize>| {
        let base = format!(
            "{} — shares speakers with {}",
            n.label,
            plural(degree, "institution", "institutions")
        );
        match community {
            Some(c) => format!("{base}, community {c}"),
            None => base,
        }
    };
    let edge_tooltip = |a: &str, b: &str, e: &crate::network::Edge| {
        format!(
            "{a} – {b}: {}",
            plural(e.weight as usize, "shared speaker", "shared speakers")
        )
    };
    let spec = Spec {
        id: "institutions-svg",
        title: "Institutions tied by shared speakers",
        tied_only: true,
        tooltip: &tooltip,
        edge_tooltip: Some(&edge_tooltip),
    };
    let d = draw(g, &spec, options);
    let untied = g.node_count() - d.candidates;
    let mut caption = format!(
        "{} Two institutions are joined when a speaker is affiliated with both; the line \
         thickens with the number of shared speakers.",
        bounded(&d, "tied institutions"),
    );
    if untied > 0 {
        let _ = write!(
            caption,
            " {} without such a tie {} not drawn.",
            plural(untied, "institution", "institutions"),
            if untied == 1 { "is" } else { "are" }
        );
    }
    if d.candidates == 0 {
        let _ = write!(
            out,
            "<p class=\"note\">No two institutions share a speaker.</p>"
        );
    } else {
        figure(out, &d, spec.title, &caption);
    }
    out.push_str("</section>");
}

fn bars(rows: &Rows, top: usize) -> Vec<(String, u64)> {
    rows.iter()
        .take(top)
        .map(|r| (cell(r, 0).to_owned(), count(r, 1)))
        .collect()
}

fn charts(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "charts");
    for (id, title, rows, counted, what) in [
        (
            "talks-by-institution",
            "Talks per institution",
            &data.by_institution,
            "Talks and segments given by at least one speaker of each institution",
            "institutions",
        ),
        (
            "talks-by-topic",
            "Talks per topic",
            &data.by_topic,
            "Talks and segments tagged with each topic",
            "topics",
        ),
    ] {
        let shown = rows.len().min(options.bars);
        let _ = write!(out, "<h3>{}</h3><figure>", escape(title));
        out.push_str(&svg::bar_chart(id, title, &bars(rows, options.bars)));
        let _ = write!(
            out,
            "<figcaption>{counted}: the top {} of {} {what}, the number written after each \
             bar.</figcaption></figure>",
            thousands(shown as u64),
            thousands(rows.len() as u64)
        );
    }
    out.push_str("</section>");
}

/// Rows grouped under their first column, keeping order; at most `max` rows in all.
fn grouped(rows: &Rows, max: usize, row: impl Fn(&[Option<String>]) -> Vec<String>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for r in rows.iter().take(max) {
        let heading = cell(r, 0).to_owned();
        if groups.last().and_then(|g| g.heading.as_deref()) != Some(heading.as_str()) {
            groups.push(Group {
                heading: Some(heading),
                rows: Vec::new(),
            });
        }
        if let Some(g) = groups.last_mut() {
            g.rows.push(row(r));
        }
    }
    groups
}

fn cut_note(out: &mut String, shown: usize, total: usize) {
    if shown < total {
        let _ = write!(
            out,
            "<p class=\"note\">The first {} of {} rows are shown.</p>",
            thousands(shown as u64),
            thousands(total as u64)
        );
    }
}

fn series(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "series");
    out.push_str("<h3>Series</h3>");
    let groups = grouped(&data.series, options.max_rows, |r| {
        let part = match (cell(r, 1), cell(r, 2)) {
            ("", _) => "—".to_owned(),
            (p, "") => p.to_owned(),
            (p, of) => format!("{p} of {of}"),
        };
        vec![cell(r, 3).to_owned(), part]
    });
    html::table(
        out,
        "Talks of each series, in order",
        &[
            Column {
                header: "Talk",
                numeric: false,
            },
            Column {
                header: "Part",
                numeric: true,
            },
        ],
        &groups,
        "No series.",
    );
    cut_note(
        out,
        data.series.len().min(options.max_rows),
        data.series.len(),
    );
    out.push_str(
        "<h3>Sessions</h3><p>Start is the timestamp as the listing writes it; read as is the \
         offset talkgraph stored (h:mm:ss), which can differ when a listing mixes formats.</p>",
    );
    let groups = grouped(&data.sessions, options.max_rows, |r| {
        let offset = clock(cell(r, 2));
        vec![
            cell(r, 1).to_owned(),
            offset,
            cell(r, 3).to_owned(),
            cell(r, 4).to_owned(),
        ]
    });
    html::table(
        out,
        "Segments of each session, with their start offsets",
        &[
            Column {
                header: "Start",
                numeric: true,
            },
            Column {
                header: "Read as",
                numeric: true,
            },
            Column {
                header: "Segment",
                numeric: false,
            },
            Column {
                header: "Speakers",
                numeric: false,
            },
        ],
        &groups,
        "No sessions.",
    );
    cut_note(
        out,
        data.sessions.len().min(options.max_rows),
        data.sessions.len(),
    );
    out.push_str("</section>");
}

fn single(rows: Vec<Vec<String>>) -> Vec<Group> {
    vec![Group {
        heading: None,
        rows,
    }]
}

fn ties(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "ties");
    let b = &data.network.bipartite;
    // institution pair → the speakers affiliated with both
    let mut pairs: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    let mut multi: Vec<(&str, Vec<&str>)> = Vec::new();
    for v in b.node_indices() {
        if b[v].kind != NodeKind::Person {
            continue;
        }
        let mut orgs: Vec<&str> = b.neighbors(v).map(|o| b[o].label.as_str()).collect();
        if orgs.len() < 2 {
            continue;
        }
        orgs.sort_unstable();
        orgs.dedup();
        for (i, x) in orgs.iter().enumerate() {
            for y in &orgs[i + 1..] {
                pairs.entry((x, y)).or_default().push(b[v].label.as_str());
            }
        }
        multi.push((b[v].label.as_str(), orgs));
    }
    let mut pairs: Vec<((&str, &str), Vec<&str>)> = pairs.into_iter().collect();
    pairs.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(&y.0)));
    out.push_str("<h3>Institutions tied by shared speakers</h3>");
    let total = pairs.len();
    let rows = pairs
        .into_iter()
        .take(options.max_rows)
        .map(|((a, b), mut who)| {
            who.sort_unstable();
            vec![
                a.to_owned(),
                b.to_owned(),
                who.len().to_string(),
                who.join(", "),
            ]
        })
        .collect();
    html::table(
        out,
        "Institution pairs and the speakers affiliated with both",
        &[
            Column {
                header: "Institution",
                numeric: false,
            },
            Column {
                header: "and institution",
                numeric: false,
            },
            Column {
                header: "Shared",
                numeric: true,
            },
            Column {
                header: "Speakers",
                numeric: false,
            },
        ],
        &single(rows),
        "No two institutions share a speaker.",
    );
    cut_note(out, total.min(options.max_rows), total);

    out.push_str("<h3>Speakers with several affiliations</h3>");
    multi.sort_by(|x, y| y.1.len().cmp(&x.1.len()).then(x.0.cmp(y.0)));
    let total = multi.len();
    let rows = multi
        .into_iter()
        .take(options.max_rows)
        .map(|(who, orgs)| vec![who.to_owned(), orgs.len().to_string(), orgs.join(" · ")])
        .collect();
    html::table(
        out,
        "Speakers affiliated with two or more institutions",
        &[
            Column {
                header: "Speaker",
                numeric: false,
            },
            Column {
                header: "Affiliations",
                numeric: true,
            },
            Column {
                header: "Institutions",
                numeric: false,
            },
        ],
        &single(rows),
        "No speaker has several affiliations.",
    );
    cut_note(out, total.min(options.max_rows), total);
    out.push_str("</section>");
}

fn unresolved(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "unresolved");
    out.push_str(
        "<p>Institutions the gazetteer did not know: candidates for \
         <code>ontology/institutions.ttl</code> or <code>--gazetteer</code>.</p>",
    );
    let rows = data
        .unresolved
        .iter()
        .take(options.max_rows)
        .map(|r| vec![cell(r, 0).to_owned(), count(r, 1).to_string()])
        .collect();
    html::table(
        out,
        "Unresolved institutions and how many speakers name them",
        &[
            Column {
                header: "Institution",
                numeric: false,
            },
            Column {
                header: "Speakers",
                numeric: true,
            },
        ],
        &single(rows),
        "Every institution was found in the gazetteer.",
    );
    cut_note(
        out,
        data.unresolved.len().min(options.max_rows),
        data.unresolved.len(),
    );
    out.push_str("</section>");
}

fn warnings(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "warnings");
    out.push_str("<p>What extraction read in a way worth checking, with the file and line.</p>");
    let rows = data
        .warnings
        .iter()
        .take(options.max_rows)
        .map(|r| {
            vec![
                cell(r, 0).to_owned(),
                cell(r, 1).to_owned(),
                cell(r, 2).to_owned(),
            ]
        })
        .collect();
    html::table(
        out,
        "Extraction warnings by file and line",
        &[
            Column {
                header: "File",
                numeric: false,
            },
            Column {
                header: "Line",
                numeric: true,
            },
            Column {
                header: "Warning",
                numeric: false,
            },
        ],
        &single(rows),
        "Extraction gave no warnings.",
    );
    cut_note(
        out,
        data.warnings.len().min(options.max_rows),
        data.warnings.len(),
    );
    out.push_str("</section>");
}

fn sources(out: &mut String, data: &Data, options: &ReportOptions) {
    heading(out, "sources");
    let sources = &data.graphs;
    let rows = sources
        .iter()
        .take(options.max_rows)
        .map(|g| {
            let name = match cell(g, 1) {
                "" => cell(g, 2),
                name => name,
            };
            vec![name.to_owned(), cell(g, 0).to_owned(), when(cell(g, 3))]
        })
        .collect();
    html::table(
        out,
        "The graphs of the store (source documents and vocabularies) and when they were built",
        &[
            Column {
                header: "Source",
                numeric: false,
            },
            Column {
                header: "Graph",
                numeric: false,
            },
            Column {
                header: "Built",
                numeric: false,
            },
        ],
        &single(rows),
        "No source has been built into the store.",
    );
    cut_note(out, sources.len().min(options.max_rows), sources.len());
    out.push_str("</section>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn clock_reads_xsd_durations() {
        assert_eq!(clock("PT0S"), "0:00:00");
        assert_eq!(clock("PT1M23S"), "0:01:23");
        assert_eq!(clock("PT1H58M18S"), "1:58:18");
        assert_eq!(clock("PT59M54.5S"), "0:59:55");
        assert_eq!(clock("P1D"), "P1D");
        assert_eq!(clock("PTxS"), "PTxS");
    }

    #[test]
    fn when_reads_xsd_date_times() {
        assert_eq!(when("2026-11-29T07:02:28Z"), "2026-11-29 07:02 UTC");
        assert_eq!(when("1970-01-01T00:00:00+02:00"), "1970-01-01 00:00");
        assert_eq!(when("yesterday"), "yesterday");
    }
}
