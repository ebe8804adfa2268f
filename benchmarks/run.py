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

sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
from throughput import long_text  # noqa: E402

from djlint.util.zh import int_to_cn as cn  # noqa: E402

BODY = [
    "全年组织党委理论学习中心组集中学习12次，开展专题研讨4次，各支部开展主题党日活动96次，党员干部撰写心得体会230余篇，"
    "理论学习的系统性和实效性不断增强。",
    "完成3个党支部按期换届，发展党员5名，培训入党积极分子20人次，全年召开支部委员会48次，推动支部标准化规范化建设"
    "提质增效，各项制度落实到位。",
    "开展廉政谈话40人次，组织观看警示教育片2次，督促整改问题15个，覆盖5万～10万人，持续巩固拓展作风建设成果，"
    "一是抓学习，二是抓制度，三是抓落实。",
]
#: what a real draft still has when it reaches review: a few slips, not one per line
#: a draft's usual faults; 再接再励 is a slip the wrong-word list names, whose word-boundary check
#: loaded jieba (~0.8 s) until the boundaries came from the misspelling index
SLIPS = ["全年召开党委会议x次,开展专题学习XX次。", "参与率15～30%，覆盖5-10万人。", "各支部要再接再励，推动工作再上新台阶。"]


def draft_lines(chars: int, seed: int = 0) -> list[str]:
    """A report of about ``chars`` characters: title, three parts, (一)(二)… with body text."""
    lines = [f"市第{seed + 1}机关党委2024年度党建工作情况报告", "",
             "2024年，机关党委在局党组的领导下，坚持以党的政治建设为统领，推动党建和业务深度融合。现将有关情况报告如下。",
             "一、2024年主要工作情况"]
    body = int(chars * 0.8)
    n, k = 0, 0
    while n < body:
        k += 1
        head = f"（{cn(k % 99 or 99)}）第{k}方面工作"
        para = BODY[k % len(BODY)]
        lines += [head, para]
        n += len(head) + len(para)
    lines[5:5] = SLIPS
    lines += ["二、存在的问题和不足", "一是理论学习的深度还不够；二是个别支部记录不够规范；三是融合载体还不够丰富。",
              "三、2025年工作打算"]
    k = 0
    while n < chars:
        k += 1
        head = f"（{cn(k % 99 or 99)}）第{k}项打算"
        para = BODY[k % len(BODY)]
        lines += [head, para]
        n += len(head) + len(para)
    return lines


def word_like(path: str, lines: list[str]) -> str:
    """A draft as Word writes it: python-docx's default template carries Word's full styles part
    (the floor's python-docx open then parses as much as it would on a real file)."""
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(path)
    return path


def libreoffice_copy(path: str, work: str) -> str | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out = os.path.join(work, "lo")
    subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, path],
                   capture_output=True, timeout=300, env=dict(os.environ, HOME=work))
    made = os.path.join(out, os.path.basename(path))
    return made if os.path.exists(made) else None


