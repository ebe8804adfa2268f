"""Acting on one file's findings: ``--fix`` (in place), ``--diff`` (print only) and
``--annotate`` (a commented copy).  After a fix the file is linted again, so what is
reported is what is left."""
from __future__ import annotations

import os

from ..document import read_path
from ..errors import ConfigError, ReadError, RuleLoadError
from ..writeback.apply import Outcome, WriteFailed, annotate_docx, annotation_path, fix_docx, fix_text
from ..writeback.baseline import filter_baseline
from .lint import FileResult, effective_config, lint_document
from .options import Action, Options

__all__ = ["Action", "act_on_file", "fix_text_bytes"]


def _lint(path: str, cfg, options: Options, action: Action):
    doc = read_path(path, editable=action.fix or action.diff or action.annotate)
    diags = lint_document(doc, cfg, options)
    if action.baseline is not None:
        diags = filter_baseline(diags, action.baseline)
    return doc, diags


def _annotate(path: str, doc, diags, action: Action) -> Outcome:
    if doc.kind != "docx":
        return Outcome(notes=[f"djlint: {path}: 只有 .docx 可以加批注，已跳过"])
    target = action.annotate_to or annotation_path(path)
    if os.path.abspath(target) == os.path.abspath(path):
        raise WriteFailed(path, "批注副本不能覆盖原文件，请换一个文件名")
    out = annotate_docx(doc, diags, target)
    out.notes.append(f"已写出 {target}（{out.comments} 条批注）")
    return out


def _fix(path: str, doc, diags, action: Action) -> Outcome:
    write = action.fix and not action.diff
    fixer = fix_docx if doc.kind == "docx" else fix_text
    out = fixer(doc, diags, action.unsafe, write)
    if out.waiting:
        out.notes.append(f"djlint: {path}: {out.waiting} 处修复落在 djlint 上次留下、还没有接受的修订上：请先在 Word/WPS 的"
                         f"“审阅”中接受（或拒绝）作者为 djlint 的修订，再运行 --fix")
    if out.skipped > out.waiting:
        out.notes.append(f"djlint: {path}: {out.skipped - out.waiting} 处修复未能自动应用（位置重叠，或在域代码、脚注、文本框、锁定的内容控件、内容控件的第一段、他人尚未接受的修订中），请手动处理")
    return out


def act_on_file(path: str, options: Options, action: Action) -> tuple[FileResult, Outcome | None]:
    try:
        cfg = effective_config(path, options)
        doc, diags = _lint(path, cfg, options, action)
        if doc.kind == "docx" and not path.lower().endswith(".docx"):
            # .docm/.dotx are read through a rewritten content type; saving would drop what makes them one
            note = f"djlint: {path}: 只对 .docx 加批注或修复（宏文档、模板请另存为 .docx），已跳过"
            return FileResult(path, diags, fail_on=cfg.fail_on), Outcome(notes=[note])
        if action.annotate:
            out = _annotate(path, doc, diags, action)
        else:
            out = _fix(path, doc, diags, action)
            if out.written:
                doc, diags = _lint(path, cfg, options, action)
        return FileResult(path, diags, fail_on=cfg.fail_on), out
    except (WriteFailed, ReadError) as e:
        return FileResult(path, error=str(e), error_kind="read"), None
    except (ConfigError, RuleLoadError) as e:
        return FileResult(path, error=str(e), error_kind="config"), None


def fix_text_bytes(name: str, data: bytes, options: Options, action: Action):
    """``--fix``/``--diff`` on standard input: (fixed bytes, unified diff, findings left, fail-on).
    Only text (.txt/.md) can come this way; the bytes keep their encoding, BOM and newlines."""
    import difflib

    from ..document import read_bytes
    from ..document.text import decode
    from ..errors import ReadError
    from ..writeback.apply import chosen_fixes
    from ..writeback.textfix import apply_text_fixes

    cfg = effective_config(name, options)
    doc = read_bytes(name, data)
    if doc.kind == "docx":
        raise ReadError(name, "标准输入只能修复 .txt/.md；.docx 请直接给出文件：djlint --fix 草稿.docx")
    diags = lint_document(doc, cfg, options)
    text, enc, bom = decode(data, name)
    new, _n = apply_text_fixes(text, chosen_fixes(diags, action.unsafe), unsafe=action.unsafe)
    diff = "".join(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{name}", f"b/{name}"))
    fixed = bom + new.encode(enc)
    left = lint_document(read_bytes(name, fixed), cfg, options) if new != text else diags
    return fixed, diff, left, cfg.fail_on
