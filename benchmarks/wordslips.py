"""Recall by word length on generated slips: a character of a correct word replaced by one it is
confused with, the way a typist slips, and whether the DJ4xx rules find it.

    python benchmarks/wordslips.py [--per-kind 300] [--seed 11] [--show 20]

The words come from what djlint ships, nothing else: four-character idioms
(rules/phrase/data/idioms.txt), our set phrases (terms.tsv and the lexicon, as the index holds
them) and jieba's dictionary (the copy bundled with djlint): three- and four-character words and
frequent (≥ 1,000) two-character ones.  For each word one character is replaced by a character of the
same reading among the most used for it (what a pinyin input method offers first: ``sound``) or by a
look-alike (data/shape-confusion.tsv, look-alikes.tsv: ``shape``), both among the 3,500 characters most
used in the dictionary; only replacements that make no known word are kept
(a real-word error is another matter: see benchmarks/slips.py).  Each slip is put in carrier
sentences of our own and linted; it is found when a finding covers the changed character, right when
the suggestion gives back the word.  The unchanged word in the same carriers must draw no finding
over it (``silent``).  Prints recall and silence by category (idioms, set phrases, dictionary words of 4, 3 and 2
characters) and kind of slip, then recall inside words of 3+ and of 2 characters.
"""
from __future__ import annotations

import argparse
import collections
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.checks.phrase import spelling_index  # noqa: E402
from djlint.engine import build_registry  # noqa: E402
from djlint.lint import lint_text  # noqa: E402

#: carrier sentences (ours): the word standing before a comma, and inside running text
CARRIERS = ("会上大家一致认为，{}，这一点必须牢牢把握。", "我们把{}作为今年工作的重点内容来抓。")
DATA = os.path.join(ROOT, "rules", "phrase", "data")


def _lines(name: str) -> list[str]:
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        return [ln.split("\t", 1)[0].strip() for ln in fh if ln.strip() and not ln.startswith("#")]


def _dictionary(index) -> dict[str, int]:
    from djlint.checks.spelling.build import _open_dictionary, jieba_dict

    out = {}
    with _open_dictionary(jieba_dict()) as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            fields = rest.split()
            if 2 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in w) and index.knows(w):
                if len(fields) > 1 and fields[1].startswith("nr"):
                    continue  # people's names are not words a typist slips in
                out[w] = int(fields[0]) if fields else 0
    return out


def _use(counts: dict[str, int]) -> collections.Counter:
    use = collections.Counter()
    for w, n in counts.items():
        for ch in w:
            use[ch] += n
    return use


#: a typist's slip is a character in common use: the 3,500 most used characters of the dictionary
#: (as many as the first level of the 通用规范汉字表)
COMMON_CHARS = 3500


def _confusables(index, use):
    """(character, how) -> the characters it may be typed as: ``sound``, the most used of the same
    reading (an input method's first offers); ``shape``, its look-alikes; both in common use."""
    common = {c for c, _n in use.most_common(COMMON_CHARS)}
    by_code = collections.defaultdict(list)
    for cp, code in index.codes.items():
        if chr(cp) in common and chr(cp) not in index.traditional:
            by_code[code].append(chr(cp))
    for code in by_code:
        by_code[code].sort(key=lambda c: -use[c])
        del by_code[code][6:]

    def of(word: str, i: int, how: str) -> list[str]:
        ch = word[i]
        if how == "sound":
            return [c for c in by_code.get(0xE000 + index.reading(word)[i], ()) if c != ch]
        return [c for c in index.shapes.get(ch, "") + index.look_alikes.get(ch, "") if c != ch and c in common]
    return of


def _slip(word, index, of, how, rnd):
    """(the word with one character replaced, where) making no known word, or None."""
    spots = list(range(len(word)))
    rnd.shuffle(spots)
    for i in spots:
        opts = of(word, i, how)
        rnd.shuffle(opts)
        for c in opts:
            new = word[:i] + c + word[i + 1:]
            if not index.knows(new):
                return new, i
    return None


def _covers(text: str, start: int, end: int, diags) -> list:
    return [d for d in diags if d.paragraph is not None and d.start < end and d.end > start]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", type=int, default=0, help="print this many misses and false alarms per category")
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    index = spelling_index(build_registry())
    counts = _dictionary(index)
    of = _confusables(index, _use(counts))
    pools = {
        "idiom (idioms.txt)": [w for w in _lines("idioms.txt") if len(w) == 4 and index.knows(w)],
        "set phrase (ours)": sorted(w for w in index.own_words if 3 <= len(w) <= 8),
        "word of 4": sorted(w for w, n in counts.items() if len(w) == 4 and n >= 10),
        "word of 3": sorted(w for w, n in counts.items() if len(w) == 3 and n >= 10),
        "word of 2": sorted(w for w, n in counts.items() if len(w) == 2 and n >= 1000),
    }
    cfg = {"select": ["DJ41", "DJ42"]}
    print(f"{'category':20} {'how':6} {'slips':>6} {'found':>7} {'right':>7} {'silent':>8}")
    totals = collections.Counter()
    for name, pool in pools.items():
        rnd.shuffle(pool)
        for how in ("sound", "shape"):
            n = found = right = quiet = 0
            misses, alarms = [], []
            for word in pool:
                if n >= args.per_kind:
                    break
                slip = _slip(word, index, of, how, rnd)
                if slip is None:
                    continue
                new, i = slip
                carrier = CARRIERS[n % len(CARRIERS)]
                at = carrier.index("{}")
                n += 1
                text = carrier.format(new)
                hits = _covers(text, at + i, at + i + 1, lint_text(text, cfg))
                if hits:
                    found += 1
                    original = carrier.format(word)
                    right += any(d.fix is not None and text[:d.start] + d.fix.replacement + text[d.end:] == original
                                 for d in hits)
                elif len(misses) < args.show:
                    misses.append(f"{new} → {word}")
                clean = carrier.format(word)
                if not _covers(clean, at, at + len(word), lint_text(clean, cfg)):
                    quiet += 1
                elif len(alarms) < args.show:
                    alarms.append(word)
            key = ("2" if name == "word of 2" else "3+") + how
            totals[key, "n"] += n
            totals[key, "f"] += found
            print(f"{name:20} {how:6} {n:>6} {found / max(n, 1):>7.2f} {right / max(found, 1):>7.2f} {quiet / max(n, 1):>8.3f}")
            if misses:
                print("    missed:", "  ".join(misses))
            if alarms:
                print("    flagged unchanged:", "  ".join(alarms))
    for size in ("3+", "2"):
        print(f"recall inside words of {size} characters: " + "; ".join(
            f"{how} {totals[size + how, 'f'] / max(totals[size + how, 'n'], 1):.2f} "
            f"({totals[size + how, 'f']}/{totals[size + how, 'n']})" for how in ("sound", "shape")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
