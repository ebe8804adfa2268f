"""Precision on correct published prose (issue 29): for every class of false finding seen on
published texts, correct look-alike sentences of our own draw no finding of that class, and
the true case next to them still does, in .txt and in .docx alike.

The texts here are written for these tests; none is copied from a published page.
"""
from __future__ import annotations

import pytest

import fixtures.build_docx as B
from djlint.lint import lint_path

KINDS = ("txt", "docx")


def lint_lines(tmp_path, kind: str, lines: list[str], config: dict | None = None, name: str = "稿"):
    path = tmp_path / f"{name}.{kind}"
    if kind == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        B.from_lines(str(path), lines)
    return lint_path(str(path), config or {})


def found(diags, *codes):
    return [(d.code, d.line, d.message) for d in diags if d.code.startswith(codes)]


# ---- class 2: texts cut mid-sentence ---------------------------------------------------------

_REPORT_HEAD = [
    "某区机关党委2024年度党建工作情况报告",
    "2024年，区机关党委坚持以党的政治建设为统领，扎实推进机关党建各项工作，现将有关情况报告如下。",
    "一、2024年主要工作情况",
    "（一）强化理论武装。全年组织党委理论学习中心组学习12次，举办读书班2期。",
    "（二）夯实基层基础。完成3个党支部换届，发展党员5名。",
]
#: an opening cut mid-sentence: a lone 一是, a 《 and a “ opened in the last paragraph
_CUT = _REPORT_HEAD + ["（三）加强作风建设。一是开展廉政谈话40人次，组织观看《以案为鉴"]
#: the same draft seen whole: it ends a sentence, so what it lacks is really missing
_WHOLE = _REPORT_HEAD + ["（三）加强作风建设。开展廉政谈话40人次，组织观看警示教育片2场。"]


@pytest.mark.parametrize("kind", KINDS)
def test_cut_text_is_not_judged_on_what_it_lacks(tmp_path, kind):
    diags = lint_lines(tmp_path, kind, _CUT)
    assert found(diags, "DJ101", "DJ102", "DJ105", "DJ108", "DJ312", "DJ503") == []


@pytest.mark.parametrize("kind", KINDS)
def test_whole_text_still_lacks_its_parts(tmp_path, kind):
    diags = lint_lines(tmp_path, kind, _WHOLE)
    missing = [m for c, _, m in found(diags, "DJ101")]
    assert any("存在问题" in m for m in missing) and any("下一步打算" in m for m in missing)


@pytest.mark.parametrize("kind", KINDS)
def test_lone_enumeration_and_open_mark_fire_in_a_whole_text(tmp_path, kind):
    lines = _REPORT_HEAD + ["（三）加强作风建设。一是开展廉政谈话40人次，组织观看《以案为鉴。",
                            "二、存在问题", "理论学习的深度还不够。", "三、2025年工作打算", "持续深化理论武装。"]
    diags = lint_lines(tmp_path, kind, lines)
    codes = [c for c, _, _ in found(diags, "DJ312", "DJ503")]
    assert codes.count("DJ312") == 1 and codes.count("DJ503") == 1, diags


@pytest.mark.parametrize("kind", KINDS)
def test_cut_heading_is_not_an_empty_section(tmp_path, kind):
    # the opening stops inside a heading (“……，强化”): nothing says the heading is empty
    diags = lint_lines(tmp_path, kind, _REPORT_HEAD + ["二、注重制度建设，强化"])
    assert found(diags, "DJ105", "DJ101") == []
    # … or in the middle of a list (……在推进经济建设、政治建设、)
    diags = lint_lines(tmp_path, kind, _REPORT_HEAD + ["（一）理论学习不够深入，在推进学习教育、调查研究、"])
    assert found(diags, "DJ105", "DJ101") == []


