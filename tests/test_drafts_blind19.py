import pytest

"""Eight drafts written blind (blind19, session 15): the defects were planted by someone who had not read the
rules, the README's rule table or the code, from what office staff leave in drafts and reviewers circle: a 市直机关工委
2026 年度总结, a 高校二级学院党委书记's 2026 抓基层党建述职, a 县农业农村局党组's 巡察整改情况报告 (with its 整改台账
table), a 社区党委's “两优一先” 先进事迹材料, a 乡镇's 2026 防汛救灾总结, a 市场监管局党组's 2026 理论学习中心组学习计划,
a 医院党委班子's 民主生活会对照检查材料 and a 村党总支's “三会一课” 自查报告.  The key is written into the drafts
(fixtures/build_drafts.py's marks): ``[[DJxxx:…]]`` found, ``[[~DJxxx:…]]`` a planted defect djlint still misses
(the code is the rule that would own it: a known gap, not asserted), ``[[?DJxxx:…]]`` a finding the key judges
debatable (能否……是……的关键所在, two-sided on both ends after all; “研究研究”“再议再议” quoted as empty talk).
``key-classes.tsv`` beside them gives each planted defect's class and fix; ACCIDENTAL rows are true defects the
blind key had not planted (six 小标题 ending in 。, a 述职报告 without 以上述职，请予评议).  Correct look-alikes are
unmarked text and must stay silent: ``LOOKALIKES`` names them.  Built as .docx the way Word and WPS write them
(runs cut mid-word, a table in the 巡察整改 report, Word's automatic numbering on three drafts' headings) and as
plain text."""
import os

from djlint.lint import lint_text
from fixtures.build_drafts import key_rows, sources, touched

FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "drafts", "blind19")
DRAFTS = sources(FOLDER)

