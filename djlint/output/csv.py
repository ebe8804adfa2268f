"""``--format csv``: one row per finding, for Excel and WPS (UTF-8 with a BOM, so that Excel
opens it without asking for the encoding).

The columns are the ``--format json`` fields under Chinese heads (``fix`` as two columns, its
position being the finding's), with 位置 as the text output writes it; 级别、类别、部位 in
Chinese.  A cell that starts with ``= + - @`` gets a leading ``'`` so that a spreadsheet shows
the text instead of running it as a formula."""
from __future__ import annotations

import csv
import io

from .table import CATEGORY_ZH, SEVERITY_ZH, fix_columns, location, part_name, zh

BOM = "\ufeff"
HEADER = ("文件", "位置", "行", "列", "结束行", "结束列", "代码", "规则", "类别", "级别", "说明", "原文", "部位",
          "修改建议", "修改方式")


def _cell(value):
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def row_of(item: dict) -> list:
    what, how = fix_columns(item.get("fix"))
    values = [item["path"], location(item), item["line"], item["column"], item["end_line"], item["end_column"],
              item["code"], item["rule"], zh(item["category"], CATEGORY_ZH), zh(item["severity"], SEVERITY_ZH),
              item["message"], item.get("context", ""), part_name(item.get("part")), what, how]
    return [_cell(v) for v in values]


def render(diags, env=None) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    for d in diags:
        writer.writerow(row_of(d.to_dict()))
    return BOM + buf.getvalue()
