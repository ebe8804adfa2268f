"""Readers for .txt and .md: one paragraph per line.

Encodings are detected without a flag: a BOM (UTF-8, UTF-16 LE/BE), else strict UTF-8,
else strict GB18030 (a superset of GBK and GB2312: what Notepad and WPS save on Chinese
Windows).  Big5 decodes "successfully" as GB18030 into private-use characters, so a
GB18030 result heavy in U+E000–U+F8FF is refused rather than linted as mojibake.
"""
from __future__ import annotations

import codecs

import regex as re

from ..errors import ReadError
from ..util import rx
from .model import Document, Paragraph

_PUA = rx.regex(r"[\uE000-\uF8FF]")
_CONTROL = rx.regex(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")


def decode(data: bytes, path: str) -> tuple[str, str, bytes]:
    """Return ``(text, encoding, bom)``; raise ReadError when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        bom, enc, body = codecs.BOM_UTF8, "utf-8", data[3:]
    elif data.startswith(codecs.BOM_UTF16_LE):
        bom, enc, body = codecs.BOM_UTF16_LE, "utf-16-le", data[2:]
    elif data.startswith(codecs.BOM_UTF16_BE):
        bom, enc, body = codecs.BOM_UTF16_BE, "utf-16-be", data[2:]
    else:
        bom, enc, body = b"", "", data
    if enc:
        try:
            text = body.decode(enc)
        except UnicodeDecodeError:
            raise ReadError(path, f"文件以 {enc.upper()} 标记开头，但内容不是有效的 {enc.upper()} 文本，请重新保存为 UTF-8") from None
    else:
        try:
            text, enc = body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = body.decode("gb18030"), "gb18030"
            except UnicodeDecodeError:
                raise ReadError(path, "无法识别文件编码（不是 UTF-8、UTF-16 或 GBK/GB18030 文本），请另存为 UTF-8 后再检查") from None
            if len(_PUA.findall(text)) > max(2, len(text) // 100):
                raise ReadError(path, "文件编码疑似 Big5 或其他非简体编码，请另存为 UTF-8 后再检查")
    if "\x00" in text or len(_CONTROL.findall(text[:100_000])) > max(8, len(text[:100_000]) // 50):
        raise ReadError(path, "看起来是二进制文件而不是文本，请确认文件类型")
    return text, enc, bom


def detect_newline(text: str) -> str:
    if "\r" not in text:  # one search, not three counts of the text (8 MB: ~0.5 against ~4 ms)
        return "\n"
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf >= lf and crlf >= cr and crlf:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def split_lines(text: str) -> list[str]:
    """The lines between line ends: CRLF, a lone CR or LF, each one end, as a split at the pattern
    CRLF|CR|LF gives (``str.splitlines`` would also split at FF, VT, U+2028…).  ``str.split`` after
    CRLF and CR become LF: a third of the time of that pattern's split (8 MB of LF text: 6 against 19 ms)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _decode_lines(path: str, data: bytes) -> tuple[list[str], dict]:
    text, enc, bom = decode(data, path)
    lines = split_lines(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines, {"encoding": enc, "bom": bom, "newline": detect_newline(text)}


def read_txt(path: str, data: bytes) -> Document:
    lines, meta = _decode_lines(path, data)
    # text and line passed by position (the record's first two fields): keyword arguments cost ~3 ms of the
    # ~14 ms of the 29,445 paragraphs of 8 MB
    paragraphs = [Paragraph(line, number) for number, line in enumerate(lines, 1)]
    return Document(path, "txt", paragraphs, **meta)


# --------------------------------------------------------------------------------------
# Markdown: markup is not prose.  Each line becomes one paragraph whose text has the
# markup removed; ``source_cols`` maps every kept character back to its source column,
# so findings point at the right place in the editor.

_FENCE = rx.regex(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = rx.regex(r"^\s{0,3}(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES = rx.regex(r"[ \t]+#+[ \t]*$")
_QUOTE = rx.regex(r"^\s{0,3}>[ ]?")
_BULLET = rx.regex(r"^\s*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?")
_HR = rx.regex(r"^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = rx.regex(r"^\s{0,3}(?:=+|-+)\s*$")
_TABLE_SEP = rx.regex(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HTML_COMMENT = rx.regex(r"<!--(.*?)-->", re.S)
_DIRECTIVE = rx.regex(r"^\s*djlint-(disable-next-line|disable-line|disable|enable)\b\s*(.*?)\s*$")
_CODES = rx.regex(r"[A-Za-z]+\d+")
# Inline markup, in the order it is removed.
_INLINE_CODE = rx.regex(r"(`+)(.+?)\1")
_IMAGE = rx.regex(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = rx.regex(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_AUTOLINK = rx.regex(r"<(?:https?|ftp|mailto):[^>\s]+>")
_HTML_TAG = rx.regex(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = rx.regex(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_PUNCT_OR_SPACE = r"[\s\p{P}\p{S}]"
# A paired emphasis is markup when it sits at a word edge, or when what it wraps reads
# like a phrase (no clause punctuation): 召开会议**次，参加**人 keeps its placeholders.
_STRONG = rx.regex(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = rx.regex(r"(?<![*\w])(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_CLAUSE_PUNCT = rx.regex(r"[，、；。,;]")


class _Line:
    """A line of markdown being stripped: the kept characters and their source columns."""

    def __init__(self, text: str):
        self.chars = list(text)
        self.cols = list(range(len(text)))

    def text(self) -> str:
        return "".join(self.chars)

    def delete(self, start: int, end: int) -> None:
        del self.chars[start:end]
        del self.cols[start:end]

    def keep_group(self, m: re.Match, group: int) -> None:
        """Replace the whole match by one of its groups."""
        gs, ge = m.span(group)
        s, e = m.span()
        self.delete(ge, e)
        self.delete(s, gs)


def _is_emphasis(line: str, m: re.Match) -> bool:
    s, e = m.span()
    before = line[s - 1] if s > 0 else " "
    after = line[e] if e < len(line) else " "
    at_edge = bool(re.match(_PUNCT_OR_SPACE, before)) or bool(re.match(_PUNCT_OR_SPACE, after))
    inner = m.group(2)
    phrase = len(inner) >= 2 and not _CLAUSE_PUNCT.search(inner)
    return at_edge or phrase


def _strip_inline(line: _Line) -> None:
    def sub_all(pattern, group, check=None):
        while True:
            text = line.text()
            for m in pattern.finditer(text):
                if check is None or check(text, m):
                    if group is None:
                        line.delete(*m.span())
                    else:
                        line.keep_group(m, group)
                    break
            else:
                return

    sub_all(_INLINE_CODE, None)
    sub_all(_IMAGE, None)
    sub_all(_AUTOLINK, None)
    sub_all(_LINK, 1)
    sub_all(_HTML_TAG, None)
    sub_all(_STRONG, 2, _is_emphasis)
    sub_all(_EM, 2, _is_emphasis)
    # backslash escapes last: the escaped character is literal prose
    text = line.text()
    for m in reversed(list(_ESCAPE.finditer(text))):
        line.delete(m.start(), m.start() + 1)


def _parse_directive(body: str):
    m = _DIRECTIVE.match(body)
    if not m:
        return None
    codes = {c.upper() for c in _CODES.findall(m.group(2))}
    return m.group(1), (codes or None)


# Complexity above 15 on purpose: one pass over the lines that tracks front matter, code fences,
# HTML comments (and the djlint-disable directives in them) and tables; the state those share
# is what keeps one line's markup from leaking into the next.
def read_md(path: str, data: bytes) -> Document:  # noqa: C901
    lines, meta = _decode_lines(path, data)
    paragraphs: list[Paragraph] = []
    suppressions: dict[int, set[str] | None] = {}
    disabled: set[str] | None | bool = False  # False: nothing disabled; None: all
    next_line: set[str] | None | bool = False
    fence: str | None = None
    in_comment = False
    front_matter = bool(lines) and lines[0].strip() == "---"

    def add_suppression(lineno: int, codes):
        if codes is False:
            return
        prev = suppressions.get(lineno, False)
        if codes is None or prev is None:
            suppressions[lineno] = None
        elif prev is False:
            suppressions[lineno] = set(codes)
        else:
            suppressions[lineno] = prev | codes

    for i, raw in enumerate(lines):
        lineno = i + 1
        add_suppression(lineno, disabled)
        add_suppression(lineno, next_line)
        next_line = False
        if front_matter:
            if i > 0 and raw.strip() in ("---", "..."):
                front_matter = False
            continue
        if fence:
            if raw.strip().startswith(fence):
                fence = None
            continue
        m = _FENCE.match(raw)
        if m:
            fence = m.group(1)[0] * 3
            continue
        line = _Line(raw)
        # HTML comments: directives, and never prose
        if in_comment:
            end = raw.find("-->")
            if end < 0:
                continue
            line.delete(0, end + 3)
            in_comment = False
        for cm in reversed(list(_HTML_COMMENT.finditer(line.text()))):
            d = _parse_directive(cm.group(1))
            if d:
                kind, codes = d
                if kind == "disable":
                    disabled = codes if disabled is False or codes is None else (disabled | codes if disabled else codes)
                elif kind == "enable":
                    if codes is None or not disabled:
                        disabled = False
                    else:
                        rest = disabled - codes
                        disabled = rest if rest else False
                elif kind == "disable-next-line":
                    next_line = codes
                elif kind == "disable-line":
                    add_suppression(lineno, codes)
            line.delete(*cm.span())
        t = line.text()
        start = t.find("<!--")
        if start >= 0:
            line.delete(start, len(t))
            in_comment = True
        t = line.text()
        if _HR.match(t) or _TABLE_SEP.match(t) or (_SETEXT.match(t) and paragraphs and paragraphs[-1].text):
            paragraphs.append(Paragraph(text="", line=lineno, source_cols=[]))
            continue
        md_heading = None
        m = _ATX.match(t)
        if m:
            md_heading = len(m.group(1)) - 1
            line.delete(0, m.end())
            t = line.text()
            cm = _CLOSING_HASHES.search(t)
            if cm:
                line.delete(cm.start(), len(t))
        else:
            while True:
                m = _QUOTE.match(line.text())
                if not m or m.end() == 0:
                    break
                line.delete(0, m.end())
            m = _BULLET.match(line.text())
            if m and not _HR.match(line.text()):
                line.delete(0, m.end())
        t = line.text()
        if "|" in t and t.strip().startswith("|"):
            # a table row: each cell is a paragraph of its own on the same line
            cells = _split_cells(line)
            for cell in cells:
                _strip_inline(cell)
                paragraphs.append(Paragraph(text=cell.text(), line=lineno, source_cols=cell.cols, in_table=True))
            continue
        _strip_inline(line)
        paragraphs.append(Paragraph(text=line.text(), line=lineno, source_cols=line.cols, md_heading=md_heading))
    return Document(path, "md", paragraphs, suppressions=suppressions, **meta)


def _split_cells(line: _Line) -> list[_Line]:
    text = line.text()
    cells: list[_Line] = []
    i = 0
    bounds = []
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "|":
            bounds.append(i)
        i += 1
    edges = [-1] + bounds + [len(text)]
    for a, b in zip(edges, edges[1:]):
        s, e = a + 1, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if a == -1 and s == e:
            continue
        if b == len(text) and s == e:
            continue
        cell = _Line("")
        cell.chars = line.chars[s:e]
        cell.cols = line.cols[s:e]
        cells.append(cell)
    return cells
