"""Effective formatting of a .docx paragraph, resolved as Word does.

Run properties come from the document defaults, then the paragraph style chain (base style
first), then the run's character style chain, then the run itself; paragraph properties from
the defaults, the paragraph style chain and the paragraph.  Fonts are resolved per slot: the
East Asian font (``w:eastAsia`` / ``w:eastAsiaTheme``) separately from the Latin one, a theme
reference taking precedence over a name at the same level, theme names read from theme1.xml.
A run with no East Asian font anywhere gets Word's default for Chinese text (宋体).
"""
from __future__ import annotations

from collections import Counter

from ..util.record import record
from .wordml import q

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
#: Word's font for Chinese text when nothing names one
DEFAULT_EAST_ASIA = "宋体"
#: Word's size when nothing sets one (half-points: 10 pt)
DEFAULT_SIZE = 20
_FONT_ATTRS = ("ascii", "hAnsi", "eastAsia")
_THEME_SLOTS = {"majorEastAsia": ("major", "ea"), "minorEastAsia": ("minor", "ea"),
                "majorHAnsi": ("major", "latin"), "minorHAnsi": ("minor", "latin"),
                "majorAscii": ("major", "latin"), "minorAscii": ("minor", "latin"),
                "majorBidi": ("major", "cs"), "minorBidi": ("minor", "cs")}


def _theme_fonts(theme) -> dict[tuple[str, str], str]:
    """{("minor", "ea"): "宋体", …}: a script-specific Chinese face (Hans) wins over the generic slot."""
    out: dict[tuple[str, str], str] = {}
    if theme is None:
        return out
    for kind in ("major", "minor"):
        el = theme.find(f".//{{{A}}}{kind}Font")
        if el is None:
            continue
        for slot in ("latin", "ea", "cs"):
            f = el.find(f"{{{A}}}{slot}")
            if f is not None and f.get("typeface"):
                out[(kind, slot)] = f.get("typeface")
        for f in el.findall(f"{{{A}}}font"):
            if f.get("script") == "Hans" and f.get("typeface"):
                out[(kind, "ea")] = f.get("typeface")
    return out


@record
class RunFormat:
    east_asia: str
    latin: str
    size: float  # points
    bold: bool


@record
class ParagraphFormat:
    jc: str | None
    #: first-line indent in hundredths of a character (firstLineChars), or None
    first_line_chars: int | None
    #: first-line indent in twips (firstLine), or None; a hanging indent is negative
    first_line_twips: int | None
    #: line spacing: (rule, value) with rule "exact"/"atLeast" (value in points) or "auto" (value in lines)
    line: tuple[str, float] | None


