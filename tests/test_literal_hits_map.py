"""The literal scan reads each trie's hits (start, key, the places inside the key where another key starts)
with ``map`` over the matches, not in a Python loop per hit (engine/literals.py, speed47): the hits of every
stretch must be exactly those of the loop before, on real lines and on random joins of the tries' own keys
(keys inside keys, keys that run on, overlaps)."""
from __future__ import annotations

import glob
import pathlib
import random

import pytest

from djlint.engine import literals
from djlint.engine.registry import build_registry

ROOT = pathlib.Path(__file__).resolve().parent.parent
INDEX = literals.literal_index(build_registry(()))


def _loop_hits(index, text: str, pos: int, end: int) -> list[tuple[int, str]]:
    """The former ``LiteralIndex._hits``: one Python iteration per match."""
    hits: list[tuple[int, str]] = []
    for pattern, inner_at in zip(index.patterns, index.inner):
        match = pattern.match
        for m in pattern.finditer(text, pos, end):
            s = m.start()
            key = m.group()
            hits.append((s, key))
            for j, known in inner_at[key]:
                if known is not None:
                    hits.append((s + j, known))
                else:
                    inner = match(text, s + j)
                    if inner is not None:
                        hits.append((s + j, inner.group()))
    hits.sort()
    return hits


def _check(texts: list[str]) -> tuple[int, int]:
    hits = inside = 0
    for text in texts:
        for pos, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
            new, old = INDEX._hits(text, pos, end), _loop_hits(INDEX, text, pos, end)
            assert new == old, text[:80]
            hits += len(new)
            inside += len(new) - sum(len(list(p.finditer(text, pos, end))) for p in INDEX.patterns)
    return hits, inside


def _lines() -> list[str]:
    lines = []
    for path in sorted(glob.glob(str(ROOT / "fixtures" / "**" / "*.txt"), recursive=True)):
        lines.extend(x for x in pathlib.Path(path).read_text(encoding="utf-8").splitlines() if x.strip())
    return lines


@pytest.mark.slow
def test_real_lines_and_their_joins():
    lines = _lines()
    rnd = random.Random(47)
    joins = ["\x00".join(rnd.sample(lines, min(len(lines), 12))) for _ in range(300)]
    hits, inside = _check(lines + joins)
    assert hits > 10_000 and inside > 300


def test_random_joins_of_keys():
    rnd = random.Random(4747)
    keys = sorted(INDEX.keys)
    long_keys = [k for k in keys if len(k) >= 3]
    texts = []
    for _ in range(3000):
        parts = [rnd.choice(long_keys if rnd.random() < 0.5 else keys) for _ in range(rnd.randint(1, 8))]
        cut = [p[rnd.randint(0, len(p) - 1):] if rnd.random() < 0.3 else p for p in parts]  # keys' tails: keys inside
        texts.append(rnd.choice(("", "的", "，", "\x00")).join(cut))
    hits, inside = _check(texts)
    assert hits > 15_000 and inside > 500
