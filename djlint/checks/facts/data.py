"""The facts tables (``facts/*.tsv`` of a pack; the built-in ones are ``rules/phrase/facts/``):
leaders and their posts, the Politburo Standing Committees, anniversaries, campaigns, plan
periods and meetings, each row with its sources and dates.  Read once per registry, on first use.

A table is UTF-8 TSV: ``#`` lines first (what it holds, how to update it, the licence), one of
them ``# columns: a<TAB>b…`` naming the columns, then the rows.  ``|`` separates several values
in a cell.  Updating a fact is an edit of a row.
"""
from __future__ import annotations

import datetime as _dt
import os
import re

from ...errors import RuleLoadError
from ...util import zh

FILES = ("leaders.tsv", "posts.tsv", "psc.tsv", "anniversaries.tsv", "campaigns.tsv", "plans.tsv", "meetings.tsv",
         "events.tsv", "figures.tsv", "observances.tsv", "lives.tsv")

def cn_number(s: str) -> int | None:
    """``103``, ``一百零三``, ``八十八``, ``十``, ``二〇二四`` → int (None if not a number)."""
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    return zh.cn_to_int(s)


def parse_day(value: str, end: bool = False, where: str = "") -> _dt.date | None:
    """``2023-03-11`` → that day; ``2024-01`` → its first (or, ``end``, last) day; empty → None."""
    value = value.strip()
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return _dt.date(y, 12, 31) if end else _dt.date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            if not end:
                return _dt.date(y, m, 1)
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - _dt.timedelta(days=1)
        return _dt.date(y, m, int(parts[2][:2]))
    except (ValueError, IndexError):
        raise RuleLoadError(f"{where}: 日期须写作 2023-03-11、2023-03 或 2023（实为 {value!r}）") from None


def cn_date(day: _dt.date, precision: str = "month") -> str:
    """2023-03-11 → 2023年3月 (or 2023年3月11日, 2023年)."""
    if precision == "year":
        return f"{day.year}年"
    if precision == "day":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月"


