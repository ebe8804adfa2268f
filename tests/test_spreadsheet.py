"""The findings as a spreadsheet (issue 34): --format csv, the .xlsx workbook (read back with
openpyxl, opened with LibreOffice where installed), the web page's 下载汇总表, djlint audit --xlsx."""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

openpyxl = pytest.importorskip("openpyxl")

BIN = os.path.join(os.path.dirname(sys.executable), "djlint")
REPORT = ["2024年度党建工作报告", "一、工作情况", "全年召开会议x次,开展学习XX次。", "（一）加强学习", "（三）严格组织生活",
          "二、存在问题", "=学习不够深入,整改x项。", "三、下一步打算", "持续加强学习。"]
CLEAN = ["2024年度党建工作报告", "一、工作情况", "全年召开会议12次。", "二、存在问题", "学习不够深入。",
         "三、下一步打算", "持续加强学习。"]
SHEETS = ["问题明细", "按文件汇总", "按规则汇总"]


def run(*args, cwd=None):
    return subprocess.run([BIN, *map(str, args)], cwd=cwd, capture_output=True, timeout=600)


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "报告"
    src.mkdir()
    (src / "a.txt").write_text("\n".join(REPORT) + "\n", encoding="utf-8")
    (src / "b.txt").write_text("\n".join(CLEAN) + "\n", encoding="utf-8")
    (src / "坏.docx").write_bytes(b"PK\x03\x04 not a zip")
    return src


def as_json(*paths):
    return json.loads(run("--format", "json", "--no-cache", *paths).stdout)


