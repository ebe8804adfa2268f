"""Eight drafts written blind (blind18, session 14): the defects were planted by someone who had not read the
rules, the README's rule table or the code, from what office staff leave in drafts and reviewers circle: a 县政协
常委会 工作报告 of January 2026 (excerpt), a 县医院纪委's 2026 廉洁从业 实施方案, a 县税务局党委's 2026 意识形态
责任制 report, a 中学团委书记's 2026 述职, a 街道's 2026 基层治理 调研报告, a 区法院党组's 2026 主体责任 report, three
县委宣传部 news items and a 国企党支部's “七一” 主题党日 plan.  The key is written into the drafts (fixtures/
build_drafts.py's marks): ``[[DJxxx:…]]`` found, ``[[~DJxxx:…]]`` a planted defect djlint still misses (the code
is the rule that would own it: a known gap, not asserted), ``[[?DJxxx:…]]`` a finding the key judges debatable;
``key-classes.tsv`` beside them gives each planted defect's class and fix (CORRECT: two sentences the blind key
listed as 两面对一面 that are two-sided on both ends, 能否……是……的关键所在 and 是否……关系到……).  Correct look-alikes
are unmarked text and must stay silent: ``LOOKALIKES`` names them, among them the two the blind run reported
(有问必录 in a court's report, 用好重要时间节点开展主题教育 in a school).  Built as .docx the way Word and WPS
write them (runs cut mid-word, a table in the 主题党日 plan, Word's automatic numbering on two drafts' headings)
and as plain text."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import key_rows, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind18")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d1-xian-zhengxie", "2025年是“十四五”规划收官之年"),  # the plan's last year, said of 2025
    ("d1-xian-zhengxie", "中央八项规定精神学习教育"),  # the 2025 campaign, in a review of 2025
    ("d1-xian-zhengxie", "是政协履职取得实效的关键所在"),  # 能否……是……的关键: two sides on both ends
    ("d2-yiyuan-lianjie", "自查材料报送截止日期为2026年5月31日"),  # 截止日期 correct
    ("d2-yiyuan-lianjie", "全院职工签订个人承诺书"),  # 签订 correct
    ("d4-tuanwei-shuzhi", "用好重要时间节点开展主题教育"),  # a kind of activity, not the 2023 campaign
    ("d4-tuanwei-shuzhi", "纪念五四运动"),  # the anniversary's words (the number is the defect)
    ("d5-jiedao-diaoyan", "“1+X”网格服务模式"),  # 1+X correct
    ("d5-jiedao-diaoyan", "配送目的地难找"),  # 目的地 correct
    ("d5-jiedao-diaoyan", "上面总说‘研究研究’"),  # reduplication in a quoted complaint
    ("d5-jiedao-diaoyan", "2014年，李克强总理在夏季达沃斯论坛上"),  # historical narration
    ("d5-jiedao-diaoyan", "部分社区工作者身兼数职"),  # 部分 correct
    ("d5-jiedao-diaoyan", "直接关系到队伍的稳定"),  # 是否……关系到……: two sides on both ends
    ("d6-fayuan-zhuti", "做到应记尽记、有问必录"),  # the 三个规定's own words, not 有闻必录
    ("d6-fayuan-zhuti", "努力让人民群众在每一个司法案件中感受到公平正义"),  # the formulation as written
    ("d7-xuanchuanbu-xinwen", "正如1992年邓小平同志在南方谈话中指出的：“发展才是硬道理。”"),  # a dated quotation
    ("d7-xuanchuanbu-xinwen", "今年恰逢红军长征胜利90周年"),  # 1936 + 90 = 2026
    ("d7-xuanchuanbu-xinwen", "举旗帜、聚民心、育新人、兴文化、展形象"),  # the mission tasks as written
    ("d8-qiye-qiyi", "庆祝中国共产党成立105周年"),  # 1921 + 105 = 2026
    ("d8-qiye-qiyi", "“光荣在党50年”纪念章"),  # the medal's name
)


def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_key_classes_cover_every_draft():
    """key-classes.tsv (the blind key) names each draft and at least eleven planted defects in each (the news items
    had twelve in the blind key; the all-digit 2026-04-08 is allowed by GB/T 15835 and was moved to OPTIONAL)."""
    planted = key_rows(FOLDER, leave_out=("CORRECT", "OPTIONAL"))
    names = {os.path.basename(s)[:-4] for s in DRAFTS}
    assert {r[0] for r in planted} == names and len(names) == 8
    assert all(sum(r[0] == n for r in planted) >= 11 for n in names)


def test_a_copy_pasted_under_the_next_number_is_not_renumbered():
    """The 廉洁从业 plan pastes its （三） paragraph again as （四）: DJ708 says it is a copy (only the label differs),
    and DJ301 does not offer to renumber the copy （五） (deleting it is the fix)."""
    text = "\n".join([
        "（一）开展警示教育。组织全院职工学习九项准则和上级通报的典型案例，每季度至少召开1次警示教育会。",
        "（二）聚焦重点岗位。围绕药品耗材采购、医疗设备招标等关键环节，对重点岗位开展廉政风险排查。",
        "（三）规范医疗行为。严禁收受患者及其亲属“红包”，严禁接受医药代表宴请，对过度检查等问题开展专项检查。",
        "（四）规范医疗行为。严禁收受患者及其亲属“红包”，严禁接受医药代表宴请，对过度检查等问题开展专项检查。",
    ])
    found = [(d.line, d.code, d.message) for d in lint_text(text)]
    assert (4, "DJ708", "本段与第3段只有编号不同，疑为重复粘贴") in found
    assert not [f for f in found if f[0] == 4 and f[1] == "DJ301"]
