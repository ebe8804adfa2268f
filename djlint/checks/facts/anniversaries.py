"""DJ434: an anniversary counted wrong for the year it is said of (2024年是新中国成立74周年)."""
from __future__ import annotations

import datetime as _dt
import re

from ...engine import Finding
from ...util import rx, zh
from ...util.trie import trie_pattern
from . import lazy, lives
from .base import FactRule, quoted
from .data import cn_number, facts_for
from .days import wrong_days
from .when import (
    HISTORY,
    count_as_written,
    counts_due,
    in_history,
    narrated_span,
    report_span,
    sentence_bounds,
    window_years,
    years_named,
)

_N = r"(?P<n>[0-9]{1,3}|[" + zh.NUMERAL_CHARS + r"百零〇两]{1,6})"
#: what follows the anniversary when it names a past event or its speech (在庆祝…100周年大会上的讲话):
#: the number belongs to that event, not to the year of the sentence
_EVENT_AFTER = lazy.regex(r"(?:华诞)?(?:庆祝|纪念)?(?:大会|座谈会|招待会|晚会|文艺演出|典礼|仪式|阅兵式?|纪念活动)?"
                        r"(?:上的|上|时的|时|期间)?(?:重要)?(?:讲话|致辞|精神|贺信|贺电|报告|上)")
_NOT_A_POINT = lazy.regex(r"^\s*(?:以来|来|至|到|—|-|～|~|之前|以前|前|后|以后|底前)")
_RELATIVE = {"今年": 0, "明年": 1, "去年": -1}
_RELATIVE_RE = lazy.regex(r"今年|明年|去年")
#: words said on a dated occasion: the 今年 in them is the year of the date (……致辞中指出，今年是……)
_SAID = lazy.regex(r"指出|强调|表示|宣布|致辞|讲话|说[：:，,]")
#: the anniversary as the occasion of the time of writing: 在……N周年之际, 喜迎, 庆祝
_OCCASION = lazy.regex(r"之际|喜迎|迎来|迎接|庆祝|献礼|纪念")
#: a sentence that looks back over years: 近年来, 历年, 先后, 每逢
_CLAUSE_END = lazy.regex(r"[，,；;：:]")
_LOOKING_BACK = lazy.regex(r"以来|近年|历年|先后|每逢|每年|历次|多年|曾经|回顾|当年|那年")


#: the event's verb after its subject in a form (香港回归N周年, 新中国成立N周年): an adverb may stand between
#: them in a sentence (至2023年香港已经回归26周年, 新中国正好成立75周年)
_ADVERB_BEFORE_VERB = rx.stdlib(r"(?<=[\u4e00-\u9fff])(成立|回归|诞生|解放)(?=N)")


#: how an event's name ends when it names a moment, for N年前 (香港回归祖国, 秋收起义, 五四运动; not 改革开放, a course
#: of years: 十年前，改革开放已取得巨大成就)
_AGO_STEM = rx.stdlib(r"(?:成立|诞生|回归|回归祖国|解放|胜利|起义|运动|事变)$")


#: the verb an event's name ends in, before its age (成立, 诞生, 回归, 解放, 建军, 胜利, 改革开放)
_AGE_STEM = rx.stdlib(r"(?:成立|诞生|建党|建军|回归|解放|胜利|改革开放|建立)$")


class _Gated:
    """The events' pattern, searched only in a text that holds one of ``tails`` (what every match holds; None:
    always searched)."""

    __slots__ = ("regex", "tails")

    def __init__(self, regex, tails):
        self.regex, self.tails = regex, tails

    def finditer(self, text: str):
        if self.tails is not None and not any(t in text for t in self.tails):
            return iter(())
        return self.regex.finditer(text)


