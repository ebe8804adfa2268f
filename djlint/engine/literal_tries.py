"""The tries of the engine's one literal scan (:mod:`.literals`): which keys go in which trie, each trie's
keys sorted and its pattern's source, kept between runs; and what a scan works out about a key the first
time it meets one (:class:`Lazy`)."""
from __future__ import annotations

from bisect import bisect_right
from zlib import adler32, crc32

from ..util import rx

#: part of the kept tries' key: change it when the tries are worked out otherwise (literals._tries, the trie's
#: source): the cache outlives an upgrade of djlint
VERSION = 1


def tries_of(keys, chars: frozenset, stamp: str, build) -> tuple[frozenset, list[tuple[str, list[str], str]]]:
    """(every key of the tries, [(a trie's first characters, its keys sorted, its pattern's source)]) for the
    rules' ``keys`` less the one-character words ``chars`` (``build(keys, chars)`` works them out), kept in
    the pattern cache's texts under a digest of the keys (in their order: two checksums of their UTF-8 and
    the lengths; the keys themselves would add ~60,000 characters to a file every process reads), ``chars``
    and ``stamp`` (what the grouping reads besides them): a start-up grouped ~14,000 keys by first
    character, sorted each trie's and looked up its pattern's source, ~10 ms of Python.  The keys' order is
    the rules' and their declarations' (literals.literal_index sorts what a set gives), the same in every
    process."""
    keys = keys if isinstance(keys, list) else list(keys)
    joined = "\x00".join(keys)
    if not keys or joined.count("\x00") != len(keys) - 1:
        tries = build(keys, chars)  # a key holding a NUL (never one of the tries): the digest would be ambiguous
    else:
        raw = joined.encode("utf-8", "surrogatepass")
        key = f"{VERSION}\x01{stamp}\x01{''.join(sorted(chars))}\x01{len(keys)}:{len(raw)}:{crc32(raw):08x}:{adler32(raw):08x}"
        # each trie's source a string of its own: the cache file writes it once for this entry and the
        # compiled pattern's (marshal shares an object met twice)
        told = rx.remember_text("literal-tries", key, lambda: tuple(
            (first, "\x00".join(words), source) for first, words, source in build(keys, chars)))
        tries = [(first, words.split("\x00"), source) for first, words, source in told] \
            if type(told) is tuple else build(keys, chars)  # a foreign entry under the key: worked out
    every: set[str] = set()
    for _first, words, _source in tries:
        every.update(words)
    return frozenset(every), tries


class Lazy(dict):
    """key -> ``work(key)``, worked out when a scan first meets the key: a document meets a few hundred of
    the ~5,500 keys, and all of them up front cost some 4-6 ms a process per table."""

    def __init__(self, work):
        super().__init__()
        self.work = work

    def __missing__(self, key: str):
        found = self[key] = self.work(key)
        return found


def inner_keys(chars: frozenset, keys: frozenset, words: list[str]):
    """A trie's key -> (offset, key) for the offsets inside it where another key of the trie starts, told
    by the key itself, and (offset, None) where the trie must be matched in the text: its character there
    begins one of the trie's keys (the trie's first ``chars``) and some key of the trie (``words``, sorted)
    runs on past the key's end.  Where none runs on, the trie's match there is the longest key that begins
    the rest of the key (the hit's own characters), or none.  2 MB of throughput.py's text: ~21,000 matches
    inside hits were tried, ~3,000 found."""

    def runs_on(rest: str) -> bool:  # a word that ``rest`` begins and is shorter than
        i = bisect_right(words, rest)
        return i < len(words) and words[i].startswith(rest)

    def inner(key: str) -> tuple:
        out = []
        for j in range(1, len(key)):
            if key[j] not in chars:
                continue
            rest = key[j:]
            if runs_on(rest):
                out.append((j, None))
                continue
            known = next((rest[:n] for n in range(len(rest), 0, -1) if rest[:n] in keys), None)
            if known is not None:
                out.append((j, known))
        return tuple(out)

    return inner


def prefixes(keys: frozenset):
    """A key -> the keys that are its prefixes, itself included (they start wherever it does)."""
    return lambda key: [key[:n] for n in range(1, len(key) + 1) if key[:n] in keys]
