"""facts.when.sentence_bounds, clause_bounds and years_named keep their last call's answer (a rule asks for the same span's
sentence one check after the other): over random sequences of calls, repeated and not, on texts that are equal
but other objects, on other texts at the same offsets and at offsets counted from the end, every answer is the
uncached function's."""
from __future__ import annotations

import random

from djlint.checks.facts import when


def _clause_first(text: str, start: int, end: int) -> tuple[int, int]:
    a, b = when._sentence_bounds(text, start, end)
    for c in "，,：:":
        i = text.rfind(c, a, start)
        if i >= 0:
            a = max(a, i + 1)
        j = text.find(c, end, b)
        if j >= 0:
            b = min(b, j)
    return a, b


def test_the_kept_answers_are_the_functions():
    rnd = random.Random(33)
    pieces = ("党建", "工作", "。", "！", "？", "；", "\n", "，", "：", "会议", "2024年", "!", ";", "二〇二二年", "3月", "年")
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(300)]
    kept = named = 0
    calls = []
    for _ in range(40000):
        if calls and rnd.random() < 0.5:
            text, start, end = calls[-1] if rnd.random() < 0.7 else rnd.choice(calls)
            if rnd.random() < 0.3:
                text = "".join(list(text))  # equal, another object (or the same one, for short strings)
        else:
            text = rnd.choice(texts)
            start = rnd.randint(-2, len(text))
            end = rnd.randint(start, len(text)) if start >= 0 and rnd.random() < 0.9 else start
        calls.append((text, start, end))
        kept += calls[-1] == calls[-2] if len(calls) > 1 else 0
        assert when.sentence_bounds(text, start, end) == when._sentence_bounds(text, start, end), (text, start, end)
        assert when.clause_bounds(text, start, end) == _clause_first(text, start, end), (text, start, end)
        if start >= 0:
            years = when.years_named(text, start, end)
            assert years == when._years_named(text, start, end), (text, start, end)
            named += bool(years)
    assert kept > 5000 and named > 1000, (kept, named)
