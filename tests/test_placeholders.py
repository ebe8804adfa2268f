"""DJ2xx and DJ7xx on drafts we wrote: every placeholder caught, no look-alike flagged."""
import os

import pytest

from djlint import lint_path, lint_text
from djlint.document import read_path
from fixtures import build_docx as B

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fixtures", "placeholder")
FAMILY = ("DJ2", "DJ7")


def _lines(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip()]


VARIANTS = _lines("variants.txt")
LOOKALIKES = _lines("lookalikes.txt")


def test_fixture_sizes():
    assert len(VARIANTS) >= 40 and len(LOOKALIKES) >= 40


@pytest.mark.parametrize("line", VARIANTS)
def test_every_placeholder_variant_is_caught(line):
    diags = lint_text(line, {"select": list(FAMILY)})
    assert diags, f"missed: {line}"


@pytest.mark.parametrize("line", LOOKALIKES)
def test_no_lookalike_is_flagged(line):
    diags = lint_text(line, {"select": list(FAMILY)})
    assert not diags, [(d.code, d.message) for d in diags]


def _credit_labels():
    from djlint.checks.punctuation import credits
    assert credits._LABEL.startswith("(?:") and credits._LABEL.endswith(")")
    return credits._LABEL[3:-1].split("|")


@pytest.mark.parametrize("label", _credit_labels())
def test_a_bullet_before_any_credit_label_is_no_blank(label):
    """DJ201's bullet exception names the labels of credits.py (DJ512's credits): a label added there and not
    to the exception would make □<label>：某某 a placeholder again; a blank as the label's value is still one."""
    assert not lint_text(f"□{label}：刘建国 孙晓梅 周立 郑文华", {"select": ["DJ201"]})
    assert not lint_text(f"市融媒体中心 ○{label}：刘建国", {"select": ["DJ201"]})
    assert [d.code for d in lint_text(f"{label}：□□□", {"select": ["DJ201"]})] == ["DJ201"]


def test_a_run_of_placeholders_is_one_finding():
    diags = lint_text("落款日期：20XX年XX月XX日", {"select": ["DJ2"]})
    assert len(diags) == 1 and diags[0].code == "DJ201"


def test_over_redaction_replaces_the_generic_finding():
    diags = lint_text("切实加强**形态工作。")
    assert [d.code for d in diags] == ["DJ206"] and "意识形态" in diags[0].message


def test_docx_highlight_comments_revisions_hidden(tmp_path):
    path = B.build(str(tmp_path / "r.docx"), [
        B.p(B.r("全年召开会议"), B.r("（待核实）", highlight="yellow"), B.r("次。")),
        B.p(B.r("取得"), B.ins("明显"), B.r("成效。")),
        B.p(B.comment_range(1, B.r("发展党员12名")), B.r("。")),
        B.p(B.r("正文"), B.r("此数据未经核实", vanish=True)),
        B.p(B.comment_range(2, B.r("会议x次"))),
        B.p(B.r("重点工作"), B.r("已完成", highlight="yellow")),
    ], comments=[(1, "审稿人", "数字请再核实"), (2, "起草人", "djlint: ignore DJ201")])
    diags = lint_path(path, {})
    got = sorted((d.code, d.line) for d in diags)
    assert ("DJ205", 1) in got and ("DJ204", 1) in got
    assert ("DJ703", 2) in got
    assert ("DJ704", 3) in got
    assert ("DJ705", 4) in got
    assert not any(code == "DJ201" for code, _ in got)  # silenced by the djlint: ignore comment
    assert ("DJ205", 6) not in got  # a highlight on ordinary text is not a placeholder
    c = next(d for d in diags if d.code == "DJ704")
    doc = read_path(path)
    p = doc.body[2]
    assert p.text[c.column - 1:c.end_column - 1] == "发展党员12名"


def test_comments_by_reviewers_are_counted_once_each(tmp_path):
    path = B.build(str(tmp_path / "c.docx"), [B.p(B.comment_range(1, B.r("甲"))), B.p(B.comment_range(2, B.r("乙")))],
                   comments=[(1, "甲", "意见一"), (2, "乙", "意见二")])
    assert [d.line for d in lint_path(path, {"select": ["DJ704"]})] == [1, 2]


