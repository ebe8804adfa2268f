"""util/zh.py: Chinese numerals both ways, and the shared fragments compile as they claim."""
import re

import pytest
import regex

from djlint.util import zh


@pytest.mark.parametrize("n,text", [
    (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (23, "二十三"), (101, "一百零一"), (110, "一百一十"),
    (2024, "二千零二十四"), (10001, "一万零一"),
])
def test_int_to_cn(n, text):
    assert zh.int_to_cn(n) == text


def test_int_to_cn_in_the_financial_form():
    assert zh.int_to_cn(12, zh.CN_LEGAL, "拾佰仟") == "壹拾贰"


@pytest.mark.parametrize("text,n", [
    ("一", 1), ("十", 10), ("十二", 12), ("二十三", 23), ("一百零五", 105), ("两", 2),
    ("二〇二四", 2024), ("二零二四", 2024), ("二○二四", 2024),  # ○ typed for 〇
])
def test_cn_to_int(text, n):
    assert zh.cn_to_int(text) == n


@pytest.mark.parametrize("text", ["", "第一", "12", "一是", "亿"])
def test_cn_to_int_refuses_what_is_no_numeral(text):
    assert zh.cn_to_int(text) is None


def test_the_two_directions_agree_up_to_a_label_number():
    assert all(zh.cn_to_int(zh.int_to_cn(n)) == n for n in range(1, 200))


def test_the_fragments_match_what_their_names_say():
    for engine in (re, regex):
        assert engine.fullmatch(zh.NUMERAL_RUN, "二十三") and not engine.fullmatch(zh.NUMERAL_RUN, "一百")
        assert engine.fullmatch(zh.LABEL_NUMERAL_RUN, "一百零一") is None  # 零 is no label numeral
        assert engine.fullmatch(zh.LABEL_NUMERAL_RUN, "一百一十")
        assert engine.fullmatch(zh.LABEL_DIGIT + "{1,3}", "12") and engine.fullmatch(zh.LABEL_DIGIT, "三")
        assert engine.fullmatch(zh.BLANK + "+", " \t\u3000") and not engine.fullmatch(zh.BLANK, "\u00a0")
        assert engine.fullmatch(zh.SPACE + "+", " \u3000") and not engine.fullmatch(zh.SPACE, "\t")
        assert engine.fullmatch(zh.LEADING_BLANK + "+", "\u00a0\ufeff\u3000 ")
        assert engine.fullmatch(zh.YEAR_DIGIT + "{4}", "二〇二四") and engine.fullmatch(zh.YEAR_DIGIT + "{4}", "二○二四")
        assert not engine.fullmatch(zh.YEAR_DIGIT, "十")
    assert set(zh.BLANK_CHARS) == {" ", "\t", "\u3000"} and set(zh.SPACE_CHARS) < set(zh.BLANK_CHARS)
    assert zh.YEAR_MIN == 1921 and zh.YEAR_MIN < zh.YEAR_MAX


def test_importing_the_vocabulary_stays_light():
    """util/zh.py is on the plain lint path (the year range): it imports and compiles nothing."""
    import subprocess
    import sys

    code = "import sys; import djlint.util.zh; print(sorted(m for m in ('re', 'regex', 'jieba') if m in sys.modules))"
    base = "import sys; print(sorted(m for m in ('re', 'regex', 'jieba') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before = subprocess.run([sys.executable, "-c", base], capture_output=True, text=True, check=True).stdout
    assert "regex" not in out and "jieba" not in out and out == before


@pytest.mark.slow
def test_leading_blank_chars_are_the_class_leading_blank_spells():
    import re

    from djlint.util.zh import LEADING_BLANK, LEADING_BLANK_CHARS

    assert set(LEADING_BLANK_CHARS) == {chr(c) for c in range(0x110000) if re.fullmatch(LEADING_BLANK, chr(c))}
