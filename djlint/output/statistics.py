"""``--statistics``: how many findings per rule code, most first (text), or as JSON."""
from __future__ import annotations

from collections import Counter


def render(diags, env) -> str:
    registry = env.registry()
    counts = Counter(d.code for d in diags)
    fixable = Counter(d.code for d in diags if d.fix and d.fix.safe)
    rows = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = registry.rules.get(code) if registry is not None else None
        rows.append({"code": code, "name": rule.name if rule else "", "count": n, "fixable": fixable[code]})
    if env.fmt in ("json", "sarif"):
        import json

        return json.dumps(rows, ensure_ascii=env.ascii_only, indent=2)
    return "\n".join(f"{r['count']:>6}  {r['code']:<7} {'[*]' if r['fixable'] else '   '} {r['name']}" for r in rows)
