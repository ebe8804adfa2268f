"""Eight drafts written blind (blind21, session 15): the defects were planted by someone who had not read the
rules, the README's rule table or the code, from what office staff leave in drafts and reviewers circle, all of
2024 to test the facts of that year: a 县委办公室's 2024 年度工作总结, a 高校党委's 2024 “三全育人” 工作报告, a 区纪委监委
派驻纪检监察组's 2024 工作报告, a 街道党工委书记's 2024 抓基层党建述职报告, a 市卫健委党组's 巡视整改进展情况报告, a 乡镇's 2024
安全生产工作总结, a 县文旅局's 2024 宣讲方案 on the 二十届三中全会 and a 国企党委's 2024 党纪学习教育 工作总结.  The key is
written into the drafts (fixtures/build_drafts.py's marks): ``[[DJxxx:…]]`` found, ``[[~DJxxx:…]]`` a planted defect
djlint still misses (the code is the rule that would own it: a known gap, not asserted), ``[[?DJxxx:…]]`` a key item
judged debatable afterwards (布置 for 部署 is a word choice, not a typo; 能否……是衡量……的标准 can measure both ways;
a clause-initial 使 after 整改进展： has its subject in the heading; the order of 早发现、早干预 was not checked against a
source).  ``key-classes.tsv`` beside them gives each planted defect's class and fix as the blind key wrote it (118
items; CONSEQUENTIAL: the two findings the blind key did not list that are true: 六大纪律 for the 条例's 六项纪律, a
述职报告 without its closing 以上述职，请予评议).  The blind run also reported (and was right) a 落实……作用 that the key
had filed under the 把方向、管大局、保落实 formulation (d8: DJ401+DJ442 on one mark), and a (四)(三) order the author
typed by mistake (corrected in the draft, not kept as a planted defect).  Correct look-alikes are unmarked text
and must stay silent: ``LOOKALIKES`` names them.  Built as .docx the way Word and WPS write them (runs cut mid-word,
a table in the 安全生产 总结, Word's automatic numbering on three drafts' level-1 headings) and as plain text.

Blind recall before this set's fixes: 75 of 118 planted defects (the .txt and the .docx alike); five were added by
its fixes (a placeholder 成文日期 now dates the report: 76周年 in a 2024 summary and the 2018 条例 studied in 2024;
不少于……以上; a 范文 site's 如需完整版……（需VIP）; 联系人：王某某, the report's own contact left unfilled)."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import key_rows, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind21")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d2-gaoxiao", "落实“1+X”证书制度试点"),  # 1+X
    ("d2-gaoxiao", "这次实践的目的地遍及全省11个市"),  # 目的地
    ("d2-gaoxiao", "报名截止日期前共收到团队申报书203份"),  # 截止日期
    ("d2-gaoxiao", "学校研究研究、反复比选后确定了立项名单"),  # verb reduplication
    ("d2-gaoxiao", "以庆祝新中国成立75周年为契机"),  # 1949 + 75 = 2024
    ("d3-paizhu", "2023年开展的学习贯彻习近平新时代中国特色社会主义思想主题教育中"),  # a campaign told as past
    ("d3-paizhu", "有的单位对问题整改的认识还不够深，这既有主观原因，也有客观原因"),  # 有的, 的 before a noun
    ("d5-weijian", "市人民医院新引进的X光机和CT设备已投入使用"),  # X光机 is no placeholder
    ("d5-weijian", "患者检查预约的截止时间由下午4点延后至6点"),  # 截止时间
    ("d6-anquan", "切实防止此类事故再次发生"),  # 防止……再次发生 (no double negative)
    ("d6-anquan", "严格落实24小时值班和领导带班制度"),
    ("d7-wenlv", "1978年党的十一届三中全会开启了改革开放和社会主义现代化建设新时期"),  # dated narration
    ("d7-wenlv", "“全面深化改革的总目标是完善和发展中国特色社会主义制度、推进国家治理体系和治理能力现代化”"),  # 2013's words, quoted
    ("d7-wenlv", "各单位报送信息的截止日期为每月25日"),  # 截止日期
    ("d7-wenlv", "研究研究再定"),  # verb reduplication
    ("d8-guoqi", "时任国务院总理李克强在国务院常务会议上对政府系统作风建设作出部署"),  # 2012 narration, 时任
    ("d8-guoqi", "过去对有的条款理解得不深"),  # 得 complement
    ("d8-guoqi", "2024年4月至7月，集团党委在全体党员中开展了党纪学习教育"),  # the campaign's real months
)


def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_key_classes_cover_every_draft():
    """key-classes.tsv (the blind key) names each draft and at least eleven planted defects in each (118 in the blind
    key, four of them judged debatable afterwards)."""
    rows = key_rows(FOLDER, leave_out=("CONSEQUENTIAL",))
    names = {os.path.basename(s)[:-4] for s in DRAFTS}
    assert {r[0] for r in rows} == names and len(names) == 8 and len(rows) == 118
    planted = [r for r in rows if r[4] != "DEBATABLE"]
    assert all(sum(r[0] == n for r in planted) >= 11 for n in names)


def test_the_fixed_classes_are_found_in_context():
    """The classes this set's fixes added, each in a sentence of its own (not the drafts' words)."""
    text = "\n".join([
        "关于2024年度落实主体责任情况的报告",
        "一、工作情况",
        "结合庆祝新中国成立76周年，开展主题党日活动。",
        "全年组织集中学习不低于12次以上。",
        "如需下载完整版，请联系客服（需VIP）。",
        "中共某局委员会",
        "2024年12月××日",
        "联系人：李某某",
    ])
    codes = {(d.line, d.code) for d in lint_text(text)}
    for expected in [(3, "DJ434"), (4, "DJ602"), (5, "DJ701"), (8, "DJ202")]:
        assert expected in codes, expected
