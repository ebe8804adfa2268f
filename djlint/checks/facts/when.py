"""When a sentence is about: the dates it names itself, else the report's own dates.

A fact is judged against the time the sentence speaks of.  ``2022年，国务院总理李克强……`` in a
2024 report speaks of 2022; ``时任``, ``原``, ``曾`` and ``生前`` mark history; a sentence that names
no time speaks of the time the report was written (:class:`djlint.document.dating.ReportDate`:
an annual report of Y is written Y-01-01..Y+1-03-31).  A fact is wrong only when it is wrong at
every date of that time.
"""
from __future__ import annotations

import datetime as _dt

from ...util import zh
from ...util.record import record
from . import lazy
from .data import cn_date, cn_number

_SENTENCE_END = "。！？；!?;\n"
_YEAR = lazy.regex(r"(?<![0-9])((?:19|20)[0-9]{2}|" + zh.CN_YEAR + r")\s*年"
                 r"(?!代|度以前)(?:\s*([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月|(上|下)半年)?")
#: what a half-year written before it names (上半年工作总结会, 下半年工作推进会, 上半年工作报告): a meeting or a report
#: about the half, held or written after it
_HALF_NAMES_A_MEETING = lazy.regex(r"(?:[一-龥]{0,6}?工作)?(?:总结|推进|部署|调度|分析|讲评|述职|汇报)?(?:会议?|大会|报告)")
#: words that put what follows in the past: 时任国务院总理, 原中央纪委书记, 曾任, 生前, 已故
HISTORY = lazy.regex(r"时任|原任|(?<![中平高])原(?=[中全国])|前任|曾任|曾经|曾(?=[一-龥]{0,6}(?:指出|强调|说|提出|要求))|"
                   r"生前|已故|逝世|去世|追悼|遗体|纪念[^。；]{0,12}诞辰|那时|当时|彼时|当年|历任|先后(?:担任|任)")


@record(frozen=True)
class Span:
    """A stretch of time a sentence speaks of, and how to say it (2022年, 2024年3月)."""

    start: _dt.date
    end: _dt.date
    label: str


#: up to the last sentence end (greedy, then back to the mark) and the next one: one C call each
#: instead of a find per mark (the facts rules ask for the sentence of every name they meet)
_UP_TO_END = lazy.stdlib("(?s).*[" + _SENTENCE_END + "]")
_NEXT_END = lazy.stdlib("[" + _SENTENCE_END + "]")


def _keep_last(find):
    """``find(text, a, b)`` with its last call's answer kept: a rule asks again for the same span's sentence (or
    clause, or years), one check after the other (DJ437: 2,378 of its 3,972 sentence calls and 1,019 of its 3,240
    year calls on 2 MB were the call just made, speed33).  The text is told by identity, so an equal text at the
    same offsets is read again, never another text's answer given; the answer is shared (no caller changes it)."""
    kept = (None, -1, -1, None)

    def kept_find(text: str, a: int, b: int):
        nonlocal kept
        last = kept
        if last[0] is text and last[1] == a and last[2] == b:
            return last[3]
        found = find(text, a, b)
        kept = (text, a, b, found)  # one tuple: a thread reads one call's whole answer
        return found

    kept_find.__doc__, kept_find.__name__ = find.__doc__, find.__name__.lstrip("_")
    return kept_find


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (its start, and the offset of the mark that ends it or the text's
    end)."""
    if start < 0 or end < 0:  # str.find's counting from the end (no caller does this)
        a = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
        ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
        return a, (min(ends) if ends else len(text))
    m = _UP_TO_END.match(text, 0, start)
    n = _NEXT_END.search(text, end)
    return (m.end() if m else 0), (n.start() if n else len(text))


sentence_bounds = _keep_last(_sentence_bounds)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: the sentence cut at commas too."""
    a, b = sentence_bounds(text, start, end)
    for c in "，,：:":
        i = text.rfind(c, a, start)
        if i >= 0:
            a = max(a, i + 1)
        j = text.find(c, end, b)
        if j >= 0:
            b = min(b, j)
    return a, b


clause_bounds = _keep_last(_clause_bounds)


def _years_named(text: str, a: int, b: int) -> list[tuple[int, int, Span]]:
    """(start, end, span) of every year (and month) written in text[a:b]: 2022年, 2024年3月, 二〇二二年."""
    out = []
    for m in _YEAR.finditer(text, a, b):
        y = cn_number(m.group(1)) or zh.cn_year(m.group(1))  # 二0二七年: a miswritten zero (DJ604's) still dates it
        if y is None or not 1900 <= y <= 2100:
            continue
        mo = cn_number(m.group(2)) if m.group(2) else None
        if m.group(3) and _HALF_NAMES_A_MEETING.match(text, m.end()):
            continue  # 7月25日，召开2024年上半年工作总结会 (published106): the half names what the meeting sums up, not when
        if m.group(3):  # 2020年下半年 (facts27): the half the sentence speaks of
            first, last = (_dt.date(y, 1, 1), _dt.date(y, 6, 30)) if m.group(3) == "上" else (_dt.date(y, 7, 1), _dt.date(y, 12, 31))
            out.append((m.start(), m.end(), Span(first, last, f"{y}年{m.group(3)}半年")))
        elif mo and 1 <= mo <= 12:
            first = _dt.date(y, mo, 1)
            last = _dt.date(y + (mo == 12), mo % 12 + 1, 1) - _dt.timedelta(days=1)
            out.append((m.start(), m.end(), Span(first, last, cn_date(first))))
        else:
            r = _RANGE_OPENS.search(text, max(0, m.start() - 5), m.start())
            first = int(r.group(1)) if r is not None and 0 < y - int(r.group(1)) <= 5 else y
            # 2019—2020年度 (dev-prec455): a range of years names them all, not only its last
            label = f"{first}—{y}年" if first < y else f"{y}年"
            out.append((r.start() if first < y else m.start(), m.end(), Span(_dt.date(first, 1, 1), _dt.date(y, 12, 31), label)))
    return out


