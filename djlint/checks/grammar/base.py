"""The rule kind of the 语病 family: named patterns, each with its own message and (rarely) a fix.

A pattern is a regex over one paragraph with an optional check of the match (``accept``), a
message template and an optional replacement built from the match.  Patterns compile on
first use; a rule's prefilter is the alternation of its trigger words, so a paragraph without
any of them costs one search of the whole document, not one per pattern.
"""
from __future__ import annotations

import re
from typing import Callable

from ...engine import Finding, Rule
from ...engine.kinds import PATTERN_TIMEOUT, compile_
from ...util.spans import SpanSet

SOURCE_TEXTBOOK = "《现代汉语》（黄伯荣、廖序东）病句修改；吕叔湘、朱德熙《语法修辞讲话》"


class Pattern:
    """One fault's shape: ``regex`` (``regex`` module syntax), ``message`` (``str.format`` with
    the match's named groups and ``match``), ``fix(m)`` → replacement or None, ``safe`` for a
    fix that needs no person, ``accept(text, m, ctx, p)`` → False to pass over a match."""

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
        #: words one of which the paragraph must hold for the regex to run (a pattern whose
        #: rule's triggers are common characters: 余, 多, 通过)
        self.needs = needs


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
    must hold (the prefilter)."""

    severity = "warning"
    patterns: tuple = ()
    triggers: tuple = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.__dict__.get("triggers"):
            cls.prefilter = compile_("|".join(sorted(map(re.escape, cls.triggers), key=len, reverse=True)))

    def check_paragraph(self, p, ctx):
        text = p.text
        taken = SpanSet()
        for pat in self.patterns:
            if pat.needs and not any(w in text for w in pat.needs):
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
