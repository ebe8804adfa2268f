"""The labelled headings DJ301–DJ306 walk (:func:`_numbered_headings`, once per document), the labels typed
in another style inside a list (:func:`style_slips`) and the bracketed labels of a list run on inside a
paragraph (:func:`inline_bracket_marks`)."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import rx
from ...util.zh import LABEL_DELIMITER_CHARS, LABEL_DIGIT, LABEL_NUMERAL_RUN, NUMERAL_CHARS

_SEQ_KINDS = ("part", "cn", "cn-paren", "arabic", "arabic-paren", "circled")
_HAN = compile_(r"\p{Han}")
#: a paragraph with this many 汉字 that repeats an earlier one word for word was pasted twice (DJ708's measure)
PASTED_MIN = 30
#: the list label a paragraph opens with (（四）, 四、, 4., 4、, (4)): a copy pasted under the next number is still a copy
_LEADING_LABEL = rx.stdlib(r"(?:[（(]" + LABEL_DIGIT + r"{1,3}[）)]|" + LABEL_NUMERAL_RUN + r"、|[0-9]{1,3}[、．.](?![0-9]))")


def unlabelled(whole: str) -> str:
    """``whole`` (a paragraph without its blanks) without the list label it opens with."""
    m = _LEADING_LABEL.match(whole)
    return whole[m.end():] if m else whole


def _numbered_headings(ctx):
    """(heading, parent) for every labelled heading in the body, outside tables (computed once
    per document: five rules walk it)."""
    return ctx.shared("numbering.headings", _find_numbered_headings)


def _find_numbered_headings(ctx):
    stack = []
    out = []
    for h in ctx.doc.outline.headings:
        if h.paragraph.in_table or h.kind not in _SEQ_KINDS or h.number is None:
            continue
        while stack and stack[-1].level >= h.level:
            stack.pop()
        out.append((h, stack[-1] if stack else None))
        stack.append(h)
    return out


def pasted_again(ctx) -> dict:
    """id of each body paragraph that repeats an earlier one word for word (PASTED_MIN 汉字 or more), its list label
    aside (（三）…… pasted again as （四）……) → that earlier paragraph: a paragraph pasted twice (DJ708), whose label
    is no step of its list."""
    def find(c):
        first: dict[str, tuple] = {}
        out = {}
        where = Chapters()
        for p in c.doc.body:
            if p.in_table:
                continue
            labelled = "".join(p.text.split())
            where.step(labelled)
            if len(labelled) < PASTED_MIN:
                continue  # (the label taken away, it is shorter still)
            whole = unlabelled(labelled)
            if len(whole) < PASTED_MIN:
                continue
            earlier, its_place = first.setdefault(whole, (p, where.place(labelled)))
            if earlier is not p and _long_enough(whole) and not where.meant_again(its_place, labelled, whole):
                out[id(p)] = earlier  # (the 汉字 counted only for a repeat: most paragraphs are said once)
        return out
    return ctx.shared("numbering.pasted-again", find)


class Chapters:
    """Where a paragraph stands as a document is read: its chapter (一、, 第二章), its attachment (after 附件一：), and
    whether the numbered items of its chapter so far repeat another chapter's, from its first label on.  What is said
    again is meant so across an 附件 line (the attached original quotes its cover letter, a 转发 notice) and as the
    same items of parallel chapters (二、发展对象培训班 and 三、预备党员培训班 both 1.撰写结业论文……, dev-prec438);
    in one chapter, under another label, or as a stray （四） under a chapter of its own (a paste), it is a copy."""

    def __init__(self) -> None:
        self.part = self.annex = 0
        self.items = self.parallel = 0  # the numbered items of this chapter so far, and how many repeat another's

    def step(self, labelled: str) -> None:
        """Read one paragraph (its text without blanks)."""
        if PART_HEADING.match(labelled):
            self.part += 1
            self.items = self.parallel = 0
        self.annex += bool(ANNEX_LINE.match(labelled))

    def place(self, labelled: str) -> tuple:
        return self.part, self.annex, labelled

    def meant_again(self, first: tuple, labelled: str, body: str) -> bool:
        """Whether the paragraph ``labelled`` (``body`` without its label), said first at ``first`` (place()), is
        said again by design; counts it among its chapter's items."""
        numbered = labelled != body
        if first[1] != self.annex:
            return True
        same = numbered and first[0] != self.part and first[2] == labelled and (
            self.items == self.parallel > 0 or (self.items == 0 and _FIRST_LABEL.match(labelled) is not None))
        self.items += numbered
        self.parallel += same
        return same


