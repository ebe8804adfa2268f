"""The findings as rows of a table, for the spreadsheets (``--format csv``, the .xlsx workbook):
Chinese column heads and values an office reads (错误/警告/提示, 第3段第7字), computed from the
``--format json`` fields so that the command line, ``djlint audit`` and the web page give the
same rows."""
from __future__ import annotations

from ..diagnostic import CATEGORIES, MANUAL_FIX, SAFE_FIX, SEVERITIES

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
CATEGORY_ZH = {"structure": "结构", "placeholder": "占位符", "numbering": "编号", "phrase": "规范表述",
               "punctuation": "标点", "number": "数字", "residue": "模板残留", "format": "版式", "input": "输入"}
_WORD = (".docx", ".docm", ".dotx", ".dotm")


def part_name(part: str) -> str:
    from ..document import PART_NAMES

    return "正文" if part in ("body", None, "") else PART_NAMES.get(part, part)


def location(row: dict) -> str:
    """第3段第7字 in a Word file (页眉第1段第1字 outside the body), 第3行第7字 in text."""
    line, column = row.get("line") or 1, row.get("column") or 1
    if not row.get("context") and line == column == row.get("end_line") == row.get("end_column") == 1:
        return "全文"  # a finding about the whole file (a missing section, an unreadable file)
    if str(row.get("path", "")).lower().endswith(_WORD):
        part = "" if row.get("part") in ("body", None, "") else part_name(row["part"])
        return f"{part}第{line}段第{column}字"
    return f"第{line}行第{column}字"


def fix_columns(fix: dict | None) -> tuple[str, str]:
    """(what the fix writes, how it is applied): (“改为“，””, 可自动修复) or (…, 建议（需人工确认）)."""
    if not fix:
        return "", ""
    what = f"改为“{fix['replacement']}”" if fix.get("replacement") else "删除"
    return what, SAFE_FIX if fix.get("safe") else MANUAL_FIX


def zh(value: str | None, table: dict) -> str:
    return table.get(value, value or "")


__all__ = ["CATEGORIES", "CATEGORY_ZH", "SEVERITIES", "SEVERITY_ZH", "fix_columns", "location", "part_name", "zh"]
