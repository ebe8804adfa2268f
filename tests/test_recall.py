"""Recall on the classes real drafts showed (fixtures/recall/): every true case caught, every
look-alike silent, as .txt and as .docx (typed, auto-numbered and LibreOffice-written where
headings are involved); one finding per spot."""
import os
import shutil
import subprocess

import pytest

from djlint.lint import lint_path, lint_text
from fixtures import build_docx as B

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, "fixtures", "recall")
CLASSES = ["years", "placeholders", "punctuation", "residue", "enumerations", "grammar"]


def load(name: str):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    codes = lines[0].lstrip("# ").split()
    return codes, lines[1], [x for x in lines[2:] if x.strip()]


def by_line(diags, codes) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for d in diags:
        if d.code in codes and d.part == "body":
            out.setdefault(d.line, []).append(d.code)
    return out


def lint_lines_txt(title, cases, codes):
    return by_line(lint_text("\n".join([title, *cases]) + "\n", {"select": codes}), codes)


@pytest.mark.parametrize("cls", CLASSES)
def test_at_least_ten_of_each(cls):
    assert len(load(f"{cls}-true.txt")[2]) >= 10 and len(load(f"{cls}-lookalike.txt")[2]) >= 10


@pytest.mark.parametrize("cls", CLASSES)
def test_every_true_case_is_caught(cls):
    codes, title, cases = load(f"{cls}-true.txt")
    found = lint_lines_txt(title, cases, codes)
    missed = [case for i, case in enumerate(cases, start=2) if i not in found]
    assert missed == []


@pytest.mark.parametrize("cls", CLASSES)
def test_every_lookalike_is_silent(cls):
    codes, title, cases = load(f"{cls}-lookalike.txt")
    found = lint_lines_txt(title, cases, codes)
    assert {cases[i - 2]: c for i, c in found.items()} == {}


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("kind", ["true", "lookalike"])
def test_docx_gives_the_same_findings(tmp_path, cls, kind):
    codes, title, cases = load(f"{cls}-{kind}.txt")
    path = str(tmp_path / "case.docx")
    B.from_lines(path, [title, *cases], split=2)  # text split over many runs, as Word saves it
    assert by_line(lint_path(path, {"select": codes}), codes) == lint_lines_txt(title, cases, codes)


# -- headings however they are typed ------------------------------------------------------------

INDENTS = ["", "　　", "　", "\t", "  ", "\u00a0\u00a0", "\u3000\u3000\t", " ", "\u2002\u2002", "\ufeff"]


def report(indent: str, third: str = "三、2025年工作打算") -> list[str]:
    return ["2024年度机关党建工作情况报告", f"{indent}一、2024年工作情况", "全年开展集中学习12次。",
            f"{indent}二、存在问题", "理论学习的深度还不够。", f"{indent}{third}", "持续深化理论武装。"]


@pytest.mark.parametrize("indent", INDENTS, ids=[repr(i) for i in INDENTS])
def test_indented_headings_are_headings(indent):
    """A complete report is silent for structure and numbering however its headings are indented,
    and a wrong delimiter on an indented heading is still caught."""
    good = lint_text("\n".join(report(indent)) + "\n", {"select": ["DJ1", "DJ3"]})
    assert [(d.code, d.message) for d in good if d.severity != "info"] == []
    bad = lint_text("\n".join(report(indent, "四.2025年工作思路")) + "\n", {"select": ["DJ1", "DJ3"]})
    codes = sorted(d.code for d in bad if d.severity != "info")
    assert codes == ["DJ301", "DJ302"] or codes == ["DJ301"], [(d.code, d.message) for d in bad]
    assert not any(d.code == "DJ101" for d in bad), "the indented heading is found: nothing is missing"


INDENTED_LOOKALIKES = ["　　1000名党员参加了学习。", "　　2024年，支部建设取得新进展。", "　　一是加强学习，二是严格管理。",
                       "\t3.5%的增幅高于去年。", "　　十分重视党员教育。", "  一把手带头讲党课。",
                       "　　一流的服务赢得了群众。", "\u00a0\u00a012月召开民主生活会。", "　　二者相辅相成，缺一不可。",
                       "　　百分之九十以上的党员参加了培训。"]


