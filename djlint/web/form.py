"""Reading an upload form (multipart/form-data) without dropping a file.

Werkzeug's form parser drops a file part silently when its name is not UTF-8 (every file of the
request, in fact) or holds a CR/LF (it becomes a text field).  Office machines send GBK names,
and a name is only a label here, so this reads the parts from the bytes and keeps every file,
with its name made printable.  The body is already bounded (waitress refuses more than the limit
before reading it), so it is read whole.
"""
from __future__ import annotations

import re

_BOUNDARY = re.compile(rb'boundary="?([^";,]+)"?', re.I)
_NAME = re.compile(rb'(?:^|;)\s*name="((?:[^"\\]|\\.)*)"', re.I | re.S)
_FILENAME = re.compile(rb'(?:^|;)\s*filename="((?:[^"\\]|\\.)*)"', re.I | re.S)
_FILENAME_BARE = re.compile(rb'(?:^|;)\s*filename=([^";\s][^;]*)', re.I)
_FILENAME_STAR = re.compile(rb"(?:^|;)\s*filename\*=([\w-]+)'[^']*'([^;\s]+)", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:\\|\\\\)")


class Upload:
    __slots__ = ("name", "data")

    def __init__(self, name: str, data: bytes):
        self.name = name
        self.data = data


class FormError(Exception):
    pass


def _decode(raw: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1")


def clean_name(name: str) -> str:
    """A file name made printable: the folder part a Windows browser may send dropped (only that:
    a "/" inside the name stays), control characters and line breaks made spaces, length bounded."""
    if _WINDOWS_PATH.match(name):
        name = name.rsplit("\\", 1)[-1]
    name = _CONTROL.sub(" ", name).strip()
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:190] + "…." + ext) if dot and len(ext) <= 8 else name[:200]
    return name or "未命名"


def _filename(disposition: bytes) -> str | None:
    from urllib.parse import unquote_to_bytes

    m = _FILENAME_STAR.search(disposition)
    if m:
        charset = m.group(1).decode("ascii", "replace").lower()
        raw = unquote_to_bytes(m.group(2))
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return _decode(raw)
    m = _FILENAME.search(disposition) or _FILENAME_BARE.search(disposition)
    if m is None:
        return None
    return _decode(m.group(1).replace(b'\\"', b'"').strip())


def parse(body: bytes, content_type: str, max_files: int, max_field: int = 1024, max_fields: int = 20,
          file_field: str = "files") -> tuple[list[Upload], dict[str, str]]:
    """The file parts (in order) and the text fields of a multipart body (at most ``max_fields``
    of at most ``max_field`` bytes: the page sends two)."""
    m = _BOUNDARY.search(content_type.encode("latin-1", "replace"))
    if not content_type.lower().startswith("multipart/form-data") or m is None:
        raise FormError("不是文件上传表单（multipart/form-data）")
    delimiter = b"--" + m.group(1)
    files: list[Upload] = []
    fields: dict[str, str] = {}
    pos = body.find(delimiter)
    if pos < 0:
        raise FormError("上传表单不完整")
    pos += len(delimiter)
    while body[pos:pos + 2] != b"--":
        start = body.find(b"\n", pos) + 1  # past the delimiter's line end
        nxt = body.find(delimiter, start) if start > 0 else -1
        if nxt < 0:
            raise FormError("上传表单不完整")
        head_end, sep = body.find(b"\r\n\r\n", start, nxt), 4
        if head_end < 0:
            head_end, sep = body.find(b"\n\n", start, nxt), 2
        if head_end < 0:
            raise FormError("上传表单不完整")
        headers = body[start:head_end]
        c0, c1 = head_end + sep, nxt
        # the line break before a delimiter belongs to it (some clients leave it out after an empty file)
        if c1 - 2 >= c0 and body[c1 - 2:c1] == b"\r\n":
            c1 -= 2
        elif c1 - 1 >= c0 and body[c1 - 1:c1] == b"\n":
            c1 -= 1
        content = body[c0:c1]
        pos = nxt + len(delimiter)
        disposition = b""
        for line in re.split(rb"\r?\n(?=[\w-]+:)", headers):  # a CR/LF inside a quoted name stays in it
            key, _colon, value = line.partition(b":")
            if key.strip().lower() == b"content-disposition":
                disposition = value
        filename = _filename(disposition)
        field = _NAME.search(disposition)
        if filename is None and field is not None and field.group(1) == file_field.encode():
            filename = ""  # a file part without a name is still a file: it is reported, not dropped
        if filename is not None:
            if len(files) >= max_files:
                raise TooManyFiles(max_files)
            files.append(Upload(clean_name(filename), content))
        elif field is not None and len(content) <= max_field and len(fields) < max_fields:
            fields[_decode(field.group(1))] = content.decode("utf-8", "replace")
    return files, fields


class TooManyFiles(FormError):
    def __init__(self, limit: int):
        super().__init__(f"文件太多：一次最多上传 {limit} 个文件，请分几次上传")
        self.limit = limit
