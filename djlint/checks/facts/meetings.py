"""DJ437: meetings by date — a congress or plenum cited as held in a report written before it met,
a plenum that never met, a date or a 召开之年 that does not fit the meeting, a document credited
to the wrong plenum."""
from __future__ import annotations

from ...engine import Finding
from ...util import zh
from ...util.zh import int_to_cn as chinese_number
from ..hanzi import TRADITIONAL_HINT, simplified
from . import lazy
from .base import SRC, FactRule, meetings_index, quoted, time_of
from .data import cn_date, cn_number, facts_for
from .subjects import congress_government_report, plan_itself, subject_of_another
from .termless import without_term
from .when import clause_bounds, in_history, narrated_span, report_span, sentence_bounds, window_years, years_named

#: after the name: what a meeting that has met gives (精神, 提出, 审议通过的…, 以来)
_HELD_AFTER = lazy.regex(r"(?:的)?(?:精神|提出|指出|强调|审议通过|通过|作出|部署|以来|召开以来|胜利召开以来|公报|决定|"
                       r"重大决策部署|重要讲话|确立|明确)")
_HELD_BEFORE = lazy.regex(r"(?:学习贯彻|学习宣传贯彻|学习领会|贯彻落实|传达学习|传达|学习|贯彻)$")
#: the character just before the name when _HELD_BEFORE finds a match (its words' last ones; ``$`` also stands
#: before a last newline): where it is another, the search of the six characters is not made (speed33)
_HELD_BEFORE_LAST = frozenset("彻会实习达\n")
_FUTURE = lazy.regex(r"迎接|喜迎|即将|将于|将在|将要|筹备|召开前|前夕|之际|召开在即|预计|拟于|计划|定于|准备")
#: a sentence that opens on the year of the one before it (这一年，同年，)
_THAT_YEAR = lazy.regex(r"\s*(?:这一年|同年)[，,]?")
#: from 这一年 to the meeting: who did it and the preposition (中国政府在, 党中央在北京召开的)
_SETTING = lazy.regex(r"[^，。；！？“”《》]{0,12}?(?:在|于)(?:北京)?(?:召开的|举行的)?")
#: after the name: told as convened (二十届四中全会在……中胜利召开, 十九大在北京隆重举行)
_CONVENED = lazy.regex(r"(?:(?:在[^，。；！？“”]{0,24}?)?(?:胜利|隆重|顺利)(?:召开|举行|闭幕)|在[^，。；！？“”]{0,24}?(?:召开|举行|闭幕)|"
                       r"(?:召开|举行|闭幕)(?=了|[，。；！]))(?![前后之在即])(?!(?:营造|奠定|创造|献礼|做好|作出|贡献))")
#: before the name in its clause: the meeting as an aim (为党的二十大胜利召开营造良好氛围, 确保……顺利召开)
_AIM = lazy.regex(r"为|确保|保障|服务|助力|护航|迎|盼")
_DAY = r"(?:[0-9]{1,2}日|[一二三]?十?" + zh.NUMERAL + r"日)"
#: between the year (and month) and the meeting's name: a day or a span of days (5日至11日), a link word
_YEAR_LINK = lazy.regex(r"^(?:" + _DAY + r"(?:(?:至|到|—|-|－|～|~)" + _DAY + r")?)?(?:，|召开的|举行的|胜利召开的|的|在北京召开的)?$")
_ORDINAL = lazy.regex(r"(?<!" + zh.NUMERAL + r")(?P<term>十[六七八九]|二十)届(?P<n>" + zh.NUMERAL + r")中全会")
_CONGRESS_YEAR = lazy.regex(r"(?:党的)?(?P<term>十[六七八九]|二十)大(?:胜利)?召开之年")
_DOC_LINK = lazy.regex(r"审议通过|通过了|通过的|作出的|作出了|制定的|印发的")
_TITLE = lazy.regex(r"《([^《》]{4,80})》")
_ANAPHORA = lazy.regex(r"\s*(?:这次|此次|本次)?(?:全会|会议|大会)")
_RELATIVE_RE = lazy.regex(r"今年|明年|去年")
_RELATIVE = {"今年": 0, "明年": 1, "去年": -1}


