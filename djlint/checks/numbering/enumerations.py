"""DJ311–DJ313 enumerations in running text: 一是……二是……三是…… (and 第一，……第二，……) that
skip, repeat or restart, a lone 一是, and a list that mixes 一是 with 第二.

One pass over the body follows every list (``_EnumScan``); the three rules share its findings.
"""
from __future__ import annotations

from ...document.ending import unseen_end
from ...engine import Finding, Rule
from ...engine.kinds import compile_
from ...engine.literals import paragraphs_matching
from ...util import rx
from ...util.zh import (
    LEADING_BLANK_CHARS,
    NOT_AN_ITEM,
    NUMERAL,
    NUMERAL_CHARS,
    NUMERAL_RUN,
    SENTENCE_END_CHARS,
    cn_to_int,
    int_to_cn,
)

# A marker: (?<=^|[：:；;，,。！？\s（(“”、…])(?:二是|第二(?=[，,：:])), and a loose one after a subject:
# (?<=[\p{Han}])(?<![统唯…一二…十])二是.  Each is searched by the standard library without what must
# stand before it, which is checked by hand: a marker's characters (numerals, 是, 第) are none of
# those, so no match the check throws out hides one it keeps (the lookbehinds made the regex
# module try every character).
_MARK = rx.stdlib(r"(?:(?P<shi>" + NUMERAL_RUN + r")是(?![的否非])(?!(?P=shi))|第(?P<di>" + NUMERAL_RUN + r")(?=[，,：:]))")
_MARK_AFTER = rx.regex(r"[：:；;，,。！？\s（(“”、…）).．]")  # also after a closing bracket (各县（市、区）一是……) and a
# half-width full stop (……任务.二是……: DJ501's finding; the list is still a list)
#: the run written as a numeral then more (not ``NUMERAL_RUN``): a pattern that begins with a repeat is tried at every
#: character, one that begins with a class is searched from one numeral to the next
_LOOSE_MARK = rx.stdlib(r"(" + NUMERAL + NUMERAL + r"*)是(?![的否非])")
_LOOSE_AFTER = rx.regex(r"[\p{Han}]")
_LOOSE_NOT_AFTER = frozenset("统唯之万同专单第归合划整均如其" + NUMERAL_CHARS)
_CARRY = 2  # marker-less paragraphs a list may run across
#: an item written N要 in a 是-list (……二是……；三要提高……；四是……: a speaker's 三要 for 三是要): item N when N-1 and
#: N+1 are markers of the same paragraph; a list of 要 alone (一要……二要……) is no 是-list and is not read
_YAO_MARK = rx.stdlib("(" + NUMERAL + ")要")


def _one_char(pattern):
    """A test of one character against ``pattern`` (one character class, no lookaround: ``pattern.match(text, i)``
    asks only ``text[i]``), its answers remembered per character: a ``regex``-module match is ~0.4 µs a call, and
    the markers' paragraphs ask it of the same few characters (，。；、 and Han) ~5,000 times a MB (speed45)."""
    known: dict[str, bool] = {}

    def test(ch: str) -> bool:
        got = known.get(ch)
        if got is None:
            got = known[ch] = pattern.match(ch) is not None
        return got

    return test


#: what may stand before a marker (_MARK_AFTER) and before a loose one (_LOOSE_AFTER), one character each
_after_mark = _one_char(_MARK_AFTER)
_after_loose = _one_char(_LOOSE_AFTER)


def _marks(text: str) -> list:
    out = []
    for m in _MARK.finditer(text):
        s = m.start()
        if s == 0 or _after_mark(text[s - 1]):
            out.append(m)
    return out


def _loose_marks(text: str) -> list:
    out = []
    for m in _LOOSE_MARK.finditer(text):
        s = m.start()
        if s > 0 and (ch := text[s - 1]) not in _LOOSE_NOT_AFTER and _after_loose(ch):
            out.append(m)
    return out


