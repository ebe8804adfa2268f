"""One ``djlint`` lint run without click: the flow behind ``djlint FILE…`` (read the options,
call the runner, act, print, choose the exit code).  :mod:`djlint.cli` (click) and
:mod:`djlint.fastpath` (the plain path a pre-commit hook takes, without importing click) both
call :func:`lint`.
"""
from __future__ import annotations

import io
import os
import sys
import time

from ._version import __version__
from .arguments import LintArgs
from .errors import DjlintError, ReadError
from .output import FORMATS


def lint(args: LintArgs) -> None:
    """Run and exit with the exit code (0 clean, 1 findings, 2 usage, config or unreadable input,
    130 Ctrl+C: one line, no traceback; a file being written is left whole, see writeback/atomic.py)."""
    try:
        _lint(args)
    except KeyboardInterrupt:
        _echo("已中止。", err=True)
        sys.exit(130)


def _lint(args: LintArgs) -> None:
    paths, fmt, output = args.paths, args.fmt, args.output
    select, ignore, extend_select, preview = args.select, args.ignore, args.extend_select, args.preview
    fail_on, config_file, profile, year = args.fail_on, args.config_file, args.profile, args.year
    statistics, jobs, stdin_filename, color, quiet = args.statistics, args.jobs, args.stdin_filename, args.color, args.quiet
    fix, unsafe_fixes, diff, annotate, annotate_to = args.fix, args.unsafe_fixes, args.diff, args.annotate, args.annotate_to
    baseline_file, write_baseline, no_cache = args.baseline_file, args.write_baseline, args.no_cache
    from .util.startup import starting

    started = time.perf_counter()
    with starting():  # the runner's modules and the registry: no garbage collection (see util/startup.py)
        from .runner import Options

        fmt = _format_of(fmt, output, statistics)
        split = (lambda s: [x.strip() for x in s.split(",") if x.strip()] if s else None)
        options = Options(select=split(select), ignore=split(ignore), extend_select=split(extend_select),
                          preview=preview, config_file=config_file, fail_on=fail_on, profile=profile, year=year,
                          cache=not no_cache)
        action = _action(paths, fix, diff, unsafe_fixes, annotate or bool(annotate_to), annotate_to, baseline_file)
        _check_usage(paths, config_file)
        _check_selectors(options)
    if "-" in paths and (fix or diff):
        _fix_stdin(options, action, stdin_filename, quiet)
    run = _run(list(paths), options, action, jobs, stdin_filename, show_progress=fmt == "text" and not output)
    if run.config_broken:
        _print_messages(run)  # nothing was checked: no summary, no empty JSON, only the error
        sys.exit(2)
    if write_baseline:
        _write_baseline_and_exit(write_baseline, run)
    if diff:
        _print_diff_and_exit(run, quiet, fix)
    _print_results(run, Report(fmt, statistics, color, quiet, fix, output, started))
    sys.exit(run.exit_code())


def _format_of(fmt: str, output: str | None, statistics: bool) -> str:
    """The output format: ``--format``, or the one an output file's name asks for
    (``-o 结果.xlsx``, ``-o 结果.csv``) when --format is left at text; a workbook needs a file
    to go to and the ``xlsx`` extra, both checked before anything runs."""
    from .output import BY_SUFFIX

    if fmt == "text" and output:
        fmt = BY_SUFFIX.get(os.path.splitext(output)[1].lower(), fmt)
    if FORMATS[fmt].binary:
        if not output:
            _fail(f"--format {fmt} 是 Excel 文件，须用 -o 指定文件名，例如：djlint 报告/ -o 结果.xlsx")
        if statistics:
            _fail("--statistics 不能与 Excel 汇总表同时使用（汇总表里已有按规则汇总的一张表）")
        from .extras import ExtraMissing, require

        try:
            require("xlsx")
        except ExtraMissing as e:
            _fail(str(e))
    return fmt


def _fail(message: str) -> None:
    _echo(f"djlint: {message}", err=True)
    sys.exit(2)


