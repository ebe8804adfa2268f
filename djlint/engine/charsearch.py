"""The paragraphs holding each of the literal index's one-character words and class characters
(:func:`.literals._paragraphs_by_char`): one search of the document for a class of them, no offsets kept,
and the frequent ones (:data:`.literals.JUMPED`) each by a ``find`` from one paragraph that holds it to the
next, not at each occurrence (、 stands ~3.5 times in a paragraph that holds one: on the 2 MB of
benchmarks/throughput.py the whole 3.5 -> 2.8 ms a MB, speed46)."""
from __future__ import annotations

from bisect import bisect_right


def paragraphs_by_char(text: str, starts: list[int], pattern, jumped) -> dict[str, list[int]]:
    """{character: ascending indices of the paragraphs holding it} in ``text`` (paragraphs joined, each
    starting at ``starts[i]``): every character ``pattern`` (a class, or None) matches, and the ``jumped`` ones."""
    by_char: dict[str, list[int]] = {}
    n = len(starts)
    for c in jumped:
        at = text.find(c)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            by_char.setdefault(c, []).append(i)
            if i + 1 >= n:
                break
            at = text.find(c, starts[i + 1])
    if pattern is None:
        return by_char
    i, after = -1, -1
    for m in pattern.finditer(text):
        s = m.start()
        if s >= after:
            i = bisect_right(starts, s) - 1
            after = starts[i + 1] if i + 1 < n else len(text) + 1
        got = by_char.get(m.group())
        if got is None:
            by_char[m.group()] = [i]
        elif got[-1] != i:
            got.append(i)
    return by_char
