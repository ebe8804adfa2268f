"""The worker processes of ``djlint serve``: one task each at a time, watched, replaced alone.

A hostile or huge upload must cost its own worker and nobody else's request, so this is not a
``ProcessPoolExecutor`` (one worker killed there breaks the pool and fails every task in it):

- workers are started with *forkserver* (spawn where there is none): they never inherit the
  listening socket or the server's memory, and import only what the work needs;
- each task has a deadline and a memory limit (the worker's RSS, watched from here on Linux, and
  an address-space limit in the worker as a backstop): past either, that worker is killed and
  replaced, and the user is told which it was;
- a worker retires after ``max_tasks`` tasks, or at once when a task left it large (Python does
  not give memory back), so an idle server comes back to its resting size;
- waiting is bounded: beyond ``queue`` waiting requests (or ``wait`` seconds) :class:`Busy`;
- heavy inputs (large by their declared size) may use all workers but one, so a normal draft
  always finds a worker while big ones run;
- :meth:`Pool.shutdown` kills every worker (:func:`stop_on_signals` calls it on SIGTERM).

This module imports only the standard library at load: it is what the fork server preloads.
"""
from __future__ import annotations

import os
import signal
import threading
import time


class Busy(Exception):
    """Every worker busy and the queue full, or the wait too long: 503, try again later."""


class TaskFailed(Exception):
    """The task did not finish: ``kind`` is timeout, memory, died, error or stopped."""

    def __init__(self, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


class Settings:
    """What a worker is told at start (picklable)."""

    def __init__(self, memory_mb: int = 400, max_tasks: int = 50, cache_home: str | None = None,
                 xml_bytes: int | None = None, tags: int | None = None):
        self.memory_mb = memory_mb
        self.max_tasks = max_tasks
        self.cache_home = cache_home
        self.xml_bytes = xml_bytes
        self.tags = tags

    def apply(self) -> None:
        """In the worker, before any work."""
        if self.cache_home:
            # DJ421's index, the compiled packs, jieba's cache: in the server's own folder, so the
            # prune that keeps a cache folder small never deletes another installation's files
            os.environ["XDG_CACHE_HOME"] = self.cache_home
        try:
            import resource

            # a backstop for a sudden allocation between two looks at the RSS: address space is
            # larger than RSS (libraries, mapped caches), hence the margin
            limit = (self.memory_mb + 1024) * 1024 * 1024
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard == resource.RLIM_INFINITY or hard > limit:
                resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ImportError, ValueError, OSError):
            pass
        from ..document import guard

        guard.set_limits(xml_bytes=self.xml_bytes, tags=self.tags)


