"""A compact base for paragraph rules made of one compiled regex (compiled once, at import)."""
from __future__ import annotations

import regex as re

from ..engine import Finding, Rule

TIMEOUT = 1.0
HAN = r"\p{Han}"
#: Chinese punctuation that closes / opens a stretch of text
CN_CLOSE = "，。、；：？！”’）》〉】…"
CN_OPEN = "“‘（《〈【"


class RegexRule(Rule):
    """Subclasses set ``pattern`` (compiled), optional ``exceptions`` and override ``finding``."""

    pattern = None
    exceptions: tuple = ()
    skip_kinds: tuple[str, ...] = ()

    def finding(self, p, m) -> Finding | None:
        raise NotImplementedError

    def check_paragraph(self, p, ctx):
        if ctx.doc.kind in self.skip_kinds:
            return
        text = p.text
        matches = list(self.pattern.finditer(text, timeout=TIMEOUT))
        if not matches:
            return
        excluded = [m.span() for ex in self.exceptions for m in ex.finditer(text, timeout=TIMEOUT)]
        for m in matches:
            s, e = m.span()
            if s == e or any(a < e and s < b for a, b in excluded):
                continue
            f = self.finding(p, m)
            if f is not None:
                yield f


def compile_(pattern: str, flags: int = 0):
    return re.compile(pattern, flags)
