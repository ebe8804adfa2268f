"""One scan of the document for every literal key the rules know (the wrong-word tables, the
lexicon's formulation halves and list members).

Python's ``re`` pays for a scan per character, and at every character whose letter starts some
key it tries the trie's first branches one after another: five tables scanned one by one cost
five scans, and one trie of all their keys costs more than that.  Here the keys of every rule
that declares its literals (:meth:`Rule.literal_keys`) are grouped by first character into a
few small tries, scanned once per document; every occurrence, overlapping ones included, is
given to the rules from there.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Set
from itertools import compress, repeat

from ..util import rx
from ..util.trie import trie_source
from .alternations import words_trie
from .charsearch import paragraphs_by_char
from .literal_tries import Lazy, inner_keys, prefixes, tries_of

#: what a pass of one trie over the text costs, in branch tests per 100,000 characters.  ``re`` stops at
#: every character that begins one of a trie's keys (85% of a report's characters begin some key) and,
#: when no key matches there, has tested every first character of the trie: a trie's cost is a pass plus
#: (its stops) x (its first characters).  The first characters are taken most frequent first (see
#: :mod:`.frequent`) and a trie is closed when its expected stops times its size reach a pass, so the
#: frequent ones (，。的党、) share small tries and the rare ones large ones.  The whole scan of 2 MB of
#: benchmarks/throughput.py's text: 25 tries of 48 first characters each, dealt round robin, 134 ms; these
#: 19 tries (8 to ~350 first characters), 113 ms; 0.5 MB of published reports joined: 26.7 against 23.1 ms.
#: Retuned on ~10,500 keys (speed37, one scan of the 2 MB text): 120,000 (20 tries) 2,008M instructions, 220,000
#: (15 tries) 1,863M, 450,000 1,828M but dearer to build; 220,000 the fastest in time (2 MB, published57-100)
PASS_COST = 220_000
#: the expected count per 100,000 characters of a character no band holds
RARE = 1.0
#: characters of text the tries scan before the next stretch (cut where a paragraph starts): the hits of a
#: stretch (~6,000 on report prose) are sorted and filed while they are fresh in the cache, not those of a
#: whole long text at once (8 MB of throughput.py's text: ~265,000).  The scan of 8 MB, 65-66 -> 59-61 ms/MB;
#: stretches of 16K-256K characters all gain about that much
STRETCH = 65536
#: a searched character expected this often in 100,000 characters (:mod:`.frequent`) or more is found by
#: :func:`_paragraphs_by_char`'s jumps, not by the class: 、 (the 2 MB of throughput.py: 10,825 of the class's
#: 16,669 matches, in 3,133 paragraphs)
JUMPED = 1000.0
#: a match's start and text, read by ``map`` (the scan's Python per hit, speed47: -1.5 ms/MB on 2 MB)
_START, _GROUP = re.Match.start, re.Match.group


class LiteralIndex:
    """The keys of every rule that declares some, as a few tries (keys grouped by their first
    character), and for each key the keys that are its prefixes (they start wherever it does).
    ``chars``: one-character prefilter words, kept out of the tries (see :func:`paragraphs_with_words`).
    ``classes``: prefilters that are one character class, {id(pattern): (pattern, its characters)} (see :func:`class_of`)."""

    def __init__(self, keys, gates=None, chars=(), classes=None):
        #: {id(pattern): (pattern, words, exact)}: prefilters read off the scan (see :func:`gate_of`)
        self.gates = gates or {}
        #: one-character words whose paragraphs are found by a class of them (:func:`_paragraphs_by_char`):
        #: as keys of the tries every 、 or 多 of a text was a hit filed for a paragraph filter
        self.chars = frozenset(c for c in chars if len(c) == 1 and c != "\x00")
        #: prefilters that are a class of rare characters: their paragraphs are read off the same search
        #: (:func:`paragraphs_matching`), its class widened by their characters, not searched one by one
        self.classes = {k: v for k, v in (classes or {}).items() if "\x00" not in v[1]}
        searched = self.chars.union(*(chars for _, chars in self.classes.values()))
        #: the searched characters that stand several times in a paragraph (、: ~1,900 in 100,000 characters, 3.5 a
        #: paragraph it stands in): found by a jump from one paragraph to the next, not at each occurrence
        expected = _expected()
        self.jumped = tuple(sorted(c for c in searched if expected.get(c, 0.0) >= JUMPED))
        searched = searched.difference(self.jumped)
        if searched:  # the class's text kept between runs (~3 ms of Python for the traditional class's 3,500)
            key = "".join(sorted(searched))
            self.char_pattern = rx.stdlib(rx.remember_text("char-class", key, lambda: class_source(key)))
        else:
            self.char_pattern = None
        #: every key of the tries, and per trie its first characters, its keys (sorted) and its pattern's source,
        #: kept between runs (see literal_tries.tries_of)
        self.keys, tries = tries_of(keys, self.chars, _grouping_stamp(), _tries)
        self.patterns = []
        #: per trie, for each of its keys the places inside it where another of its keys starts: (offset,
        #: that key) where the hit itself tells which (no key of the trie runs on past the hit's end from
        #: there), (offset, None) where the trie is matched at the offset (a key may run on: the text tells)
        self.inner: list[dict[str, tuple]] = []
        for chars, words, source in tries:
            self.patterns.append(rx.stdlib(source))
            self.inner.append(Lazy(inner_keys(frozenset(chars), self.keys, words)))
        self.prefixes_of = Lazy(prefixes(self.keys))

    def scan(self, doc) -> dict[int, dict[str, list[int]]]:
        """{paragraph index: {key: [offsets in the paragraph, ascending]}} for every occurrence of
        every key.  Each trie yields the longest of its keys where it stops; its keys starting
        inside a found key are matched there; shorter keys that are prefixes start at the same place.
        The text is read in stretches of whole paragraphs (:data:`STRETCH`), every trie over one
        stretch before the next: no key holds the NUL that joins two paragraphs, so no match crosses
        a stretch's end, and the stretches' hits, sorted and filed one stretch after another, are
        the whole text's in the same order."""
        text, starts = doc.joined
        out: dict[int, dict[str, list[int]]] = {}
        n, size = len(starts), len(text)
        pos = 0
        while pos < size:
            k = bisect_left(starts, pos + STRETCH)
            end = starts[k] if k < n else size
            self._file(self._hits(text, pos, end), text, starts, out)
            pos = end
        return out

    def _hits(self, text: str, pos: int, end: int) -> list[tuple[int, str]]:
        """(offset in the text, longest key there) of every trie's stops in ``text[pos:end]``, and of the
        keys inside them, sorted."""
        hits: list[tuple[int, str]] = []
        for pattern, inner_at in zip(self.patterns, self.inner):  # a hit's start, key and inner keys read in C (map)
            found = list(pattern.finditer(text, pos, end))
            starts, keys = list(map(_START, found)), list(map(_GROUP, found))
            hits += zip(starts, keys)
            inners = list(map(inner_at.__getitem__, keys))  # Lazy's __missing__ works out a key met first
            for s, places in compress(zip(starts, inners), inners):  # only the hits with places inside
                for j, known in places:
                    if known is not None:
                        hits.append((s + j, known))
                    else:
                        inner = pattern.match(text, s + j)
                        if inner is not None:
                            hits.append((s + j, inner.group()))
        hits.sort()
        return hits

    def _file(self, hits, text: str, starts: list[int], out: dict) -> None:
        """The sorted ``hits`` filed by paragraph and key (each key's prefixes with it) into ``out``."""
        prefixes_of = self.prefixes_of
        n = len(starts)
        base, after = 0, -1  # where the paragraph of the last hit starts, and where the next one does
        found: dict = {}
        for s, longest in hits:
            if s >= after:  # the hits are in order: a paragraph's come together
                i = bisect_right(starts, s) - 1
                base = starts[i]
                after = starts[i + 1] if i + 1 < n else len(text) + 1
                found = out[i] = {}
            at = s - base
            for key in prefixes_of[longest]:
                found.setdefault(key, []).append(at)


