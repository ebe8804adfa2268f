"""Slips the reading index cannot find: a character that no word around it explains (it stands
alone where a common word should be), replaced by a character that sounds the same, sounds alike
to a southern ear (生/森, 成/陈: build.fuzzy_reading) or looks alike (呆/保, 日/目:
data/shape-confusion.tsv), makes a word with its neighbours: 宗合 → 综合, 森态 → 生态, 呆障 → 保障.

The words that fit a character's neighbours are ranges of sorted arrays (see
build._confusion_tables): the two-character words that begin with the character before, or end with
the one after; the three-character words that begin with the two before, end with the two after, or
have the neighbours on both sides.  The other characters of the stretch must stand alone too: a slip in a
two-character word leaves its partner without a word (宗合: neither 宗 nor 合 makes one), a
character beside a word it already makes is rarely a slip for another (趋紧 is not 赶紧 mistyped).
Whether a candidate is a slip is for verdict.confident to say.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import repeat
from operator import rshift
from struct import unpack_from

from .evidence import FUNCTION_CHARS
from .index import WORD_BITS, Index

SAME, FUZZY, SHAPE, INITIAL = "same", "fuzzy", "shape", "initial"


def covered(index: Index, t: str, covers: dict | None = None) -> list[bool]:
    """For each position of the Chinese run ``t``, whether a common word of two or three characters
    covers it (a four-character word nearly always holds one).  The word bitmap (index.word_bits)
    answers most windows: they are no word at all.  ``covers``: the answers for runs already
    asked about (one paragraph's, kept by its caller), read and filled; the lists are shared, not to change."""
    if covers is not None:
        found = covers.get(t)
        if found is None:
            found = covers[t] = covered(index, t)
        return found
    n = len(t)
    b16 = t.encode("utf-16-be")
    if index.word_bits and len(b16) == 2 * n:
        return _covered_packed(index, n, b16)
    out = [False] * n
    for a in range(n - 1):
        for b in range(a + 2, min(n, a + 3) + 1):
            if index.common(t[a:b]):
                out[a:b] = [True] * (b - a)
    return out


def paragraph_cover(index: Index, text: str) -> bytes | None:
    """covered() of every Chinese run of ``text`` at once, one byte (0 or 1) a character of the
    paragraph (a run's slice is its answer): the paragraph's windows of two and of three characters
    packed by struct and tested against the sets of common words (Index.common_words) in C, not one
    Python step a window and a call a run (a draft's ~860 runs are ~11 characters long).  The words
    are Chinese only, so a window that is one lies inside a run, and a run's slice is what covered()
    of the run says.  None when the index keeps no such words or a character lies outside the Basic
    Multilingual Plane (covered() then asks the tables run by run)."""
    two, three = _common_sets(index)
    n = len(text)
    b = text.encode("utf-16-be")
    if not two or len(b) != 2 * n:
        return None
    if n < 2:
        return bytes(n)  # no window
    b += bytes(4)  # the last windows of four (three characters and the padding) are read whole
    pairs = [0] * (n - 1)  # the windows of two: those at even offsets, then at odd ones
    pairs[0::2] = unpack_from(f">{n // 2}I", b)
    pairs[1::2] = unpack_from(f">{(n - 1) // 2}I", b, 2)
    fours = [0] * (n - 2)  # the windows of four characters at every offset; their first three are a window of three
    for r in range(min(4, n - 2)):
        fours[r::4] = unpack_from(f">{len(range(r, n - 2, 4))}Q", b, 2 * r)
    f2 = int.from_bytes(bytes(map(two.__contains__, pairs)), "big")  # byte a: the window at a is a word
    f3 = int.from_bytes(bytes(map(three.__contains__, map(rshift, fours, repeat(16)))), "big")
    # a window covers its own characters: its byte moved onto each of them (the last byte is the last character)
    return ((f2 << 8) | f2 | (f3 << 16) | (f3 << 8) | f3).to_bytes(n, "big")


def _common_sets(index: Index) -> tuple:
    """(the common words of two Chinese characters, of three) as sets of packed integers, built once per index."""
    found = getattr(index, "_common_sets", None)
    if found is None:
        two, three = index.common_words
        found = index._common_sets = (frozenset(array("I", two)), frozenset(array("Q", three)))
    return found


def _covered_packed(index: Index, n: int, b16: bytes) -> list[bool]:
    """covered() of a run of ``n`` characters of the Basic Multilingual Plane (``b16``: its UTF-16)."""
    out = [False] * n
    bits, from_bytes = index.word_bits, int.from_bytes
    # the windows of two characters, then of three where one of its characters is still uncovered
    # (most are covered by a two-character word by then); Index.common probed straight (the word's
    # slot or a free one, see index.word_table; a common word is one from evidence_weight on)
    frequent = index.evidence_weight
    for width in (2, 3):
        slots, info, mod = index.word_tables[width - 2]
        fill = [True] * width
        for a in range(n - width + 1):
            if width == 3 and out[a] and out[a + 1] and out[a + 2]:
                continue
            key = from_bytes(b16[2 * a:2 * (a + width)], "big")
            h = key % WORD_BITS
            if bits[h >> 3] >> (h & 7) & 1:
                k = key % mod
                w = slots[k]
                while w != key and w:
                    k += 1
                    w = slots[k]
                if w and info[k] >= frequent:
                    out[a:a + width] = fill
    return out


def kind_of(index: Index, ch: str, alt: str) -> str | None:
    """How ``alt`` may have been typed as ``ch``: the same reading, a fuzzy one, a look-alike, or None."""
    c, a = ord(ch), ord(alt)
    codes = index.codes
    if c in codes and codes.get(c) == codes.get(a):
        return SAME
    if alt in index.shapes.get(ch, ""):
        return SHAPE
    fuzzy = index.fuzzy_codes
    if c in fuzzy and fuzzy.get(c) == fuzzy.get(a):
        return FUZZY
    return None


def confusable(index: Index, ch: str) -> frozenset:
    """The code points of the characters ``ch`` may have been typed for: read the same, read alike
    (fuzzy) or looking alike (see kind_of), remembered per character."""
    memo = getattr(index, "_confusable", None)
    if memo is None:
        memo = index._confusable = {}
    found = memo.get(ch)
    if found is None:
        c = ord(ch)
        out = set(map(ord, index.by_reading.get(index.codes.get(c), "")))
        out.update(map(ord, index.by_fuzzy.get(index.fuzzy_codes.get(c), "")))
        out.update(map(ord, index.shapes.get(ch, "")))
        out.discard(c)
        found = memo[ch] = frozenset(out)
    return found


#: how many neighbours' ranges each confusion table remembers (see _span_memos)
SPAN_MEMO = 1 << 14


def _span_memos(index: Index) -> tuple:
    """For each of index.confusion's tables, neighbour (the prefix) -> the characters its words take at
    the slip (see _lasts), remembered."""
    memos = getattr(index, "_confusion_spans", None)
    if memos is None or memos[0] is not index.confusion:
        memos = index._confusion_spans = (index.confusion, tuple({} for _ in index.confusion))
    return memos[1]


def _span(table, memo: dict, prefix: int) -> tuple:
    """The range (lo, hi) of ``table``'s keys that begin with ``prefix`` (its neighbours packed), for
    ``memo`` to keep (cleared when full).  Most neighbours begin no word: one search tells, and the
    range's end is sought only for the others."""
    if len(memo) >= SPAN_MEMO:
        memo.clear()
    lo = bisect_left(table, prefix << 16)
    if lo == len(table) or table[lo] >> 16 != prefix:
        return lo, lo
    return lo, bisect_left(table, (prefix + 1) << 16, lo)


def _fitting(index: Index, o: list[int], i: int, cover: list[bool], tables: tuple, memos: tuple):
    """(start, end, code point) for each word of two or three characters that fits the neighbours of
    position ``i`` (``o``: the run's code points) with a character confusable with its own (see
    confusable: asked only when a range holds words, for most lone characters stand between words) at
    ``i``; only where the neighbours it takes stand alone (``cover``).  ``tables``: index.confusion,
    ``memos``: their _span_memos."""
    rev2, rev3, mid3, fwd2, fwd3 = tables
    m_rev2, m_rev3, m_mid3, m_fwd2, m_fwd3 = memos
    n = len(o)
    ranges = []
    if i >= 1 and not cover[i - 1]:  # ? after o[i-1]
        ranges.append((i - 1, i + 1, fwd2, m_fwd2, o[i - 1]))
    if i + 1 < n and not cover[i + 1]:  # ? before o[i+1]
        ranges.append((i, i + 2, rev2, m_rev2, o[i + 1]))
    if i >= 2 and not cover[i - 2] and not cover[i - 1]:
        ranges.append((i - 2, i + 1, fwd3, m_fwd3, (o[i - 2] << 16) | o[i - 1]))
    if 1 <= i < n - 1 and not cover[i - 1] and not cover[i + 1]:
        ranges.append((i - 1, i + 2, mid3, m_mid3, (o[i - 1] << 16) | o[i + 1]))
    if i + 2 < n and not cover[i + 1] and not cover[i + 2]:
        ranges.append((i, i + 3, rev3, m_rev3, (o[i + 2] << 16) | o[i + 1]))
    if not ranges:
        return
    conf = None
    for s, e, table, spans, prefix in ranges:
        lasts = _lasts(table, spans, prefix)  # the neighbours recur: their range is bisected once
        if lasts:
            if conf is None:
                conf = confusable(index, chr(o[i]))
            # the words' characters at the slip among the confusable ones, in C: a neighbour's range
            # holds tens to thousands of words (的…, …和), few of them fit
            for code in sorted(conf.intersection(lasts)):
                yield s, e, code


def _lasts(table, memo: dict, prefix: int):
    """The characters (code points) the words of ``table`` that begin with ``prefix`` end with (the keys'
    low lane: for the backward tables, the character at the slip), kept in ``memo`` (see _span): its
    range the first time (the characters read off it once, as an iterator), a set of them from the
    second on (a neighbour like 的 stands beside hundreds of lone characters of a draft, and its range
    was read again each time; a set made at the first meeting cost more than one reading in a new
    process, where most neighbours are met once).  Empty (falsy) when no word begins with it."""
    got = memo.get(prefix)
    if got is None:
        lo, hi = _span(table, memo, prefix)
        memo[prefix] = (lo, hi) if lo < hi else _NO_CHARACTERS
        return map(_LOW, table[lo:hi]) if lo < hi else _NO_CHARACTERS
    if type(got) is tuple:
        got = memo[prefix] = frozenset(map(_LOW, table[got[0]:got[1]]))
    return got


#: a key's low lane (its last character); what _lasts keeps for a neighbour no word begins with
_LOW, _NO_CHARACTERS = (0xFFFF).__and__, frozenset()


def candidates(index: Index, t: str, base: int = 0, covers: dict | None = None):
    """(start, end, written, suggested, position of the slip, kind) for each lone character of the
    Chinese run ``t`` (at ``base`` in its paragraph) that, replaced by a confusable character,
    makes a word of two or three characters with its neighbours (whose other characters stand
    alone too: the suggestion would not take a character from a word it already makes)."""
    if not len(index.confusion[3]):
        return
    o = [ord(c) for c in t]
    cover = covered(index, t, covers)
    m_fwd3, m_rev3 = _shape_memos(index)
    tables, memos = index.confusion, _span_memos(index)
    _rev2, rev3, _mid3, _fwd2, fwd3 = tables
    shapes = index.shapes
    n = len(t)
    for i, ch in enumerate(t):
        if cover[i] or ch in FUNCTION_CHARS:
            continue
        if (i and not cover[i - 1]) or (i + 1 < n and not cover[i + 1]):  # a lone neighbour: words may fit
            for s, e, code in _fitting(index, o, i, cover, tables, memos):
                kind = kind_of(index, ch, chr(code))
                if kind is not None:
                    written = t[s:e]
                    yield base + s, base + e, written, written[:i - s] + chr(code) + written[i - s + 1:], base + i, kind
        # a look-alike in a word of three whose other two characters, before or after it, common words
        # cover (联络逢 → 联络处: the slip leaves a word and a lone character; see shapes.py)
        alts = shapes.get(ch)
        if not alts:
            continue
        # (a range remembered empty, as most are, is told here, without a call)
        if i >= 2 and cover[i - 1] and cover[i - 2] and m_fwd3.get((o[i - 2] << 16) | o[i - 1]) is not _EMPTY:
            hit = _fits(fwd3, m_fwd3, (o[i - 2] << 16) | o[i - 1], alts)
            if hit:
                yield from _word_shapes(index, t, base, i, i - 2, hit)
        if i + 2 < n and cover[i + 1] and cover[i + 2] and m_rev3.get((o[i + 2] << 16) | o[i + 1]) is not _EMPTY:
            hit = _fits(rev3, m_rev3, (o[i + 2] << 16) | o[i + 1], alts)
            if hit:
                yield from _word_shapes(index, t, base, i, i, hit)


#: the kind of a look-alike in a three-character word whose other two characters are a word (see shapes.py)
WORD_SHAPE = "word-shape"


def _word_shapes(index: Index, t: str, base: int, i: int, s: int, codes: list):
    """The candidates of the stretch t[s:s + 3] with its character at ``i`` replaced by one of ``codes``:
    the word suggestable, the written stretch no word."""
    for code in codes:
        written = t[s:s + 3]
        suggested = written[:i - s] + chr(code) + written[i - s + 1:]
        if index.suggestable(suggested) and not index.knows(written):
            yield base + s, base + s + 3, written, suggested, base + i, WORD_SHAPE


def _shape_memos(index: Index) -> tuple:
    """For the two tables of three-character words _fits reads, neighbours -> their range, kept with the index."""
    memos = getattr(index, "_shape_memos", None)
    if memos is None or memos[2] is not index.confusion:
        memos = index._shape_memos = ({}, {}, index.confusion)
    return memos[:2]


def _fits(table, memo: dict, prefix: int, alts: str) -> list:
    """The code points of ``alts`` (characters) in the low lane of the ``table``'s range for ``prefix`` (two
    characters packed): the look-alikes that complete a word of three with those neighbours.  The range is
    remembered by its neighbours; a short one is read whole, a long one (工作…: hundreds of words) asked once
    per look-alike."""
    span = memo.get(prefix)
    if span is None:
        span = _span(table, memo, prefix)
        if span[0] == span[1]:
            span = _EMPTY
        memo[prefix] = span
    lo, hi = span
    if lo >= hi:
        return _NONE
    if hi - lo <= len(alts):
        return [c for c in (k & 0xFFFF for k in table[lo:hi]) if chr(c) in alts]
    key = prefix << 16
    found = []
    for a in map(ord, alts):
        j = bisect_left(table, key | a, lo, hi)
        if j < hi and table[j] == key | a:
            found.append(a)
    return found


_NONE: list = []
#: the range of neighbours no word of three begins or ends with, as _fits remembers it (one object, told by identity)
_EMPTY = (0, 0)


def _phrase_halves(index: Index):
    """(a pattern finding either half of any set phrase of our own vocabulary of four or more
    characters, half -> [(phrase, where the half starts in it)]), built once per index."""
    found = getattr(index, "_phrase_halves", None)
    if found is None:
        from ...util import rx
        from ...util.trie import trie_pattern

        halves: dict[str, list] = {}
        for p in index.own_words:
            if len(p) >= 4:
                h = len(p) // 2
                halves.setdefault(p[:h], []).append((p, 0))
                halves.setdefault(p[h:], []).append((p, h))
        # the halves as one trie (a phrase has two halves: when a match hides one, the other is found)
        pattern = rx.stdlib("(" + trie_pattern(halves) + ")") if halves else None
        found = index._phrase_halves = (pattern, halves)
    return found


def phrase_candidates(index: Index, text: str):
    """(start, end, written, phrase, position of the slip, kind) for each stretch of ``text`` that
    differs from a set phrase of our own vocabulary (terms.tsv, the lexicon) in one character,
    mistyped by reading, by shape or by its initial (改革开发 for 改革开放: k-f typed, 开发
    offered), the stretch itself no word."""
    pattern, halves = _phrase_halves(index)
    if pattern is None:
        return
    seen = set()
    for start, half in _halves_in(pattern, halves, text):
        for p, off in halves[half]:
            s = start - off
            e = s + len(p)
            if s < 0 or e > len(text) or (s, p) in seen or _other_half_far(text, s, e, p, off, len(half)):
                continue
            seen.add((s, p))
            written = text[s:e]
            diff = [k for k in range(len(p)) if written[k] != p[k]]
            if len(diff) != 1:
                continue
            ch, alt = written[diff[0]], p[diff[0]]
            if ch in _PREPOSITIONS and alt in _PREPOSITIONS:
                continue  # 用科学发展观统领 for 以……: one preposition for another says the same (published108)
            kind = kind_of(index, ch, alt)
            if kind is None:
                ini = index.initial_codes
                if ord(ch) in ini and ini.get(ord(ch)) == ini.get(ord(alt)):
                    kind = INITIAL
            at = s + diff[0]
            if kind is None or index.knows(written) or _joins_outside(index, text, s, e, at) or (
                    e < len(text) and text[e] in _VERB_AFTER) or _regular_head(index, p, written, diff[0]) or \
                    _common_phrase_outside_its_list(index, text, s, e, p) or _begins_in_a_word(index, text, s, at):
                continue
            yield s, e, written, p, at, kind


#: prepositions of means that stand for one another at a set phrase's head (以/用……统领, 按/依……要求)
_PREPOSITIONS = frozenset("以用按依凭")


def _other_half_far(text: str, s: int, e: int, p: str, off: int, h: int) -> bool:
    """Whether the half of ``p`` the text was not matched on (text[s:e] holds the other, ``h`` characters
    from ``off``) differs from the text in its first two characters both: two slips, or none of the
    phrase at all (of ~3,500 phrases a 10,000-character draft's halves bring, ~30 differ in one
    character).  A test of two characters before the whole stretch is compared."""
    a, b = (s, s + off) if off else (s + h, e)  # the other half in the text, and in the phrase
    q = a - s
    return text[a] != p[q] and b - a > 1 and text[a + 1] != p[q + 1]


def _halves_in(pattern, halves: dict, text: str):
    """(offset, half) for every half of a set phrase in ``text``, overlapping ones included (深化改革开发:
    the half 改革 of 改革开放 inside 深化改革, which a plain finditer consumes as a half of 深化改革),
    and the shorter halves a longer one found at the same offset begins with.  Only a half of three
    or more characters is searched inside (most are two, and a search at every offset costs twice)."""
    for m in pattern.finditer(text):
        found, at = m.group(1), m.start()
        yield at, found
        if len(found) < 3:
            continue
        yield from _prefixes(halves, at, found)
        for i in range(at + 1, m.end() - 1):
            inner = pattern.match(text, i)
            if inner is not None:
                yield i, inner.group(1)
                yield from _prefixes(halves, i, inner.group(1))


def _prefixes(halves: dict, at: int, found: str):
    """(at, half) for the shorter halves ``found`` begins with (特色社会主义 in 特色社会主义思想)."""
    for k in range(2, len(found)):
        if found[:k] in halves:
            yield at, found[:k]


#: heads that make a regular compound with any noun before them (商会建设 is the chambers' own
#: building-up, not 社会建设 written wrong)
_PRODUCTIVE_HEADS = frozenset(("建设", "工作", "管理", "服务", "防控"))


def _regular_head(index: Index, phrase: str, written: str, slip: int) -> bool:
    """The slip changes the phrase's first half into another common word before a productive head
    that is the phrase's unchanged second half: the written text is a compound as regular as the
    phrase (商会|建设 beside 社会|建设; 狱情|防控, a prison's term, beside 疫情|防控).  A changed head (改革开发) or a changed modifier before another
    head (权利清单) is still a candidate."""
    h = len(phrase) // 2
    return slip < h and phrase[h:] in _PRODUCTIVE_HEADS and (index.common(written[:h]) or index.knows(written[:h]))


#: how far from the stretch (characters, either side) another member of its list must stand
_LIST_REACH = 24


def _common_phrase_outside_its_list(index: Index, text: str, s: int, e: int, phrase: str) -> bool:
    """The phrase is a member of a list formulation only (自我革新 of 自我净化、自我完善、自我革新、自我提高), the written
    stretch is two common words (自我|更新, an ordinary phrase: 在变革中达到自我更新, published80), and no other member
    of the list stands near it: the stretch says what it says.  Beside 自我净化、自我完善 or 自我提高 the list is
    written, and 自我更新 there is a slip for 自我革新."""
    siblings = index.list_siblings.get(phrase)
    if not siblings:
        return False
    h = len(phrase) // 2
    written = text[s:e]
    if not (index.common(written[:h]) and index.common(written[h:])):
        return False
    near = text[max(0, s - _LIST_REACH):e + _LIST_REACH]
    return not any(m in near for m in siblings)


#: a complement or aspect particle after the stretch makes its last word a verb (大家意识到: 意识到),
#: so the stretch is not the set phrase, a noun (大局意识), written wrong
_VERB_AFTER = frozenset("到了着过")


def _joins_outside(index: Index, text: str, s: int, e: int, at: int) -> bool:
    """Whether the character at the stretch's edge makes a common word with the text beside it
    (系统学习党章党规: 习 ends 学习, it is no slip in 学党章党规), or ends a known word of three
    characters there (道路网化建设: 网 ends 道路网, it is no slip in 文化建设), or its word inside the stretch
    begins a known word of four with the two characters after it (以科学发展观统揽全局: 统揽全局, not 统领)."""
    if at == s and s > 0:
        return index.common(text[s - 1:s + 1]) or (s > 1 and index.knows(text[s - 2:s + 1]))
    return at == e - 1 and e < len(text) and (index.common(text[e - 1:e + 1]) or index.knows(text[e - 1:e + 2])
                                                or index.knows(text[e - 2:e + 2]) or _split_four(index, text, e))


#: what ends the clause a verb's object lies in, for _split_four
_CLAUSE_END = frozenset("，。；：！？、,.;:!?")
#: how far into its clause _split_four looks for the word's other half (characters)
_SPLIT_REACH = 16


def _split_four(index: Index, text: str, e: int) -> bool:
    """Whether the word of two characters ending the stretch at ``e`` (统揽) begins a known word of four whose
    other half stands later in its clause, the object's modifiers between (以科学发展观统揽经济社会发展全局:
    统揽……全局, published in county reports of 2008-2012; dev-prec433): a verb-object word written apart,
    not a slip in the set phrase (以科学发展观统领)."""
    head = text[e - 2:e]
    for j in range(e, min(len(text) - 1, e + _SPLIT_REACH)):
        if text[j] in _CLAUSE_END:
            return False
        if index.knows(head + text[j:j + 2]):
            return True
    return False


def _begins_in_a_word(index: Index, text: str, s: int, at: int) -> bool:
    """Whether the stretch's first character ends a known word of three or four characters begun before it and
    the slip lies after it (在年级组和教研组中建设中: 组 ends 教研组, so 组中建设 is no 组织建设 mistyped; dev-prec433).
    A slip at the first character is _joins_outside's to tell."""
    return at > s and any(s >= k and index.knows(text[s - k:s + 1]) for k in (2, 3))
