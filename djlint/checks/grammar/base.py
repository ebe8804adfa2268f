"""The rule kind of the 语病 family: named patterns, each with its own message and (rarely) a fix.

A pattern is a regex over one paragraph with an optional check of the match (``accept``), a
message template and an optional replacement built from the match.  Patterns compile on
first use; a rule's trigger words are its prefilter (found by the engine's one literal scan of
the document), so a paragraph without any of them costs nothing.
"""
from __future__ import annotations

from typing import Callable

from ...engine import Finding, Rule
from ...engine.kinds import PATTERN_TIMEOUT, compile_
from ...util import rx
from ...util.spans import SpanSet
from ...util.trie import trie_pattern, words_in

SOURCE_TEXTBOOK = "《现代汉语》（黄伯荣、廖序东）病句修改；吕叔湘、朱德熙《语法修辞讲话》"


class Pattern:
    """One fault's shape: ``regex`` (``regex`` module syntax), ``message`` (``str.format`` with
    the match's named groups and ``match``), ``fix(m)`` → replacement or None, ``safe`` for a
    fix that needs no person, ``accept(text, m, ctx, p)`` → False to pass over a match;
    ``needs``: literal words one of which every match contains (a paragraph without any is not
    searched: the rule's triggers admit a paragraph for any of its patterns); without them, the
    literal the regex itself requires, where :func:`rx.required_literal` can tell one."""

    __slots__ = ("regex", "message", "fix", "safe", "accept", "span", "needs")

    def __init__(self, regex: str, message: str, fix: Callable | None = None, safe: bool = False,
                 accept: Callable | None = None, span: str | None = None, needs: tuple = ()):
        self.regex = compile_(regex)
        self.message = message
        self.fix = fix
        self.safe = safe
        self.accept = accept
        #: the named group the finding points at (default: the whole match)
        self.span = span
        # without needs: the literal run every match holds, when the regex tells one (rx.required_literal)
        self.needs = tuple(needs) or _required(regex)


def _required(regex: str) -> tuple:
    literal = rx.required_literal(regex)
    return (literal,) if literal else ()


def drop(*words: str) -> Callable:
    """A fix that deletes the first of ``words`` found in the match (what the message says to delete)."""
    def fix(m):
        text = m.group(0)
        for w in words:
            at = text.find(w)
            if at >= 0:
                return text[:at] + text[at + len(w):]
        return None
    return fix


class PatternsRule(Rule):
    """A rule made of :class:`Pattern` s; ``triggers`` are literal words one of which a paragraph
    must hold (``prefilter_words``)."""

    severity = "warning"
    patterns: tuple = ()
    triggers: tuple = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.__dict__.get("triggers"):
            cls.prefilter_words = tuple(cls.triggers)  # found by the engine's one literal scan

    def _needs_index(self):
        """One trie of every pattern's ``needs`` and, for each word it may find, the patterns that
        need it or a prefix of it: one scan of a paragraph tells which patterns to search, instead
        of a search per pattern (built on first use)."""
        index = self.__dict__.get("_needs")
        if index is None:
            of: dict[str, set] = {}
            for i, pat in enumerate(self.patterns):
                for w in pat.needs:
                    of.setdefault(w, set()).add(i)
            by_word = {w: frozenset(i for n in range(1, len(w) + 1) for i in of.get(w[:n], ())) for w in of}
            index = self._needs = (rx.stdlib(trie_pattern(of)) if of else None, by_word)
        return index

    def check_paragraph(self, p, ctx):
        text = p.text
        taken = SpanSet()
        needed, by_word = self._needs_index()
        present = set()
        if needed is not None:
            for w in words_in(needed, text):
                present |= by_word[w]
        for i, pat in enumerate(self.patterns):
            if pat.needs and i not in present:
                continue
            for m in pat.regex.finditer(text, timeout=PATTERN_TIMEOUT):
                s, e = m.span(pat.span or 0)
                if s == e or taken.overlaps(s, e):
                    continue
                if pat.accept is not None and not pat.accept(text, m, ctx, p):
                    continue
                taken.add(s, e)
                values = {k: v or "" for k, v in m.groupdict().items()}
                message = pat.message.format(match=m.group(0), **values)
                replacement = pat.fix(m) if pat.fix is not None else None
                if replacement is not None and pat.span:
                    replacement = None  # a fix replaces the whole match only
                yield Finding(p, s, e, message, replacement, safe=pat.safe)
