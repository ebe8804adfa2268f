"""Terminal styling shared by the human formats: colours, and the display width of CJK text."""
from __future__ import annotations

import unicodedata


class Style:
    def __init__(self, color: bool):
        self.color = color

    def _c(self, code: str, s: str) -> str:
        return f"\x1b[{code}m{s}\x1b[0m" if self.color else s

    def bold(self, s):
        return self._c("1", s)

    def red(self, s):
        return self._c("31;1", s)

    def yellow(self, s):
        return self._c("33;1", s)

    def cyan(self, s):
        return self._c("36", s)

    def dim(self, s):
        return self._c("2", s)

    def severity(self, sev: str, s: str) -> str:
        return {"error": self.red, "warning": self.yellow}.get(sev, self.cyan)(s)


def display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def location(d) -> str:
    return f"{d.path}:{d.line}:{d.column}"