def read_table(path: str) -> list[dict]:
    """The rows of one table as dicts keyed by the ``# 列：`` line (``# columns:`` in older packs)."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取数据文件（{e.strerror}）") from None
    columns = None
    rows = []
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            head = line[1:].strip()
            if head.startswith(("列：", "columns:")):  # the data-file convention (rules/README.md); columns: in older packs
                columns = head.split("：" if head.startswith("列") else ":", 1)[1].strip().replace("<TAB>", "\t").split("\t")
            continue
        if not line.strip():
            continue
        if columns is None:
            raise RuleLoadError(f"{path}:{n}: 表头须有一行“# 列：列名<TAB>列名…”")
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise RuleLoadError(f"{path}:{n}: 列数多于表头（{len(cells)} > {len(columns)}）")
        row = dict(zip(columns, cells + [""] * (len(columns) - len(cells))))
        row["_where"] = f"{path}:{n}"
        rows.append(row)
    return rows


class _Row:
    """A row of a table: plain slots (no generated methods to compile at start-up)."""

    __slots__ = ()

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)})"


class Term(_Row):
    """One person in one post, from ``start`` (None: before the table begins) to ``end`` (None: still)."""

    __slots__ = ("person", "post", "start", "end")

    def overlaps(self, a: _dt.date, b: _dt.date) -> bool:
        return (self.start is None or self.start <= b) and (self.end is None or self.end >= a)


class Post(_Row):
    """``several``: a post several people hold at once (国务院副总理, 国务委员: posts.tsv holders ``several``)."""

    __slots__ = ("name", "before", "after", "covered_from", "covered_to", "several")


class Anniversary(_Row):
    __slots__ = ("event", "base_year", "forms")


class Life(_Row):
    """A leader or figure whose 诞辰 and 逝世 anniversaries reports count (lives.tsv): ``names`` are the full name,
    the name with each title (毛泽东同志, 毛泽东主席) and the other names (毛主席); ``called`` names them in messages."""

    __slots__ = ("called", "names", "born", "died")


class Observance(_Row):
    """A day kept every year since ``first_year`` (植树节 1979): the Nth one is in first_year + N - 1.
    ``every``: (month, day) it falls on each year, None for a week or a day that moves."""

    __slots__ = ("day", "first_year", "forms", "every")


class Campaign(_Row):
    __slots__ = ("name", "forms", "start", "end", "stale_from", "followup")


class Plan(_Row):
    __slots__ = ("name", "start_year", "end_year")


class Meeting(_Row):
    """``names``: the forms reports write it in (党的十九届四中全会, 十九届四中全会 …); the first is the
    name used in messages.  ``topics``: the items of the topic column (`；` between them)."""

    __slots__ = ("body", "term", "ordinal", "start", "end", "documents", "names", "topics")


class Event(_Row):
    """A founding event or a historic meeting: ``names`` (the first in messages), its first and last day,
    the ``places`` it was held in, the ``verbs`` a sentence telling it uses."""

    __slots__ = ("event", "names", "start", "end", "places", "verbs")


class Facts:
    """Every table, read: terms of office, posts, committees (congress → members in order, start,
    end), anniversaries, campaigns, plans, meetings."""

    def __init__(self):
        self.terms: list = []
        self.posts: dict = {}
        self.committees: dict = {}
        self.anniversaries: list = []
        #: days kept every year since a first year (observances.tsv): 第N个植树节 (DJ434)
        self.observances: list = []
        #: leaders and figures with their days of birth and death (lives.tsv): 诞辰/逝世N周年 (DJ434)
        self.lives: list = []
        self.campaigns: list = []
        self.plans: dict = {}
        self.meetings: list = []
        self.events: list = []
        #: historical figures' names (figures.tsv): only their spelling is checked, in lists (DJ431)
        self.figures: set = set()
        #: a title written right after a figure's name (总理, 大将, 元帅) -> the figures who held it (figures.tsv title)
        self.figure_titles: dict[str, list[str]] = {}
        self._meetings_by: tuple | None = None

    def _meeting_keys(self) -> tuple:
        """The meetings by what DJ437 looks up for each mention (it walked all the rows each time):
        the congresses by number (十九 -> 19) and by term (十九大), the plenums by term (十九届), each
        in the table's order, the first row standing where two share a key (as the walk's ``next``)."""
        if self._meetings_by is None:
            numbered, named, plenums = {}, {}, {}
            for x in self.meetings:
                if x.body == "全国代表大会":
                    numbered.setdefault(cn_number(x.term[:-1]), x)
                    named.setdefault(x.term, x)
                elif x.body == "中央委员会":
                    plenums.setdefault(x.term, []).append(x)
            self._meetings_by = (numbered, named, {t: tuple(xs) for t, xs in plenums.items()})
        return self._meetings_by

    def congress_numbered(self, number: int | None):
        """The Party congress of that number (二十大 for 20), or None."""
        return self._meeting_keys()[0].get(number)

    def congress_of(self, term: str):
        """The Party congress of a term written as reports do (二十大), or None."""
        return self._meeting_keys()[1].get(term)

    def plenums_of(self, term: str) -> tuple:
        """A term's plenums of the Central Committee (二十届), in the table's order."""
        return self._meeting_keys()[2].get(term, ())

    def people(self) -> set[str]:
        return {t.person for t in self.terms} | {p for c in self.committees.values() for _o, p in c["members"]}

    def spelled_people(self) -> set[str]:
        """The people whose names DJ431 spells (习进平, 李墙): the holders of a post one person holds at a time and
        the Standing Committees.  The holders of a post several hold at once (国务院副总理) are only checked against
        their post: their names are common ones (王勇, 刘国中), and a name one character off is often someone else."""
        several = {name for name, post in self.posts.items() if post.several}
        return {t.person for t in self.terms if t.post not in several} | {
            p for c in self.committees.values() for _o, p in c["members"]}

    def one_holder(self, post: str) -> bool:
        return post not in self.posts or not self.posts[post].several

    def committees_known_to(self) -> _dt.date:
        """The last day the table's Standing Committees are known for.  One with no end is taken to sit until
        five years after its election, when the Party constitution (第十九条: 每五年举行一次) has the next
        congress meet; after that a later committee, whose order the table does not hold, may be the one meant."""
        ends = [c["end"] or _years_after(c["start"], 5) for c in self.committees.values() if c["start"]]
        return max(ends, default=_dt.date.max)

    def terms_of(self, person: str, post: str) -> list:
        return [t for t in self.terms if t.person == person and t.post == post]

    def holders(self, post: str, a: _dt.date, b: _dt.date) -> list:
        return sorted((t for t in self.terms if t.post == post and t.overlaps(a, b)),
                      key=lambda t: t.start or _dt.date.min)


def _years_after(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _split(cell: str) -> tuple:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _load_leaders(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w = r["_where"]
        facts.terms.append(Term(r["person"].strip(), r["post"].strip(), parse_day(r["start"], where=w),
                                parse_day(r["end"], end=True, where=w)))


def _load_posts(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w = r["_where"]
        facts.posts[r["post"].strip()] = Post(r["post"].strip(), _split(r["before"]), _split(r["after"]),
                                              parse_day(r["covered_from"], where=w),
                                              parse_day(r["covered_to"], end=True, where=w),
                                              _several(r.get("holders", ""), w))


def _several(cell: str, where: str) -> bool:
    cell = cell.strip()
    if cell not in ("", "one", "several"):
        raise RuleLoadError(f"{where}: holders 须为 one、several 或留空（实为 {cell!r}）")
    return cell == "several"


def _load_psc(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w = r["_where"]
        c = facts.committees.setdefault(r["congress"].strip(), {"members": [], "start": None, "end": None})
        c["members"].append((int(r["order"]), r["person"].strip()))
        c["start"] = parse_day(r["start"], where=w)
        c["end"] = parse_day(r["end"], end=True, where=w)
    for c in facts.committees.values():
        c["members"].sort()


def _load_anniversaries(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        forms = _split(r["forms"])
        if any("N" not in f for f in forms):
            raise RuleLoadError(f"{r['_where']}: forms 的每一项须含 N（代表周年数）")
        facts.anniversaries.append(Anniversary(r["event"].strip(), int(r["base_year"]), forms))


def _load_lives(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w, name = r["_where"], r["name"].strip()
        born, died = parse_day(r["born"], where=w), parse_day(r["died"], where=w)
        if born is None or died is None or not born < died:
            raise RuleLoadError(f"{w}: born、died 须为两个日期，born 在前")
        names = [name, *(name + t for t in _split(r["titles"])), *_split(r["also"])]
        facts.lives.append(Life(r["called"].strip() or name, names, born, died))


def _load_observances(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        forms = _split(r["forms"])
        if not forms:
            raise RuleLoadError(f"{r['_where']}: forms 不能为空")
        every = (r.get("every") or "").strip()
        if every and not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", every):
            raise RuleLoadError(f"{r['_where']}: every 须为 MM-DD 或留空")
        facts.observances.append(Observance(r["day"].strip(), int(r["first_year"]), forms,
                                            (int(every[:2]), int(every[3:])) if every else None))


def _load_campaigns(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w = r["_where"]
        facts.campaigns.append(Campaign(r["name"].strip(), _split(r["forms"]), parse_day(r["start"], where=w),
                                        parse_day(r["end"], end=True, where=w), parse_day(r["stale_from"], where=w),
                                        r["followup"].strip()))


def _load_plans(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        facts.plans[r["name"].strip()] = Plan(r["name"].strip(), int(r["start_year"]), int(r["end_year"]))


def _load_meetings(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w = r["_where"]
        body, term, ordinal = r["body"].strip(), r["term"].strip(), r["ordinal"].strip()
        if body not in MEETING_NAMES:
            raise RuleLoadError(f"{w}: body 须为 {'、'.join(MEETING_NAMES)} 之一")
        start = parse_day(r["start"], where=w)
        end = parse_day(r["end"], end=True, where=w)
        docs = tuple(re.findall(r"《([^》]+)》", r["document_title"]))
        topics = tuple(x.strip() for x in r["topic"].split("；") if x.strip())
        facts.meetings.append(Meeting(body, term, ordinal, start, end, docs, MEETING_NAMES[body](term, ordinal),
                                      topics))


def _load_events(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        w = r["_where"]
        start = parse_day(r["start"], where=w)
        if start is None:
            raise RuleLoadError(f"{w}: start 不能为空")
        end = parse_day(r["end"], end=True, where=w) or start
        facts.events.append(Event(r["event"].strip(), _split(r["names"]), start, end, _split(r["places"]),
                                  _split(r["verbs"])))


def _load_figures(facts: Facts, rows: list[dict]) -> None:
    for r in rows:
        name = r["name"].strip()
        if not 2 <= len(name) <= 4:
            raise RuleLoadError(f"{r['_where']}: name 须为两到四个字")
        facts.figures.add(name)
        if r.get("title", "").strip():
            facts.figure_titles.setdefault(r["title"].strip(), []).append(name)


def _congress_names(term: str, _ordinal: str) -> tuple:
    number = term[:-1]  # 十九大 → 十九
    return (f"党的{term}", term, f"党的第{number}次全国代表大会", f"第{number}次全国代表大会")


def _plenum_names(term: str, ordinal: str) -> tuple:
    n = ordinal[:-1]  # 四中 → 四
    return (f"党的{term}{ordinal}全会", f"{term}{ordinal}全会", f"{term}中央委员会第{n}次全体会议",
            f"{term}中央第{n}次全体会议")


def _ccdi_names(term: str, ordinal: str) -> tuple:
    n = ordinal[:-1]  # 三次 → 三
    return (f"{term}中央纪委{ordinal}全会", f"{term}中央纪委第{n}次全体会议",
            f"{term}中央纪律检查委员会第{n}次全体会议", f"{term}中纪委{ordinal}全会")


def _npc_names(term: str, ordinal: str) -> tuple:
    return (f"{term}全国人大{ordinal}", f"第{term}全国人民代表大会第{ordinal}")


def _cppcc_names(term: str, ordinal: str) -> tuple:
    return (f"全国政协{term}{ordinal}",)


def _league_names(term: str, _ordinal: str) -> tuple:
    number = term[:-1]  # 十九大 → 十九
    return (f"共青团{term}", f"团{term}", f"团的{term}", f"共青团第{number}次全国代表大会",
            f"中国共产主义青年团第{number}次全国代表大会")


MEETING_NAMES = {"全国代表大会": _congress_names, "中央委员会": _plenum_names, "中央纪委": _ccdi_names,
                 "全国人民代表大会": _npc_names, "全国政协": _cppcc_names, "共青团全国代表大会": _league_names}
_LOADERS = {"leaders.tsv": _load_leaders, "posts.tsv": _load_posts, "psc.tsv": _load_psc,
            "anniversaries.tsv": _load_anniversaries, "campaigns.tsv": _load_campaigns, "plans.tsv": _load_plans,
            "meetings.tsv": _load_meetings, "events.tsv": _load_events,
            "figures.tsv": _load_figures, "observances.tsv": _load_observances, "lives.tsv": _load_lives}


def load_facts_dir(registry, directory: str, origin: str) -> None:
    """``facts/`` of a pack: its tables join the registry's facts (a user's pack may add rows)."""
    registry.data("facts-dirs", list).append(directory)


def build_facts(directories: list[str]) -> Facts:
    facts = Facts()
    for d in directories:
        for name in FILES:
            path = os.path.join(d, name)
            if os.path.isfile(path):
                try:
                    _LOADERS[name](facts, read_table(path))
                except (KeyError, ValueError) as e:
                    raise RuleLoadError(f"{path}: 表格内容有误（{type(e).__name__}: {e}）") from None
    return facts


def facts_for(registry) -> Facts:
    """Every pack's facts, read once per registry."""
    return registry.memo("facts.tables", lambda: build_facts(registry.data("facts-dirs", list)))
