"""The page's work on uploaded files, independent of the web framework.

Every call takes the file's name and bytes and returns plain, picklable data, so it runs in a
worker process (:mod:`.workers`): a large or hostile upload costs its own worker, never the other
users or the server.  Nothing is written anywhere: the annotated and fixed copies are made in
memory.

What one document may cost in a worker is bounded before the work: the .docx guard's budget
(XML bytes and tags, set in the workers from :data:`XML_BYTES` and :data:`TAGS`), then
:data:`MAX_CHARS` characters and :data:`MAX_PARAGRAPHS` paragraphs (a text file is measured
before it is split into paragraphs).
"""
from __future__ import annotations

import os
from collections import Counter

from ..config import Config
from ..diagnostic import SEVERITIES
from ..document import UNSUPPORTED

MAX_UPLOAD = 20 * 1024 * 1024
KINDS = (".docx", ".txt", ".md")
#: what to do with an office file the page cannot read (the command line says the same)
SAVE_AS = {k: v for k, v in UNSUPPORTED.items() if k in (".doc", ".wps", ".wpt", ".rtf", ".odt", ".pdf")}
#: about 500 pages of a report: lint time and memory grow with both
MAX_CHARS = 300_000
MAX_PARAGRAPHS = 20_000
#: findings sent to the page per file (the counts are always complete)
MAX_FINDINGS = 1000
#: the guard's budget in the server's workers (the command line's is larger): a tag costs up to
#: ~800 bytes once read, so 250,000 tags stay within a worker's 300 MB (a 30-page report from Word
#: has ~15,000)
XML_BYTES = 32 * 1024 * 1024
TAGS = 250_000
#: what makes an input "heavy" (it may be slow): heavy ones may occupy all workers but one, so a
#: normal draft always finds a worker.  A text over HEAVY_TEXT bytes (~85,000 characters); a
#: .docx whose members, as declared, come to over HEAVY_XML (a 30-page report from Word has
#: ~300 KB of document.xml), media and the parts read only in part (styles, theme, settings) left
#: out, or whose file is over HEAVY_FILE
HEAVY_TEXT = 256 * 1024
HEAVY_XML = 512 * 1024
HEAVY_FILE = 4 * 1024 * 1024
MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp", ".jfif", ".webp",
         ".odttf", ".ttf", ".otf", ".bin", ".mp4", ".wav", ".mp3", ".avi", ".wmv")
LIGHT_PARTS = ("styles", "theme", "settings", "fonttable", "docprops/")

SPLIT = "请分成几个文件后再检查"


def _config(profile: str | None, year: int | None) -> Config:
    cfg = Config()
    cfg.profile = profile or None
    cfg.profile_source = "web" if profile else None
    cfg.year = year or None
    return cfg


def heavy(name: str, data: bytes) -> bool:
    """Whether an upload may be slow, judged in the server without reading it (for a .docx, the
    zip directory only: the declared sizes).  A scheduling hint: what a file may cost is bounded
    in the worker whatever this says."""
    if not name.lower().endswith(".docx"):
        return len(data) > HEAVY_TEXT
    if len(data) > HEAVY_FILE:
        return True
    if not data.startswith(b"PK"):
        return False
    import io
    import zipfile

    from ..document.guard import MAX_ENTRIES, declared_entries

    count = declared_entries(data)
    if count is None or count > MAX_ENTRIES:
        return True  # the worker refuses it; the server does not read a huge directory

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return sum(i.file_size for i in zf.infolist() if not i.filename.lower().endswith(MEDIA)
                       and not any(k in i.filename.lower() for k in LIGHT_PARTS)) > HEAVY_XML
    except Exception:  # noqa: BLE001 - not a zip: the worker says so, quickly
        return False


def _text_too_long(name: str, data: bytes) -> str | None:
    """A text file is measured before it becomes paragraphs (a paragraph object per line)."""
    from ..document.text import decode

    text = decode(data, name)[0]
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    return _over(name, len(text), lines)


def _over(name: str, chars: int, paragraphs: int) -> str | None:
    if chars > MAX_CHARS:
        return f"{name}: 文档过长（约 {chars // 10000} 万字，网页检查上限为 {MAX_CHARS // 10000} 万字），{SPLIT}"
    if paragraphs > MAX_PARAGRAPHS:
        return f"{name}: 段落过多（{paragraphs:,} 段，网页检查上限为 {MAX_PARAGRAPHS:,} 段），{SPLIT}"
    return None