#: the first year of a range of years written before the last one's 年: 2019—2020年度, 2019-2020学年
_RANGE_OPENS = lazy.regex(r"(?<![0-9])((?:19|20)[0-9]{2})[-－—–～~至到]$")


years_named = _keep_last(_years_named)


def report_span(ctx) -> Span | None:
    """The time the report was written, or None when nothing says (once per document: the facts
    rules ask for it at every name they meet)."""
    return ctx.shared("facts.report_span", _report_span)


def _report_span(ctx) -> Span | None:
    date = ctx.report_date
    if date is None:
        return None
    if date.source == "标题":
        from ..structure.doctype import news_or_commentary

        if news_or_commentary(ctx):
            return None  # a headline's year is what the item reports on (……获评2023年度……“好”等次), not when it was written
    label = f"{date.year}年" if date.written_from != date.written_to else cn_date(date.written_from, "day")
    return Span(date.written_from, date.written_to, label)


def narrated_span(ctx) -> Span | None:
    """The time a report tells of: its writing window; a report dated by one day reaches back to
    the start of its year (a year-end summary signed in December recounts the year: 全年、今年以来,
    as one titled by the year does), and to the start of the previous year when it is dated in
    January to March (a report signed then recounts the year before: 过去一年……).  Once per document."""
    return ctx.shared("facts.narrated_span", _narrated_span)


def _narrated_span(ctx) -> Span | None:
    span = report_span(ctx)
    if span is None:
        return None
    if span.start == span.end:
        year = span.start.year - (span.start.month <= 3)
        return Span(_dt.date(year, 1, 1), span.end, span.label)
    return span


#: what ties a sentence to the day its report is dated, not to the stretch it recounts: 现任 before the post
#: (现任国务院总理李克强), or a clause opened by 近日/日前/今天 whose subject the name is (近日，国务院总理李克强
#: 在北京会见……); what is studied or recalled in such a clause (近日，我们学习了……的讲话) has another subject
_PRESENT = lazy.stdlib(r"(?:(?<![实体出发表展兑再呈])现任[一-龥、]{0,16}|(?:^|(?<=[，,：:。！？；;!?\n]))(?P<near>近日|日前|今天|今日)[，,]?"
                       r"(?:中共中央政治局常委、|中央政治局常委、)?)$")
#: how far back 近日/日前 reaches from the day a report is dated
RECENT_DAYS = 60


def present_span(ctx, text: str, a: int, at: int) -> Span | None:
    """The time a sentence that speaks of the report's own day means, when the report is dated by one day
    and text[a:at] (the sentence up to the post or name judged) ties it to that day; else None."""
    m = _PRESENT.search(text, a, at)
    if m is None:
        return None
    span = report_span(ctx)
    if span is None or span.start != span.end:
        return None  # a report dated by its year: its window is the time already
    if m.group("near") in ("近日", "日前"):
        return Span(span.end - _dt.timedelta(days=RECENT_DAYS), span.end, span.label)
    return span


def in_history(text: str, a: int, b: int) -> bool:
    return HISTORY.search(text, a, b) is not None


#: a verb of looking back just before a leader's name and post, and his speech or text after them in the clause
#: (重温胡锦涛总书记在……大会上的讲话): the post is his when he spoke, not at the sentence's date.  Only looking back:
#: 学习……的讲话精神 studies guidance as current (2026年学习周强院长……的讲话精神 is an old report's sentence kept)
_STUDIED_BEFORE = lazy.regex(r"(?:重温|温习|回顾|重读|再读|回看)[^，,。；;！？!?]{0,6}$")
_TEXT_AFTER = lazy.regex(r"[^，,。；;！？!?]{0,40}?的(?:重要)?(?:讲话|报告|指示|批示|论述|文章|署名文章|贺信|回信|著作)")


def studied_text(text: str, a: int, x: int, y: int) -> bool:
    """Whether the name and post ``text[x:y]`` (its sentence from ``a``) are the author of a speech or a text
    the sentence looks back on (重温、回顾……的讲话): a past text, its author's post the one he held then."""
    return _STUDIED_BEFORE.search(text[max(a, x - 12):x]) is not None and _TEXT_AFTER.match(text, y) is not None


def window_years(span: Span) -> set[int]:
    return set(range(span.start.year, span.end.year + 1))


def counts_due(base_year: int, n: int, years) -> list[int]:
    """The counts (N周年 from ``base_year``) the ``years`` a sentence speaks of call for, when ``n`` is none
    of them; [] when ``n`` is right or no year is after ``base_year``."""
    if base_year + n in years:
        return []
    return sorted(y - base_year for y in years if y > base_year)


def count_as_written(written: str, n: int) -> str:
    """``n`` written as the text wrote the count it replaces: 25 for 25, 二十五 for 十五."""
    return str(n) if written.isascii() else zh.int_to_cn(n)

