"""The .docx reader: guard.py checks the package first; checking opens it read-only with zipfile
and lxml (opc.py), --fix and --annotate with python-docx, whose tree the writers edit and save.
Either way the lxml walker below reads the text.

python-docx's ``Paragraph.text`` silently drops tracked insertions, content controls,
simple-field results, smart tags, text boxes and notes, so the walker reads the XML itself, in
the *accepted* view: ``w:ins``/``w:moveTo`` kept, ``w:del``/``w:moveFrom`` skipped, field results
shown, instructions skipped.
"""
from __future__ import annotations

import zipfile
import zlib

from ..errors import ReadError
from . import guard
from .model import Comment, Document, Paragraph, Piece, Revision
from .numbering import Numbering, Styles, _int
from .tables import grid_span
from .wordml import RELATIONSHIPS, q
from .wrappers import (
    ALTERNATE,
    CHOICE,
    CUSTOM_XML,
    FALLBACK,
    SDT,
    SDT_CONTENT,
    T,
    deleted_text,
    find_textboxes,
    is_toc,
    showing_placeholder,
    switched_on,
    text_of,
    toc_style,
    unwrap,
)

_VAL = q("val")

R = q("r")
P = q("p")
TBL = q("tbl")
TR = q("tr")
TC = q("tc")
INS = q("ins")
DEL = q("del")
MOVE_TO = q("moveTo")
MOVE_FROM = q("moveFrom")
_RPR, _HIGHLIGHT, _RPR_CHANGE, _AUTHOR = q("rPr"), q("highlight"), q("rPrChange"), q("author")
_VANISH = (q("vanish"), q("specVanish"))
_Q_AUTHOR = q("author")
_Q_ILVL = q("ilvl")
_Q_NUM_ID = q("numId")
_Q_NUM_PR = q("numPr")
_Q_OUTLINE_LVL = q("outlineLvl")
_Q_P_PR = q("pPr")
_Q_P_STYLE = q("pStyle")
_Q_R_PR = q("rPr")
_COMMENT_START, _COMMENT_END, _ID = q("commentRangeStart"), q("commentRangeEnd"), q("id")
_BR, _TYPE = q("br"), q("type")
#: run content that stands for one character: tabs, a carriage return, a non-breaking hyphen, a symbol
_SPECIAL_TEXT = {q("tab"): "\t", q("ptab"): "\t", q("cr"): "\n", q("noBreakHyphen"): "-", q("sym"): "\ufffc"}
_RUBY, _RUBY_BASE = q("ruby"), q("rubyBase")

#: inline containers whose content is read as if they were not there
TRANSPARENT = {q("hyperlink"), q("smartTag"), CUSTOM_XML, q("fldSimple"), q("dir"), q("bdo"), INS, MOVE_TO}
SKIPPED = {DEL, MOVE_FROM, q("pPr"), q("rPr"), q("sdtPr"), q("sdtEndPr"), q("proofErr"), q("bookmarkStart"),
           q("bookmarkEnd"), q("permStart"), q("permEnd")}
DRAWING_TAGS = {q("drawing"), q("pict"), q("object"), ALTERNATE}

RT_BASE = RELATIONSHIPS
STORY_RELS = {
    "header": RT_BASE + "header",
    "footer": RT_BASE + "footer",
    "footnote": RT_BASE + "footnotes",
    "endnote": RT_BASE + "endnotes",
    "comment": RT_BASE + "comments",
}
RT_NUMBERING = RT_BASE + "numbering"
RT_STYLES = RT_BASE + "styles"
RT_THEME = RT_BASE + "theme"


