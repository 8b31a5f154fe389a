//! Validation of the store against SHACL shapes (`ontology/shapes.ttl`), by SPARQL.
//!
//! Each constraint of a shape becomes one SPARQL query that selects the focus nodes violating
//! it, over the union of all graphs (so the topic scheme and the ontology's subclass axioms are
//! seen: targets include instances of subclasses, through `rdfs:subClassOf*`).
//!
//! Covered SHACL Core features: `sh:targetClass`; property shapes with a single-IRI `sh:path`
//! and `sh:minCount`, `sh:maxCount`, `sh:datatype`, `sh:class`, `sh:nodeKind` (`sh:IRI`,
//! `sh:Literal`, `sh:BlankNode`), `sh:pattern`, `sh:minInclusive`; node-level `sh:class`; and
//! `sh:or` whose members are `sh:minCount` property shapes or `sh:class` node shapes. A shape
//! that uses anything else is refused with an error rather than silently half-checked.

use std::fmt::Write as _;

use oxigraph::io::{RdfFormat, RdfParser};

use crate::rdf::vocab::{RDF, RDFS, SH};
use crate::store::GraphStore;

/// The shapes shipped with talkgraph.
pub const BUILTIN_SHAPES: &str = include_str!("../ontology/shapes.ttl");

/// One failed constraint on one node.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Violation {
    pub shape: String,
    pub focus: String,
    /// The property, when the constraint is on one.
    pub path: Option<String>,
    /// Which constraint (`minCount`, `datatype`, …).
    pub constraint: String,
    /// The offending value, when there is one.
    pub value: Option<String>,
    pub message: String,
}

/// Shapes that cannot be read or use features this checker does not cover.
#[derive(Debug, thiserror::Error)]
#[error("shapes {path}: {message}")]
pub struct ShapesError {
    pub path: String,
    pub message: String,
}

/// A parsed constraint: the SPARQL that finds its violations.
#[derive(Debug, Clone)]
struct Check {
    shape: String,
    path: Option<String>,
    constraint: String,
    message: String,
    /// A SELECT with `?focus` and optionally `?value`.
    query: String,
}

/// Shapes ready to check a store.
#[derive(Debug, Clone)]
pub struct Shapes {
    checks: Vec<Check>,
}

impl Shapes {
    /// The built-in shapes.
    pub fn builtin() -> Result<Self, ShapesError> {
        Self::from_turtle("ontology/shapes.ttl", BUILTIN_SHAPES)
    }

