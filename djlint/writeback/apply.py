"""Acting on findings: ``--fix`` (in place), ``--diff`` (print only), ``--annotate`` (a commented copy).

Nothing here writes except through :func:`djlint.writeback.atomic.atomic_write`: a temporary file in
the same folder, then a rename.  Any failure leaves the original byte-identical.
"""
from __future__ import annotations

import difflib
import os

from ..document import PART_NAMES, Document
from ..errors import DjlintError
from ..util.record import field, record
from ..util.spans import spans_overlap
from .atomic import atomic_write
from .textfix import apply_text_fixes


class WriteFailed(DjlintError):
    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path


@record
class Outcome:
    #: fixes applied (or, with --diff, that would be)
    fixed: int = 0
    #: Word comments written (--annotate)
    comments: int = 0
    skipped: int = 0
    #: of the skipped, those inside a revision djlint left last time (accept it, then --fix again)
    waiting: int = 0
    diff: str = ""
    written: str | None = None
    notes: list[str] = field(default_factory=list)


def chosen_fixes(diags, unsafe: bool):
    return [d for d in diags if d.fix is not None and (d.fix.safe or unsafe) and d.paragraph is not None]


def _check_writable(path: str) -> None:
    import stat

    mode = os.stat(path).st_mode
    if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise WriteFailed(path, "文件只读，未作修改（请先取消只读属性）")
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.access(folder, os.W_OK):
        raise WriteFailed(path, f"所在文件夹 {folder} 不可写，未作修改")


def _write(path: str, data: bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as e:
        raise WriteFailed(path, f"无法写入（{e.strerror or e}），原文件未改动") from None


# ---------------------------------------------------------------------------------------
# text files


def fix_text(doc: Document, diags, unsafe: bool, write: bool) -> Outcome:
    from ..document.text import decode

    with open(doc.path, "rb") as fh:
        data = fh.read()
    enc, bom = doc.meta.get("encoding"), doc.meta.get("bom", b"")
    if enc and data.startswith(bom):  # the encoding and BOM the reader recorded
        text = data[len(bom):].decode(enc)
    else:
        text, enc, bom = decode(data, doc.path)
    new, n = apply_text_fixes(text, chosen_fixes(diags, unsafe), unsafe=unsafe)
    out = Outcome(fixed=n)
    if new == text:
        out.fixed = 0
        return out
    out.diff = "".join(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                            f"a/{doc.path}", f"b/{doc.path}"))
    if write:
        _check_writable(doc.path)
        try:
            payload = bom + new.encode(enc)
        except UnicodeEncodeError:
            raise WriteFailed(doc.path, f"修改后的文字无法用原编码 {enc} 保存，未作修改") from None
        _write(doc.path, payload)
        out.written = doc.path
    return out


# ---------------------------------------------------------------------------------------
# .docx


def _live_roots(document) -> set[int]:
    """XML trees python-docx will save: the main part, headers and footers."""
    roots = {id(document.element)}
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        el = getattr(rel.target_part, "element", None)
        if el is not None:
            roots.add(id(el))
    return roots


def _root_of(paragraph):
    return paragraph.element.getroottree().getroot() if paragraph.element is not None else None


def _protected(document) -> bool:
    """Word's 限制编辑 is on (w:documentProtection enforced in settings.xml, for forms, comments, tracked
    changes or reading only): nobody but whoever holds the password can accept or reject a revision."""
    from ..document.wordml import q

    for rel in document.part.rels.values():
        if rel.is_external or not rel.reltype.endswith("/settings"):
            continue
        part = rel.target_part
        root = getattr(part, "element", None)
        if root is None:
            from lxml import etree

            root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        el = root.find(q("documentProtection"))
        return el is not None and el.get(q("enforcement")) in ("1", "true", "on") and \
            el.get(q("edit")) not in (None, "none")
    return False


