"""Issue 34: what a new user still trips over, each through the installed console script."""
import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from fixtures import build_docx as B

BIN = os.path.join(os.path.dirname(sys.executable), "djlint")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
REPORT = ["2024年度党建工作报告", "一、工作情况", "全年召开会议12次。", "二、存在问题", "学习不够深入。",
          "三、下一步打算", "持续加强学习。"]


def run(*args, cwd=None, env=None, input=None):
    return subprocess.run([BIN, *map(str, args)], cwd=cwd, env={**os.environ, **(env or {})}, input=input,
                          capture_output=True, timeout=300)


def write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def hide(tmp_path, *modules):
    """PYTHONPATH with stand-ins that fail to import as a missing module does."""
    stubs = tmp_path / "stubs"
    for name in modules:
        pkg = stubs / name
        pkg.mkdir(parents=True, exist_ok=True)
        (pkg / "__init__.py").write_text(f"raise ModuleNotFoundError({'No module named ' + name!r}, name={name!r})\n")
    return {"PYTHONPATH": str(stubs)}


# 1. every optional extra missing: one line naming the install command, exit 2 ------------------

@pytest.mark.parametrize("hidden, args, what", [
    (("distributed",), ["audit", "{src}", "--out", "{out}"], "档案审计"),
    (("pyarrow",), ["audit", "{src}", "--out", "{out}"], "档案审计"),
    (("flask",), ["serve", "--port", "1"], "网页功能"),
    (("openpyxl",), ["-o", "{out}.xlsx", "{src}"], "汇总表（.xlsx）"),
    (("openpyxl",), ["--format", "xlsx", "-o", "{out}.xlsx", "{src}"], "汇总表（.xlsx）"),
    (("openpyxl",), ["audit", "{src}", "--out", "{out}", "--format", "jsonl", "--xlsx", "{out}.xlsx"], "汇总表（.xlsx）"),
])
def test_a_missing_extra_is_one_line_naming_the_install_command(tmp_path, hidden, args, what):
    src = tmp_path / "src"
    src.mkdir()
    write(src / "a.txt", REPORT)
    args = [a.format(src=src, out=tmp_path / "out") for a in args]
    proc = run(*args, env=hide(tmp_path, *hidden))
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err and "ModuleNotFoundError" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert f"{what}需要另外安装：" in err and " install " in err
    extra = {"档案审计": "archive", "网页功能": "web", "汇总表（.xlsx）": "xlsx"}[what]
    assert f"[{extra}]" in err
    assert not os.path.exists(tmp_path / "out.xlsx")


# 2. the hint gives the command that works where djlint came from --------------------------------

class FakeDist:
    def __init__(self, direct_url):
        self.text = json.dumps(direct_url) if direct_url is not None else None

    def read_text(self, name):
        return self.text if name == "direct_url.json" else None


