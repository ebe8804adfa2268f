"""What wraps the text of a WordprocessingML story, as the reader (docx.py) looks through it: content
controls (a table of contents, one showing its placeholder), sdt/customXml around rows and cells, text
boxes under a drawing, the text of a tracked change, table-of-contents paragraph styles."""
from __future__ import annotations

from ..util import rx
from .wordml import MC, q

_VAL = q("val")
T = q("t")
SDT = q("sdt")
SDT_CONTENT = q("sdtContent")
CUSTOM_XML = q("customXml")
TXBX = q("txbxContent")
ALTERNATE = f"{{{MC}}}AlternateContent"
CHOICE = f"{{{MC}}}Choice"
FALLBACK = f"{{{MC}}}Fallback"


def switched_on(el) -> bool:
    """A boolean OOXML property element: present and not switched off."""
    if el is None:
        return False
    return el.get(_VAL) not in ("0", "false", "off")


_TOC_STYLE = rx.stdlib(r"(?i)^(?:toc|目录)\s*[1-9]$")
_TOC_SEEN: dict[str, bool] = {}


def toc_style(style_name: str) -> bool:
    """A table-of-contents paragraph style (asked once per style name, not per paragraph)."""
    hit = _TOC_SEEN.get(style_name)
    if hit is None:
        if len(_TOC_SEEN) > 10_000:  # a server reading many odd files: stay small
            _TOC_SEEN.clear()
        hit = _TOC_SEEN[style_name] = bool(_TOC_STYLE.match(style_name))
    return hit


def find_textboxes(el) -> list:
    """Text box contents under a drawing, using mc:Choice only (Fallback repeats it)."""
    found = []
    if el.tag == ALTERNATE:
        branch = el.find(CHOICE)
        if branch is None:
            branch = el.find(FALLBACK)
        return find_textboxes(branch) if branch is not None else []
    stack = [el]
    while stack:
        node = stack.pop()
        for child in node:
            if child.tag == TXBX:
                found.append(child)
            elif child.tag == ALTERNATE:
                found.extend(find_textboxes(child))
            elif isinstance(child.tag, str):
                stack.append(child)
    return found


def unwrap(el, tag):
    """Children with ``tag``, looking through sdt/customXml wrappers around rows and cells."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from unwrap(content, tag)
        elif child.tag == CUSTOM_XML:
            yield from unwrap(child, tag)


def showing_placeholder(sdt) -> bool:
    """The control shows its placeholder text (单击或点击此处输入文字。): nobody has filled it in."""
    pr = sdt.find(q("sdtPr"))
    return pr is not None and switched_on(pr.find(q("showingPlcHdr")))


def is_toc(sdt) -> bool:
    pr = sdt.find(q("sdtPr"))
    if pr is None:
        return False
    for g in pr.iter(q("docPartGallery")):
        if (g.get(_VAL) or "").lower().startswith("table of contents"):
            return True
    return False


def text_of(el) -> str:
    return "".join(t.text or "" for t in el.iter(T))


def deleted_text(el) -> str:
    return "".join(t.text or "" for t in el.iter(q("delText")))