def _echo(text: str, err: bool = False, nl: bool = True) -> None:
    """Print, never failing on a character the console cannot show (a GBK console and “•”):
    what the stream cannot encode is replaced."""
    stream = sys.stderr if err else sys.stdout
    out = text + ("\n" if nl else "")
    if _written_once(stream, out):
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(encoding, errors="replace").decode(encoding, errors="replace")
        out = text + ("\n" if nl else "")
    stream.write(out)
    stream.flush()


def _written_once(stream, out: str) -> bool:
    """Whether ``out`` was written as it is: a text stream encodes the whole text before it writes any of
    it, so with strict errors a character it cannot encode raises with nothing written (then :func:`_echo`
    replaces it as before).  A test encoding first cost a second encoding of the output: ~3 ms for the 2.5
    million characters of 8 MB's findings.  A stream that lets lone surrogates through (surrogateescape: a
    POSIX locale's standard streams) is made strict for the write, so they are replaced as before."""
    errors = stream.errors if isinstance(stream, io.TextIOWrapper) else None
    if errors not in ("strict", "surrogateescape"):
        return False
    if errors != "strict":
        stream.reconfigure(errors="strict")
    try:
        stream.write(out)
    except UnicodeEncodeError:
        return False
    finally:
        if errors != "strict":
            stream.reconfigure(errors=errors)
    stream.flush()
    return True


def _stream_takes(text: str, err: bool = False) -> bool:
    stream = sys.stderr if err else sys.stdout
    try:
        text.encode(getattr(stream, "encoding", None) or "utf-8")
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def _check_usage(paths, config_file) -> None:
    if not paths:
        _fail("请给出要检查的文件或文件夹，例如：djlint 草稿.docx（djlint --help 查看用法）")
    if config_file and not os.path.isfile(config_file):
        _fail(f"{config_file}: 配置文件不存在")


def _check_selectors(options) -> None:
    """A code on the command line that names nothing (DJ2O1) is refused before anything runs.
    Codes of other prefixes may come from a rule pack the configuration names: checked when it loads."""
    import re

    from .engine.registry import build_registry

    registry = None
    for flag, values in (("--select", options.select), ("--ignore", options.ignore),
                         ("--extend-select", options.extend_select)):
        for value in values or ():
            if re.fullmatch(r"[A-Z]{2,10}[0-9]{0,3}", value.upper()) and not value.upper().startswith("DJ"):
                continue
            registry = registry or build_registry()
            if not registry.is_known_selector(value):
                _fail(f"{flag}: 未知的规则或类别 {value!r}（用 djlint rules 查看全部规则）")


def _action(paths, fix, diff, unsafe, annotate, annotate_to, baseline_file):
    from .runner.options import Action

    if annotate and (fix or diff):
        _fail("--annotate 不能与 --fix/--diff 同时使用：先加批注审阅，或先修复再加批注")
    if annotate and "-" in paths:
        _fail("--annotate 不能用于标准输入（-）：请给出 .docx 文件")
    if (fix or diff) and "-" in paths and len(paths) > 1:
        _fail("--fix/--diff 读标准输入（-）时只能检查这一个输入")
    baseline = None
    if baseline_file:
        from .writeback.baseline import load_baseline

        try:
            baseline = load_baseline(baseline_file)
        except DjlintError as e:
            _fail(str(e))
    return Action(fix=fix and not diff, diff=diff, unsafe=unsafe, annotate=annotate, annotate_to=annotate_to,
                  baseline=baseline)


def _fix_stdin(options, action, stdin_filename, quiet) -> None:
    """``cat 草稿.txt | djlint --fix -``: the fixed text to standard output (``--diff``: the diff),
    what is left to standard error, as ruff does."""
    from .runner.act import fix_text_bytes

    name = stdin_filename or "stdin.txt"
    data = sys.stdin.buffer.read()
    try:
        fixed, diff_text, left, fail_on = fix_text_bytes(name, data, options, action)
    except DjlintError as e:
        _fail(str(e))
    if action.diff:
        if diff_text:
            _echo(diff_text, nl=False)
    else:
        sys.stdout.buffer.write(fixed)
        sys.stdout.flush()
    if not quiet:
        for d in left:
            _echo(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}", err=True)
    from .diagnostic import SEVERITY_RANK

    failing = any(SEVERITY_RANK.get(d.severity, 2) >= SEVERITY_RANK[fail_on] for d in left)
    sys.exit(1 if (diff_text if action.diff else failing) else 0)