#: a list's first label (1. 1、 （一） 一、 (1) ①): a chapter's items that repeat another's begin there
_FIRST_LABEL = rx.stdlib(r"(?:[（(][1１一][）)]|[一1１][、．.](?![0-9])|①)")


#: a chapter's heading (三、预备党员培训班结业工作; 第二章): the numbered items under it repeat another chapter's by design
PART_HEADING = rx.stdlib(r"(?:[" + NUMERAL_CHARS + r"]{1,3}、|第[" + NUMERAL_CHARS + r"]{1,3}[章部])[^。！？；;!?]{0,40}$")
#: the line that opens an attachment (附件一：, 附件1：): the document after it is another one
ANNEX_LINE = rx.stdlib(r"附件[" + NUMERAL_CHARS + r"0-9]{0,2}[：:]?$")


def _long_enough(whole: str) -> bool:
    return len(_HAN.findall(whole)) >= PASTED_MIN


def style_slips(ctx) -> set:
    """ids of labels typed in another style inside a list: 2. / (3) / 4. ((3) has the number after its parent's,
    the next label is the parent's kind and number after it; read as a sub-item of 2., 4. was told a skip).
    A lone label of another style that fills the one hole of its parent's list is one too, whatever its number
    (（二） / 1、 / （四）: the “1、” stands where （三） belongs; read as a sub-item, （四） was told a skip and
    given the wrong fix “（三）”)."""
    def find(c):
        hs = _numbered_headings(c)
        out = set()
        seen = set()
        for i, (x, parent) in enumerate(hs):
            key = (id(parent), x.kind)
            first = key not in seen
            seen.add(key)
            if not first or parent is None or parent.kind == x.kind or i + 1 >= len(hs):
                continue
            y, _ = hs[i + 1]
            if y.kind == parent.kind and y.level == parent.level and (
                    y.number == parent.number + 2 or (x.number == parent.number + 1 and y.number == x.number + 1)):
                out.add(id(x))
        return out
    return ctx.shared("numbering.style-slips", find)




#: a bracketed label of a list run on inside a paragraph (……调度，（1）、对下游……；（2）……) with a mark after it: after
#: a comma, semicolon, colon or full stop, and before the item's words (not before another label: 第（1）、（2）项 and
#: 上述（一）、（二）两部分 name labels, and their 顿号 is right); led by the bracket, its lookbehind after it (a pattern
#: led by a lookbehind is tried at every character)
_INLINE_BRACKET = compile_(r"[（(](?<=[，,；;：:。][（(])" + LABEL_DIGIT + r"{1,3}[）)](?P<mark>[" + LABEL_DELIMITER_CHARS
                           + r"])(?=[\p{Han}“])")


#: what every match of _INLINE_BRACKET holds: a mark, its bracket and a digit or numeral; searched over the document
#: once, from the bracket (a literal each: a class of the two would be tried at every character), the mark told by a
#: lookbehind.  Most paragraphs have none: _INLINE_BRACKET's search of each body paragraph cost ~5 ms/MB
_INLINE_GATE = (rx.stdlib("（(?<=[，,；;：:。]（)" + LABEL_DIGIT), rx.stdlib(r"\((?<=[，,；;：:。]\()" + LABEL_DIGIT))


def inline_bracket_paragraphs(doc) -> list:
    """The body paragraphs in which :func:`inline_bracket_marks` may find a label, in order."""
    return [p for p in doc.paragraphs_matching(_INLINE_GATE) if p.part == "body"]


def inline_bracket_marks(p):
    """Where a bracketed label run on inside paragraph ``p`` has a mark after it: (label, start of the mark)."""
    for m in _INLINE_BRACKET.finditer(p.text):
        yield m.group(0)[:-1], m.start("mark")
