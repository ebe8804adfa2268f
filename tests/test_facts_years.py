"""The facts tables at the end of 2026 (issue 31, facts22): for every dated table, what a report of 2026 and one
of 2027 are told.  A report of 2026 is written until March 2027; one of 2027 until March 2028, after the next
Party congress is due (党章第十九条: every five years; the 20th met in October 2022) and beyond the day the
tables were last checked (posts.tsv covered_to): there the rules say only what the tables cover."""
import pytest

from djlint.lint import lint_text

CODES = ["DJ431", "DJ432", "DJ434", "DJ435", "DJ436", "DJ437", "DJ438"]

#: how a report says when it was written: by its title's year, or by the day it is signed
HEADS = {
    "2026": "2026年度党建工作报告",
    "2027": "2027年度党建工作报告",
    "2026-12-07": "关于落实全面从严治党主体责任情况的报告\n（2026年12月7日）",
    "2027-06-30": "关于落实全面从严治党主体责任情况的报告\n（2027年6月30日）",
    "2025-12-20": "关于落实全面从严治党主体责任情况的报告\n（2025年12月20日）",
}


def codes(when: str, sentence: str) -> list[str]:
    text = HEADS[when] + "\n" + sentence + "\n"
    first = HEADS[when].count("\n") + 2
    return sorted({d.code for d in lint_text(text, {"select": CODES}) if d.line >= first})


