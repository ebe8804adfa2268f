"""The house rules of the code (see README, 参与开发): the folders are the pipeline, no import
circles, the engine knows no family, one table of families and of formats, functions stay simple."""
import ast
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = os.path.join(ROOT, "djlint")


def _modules() -> dict[str, str]:
    mods = {}
    for dp, _ds, fs in os.walk(PKG):
        for f in fs:
            if f.endswith(".py"):
                path = os.path.join(dp, f)
                name = os.path.relpath(path, ROOT)[:-3].replace(os.sep, ".")
                mods[name[:-9] if name.endswith(".__init__") else name] = path
    return mods


def _type_checking_nodes(tree) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            out.update(id(sub) for sub in ast.walk(node))
    return out


def _targets(mods, mod: str, node) -> list[str]:
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            parts = mod.split(".")
            if not mods[mod].endswith("__init__.py"):
                parts = parts[:-1]
            parts = parts[:len(parts) - (node.level - 1)]
            base = ".".join(parts + ([node.module] if node.module else []))
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
    out = []
    for t in names:
        while t and t not in mods:
            t = t.rpartition(".")[0]
        if t and t != mod:
            out.append(t)
    return out


def import_graph() -> dict[str, set[str]]:
    """Every import between djlint's modules, at the top or inside a function (a lazy import
    is still a dependency), except those only for type checkers."""
    mods = _modules()
    graph = {}
    for mod, path in mods.items():
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        skip = _type_checking_nodes(tree)
        graph[mod] = {t for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                      and id(node) not in skip for t in _targets(mods, mod, node)}
    return graph


def _cycles(graph) -> list[list[str]]:
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_circles():
    assert _cycles(import_graph()) == []


def test_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("lower,upper", [
    ("djlint.engine", "djlint.checks"), ("djlint.engine", "djlint.runner"), ("djlint.engine", "djlint.cli"),
    ("djlint.document", "djlint.engine"), ("djlint.document", "djlint.checks"), ("djlint.checks", "djlint.runner"),
    ("djlint.output", "djlint.runner"), ("djlint.writeback", "djlint.runner"), ("djlint.util", "djlint.engine"),
    ("djlint.runner", "djlint.cli"), ("djlint.session", "djlint.cli"), ("djlint.web", "djlint.cli"),
    ("djlint.audit", "djlint.cli"), ("djlint.engine", "djlint.web"), ("djlint.document", "djlint.writeback"),
])
def test_layers_import_only_downwards(lower, upper):
    graph = import_graph()
    bad = sorted(f"{m} -> {t}" for m, deps in graph.items() if m.startswith(lower) for t in deps if t.startswith(upper))
    assert bad == []


def _entry_point_modules() -> list[str]:
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as fh:
        text = fh.read()
    section = text.split('[project.entry-points."djlint.rules"]', 1)[1].split("\n[", 1)[0]
    return re.findall(r'^\s*[\w.]+\s*=\s*"([\w.]+)"', section, re.M)


def test_one_list_of_builtin_families():
    from djlint.engine.registry import BUILTIN_FAMILIES

    assert _entry_point_modules() == list(BUILTIN_FAMILIES)
    # a family's helpers: structure_profiles.py (report profiles), _spelling.py (DJ421's index);
    # a family may be a package (djlint/checks/facts/)
    checks = os.path.join(PKG, "checks")
    on_disk = sorted([f"djlint.checks.{f[:-3]}" for f in os.listdir(checks)
                      if f.endswith(".py") and not f.startswith("_") and f != "structure_profiles.py"]
                     + [f"djlint.checks.{d}" for d in os.listdir(checks) if os.path.isfile(os.path.join(checks, d, "__init__.py"))])
    assert sorted(BUILTIN_FAMILIES) == on_disk


