"""The report's real date: the year it is about and the window in which it was written."""
import datetime as dt

import pytest

from djlint.document import read_bytes
from djlint.document.dating import report_date
from djlint.lint import lint_path, lint_text
from fixtures import build_docx as B


def date_of(text: str, year=None):
    return report_date(read_bytes("d.txt", text.encode("utf-8")), year)


def test_an_annual_report_is_written_in_its_year_or_early_the_next():
    d = date_of("中共某局委员会2023年度党建工作情况报告\n\n2023年，局党委坚持……\n")
    assert (d.year, d.source) == (2023, "标题")
    assert d.written_from == dt.date(2023, 1, 1) and d.written_to == dt.date(2024, 3, 31)


def test_a_half_year_summary_is_written_mid_year():
    d = date_of("2023年上半年党风廉政建设工作总结\n\n上半年，支部……\n")
    assert d.year == 2023 and d.written_to == dt.date(2023, 8, 31)


def test_the_signature_date_at_the_end_narrows_the_window():
    d = date_of("关于2023年度落实主体责任情况的报告\n\n一、工作情况\n全年召开会议12次。\n\n中共某局委员会\n2024年1月15日\n")
    assert d.year == 2023 and d.written_from == d.written_to == dt.date(2024, 1, 15)


@pytest.mark.parametrize("signature", ["二〇二四年一月十五日", "2024年1月15日", "中共某局委员会　2024年1月15日",
                                       "（2024年1月15日）"])
def test_a_signature_date_alone_dates_the_report(signature):
    d = date_of(f"关于落实主体责任情况的报告\n\n一、工作情况\n全年召开会议12次。\n\n{signature}\n")
    assert (d.year, d.source, d.written_to) == (2024, "成文日期", dt.date(2024, 1, 15))


