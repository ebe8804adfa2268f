"""Eight drafts written blind (blind14, session 13): the defects were planted by someone who had not read the
rules, the README's rule table or the code, from what office staff leave in drafts and reviewers circle: a 村党支部
书记's 2026 抓基层党建 述职, a 县纪委监委's 2026 summary, a 高校二级学院党委's 2025 意识形态 summary, a 国企
党委书记's 2026 巡视整改 对照检查, a 乡镇 政府工作报告 of January 2026 (excerpt), a 2026 七一 表彰大会 speech,
a 2026 调研报告 on 基层减负 and a 机关党委's 2027 要点.  The key is written into the drafts (fixtures/build_drafts.py's
marks): ``[[DJxxx:…]]`` found, ``[[~DJxxx:…]]`` a planted defect djlint still misses (the code is the rule that
would own it: a known gap, not asserted), ``[[?DJxxx:…]]`` a finding the key judges debatable.  Correct look-alikes
are unmarked text and must stay silent: ``LOOKALIKES`` names them.  Built as .docx the way Word and WPS write them
(runs cut mid-word, a table in two drafts, Word's automatic numbering on two drafts' headings) and as plain text."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import plain_text, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind14")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d1-cun-shuzhi", "26万元，增长44.4%"),  # arithmetic correct
    ("d1-cun-shuzhi", "把荷塘景区打造成周边游客的休闲目的地"),  # 目的地 correct
    ("d2-xian-jiwei", "第一种形态305人次，占74%"),  # arithmetic correct
    ("d2-xian-jiwei", "受贿行贿一起查"),  # formula correct
    ("d2-xian-jiwei", "惩前毖后、治病救人"),  # idiom correct
    ("d2-xian-jiwei", "驰而不息纠治"),  # 驰而不息 correct
    ("d3-gaoxiao-ysxt", "2025年是“十四五”规划收官之年"),  # year correct
    ("d3-gaoxiao-ysxt", "扎实开展深入贯彻中央八项规定精神学习教育"),  # official name correct
    ("d3-gaoxiao-ysxt", "正如习近平总书记在全国高校思想政治工作会议上强调的，“要坚持把立德树人作为中心环节，把思想政治工作贯穿教育教学全过程”"),  # quotation correct
    ("d3-gaoxiao-ysxt", "有的放矢"),  # 的 in idiom correct
    ("d3-gaoxiao-ysxt", "扎实推进“1+X”证书制度试点"),  # 1+X correct
    ("d3-gaoxiao-ysxt", "教育部部长怀进鹏"),  # leader correct as of 2025
    ("d4-guoqi-duizhao", "已完成整改19条，完成率90.5%"),  # arithmetic correct
    ("d4-guoqi-duizhao", "“两个一以贯之”"),  # formula correct
    ("d5-xiangzhen-gzbg", "稳步推进高标准农田建设，新建高标准农田1.1万亩"),  # correct
    ("d5-xiangzhen-gzbg", "这些成绩的取得，是县委、县政府和镇党委坚强领导的结果"),  # 取得的 correct
    ("d5-xiangzhen-gzbg", "正如李强总理在2025年《政府工作报告》中所强调的"),  # leader correct
    ("d6-qiyi-jianghua", "今年是红军长征胜利90周年"),  # anniv correct 1936+90
    ("d6-qiyi-jianghua", "习近平总书记在庆祝中国共产党成立100周年大会上庄严宣告：“经过全党全国各族人民持续奋斗，我们实现了第一个百年奋斗目标，在中华大地上全面建成了小康社会。”"),  # quotation correct
    ("d6-qiyi-jianghua", "以中国式现代化全面推进中华民族伟大复兴"),  # formula correct
    ("d6-qiyi-jianghua", "各单位回去要认真研究研究他们的经验做法"),  # 研究研究 correct
    ("d6-qiyi-jianghua", "我们党在百年奋斗中找到了跳出治乱兴衰历史周期率的答案"),  # 历史周期率 correct
    ("d7-jianfu-diaoyan", "共发放问卷320份，回收有效问卷296份，有效率92.5%"),  # arithmetic correct
    ("d7-jianfu-diaoyan", "问卷回收截止日期为6月20日"),  # 截止日期 correct
    ("d7-jianfu-diaoyan", "2015年，李克强总理在政府工作报告中首次提出制定“互联网+”行动计划"),  # historical leader correct
    ("d7-jianfu-diaoyan", "某乡镇一名干部反映"),  # 某 anonymisation correct
    ("d7-jianfu-diaoyan", "2019年，中办印发通知，明确2019年为“基层减负年”"),  # historical correct
    ("d8-jiguan-yaodian", "2027年是党的二十一大召开之年"),  # correct in 2027
    ("d8-jiguan-yaodian", "建军100周年"),  # anniv correct
    ("d8-jiguan-yaodian", "以优异成绩迎接党的二十一大胜利召开"),  # correct in 2027
    ("d8-jiguan-yaodian", "按时足额交纳党费"),  # 交纳 correct per 党章
)



def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_blind_fixes_hold():
    """The four classes fixed after the blind run (blind14): 损失约……左右, 近……以上, a site's page notice and
    source line, straight single quotes; each draft's line as planted."""
    by_name = {os.path.basename(s)[:-4]: s for s in DRAFTS}
    want = {("d2-xian-jiwei", "DJ441"), ("d7-jianfu-diaoyan", "DJ602"), ("d5-xiangzhen-gzbg", "DJ701"),
            ("d7-jianfu-diaoyan", "DJ701"), ("d8-jiguan-yaodian", "DJ504")}
    got = {(name, d.code) for name, src in by_name.items() for d in lint_text(plain_text(src))}
    assert want <= got
