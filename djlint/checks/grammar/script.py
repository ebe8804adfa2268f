"""Traditional script: a paragraph written in traditional characters (繁体字) is read in simplified
ones, character for character, by the rules of the family, so 夯實……作用 and 始終時刻 are the
same faults as 夯实……作用 and 始终时刻.

The conversion keeps the length, so a finding's offsets are the paragraph's own; its text is never
written back (a fix built from the simplified reading would turn the user's characters), so the
rules drop their fixes on such a paragraph.  A paragraph counts as traditional when it holds at
least two characters of the table of traditional-only characters (one stray 於 or 後 is DJ706's
business, not a paragraph in another script).
"""
from __future__ import annotations

import re

from ...util import rx
from ..hanzi import simplified

_CLASS = None
#: how many traditional-only characters make a paragraph one to read in simplified characters
MIN_CHARS = 2


def _class():
    global _CLASS
    if _CLASS is None:
        from ..hanzi import traditional_forms

        forms = traditional_forms()
        _CLASS = rx.stdlib("[" + "".join(ch if ch.isalnum() else re.escape(ch) for ch in sorted(forms)) + "]"
                           if forms else r"[^\s\S]")
    return _CLASS


def is_traditional(text: str) -> bool:
    """The paragraph holds at least :data:`MIN_CHARS` traditional-only characters.  A search per
    character found (none in nearly every paragraph: one search), not an iterator counted: the rules
    of the family ask this of every paragraph they read (~9,000 times a MB; 1.1 -> 0.4 µs each)."""
    search = _class().search
    m, n = search(text), 0
    while m is not None:
        n += 1
        if n >= MIN_CHARS:
            return True
        m = search(text, m.end())
    return False


def traditional_paragraphs(ctx) -> list:
    """The document's paragraphs in traditional script (one search of the document, shared by the rules)."""
    def find(c):
        return [p for p in c.doc.paragraphs_matching(_class()) if is_traditional(p.text)]
    return ctx.shared("grammar.traditional", find)


def reading(p, ctx=None) -> tuple[str, bool]:
    """(the text a rule reads, whether it is a simplified reading of traditional script).  With the
    lint's ``ctx``, a paragraph of its document is looked up in the document's traditional
    paragraphs (one search of the document) instead of searched again: the family's rules ask
    this of every paragraph they read."""
    text = p.text
    if ctx is not None:
        paragraphs = ctx.doc.paragraphs
        i = p.index
        if 0 <= i < len(paragraphs) and paragraphs[i] is p:
            if id(p) in ctx.shared("grammar.traditional-ids", _traditional_ids):
                return simplified(text), True
            return text, False
    if is_traditional(text):
        return simplified(text), True
    return text, False


def _traditional_ids(ctx) -> frozenset:
    return frozenset(map(id, traditional_paragraphs(ctx)))


class ReadsTraditional:
    """Mixin for a paragraph rule: besides the paragraphs its prefilter admits, the paragraphs in
    traditional script (which the prefilter's simplified words do not find)."""

    def candidates(self, ctx):
        trad = traditional_paragraphs(ctx)
        if not trad:
            return None
        from ...engine.literals import paragraphs_matching, paragraphs_with_words

        pre = self.prefilter
        if self.prefilter_words:
            found = paragraphs_with_words(ctx, self.prefilter_words)
            if pre is not None:
                found = found + paragraphs_matching(ctx, pre)
        else:
            found = ctx.doc.paragraphs if pre is None else paragraphs_matching(ctx, pre)
        return sorted({p.index: p for p in (*found, *trad)}.values(), key=lambda p: p.index)
