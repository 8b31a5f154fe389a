#!/usr/bin/env python3
"""Sanity checks for the sixteenth blind set (does not run the extractor).

Adapted from tests/fifteenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees, post-nominals and nicknames dropped, "Family, Given" and capitalised family names put back in
order).

No layout of this set needs decoding before the word-for-word check: the eight inputs are plain text
copied from the browser (a PeerTube watch page with its description's chapters and the "Other videos"
column, a Mediasite catalog of medical grand rounds, a Trello board with one card opened, a Moodle
BigBlueButton activity's recordings table with its tabs, a university press office's "watch again"
page, a Ukrainian, a Vietnamese and a Croatian page). No gold string crosses a line break or a table
cell.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the Vietnamese page has letters with two diacritics, the Ukrainian page uses the modifier-letter
apostrophe ʼ (U+02BC) inside words throughout, never the ASCII one).

usage: python3 tests/sixteenth/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=38))
