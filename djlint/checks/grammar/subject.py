"""DJ444 缺主语: a sentence that opens with 通过/经过/由于/随着/在……下 and goes on with 使/让.

The prepositional phrase swallows the subject: in 通过这次活动，使党员受到了教育 nobody 使.
Looked at sentence by sentence (a sentence ends at 。！？；), after a label (一是、（一）、1.).
"""
from __future__ import annotations

from ...util import zh
from ...engine import Finding, Rule
from ...engine.kinds import compile_
from .text import sentences, words

_LABEL = compile_(zh.BLANK + r"*(?:" + zh.NUMERAL + r"+是[，,]?|第" + zh.NUMERAL + r"+[，,、]|（[" + zh.NUMERAL_CHARS + r"0-9]+）"
                  r"|" + zh.NUMERAL + r"+、|[0-9]+[.．、]|(?:同时|此外|另外|其次|首先|最后|然后)[，,])*" + zh.BLANK + r"*")
#: the opening prepositional phrase up to its comma (在/当/从 only when it closes as such a phrase does)
_OPENING = compile_(
    r"(?P<prep>通过|经过|由于|随着)[^，,。；;！？!?：:]{1,40}?(?=[，,])"
    r"|(?P<prep2>在|当|从)[^，,。；;！？!?：:]{1,40}?(?:下|中|时|后|里|之下|之中|期间|以来)(?=[，,])"
    r"|(?P<prep3>当)[^，,。；;！？!?：:]{1,30}?(?=[，,])")
#: what may stand between the comma and 使/让 in the clause that follows (才使、从而使、进一步让)
_CAUSE = compile_(r"[，,](?:才|就|又|也|还|都|更|便|从而|进而|因而|进一步|大大|极大地?|有效地?|切实|不断|逐步|充分|真正|终于)*"
                  r"(?P<v>使得|使|让)")
#: 通过/经过 + a clause with its own predicate (通过线上渠道及时响应诉求，让……): the subject is
#: only left out, as reports do; the fault is a phrase that ends where 使 begins
_PREDICATE = compile_(r"及时|积极|主动|有效|切实|不断|进一步|全面|深入|认真|大力|着力|广泛|充分|持续|迅速|先后|累计|已经|均已"
                      r"|实现|完成|提升|提高|增强|推动|确保|做到")
#: 通过/经过 + 使/让 inside the first clause, no comma (通过开展活动使党员受到教育)
_INLINE = compile_(r"(?P<prep>通过|经过)[^，,。；;！？!?：:]{2,30}?(?P<v>使得|使|让)")


class SwallowedSubject(Rule):
    """语病：缺主语（通过……，使……；经过……，使……；由于……，使……；在……下，使……）

    ## 检查内容
    句子以“通过、经过、由于、随着、当”或“在……下（中）”开头，逗号后紧接着“使、让、使得”（或在第一个
    分句里就出现“使”），整句没有主语。句子前面有主语的不报（“我们通过……，使……”“要通过……，让……”）；
    “通过”后面的分句自己有谓语的不报（“通过线上渠道及时响应诉求，让群众少跑腿”，主语只是承前省略）。

    ## 为什么
    介词短语不能作主语，“使”前面的主语被介词“吞”掉了，这是病句修改题里最常见的一类。

    ## 修复说明
    只作建议：删去“使/让”，或删去开头的“通过/经过”让后面的名词作主语。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“成分残缺（缺主语）”；吕叔湘、朱德熙《语法修辞讲话》。
    """

    code = "DJ444"
    name = "swallowed-subject"
    severity = "warning"
    fix = "never"
    source = "黄伯荣、廖序东《现代汉语》（成分残缺：缺主语）；吕叔湘、朱德熙《语法修辞讲话》"
    prefilter = compile_("使|让")

    def check_paragraph(self, p, ctx):
        text = p.text
        for s, e in sentences(text):
            lab = _LABEL.match(text, s, e)
            start = lab.end() if lab else s
            found = self._check(text, start, e)
            if found is None:
                continue
            vs, ve, prep = found
            w = words(ctx, p)
            if not w.is_word(vs, ve):
                continue  # 使用、使命、行使、让步……
            v = text[vs:ve]
            other = f"，或删去“{prep}”让后面的名词作主语" if prep in ("通过", "经过") else ""
            yield Finding(p, start, ve, f"缺主语：“{prep}……”开头的句子又用“{v}”，“{v}”前面没有主语；删去“{v}”{other}")

    @staticmethod
    def _check(text: str, start: int, end: int):
        m = _INLINE.match(text, start, end)
        if m:
            if not _PREDICATE.search(text, m.end("prep"), m.start("v")):
                return m.start("v"), m.end("v"), m.group("prep")
        m = _OPENING.match(text, start, end)
        if not m:
            return None
        prep = m.group("prep") or m.group("prep2") or m.group("prep3")
        if m.group("prep") in ("通过", "经过") and _PREDICATE.search(text, m.start(), m.end()):
            return None
        c = _CAUSE.match(text, m.end(), end)
        if not c:
            return None
        return c.start("v"), c.end("v"), prep
