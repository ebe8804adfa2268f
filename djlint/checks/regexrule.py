"""A compact base for paragraph rules made of one compiled regex (compiled once, at import)."""
from __future__ import annotations

import regex as re

from ..engine import Finding, Rule
from ..spans import SpanSet

TIMEOUT = 1.0


class RegexRule(Rule):
    """Subclasses set ``pattern`` (compiled), optional ``exceptions`` and override ``finding``."""

    pattern = None
    exceptions: tuple = ()
    skip_kinds: tuple[str, ...] = ()
    #: characters of which a paragraph must hold at least one for the pattern to match
    #: (a cheap test that spares the regex on most paragraphs)
    needs: str = ""

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.__dict__.get("needs"):
            import re as stdlib_re

            cls.prefilter = stdlib_re.compile("[" + stdlib_re.escape(cls.needs) + "]")

    def finding(self, p, m) -> Finding | None:
        raise NotImplementedError

    def check_paragraph(self, p, ctx):
        if ctx.doc.kind in self.skip_kinds:
            return
        text = p.text
        matches = list(self.pattern.finditer(text, timeout=TIMEOUT))
        if not matches:
            return
        excluded = SpanSet(m.span() for ex in self.exceptions for m in ex.finditer(text, timeout=TIMEOUT)
                           if m.end() > m.start())
        for m in matches:
            s, e = m.span()
            if s == e or excluded.overlaps(s, e):
                continue
            f = self.finding(p, m)
            if f is not None:
                yield f


class LazyPattern:
    """A regex compiled on first use: most rules never meet a paragraph that passes their
    character prefilter, and start-up is paid on every commit."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.source = source
        self.flags = flags
        self._compiled = None

    @property
    def compiled(self):
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def finditer(self, *a, **k):
        return self.compiled.finditer(*a, **k)

    def search(self, *a, **k):
        return self.compiled.search(*a, **k)

    def match(self, *a, **k):
        return self.compiled.match(*a, **k)

    def sub(self, *a, **k):
        return self.compiled.sub(*a, **k)

    def findall(self, *a, **k):
        return self.compiled.findall(*a, **k)

    def split(self, *a, **k):
        return self.compiled.split(*a, **k)

    def fullmatch(self, *a, **k):
        return self.compiled.fullmatch(*a, **k)

    @property
    def pattern(self):
        return self.source


def compile_(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
