"""Feeding an archive to Dask: paths in chunks, at most a few chunks in flight per worker, rows
written in parts as they come back, what is done remembered by path and content hash."""
from __future__ import annotations

import csv
import hashlib
import json
import os
import time
from collections import Counter

from ..diagnostic import CATEGORIES, SEVERITIES
from ..runner.options import Options
from ..util.record import record
from .results import Results, identity

#: files per task (amortises Dask's per-task cost) and per written part
CHUNK = 25
BATCH = 500
#: chunks in flight per worker: enough to keep them busy, few enough to bound memory
IN_FLIGHT = 4


def iter_source(source: str):
    """The resolved paths (:func:`identity`) of a folder's files or of a manifest's."""
    for path in _source_paths(source):
        yield identity(path)


def _source_paths(source: str):
    """The paths of a folder (walked as the command line walks it) or of a manifest: one path
    a line, or a CSV with a ``path`` column; relative paths are relative to the manifest."""
    if os.path.isdir(source):
        from ..runner.files import _walk

        yield from _walk(source, None)
        return
    base = os.path.dirname(os.path.abspath(source))
    with open(source, encoding="utf-8-sig", newline="") as fh:
        if source.lower().endswith(".csv"):
            reader = csv.DictReader(fh)
            if "path" not in (reader.fieldnames or []):
                raise ValueError(f"{source}: CSV 清单须有 path 列")
            lines = (row["path"] for row in reader)
        else:
            lines = (line.strip() for line in fh)
        for line in lines:
            if line and not line.startswith("#"):
                yield line if os.path.isabs(line) else os.path.join(base, line)


def _unreadable_row(path: str, message: str, content_hash: str) -> dict:
    from ..runner.lint import unreadable

    return {**unreadable(path, message).to_dict(), "content_hash": content_hash}


def audit_file(path: str, previous_hash: str | None, options: Options) -> dict:
    """One file on a worker: its hash, and its findings unless the hash says it is done."""
    from ..document import load_bytes
    from ..errors import ReadError
    from ..runner.lint import lint_file

    try:
        data = load_bytes(path)
    except ReadError as e:
        return {"path": path, "hash": "", "skip": False, "findings": [_unreadable_row(path, str(e), "")], "error": str(e)}
    digest = hashlib.sha256(data).hexdigest()
    if digest == previous_hash:
        return {"path": path, "hash": digest, "skip": True, "findings": [], "error": None}
    result = lint_file(path, data, options).portable()
    if result.error is not None:
        return {"path": path, "hash": digest, "skip": False, "error": result.error,
                "findings": [_unreadable_row(path, result.error, digest)] if result.error_kind == "read" else []}
    rows = []
    for d in result.diagnostics:
        row = d.to_dict()
        row["fix"] = json.dumps(row["fix"], ensure_ascii=False) if row["fix"] else None
        row["content_hash"] = digest
        rows.append(row)
    return {"path": path, "hash": digest, "skip": False, "findings": rows, "error": None}


def audit_chunk(items: list[tuple[str, str | None]], options: Options) -> list[dict]:
    return [audit_file(path, previous, options) for path, previous in items]


def _file_row(r: dict, batch: int) -> dict:
    sev = Counter(f["severity"] for f in r["findings"])
    cat = Counter(f["category"] for f in r["findings"])
    row = {"path": r["path"], "content_hash": r["hash"], "findings": len(r["findings"]), "read_error": r["error"],
           "batch": batch}
    row.update({s: sev.get(s, 0) for s in SEVERITIES})
    row.update({c: cat.get(c, 0) for c in CATEGORIES.values()})
    return row


@record
class Summary:
    files: int = 0
    skipped: int = 0
    findings: int = 0
    unreadable: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"审计完成：{self.files} 个文件（{self.skipped} 个未改动已跳过，{self.unreadable} 个无法读取），"
                f"{self.findings} 个问题，用时 {self.seconds:.1f} 秒")


class _Writer:
    """Rows gathered into parts of BATCH files; changed files remembered for the end."""

    def __init__(self, results: Results, done: dict, summary: Summary, progress, batch_size: int = BATCH):
        self.results, self.done, self.summary, self.progress = results, done, summary, progress
        self.batch_size = batch_size
        self.batch = results.next_batch()
        self.findings: list[dict] = []
        self.files: list[dict] = []
        self.stale: dict[str, int] = {}
        self.last_report = 0

    def add(self, r: dict) -> None:
        self.summary.files += 1
        if r["skip"]:
            self.summary.skipped += 1
        else:
            old = self.done.get(r["path"])
            if old is not None:
                self.stale[r["path"]] = old[1]  # its earlier rows go once this run is written
            self.findings.extend(r["findings"])
            self.files.append(_file_row(r, self.batch))
            self.summary.findings += len(r["findings"])
            self.summary.unreadable += int(bool(r["error"]) and any(f["code"] == "DJ901" for f in r["findings"]))
            if len(self.files) >= self.batch_size:
                self.flush()
        if self.progress and self.summary.files - self.last_report >= 1000:
            self.last_report = self.summary.files
            self.progress(f"已处理 {self.summary.files} 个文件，{self.summary.findings} 个问题")

    def flush(self) -> None:
        if self.files:
            self.results.write_batch(self.batch, self.findings, self.files)
            self.batch += 1
            self.findings, self.files = [], []


