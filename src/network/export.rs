//! Writing a network graph as GraphML, GEXF 1.2, Graphviz DOT or node-link JSON.
//!
//! Node attributes: `kind` (person/institution), `label`, `iri`, `degree`, `community`; edge
//! attributes: `weight`, `newman` (Newman's collaboration weight, institution projection) and
//! `role` (bipartite graph). GraphML and GEXF open in Gephi and NetworkX (`read_graphml`,
//! `read_gexf`); the JSON is the node-link shape of d3 and `networkx.node_link_graph(data,
//! edges="links")`.

use std::io::Write;

use petgraph::visit::EdgeRef;

use super::stats;
use super::Graph;

/// The formats of `network export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkFormat {
    GraphMl,
    Gexf,
    Dot,
    Json,
}

/// Per-node values the exports carry besides the node's own fields.
struct Extra {
    degree: Vec<usize>,
    community: Vec<usize>,
}

fn extra(g: &Graph) -> Extra {
    let degree = g.node_indices().map(|n| g.neighbors(n).count()).collect();
    let mut community = vec![0; g.node_count()];
    for (c, members) in stats::communities(g).iter().enumerate() {
        for &v in members {
            community[v] = c;
        }
    }
    Extra { degree, community }
}

/// Writes `g` in `format`.
pub fn write(g: &Graph, format: NetworkFormat, out: &mut dyn Write) -> std::io::Result<()> {
    let x = extra(g);
    match format {
        NetworkFormat::GraphMl => graphml(g, &x, out),
        NetworkFormat::Gexf => gexf(g, &x, out),
        NetworkFormat::Dot => dot(g, &x, out),
        NetworkFormat::Json => json(g, &x, out),
    }
}

/// Escapes text for XML content and attribute values; drops characters XML 1.0 forbids.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

fn graphml(g: &Graph, x: &Extra, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, target, name, ty) in [
        ("d0", "node", "kind", "string"),
        ("d1", "node", "label", "string"),
        ("d2", "node", "iri", "string"),
        ("d3", "node", "degree", "int"),
        ("d4", "node", "community", "int"),
        ("d5", "edge", "weight", "double"),
        ("d6", "edge", "newman", "double"),
        ("d7", "edge", "role", "string"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{target}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="G" edgedefault="undirected">"#)?;
    for n in g.node_indices() {
        let node = &g[n];
        writeln!(
            out,
            r#"    <node id="n{}"><data key="d0">{}</data><data key="d1">{}</data><data key="d2">{}</data><data key="d3">{}</data><data key="d4">{}</data></node>"#,
            n.index(),
            node.kind.as_str(),
            xml_escape(&node.label),
            xml_escape(&node.iri),
            x.degree[n.index()],
            x.community[n.index()]
        )?;
    }
    for (i, e) in g.edge_references().enumerate() {
        let w = e.weight();
        write!(
            out,
            r#"    <edge id="e{i}" source="n{}" target="n{}"><data key="d5">{}</data><data key="d6">{}</data>"#,
            e.source().index(),
            e.target().index(),
            number(w.weight),
            number(w.newman)
        )?;
        if let Some(role) = &w.role {
            write!(out, r#"<data key="d7">{}</data>"#, xml_escape(role))?;
        }
        writeln!(out, "</edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

fn gexf(g: &Graph, x: &Extra, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">"#
    )?;
    writeln!(
        out,
        r#"  <meta><creator>talkgraph {}</creator></meta>"#,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        out,
        r#"  <graph mode="static" defaultedgetype="undirected">"#
    )?;
    writeln!(out, r#"    <attributes class="node">"#)?;
    writeln!(
        out,
        r#"      <attribute id="0" title="kind" type="string"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="1" title="iri" type="string"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="2" title="degree" type="integer"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="3" title="community" type="integer"/>"#
    )?;
    writeln!(out, r#"    </attributes>"#)?;
    writeln!(out, r#"    <attributes class="edge">"#)?;
    writeln!(
        out,
        r#"      <attribute id="0" title="newman" type="double"/>"#
    )?;
    writeln!(
        out,
        r#"      <attribute id="1" title="role" type="string"/>"#
    )?;
    writeln!(out, r#"    </attributes>"#)?;
    writeln!(out, "    <nodes>")?;
    for n in g.node_indices() {
        let node = &g[n];
        writeln!(
            out,
            r#"      <node id="n{}" label="{}"><attvalues><attvalue for="0" value="{}"/><attvalue for="1" value="{}"/><attvalue for="2" value="{}"/><attvalue for="3" value="{}"/></attvalues></node>"#,
            n.index(),
            xml_escape(&node.label),
            node.kind.as_str(),
            xml_escape(&node.iri),
            x.degree[n.index()],
            x.community[n.index()]
        )?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, "    <edges>")?;
    for (i, e) in g.edge_references().enumerate() {
        let w = e.weight();
        write!(
            out,
            r#"      <edge id="{i}" source="n{}" target="n{}" weight="{}"><attvalues><attvalue for="0" value="{}"/>"#,
            e.source().index(),
            e.target().index(),
            number(w.weight),
            number(w.newman)
        )?;
        if let Some(role) = &w.role {
            write!(out, r#"<attvalue for="1" value="{}"/>"#, xml_escape(role))?;
        }
        writeln!(out, "</attvalues></edge>")?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

/// A DOT string literal.
fn dot_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn dot(g: &Graph, x: &Extra, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "graph talkgraph {{")?;
    writeln!(out, "  node [style=filled, fontname=\"Helvetica\"];")?;
    for n in g.node_indices() {
        let node = &g[n];
        let (shape, color) = match node.kind {
            super::NodeKind::Person => ("ellipse", "#cfe2f3"),
            super::NodeKind::Institution => ("box", "#fce5cd"),
        };
        writeln!(
            out,
            "  n{} [label={}, kind={}, iri={}, degree={}, community={}, shape={shape}, fillcolor=\"{color}\"];",
            n.index(),
            dot_string(&node.label),
            dot_string(node.kind.as_str()),
            dot_string(&node.iri),
            x.degree[n.index()],
            x.community[n.index()]
        )?;
    }
    for e in g.edge_references() {
        let w = e.weight();
        write!(
            out,
            "  n{} -- n{} [weight={}, newman={}",
            e.source().index(),
            e.target().index(),
            number(w.weight),
            number(w.newman)
        )?;
        if let Some(role) = &w.role {
            write!(out, ", role={}", dot_string(role))?;
        }
        writeln!(out, "];")?;
    }
    writeln!(out, "}}")
}

fn json(g: &Graph, x: &Extra, out: &mut dyn Write) -> std::io::Result<()> {
    let nodes: Vec<serde_json::Value> = g
        .node_indices()
        .map(|n| {
            let node = &g[n];
            serde_json::json!({
                "id": node.iri,
                "kind": node.kind.as_str(),
                "label": node.label,
                "iri": node.iri,
                "degree": x.degree[n.index()],
                "community": x.community[n.index()],
            })
        })
        .collect();
    let links: Vec<serde_json::Value> = g
        .edge_references()
        .map(|e| {
            let w = e.weight();
            let mut v = serde_json::json!({
                "source": g[e.source()].iri,
                "target": g[e.target()].iri,
                "weight": w.weight,
                "newman": w.newman,
            });
            if let (Some(role), Some(map)) = (&w.role, v.as_object_mut()) {
                map.insert("role".into(), role.clone().into());
            }
            v
        })
        .collect();
    let doc = serde_json::json!({
        "directed": false,
        "multigraph": false,
        "graph": {"name": "talkgraph"},
        "nodes": nodes,
        "links": links,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
