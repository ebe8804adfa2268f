"""A read-only view of a .docx package with zipfile and lxml, for linting.

python-docx builds an object for every part and element class at import and open; linting only
walks the XML.  This gives the reader the few things it uses (the main part, its relationships,
each related part's parsed root) at a fraction of the cost.  Writing (``--fix``, ``--annotate``)
still opens the file with python-docx, whose tree it edits and saves.

Every part is read through :func:`djlint.document.guard.read_xml`, which charges it to the
package's budget (declared size, then tags) before it is parsed, whatever the part is called.
"""
from __future__ import annotations

import posixpath
import zipfile

from lxml import etree

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _parse(blob: bytes, path: str | None = None):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    if path is None:
        return etree.fromstring(blob, parser)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError as e:
        from ..errors import ReadError
        from .guard import describe_xml_error

        raise ReadError(path, describe_xml_error(e)) from None


class Part:
    def __init__(self, package: "Package", partname: str):
        self.package = package
        self.partname = "/" + partname.lstrip("/")
        self._element = None
        self._rels = None

    @property
    def blob(self) -> bytes:
        return self.package.read(self.partname.lstrip("/"))

    @property
    def element(self):
        if self._element is None:
            self._element = _parse(self.blob, self.package.path)
        return self._element

    @property
    def rels(self) -> dict[str, "Rel"]:
        if self._rels is None:
            self._rels = {}
            folder, name = posixpath.split(self.partname.lstrip("/"))
            rels_name = posixpath.join(folder, "_rels", name + ".rels")
            if rels_name in self.package.names:
                for el in _parse(self.package.read(rels_name), self.package.path):
                    if el.tag != _REL_NS + "Relationship":
                        continue
                    external = el.get("TargetMode") == "External"
                    target = el.get("Target") or ""
                    if not external:
                        target = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                                    else posixpath.join(folder, target))
                    self._rels[el.get("Id")] = Rel(self.package, el.get("Type") or "", target, external)
        return self._rels


class Rel:
    def __init__(self, package: "Package", reltype: str, target: str, is_external: bool):
        self.package = package
        self.reltype = reltype
        self.target = target
        self.is_external = is_external

    @property
    def target_part(self) -> Part:
        if self.is_external or self.target not in self.package.names:
            raise KeyError(self.target)
        return self.package.get(self.target)


class Package:
    """The zip and its parts, each parsed on first use.  ``package.part`` is the main document
    part, as in python-docx's ``Document.part``."""

    def __init__(self, zf: zipfile.ZipFile, main: str, budget=None):
        from .guard import Budget

        self.zip = zf
        self.budget = budget or Budget("")
        self.path = self.budget.path
        self.names = set(zf.namelist())
        self._parts: dict[str, Part] = {}
        self._charged: set[str] = set()
        self.part = self.get(main)

    def read(self, name: str) -> bytes:
        """A member's bytes, charged to the budget the first time (read again, it costs nothing more)."""
        if name in self._charged:
            return self.zip.read(name)
        from .guard import read_xml

        blob = read_xml(self.zip, name, self.budget)
        self._charged.add(name)
        return blob

    def get(self, name: str) -> Part:
        name = name.lstrip("/")
        if name not in self._parts:
            self._parts[name] = Part(self, name)
        return self._parts[name]