def _client(scheduler: str | None, workers: int | None):
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    # Ctrl+C reaches every process of the terminal's group: the worker processes start with SIGINT
    # ignored (they inherit it), so only this process stops, and it shuts them down quietly
    import logging
    import signal
    import threading

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        # Dask's own warnings and errors (a cancelled task when the audit stops, a worker's heartbeat that
        # failed while the cluster shut down on a loaded machine) are not the user's business: the worker
        # processes write them to the terminal themselves, past the parent's redirect.  A task's own error
        # still reaches the audit through its future
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)
    return Client(cluster), cluster


def _chunks(paths, done: dict):
    chunk = []
    for path in paths:
        old = done.get(path)
        chunk.append((path, old[0] if old else None))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def audit(source: str, out: str, fmt: str = "parquet", scheduler: str | None = None, workers: int | None = None,
          options: Options | None = None, progress=None, batch_size: int = BATCH) -> Summary:
    from distributed import as_completed

    started = time.perf_counter()
    options = options or Options()
    results = Results(out, fmt)
    results.remove_orphans()
    done = results.done()
    summary = Summary()
    writer = _Writer(results, done, summary, progress, batch_size)
    client, cluster = _client(scheduler, workers)
    stopped = False
    pressed = _CtrlC()
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        chunks = _chunks(iter_source(source), done)
        pending = as_completed()
        for chunk in _take(chunks, n_workers * IN_FLIGHT):
            pending.add(_submit(client, chunk, options))
        for future in pending:
            for r in _gather(client, future, options):
                writer.add(r)
            pressed.check()
            for chunk in _take(chunks, 1):
                pending.add(_submit(client, chunk, options))
        pressed.check()
        writer.flush()
        if writer.stale:
            results.drop_rows(writer.stale)
        pressed.check()
    except KeyboardInterrupt:
        stopped = True  # Ctrl+C: the parts written stay; closing must not print Dask's complaints
        _quiet_dask()
        raise
    finally:
        pressed.restore()
        _close(client, cluster, quietly=stopped)
    summary.seconds = time.perf_counter() - started
    return summary


class _CtrlC:
    """Ctrl+C remembered as well as raised: the KeyboardInterrupt may land inside Dask's client code, which
    can swallow it while it waits on its event loop (an audit interrupted on a loaded machine once ran on
    and exited 0); the audit asks after every chunk and before it writes the last part."""

    def __init__(self) -> None:
        import signal
        import threading

        self.pressed = False
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handler)

    def _handler(self, signum, frame) -> None:
        self.pressed = True
        raise KeyboardInterrupt

    def check(self) -> None:
        if self.pressed:
            raise KeyboardInterrupt

    def restore(self) -> None:
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None


def _quiet_dask() -> None:
    """No log lines or warnings from Dask while an interrupted audit shuts its cluster down
    (cancelled tasks, lost workers): the user pressed Ctrl+C and gets one line."""
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    for name in ("distributed", "dask", "tornado", "asyncio", "bokeh"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    root = logging.getLogger()
    root.setLevel(logging.CRITICAL + 1)


def _close(client, cluster, quietly: bool) -> None:
    import contextlib
    import io

    sink = io.StringIO()
    with contextlib.ExitStack() as stack:
        if quietly:
            stack.enter_context(contextlib.redirect_stderr(sink))
        for step in (client.close, getattr(cluster, "close", None)):
            if step is None:
                continue
            try:
                step()
            except (Exception, KeyboardInterrupt):  # noqa: BLE001 - a second Ctrl+C or a dead worker while closing
                if not quietly:
                    raise


def _take(iterator, n: int):
    for _ in range(n):
        try:
            yield next(iterator)
        except StopIteration:
            return


def _submit(client, chunk, options):
    future = client.submit(audit_chunk, chunk, options, pure=False)
    future.chunk = chunk
    return future


def _gather(client, future, options) -> list[dict]:
    """A chunk's rows; a chunk whose worker died is split into single files, and a file that
    kills its worker each time becomes one DJ901 row instead of stopping the audit."""
    try:
        return future.result()
    except Exception:
        if len(future.chunk) == 1:
            path = future.chunk[0][0]
            message = f"{path}: 处理此文件时进程异常退出，已跳过"
            return [{"path": path, "hash": "", "skip": False, "error": message,
                     "findings": [_unreadable_row(path, message, "")]}]
        rows = []
        for item in future.chunk:
            rows.extend(_gather(client, _submit(client, [item], options), options))
        return rows