def test_each_category_has_one_home():
    from djlint.diagnostic import CATEGORIES
    from djlint.engine import build_registry

    import importlib

    # a family named after its category, or one that says which category its rules are in (facts: phrase)
    category_of_family = {m: getattr(importlib.import_module(m), "CATEGORY", m.rsplit(".", 1)[1])
                          for m in _entry_point_modules()}
    assert set(category_of_family.values()) <= set(CATEGORIES.values())
    packs = {d for d in os.listdir(os.path.join(ROOT, "rules")) if os.path.isdir(os.path.join(ROOT, "rules", d))}
    assert packs <= set(CATEGORIES.values())
    for rule in build_registry().rules.values():
        path = getattr(rule, "path", None)
        if path is None:  # a Python rule: in the module of its category, or in a family package of that category
            module = type(rule).__module__
            family = ".".join(module.split(".")[:3])
            assert module == f"djlint.checks.{rule.category}" or (
                family != module and category_of_family.get(family) == rule.category), rule.code
        else:  # a YAML rule: rules/<category>/<rule name>.yaml
            assert os.path.basename(os.path.dirname(path)) == rule.category, rule.code
            assert os.path.basename(path) == f"{rule.name}.yaml", rule.code


def test_every_output_format_is_registered_once():
    from djlint.output import FORMATS, renderer

    modules = {f[:-3] for f in os.listdir(os.path.join(PKG, "output")) if f.endswith(".py")}
    assert modules - {"__init__", "style", "statistics"} == {f.module for f in FORMATS.values()}
    for name in FORMATS:
        assert callable(renderer(name))


def test_every_reader_kind_runs_rules():
    """A rule runs on every kind a reader produces unless it names the kinds it needs."""
    from djlint.document import SUPPORTED
    from djlint.engine import build_registry

    kinds = {"docx" if e in (".docx", ".docm", ".dotx") else "md" if e in (".md", ".markdown") else "txt" for e in SUPPORTED}
    for rule in build_registry().rules.values():
        assert rule.inputs is None or set(rule.inputs) <= kinds


def test_no_per_document_state_on_objects():
    """Shared analysis goes through LintContext.shared, not attributes stashed on the document."""
    offenders = []
    for mod, path in _modules().items():
        with open(path, encoding="utf-8") as fh:
            if "__dict__[" in fh.read() or "__dict__.setdefault" in open(path, encoding="utf-8").read():
                offenders.append(mod)
    assert offenders == []


@pytest.mark.skipif(shutil.which("ruff") is None and not os.path.exists(os.path.join(os.path.dirname(sys.executable), "ruff")),
                    reason="ruff is not installed (pip install -e '.[test]' brings it)")
def test_complexity_and_unused_code():
    """ruff's McCabe check at 15 (three functions say why they are above it) and pyflakes."""
    exe = os.path.join(os.path.dirname(sys.executable), "ruff")
    exe = exe if os.path.exists(exe) else shutil.which("ruff")
    proc = subprocess.run([exe, "check", "--no-cache", "djlint"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    noqa = subprocess.run(["grep", "-rn", "noqa: C901", "djlint"], cwd=ROOT, capture_output=True, text=True).stdout
    assert len(noqa.splitlines()) <= 3


def test_the_plain_lint_path_imports_neither_click_nor_yaml(tmp_path):
    """A pre-commit hook runs ``djlint FILE`` cold: click, PyYAML and dataclasses (5 ms of imports,
    0.3 ms a class; util.record stands in) stay out of that path."""
    draft = tmp_path / "a.txt"
    draft.write_text("全年召开会议12次。\n", encoding="utf-8")
    code = ("import sys; from djlint import fastpath\n"
            "try:\n    fastpath.main(['--no-cache', '-q', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('click', 'yaml', 'docx', 'dataclasses') if m in sys.modules))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, env=env)
    second = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert "'click'" not in first.stdout and "'docx'" not in first.stdout
    assert second.stdout.strip().splitlines()[-1] == "[]", second.stdout  # the pack cache is warm: no YAML