@pytest.mark.parametrize("signature, window", [
    ("2024年12月XX日", (dt.date(2024, 12, 1), dt.date(2024, 12, 31))),
    ("中共某局委员会　2024年2月××日", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
    ("2024年X月X日", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("2024年　月　日", (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
])
def test_a_signature_date_with_its_day_left_to_fill_still_dates_the_report(signature, window):
    d = date_of(f"关于落实主体责任情况的报告\n\n一、工作情况\n全年召开会议12次。\n\n{signature}\n")
    assert (d.year, d.source, (d.written_from, d.written_to)) == (2024, "成文日期", window)


def test_a_placeholder_day_narrows_the_title_window_to_its_month():
    d = date_of("中共某县委办公室2024年工作总结\n\n2024年，办公室全年召开会议12次。\n\n中共某县委办公室\n2024年12月XX日\n")
    assert (d.year, d.source, d.written_from, d.written_to) == (2024, "标题", dt.date(2024, 12, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize("signature", ["2024年13月XX日", "2024年12月", "2024年12月XX"])
def test_no_partial_date_from_what_is_no_signature(signature):
    d = date_of(f"关于落实主体责任情况的报告\n\n一、工作情况\n全年召开会议12次。\n\n{signature}\n")
    assert d is None


def test_a_date_line_under_a_speech_title():
    d = date_of("在全市党风廉政建设工作会议上的讲话\n——2022年2月16日在市纪委全会上\n同志们：\n")
    assert (d.year, d.source) == (2022, "日期行")


def test_the_opening_sentence_when_nothing_else_says():
    d = date_of("按照上级党委的部署，2021年，局党委坚持以党的政治建设为统领，全面加强党的建设。\n")
    assert (d.year, d.source) == (2021, "开头")


@pytest.mark.parametrize("text", [
    "关于加强基层党组织建设的实施意见\n\n为贯彻落实《中国共产党纪律处分条例》（2023年修订），现提出如下意见。\n",
    "党建工作情况报告\n\n全年发展党员5名，比2022年增加2名。\n",
    "学习贯彻党的二十大精神\n\n2022年10月召开的党的二十大，是一次十分重要的大会。\n",
    # a first line that narrates an event (a year, its month and a comma) is no title
    "组织党员回顾“四个自信”的由来：2012年11月，党的十八大报告提出道路自信、理论自信、制度自信\n",
    "回顾建党历程：1921年7月23日，中国共产党第一次全国代表大会在上海开幕\n",
])
def test_a_year_mentioned_in_passing_is_not_the_reports_year(text):
    assert date_of(text) is None


def test_the_configuration_overrides_what_the_text_says():
    d = date_of("2023年度党建工作报告\n", year=2025)
    assert (d.year, d.source) == (2025, "配置")


def test_the_same_reading_from_a_docx(tmp_path):
    path = B.from_lines(str(tmp_path / "d.docx"), ["关于2023年度落实主体责任情况的报告", "一、工作情况",
                                                   "全年召开会议12次。", "中共某局委员会", "2024年1月15日"], split=2)
    d = report_date(read_bytes(path, open(path, "rb").read()))
    assert d.year == 2023 and d.written_to == dt.date(2024, 1, 15)


# -- what the date decides -----------------------------------------------------------------

def dj403(text):
    return [d.message for d in lint_text(text, {"select": ["DJ403"]}) if d.code == "DJ403"]


def test_a_formulation_of_early_next_year_is_right_in_an_annual_report():
    # 习近平总书记关于党的自我革命的重要思想 (named 2024-01): a 2023 annual report, written in early 2024,
    # may cite it (the same goes for the meetings of DJ437: see tests/test_facts.py)
    assert dj403("2023年度全面从严治党工作报告\n认真学习贯彻习近平总书记关于党的自我革命的重要思想。\n") == []
    # a half-year summary of 2023 cannot
    assert dj403("2023年上半年全面从严治党工作总结\n认真学习贯彻习近平总书记关于党的自我革命的重要思想。\n")


def test_the_signature_date_decides_when_the_title_has_no_year(tmp_path):
    body = "关于落实全面从严治党主体责任情况的报告\n一、工作情况\n认真学习贯彻习近平总书记关于党的自我革命的重要思想。\n"
    assert dj403(body + "中共某局委员会\n2024年2月1日\n") == []
    assert dj403(body + "中共某局委员会\n2023年7月1日\n")
    path = tmp_path / "d.docx"
    B.from_lines(str(path), body.splitlines() + ["中共某局委员会", "2023年7月1日"], split=3)
    assert [d for d in lint_path(str(path), {"select": ["DJ403"]}) if d.code == "DJ403"]


def test_no_date_no_date_sensitive_finding():
    assert dj403("关于落实全面从严治党主体责任情况的报告\n认真学习贯彻习近平总书记关于党的自我革命的重要思想。\n") == []


def test_a_second_half_year_summary_is_written_late_in_the_year_or_early_in_the_next():
    # 下半年 is not the half-year window of 上半年 (May to August): its report tells of July to December
    d = report_date(read_bytes("a.txt", "2022年下半年意识形态工作督查报告\n全年召开会议12次。\n".encode(), "txt"))
    assert d.year == 2022 and d.written_to >= dt.date(2023, 1, 1)
    d = report_date(read_bytes("a.txt", "2022年上半年意识形态工作总结\n全年召开会议12次。\n".encode(), "txt"))
    assert d.written_to == dt.date(2022, 8, 31)


def test_a_narrated_year_on_the_first_line_dates_nothing_and_flags_nothing():
    # 四个自信 dates from 2016: a line telling what 2012 brought is not a 2012 report
    text = "组织党员回顾“四个自信”的由来：2012年11月，党的十八大报告提出道路自信、理论自信、制度自信\n"
    assert [d for d in lint_text(text) if d.code == "DJ403"] == []
    # the title's own year still dates the report: the same formulation in a 2012 report is early
    dated = "2012年度党建工作总结\n\n支部组织党员坚定“四个自信”。\n"
    assert [d.code for d in lint_text(dated) if d.code == "DJ403"] == ["DJ403"]


@pytest.mark.parametrize("title", ["2023年1月党支部工作总结", "2023年1月至6月党建工作总结"])
def test_a_title_with_a_month_still_dates_the_report(title):
    assert date_of(f"{title}\n\n支部召开支委会2次。\n").year == 2023


def test_a_plans_period_in_the_title_is_not_the_documents_year():
    """《……实施方案（2021—2025年）》: 2025 ends the plan's period; the date line under the issuer says
    when it was written."""
    d = date_of("中共某省委 某省人民政府关于印发《某省法治建设实施方案（2021—2025年）》的通知\n"
                "某发〔2021〕22号\n中共某省委 某省人民政府\n2021年9月30日\n\n一、总体要求\n坚持……\n")
    assert (d.year, d.written_from) == (2021, dt.date(2021, 9, 30))
    assert date_of("某县“十四五”规划（2021-2025年）\n\n一、发展基础\n……\n") is None
    d = date_of("某局2025年工作要点\n\n一、总体要求\n……\n")
    assert (d.year, d.source) == (2025, "标题")


def test_an_opening_that_tells_history_does_not_date_the_report():
    """1946年，……: a year long before any report djlint reads opens a narration, not the report's year."""
    assert date_of("某林业集团 奋进新征程\n\n1946年，大森林回到了人民手中。\n今年以来，集团党委……\n") is None
    d = date_of("某局工作总结\n\n一、主要工作\n2023年，局党委坚持……\n")
    assert d is not None and d.year == 2023


@pytest.mark.parametrize("title", ["某区直机关工委二〇二七年党建工作要点", "某区直机关工委二零二七年党建工作要点",
                                   "某区直机关工委二0二七年党建工作要点"])
def test_a_title_year_in_numerals_dates_the_report(title):
    """二〇二七年 in the title is the report's year like 2027年; so is 二0二七年 with its zero miswritten
    (DJ604 reports the zero; the year is still plain) (redteam12)."""
    d = date_of(title + "\n\n一、突出政治建设\n全年集中学习12次。\n")
    assert (d.year, d.source) == (2027, "标题")


@pytest.mark.parametrize("title", ["某单位党建工作要点", "某厂二十二年党建工作回顾", "建党一百零五年工作回顾"])
def test_numerals_that_are_no_year_date_nothing(title):
    """A count of years in numerals (二十二年, 一百零五年) is no year of the calendar."""
    assert date_of(title + "\n\n一、突出政治建设\n全年集中学习12次。\n") is None
