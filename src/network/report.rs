//! `talkgraph stats`: every statistic of every graph, as JSON (stable, documented in README)
//! or as tables for a terminal.

use std::collections::BTreeMap;
use std::io::Write;

use petgraph::visit::EdgeRef;

use super::stats::{self, Centralities, Community, Ranked, StatsOptions};
use super::{Graph, Network, NodeKind};

/// The top-K lists of one graph.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TopLists {
    pub degree: Vec<Ranked>,
    pub weighted_degree: Vec<Ranked>,
    pub betweenness: Vec<Ranked>,
    pub closeness: Vec<Ranked>,
    /// Absent when the power iteration did not converge.
    pub eigenvector: Option<Vec<Ranked>>,
}

/// What every graph reports.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GraphStats {
    pub nodes: usize,
    pub edges: usize,
    /// 2m / (n (n − 1)), as NetworkX (the bipartite section has its own definition too).
    pub density: f64,
    pub components: usize,
    /// Nodes in the largest component, and their share of all nodes.
    pub largest_component: usize,
    pub largest_component_share: f64,
    /// Sizes of all components, largest first.
    pub component_sizes: Vec<usize>,
    pub average_degree: f64,
    /// Degree → number of nodes.
    pub degree_distribution: BTreeMap<usize, usize>,
    pub average_clustering: f64,
    pub transitivity: f64,
    pub top: TopLists,
    pub communities: Vec<Community>,
    pub modularity: f64,
    /// Whether betweenness and closeness were estimated from pivots.
    pub sampled: bool,
}

/// The bipartite graph's own figures.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BipartiteStats {
    pub speakers: usize,
    pub institutions: usize,
    pub edges: usize,
    /// edges / (speakers × institutions).
    pub density: f64,
    pub components: usize,
    pub largest_component: usize,
    pub average_degree_speakers: f64,
    pub average_degree_institutions: f64,
    pub degree_distribution_speakers: BTreeMap<usize, usize>,
    pub degree_distribution_institutions: BTreeMap<usize, usize>,
    pub institutions_by_degree: Vec<Degree>,
    pub speakers_by_degree: Vec<Degree>,
    /// Everything [`GraphStats`] reports, over both sides.
    pub graph: GraphStats,
}

/// A node and its degree.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Degree {
    pub iri: String,
    pub label: String,
    pub degree: usize,
}

/// Two institutions tied by shared speakers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InstitutionPair {
    pub a: String,
    pub b: String,
    pub a_iri: String,
    pub b_iri: String,
    pub shared_speakers: u64,
    pub newman_weight: f64,
}

/// Two nodes tied with a weight (co-presenter graphs: talks together).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WeightedPair {
    pub a: String,
    pub b: String,
    pub a_iri: String,
    pub b_iri: String,
    pub weight: f64,
}

/// The institution projection.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InstitutionProjection {
    #[serde(flatten)]
    pub graph: GraphStats,
    pub pairs: Vec<InstitutionPair>,
}

/// A projection with weighted pairs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Projection {
    #[serde(flatten)]
    pub graph: GraphStats,
    /// The heaviest pairs, at most [`StatsOptions::max_pairs`].
    pub pairs: Vec<WeightedPair>,
    /// How many pairs the projection has (`pairs` may list fewer).
    pub pair_count: usize,
}

/// A speaker with several affiliations and the institution pairs they bridge.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Bridge {
    pub speaker: String,
    pub iri: String,
    pub institutions: Vec<String>,
    pub pairs: Vec<[String; 2]>,
}

/// The whole `stats` report.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    pub bipartite: BipartiteStats,
    pub institution_projection: InstitutionProjection,
    pub speaker_projection: Projection,
    pub copresenter: Projection,
    pub copresenter_institutions: Projection,
    pub bridges: Vec<Bridge>,
}

