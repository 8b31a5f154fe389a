#!/usr/bin/env python3
"""The checks every blind set's gold passes (does not run the extractor).

Each set's `check_gold.py` calls `check_set(HERE, read_as, match)`: for every folder of the set,
gold.json parses, scores 1.000 against itself with the shared scorer, has no duplicate titles
(unless `duplicates_ok`), gives every talk a speaker, and every gold title, series, affiliation,
role and start occurs word for word in the input as `read_as(case, raw)` decodes it (or as
`match(case, s, text)` finds it, for formats whose strings may run over line breaks). Names are
checked loosely (each word of the name occurs in the input, ignoring case), because the
conventions normalise them (honorifics and nicknames dropped, "Last, First" put back in order).
"""
import json, os, subprocess, sys

SCORER = "/work/shared/tools/score_extraction.py"


def check_set(here, read_as=lambda case, raw: raw, match=None, duplicates_ok=False, width=28):
    bad = 0
    total_talks = total_sp = 0
    for case in sorted(os.listdir(here)):
        d = os.path.join(here, case)
        if not os.path.isdir(d):
            continue
        raw = open(os.path.join(d, "input.txt"), encoding="utf-8", newline="").read()
        text = read_as(case, raw)
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        problems = []

        def need(kind, s):
            if s is None or s in text or (match and match(case, s, text)):
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
        if not duplicates_ok and len(set(titles)) != len(titles):
            problems.append("duplicate gold titles")
        gold_path = os.path.join(d, "gold.json")
        out = subprocess.run([sys.executable, SCORER, gold_path, gold_path],
                             capture_output=True, text=True).stdout
        if "micro F1=1.000" not in out:
            problems.append("self-score is not 1.000:\n" + out)
        n_sp = sum(len(t["speakers"]) for t in gold["talks"])
        total_talks += len(gold["talks"])
        total_sp += n_sp
        status = "OK" if not problems else "FAIL"
        print(f"{case:{width}s} talks={len(gold['talks']):3d} speakers={n_sp:3d}  {status}")
        for p in problems:
            print("    " + p)
        bad += bool(problems)
    print(f"{'total':{width}s} talks={total_talks:3d} speakers={total_sp:3d}")
    return 1 if bad else 0