def _markers(text: str, resets=None):
    """The markers of ``text`` (n, style, start, end); ``resets``: its _resets, if the caller has them."""
    seen = set()
    for _s, e in (_resets(text) if resets is None else resets):
        m = _LOOSE_ONE.match(text, e)
        if m:
            seen.add(m.start(1))
            yield 1, ("shi" if m.group(1) == "一是" else "di"), m.start(1), m.end(1)
    # “党委一是……，二是……”: a marker right after the subject counts when its neighbour is there too
    loose = {}
    for m in _loose_marks(text):
        n = cn_to_int(m.group(1))
        if n is not None:
            loose.setdefault(n, []).append(m)
    marks = _marks(text)
    strict = {cn_to_int(m.group("shi") or m.group("di")) for m in marks}
    for n, ms in loose.items():
        if {n + 1, n - 1} & (strict | set(loose)):
            for m in ms:
                if m.start() not in seen:
                    seen.add(m.start())
                    yield n, "shi", m.start(), m.end()
    shi_at = sorted([(m.start(), cn_to_int(m.group("shi") or m.group("di"))) for m in marks]
                    + [(m.start(), n) for n, ms in loose.items() for m in ms])
    yield from _yao_marks(text, shi_at, seen)
    for m in marks:
        if m.start() in seen:
            continue
        raw = m.group("shi") or m.group("di")
        n = cn_to_int(raw)
        if n is None or n > 30:
            continue
        yield n, ("shi" if m.group("shi") else "di"), m.start(), m.end()


def _yao_marks(text: str, shi_at: list, seen: set):
    """Items written N要 right between the markers N-1 and N+1 of a 是-list (二是……；三要……；四是……), after what may
    stand before a marker; none where 要 opens a list of its own (一要……一是……二是……三是……二要……: N-1要 or N+1要 there too)."""
    if "要" not in text:
        return
    for m in _YAO_MARK.finditer(text):
        n, s = cn_to_int(m.group(1)), m.start()
        if n is None or s in seen or not (s == 0 or _after_mark(text[s - 1])):
            continue
        before = [k for at, k in shi_at if at < s]
        after = [k for at, k in shi_at if at > s]
        if before[-1:] == [n - 1] and after[:1] == [n + 1] and int_to_cn(n - 1) + "要" not in text \
                and int_to_cn(n + 1) + "要" not in text:
            seen.add(s)
            yield n, "shi", s, m.end()


#: an inline section label, (?<=[。；！？：:”])(?:（二）|三、), without what stands before it (checked by
#: hand: the standard library then jumps from one bracket or numeral to the next instead of trying
#: a lookbehind at every character); written as one class of its first characters, then the rest of each
#: shape (（……） or ……、), which the search jumps to: the alternation of the two shapes, one beginning with
#: a class, was tried at every character (the same for _MARKER_SHAPE)
_LABEL_BODY = rx.stdlib("[（" + NUMERAL_CHARS + "](?:(?<=（)" + NUMERAL_RUN + "）|(?<!（)" + NUMERAL + "*、)")
_LABEL_AFTER = frozenset("。；！？：:”")
#: what every marker _markers finds holds: a numeral before 是, or 第 before a numeral
_MAY_MARK = rx.stdlib(NUMERAL + "是|第" + NUMERAL)
#: the shape every marker _markers yields has (_MARK, _LOOSE_MARK and _LOOSE_ONE's 一是, 第一，):
#: of the paragraphs _MAY_MARK lets through, those with 第二十届 or 第一次 alone are not read
_MARKER_SHAPE = rx.stdlib("[第" + NUMERAL_CHARS + "](?:(?<=第)" + NUMERAL_RUN + "(?=[，,：:])|(?<!第)" + NUMERAL + "*是)")
_LOOSE_ONE = compile_("[^" + SENTENCE_END_CHARS + r"]{0,40}?(一是|第一(?=[，,]))")


def _resets(text: str):
    """Inline section labels (（二） or 三、 after a sentence end): flattened headings.

    A label can only begin right after one of _LABEL_AFTER, which is
    neither a numeral nor a bracket, so no match of _LABEL_BODY that fails that test swallows
    one that passes it."""
    for m in _LABEL_BODY.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] in _LABEL_AFTER:
            yield s, m.end()


def _new_list(style, n, p, s, e):
    return {"style": style, "first": n, "last": n, "count": 1, "first_at": (p, s, e), "para": p}


def _mark_text(n: int, style: str) -> str:
    return f"{int_to_cn(n)}是" if style == "shi" else f"第{int_to_cn(n)}"


