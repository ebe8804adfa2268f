"""Preflight for .docx: refuse what python-docx would choke on, before anything inflates.

python-docx reads every reachable part fully into memory and has no size check, so a
37 KB zip can cost 1.4 GB.  Everything here is decided from the file's first bytes and
the zip directory (sizes declared there; zipfile never yields more than the declared size).
"""
from __future__ import annotations

import io
import zipfile

from ..errors import ReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ENTRIES = 5000
MAX_XML_TOTAL = 256 * 1024 * 1024  # uncompressed XML/rels; a 500-page report is ~5 MB
MAX_RATIO = 200  # legitimate parts are below ~65:1
RATIO_FLOOR = 5 * 1024 * 1024  # the ratio check applies to members larger than this

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ACCEPTED_MAIN = {
    DOCX_MAIN,
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
SAVE_AS = "请在 Word/WPS 中另存为 .docx 后再检查"


def sniff(path: str, data: bytes) -> None:
    """Refuse inputs that are not a docx package at all, with a message that says what to do."""
    if not data:
        raise ReadError(path, "文件为空（0 字节）")
    head = data[:8]
    if head == OLE_MAGIC:
        probe = data[: 4 * 1024 * 1024]
        if "EncryptedPackage".encode("utf-16-le") in probe:
            raise ReadError(path, "文档已加密（设置了打开密码），请先在 Word/WPS 中取消密码后再检查")
        if "WordDocument".encode("utf-16-le") in probe:
            raise ReadError(path, f"这是旧版 Word 97-2003（.doc）或 WPS（.wps）二进制文件，不是 .docx；{SAVE_AS}")
        raise ReadError(path, f"这是 OLE 复合文档，不是 .docx；{SAVE_AS}")
    if data.startswith(b"{\\rtf"):
        raise ReadError(path, f"这是 RTF 文件，不是 .docx；{SAVE_AS}")
    if data.startswith(b"%PDF"):
        raise ReadError(path, "这是 PDF 文件，djlint 只检查 .docx、.txt 和 .md；请提供原始 Word 文档")
    if not data.startswith(b"PK"):
        raise ReadError(path, f"不是 .docx（ZIP）文件，可能是改了扩展名的其他文件；{SAVE_AS}")


# Complexity above 15 on purpose: a flat list of independent refusals (not a zip, encrypted,
# OLE, too many entries, a bomb by size or ratio, no main part, a DOCTYPE…), read top to bottom
# in the order a hostile file is cheapest to refuse.
def check_package(path: str, data: bytes) -> tuple[zipfile.ZipFile, str, bytes | None]:  # noqa: C901
    """Open the zip and check its directory; return (zip, main part name, new content types).

    The content types are rewritten (not None) only for .docm/.dotx/.dotm, so python-docx opens them.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise ReadError(path, "文件已损坏或不完整（ZIP 结构无效），请重新保存或从原件重新复制") from None
    if len(infos) > MAX_ENTRIES:
        raise ReadError(path, f"压缩包内文件过多（{len(infos)} 个），不像正常的 Word 文档，已拒绝读取")
    total = 0
    names = set()
    for info in infos:
        names.add(info.filename)
        lower = info.filename.lower()
        if lower.endswith((".xml", ".rels")):
            total += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ReadError(path, f"可疑的压缩比（{info.filename} 解压后 {info.file_size // (1 << 20)} MB），疑似 ZIP 炸弹，已拒绝读取")
    if total > MAX_XML_TOTAL:
        raise ReadError(path, f"文档内容解压后超过 {MAX_XML_TOTAL >> 20} MB，疑似 ZIP 炸弹或异常文件，已拒绝读取")
    if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
        raise ReadError(path, "文档不完整：缺少 [Content_Types].xml 或 _rels/.rels，请重新保存")
    try:
        rels = zf.read("_rels/.rels")
        ctypes = zf.read("[Content_Types].xml")
    except Exception:
        raise ReadError(path, "文件已损坏，无法读取（ZIP 数据损坏），请重新保存") from None
    _no_doctype(path, rels, "_rels/.rels")
    _no_doctype(path, ctypes, "[Content_Types].xml")
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        rroot = etree.fromstring(rels, parser)
        croot = etree.fromstring(ctypes, parser)
    except etree.XMLSyntaxError:
        raise ReadError(path, "文档结构文件 XML 无效，文件可能已损坏") from None
    main = None
    for rel in rroot:
        if (rel.get("Type") or "").endswith("/officeDocument"):
            main = (rel.get("Target") or "").lstrip("/")
    if not main or main not in names:
        raise ReadError(path, f"文档不完整：缺少主文档部件（{main or 'word/document.xml'}），请重新保存")
    main_type = None
    for el in croot:
        if el.get("PartName", "").lstrip("/") == main:
            main_type = el.get("ContentType")
    if main_type is None:
        for el in croot:
            if el.get("Extension", "").lower() == "xml" and el.tag.endswith("Default"):
                main_type = el.get("ContentType")
    if main_type not in ACCEPTED_MAIN:
        raise ReadError(path, f"不是 Word 文档（主部件类型为 {main_type}）")
    # XML parts must not declare a DOCTYPE (Word never writes one; entity tricks live there)
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            try:
                with zf.open(info) as fh:
                    _no_doctype(path, fh.read(4096), info.filename)
            except ReadError:
                raise
            except Exception:
                raise ReadError(path, f"文件已损坏，无法读取（{info.filename} 数据损坏），请重新保存") from None
    if main_type != DOCX_MAIN:
        return zf, main, ctypes.replace(main_type.encode(), DOCX_MAIN.encode())
    return zf, main, None


def _no_doctype(path: str, head: bytes, name: str) -> None:
    if b"<!DOCTYPE" in head[:4096] or b"<!ENTITY" in head[:4096]:
        raise ReadError(path, f"文档部件 {name} 含有 DOCTYPE/实体声明，Word 不会写出这种内容，已拒绝读取")


def repack(zf: zipfile.ZipFile, ctypes: bytes) -> io.BytesIO:
    """A copy of the package with its content types replaced (for .docm/.dotx)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in zf.infolist():
            data = ctypes if info.filename == "[Content_Types].xml" else zf.read(info)
            dst.writestr(info, data)
    out.seek(0)
    return out