/// Computes every statistic of `g`.
pub fn graph_stats(g: &Graph, options: &StatsOptions) -> GraphStats {
    let n = g.node_count();
    let comps = stats::components(g);
    let c = stats::centralities(g, options);
    let communities = stats::communities(g);
    let modularity = stats::modularity(g, &communities);
    let largest = comps.first().map_or(0, Vec::len);
    let (average_clustering, transitivity) = stats::clustering_and_transitivity(g);
    GraphStats {
        nodes: n,
        edges: g.edge_count(),
        density: stats::density(g),
        components: comps.len(),
        largest_component: largest,
        largest_component_share: if n == 0 {
            0.0
        } else {
            largest as f64 / n as f64
        },
        component_sizes: comps.iter().map(Vec::len).collect(),
        average_degree: if n == 0 {
            0.0
        } else {
            2.0 * g.edge_count() as f64 / n as f64
        },
        degree_distribution: stats::degree_distribution(g, |_| true),
        average_clustering,
        transitivity,
        top: top_lists(g, &c, options.top),
        communities: communities
            .iter()
            .enumerate()
            .map(|(id, members)| Community {
                id,
                size: members.len(),
                members: members
                    .iter()
                    .map(|&v| g[petgraph::graph::NodeIndex::new(v)].label.clone())
                    .collect(),
                iris: members
                    .iter()
                    .map(|&v| g[petgraph::graph::NodeIndex::new(v)].iri.clone())
                    .collect(),
            })
            .collect(),
        modularity,
        sampled: c.sampled,
    }
}

fn top_lists(g: &Graph, c: &Centralities, k: usize) -> TopLists {
    TopLists {
        degree: stats::top(g, &c.degree, k, |_| true),
        weighted_degree: stats::top(g, &c.weighted_degree, k, |_| true),
        betweenness: stats::top(g, &c.betweenness, k, |_| true),
        closeness: stats::top(g, &c.closeness, k, |_| true),
        eigenvector: c
            .eigenvector
            .as_ref()
            .map(|e| stats::top(g, e, k, |_| true)),
    }
}

fn degrees(g: &Graph, kind: NodeKind, k: usize) -> Vec<Degree> {
    let values: Vec<f64> = g
        .node_indices()
        .map(|n| g.neighbors(n).count() as f64)
        .collect();
    stats::top(g, &values, k, |n| n.kind == kind)
        .into_iter()
        .map(|r| Degree {
            iri: r.iri,
            label: r.label,
            degree: r.value as usize,
        })
        .collect()
}

