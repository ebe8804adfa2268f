"""DJ2xx placeholder rules written in Python (the simple forms live in rules/core as YAML)."""
from __future__ import annotations

RULES: tuple = ()
