"""Render Word automatic numbering (numbering.xml) as the labels the reader sees.

ECMA-376 Part 1 §17.9.  Counters live per abstractNum, so two numIds on the same
abstractNum continue one sequence; a ``w:num`` with ``startOverride`` restarts that level
the first time it is used; numbering a level resets the deeper levels unless their
``w:lvlRestart`` says otherwise.  Numbering may be direct (``w:pPr/w:numPr``) or come
through the paragraph style and its ``w:basedOn`` chain.
"""
from __future__ import annotations

import regex as re

from ..util import rx
from ..util.record import record
from ..util.zh import CN_LEGAL, int_to_cn
from .wordml import q

_VAL = q("val")
IDEOGRAPH_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
IDEOGRAPH_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _letters(n: int, upper: bool) -> str:
    base = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "abcdefghijklmnopqrstuvwxyz"
    n = max(n, 1)
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out) or "0"


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "ideographDigital"):
        if fmt == "ideographDigital":
            return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))
        return int_to_cn(n)
    if fmt == "chineseLegalSimplified":
        return int_to_cn(n, CN_LEGAL, "拾佰仟")
    if fmt == "ideographTraditional":
        return IDEOGRAPH_TRADITIONAL[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return IDEOGRAPH_ZODIAC[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord("０") + int(c)) for c in str(n))
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n, True)
    if fmt == "lowerLetter":
        return _letters(n, False)
    if fmt == "none":
        return ""
    return str(n)


@record
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # lvlRestart value, None: default
    legal: bool = False
    pstyle: str | None = None
    suffix: str = "tab"


def _int(el, default=None):
    if el is None:
        return default
    try:
        return int(el.get(_VAL))
    except (TypeError, ValueError):
        return default


def _parse_level(lvl) -> Level:
    level = Level()
    level.start = _int(lvl.find(q("start")), 1)
    fmt = lvl.find(q("numFmt"))
    if fmt is not None and fmt.get(_VAL):
        level.fmt = fmt.get(_VAL)
    text = lvl.find(q("lvlText"))
    if text is not None:
        level.text = text.get(_VAL) or ""
    restart = lvl.find(q("lvlRestart"))
    if restart is not None:
        level.restart = _int(restart)
    level.legal = lvl.find(q("isLgl")) is not None
    ps = lvl.find(q("pStyle"))
    if ps is not None:
        level.pstyle = ps.get(_VAL)
    suff = lvl.find(q("suff"))
    if suff is not None and suff.get(_VAL):
        level.suffix = suff.get(_VAL)
    return level


_PLACEHOLDER = rx.regex(r"%([1-9])")


