"""DJ443 句式杂糅: 把（将、对）…… run into a 被 sentence (session 12, from faults23, three of its four 杂糅 rows).

把（将）X V puts X before the verb as what is done to; X 被 V does the same with X as the subject.  One
clause with both has two frames for one patient: 把收缴的款项被全部上缴 → 把收缴的款项全部上缴 (or 收缴的款项被
全部上缴); 对……等各被罚款 → 对……等各罚款 (or ……等各被罚款).  Textbooks list it as the blend of the 把 and
the 被 sentence (黄伯荣、廖序东《现代汉语》 病句：句式杂糅).

Told only where 被 takes a verb of what is done to a person (对: 处分、罚款、评为……, and 对 takes people) or to
money and goods (把、将: 上缴、没收、提走……, and the 把 phrase has no verb of its own): with another verb the 被
phrase is most often inside the object (对群众被骗问题开展排查, 把被评为先进的事迹宣传好), and after a 把 phrase
with its own verb a 被 begins another predicate (将……纳入网格管理被评为示范点: a comma left out).
"""
from __future__ import annotations

from .base import Pattern

#: inside one clause (as in mixed.py)
_C = r"[^，,。；;！？!?：:被的]"
#: what is done to a person: a sanction, a transfer, an award (对……被给予处分, 对……被评为……)
_TO_PERSON = (r"罚款|处以|给予|处分|追究|问责|撤职|开除|免职|降级|诫勉|约谈|通报批评|立案|移送|判处|责令|留党察看|"
              r"警告|记过|记大过|评为|授予|表彰|嘉奖|提拔|任命")
#: what is done to money and goods (把收缴的款项被上缴)
_TO_THINGS = (r"上缴|收缴|没收|追回|退还|挥霍|侵占|挪用|提走|拿走|偷走|骗走|取走|带走|运走|抢走|收回|冻结|销毁|拆除|"
              r"清退|查封|扣押")
_ADV = r"(?:全部|已经|已|都|均|各|分别|一并|及时|依法|统一|先后|也|又)*"
#: 将 as “will” or in a word (将近、将来、将领) takes no object
_NOT_JIANG = r"将(?<![即必终也并还又亦都均仍或势]将)(?!会|要|于|在|被|有|是|由|近|来|领|军|士|以|其|继续|进一步)"
#: 对 as a preposition (not 对照、对接、针对、反对、相对……; 对被…… is 对 + a 被 phrase modifying its object)
_DUI = r"对(?<![针相绝反面应核校比一不]对)(?![照接于此其待象话外内付应口比称立抗手方岸联比面标表])"


def _no_de_after(text, m, ctx, p) -> bool:
    """对……被给予处分 ends the clause: a 的 after the verb makes the 被 phrase a modifier (对党员被给予处分的情况进行通报)."""
    end = min((i for i in (text.find(c, m.end()) for c in "，,。；;！？!?：:") if i >= 0), default=len(text))
    return "的" not in text[m.end():end]


#: who 对 takes when 被 follows: people, named or counted (对……等各被罚款, 对违规的2名干部分别被给予处分); a 对 phrase
#: that ends otherwise is an adjective's (他对工作认真负责多次被评为先进: a comma left out, no blend)
_PERSONS = ("党员", "干部", "同志", "人员", "职工", "员工", "群众", "村民", "居民", "学生", "教师", "负责人", "书记", "主任",
            "个人", "单位", "支部", "企业", "等", "人")
_EACH = ("分别", "各", "均", "都", "也", "已", "已经", "先后", "同时")


def _dui_takes_persons(text, m, ctx, p) -> bool:
    """The 对 phrase ends in people (see _PERSONS) and the clause ends at the verb's object (_no_de_after)."""
    x = m.group("x")
    for w in sorted(_EACH, key=len, reverse=True):
        if x.endswith(w):
            x = x[:-len(w)]
            break
    return x.endswith(_PERSONS) and _no_de_after(text, m, ctx, p)


#: a verb of the 把 phrase's own (把……纳入……, 将……移交……, 把……作为……): the 把 phrase is whole, a 被 after it
#: begins another predicate with a comma left out
_OWN_VERB = "到给入成为在作交送了着过"


def _ba_has_no_verb(text, m, ctx, p) -> bool:
    return not any(c in m.group("x") for c in _OWN_VERB) and _no_de_after(text, m, ctx, p)


PATTERNS = (
    # 对违反规定的3名党员被给予处分; 对……等各被罚款20元
    Pattern(r"(?P<b>" + _DUI + r")(?!被)(?P<x>[^，,。；;！？!?：:被]{2,40}?)被" + _ADV + r"(?P<v>" + _TO_PERSON + r")",
            "句式杂糅：“对……”与“……被{v}”两种说法揉在一起；删去“被”（对……{v}），或删去“对”（……被{v}）",
            accept=_dui_takes_persons, needs=("被",)),
    # 把收缴的违纪款项被全部上缴; 将……被依法没收
    Pattern(r"(?P<b>把(?<![一]把)|" + _NOT_JIANG + r")(?!被|握|关|手|控|脉|守|持|玩|式|柄|戏)(?P<x>[^，,。；;！？!?：:被]{2,40}?)被"
            + _ADV + r"(?P<v>" + _TO_THINGS + r")",
            "句式杂糅：“{b}……”与“……被{v}”两种说法揉在一起；删去“被”（{b}……{v}），或删去“{b}”（……被{v}）",
            accept=_ba_has_no_verb, needs=("被",)),
    # 误把一头病猪，被……提走: the 把 phrase has no verb of its own, the next clause opens with 被
    Pattern(r"(?P<b>把(?<![一]把))(?!被|握|关|手|控|脉|守|持|玩)(?P<x>" + _C + r"{0,30}的" + _C + r"{1,6})[，,]被"
            r"[^，,。；;！？!?：:]{0,20}?(?P<v>" + _TO_THINGS + r")",
            "句式杂糅：“把……”后面没有动词，又接“被……{v}”；删去“把”（……被……{v}），或改为“把……{v}”",
            accept=lambda text, m, ctx, p: not any(c in m.group("x") for c in _OWN_VERB), needs=("被",)),
)

#: the literal words a paragraph must hold for one of the patterns (the rule's prefilter)
TRIGGERS = ("被",)
