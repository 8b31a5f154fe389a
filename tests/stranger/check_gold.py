#!/usr/bin/env python3
"""Sanity checks for the stranger blind set (does not run the extractor).

Adapted from tests/wild/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics and nicknames dropped, CSL name parts put
together, full-width spaces read as spaces).

Five layouts are read the way a reader of that format would before the word-for-word check (the decoded
text is added to the raw text, so both count):
- html-source-seminar-page (HTML source): <br> and block tags become spaces, other tags are dropped,
  character references (&amp; &ouml; &ldquo; &#9654; &nbsp;) are decoded, and runs of white space are
  collapsed, as a browser renders the page.
- org-mode-seminar-log (Emacs Org): [[url][description]] links read as their description, and
  =verbatim=, ~code~ and /italic/ markers around a phrase are dropped.
- rst-sphinx-talks (reStructuredText): `text <url>`_ and `text <url>`__ links read as their text,
  :role:`text` as its text, **strong**, *emphasis* and ``literal`` markers dropped, and the indented
  continuation lines of a field body or list-table cell joined to their first line.
- csl-json-zotero-export (CSL-JSON): the file is parsed with the json module and every string value is
  added, so \\" and \\uXXXX escapes count in their decoded form.
- meetup-events-csv (comma CSV): the file is parsed with the csv module and every field is added, so a
  doubled "" inside a quoted field is one " and a quoted field may run over several lines.

usage: python3 tests/stranger/check_gold.py
"""
import csv, html, io, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def html_text(raw):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?i)<(br|/?p|/?div|/?li|/?h\d|/?tr|/?td|/?ul|/?ol|/?aside|/?header|/?footer)\b[^>]*>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def org_text(raw):
    s = re.sub(r"\[\[[^\]]*\]\[([^\]]*)\]\]", r"\1", raw)
    s = re.sub(r"\[\[([^\]]*)\]\]", r"\1", s)
    s = re.sub(r"(^|[\s(\"'])([=~/])(\S(?:.*?\S)?)\2(?=[\s.,;:!?)\"']|$)", r"\1\3", s, flags=re.M)
    return s


def rst_text(raw):
    # join indented continuation lines of field bodies and list-table cells to the line above
    lines = raw.split("\n")
    out = []
    for line in lines:
        if out and line.strip() and re.match(r"^\s+\S", line) and not re.match(r"^\s*([*-] |:\w|\.\. )", line) \
                and out[-1].strip() and re.match(r"^\s*(:[^:]+:\s|[*-] |- )", out[-1]):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    s = "\n".join(out)
    s = re.sub(r"`([^`<]*?)\s*<[^>]*>`__?", r"\1", s)
    s = re.sub(r":[\w:-]+:`([^`<]*?)(?:\s*<[^>]*>)?`", r"\1", s)
    s = re.sub(r"``(.+?)``", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"\1", s)
    return s


def json_strings(raw):
    out = []

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
    walk(json.loads(raw))
    return "\n".join(out)


def csv_fields(raw):
    rows = csv.reader(io.StringIO(raw.lstrip("\ufeff")))
    return "\n".join(f for row in rows for f in row)


def read_as(case, raw):
    if case == "html-source-seminar-page":
        extra = html_text(raw)
    elif case == "org-mode-seminar-log":
        extra = org_text(raw)
    elif case == "rst-sphinx-talks":
        extra = rst_text(raw)
    elif case == "csl-json-zotero-export":
        extra = json_strings(raw)
    elif case == "meetup-events-csv":
        extra = csv_fields(raw)
    else:
        extra = ""
    # full-width spaces (U+3000) in CJK pages read as spaces, as the scorer's Unicode folding does
    return unicodedata.normalize("NFC", raw + "\n" + extra).replace("\u3000", " ")


sys.exit(check_set(HERE, read_as, width=30))
