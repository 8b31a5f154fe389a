#!/usr/bin/env python3
"""Sanity checks for the twenty-seventh blind set (does not run the extractor).

Adapted from tests/twentysixth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles,
degrees, post-nominals and nicknames dropped, a CAPITALISED family name put back in usual case and
order).

No layout of this set needs decoding before the word-for-word check, and no gold string runs over a
line break, so nothing is relaxed (`match` is not used): all eight inputs are plain text as a person
gets them (a Jamaican reggae studies unit's lecture recordings on Craft CMS, as video cards with a
duration and a type label; a Pakistani statistics department's previous seminars on django CMS, one
numbered speaker-first line each, with an MPhil session's timestamps; a Sri Lankan chemistry
department's seminar table on dotCMS, copied with the cells separated by tabs, with a `Chaired by`
column; a Ugandan veterinary college's Friday seminars on Magnolia, a title line and a `By` line each;
a Northern Irish marine laboratory's events archive on HubSpot, as cards with a type label; a
Botswana symposium's videos page on Jimdo, one video a session with its chapter list; an Ethiopian
law school's video library on Brightcove Gallery, as tiles under category rows; a Kazakh archaeology
department's seminar recordings in Kazakh on 1C-Bitrix). Kazakh institutions and positions are given
in the nominative, without the genitive or possessive ending the page joins to them
(`… Археология институтының жетекші ғылыми қызметкері`), so the gold's form is inside the written one.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the inputs and gold are written in NFC).

usage: python3 tests/twentyseventh/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=66))