class _Builder:
    """Collects the text of one (accepted-view) paragraph and its map back to the XML."""

    def __init__(self, element, part: str, in_table: bool):
        self.element = element
        self.part = part
        self.in_table = in_table
        self.chars: list[str] = []
        self.pieces: list[Piece] = []
        self.highlights: list[tuple[int, int]] = []
        self.placeholders: list[tuple[int, int]] = []
        self.hidden: list[tuple[int, int]] = []
        self.textboxes: list = []
        self.label = ""
        self.numbering = None
        self.style = None
        self.outline = None
        self.paragraph = Paragraph(text="", line=0, part=part, in_table=in_table, element=element)

    @property
    def length(self) -> int:
        return len(self.chars)

    def add(self, text: str, kind: str, node=None, offset: int = 0):
        if not text:
            return None
        start = len(self.chars)
        self.chars.extend(text)
        piece = Piece(start, start + len(text), kind, node, offset)
        self.pieces.append(piece)
        return piece

    def finish(self) -> Paragraph:
        p = self.paragraph
        p.text = "".join(self.chars)
        p.pieces = self.pieces
        p.highlights = _merge(self.highlights)
        p.placeholders = _merge(self.placeholders)
        p.hidden = _merge(self.hidden)
        p.label = self.label
        p.numbering = self.numbering
        p.style = self.style
        p.outline_level = self.outline
        return p


def _merge(ranges):
    out = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


