"""The web page: Flask for the routes, waitress to serve them, a process pool for the work.

Uploads live in memory only, for a limited time and size, under a random id; downloads are
made from them on demand.  Bound to 127.0.0.1 unless ``--host`` says otherwise; an optional
access token guards every request.
"""
from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from urllib.parse import quote

from flask import Flask, Response, abort, jsonify, request

from . import service

KEEP_SECONDS = 30 * 60
KEEP_BYTES = 200 * 1024 * 1024


class Store:
    """Uploaded files by id, in memory, dropped after KEEP_SECONDS or beyond KEEP_BYTES."""

    def __init__(self):
        self._items: dict[str, tuple[float, str, bytes, str | None, int | None]] = {}
        self._lock = threading.Lock()

    def put(self, name, data, profile, year) -> str:
        key = secrets.token_urlsafe(16)
        with self._lock:
            self._items[key] = (time.monotonic(), name, data, profile, year)
            self._expire()
        return key

    def get(self, key):
        with self._lock:
            self._expire()
            item = self._items.get(key)
        return item[1:] if item else None

    def _expire(self):
        now = time.monotonic()
        for k in [k for k, v in self._items.items() if now - v[0] > KEEP_SECONDS]:
            del self._items[k]
        total = sum(len(v[2]) for v in self._items.values())
        for k in sorted(self._items, key=lambda k: self._items[k][0]):
            if total <= KEEP_BYTES:
                break
            total -= len(self._items[k][2])
            del self._items[k]


class Workers:
    """A pool of worker processes; one that breaks (a hostile file killed it) is replaced."""

    def __init__(self, size: int):
        self.size = size
        self._pool = None
        self._lock = threading.Lock()

    def run(self, fn, *args, timeout: float = 120):
        with self._lock:
            if self._pool is None:
                import multiprocessing

                try:
                    ctx = multiprocessing.get_context("fork")
                except ValueError:
                    ctx = multiprocessing.get_context()
                self._pool = ProcessPoolExecutor(max_workers=self.size, mp_context=ctx)
            pool = self._pool
        try:
            return pool.submit(fn, *args).result(timeout=timeout)
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            raise

    def shutdown(self):
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _page() -> str:
    return resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8")


def _check_one(pool: Workers, store: Store, f, profile, year) -> dict:
    name = os.path.basename(f.filename or "未命名.txt")
    data = f.read()
    try:
        result = pool.run(service.check, name, data, profile, year)
    except BrokenProcessPool:
        result = {"name": name, "error": f"{name}: 文件无法处理（读取时进程异常退出），请确认文件没有损坏",
                  "findings": [], "counts": {}}
    except Exception:  # never a stack trace on the page
        result = {"name": name, "error": f"{name}: 文件无法处理", "findings": [], "counts": {}}
    if result.get("error") is None:
        result["id"] = store.put(name, data, profile, year)
    return result


def _year(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) == 4 else None


def _download(pool: Workers, store: Store, key: str, which: str) -> Response:
    item = store.get(key)
    if item is None:
        abort(404)
    name, data, profile, year = item
    label = "批注版" if which == "annotated" else "修订版"
    fn = service.annotated if which == "annotated" else service.fixed
    try:
        payload = pool.run(fn, name, data, profile, year)
    except Exception:
        return Response(f"{name}: 无法生成{label}", status=422, mimetype="text/plain; charset=utf-8")
    stem, ext = os.path.splitext(name)
    mimetype = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document" if ext == ".docx"
                else "text/plain; charset=utf-8")
    return Response(payload, mimetype=mimetype, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(f'{stem}.{label}{ext}')}"})


def _guard(token: str | None):
    if token is None:
        return None
    given = request.headers.get("X-Djlint-Token") or request.args.get("token") or ""
    if not hmac.compare_digest(given, token):
        return Response("需要访问令牌：请使用启动时显示的完整地址（含 ?token=…）", status=403,
                        mimetype="text/plain; charset=utf-8")
    return None


def _headers(resp):
    # nothing on the page comes from anywhere else
    resp.headers["Content-Security-Policy"] = ("default-src 'self'; style-src 'self' 'unsafe-inline'; "
                                               "script-src 'self' 'unsafe-inline'; img-src 'self' data:")
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer"
    return resp


def create_app(token: str | None = None, workers: int | None = None, max_upload: int = service.MAX_UPLOAD) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = max_upload
    store = Store()
    pool = Workers(workers or max(2, os.cpu_count() or 2))
    app.extensions["djlint_pool"] = pool
    limit_mb = max_upload // (1024 * 1024)
    app.before_request(lambda: _guard(token))
    app.after_request(_headers)

    @app.get("/")
    def index():
        options = "".join(f'<option value="{n}">{t}（{n}）</option>' for n, t in service.profiles())
        html = _page().replace("<!--PROFILES-->", options).replace("<!--MAX-->", str(limit_mb))
        return Response(html, mimetype="text/html; charset=utf-8")

    @app.post("/api/check")
    def check():
        profile, year = request.form.get("profile") or None, _year(request.form.get("year"))
        return jsonify({"files": [_check_one(pool, store, f, profile, year) for f in request.files.getlist("files")]})

    @app.get("/download/<key>/<which>")
    def download(key, which):
        if which not in ("annotated", "fixed"):
            abort(404)
        return _download(pool, store, key, which)

    @app.errorhandler(413)
    def too_large(_e):
        return jsonify({"files": [{"name": "", "error": f"上传的文件太大（上限 {limit_mb} MB）",
                                   "findings": [], "counts": {}}]}), 413

    @app.errorhandler(500)
    def internal(_e):
        return Response("服务器内部错误，请重试", status=500, mimetype="text/plain; charset=utf-8")

    return app


def serve(host: str = "127.0.0.1", port: int = 8765, token: str | None = None, threads: int = 8,
          max_upload: int = service.MAX_UPLOAD, announce=print) -> None:
    from waitress import serve as waitress_serve

    app = create_app(token=token, max_upload=max_upload)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    announce(f"djlint 网页已启动：{url}（按 Ctrl+C 停止）")
    try:
        waitress_serve(app, host=host, port=port, threads=threads, ident="djlint", _quiet=True)
    finally:
        app.extensions["djlint_pool"].shutdown()