def trie_groups(by_first) -> list[list[str]]:
    """The first characters of the keys, in tries: most frequent first (:mod:`.frequent`; then by code
    point), a trie closed when its expected stops times its first characters reach :data:`PASS_COST`.
    Every key is in the trie of its first character, so whatever the grouping the scan finds the same."""
    expected = _expected().get
    groups: list[list[str]] = []
    chars: list[str] = []
    stops = 0.0
    for minus, c in sorted([(-expected(c, RARE), c) for c in by_first]):
        chars.append(c)
        stops -= minus
        if stops * len(chars) >= PASS_COST:
            groups.append(chars)
            chars, stops = [], 0.0
    if chars:
        groups.append(chars)
    return groups


def _expected() -> dict[str, float]:
    """{character: its expected count per 100,000 characters} from the bands of :mod:`.frequent`."""
    from .frequent import BANDS

    return {c: mean for mean, chars in BANDS for c in chars}


def _tries(keys, chars: frozenset) -> list[tuple[str, list[str], str]]:
    """literal_tries.tries_of worked out: the keys (less empty ones, ones with a NUL and ``chars``) by
    first character, grouped into tries (:func:`trie_groups`), each trie's keys sorted and its source."""
    by_first: dict[str, list[str]] = {}
    for k in frozenset(k for k in keys if k and "\x00" not in k and k not in chars):
        by_first.setdefault(k[0], []).append(k)
    out = []
    for first in trie_groups(by_first):
        words = sorted(k for c in first for k in by_first[c])
        out.append(("".join(first), words, trie_source(words)))  # kept by tries_of, not as a trie of its own
    return out


