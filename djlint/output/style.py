"""Terminal styling shared by the human formats: colours, and the display width of CJK text."""
from __future__ import annotations

import unicodedata

from ..util import rx


def _plain(s):
    return s


def _plain_severity(_sev, s):
    return s


class Style:
    def __init__(self, color: bool):
        self.color = color
        if not color:  # each call gives its text back (a long report makes tens of thousands of them)
            self.bold = self.red = self.yellow = self.cyan = self.dim = _plain
            self.severity = _plain_severity

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


class _Widths(dict):
    """Display width by character, each looked up in unicodedata once a run."""

    def __missing__(self, c: str) -> int:
        width = self[c] = 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
        return width


_WIDTH = _Widths().__getitem__


#: the CJK Unified Ideographs (every one of them wide, as unicodedata says: tests/test_display_width.py)
_IDEOGRAPHS = rx.stdlib("[\u4e00-\u9fff]+")
#: from this length on, the ideographs are taken out by one regex and counted twice, the rest looked up
_LONG = 16


def display_width(s: str) -> int:
    # a long report prints thousands of snippets: a dict's own lookup per character (half the
    # time of a cached function's call); the 30 characters before a finding are mostly ideographs
    if s.isascii():
        return len(s)
    if len(s) < _LONG:
        return sum(map(_WIDTH, s))
    rest = _IDEOGRAPHS.sub("", s)
    return 2 * (len(s) - len(rest)) + (len(rest) if rest.isascii() else sum(map(_WIDTH, rest)))


_WORD_EXTS = (".docx", ".docm", ".dotx")


def is_word(d) -> bool:
    return d.path.lower().endswith(_WORD_EXTS)


def location(d) -> str:
    """``path:line:column`` as editors read it; in a Word file, where Word users look for it:
    第N段第M字 (paragraphs, which Word does not number), and the part when it is not the body."""
    if not is_word(d):
        return f"{d.path}:{d.line}:{d.column}"
    from ..document import PART_NAMES

    part = "" if d.part == "body" else PART_NAMES.get(d.part, d.part)
    return f"{d.path} {part}第{d.line}段第{d.column}字"


def quote(d, width: int = 12) -> str:
    """The flagged words with a little of their sentence, to find them with Ctrl+F."""
    if d.window is None:
        return ""
    shown, start, end = d.window
    a, b = max(0, start - width), min(len(shown), end + width)
    return shown[a:b].strip("…").strip()
