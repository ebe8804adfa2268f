"""The house rules of the code (see README, 参与开发): the folders are the pipeline, no import
circles, the engine knows no family, one table of families and of formats, functions stay simple."""
import ast
import functools
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


@functools.lru_cache(maxsize=1)
def import_graph() -> dict[str, frozenset[str]]:
    """Every import between djlint's modules, at the top or inside a function (a lazy import
    is still a dependency), except those only for type checkers.  Parsed once per session (every
    module of djlint: ~0.5 s), shared by the tests below: read it, never change it."""
    mods = _modules()
    graph = {}
    for mod, path in mods.items():
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        skip = _type_checking_nodes(tree)
        graph[mod] = frozenset(t for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                               and id(node) not in skip for t in _targets(mods, mod, node))
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


@pytest.mark.slow
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
    ("djlint.engine", "djlint.ruledoc"), ("djlint.checks", "djlint.ruledoc"), ("djlint.runner", "djlint.ruledoc"),
    ("djlint.session", "djlint.ruledoc"), ("djlint.engine", "djlint.devtools"), ("djlint.checks", "djlint.devtools"),
    ("djlint.runner", "djlint.devtools"), ("djlint.cli", "djlint.devtools"),
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


def _registers_rules(path: str) -> bool:
    """Whether a module defines ``RULES`` or ``get_rules`` at its top level (what the registry reads)."""
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "get_rules":
            return True
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(getattr(t, "id", None) == "RULES" for t in targets):
            return True
    return False


def _families_on_disk() -> list[str]:
    """checks/<family>.py and checks/<family>/ (its __init__) that register rules; the other modules
    under checks/ are helpers the families share (spelling/: DJ421's index, hanzi.py: the
    traditional-character table)."""
    checks = os.path.join(PKG, "checks")
    out = []
    for name in os.listdir(checks):
        path = os.path.join(checks, name)
        module = os.path.join(path, "__init__.py") if os.path.isdir(path) else path
        if name.startswith("__") or not module.endswith(".py") or not os.path.isfile(module):
            continue
        if _registers_rules(module):
            out.append(f"djlint.checks.{name[:-3] if name.endswith('.py') else name}")
    return sorted(out)


def test_one_list_of_builtin_families():
    from djlint.engine.registry import BUILTIN_FAMILIES

    assert _entry_point_modules() == list(BUILTIN_FAMILIES)
    assert sorted(BUILTIN_FAMILIES) == _families_on_disk()


def test_a_family_is_a_module_or_a_package(tmp_path):
    (tmp_path / "helper.py").write_text("def shared():\n    return 1\n", encoding="utf-8")
    (tmp_path / "family.py").write_text("RULES = ()\n", encoding="utf-8")
    (tmp_path / "generated.py").write_text("def get_rules():\n    return ()\n", encoding="utf-8")
    assert [_registers_rules(str(tmp_path / n)) for n in ("helper.py", "family.py", "generated.py")] == [False, True, True]


def _family_categories() -> dict[str, str]:
    """Family module → the category of its rules: its own name, or the ``CATEGORY`` it declares
    (the 语病 family, checks/grammar/, holds DJ44x rules of the phrase category)."""
    import importlib

    out = {}
    for m in _entry_point_modules():
        out[m] = getattr(importlib.import_module(m), "CATEGORY", m.rsplit(".", 1)[1])
    return out


def test_each_category_has_one_home():
    from djlint.diagnostic import CATEGORIES
    from djlint.engine import build_registry

    homes = _family_categories()
    assert set(homes.values()) <= set(CATEGORIES.values())
    packs = {d for d in os.listdir(os.path.join(ROOT, "rules")) if os.path.isdir(os.path.join(ROOT, "rules", d))}
    packs.discard("cases")  # rules/cases/<CODE>.yaml: every rule's cases, not a pack
    assert packs <= set(CATEGORIES.values())
    for rule in build_registry().rules.values():
        path = getattr(rule, "path", None)
        if path is None:  # a Python rule: in a family module (or package) of its category
            module = type(rule).__module__
            assert any(cat == rule.category and (module == home or module.startswith(home + "."))
                       for home, cat in homes.items()), rule.code
        else:  # a YAML rule: rules/<category>/<rule name>.yaml
            assert os.path.basename(os.path.dirname(path)) == rule.category, rule.code
            assert os.path.basename(path) == f"{rule.name}.yaml", rule.code