def _ordinal(m) -> int:
    return cn_number(m.ordinal[:-1]) or 0


class MeetingDate(FactRule):
    """会议与日期不符：报告写成时还没开的会、没有开过的全会、年份不对的会议、张冠李戴的文件

    ## 检查内容
    党的全国代表大会、中央全会、中央纪委全会、全国人大和全国政协会议、共青团全国代表大会，按数据表里的召开日期核对：

    - 报告写成时还没召开的会议，却写了它的“精神”“提出”“审议通过”，或写它“在……中胜利召开”（2024年的报告写
      “学习贯彻党的二十届四中全会精神”：四中全会2025年10月才召开，多半是届次写错了）；“迎接”“即将召开”
      “为……胜利召开营造良好氛围”等讲未来的不报；
    - 报告写成时早已召开的党代会、全会，却仍写“迎接”“喜迎”它召开或“向”它“献礼”（2027年的要点写“以迎接党的二十大胜利召开为主线”：
      多半是旧稿的主线没改）；句子写了当年年份（2022年，……）或是回顾的，不报；
    - 没有开过的全会（十九届中央委员会开了七次全会，没有“十九届八中全会”）；
    - 讲党的全国代表大会的段落把它叫作“全会”（学习党的二十大精神……研读全会公报；这次大会……全会科学谋划了……）：
      段中没有写哪次全会的，多半是套用了全会的稿子（繁体字段落按简体核对）；“市委全会”“五次全会”等不报；
    - 写在会议前面的年月与会议日期不符（2023年7月召开的党的二十届三中全会；2023年3月5日至11日，第十四届
      全国人民代表大会第三次会议……；上一句写了年份、这一句以“这一年”“同年”开头的，按上一句的年份）；
      “2022年是党的二十大召开之年”的年份不符；
    - 下一次党代会开过以后的年份，报告仍把上一届的会议精神当作当前任务（2023年的要点写“深入贯彻党的
      十九大和十九届历次全会精神”：党的二十大2022年10月已召开，多半是旧稿；上一届中央纪委的全会同样，
      2026年的讲话写“学习贯彻十九届中央纪委六次全会精神”；共青团十九大2023年6月召开后仍写“团十八大精神”）；同一句里也写了新一届
      会议的、写了年份或“以来”“期间”等回顾的，不报；
    - 列举同一届的几次全会作为当前要贯彻的精神，却漏了报告年份之前就已召开的后一次全会（2020年的报告写
      “全面贯彻党的十九大和十九届二中、三中全会精神”：四中全会2019年10月已召开）；只写一次全会的（常因
      议题而引用，如十九届四中全会精神与基层治理）、写了年份或回顾的，不报；
    - 全会名称缺少届次（2015年的报告写“学习贯彻党的五中全会精神”，2025年的写“中央纪委二次全会要求”）：各届都有
      五中全会、二次全会，按报告的时间说出最近一次的全称（党的十八届五中全会、二十届中央纪委二次全会）；同一句前面
      写了届次的（十八届五中、六中全会精神，中央纪委五次全会）、文中别处写过全称的，不报；
    - 会议审议通过的文件张冠李戴（二十届三中全会审议通过的《中共中央关于深化党和国家机构改革的决定》：
      那是十九届三中全会的文件）；全会的主题张冠李戴（党的二十届四中全会“聚焦”国家治理体系和治理能力现代化：
      那是十九届四中全会的主题；只比对十个字以上、表中只属于别的全会的主题）；
    - 说全会“通过了‘十四五’规划”（全会审议通过的是规划的建议，规划纲要由全国人民代表大会审议批准；
      “通过了……规划建议”“……远景目标的建议”不报）；把党代会的报告叫作“政府工作报告”（十八大政府工作报告
      应为十八大报告：政府工作报告是国务院向全国人大作的）。

    引语不报；报告日期不明时，只做不依赖日期的核对。

    ## 为什么
    会议届次、年份和文件写错，是公文中最常见的政治性差错之一。

    ## 依据
    rules/phrase/facts/meetings.tsv（各次会议的日期和文件，每行两处出处）。
    """

    code = "DJ437"
    name = "meeting-date"
    severity = "warning"
    source = SRC
    supersedes = ("DJ403",)

    #: (?:十[六七八九]|二十)(?:大|届)|全国代表大会|全体会议|次会议, spelt out: found by the engine's one
    #: literal scan of the document, not a scan of its own
    prefilter_words = (*(t + k for t in ("十六", "十七", "十八", "十九", "二十") for k in "大届"),
                       "全国代表大会", "全体会议", "次会议", "全會", "这次大会", "此次大会", "本次大会", "中全会",
                       "次全会")

    def check_paragraph(self, p, ctx):
        ix = meetings_index(ctx.registry)
        facts = facts_for(ctx.registry)
        text = p.text
        if ix.pattern is not None:
            for m in ix.pattern.finditer(text):
                if m.start() > 0 and text[m.start() - 1] in zh.NUMERAL_CHARS + "第":
                    continue
                if _OTHER_BODY.search(text, max(0, m.start() - 4), m.start()):
                    continue  # 团的十九大, 工会十八大: another organisation's congress
                meeting = ix.by_name[m.group()]
                found = self._dated(ctx, text, m, meeting) or self._not_yet(ctx, facts, text, m, meeting) \
                    or self._document(text, m, meeting, facts) or self._superseded(ctx, facts, text, m, meeting) \
                    or _welcomed_after_held(ctx, text, m, meeting) or _ccdi_superseded(ctx, facts, text, m, meeting) \
                    or subject_of_another(ctx.registry, facts, text, m, meeting) or plan_itself(text, m, meeting)
                # a name inside a quotation is not judged: asked only of what a check found (the checks only read the
                # text; most names are found nothing wrong with, and the question cost ~1 ms a MB, speed36)
                if found is not None and not quoted(ctx, p, m.start(), m.end()):
                    yield Finding(p, *found)
        if "全会" in text or "全會" in text:
            yield from self._congress_as_plenum(p, ctx, text)
            yield from without_term(p, ctx, facts, text)
        yield from congress_government_report(p, ctx, text)
        if "中全会" in text:  # in every match of _ORDINAL: most paragraphs are not searched with its lookbehind
            yield from self._never_held(p, ctx, facts, text)
        if "召开之年" in text:  # in every match of _CONGRESS_YEAR, whose search of a paragraph cost ~5 ms/MB
            yield from self._congress_year(p, ctx, facts, text)
        if "中、" in text or "中和" in text:
            yield from self._plenums_left_out(p, ctx, facts, text)

    # -- a list of a term's plenums that stops before one held long before the report ---------
    def _plenums_left_out(self, p, ctx, facts, text):
        """党的十九大和十九届二中、三中全会精神 as the spirit to carry out in a 2020 report: the 四中全会 met in
        October 2019, so the list is an old draft's.  Only a list of two or more plenums (one plenum alone
        is often cited for its subject: 十九届四中全会精神 on governance), only when the left-out plenum met
        before every date the sentence is of, and not when the next congress has met (_superseded's)."""
        for m in _PLENUM_LIST.finditer(text):
            term = m.group("term") + "届"
            listed = [cn_number(x) or 0 for x in _PLENUM_ORDINALS.findall(m.group("list"))]
            plenums = facts.plenums_of(term)
            if len(listed) < 2 or not plenums or quoted(ctx, p, m.start(), m.end()):
                continue
            if not _STUDY_VERB.search(text, max(0, m.start() - 30), m.start()):
                continue
            a, b = sentence_bounds(text, m.start(), m.end())
            if in_history(text, a, b) or _LOOKING_BACK.search(text, a, b) or years_named(text, a, b):
                continue
            spans = time_of(ctx, text, a, b, skip=(m.start(), m.end()), narration=True)
            if not spans:
                continue
            nxt = facts.congress_numbered((cn_number(term[:-1]) or 0) + 1)
            if nxt is not None and any(nxt.start < sp.start for sp in spans):
                continue
            later = [x for x in plenums if _ordinal(x) > max(listed) and all(x.start < sp.start for sp in spans)]
            if not later:
                continue
            last = max(later, key=_ordinal)
            yield Finding(p, m.start(), m.end(), f"{last.names[0]}已于{cn_date(last.start)}召开，{spans[0].label}的报告只写到"
                                                 f"“{m.group()}”，疑为旧稿，请核对（可写“{term}历次全会精神”）")

    # -- a date written before the meeting -------------------------------------------------
    def _dated(self, ctx, text, m, meeting):
        a, _b = sentence_bounds(text, m.start(), m.end())
        named = years_named(text, max(a, m.start() - 16), m.start())
        back = _THAT_YEAR.match(text, a)
        if not named and back is not None and a > 0:
            # 答案是2020年。这一年，……在第十三届全国人大四次会议上: the year of the sentence before
            before = years_named(text, sentence_bounds(text, a - 1, a - 1)[0], a - 1)
            if before and _SETTING.fullmatch(text, back.end(), m.start()):
                named = [(back.start(), back.end(), before[-1][2])]
        for ys, ye, span in named:
            if ye != (back.end() if back is not None else -1) and not _YEAR_LINK.match(text[ye:m.start()]):
                continue
            end = meeting.end or meeting.start
            if span.start <= end and meeting.start <= span.end:
                return None
            return (ys, m.end(), f"{meeting.names[0]}于{_when(meeting)}召开，不是{span.label}，请核对")
        if not named:
            return _dated_relative(ctx, text, m, meeting, max(a, m.start() - 16))
        return None

    # -- cited as held before it met ---------------------------------------------------------
    def _not_yet(self, ctx, facts, text, m, meeting):
        held = _HELD_AFTER.match(text, m.end()) or (text[m.start() - 1:m.start()] in _HELD_BEFORE_LAST
                                                     and _HELD_BEFORE.search(text, max(0, m.start() - 6), m.start())) \
            or (_CONVENED.match(text, m.end()) and not _AIM.search(text, clause_bounds(text, m.start(), m.end())[0], m.start()))
        if not held:
            return None
        ca, _cb = clause_bounds(text, m.start(), m.end())
        if _FUTURE.search(text, ca, m.end() + 6):
            return None
        a, b = sentence_bounds(text, m.start(), m.end())
        spans = time_of(ctx, text, a, b, skip=(m.start(), m.end()))
        if not spans or any(meeting.start <= sp.end for sp in spans):
            return None
        span = spans[0]
        last = _last_before(facts, meeting, span.end)
        hint = f"（此前最近的一次是{last.names[0]}）" if last is not None else ""
        return (m.start(), m.end(), f"{meeting.names[0]}{cn_date(meeting.start)}才召开，{span.label}的报告中请核对届次{hint}")

    # -- the spirit of a closed term studied as today's --------------------------------------
    def _superseded(self, ctx, facts, text, m, meeting):
        """党的十九大和十九届历次全会精神 as the spirit to carry out in a report written in a year after the
        next congress met (a 2023 plan that still 贯彻 the 十九大: a 2022 text relabelled)."""
        if meeting.body not in ("全国代表大会", "中央委员会", "中央纪委", _LEAGUE) or not _STUDIED.match(text, m.end()):
            return None  # (a 中央纪委 is elected by the congress: its term closes with the Party's)
        nxt = _next_congress(facts, meeting)
        if nxt is None:
            return None
        a, b = sentence_bounds(text, m.start(), m.end())
        if meeting.body == _LEAGUE:  # 团十八大 in 2026: the league's congress met again in 2023 (the Party's are not its terms)
            if any(x.body == _LEAGUE and x.start >= nxt.start and any(n in text[a:b] for n in x.names) for x in facts.meetings):
                return None
        elif _LATER_TERM_WORDS.search(text, a, b) and _names_a_later_term(text, a, b, nxt):
            return None  # 十九大、十九届历次全会和党的二十大精神: both terms, the later one too
        if in_history(text, a, b) or _LOOKING_BACK.search(text, a, b):
            return None
        spans = time_of(ctx, text, a, b, skip=(m.start(), m.end()), narration=True)
        if not spans or any(sp.start.year <= nxt.start.year for sp in spans):
            return None
        span = spans[0]
        should = f"{nxt.term[:-1]}届中央纪委全会" if meeting.body == "中央纪委" else nxt.names[0] if meeting.body == _LEAGUE \
            else f"{nxt.names[0]}和{nxt.term[:-1]}届历次全会"
        return (m.start(), m.end(), f"{nxt.names[0]}已于{cn_date(nxt.start)}召开，{span.label}的报告仍以“{m.group()}”"
                                    f"精神为当前任务，疑为旧稿，请核对（应为{should}精神）")

    # -- a document credited to another meeting ------------------------------------------------
    def _document(self, text, m, meeting, facts):
        t = _TITLE.search(text, m.end(), m.end() + 160)
        if t is None or "《" in text[m.end():t.start()]:
            return None
        a, _b = sentence_bounds(text, t.start(), t.end())
        if a > m.end() and not (_ANAPHORA.match(text, a) and sentence_bounds(text, m.start(), m.end())[1] + 1 == a):
            return None  # the title is in a later sentence that does not go on about this meeting (全会审议通过的……)
        if not _DOC_LINK.search(text, max(a, m.end()), t.start()):
            return None
        title = t.group(1)
        if title in meeting.documents:
            return None
        owners = [x for x in facts.meetings if title in x.documents]
        if len(owners) != 1:
            return None  # a title several meetings adopted in turn (《中国共产党章程（修正案）》: every congress has one)
        owner = owners[0]
        between = text[m.end():t.start()]
        if owner is meeting or any(n in between for x in facts.meetings for n in x.names):
            return None  # (党的二十大作出部署，二十届二中全会审议通过《……》: the title goes with the nearer meeting)
        own = "、".join(f"《{d}》" for d in meeting.documents[:1])
        also = f"；{meeting.names[0]}审议通过的是{own}" if own else ""
        return (t.start(), t.end(), f"《{title}》是{owner.names[0]}（{cn_date(owner.start)}）审议通过的{also}，请核对")

    # -- a congress called a plenum ------------------------------------------------------------
    def _congress_as_plenum(self, p, ctx, text):
        """A paragraph about a Party congress (党的二十大, 这次大会) that calls it 全会 (学习全会公报, 全会科学谋划了):
        a 全国代表大会 is no plenum of the Central Committee, and a paragraph that names no plenum has no
        全会 of its own (a plenum template reused).  A local plenum (市委全会, 五次全会) is left alone."""
        if _TRADITIONAL.search(text):
            text = simplified(text)  # the same length: offsets stay the paragraph's
        if _PLENUM_NAMED.search(text) or not _CONGRESS_NAMED.search(text):  # (most such paragraphs name a plenum)
            return
        for m in _BARE_PLENUM.finditer(text):
            if quoted(ctx, p, m.start(), m.end()):
                continue
            yield Finding(p, m.start(), m.end(), "这段讲的是党的全国代表大会，不是中央全会：“全会”应为“大会”"
                                                 "（全会公报应为大会报告或决议），请核对", severity="warning")

    # -- a plenum that never met --------------------------------------------------------------
    def _never_held(self, p, ctx, facts, text):
        for m in _ORDINAL.finditer(text):
            term = m.group("term") + "届"
            n = cn_number(m.group("n"))
            plenums = facts.plenums_of(term)
            if not plenums:
                continue
            ordered, held, top, complete = _term_plenums(ctx, facts, term, plenums)
            if n in held or quoted(ctx, p, m.start(), m.end()):
                continue
            if complete:
                yield Finding(p, m.start(), m.end(), f"{term}中央委员会共召开{chinese_number(len(plenums))}次全会，没有“{m.group()}”，请核对")
                continue
            below = min((ox for ox in ordered if ox[0] < n), key=lambda ox: -ox[0], default=None)
            later = below[1] if below is not None else None
            span = report_span(ctx)
            if later is not None and span is not None and later.start > span.end and below[0] == top:
                ca, _cb = clause_bounds(text, m.start(), m.end())
                if not _FUTURE.search(text, ca, m.end() + 6):
                    yield Finding(p, m.start(), m.end(), f"{later.names[0]}{cn_date(later.start)}才召开，"
                                  f"{span.label}的报告中不会有“{m.group()}”，请核对届次")

    # -- N年是党的X大召开之年 -------------------------------------------------------------------
    def _congress_year(self, p, ctx, facts, text):
        for m in _CONGRESS_YEAR.finditer(text):
            congress = facts.congress_of(m.group("term") + "大")
            if congress is None or quoted(ctx, p, m.start(), m.end()):
                continue
            a, _b = sentence_bounds(text, m.start(), m.end())
            years = [span for _s, _e, span in years_named(text, a, m.start())]
            if years:
                said, label = {years[-1].start.year}, f"不是{years[-1].label}"
            else:
                rel = list(_RELATIVE_RE.finditer(text, a, m.start()))
                span = report_span(ctx)
                if not rel or span is None:
                    continue
                said = {y + _RELATIVE[rel[-1].group()] for y in window_years(span)}
                label = f"这份{span.label}的报告里“{rel[-1].group()}”不是那一年"
            if congress.start.year not in said:
                yield Finding(p, m.start(), m.end(), f"{congress.names[0]}于{cn_date(congress.start)}召开，{label}，请核对",
                              severity="error")


