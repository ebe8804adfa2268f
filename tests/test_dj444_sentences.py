"""DJ444 (grammar.subject) finds the sentences worth reading from _MAY_FIND's words (each sentence's bounds
the marks around its first word) instead of listing every sentence and searching each, and tries the
``regex``-module _PROVES only where one of its branches' openings stands.  The first formulation is kept
here and compared on the fixtures' lines, the rule's cases, 3,000 shuffled paragraphs and random strings."""
from __future__ import annotations

import glob
import os
import random

import pytest
import yaml

from djlint.checks.grammar import subject
from djlint.checks.grammar.text import sentences
from djlint.engine.kinds import compile_

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _first(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentences(text) if subject._MAY_FIND.search(text, s, e) is not None]


def _texts() -> list[str]:
    lines = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            lines.extend(line.rstrip("\n") for line in fh)
    with open(os.path.join(ROOT, "rules", "cases", "DJ444.yaml"), encoding="utf-8") as fh:
        cases = [c["text"] for c in yaml.safe_load(fh).values() if isinstance(c, dict) and "text" in c]
    rnd = random.Random(33)
    sentences_ = [s + rnd.choice("。。。！？!?；;") for t in cases + lines for s in t.split("。") if len(s) > 3]
    shuffled = ["".join(rnd.sample(sentences_, rnd.randint(2, 6))) for _ in range(3000)]
    pieces = ("使", "让", "了", "此次", "这一次", "以上", "由于", "通过", "经过", "从", "在", "中", "，", "。", "；", ";", "！",
              "?", "工作", "表明", "表明，", "说明了", "揭示了", "里，", "调查", "\n", "这", "一次")
    randoms = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16))) for _ in range(20000)]
    return lines + cases + shuffled + randoms


def test_the_sentences_worth_reading_are_the_first_formulations(monkeypatch):
    texts = _texts()
    read = 0
    for text in texts:
        now = list(subject.sentences_worth_reading(text))
        assert now == _first(text), text
        read += len(now)
    assert read > 20000, read
    # an empty word matches everywhere (tests/test_prefilters.py takes the skip away so): every sentence, once
    monkeypatch.setattr(subject, "_MAY_FIND", compile_(""))
    for text in texts[:5000]:
        assert list(subject.sentences_worth_reading(text)) == sentences(text), text


@pytest.mark.slow
def test_proves_matches_only_after_its_openings():
    found = 0
    for text in _texts():
        for start in range(len(text)):
            if subject._PROVES.match(text, start) is not None:
                assert text.startswith(subject._PROVES_OPENINGS, start), (text, start)
                found += 1
    assert found > 300, found
