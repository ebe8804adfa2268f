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