def _term_plenums(ctx, facts, term: str, plenums):
    """A term's plenums as (ordinal, plenum) in the table's order, their ordinals, the highest, and whether the
    table holds them all (_complete): once per registry and term, not at each plenum named (_never_held read the
    ordinals of every plenum of the term at each of ~600 names a run on 2 MB, speed39)."""
    known = ctx.registry.memo("facts.term_plenums", dict)
    got = known.get(term)
    if got is None or got[0] is not plenums:
        ordered = tuple((_ordinal(x), x) for x in plenums)
        held = frozenset(o for o, _x in ordered)
        got = known[term] = (plenums, (ordered, held, max(held), _complete(facts, term, plenums)))
    return got[1]


def _dated_relative(ctx, text, m, meeting, a):
    """今年1月，二十届中央纪委三次全会召开 in a 2025 report: “今年” (去年, 明年) counted from the years the report
    may have been written in; wrong when the meeting was held in none of them."""
    rel = None
    for r in _RELATIVE_MONTH.finditer(text, a, m.start()):
        if _YEAR_LINK.match(text[r.end():m.start()]):
            rel = r
    span = report_span(ctx) if rel is not None else None
    if span is None:
        return None
    said = {y + _RELATIVE[rel.group("rel")] for y in window_years(span)}
    if meeting.start.year in said or (meeting.end or meeting.start).year in said:
        return None
    return (rel.start(), m.end(), f"{meeting.names[0]}于{_when(meeting)}召开，这份{span.label}的报告里"
                                  f"“{rel.group()}”不是那一年，请核对")


