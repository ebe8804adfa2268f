"""The text output's caret under a finding is as wide as the characters above it: display_width counts a
wide character twice.  Long excerpts take the ideographs out by one regex (all of U+4E00-U+9FFF wide, as
unicodedata says); the width is the one looked up character by character."""
import random
import unicodedata

from djlint.output import style


def _looked_up(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def test_every_ideograph_of_the_block_is_wide():
    assert all(unicodedata.east_asian_width(chr(c)) in ("W", "F") for c in range(0x4E00, 0xA000))


def test_display_width_as_looked_up():
    rnd = random.Random(4)
    pool = list("党建工作报告落实主体责任") + list("abc 12,.") + list("，。、；：“”（）％０１ＡＢ") + ["\u3000", "\u00e9", "\u0301", "\u4dff",
                                                                                  "\ua000", "\u9fff", "\u4e00", "\U00020000", "\t"]
    for _ in range(20000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 60)))
        assert style.display_width(s) == _looked_up(s), s
