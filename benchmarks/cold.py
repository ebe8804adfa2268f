"""A cold run on a new draft (issue 30): one process, one 10,000-character .docx, no result cache.

    python benchmarks/cold.py                        # 7 rounds of every command below, min / median CPU
    python benchmarks/cold.py --reps 11 --chars 10500
    python benchmarks/cold.py --base /path/to/other/tree   # that tree's djlint too, its runs interleaved
    python benchmarks/cold.py --stages               # also DJ421's work on the draft, stage by stage

The draft is generated here (benchmarks/throughput.py's report from the repository's own fixture
sentences, numbers varied: no paragraph repeats) and saved with python-docx, as a user's draft is.
Each round starts every command once, in turn (the floor, then each djlint call; with ``--base``
each djlint call is followed by the same call of the other tree), so the load of a shared machine
falls on all alike; the figure is the child's CPU (user + system, ``os.wait4``), min and median.

- floor: ``python -c "import docx; docx.Document(FILE)"`` (the target: djlint within 2.0× of it);
- all default rules; ``--ignore DJ421``; ``--select DJ421`` (its start-up and its work on a draft it
  has never seen); ``--select DJ101`` (about the start-up alone).

Every djlint process is ``python -m djlint -q --format concise --no-cache FILE`` run in a temporary
folder with the tree first on ``PYTHONPATH`` (this checkout, or ``--base``) and a cache folder of its
own (``XDG_CACHE_HOME``: the misspelling index and the pattern cache, built by a first run that is not
counted).  ``PYTHONDONTWRITEBYTECODE`` is unset: without byte code every run compiles the modules.
``--stages`` times DJ421 in a new process (CPU, the cyclic collector off as in a lint): opening
its index, the reading tables, then each stage of its work over the draft's paragraphs, with how
many candidates each stage offers.  Tests never assert on these numbers.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
from throughput import fixture_sentences, report  # noqa: E402

CALLS = (("all default rules", []), ("--ignore DJ421", ["--ignore", "DJ421"]),
         ("--select DJ421", ["--select", "DJ421"]), ("--select DJ101", ["--select", "DJ101"]))


def draft(folder: str, chars: int, seed: int) -> str:
    """A report of about ``chars`` characters saved with python-docx; its path.  One generated report stops
    at its parts' ends (seed 30 and 10,000 asked: 5,968 characters, what this benchmark timed until speed48),
    so reports of the next seeds follow until ``chars`` are reached."""
    import docx

    lines, n, sentences = [], 0, fixture_sentences()
    for k in range(100):
        for line in report(random.Random(seed + k), sentences, chars - n):
            if line and n < chars:
                lines.append(line)
                n += len(line)
        if n >= chars:
            break
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = os.path.join(folder, "draft.docx")
    document.save(path)
    return path


def cpu(cmd: list[str], env: dict, cwd: str) -> float:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = status
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: findings
        raise SystemExit(f"failed ({status}): {' '.join(cmd)}")
    return usage.ru_utime + usage.ru_stime


def environment(tree: str, cache: str) -> dict:
    env = dict(os.environ, PYTHONPATH=tree, XDG_CACHE_HOME=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


#: DJ421's stages, timed in a new process (see the module's docstring)
STAGES = r'''
import gc, sys, time
gc.disable()
pt = time.process_time
from djlint.document import read_bytes
from djlint.engine.registry import build_registry
doc = read_bytes(sys.argv[1], open(sys.argv[1], "rb").read())
registry = build_registry(())
from djlint.checks.phrase import misspelling
from djlint.checks.phrase.lexicon import lexicon_for
from djlint.checks.spelling import confusion, idioms, shapes, verdict
from djlint.checks.spelling.candidates import HAN_RUN, candidates
lexicon_for(registry)  # built by the literal index before DJ421 in a lint
t = {}
a = pt(); index = misspelling.spelling_index(registry); t["index opened"] = pt() - a
a = pt(); index.codes; t["reading tables"] = pt() - a
S = dict.fromkeys(("word index", "its verdicts", "confusion sets", "their verdicts", "idioms", "their verdicts ",
                   "set phrases", "their verdicts  "), 0.0)
N = dict.fromkeys(("word index", "confusion sets", "idioms", "set phrases"), 0)
def timed(stage, gen):
    a = pt(); out = list(gen); S[stage] += pt() - a
    if stage in N:
        N[stage] += len(out)
    return out
for p in doc.paragraphs:
    text, covers = p.text, {}
    if not text:
        continue
    found = timed("word index", candidates(index, text, covers))
    timed("its verdicts", (verdict.plausible(index, text, s, e, at, w, g, None) for s, e, w, g, at in found))
    for run in HAN_RUN.finditer(text):
        found = timed("confusion sets", confusion.candidates(index, run.group(), run.start(), covers))
        timed("their verdicts", (shapes.shape_slip(index, text, s, e, at, w, g) if k == confusion.WORD_SHAPE
                                 else verdict.confident(index, text, s, e, at, w, g, k, None)
                                 for s, e, w, g, at, k in found))
        found = timed("idioms", idioms.candidates(index, run.group(), run.start(),
                                                  confusion.covered(index, run.group(), covers)))
        timed("their verdicts ", (verdict.idiom_slip(index, text, s, e, at, w, g) for s, e, w, g, at, _k in found))
    found = timed("set phrases", confusion.phrase_candidates(index, text))
    timed("their verdicts  ", (verdict.confident(index, text, s, e, at, w, g, "phrase", None)
                               for s, e, w, g, at, _k in found))
for k, v in [*t.items(), *S.items()]:
    print(f"{k.strip()}\t{1000 * v:.2f}\t{N.get(k, '')}")
print(f"stages in all\t{1000 * sum(S.values()):.2f}\t")
'''


def stages(python: str, tree: str, cache: str, path: str, reps: int) -> list[tuple[str, float, float, str]]:
    runs = []
    for _ in range(reps):
        out = subprocess.run([python, "-c", STAGES, path], capture_output=True, text=True, check=True,
                             env=environment(tree, cache), cwd=os.path.dirname(path)).stdout
        runs.append([line.split("\t") for line in out.splitlines()])
    return [(row[0], min(float(r[i][1]) for r in runs), statistics.median(float(r[i][1]) for r in runs), row[2])
            for i, row in enumerate(runs[0])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--chars", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--base", help="another djlint source tree (e.g. a git archive of main), run interleaved")
    ap.add_argument("--stages", action="store_true", help="DJ421's stages in a new process as well")
    args = ap.parse_args()
    python = sys.executable
    trees = [("this", ROOT)] + ([("base", os.path.abspath(args.base))] if args.base else [])
    with tempfile.TemporaryDirectory() as work:
        path = draft(work, args.chars, args.seed)
        caches = {name: os.path.join(work, f"cache-{name}") for name, _ in trees}
        cmds = [("floor", [python, "-c", f"import docx; docx.Document({path!r})"], os.environ.copy())]
        for label, extra in CALLS:
            for name, tree in trees:
                env = environment(tree, caches[name])
                cmds.append((f"{label} ({name})" if args.base else label,
                             [python, "-m", "djlint", "-q", "--format", "concise", "--no-cache", *extra, path], env))
        for name, tree in trees:  # the index and the pattern cache built, the byte code written: not counted
            for _ in range(2):
                subprocess.run(cmds[1][1], env=environment(tree, caches[name]), cwd=work, capture_output=True)
        times: dict[str, list[float]] = {label: [] for label, _c, _e in cmds}
        for _ in range(args.reps):
            for label, cmd, env in cmds:
                times[label].append(cpu(cmd, env, work))
        floor = statistics.median(times["floor"])
        print(f"a {args.chars:,}-character draft (seed {args.seed}), {args.reps} rounds, CPU seconds of the whole process")
        print("| command | min | median | median / floor |")
        print("|---|---|---|---|")
        for label, values in times.items():
            med = statistics.median(values)
            print(f"| {label} | {min(values):.3f} | {med:.3f} | {med / floor:.2f}× |")
        if args.stages:
            for name, tree in trees:
                print(f"\nDJ421 in a new process ({name}), ms CPU, min / median of {args.reps}, candidates")
                print("| stage | min | median | candidates |")
                print("|---|---|---|---|")
                for stage, low, med, count in stages(python, tree, caches[name], path, args.reps):
                    print(f"| {stage} | {low:.1f} | {med:.1f} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
