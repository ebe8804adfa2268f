"""What the 语病 rules share: clauses and sentences of a paragraph, word edges from the
document's tokens, and the numeral reader (``util.zh`` for Chinese numerals, digits as they are).

A clause is the stretch between two of ，；。！？：(and their half-width forms); a sentence
ends at 。！？ or ；.  Offsets are the paragraph's own, so a finding points at the characters.
"""
from __future__ import annotations

import re

from ...util import rx, zh

#: marks that end a clause (the brief's “between ，；。”, with the other sentence marks and the colon)
CLAUSE_MARKS = "，,；;。！？!?：:"
#: marks that end a sentence for the rules that look at how one opens
SENTENCE_MARKS = "。！？!?；;"

_CLAUSE = rx.stdlib("[^" + CLAUSE_MARKS + "]+")
_SENTENCE = rx.stdlib("[^" + SENTENCE_MARKS + "]+")

#: a Chinese numeral word up to 九十九 (两 included), or digits: what the counts and the
#: approximate numbers are written with
NUMERAL_DIGITS = "0-9０-９"
#: the characters of a Chinese numeral word (the class of NUMERAL's second branch)
NUMERAL_WORD_CHARS = "一二两三四五六七八九十百千万亿半几数"
NUMERAL = r"(?:[" + NUMERAL_DIGITS + r"]+(?:\.[0-9]+)?|[" + NUMERAL_WORD_CHARS + "]+)"

def numeral_value(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 两 → 2, 3 → 3 (full-width digits too); None for anything else."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)  # str.isdigit and int() both take full-width digits
    return zh.cn_to_int(s)


def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` as (start, end) offsets of ``text``."""
    return [m.span() for m in _CLAUSE.finditer(text, start, len(text) if end is None else end)]


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text)]


#: a clause also ends at an ellipsis before the next item of a list (……二是, ……二要, ……（二）): its last …
_ITEM_NEXT = zh.NUMERAL + r"[是要]|[（(]?(?:[0-9]{1,2}|" + zh.NUMERAL + r")[、.．）)]"
ITEM_ELLIPSIS = "…(?=" + _ITEM_NEXT + ")"
#: a clause mark, the ellipsis before a list's next item included (what DJ442's clauses end at): one class of
#: the marks and …, then the ellipsis's test; as the alternation of a class and … it had no first characters
#: the search could jump to and was tried at every character (DJ442 lists a paragraph's marks: 4.9 -> ~1 ms/MB)
CLAUSE_MARK = "[" + CLAUSE_MARKS + "…](?:(?<!…)|(?=" + _ITEM_NEXT + "))"
CLAUSE_MARK_RE = rx.stdlib(CLAUSE_MARK)
#: everything up to the last clause mark (greedy, then back to the mark: one C call)
_UP_TO_MARK = rx.stdlib(".*(?:" + CLAUSE_MARK + ")", re.DOTALL)


def clause_at(text: str, pos: int) -> tuple[int, int]:
    """The clause that holds offset ``pos``."""
    m = _UP_TO_MARK.match(text, 0, pos)
    s = m.end() if m else 0
    m = CLAUSE_MARK_RE.search(text, pos)
    return s, (m.start() if m else len(text))


class Words:
    """Where the words of a paragraph start and end, from ``doc.tokens``: a trigger counts only
    where it is a word of its own (“作用” in “副作用” or “作用力” is not the noun 作用)."""

    __slots__ = ("starts", "ends", "tokens")

    def __init__(self, tokens: list[tuple[str, int, int]]):
        self.tokens = tokens
        self.starts = {s for _w, s, _e in tokens}
        self.ends = {e for _w, _s, e in tokens}

    def ends_word(self, end: int) -> bool:
        return end in self.ends

    def is_word(self, start: int, end: int) -> bool:
        return start in self.starts and end in self.ends

    def word_at(self, pos: int) -> tuple[str, int, int] | None:
        for w, s, e in self.tokens:
            if s <= pos < e:
                return w, s, e
        return None


def words(ctx, p) -> Words:
    """The paragraph's word edges, computed once per paragraph for all the family's rules."""
    cache = ctx.shared("grammar.words", lambda _ctx: {})
    w = cache.get(id(p))
    if w is None:
        w = cache[id(p)] = Words(ctx.doc.tokens(p))
    return w


def quoted_speech(ctx, p, start: int, end: int) -> bool:
    """Whether ``p.text[start:end]`` lies in a quotation of someone's words (习近平总书记指出：“……”;
    phrase.context.quotations): quoted as said, checked for slips only, never rewritten (DJ442, DJ444)."""
    from ..phrase.context import in_quotation

    return in_cited_title(p.text, start) or in_quotation(ctx, p, start, end)


def in_cited_title(text: str, at: int) -> bool:
    """``text[at]`` lies inside 《……》: the title of a work or a document, cited as its author wrote it
    (《增强推进党的政治建设的自觉性和坚定性》): the family reports nothing inside it."""
    o = text.rfind("《", 0, at + 1)
    return o != -1 and text.rfind("》", o, at) == -1 and text.find("》", at) != -1
