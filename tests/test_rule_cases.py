"""Rule cases: one file per rule, rules/cases/<CODE>.yaml, a mapping of named cases (the way
sqlfluff's YAML rule cases work); one test each, with the id ``<CODE>-<case name>``
(``pytest tests/test_rule_cases.py -k DJ602``).

A case lints ``text`` (as .txt, or ``input: md``; an ``input: docx`` case builds its file from
``docx:``) with only its rule selected (plus ``config``) and must give exactly ``findings``:
position ``line:column-end_column``, message, the fix's replacement (``unsafe: true`` when it
needs a person), the severity where a case names it.  ``fixed`` is the text after the safe
fixes; applying them again changes nothing.  Cases marked ``example`` are what ``djlint rule``
and the docs show; a bad example's ``corrected`` text must be silent.  The format:
djlint/engine/cases.py.
"""
import os

import pytest

from djlint.engine import build_registry
from djlint.engine.cases import Case, all_case_files, builtin_cases_dir, read_case_file, shape
from djlint.errors import RuleLoadError
from djlint.lint import lint_path, lint_text
from djlint.writeback.textfix import apply_text_fixes

#: rules whose findings no document can produce on purpose (the engine reports them when a file
#: cannot be read, a rule raises or times out: tests/test_engine.py, test_hostile_inputs.py);
#: their docs describe their examples in prose
PROSE_EXAMPLES = ("DJ901", "DJ902", "DJ903")


def _load() -> list:
    params = []
    for path in all_case_files():
        for case in read_case_file(path):
            params.append(pytest.param(case, id=case.id))
    return params


CASES = _load()


def build_docx(case: Case, folder) -> str:
    """The .docx of an ``input: docx`` case: ``docx: {layout: {...}}`` is a draft laid out per
    GB/T 9704 with the given changes (fixtures/build_layout.py); ``docx: {body: [...]}`` one
    paragraph per item with inline marks (fixtures/build_docx.py ``from_marks``)."""
    path = str(folder / f"{case.id}.docx")
    recipe = case.docx
    if set(recipe) == {"layout"}:
        from fixtures import build_layout

        changes = {k: tuple(v) if isinstance(v, list) else v for k, v in (recipe["layout"] or {}).items()}
        return build_layout.build(path, **changes)
    from fixtures import build_docx

    return build_docx.from_marks(path, recipe["body"], comments=recipe.get("comments"))


def run_case(case: Case, folder=None, text: str | None = None):
    cfg = {"select": [case.code], **(case.config or {})}
    if case.input == "docx":
        diags = lint_path(build_docx(case, folder), cfg)
    else:
        diags = lint_text(case.text if text is None else text, cfg, filename=f"case.{case.input}")
    return [d for d in diags if d.code == case.code]


@pytest.mark.parametrize("case", CASES)
def test_rule_case(case, tmp_path):
    diags = run_case(case, tmp_path)
    shapes = [shape(d) for d in diags]
    for got, d, want in zip(shapes, diags, case.findings):
        if "severity" in want:  # asserted where a case names it
            got["severity"] = d.severity
    assert shapes == case.findings
    if case.fixed is not None:
        fixed, n = apply_text_fixes(case.text, diags)
        assert n > 0 and fixed == case.fixed
        again = run_case(case, text=fixed)
        assert apply_text_fixes(fixed, again)[1] == 0, "fixing twice must change nothing more"
    else:
        assert case.input == "docx" or not any(d.fix and d.fix.safe for d in diags), \
            "a case with a safe fix must say what it gives (fixed)"
    if case.corrected is not None:
        assert run_case(case, text=case.corrected) == [], "the corrected text of an example must be silent"


def test_every_case_file_is_a_rule_and_every_rule_with_text_input_has_pass_and_fail_cases():
    registry = build_registry()
    files = {os.path.basename(p)[:-5] for p in all_case_files()}
    assert files - set(registry.rules) == set(), "a case file for a code no rule has"
    seen: dict[str, set] = {}
    for p in CASES:
        case = p.values[0]
        seen.setdefault(case.code, set()).add(bool(case.findings))
    for rule in registry.rules.values():
        if not rule.code.startswith("DJ") or rule.category == "input" or rule.inputs == ("docx",):
            continue  # docx-only rules: their .docx cases show both sides where they can
        assert seen.get(rule.code) == {True, False}, f"{rule.code} needs a failing and a passing case in rules/cases/"


def test_every_rule_has_an_example_and_its_correction():
    """Each of djlint's rules shows a bad example and correct prose it leaves alone (a good
    example) — except the engine's own three, in prose."""
    by_code: dict[str, list[Case]] = {}
    for p in CASES:
        by_code.setdefault(p.values[0].code, []).append(p.values[0])
    for rule in build_registry().rules.values():
        if not rule.code.startswith("DJ"):
            continue
        cases = by_code.get(rule.code, [])
        if rule.code in PROSE_EXAMPLES:
            assert not cases and "## 示例" in rule.doc, rule.code
            continue
        assert "## 示例" not in rule.doc, f"{rule.code}: its examples come from its case file, not from its doc"
        assert not rule.examples, f"{rule.code}: its examples are cases marked example, not an examples tuple"
        bad = [c for c in cases if c.example == "bad"]
        assert bad, f"{rule.code} needs a case marked example: bad in rules/cases/{rule.code}.yaml"
        good = [c for c in cases if c.example == "good"]
        assert good, f"{rule.code} needs a case marked example: good (correct prose it stays silent on, a look-alike)"
    assert sorted(c for c in PROSE_EXAMPLES) == sorted(r.code for r in build_registry().rules.values()
                                                       if r.category == "input")


def test_case_names_are_unique_and_the_loader_is_strict(tmp_path):
    path = tmp_path / "DJ201.yaml"
    for body, message in [
        ("a-case:\n  text: x\n  findings: []\nexpect: 1\n", "须为映射"),
        ("a-case:\n  text: x\n  findings: []\n  expect: 1\n", "未知的键 expect"),
        ("a-case:\n  text: x\n  findings: []\na-case:\n  text: y\n  findings: []\n", "重复的名字"),
        ("A_Case:\n  text: x\n  findings: []\n", "用例名"),
        ("a-case:\n  text: x\n  findings:\n  - {at: '1', message: m}\n", "at"),
        ("a-case:\n  text: x\n  findings: []\n  example: bad\n", "example: bad"),
        ("a-case:\n  text: x\n  findings: []\n  corrected: y\n", "corrected"),
        ("a-case:\n  docx: {layout: {}}\n  findings: []\n", "note"),
    ]:
        path.write_text(body, encoding="utf-8")
        with pytest.raises(RuleLoadError) as e:
            read_case_file(str(path))
        assert message in str(e.value) and "DJ201.yaml" in str(e.value), body
    path.write_text("a-case:\n  text: x\n  findings: []\n  example: good\n", encoding="utf-8")
    assert [(c.id, c.example) for c in read_case_file(str(path))] == [("DJ201-a-case", "good")]


def test_the_case_files_ship_in_the_package_folder():
    assert all_case_files() and all(p.startswith(builtin_cases_dir()) for p in all_case_files())
