import pytest

"""The lexicon's variants are looked for by words one of which every paragraph holds where the variant
matches (engine.words.paragraph_literals_of): the words after the lookarounds in front, or a positive
lookaround's words, where those are longer than literals_of's.  A word no matching paragraph needs
would make DJ401 skip a paragraph with a finding."""
import random

import regex

from djlint.checks.phrase.lexicon import lexicon_for
from djlint.engine.registry import build_registry
from djlint.engine.words import literals_of, paragraph_literals_of

# look-alike shapes of the variants whose words this reads better (a date before a title, a year's
# anniversary, a quoted pair), and shapes that must not be read past
SHAPES = [
    r"(?:(?<![\p{Han}0-9])|(?<=庆祝|纪念|是))中国(?:迎来了?|喜迎)?成立(?=(?:[0-9]{1,3}|[一二三十]{1,3})周年|于19)",
    r"20(?:0[0-4]|1[5-9])年(?:新)?修订(?:的|后的)?(?=《某某工作条例》)",
    r"(?:(?<=“)|(?<=拥护))两个(?:确定|确认)(?=”|[，、。])",
    r"(?<=甲乙)丙(?=丁戊)",
    r"(?:甲|(?<=乙))丙丁",  # a branch takes a character: not set aside
    r"(?:(?<=乙)|)丙丁",  # an empty branch takes none
    r"(?:(?<=乙)|(?<=甲))?丙丁",  # a quantifier after the group: read as it was
    r"丙(?=丁戊|己庚)",
    r"丙(?=丁戊)?",  # an optional lookahead asks nothing
    r"(?<=甲乙)丙|丁",  # a top-level alternation: its lookarounds are not every match's
    r"丙(?!丁戊己)",  # a negative lookahead asks for nothing
]

PIECES = ["中国", "成立", "迎来", "迎来了", "喜迎", "70", "一十", "周年", "于19", "庆祝", "是", "新", "2003年", "2016年",
          "修订", "的", "后的", "《某某工作条例》", "《某某", "“", "”", "两个", "确定", "确认", "拥护", "，", "。",
          "甲", "乙", "丙", "丁", "戊", "己", "庚", "x", "1"]


def test_shapes_words():
    told = paragraph_literals_of
    assert told(SHAPES[0]) == ("中国喜迎成立", "中国成立", "中国迎来了成立", "中国迎来成立")
    assert literals_of(SHAPES[0]) == ("中国",)
    assert told(SHAPES[1]) == ("《某某工作条例》",)
    assert told(SHAPES[2]) == ("两个确定", "两个确认")
    assert told(SHAPES[3]) == ("甲乙丙丁戊",)  # literals_of's own reading, already the longest
    assert told(SHAPES[4]) == literals_of(SHAPES[4])
    assert told(SHAPES[5]) == ("丙丁",)
    assert told(SHAPES[6]) == literals_of(SHAPES[6])
    assert told(SHAPES[8]) == ("丙",)
    assert told(SHAPES[9]) == literals_of(SHAPES[9])
    assert told(SHAPES[10]) == ("丙",)


def test_every_matching_text_holds_a_word():
    """Random texts of the shapes' pieces: wherever a shape matches, the text holds one of its words."""
    rnd = random.Random(27)
    patterns = [(regex.compile(s), paragraph_literals_of(s)) for s in SHAPES]
    matched = 0
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 9)))
        for pattern, words in patterns:
            if pattern.search(text):
                matched += 1
                assert any(w in text for w in words), (pattern.pattern, words, text)
    assert matched > 2000


@pytest.mark.slow
def test_lexicon_variants_read_by_paragraph_words():
    """The lexicon's variants take these words; each differs from literals_of's only by being longer."""
    lex = lexicon_for(build_registry(()))
    longer = 0
    for (_f, v), lits in zip(lex.variant_index, lex.variant_literals):
        own = literals_of(v.pattern.pattern)
        assert lits == own or min(map(len, lits)) > min(map(len, own)), v.pattern.pattern
        longer += lits != own
    assert longer >= 4
