//! A seeded generator of listings in the sample's style, for benchmarks and load tests.
//!
//! The entry point is [`generate`]. The same seed gives the same listing, byte for byte.
//! Entries are "Title / Name, Institution / abstract paragraphs", with some two-speaker
//! talks, "(part n of m)" tutorials, and seasonal-school sessions with timestamped segments.

use std::fmt::Write;

/// A small, fast, seedable generator (SplitMix64); good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const GIVEN: &[&str] = &[
    "Maryam",
    "Madeleine",
    "Mahdi",
    "Benjamin",
    "Aryan",
    "Arya",
    "Yian",
    "Babak",
    "Quanquan",
    "Sicun",
    "John",
    "Ahmad",
    "Hamed",
    "Bei",
    "Muhammad",
    "Kerim",
    "Richard",
    "Akhilesh",
    "Jinwook",
    "Sachin",
    "Sung Kyu",
    "Shobha",
    "Elena",
    "Lucas",
    "Sofia",
    "Wei",
    "Priya",
    "Javier",
    "Chloé",
    "Tomasz",
    "Aisha",
    "Kenji",
    "Olga",
    "Mateo",
    "Ingrid",
    "Ravi",
];
const FAMILY: &[&str] = &[
    "Fazel",
    "Udell",
    "Soltanolkotabi",
    "Recht",
    "Mokhtari",
    "Mazumdar",
    "Ma",
    "Hassibi",
    "Gu",
    "Gao",
    "Doyle",
    "Beirami",
    "Hassani",
    "Yu",
    "Shafique",
    "Kalafala",
    "Taggart",
    "Kumar",
    "Jung",
    "Sapatnekar",
    "Lim",
    "Vasudevan",
    "Rossi",
    "Martin",
    "Novak",
    "Chen",
    "Iyer",
    "García",
    "Dubois",
    "Kowalski",
    "Okafor",
    "Tanaka",
    "Petrova",
    "van der Berg",
    "Lindqvist",
];
const INSTITUTIONS: &[&str] = &[
    "University of Washington",
    "Stanford University",
    "USC",
    "UC Berkeley",
    "UT Austin",
    "TILOS & UC San Diego",
    "Caltech",
    "Google DeepMind",
    "University of Pennsylvania",
    "MIT",
    "Carnegie Mellon University",
    "ETH Zurich",
    "EPFL",
    "University of Toronto",
    "Princeton University",
    "Georgia Institute of Technology",
    "IBM Research",
    "NVIDIA",
    "Microsoft Research",
    "University of Minnesota",
    "UIUC",
    "Tsinghua University",
];
const ROLES: &[&str] = &[
    "Professor",
    "Associate Professor",
    "Assistant Professor",
    "Research Scientist",
    "Research Staff Member",
    "Principal Engineer",
];
const TITLE_HEADS: &[&str] = &[
    "Accelerating",
    "Understanding",
    "Revisiting",
    "Scaling",
    "Certifying",
    "Learning",
    "Provable",
    "Robust",
    "Efficient",
    "Adaptive",
    "Stochastic",
    "Distributed",
];
/// Title topics, written as people write them; most name a concept of `ontology/topics.ttl`,
/// so talks get a spread of topics (each topic on a few per cent of talks), not a handful of
/// topics on every talk.
const TITLE_TOPICS: &[&str] = &[
    "Nonconvex Optimization",
    "Gradient Descent",
    "Diffusion Models",
    "Feedback Control",
    "Language Model Alignment",
    "Sparse Recovery",
    "Monte Carlo Sampling",
    "Chip Placement",
    "Reinforcement Learning",
    "Matrix Completion",
    "Variance Reduction",
    "Analog Layout",
    "Graph Neural Networks",
    "Transformers",
    "Scaling Laws",
    "Model Compression",
    "In-Context Learning",
    "Multi-Armed Bandits",
    "Imitation Learning",
    "Federated Learning",
    "Kernel Methods",
    "Anomaly Detection",
    "Tensor Methods",
    "Bayesian Optimization",
    "Recommender Systems",
    "Convex Optimization",
    "Minimax Optimization",
    "Bilevel Optimization",
    "Combinatorial Optimization",
    "Riemannian Optimization",
    "Numerical Linear Algebra",
    "Causal Inference",
    "Variational Inference",
    "Time Series Analysis",
    "Uncertainty Quantification",
    "Robust Statistics",
    "Optimal Transport",
    "Langevin Dynamics",
    "Inverse Problems",
    "Model Predictive Control",
    "System Identification",
    "Motion Planning",
    "Interpretability",
    "Adversarial Robustness",
    "Machine Unlearning",
    "Logic Synthesis",
    "Timing Analysis",
    "Quantum Algorithms",
];
const TITLE_TAILS: &[&str] = &[
    "via Online Learning",
    "at Scale",
    "in High Dimensions",
    "with Guarantees",
    "for Neural Networks",
    "under Uncertainty",
    "from First Principles",
    "for EDA",
    "in Practice",
    "with Limited Data",
    "beyond the Worst Case",
    "for Scientific Discovery",
    "on a Budget",
    "without Tuning",
    "Revisited",
    "and Their Limits",
];
/// Where tutorials were given; with the year they make each tutorial's series its own.
const VENUES: &[&str] = &[
    "ICML", "NeurIPS", "ICLR", "COLT", "CDC", "DAC", "ICCAD", "ISIT", "AISTATS", "UAI",
];
/// Where seasonal schools met; with the season and year they make each school its own series.
const CITIES: &[&str] = &[
    "Lisbon",
    "Toronto",
    "San Diego",
    "Zurich",
    "Kyoto",
    "Cape Town",
    "Austin",
    "Paris",
    "Bangalore",
    "Santiago",
    "Seoul",
    "Edinburgh",
    "Oslo",
    "Nairobi",
    "Melbourne",
    "Montreal",
];
const SEASONS: &[&str] = &["Winter", "Spring", "Summer", "Autumn"];
const WORDS: &[&str] = &[
    "we",
    "study",
    "the",
    "problem",
    "of",
    "learning",
    "optimization",
    "a",
    "new",
    "method",
    "that",
    "provably",
    "converges",
    "to",
    "stationary",
    "points",
    "and",
    "show",
    "how",
    "gradient",
    "information",
    "can",
    "be",
    "used",
    "in",
    "large",
    "models",
    "with",
    "theoretical",
    "guarantees",
    "experiments",
    "on",
    "benchmarks",
    "confirm",
    "this",
    "approach",
    "is",
    "efficient",
    "robust",
    "scalable",
    "control",
    "sampling",
    "networks",
];

