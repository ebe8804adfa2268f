"""``--format json`` (output/json_array.render) is ``json.dumps(items, indent=2)`` byte for byte: on real
findings (with fixes and without, ASCII-only or not) and on random objects of the contract's value types
and of others (which json.dumps is left to encode)."""
from __future__ import annotations

import glob
import json
import os
import random

import pytest

from djlint.config import Config
from djlint.document import read_path
from djlint.engine.registry import build_registry
from djlint.output import Env, Style
from djlint.output.json_array import _Other, dumps, render
from djlint.runner.lint import lint_document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.slow
def test_the_json_of_real_findings_is_json_dumps():
    registry = build_registry()
    diags = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.txt"), recursive=True))[:40]:
        diags += lint_document(read_path(path), Config(), registry=registry)
    assert len(diags) > 50 and any(d.fix for d in diags) and any(d.fix is None for d in diags)
    items = [d.to_dict() for d in diags]
    for ascii_only in (False, True):
        env = Env(Style(False), "0", None, ascii_only=ascii_only, fmt="json", files=[])
        assert render(diags, env) == json.dumps(items, ensure_ascii=ascii_only, indent=2)
        assert dumps(items, ascii_only) == json.dumps(items, ensure_ascii=ascii_only, indent=2)
    assert render([], None) == json.dumps([], indent=2)


_ALPHABET = 'a"\\\n\t\x00\x1f\u3000中“”\ud800\U0001F600/é\x7f'


def _string(rnd):
    return "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 6)))


def _value(rnd, depth):
    r = rnd.random()
    if r < 0.3:
        return _string(rnd)
    if r < 0.4:
        return None
    if r < 0.5:
        return rnd.choice([True, False])
    if r < 0.65:
        return rnd.randrange(-10**6, 10**20)
    if r < 0.68:
        return 1.5  # not the contract's: json.dumps encodes it
    if r < 0.71:
        return [1, "x"]
    if r < 0.9 and depth < 3:
        return {_string(rnd): _value(rnd, depth + 1) for _ in range(rnd.randrange(0, 4))}
    return _string(rnd)


def test_random_objects_are_encoded_as_json_dumps_or_left_to_it():
    rnd = random.Random(28)
    mine = left = 0
    for _ in range(6000):
        items = [{_string(rnd): _value(rnd, 1) for _ in range(rnd.randrange(0, 5))} if rnd.random() < 0.95
                 else _value(rnd, 1) for _ in range(rnd.randrange(0, 4))]
        for ascii_only in (False, True):
            expected = json.dumps(items, ensure_ascii=ascii_only, indent=2)
            try:
                got = dumps(items, ascii_only)
            except _Other:
                left += 1
                continue
            assert got == expected, items
            mine += 1
    assert mine > 5000 and left > 1000


@pytest.mark.parametrize("odd", [{1: "a"}, {"a": 1.0}, {"a": [1]}, {"a": {"b": {"c": 1}}}, {"a": (1,)}])
def test_other_values_are_left_to_json_dumps(odd):
    with pytest.raises(_Other):
        dumps([odd], False)
