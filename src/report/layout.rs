//! Force-directed layout: Fruchterman and Reingold (1991), with their grid variant of the
//! repulsion.
//!
//! The entry point is [`layout`]. Nodes repel with force k²/d and edges attract with d²/k
//! (k = the ideal edge length); a weak pull to the centre keeps separate components close;
//! each step moves a node at most the current temperature, which falls linearly to zero.
//! Repulsion only counts nodes closer than 2k, found through a grid of 2k × 2k cells, so a
//! step costs O(n + m) on a spread-out layout instead of O(n²) — the paper's own grid
//! variant, enough for the few thousand nodes a picture can show.
//!
//! The start positions come from a seeded generator (SplitMix64), every loop runs in node
//! order, and only +, −, ×, ÷ and √ are used (all correctly rounded in IEEE 754), so the same
//! graph and seed give the same coordinates on every run and platform.

/// Options of [`layout`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutOptions {
    /// Width of the box the coordinates are scaled into.
    pub width: f64,
    /// Height of that box.
    pub height: f64,
    /// Free space kept along each side of the box.
    pub margin: f64,
    /// Longest the median edge may be drawn (the ideal edge length when there are no edges),
    /// so that a small graph is not blown up to fill the box.
    pub max_edge: f64,
    /// Simulation steps.
    pub iterations: usize,
    /// Seed of the start positions.
    pub seed: u64,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            width: 1000.0,
            height: 700.0,
            margin: 30.0,
            max_edge: 150.0,
            iterations: 300,
            seed: 1,
        }
    }
}

/// Pull towards the centre: a node on the frame's edge feels GRAVITY × k / 2, about what one
/// node at distance 2k pushes.
const GRAVITY: f64 = 1.0;

/// Lays out `n` nodes joined by `edges` (pairs of node indices below `n`; others are ignored).
///
/// # Returns
///
/// One `[x, y]` per node, inside `[margin, width − margin] × [margin, height − margin]`,
/// finite, the drawing centred and scaled without distortion to fill the box (or until the
/// median edge reaches `max_edge`).
///
/// # Complexity
///
/// O(iterations × (n + m)) for a spread-out layout (repulsion within 2k only).
///
/// # Example
///
/// ```
/// use talkgraph::report::layout::{layout, LayoutOptions};
///
/// let points = layout(3, &[(0, 1), (1, 2)], &LayoutOptions::default());
/// assert_eq!(points.len(), 3);
/// assert!(points.iter().flatten().all(|c| c.is_finite()));
/// ```
pub fn layout(n: usize, edges: &[(usize, usize)], options: &LayoutOptions) -> Vec<[f64; 2]> {
    let edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| a < n && b < n && a != b)
        .collect();
    let mut pos = start_positions(n, options.seed);
    simulate(&mut pos, &edges, options.iterations);
    let unit = median_length(&pos, &edges).unwrap_or(1.0);
    fit(&pos, options, options.max_edge.max(0.0) / unit)
}

/// The side of the square frame when the ideal edge length is 1 (area = n k²).
fn side(n: usize) -> f64 {
    (n as f64).sqrt().max(1.0)
}

fn start_positions(n: usize, seed: u64) -> Vec<[f64; 2]> {
    let mut rng = SplitMix64(seed);
    let s = side(n);
    (0..n).map(|_| [rng.unit() * s, rng.unit() * s]).collect()
}

fn simulate(pos: &mut [[f64; 2]], edges: &[(usize, usize)], iterations: usize) {
    let n = pos.len();
    if n < 2 {
        return;
    }
    let k = 1.0;
    let s = side(n);
    let centre = s / 2.0;
    let mut disp = vec![[0.0f64; 2]; n];
    let mut grid = Grid::new(s, 2.0 * k);
    for step in 0..iterations {
        let temperature = s / 10.0 * (1.0 - step as f64 / iterations as f64);
        disp.iter_mut().for_each(|d| *d = [0.0, 0.0]);
        grid.fill(pos);
        for v in 0..n {
            let [x, y] = pos[v];
            for u in grid.near(x, y) {
                if u == v {
                    continue;
                }
                let (dx, dy) = apart(v, u, x - pos[u][0], y - pos[u][1]);
                let d2 = dx * dx + dy * dy;
                if d2 < 4.0 * k * k {
                    // k² / d along the unit vector: k² (dx, dy) / d²
                    disp[v][0] += k * k * dx / d2;
                    disp[v][1] += k * k * dy / d2;
                }
            }
            disp[v][0] -= GRAVITY * k * (x - centre) / s;
            disp[v][1] -= GRAVITY * k * (y - centre) / s;
        }
        for &(a, b) in edges {
            let dx = pos[a][0] - pos[b][0];
            let dy = pos[a][1] - pos[b][1];
            // d² / k along the unit vector: d (dx, dy) / k
            let d = (dx * dx + dy * dy).sqrt();
            let (fx, fy) = (d * dx / k, d * dy / k);
            disp[a][0] -= fx;
            disp[a][1] -= fy;
            disp[b][0] += fx;
            disp[b][1] += fy;
        }
        for (p, d) in pos.iter_mut().zip(&disp) {
            let length = (d[0] * d[0] + d[1] * d[1]).sqrt();
            if length > 0.0 && length.is_finite() {
                let moved = length.min(temperature);
                p[0] = (p[0] + d[0] / length * moved).clamp(0.0, s);
                p[1] = (p[1] + d[1] / length * moved).clamp(0.0, s);
            }
        }
    }
}

