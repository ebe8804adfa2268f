"""``--statistics``: how many findings per rule code, most first (text), or as JSON."""
from __future__ import annotations

from collections import Counter


def render(diags, env) -> str:
    registry = env.registry()
    counts = Counter(d.code for d in diags)
    fixable = Counter(d.code for d in diags if d.fix and d.fix.safe)
    lines = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = registry.rules.get(code) if registry is not None else None
        mark = "[*]" if fixable[code] else "   "
        lines.append(f"{n:>6}  {code:<7} {mark} {rule.name if rule else ''}")
    return "\n".join(lines)