def _grouping_stamp() -> str:
    """What :func:`trie_groups` reads besides the keys (the tries' costs and the bands of :mod:`.frequent`)."""
    from zlib import crc32

    from .frequent import BANDS

    return f"{PASS_COST}|{RARE}|{crc32(repr(BANDS).encode('utf-8'))}"


def literal_index(registry) -> LiteralIndex:
    def build():
        keys: list[str] = []
        gates: dict = {}
        chars: set[str] = set()
        for rule in registry.rules.values():
            declared = rule.literal_keys(registry)
            if declared:  # a set's order is the process's (string hashing): sorted, the keys are the same list
                keys.extend(sorted(declared) if isinstance(declared, Set) else declared)  # in every process (tries_of)
            for w in rule.prefilter_words:
                (chars.add if len(w) == 1 else keys.append)(w)
            pre = rule.prefilter if rule.prefilter_scan else None
            patterns = (pre if isinstance(pre, tuple) else (pre,) if pre is not None else ())
            for pattern in (*patterns, *_flat(rule.scan_patterns(registry))):
                if id(pattern) in gates:
                    continue
                gate = gate_of(_compiled(pattern))
                if gate is not None:
                    gates[id(pattern)] = (pattern, *gate)
                    keys.extend(sorted(gate[0]))
        # a character some rule reads the offsets of stays a key
        return LiteralIndex(keys, gates, chars - set(keys), _classes(registry))

    return registry.memo("engine.literals", build)


def _classes(registry) -> dict:
    """{id(pattern): (pattern, its characters)} for the rules' prefilters (``prefilter_scan`` or not: that
    flag is about words too common for the tries) and scan patterns that are one class of rare characters."""
    classes: dict = {}
    expected = _expected()
    for rule in registry.rules.values():
        pre = rule.prefilter
        patterns = (pre if isinstance(pre, tuple) else (pre,) if pre is not None else ())
        for pattern in (*patterns, *_flat(rule.scan_patterns(registry))):
            if id(pattern) not in classes:
                told = class_of(_compiled(pattern))
                if told is not None and _rare(told, expected):
                    classes[id(pattern)] = (pattern, told)
    return classes


#: a prefilter that is one character class is read off the search of the one-character words when its
#: characters are expected at most this many times in 100,000 characters in all (:mod:`.frequent`): its
#: own search of 2 MB costs ~1 ms a MB, a hit of the shared one ~0.2 µs.  The quotation marks' class
#: (DJ503, ~1,700) stays a search of its own
CLASS_EXPECTED = 500
#: most characters such a class may have: the CJK block, or the 3,541 traditional forms (DJ706's prefilter, which
#: the 语病 family searches for with the same pattern first: the document's cache of searches answers DJ706 then),
#: are a pattern's own search, and a class of thousands costs its set and its rarity every process
CLASS_SIZE = 2048
#: part of the cached classes' key: change it when :func:`_told_class` tells other characters
_CLASS_VERSION = 1


