"""Command line: ``djlint PATH...`` (lint, the default), ``djlint rules``, ``djlint rule CODE``, ``djlint init``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage error, bad config,
or an input that could not be read (the other files are still linted and reported).
"""
from __future__ import annotations

import os
import sys
import time

import click

from . import __version__
from .errors import ConfigError, DjlintError, ReadError, RuleLoadError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox"}


class DefaultGroup(click.Group):
    """``djlint PATH`` means ``djlint lint PATH``: unknown first words go to lint."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help", "--version")):
            args = ["lint", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="djlint (dangjian-lint)")
def main():
    """djlint：党建工作报告检查工具。检查 .docx、.txt、.md 文稿中的占位符、结构、编号、
    规范表述、标点和数字用法。

    \b
    用法：
      djlint 草稿.docx               检查文件（也可以是文件夹）
      djlint rules                   列出全部规则
      djlint rule DJ201              查看一条规则的说明和示例
      djlint init                    生成 .djlint.yaml 配置模板
    """


def _collect(paths: list[str], errors: list[ReadError], explicit_config: str | None) -> list[str]:
    from .config import config_for
    from .document import SUPPORTED

    out: list[str] = []
    seen = set()
    for path in paths:
        if path == "-":
            out.append(path)
            continue
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(("~$", ".~")) or os.path.splitext(name)[1].lower() not in SUPPORTED \
                            or name.lower().endswith(".djlint.docx"):  # our own annotated copies
                        continue
                    full = os.path.join(root, name)
                    if os.path.islink(full) and not os.path.exists(full):
                        continue
                    try:
                        if config_for(full, explicit_config).is_excluded(full):
                            continue
                    except ConfigError:
                        pass  # reported when the file is linted
                    real = os.path.realpath(full)
                    if real not in seen:
                        seen.add(real)
                        out.append(full)
        elif os.path.exists(path) or os.path.islink(path):
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                out.append(path)
        else:
            errors.append(ReadError(path, "文件或文件夹不存在，请检查路径"))
    return out


def _lint_one(path: str, options, stdin_data: bytes | None = None, stdin_name: str | None = None):
    """Lint one file; return (diagnostics, error message or None).  Runs in worker processes."""
    from .document import load_bytes, read_bytes
    from .lint import effective_config, lint_document

    try:
        if path == "-":
            name = stdin_name or "stdin.txt"
            cfg = effective_config(name, options)
            doc = read_bytes(name, stdin_data or b"")
            return lint_document(doc, cfg, options), None, cfg.fail_on
        cfg = effective_config(path, options)
        data = load_bytes(path)
        key = None
        if getattr(options, "cache", False):
            from . import cache

            key = cache.key_for(path, data, cfg, options)
            hit = None if getattr(options, "cache_checked", False) else cache.load(key, path)
            if hit is not None:
                return hit, None, cfg.fail_on
        doc = read_bytes(path, data)
        diags = lint_document(doc, cfg, options)
        if key is not None:
            cache.store(key, diags)
        return diags, None, cfg.fail_on
    except ReadError as e:
        return [], str(e), None
    except (ConfigError, RuleLoadError) as e:
        return [], str(e), "config"
    except RecursionError:
        return [], f"{path}: 文档结构嵌套过深，无法读取", None
    except MemoryError:
        return [], f"{path}: 文件过大，内存不足，已跳过", None


def _cache_hit(path: str, options):
    """(diagnostics, None, fail_on) when the cache has this file's result, else None."""
    from . import cache
    from .document import load_bytes
    from .lint import effective_config

    try:
        cfg = effective_config(path, options)
        data = load_bytes(path)
    except (DjlintError, OSError):
        return None  # the worker reports it
    hit = cache.load(cache.key_for(path, data, cfg, options), path)
    return (hit, None, cfg.fail_on) if hit is not None else None


