"""Command line: ``djlint PATH...`` (lint, the default), ``djlint rules``, ``djlint rule CODE``,
``djlint profiles``, ``djlint init``.  This module parses arguments, calls :mod:`djlint.runner`,
prints, and chooses the exit code.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage error, bad config,
or an input that could not be read (the other files are still linted and reported).
"""
from __future__ import annotations

import os
import sys

import click

from . import clizh
from ._version import __version__
from .arguments import LintArgs
from .errors import DjlintError
from .output import FORMATS
from .session import _check_selectors, _echo, _fail, lint

clizh.install()
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
COMMANDS_HELP = """\b
其他命令：
  djlint rules                   列出全部规则
  djlint rule DJ201              查看一条规则的说明和示例
  djlint profiles                列出报告类型及各部分认可的标题
  djlint init                    生成 .djlint.yaml 配置模板
  djlint audit 档案/ --out 结果/  在 Dask 上审计整个档案（需要 {archive}）
  djlint serve                   在本机启动检查网页（需要 {web}）"""


def _commands_help() -> str:
    """The other commands, with the install command of each extra as it works here (a clone:
    ``pip install '.[web]'``; an index: ``pip install 'dangjian-lint[web]'``)."""
    from .extras import install_command, origin

    where = origin()
    return COMMANDS_HELP.format(archive=install_command("archive", where), web=install_command("web", where))


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


class _LintContext(click.Context):
    @property
    def command_path(self) -> str:
        """``djlint``, not ``djlint lint``: the hints of usage errors point to ``djlint --help``
        (the same help; ``lint`` is a word the README never asks anyone to type)."""
        return self.parent.command_path if self.parent is not None else "djlint"


class LintCommand(click.Command):
    context_class = _LintContext

    def format_usage(self, ctx, formatter):
        formatter.write_usage("djlint", "[选项] 文件或文件夹...")

    def format_epilog(self, ctx, formatter):
        formatter.write_paragraph()
        formatter.write_text(_commands_help())


def _click_option(opt):
    """One row of :data:`djlint.arguments.OPTIONS` as a click option."""
    from .arguments import choices_of

    if opt.kind == "flag":
        return click.option(*opt.flags, opt.dest, is_flag=True, help=opt.help)
    if opt.kind == "switch":
        long = opt.flags[0]
        return click.option(f"{long}/--no-{long[2:]}", opt.dest, default=None, help=opt.help)
    kwargs = {"help": opt.help}
    choices = choices_of(opt)
    if opt.dest == "fmt":
        kwargs["help"] = "输出格式：" + "；".join(f"{k} {v.help}" for k, v in FORMATS.items())
    if choices is not None:
        kwargs["type"] = click.Choice(list(choices))
    elif opt.type == "int":
        kwargs["type"] = click.IntRange(*opt.range) if opt.range else int
    elif opt.type == "file":
        kwargs["type"] = click.Path(dir_okay=False)
    if opt.default is not None:
        kwargs["default"] = opt.default
        kwargs["show_default"] = opt.dest == "fmt"
    return click.option(*opt.flags, opt.dest, **kwargs)


def _lint_options(func):
    from .arguments import OPTIONS

    for opt in reversed(OPTIONS):
        func = _click_option(opt)(func)
    return func


@main.command("lint", cls=LintCommand, context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path())
@_lint_options
def lint_cmd(**params):
    """检查党建工作报告（.docx、.txt、.md，也可以是文件夹）。

    \b
    例：
      djlint 草稿.docx                      检查一个文件
      djlint 报告/ 总结.md                   检查文件夹里的全部文稿
      djlint --annotate 草稿.docx           另存一份带批注的 Word 文件
      djlint --fix 草稿.docx                安全修复写成修订，在 Word 里接受或拒绝

    退出码：0 没有问题；1 发现了问题（已列出）；2 用法或配置错误，或有文件无法读取。
    """
    lint(LintArgs(**params))


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
    from .checks.structure import groups_of, profiles_of
    from .checks.structure.profiles import example_title

    for p in sorted(profiles_of(registry).values(), key=lambda p: (-p.priority, p.name)):
        default = "（默认）" if p.default else ""
        click.echo(f"{p.name}  {p.title}{default}")
        if p.detect:
            click.echo(f"  识别：标题或开头含 {_readable_words(x.pattern for x in p.detect)}")
        for s in p.sections:
            g = groups_of(registry)[s.group]
            name = s.name or g.name
            examples = "、".join(example_title(e) for e in (s.examples or g.examples))
            need = "必备" if s.required else "可选"
            click.echo(f"  {need}  {name}：如 {examples}")
        extras = [label for label, x in (("主送机关", p.salutation), ("“特此报告”等结束语", p.closing)) if x]
        if extras:
            click.echo(f"  另需：{'、'.join(extras)}")
        click.echo("")