def _item_before_glued(text: str, n: int, style: str, s: int) -> bool:
    """The item before is written just before the mark, glued to the noun it follows, so it is no mark of its own
    (研究生第一，第二，第三党支部: the list does start at 第一)."""
    prev = _mark_text(n - 1, style)
    return s > len(prev) and text[s - 1] in "，、," and text[s - 1 - len(prev):s - 1] == prev


class _EnumScan:
    """One pass over the body that follows every 一是/第一 list: per style the list being
    read, lists a restart in this paragraph set aside (``pending``), and the findings."""

    def __init__(self):
        self.out: list[tuple[str, Finding]] = []
        self.state: dict[str, dict] = {}
        self.pending: dict[str, dict] = {}
        self.qici_at = -10  # the index of the last paragraph with 其次 in it

    def close(self, style: str) -> None:
        lst = self.state.pop(style, None)
        if lst and lst["first"] == 1 and lst["count"] == 1:
            p, s, e = lst["first_at"]
            self.out.append(("DJ312", Finding(p, s, e, f"只有“{_mark_text(1, style)}”，没有“{_mark_text(2, style)}”："
                                                      f"只有一项时不必编号，或补上其余各项")))

    def close_all(self) -> None:
        for style in list(self.state):
            self.close(style)

    def paragraph(self, p, marks, resets=None) -> None:
        """Follow the lists through ``marks`` and the inline section labels (``resets``: _resets of the text, if known)."""
        self.pending = {}  # style -> the list a restart in this paragraph set aside
        resets = _resets(p.text) if resets is None else resets
        events = sorted([(s, 0, n, style, e) for n, style, s, e in marks] + [(s, -1, 0, "", e) for s, e in resets])
        for s, what, n, style, e in events:
            if what < 0:  # an inline section label (flattened text): every list ends here
                self.close_all()
                self.pending.clear()
            elif style not in self.state:
                self.start(p, n, style, s, e)
            else:
                self.mark(p, n, style, s, e)

    def start(self, p, n, style, s, e) -> None:
        here = _mark_text(n, style)
        other = next((o for o in self.state.values() if o["style"] != style and o["last"] == n - 1), None)
        if n != 1 and other is not None:
            self.out.append(("DJ313", Finding(p, s, e, f"同一组列举混用“{_mark_text(other['first'], other['style'])}”"
                                                       f"和“{here}”，请统一写法")))
            other.update(last=n, count=other["count"] + 1, para=p)
            return
        if n != 1 and _yao_list_before(p.text, s, n):
            # 一要……二要……三是 opening the paragraph's lists: item N of its 要-list written in the other form
            self.out.append(("DJ313", Finding(p, s, e, f"同一组列举混用“{int_to_cn(n - 1)}要”和“{here}”，请统一写法")))
            self.state[style] = dict(_new_list(style, 1, p, s, e), last=n, count=n)
            return
        if n != 1 and not _item_before_glued(p.text, n, style, s) and not self._after_qici(p, n, style, s):
            self.out.append(("DJ311", Finding(p, s, e, f"列举应从“{_mark_text(1, style)}”开始，此处为“{here}”")))
        self.state[style] = _new_list(style, n, p, s, e)

    def _after_qici(self, p, n, style, s) -> bool:
        """首先……其次……第三……: the first two items were written 首先、其次 (a speech's habit), so 第三 goes on from them."""
        return n == 3 and style == "di" and ("其次" in p.text[:s] or 0 < p.index - self.qici_at <= 2)

    def resume(self, style, resumed, n, p) -> None:
        del self.pending[style]
        resumed.update(last=n, count=resumed["count"] + 1, para=p)
        self.state[style] = resumed

    def mark(self, p, n, style, s, e) -> None:
        lst = self.state[style]
        m = lst["last"]
        if n != m + 1 and lst["para"] is not p and _yao_list_before(p.text, s, n):
            # 一要……二要……三是 in a paragraph of its own: item N of that paragraph's 要-list, not of the list before
            self.close(style)
            self.state[style] = dict(_new_list(style, 1, p, s, e), last=n, count=n)
            return
        here = _mark_text(n, style)
        resumed = self.pending.get(style)
        announced = _announced(p, lst, s)
        if resumed is not None and n == resumed["last"] + 1 and lst["count"] == 1 and announced is not True:
            # 一是…二是…一是…三是: the second 一是 broke a list that goes on
            rp, rs, re_ = lst["first_at"]
            self.out.append(("DJ311", Finding(rp, rs, re_, f"同一段中列举编号重新开始：“{_mark_text(resumed['last'], style)}”"
                                                         f"之后又出现“{_mark_text(1, style)}”，后面还有“{here}”；请核对这个“{_mark_text(1, style)}”")))
            self.resume(style, resumed, n, p)
        elif n == m + 1:
            lst.update(last=n, count=lst["count"] + 1, para=p)
        elif resumed is not None and n == resumed["last"] + 1 and announced is False:
            # a list a colon announced within an item (有2家：一是……；二是……。) ended with its sentence: the outer goes on
            self.resume(style, resumed, n, p)
        elif resumed is not None and n == resumed["last"] + 1:
            # a nested list (一是…二是[一是…二是…]三是) ended; the outer one goes on, but a reader
            # sees two runs of the same markers side by side: the inner list wants other markers
            rp, rs, re_ = lst["first_at"]
            inner = "（1）（2）" if style == "shi" else "（1）（2）或“一是、二是”"
            self.out.append(("DJ311", Finding(rp, rs, re_, f"同一段中“{_mark_text(resumed['first'], style)}……"
                                                         f"{_mark_text(resumed['last'], style)}”之间又套了一组从"
                                                         f"“{_mark_text(1, style)}”开始的列举，后面的“{here}”分不清属于哪一组；"
                                                         f"内层请改用{inner}或“首先、其次”")))
            self.resume(style, resumed, n, p)
        elif n == 1:
            if lst["para"] is p:
                self.pending[style] = lst
            else:
                self.close(style)
            self.state[style] = _new_list(style, 1, p, s, e)
        else:
            if not (n > m + 1 and lst["para"] is p and _written_before(p.text, s, m, n, style)):
                self.out.append(("DJ311", Finding(p, s, e, _sequence_message(m, n, style))))
            lst.update(last=max(m, n), count=lst["count"] + 1, para=p)


