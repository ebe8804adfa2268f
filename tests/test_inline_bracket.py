"""DJ303's inline bracketed labels (numbering/labelled.py): the pattern led by the bracket, its lookbehind after it,
finds what the lookbehind-led first formulation found (on random strings of its characters)."""
import random

import regex

from djlint.checks.numbering import labelled


def test_bracket_led_pattern_finds_what_the_lookbehind_led_one_found():
    new = labelled._INLINE_BRACKET
    old = regex.compile(new.pattern.replace("[（(](?<=[，,；;：:。][（(])", "(?<=[，,；;：:。])[（(]"))
    assert old.pattern != new.pattern
    rng = random.Random(5)
    pieces = ["，", ",", "；", "：", "。", "（", "(", "）", ")", "1", "２", "一", "十", "（1）", "（2）", "(3)", "（一）", "、",
              ".", "．", "对", "“", "下游", "a", " "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    texts.append("……调度，（1）、对下游加强巡查；（2）、对上游……")
    assert sum(bool(old.search(t)) for t in texts) > 50
    for t in texts:
        assert [m.span("mark") for m in new.finditer(t)] == [m.span("mark") for m in old.finditer(t)], t
