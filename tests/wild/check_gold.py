#!/usr/bin/env python3
"""Sanity checks for the wild blind set (does not run the extractor).

Adapted from tests/fresh/check_gold.py. For every folder: gold.json parses, scores 1.000 against itself
with the shared scorer, has no duplicate titles, gives every talk a speaker, and every gold title, series,
affiliation, role and start occurs word for word in input.txt. Names are checked loosely (each word of
the name occurs in input.txt, ignoring case), because the conventions normalise them (honorifics and
nicknames dropped, "Last, First" and Nom/Prénom columns put back in reading order).

Four layouts are read the way a reader of that format would before the word-for-word check:
- jekyll-data-yaml (YAML): the file is parsed with PyYAML and every scalar string is added to the text,
  so quoted escapes (\\"), doubled single quotes ('') and folded block scalars (>-, >) count as decoded.
  Without PyYAML a small fallback decodes those three forms.
- bibtex-talk-records (BibTeX) and latex-booklet-source (LaTeX): accent commands ({\\"u}, \\'e, {\\v r},
  \\u{g}, \\c{c}, {\\O}, {\\l}, {\\=o}) become the accented letters, \\& becomes &, ~ and \\\\ and "\\ "
  become spaces, --- and -- become em and en dashes, \\mathrm{X} becomes X, $ and grouping braces are
  dropped, and runs of spaces and tabs are collapsed.
- semicolon-csv-fr (semicolon-separated CSV, Excel style): a doubled "" inside a quoted field is read as
  one ", as a CSV reader would.

usage: python3 tests/wild/check_gold.py
"""
import os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_check import check_set  # noqa: E402 (tests/gold_check.py: the checks all sets share)


def yaml_scalars(raw):
    try:
        import yaml
    except ImportError:
        return yaml_fallback(raw)
    out = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif x is not None:
            out.append(str(x).strip())

    walk(yaml.safe_load(raw))
    return raw + "\n" + "\n".join(out)


def yaml_fallback(raw):
    lines = raw.split("\n")
    extra = []
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(?:- )?[\w-]+:\s*>-?\s*$", line)
        if m:
            block = []
            for nxt in lines[i + 1:]:
                if nxt.strip() and len(nxt) - len(nxt.lstrip()) > len(m.group(1)):
                    block.append(nxt.strip())
                else:
                    break
            extra.append(" ".join(block))
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', raw):
        extra.append(re.sub(r'\\(.)', r'\1', m.group(1)))
    for m in re.finditer(r"'((?:[^']|'')*)'", raw):
        extra.append(m.group(1).replace("''", "'"))
    return raw + "\n" + "\n".join(extra)


ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
           ".": "\u0307", "u": "\u0306", "v": "\u030c", "c": "\u0327", "H": "\u030b", "k": "\u0328"}
LETTERS = {"O": "Ø", "o": "ø", "l": "ł", "L": "Ł", "ss": "ß", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ",
           "i": "ı"}


def latex_decode(raw):
    s = raw
    # {\"u}, \"u, \"{u}, \v{r}, {\v r}, \u{g}, \c{c}
    def acc(m):
        return m.group(2) + ACCENTS[m.group(1)]
    s = re.sub(r"\\([\"'`^~=.])\s*\{?([A-Za-z])\}?", acc, s)
    s = re.sub(r"\\([uvcHk])(?:\{([A-Za-z])\}|\s+([A-Za-z]))",
               lambda m: (m.group(2) or m.group(3)) + ACCENTS[m.group(1)], s)
    s = re.sub(r"\\(ss|aa|AA|ae|AE|O|o|l|L|i)(?![A-Za-z])\s*", lambda m: LETTERS[m.group(1)], s)
    s = re.sub(r"\\(?:mathrm|textrm|emph|textit|textbf)\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\&", "&").replace("\\\\", " ").replace("\\ ", " ").replace("~", " ")
    s = s.replace("---", "\u2014").replace("--", "\u2013").replace("$", "")
    s = s.replace("{", "").replace("}", "")
    s = re.sub(r"[ \t]+", " ", s)
    return unicodedata.normalize("NFC", s)


def read_as(case, raw):
    if case == "jekyll-data-yaml":
        return yaml_scalars(raw)
    if case in ("bibtex-talk-records", "latex-booklet-source"):
        return latex_decode(raw)
    if case == "semicolon-csv-fr":
        return raw.replace('""', '"')
    return raw



sys.exit(check_set(HERE, read_as))