#: 今年1月, 去年, 明年3月 right before a meeting's name (a day and a link word may follow, as after a year)
_RELATIVE_MONTH = lazy.regex(r"(?P<rel>今年|明年|去年)(?:(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月)?")


_TRADITIONAL = lazy.stdlib(f"[{TRADITIONAL_HINT}]")
#: a Party congress named in a paragraph: 党的二十大, 第二十次全国代表大会, 这次大会
_CONGRESS_NAMED = lazy.regex(r"(?<![团会联协])(?:十[六七八九]|二十)大(?!学|队|项|类)|共产党第[十二][" + zh.NUMERAL_CHARS + r"]{0,2}次全国代表大会|"
                             r"(?:这次|此次|本次)大会")
#: a plenum named in it (二十届三中全会, 五次全会, 第三次全体会议, 市委全会): then 全会 may be its
_PLENUM_NAMED = lazy.regex(r"[" + zh.NUMERAL_CHARS + r"]中全会|次全会|全体会议|委全会|委员会第|[" + zh.NUMERAL_CHARS + r"]届[^，。；]{0,8}全会")
#: 全会 standing for the meeting itself: at a clause's start, or after a verb of study, before its 公报 or its act
_BARE_PLENUM = lazy.regex(r"(?:(?<=^)|(?<=[。；！？，、：“（\s])|(?<=学习|传达|解读|速读|研读|领会|贯彻|宣讲|张贴|这次|此次|本次))"
                          r"全会(?=公报|精神|科学|强调|指出|认为|提出|审议|通过|决定|号召|要求|明确|谋划|部署)")