def run(cmd: list[str], env=None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - t


def best(cmd, reps, env=None) -> float:
    return statistics.median(run(cmd, env) for _ in range(reps))


LEXICON_BENCH = """
import sys, time, statistics
from djlint.document import read_path
from djlint.lint import lint_document
from djlint.config import Config
cfg = Config(select=["DJ4"])
doc = read_path(sys.argv[1])
t = time.perf_counter(); lint_document(doc, cfg); cold = time.perf_counter() - t
times = []
for _ in range(20):
    doc = read_path(sys.argv[1])
    t = time.perf_counter(); lint_document(doc, cfg); times.append(time.perf_counter() - t)
print(cold, statistics.median(times))
"""

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


def peak_mib(python, args, env) -> float | None:
    proc = subprocess.run([python, "-c", PEAK, *args], capture_output=True, text=True, env=env)
    if "PEAK_KIB=" not in proc.stderr:
        return None
    return int(proc.stderr.split("PEAK_KIB=")[1].split()[0]) / 1024


def installed_python(work: str) -> str:
    """A fresh virtual environment with djlint installed from a wheel built now, as a user has
    it (the repository's editable install adds an import hook to every process's start-up).
    Its dependencies come from this interpreter's site-packages through a .pth line, so no
    network is needed; the .pth files there (the editable hook) are not run."""
    import site
    import sysconfig

    wheels = os.path.join(work, "wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, ROOT],
                   check=True, stdout=subprocess.DEVNULL)
    venv = os.path.join(work, "venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = os.path.join(venv, "Scripts" if os.name == "nt" else "bin", "python")
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    with open(os.path.join(purelib, "bench-deps.pth"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(deps)) + "\n")
    wheel = [os.path.join(wheels, f) for f in os.listdir(wheels) if f.endswith(".whl")][0]
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-compile", "--target", purelib, wheel],
                   check=True, stdout=subprocess.DEVNULL)
    # byte-compiled, as pip leaves an installed package (the first run would otherwise pay for it)
    subprocess.run([python, "-m", "compileall", "-q", os.path.join(purelib, "djlint")], check=True)
    return python


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
    # an empty configuration: the search for one stops here, not in a shared temporary folder
    with open(os.path.join(work, ".djlint.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# defaults\n")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    python = installed_python(work)
    dj = [python, "-m", "djlint", "-q", "--format", "concise"]
    rows = []
    try:
        # latency: one 10,000-character .docx with Word's styles part, and as LibreOffice writes it
        one = word_like(os.path.join(work, "one.docx"), draft_lines(10_000))
        for label, path in (("Word-like", one), ("LibreOffice", libreoffice_copy(one, work))):
            if path is None:
                continue
            floor = best([python, "-c", f"import docx; docx.Document({path!r})"], reps, env)
            ours = best(dj + ["--no-cache", "--ignore", "DJ421", path], reps, env)
            rows.append((f"latency: one 10,000-char .docx ({label})", ours, floor, ours / floor, "≤ 1.5×"))
            ours = best(dj + ["--no-cache", path], reps, env)
            rows.append((f"latency: the same, with DJ421 ({label})", ours, floor, ours / floor, "≤ 2.0×"))

        # batch: 200 such drafts in one call, all cores
        batch = os.path.join(work, "batch")
        os.makedirs(batch)
        for i in range(200):
            word_like(os.path.join(batch, f"draft-{i:03d}.docx"), draft_lines(10_000, seed=i))
        floor_b = best([python, "-c", "import docx, glob; [docx.Document(p) for p in "
                        f"sorted(glob.glob({os.path.join(batch, '*.docx')!r}))]"], max(1, reps // 2), env)
        ours_b = best(dj + ["--no-cache", "--ignore", "DJ421", batch], max(1, reps // 2), env)
        rows.append((f"batch: 200 drafts, --jobs {os.cpu_count()}", ours_b, floor_b, ours_b / floor_b, "≤ 1.3×"))
        ours_b = best(dj + ["--no-cache", batch], max(1, reps // 2), env)
        rows.append(("batch: the same, with DJ421", ours_b, floor_b, ours_b / floor_b, "—"))

        # result cache: a first run fills it, a second over the same 200 drafts reads it
        shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
        first = run(dj + [batch], env)
        second = statistics.median(run(dj + [batch], env) for _ in range(reps))
        rows.append(("cache: second run over 200 unchanged drafts", second, first, first / second,
                     "first/second ≥ 10×"))

        # scale: 1, 2, 4, 8 MB of varied report prose (benchmarks/throughput.py: the fixtures'
        # sentences shuffled into reports; three paragraphs repeated would flatter the rules)
        per_mb = []
        for mb in (1, 2, 4, 8):
            path = os.path.join(work, f"big-{mb}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(long_text(mb))
            t = best(dj + ["--no-cache", "--ignore", "DJ421", path], max(1, reps // 3), env)
            per_mb.append((mb, t))
            chars = len(open(path, encoding="utf-8").read())
            rows.append((f"scale: {mb} MB .txt of varied prose ({chars / t / 1e6:.2f}M chars/s)", t, None, t / mb,
                         "≥ 1.0M chars/s"))
            if mb == 2:
                t = best(dj + ["--no-cache", path], max(1, reps // 3), env)
                rows.append((f"scale: 2 MB .txt with DJ421 ({chars / t / 1e6:.2f}M chars/s)", t, None, t / mb,
                             "≥ 0.3M chars/s"))

        # the lexicon (all DJ4xx rules) on one 10,000-character draft, in process
        lex = subprocess.run([python, "-c", LEXICON_BENCH, one], capture_output=True, text=True, env=env)
        try:
            cold, warm = (float(x) for x in lex.stdout.split())
            rows.append(("lexicon: all DJ4xx rules, 10,000-char draft (warm)", warm, None, None, "< 30 ms"))
            rows.append(("lexicon: first call in a process (loads lexicon and DJ421 index)", cold, None, None, "< 150 ms"))
        except ValueError:
            print(lex.stderr, file=sys.stderr)

        # memory: a 300-page .docx (about 700 characters a page)
        big = os.path.join(work, "300-pages.docx")
        from_lines(big, draft_lines(300 * 700))
        mib = peak_mib(python, ["-q", "--no-cache", big], env)
        rows.append(("memory: peak RSS, 300-page .docx", mib, None, None, "< 300 MiB"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = ["# djlint benchmark results", "", f"Machine: {machine()}", "",
             f"Run: `python benchmarks/run.py{' --quick' if args.quick else ''}` on {time.strftime('%Y-%m-%d')}", "",
             "| measurement | djlint | floor | ratio | target |", "|---|---|---|---|---|"]
    for name, ours, floor, ratio, target in rows:
        if name.startswith("lexicon"):
            lines.append(f"| {name} | {ours * 1000:.1f} ms | | | {target} |")
        elif name.startswith("memory"):
            lines.append(f"| {name} | {ours:.0f} MiB | | | {target} |" if ours is not None else f"| {name} | n/a | | | {target} |")
        elif name.startswith("scale"):
            lines.append(f"| {name} | {ours:.2f} s | | {ratio:.2f} s/MB | {target} |")
        else:
            lines.append(f"| {name} | {ours:.2f} s | {floor:.2f} s | {ratio:.2f}× | {target} |")
    lines += ["", "Rows without \"with DJ421\" run the default rules except the misspelling detector "
              "(`--ignore DJ421`), as the targets are set; djlint is installed from a wheel into a fresh "
              "environment; the pattern, pack and spelling caches are warm (built by the first run on a machine), "
              "the result cache is off. Floors: latency = `python -c \"import docx; docx.Document(path)\"` on the same file; "
              "batch = one Python process opening all 200 files with python-docx; cache = the first run with an "
              "empty cache. Scale rows: reports generated from the fixtures' own sentences, shuffled, numbers varied "
              "(benchmarks/throughput.py; they used to repeat three paragraphs, which flattered the rules by about 2×); "
              "`python benchmarks/throughput.py` gives the same with CPU time, peak memory and a per-rule table."]
    text = "\n".join(lines) + "\n"
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