def _act_one(path: str, options, act: dict):
    """Lint one file and act on it (--fix, --diff, --annotate); the remaining findings come back."""
    from .apply import WriteFailed, annotate_docx, annotation_path, fix_docx, fix_text
    from .baseline import filter_baseline
    from .document import read_path
    from .lint import effective_config, lint_document

    try:
        cfg = effective_config(path, options)
        doc = read_path(path)
        diags = lint_document(doc, cfg, options)
        if act["baseline"] is not None:
            diags = filter_baseline(diags, act["baseline"])
        out = None
        if doc.kind == "docx" and not path.lower().endswith(".docx") and (act["annotate"] or act["fix"] or act["diff"]):
            from .apply import Outcome

            # .docm/.dotx are read through a rewritten content type; saving would drop what makes them one
            out = Outcome(notes=[f"djlint: {path}: 只对 .docx 加批注或修复（宏文档、模板请另存为 .docx），已跳过"])
            return diags, None, cfg.fail_on, out
        if act["annotate"]:
            if doc.kind != "docx":
                from .apply import Outcome

                out = Outcome(notes=[f"djlint: {path}: 只有 .docx 可以加批注，已跳过"])
            else:
                target = act["annotate_to"] or annotation_path(path)
                if os.path.abspath(target) == os.path.abspath(path):
                    raise WriteFailed(path, "批注副本不能覆盖原文件，请换一个文件名")
                out = annotate_docx(doc, diags, target)
                out.notes.append(f"已写出 {target}（{out.fixed} 条批注）")
        elif act["fix"] or act["diff"]:
            write = act["fix"]
            if doc.kind == "docx":
                out = fix_docx(doc, diags, act["unsafe"], write)
            else:
                out = fix_text(doc, diags, act["unsafe"], write)
            if out.skipped:
                out.notes.append(f"djlint: {path}: {out.skipped} 处修复未能自动应用（位置重叠，或在域代码、脚注、文本框中），请手动处理")
            if out.written:
                doc = read_path(path)
                diags = lint_document(doc, cfg, options)
                if act["baseline"] is not None:
                    diags = filter_baseline(diags, act["baseline"])
        return diags, None, cfg.fail_on, out
    except WriteFailed as e:
        return [], str(e), None, None
    except ReadError as e:
        return [], str(e), None, None
    except (ConfigError, RuleLoadError) as e:
        return [], str(e), "config", None


def _lint_one_portable(args):
    path, options = args
    diags, err, fail_on = _lint_one(path, options)
    for d in diags:  # lxml elements do not cross process boundaries
        d.paragraph = None
    return path, diags, err, fail_on


def _unreadable(path: str, message: str):
    from .diagnostic import Diagnostic

    reason = message[len(path) + 2:] if message.startswith(path + ": ") else message
    return Diagnostic(path, 1, 1, 1, 1, "DJ901", "unreadable-file", "input", "error", reason, "", "body", None)


@main.command("lint", context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "concise", "json", "sarif", "github"]), default="text",
              show_default=True, help="输出格式")
