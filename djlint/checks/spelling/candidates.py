"""Candidates: every stretch of a Chinese run that reads like a suggestable word (or becomes one
when a look-alike character is put back), differs from it in exactly one character (or, for a
four-character word, in both characters of one half: 罐车落实 for 贯彻落实) and is no word itself.
Whether a candidate is a slip is for :mod:`.verdict` to say."""
from __future__ import annotations

from bisect import bisect_left

from ...util import rx
from .confusion import covered, paragraph_cover
from .index import (
    BITMAP_BITS,
    CODE_BITS,
    MAX_LEN,
    MIN_LEN,
    PACKED_MAX,
    WORD_BITS,
    Index,
    find,
    reading_codes,
    unpack,
)

#: a run of Chinese characters long enough to hold a word
HAN_RUN = rx.stdlib(r"[\u4e00-\u9fff]{2,}")


def candidates(index: Index, text: str, covers: dict | None = None):
    """(start, end, written, suggested, position of the slip) for every stretch of a Chinese run
    that reads like a suggestable word, differs from it in exactly one character (or in one half of a
    four-character word: the position is then the half's first) and is no word.
    ``covers``: confusion.covered of the runs, kept for the caller (the paragraph's confusion
    candidates read the same)."""
    if covers is None:
        covers = {}
    whole = paragraph_cover(index, text)  # the runs' covers from one pass over the paragraph
    look = index.look_alikes
    for run in HAN_RUN.finditer(text):
        t, base = run.group(), run.start()
        cover = covers.get(t)
        if cover is None:
            # the slice itself (bytes of 0 and 1): every reader of a cover tests its items' truth or copies it to bytes
            cover = covers[t] = covered(index, t) if whole is None else whole[base:run.end()]
        yield from _packed_run(index, t, base, cover)
        n = len(t)
        if look and not look.keys().isdisjoint(t):  # most runs hold no character of the table: told in C
            for k, ch in enumerate(t):
                if ch in look:
                    yield from _look_alike(index, t, base, k)
        if index.shapes and n >= 4:
            yield from _shape_in_four(index, t, base, covers)


#: how many windows of each length _packed_run remembers (what a window's characters give is
#: the same wherever it stands: the words of its reading that differ from it in one character)
WINDOW_MEMO = 1 << 14


def _window_memos(index: Index) -> tuple:
    """The window memos of _packed_run (packed characters -> ((suggested, slip offset), ...)), one a length."""
    memos = getattr(index, "_window_memos", None)
    if memos is None:
        memos = index._window_memos = ({}, {}, {})
    return memos


def _window(index: Index, t: str, k: int, L: int, tagged: int, pw: int, memo: dict) -> tuple:
    """What the window t[k:k + L] (read as ``tagged``, its characters packed as ``pw``) gives:
    ((suggested, slip offset), ...), none when it is a word (most are, written right)."""
    if len(memo) >= WINDOW_MEMO:
        memo.clear()
    bits = index.word_bits
    h = pw % WORD_BITS
    if not bits or bits[h >> 3] >> (h & 7) & 1:  # no bit, no word: most windows not written right are told here
        if find(index.word_tables[L - 2], pw) >= 0:
            return ()
    found = tuple((suggested, slip - k) for _s, _e, _w, suggested, slip in _differing_packed(index, t, 0, k, L, tagged, pw))
    if len(found) > 1 and L == PACKED_MAX:
        # a word one character away explains the window better than one a whole half away
        # (任重致员 is 任重致远, not 任重至远)
        one = tuple(f for f in found if sum(a != b for a, b in zip(t[k:k + L], f[0])) == 1)
        found = one or found
    return found