def rss_kib(pid: int) -> int | None:
    """Resident memory of a process in KiB (Linux), or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, ValueError, IndexError):
        return None


def _save_caches() -> None:
    """A worker ends with ``os._exit`` (multiprocessing's way), so what the command line writes
    at exit (compiled patterns, parsed packs) is written here, after a task that added to it."""
    try:
        from ..util import rx

        rx.flush()
    except Exception:  # noqa: BLE001 - a cache not written is only built again next time
        pass
    try:
        from ..engine import data

        packs = getattr(data, "_PACKS", None)
        if packs is not None and getattr(packs, "dirty", False):
            packs.save()
    except Exception:  # noqa: BLE001
        pass


def _worker_loop(conn, settings: Settings) -> None:
    """A worker: tasks in, replies out, until told to stop, retired, or orphaned.

    A task is ``(function name, other args)`` then the upload's bytes as a raw message; a reply
    is ``((kind, value), retire, has bytes)`` then, for a download, its bytes as a raw message
    (bytes are never pickled: no second copy of a 20 MB upload on either side)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole group: the server stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    settings.apply()
    from . import service

    try:
        for done in range(1, settings.max_tasks + 1):
            message = conn.recv()
            if message is None:
                return
            name, args = message
            data = conn.recv_bytes()
            retire = done >= settings.max_tasks
            try:
                reply = ("ok", getattr(service, name)(*args[:1], data, *args[1:]) if args else getattr(service, name)())
            except MemoryError:
                reply, retire = ("memory", ""), True
            except Exception as e:  # noqa: BLE001 - reported as an internal error, never a traceback on the page
                reply = ("error", type(e).__name__)
            del data
            _save_caches()
            payload = None
            if reply[0] == "ok" and isinstance(reply[1], dict) and isinstance(reply[1].get("data"), bytes):
                value = dict(reply[1])
                payload = value.pop("data")
                reply = ("ok", value)
            rss = rss_kib(os.getpid())
            if rss is not None and rss > settings.memory_mb * 1024 // 2:
                retire = True  # memory is not given back: start afresh rather than stay large
            conn.send((reply, retire, payload is not None))
            if payload is not None:
                conn.send_bytes(payload)
            del reply, payload
            if retire:
                return
    except (EOFError, OSError, KeyboardInterrupt):
        return  # the server went away


def _context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # what a forked worker starts with: this module and the standard library, not the web
        # server (Flask, waitress) nor the command line
        ctx.set_forkserver_preload([__name__])
        return ctx
    return multiprocessing.get_context("spawn")


class Worker:
    def __init__(self, ctx, settings: Settings):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_loop, args=(child, settings), daemon=True,
                                   name="djlint-serve-worker")
        self.process.start()
        child.close()
        self.settings = settings
        self.retiring = False
        self.dead = False

    def call(self, name: str, args: tuple, timeout: float):
        """``service.<name>(*args)``; when ``args`` has a second item it is the upload's bytes."""
        head, data = (args[:1] + args[2:], args[1]) if len(args) > 1 else ((), b"")
        try:
            self.conn.send((name, head))
            self.conn.send_bytes(data)
        except (OSError, ValueError, TypeError):  # TypeError: the pipe closed by shutdown() while sending
            self.kill()
            raise TaskFailed("died", "before the task") from None
        deadline = time.monotonic() + timeout
        limit_kib = self.settings.memory_mb * 1024
        gone = None
        while True:
            try:
                ready = self.conn.poll(0.05)
                reply = self.conn.recv() if ready else None
                if reply is not None and reply[2]:
                    reply[0][1]["data"] = self.conn.recv_bytes()
            except (EOFError, OSError, ValueError, TypeError):  # died, or killed by shutdown() (a closed pipe's handle is None)
                stopped = self.dead
                self.kill()
                raise TaskFailed("stopped" if stopped else "died", self._exit()) from None
            if reply is not None:
                (kind, value), self.retiring, _bytes = reply
                if kind == "ok":
                    return value
                raise TaskFailed(kind, value)
            if not self.process.is_alive():
                # its reply may still be in the pipe: the next poll sees it, or the end of the pipe
                gone = gone if gone is not None else time.monotonic()
                if time.monotonic() - gone < 1.0:
                    continue
                self.kill()
                raise TaskFailed("died", self._exit())
            rss = rss_kib(self.process.pid)
            if rss is not None and rss > limit_kib:
                self.kill()
                raise TaskFailed("memory", f"{rss // 1024} MB")
            if time.monotonic() > deadline:
                self.kill()
                raise TaskFailed("timeout", f"{timeout:g} s")

    def _exit(self) -> str:
        code = self.process.exitcode
        return f"exit code {code}" if code is not None else "gone"

    def stop(self, wait: float = 2.0) -> None:
        """Ask the worker to finish (it exits after its current task), kill it if it does not."""
        if self.dead:
            return
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(wait)
        self.kill()

    def kill(self) -> None:
        if self.dead:
            return
        self.dead = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        try:
            self.conn.close()
        except OSError:
            pass