class _Index:
    def __init__(self, facts):
        self.facts = facts
        self.events = facts.anniversaries
        groups = []
        for i, ev in enumerate(facts.anniversaries):
            forms = sorted(ev.forms, key=len, reverse=True)
            alts = "|".join(_ADVERB_BEFORE_VERB.sub(r"(?:已经|已|正好|刚好)?\1", re.escape(f), count=1).replace("N", _N)
                            for f in forms)
            groups.append(f"(?P<e{i}>{alts})")
        # what every form holds after its number (周年, 岁生日, 年华诞…): the first two characters, an `in` test
        # each before the pattern's search (a paragraph let in by 年来 or 年前 mostly holds none)
        forms = [f for ev in facts.anniversaries for f in ev.forms]
        tails = {f[f.index("N") + 1:f.index("N") + 3] for f in forms if "N" in f}
        tails = tuple(sorted(tails)) if all("N" in f for f in forms) and all(len(t) == 2 for t in tails) else None
        self.pattern = _Gated(rx.regex("|".join(groups)), tails) if groups else None
        # the event's age said of the time of writing (新中国成立73年来, 改革开放以来的46年): the forms whose words before
        # N end in the event's verb, N moved to 年来 (not 70多年来, 七十余年: those count nothing exactly)
        ages, age_stems = [], set()
        for i, ev in enumerate(facts.anniversaries):
            stems = rx.longest_first({f[:-3] for f in ev.forms if f.endswith("N周年") and _AGE_STEM.search(f[:-3])})
            if stems:
                alts = "|".join(re.escape(st) for st in stems)
                ages.append(f"(?P<e{i}>(?:{alts})(?:{_N}年(?:以)?来|以来的?{_N}年(?![代里间多余]|以来)))")
                age_stems.update(stems)
        #: what every match of ``ages`` holds: a stem, then a number's first character or 以来.  Searched in each
        #: paragraph with a 来 the rule reads (~0.45 ms a MB on throughput.py's 2 MB text): over the whole document it
        #: cost ~1.8 (speed44); ``ages`` itself (one alternative per event, tried at every character) ~2.7 (speed36)
        self.ages_gate = (rx.stdlib("(?:" + trie_pattern(sorted(age_stems)) + ")(?:[0-9" + zh.NUMERAL_CHARS
                                    + "百零〇两]|以来)") if age_stems else None)
        # the number left out (庆祝中国共产党成立周年大会) or put before the event's verb (红军长征80胜利周年)
        blanks, inside = [], []
        for i, ev in enumerate(facts.anniversaries):
            stems = rx.longest_first({f[:-3] for f in ev.forms if f.endswith("N周年") and _AGE_STEM.search(f[:-3])})
            if stems:
                blanks.append(f"(?P<e{i}>{'|'.join(re.escape(st) for st in stems)})")
                split = [f"{re.escape(st[:-2])}{_N}{re.escape(st[-2:])}" for st in stems if len(st) >= 4]
                if split:
                    inside.append(f"(?P<e{i}>" + "|".join(split) + ")")
        self.blank = (rx.regex("(?<=庆祝|纪念)(?:" + "|".join(blanks) + ")周年(?=(?:庆祝|纪念)?(?:大会|盛会|座谈会|晚会|文艺演出|系列活动|活动|之际))")
                      if blanks else None)
        self.inside = rx.regex("(?:" + "|".join(inside) + ")周年") if inside else None
        # N年前 said of an event of the table (94年前……爆发的秋收起义, 27年前，香港回归祖国): its name as the forms
        # write it before N周年, when that name tells the event itself (not 党的, 建党: too short to be sure of)
        self.ago = []
        for ev in facts.anniversaries:
            stems = rx.longest_first({f[:-3] for f in ev.forms if f.endswith("N周年") and len(f) >= 7 and _AGO_STEM.search(f[:-3])})
            if stems:
                self.ago.append((ev.event, lazy.regex(r"^[^。；]{0,16}?(?:" + "|".join(map(re.escape, stems)) + ")"),
                                 ev.base_year))
        # 第N个植树节: a day kept every year since its first year (observances.tsv)
        self.observances = facts.observances
        obs = []
        for i, ob in enumerate(facts.observances):
            alts = "|".join(re.escape(f) for f in sorted(ob.forms, key=len, reverse=True))
            obs.append(f"(?P<o{i}>{alts})")
        self.observed = (rx.regex(r"(?<![0-9" + zh.NUMERAL_CHARS + r"])第" + _N + r"个[“「\"]?(?:中国|我国|全国)?[“「\"]?(?:"
                                  + "|".join(obs) + ")") if obs else None)
        self.ages = rx.regex("(?<![0-9" + zh.NUMERAL_CHARS + "])(?:" + "|".join(ages) + ")(?![0-9多余])") if ages else None


def index_for(registry) -> _Index:
    return registry.memo("facts.anniversaries", lambda: _Index(facts_for(registry)))


