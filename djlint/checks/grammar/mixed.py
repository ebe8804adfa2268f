"""DJ443 句式杂糅: two ways of saying a thing run together in one sentence."""
from __future__ import annotations

from ...engine.kinds import compile_
from .base import SOURCE_TEXTBOOK, Pattern, PatternsRule, drop

#: inside one sentence (no sentence mark) / inside one clause
_S = r"[^。；;！？!?]"
_C = r"[^，,。；;！？!?：:]"


def _no_yi(text, m, ctx, p) -> bool:
    """关键在于以……为重点 is a whole 以……为 frame: not mixed."""
    return "以" not in m.group(0)


def _no_you(text, m, ctx, p) -> bool:
    """原因是……，是由……造成的: the second clause is a whole 由……造成 frame."""
    return _YOU.search(m.group(0)) is None


_YOU = compile_(r"由(?!于)|被")


def _not_yi_wei(text, m, ctx, p) -> bool:
    """以党建为引领起到……作用: 为 belongs to 以……为, it is no preposition."""
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return "以" not in text[clause_start:m.start()]


PATTERNS = (
    Pattern(r"原因[，,]?(?:主要|就|还|正)?(?:是|在于)" + _S + r"{1,40}?(?:造成|引起|导致|所致)的?(?=[，,。；;！？!?]|$)",
            "句式杂糅：“原因是……”与“……造成的”杂糅，删去“造成的”一类词，或改为“……是由……造成的”",
            accept=_no_you),
    Pattern(r"(?<![作成认称以因较极更最尤甚广视行])[为為](?![了主准例此何止人民期由之])" + _C + r"{1,30}?起到" + _C + r"{0,15}?作用",
            "句式杂糅：“为……起到……作用”，改为“对……起到……作用”或“为……发挥……作用”", accept=_not_yi_wei),
    Pattern(r"(?:转化|转变|转换)为" + _C + r"{1,30}?上来",
            "句式杂糅：“转化为……”与“转到……上来”杂糅，删去“上来”或改为“转到……上来”"),
    Pattern(r"关键在于" + _S + r"{1,40}?(?:为重点|为关键|起决定性作用|是关键)",
            "句式杂糅：“关键在于……”与“以……为重点（起决定性作用）”杂糅，保留其中一种说法", accept=_no_yi),
    Pattern(r"(?:旨在|目的是|目的在于)" + _S + r"{1,30}?为目的",
            "句式杂糅：“旨在（目的是）……”与“以……为目的”杂糅，保留其中一种说法"),
    Pattern(r"深受" + _C + r"{1,20}?所(?:欢迎|喜爱|喜欢|好评|称赞|称道|拥护|青睐|赞誉|信赖)",
            "句式杂糅：“深受……欢迎”与“为……所欢迎”杂糅，删去“所”", drop("所")),
    Pattern(r"(?:大多|大都|主要|多数|基本)(?:是|都是|都)?以" + _C + r"{1,20}?为主(?![题体导线要干流力业任席管])",
            "句式杂糅：“主要（大多）……”与“以……为主”重复，删去“主要（大多）”或改为“以……为主”"),
    Pattern(r"本着" + _C + r"{1,30}?为原则", "句式杂糅：“本着……的原则”与“以……为原则”杂糅，改为其中一种"),
    Pattern(r"之所以" + _S + r"{1,40}?的原因(?:是|在于|就是)",
            "句式杂糅：“之所以……，是因为……”与“……的原因是……”杂糅，保留其中一种说法"),
)


class MixedStructure(PatternsRule):
    """语病：句式杂糅（原因是……造成的、为……起到……作用、转化为……上来、关键在于……为重点）

    ## 检查内容
    一句话里把两种说法揉在一起：
    - “原因是……造成的（引起的、所致）”：原因是 + 判断，和“是由……造成的”杂糅；
    - “为……起到……作用”：应为“对……起到……作用”或“为……发挥……作用”；“以……为引领起到作用”的“为”不报；
    - “转化为……上来”：“转化为……”和“转到……上来”杂糅；
    - “关键在于……为重点（起决定性作用）”：“关键在于以……为重点”是完整的框式，不报；
    - “旨在……为目的”“深受……所欢迎”“主要以……为主”“本着……为原则”“之所以……的原因是”。

    ## 为什么
    句式杂糅读起来“差不多通”，所以最容易漏过；审稿人会把两种说法拆开，只留一种。

    ## 修复说明
    只作建议：两种说法留哪一种要看上下文。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“句式杂糅”；吕叔湘、朱德熙《语法修辞讲话》；《咬文嚼字》公文病句分析。
    """

    code = "DJ443"
    name = "mixed-structure"
    fix = "sometimes"
    source = SOURCE_TEXTBOOK
    triggers = ("原因", "起到", "上来", "关键在于", "为目的", "深受", "为主", "为原则", "之所以")
    patterns = PATTERNS
