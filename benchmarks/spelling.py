"""Measure DJ421 (misspelled-word) on a folder of correct texts you point it at:

    python benchmarks/spelling.py FOLDER [--per-file 40] [--seed 7]

1. findings per 10,000 characters on the texts as they are (every one is a false alarm if the
   texts are edited official prose);
2. plants one-character slips (a word's character replaced by a look-alike from
   rules/phrase/data/look-alikes.tsv where it has one, else by a homophone, making a non-word)
   into copies of the texts, one at a time, and prints the recall for words of three or more
   characters and of two characters, and how often the suggestion, applied, gives back the
   original text.

Nothing is read from outside the folder given; nothing is written.
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.checks.phrase import spelling_index  # noqa: E402
from djlint.engine import build_registry  # noqa: E402
from djlint.lint import lint_text  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--per-file", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    index = spelling_index(build_registry())
    same_reading = _common_homophones(index)
    files = sorted(glob.glob(os.path.join(args.folder, "**", "*.txt"), recursive=True))
    chars = findings = 0
    planted = collections.Counter()
    found = collections.Counter()
    right = 0
    for path in files:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        chars += len(text)
        findings += len(lint_text(text, {"select": ["DJ421"]}))
        words = sorted({w for w in re.findall(r"[\u4e00-\u9fff]{2,6}", text) if index.knows(w)})
        rnd.shuffle(words)
        for word in words[:args.per_file]:
            shape = _look_alike_slip(word, index, rnd)  # a look-alike where the word has one
            slip = shape or _slip(word, index, same_reading, rnd)
            if slip is None:
                continue
            at = text.find(word)
            before, after = text[max(0, at - 40):at], text[at + len(word):at + len(word) + 40]
            kind = "shape" if shape else "3+" if len(word) >= 3 else "2"
            planted[kind] += 1
            planted_text = before + slip + after
            hits = [d for d in lint_text(planted_text, {"select": ["DJ421"]})
                    if _offset(planted_text, d.line, d.column) <= len(before) + len(word)
                    and len(before) <= _offset(planted_text, d.end_line, d.end_column)]
            if hits:
                found[kind] += 1
                right += any(_restores(planted_text, d, before + word + after) for d in hits)
    print(f"texts: {len(files)}, {chars} characters; findings on them unplanted: {findings} "
          f"({findings / max(chars, 1) * 1e4:.2f} per 10,000 characters)")
    for kind in ("3+", "2"):
        n = planted[kind]
        print(f"homophone slips in words of {kind} characters: {found[kind]}/{n} found"
              f" ({found[kind] / n:.2f})" if n else f"slips in words of {kind} characters: none planted")
    n = planted["shape"]
    print(f"look-alike slips (data/look-alikes.tsv): {found['shape']}/{n} found"
          + (f" ({found['shape'] / n:.2f})" if n else ""))
    total = sum(found.values())
    print(f"suggestion restores the original: {right}/{total} ({right / max(total, 1):.2f})")
    return 0


def _restores(text: str, d, original: str) -> bool:
    """Whether the finding's suggestion, applied, gives back the text as it was before the slip."""
    if d.fix is None:
        return False
    a, b = _offset(text, d.fix.line, d.fix.column), _offset(text, d.fix.end_line, d.fix.end_column)
    return text[:a] + d.fix.replacement + text[b:] == original


def _offset(text: str, line: int, column: int) -> int:
    """A finding's 1-based line and column as an offset into ``text`` (the context may span lines)."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts[line - 1] + column - 1


def _common_homophones(index, keep: int = 6):
    """For each reading, its most used characters (an input method offers these first), by the
    summed frequency of the jieba dictionary words they appear in; traditional characters (which a
    simplified-Chinese input method does not offer, data/traditional.tsv) left out."""
    from djlint.checks.spelling.build import jieba_dict

    use = collections.Counter()
    with open(jieba_dict(), encoding="utf-8") as fh:
        for line in fh:
            word, _, rest = line.partition(" ")
            n = int((rest.split() or ["0"])[0])
            for ch in word:
                use[ch] += n
    by_code = collections.defaultdict(list)
    for cp, code in index.codes.items():
        if chr(cp) not in index.traditional:
            by_code[code].append(chr(cp))
    return {code: sorted(chars, key=lambda c: -use[c])[:keep] for code, chars in by_code.items()}


def _look_alike_slip(word, index, rnd):
    """The word with one character replaced by a look-alike making a non-word, or None."""
    spots = [i for i, ch in enumerate(word) if ch in index.look_alikes]
    rnd.shuffle(spots)
    for i in spots:
        new = word[:i] + rnd.choice(index.look_alikes[word[i]]) + word[i + 1:]
        if not index.knows(new):
            return new
    return None


def _slip(word, index, same_reading, rnd):
    for _ in range(30):
        i = rnd.randrange(len(word))
        code = 0xE000 + index.reading(word)[i]  # as the word is read (银行: hang, not xing)
        others = [c for c in same_reading.get(code, ()) if c != word[i]]
        if not others:
            continue
        new = word[:i] + rnd.choice(others) + word[i + 1:]
        if not index.knows(new):
            return new
    return None


if __name__ == "__main__":
    sys.exit(main())
