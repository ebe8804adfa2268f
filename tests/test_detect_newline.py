"""detect_newline (the line end a .txt is written back with) answers "\\n" from one search when the text
holds no CR, and otherwise as the three counts always did."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from djlint.document.text import detect_newline


def _counted(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf >= lf and crlf >= cr and crlf:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\r\n党建x", max_size=30))
def test_the_same_line_end_as_the_counts(text):
    assert detect_newline(text) == _counted(text)


def test_each_line_end():
    assert detect_newline("一\r\n二\r\n") == "\r\n"
    assert detect_newline("一\r二\r三\n") == "\r"
    assert detect_newline("一\n二") == "\n"
    assert detect_newline("一二") == "\n"
    assert detect_newline("") == "\n"
