"""djlint serve: the page's API with Flask's test client, and the whole page in a real headless
Chromium (Debian's chromium + chromedriver with Selenium; skipped cleanly where absent)."""
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import zipfile

import pytest

flask = pytest.importorskip("flask")
pytest.importorskip("waitress")

from djlint.lint import lint_path  # noqa: E402
from djlint.web.app import create_app  # noqa: E402
from fixtures import build_docx as B  # noqa: E402

DRAFT = ["2024年度机关党建工作情况报告", "一、2024年工作情况", "全年召开会议x次,开展专题学习XX次。",
         "二、存在问题", "学习不够深入。", "四、2025年工作打算", "持续加强理论学习。"]


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("web") / "草稿.docx")
    B.from_lines(path, DRAFT, split=2)
    return path


@pytest.fixture(scope="module")
def client():
    app = create_app(workers=2)
    yield app.test_client()
    app.extensions["djlint_pool"].shutdown()


def upload(client, *files, **form):
    data = {"files": [(io.BytesIO(content), name) for name, content in files], **form}
    return client.post("/api/check", data=data, content_type="multipart/form-data")


def shape(items):
    return [(d["code"], d["line"], d["column"], d["message"]) for d in items]


def test_page_is_chinese_and_self_contained(client):
    html = client.get("/").get_data(as_text=True)
    assert "开始检查" in html and "报告类型" in html and "work-report" in html
    assert "http://" not in html and "https://" not in html and "<script src" not in html and "<link" not in html


def test_findings_are_the_command_lines(client, draft):
    with open(draft, "rb") as fh:
        res = upload(client, ("草稿.docx", fh.read())).get_json()["files"][0]
    expected = [d.to_dict() for d in lint_path(draft, {})]
    assert shape(res["findings"]) == shape(expected)
    assert res["counts"]["error"] == sum(1 for d in expected if d["severity"] == "error")
    flagged = next(f for f in res["findings"] if f["code"] == "DJ201")
    assert flagged["excerpt"]["flagged"] == "x" and flagged["section"].startswith("一、")