#: correct prose that looks like a defect: (draft, the words); no finding may touch them
LOOKALIKES = (
    ("d1-jiguan-zongjie", "回顾“十四五”时期，市直机关党建工作从“有形覆盖”走向“有效覆盖”"),
    ("d1-jiguan-zongjie", "2016年开展“两学一做”学习教育以来"),
    ("d1-jiguan-zongjie", "的确取得了实实在在的成效"),
    ("d1-jiguan-zongjie", "在全市机关开展“机关党支部书记讲党课”活动，评选优秀党课32堂"),
    ("d1-jiguan-zongjie", "推动党的创新理论进机关、进支部、进头脑"),
    ("d1-jiguan-zongjie", "对群众反映的问题，不能一句“研究研究”就搁置不办"),
    ("d1-jiguan-zongjie", "打造“1+X”机关党建品牌矩阵，即1个工委总品牌加若干部门子品牌"),
    ("d1-jiguan-zongjie", "截至目前"),
    ("d1-jiguan-zongjie", "之所以能取得这样的成效，是因为我们始终把群众反映的问题当作工作的出发点"),
    ("d1-jiguan-zongjie", "能否把服务群众落到实处，关键在于能否真正沉下身子、深入一线"),
    ("d1-jiguan-zongjie", "这些问题的产生不是偶然的，不可避免地与少数同志思想认识不到位有关"),
    ("d1-jiguan-zongjie", "必须切实防止形式主义问题反弹回潮"),
    ("d1-jiguan-zongjie", "无时无刻不把纪律规矩挺在前面"),
    ("d2-xueyuan-shuzhi", "带领学生重走长征路，把红色教育基地作为暑期实践的目的地"),
    ("d2-xueyuan-shuzhi", "全面推行“1+X”证书制度试点"),
    ("d2-xueyuan-shuzhi", "2025—2026学年第二学期，学院组织开展意识形态风险排查2次"),
    ("d2-xueyuan-shuzhi", "对学生反映的问题建立台账、有的放矢地加以解决"),
    ("d2-xueyuan-shuzhi", "学生党员在“心得体会”中写道：“通过学习，我更加坚定了理想信念。”"),
    ("d2-xueyuan-shuzhi", "明确“党委会议先议、党政联席会议后决”的决策程序"),
    ("d2-xueyuan-shuzhi", "加强党外知识分子联系服务，学院现有党外高层次人才11人"),
    ("d2-xueyuan-shuzhi", "毕业论文提交截止日期前"),
    ("d2-xueyuan-shuzhi", "X射线衍射仪等大型设备"),
    ("d2-xueyuan-shuzhi", "正如党的十九大报告所指出的，“中国特色社会主义进入了新时代”"),
    ("d2-xueyuan-shuzhi", "2013年，时任国务院总理李克强在考察高校时强调要加强职业教育"),
    ("d2-xueyuan-shuzhi", "能否培养出德才兼备的高素质人才，关键在于能否落实好立德树人根本任务"),
    ("d3-xuncha-zhenggai", "全年交流轮岗干部9人，其中跨科室交流6人"),
    ("d3-xuncha-zhenggai", "结对帮带年轻干部14名，做到有的放矢、因人施教"),
    ("d3-xuncha-zhenggai", "严格执行干部选拔任用工作“四项监督制度”，坚决防止“带病提拔”"),
    ("d3-xuncha-zhenggai", "对反馈意见中“整改方案报送截止日期”等时限要求"),
    ("d3-xuncha-zhenggai", "截至目前未发生一起逾期报送情况"),
    ("d3-xuncha-zhenggai", "之所以能够按期完成，是因为局党组把整改工作纳入每周例会督办"),
    ("d3-xuncha-zhenggai", "按照有关规定严肃追责问责，决不搞“下不为例”"),
    ("d3-xuncha-zhenggai", "把巡察整改与深化改革、完善制度、促进发展结合起来"),
    ("d3-xuncha-zhenggai", "坚决防止问题反弹回潮"),
    ("d4-shequ-shiji", "社区党委始终坚持把党的领导贯穿基层治理全过程"),
    ("d4-shequ-shiji", "帮助老人乘坐助老出行车安全抵达目的地"),
    ("d4-shequ-shiji", "定期召开网格党支部书记例会，研究解决居民反映的问题"),
    ("d4-shequ-shiji", "在每年医保缴费截止日期前，网格员逐户上门提醒"),
    ("d4-shequ-shiji", "2019年开展“不忘初心、牢记使命”主题教育以来"),
    ("d4-shequ-shiji", "2021年7月1日，在庆祝中国共产党成立100周年大会上，习近平总书记发出了“以史为鉴、开创未来”的号召"),
    ("d4-shequ-shiji", "社区党委书记李芳同志说：“群众的事，再小也要研究研究，不能拖着不办。”"),
    ("d4-shequ-shiji", "做到小事不出网格、大事不出社区、矛盾不上交"),
    ("d4-shequ-shiji", "社区党委推行“1+N”服务模式，即1个党群服务中心联动N个小区服务站"),
    ("d4-shequ-shiji", "有的居民起初不理解，社区干部就一次次上门做工作，的确感动了不少人"),
    ("d5-fangxun-zongjie", "镇党委坚持把防汛救灾作为检验“四个意识”的试金石"),
    ("d5-fangxun-zongjie", "班子成员分片包干、深入一线"),
    ("d5-fangxun-zongjie", "2016年7月，时任国务院总理李克强到我省察看灾情时强调，要把保障人民群众生命安全放在首位"),
    ("d5-fangxun-zongjie", "国务院总理李强对做好防汛救灾工作作出批示"),
    ("d5-fangxun-zongjie", "镇党委把防汛一线作为检验干部作风的主战场，对表现突出的12名干部予以通报表扬"),
    ("d5-fangxun-zongjie", "把救灾物资按时送到每个安置点的目的地"),
    ("d5-fangxun-zongjie", "镇纪委全程监督救灾资金和物资发放，防止出现截留挪用问题"),
    ("d5-fangxun-zongjie", "之所以能在短时间内完成转移，是因为我们提前制定了“一户一策”方案"),
    ("d5-fangxun-zongjie", "截至9月30日汛期结束，全镇没有发生一起因灾死亡事件"),
    ("d5-fangxun-zongjie", "灾后，镇党委及时召开专题会议进行复盘"),
    ("d5-fangxun-zongjie", "认真总结经验教训"),
    ("d5-fangxun-zongjie", "这些问题在一定程度上影响了防汛工作的整体效能，必须认真加以解决"),
    ("d5-fangxun-zongjie", "决不能因为今年没有发生人员伤亡就放松警惕"),
    ("d6-shichang-xuexi", "重温党的十九大报告关于“全面从严治党永远在路上”的重要论断"),
    ("d6-shichang-xuexi", "守住不发生系统性区域性食品安全风险的底线"),
    ("d6-shichang-xuexi", "回顾“十四五”时期全市市场监管工作的成绩和不足"),
    ("d6-shichang-xuexi", "谋划好“十五五”开局之年的工作思路"),
    ("d6-shichang-xuexi", "把学习成果转化为谋划工作的思路、推动工作的措施、解决问题的本领"),
    ("d6-shichang-xuexi", "年底前形成调研成果并在中心组会议上交流"),
    ("d6-shichang-xuexi", "2018年，党中央修订印发《中国共产党纪律处分条例》"),
    ("d6-shichang-xuexi", "2023年12月，党中央再次修订该条例"),
    ("d6-shichang-xuexi", "办公室负责建立学习档案，年底前将全年学习情况形成报告报市委宣传部"),
    ("d6-shichang-xuexi", "对安排的学习内容，不能“研究研究”就推后，确需调整的报党组书记同意"),
    ("d7-yiyuan-duizhao", "班子成员之间、班子成员与分管科室负责人之间普遍开展了谈心谈话"),
    ("d7-yiyuan-duizhao", "已逐条认领、明确整改责任人和完成时限"),
    ("d7-yiyuan-duizhao", "有的同志讲起来头头是道，落实起来却打了折扣"),
    ("d7-yiyuan-duizhao", "放射科X线、CT检查预约时间已由平均5天缩短到2天"),
    ("d7-yiyuan-duizhao", "有的同志对“打招呼”“托关系”的现象碍于情面，不得不应付"),
    ("d7-yiyuan-duizhao", "对此必须坚决防止发生，避免出现新的风险隐患"),
    ("d7-yiyuan-duizhao", "2020年，时任中央纪委书记赵乐际在十九届中央纪委四次全会上对整治群众身边腐败和作风问题作出部署"),
    ("d7-yiyuan-duizhao", "有的同志认为业务抓上去了，党建自然就好了"),
    ("d7-yiyuan-duizhao", "确保不流于形式"),
    ("d7-yiyuan-duizhao", "不得不承认"),
    ("d8-cun-sanhui", "建立了会前报告、会中记录、会后归档的工作流程"),
    ("d8-cun-sanhui", "由村党总支组织委员负责日常督促检查"),
    ("d8-cun-sanhui", "党费收缴截止日期为每月25日"),
    ("d8-cun-sanhui", "村党总支把“三会一课”与主题党日、“1+X”党员积分管理结合起来"),
    ("d8-cun-sanhui", "对表现好的党员给予积分奖励，的确调动了党员参与的积极性"),
    ("d8-cun-sanhui", "在县委组织部组织的2025年度考核中，东坡村党总支被评为“先进基层党组织”"),
    ("d8-cun-sanhui", "截至6月30日，3个支部均建立了规范的“三会一课”工作台账"),
    ("d8-cun-sanhui", "从自查情况看，全村党员参加组织生活的积极性总体较高"),
    ("d8-cun-sanhui", "在疫情后经济恢复、人居环境整治、移风易俗等工作中发挥了带头作用"),
    ("d8-cun-sanhui", "但对照条例要求，仍有一些不容忽视的问题"),
    ("d8-cun-sanhui", "但党员活动室兼作村民议事室和调解室，“一室多用”的情况较为普遍"),
    ("d8-cun-sanhui", "有的党员反映活动室位置偏远，老年党员参加活动不太方便"),
    ("d8-cun-sanhui", "有的同志说“村里事多，党的会议可以往后放一放”，这种想法必须纠正"),
)


def _id(src: str) -> str:
    return os.path.basename(src)[:-4]




@pytest.mark.slow
def test_the_lookalikes_stay_silent():
    assert touched(DRAFTS, LOOKALIKES, lint_text) == []


def test_the_key_classes_cover_every_draft():
    """key-classes.tsv (the blind key) names each draft and at least twelve planted defects in each."""
    planted = key_rows(FOLDER, leave_out=("DEBATABLE", "ACCIDENTAL"))
    names = {_id(s) for s in DRAFTS}
    assert {r[0] for r in planted} == names and len(names) == 8
    assert all(sum(r[0] == n for r in planted) >= 12 for n in names)
