"""Reporters: text (full, like ruff), concise, json, sarif, github."""
from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter

from ..diagnostic import Diagnostic

FORMATS = ("text", "concise", "json", "sarif", "github")
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


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


def _location(d: Diagnostic) -> str:
    return f"{d.path}:{d.line}:{d.column}"


def format_concise(diags: list[Diagnostic], style: Style) -> str:
    lines = []
    for d in diags:
        mark = " [*]" if d.fix and d.fix.safe else ""
        lines.append(f"{style.bold(_location(d))}: {style.severity(d.severity, d.code)}{mark} {d.message}")
    return "\n".join(lines)


def format_text(diags: list[Diagnostic], style: Style) -> str:
    """ruff's full format: location, code and message, the line, a caret under the span."""
    blocks = []
    for d in diags:
        mark = " [*]" if d.fix and d.fix.safe else ""
        head = f"{style.bold(_location(d))}: {style.severity(d.severity, d.code)}{mark} {d.message}"
        if d.window is None:
            blocks.append(head)
            continue
        shown, start, end = d.window
        pad = display_width(shown[:start])
        width = max(1, display_width(shown[start:end]))
        gutter = str(d.line)
        bar = " " * len(gutter) + " |"
        lines = [head, style.dim(bar), f"{style.dim(gutter + ' |')} {shown}",
                 f"{style.dim(bar)} {' ' * pad}{style.severity(d.severity, '^' * width)}"]
        if d.fix is not None:
            verb = "可自动修复" if d.fix.safe else "建议（需人工确认）"
            what = f"改为“{d.fix.replacement}”" if d.fix.replacement else "删除"
            lines.append(f"{style.dim(bar)} {style.cyan(f'{verb}：{what}')}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def format_json(diags: list[Diagnostic]) -> str:
    return json.dumps([d.to_dict() for d in diags], ensure_ascii=False, indent=2)


_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def format_sarif(diags: list[Diagnostic], registry, version: str) -> str:
    """SARIF 2.1.0 as GitHub code scanning accepts it."""
    used = sorted({d.code for d in diags})
    rules = []
    index = {}
    for code in used:
        rule = registry.rules.get(code) if registry is not None else None
        index[code] = len(rules)
        entry = {
            "id": code,
            "name": rule.name if rule else code,
            "shortDescription": {"text": rule.summary if rule else code},
            "defaultConfiguration": {"level": _LEVEL.get(rule.severity if rule else "warning", "warning")},
            "properties": {"category": rule.category if rule else "input"},
        }
        if rule is not None:
            entry["fullDescription"] = {"text": rule.summary}
            entry["help"] = {"text": rule.doc or rule.summary, "markdown": rule.doc or rule.summary}
        rules.append(entry)
    results = []
    for d in diags:
        uri = d.path.replace(os.sep, "/")
        if os.path.isabs(d.path):
            try:
                uri = os.path.relpath(d.path).replace(os.sep, "/")
            except ValueError:
                pass
        region = {"startLine": max(1, d.line), "startColumn": max(1, d.column),
                  "endLine": max(1, d.end_line), "endColumn": max(d.column + 1 if d.end_column <= d.column else d.end_column, 1)}
        result = {
            "ruleId": d.code,
            "ruleIndex": index[d.code],
            "level": _LEVEL.get(d.severity, "warning"),
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
            "properties": {"part": d.part, "category": d.category},
        }
        if d.context:
            region["snippet"] = {"text": d.context}
        results.append(result)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "djlint", "fullName": "dangjian-lint 党建工作报告检查工具",
                                "version": version, "semanticVersion": version,
                                "informationUri": "https://pypi.org/project/dangjian-lint/",
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _gh_escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_prop(s: str) -> str:
    return _gh_escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(diags: list[Diagnostic]) -> str:
    """GitHub Actions workflow commands, one per finding."""
    kind = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for d in diags:
        props = (f"file={_gh_escape_prop(d.path.replace(os.sep, '/'))},line={d.line},col={d.column},"
                 f"endLine={d.end_line},endColumn={d.end_column},title={_gh_escape_prop(d.code + ' ' + d.rule)}")
        lines.append(f"::{kind.get(d.severity, 'warning')} {props}::{_gh_escape_data(d.code + ' ' + d.message)}")
    return "\n".join(lines)


def format_statistics(diags: list[Diagnostic], registry) -> str:
    counts = Counter(d.code for d in diags)
    fixable = Counter(d.code for d in diags if d.fix and d.fix.safe)
    lines = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = registry.rules.get(code) if registry is not None else None
        mark = "[*]" if fixable[code] else "   "
        lines.append(f"{n:>6}  {code:<7} {mark} {rule.name if rule else ''}")
    return "\n".join(lines)


def summary_line(n_files: int, diags: list[Diagnostic], n_errors: int, seconds: float) -> str:
    c = Counter(d.severity for d in diags)
    fixable = sum(1 for d in diags if d.fix and d.fix.safe)
    parts = [f"检查了 {n_files} 个文件"]
    if diags:
        parts.append(f"发现 {len(diags)} 个问题（错误 {c['error']}，警告 {c['warning']}，提示 {c['info']}）")
    else:
        parts.append("未发现问题")
    if fixable:
        parts.append(f"{fixable} 个有安全的修改建议（[*]）")
    if n_errors:
        parts.append(f"{n_errors} 个文件无法读取")
    parts.append(f"用时 {seconds:.2f} 秒")
    return "，".join(parts)
