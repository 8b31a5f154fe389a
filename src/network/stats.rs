//! Network statistics, defined as NetworkX defines them (so they can be checked against it):
//! density, connected components, degree distribution, degree, weighted degree, betweenness
//! (Brandes, normalised), closeness (Wasserman–Faust for disconnected graphs), eigenvector
//! centrality (power iteration on A + I, as `networkx.eigenvector_centrality`), average
//! clustering, transitivity, communities (label propagation) and their modularity.
//!
//! Betweenness and closeness run in parallel (rayon, one breadth-first search per source).
//! Graphs with more nodes than [`StatsOptions::exact_limit`] use **pivot sampling**: the
//! searches start from `samples` pivots spread evenly over the nodes (every ⌈n/k⌉-th node in a
//! fixed order); betweenness is scaled by n/k as in `networkx.betweenness_centrality(k=…)`, and
//! closeness is estimated from the pivots' distances (Eppstein and Wang, 2004).

use std::collections::BTreeMap;

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use rayon::prelude::*;

use super::{Graph, Node, NodeKind};

/// Options of the statistics.
#[derive(Debug, Clone, Copy)]
pub struct StatsOptions {
    /// Length of the top lists.
    pub top: usize,
    /// Graphs with more nodes than this use pivot sampling for betweenness and closeness.
    pub exact_limit: usize,
    /// Number of pivots when sampling.
    pub samples: usize,
    /// Most pairs listed for a speaker-level projection (speakers sharing an institution,
    /// co-presenters, institutions of co-presenters), heaviest first; `None` lists all. Those
    /// lists grow with the square of the speakers, so a large store needs a cap.
    pub max_pairs: Option<usize>,
}

impl Default for StatsOptions {
    fn default() -> Self {
        Self {
            top: 10,
            exact_limit: 5000,
            samples: 500,
            max_pairs: Some(1000),
        }
    }
}

/// A node with a value, for the top lists.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Ranked {
    pub iri: String,
    pub label: String,
    pub kind: NodeKind,
    pub value: f64,
}

/// A community: its members' labels and IRIs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Community {
    pub id: usize,
    pub size: usize,
    pub members: Vec<String>,
    pub iris: Vec<String>,
}

/// Centralities of every node, in node order.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Centralities {
    pub degree: Vec<f64>,
    pub weighted_degree: Vec<f64>,
    pub betweenness: Vec<f64>,
    pub closeness: Vec<f64>,
    /// `None` when the power iteration did not converge in 100 steps (as NetworkX would fail).
    pub eigenvector: Option<Vec<f64>>,
    /// Whether betweenness and closeness were sampled.
    pub sampled: bool,
}

/// Compact adjacency of a graph: neighbours and edge weights per node.
struct Adjacency {
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<f64>,
}

impl Adjacency {
    fn new(g: &Graph) -> Self {
        let n = g.node_count();
        let mut lists: Vec<Vec<(u32, f64)>> = vec![Vec::new(); n];
        for e in g.edge_references() {
            let (a, b) = (e.source().index(), e.target().index());
            if a == b {
                continue;
            }
            lists[a].push((b as u32, e.weight().weight));
            lists[b].push((a as u32, e.weight().weight));
        }
        let mut offsets = Vec::with_capacity(n + 1);
        let mut targets = Vec::new();
        let mut weights = Vec::new();
        offsets.push(0);
        for mut list in lists {
            list.sort_by_key(|(t, _)| *t);
            for (t, w) in list {
                targets.push(t);
                weights.push(w);
            }
            offsets.push(targets.len());
        }
        Self {
            offsets,
            targets,
            weights,
        }
    }

    fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    fn neighbours(&self, v: usize) -> &[u32] {
        &self.targets[self.offsets[v]..self.offsets[v + 1]]
    }

    fn weights(&self, v: usize) -> &[f64] {
        &self.weights[self.offsets[v]..self.offsets[v + 1]]
    }

    fn degree(&self, v: usize) -> usize {
        self.offsets[v + 1] - self.offsets[v]
    }
}

/// Density as NetworkX computes it: 2m / (n (n − 1)).
pub fn density(g: &Graph) -> f64 {
    let n = g.node_count() as f64;
    if n <= 1.0 {
        0.0
    } else {
        2.0 * g.edge_count() as f64 / (n * (n - 1.0))
    }
}

