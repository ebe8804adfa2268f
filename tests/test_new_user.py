"""What a new user trips over, each run through the installed console script as a user runs it."""
import json
import os
import re
import stat
import subprocess
import sys

import pytest

from fixtures import build_docx as B

BIN = os.path.join(os.path.dirname(sys.executable), "djlint")
DRAFT = "2024年度机关党建工作情况报告\n一、2024年工作情况\n• 全年召开会议x次✓，开展学习€XX次。\n二、存在问题\n学习不深入。\n三、2025年工作打算\n持续加强学习。\n"


def run(*args, cwd=None, env=None, input=None, umask=None):
    full_env = {**os.environ, "XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME", ""), **(env or {})}
    pre = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([BIN, *args], cwd=cwd, env=full_env, input=input, capture_output=True, timeout=120,
                          preexec_fn=pre)


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "草稿.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


# 1. a GBK console ---------------------------------------------------------------------------

@pytest.mark.parametrize("args", [[], ["--format", "concise"], ["--format", "json"], ["--format", "sarif"],
                                  ["--format", "github"], ["--statistics"], ["--statistics", "--format", "json"]])
def test_gbk_console_never_crashes(draft, args):
    proc = run(*args, str(draft), env={"PYTHONIOENCODING": "gbk"})
    assert proc.returncode == 1, proc.stderr.decode("gbk", "replace")
    assert b"Traceback" not in proc.stderr and b"UnicodeEncodeError" not in proc.stderr
    out = proc.stdout.decode("gbk")
    if "--statistics" in args and "json" in args:
        assert json.loads(out)[0]["code"] == "DJ201"
    elif "json" in args or "sarif" in args:
        data = json.loads(out)  # still valid and nothing lost: \\u escapes
        assert "•" in json.dumps(data, ensure_ascii=False)
    else:
        assert "DJ201" in out


def test_output_file_is_utf8_with_a_bom_for_text_and_plain_for_json(draft, tmp_path):
    proc = run("--output", str(tmp_path / "结果.txt"), str(draft), env={"PYTHONIOENCODING": "gbk"})
    assert proc.returncode == 1 and proc.stdout == b""
    data = (tmp_path / "结果.txt").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "•" in data.decode("utf-8-sig")
    run("--format", "json", "-o", str(tmp_path / "r.json"), str(draft))
    assert json.loads((tmp_path / "r.json").read_bytes().decode("utf-8"))[0]["code"] == "DJ201"


# 2. a run that checked nothing does not look clean ---------------------------------------------

@pytest.mark.parametrize("args", [["--select", "DJ2O1"], ["--ignore", "DJ2O1"], ["--profile", "foo"],
                                  ["--format", "json", "--profile", "foo"], ["--year", "24"]])
def test_usage_and_config_errors_print_only_the_error(draft, args):
    proc = run(*args, str(draft))
    assert proc.returncode == 2
    assert proc.stdout == b"", proc.stdout.decode()
    err = proc.stderr.decode()
    assert "未发现问题" not in err and "Traceback" not in err and err.strip()


def test_a_broken_config_file_prints_only_the_error(draft, tmp_path):
    (tmp_path / ".djlint.yaml").write_text("select: [DJ2O1]\n", encoding="utf-8")
    for fmt in ("text", "json"):
        proc = run("--format", fmt, str(draft), cwd=tmp_path)
        assert proc.returncode == 2 and proc.stdout == b"" and "DJ2O1" in proc.stderr.decode()
    (tmp_path / ".djlint.yaml").write_text("per-file-ignores: {'*.txt': [DJ2O1]}\n", encoding="utf-8")
    assert run(str(draft), cwd=tmp_path).returncode == 2


def test_a_code_of_the_dj_space_without_a_rule_yet_is_accepted(draft):
    assert run("--select", "DJ999", str(draft)).returncode == 0
    assert run("--select", "DJ8", str(draft)).returncode == 0


def test_year_must_have_four_digits(draft):
    err = run("--year", "24", str(draft)).stderr.decode()
    assert "1921" in err and "范围" in err


# 3. files djlint creates follow the umask --------------------------------------------------------

@pytest.mark.slow
def test_created_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    docx = str(tmp_path / "d.docx")
    B.from_lines(docx, ["全年召开会议x次,开展学习。"])
    run("--annotate", docx, umask=0o022)
    assert stat.S_IMODE(os.stat(tmp_path / "d.djlint.docx").st_mode) == 0o644
    run("init", str(tmp_path / "repo"), umask=0o022)
    assert stat.S_IMODE(os.stat(tmp_path / "repo" / ".djlint.yaml").st_mode) == 0o644
    run("--write-baseline", str(tmp_path / "b.json"), docx, umask=0o002)
    assert stat.S_IMODE(os.stat(tmp_path / "b.json").st_mode) == 0o664
    os.chmod(docx, 0o640)
    run("--fix", docx, umask=0o077)
    assert stat.S_IMODE(os.stat(docx).st_mode) == 0o640


# 4. the baseline follows its findings -------------------------------------------------------------

