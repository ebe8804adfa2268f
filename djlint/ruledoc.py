"""A rule's documentation as ``djlint rule CODE`` shows it: the rule's own text (docstring or
YAML ``doc``), with the ``## 示例`` section made from its examples — the cases of its case
file marked ``example`` (or a plugin's inline ``examples``), each run now to show what djlint
says about it, with the corrected text — and where the rule is defined.

Only ``djlint rule``, the docs generator and the tests come here: it reads case files (YAML).
"""
from __future__ import annotations

import inspect
import os

from .engine.cases import case_file, examples_of
from .engine.rule import DOC_HEADINGS, Example
from .errors import DjlintError

EXAMPLES_HEADING = "## 示例"
#: the headings that come after the examples (DOC_HEADINGS order): the section goes before the first present
_AFTER = DOC_HEADINGS[DOC_HEADINGS.index(EXAMPLES_HEADING) + 1:]
_PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shown_path(path: str) -> str:
    """A path as the reader can find it: relative to the folder holding the djlint package (a
    checkout's root, or site-packages), else as it is."""
    path = os.path.abspath(path)
    if path.startswith(_PACKAGE_PARENT + os.sep):
        return os.path.relpath(path, _PACKAGE_PARENT).replace(os.sep, "/")
    return path


def defined_at(rule) -> str:
    """Where a rule is written: ``djlint/checks/number/__init__.py（ContradictoryApproximation）`` or its YAML file."""
    path = getattr(rule, "path", None)
    if path:
        return shown_path(path)
    cls = type(rule)
    try:
        source = inspect.getsourcefile(cls) or ""
    except TypeError:
        source = ""
    return f"{shown_path(source)}（{cls.__qualname__}）" if source else f"{cls.__module__}.{cls.__qualname__}"


def cases_at(rule) -> str | None:
    path = case_file(rule)
    return shown_path(path) if path and os.path.isfile(path) else None


def run_example(rule, ex: Example, profile: str | None = None):
    """What djlint says about an example now (only this rule selected); None for a .docx
    example (the docs cannot build the file: they show what its case expects)."""
    if ex.input == "docx":
        return None
    from .lint import lint_text

    cfg = {"select": [rule.code], **(ex.config or {})}
    if rule.origin.startswith("pack:") and getattr(rule, "path", None):  # a configuration's rule pack
        cfg.setdefault("rule-packs", [os.path.dirname(rule.path)])
    if profile:
        cfg["profile"] = profile
    return [d for d in lint_text(ex.text, cfg, filename=f"example.{ex.input}") if d.code == rule.code]


def _block(label: str, text: str) -> list[str]:
    if "\n" not in text.rstrip("\n"):
        return [f"{label}：{text.rstrip(chr(10))}"]
    return [f"{label}："] + [f"    {line}" if line else "" for line in text.rstrip("\n").split("\n")]


def _recorded(rule, ex: Example) -> list[str]:
    out = []
    for f in ex.findings or []:
        line, cols = str(f["at"]).split(":")
        fix = f"（建议改为“{f['fix']}”）" if f.get("fix") else ""
        out.append(f"  → {line}:{cols.split('-')[0]} {rule.code} {f['message']}{fix}")
    return out or ["  → 无问题"]


def example_lines(rule, ex: Example, profile: str | None = None, live: bool = True) -> list[str]:
    """One example: the text, what djlint says about it (run now; ``live=False``: what its case
    expects, which the tests hold to what djlint says), and the corrected text."""
    tag = "错误示例" if ex.bad else "正确示例"
    if ex.input == "docx":
        lines = [f"{tag}（.docx：{ex.note}）" if ex.note else f"{tag}（.docx）"]
        return lines + _recorded(rule, ex)
    lines = _block(f"{tag}（{ex.note}）" if ex.note else tag, ex.text)
    if not live and ex.findings is not None:
        return lines + _recorded(rule, ex) + _corrected(ex)
    try:
        diags = run_example(rule, ex, profile)
    except DjlintError as e:
        return lines + [f"  （示例无法运行：{e}）"]
    for d in diags:
        fix = f"（建议改为“{d.fix.replacement}”）" if d.fix else ""
        lines.append(f"  → {d.line}:{d.column} {d.code} {d.message}{fix}")
    if not diags:
        lines.append("  → 无问题" if not ex.bad else "  → 无问题（注意：这是错误示例，规则却没有报告，请检查规则或示例）")
    return lines + _corrected(ex)


def _corrected(ex: Example) -> list[str]:
    corrected = ex.corrected if ex.corrected is not None else ex.fixed
    if ex.bad and corrected is not None:
        return ["  " + line for line in _block("应改为", corrected)]
    return []


def examples_section(rule, profile: str | None = None, heading: str = EXAMPLES_HEADING, live: bool = True) -> list[str]:
    examples = examples_of(rule)
    if not examples:
        return []
    lines = [heading]
    for ex in sorted(examples, key=lambda e: not e.bad):  # the bad ones first, as docs show them
        lines.append("")
        lines += example_lines(rule, ex, profile, live)
    return lines


def full_doc(rule, profile: str | None = None, live: bool = True) -> str:
    """The rule's doc with its ``## 示例`` section in place (before ``## 修复说明``/``## 依据``).
    A doc that writes its own ``## 示例`` (a plugin's) keeps it; the examples run below it."""
    doc = rule.doc.strip()
    has_own = any(line.strip() == EXAMPLES_HEADING for line in doc.splitlines())
    section = examples_section(rule, profile, "## 示例的检查结果" if has_own else EXAMPLES_HEADING, live)
    if not section:
        return doc
    text = "\n".join(section)
    lines = doc.splitlines()
    for i, line in enumerate(lines):
        if line.strip() in _AFTER:
            return "\n".join(lines[:i]).rstrip() + "\n\n" + text + "\n\n" + "\n".join(lines[i:])
    return (doc + "\n\n" + text) if doc else text
