"""The CI examples in docs/ci run as written, and our SARIF has the SARIF 2.1.0 structure.

No maintained PyPI package ships the SARIF 2.1.0 JSON schema, so the structure code
scanning relies on is checked explicitly here."""
import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CI = os.path.join(ROOT, "docs", "ci")


def djlint_steps(doc):
    """Every shell line of the example that runs djlint."""
    lines = []
    if "jobs" in doc:
        for job in doc["jobs"].values():
            for step in job["steps"]:
                lines.extend(l for l in str(step.get("run", "")).splitlines() if l.strip().startswith("djlint"))
    else:
        for job in doc.values():
            lines.extend(l for l in job.get("script", []) if l.strip().startswith("djlint"))
    return lines


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "年度报告模板.txt").write_text(
        "关于2024年度党建工作情况的报告\n\n一、工作情况\n全年召开会议x次,开展学习4次。\n", encoding="utf-8")
    return tmp_path


def run_line(line, cwd):
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    if not shutil.which("djlint", path=env["PATH"]):
        pytest.skip("the djlint command is not installed in this environment")
    return subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def validate_sarif(sarif):
    assert sarif["version"] == "2.1.0"
    assert isinstance(sarif.get("$schema"), str) and "sarif" in sarif["$schema"]
    assert isinstance(sarif["runs"], list) and sarif["runs"]
    for run in sarif["runs"]:
        driver = run["tool"]["driver"]
        assert isinstance(driver["name"], str) and driver["name"]
        ids = [r["id"] for r in driver.get("rules", [])]
        assert len(ids) == len(set(ids))
        for r in driver.get("rules", []):
            assert isinstance(r["shortDescription"]["text"], str)
            assert r["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
        for res in run["results"]:
            assert isinstance(res["message"]["text"], str) and res["message"]["text"]
            assert res["ruleId"] in ids and ids[res["ruleIndex"]] == res["ruleId"]
            assert res["level"] in ("none", "note", "warning", "error")
            for loc in res["locations"]:
                phys = loc["physicalLocation"]
                uri = phys["artifactLocation"]["uri"]
                assert "\\" not in uri and not uri.startswith("/")
                region = phys["region"]
                for k in ("startLine", "startColumn", "endLine", "endColumn"):
                    assert isinstance(region[k], int) and region[k] >= 1
                assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_github_sarif_example(repo):
    doc = yaml.safe_load(open(os.path.join(CI, "github-sarif.yml"), encoding="utf-8"))
    steps = djlint_steps(doc)
    assert steps and any("upload-sarif" in str(s.get("uses")) for s in doc["jobs"]["djlint"]["steps"])
    for line in steps:
        proc = run_line(line, repo)
        assert proc.returncode == 0, proc.stderr  # findings (exit 1) are let through to the upload
    sarif = json.loads((repo / "djlint.sarif").read_text(encoding="utf-8"))
    validate_sarif(sarif)
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"DJ201", "DJ501"}


@pytest.mark.slow
def test_github_sarif_example_fails_on_unreadable_input(repo):
    (repo / "templates" / "坏文件.docx").write_bytes(b"not a zip")
    line = djlint_steps(yaml.safe_load(open(os.path.join(CI, "github-sarif.yml"), encoding="utf-8")))[0]
    assert run_line(line, repo).returncode != 0


def test_github_annotations_example(repo):
    doc = yaml.safe_load(open(os.path.join(CI, "github-annotations.yml"), encoding="utf-8"))
    (line,) = djlint_steps(doc)
    proc = run_line(line, repo)
    assert proc.returncode == 1
    assert "::error file=templates/年度报告模板.txt,line=4,col=7" in proc.stdout


def test_gitlab_example(repo):
    doc = yaml.safe_load(open(os.path.join(CI, "gitlab-ci.yml"), encoding="utf-8"))
    lines = djlint_steps(doc)
    assert len(lines) == 2
    assert run_line(lines[0], repo).returncode == 0
    data = json.loads((repo / "djlint.json").read_text(encoding="utf-8"))
    assert {d["code"] for d in data} >= {"DJ201", "DJ501"}
    assert run_line(lines[1], repo).returncode == 1
