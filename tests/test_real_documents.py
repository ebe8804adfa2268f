"""qa11: djlint as its users run it, end to end through the installed console script, on the
documents fixtures/qa11_real.py builds (python-docx, XML with tracked changes and 批注, GBK text,
a folder with a space and Chinese characters in its name, and the broken files office staff send)."""
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from urllib.parse import unquote

import pytest

from fixtures import qa11_real

BIN = os.path.join(os.path.dirname(sys.executable), "djlint")
BROKEN = ["empty.docx", "empty.txt", "encrypted.docx", "fake.docx", "notzip.docx", "truncated.docx"]


def run(*args, cwd=None):
    return subprocess.run([BIN, "--no-cache", *map(str, args)], cwd=cwd, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("qa11")
    qa11_real.main([str(base)])
    return base / "报告 材料"


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_mixed_folder_reports_each_broken_file_in_one_line_and_lints_the_rest(folder):
    res = run("--format", "json", folder.name, cwd=folder.parent)
    err = res.stderr.decode()
    assert res.returncode == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert sorted(line.split(": ")[1].split("/")[-1] for line in lines) == BROKEN, err
    found = json.loads(res.stdout)
    linted = {os.path.basename(d["path"]) for d in found if d["code"] != "DJ901"}
    assert {"word.docx", "marked.docx", "gbk.txt", "draft.txt"} <= linted
    codes = {(os.path.basename(d["path"]), d["code"], d["part"]) for d in found}
    assert {("marked.docx", "DJ703", "body"), ("marked.docx", "DJ704", "body"), ("marked.docx", "DJ201", "footnote"),
            ("marked.docx", "DJ201", "textbox"), ("word.docx", "DJ202", "header"), ("gbk.txt", "DJ201", "body")} <= codes


def test_sarif_uri_is_a_uri_reference_for_a_folder_with_a_space_and_chinese_name(folder):
    """SARIF 2.1.0 §3.10.2: artifactLocation.uri is an RFC 3986 URI reference; GitHub code scanning
    and the SARIF validators reject a raw space.  Percent-encoded, it decodes back to the path."""
    res = run("--format", "sarif", f"{folder.name}/draft.txt", f"{folder.name}/word.docx", cwd=folder.parent)
    assert res.returncode == 1, res.stderr.decode()
    sarif = json.loads(res.stdout)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"] for loc in r["locations"]}
    assert {unquote(u) for u in uris} == {f"{folder.name}/draft.txt", f"{folder.name}/word.docx"}
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%")
    assert all(set(u) <= allowed for u in uris), uris


def test_sarif_uri_of_an_absolute_path_is_relative_to_the_working_folder(folder):
    res = run("--format", "sarif", folder / "draft.txt", cwd=folder)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(res.stdout)["runs"][0]["results"] for loc in r["locations"]}
    assert uris == {"draft.txt"}


@pytest.mark.slow
def test_annotate_and_fix_open_again_and_leave_the_original_byte_identical(folder, tmp_path):
    docx = pytest.importorskip("docx")
    before = digest(folder)
    for name in ("word.docx", "marked.docx"):
        out = tmp_path / f"审阅 {name}"
        res = run("--annotate-to", out, folder / name)
        assert res.returncode == 1, res.stderr.decode()
        docx.Document(str(out))
        comments = zipfile.ZipFile(out).read("word/comments.xml").decode()
        assert comments.count('w:author="djlint"') >= 4 and ('办公室' in comments or '审稿人' in comments)
    copy = tmp_path / "修订 marked.docx"
    copy.write_bytes((folder / "marked.docx").read_bytes())
    res = run("--fix", copy)
    assert res.returncode == 1 and "Traceback" not in res.stderr.decode()
    body = zipfile.ZipFile(copy).read("word/document.xml").decode()
    assert 'w:author="djlint"' in body and '审稿人' in body  # the fix is a revision beside the reviewer's
    docx.Document(str(copy))
    assert digest(folder) == before


