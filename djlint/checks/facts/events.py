"""DJ438: a founding event or a historic meeting told with a date or a place it did not have
(古田会议：1929年12月28-30日……; 中国共产主义青年团于1922年5月4日在上海成立)."""
from __future__ import annotations

import datetime as _dt

from ...engine import Finding
from . import lazy
from .base import FactRule, NameIndex, quoted
from .data import facts_for
from .when import sentence_bounds

#: a date as a narration writes it: a year, then maybe a month, a day and the last day of a stretch
#: (1929年12月28日至29日, 1929年12月28-30日, 1922年5月)
_DATE = lazy.regex(r"(?<![0-9])(?P<y>1[89][0-9]{2})\s*年\s*(?:(?P<m>[0-9]{1,2})\s*月\s*(?:(?P<d>[0-9]{1,2})\s*日?"
                   r"(?:\s*[-—～~至到]\s*(?:(?P<m2>[0-9]{1,2})\s*月\s*)?(?P<d2>[0-9]{1,2})\s*日)?)?)?")
#: what lies between a date and the event it dates (1922年5月，中国社会主义青年团…; 古田会议：1929年…; 共青团于1922年…):
#: no sentence end, at most one comma, a short stretch
_LINK_BEFORE = lazy.regex(r"^[，,]?\s*(?:[^，,。；;！？]{0,12}(?:召开|举行)的)?$")
_LINK_AFTER = lazy.regex(r"^\s*(?:[：:（(，,]|是|于|在|是在)?\s*(?:于|在)?\s*$")
#: where a sentence says the event was: 在上海成立, 在福建上杭古田村召开
_PLACE = lazy.regex(r"在(?P<place>[\p{Han}]{2,12}?)(?:正式|宣告|胜利|隆重)?(?:召开|成立|举行|开幕|创立|创建)")
#: the cities and provinces reports put such events in: a place named is checked only when it is one of them
_KNOWN_PLACES = ("上海", "广州", "广东", "北京", "南昌", "遵义", "贵州", "嘉兴", "南湖", "浙江", "古田", "上杭", "龙岩",
                 "福建", "武汉", "汉口", "延安", "瑞金", "江西", "西柏坡", "河北", "井冈山", "长沙", "湖南")
#: a sentence that commemorates or visits, not one that tells the event (纪念遵义会议召开90周年, 参观古田会议会址)
_NOT_TELLING = lazy.regex(r"周年|纪念|庆祝|参观|瞻仰|会址|旧址|纪念馆|学习|重温|走进|来到|前往|赴")


def _index(registry) -> NameIndex:
    return registry.memo("facts.events", lambda: NameIndex(facts_for(registry).events))


def _said(m) -> tuple[_dt.date, _dt.date, str] | None:
    """The stretch of days a date names (a year: the whole year; a month: the whole month)."""
    y = int(m.group("y"))
    try:
        if m.group("m") is None:
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year"
        mo = int(m.group("m"))
        if m.group("d") is None:
            nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return _dt.date(y, mo, 1), nxt - _dt.timedelta(days=1), "month"
        a = _dt.date(y, mo, int(m.group("d")))
        if m.group("d2") is None:
            return a, a, "day"
        return a, _dt.date(y, int(m.group("m2") or mo), int(m.group("d2"))), "day"
    except ValueError:
        return None


def _when(e) -> str:
    a, b = e.start, e.end
    if a == b:
        return f"{a.year}年{a.month}月{a.day}日"
    if a.month == b.month:
        return f"{a.year}年{a.month}月{a.day}日至{b.day}日"
    return f"{a.year}年{a.month}月{a.day}日至{b.month}月{b.day}日"


def _wrong_date(e, m) -> bool:
    said = _said(m)
    if said is None:
        return False
    a, b, precision = said
    if precision == "day":
        return a < e.start or b > e.end  # a day told must be one of the event's days
    return b < e.start or a > e.end  # a year or a month told must hold one of them


class HistoricEvent(FactRule):
    """历史事件的日期或地点写错（古田会议：1929年12月28-30日；共青团于1922年5月4日在上海成立）

    ## 检查内容
    叙述建党建团等成立事件和党史上重要会议的句子（写了“召开”“成立”等），事件名称旁写的日期或
    “在某地召开/成立”的地点，按数据表核对：党的一大（1921年7月23日在上海开幕）、共青团的成立（中国
    社会主义青年团第一次全国代表大会，1922年5月5日至10日，广州）、古田会议（1929年12月28日至29日）、
    遵义会议（1935年1月15日至17日）。只写年份或月份的，按年、月核对。纪念、参观、学习的句子
    （纪念遵义会议召开90周年、参观古田会议会址）和引语不报；年份与事件相差两年以上的（多半是参观或别的事的日期）不报。

    ## 为什么
    党史事件的日期、地点写错，是政治性差错；五四青年节（5月4日）常被误写成共青团的成立日。

    ## 依据
    rules/phrase/facts/events.tsv（每个事件的日期、地点，每行两处出处）。
    """

    code = "DJ438"
    name = "historic-event-date"
    severity = "error"
    source = "中共中央党史研究室《中国共产党历史》第一卷（2002）；事件日期和地点的出处见 rules/phrase/facts/events.tsv"

    def prefilter_for(self, registry):
        return _index(registry).pattern

    def check_paragraph(self, p, ctx):
        ix = _index(ctx.registry)
        if ix.pattern is None:
            return
        text = p.text
        done = -1
        for n in ix.pattern.finditer(text):
            if n.start() < done:
                continue
            e = ix.by_name[n.group()]
            a, b = sentence_bounds(text, n.start(), n.end())
            sentence = text[a:b]
            if _NOT_TELLING.search(sentence) or not any(v in sentence for v in e.verbs) \
                    or quoted(ctx, p, n.start(), n.end()):
                continue
            date = None
            for m in _DATE.finditer(text, a, b):
                if abs(int(m.group("y")) - e.start.year) > 2:
                    continue  # a visit or a later date, not the event's own
                gap = text[m.end():n.start()] if m.end() <= n.start() else text[n.end():m.start()]
                if (m.end() <= n.start() and _LINK_BEFORE.match(gap)) or (n.end() <= m.start() and _LINK_AFTER.match(gap)):
                    date = m
                    break
            place = None
            for m in _PLACE.finditer(text, n.end(), b):
                where = m.group("place")
                if any(k in where for k in _KNOWN_PLACES) and not any(pl in where for pl in e.places):
                    place = m
                break  # only the place said right after the name
            wrong = []
            if date is not None and _wrong_date(e, date):
                wrong.append(date.group().strip())
            if place is not None:
                wrong.append(place.group("place"))
            if not wrong:
                continue
            s = min([n.start()] + ([date.start()] if date is not None else []))
            t = max([n.end()] + ([date.end()] if date is not None else []) + ([place.end()] if place else []))
            done = t
            said = "”“".join(wrong)
            yield Finding(p, s, t, f"{e.event}：{_when(e)}，{e.places[0]}；请核对“{said}”")


RULES = (HistoricEvent,)
