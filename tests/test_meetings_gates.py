"""DJ437 searches a paragraph for a plenum that never met (_never_held) only where it holds 中全会, and for
N年是党的X大召开之年 (_congress_year) only where it holds 召开之年: a paragraph without the word gets nothing from
either search, on every paragraph of the fixtures, the rule's cases, 3,000 shuffled paragraphs of their
sentences and random strings of the patterns' pieces; and each pattern's every match holds its word."""
from __future__ import annotations

import glob
import os
import random

import pytest
import yaml

from djlint.checks.facts import meetings
from djlint.checks.facts.data import facts_for
from djlint.config import Config
from djlint.document import read_path
from djlint.engine.context import LintContext
from djlint.engine.registry import build_registry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PIECES = ["十九届", "二十届", "十八届", "八中全会", "四中", "全会", "中全會", "二中、三中", "十九大", "二十大", "党的", "胜利",
          "召开之年", "召开", "之年", "2022年是", "明年是", "，", "。", "精神", "第", "一", "学习贯彻", "中全"]


def _paragraph_texts(tmp_path) -> list[str]:
    with open(os.path.join(ROOT, "rules", "cases", "DJ437.yaml"), encoding="utf-8") as fh:
        cases = [c["text"] for c in yaml.safe_load(fh).values() if isinstance(c, dict) and "text" in c]
    rnd = random.Random(437)
    sentences = [s + "。" for text in cases for s in text.split("。") if len(s) > 3]
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            sentences.extend(s + "。" for line in fh for s in line.strip().split("。") if len(s) > 3)
    shuffled = ["".join(rnd.sample(sentences, rnd.randint(2, 6))) for _ in range(3000)]
    noise = ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 12))) for _ in range(6000)]
    return cases + shuffled + noise


@pytest.mark.slow
def test_a_paragraph_without_the_word_gets_nothing_from_the_search(tmp_path):
    registry = build_registry(())
    rule = registry.rules["DJ437"]
    facts = facts_for(registry)
    path = tmp_path / "texts.txt"
    path.write_text("\n".join(_paragraph_texts(tmp_path)) + "\n", encoding="utf-8")
    paths = [*sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)), str(path)]
    left = {"中全会": 0, "召开之年": 0}
    found = {"中全会": 0, "召开之年": 0}
    for one in paths:
        doc = read_path(one)
        ctx = LintContext(doc, Config(), registry)
        for p in doc.paragraphs:
            for word, search in (("中全会", rule._never_held), ("召开之年", rule._congress_year)):
                got = list(search(p, ctx, facts, p.text))
                if word not in p.text:
                    assert not got, (word, p.text)
                    left[word] += 1
                else:
                    found[word] += len(got)
    assert min(left.values()) > 5000 and min(found.values()) > 20, (left, found)  # searched and found where it holds the word


def test_every_match_holds_the_word():
    rnd = random.Random(4370)
    matched = {"中全会": 0, "召开之年": 0}
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 10)))
        for word, pattern in (("中全会", meetings._ORDINAL), ("召开之年", meetings._CONGRESS_YEAR)):
            for m in pattern.finditer(text):
                assert word in m.group(), (pattern.pattern, text)
                matched[word] += 1
    assert min(matched.values()) > 200, matched
