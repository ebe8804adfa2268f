"""Command line: ``djlint PATH...`` (lint, the default), ``djlint rules``, ``djlint rule CODE``,
``djlint profiles``, ``djlint init``.  This module parses arguments, calls :mod:`djlint.runner`,
prints, and chooses the exit code.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage error, bad config,
or an input that could not be read (the other files are still linted and reported).
"""
from __future__ import annotations

import os
import sys
import time

import click

from . import clizh
from ._version import __version__
from .errors import DjlintError, ReadError
from .output import FORMATS

clizh.install()
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
COMMANDS_HELP = """\b
其他命令：
  djlint rules                   列出全部规则
  djlint rule DJ201              查看一条规则的说明和示例
  djlint profiles                列出报告类型及各部分认可的标题
  djlint init                    生成 .djlint.yaml 配置模板
  djlint audit 档案/ --out 结果/  在 Dask 上审计整个档案（需要 pip install 'dangjian-lint[archive]'）
  djlint serve                   在本机启动检查网页（需要 pip install 'dangjian-lint[web]'）"""


class DefaultGroup(click.Group):
    """``djlint PATH`` means ``djlint lint PATH``: unknown first words go to lint, and
    ``djlint --help`` shows the lint options (that is what almost everyone runs)."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("--version",)):
            args = ["lint", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="djlint (dangjian-lint)")
def main():
    """djlint：党建工作报告检查工具。"""


class LintCommand(click.Command):
    def format_usage(self, ctx, formatter):
        formatter.write_usage("djlint", "[选项] 文件或文件夹...")

    def format_epilog(self, ctx, formatter):
        formatter.write_paragraph()
        formatter.write_text(COMMANDS_HELP)


@main.command("lint", cls=LintCommand, context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="输出格式：" + "；".join(f"{k} {v.help}" for k, v in FORMATS.items()))
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False),
              help="把结果写入文件（文本格式带 BOM 的 UTF-8，Windows 记事本可直接打开；json/sarif 为 UTF-8）")
@click.option("--select", help="只启用这些规则（逗号分隔：代码、代码前缀、类别名或规则名）")
@click.option("--ignore", help="关闭这些规则（逗号分隔）")
@click.option("--extend-select", help="在默认或配置的选择之外再启用这些规则")
@click.option("--preview", is_flag=True, help="同时启用预览（preview）规则")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="达到此级别的问题才使退出码为 1（默认 warning）")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="使用指定的配置文件，不再向上查找")
@click.option("--profile", help="报告类型（如 work-report、shuzhi、duizhao-jiancha；djlint profiles 查看全部）")
@click.option("--year", type=click.IntRange(1921, 2100), help="报告年度，四位数字（默认从标题或开头识别）")
@click.option("--statistics", is_flag=True, help="只输出每个规则代码的问题数（可与 --format json 合用）")
@click.option("--jobs", "-j", type=int, default=0, help="并行进程数（默认：全部 CPU 核心）")
@click.option("--stdin-filename", help="从标准输入（-）读取时使用的文件名（决定 .txt/.md）")
@click.option("--color/--no-color", default=None, help="彩色输出（默认仅在终端上，且遵守 NO_COLOR）")
@click.option("--quiet", "-q", is_flag=True, help="不输出汇总行")
@click.option("--fix", is_flag=True, help="就地应用安全修复（.txt/.md 保持编码和换行；.docx 写成修订，可在 Word/WPS 中接受或拒绝）；"
                                          "标准输入（-）时把修复后的文字写到标准输出")
@click.option("--unsafe-fixes", is_flag=True, help="同时应用标为不安全的修复（需人工确认的）")
@click.option("--diff", is_flag=True, help="只显示修复会改动什么，不写文件")
@click.option("--annotate", is_flag=True, help="为 .docx 另存一份带批注的副本（草稿.djlint.docx），每个问题一条批注")
@click.option("--annotate-to", type=click.Path(dir_okay=False), help="带批注副本的文件名（只检查一个文件时）")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="忽略基线文件里记录的已有问题")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="把本次发现的问题写入基线文件")
@click.option("--no-cache", is_flag=True, help="不使用结果缓存（缓存按文件内容、配置和版本区分，位于 $XDG_CACHE_HOME/djlint）")
def lint_cmd(paths, fmt, output, select, ignore, extend_select, preview, fail_on, config_file, profile, year,
             statistics, jobs, stdin_filename, color, quiet, fix, unsafe_fixes, diff, annotate, annotate_to,
             baseline_file, write_baseline, no_cache):
    """检查党建工作报告（.docx、.txt、.md，也可以是文件夹）。

    \b
    例：
      djlint 草稿.docx                      检查一个文件
      djlint 报告/ 总结.md                   检查文件夹里的全部文稿
      djlint --annotate 草稿.docx           另存一份带批注的 Word 文件
      djlint --fix 草稿.docx                安全修复写成修订，在 Word 里接受或拒绝

    退出码：0 没有问题；1 发现了问题（已列出）；2 用法或配置错误，或有文件无法读取。
    """
    from .runner import Options

    started = time.perf_counter()
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
        _print_diff_and_exit(run, quiet)
    _print_results(run, Report(fmt, statistics, color, quiet, fix, output, started))
    sys.exit(run.exit_code())


def _fail(message: str) -> None:
    _echo(f"djlint: {message}", err=True)
    sys.exit(2)


def _echo(text: str, err: bool = False, nl: bool = True) -> None:
    """Print, never failing on a character the console cannot show (a GBK console and “•”):
    what the stream cannot encode is replaced."""
    stream = sys.stderr if err else sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        text = text.encode(encoding, errors="replace").decode(encoding, errors="replace")
    click.echo(text, err=err, nl=nl)


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
    from .runner.act import Action

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
        click.echo(f"\r检查中 {i}/{n}", nl=False, err=True)
        if i == n:
            click.echo("\r" + " " * 24 + "\r", nl=False, err=True)

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


def _print_diff_and_exit(run: Run, quiet: bool) -> None:
    _print_messages(run)
    if run.diffs:
        _echo("".join(run.diffs), nl=False)
    if not quiet:
        _echo(f"{len(run.diffs)} 个文件可修复（{run.fixed} 处）；去掉 --diff、加上 --fix 即可写入", err=True)
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


def _unreadable(path: str, message: str):
    """An unreadable input as a DJ901 finding, for the machine formats."""
    from .diagnostic import Diagnostic
    from .engine.registry import build_registry

    reason = message[len(path) + 2:] if message.startswith(path + ": ") else message
    rule = build_registry().rules.get("DJ901")
    return Diagnostic(path, 1, 1, 1, 1, "DJ901", rule.name, rule.category, rule.severity, reason, "", "body", None)


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
        diags += [_unreadable(path, msg) for path, msg in run.unreadable]
    to_terminal = report.output is None
    color_on = report.color if report.color is not None else (
        to_terminal and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    # a console that cannot show every character (GBK on Chinese Windows) gets \u escapes in
    # JSON and SARIF: still valid, nothing lost
    ascii_only = to_terminal and report.machine and not _stream_takes("".join(d.message + d.context for d in diags))
    env = Env(Style(bool(color_on)), __version__, _registry_quietly, ascii_only=ascii_only, fmt=report.fmt)
    out = renderer("statistics" if report.statistics else report.fmt)(diags, env)
    lines = [out] if out else []
    if not report.machine and not report.statistics:
        lines += file_summaries(run.files, run.results, run.unreadable)
    if not report.machine and not report.quiet:
        line = summary_line(len(run.files), diags, len(run.unreadable), time.perf_counter() - report.started)
        lines += ["", f"已修复 {run.fixed} 处；" + line if report.fix else line] if lines else [line]
    text = "\n".join(lines)
    if report.output:
        _write_output(report.output, text + "\n", bom=not report.machine)
        if not report.quiet:
            _echo(f"结果已写入 {report.output}", err=True)
    elif text:
        _echo(text)


def _write_output(path: str, text: str, bom: bool) -> None:
    from .writeback.atomic import atomic_write

    try:
        atomic_write(path, ("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8"))
    except OSError as e:
        _fail(f"{path}: 无法写入结果文件（{e.strerror or e}）")


@main.command("rules", context_settings=CONTEXT_SETTINGS)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="同时列出该配置中 rule-packs 的规则")
def rules_cmd(fmt, config_file):
    """列出全部规则。"""
    registry = _registry_or_exit(config_file)
    rules = registry.sorted()
    if fmt == "json":
        import json

        click.echo(json.dumps([_rule_dict(r) for r in rules], ensure_ascii=False, indent=2))
        return
    for r in rules:
        fix = "[*]" if r.fix != "never" else "   "
        status = "" if r.status == "stable" else f" ({r.status})"
        click.echo(f"{r.code}  {fix} {r.category:<11} {r.severity:<7} {r.name:<28} {r.summary}{status}")
    for w in registry.warnings:
        click.echo(f"djlint: {w}", err=True)


@main.command("profiles", context_settings=CONTEXT_SETTINGS)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="同时列出该配置中 rule-packs 的报告类型")
def profiles_cmd(config_file):
    """列出报告类型（profile）及其必备部分和认可的标题。"""
    registry = _registry_or_exit(config_file)
    from .checks.structure_profiles import groups_of, profiles_of

    for p in sorted(profiles_of(registry).values(), key=lambda p: (-p.priority, p.name)):
        default = "（默认）" if p.default else ""
        click.echo(f"{p.name}  {p.title}{default}")
        if p.detect:
            click.echo(f"  识别：标题或开头含 {' 或 '.join(x.pattern for x in p.detect)}")
        for s in p.sections:
            g = groups_of(registry)[s.group]
            name = s.name or g.name
            examples = "、".join(s.examples or g.examples)
            need = "必备" if s.required else "可选"
            click.echo(f"  {need}  {name}：如 {examples}")
        extras = [label for label, x in (("主送机关", p.salutation), ("“特此报告”等结束语", p.closing)) if x]
        if extras:
            click.echo(f"  另需：{'、'.join(extras)}")
        click.echo("")


def _registry_or_exit(config_file):
    from .config import load_config
    from .engine import build_registry

    try:
        packs = tuple(load_config(config_file).rule_packs) if config_file else ()
        return build_registry(packs)
    except DjlintError as e:
        click.echo(f"djlint: {e}", err=True)
        sys.exit(2)


def _rule_dict(r) -> dict:
    return {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "summary": r.summary,
            "source": r.source, "fix": r.fix, "status": r.status, "origin": r.origin, "doc": r.doc,
            "examples": [{"text": e.text, "bad": e.bad} for e in r.example_list()]}


FIX_SENTENCES = {"never": "不提供自动修复。", "sometimes": "有时可自动修复。", "always": "总是可自动修复。"}


def render_rule(r, profile: str | None = None) -> str:
    """``djlint rule CODE``: the rule's docs, then each example with the findings it produces."""
    from .lint import lint_text

    lines = [f"# {r.name} ({r.code})", "",
             f"类别：{r.category}    级别：{r.severity}    状态：{r.status}    来源：{r.origin}",
             f"依据：{r.source}", FIX_SENTENCES.get(r.fix, ""), "", r.summary, ""]
    if r.doc:
        lines += [r.doc, ""]
    if r.category == "structure":
        from .checks.structure_profiles import profiles_of
        from .engine import build_registry

        lines += ["## 报告类型（djlint profiles 查看各部分认可的标题）", ""]
        lines += [f"- {p.name}：{p.title}" + ("（默认）" if p.default else "")
                  for p in sorted(profiles_of(build_registry()).values(), key=lambda p: p.name)]
        lines.append("")
    examples = r.example_list()
    if examples:
        lines.append("## 示例的检查结果")
        for ex in examples:
            cfg = {"select": [r.code]}
            if profile:
                cfg["profile"] = profile
            try:
                diags = [d for d in lint_text(ex.text, cfg, filename=f"example.{ex.input}") if d.code == r.code]
            except DjlintError as e:
                diags = []
                lines.append(f"  （示例无法运行：{e}）")
            tag = "错误示例" if ex.bad else "正确示例"
            lines.append("")
            lines.append(f"{tag}：{ex.text}")
            if diags:
                for d in diags:
                    fix = f"（建议改为“{d.fix.replacement}”）" if d.fix else ""
                    lines.append(f"  → {d.line}:{d.column} {d.code} {d.message}{fix}")
            else:
                lines.append("  → 无问题")
    return "\n".join(lines).rstrip() + "\n"


