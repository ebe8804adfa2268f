"""The WordprocessingML namespaces, in one place for the reader, the numbering renderer and
the writers (comments, tracked changes)."""
from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def q(tag: str) -> str:
    """``w:tag`` in Clark notation: ``{namespace}tag``."""
    return f"{{{W}}}{tag}"
