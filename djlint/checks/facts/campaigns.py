"""DJ435: a finished campaign (学习教育, 主题教育, 专题教育, 教育实践活动) written as current work
in a report written after it ended (开展党史学习教育 in a 2023 summary)."""
from __future__ import annotations

import datetime as _dt

from ...engine import Finding
from ...engine.literals import paragraphs_matching
from ...util import rx
from ...util.trie import trie_pattern
from ...util.zh import quote
from . import lazy
from .base import SRC, FactRule, quoted, time_of
from .data import cn_date, facts_for
from .when import clause_bounds, in_history, sentence_bounds, years_named

#: the verb that makes the campaign current work (right before its name, 的/好 and a quotation mark between)
_CURRENT = lazy.regex(r"(?:正在开展|深入开展|扎实开展|持续开展|全面开展|认真开展|广泛开展|部署开展|开展|启动|参加|参与|"
                    r"扎实推进|深入推进|推进|扎实抓好|抓好|结合|响应|坚持把|要把|切实把|坚决打赢|打赢|打好)(?:的|好)?$")
#: the campaign named as an example of work done (开展了一系列专题学习活动，如党史学习教育、……)
_EXAMPLE_OF = lazy.regex(r"(?:开展|组织|举办)了?[^。；！？，,“”]{0,12}(?:活动|教育)[，,]?(?:如|例如|包括)$")
#: the campaign as the setting of a role played now (发挥红色资源在党史学习教育中的作用): 在 before it, 中 after it
_ROLE_IN = lazy.regex(r"发挥[^。；！？，,]{0,12}?在$")
#: the campaign as the occasion of the year's work (以党史学习教育为契机, 以“不忘初心、牢记使命”主题教育为抓手)
_OCCASION_BEFORE = lazy.regex(r"以$")
_OCCASION_AFTER = lazy.regex(r"为(?:契机|抓手|载体|主线|牵引)")
#: the bare 主题教育 held at an occasion is a kind of class or team activity, not the campaign
#: (利用清明节、国庆节等重要时间节点开展主题教育): the campaign is never tied to a day of the calendar
_OCCASION_KIND = lazy.regex(r"节点|节日|纪念日|传统节|时间点")
#: how far from the campaign's name an aftermath word counts (巩固拓展…成果 spans a name of up to 24 characters)
_NEAR = 16
#: words that make it history or its aftermath: 巩固拓展…成果, 常态化长效化, 以来, 先后, 期间
_AFTERMATH = lazy.regex(r"巩固|拓展|深化|成果|常态化|长效化|制度化|以来|期间|先后|历次|回顾|总结|经验|之后|以后|后续|"
                      r"去年|前年|上一年|那时|当时|曾|此前|以前|之前|时期|阶段")


class _Index:
    def __init__(self, facts):
        self.by_form: dict[str, list] = {}
        for c in facts.campaigns:
            for form in c.forms:
                self.by_form.setdefault(form, []).append(c)
        self.pattern = rx.stdlib(trie_pattern(self.by_form)) if self.by_form else None


def index_for(registry) -> _Index:
    return registry.memo("facts.campaigns", lambda: _Index(facts_for(registry)))


#: a sentence dated by its month (2022年6月23日) speaks of that month, not of a report's year that may look back
#: at the campaign's last weeks: it is out of date this long after the campaign's end
_AFTER_END = _dt.timedelta(days=90)


def _own_time(span) -> bool:
    """A month or a half-year (2020年下半年: facts27), the narrow time a sentence names itself."""
    return (span.end - span.start).days <= 31 or span.label.endswith("半年")


def _stale(campaigns, span, now: bool = False):
    """The campaign this name stands for that is over at every date of ``span``, unless another
    campaign of the same name is on then (None: the name is right here).

    ``now``: the sentence says the campaign is going on as it is written (正在开展).  Then the
    margin of ``stale_from`` (left for a look back at the year before) does not apply: a campaign
    that ended in the first month of the report's window is over for the rest of it, and a report
    dated only by its year is not written in its first month (2024年的报告写“正在开展的主题教育”,
    which ended in January 2024)."""
    over = None
    for c in campaigns:
        if c.start > span.end:
            continue  # not yet: another rule's business (DJ403)
        grace = _dt.timedelta(days=31) if (span.end - span.start).days > 300 else _dt.timedelta(0)
        if now and c.end is not None and c.end < span.start + grace:
            over = c
            continue
        if c.end is not None and _own_time(span) and span.start > c.end + _AFTER_END:
            over = c  # the sentence's own month or half, months after the end (2022年6月……深入开展党史学习教育)
            continue
        if c.stale_from is None or span.start < c.stale_from:
            return None  # on, or maybe still on, at some date of the span
        over = c
    return over


