"""The errata at the top of the domain reference: each names a correct usage some rule once
flagged. Every one stays silent under all rules (the structure rules aside: these are sentences)."""
import pytest

from djlint.lint import lint_text

ERRATA = [
    ("1 ranges with 一字线 or 浪纹线", "沈括（1031—1095）是北宋科学家，适宜温度25～30℃，2023—2024年度连续获评先进。"),
    ("2 fractions and percentages in words", "百分之二十的党员参加了培训，三分之二以上委员出席。"),
    ("3 第三季度 and 第4季度", "第三季度完成任务过半。"),
    ("4 durations are not years", "他参加工作23年，党龄30年，近10年来始终坚守岗位。"),
    ("5 a skipped heading level", "一、工作情况\n1.开展专题学习\n2.开展集中研讨\n"),
    ("6 一方面……，另一方面……", "一方面要加强学习，另一方面要注重实践。"),
    ("7 1. after an Arabic numeral", "1.加强理论学习\n2.严格组织生活\n"),
    ("8 substring wrong words", "他不能自己说了算，按装机容量计算，东拼西凑和临时应付都不行。"),
    ("9 anonymised names", "原局长张××严重违纪违法，王某某、李某某等人受到处分。"),
    ("10 拟定 and 拟订", "拟定工作方案，拟订实施细则。"),
    ("11 制定 a plan", "制定实施方案，制定工作计划。"),
    ("12 three levels of 书名号", "学习《关于〈中共中央关于《若干问题》的决议〉的说明》。"),
    ("17 建国 inside a title", "重温《关于建国以来党的若干历史问题的决议》。"),
]


@pytest.mark.parametrize("name,text", ERRATA, ids=[e[0] for e in ERRATA])
def test_erratum_is_silent(name, text):
    diags = lint_text(text, {"ignore": ["DJ1"]})
    assert [(d.code, d.message) for d in diags] == []
