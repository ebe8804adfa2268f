"""The developer tools (python -m djlint.devtools): converting legacy case lists, generated docs."""
import os
import subprocess
import sys

import pytest
import yaml

from djlint.devtools.convert import convert
from djlint.engine.cases import read_case_file

LEGACY = """\
# Rule cases for a family (the file's header: not any case's)
- rule: DJ602
  text: 参加培训的将近400余人。
  findings:
  - at: 1:6-12
    message: 概数自相矛盾：“将近400余”，请删去其中一个表示约数的词

# a comment that goes with the case below
- rule: DJ602
  text: 约300人参加了培训。
  findings: []
- rule: DJ601
  text: 覆盖5-10万人。
  findings:
  - at: 1:3-8
    message: 数值范围“5-10万”应写作“5万～10万”（前后都带“万”，用“～”连接）
    fix: 5万～10万
  fixed: 覆盖5万～10万人。
"""


def test_a_legacy_list_becomes_named_cases_per_rule(tmp_path):
    legacy = tmp_path / "number.yaml"
    legacy.write_text(LEGACY, encoding="utf-8")
    into = tmp_path / "cases"
    report = convert([str(legacy)], str(into))
    assert sorted(p.name for p in into.iterdir()) == ["DJ601.yaml", "DJ602.yaml"]
    dj602 = read_case_file(str(into / "DJ602.yaml"))
    assert [(c.id, c.text, len(c.findings)) for c in dj602] == [
        ("DJ602-jiang-jin-400-yu", "参加培训的将近400余人。", 1), ("DJ602-ok-yue-300-ren-can", "约300人参加了培训。", 0)]
    text = (into / "DJ602.yaml").read_text(encoding="utf-8")
    assert "# a comment that goes with the case below\nok-yue-300-ren-can:" in text and "header" not in text
    assert read_case_file(str(into / "DJ601.yaml"))[0].fixed == "覆盖5万～10万人。"
    assert any("DJ602.yaml: 2 added" in line for line in report)

    # converting again (a branch's file with one more case, one changed): nothing twice, the change taken
    changed = LEGACY.replace("findings: []", "findings: []\n  input: md").replace("（前后都带“万”，用“～”连接）", "")
    legacy.write_text(changed + "- rule: DJ602\n  text: 历时近半个多月。\n"
                      "  findings:\n  - at: 1:3-7\n    message: 概数自相矛盾：“近半个多”，请删去其中一个表示约数的词\n", encoding="utf-8")
    (into / "DJ602.yaml").write_text(text.replace("jiang-jin-400-yu", "near-and-more"), encoding="utf-8")  # renamed by hand
    report = convert([str(legacy)], str(into))
    names = [c.name for c in read_case_file(str(into / "DJ602.yaml"))]
    assert names == ["near-and-more", "ok-yue-300-ren-can", "ok-yue-300-ren-can-2", "jin-ban-ge-duo"]  # md is another case
    assert any("DJ602.yaml: 2 added, 0 updated, 1 already there" in line for line in report)
    assert "DJ601-5-10-wan: expectation updated from the legacy file" in "\n".join(report)
    assert read_case_file(str(into / "DJ601.yaml"))[0].findings[0]["message"] == "数值范围“5-10万”应写作“5万～10万”"


def test_the_command_line(tmp_path):
    legacy = tmp_path / "number.yaml"
    legacy.write_text(LEGACY, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "djlint.devtools", "convert-cases", str(legacy), "--into",
                           str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "3 legacy cases read" in proc.stdout
    assert yaml.safe_load((tmp_path / "out" / "DJ601.yaml").read_text(encoding="utf-8"))


# -- generated docs ------------------------------------------------------------------------

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_generated_docs_are_current():
    """README's rule table and docs/layout.md's tables say what the registry says."""
    from djlint.devtools.docs import COMMAND, regenerate

    stale = regenerate(ROOT, write=False)
    assert stale == [], f"stale generated blocks {stale}: run `{COMMAND}` and commit the result"


def test_layout_doc_names_every_font_the_code_knows():
    from djlint.checks.format import FAMILIES

    with open(os.path.join(ROOT, "docs", "layout.md"), encoding="utf-8") as fh:
        text = fh.read()
    assert [n for names in FAMILIES.values() for n in names if n not in text] == []


def test_a_stale_block_is_found_and_rewritten(tmp_path):
    from djlint.devtools.docs import regenerate

    (tmp_path / "docs").mkdir()
    for rel in ("README.md", os.path.join("docs", "layout.md")):
        with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
            text = fh.read()
        (tmp_path / rel).write_text(text.replace("| DJ602 |", "| DJ602 (old) |").replace("宋体、SimSun", "宋体"),
                                    encoding="utf-8")
    assert regenerate(str(tmp_path), write=False) == ["README.md: rules-table", "docs/layout.md: font-families"]
    assert regenerate(str(tmp_path)) == ["README.md: rules-table", "docs/layout.md: font-families"]
    assert regenerate(str(tmp_path), write=False) == []
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "| DJ602 | `contradictory-approximation` | number | 错误 | — |" in readme


def test_a_file_without_its_markers_is_an_error():
    from djlint.devtools.docs import fill

    with pytest.raises(SystemExit) as e:
        fill("no markers here", "rules-table", "x", "README.md")
    assert "rules-table" in str(e.value)