class Formatter:
    def __init__(self, styles_root=None, theme_root=None):
        self.theme = _theme_fonts(theme_root)
        self.styles: dict[str, dict] = {}
        self.default_paragraph_style: str | None = None
        self.default_rpr = self.default_ppr = None
        if styles_root is None:
            return
        defaults = styles_root.find(q("docDefaults"))
        if defaults is not None:
            self.default_rpr = defaults.find(f"{q('rPrDefault')}/{q('rPr')}")
            self.default_ppr = defaults.find(f"{q('pPrDefault')}/{q('pPr')}")
        for st in styles_root.iter(q("style")):
            sid = st.get(q("styleId"))
            if not sid:
                continue
            based = st.find(q("basedOn"))
            self.styles[sid] = {"based": based.get(q("val")) if based is not None else None,
                                "rpr": st.find(q("rPr")), "ppr": st.find(q("pPr")), "type": st.get(q("type"))}
            if st.get(q("type")) == "paragraph" and st.get(q("default")) in ("1", "true", "on"):
                self.default_paragraph_style = sid

    def _chain(self, sid: str | None) -> list[dict]:
        out, seen = [], set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid]["based"]
        return out[::-1]  # base first

    def _paragraph_style(self, p_el) -> str | None:
        ppr = p_el.find(q("pPr")) if p_el is not None else None
        ps = ppr.find(q("pStyle")) if ppr is not None else None
        return ps.get(q("val")) if ps is not None else self.default_paragraph_style

    # -- runs ------------------------------------------------------------------------------
    def run(self, p_el, r_el) -> RunFormat:
        layers = [self.default_rpr] + [s["rpr"] for s in self._chain(self._paragraph_style(p_el))]
        rpr = r_el.find(q("rPr")) if r_el is not None else None
        if rpr is not None:
            rs = rpr.find(q("rStyle"))
            if rs is not None:
                layers += [s["rpr"] for s in self._chain(rs.get(q("val")))]
        layers.append(rpr)
        fonts: dict[str, str] = {}
        size, bold = DEFAULT_SIZE, False
        for layer in layers:
            if layer is None:
                continue
            self._fonts_of(layer, fonts)
            sz = layer.find(q("sz"))
            if sz is not None and (sz.get(q("val")) or "").isdigit():
                size = int(sz.get(q("val")))
            b = layer.find(q("b"))
            if b is not None:
                bold = b.get(q("val")) not in ("0", "false", "off")
        return RunFormat(fonts.get("eastAsia") or DEFAULT_EAST_ASIA, fonts.get("ascii") or fonts.get("hAnsi") or "",
                         size / 2, bold)

    def _fonts_of(self, layer, fonts: dict) -> None:
        rf = layer.find(q("rFonts"))
        if rf is None:
            return
        for attr in _FONT_ATTRS:
            theme = rf.get(q(attr + "Theme"))
            if theme and theme in _THEME_SLOTS and _THEME_SLOTS[theme] in self.theme:
                fonts[attr] = self.theme[_THEME_SLOTS[theme]]
            elif rf.get(q(attr)):
                fonts[attr] = rf.get(q(attr))

    def runs_format(self, paragraph, start: int = 0, end: int | None = None) -> RunFormat | None:
        """The format of most of the characters in ``[start, end)`` of a paragraph (by count)."""
        end = len(paragraph.text) if end is None else end
        counts: Counter = Counter()
        formats: dict = {}
        for piece in paragraph.pieces:
            if piece.kind != "text" or piece.node is None or piece.end <= start or piece.start >= end:
                continue
            chars = paragraph.text[max(piece.start, start):min(piece.end, end)]
            n = sum(1 for c in chars if not c.isspace())
            if not n:
                continue
            run = piece.node.getparent()
            key = id(run)
            if key not in formats:
                formats[key] = self.run(paragraph.element, run)
            f = formats[key]
            counts[(f.east_asia, f.latin, f.size, f.bold)] += n
        if not counts:
            return None
        ea, latin, size, bold = counts.most_common(1)[0][0]
        return RunFormat(ea, latin, size, bold)

    # -- paragraphs --------------------------------------------------------------------------
    def paragraph(self, p_el) -> ParagraphFormat:
        layers = [self.default_ppr] + [s["ppr"] for s in self._chain(self._paragraph_style(p_el))]
        layers.append(p_el.find(q("pPr")) if p_el is not None else None)
        jc = chars = twips = None
        line = None
        for layer in layers:
            if layer is None:
                continue
            el = layer.find(q("jc"))
            if el is not None:
                jc = el.get(q("val"))
            ind = layer.find(q("ind"))
            if ind is not None:
                chars, twips = self._indent(ind, chars, twips)
            sp = layer.find(q("spacing"))
            if sp is not None and sp.get(q("line")):
                line = self._line(sp)
        return ParagraphFormat(jc, chars, twips, line)

    @staticmethod
    def _indent(ind, chars, twips):
        if ind.get(q("firstLineChars")) is not None:
            chars = int(ind.get(q("firstLineChars")))
        elif ind.get(q("hangingChars")) is not None:
            chars = -int(ind.get(q("hangingChars")))
        if ind.get(q("firstLine")) is not None:
            twips = int(float(ind.get(q("firstLine"))))
        elif ind.get(q("hanging")) is not None:
            twips = -int(float(ind.get(q("hanging"))))
        return chars, twips

    @staticmethod
    def _line(sp) -> tuple[str, float]:
        value = float(sp.get(q("line")))
        rule = sp.get(q("lineRule")) or "auto"
        if rule == "auto":
            return "auto", value / 240
        return rule, value / 20  # twentieths of a point


def formatter_for(doc) -> Formatter | None:
    word = doc.meta.get("word") if doc.kind == "docx" else None
    if word is None:
        return None
    return Formatter(word.get("styles"), word.get("theme"))