/// The connected components, as lists of node indices, largest first (ties: smallest first
/// node first).
pub fn components(g: &Graph) -> Vec<Vec<usize>> {
    components_of(&Adjacency::new(g))
}

fn components_of(adj: &Adjacency) -> Vec<Vec<usize>> {
    let n = adj.len();
    let mut seen = vec![false; n];
    let mut out = Vec::new();
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut comp = vec![start];
        let mut i = 0;
        while i < comp.len() {
            let v = comp[i];
            i += 1;
            for &w in adj.neighbours(v) {
                let w = w as usize;
                if !seen[w] {
                    seen[w] = true;
                    comp.push(w);
                }
            }
        }
        comp.sort_unstable();
        out.push(comp);
    }
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    out
}

/// Degree → number of nodes with it (over the nodes `filter` keeps).
pub fn degree_distribution(g: &Graph, filter: impl Fn(&Node) -> bool) -> BTreeMap<usize, usize> {
    let mut out = BTreeMap::new();
    for n in g.node_indices() {
        if filter(&g[n]) {
            *out.entry(g.neighbors(n).count()).or_insert(0) += 1;
        }
    }
    out
}

/// Every centrality of every node.
pub fn centralities(g: &Graph, options: &StatsOptions) -> Centralities {
    let adj = Adjacency::new(g);
    let n = adj.len();
    let degree: Vec<f64> = (0..n).map(|v| adj.degree(v) as f64).collect();
    let weighted_degree: Vec<f64> = (0..n)
        .map(|v| adj.weights(v).iter().sum::<f64>() + 0.0)
        .collect();
    let sampled = n > options.exact_limit && options.samples < n;
    let sources: Vec<usize> = if sampled {
        pivots(n, options.samples)
    } else {
        (0..n).collect()
    };
    let (betweenness, closeness) = paths(&adj, &sources, sampled);
    Centralities {
        degree,
        weighted_degree,
        betweenness,
        closeness,
        eigenvector: eigenvector(&adj),
        sampled,
    }
}

/// `k` pivots spread evenly over `0..n`.
fn pivots(n: usize, k: usize) -> Vec<usize> {
    let k = k.max(1).min(n);
    (0..k).map(|i| i * n / k).collect()
}