def _claimed(ctx, text: str, s: int, e: int):
    """The years the sentence says the anniversary falls in, and whether it says so outright
    (a year or 今年 in the sentence)."""
    a, b = sentence_bounds(text, s, e)
    years = [(ys, ye, span) for ys, ye, span in years_named(text, a, s) if not _NOT_A_POINT.match(text, ye)]
    # a year named before 今年 or a semicolon tells of something else (总结了2020年的工作，对今年……
    # 开展好庆祝建党100周年活动): the anniversary is of the later time
    rel_after = _RELATIVE_RE.search(text, years[-1][1], s) if years else None
    if rel_after is not None and "；" not in text[years[-1][1]:s] and _SAID.search(text, years[-1][1], rel_after.start()):
        # 2023年9月2日，……在致辞中指出，今年是改革开放45周年: the 今年 of words said in the year named
        ys = {years[-1][2].start.year + _RELATIVE[rel_after.group()]}
        return ys, f"{years[-1][2].label}所说的“{rel_after.group()}”是", "error"
    if years and (rel_after is not None or "；" in text[years[-1][1]:s]):
        years = []
    if years:
        shift = _shift(text, years[-1][1], s)
        if shift is None:
            return set(range(years[-1][2].start.year, years[-1][2].end.year + 1)), f"{years[-1][2].label}是", "error"
        n, said = shift
        if n is None:
            return None
        y = years[-1][2].start.year + n
        return {y}, f"{years[-1][2].label}“{said}”即{y}年，是", "error"
    span = report_span(ctx)
    if span is None:
        return None
    rel = [m for m in _RELATIVE_RE.finditer(text, a, s)]
    if rel:
        word = rel[-1].group()
        years = {y + _RELATIVE[word] for y in window_years(span)}
        return years, f"{_written(span)}，“{word}”是", "error"
    # 在……N周年之际, 庆祝……N周年: the occasion of the time of writing.  A report also tells the year
    # before it was written (过去一年，我们隆重庆祝中国共产党成立一百周年, in a report of the next March),
    # so any year of the time it tells of, or the year before its window, is right; a number two or
    # more years off is a figure left over from an old draft
    # 纪念……诞辰 marks history for a leader's post, not for the number of the anniversary itself
    # history or a look back in the anniversary's clause or before it (近年来，每逢……之际; 时任……); one in a later
    # clause tells of something else (……之际，……帮老党员回忆曾经的峥嵘岁月)
    clause = _CLAUSE_END.search(text, e, b)
    back_end = clause.start() if clause else b
    history = any(not h.group().startswith("纪念") for h in HISTORY.finditer(text, a, back_end))
    if not _OCCASION.search(text, a, b) or history or _LOOKING_BACK.search(text, a, back_end) or years_named(text, a, b):
        return None
    told = narrated_span(ctx) or span
    first = min(told.start.year, span.start.year)
    # a report titled by the year of the work it sums up (2025年度工作总结, 2025年述职报告) tells of that year, not
    # the one before (a 政府工作报告 of 2025, given in March, tells of 2024)
    # (过去一年 in the paragraph up to the sentence's end looks back all the same: silent on the year before)
    if _PAST_YEAR.search(text, 0, b) is None:
        plan = _plans_its_year(ctx)
        if plan is not None:
            # 2027年工作要点：以庆祝建党N周年为契机: a plan's occasions are of the year it plans
            return {plan}, f"{plan}年的计划、要点讲的是{plan}年，{plan}年", "warning"
    back = 0 if _sums_up_its_year(ctx) and not _PAST_YEAR.search(text, 0, b) else 1
    years = set(range(first - back, span.end.year + 1))
    return years, f"{_written(span)}，", "warning"


#: time moved on after the year named, before the anniversary (1969年……，50年后的今天，……70周年; 时隔30年; 次年):
#: the anniversary is of the later year
_LATER = lazy.regex(r"(?<![0-9" + zh.NUMERAL_CHARS + r"百零〇])(?P<n>[0-9]{1,3}|[" + zh.NUMERAL_CHARS + r"百零〇两]{1,5})"
                    r"(?:多|余)?年(?:之后|以后|后)(?![0-9" + zh.NUMERAL_CHARS + r"])|时隔(?P<m>[0-9]{1,3}|[" + zh.NUMERAL_CHARS +
                    r"百零〇两]{1,5})(?:多|余)?年|(?P<next>次年|翌年|第二年)")


def _shift(text: str, a: int, b: int):
    """(years, words) when text[a:b] moves time on after a year named (the last such words count); None when
    it does not.  A rough span (50多年后) gives (None, words): the caller then checks nothing."""
    last = None
    for m in _LATER.finditer(text, a, b):
        last = m
    if last is None:
        return None
    if last.group("next"):
        return 1, last.group()
    n = cn_number(last.group("n") or last.group("m"))
    if n is None or "多" in last.group() or "余" in last.group():
        return None, last.group()  # 50多年后: no year to check against
    return n, last.group()