@pytest.mark.slow
def test_csv_is_one_row_per_finding_with_chinese_heads_and_a_bom(folder, tmp_path):
    proc = run("--format", "csv", folder)  # to a pipe: bytes, BOM first
    assert proc.returncode == 2  # one file is unreadable
    assert proc.stdout.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8-sig"))))
    found = as_json(folder)
    assert len(rows) == len(found) > 3
    assert list(rows[0]) == ["文件", "位置", "行", "列", "结束行", "结束列", "代码", "规则", "类别", "级别", "说明", "原文",
                             "部位", "修改建议", "修改方式"]
    for row, d in zip(rows, found):
        assert (row["文件"], int(row["行"]), int(row["列"]), row["代码"], row["说明"]) == \
            (d["path"], d["line"], d["column"], d["code"], d["message"])
        assert row["级别"] == {"error": "错误", "warning": "警告", "info": "提示"}[d["severity"]]
        if d["fix"]:
            assert row["修改方式"] == ("可自动修复" if d["fix"]["safe"] else "建议（需人工确认）")
    by_code = {}
    for r in rows:
        by_code.setdefault(r["代码"], r)
    assert by_code["DJ301"]["修改建议"] == "改为“（二）”" and by_code["DJ501"]["修改方式"] == "可自动修复"
    assert by_code["DJ901"]["位置"] == "全文" and by_code["DJ201"]["位置"].startswith("第3行第")
    # -o 结果.csv without --format: the same table in a file, a BOM first
    assert run("-o", tmp_path / "结果.csv", folder).returncode == 2
    data = (tmp_path / "结果.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.decode("utf-8-sig") == proc.stdout.decode("utf-8-sig")


def test_a_cell_that_looks_like_a_formula_stays_text():
    from djlint.output.csv import row_of

    row = row_of({"path": "a.txt", "line": 1, "column": 1, "end_line": 1, "end_column": 2, "code": "DJ201",
                  "rule": "r", "category": "placeholder", "severity": "error", "message": "m",
                  "context": "=SUM(A1)", "part": "body", "fix": None})
    assert row[11] == "'=SUM(A1)"


def read_book(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


@pytest.mark.slow
def test_xlsx_has_three_sheets_read_back_with_openpyxl(folder, tmp_path):
    target = tmp_path / "结果.xlsx"
    proc = run(folder, "-o", target)
    assert proc.returncode == 2 and proc.stdout == b"" and "汇总表已写入" in proc.stderr.decode()
    book = read_book(target)
    assert list(book) == SHEETS
    found = as_json(folder)
    detail = book["问题明细"]
    assert detail[0] == ["文件", "位置", "代码", "规则", "类别", "级别", "说明", "原文", "修改建议", "修改方式"]
    assert [(r[0], r[2], r[6]) for r in detail[1:]] == [(d["path"], d["code"], d["message"]) for d in found]
    formula = next(r for r in detail[1:] if (r[7] or "").startswith("="))
    assert formula[7] == "=学习不够深入,整改x项。"  # text, not a formula
    files = {r[0]: r for r in book["按文件汇总"][1:]}
    a, b, bad = (str(folder / n) for n in ("a.txt", "b.txt", "坏.docx"))
    assert set(files) == {a, b, bad}
    head = book["按文件汇总"][0]
    assert files[a][1] == sum(1 for d in found if d["path"] == a) and files[a][head.index("状态")] is None
    assert files[b][1] == 0 and files[b][-1] == "未发现问题"
    assert files[bad][-1].startswith("无法读取：")
    assert files[a][head.index("错误")] == sum(1 for d in found if d["path"] == a and d["severity"] == "error")
    assert files[a][head.index("占位符")] == sum(1 for d in found if d["path"] == a and d["category"] == "placeholder")
    rules = {r[0]: r for r in book["按规则汇总"][1:]}
    assert set(rules) == {d["code"] for d in found}
    assert rules["DJ201"][4] == sum(1 for d in found if d["code"] == "DJ201") and rules["DJ201"][8] == 1
    assert rules["DJ201"][3]  # the rule's summary
    # --format xlsx needs a file
    proc = run("--format", "xlsx", folder)
    assert proc.returncode == 2 and "-o" in proc.stderr.decode() and proc.stdout == b""


def libreoffice_sheets(path, tmp_path) -> list[str] | None:
    """The sheet names LibreOffice reads from the workbook (None: no LibreOffice Calc here)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out = tmp_path / "lo"
    proc = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                           "--convert-to", "ods", "--outdir", str(out), str(path)], capture_output=True, timeout=300)
    ods = out / (path.stem + ".ods")
    if not ods.exists():
        if b"could not be loaded" in proc.stderr + proc.stdout:
            return None  # LibreOffice without Calc
        raise AssertionError(proc.stderr.decode())
    import re

    content = zipfile.ZipFile(ods).read("content.xml").decode()
    return re.findall(r'<table:table table:name="([^"]+)"', content)


@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
def test_a_200_file_run_exports_a_workbook_libreoffice_opens(tmp_path):
    src = tmp_path / "二百份"
    src.mkdir()
    for i in range(200):
        lines = [f"{2015 + i % 10}年度党建工作报告", "一、工作情况", f"全年召开会议{'x' if i % 3 else i}次,开展学习。"]
        (src / f"r{i:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "汇总.xlsx"
    proc = run(src, "-o", target)
    assert proc.returncode == 1, proc.stderr.decode()
    book = read_book(target)
    assert list(book) == SHEETS
    assert len(book["按文件汇总"]) == 201
    assert len(book["问题明细"]) - 1 == len(as_json(src))
    sheets = libreoffice_sheets(target, tmp_path)
    if sheets is None:
        pytest.skip("LibreOffice Calc is not installed")
    assert sheets == SHEETS


@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
def test_audit_writes_the_same_workbook(folder, tmp_path):
    pytest.importorskip("distributed")
    target = tmp_path / "审计.xlsx"
    proc = run("audit", folder, "--out", tmp_path / "res", "--workers", "1", "--format", "jsonl", "--xlsx", target)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "汇总表已写入" in proc.stderr.decode()
    book = read_book(target)
    assert list(book) == SHEETS
    found = as_json(folder)
    real = {str(folder / n): os.path.realpath(folder / n) for n in ("a.txt", "b.txt", "坏.docx")}
    assert sorted((r[0], r[2], r[6]) for r in book["问题明细"][1:]) == \
        sorted((real[d["path"]], d["code"], d["message"]) for d in found)
    assert {r[0] for r in book["按文件汇总"][1:]} == set(real.values())


@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
def test_the_web_page_offers_the_workbook_of_every_upload():
    pytest.importorskip("flask")
    from djlint.web.app import create_app

    app = create_app(workers=1)
    client = app.test_client()
    try:
        ids = []
        for name, lines in (("a.txt", REPORT), ("b.txt", CLEAN)):
            data = {"files": [(io.BytesIO(("\n".join(lines) + "\n").encode()), name)]}
            res = client.post("/api/check", data=data, content_type="multipart/form-data",
                              headers={"X-Djlint-Request": "1"}).get_json()["files"][0]
            ids.append(res["id"])
        resp = client.get("/download/report?ids=" + ",".join(ids))
        assert resp.status_code == 200 and resp.content_type.startswith("application/vnd.openxmlformats")
        assert "attachment" in resp.headers["Content-Disposition"]
        wb = openpyxl.load_workbook(io.BytesIO(resp.data))
        assert wb.sheetnames == SHEETS
        files = [r[0] for r in wb["按文件汇总"].iter_rows(min_row=2, values_only=True)]
        assert files == ["a.txt", "b.txt"]
        assert {r[2] for r in wb["问题明细"].iter_rows(min_row=2, values_only=True)} >= {"DJ201", "DJ301"}
        assert client.get("/download/report?ids=nokey").status_code == 404
        assert client.get("/download/report").status_code == 404
    finally:
        app.extensions["djlint_pool"].shutdown()
    page = open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "djlint", "web",
                             "page.html"), encoding="utf-8").read()
    assert "下载汇总表" in page
