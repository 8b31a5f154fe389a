#!/usr/bin/env python3
"""Sanity checks for the ninth blind set (does not run the extractor).

Adapted from tests/eighth/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics dropped, "SURNAME Given" put back in order).

One layout is read the way a reader of that format would before the word-for-word check:
- pdf-programme-two-column (a two-column PDF programme extracted with `pdftotext -layout`): each page
  (pages end with a form feed) is cut at column 54 into its left and right column, each column is read
  top to bottom, and the lines of a paragraph are joined (with a space, or with nothing after a line
  that ends in a dash, as in "Mangrove–" / "Sediment"). A gold string matches if it occurs in that
  column text with runs of white space read as one space. The decoded text is added to the raw text,
  so both count.
The other seven inputs are plain text copied from the browser and are compared as they are.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed.

usage: python3 tests/ninth/check_gold.py
"""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)

PDF_CASE = "pdf-programme-two-column"
COLUMN = 54  # where the right column starts in the pdftotext -layout output
COLUMN_TEXT = {}


def join_paragraphs(lines):
    paragraphs, cur = [], ""
    for line in lines:
        line = line.strip()
        if not line:
            if cur:
                paragraphs.append(cur)
            cur = ""
        elif cur.endswith(("-", "–")):
            cur += line
        else:
            cur = (cur + " " + line) if cur else line
    if cur:
        paragraphs.append(cur)
    return paragraphs


def two_columns(raw):
    out = []
    for page in raw.split("\f"):
        lines = page.split("\n")
        out += join_paragraphs(l[:COLUMN] for l in lines)
        out += join_paragraphs(l[COLUMN:] for l in lines)
    return "\n".join(re.sub(r"\s+", " ", p) for p in out)


def read_as(case, raw):
    raw = unicodedata.normalize("NFC", raw)
    if case == PDF_CASE:
        COLUMN_TEXT[case] = two_columns(raw)
        return raw + "\n" + COLUMN_TEXT[case]
    return raw


def match(case, s, text):
    if case != PDF_CASE:
        return False
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)) in COLUMN_TEXT[case]


sys.exit(check_set(HERE, read_as, match, width=34))