#: a title that names the year of the work it sums up: 2025年度, 2025年工作总结, 2025年述职报告, 2025年落实全面从严治党
#: 主体责任情况报告 (not 工作要点, 计划, 政府工作报告: those look ahead, or back at the year before)
_SUMS_UP = lazy.regex(r"(?:19|20)[0-9]{2}\s*年\s*(?:度|(?:[^，。；计划要点政府]{0,16}?(?:工作总结|总结报告|述职|述责述廉|情况的?报告)))")


_PAST_YEAR = lazy.regex(r"过去(?:的)?一年|上一年|上年度?")


def _sums_up_its_year(ctx) -> bool:
    """Whether the title names the year of the work it sums up and the report is of that year: dated by the
    title, or signed in that same year (共青团……2026年工作总结, signed 2026年12月15日, tells of 2026 only)."""
    date = ctx.report_date
    title = ctx.doc.title
    if date is None or title is None or date.written_from.year != date.year:
        return False
    # (signed in the year its title names, 2025年12月20日, or early in the next: it sums up that year all the same)
    m = _SUMS_UP.search(title.text)
    return m is not None and str(date.year) in m.group()


#: a title that names the year it plans: 2027年党建工作要点, 2027年工作计划, 关于开展2027年“七一”主题党日活动的方案
#: (not a 政府工作报告, which looks back too)
_PLANS = lazy.regex(r"((?:19|20)[0-9]{2})\s*年\s*(?:度)?[^，。；总结报告]{0,16}?(?:工作要点|工作计划|工作安排|要点|方案)$")


def _plans_its_year(ctx) -> int | None:
    date = ctx.report_date
    title = ctx.doc.title
    if date is None or date.source != "标题" or title is None:
        return None
    m = _PLANS.search(title.text.strip())
    return int(m.group(1)) if m is not None and int(m.group(1)) == date.year else None


def _written(span) -> str:
    years = sorted(window_years(span))
    return f"报告写于{years[0]}年" if len(years) == 1 else f"报告写于{years[0]}年至{years[-1]}年"