class _Walker:
    def __init__(self, styles: Styles, numbering: Numbering):
        self.styles = styles
        self.numbering = numbering
        self.revisions: list[Revision] = []
        self.comment_starts: dict[str, tuple[Paragraph, int]] = {}
        self.comment_ends: dict[str, tuple[Paragraph, int]] = {}
        self.textbox_paragraphs: list[Paragraph] = []
        #: ids of the body paragraphs a dropped table of contents followed (its 目录 line, typed above it)
        self.before_toc: set[int] = set()
        #: tables met so far (a paragraph's ``cell`` names its table by this count)
        self.tables = 0

    def _toc_dropped(self, out: list[Paragraph]) -> None:
        """A table of contents (Word's TOC content control or toc-styled entries) is left out of the
        text: the last paragraph with text before it is noted, so the outline does not take the
        headings after a 目录 line typed above it for the missing entries."""
        for para in reversed(out):
            if para.text.strip():
                self.before_toc.add(id(para))
                return

    # ---- block level -----------------------------------------------------------------
    def story(self, root, part: str) -> list[Paragraph]:
        out: list[Paragraph] = []
        self._pending: _Builder | None = None
        self._blocks(root, out, part, False)
        if self._pending is not None:  # a deleted paragraph mark at the very end
            out.append(self._pending.finish())
            self._pending = None
        return out

    def _table(self, tbl, out, part):
        """A table's paragraphs, each told its cell: the table's count, the row, the column on the grid."""
        self.tables += 1
        table = self.tables
        for i, row in enumerate(unwrap(tbl, TR)):
            column = 0
            for cell in unwrap(row, TC):
                first = len(out)
                self._blocks(cell, out, part, True)
                for para in out[first:]:
                    if para.cell is None:  # a nested table's paragraphs keep their own cell
                        para.cell = (table, i, column)
                column += grid_span(cell)

    def _blocks(self, el, out, part, in_table):
        for child in el:
            tag = child.tag
            if tag == P:
                self._paragraph(child, out, part, in_table)
            elif tag == TBL:
                self._table(child, out, part)
            elif tag == SDT:
                if is_toc(child):
                    self._toc_dropped(out)
                    continue
                content = child.find(SDT_CONTENT)
                if content is not None:
                    first = len(out)
                    self._blocks(content, out, part, in_table)
                    if showing_placeholder(child):
                        for para in out[first:]:
                            para.placeholders = [(0, len(para.text))] if para.text.strip() else []
            elif tag in (CUSTOM_XML, INS, MOVE_TO):
                self._blocks(child, out, part, in_table)
            elif tag == ALTERNATE:
                branch = child.find(CHOICE)
                if branch is None:
                    branch = child.find(FALLBACK)
                if branch is not None:
                    self._blocks(branch, out, part, in_table)

    # Complexity above 15: the paragraph's properties (style, numbering, outline level, revisions of
    # its mark and of its properties) and its numbering label (the direct numPr, else the style
    # chain) are read here in one pass; _properties() and _numbering_label() would split it.
    def _paragraph(self, p, out, part, in_table):  # noqa: C901
        ppr = p.find(_Q_P_PR)
        style_id = None
        direct_num = None
        outline = None
        mark_deleted = False
        if ppr is not None:
            ps = ppr.find(_Q_P_STYLE)
            if ps is not None:
                style_id = ps.get(_VAL)
            numpr = ppr.find(_Q_NUM_PR)
            if numpr is not None:
                direct_num = (_int(numpr.find(_Q_NUM_ID)), _int(numpr.find(_Q_ILVL)))
            ol = ppr.find(_Q_OUTLINE_LVL)
            if ol is not None:
                outline = _int(ol)
                if outline is not None and outline >= 9:
                    outline = None
            rpr = ppr.find(_Q_R_PR)
            if rpr is not None:
                if rpr.find(DEL) is not None:
                    mark_deleted = True
                    self.revisions.append(Revision("del", rpr.find(DEL).get(_Q_AUTHOR, ""), None, "¶"))
                if rpr.find(INS) is not None:
                    self.revisions.append(Revision("ins", rpr.find(INS).get(_Q_AUTHOR, ""), None, "¶"))
            change = ppr.find(q("pPrChange"))
            if change is not None:
                self.revisions.append(Revision("format", change.get(_Q_AUTHOR, ""), None, ""))
        if style_id is None:
            style_id = self.styles.default_paragraph
        style_name = self.styles.name(style_id)
        if style_name and toc_style(style_name):
            self._toc_dropped(out)
            return  # table-of-contents entries repeat the headings
        if outline is None:
            outline = self.styles.outline_level(style_id)

        if self._pending is not None:
            b = self._pending
            self._pending = None
        else:
            b = _Builder(p, part, in_table)
            b.style = style_name
            b.outline = outline
            # numbering: direct numPr wins, then the style chain; numId 0 switches it off
            num_id, ilvl = (direct_num if direct_num else (None, None))
            style_num = self.styles.numbering(style_id)
            if num_id is None and style_num is not None:
                num_id = style_num[0]
                if ilvl is None:
                    ilvl = style_num[1]
            if num_id and ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style_id) if not direct_num else 0
            if num_id:
                label = self.numbering.label(num_id, ilvl or 0)
                b.numbering = (num_id, ilvl or 0)
                if label:
                    b.label = label
                    b.add(label, "label")
        self._inline(p, b, hidden=False)
        if mark_deleted:
            self._pending = b  # accepted view: this paragraph joins the next one
            return
        para = b.finish()
        out.append(para)
        for txbx in b.textboxes:
            self.textbox_paragraphs.extend(self._textbox(txbx))

    def _textbox(self, txbx) -> list[Paragraph]:
        saved = self._pending
        self._pending = None
        out: list[Paragraph] = []
        self._blocks(txbx, out, "textbox", False)
        self._pending = saved
        return out

    # ---- inline level ----------------------------------------------------------------
    def _inline(self, el, b: _Builder, hidden: bool):
        for child in el:
            tag = child.tag
            if tag == R:
                self._run(child, b)
            elif tag in TRANSPARENT:
                if tag in (INS, MOVE_TO):
                    self.revisions.append(Revision("ins" if tag == INS else "moveTo", child.get(q("author"), ""),
                                                   b.paragraph, text_of(child), b.length))
                self._inline(child, b, hidden)
            elif tag in (DEL, MOVE_FROM):
                self.revisions.append(Revision("del" if tag == DEL else "moveFrom", child.get(q("author"), ""),
                                               b.paragraph, deleted_text(child), b.length))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    start = b.length
                    self._inline(content, b, hidden)
                    if b.length > start and showing_placeholder(child):
                        b.placeholders.append((start, b.length))
            elif tag == _COMMENT_START:
                self.comment_starts[child.get(_ID)] = (b.paragraph, b.length)
            elif tag == _COMMENT_END:
                self.comment_ends[child.get(_ID)] = (b.paragraph, b.length)
            elif tag == ALTERNATE:
                branch = child.find(CHOICE)
                if branch is None:
                    branch = child.find(FALLBACK)
                if branch is not None:
                    self._inline(branch, b, hidden)
            elif tag in SKIPPED:
                continue

    def _run(self, r, b: _Builder):
        highlighted = hidden = False
        start = b.length
        for child in r:  # one pass over the run: LibreOffice writes a run every few characters
            tag = child.tag
            if tag == T:
                b.add(child.text or "", "text", child, 0)
            elif tag == _RPR:
                highlighted, hidden = self._run_properties(child, b)
            elif tag in _SPECIAL_TEXT:
                b.add(_SPECIAL_TEXT[tag], "special", child)
            elif tag == _BR:
                if child.get(_TYPE) in (None, "textWrapping"):
                    b.add("\n", "special", child)
            elif tag == _RUBY:  # 拼音指南: the base text is the text; the guide above it (w:rt) is not
                base = child.find(_RUBY_BASE)
                if base is not None:
                    self._inline(base, b, hidden=False)
            elif tag in DRAWING_TAGS:
                b.textboxes.extend(find_textboxes(child))
        end = b.length
        if end > start:
            if highlighted:
                b.highlights.append((start, end))
            if hidden:
                b.hidden.append((start, end))


    def _run_properties(self, rpr, b: _Builder) -> tuple[bool, bool]:
        """(highlighted, hidden) from a run's properties; a tracked formatting change is noted."""
        highlighted = hidden = False
        for prop in rpr:
            tag = prop.tag
            if tag == _HIGHLIGHT:
                highlighted = prop.get(_VAL) not in (None, "none")
            elif tag in _VANISH:
                hidden = hidden or switched_on(prop)
            elif tag == _RPR_CHANGE:
                self.revisions.append(Revision("format", prop.get(_AUTHOR, ""), b.paragraph, ""))
        return highlighted, hidden


