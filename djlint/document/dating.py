"""When a report was written, and which year it is about.

Date-sensitive rules (formulations that came or went, abbreviated years, plans for a past
year, facts about office holders) judge a draft by the time it was written, not by today and
not by any year it mentions in passing (a regulation's 2023 edition, last year's figure).

:func:`report_date` reads, in this order:

1. the year in the title block (the short lines at the top: ``2023年度党建工作报告``,
   ``关于2021年监督责任落实情况的报告``, ``二〇二七年党建工作要点`` and its miswritten ``二0二七年``);
   ``年度``/``全年``/a bare year make the report
   year-scoped, ``上半年``/``半年`` half-year-scoped (``下半年`` is written late in the year or early
   in the next, like an annual report);
2. the 成文日期 at the end (a line that is only a date, or an organisation and a date:
   ``2024年1月15日``, ``二〇二四年一月十五日``; a draft's ``2024年12月XX日`` or ``2024年×月×日``
   still gives its month or year);
3. a date line under the title (``（2022年2月16日）``, ``——2022年3月5日在……会议上``);
4. the opening sentence of the body when it begins with the year (``2023年，局党委……``,
   ``2023年以来，……``); when that paragraph goes on to say how many years have passed since
   (``2005年，某报……。时隔15年，……``), the text is written that many years later.

The configuration (``year:`` or ``--year``) overrides all of them.  An annual report is
written during its year or in the first months of the next (a 2023年度 report is typically
written in January–March 2024), so :class:`ReportDate` keeps a window of dates, not one day:
a rule asks whether something was already (or still) true at *some* point of that window
before it says it was not.  Nothing found: None, and date-sensitive rules stay silent.
"""
from __future__ import annotations

import datetime as _dt

from ..util import rx, zh
from ..util.record import record

#: an opening sentence that begins with a year before this one (1946年，大森林回到了人民手中) tells history:
#: the reports djlint reads are not from then
NARRATION_BEFORE = 1990
#: an annual report may be written until the end of March of the following year
ANNUAL_GRACE_MONTHS = 3

_YEAR = rx.regex(r"(?<![0-9])((?:19|20)[0-9]{2}|(?<![" + zh.NUMERAL_CHARS + "])" + zh.CN_YEAR + r")\s*年(?!代)")
_HALF = rx.regex(r"下半年|上半年|半年|1[-—～~至到]6月|一至六月")
_DATE = rx.regex(
    r"(?P<y>(?:19|20)[0-9]{2}|[一二]" + zh.YEAR_DIGIT + r"{3})\s*年\s*"
    r"(?P<m>[0-9]{1,2}|" + zh.NUMERAL_RUN + r")\s*月\s*"
    r"(?P<d>[0-9]{1,2}|" + zh.NUMERAL_RUN + r")\s*日")
_SPACES = rx.regex(zh.BLANK + "+")
#: a 成文日期 whose day (and maybe month) is still a placeholder (2024年12月XX日, 2024年×月×日, 2024年  月  日):
#: the year (and the month) are written all the same, so the draft is of that year
_UNFILLED = "[Xx×＊*○□_＿Ｘｘ" + zh.BLANK_CHARS + "]"
_PARTIAL_DATE = rx.regex(
    r"(?P<y>(?:19|20)[0-9]{2})\s*年\s*(?:(?P<m>[0-9]{1,2}|" + zh.NUMERAL_RUN + r")|" + _UNFILLED + r"{1,4})\s*月"
    + _UNFILLED + r"{1,4}日")
#: an opening sentence that dates the report: 2023年，… / 2023年以来，… / 2023年上半年，…
_OPENING = rx.regex(r"^(?:[^。；]{0,40}[，,])?\s*((?:19|20)[0-9]{2})\s*年(?:度|以来|来|上半年|下半年|全年)?[，,、]")
#: a year that opens a narrated event in a title-block line (2012年11月，胡锦涛……; 1921年7月23日，……):
#: the date of what the line tells, not the year the report is about
_NARRATED = rx.regex(r"\s*(?:[0-9]{1,2}|" + zh.NUMERAL_RUN + r")\s*月(?:\s*(?:[0-9]{1,2}|" + zh.NUMERAL_RUN + r")\s*日)?"
                     r"(?:[，,]|[上中下]旬[，,])")
