"""The web page: Flask for the routes, waitress to serve them, worker processes for the work.

Made to be shared by an office (docs/serve.md):

- uploads live in memory only, under a random id, for :data:`KEEP_SECONDS`, at most
  :data:`KEEP_ENTRIES` of them and :data:`KEEP_BYTES` in all; downloads are made from them on
  demand, in memory;
- the work runs in :mod:`.workers` (a deadline and a memory limit per task, a bounded queue, 503
  when full), and what went wrong is said as it was: a timeout, too much memory, a busy server,
  never "your file is damaged" for someone else's upload;
- requests are accepted only for the names the server answers to (loopback names and IP
  addresses, the ``--host`` name, ``--allow-host`` names: no DNS rebinding), uploads only from
  the page itself (same Origin, and a header a cross-site form cannot send), and with the
  access token when one is set (compared as bytes: any language);
- waitress refuses a body over the limit before reading it; the limit is per file, as the page
  says, with "文件太多" when the count is the problem.
"""
from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
import threading
import time
from collections import OrderedDict
from importlib import resources
from urllib.parse import quote, unquote_to_bytes, urlsplit

from flask import Flask, Response, abort, jsonify, request

from . import form, service
from .workers import Busy, Pool, Settings, TaskFailed

KEEP_SECONDS = 30 * 60
KEEP_BYTES = 64 * 1024 * 1024
KEEP_ENTRIES = 1000
#: files per request (the page sends one per request; other clients may send several)
MAX_FILES = 20
#: a request body may exceed the per-file limit by this much (the form's own bytes)
FORM_SLACK = 1024 * 1024
#: seconds one file may take in a worker before the worker is killed and replaced
TASK_SECONDS = 60
#: a worker's resident memory limit (a worker at rest is ~100 MB; the guard's tag budget keeps a
#: document's reading under the rest, this kills whatever gets past it)
WORKER_MB = 300
DEFAULT_WORKERS = 2
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
#: the header the page sends with every upload: a cross-site form cannot, and a cross-site
#: script cannot without a CORS preflight, which is never answered
REQUEST_HEADER = "X-Djlint-Request"
TOKEN_HEADER = "X-Djlint-Token"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ASSETS = {"page.css": "text/css; charset=utf-8", "page.js": "text/javascript; charset=utf-8",
          "favicon.svg": "image/svg+xml"}


