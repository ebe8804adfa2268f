"""Lazy jieba segmentation: jieba's dictionary costs ~0.8 s, so it loads only when asked.  A lint run
never asks: the engine serves ``doc.tokens(p)`` from the registry's segmenter (the phrase family's,
read from DJ421's mapped index, checks/spelling/segment.py).  This is the fallback for a Document
used without the engine."""
from __future__ import annotations

import logging
import os
import sys
import threading

_lock = threading.Lock()
_tokenizer = None


def _cache_dir() -> str:
    from ..util.paths import cache_root

    path = cache_root()
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        import tempfile

        path = tempfile.gettempdir()
    return path


def get_tokenizer():
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                # jieba imports pkg_resources only for its own data path; it is slow and
                # deprecated, and jieba works without it.
                blocked = "pkg_resources" not in sys.modules
                if blocked:
                    sys.modules["pkg_resources"] = None  # type: ignore[assignment]
                try:
                    import jieba
                finally:
                    if blocked:
                        del sys.modules["pkg_resources"]
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.tmp_dir = _cache_dir()
                tok.cache_file = "jieba.cache"
                tok.initialize()
                _tokenizer = tok
    return _tokenizer


def tokenize(text: str) -> list[tuple[str, int, int]]:
    if not text:
        return []
    return list(get_tokenizer().tokenize(text, HMM=False))
