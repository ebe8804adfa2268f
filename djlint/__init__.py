"""djlint: 党建工作报告检查工具 (a linter for Chinese Party-building work reports).

Public API::

    import djlint
    for d in djlint.lint_path("draft.docx"):
        print(d.line, d.column, d.code, d.message)
    djlint.lint_text("全年共召开会议x次。")
"""
from __future__ import annotations

from ._version import __version__

__all__ = ["__version__", "lint_path", "lint_text", "Diagnostic", "Fix", "ReadError", "ConfigError"]


def __getattr__(name):  # keep `import djlint` light: load the engine on first use
    if name in ("lint_path", "lint_text"):
        from . import lint

        return getattr(lint, name)
    if name in ("Diagnostic", "Fix"):
        from . import diagnostic

        return getattr(diagnostic, name)
    if name in ("ReadError", "ConfigError"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(name)
