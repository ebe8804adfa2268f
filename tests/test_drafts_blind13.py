"""Eight drafts written blind (session 13): the defects were planted by someone who had not read the rules,
the README's rule table or the code, from what office staff leave in drafts and reviewers circle:
a 社区 党支部's 2026 summary, a 国企 subsidiary's 2026 half-year 党风廉政 summary, a 副局长's 2025
述责述廉, a 县直部门's 2026 主体责任 report, a school 党委's 巡察整改 progress report, a hospital 党委's
2027 要点, a 乡镇's 2025 意识形态 report and a 2026 主题党日 news item.  The key is written into the drafts
(fixtures/build_drafts.py's marks): ``[[DJxxx:…]]`` found today, ``[[~DJxxx:…]]`` a planted defect djlint
still misses (the code is the rule that would own it; a known gap, not asserted), ``[[?DJxxx:]]`` a finding
the key judges debatable.  Correct look-alikes are unmarked text and must stay silent: ``LOOKALIKES``
names them.  Built as .docx the way Word and WPS write them (runs cut mid-word, a table, Word's automatic
numbering on the hospital plan's headings) and as the pasted plain text."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import planted_counts, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind13")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d1-shequ", "研究研究"),                      # a verb doubled on purpose, not a slip
    ("d1-shequ", "直达目的地"),                    # 目的地 is a word, not 的 for 地
    ("d1-shequ", "“1+X”共建模式，即1个社区党支部联系X个共建单位"),  # X is the model's variable
    ("d1-shequ", "2019年支部开展“不忘初心、牢记使命”主题教育时建立的"),  # a past campaign told as past
    ("d3-shuze", "深入贯彻中央八项规定精神学习教育"),  # the 2025 campaign in a 2025 report
    ("d3-shuze", "2015年，李克强总理在政府工作报告中"),  # the post of that year
    ("d3-shuze", "截止日期"),                      # 截止 is right before 日期
    ("d3-shuze", "本人没有不按规定报告个人有关事项的情况"),  # a double negative meaning what it says
    ("d4-zhuti", "推进“两学一做”学习教育常态化制度化"),  # still the 党员教育管理工作条例's words (2019, art. 3)
    ("d6-yiyuan", "党委领导下的院长负责制"),
    ("d6-yiyuan", "建军100周年"),                  # 1927-2027
    ("d6-yiyuan", "的的确确"),
    ("d6-yiyuan", "全面建成小康社会"),             # the 十八大's aim, told as history
    ("d6-yiyuan", "能否把党建工作与业务工作深度融合，是公立医院高质量发展的关键"),  # 关键 has two sides
    ("d7-yishi", "习近平文化思想"),
    ("d7-yishi", "意识形态工作是党的一项极端重要的工作"),
    ("d8-xinwen", "长征胜利90周年"),               # 1936-2026
    ("d8-xinwen", "协调推进全面建成小康社会、全面深化改革、全面推进依法治国、全面从严治党"),  # 2014's words
    ("d8-xinwen", "坚定不移地"),
)



def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_drafts_plant_12_to_20_defects_each(tmp_path):
    counts = planted_counts(DRAFTS, str(tmp_path))
    assert len(DRAFTS) == 8 and all(12 <= n <= 21 for n in counts), counts
