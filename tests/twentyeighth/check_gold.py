#!/usr/bin/env python3
"""Sanity checks for the twenty-eighth blind set (does not run the extractor).

Adapted from tests/twentyseventh/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles,
degrees, post-nominals and chiefly and clerical titles dropped, a CAPITALISED family name put back in
usual case and order).

No layout of this set needs decoding before the word-for-word check, and no gold string runs over a
line break, so nothing is relaxed (`match` is not used): all eight inputs are plain text as a person
gets them (a Zambian economics department's past seminars on Backdrop CMS, as field blocks with a
`Discussant:`; a Trinidadian history department's lunchtime lectures on Duda, one speaker-first line
each; a Malawian psychology department's colloquium in a LiveWhale events calendar, with speakers in
summaries; a Nepali pharmacy department's seminar archive on Kirby, in year accordions; a Fijian
civil engineering discipline's past speakers on ProcessWire, as speaker-first cards; a Cypriot
research lab's talks page on Docusaurus, one dated line each; a Sierra Leonean public health
conference's session replays on Airmeet, with avatar initials and `Jump to:` timestamps; an Armenian
philology chair's seminar recordings in Armenian on October CMS). Armenian institutions and positions
are given in the nominative, without the genitive ending the page joins to them (`Մատենադարանի ավագ
գիտաշխատող`), so the gold's form is inside the written one.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC).

usage: python3 tests/twentyeighth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=66))