#: the name is followed by its 精神 (党的十九大精神, 十九届五中全会精神, 党的十九大和十九届历次全会精神)
_STUDIED = lazy.regex(r"(?:(?:和|及|以及|、)[^。；，,！？]{0,20}?)?(?:会议)?精神")
_LATER_TERM_WORDS = lazy.regex(r"(?:十[六七八九]|二[十一])(?:大|届)")
#: 迎接党的二十大胜利召开: the meeting welcomed as still to come
_WELCOME = lazy.regex(r"迎接|喜迎")
_OPENS_AFTER = lazy.regex(r"(?:胜利|隆重|顺利)?召开")
#: 以优异成绩向党的二十大献礼: a gift to a meeting still to come (向 before the name in its clause)
_GIFT_AFTER = lazy.regex(r"(?:(?:胜利|隆重|顺利)?召开)?献礼")
_GIFT_TO = lazy.regex(r"向")
#: a congress of another organisation than the Party (团的十九大 is the Youth League's, 2023)
#: a list of one term's plenums studied as today's spirit: 十九届二中、三中全会精神
_PLENUM_LIST = lazy.regex(r"(?<!" + zh.NUMERAL + r")(?P<term>十[六七八九]|二十)届(?P<list>[一二三四五六七八九]中(?:[、和][一二三四五六七八九]中)+)"
                          r"全会(?:的)?精神")