def _rare(chars, expected: dict) -> bool:
    """Whether ``chars`` are expected at most :data:`CLASS_EXPECTED` times in all (a character no band of
    :mod:`.frequent` holds, rarer than its last band: 0)."""
    return sum(map(expected.get, chars, repeat(0.0))) <= CLASS_EXPECTED


def class_of(pattern) -> frozenset | None:
    """The characters of a standard-library pattern that is one character class of literals and
    ranges (``[０-９Ａ-Ｚ]``, ``[āáǎà]``), or None: a negated class, a category (``\\d``), anything
    around or after the class, IGNORECASE or VERBOSE.  A paragraph holds a match of it exactly
    when it holds one of these characters.  Kept between runs with the pattern cache (the parse of
    the rules' seventy-odd prefilters is ~8 ms at start-up)."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or pattern.flags & (re.I | re.X):
        return None
    if not pattern.pattern.startswith("["):
        return None  # no class (a class written otherwise, ``a|b``, is searched by itself: nothing lost)
    key = f"{_CLASS_VERSION}\x00{CLASS_SIZE}\x00{pattern.flags}\x00{pattern.pattern}"
    told = rx.remember_text("class", key, lambda: _told_class(pattern))
    return frozenset(told[1:]) if told != "-" else None


def _told_class(pattern) -> str:
    """:func:`class_of` as text: ``-`` for none, else ``+`` and the characters in code-point order."""
    parser, c = _sre()
    try:
        parsed = list(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - it compiled, so it parses
        return "-"
    if len(parsed) != 1 or parsed[0][0] is not c.IN:
        return "-"
    chars: set[str] = set()
    for op, v in parsed[0][1]:
        if op is c.LITERAL:
            chars.add(chr(v))
        elif op is c.RANGE and v[1] - v[0] < CLASS_SIZE:
            chars.update(map(chr, range(v[0], v[1] + 1)))
        else:
            return "-"
    return "+" + "".join(sorted(chars)) if 0 < len(chars) <= CLASS_SIZE else "-"


def class_source(chars) -> str:
    """A character class of ``chars``, runs of consecutive code points as ranges (a class of thousands of
    single characters, some outside the BMP, is searched character by character by the standard library)."""
    points = sorted(map(ord, chars))
    parts = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        a, b = re.escape(chr(points[i])), re.escape(chr(points[j]))
        parts.append(a if i == j else a + b if j == i + 1 else f"{a}-{b}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def literal_hits(ctx) -> dict[int, dict[str, list[int]]]:
    """This document's occurrences of every declared literal, scanned once (see :class:`LiteralIndex`).
    Asked at nearly every paragraph a rule reads (~10,000 times a MB): once scanned, a lookup."""
    found = ctx.tables.get("engine.literals")
    return found if found is not None else ctx.shared("engine.literals", _scan_document)


def _scan_document(ctx) -> dict[int, dict[str, list[int]]]:
    return literal_index(ctx.registry).scan(ctx.doc)


def paragraphs_with_words(ctx, words) -> list:
    """The paragraphs holding any of ``words`` (keys of the literal index: a rule's
    ``prefilter_words``, a table's or the lexicon's keys), in order, from the document's one scan."""
    index = ctx.shared("engine.literals.by-key", _paragraphs_by_key)
    found: set[int] = set()
    if isinstance(words, Set) and len(words) > len(index):
        for w, at in index.items():  # a large table: the keys this document holds are fewer
            if w in words:
                found.update(at)
    else:
        for w in words:
            found.update(index.get(w, ()))
    chars = literal_index(ctx.registry).chars
    if chars and not chars.isdisjoint(words):
        by_char = ctx.shared("engine.literals.by-char", _paragraphs_by_char)
        for w in chars.intersection(words):
            found.update(by_char.get(w, ()))
    paragraphs = ctx.doc.paragraphs
    return [paragraphs[i] for i in sorted(found)]


def _flat(patterns):
    for one in patterns:
        yield from (one if isinstance(one, tuple) else (one,))


