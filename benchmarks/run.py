"""djlint benchmarks: latency, batch, result cache, scaling and memory, each against a floor.

    python benchmarks/run.py            # writes benchmarks/results.md and prints it
    python benchmarks/run.py --quick    # fewer repetitions, for a smoke run

Drafts are generated here (never read from outside the repository).  Every measurement is a
whole `python -m djlint` process, as a user or a pre-commit hook runs it.  Tests never
assert on these numbers.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from fixtures.build_docx import from_lines  # noqa: E402

PARAGRAPHS = [
    "一、{year}年主要工作情况",
    "（一）强化理论武装。全年组织党委理论学习中心组集中学习12次，开展专题研讨4次，各支部开展主题党日活动96次，"
    "党员干部撰写心得体会230余篇，理论学习的系统性和实效性不断增强。",
    "（二）夯实基层基础。完成3个党支部按期换届，发展党员5名，培训入党积极分子20人次，全年召开会议x次，"
    "推动支部标准化规范化建设提质增效,各项制度落实到位。",
    "（三）加强作风建设。开展廉政谈话40人次，组织观看警示教育片2次，督促整改问题15个，覆盖5-10万人，"
    "持续巩固拓展作风建设成果。",
    "二、存在的问题和不足",
    "一是理论学习的深度还不够；二是个别支部“三会一课”记录不够规范；三是党建与业务融合的载体还不够丰富。",
    "三、{next}年工作打算",
    "（一）持续深化理论武装。以党委理论学习中心组学习为龙头，带动党员干部跟进学习、深入学习。",
    "（二）着力提升组织力。推进支部标准化规范化建设，抓好党员教育管理监督。",
]


def draft_lines(chars: int, seed: int = 0) -> list[str]:
    lines = [f"市第{seed + 1}机关党委2024年度党建工作情况报告", ""]
    n = 0
    i = 0
    while n < chars:
        line = PARAGRAPHS[i % len(PARAGRAPHS)].format(year=2024, next=2025)
        if i % len(PARAGRAPHS) == 0 and i:
            line += f"（续{i // len(PARAGRAPHS)}）"
        lines.append(line)
        n += len(line)
        i += 1
    return lines


def run(cmd: list[str], env=None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - t


def best(cmd, reps, env=None) -> float:
    return statistics.median(run(cmd, env) for _ in range(reps))


PEAK = ("import atexit, sys\n"
        "def peak():\n"
        "    try:\n"
        "        print('PEAK_KIB=' + open('/proc/self/status').read().split('VmHWM:')[1].split()[0], file=sys.stderr)\n"
        "    except OSError:\n"
        "        pass\n"
        "atexit.register(peak)\n"
        "sys.argv = ['djlint'] + sys.argv[1:]\n"
        "from djlint.cli import main\n"
        "main()\n")


def peak_mib(args, env) -> float | None:
    proc = subprocess.run([sys.executable, "-c", PEAK, *args], capture_output=True, text=True, env=env)
    if "PEAK_KIB=" not in proc.stderr:
        return None
    return int(proc.stderr.split("PEAK_KIB=")[1].split()[0]) / 1024


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", default=os.path.join(ROOT, "benchmarks", "results.md"))
    args = ap.parse_args()
    reps = 3 if args.quick else 7
    work = tempfile.mkdtemp(prefix="djlint-bench-")
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""),
               XDG_CACHE_HOME=os.path.join(work, "cache"))
    dj = [sys.executable, "-m", "djlint", "-q", "--format", "concise"]
    rows = []
    try:
        # latency: one 10,000-character .docx
        one = os.path.join(work, "one.docx")
        from_lines(one, draft_lines(10_000))
        floor = best([sys.executable, "-c", f"import docx; docx.Document({one!r})"], reps, env)
        ours = best(dj + ["--no-cache", one], reps, env)
        rows.append(("latency: one 10,000-char .docx", ours, floor, ours / floor, "≤ 1.5×"))

        # batch: 200 such drafts in one call, all cores
        batch = os.path.join(work, "batch")
        os.makedirs(batch)
        for i in range(200):
            from_lines(os.path.join(batch, f"draft-{i:03d}.docx"), draft_lines(10_000, seed=i))
        floor_b = best([sys.executable, "-c", "import docx, glob; [docx.Document(p) for p in "
                        f"sorted(glob.glob({os.path.join(batch, '*.docx')!r}))]"], max(1, reps // 2), env)
        ours_b = best(dj + ["--no-cache", batch], max(1, reps // 2), env)
        rows.append((f"batch: 200 drafts, --jobs {os.cpu_count()}", ours_b, floor_b, ours_b / floor_b, "≤ 1.5×"))

        # result cache: a first run fills it, a second over the same 200 drafts reads it
        shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
        first = run(dj + [batch], env)
        second = statistics.median(run(dj + [batch], env) for _ in range(reps))
        rows.append(("cache: second run over 200 unchanged drafts", second, first, first / second,
                     "first/second ≥ 10×"))

        # scale: 1, 2, 4, 8 MB of text
        per_mb = []
        for mb in (1, 2, 4, 8):
            path = os.path.join(work, f"big-{mb}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                size = 0
                i = 0
                while size < mb * 1024 * 1024:
                    line = PARAGRAPHS[i % len(PARAGRAPHS)].format(year=2024, next=2025) + "\n"
                    fh.write(line)
                    size += len(line.encode("utf-8"))
                    i += 1
            t = best(dj + ["--no-cache", path], max(1, reps // 3), env)
            per_mb.append((mb, t))
            rows.append((f"scale: {mb} MB .txt", t, None, t / mb, "s per MB, flat"))

        # memory: a 300-page .docx (about 700 characters a page)
        big = os.path.join(work, "300-pages.docx")
        from_lines(big, draft_lines(300 * 700))
        mib = peak_mib(["-q", "--no-cache", big], env)
        rows.append(("memory: peak RSS, 300-page .docx", mib, None, None, "< 300 MiB"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = ["# djlint benchmark results", "", f"Machine: {machine()}", "",
             f"Run: `python benchmarks/run.py{' --quick' if args.quick else ''}` on {time.strftime('%Y-%m-%d')}", "",
             "| measurement | djlint | floor | ratio | target |", "|---|---|---|---|---|"]
    for name, ours, floor, ratio, target in rows:
        if name.startswith("memory"):
            lines.append(f"| {name} | {ours:.0f} MiB | | | {target} |" if ours is not None else f"| {name} | n/a | | | {target} |")
        elif name.startswith("scale"):
            lines.append(f"| {name} | {ours:.2f} s | | {ratio:.2f} s/MB | {target} |")
        else:
            lines.append(f"| {name} | {ours:.2f} s | {floor:.2f} s | {ratio:.2f}× | {target} |")
    lines += ["", "Floors: latency = `python -c \"import docx; docx.Document(path)\"` on the same file; "
              "batch = one Python process opening all 200 files with python-docx; cache = the first run with an "
              "empty cache."]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
