"""The numbering family reads only the paragraphs a search of the whole document admits (speed43): DJ303's labels run
on inside a paragraph (（1）、 after a comma) only where a mark, a bracket and a digit or numeral stand together.  On
the rule cases, the fixtures' lines, 3,000 shuffled paragraphs of their sentences and 3,000 random strings of the
pieces, every paragraph with such a label is admitted, and the findings are those of reading every paragraph."""
from __future__ import annotations

import glob
import pathlib
import random
import re

from djlint.checks.numbering import headings, labelled
from djlint.document import read_bytes
from djlint.engine.cases import cases_of
from djlint.engine.registry import build_registry
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
_PIECES = ["（", "(", "）", ")", "1", "12", "3", "一", "二", "十", "、", "，", ",", "；", ";", "：", ":", "。", ".", "．",
           "对下游", "“", "加强", "第", "项", "上述", "（1）、", "，（2）", "(3).", "；（一）", "（二）、"]


def _lines() -> list[str]:
    texts = [case.text for rule in build_registry(()).rules.values() for case in cases_of(rule)]
    for path in sorted(glob.glob(str(ROOT / "fixtures" / "**" / "*.txt"), recursive=True)):
        texts += pathlib.Path(path).read_text(encoding="utf-8").split("\n")
    return [t for t in texts if t.strip()]


LINES = _lines()


def _documents() -> list[str]:
    rnd = random.Random(303)
    sentences = [s for t in LINES for s in re.findall(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+", t) if s.strip()]
    shuffled = ["".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 4))) for _ in range(3000)]
    pieced = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    return ["\n".join(group[i:i + 500]) for group in (LINES, shuffled, pieced) for i in range(0, len(group), 500)]


DOCUMENTS = _documents()


def test_every_paragraph_with_an_inline_label_is_admitted():
    found = 0
    for text in DOCUMENTS:
        doc = read_bytes("t.txt", text.encode("utf-8"), "txt")
        admitted = {p.index for p in labelled.inline_bracket_paragraphs(doc)}
        for p in doc.body:
            if list(labelled.inline_bracket_marks(p)):
                found += 1
                assert p.index in admitted, p.text
    assert found > 50, found


def test_dj303_finds_what_reading_every_paragraph_found(monkeypatch):
    def findings():
        return [[(d.line, d.column, d.end_column, d.message) for d in lint_text(t, {"select": ["DJ303"]})] for t in DOCUMENTS]

    gated = findings()
    monkeypatch.setattr(headings, "inline_bracket_paragraphs", lambda doc: doc.body)
    every = findings()
    assert sum(map(len, every)) > 300
    assert gated == every