@pytest.mark.parametrize("line", INDENTED_LOOKALIKES)
def test_indented_body_text_is_not_a_heading(line):
    lines = report("　　")
    lines.insert(2, line)
    diags = lint_text("\n".join(lines) + "\n", {"select": ["DJ1", "DJ3"]})
    assert [(d.code, d.message) for d in diags if d.severity != "info"] == []


def test_a_single_top_level_heading_is_judged_when_the_title_says_report():
    lines = ["2024年度机关党建工作情况报告", "一、2024年工作情况", "全年开展集中学习12次。"]
    diags = lint_text("\n".join(lines) + "\n", {"select": ["DJ101"]})
    assert len(diags) == 2  # no 存在问题, no 下一步打算
    assert lint_text("一、2024年工作情况\n全年开展集中学习12次。\n", {"select": ["DJ101"]}) == []


@pytest.mark.slow
@pytest.mark.parametrize("indent", ["　　", "\t"])
def test_indented_headings_in_auto_numbered_and_libreoffice_docx(tmp_path, indent):
    lines = report(indent, "四.2025年工作思路")
    typed = str(tmp_path / "typed.docx")
    B.from_lines(typed, lines)
    codes = sorted(d.code for d in lint_path(typed, {"select": ["DJ1", "DJ3"]}) if d.severity != "info")
    assert "DJ301" in codes and "DJ101" not in codes  # “四.” is read as a heading (DJ301 covers its delimiter too)
    auto = str(tmp_path / "auto.docx")
    B.from_lines(auto, report(indent), auto_numbering=True)
    assert [d.code for d in lint_path(auto, {"select": ["DJ1", "DJ3"]}) if d.severity != "info"] == []
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), typed],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    codes = sorted(d.code for d in lint_path(str(out / "typed.docx"), {"select": ["DJ1", "DJ3"]}) if d.severity != "info")
    assert "DJ301" in codes and "DJ101" not in codes  # “四.” is read as a heading (DJ301 covers its delimiter too)


# -- one finding per spot -----------------------------------------------------------------------

SPOTS = ["一、甲\n内容。\n二.乙\n内容。\n", "（一）甲\n内容。\n（二)乙\n内容。\n", "（一）甲\n内容。\n（二)乙\n内容。\n（四)丙\n内容。\n",
         "一、甲\n（一）、乙\n内容。\n", "（一）甲\n(二)乙\n内容。\n", "一.甲\n内容。\n二.乙\n内容。\n",
         "（一）甲\n内容。\n（三）乙\n内容。\n", "开展学习、研讨。。。\n", "要认真学习,,提高认识。\n", "任务完成,。\n",
         "一、甲\n内容。\n三.乙\n内容。\n", "（一）甲\n内容。\n（二）、乙\n内容。\n"]


@pytest.mark.parametrize("text", SPOTS)
def test_one_finding_and_one_fix_per_spot(text):
    diags = [d for d in lint_text(text, {"ignore": ["DJ1"]}) if d.paragraph is not None]
    for i, a in enumerate(diags):
        for b in diags[i + 1:]:
            same_place = a.line == b.line and a.start < max(b.end, b.start + 1) and b.start < max(a.end, a.start + 1)
            assert not same_place, f"{a.code} and {b.code} at one place: {a.message} / {b.message}"
    for d in diags:
        if d.fix is not None and d.code == "DJ301":
            assert d.fix.replacement in ("三、", "（三）", "二、", "（二）", "3.", "（3）"), d.fix.replacement


def test_placeholders_in_headers_and_footers(tmp_path):
    path = str(tmp_path / "hf.docx")
    B.build(path, [B.p(text="2024年度机关党建工作情况报告"), B.p(text="全年召开会议12次。")],
            header=[B.p(text="XX局党委办公室")], footer=[B.p(text="联系人：XX　电话：XXXX")])
    diags = [d for d in lint_path(path, {"select": ["DJ201"]})]
    assert sorted((d.part, d.snippet) for d in diags) == [("footer", "XX"), ("footer", "XXXX"), ("header", "XX")]
    assert all(d.message.startswith(("（页眉）", "（页脚）")) for d in diags)