def _announced(p, lst, s: int) -> bool | None:
    """For a list that opened right after a colon in this paragraph (正在洽谈的企业有2家：一是……；二是……。), within an
    item of a list before it: True while its sentence goes on (the marker at ``s`` is its next item), False once a
    sentence end stands between its first marker and ``s`` (the list ended with its sentence); None for any other list."""
    q, a, _e = lst["first_at"]
    if q is not p or a == 0 or p.text[a - 1] not in "：:":
        return None
    return not any(c in "。！？!?" for c in p.text[a:s])


def _yao_list_before(text: str, s: int, n: int) -> bool:
    """一要 … (N-1)要 all stand before ``s`` in this paragraph, each at a marker's place: a speaker's list of 要 whose
    item N was written N是 (一要学思践悟……；二要主动出击……；三是贯彻落实……)."""
    if n < 2 or n > 10 or "要" not in text[:s]:
        return False
    at = {cn_to_int(m.group(1)) for m in _YAO_MARK.finditer(text, 0, s)
          if m.start() == 0 or _MARK_AFTER.match(text, m.start() - 1)}
    return all(k in at for k in range(1, n))


def _written_before(text: str, s: int, m: int, n: int, style: str) -> bool:
    """The markers between ``m`` and ``n`` are there, before ``s``, where no punctuation sets them
    apart (增长12.8%三是落实……: the full stop before 三是 is missing, the list is not)."""
    return all(_mark_text(k, style) in text[:s] for k in range(m + 1, n))


def _unpunctuated(p, marks):
    """Markers after the first that follow the last word of the item before with no mark between
    (培养学科带头人二是重视……): the full stop or semicolon that ends an item is missing."""
    text = p.text
    for n, style, s, e in marks:
        if (n >= 2 and style == "shi" and s > 0 and text[s - 1] not in _LOOSE_NOT_AFTER
                and _after_loose(text[s - 1]) and _mark_text(n - 1, style) in text[:s]):
            yield Finding(p, s, e, f"列举项“{text[s:e]}”前面缺少标点：上一项“……{text[max(0, s - 4):s]}”末尾应加句号或分号")


