"""Readers: every input becomes the same :class:`Document`."""
from __future__ import annotations

import os

from ..errors import ReadError
from .model import PART_NAMES, PARTS, Comment, Document, Paragraph, Piece, Revision

__all__ = ["Document", "Paragraph", "Piece", "Revision", "Comment", "PARTS", "PART_NAMES",
           "read_path", "read_bytes", "kind_of", "SUPPORTED"]

SUPPORTED = {".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx",
             ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
#: types we recognise but cannot read, with what to do about them
UNSUPPORTED = {
    ".doc": "这是旧版 Word 97-2003（.doc）文件，djlint 只读 .docx；请在 Word/WPS 中另存为 .docx 后再检查",
    ".wps": "这是 WPS 旧格式（.wps）文件，djlint 只读 .docx；请在 WPS 中另存为 .docx 后再检查",
    ".pdf": "PDF 文件无法检查；请提供原始 Word 文档（.docx），或导出为 .txt",
    ".rtf": "RTF 文件无法检查；请另存为 .docx 后再检查",
    ".odt": "ODT 文件无法检查；请另存为 .docx 后再检查",
    ".wpt": "WPS 模板无法检查；请另存为 .docx 后再检查",
    ".xls": "djlint 只检查报告文稿（.docx、.txt、.md）", ".xlsx": "djlint 只检查报告文稿（.docx、.txt、.md）",
    ".ppt": "djlint 只检查报告文稿（.docx、.txt、.md）", ".pptx": "djlint 只检查报告文稿（.docx、.txt、.md）",
}
MAX_TEXT_BYTES = 64 * 1024 * 1024
MAX_DOCX_BYTES = 256 * 1024 * 1024


def kind_of(path: str) -> str | None:
    return SUPPORTED.get(os.path.splitext(path)[1].lower())


def read_bytes(path: str, data: bytes, kind: str | None = None, editable: bool = False) -> Document:
    ext = os.path.splitext(path)[1].lower()
    kind = kind or SUPPORTED.get(ext)
    if kind is None:
        if ext in UNSUPPORTED:
            raise ReadError(path, UNSUPPORTED[ext])
        raise ReadError(path, f"不支持的文件类型“{ext or '无扩展名'}”，djlint 检查 .docx、.txt 和 .md")
    if kind == "docx":
        from .docx import read_docx

        return read_docx(path, data, editable)
    if kind == "md":
        from .text import read_md

        return read_md(path, data)
    from .text import read_txt

    return read_txt(path, data)


def read_path(path: str, kind: str | None = None, editable: bool = False) -> Document:
    """Read a file.  ``editable``: a .docx is opened so that its tree can be changed and saved."""
    return read_bytes(path, load_bytes(path, kind), kind, editable)


def load_bytes(path: str, kind: str | None = None) -> bytes:
    """The file's bytes, after the checks every reader shares (type, size, permissions)."""
    ext = os.path.splitext(path)[1].lower()
    if kind is None and ext in UNSUPPORTED:
        raise ReadError(path, UNSUPPORTED[ext])
    try:
        if os.path.isdir(path):
            raise ReadError(path, "这是一个文件夹，不是文件")
        size = os.path.getsize(path)
        limit = MAX_DOCX_BYTES if (kind or SUPPORTED.get(ext)) == "docx" else MAX_TEXT_BYTES
        if size > limit:
            raise ReadError(path, f"文件过大（{size >> 20} MB），已跳过")
        if size == 0:  # as for a .docx, and as the web page says: not 未发现问题 on a draft saved empty
            raise ReadError(path, "文件为空（0 字节）")
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise ReadError(path, "文件不存在，请检查路径") from None
    except PermissionError:
        raise ReadError(path, "没有读取权限，请检查文件权限") from None
    except IsADirectoryError:
        raise ReadError(path, "这是一个文件夹，不是文件") from None
    except OSError as e:
        raise ReadError(path, f"无法读取文件（{e.strerror or e}）") from None