/// A speaker: a name from a pool of about 5,000 (given name, an optional middle initial,
/// family name).
fn name_of(rng: &mut Rng) -> String {
    const INITIALS: &[&str] = &["", "A. ", "J. ", "M. "];
    format!(
        "{} {}{}",
        rng.pick(GIVEN),
        rng.pick(INITIALS),
        rng.pick(FAMILY)
    )
}

/// A speaker's affiliation, fixed by the name (people keep their institution from talk to
/// talk, as in real listings); about one speaker in seven has two ("TILOS & UC San Diego").
fn affiliation(name: &str) -> String {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let n = INSTITUTIONS.len() as u64;
    let first = INSTITUTIONS[(hash % n) as usize];
    if (hash / n).is_multiple_of(7) {
        let second = INSTITUTIONS[((hash / n / 7) % n) as usize];
        if second != first {
            return format!("{first} & {second}");
        }
    }
    first.to_owned()
}

fn title(rng: &mut Rng) -> String {
    format!(
        "{} {} {}",
        rng.pick(TITLE_HEADS),
        rng.pick(TITLE_TOPICS),
        rng.pick(TITLE_TAILS)
    )
}

fn paragraph(rng: &mut Rng, out: &mut String) {
    let sentences = 4 + rng.below(5);
    for s in 0..sentences {
        let n = 12 + rng.below(14);
        for w in 0..n {
            let word = rng.pick(WORDS);
            if w == 0 {
                let mut c = word.chars();
                if let Some(first) = c.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(c.as_str());
                }
            } else {
                out.push(' ');
                out.push_str(word);
            }
        }
        out.push('.');
        if s + 1 < sentences {
            out.push(' ');
        }
    }
    out.push('\n');
}

