import pytest

from djlint.document import read_path
from fixtures import build_docx as B


def texts(doc, part="body"):
    return [p.text for p in doc.paragraphs if p.part == part]


def test_what_python_docx_drops_is_read(tmp_path):
    path = B.build(str(tmp_path / "f.docx"), B.quirks())
    doc = read_path(path)
    assert texts(doc) == ["链接：国务院网站", "今年新文字结束", "控件：控件内文字", "块级控件里的段落",
                          "第1页", "2024年1月1日", "智能标记：张三", "锚点"]
    assert texts(doc, "textbox") == ["文本框内文字"]  # once, not from the VML fallback too
    kinds = sorted(r.kind for r in doc.revisions)
    assert kinds == ["del", "ins"]


def test_tables_nested_tables_and_line_numbers(tmp_path):
    inner = B.tbl([["嵌套单元格"]])
    path = B.build(str(tmp_path / "t.docx"), [
        B.p(text="表格前"),
        B.tbl([["甲", "乙"], ["丙", B.p(text="丁") + inner]]),
        B.p(text="表格后"),
    ])
    doc = read_path(path)
    assert [(p.line, p.text, p.in_table) for p in doc.body] == [
        (1, "表格前", False), (2, "甲", True), (3, "乙", True), (4, "丙", True), (5, "丁", True),
        (6, "嵌套单元格", True), (7, "表格后", False)]


def test_headers_footers_footnotes_comments_are_their_own_parts(tmp_path):
    path = B.build(str(tmp_path / "h.docx"), [B.p(B.comment_range(1, B.r("正文")))],
                   header=[B.p(text="页眉文字")], footer=[B.p(text="第1页")],
                   footnotes=[[B.p(text="脚注内文字")]], comments=[(1, "审稿人", "请核实")])
    doc = read_path(path)
    assert texts(doc, "header") == ["页眉文字"]
    assert texts(doc, "footer") == ["第1页"]
    assert texts(doc, "footnote") == ["脚注内文字"]
    assert texts(doc, "comment") == ["请核实"]
    assert doc.comments[0].author == "审稿人"
    assert doc.comments[0].start[0].text == "正文" and doc.comments[0].end[1] == 2


def test_automatic_numbering_renders_labels(tmp_path):
    body = [
        B.p(text="工作情况", style="Heading1"),
        B.p(text="主要成效", style="Heading2"),
        B.p(text="第一点", num=(1, 2)),
        B.p(text="细项甲", num=(1, 3)),
        B.p(text="细项乙", num=(1, 3)),
        B.p(text="第二点", num=(1, 2)),
        B.p(text="经验做法", style="MyH2"),
        B.p(text="存在问题", style="Heading1"),
        B.p(text="问题一", style="Heading2"),
        B.p(text="下一步工作打算", style="Heading1"),
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
        + B.r("不编号的标题") + "</w:p>",
        B.p(text="同一抽象编号继续", num=(2, 0)),
        B.p(text="重新开始", num=(4, 0)),
        B.p(text="章", num=(3, 0)),
        B.p(text="甲项", num=(3, 1)),
        B.p(text="法律式", num=(3, 2)),
        B.p(text="大写", num=(3, 3)),
        B.p(text="圈码", num=(3, 4)),
    ]
    doc = read_path(B.build(str(tmp_path / "n.docx"), body))
    assert texts(doc) == [
        "一、工作情况", "（一）主要成效", "1.第一点", "（1）细项甲", "（2）细项乙", "2.第二点", "（二）经验做法",
        "二、存在问题", "（一）问题一", "三、下一步工作打算", "不编号的标题", "四、同一抽象编号继续",
        "一、重新开始", "第九章章", "甲．甲项", "9.1法律式", "壹、大写", "①圈码"]
    assert doc.body[0].label == "一、" and doc.body[0].outline_level == 0


def test_typed_and_automatic_numbering_give_the_same_paragraphs(tmp_path, sample_lines):
    typed = read_path(B.from_lines(str(tmp_path / "typed.docx"), sample_lines))
    auto = read_path(B.from_lines(str(tmp_path / "auto.docx"), sample_lines, auto_numbering=True))
    assert [(p.line, p.text) for p in typed.body] == [(p.line, p.text) for p in auto.body]
    assert any(p.label for p in auto.body)


def test_deleted_paragraph_mark_joins_paragraphs_in_accepted_view(tmp_path):
    doc = read_path(B.build(str(tmp_path / "m.docx"), [
        B.p(text="前半句", deleted_mark=True), B.p(text="后半句"), B.p(text="下一段")]))
    assert texts(doc) == ["前半句后半句", "下一段"]


def test_highlight_and_hidden_ranges(tmp_path):
    doc = read_path(B.build(str(tmp_path / "hl.docx"), [
        B.p(B.r("单位："), B.r("【填写单位名称】", highlight="yellow"), B.r("隐藏", vanish=True))]))
    p = doc.body[0]
    assert p.highlights == [(3, 11)] and p.hidden == [(11, 13)]


def test_toc_sdt_is_skipped(tmp_path):
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
           '<w:sdtContent>' + B.p(text="一、工作情况 1", style="TOC1") + '</w:sdtContent></w:sdt>')
    doc = read_path(B.build(str(tmp_path / "toc.docx"), [toc, B.p(text="正文")]))
    assert texts(doc) == ["正文"]


def test_pieces_map_characters_back_to_runs(tmp_path):
    doc = read_path(B.from_lines(str(tmp_path / "s.docx"), ["全年召开会议x次"], split=2))
    p = doc.body[0]
    x = p.text.index("x")
    piece = next(pc for pc in p.pieces if pc.start <= x < pc.end)
    assert piece.node.text[piece.offset + x - piece.start] == "x"


def test_python_docx_written_file(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("关于2024年度工作情况的报告", 0)
    d.add_paragraph("全年共召开会议x次。")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "单元格"
    path = str(tmp_path / "pd.docx")
    d.save(path)
    doc = read_path(path)
    assert texts(doc) == ["关于2024年度工作情况的报告", "全年共召开会议x次。", "单元格", ""]


@pytest.mark.parametrize("main_type", [
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
])
def test_docm_and_dotx_open(tmp_path, main_type):
    path = B.build(str(tmp_path / "m.docx"), [B.p(text="会议x次")], main_type=main_type)
    assert texts(read_path(path)) == ["会议x次"]


def test_phonetic_guide_keeps_its_base_text(tmp_path):
    """qa12: a character under Word/WPS's 拼音指南 (w:ruby) was dropped, base and guide alike:
    加强党的[建]设 was read 加强党的设."""
    ruby = ('<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>jiàn</w:t></w:r></w:rt>'
            '<w:rubyBase><w:r><w:t>建</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    doc = read_path(B.build(str(tmp_path / "ruby.docx"), [B.p(B.r("加强党的"), ruby, B.r("设。"))]))
    assert texts(doc) == ["加强党的建设。"]
