#!/usr/bin/env python3
"""Sanity checks for the fifteenth blind set (does not run the extractor).

Adapted from tests/fourteenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees, post-nominals and nicknames dropped, "Family, Given" and capitalised family names put back in
order).

No layout of this set needs decoding before the word-for-word check: the eight inputs are plain text
copied from the browser (a Speaker Deck account page, a Zoom Events replay lobby, a Quarto lab
website's "Talks" listing with a table listing, a mathematics institute's programme page with a
tab-separated seminar table and a workshop timetable, a library's LibGuides research guide, an
Italian, a Romanian and an Indonesian university page). No gold string crosses a line break or a
table cell.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the Romanian comma-below letters ș and ț are distinct code points from the cedilla forms and are not
folded; the inputs use the comma-below forms throughout).

usage: python3 tests/fifteenth/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=38))