#: a year that closes a span of years (2021—2025年): the period of a plan the title names
_RANGE_END = rx.regex(r"(?:19|20)[0-9]{2}\s*年?\s*[—\-－～~至到]\s*$")
#: a signature line: an organisation's name (no sentence punctuation) and a date
_SIGNATURE = rx.regex(r"^[^。；！？，,]{0,40}$")


@record(frozen=True)
class ReportDate:
    """The year a report is about and the window of dates in which it was written."""

    year: int
    written_from: _dt.date
    written_to: _dt.date
    #: where the year came from: 配置, 标题, 成文日期, 日期行, 开头
    source: str

    def entirely_before(self, year: int, month: int | None = None) -> bool:
        """Whether the report was certainly written before the given month (or year) began: a
        formulation first used then cannot be in it."""
        return self.written_to < _dt.date(year, month or 1, 1)

    def entirely_after(self, year: int, month: int | None = None) -> bool:
        """Whether the report was certainly written after the given month (or year) ended: a
        form given up then should not be in it."""
        if month is None:
            return self.written_from > _dt.date(year, 12, 31)
        return self.written_from >= _dt.date(year + (month == 12), month % 12 + 1, 1)

    def describe(self) -> str:
        return f"{self.year}年（据{self.source}）"


def _number(s: str) -> int | None:
    return int(s) if s.isdigit() and s.isascii() else zh.cn_to_int(s)


def _year_value(s: str) -> int | None:
    """2027 for 2027, 二〇二七 and the miswritten 二0二七 (a title's year in numerals dates the report too)."""
    year = int(s) if s.isascii() and s.isdigit() else zh.cn_year(s)
    return year if year and 1900 <= year <= 2100 else None


def parse_date(m) -> _dt.date | None:
    y, mo, d = (_number(m.group(k)) for k in ("y", "m", "d"))
    try:
        return _dt.date(y, mo, d) if y and mo and d else None
    except ValueError:
        return None


def _head(doc) -> list:
    """The title block: the short lines at the top, before the first heading or running text."""
    from .outline import parse_label

    out = []
    for p in doc.body[:zh.TITLE_BLOCK_WITHIN]:
        text = _SPACES.sub("", p.text)
        if not text:
            continue
        if len(out) >= 5 or parse_label(text) is not None or len(text) > zh.HEADING_MAX_LEN or text.endswith("。"):
            break
        out.append(p)
    title = doc.title
    if title is not None and title not in out:
        out.insert(0, title)
    return out


def _year_scoped(year: int, half, source: str) -> ReportDate:
    """``half``: falsy for a year, "下半年" for the second half (written from November to the
    end of the next March, like an annual report's end), anything else for the first half."""
    if half == "下半年":
        return ReportDate(year, _dt.date(year, 11, 1), _dt.date(year + 1, ANNUAL_GRACE_MONTHS, 31), source)
    if half:
        return ReportDate(year, _dt.date(year, 5, 1), _dt.date(year, 8, 31), source)
    return ReportDate(year, _dt.date(year, 1, 1), _dt.date(year + 1, ANNUAL_GRACE_MONTHS, 31), source)


def _month_window(year: int, month: int | None) -> tuple[_dt.date, _dt.date] | None:
    if month is None:
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    if not 1 <= month <= 12:
        return None
    last = _dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)
    return _dt.date(year, month, 1), last


