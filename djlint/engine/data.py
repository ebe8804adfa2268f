"""Reading the files of a pack: YAML (rules, profiles, lexicons) and TSV tables (word lists).
One reader each, strict, naming the file and line in every error."""
from __future__ import annotations

import json
import os
import unicodedata
from typing import NamedTuple

from ..errors import RuleLoadError


def _parse_yaml(path: str):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行" if mark else ""
        raise RuleLoadError(f"{path}: YAML 格式错误{where}：{getattr(e, 'problem', e)}") from None
    except UnicodeDecodeError:
        raise RuleLoadError(f"{path}: 不是 UTF-8 文本") from None


#: pack files kept in the cache at most (beyond it, only those this process used are kept)
MAX_PACK_ENTRIES = 300


class _PackCache:
    """Parsed pack YAML kept as JSON in the cache folder, keyed by each file's path, size and
    modification time (and by djlint's and Python's versions in the file name): a plain run
    then needs no YAML parser at all.  A broken or unwritable cache only costs the parse."""

    def __init__(self):
        self.entries: dict | None = None
        self.dirty = False
        #: files served from the cache in this process: unchanged since they last loaded cleanly
        self.hits: set[str] = set()
        #: files parsed in this process, waiting for their rule to load before they are kept
        self.pending: dict[str, tuple] = {}
        #: files parsed and kept in this process
        self.fresh: set[str] = set()

    def path(self) -> str:
        import sys

        from .._version import __version__
        from ..util.paths import cache_root

        return os.path.join(cache_root(), f"packs-{__version__}-py{sys.version_info[0]}{sys.version_info[1]}.json")

    def load(self) -> dict:
        if self.entries is None:
            try:
                with open(self.path(), encoding="utf-8") as fh:
                    self.entries = json.load(fh)
            except (OSError, ValueError):
                self.entries = {}
        return self.entries

    def get(self, path: str, st):
        hit = self.load().get(path)
        if hit and hit[0] == st.st_mtime_ns and hit[1] == st.st_size:
            self.hits.add(path)
            return hit[2]
        return None

    def put(self, path: str, st, data) -> None:
        try:
            if json.loads(json.dumps(data, ensure_ascii=False)) != data:
                return  # not plain JSON data (a non-string key): parse it each time
        except (TypeError, ValueError):
            return
        self.load()[path] = [st.st_mtime_ns, st.st_size, data]
        self.fresh.add(path)
        if not self.dirty:
            import atexit

            atexit.register(self.save)
        self.dirty = True

    def save(self) -> None:
        from ..util.paths import write_cache

        target = self.path()
        # entries of packs that are gone (an uninstalled environment, a test's temporary folder)
        # would otherwise pile up and slow every later start-up
        self.entries = {k: v for k, v in (self.entries or {}).items() if k in self.hits or os.path.exists(k)}
        if len(self.entries) > MAX_PACK_ENTRIES:
            self.entries = {k: v for k, v in self.entries.items() if k in self.hits or k in self.fresh}
        write_cache(target, json.dumps(self.entries, ensure_ascii=False).encode("utf-8"))
        self.dirty = False


_PACKS = _PackCache()


def load_yaml(path: str, keep: bool = True):
    """Read one YAML file of a pack (safe loader; from the pack cache when unchanged); a syntax
    error names the file and line.  ``keep=False``: cache it only once :func:`confirm` says what
    it defines loaded cleanly (a rule file whose regex is bad is checked again next time)."""
    try:
        st = os.stat(path)
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取（{e.strerror}）") from None
    key = os.path.abspath(path)
    cached = _PACKS.get(key, st)
    if cached is not None:
        return cached
    data = _parse_yaml(path)
    if keep:
        _PACKS.put(key, st, data)
    else:
        _PACKS.pending[key] = (st, data)
    return data


def confirm(path: str) -> None:
    """The rule file at ``path`` loaded cleanly: keep its parse for the next run."""
    key = os.path.abspath(path)
    pending = _PACKS.pending.pop(key, None)
    if pending is not None:
        _PACKS.put(key, *pending)


def known_good(path: str) -> bool:
    """Whether ``path`` came from the cache: unchanged since it last loaded cleanly, so its
    patterns need not be compiled now to be checked (they compile on first use)."""
    return os.path.abspath(path) in _PACKS.hits


class TsvRow(NamedTuple):
    wrong: str
    rights: list[str]
    reason: str
    source: str
    line: int


def read_tsv(path: str) -> list[TsvRow]:
    """``wrong<TAB>right[|right2…][<TAB>reason[<TAB>source]]``; ``#`` lines are comments."""
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) < 2 or not cols[0] or not cols[1]:
                    raise RuleLoadError(f"{path}:{n}: 每行须为 错误形式<TAB>正确形式[<TAB>说明[<TAB>出处]]")
                rows.append(TsvRow(unicodedata.normalize("NFC", cols[0]), cols[1].split("|"),
                                   cols[2] if len(cols) > 2 else "", cols[3] if len(cols) > 3 else "", n))
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取数据文件（{e.strerror}）") from None
    return rows


def read_list(path: str) -> list[str]:
    """One item a line; blank lines and ``#`` comments skipped."""
    try:
        with open(path, encoding="utf-8") as fh:
            items = [unicodedata.normalize("NFC", line.strip()) for line in fh]
    except OSError as e:
        raise RuleLoadError(f"{path}: 无法读取数据文件（{e.strerror}）") from None
    return [x for x in items if x and not x.startswith("#")]
