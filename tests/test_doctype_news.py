"""The genre reader (checks/structure/doctype.read_kind) on web items: news items and commentaries told by
their dateline, credits, headline or the event their first sentence dates; reports, speeches and congress
documents that look like them stay what they are.  All sentences are our own look-alikes."""
from __future__ import annotations

import pytest

from djlint.checks.structure.doctype import read_kind
from djlint.document import read_bytes


def kind(*lines: str) -> tuple[str, str]:
    return read_kind(read_bytes("t.txt", ("\n".join(lines) + "\n").encode("utf-8"), "txt"))


NEWS = {
    "为……，日期，召开": ["为压实管党治党责任，3月12日上午，某局党委召开2024年度党支部书记述职评议会。",
                  "会上，5名党支部书记逐一述职。"],
    "为……。日期……组织": ["为进一步落实党建工作责任制，着力提升基层组织力。2月15日上午，某社区党委组织各支部书记开展述职评议。",
                   "社区党委书记逐一点评。"],
    "年月日开头": ["2023年12月26日，某研究所第三党支部召开年度总结会。", "支部书记主持会议。"],
    "近日": ["近日，某市委组织部印发通知，对开展基层党建制度落实年活动作出安排。", "通知强调，要认真学习制度。"],
    "带标题的近日": ["某公司党委获评年度党建工作考核“好”等次", "近日，某市国资委党委通报了年度党建考核结果。"],
    "栏目名作标题": ["党建动态", "为加强党的全面领导，1月8日，某学院党总支召开党支部书记述职评议会议。"],
    "网站消息": ["某某新闻网消息 2月5日，某镇召开年度基层党组织书记述职评议会。", "会议分为两个阶段。"],
    "带标题的网站讯": ["各社区带来了精彩的节目", "某某信息港讯 记者王某 近日，某街道举办文艺汇演。"],
    "通讯社电头": ["据新华社北京6月6日电 今年是开展党委书记抓基层党建述职评议考核的第十年。"],
    "通讯员开头": ["（通讯员 王某）12月31日，某出版社党总支召开党支部书记述职评议会。"],
    "文末供稿": ["某学院党总支认真组织开展述职评议工作，各支部书记作了汇报。", "总支书记逐一点评。",
             "（供稿：王某 责编：李某）"],
    "文末责任编辑": ["街道党工委组织各社区开展述职评议。", "[责任编辑：王某]"],
    "长篇通讯副题": ["冲锋在一线——记扎根基层的村党支部书记", "清晨，记者来到某村。"],
    "审议报告的标题": ["代表们认真审议法院工作报告", "1月12日，各代表团分组审议法院工作报告。"],
    "编者按": ["编者按：作风建设永远在路上。", "近年来，某县持续整治形式主义。"],
}

COMMENTARY = {
    "网评": ["【地评线】某某网评：在新征程上奋勇争先", "新时代呼唤新作为。"],
    "时评丨": ["时评丨锚定目标加油干", "任务明确了，接下来就是拼实干。"],
    "系列评论": ["开启发展新局面系列评论之一 争做攻坚主力", "发展需要新担当。"],
}


@pytest.mark.parametrize("name", sorted(NEWS))
def test_news_items_are_read_as_news(name):
    assert kind(*NEWS[name]) == ("other", "新闻")


@pytest.mark.parametrize("name", sorted(COMMENTARY))
def test_commentaries_are_read_as_commentary(name):
    assert kind(*COMMENTARY[name]) == ("other", "评论")


def test_a_congress_name_above_a_report_is_no_headline():
    assert kind("中国人民政治协商会议", "第八届某县委员会常务委员会工作报告",
                "各位委员：", "现在，我代表常务委员会向大会报告工作，请予审议。") == ("report", "标题")


def test_a_slogan_greeting_a_congress_is_no_headline():
    got = kind("立足新定位 展现新作为 以优异成绩迎接党的二十大胜利召开", "同志们：",
               "今天召开全系统工作会议，主要任务是总结工作、部署任务。")
    assert got != ("other", "新闻")


def test_a_report_heading_about_correspondents_is_no_credit():
    lines = ["一、主要工作", "全年开展学习12次。", "（三）加强通讯员队伍建设", "全年培训通讯员30人次。",
             "二、存在问题", "宣传工作创新不够。"]
    assert kind(*lines) != ("other", "新闻")


def test_a_date_range_opening_a_report_dates_no_event():
    lines = ["2023年3月1日至5月31日，我局组织开展了作风建设专项整治行动，现将有关情况报告如下。",
             "一、主要做法", "坚持问题导向。"]
    assert kind(*lines) == ("report", "开头")


def test_an_untitled_report_opening_with_a_year_is_not_news():
    lines = ["2023年，局党组坚持以习近平新时代中国特色社会主义思想为指导，认真履行管党治党责任。",
             "一、主要工作", "全年召开党组会议24次。"]
    assert kind(*lines) != ("other", "新闻")
