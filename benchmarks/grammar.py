"""Measure the 语病 family (DJ44x) on sentences someone else wrote:

    python benchmarks/grammar.py FAULTS.tsv LOOKALIKES.tsv [--half dev|test|both|all] [--show]

FAULTS.tsv has the columns ``id, class, wrong, corrected, …, note`` (a faulty sentence, its
class and, where known, its correction); LOOKALIKES.tsv ``id, class, text, …`` (correct
sentences that share a trigger word).  Each file is split in two halves by a hash of the id
(SHA-1, even: dev, odd: test), so the rules are tuned on one half and measured once on the other;
``--half all`` reads a held-out set whole, as one table.

Prints, per class and half (and summed over the issue's eight classes, and over every row with
the other:* classes): faults caught by any DJ44x rule, the same among report-language rows
(a note without ``not-report``), findings on the look-alikes and on the corrections (both
should be silent; a correction cell “A / B” is two corrections), and how many of the missed
faults another phrase or number rule reports (DJ420 截至到, DJ602 不到……左右).  ``--show`` lists the misses and every finding on correct text.
Nothing is written; nothing outside the two files is read.
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.lint import lint_text  # noqa: E402

CLASSES = ("redundancy", "collocation", "mixed", "subjectless", "two-vs-one-side", "negation", "quote-category",
           "count-mismatch")


def half(row_id: str) -> str:
    return "dev" if int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def read(path: str) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def findings(text: str) -> list:
    return [d for d in lint_text(text + "\n", {"select": ["DJ44"]}) if d.code.startswith("DJ44")]


def other_findings(text: str) -> list:
    """What the rest of the phrase and number rules say (DJ420 截至到, DJ602 不到……左右)."""
    return [d for d in lint_text(text + "\n", {"select": ["DJ4", "DJ6"]}) if not d.code.startswith("DJ44")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("faults")
    ap.add_argument("lookalikes")
    ap.add_argument("--half", choices=("dev", "test", "both", "all"), default="dev")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    whole = args.half == "all"
    caught = collections.Counter()
    by_others = collections.Counter()
    total = collections.Counter()
    shown: list[str] = []
    false_look = collections.Counter()
    n_look = collections.Counter()
    false_fix = collections.Counter()
    n_fix = collections.Counter()
    for row in read(args.faults):
        h = "all" if whole else half(row["id"])
        if h not in halves:
            continue
        cls = row["class"] if row["class"] in CLASSES else "other"
        report = "not-report" not in row.get("note", "")
        hits = findings(row["wrong"])
        others = [] if hits else other_findings(row["wrong"])
        for key in ((h, cls, "all"), (h, cls, "report") if report else None):
            if key:
                total[key] += 1
                caught[key] += bool(hits)
                by_others[key] += bool(others)
        if args.show and cls != "other":
            mark = "CAUGHT" if hits else "missed"
            shown.append(f"{h} {mark} {row['id']} {cls}: {row['wrong']}  "
                         + " | ".join(f"{d.code} {d.message}" for d in hits))
        for corrected in filter(None, (c.strip() for c in row.get("corrected", "").split(" / "))):
            n_fix[h] += 1  # a cell may give two corrections: “A / B”
            bad = findings(corrected)
            false_fix[h] += len(bad)
            if args.show and bad:
                shown.append(f"{h} FALSE(corrected) {row['id']}: {corrected}  "
                             + " | ".join(f"{d.code} {d.message}" for d in bad))
    for row in read(args.lookalikes):
        h = "all" if whole else half(row["id"])
        if h not in halves:
            continue
        n_look[(h, row["class"])] += 1
        bad = findings(row["text"])
        false_look[(h, row["class"])] += len(bad)
        if args.show and bad:
            shown.append(f"{h} FALSE(look-alike) {row['id']} {row['class']}: {row['text']}  "
                         + " | ".join(f"{d.code} {d.message}" for d in bad))
    for h in halves:
        print(f"## {h}")
        print(f"{'class':<16} {'caught/all':>11} {'caught/report':>14} {'look-alikes: findings/rows':>27}"
              f" {'missed, other rule fires':>25}")
        for cls in (*CLASSES, "other"):
            a, r = (h, cls, "all"), (h, cls, "report")
            look = f"{false_look[(h, cls)]}/{n_look[(h, cls)]}" if n_look[(h, cls)] else "-"
            print(f"{cls:<16} {caught[a]:>5}/{total[a]:<5} {caught[r]:>7}/{total[r]:<6} {look:>27} {by_others[a]:>25}")
        in_scope = [c for c in CLASSES]
        ca = sum(caught[(h, c, "all")] for c in in_scope)
        ta = sum(total[(h, c, "all")] for c in in_scope)
        cr = sum(caught[(h, c, "report")] for c in in_scope)
        tr = sum(total[(h, c, "report")] for c in in_scope)
        fl = sum(v for (hh, _c), v in false_look.items() if hh == h)
        nl = sum(v for (hh, _c), v in n_look.items() if hh == h)
        print(f"{'eight classes':<16} {ca:>5}/{ta:<5} {cr:>7}/{tr:<6} {f'{fl}/{nl}':>27}")
        every = (*CLASSES, "other")
        ca = sum(caught[(h, c, "all")] for c in every)
        ta = sum(total[(h, c, "all")] for c in every)
        cr = sum(caught[(h, c, "report")] for c in every)
        tr = sum(total[(h, c, "report")] for c in every)
        oa = sum(by_others[(h, c, "all")] for c in every)
        print(f"{'all classes':<16} {ca:>5}/{ta:<5} {cr:>7}/{tr:<6} {'':>27} {oa:>25}")
        print(f"findings on the corrections: {false_fix[h]} on {n_fix[h]} corrected sentences\n")
    if shown:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
