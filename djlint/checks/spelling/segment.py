"""Word segmentation from the mapped index, jieba's way without importing jieba: the route through a
paragraph that makes it likeliest by the dictionary's word frequencies (jieba's ``cut`` with
``HMM=False``: the same blocks, the same route, the same ties, runs of single Latin letters and
digits joined).  jieba's own segmenter costs ~0.8 s to load its dictionary; the index that DJ421
maps already holds that dictionary (2..4-character words with their frequencies, the longer ones),
so every rule that asks for word boundaries (``doc.tokens(p)``: DJ411's boundary check, the 语病
rules' verb–object pairs) is served from it.

Differences from jieba, by construction: frequencies are kept as round(16·log(count+1)), so two
routes within a sixteenth of a log unit may be ordered otherwise; words of five or more characters
count alike (LONG_COUNT) and words of more than MAX_LEN characters are unknown; the dictionary's
own slips (走头无路, see build._dictionary_slips) and not-suggested.txt are not words.
"""
from __future__ import annotations

from ...util import rx
from .index import LOG_SCALE, LONG_COUNT, MAX_LEN, PACKED_MAX, WORD_BITS, Index, log_weight

#: jieba's blocks (re_han_default) and what splits the rest (re_skip_default)
_BLOCK = rx.stdlib(r"([\u4e00-\u9fd5a-zA-Z0-9+#&._%\-]+)")
_SKIP = rx.stdlib(r"(\r\n|\s)")
_ASCII_WORD_CHAR = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LONG = log_weight(LONG_COUNT) / LOG_SCALE


def _long_prefixes(index: Index) -> frozenset:
    """The first PACKED_MAX characters of every word longer than that (only there is a longer word tried)."""
    found = getattr(index, "_long_prefixes", None)
    if found is None:
        found = index._long_prefixes = frozenset(w[:PACKED_MAX] for w in index.long_words)
    return found


def _route(index: Index, t: str) -> list[int]:
    """For each position, where the word that begins there ends on the likeliest route.  A stretch
    of two to four characters is looked up (a probe of a mapped hash table) only when the word
    bitmap says it may be a word: most are not."""
    n = len(t)
    log_total, singles = index.log_total, index.singles
    prefixes, long_words = _long_prefixes(index), index.long_words
    tables, bits = index.word_tables, index.word_bits
    b = t.encode("utf-16-be")
    if len(b) != 2 * n or not bits:  # a character outside the Basic Multilingual Plane: look each up
        return _route_slow(index, t)
    from_bytes = int.from_bytes
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best = singles[ord(t[i])] / LOG_SCALE - log_total + score[i + 1]
        end = i + 1
        for j in range(i + 2, min(n, i + PACKED_MAX) + 1):
            key = from_bytes(b[2 * i:2 * j], "big")
            h = key % WORD_BITS
            if not bits[h >> 3] >> (h & 7) & 1:
                continue
            slots, info, mod = tables[j - i - 2]
            k = key % mod
            w = slots[k]
            while w != key and w:  # the word's slot, or a free one (see index.word_table)
                k += 1
                w = slots[k]
            if w:
                q = info[k]
                if q:  # jieba's DAG holds only words of a non-zero frequency
                    s = q / LOG_SCALE - log_total + score[j]
                    if s >= best:  # ties go to the longer word, as in jieba (max over (score, end))
                        best, end = s, j
        if i + PACKED_MAX < n and t[i:i + PACKED_MAX] in prefixes:
            for j in range(i + PACKED_MAX + 1, min(n, i + MAX_LEN) + 1):
                if t[i:j] in long_words:
                    s = _LONG - log_total + score[j]
                    if s >= best:
                        best, end = s, j
        score[i], nxt[i] = best, end
    return nxt


def _route_slow(index: Index, t: str) -> list[int]:
    n = len(t)
    log_total, singles, weight, long_words = index.log_total, index.singles, index.weight, index.long_words
    score = [0.0] * (n + 1)
    nxt = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        c = ord(t[i])
        best = (singles[c] if c < 0x10000 else 0) / LOG_SCALE - log_total + score[i + 1]
        end = i + 1
        for j in range(i + 2, min(n, i + MAX_LEN) + 1):
            w = t[i:j]
            q = weight(w) if j - i <= PACKED_MAX else (log_weight(LONG_COUNT) if w in long_words else None)
            if q:
                s = q / LOG_SCALE - log_total + score[j]
                if s >= best:
                    best, end = s, j
        score[i], nxt[i] = best, end
    return nxt


def _cut_block(index: Index, block: str, base: int, out: list) -> None:
    nxt = _route(index, block)
    x, n = 0, len(block)
    buf_start = -1
    while x < n:
        y = nxt[x]
        if y == x + 1 and block[x] in _ASCII_WORD_CHAR:
            if buf_start < 0:
                buf_start = x
        else:
            if buf_start >= 0:
                out.append((block[buf_start:x], base + buf_start, base + x))
                buf_start = -1
            out.append((block[x:y], base + x, base + y))
        x = y
    if buf_start >= 0:
        out.append((block[buf_start:n], base + buf_start, base + n))


def tokenize(index: Index, text: str) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` of ``text``, as jieba's ``tokenize(text, HMM=False)`` gives them."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for k, blk in enumerate(_BLOCK.split(text)):
        if not blk:
            continue
        if k % 2:  # a block of Chinese, Latin letters, digits and the like
            _cut_block(index, blk, pos, out)
        else:
            p = pos
            for x in _SKIP.split(blk):
                if not x:
                    continue
                if _SKIP.fullmatch(x):
                    out.append((x, p, p + len(x)))
                else:
                    out.extend((ch, p + i, p + i + 1) for i, ch in enumerate(x))
                p += len(x)
        pos += len(blk)
    return out
