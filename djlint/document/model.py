"""The Document model every reader produces, so rules never know the file type.

A ``Paragraph`` is what the reader of the document sees: Word automatic numbering rendered
as its label, tracked changes accepted, field results shown.  Each paragraph keeps a map
from its characters back to what produced them (``pieces`` for .docx, ``source_cols`` for
text files); that map is what turns a finding into a Word comment or a tracked change.
"""
from __future__ import annotations

from functools import cached_property
from typing import Any

from ..util.record import field, record

#: Parts a paragraph can belong to.  ``body`` includes table cells.
PARTS = ("body", "header", "footer", "footnote", "endnote", "textbox", "comment")

#: Chinese names of the parts, used in messages and Word comments.
PART_NAMES = {
    "body": "正文",
    "header": "页眉",
    "footer": "页脚",
    "footnote": "脚注",
    "endnote": "尾注",
    "textbox": "文本框",
    "comment": "批注",
}


@record
class Piece:
    """A stretch ``[start, end)`` of paragraph text and what produced it.

    ``kind`` is ``text`` (``node`` is a ``w:t`` element, ``offset`` the offset inside its
    text), ``label`` (an automatic numbering label: no node), or ``special`` (a tab, break,
    symbol: ``node`` is that element).
    """

    start: int
    end: int
    kind: str
    node: Any = None
    offset: int = 0


@record(eq=False)
class Paragraph:
    text: str
    line: int
    part: str = "body"
    index: int = 0
    style: str | None = None
    #: 0-based outline level from a heading style or ``w:outlineLvl``; None for body text.
    outline_level: int | None = None
    #: The automatic numbering label Word shows in front of the text ("" if none).
    label: str = ""
    #: (numId, ilvl) when Word numbers this paragraph automatically.
    numbering: tuple[int, int] | None = None
    in_table: bool = False
    #: docx: (table, row, column) of the table cell it stands in, counted from 1, 0 and 0 (the column on
    #: the table's grid: a merged cell spans several); None outside tables
    cell: tuple[int, int, int] | None = None
    #: docx: character map back to the runs.
    pieces: list[Piece] = field(default_factory=list)
    #: text files: source column (0-based code point) of each character of ``text``.
    source_cols: list[int] | None = None
    #: docx: highlighted and hidden ranges of the text.
    highlights: list[tuple[int, int]] = field(default_factory=list)
    hidden: list[tuple[int, int]] = field(default_factory=list)
    #: docx: ranges a content control shows as its placeholder (w:showingPlcHdr: never filled in)
    placeholders: list[tuple[int, int]] = field(default_factory=list)
    #: docx: the ``w:p`` element.
    element: Any = None
    #: md: the heading level from ``#`` markup (0-based).
    md_heading: int | None = None

    def column(self, offset: int) -> int:
        """1-based column of a character offset, as reported to the user."""
        if self.source_cols is None:
            return offset + 1
        if not self.source_cols:
            return 1
        if offset >= len(self.source_cols):
            return self.source_cols[-1] + 2 + (offset - len(self.source_cols))
        return self.source_cols[offset] + 1

    def end_column(self, end: int) -> int:
        """1-based exclusive end column for an exclusive end offset."""
        if self.source_cols is None or end == 0:
            return end + 1
        if not self.source_cols:
            return 1
        if end > len(self.source_cols):
            return self.source_cols[-1] + 2 + (end - len(self.source_cols) - 1)
        return self.source_cols[end - 1] + 2

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Paragraph({self.part}:{self.line} {self.text[:30]!r})"


@record
class Revision:
    kind: str  # ins, del, moveFrom, moveTo
    author: str
    paragraph: Paragraph | None
    text: str
    #: where it stands in the paragraph's text (as accepted): a deletion and the insertion right after it
    #: at the same place are one replacement (-1 where unknown)
    at: int = -1


@record
class Comment:
    """A comment already in the document (Word 批注)."""

    id: str
    author: str
    text: str
    #: (paragraph, start offset) and (paragraph, end offset) of the commented range.
    start: tuple[Paragraph, int] | None = None
    end: tuple[Paragraph, int] | None = None


