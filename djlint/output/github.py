"""``--format github``: GitHub Actions workflow commands (annotations on the pull request)."""
from __future__ import annotations

import os


def _gh_escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_prop(s: str) -> str:
    return _gh_escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(diags, env=None) -> str:
    """GitHub Actions workflow commands, one per finding."""
    kind = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for d in diags:
        props = (f"file={_gh_escape_prop(d.path.replace(os.sep, '/'))},line={d.line},col={d.column},"
                 f"endLine={d.end_line},endColumn={d.end_column},title={_gh_escape_prop(d.code + ' ' + d.rule)}")
        lines.append(f"::{kind.get(d.severity, 'warning')} {props}::{_gh_escape_data(d.code + ' ' + d.message)}")
    return "\n".join(lines)