def _lost_shi(p, marks):
    """“；二是……；三持之以恒……”: the next item after the list's last 是-marker opens with its numeral alone,
    after the same mark that stood before that marker; its 是 was dropped."""
    text = p.text
    shi = [(n, s, e) for n, style, s, e in marks if style == "shi"]
    if len(shi) < 2 or shi[-2][0] != shi[-1][0] - 1:
        return
    n, s, e = shi[-1]
    sep = text[s - 1:s] if s > 0 else ""
    if sep not in ("；", ";"):
        return
    nxt = int_to_cn(n + 1)
    i = text.find(sep + nxt, e)
    j = i + 1 + len(nxt)
    if i < 0 or j >= len(text) or text[j] in NOT_AN_ITEM or not ("一" <= text[j] <= "龥"):
        return
    yield Finding(p, i + 1, j, f"列举编号“{nxt}”后面缺“是”：“{_mark_text(n, 'shi')}”之后应为“{_mark_text(n + 1, 'shi')}”")


def _sequence_message(m: int, n: int, style: str) -> str:
    here, expected, before = _mark_text(n, style), _mark_text(m + 1, style), _mark_text(m, style)
    if n == m:
        return f"列举编号重复：“{before}”之后又是“{here}”，应为“{expected}”"
    if n > m + 1:
        return f"列举编号不连续：“{before}”之后应为“{expected}”，此处为“{here}”"
    return f"列举编号顺序颠倒：“{before}”之后应为“{expected}”，此处为“{here}”"


def _scan_enumerations(ctx) -> list[tuple[str, Finding]]:
    doc = ctx.doc
    scan = _EnumScan()
    idle = 0
    outline = doc.outline
    # every marker holds a numeral and 是, or 第 and a numeral (一是、第一): most paragraphs have none;
    # the twenty words are keys of the engine's one literal scan (see _EnumRule.scan_patterns)
    may_mark = {p.index for p in paragraphs_matching(ctx, _MAY_MARK)}
    sub = opens = None  # the sub-items under a line a marker opens: (kind, next number); that line's list
    for p in doc.body:
        if not p.text or p.text.isspace():
            continue
        h = outline.heading_of(p)
        # the inline section labels found once, for the markers and for the lists (twice a paragraph before: ~0.6 ms/MB)
        resets = list(_resets(p.text)) if p.index in may_mark and _MARKER_SHAPE.search(p.text) else None
        marks = list(_markers(p.text, resets)) if resets is not None else []
        sub = None if marks else _sub_item(h, sub, opens, scan)  # (items with lists of their own are read as before)
        opens = None
        if sub is not None and h is not None:
            idle = 0
            continue  # 一是……（一）……（二）……二是: a lower level's items of the 一是 line, the list goes on
        if h is not None:
            scan.close_all()
            idle = 0
        if "其次" in p.text:
            scan.qici_at = p.index
        if marks:
            idle = 0
            scan.out.extend(("DJ311", f) for f in _unpunctuated(p, marks))
            scan.out.extend(("DJ311", f) for f in _lost_shi(p, marks))
            scan.paragraph(p, marks, resets)
            opens = _opening(p.text, marks)
            continue
        idle += 1  # (a sub-item's own text: counted as any paragraph without markers)
        if idle > _CARRY:
            scan.close_all()
            sub = None
    scan.close_all()
    if unseen_end(ctx) is not None:
        # the text stops in its last section: a lone 一是 there may have its 二是 after the cut
        last = max((h.paragraph.index for h in outline.headings if not h.runin), default=-1)
        return [(code, f) for code, f in scan.out if code != "DJ312" or f.paragraph.index <= last]
    return scan.out


#: the labels of the items under a line that opens with 一是 (（一） 1. （1） ①): a level below it; 一、 and 第一部分 never are
_SUB_KINDS = frozenset(("cn-paren", "arabic", "arabic-paren", "circled"))


def _opening(text: str, marks) -> str | None:
    """The style of a marker that opens the paragraph (一是扎实推进……。 as a line of its own), else None."""
    lead = len(text) - len(text.lstrip(LEADING_BLANK_CHARS))
    return next((style for _n, style, s, _e in marks if s == lead), None)


