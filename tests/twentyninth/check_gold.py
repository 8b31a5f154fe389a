#!/usr/bin/env python3
"""Sanity checks for the twenty-ninth blind set (does not run the extractor).

Adapted from tests/twentyeighth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles,
degrees, post-nominals, noble, chiefly and clerical titles dropped, a CAPITALISED family name put back
in usual case and order).

No layout of this set needs decoding before the word-for-word check, and no gold string runs over a
line break, so nothing is relaxed (`match` is not used): all eight inputs are plain text as a person
gets them (a Guyanese linguistics department's past seminars on Statamic, one speaker-first line
each; a Bruneian physics programme's colloquium archive on Neos, a table with an affiliation column;
a Cameroonian nursing department's research seminars on Pimcore, as labelled event cards; a Papua
New Guinean architecture department's public lectures on Contao, an event list in year toggles; a
Gambian mathematics department's statistics seminar on Textpattern, as posts with the speakers in
prose; an Eswatini agricultural symposium's videos on a Wistia channel, with chapters; a Maldivian
computing research group's past talks on GitBook, as nested bullets; a Mongolian philosophy
department's seminar recordings in Mongolian on Strikingly). Mongolian names are kept as written
(`Д.Оюунчимэг`, the father's initial joined to the given name) and Mongolian institutions are written
in the nominative on the page, so the gold's form is the written one.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC).

usage: python3 tests/twentyninth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=74))