class AnniversaryNumber(FactRule):
    """周年数与年份不符（2024年是新中国成立75周年，写成了74周年）

    ## 检查内容
    “建党N周年”“新中国成立N周年”“改革开放N周年”“建军N周年”“毛泽东同志诞辰N周年”等，
    “党的N年华诞”“党的百年华诞”，以及主语和动词之间有“已经”“正好”的（至2023年香港已经回归26周年），
    N 须等于所说的年份减去事件的年份（1921、1949、1978、1927、1893……）。所说的年份：句中写了年份的
    （2024年是……、2019年10月1日，……70周年大会……），按那一年；写“今年”“明年”的，按报告的日期（年度报告
    写于当年或次年初，两年都算对）。只写“在……N周年之际”“隆重庆祝……N周年”、没写年份的，按报告的日期核对，
    报告也常回顾上一年，所以报告写成的年份及其上一年都算对（多半是旧稿的数字才报）；标题写明所计划的年份的
    （2027年党建工作要点、2027年工作计划）讲的是那一年，只有那一年算对（段中写了“过去一年”的除外）；标题写明所总结的年份的
    （2025年度工作总结、2025年述职报告、2025年……落实情况报告，落款在当年或次年初的也算）讲的是那一年，上一年的周年数不算对（段中写了“过去一年”的除外）；“N年前，
    中国共产党在上海诞生”“N年前爆发的秋收起义”（表中各事件，改革开放这样延续多年的除外）同样核对；“新中国成立N年来”“改革开放以来的N年”按句中的年份或报告写成的年份及其上一年核对
    （“70多年来”不报）。领导同志和革命先辈（毛泽东、周恩来、邓小平、李大钊、孙中山、鲁迅、雷锋、焦裕禄……，写作“毛主席”
    “周总理”“小平同志”的也算）的“诞辰N周年”“N周年诞辰”“百年诞辰”“逝世N周年”“牺牲N周年”，N 按出生、逝世的年份同样核对，
    提示写明其出生或逝世的日期；句中没有年份、也不是“之际”“纪念”的，只报报告写成时还不可能有的周年数（2012 年的报告写
    “毛主席逝世119周年”：逝世至多37周年，119 是诞辰的周年数）；没有日期的文本不报。庆祝、纪念的周年漏了数字的（庆祝中国共产党成立周年大会）和数字放在动词前的
    （红军长征80胜利周年，应为“红军长征胜利80周年”）也报。“第N个植树节”“第N个全民国家安全教育日”“第N个国家宪法日”
    等每年都过的日子，N 须等于所说的年份减去第一年再加一（植树节 1979、国家安全教育日 2016、宪法日 2014……），
    年份的取法同上；句中年份之后写了“N年后”“时隔N年”“次年”的，按推后的年份核对。日期与这些日子的名称不符的也报（9月30日是国家公祭日：国家公祭日是12月13日，9月30日是烈士纪念日；只核对日期固定的，宪法宣传周、丰收节不核对；句中写了该日设立以前的年份的不报）。讲往年的纪念大会或讲话（在庆祝……65周年招待会上的讲话）、“近年来”“每逢”
    等回顾（写在周年数所在分句或之前的；后面分句里“回忆曾经的岁月”之类讲的是别的事）、句中另写了年份的“之际”、引语，不报；
    但往年大会上的讲话写明是哪位总书记讲的，那一年此人还不是总书记的，报周年数（习近平总书记在庆祝中国共产党成立90周年
    大会上的讲话：90周年是2011年，习近平2012年11月起任总书记）。
    标题写了一个周年数（在庆祝建党105周年暨……大会上的讲话），正文庆祝、纪念同一事件时写的数差一年（庆祝中国共产党成立104周年），
    句中又没有年份、“去年”和回顾的，也提示（没有日期的讲话稿也查；差得更多的多半讲的是别的一年，不报）。

    ## 为什么
    周年数算错，是常识性的政治差错，多半是套用往年稿子没有改数字。

    ## 修复说明
    给出按年份算出的周年数（需人工确认所说的年份）。

    ## 依据
    rules/phrase/facts/anniversaries.tsv（各事件的年份，每行两处出处）；rules/phrase/facts/lives.tsv（领导同志和革命先辈的
    出生、逝世日期，每行两处出处）；rules/phrase/facts/observances.tsv（各节日、
    纪念日的第一年，每行两处出处）。
    """

    code = "DJ434"
    name = "anniversary-number"
    severity = "error"
    fix = "sometimes"
    source = "中国共产党成立（1921）、中华人民共和国成立（1949）等的年份，见 rules/phrase/facts/anniversaries.tsv"

    #: the last ten: the days of observances.tsv (第N个植树节; a new day there needs its word here)
    prefilter_words = ("周年", "岁生日", "华诞", "年前", "年来", "以来的", "植树节", "教育日", "宪法日", "宣传周", "纪念日",
                       "公祭日", "警察节", "丰收节", "教师节", "国庆节", "诞辰", "生产月")  # found by the engine's one literal scan of the document

    def check_paragraph(self, p, ctx):
        ix = index_for(ctx.registry)
        if ix.pattern is None:
            return
        text = p.text
        if "年前" in text:
            yield from _years_ago(p, ctx, text)
        if ix.ages is not None and "来" in text and _may_age(ix, text):
            yield from _ages(p, ctx, text, ix)
        if "周年" in text:
            yield from _blank_or_inside(p, ctx, text, ix)
        if ix.observed is not None and "个" in text:
            yield from _observed(p, ctx, text, ix)
        if "月" in text:
            yield from wrong_days(p, ctx, ix.facts, text)
        if "周年" in text or "诞辰" in text:
            yield from lives.check(p, ctx, text, _claimed, _EVENT_AFTER)
        yield from _speakers_out_of_term(p, ctx, text, ix)
        for m in ix.pattern.finditer(text):
            i = next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "e" and v is not None)
            ev = ix.events[i]
            n = cn_number(m.group("n"))
            if n is None or n <= 0 or quoted(ctx, p, m.start(), m.end()) or _EVENT_AFTER.match(text, m.end()):
                continue
            if m.group(0)[0] == "建" and text[m.start() - 1:m.start()] in _BODY_ENDS:
                continue  # 越南共产党建党95周年, 县歌舞团建团60周年: another body's founding
            claim = _claimed(ctx, text, m.start(), m.end())
            right = counts_due(ev.base_year, n, claim[0]) if claim is not None else ()
            if not right:
                found = _against_title(p, ctx, m, i, n, ix)
                if found is not None:
                    yield found
                continue
            years, label, severity = claim
            ns, ne = m.span("n")
            written = m.group("n")
            said_as = written + text[ne:m.end()]  # 25周年, 百年华诞, 103岁生日: as the form wrote it
            fix = None
            if len(right) == 1:
                fix = count_as_written(written, right[0])
            said = "或".join(str(r) for r in right)
            if severity == "warning":  # the time of writing, not a year the sentence names
                told = f"是{ev.event}{right[0]}" if len(right) == 1 else f"前后是{ev.event}{right[0]}至{right[-1]}"
                yield Finding(p, ns, ne, f"{label}{told}周年（从{ev.base_year}年起算），"
                              f"“{said_as}”疑为旧稿的数字，请核对", None, False, severity=severity)
                continue
            yield Finding(p, ns, ne, f"{label}{ev.event}{said}周年（从{ev.base_year}年起算），请核对“{said_as}”",
                          fix, False, severity=severity)