class Run:
    """What one ``djlint lint`` found: per file a FileResult, the notes and diffs of acting."""

    def __init__(self, files: list[str], errors: list[ReadError]):
        self.files = files
        self.errors = errors
        self.results: dict = {}
        self.notes: list[str] = []
        self.diffs: list[str] = []
        self.fixed = 0

    @property
    def diagnostics(self) -> list:
        return [d for path in self.files for d in self.results[path].diagnostics]

    @property
    def unreadable(self) -> list[tuple[str, str]]:
        """(path, message) of every input that could not be read."""
        out = [(e.path, str(e)) for e in self.errors]
        out += [(r.path, r.error) for r in (self.results[f] for f in self.files) if r.error_kind == "read"]
        return out

    @property
    def config_broken(self) -> bool:
        return any(self.results[f].error_kind == "config" for f in self.files)

    def messages(self) -> list[str]:
        msgs = [str(e) for e in self.errors] + [self.results[f].error for f in self.files if self.results[f].error]
        return list(dict.fromkeys(msgs))

    def exit_code(self) -> int:
        from .diagnostic import SEVERITY_RANK

        if self.unreadable or self.config_broken:
            return 2
        for f in self.files:
            r = self.results[f]
            threshold = SEVERITY_RANK[r.fail_on or "warning"]
            if any(SEVERITY_RANK.get(d.severity, 2) >= threshold for d in r.diagnostics):
                return 1
        return 0


def _progress(total: int):
    if not (sys.stderr.isatty() and total >= 20):
        return None

    def show(i: int, n: int) -> None:
        _echo(f"\r检查中 {i}/{n}", err=True, nl=False)
        if i == n:
            _echo("\r" + " " * 24 + "\r", err=True, nl=False)

    return show


def _run(paths, options, action, jobs, stdin_filename, show_progress: bool) -> Run:
    from .runner import lint_file
    from .runner.files import collect

    errors: list[ReadError] = []
    files = collect(paths, errors, options.config_file)
    if action.annotate_to and len(files) != 1:
        _fail("--annotate-to 只能在检查一个文件时使用（多个文件请用 --annotate）")
    run = Run(files, errors)
    plain = [f for f in files if f != "-"]
    if "-" in files:
        run.results["-"] = lint_file("-", sys.stdin.buffer.read(), options, name=stdin_filename or "stdin.txt")
    if action.fix or action.diff or action.annotate:
        _act(run, plain, options, action)
        return run
    from .runner.pool import lint_many

    run.results.update(lint_many(plain, options, jobs, _progress(len(plain)) if show_progress else None))
    if action.baseline is not None:
        from .writeback.baseline import filter_baseline

        for r in run.results.values():
            r.diagnostics = filter_baseline(r.diagnostics, action.baseline)
    return run


def _act(run: Run, plain: list[str], options, action) -> None:
    from .runner.act import act_on_file

    for path in plain:
        result, out = act_on_file(path, options, action)
        run.results[path] = result
        if out is not None:
            run.notes.extend(out.notes)
            run.fixed += out.fixed
            if out.diff:
                run.diffs.append(out.diff)


def _write_baseline_and_exit(target: str, run: Run) -> None:
    from .writeback.baseline import write_baseline

    _print_messages(run)
    try:
        n = write_baseline(target, run.diagnostics)
    except OSError as e:
        _fail(f"{target}: 无法写入基线文件（{e.strerror or e}）")
    _echo(f"已把 {n} 个问题写入基线 {target}", err=True)
    sys.exit(2 if run.unreadable else 0)


def _print_diff_and_exit(run: Run, quiet: bool, fix: bool = False) -> None:
    _print_messages(run)
    if run.diffs:
        _echo("".join(run.diffs), nl=False)
    if not quiet:
        how = "去掉 --diff 即可写入" if fix else "去掉 --diff、加上 --fix 即可写入"
        _echo(f"{len(run.diffs)} 个文件可修复（{run.fixed} 处）" + (f"；{how}" if run.diffs else ""), err=True)
    sys.exit(2 if run.unreadable else (1 if run.diffs else 0))