def test_docx_core_formula_with_a_word_in_the_names_slot(tmp_path):
    # the slot and the formula in different runs, as Word stores a draft edited by hand
    path = B.build(str(tmp_path / "core.docx"), [
        B.p(B.r("紧密团结在以"), B.r("重要领导", highlight="yellow"), B.r("为核心的党中央周围。")),
        B.p(B.r("紧密团结在以"), B.r("习近平同志"), B.r("为核心的党中央周围。")),
        B.p(B.r("以党小组长为核心的学习小组"), B.r("每周开展集中学习。")),
    ])
    got = [(d.code, d.line, d.fix.replacement) for d in lint_path(path, {"select": ["DJ207"]})]
    assert got == [("DJ207", 1, "以习近平同志为核心")]


def test_docx_marks_between_the_characters_across_runs(tmp_path):
    path = B.build(str(tmp_path / "marks.docx"), [
        B.p(B.r("标语写着“中*国"), B.r("*共产*党万岁”。")),
        B.p(B.r("中国共产党*"), B.r("第一次全国代表大会在上海召开。")),
    ])
    got = [(d.code, d.line, d.fix.replacement) for d in lint_path(path, {"select": ["DJ206"]})]
    assert got == [("DJ206", 1, "中国共产党")]


def test_interleaved_stretches_are_what_the_backtracking_pattern_found():
    """DJ206's stretches of Han characters with marks between them: the possessive pattern that starts
    where a run of Han characters does finds what the first formulation (tried from every character,
    quadratic in a run with no mark) found, over random strings of Han characters, marks and others."""
    import random

    import regex

    from djlint.checks.placeholder.redaction import _INTERLEAVED

    first = regex.compile(r"\p{Han}(?:[*＊×]{1,2}(?=\p{Han})|\p{Han})*[*＊×]{1,2}\p{Han}(?:[*＊×]{1,2}(?=\p{Han})|\p{Han})*")
    rng = random.Random(206)
    alphabet = "中国共产党员〇𠀀*＊××x，。 a1\n"
    seen = 0
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        want = [m.span() for m in first.finditer(s)]
        seen += bool(want)
        assert [m.span() for m in _INTERLEAVED.finditer(s)] == want, s
    assert seen > 1000  # the strings hold stretches, not only misses
    for s in ("中*国*共产*党", "中国×××党×员", "××中×国", "习近平" * 50 + "×"):
        assert [m.span() for m in _INTERLEAVED.finditer(s)] == [m.span() for m in first.finditer(s)]


# polish13: a lone x in a table's column of figures is a number not filled in; an x among ✓ marks is a cross
def _table_findings(tmp_path, rows, span_first=False):
    path = str(tmp_path / "t.docx")
    B.build(path, [B.p(text="2024年度党建工作情况统计"), B.tbl(rows, span_first=span_first)])
    return [(d.line, d.message) for d in lint_path(path, {"select": ["DJ201"]})]


def test_lone_x_in_a_column_of_figures_is_found(tmp_path):
    rows = [["支部", "召开会议（次）", "备注"], ["第一支部", "12", "—"], ["第二支部", "x", "—"], ["第三支部", "15", "—"],
            ["第四支部", "9", "—"]]
    assert _table_findings(tmp_path, rows) == [(9, "未填写的占位符“x”，请填写实际数字")]
    rows[4][1] = "×"
    assert _table_findings(tmp_path, rows) == [(9, "未填写的占位符“x”，请填写实际数字"), (15, "未填写的占位符“×”，请填写实际数字")]


def test_lone_x_under_a_merged_heading_cell_is_found_on_the_grid(tmp_path):
    # the first row's heading spans two grid columns: the figures stand in grid column 2, under 会议（次）
    rows = [["支部与书记", "会议（次）"], ["第一支部", "张某", "12"], ["第二支部", "李某", "X"], ["第三支部", "王某", "8"]]
    assert _table_findings(tmp_path, rows, span_first=True) == [(9, "未填写的占位符“X”，请填写实际数字")]


@pytest.mark.parametrize("marks", [["✓", "x", "✓", "✓"], ["12", "x", "✓", "8"], ["是", "x", "否", "是"],
                                   ["✓", "×", "✓", "✓"], ["12", "✗", "15", "9"], ["x", "x", "x", "x"]])
def test_x_in_a_column_of_marks_or_words_is_a_cross(tmp_path, marks):
    rows = [["支部", "是否完成"]] + [[f"第{i + 1}支部", m] for i, m in enumerate(marks)]
    assert _table_findings(tmp_path, rows) == []


def test_lone_x_with_a_single_figure_beside_it_is_left(tmp_path):
    # one figure is no column of figures (a 2-row form: 应到 x 人 would be written in a sentence)
    assert _table_findings(tmp_path, [["项目", "数量"], ["会议", "12"], ["活动", "x"]]) == []