@main.command("rule", context_settings=CONTEXT_SETTINGS)
@click.argument("code")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False))
def rule_cmd(code, fmt, config_file):
    """显示一条规则的说明和示例（例如 djlint rule DJ201）。"""
    registry = _registry_or_exit(config_file)
    r = registry.get(code)
    if r is None:
        click.echo(f"djlint: 没有规则 {code}（用 djlint rules 查看全部规则）", err=True)
        sys.exit(2)
    if fmt == "json":
        import json

        click.echo(json.dumps(_rule_dict(r), ensure_ascii=False, indent=2))
        return
    click.echo(render_rule(r), nl=False)


@main.command("serve", context_settings=CONTEXT_SETTINGS)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="监听地址；默认只有本机能打开。改为 0.0.0.0 可让局域网访问（会提示风险）")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="端口")
@click.option("--token", help="访问令牌：设置后，打开网页须带 ?token=…（局域网使用时建议设置）")
@click.option("--max-upload", default=20, show_default=True, type=click.IntRange(1, 500), help="单次上传上限（MB）")
def serve_cmd(host, port, token, max_upload):
    """在本机启动检查网页：拖入文稿即可查看问题，下载批注版和修订版。"""
    try:
        from .web.app import serve
    except ImportError:
        _fail("网页功能需要另外安装：pip install 'dangjian-lint[web]'")
    if host not in ("127.0.0.1", "localhost", "::1"):
        _echo(f"djlint: 注意：网页将对 {host} 上的其他电脑开放，局域网里的人都能上传文稿"
              + ("" if token else "；建议加上 --token 设置访问令牌"), err=True)
    try:
        serve(host=host, port=port, token=token, max_upload=max_upload * 1024 * 1024,
              announce=lambda line: _echo(line, err=True))
    except OSError as e:
        _fail(f"无法在 {host}:{port} 启动网页（{e.strerror or e}），请换一个端口：--port 8766")


