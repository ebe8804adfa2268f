"""The characters a pattern's every match begins with, and a pattern led by a lookahead for them.

The ``regex`` module scans a paragraph for a pattern whose alternatives begin with lookbehinds and optional
parts (DJ602's approximations: ``(?<![0-9０-９.．])(?P<exact>[0-9]*[1-9]|…)多|…``) by trying every
alternative at every character; led by ``(?=[将接近至最不约大…])`` it tests one class there first.  The
lookahead holds every character a match can begin with, so the matches are the same (DJ602 on the
paragraphs its prefilter admits in 2 MB of report prose: 2.9 -> 0.4 ms a MB)."""
from __future__ import annotations

import re

from ..util import rx

#: most characters a lead may have (a larger class gains little over the pattern's own tries)
MOST = 64
#: what ``\\p{Han}`` (the ``regex`` module's) is read as: a character no pattern holds, so a match
#: that may begin with a Han character of any kind is told as one no lead can be made for
_HAN = "\ue000"
#: part of the cached leads' key: change it when :func:`first_chars` tells other characters
_VERSION = 1


#: the ``regex`` module's own syntax the standard library would read as something else (a fuzzy ``{e<=1}``
#: is literal characters to it, a POSIX class a class of its letters) or does not take: no lead is told
_REGEX_ONLY = rx.stdlib(r"\{[^0-9,}]|\[:|\(\?[a-zA-Z]*[berfVwWp]|\\[LmMXGKpPN]")


def first_chars(source: str, flags: int = 0) -> frozenset | None:
    """The characters every non-empty match of ``source`` begins with, read off the standard library's
    parse (``\\p{Han}`` read as one stand-in character), or None: a pattern that can match the empty
    string, begins with a negated class, a category, ``.`` or a back-reference, or is not told (a syntax
    of the ``regex`` module's own, such as a fuzzy match, which may begin anywhere; IGNORECASE)."""
    read = source.replace(r"\p{Han}", _HAN)
    if flags & (re.I | re.X) or _REGEX_ONLY.search(read):
        return None
    from re import _constants as c
    from re import _parser

    try:
        parsed = _parser.parse(read, flags)
    except Exception:  # noqa: BLE001 - the regex module's own syntax: no lead
        return None
    if parsed.state.flags & (re.I | re.X):
        return None  # an inline (?i)
    told = _firsts(list(parsed), c)
    if told is None or told[1] or _HAN in told[0] or not told[0]:
        return None
    return frozenset(told[0])


def _firsts(items, c):
    """(characters, whether the items can match the empty string) of a sequence, or None."""
    out: set[str] = set()
    for op, av in items:
        got = _first(op, av, c)
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


def _first(op, av, c):
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, v in av:
            if kind is c.LITERAL:
                chars.add(chr(v))
            elif kind is c.RANGE and v[1] - v[0] < MOST:
                chars.update(map(chr, range(v[0], v[1] + 1)))
            else:
                return None  # a negation, a category, a wide range
        return chars, False
    if op is c.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:
            got = _firsts(list(alt), c)
            if got is None:
                return None
            out |= got[0]
            empty = empty or got[1]
        return out, empty
    if op is c.SUBPATTERN:
        return None if av[1] & re.I else _firsts(list(av[3]), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        got = _firsts(list(av[2]), c)
        return None if got is None else (got[0], got[1] or av[0] == 0)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _firsts(list(av), c)
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True  # zero-width: the next item begins the match
    return None


def led(source: str, flags: int = 0) -> str:
    """``source`` led by a lookahead for the characters its every match begins with (:func:`first_chars`),
    or ``source`` itself when none can be told or they are more than :data:`MOST`.  Kept between runs
    with the pattern cache (the parse of DJ602's pattern is ~0.8 ms at every start)."""
    return rx.remember_text("lead", f"{_VERSION}\x00{MOST}\x00{flags}\x00{source}", lambda: _led(source, flags))


def _led(source: str, flags: int) -> str:
    chars = first_chars(source, flags)
    if chars is None or len(chars) > MOST:
        return source
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])(?:" + source + ")"