    /// Reads shapes from Turtle.
    pub fn from_turtle(path: &str, turtle: &str) -> Result<Self, ShapesError> {
        let err = |message: String| ShapesError {
            path: path.to_owned(),
            message,
        };
        let store = GraphStore::memory().map_err(|e| err(e.to_string()))?;
        let mut loader = store.inner().bulk_loader();
        let quads: Result<Vec<_>, _> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(turtle.as_bytes())
            .collect();
        loader
            .load_quads(quads.map_err(|e| err(e.to_string()))?)
            .map_err(|e| err(e.to_string()))?;
        loader.commit().map_err(|e| err(e.to_string()))?;
        let shapes = select(
            &store,
            &format!(
                "SELECT ?shape ?class ?message WHERE {{ ?shape <{SH}targetClass> ?class \
                 OPTIONAL {{ ?shape <{SH}message> ?message }} }} ORDER BY ?shape ?class"
            ),
        )
        .map_err(err)?;
        // Blank-node labels are only stable within one query: read each shape's property
        // shapes and sh:or members whole, then group them here.
        let props = select(
            &store,
            &format!(
                "SELECT ?shape ?prop ?k ?v WHERE {{ ?shape <{SH}property> ?prop . ?prop ?k ?v }}"
            ),
        )
        .map_err(err)?;
        let ors = select(
            &store,
            &format!(
                "SELECT ?shape ?member ?k ?v WHERE {{ ?shape <{SH}or>/<{RDF}rest>*/<{RDF}first> ?member . \
                 ?member ?k ?v }}"
            ),
        )
        .map_err(err)?;
        let mut checks = Vec::new();
        for row in shapes {
            let (Some(shape), Some(class)) = (row[0].clone(), row[1].clone()) else {
                continue;
            };
            let node_message = row[2]
                .clone()
                .unwrap_or_else(|| format!("violates {shape}"));
            let target = format!("?focus <{RDF}type>/<{RDFS}subClassOf>* <{class}> .");
            for (_, pairs) in group(&props, &shape) {
                checks.extend(property_checks(&shape, &pairs, &target).map_err(err)?);
            }
            let members = group(&ors, &shape);
            if !members.is_empty() {
                let mut alternatives = Vec::new();
                for (_, pairs) in &members {
                    alternatives.push(or_condition(pairs).map_err(err)?);
                }
                let conditions = alternatives
                    .iter()
                    .map(|c| format!("EXISTS {{ {c} }}"))
                    .collect::<Vec<_>>()
                    .join(" || ");
                checks.push(Check {
                    shape: shape.clone(),
                    path: None,
                    constraint: "or".into(),
                    message: node_message.clone(),
                    query: format!(
                        "SELECT DISTINCT ?focus WHERE {{ {target} FILTER (!({conditions})) }}"
                    ),
                });
            }
            // Other node-level constraints are refused rather than skipped.
            let unsupported = select(
                &store,
                &format!(
                    "SELECT DISTINCT ?p WHERE {{ <{shape}> ?p ?o . FILTER (STRSTARTS(STR(?p), \"{SH}\") \
                     && ?p NOT IN (<{SH}targetClass>, <{SH}property>, <{SH}or>, <{SH}message>, \
                     <{SH}name>, <{SH}description>, <{SH}severity>)) }}"
                ),
            )
            .map_err(err)?;
            if let Some(p) = unsupported.first().and_then(|r| r[0].clone()) {
                return Err(err(format!(
                    "{shape} uses {p}, which this checker does not cover"
                )));
            }
        }
        Ok(Self { checks })
    }

    /// How many constraint checks the shapes make.
    pub fn len(&self) -> usize {
        self.checks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.checks.is_empty()
    }

    /// Every violation in the store, sorted.
    pub fn validate(&self, store: &GraphStore) -> Result<Vec<Violation>, String> {
        let mut out = Vec::new();
        for check in &self.checks {
            let rows = store
                .select(&check.query)
                .map_err(|e| format!("{}: {e}\n{}", check.shape, check.query))?;
            // columns: ?focus, then ?value when the check selects one
            for row in rows {
                out.push(Violation {
                    shape: check.shape.clone(),
                    focus: row.first().cloned().flatten().unwrap_or_default(),
                    path: check.path.clone(),
                    constraint: check.constraint.clone(),
                    value: row.get(1).cloned().flatten(),
                    message: check.message.clone(),
                });
            }
        }
        out.sort_by(|a, b| {
            (&a.focus, &a.shape, &a.constraint).cmp(&(&b.focus, &b.shape, &b.constraint))
        });
        out.dedup();
        Ok(out)
    }

    /// The constraints checked, as `shape path constraint` lines (for documentation).
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for c in &self.checks {
            let _ = writeln!(
                out,
                "{} {} {}",
                c.shape,
                c.path.as_deref().unwrap_or("-"),
                c.constraint
            );
        }
        out
    }
}