def _safe_parse(blob: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_blank_text=False)
    return etree.fromstring(blob, parser)


def _part_root(part):
    el = getattr(part, "element", None)
    if el is not None:
        return el
    return _safe_parse(part.blob)


def open_docx(path: str, data: bytes):
    """Preflight and open with python-docx; every failure becomes a one-line ReadError.

    python-docx gets a light copy of the package (media and other non-XML members empty), so
    nothing but budgeted XML is inflated; the writers put the original members back as stored
    bytes (``document.djlint_light``)."""
    guard.sniff(path, data)
    checked = guard.check_package(path, data)
    stream, light = guard.light_copy(checked, data)
    from lxml import etree

    try:
        import docx

        document = docx.Document(stream)
    except etree.XMLSyntaxError as e:
        raise ReadError(path, guard.describe_xml_error(e)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OSError, IndexError) as e:
        raise ReadError(path, f"文件已损坏，无法读取（{_short(e)}），请重新保存") from None
    except Exception as e:  # python-docx raises its own exception types too
        raise ReadError(path, f"文件已损坏，无法读取（{type(e).__name__}），请重新保存") from None
    document.djlint_light = light
    return document


def _short(e: Exception) -> str:
    s = str(e).splitlines()[0] if str(e) else type(e).__name__
    return s[:80]


def open_lite(path: str, data: bytes):
    """Preflight, then a read-only view of the package (no python-docx): the lint path."""
    guard.sniff(path, data)
    checked = guard.check_package(path, data)
    from .opc import Package

    return Package(checked.zip, checked.main, checked.budget)


def read_docx(path: str, data: bytes, editable: bool = False) -> Document:
    """The Document of a .docx.  ``editable``: opened with python-docx, whose tree the writers
    (--fix, --annotate) edit and save; otherwise read with zipfile and lxml only."""
    document = open_docx(path, data) if editable else open_lite(path, data)
    try:
        return _read(path, document)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(path, "文档结构嵌套过深，无法读取") from None
    except MemoryError:
        raise ReadError(path, "文档过大，读取时内存不足") from None
    except Exception as e:
        if type(e).__name__ == "XMLSyntaxError":
            raise ReadError(path, guard.describe_xml_error(e)) from None
        raise ReadError(path, f"文档内容无法解析（{type(e).__name__}: {_short(e)}），文件可能已损坏") from None


