"""DJ441 patterns: one verb said on both sides of its object (传承红色基因传承, 提高处置初起火灾处置能力),
two verbs of one meaning side by side (确保保障, 强化加强).

A verb that names an action and is written again at the end of the object it governs: the second
one adds nothing (传承红色基因传承 → 传承红色基因) or turns the object into a noun phrase the first
verb already named (提高处置……处置能力 → 提高……处置能力).  Only verbs published official text never
writes twice in one clause (published 1-46, corpus, samples: 0 of each) and only when no other verb
stands between (小街区提升等……推进品质提升: the second 提升 is 推进's object, a noun), nor 或, 是, a
bracket or an ellipsis (已经完成或超额完成, 已完成（含基本完成）, 推进……工作的开展……开展了: text left out).  开展 and 完成 stand twice in official text three times, each
a fault (开展国家工作人员开展旁听庭审活动, 完成招商引资完成目标任务).
"""
from __future__ import annotations

from .base import Pattern

#: verbs of an action done to an object; not those reports also use as a noun or a verb's object
#: at the end of a phrase often (学习、组织、教育、建设、服务、宣传、部署、落实)
_VERBS = ("传承", "启动", "处置", "对标", "营造", "打造", "弘扬", "巩固", "举办", "深化", "强化", "增强", "提高", "提升", "开展", "完成")
#: a verb between the two that the second one may be the object of (推进……提升, 以……促……提升)
_OTHER_VERB = r"推进|推动|开展|实现|促进|加强|加快|助力|带动|服务|以|为|把|将|对|让|使|促"

#: verbs of one meaning that drafts set side by side (确保保障电网安全, 强化加强教育): each group one meaning
#: (《现汉》: 确保 = 切实保持或保证; 强化 = 加强); none of the pairs is in published official text
_SAME_VERBS = (("确保", "保障", "保证"), ("加强", "强化"), ("提高", "提升", "增强"),
               # the courtesies of an invitation (《现汉》: 光临 = 敬辞，称宾客来到; 惠顾 = 敬辞，多用于商店对顾客)
               ("光临", "惠顾", "莅临"))
_SAME_PAIRS = tuple(sorted(a + b for g in _SAME_VERBS for a in g for b in g if a != b))

#: the verbs of carrying out a decision (《现汉》: 贯彻 = 彻底实现或体现; 落实 = 使计划、政策等得以实现; 实施 = 实行;
#: 执行 = 实施、实行): two of them are the set phrases of reports (贯彻落实、贯彻执行、贯彻实施、遵照执行), a third
#: says it again (贯彻实施落实 → 贯彻落实); none of the triples is in the corpus or published 57-68
_CARRY_OUT = ("贯彻", "落实", "实施", "执行", "实行", "遵照", "遵循")
_CARRY_OUT_RE = "|".join(_CARRY_OUT)
#: what makes the third verb the head of a noun (贯彻落实实施方案, 落实执行情况: two verbs and their object)
_CARRY_NOUN = ("方案|意见|细则|办法|纲要|计划|条例|规划|情况|机制|力|效果|效率|主体|单位|工作|责任|范围|过程|进度|阶段|步骤|标准|"
               "要求|措施|层面|环节|能力|人员|部门|期|中|者|率|费|时|制度|程序|要点|清单|路径|的|性|难|不力|不到位|成效|偏差|问题")
_CARRY_PAIRS = tuple(a + b for a in _CARRY_OUT for b in _CARRY_OUT if a != b)


def _three_different(text, m, ctx, p) -> bool:
    return len({m.group("a"), m.group("b"), m.group("c")}) == 3


PATTERNS = (
    # (a half-width full stop before Chinese ends a sentence: ……任务1276.已完成……, not a decimal point; a tab ends a
    # clause: the cells of a table row in a .txt, 完成时限<TAB>完成情况)
    Pattern(r"(?P<w>" + "|".join(_VERBS) + r")(?:(?!" + _OTHER_VERB + r"|\.[一-龥])[^，,。；;！？!?：:、“”和与及并或的在是（）()…\t]){1,30}?"
            r"(?P<second>(?P=w))",
            "“{w}”在一个分句里说了两次（{w}……{w}），删去后一个", span="second", needs=_VERBS, twice=True),
    # (确保保障房: 保障房、保障性住房 are nouns of their own)
    Pattern(r"(?P<w>" + "|".join(_SAME_PAIRS) + r")(?![房性金卡线])", "“{w}”两个动词意思相同，连用重复，删去一个", needs=_SAME_PAIRS),
    Pattern(r"(?P<a>" + _CARRY_OUT_RE + r")(?P<b>" + _CARRY_OUT_RE + r")(?P<c>" + _CARRY_OUT_RE + r")(?!" + _CARRY_NOUN + r")",
            "“{a}{b}{c}”三个意思相近的动词连用，重复：删去一个，留常用的两个（贯彻落实、贯彻执行、遵照执行）",
            accept=_three_different, needs=_CARRY_PAIRS),
)
TRIGGERS = _VERBS + _SAME_PAIRS + _CARRY_PAIRS