@pytest.mark.parametrize("kind", KINDS)
def test_complete_last_heading_without_text_is_still_empty(tmp_path, kind):
    # a draft that stops at a whole heading: DJ105 says so; the rules that need the end stay silent
    diags = lint_lines(tmp_path, kind, _REPORT_HEAD + ["二、存在的问题和不足"])
    assert [c for c, _, _ in found(diags, "DJ105")] == ["DJ105"]
    assert found(diags, "DJ101", "DJ108") == []


def test_what_ends_a_document():
    from djlint.document import read_bytes
    from djlint.document.ending import cut_end

    def cut(lines):
        doc = read_bytes("t.txt", ("\n".join(lines) + "\n").encode("utf-8"), "txt")
        return cut_end(doc) is not None

    assert cut(["开展学习，按月召开"])
    assert cut(["本报讯（记者 王某"])
    assert cut(["1. 精简审批手续。推行网上办理。", "2. 提高审批效率。压缩办理时限。", "3. 加强项目储"])
    assert not cut(["全年开展学习12次。"])
    assert not cut(["全年开展学习12次。", "中共某区委办公室"])
    assert not cut(["全年开展学习12次。", "2024年1月15日"])
    assert not cut(["全年开展学习12次。", "二〇二四年一月十五日"])
    assert not cut(["请各单位按时报送。", "联系人：王某，电话：1234567"])
    assert not cut(["全年开展学习12次。（文/王某 图/李某 审核/赵某）"])


# ---- class 1: genre — report-structure rules only for reports ---------------------------------

_NOT_REPORTS = {
    "实施方案": ["某县关于开展机关作风建设提升年活动的实施方案", "一、总体要求", "以提升机关效能为目标，推动作风持续好转。",
             "二、主要任务", "（一）精简会议文件。严格控制会议数量和规模。", "三、保障措施", "加强组织领导，压实各方责任。"],
    "印发通知（标题回行）": ["中共某县委办公室", "关于印发《某县创建文明城市",
                    "集中攻坚行动实施方案》的通知", "各乡镇党委，县直各单位：",
                    "《某县创建文明城市集中攻坚行动实施方案》已经县委同意，现印发给你们，请认真抓好落实。",
                    "一、工作目标", "巩固创建成果，全面提升城市文明程度。", "二、主要任务", "开展环境卫生集中整治。"],
    "讲话": ["同志们：", "今天召开全县基层党建工作推进会，主要任务是总结去年工作，分析存在的问题，部署今年任务。",
           "一、充分肯定去年基层党建工作成效", "一年来，各级党组织认真落实党建工作责任制，取得明显成效。",
           "二、准确把握新形势新要求", "当前，基层党建工作面临新的形势和任务。"],
    "督查调研报告": ["关于某区落实意识形态主体责任情况的督查调研报告", "按照区委安排，督查组对各单位落实情况进行了督查。",
               "一、基本情况", "各单位普遍建立了意识形态工作责任清单。", "二、主要做法", "坚持把意识形态工作纳入班子议事日程。"],
    "巡察汇报": ["关于县委第三轮巡察情况的综合汇报", "按照县委统一部署，三个巡察组对六个单位开展了常规巡察。",
             "一、巡察工作基本情况", "巡察期间共开展个别谈话120人次。", "二、巡察发现的主要问题", "一些单位落实主体责任不够有力。"],
    "工作规则": ["某县人民政府工作规则", "第一章 总则", "一、为规范县政府工作，制定本规则。", "二、县政府工作坚持依法行政。",
             "第二章 组成人员和职能", "三、县政府由县长、副县长组成。", "四、县政府实行县长负责制。"],
    "政策措施": ["为促进全区经济平稳增长，结合本区实际，特制定如下政策措施。", "一、提高项目审批效率",
             "1. 精简审批手续。推行网上办理。", "2. 压缩审批时限。实行限时办结。", "二、加快项目建设",
             "3. 加强项目储备。建立重点项目库。", "4. 强化要素保障。优先保障用地需求。"],
    "新闻": ["某县召开2024年度党支部书记抓党建工作述职评议会", "1月18日，某县召开党支部书记抓党建工作述职评议会。",
           "一、述职情况", "12名党支部书记逐一述职。", "二、点评情况", "县委书记逐一点评并提出要求。"],
    "调研文章": ["关于推动党风廉政建设“两个责任”落到实处的调查与思考", "近年来，某县认真落实党风廉政建设责任制。",
             "一、主要做法", "各级党委把主体责任扛在肩上。", "二、存在的问题", "个别单位压力传导不够。"],
    # an annual report on open government information, titled by its unit only: its parts are the
    # State Council's format (no 下一步打算 part), named in the opening
    "信息公开年报": ["某区民政局", "根据《中华人民共和国政府信息公开条例》要求，现公布本局2024年政府信息公开工作年度报告。",
               "一、总体情况", "本局主动公开政府信息12条。", "二、存在的主要问题及改进情况", "公开内容还不够全面。",
               "三、其他需要报告的事项", "本年度无其他需要报告的事项。"],
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(_NOT_REPORTS))
def test_documents_of_other_kinds_are_not_judged_as_reports(tmp_path, kind, name):
    diags = lint_lines(tmp_path, kind, _NOT_REPORTS[name])
    assert found(diags, "DJ10", "DJ301", "DJ503") == []


