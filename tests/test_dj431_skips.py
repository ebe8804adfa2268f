"""DJ431 (facts.leaders) reads the paragraphs in which its near-name pattern finds a match off the search its
prefilter made of the document (a copy read in simplified script is searched itself), and searches a paragraph
for a list of names (_LIST, which opens with a class of every Han character) only where an item stands between
two 、 (_MIDDLE_ITEM).  With both skips taken away the rule reports the same on the fixtures, its cases (a
traditional copy of each among them), 3,000 shuffled paragraphs of their sentences and near names written into
random places; and every _LIST match holds a _MIDDLE_ITEM match over random strings of names and marks."""
from __future__ import annotations

import glob
import os
import random

import pytest
import yaml

from djlint.checks.facts import leaders
from djlint.checks.hanzi import traditional_forms
from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine.kinds import compile_
from djlint.engine.registry import build_registry
from djlint.engine.run import run_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _traditional_of(text: str) -> str:
    to = {forms[0]: t for t, forms in traditional_forms().items()}
    return "".join(to.get(c, c) for c in text)


def _documents() -> list[tuple[str, str]]:
    docs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True)):
        with open(path, encoding="utf-8") as fh:
            docs.append((os.path.basename(path), fh.read()))
    with open(os.path.join(ROOT, "rules", "cases", "DJ431.yaml"), encoding="utf-8") as fh:
        cases = [c["text"] for c in yaml.safe_load(fh).values() if isinstance(c, dict) and "text" in c]
    docs.append(("cases.txt", "\n".join(cases + [_traditional_of(c) for c in cases]) + "\n"))
    rnd = random.Random(33)
    sentences = [s + "。" for _n, t in docs for s in t.replace("\n", "。").split("。") if len(s) > 3]
    near = ("习进平", "温家室", "李克……", "刁近平", "粟战书", "習進平", "胡金涛、李强、赵乐际", "蔡骑、丁薛祥、李希")
    shuffled = []
    for _ in range(3000):
        text = "".join(rnd.sample(sentences, rnd.randint(2, 6)))
        if rnd.random() < 0.3:
            at = rnd.randint(0, len(text))
            text = text[:at] + rnd.choice(near) + text[at:]
        shuffled.append(text)
    docs.append(("shuffled.txt", "\n".join(shuffled) + "\n"))
    return docs


def _findings(registry, rule, docs):
    config = Config(select=["DJ431"])
    return [[(d.line, d.column, d.end_column, d.message) for d in run_rules(read_bytes(name, text.encode("utf-8"), "txt"),
                                                                    [rule], config, registry=registry)]
            for name, text in docs]


@pytest.mark.slow
def test_the_skips_drop_no_finding(monkeypatch):
    registry = build_registry(())
    rule = registry.rules["DJ431"]
    docs = _documents()
    before = _findings(registry, rule, docs)
    monkeypatch.setattr(leaders, "_near_paragraphs", lambda ctx, ix: range(len(ctx.doc.paragraphs)))
    monkeypatch.setattr(leaders, "_MIDDLE_ITEM", compile_(""))  # matches every paragraph: nothing skipped
    assert _findings(registry, rule, docs) == before
    said = [f[3] for found in before for f in found]
    assert sum("请核对领导同志的姓名" in m for m in said) > 100, len(said)  # near names and listed names


def test_every_list_holds_a_middle_item():
    rnd = random.Random(33)
    pieces = ("习近平", "李强", "赵乐际", "蔡骑", "、", "、", "，", "等", "同志", "王", "了", "\n")
    found = 0
    for _ in range(30000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        if leaders._LIST.search(text) is not None:
            assert leaders._MIDDLE_ITEM.search(text) is not None, text
            found += 1
    assert found > 200, found


def _documents_with_posts() -> list[tuple[str, str]]:
    """_documents(), and 1,000 shuffled paragraphs with a leader beside a post, a name one off beside one, a surname
    and a post, or a list of figures written in (speed36's skips: the post forms and the names read off the scan)."""
    docs = _documents()
    rnd = random.Random(36)
    sentences = [s + "。" for _n, t in docs[:-1] for s in t.replace("\n", "。").split("。") if len(s) > 3]
    written = ("国务院总理李墙", "李克总理", "2024年，国务院总理李克强", "温总理", "国务院李总理", "习近乎总书记", "赵乐际委员长",
               "由翟秋白、李维汉主持", "毛泽东、周恩来、任粥时", "习近平、李强、赵乐际、王沪宁、蔡骑", "周思来总理", "陈庚大将",
               "習近平總書記", "中共中央总书记、国家主席、中央军委主席习近平", "赵乐际同志在二十届中央纪委四次全会上的工作报告")
    shuffled = []
    for _ in range(1000):
        text = "".join(rnd.sample(sentences, rnd.randint(1, 4)))
        for _k in range(rnd.randint(1, 2)):
            at = rnd.randint(0, len(text))
            text = text[:at] + rnd.choice(written) + text[at:]
        shuffled.append(text)
    return docs + [("posts.txt", "\n".join(shuffled) + "\n")]


@pytest.mark.slow
def test_the_post_and_list_skips_drop_no_finding(monkeypatch):
    """A paragraph with no post form is not read for a name beside a post, and one without two names of the tables
    (or one beside 、) not for a list: with every skip taken away the rule reports the same."""
    registry = build_registry(())
    rule = registry.rules["DJ431"]
    docs = _documents_with_posts()
    before = _findings(registry, rule, docs)
    monkeypatch.setattr(leaders, "_holds_post_form", lambda ix, ctx, p: True)
    monkeypatch.setattr(leaders, "_names_in_lists", lambda ix, ctx, p, text: (True, True))
    monkeypatch.setattr(leaders, "_near_paragraphs", lambda ctx, ix: range(len(ctx.doc.paragraphs)))
    monkeypatch.setattr(leaders, "_MIDDLE_ITEM", compile_(""))
    assert _findings(registry, rule, docs) == before
    said = [f[3] for found in before for f in found]
    for words in ("的国务院总理是", "中的姓名疑为", "正式文稿写领导同志的全名", "请核对人名", "工作报告由", "不符："):
        assert sum(words in m for m in said) >= 5, (words, len(said))
