"""DJ434's leaders and figures (lives.tsv): 诞辰N周年 and 逝世N周年 counted from the days they were born and
died (纪念毛主席诞辰10周年 in 1993: 100; 毛主席逝世119周年 in 2012: he died in 1976)."""
from __future__ import annotations

import re

from ...engine import Finding
from ...util import rx, zh
from .base import quoted
from .data import cn_number, facts_for
from .when import count_as_written, counts_due, report_span, window_years


def _n(k: int) -> str:
    return rf"(?P<n{k}>[0-9]{{1,3}}|[{zh.NUMERAL_CHARS}百零〇两]{{1,6}})"


#: the verbs of a death (逝世, 牺牲 for a soldier, 就义 for a martyr, 殉职 on duty) and of a birth
_DIED = "逝世|去世|牺牲|就义|殉职|忌辰"
#: what after the name counts the years: 诞辰N周年, N周年诞辰, 百年诞辰, 逝世N周年, N周年忌辰
_COUNTS = (rf"(?P<b1>诞辰|诞生){_n(1)}周年|{_n(2)}(?:周年|年)?(?P<b2>诞辰)|(?P<d1>{_DIED}){_n(3)}周年|"
           rf"{_n(4)}周年(?P<d2>忌辰|祭日)")


class _Index:
    def __init__(self, facts):
        self.by_name = {n: life for life in facts.lives for n in life.names}
        names = "|".join(re.escape(n) for n in rx.longest_first(self.by_name))
        self.pattern = rx.regex(rf"(?P<who>{names})(?:{_COUNTS})") if names else None


def index_for(registry) -> _Index:
    return registry.memo("facts.lives", lambda: _Index(facts_for(registry)))


def _titled(text: str, s: int, e: int) -> bool:
    """Inside a title (《纪念毛泽东同志诞辰120周年》专题片): the name of a film or a book of its year."""
    opened = text.rfind("《", 0, s)
    return opened >= 0 and text.rfind("》", opened, s) < 0 and text.find("》", e) >= 0


def _day(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def check(p, ctx, text, claimed, event_after):
    """诞辰/逝世N周年 of a leader or figure of lives.tsv: N against the year the sentence speaks of (``claimed``:
    the year named, 今年, or the report's time for 纪念……之际), else only against what is possible by the
    report's time (逝世119周年 in a 2012 report).  A text with no date is left alone."""
    ix = index_for(ctx.registry)
    if ix.pattern is None:
        return
    for m in ix.pattern.finditer(text):
        life = ix.by_name[m.group("who")]
        k = next(i for i in (1, 2, 3, 4) if m.group(f"n{i}"))
        n = cn_number(m.group(f"n{k}"))
        born = k <= 2
        if (n is None or n <= 0 or quoted(ctx, p, m.start(), m.end()) or event_after.match(text, m.end())
                or _titled(text, m.start(), m.end())):
            continue
        verb = "b1" if k == 1 else "b2" if k == 2 else "d1" if k == 3 else "d2"
        vs, ve = m.span(verb)
        # 逝世 and 去世 mark history for a post (时任, 生前); of the anniversary itself they do not: read as 诞辰
        masked = text if born else text[:vs] + "诞辰" + text[ve:] if ve - vs == 2 else text
        claim = claimed(ctx, masked, m.start(), m.end())
        day = life.born if born else life.died
        kind = "诞辰" if born else "逝世"
        fact = f"{life.called}{_day(day)}{'出生' if born else '逝世'}，"
        ns, ne = m.span(f"n{k}")
        written = m.group(f"n{k}")
        said_as = text[ns:m.end()]  # 130周年, 百年诞辰, 40周年忌辰: as the sentence wrote it
        if claim is None:
            yield from _impossible(p, ctx, life, day, n, born, fact, ns, ne, said_as)
            continue
        years, label, severity = claim
        right = counts_due(day.year, n, years)
        if not right:
            continue
        hint = _other_hint(life, born, n, years)
        if severity == "warning" and min(abs(r - n) for r in right) <= 10:  # a near count: last year's draft
            told = f"是{kind}{right[0]}" if len(right) == 1 else f"前后是{kind}{right[0]}至{right[-1]}"
            yield Finding(p, ns, ne, f"{fact}{label}{told}周年{hint}，“{said_as}”疑为旧稿的数字，请核对", None, False,
                          severity=severity)
            continue
        fix = None
        if len(right) == 1 and not hint:
            fix = count_as_written(written, right[0])
        said = "或".join(str(r) for r in right) if severity == "error" else f"{right[0]}至{right[-1]}"
        if severity == "warning":
            said = f"前后是{kind}{said}" if len(right) > 1 else f"是{kind}{said}"
            fix = None
        else:
            said = f"{kind}{said}"
        yield Finding(p, ns, ne, f"{fact}{label}{said}周年{hint}，请核对“{said_as}”", fix, False, severity=severity)


def _other_hint(life, born, n, years) -> str:
    """逝世119周年 in 2012: 119 is the count of his birth (1893): the verb is the slip, not the number."""
    other = life.died if born else life.born
    if other.year + n in years:
        return f"（{other.year + n}年是{'逝世' if born else '诞辰'}{n}周年：“{'诞辰' if born else '逝世'}”疑为“{'逝世' if born else '诞辰'}”）"
    return ""


def _impossible(p, ctx, life, day, n, born, fact, ns, ne, said_as):
    """A count that no year up to the report's time can have (毛主席逝世119周年 in a 2012 report)."""
    span = report_span(ctx)
    if span is None:
        return
    last = max(window_years(span))
    if day.year + n <= last:
        return
    kind = "诞辰" if born else "逝世"
    most = last - day.year
    hint = _other_hint(life, born, n, window_years(span))
    years = sorted(window_years(span))
    written = f"报告写于{years[0]}年" if len(years) == 1 else f"报告写于{years[0]}年至{years[-1]}年"
    yield Finding(p, ns, ne, f"{fact}{written}，至多是{kind}{most}周年{hint}，请核对“{said_as}”", None, False)
