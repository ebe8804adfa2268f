"""The findings as an Excel workbook (汇总表) an office hands upward and files: ``-o 结果.xlsx``
or ``--format xlsx``, ``djlint audit --xlsx``, and the web page's 下载汇总表.  Needs the optional
extra ``xlsx`` (openpyxl, pure Python).

Three sheets:

- 问题明细: every finding: 文件, 位置 (第N段第M字 in Word, 第N行第M字 in text), 代码, 规则, 类别,
  级别, 说明, 原文, 修改建议, 修改方式 (可自动修复 / 建议（需人工确认）);
- 按文件汇总: every file checked: counts by severity and by category, and why a file could not
  be read;
- 按规则汇总: every rule that found something: its summary, counts by severity, how many files.

The workbook is written in openpyxl's write-only mode (rows stream out; an audit's findings are
never all in memory), then put in place atomically.  Text is always text: a cell starting with
``=`` is stored as a string, never as a formula.
"""
from __future__ import annotations

import io

from ..diagnostic import CATEGORIES, SEVERITIES
from .table import CATEGORY_ZH, SEVERITY_ZH, fix_columns, location, zh

SHEETS = ("问题明细", "按文件汇总", "按规则汇总")
FINDING_HEAD = ("文件", "位置", "代码", "规则", "类别", "级别", "说明", "原文", "修改建议", "修改方式")
FILE_HEAD = ("文件", "问题数", *(SEVERITY_ZH[s] for s in reversed(SEVERITIES)),
             *(CATEGORY_ZH[c] for c in CATEGORIES.values()), "状态")
RULE_HEAD = ("代码", "规则", "类别", "说明", "问题数", *(SEVERITY_ZH[s] for s in reversed(SEVERITIES)), "涉及文件数")
#: rows of one sheet in Excel (the header takes one)
MAX_ROWS = 1_048_576
_WIDTHS = {SHEETS[0]: (40, 14, 8, 24, 10, 6, 50, 40, 24, 18), SHEETS[1]: (48, 8, 6, 6, 6, *([8] * len(CATEGORIES)), 40),
           SHEETS[2]: (8, 28, 10, 40, 8, 6, 6, 6, 10)}


def _require():
    from ..extras import require

    require("xlsx")


def rule_summaries() -> dict[str, str]:
    """{code: summary} of the built-in rules (a pack's rules the registry does not know stay blank)."""
    try:
        from ..engine.registry import build_registry

        return {code: r.summary for code, r in build_registry().rules.items()}
    except Exception:  # noqa: BLE001 - the workbook is still written, without the summaries
        return {}


class _Sheet:
    def __init__(self, wb, title: str, head):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.ws = wb.create_sheet(title)
        for i, width in enumerate(_WIDTHS[title]):
            self.ws.column_dimensions[_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        self.rows = 0
        self._cell = WriteOnlyCell
        bold = Font(bold=True)
        cells = []
        for value in head:
            c = WriteOnlyCell(self.ws, value=value)
            c.font = bold
            cells.append(c)
        self.ws.append(cells)
        self.width = len(head)

    def add(self, values) -> None:
        self.ws.append([self._value(v) for v in values])
        self.rows += 1

    def _value(self, v):
        if not isinstance(v, str):
            return v
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        v = ILLEGAL_CHARACTERS_RE.sub("", v)[:32000]
        if v.startswith("="):
            c = self._cell(self.ws, value=v)
            c.data_type = "s"  # text that looks like a formula stays text
            return c
        return v

    def finish(self) -> None:
        if self.rows:
            self.ws.auto_filter.ref = f"A1:{_letter(self.width - 1)}{self.rows + 1}"


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def workbook_bytes(findings, files, rules: dict[str, str] | None = None) -> tuple[bytes, int]:
    """(the .xlsx, findings listed).  ``findings``: rows in the ``--format json`` shape (any
    iterable, read once and never kept); ``files``: ``{"path", "error"}`` of every file checked."""
    _require()
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    detail, by_file, by_rule = (_Sheet(wb, t, h) for t, h in zip(SHEETS, (FINDING_HEAD, FILE_HEAD, RULE_HEAD)))
    counts = Counts(files)
    for row in findings:
        counts.add(row)
        if detail.rows < MAX_ROWS - 2:
            what, how = fix_columns(row.get("fix"))
            detail.add((row["path"], location(row), row["code"], row["rule"], zh(row["category"], CATEGORY_ZH),
                        zh(row["severity"], SEVERITY_ZH), row["message"], row.get("context") or "", what, how))
    listed = detail.rows
    if counts.total > listed:
        detail.add((f"另有 {counts.total - listed} 个问题未列出：超出 Excel 一张表的行数上限，"
                    "完整结果见 --format json 或审计结果文件夹",))
    for entry in counts.per_file.values():
        n = sum(entry["sev"].values())
        status = f"无法读取：{entry['error']}" if entry["error"] else ("" if n else "未发现问题")
        by_file.add((entry["path"], n, *(entry["sev"].get(s, 0) for s in reversed(SEVERITIES)),
                     *(entry["cat"].get(c, 0) for c in CATEGORIES.values()), status))
    rules = rule_summaries() if rules is None else rules
    for entry in sorted(counts.per_rule.values(), key=lambda e: (-sum(e["sev"].values()), e["code"])):
        by_rule.add((entry["code"], entry["rule"], zh(entry["category"], CATEGORY_ZH), rules.get(entry["code"], ""),
                     sum(entry["sev"].values()), *(entry["sev"].get(s, 0) for s in reversed(SEVERITIES)),
                     len(entry["files"])))
    for sheet in (detail, by_file, by_rule):
        sheet.finish()
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), listed


class Counts:
    """Counts by file and by rule, one finding at a time."""

    def __init__(self, files):
        from collections import Counter

        self._counter = Counter
        self.total = 0
        self.per_file: dict[str, dict] = {}
        self.per_rule: dict[str, dict] = {}
        for f in files:
            self._file(f["path"])["error"] = f.get("error")

    def _file(self, path: str) -> dict:
        entry = self.per_file.get(path)
        if entry is None:
            entry = self.per_file[path] = {"path": path, "error": None, "sev": self._counter(), "cat": self._counter()}
        return entry

    def add(self, row: dict) -> None:
        self.total += 1
        entry = self._file(row["path"])
        entry["sev"][row["severity"]] += 1
        entry["cat"][row["category"]] += 1
        rule = self.per_rule.get(row["code"])
        if rule is None:
            rule = self.per_rule[row["code"]] = {"code": row["code"], "rule": row["rule"], "category": row["category"],
                                                 "sev": self._counter(), "files": set()}
        rule["sev"][row["severity"]] += 1
        rule["files"].add(row["path"])


def render(diags, env=None) -> bytes:
    """The workbook of these findings (the files listed in ``env.files``, else those with findings)."""
    files = (env.files if env is not None and env.files is not None else
             [{"path": p, "error": None} for p in dict.fromkeys(d.path for d in diags)])
    return workbook_bytes((d.to_dict() for d in diags), files)[0]


def write_workbook(path: str, findings, files, rules: dict[str, str] | None = None) -> int:
    """Write the workbook to ``path`` (a temporary file, then a rename); the findings listed."""
    from ..writeback.atomic import atomic_write

    data, n = workbook_bytes(findings, files, rules)
    atomic_write(path, data)
    return n
