"""Held-out political-fact sentences written by others (issue 31): detection rate on the wrong
sentences and false findings on correct look-alikes, by class, on one half of each file.

The files live outside the repository (their sentences are never copied into it):

    python benchmarks/facts_heldout.py ERRORS.tsv LOOKALIKES.tsv --half dev [--show]
    python benchmarks/facts_heldout.py SECOND/politics.tsv SECOND/politics-lookalikes.tsv --half all

(``--half all`` for a set collected apart from the one the rules were tuned on: all of it is held out.)

ERRORS.tsv has the columns id, class, wrong, year_context; LOOKALIKES.tsv id, class, text,
year_context.  Each row goes to the dev or the test half by the first byte of the SHA-1 of its
id (even: dev), fixed before any rule was tuned.  Each sentence is linted as a short document:
a title naming the year (``2024年度工作总结``) when the row gives one, else the sentence alone
(then date-sensitive rules stay silent).  A wrong sentence is caught when one of CODES reports
something on it; a look-alike with any finding of CODES is a false finding.
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from djlint.lint import lint_text  # noqa: E402

#: the codes of the issue-31 classes: the facts family, the formulation lexicon, over-redaction,
#: a doubled committee level, a repeated passage
CODES = ("DJ206", "DJ207", "DJ401", "DJ402", "DJ403", "DJ404", "DJ405", "DJ417", "DJ708") + tuple(
    f"DJ43{i}" for i in range(1, 10))
#: the classes of issue 31, decided before the test half was looked at; the others (Taiwan and
#: APEC terms, ethnic place names, misspelt state names, rewording of the Party constitution,
#: official titles such as ××省组织部) belong to other rule families
IN_SCOPE = {
    "leader-name", "leader-post", "leader-title", "title-misuse", "anniversary", "anniversary-term",
    "outdated-campaign", "campaign-name", "campaign-name-order", "meeting-name", "book-title", "fixed-list",
    "formulation", "outdated-formulation", "over-redaction", "doubled-word",
}

#: the same classes under the names the later sets (faults2, faults4 … faults13) gave them: the list above
#: missed them, so those sets' issue-31 figure counted only part of the class.  Both figures are printed
#: (the old one stays comparable with earlier reports).  Still left out, as above: political-term,
#: history-fact/-date, quotation, ethnic/state/institution names, title-formulation (××省组织部),
#: rewording of the constitution or a regulation, redundancy (全会会议精神), fact-number, date-typo
IN_SCOPE_LATER_NAMES = {
    "thought-name", "core-formula", "document-title", "regulation-title", "state-law-name", "title-context",
    "leader-shortform", "campaign-stale", "meeting-stale", "meeting-date", "meeting-by-date", "meeting-before",
    "meeting-ordinal", "plenum-by-year", "plenum-ordinal", "plan-period", "plan-name", "anniversary-date",
    "first-named-date", "anachronism-formulation", "formulation-order", "fixed-list-order", "repeated-passage",
}
IN_SCOPE_ALL = IN_SCOPE | IN_SCOPE_LATER_NAMES


def half(row_id: str) -> str:
    return "dev" if hashlib.sha1(row_id.encode()).digest()[0] % 2 == 0 else "test"


def year_of(context: str) -> int | None:
    m = re.search(r"(?:19|20)\d\d", context or "")
    return int(m.group(0)) if m else None


def lint_sentence(sentence: str, year: int | None, codes=CODES):
    text = (f"{year}年度工作总结\n" if year else "") + sentence + "\n"
    body_line = 2 if year else 1
    return [d for d in lint_text(text) if d.code in codes and d.line == body_line]


def rows(path: str, which: str):
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if which == "all" or half(row["id"]) == which:
                yield row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("errors")
    ap.add_argument("lookalikes")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="print the misses and the false findings")
    args = ap.parse_args(argv)

    caught = collections.Counter()
    total = collections.Counter()
    misses, hits = [], []
    for row in rows(args.errors, args.half):
        cls = row["class"]
        scope = "in" if cls in IN_SCOPE else "out"
        scope_all = "in-all" if cls in IN_SCOPE_ALL else "out-all"
        found = lint_sentence(row["wrong"], year_of(row.get("year_context", "")))
        total[scope] += 1
        total[scope_all] += 1
        total[cls] += 1
        if found:
            caught[scope] += 1
            caught[scope_all] += 1
            caught[cls] += 1
            hits.append((row["id"], cls, sorted({d.code for d in found})))
        else:
            misses.append((row["id"], cls, row["wrong"]))
    false = []
    n_look = 0
    for row in rows(args.lookalikes, args.half):
        n_look += 1
        found = lint_sentence(row["text"], year_of(row.get("year_context", "")))
        if found:
            false.append((row["id"], row["class"], [(d.code, d.message) for d in found]))

    print(f"half: {args.half}")
    for scope, label in (("in", "issue-31 classes"), ("out", "other classes"),
                         ("in-all", "issue-31 classes, later sets' class names too"),
                         ("out-all", "other classes, later sets' class names too")):
        n = total[scope]
        print(f"  errors, {label}: caught {caught[scope]}/{n}" + (f" = {caught[scope] / n:.2f}" if n else ""))
    print(f"  look-alikes with a finding: {len(false)}/{n_look}")
    print("  by class (caught/total):", ", ".join(f"{c} {caught[c]}/{total[c]}" for c in sorted(
        c for c in total if c not in ("in", "out", "in-all", "out-all"))))
    if args.show:
        for i, cls, codes in hits:
            print("HIT ", i, cls, codes)
        for i, cls, text in misses:
            print("MISS", i, cls, text if cls in IN_SCOPE_ALL else "")
        for i, cls, found in false:
            print("FALSE", i, cls, found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
