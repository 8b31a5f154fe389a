#!/usr/bin/env bash
# Reads talkgraph's network exports of the sample with NetworkX (read_graphml, read_gexf,
# node_link_graph) and checks node and edge counts against `talkgraph stats --format json`;
# renders the DOT export with Graphviz when `dot` is installed.
# Runs when python3 is present; installs networkx with pip if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null 2>&1; then
  echo "check-networkx: no python3, skipped"
  exit 0
fi
python3 -c 'import networkx' 2>/dev/null || python3 -m pip install --quiet networkx
tg=${TALKGRAPH:-target/debug/talkgraph}
[ -x "$tg" ] || cargo build --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$tg" build --store "$tmp/db" data/recorded-talks.txt >/dev/null 2>&1
for p in bipartite institutions speakers copresenters; do
  for f in graphml gexf json; do
    "$tg" network export --store "$tmp/db" --projection "$p" -f "$f" -o "$tmp/$p.$f"
  done
done
"$tg" stats --store "$tmp/db" -f json > "$tmp/stats.json"
python3 - "$tmp" <<'PY'
import json, sys
import networkx as nx
tmp = sys.argv[1]
stats = json.load(open(f"{tmp}/stats.json"))
want = {
    "bipartite": (stats["bipartite"]["graph"]["nodes"], stats["bipartite"]["edges"]),
    "institutions": (stats["institution_projection"]["nodes"], stats["institution_projection"]["edges"]),
    "speakers": (stats["speaker_projection"]["nodes"], stats["speaker_projection"]["edges"]),
    "copresenters": (stats["copresenter"]["nodes"], stats["copresenter"]["edges"]),
}
for p, (n, m) in want.items():
    graphs = {
        "graphml": nx.read_graphml(f"{tmp}/{p}.graphml"),
        "gexf": nx.read_gexf(f"{tmp}/{p}.gexf"),
        "json": nx.node_link_graph(json.load(open(f"{tmp}/{p}.json")), edges="links"),
    }
    for f, g in graphs.items():
        got = (g.number_of_nodes(), g.number_of_edges())
        assert got == (n, m), f"{p}.{f}: NetworkX read {got}, talkgraph says {(n, m)}"
        kinds = {d.get("kind") for _, d in g.nodes(data=True)}
        assert kinds <= {"person", "institution"} and kinds, f"{p}.{f}: kinds {kinds}"
    print(f"check-networkx: {p}: graphml, gexf, json read by NetworkX {nx.__version__}: {n} nodes, {m} edges")
PY
if command -v dot >/dev/null 2>&1; then
  "$tg" network export --store "$tmp/db" -f dot -o "$tmp/bipartite.dot"
  dot -Tsvg "$tmp/bipartite.dot" -o "$tmp/bipartite.svg"
  grep -q '<svg' "$tmp/bipartite.svg"
  echo "check-networkx: Graphviz rendered the DOT export ($(wc -c < "$tmp/bipartite.svg") bytes of SVG)"
fi
