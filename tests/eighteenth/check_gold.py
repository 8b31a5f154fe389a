#!/usr/bin/env python3
"""Sanity checks for the eighteenth blind set (does not run the extractor).

Adapted from tests/seventeenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees dropped, "Family, Given" and capitalised family names put back in order).

No layout of this set needs decoding before the word-for-word check: seven inputs are plain text
copied from the browser (an Airtable shared grid view with its cells copied as tab-separated rows, one
multi-line cell in double quotes; a Figshare collection page; a Cassyni series page; a Discord channel;
a Padlet shelf; a Lithuanian Google Classroom stream; the web preview of a Persian Telegram channel),
and one is the raw DokuWiki source of a Slovak wiki page as its "show source" view displays it (table
rows between `^`/`|`, links as `[[url|text]]`, `**bold**` and `//italic//` marks left in). No gold
string crosses a line break or a table cell; the DokuWiki marks never fall inside a gold string.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed.
The Persian page keeps the zero-width non-joiner (U+200C) inside words and names as typed
(`میرشکاری‌نژاد`, `دانش‌های`); the gold keeps it too, so no normalisation beyond NFC is applied.

usage: python3 tests/eighteenth/check_gold.py
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=42))