def _styles(part) -> Styles:
    """The styles; a lite package's styles part is read as bytes, each style parsed when used."""
    from .opc import Part as LitePart

    if part is None:
        return Styles(None)
    if isinstance(part, LitePart):
        return Styles.from_xml(part.blob)
    return Styles(_part_root(part))


class _WordParts(dict):
    """``doc.meta["word"]``: the XML the layout rules (DJ8xx, opt-in) read; the styles and the
    theme are parsed only when one of them asks."""

    def __init__(self, lazy: dict, **ready):
        super().__init__(**ready)
        self._lazy = lazy

    def _load(self, key):
        if key in self._lazy and not dict.__contains__(self, key):
            self[key] = self._lazy.pop(key)()

    def get(self, key, default=None):
        self._load(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self._load(key)
        return dict.__getitem__(self, key)


def _parts(main):
    """The styles part, the numbering root, and the story parts (headers, notes, comments) by kind."""
    styles_root = numbering_root = None
    story_parts: dict[str, list] = {k: [] for k in STORY_RELS}
    seen = set()
    for rel in main.rels.values():
        if rel.is_external:
            continue
        target = rel.target_part
        if rel.reltype == RT_STYLES:
            styles_root = target
        elif rel.reltype == RT_NUMBERING:
            numbering_root = _part_root(target)
        elif rel.reltype == RT_THEME:
            story_parts.setdefault("theme", []).append(target)
        else:
            for kind, rt in STORY_RELS.items():
                if rel.reltype == rt and str(target.partname) not in seen:
                    seen.add(str(target.partname))
                    story_parts[kind].append(target)
    return styles_root, numbering_root, story_parts


def _other_stories(walker, story_parts) -> list[Paragraph]:
    others: list[Paragraph] = []
    for kind in ("header", "footer"):
        for part in sorted(story_parts[kind], key=lambda p: str(p.partname)):
            others.extend(walker.story(_part_root(part), kind))
    for kind in ("footnote", "endnote"):
        for part in story_parts[kind]:
            for note in _part_root(part):
                if note.get(q("type")) not in ("separator", "continuationSeparator", "continuationNotice"):
                    others.extend(walker.story(note, kind))
    return others


def _comments(walker, story_parts) -> tuple[list[Comment], list[Paragraph]]:
    comments: list[Comment] = []
    paragraphs: list[Paragraph] = []
    for part in story_parts["comment"]:
        for c in _part_root(part).iter(q("comment")):
            paras = walker.story(c, "comment")
            paragraphs.extend(paras)
            cid = c.get(q("id"))
            comments.append(Comment(id=cid, author=c.get(q("author"), ""), text="\n".join(p.text for p in paras),
                                    start=walker.comment_starts.get(cid), end=walker.comment_ends.get(cid)))
    return comments, paragraphs


def _read(path: str, document) -> Document:
    main = document.part
    styles_part, numbering_root, story_parts = _parts(main)
    styles = _styles(styles_part)
    walker = _Walker(styles, Numbering(numbering_root, styles))
    body_el = main.element.find(q("body"))
    body = walker.story(body_el, "body") if body_el is not None else []
    textboxes = list(walker.textbox_paragraphs)
    walker.textbox_paragraphs.clear()
    others = _other_stories(walker, story_parts)
    textboxes.extend(walker.textbox_paragraphs)
    walker.textbox_paragraphs.clear()
    comments, comment_paragraphs = _comments(walker, story_parts)
    for i, p in enumerate(body):
        p.line = i + 1
    counters: dict[str, int] = {}
    rest = others + textboxes + comment_paragraphs
    for p in rest:
        counters[p.part] = counters.get(p.part, 0) + 1
        p.line = counters[p.part]
    # the XML the layout rules (DJ8xx) read: page setup, styles, theme fonts, footers
    themes = story_parts.get("theme")
    word = _WordParts({"styles": lambda: styles.root,
                       "theme": lambda: _part_root(themes[0]) if themes else None},
                      document=main.element,
                      footers=[_part_root(part) for part in sorted(story_parts["footer"], key=lambda p: str(p.partname))])
    return Document(path, "docx", body + rest, revisions=walker.revisions, comments=comments, docx=document,
                    word=word, before_toc=walker.before_toc)
