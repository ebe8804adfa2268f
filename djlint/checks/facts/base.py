"""What the facts rules share: the source line, the prefilter built from the tables, quotations,
and the time a sentence speaks of (the years and meetings it names, else the report's dates)."""
from __future__ import annotations

import datetime as _dt

from ...engine import Rule
from ...engine.literals import paragraphs_matching
from ...util import rx
from ...util.trie import trie_pattern
from ..grammar.script import reads_traditional
from . import lazy
from .data import cn_date, facts_for
from .when import Span, narrated_span, present_span, report_span, years_named

SRC = "中央文件、新华社和人民日报报道中的人事任免、会议和纪念活动（每条事实的出处和日期见 rules/phrase/facts/）"


class FactRule(Rule):
    """A rule whose prefilter comes from the facts tables (names, meetings, campaign names):
    :meth:`prefilter_for` gives it per registry; the engine's one search of the joined text finds
    the paragraphs.

    Every rule of the family also reads the paragraphs written in traditional script (國務院總理李克強,
    copied from a site that serves them so), as the 语病 rules do: the document's traditional paragraphs
    (found once) join each rule's candidates, and the rule reads such a paragraph in simplified
    characters (:func:`..grammar.script.reads_traditional`, applied to each subclass).  The reading keeps the length, so the findings
    stand on the user's own characters; the words a message quotes from the paragraph are given as
    written, and no fix is offered (it would put simplified characters into a traditional text)."""

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        reads_traditional(cls)

    def prefilter_for(self, registry):
        return self.prefilter

    def scan_patterns(self, registry):
        pattern = self.prefilter_for(registry)
        return () if pattern is None else (pattern,)

    def candidates(self, ctx):
        pattern = self.prefilter_for(ctx.registry)
        if pattern is None:
            return None  # every paragraph: a rule whose table is empty returns at once
        return paragraphs_matching(ctx, pattern)


reads_traditional(FactRule)


def quoted(ctx, p, start: int, end: int) -> bool:
    """Inside a quotation attributed to a speaker or a text: words quoted are not ours to judge.
    (phrase.context is imported at the first call, not at the top: phrase imports this family; the
    function is kept after that, as an import statement at each of ~1,200 calls a MB cost ~1 ms/MB.)
    Every quotation opens with its “: with none up to ``start`` the span is in none, and the paragraph's
    quotations are not looked up (or found) for it (speed39)."""
    if p.text.find("“", 0, start + 1) < 0:
        return False
    try:
        return _FOUND["in_quotation"](ctx, p, start, end)
    except KeyError:
        from ..phrase.context import in_quotation

        _FOUND["in_quotation"] = in_quotation
        return in_quotation(ctx, p, start, end)


_FOUND: dict = {}


class NameIndex:
    """Rows of a fact table (meetings, events) by each of their names, and one pattern that finds
    any of the names (None for an empty table)."""

    def __init__(self, rows):
        self.by_name = {}
        for row in rows:
            for name in row.names:
                self.by_name.setdefault(name, row)
        self.pattern = rx.stdlib(trie_pattern(self.by_name)) if self.by_name else None


def meetings_index(registry) -> NameIndex:
    index = registry.built.get("facts.meetings")  # asked at every paragraph DJ437 reads
    return index if index is not None else registry.memo("facts.meetings", lambda: NameIndex(facts_for(registry).meetings))


def meeting_span(m) -> Span:
    end = m.end or m.start
    return Span(m.start, end, cn_date(m.start))


def named_times(ctx, text: str, a: int, b: int, skip: tuple[int, int] | None = None,
                meetings: bool = False) -> list[Span]:
    """The years (and months) text[a:b] names, and with ``meetings`` the meetings it names (胡锦涛
    总书记在十七大报告中), in order; ``skip`` is the span being judged."""
    found = []
    for s, e, span in years_named(text, a, b):
        if _TARGET.match(text, e) or (s > 0 and text[s - 1] in "到至"):
            continue  # 二〇三五年远景目标, 到2035年: a year aimed at, not when the sentence speaks
        if text.endswith(_CHOSEN_FROM, a, s):
            continue  # 选登2024年度优秀文章, 表彰2024年度先进集体: the year of what is chosen, done later
        since = _SINCE.match(text, e, b)
        if since is not None:  # 自2017年2月产生以来: from then up to the report, not a date of its own
            span = Span(span.start, _OPEN_END, span.label + since.group(0))
        found.append((s, span))
    ix = meetings_index(ctx.registry)
    if meetings and ix.pattern is not None:
        for m in ix.pattern.finditer(text, a, b):
            if skip and m.start() < skip[1] and skip[0] < m.end():
                continue
            # a meeting is a time only where something happened at it (在十七大报告中, 在二十大上),
            # not where its spirit is studied (贯彻党的二十大精神)
            if text.endswith("在", 0, m.start()) and _AT_MEETING.match(text, m.end()):
                found.append((m.start(), meeting_span(ix.by_name[m.group()])))
    return [span for _s, span in sorted(found, key=lambda x: x[0])]


#: verbs that choose or honour the works and people of a past year (选登2024年度……文章): that year is
#: what is chosen from, the sentence speaks of a time after it
_CHOSEN_FROM = ("选登", "评选", "表彰", "刊登", "评出", "推选", "选编", "汇编")
#: what makes a named time the start of a stretch up to now: 以来, 产生以来, 成立以来 (in its clause)
_SINCE = lazy.stdlib(r"[^，,。；;！？!?]{0,8}?以来")
_OPEN_END = _dt.date(2100, 12, 31)
#: what makes a named year a target (……和二〇三五年远景目标的建议)
_TARGET = lazy.stdlib(r"(?:远景|目标|愿景|奋斗目标)")
_AT_MEETING = lazy.stdlib(r"(?:的)?(?:上|报告|期间|开幕|闭幕|召开期间|讲话|作的报告|所作)")


def time_of(ctx, text: str, a: int, b: int, skip=None, meetings: bool = False, narration: bool = False,
            at: int | None = None) -> list[Span]:
    """The times the sentence text[a:b] speaks of: the ones it names, else the report's (empty:
    nobody knows, and the rule stays silent).  ``narration``: the sentence may tell of the
    report's past (a report signed in March recounts the year before), unless what comes before
    ``at`` (the words judged) ties it to the day the report is dated (现任……, 近日，……)."""
    named = named_times(ctx, text, a, b, skip, meetings)
    if named:
        return named
    if narration and at is not None:
        present = present_span(ctx, text, a, at)
        if present is not None:
            return [present]
    span = narrated_span(ctx) if narration else report_span(ctx)
    return [span] if span is not None else []


def year_span(year: int) -> Span:
    return Span(_dt.date(year, 1, 1), _dt.date(year, 12, 31), f"{year}年")
