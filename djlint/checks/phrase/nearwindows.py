"""Where DJ404 (near-miss formulations) looks: the places a fuzzy formulation could start, read
off where its halves stand, and the windows around them (see ``formulations.NearMissFormulation``)."""
from __future__ import annotations


def candidate_starts(lex, keys: dict) -> dict[int, set]:
    """Where each fuzzy formulation could start: at its first half, or its first half's length before its second."""
    out: dict[int, set] = {}
    targets = lex.half_targets
    # only the halves among the paragraph's keys (the scan's hits hold other rules' keys too); the
    # sets built do not depend on the order they are visited in
    for h in keys.keys() & targets.keys():
        positions = keys[h]
        if len(positions) == 1:  # most halves stand once in a paragraph: no generator, no update
            (pos,) = positions
            for k, offset in targets[h]:
                found = out.get(k)
                if found is None:
                    out[k] = {pos - offset}
                else:
                    found.add(pos - offset)
            continue
        for k, offset in targets[h]:
            found = out.get(k)
            if found is None:
                found = out[k] = set()
            if offset:
                found.update(pos - offset for pos in positions)
            else:
                found.update(positions)
    return out


def windows(starts: set, n: int, size: int, margin: int = 2) -> list[list]:
    """The windows around the candidate starts of a formulation of ``n`` characters, merged where
    they meet: [start, end, the one candidate start of the window or None when merged]."""
    if len(starts) == 1:
        (s,) = starts
        return [[max(0, s - margin), min(size, s + n + margin), s]]
    windows: list[list] = []
    for s in sorted(starts):
        a, b = max(0, s - margin), min(size, s + n + margin)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
            windows[-1][2] = None
        else:
            windows.append([a, b, s])
    return windows


def deleted_char(name: str, got: str) -> str:
    """The character of ``name`` that ``got`` (one deletion from it) leaves out."""
    for i, c in enumerate(got):
        if name[i] != c:
            return name[i]
    return name[-1]


def inserted_char(name: str, got: str) -> str:
    """The character ``got`` (one insertion from ``name``) adds."""
    for i, c in enumerate(name):
        if got[i] != c:
            return got[i]
    return got[-1]


def may_fit(text: str, a: int, b: int, halves: tuple, quarters: tuple | None = None) -> bool:
    """Whether ``text[a:b]`` holds a string one edit (or none) from ``A + B``, the halves of the
    name: such a string is ``A`` followed by one edit of ``B``, or one edit of ``A`` followed by
    ``B``.  Most windows hold none (a half of the name stands in another wording), and the fuzzy
    pattern is not run there.  ``quarters``: the halves' halves (``lex.quarters``), one edit of a half
    leaves one of them intact; the same answer as trying every length with :func:`one_edit`
    (tests/test_prefilters.py)."""
    first, second = halves
    if quarters is None:
        qa, qb = len(first) // 2, len(second) // 2
        quarters = (first[:qa], first[qa:], second[:qb], second[qb:])
    a1, a2, b1, b2 = quarters
    find = text.find
    i = find(first, a, b)
    if i >= 0 and (find(b1, a, b) >= 0 or find(b2, a, b) >= 0):
        n = len(first)
        while i >= 0:
            if _edit_follows(text, i + n, b, second):
                return True
            i = find(first, i + 1, b)
    j = find(second, a, b)
    if j >= 0 and (find(a1, a, b) >= 0 or find(a2, a, b) >= 0):
        while j >= 0:
            if _edit_precedes(text, a, j, first):
                return True
            j = find(second, j + 1, b)
    return False


def _edit_follows(text: str, j: int, b: int, want: str) -> bool:
    """Whether ``text`` from ``j`` (ending by ``b``) begins with ``want`` or one edit of it."""
    n = len(want)
    got = text[j:min(b, j + n + 1)]
    m = len(got)
    if m < n - 1:
        return False
    p, top = 0, min(m, n)
    while p < top and got[p] == want[p]:
        p += 1
    if p >= n - 1:
        return True  # all of it, or all but its last character
    rest = want[p + 1:]
    return ((m >= n and got[p + 1:n] == rest) or got[p:n - 1] == rest
            or (m > n and got[p + 1:] == want[p:]))


def _edit_precedes(text: str, a: int, j: int, want: str) -> bool:
    """Whether ``text`` before ``j`` (from ``a`` on) ends with ``want`` or one edit of it."""
    n = len(want)
    got = text[max(a, j - n - 1):j]
    m = len(got)
    if m < n - 1:
        return False
    q, top = 0, min(m, n)
    while q < top and got[m - 1 - q] == want[n - 1 - q]:
        q += 1
    if q >= n - 1:
        return True  # all of it, or all but its first character
    head = want[:n - q - 1]
    return ((m >= n and got[m - n:m - q - 1] == head) or got[m - n + 1:m - q] == head
            or (m > n and got[:m - q - 1] == want[:n - q]))


def one_edit(got: str, want: str) -> bool:
    """Whether ``got`` is ``want`` or one substitution, insertion or deletion away from it."""
    if len(got) == len(want):
        return sum(x != y for x, y in zip(got, want)) <= 1
    short, long_ = (got, want) if len(got) < len(want) else (want, got)
    if len(long_) - len(short) != 1:
        return False
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]
