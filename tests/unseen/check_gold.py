#!/usr/bin/env python3
"""Sanity checks for the unseen set (does not run the extractor).

For every folder: gold.json parses, scores 1.000 against itself with the shared scorer, and every gold
title, series, affiliation, role and start occurs word for word in input.txt. Names are checked loosely
(each word of the name occurs in input.txt, ignoring case), because the conventions normalise them
(honorifics dropped, "SURNAME, Given" un-inverted). In a CSV input, doubled quotes ("") are also read as
one quote, as a CSV reader would.

usage: python3 tests/unseen/check_gold.py
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = "/work/shared/tools/score_extraction.py"
bad = 0
for case in sorted(os.listdir(HERE)):
    d = os.path.join(HERE, case)
    if not os.path.isdir(d):
        continue
    text = open(os.path.join(d, "input.txt"), encoding="utf-8").read()
    texts = [text, text.replace('""', '"')]
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    problems = []

    def need(kind, s):
        if s is not None and not any(s in t for t in texts):
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
    out = subprocess.run([sys.executable, SCORER, os.path.join(d, "gold.json"), os.path.join(d, "gold.json")],
                         capture_output=True, text=True).stdout
    if "micro F1=1.000" not in out:
        problems.append("self-score is not 1.000:\n" + out)
    n_sp = sum(len(t["speakers"]) for t in gold["talks"])
    print(f"{case:32s} talks={len(gold['talks']):3d} speakers={n_sp:3d}  {'OK' if not problems else 'FAIL'}")
    for p in problems:
        print("    " + p)
    bad += bool(problems)
sys.exit(1 if bad else 0)