def _read(name: str, data: bytes, editable: bool = False):
    """The Document, or a ReadError / TooLong; never more than the limits above."""
    from ..document import read_bytes
    from ..errors import ReadError

    if not data:
        raise ReadError(name, "文件为空（0 字节）")
    if not name.lower().endswith(".docx"):
        problem = _text_too_long(name, data)
        if problem:
            raise TooLong(problem)
    doc = read_bytes(name, data, editable=editable)
    problem = _over(name, sum(len(p.text) for p in doc.paragraphs), len(doc.paragraphs))
    if problem:
        raise TooLong(problem)
    if not any(p.text.strip() for p in doc.paragraphs):
        raise ReadError(name, "文件中没有文字（空文件或只有空白），未作检查")
    return doc


class TooLong(Exception):
    """A document over the page's limits (its message is the one-line text shown)."""


def _lint(name: str, data: bytes, profile, year, editable: bool = False):
    from ..runner.lint import lint_document

    doc = _read(name, data, editable)
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
    item["fix_label"] = d.fix_label()  # marked as the command line marks it: 可自动修复 / 建议（需人工确认）
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
        # an old Word/WPS file or a PDF: the command line's advice (另存为 .docx), not only what is read
        out["error"] = f"{name}: {SAVE_AS.get(out['kind'], '只能检查 .docx、.txt、.md 文件')}"
        return out
    try:
        doc, diags = _lint(name, data, profile, year)
    except (DjlintError, TooLong) as e:
        out["error"] = str(e)
        return out
    except RecursionError:
        out["error"] = f"{name}: 文档结构嵌套过深，无法读取"
        return out
    out["findings"] = [_finding(doc, d) for d in diags[:MAX_FINDINGS]]
    out["hidden"] = max(0, len(diags) - MAX_FINDINGS)
    out["counts"].update(Counter(d.severity for d in diags))
    out["fixable"] = sum(1 for d in diags if d.fix and d.fix.safe)
    return out


def rows(name: str, data: bytes, profile=None, year=None) -> dict:
    """Every finding of one upload in the ``--format json`` shape, for the page's 下载汇总表
    (the workbook is put together by the server from each file's rows), with the summaries of
    the rules that found something; a file that cannot be read gets its one-line message."""
    from ..engine.registry import build_registry
    from ..errors import DjlintError

    try:
        _doc, diags = _lint(name, data, profile, year)
    except (DjlintError, TooLong) as e:
        return {"findings": [], "error": str(e), "rules": {}}
    except RecursionError:
        return {"findings": [], "error": f"{name}: 文档结构嵌套过深，无法读取", "rules": {}}
    registry = build_registry()
    codes = {d.code for d in diags}
    return {"findings": [d.to_dict() for d in diags], "error": None,
            "rules": {c: registry.rules[c].summary for c in codes if c in registry.rules}}


def annotated(name: str, data: bytes, profile=None, year=None) -> dict:
    """The .docx with a Word comment on each finding (what ``--annotate`` writes):
    ``{"data": bytes, "charset": None}``."""
    from ..writeback.apply import annotated_bytes

    doc, diags = _lint(name, data, profile, year, editable=True)
    if doc.kind != "docx":
        raise ValueError("只有 .docx 可以加批注")
    return {"data": annotated_bytes(doc, diags), "charset": None}


#: the charset to label a text download with, by the encoding the reader found
CHARSETS = {"utf-16-le": "utf-16le", "utf-16-be": "utf-16be"}


def fixed(name: str, data: bytes, profile=None, year=None) -> dict:
    """The safe fixes: as tracked changes in a .docx (what ``--fix`` writes), applied to text in
    its own encoding, BOM and newlines.  ``{"data": bytes, "charset": str | None}``."""
    from ..writeback.apply import chosen_fixes, fixed_docx_bytes

    doc, diags = _lint(name, data, profile, year, editable=True)
    if doc.kind == "docx":
        return {"data": fixed_docx_bytes(doc, diags) or data, "charset": None}
    from ..document.text import decode
    from ..writeback.textfix import apply_text_fixes

    text, enc, bom = decode(data, name)
    new, _n = apply_text_fixes(text, chosen_fixes(diags, False))
    return {"data": bom + new.encode(enc), "charset": CHARSETS.get(enc, enc)}


def warm() -> list[tuple[str, str]]:
    """Load the rules, packs and indexes once (a worker's first task, before any upload); the
    report types, for the page's list."""
    check("warm.txt", "关于2024年度党建工作情况的报告\n一、工作情况\n全年召开会议12次。\n".encode("utf-8"))
    return profiles()


def profiles() -> list[tuple[str, str]]:
    from ..checks.structure import profiles_of
    from ..engine.registry import build_registry

    return sorted(((p.name, p.title) for p in profiles_of(build_registry()).values()), key=lambda x: x[0])
