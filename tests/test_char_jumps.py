"""The literal index's frequent one-character words (、) are found by a jump from one paragraph that holds
them to the next (engine/charsearch.py, speed46), the rest by one search of a class: the paragraphs of every
character must be exactly those a search of the whole class finds at each occurrence (the code before)."""
from __future__ import annotations

import glob
import pathlib
import random
from bisect import bisect_right

from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine import literals
from djlint.engine.charsearch import paragraphs_by_char
from djlint.engine.context import LintContext
from djlint.engine.registry import build_registry
from djlint.util import rx

ROOT = pathlib.Path(__file__).resolve().parent.parent
REGISTRY = build_registry(())
INDEX = literals.literal_index(REGISTRY)
SEARCHED = sorted(set(INDEX.jumped) | INDEX.chars.union(*(chars for _, chars in INDEX.classes.values())))


def _each_occurrence(text: str, starts: list[int]) -> dict[str, list[int]]:
    """The former search: the whole class, every occurrence read."""
    pattern = rx.stdlib(literals.class_source("".join(SEARCHED)))
    by_char: dict[str, list[int]] = {}
    for m in pattern.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        got = by_char.setdefault(m.group(), [])
        if not got or got[-1] != i:
            got.append(i)
    return by_char


def _same(texts: list[str]) -> int:
    doc = read_bytes("j.txt", "\n".join(texts).encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(), REGISTRY)
    text, starts = doc.joined
    got = literals._paragraphs_by_char(ctx)
    assert got == _each_occurrence(text, starts)
    return len(got.get("、", ()))


def test_the_frequent_character_is_jumped_and_kept_out_of_the_class():
    assert "、" in INDEX.jumped
    assert INDEX.char_pattern.search("、") is None
    assert all(INDEX.char_pattern.search(c) for c in SEARCHED if c not in INDEX.jumped)


def test_the_same_paragraphs_on_fixtures():
    texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "fixtures/**/*.txt"),
                                                                                    recursive=True))]
    assert _same(texts) > 100


def test_the_same_paragraphs_on_random_paragraphs():
    rnd = random.Random(46)
    pieces = ["、", "、、", "的", "工作", "，", "。", "把", "们", "多", "x", "X", "*", "：", " "] + SEARCHED[:40]
    for _ in range(30):
        texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(200)]
        _same(texts)
    # a 、 as the first or last character of the text and of a paragraph, empty paragraphs between
    for texts in (["、"], ["、", "", "、"], ["甲、", "、乙"], ["", "", "、、、"], ["甲"], [""]):
        _same(texts)


def test_paragraphs_by_char_alone():
    text = "甲、乙\x00\x00、、\x00丙\x00、"
    starts = [0, 4, 5, 8, 10]
    assert paragraphs_by_char(text, starts, None, ("、",)) == {"、": [0, 2, 4]}
    assert paragraphs_by_char(text, starts, None, ()) == {}
    assert paragraphs_by_char(text, starts, rx.stdlib("[丙、]"), ()) == {"、": [0, 2, 4], "丙": [3]}
