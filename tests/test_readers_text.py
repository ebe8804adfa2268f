import codecs

import pytest

from djlint.document import read_bytes
from djlint.errors import ReadError

DRAFT = "关于2024年度党建工作情况的报告\n一、工作情况\n全年共召开会议x次。\n"


@pytest.mark.parametrize("encoded", [
    DRAFT.encode("utf-8"),
    codecs.BOM_UTF8 + DRAFT.encode("utf-8"),
    DRAFT.encode("gb18030"),
    DRAFT.encode("gbk"),
    codecs.BOM_UTF16_LE + DRAFT.replace("\n", "\r\n").encode("utf-16-le"),
    codecs.BOM_UTF16_BE + DRAFT.encode("utf-16-be"),
    DRAFT.replace("\n", "\r\n").encode("utf-8"),
])
def test_encodings_are_detected_without_a_flag(encoded):
    doc = read_bytes("a.txt", encoded)
    assert [p.text for p in doc.paragraphs] == ["关于2024年度党建工作情况的报告", "一、工作情况", "全年共召开会议x次。"]
    assert [p.line for p in doc.paragraphs] == [1, 2, 3]


def test_short_gb18030_text_is_not_mistaken():
    assert read_bytes("a.txt", "关于报告".encode("gb18030")).paragraphs[0].text == "关于报告"


def test_encoding_and_newline_are_remembered_for_fixing():
    doc = read_bytes("a.txt", codecs.BOM_UTF8 + "甲\r\n乙\r\n".encode("utf-8"))
    assert doc.meta["encoding"] == "utf-8" and doc.meta["bom"] == codecs.BOM_UTF8 and doc.meta["newline"] == "\r\n"


def test_random_bytes_are_refused_with_a_message():
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(ReadError) as e:
        read_bytes("noise.txt", data)
    assert "noise.txt" in str(e.value)


def test_big5_is_refused_not_linted_as_mojibake():
    text = "國務院關於加強黨的建設工作報告，請各單位認真學習貫徹。" * 5
    with pytest.raises(ReadError):
        read_bytes("big5.txt", text.encode("big5"))


def test_markdown_markup_is_not_prose():
    md = ("# 关于2024年度党建工作情况的报告\n"
          "\n"
          "## 一、工作情况\n"
          "- 召开**专题**会议，学习`git`用法，见[通知](https://example.com)。\n"
          "```\n代码x次\n```\n"
          "全年召开会议**次，参会**人。\n"
          "| 项目 | 次数 |\n|---|---|\n| 会议 | x |\n")
    doc = read_bytes("a.md", md.encode())
    texts = [(p.line, p.text) for p in doc.paragraphs]
    assert (1, "关于2024年度党建工作情况的报告") in texts
    assert (3, "一、工作情况") in texts
    assert (4, "召开专题会议，学习用法，见通知。") in texts
    assert all("代码" not in t for _, t in texts)
    assert (8, "全年召开会议**次，参会**人。") in texts  # not emphasis: placeholders stay
    assert (11, "x") in texts
    heading = [p for p in doc.paragraphs if p.line == 3][0]
    assert heading.md_heading == 1


def test_markdown_columns_point_into_the_source_line():
    doc = read_bytes("a.md", "- **重点**工作：召开会议x次\n".encode())
    p = doc.paragraphs[0]
    i = p.text.index("x")
    assert "- **重点**工作：召开会议x次"[p.column(i) - 1] == "x"


def test_markdown_suppression_comments():
    from djlint import lint_text

    md = ("<!-- djlint-disable-next-line DJ201 -->\n会议x次\n会议x次\n"
          "<!-- djlint-disable -->\n会议XX次\n<!-- djlint-enable -->\n会议X次\n")
    diags = lint_text(md, filename="a.md")
    assert [d.line for d in diags] == [3, 7]


def test_lines_end_at_crlf_cr_or_lf_only():
    """split_lines (str.split after CR and CRLF become LF) gives what a split at CRLF|CR|LF gives,
    and keeps form feeds, vertical tabs and U+2028 inside a line (str.splitlines would not)."""
    import random
    import re

    from djlint.document.text import split_lines

    rnd = random.Random(8)
    for _ in range(2000):
        text = "".join(rnd.choice("甲乙\r\n\f\v\u2028 ") for _ in range(rnd.randint(0, 12)))
        assert split_lines(text) == re.split(r"\r\n|\r|\n", text), repr(text)
    assert split_lines("甲\r\r\n乙\f丙\u2028丁\n") == ["甲", "", "乙\f丙\u2028丁", ""]
