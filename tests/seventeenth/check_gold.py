#!/usr/bin/env python3
"""Sanity checks for the seventeenth blind set (does not run the extractor).

Adapted from tests/sixteenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees dropped, "Family, Given" and capitalised family names put back in order).

No layout of this set needs decoding before the word-for-word check: the eight inputs are plain text
copied from the browser (an Opencast/Tobira series page, a Webex recordings list with one recording's
details, a Substack post with its comments, a Material for MkDocs page with tab-separated tables, a
VideoLectures.NET event page, a Slovenian GitLab wiki page with a tab-separated table, a Bulgarian
Microsoft Teams channel and a Hebrew Wix site's lecture archive). No gold string crosses a line break
or a table cell.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the Substack post has a Yoruba name with a dot below and a grave accent on the same letter; the
Hebrew page uses the ASCII double quote inside abbreviations such as ד"ר and יו"ר and around titles).

usage: python3 tests/seventeenth/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=38))
