"""Word segmentation as jieba does it (its dictionary, ``HMM=False``), without loading jieba.

jieba builds a dict of its whole dictionary (500,000 entries with prefixes) before it cuts the
first sentence: about a second, more than linting a megabyte of text, paid by every process that
meets one word a rule checks at word boundaries.  Here the dictionary is kept in the cache folder
as one file grouped by first character (built once from jieba's ``dict.txt``, read as a file),
mapped, and a group is read the first time a paragraph holds its character.  The cut itself is
jieba 0.42's, step by step (the blocks of ``re_han_default``, ``get_DAG``, ``calc``,
``__cut_DAG_NO_HMM``): the same words, the same floating-point sums, ties broken the same way
(tests/test_segment.py compares the two on every fixture).
"""
from __future__ import annotations

import importlib.util
import mmap
import os
import re
import threading
import zlib
from array import array
from bisect import bisect_left
from math import log

#: the layout of the cache file (bumped when _dump changes what it writes)
FORMAT = 1
_MAGIC = b"djlint-segment\n"

# jieba's own patterns (jieba/__init__.py: re_han_default, re_skip_default, re_eng)
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)
_ENG = re.compile("[a-zA-Z0-9]", re.U)

_lock = threading.Lock()
_dictionary = None


def jieba_dict() -> str | None:
    """Where jieba's dictionary is (installed with jieba), or None."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    return path if os.path.exists(path) else None


class Dictionary:
    """jieba's dictionary by first character: for each character, its words sorted (a word is in
    jieba's ``FREQ`` with its count; every prefix of a word is in it with 0) and their counts."""

    def __init__(self, data, total: int):
        self.total = total
        self.logtotal = log(total)
        self._data = data
        view = memoryview(data)
        n = int.from_bytes(view[len(_MAGIC):len(_MAGIC) + 8], "little")
        at = len(_MAGIC) + 16
        self._chars, self._word_at, self._count_at = array("I"), array("Q"), array("Q")
        self._chars.frombytes(view[at:at + 4 * n])
        at += 4 * n
        self._word_at.frombytes(view[at:at + 8 * (n + 1)])
        at += 8 * (n + 1)
        self._count_at.frombytes(view[at:at + 8 * (n + 1)])
        self._groups: dict[str, tuple | None] = {}

    def group(self, ch: str):
        """(sorted words, their counts) of the words that begin with ``ch``, or None."""
        try:
            return self._groups[ch]
        except KeyError:
            pass
        i = bisect_left(self._chars, ord(ch))
        found = None
        if i < len(self._chars) and self._chars[i] == ord(ch):
            words = self._data[self._word_at[i]:self._word_at[i + 1]].decode("utf-8").split("\n")
            counts = array("q")
            counts.frombytes(self._data[self._count_at[i]:self._count_at[i + 1]])
            found = (words, counts)
        self._groups[ch] = found
        return found

    def count(self, word: str) -> int:
        """jieba's ``FREQ.get(word) or 0``."""
        g = self.group(word[0])
        if g is None:
            return 0
        words, counts = g
        j = bisect_left(words, word)
        return counts[j] if j < len(words) and words[j] == word else 0

    def dag(self, sentence: str) -> list[list[int]]:
        """jieba's ``get_DAG``: for each position, the ends (inclusive) of the words starting there."""
        n = len(sentence)
        dag = []
        for k in range(n):
            ends = []
            g = self.group(sentence[k])
            if g is not None:
                words, counts = g
                size = len(words)
                lo, i = 0, k
                while i < n:
                    frag = sentence[k:i + 1]
                    j = bisect_left(words, frag, lo)
                    if j >= size or not words[j].startswith(frag):
                        break  # not even a prefix of a word: jieba's ``frag in FREQ`` fails
                    if counts[j] and words[j] == frag:
                        ends.append(i)
                    lo = j
                    i += 1
            if not ends:
                ends.append(k)
            dag.append(ends)
        return dag

    def cut_block(self, sentence: str):
        """jieba's ``calc`` and ``__cut_DAG_NO_HMM`` on one block of ``re_han_default``."""
        dag = self.dag(sentence)
        n = len(sentence)
        route: list = [None] * (n + 1)
        route[n] = (0, 0)
        logtotal = self.logtotal
        count = self.count
        for idx in range(n - 1, -1, -1):
            route[idx] = max((log(count(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                             for x in dag[idx])
        x = 0
        buf = ""
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if _ENG.match(word) and len(word) == 1:
                buf += word
                x = y
            else:
                if buf:
                    yield buf
                    buf = ""
                yield word
                x = y
        if buf:
            yield buf

    def cut(self, sentence: str):
        """jieba's ``cut(sentence, HMM=False)``."""
        for blk in _HAN.split(sentence):
            if not blk:
                continue
            if _HAN.match(blk):
                yield from self.cut_block(blk)
            else:
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        yield x
                    else:
                        yield from x


def _read_dict(path: str) -> tuple[dict[str, int], int]:
    """jieba's ``gen_pfdict`` without the prefixes: each word's count (the last line of a word
    wins) and the total of every line's count."""
    counts: dict[str, int] = {}
    total = 0
    with open(path, "rb") as fh:
        for line in fh:
            word, count = line.strip().decode("utf-8").split(" ")[:2]
            count = int(count)
            counts[word] = count
            total += count
    return counts, total


def _dump(counts: dict[str, int], total: int, stamp: str) -> bytes:
    groups: dict[str, list[str]] = {}
    for w in counts:
        groups.setdefault(w[0], []).append(w)
    chars = sorted(groups, key=ord)
    word_blob, count_blob = bytearray(), bytearray()
    word_at, count_at = array("Q"), array("Q")
    for ch in chars:
        words = sorted(groups[ch])
        word_at.append(len(word_blob))
        count_at.append(len(count_blob))
        word_blob += "\n".join(words).encode("utf-8")
        count_blob += array("q", (counts[w] for w in words)).tobytes()
    head = len(_MAGIC) + 16 + 4 * len(chars) + 16 * (len(chars) + 1)
    word_at.append(len(word_blob))
    count_at.append(len(count_blob))
    word_at = array("Q", (head + a for a in word_at))
    count_at = array("Q", (head + len(word_blob) + a for a in count_at))
    stamp_b = stamp.encode("utf-8")
    out = bytearray(_MAGIC)
    out += len(chars).to_bytes(8, "little") + total.to_bytes(8, "little")
    out += array("I", (ord(c) for c in chars)).tobytes() + word_at.tobytes() + count_at.tobytes()
    out += word_blob + count_blob
    out += stamp_b + len(stamp_b).to_bytes(4, "little")
    return bytes(out)


def _stamp(path: str) -> str:
    st = os.stat(path)
    return f"{FORMAT}|{path}|{st.st_size}|{st.st_mtime_ns}"


def _open(target: str, stamp: str) -> Dictionary | None:
    with open(target, "rb") as fh:
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    n = int.from_bytes(data[-4:], "little")
    if data[:len(_MAGIC)] != _MAGIC or bytes(data[-4 - n:-4]).decode("utf-8", "replace") != stamp:
        data.close()
        return None
    total = int.from_bytes(data[len(_MAGIC) + 8:len(_MAGIC) + 16], "little")
    return Dictionary(data, total)


def load_dictionary(dict_path: str | None = None) -> Dictionary:
    """jieba's dictionary from the cache folder, built there from ``dict.txt`` when missing or stale."""
    from ..util.paths import cache_root, write_cache

    dict_path = dict_path or jieba_dict()
    if dict_path is None:
        import jieba  # noqa: F401  (not installed: the same ImportError a rule met before)

        raise ImportError("jieba's dictionary (dict.txt) was not found")
    stamp = _stamp(dict_path)
    target = os.path.join(cache_root(), f"segment-{zlib.crc32(stamp.encode('utf-8')):08x}.bin")
    try:
        found = _open(target, stamp)
    except (OSError, ValueError, IndexError):
        found = None
    if found is not None:
        return found
    counts, total = _read_dict(dict_path)
    data = _dump(counts, total, stamp)
    write_cache(target, data)
    _prune(os.path.dirname(target), target)
    return Dictionary(data, total)


def _prune(folder: str, keep: str) -> None:
    """Older dictionary files (another jieba, another install): at most two stay."""
    try:
        old = sorted((os.path.join(folder, n) for n in os.listdir(folder)
                      if n.startswith("segment-") and n.endswith(".bin") and os.path.join(folder, n) != keep),
                     key=os.path.getmtime)
        for path in old[:-1]:
            os.unlink(path)
    except OSError:
        pass


def get_dictionary() -> Dictionary:
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                _dictionary = load_dictionary()
    return _dictionary


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """jieba's ``tokenize(text, HMM=False)``: ``(word, start, end)`` for every word, in order."""
    if not text:
        return []
    out = []
    start = 0
    for w in get_dictionary().cut(text):
        width = len(w)
        out.append((w, start, start + width))
        start += width
    return out
