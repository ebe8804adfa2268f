"""djlint serve under hostile uploads: the memory of the server and all its workers, and how long a
normal draft waits meanwhile.

    python benchmarks/serve_memory.py                  # 40 s of hostile uploads, 3 attackers
    python benchmarks/serve_memory.py --seconds 10 --attackers 2

Starts ``djlint serve --workers 2`` (Linux: it reads /proc), has ``--attackers`` clients send
hostile uploads without pause (bombs by every name, a real bomb, tag-heavy and long drafts just
inside the limits, a 60 MB image at 100:1 and a 19 MB photo through both downloads, a 900 MB body
announced), while one colleague uploads a normal draft every second.  The resident memory (RSS)
of the server and every process under it is summed every 50 ms; PSS (shared pages counted once)
is given too.  Prints a table; tests never assert on these timings (tests/test_web.py asserts
only the memory bound, on a short run).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from fixtures import build_docx as B  # noqa: E402

NORMAL = ["2024年度机关党建工作情况报告", "一、2024年工作情况", "全年召开会议x次,开展专题学习XX次。",
          "二、存在问题", "学习不够深入。", "三、2025年工作打算", "持续加强理论学习。"]
LINE = "全年召开会议x次,开展专题学习XX次,推动党建工作与业务工作深度融合。"


def _docx(build) -> bytes:
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "x.docx")
        build(path)
        return open(path, "rb").read()


def _forged(name: str) -> bytes:
    def build(path):
        if name == "word/document.dat":
            B.build(path, [B.p(B.r("会议x次"))], main_name=name)
        elif name.startswith("word/media/"):
            B.with_media(path, ["会议x次"], b"\0" * 4096, name=name)
        else:
            B.build(path, [B.p(B.r("会议x次"))], extra_parts={name: b"\0" * 4096})
        B.forge_sizes(path, {name: 2_400_000_000})
    return _docx(build)


def _with_member(name: str, size: int, block: bytes) -> bytes:
    """A draft whose image member is ``size`` bytes made of ``block`` repeated, streamed."""
    def build(path):
        base = path + ".base"
        B.with_media(base, [LINE] * 20, b"", name=name)
        with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename != name:
                    zout.writestr(info, zin.read(info))
            member = zipfile.ZipInfo(name)
            member.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(member, "w") as fh:
                for _ in range(size // len(block)):
                    fh.write(block)
    return _docx(build)


PHRASES = ["全年召开党委会议", "开展专题学习研讨", "推动党建工作与业务工作深度融合", "落实意识形态工作责任制",
           "组织党员干部参加培训", "督促整改问题", "开展廉政谈话", "完成支部换届选举", "发展党员", "撰写心得体会"]


def _sentence(rnd) -> str:
    """A varied draft sentence (a real report compresses about 15:1, not 500:1 like one line repeated)."""
    parts = [f"{rnd.choice(PHRASES)}{rnd.randint(2, 99)}次" for _ in range(rnd.randint(2, 4))]
    return "，".join(parts) + rnd.choice(["。", "，成效明显。", "，取得积极成效。"])


def _word_paragraph(rnd) -> str:
    """A paragraph as Word writes it: rsids, run properties, text cut into runs."""
    text = _sentence(rnd)
    rsid = f"{rnd.randrange(16 ** 8):08X}"
    runs = "".join(f'<w:r w:rsidR="{rsid}"><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
                   f'<w:t>{text[j:j + 9]}</w:t></w:r>' for j in range(0, len(text), 9))
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}"><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>{runs}</w:p>'


def hostile_uploads(quick: bool = False) -> list[tuple[str, str, bytes, bool]]:
    """(label, file name, bytes, download both copies too).  ``quick``: leave out the three that
    take a second or more to build or to check (the real 400 MB bomb, the 19 MB photo, the long
    Word-like draft)."""
    rnd = random.Random(5)
    sparse = bytearray(1024 * 1024)
    for i in range(0, len(sparse), 256):
        sparse[i:i + 3] = rnd.randbytes(3)  # ~100:1, under the bomb ratio
    out = [(f"bomb as {n}", "炸弹.docx", _forged(n), False)
           for n in ("word/document.dat", "word/media/image1.png", "word/fonts/font1.odttf", "word/blob")]

    def real_bomb(path):
        B.with_media(path, ["会议x次"], b"", name="word/media/image1.png")
        with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
            B.write_inflating(zf, "word/media/image2.png", 400 * 1024 * 1024, fill=b"\0")
    if not quick:
        out.append(("real bomb, 400 MB image", "炸弹.docx", _docx(real_bomb), False))
    out.append(("170,000 empty paragraphs (<1 MB XML)", "空段.docx",
                _docx(lambda p: B.build(p, ["<w:p/>" * 170_000, B.p(B.r("会议x次"))])), False))
    header = (b'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              + b"<w:p/>" * 170_000 + b"</w:hdr>")
    htype = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    out.append(("7 linked headers of 170,000 paragraphs", "页眉.docx", _docx(lambda p: B.build(
        p, [B.p(B.r("会议x次"))], extra_parts={f"word/header{i}.xml": header for i in range(2, 9)},
        extra_rels=[("header", f"header{i}.xml") for i in range(2, 9)],
        extra_types={f"word/header{i}.xml": htype for i in range(2, 9)})), False))
    if not quick:
        out.append(("5,000 Word-like paragraphs (~150,000 chars)", "长稿.docx",
                    _docx(lambda p: B.build(p, [_word_paragraph(rnd) for _ in range(5000)])), True))
    out.append(("280,000-character text", "长稿.txt",
                "\n".join(_sentence(rnd) for _ in range(12_000))[:280_000].encode("utf-8"), not quick))
    out.append(("60 MB image at 100:1", "图片.docx", _with_member("word/media/image1.png", 60 * 1024 * 1024,
                                                              bytes(sparse)), True))
    if not quick:
        out.append(("19 MB photo", "照片.docx", _with_member("word/media/image1.png", 19 * 1024 * 1024,
                                                            rnd.randbytes(1024 * 1024)), True))
    return out


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def family(pid: int) -> list[int]:
    tree, found, todo = _children(), [pid], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _kib(pid: int, path: str, key: str) -> int:
    try:
        with open(f"/proc/{pid}/{path}") as fh:
            return int(fh.read().split(key + ":")[1].split()[0])
    except (OSError, IndexError, ValueError):
        return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_rss = self.peak_pss = self.peak_server = self.peak_worker = 0
        self.peak_processes = 0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            pids = family(self.pid)
            rss = {p: _kib(p, "status", "VmRSS") for p in pids}
            self.peak_rss = max(self.peak_rss, sum(rss.values()))
            self.peak_pss = max(self.peak_pss, sum(_kib(p, "smaps_rollup", "Pss") for p in pids))
            self.peak_server = max(self.peak_server, rss.get(self.pid, 0))
            self.peak_worker = max([self.peak_worker] + [v for p, v in rss.items() if p != self.pid])
            self.peak_processes = max(self.peak_processes, len(pids))
            time.sleep(self.every)


def _multipart(name: str, content: bytes):
    boundary = "benchboundary7f3a"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def post(url: str, name: str, content: bytes) -> tuple[int, dict]:
    body, ctype = _multipart(name, content)
    req = urllib.request.Request(url + "api/check", data=body,
                                 headers={"Content-Type": ctype, "X-Djlint-Request": "1"})
    try:
        with urllib.request.urlopen(req, timeout=180) as res:
            return res.status, json.loads(res.read())["files"][0]
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read())["files"][0]
        except (ValueError, KeyError, IndexError):
            return e.code, {}


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=180) as res:
            res.read()
            return res.status
    except urllib.error.HTTPError as e:
        return e.code


def announce_huge_body(port: int) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Djlint-Request: 1\r\n"
                  "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 900000000\r\n\r\n".encode())
        return s.recv(64).decode("latin-1").split("\r\n")[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(seconds: float = 40, attackers: int = 3, workers: int = 2, cache_home: str | None = None,
            quick: bool = False) -> dict:
    """Run the server under attack; return the peaks (KiB), the normal draft's latencies and
    what each hostile upload got."""
    uploads = hostile_uploads(quick)
    normal = _docx(lambda p: B.from_lines(p, NORMAL))
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    exe = os.path.join(os.path.dirname(sys.executable), "djlint")
    env = dict(os.environ)
    if cache_home:
        env["XDG_CACHE_HOME"] = cache_home
    proc = subprocess.Popen([exe, "serve", "--port", str(port), "--workers", str(workers)],
                            stderr=subprocess.PIPE, env=env, text=True)
    try:
        for _ in range(600):
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read())
            try:
                if get(url) == 200:
                    break
            except OSError:
                time.sleep(0.1)
        # a first normal upload once the workers are warm: the latency at rest
        for _ in range(100):
            status, first = post(url, "草稿.docx", normal)
            if status == 200:
                break
            time.sleep(0.2)
        t = time.perf_counter()
        post(url, "草稿.docx", normal)
        at_rest = time.perf_counter() - t
        sampler = Sampler(proc.pid)
        sampler.start()
        outcomes: dict[str, dict[str, int]] = {}
        lock = threading.Lock()
        end = time.monotonic() + seconds

        def attacker(k: int):
            i = k * len(uploads) // attackers  # each starts at another place in the list
            while time.monotonic() < end:
                label, name, data, download = uploads[i % len(uploads)]
                i += 1
                status, result = post(url, name, data)
                what = f"{status} {'ok' if status == 200 and result.get('error') is None else 'refused'}"
                if status == 200 and result.get("error") is None and download and time.monotonic() < end:
                    codes = [get(f"{url}download/{result['id']}/{which}") for which in ("annotated", "fixed")]
                    what += " downloads " + "/".join(map(str, codes))
                elif result.get("error"):
                    what += ": " + result["error"].split(": ", 1)[-1][:36]
                with lock:
                    outcomes.setdefault(label, {}).setdefault(what, 0)
                    outcomes[label][what] += 1
            reply = announce_huge_body(port)
            with lock:
                seen = outcomes.setdefault("900 MB body announced", {})
                seen[reply] = seen.get(reply, 0) + 1

        threads = [threading.Thread(target=attacker, args=(k,)) for k in range(attackers)]
        for th in threads:
            th.start()
        latencies, normal_status = [], {}
        while time.monotonic() < end:
            t = time.perf_counter()
            status, result = post(url, "草稿.docx", normal)
            latencies.append(time.perf_counter() - t)
            key = f"{status} {'ok' if status == 200 and result.get('error') is None else result.get('error')}"
            normal_status[key] = normal_status.get(key, 0) + 1
            time.sleep(1.0)
        for th in threads:
            th.join(300)
        time.sleep(0.2 if quick else 1.0)
        idle = {p: _kib(p, "status", "VmRSS") for p in family(proc.pid)}
        sampler.stop.set()
        sampler.join(5)
        return {"peak_rss": sampler.peak_rss, "peak_pss": sampler.peak_pss, "peak_server": sampler.peak_server,
                "peak_worker": sampler.peak_worker, "processes": sampler.peak_processes, "idle_rss": idle,
                "at_rest": at_rest, "latencies": latencies, "normal": normal_status, "outcomes": outcomes,
                "first": first}
    finally:
        proc.terminate()
        proc.wait(30)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=40)
    ap.add_argument("--attackers", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    if not os.path.isdir("/proc/self"):
        print("needs Linux (/proc)")
        return 2
    r = measure(args.seconds, args.attackers, args.workers)
    mb = lambda kib: f"{kib / 1024:.0f} MB"  # noqa: E731
    lat = r["latencies"]
    print(f"djlint serve --workers {args.workers}, {args.attackers} attackers for {args.seconds:g} s\n")
    print("| measurement | value |\n|---|---|")
    print(f"| peak RSS, server + all workers (summed) | {mb(r['peak_rss'])} |")
    print(f"| peak PSS, server + all workers (shared pages once) | {mb(r['peak_pss'])} |")
    print(f"| peak RSS of the server process | {mb(r['peak_server'])} |")
    print(f"| peak RSS of one worker | {mb(r['peak_worker'])} |")
    print(f"| processes at most (server, fork server, workers) | {r['processes']} |")
    idle = r["idle_rss"]
    print(f"| RSS after the attack: all / server / others | {mb(sum(idle.values()))} / "
          f"{mb(next(iter(idle.values()), 0))} / {', '.join(mb(v) for v in list(idle.values())[1:])} |")
    print(f"| normal draft at rest | {r['at_rest']:.2f} s |")
    if lat:
        print(f"| normal draft under attack: median / max ({len(lat)} uploads) | "
              f"{statistics.median(lat):.2f} s / {max(lat):.2f} s |")
    print(f"| normal draft outcomes | {', '.join(f'{k}: {v}' for k, v in r['normal'].items())} |")
    print("\n| hostile upload | outcomes |\n|---|---|")
    for label, seen in r["outcomes"].items():
        print(f"| {label} | {'; '.join(f'{k} ×{v}' for k, v in seen.items())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