fn property_checks(
    shape: &str,
    pairs: &[(String, String)],
    target: &str,
) -> Result<Vec<Check>, String> {
    let mut path = None;
    let mut message = None;
    let mut constraints = Vec::new();
    for (k, v) in pairs {
        let v = v.clone();
        match k.strip_prefix(SH) {
            Some("path") => path = Some(v),
            Some("message") => message = Some(v),
            Some("name" | "description" | "severity" | "order") => {}
            Some(other) => constraints.push((other.to_owned(), v)),
            None => {}
        }
    }
    let path = path.ok_or_else(|| format!("a property shape of {shape} has no sh:path"))?;
    if path.starts_with("_:") {
        return Err(format!(
            "{shape}: only single-IRI sh:path values are covered"
        ));
    }
    let message = message.unwrap_or_else(|| format!("{shape}: {path}"));
    let base = format!("{target} ?focus <{path}> ?value .");
    let mut checks = Vec::new();
    for (constraint, value) in constraints {
        let query = match constraint.as_str() {
            "minCount" => format!(
                "SELECT ?focus WHERE {{ {target} OPTIONAL {{ ?focus <{path}> ?value }} }} \
                 GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) < {value})"
            ),
            "maxCount" => format!(
                "SELECT ?focus WHERE {{ {base} }} GROUP BY ?focus HAVING (COUNT(DISTINCT ?value) > {value})"
            ),
            "datatype" => format!(
                "SELECT DISTINCT ?focus ?value WHERE {{ {base} FILTER (!isLiteral(?value) || datatype(?value) != <{value}>) }}"
            ),
            "class" => format!(
                "SELECT DISTINCT ?focus ?value WHERE {{ {base} FILTER NOT EXISTS {{ ?value <{RDF}type>/<{RDFS}subClassOf>* <{value}> }} }}"
            ),
            "nodeKind" => {
                let test = match value.strip_prefix(SH) {
                    Some("IRI") => "isIRI(?value)",
                    Some("Literal") => "isLiteral(?value)",
                    Some("BlankNode") => "isBlank(?value)",
                    _ => return Err(format!("{shape}: sh:nodeKind {value} is not covered")),
                };
                format!("SELECT DISTINCT ?focus ?value WHERE {{ {base} FILTER (!{test}) }}")
            }
            "pattern" => format!(
                "SELECT DISTINCT ?focus ?value WHERE {{ {base} FILTER (isBlank(?value) || !REGEX(STR(?value), {})) }}",
                sparql_string(&value)
            ),
            "minInclusive" => format!(
                "SELECT DISTINCT ?focus ?value WHERE {{ {base} FILTER (!(?value >= {value})) }}"
            ),
            other => return Err(format!("{shape}: sh:{other} is not covered by this checker")),
        };
        checks.push(Check {
            shape: shape.to_owned(),
            path: Some(path.clone()),
            constraint: constraint.clone(),
            message: message.clone(),
            query,
        });
    }
    Ok(checks)
}

/// The graph pattern (on `?focus`) under which an `sh:or` member holds.
fn or_condition(pairs: &[(String, String)]) -> Result<String, String> {
    let mut path = None;
    let mut min = None;
    let mut class = None;
    for (k, v) in pairs {
        let v = v.clone();
        match k.strip_prefix(SH) {
            Some("path") => path = Some(v),
            Some("minCount") => min = Some(v),
            Some("class") => class = Some(v),
            Some("message" | "name" | "description") | None => {}
            Some(other) => {
                return Err(format!(
                    "sh:or member uses sh:{other}, which is not covered"
                ))
            }
        }
    }
    match (path, min, class) {
        (Some(path), Some(min), None) if min == "1" => Ok(format!("?focus <{path}> ?any")),
        (None, None, Some(class)) => {
            Ok(format!("?focus <{RDF}type>/<{RDFS}subClassOf>* <{class}>"))
        }
        _ => Err("sh:or members must be a minCount 1 property shape or an sh:class".into()),
    }
}

/// The `(key, value)` pairs of each node (second column) of rows `[shape, node, key, value]`
/// whose shape is `shape`, in first-seen order.
fn group(rows: &[Vec<Option<String>>], shape: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for row in rows {
        let [Some(s), Some(node), Some(k), Some(v)] = [&row[0], &row[1], &row[2], &row[3]] else {
            continue;
        };
        if s != shape {
            continue;
        }
        let pair = (k.clone(), v.clone());
        match out.iter_mut().find(|(n, _)| n == node) {
            Some((_, pairs)) => pairs.push(pair),
            None => out.push((node.clone(), vec![pair])),
        }
    }
    out
}

fn sparql_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Runs a SELECT on the shapes store; each row holds its values as text (`_:x` for blank nodes).
fn select(store: &GraphStore, query: &str) -> Result<Vec<Vec<Option<String>>>, String> {
    store.select(query)
}