def _report_without_problems():
    return ["某局机关党委2024年度党建工作情况报告", "2024年，机关党委认真履行管党治党责任。",
            "一、2024年主要工作情况", "全年开展集中学习12次。", "二、2025年工作打算", "持续深化理论武装。"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_report_recognised_by_its_title_is_still_judged(tmp_path, kind):
    diags = found(lint_lines(tmp_path, kind, _report_without_problems()), "DJ101")
    assert len(diags) == 1 and "存在问题" in diags[0][2] and diags[0][2].endswith("按标题识别）")


def test_structure_messages_say_where_the_report_type_came_from(tmp_path, run_cli):
    path = tmp_path / "稿.txt"
    path.write_text("\n".join(_report_without_problems()) + "\n", encoding="utf-8")
    _, out, _ = run_cli("--no-cache", "--format", "json", "--profile", "summary", str(path))
    assert "命令行指定" in out and "配置指定" not in out
    configured = tmp_path / "configured"
    configured.mkdir()
    (configured / ".djlint.yaml").write_text("profile: summary\n", encoding="utf-8")
    (configured / "稿.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    _, out, _ = run_cli("--no-cache", "--format", "json", str(configured / "稿.txt"))
    assert "配置指定" in out and "命令行指定" not in out


def test_profile_forced_on_a_document_of_another_kind(tmp_path):
    # --profile says what it is: a 方案 judged as a report is the user's choice
    diags = lint_lines(tmp_path, "txt", _NOT_REPORTS["实施方案"], {"profile": "work-report"})
    assert found(diags, "DJ101")


def test_an_untitled_report_is_recognised_by_its_outline(tmp_path):
    lines = ["一、2024年主要工作情况", "全年开展集中学习12次。", "二、存在的问题", "学习深度不够。",
             "三、2025年工作打算", "持续深化理论武装。"]
    assert [c for c, _, _ in found(lint_lines(tmp_path, "txt", lines), "DJ106")] == ["DJ106"]


# ---- class 6: numbering that runs on across parts ----------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_numbering_running_on_across_parts_is_correct(tmp_path, kind):
    lines = ["某局落实党建工作责任制的若干措施", "一、压实领导责任", "1. 明确书记职责。书记履行第一责任人职责。",
             "2. 明确班子职责。班子成员履行一岗双责。", "二、强化考核问责", "3. 完善考核办法。每年开展述职评议。",
             "4. 严肃责任追究。对失职失责的严肃问责。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ301") == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_skipped_number_across_parts_still_fires(tmp_path, kind):
    lines = ["某局落实党建工作责任制的若干措施", "一、压实领导责任", "1. 明确书记职责。书记履行第一责任人职责。",
             "2. 明确班子职责。班子成员履行一岗双责。", "二、强化考核问责", "4. 完善考核办法。每年开展述职评议。",
             "5. 严肃责任追究。对失职失责的严肃问责。"]
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), "DJ301")] == ["DJ301"]