_STYLE, _STYLE_ID, _NAME, _BASED_ON, _PPR = q("style"), q("styleId"), q("name"), q("basedOn"), q("pPr")
_NUM_PR, _NUM_ID, _ILVL, _OUTLINE_LVL = q("numPr"), q("numId"), q("ilvl"), q("outlineLvl")
_TYPE, _DEFAULT = q("type"), q("default")
#: styles.xml as bytes: the main namespace bound to w, and each style's start tag and attributes
_W_DECL = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_STYLE_TAG = rx.stdlib(rb"<w:style[\s/>][^>]*>")
_STYLE_ATTR = rx.stdlib(rb"""(w:styleId|w:type|w:default)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class Styles:
    """The parts of styles.xml that matter for text: names, basedOn, numPr, outlineLvl.  A style
    is read when a paragraph first uses it (Word's template defines ~160; a draft uses a few)."""

    def __init__(self, root=None):
        self._elements: dict[str, object] = {}
        self._info: dict[str, dict] = {}
        self._outline: dict[str | None, int | None] = {}
        #: styles.xml read as bytes (from_xml): where each style's element is, parsed when used
        self._blob: bytes = b""
        self._head: bytes = b""
        self._spans: dict[str, tuple[int, int]] = {}
        self._root = root
        self.default_paragraph: str | None = None
        if root is None:
            return
        for st in root.iter(_STYLE):
            sid = st.get(_STYLE_ID)
            if not sid:
                continue
            self._elements[sid] = st
            if st.get(_TYPE) == "paragraph" and st.get(_DEFAULT) in ("1", "true", "on"):
                self.default_paragraph = sid

    @classmethod
    def from_xml(cls, blob: bytes) -> "Styles":
        """The styles of a styles.xml given as bytes, each parsed only when a paragraph uses it:
        Word's styles part is ~350 KB (a definition for every built-in style) and parsing it
        whole was most of reading a 10,000-character draft.  Anything unusual (another prefix
        for the main namespace, another encoding) is parsed whole, as before."""
        from .opc import _parse

        start = blob.find(b"<w:styles")
        head_end = blob.find(b">", start) if start >= 0 else -1
        if head_end < 0 or _W_DECL not in blob[start:head_end] or blob[head_end - 1:head_end] == b"/":
            return cls(_parse(blob))
        self = cls()
        self._blob, self._head = blob, blob[start:head_end + 1]
        for m in _STYLE_TAG.finditer(blob, head_end):
            tag = m.group()
            attrs = {k: a if a else b for k, a, b in _STYLE_ATTR.findall(tag)}
            sid = attrs.get(b"w:styleId")
            if not sid:
                continue
            if b"&" in sid:
                return cls(_parse(blob))  # an escaped character in an id: let the parser read it
            if tag.endswith(b"/>"):
                end = m.end()
            else:
                end = blob.find(b"</w:style>", m.end())
                if end < 0:
                    return cls(_parse(blob))
                end += len(b"</w:style>")
            sid = sid.decode("utf-8")
            self._spans[sid] = (m.start(), end)
            if attrs.get(b"w:type") == b"paragraph" and attrs.get(b"w:default") in (b"1", b"true", b"on"):
                self.default_paragraph = sid
        return self

    @property
    def root(self):
        """The whole styles part (parsed now if it was read as bytes): the layout rules read it."""
        if self._root is None and self._blob:
            from .opc import _parse

            self._root = _parse(self._blob)
        return self._root

    def _element(self, sid: str):
        st = self._elements.get(sid)
        if st is None and sid in self._spans:
            from .opc import _parse

            a, b = self._spans[sid]
            st = self._elements[sid] = _parse(self._head + self._blob[a:b] + b"</w:styles>")[0]
        return st

    def get(self, sid: str | None) -> dict | None:
        """A style's name, basedOn, numPr, outline level and type; None if it is not defined."""
        info = self._info.get(sid) if sid else None
        st = self._element(sid) if info is None and sid else None
        if st is not None:
            name_el = st.find(_NAME)
            based = st.find(_BASED_ON)
            ppr = st.find(_PPR)
            num = None
            outline = None
            if ppr is not None:
                numpr = ppr.find(_NUM_PR)
                if numpr is not None:
                    num = (_int(numpr.find(_NUM_ID)), _int(numpr.find(_ILVL)))
                outline = _int(ppr.find(_OUTLINE_LVL))
            info = self._info[sid] = {
                "name": name_el.get(_VAL) if name_el is not None else sid,
                "based": based.get(_VAL) if based is not None else None,
                "num": num,
                "outline": outline,
                "type": st.get(_TYPE),
            }
        return info

    @property
    def by_id(self) -> dict[str, dict]:
        """Every defined style (reads them all)."""
        return {sid: self.get(sid) for sid in {**self._spans, **self._elements}}

    def chain(self, sid: str | None):
        seen = set()
        while sid and sid not in seen:
            st = self.get(sid)
            if st is None:
                return
            seen.add(sid)
            yield sid, st
            sid = st["based"]

    def name(self, sid: str | None) -> str | None:
        st = self.get(sid)
        return st["name"] if st is not None else sid

    def numbering(self, sid: str | None) -> tuple[int | None, int | None] | None:
        for _, st in self.chain(sid):
            if st["num"] is not None:
                return st["num"]
        return None

    def outline_level(self, sid: str | None) -> int | None:
        if sid in self._outline:
            return self._outline[sid]
        level = None
        for _, st in self.chain(sid):
            if st["outline"] is not None:
                level = st["outline"] if st["outline"] < 9 else None
                break
            m = _HEADING_STYLE.match(st["name"] or "")
            if m:
                level = int(m.group(1)) - 1
                break
        self._outline[sid] = level
        return level


_HEADING_STYLE = rx.regex(r"(?i)^(?:heading|标题)\s*([1-9])$")


class Numbering:
    """Stateful renderer: call :meth:`label` once per numbered paragraph, in document order."""

    def __init__(self, root=None, styles: Styles | None = None):
        self.styles = styles or Styles()
        self.abstracts: dict[int, dict[int, Level]] = {}
        self.abstract_style_link: dict[int, str] = {}
        self.nums: dict[int, tuple[int, dict[int, int], dict[int, Level]]] = {}
        self.counters: dict[int, list[int | None]] = {}
        self._override_applied: set[tuple[int, int]] = set()
        if root is None:
            return
        for an in root.iter(q("abstractNum")):
            aid = _int_attr(an, "abstractNumId")
            if aid is None:
                continue
            levels = {}
            for lvl in an.findall(q("lvl")):
                ilvl = _int_attr(lvl, "ilvl")
                if ilvl is not None and 0 <= ilvl < 9:
                    levels[ilvl] = _parse_level(lvl)
            self.abstracts[aid] = levels
            link = an.find(q("numStyleLink"))
            if link is not None and link.get(_VAL):
                self.abstract_style_link[aid] = link.get(_VAL)
        for num in root.iter(q("num")):
            nid = _int_attr(num, "numId")
            aid = _int(num.find(q("abstractNumId")))
            if nid is None or aid is None:
                continue
            starts: dict[int, int] = {}
            lvls: dict[int, Level] = {}
            for ov in num.findall(q("lvlOverride")):
                ilvl = _int_attr(ov, "ilvl")
                if ilvl is None:
                    continue
                so = ov.find(q("startOverride"))
                if so is not None:
                    starts[ilvl] = _int(so, 1)
                lv = ov.find(q("lvl"))
                if lv is not None:
                    lvls[ilvl] = _parse_level(lv)
                    if ilvl not in starts:
                        starts[ilvl] = lvls[ilvl].start
            self.nums[nid] = (aid, starts, lvls)

    def _resolve_abstract(self, aid: int, depth: int = 0) -> int:
        # numStyleLink: the abstractNum defers to the numbering of a numbering style
        link = self.abstract_style_link.get(aid)
        if link and depth < 5:
            num = self.styles.numbering(link)
            if num and num[0] in self.nums:
                return self._resolve_abstract(self.nums[num[0]][0], depth + 1)
        return aid

    def level_for_style(self, num_id: int, style_id: str | None) -> int:
        """A style's numPr without ilvl takes the lvl whose pStyle names the style."""
        entry = self.nums.get(num_id)
        if entry is None:
            return 0
        aid = self._resolve_abstract(entry[0])
        for ilvl, lvl in self.abstracts.get(aid, {}).items():
            if style_id and lvl.pstyle == style_id:
                return ilvl
        return 0

    def label(self, num_id: int, ilvl: int) -> str:
        entry = self.nums.get(num_id)
        if entry is None or not (0 <= ilvl < 9):
            return ""
        aid, starts, over = entry
        aid = self._resolve_abstract(aid)
        levels = dict(self.abstracts.get(aid, {}))
        levels.update(over)
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counters = self.counters.setdefault(aid, [None] * 9)
        key = (num_id, ilvl)
        if ilvl in starts and key not in self._override_applied:
            self._override_applied.add(key)
            counters[ilvl] = starts[ilvl]
        elif counters[ilvl] is None:
            counters[ilvl] = lvl.start
        else:
            counters[ilvl] += 1
        for d in range(ilvl + 1, 9):
            deeper = levels.get(d)
            restart = deeper.restart if deeper is not None else None
            if restart is None or (restart != 0 and ilvl < restart):
                counters[d] = None
        if lvl.fmt == "bullet":
            return ""

        def sub(m: re.Match) -> str:
            n = int(m.group(1)) - 1
            other = levels.get(n)
            value = counters[n]
            if value is None:
                value = other.start if other else 1
            fmt = other.fmt if other else "decimal"
            if lvl.legal and fmt != "none":
                fmt = "decimal"
            return format_number(value, fmt)

        return _PLACEHOLDER.sub(sub, lvl.text)


def _int_attr(el, name: str):
    try:
        return int(el.get(q(name)))
    except (TypeError, ValueError):
        return None
