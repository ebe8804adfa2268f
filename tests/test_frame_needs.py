"""DJ443's frame pattern (围绕……为主题) is searched only in the paragraphs holding one of its ``needs``, 为 and
a noun side by side (keys of the engine's scan); its first formulation searched every paragraph holding 为 for
``为(?P<n>主题|…)`` first.  The two tests admit the same paragraphs: on the rule's cases, the fixtures' texts and
shuffled paragraphs of their sentences, and every match the pattern finds holds one of the words."""
from __future__ import annotations

import glob
import os
import random

import regex

from djlint.checks.grammar.mixed import _FRAME_NEEDS, _FRAME_NOUNS, PATTERNS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST = regex.compile("为" + _FRAME_NOUNS)  # the first formulation's test


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as fh:
            out.extend(line.strip() for line in fh if line.strip())
    with open(os.path.join(ROOT, "rules", "cases", "DJ443.yaml"), encoding="utf-8") as fh:
        out.extend(line.split(":", 1)[1].strip() for line in fh if line.lstrip().startswith(("- text:", "text:")))
    sentences = [s + "。" for p in out for s in p.split("。") if s]
    rnd = random.Random(443)
    for _ in range(3000):
        out.append("".join(rnd.sample(sentences, min(len(sentences), rnd.randint(1, 8)))))
    return out


def test_the_frame_needs_admit_what_the_first_test_admitted():
    frame = next(p for p in PATTERNS if p.needs == _FRAME_NEEDS)
    texts = _paragraphs()
    admitted = 0
    for text in texts:
        held = any(w in text for w in frame.needs)
        assert held == (FIRST.search(text) is not None), text
        admitted += held
        for m in frame.regex.finditer(text):
            assert any(w in m.group(0) for w in frame.needs), text
    assert admitted > 20 and len(texts) > 3000
    assert "为" not in frame.needs and frame.also is None