# ---- classes 3-6: bylines, official names, 等 as a word, a speaker's own words -----------------

_LOOK_ALIKES = {
    "署名与标题（DJ512）": ("DJ512", [
        "勤学善思悟真谛 笃行实干开新局——某局党支部开展主题党日活动",
        "本报讯 （记者 王明远）3月8日，全市机关党建工作会议召开。",
        "本网5月6日讯（记者 李文）今日，全区组织工作会议召开。",
        "某县融媒5月6日讯（融媒体记者 赵青）5月6日，全县组织工作会议召开。",
        "会议要求各级党组织切实担负起管党治党政治责任。 （县委组织部 供稿）",
        "会议强调，要把党建工作抓实抓细。（王红梅 || 责任编辑 刘东）",
        "会议强调，要把党建工作抓实抓细。（文/张华 图/李强 审核/赵敏）"]),
    "机关名称（DJ417）": ("DJ41", [
        "滨江新区区委召开常委会议，研究部署基层党建重点任务。",
        "县委县政府高度重视乡村振兴工作，主要负责同志多次深入一线调研。",
        "局党委党组认真履行管党治党政治责任。",
        "丰县县委、沛县县委联合开展廉政教育活动。",
        "津市市委、阳泉市矿区区委分别召开专题会议。"]),
    "等字开头的词（DJ507）": ("DJ507", [
        "着力克服畏难情绪、等靠思想和本领恐慌。",
        "做好网络安全监测预警、等级保护和应急处置。",
        "坚持差额、等额选举相结合的办法。"]),
    "讲话里的供大家参考（DJ701）": ("DJ701", [
        "同志们：",
        "下面，我就做好民主生活会督导工作讲三点意见，供大家参考。"]),
}
_TRUE_CASES = {
    "署名与标题（DJ512）": ("DJ512", ["会议要求，各支部 要抓好落实。（县委组织部 供稿）"]),
    "机关名称（DJ417）": ("DJ417", ["向东莞市市委报告工作。"]),
    "等字开头的词（DJ507）": ("DJ507", ["开展学习、研讨、等活动。"]),
    "讲话里的供大家参考（DJ701）": ("DJ701", ["以上是本站精心整理的述职报告范文，供大家参考。"]),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(_LOOK_ALIKES))
def test_correct_look_alikes_draw_no_finding(tmp_path, kind, name):
    code, lines = _LOOK_ALIKES[name]
    assert found(lint_lines(tmp_path, kind, lines), code) == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(_TRUE_CASES))
def test_the_true_case_next_to_them_still_fires(tmp_path, kind, name):
    code, lines = _TRUE_CASES[name]
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), code)] == [code]


# ---- item 7: what else the published texts showed ----------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_a_second_half_report_is_written_after_its_half_year(tmp_path, kind):
    # a 下半年 report is written in the winter: a meeting of October is right in it (DJ437 judges meetings by date)
    lines = ["某区2022年下半年意识形态工作责任制落实情况报告",
             "下半年，区委认真学习贯彻党的二十大精神，压实意识形态工作责任。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ437") == []
    lines[0] = "某区2022年上半年意识形态工作责任制落实情况报告"
    lines[1] = "上半年，区委认真学习贯彻党的二十大精神，压实意识形态工作责任。"
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines, name="上半年"), "DJ437")] == ["DJ437"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_quoted_article_of_several_items_opens_its_quote_once(tmp_path, kind):
    lines = ["社会组织应当具备下列条件：", "“依法登记，具有独立法人资格；", "（二）有固定的办公场所。”"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ503") == []
    lines[1] = "“依法登记，具有独立法人资格。"
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines, name="断"), "DJ503")] != []


