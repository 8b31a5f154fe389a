#!/usr/bin/env python3
"""Sanity checks for the sixth blind set (does not run the extractor).

Adapted from tests/stranger/check_gold.py; the checks themselves are tests/gold_check.py's check_set. For
every folder: gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate
titles, gives every talk a speaker, and every gold title, series, affiliation, role and start occurs word
for word in input.txt, and every word of every gold name occurs in it (ignoring case). Names are checked
loosely because the conventions normalise them (honorifics, post-nominals and nicknames dropped,
"Surname, Given" catalogue headings put back in reading order).

Three layouts are read the way a reader of that format would before the word-for-word check (the decoded
text is added to the raw text, so both count):
- plaintext-email-newsletter (a hard-wrapped plain-text email): the lines of each paragraph (a block
  between blank lines) are joined with single spaces, as a mail client reflows the text, so a title or an
  institution wrapped over two lines counts.
- github-readme-talk-table and notion-page-properties (Markdown): [text](url) links read as their text,
  **strong** markers are dropped and <br> reads as a line break, as the rendered page shows them.

All inputs are compared in Unicode NFC, so a letter with combining marks (Yorùbá names) matches however it
was typed.

usage: python3 tests/sixth/check_gold.py
"""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def reflow(raw):
    paras = re.split(r"\n[ \t]*\n", raw.replace("\r\n", "\n"))
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paras)


def markdown_text(raw):
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", raw)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    return re.sub(r"(?i)<br\s*/?>", "\n", s)


def read_as(case, raw):
    if case == "plaintext-email-newsletter":
        extra = reflow(raw)
    elif case in ("github-readme-talk-table", "notion-page-properties"):
        extra = markdown_text(raw)
    else:
        extra = ""
    return unicodedata.normalize("NFC", raw + "\n" + extra)


sys.exit(check_set(HERE, read_as, width=30))
