"""Writing files without ever damaging the original: temporary file in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile


def _umask() -> int:
    current = os.umask(0)  # the only portable way to read it is to set it and set it back
    os.umask(current)
    return current


def atomic_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; on any failure the old file is untouched."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    fd, tmp = tempfile.mkstemp(prefix=".djlint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            # replacing a file keeps its mode; a new file gets what the umask allows, as any tool's
            # would (mkstemp's 0600 would lock colleagues on a shared drive out)
            mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
