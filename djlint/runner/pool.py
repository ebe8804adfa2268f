"""Linting many files: cache hits served in this process, the rest in a pool of worker
processes (forked after the parent has loaded the rules) when there are enough of them."""
from __future__ import annotations

import copy
import os
from typing import Callable

from .lint import FileResult, lint_file, lint_file_portable
from .options import Options

#: fewer files than this are linted in this process: starting workers costs more
MIN_FILES_FOR_POOL = 4


def _cache_hit(path: str, options: Options) -> FileResult | None:
    from ..document import load_bytes
    from ..errors import DjlintError
    from . import cache
    from .lint import effective_config

    try:
        cfg = effective_config(path, options)
        data = load_bytes(path)
    except (DjlintError, OSError):
        return None  # the full step reports it
    hit = cache.load(cache.key_for(path, data, cfg, options), path)
    return FileResult(path, hit, fail_on=cfg.fail_on) if hit is not None else None


def _pool_map(paths: list[str], options: Options, workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from ..engine.registry import build_registry

    build_registry().warm()  # load the rules, the lexicon and the indexes once, before forking
    try:
        mp = multiprocessing.get_context("fork")
    except ValueError:
        mp = multiprocessing.get_context()
    chunks = max(1, len(paths) // (workers * 4))
    with ProcessPoolExecutor(max_workers=min(workers, len(paths)), mp_context=mp, initializer=_ignore_ctrl_c) as pool:
        try:
            yield from pool.map(lint_file_portable, paths, [options] * len(paths), chunksize=chunks)
        except KeyboardInterrupt:
            pool.shutdown(wait=True, cancel_futures=True)  # the chunks under way end; no more start
            raise


def _ignore_ctrl_c() -> None:
    """Ctrl+C reaches the whole process group: the workers leave it to this process (which stops
    the pool and says one line) instead of each printing a traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def lint_many(paths: list[str], options: Options, jobs: int = 0,
              progress: Callable[[int, int], None] | None = None) -> dict[str, FileResult]:
    results: dict[str, FileResult] = {}
    misses = list(paths)
    if options.cache and len(paths) >= MIN_FILES_FOR_POOL:
        misses = []
        for path in paths:
            hit = _cache_hit(path, options)
            if hit is not None:
                results[path] = hit
            else:
                misses.append(path)
        options = copy.copy(options)
        options.cache_checked = True  # the misses are known: workers only store their results
    workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    # workers only when each gets more than one file: starting them costs more than a file
    workers = min(workers, len(misses) // 2)
    if workers > 1 and len(misses) >= MIN_FILES_FOR_POOL:
        done = _pool_map(misses, options, workers)
    else:
        done = (lint_file(path, None, options) for path in misses)
    for i, (path, result) in enumerate(zip(misses, done)):
        results[path] = result
        if progress is not None:
            progress(i + 1, len(misses))
    if options.cache and paths:
        _maybe_prune()
    return results


def _maybe_prune() -> None:
    import random

    if random.random() < 0.05:  # now and then, keep the cache folder bounded (count and size)
        from .cache import prune

        prune()
