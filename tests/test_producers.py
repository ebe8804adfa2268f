"""Documents written by other producers (LibreOffice, pandoc) read the same as ours.

Skipped cleanly where the producer is not installed (.ci/run installs both when it can)."""
import shutil
import subprocess

import pytest

from djlint import lint_path
from djlint.document import read_path

DRAFT = ["关于2024年度党建工作情况的报告", "", "一、主要工作情况", "全年共召开党委会议x次，开展专题学习XX次。",
         "二、存在的问题", "理论学习还不够深入。", "三、下一步工作打算", "持续深化理论武装。"]


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_docx_from_text(tmp_path):
    src = tmp_path / "lo.txt"
    src.write_text("\n".join(DRAFT) + "\n", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", str(src), "--outdir",
                    str(tmp_path / "out")], check=True, capture_output=True, timeout=180)
    path = tmp_path / "out" / "lo.docx"
    doc = read_path(str(path))
    assert [p.text for p in doc.body] == DRAFT
    txt = [(d.line, d.column, d.code) for d in lint_path(src, {})]
    assert [(d.line, d.column, d.code) for d in lint_path(path, {})] == txt == [(4, 10, "DJ201"), (4, 19, "DJ201")]


@pytest.mark.skipif(not shutil.which("pandoc"), reason="pandoc is not installed")
def test_pandoc_docx_numbering_and_tables(tmp_path):
    md = tmp_path / "p.md"
    md.write_text("# 报告\n\n1. 全年召开会议x次\n2. 第二项\n\n| 项目 | 次数 |\n|---|---|\n| 会议 | XX |\n", encoding="utf-8")
    out = tmp_path / "p.docx"
    subprocess.run(["pandoc", str(md), "-o", str(out)], check=True, capture_output=True, timeout=120)
    doc = read_path(str(out))
    assert [p.text for p in doc.body] == ["报告", "1.全年召开会议x次", "2.第二项", "项目", "次数", "会议", "XX"]
    assert [d.code for d in lint_path(out, {})] == ["DJ201", "DJ201"]


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_annotate_and_fix_a_libreoffice_docx(tmp_path, run_cli):
    """LibreOffice writes no comments part and no CommentReference style: both are created."""
    import docx

    src = tmp_path / "lo.txt"
    src.write_text("\n".join(DRAFT + ["全年开展学习4次,撰写心得12篇."]) + "\n", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", str(src), "--outdir",
                    str(tmp_path)], check=True, capture_output=True, timeout=180)
    path = str(tmp_path / "lo.docx")
    code, _out, err = run_cli("--annotate", path)
    assert code == 1, err
    annotated = docx.Document(str(tmp_path / "lo.djlint.docx"))
    assert len([c for c in annotated.comments if c.author == "djlint"]) >= 3
    code, out, err = run_cli("--fix", path)
    assert "已修复 2 处" in out, out + err
    assert "全年开展学习4次，撰写心得12篇。" in [p.text for p in read_path(path).body]
