"""DJ609, DJ610: one date, or one paragraph's counts, written in Chinese numerals and Arabic digits at once."""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import PatternRule, compile_
from ...util import zh
from ...util.zh import NUMERAL, YEAR_DIGIT


class MixedDateForms(PatternRule):
    """同一个日期里汉字和阿拉伯数字混用（二〇二四年12月）

    ## 检查内容
    一个日期的年、月、日要么都用阿拉伯数字（2024年12月8日），要么都用汉字（二〇二四年十二月八日）。

    ## 为什么
    GB/T 15835-2011 4.2.2（同一形式）：同类别的数字在同一语境中应采用同一种形式。

    ## 依据
    GB/T 15835-2011 5.1（同类别同形式）。
    """

    code = "DJ609"
    name = "mixed-date-forms"
    severity = "warning"
    source = "GB/T 15835-2011 5.1"
    #: from 年 on: both branches of the pattern end in 年 and a month in the other kind of numeral
    prefilter = compile_(r"年(?:[0-9]{1,2}|" + NUMERAL + r"{1,3})月")
    pattern = compile_(YEAR_DIGIT + r"{4}年[0-9]{1,2}月|(?<![0-9])(?:19|20)[0-9]{2}年" + NUMERAL + r"{1,3}月(?!份)")

    def finding(self, p, m):
        return Finding(p, m.start(), m.end(), f"日期“{m.group(0)}”汉字与阿拉伯数字混用，请统一（公文用阿拉伯数字）")


_ARABIC_COUNT = compile_(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:余|多)?(?=次|名|人次|人|篇|项|场|期|家|户|件|条|笔)")
#: two characters or more (十二次, 二十名, 一百八十六人, 一百一十二次; blind20): a bare 十 is usually a set phrase (十项措施)
#: not an ordinal (第十二次, 八届十一次全会, 十一次党代会: a meeting's number is written in Chinese numerals), nor the
#: tail of a longer numeral (第七十四条: 十四 inside 七十四); 余/多 may come before the measure word (二百四十余条)
_CHINESE_COUNT = compile_(r"(?<![第周每“届" + zh.NUMERAL_CHARS + r"百千零〇两])(?:[一二三四五六七八九两]百(?:[一二三四五六七八九]十|零[一二三四五六七八九])?[一二三四五六七八九]?(?:余|多)?|(?:[一二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九])(?:(?<=十)(?:余|多))?)"
                          r"(?=次|名|人次|人|篇|项|场|期|家|户|件|条|笔)(?!次(?:全会|全体会议|会议|代表大会|党代会|常委会))")


def _in_title(text: str, at: int) -> bool:
    """``at`` is inside a 《title》 (《2025年十五件民生实事任务分解》): the title is quoted as it is."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


class MixedCountForms(Rule):
    """同一段中计数的数字汉字、阿拉伯数字混用（召开会议12次，开展学习十二次）

    ## 检查内容
    同一段里，已经用阿拉伯数字计数（12次、5名、20篇），又用“十”以上的汉字数字计数
    （十二次、二十名）。十以内的汉字数字（三次、两名）和“第十次”“十届”“八届十一次全会”这类序数、定型词语不报。

    ## 为什么
    GB/T 15835-2011 4.1.1、5.1：计量和计数用阿拉伯数字；同类数字在同一语境中形式要一致。

    ## 依据
    GB/T 15835-2011 4.1.1、5.1。
    """

    code = "DJ610"
    name = "mixed-count-forms"
    #: the 十 or 百 of a count in Chinese numerals (what _CHINESE_COUNT finds holds 十 or 百, 余/多 maybe, and
    #: then the measure word): a pattern from each, the rest a lookahead (each searched from its literal; one
    #: pattern from the class [十百] was tried at every character, ~1.0 ms/MB; the two ~0.3)
    prefilter = tuple(compile_(c + "(?=[一二三四五六七八九]?(?:余|多)?(?:次|名|人|篇|项|场|期|家|户|件|条|笔))") for c in "十百")
    severity = "info"
    source = "GB/T 15835-2011 4.1.1、5.1"

    def check_paragraph(self, p, ctx):
        text = p.text
        if ("十" not in text and "百" not in text) or not _ARABIC_COUNT.search(text):
            return
        for m in _CHINESE_COUNT.finditer(text):
            if text[max(0, m.start() - 1):m.start()] in ("第", "每", "周") or _in_title(text, m.start()):
                continue
            yield Finding(p, m.start(), m.end(), f"同一段已用阿拉伯数字计数，“{m.group(0)}”也应写作阿拉伯数字")