def test_where_djlint_came_from_decides_the_install_command(tmp_path, monkeypatch):
    from djlint import extras

    clone = tmp_path / "djlint-clone"
    clone.mkdir()
    wheel = tmp_path / "dangjian_lint-0.1.0-py3-none-any.whl"
    wheel.write_bytes(b"")
    url = clone.as_uri()
    assert extras.origin(FakeDist({"url": url, "dir_info": {"editable": True}})) == ("dir", str(clone), True)
    assert extras.origin(FakeDist({"url": url, "dir_info": {}})) == ("dir", str(clone), False)
    assert extras.origin(FakeDist({"url": wheel.as_uri(), "archive_info": {}})) == ("file", str(wheel))
    assert extras.origin(FakeDist({"url": (tmp_path / "gone.whl").as_uri(), "archive_info": {}})) == ("index",)
    assert extras.origin(FakeDist({"url": "https://example.org/djlint.git", "vcs_info": {"vcs": "git"}})) == \
        ("vcs", "git+https://example.org/djlint.git")
    assert extras.origin(FakeDist(None)) == ("index",)  # from an index pip records nothing

    monkeypatch.setattr(extras, "pip_command", lambda: "pip")
    monkeypatch.chdir(clone)
    assert extras.install_command("web", ("dir", str(clone), False)) == "pip install '.[web]'"
    assert extras.install_command("web", ("dir", str(clone), True)) == "pip install -e '.[web]'"
    assert extras.install_command("web", ("index",)) == "pip install 'dangjian-lint[web]'"
    assert extras.install_command("xlsx", ("vcs", "git+https://example.org/djlint.git")) == \
        "pip install 'dangjian-lint[xlsx] @ git+https://example.org/djlint.git'"
    monkeypatch.chdir(tmp_path)
    # pip reads 'djlint-clone[archive]' as a project on the index: a folder below here is written ./djlint-clone
    assert extras.install_command("archive", ("dir", str(clone), False)) == "pip install './djlint-clone[archive]'"
    assert extras.install_command("web", ("file", str(wheel))) == f"pip install './{wheel.name}[web]'"
    monkeypatch.chdir("/")
    assert extras.install_command("archive", ("dir", str(clone), False)) == f"pip install '{clone}[archive]'"


def test_the_hint_of_this_install_works_from_the_clone(tmp_path):
    """This test environment was installed from the clone (pip install -e '.[test]'): the hint
    names the clone, never the unpublished distribution, and the pip beside this Python."""
    from djlint import extras

    where = extras.origin()
    if where[0] != "dir":
        pytest.skip(f"djlint installed from {where[0]}, not from a folder")
    proc = run("serve", "--port", "1", cwd=ROOT, env=hide(tmp_path, "flask"))
    err = proc.stderr.decode()
    assert ("-e '.[web]'" if where[2] else "'.[web]'") in err and "dangjian-lint[web]" not in err, err
    pip = err.split("：", 1)[1].split(" install", 1)[0]
    assert os.path.samefile(pip if os.sep in pip else os.path.join(os.path.dirname(sys.executable), pip),
                            os.path.join(os.path.dirname(sys.executable), "pip"))
    help_text = run("--help", cwd=ROOT).stdout.decode()
    assert "'.[archive]'" in help_text and "'.[web]'" in help_text


def test_readme_gives_both_install_commands():
    assert "pip install '.[web]'" in README and "pip install 'dangjian-lint[web]'" in README
    assert "pip install '.[xlsx]'" in README and "pip install '.[archive]'" in README


# 3. 23年 → 2023年: safe exactly when the report's year is known ------------------------------------

@pytest.mark.slow  # seconds in all: out of the quick loop (README 开发), in CI
def test_abbreviated_year_fix_is_safe_only_when_the_century_is_certain(tmp_path):
    known = write(tmp_path / "known.txt", ["2024年度党建工作报告", "一、工作情况", "23年度考核结果为优秀。"])
    unknown = write(tmp_path / "unknown.txt", ["23年度考核结果为优秀。"])
    found = json.loads(run("--format", "json", "--select", "DJ603", known, unknown).stdout)
    assert [(os.path.basename(d["path"]), d["fix"]["replacement"], d["fix"]["safe"]) for d in found] == \
        [("known.txt", "2023年", True), ("unknown.txt", "2023年", False)]
    run("--fix", known, unknown)
    assert "2023年度考核" in known.read_text(encoding="utf-8")
    assert unknown.read_text(encoding="utf-8") == "23年度考核结果为优秀。\n"
    run("--fix", "--unsafe-fixes", unknown)
    assert unknown.read_text(encoding="utf-8") == "2023年度考核结果为优秀。\n"
    doc = run("rule", "DJ603").stdout.decode()
    assert "有时可自动修复" in doc and "总是可自动修复" not in doc
    assert json.loads(run("rule", "DJ603", "--format", "json").stdout)["fix"] == "sometimes"
    assert "如补全“23年”为“2023年”" not in README and "报告年度不明时把“23年”补成“2023年”" in README


