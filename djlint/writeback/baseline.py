"""Baseline files: today's findings of a legacy template, recorded so they stay quiet.

A finding is recorded by file, code and the flagged text, never by line number, so edits
elsewhere in the document do not bring it back; a count per key keeps a second, new
occurrence of the same text visible.
"""
from __future__ import annotations

import json
import os
from collections import Counter

from ..errors import ConfigError

VERSION = 1


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
    counts = Counter(_key(d, base) for d in diags if d.code not in ("DJ901", "DJ902", "DJ903"))
    entries = [{"path": p, "code": c, "text": t, "count": n} for (p, c, t), n in sorted(counts.items())]
    data = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=1) + "\n"
    atomic_write(path, data.encode("utf-8"))
    return sum(counts.values())


def load_baseline(path: str) -> tuple[str, Counter]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        entries = data["findings"]
        counts = Counter()
        for e in entries:
            counts[(e["path"], e["code"], e["text"])] += int(e.get("count", 1))
    except FileNotFoundError:
        raise ConfigError(f"{path}: 基线文件不存在（先用 --write-baseline 生成）") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{path}: 不是有效的 djlint 基线文件（{type(e).__name__}）") from None
    return os.path.dirname(os.path.abspath(path)), counts


def filter_baseline(diags, baseline: tuple[str, Counter]):
    base, counts = baseline
    left = Counter(counts)
    kept = []
    for d in diags:
        k = _key(d, base)
        if left[k] > 0:
            left[k] -= 1
            continue
        kept.append(d)
    return kept
