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
from ...engine.literals import literal_hits
from ...engine.words import remembered_literals
from ...util import rx
from ...util.spans import SpanSet
from .script import ReadsTraditional, reading
from .text import in_cited_title

#: most words a pattern's told ``needs`` may have (an alternation of pairs has some sixty)
MOST_NEEDS = 128

#: a paragraph with no word of the engine's scan
_NO_HITS: dict = {}

SOURCE_TEXTBOOK = "《现代汉语》（黄伯荣、廖序东）病句修改；吕叔湘、朱德熙《语法修辞讲话》"


class Pattern:
    """One fault's shape: ``regex`` (``regex`` module syntax), ``message`` (``str.format`` with
    the match's named groups and ``match``), ``fix(m)`` → replacement or None, ``safe`` for a
    fix that needs no person, ``accept(text, m, ctx, p)`` → False to pass over a match;
    ``needs``: literal words one of which every match contains (a paragraph without any is not
    searched: the rule's triggers admit a paragraph for any of its patterns); without them, the
    literal the regex itself requires, where :func:`rx.required_literal` can tell one.  ``also``:
    a second test every paragraph with a match passes, tried before the search where ``needs``
    are common (中, 以来): words one of which every match also holds (an ``in`` test each), or a
    function of the text read.  ``twice``: every match holds one of the ``needs`` words twice, the
    second starting at least one character after the first ends (a back-reference, ``(?P<w>…)…(?P=w)``
    with something between): a paragraph whose every such word stands once, or twice run together,
    is not searched; the engine's scan gives each word's offsets (:func:`_twice`)."""

    __slots__ = ("regex", "message", "fix", "safe", "accept", "span", "needs", "also", "titles", "twice")

    def __init__(self, regex: str, message: str, fix: Callable | None = None, safe: bool = False,
                 accept: Callable | None = None, span: str | None = None, needs: tuple = (),
                 also: tuple | Callable | None = None, titles: bool = False, twice: bool = False):
        self.regex = compile_(regex)
        #: the pattern reads document titles (关于对……的批复): it looks inside 《》 too, where the others do not
        self.titles = titles
        self.message = message
        self.fix = fix
        self.safe = safe
        self.accept = accept
        #: the named group the finding points at (default: the whole match)
        self.span = span
        # without needs: the literal run every match holds, when the regex tells one (rx.required_literal)
        given = tuple(needs) or _required(regex)
        # longer words every match stands in, where the parse of the regex tells them (做好营造…,
        # 举行召开… for an alternation of pairs; see engine.words): a paragraph holding a common
        # first word of a pair is not searched for nothing
        told = remembered_literals(regex, MOST_NEEDS)
        if told and (not given or _longer(told, given)):
            given = told
        self.needs = given
        self.also = _any_word(also) if isinstance(also, tuple) else also
        if twice and (not given or min(map(len, given)) < 2):
            raise ValueError(f"twice needs words of two characters or more: {regex}")
        #: the words one of which every match holds twice (the needs, kept apart: a test may take the needs away)
        self.twice = tuple(given) if twice else ()


def _longer(told: tuple, given: tuple) -> bool:
    """Whether ``told`` words are the longer: none shorter than the shortest given, and longer on
    average (the pairs 几乎险些, 做好抓好… against 几乎, 做好…)."""
    return min(map(len, told)) >= min(map(len, given)) and \
        sum(map(len, told)) * len(given) > sum(map(len, given)) * len(told)


def _twice(words: tuple, text: str, hits: dict | None) -> bool:
    """Whether one of ``words`` stands twice in ``text``, the second at least one character after the
    first ends: read off ``hits`` (the engine's scan of the paragraph: every occurrence of each word, in
    order), or, where there are none (a traditional paragraph read in simplified script), off the text.
    The words the paragraph holds at all are picked in C (``hits.keys() & words``: most hold none of them)."""
    if hits is None:
        for w in words:
            at = text.find(w)
            if at >= 0 and text.find(w, at + len(w) + 1) >= 0:
                return True
        return False
    for w in hits.keys() & words:
        ats = hits[w]
        if ats[-1] - ats[0] > len(w):
            return True
    return False


def _any_word(words: tuple) -> Callable[[str], bool]:
    def holds(text: str) -> bool:
        for w in words:
            if w in text:
                return True
        return False
    return holds


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


class PatternsRule(ReadsTraditional, Rule):
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
        """For each word of the patterns' ``needs``, the patterns that need it; the patterns that
        need nothing; the one-character needs apart (an ``in`` test: a character is no key of the
        engine's literal scan, whose every occurrence would be a hit).  Built on first use."""
        index = self.__dict__.get("_needs")
        if index is None:
            of: dict[str, set] = {}
            for i, pat in enumerate(self.patterns):
                for w in pat.needs:
                    of.setdefault(w, set()).add(i)
            words = {w: frozenset(ids) for w, ids in of.items() if len(w) > 1}
            chars = tuple((w, frozenset(ids)) for w, ids in sorted(of.items()) if len(w) == 1)
            always = frozenset(i for i, pat in enumerate(self.patterns) if not pat.needs)
            index = self._needs = (words, chars, always)
        return index

    def literal_keys(self, registry):
        """The patterns' ``needs`` words: the engine's one scan tells which a paragraph holds."""
        return tuple(self._needs_index()[0])

    def check_paragraph(self, p, ctx):
        text, converted = reading(p, ctx)
        words, chars, always = self._needs_index()
        present = set(always)
        if converted:
            # traditional script read in simplified characters: the document's scan saw the
            # traditional ones, so the words are looked for in the reading itself
            hits = None
            for w, ids in words.items():
                if w in text:
                    present |= ids
        else:
            # every occurrence of every key is in the scan's hits (prefixes and overlaps too), so the
            # patterns to search are those whose word the paragraph holds: the paragraph's few keys
            # (~13) met with the rule's words in C, not looked up one by one
            hits = literal_hits(ctx).get(p.index, _NO_HITS)
            for w in hits.keys() & words.keys():
                present |= words[w]
        for ch, ids in chars:
            if ch in text:
                present |= ids
        if not present:
            return  # most paragraphs the triggers admit hold no pattern's word
        taken = SpanSet()
        patterns = self.patterns
        # only the patterns a word of the paragraph admits, in their order (a span taken by an
        # earlier pattern is not reported again by a later one)
        for i in sorted(present):
            pat = patterns[i]
            if pat.also is not None and not pat.also(text):
                continue  # the second test every match passes (see Pattern)
            if pat.twice and not _twice(pat.twice, text, hits):
                continue  # no word of it twice (see Pattern)
            for m in pat.regex.finditer(text, timeout=PATTERN_TIMEOUT):
                s, e = m.span(pat.span or 0)
                if s == e or taken.overlaps(s, e) or (not pat.titles and in_cited_title(text, s)):
                    continue
                if pat.accept is not None and not pat.accept(text, m, ctx, p):
                    continue
                taken.add(s, e)
                values = {k: v or "" for k, v in m.groupdict().items()}
                message = pat.message.format(match=m.group(0), **values)
                replacement = pat.fix(m) if pat.fix is not None else None
                if replacement is not None and (pat.span or converted):
                    replacement = None  # a fix replaces the whole match only, and never in traditional script
                yield Finding(p, s, e, message, replacement, safe=pat.safe)