def test_every_rule_says_truly_whether_it_fixes():
    """fix: always → every example's fix is safe; never → no example has one."""
    from djlint.engine import build_registry
    from djlint.lint import lint_text

    wrong = []
    for code, rule in build_registry().rules.items():
        for ex in rule.example_list():
            for d in lint_text(ex.text, {"select": [code], **(ex.config or {})}, filename=f"example.{ex.input}"):
                if d.code != code:
                    continue
                if rule.fix == "never" and d.fix is not None or rule.fix == "always" and not (d.fix and d.fix.safe):
                    wrong.append((code, rule.fix, ex.text[:20]))
    assert wrong == []


# 4. the messages of a first run -----------------------------------------------------------------------

def test_fix_diff_does_not_ask_for_fix_again(tmp_path):
    path = write(tmp_path / "a.txt", ["全年召开会议12次,开展学习。"])
    err = run("--fix", "--diff", path).stderr.decode()
    assert "去掉 --diff 即可写入" in err and "加上 --fix" not in err
    assert "去掉 --diff、加上 --fix 即可写入" in run("--diff", path).stderr.decode()
    assert path.read_text(encoding="utf-8") == "全年召开会议12次,开展学习。\n"


def test_usage_errors_point_to_the_help_the_readme_names(tmp_path):
    path = write(tmp_path / "a.txt", REPORT)
    for args in (["--year", "25"], ["--fix", "--year", "25"], ["--year", "abc"]):
        err = run(*args, path).stderr.decode()
        assert "djlint --help" in err and "djlint lint --help" not in err, err


def test_a_run_that_read_nothing_does_not_say_it_found_nothing(tmp_path):
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    for args in (["nonexist.docx"], [bad], ["nonexist.docx", bad]):
        proc = run(*args, cwd=tmp_path)
        out = proc.stdout.decode() + proc.stderr.decode()
        assert proc.returncode == 2 and "未发现问题" not in out and "没有检查任何文件" in out, out
    good = write(tmp_path / "a.txt", REPORT)
    out = run(good, "nonexist.docx", cwd=tmp_path).stdout.decode()
    assert "检查了 1 个文件" in out and "1 个文件无法读取" in out


# 5. a skipped number: one finding with the whole renumbering, one fix -----------------------------------

SKIPPED = ["2024年度党建工作报告", "一、工作情况", "（一）加强学习", "全年学习12次。", "（二）严格组织生活",
           "按月开展主题党日。", "（四）加强作风建设", "整治形式主义。", "（五）加强纪律建设", "开展警示教育。",
           "二、存在问题", "学习不够深入。", "三、下一步打算", "持续加强学习。"]


@pytest.mark.slow
def test_a_skipped_number_is_one_finding_and_one_fix_in_text(tmp_path):
    path = write(tmp_path / "a.txt", SKIPPED)
    found = json.loads(run("--format", "json", "--select", "DJ301", path).stdout)
    assert len(found) == 1 and found[0]["line"] == 7
    assert "“（四）”→“（三）”，“（五）”→“（四）”" in found[0]["message"] and found[0]["fix"]["safe"] is True
    out = run(path).stdout.decode()
    assert "可自动修复：依次改为“（三）”、“（四）”" in out
    proc = run("--fix", path)
    assert "已修复 2 处" in proc.stdout.decode()
    text = path.read_text(encoding="utf-8")
    assert "（三）加强作风建设" in text and "（四）加强纪律建设" in text and "（五）" not in text
    assert run("--select", "DJ301", path).returncode == 0