fn weighted_pairs(g: &Graph) -> Vec<WeightedPair> {
    let mut pairs: Vec<WeightedPair> = g
        .edge_references()
        .map(|e| {
            let (a, b) = ordered(g, e.source(), e.target());
            WeightedPair {
                a: g[a].label.clone(),
                b: g[b].label.clone(),
                a_iri: g[a].iri.clone(),
                b_iri: g[b].iri.clone(),
                weight: e.weight().weight,
            }
        })
        .collect();
    pairs.sort_by(|x, y| {
        y.weight
            .total_cmp(&x.weight)
            .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    pairs
}

fn ordered(
    g: &Graph,
    a: petgraph::graph::NodeIndex,
    b: petgraph::graph::NodeIndex,
) -> (petgraph::graph::NodeIndex, petgraph::graph::NodeIndex) {
    if (&g[a].label, &g[a].iri) <= (&g[b].label, &g[b].iri) {
        (a, b)
    } else {
        (b, a)
    }
}

impl Report {
    /// Computes the report of a network.
    pub fn new(network: &Network, options: &StatsOptions) -> Self {
        let b = &network.bipartite;
        let speakers = b
            .node_weights()
            .filter(|n| n.kind == NodeKind::Person)
            .count();
        let institutions = b.node_count() - speakers;
        let edges = b.edge_count();
        let graph = graph_stats(b, options);
        let bipartite = BipartiteStats {
            speakers,
            institutions,
            edges,
            density: if speakers * institutions == 0 {
                0.0
            } else {
                edges as f64 / (speakers * institutions) as f64
            },
            components: graph.components,
            largest_component: graph.largest_component,
            average_degree_speakers: if speakers == 0 {
                0.0
            } else {
                edges as f64 / speakers as f64
            },
            average_degree_institutions: if institutions == 0 {
                0.0
            } else {
                edges as f64 / institutions as f64
            },
            degree_distribution_speakers: stats::degree_distribution(b, |n| {
                n.kind == NodeKind::Person
            }),
            degree_distribution_institutions: stats::degree_distribution(b, |n| {
                n.kind == NodeKind::Institution
            }),
            institutions_by_degree: degrees(b, NodeKind::Institution, options.top),
            speakers_by_degree: degrees(b, NodeKind::Person, options.top),
            graph,
        };
        let ip = &network.institution_projection;
        let pairs = institution_pairs(ip);
        let institution_projection = InstitutionProjection {
            graph: graph_stats(ip, options),
            pairs,
        };
        let projection = |g: &Graph| {
            let mut pairs = weighted_pairs(g);
            let pair_count = pairs.len();
            if let Some(max) = options.max_pairs {
                pairs.truncate(max);
            }
            Projection {
                graph: graph_stats(g, options),
                pairs,
                pair_count,
            }
        };
        let mut bridges = Vec::new();
        for n in b.node_indices() {
            if b[n].kind != NodeKind::Person {
                continue;
            }
            let mut orgs: Vec<&str> = b.neighbors(n).map(|o| b[o].label.as_str()).collect();
            if orgs.len() < 2 {
                continue;
            }
            orgs.sort_unstable();
            let mut pairs = Vec::new();
            for (i, x) in orgs.iter().enumerate() {
                for y in &orgs[i + 1..] {
                    pairs.push([(*x).to_owned(), (*y).to_owned()]);
                }
            }
            bridges.push(Bridge {
                speaker: b[n].label.clone(),
                iri: b[n].iri.clone(),
                institutions: orgs.iter().map(|s| (*s).to_owned()).collect(),
                pairs,
            });
        }
        bridges.sort_by(|x, y| {
            y.institutions
                .len()
                .cmp(&x.institutions.len())
                .then_with(|| x.speaker.cmp(&y.speaker))
        });
        Self {
            bipartite,
            institution_projection,
            speaker_projection: projection(&network.speaker_projection),
            copresenter: projection(&network.copresenter),
            copresenter_institutions: projection(&network.copresenter_institutions),
            bridges,
        }
    }

    /// Every section as tables.
    pub fn write_tables(&self, out: &mut dyn Write, sections: &Sections) -> std::io::Result<()> {
        if sections.bipartite {
            self.write_bipartite(out)?;
        }
        let ip = &self.institution_projection;
        if sections.institutions {
            writeln!(
                out,
                "== Institution projection: institutions sharing speakers =="
            )?;
            writeln!(out, "{:>6}  {:>8}  pair", "shared", "newman")?;
            for p in &ip.pairs {
                writeln!(
                    out,
                    "{:>6}  {:>8.3}  {} – {}",
                    p.shared_speakers, p.newman_weight, p.a, p.b
                )?;
            }
            writeln!(out)?;
            write_graph(out, &ip.graph)?;
        }
        for (shown, title, p) in [
            (
                sections.speakers,
                "Speaker projection: speakers sharing an institution",
                &self.speaker_projection,
            ),
            (
                sections.copresenters,
                "Co-presenters: speakers who gave a talk together",
                &self.copresenter,
            ),
            (
                sections.copresenter_institutions,
                "Co-presenting institutions: institutions in one talk",
                &self.copresenter_institutions,
            ),
        ] {
            if shown {
                writeln!(out, "== {title} ==")?;
                write_graph(out, &p.graph)?;
            }
        }
        if sections.bipartite {
            writeln!(out, "== Speakers with several affiliations ==")?;
            for bridge in &self.bridges {
                writeln!(
                    out,
                    "  {}: {}",
                    bridge.speaker,
                    bridge.institutions.join(" | ")
                )?;
            }
        }
        Ok(())
    }

    /// The report as JSON with only the chosen sections (`bridges` goes with `bipartite`).
    pub fn to_json(&self, sections: &Sections) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            for (key, keep) in [
                ("bipartite", sections.bipartite),
                ("bridges", sections.bipartite),
                ("institution_projection", sections.institutions),
                ("speaker_projection", sections.speakers),
                ("copresenter", sections.copresenters),
                (
                    "copresenter_institutions",
                    sections.copresenter_institutions,
                ),
            ] {
                if !keep {
                    map.remove(key);
                }
            }
        }
        value
    }

    fn write_bipartite(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let b = &self.bipartite;
        writeln!(out, "== Bipartite graph: speakers – institutions ==")?;
        writeln!(
            out,
            "speakers {}  institutions {}  affiliations {}",
            b.speakers, b.institutions, b.edges
        )?;
        writeln!(
            out,
            "density {:.4} (edges / speakers × institutions)",
            b.density
        )?;
        writeln!(
            out,
            "components {}  largest {} nodes ({:.1}%)  sizes {:?}",
            b.components,
            b.largest_component,
            100.0 * b.graph.largest_component_share,
            b.graph.component_sizes
        )?;
        writeln!(
            out,
            "average degree: speakers {:.3}, institutions {:.3}",
            b.average_degree_speakers, b.average_degree_institutions
        )?;
        writeln!(
            out,
            "degree distribution, speakers: {}",
            distribution(&b.degree_distribution_speakers)
        )?;
        writeln!(
            out,
            "degree distribution, institutions: {}",
            distribution(&b.degree_distribution_institutions)
        )?;
        writeln!(out)?;
        writeln!(out, "institutions by number of speakers:")?;
        for d in &b.institutions_by_degree {
            writeln!(out, "  {:>4}  {}", d.degree, d.label)?;
        }
        writeln!(out)?;
        write_graph(out, &b.graph)
    }
}

