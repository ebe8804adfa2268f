"""``--format json``: the public contract, one object per finding (see README)."""
from __future__ import annotations

import json


def render(diags, env=None) -> str:
    return json.dumps([d.to_dict() for d in diags], ensure_ascii=bool(env and env.ascii_only), indent=2)
