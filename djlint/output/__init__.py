"""Output formats, one module each, registered in :data:`FORMATS` (the CLI's ``--format``
choices come from this table).  A format module has ``render(diags, env) -> str``; ``env``
carries the terminal style, the registry (for rule names in SARIF) and djlint's version.
"""
from __future__ import annotations

import importlib
from ..util.record import record
from typing import Callable

from .style import Style


@record(frozen=True)
class Format:
    module: str
    #: for machines: unreadable files become DJ901 findings in the output, no summary line
    machine: bool
    help: str


FORMATS: dict[str, Format] = {
    "text": Format("text", False, "完整格式：位置、代码、说明，下面是原文和 ^ 标记（默认）"),
    "concise": Format("concise", False, "每个问题一行"),
    "json": Format("json_array", True, "JSON 数组（公共约定的字段）"),
    "sarif": Format("sarif", True, "SARIF 2.1.0（GitHub 代码扫描）"),
    "github": Format("github", True, "GitHub Actions 注释"),
}


@record
class Env:
    style: Style
    version: str = ""
    registry_factory: Callable | None = None
    #: JSON and SARIF with \u escapes (a console that cannot show every character)
    ascii_only: bool = False
    #: the --format asked for (statistics follow it: text or json)
    fmt: str = "text"

    def registry(self):
        return self.registry_factory() if self.registry_factory is not None else None


def renderer(name: str) -> Callable:
    """``render(diags, env)`` of a format in :data:`FORMATS`, or ``"statistics"``."""
    module = FORMATS[name].module if name in FORMATS else name
    return importlib.import_module(f"{__name__}.{module}").render


__all__ = ["FORMATS", "Env", "Format", "Style", "renderer"]
