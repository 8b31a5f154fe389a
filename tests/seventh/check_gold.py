#!/usr/bin/env python3
"""Sanity checks for the seventh blind set (does not run the extractor).

Adapted from tests/sixth/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics and nicknames dropped).

Two layouts are read the way a reader of that format would before the word-for-word check (the decoded
text is added to the raw text, so both count):
- spreadsheet-tsv-export (a sheet saved as tab-separated text, Excel style): the file is parsed as TSV
  with double-quote quoting, so a cell holding several lines, or a title typed in quotes (written out
  as three double quotes on each side) reads as the cell's text; the cells are joined with line breaks.
- youtube-atom-feed-pt (a YouTube Atom feed): XML character references are decoded (&amp; reads as &),
  as a feed reader shows them.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed.

usage: python3 tests/seventh/check_gold.py
"""
import csv, html, io, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def tsv_cells(raw):
    rows = csv.reader(io.StringIO(raw, newline=""), delimiter="\t", quotechar='"')
    return "\n".join(cell for row in rows for cell in row)


def read_as(case, raw):
    if case == "spreadsheet-tsv-export":
        extra = tsv_cells(raw)
    elif case == "youtube-atom-feed-pt":
        extra = html.unescape(raw)
    else:
        extra = ""
    return unicodedata.normalize("NFC", raw + "\n" + extra)


sys.exit(check_set(HERE, read_as, width=30))