def paragraphs_matching(ctx, pattern) -> list:
    """:meth:`Document.paragraphs_matching` for a rule's prefilter: read off the scan when the
    words every match begins with are keys of it (:func:`gate_of`), the pattern tried only where
    one of them stands (a plain alternation of literals: not at all); else the pattern's own
    search of the document."""
    if isinstance(pattern, tuple):
        found = {p.index for one in pattern for p in paragraphs_matching(ctx, one)}
        return [ctx.doc.paragraphs[i] for i in sorted(found)]
    told = literal_index(ctx.registry).classes.get(id(pattern))
    if told is not None and told[0] is pattern:
        return _paragraphs_with_chars(ctx, told[1])
    gate = literal_index(ctx.registry).gates.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        # a plain alternation of literals the scan does not read (words too common for it) is searched as a trie
        trie = words_trie(pattern, exact_words)
        return ctx.doc.paragraphs_matching(pattern if trie is None else trie)
    _, words, exact = gate
    if exact:
        return paragraphs_with_words(ctx, words)
    index = ctx.shared("engine.literals.by-key", _paragraphs_by_key)
    candidates: set[int] = set()
    for w in words:
        candidates.update(index.get(w, ()))
    hits = literal_hits(ctx)
    text, starts = ctx.doc.joined
    match = _compiled(pattern).match
    paragraphs = ctx.doc.paragraphs
    out = []
    # a match in the joined text that starts in paragraph i starts where one of the words does
    for i in sorted(candidates):
        base = starts[i]
        if any(match(text, base + at) for w, ats in hits[i].items() if w in words for at in ats):
            out.append(paragraphs[i])
    return out


def exact_words(pattern) -> tuple[frozenset, str] | None:
    """The words of a standard-library pattern that is a plain alternation of literals (:func:`gate_of`
    exact: two characters or more, two first characters or more) and its source, or None."""
    compiled = _compiled(pattern)
    if compiled is None or not isinstance(compiled.pattern, str):
        return None
    gate = gate_of(compiled)
    return (gate[0], compiled.pattern) if gate is not None and gate[1] else None


def _paragraphs_with_chars(ctx, chars: frozenset) -> list:
    """The paragraphs holding any of ``chars`` (a class of :attr:`LiteralIndex.classes`), in order."""
    by_char = ctx.shared("engine.literals.by-char", _paragraphs_by_char)
    found: set[int] = set()
    if len(by_char) < len(chars):
        for c, at in by_char.items():
            if c in chars:
                found.update(at)
    else:
        for c in chars:
            found.update(by_char.get(c, ()))
    paragraphs = ctx.doc.paragraphs
    return [paragraphs[i] for i in sorted(found)]


def _paragraphs_by_char(ctx) -> dict[str, list[int]]:
    """{character: indices of the paragraphs holding it} for the index's one-character words and the
    characters of its classes (:func:`.charsearch.paragraphs_by_char`)."""
    index = literal_index(ctx.registry)
    text, starts = ctx.doc.joined
    return paragraphs_by_char(text, starts, index.char_pattern, index.jumped)


def _paragraphs_by_key(ctx) -> dict[str, list[int]]:
    by_key: dict[str, list[int]] = {}
    for i, found in literal_hits(ctx).items():
        for key in found:
            got = by_key.get(key)
            if got is None:
                by_key[key] = [i]
            else:
                got.append(i)
    return by_key


def leftmost_longest(found: dict[str, list[int]], table) -> list[tuple[int, int, str]]:
    """The occurrences of ``table``'s keys a left-to-right, longest-first, non-overlapping scan
    would report (what a regex alternation of them finds): (start, end, key)."""
    best: dict[int, str] = {}
    for key, positions in found.items():
        if key in table:
            for pos in positions:
                if len(key) > len(best.get(pos, "")):
                    best[pos] = key
    out, end = [], 0
    for pos in sorted(best):
        if pos >= end:
            key = best[pos]
            out.append((pos, pos + len(key), key))
            end = pos + len(key)
    return out


# ---------------------------------------------------------------------------------------
# Prefilters read off the scan

#: most words a prefilter's gate may have (each is a key of the scan)
GATE_WORDS = 400
#: part of the cached gates' key: change it when :func:`_expand` tells other words
_GATE_VERSION = 1