def _print_messages(run: Run) -> None:
    for m in run.messages():
        _echo(f"djlint: {m}", err=True)
    for n in run.notes:
        _echo(n, err=True)


def _registry_quietly():
    from .engine.registry import build_registry

    try:
        return build_registry()
    except DjlintError:
        return None


class Report:
    """How the results are to be shown."""

    def __init__(self, fmt, statistics, color, quiet, fix, output, started):
        self.fmt, self.statistics, self.color, self.quiet = fmt, statistics, color, quiet
        self.fix, self.output, self.started = fix, output, started

    @property
    def machine(self) -> bool:
        return FORMATS[self.fmt].machine


def _print_results(run: Run, report: Report) -> None:
    from .output import Env, Style, renderer
    from .output.text import file_summaries, summary_line

    _print_messages(run)
    diags = run.diagnostics
    if report.machine:
        from .runner.lint import unreadable

        diags += [unreadable(path, msg) for path, msg in run.unreadable]
    to_terminal = report.output is None
    color_on = report.color if report.color is not None else (
        to_terminal and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    # a console that cannot show every character (GBK on Chinese Windows) gets \u escapes in
    # JSON and SARIF: still valid, nothing lost
    ascii_only = to_terminal and report.machine and not _stream_takes("".join(d.message + d.context for d in diags))
    env = Env(Style(bool(color_on)), __version__, _registry_quietly, ascii_only=ascii_only, fmt=report.fmt,
              files=_checked_files(run))
    if FORMATS[report.fmt].binary:
        _write_workbook(report, diags, env)
        return
    out = renderer("statistics" if report.statistics else report.fmt)(diags, env)
    if report.fmt == "csv" and not report.statistics and report.output is None:
        _write_csv_to_stdout(out)
        return
    lines = [out] if out else []
    if not report.machine and not report.statistics:
        lines += file_summaries(run.files, run.results, run.unreadable)
    if not report.machine and not report.quiet:
        n_read = len(run.files) - sum(1 for f in run.files if run.results[f].error_kind == "read")
        line = summary_line(n_read, diags, len(run.unreadable), time.perf_counter() - report.started)
        line = f"已修复 {run.fixed} 处；" + line if report.fix else line
        lines += ["", line] if lines else [line]
    text = "\n".join(lines)
    if report.output:
        # csv carries its own BOM and line ends
        _write_output(report.output, text if report.fmt == "csv" else text + "\n", bom=not report.machine)
        if not report.quiet:
            _echo(f"结果已写入 {report.output}", err=True)
    elif text:
        _echo(text)


def _checked_files(run: Run) -> list[dict]:
    """``{"path", "error"}`` of every input, in order (the workbook's per-file sheet lists clean
    and unreadable files too)."""
    bad = dict(run.unreadable)
    out = [{"path": run.results[f].path or f, "error": bad.get(run.results[f].path, bad.get(f))} for f in run.files]
    out += [{"path": e.path, "error": str(e)} for e in run.errors]
    return out


def _write_workbook(report: Report, diags, env) -> None:
    from .output.xlsx import render

    data = render(diags, env)
    from .writeback.atomic import atomic_write

    try:
        atomic_write(report.output, data)
    except OSError as e:
        _fail(f"{report.output}: 无法写入汇总表（{e.strerror or e}）")
    if not report.quiet:
        _echo(f"汇总表已写入 {report.output}（{len(diags)} 个问题，{len(env.files)} 个文件）", err=True)


def _write_csv_to_stdout(text: str) -> None:
    """CSV to a pipe or a redirected file is UTF-8 with its BOM whatever the console's encoding
    (``djlint --format csv 报告/ > 结果.csv`` opens in Excel); a terminal gets it without the BOM."""
    if sys.stdout.isatty():
        _echo(text.lstrip("\ufeff"), nl=False)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _write_output(path: str, text: str, bom: bool) -> None:
    from .writeback.atomic import atomic_write

    try:
        atomic_write(path, ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8"))
    except OSError as e:
        _fail(f"{path}: 无法写入结果文件（{e.strerror or e}）")
