"""Two things a word-index candidate must not be taken from: an entry the dictionary only lists (at its floor
count) where what is written reads as well, and a run of parallel units whose repeated character the slip would
be (see verdict.plausible)."""
from __future__ import annotations

from ...util import rx
from .evidence import FUNCTION_CHARS
from .index import HAN, PACKED_MAX, Index, log_weight
from .patterns import CLOSING_QUOTES, OPENING_QUOTES

#: the count jieba's dictionary gives the entries it only lists (欢渡佳节, 有闻必录, 中的菜, but also 系统集成,
#: 公务用车, 拐卖人口: 3), as the index keeps it
LISTED_ONLY_WEIGHT = log_weight(3)
#: the particles that join two words into a phrase (中的菜 is jieba's, no word; 党的领导 is one of 4)
_PARTICLES = frozenset("的地得之")
#: the characters of frames any two verbs fill (边走边看、边学边改; 越干越好): a slot of 边X边Y or 越X越Y holds no slip
OPEN_FRAMES = frozenset("边越")


def listed_only(index: Index, text: str, s: int, e: int, at: int, suggested: str) -> bool:
    """Whether ``suggested``, an entry the dictionary only lists (at its floor count) and no term of our own,
    cannot outweigh what is written: three characters joined by a particle (中的菜 for 种的菜); or the written half that holds the
    slip is itself a word at least as frequent as the suggestion's (欢度 61 against 欢渡 3: 欢度佳节 is right,
    jieba lists the variant 欢渡佳节); or it is one of a quoted series of four-character units (“有问必录、应报尽报”,
    the 三个规定's formula, not 有闻必录; unquoted, 系统集城、网络工程 is a slip).  Entries it lists at that count are often real compounds (系统集成,
    公务用车), so the listing alone decides nothing."""
    if suggested in index.own_words or len(suggested) > PACKED_MAX:
        return False
    w = index.weight(suggested)
    if w is None or w > LISTED_ONLY_WEIGHT:
        return False
    n, k = e - s, at - s
    if n == 3 and suggested[1] in _PARTICLES:
        return True
    if n == 4:
        h = 0 if k < 2 else 2
        mine, theirs = index.weight(text[s + h:s + h + 2]), index.weight(suggested[h:h + 2])
        if mine is not None and mine >= (theirs or 0):
            return True
        return short_quotation(text, s, e, 10) and _four_char_series(text, s, e)
    return False


def _four_char_series(text: str, s: int, e: int) -> bool:
    """Whether text[s:e], four characters, is an item of a 、-series of four-character units."""
    def unit_at(a: int, b: int) -> bool:
        return 0 <= a and b <= len(text) and all(HAN.match(c) for c in text[a:b])

    before = s >= 5 and text[s - 1] == "、" and unit_at(s - 5, s - 1) and (s == 5 or not HAN.match(text[s - 6]))
    after = e + 5 <= len(text) and text[e] == "、" and unit_at(e + 1, e + 5) and (e + 5 == len(text) or not HAN.match(text[e + 5]))
    return before or after


def parallel_unit(text: str, s: int, e: int, at: int) -> bool:
    """Whether the stretch is one of a run of parallel units: another stretch of the paragraph as long, after
    the same two characters, holds the written character at the slip's place (当好宣传员……当好示范员……当好
    监督员: 员 is what the series repeats, not a slip for 示范园).  So is 边X边Y or 越X越Y (OPEN_FRAMES): two verbs
    in the frame's slots, any two (边走边向局领导介绍 is not 边走边吃 mistyped)."""
    if e - s == 4 and text[s] == text[s + 2] and text[s] in OPEN_FRAMES and at in (s + 1, s + 3):
        return True
    if s < 2 or not (HAN.match(text[s - 2]) and HAN.match(text[s - 1])):
        return False
    head, n, k = text[s - 2:s], e - s, at - s
    j = text.find(head)
    while j >= 0:
        u = j + 2
        if u != s and u + n <= len(text) and text[u + k] == text[at] and all(HAN.match(c) for c in text[u:u + n]):
            return True
        j = text.find(head, j + 1)
    return False


