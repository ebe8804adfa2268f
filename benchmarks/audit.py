"""djlint audit: files per second on a Dask LocalCluster with one and with two workers.

    python benchmarks/audit.py            # 600 generated drafts; prints a table, writes benchmarks/audit.md
    python benchmarks/audit.py --files 2000

Drafts are generated here (10,000-character .docx made by fixtures/build_docx.py). Each run is
a whole `djlint audit` process with a fresh results folder; the cache plays no part in an audit.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

from run import draft_lines, machine  # noqa: E402

from fixtures.build_docx import from_lines  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=600)
    ap.add_argument("--out", default=os.path.join(ROOT, "benchmarks", "audit.md"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="djlint-audit-bench-")
    src = os.path.join(work, "src")
    os.makedirs(src)
    for i in range(args.files):
        from_lines(os.path.join(src, f"d{i:05d}.docx"), draft_lines(10_000, seed=i % 50))
    exe = os.path.join(os.path.dirname(sys.executable), "djlint")
    rows = []
    for workers in (1, 2):
        times = []
        for rep in range(2):
            out = os.path.join(work, f"res-{workers}-{rep}")
            t = time.perf_counter()
            subprocess.run([exe, "audit", src, "--out", out, "--workers", str(workers)], check=True,
                           capture_output=True)
            times.append(time.perf_counter() - t)
        rows.append((workers, min(times)))
    base = rows[0][1]
    lines = ["# djlint audit benchmark", "", f"Machine: {machine()}", "",
             f"Run: `python benchmarks/audit.py --files {args.files}` on {time.strftime('%Y-%m-%d')} "
             f"({args.files} generated 10,000-character .docx drafts, whole `djlint audit` processes, best of 2, "
             "including the LocalCluster's start)", "",
             "| workers | wall time | files per second | speed-up |", "|---|---|---|---|"]
    for workers, seconds in rows:
        lines.append(f"| {workers} | {seconds:.1f} s | {args.files / seconds:.0f} | {base / seconds:.2f}× |")
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
