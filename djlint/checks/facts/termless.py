"""DJ437's check of a plenum named without its term (党的五中全会, 中央纪委二次全会): the plenum's ordinal
recurs every term, so the name needs the 届 of its Central Committee (or Commission); the table tells
which one met last by the time the sentence speaks of."""
from __future__ import annotations

from ...engine import Finding
from . import lazy
from .base import quoted, time_of
from .data import cn_date
from .when import sentence_bounds

#: 党的 right before the ordinal (党的五中全会), or 中央纪委 with no 届 before it (中央纪委二次全会)
_TERMLESS = lazy.regex(r"党的(?P<n>[一二三四五六七八九])中全会|(?<!届)中央纪委(?P<k>[一二三四五六七八九])次全(?:体)?会")
#: the same plenums named with their term anywhere in the document (a short form after the full name)
_TERMED = lazy.stdlib(r"届((?:[一二三四五六七八九]中[、和])*[一二三四五六七八九]中)全会|届中央纪委([一二三四五六七八九])次全")
#: the most years between two plenums of one ordinal: an older one is of a term the table may not hold
_TERM_YEARS = 6


def _last_of(facts, body: str, ordinal: str, day):
    same = [x for x in facts.meetings if x.body == body and x.ordinal == ordinal and x.start <= day]
    return max(same, key=lambda x: x.start, default=None)


def _named_in_full(ctx) -> set[str]:
    """The ordinals of the plenums the document names with a 届 somewhere (五中, 五次)."""
    def scan(c):
        found = set()
        for p in c.doc.paragraphs_matching(_TERMED):
            for m in _TERMED.finditer(p.text):
                if m.group(1):  # 四中、五中: two characters and a mark each
                    found.update(m.group(1)[i:i + 2] for i in range(0, len(m.group(1)), 3))
                else:
                    found.add(m.group(2) + "次")
        return found
    return ctx.shared("facts.plenums-with-term", scan)


def without_term(p, ctx, facts, text: str):
    """党的五中全会 in a 2015 report: 请写明届次（党的十八届五中全会，2015年10月召开）.  A 届 earlier in the
    sentence serves the list (十八届五中、六中全会精神，中央纪委五次全会), and a full name anywhere in the document
    the short forms after it; quotations and undated reports are left alone."""
    for m in _TERMLESS.finditer(text):
        a, b = sentence_bounds(text, m.start(), m.end())
        ordinal = (m.group("n") or m.group("k")) + ("中" if m.group("n") else "次")
        if "届" in text[a:m.start()] or ordinal in _named_in_full(ctx) or quoted(ctx, p, m.start(), m.end()):
            continue
        spans = time_of(ctx, text, a, b, skip=m.span())
        if not spans:
            continue
        span = spans[0]
        if m.group("n"):
            last = _last_of(facts, "中央委员会", m.group("n") + "中", span.end)
            name = last and f"党的{last.term}{last.ordinal}全会"
        else:
            last = _last_of(facts, "中央纪委", m.group("k") + "次", span.end)
            name = last and f"{last.term}中央纪委{last.ordinal}全会"
        if last is None or span.start.year - last.start.year > _TERM_YEARS:
            continue
        yield Finding(p, m.start(), m.end(), f"全会名称缺少届次：{span.label}前后的“{m.group()}”应是{name}"
                      f"（{cn_date(last.start)}召开），请写明届次", name, False, severity="warning")
