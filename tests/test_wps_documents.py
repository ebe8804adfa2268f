"""qa12: the Word/WPS structures office files carry (content controls, text boxes, fields, a table of
contents, moves, the parts of a 公文), built by fixtures/qa12_wps.py and linted as users lint them."""
import pytest

from djlint.document import read_path
from djlint.lint import lint_path
from fixtures import qa12_wps


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    base = tmp_path_factory.mktemp("qa12")
    qa12_wps.main(["qa12_wps.py", str(base)])
    return base


@pytest.mark.parametrize("name", ["toc-field.docx", "toc-sdt.docx", "toc-sdt-outside.docx", "toc-plain.docx"])
def test_a_table_of_contents_under_a_typed_mulu_line_does_not_swallow_the_first_heading(docs, name):
    """The reader leaves Word's table of contents out (toc-styled entries, or its content control); a
    目录 line typed above it stayed, and the outline took the first heading of the text for the missing
    entries: a correct report was told 编号应从“一、”开始 and 缺少“工作情况”部分 (toc-field.docx)."""
    path = docs / name
    assert [h.paragraph.text for h in read_path(str(path)).outline.headings] == [
        "一、主要工作情况", "二、存在的问题", "三、下一步工作打算"]
    assert [d.code for d in lint_path(path, {})] == []


def test_fix_is_tracked_in_plain_runs_and_left_in_fields_and_where_libreoffice_loses_it(docs, tmp_path, run_cli):
    """A half-width comma in each container (fixable.docx): fixed as tracked changes in plain runs,
    hyperlinks, smart tags, custom XML, inline content controls and East Asian font runs; left in a
    simple field, in a complex field's cached result (was fixed: Word writes the result again when
    the field is updated), in a reviewer's insertion or move, in a text box, in a control's placeholder prompt, and in the first
    paragraph of a block-level content control (was fixed: LibreOffice 7.4 drops the deletion there
    on opening and shows 学习,，研讨)."""
    import shutil

    path = shutil.copy(docs / "fixable.docx", tmp_path / "fixable.docx")
    code, _out, err = run_cli("--no-cache", "--fix", "-q", str(path))
    assert code == 1 and "7 处修复未能自动应用" in err and "内容控件的第一段" in err, err
    text = [p.text for p in read_path(str(path)).body]
    fixed = [t for t in text if "学习，研讨" in t]
    left = [t for t in text if "学习,研讨" in t]
    assert fixed == ["普通段落里学习，研讨。", "行内控件：学习，研讨。", "超链接：学习，研讨。", "智能标记：学习，研讨。",
                     "自定义XML里学习，研讨。", "东亚字体学习，研讨。"]
    assert left == ["块级控件里学习,研讨。", "简单域：学习,研讨。", "复杂域：学习,研讨。", "移入：学习,研讨。",
                    "审稿人插入：学习,研讨。"]
    assert "未填写的控件：单击或点击此处输入文字,研讨。" in text  # a prompt is replaced, not corrected


def test_first_paragraph_of_a_block_control_is_the_only_one_left(tmp_path, run_cli):
    """The second paragraph of the same content control keeps its fix (LibreOffice keeps it there)."""
    from fixtures.build_docx import build, p

    path = build(str(tmp_path / "two.docx"), [qa12_wps.sdt_block(p(text="第一段里学习,研讨。"), p(text="第二段里学习,研讨。"))])
    run_cli("--no-cache", "--fix", "-q", path)
    assert [p.text for p in read_path(path).body] == ["第一段里学习,研讨。", "第二段里学习，研讨。"]


def test_a_message_quoting_a_heading_stays_on_one_line():
    """A heading with a manual line break in it was quoted with the break, so a DJ1xx message in the
    concise and github formats ran onto a second line."""
    from djlint.checks.structure.analysis import shorten

    assert shorten("一、主要工作情况\n全年开展集中学习") == "一、主要工作情况 全年开展集中学习"


@pytest.mark.parametrize("lock,fixed", [("contentLocked", False), ("sdtContentLocked", False), ("sdtLocked", True)])
def test_no_tracked_change_inside_a_locked_content_control(tmp_path, run_cli, lock, fixed):
    """A template's locked control (Word lets nobody edit its content) gets no tracked change: it could
    be neither accepted nor rejected; sdtLocked only keeps the control from being deleted."""
    from fixtures.build_docx import build, p, r

    control = (f'<w:sdt><w:sdtPr><w:lock w:val="{lock}"/></w:sdtPr><w:sdtContent>{r("学习,研讨")}</w:sdtContent></w:sdt>')
    path = build(str(tmp_path / "locked.docx"), [p(r("控件："), control, r("。")), p(text="正文里学习,研讨。")])
    run_cli("--no-cache", "--fix", "-q", path)
    assert [p.text for p in read_path(path).body] == [
        "控件：学习，研讨。" if fixed else "控件：学习,研讨。", "正文里学习，研讨。"]


SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{}</w:settings>')


@pytest.mark.parametrize("protection,fixed", [
    ('<w:documentProtection w:edit="forms" w:enforcement="1"/>', False),
    ('<w:documentProtection w:edit="trackedChanges" w:enforcement="true"/>', False),
    ('<w:documentProtection w:edit="readOnly" w:enforcement="0"/>', True),  # set up, not enforced
    ("", True),
])
def test_no_tracked_change_in_a_document_under_restricted_editing(tmp_path, run_cli, protection, fixed):
    """A template sent down with 限制编辑 on: a revision there can be neither accepted nor rejected without
    the password, and --fix writes in place; it is left, with a note that says why."""
    from fixtures.build_docx import build, p

    path = build(str(tmp_path / "protected.docx"), [p(text="正文里学习,研讨。")],
                 extra_parts={"word/settings.xml": SETTINGS.format(protection)}, extra_rels=[("settings", "settings.xml")],
                 extra_types={"word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"})
    before = open(path, "rb").read()
    _code, _out, err = run_cli("--no-cache", "--fix", "-q", path)
    assert [p.text for p in read_path(path).body] == ["正文里学习，研讨。" if fixed else "正文里学习,研讨。"]
    if not fixed:
        assert "限制编辑" in err and "1 处修复未自动应用" in err and open(path, "rb").read() == before, err
