#!/usr/bin/env python3
"""Sanity checks for the twenty-fifth blind set (does not run the extractor).

Adapted from tests/twentyfourth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles,
degrees and post-nominals dropped, CAPITALISED family names put back in usual case).

No layout of this set needs decoding before the word-for-word check, and no gold string runs over a
line break, so nothing is relaxed (`match` is not used): all eight inputs are plain text as a person
gets them (a UK history department's research seminar page on Contensis with `date – Title – Speaker
(Institution)` lines; an Irish law school's public lecture series on Umbraco with an accordion of past
years; a Canadian engineering institute's Webflow `Past Speakers` grid of cards with a workshop's
chapters; an Indian lab's Hugo Blox seminar list; a South African school of public health's Kentico
page whose year tables come out with one row a line and the cells separated by tabs, and its research
day's chapters; an Australian centre's Mailchimp newsletter viewed in the browser; a Philippine
department's lecture-series page in Tagalog; an Irish-language academy's public lectures page in
Irish). Two Irish institutions written after a preposition that mutates them are given in the gold
in their radical form: `i gColáiste Mhuire gan Smál` (eclipsis; the radical form is inside the written
one) and `do Chomhairle na Gaelscolaíochta` (lenition; the radical form is written in the same page's
list of partners).

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC).

usage: python3 tests/twentyfifth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=52))
