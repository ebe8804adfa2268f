"""``--format sarif``: SARIF 2.1.0 as GitHub code scanning accepts it."""
from __future__ import annotations

import json
import os

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    """``artifactLocation.uri``: a URI reference (RFC 3986), so a space, a Chinese name, ``#`` or
    ``%`` or ``:`` is percent-encoded (``报告 材料/x.docx`` -> ``%E6%8A%A5%E5%91%8A%20…``; GitHub code scanning
    and SARIF validators decode it back to the repository path).  An absolute path is made relative
    to the working folder (the repository root in CI); one that cannot be (another Windows drive)
    becomes a ``file:`` URI."""
    from pathlib import Path
    from urllib.parse import quote

    if os.path.isabs(path):
        try:
            path = os.path.relpath(path)
        except ValueError:
            return Path(path).as_uri()
    return quote(path.replace(os.sep, "/"), safe="/")  # ":" too: a first segment never reads as a scheme


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
        uri = _uri(d.path)
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
