"""Compiled patterns as the rule kinds (:mod:`.kinds`) and the Python families use them: :func:`compile_`
(a :class:`LazyPattern`, compiled on first use, by the standard library where it can, else by ``regex``),
a rule's ``needs`` as its prefilter (:func:`set_needs`), and the spans a rule's exceptions cover
(:func:`excluded_spans`).  The families import :func:`compile_` from :mod:`.kinds`, which hands it on."""
from __future__ import annotations

import re as stdlib_re
import sys

from ..util import rx
from ..util.spans import SpanSet

#: seconds one regex may run on one paragraph before the rule is stopped there (DJ903)
PATTERN_TIMEOUT = 1.0
_END = sys.maxsize


class LazyPattern:
    """A regex compiled on first use: most rules never meet a paragraph that passes their
    prefilter, and start-up is paid on every commit.  A pattern the standard library can
    compile is compiled there (several times faster to compile; the ``regex`` module is kept
    for ``\\p{Han}``, variable lookbehind and fuzzy matching); ``timeout`` is accepted either way.

    Compiling turns the object into a :class:`_StdlibPattern` or a :class:`_RegexPattern`, whose
    methods call the compiled pattern's own with no test of their own: rules call ``match`` and
    ``search`` per sentence or clause (some 60,000 times a MB), and a wrapper that checked for
    the compiled pattern and took ``**kw`` each time cost twice the match itself.  A pattern the standard
    library compiled gets its ``match``, ``search`` and ``fullmatch`` as the compiled pattern's own
    (instance attributes, found before the class's methods): a call is the C method's alone, with no
    Python frame between (~50 ns of ~300, some 65,000 calls a MB).  They take no ``timeout``; every call
    that passes one is to a pack's pattern, which the ``regex`` module compiles (its V0 flag).
    ``finditer`` keeps its method, which drops the ``timeout`` the family's callers pass."""

    __slots__ = ("source", "flags", "_compiled", "_stdlib", "__dict__")

    def __init__(self, source: str, flags: int = 0):
        self.source = source
        self.flags = flags
        self._compiled = None
        self._stdlib = False

    def _compile(self):
        if self._compiled is None:
            self._compiled = rx.compile(self.source, self.flags)
            self._stdlib = rx.is_stdlib(self._compiled)
            self.__class__ = _StdlibPattern if self._stdlib else _RegexPattern
            if self._stdlib:
                compiled = self._compiled
                self.match, self.search, self.fullmatch = compiled.match, compiled.search, compiled.fullmatch
        return self._compiled

    @property
    def compiled(self):
        return self._compiled if self._compiled is not None else self._compile()

    # before the first use: compile, then call the method of the class the object now has
    def finditer(self, *a, **kw):
        self._compile()
        return self.finditer(*a, **kw)

    def search(self, *a, **kw):
        self._compile()
        return self.search(*a, **kw)

    def match(self, *a, **kw):
        self._compile()
        return self.match(*a, **kw)

    def fullmatch(self, *a, **kw):
        self._compile()
        return self.fullmatch(*a, **kw)

    def _call(self, name, args, kw):
        compiled = self.compiled
        if self._stdlib:
            kw.pop("timeout", None)
        return getattr(compiled, name)(*args, **kw)

    def findall(self, *a, **k):
        return self._call("findall", a, k)

    def sub(self, *a, **k):
        return self._call("sub", a, k)

    def split(self, *a, **k):
        return self._call("split", a, k)

    @property
    def pattern(self):
        return self.source


class _StdlibPattern(LazyPattern):
    """Compiled by the standard library: ``timeout`` (and, for ``finditer``, the ``regex``-only
    keywords) accepted and dropped."""

    __slots__ = ()

    def finditer(self, string, pos=0, endpos=_END, timeout=None, **kw):
        return self._compiled.finditer(string, pos, endpos)

    def search(self, string, pos=0, endpos=_END, timeout=None):
        return self._compiled.search(string, pos, endpos)

    def match(self, string, pos=0, endpos=_END, timeout=None):
        return self._compiled.match(string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_END, timeout=None):
        return self._compiled.fullmatch(string, pos, endpos)


class _RegexPattern(LazyPattern):
    """Compiled by the ``regex`` module: ``timeout`` and its other keywords passed on."""

    __slots__ = ()

    def finditer(self, string, pos=0, endpos=_END, timeout=None, **kw):
        return self._compiled.finditer(string, pos, endpos, timeout=timeout, **kw)

    def search(self, string, pos=0, endpos=_END, timeout=None):
        return self._compiled.search(string, pos, endpos, timeout=timeout)

    def match(self, string, pos=0, endpos=_END, timeout=None, **kw):
        return self._compiled.match(string, pos, endpos, timeout=timeout, **kw)

    def fullmatch(self, string, pos=0, endpos=_END, timeout=None, **kw):
        return self._compiled.fullmatch(string, pos, endpos, timeout=timeout, **kw)


