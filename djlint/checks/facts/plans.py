"""DJ436: a five-year plan's 开局之年 or 收官之年 said of the wrong year (2022年是“十四五”开局之年), a year outside
the plan said to be one of its years (2026年是“十四五”规划的重要一年), or the plan carried out in a year after it
ended (2023年，认真落实“十三五”规划)."""
from __future__ import annotations

from ...engine import Finding
from . import lazy
from .base import SRC, FactRule, quoted
from .data import facts_for
from .when import in_history, report_span, sentence_bounds, window_years, years_named

_PLAN = lazy.regex(r"[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?(?:规划|时期)?(?:的)?(?P<which>开局之年|收官之年|开局年|收官年|"
                   r"(?:关键|重要|攻坚|冲刺|承上启下)(?:之年|的一年|一年))")
#: a year of the period said of a year directly (2026年是“十四五”规划的重要一年): nothing but 是 between them, so
#: 2025年是……，也是谋划“十五五”的关键之年 (a year before the plan, preparing it) is not said to be in it
_DIRECT = lazy.regex(r"^[，,]?(?:也|又|更|正|既)?(?:是|为)?$")
_NOT_A_POINT = lazy.regex(r"^\s*(?:以来|来|至|到|—|-|～|~|之前|以前|前|后|以后)")
#: what lies between a year and the plan's 开局之年 when the year is said to be it (2021年是“十四五”开局之年;
#: 2021年，“十四五”开局之年，……); a year elsewhere in the sentence (总结2025年工作……，谋划“十五五”开局之年的
#: 工作) is not what it is said of
_SAID_OF = lazy.regex(r"^[，,]?$|^[^。；;]{0,12}?(?:是|为|作为)[^，,。；;]{0,12}$")
_RELATIVE = {"今年": 0, "明年": 1, "去年": -1}
#: a verb that takes the plan's year as the aim of the work being written of (紧扣“十四五”规划收官之年的目标任务):
#: with no year named, that is a year of the report's own window
_AIM = lazy.regex(r"(?P<verb>紧扣|紧紧围绕|围绕|锚定|聚焦|对标|瞄准|扎实推进|奋力完成|全力完成|确保完成)$")
_LOOK_BACK = lazy.regex(r"回顾|回首|总结|过去|当时|那时|去年|曾")
_RELATIVE_RE = lazy.regex(r"今年|明年|去年")
#: the plan itself carried out (认真落实“十三五”规划确定的各项任务, 扎实推进“十四五”规划实施): said of a year after the
#: plan ended, an old draft's words (facts27).  Only the plan as a whole: its projects or goals carried on (推进“十四五”
#: 规划重大项目收尾) and the plan looked back on (总结“十三五”规划落实情况) are not matched
_CARRY = lazy.regex(r"(?P<verb>落实|推进|实施|执行|推动)好?[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?规划(?:纲要)?"
                    r"(?:的?实施)?(?=[，,。；;！]|(?:确定|提出|部署)?的?各项(?:目标)?任务)")
#: what stands between the sentence's year and the verb: the clause's head (2023年，我们要认真落实……)
_HEAD = lazy.regex(r"^[，,]?[\u4e00-\u9fff]{0,8}$")


def _claimed(ctx, text: str, s: int, direct: bool = False):
    """The years the plan's year at ``s`` is said of, how to say them (不是2026年), what they are (2026年); None: not
    said of a year.
    ``direct``: only a year right before it (……年是“十四五”的关键之年)."""
    a, _b = sentence_bounds(text, s, s)
    years = [(ye, span) for _ys, ye, span in years_named(text, a, s) if not _NOT_A_POINT.match(text, ye)]
    said_of = _DIRECT if direct else _SAID_OF
    if years and said_of.match(text[years[-1][0]:s]):
        span = years[-1][1]
        return {span.start.year}, f"不是{span.label}", span.label
    rel = list(_RELATIVE_RE.finditer(text, a, s))
    span = report_span(ctx)
    aim = _AIM.search(text, max(a, s - 7), s) if not rel and not direct and span is not None else None
    if aim is not None and (in_history(text, a, _b) or _LOOK_BACK.search(text, a, _b)):
        aim = None  # 回顾……、2025年我们曾聚焦……: the sentence tells of that year
    if aim is not None:
        # the report's own years, the next one its 下一步打算 may aim at, and any year the sentence names
        found = window_years(span) | {span.end.year + 1} | {sp.start.year for _ye, sp in years}
        return found, f"这份{span.label}的报告说“{aim.group('verb')}”，写的是当前的工作", f"这份{span.label}的报告"
    if rel and span is not None and (not direct or _DIRECT.match(text[rel[-1].end():s])):
        word = rel[-1].group()
        found = sorted(y + _RELATIVE[word] for y in window_years(span))
        said = f"{found[0]}年" if len(found) == 1 else f"{found[0]}年或{found[-1]}年"
        return set(found), f"这份{span.label}的报告里“{word}”指{said}", f"这份{span.label}的报告里的“{word}”（{said}）"
    return None