def short_quotation(text: str, s: int, e: int, reach: int = 6) -> bool:
    """Whether text[s:e] stands inside a quotation that opens at most ``reach`` characters before it and
    closes at most ``reach`` after it."""
    before = text[max(0, s - reach):s]
    opened = max(before.rfind(c) for c in OPENING_QUOTES)
    if opened < 0 or any(c in CLOSING_QUOTES for c in before[opened:]):
        return False
    after = text[e:e + reach + 1]
    return any(c in CLOSING_QUOTES for c in after)


#: what bounds a name in a list: punctuation, a conjunction, 等 or 同志 after it
_LIST_EDGE_BEFORE, _LIST_EDGE_AFTER = frozenset("、，,：:；;（(“ 和与及同"), frozenset("、，,；;。）)” 和与及等同")


def _among_names(index: Index, text: str, a: int, b: int) -> bool:
    """Whether the unit text[a:b], set off by 、, stands in a list of persons' names: the two units beside it (or the
    two before it, or after it) are names of two or three characters opening with a surname (刘强、白金光、孔令贵、海某某、
    刘洋到会: a name, though 海 is no common surname).  One name beside it is not enough (涂桂琴、健康档案)."""
    units = []
    p = a
    while len(units) < 2 and p > 0 and text[p - 1] == "、":
        q = p - 1
        while q > 0 and HAN.match(text[q - 1]) and p - 1 - (q - 1) <= 3:
            q -= 1
        units.append(text[q:p - 1])
        p = q
    before = units
    units = []
    p = b
    while len(units) < 2 and p < len(text) and text[p] == "、":
        q = p + 1
        while q < len(text) and HAN.match(text[q]) and q - (p + 1) < 3:
            q += 1
        units.append(text[p + 1:q])
        p = q
    names = [u for u in before[:1] + units[:1] if _name_unit(index, u)]
    return len(names) == 2 or all(_name_unit(index, u) for u in before) and len(before) == 2 or \
        all(_name_unit(index, u) for u in units) and len(units) == 2


def _name_unit(index: Index, unit: str) -> bool:
    """A unit of two or three characters opening with a surname, no function word in it: a person's name."""
    return 2 <= len(unit) <= 3 and unit[0] in index.surnames and not FUNCTION_CHARS.intersection(unit[1:])


#: what closes a list of places (隆泉等地, 华阳等县)
_PLACES_LIST = rx.stdlib(r"(?:、[\u4e00-\u9fff]{2,3})*等(?:地|县|市|区|乡|镇|村)")
#: verbs of going a place's name follows (到兴福, 赴溪安)
_GOING_TO = frozenset("到赴至往抵驻")


def listed_name(index: Index, text: str, s: int, e: int, slots: bool = True) -> bool:
    """Whether the stretch is (the end of) a unit of two or three characters between list marks
    that begins with a surname (慰问老党员涂桂琴和耿新, 钟庆等同志): a name, not a slip for 更新.
    With ``slots``, also a clause opening with a surname or a place's slot after a verb of going
    (the confusion sets' candidates, which have no pair test, need these; the word index's do not:
    到银航办理 is found)."""
    a, b = s, e
    while a > 0 and a > s - 2 and HAN.match(text[a - 1]) and text[a - 1] not in _LIST_EDGE_BEFORE:
        a -= 1
    if (a == 0 or text[a - 1] in _LIST_EDGE_BEFORE) and (b >= len(text) or text[b] in _LIST_EDGE_AFTER) and \
            2 <= b - a <= 3 and (text[a] in index.surnames or _PLACES_LIST.match(text, b) or _among_names(index, text, a, b)):
        return True  # a name in a list, or a place in a list of places (溪昌、隆泉等地)
    # a two-character stretch opening a clause with a surname (，辛福配合), or in a place's slot
    # after a verb of going (到兴福开展, 赴溪安、田河等地)
    return slots and e - s == 2 and ((text[s] in index.surnames and (s == 0 or text[s - 1] in _LIST_EDGE_BEFORE)) or (
        s > 0 and text[s - 1] in _GOING_TO))


