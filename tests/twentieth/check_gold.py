#!/usr/bin/env python3
"""Sanity checks for the twentieth blind set (does not run the extractor).

Adapted from tests/nineteenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees dropped, "Family, Given" put back in order, a nickname in brackets dropped).

No layout of this set needs decoding before the word-for-word check: five inputs are plain text copied
from the browser (a Blogger blog's front page; a YuJa channel in list view; an EPrints repository's
browse-by-division page; a Zulip channel's message feed; a Wikimedia Commons category page), and three
are raw files: a HackMD note downloaded as Markdown in Estonian (YAML front matter, `[TOC]`, `:::info`
blocks, a pipe table, `~~strikethrough~~`, a `{%youtube %}` embed, task list and an HTML comment), a
Thai LINE group chat saved as text (`[LINE]` header, day lines, `HH:MM<TAB>Sender<TAB>message`, messages
of several lines wrapped in double quotes, CRLF line ends) and an Arabic Blackboard Learn course page
with its Collaborate Ultra recordings list copied as text (the list as tab-separated rows). No gold
string crosses a line break, a table cell or a quote mark of the LINE export; the Markdown marks
(`|`, `**`, `~~`, `„…“`) never fall inside one.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the Estonian, Thai and Arabic letters are written precomposed where Unicode has a precomposed form;
Thai vowel and tone marks and the Arabic shadda are combining characters in any form, and are compared
as written).

usage: python3 tests/twentieth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=44))
