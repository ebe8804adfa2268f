"""Patterns compiled on first use: a document that never mentions a leader, a campaign or a
meeting pays nothing for the family's patterns at start-up."""
from __future__ import annotations

from ...util import rx


class Lazy:
    """A pattern compiled (through :mod:`djlint.util.rx` and its cache) when first used."""

    #: the hot methods are slots, filled with the compiled pattern's own on first use: after that
    #: ``pattern.search`` is a plain attribute, not a call of ``__getattr__`` (~1 µs each, 14,000 a MB)
    __slots__ = ("_source", "_engine", "_compiled", "search", "match", "finditer", "fullmatch")

    def __init__(self, source: str, engine: str = "regex"):
        self._source, self._engine, self._compiled = source, engine, None

    def __getattr__(self, name):  # only while a slot is empty, or for another attribute
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = rx.compile(self._source, 0, self._engine)
            self.search, self.match = compiled.search, compiled.match
            self.finditer, self.fullmatch = compiled.finditer, compiled.fullmatch
        return getattr(compiled, name)


def regex(source: str) -> Lazy:
    return Lazy(source, "regex")


def stdlib(source: str) -> Lazy:
    return Lazy(source, "re")
