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


@pytest.mark.parametrize("name", ["toc-field.docx", "toc-sdt.docx", "toc-sdt-outside.docx"])
def test_a_table_of_contents_under_a_typed_mulu_line_does_not_swallow_the_first_heading(docs, name):
    """The reader leaves Word's table of contents out (toc-styled entries, or its content control); a
    目录 line typed above it stayed, and the outline took the first heading of the text for the missing
    entries: a correct report was told 编号应从“一、”开始 and 缺少“工作情况”部分 (toc-field.docx)."""
    path = docs / name
    assert [h.paragraph.text for h in read_path(str(path)).outline.headings] == [
        "一、主要工作情况", "二、存在的问题", "三、下一步工作打算"]
    assert [d.code for d in lint_path(path, {})] == []
