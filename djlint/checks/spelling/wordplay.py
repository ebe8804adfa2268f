"""Wordplay that a candidate of DJ421 may be (see patterns.set_pattern): a pun on a character the text quotes on
its own (“菇”容华贵、“菇奶奶”系列), and a slot of a rhymed run of parallel units (土地流转有租金、园区务工挣薪金、年终
分红得股金).  Both are the writer's choice of a character, not an input method's slip."""
from __future__ import annotations

from .constructions import between_edges
from .index import HAN

#: quotation marks around a character quoted on its own (“菇”, ‘菇’, 「菇」)
_QUOTE_PAIRS = ("“”", "‘’", "「」", "『』")
#: what bounds a unit of a run: clause marks and quotation marks
_UNIT_MARKS = frozenset("，、；：。！？,;:!?“”‘’「」『』（）()《》 \t\n")
#: the lengths of a run's units (a rhymed saying's line: 土地流转有租金, 七 characters)
_UNIT_MIN, _UNIT_MAX = 5, 8
#: how many units as long, ending in the same character, must stand among the two before and the two after
_RUN_NEED = 2
#: the quotation marks a slogan's run opens and closes with
_OPENING, _CLOSING = frozenset("“‘「『"), frozenset("”’」』")


def pun_on_quoted_char(text: str, at: int) -> bool:
    """The written character at ``at`` also stands alone in quotation marks in the paragraph (“菇”容华贵的“菇奶奶”
    系列，“菇”色天香的“小菇妈”系列): the writer marks it as the pun of the passage, so its other uses there are
    puns too (菇奶奶 for 姑奶奶), not slips.  A character quoted alone is rare in running text otherwise."""
    ch = text[at]
    return HAN.match(ch) is not None and any(o + ch + c in text for o, c in _QUOTE_PAIRS)


def _unit(text: str, i: int) -> tuple[int, int]:
    """The unit (between marks) around position ``i``."""
    return between_edges(text, i, i, _UNIT_MARKS)


def rhymed_run(text: str, s: int, e: int, at: int) -> bool:
    """The stretch lies in a unit of five to eight characters and ends before its last word (two characters), and of
    the two units before it and the two after (each bounded by marks) two or more are as long and end in the same
    character, the run opening or closing on a quotation mark: a quoted rhymed run of parallel units whose slots each
    unit fills with a word of its own (“土地流转有租金、园区务工挣薪金、年终分红得股金”: 挣 is the run's verb slot, not
    a slip for 务工证).  A list of names ending alike (分管行政审批科、市场规范管里科、旅游市场监管科: 管里 is 管理,
    ECSpell odw) is no quoted slogan and has its slip in the last word."""
    a, b = _unit(text, s)
    n = b - a
    if not (_UNIT_MIN <= n <= _UNIT_MAX and a <= s and e <= b - 2):
        return False
    found, left, right = 0, a, b
    for _ in range(2):
        if left >= 2:
            pa, pb = _unit(text, left - 2)
            if pb - pa == n and pb == left - 1 and text[pb - 1] == text[b - 1]:
                found, left = found + 1, pa
        if right + 1 < len(text):
            na, nb = _unit(text, right + 1)
            if nb - na == n and na == right + 1 and text[nb - 1] == text[b - 1]:
                found, right = found + 1, nb
    quoted = (left > 0 and text[left - 1] in _OPENING) or (right < len(text) and text[right] in _CLOSING)
    return found >= _RUN_NEED and quoted


def reduplicated(index, text: str, at: int) -> bool:
    """The changed character is one of a doubled pair that is a word of its own: 事事上心 (每件事都上心, a
    couplet's 家事国事天下事，事事关心), 处处留心, not a slip for 事实上."""
    ch = text[at]
    return ((at > 0 and text[at - 1] == ch) or text[at + 1:at + 2] == ch) and index.knows(ch * 2)
