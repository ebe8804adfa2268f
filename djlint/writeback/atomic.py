"""Writing files without ever damaging the original: temporary file in the same folder, then rename."""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading


def _umask() -> int:
    current = os.umask(0)  # the only portable way to read it is to set it and set it back
    os.umask(current)
    return current


@contextlib.contextmanager
def _interrupts_held():
    """Ctrl+C (and a polite kill) held back while a file is written: it lands after the rename, so
    no half-written temporary file is left beside the user's document (a Ctrl+C between mkstemp and
    the clean-up below once left one).  Where signals cannot be blocked (Windows, a thread), as before."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def atomic_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; on any failure the old file is untouched."""
    with _interrupts_held():
        _write_and_rename(path, data)


def _write_and_rename(path: str, data: bytes) -> None:
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
