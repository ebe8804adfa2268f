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

from bisect import bisect_right

from ..util import rx
from ..util.trie import trie_pattern

#: first characters per trie: ``re`` tries the branches of an alternation one after another, so
#: a trie with 400 first characters costs ~4x as much a character as eight tries of 50 together
GROUP = 48


class LiteralIndex:
    """The keys of every rule that declares some, as a few tries (keys grouped by their first
    character), and for each key the keys that are its prefixes (they start wherever it does)."""

    def __init__(self, keys):
        keys = sorted(set(k for k in keys if k and "\x00" not in k))
        firsts = sorted({k[0] for k in keys})
        n = max(1, -(-len(firsts) // GROUP))
        self.patterns = []
        #: per trie, for each of its keys the offsets inside it where another of its keys may start
        #: (the key's character there begins one): the only places a match inside a hit is tried
        self.inner: list[dict[str, tuple[int, ...]]] = []
        for g in range(n if keys else 0):
            chars = set(firsts[g::n])  # round robin: frequent first characters spread over the tries
            mine = [k for k in keys if k[0] in chars]
            self.patterns.append(rx.stdlib(trie_pattern(mine)))
            self.inner.append({k: tuple(j for j in range(1, len(k)) if k[j] in chars) for k in mine})
        key_set = set(keys)
        self.prefixes_of = {k: [k[:n] for n in range(1, len(k) + 1) if k[:n] in key_set] for k in keys}

    def scan(self, doc) -> dict[int, dict[str, list[int]]]:
        """{paragraph index: {key: [offsets in the paragraph, ascending]}} for every occurrence of
        every key.  Each trie yields the longest of its keys where it stops; its keys starting
        inside a found key are matched there; shorter keys that are prefixes start at the same place."""
        hits: list[tuple[int, str]] = []
        text, starts = doc.joined
        prefixes_of = self.prefixes_of
        for pattern, inner_at in zip(self.patterns, self.inner):
            match = pattern.match
            for m in pattern.finditer(text):
                s = m.start()
                key = m.group()
                hits.append((s, key))
                for j in inner_at[key]:
                    inner = match(text, s + j)
                    if inner is not None:
                        hits.append((s + j, inner.group()))
        hits.sort()
        out: dict[int, dict[str, list[int]]] = {}
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
        return out


def literal_index(registry) -> LiteralIndex:
    def build():
        keys: list[str] = []
        for rule in registry.rules.values():
            declared = rule.literal_keys(registry)
            if declared:
                keys.extend(declared)
            keys.extend(rule.prefilter_words)
        return LiteralIndex(keys)

    return registry.memo("engine.literals", build)


def literal_hits(ctx) -> dict[int, dict[str, list[int]]]:
    """This document's occurrences of every declared literal, scanned once (see :class:`LiteralIndex`)."""
    return ctx.shared("engine.literals", lambda c: literal_index(c.registry).scan(c.doc))


def paragraphs_with_words(ctx, words) -> list:
    """The paragraphs holding any of ``words`` (keys of the literal index: a rule's
    ``prefilter_words``), in order, from the document's one scan."""
    index = ctx.shared("engine.literals.by-key", _paragraphs_by_key)
    found: set[int] = set()
    for w in words:
        found.update(index.get(w, ()))
    paragraphs = ctx.doc.paragraphs
    return [paragraphs[i] for i in sorted(found)]


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