@pytest.mark.parametrize("title,profile", [
    ("某局2024年度工作情况的报告", "summary"),  # a report of no type a profile detects: a general one
    ("在2024年度局党组民主生活会上的发言", "duizhao-jiancha"),
    ("某局2024年度党建工作情况报告", "work-report"),
])
def test_reports_are_still_recognised_by_their_title(tmp_path, title, profile):
    lines = [title, "一、2024年主要工作情况", "全年开展集中学习12次。", "二、下一步打算", "持续深化理论武装。"]
    diags = found(lint_lines(tmp_path, "txt", lines), "DJ101")
    assert diags and all("按标题识别" in m for _, _, m in diags)


def test_a_watermark_line_above_the_title_does_not_hide_it(tmp_path):
    lines = ["本文系作者原创投稿，仅供学习参考，请勿照搬照抄！", "2024年机关党建工作总结",
             "2024年，机关党委认真履行职责。", "一、主要工作情况", "全年开展集中学习12次。", "二、主要经验", "领导带头是关键。"]
    diags = found(lint_lines(tmp_path, "txt", lines), "DJ101")
    assert len(diags) == 2 and all("按标题识别" in m for _, _, m in diags)


@pytest.mark.parametrize("kind", KINDS)
def test_a_dateline_under_a_title_not_copied_is_not_a_title(tmp_path, kind):
    # a congress report copied from its date-and-occasion line: its title is not in the text
    lines = ["2025年3月21日在某区第十九届", "人民代表大会第四次会议上", "某区人民政府区长 王某", "各位代表：",
             "现在，我代表区人民政府向大会报告工作，请予审议。", "一、2024年工作回顾", "过去一年，全区经济稳中有进。",
             "二、2025年主要任务", "今年是关键之年。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ106") == []
    # a title line without its 文种 is still told
    lines = ["某区人民政府2024年度工作", "区委：", "现将有关情况报告如下。", "一、主要工作", "全年完成各项任务。",
             "二、存在问题", "个别任务进度偏慢。"]
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), "DJ106")] == ["DJ106"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("title, occasion, opening", [
    ("某某街道办事处工作报告", "（2025年1月10日在某某街道第三届居民议事会第二次会议上）",
     "现在，我代表街道办事处向大会作工作报告，请予审议。"),
    ("某某镇人民政府2025年上半年工作报告", "某某镇镇长  李某",
     "现在，我代表镇人民政府向大会报告工作，请予审议，并请列席会议的同志提出意见。"),
    ("某某县人大常委会工作报告", "——2025年1月8日在某某县第十八届人民代表大会第五次会议上",
     "受县人大常委会委托，现将一年来的主要工作报告如下。"),
])
def test_a_report_to_a_congress_needs_no_problems_section(tmp_path, kind, title, occasion, opening):
    # a report delivered at a meeting of deputies: a review and the year's tasks, no 存在问题 heading
    lines = [title, occasion, "各位代表：", opening, "一、2024年工作回顾", "过去一年，各项工作稳步推进。",
             "二、2025年工作安排", "今年是关键之年，重点抓好以下工作。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ101") == []
    # the same report without its tasks is still told
    diags = found(lint_lines(tmp_path, kind, lines[:6]), "DJ101")
    assert [c for c, _, _ in diags] == ["DJ101"] and "今后的任务" in diags[0][2]


@pytest.mark.parametrize("kind", KINDS)
def test_a_title_that_only_mentions_party_building_names_no_report(tmp_path, kind):
    # a case study or an article: its title is a slogan about 党建, its parts are background and practice
    lines = ["党建引领聚合力 融合发展开新局", "——某县税务局推进党建业务融合的探索", "一、工作背景",
             "机构改革后，新机构面临融合难题。", "二、主要做法", "（一）健全组织体系。", "建立党委统一领导的工作机制。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ101", "DJ106", "DJ108") == []


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("title", ["某某镇2024年上半年工作总结及下半年工作设想",
                                   "2024年某局副局长述职述廉报告（分管党建、纪检监察、信访、后勤保障等工作）"])
def test_report_titles_with_a_plan_or_a_long_note_are_still_reports(tmp_path, kind, title):
    lines = [title, "一、主要工作情况", "全年完成各项任务。", "二、下一步打算", "持续抓好各项工作。"]
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), "DJ101")] == ["DJ101"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_document_sent_down_to_branches_is_not_a_report(tmp_path, kind):
    # a 通报 to 各党支部 without its title: its parts are 情况、问题、要求, not a report's
    lines = ["各党支部：", "根据党委工作安排，近期对各支部组织生活开展情况进行了抽查，现将有关情况通报如下。",
             "一、总体情况", "各支部能够落实组织生活制度。", "二、存在问题", "个别支部学习形式单一。", "三、整改要求",
             "各支部要创新组织生活形式。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ1") == []
    # a report to a superior body is still judged
    lines[0] = "中共某某区委："
    lines[1] = "现将我委2024年党建工作情况报告如下。"
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), "DJ101")] == ["DJ101"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_rectification_report_is_not_judged_as_a_work_report(tmp_path, kind):
    # 整改情况报告: what was rectified and how, its parts are not 工作情况、存在问题、下一步打算
    lines = ["中共某某局党组关于主题教育检视问题整改落实情况的报告", "中共某某区委：",
             "一、整改工作总体部署和推进情况", "局党组把巡察整改作为重大政治任务。", "二、检视问题整改落实情况",
             "（一）关于理论学习不够深入的问题。", "完善中心组学习制度。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ101", "DJ102") == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_congress_report_copied_from_its_speaker_line_needs_no_title(tmp_path, kind):
    lines = ["省长　李某某", "各位代表：", "现在，我代表省人民政府向大会报告工作，请予审议。", "一、2024年工作回顾",
             "过去一年，全省经济稳中有进。", "二、2025年主要任务", "今年是关键之年。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ106") == []


# ---- item 6: the misspelling detector (DJ421) on words it does not know --------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_a_one_character_head_after_zhi_is_no_slip(tmp_path, kind):
    # 之 joins a phrase to a one-character head (拓荒之艰): not 之间 mistyped; a slip inside 城乡之间 is still told
    for i, line in enumerate(["他们初尝拓荒之艰，仍然坚守岗位。", "这是一次初涉基层之艰的历练。"]):
        assert found(lint_lines(tmp_path, kind, [line], name=f"稿{i}"), "DJ421") == []
    lines = ["要缩小城乡之简的发展差距。"]
    assert [m for _, _, m in found(lint_lines(tmp_path, kind, lines, name="错"), "DJ421")] == ["疑似错别字：“城乡之简”应为“城乡之间”"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_news_item_asks_more_of_a_two_character_homophone(tmp_path, kind):
    # a news item's coined pair (以治行促产) is not 执行 mistyped; the same line in a report is still weighed as a draft's
    body = "会上要求各村坚持以治行促产，带动群众增收；对检查发现的问提，逐条制定整改措施。"
    news = found(lint_lines(tmp_path, kind, ["某镇召开2024年度集体经济发展推进会", body]), "DJ421")
    assert [m for _, _, m in news] == ["疑似错别字：“问提”应为“问题”"]
    report = found(lint_lines(tmp_path, kind, ["某镇2024年度集体经济发展工作总结", body], name="总结"), "DJ421")
    assert [m for _, _, m in report] == ["疑似错别字：“治行”应为“执行”", "疑似错别字：“问提”应为“问题”"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_means_word_heading_a_run_of_clauses_governs_the_means(tmp_path, kind):
    # 通过 heads three short clauses written with commas where 、 was meant: the means is not missing its word
    lines = ["调研组通过查阅档案，走访街道社区、驻区企业、学校医院，召开座谈会及入户问卷调查等形式，对全区养老服务情况进行深入了解。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ443") == []
    # a means with no 通过 in its run is still told
    lines = ["社区及时发布了本次活动的时间地点和报名方式等内容，组织党员志愿者分组入户，工作人员还制作了宣传板报、宣传单等形式，向居民宣传。"]
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), "DJ443")] == ["DJ443"]


