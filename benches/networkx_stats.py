#!/usr/bin/env python3
"""The same statistics as `talkgraph stats`, computed by NetworkX, timed: the comparison
figure of README's network benchmark.

    talkgraph generate --talks 100000 --seed 42 -o /tmp/g.txt
    talkgraph build --store /tmp/g.db /tmp/g.txt
    talkgraph network export --store /tmp/g.db -f json -o /tmp/bipartite.json
    python3 benches/networkx_stats.py /tmp/bipartite.json [PIVOTS]

Above 5,000 nodes talkgraph samples betweenness and closeness with 500 pivots; so does this
script (betweenness_centrality(k=500); closeness from the same number of BFS sources), so both
do the same work. Prints the seconds per step and the total.
"""
import json
import sys
import time

import networkx as nx
from networkx.algorithms import bipartite


def main():
    pivots = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    t0 = time.perf_counter()
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    b = nx.Graph()
    for n in data["nodes"]:
        b.add_node(n["iri"], kind=n["kind"])
    for e in data["links"]:
        b.add_edge(e["source"], e["target"], weight=e.get("weight", 1.0))
    t_load = time.perf_counter() - t0
    people = [n for n, k in b.nodes(data="kind") if k == "person"]
    orgs = [n for n, k in b.nodes(data="kind") if k == "institution"]
    steps = {}

    def timed(name, f):
        t = time.perf_counter()
        out = f()
        steps[name] = time.perf_counter() - t
        return out

    graphs = {"bipartite": b}
    graphs["institutions"] = timed("project institutions", lambda: bipartite.weighted_projected_graph(b, orgs))
    timed("newman weights", lambda: bipartite.collaboration_weighted_projected_graph(b, orgs))
    graphs["speakers"] = timed("project speakers", lambda: bipartite.weighted_projected_graph(b, people))
    for name, g in graphs.items():
        n = g.number_of_nodes()
        timed(f"{name}: components", lambda: sorted(map(len, nx.connected_components(g)), reverse=True))
        timed(f"{name}: degrees", lambda: (dict(g.degree()), dict(g.degree(weight="weight"))))
        if n > 5000:
            timed(f"{name}: betweenness (k={pivots})", lambda: nx.betweenness_centrality(g, k=pivots, seed=1))
            sources = list(g.nodes())[:: max(1, n // pivots)][:pivots]
            timed(f"{name}: closeness ({pivots} sources)", lambda: [nx.single_source_shortest_path_length(g, s) for s in sources])
        else:
            timed(f"{name}: betweenness", lambda: nx.betweenness_centrality(g))
            timed(f"{name}: closeness", lambda: nx.closeness_centrality(g))
        def eig():
            try:
                return nx.eigenvector_centrality(g, max_iter=100, tol=1e-6)
            except nx.PowerIterationFailedConvergence:
                return None
        timed(f"{name}: eigenvector", eig)
        timed(f"{name}: clustering", lambda: nx.average_clustering(g))
        timed(f"{name}: transitivity", lambda: nx.transitivity(g))
        comms = timed(f"{name}: label propagation", lambda: list(nx.community.label_propagation_communities(g)))
        timed(f"{name}: modularity", lambda: nx.community.modularity(g, comms))
    total = sum(steps.values())
    for k, v in steps.items():
        print(f"{v:9.2f} s  {k}")
    print(f"networkx {nx.__version__}: load {t_load:.2f} s, statistics {total:.2f} s "
          f"(bipartite {b.number_of_nodes()} nodes / {b.number_of_edges()} edges, "
          f"speaker projection {graphs['speakers'].number_of_edges()} edges)")


if __name__ == "__main__":
    main()