def _interrupt(args, cwd, after=1.0):
    proc = subprocess.Popen([BIN, "--no-cache", *map(str, args)], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(after)
    assert proc.poll() is None, "the run ended before the Ctrl+C could be sent"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl+C does: the whole process group, workers too
    _out, err = proc.communicate(timeout=120)
    return proc.returncode, err.decode()


@pytest.mark.slow
@pytest.mark.parametrize("extra", [[], ["--jobs", "1"], ["--annotate"]])
def test_ctrl_c_ends_with_one_line_and_exit_130(folder, tmp_path, extra):
    """Ctrl+C on `djlint 文件夹` printed a traceback from the main process and from every worker
    (exit -2); with --annotate click said 已中止。 but exited 1, the code for 'problems found'."""
    many = tmp_path / "很多 文稿"
    many.mkdir()
    data = (folder / "word.docx").read_bytes()
    for i in range(1500):
        (many / f"稿{i}.docx").write_bytes(data)
    code, err = _interrupt([*extra, many.name], tmp_path)
    assert code == 130, err
    assert err.strip().splitlines()[-1] == "已中止。" and "Traceback" not in err, err
    assert not [p for p in many.iterdir() if not p.name.endswith(".docx")]  # no temporary file left
    for p in many.glob("*.djlint.docx"):
        zipfile.ZipFile(p).testzip()


def test_a_folder_of_old_word_files_is_not_reported_clean(tmp_path):
    """`djlint 报告/` on a folder holding only .doc/.wps files said 检查了 0 个文件，未发现问题 (exit 0),
    and in a mixed folder the .doc files were passed over without a word: each is now one line
    naming it and saying to save it as .docx (exit 2), the others linted; exclude still applies,
    and a PDF beside the drafts (the exported final) stays out of it."""
    folder = tmp_path / "旧 文稿"
    folder.mkdir()
    (folder / "一.doc").write_bytes(qa11_real.OLE_MAGIC + b"\x00" * 1024)
    (folder / "二.wps").write_bytes(qa11_real.OLE_MAGIC + b"\x00" * 1024)
    (folder / "~$一.doc").write_bytes(b"\x00" * 162)  # Word's lock file
    (folder / "定稿.pdf").write_bytes(b"%PDF-1.4\n")
    res = run(folder.name, cwd=tmp_path)
    err = res.stderr.decode()
    assert res.returncode == 2 and "未发现问题" not in res.stdout.decode(), (res.stdout.decode(), err)
    assert sorted(err.strip().splitlines()) == [
        f"djlint: {folder.name}/一.doc: 这是旧版 Word 97-2003（.doc）文件，djlint 只读 .docx；请在 Word/WPS 中另存为 .docx 后再检查",
        f"djlint: {folder.name}/二.wps: 这是 WPS 旧格式（.wps）文件，djlint 只读 .docx；请在 WPS 中另存为 .docx 后再检查"]
    (folder / "三.txt").write_text("2024年度党建工作总结\n一、工作情况\n全年召开会议XX次。\n", encoding="utf-8")
    res = run("--format", "json", folder.name, cwd=tmp_path)
    assert res.returncode == 2
    found = json.loads(res.stdout)
    assert {(os.path.basename(d["path"]), d["code"]) for d in found} >= {("一.doc", "DJ901"), ("三.txt", "DJ201")}
    (folder / ".djlint.yaml").write_text("exclude: ['*.doc', '*.wps']\n", encoding="utf-8")
    res = run(folder.name, cwd=tmp_path)
    assert res.returncode == 1 and not res.stderr.decode().strip(), res.stderr.decode()


def test_fix_inside_a_reviewers_tracked_insertion_is_left_and_the_note_says_why(tmp_path):
    """The fixes djlint applies as revisions match --fix on the same text, run boundaries or not;
    one inside a reviewer's tracked insertion is left alone (the insertion is the reviewer's), and
    the one-line note named only overlaps, fields, footnotes and text boxes as the reasons."""
    from fixtures.build_docx import build, dele, ins, p, r

    path = build(str(tmp_path / "审阅稿.docx"), [
        p(r("关于2024年度党建工作情况的报告")),
        p(r("2024年"), ins(",机关党委认真落实主体责任 ,", rid=801), r("各项工作取得新成效"), dele("较好", rid=802), r(".")),
        p(r("一、工作情况")), p(r("全年召开会议12次,开展学习3次。"))])
    res = run("--fix", path)
    err = res.stderr.decode()
    assert "2 处修复未能自动应用" in err and "他人尚未接受的修订" in err, err
    body = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert ",机关党委认真落实主体责任 ," in body and body.count('w:author="djlint"') == 4, body  # two fixes outside it, each a deletion and an insertion


def test_a_table_after_the_signature_does_not_hide_the_closing(tmp_path):
    """A correct 主体责任 report, each paragraph in runs of two characters as Word splits them, with
    a table of figures after the date (with or without 附件：): DJ108 read the table's six cells as
    the last six paragraphs and said 特此报告 was missing."""
    docx = pytest.importorskip("docx")
    lines = ["中共某某县审计局党组关于2024年度落实全面从严治党主体责任情况的报告", "县委：",
             "一、履行主体责任情况", "全年召开党组会议研究党建工作8次，开展专题研讨4次。", "二、存在的问题",
             "日常监督还需加强。", "三、下一步工作打算", "持续加强党风廉政建设。", "特此报告。",
             "中共某某县审计局党组", "2025年1月8日"]
    for label in (None, "附件：2024年度党建工作情况统计表"):
        d = docx.Document()
        for line in lines + ([label] if label else []):
            para = d.add_paragraph()
            for i in range(0, len(line), 2):
                para.add_run(line[i:i + 2])
        table = d.add_table(rows=2, cols=3)
        for i, v in enumerate(["项目", "次数", "人次", "专题党课", "4", "137"]):
            table.cell(i // 3, i % 3).text = v
        path = tmp_path / f"报告{bool(label)}.docx"
        d.save(str(path))
        res = run("--format", "json", "--select", "DJ1", path)
        assert res.returncode == 0 and json.loads(res.stdout) == [], res.stdout.decode()


@pytest.mark.parametrize("name", ["空白.txt", "空白.md"])
def test_an_empty_text_draft_is_told_as_an_empty_docx_is(tmp_path, name):
    """A 0-byte .txt said 未发现问题 (exit 0) where an empty .docx, and the same .txt uploaded to
    the web page, say 文件为空（0 字节）."""
    (tmp_path / name).write_bytes(b"")
    (tmp_path / "稿.txt").write_text("全年召开会议XX次。\n", encoding="utf-8")
    res = run(name, "稿.txt", cwd=tmp_path)
    assert res.returncode == 2 and res.stderr.decode().strip() == f"djlint: {name}: 文件为空（0 字节）"
    assert "稿.txt" in res.stdout.decode()
