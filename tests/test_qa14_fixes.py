"""qa14: the fixes and comments of the newer rules (DJ612-DJ616, DJ601, DJ603, DJ505, DJ441/DJ443/DJ444,
DJ311, DJ503, DJ434/DJ436) on the 工作总结 fixtures/qa14_fixes.py builds with python-docx: runs split
mid-word, a table cell, the header, a w:hyperlink, text after and inside a reviewer's tracked insertion,
Word automatic numbering. The .docx must say what its plain-text twin says, at the same places, and
its --fix must read (tracked changes accepted) as the text's --fix."""
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from fixtures import qa14_fixes

pytest.importorskip("docx")

BIN = os.path.join(os.path.dirname(sys.executable), "djlint")
#: what each finding names, in the text's order (the words a 批注 must sit on)
NAMED = [("DJ311", "四是"), ("DJ505", "《中国共产党纪律处分条例》"), ("DJ612", "2026.6.28"), ("DJ613", "星期四"),
         ("DJ614", "１０５"), ("DJ612", "2026.7.15"), ("DJ612", "2026.9.20"), ("DJ601", "90-95%"), ("DJ614", "３"),
         ("DJ615", "3千"), ("DJ615", "3-5千"), ("DJ601", "5-10万"), ("DJ616", "百分之八十五"), ("DJ441", "再次重申"),
         ("DJ444", "通过此次警示教育，使"), ("DJ443", "原因是理论学习不深入造成的"), ("DJ503", "《"),
         ("DJ434", "104"), ("DJ436", "“十四五”收官之年"), ("DJ603", "27年")]