class PlanYear(FactRule):
    """五年规划的开局之年、收官之年与年份不符（2022年是“十四五”开局之年）

    ## 检查内容
    “十四五”开局之年是2021年、收官之年是2025年；“十五五”开局之年是2026年。句中写了年份的
    （2021年是“十四五”开局之年）按那一年核对，写“今年”“明年”的按报告的日期核对（年度报告写于当年
    或次年初，两年都算对）。没写年份、却说工作“紧扣（围绕、锚定、聚焦……）‘十四五’规划收官之年的目标任务”的，
    说的是报告自己那一年的工作，也按报告的日期核对。别的没写年份的、引语里的，不报。
    说某一年是规划的“关键之年”“重要一年”（2026年是“十四五”规划的重要一年）的，那一年要在规划期内；只查
    年份与规划之间只有“是”“为”的写法，“2025年是……，也是谋划‘十五五’的关键之年”（为下一个规划作准备）不报。
    句首写了规划期以后的年份、接着说落实（推进、实施、执行）这个规划本身的（2023年，认真落实“十三五”规划确定的各项
    任务；2026年，扎实推进“十四五”规划实施），也报；推进规划里的项目收尾、总结规划实施情况、回顾往年的，不报。

    ## 为什么
    规划期的年份写错，多半是套用了往年的稿子。

    ## 依据
    rules/phrase/facts/plans.tsv（各五年规划的起止年份，每行两处出处）。
    """

    code = "DJ436"
    name = "plan-period-year"
    severity = "error"
    source = SRC

    prefilter_words = ("开局", "收官", "之年", "一年", "五”规划", "五规划")  # found by the engine's one literal scan

    def check_paragraph(self, p, ctx):
        plans = facts_for(ctx.registry).plans
        text = p.text
        yield from self._carried_after(p, ctx, plans)
        for m in _PLAN.finditer(text):
            plan = plans.get(m.group("plan"))
            if plan is None or quoted(ctx, p, m.start(), m.end()):
                continue
            which = m.group("which")
            edge = which.startswith(("开局", "收官"))
            claim = _claimed(ctx, text, m.start(), direct=not edge)
            if claim is None:
                continue
            years, said, label = claim
            if not edge:
                if any(plan.start_year <= y <= plan.end_year for y in years):
                    continue
                yield Finding(p, m.start(), m.end(), f"“{plan.name}”规划期是{plan.start_year}—{plan.end_year}年，"
                              f"{label}不在其中，不能说是“{plan.name}”的“{which}”，请核对")
                continue
            right = plan.start_year if which.startswith("开局") else plan.end_year
            if right in years:
                continue
            yield Finding(p, m.start(), m.end(), f"“{plan.name}”（{plan.start_year}—{plan.end_year}年）的{which}是{right}年，"
                          f"{said}，请核对")

    @staticmethod
    def _carried_after(p, ctx, plans):
        """The plan carried out in a year the sentence names after the plan ended (2023年，认真落实“十三五”规划)."""
        text = p.text
        for m in _CARRY.finditer(text):
            plan = plans.get(m.group("plan"))
            if plan is None or quoted(ctx, p, m.start(), m.end()):
                continue
            a, b = sentence_bounds(text, m.start(), m.end())
            years = years_named(text, a, m.start())
            if not years or _NOT_A_POINT.match(text, years[-1][1]) or not _HEAD.match(text[years[-1][1]:m.start()]):
                continue
            span = years[-1][2]
            if span.start.year <= plan.end_year or in_history(text, a, b) or _LOOK_BACK.search(text, a, b):
                continue
            now = next((q.name for q in plans.values() if q.start_year <= span.start.year <= q.end_year), None)
            hint = f"（{span.label}在“{now}”规划期内）" if now else ""
            yield Finding(p, m.start(), m.end(), f"“{plan.name}”规划期是{plan.start_year}—{plan.end_year}年，{span.label}"
                          f"已在规划期之后，说“{m.group('verb')}‘{plan.name}’规划”疑为旧稿，请核对{hint}")


RULES = (PlanYear,)
