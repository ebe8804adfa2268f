"""The public API: lint a path or a string.  The work is done by :mod:`djlint.runner`."""
from __future__ import annotations

import os

from .config import Config, config_for
from .diagnostic import SEVERITY_RANK, Diagnostic
from .document import read_bytes, read_path
from .runner.lint import effective_config, lint_document
from .runner.options import Options

__all__ = ["Options", "effective_config", "fails", "lint_document", "lint_path", "lint_text"]


def _as_config(config) -> Config | None:
    if config is None or isinstance(config, Config):
        return config
    if isinstance(config, dict):
        from .config import config_from_dict

        return config_from_dict(config)
    if isinstance(config, (str, os.PathLike)):
        from .config import load_config

        return load_config(os.fspath(config))
    raise TypeError("config must be a Config, a dict, or a path to a .djlint.yaml")


def lint_path(path, config=None) -> list[Diagnostic]:
    """Lint one file.  ``config``: a dict of .djlint.yaml keys, a path to one, or None to discover it.

    Raises :class:`djlint.errors.ReadError` when the file cannot be read.
    """
    path = os.fspath(path)
    cfg = _as_config(config) or config_for(path)
    return lint_document(read_path(path), cfg)


def lint_text(text: str, config=None, filename: str = "<text>.txt") -> list[Diagnostic]:
    """Lint a string as if it were a .txt file (or .md, by ``filename``)."""
    cfg = _as_config(config) or Config()
    kind = "md" if filename.endswith((".md", ".markdown")) else "txt"
    return lint_document(read_bytes(filename, text.encode("utf-8"), kind), cfg)


def fails(diags: list[Diagnostic], fail_on: str) -> bool:
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK.get(d.severity, 2) >= threshold for d in diags)
