"""Preflight for .docx: refuse what would inflate or choke the readers, before anything inflates.

python-docx reads every reachable part fully into memory and has no size check, so a
37 KB zip can cost 1.4 GB.  Everything here is decided from the file's first bytes and the zip
directory (sizes declared there; zipfile never yields more than the declared size), and every
member counts, whatever its name: a main part called ``word/document.dat`` or a 2 GB "image" is
refused like any other bomb.

Then, while reading, each XML part goes through :func:`read_xml`, which charges its declared size
and its tags to the package's :class:`Budget` before the parser sees it and refuses any DOCTYPE in
the whole part.  Parts that are not XML (images, fonts, embedded files) are never inflated:
:func:`light_copy` hands python-docx empty stand-ins, and the writers copy the original members
through as stored bytes (:mod:`djlint.writeback.zipcopy`).
"""
from __future__ import annotations

import io
import zipfile
import zlib

from ..errors import ReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ENTRIES = 5000
#: every member's declared size, added up (media included: a sanity bound, media are never inflated)
MAX_TOTAL = 1024 * 1024 * 1024
MAX_RATIO = 200  # legitimate parts are below ~65:1
RATIO_FLOOR = 1024 * 1024  # the ratio check applies to members (and to all XML together) larger than this

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ACCEPTED_MAIN = {
    DOCX_MAIN,
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
SAVE_AS = "请在 Word/WPS 中另存为 .docx 后再检查"
TOO_BIG = "文档内容过多，超出可检查的范围（疑似 ZIP 炸弹或异常文件），已拒绝读取；正常文稿请分成几个文件检查"


class Limits:
    """What one package may cost once inflated: XML bytes and tags (``<``) over every part read.

    A tag costs the reader about 300–800 bytes of memory (lxml's node and the paragraph objects
    built from it), so ``tags`` is what bounds memory; ``xml_bytes`` bounds the reading itself.
    The command line's defaults fit a 1,000-page report; ``djlint serve`` sets lower ones in its
    workers (:func:`set_limits`)."""

    def __init__(self, xml_bytes: int = 64 * 1024 * 1024, tags: int = 2_000_000):
        self.xml_bytes = xml_bytes
        self.tags = tags


limits = Limits()


def set_limits(xml_bytes: int | None = None, tags: int | None = None) -> None:
    global limits
    limits = Limits(xml_bytes or limits.xml_bytes, tags or limits.tags)


class Budget:
    """What is left of :data:`limits` for one package while its parts are read."""

    def __init__(self, path: str):
        self.path = path
        self.xml_bytes = limits.xml_bytes
        self.tags = limits.tags

    def charge_size(self, name: str, size: int) -> None:
        if size > self.xml_bytes:
            raise ReadError(self.path, f"{TOO_BIG}（{name} 解压后 {_mb(size)}）")
        self.xml_bytes -= size

    def charge_tags(self, name: str, blob: bytes) -> None:
        n = blob.count(b"<")
        if n > self.tags:
            raise ReadError(self.path, f"{TOO_BIG}（{name} 等部件共有超过 {limits.tags:,} 个 XML 标记）")
        self.tags -= n


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.0f} MB" if n >= 1 << 20 else f"{n // 1024} KB"


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


class Checked:
    """A package that passed :func:`check_package`: the zip, its main part, the content types
    (rewritten for .docm/.dotx so python-docx opens them, else None), which members are XML
    and the reading budget."""

    def __init__(self, zf: zipfile.ZipFile, main: str, ctypes: bytes | None, xml_names: set[str], budget: Budget):
        self.zip = zf
        self.main = main
        self.ctypes = ctypes
        self.xml_names = xml_names
        self.budget = budget

    # the tuple callers unpacked before (zip, main, rewritten content types)
    def __iter__(self):
        return iter((self.zip, self.main, self.ctypes))


def declared_entries(data: bytes) -> int | None:
    """The number of members the zip's end record declares, read before zipfile builds an object
    for each of them (a 20 MB directory of 400,000 members would cost 200 MB); None if unsure."""
    import struct

    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if end < 0 or len(data) < end + 22:
        return None
    count = struct.unpack("<H", data[end + 10:end + 12])[0]
    return None if count == 0xFFFF else count  # 0xFFFF: the real count is in the ZIP64 record


def _open_zip(path: str, data: bytes) -> tuple[zipfile.ZipFile, list]:
    count = declared_entries(data)
    if count is not None and count > MAX_ENTRIES:
        raise ReadError(path, f"压缩包内文件过多（{count} 个），不像正常的 Word 文档，已拒绝读取")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        return zf, zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise ReadError(path, "文件已损坏或不完整（ZIP 结构无效），请重新保存或从原件重新复制") from None


def _check_sizes(path: str, infos: list) -> None:
    """Every member counts, whatever its name: its ratio, and the sum of the declared sizes."""
    if len(infos) > MAX_ENTRIES:
        raise ReadError(path, f"压缩包内文件过多（{len(infos)} 个），不像正常的 Word 文档，已拒绝读取")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReadError(path, f"文档部件 {info.filename} 已加密，无法读取；{SAVE_AS}")
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(path, f"可疑的压缩比（{info.filename} 解压后 {_mb(info.file_size)}），疑似 ZIP 炸弹，已拒绝读取")
    if total > MAX_TOTAL:
        raise ReadError(path, f"文档各部件解压后共 {_mb(total)}，超过 {MAX_TOTAL >> 20} MB，疑似 ZIP 炸弹或异常文件，已拒绝读取")


def _content_types(croot) -> tuple[dict[str, str], dict[str, str]]:
    overrides, defaults = {}, {}
    for el in croot:
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "Override" and el.get("PartName"):
            overrides[el.get("PartName").lstrip("/").lower()] = el.get("ContentType") or ""
        elif tag == "Default" and el.get("Extension"):
            defaults[el.get("Extension").lower()] = el.get("ContentType") or ""
    return overrides, defaults


def content_type(name: str, overrides: dict, defaults: dict) -> str | None:
    lower = name.lower()
    if lower in overrides:
        return overrides[lower]
    return defaults.get(lower.rsplit(".", 1)[-1]) if "." in lower.rsplit("/", 1)[-1] else None


def is_xml(name: str, ctype: str | None) -> bool:
    """XML by its name or by its declared type: parsed when read, so charged to the budget."""
    if name.lower().endswith((".xml", ".rels")):
        return True
    return bool(ctype) and (ctype.endswith("+xml") or ctype in ("application/xml", "text/xml"))


def _parse_small(path: str, blob: bytes, name: str):
    from lxml import etree

    no_doctype(path, blob, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        raise ReadError(path, "文档结构文件 XML 无效，文件可能已损坏") from None


def _main_part(path: str, rroot, names: set[str]) -> str:
    main = None
    for rel in rroot:
        if (rel.get("Type") or "").endswith("/officeDocument"):
            main = (rel.get("Target") or "").lstrip("/")
    if not main or main not in names:
        raise ReadError(path, f"文档不完整：缺少主文档部件（{main or 'word/document.xml'}），请重新保存")
    return main


def check_package(path: str, data: bytes) -> Checked:
    """Open the zip and check its directory: sizes and ratios of every member, the main part
    (present, XML by name and by type, a Word type), and the XML to be read against the budget."""
    zf, infos = _open_zip(path, data)
    _check_sizes(path, infos)
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
        raise ReadError(path, "文档不完整：缺少 [Content_Types].xml 或 _rels/.rels，请重新保存")
    budget = Budget(path)
    try:
        rels = read_xml(zf, "_rels/.rels", budget)
        ctypes = read_xml(zf, "[Content_Types].xml", budget)
    except ReadError:
        raise
    except Exception:
        raise ReadError(path, "文件已损坏，无法读取（ZIP 数据损坏），请重新保存") from None
    rroot = _parse_small(path, rels, "_rels/.rels")
    overrides, defaults = _content_types(_parse_small(path, ctypes, "[Content_Types].xml"))
    main = _main_part(path, rroot, names)
    main_type = content_type(main, overrides, defaults)
    if main_type not in ACCEPTED_MAIN:
        raise ReadError(path, f"不是 Word 文档（主部件类型为 {main_type}）")
    if not main.lower().endswith(".xml"):
        # Word always writes word/document.xml; a main part under another name is how a bomb hides
        raise ReadError(path, f"主文档部件 {main} 不是 .xml 文件，不像 Word 写出的文档，已拒绝读取；{SAVE_AS}")
    xml_names = {i.filename for i in infos if is_xml(i.filename, content_type(i.filename, overrides, defaults))}
    xml_total = sum(i.file_size for i in infos if i.filename in xml_names)
    xml_packed = sum(i.compress_size for i in infos if i.filename in xml_names)
    if xml_total > limits.xml_bytes:
        raise ReadError(path, f"{TOO_BIG}（XML 部件解压后共 {_mb(xml_total)}）")
    if xml_total > 8 * RATIO_FLOOR and xml_total > MAX_RATIO * max(xml_packed, 1):
        raise ReadError(path, f"可疑的压缩比（XML 部件解压后共 {_mb(xml_total)}），疑似 ZIP 炸弹，已拒绝读取")
    new_ctypes = ctypes.replace(main_type.encode(), DOCX_MAIN.encode()) if main_type != DOCX_MAIN else None
    return Checked(zf, main, new_ctypes, xml_names, budget)


def read_xml(zf: zipfile.ZipFile, name: str, budget: Budget) -> bytes:
    """An XML member's bytes, charged to ``budget`` (its declared size before it is inflated,
    its tags before it is parsed), refused if it declares a DOCTYPE anywhere."""
    info = zf.getinfo(name)
    budget.charge_size(name, info.file_size)
    try:
        blob = zf.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, RuntimeError,
            NotImplementedError, zlib.error):
        raise ReadError(budget.path, f"文件已损坏，无法读取（{name} 数据损坏），请重新保存") from None
    budget.charge_tags(name, blob)
    no_doctype(budget.path, blob, name)
    return blob


_DOCTYPE_16 = [s.encode(enc) for s in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-16-le", "utf-16-be")]


def no_doctype(path: str, blob: bytes, name: str) -> None:
    """Word never writes a DOCTYPE (entity tricks live there): refuse one anywhere in the part,
    in UTF-8 or UTF-16 (a part in UTF-16 starts with a BOM or a NUL: that is how libxml2 tells)."""
    found = b"<!" in blob and (b"<!DOCTYPE" in blob or b"<!ENTITY" in blob)
    if not found and (blob[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in blob[:4]):
        found = any(s in blob for s in _DOCTYPE_16)
    if found:
        raise ReadError(path, f"文档部件 {name} 含有 DOCTYPE/实体声明，Word 不会写出这种内容，已拒绝读取")


def describe_xml_error(e: Exception) -> str:
    """libxml2's English message, said in Chinese for the user (the detail goes nowhere)."""
    text = str(e)
    if "depth" in text:
        return "文档结构嵌套过深，无法读取"
    if "too long" in text or "Resource limit" in text or "huge" in text.lower() or "amplification" in text:
        return "文档内容超出解析限制，无法读取"
    if "Memory" in text:
        return "文档过大，读取时内存不足"
    if "Entity" in text or "DTD" in text or "DOCTYPE" in text:
        return "文档含有实体声明，Word 不会写出这种内容，已拒绝读取"
    line = getattr(e, "lineno", None)
    return "文档 XML 格式错误" + (f"（第 {line} 行附近）" if line else "") + "，文件可能已损坏，请重新保存"


class Light:
    """What a writer needs to put the never-inflated members back (:mod:`djlint.writeback.zipcopy`)."""

    def __init__(self, data: bytes, opaque: set[str]):
        self.data = data
        self.opaque = opaque


def light_copy(checked: Checked, data: bytes) -> tuple[io.BytesIO, Light]:
    """The package for python-docx: every XML member read through the budget, every other member
    (images, fonts, embedded files) an empty stand-in, so nothing but bounded XML is inflated.
    The content types are rewritten for .docm/.dotx."""
    zf = checked.zip
    out = io.BytesIO()
    opaque = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in zf.infolist():
            name = info.filename
            if name in checked.xml_names:
                if name == "[Content_Types].xml" and checked.ctypes is not None:
                    blob = checked.ctypes
                elif name in ("[Content_Types].xml", "_rels/.rels"):
                    blob = zf.read(info)  # already charged and checked by check_package
                else:
                    blob = read_xml(zf, name, checked.budget)
            else:
                blob = b""
                opaque.add(name)
            dst.writestr(zipfile.ZipInfo(name, info.date_time), blob)
    out.seek(0)
    return out, Light(data, opaque)