CASES = [
    # leaders.tsv, posts.tsv: a holder still in office stays right after the day the table was checked
    ("leaders", "2026", "国务院总理李强出席会议并讲话。", []),
    ("leaders", "2027", "国务院总理李强出席会议并讲话。", []),
    ("leaders", "2027", "全国人大常委会委员长赵乐际、全国政协主席王沪宁出席会议。", []),
    ("leaders", "2026", "李克强总理出席会议并讲话。", ["DJ431"]),
    ("leaders", "2027", "李克强总理出席会议并讲话。", ["DJ431"]),
    # psc.tsv: the 20th committee's order holds until the 21st congress is due (October 2027)
    ("psc", "2026", "习近平、丁薛祥、蔡奇、李希等出席会议。", ["DJ432"]),
    ("psc", "2026-12-07", "习近平、丁薛祥、蔡奇、李希等出席会议。", ["DJ432"]),
    ("psc", "2027-06-30", "习近平、丁薛祥、蔡奇、李希等出席会议。", ["DJ432"]),
    ("psc", "2027", "习近平、丁薛祥、蔡奇、李希等出席会议。", []),
    ("psc", "2027", "习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希等出席会议。", []),
    # anniversaries.tsv: computed from the base year
    ("anniversaries", "2026", "今年是中国共产党成立105周年，也是红军长征胜利90周年。", []),
    ("anniversaries", "2026", "今年是改革开放48周年、西藏和平解放75周年。", []),
    ("anniversaries", "2026-12-07", "今年是中国人民解放军建军100周年。", ["DJ434"]),
    ("anniversaries", "2027", "今年是中国人民解放军建军100周年。", []),
    ("anniversaries", "2027", "今年是中国共产党成立105周年。", ["DJ434"]),
    # lives.tsv: 诞辰/逝世N周年 counted from the days of birth and death
    ("lives", "2026-12-07", "今年是毛泽东同志诞辰133周年、周恩来同志逝世50周年。", []),
    ("lives", "2026-12-07", "今年是毛泽东同志诞辰134周年。", ["DJ434"]),
    ("lives", "2027", "今年是毛泽东同志诞辰134周年、朱德同志诞辰141周年。", []),
    ("lives", "2027", "今年是邓小平同志逝世29周年。", ["DJ434"]),
    # observances.tsv: 第N个 counted from the first year
    ("observances", "2026", "今年12月4日是第十三个国家宪法日。", []),
    ("observances", "2027", "今年12月4日是第十三个国家宪法日。", ["DJ434"]),
    ("observances", "2026", "今年是第九个中国农民丰收节。", []),
    # campaigns.tsv: 深入贯彻中央八项规定精神学习教育 2025-03..07, 树立和践行正确政绩观学习教育 2026-02..07
    ("campaigns", "2026", "深入开展深入贯彻中央八项规定精神学习教育。", ["DJ435"]),
    ("campaigns", "2026", "巩固拓展深入贯彻中央八项规定精神学习教育成果，推进作风建设常态化长效化。", []),
    ("campaigns", "2026", "扎实开展树立和践行正确政绩观学习教育。", []),
    ("campaigns", "2026-12-07", "全年扎实开展树立和践行正确政绩观学习教育，查摆整改政绩观偏差问题。", []),
    ("campaigns", "2026-12-07", "正在开展的树立和践行正确政绩观学习教育要善始善终。", ["DJ435"]),
    ("campaigns", "2026-12-07", "深入开展深入贯彻中央八项规定精神学习教育。", ["DJ435"]),
    ("campaigns", "2027", "扎实开展树立和践行正确政绩观学习教育。", ["DJ435"]),
    ("campaigns", "2027", "巩固拓展树立和践行正确政绩观学习教育成果。", []),
    # plans.tsv: 十五五 2026-2030
    ("plans", "2026", "今年是“十五五”开局之年。", []),
    ("plans", "2026-12-07", "今年是“十五五”开局之年。", []),
    ("plans", "2027", "今年是“十五五”开局之年。", ["DJ436"]),
    ("plans", "2026", "今年是“十四五”收官之年。", ["DJ436"]),
    ("plans", "2027", "2026年是“十五五”规划开局之年。", []),
    # meetings.tsv: 二十届四中全会 2025-10, 中央纪委五次全会 2026-01, 十四届全国人大四次会议 2026-03, 五中全会 2026-10
    ("meetings", "2026", "2025年1月，二十届中央纪委五次全会在北京召开。", ["DJ437"]),
    ("meetings", "2026", "2026年1月，二十届中央纪委五次全会在北京召开。", []),
    ("meetings", "2026", "2026年3月5日至12日，十四届全国人大四次会议在北京召开。", []),
    ("meetings", "2027", "2025年3月，十四届全国人大四次会议审查批准了“十五五”规划纲要。", ["DJ437"]),
    ("meetings", "2025-12-20", "认真学习贯彻十四届全国人大四次会议精神。", ["DJ437"]),
    ("meetings", "2026", "认真学习贯彻十四届全国人大四次会议精神。", []),
    ("meetings", "2026", "深入学习贯彻党的二十大和二十届二中、三中、四中全会精神。", []),
    ("meetings", "2026-12-07", "深入学习贯彻党的二十大和二十届二中、三中、四中全会精神。", []),
    ("meetings", "2027", "深入学习贯彻党的二十大和二十届二中、三中、四中全会精神。", ["DJ437"]),
    ("meetings", "2026", "深入学习贯彻党的二十届五中全会精神。", []),
    ("meetings", "2026", "认真学习贯彻二十届中央纪委六次全会精神。", []),  # may meet in January 2027: not in the table
    ("meetings", "2027", "深入学习贯彻党的二十届六中全会精神。", []),
    ("meetings", "2027", "深入学习贯彻党的二十一大精神。", []),
    # events.tsv, figures.tsv: history, the same in any year
    ("events", "2026", "中国共产主义青年团于1922年5月4日在上海成立。", ["DJ438"]),
    ("events", "2027", "中国共产主义青年团于1922年5月4日在上海成立。", ["DJ438"]),
    ("events", "2027", "1922年5月5日，中国共产主义青年团第一次全国代表大会在广州召开。", []),
    ("figures", "2026", "毛泽东、周恩来、任粥时等同志。", ["DJ431"]),
    ("figures", "2027", "毛泽东、周恩来、任粥时等同志。", ["DJ431"]),
]


@pytest.mark.parametrize(("table", "when", "sentence", "expected"), CASES,
                         ids=[f"{t}-{w}-{i}" for i, (t, w, _s, _e) in enumerate(CASES)])
def test_each_dated_table_in_a_2026_and_a_2027_report(table, when, sentence, expected):
    assert codes(when, sentence) == expected


def test_every_dated_table_is_tried_with_a_2026_and_a_2027_report():
    tried = {(t, w[:4]) for t, w, _s, _e in CASES}
    for table in {t for t, _w, _s, _e in CASES}:
        assert (table, "2026") in tried and (table, "2027") in tried


def test_a_2027_report_is_not_told_a_successor_the_tables_do_not_know():
    text = HEADS["2027"] + "\n李克强总理出席会议并讲话。\n"
    found = [d.message for d in lint_text(text, {"select": ["DJ431"]})]
    assert found and all("李强（" not in m for m in found)
