"""Which files a run checks: the paths given, folders walked (hidden and tool folders,
Office lock files and our own annotated copies skipped, ``exclude`` honoured)."""
from __future__ import annotations

import os

from ..config import config_for
from ..document import SUPPORTED, UNSUPPORTED
from ..errors import ConfigError, ReadError

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}
#: drafts in a format djlint cannot read, found in a folder: each is told (a folder of .doc files
#: once came out as 检查了 0 个文件，未发现问题); a PDF beside the drafts is the exported final, left alone
OLD_DRAFTS = (".doc", ".wps", ".rtf", ".odt")


def _wanted(name: str) -> bool:
    return not (name.startswith(("~$", ".~")) or os.path.splitext(name)[1].lower() not in SUPPORTED
                or name.lower().endswith(".djlint.docx"))  # our own annotated copies


def _excluded(path: str, explicit_config: str | None) -> bool:
    try:
        return config_for(path, explicit_config).is_excluded(path)
    except ConfigError:
        return False  # reported when the file is linted


def _walk(folder: str, explicit_config: str | None, errors: list[ReadError] | None = None):
    """The drafts under ``folder``; with ``errors``, the ones djlint cannot read (.doc) go there
    (``djlint audit`` passes none: its archive is what it is, its rows are the drafts it reads)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            full = os.path.join(root, name)
            if os.path.islink(full) and not os.path.exists(full):
                continue
            old = _old_draft(name) if errors is not None else None
            if (old or _wanted(name)) and not _excluded(full, explicit_config):
                if old:
                    errors.append(ReadError(full, UNSUPPORTED[old]))
                else:
                    yield full


def _old_draft(name: str) -> str | None:
    ext = os.path.splitext(name)[1].lower()
    return ext if ext in OLD_DRAFTS and not name.startswith(("~$", ".~")) else None


def collect(paths: list[str], errors: list[ReadError], explicit_config: str | None = None) -> list[str]:
    """The files to check, each once (by real path); ``-`` stands for standard input.
    A path that does not exist, and a draft in a folder that djlint cannot read (.doc), is added
    to ``errors``."""
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            out.append(path)

    for path in paths:
        if path == "-":
            out.append(path)
        elif os.path.isdir(path):
            for full in _walk(path, explicit_config, errors):
                add(full)
        elif os.path.exists(path) or os.path.islink(path):
            add(path)
        else:
            errors.append(ReadError(path, "文件或文件夹不存在，请检查路径"))
    return out