class Store:
    """Uploaded files by id, in memory, oldest first: dropped after KEEP_SECONDS, and beyond
    KEEP_ENTRIES entries or KEEP_BYTES bytes (oldest first).  Every operation is O(1) amortised:
    entries are kept in the order they came, so expiry only ever looks at the front."""

    def __init__(self, seconds: float = KEEP_SECONDS, entries: int = KEEP_ENTRIES, size: int = KEEP_BYTES):
        self.seconds, self.entries, self.size = seconds, entries, size
        self._items: OrderedDict[str, tuple[float, str, bytes, str | None, int | None]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def put(self, name, data, profile, year) -> str:
        key = secrets.token_urlsafe(16)
        with self._lock:
            self._items[key] = (time.monotonic(), name, data, profile, year)
            self._bytes += len(data)
            self._expire()
        return key

    def get(self, key):
        with self._lock:
            self._expire()
            item = self._items.get(key)
        return item[1:] if item else None

    def __len__(self):
        return len(self._items)

    @property
    def bytes(self) -> int:
        return self._bytes

    def _expire(self):
        now = time.monotonic()
        items = self._items
        while items:
            key, first = next(iter(items.items()))
            if now - first[0] <= self.seconds and len(items) <= self.entries and self._bytes <= self.size:
                break
            items.popitem(last=False)
            self._bytes -= len(first[2])

    def clear(self):
        with self._lock:
            self._items.clear()
            self._bytes = 0


def _text(message: str, status: int, **headers) -> Response:
    return Response(message, status=status, content_type="text/plain; charset=utf-8", headers=headers)


def _files_error(message: str, status: int, **headers):
    resp = jsonify({"files": [{"name": "", "error": message, "findings": [], "counts": {}}]})
    resp.status_code = status
    resp.headers.update(headers)
    return resp


def _asset(name: str) -> bytes:
    return resources.files(__package__).joinpath(name).read_bytes()


def _host_name(netloc: str) -> str:
    """The host of a Host header or an Origin's netloc, without port, lowercased; [v6] unbracketed."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:netloc.find("]")] if "]" in netloc else netloc
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


class Access:
    """Who may use the server: the Host (DNS rebinding), the Origin and the page's header
    (cross-site requests), the token."""

    def __init__(self, host: str = "127.0.0.1", allow_hosts=(), token: str | None = None):
        names = set(LOOPBACK_NAMES)
        names.update(h.strip().lower().rstrip(".") for h in allow_hosts if h and h.strip())
        bound = _host_name(host)
        if bound and not _is_ip(bound):
            names.add(bound)
        if bound in ("0.0.0.0", "::", ""):
            import socket

            # the machine's own names: colleagues open http://<this machine>:port/
            for name in {socket.gethostname(), socket.getfqdn()}:
                if name:
                    names.add(name.lower().rstrip("."))
        self.names = names
        self.token = token.encode("utf-8") if token else None

    def host_ok(self, host: str | None) -> bool:
        """An IP address is always fine (a rebinding page's Host is its own domain name); a name
        only when it is one of ours."""
        if not host:
            return False
        name = _host_name(host).rstrip(".")
        return _is_ip(name) or name in self.names

    def origin_ok(self, origin: str | None, host: str | None) -> bool:
        """No Origin (not a browser, or an old one: the page's header still decides), or the
        very origin of the request's Host."""
        if origin is None:
            return True
        parts = urlsplit(origin)
        return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host.strip().lower()

    def token_ok(self, header: str | None, query: str | None) -> bool:
        if self.token is None:
            return True
        if header:
            # the page sends it percent-encoded (headers are Latin-1 only); WSGI gives Latin-1 text
            given = unquote_to_bytes(header.encode("latin-1", "replace"))
        else:
            given = (query or "").encode("utf-8", "replace")
        return hmac.compare_digest(given, self.token)


def _year(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) == 4 else None


def _failure(name: str, e: TaskFailed, doing: str = "检查") -> str:
    """What happened, said as it was (never blaming the file for another upload)."""
    if e.kind == "timeout":
        return f"{name}: {doing}超时（超过 {TASK_SECONDS} 秒）已停止：文件过大或过于复杂，{service.SPLIT}"
    if e.kind == "memory":
        return f"{name}: {doing}占用的内存超过上限（{WORKER_MB} MB）已停止：文件过大或过于复杂，{service.SPLIT}"
    if e.kind == "stopped":
        return f"{name}: 服务器正在停止，未能{doing}，请稍后再试"
    if e.kind == "died":
        return f"{name}: {doing}进程意外退出，未能完成；请重试，如反复出现请联系管理员"
    return f"{name}: 服务器内部错误，未能完成{doing}；请重试，如反复出现请联系管理员"


BUSY = "服务器忙，请稍后再试"


class Site:
    """The routes of one server: its store, its workers, who may use it, its limits."""

    def __init__(self, pool: Pool, store: Store, access: Access, max_upload: int):
        self.pool, self.store, self.access = pool, store, access
        self.max_upload = max_upload
        self.limit_mb = max(1, max_upload // (1024 * 1024))
        self.profiles: list = []

    def remember_profiles(self, result) -> None:
        self.profiles[:] = result or []

    def guard(self):
        access = self.access
        if not access.host_ok(request.host):
            return _text("不接受这个访问地址。如果是经反向代理或用另一个名字访问，"
                         "请在启动时用 --allow-host 加上这个名字", 403)
        public = request.path.startswith("/static/") or request.path == "/favicon.ico"  # the page's own script and style
        if not public and not access.token_ok(request.headers.get(TOKEN_HEADER), request.args.get("token")):
            return _text("需要访问令牌：请使用管理员给出的完整地址（含 ?token=…）", 403)
        if request.method not in ("GET", "HEAD"):
            if not access.origin_ok(request.headers.get("Origin"), request.host):
                return _text("拒绝来自其他网站的请求", 403)
            if request.headers.get(REQUEST_HEADER) != "1":
                return _text(f"请从检查网页上传文件（缺少 {REQUEST_HEADER} 请求头）", 403)
        return None

    @staticmethod
    def headers(resp):
        # nothing on the page comes from anywhere else, nothing runs inline, and no other site frames it
        resp.headers["Content-Security-Policy"] = (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        resp.headers["Cross-Origin-Resource-Policy"] = "same-origin"
        if request.path.startswith(("/api/", "/download/")):
            resp.headers["Cache-Control"] = "no-store"  # results and copies of drafts stay nowhere
        else:
            resp.headers.setdefault("Cache-Control", "no-cache")
        return resp

    def index(self):
        from html import escape

        if not self.profiles:
            try:
                self.remember_profiles(self.pool.run("profiles"))
            except (Busy, TaskFailed):
                pass  # "自动识别" only, this time
        options = "".join(f'<option value="{escape(n)}">{escape(t)}（{escape(n)}）</option>' for n, t in self.profiles)
        html = (_asset("page.html").decode("utf-8").replace("<!--PROFILES-->", options)
                .replace("<!--MAX-->", str(self.limit_mb)).replace("<!--FILES-->", str(MAX_FILES))
                .replace("<!--KEEP-->", str(KEEP_SECONDS // 60)))
        return Response(html, content_type="text/html; charset=utf-8")

    @staticmethod
    def asset(name):
        if name not in ASSETS:
            abort(404)
        return Response(_asset(name), content_type=ASSETS[name])

    @staticmethod
    def favicon():
        return Response(_asset("favicon.svg"), content_type=ASSETS["favicon.svg"])

    def check(self):
        body = request.get_data(cache=False)
        try:
            uploads, fields = form.parse(body, request.content_type or "", MAX_FILES)
        except form.TooManyFiles as e:
            return _files_error(str(e), 413)
        except form.FormError as e:
            return _files_error(str(e), 400)
        del body
        if not uploads:
            return _files_error("没有收到文件，请重新选择文件后再试", 400)
        profile, year = fields.get("profile") or None, _year(fields.get("year"))
        results, busy = [], False
        for up in uploads:
            result = self._check_one(up, profile, year, busy)
            busy = busy or result.get("busy", False)
            results.append(result)
        resp = jsonify({"files": results})
        if busy:
            resp.status_code = 503
            resp.headers["Retry-After"] = "10"
        return resp

    def _check_one(self, up: form.Upload, profile, year, busy: bool) -> dict:
        name = up.name
        empty = {"name": name, "findings": [], "counts": {}, "kind": os.path.splitext(name)[1].lower()}
        if len(up.data) > self.max_upload:
            return {**empty, "error": f"{name}: 文件太大（上限 {self.limit_mb} MB）"}
        if busy:
            return {**empty, "error": f"{name}: {BUSY}", "busy": True}
        try:
            result = self.pool.run("check", name, up.data, profile, year, heavy=service.heavy(name, up.data))
        except Busy:
            return {**empty, "error": f"{name}: {BUSY}", "busy": True}
        except TaskFailed as e:
            return {**empty, "error": _failure(name, e)}
        if result.get("error") is None:
            result["id"] = self.store.put(name, up.data, profile, year)
        return result

    def download(self, key, which):
        if which not in ("annotated", "fixed"):
            abort(404)
        item = self.store.get(key)
        if item is None:
            return _text(f"结果已过期（保留 {KEEP_SECONDS // 60} 分钟），请重新上传文件", 404)
        name, data, profile, year = item
        label = "批注版" if which == "annotated" else "修订版"
        if which == "annotated" and not name.lower().endswith(".docx"):
            return _text("只有 .docx 文件有批注版", 404)
        try:
            out = self.pool.run(which, name, data, profile, year, heavy=service.heavy(name, data))
        except Busy:
            return _text(BUSY, 503, **{"Retry-After": "10"})
        except TaskFailed as e:
            return _text(_failure(name, e, f"生成{label}"), 503 if e.kind == "stopped" else 500)
        stem, ext = os.path.splitext(name)
        if ext.lower() == ".docx":
            content_type = DOCX_TYPE
        else:
            content_type = f"{'text/markdown' if ext.lower() == '.md' else 'text/plain'}; charset={out['charset']}"
        filename = quote(f"{stem}.{label}{ext}", safe="")
        return Response(out["data"], content_type=content_type, headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{filename}"})

    def report(self):
        """下载汇总表: the workbook (问题明细, 按文件汇总, 按规则汇总) of the uploads named in
        ``?ids=``, each file checked again in a worker as for a download."""
        from ..extras import ExtraMissing, require

        keys = [k for k in (request.args.get("ids") or "").split(",") if k]
        if not keys:
            return _text("没有可汇总的文件，请先上传文件", 404)
        if len(keys) > MAX_FILES * 5:
            return _text(f"一次最多汇总 {MAX_FILES * 5} 个文件", 400)
        try:
            require("xlsx")
        except ExtraMissing as e:
            return _text(str(e), 501)
        from ..output.xlsx import workbook_bytes

        findings, files, rules = [], [], {}
        for key in keys:
            item = self.store.get(key)
            if item is None:
                return _text(f"结果已过期（保留 {KEEP_SECONDS // 60} 分钟），请重新上传文件", 404)
            name, data, profile, year = item
            try:
                out = self.pool.run("rows", name, data, profile, year, heavy=service.heavy(name, data))
            except Busy:
                return _text(BUSY, 503, **{"Retry-After": "10"})
            except TaskFailed as e:
                files.append({"path": name, "error": _failure(name, e, "汇总")})
                continue
            files.append({"path": name, "error": out["error"]})
            findings.extend(out["findings"])
            rules.update(out["rules"])
        data, _n = workbook_bytes(findings, files, rules)
        filename = quote("djlint汇总表.xlsx", safe="")
        return Response(data, content_type=XLSX_TYPE, headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{filename}"})

    def too_large(self, _e):
        return _files_error(f"上传的内容太大：每个文件不超过 {self.limit_mb} MB，一次最多 {MAX_FILES} 个文件", 413)


def create_app(token: str | None = None, workers: int | None = None, max_upload: int = service.MAX_UPLOAD,
               host: str = "127.0.0.1", allow_hosts=(), pool: Pool | None = None) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = max_upload + FORM_SLACK
    if pool is None:
        settings = Settings(memory_mb=WORKER_MB, cache_home=_cache_home(), xml_bytes=service.XML_BYTES,
                            tags=service.TAGS)
        size = workers or DEFAULT_WORKERS
        pool = Pool(size, settings, timeout=TASK_SECONDS, queue=size)
    site = Site(pool, Store(), Access(host, allow_hosts, token), max_upload)
    app.extensions.update(djlint_pool=pool, djlint_store=site.store, djlint_site=site)
    app.before_request(site.guard)
    app.after_request(site.headers)
    app.add_url_rule("/", view_func=site.index, methods=["GET"])
    app.add_url_rule("/static/<name>", view_func=site.asset, methods=["GET"])
    app.add_url_rule("/favicon.ico", view_func=site.favicon, methods=["GET"])
    app.add_url_rule("/api/check", view_func=site.check, methods=["POST"])
    app.add_url_rule("/download/<key>/<which>", view_func=site.download, methods=["GET"])
    app.add_url_rule("/download/report", view_func=site.report, methods=["GET"])
    app.register_error_handler(413, site.too_large)
    app.register_error_handler(404, lambda _e: _text("没有这个页面", 404))
    app.register_error_handler(405, lambda _e: _text("不支持这种请求", 405))
    app.register_error_handler(500, lambda _e: _text("服务器内部错误，请重试", 500))
    return app


def _cache_home() -> str:
    """The workers' cache folder (their ``XDG_CACHE_HOME``): beside the user's djlint cache, one
    per installation, so a server never prunes another installation's index."""
    import zlib

    from ..util.paths import cache_root

    install = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(cache_root(), f"serve-{zlib.crc32(install.encode('utf-8')):08x}")


def clean_stale_temp(older_than: float = 3600) -> int:
    """Remove ``djlint-serve-*`` folders an earlier server's killed worker left in the temporary
    folder (this version writes none): only this user's, and only old ones."""
    import shutil
    import tempfile

    folder = tempfile.gettempdir()
    removed = 0
    try:
        names = [n for n in os.listdir(folder) if n.startswith("djlint-serve-")]
    except OSError:
        return 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    for name in names:
        path = os.path.join(folder, name)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        import stat

        if stat.S_ISDIR(st.st_mode) and (uid is None or st.st_uid == uid) and time.time() - st.st_mtime > older_than:
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


def _give_memory_back() -> None:
    """glibc raises its mmap threshold after a large buffer is freed, after which every 20 MB
    upload lands on the heap and stays there once freed: pin the threshold so large buffers are
    mapped and unmapped (Linux/glibc only; elsewhere nothing)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-3, 1024 * 1024)  # M_MMAP_THRESHOLD
    except (OSError, AttributeError):
        pass


def serve(host: str = "127.0.0.1", port: int = 8765, token: str | None = None, threads: int | None = None,
          max_upload: int = service.MAX_UPLOAD, announce=print, workers: int | None = None, allow_hosts=(),
          show_token: bool = True) -> None:
    """Bind, say where, serve until SIGTERM/SIGINT, then stop every worker.  The address is
    announced only once the port is bound (a port in use raises OSError before any word)."""
    from waitress.server import create_server

    from .workers import stop_on_signals

    clean_stale_temp()
    _give_memory_back()
    size = workers or DEFAULT_WORKERS
    app = create_app(token=token, workers=size, max_upload=max_upload, host=host, allow_hosts=allow_hosts)
    pool: Pool = app.extensions["djlint_pool"]
    server = create_server(app, host=host, port=port, threads=threads or size * 2 + 2, ident="djlint",
                           max_request_body_size=max_upload + FORM_SLACK, connection_limit=50,
                           clear_untrusted_proxy_headers=True)
    try:
        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        shown = f"[{shown}]" if ":" in shown else shown
        bound_port = getattr(server, "effective_port", port)
        url = f"http://{shown}:{bound_port}/"
        note = "按 Ctrl+C 停止"
        if token and show_token:
            url += f"?token={quote(token, safe='')}"
        elif token:
            note = "打开时在地址后加 ?token=访问令牌；" + note  # a token from a file or the environment is not printed
        pool.warm(app.extensions["djlint_site"].remember_profiles)
        stop_on_signals(pool.shutdown)
        announce(f"djlint 网页已启动：{url}（{note}）")
        server.run()  # returns on SIGTERM/SIGINT (waitress catches the SystemExit they raise)
    finally:
        pool.shutdown()
        server.close()
        app.extensions["djlint_store"].clear()