def _sub_item(h, sub, opens, scan):
    """The sub-items a heading ``h`` goes on (kind, next number), or None: a first label of _SUB_KINDS (（一）) on the
    line right after a line a marker opens (``opens``, whose list is still read), or the next label of the same
    kind after such items (（二）after （一））, or a paragraph without a label among them (a sub-item's own text).
    Anything else ends them."""
    if h is None:
        return sub
    if sub is not None and (h.kind, h.number) == sub:
        return h.kind, h.number + 1
    if opens is not None and opens in scan.state and h.kind in _SUB_KINDS and h.number == 1:
        return h.kind, 2
    return None


def enumeration_findings(ctx):
    """All enumeration findings as (code, Finding), computed once per document."""
    return ctx.shared("numbering.enumerations", _scan_enumerations)


class _EnumRule(Rule):
    scope = "document"
    source = "GB/T 15834-2011 4.6.3.3、附录A.5（分项列举）；公文写作中“一是、二是”的通行用法"

    def scan_patterns(self, registry):
        return (_MAY_MARK,)

    def check(self, doc, ctx):
        for code, f in enumeration_findings(ctx):
            if code == self.code:
                yield f


class EnumerationSequence(_EnumRule):
    """“一是、二是、三是”列举编号不连续、重复或重新开始

    ## 检查内容
    段落内和相邻段落间的“一是……二是……三是……”（以及“第一，……第二，……”）：跳号、重号、
    顺序颠倒、不从“一是”开始，以及同一段中“一是……二是……一是……三是……”这样中途重新开始。
    一段里先后有两组完整的列举（“一是……二是……；一是……二是……”）不报。某一项里用冒号引出、在同一句里列完的
    一组（“……有2家：一是……；二是……。”），句号之后接着外层的“二是”，也不报。十以上（十一是）也能识别。
    “二是”“三是”直接跟在上一项的最后一个字后面、中间没有标点（培养学科带头人二是重视……）也报：上一项末尾
    漏了句号或分号。“党委一是……”里主语后面的“一是”、“其二是”“之二是”不报。“首先……其次……第三……”（讲话里常这样写）的“第三”接着前两项，不报“应从第一开始”。夹在“二是”和“四是”之间的“三要”
    （讲话里“三是要”的省略）算第三项，不报跳号；“一要……二要……”自成一组的不算。新的一段里先写“一要……二要……”、第三项写成“三是”的（讲话里两种写法混用），这个“三是”属于本段的一组，不接上一段的列举；段里没有别的列举时由 DJ313 报写法混用。
    “……；二是……；三持之以恒……”：下一项只写了数字、漏了“是”，也报（“；三年来”“；三会一课”这类数量、固定说法不报）。
    以“一是”开头的一行下面跟着低一级的分项（“（一）……”“1.……”各占一行），再往下是“二是”开头的一行：
    分项不打断这组列举（工作计划常这样写）；遇到高一级的标题（“二、”）才算结束。

    ## 为什么
    列举项删改后最容易漏改编号，审稿人读到“二是”之后是“四是”就会退稿。

    ## 依据
    GB/T 15834-2011 4.6.3.3、附录A.5。
    """

    code = "DJ311"
    name = "enumeration-sequence"
    severity = "warning"


class LoneEnumeration(_EnumRule):
    """只有“一是”，没有“二是”

    ## 检查内容
    一组列举只有“一是”（或“第一，”），后面没有“二是”，本段和紧接着的段落里都没有。
    文稿停在句子中间或停在标题上（没有贴完整）时，最后一部分里的“一是”不报：“二是”可能在后面。
    “一是”开头的一行下面各占一行的分项（“（一）”“1.”）不算段落间隔，分项后面的“二是”仍属同一组。

    ## 为什么
    多半是删改时删掉了后面几项；只有一项时也不必编号。

    ## 依据
    公文写作中“一是、二是”列举的通行用法。
    """

    code = "DJ312"
    name = "lone-enumeration"
    severity = "info"


class MixedEnumeration(_EnumRule):
    """同一组列举混用“一是”和“第二”等不同写法

    ## 检查内容
    一组列举中，前面用“一是、二是”，后面换成“第三，”（或反过来）；一段里先写“一要……二要……”、下一项换成“三是”的也报。

    ## 为什么
    同一组列举应使用同一种序次语，混用显得粗糙，多半是从不同稿子拼接而来。

    ## 依据
    GB/T 15834-2011 附录B.3.1（序次语）；公文写作通行用法。
    """

    code = "DJ313"
    name = "mixed-enumeration"
    severity = "warning"
