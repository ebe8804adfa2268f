"""The page's work on uploaded files, independent of the web framework.

Every call takes the file's name and bytes and returns plain, picklable data, so it runs in a
worker process: a large or hostile upload never blocks the other users or the server, and a
worker that dies is replaced.  Nothing is written anywhere but a private temporary folder,
removed at once.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter

from ..config import Config
from ..diagnostic import SEVERITIES

MAX_UPLOAD = 20 * 1024 * 1024
KINDS = (".docx", ".txt", ".md")


def _config(profile: str | None, year: int | None) -> Config:
    cfg = Config()
    cfg.profile = profile or None
    cfg.year = year or None
    return cfg


def _lint(name: str, data: bytes, profile, year, editable: bool = False):
    from ..document import read_bytes
    from ..runner.lint import lint_document

    doc = read_bytes(name, data, editable=editable)
    return doc, lint_document(doc, _config(profile, year))


def _section_of(doc, d) -> str:
    """The top-level section a finding stands in (its 一、 heading), for grouping on the page."""
    if d.paragraph is None or d.part != "body":
        return "全文" if d.paragraph is None else {"header": "页眉", "footer": "页脚"}.get(d.part, "其他部分")
    current = "标题和开头"
    for h in doc.outline.top:
        if h.paragraph.index <= d.paragraph.index:
            current = f"{h.label}{h.title}"[:30]
        else:
            break
    return current


def _finding(doc, d) -> dict:
    item = d.to_dict()
    item["section"] = _section_of(doc, d)
    if d.window is not None:
        shown, a, b = d.window
        item["excerpt"] = {"before": shown[:a], "flagged": shown[a:b], "after": shown[b:]}
    return item


def check(name: str, data: bytes, profile: str | None = None, year: int | None = None) -> dict:
    """The findings of one upload, as the page shows them; a file that cannot be read gets the
    command line's one-line message."""
    from ..errors import DjlintError

    out = {"name": name, "error": None, "findings": [], "counts": {s: 0 for s in SEVERITIES},
           "kind": os.path.splitext(name)[1].lower()}
    if out["kind"] not in KINDS:
        out["error"] = f"{name}: 只能检查 .docx、.txt、.md 文件"
        return out
    try:
        doc, diags = _lint(name, data, profile, year)
    except DjlintError as e:
        out["error"] = str(e)
        return out
    except (RecursionError, MemoryError):
        out["error"] = f"{name}: 文件过大或结构过深，无法读取"
        return out
    out["findings"] = [_finding(doc, d) for d in diags]
    out["counts"].update(Counter(d.severity for d in diags))
    out["fixable"] = sum(1 for d in diags if d.fix and d.fix.safe)
    return out


def annotated(name: str, data: bytes, profile=None, year=None) -> bytes:
    """The .docx with a Word comment on each finding (what ``--annotate`` writes)."""
    from ..writeback.apply import annotate_docx

    doc, diags = _lint(name, data, profile, year, editable=True)
    if doc.kind != "docx":
        raise ValueError("只有 .docx 可以加批注")
    folder = tempfile.mkdtemp(prefix="djlint-serve-")  # 0700: private to this user
    try:
        target = os.path.join(folder, "annotated.docx")
        annotate_docx(doc, diags, target)
        with open(target, "rb") as fh:
            return fh.read()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fixed(name: str, data: bytes, profile=None, year=None) -> bytes:
    """The safe fixes: as tracked changes in a .docx (what ``--fix`` writes), applied to text."""
    from ..runner.act import Action, fix_text_bytes
    from ..runner.options import Options
    from ..writeback.apply import fix_docx

    doc, diags = _lint(name, data, profile, year, editable=True)
    if doc.kind != "docx":
        return fix_text_bytes(name, data, Options(profile=profile, year=year), Action(fix=True))[0]
    folder = tempfile.mkdtemp(prefix="djlint-serve-")
    try:
        target = os.path.join(folder, "fixed.docx")
        out = fix_docx(doc, diags, False, True, out_path=target)
        if not out.written:
            return data
        with open(target, "rb") as fh:
            return fh.read()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def profiles() -> list[tuple[str, str]]:
    from ..checks.structure import profiles_of
    from ..engine.registry import build_registry

    return sorted(((p.name, p.title) for p in profiles_of(build_registry()).values()), key=lambda x: x[0])
