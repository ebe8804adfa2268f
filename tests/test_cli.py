import json
import os
import re
import subprocess
import sys

import pytest
from snapshot import assert_snapshot

from fixtures import build_docx as B

DRAFT = "\n".join([
    "关于2024年度党建工作情况的报告",
    "一、主要工作情况",
    "全年共召开党委会议x次，开展专题学习XX次。",
    "发展党员**名。",
    "二、存在的问题",
    "理论学习还不够深入。",
]) + "\n"


@pytest.fixture
def draft_dir(tmp_path, monkeypatch):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _strip_time(s):
    return re.sub(r"用时 [0-9.]+ 秒", "用时 N 秒", s)


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github"])
def test_every_output_format_snapshot(draft_dir, run_cli, fmt):
    code, out, err = run_cli("--format", fmt, "--no-color", "draft.txt")
    assert code == 1
    assert_snapshot(f"format-{fmt}.txt", _strip_time(out))


def test_json_shape_is_the_public_contract(draft_dir, run_cli):
    code, out, _ = run_cli("--format", "json", "draft.txt")
    data = json.loads(out)
    assert data and all(list(d) == ["path", "line", "column", "end_line", "end_column", "code", "rule", "category",
                                    "severity", "message", "context", "part", "fix"] for d in data)
    first = data[0]
    assert (first["line"], first["column"], first["end_column"], first["code"], first["category"]) == (3, 10, 11, "DJ201", "placeholder")


def test_sarif_has_the_structure_code_scanning_needs(draft_dir, run_cli):
    _, out, _ = run_cli("--format", "sarif", "draft.txt")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for res in run["results"]:
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1 and region["endColumn"] > region["startColumn"]
        assert res["level"] in ("error", "warning", "note")


def test_exit_codes(draft_dir, run_cli):
    (draft_dir / "clean.txt").write_text("一、工作情况\n全年召开会议12次。\n", encoding="utf-8")
    assert run_cli("clean.txt")[0] == 0
    assert run_cli("draft.txt")[0] == 1
    assert run_cli("--fail-on", "error", "--severity-does-not-exist", "x")[0] == 2
    assert run_cli("missing.txt")[0] == 2
    assert run_cli("--select", "DJ201", "--ignore", "DJ201", "draft.txt")[0] == 0