def test_baseline_reports_a_new_finding_where_it_is(tmp_path):
    path = tmp_path / "t.txt"
    lines = ["2024年度党建工作报告", "一、工作情况", "全年发展党员x名。", "开展学习12次。", "召开会议x次。"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = tmp_path / "b.json"
    assert run("--write-baseline", str(base), str(path)).returncode == 0
    lines.insert(1, "本年度新增支部x个。")  # a new finding above the old ones
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("--baseline", str(base), "--select", "DJ201", "--format", "json", str(path))
    found = json.loads(proc.stdout)
    assert [(d["line"], d["code"]) for d in found] == [(2, "DJ201")]


# 5. positions in .docx ------------------------------------------------------------------------------

def test_docx_positions_are_paragraphs_and_parts(tmp_path):
    path = str(tmp_path / "d.docx")
    B.build(path, [B.p(text="2024年度机关党建工作情况报告"), B.p(text="全年召开会议x次。")],
            header=[B.p(text="XX局党委")])
    out = run("--format", "concise", "--select", "DJ201", path).stdout.decode()
    assert "d.docx 第2段第7字: DJ201" in out and "（原文：“全年召开会议x次。”）" in out
    assert "d.docx 页眉第1段第1字: DJ201 （页眉）" in out
    data = json.loads(run("--format", "json", "--select", "DJ201", path).stdout)
    assert sorted((d["part"], d["line"]) for d in data) == [("body", 2), ("header", 1)]


def test_docx_diff_shows_the_changed_words(tmp_path):
    path = str(tmp_path / "d.docx")
    B.from_lines(path, ["2024年度机关党建工作情况报告", "全年召开会议12次,开展专题学习4次，党员参学率达到95%以上，各支部认真组织学习研讨。"])
    out = run("--diff", path).stdout.decode()
    assert "@@ 正文第2段 @@\n-全年召开会议12次[,]开展专题学习4次，党员参…\n+全年召开会议12次[，]开展专题学习4次，党员参…\n" in out


# 6. djlint's own tracked changes ---------------------------------------------------------------------

def test_djlint_tracked_changes_are_reported_until_accepted(tmp_path):
    path = str(tmp_path / "d.docx")
    B.from_lines(path, ["2024年度机关党建工作情况报告", "全年召开会议12次,开展学习。"])
    assert run("--fix", path).returncode in (0, 1)
    proc = run("--format", "json", "--select", "DJ703", path)
    found = json.loads(proc.stdout)
    assert proc.returncode == 1 and len(found) == 1 and "djlint" in found[0]["message"]


def test_djlint_tracked_changes_are_counted_as_the_fix_counted_them(tmp_path):
    # three fixes in one paragraph (two commas replaced, a space deleted) and one in the next: --fix says
    # 已修复 4 处, and DJ703 must say 4 处 too (it said 2, one a paragraph, and a replacement is a deletion
    # and an insertion in Word: one fix, not two)
    path = str(tmp_path / "d.docx")
    B.from_lines(path, ["2024年度机关党建工作情况报告", "全年召开会议12次,开展学习4次,组织 研讨。", "发展党员3名,转正2名。"])
    done = run("--fix", path)
    out = done.stdout.decode() + done.stderr.decode()
    fixed = re.search(r"已修复 (\d+) 处", out)
    proc = run("--format", "json", "--select", "DJ703", path)
    found = json.loads(proc.stdout)
    assert fixed is not None and fixed.group(1) == "4", out
    assert len(found) == 1 and "留下的 4 处修订" in found[0]["message"], found


# 7. help, summaries, stdin --------------------------------------------------------------------------

def test_help_shows_the_lint_options_in_chinese():
    out = run("--help").stdout.decode()
    assert "--select" in out and "--fix" in out and "用法" in out and "选项" in out and "djlint rules" in out
    err = run("--bogus", "x.txt").stderr.decode()
    assert "没有选项" in err and proc_ok(err)


def proc_ok(err: str) -> bool:
    return "Traceback" not in err


def test_a_line_per_file_when_several_are_checked(tmp_path):
    (tmp_path / "a.txt").write_text("全年召开会议x次。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("全年召开会议12次。\n", encoding="utf-8")
    out = run(str(tmp_path)).stdout.decode()
    assert "a.txt：错误 1" in out and "b.txt：未发现问题" in out


def test_statistics_follow_format_json(draft):
    rows = json.loads(run("--statistics", "--format", "json", str(draft)).stdout)
    assert {"code": "DJ201", "name": "unfilled-placeholder", "count": 2, "fixable": 0} in rows


def test_fix_and_diff_read_standard_input():
    proc = run("--fix", "--stdin-filename", "草稿.txt", "-", input="全年召开会议12次,开展学习。\n".encode())
    assert proc.stdout.decode() == "全年召开会议12次，开展学习。\n"
    proc = run("--diff", "-", input="全年召开会议12次,开展学习。\n".encode())
    assert proc.returncode == 1 and "+全年召开会议12次，开展学习。" in proc.stdout.decode()


# 8. the cache stays bounded ---------------------------------------------------------------------------

def test_cache_is_pruned_by_count_and_size(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from djlint.runner import cache

    root = cache.cache_dir()
    os.makedirs(os.path.join(root, "ab"))
    for i in range(10):
        p = os.path.join(root, "ab", f"{i}.json")
        with open(p, "wb") as fh:
            fh.write(b"x" * 1000)
        os.utime(p, (i, i))
    assert cache.prune(max_entries=100, max_bytes=5000) == 5
    assert sorted(os.listdir(os.path.join(root, "ab"))) == [f"{i}.json" for i in range(5, 10)]
    assert cache.prune(max_entries=2, max_bytes=10**9) == 3


def test_an_oversized_result_is_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from djlint.diagnostic import Diagnostic
    from djlint.runner import cache

    monkeypatch.setattr(cache, "MAX_ENTRY_BYTES", 100)
    cache.store("k" * 64, [Diagnostic("a", 1, 1, 1, 2, "DJ201", "n", "placeholder", "error", "m" * 200)])
    assert cache.load("k" * 64, "a") is None
