"""DJ437's subjects: what a meeting was about and what it adopted, said of the wrong one.

- a plenum given another plenum's subject (党的二十届四中全会聚焦国家治理体系和治理能力现代化: that was the
  十九届四中全会's; the 二十届四中全会 adopted the 十五五 proposals);
- a plenum said to adopt the five-year plan itself (十九届五中全会通过了十四五规划): a plenum adopts the
  proposals (建议), the plan (规划纲要) is approved by the National People's Congress;
- a Party congress given a 政府工作报告 (参与起草十八大政府工作报告): the congress hears the Central Committee's
  report (党的十八大报告); the 政府工作报告 is the State Council's, to the National People's Congress.

The subjects come from meetings.tsv (the topic column and the titles of what each plenum adopted), so a new
plenum's row brings its subject along."""
from __future__ import annotations

import re

from ...engine import Finding
from ...util import rx
from . import lazy
from .base import quoted
from .data import cn_date
from .when import sentence_bounds

#: right after a plenum's name: the words that give its subject (聚焦, 的主题是, 专题研究); then a verb that may
#: stand before the subject (推进国家治理体系……)
_LINK = lazy.regex(r"(?:的主题是|的议题是|主题是|(?:重点)?聚焦(?:于)?|专题研究了?)[“\"]?(?:推进|推动|坚持)?")
#: a plenum said to adopt the plan: 通过了十四五规划 (no 建议 after it in the sentence)
_PLAN = lazy.regex(r"(?:审议)?通过(?:了|的)?[“\"]?(?P<p>十[一二三四五六七八九]五)[”\"]?(?:发展)?规划(?!建议|的建议|纲要)")
#: a congress with a government work report (党的十八大政府工作报告)
_CONGRESS_GOV = lazy.regex(r"(?P<party>党的)?(?P<t>十[二三四五六七八九]|二十)大(?:的)?政府工作报告")
_PREFIX = "中共中央关于"
_SUFFIXES = ("若干重大问题的决定", "的决定", "的建议", "的决议")
#: a subject shorter than this (全面深化改革, 党的建设) is said of many meetings and is not compared
_MIN = 10


def _core(title: str) -> str:
    core = title[len(_PREFIX):] if title.startswith(_PREFIX) else title
    for suffix in _SUFFIXES:
        if core.endswith(suffix):
            return core[:-len(suffix)]
    return core


class _Subjects:
    """Each plenum subject of meetings.tsv (its topics and the cores of its titles, ten characters or more) and
    the plenums it belongs to; one pattern that finds any of them, longest first."""

    def __init__(self, facts):
        self.owners: dict[str, list] = {}
        for mt in facts.meetings:
            if mt.body != "中央委员会":
                continue
            for item in (*mt.topics, *(_core(d) for d in mt.documents)):
                item = item.strip("“”\"")
                if len(item) >= _MIN and mt not in self.owners.get(item, ()):
                    self.owners.setdefault(item, []).append(mt)
        alts = sorted(self.owners, key=len, reverse=True)
        self.pattern = rx.stdlib("|".join(map(re.escape, alts))) if alts else None

    def own(self, meeting) -> tuple:
        return tuple(s for s, ms in self.owners.items() if meeting in ms)


def subjects_for(registry, facts) -> _Subjects:
    return registry.memo("facts.subjects", lambda: _Subjects(facts))


def subject_of_another(registry, facts, text, m, meeting):
    """党的二十届四中全会聚焦国家治理体系和治理能力现代化: a subject that belongs to other plenums only."""
    if meeting.body != "中央委员会":
        return None
    link = _LINK.match(text, m.end())
    if link is None:
        return None
    ix = subjects_for(registry, facts)
    if ix.pattern is None:
        return None
    s = ix.pattern.match(text, link.end())
    if s is None:
        return None
    owners = ix.owners[s.group()]
    mine = ix.own(meeting)
    if meeting in owners or any(s.group() in x or x in s.group() for x in mine):
        return None
    owner = owners[0]
    if meeting.documents:
        said = f"{meeting.names[0]}审议通过的是《{meeting.documents[0]}》"
    elif meeting.topics:
        said = f"{meeting.names[0]}的议题是{meeting.topics[0]}"
    else:
        said = ""
    return (s.start(), s.end(), f"“{s.group()}”是{owner.names[0]}（{cn_date(owner.start)}）的主题"
                                + (f"；{said}" if said else "") + "，请核对")


def plan_itself(text, m, meeting):
    """十九届五中全会通过了十四五规划: the plenum adopted the proposals, not the plan."""
    if meeting.body != "中央委员会":
        return None
    doc = next((d for d in meeting.documents if "五年规划" in d), None)
    if doc is None:
        return None
    pm = _PLAN.match(text, m.end())
    if pm is None:
        return None
    _a, b = sentence_bounds(text, pm.start(), pm.end())
    if "建议" in text[pm.end():b]:
        return None  # 通过了十四五规划和二〇三五年远景目标的建议
    plan = pm.group("p")
    return (pm.start(), pm.end(), f"{meeting.names[0]}审议通过的是规划的建议《{doc}》；“{plan}”规划纲要由全国人民代表"
                                  f"大会审议批准，请核对")


def congress_government_report(p, ctx, text):
    """十八大政府工作报告: a Party congress hears the Central Committee's report, not a government work report."""
    if "政府工作报告" not in text:
        return
    for m in _CONGRESS_GOV.finditer(text):
        if quoted(ctx, p, m.start(), m.end()):
            continue
        right = f"{m.group('party') or ''}{m.group('t')}大报告"
        yield Finding(p, m.start(), m.end(), f"政府工作报告是国务院向全国人民代表大会作的，党的全国代表大会上作的是中央委员会的"
                                             f"报告：“{m.group()}”应为“{right}”", right, False)