#: the General Secretary who spoke at the gathering, right before it (习近平总书记在庆祝中国共产党成立N周年大会上的讲话)
_SPEAKER = lazy.regex(r"(?P<who>习近平|胡锦涛|江泽民)总书记在(?:庆祝|纪念)?$")
#: a speech or its spirit at the gathering, not the gathering alone
_SPOKEN = lazy.regex(r"讲话|致辞|精神|报告")


def _speakers_out_of_term(p, ctx, text, ix):
    """习近平总书记在庆祝中国共产党成立90周年大会上的讲话: the speech of a gathering held (2011) before the speaker was
    General Secretary (2012-11); the number, not the speaker, is what a clerk copies wrong (facts27).  Only the
    gathering's year against the term: any day of that year in it is right."""
    if "总书记在" not in text:
        return
    for m in ix.pattern.finditer(text):
        if not _EVENT_AFTER.match(text, m.end()) or quoted(ctx, p, m.start(), m.end()):
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "e" and v is not None)
        n = cn_number(m.group("n"))
        if n is not None and n > 0:
            yield from _speaker_out_of_term(p, ix, text, m, ix.events[i], n)


def _speaker_out_of_term(p, ix, text, m, ev, n):
    at = m.start()
    if text[at - 2:at] in ("庆祝", "纪念"):
        at -= 2
    who = _SPEAKER.search(text, max(0, at - 9), at)
    if who is None or not _SPOKEN.search(text, m.end(), m.end() + 12):
        return
    y = ev.base_year + n
    terms = ix.facts.terms_of(who.group("who"), "中共中央总书记")
    if not terms or any(t.overlaps(_dt.date(y, 1, 1), _dt.date(y, 12, 31)) for t in terms):
        return
    ns, ne = m.span("n")
    first = min(t.start for t in terms if t.start is not None)
    yield Finding(p, ns, ne, f"{ev.event}{n}周年是{y}年，那时{who.group('who')}还不是总书记（{first.year}年{first.month}月起），"
                   f"“{who.group('who')}总书记在……{n}周年……上”的周年数有误，请核对", None, False)


def _title_counts(ctx, ix) -> dict:
    """{event's index: the counts} the document's title names (在庆祝建党105周年暨……大会上的讲话)."""
    def build(c):
        title, out = c.doc.title, {}
        for m in ix.pattern.finditer(title.text) if title is not None else ():
            n = cn_number(m.group("n"))
            if n and not _EVENT_AFTER.match(title.text, m.end()):
                out.setdefault(next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "e" and v is not None), set()).add(n)
        return out
    return ctx.shared("facts.title_counts", build)


def _against_title(p, ctx, m, i, n, ix):
    """庆祝中国共产党成立104周年 under a title of 建党105周年: one year off the title's count, on the occasion of
    the time of writing (庆祝, 之际), no year, look back or history in the sentence: an old draft's number."""
    title = ctx.doc.title
    counts = _title_counts(ctx, ix).get(i)
    if p is title or not counts or len(counts) != 1 or abs(next(iter(counts)) - n) != 1:
        return None
    text = p.text
    a, b = sentence_bounds(text, m.start(), m.end())
    if not _OCCASION.search(text, a, b) or in_history(text, a, b) or years_named(text, a, b) \
            or _RELATIVE_RE.search(text, a, b) or _LOOKING_BACK.search(text, a, b):
        return None
    ns, ne = m.span("n")
    t = next(iter(counts))
    return Finding(p, ns, ne, f"标题写的是{ix.events[i].event}{t}周年，这里写“{m.group('n')}{text[ne:m.end()]}”，"
                              f"前后不一致，请核对", None, False, severity="warning")


#: the last character of a body's name: 建党, 建团 right after it is that body's founding, not the Party's or
#: the League's (越南共产党建党95周年, 县歌舞团建团60周年, 艺术剧院建院)
_BODY_ENDS = frozenset("党团队社院校会部局厂司")


