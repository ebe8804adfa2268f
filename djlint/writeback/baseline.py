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
        for i in left:
            j = _closest(diags[i].context, contexts)
            if j is not None:
                contexts.pop(j)
                hidden.add(i)
    return [d for i, d in enumerate(diags) if i not in hidden]


def _closest(context: str, contexts: list) -> int | None:
    from difflib import SequenceMatcher

    best, best_ratio = None, 0.6
    for j, old in enumerate(contexts):
        if old is None:
            return j
        ratio = SequenceMatcher(None, context, old).ratio()
        if ratio >= best_ratio:
            best, best_ratio = j, ratio
    return best
