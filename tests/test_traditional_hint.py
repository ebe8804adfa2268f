"""The phrase family's traditional-script hint (phrase.context.TRADITIONAL, 39 characters) is picked from the
paragraphs of the 语病 family's class of every traditional-only form (grammar.script), whose one search of the
document is made anyway: the same paragraphs as the hint's own search, only if the class holds the hint."""
import random

from djlint.checks.grammar.script import traditional_class
from djlint.checks.hanzi import TRADITIONAL_HINT, traditional_forms
from djlint.checks.phrase.context import TRADITIONAL, traditional_hint_paragraphs
from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine.context import LintContext
from djlint.engine.literals import class_of
from djlint.engine.registry import build_registry

REGISTRY = build_registry(())


def test_the_hint_is_inside_the_class_of_traditional_forms():
    hint = class_of(TRADITIONAL)
    assert hint == frozenset(TRADITIONAL_HINT)
    assert hint <= frozenset(traditional_forms())
    assert all(traditional_class().fullmatch(c) for c in hint)  # the compiled class, not only the table


def test_the_hint_paragraphs_are_the_hints_own_search():
    rnd = random.Random(3)
    forms = sorted(traditional_forms())
    hint = sorted(TRADITIONAL_HINT)
    pieces = ["党的建设", "习近平", "，", "。", "国家", "会议", "学习"]
    lines = []
    for _ in range(3000):
        words = [rnd.choice(pieces) for _ in range(rnd.randint(0, 8))]
        roll = rnd.random()
        if roll < 0.15:
            words.insert(rnd.randint(0, len(words)), rnd.choice(hint))
        elif roll < 0.3:
            words.insert(rnd.randint(0, len(words)), rnd.choice(forms))
        lines.append("".join(words))
    doc = read_bytes("traditional.txt", "\n".join(lines).encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(), REGISTRY)
    own = [p.index for p in doc.paragraphs_matching(TRADITIONAL)]
    got = traditional_hint_paragraphs(ctx)
    assert [p.index for p in got] == own and 300 < len(own) < 1000
    got.clear()  # the caller's own list: the shared one stays
    assert [p.index for p in traditional_hint_paragraphs(ctx)] == own