def _current_use(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where the words that make the campaign at text[s:e] current work begin and end: a verb right before it
    (深入开展), an example of work done (开展了……活动，如), a role played in it (发挥……在……中)."""
    verb = _CURRENT.search(text, max(0, s - 8), s) or _EXAMPLE_OF.search(text, max(0, s - 20), s)
    if verb is not None:
        return verb.start(), e
    occasion = _OCCASION_AFTER.match(text, e)
    if occasion is not None and _OCCASION_BEFORE.search(text, max(0, s - 1), s):
        return s - 1, occasion.end()
    role = _ROLE_IN.search(text, max(0, s - 16), s) if text.startswith("中", e) else None
    return (role.start(), e + 1) if role is not None else None


#: the campaign called the year's own (2020年的主题教育, 2024年开展的党史学习教育)
_YEAR_OF = lazy.regex(r"(?<![0-9])((?:19|20)[0-9]{2})年(?:的|开展的|所开展的)?$")


def _of_a_year(campaigns, text: str, s: int, e: int):
    """2020年的主题教育: a campaign over before March of the year it is called the campaign of (the 2019
    主题教育 ended in January 2020) — unless another campaign of that name is on that year, or the words
    around it are of its aftermath (2022年的党史学习教育常态化长效化)."""
    m = _YEAR_OF.search(text, max(0, s - 10), s)
    if m is None:
        return None
    year = int(m.group(1))
    ca, cb = clause_bounds(text, s, e)
    if _AFTERMATH.search(text, max(ca, s - _NEAR), min(cb, e + _NEAR)) or in_history(text, *sentence_bounds(text, s, e)):
        return None
    begun = [c for c in campaigns if c.start.year <= year]  # one not begun is DJ403's
    over = [c for c in begun if c.end is not None and c.end < _dt.date(year, 3, 1)]
    if not over or len(over) != len(begun):
        return None  # on that year
    c = max(over, key=lambda x: x.end)
    return m.start(), e, f"{c.name}{_period(c)}，“{text[m.start():e]}”的说法不对，请核对年份或改为巩固拓展成果的写法"


def _period(c) -> str:
    if c.end is None:
        return f"{cn_date(c.start)}启动"
    return f"于{cn_date(c.start)}至{cn_date(c.end)}开展"


#: a document that looks back over five years or a decade tells of campaigns long over
_LOOKING_BACK = lazy.stdlib(r"过去五年|五年来|过去的五年|近五年|十年来|过去十年|新时代十年")
#: a plan period named (“十四五”时期): a look back over it when the title or a heading names it, or the campaign's own
#: paragraph does; named in passing elsewhere it is not (every report of 2026 mentions the “十四五”时期 just ended)
_PLAN_PERIOD = lazy.stdlib(r"“十[一二三四五]五”(?:时期|期间)")


def _looks_back(c) -> bool:
    if any(p.part == "body" for p in paragraphs_matching(c, _LOOKING_BACK)):
        return True
    named = [h.paragraph for h in c.doc.outline.headings] + ([c.doc.title] if c.doc.title is not None else [])
    return any(_PLAN_PERIOD.search(p.text) for p in named)


def _retrospective(ctx, p) -> bool:
    # one search of the whole document (most have none of the words), not one per paragraph
    return ctx.shared("facts.retrospective", _looks_back) or bool(_PLAN_PERIOD.search(p.text))


class StaleCampaign(FactRule):
    """已经结束的学习教育、主题教育写成了正在开展（2023年的总结写“深入开展党史学习教育”）

    ## 检查内容
    党中央部署的集中学习教育（党的群众路线教育实践活动、“三严三实”专题教育、“不忘初心、牢记使命”
    主题教育、党史学习教育、学习贯彻习近平新时代中国特色社会主义思想主题教育、党纪学习教育、深入贯彻
    中央八项规定精神学习教育……）有起止时间；有明确起止、之后换了说法的专项工作也一样：扫黑除恶专项斗争
    （2018 年 1 月至 2021 年 3 月，之后是“常态化扫黑除恶斗争”）、脱贫攻坚战（“打赢”，2021 年 2 月宣告全面胜利，
    之后是“巩固拓展脱贫攻坚成果”）、国企改革三年行动（2020 至 2022 年）。报告写于某项学习教育结束以后（留有余量，见数据表的
    stale_from），却写“开展”“正在开展”“深入开展”“结合”它、“以……为契机（抓手、载体、主线）”，说明套用了往年的稿子。写“巩固拓展……成果”
    “常态化长效化”，或写明当时的年份（2021年，深入开展党史学习教育）、“以来”“先后”等回顾的，是对的，不报；
    举作当年工作例子的（开展了一系列专题学习活动，如党史学习教育……）、写“发挥……在……中的作用”的，也按当前工作核对。
    把学习教育说成某一年的（“2020年的主题教育”），那一年三月以前它已结束的，也报（不看报告日期）。
    光写“主题教育”、又系在节日或时间节点上的（利用清明节等重要时间节点开展主题教育），是泛指的一类教育活动，不报。
    引语不报；报告日期不明的不报；回顾五年、十年的报告（过去五年、十年来）不报；标题、小标题或同一段写了
    “‘十四五’时期”的，也按回顾不报（只在别处顺带提到的不算：2026年的报告大都会提到刚结束的“十四五”时期）；只有成文日期、
    写于一至三月的，按也在回顾上一年计。写“正在开展”的，说的是写报告的时候，不留回顾上一年的余量：
    只写了年份的报告，在那一年第一个月就结束的学习教育也不再“正在开展”（2024 年的报告写“正在开展的
    主题教育”）。句子自己写了月份或上半年、下半年的（2022年6月……深入开展党史学习教育），按那个月（半年）核对，不留回顾上一年的余量：
    学习教育结束三个月以后仍写“开展”的，报。还没开始就写了的，见 DJ403。

    ## 为什么
    把已经结束的学习教育写成当前工作，是时效性的政治差错。

    ## 依据
    rules/phrase/facts/campaigns.tsv（各项学习教育的启动、结束时间，每行两处出处）。
    """

    code = "DJ435"
    name = "stale-campaign"
    severity = "warning"
    source = SRC

    def prefilter_for(self, registry):
        return index_for(registry).pattern

    def scan_patterns(self, registry):
        return (*super().scan_patterns(registry), _LOOKING_BACK)

    def check_paragraph(self, p, ctx):
        ix = index_for(ctx.registry)
        if ix.pattern is None:
            return
        text = p.text
        for m in ix.pattern.finditer(text):
            s, e = m.span()
            form = m.group()
            if form == "主题教育" and text.startswith("活动", e) or quoted(ctx, p, s, e):
                continue
            verb = _current_use(text, s, e)
            if verb is not None and form == "主题教育" and _OCCASION_KIND.search(text, clause_bounds(text, s, e)[0], s):
                continue
            if verb is None:
                found = _of_a_year(ix.by_form[form], text, s, e)
                if found is not None:
                    yield Finding(p, *found)
                continue
            ca, cb = clause_bounds(text, s, e)
            a, b = sentence_bounds(text, s, e)
            # the aftermath words stand by the name (巩固拓展主题教育成果, 党史学习教育以来): a 总结 or 经验 far
            # off in a long clause is about something else (2024年工作总结……积极开展……教育实践活动)
            if _AFTERMATH.search(text, max(ca, s - _NEAR), min(cb, e + _NEAR)) or in_history(text, a, b):
                continue
            if _retrospective(ctx, p):
                return
            now = text.startswith("正在", verb[0])
            # 正在开展 speaks of the time of writing, not of the year a dated report looks back on
            spans = time_of(ctx, text, a, b, skip=(s, e), narration=not now)
            found = [_stale(ix.by_form[form], span, now) for span in spans]
            if not spans or any(c is None for c in found):
                continue
            c, span = found[0], spans[0]
            follow = c.followup.split("；")[0] if c.followup else ""
            advice = f"，可写{quote(follow)}" if follow else ""
            # the sentence's own month (2022年6月写), else the report's time (2023年的报告写)
            said = "" if _own_time(span) and years_named(text, a, b) else "的报告"
            yield Finding(p, verb[0], verb[1], f"{c.name}{_period(c)}，{span.label}{said}写{quote(text[verb[0]:verb[1]])}"
                          f"已不合时{advice}")


RULES = (StaleCampaign,)
