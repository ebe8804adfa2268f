"""Rule cases from tests/rules/*.yaml (one file per family, plus phrase-audit.yaml), one test each (the way sqlfluff's YAML cases work).

A case lints ``text`` (as .txt, or ``input: md``) with only ``rule`` selected (plus ``config``)
and must give exactly ``findings``: position ``line:column-end_column``, message, the fix's
replacement (``unsafe: true`` when it needs a person).  ``fixed`` is the text after the safe
fixes; applying them again changes nothing.
"""
import glob
import os

import pytest
import yaml

from djlint.lint import lint_text
from djlint.writeback.textfix import apply_text_fixes

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")
CASE_KEYS = {"rule", "text", "input", "config", "findings", "fixed"}
FINDING_KEYS = {"at", "message", "fix", "unsafe", "severity"}


def _load():
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.yaml"))):
        with open(path, encoding="utf-8") as fh:
            for i, case in enumerate(yaml.safe_load(fh) or []):
                cases.append(pytest.param(case, id=f"{os.path.basename(path)[:-5]}-{i}-{case.get('rule')}"))
    return cases


CASES = _load()


def _run(case):
    cfg = {"select": [case["rule"]], **(case.get("config") or {})}
    return [d for d in lint_text(case["text"], cfg, filename=f"case.{case.get('input', 'txt')}") if d.code == case["rule"]]


def _shape(d) -> dict:
    out = {"at": f"{d.line}:{d.column}-{d.end_column}", "message": d.message}
    if d.fix is not None:
        out["fix"] = d.fix.replacement
        if not d.fix.safe:
            out["unsafe"] = True
    return out


@pytest.mark.parametrize("case", CASES)
def test_rule_case(case):
    assert set(case) <= CASE_KEYS and {"rule", "text", "findings"} <= set(case), case
    assert all(set(f) <= FINDING_KEYS for f in case["findings"]), case
    diags = _run(case)
    shapes = [_shape(d) for d in diags]
    for shape, d, want in zip(shapes, diags, case["findings"]):
        if "severity" in want:  # asserted where a case names it
            shape["severity"] = d.severity
    assert shapes == case["findings"]
    if "fixed" in case:
        fixed, n = apply_text_fixes(case["text"], diags)
        assert n > 0 and fixed == case["fixed"]
        again = _run({**case, "text": fixed})
        assert apply_text_fixes(fixed, again)[1] == 0, "fixing twice must change nothing more"
    else:
        assert not any(d.fix and d.fix.safe for d in diags), "a case with a safe fix must say what it gives (fixed)"


def test_every_rule_with_text_input_has_pass_and_fail_cases():
    from djlint.engine import build_registry

    seen: dict[str, set] = {}
    for p in CASES:
        case = p.values[0]
        seen.setdefault(case["rule"], set()).add(bool(case["findings"]))
    for rule in build_registry().rules.values():
        if not rule.code.startswith("DJ") or rule.category == "input" or rule.inputs == ("docx",):
            continue  # docx-only rules are tested on built .docx files (test_readers_docx, test_writeback)
        assert seen.get(rule.code) == {True, False}, f"{rule.code} needs a failing and a passing case in tests/rules/"


def test_case_loader_rejects_unknown_keys():
    bad = {"rule": "DJ201", "text": "x", "findings": [], "expect": 1}
    with pytest.raises(AssertionError):
        test_rule_case(bad)
