"""DJ443 patterns: a 以……为 frame whose 以 is dropped after 坚持, 要, 实行 (要习近平新时代中国特色社会主义思想
为指导, 坚持……精神为指导, 实行“研训一体化”为核心的培训).

mixed.py reads the frame after the verbs that may stand for 以 (围绕、按照、把……) and after the event verbs
(开展……为主题的); these three take the frame's object straight (坚持以……为指导, 要以……为主线, 实行以……为核心
的……) and say nothing with it alone.  In published official text (published 1-46, corpus, samples) the
shape stands twice, both times the same fault (坚持“……”为指导思想, 坚持“……”为主线); 要 of 要求 and 为 of
行为 are no part of it (基本要求为切入点, 遵守行为准则).
"""
from __future__ import annotations

from .base import Pattern

_C = r"[^，,。；;！？!?：:]"
#: the frame's nouns that these verbs take (以……为指导, 为主线, 为核心, 为重点)
_NOUNS = ("指导", "主线", "核心", "重点", "中心", "统领", "引领", "根本遵循", "遵循", "导向", "目标", "主题")
#: 要 as a modal, not a word's first or second character (要求、要点、重要、主要、需要、只要)
#: (the test of the character before is a lookbehind after 要: the alternation's branches all begin with a literal,
#: which the search jumps to, instead of being tried at every character)
_YAO = r"要(?<![主重需只纲摘提扼紧必不想还首次简概显将就也更都又才总为切]要)(?![求素点件害闻务道员领目职略紧是]|坚持|实行|推行)"


def _no_yi(text, m, ctx, p) -> bool:
    """No 以 in the clause before the frame's 为 (以……重要讲话精神为指导: 要 inside a word split by a blank
    belongs to a whole frame; 以及 is no 以)."""
    start = max(text.rfind(c, 0, m.start()) for c in "，,。；;！？!?：:") + 1
    return "以" not in text[start:m.start("n")].replace("以及", "")


PATTERNS = (
    Pattern(r"(?P<v>坚持|" + _YAO + r"|实行|推行)(?!以)(?P<x>" + _C + r"{2,30}?)"
            r"(?<![作成视称认化分列定改选评立划变转升名任奉推誉拟译缩聘因以行])为(?P<n>" + "|".join(_NOUNS) + r")",
            "句式杂糅：“{v}……为{n}”缺“以”，和“以……为{n}”揉在一起；改为“{v}以……为{n}”", accept=_no_yi,
            needs=tuple("为" + n for n in _NOUNS)),
)
