"""Baseline files: today's findings of a legacy template, recorded so they stay quiet.

A finding is recorded by file, code, the flagged text and its neighbourhood (the words around
it), never by line number, so edits elsewhere in the document do not bring it back.  Matching
takes the neighbourhood first, then the order of the remaining findings with the same code and
text: a new occurrence of an old text is reported where it is, not hidden behind the old one.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict

from ..errors import ConfigError

VERSION = 2
_SKIP = ("DJ901", "DJ902", "DJ903")


def _rel(path: str, base: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), base)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def _key(d, base: str) -> tuple[str, str, str]:
    return (_rel(d.path, base), d.code, d.snippet or d.message)


def write_baseline(path: str, diags) -> int:
    from .atomic import atomic_write

    base = os.path.dirname(os.path.abspath(path))
    entries = [{"path": p, "code": c, "text": t, "context": d.context}
               for d in diags if d.code not in _SKIP for p, c, t in [_key(d, base)]]
    data = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=1) + "\n"
    atomic_write(path, data.encode("utf-8"))
    return len(entries)


def load_baseline(path: str) -> tuple[str, dict]:
    """(folder of the baseline, {(path, code, text): [context or None, …] in document order})."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        recorded: dict[tuple, list] = defaultdict(list)
        for e in data["findings"]:
            # version 1 recorded a count per text and no neighbourhood
            recorded[(e["path"], e["code"], e["text"])].extend([e.get("context")] * int(e.get("count", 1)))
    except FileNotFoundError:
        raise ConfigError(f"{path}: 基线文件不存在（先用 --write-baseline 生成）") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{path}: 不是有效的 djlint 基线文件（{type(e).__name__}）") from None
    return os.path.dirname(os.path.abspath(path)), dict(recorded)


def filter_baseline(diags, baseline: tuple[str, dict]):
    """The findings the baseline does not account for."""
    base, recorded = baseline
    groups: dict[tuple, list] = defaultdict(list)
    for i, d in enumerate(diags):
        groups[_key(d, base)].append(i)
    hidden: set[int] = set()
    for key, indices in groups.items():
        contexts = list(recorded.get(key, ()))
        if not contexts:
            continue
        left = []
        for i in indices:  # the same neighbourhood: the same finding
            if diags[i].context in contexts:
                contexts.remove(diags[i].context)
                hidden.add(i)
            else:
                left.append(i)
        # what is left: a neighbourhood edited since still resembles the old one; a version-1
        # entry (no neighbourhood) pairs in order; anything else is a new finding, reported
        hidden |= _pair([(i, diags[i]) for i in left], contexts, key[2])
    return [d for i, d in enumerate(diags) if i not in hidden]


#: a neighbourhood edited since the baseline still counts as the same when this similar
_SIMILAR = 0.6
#: characters each side of the flagged text compared first (the nearest words say where it is)
_NEAR = 10


def _pair(left: list, contexts: list, text: str) -> set[int]:
    """Match the findings left with the recorded neighbourhoods left, best pairs first.

    Two findings of the same text a few characters apart share most of their neighbourhood, so
    the pairing compares the words right beside each flagged text first, over all pairs at once:
    a new placeholder typed just before a baselined one is not taken for it (matching in document
    order gave the old entry to the new finding, and reported the old one instead)."""
    from difflib import SequenceMatcher

    pairs = []
    for i, d in left:
        mine = _beside(d.context, min(d.start, 20), text) if d.context else ("", "")
        for j, old in enumerate(contexts):
            if old is None:
                continue
            whole = SequenceMatcher(None, d.context, old).ratio()
            if whole < _SIMILAR:
                continue
            theirs = _beside(old, _offset_in(old, text), text)
            near = (SequenceMatcher(None, mine[0], theirs[0]).ratio() + SequenceMatcher(None, mine[1], theirs[1]).ratio())
            pairs.append((near, whole, -i, j, i))
    hidden: set[int] = set()
    taken: set[int] = set()
    for _near, _whole, _order, j, i in sorted(pairs, reverse=True):
        if i in hidden or j in taken:
            continue
        hidden.add(i)
        taken.add(j)
    v1 = [j for j, old in enumerate(contexts) if old is None]
    for i, _d in left:
        if i not in hidden and v1:
            v1.pop(0)
            hidden.add(i)
    return hidden


def _beside(context: str, offset: int, text: str) -> tuple[str, str]:
    """The characters just before and just after the flagged text at ``offset`` of its context."""
    return context[max(0, offset - _NEAR):offset], context[offset + len(text):offset + len(text) + _NEAR]


def _offset_in(context: str, text: str) -> int:
    """Where the flagged text stands in a recorded context: the context is the paragraph from up
    to 20 characters before it to up to 20 after (:func:`djlint.engine.run.context_window`), so
    an occurrence at 20, or one with 20 characters after it, is the one."""
    found = []
    at = context.find(text) if text else -1
    while at >= 0:
        found.append(at)
        at = context.find(text, at + 1)
    if not found:
        return min(20, len(context))
    return max(found, key=lambda k: (k == 20, len(context) - k - len(text) == 20, -k))
