"""Throughput on a long .txt of varied report prose: whole process, peak memory, and where the time goes.

    python benchmarks/throughput.py                     # 1, 2, 4, 8 MB; 5 runs each; profile table on 2 MB
    python benchmarks/throughput.py --sizes 8 --reps 7  # only 8 MB, 7 runs
    python benchmarks/throughput.py --profile-only 2    # only the in-process table, on 2 MB
    python benchmarks/throughput.py --write FILE.txt --sizes 8   # write the 8 MB text and stop
    python benchmarks/throughput.py --base ../main/.venv/bin/python --no-profile   # before/after, paired

The text is generated here from the repository's own fixtures (fixtures/**/*.txt, all written for
this project): their sentences are shuffled into reports (a title, an opening, parts 一、二、三 with
（一）（二）… and paragraphs of two to six sentences), numbers are varied and sentences reordered,
so no paragraph repeats verbatim the way benchmarks/run.py's three-paragraph draft does.  Some
sentences come from the recall fixtures' faulty lines, so a draft has a realistic few findings.

Whole process: ``python -m djlint --no-cache --ignore DJ42 FILE`` (the core rules: DJ420 and the
misspelling detector DJ421 off), stdout discarded; each size is run ``--reps`` times, min and
median reported, and the peak RSS of the process (``ru_maxrss`` from ``os.wait4``).  The
interpreter is the one running this script (``--python`` for another, e.g. a venv with djlint
installed from a wheel); with ``PYTHONDONTWRITEBYTECODE`` set, a source checkout recompiles its
modules each run, so it is unset here.  ``--base PYTHON``: another djlint (e.g. main's venv) run on
the same files, its runs interleaved with this one's (base, this, base, this…) so the load of a
shared machine falls on both alike; the processes run in the temporary folder, so ``-m djlint``
imports each interpreter's own djlint, never a checkout in the current folder.

In process (CPU time): the text is read and linted once to warm up, then, on a freshly read copy,
each selected rule is timed on its own (the shared literal scan is timed separately first, so no
rule is charged for it; a document-level cache such as the outline is charged to the first rule
that builds it), with the cyclic collector off as a lint has it, and the table gives milliseconds
per MB of UTF-8 text.  Tests never assert on these numbers.
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_SENTENCE = re.compile(r"[^。；！？]*[。；！？]”?|[^。；！？]+$")
_NUMBER = re.compile(r"\d+")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")
_ENUMERATION = re.compile(r"[一二三四五六七八九十]是|其[一二三]|第[一二三四五]，|首先")
CN = "一二三四五六七八九十"

#: our own headings and openings (the fixtures' sentences fill the body)
PARTS = ["{y}年主要工作情况", "存在的问题和不足", "{n}年工作打算"]
SUBHEADS = ["强化理论武装，筑牢思想根基", "夯实基层基础，提升组织力", "加强作风建设，驰而不息纠治“四风”",
            "压实主体责任，传导管党治党压力", "深化党建引领，推动融合发展", "抓好队伍建设，锻造过硬干部",
            "严格监督执纪，一体推进不敢腐不能腐不想腐", "健全制度机制，提升规范化水平", "办好民生实事，密切联系群众",
            "抓实意识形态工作，守牢阵地"]
UNITS = ["市财政局机关党委", "区委办公室党支部", "县教育局党组", "市直机关工委", "市税务局机关党委", "镇党委",
         "市人民医院党委", "区住建局党组", "市交通运输局机关党委", "街道党工委"]
KINDS = ["党建工作情况报告", "落实全面从严治党主体责任情况报告", "党支部书记抓基层党建工作述职报告", "党建工作总结"]


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


#: where the sentences come from, and how often a sentence is drawn from each: report prose, the
#: lexicon's formulations and word forms in correct sentences (dense in what the phrase rules look
#: for), and the recall and placeholder fixtures (faulty lines and their look-alikes: the slips)
SOURCES = (("report", 0.5, ("prose/handwritten.txt", "prose/years/*.txt", "structure/*.txt", "drafts/*.txt")),
           ("lexicon", 0.45, ("prose/correct-prose.txt",)),
           ("slips", 0.05, ("recall/*.txt", "placeholder/*.txt")))


def fixture_sentences() -> dict[str, list[str]]:
    """The body sentences of the fixtures' .txt files by source (comment lines, headings, titles and
    lines without a sentence end left out; each sentence once)."""
    out = {}
    for name, _, patterns in SOURCES:
        seen: dict[str, None] = {}
        for pattern in patterns:
            for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", pattern))):
                with open(path, encoding="utf-8") as fh:
                    for line in fh:
                        line = line.strip()
                        if (not line or line.startswith("#") or _HEADING.match(line)
                                or not line.endswith(("。", "；", "”", "！"))):
                            continue
                        if _ENUMERATION.search(line):  # 一是……二是……: one unit, kept whole
                            seen[line] = None
                            continue
                        for m in _SENTENCE.finditer(line):
                            if len(m.group().strip()) >= 6:
                                seen[m.group().strip()] = None
        out[name] = list(seen)
    return out


def pick(rnd: random.Random, sentences: dict[str, list[str]]) -> str:
    r = rnd.random()
    for name, share, _ in SOURCES:
        if r < share:
            return rnd.choice(sentences[name])
        r -= share
    return rnd.choice(sentences[SOURCES[0][0]])


def _vary_number(m: re.Match, rnd: random.Random) -> str:
    s = m.group()
    if len(s) == 4 and s[:2] in ("19", "20"):  # a year: kept, the report's dates stay coherent
        return s
    if len(s) > 1 and s[0] == "0":  # 01月: kept (a date form some rules read)
        return s
    return str(rnd.randint(10 ** (len(s) - 1) if len(s) > 1 else 1, 10 ** len(s) - 1))


def report(rnd: random.Random, sentences: dict[str, list[str]], chars: int) -> list[str]:
    year = rnd.choice(range(2022, 2026))
    lines = [f"{rnd.choice(UNITS)}{year}年度{rnd.choice(KINDS)}", "",
             f"{year}年，我们坚持以党的政治建设为统领，围绕中心、服务大局，推动党建和业务深度融合。现将有关情况报告如下。"]
    n = sum(map(len, lines))
    budget = [0.6, 0.15, 0.25]
    for part, share in enumerate(budget):
        lines.append(f"{CN[part]}、" + PARTS[part].format(y=year, n=year + 1))
        goal = n + chars * share
        sub = 0
        while n < goal:
            sub += 1
            if part != 1:
                head = f"（{cn(sub)}）{rnd.choice(SUBHEADS)}"
                lines.append(head)
                n += len(head)
            for _ in range(rnd.randint(1, 3)):
                picked = [pick(rnd, sentences) for _ in range(rnd.randint(2, 6))]
                para = "".join(_NUMBER.sub(lambda m: _vary_number(m, rnd), s) for s in picked)
                lines.append(para)
                n += len(para)
            if part == 1 or sub >= 12:
                break
    lines.append("特此报告。")
    return lines


def long_text(megabytes: float, seed: int = 28) -> str:
    """About ``megabytes`` MB (UTF-8) of reports of 6,000–20,000 characters, one after another."""
    rnd = random.Random(seed)
    sentences = fixture_sentences()
    out, size = [], 0
    while size < megabytes * 1024 * 1024:
        for line in report(rnd, sentences, rnd.randint(6000, 20000)):
            out.append(line)
            size += len(line.encode("utf-8")) + 1
        out.append("")
    return "\n".join(out) + "\n"


def run_once(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MiB) of one process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            cwd=os.path.dirname(cmd[-1]))
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = 0
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def whole_process(pythons: list[str], path: str, reps: int, ignore: str, env: dict) -> list[dict]:
    """One result per interpreter; with several, their runs alternate."""
    cmds = [[python, "-m", "djlint", "--no-cache", "--ignore", ignore, path] for python in pythons]
    envs = [env]
    if len(pythons) > 1:
        # each djlint its own cache folder: two versions sharing one pattern cache would rewrite it in turn
        envs = [dict(env, XDG_CACHE_HOME=os.path.join(os.path.dirname(path), f"cache-{i}")) for i in range(len(pythons))]
    for cmd, e in zip(cmds, envs):
        run_once(cmd, e)  # warm: the pattern, pack and index caches, the page cache
    runs = [([], [], []) for _ in cmds]
    for _ in range(reps):
        for cmd, e, (walls, cpus, peaks) in zip(cmds, envs, runs):
            wall, cpu, peak = run_once(cmd, e)
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(peak)
    return [{"min": min(walls), "median": statistics.median(walls), "cpu_min": min(cpus),
             "cpu_median": statistics.median(cpus), "peak": max(peaks)} for walls, cpus, peaks in runs]


PROFILE = r'''
import sys, time, collections, gc
sys.path.insert(0, sys.argv[3])
from djlint.config import Config
from djlint.document import read_path
from djlint.engine.context import LintContext
from djlint.engine.literals import literal_hits
from djlint.engine.registry import build_registry
from djlint.engine.run import _check_document, _check_paragraphs
from djlint.engine.select import select_rules
from djlint.runner.lint import lint_document

clock = time.process_time  # CPU time of this process: the machine is shared
path, reps = sys.argv[1], int(sys.argv[2])
mb = len(open(path, "rb").read()) / (1024 * 1024)
cfg = Config(ignore=[sys.argv[4]])
registry = build_registry(())
diags = lint_document(read_path(path), cfg, registry=registry)  # warm: patterns, lexicon, jieba if a rule needs it
rules = select_rules(registry, cfg, path, None)
per = collections.defaultdict(list)
scans, reads, totals = [], [], []
for _ in range(reps):
    # the collector off for a run, as lint_document pauses it for a document (the rules' timings without
    # collections of the run's objects); the last run's garbage collected before
    gc.enable(); gc.collect(); gc.disable()
    t = clock(); doc = read_path(path); reads.append(clock() - t)
    t = clock(); lint_document(doc, cfg, registry=registry); totals.append(clock() - t)
    doc = read_path(path)  # a fresh document: its own caches (joined text, outline, tokens) are charged again
    ctx = LintContext(doc, cfg, registry)
    if registry.segmenter is not None:  # as engine/run.run_rules: the index's segmenter, not jieba's
        doc.segment_with(registry.segmenter, registry)
    t = clock(); literal_hits(ctx); scans.append(clock() - t)
    for rule in rules:
        if rule.inputs is not None and doc.kind not in rule.inputs:
            continue
        check = _check_document if rule.scope == "document" else _check_paragraphs
        t = clock()
        check(rule, doc, ctx, [].append, [], [])
        per[rule.code].append(clock() - t)
print(f"MB {mb:.3f} chars {sum(len(p.text) for p in doc.paragraphs)} findings {len(diags)}")
print(f"read {min(reads) * 1000 / mb:.1f}")
print(f"lint {min(totals) * 1000 / mb:.1f}")
print(f"scan {min(scans) * 1000 / mb:.1f}")
for code, ts in sorted(per.items(), key=lambda kv: -min(kv[1])):
    print(f"rule {code} {min(ts) * 1000 / mb:.1f}")
'''


def profile(python: str, path: str, reps: int, ignore: str, env: dict) -> str:
    proc = subprocess.run([python, "-c", PROFILE, path, str(reps), ROOT, ignore], capture_output=True, text=True,
                          env=env)
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        raise SystemExit(proc.returncode)
    rows = {"rule": []}
    for line in proc.stdout.splitlines():
        key, *rest = line.split()
        if key == "rule":
            rows["rule"].append((rest[0], float(rest[1])))
        elif key == "MB":
            head = line
        else:
            rows[key] = float(rest[0])
    rules_total = sum(ms for _, ms in rows["rule"])
    out = [f"In process, {head}; CPU time, min of {reps} runs, ms per MB of UTF-8 text:", "",
           "| step | ms/MB | share of lint |", "|---|---|---|",
           f"| read the .txt (not in lint) | {rows['read']:.0f} | |",
           f"| lint_document, all selected rules | {rows['lint']:.0f} | 100% |",
           f"| shared literal scan (engine/literals.py) | {rows['scan']:.0f} | {rows['scan'] / rows['lint']:.0%} |"]
    for code, ms in rows["rule"]:
        if ms >= 0.5:
            out.append(f"| {code} | {ms:.1f} | {ms / rows['lint']:.0%} |")
    small = [c for c, ms in rows["rule"] if ms < 0.5]
    out.append(f"| {len(small)} other rules, each < 0.5 | {sum(ms for c, ms in rows['rule'] if ms < 0.5):.1f} | |")
    out.append(f"| sum of rules + scan | {rules_total + rows['scan']:.0f} | {(rules_total + rows['scan']) / rows['lint']:.0%} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,2,4,8", help="MB, comma-separated")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--ignore", default="DJ42")
    ap.add_argument("--profile-only", type=float, metavar="MB")
    ap.add_argument("--profile-size", type=float, default=2.0)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--write", metavar="FILE")
    ap.add_argument("--base", metavar="PYTHON", help="another djlint's interpreter, run on the same files, interleaved")
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    sizes = [float(s) for s in args.sizes.split(",") if s]
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            fh.write(long_text(sizes[0]))
        return 0
    work = tempfile.mkdtemp(prefix="djlint-throughput-")
    # an empty configuration: the search for one stops here, not in a shared temporary folder
    with open(os.path.join(work, ".djlint.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# defaults\n")
    try:
        def text_file(mb: float) -> tuple[str, int]:
            path = os.path.join(work, f"long-{mb:g}mb.txt")
            text = long_text(mb)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            return path, len(text)

        if args.profile_only is None:
            pythons = [args.base, args.python] if args.base else [args.python]
            print(f"Whole process: PYTHON -m djlint --no-cache --ignore {args.ignore} FILE, "
                  f"{args.reps} runs after one warm-up" + (f" (base: {args.base}, runs interleaved)" if args.base else "")
                  + "\n")
            print("| text | djlint | characters | wall s, min / median | M chars/s, min / median | CPU s, min / median | "
                  "M chars/CPU s, median | peak RSS |")
            print("|---|---|---|---|---|---|---|---|")
            for mb in sizes:
                path, chars = text_file(mb)
                results = whole_process(pythons, path, args.reps, args.ignore, env)
                for python, r in zip(pythons, results):
                    who = "base" if args.base and python == args.base else "this"
                    print(f"| {mb:g} MB | {who} | {chars:,} | {r['min']:.2f} / {r['median']:.2f} | "
                          f"{chars / r['min'] / 1e6:.2f} / {chars / r['median'] / 1e6:.2f} | "
                          f"{r['cpu_min']:.2f} / {r['cpu_median']:.2f} | {chars / r['cpu_median'] / 1e6:.2f} | "
                          f"{r['peak']:.0f} MiB |", flush=True)
            print()
        if not args.no_profile:
            mb = args.profile_only if args.profile_only is not None else args.profile_size
            path, _ = text_file(mb)
            print(profile(args.python, path, 3, args.ignore, env))
    finally:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