class Document:
    """One input file, as its reader sees it."""

    def __init__(self, path: str, kind: str, paragraphs: list[Paragraph], **meta: Any):
        self.path = path
        self.kind = kind  # docx, txt, md
        self.paragraphs = paragraphs
        for i, p in enumerate(paragraphs):
            p.index = i
        self.revisions: list[Revision] = meta.pop("revisions", [])
        self.comments: list[Comment] = meta.pop("comments", [])
        #: md: suppressions from HTML comments, {line: set(codes) | None}
        self.suppressions: dict[int, set[str] | None] = meta.pop("suppressions", {})
        self.meta: dict[str, Any] = meta
        self._tokens: dict[int, list[tuple[str, int, int]]] = {}
        self._segmenter = None  # see segment_with
        self._matching: dict = {}  # see paragraphs_matching

    # -- views -------------------------------------------------------------------------
    @cached_property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.part == "body"]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.body)

    @cached_property
    def outline(self):
        from .outline import build_outline

        return build_outline(self)

    @cached_property
    def title(self) -> Paragraph | None:
        from .outline import find_title

        return find_title(self)

    @cached_property
    def joined(self) -> tuple[str, list[int]]:
        """Every paragraph's text joined by NUL (no paragraph holds one, no rule's prefilter or
        literal key matches one), and where each paragraph starts in it: one C-level scan of
        the document instead of one Python call per paragraph."""
        starts, pos = [], 0
        for p in self.paragraphs:
            starts.append(pos)
            pos += len(p.text) + 1
        return "\x00".join(p.text for p in self.paragraphs), starts

    def paragraphs_matching(self, pattern) -> list[Paragraph]:
        """The paragraphs in which ``pattern`` (literals or character classes: no anchors, no
        lookaround) finds a match, in order: one search per matching paragraph, not per paragraph.
        A tuple of patterns: the paragraphs in which any of them does."""
        if isinstance(pattern, tuple):
            found = {p.index for one in pattern for p in self.paragraphs_matching(one)}
            return [self.paragraphs[i] for i in sorted(found)]
        # several rules search the same pattern (the traditional-script classes): once a document
        source = getattr(pattern, "pattern", None)
        key = (type(pattern), source, getattr(pattern, "flags", None)) if isinstance(source, str) else id(pattern)
        got = self._matching.get(key)
        if got is None or (type(key) is int and got[0] is not pattern):
            got = self._matching[key] = (pattern, self._search_paragraphs(pattern))
        return list(got[1])  # the caller's own list

    def _search_paragraphs(self, pattern) -> list[Paragraph]:
        from bisect import bisect_right

        text, starts = self.joined
        out = []
        pos, n = 0, len(starts)
        search = pattern.search
        while True:
            m = search(text, pos)
            if m is None:
                return out
            i = bisect_right(starts, m.start()) - 1
            out.append(self.paragraphs[i])
            if i + 1 >= n:
                return out
            pos = starts[i + 1]

    def segment_with(self, factory, *args) -> None:
        """Serve :meth:`tokens` from ``factory(*args)`` (asked for on first use): a callable text ->
        ``[(word, start, end)]``.  The engine hands it the registry's segmenter (the phrase family's,
        from the misspelling index, so a lint run never imports jieba)."""
        if self._segmenter is None or self._segmenter[1:] != (factory, args):
            self._segmenter = [None, factory, args]
            self._tokens.clear()

    def tokens(self, paragraph: Paragraph) -> list[tuple[str, int, int]]:
        """Word tokens ``(word, start, end)`` of a paragraph, computed once, lazily: from the
        segmenter the engine gave (:meth:`segment_with`), else from jieba."""
        key = id(paragraph)
        toks = self._tokens.get(key)
        if toks is None:
            toks = self._tokens[key] = self.cut(paragraph.text)
        return toks

    def cut(self, text: str) -> list[tuple[str, int, int]]:
        """Word tokens of any ``text`` (not kept) with the segmenter :meth:`tokens` uses."""
        seg = self._segmenter
        if seg is not None:
            if seg[0] is None:
                seg[0] = seg[1](*seg[2])
            return seg[0](text)
        from .segment import tokenize

        return tokenize(text)
