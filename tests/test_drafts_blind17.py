"""Eight drafts written blind (blind17, session 14): the defects were planted by someone who had not read the
rules, the README's rule table or the code, from what office staff leave in drafts and reviewers circle: a 社区党支部's
对照检查材料 for the 2025 组织生活会 (January 2026), a 县委巡察办's 2026 巡察工作总结, a 事业单位党支部书记's 抓基层党建
述职报告 (January 2026), a 乡镇党委's report on the 主体责任 for the first half of 2026, a 高校党委 理论学习中心组's 2026
学习计划, a 区直机关工委's 2026 工作总结, an 央企子公司纪委's 工作报告 of 2026 and a 县委党校 中青班 开班讲话 of March
2026.  The key is written into the drafts (fixtures/build_drafts.py's marks): ``[[DJxxx:…]]`` found,
``[[~DJxxx:…]]`` a planted defect djlint still misses (the code is the rule that would own it: a known gap, not
asserted); ``key-classes.tsv`` beside them gives each planted defect's class and fix, counted on the drafts as
plain text (the .docx counts the 学习计划's table cells as paragraphs).  Two findings the blind run gave outside the
key are true and marked (DJ108: a 述职报告 and a report to the 县委 without a closing line).  Correct look-alikes
are unmarked text and must stay silent: ``LOOKALIKES`` names them.  Built as .docx the way Word and WPS write them
(runs cut mid-word, a table in the 学习计划, Word's automatic numbering on two drafts' headings) and as plain text."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import key_rows, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind17")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d2-xunchaban-zongjie", "截至11月底"),  # 截至 before a time, correct
    ("d3-shiye-shuzhi", "中国人民抗日战争暨世界反法西斯战争胜利80周年"),  # 1945 + 80 = 2025, the year told of
    ("d3-shiye-shuzhi", "学思用贯通、知信行统一"),  # the 主题教育's formulation, correct
    ("d4-xiangzhen-zhutizeren", "坚定拥护“两个确立”"),  # a common and correct verb for 两个确立
    ("d4-xiangzhen-zhutizeren", "激励干部新时代新担当新作为"),  # the 2018 意见's own title words
    ("d5-gaoxiao-xuexijihua", "党的十八大曾提出确保到2020年全面建成小康社会的宏伟目标"),  # dated narration of the old goal
    ("d5-gaoxiao-xuexijihua", "采取“1+X”模式，即每次确定1个主题，由X名成员"),  # 1+X and its X, not a placeholder
    ("d5-gaoxiao-xuexijihua", "截止日期后不再受理"),  # 截止日期 correct
    ("d5-gaoxiao-xuexijihua", "庆祝建党105周年专题学习"),  # 1921 + 105 = 2026 (a table cell)
    ("d5-gaoxiao-xuexijihua", "防止遇事只说“研究研究”、议而不决"),  # reduplication quoted on purpose
    ("d6-gongwei-zongjie", "举办庆祝建党105周年暨“两优一先”表彰大会"),  # 105 in 2026
    ("d6-gongwei-zongjie", "开展“纠‘四风’树新风”专项行动"),  # single quotes inside double ones, correct
    ("d6-gongwei-zongjie", "为全区发展作出新的更大贡献"),  # 作出贡献 correct
    ("d7-yangqi-jiwei", "全面贯彻二十届中央纪委四次全会部署"),  # the 2025 work reviewed: the plenum of January 2025
    ("d7-yangqi-jiwei", "“打铁必须自身硬”"),  # the wording since the 19th Congress
    ("d7-yangqi-jiwei", "“十四五”规划收官"),  # 2025, the year reviewed
    ("d7-yangqi-jiwei", "更加紧密地团结"),  # 地 correct
    ("d8-dangxiao-kaiban", "今年是中国工农红军长征胜利90周年"),  # 1936 + 90 = 2026
    ("d8-dangxiao-kaiban", "2015年，李克强总理在政府工作报告中首次提出制定“互联网+”行动计划"),  # dated history
    ("d8-dangxiao-kaiban", "大家要统一乘车前往目的地"),  # 目的地 correct
    ("d8-dangxiao-kaiban", "原原本本地学"),  # 地 correct
)


def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_key_classes_cover_every_draft():
    """key-classes.tsv (the blind key) names each draft and at least eleven planted defects in each (104 in all)."""
    planted = key_rows(FOLDER, leave_out=("ACCIDENTAL",))
    names = {os.path.basename(s)[:-4] for s in DRAFTS}
    assert {r[0] for r in planted} == names and len(names) == 8 and len(planted) == 104
    assert all(sum(r[0] == n for r in planted) >= 11 for n in names)


def test_the_fixed_classes_are_found_in_context():
    """The classes this set's fixes added, each in a sentence of its own (not the drafts' words)."""
    text = "\n".join([
        "2026年工作总结",
        "班子成员每年至少到联系点调研一次以上，参训学员年龄不超过45岁左右。",
        "全年整改率达到97.5%,推动建立制度12项。",
        "对重点领域坚持不懈的推进专项整治。",
        "认真学习赵乐际同志在中央纪委全会上的工作报告。",
        "以优异成绩向党的二十大献礼。",
        "坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、习近平新时代中国特色社会主义思想为指导。",
        "建立问题整改台帐，开展廉正谈话40人次。",
        "2026年12月  日",
        "机关工会开展了丰富多彩地文体活动。",
    ])
    codes = {(d.line, d.code) for d in lint_text(text)}
    for expected in [(2, "DJ602"), (3, "DJ501"), (4, "DJ413"), (5, "DJ431"), (6, "DJ437"), (7, "DJ402"),
                     (8, "DJ419"), (8, "DJ421"), (9, "DJ203"), (10, "DJ426")]:
        assert expected in codes, expected
