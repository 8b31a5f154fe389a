#!/usr/bin/env python3
"""Sanity checks for the fresh blind set (does not run the extractor).

Adapted from tests/unseen/check_gold.py. For every folder: gold.json parses, scores 1.000 against itself
with the shared scorer, and every gold title, series, affiliation, role and start occurs word for word in
input.txt. Names are checked loosely (each word of the name occurs in input.txt, ignoring case), because
the conventions normalise them (honorifics dropped, nicknames dropped).

Two layouts need a reading of the input before the word-for-word check, as a reader of that format would:
- ics-calendar-export (iCalendar, RFC 5545): folded lines are unfolded (CRLF + one space removed) and the
  escapes \\, \\; \\n \\\\ are decoded.
- pdf-report-wraps (PDF-to-text): a gold string may run across a line break; a space in the gold matches
  any run of white space, and a line break directly after a character may be preceded by a hyphen that the
  gold drops (end-of-line hyphenation, "represen-\\ntation" -> "representation") or keeps
  ("in-\\ncontext" -> "in-context").

usage: python3 tests/fresh/check_gold.py
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def ics_unfold(text):
    text = re.sub(r"\r?\n[ \t]", "", text)
    return re.sub(r"\\([,;nN\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def pdf_pattern(s):
    out = []
    for c in s:
        if c == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(c) + r"(?:-?[ \t]*\n[ \t]*)?")
    return re.compile("".join(out))



def read_as(case, raw):
    return ics_unfold(raw) if case == "ics-calendar-export" else raw


def match(case, s, text):
    return case == "pdf-report-wraps" and pdf_pattern(s).search(text) is not None


sys.exit(check_set(HERE, read_as, match))
