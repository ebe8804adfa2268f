"""DJ443 句式杂糅, a 以……为 frame whose 为 is dropped (round 12): 以……契机 for 以……为契机, and an event or a
climate a verb makes, framed by 以 with no 为 (开展以……活动, 营造了以“……”的良好氛围 for 以……为主题的活动、
以……为……的氛围).  MixedStructure reads these patterns after mixed.PATTERNS and frames.FRAMES.

Official prose writes the frame whole (以……为契机, 开展以……为主题的……活动); where 以 opens a means with a
verb of its own (以党建引领发展, 以光明开创文明的……活动, 以……的形式开展……活动, 以案促改) or a purpose (以抓住……契机) it is
no frame."""
from __future__ import annotations

from ...engine.kinds import compile_
from .base import Pattern

#: inside one clause (as in mixed.py)
_C = r"[^，,。；;！？!?：:]"

#: 以 as the preposition of 以……为, not in 以及、以上、所以、可以、予以、以期、以便……
_YI = r"以(?<![所可予加难得足借用]以)(?![及上下来后前便外内免致至期求利])"

_QUOTED = compile_(r"“[^”]*”|‘[^’]*’|《[^》]*》")

#: verbs after 以 that make it a purpose (以抓住……契机) or a means with a verb of its own (以党建引领……活动)
_OWN_VERB = compile_(r"抓住|把握|抢抓|抓|利用|用好|借助|乘|趁|错失|失去|创造|提供|寻找|捕捉|赢得|迎来|带来|借|用|"
                     r"引领|促进|推动|带动|助推|助力|提升|推进|服务|保障|赋能|开展|举办|组织|参加|形式|方式|身份|名义")


#: verbs that, after the means 以 takes (a noun first), make 以 a means with a verb of its own: 以光明开创文明 (dev-prec446),
#: 以文明点亮乡村, 以红色资源凝聚人心, 以廉洁文化浸润人心 — the phrase is a clause (means, verb, object) that names what the
#: event does.  Right after 以 (以弘扬……精神的活动) the same verbs are a purpose, which needs 为, so they count only after
#: the means
_MEANS_VERB = compile_(r"开创|点亮|照亮|凝聚|汇聚|激发|激活|书写|谱写|守护|传递|弘扬|传承|涵养|滋养|浸润|铸就|温暖|诠释|彰显|展现")


def _inside_quotes(text: str, at: int) -> bool:
    """Whether ``at`` lies inside “……” or 《……》 (a title quoted whole: 《以……契机……》 is its author's)."""
    return text.count("“", 0, at) > text.count("”", 0, at) or text.count("《", 0, at) > text.count("》", 0, at)


def _no_wei_no_verb(text, m, ctx, p) -> bool:
    """以……契机 (以……活动) whose phrase holds no 为 and no verb of its own outside quotes, and whose 以 is not
    itself quoted; 以X促Y slogans (以案示警以案促改……活动) hold a second 以 or a verb and stay silent."""
    x = _QUOTED.sub("", m.group("x"))
    return ("为" not in x and "為" not in x and "以" not in x and _OWN_VERB.search(x) is None
            and _MEANS_VERB.search(x, 1) is None and not _inside_quotes(text, m.start("yi")))


#: the verbs whose object is an event or a climate that 以……为主题 (以……为……) names
_MAKE = "开展|举办|推出|组织开展|组织|举行|营造|掀起|发起|启动"

#: the literals every match of the event pattern holds (a verb or a count right before 以)
YIWEI_WORDS = tuple(v + w for v in _MAKE.split("|") for w in ("以", "了以")) + ("一项以", "一次以", "一场以", "系列以")

YIWEI = (
    # 以学习贯彻……精神契机: 以……为契机 without its 为
    Pattern(r"(?P<yi>" + _YI + r")(?P<x>" + _C + r"{1,30}?)契(?<![为為]契)机",
            "句式杂糅：“以……契机”缺“为”；改为“以……为契机”", lambda m: m.group(0)[:-2] + "为契机",
            accept=_no_wei_no_verb, needs=("契机",)),
    # 开展以森林防火……活动, 推出了以“……”系列活动, 营造了以“……”的良好氛围: 以 frames the event with no 为
    Pattern(r"(?P<v>" + _MAKE + r")了?(?:的?(?:一项|一次|一场|一系列|系列))?(?P<yi>" + _YI + r")(?P<x>" + _C + r"{2,40}?)"
            r"(?P<n>活动|氛围|热潮)(?=[，,。；;！？!?]|$)",
            "句式杂糅：“{v}以……{n}”里的“以”没有“为”配对；补上“为……”（以……为主题的……），或删去“以”",
            accept=_no_wei_no_verb, needs=YIWEI_WORDS),
)