def test_every_output_format_is_registered_once():
    from djlint.output import FORMATS, renderer

    modules = {f[:-3] for f in os.listdir(os.path.join(PKG, "output")) if f.endswith(".py")}
    assert modules - {"__init__", "style", "statistics", "table"} == {f.module for f in FORMATS.values()}
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
    """ruff over the whole tree (djlint, tests, fixtures, benchmarks, the data generators): McCabe
    at 15 (three functions say why they are above it), pyflakes and import sorting (``ruff check
    --fix`` sorts them)."""
    exe = os.path.join(os.path.dirname(sys.executable), "ruff")
    exe = exe if os.path.exists(exe) else shutil.which("ruff")
    proc = subprocess.run([exe, "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    noqa = subprocess.run(["grep", "-rn", "noqa: C901", "djlint"], cwd=ROOT, capture_output=True, text=True).stdout
    assert len(noqa.splitlines()) <= 3


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_the_plain_lint_path_imports_neither_click_nor_yaml(tmp_path, spelling_index_files):
    """A pre-commit hook runs ``djlint FILE`` cold: click, PyYAML and dataclasses (5 ms of imports,
    0.3 ms a class; util.record stands in) stay out of that path, and so do the rule cases and
    docs (read by ``djlint rule`` and the tests only)."""
    draft = tmp_path / "a.txt"
    draft.write_text("全年召开会议12次。\n", encoding="utf-8")
    (tmp_path / "cache" / "djlint").mkdir(parents=True)
    for index_file in spelling_index_files:  # DJ421's index as built for the session: not built again here
        shutil.copy(index_file, tmp_path / "cache" / "djlint")
    code = ("import sys; from djlint import fastpath\n"
            "try:\n    fastpath.main(['--no-cache', '-q', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('click', 'yaml', 'docx', 'dataclasses', 'djlint.engine.cases', 'djlint.ruledoc')"
            " if m in sys.modules))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, env=env)
    second = subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert "'click'" not in first.stdout and "'docx'" not in first.stdout
    assert second.stdout.strip().splitlines()[-1] == "[]", second.stdout  # the pack cache is warm: no YAML


#: what util/zh.py spells once for every family: the numeral class, and the blanks with U+3000
#: (escaped anywhere, or typed into a character class)
HAND_WRITTEN = {
    "一二三四五六七八九十": (re.compile("一二三四五六七八九十"), "zh.NUMERAL_CHARS / NUMERAL / NUMERAL_RUN"),
    "\\u3000": (re.compile(r"\\u3000|\[[^\]\n]*\u3000[^\]\n]*\]"), "zh.BLANK / SPACE / LEADING_BLANK"),
}


def _hand_written(source: str) -> list[str]:
    return [f"{spelled} (use {name})" for spelled, (pattern, name) in HAND_WRITTEN.items() if pattern.search(source)]


def test_the_finder_of_hand_written_vocabulary_finds_it():
    assert _hand_written('_X = compile_(r"^[ \\t\\u3000]*[0-9一二三四五六七八九十]{1,3}）")') == [
        "一二三四五六七八九十 (use zh.NUMERAL_CHARS / NUMERAL / NUMERAL_RUN)", "\\u3000 (use zh.BLANK / SPACE / LEADING_BLANK)"]
    assert _hand_written('_X = compile_("[ \u3000]+")') == ["\\u3000 (use zh.BLANK / SPACE / LEADING_BLANK)"]
    assert _hand_written('_X = compile_("^" + BLANK + "*" + LABEL_DIGIT + "{1,3}）")') == []
    assert _hand_written('("局长\u3000张明", False),') == []  # an example sentence may hold one


def test_chinese_text_vocabulary_is_spelled_once():
    """The Chinese numeral class and the blank class (space, tab, U+3000) come from util/zh.py:
    a module that writes them again is a second vocabulary that will drift from the first."""
    offenders = {}
    for mod, path in _modules().items():
        if mod == "djlint.util.zh":
            continue
        with open(path, encoding="utf-8") as fh:
            found = _hand_written(fh.read())
        if found:
            offenders[mod] = found
    assert offenders == {}


#: one idea per module: a module longer than this holds several (a family outgrowing one file
#: becomes a package: checks/<family>/)
MAX_LINES = 600


def _line_count(path: str) -> int:
    with open(path, encoding="utf-8") as fh:
        return sum(1 for _line in fh)


def test_no_module_is_a_grab_bag():
    lengths = {mod: _line_count(path) for mod, path in _modules().items()}
    assert {mod: n for mod, n in lengths.items() if n > MAX_LINES} == {}


def _rebound_names(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) of each module-level name bound twice (assigned, def or class)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return twice


def test_no_module_binds_a_top_level_name_twice():
    # the later binding silently wins for every function, also those written above it (a module's
    # second _SENTENCE_END or _ITEM_LABEL changed what code far above it matched)
    found = {mod: _rebound_names(open(path, encoding="utf-8").read()) for mod, path in _modules().items()}
    assert {mod: t for mod, t in found.items() if t} == {}


def test_the_rebinding_finder_finds_one():
    assert _rebound_names("A = 1\ndef f():\n    return A\nA = 2\n") == [("A", 1, 4)]


def test_every_rule_class_is_registered():
    """A rule class written in a family but left out of its RULES list would never run, and no
    test would say so (house.md Q1): every Rule subclass with a code under djlint/checks is in
    the registry."""
    import importlib
    import inspect
    import pkgutil

    import djlint.checks
    from djlint.engine import Rule, build_registry

    defined = set()
    for info in pkgutil.walk_packages(djlint.checks.__path__, "djlint.checks."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Rule) and cls.__module__ == module.__name__ and cls.__dict__.get("code"):
                defined.add(f"{cls.__module__}.{cls.__qualname__}")
    registered = {f"{type(r).__module__}.{type(r).__qualname__}" for r in build_registry().rules.values()
                  if getattr(r, "path", None) is None}
    assert defined - registered == set()


@pytest.mark.slow  # a second or more alone: out of the quick loop, in CI
def test_a_command_line_run_starts_without_collecting_and_freezes_what_start_up_built(tmp_path, spelling_index_files):
    """util/startup.py: in a process the console script started, the collector is off while the
    modules and the registry load, what they built is frozen, and the collector is on again for
    the documents; main() called in-process with arguments (a test, a program) leaves it alone."""
    draft = tmp_path / "a.txt"
    draft.write_text("全年召开会议x次。\n", encoding="utf-8")
    (tmp_path / "cache" / "djlint").mkdir(parents=True)
    for index_file in spelling_index_files:
        shutil.copy(index_file, tmp_path / "cache" / "djlint")
    # printed by an exit handler: a command-line process ends without teardown (util/startup.leave),
    # after its exit handlers
    code = ("import atexit, gc, sys; from djlint import fastpath\n"
            "entry = sys.argv.pop(1) == 'entry'\n"
            "sys.argv = ['djlint', '--no-cache', '-q', '--ignore', 'DJ421', sys.argv[1]]\n"
            "atexit.register(lambda: print(gc.isenabled(), gc.get_freeze_count() > 0))\n"
            "fastpath.main() if entry else fastpath.main(sys.argv[1:])\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for how, frozen in (("entry", "True"), ("in-process", "False")):
        proc = subprocess.run([sys.executable, "-c", code, how, str(draft)], capture_output=True, text=True, env=env)
        assert proc.returncode == 1, (how, proc.stdout, proc.stderr)
        assert proc.stdout.strip().splitlines()[-1] == f"True {frozen}", (how, proc.stdout, proc.stderr)


def test_a_command_line_process_ends_after_its_exit_handlers_without_teardown(tmp_path):
    """util/startup.leave: the output flushed, the exit handlers run (the pattern cache is saved
    there), the exit code kept; nothing after it runs.  Not in a process the console script did not
    start, nor for a message as exit code (sys.exit prints that)."""
    code = ("import atexit, sys; from djlint.util import startup\n"
            "atexit.register(lambda: open(sys.argv[1], 'w').write('saved'))\n"
            "startup.leave(3); print('in-process', end=' ')\n"
            "startup.PROCESS_ENTRY = True; startup.leave('a message'); print('out', end='')\n"
            "startup.leave(int(sys.argv[2])); print('not reached')\n")
    for code_given in (3, 0):
        marker = tmp_path / f"handler-{code_given}"
        proc = subprocess.run([sys.executable, "-c", code, str(marker), str(code_given)], capture_output=True,
                              text=True)
        assert (proc.returncode, proc.stdout) == (code_given, "in-process out"), proc.stderr
        assert marker.read_text() == "saved"


def test_the_first_document_s_tables_are_frozen_once_and_only_in_a_command_line_process():
    code = ("import gc; from djlint.util import startup\n"
            "startup.document_done(); a = gc.get_freeze_count()\n"
            "startup.PROCESS_ENTRY = True; x = [[] for _ in range(1000)]\n"
            "startup.document_done(); b = gc.get_freeze_count(); y = [[] for _ in range(1000)]\n"
            "startup.document_done(); c = gc.get_freeze_count()\n"
            "print(a == 0, b >= 1000, c == b)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.split() == ["True", "True", "True"], proc.stderr
