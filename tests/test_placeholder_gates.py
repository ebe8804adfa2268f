"""DJ207 (placeholder.leaders) reads only the paragraphs its gate admits (speed36: the core formula's entries by
_CORE_SLOT, the 近平 branches by 近平 with no 习 before it): on the rule's cases, the fixtures' texts, 3,000 shuffled
paragraphs of their sentences and 3,000 random strings of the formula's pieces, its findings are those of reading
every paragraph (no gate at all)."""
from __future__ import annotations

import glob
import pathlib
import random
import re

import yaml

from djlint.checks.placeholder import leaders
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+")
#: the pieces the gate's words and patterns are made of, their look-alikes and marks
_PIECES = ("以", "同志", "为核心", "为主要代表", "的党中央", "的", "党中央", "中共中央", "中国共产党人", "第一代中央领导集体",
           "党的第二代中央领导集体", "习近平", "近平", "习", "总书记", "习总", "主席", "***", "XX", "X", "×", "○", "—",
           "新时代中国特色社会主义思想", "思想", "重要领导", "领导", "毛泽东", "邓小平", "张", "为", "核心", "学", "在",
           "，", "。", "关于", "系列重要讲话", "指出", "领导下", "中央的核心、全党的核心", "作为", "《", "谈治国理政》",
           "紧密团结在", "坚持", "贯彻")


def _case_texts() -> list[str]:
    out = []
    for path in ("rules/cases/DJ207.yaml", "rules/cases/DJ201.yaml", "rules/cases/DJ206.yaml"):
        cases = yaml.safe_load((ROOT / path).read_text(encoding="utf-8")) or {}
        out += [c["text"] for c in cases.values() if isinstance(c, dict) and "text" in c]
    return out


def _fixture_texts() -> list[str]:
    paths = sorted(glob.glob(str(ROOT / "fixtures/placeholder/*.txt")) + glob.glob(str(ROOT / "fixtures/prose/*.txt"))
                   + glob.glob(str(ROOT / "fixtures/recall/*.txt")))
    return [pathlib.Path(p).read_text(encoding="utf-8") for p in paths]


def _found(text: str) -> list:
    return [(d.line, d.column, d.end_column, d.message, d.fix) for d in lint_text(text, {"select": ["DJ207"]})]


def _both(monkeypatch, texts: list[str]) -> tuple[list, list]:
    gated = [_found(t) for t in texts]
    with monkeypatch.context() as m:
        m.setattr(leaders.LeaderNameRemoved, "prefilter", None)  # every paragraph read
        every = [_found(t) for t in texts]
    return gated, every


def test_the_gate_loses_no_finding_on_cases_and_fixtures(monkeypatch):
    texts = _case_texts() + _fixture_texts()
    gated, every = _both(monkeypatch, texts)
    assert sum(map(len, every)) >= 20, "the texts hold DJ207 findings"
    assert gated == every


def test_the_gate_loses_no_finding_on_shuffled_paragraphs(monkeypatch):
    rnd = random.Random(36)
    sentences = [s for t in _case_texts() + _fixture_texts() for s in _SENTENCE.findall(t) if s.strip()]
    paragraphs = ["".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 5))) for _ in range(3000)]
    gated, every = _both(monkeypatch, ["\n".join(paragraphs[i:i + 100]) for i in range(0, 3000, 100)])
    assert sum(map(len, every)) >= 50
    assert gated == every


def test_the_gate_loses_no_finding_on_random_pieces(monkeypatch):
    rnd = random.Random(207)
    paragraphs = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 9))) for _ in range(3000)]
    gated, every = _both(monkeypatch, ["\n".join(paragraphs[i:i + 100]) for i in range(0, 3000, 100)])
    assert sum(map(len, every)) >= 120
    assert gated == every


def test_the_gate_admits_fewer_paragraphs_than_its_words_did():
    """以习近平同志为核心的党中央 and 习近平总书记 alone are not admitted (they were: the test fails on the former gate)."""
    from djlint.document import read_bytes

    doc = read_bytes("x.txt", "紧密团结在以习近平同志为核心的党中央周围。\n学习习近平总书记重要讲话精神。\n".encode(), "txt")
    assert [p for pat in leaders.LeaderNameRemoved.prefilter for p in doc.paragraphs_matching(pat)] == []
