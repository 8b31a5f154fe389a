#!/usr/bin/env python3
"""Sanity checks for the eleventh blind set (does not run the extractor).

Adapted from tests/tenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics and nicknames dropped, "Last, First" and
"Vries, J. de (Jan)" put back in order, surnames in capitals written as names).

No layout of this set needs decoding before the word-for-word check: the eight inputs are plain text
copied from the browser (a Sessionize sessions page, a Luma event page, a Confluence page whose table
pastes as tab-separated rows, a Zenodo community's record list, a Canal-U programme page, an Indico
category's event list, a Drupal department page with one table per teaching block, a Spanish research
group's WordPress page). Table cells that hold a line break (two presenters, or a speaker and an
institution) run over two lines, but no gold string crosses one, so every input is compared as it is.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed.

usage: python3 tests/eleventh/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=30))