_PLENUM_ORDINALS = lazy.regex(r"([一二三四五六七八九])中")
_STUDY_VERB = lazy.regex(r"贯彻|学习|落实|领会|传达")
_OTHER_BODY = lazy.stdlib(r"(?:团|共青团|工会|妇联|妇女|侨联|科协|残联|文联|作协|工商联)的?$")
#: words of a look back over years (党的十九大以来, 五年来, 先后): the older term is history there
_LOOKING_BACK = lazy.regex(r"以来|五年来|十年来|过去五年|先后|历年|回顾|期间")
#: a sentence set in the time before a meeting (十八大召开前，……对如何迎接十八大召开进行了部署): the welcome is told, not planned
_BEFORE_IT = lazy.regex(r"召开前|召开之前|前夕")


def _welcomed_after_held(ctx, text, m, meeting):
    """以迎接党的二十大胜利召开为主线 in a report written after the congress met: the line of a plan for the
    year before it, carried into a later draft.  Only the Party's congresses and plenums, only 迎接/喜迎 in the
    same clause with 召开 (or 胜利召开) right after the name; a sentence that names its own year (2022年，……),
    looks back, or is set before the meeting (十八大召开前，……部署如何迎接十八大召开) is the time it tells of."""
    if meeting.body not in ("全国代表大会", "中央委员会"):
        return None
    gift = _GIFT_AFTER.match(text, m.end())
    if gift is None and not _OPENS_AFTER.match(text, m.end()):
        return None
    ca, _cb = clause_bounds(text, m.start(), m.end())
    welcome = _GIFT_TO.search(text, ca, m.start()) if gift is not None else _WELCOME.search(text, ca, m.start())
    if welcome is None:
        return None
    said = "向……献礼" if gift is not None else f"{welcome.group()}……召开"
    a, b = sentence_bounds(text, m.start(), m.end())
    if in_history(text, a, b) or _LOOKING_BACK.search(text, a, b) or _BEFORE_IT.search(text, a, b):
        return None
    spans = time_of(ctx, text, a, b, skip=(m.start(), m.end()), narration=True)
    end = meeting.end or meeting.start
    if not spans or any(sp.start <= end for sp in spans):
        return None
    number = cn_number((meeting.term or "")[:-1]) if meeting.body == "全国代表大会" else None
    hint = f"（此后要迎接的是党的{chinese_number(number + 1)}大）" if number else ""
    return (m.start(), m.end(), f"{meeting.names[0]}已于{cn_date(meeting.start)}召开，{spans[0].label}的报告仍写“{said}”，"
                                f"疑为旧稿，请核对届次{hint}")