def test_unreadable_file_is_one_line_and_others_still_linted(draft_dir, run_cli):
    (draft_dir / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    (draft_dir / "empty.docx").write_bytes(b"")
    code, out, err = run_cli("--format", "concise", "draft.txt", "old.doc", "empty.docx")
    assert code == 2
    assert "draft.txt:3:10: DJ201" in out
    lines = [line for line in err.splitlines() if line]
    assert len(lines) == 2 and all(line.startswith("djlint: ") for line in lines)
    assert any("old.doc" in line and "另存为 .docx" in line for line in lines)
    assert any("empty.docx" in line and "文件为空" in line for line in lines)
    assert "Traceback" not in err


def test_folder_is_recursed_for_supported_types(draft_dir, run_cli):
    sub = draft_dir / "sub"
    sub.mkdir()
    (sub / "b.md").write_text("会议XX次\n", encoding="utf-8")
    (sub / "ignored.csv").write_text("x,y\n", encoding="utf-8")
    (sub / "~$lock.docx").write_bytes(b"owner")
    B.from_lines(str(sub / "c.docx"), ["会议x次"])
    code, out, err = run_cli("--format", "concise", ".")
    assert code == 1 and not err
    assert "sub/b.md:1:3: DJ201" in out and "sub/c.docx 第1段第3字: DJ201" in out and "draft.txt" in out


def test_stdin(run_cli):
    code, out, _ = run_cli("--format", "concise", "--stdin-filename", "a.md", "-", input="会议**次\n")
    assert code == 1 and "a.md:1:3: DJ201" in out


def test_statistics(draft_dir, run_cli):
    code, out, _ = run_cli("--statistics", "draft.txt")
    assert re.search(r"^\s+3\s+DJ201\s+unfilled-placeholder", out, re.M)


def test_parallel_jobs_give_the_same_result(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for i in range(6):
        (tmp_path / f"d{i}.txt").write_text(f"第{i}份\n会议x次\n", encoding="utf-8")
    one = run_cli("--format", "json", "--jobs", "1", ".")
    two = run_cli("--format", "json", "--jobs", "2", ".")
    assert one == two and len(json.loads(one[1])) == 6


def test_rules_and_rule_docs(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0 and "DJ201" in out and "placeholder" in out
    code, out, _ = run_cli("rule", "DJ201")
    assert code == 0
    assert out.startswith("# unfilled-placeholder (DJ201)")
    assert run_cli("rule", "placeholder")[1].startswith("# unfilled-placeholder (DJ201)")  # the old name still works
    assert "错误示例：" in out and "正确示例：" in out and "→ 1:" in out
    assert run_cli("rule", "DJ999")[0] == 2


def test_rule_docs_say_where_the_rule_and_its_cases_are(run_cli):
    """djlint rule CODE names the file (and class) that defines the rule and its case file, and
    shows the examples of the case file in the doc's 示例 section, with the corrected text."""
    out = run_cli("rule", "DJ201")[1]
    assert "定义：rules/placeholder/unfilled-placeholder.yaml    用例：rules/cases/DJ201.yaml" in out
    out = run_cli("rule", "DJ602")[1]
    assert "定义：djlint/checks/number/__init__.py（ContradictoryApproximation）" in out
    section = out[out.index("## 示例"):out.index("## 依据")]
    assert ("错误示例：参加培训的将近400余人。\n  → 1:6 DJ602 概数自相矛盾：“将近400余”，请删去其中一个表示约数的词\n"
            "  应改为：参加培训的将近400人。") in section
    assert "约300人左右参加了培训" in section and "DJ441" in section  # 约……左右 is DJ441's
    data = json.loads(run_cli("rule", "DJ602", "--format", "json")[1])
    assert data["defined"] == "djlint/checks/number/__init__.py（ContradictoryApproximation）"
    assert data["cases"] == "rules/cases/DJ602.yaml" and "## 示例" in data["doc"]
    first = data["examples"][0]
    assert first["name"] == "jiangjin-with-yu" and first["bad"] is True and first["corrected"] == "参加培训的将近400人。"
    assert first["findings"] == [{"at": "1:6-12", "message": "概数自相矛盾：“将近400余”，请删去其中一个表示约数的词"}]


def test_init_writes_a_valid_config(tmp_path, run_cli):
    code, out, _ = run_cli("init", str(tmp_path))
    assert code == 0
    from djlint.config import load_config

    cfg = load_config(str(tmp_path / ".djlint.yaml"))
    assert cfg.per_file_ignores == {"templates/**": ["DJ201"]}
    assert run_cli("init", str(tmp_path))[0] == 2


def test_no_color_is_honoured(draft_dir):
    env = dict(os.environ, NO_COLOR="1")
    out = subprocess.run([sys.executable, "-m", "djlint", "draft.txt"], capture_output=True, env=env, cwd=draft_dir)
    assert b"\x1b[" not in out.stdout


def test_installed_console_scripts_run(draft_dir):
    bindir = os.path.dirname(sys.executable)
    for name in ("djlint", "dangjian-lint"):
        exe = os.path.join(bindir, name)
        if not os.path.exists(exe):
            pytest.skip("console scripts are not installed in this environment")
        proc = subprocess.run([exe, "--format", "concise", "draft.txt"], capture_output=True, cwd=draft_dir)
        assert proc.returncode == 1, proc.stderr
        assert "draft.txt:3:10: DJ201" in proc.stdout.decode()
    proc = subprocess.run([os.path.join(bindir, "djlint"), "--version"], capture_output=True)
    assert b"0.1.0" in proc.stdout


def test_result_cache_serves_unchanged_files_and_notices_changes(tmp_path, run_cli, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("全年召开会议x次,开展学习4次。\n", encoding="utf-8")
    first = run_cli("--no-color", "a.txt")
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 1
    import djlint.cli as cli

    calls = []
    real = cli.__dict__.get("_lint_one")
    import djlint.document as document

    monkeypatch.setattr(document, "read_bytes", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(AssertionError))
    second = run_cli("--no-color", "a.txt")
    assert calls == [] and _strip_time(second[1]) == _strip_time(first[1])  # served from the cache, same output
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    # a changed file, a changed selection, --no-cache: linted again
    (tmp_path / "a.txt").write_text("全年召开会议XX次。\n", encoding="utf-8")
    assert "XX" in run_cli("--no-color", "a.txt")[1]
    assert "DJ501" not in run_cli("--no-color", "--select", "DJ2", "a.txt")[1]
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3
    assert run_cli("--no-cache", "a.txt")[0] == 1
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 3
    del real


def test_corrupt_cache_entry_is_a_miss(tmp_path, run_cli, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("会议x次\n", encoding="utf-8")
    run_cli("a.txt")
    for e in (tmp_path / "cache").rglob("*.json"):
        e.write_text("{broken", encoding="utf-8")
    code, out, _ = run_cli("--format", "concise", "a.txt")
    assert code == 1 and "DJ201" in out
