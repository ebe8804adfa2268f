"""``--format concise``: one line per finding."""
from __future__ import annotations

from .style import location


def render(diags, env) -> str:
    style = env.style
    lines = []
    for d in diags:
        mark = " [*]" if d.fix and d.fix.safe else ""
        lines.append(f"{style.bold(location(d))}: {style.severity(d.severity, d.code)}{mark} {d.message}")
    return "\n".join(lines)
