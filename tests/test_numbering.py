"""DJ3xx: heading numbering and 一是/二是 enumerations, typed and Word automatic numbering."""
import pytest

from djlint.document import read_path
from djlint.lint import lint_path, lint_text
from djlint.util.zh import int_to_cn
from fixtures.build_docx import build, from_lines, p, r


def dj3(diags):
    return [(d.code, d.line, d.message) for d in diags if d.code.startswith("DJ3")]


def lint_lines(lines):
    return lint_text("\n".join(lines) + "\n", {"select": ["DJ3"]})


def deep_draft(n=13):
    """Four levels, ``n`` items at each level, long 一是…十二是 lists in the body."""
    items = "；".join(f"{int_to_cn(i)}是做好第{i}项工作" for i in range(1, 13)) + "。"
    lines = ["市财政局机关党委2024年度党建工作情况报告", ""]
    for a in range(1, n + 1):
        lines.append(f"{int_to_cn(a)}、第{a}部分")
        lines.append("本部分概述。" + items)
        if a != 1:
            continue
        for b in range(1, n + 1):
            lines.append(f"（{int_to_cn(b)}）第{b}方面")
            if b != 1:
                lines.append("本方面的情况。")
                continue
            for c in range(1, n + 1):
                lines.append(f"{c}.第{c}项")
                if c != 1:
                    continue
                for d in range(1, n + 1):
                    lines.append(f"（{d}）第{d}小项。{int_to_cn(1)}是先学一步，{int_to_cn(2)}是带头示范。")
    # a list that runs over paragraphs
    lines += [f"{int_to_cn(i)}是第{i}项措施落实到位。" for i in range(1, 13)]
    return lines


def test_deep_typed_draft_is_silent():
    lines = deep_draft()
    assert sum(1 for l in lines if l.startswith("十三、")) == 1
    assert dj3(lint_lines(lines)) == []


def test_deep_auto_numbered_draft_is_silent(tmp_path):
    path = from_lines(str(tmp_path / "deep.docx"), deep_draft(), auto_numbering=True)
    doc = read_path(path)
    labels = [par.label for par in doc.body if par.label]
    assert "十三、" in labels and "（十三）" in labels and "13." in labels and "（13）" in labels
    assert dj3(lint_path(path, {"select": ["DJ3"]})) == []


# -- headings, typed ------------------------------------------------------------------------

def test_sequences_restart_under_each_parent():
    lines = ["一、甲", "（一）子一", "（二）子二", "二、乙", "（一）子一", "（二）子二", "三、丙"]
    assert dj3(lint_lines(lines)) == []


def test_new_item_list_after_body_text_is_not_a_restart_error():
    lines = ["（一）加强学习", "1.甲", "2.乙", "主要措施如下：", "1.丙", "2.丁"]
    assert dj3(lint_lines(lines)) == []


def test_appendix_restarts_numbering():
    lines = ["一、甲", "二、乙", "附件", "一、附件的第一部分", "二、附件的第二部分"]
    assert dj3(lint_lines(lines)) == []


def test_fixes_for_typed_labels():
    diags = lint_text("一.甲\n二.乙\n（一）、丙\n", {"select": ["DJ302", "DJ303"]})
    assert [(d.code, d.fix.replacement, d.fix.safe) for d in diags] == [("DJ302", "、", True), ("DJ302", "、", True),
                                                                        ("DJ303", "", True)]


def test_heading_sequence_fix_names_expected_label():
    # the last of its sequence: nothing after it shifts, the typed label is renumbered safely
    d = next(d for d in lint_text("（一）甲\n（二）乙\n（四）丙\n") if d.code == "DJ301")
    assert d.fix.replacement == "（三）" and d.fix.safe is True
    assert (d.column, d.end_column) == (1, 4)
    # an inverted order is not one slipped number: a suggestion only
    d = next(d for d in lint_text("（一）甲\n（三）乙\n（二）丙\n") if d.code == "DJ301")
    assert d.fix.safe is False


def test_decimals_and_years_are_not_labels():
    lines = ["1.5万元用于支部活动。", "2024年，支部开展活动12次。", "3个支部完成换届。"]
    assert dj3(lint_lines(lines)) == []


# -- headings, Word automatic numbering -----------------------------------------------------

def auto(path, paras):
    """paras: (numId, ilvl, typed text)."""
    return build(str(path), [p(r(text), num=(num, lvl)) for num, lvl, text in paras])


AUTO_CASES = [
    ([(1, 0, "工作情况"), (1, 1, "甲"), (1, 1, "乙"), (1, 1, "丙"), (1, 1, "丁"), (5, 1, "戊")], "DJ301", "此处为“（六）”"),
    ([(1, 0, "工作情况"), (4, 0, "存在问题")], "DJ301", "编号重复：“一、”之后又是“一、”"),
    ([(7, 0, "工作情况"), (7, 0, "存在问题")], "DJ301", "编号应从“一、”开始，此处为“二、”"),
    ([(6, 0, "工作情况")], "DJ302", "“一.”应为“一、”"),
    ([(6, 0, "工作情况"), (6, 1, "甲"), (6, 2, "开展学习")], "DJ302", "“1、”应为“1.”"),
    ([(6, 0, "工作情况"), (6, 1, "甲")], "DJ303", "括号序号“（一）、”后不加标点"),
    ([(6, 0, "工作情况"), (6, 1, "甲"), (6, 2, "乙"), (6, 3, "丙")], "DJ304", "序号括号不配对：“(1）”"),
    ([(1, 0, "一、工作情况")], "DJ306", "Word 已自动编号“一、”，又输入了“一、”"),
    ([(1, 1, "加强学习"), (4, 0, "学原文")], "DJ305", "层次颠倒"),
]


