#!/usr/bin/env bash
# Queries `talkgraph serve` with clients nobody here wrote — Python's SPARQLWrapper (pip) and
# curl — and checks every answer against `talkgraph query` on the same store: each named query
# as JSON (SPARQLWrapper, by GET and by POST) and as CSV (curl, byte for byte), an ASK, and a
# CONSTRUCT parsed by rdflib (SPARQLWrapper's own graph reader).
# Runs when python3 is present; installs SPARQLWrapper with pip if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null 2>&1; then
  echo "check-sparql-clients: no python3, skipped"
  exit 0
fi
python3 -c 'import SPARQLWrapper, rdflib' 2>/dev/null || python3 -m pip install --quiet SPARQLWrapper
tg=${TALKGRAPH:-target/debug/talkgraph}
[ -x "$tg" ] || cargo build --quiet
tmp=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
"$tg" build --store "$tmp/db" data/recorded-talks.txt >/dev/null 2>&1
"$tg" serve --store "$tmp/db" --bind 127.0.0.1:0 2>"$tmp/serve.log" &
server=$!
for _ in $(seq 100); do
  grep -q 'http://' "$tmp/serve.log" 2>/dev/null && break
  sleep 0.1
done
endpoint="$(grep -o 'http://[0-9.:]*' "$tmp/serve.log" | head -1)/sparql"
echo "check-sparql-clients: $endpoint"

# curl: every named query as CSV, byte for byte equal to `talkgraph query --format csv`
count=0
is_construct() { grep -qiE '^[[:space:]]*(CONSTRUCT|DESCRIBE)' "$1"; }
for file in queries/*.rq; do
  name=$(basename "$file" .rq)
  if is_construct "$file"; then format=turtle accept=text/turtle; else format=csv accept=text/csv; fi
  "$tg" query --store "$tmp/db" --format "$format" "$name" > "$tmp/cli.out"
  curl -sS --fail -H "Accept: $accept" --data-urlencode "query@$file" "$endpoint" > "$tmp/curl.out"
  cmp -s "$tmp/cli.out" "$tmp/curl.out" || { echo "curl: $name differs"; diff "$tmp/cli.out" "$tmp/curl.out" | head; exit 1; }
  count=$((count + 1))
done
echo "curl: $count named queries equal to talkgraph query"
# curl: a syntax error is a 400 naming the position
status=$(curl -s -o "$tmp/err.txt" -w '%{http_code}' --data-urlencode 'query=SELECT ?x WHERE {' "$endpoint")
[ "$status" = 400 ] && grep -q 'line 1, column' "$tmp/err.txt" || { echo "curl: bad query gave $status"; exit 1; }

for file in queries/*.rq; do
  name=$(basename "$file" .rq)
  if is_construct "$file"; then
    "$tg" query --store "$tmp/db" --format ntriples "$name" > "$tmp/$name.nt"
  else
    "$tg" query --store "$tmp/db" --format json "$name" > "$tmp/$name.json"
  fi
done
python3 - "$endpoint" "$tmp" <<'PY'
import glob, json, os, sys
import rdflib
from rdflib.compare import isomorphic
from SPARQLWrapper import SPARQLWrapper, JSON, TURTLE, POST, GET

endpoint, tmp = sys.argv[1], sys.argv[2]

def rows(result):
    # the solutions as a sorted list of {var: (type, value, datatype, lang)}
    out = []
    for b in result["results"]["bindings"]:
        out.append(sorted((k, v["type"].replace("typed-literal", "literal"), v["value"],
                           v.get("datatype"), v.get("xml:lang")) for k, v in b.items()))
    return sorted(out)

def client_for(text, kind, fmt, method):
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    # SPARQLWrapper guesses the query form from the text, and its comment filter skips every
    # other comment line, so a word like "remove" in a header comment reads as MOVE: say it.
    client.queryType = kind
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client

checked = 0
for path in sorted(glob.glob("queries/*.rq")):
    name = os.path.basename(path)[:-3]
    text = open(path, encoding="utf-8").read()
    if os.path.exists(f"{tmp}/{name}.nt"):
        expected = rdflib.Graph().parse(f"{tmp}/{name}.nt", format="nt")
        for method in (GET, POST):
            client = client_for(text, "CONSTRUCT", TURTLE, method)
            got = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
            assert len(got) > 0 and isomorphic(got, expected), f"{name} by {method} differs"
            checked += 1
        continue
    expected = json.load(open(f"{tmp}/{name}.json", encoding="utf-8"))
    for method in (GET, POST):
        client = client_for(text, "SELECT", JSON, method)
        got = client.query().convert()
        assert got["head"]["vars"] == expected["head"]["vars"], (name, method)
        assert rows(got) == rows(expected), f"{name} by {method} differs from talkgraph query"
        checked += 1

client = SPARQLWrapper(endpoint)
client.setQuery("PREFIX schema: <https://schema.org/> ASK { ?p a schema:Person }")
client.setReturnFormat(JSON)
assert client.query().convert()["boolean"] is True

client = SPARQLWrapper(endpoint)
client.setQuery("PREFIX schema: <https://schema.org/> "
                "CONSTRUCT { ?p schema:affiliation ?o } WHERE { ?p schema:affiliation ?o }")
client.setReturnFormat(TURTLE)
graph_text = client.query().convert()
graph = rdflib.Graph().parse(data=graph_text, format="turtle")
assert len(graph) > 20, len(graph)
print(f"SPARQLWrapper: {checked} named-query answers (GET and POST) equal to talkgraph query; "
      f"ASK true; CONSTRUCT read by rdflib ({len(graph)} triples)")
PY
