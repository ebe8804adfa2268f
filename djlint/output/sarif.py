"""``--format sarif``: SARIF 2.1.0 as GitHub code scanning accepts it."""
from __future__ import annotations

import json
import os

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(diags, env) -> str:
    registry, version = env.registry(), env.version
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
    return json.dumps(doc, ensure_ascii=env.ascii_only, indent=2)
