"""djlint audit on a Dask LocalCluster with two workers: the same findings as the command line,
resumable, never a finding twice, a changed file redone, a hostile file one DJ901 row."""
import json
import os
import subprocess
import sys
import time

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from djlint.audit.results import Results  # noqa: E402

# every test starts a two-worker Dask cluster (seconds each); the workers read DJ421's index from
# the session's cache folder, built there once beforehand instead of by both workers at once
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("spelling_index")]

BIN = os.path.join(os.path.dirname(sys.executable), "djlint")


def make_archive(folder, n: int):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / f"unit{i % 7}"
        sub.mkdir(exist_ok=True)
        lines = [f"{2015 + i % 10}年度党建工作报告", "一、工作情况", f"全年召开会议{'x' if i % 3 else i}次,开展学习。"]
        if i % 5 == 0:
            lines += ["二.存在问题", "学习不够深入。"]
        (sub / f"r{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "坏.docx").write_bytes(b"PK\x03\x04 not a zip")
    return folder


def key(rows):
    return sorted((r["path"], r["line"], r["column"], r["code"], r["message"]) for r in rows)


def cli_json(folder):
    out = subprocess.run([BIN, "--no-cache", "--format", "json", str(folder)], capture_output=True, timeout=300).stdout
    return json.loads(out)


def audit(*args, **kw):
    return subprocess.run([BIN, "audit", *map(str, args), "--workers", "2"], capture_output=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return make_archive(tmp_path_factory.mktemp("archive") / "src", 300)


def test_same_findings_as_the_command_line_and_resumable(archive, tmp_path):
    out = tmp_path / "res"
    proc = audit(archive, "--out", out)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "301 个文件" in proc.stdout.decode()
    res = Results(str(out))
    assert key(res.all_findings()) == key(cli_json(archive))
    files = res.all_files()
    assert len(files) == 301 and len({f["path"] for f in files}) == 301
    bad = next(f for f in res.all_findings() if f["path"].endswith("坏.docx"))
    assert bad["code"] == "DJ901"
    again = audit(archive, "--out", out).stdout.decode()
    assert "301 个未改动已跳过" in again
    assert key(Results(str(out)).all_findings()) == key(cli_json(archive))


def test_a_changed_file_is_redone_once(archive, tmp_path):
    src = make_archive(tmp_path / "src", 40)
    out = tmp_path / "res"
    audit(src, "--out", out, "--batch-size", "10")
    target = src / "unit1" / "r0001.txt"
    target.write_text(target.read_text(encoding="utf-8") + "再召开会议XX次。\n", encoding="utf-8")
    text = audit(src, "--out", out, "--batch-size", "10").stdout.decode()
    assert "40 个未改动已跳过" in text  # 41 files, one changed
    res = Results(str(out))
    assert key(res.all_findings()) == key(cli_json(src))
    assert len([f for f in res.all_files() if f["path"] == str(target)]) == 1


def test_killed_midway_and_restarted(tmp_path):
    src = make_archive(tmp_path / "src", 400)
    out = tmp_path / "res"
    proc = subprocess.Popen([BIN, "audit", str(src), "--out", str(out), "--workers", "2", "--batch-size", "20"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "files").glob("part-*"))) < 3:
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    partial = len(list((out / "files").glob("part-*")))
    assert partial >= 1
    done = audit(src, "--out", out, "--batch-size", "20")
    assert done.returncode == 0, done.stderr.decode()
    res = Results(str(out))
    assert key(res.all_findings()) == key(cli_json(src))
    paths = [f["path"] for f in res.all_files()]
    assert len(paths) == len(set(paths)) == 401


def test_a_manifest_as_source(tmp_path, archive):
    files = sorted(str(p) for p in archive.rglob("*.txt"))[:30]
    (tmp_path / "list.txt").write_text("# 清单\n" + "\n".join(files) + "\n", encoding="utf-8")
    (tmp_path / "list.csv").write_text("path,unit\n" + "".join(f"{p},x\n" for p in files), encoding="utf-8")
    for name in ("list.txt", "list.csv"):
        out = tmp_path / f"res-{name}"
        assert audit(tmp_path / name, "--out", out, "--format", "jsonl").returncode == 0
        assert {f["path"] for f in Results(str(out), "jsonl").all_files()} == set(files)


def test_a_chunk_whose_worker_died_is_split_and_the_killer_is_one_row():
    from djlint.audit import run as R

    class Future:
        def __init__(self, chunk, ok=True):
            self.chunk, self.ok = chunk, ok

        def result(self):
            if not self.ok or any(p == "killer" for p, _h in self.chunk):
                raise RuntimeError("KilledWorker")
            return [{"path": p, "hash": "h", "skip": False, "findings": [], "error": None} for p, _h in self.chunk]

    class Client:
        def submit(self, fn, chunk, options, pure=False):
            return Future(chunk)

    rows = R._gather(Client(), Future([("a", None), ("killer", None), ("b", None)], ok=False), None)
    assert [r["path"] for r in rows] == ["a", "killer", "b"]
    assert rows[1]["findings"][0]["code"] == "DJ901" and "异常退出" in rows[1]["findings"][0]["message"]


def test_without_the_extra_it_says_what_to_install(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from djlint.cli import main

    monkeypatch.setitem(sys.modules, "djlint.audit.run", None)
    result = CliRunner().invoke(main, ["audit", str(tmp_path), "--out", str(tmp_path / "o")])
    # the install command follows where djlint came from (tests/test_newcomer.py): a clone names itself
    assert result.exit_code == 2 and "档案审计需要另外安装：" in result.stderr and "[archive]" in result.stderr
