"""The lint command's options, declared once.

:data:`OPTIONS` is the one table: :mod:`djlint.cli` builds click's options from it,
:mod:`djlint.fastpath` builds the parser of the plain ``djlint FILE…`` path from it (the
entries marked ``fast``), and :class:`LintArgs`, what :func:`djlint.session.lint` reads, has
one attribute per entry.  Adding an option is one row here (and the code that reads it).

Nothing here imports click: the plain path must not pay for it.
"""
from __future__ import annotations

from typing import Any

from .util.record import record
from .util.zh import YEAR_MAX, YEAR_MIN

FAIL_ON = ("info", "warning", "error")


@record
class Opt:
    """One option of ``djlint [lint]``."""

    #: the spellings on the command line, long first (``("--output", "-o")``)
    flags: tuple
    #: the attribute of :class:`LintArgs` it sets
    dest: str
    #: ``value`` (takes an argument), ``flag`` (on when given) or ``switch`` (``--x/--no-x``, None when absent)
    kind: str = "value"
    #: for values: ``str``, ``int`` or ``file`` (a path that must not be a folder)
    type: str = "str"
    default: Any = None
    #: allowed values; ``"formats"`` means the output formats (:data:`djlint.output.FORMATS`)
    choices: Any = None
    #: allowed range of an ``int``
    range: tuple | None = None
    help: str = ""
    #: the plain path parses it without click (else a command line with it goes to click)
    fast: bool = True


OPTIONS: tuple[Opt, ...] = (
    Opt(("--format",), "fmt", default="text", choices="formats", help="输出格式"),
    Opt(("--output", "-o"), "output", type="file",
        help="把结果写入文件（文本格式带 BOM 的 UTF-8，Windows 记事本可直接打开；json/sarif 为 UTF-8；"
             "不写 --format 时，文件名以 .xlsx 结尾写成 Excel 汇总表，以 .csv 结尾写成 CSV 表格）"),
    Opt(("--select",), "select", help="只启用这些规则（逗号分隔：代码、代码前缀、类别名或规则名）"),
    Opt(("--ignore",), "ignore", help="关闭这些规则（逗号分隔）"),
    Opt(("--extend-select",), "extend_select", help="在默认或配置的选择之外再启用这些规则"),
    Opt(("--preview",), "preview", kind="flag", default=False, help="同时启用预览（preview）规则"),
    Opt(("--fail-on",), "fail_on", choices=FAIL_ON, help="达到此级别的问题才使退出码为 1（默认 warning）"),
    Opt(("--config",), "config_file", type="file", help="使用指定的配置文件，不再向上查找"),
    Opt(("--profile",), "profile", help="报告类型（如 work-report、shuzhi、duizhao-jiancha；djlint profiles 查看全部）"),
    Opt(("--year",), "year", type="int", range=(YEAR_MIN, YEAR_MAX), help="报告年度，四位数字（默认从标题或开头识别）"),
    Opt(("--statistics",), "statistics", kind="flag", default=False, help="只输出每个规则代码的问题数（可与 --format json 合用）"),
    Opt(("--jobs", "-j"), "jobs", type="int", default=0, help="并行进程数（默认：全部 CPU 核心）"),
    Opt(("--stdin-filename",), "stdin_filename", help="从标准输入（-）读取时使用的文件名（决定 .txt/.md）"),
    Opt(("--color",), "color", kind="switch", help="彩色输出（默认仅在终端上，且遵守 NO_COLOR）"),
    Opt(("--quiet", "-q"), "quiet", kind="flag", default=False, help="不输出汇总行"),
    Opt(("--fix",), "fix", kind="flag", default=False, fast=False,
        help="就地应用安全修复（.txt/.md 保持编码和换行；.docx 写成修订，可在 Word/WPS 中接受或拒绝）；"
             "标准输入（-）时把修复后的文字写到标准输出"),
    Opt(("--unsafe-fixes",), "unsafe_fixes", kind="flag", default=False, fast=False,
        help="同时应用标为不安全的修复（需人工确认的）"),
    Opt(("--diff",), "diff", kind="flag", default=False, fast=False, help="只显示修复会改动什么，不写文件"),
    Opt(("--annotate",), "annotate", kind="flag", default=False, fast=False,
        help="为 .docx 另存一份带批注的副本（草稿.djlint.docx），每个问题一条批注"),
    Opt(("--annotate-to",), "annotate_to", type="file", fast=False, help="带批注副本的文件名（只检查一个文件时）"),
    Opt(("--baseline",), "baseline_file", type="file", fast=False, help="忽略基线文件里记录的已有问题"),
    Opt(("--write-baseline",), "write_baseline", type="file", fast=False, help="把本次发现的问题写入基线文件"),
    Opt(("--no-cache",), "no_cache", kind="flag", default=False,
        help="不使用结果缓存（缓存按文件内容、配置和版本区分，位于 $XDG_CACHE_HOME/djlint）"),
)

_DESTS = {o.dest: o for o in OPTIONS}


class LintArgs:
    """The arguments of one lint run: ``paths`` and one attribute per entry of :data:`OPTIONS`
    (unset ones take the entry's default)."""

    __slots__ = ("paths", *_DESTS)

    def __init__(self, paths: tuple = (), **values):
        unknown = set(values) - set(_DESTS)
        if unknown:
            raise TypeError(f"LintArgs: unknown option {', '.join(sorted(unknown))}")
        self.paths = tuple(paths)
        for dest, opt in _DESTS.items():
            setattr(self, dest, values.get(dest, opt.default))

    def __repr__(self) -> str:
        given = {k: getattr(self, k) for k in _DESTS if getattr(self, k) != _DESTS[k].default}
        return f"LintArgs(paths={self.paths!r}, {given!r})"


def choices_of(opt: Opt) -> tuple | None:
    if opt.choices == "formats":
        from .output import FORMATS

        return tuple(FORMATS)
    return opt.choices


def fast_tables() -> tuple[dict, dict]:
    """For the plain path: ``{spelling: (dest, value)}`` of flags and ``{spelling: Opt}`` of values."""
    flags: dict = {}
    values: dict = {}
    for o in OPTIONS:
        if not o.fast:
            continue
        for spelling in o.flags:
            if o.kind == "flag":
                flags[spelling] = (o.dest, True)
            elif o.kind == "switch":
                flags[spelling] = (o.dest, True)
                flags["--no-" + spelling[2:]] = (o.dest, False)
            else:
                values[spelling] = o
    return flags, values


def convert(opt: Opt, raw: str):
    """The value of ``raw`` for ``opt`` as the plain path accepts it, or raise ValueError (click
    then gives the usage message)."""
    if opt.type == "int":
        value = int(raw)
        if opt.range and not opt.range[0] <= value <= opt.range[1]:
            raise ValueError(raw)
        return value
    choices = choices_of(opt)
    if choices is not None and raw not in choices:
        raise ValueError(raw)
    return raw
