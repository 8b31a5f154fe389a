#!/usr/bin/env python3
"""Sanity checks for the twenty-first blind set (does not run the extractor).

Adapted from tests/twentieth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees dropped, CAPITALISED family names put back in usual case).

No layout of this set needs decoding before the word-for-word check: seven inputs are plain text copied
from the browser (a GitHub repository's issue list; a TYPO3 institute site's news list; a Viva Engage
community feed; an Oxford Abstracts conference programme; a FutureLearn course's To do page; a
Norwegian page on the University of Oslo's Vortex CMS; a Galician Microsoft Sway), and one is a raw
file: a Hindi office notice (सूचना) as `pdftotext` gives it, with its lines wrapped as in the PDF, its
page footers and a form feed between the two pages.

In that notice, and only there, gold strings may run over a line break (a title, an affiliation or a
name wrapped onto the next, indented line), so `match` accepts a string that occurs in the notice once
every run of white space (spaces, line breaks, the form feed) is read as one space. Nothing else is
relaxed: a string must still occur word for word in that order.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC; the Devanagari letters with nukta, such as `ज़` and `फ़`, are
excluded from composition, so in NFC they are the letter followed by U+093C, in input and gold alike).

usage: python3 tests/twentyfirst/check_gold.py
"""
import os, re, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)

WRAPPED = {"hi-karyalay-suchna-vyakhyanmala-recording"}


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


def match(case, s, text):
    if case not in WRAPPED:
        return False
    squash = lambda x: re.sub(r"\s+", " ", x)
    return squash(s) in squash(text)


sys.exit(check_set(HERE, read_as, match, width=44))