def compile_(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def char_prefilter(chars: str, ignorecase: bool = False):
    """A compiled test that a paragraph holds at least one of ``chars``."""
    if ignorecase:
        chars = chars.lower() + chars.upper()
    return rx.stdlib("[" + stdlib_re.escape(chars) + "]")


def set_needs(rule, chars: str, ignorecase: bool = False) -> None:
    """A rule's ``needs`` as its prefilter: one character is searched for by itself (the standard
    library jumps from one to the next); several go to the engine's one literal scan of the
    document as ``prefilter_words`` (a class of characters is tried at every character, ~1 ms a MB
    for each rule that had one)."""
    if ignorecase:
        chars = chars.lower() + chars.upper()
    chars = "".join(dict.fromkeys(chars))
    if len(chars) == 1:
        rule.prefilter = char_prefilter(chars)
    else:
        rule.prefilter = None
        rule.prefilter_words = tuple(chars)


def excluded_spans(exceptions, text: str, gates: tuple | None = None) -> SpanSet:
    """The spans of the exceptions' non-empty matches in ``text``; with ``gates`` (:func:`exception_gates`
    of the same exceptions) an exception is searched only where its gate finds a character every match holds."""
    if gates is None:
        return SpanSet(m.span() for ex in exceptions for m in ex.finditer(text, timeout=PATTERN_TIMEOUT)
                       if m.end() > m.start())
    return SpanSet(m.span() for ex, gate in zip(exceptions, gates) if gate is None or gate(text) is not None
                   for m in ex.finditer(text, timeout=PATTERN_TIMEOUT) if m.end() > m.start())


def exception_gates(holder) -> tuple:
    """For each of ``holder.exceptions``, a search for the characters one of which its every non-empty match
    holds (engine.words.needed_chars), or None (searched everywhere): DJ201's 27 exceptions were run on every
    paragraph with a placeholder, the byline marks' (□, ○) on paragraphs with an XX.  Kept on ``holder`` with
    the exceptions they were told from."""
    exceptions = holder.exceptions
    memo = holder.__dict__.get("_exception_gates")
    if memo is None or memo[0] is not exceptions:
        memo = holder._exception_gates = (exceptions, tuple(_gate(ex) for ex in exceptions))
    return memo[1]


def pattern_gates(holder, patterns: tuple) -> tuple:
    """(``findall`` of a class of every gate's characters, or None; for each of ``patterns`` (``holder``'s own)
    the characters one of which its every non-empty match holds (as :func:`exception_gates` tells them), or None):
    a pattern is searched in a paragraph only where the one ``findall`` found one of its characters (speed46:
    DJ201's 13 patterns, four kinds of placeholder mark, were each searched in every paragraph holding a mark)."""
    memo = holder.__dict__.get("_pattern_gates")
    if memo is None or (memo[0] is not patterns and memo[0] != patterns):  # a rule's one pattern: a new tuple a call
        chars = tuple(_needed_of_pattern(pat) for pat in patterns)
        # one pattern, or all needing the same characters: the rule's prefilter asked for them already
        union = "".join(sorted(set().union(*(c for c in chars if c is not None)))) if len(set(chars)) > 1 else ""
        found = rx.stdlib("[" + stdlib_re.escape(union) + "]").findall if union else None
        memo = holder._pattern_gates = (patterns, (found, chars if found is not None else (None,) * len(patterns)))
    return memo[1]


def _needed_of_pattern(pattern) -> frozenset | None:
    from .words import remembered_needed_chars

    flags = getattr(pattern, "flags", 0)
    chars = "" if flags & _UNGATED_FLAGS else remembered_needed_chars(pattern.pattern)
    return frozenset(chars) if chars else None


#: flags under which a pattern reads otherwise than its standard-library parse: IGNORECASE, VERBOSE, and
#: the ``regex`` module's V1 (set operations in classes; 256, the standard library's ASCII: no gate either)
_UNGATED_FLAGS = int(stdlib_re.IGNORECASE | stdlib_re.VERBOSE) | 256


def _gate(ex):
    from .words import remembered_needed_chars

    flags = getattr(ex, "flags", 0)
    chars = "" if flags & _UNGATED_FLAGS else remembered_needed_chars(ex.pattern)
    return rx.stdlib("[" + stdlib_re.escape(chars) + "]").search if chars else None
