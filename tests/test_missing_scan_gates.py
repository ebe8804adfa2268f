"""DJ449's missing_parts with the engine's scan of a paragraph (speed35: _PP_ONLY searched only where the scan found
one of its prepositions, _FOR_AIM only where it found 正在/都在/…, not wherever 在 stands) finds what it finds
without one (the searches as before), on every paragraph of the fixtures' texts, on the rule's cases and on 3,000
shuffled paragraphs made of their sentences."""
from __future__ import annotations

import glob
import os
import random

import pytest
import yaml

from djlint.checks.grammar.missing import AIM_WORDS, PP_WORDS, missing_parts
from djlint.checks.grammar.script import scan_hits
from djlint.config import Config
from djlint.document import read_path
from djlint.engine.context import LintContext
from djlint.engine.literals import literal_index
from djlint.engine.registry import build_registry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _texts(tmp_path) -> list[str]:
    with open(os.path.join(ROOT, "rules", "cases", "DJ449.yaml"), encoding="utf-8") as fh:
        cases = [c["text"] for c in yaml.safe_load(fh).values() if isinstance(c, dict) and "text" in c]
    paths = sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True))
    sentences = [s + "。" for text in cases for s in text.split("。") if len(s) > 3]
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            sentences.extend(s + "。" for line in fh for s in line.strip().split("。") if len(s) > 3)
    rnd = random.Random(35)
    shuffled = ["".join(rnd.sample(sentences, rnd.randint(2, 6))) for _ in range(3000)]
    out = []
    for name, lines in (("cases.txt", cases), ("shuffled.txt", shuffled)):
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(str(tmp_path / name))
    return paths + out


def test_the_gate_words_are_keys_of_the_scan():
    """Every word the gates read off the scan is a key of it (DJ449 declares them): a word left out of the keys
    would leave its paragraphs unsearched."""
    registry = build_registry(())
    assert set(PP_WORDS + AIM_WORDS) <= literal_index(registry).keys
    assert set(PP_WORDS + AIM_WORDS) <= set(registry.rules["DJ449"].literal_keys(registry))


@pytest.mark.slow  # a few seconds: out of the quick loop, in CI
def test_missing_parts_read_off_the_scan_finds_what_the_searches_found(tmp_path):
    registry = build_registry(())
    compared = found = pp = aim = 0
    for path in _texts(tmp_path):
        doc = read_path(path)
        ctx = LintContext(doc, Config(), registry)
        for p in doc.paragraphs:
            hits = scan_hits(p, ctx, False)
            assert hits is not None
            now = missing_parts(p.text, hits)
            assert now == missing_parts(p.text), (path, p.text)
            compared += 1
            found += len(now)
            pp += sum(m.startswith("缺少主干") for _s, _e, m in now)
            aim += sum("为" in m and m.startswith("缺谓语") for _s, _e, m in now)
    # the gated searches find something here: a gate that dropped their paragraphs would fail the comparison
    assert compared > 5000 and found > 30 and pp > 5 and aim > 0, (compared, found, pp, aim)


@pytest.mark.parametrize("word", AIM_WORDS + PP_WORDS)
def test_each_gate_word_admits_its_search(tmp_path, word):
    """A sentence each gate word opens (正在……为建设……。 with no verb for the aim; 根据……要求。 alone) is found with
    the scan's hits as without them."""
    if word in AIM_WORDS:
        text = f"全体党员{word}满怀信心地为建设社会主义现代化强国。"
    else:
        text = f"会议结束。{word}上级党委的部署要求。" if word not in ("随着", "对于") else \
            f"会议结束。{word}{'党建工作的深入' if word == '随着' else '群众反映的问题'}。"
    path = tmp_path / "one.txt"
    path.write_text(text + "\n", encoding="utf-8")
    doc = read_path(str(path))
    p = doc.paragraphs[0]
    found = missing_parts(p.text, scan_hits(p, LintContext(doc, Config(), build_registry(())), False))
    assert found and found == missing_parts(p.text), (word, found)
