"""djlint's one cache folder: ``$XDG_CACHE_HOME/djlint`` (or ``~/.cache/djlint``)."""
from __future__ import annotations

import os


def cache_root() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "djlint")


def write_cache(target: str, data: bytes) -> bool:
    """Write a file of the cache folder atomically (a temporary file beside it, then a rename:
    another process reading it sees the old or the new file, never half of one).  A read-only
    or full disk only means the cache is rebuilt next time: False, nothing left behind."""
    import tempfile

    folder = os.path.dirname(target)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + "-", dir=folder)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