def gate_of(pattern) -> tuple[frozenset, bool] | None:
    """Words every match of ``pattern`` (a standard-library pattern) begins with, and whether
    they are all its matches (a plain alternation of literals), or None when no such set of
    words of two characters or more can be told (a class of many characters, a repeat, a
    lookbehind, a flag before the second character): then the pattern scans for itself.
    Kept between runs with the pattern cache (parsing fifty patterns is ~7 ms at start-up)."""
    if not isinstance(pattern, re.Pattern) or pattern.flags & (re.I | re.X | re.L):
        return None
    key = f"{_GATE_VERSION}\x00{GATE_WORDS}\x00{pattern.flags}\x00{pattern.pattern}"
    told = rx.remember_text("gate", key, lambda: _told(pattern))
    if told == "-":
        return None
    return frozenset(told[1:].split("\x00")), told[0] == "1"


def _told(pattern) -> str:
    """:func:`gate_of` as text: ``-`` for none, else ``1`` (exact) or ``0`` and the words joined by NUL."""
    try:
        parsed = _sre()[0].parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - it compiled, so it parses
        return "-"
    states = _expand(list(parsed), [["", False]])
    if not states or any(len(w) < 2 or "\x00" in w for w, _ in states):
        return "-"  # a NUL is no key of the scan (it joins the paragraphs)
    if len({w[0] for w, _ in states}) == 1:
        return "-"  # a pattern that begins with one character: the library's search jumps to it
    exact = not any(stopped for _, stopped in states)
    return ("1" if exact else "0") + "\x00".join(sorted({w for w, _ in states}))


def _sre():
    """The standard library's regex parser and its constants (moved under ``re`` in Python 3.11)."""
    try:
        from re import _constants, _parser
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants


def _compiled(pattern):
    """The standard library's compiled pattern behind ``pattern`` (itself, a lazy pattern of the
    engine's or of the facts family's), or None."""
    if isinstance(pattern, re.Pattern):
        return pattern
    compiled = getattr(pattern, "compiled", None)  # engine.patterns.LazyPattern
    if isinstance(compiled, re.Pattern):
        return compiled
    owner = getattr(getattr(pattern, "match", None), "__self__", None)  # checks.facts.lazy.Lazy
    return owner if isinstance(owner, re.Pattern) else None


def _expand(items, states):
    """The states ``[prefix, stopped]`` after the parsed ``items``: literals, small classes,
    alternations, groups and short bounded repeats extend the prefixes; anything else stops them
    (the prefix so far is still what every match begins with), and so does an item that would
    make more than :data:`GATE_WORDS` prefixes."""
    c = _sre()[1]

    for op, av in items:
        live = [s for s in states if not s[1]]
        if not live:
            break
        done = [s for s in states if s[1]]
        if op is c.LITERAL:
            for s in live:
                s[0] += chr(av)
            continue
        if op is c.IN:
            chars = _class_chars(av, c)
            if chars is None:
                new = None
            else:
                new = [[s[0] + ch, False] for s in live for ch in chars]
        elif op is c.BRANCH:
            new = []
            for alt in av[1]:
                new.extend(_expand(list(alt), [[s[0], False] for s in live]))
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            new = _expand(list(av[3]), [[s[0], False] for s in live])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] is not c.MAXREPEAT and av[1] <= 3:
            new = _repeat(av, live)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:  # one at least: its first, then stop
            new = _expand(list(av[2]), [[s[0], False] for s in live])
            for s in new:
                s[1] = True
        else:
            new = None
        if new is None or len(done) + len(new) > GATE_WORDS:
            for s in live:  # stop here: what every match begins with is the prefix so far
                s[1] = True
            continue
        states = done + new
    return states


def _repeat(av, live):
    """The states after ``{lo,hi}`` repeats of an item (``hi`` small): each count's, in turn."""
    lo, hi, item = av
    new, cur = [], [[s[0], False] for s in live]
    for k in range(hi + 1):
        if k >= lo:
            new.extend([[w, st] for w, st in cur])
        if k == hi:
            break
        if all(st for _, st in cur):  # stopped inside the item: the prefixes so far are the words
            if k < lo:
                new.extend(cur)
            break
        cur = _expand(list(item), [[w, st] for w, st in cur])
    return new


def _class_chars(av, c):
    """The characters of a class of a few literals and short ranges, or None."""
    out = []
    for op, v in av:
        if op is c.LITERAL:
            out.append(chr(v))
        elif op is c.RANGE and v[1] - v[0] < 16:
            out.extend(chr(x) for x in range(v[0], v[1] + 1))
        else:
            return None
    return list(dict.fromkeys(out)) if len(out) <= 16 else None