#: “N年前”, then the event in the same sentence: 103年前，中国共产党在上海诞生 (N is counted back
#: from the year of the sentence or of the report)
_YEARS_AGO = lazy.regex(r"(?<![0-9" + zh.NUMERAL_CHARS + r"百零〇])(?P<n>[0-9]{1,3}|[" + zh.NUMERAL_CHARS + r"百零〇]{1,5})年前(?!后|左右|多)"
                      r"(?:的今天|的这一天|的那一天)?[，,]?(?P<rest>[^。；！？\n]{0,30})")
_AGO_EVENTS = (
    ("中国共产党成立", lazy.regex(r"^[^。；]{0,16}?(?:中国共产党|我们党|党)(?:在上海)?(?:正式)?(?:宣告)?(?:成立|诞生)"), 1921),
    ("中华人民共和国成立", lazy.regex(r"^[^。；]{0,16}?(?:中华人民共和国|新中国)(?:宣告|正式)?(?:成立|诞生)"), 1949),
    ("五四运动", lazy.regex(r"^[^。；]{0,12}?五四运动(?:爆发)?"), 1919),
    ("南昌起义", lazy.regex(r"^[^。；]{0,12}?南昌起义"), 1927),
)


def _years_ago(p, ctx, text):
    """N年前 said of an event whose year is known (the year of the sentence, else of the report's window)."""
    for m in _YEARS_AGO.finditer(text):
        n = cn_number(m.group("n"))
        if n is None or n < 10:
            continue
        rest = m.group("rest")
        hit = next(((name, base) for name, rx_, base in (*_AGO_EVENTS, *index_for(ctx.registry).ago)
                    if rx_.search(rest)), None)
        if hit is None or quoted(ctx, p, m.start(), m.end()):
            continue
        a, b = sentence_bounds(text, m.start(), m.end())
        if in_history(text, a, b):
            continue
        named = years_named(text, a, b)
        if named:
            years = {named[0][2].start.year}
            said = f"{named[0][2].label}"
        else:
            span = report_span(ctx)
            if span is None:
                continue
            years = set(range(span.start.year - 1, span.end.year + 1))
            said = _written(span)
        name, base = hit
        if base + n in years:
            continue
        right = sorted(y - base for y in years if y > base)
        if not right:
            continue
        span_txt = str(right[0]) if len(right) == 1 else f"{right[0]}至{right[-1]}"
        yield Finding(p, m.start("n"), m.end("n"), f"{said}，{name}（{base}年）是{span_txt}年前，请核对“{m.group('n')}年前”",
                      None, False, severity="warning")


def _blank_or_inside(p, ctx, text, ix):
    """庆祝中国共产党成立周年大会 (the number left out), 纪念红军长征80胜利周年 (the number before the verb)."""
    for m in ix.blank.finditer(text) if ix.blank is not None else ():
        ev = ix.events[next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "e" and v is not None)]
        if quoted(ctx, p, m.start(), m.end()):
            continue
        span = report_span(ctx)
        hint = ""
        if span is not None:
            right = sorted(y - ev.base_year for y in window_years(span) if y > ev.base_year)
            if right:
                hint = f"（{_written(span)}，前后是{right[0]}至{right[-1]}周年）" if len(right) > 1 else f"（{_written(span)}，是{right[0]}周年）"
        yield Finding(p, m.start(), m.end(), f"周年数漏了：“{m.group()}”，请写明是{ev.event}多少周年{hint}", None, False,
                      severity="warning")
    for m in ix.inside.finditer(text) if ix.inside is not None else ():
        if quoted(ctx, p, m.start(), m.end()):
            continue
        n = m.group("n")
        ns, ne = m.span("n")
        right = text[m.start():ns] + text[ne:m.end() - 2] + n + "周年"
        yield Finding(p, m.start(), m.end(), f"周年数的位置不对：“{m.group()}”应为“{right}”", right, True, severity="warning")


