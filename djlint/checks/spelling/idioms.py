"""Slips inside a four-character idiom the confusion tables do not pair: a character of a well-known idiom
written as another that neither sounds nor looks like it (猝不及防 written 措不及防, 游刃有余 written 迎刃有余,
置身事外 written 置身度外, 耳提面命 written 耳提而命).  The reading index (candidates.py) and the confusion sets
(confusion.py) propose only a character of the same or a similar reading or shape, so such a slip was
never a candidate.

A candidate here is four characters in a row, no word, three of them those of an idiom in the same places
(an idiom of jieba's dictionary, tagged ``i`` or ``l``, counted at least MIN_IDIOM_COUNT times), the fourth
standing alone (no common word of two or three characters covers it: confusion.covered).  The idioms' frames
(each idiom with one character zeroed, four a word) are a sorted array in the cache file, gated by a small
bitmap; whether a candidate is a slip is verdict.confident's to say, at verdict.CONFUSION_GAIN["idiom"].
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

from .index import Index, pack, unpack

#: jieba's part-of-speech tags for idioms (成语) and set expressions (习用语)
IDIOM_TAGS = frozenset({"i"})
#: an idiom is a frame for slips from this count in jieba's dictionary on: most idioms it holds are at its
#: placeholder count (18,000 of 22,000 are counted under 10) and are rarely written at all, where the
#: idioms a report reaches for (游刃有余 100, 猝不及防 142, 耳提面命 15) are counted in the tens and more
MIN_IDIOM_COUNT = 10
#: bits of the frames' bitmap (a prime): ~4 frames a idiom over ~5,000 idioms set ~8% of them
FRAME_BITS = 262139
#: a written character that makes a pair with its neighbour in the stretch this common among the dictionary's
#: words (index.pair_score: 100 x the log of the pair's frequency-weighted count, /100) is at home there: 不渝
#: of 坚定不渝 (3.6: 始终不渝, 矢志不渝, 坚贞不渝) is a variant's, not a slip's; the slips of the lists read
#: at most 2.5 (度外 of 置身度外, 迎刃 of 迎刃有余)
AT_HOME = 3.0
EPS = 1e-9
#: the kind of these candidates (verdict.CONFUSION_GAIN has its bar)
IDIOM = "idiom"


def frames(idioms) -> tuple:
    """(sorted frames, the character each frame lacks, the frames' bitmap) of the four-character ``idioms``:
    a frame is the idiom packed (index.pack) with one character's lane zeroed."""
    pairs = []
    for w in idioms:
        key = pack(w) if len(w) == 4 else None
        if key is None:
            continue
        for lane in (0, 16, 32, 48):
            pairs.append(((key & ~(0xFFFF << lane)), (key >> lane) & 0xFFFF))
    pairs.sort()
    bits = bytearray((FRAME_BITS + 7) // 8)
    for k, _c in pairs:
        h = k % FRAME_BITS
        bits[h >> 3] |= 1 << (h & 7)
    return array("Q", [k for k, _c in pairs]), array("H", [c for _k, c in pairs]), bytes(bits)


def candidates(index: Index, t: str, base: int, cover):
    """(start, end, written, idiom, position of the slip, IDIOM) for each stretch of four characters of the
    Chinese run ``t`` (at ``base``) that is no word and has three characters of an idiom in their places, the
    fourth standing alone (``cover``: confusion.covered of the run)."""
    keys = index.idiom_keys
    n = len(t)
    if n < 4 or not len(keys):
        return
    b = t.encode("utf-16-be")
    if len(b) != 2 * n:
        return
    bits, chars, from_bytes = index.idiom_bits, index.idiom_chars, int.from_bytes
    for i in range(n):
        if cover[i]:
            continue
        for s0 in range(max(0, i - 3), min(i, n - 4) + 1):
            lane = 16 * (3 - (i - s0))
            pw = from_bytes(b[2 * s0:2 * s0 + 8], "big")
            key = pw & ~(0xFFFF << lane)
            h = key % FRAME_BITS
            if not bits[h >> 3] >> (h & 7) & 1:
                continue
            j = bisect_left(keys, key)
            if j == len(keys) or keys[j] != key or (j + 1 < len(keys) and keys[j + 1] == key):
                continue  # no idiom has the frame, or several do (同心协力, 同心戮力: a frame slogans fill)
            written = t[s0:s0 + 4]
            idiom = written[:i - s0] + chr(chars[j]) + written[i - s0 + 1:]
            if not index.knows(written) and index.suggestable(idiom):
                yield base + s0, base + s0 + 4, written, idiom, base + i, IDIOM


def resembles(index: Index, written: str, idiom: str, k: int) -> bool:
    """Whether the character written at ``k`` has something of the idiom's: read the same or alike, looks
    alike (confusion.kind_of), begins with the same sound (猝/措 c-, 游/迎 y-: index.initial_codes), or is
    another frequent idiom's that holds two more of the written characters (措手不及 behind 措不及防, 置之度外
    behind 置身度外: two idioms run together)."""
    from .confusion import kind_of

    ch, alt = written[k], idiom[k]
    if kind_of(index, ch, alt) is not None:
        return True
    initials = index.initial_codes
    if ord(ch) in initials and initials.get(ord(ch)) == initials.get(ord(alt)):
        return True
    rest = written[:k] + written[k + 1:]
    return any(w != idiom and sum(c in w for c in rest) >= 2 for w in _idioms_with(index).get(ch, ()))


def _idioms_with(index: Index) -> dict:
    """Character -> the frame table's idioms that hold it, built from the frames once per index."""
    found = getattr(index, "_idioms_with", None)
    if found is None:
        words = set()
        for key, c in zip(index.idiom_keys, index.idiom_chars):
            lane = next(n for n in (0, 16, 32, 48) if not (key >> n) & 0xFFFF)
            words.add(unpack(key | (c << lane)))
        found = {}
        for w in sorted(words):
            for ch in set(w):
                found.setdefault(ch, []).append(w)
        index._idioms_with = found
    return found


def slip(index: Index, text: str, s: int, e: int, at: int, written: str, idiom: str) -> float | None:
    """The likelihood gain (evidence.gain) when the candidate is a plausible slip (see resembles and
    verdict.confident, kind IDIOM), else None."""
    from .verdict import confident

    k = at - s
    if not resembles(index, written, idiom, k) or any(
            index.pair_score(written[j:j + 2]) >= AT_HOME - EPS for j in (k - 1, k) if 0 <= j < 3):
        return None
    return confident(index, text, s, e, at, written, idiom, IDIOM, None)
