#!/usr/bin/env python3
"""Sanity checks for the tenth blind set (does not run the extractor).

Adapted from tests/ninth/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics and post-nominals dropped).

No layout of this set needs decoding before the word-for-word check: the eight inputs are plain text
copied from the browser (a conference's Videos page, a Google Drive folder, a blog post, a German
university page, a Meetup group page, a named lecture's archive page, a personal homepage) or a raw
Markdown file (an awesome list, where titles sit inside `[...]` as written). So the PDF column logic of
the ninth set is dropped, and every input is compared as it is.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed.

usage: python3 tests/tenth/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=36))
