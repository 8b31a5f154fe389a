#!/usr/bin/env python3
"""Sanity checks for the eighth blind set (does not run the extractor).

Adapted from tests/seventh/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics dropped, "Surname, Given" put back in order).

Three layouts are read the way a reader of that format would before the word-for-word check (the decoded
text is added to the raw text, so both count):
- oai-pmh-dublin-core-xml (an OAI-PMH ListRecords response): XML character references are decoded
  (&amp; reads as &, &quot; as ", &apos; as '), as any XML parser gives them.
- hugo-toml-front-matter (Hugo content files with TOML front matter between +++ lines): each front
  matter block is parsed as TOML, so escapes in basic strings (\" and \u00f8) read as the characters;
  every string value is added.
- schema-org-jsonld-es (JSON-LD blocks from page sources): each <script type="application/ld+json">
  block is parsed as JSON, so \u00e1 and \/ read as the characters; every string value is added.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed.

usage: python3 tests/eighth/check_gold.py
"""
import html, json, os, re, sys, tomllib, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def toml_strings(raw):
    blocks = re.findall(r"^\+\+\+\n(.*?)^\+\+\+$", raw, re.M | re.S)
    return "\n".join(s for b in blocks for s in strings(tomllib.loads(b)))


def jsonld_strings(raw):
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', raw, re.S)
    return "\n".join(s for b in blocks for s in strings(json.loads(b)))


def read_as(case, raw):
    if case == "oai-pmh-dublin-core-xml":
        extra = html.unescape(raw)
    elif case == "hugo-toml-front-matter":
        extra = toml_strings(raw)
    elif case == "schema-org-jsonld-es":
        extra = jsonld_strings(raw)
    else:
        extra = ""
    return unicodedata.normalize("NFC", raw + "\n" + extra)


sys.exit(check_set(HERE, read_as, width=34))