_REGEX_SYNTAX = frozenset(".^$*+?{}[]()\\|")


def _readable_words(patterns) -> str:
    """The words a profile is recognised by, as office staff read them: the plain words of each pattern's
    top-level alternatives (政府工作报告、党代会报告), and “等” where some alternative is a pattern
    (在……代表大会……上的报告) rather than a word."""
    words, more = [], False
    for pattern in patterns:
        depth, start, parts = 0, 0, []
        for i, c in enumerate(pattern):
            depth += (c == "(") - (c == ")")
            if c == "|" and depth == 0 and (i == 0 or pattern[i - 1] != "\\"):
                parts.append(pattern[start:i])
                start = i + 1
        parts.append(pattern[start:])
        for part in parts:
            if part and _REGEX_SYNTAX.intersection(part):
                more = True
            elif part and part not in words:
                words.append(part)
    return "、".join(words) + ("等" if more else "") if words else "（见 rules/ 下的报告类型定义）"


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
    from .engine.cases import examples_of, shape
    from .ruledoc import cases_at, defined_at, full_doc, run_example

    examples = []
    for e in examples_of(r):
        item = {"name": e.name, "text": e.text, "bad": e.bad, "input": e.input}
        if e.input == "docx":
            item.update(note=e.note, findings=e.findings or [])
        else:
            try:
                item["findings"] = [shape(d) for d in run_example(r, e)]
            except DjlintError as err:
                item["error"] = str(err)
        corrected = e.corrected if e.corrected is not None else e.fixed
        if e.bad and corrected is not None:
            item["corrected"] = corrected
        examples.append(item)
    return {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "summary": r.summary,
            "source": r.source, "fix": r.fix, "status": r.status, "origin": r.origin, "defined": defined_at(r),
            "cases": cases_at(r), "doc": full_doc(r),
            "options": [{"name": o.name, "type": o.type, "default": o.default, "doc": o.doc} for o in r.options],
            "examples": examples}


FIX_SENTENCES = {"never": "不提供自动修复。", "sometimes": "有时可自动修复。", "always": "总是可自动修复。"}


def render_rule(r, profile: str | None = None) -> str:
    """``djlint rule CODE``: where the rule is defined, its docs with each example and what djlint
    says about it now (:mod:`djlint.ruledoc`), its options."""
    from .ruledoc import cases_at, defined_at, full_doc

    where = f"定义：{defined_at(r)}"
    cases = cases_at(r)
    lines = [f"# {r.name} ({r.code})", "",
             f"类别：{r.category}    级别：{r.severity}    状态：{r.status}    来源：{r.origin}",
             where + (f"    用例：{cases}" if cases else ""),
             f"依据：{r.source}", FIX_SENTENCES.get(r.fix, ""), "", r.summary, ""]
    doc = full_doc(r, profile)
    if doc:
        lines += [doc, ""]
    if r.options:
        lines += ["## 选项（.djlint.yaml 的 rule-options）", ""]
        lines += [f"- {o.shown()}" for o in r.options]
        example = ", ".join(f"{o.name}: {o.default}" for o in r.options if not isinstance(o.default, (dict, list)))
        if example:
            lines += ["", f"例：rule-options: {{{r.code}: {{{example}}}}}"]
        lines.append("")
    if r.category == "structure":
        from .checks.structure import profiles_of
        from .engine import build_registry

        lines += ["## 报告类型（djlint profiles 查看各部分认可的标题）", ""]
        lines += [f"- {p.name}：{p.title}" + ("（默认）" if p.default else "")
                  for p in sorted(profiles_of(build_registry()).values(), key=lambda p: p.name)]
        lines.append("")
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
@click.option("--token", envvar="DJLINT_TOKEN", show_envvar=True,
              help="访问令牌：设置后，打开网页须带 ?token=…（局域网使用时建议设置；用环境变量或 --token-file 则不会出现在进程列表里）")
