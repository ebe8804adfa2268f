"""The dictionary audit's candidates: rare entries of jieba's dictionary that may be misspellings.

    python benchmarks/dictslips.py [> candidates.tsv]     (MAXC, RATIO, FLOOR from the environment)

DJ421 takes every entry of jieba's dictionary for a word, so a slip jieba lists (OCR and typing errors
with tiny counts: 收人, 侯选人) is never reported.  This lists the two- and three-character entries the
built index still knows that have a count of at most MAXC (10) and differ in one character from an
entry at least RATIO (50) times and FLOOR (300) as frequent, the two characters read alike
(data/pinyin.tsv, word-readings.tsv) or look alike (look-alikes.tsv: ``curated``; shape-confusion.tsv:
``shape``).  Columns: entry, count, tag, the most frequent such neighbour, its count, kind, the change.
Most candidates are words in their own right (拨出, 入行, 舍入): each is judged by hand, and the
misspellings go to data/not-suggested.txt with the right form in a comment.
"""
from __future__ import annotations

import collections
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.checks.phrase import spelling_index  # noqa: E402
from djlint.checks.spelling.build import BUNDLED_DICT, _open_dictionary  # noqa: E402
from djlint.engine import build_registry  # noqa: E402

MAXC = int(os.environ.get("MAXC", 10))
RATIO = int(os.environ.get("RATIO", 50))
FLOOR = int(os.environ.get("FLOOR", 300))
DATA = os.path.join(ROOT, "rules", "phrase", "data")


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        for ln in fh:
            if ln.strip() and not ln.startswith("#"):
                yield ln.rstrip("\n").split("\t")


def shapes(name):
    """Each character's look-alikes in a table, both ways."""
    s = collections.defaultdict(set)
    for r in rows(name):
        for a in r[1]:
            if a not in "| " and a != r[0]:
                s[r[0]].add(a)
                s[a].add(r[0])
    return s


def _dictionary() -> tuple:
    """jieba's two- and three-character entries: counts and part-of-speech tags."""
    counts, tags = {}, {}
    with _open_dictionary(BUNDLED_DICT) as fh:
        for line in fh:
            f = line.split()
            if 2 <= len(f[0]) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in f[0]):
                counts[f[0]] = int(f[1])
                tags[f[0]] = f[2] if len(f) > 2 else ""
    return counts, tags


def main() -> int:
    read = {r[0]: r[1] for r in rows("pinyin.tsv")}
    wread = {r[0]: r[1].split() for r in rows("word-readings.tsv")}
    cur, broad = shapes("look-alikes.tsv"), shapes("shape-confusion.tsv")
    counts, tags = _dictionary()
    index = spelling_index(build_registry())

    def rd(w, i):
        return wread[w][i] if w in wread and len(wread[w]) == len(w) else read.get(w[i])

    by_mask = collections.defaultdict(list)
    for w in counts:
        for i in range(len(w)):
            by_mask[(len(w), i, w[:i] + w[i + 1:])].append(w)
    out = []
    for w, c in counts.items():
        if c > MAXC or not index.knows(w):
            continue
        best = None
        for i in range(len(w)):
            for v in by_mask[(len(w), i, w[:i] + w[i + 1:])]:
                if v == w or counts[v] < max(RATIO * c, FLOOR):
                    continue
                kinds = ["sound"] if rd(w, i) and rd(w, i) == rd(v, i) else []
                kinds += ["curated"] if v[i] in cur[w[i]] else ["shape"] if v[i] in broad[w[i]] else []
                if kinds and (best is None or counts[v] > best[1]):
                    best = (v, counts[v], "+".join(kinds), i)
        if best:
            out.append((w, c, tags[w]) + best)
    out.sort(key=lambda r: (len(r[0]), r[5], r[0]))
    for w, c, t, v, cv, k, i in out:
        print(f"{w}\t{c}\t{t}\t{v}\t{cv}\t{k}\t{w[i]}->{v[i]}")
    print(len(out), "candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
