"""A set of character ranges with a fast overlap test (rules with many matches in one long
paragraph must not turn quadratic)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


class SpanSet:
    """Disjoint, sorted ``[start, end)`` ranges; adding merges overlapping or touching ones.

    An empty range ``[s, s)`` is treated as the one character at ``s`` when testing."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

    def overlaps(self, s: int, e: int) -> bool:
        e = max(e, s + 1)
        i = bisect_left(self.starts, e) - 1  # the last range starting before e
        return i >= 0 and self.ends[i] > s

    def add(self, s: int, e: int) -> None:
        e = max(e, s + 1)
        lo = bisect_left(self.ends, s)  # first range that ends at or after s
        hi = bisect_right(self.starts, e)  # ranges starting after e stay
        if lo < hi:
            s = min(s, self.starts[lo])
            e = max(e, self.ends[hi - 1])
        self.starts[lo:hi] = [s]
        self.ends[lo:hi] = [e]

    def __bool__(self) -> bool:
        return bool(self.starts)


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two ``[start, end)`` ranges share a character; an empty range counts as the
    one character at its start (an insertion point still claims its place)."""
    return a_start < max(b_end, b_start + 1) and b_start < max(a_end, a_start + 1)
