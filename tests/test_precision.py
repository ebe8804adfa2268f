"""Precision on correct published prose (issue 29): for every class of false finding seen on
published texts, correct look-alike sentences of our own draw no finding of that class, and
the true case next to them still does, in .txt and in .docx alike.

The texts here are written for these tests; none is copied from a published page.
"""
from __future__ import annotations

import pytest

import fixtures.build_docx as B
from djlint.lint import lint_path

KINDS = ("txt", "docx")


def lint_lines(tmp_path, kind: str, lines: list[str], config: dict | None = None, name: str = "稿"):
    path = tmp_path / f"{name}.{kind}"
    if kind == "txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        B.from_lines(str(path), lines)
    return lint_path(str(path), config or {})


def found(diags, *codes):
    return [(d.code, d.line, d.message) for d in diags if d.code.startswith(codes)]


# ---- class 2: texts cut mid-sentence ---------------------------------------------------------

_REPORT_HEAD = [
    "某区机关党委2024年度党建工作情况报告",
    "2024年，区机关党委坚持以党的政治建设为统领，扎实推进机关党建各项工作，现将有关情况报告如下。",
    "一、2024年主要工作情况",
    "（一）强化理论武装。全年组织党委理论学习中心组学习12次，举办读书班2期。",
    "（二）夯实基层基础。完成3个党支部换届，发展党员5名。",
]
#: an opening cut mid-sentence: a lone 一是, a 《 and a “ opened in the last paragraph
_CUT = _REPORT_HEAD + ["（三）加强作风建设。一是开展廉政谈话40人次，组织观看《以案为鉴"]
#: the same draft seen whole: it ends a sentence, so what it lacks is really missing
_WHOLE = _REPORT_HEAD + ["（三）加强作风建设。开展廉政谈话40人次，组织观看警示教育片2场。"]


@pytest.mark.parametrize("kind", KINDS)
def test_cut_text_is_not_judged_on_what_it_lacks(tmp_path, kind):
    diags = lint_lines(tmp_path, kind, _CUT)
    assert found(diags, "DJ101", "DJ102", "DJ105", "DJ108", "DJ312", "DJ503") == []


@pytest.mark.parametrize("kind", KINDS)
def test_whole_text_still_lacks_its_parts(tmp_path, kind):
    diags = lint_lines(tmp_path, kind, _WHOLE)
    missing = [m for c, _, m in found(diags, "DJ101")]
    assert any("存在问题" in m for m in missing) and any("下一步打算" in m for m in missing)


@pytest.mark.parametrize("kind", KINDS)
def test_lone_enumeration_and_open_mark_fire_in_a_whole_text(tmp_path, kind):
    lines = _REPORT_HEAD + ["（三）加强作风建设。一是开展廉政谈话40人次，组织观看《以案为鉴。",
                            "二、存在问题", "理论学习的深度还不够。", "三、2025年工作打算", "持续深化理论武装。"]
    diags = lint_lines(tmp_path, kind, lines)
    codes = [c for c, _, _ in found(diags, "DJ312", "DJ503")]
    assert codes.count("DJ312") == 1 and codes.count("DJ503") == 1, diags


@pytest.mark.parametrize("kind", KINDS)
def test_cut_heading_is_not_an_empty_section(tmp_path, kind):
    # the opening stops inside a heading (“……，强化”): nothing says the heading is empty
    diags = lint_lines(tmp_path, kind, _REPORT_HEAD + ["二、注重制度建设，强化"])
    assert found(diags, "DJ105", "DJ101") == []


@pytest.mark.parametrize("kind", KINDS)
def test_complete_last_heading_without_text_is_still_empty(tmp_path, kind):
    # a draft that stops at a whole heading: DJ105 says so; the rules that need the end stay silent
    diags = lint_lines(tmp_path, kind, _REPORT_HEAD + ["二、存在的问题和不足"])
    assert [c for c, _, _ in found(diags, "DJ105")] == ["DJ105"]
    assert found(diags, "DJ101", "DJ108") == []


def test_what_ends_a_document():
    from djlint.document import read_bytes
    from djlint.document.ending import cut_end

    def cut(lines):
        doc = read_bytes("t.txt", ("\n".join(lines) + "\n").encode("utf-8"), "txt")
        return cut_end(doc) is not None

    assert cut(["开展学习，按月召开"])
    assert cut(["本报讯（记者 王某"])
    assert cut(["1. 精简审批手续。推行网上办理。", "2. 提高审批效率。压缩办理时限。", "3. 加强项目储"])
    assert not cut(["全年开展学习12次。"])
    assert not cut(["全年开展学习12次。", "中共某区委办公室"])
    assert not cut(["全年开展学习12次。", "2024年1月15日"])
    assert not cut(["全年开展学习12次。", "二〇二四年一月十五日"])
    assert not cut(["请各单位按时报送。", "联系人：王某，电话：1234567"])
    assert not cut(["全年开展学习12次。（文/王某 图/李某 审核/赵某）"])