@pytest.mark.parametrize("kind", KINDS)
def test_items_that_begin_with_a_date_are_not_decimals(tmp_path, kind):
    # 1.3月5日… 2.3月6日… 3.…: the first two labels read as decimals; the list still starts at 1
    head = ["关于召开某某协会会员代表大会的通知", "各会员单位：", "现将有关事项通知如下。", "一、注意事项"]
    items = ["1.3月5日晚上7:30召开各代表团团长会议，请团长按时参加。", "2.3月6日上午8:30召开第一次全体会议，请代表准时参会。",
             "3.请代表报到时带好有效证件。", "4.少数民族代表请准备民族服装。"]
    assert found(lint_lines(tmp_path, kind, head + items), "DJ301") == []
    # a skipped number after them is still told
    items[3] = "5.少数民族代表请准备民族服装。"
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, head + items), "DJ301")] == ["DJ301"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_notice_asking_to_fill_in_a_form_is_no_template_note(tmp_path, kind):
    lines = ["各街道党工委：", "现就有关事项通知如下：", "（一）认真梳理已报到的党员名单。",
             "（二）根据实际填写《党员到居住地报到情况统计表》（见附件），并于5月10日前报送区委组织部。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ702") == []
    # a bare direction left in a draft is still a template's note
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines[:3] + ["（请根据实际情况填写）"]), "DJ702")] == ["DJ702"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_last_item_of_a_notice_before_its_contact_line_is_no_heading(tmp_path, kind):
    lines = ["各街道党工委：", "现就有关事项通知如下：", "一、报送要求",
             "（一）认真梳理已经取得联系的驻区单位党组织。内容包括两个方面：", "1.主动报到的单位党组织。",
             "2.已经联系的单位党组织。", "以党员管理系统为报送平台，将联系情况录入系统。",
             "（二）根据实际填写《党员报到情况统计表》（见附件），并报送区党员服务中心。"]
    for closing in ("联系人：王某 联系方式：12345678", "特此通知。", "2024年4月9日"):
        assert found(lint_lines(tmp_path, kind, lines + [closing]), "DJ511") == [], closing
    # over body text the line is a heading, and its full stop is told
    diags = found(lint_lines(tmp_path, kind, lines + ["各街道要高度重视，按时报送。"]), "DJ511")
    assert [c for c, _, _ in diags] == ["DJ511"]


@pytest.mark.parametrize("kind", KINDS)
def test_what_an_event_did_after_a_sentence_about_the_event(tmp_path, kind):
    # the event is the subject of the sentence before the full stop: 同时也展示了…… carries it over
    lines = ["整个活动通过“社区组织、党员参与”的方式开展，丰富了居民文化生活。同时也展示了各社区党建工作的特色和亮点。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ444") == []
    # a branch that ran the event is not what did it: still told
    lines = ["支部开展学习活动。进一步增强了党员的宗旨意识。"]
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, lines), "DJ444")] == ["DJ444"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_gift_money_fenzi_in_its_compounds_is_no_variant(tmp_path, kind):
    lines = ["严禁为他人宴请活动充当“份子头”，不得私下凑“升学宴”份子钱。"]
    assert found(lint_lines(tmp_path, kind, lines), "DJ419") == []
    # 知识份子 is still the variant of 知识分子
    assert [c for c, _, _ in found(lint_lines(tmp_path, kind, ["发挥知识份子在基层治理中的作用。"]), "DJ419")] == ["DJ419"]