@click.option("--token-file", type=click.Path(dir_okay=False), help="从文件的第一行读取访问令牌")
@click.option("--allow-host", multiple=True, help="另外接受的访问名字（经反向代理或用域名访问时，如 djlint.example.org；可写多次）")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="工作进程数（每个最多约 300 MB 内存）")
@click.option("--max-upload", default=20, show_default=True, type=click.IntRange(1, 500), help="单个文件上限（MB）")
@click.pass_context
def serve_cmd(ctx, host, port, token, token_file, allow_host, workers, max_upload):
    """在本机启动检查网页：拖入文稿即可查看问题，下载批注版和修订版。"""
    from .extras import ExtraMissing, hint, require

    try:
        require("web", ("flask", "waitress"))
        from .web.app import serve
    except ExtraMissing as e:
        _fail(str(e))
    except ImportError:
        _fail(hint("web"))
    if token_file:
        try:
            with open(token_file, encoding="utf-8-sig") as fh:
                token = fh.readline().strip()
        except (OSError, UnicodeDecodeError) as e:
            _fail(f"无法读取令牌文件 {token_file}（{getattr(e, 'strerror', None) or e}）")
        if not token:
            _fail(f"令牌文件 {token_file} 的第一行是空的")
    typed = token and not token_file and ctx.get_parameter_source("token") == click.core.ParameterSource.COMMANDLINE
    if host not in ("127.0.0.1", "localhost", "::1"):
        _echo(f"djlint: 注意：网页将对 {host} 上的其他电脑开放，局域网里的人都能上传文稿"
              + ("" if token else "；建议设置访问令牌（--token-file 或环境变量 DJLINT_TOKEN）"), err=True)
    try:
        serve(host=host, port=port, token=token or None, max_upload=max_upload * 1024 * 1024, workers=workers,
              allow_hosts=allow_host, show_token=bool(typed), announce=lambda line: _echo(line, err=True))
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
@click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False),
              help="审计结束后把结果文件夹里的全部结果另存为汇总表（.xlsx：问题明细、按文件汇总、按规则汇总）")
def audit_cmd(source, out, fmt, scheduler, workers, batch_size, select, ignore, xlsx):
    """在 Dask 上审计一个文稿档案：SOURCE 是文件夹或清单（每行一个路径，或带 path 列的 CSV）。"""
    from .extras import ExtraMissing, hint, require

    try:
        # every module the run needs, before anything starts (dask without distributed was a traceback)
        require("archive", ("dask", "distributed") + (("pyarrow",) if fmt == "parquet" else ()))
        if xlsx:
            require("xlsx")
        from .audit.run import audit
    except ExtraMissing as e:
        _fail(str(e))
    except ImportError:
        _fail(hint("archive"))
    from .runner import Options

    split = (lambda s: [x.strip() for x in s.split(",") if x.strip()] if s else None)
    options = Options(select=split(select), ignore=split(ignore))
    _check_selectors(options)
    if xlsx and not xlsx.lower().endswith(".xlsx"):
        _fail(f"--xlsx {xlsx}: 汇总表的文件名须以 .xlsx 结尾")
    try:
        summary = audit(source, out, fmt, scheduler, workers, options, progress=lambda line: _echo(line, err=True),
                        batch_size=batch_size)
    except KeyboardInterrupt:
        _echo("已中止：写完的分片已保存，用同样的命令再运行会从断处续做", err=True)
        sys.exit(130)
    except (OSError, ValueError) as e:
        _fail(str(e))
    _echo(summary.line())
    if xlsx:
        from .audit.results import Results
        from .output.xlsx import write_workbook

        results = Results(out, fmt)
        try:
            rows = write_workbook(xlsx, results.workbook_findings(), results.workbook_files())
        except OSError as e:
            _fail(f"{xlsx}: 无法写入汇总表（{e.strerror or e}）")
        _echo(f"汇总表已写入 {xlsx}（{rows} 个问题）", err=True)


INIT_TEMPLATE = """\
# djlint（党建工作报告检查工具）配置。放在文稿仓库根目录，djlint 会从每个文件所在目录向上查找。
# 全部规则：djlint rules；某条规则的说明：djlint rule DJ201

# 报告类型：work-report（年度/半年党建工作报告，默认）、zhuti-zeren（主体责任落实情况报告）、
# shuzhi（述职/述职述廉）、duizhao-jiancha（民主生活会/组织生活会对照检查材料）、summary（一般工作总结）、
# dahui-baogao（大会工作报告、政府工作报告）；djlint profiles 列出各类型认可的标题
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

# 本单位的名称、地名、人名、项目名：错别字和提法规则不会去“改正”它们
# words: [幸福里社区, 清河湾项目]
# 或者写在一个文件里，每行一个（不写时读取本文件旁边的 .djlint-words.txt）
# words-file: djlint-words.txt
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
