"""DJ448 数目不符: a count announced before a colon (以下三个方面：, 要做到“五抓”：) and the
一是、二是… items that follow it do not agree."""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...util import zh
from .text import numeral_value

#: the count and its measure: 三个方面, 四项工作, 两点意见, 五大任务, 三句话, “五抓”, 六个坚持
_ANNOUNCE = compile_(
    r"(?P<n>[一二两三四五六七八九十]{1,2}|[0-9]{1,2})"
    r"(?:个方面|方面|项|点|条|大|句话|个(?=[\u4e00-\u9fff]{1,4}[”」]?[：:])|抓(?=[”」]?[：:]))"
    r"[^，,。；;！？!?：:]{0,10}?[”」]?[：:]")
_ITEM = compile_(r"(?P<n>" + zh.NUMERAL + r"{1,2})是")
_CN = zh.NUMERAL_CHARS


def _label(k: int) -> str:
    return _CN[k - 1] if k <= 10 else "十" + _CN[k - 11]


class CountMismatch(Rule):
    """语病：数目不符（“以下三个方面：”后面却有四个“一是、二是……”）

    ## 检查内容
    冒号前宣布了数目（三个方面、四项工作、两点意见、五大任务、“五抓”），冒号后紧接着“一是、二是……”列举，
    列举的项数与宣布的数目不符。列举接在冒号后面，可以在同一段，也可以每项另起一段（每段以“二是”“三是”开头）。
    不报：冒号后不紧跟“一是”的（数目后面没有列举）、“以下几个方面”这样没有数目的、“等五个方面”
    这样数目在列举之后的。

    ## 为什么
    说“三个方面”却列了四条，审稿人会当作硬伤退回：不是数目写错，就是漏了一条或多了一条。

    ## 修复说明
    只作建议：改数目还是补（删）一项，要看原意。

    ## 依据
    《党政机关公文处理工作条例》第二十四条（公文内容准确、结构严谨）；审稿常见“数目与列举不符”。
    """

    code = "DJ448"
    name = "count-mismatch"
    severity = "warning"
    fix = "never"
    source = "《党政机关公文处理工作条例》（2012）；公文审核中的“数目与列举不符”"
    scope = "document"

    def check(self, doc, ctx):
        paras = [p for p in doc.paragraphs if p.part == "body"]
        for i, p in enumerate(paras):
            text = p.text
            if "：" not in text and ":" not in text:
                continue
            for m in _ANNOUNCE.finditer(text):
                n = numeral_value(m.group("n"))
                if n is None or n < 2:
                    continue
                got = self._count(paras, i, m.end())
                if got is None:
                    continue
                k, complete = got
                if k == n or k < 2 or (k < n and not complete):
                    continue
                said = m.group(0).rstrip("：:").rstrip("”」")
                yield Finding(p, m.start(), m.end() - 1,
                              f"数目不符：前面说“{said}”，后面列了{k}项（一是……{_label(k)}是）；改正数目，或补齐（删去）一项")

    @staticmethod
    def _count(paras, i: int, pos: int):
        """How many items 一是、二是… follow ``pos`` of paragraph ``i`` (in it, or one to a paragraph
        after it), and whether the list is seen to end (its last paragraph ends a sentence and no
        next item comes in the next three paragraphs)."""
        text = paras[i].text
        rest = text[pos:].lstrip(zh.SPACE_CHARS)
        if rest:
            if not rest.startswith("一是"):
                return None
        elif i + 1 >= len(paras) or not paras[i + 1].text.lstrip(zh.BLANK_CHARS).startswith("一是"):
            return None
        k = 0
        j, at = (i, pos) if rest else (i + 1, 0)
        while True:
            label = _label(k + 1) + "是"
            t = paras[j].text
            found = t.find(label, at)
            if found >= 0 and (k == 0 or found > at or j > i):
                k += 1
                at = found + len(label)
                continue
            nxt = paras[j + 1].text.lstrip(zh.BLANK_CHARS) if j + 1 < len(paras) else ""
            if nxt.startswith(label):
                j, at = j + 1, 0
                continue
            later = any(label in paras[x].text for x in range(j + 1, min(j + 4, len(paras))))
            # a paragraph cut off mid-sentence (an excerpt, a draft in progress) may go on
            ended = t.rstrip().endswith(("。", "！", "？", "；", ".", "!", "?"))
            return k, ended and not later
