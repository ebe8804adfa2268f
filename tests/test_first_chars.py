"""A pattern led by a lookahead for the characters its every match begins with (engine/firstchars.py) finds
exactly what the pattern finds; DJ602's approximations are searched so (the regex module tried every
alternative at every character of a paragraph)."""
import random

import pytest
import regex

from djlint.engine.firstchars import first_chars, led
from djlint.engine.registry import build_registry


def test_first_chars_of_shapes():
    assert first_chars("将近|接近|(?<![附最])近") == {"将", "接", "近"}
    assert first_chars("(?<![0-9])(?P<e>[0-9]*[1-9])多") == set("0123456789")  # an optional part: the next too
    assert first_chars("(?:至少|最少)?不到") == {"至", "最", "不"}
    assert first_chars("(?=[甲乙])[乙丙]") == {"乙", "丙"}  # a lookahead is no character of the match


@pytest.mark.parametrize("source", [
    "[0-9]*",  # may match the empty string
    "[^，。]+多",  # a negated class
    r"\d多",  # a category
    ".多",
    r"\p{Han}{2}多",  # a Han character of any kind
    "(?i)ab|cd",
    "(?:党的二十届三中全会){e<=1}",  # fuzzy: a match may begin with any character
    "(?e)(?:全会){e<=1}",
    "[[:alpha:]]多",
    r"\p{L}多",
    r"\L<words>",
])
def test_first_chars_declines(source):
    assert first_chars(source) is None
    assert led(source) == source


def _dj602_source() -> tuple[str, str]:
    pattern = build_registry(()).rules["DJ602"].pattern
    source = pattern.source
    assert source.startswith("(?=[") and source.endswith(")")
    return source, source[source.index("])(?:") + len("])(?:"):-1]


def test_dj602_is_led_and_finds_what_it_found_without_the_lead():
    lead, plain = _dj602_source()
    assert led(plain) == lead
    new, old = regex.compile(lead), regex.compile(plain)
    rnd = random.Random(5)
    # pieces of what the pattern matches and of what stands before and after it
    pieces = ["将近", "接近", "近", "附近", "至少", "最少", "最多", "不少于", "不超过", "不到", "约", "大约", "节约", "预约",
              "多", "余", "以上", "以下", "左右", "个", "名", "人", "万", "亿", "元", "级", "年", "%", "．", ".",
              "1", "2", "10", "30", "3.5", "0", "二", "三", "十", "十五", "百", "千", "两", "半", "，", "。", "到基层调研一次"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(20000)]
    found = 0
    for text in texts:
        a = [(m.span(), m.groupdict()) for m in old.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == a, text
        found += bool(a)
    assert found > 300  # not a comparison of empty lists
