"""What DJ449 (a purpose cut off by a full stop) reads besides the sentence that opens with 为:

- a date before the purpose (12月12日，为增强……，增强……。省红十字会……; 今年5月12日是第16个全国防灾减灾日，
  为进一步增强……。5月11日上午，……): the date is no main clause, the purpose after it is cut off all the same;
- a paragraph that is nothing but purposes (为提高员工安全意识，预防安全事故的发生，确保安全生产。): three
  clauses or more, every one an aim, the paragraph ends there, no main clause anywhere (为……，夯实思想基础。
  with two may be a purpose and its action);
- 了 as a main clause's mark, but not the 了 of 了解 (为……，让家属进一步了解……。12月10日，……); 特 only
  as 特制定、特此 (not 中国特色), 成立 not of an anniversary (庆祝中国共产党成立100周年).

Published official text (2,216 texts of published 1-46, corpus and samples) has no paragraph made
only of purposes and no date-led purpose cut off by a full stop, so both are told.
"""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import zh

_DAY = r"[0-9０-９" + zh.NUMERAL_CHARS + r"]+月[0-9０-９" + zh.NUMERAL_CHARS + r"]+日"
#: what only a main clause holds (fragment._MAIN but the 了 of 了解): a done verb, a date, who does it,
#: what an official paper's main clause says, a judgement, a disposal that names its object (学院将学习党章作为重点内容)
MAIN = compile_(r"了(?!解)|是|[将把][^，,。；;！？!?]{1,40}?(?:作为|列为|纳入|列入|摆在|放在)|特(?=制|此|将|向|发|作|就|邀)|现将|现就|决定|制定|印发|成立(?![0-9０-９" + zh.NUMERAL_CHARS + r"]+周年)|[我咱]|本(?:局|院|委|部|单位|公司|支部|中心|办|厅|会|所|校)"
                r"|" + _DAY + r"|于[0-9０-９" + zh.NUMERAL_CHARS + r"]")
#: a date clause before the purpose (12月12日，今年5月12日是第16个全国防灾减灾日，): when, not who or what
DATE_LEAD = compile_(r"(?:今年|[0-9０-９]{4}年)?(?:" + _DAY + r"(?:上午|下午|晚上)?)(?:是[^，,。；;！？!?：:]{1,25}?日”?)?[，,]")


def purposes_only(text: str, s: int, e: int, all_aims) -> bool:
    """Three purposes or more, every clause after the first an aim (``all_aims``): 为加强……，夯实……。
    may be one purpose and the action it is for, its subject left out (为……，加快建设……体系。)."""
    return text.count("，", s, e) + text.count(",", s, e) >= 2 and all_aims(text, s, e)


def ends_paragraph(text: str, end: int) -> bool:
    """Nothing but blanks after ``end``: the sentence is its paragraph's last."""
    return not text[end:].strip()