def _packed_run(index: Index, t: str, base: int, cover: list):
    """The stretches of two to PACKED_MAX characters of the run ``t`` (at ``base``) that read like a
    suggestable word and differ from it in one character, and the words longer than that.  What a
    window gives is remembered by its characters (see WINDOW_MEMO): a draft repeats its words.
    A two-character stretch whose slip a common word covers (``cover``: confusion.covered of the run)
    is left out, and a window of two covered characters is not asked about (see COVERED_TWO)."""
    bitmap, long_starts = index.bitmap, index.long_starts
    tag2, tag3, tag4 = 2 << (2 * CODE_BITS), 3 << (3 * CODE_BITS), 4 << (4 * CODE_BITS)
    rc = reading_codes(index, t)
    b = t.encode("utf-16-be")  # HAN_RUN is in the Basic Multilingual Plane: two bytes a character
    n = len(t)
    memos = _window_memos(index)
    # straight-line per length (no loop over the lengths, no tuples): most windows are covered or miss
    # the bitmap, and only a hit calls _hits; a window of covered characters is told before its bit
    for k in range(n - 1):
        key = (rc[k] << CODE_BITS) | rc[k + 1]
        both = cover[k] and cover[k + 1]
        if not both:
            h = (tag2 | key) % BITMAP_BITS
            if bitmap[h >> 3] >> (h & 7) & 1:
                yield from _hits(index, t, base, k, 2, tag2 | key, b, memos[0], cover)
        if k + 2 >= n:
            break
        key = (key << CODE_BITS) | rc[k + 2]
        if not (both and cover[k + 2]):
            h = (tag3 | key) % BITMAP_BITS
            if bitmap[h >> 3] >> (h & 7) & 1:
                yield from _hits(index, t, base, k, 3, tag3 | key, b, memos[1], cover)
        if k + 3 >= n:
            continue
        key = (key << CODE_BITS) | rc[k + 3]
        h = (tag4 | key) % BITMAP_BITS
        if bitmap[h >> 3] >> (h & 7) & 1:
            yield from _hits(index, t, base, k, 4, tag4 | key, b, memos[2], cover)
        if k + PACKED_MAX < n and (tag4 | key) in long_starts:
            yield from _long(index, t, base, k)


def _hits(index: Index, t: str, base: int, k: int, L: int, tagged: int, b: bytes, memo: dict, cover: list):
    """The candidates of the window t[k:k + L] whose reading (``tagged``) the bitmap lets through, its
    answer remembered in ``memo`` by its characters (``b``: the run in UTF-16); a two-character stretch
    whose slip a common word covers is left out (see COVERED_TWO)."""
    pw = int.from_bytes(b[2 * k:2 * (k + L)], "big")
    found = memo.get(pw)
    if found is None:
        found = memo[pw] = _window(index, t, k, L, tagged, pw, memo)
    for suggested, slip in found:
        if L > 2 or not cover[k + slip]:
            yield base + k, base + k + L, t[k:k + L], suggested, base + k + slip


#: COVERED_TWO: a two-character stretch of the word index whose slipped character a common word of two or
#: three characters covers in the run (confusion.covered), or three characters common words all cover, is no
#: candidate: the verdicts never took one (0 of 4,731 and 0 of 1,301 such candidates in ECSpell's odw, law and
#: med sentences; 226 and 78 candidates of a 10,000-character official draft, all turned away; see
#: benchmarks/results.md, speed14), for the covering words explain the characters (a stretch across two
#: words, 开会|一次; the covering word also asks for more evidence, verdict._extra_need).  Three characters
#: with one standing alone keep theirs (检查院 → 检察院: 检查 covers 查, 院 stands alone), and so does a
#: stretch of four or more.  Read off data, not a bound.


#: the longest word a look-alike is tried in
LOOK_ALIKE_MAX = 6


def _look_alike(index: Index, t: str, base: int, k: int):
    """Stretches around position ``k`` that become a suggestable word when its character is
    replaced by one that looks like it (戍边 for 戌边)."""
    n = len(t)
    bits = index.word_bits
    b = t.encode("utf-16-be") if bits else b""
    gate = len(b) == 2 * n  # every character packed in two bytes: the word bitmap may answer first
    from_bytes, long_words = int.from_bytes, index.long_words
    for alt in index.look_alikes[t[k]]:
        flip = ord(t[k]) ^ ord(alt)
        packed = gate and flip <= 0xFFFF
        u = t[:k] + alt + t[k + 1:]  # the run with the look-alike put back: each stretch is a slice of it
        for L in range(2, min(LOOK_ALIKE_MAX, n) + 1):
            for s0 in range(max(0, k - L + 1), min(k, n - L) + 1):
                if L <= PACKED_MAX:
                    # the fixed stretch, packed: no word of the index (suggestable and common ones are
                    # among its words) when its bit is clear, and most are not words
                    if packed:
                        h = (from_bytes(b[2 * s0:2 * (s0 + L)], "big") ^ (flip << (16 * (s0 + L - 1 - k)))) % WORD_BITS
                        if not bits[h >> 3] >> (h & 7) & 1:
                            continue
                    fixed = u[s0:s0 + L]
                    # a look-alike is a rarer slip than a homophone, so candidates are few: any common
                    # short word may be the one meant (整冶 → 整治, 入次 → 人次)
                    if not (index.suggestable(fixed) or (L < MIN_LEN and index.common(fixed))):
                        continue
                elif u[s0:s0 + L] not in long_words:  # Index.suggestable of a longer word, asked straight
                    continue
                if not index.knows(t[s0:s0 + L]):
                    yield base + s0, base + s0 + L, t[s0:s0 + L], u[s0:s0 + L], base + k


