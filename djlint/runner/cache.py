"""Result cache: a file whose content, effective configuration and djlint are unchanged is not
linted again.  Keyed by a hash of all three; stored in ``$XDG_CACHE_HOME/djlint`` (or
``~/.cache/djlint``); ``--no-cache`` bypasses it.  A broken or unreadable cache entry is a
miss, never an error.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache

from .._version import __version__
from ..diagnostic import Diagnostic, Fix
from ..util.paths import cache_root

FORMAT = 1
#: keep the cache from growing without bound: the oldest entries go beyond this many, or this size
MAX_ENTRIES = 20_000
MAX_BYTES = 200 * 1024 * 1024
#: a result larger than this (a huge file with findings on every line) is not worth keeping
MAX_ENTRY_BYTES = 2 * 1024 * 1024


def cache_dir() -> str:
    return os.path.join(cache_root(), f"results-v{FORMAT}")


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """djlint's version plus the rules it ships (so an edited checkout never serves stale results)."""
    from ..engine.registry import builtin_packs_dir

    h = hashlib.sha256(__version__.encode())
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for root in (here, builtin_packs_dir()):
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".yaml", ".yml", ".tsv", ".txt")):
                    st = os.stat(os.path.join(dirpath, name))
                    h.update(f"{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def _packs_fingerprint(packs) -> str:
    h = hashlib.sha256()
    for root in packs or ():
        for dirpath, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                try:
                    st = os.stat(os.path.join(dirpath, name))
                except OSError:
                    continue
                h.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def key_for(path: str, data: bytes, config, options) -> str:
    h = hashlib.sha256()
    h.update(_code_fingerprint().encode())
    h.update(config.key().encode())
    h.update(_packs_fingerprint(config.rule_packs).encode())
    opts = {k: getattr(options, k, None) for k in ("select", "ignore", "extend_select", "preview", "profile", "year")}
    h.update(json.dumps(opts, sort_keys=True, ensure_ascii=False).encode())
    h.update(os.path.abspath(path).encode())  # per-file-ignores depend on where the file is
    h.update(hashlib.sha256(data).digest())
    return h.hexdigest()


def _entry(key: str) -> str:
    return os.path.join(cache_dir(), key[:2], key + ".json")


def load(key: str, path: str) -> list[Diagnostic] | None:
    try:
        with open(_entry(key), encoding="utf-8") as fh:
            items = json.load(fh)
        out = []
        for d in items:
            fix = Fix(**d["fix"]) if d.get("fix") else None
            out.append(Diagnostic(path, d["line"], d["column"], d["end_line"], d["end_column"], d["code"], d["rule"],
                                  d["category"], d["severity"], d["message"], d["context"], d["part"], fix,
                                  start=d.get("start", 0), end=d.get("end", 0), fix_title=d.get("fix_title"),
                                  snippet=d.get("snippet", ""),
                                  window=tuple(d["window"]) if d.get("window") else None))
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(key: str, diags: list[Diagnostic]) -> None:
    from ..writeback.atomic import atomic_write

    items = []
    for d in diags:
        item = d.to_dict()
        item.pop("path")
        item.update(start=d.start, end=d.end, fix_title=d.fix_title, snippet=d.snippet, window=d.window)
        items.append(item)
    payload = json.dumps(items, ensure_ascii=False).encode("utf-8")
    if len(payload) > MAX_ENTRY_BYTES:
        return
    target = _entry(key)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        atomic_write(target, payload)
    except OSError:
        pass  # a read-only or full cache folder only costs speed


def prune(max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> int:
    """Remove the least recently written entries until the cache holds at most ``max_entries``
    files and ``max_bytes`` bytes; return how many were removed."""
    root = cache_dir()
    entries = []
    for dp, _d, fs in os.walk(root):
        for f in fs:
            path = os.path.join(dp, f)
            try:
                st = os.stat(path)
            except OSError:
                continue
            entries.append((st.st_mtime, st.st_size, path))
    entries.sort()
    total = sum(size for _m, size, _p in entries)
    removed = 0
    for _mtime, size, path in entries:
        if len(entries) - removed <= max_entries and total <= max_bytes:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        removed += 1
        total -= size
    return removed