def test_both_copies_download_and_open(client, draft):
    import docx

    with open(draft, "rb") as fh:
        key = upload(client, ("草稿.docx", fh.read())).get_json()["files"][0]["id"]
    annotated = client.get(f"/download/{key}/annotated")
    assert annotated.status_code == 200 and "attachment" in annotated.headers["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(annotated.data)) as z:
        comments = z.read("word/comments.xml").decode()
    assert "DJ201" in comments and 'w:author="djlint"' in comments
    fixed = client.get(f"/download/{key}/fixed")
    with zipfile.ZipFile(io.BytesIO(fixed.data)) as z:
        body = z.read("word/document.xml").decode()
    assert "<w:ins " in body and "<w:del " in body and 'w:author="djlint"' in body
    docx.Document(io.BytesIO(fixed.data))  # opens


def test_text_files_get_a_fixed_copy(client):
    res = upload(client, ("a.txt", "全年召开会议12次,开展学习。\n".encode())).get_json()["files"][0]
    assert client.get(f"/download/{res['id']}/fixed").data.decode() == "全年召开会议12次，开展学习。\n"


@pytest.mark.parametrize("name,content,message", [
    ("坏.docx", b"PK\x03\x04 not really a zip", "坏.docx: "),
    ("空.docx", b"", "空.docx: "),
    ("表.xlsx", b"whatever", "只能检查 .docx、.txt、.md"),
    ("旧.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "旧.docx: "),
])
def test_broken_files_get_the_one_line_message(client, name, content, message):
    res = upload(client, (name, content)).get_json()["files"][0]
    assert res["error"] and message in res["error"] and "Traceback" not in res["error"] and "\n" not in res["error"]


def test_report_type_and_year_are_choices(client):
    text = "一、工作情况\n全年召开会议12次。\n".encode()
    res = upload(client, ("a.txt", text), profile="shuzhi", year="2024").get_json()["files"][0]
    assert any("述职" in f["message"] for f in res["findings"])
    res = upload(client, ("a.txt", text), profile="nonsense").get_json()["files"][0]
    assert "nonsense" in res["error"]


def test_token_and_size_limit():
    app = create_app(token="s3cret", max_upload=1024, workers=1)
    c = app.test_client()
    try:
        assert c.get("/").status_code == 403
        assert c.get("/?token=s3cret").status_code == 200
        big = c.post("/api/check?token=s3cret", data={"files": [(io.BytesIO(b"x" * 4096), "a.txt")]},
                     content_type="multipart/form-data")
        assert big.status_code == 413 and "上限" in big.get_json()["files"][0]["error"]
    finally:
        app.extensions["djlint_pool"].shutdown()


def test_serve_without_the_extra_says_what_to_install(monkeypatch):
    from click.testing import CliRunner

    from djlint.cli import main

    monkeypatch.setitem(sys.modules, "djlint.web.app", None)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 2 and "dangjian-lint[web]" in result.stderr


# -- the real page in a real browser ---------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    exe = os.path.join(os.path.dirname(sys.executable), "djlint")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))}
    proc = subprocess.Popen([exe, "serve", "--port", str(port)], stderr=subprocess.PIPE, env=env)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _multipart(name: str, content: bytes):
    boundary = "djlintboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def test_two_uploads_at_once_both_complete(server, draft):
    with open(draft, "rb") as fh:
        small = fh.read()
    big = ("\n".join(DRAFT * 400) + "\n").encode()  # a long text beside a normal draft
    results = {}

    def post(name, content):
        body, ctype = _multipart(name, content)
        req = urllib.request.Request(server + "api/check", data=body, headers={"Content-Type": ctype})
        results[name] = json.loads(urllib.request.urlopen(req, timeout=120).read())["files"][0]

    threads = [threading.Thread(target=post, args=a) for a in (("big.txt", big), ("草稿.docx", small))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results["草稿.docx"]["error"] is None and results["big.txt"]["error"] is None
    assert results["草稿.docx"]["counts"]["error"] >= 1


def _browser(download_dir):
    webdriver = pytest.importorskip("selenium.webdriver")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,1000", f"--user-data-dir={download_dir}/profile"):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"download.default_directory": str(download_dir),
                                           "download.prompt_for_download": False})
    return webdriver.Chrome(service=Service(driver_path), options=opts)


def _wait(predicate, seconds=60):
    end = time.time() + seconds
    while time.time() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out")


def test_in_a_real_browser(server, draft, tmp_path):
    from selenium.webdriver.common.by import By

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser = _browser(downloads)
    try:
        browser.get(server)
        browser.find_element(By.ID, "files").send_keys(draft)
        browser.find_element(By.ID, "submit").click()
        rows = _wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".finding"))
        expected = [d.to_dict() for d in lint_path(draft, {})]
        assert [r.get_attribute("data-code") for r in rows] == [d["code"] for d in expected]
        assert browser.find_element(By.ID, "n-error").text == str(sum(d["severity"] == "error" for d in expected))
        assert browser.find_element(By.CSS_SELECTOR, ".finding mark").text == "x"
        if os.environ.get("DJLINT_SCREENSHOT"):
            browser.save_screenshot(os.environ["DJLINT_SCREENSHOT"])
        # filters hide a severity
        browser.find_element(By.CSS_SELECTOR, "#filters input[value=error]").click()
        assert all(not r.is_displayed() for r in rows if r.get_attribute("data-sev") == "error")
        browser.find_element(By.CSS_SELECTOR, "a.dl-annotated").click()
        browser.find_element(By.CSS_SELECTOR, "a.dl-fixed").click()
        done = _wait(lambda: sorted(p.name for p in downloads.iterdir() if p.suffix == ".docx") if len(
            [p for p in downloads.iterdir() if p.suffix == ".docx"]) == 2 else None)
        assert set(done) == {"草稿.批注版.docx", "草稿.修订版.docx"}
        with zipfile.ZipFile(downloads / "草稿.批注版.docx") as z:
            assert "DJ201" in z.read("word/comments.xml").decode()
        with zipfile.ZipFile(downloads / "草稿.修订版.docx") as z:
            assert "<w:ins " in z.read("word/document.xml").decode()
        # a broken file shows its message on the page
        broken = tmp_path / "坏.docx"
        broken.write_bytes(b"PK\x03\x04 broken")
        browser.find_element(By.ID, "files").send_keys(str(broken))
        browser.find_element(By.ID, "submit").click()
        err = _wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".file .error"))
        assert err[0].text.startswith("坏.docx: ")
    finally:
        browser.quit()
