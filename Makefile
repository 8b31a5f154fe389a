# The two newcomer commands: `make demo` and `make test`. Both first make sure the system
# packages the build needs are there (scripts/ensure-deps.sh).
CARGO ?= cargo

.PHONY: demo test deps bench bench-graph bench-serve bench-push fmt lint

deps:
	@scripts/ensure-deps.sh

## Run the main job on the bundled sample listing: build its knowledge graph into
## ./talkgraph.db and print the summary with network statistics.
demo: deps
	$(CARGO) run --quiet -- build data/recorded-talks.txt

## Run every test (unit, integration, doc tests).
test:
	@scripts/ensure-deps.sh test
	$(CARGO) test --quiet

## Extraction throughput and peak memory on 100,000 generated talks.
bench:
	$(CARGO) bench --bench extract --no-default-features

## build vs Oxigraph's bulk loader, canned queries and network statistics on 100,000 talks.
bench-graph: deps
	$(CARGO) bench --bench graph

## 64 concurrent clients against `talkgraph serve` on the 100,000-talk store (loopback).
bench-serve: deps
	$(CARGO) bench --bench serve

## push of 500,000 triples to a throw-away Virtuoso vs one curl --digest PUT of the same file.
bench-push: deps
	@scripts/ensure-deps.sh test
	$(CARGO) bench --bench push

fmt:
	$(CARGO) fmt --check

lint:
	$(CARGO) clippy --all-targets -- -D warnings
