#!/usr/bin/env python3
"""Sanity checks for the nineteenth blind set (does not run the extractor).

Adapted from tests/eighteenth/check_gold.py; the checks themselves are tests/gold_check.py's check_set.
For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no
duplicate titles, gives every talk a speaker, and every gold title, series, affiliation, role and start
occurs word for word in input.txt, and every word of every gold name occurs in it (ignoring case).
Names are checked loosely because the conventions normalise them (honorifics, academic titles and
degrees dropped, "Family, Given" and capitalised family names put back in order).

No layout of this set needs decoding before the word-for-word check: six inputs are plain text copied
from the browser (a LinkedIn company page's posts; an OSF project page with its rendered wiki; an
Echo360 section's class list; a SoundCloud profile; a Joomla article of a Serbian faculty site with its
tables copied as tab-separated rows; an Icelandic Canvas course page with one tab-separated table), and
two are raw files: a Google Docs running document downloaded as plain text (`File > Download > Plain
text`: it starts with a byte order mark, keeps `*` bullets, numbered items, `[a]` comment anchors and the
comments at the end) and a Malay WhatsApp group chat exported as text (`dd/mm/yyyy, HH:MM - Sender:
message`, messages running over several lines, WhatsApp's `*bold*` marks left in). No gold string
crosses a line break or a table cell; WhatsApp's `*` marks never fall inside a gold string, and the
byte order mark is never part of one.

All inputs are compared in Unicode NFC, so a letter with combining marks matches however it was typed
(the Icelandic, Serbian Cyrillic and Māori letters are written precomposed in the files anyway).

usage: python3 tests/nineteenth/check_gold.py
"""
import os, sys, unicodedata

sys.dont_write_bytecode = True  # leave no __pycache__ next to tests/gold_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def read_as(case, raw):
    return unicodedata.normalize("NFC", raw)


sys.exit(check_set(HERE, read_as, width=42))
