"""Eight drafts written blind (blind15, session 14): the defects were planted by someone who had not read the
rules, the README's rule table or the code, from what office staff leave in drafts and reviewers circle: a 街道
党工委's 2026 党建 summary, a 县医院党委's 2025 主体责任 report, a 县教育局's 2026 half-year summary, a 中学党支部
书记's 2026 述职述责述廉, a 市直机关's 2026 七一 主题党日 plan, a 住建局党组's 2026 巡察整改 report, a 社区党委's
2025 意识形态 report and a 县公安局 2026 党风廉政 speech.  The key is written into the drafts (fixtures/build_drafts.py's
marks): ``[[DJxxx:…]]`` found, ``[[~DJxxx:…]]`` a planted defect djlint still misses (the code is the rule that would
own it: a known gap, not asserted), ``[[?DJxxx:…]]`` a finding the key judges debatable (DJ108's closing line, a
placeholder inside a watermark line).  Correct look-alikes are unmarked text and must stay silent: ``LOOKALIKES``
names them.  Built as .docx the way Word and WPS write them (runs cut mid-word, a table in two drafts, Word's
automatic numbering on three drafts' headings) and as plain text."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import plain_text, planted_counts, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind15")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d1-jiedao", "2026年是“十五五”规划开局之年"),  # 2026 opens the 15th plan
    ("d1-jiedao", "中国共产党成立105周年"),  # 1921+105
    ("d1-jiedao", "有的放矢地开展志愿服务"),  # 的 inside an idiom
    ("d1-jiedao", "“1+X”网格党建工作体系"),  # X is the model's variable
    ("d1-jiedao", "确实把党的温暖送到了群众心坎上"),
    ("d1-jiedao", "巩固拓展主题教育成果"),  # a past campaign's results, rightly
    ("d2-yiyuan", "抗日战争胜利80周年"),  # 1945+80
    ("d2-yiyuan", "党委领导下的院长负责制"),  # hospitals' system (not 中小学's)
    ("d2-yiyuan", "定期研究研究分管领域"),  # the verb doubled on purpose
    ("d2-yiyuan", "深入贯彻中央八项规定精神学习教育"),  # the 2025 campaign in a 2025 report
    ("d2-yiyuan", "截止日期"),
    ("d3-jiaoyu", "2014年，李克强总理在政府工作报告中提出“加快构建现代职业教育体系”"),  # the post of that year
    ("d3-jiaoyu", "“双减”"),
    ("d3-jiaoyu", "“1+X”证书制度"),
    ("d3-jiaoyu", "评选优秀研学目的地5个"),
    ("d4-shuzhi", "坚持“三重一大”事项集体决策"),
    ("d4-shuzhi", "决不以“研究研究”搪塞师生"),
    ("d4-shuzhi", "党的十八大报告提出“把立德树人作为教育的根本任务”"),  # an older formulation, quoted as history
    ("d5-dangri", "确需请假的须提前向支部书记报告"),
    ("d5-dangri", "到达目的地后由讲解员引导参观"),
    ("d5-dangri", "报送截止日期为7月3日"),
    ("d6-xuncha", "坚持以巡促改、以巡促建、以巡促治"),
    ("d6-xuncha", "均明确了整改截止日期"),
    ("d6-xuncha", "中共区住房和城乡建设局党组关于区委第三巡察组反馈问题整改情况的报告"),  # 区委 sends 巡察组
    ("d7-yishi", "意识形态工作是党的一项极端重要的工作"),
    ("d7-yishi", "习近平文化思想"),
    ("d7-yishi", "管好用好红色、灰色、黑色“三个地带”"),
    ("d8-gongan", "对党忠诚、服务人民、执法公正、纪律严明"),  # the 2019 训词, in its order
    ("d8-gongan", "某派出所原所长王某"),  # a case told with the name withheld
    ("d8-gongan", "二十届中央纪委五次全会对此作出了全面部署"),  # January 2026, in a 2026 speech
    ("d8-gongan", "巩固深化中央八项规定精神学习教育成果"),
    ("d8-gongan", "遇事不能只是“研究研究”"),
    ("d8-gongan", "一体推进不敢腐、不能腐、不想腐"),  # the order of the formula
)


def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_drafts_plant_12_to_20_defects_each(tmp_path):
    counts = planted_counts(DRAFTS, str(tmp_path))
    assert len(DRAFTS) == 8 and all(12 <= n <= 20 for n in counts), counts


def test_the_blind_fixes_hold():
    """The classes fixed after the blind run (blind15), each on its draft as planted: the two DJ442 false findings
    gone, the level slip and the pasted paragraph numbered right (DJ301), the stale anniversaries (DJ434), 的/地 (DJ413),
    watermark (DJ701), 中央纪委 plenum (DJ437), 反映 (DJ415), a time before 在……下，使 (DJ444), coordinated synonyms
    (DJ420; 目前现阶段 is DJ441's), 巡察组 and 党组织领导的校长负责制 and 第一责任人 (DJ401), 百分之95.6 (DJ616), 7月1号 (DJ612), wrong words (DJ411)."""
    got = {os.path.basename(src)[:-4]: lint_text(plain_text(src)) for src in DRAFTS}
    codes = {(name, d.code) for name, ds in got.items() for d in ds}
    want = {("d2-yiyuan", "DJ434"), ("d5-dangri", "DJ434"), ("d7-yishi", "DJ434"), ("d7-yishi", "DJ413"),
            ("d3-jiaoyu", "DJ413"), ("d7-yishi", "DJ701"), ("d8-gongan", "DJ437"), ("d7-yishi", "DJ415"),
            ("d3-jiaoyu", "DJ444"), ("d4-shuzhi", "DJ441"), ("d5-dangri", "DJ420"), ("d7-yishi", "DJ420"),
            ("d6-xuncha", "DJ401"), ("d3-jiaoyu", "DJ401"), ("d2-yiyuan", "DJ616"), ("d5-dangri", "DJ612"),
            ("d1-jiedao", "DJ411"), ("d4-shuzhi", "DJ411"), ("d3-jiaoyu", "DJ411"), ("d5-dangri", "DJ401")}
    assert want <= codes, sorted(want - codes)
    assert not any(d.code == "DJ442" for name in ("d3-jiaoyu", "d5-dangri") for d in got[name] if d.line in (1, 13))
    slips = [d.message for name in ("d3-jiaoyu", "d7-yishi") for d in got[name] if d.code == "DJ301" and "样式" in d.message]
    assert len(slips) == 2 and all("（四）" in m or "（三）" in m for m in slips), slips
    # the pasted copies: DJ708 says delete the copy; DJ301 does not renumber it (blind16 made DJ708 supersede it there)
    pasted = {name: [d.line for d in got[name] if d.code == "DJ708" and "重复粘贴" in d.message] for name in ("d2-yiyuan", "d6-xuncha", "d7-yishi")}
    assert all(len(lines) == 1 for lines in pasted.values()), pasted
    assert not any(d.code == "DJ301" and d.line in pasted[name] for name in pasted for d in got[name])
