#!/usr/bin/env python3
"""Sanity checks for the twenty-sixth blind set (does not run the extractor).

Adapted from tests/twentyfifth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles,
degrees and post-nominals dropped).

No layout of this set needs decoding before the word-for-word check, and no gold string runs over a
line break, so nothing is relaxed (`match` is not used): all eight inputs are plain text as a person
gets them (a New Zealand linguistics school's past seminars on Silverstripe, as event cards with a
date badge; a Scottish physics department's past colloquia on Wagtail, one speaker-first line each,
and a showcase's chapters; a US college of nursing's past research grand rounds on Optimizely, one
block of labelled fields each; a Kenyan agriculture faculty's seminar table on Sitefinity, copied with
the cells separated by tabs and the presenter cells broken over several lines; a Nigerian philosophy
department's numbered seminars on DNN with presenters, discussants and chairs; a Singapore
architecture course's guest-lecture module in D2L Brightspace; a Canadian computing science grad
seminar's term recap posted on Medium, with a lightning-talk video's timestamps; a Maltese
department's research seminars page in Maltese on Concrete CMS). Maltese institutions are given
without the definite article that the page joins to them or to a preposition (`fl-Istitut …`,
`mal-Kunsill …`, `il-Kunsill … u l-Università …`); the form the gold gives is inside the written one.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC).

usage: python3 tests/twentysixth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=66))