@main.command("audit", context_settings=CONTEXT_SETTINGS)
@click.argument("source", type=click.Path(exists=True))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="结果文件夹（可续做：再次运行跳过已完成的文件）")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True,
              help="结果格式")
@click.option("--scheduler", help="已有 Dask 集群的调度器地址（如 tcp://10.0.0.5:8786）；不给则在本机按核数启动")
@click.option("--workers", type=click.IntRange(1, 1024), help="本机启动时的工作进程数（默认：CPU 核数）")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=500, show_default=True,
              help="每个结果分片包含的文件数（中断后从最后一个完整分片之后续做）")
@click.option("--select", help="只启用这些规则（逗号分隔）")
@click.option("--ignore", help="关闭这些规则（逗号分隔）")
def audit_cmd(source, out, fmt, scheduler, workers, batch_size, select, ignore):
    """在 Dask 上审计一个文稿档案：SOURCE 是文件夹或清单（每行一个路径，或带 path 列的 CSV）。"""
    try:
        from .audit.run import audit
    except ImportError:
        _fail("档案审计需要另外安装：pip install 'dangjian-lint[archive]'")
    from .runner import Options

    split = (lambda s: [x.strip() for x in s.split(",") if x.strip()] if s else None)
    options = Options(select=split(select), ignore=split(ignore))
    _check_selectors(options)
    try:
        summary = audit(source, out, fmt, scheduler, workers, options, progress=lambda line: _echo(line, err=True),
                        batch_size=batch_size)
    except (OSError, ValueError) as e:
        _fail(str(e))
    _echo(summary.line())