/// The vector from `u` to `v`, nudged apart by a fixed small amount when they coincide
/// (opposite for the two, from integer arithmetic only, so it is the same on every platform).
fn apart(v: usize, u: usize, dx: f64, dy: f64) -> (f64, f64) {
    if dx * dx + dy * dy > 1e-18 {
        return (dx, dy);
    }
    let sign = if v < u { 1.0 } else { -1.0 };
    let h = v.min(u).wrapping_mul(7919) ^ v.max(u).wrapping_mul(104_729);
    let x = (h % 201) as f64 - 100.0;
    let y = (h / 201 % 201) as f64 - 100.5;
    (sign * 1e-5 * x, sign * 1e-5 * y)
}

/// The median length of the edges, if there are edges and it is not zero.
fn median_length(pos: &[[f64; 2]], edges: &[(usize, usize)]) -> Option<f64> {
    let mut lengths: Vec<f64> = edges
        .iter()
        .map(|&(a, b)| {
            let (dx, dy) = (pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
            (dx * dx + dy * dy).sqrt()
        })
        .collect();
    lengths.sort_by(f64::total_cmp);
    lengths
        .get(lengths.len() / 2)
        .copied()
        .filter(|&m| m > 1e-9)
}

/// Scales the points into the box, centred, keeping the aspect ratio, at most `max_scale`
/// box units per layout unit.
fn fit(pos: &[[f64; 2]], options: &LayoutOptions, max_scale: f64) -> Vec<[f64; 2]> {
    let inner_w = (options.width - 2.0 * options.margin).max(0.0);
    let inner_h = (options.height - 2.0 * options.margin).max(0.0);
    let (mut min, mut max) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for p in pos {
        for i in 0..2 {
            min[i] = min[i].min(p[i]);
            max[i] = max[i].max(p[i]);
        }
    }
    let span = [max[0] - min[0], max[1] - min[1]];
    let scale = match (span[0] > 1e-9, span[1] > 1e-9) {
        (true, true) => (inner_w / span[0]).min(inner_h / span[1]),
        (true, false) => inner_w / span[0],
        (false, true) => inner_h / span[1],
        (false, false) => 0.0,
    }
    .min(max_scale);
    let offset = [
        options.margin + (inner_w - span[0] * scale) / 2.0,
        options.margin + (inner_h - span[1] * scale) / 2.0,
    ];
    pos.iter()
        .map(|p| {
            [
                (offset[0] + (p[0] - min[0]) * scale)
                    .clamp(options.margin, options.margin + inner_w),
                (offset[1] + (p[1] - min[1]) * scale)
                    .clamp(options.margin, options.margin + inner_h),
            ]
        })
        .collect()
}

/// Nodes bucketed into square cells (counting sort, rebuilt each step).
struct Grid {
    cell: f64,
    side: usize,
    starts: Vec<usize>,
    members: Vec<usize>,
}

impl Grid {
    fn new(extent: f64, cell: f64) -> Self {
        let side = ((extent / cell).ceil() as usize).max(1);
        Self {
            cell,
            side,
            starts: vec![0; side * side + 1],
            members: Vec::new(),
        }
    }

    fn coord(&self, x: f64) -> usize {
        ((x / self.cell) as usize).min(self.side - 1)
    }

    fn index(&self, x: f64, y: f64) -> usize {
        self.coord(y) * self.side + self.coord(x)
    }

    fn fill(&mut self, pos: &[[f64; 2]]) {
        self.starts.iter_mut().for_each(|s| *s = 0);
        for p in pos {
            let c = self.index(p[0], p[1]);
            self.starts[c + 1] += 1;
        }
        for i in 1..self.starts.len() {
            self.starts[i] += self.starts[i - 1];
        }
        let mut next = self.starts.clone();
        self.members.resize(pos.len(), 0);
        for (v, p) in pos.iter().enumerate() {
            let c = self.index(p[0], p[1]);
            self.members[next[c]] = v;
            next[c] += 1;
        }
    }

    /// The nodes in the 3 × 3 cells around a point.
    fn near(&self, x: f64, y: f64) -> impl Iterator<Item = usize> + '_ {
        let (cx, cy) = (self.coord(x), self.coord(y));
        let rows = cy.saturating_sub(1)..=(cy + 1).min(self.side - 1);
        rows.flat_map(move |r| {
            let first = r * self.side + cx.saturating_sub(1);
            let last = r * self.side + (cx + 1).min(self.side - 1);
            self.members[self.starts[first]..self.starts[last + 1]]
                .iter()
                .copied()
        })
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): small, seedable, the same everywhere.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ring of `n` nodes with a chord, and two isolated nodes.
    fn ring(n: usize) -> Vec<(usize, usize)> {
        let mut edges: Vec<(usize, usize)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
        edges.push((0, n / 2));
        edges
    }

    fn inside(points: &[[f64; 2]], o: &LayoutOptions) -> bool {
        points.iter().all(|p| {
            p[0].is_finite()
                && p[1].is_finite()
                && p[0] >= o.margin
                && p[0] <= o.width - o.margin
                && p[1] >= o.margin
                && p[1] <= o.height - o.margin
        })
    }

    #[test]
    fn layout_is_deterministic() {
        let o = LayoutOptions::default();
        let a = layout(42, &ring(40), &o);
        let b = layout(42, &ring(40), &o);
        assert_eq!(a, b);
        let other_seed = layout(42, &ring(40), &LayoutOptions { seed: 2, ..o });
        assert_ne!(a, other_seed);
    }

    #[test]
    fn layout_stays_inside_the_box_without_nan() {
        let o = LayoutOptions::default();
        for n in [0, 1, 2, 3, 10, 200] {
            let points = layout(n, &ring(n.max(2)), &o);
            assert_eq!(points.len(), n);
            assert!(inside(&points, &o), "n = {n}: {points:?}");
        }
        // every node on one spot, and a box smaller than its margins
        let tiny = LayoutOptions {
            width: 10.0,
            height: 10.0,
            margin: 20.0,
            max_edge: 80.0,
            iterations: 0,
            seed: 3,
        };
        let points = layout(5, &[(0, 1)], &tiny);
        assert!(points.iter().flatten().all(|c| c.is_finite()));
    }

    #[test]
    fn layout_ignores_bad_edges() {
        let o = LayoutOptions::default();
        let points = layout(3, &[(0, 0), (1, 7), (0, 1)], &o);
        assert!(inside(&points, &o));
    }

    #[test]
    fn neighbours_end_closer_than_strangers() {
        // two cliques of 8 joined by one edge: the mean distance inside a clique is smaller
        let mut edges = Vec::new();
        for base in [0, 8] {
            for i in 0..8 {
                for j in i + 1..8 {
                    edges.push((base + i, base + j));
                }
            }
        }
        edges.push((0, 8));
        let p = layout(16, &edges, &LayoutOptions::default());
        let d =
            |a: usize, b: usize| ((p[a][0] - p[b][0]).powi(2) + (p[a][1] - p[b][1]).powi(2)).sqrt();
        let inside: f64 = (1..8).map(|j| d(1, j)).sum::<f64>() / 7.0;
        let across: f64 = (9..16).map(|j| d(1, j)).sum::<f64>() / 7.0;
        assert!(inside < across, "inside {inside}, across {across}");
    }

    #[test]
    fn large_graph_lays_out_quickly() {
        // 5,000 nodes, a sparse random-ish graph: bounded time even in a debug build
        let n = 5000;
        let edges: Vec<(usize, usize)> = (0..n).map(|i| (i, (i * 7919 + 13) % n)).collect();
        let o = LayoutOptions {
            iterations: 50,
            ..LayoutOptions::default()
        };
        let started = std::time::Instant::now();
        let points = layout(n, &edges, &o);
        assert!(inside(&points, &o));
        assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    }
}
