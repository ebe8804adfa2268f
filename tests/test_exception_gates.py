import pytest

"""A rule's exceptions are searched only in a paragraph holding a character every non-empty match of
the exception holds (engine.words.needed_chars, engine.patterns.exception_gates): the spans they cover
are the same as when every exception is searched."""
import glob
import os
import random

import regex

from djlint.engine.cases import cases_of
from djlint.engine.patterns import exception_gates, excluded_spans
from djlint.engine.registry import build_registry
from djlint.engine.words import needed_chars

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: shapes with what a match takes for certain and what it may not take
SHAPES = {
    "甲乙丙": "甲",  # the first of the smallest sets
    "(?:甲|乙)丙?": "乙甲",
    "丙?(?:甲|乙)": "乙甲",  # an optional item says nothing
    "x*y": "y",
    "x{0,2}y": "y",
    "x{1,2}y": "x",
    "(?:a|)b": "b",  # a branch that may take nothing
    "(?:a|)": "",
    "(?=a)b": "b",  # a lookaround takes nothing
    "(?<=a)": "",
    "[ab]|c": "abc",
    "[ab]|[^c]": "",  # a negated class: anything
    r"\p{Han}x": "x",  # the regex module's class read as a large one
    r"[\p{Han}y]": "",
    r"(?i)ab": "",  # one case of many
    r"^[ \t]*[○□](?=\p{Han}{2,4}$)": "□○",
    r"(?P<u>[甲乙])丙(?P=u)": "丙",
    r"\d+元": "元",
    r"[长宽高]×(?=[长宽高])": "×",
}


def test_shapes():
    for pattern, chars in SHAPES.items():
        assert needed_chars(pattern) == chars, pattern


def test_every_match_holds_a_needed_character():
    """Random texts of each shape's and each registered exception's own characters: every non-empty match
    holds a character of its gate."""
    registry = build_registry(())
    patterns = list(SHAPES) + [ex.pattern for rule in registry.rules.values()
                               for ex in getattr(rule, "exceptions", ())]
    rnd = random.Random(201)
    matched = 0
    for pattern in patterns:
        compiled = regex.compile(pattern, regex.V0)
        chars = needed_chars(pattern)
        alphabet = sorted({ch for ch in pattern if ch not in "()[]{}?*+|^$\\"} | set("甲乙 \t1x"))
        for _ in range(400):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14)))
            for m in compiled.finditer(text):
                if m.end() > m.start():
                    matched += 1
                    assert chars == "" or any(ch in m.group() for ch in chars), (pattern, chars, text)
    assert matched > 3000


@pytest.mark.slow
def test_gated_exceptions_cover_what_every_exception_covers():
    """Every rule with exceptions, on its cases and every fixture text, paragraph by paragraph: the spans
    with the gates are the spans without them; and every registered exception has a gate but a few."""
    registry = build_registry(())
    rules = [rule for rule in registry.rules.values() if getattr(rule, "exceptions", ())]
    texts = [case.text for rule in rules for case in cases_of(rule)]
    for path in glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True):
        with open(path, encoding="utf-8") as fh:
            texts.append(fh.read())
    lines = [line for text in texts for line in text.splitlines() if line]
    gated = 0
    for rule in rules:
        gates = exception_gates(rule)
        gated += sum(g is not None for g in gates)
        for line in lines:
            with_gates, without = excluded_spans(rule.exceptions, line, gates), excluded_spans(rule.exceptions, line)
            assert (with_gates.starts, with_gates.ends) == (without.starts, without.ends), (rule.code, line)
    assert gated >= 40
    assert len(lines) > 2000
