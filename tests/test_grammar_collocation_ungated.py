"""DJ442 reads every paragraph (speed44): it had a prefilter, the alternation of its verbs, predicate words and
subject predicates (VERBS + predicates.WORDS + predicates.SUBJECT_WORDS), which kept ~77% of the paragraphs of
report prose.  Without it the rule reports exactly what it reported with it: on its cases, the fixtures, 3,000
shuffled paragraphs of their sentences, and built paragraphs that hold none of the words but the table's other
verbs and nouns, one word of the gate, or a traditional-script copy."""
from __future__ import annotations

import glob
import pathlib
import random
import re

import pytest
import yaml

from djlint.checks.grammar import collocation
from djlint.checks.grammar.predicates import SUBJECT_WORDS, WORDS
from djlint.engine.kinds import compile_
from djlint.engine.registry import build_registry
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？]|[^。；！？\n]+")
_OLD_GATE = compile_("|".join(collocation.Collocation.VERBS + WORDS + SUBJECT_WORDS))


def _texts() -> list[str]:
    out = []
    for code in ("DJ442", "DJ444", "DJ441", "DJ443"):
        cases = yaml.safe_load((ROOT / f"rules/cases/{code}.yaml").read_text(encoding="utf-8")) or {}
        out += [c["text"] for c in cases.values() if isinstance(c, dict) and "text" in c]
    for path in sorted(glob.glob(str(ROOT / "fixtures/**/*.txt"), recursive=True)):
        out.append(pathlib.Path(path).read_text(encoding="utf-8"))
    return out


def _found(texts) -> list:
    return [[(d.line, d.column, d.end_column, d.message) for d in lint_text(t, {"select": ["DJ442"]})] for t in texts]


def _both(monkeypatch, texts):
    now = _found(texts)
    with monkeypatch.context() as m:
        m.setattr(collocation.Collocation, "prefilter", _OLD_GATE)
        gated = _found(texts)
    return now, gated


@pytest.mark.slow
def test_the_gate_dropped_no_finding_on_cases_fixtures_and_shuffled_paragraphs(monkeypatch):
    texts = _texts()
    rnd = random.Random(442)
    sentences = [s for t in texts for s in _SENTENCE.findall(t) if s.strip()]
    shuffled = ["".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 5))) for _ in range(3000)]
    texts += ["\n".join(shuffled[i:i + 100]) for i in range(0, 3000, 100)]
    now, gated = _both(monkeypatch, texts)
    assert sum(map(len, gated)) >= 300
    assert now == gated


def test_the_gate_dropped_no_finding_on_built_paragraphs(monkeypatch):
    table = collocation.table_for(build_registry(()))
    gate = set(collocation.Collocation.VERBS + WORDS + SUBJECT_WORDS)
    # sorted: the table orders words of one length as a set iterates, which changes with the hash seed
    others = sorted(v for v in table.verbs if v not in gate) + sorted(table.nouns)
    rnd = random.Random(4420)
    fill = ("我们", "的", "和", "，", "。", "工作", "党员", "积极", "深入", "全面", "、", "等", "教育", "主题教育", "水平", "得到")
    paragraphs = []
    for i in range(3000):
        words = [rnd.choice(others if rnd.random() < 0.5 else fill) for _ in range(rnd.randint(3, 12))]
        if i % 3 == 0:
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(sorted(gate)))
        paragraphs.append("".join(words))
    texts = ["\n".join(paragraphs[i:i + 100]) for i in range(0, 3000, 100)]
    texts.append("加強黨的建設，發揮職責作用，營造熱潮。\n履行作用，掀起氛圍。")  # traditional script
    now, gated = _both(monkeypatch, texts)
    assert sum(map(len, gated)) >= 20, sum(map(len, gated))
    assert now == gated


def test_no_prefilter_reads_every_paragraph():
    assert collocation.Collocation.prefilter is None
    assert not collocation.Collocation.prefilter_words