/// Betweenness (normalised as NetworkX does) and closeness from breadth-first searches.
fn paths(adj: &Adjacency, sources: &[usize], sampled: bool) -> (Vec<f64>, Vec<f64>) {
    let n = adj.len();
    struct Acc {
        between: Vec<f64>,
        /// Sum of distances to each node from the pivots, and how many reached it (sampled).
        dist_to: Vec<f64>,
        reached_by: Vec<u32>,
        /// Closeness of each source (exact).
        close: Vec<(usize, f64)>,
    }
    let new_acc = || Acc {
        between: vec![0.0; n],
        dist_to: if sampled { vec![0.0; n] } else { Vec::new() },
        reached_by: if sampled { vec![0; n] } else { Vec::new() },
        close: Vec::new(),
    };
    let acc = sources
        .par_iter()
        .fold(new_acc, |mut acc, &s| {
            let mut order = Vec::with_capacity(n);
            let mut preds: Vec<Vec<u32>> = vec![Vec::new(); n];
            let mut sigma = vec![0.0f64; n];
            let mut dist = vec![-1i64; n];
            sigma[s] = 1.0;
            dist[s] = 0;
            let mut queue = std::collections::VecDeque::new();
            queue.push_back(s);
            while let Some(v) = queue.pop_front() {
                order.push(v);
                for &w in adj.neighbours(v) {
                    let w = w as usize;
                    if dist[w] < 0 {
                        dist[w] = dist[v] + 1;
                        queue.push_back(w);
                    }
                    if dist[w] == dist[v] + 1 {
                        sigma[w] += sigma[v];
                        preds[w].push(v as u32);
                    }
                }
            }
            let mut delta = vec![0.0f64; n];
            for &w in order.iter().rev() {
                for &v in &preds[w] {
                    let v = v as usize;
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                if w != s {
                    acc.between[w] += delta[w];
                }
            }
            let total: i64 = order.iter().map(|&v| dist[v]).sum();
            let reachable = order.len();
            if sampled {
                for &v in &order {
                    acc.dist_to[v] += dist[v] as f64;
                    acc.reached_by[v] += 1;
                }
            } else {
                let c = if total > 0 && n > 1 {
                    let r = (reachable - 1) as f64;
                    (r / total as f64) * (r / (n - 1) as f64)
                } else {
                    0.0
                };
                acc.close.push((s, c));
            }
            acc
        })
        .reduce(new_acc, |mut a, b| {
            for (x, y) in a.between.iter_mut().zip(&b.between) {
                *x += y;
            }
            for (x, y) in a.dist_to.iter_mut().zip(&b.dist_to) {
                *x += y;
            }
            for (x, y) in a.reached_by.iter_mut().zip(&b.reached_by) {
                *x += y;
            }
            a.close.extend(b.close);
            a
        });
    let mut between = acc.between;
    // NetworkX: normalized → 1 / ((n − 1)(n − 2)); with k pivots, × n / k.
    let mut scale = if n > 2 {
        1.0 / ((n - 1) as f64 * (n - 2) as f64)
    } else {
        1.0
    };
    if n <= 2 {
        scale = 0.5;
        between.iter_mut().for_each(|b| *b = 0.0);
    }
    if sampled {
        scale *= n as f64 / sources.len() as f64;
    }
    between.iter_mut().for_each(|b| *b *= scale);
    let mut closeness = vec![0.0; n];
    if sampled {
        // Eppstein–Wang: a node's mean distance to the rest of its component is estimated by
        // its mean distance to the pivots in that component (the pivots that reach it, itself
        // left out); then closeness = (1 / mean) · (R − 1) / (n − 1), R the component's size,
        // as the exact Wasserman–Faust formula.
        let mut size = vec![0usize; n];
        for comp in components_of(adj) {
            for &v in &comp {
                size[v] = comp.len();
            }
        }
        let mut is_pivot = vec![false; n];
        for &p in sources {
            is_pivot[p] = true;
        }
        for v in 0..n {
            let others = f64::from(acc.reached_by[v]) - if is_pivot[v] { 1.0 } else { 0.0 };
            if acc.dist_to[v] > 0.0 && others > 0.0 && n > 1 {
                let mean = acc.dist_to[v] / others;
                closeness[v] = (1.0 / mean) * (size[v] - 1) as f64 / (n - 1) as f64;
            }
        }
    } else {
        for (s, c) in acc.close {
            closeness[s] = c;
        }
    }
    (between, closeness)
}

/// `networkx.eigenvector_centrality` (unweighted, max_iter = 100, tol = 1e-6).
fn eigenvector(adj: &Adjacency) -> Option<Vec<f64>> {
    let n = adj.len();
    if n == 0 {
        return Some(Vec::new());
    }
    let mut x = vec![1.0 / n as f64; n];
    for _ in 0..100 {
        let last = x.clone();
        for (v, &value) in last.iter().enumerate() {
            for &w in adj.neighbours(v) {
                x[w as usize] += value;
            }
        }
        let norm = x.iter().map(|v| v * v).sum::<f64>().sqrt();
        let norm = if norm == 0.0 { 1.0 } else { norm };
        x.iter_mut().for_each(|v| *v /= norm);
        let change: f64 = x.iter().zip(&last).map(|(a, b)| (a - b).abs()).sum();
        if change < n as f64 * 1e-6 {
            return Some(x);
        }
    }
    None
}

/// Local clustering coefficient of every node (unweighted).
pub fn clustering(g: &Graph) -> Vec<f64> {
    let adj = Adjacency::new(g);
    (0..adj.len())
        .into_par_iter()
        .map(|v| {
            let d = adj.degree(v);
            if d < 2 {
                return 0.0;
            }
            let t = triangles_at(&adj, v);
            2.0 * t as f64 / (d * (d - 1)) as f64
        })
        .collect()
}

/// Triangles through `v`.
fn triangles_at(adj: &Adjacency, v: usize) -> usize {
    let nv = adj.neighbours(v);
    let mut t = 0;
    for (i, &a) in nv.iter().enumerate() {
        let na = adj.neighbours(a as usize);
        for &b in &nv[i + 1..] {
            if na.binary_search(&b).is_ok() {
                t += 1;
            }
        }
    }
    t
}

/// Average clustering (zeros included) and transitivity, from one count of the triangles.
pub fn clustering_and_transitivity(g: &Graph) -> (f64, f64) {
    let adj = Adjacency::new(g);
    let n = adj.len();
    let (sum, t, triads) = (0..n)
        .into_par_iter()
        .map(|v| {
            let d = adj.degree(v);
            if d < 2 {
                return (0.0, 0, 0);
            }
            let t = triangles_at(&adj, v);
            (2.0 * t as f64 / (d * (d - 1)) as f64, t, d * (d - 1) / 2)
        })
        .reduce(|| (0.0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let average = if n == 0 { 0.0 } else { sum / n as f64 };
    let transitivity = if t == 0 || triads == 0 {
        0.0
    } else {
        t as f64 / triads as f64
    };
    (average, transitivity)
}

/// Average clustering over all nodes (zeros included), as NetworkX.
pub fn average_clustering(g: &Graph) -> f64 {
    let c = clustering(g);
    if c.is_empty() {
        0.0
    } else {
        c.iter().sum::<f64>() / c.len() as f64
    }
}

/// Transitivity: 3 × triangles / connected triples.
pub fn transitivity(g: &Graph) -> f64 {
    let adj = Adjacency::new(g);
    let (t, triads) = (0..adj.len())
        .into_par_iter()
        .map(|v| {
            let d = adj.degree(v);
            (triangles_at(&adj, v), d * d.saturating_sub(1) / 2)
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    if t == 0 || triads == 0 {
        0.0
    } else {
        t as f64 / triads as f64
    }
}

/// Communities by asynchronous label propagation in node order (deterministic): each node
/// takes the label with the largest edge weight among its neighbours, ties to the smallest
/// label; until nothing changes (at most 100 rounds). Largest community first.
pub fn communities(g: &Graph) -> Vec<Vec<usize>> {
    let adj = Adjacency::new(g);
    let n = adj.len();
    let mut label: Vec<usize> = (0..n).collect();
    let mut score: BTreeMap<usize, f64> = BTreeMap::new();
    for _ in 0..100 {
        let mut changed = false;
        for v in 0..n {
            if adj.degree(v) == 0 {
                continue;
            }
            score.clear();
            for (&w, &weight) in adj.neighbours(v).iter().zip(adj.weights(v)) {
                *score.entry(label[w as usize]).or_insert(0.0) += weight;
            }
            let mut best = label[v];
            let mut best_score = f64::NEG_INFINITY;
            for (&l, &s) in &score {
                if s > best_score + 1e-12 {
                    best = l;
                    best_score = s;
                }
            }
            // keep the current label when it is among the best (avoids oscillation)
            if score
                .get(&label[v])
                .is_some_and(|s| (s - best_score).abs() <= 1e-12)
            {
                best = label[v];
            }
            if best != label[v] {
                label[v] = best;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (v, l) in label.into_iter().enumerate() {
        groups.entry(l).or_default().push(v);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    out
}

/// Modularity of a partition (weighted, resolution 1), as `networkx.community.modularity`.
pub fn modularity(g: &Graph, communities: &[Vec<usize>]) -> f64 {
    let adj = Adjacency::new(g);
    let m: f64 = adj.weights.iter().sum::<f64>() / 2.0;
    if m == 0.0 {
        return 0.0;
    }
    let mut of = vec![usize::MAX; adj.len()];
    for (c, members) in communities.iter().enumerate() {
        for &v in members {
            of[v] = c;
        }
    }
    let mut q = 0.0;
    for members in communities {
        let mut inside = 0.0;
        let mut degree = 0.0;
        for &v in members {
            for (&w, &weight) in adj.neighbours(v).iter().zip(adj.weights(v)) {
                degree += weight;
                if of[w as usize] == of[v] {
                    inside += weight;
                }
            }
        }
        // `inside` counts each internal edge twice
        q += inside / (2.0 * m) - (degree / (2.0 * m)).powi(2);
    }
    q
}

/// The `k` nodes with the largest values (ties by label, then IRI), among those `filter` keeps.
pub fn top(g: &Graph, values: &[f64], k: usize, filter: impl Fn(&Node) -> bool) -> Vec<Ranked> {
    let mut nodes: Vec<NodeIndex> = g.node_indices().filter(|&n| filter(&g[n])).collect();
    nodes.sort_by(|&a, &b| {
        values[b.index()]
            .total_cmp(&values[a.index()])
            .then_with(|| g[a].label.cmp(&g[b].label))
            .then_with(|| g[a].iri.cmp(&g[b].iri))
    });
    nodes
        .into_iter()
        .take(k)
        .map(|n| Ranked {
            iri: g[n].iri.clone(),
            label: g[n].label.clone(),
            kind: g[n].kind,
            value: values[n.index()],
        })
        .collect()
}