def inside_a_quoted_saying(text: str, s: int, e: int) -> bool:
    """Whether text[s:e], four characters or more, stands inside a quoted saying written as one unbroken run, with
    the saying's own characters on both sides (“鱼见食而不见钩”: 食而不见 is no 视而不见 written wrong, dev-prec445
    probe): a proverb or a line quoted whole, not the idiom.  A quoted idiom (“食而不见”) or one standing at the
    quotation's edge or between marks is still weighed."""
    if e - s < 4 or not short_quotation(text, s, e):
        return False
    opened = max(text.rfind(c, 0, s) for c in OPENING_QUOTES)
    closed = min((i for i in (text.find(c, e) for c in CLOSING_QUOTES) if i >= 0), default=-1)
    return opened + 1 < s and e < closed and all(HAN.match(c) for c in text[opened + 1:closed])


#: conjunctions that join two nouns (组织生活和制度建设)
_CONJUNCTIONS = frozenset("和与及")
#: what 渐 (gradually) says of a change before a one-character predicate (数量渐少, 声音渐远): literary, not 减 mistyped
_GRADUAL = frozenset("少多增减长大小高低强弱浓淡宽窄远近深浅缓稳好")
#: the clause marks parallel clauses end with (访民情，释民惑，解民忧。)
_CLAUSE_END = frozenset("，,；;。！？!?、")


def read_otherwise(index: Index, text: str, s: int, e: int, written: str, suggested: str) -> bool:
    """Whether the written text reads correctly another way, the slip's character being what it says:
    a conjunction between two words (组织生活和制度建设: 和 joins 组织生活 and 制度建设, no 组织生活会 mistyped),
    渐 before a one-character predicate (违建数量渐少 is no 减少), or a character a run of parallel clauses varies
    (see _parallel_clauses: 访民情，释民惑，解民忧 is no 民国)."""
    at = s + next((i for i, (a, b) in enumerate(zip(written, suggested)) if a != b), 0)
    if at == e - 1 and text[at] in _CONJUNCTIONS and index.knows(text[s:at]) and index.knows(text[e:e + 2]):
        return True
    if text[at] == "渐" and text[at + 1:at + 2] in _GRADUAL and text[at + 1:at + 2] and e == at + 2:
        return True
    return _parallel_clauses(text, s, e, at)


def _clause_span(text: str, i: int) -> tuple[int, int]:
    """The clause of ``text`` that holds position ``i``: from after the clause mark before it to the one after it."""
    a = i
    while a > 0 and text[a - 1] not in _CLAUSE_END:
        a -= 1
    b = i
    while b < len(text) and text[b] not in _CLAUSE_END:
        b += 1
    return a, b


def _parallel_clauses(text: str, s: int, e: int, at: int) -> bool:
    """Whether the stretch ends a clause that parallels another clause of the paragraph: as long, ending in
    a stretch as long whose characters other than the slip's are the stretch's (面对面访民情，手拉手释民惑，心贴心
    解民忧: 民 repeats, the last character is what the clauses vary), the varied character a different one."""
    a, b = _clause_span(text, s)
    if b != e or b - a < 4 or e - s > 3:
        return False
    length, k = b - a, at - a
    i = 0
    while i < len(text):
        c, d = _clause_span(text, i)
        if d - c == length and c != a and all(HAN.match(ch) for ch in text[c:d]) and text[c + k] != text[at] and all(
                text[c + j - a] == text[j] for j in range(s, e) if j != at):
            return True
        i = d + 1
    return False
