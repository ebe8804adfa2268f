"""DJ434 (facts.anniversaries) searches a paragraph for an event's age (新中国成立73年来, 改革开放以来的46年) only where
``ages_gate`` (a stem, then a number's first character or 以来) finds one (speed36; searched in the paragraph since
speed44, in the whole document before):
with the gate taken away the rule reports the same on its cases, the fixtures, 3,000 shuffled paragraphs of their
sentences and 3,000 random strings of stems, numbers and the words round them; and every match of ``ages`` holds
a match of the gate; the paragraph's own search answers as the document's did."""
from __future__ import annotations

import glob
import pathlib
import random
import re

import pytest
import yaml

from djlint.checks.facts import anniversaries
from djlint.document import read_bytes
from djlint.engine.registry import build_registry
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+")
_PIECES = ("新中国成立", "中华人民共和国成立", "改革开放", "党成立", "建党", "我们党成立", "中国共产党成立", "建军", "香港回归",
           "73", "70", "46", "100", "一百", "七十三", "四十六", "两", "多", "余", "年来", "年以来", "以来", "以来的", "年", "来",
           "，", "。", "2024年", "2019年", "我们", "取得了历史性成就", "时任", "强调：", "“", "”")


def _texts() -> list[str]:
    cases = yaml.safe_load((ROOT / "rules/cases/DJ434.yaml").read_text(encoding="utf-8")) or {}
    out = [c["text"] for c in cases.values() if isinstance(c, dict) and "text" in c]
    for path in sorted(glob.glob(str(ROOT / "fixtures/facts/*.txt")) + glob.glob(str(ROOT / "fixtures/facts16/*.txt"))
                       + glob.glob(str(ROOT / "fixtures/prose/*.txt"))):
        out.append(pathlib.Path(path).read_text(encoding="utf-8"))
    return out


def _found(text: str) -> list:
    return [(d.line, d.column, d.end_column, d.message) for d in lint_text(text, {"select": ["DJ434"]})]


def _both(monkeypatch, texts):
    gated = [_found(t) for t in texts]
    with monkeypatch.context() as m:
        m.setattr(anniversaries, "_may_age", lambda ix, text: True)
        every = [_found(t) for t in texts]
    return gated, every


def _ages_said(found) -> int:
    return sum("年）已" in f[3] for one in found for f in one)


@pytest.mark.slow
def test_the_gate_drops_no_finding_on_cases_fixtures_and_shuffled_paragraphs(monkeypatch):
    texts = _texts()
    rnd = random.Random(434)
    sentences = [s for t in texts for s in _SENTENCE.findall(t) if s.strip()]
    shuffled = ["".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 5))) for _ in range(3000)]
    texts += ["2024年度党建工作报告\n" + "\n".join(shuffled[i:i + 100]) for i in range(0, 3000, 100)]
    gated, every = _both(monkeypatch, texts)
    assert _ages_said(every) >= 10
    assert gated == every


def test_the_gate_drops_no_finding_on_random_pieces(monkeypatch):
    rnd = random.Random(4340)
    paragraphs = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(2, 9))) for _ in range(3000)]
    texts = ["2024年度党建工作报告\n" + "\n".join(paragraphs[i:i + 100]) for i in range(0, 3000, 100)]
    gated, every = _both(monkeypatch, texts)
    assert _ages_said(every) >= 8
    assert gated == every


def test_every_age_holds_the_gate():
    ix = anniversaries.index_for(build_registry(()))
    rnd = random.Random(4341)
    found = 0
    for _ in range(30000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 6)))
        if ix.ages.search(text) is not None:
            assert ix.ages_gate.search(text) is not None, text
            found += 1
    assert found > 100, found


def test_the_paragraphs_own_search_answers_as_the_documents():
    """speed44: the gate searched in each paragraph the rule reads, no more in the document's joined text (the old
    answer: ``Document.paragraphs_matching``); the same paragraphs on the cases, fixtures, shuffled and random ones."""
    ix = anniversaries.index_for(build_registry(()))
    rnd = random.Random(4342)
    texts = _texts()
    sentences = [s for t in texts for s in _SENTENCE.findall(t) if s.strip()]
    texts.append("\n".join("".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 5))) for _ in range(3000)))
    texts.append("\n".join("".join(rnd.choice(_PIECES) for _ in range(rnd.randint(2, 9))) for _ in range(3000)))
    held = 0
    for text in texts:
        doc = read_bytes("t.txt", text.encode("utf-8"))
        old = {p.index for p in doc.paragraphs_matching(ix.ages_gate)}
        new = {p.index for p in doc.paragraphs if anniversaries._may_age(ix, p.text)}
        assert new == old
        held += len(old)
    assert held > 300, held
