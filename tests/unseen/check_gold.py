#!/usr/bin/env python3
"""Sanity checks for the unseen set (does not run the extractor).

For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, and every gold
title, series, affiliation, role and start occurs word for word in input.txt. Names are checked loosely
(each word of the name occurs in input.txt, ignoring case), because the conventions normalise them
(honorifics dropped, "SURNAME, Given" un-inverted). In a CSV input, doubled quotes ("") are also read as
one quote, as a CSV reader would.

usage: python3 tests/unseen/check_gold.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def match(case, s, text):
    return s in text.replace('""', '"')


sys.exit(check_set(HERE, match=match, duplicates_ok=True, width=32))