@click.option("--select", help="只启用这些规则（逗号分隔：代码、代码前缀、类别名或规则名）")
@click.option("--ignore", help="关闭这些规则（逗号分隔）")
@click.option("--extend-select", help="在默认或配置的选择之外再启用这些规则")
@click.option("--preview", is_flag=True, help="同时启用预览（preview）规则")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="达到此级别的问题才使退出码为 1（默认 warning）")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="使用指定的配置文件，不再向上查找")
@click.option("--profile", help="报告类型（如 work-report、shuzhi、duizhao-jiancha）")
@click.option("--year", type=int, help="报告年度（默认从标题或开头识别）")
@click.option("--statistics", is_flag=True, help="只输出每个规则代码的问题数")
@click.option("--jobs", "-j", type=int, default=0, help="并行进程数（默认：全部 CPU 核心）")
@click.option("--stdin-filename", help="从标准输入（-）读取时使用的文件名（决定 .txt/.md）")
@click.option("--color/--no-color", default=None, help="彩色输出（默认仅在终端上，且遵守 NO_COLOR）")
@click.option("--quiet", "-q", is_flag=True, help="不输出汇总行")
@click.option("--fix", is_flag=True, help="就地应用安全修复（.txt/.md 保持编码和换行；.docx 写成修订，可在 Word/WPS 中接受或拒绝）")
@click.option("--unsafe-fixes", is_flag=True, help="同时应用标为不安全的修复（需人工确认的）")
@click.option("--diff", is_flag=True, help="只显示修复会改动什么，不写文件")
@click.option("--annotate", is_flag=True, help="为 .docx 另存一份带批注的副本（草稿.djlint.docx），每个问题一条批注")
@click.option("--annotate-to", type=click.Path(dir_okay=False), help="带批注副本的文件名（只检查一个文件时）")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="忽略基线文件里记录的已有问题")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="把本次发现的问题写入基线文件")
@click.option("--no-cache", is_flag=True, help="不使用结果缓存（缓存按文件内容、配置和版本区分，位于 $XDG_CACHE_HOME/djlint）")
def lint_cmd(paths, fmt, select, ignore, extend_select, preview, fail_on, config_file, profile, year,
             statistics, jobs, stdin_filename, color, quiet, fix, unsafe_fixes, diff, annotate, annotate_to,
             baseline_file, write_baseline, no_cache):
    """检查文件或文件夹（.docx、.txt、.md）。"""
    from .lint import Options, fails
    from .report import Style, format_concise, format_github, format_json, format_sarif, format_statistics, \
        format_text, summary_line

    started = time.perf_counter()
    if not paths:
        click.echo("djlint: 请给出要检查的文件或文件夹，例如：djlint 草稿.docx（djlint --help 查看用法）", err=True)
        sys.exit(2)
    split = (lambda s: [x.strip() for x in s.split(",") if x.strip()] if s else None)
    options = Options(select=split(select), ignore=split(ignore), extend_select=split(extend_select),
                      preview=preview, config_file=config_file, fail_on=fail_on, profile=profile, year=year)
    options.cache = not no_cache
    if config_file and not os.path.isfile(config_file):
        click.echo(f"djlint: {config_file}: 配置文件不存在", err=True)
        sys.exit(2)
    annotate = annotate or bool(annotate_to)
    if annotate and (fix or diff):
        click.echo("djlint: --annotate 不能与 --fix/--diff 同时使用：先加批注审阅，或先修复再加批注", err=True)
        sys.exit(2)
    if (fix or diff or annotate) and "-" in paths:
        click.echo("djlint: --fix、--diff、--annotate 不能用于标准输入（-）", err=True)
        sys.exit(2)
    baseline = None
    if baseline_file:
        from .baseline import load_baseline

        try:
            baseline = load_baseline(baseline_file)
        except DjlintError as e:
            click.echo(f"djlint: {e}", err=True)
            sys.exit(2)
    errors: list[ReadError] = []
    files = _collect(list(paths), errors, config_file)
    if annotate_to and len(files) != 1:
        click.echo("djlint: --annotate-to 只能在检查一个文件时使用（多个文件请用 --annotate）", err=True)
        sys.exit(2)
    acting = fix or diff or annotate
    notes: list[str] = []
    diffs: list[str] = []
    fixed_total = 0
    results: dict[str, tuple] = {}
    stdin_data = sys.stdin.buffer.read() if "-" in files else None
    show_progress = fmt == "text" and sys.stderr.isatty() and len(files) >= 20
    workers = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    plain = [f for f in files if f != "-"]
    if "-" in files:
        results["-"] = _lint_one("-", options, stdin_data, stdin_filename)
    plain_misses = list(plain)
    if acting:
        act = {"fix": fix and not diff, "diff": diff, "unsafe": unsafe_fixes, "annotate": annotate,
               "annotate_to": annotate_to, "baseline": baseline}
        for path in plain:
            diags, err, fo, out = _act_one(path, options, act)
            results[path] = (diags, err, fo)
            if out is not None:
                notes.extend(out.notes)
                fixed_total += out.fixed
                if out.diff:
                    diffs.append(out.diff)
    elif options.cache and len(plain) >= 4:
        # cache hits are cheaper to serve here than to send to a worker
        plain_left = []
        for path in plain:
            hit = _cache_hit(path, options)
            if hit is not None:
                results[path] = hit
            else:
                plain_left.append(path)
        plain_misses[:] = plain_left
        if plain_misses:
            import copy

            options = copy.copy(options)
            options.cache_checked = True  # the misses are known: workers only store their results
    if not acting and plain_misses and workers > 1 and len(plain_misses) >= 4:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            mp = multiprocessing.get_context("fork")
        except ValueError:
            mp = multiprocessing.get_context()
        chunks = max(1, len(plain_misses) // (workers * 4))
        with ProcessPoolExecutor(max_workers=min(workers, len(plain_misses)), mp_context=mp) as pool:
            for i, (path, diags, err, fo) in enumerate(pool.map(_lint_one_portable,
                                                                [(p, options) for p in plain_misses],
                                                                chunksize=chunks)):
                results[path] = (diags, err, fo)
                if show_progress:
                    click.echo(f"\r检查中 {i + 1}/{len(plain_misses)}", nl=False, err=True)
    elif not acting:
        for i, path in enumerate(plain_misses):
            results[path] = _lint_one(path, options)
            if show_progress:
                click.echo(f"\r检查中 {i + 1}/{len(plain_misses)}", nl=False, err=True)
    if show_progress:
        click.echo("\r" + " " * 24 + "\r", nl=False, err=True)
    if options.cache and plain and not acting:
        import random

        if random.random() < 0.02:  # now and then, keep the cache folder bounded
            from .cache import prune

            prune()

    all_diags = []
    failed = False
    config_broken = False
    messages = [str(e) for e in errors]
    error_paths = [e.path for e in errors]
    if baseline is not None and not acting:
        from .baseline import filter_baseline

        results = {k: (filter_baseline(v[0], baseline), v[1], v[2]) for k, v in results.items()}
    for path in files:
        diags, err, fail_on_eff = results[path]
        if err:
            messages.append(err)
            if fail_on_eff == "config":
                config_broken = True
            else:
                error_paths.append(path if path != "-" else (stdin_filename or "stdin"))
            continue
        all_diags.extend(diags)
        if fails(diags, fail_on_eff or "warning"):
            failed = True
    for m in dict.fromkeys(messages):
        click.echo(f"djlint: {m}", err=True)
    for n in notes:
        click.echo(n, err=True)
    if write_baseline:
        from .baseline import write_baseline as _write_baseline

        try:
            n = _write_baseline(write_baseline, all_diags)
        except OSError as e:
            click.echo(f"djlint: {write_baseline}: 无法写入基线文件（{e.strerror or e}）", err=True)
            sys.exit(2)
        click.echo(f"已把 {n} 个问题写入基线 {write_baseline}", err=True)
        sys.exit(2 if (error_paths or config_broken) else 0)
    if diff:
        if diffs:
            click.echo("".join(diffs), nl=False)
        if not quiet:
            click.echo(f"{len(diffs)} 个文件可修复（{fixed_total} 处）；去掉 --diff、加上 --fix 即可写入", err=True)
        sys.exit(2 if (error_paths or config_broken) else (1 if diffs else 0))
    registry = None
    if fmt == "sarif" or statistics:
        from .engine import build_registry

        try:
            registry = build_registry()
        except DjlintError:
            registry = None
    machine = fmt in ("json", "sarif", "github")
    if machine:
        for e in errors:
            all_diags.append(_unreadable(e.path, str(e)))
        for path in files:
            diags, err, fo = results[path]
            if err and fo != "config":
                all_diags.append(_unreadable(path, err))
    color_on = color if color is not None else (sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    style = Style(bool(color_on))
    if statistics:
        out = format_statistics(all_diags, registry)
    elif fmt == "json":
        out = format_json(all_diags)
    elif fmt == "sarif":
        out = format_sarif(all_diags, registry, __version__)
    elif fmt == "github":
        out = format_github(all_diags)
    elif fmt == "concise":
        out = format_concise(all_diags, style)
    else:
        out = format_text(all_diags, style)
    if out:
        click.echo(out)
    if not machine and not quiet:
        if out:
            click.echo("")
        line = summary_line(len(files), all_diags, len(error_paths), time.perf_counter() - started)
        if fix:
            line = f"已修复 {fixed_total} 处；" + line
        click.echo(line)
    if error_paths or config_broken:
        sys.exit(2)
    sys.exit(1 if failed else 0)


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
    for p in sorted(registry.profiles.values(), key=lambda p: (-p.priority, p.name)):
        default = "（默认）" if p.default else ""
        click.echo(f"{p.name}  {p.title}{default}")
        if p.detect:
            click.echo(f"  识别：标题或开头含 {' 或 '.join(x.pattern for x in p.detect)}")
        for s in p.sections:
            g = registry.groups[s.group]
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
        from .engine import build_registry

        lines += ["## 报告类型（djlint profiles 查看各部分认可的标题）", ""]
        lines += [f"- {p.name}：{p.title}" + ("（默认）" if p.default else "")
                  for p in sorted(build_registry().profiles.values(), key=lambda p: p.name)]
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

# 单位自己的规则包（文件夹，格式同 djlint 内置的 rules/core）
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
        from .fsutil import atomic_write

        atomic_write(target, INIT_TEMPLATE.encode("utf-8"))
    except OSError as e:
        click.echo(f"djlint: {target}: 无法写入（{e.strerror or e}）", err=True)
        sys.exit(2)
    click.echo(f"已生成 {target}")


if __name__ == "__main__":  # pragma: no cover
    main()
