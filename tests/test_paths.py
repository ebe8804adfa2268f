"""The cache folder: the user's cache home, or, where that cannot be written (a read-only home
in a CI container), a private folder in the temporary directory."""
from __future__ import annotations

import os
import tempfile

import pytest

from djlint.util import paths


@pytest.fixture()
def fresh(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "_chosen", {})
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return tmp_path


def test_the_cache_home_when_it_can_be_written(fresh, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(fresh / "home" / ".cache"))
    assert paths.cache_root() == str(fresh / "home" / ".cache" / "djlint")


def test_a_private_temporary_folder_when_the_home_cannot_be_written(fresh, monkeypatch):
    blocker = fresh / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))  # under a file: never writable, even as root
    root = paths.cache_root()
    assert os.path.dirname(root) == str(fresh / "tmp") and os.path.basename(root).startswith("djlint-cache-")
    assert os.stat(root).st_mode & 0o077 == 0
    assert paths.write_cache(os.path.join(root, "x.bin"), b"data")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_temporary_folder_others_may_write_is_never_used(fresh, monkeypatch):
    blocker = fresh / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    shared = fresh / "tmp" / f"djlint-cache-{os.getuid()}"
    shared.mkdir()
    os.chmod(shared, 0o777)  # someone could have put a file there for us to load
    assert paths.cache_root() == str(blocker / "cache" / "djlint")  # the unwritable home: caches only cost time