def test_a_skipped_number_is_one_tracked_change_in_word(tmp_path):
    path = str(tmp_path / "a.docx")
    B.from_lines(path, SKIPPED)
    proc = run("--fix", path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    import zipfile

    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    inserted = re.findall(r'<w:ins [^>]*w:author="djlint"[^>]*>.*?<w:t[^>]*>([^<]*)</w:t>', xml)
    assert inserted == ["（三）", "（四）"]
    assert run("--select", "DJ301", path).returncode == 0


def test_word_automatic_numbering_is_not_renumbered(tmp_path):
    path = str(tmp_path / "auto.docx")
    paras = [(1, 0, "工作情况"), (1, 1, "甲"), (1, 1, "乙"), (5, 1, "丙"), (5, 1, "丁")]  # （一）（二）（六）（七）
    B.build(path, [B.p(B.r(text), num=(num, lvl)) for num, lvl, text in paras])
    found = json.loads(run("--format", "json", "--select", "DJ301", path).stdout)
    assert len(found) == 1 and "“（六）”→“（三）”，“（七）”→“（四）”" in found[0]["message"]
    assert found[0]["fix"] is None  # Word's list is changed in Word
    before = open(path, "rb").read()
    run("--fix", "--unsafe-fixes", path)
    assert open(path, "rb").read() == before


# 6. one marking of manual suggestions everywhere ----------------------------------------------------

@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_a_manual_suggestion_is_marked_alike_everywhere(tmp_path):
    lines = ["2024年度党建工作报告", "一、工作情况", "（一）加强学习", "（三）严格组织生活", "（二）加强作风建设"]
    txt = write(tmp_path / "a.txt", lines)
    found = json.loads(run("--format", "json", "--select", "DJ301", txt).stdout)
    assert [d["fix"]["safe"] for d in found] == [False, False]
    assert "建议（需人工确认）：改为“（二）”" in run("--select", "DJ301", txt).stdout.decode()
    docx = str(tmp_path / "a.docx")
    B.from_lines(docx, lines + ["全年召开会议12次,开展学习。"])
    run("--annotate", "--select", "DJ301,DJ501", docx)
    import zipfile

    comments = zipfile.ZipFile(str(tmp_path / "a.djlint.docx")).read("word/comments.xml").decode()
    assert "建议（需人工确认）：改为“（二）”" in comments and "可自动修复：改为“，”" in comments
    from djlint.web import service

    page = service.check("a.txt", txt.read_bytes())
    assert [f["fix_label"] for f in page["findings"] if f["code"] == "DJ301"] == \
        ["建议（需人工确认）：改为“（二）”", "建议（需人工确认）：改为“（四）”"]
    script = open(os.path.join(ROOT, "djlint", "web", "page.js"), encoding="utf-8").read()
    assert "f.fix_label" in script and "fix-manual" in script and "建议改为" not in script


# 7. a Markdown title -------------------------------------------------------------------------------

@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_a_markdown_title_over_the_first_heading_is_not_an_empty_section(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# 中共某支部2025年度党建工作总结\n\n## 一、工作情况\n\n全年组织学习12次。\n\n## 二、存在问题\n\n"
                    "学习不够深入。\n\n## 三、下一步打算\n\n持续加强学习。\n", encoding="utf-8")
    assert json.loads(run("--format", "json", path).stdout) == []
    path.write_text("# 中共某支部2025年度党建工作总结\n\n## 一、工作情况\n\n## 二、存在问题\n\n学习不够深入。\n",
                    encoding="utf-8")
    assert [d["line"] for d in json.loads(run("--format", "json", "--select", "DJ105", path).stdout)] == [3]


# 8. a baseline reports a new finding where it is --------------------------------------------------------

@pytest.mark.parametrize("before, after, col", [
    ("全年新发展积极分子3名，发展对象XX名，预备党员转正5名。", "全年新发展积极分子XX名，发展对象XX名，预备党员转正5名。", 10),
    ("全年新发展积极分子XX名，发展对象3名，预备党员转正5名。", "全年新发展积极分子XX名，发展对象XX名，预备党员转正5名。", 18),
])
def test_baseline_reports_a_new_finding_next_to_an_old_one_where_it_is(tmp_path, before, after, col):
    path = write(tmp_path / "a.txt", ["2024年度党建工作报告", "一、工作情况", before])
    base = tmp_path / "b.json"
    assert run("--write-baseline", base, path).returncode == 0
    write(path, ["2024年度党建工作报告", "一、工作情况", after])
    found = json.loads(run("--baseline", base, "--select", "DJ201", "--format", "json", path).stdout)
    assert [(d["line"], d["column"]) for d in found] == [(3, col)]


# 9. words and words-file in the README and the template ----------------------------------------------------

def test_words_keys_are_documented_and_in_the_template(tmp_path):
    for key in ("words", "words-file"):
        assert re.search(rf"^\| `{key}` \|", README, re.M), key
    assert run("init", tmp_path).returncode == 0
    template = (tmp_path / ".djlint.yaml").read_text(encoding="utf-8")
    assert "dahui-baogao" in template and "# words:" in template and "# words-file:" in template
    # the commented examples are valid configuration once uncommented
    live = re.sub(r"^# (words|words-file|profile): ", r"\1: ", template, flags=re.M)
    (tmp_path / ".djlint.yaml").write_text(live, encoding="utf-8")
    (tmp_path / "djlint-words.txt").write_text("幸福里社区\n", encoding="utf-8")
    write(tmp_path / "a.txt", REPORT)
    proc = run(tmp_path / "a.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()


# 10. audit: files known by resolved path, Ctrl+C one line ------------------------------------------------

@pytest.mark.slow  # several seconds: out of the quick loop (README 开发), in CI
def test_audit_knows_a_folder_however_it_is_spelled(tmp_path):
    pytest.importorskip("distributed")
    src = tmp_path / "档案"
    src.mkdir()
    for i in range(3):
        write(src / f"r{i}.txt", ["2024年度党建工作报告", "一、工作情况", f"全年召开会议x次，第{i}次。"])
    out = tmp_path / "结果"
    first = run("audit", "档案", "--out", out, "--workers", "1", "--format", "jsonl", cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    again = run("audit", src, "--out", out, "--workers", "1", "--format", "jsonl", cwd="/")
    assert "3 个未改动已跳过" in again.stdout.decode(), again.stdout.decode()
    from djlint.audit.results import Results

    files = Results(str(out), "jsonl").all_files()
    assert sorted(f["path"] for f in files) == sorted(os.path.realpath(src / f"r{i}.txt") for i in range(3))


@pytest.mark.slow
def test_audit_ctrl_c_ends_with_one_line(tmp_path):
    pytest.importorskip("distributed")
    src = tmp_path / "src"
    src.mkdir()
    for i in range(3000):
        write(src / f"r{i}.txt", ["2024年度党建工作报告", "一、工作情况", "全年召开会议x次,开展学习。"])
    proc = subprocess.Popen([BIN, "audit", str(src), "--out", str(tmp_path / "out"), "--workers", "2",
                             "--batch-size", "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True,
                            # a background job's SIGINT is ignored and the child would inherit that
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    # poll often: on a fast or idle machine the 3,000 files take little longer than the first part does, and a
    # Ctrl+C sent after the audit has ended tests nothing (it once ended first under a 0.2 s poll)
    while time.time() < deadline and not any((tmp_path / "out" / "files").glob("part-*")):
        time.sleep(0.02)
    assert proc.poll() is None, "the audit ended before the Ctrl+C could be sent"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl+C does: the whole process group
    out, err = proc.communicate(timeout=120)
    err = err.decode()
    assert proc.returncode == 130, err
    assert "已中止" in err and "Traceback" not in err and "CancelledError" not in err and "WARNING" not in err, err
    resumed = run("audit", src, "--out", tmp_path / "out", "--workers", "2", "--batch-size", "20")
    assert resumed.returncode == 0 and "未改动已跳过" in resumed.stdout.decode()
