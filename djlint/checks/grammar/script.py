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

from ...engine.literals import literal_hits
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


def traditional_class():
    """The class of every traditional-only character (compiled on first use): its one search of the document
    also picks the paragraphs of the phrase family's smaller class (phrase.context.traditional_hint_paragraphs)."""
    return _class()


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
            ids = ctx.tables.get("grammar.traditional-ids")  # asked ~17,000 times a MB: a lookup once built
            if ids is None:
                ids = ctx.shared("grammar.traditional-ids", _traditional_ids)
            if ids and id(p) in ids:
                return simplified(text), True
            return text, False
    if is_traditional(text):
        return simplified(text), True
    return text, False


#: a paragraph with no key of the engine's scan
_NO_HITS: dict = {}


def scan_hits(p, ctx, converted: bool) -> dict | None:
    """The engine's literal scan of ``p`` ({key: [offsets]}, every occurrence of every key: engine.literals), or
    None where the text a rule reads is not what the scan read: a traditional paragraph's simplified reading
    (``converted``, or the copy :func:`_read_traditional` gives the rule), a paragraph of another document."""
    paragraphs = ctx.doc.paragraphs
    i = p.index
    if converted or not (0 <= i < len(paragraphs) and paragraphs[i] is p):
        return None
    return literal_hits(ctx).get(i, _NO_HITS)


def _traditional_ids(ctx) -> frozenset:
    return frozenset(map(id, traditional_paragraphs(ctx)))

def reads_traditional(cls):
    """Make a paragraph rule read the paragraphs in traditional script as well, in simplified characters
    (the facts rules, the dated and near-miss formulations): the document's traditional paragraphs join
    the rule's candidates, and its ``check_paragraph`` is given a copy of such a paragraph whose text is
    the reading (the same length: the offsets are the paragraph's own).  Its findings are put back on the
    paragraph, with the words their messages quote from it as written (“李克強”, not “李克强”) and without
    a fix (a fix would put simplified characters into a traditional text).  Applied to a class, it wraps
    the ``check_paragraph`` and ``candidates`` the class defines itself (a subclass's are wrapped in turn)."""
    for name, wrap in (("check_paragraph", _read_traditional), ("candidates", _with_traditional)):
        own = cls.__dict__.get(name)
        if own is not None and not getattr(own, "reads_traditional", False):
            setattr(cls, name, wrap(own))
    return cls


def plus_traditional(rule, ctx, found):
    """``found`` (a rule's candidates, None: what the engine would pick by the rule's prefilters) and the
    document's paragraphs in traditional script, in document order."""
    trad = traditional_paragraphs(ctx)
    if not trad:
        return found
    from ...engine.literals import paragraphs_matching, paragraphs_with_words

    if found is None:
        if rule.prefilter_words:
            found = paragraphs_with_words(ctx, rule.prefilter_words)
            if rule.prefilter is not None:
                found = found + paragraphs_matching(ctx, rule.prefilter)
        elif rule.prefilter is None:
            return None  # every paragraph already
        else:
            found = paragraphs_matching(ctx, rule.prefilter)
    return sorted({p.index: p for p in (*found, *trad)}.values(), key=lambda p: p.index)


def _with_traditional(candidates):
    def wrapped(self, ctx):
        return plus_traditional(self, ctx, candidates(self, ctx))
    wrapped.__doc__, wrapped.__name__ = candidates.__doc__, candidates.__name__
    wrapped.reads_traditional = True
    return wrapped


def _read_traditional(check):
    """``check`` (a rule's ``check_paragraph``) reading a paragraph in traditional script in simplified
    characters: it is given a copy of the paragraph whose text is the reading, and its findings are put
    back on the paragraph, with the words their messages quote from it as written and without a fix.
    A paragraph in simplified script (nearly all) is given to ``check`` as it is, and its findings come
    from ``check``'s own iterator (no second generator passing each on: ~40,000 paragraphs on 8 MB)."""
    def wrapped(self, p, ctx):
        text, converted = reading(p, ctx)
        if not converted:
            return check(self, p, ctx)
        return _read_as_simplified(check, self, p, ctx, text)
    wrapped.__doc__, wrapped.__name__ = check.__doc__, check.__name__
    wrapped.reads_traditional = True
    return wrapped


def _read_as_simplified(check, rule, p, ctx, text: str):
    """``check``'s findings on a copy of ``p`` whose text is its simplified reading ``text``, put back on ``p``."""
    from ...engine import Finding

    if "於" in text:
        text = text.replace("於", "于")  # 關於, 對於: in a traditional paragraph 於 is 于 (simplified() leaves it)
    q = p.__class__.__new__(p.__class__)
    q.__dict__.update(vars(p))
    q.text = text
    for f in check(rule, q, ctx):
        yield Finding(p, f.start, f.end, as_written(f.message, text, p.text, f.start, f.end), None, f.safe,
                      severity=f.severity)


def reading_hits(ctx) -> dict:
    """The engine's literal scan (:func:`...engine.literals.literal_hits`) of the simplified readings of the
    document's traditional paragraphs: {paragraph index: {key: [offsets]}}, scanned once, for the rules
    that read the keys of a paragraph off the scan (the near-miss formulations)."""
    def scan(c):
        trad = traditional_paragraphs(c)
        if not trad:
            return {}
        from ...engine.literals import literal_index

        texts = [simplified(p.text) for p in trad]
        starts, at = [], 0
        for t in texts:
            starts.append(at)
            at += len(t) + 1
        found = literal_index(c.registry).scan(_Joined("\x00".join(texts), starts))
        return {trad[i].index: hits for i, hits in found.items()}
    return ctx.shared("grammar.traditional-hits", scan)


class _Joined:
    """What :meth:`LiteralIndex.scan` reads of a document: its paragraphs' text joined, and where each starts."""

    def __init__(self, text: str, starts: list):
        self.joined = (text, starts)


#: a word a message quotes (“李克強”)
_QUOTED = None


def as_written(message: str, reading: str, original: str, start: int, end: int) -> str:
    """``message`` with each word it quotes from the paragraph's simplified ``reading`` (the quotation
    that stands on the finding's span, original[start:end]) given in the paragraph's own characters; the
    right forms it names (not in the paragraph there) stay simplified."""
    if "“" not in message:
        return message

    def own(m):
        said = m.group(1)
        # an occurrence that overlaps the span: it starts before the span's end and ends after its start
        i = reading.find(said, max(0, start - len(said) + 1), max(end, start + 1) + len(said) - 1)
        return m.group(0) if i < 0 else f"“{original[i:i + len(said)]}”"
    global _QUOTED
    if _QUOTED is None:
        _QUOTED = rx.stdlib("“([^“”]+)”")
    return _QUOTED.sub(own, message)


class ReadsTraditional:
    """Mixin for a paragraph rule: besides the paragraphs its prefilter admits, the paragraphs in
    traditional script (which the prefilter's simplified words do not find)."""

    def candidates(self, ctx):
        return plus_traditional(self, ctx, None)
