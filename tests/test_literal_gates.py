"""Prefilters read off the engine's literal scan (engine/literals.py ``gate_of``): the words every
match of a pattern begins with become keys of the scan, and the paragraphs a pattern matches are
found from their hits.  They must be exactly the paragraphs the pattern's own search of the
document finds."""
import random
import re

import pytest

from djlint.config import Config
from djlint.document import read_bytes
from djlint.engine.context import LintContext
from djlint.engine.literals import gate_of, literal_index, paragraphs_matching
from djlint.engine.registry import build_registry

REGISTRY = build_registry(())
GATES = sorted(literal_index(REGISTRY).gates.values(), key=lambda g: str(getattr(g[0], "pattern", g[0])))


def test_gate_of_plain_alternation_is_exact():
    assert gate_of(re.compile("是是|为为|在在")) == (frozenset({"是是", "为为", "在在"}), True)
    assert gate_of(re.compile("[1-3]多")) == (frozenset({"1多", "2多", "3多"}), True)
    assert gate_of(re.compile("甲乙?丙|丁丙")) == (frozenset({"甲乙丙", "甲丙", "丁丙"}), True)


def test_gate_of_stops_where_the_pattern_is_no_longer_literal():
    words, exact = gate_of(re.compile(r"(上午|下午)[，,]\s*\1"))
    assert words == {"上午，", "上午,", "下午，", "下午,"} and not exact
    words, exact = gate_of(re.compile(r"(?:今年|去年)[（(]?(?:19|20)[0-9]{2}年"))
    assert not exact and all(w[:2] in ("今年", "去年") for w in words) and len(words) <= 400


@pytest.mark.parametrize("pattern", [
    "主席",  # one first character: the library's own search jumps to it
    "年(?:[0-9]{1,2})月",
    "使|让|通过",  # a word of one character
    r"(?<=党)员|团员",  # a lookbehind before the second character
    "[一-鿿]{2}年",  # a class of many characters
    "(?i)ab|cd",
])
def test_gate_of_declines(pattern):
    assert gate_of(re.compile(pattern)) is None


def test_gate_of_only_reads_standard_library_patterns():
    import regex

    assert gate_of(regex.compile("是是|为为")) is None


def _lines(seed: int) -> list[str]:
    """Random paragraphs made of the gated patterns' words, their characters and separators, with
    matches of the patterns cut short or run into the next paragraph (the odd cases)."""
    rnd = random.Random(seed)
    words = sorted({w for _, ws, _ in GATES for w in ws})
    chars = sorted({c for w in words for c in w}) + list("，,。 \t：:、（(）)请予批复审示")
    pieces = words + chars + ["19", "20", "2024年", "上午，上午", "下午, 下午", "妥否，请批示", "请予审批"]
    lines = []
    for _ in range(3000):
        lines.append("".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))))
    return lines


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.slow
def test_paragraphs_read_off_the_scan_are_the_patterns_own(seed):
    doc = read_bytes("gates.txt", "\n".join(_lines(seed)).encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(), REGISTRY)
    assert len(GATES) >= 10
    found_any = 0
    for pattern, words, exact in GATES:
        own = [p.index for p in doc.paragraphs_matching(pattern)]
        assert [p.index for p in paragraphs_matching(ctx, pattern)] == own, getattr(pattern, "pattern", pattern)
        found_any += bool(own)
        # every match begins with one of the words, and a plain alternation matches nothing else
        for p in doc.paragraphs:
            for m in pattern.finditer(p.text):
                assert any(p.text.startswith(w, m.start()) for w in words)
                if exact:
                    assert m.group() in words
    assert found_any >= len(GATES) // 2  # the comparison is not between two empty lists


def test_a_pattern_without_a_gate_is_searched_as_before():
    doc = read_bytes("gates.txt", "甲乙\n丙丁甲\n".encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(), REGISTRY)
    assert [p.index for p in paragraphs_matching(ctx, re.compile("甲"))] == [0, 1]
    assert [p.index for p in paragraphs_matching(ctx, (re.compile("丁"), re.compile("乙")))] == [0, 1]


def test_gate_of_a_repeat_stopped_inside_its_item_keeps_the_prefixes():
    pattern = re.compile(r"(?:甲乙\w){2}|乙丙")
    assert gate_of(pattern) == (frozenset({"甲乙", "乙丙"}), False)
    assert gate_of(re.compile(r"(?:甲[0-1]){2}|乙丙")) == (frozenset({"甲0甲0", "甲0甲1", "甲1甲0", "甲1甲1", "乙丙"}), True)


def test_dj439_title_characters_are_read_off_the_scan():
    """DJ439's 副副/述述 prefilter (a class of two first characters, ~1.3 ms a MB searched by itself) is gated by
    the scan: the paragraphs it finds are the pattern's own, look-alikes (一副副, 陈述述职) included."""
    from djlint.checks.facts.repeats import _TITLE_CHAR_TWICE

    gate = literal_index(REGISTRY).gates.get(id(_TITLE_CHAR_TWICE))
    assert gate is not None and gate[0] is _TITLE_CHAR_TWICE and gate[1] == {"副副", "述述"} and not gate[2]
    rnd = random.Random(7)
    pieces = ["副副", "述述", "一副副", "陈述述职", "述述职", "述述责", "副副会长", "副", "述", "职", "。", "，", "会长"]
    lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) for _ in range(2000)]
    doc = read_bytes("dj439.txt", "\n".join(lines).encode("utf-8"), "txt")
    ctx = LintContext(doc, Config(), REGISTRY)
    own = [p.index for p in doc.paragraphs_matching(_TITLE_CHAR_TWICE)]
    assert 0 < len(own) < len(lines)
    assert [p.index for p in paragraphs_matching(ctx, _TITLE_CHAR_TWICE)] == own
