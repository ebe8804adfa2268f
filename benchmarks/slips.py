"""Recall on a list of common slips (``wrong, right, kind, example_sentence, source_url, ...``, one
pair a row, TSV with a header), the way a reviewer's list of 公文常见错别字 is used:

    python benchmarks/slips.py LIST.tsv [--show]

Each pair is linted in its example sentence when the row has one that holds the wrong form, else
on its own as a line (``{wrong}。``); rows whose wrong form carries a context in parentheses
(“泄露(液体)”) are not plain substitutions and are skipped.  A pair is found when a DJ4xx finding
covers the wrong form; its suggestion is right when applying it gives the right form there.
Prints the share found and right, overall and by kind.  ``--show`` prints the pairs missed: never
use it on a list kept for measuring (a held-out list is measured, not read).
"""
from __future__ import annotations

import argparse
import collections
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.lint import lint_text  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("list")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    with open(args.list, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    total, found, right = collections.Counter(), collections.Counter(), collections.Counter()
    missed = []
    for r in rows:
        wrong, fixed = r["wrong"].strip(), r["right"].strip()
        if not wrong or "(" in wrong or "（" in wrong or len(wrong) != len(fixed):
            continue
        text = r.get("example_sentence") or ""
        at = text.find(wrong)
        if at < 0:
            text, at = f"{wrong}。", 0
        kind = r.get("kind") or "?"
        total[kind] += 1
        hit = ok = False
        for d in lint_text(text, {"select": ["DJ4"]}):
            if d.paragraph is None or d.start >= at + len(wrong) or d.end <= at:
                continue
            hit = True
            if d.fix is not None:
                out = d.paragraph.text[:d.start] + d.fix.replacement + d.paragraph.text[d.end:]
                ok = ok or out[at:at + len(fixed)] == fixed
        found[kind] += hit
        right[kind] += ok
        if not hit:
            missed.append((kind, wrong, fixed, text))
    n, f, g = sum(total.values()), sum(found.values()), sum(right.values())
    print(f"{os.path.basename(args.list)}: {n} pairs, found {f} ({f / n:.2f}), right suggestion {g} ({g / n:.2f})")
    for kind in sorted(total):
        print(f"   {kind}: {found[kind]}/{total[kind]} found, {right[kind]} right")
    if args.show:
        for kind, wrong, fixed, text in missed:
            print(f"   missed [{kind}] {wrong} → {fixed}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