/// A listing of about `talks` talks in the sample's style, the same for the same `seed`.
pub fn generate(talks: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(talks * 1100);
    out.push_str("Recorded Talks: Generated Workshops and Tutorials\n");
    let mut made = 0;
    // counters, not random picks, name the series: two tutorials or schools never share a name,
    // so a series holds its own two to four parts, as in the sample, not every part in the file
    let (mut school, mut tutorial) = (0usize, 0usize);
    while made < talks {
        match rng.below(60) {
            0 => {
                // a seasonal school: two to four sessions with timestamped segments
                let name = format!(
                    "{} {} School {}",
                    CITIES[school % CITIES.len()],
                    SEASONS[school / CITIES.len() % SEASONS.len()],
                    2000 + school / (CITIES.len() * SEASONS.len()) % 26
                );
                school += 1;
                for session in 1..=2 + rng.below(3) {
                    let _ = writeln!(
                        out,
                        "{name}: Session {session} on {}",
                        rng.pick(TITLE_TOPICS)
                    );
                    out.push_str("00:00:00 - Introduction\n");
                    let segments = 2 + rng.below(3);
                    for k in 0..segments {
                        let minutes = 2 + k * 55 + rng.below(10);
                        let speaker = name_of(&mut rng);
                        let _ = writeln!(
                            out,
                            "{:02}:{:02}:00 - \"{}\", {speaker}, {}, {}",
                            minutes / 60,
                            minutes % 60,
                            title(&mut rng),
                            rng.pick(ROLES),
                            affiliation(&speaker)
                        );
                    }
                    made += segments;
                }
            }
            1..=3 => {
                // a two-part tutorial by two speakers
                let series = format!(
                    "{} {} Tutorial on {}",
                    VENUES[tutorial % VENUES.len()],
                    2000 + tutorial / VENUES.len() % 26,
                    TITLE_TOPICS[tutorial / (VENUES.len() * 26) % TITLE_TOPICS.len()]
                );
                tutorial += 1;
                let (a, b) = (name_of(&mut rng), name_of(&mut rng));
                let (ia, ib) = (affiliation(&a), affiliation(&b));
                for part in 1..=2 {
                    let _ = writeln!(out, "{series} (part {part} of 2): {}", title(&mut rng));
                    let _ = writeln!(out, "{a}, {ia}\n{b}, {ib}");
                    paragraph(&mut rng, &mut out);
                }
                made += 2;
            }
            _ => {
                let _ = writeln!(out, "{}", title(&mut rng));
                let speaker = name_of(&mut rng);
                let _ = writeln!(out, "{speaker}, {}", affiliation(&speaker));
                for _ in 0..1 + rng.below(2) {
                    paragraph(&mut rng, &mut out);
                }
                made += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_listing() {
        assert_eq!(generate(50, 7), generate(50, 7));
        assert_ne!(generate(50, 7), generate(50, 8));
    }

    #[test]
    fn series_stay_small_in_a_large_listing() {
        // each tutorial and school is its own series, as in the sample: a series of a
        // hundred parts would make "a series in order" a scan of the listing
        let listing = generate(20_000, 3);
        let mut parts = std::collections::HashMap::<&str, usize>::new();
        for line in listing.lines() {
            if let Some(at) = line.find(" (part ").or_else(|| line.find(": Session ")) {
                *parts.entry(&line[..at]).or_default() += 1;
            }
        }
        assert!(parts.len() > 500, "{} series", parts.len());
        assert!(parts.values().all(|&n| (2..=4).contains(&n)), "{parts:?}");
    }
}