def _signed(doc, head: list) -> tuple[_dt.date, _dt.date] | None:
    """The 成文日期: a date standing alone (or after a name) in the last few lines, below the
    title block and the first paragraph, as the first and last day it may be; a date whose day
    (or month) is still a placeholder (2024年12月XX日) gives its month (or year)."""
    body = [p for p in doc.body if p.text.strip()]
    tail = [p for p in body[len(head) + 1:][-4:] if p not in head]
    for p in reversed(tail):
        text = p.text.strip()
        if len(_SPACES.sub("", text)) > 50:
            continue
        m = _DATE.search(text) or _PARTIAL_DATE.search(text)
        if m is None:
            continue
        rest = (text[:m.start()] + text[m.end():]).strip(zh.BLANK_CHARS + "（）()")
        if not _SIGNATURE.match(rest):
            continue
        if "d" in m.groupdict():
            day = parse_date(m)
            return (day, day) if day is not None else None
        month = m.group("m")
        return _month_window(int(m.group("y")), _number(month) if month else None)
    return None


def _date_line(doc, head: list) -> _dt.date | None:
    for p in head + [p for p in doc.body[:6] if p not in head]:
        text = p.text.strip()
        m = _DATE.search(text)
        if m is None:
            continue
        after = text[m.end():].lstrip(zh.BLANK_CHARS + "）)")
        if after.startswith(("，", ",")) and "）" not in text[m.end():m.end() + 2]:
            continue  # 1921年7月23日，中国共产党第一次全国代表大会……: an event told, not the line's date
        rest = (text[:m.start()] + text[m.end():]).strip(zh.BLANK_CHARS + "（）()—-")
        if not rest or after.startswith("在") or len(_SPACES.sub("", text)) <= 40 and "。" not in text:
            return parse_date(m)
    return None


#: the years the opening paragraph says have passed since the year it opens with (2005年，某报派记者采写……。时隔15年，
#: 记者再赴……: the text is written in 2020, its opening year is the past it looks back on; dev-prec448)
_ELAPSED = rx.regex(r"时隔(?P<n>[0-9]{1,2}|" + zh.NUMERAL_RUN + r")\s*(?:多|余)?年")


def _elapsed_after(text: str, at: int) -> int:
    """How many years text[at:] (the opening paragraph after its year) says have passed since that year: 时隔15年, else 0."""
    m = _ELAPSED.search(text, at)
    if m is None:
        return 0
    n = _number(m.group("n"))
    return n if n is not None and 0 < n < 100 else 0


#: a paragraph of running text, not a salutation (县委：) or a heading: the opening a report is dated by
#: comes before or in the first one
_BODY_PARAGRAPH = rx.stdlib(r"[。！？][^。！？]*$|^.{40,}")


def report_date(doc, configured_year: int | None = None) -> ReportDate | None:
    """See the module docstring."""
    if configured_year:
        return _year_scoped(configured_year, False, "配置")
    head = _head(doc)
    for p in head:
        text = _SPACES.sub("", p.text)
        m = _YEAR.search(text)
        if m and _NARRATED.match(text, m.end()):
            continue  # 2012年11月，胡锦涛总书记……: a line that narrates an event is no title
        if m and _RANGE_END.search(text, 0, m.start()):
            continue  # 《……实施方案（2021—2025年）》: a plan's period, not the year the document is about
        year = _year_value(m.group(1)) if m else None
        if year and not _DATE.search(text):
            signed = _signed(doc, head)
            half = _HALF.search(text, m.end())
            window = _year_scoped(year, half.group(0) if half else None, "标题")
            if signed is not None and window.written_from <= signed[0] and signed[1] <= _dt.date(year + 1, 12, 31):
                return ReportDate(year, signed[0], signed[1], "标题")
            return window
    signed = _signed(doc, head)
    if signed is not None:
        return ReportDate(signed[0].year, signed[0], signed[1], "成文日期")
    dated = _date_line(doc, head)
    if dated is not None:
        return ReportDate(dated.year, dated, dated, "日期行")
    for p in doc.body[len(head):len(head) + 3]:
        m = _OPENING.match(p.text)
        if m and int(m.group(1)) >= NARRATION_BEFORE:
            year = int(m.group(1)) + _elapsed_after(p.text, m.end())
            return _year_scoped(year, "下半年" if "下半年" in m.group(0) else "半年" in m.group(0), "开头")
        if _BODY_PARAGRAPH.search(p.text):
            break  # the text has begun (近年来，……。): a year opening a later paragraph narrates (2012年，某市被授予……)
    return None