@pytest.mark.parametrize("paras,code,message", AUTO_CASES)
def test_auto_numbering_findings(tmp_path, paras, code, message):
    path = auto(tmp_path / "a.docx", paras)
    diags = lint_path(path, {"select": ["DJ3"]})
    found = [d for d in diags if d.code == code]
    assert found and any(message in d.message for d in found), dj3(diags)
    if code != "DJ306":
        assert all(d.fix is None for d in found)  # Word's own label is not text to edit


def test_double_label_fix_deletes_the_typed_one(tmp_path):
    path = auto(tmp_path / "a.docx", [(1, 0, "一、工作情况")])
    d = next(d for d in lint_path(path, {"select": ["DJ306"]}))
    doc = read_path(path)
    text = doc.body[0].text
    assert text[d.column - 1:d.end_column - 1] == "一、" and d.column == 3 and d.fix.replacement == ""


# -- enumerations ---------------------------------------------------------------------------

def test_enumeration_gap_across_paragraphs():
    lines = ["一是加强学习。", "二是严格管理。", "四是强化监督。"]
    diags = dj3(lint_lines(lines))
    assert [(c, l) for c, l, _m in diags] == [("DJ311", 3)]


@pytest.mark.parametrize("text", [
    "支部抓好三项工作：一是加强学习；二是严格管理；三是强化监督。",
    "在学习上，一是读原著，二是写心得；在工作上，一是抓落实，二是重实效。",
    "坚持一是一、二是二，实事求是反映情况。",
    "统一是前提，唯一是标准。",
    "第一，加强学习；第二，严格管理。",
    "今年第一、二季度完成既定目标。",
])
def test_correct_enumerations_are_silent(text):
    assert dj3(lint_text(text + "\n", {"select": ["DJ3"]})) == []


def test_a_list_nested_in_a_list_item_is_reported_once():
    """一是…二是[一是…三是]三是: two 三是 side by side; the inner list wants （1）（2）."""
    diags = lint_text("一是线上学。二是线下学，其中一是集中学，二是自主学，三是交流学。三是实践学。\n", {"select": ["DJ3"]})
    assert [(d.code, d.severity) for d in diags] == [("DJ311", "warning")]
    assert "（1）（2）" in diags[0].message and diags[0].column == 15


def test_headings_end_enumerations():
    lines = ["（一）加强学习", "一是读原著；二是写心得。", "（二）严格管理", "一是抓制度；二是抓落实。"]
    assert dj3(lint_lines(lines)) == []


def test_flattened_headings_end_enumerations():
    text = ("如下：一、加强政治建设一是强化理论武装。二是压实主体责任。三是抓好巡察整改。"
            "二、加强作风建设一是整治形式主义。二是严查违规吃喝。")
    assert dj3(lint_text(text + "\n", {"select": ["DJ3"]})) == []


def test_marker_after_subject_counts_when_the_list_goes_on():
    diags = lint_text("党委一是抓学习，二是抓制度，四是抓落实。\n", {"select": ["DJ3"]})
    assert [d.code for d in diags] == ["DJ311"]
    assert dj3(lint_text("党委一是抓学习，二是抓制度。支部一是学原文。\n".replace("支部一是学原文。", ""),
                         {"select": ["DJ3"]})) == []


@pytest.mark.parametrize("lines", [
    ["一、工作情况", "1.开展学习", "2.开展研讨"],
    ["一、工作情况", "（1）开展学习", "（2）开展研讨"],
    ["（一）加强学习", "（1）读原著", "（2）写心得"],
])
def test_skipping_a_level_is_allowed(lines):
    """GB/T 9704 7.3.3 “依次可以用”, GB/T 15834 B.3.8 “通常”: a skipped level is not an error (erratum 5)."""
    assert [c for c, _l, _m in dj3(lint_lines(lines)) if c == "DJ305"] == []


def test_whether_a_list_goes_on_is_read_from_where_each_label_last_stands():
    """DJ305 asks whether a label after ``prev``'s number, of its kind, comes later: one look-up in
    {(kind, number): last index} gives what walking every later label gives, on random label lists."""
    import random
    from types import SimpleNamespace

    from djlint.checks.numbering.headings import _goes_on, _last_at

    rnd = random.Random(8)
    for _ in range(300):
        labelled = [(SimpleNamespace(kind=rnd.choice(("cn", "cn-paren", "arabic")), number=rnd.randint(1, 4)), None)
                    for _ in range(rnd.randint(1, 25))]
        last_at = _last_at(labelled)
        for i, (prev, _parent) in enumerate(labelled):
            walked = any(x.kind == prev.kind and x.number == prev.number + 1 for x, _p in labelled[i + 1:])
            assert _goes_on(last_at, i, prev) == walked