def _observed(p, ctx, text, ix):
    """第N个植树节, 第N个国家宪法日: N is the year it is said of (a year in the sentence, else the report's window
    and the year before) less the day's first year, plus one; history and quotations are left alone."""
    for m in ix.observed.finditer(text):
        ob = ix.observances[next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "o" and v is not None)]
        n = cn_number(m.group("n"))
        if n is None or n <= 0 or quoted(ctx, p, m.start(), m.end()):
            continue
        a, b = sentence_bounds(text, m.start(), m.end())
        before = [(ys, ye, span) for ys, ye, span in years_named(text, a, m.start()) if not _NOT_A_POINT.match(text, ye)]
        # a look back before the year the day is dated by tells of something else (每年9月开展……，在2026年9月10日第42个
        # 教师节期间……)
        if in_history(text, a, b) or _LOOKING_BACK.search(text, before[-1][0] if before else a, m.start()):
            continue
        rel = _RELATIVE_RE.search(text, before[-1][1] if before else a, m.start())
        severity = "error"
        if before and rel is None and "；" not in text[before[-1][1]:m.start()]:
            shift = _shift(text, before[-1][1], m.start())
            if shift is not None and shift[0] is None:
                continue
            y = before[-1][2].start.year + (shift[0] if shift else 0)
            years, said = {y}, (f"{before[-1][2].label}“{shift[1]}”即{y}年，是" if shift else f"{before[-1][2].label}是")
        elif not before and len({sp.start.year for _s, _e, sp in years_named(text, m.end(), b)}) == 1:
            after = years_named(text, m.end(), b)[0][2]  # 第45个植树节（2023年3月12日）
            years, said = {after.start.year}, f"{after.label}是"
        elif before or years_named(text, m.end(), b):
            continue  # several years, or a year before 今年 or a semicolon: the sentence's own time is unclear
        else:
            span = report_span(ctx)
            if span is None:
                continue
            shift = _RELATIVE[rel.group()] if rel is not None else 0
            years = {y + shift for y in range(span.start.year - (rel is None), span.end.year + 1)}
            said, severity = f"{_written(span)}，" + (f"“{rel.group()}”是" if rel is not None else "前后是"), "warning"
        right = sorted(y - ob.first_year + 1 for y in years if y >= ob.first_year)
        if not right and severity == "error":  # 1949年……第一个国庆节: the day was not kept yet
            yield Finding(p, m.start(), m.end(), f"{min(years)}年还没有{ob.day}（{ob.first_year}年为第一个），"
                          f"请核对“{m.group()}”", None, False)
        if not right or n in right:
            continue
        ns, ne = m.span("n")
        written = m.group("n")
        if len(right) == 1:
            fix = count_as_written(written, right[0])
            said_n = f"第{fix}个"
        else:
            fix, said_n = None, f"第{count_as_written(written, right[0])}至{count_as_written(written, right[-1])}个"
        yield Finding(p, ns, ne, f"{said}{said_n}{ob.day}（{ob.first_year}年为第一个），请核对“第{written}个”",
                      fix if severity == "error" else None, False, severity=severity)


def _may_age(ix, text: str) -> bool:
    """Whether ``ages`` may match in the paragraph's ``text``: its gate found there.  Searched in the paragraph, not
    the document: the rule asks only of its paragraphs with a 来 (~a fifth of the characters of report prose)."""
    return ix.ages_gate is None or ix.ages_gate.search(text) is not None


def _ages(p, ctx, text, ix):
    """新中国成立N年来, 改革开放以来的N年: the event's age as of the year of the sentence, else of the report's
    window (the year it was written and the one before); reported speech and history are left alone."""
    for m in ix.ages.finditer(text):
        ev = ix.events[next(int(k[1:]) for k, v in m.groupdict().items() if k[0] == "e" and v is not None)]
        n = cn_number(m.group("n"))
        if n is None or n < 10 or quoted(ctx, p, m.start(), m.end()):
            continue
        a, b = sentence_bounds(text, m.start(), m.end())
        if in_history(text, a, b) or _SAID.search(text, a, m.start()) or _EVENT_AFTER.match(text, m.end()):
            continue
        named = [(ys, ye, span) for ys, ye, span in years_named(text, a, m.start())
                 if not _NOT_A_POINT.match(text, ye) and span.start.year != ev.base_year]
        if named:
            shift = _shift(text, named[-1][1], m.start())
            if shift is not None and shift[0] is None:
                continue
            years = {named[-1][2].start.year + (shift[0] if shift else 0)}
            said = named[-1][2].label + (f"“{shift[1]}”即{min(years)}年" if shift else "")
        elif years_named(text, m.end(), b):
            continue  # a year after it (……70年来，到2019年……): the sentence tells its own time
        else:
            span = report_span(ctx)
            if span is None:
                continue
            years, said = set(range(span.start.year - 1, span.end.year + 1)), _written(span)
        if ev.base_year + n in years:
            continue
        right = sorted(y - ev.base_year for y in years if y > ev.base_year)
        if not right:
            continue
        span_txt = str(right[0]) if len(right) == 1 else f"{right[0]}至{right[-1]}"
        ns, ne = m.span("n")
        yield Finding(p, ns, ne, f"{said}，{ev.event}（{ev.base_year}年）已{span_txt}年，请核对“{m.group('n')}年”",
                      None, False, severity="warning")


RULES = (AnniversaryNumber,)