#: before a 中央纪委 plenum: carried out as the year's work (认真贯彻, 贯彻落实, 按照); after it: its 精神 or 部署
#: (深入学习贯彻党的二十届四中全会和二十届中央纪委三次全会精神: another meeting named first, joined by 和)
_CARRIED_OUT = lazy.regex(r"(?:贯彻|落实|按照|根据)(?:[^，。；！？“”]{0,4}|[^，。；！？“”]{0,24}?(?:全会|大会)(?:和|、|以及))$")
_CCDI_TASK = lazy.regex(r"的?(?:精神|部署|工作部署|决策部署|要求)")


def _ccdi_superseded(ctx, facts, text, m, meeting):
    """认真贯彻二十届中央纪委四次全会精神 in a report of 2026: each January's 中央纪委 plenum sets that
    year's work, and the 五次全会 met in January 2026.  Only a plenum carried out (贯彻、落实、按照……部署) in a
    report written wholly in the year the next plenum met, after it met, or in a later year (a plenum two years behind,
    named after another meeting joined by 和, the more so); a sentence that names another year,
    looks back (2025年以来) or tells history is the time it tells of, and a study alone (学习) is not flagged."""
    if meeting.body != "中央纪委" or not _CCDI_TASK.match(text, m.end()):
        return None
    ca, _cb = clause_bounds(text, m.start(), m.end())
    if not _CARRIED_OUT.search(text, ca, m.start()):
        return None
    nxt = min((x for x in facts.meetings if x.body == "中央纪委" and x.start > meeting.start), key=lambda x: x.start,
              default=None)
    span = narrated_span(ctx)  # a year's summary signed in January tells of the year before: not this one
    # (a plenum two or more years behind, 2026年 carrying out the 三次全会 of 2024, the more so: the latest before the
    # report's end is named)
    if nxt is None or span is None or not (span.start.year == span.end.year >= nxt.start.year and span.end > nxt.start):
        return None
    latest = _last_before(facts, meeting, span.end)
    a, b = sentence_bounds(text, m.start(), m.end())
    if in_history(text, a, b) or _LOOKING_BACK.search(text, a, b) \
            or any(sp.start.year != span.start.year for _s, _e, sp in years_named(text, a, b)):
        return None
    return (m.start(), m.end(), f"{latest.names[0]}已于{cn_date(latest.start)}召开，部署了{latest.start.year}年的工作；"
                                f"{span.label}的报告仍按“{m.group()}”部署当年工作，疑为旧稿，请核对")


