"""Diagnostics: what a rule found, located for the user (the ``--format json`` contract)."""
from __future__ import annotations

from typing import Any

from .util.record import field, record

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

CATEGORIES = {
    "1": "structure",
    "2": "placeholder",
    "3": "numbering",
    "4": "phrase",
    "5": "punctuation",
    "6": "number",
    "7": "residue",
    "8": "format",
    "9": "input",
}


#: how a fix is marked everywhere a person reads it (text output, the web page, Word comments,
#: the spreadsheets): applied by ``--fix``, or a suggestion someone has to confirm
#: (applied only with ``--unsafe-fixes``); ``--format json`` says the same with ``fix.safe``
SAFE_FIX = "可自动修复"
MANUAL_FIX = "建议（需人工确认）"


#: a replacement that opens and closes with its own marks is shown as it is, not quoted again
_OPENING_MARKS, _CLOSING_MARKS = "“‘《〈「『", "”’》〉」』"


@record
class Fix:
    replacement: str
    line: int
    column: int
    end_line: int
    end_column: int
    safe: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"replacement": self.replacement, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column, "safe": self.safe}


@record
class Diagnostic:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    category: str
    severity: str
    message: str
    context: str = ""
    part: str = "body"
    fix: Fix | None = None
    #: not part of the JSON contract: where it came from, for annotating and fixing
    paragraph: Any = field(default=None, repr=False, compare=False)
    start: int = field(default=0, repr=False, compare=False)
    end: int = field(default=0, repr=False, compare=False)
    fix_title: str | None = field(default=None, repr=False, compare=False)
    #: the flagged text itself (the baseline matches on it, not on the line number)
    snippet: str = field(default="", repr=False, compare=False)
    #: (excerpt of the paragraph, start, end of the span in it) for the text output
    window: tuple | None = field(default=None, repr=False, compare=False)
    #: the other edits of this finding's fix, as diagnostics of their own spans (not in the JSON:
    #: its ``fix`` is this finding's span; ``--fix`` applies them all together)
    more: tuple = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "context": self.context,
            "part": self.part,
            "fix": self.fix.to_dict() if self.fix else None,
        }

    def fix_what(self) -> str:
        """What the fix does: 改为“（三）”, 删除, or the rule's own title of it."""
        if self.fix is None:
            return ""
        new = self.fix.replacement
        if self.fix_title or not new:
            return self.fix_title or "删除"
        if new[:1] in _OPENING_MARKS and new[-1:] in _CLOSING_MARKS:
            return f"改为{new}"  # “第一议题” already in its own quotation marks (blind22: 改为““第一议题””)
        return f"改为“{new}”"

    def fix_label(self) -> str:
        """「可自动修复：改为“，”」 or 「建议（需人工确认）：改为“（三）”」; empty without a fix."""
        if self.fix is None:
            return ""
        return f"{SAFE_FIX if self.fix.safe else MANUAL_FIX}：{self.fix_what()}"

    @property
    def sort_key(self):
        return (self.path, 0 if self.part == "body" else 1, self.part, self.line, self.column, self.code)
