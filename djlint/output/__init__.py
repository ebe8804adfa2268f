"""Output formats, one module each, registered in :data:`FORMATS` (the CLI's ``--format``
choices come from this table).  A format module has ``render(diags, env) -> str``; ``env``
carries the terminal style, the registry (for rule names in SARIF) and djlint's version.
"""
from __future__ import annotations

import importlib
from typing import Callable

from ..util.record import record
from .style import Style


@record(frozen=True)
class Format:
    module: str
    #: for machines: unreadable files become DJ901 findings in the output, no summary line
    machine: bool
    help: str
    #: bytes, not text: written only to a file (``-o``)
    binary: bool = False


FORMATS: dict[str, Format] = {
    "text": Format("text", False, "完整格式：位置、代码、说明，下面是原文和 ^ 标记（默认）"),
    "concise": Format("concise", False, "每个问题一行"),
    "json": Format("json_array", True, "JSON 数组（公共约定的字段）"),
    "sarif": Format("sarif", True, "SARIF 2.1.0（GitHub 代码扫描）"),
    "github": Format("github", True, "GitHub Actions 注释"),
    "csv": Format("csv", True, "CSV 表格（带 BOM 的 UTF-8，Excel 可直接打开；每个问题一行，中文列名）"),
    "xlsx": Format("xlsx", True, "Excel 汇总表（问题明细、按文件、按规则三张表；用 -o 结果.xlsx，需要 xlsx 扩展）",
                   binary=True),
}

#: the format an output file's name asks for when --format is not given (``-o 结果.xlsx``);
#: other names keep the text format (``-o 结果.txt``, and ``-o r.json`` as before)
BY_SUFFIX = {".csv": "csv", ".xlsx": "xlsx"}


@record
class Env:
    style: Style
    version: str = ""
    registry_factory: Callable | None = None
    #: JSON and SARIF with \u escapes (a console that cannot show every character)
    ascii_only: bool = False
    #: the --format asked for (statistics follow it: text or json)
    fmt: str = "text"
    #: ``{"path", "error"}`` of every file checked (the workbook lists clean files too)
    files: list | None = None

    def registry(self):
        return self.registry_factory() if self.registry_factory is not None else None


def renderer(name: str) -> Callable:
    """``render(diags, env)`` of a format in :data:`FORMATS`, or ``"statistics"``."""
    module = FORMATS[name].module if name in FORMATS else name
    return importlib.import_module(f"{__name__}.{module}").render


__all__ = ["BY_SUFFIX", "FORMATS", "Env", "Format", "Style", "renderer"]
