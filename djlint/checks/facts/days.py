"""DJ434's named days: a date said to be a day of observances.tsv that falls on another date (9月30日是国家公祭日:
the 国家公祭日 is 12月13日, 9月30日 is the 烈士纪念日).  Only the days the table gives a fixed date (``every``);
a week (宪法宣传周) or a day that moves (丰收节, on 秋分) is not compared."""
from __future__ import annotations

import re

from ...engine import Finding
from ...util import zh
from . import lazy
from .base import quoted
from .data import cn_number
from .when import sentence_bounds, years_named

_NUM = r"(?:[0-9]{1,2}|[" + zh.NUMERAL_CHARS + r"]{1,3})"


class _Days:
    def __init__(self, observances):
        self.days = [ob for ob in observances if ob.every is not None]
        alts = []
        for i, ob in enumerate(self.days):
            alts.append(f"(?P<o{i}>" + "|".join(re.escape(f) for f in sorted(ob.forms, key=len, reverse=True)) + ")")
        #: 9月30日是国家公祭日, 12月13日为南京大屠杀死难者国家公祭日, 9月30日，是我国的烈士纪念日; not a day
        #: told by the holiday (10月2日是国庆节假期第二天, 9月29日是国庆节前最后一个工作日)
        self.pattern = lazy.regex(r"(?<![0-9" + zh.NUMERAL_CHARS + r"])(?P<m>" + _NUM + r")月(?P<d>" + _NUM + r")日[，,]?"
                                  r"(?:是|为|即|定为|被定为)(?:我国|中国|全国)?(?:的)?(?:第" + _NUM + r"个)?[“「\"]?(?:"
                                  + "|".join(alts) + r")(?![假期前后第长放当的次之那黄纪周宣活系])") if alts else None
        self.by_date = {ob.every: ob for ob in self.days}


def days_for(registry, facts) -> _Days:
    return registry.memo("facts.days", lambda: _Days(facts.observances))


def wrong_days(p, ctx, facts, text):
    """A date said to be a named day that falls on another date of the year."""
    ix = days_for(ctx.registry, facts)
    if ix.pattern is None:
        return
    for m in ix.pattern.finditer(text):
        ob = ix.days[next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "o" and v is not None)]
        month, day = cn_number(m.group("m")), cn_number(m.group("d"))
        if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if (month, day) == ob.every or quoted(ctx, p, m.start(), m.end()):
            continue
        a, b = sentence_bounds(text, m.start(), m.end())
        if any(span.start.year < ob.first_year for _s, _e, span in years_named(text, a, b)):
            continue  # 1928年……4月5日为植树节: the day before the table's (another decision's)
        other = ix.by_date.get((month, day))
        also = f"（{month}月{day}日是{other.day}）" if other is not None else ""
        yield Finding(p, m.start(), m.end(), f"{ob.day}是每年{ob.every[0]}月{ob.every[1]}日{also}，"
                                             f"“{m.group()}”的日期与名称不符，请核对", None, False)