/// Which graphs `stats` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sections {
    pub bipartite: bool,
    pub institutions: bool,
    pub speakers: bool,
    pub copresenters: bool,
    pub copresenter_institutions: bool,
}

impl Sections {
    /// Every graph.
    pub fn all() -> Self {
        Self {
            bipartite: true,
            institutions: true,
            speakers: true,
            copresenters: true,
            copresenter_institutions: true,
        }
    }

    /// No graph (add the ones to show).
    pub fn none() -> Self {
        Self {
            bipartite: false,
            institutions: false,
            speakers: false,
            copresenters: false,
            copresenter_institutions: false,
        }
    }
}

fn distribution(d: &BTreeMap<usize, usize>) -> String {
    d.iter()
        .map(|(deg, count)| format!("{deg}:{count}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn write_graph(out: &mut dyn Write, g: &GraphStats) -> std::io::Result<()> {
    writeln!(
        out,
        "nodes {}  edges {}  density {:.4}  components {} (largest {}, {:.1}%)  average degree {:.3}",
        g.nodes,
        g.edges,
        g.density,
        g.components,
        g.largest_component,
        100.0 * g.largest_component_share,
        g.average_degree
    )?;
    writeln!(
        out,
        "average clustering {:.4}  transitivity {:.4}  modularity {:.4}{}",
        g.average_clustering,
        g.transitivity,
        g.modularity,
        if g.sampled {
            "  (betweenness and closeness sampled)"
        } else {
            ""
        }
    )?;
    let lists: [(&str, Option<&Vec<Ranked>>); 5] = [
        ("degree", Some(&g.top.degree)),
        ("weighted degree", Some(&g.top.weighted_degree)),
        ("betweenness", Some(&g.top.betweenness)),
        ("closeness", Some(&g.top.closeness)),
        ("eigenvector", g.top.eigenvector.as_ref()),
    ];
    for (name, list) in lists {
        let Some(list) = list else {
            writeln!(out, "top by {name}: (did not converge)")?;
            continue;
        };
        let items: Vec<String> = list
            .iter()
            .map(|r| format!("{} {}", r.label, trim(r.value)))
            .collect();
        writeln!(out, "top by {name}: {}", items.join(", "))?;
    }
    let shown: Vec<String> = g
        .communities
        .iter()
        .filter(|c| c.size > 1)
        .take(10)
        .map(|c| format!("[{}]", c.members.join(", ")))
        .collect();
    if !shown.is_empty() {
        writeln!(out, "communities: {}", shown.join(" "))?;
    }
    writeln!(out)
}

fn trim(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.4}")
    }
}

