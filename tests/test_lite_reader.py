"""The lint path reads .docx with zipfile and lxml; --fix and --annotate open it with python-docx.
Both must give the same Document on every kind of file, and refuse the same bad ones."""
import os
import shutil
import subprocess

import pytest

from djlint.document import read_path
from djlint.errors import ReadError
from fixtures import build_docx as B
from fixtures import build_layout as L


def snapshot(doc):
    return {
        "paragraphs": [(p.part, p.line, p.text, p.label, p.style, p.outline_level, p.numbering, p.in_table,
                        p.highlights, p.hidden, [(x.start, x.end, x.kind) for x in p.pieces]) for p in doc.paragraphs],
        "revisions": [(r.kind, r.author, r.text, r.paragraph.index if r.paragraph else None) for r in doc.revisions],
        "comments": [(c.id, c.author, c.text, c.start and (c.start[0].index, c.start[1]),
                      c.end and (c.end[0].index, c.end[1])) for c in doc.comments],
        "title": doc.title.index if doc.title else None,
        "outline": [(h.level, h.kind, h.label, h.title) for h in doc.outline.headings],
    }


def same(path):
    assert snapshot(read_path(path)) == snapshot(read_path(path, editable=True)), path


def rich(tmp_path):
    out = []
    out.append(B.build(str(tmp_path / "features.docx"), [
        *B.quirks(),
        B.p(B.r("高亮", highlight="yellow"), B.r("隐藏", vanish=True), B.r("加粗", bold=True)),
        B.tbl([["甲", "乙"], ["丙", B.p(text="丁") + B.tbl([["嵌套"]])]]),
        B.p(B.comment_range(1, B.r("批注的文字"))),
    ], header=[B.p(text="XX局页眉")], footer=[B.p(text="页脚x")], footnotes=[[B.p(text="脚注一")]],
        comments=[(1, "审稿人", "请核实")]))
    lines = ["2024年度机关党建工作情况报告", "一、工作情况", "（一）加强学习", "1.开展学习", "（1）读原著", "二、存在问题"]
    out.append(B.from_lines(str(tmp_path / "typed.docx"), lines))
    out.append(B.from_lines(str(tmp_path / "split.docx"), lines, split=1))
    out.append(B.from_lines(str(tmp_path / "auto.docx"), lines, auto_numbering=True))
    out.append(B.build(str(tmp_path / "bare.docx"), [B.p(text="没有样式和编号")], numbering=False, styles=False))
    out.append(B.build(str(tmp_path / "macro.docm"), [B.p(text="宏文档x次")],
                       main_type="application/vnd.ms-word.document.macroEnabled.main+xml"))
    out.append(L.build(str(tmp_path / "python-docx.docx")))
    return out


def test_same_document_both_ways(tmp_path):
    for path in rich(tmp_path):
        same(path)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("pandoc") is None,
                    reason="neither LibreOffice nor pandoc is installed")
def test_same_document_from_other_producers(tmp_path):
    src = rich(tmp_path)[0:4]
    made = []
    if shutil.which("soffice"):
        out = tmp_path / "lo"
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), *src],
                       check=True, capture_output=True, timeout=240, env={**os.environ, "HOME": str(tmp_path)})
        made += [str(p) for p in out.glob("*.docx")]
    if shutil.which("pandoc"):
        md = tmp_path / "a.md"
        md.write_text("# 一、工作情况\n\n全年召开会议x次。\n\n| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |\n", encoding="utf-8")
        subprocess.run(["pandoc", str(md), "-o", str(tmp_path / "pandoc.docx")], check=True, timeout=120)
        made.append(str(tmp_path / "pandoc.docx"))
    assert made
    for path in made:
        same(path)


def test_bad_files_are_refused_the_same_way(tmp_path):
    good = B.from_lines(str(tmp_path / "g.docx"), ["全年召开会议x次"])
    import zipfile

    cases = {"empty.docx": b"", "notzip.docx": b"hello", "truncated.docx": open(good, "rb").read()[:200]}
    with zipfile.ZipFile(good) as z, zipfile.ZipFile(tmp_path / "nomain.docx", "w") as out:
        for info in z.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, z.read(info))
    with zipfile.ZipFile(good) as z, zipfile.ZipFile(tmp_path / "badxml.docx", "w") as out:
        for info in z.infolist():
            out.writestr(info, b"<w:document><broken" if info.filename == "word/document.xml" else z.read(info))
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    for name in [*cases, "nomain.docx", "badxml.docx"]:
        errors = []
        for editable in (False, True):
            with pytest.raises(ReadError) as e:
                read_path(str(tmp_path / name), editable=editable)
            errors.append(str(e.value))
        assert errors[0].startswith(str(tmp_path / name) + ": ") and "\n" not in errors[0], errors
        assert all("Traceback" not in x for x in errors)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W_NS}"><w:docDefaults/>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    "<w:style w:type='paragraph' w:styleId='Toc1'><w:name w:val='toc 1'/><w:basedOn w:val='Normal'/></w:style>"
    '<w:style w:type="paragraph" w:styleId="Listed"><w:name w:val="列表"/><w:pPr><w:numPr><w:ilvl w:val="1"/>'
    '<w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="Empty"/>'
    '</w:styles>')


def _same_styles(a, b):
    assert a.default_paragraph == b.default_paragraph
    assert a.by_id == b.by_id
    for sid in list(b.by_id) + ["Missing", None]:
        assert a.outline_level(sid) == b.outline_level(sid)
        assert a.numbering(sid) == b.numbering(sid) and a.name(sid) == b.name(sid)


@pytest.mark.parametrize("xml", [
    STYLES_XML,
    STYLES_XML.replace("w:", "ns0:").replace("xmlns:w=", "xmlns:ns0="),  # another prefix: parsed whole
    STYLES_XML.replace('w:styleId="Listed"', 'w:styleId="A&amp;B"'),  # an escaped id: parsed whole
])
def test_styles_read_as_bytes_equal_styles_parsed_whole(xml):
    """The lite reader indexes styles.xml as bytes and parses a style when a paragraph uses it;
    what it answers is what parsing the whole part answers."""
    from lxml import etree

    from djlint.document.numbering import Styles

    blob = xml.encode("utf-8")
    lazy, whole = Styles.from_xml(blob), Styles(etree.fromstring(blob))
    if "ns0:" not in xml and "&amp;" not in xml:
        assert lazy._spans and not lazy._elements  # nothing parsed before it was asked for
    _same_styles(lazy, whole)
    assert lazy.root is not None and lazy.root.tag.endswith("styles")