def run(*args):
    return subprocess.run([BIN, "--no-cache", *map(str, args)], capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("qa14")
    qa14_fixes.main([str(base)])
    return base / "工作 总结"


def findings(path):
    return json.loads(run("--format", "json", path).stdout)


@pytest.mark.slow
def test_each_finding_names_the_same_words_in_the_docx_and_its_text(folder):
    lines = (folder / "draft.txt").read_text(encoding="utf-8").splitlines()
    text = findings(folder / "draft.txt")
    assert [(d["code"], lines[d["line"] - 1][d["column"] - 1:d["end_column"] - 1]) for d in text] == NAMED
    docx = [d for d in findings(folder / "word.docx") if d["code"] != "DJ703"]
    body = [d for d in docx if d["part"] == "body"]
    assert [(d["code"], d["line"], d["column"], d["end_column"]) for d in body] == \
        [(d["code"], d["line"], d["column"], d["end_column"]) for d in text]
    header = [d for d in docx if d["part"] == "header"]
    assert [(d["code"], d["column"], d["end_column"], d["fix"]["replacement"]) for d in header] == [("DJ614", 10, 14, "2026")]


def test_comments_sit_on_the_words_each_finding_names(folder, tmp_path):
    out = tmp_path / "批注 稿.docx"
    before = (folder / "word.docx").read_bytes()
    assert run("--annotate-to", out, folder / "word.docx").returncode == 1
    assert (folder / "word.docx").read_bytes() == before
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    spans, opened = {}, set()
    for el in etree.fromstring(zipfile.ZipFile(out).read("word/document.xml")).iter():
        key = el.get(w + "id")
        if el.tag == w + "commentRangeStart":
            opened.add(key)
            spans[key] = ""
        elif el.tag == w + "commentRangeEnd":
            opened.discard(key)
        elif el.tag == w + "t":
            for k in opened:
                spans[k] += el.text or ""
    comments = etree.fromstring(zipfile.ZipFile(out).read("word/comments.xml"))
    said = [(c.get(w + "id"), "".join(t.text or "" for t in c.iter(w + "t"))) for c in comments.iter(w + "comment")]
    named = [(text[:5], spans[key]) for key, text in said if text[:5] in {code for code, _ in NAMED}]
    assert named == NAMED


@pytest.mark.slow
def test_the_fixed_docx_reads_as_the_fixed_text(folder, tmp_path):
    from djlint.document import read_path

    text, docx = tmp_path / "总结.txt", tmp_path / "总结.docx"
    shutil.copy(folder / "draft.txt", text)
    shutil.copy(folder / "word.docx", docx)
    assert run("--fix", text).returncode == 1
    res = run("--fix", docx)
    assert "1 处修复未能自动应用" in res.stderr.decode()  # 再次重申: 再次 is the reviewer's insertion
    fixed = text.read_text(encoding="utf-8").splitlines()
    assert "每户3000-5000元" in fixed and "全年慰问困难党员和群众3千余人次" in fixed[10]  # DJ615 waits for DJ614's 3
    read = [p.text for p in read_path(str(docx)).paragraphs if p.part == "body"]
    left = fixed.index("（三）严明纪律规矩。会上，支部书记重申廉洁纪律要求。")
    assert read[left] == "（三）严明纪律规矩。会上，支部书记再次重申廉洁纪律要求。"
    assert read[:left] + read[left + 1:] == fixed[:left] + fixed[left + 1:]
    header = zipfile.ZipFile(docx).read("word/header1.xml").decode()
    assert 'w:author="djlint"' in header and "２０２６" in header  # a revision: the old digits kept as deleted text


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_libreoffice_round_trip_says_the_same(tmp_path):
    qa14_fixes.main([str(tmp_path), "--soffice"])
    folder = tmp_path / "工作 总结"
    shape = [(d["code"], d["line"], d["column"], d["end_column"], d["part"]) for d in findings(folder / "word.docx")]
    assert [(d["code"], d["line"], d["column"], d["end_column"], d["part"]) for d in findings(folder / "lo.docx")] == shape


def test_fixes_cross_the_marks_word_leaves_between_runs(folder, tmp_path):
    """A proofing mark, the _GoBack bookmark (nearly every file Word saves has one) or a reviewer's 批注
    starting or ending inside a fix's span made the fix be left, with a note naming overlaps, fields,
    footnotes, text boxes as the reasons. The deletion now goes round the marks; the 批注 stay."""
    from djlint.document import read_path

    path = tmp_path / "审阅 稿.docx"
    shutil.copy(folder / "marks.docx", path)
    res = run("--fix", path)
    assert "未能自动应用" not in res.stderr.decode() and "已修复 4 处" in res.stdout.decode(), res.stderr.decode()
    assert [p.text for p in read_path(str(path)).paragraphs if p.part == "body"] == qa14_fixes.MARKS_FIXED
    package = zipfile.ZipFile(path)
    body = package.read("word/document.xml").decode()
    assert body.count('w:name="_GoBack"') == 1 and body.count("<w:proofErr") == 2
    assert body.count("<w:commentReference") == 2 and "日期请核实" in package.read("word/comments.xml").decode()
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert not [ref for ref in etree.fromstring(package.read("word/document.xml")).iter(w + "commentReference")
                if any(a.tag == w + "del" for a in ref.iterancestors())]  # accepting must not delete a 批注
    again = [d for d in findings(path) if d["code"] == "DJ703"]
    assert len(again) == 1 and "留下的 4 处修订" in again[0]["message"]


@pytest.mark.slow
def test_a_second_fix_on_djlints_own_revisions_says_to_accept_them_first(folder, tmp_path):
    """３千 → 3千 (DJ614) leaves 3千 for DJ615, and 3000-5000 for DJ601: on a second --fix they fall on
    djlint's own insertions, not yet accepted. The note blamed 他人尚未接受的修订; it now says what to do."""
    path = tmp_path / "总结.docx"
    shutil.copy(folder / "word.docx", path)
    run("--fix", path)
    err = run("--fix", path).stderr.decode()
    assert "2 处修复落在 djlint 上次留下、还没有接受的修订上" in err and "接受（或拒绝）作者为 djlint 的修订" in err, err
    assert "1 处修复未能自动应用" in err, err  # 再次重申, across the reviewer's own insertion