def fix_docx(doc: Document, diags, unsafe: bool, write: bool, out_path: str | None = None) -> Outcome:
    from . import docxml as W

    document = doc.meta["docx"]
    if _protected(document):
        chosen = chosen_fixes(diags, unsafe)
        out = Outcome()
        if chosen:
            out.notes.append(f"djlint: {doc.path}: 文档设置了“限制编辑”，修订在 Word/WPS 里既不能接受也不能拒绝，"
                             f"{len(chosen)} 处修复未自动应用（请先在“审阅 → 限制编辑”中停止保护，或手动修改）")
        return out
    live = _live_roots(document)
    revisions = W.Revisions(document)
    by_para: dict[int, list] = {}
    out = Outcome()
    # a fix with several edits (a renumbered sequence of headings) is applied edit by edit
    for d in (e for c in chosen_fixes(diags, unsafe) for e in (c, *c.more) if e.paragraph is not None):
        p = d.paragraph
        root = _root_of(p)
        if root is None or id(root) not in live or p.part not in ("body", "header", "footer"):
            out.skipped += 1  # footnotes are not saved by python-docx; text boxes are stored twice
            continue
        by_para.setdefault(id(p), []).append(d)
    changes: list[str] = []
    for group in by_para.values():
        p = group[0].paragraph
        taken, spans = [], []
        for d in sorted(group, key=lambda d: (d.start, d.end)):
            s, e = d.start, d.end
            if any(spans_overlap(a, b, s, e) for a, b in spans):
                out.skipped += 1
                continue
            spans.append((s, e))
            taken.append((s, e, d.fix.replacement, d))
        old_text = p.text
        own = W.in_own_revision(p, taken)  # read before the runs are split
        try:
            done = W.tracked_replace_all(p, taken, revisions)
        except W.WriteError:
            done = []
        out.fixed += len(done)
        out.skipped += len(taken) - len(done)
        out.waiting += len(own - {id(d) for d in done})
        if done:
            where = f"{PART_NAMES.get(p.part, p.part)}第{p.line}段"
            changes.extend(_paragraph_changes(where, old_text, done))
    if out.fixed:
        out.diff = f"--- a/{doc.path}\n+++ b/{doc.path}\n" + "".join(changes)
    if write and out.fixed:
        target = out_path or doc.path
        if out_path is None:
            _check_writable(doc.path)
        _write(target, W.save_bytes(document))
        out.written = target
    return out


def _paragraph_changes(where: str, text: str, done, margin: int = 12) -> list[str]:
    """The changed words of one paragraph with a little context each side, not the whole
    paragraph (a Word paragraph can be half a page)."""
    lines = [f"@@ {where} @@\n"]
    for d in sorted(done, key=lambda d: d.start):
        a, b = max(0, d.start - margin), min(len(text), d.end + margin)
        pre = ("…" if a > 0 else "") + text[a:d.start]
        post = text[d.end:b] + ("…" if b < len(text) else "")
        lines.append(f"-{pre}[{text[d.start:d.end]}]{post}\n")
        lines.append(f"+{pre}[{d.fix.replacement}]{post}\n")
    return lines


def annotation_path(path: str) -> str:
    root, ext = os.path.splitext(path)
    return f"{root}.djlint{ext or '.docx'}"


def comment_text(d) -> str:
    """The comment on a finding: code and message, then the fix marked as everywhere else
    (「可自动修复：改为“，”」 or 「建议（需人工确认）：改为“（三）”」)."""
    text = f"{d.code} {d.message}"
    if d.fix is not None:
        text += "\n" + d.fix_label()
    return text


def annotate_docx(doc: Document, diags, out_path: str) -> Outcome:
    """A copy of the draft with one Word comment per finding, anchored on the flagged text."""
    from . import docxml as W

    out = annotate_document(doc, diags)
    _write(out_path, W.save_bytes(doc.meta["docx"]))
    out.written = out_path
    return out


def annotated_bytes(doc: Document, diags) -> bytes:
    """The annotated copy as bytes (what ``djlint serve`` hands out: nothing is written anywhere)."""
    from . import docxml as W

    annotate_document(doc, diags)
    return W.save_bytes(doc.meta["docx"])


def fixed_docx_bytes(doc: Document, diags) -> bytes | None:
    """The safe fixes as tracked changes, as bytes; None when there is nothing to fix."""
    from . import docxml as W

    out = fix_docx(doc, diags, False, False)
    return W.save_bytes(doc.meta["docx"]) if out.fixed else None


def annotate_document(doc: Document, diags) -> Outcome:
    """Add the comments to the opened document's tree (saving is the caller's)."""
    from . import docxml as W

    document = doc.meta["docx"]
    W.remove_own_comments(document)
    live_main = id(document.element)
    first_body = next((p for p in doc.body if p.text.strip() and not p.in_table), None) or \
        next((p for p in doc.body), None)
    by_para: dict[int, tuple] = {}
    out = Outcome()
    for d in diags:
        p = d.paragraph
        text = comment_text(d)
        start, end = d.start, d.end
        if p is None or _root_of(p) is None or id(_root_of(p)) != live_main or p.part not in ("body",):
            # comments live in the main text (not in headers, notes, or text boxes, whose markup Word
            # keeps twice): anchor on its first paragraph and say where the finding belongs
            if p is not None:
                text = f"（{PART_NAMES.get(p.part, p.part)}第{p.line}段：{p.text[:20]}）" + text
            p, start, end = first_body, 0, 0
        if p is None:
            out.skipped += 1
            continue
        by_para.setdefault(id(p), (p, []))[1].append((start, end, text))
    for p, items in by_para.values():
        try:
            out.comments += W.add_comments(document, p, items)
        except W.WriteError:
            try:
                out.comments += W.add_comments(document, p, [(0, 0, t) for _s, _e, t in items])
            except W.WriteError:
                out.skipped += len(items)
    return out
