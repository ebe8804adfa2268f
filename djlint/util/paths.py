"""djlint's one cache folder: ``$XDG_CACHE_HOME/djlint`` (or ``~/.cache/djlint``)."""
from __future__ import annotations

import os


def cache_root() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "djlint")