/// The short form `build` prints: sizes, components and the strongest ties, without the
/// centralities (cheap on large graphs).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NetworkSummary {
    pub speakers: usize,
    pub institutions: usize,
    pub affiliations: usize,
    /// edges / (speakers × institutions).
    pub density: f64,
    pub components: usize,
    pub largest_component: usize,
    pub largest_component_share: f64,
    /// Institution pairs that share speakers.
    pub institution_pairs: usize,
    pub institution_clustering: f64,
    pub institution_transitivity: f64,
    pub copresenter_pairs: usize,
    pub copresenters: usize,
    pub institutions_by_degree: Vec<Degree>,
    pub strongest_ties: Vec<InstitutionPair>,
}

impl NetworkSummary {
    /// Summarises `network`, with `top` entries in the lists.
    pub fn new(network: &Network, top: usize) -> Self {
        let b = &network.bipartite;
        let speakers = b
            .node_weights()
            .filter(|n| n.kind == NodeKind::Person)
            .count();
        let institutions = b.node_count() - speakers;
        let comps = stats::components(b);
        let largest = comps.first().map_or(0, Vec::len);
        let ip = &network.institution_projection;
        let mut pairs = institution_pairs(ip);
        pairs.truncate(top);
        Self {
            speakers,
            institutions,
            affiliations: b.edge_count(),
            density: if speakers * institutions == 0 {
                0.0
            } else {
                b.edge_count() as f64 / (speakers * institutions) as f64
            },
            components: comps.len(),
            largest_component: largest,
            largest_component_share: if b.node_count() == 0 {
                0.0
            } else {
                largest as f64 / b.node_count() as f64
            },
            institution_pairs: ip.edge_count(),
            institution_clustering: stats::clustering_and_transitivity(ip).0,
            institution_transitivity: stats::clustering_and_transitivity(ip).1,
            copresenter_pairs: network.copresenter.edge_count(),
            copresenters: network.copresenter.node_count(),
            institutions_by_degree: degrees(b, NodeKind::Institution, top),
            strongest_ties: pairs,
        }
    }

    /// The lines `build` prints.
    pub fn write(&self, out: &mut dyn Write) -> std::io::Result<()> {
        writeln!(out, "Speaker–institution network")?;
        writeln!(
            out,
            "  bipartite    {} speakers, {} institutions, {} affiliations; density {:.4}; {} components (largest {} nodes, {:.0}%)",
            self.speakers,
            self.institutions,
            self.affiliations,
            self.density,
            self.components,
            self.largest_component,
            100.0 * self.largest_component_share
        )?;
        writeln!(
            out,
            "  institutions {} tied by shared speakers in {} pairs; clustering {:.3}, transitivity {:.3}",
            self.institutions,
            self.institution_pairs,
            self.institution_clustering,
            self.institution_transitivity
        )?;
        writeln!(
            out,
            "  co-presenters {} pairs among {} speakers",
            self.copresenter_pairs, self.copresenters
        )?;
        if !self.institutions_by_degree.is_empty() {
            let list: Vec<String> = self
                .institutions_by_degree
                .iter()
                .map(|d| format!("{} ({})", d.label, d.degree))
                .collect();
            writeln!(out, "  most speakers: {}", list.join(", "))?;
        }
        if !self.strongest_ties.is_empty() {
            let list: Vec<String> = self
                .strongest_ties
                .iter()
                .map(|p| format!("{} – {} ({})", p.a, p.b, p.shared_speakers))
                .collect();
            writeln!(out, "  strongest ties: {}", list.join(", "))?;
        }
        Ok(())
    }
}

/// The institution projection's pairs, most shared speakers first.
fn institution_pairs(ip: &Graph) -> Vec<InstitutionPair> {
    let mut pairs: Vec<InstitutionPair> = ip
        .edge_references()
        .map(|e| {
            let (a, b) = ordered(ip, e.source(), e.target());
            InstitutionPair {
                a: ip[a].label.clone(),
                b: ip[b].label.clone(),
                a_iri: ip[a].iri.clone(),
                b_iri: ip[b].iri.clone(),
                shared_speakers: e.weight().weight as u64,
                newman_weight: e.weight().newman,
            }
        })
        .collect();
    pairs.sort_by(|x, y| {
        y.shared_speakers
            .cmp(&x.shared_speakers)
            .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    pairs
}
