import os
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.slow
def test_wheel_ships_the_rule_packs(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path), ROOT], capture_output=True, text=True)
    if proc.returncode != 0:
        proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), ROOT],
                              capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(p for p in os.listdir(tmp_path) if p.endswith(".whl"))
    assert wheel.startswith("dangjian_lint-")
    names = zipfile.ZipFile(tmp_path / wheel).namelist()
    assert "djlint/builtin_rules/placeholder/pack.yaml" in names
    assert "djlint/builtin_rules/placeholder/unfilled-placeholder.yaml" in names
    assert "djlint/builtin_rules/cases/DJ602.yaml" in names  # the rule cases djlint rule shows as examples
    # every package of the source tree (a family that became a package too), listed in pyproject.toml
    packages = {os.path.relpath(dp, ROOT).replace(os.sep, "/") for dp, _ds, fs in os.walk(os.path.join(ROOT, "djlint"))
                if "__init__.py" in fs}
    assert {pkg for pkg in packages if f"{pkg}/__init__.py" not in names} == set()
    # the licence and the third-party notices travel with the wheel (PEP 639: dist-info/licenses/)
    wheel_zip = zipfile.ZipFile(tmp_path / wheel)
    info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.md"):
        with open(os.path.join(ROOT, name), "rb") as fh:
            assert wheel_zip.read(f"{info}/licenses/{name}") == fh.read(), name
    metadata = wheel_zip.read(f"{info}/METADATA").decode("utf-8")
    assert "License-Expression: MIT" in metadata.splitlines()
    # every generated data file ships with its provenance header, and the notices name it
    notices = wheel_zip.read(f"{info}/licenses/THIRD-PARTY-NOTICES.md").decode("utf-8")
    for table in ("traditional.tsv", "pinyin.tsv", "word-readings.tsv"):
        head = wheel_zip.read(f"djlint/builtin_rules/phrase/data/{table}").decode("utf-8").split("\n")[:8]
        assert any(line.startswith("# 生成：") for line in head) and f"`{table}`" in notices, table
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(tmp_path / wheel).read(entry).decode()
    assert "djlint = djlint.fastpath:main" in text and "dangjian-lint = djlint.fastpath:main" in text
    assert "[djlint.rules]" in text
    # the installed wheel loads its packs from the package, not from a checkout
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                    str(tmp_path / wheel)], check=True)
    code = ("import djlint.engine as e; import os; d = e.builtin_packs_dir(); print(d);"
            "r = e.build_registry(); print(sorted(r.rules)); print(r.warnings)")
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert str(target) in out.stdout and "DJ201" in out.stdout
    assert out.stdout.splitlines()[-1] == "[]", out.stdout  # every family loaded (a missing one is only a warning)
    # djlint rule of the installed package shows the examples from its case files, and where the rule is
    code = ("from djlint.engine import build_registry; from djlint.cli import render_rule;"
            "print(render_rule(build_registry().get('DJ602')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "用例：djlint/builtin_rules/cases/DJ602.yaml" in out.stdout and "定义：djlint/checks/number/__init__.py" in out.stdout
    assert "错误示例：参加培训的将近400余人。\n  → 1:6 DJ602" in out.stdout
