#!/usr/bin/env python3
"""Sanity checks for the fourteenth blind set (does not run the extractor).

Adapted from tests/thirteenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic degrees,
post-nominals and nicknames dropped, "Family, Given" put back in order).

No layout of this set needs decoding before the word-for-word check: the eight inputs are plain text
copied from the browser (a virtual conference site's "Invited Talks" page, a Google Sites seminar's
"Past talks" page, a TEDx event programme, an ACM Digital Library proceedings front matter with
affiliation superscripts, a public lectures archive with a lecture series, a Greek university page whose
older talks are a tab-separated table, a Danish and a Catalan university page). No gold string crosses
a line break or a table cell.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(this also folds the Greek question mark and ano teleia into ";" and "·").

usage: python3 tests/fourteenth/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=38))
