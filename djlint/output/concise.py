"""``--format concise``: one line per finding."""
from __future__ import annotations

from .style import is_word, location, quote


def render(diags, env) -> str:
    style = env.style
    lines = []
    for d in diags:
        mark = " [*]" if d.fix and d.fix.safe else ""
        found = f"（原文：“{quote(d)}”）" if is_word(d) and quote(d) else ""
        lines.append(f"{style.bold(location(d))}: {style.severity(d.severity, d.code)}{mark} {d.message}{found}")
    return "\n".join(lines)
