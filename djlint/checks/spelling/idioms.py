"""Slips inside a four-character idiom the confusion tables do not pair: a character of a well-known idiom
written as another that neither sounds nor looks like it (猝不及防 written 措不及防, 游刃有余 written 迎刃有余,
置身事外 written 置身度外, 耳提面命 written 耳提而命).  The reading index (candidates.py) and the confusion sets
(confusion.py) propose only a character of the same or a similar reading or shape, so such a slip was
never a candidate.

A candidate here is four characters in a row, no word, three of them those of an idiom in the same places
(an idiom of jieba's dictionary, tagged ``i``, counted at least MIN_IDIOM_COUNT times), the fourth standing
alone (no common word of two or three characters covers it: confusion.covered), and another of the four too.
The idioms' frames (each idiom with one character zeroed, four an idiom) are a sorted array in the cache file,
gated by a small bitmap, and so are the idioms by their characters (what :func:`resembles` asks).  Whether a
candidate is a slip is for :func:`suspect`, then verdict.confident at verdict.CONFUSION_GAIN["idiom"], to say
(verdict.idiom_slip).
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import compress
from operator import not_
from struct import Struct

from .confusion import kind_of
from .index import Index, pack, words_at

#: jieba's part-of-speech tag for idioms (成语).  Not its set expressions (``l``, 习用语: 对外开放, 粮食作物, 有求必应):
#: with them the correct prose measured drew 2 findings more (守业有责, 守土尽责 read as 守土有责), the slip lists none
IDIOM_TAGS = frozenset({"i"})
#: an idiom is a frame for slips from this count in jieba's dictionary on: most idioms it holds are at its
#: placeholder count (18,000 of 22,000 are counted under 10) and are rarely written at all, where the
#: idioms a report reaches for (游刃有余 100, 猝不及防 142, 耳提面命 15) are counted in the tens and more.  At 3
#: (every idiom) the correct prose measured (corpus, samples, dev-prec423-425, published57-84: ~770,000
#: characters) drew 10 findings (以案为戒, 同心同向, 踔厉奋进, 与邻为善, 应报尽报 …) and the slip lists none more
MIN_IDIOM_COUNT = 10
#: bits of the frames' bitmap (a prime, 128 KB): four frames an idiom over ~4,000 idioms set ~1.5% of them
FRAME_BITS = 1048573
#: a written character that makes a pair with its neighbour in the stretch this common among the dictionary's
#: words (index.pair_score: 100 x the log of the pair's frequency-weighted count, /100) is at home there: 不渝
#: of 坚定不渝 (3.6: 始终不渝, 矢志不渝, 坚贞不渝) is a variant's, not a slip's; the slips of the lists read
#: at most 2.5 (度外 of 置身度外, 迎刃 of 迎刃有余)
AT_HOME = 3.0
EPS = 1e-9
#: the kind of these candidates (verdict.CONFUSION_GAIN has its bar)
IDIOM = "idiom"


def frames(idioms) -> tuple:
    """What the index keeps of the four-character ``idioms``: (sorted frames, the character each frame lacks,
    the frames' bitmap, each idiom's characters sorted, the idioms packed in the same order).  A frame is an
    idiom packed (index.pack) with one character's lane zeroed."""
    pairs, held = [], set()
    for w in idioms:
        key = pack(w) if len(w) == 4 else None
        if key is None:
            continue
        for lane in (0, 16, 32, 48):
            pairs.append(((key & ~(0xFFFF << lane)), (key >> lane) & 0xFFFF))
        held.update((ord(c), key) for c in w)
    pairs.sort()
    bits = bytearray((FRAME_BITS + 7) // 8)
    for k, _c in pairs:
        h = k % FRAME_BITS
        bits[h >> 3] |= 1 << (h & 7)
    held = sorted(held)
    return (array("Q", [k for k, _c in pairs]), array("H", [c for _k, c in pairs]), bytes(bits),
            array("H", [c for c, _w in held]), array("Q", [w for _c, w in held]))


def candidates(index: Index, t: str, base: int, cover):
    """(start, end, written, idiom, position of the slip, IDIOM) for each stretch of four characters of the
    Chinese run ``t`` (at ``base``) that is no word and has three characters of one idiom (and of no other) in
    their places, the fourth standing alone (``cover``: confusion.covered of the run) and another of the four
    as well: a slip breaks the idiom, so what it leaves of it does not all join other words (措|不及|防).  Only
    those windows are looked at (about one character in six of a report stands alone, and half of those have
    another within three characters); a window with three lone characters is looked at once for each pair."""
    keys = index.idiom_keys
    n = len(t)
    if n < 4 or not len(keys) or cover.count(0) < 2:  # (a list of truths or bytes of 0 and 1: told in C)
        return
    free = list(compress(range(n), map(not_, cover)))
    b = t.encode("utf-16-be")
    if len(b) != 2 * n:
        return
    bits, quad, masks = index.idiom_bits, _QUAD.unpack_from, _MASKS
    # each pair of lone characters at most three apart, p before q: the windows holding both, either the slip
    for f in range(len(free) - 1):
        p, q = free[f], free[f + 1]
        if q - p > 3:
            continue
        for s0 in range(max(0, q - 3), min(p, n - 4) + 1):
            packed = quad(b, 2 * s0)[0]
            # p, unless the window holds the lone character before it too (that pair tried p in this window)
            for i in ((q,) if f and free[f - 1] >= s0 else (p, q)):
                key = packed & masks[i - s0]
                h = key % FRAME_BITS
                if bits[h >> 3] >> (h & 7) & 1:
                    yield from _framed(index, t, base, s0, i, key)


def _framed(index: Index, t: str, base: int, s0: int, i: int, key: int):
    """The candidate of the window t[s0:s0 + 4] whose frame (the window packed, the slip at ``i`` zeroed)
    is ``key``, when one idiom and no other has that frame."""
    keys = index.idiom_keys
    j = bisect_left(keys, key)
    if j == len(keys) or keys[j] != key or (j + 1 < len(keys) and keys[j + 1] == key):
        return  # no idiom has the frame, or several do (同心协力, 同心戮力: a frame slogans fill)
    written = t[s0:s0 + 4]
    idiom = written[:i - s0] + chr(index.idiom_chars[j]) + written[i - s0 + 1:]
    if not index.knows(written) and index.suggestable(idiom):
        yield base + s0, base + s0 + 4, written, idiom, base + i, IDIOM


#: the mask that zeroes the lane of a window's character at offset k (0 the first) in its packed value
_MASKS = tuple(~(0xFFFF << (16 * (3 - k))) for k in range(4))
#: four characters packed as one integer, read straight from a run's UTF-16 bytes (index.pack's value)
_QUAD = Struct(">Q")


def frequent_idiom(index: Index, word: str) -> bool:
    """Whether ``word`` is one of the frame table's idioms (four characters, counted at least MIN_IDIOM_COUNT)."""
    keys = index.idiom_keys
    key = pack(word) if len(word) == 4 else None
    if key is None or not len(keys):
        return False
    frame, c = key & ~0xFFFF, key & 0xFFFF
    j = bisect_left(keys, frame)
    chars = index.idiom_chars
    while j < len(keys) and keys[j] == frame:
        if chars[j] == c:
            return True
        j += 1
    return False


def resembles(index: Index, written: str, idiom: str, k: int) -> bool:
    """Whether the character written at ``k`` has something of the idiom's: it reads the same or alike, or
    looks alike (confusion.kind_of), or it is another frequent idiom's that the written stretch runs into:
    that idiom holds the written character beside the same neighbour (迎刃而解 behind 迎刃有余) or two more
    of the written characters (措手不及 behind 措不及防, 置之度外 behind 置身度外).  A first sound shared is
    not enough (各扬所长 is a slogan's, not 各有所长 mistyped)."""
    ch = written[k]
    if kind_of(index, ch, idiom[k]) is not None:
        return True
    rest = set(written[:k] + written[k + 1:])  # each character once (同心同向 holds one 同 twice)
    pairs = [written[j:j + 2] for j in (k - 1, k) if 0 <= j < len(written) - 1]
    return any(w != idiom and (len(rest.intersection(w)) >= 2 or any(p in w for p in pairs))
               for w in idioms_with(index, ch))


def idioms_with(index: Index, ch: str) -> list[str]:
    """The frame table's idioms that hold the character ``ch`` (a range of index.idiom_by_char)."""
    return words_at(index.idiom_by_char, index.idiom_words, ord(ch))


def suspect(index: Index, written: str, idiom: str, k: int) -> bool:
    """Whether the candidate (the slip at ``k``) resembles a slip (see resembles) and its written character is
    not at home beside its neighbours in the stretch (see AT_HOME)."""
    return resembles(index, written, idiom, k) and not any(
        index.pair_score(written[j:j + 2]) >= AT_HOME - EPS for j in (k - 1, k) if 0 <= j < 3)