class Pool:
    """``size`` workers started on demand; :meth:`run` gives a task to an idle one."""

    def __init__(self, size: int, settings: Settings | None = None, timeout: float = 60.0,
                 queue: int | None = None, wait: float = 30.0):
        self.size = max(1, size)
        self.settings = settings or Settings()
        self.timeout = timeout
        self.queue = self.size * 2 if queue is None else queue
        self.wait = wait
        self._ctx = None
        self._idle: list[Worker] = []
        self._all: set[Worker] = set()
        self._starting = 0
        self._waiting = 0
        self._heavy = 0
        self._closed = False
        self._cond = threading.Condition()

    @property
    def heavy_slots(self) -> int:
        return max(1, self.size - 1)

    def _can_take(self, heavy: bool) -> bool:
        if heavy and self._heavy >= self.heavy_slots:
            return False
        return bool(self._idle) or len(self._all) + self._starting < self.size

    def _acquire(self, heavy: bool) -> Worker:
        with self._cond:
            if self._closed:
                raise TaskFailed("stopped")
            if not self._can_take(heavy):
                if self._waiting >= self.queue:
                    raise Busy()
                self._waiting += 1
                try:
                    end = time.monotonic() + self.wait
                    while not self._can_take(heavy):
                        left = end - time.monotonic()
                        if left <= 0 or self._closed:
                            raise Busy() if not self._closed else TaskFailed("stopped")
                        self._cond.wait(left)
                finally:
                    self._waiting -= 1
            self._heavy += heavy
            if self._idle:
                return self._idle.pop()
            self._starting += 1
        try:
            return self._start_reserved()
        except BaseException:
            with self._cond:
                self._heavy -= heavy
            raise

    def _start_reserved(self) -> Worker:
        """Start a worker in a slot already counted in ``_starting``."""
        try:
            if self._ctx is None:
                self._ctx = _context()
            worker = Worker(self._ctx, self.settings)
        except BaseException as e:
            with self._cond:
                self._starting -= 1
                self._cond.notify_all()
            if isinstance(e, Exception):
                raise TaskFailed("error", f"cannot start a worker: {type(e).__name__}") from None
            raise
        with self._cond:
            self._starting -= 1
            self._all.add(worker)
            if self._closed:
                worker.kill()
                self._all.discard(worker)
                raise TaskFailed("stopped")
        return worker

    def _release(self, worker: Worker, heavy: bool) -> None:
        with self._cond:
            self._heavy -= heavy
            if worker.dead or worker.retiring or self._closed:
                self._all.discard(worker)
            else:
                self._idle.append(worker)
            self._cond.notify_all()
        if worker.retiring and not worker.dead:
            worker.process.join(2)  # it exits by itself after its reply
            worker.kill()

    def run(self, name: str, *args, heavy: bool = False, timeout: float | None = None):
        """Run ``service.<name>(*args)`` in a worker: its result, or :class:`Busy` / :class:`TaskFailed`."""
        worker = self._acquire(heavy)
        try:
            return worker.call(name, args, timeout or self.timeout)
        finally:
            self._release(worker, heavy)

    def warm(self, first=None) -> None:
        """Start every worker and let each load the rules, one after the other (the first builds
        the caches the others read), in a thread: the page answers meanwhile.  ``first`` is
        called with the first worker's answer to ``service.warm()``."""
        def go():
            nonlocal first
            for _ in range(self.size):
                with self._cond:
                    if self._closed or len(self._all) + self._starting >= self.size:
                        return
                    self._starting += 1
                try:
                    worker = self._start_reserved()
                except TaskFailed:
                    return
                try:
                    result = worker.call("warm", (), self.timeout * 2)
                    if first is not None:
                        first(result)
                        first = None
                except TaskFailed:
                    pass
                finally:
                    self._release(worker, False)

        threading.Thread(target=go, name="djlint-warm", daemon=True).start()

    def pids(self) -> list[int]:
        with self._cond:
            return [w.process.pid for w in self._all if w.process.pid]

    def shutdown(self) -> None:
        """Stop every worker now (busy ones are killed; their requests get an error)."""
        with self._cond:
            self._closed = True
            workers = list(self._all)
            self._idle.clear()
            self._cond.notify_all()
        for w in workers:
            w.kill()
        with self._cond:
            self._all.clear()


def stop_on_signals(on_stop) -> None:
    """SIGTERM (systemd, docker, kill), SIGHUP and Ctrl+C end the server the same way: ``on_stop``
    (stop the workers at once: requests waiting on them end now), then SystemExit in the main
    thread, which waitress's loop takes as its signal to stop."""
    if threading.current_thread() is not threading.main_thread():
        return

    def handler(signum, frame):
        on_stop()
        raise SystemExit(0)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)
