"""djlint's one cache folder: ``$XDG_CACHE_HOME/djlint`` (or ``~/.cache/djlint``); where that
cannot be written (a read-only home in a CI container), a private folder in the temporary
directory, so that the spelling index is not rebuilt (two seconds) on every run."""
from __future__ import annotations

import os

_chosen: dict[str, str] = {}


def cache_root() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    preferred = os.path.join(base, "djlint")
    chosen = _chosen.get(preferred)
    if chosen is None:
        chosen = _chosen[preferred] = preferred if _writable(preferred) else (_private_temp() or preferred)
    return chosen


def _writable(path: str) -> bool:
    """Whether ``path`` is a folder we can write, or one we could create."""
    probe = path
    while not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            return False
        probe = parent
    return os.path.isdir(probe) and os.access(probe, os.W_OK | os.X_OK)


def _private_temp() -> str | None:
    """A folder in the temporary directory only this user can write (never one another user
    made: the caches are loaded as code tables), or None."""
    import tempfile

    uid = os.getuid() if hasattr(os, "getuid") else None
    path = os.path.join(tempfile.gettempdir(), f"djlint-cache-{uid if uid is not None else 'user'}")
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.stat(path)
        if uid is not None and (st.st_uid != uid or st.st_mode & 0o022):
            return None
        return path if os.access(path, os.W_OK | os.X_OK) else None
    except OSError:
        return None


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