def _shape_in_four(index: Index, t: str, base: int, covers: dict | None = None):
    """Stretches of four characters that become a four-character word (an idiom, a set phrase) when
    a character no common word explains is replaced by one that looks like it (data/shape-confusion.tsv:
    风吻雨打 → 风吹雨打, 谨小慎衡 → 谨小慎微), no common word explaining any of the four (the shape table
    is broad: 三/一, 初/中; a stretch with a word in it, 初心广场, is text, not a broken word).  Compared as integers: the window's packed characters with
    one lane changed, gated by the word bitmap, then looked up among the known four-character words; a lane
    is tried only where some such word has the window's other three characters (index.three_of_four: of
    ~9,100 look-alikes a 10,000-character draft's free windows offer, most are told there at once)."""
    n = len(t)
    table, bits, shapes, gate = index.word_tables[2], index.word_bits, index.shapes, index.three_of_four
    cover = covered(index, t, covers)
    # the windows of four characters no common word covers: most runs have none, and only in those
    # windows is a character tried (a test of the bytes, not a loop over the windows)
    free = bytes(cover)
    if _FOUR_FREE not in free:
        return
    b = t.encode("utf-16-be")
    for s0 in range(n - 3):
        if free[s0:s0 + 4] != _FOUR_FREE:
            continue  # a word inside explains part of the stretch (等项/经费, 初心/广场)
        pw = int.from_bytes(b[2 * s0:2 * s0 + 8], "big")
        for k in range(s0, s0 + 4):
            alts = shapes.get(t[k])
            if not alts:
                continue
            lane = 16 * (3 - (k - s0))
            if gate:  # no four-character word has the window's other three characters there: no alt is tried
                m = (pw & ~(0xFFFF << lane)) % WORD_BITS
                if not gate[m >> 3] >> (m & 7) & 1:
                    continue
            c = ord(t[k])
            for alt in alts:
                key = pw ^ ((c ^ ord(alt)) << lane)
                h = key % WORD_BITS
                if bits and not bits[h >> 3] >> (h & 7) & 1:
                    continue
                if find(table, key) >= 0:
                    fixed = unpack(key)
                    if index.suggestable(fixed):
                        yield base + s0, base + s0 + 4, t[s0:s0 + 4], fixed, base + k


#: four characters in a row that no common word covers (see _shape_in_four)
_FOUR_FREE = bytes(4)


def _long(index: Index, t: str, base: int, k: int):
    reading = t[k:k + MAX_LEN].translate(index.codes)
    for L in index.long_lengths:
        if k + L > len(t):
            break
        words = index.long_by_reading.get(reading[:L])
        if words:
            yield from _differing(index, t, base, k, L, (words,) if type(words) is str else words)


def _differing_packed(index: Index, t: str, base: int, k: int, L: int, tagged: int, pw: int):
    """The suggestable words read as ``tagged`` that differ from the packed stretch ``pw`` (no
    word) in exactly one character, compared as integers: a word is unpacked only when it is one."""
    order, words = index.key_order, index.key_words
    i = bisect_left(order, tagged)
    while i < len(order) and order[i] == tagged:
        d = pw ^ words[i]
        lane = (d.bit_length() - 1) >> 4  # the leftmost character that differs, counted from the right
        if d and not d & ((1 << (lane << 4)) - 1):  # and no other
            yield base + k, base + k + L, t[k:k + L], unpack(words[i]), base + k + L - 1 - lane
        elif L == PACKED_MAX and lane & 1 and (d >> ((lane - 1) << 4)) & 0xFFFF and not d & ((1 << ((lane - 1) << 4)) - 1):
            # both characters of one half, the other half the same: the half typed as another word of
            # its reading (罐车落实 for 贯彻落实: the input method offered 罐车 for guanche)
            yield base + k, base + k + L, t[k:k + L], unpack(words[i]), base + k + L - 1 - lane
        i += 1


def _differing(index: Index, t: str, base: int, k: int, L: int, words):
    win = t[k:k + L]
    if win in words:
        return  # written right
    for w in words:
        diff = [i for i in range(L) if win[i] != w[i]]
        if len(diff) == 1 and not index.knows(win):
            yield base + k, base + k + L, win, w, base + k + diff[0]