#: the Communist Youth League's national congress (团十九大): its rows in meetings.tsv stand beside the Party's
_LEAGUE = "共青团全国代表大会"


def _next_congress(facts, meeting):
    number = cn_number((meeting.term or "")[:-1])
    if number is None:
        return None
    if meeting.body == _LEAGUE:
        return next((x for x in facts.meetings if x.body == _LEAGUE and cn_number(x.term[:-1]) == number + 1), None)
    return facts.congress_numbered(number + 1)


def _names_a_later_term(text: str, a: int, b: int, nxt) -> bool:
    number = cn_number(nxt.term[:-1])
    for m in _LATER_TERM_WORDS.finditer(text, a, b):
        n = cn_number(m.group()[:-1])
        if n is not None and n >= number:
            return True
    return False


def _when(meeting) -> str:
    return cn_date(meeting.start)


def _last_before(facts, meeting, day):
    same = [x for x in facts.meetings if x.body == meeting.body and x.start <= day]
    return max(same, key=lambda x: x.start, default=None)


def _complete(facts, term: str, plenums) -> bool:
    """All plenums of a term are in the table: the next congress met, the plenums are numbered
    1..k without a gap, and the k-th met in the month before it."""
    number = cn_number(term[:-1])
    nxt = facts.congress_numbered(number + 1)
    ordinals = sorted(_ordinal(x) for x in plenums)
    if nxt is None or ordinals != list(range(1, len(ordinals) + 1)):
        return False
    last = max(plenums, key=_ordinal)
    return 0 <= (nxt.start - (last.end or last.start)).days <= 31


RULES = (MeetingDate,)
