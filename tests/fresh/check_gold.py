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
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/tools/score_extraction.py"


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


bad = 0
total_talks = total_sp = 0
for case in sorted(os.listdir(HERE)):
    d = os.path.join(HERE, case)
    if not os.path.isdir(d):
        continue
    raw = open(os.path.join(d, "input.txt"), encoding="utf-8", newline="").read()
    text = ics_unfold(raw) if case == "ics-calendar-export" else raw
    loose = case == "pdf-report-wraps"
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    problems = []

    def need(kind, s):
        if s is None:
            return
        if s in text:
            return
        if loose and pdf_pattern(s).search(text):
            return
        problems.append(f"{kind} not in input: {s!r}")

    for t in gold["talks"]:
        need("title", t["title"])
        need("series", t["series"])
        need("start", t["start"])
        if not t["speakers"]:
            problems.append(f"talk without speakers: {t['title']!r}")
        for sp in t["speakers"]:
            for w in sp["name"].replace(",", " ").split():
                if w.lower() not in text.lower():
                    problems.append(f"name word {w!r} of {sp['name']!r} not in input")
            for a in sp["affiliations"]:
                need("affiliation", a)
            for r in sp["roles"]:
                need("role", r)
    titles = [t["title"] for t in gold["talks"]]
    if len(set(titles)) != len(titles):
        problems.append("duplicate gold titles")
    out = subprocess.run([sys.executable, SCORER, os.path.join(d, "gold.json"), os.path.join(d, "gold.json")],
                         capture_output=True, text=True).stdout
    if "micro F1=1.000" not in out:
        problems.append("self-score is not 1.000:\n" + out)
    n_sp = sum(len(t["speakers"]) for t in gold["talks"])
    total_talks += len(gold["talks"])
    total_sp += n_sp
    print(f"{case:28s} talks={len(gold['talks']):3d} speakers={n_sp:3d}  {'OK' if not problems else 'FAIL'}")
    for p in problems:
        print("    " + p)
    bad += bool(problems)
print(f"{'total':28s} talks={total_talks:3d} speakers={total_sp:3d}")
sys.exit(1 if bad else 0)
