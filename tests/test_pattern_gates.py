"""A pattern rule with several patterns searches each only in the paragraphs that hold one of the characters its
every non-empty match holds (engine/patterns.pattern_gates, speed46): one ``findall`` of their class a paragraph.
The findings must be those of searching every pattern everywhere."""
from __future__ import annotations

import glob
import pathlib
import random

import pytest
import yaml

from djlint.engine import patterns as engine_patterns
from djlint.engine.kinds import PatternRule
from djlint.engine.registry import build_registry
from djlint.lint import lint_text

ROOT = pathlib.Path(__file__).resolve().parent.parent
REGISTRY = build_registry(())


def _gated() -> list:
    out = []
    for rule in REGISTRY.rules.values():
        if isinstance(rule, PatternRule):
            found, needs = engine_patterns.pattern_gates(rule, rule.all_patterns())
            if found is not None:
                out.append((rule, needs))
    return out


GATED = _gated()


def test_the_rules_with_patterns_apart_are_gated_and_one_pattern_rules_are_not():
    codes = {rule.code for rule, _ in GATED}
    assert {"DJ201", "DJ612"} <= codes
    for rule in REGISTRY.rules.values():
        if isinstance(rule, PatternRule) and len(set(map(id, rule.all_patterns()))) == 1:
            assert rule.code not in codes


def _texts(code: str) -> list[str]:
    out = []
    path = ROOT / f"rules/cases/{code}.yaml"
    if path.exists():
        cases = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out += [c["text"] for c in cases.values() if isinstance(c, dict) and "text" in c]
    return out


def _built(needs, seed: int) -> list[str]:
    rnd = random.Random(seed)
    chars = sorted(set().union(*(n for n in needs if n))) + list("x年月日12０：:（“，。工作的 \t")
    pieces = chars + ["XX", "xx", "**", "××", "○○", "□□", "20xx年", "12月", "同志", "单位"]
    return ["\n".join("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(100))
            for _ in range(20)]


def _found(code: str, texts: list[str]) -> list:
    return [[(d.line, d.column, d.end_column, d.message) for d in lint_text(t, {"select": [code]})] for t in texts]


@pytest.mark.parametrize("code", sorted({rule.code for rule, _ in GATED}))
@pytest.mark.slow
def test_the_same_findings_as_every_pattern_searched(code, monkeypatch):
    rule, needs = next((r, n) for r, n in GATED if r.code == code)
    fixtures = [pathlib.Path(p).read_text(encoding="utf-8")
                for p in sorted(glob.glob(str(ROOT / "fixtures/**/*.txt"), recursive=True))]
    texts = _texts(code) + fixtures + _built(needs, 46)
    gated = _found(code, texts)
    with monkeypatch.context() as m:
        m.setattr(engine_patterns, "pattern_gates", lambda holder, patterns: (None, (None,) * len(patterns)))
        m.setattr("djlint.engine.kinds.pattern_gates", lambda holder, patterns: (None, (None,) * len(patterns)))
        everywhere = _found(code, texts)
    assert gated == everywhere
    assert sum(map(len, everywhere)) >= 5


def test_every_match_holds_a_character_of_its_gate():
    for rule, needs in GATED:
        for text in _built(needs, 460) + _texts(rule.code):
            for pattern, need in zip(rule.all_patterns(), needs):
                for m in (pattern.finditer(text) if need else ()):
                    if m.end() > m.start():
                        assert not need.isdisjoint(m.group()), (rule.code, pattern.pattern, m.group())
