#!/usr/bin/env python3
"""Sanity checks for the twenty-fourth blind set (does not run the extractor).

Adapted from tests/twentythird/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles,
degrees and credentials dropped, CAPITALISED family names put back in usual case).

No layout of this set needs decoding before the word-for-word check, and no gold string runs over a
line break, so nothing is relaxed (`match` is not used): all eight inputs are plain text copied from
the browser (a New Zealand school's seminar page on Squiz Matrix with `Speaker:`/`Title:` fields; a UK
economics department's Sitecore page whose tables come out with one row a line and the cells separated
by tabs; a Canadian graduate student seminar's GitHub Pages site; a US public health centre's webinar
archive on Adobe Experience Manager; a US geosciences department's colloquium page on Modern Campus;
a US university library's LibCal past events; an Albanian Erasmus+ project's webinars page; a Bengali
alumni forum's lecture-series page on Zoho Sites). One Albanian institution written in the accusative
after `në` (`në Universitetin e Shkodrës „Luigj Gurakuqi“`) is given in the gold in the nominative,
which the same page also writes (in its list of partners).

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC).

usage: python3 tests/twentyfourth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=52))