INIT_TEMPLATE = """\
# djlint（党建工作报告检查工具）配置。放在文稿仓库根目录，djlint 会从每个文件所在目录向上查找。
# 全部规则：djlint rules；某条规则的说明：djlint rule DJ201

# 报告类型：work-report（年度/半年党建工作报告，默认）、zhuti-zeren（主体责任落实情况报告）、
# shuzhi（述职/述职述廉）、duizhao-jiancha（民主生活会/组织生活会对照检查材料）、summary（一般工作总结）
# profile: work-report

# 报告年度：默认从标题或开头识别（如“2024年度党建工作报告”）
# year: 2024

# 只启用部分规则：代码（DJ201）、代码前缀（DJ2）、类别（placeholder）或规则名
# select: [ALL]

# 关闭的规则
# ignore: []

# 达到哪个级别时退出码为 1（info / warning / error）
fail-on: warning

# 针对部分文件关闭规则：模板里的 XX 占位符是故意留的
per-file-ignores:
  "templates/**": [DJ201]

# 单位自己的规则包（文件夹，格式同 djlint 内置的 rules/placeholder）
# rule-packs: [./djlint-rules]

# 不检查的文件
# exclude: ["archive/**"]
"""


@main.command("init", context_settings=CONTEXT_SETTINGS)
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="覆盖已有的 .djlint.yaml")
def init_cmd(directory, force):
    """在文稿仓库中生成带注释的 .djlint.yaml。"""
    target = os.path.join(directory, ".djlint.yaml")
    if os.path.exists(target) and not force:
        click.echo(f"djlint: {target} 已存在（用 --force 覆盖）", err=True)
        sys.exit(2)
    try:
        os.makedirs(directory, exist_ok=True)
        from .writeback.atomic import atomic_write

        atomic_write(target, INIT_TEMPLATE.encode("utf-8"))
    except OSError as e:
        click.echo(f"djlint: {target}: 无法写入（{e.strerror or e}）", err=True)
        sys.exit(2)
    click.echo(f"已生成 {target}")


if __name__ == "__main__":  # pragma: no cover
    main()
